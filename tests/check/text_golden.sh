#!/bin/sh
# Golden tokenizer tests: each tests/golden/text/NAME.txt is segmented and
# its words (one a line, a blank line after each sentence) are diffed with
# the hand-written NAME.expected.
: "${BUILD:=build}"
fail=0
for t in tests/golden/text/*.txt; do
  e="${t%.txt}.expected"
  if ! "$BUILD/text_eval" --words "$t" | diff -u "$e" -; then
    echo "golden mismatch: $t"; fail=1
  fi
done
exit $fail
