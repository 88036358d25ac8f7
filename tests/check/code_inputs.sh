#!/bin/sh
# Inputs users have, and output that stays valid whatever the input holds
# (issue 16, items 2, 3 and 9).  Each case was written from the issue's
# report, not from tacitus's output:
#  - a UTF-8 byte-order mark before a JSON Lines file (or standard input)
#    must not cost the first record;
#  - Windows-1252 text (a story file and a JSON line) is decoded, coded, and
#    its events say so in `note`;
#  - one date rule: "2021-11-07xyz" is refused by both readers, an ISO date
#    with a time ("2021-11-07T10:00:00Z") accepted by both;
#  - `-o out.sqlite3` writes SQLite, `-o out.csv` without -f is a usage error;
#  - every output byte is valid UTF-8 and every line valid JSON: bad bytes in
#    a date line, in a file name, a message cut at its size limit inside a
#    character, a JSON parser excerpt inside a character;
#  - TSV: a tab or newline in an id or file name keeps the column count.
set -u
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
T=$TACITUS
story='Rebels attacked the army in Mosul on Sunday, police said.'

# --- byte-order marks
printf '\357\273\277{"id":"b1","date":"2021-03-01","text":"%s"}\n{"id":"b2","date":"2021-03-01","text":"%s"}\n' \
  "$story" "$story" > "$tmp/bom.jsonl"
"$T" code -q "$tmp/bom.jsonl" > "$tmp/out" 2>/dev/null
grep -q '"error"' "$tmp/out" && { echo "FAIL BOM: an error record"; fail=1; }
grep -q '"doc":"b1"' "$tmp/out" || { echo "FAIL BOM: first record lost"; fail=1; }
"$T" code -q < "$tmp/bom.jsonl" > "$tmp/out" 2>/dev/null
grep -q '"doc":"b1"' "$tmp/out" && ! grep -q '"error"' "$tmp/out" || { echo "FAIL BOM on stdin"; fail=1; }

# --- Windows-1252: 0x93/0x94 are curly quotes, 0xE9 is e-acute
printf ' date 2021-03-01\nRebels attacked the army in Mosul on Sunday, police said. The \223caf\351\224 was closed.\n' \
  > "$tmp/cp1252.txt"
printf '{"id":"w1","date":"2021-03-01","text":"%s The \223caf\351\224 was closed."}\n' "$story" > "$tmp/cp1252.jsonl"
for f in cp1252.txt cp1252.jsonl; do
  "$T" code -q "$tmp/$f" > "$tmp/out" 2>/dev/null
  grep -q '"error"' "$tmp/out" && { echo "FAIL $f became an error record"; fail=1; }
  grep -q '"note":"text decoded as Windows-1252' "$tmp/out" || { echo "FAIL $f: no note"; fail=1; }
done
# the decoded text, as `parse` prints it
"$T" parse "$tmp/cp1252.txt" 2>/dev/null | grep -q '^# text = The “café” was closed\.$' ||
  { echo "FAIL cp1252 text not decoded to “café”"; fail=1; }

# --- one date rule for every reader
printf ' date 2021-11-07xyz %s\n' "$story" > "$tmp/d1.txt"
printf '{"id":"d2","date":"2021-11-07xyz","text":"%s"}\n' "$story" > "$tmp/d2.jsonl"
printf ' date 2021-11-07T10:00:00Z %s\n' "$story" > "$tmp/d3.txt"
printf '{"id":"d4","date":"2021-11-07T10:00:00Z","text":"%s"}\n' "$story" > "$tmp/d4.jsonl"
"$T" code -q "$tmp/d1.txt" "$tmp/d2.jsonl" "$tmp/d3.txt" "$tmp/d4.jsonl" > "$tmp/out" 2>/dev/null
grep -q '"doc":"d1","error":"[^"]*bad story date' "$tmp/out" || { echo "FAIL story file accepted 2021-11-07xyz"; fail=1; }
grep -q '"doc":"d2","error":"[^"]*bad \\"date\\"' "$tmp/out" || { echo "FAIL JSON Lines accepted 2021-11-07xyz"; fail=1; }
grep -q '"doc":"d3","sentence"[^}]*"date":"2021-11-07"' "$tmp/out" || { echo "FAIL story file refused an ISO date-time"; fail=1; }
grep -q '"doc":"d4","sentence"[^}]*"date":"2021-11-07"' "$tmp/out" || { echo "FAIL JSON Lines refused an ISO date-time"; fail=1; }

