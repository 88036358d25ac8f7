#!/bin/sh
# geo golden tests: `tacitus geo` on hand-checked stories (tests/golden/geo),
# and clear errors (file:line) on bad input.
set -u
: "${TACITUS:=build/tacitus}"
G=tests/golden/geo
fail=0
out=$(mktemp)
for f in stories.jsonl story-1.txt; do
  exp="$G/${f%.*}.expected"
  if ! "$TACITUS" geo "$G/$f" > "$out" 2>&1 || ! diff -u "$exp" "$out"; then
    echo "FAIL golden $f"; fail=1
  fi
done
if "$TACITUS" geo "$G/bad-date.txt" > "$out" 2>&1; then echo "FAIL bad-date accepted"; fail=1; fi
grep -q "bad-date.txt:1: expected ' date YYYY-MM-DD'" "$out" || { echo "FAIL bad-date message"; cat "$out"; fail=1; }
if "$TACITUS" geo "$G/bad.jsonl" > "$out" 2>&1; then echo "FAIL bad.jsonl accepted"; fail=1; fi
grep -q 'bad.jsonl:2: missing "text"' "$out" || { echo "FAIL bad.jsonl message"; cat "$out"; fail=1; }
"$TACITUS" geo --gold-spans > "$out" 2>&1; [ $? -eq 2 ] || { echo "FAIL usage error exit status"; fail=1; }
"$TACITUS" geo -g /nonexistent.tcg "$G/story-1.txt" > "$out" 2>&1 && { echo "FAIL missing gazetteer accepted"; fail=1; }
rm -f "$out"
[ $fail -eq 0 ] && echo "# geo golden: all match"
exit $fail
