#!/bin/sh
# Installs R and pandas for the test that runs docs/analysis-in-r-and-pandas.md's examples on a
# real result directory (Debian/Ubuntu, as root). Without them that test skips with a message.
# Does nothing when everything is already there, so CI can call it on every run.
set -eu

PACKAGES="r-base-core python3-pandas"

missing=""
for pkg in $PACKAGES; do
    # dpkg-query prints "install ok installed" only for a fully installed package
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done

if [ -z "$missing" ]; then
    echo "ensure-r-pandas: already installed:$(printf ' %s' $PACKAGES)"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-r-pandas: missing:$missing; run as root (or: sudo $0)" >&2
    exit 1
fi

echo "ensure-r-pandas: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update
# shellcheck disable=SC2086 # word splitting of the package list is intended
apt-get install -y --no-install-recommends $missing
