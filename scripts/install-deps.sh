#!/bin/sh
# Installs the Debian packages tacitus builds and tests with, and the npm
# packages (pinned) its report page takes web assets from.  Idempotent; needs
# root (or sudo) for the Debian part.
set -eu
cd "$(dirname "$0")/.."
# chromium: the report page is tested as a person sees it, in headless Chromium
# (tests/report/render.py drives it over its DevTools pipe; no driver package).
# python3-pandas, jq: tests/check/records_load.sh loads the records as analysts do.
# npm: fetches the pinned web assets below (skipped when npm is already there).
PKGS="build-essential libsqlite3-dev zlib1g-dev libutf8proc-dev libexpat1-dev libjansson-dev libcmocka-dev chromium python3-pandas jq"
# clang and its runtime libraries (libFuzzer: -fsanitize=fuzzer) build the fuzz targets of `make fuzz`
PKGS="$PKGS clang libclang-rt-14-dev"
command -v npm >/dev/null 2>&1 || PKGS="$PKGS npm"
# the Python package (python/tacitus, issue 13): cffi over build/libtacitus.so, pandas for to_pandas,
# pytest for its tests, distributed for tacitus.dask; pkg-config for the installed-copy check
PKGS="$PKGS python3-cffi python3-pytest python3-distributed pkg-config"
missing=""
for p in $PKGS; do
  dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing:$missing" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi

# npm packages, pinned, into vendor/npm (ignored by git, never committed):
#   world-atlas  Natural Earth country outlines (TopoJSON) for the report's map
NPM_DIR=vendor/npm
NPM_PKGS="world-atlas@2.0.2"
for spec in $NPM_PKGS; do
  name=${spec%@*} version=${spec##*@}
  have=$(sed -n 's/^  "version": "\(.*\)",*$/\1/p' "$NPM_DIR/node_modules/$name/package.json" 2>/dev/null || true)
  [ "$have" = "$version" ] && continue
  mkdir -p "$NPM_DIR"
  # the report is still built without them (and says so), so a failed fetch only warns
  npm install --prefix "$NPM_DIR" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$spec" >&2 ||
    echo "install-deps: npm could not fetch $spec; reports will have no country outlines" >&2
done
