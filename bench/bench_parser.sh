#!/bin/sh
# Tagger + parser throughput on gold tokens, and raw text -> CoNLL-U
# throughput (segmenter + tagger + parser + writer), one core, on ewt-dev.
#   sh bench/bench_parser.sh [ROUNDS]
set -e
: "${BUILD:=build}" "${MODELS:=build/models}" "${TACITUS_DATA:=../shared/data}"
make -s "$BUILD/bench/bench_parser" "$MODELS/en-ud.tcm"
taskset -c 0 true 2>/dev/null && pin="taskset -c 0" || pin=""
$pin "$BUILD/bench/bench_parser" "$MODELS/en-ud.tcm" "$TACITUS_DATA/ud/ewt-dev.conllu" "${1:-3}"
