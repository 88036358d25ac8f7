#!/bin/sh
# Customising without rebuilding the world (issue 15):
#  - `compile-dicts` without options compiles exactly the standard set the
#    build uses ($MODELS/phoenix.tcd, byte for byte);
#  - `compile-dicts --add-actors FILE` adds a user's actor: "Ithaca College"
#    (which the Phoenix dictionaries know only as ITHACA, the Greek island:
#    GRC) becomes USAEDU -- and nothing else changes on news stories;
#  - a tacitus.conf naming the same file ([Dictionaries] add_actors) gives the
#    same records as the compiled file (--dicts), and [Output] format = tsv
#    writes TSV; an unknown key is a "file:line:" error.
set -u
: "${MODELS:=build/models}" "${TACITUS_DATA:=../shared/data}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
"$TACITUS" compile-dicts -o "$tmp/std.tcd" 2>/dev/null || { echo "FAIL compile-dicts"; exit 1; }
cmp -s "$tmp/std.tcd" "$MODELS/phoenix.tcd" || { echo "FAIL compile-dicts differs from $MODELS/phoenix.tcd"; fail=1; }
printf '# a user actor file\nITHACA_COLLEGE_\n[USAEDU]\n' > "$tmp/ithaca.txt"
"$TACITUS" compile-dicts --add-actors "$tmp/ithaca.txt" -o "$tmp/my.tcd" 2>/dev/null || { echo "FAIL --add-actors"; exit 1; }
lines=150; [ -n "${TC_SANITIZED:-}" ] && lines=20
head -n $lines "$TACITUS_DATA/news/wcep_2025q1/wcep_2025-01_2025-03_polcon.jsonl" > "$tmp/in.jsonl"
echo '{"id":"ithaca","date":"2021-11-07","text":"Ithaca College students protested against the tuition increase on Monday."}' >> "$tmp/in.jsonl"
"$TACITUS" code -q "$tmp/in.jsonl" > "$tmp/std.jsonl" 2>/dev/null
"$TACITUS" code -q --dicts "$tmp/my.tcd" "$tmp/in.jsonl" > "$tmp/my.jsonl" 2>/dev/null
grep '"doc":"ithaca"' "$tmp/std.jsonl" | grep -Eq '"(source|target)":"GRCEDU","(source|target)_text":"Ithaca College students"' ||
  { echo "FAIL the standard set no longer codes Ithaca College as GRC: the test proves nothing"; fail=1; }
grep '"doc":"ithaca"' "$tmp/my.jsonl" | grep -Eq '"(source|target)":"USAEDU","(source|target)_text":"Ithaca College students"' ||
  { echo "FAIL the added actor did not change the record"; fail=1; }
grep -v '"doc":"ithaca"' "$tmp/std.jsonl" > "$tmp/a"
grep -v '"doc":"ithaca"' "$tmp/my.jsonl" > "$tmp/b"
[ -s "$tmp/a" ] && cmp -s "$tmp/a" "$tmp/b" || { echo "FAIL the added actor changed other records"; fail=1; }
# the same through a configuration file (relative path: beside the file)
mkdir "$tmp/conf"
cp "$tmp/ithaca.txt" "$tmp/conf/ithaca.txt"
printf '# tacitus.conf\n[Dictionaries]\nadd_actors = ithaca.txt\n' > "$tmp/conf/tacitus.conf"
"$TACITUS" code -q --config "$tmp/conf/tacitus.conf" "$tmp/in.jsonl" > "$tmp/conf.jsonl" 2>/dev/null
cmp -s "$tmp/my.jsonl" "$tmp/conf.jsonl" || { echo "FAIL [Dictionaries] add_actors differs from --dicts of the compiled file"; fail=1; }
T=$(cd "$(dirname "$TACITUS")" && pwd)/$(basename "$TACITUS")
M=$(cd "$MODELS" && pwd)
(cd "$tmp/conf" && env -u TACITUS_DATA -u TACITUS_PROJECT_DATA TACITUS_MODELS="$M" "$T" code -q "$tmp/in.jsonl") \
  > "$tmp/cwd.jsonl" 2>/dev/null
cmp -s "$tmp/my.jsonl" "$tmp/cwd.jsonl" || { echo "FAIL ./tacitus.conf was not read"; fail=1; }
printf '[Output]\nformat = tsv\n' > "$tmp/conf/out.conf"
"$TACITUS" code -q --config "$tmp/conf/out.conf" "$tmp/in.jsonl" 2>/dev/null | head -n 1 | grep -q '^EventID	' ||
  { echo "FAIL [Output] format = tsv"; fail=1; }
printf '[Output]\nformat = tsv\ncolour = red\n' > "$tmp/conf/bad.conf"
"$TACITUS" code -q --config "$tmp/conf/bad.conf" "$tmp/in.jsonl" > /dev/null 2> "$tmp/err" && { echo "FAIL a bad key was accepted"; fail=1; }
grep -q "bad.conf:3: unknown key 'colour'" "$tmp/err" || { echo "FAIL bad key message:"; cat "$tmp/err"; fail=1; }
[ $fail -eq 0 ] && echo "# dicts custom: standard set reproduced; an added actor changes its record and nothing else; tacitus.conf"
exit $fail
