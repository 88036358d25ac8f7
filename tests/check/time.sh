#!/bin/sh
# Scores the temporal recogniser on the TempEval-3 platinum TimeML set and
# compares each figure with its floor in tests/floors/time.txt; also checks
# the example story's four expressions against tests/golden/time/.
set -u
: "${TACITUS:=build/tacitus}" "${TACITUS_DATA:=../shared/data}"
dir="$TACITUS_DATA/timeml/te3-platinum"
fail=0
# golden: the example story
ex="$TACITUS_DATA/../examples/story-2021-11-07.txt"
[ -f "$ex" ] || ex="$(dirname "$TACITUS_DATA")/examples/story-2021-11-07.txt"
if [ -f "$ex" ]; then
  out=$("$TACITUS" time "$ex") || { echo "time on the example story failed"; exit 1; }
  if ! printf '%s\n' "$out" | diff -u tests/golden/time/story-2021-11-07.tsv -; then
    echo "example story: output differs from tests/golden/time/story-2021-11-07.tsv"; fail=1
  fi
else
  echo "# example story not found; golden check skipped"
fi
if [ ! -d "$dir" ]; then
  echo "# $dir not found; evaluation skipped"
  exit $fail
fi
last=$("$TACITUS" time --eval "$dir" | tail -n 1) || { echo "time --eval failed"; exit 1; }
echo "# time te3-platinum: $last"
while read -r name floor; do
  case "$name" in ''|'#'*) continue ;; esac
  got=$(printf '%s\n' "$last" | awk -v k="$name" '{for (i = 1; i < NF; i++) if ($i == k) print $(i + 1)}')
  if [ -z "$got" ]; then echo "no figure '$name' in: $last"; fail=1; continue; fi
  if awk -v g="$got" -v f="$floor" 'BEGIN { exit !(g + 0 < f + 0) }'; then
    echo "$name $got is below the floor $floor"; fail=1
  fi
done < tests/floors/time.txt
# bad input gives a clear error, not a crash
tmp=${TMPDIR:-/tmp}/tc-time-check.$$
mkdir -p "$tmp"
printf 'no date line here\n' > "$tmp/bad.txt"
if "$TACITUS" time "$tmp/bad.txt" 2> "$tmp/err"; then echo "bad story accepted"; fail=1; fi
grep -q 'bad.txt:1:' "$tmp/err" || { echo "error message lacks file:line"; cat "$tmp/err"; fail=1; }
printf '<TimeML><TEXT>on Monday</TEXT>\n' > "$tmp/x.tml"
if "$TACITUS" time --eval "$tmp" > /dev/null 2> "$tmp/err"; then echo "malformed TimeML accepted"; fail=1; fi
grep -q 'x.tml:' "$tmp/err" || { echo "TimeML error lacks file name"; cat "$tmp/err"; fail=1; }
rm -rf "$tmp"
exit $fail
