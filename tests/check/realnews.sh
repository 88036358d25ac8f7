#!/bin/sh
# `tacitus eval-events --stories`: the whole pipeline against gold events of
# whole real news stories (../shared/data/gold/realnews/dev).  Fails when
#  - a collection's F1, matched events, or date/place accuracy counts fall
#    below tests/floors/realnews.txt;
#  - the figures differ from the reference scorer's (shared/tools/
#    score_events.py) on the output of `tacitus code` for the same stories;
#  - a small hand-made gold file is not scored as worked out by hand below.
set -u
: "${TACITUS:=build/tacitus}" "${TACITUS_DATA:=../shared/data}"
fail=0
PY=/usr/bin/python3
D="$TACITUS_DATA/gold/realnews/dev"
SCORER="$(dirname "$TACITUS_DATA")/tools/score_events.py"
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
if [ -f "$D/gold.json" ]; then
  grep -v '^#' tests/floors/realnews.txt | while read -r prefix ff fm fd fp; do
    [ -n "$prefix" ] || continue
    "$TACITUS" eval-events --stories "$D/gold.json" --prefix "$prefix" "$D/stories" > "$d/e.txt" 2>&1
    echo "# $prefix: $(tr '\n' ' ' < "$d/e.txt")"
    f=$(sed -n 's/.* F1 \([0-9.]*\) .*/\1/p' "$d/e.txt")
    m=$(sed -n 's/.*matched \([0-9]*\).*/\1/p' "$d/e.txt")
    dt=$(sed -n 's/^date \([0-9]*\)\/.*/\1/p' "$d/e.txt")
    pl=$(sed -n 's/.*place \([0-9]*\)\/.*/\1/p' "$d/e.txt")
    f1000=$(awk -v f="${f:-0}" 'BEGIN { printf "%d", f * 1000 + 0.5 }')
    [ "$f1000" -ge "$ff" ] || { echo "FLOOR: $prefix F1 $f < 0.$ff"; exit 1; }
    [ "${m:-0}" -ge "$fm" ] || { echo "FLOOR: $prefix matched $m < $fm"; exit 1; }
    [ "${dt:-0}" -ge "$fd" ] || { echo "FLOOR: $prefix date $dt < $fd"; exit 1; }
    [ "${pl:-0}" -ge "$fp" ] || { echo "FLOOR: $prefix place $pl < $fp"; exit 1; }
    # the same figures as the reference scorer on `tacitus code` output
    if [ -x "$PY" ] && [ -f "$SCORER" ]; then
      "$PY" -c 'import json,sys; g=json.load(open(sys.argv[1])); g["stories"]={k:v for k,v in g["stories"].items() if k.startswith(sys.argv[2])}; json.dump(g,open(sys.argv[3],"w"))' \
        "$D/gold.json" "$prefix" "$d/g.json"
      "$TACITUS" code -q "$D"/stories/"$prefix"*.txt > "$d/o.jsonl" 2>/dev/null
      "$PY" "$SCORER" "$d/g.json" "$d/o.jsonl" --ignore-roots 01 > "$d/ref.txt"
      a=$(head -n 2 "$d/e.txt" | tr -s ' '); b=$(head -n 2 "$d/ref.txt" | tr -s ' ')
      [ "$a" = "$b" ] || { echo "$prefix: eval-events says '$a', score_events.py says '$b'"; exit 1; }
      fa=$(sed -n 's/.* F1 \([0-9.]*\) .*/\1/p' "$d/e.txt"); fb=$(sed -n 's/.* F1 \([0-9.]*\) .*/\1/p' "$d/ref.txt")
      [ "$fa" = "$fb" ] || { echo "$prefix: F1 $fa vs reference $fb"; exit 1; }
    fi
  done || fail=1
else
  echo "# no dev gold $D/gold.json: skipped the floors"
fi
# A hand-made gold, scored by hand: story "a" has two gold events and three
# emitted ones -- an air strike ISR->PSE (195; gold 19 ISR->PSE: match, date
# and place right), the repeated report is one event, a condemnation by the
# UN (gold 11 with source IGO and any target: match); story "b" has a gold
# event (14, GBR) and no event of ours; story "c" is not in the gold.
# gold 3, emitted = a's events only; matched 2.
cat > "$d/a.txt" <<'S'
 date 2021-11-07
Israeli jets bombed Gaza on Sunday. The United Nations condemned the attack on Gaza.
S
cat > "$d/b.txt" <<'S'
 date 2021-11-07
It rained in Leeds.
S
cp "$d/b.txt" "$d/c.txt"
cat > "$d/gold.json" <<'J'
{"stories": {
 "a": [{"src": ["ISR"], "tgt": ["PSE"], "root": ["19"], "date": ["2021-11-07"], "place": ["Gaza"], "country": "PS"},
       {"src": "IGOUNO", "tgt": null, "code": "111"}],
 "b": [{"src": ["GBR"], "tgt": [null], "root": ["14"]}]}}
J
"$TACITUS" code -q "$d/a.txt" > "$d/a.jsonl" 2>/dev/null
n=$(grep -c '"code":"01' "$d/a.jsonl"); all=$(grep -c . "$d/a.jsonl")
"$TACITUS" eval-events --stories "$d/gold.json" -v "$d/a.txt" "$d/b.txt" "$d/c.txt" > "$d/h.txt" 2>&1
cat "$d/h.txt" | sed 's/^/# /'
grep -q "^gold 3  emitted $((all - n))  matched 2$" "$d/h.txt" || { echo "hand-made gold: want gold 3, emitted $((all - n)), matched 2"; fail=1; }
grep -q '^date 1/1  place 1/1  killed 0/0$' "$d/h.txt" || { echo "hand-made gold: want date 1/1 place 1/1"; fail=1; }
grep -q '^missed b GBR -> \* root 14$' "$d/h.txt" || { echo "hand-made gold: the miss of story b is not listed"; fail=1; }
"$TACITUS" eval-events --stories "$d/none.json" "$d/a.txt" > /dev/null 2>&1 && { echo "a missing gold file must fail"; fail=1; }
"$TACITUS" eval-events --stories "$d/gold.json" > /dev/null 2>&1; [ $? -eq 2 ] || { echo "--stories without inputs: want usage error 2"; fail=1; }
exit $fail
