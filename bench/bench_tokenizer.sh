#!/bin/sh
# Tokenizer + sentence splitter throughput (tokens/s, one core) on the raw
# text of ewt-train, rebuilt from its "# text" lines.
#   sh bench/bench_tokenizer.sh [ROUNDS]
set -e
: "${BUILD:=build}" "${TACITUS_DATA:=../shared/data}"
make -s "$BUILD/bench_text"
"$BUILD/bench_text" "$TACITUS_DATA/ud/ewt-train.conllu" "${1:-5}"
