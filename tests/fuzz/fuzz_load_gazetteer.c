/* fuzz_load_gazetteer.c -- the compiled gazetteer loader (gazetteer.tcg):
   the checksum is recomputed over the input first, so the fuzzer reaches
   the structural checks behind it; a file that loads must answer look-ups
   and dump without reading out of bounds. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    unsigned char *p = fuzz_fix_crc(data, size, 24, 0);
    tc_gazetteer *g = NULL;
    int rc = tc_gazetteer_open(&g, p, size, NULL);
    if (rc == TC_OK) {
        static const char *const names[] = {"Baghdad", "baghdad", "Green Zone", "Iraq", "Tex.", "al-Mansour", "x"};
        tc_place pl[8];
        for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
            int k = tc_gazetteer_lookup(g, names[i], strlen(names[i]), pl, 8);
            for (int j = 0; j < k && j < 8; j++)
                if (!pl[j].name || !pl[j].country) fuzz_fail("place without name or country");
        }
        FILE *nul = fopen("/dev/null", "w");
        if (!nul || tc_gazetteer_dump(g, nul) != TC_OK) fuzz_fail("dump");
        fclose(nul);
        tc_gazetteer_close(g);
    } else if (rc != TC_FORMAT && rc != TC_VERSION && rc != TC_NOMEM) fuzz_fail("rc %d", rc);
    free(p);
    return 0;
}
