# nlp stage: the tagger/lemmatizer/parser model, trained from UD English
# (EWT + GUM train, best epoch on EWT dev) when it is missing.  Order-only on
# the CLI so that rebuilding the program does not retrain.
NLP_MODEL := $(MODELS)/en-ud.tcm
$(NLP_MODEL): | $(CLI)
	@mkdir -p $(MODELS)
	$(CLI) train-parser -q --train $(TACITUS_DATA)/ud/ewt-train.conllu \
	    --train $(TACITUS_DATA)/ud/gum-train.conllu --dev $(TACITUS_DATA)/ud/ewt-dev.conllu -o $@.tmp
	mv $@.tmp $@
MODEL_FILES += $(NLP_MODEL)

$(BUILD)/bench/bench_parser: bench/bench_parser.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)
