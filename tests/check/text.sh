#!/bin/sh
# Tokenizer and sentence splitter on the raw text of ewt-dev (rebuilt from
# its "# text" lines), scored with the CoNLL 2018 alignment; fails below the
# floors in tests/floors/text.txt.
set -e
: "${BUILD:=build}" "${TACITUS_DATA:=../shared/data}"
gold="$TACITUS_DATA/ud/ewt-dev.conllu"
if [ ! -f "$gold" ]; then echo "# text: $gold missing, skipped"; exit 0; fi
out=$("$BUILD/text_eval" "$gold" 2>/dev/null)
echo "# text ewt-dev: $out"
set -- $out
awk -v t="$2" -v s="$4" -v w="$6" '
  /^tokens/    { if (t + 0 < $2) { print "tokens " t " below floor " $2; bad = 1 } }
  /^sentences/ { if (s + 0 < $2) { print "sentences " s " below floor " $2; bad = 1 } }
  /^words/     { if (w + 0 < $2) { print "words " w " below floor " $2; bad = 1 } }
  END { exit bad }' tests/floors/text.txt
