#!/bin/sh
# Gazetteer load time and lookup rate (issue 5 targets: load <= 50 ms,
# >= 1 M lookups/s).  Run from the repository root after `make all`.
set -eu
: "${BUILD:=build}" "${MODELS:=build/models}" "${CC:=cc}"
$CC -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc -o "$BUILD/bench_geo" bench/bench_geo.c \
    "$BUILD/libtacitus.a" -lsqlite3 -lz -lutf8proc -lexpat -ljansson -lm
ls -l "$MODELS/gazetteer.tcg" | awk '{print "gazetteer_bytes " $5}'
"$BUILD/bench_geo" "$MODELS/gazetteer.tcg"
