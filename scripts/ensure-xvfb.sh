#!/bin/sh
# Installs the virtual X server the demo's GUI test runs under (Debian/Ubuntu, as root).
# Does nothing when everything is already there, so CI can call it on every run.
set -eu
exec "$(dirname "$0")/lib/ensure-debian-packages.sh" ensure-xvfb xvfb xauth fontconfig fonts-dejavu-core
