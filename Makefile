# tacitus -- plain Makefile.  `make` builds build/tacitus and the binary
# models/dictionaries; `make check` runs every test (plain, then ASan+UBSan).
#
# Variables: TACITUS_DATA (third-party data, default ../shared/data),
# BUILD (output folder), SAN=1 (sanitizer build), MODELS (compiled binaries).
# Each stage may add rules in mk/<stage>.mk (included below); sources are
# found by wildcard so adding a .c file needs no Makefile edit.

TACITUS_DATA ?= ../shared/data
export TACITUS_DATA
BUILD ?= build
MODELS ?= build/models
CC ?= cc
OPT ?= -O2
CPPFLAGS += -Iinclude -Isrc -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
CFLAGS ?= $(OPT) -g
CFLAGS += -std=c11 -Wall -Wextra -Werror -pedantic -fvisibility=hidden -MMD -MP -pthread
LDLIBS += -lsqlite3 -lz -lutf8proc -lexpat -ljansson -lm -pthread
ifeq ($(SAN),1)
CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
endif

LIB_SRC := $(sort $(wildcard src/core/*.c src/io/*.c src/text/*.c src/nlp/*.c src/dict/*.c \
             src/time/*.c src/geo/*.c src/code/*.c src/*/gen/*.c))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
LIB := $(BUILD)/libtacitus.a
CLI := $(BUILD)/tacitus

# Binary resources every full run needs; stage fragments append to this.
MODEL_FILES :=

.PHONY: all lib cli models tests check check-plain check-san example clean bench
all: cli models

lib: $(LIB)
cli: $(CLI)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

# The tagger's and parser's scoring loops (src/nlp/annotate.c, a third of
# the instructions of `code`) run faster at -O3 (unrolled and vectorised
# integer loops; no float reordering, so the same tags and trees).  Only in
# the default optimised build.
ifeq ($(OPT),-O2)
$(BUILD)/obj/src/nlp/annotate.o: CFLAGS += -O3
endif

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(CLI): $(CLI_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Wno-pedantic $(LDFLAGS) -o $@ $< $(LIB) -lcmocka $(LDLIBS)

tests: $(TEST_BIN)

-include mk/*.mk

models: $(MODEL_FILES)

# Unit tests and the scripted checks in tests/check/*.sh, against one build.
check-plain: cli models tests
	@BUILD=$(BUILD) MODELS=$(MODELS) TACITUS=$(CLI) sh tests/run.sh

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer.  The
# models are built once by the plain build and shared.
check-san: models
	$(MAKE) BUILD=build-san SAN=1 OPT=-O1 cli tests
	@BUILD=build-san MODELS=$(MODELS) TACITUS=build-san/tacitus TC_SANITIZED=1 sh tests/run.sh

check: check-plain check-san

example: cli models
	$(CLI) code ../shared/examples/story-2021-11-07.txt

bench: cli models
	sh bench/run.sh

clean:
	rm -rf build build-san

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_BIN:=.d)
