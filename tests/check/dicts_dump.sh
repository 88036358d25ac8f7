#!/bin/sh
# `tacitus dump FILE` on every binary `make` builds into $MODELS: the compiled
# dictionaries, the gazetteer and the parser model dump without error (first
# lines checked), and an unknown file is refused.  The Phoenix dictionaries must carry the verb
# transformations of CAMEO.2.0.txt ("~ a (a b ATTACK) SAY = a b 015", with
# ATTACK = 190 and SAY = 010 in that file's verb groups: checked by hand).
set -u
: "${TACITUS:=build/tacitus}" "${MODELS:=build/models}"
tmp=${TMPDIR:-/tmp}/tc-dump.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
fail=0
# dictionaries: the whole dump, exit 0
"$TACITUS" dump "$MODELS/phoenix.tcd" > "$tmp/d" 2> "$tmp/e" || { echo "dump phoenix.tcd failed"; cat "$tmp/e"; fail=1; }
echo "# phoenix.tcd: $(wc -l < "$tmp/d") lines, first: $(head -1 "$tmp/d")"
head -1 "$tmp/d" | grep -q '^actor	' || { echo "phoenix.tcd dump does not start with actor lines"; fail=1; }
for k in actor agent verb pattern synset discard pico transform; do
  grep -q "^$k	" "$tmp/d" || { echo "phoenix.tcd dump has no $k lines"; fail=1; }
done
grep -qx 'transform	a (a b 190) 010 = a b 015' "$tmp/d" || { echo "transformation 'a (a b ATTACK) SAY = a b 015' missing"; fail=1; }
grep -qx 'transform	a (b . 190) 010 = a b 112' "$tmp/d" || { echo "transformation 'a (b . ATTACK) SAY = a b 112' missing"; fail=1; }
# gazetteer: first lines (the whole dump is 1.5 M lines; under the sanitizers only the start)
if [ -f "$MODELS/gazetteer.tcg" ]; then
  if [ -z "${TC_SANITIZED:-}" ]; then
    "$TACITUS" dump "$MODELS/gazetteer.tcg" > "$tmp/g" 2> "$tmp/e" || { echo "dump gazetteer.tcg failed"; cat "$tmp/e"; fail=1; }
  else
    "$TACITUS" dump "$MODELS/gazetteer.tcg" 2> "$tmp/e" | head -5 > "$tmp/g"
  fi
  echo "# gazetteer.tcg: $(head -1 "$tmp/g" | cut -c1-80)"
  head -1 "$tmp/g" | grep -q '^# gazetteer format' || { echo "gazetteer dump lacks its header line"; fail=1; }
  sed -n 3p "$tmp/g" | grep -q '^place	' || { echo "gazetteer dump lacks place lines"; fail=1; }
  [ -s "$tmp/e" ] && { echo "gazetteer dump wrote errors:"; cat "$tmp/e"; fail=1; }
fi
# the parser model: header lines, then tags, labels, lexicon and weights
if [ -f "$MODELS/en-ud.tcm" ]; then
  "$TACITUS" dump "$MODELS/en-ud.tcm" 2> "$tmp/e" | head -200 > "$tmp/m"
  head -1 "$tmp/m" | grep -qx 'model	tacitus parser model' || { echo "parser model dump lacks its header"; fail=1; }
  grep -q '^format_version	[0-9]' "$tmp/m" || { echo "parser model dump lacks the format version"; fail=1; }
  [ -s "$tmp/e" ] && { echo "parser model dump wrote errors:"; cat "$tmp/e"; fail=1; }
  echo "# en-ud.tcm: $(grep '^format_version' "$tmp/m")"
fi
# something else
printf 'hello world, not a binary' > "$tmp/x.bin"
"$TACITUS" dump "$tmp/x.bin" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc -eq 1 ] && grep -q 'not a file tacitus can dump' "$tmp/e" || { echo "unknown file: exit $rc"; fail=1; }
exit $fail
