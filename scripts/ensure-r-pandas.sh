#!/bin/sh
# Installs R and pandas for the test that runs docs/analysis-in-r-and-pandas.md's examples on a
# real result directory (Debian/Ubuntu, as root). Without them that test skips with a message.
set -eu
exec "$(dirname "$0")/lib/ensure-debian-packages.sh" ensure-r-pandas r-base-core python3-pandas
