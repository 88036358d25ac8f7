#!/bin/sh
# onto_crosswalk.sh -- data/crosswalk/cameo.tsv is exactly what
# tools/crosswalk.sh makes from $TACITUS_DATA/ontology (the committed table
# and its generator cannot drift apart), and has the expected shape.
set -u
: "${TACITUS_DATA:=../shared/data}"
out=${BUILD:-build}/check/onto_crosswalk.tsv
mkdir -p "$(dirname "$out")"
if ! TACITUS_DATA="$TACITUS_DATA" sh tools/crosswalk.sh > "$out"; then
  echo "tools/crosswalk.sh failed"; exit 1
fi
if ! diff -u data/crosswalk/cameo.tsv "$out"; then
  echo "data/crosswalk/cameo.tsv differs from the generator's output: run"
  echo "  sh tools/crosswalk.sh > data/crosswalk/cameo.tsv"
  exit 1
fi
# Shape: 11 fields, 2-4 digit codes, root = first two digits, quad by root.
awk -F'\t' '
/^#/ || /^code\t/ { next }
NF != 11 { print FILENAME ":" NR ": " NF " fields"; bad++; next }
$1 !~ /^[0-2][0-9][0-9]?[0-9]?$/ || substr($1, 1, 2) != $3 { print FILENAME ":" NR ": code/root " $1 "/" $3; bad++ }
{ r = $3 + 0; q = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4; if ($4 != q) { print FILENAME ":" NR ": quad " $4; bad++ } }
{ n++; if ($9 != "") a++; if ($6 != "") p++ }
END { printf "# crosswalk: %d CAMEO codes, %d with PLOVER, %d with an ACLED type\n", n, p, a; exit bad > 0 }
' data/crosswalk/cameo.tsv
