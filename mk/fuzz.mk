# mk/fuzz.mk -- libFuzzer targets (tests/fuzz/fuzz_*.c) built with Debian's
# clang into build-fuzz/ (the library instrumented with
# -fsanitize=fuzzer-no-link,address,undefined).
#   make fuzz                      builds them and runs each for FUZZ_SECONDS (default 60)
#   make fuzz FUZZ_SECONDS=3       what tests/check/fuzz.sh runs
#   make fuzz-build                builds only
# Seeds and every input found so far live in tests/fuzz/<target>/ (replayed
# first: a regression fails the run); the loaders' binary seeds are made by
# tests/fuzz/mkseeds.c into build-fuzz/seeds/; the growing corpus goes to
# build-fuzz/corpus/ and crashes to build-fuzz/artifacts/.  See tests/fuzz/run.sh.
FUZZ_BUILD ?= build-fuzz
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_NAMES := $(patsubst tests/fuzz/fuzz_%.c,%,$(sort $(wildcard tests/fuzz/fuzz_*.c)))

ifeq ($(FUZZ),1)
CFLAGS += -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_BINS := $(FUZZ_NAMES:%=$(BUILD)/fuzz/fuzz_%)

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Wno-pedantic -fsanitize=fuzzer -o $@ $< $(LIB) $(LDLIBS)

$(BUILD)/fuzz/mkseeds: tests/fuzz/mkseeds.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Wno-pedantic -o $@ $< $(LIB) $(LDLIBS)

.PHONY: fuzz-bins
fuzz-bins: $(FUZZ_BINS) $(BUILD)/fuzz/mkseeds
	ASAN_OPTIONS=detect_leaks=0 $(BUILD)/fuzz/mkseeds $(BUILD)/seeds tests/golden/dict
endif

.PHONY: fuzz fuzz-build
fuzz-build:
	$(MAKE) BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) FUZZ=1 OPT=-O1 fuzz-bins

fuzz: fuzz-build
	FUZZ_BUILD=$(FUZZ_BUILD) FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/run.sh $(FUZZ_NAMES)
