#!/bin/sh
# The Python package (python/tacitus, issue 13): its pytest tests against the
# shared library of this build -- records equal to the CLI's (example story,
# a news file), dict stories, threads and the GIL, C errors as exceptions,
# CoNLL-U, pandas, struct layouts against include/tacitus.h, and tacitus.dask
# on a LocalCluster of 2 worker processes on 127.0.0.1.  Debian's
# /usr/bin/python3 (where python3-cffi, -pandas, -pytest, -distributed are).
# The sanitized pass has no shared library: the tests run in the plain pass.
set -u
: "${BUILD:=build}"
if [ -n "${TC_SANITIZED:-}" ]; then echo "# python: runs in the plain pass (no sanitized libtacitus.so)"; exit 0; fi
mkdir -p "$BUILD/check"
[ -e "$BUILD/libtacitus.so" ] || { echo "no $BUILD/libtacitus.so (make shlib)"; exit 1; }
TACITUS_LIB="$(pwd)/$BUILD/libtacitus.so" PYTHONPATH=python PYTHONDONTWRITEBYTECODE=1 \
  /usr/bin/python3 -m pytest -p no:cacheprovider -q python/tests > "$BUILD/check/pytest.log" 2>&1
st=$?
tail -n 15 "$BUILD/check/pytest.log"
summary=$(grep -E '^[0-9]+ passed' "$BUILD/check/pytest.log" | tail -n 1)
[ -n "$summary" ] && echo "# pytest: $summary"
# pytest exits 5 when it collected no test: that is a failure here too
[ "$st" -eq 0 ] && [ -n "$summary" ]
