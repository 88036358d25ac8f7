#!/bin/sh
# Throughput of recognise + normalise on one core, on the news JSON Lines of
# $TACITUS_DATA/news replicated to 50 MB.  Prints "time: N M chars/s".
set -eu
: "${TACITUS_DATA:=../shared/data}" "${BUILD:=build}"
make -s BUILD="$BUILD" "$BUILD/bench/bench_time"
exec "$BUILD/bench/bench_time" --min-mb "${MIN_MB:-50}" \
  "$TACITUS_DATA"/news/wcep_2025q1/*.jsonl "$TACITUS_DATA"/news/wikinews_vanatteveldt/wikinews_2019_2020.jsonl