# --- output format from the name
"$T" code -q -o "$tmp/out.sqlite3" "$tmp/d4.jsonl" 2>/dev/null
head -c 15 "$tmp/out.sqlite3" | grep -q 'SQLite format 3' || { echo "FAIL -o out.sqlite3 did not write SQLite"; fail=1; }
"$T" code -q -o "$tmp/out.csv" "$tmp/d4.jsonl" > /dev/null 2>&1; st=$?
[ "$st" -eq 2 ] && [ ! -e "$tmp/out.csv" ] || { echo "FAIL -o out.csv without -f: status $st, expected 2 and no file"; fail=1; }
"$T" code -q -f jsonl -o "$tmp/out.csv" "$tmp/d4.jsonl" 2>/dev/null && grep -q '"doc":"d4"' "$tmp/out.csv" ||
  { echo "FAIL -f jsonl -o out.csv"; fail=1; }
"$T" code -q -o /dev/null "$tmp/d4.jsonl" 2>/dev/null || { echo "FAIL -o /dev/null (a device) refused"; fail=1; }
"$T" code -q -o "$tmp/out.tsv" "$tmp/d4.jsonl" 2>/dev/null && head -n 1 "$tmp/out.tsv" | grep -q '^EventID	' ||
  { echo "FAIL -o out.tsv did not write TSV"; fail=1; }

# --- valid UTF-8 and JSON whatever the input
mkdir "$tmp/odd"
printf ' date 2021-\377-07 %s\n' "$story" > "$tmp/odd/baddate.txt"
printf ' date 2021-03-01 %s\n' "$story" > "$tmp/odd/name$(printf '\377')x.txt"
# a "date" of 300 two-byte characters: the message is cut at its limit
awk 'BEGIN { printf "{\"id\":\"long\",\"date\":\""; for (i = 0; i < 300; i++) printf "é"; print "\",\"text\":\"x\"}" }' \
  > "$tmp/odd/long.jsonl"
# broken JSON whose parser excerpt falls on multi-byte characters
printf '{"id":"j","date":"2021-03-01","text":"é€\n' > "$tmp/odd/broken.jsonl"
printf '{"id":é€,"date":"2021-03-01","text":"x"}\n' >> "$tmp/odd/broken.jsonl"
"$T" code -q "$tmp/odd" > "$tmp/out" 2>/dev/null
"$T" code -q -f tsv "$tmp/odd" > "$tmp/out.tsv" 2> "$tmp/err.tsv"
/usr/bin/python3 - "$tmp/out" "$tmp/err.tsv" <<'EOF' || fail=1
import json, sys
bad = 0
for path in sys.argv[1:]:
    for i, raw in enumerate(open(path, "rb").read().split(b"\n")[:-1], 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            print("FAIL %s:%d: not UTF-8 (%s)" % (path, i, e)); bad = 1; continue
        if path.endswith("out"):
            try:
                json.loads(line)
            except ValueError as e:
                print("FAIL %s:%d: not JSON (%s)" % (path, i, e)); bad = 1
sys.exit(bad)
EOF
# the 0xFF byte of the file name, read as Windows-1252, is "ÿ" in the id
grep -q '"doc":"nameÿx"' "$tmp/out" || { echo "FAIL the story named with a 0xFF byte"; fail=1; }
n=$(grep -c '"error"' "$tmp/out")
[ "$n" -eq 4 ] || { echo "FAIL expected 4 error records (bad date, long date, two broken lines), got $n"; fail=1; }

# --- TSV: tabs and newlines in ids and file names
mkdir "$tmp/tab"
printf '{"id":"a\\tb\\nc","date":"2021-03-01","text":"%s"}\n' "$story" > "$tmp/tab/ids.jsonl"
printf ' date 2021-03-01 %s\n' "$story" > "$tmp/tab/we$(printf '\t')ird
name.txt"
"$T" code -q -f tsv "$tmp/tab" > "$tmp/out.tsv" 2>/dev/null
cols=$(awk -F'\t' '{ print NF }' "$tmp/out.tsv" | sort -u | tr '\n' ' ')
rows=$(($(wc -l < "$tmp/out.tsv") - 1))
[ "$cols" = "$(head -n 1 "$tmp/out.tsv" | awk -F'\t' '{ print NF }') " ] || { echo "FAIL TSV column counts: $cols"; fail=1; }
[ "$rows" -ge 2 ] || { echo "FAIL TSV: expected events of both stories, got $rows rows"; fail=1; }
[ $fail -eq 0 ] && echo "# code inputs: BOM, Windows-1252, dates, output names, valid UTF-8/JSON, TSV columns all as expected"
exit $fail
