# nlp stage: the tagger/lemmatizer/parser model, trained from UD English
# (EWT + GUM train, best epoch on EWT dev) when it is missing.  Order-only on
# the CLI so that rebuilding the program does not retrain.
# A stamp named after the model format version (NLP_FORMAT_VERSION in
# src/nlp/nlp_int.h) retrains the model when the version is bumped, so a
# checkout never keeps a model its program refuses.
NLP_MODEL := $(MODELS)/en-ud.tcm
NLP_FORMAT := $(shell sed -n 's/^\#define NLP_FORMAT_VERSION \([0-9]*\)u.*/\1/p' src/nlp/nlp_int.h)
NLP_STAMP := $(MODELS)/.en-ud.format-$(NLP_FORMAT)
$(NLP_STAMP):
	@mkdir -p $(MODELS)
	@touch $@
$(NLP_MODEL): $(NLP_STAMP) | $(CLI)
	@mkdir -p $(MODELS)
	$(CLI) train-parser -q --train $(TACITUS_DATA)/ud/ewt-train.conllu \
	    --train $(TACITUS_DATA)/ud/gum-train.conllu --dev $(TACITUS_DATA)/ud/ewt-dev.conllu -o $@.tmp
	mv $@.tmp $@
MODEL_FILES += $(NLP_MODEL)

$(BUILD)/bench/bench_parser: bench/bench_parser.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)
