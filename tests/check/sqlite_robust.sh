#!/bin/sh
# SQLite output survives kill -9 and concurrent writers (issue 16, item 7):
# bench/sqlite_robust.sh on 1,500 news stories (three batches of 500) with
# 5 kill points and 3 two-writer trials (3 and 2 under the sanitizers).  The
# documented run (README) uses 50 kill points of a 50 MB input and 20 trials.
set -u
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat "$TACITUS_DATA"/news/*/*.jsonl | awk '{ sub(/"id": *"/, "&s" NR "-"); print }' | head -n 1500 > "$tmp/in.jsonl"
k=5 t=3
[ -n "${TC_SANITIZED:-}" ] && k=3 t=2
out=$(KILLS=$k TRIALS=$t SEED=7 sh bench/sqlite_robust.sh "$tmp/in.jsonl" 2>&1)
st=$?
echo "$out" | sed 's/^/# /'
exit $st
