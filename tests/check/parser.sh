#!/bin/sh
# Tagger + parser on ewt-dev (gold tokens and raw text) against the floors in
# tests/floors/parser.txt, CLI error handling, and `tacitus parse` output.
# Without TC_SANITIZED the EWT and PUD test sets are scored for reporting
# (never for tuning).
set -e
: "${TACITUS:=build/tacitus}" "${MODELS:=build/models}" "${TACITUS_DATA:=../shared/data}"
ud="$TACITUS_DATA/ud"
model="$MODELS/en-ud.tcm"
if [ ! -f "$ud/ewt-dev.conllu" ]; then echo "# parser: $ud/ewt-dev.conllu missing, skipped"; exit 0; fi
[ -f "$model" ] || { echo "model $model missing (make all builds it)"; exit 1; }
floors=tests/floors/parser.txt
fail=0

# check NAME "Tokens .. LAS .." : compares every field named in the floors file
check() {
  name=$1; shift
  echo "# parser $name: $*"
  line=$(grep "^$name " "$floors" || true)
  [ -n "$line" ] || return 0
  if ! echo "$line" | awk -v got="$*" '
      { n = split(got, g, " "); for (i = 1; i < n; i += 2) v[g[i]] = g[i + 1];
        for (i = 2; i < NF; i += 2) if (v[$i] + 0 < $(i + 1) + 0) { print $1 ": " $i " " v[$i] " below floor " $(i + 1); bad = 1 } }
      END { exit bad }'; then fail=1; fi
}

gold=$("$TACITUS" eval-parser --model "$model" "$ud/ewt-dev.conllu" | tail -n 1)
check ewt-dev-gold "$gold"
raw=$("$TACITUS" eval-parser --raw --model "$model" "$ud/ewt-dev.conllu" | tail -n 1)
check ewt-dev-raw "$raw"
# the output is exactly one line in the documented shape
n=$("$TACITUS" eval-parser --model "$model" "$ud/ewt-dev.conllu" | grep -c -E '^Tokens [0-9.]+ Sentences [0-9.]+ UPOS [0-9.]+ XPOS [0-9.]+ Lemmas [0-9.]+ UAS [0-9.]+ LAS [0-9.]+$')
[ "$n" = 1 ] || { echo "eval-parser output not in the documented shape"; fail=1; }

if [ -z "$TC_SANITIZED" ]; then
  for t in ewt-test pud-test; do
    [ -f "$ud/$t.conllu" ] || continue
    check "$t-gold" "$("$TACITUS" eval-parser --model "$model" "$ud/$t.conllu" | tail -n 1)"
    check "$t-raw" "$("$TACITUS" eval-parser --raw --model "$model" "$ud/$t.conllu" | tail -n 1)"
  done
fi

# errors: missing gold file (exit 1, names the file), bad option (exit 2), bad model (exit 1)
set +e
"$TACITUS" eval-parser --model "$model" /nonexistent/gold.conllu 2> "${TMPDIR:-/tmp}/tc_parser_err.$$"; rc=$?
grep -q "/nonexistent/gold.conllu" "${TMPDIR:-/tmp}/tc_parser_err.$$" || { echo "missing file not named"; fail=1; }
[ $rc = 1 ] || { echo "missing file: exit $rc, want 1"; fail=1; }
"$TACITUS" eval-parser --bogus x 2>/dev/null; rc=$?
[ $rc = 2 ] || { echo "bad option: exit $rc, want 2"; fail=1; }
printf 'not a model' > "${TMPDIR:-/tmp}/tc_bad_model.$$"
"$TACITUS" parse --model "${TMPDIR:-/tmp}/tc_bad_model.$$" /dev/null 2> "${TMPDIR:-/tmp}/tc_parser_err.$$"; rc=$?
[ $rc = 1 ] && grep -q "not a tacitus parser model" "${TMPDIR:-/tmp}/tc_parser_err.$$" || { echo "bad model not reported (exit $rc)"; fail=1; }
rm -f "${TMPDIR:-/tmp}/tc_bad_model.$$" "${TMPDIR:-/tmp}/tc_parser_err.$$"
set -e

# parse: a story file -> CoNLL-U; the " date" prefix is not text
story=tests/golden/nlp/story.txt
out=$("$TACITUS" parse --model "$model" "$story")
echo "$out" | grep -q '^# sent_id = story-1$' || { echo "parse: no sent_id"; fail=1; }
echo "$out" | grep -q '^# text = The army said it shelled the town\.$' || { echo "parse: first # text wrong"; fail=1; }
echo "$out" | grep '^# text' | grep -q 'date 2021' && { echo "parse: date line taken as text"; fail=1; }
bad=$(echo "$out" | awk -F'\t' '/^[0-9]+\t/ && NF != 10' | wc -l)
[ "$bad" = 0 ] || { echo "parse: rows without 10 columns"; fail=1; }
# a hand-checked tree: "The army said it shelled the town."
echo "$out" | awk -F'\t' '/^# sent_id = story-1$/ { s = 1; next } /^# sent_id/ { s = 0 } s && /^[0-9]+\t/ { print $2, $4, $7, $8 }' > "${TMPDIR:-/tmp}/tc_parse.$$"
diff -u tests/golden/nlp/story-1.expected "${TMPDIR:-/tmp}/tc_parse.$$" || { echo "parse: tree of sentence 1 differs from the hand-checked one"; fail=1; }
rm -f "${TMPDIR:-/tmp}/tc_parse.$$"

# parse reads through the shared story reader: a folder with a good story, a
# gzipped one, a JSON Lines file and a story without its date line; the bad
# one is named on stderr (file:line), exit 1, and the others are still parsed
d="${TMPDIR:-/tmp}/tc_parse_dir.$$"
mkdir -p "$d"
cp "$story" "$d/a.txt"
gzip -c "$story" > "$d/b.txt.gz"
printf '{"id":"j1","date":"2021-11-07","text":"Rebels attacked the base."}\n' > "$d/c.jsonl"
printf 'No date line here.\n' > "$d/d.txt"
set +e
"$TACITUS" parse --model "$model" "$d" > "$d.out" 2> "$d.err"; rc=$?
set -e
[ $rc = 1 ] || { echo "parse folder with a bad story: exit $rc, want 1"; fail=1; }
grep -q "d.txt:1: " "$d.err" || { echo "parse: bad story not reported as file:line"; fail=1; }
for id in a-1 b-1 j1-1; do
  grep -q "^# sent_id = $id\$" "$d.out" || { echo "parse: story $id missing from folder output"; fail=1; }
done
grep -q '^# text = Rebels attacked the base\.$' "$d.out" || { echo "parse: JSON Lines text wrong"; fail=1; }
# --text: plain text on stdin, no date line needed
n=$(printf 'No date line here. Two sentences.\n' | "$TACITUS" parse --model "$model" --text | grep -c '^# sent_id = stdin-')
[ "$n" = 2 ] || { echo "parse --text: $n sentences, want 2"; fail=1; }
rm -rf "$d" "$d.out" "$d.err"
exit $fail
