#!/bin/sh
# Runs every unit test binary in $BUILD/tests and every script in
# tests/check/*.sh, then prints one line "N passed, N failed".
# Scripts get TACITUS (the CLI), BUILD, MODELS and TACITUS_DATA in the
# environment and exit non-zero on failure.
: "${BUILD:=build}" "${MODELS:=build/models}" "${TACITUS:=$BUILD/tacitus}" "${TACITUS_DATA:=../shared/data}"
export BUILD MODELS TACITUS TACITUS_DATA
export TACITUS_MODELS="$MODELS"
pass=0; fail=0; failed=""
for t in "$BUILD"/tests/test_*; do
  [ -x "$t" ] || continue
  if "$t" > "$BUILD/tests/$(basename "$t").log" 2>&1; then
    pass=$((pass+1)); echo "ok   unit/$(basename "$t")"
  else
    fail=$((fail+1)); failed="$failed unit/$(basename "$t")"
    echo "FAIL unit/$(basename "$t")"; tail -n 30 "$BUILD/tests/$(basename "$t").log"
  fi
done
mkdir -p "$BUILD/check"
for s in tests/check/*.sh; do
  [ -f "$s" ] || continue
  n=$(basename "$s" .sh)
  if sh "$s" > "$BUILD/check/$n.log" 2>&1; then
    pass=$((pass+1)); echo "ok   check/$n"; grep '^#' "$BUILD/check/$n.log" | head -n 20
  else
    fail=$((fail+1)); failed="$failed check/$n"
    echo "FAIL check/$n"; tail -n 40 "$BUILD/check/$n.log"
  fi
done
[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
