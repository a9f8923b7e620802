#!/bin/sh
# Installs Debian/Ubuntu packages that are not fully installed yet (as root); does nothing when
# all are there, so CI can call it on every run. Used by scripts/ensure-*.sh:
#   scripts/lib/ensure-debian-packages.sh NAME PACKAGE...
# NAME prefixes every message.
set -eu

name=$1
shift

missing=""
for pkg in "$@"; do
    # dpkg-query prints "install ok installed" only for a fully installed package
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done

if [ -z "$missing" ]; then
    echo "$name: already installed:$(printf ' %s' "$@")"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "$name: missing:$missing; run as root (or: sudo scripts/$name.sh)" >&2
    exit 1
fi

echo "$name: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update
# shellcheck disable=SC2086 # word splitting of the package list is intended
apt-get install -y --no-install-recommends $missing
