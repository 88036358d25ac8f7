# mk/dict.mk -- the compiled Phoenix dictionaries (tacitus compile-dicts).
PHOENIX_DICT_SRC := $(addprefix $(TACITUS_DATA)/petrarch/dictionaries/,CAMEO.2.0.txt \
    Phoenix.Countries.actors.txt Phoenix.International.actors.txt Phoenix.MilNonState.actors.txt \
    Phoenix.agents.txt Phoenix.discards.txt PETR.Internal.Coding.Ontology.txt) $(wildcard data/actors/*.txt)

$(MODELS)/phoenix.tcd: $(CLI) $(PHOENIX_DICT_SRC)
	@mkdir -p $(MODELS)
	TACITUS_PROJECT_DATA=data $(CLI) compile-dicts -o $@.tmp 2> $(MODELS)/phoenix.tcd.log && mv $@.tmp $@

MODEL_FILES += $(MODELS)/phoenix.tcd
