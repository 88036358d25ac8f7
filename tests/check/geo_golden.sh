#!/bin/sh
# geo golden tests: `tacitus geo` on hand-checked stories (tests/golden/geo),
# and clear errors (file:line) on bad input.  Documents are named and read
# as `tacitus code` names and reads them (issue 15): story-1.txt is
# "story-1", and offsets are characters of the story text after the date
# line ("Baghdad" starts at 43 in "Police said two bodyguards were injured
# in Baghdad"); country3/admin2 were checked against GeoNames by hand
# (Paris, Tex. is in Lamar County; Kharkiv in Kharkiv Raion).
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
grep -q "bad-date.txt:1: bad story date '2021-13-07' (expected YYYY-MM-DD)" "$out" || { echo "FAIL bad-date message"; cat "$out"; fail=1; }
if "$TACITUS" geo "$G/bad.jsonl" > "$out" 2>&1; then echo "FAIL bad.jsonl accepted"; fail=1; fi
grep -q 'bad.jsonl:1: story has no "date"' "$out" || { echo "FAIL bad.jsonl message (line 1)"; cat "$out"; fail=1; }
grep -q 'bad.jsonl:2: story has no "text" string' "$out" || { echo "FAIL bad.jsonl message (line 2)"; cat "$out"; fail=1; }
# the same document names in geo, time, parse and code: the id of the file
# (not its name with extension), and "stdin" for standard input
ids() { sed -n 's/.*"doc":"\([^"]*\)".*/\1/p' | sort -u | tr '\n' ' '; }
g=$("$TACITUS" geo "$G/story-1.txt" | ids)
c=$("$TACITUS" code -q "$G/story-1.txt" | ids)
t=$("$TACITUS" time "$G/story-1.txt" | cut -f1 | sort -u | tr '\n' ' ')
p=$("$TACITUS" parse "$G/story-1.txt" | sed -n 's/^# sent_id = \(.*\)-[0-9]*$/\1/p' | sort -u | tr '\n' ' ')
[ "$g" = "story-1 " ] && [ "$c" = "$g" ] && [ "$t" = "$g" ] && [ "$p" = "$g" ] ||
  { echo "FAIL document names differ: geo '$g' code '$c' time '$t' parse '$p'"; fail=1; }
g=$("$TACITUS" geo < "$G/story-1.txt" | ids)
c=$("$TACITUS" code -q < "$G/story-1.txt" | ids)
t=$("$TACITUS" time < "$G/story-1.txt" | cut -f1 | sort -u | tr '\n' ' ')
[ "$g" = "stdin " ] && [ "$c" = "$g" ] && [ "$t" = "$g" ] ||
  { echo "FAIL stdin names differ: geo '$g' code '$c' time '$t'"; fail=1; }
# and the same inputs: a gzip-compressed JSON Lines file
tmpd=$(mktemp -d)
gzip -c "$G/stories.jsonl" > "$tmpd/s.jsonl.gz"
"$TACITUS" geo "$tmpd/s.jsonl.gz" > "$out" 2>&1 && diff -u "$G/stories.expected" "$out" > /dev/null ||
  { echo "FAIL geo on gzip JSON Lines"; fail=1; }
rm -rf "$tmpd"
"$TACITUS" geo --gold-spans > "$out" 2>&1; [ $? -eq 2 ] || { echo "FAIL usage error exit status"; fail=1; }
"$TACITUS" geo -g /nonexistent.tcg "$G/story-1.txt" > "$out" 2>&1 && { echo "FAIL missing gazetteer accepted"; fail=1; }
rm -f "$out"
[ $fail -eq 0 ] && echo "# geo golden: all match"
exit $fail
