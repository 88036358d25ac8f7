#!/bin/sh
# Installs the Debian packages tacitus builds and tests with. Idempotent; needs root (or sudo).
set -eu
PKGS="build-essential libsqlite3-dev zlib1g-dev libutf8proc-dev libexpat1-dev libjansson-dev libcmocka-dev"
# the Python package (python/tacitus, issue 13): cffi over build/libtacitus.so, pandas for to_pandas,
# pytest for its tests, distributed for tacitus.dask; pkg-config for the installed-copy check
PKGS="$PKGS python3-cffi python3-pandas python3-pytest python3-distributed pkg-config"
missing=""
for p in $PKGS; do
  dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing:$missing" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
