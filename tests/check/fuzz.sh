#!/bin/sh
# libFuzzer targets (tests/fuzz, mk/fuzz.mk): builds them with clang into
# build-fuzz/ and runs each for FUZZ_SECONDS (default 3) seconds: first every
# seed and every input an earlier run found (tests/fuzz/<target>/), then new
# inputs.  A crash, a sanitizer report, a failed harness check or an input
# slower than 10 s fails.  The targets carry their own sanitizers, so the
# sanitized pass of the suite does not run them again.
set -u
if [ -n "${TC_SANITIZED:-}" ]; then echo "# fuzz: run once, in the plain pass (the targets are sanitized builds)"; exit 0; fi
if ! command -v clang > /dev/null; then echo "clang is missing: run scripts/install-deps.sh"; exit 1; fi
log=$(mktemp); trap 'rm -f "$log"' EXIT
if ! make -s fuzz-build > "$log" 2>&1; then echo "make fuzz-build failed:"; tail -n 30 "$log"; exit 1; fi
FUZZ_SECONDS=${FUZZ_SECONDS:-3} FUZZ_TIMEOUT=10 sh tests/fuzz/run.sh $(ls tests/fuzz/fuzz_*.c | sed 's|tests/fuzz/fuzz_||; s|\.c$||') > "$log" 2>&1
st=$?
sed 's/^/# /' "$log"
exit $st
