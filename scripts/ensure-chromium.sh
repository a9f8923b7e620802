#!/usr/bin/env bash
# Makes sure headless Chromium and the fonts that Java and Chromium need are present.
#
# Why: the report test renders report.html in a real browser, the web demo's tests
# (WebBrowserTest) drive the live page and an exported lesson in it, and the JDK's font
# lookup throws an NPE in FontConfiguration when fontconfig has no font at all.
# CI machines are fresh, so .ci/run calls this before `mvn verify`.
#
# Idempotent and quiet: it does nothing when everything is already installed, and
# only then needs root (apt-get). Never downloads anything but Debian packages.
set -euo pipefail

packages=()
[[ -x /usr/bin/chromium ]] || packages+=(chromium)
command -v fc-list >/dev/null 2>&1 || packages+=(fontconfig)
[[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || packages+=(fonts-dejavu-core)

if [[ ${#packages[@]} -eq 0 ]]; then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "ensure-chromium: missing ${packages[*]}; run as root (apt-get) to install" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Quiet on success; on failure, show what apt said so CI logs explain the cause.
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${packages[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "ensure-chromium: failed to install ${packages[*]}" >&2
  exit 1
fi
echo "ensure-chromium: installed ${packages[*]}"
