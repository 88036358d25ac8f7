#!/bin/sh
# Scaling of `tacitus code` (issue 13), as ratios against `code -j 1` in the
# same run, on one corpus: raw news stories (../shared/data/news, JSON Lines)
# replicated with fresh ids to >= BENCH_MB MB (default 20).
#   jobs    `code -j 2` against `-j 1`: stories/s ratio (target >= 1.7 on 2
#           cores), byte-identical output, peak RSS of each (target: -j 2
#           <= 1.5x -j 1; BENCH_MB=1024 for the issue's 1 GB figure)
#   dask    tacitus.dask.code_files on a LocalCluster of 2 worker processes
#           on 127.0.0.1 against -j 1 (target >= 1.5 on >= 20 MB): the time
#           of the call, the cluster already started (its start-up is printed
#           apart); the joined parts must equal the -j 1 output
#   python  Engine.code_stories(tacitus.read(corpus)) in one thread against
#           -j 1 (target >= 0.9); the records must equal the -j 1 output
#           (the Python parts are in bench/bench_scale.py)
# BENCH_PARTS (default "jobs dask python") chooses the parts; -j 1 always
# runs first, as the baseline.  Times are wall-clock; on a machine others
# are using, say so with the figures (the ratios need both cores free).
set -eu
: "${TACITUS:=build/tacitus}" "${TACITUS_DATA:=../shared/data}" "${BENCH_MB:=20}"
: "${BENCH_PARTS:=jobs dask python}"
PY=/usr/bin/python3
export TACITUS_LIB="${TACITUS_LIB:-$(pwd)/build/libtacitus.so}" PYTHONPATH="$(pwd)/python"
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
out=bench/out/scale
mkdir -p "$out"
echo "input: $corpus ($((bytes / 1048576)) MB); $(date '+%Y-%m-%d %H:%M'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# run_cli J: codes the corpus with -j J; sets secs, rss_mb, stories
run_cli() {
  /usr/bin/time -f "time %e rss_kb %M" "$TACITUS" code -q --stats -j "$1" -o "$out/j$1.jsonl" "$corpus" \
    2> "$out/j$1.log" || true
  summary=$(grep 'stories,' "$out/j$1.log" | tail -n 1)
  [ -n "$summary" ] || { echo "bench_scale: -j $1 failed:" >&2; cat "$out/j$1.log" >&2; exit 1; }
  secs=$(awk '/^time/ {print $2}' "$out/j$1.log")
  rss_mb=$(awk '/^time/ {printf "%.1f", $4 / 1024}' "$out/j$1.log")
  stories=$(echo "$summary" | sed -n 's/^\([0-9]*\) stories.*/\1/p')
  echo "code -j $1: $summary; wall $secs s, $(awk -v s="$stories" -v t="$secs" 'BEGIN { printf "%.1f", s / t }') stories/s, peak RSS $rss_mb MB"
}

run_cli 1
base=$secs base_rss=$rss_mb nstories=$stories
ratio() { awk -v b="$base" -v t="$1" 'BEGIN { printf "%.2f", b / t }'; }

for part in $BENCH_PARTS; do
  case $part in
  jobs)
    run_cli 2
    same=no; cmp -s "$out/j1.jsonl" "$out/j2.jsonl" && same=yes
    echo "RATIO code -j 2 / -j 1: $(ratio "$secs")x stories/s (target >= 1.7); output identical: $same;" \
         "peak RSS $rss_mb / $base_rss MB = $(awk -v a="$rss_mb" -v b="$base_rss" 'BEGIN { printf "%.2f", a / b }')x (target <= 1.5)"
    ;;
  dask)
    rm -rf "$out/dask"
    secs=$($PY bench/bench_scale.py dask "$corpus" "$out/dask" "$out/j1.jsonl")
    echo "RATIO dask (LocalCluster, 2 workers) / -j 1: $(ratio "$secs")x stories/s (target >= 1.5)"
    ;;
  python)
    secs=$($PY bench/bench_scale.py python "$corpus" "$out/j1.jsonl")
    echo "RATIO python code_stories / code -j 1: $(ratio "$secs")x stories/s (target >= 0.9)"
    ;;
  *) echo "bench_scale: unknown part '$part'" >&2; exit 2 ;;
  esac
done
