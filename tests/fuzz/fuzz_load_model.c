/* fuzz_load_model.c -- the parser model loader (en-ud.tcm): the body
   checksum is recomputed over the input first, so the fuzzer reaches the
   header and section checks behind it; a model that loads must tag and
   parse a sentence and dump without reading out of bounds.  Seeds are small
   models with 256-entry weight tables (tests/fuzz/mkseeds.c). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    unsigned char *p = fuzz_fix_crc(data, size, 24, 256);
    tc_nlp_model *m = NULL;
    char err[256] = "";
    int rc = tc_nlp_model_load(p, size, NULL, &m, err, sizeof err);
    if (rc == TC_OK) {
        FILE *nul = fopen("/dev/null", "w");
        if (!nul) fuzz_fail("/dev/null");
        static const char text[] = "Iraq's Prime Minister survived a drone attack on Sunday. He said “calm” 12 times.";
        if (tc_nlp_parse_text(m, text, sizeof text - 1, "d", nul) != TC_OK) fuzz_fail("parse");
        if (tc_nlp_model_dump(m, nul) != TC_OK) fuzz_fail("dump");
        fclose(nul);
        tc_nlp_model_free(m);
    } else if (!err[0]) fuzz_fail("rc %d without a message", rc);
    free(p);
    return 0;
}
