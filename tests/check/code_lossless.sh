#!/bin/sh
# No story is ever lost (issue 6): the news sets plus a corrupted copy of
# them (invalid UTF-8, truncated JSON, a binary blob, an over-long line) go
# through `tacitus code`; every input record must come out as a coded story
# or an error record:  stories lost = input records - (coded + errors) = 0.
set -u
: "${TACITUS_DATA:=../shared/data}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
news=$(ls "$TACITUS_DATA"/news/*/*.jsonl)
# a small slice when sanitized: same paths, less time
lines=1000000; [ -n "${TC_SANITIZED:-}" ] && lines=60
for f in $news; do head -n $lines "$f"; done > "$tmp/clean.jsonl"
# corrupted copy: every 5th line gets an invalid byte, every 7th is cut in
# half, every 11th is replaced by binary junk; plus one 3 MB line
awk -v bad="$(printf '\377')" '
  NR % 5 == 0 { print substr($0, 1, 40) bad substr($0, 41); next }
  NR % 7 == 0 { print substr($0, 1, int(length($0) / 2)); next }
  NR % 11 == 0 { print "\001\002junk\003" bad bad; next }
  { print }' "$tmp/clean.jsonl" > "$tmp/corrupt.jsonl"
awk 'BEGIN { printf "{\"id\":\"huge\",\"date\":\"2021-01-01\",\"text\":\""; for (i = 0; i < 300000; i++) printf "0123456789"; print "\"}" }' >> "$tmp/corrupt.jsonl"
gzip -c "$tmp/corrupt.jsonl" > "$tmp/corrupt2.jsonl.gz"
inputs=$(cat "$tmp/clean.jsonl" "$tmp/corrupt.jsonl" "$tmp/corrupt.jsonl" | grep -c .)
"$TACITUS" code -q --stats --max-story 2000000 -o "$tmp/out.jsonl" "$tmp/clean.jsonl" "$tmp/corrupt.jsonl" \
    "$tmp/corrupt2.jsonl.gz" 2> "$tmp/err"
st=$?
summary=$(grep 'stories,' "$tmp/err" | tail -n 1)
stories=$(echo "$summary" | sed -n 's/^\([0-9]*\) stories.*/\1/p')
errors=$(echo "$summary" | sed -n 's/.* \([0-9]*\) errors.*/\1/p')
records=$(grep -c '"error"' "$tmp/out.jsonl")
echo "# lossless: $inputs input records, $stories stories read ($errors error records, $records in the output)"
[ "$st" -eq 1 ] || { echo "exit status $st, expected 1 (some stories were error records)"; exit 1; }
[ "$stories" = "$inputs" ] || { echo "LOST $((inputs - stories)) stories"; exit 1; }
[ "$errors" = "$records" ] || { echo "error records counted $errors but written $records"; exit 1; }
[ "$errors" -gt 0 ] || { echo "the corrupted copy gave no error records"; exit 1; }
grep -q '"error":"[^"]*corrupt.jsonl:[0-9]*: line longer than 2000000 bytes' "$tmp/out.jsonl" || { echo "no error record for the huge line"; exit 1; }
exit 0
