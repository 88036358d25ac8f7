#!/bin/sh
# `tacitus code -j N` and `parse -j N` (issue 13): N threads write exactly
# what -j 1 writes -- JSON Lines, TSV (stdout and the error lines on
# stderr), SQLite (the database file byte for byte), CoNLL-U -- in input
# order, with error records (cut JSON lines, the bad stories of
# tests/errors, a missing path) among news stories of very different
# lengths, and every optional story field set.  The input order is checked
# on its own too, from the input ids, and nothing is lost or duplicated.
set -u
: "${TACITUS_DATA:=../shared/data}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "$*"; exit 1; }
n=150; [ -n "${TC_SANITIZED:-}" ] && n=30
news="$TACITUS_DATA/news/wikinews_vanatteveldt/wikinews_2019_2020.jsonl"
wcep=$(ls "$TACITUS_DATA"/news/wcep_*/*.jsonl | head -n 1)
# every 3rd story gets a "source", every 17th line is cut in half (an error record)
head -n $n "$news" | awk '
  NR % 3 == 0 { sub(/^\{/, "{\"source\": \"src-" NR "\", ") }
  NR % 17 == 0 { print substr($0, 1, int(length($0) / 2)); next }
  { print }' > "$tmp/a.jsonl"
head -n $n "$wcep" > "$tmp/b.jsonl"
set -- "$tmp/a.jsonl" tests/errors "$tmp/missing.jsonl" "$tmp/b.jsonl"
# error records expected: the cut lines, those of tests/errors (counted on their own), the missing path
cut=$((n / 17)); bad=$("$TACITUS" code -q -j 1 tests/errors 2> /dev/null | grep -c '"error"')
[ "$bad" -ge 5 ] || fail "tests/errors gave only $bad error records"
want_err=$((cut + bad + 1))

for fmt in jsonl tsv; do
  "$TACITUS" code -q --stats -j 1 -f $fmt "$@" > "$tmp/1.$fmt" 2> "$tmp/1.$fmt.err"; s1=$?
  [ "$s1" -eq 1 ] || fail "-j 1 -f $fmt: exit status $s1, expected 1 (error records)"
  [ -s "$tmp/1.$fmt" ] || fail "-j 1 -f $fmt wrote nothing"
  sed -i 's/ in [0-9.]* s (.*//' "$tmp/1.$fmt.err"
  for j in 2 3; do
    "$TACITUS" code -q --stats -j $j -f $fmt "$@" > "$tmp/$j.$fmt" 2> "$tmp/$j.$fmt.err"; s=$?
    [ "$s" -eq "$s1" ] || fail "-j $j -f $fmt: exit status $s, -j 1 gave $s1"
    cmp "$tmp/1.$fmt" "$tmp/$j.$fmt" || fail "-j $j -f $fmt: output differs from -j 1"
    sed -i 's/ in [0-9.]* s (.*//' "$tmp/$j.$fmt.err"
    cmp "$tmp/1.$fmt.err" "$tmp/$j.$fmt.err" || fail "-j $j -f $fmt: stderr differs from -j 1"
  done
done
echo "# -j 1/2/3: JSON Lines and TSV identical ($(wc -l < "$tmp/1.jsonl") records, $(tail -n 1 "$tmp/1.jsonl.err"))"

# order and completeness, from the input: the stories' ids in input order
/usr/bin/python3 - "$tmp/2.jsonl" "$want_err" "$@" <<'EOF' || exit 1
import json, os, sys
out, want_err, inputs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
ids = []
for p in inputs:
    if p.endswith(".jsonl") and os.path.exists(p):
        for line in open(p, encoding="utf-8"):
            try:
                ids.append(json.loads(line)["id"])
            except ValueError:
                pass
recs = [json.loads(l) for l in open(out, encoding="utf-8")]
errors = [r for r in recs if "error" in r]
seen = []
for r in recs:
    if "error" not in r and (not seen or seen[-1] != r["doc"]):
        seen.append(r["doc"])
coded = [i for i in ids if i in set(seen)]
if seen != coded:
    sys.exit("events are not in input order")
if len(set(seen)) != len(seen):
    sys.exit("a story's events are split or repeated")
if len(errors) != want_err:
    sys.exit("%d error records, expected %d" % (len(errors), want_err))
print("# order: %d coded stories with events in input order, %d error records" % (len(seen), len(errors)))
EOF

"$TACITUS" code -q -j 1 -o "$tmp/1.db" "$@" 2> /dev/null
"$TACITUS" code -q -j 2 -o "$tmp/2.db" "$@" 2> /dev/null
[ -s "$tmp/1.db" ] || fail "-j 1 wrote no database"
cmp "$tmp/1.db" "$tmp/2.db" || fail "-j 2: SQLite file differs from -j 1"
echo "# SQLite: -j 2 database identical to -j 1"

"$TACITUS" parse -j 1 "$@" > "$tmp/p1" 2> "$tmp/p1.err"; s1=$?
"$TACITUS" parse -j 2 "$@" > "$tmp/p2" 2> "$tmp/p2.err"; s2=$?
[ "$s1" -eq 1 ] && [ "$s2" -eq 1 ] || fail "parse: exit status $s1 / $s2, expected 1 (unreadable stories)"
grep -q '^# sent_id = ' "$tmp/p1" || fail "parse -j 1 wrote no CoNLL-U"
cmp "$tmp/p1" "$tmp/p2" || fail "parse -j 2: output differs from -j 1"
cmp "$tmp/p1.err" "$tmp/p2.err" || fail "parse -j 2: stderr differs from -j 1"
"$TACITUS" parse --text -j 1 README.md "$tmp/missing.txt" tests/errors/badutf8.txt ../shared/examples/story-2021-11-07.txt \
  > "$tmp/t1" 2> "$tmp/t1.err"
"$TACITUS" parse --text -j 2 README.md "$tmp/missing.txt" tests/errors/badutf8.txt ../shared/examples/story-2021-11-07.txt \
  > "$tmp/t2" 2> "$tmp/t2.err"
cmp "$tmp/t1" "$tmp/t2" && cmp "$tmp/t1.err" "$tmp/t2.err" || fail "parse --text -j 2 differs from -j 1"
[ "$(wc -l < "$tmp/t1.err")" -eq 2 ] || fail "parse --text: expected 2 messages (missing file, bad UTF-8)"
echo "# parse: -j 2 identical to -j 1 ($(grep -c '^# sent_id' "$tmp/p1") sentences; --text too)"

"$TACITUS" code -j 0 "$tmp/b.jsonl" > /dev/null 2>&1; [ $? -eq 2 ] || fail "-j 0 should be a usage error"
exit 0
