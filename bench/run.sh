#!/bin/sh
# Runs every benchmark script bench/bench_*.sh in turn.  Each prints its own
# figures (and, where it has one, the ratio against a baseline measured in
# the same run).  Usage: sh bench/run.sh [NAME...]
set -u
cd "$(dirname "$0")/.."
: "${TACITUS:=build/tacitus}" "${TACITUS_DATA:=../shared/data}"
export TACITUS TACITUS_DATA
mkdir -p bench/out
if [ $# -gt 0 ]; then set -- $(for n in "$@"; do echo bench/bench_$n.sh; done); else set -- bench/bench_*.sh; fi
for b in "$@"; do
  [ -f "$b" ] || continue
  echo "== $b ($(date -u +%Y-%m-%dT%H:%MZ))"
  sh "$b" || echo "!! $b failed"
done
