#!/bin/sh
# tests/fuzz/run.sh TARGET... -- runs each libFuzzer target of $FUZZ_BUILD
# (default build-fuzz) for $FUZZ_SECONDS seconds: first every file of
# tests/fuzz/TARGET/ (seeds and the inputs earlier runs found: regression
# cases) and of $FUZZ_BUILD/seeds/TARGET/, then new inputs.  An input that
# crashes, trips a sanitizer or a check, or runs longer than $FUZZ_TIMEOUT
# seconds (default 10) fails the run; it is saved in $FUZZ_BUILD/artifacts/.
# Prints one line per target (executions, corpus size) and exits non-zero
# if any target failed.  Run from the repository root.
set -u
: "${FUZZ_BUILD:=build-fuzz}" "${FUZZ_SECONDS:=60}" "${FUZZ_TIMEOUT:=10}" "${FUZZ_JOBS:=1}"
fail=0
total=0
for t in "$@"; do
  bin="$FUZZ_BUILD/fuzz/fuzz_$t"
  [ -x "$bin" ] || { echo "FAIL $t: $bin not built"; fail=1; continue; }
  corpus="$FUZZ_BUILD/corpus/$t"
  mkdir -p "$corpus" "$FUZZ_BUILD/artifacts" tests/fuzz/"$t"
  seeds=""
  [ -d "$FUZZ_BUILD/seeds/$t" ] && seeds="$FUZZ_BUILD/seeds/$t"
  log="$FUZZ_BUILD/fuzz-$t.log"
  maxlen=65536
  case $t in load_*) maxlen=1048576 ;; esac
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
  "$bin" -max_total_time="$FUZZ_SECONDS" -timeout="$FUZZ_TIMEOUT" -rss_limit_mb=2560 -max_len="$maxlen" \
      -print_final_stats=1 -artifact_prefix="$FUZZ_BUILD/artifacts/$t-" \
      "$corpus" tests/fuzz/"$t" $seeds > "$log" 2>&1
  st=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
  files=$(ls "$corpus" | wc -l)
  total=$((total + ${execs:-0}))
  if [ "$st" -ne 0 ]; then
    fail=1
    echo "FAIL $t: exit $st after ${execs:-?} executions; log $log, input:"
    grep -E 'ERROR|SUMMARY|fuzz check failed|Test unit written|timeout' "$log" | head -n 8
  else
    echo "ok   $t: ${execs:-?} executions, $cov, corpus $files files"
  fi
done
echo "fuzz: $total executions in all"
exit $fail
