#!/bin/sh
# bench/bench_coder.sh -- speed of the event coder on pre-parsed records.
# Each suite's evaluated records are coded repeatedly (`validate --repeat`)
# until at least 100,000 sentences have been coded on one core; the time is
# CPU time spent in the coder alone (XML and CoNLL-U reading excluded), and
# the dictionaries' load time is printed too.  Target: >= 50,000 sentences/s.
set -eu
: "${TACITUS:=build/tacitus}" "${TACITUS_DATA:=../shared/data}" "${MODELS:=build/models}"
P="$TACITUS_DATA/petrarch"
for suite in validate-2.02/PETR_Validate_records_2_02.xml validation/PETR2_GSR_validation.xml; do
  n=$("$TACITUS" validate "$P/$suite" 2>/dev/null | sed 's/^exact [0-9]*\/\([0-9]*\).*/\1/')
  rep=$(( (100000 + n - 1) / n ))
  echo "== $suite: $n records x $rep"
  taskset -c 0 "$TACITUS" validate --repeat "$rep" "$P/$suite" 2>/dev/null | grep '^#'
done
if [ -f "$MODELS/phoenix.tcd" ]; then
  "$TACITUS" dump --time "$MODELS/phoenix.tcd" | sed 's/^/# start-up: /'
fi
