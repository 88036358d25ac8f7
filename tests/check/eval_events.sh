#!/bin/sh
# `tacitus eval-events`: the whole pipeline against human-coded sentences.
# Fails when the PLOVER type hits or CAMEO root hits on the PLOVER gold
# records fall below tests/floors/events.txt, when the summary line changes
# form, or when a small hand-written gold file is not scored as worked out
# by hand below (a broken line is an error naming file:line, exit 1).
set -u
: "${TACITUS:=build/tacitus}" "${TACITUS_DATA:=../shared/data}"
fail=0
G="$TACITUS_DATA/gold/plover_gsr_cameo/plover_gsr_cameo.jsonl"
if [ -f "$G" ]; then
  out=$("$TACITUS" eval-events "$G" 2>&1 | tail -n 1)
  echo "# $out"
  echo "$out" | grep -Eq '^records 322 type-P [0-9.]+ type-R [0-9.]+ type-F1 [0-9.]+ source [0-9]+/[0-9]+ target [0-9]+/[0-9]+ root-R [0-9]+/216 errors 0$' \
    || { echo "bad summary line: $out"; fail=1; }
  r=$(echo "$out" | sed -n 's/.* type-R \([0-9.]*\) .*/\1/p')
  hits=$(awk -v r="$r" 'BEGIN { printf "%d", r * 322 + 0.5 }')
  roots=$(echo "$out" | sed -n 's/.* root-R \([0-9]*\)\/.*/\1/p')
  fh=$(awk '$1 == "type-hits" {print $2}' tests/floors/events.txt)
  fr=$(awk '$1 == "root-hits" {print $2}' tests/floors/events.txt)
  [ "${hits:-0}" -ge "$fh" ] || { echo "FLOOR: type hits $hits < $fh"; fail=1; }
  [ "${roots:-0}" -ge "$fr" ] || { echo "FLOOR: root hits $roots < $fr"; fail=1; }
  f=$(echo "$out" | sed -n 's/.* type-F1 \([0-9.]*\) .*/\1/p')
  f1000=$(awk -v f="${f:-0}" 'BEGIN { printf "%d", f * 1000 + 0.5 }')
  ff=$(awk '$1 == "type-f1" {print $2}' tests/floors/events.txt)
  [ "$f1000" -ge "$ff" ] || { echo "FLOOR: type-F1 $f < 0.$ff"; fail=1; }
else
  echo "# no gold file $G: skipped the floor"
fi
# A hand-made gold: an air strike whose gold type is ASSAULT with the right
# actors (a hit, source and target right), the same sentence with a gold type
# we cannot produce from it (a miss), and a broken line (an error, a miss).
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
cat > "$d/g.jsonl" <<'J'
{"id":"a","text":"Israeli jets bombed Hamas positions in Gaza on Monday.","plover_event_v08":"ASSAULT","source":[{"code":"ISR"}],"target":[{"code":"PSE"}],"cameo_code_matched":"195"}
{"id":"b","text":"Israeli jets bombed Hamas positions in Gaza on Monday.","plover_event_v08":"AGREE","source":[{"code":"ISR"}],"target":[],"cameo_code_matched":""}
{"id":"c","text": broken
J
out=$("$TACITUS" eval-events -v "$d/g.jsonl" 2>&1); rc=$?
[ $rc -eq 1 ] || { echo "broken gold line: exit $rc, want 1"; fail=1; }
echo "$out" | grep -q "g.jsonl:3: broken JSON" || { echo "no file:line error for the broken line: $out"; fail=1; }
echo "$out" | grep -q "^MISS b:" || { echo "record b not listed as a miss: $out"; fail=1; }
last=$(echo "$out" | tail -n 1)
# 3 records, 1 hit of 3 gold types; source 1/1, target 1/1 (PSE from Hamas or Gaza); root 1/1
echo "$last" | grep -Eq '^records 3 type-P [0-9.]+ type-R 0.333 type-F1 [0-9.]+ source 1/1 target 1/1 root-R 1/1 errors 1$' \
  || { echo "hand-made gold scored as: $last"; fail=1; }
"$TACITUS" eval-events "$d/none.jsonl" >/dev/null 2>&1; rc=$?
[ $rc -eq 1 ] || { echo "missing gold file: exit $rc, want 1"; fail=1; }
"$TACITUS" eval-events --bogus >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || { echo "bad option: exit $rc, want 2"; fail=1; }
exit $fail
