# text stage: the tokenizer evaluation tool and the table generator.
#   make build/text_eval        scores tokenizer + splitter on a gold CoNLL-U file
#   make text-tables            regenerates src/text/gen/text_tables.c from the
#                               UD English TRAIN files (only when asked)
$(BUILD)/text_eval: tools/text_eval.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(BUILD)/bench_text: bench/bench_text.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

tests: $(BUILD)/text_eval

.PHONY: text-tables
text-tables:
	python3 tools/gen_text_tables.py $(TACITUS_DATA)/ud/ewt-train.conllu \
	    $(TACITUS_DATA)/ud/gum-train.conllu > src/text/gen/text_tables.c.tmp
	mv src/text/gen/text_tables.c.tmp src/text/gen/text_tables.c
