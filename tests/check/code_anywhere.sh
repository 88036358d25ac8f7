#!/bin/sh
# `tacitus code` runs from anywhere (issue 15): the same output as from the
# repository root when it is run
#  - from / with no TACITUS_* variables (it finds build/models and data/
#    beside itself, in a build tree laid out as <root>/build/tacitus);
#  - as an installed copy ($PREFIX/bin/tacitus, $PREFIX/share/tacitus/
#    {models,data}), from /, with no third-party data at all.  With a
#    `make install` target the copy is made by it; without one, by hand in
#    the layout that target writes.
# Then the overrides: --models, TACITUS_MODELS, --dicts, a missing folder.
set -u
: "${MODELS:=build/models}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
here=$(pwd)
T=$(cd "$(dirname "$TACITUS")" && pwd)/$(basename "$TACITUS")
M=$(cd "$MODELS" && pwd)
story="$here/../shared/examples/story-2021-11-07.txt"
[ -f "$story" ] || story=$(cd "$here/../shared/examples" && pwd)/story-2021-11-07.txt
head -n 20 "${TACITUS_DATA:-../shared/data}/news/wcep_2025q1/wcep_2025-01_2025-03_polcon.jsonl" > "$tmp/news.jsonl"
"$T" code -q "$story" "$tmp/news.jsonl" > "$tmp/ref.jsonl" || { echo "FAIL reference run"; exit 1; }
[ -s "$tmp/ref.jsonl" ] || { echo "FAIL reference run gave nothing"; exit 1; }
clean() { env -u TACITUS_DATA -u TACITUS_MODELS -u TACITUS_PROJECT_DATA -u TACITUS_CONFIG "$@"; }

# a build tree elsewhere: <root>/build/tacitus, <root>/build/models, <root>/data
mkdir -p "$tmp/tree/build"
cp "$T" "$tmp/tree/build/tacitus"
ln -s "$M" "$tmp/tree/build/models"
ln -s "$here/data" "$tmp/tree/data"
(cd / && clean "$tmp/tree/build/tacitus" code -q "$story" "$tmp/news.jsonl") > "$tmp/tree.jsonl" 2> "$tmp/err" ||
  { echo "FAIL build tree, run from /:"; cat "$tmp/err"; fail=1; }
cmp -s "$tmp/ref.jsonl" "$tmp/tree.jsonl" || { echo "FAIL build tree, run from /: output differs"; fail=1; }
# the repository's own build tree, when the binary has its models beside it
if [ -d "$(dirname "$T")/models" ]; then
  (cd / && clean "$T" code -q "$story" "$tmp/news.jsonl") > "$tmp/root.jsonl" 2> "$tmp/err" ||
    { echo "FAIL $T from /:"; cat "$tmp/err"; fail=1; }
  cmp -s "$tmp/ref.jsonl" "$tmp/root.jsonl" || { echo "FAIL $T from /: output differs"; fail=1; }
fi

# an installed copy, without any third-party data
P="$tmp/prefix"
if grep -q '^install:' Makefile; then
  # the plain build's install (under check-san too: a sanitized BUILD would
  # make the model rules rebuild the models with the sanitized program)
  make -s install PREFIX="$P" > "$tmp/make.log" 2>&1 ||
    { echo "FAIL make install"; tail -n 20 "$tmp/make.log"; fail=1; }
else
  mkdir -p "$P/bin" "$P/share/tacitus/models"
  cp "$T" "$P/bin/tacitus"
  cp "$M/en-ud.tcm" "$M/phoenix.tcd" "$M/gazetteer.tcg" "$P/share/tacitus/models/"
  cp -R "$here/data" "$P/share/tacitus/data"
fi
(cd / && clean TACITUS_DATA=/nonexistent "$P/bin/tacitus" code -q "$story" "$tmp/news.jsonl") > "$tmp/inst.jsonl" 2> "$tmp/err" ||
  { echo "FAIL installed copy, run from /:"; cat "$tmp/err"; fail=1; }
cmp -s "$tmp/ref.jsonl" "$tmp/inst.jsonl" || { echo "FAIL installed copy: output differs"; fail=1; }

# overrides: option over environment over position
(cd / && clean "$P/bin/tacitus" code -q --models "$M" "$story") > "$tmp/o1.jsonl" 2>&1 &&
  grep -q '"doc":"story-2021-11-07"' "$tmp/o1.jsonl" || { echo "FAIL --models DIR"; fail=1; }
(cd / && clean TACITUS_MODELS=/nonexistent "$P/bin/tacitus" code -q "$story") > /dev/null 2> "$tmp/err" &&
  { echo "FAIL TACITUS_MODELS=/nonexistent was ignored"; fail=1; }
grep -q '/nonexistent/' "$tmp/err" || { echo "FAIL the error does not name the missing folder:"; cat "$tmp/err"; fail=1; }
(cd / && clean TACITUS_MODELS=/nonexistent "$P/bin/tacitus" code -q --models "$M" "$story") > /dev/null 2>&1 ||
  { echo "FAIL --models does not win over TACITUS_MODELS"; fail=1; }
(cd / && clean "$P/bin/tacitus" code -q --dicts /nonexistent.tcd "$story") > /dev/null 2> "$tmp/err" &&
  { echo "FAIL --dicts /nonexistent.tcd was ignored"; fail=1; }
grep -q '/nonexistent.tcd' "$tmp/err" || { echo "FAIL the error does not name the missing dictionary"; fail=1; }
[ $fail -eq 0 ] && echo "# code anywhere: build tree from /, installed copy without third-party data, overrides: same output"
exit $fail
