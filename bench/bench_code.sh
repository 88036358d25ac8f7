#!/bin/sh
# End-to-end throughput and memory of `tacitus code` (issue 6): raw news
# stories (../shared/data/news, JSON Lines) replicated to >= BENCH_MB MB
# (default 50) with fresh ids (replication and line number: the news sets
# repeat some ids, and a repeated id is an error record), coded on one core
# to /dev/null.  Prints
# sentences/s, stories/s, MB/s and peak RSS, and the ratio against a baseline
# run in the same session (`wc -w` over the same file: a plain single-core
# text pass, so the ratio says how far coding is from reading speed).
# BENCH_MB=1024 measures peak RSS on 1 GB (takes several minutes).
#
# On a shared machine one run says little: the same binary's speed drifts by
# 10-20% within an hour.  BENCH_RUNS=N repeats the run N times and prints
# each run and the median; BASE=path/to/other/tacitus runs that binary
# (say, one built from an earlier commit with `git archive`) alternately
# with TACITUS, so each of its runs has a neighbour taken under the same
# load, and prints the median ratio of the adjacent pairs.
set -eu
: "${TACITUS:=build/tacitus}" "${TACITUS_DATA:=../shared/data}" "${BENCH_MB:=50}" "${BENCH_RUNS:=1}" "${BASE:=}"
mkdir -p bench/out
corpus=bench/out/news-${BENCH_MB}mb.jsonl
if [ ! -s "$corpus" ]; then
  src=$(ls "$TACITUS_DATA"/news/*/*.jsonl)
  awk -v limit=$((BENCH_MB * 1024 * 1024)) '
    { lines[NR] = $0 } END {
      size = 0; rep = 0
      while (size < limit) {
        rep++
        for (i = 1; i <= NR && size < limit; i++) {
          l = lines[i]; sub(/"id": *"/, "&r" rep "-" i "-", l); print l; size += length(l) + 1
        }
      }
    }' $src > "$corpus"
fi
bytes=$(wc -c < "$corpus")
t0=$(date +%s.%N); wc -w "$corpus" > /dev/null; t1=$(date +%s.%N)
base=$(echo "$t1 - $t0" | bc -l)

# one_run BINARY LABEL: codes the corpus, prints one line, appends
# "LABEL sentences/s" to $rates
rates=bench/out/code-${BENCH_MB}mb.rates
: > "$rates"
one_run() {
  log=bench/out/code-${BENCH_MB}mb.log
  /usr/bin/time -f "time %e rss_kb %M cpu %U" taskset -c 0 "$1" code -q --stats -o /dev/null "$corpus" 2> "$log" || true
  summary=$(grep 'stories,' "$log" | tail -n 1)
  if [ -z "$summary" ]; then echo "bench_code: the run of $1 failed:" >&2; cat "$log" >&2; exit 1; fi
  secs=$(awk '/^time/ {print $2}' "$log"); rss=$(awk '/^time/ {print $4}' "$log"); cpu=$(awk '/^time/ {print $6}' "$log")
  sents=$(echo "$summary" | sed -n 's/.* \([0-9]*\) sentences,.*/\1/p')
  stories=$(echo "$summary" | sed -n 's/^\([0-9]*\) stories.*/\1/p')
  events=$(echo "$summary" | sed -n 's/.* \([0-9]*\) events,.*/\1/p')
  echo "input: $corpus ($((bytes / 1048576)) MB, $stories stories, $sents sentences, $events events)"
  awk -v c="$cpu" -v s="$secs" -v n="$sents" -v st="$stories" -v b="$bytes" -v r="$rss" -v base="$base" -v who="$2" 'BEGIN {
    printf "%s: %.2f s wall, %.2f s user CPU, %.0f sentences/s (%.0f per CPU second), %.0f stories/s, %.2f MB/s, peak RSS %.1f MB\n", who, s, c, n / s, n / c, st / s, b / 1048576 / s, r / 1024
    printf "baseline wc -w: %.3f s; coding takes %.1fx the baseline time\n", base, s / base }'
  awk -v s="$secs" -v n="$sents" -v who="$2" 'BEGIN { printf "%s %.1f\n", who, n / s }' >> "$rates"
}

i=0
while [ "$i" -lt "$BENCH_RUNS" ]; do
  i=$((i + 1))
  one_run "$TACITUS" code
  if [ -n "$BASE" ]; then one_run "$BASE" base; fi
done
if [ "$BENCH_RUNS" -gt 1 ] || [ -n "$BASE" ]; then
  awk '
    function median(a, n,   i, j, t) {
      for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    $1 == "code" { c[++nc] = $2; list = list " " int($2 + 0.5) }
    $1 == "base" { b[++nb] = $2; blist = blist " " int($2 + 0.5); if (nb <= nc) r[++nr] = c[nb] / $2 }
    END {
      printf "code, %d runs (sentences/s):%s; median %.0f\n", nc, list, median(c, nc)
      if (nb) {
        printf "base, %d runs (sentences/s):%s; median %.0f\n", nb, blist, median(b, nb)
        printf "code / base, adjacent pairs: median %.3f\n", median(r, nr)
      }
    }' "$rates"
fi
