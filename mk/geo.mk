# geo stage: the compiled gazetteer (GeoNames cities500 + countries + data/places.tsv).
GAZ_SRC := $(TACITUS_DATA)/geo/gazetteer
$(MODELS)/gazetteer.tcg: $(CLI) data/places.tsv $(wildcard $(GAZ_SRC)/*)
	@mkdir -p $(MODELS)
	$(CLI) compile-gazetteer -s $(GAZ_SRC) -p data/places.tsv -o $@.tmp && mv $@.tmp $@
MODEL_FILES += $(MODELS)/gazetteer.tcg
