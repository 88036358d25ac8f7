# report: `tacitus report`, the offline HTML page (src/report/).
#
# The page is written as ordinary web files in src/report/page/; this rule
# turns them into byte arrays in $(BUILD)/gen/report_page.c at build time
# (od + sed, nothing to install), so the page is edited and reviewed as
# HTML/CSS/JS and the generated C is never committed or stale.
REPORT_PAGE := src/report/page/report.html src/report/page/report.css src/report/page/report.js
REPORT_SRC := $(sort $(wildcard src/report/*.c))
REPORT_OBJ := $(REPORT_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/report_page.o

$(BUILD)/gen/report_page.c: $(REPORT_PAGE) mk/report.mk
	@mkdir -p $(dir $@)
	@{ echo '/* generated from src/report/page/ by mk/report.mk: do not edit */'; \
	  echo '#include "report/page.h"'; \
	  for f in $(REPORT_PAGE); do \
	    n=$$(basename $$f | sed 's/^report\./tc_report_page_/'); \
	    echo "const unsigned char $$n[] = {"; \
	    od -An -v -tx1 $$f | sed 's/ \([0-9a-f][0-9a-f]\)/0x\1,/g'; \
	    echo '0};'; \
	    echo "const size_t $${n}_len = $$(wc -c < $$f);"; \
	  done; } > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/gen/report_page.o: $(BUILD)/gen/report_page.c src/report/page.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(LIB): $(REPORT_OBJ)

# The world outlines: Natural Earth 1:50m countries from the npm package
# world-atlas (pinned in scripts/install-deps.sh, fetched into vendor/npm,
# never committed), copied beside the models when present.  Without it the
# report is still written, without outlines, and says so.
ATLAS_NPM := vendor/npm/node_modules/world-atlas
ifneq ($(wildcard $(ATLAS_NPM)/countries-50m.json),)
$(MODELS)/world-atlas/countries-50m.json: $(ATLAS_NPM)/countries-50m.json $(ATLAS_NPM)/package.json
	@mkdir -p $(dir $@)
	cp $(ATLAS_NPM)/package.json $(dir $@)package.json
	cp $(ATLAS_NPM)/countries-50m.json $@.tmp && mv $@.tmp $@
MODEL_FILES += $(MODELS)/world-atlas/countries-50m.json
endif

-include $(REPORT_OBJ:.o=.d)
