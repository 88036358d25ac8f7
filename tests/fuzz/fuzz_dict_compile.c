/* fuzz_dict_compile.c -- the PETRARCH dictionary reader and compiler: the
   first byte chooses which of the five files (verbs, actors, agents,
   discards, ontology) the rest of the input replaces; the others are the
   small test dictionaries of tests/golden/dict.  Whatever is read must
   compile to a binary that loads back (tc_dict_from_binary checks every
   reference) and dumps. */
#include "fuzz.h"

static char golden[512];

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc; (void)argv;
    const char *d = getenv("TC_FUZZ_DICT_DIR");
    snprintf(golden, sizeof golden, "%s", d && *d ? d : "tests/golden/dict");
    return 0;
}

static void quiet_log(void *ud, int level, const char *msg) {
    (void)ud; (void)level;
    if (!msg) fuzz_fail("NULL log message");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    static const char *const part[5] = {"verbs", "actors", "agents", "discards", "pico"};
    char path[5][600];
    int which = data[0] % 5;
    for (int i = 0; i < 5; i++) snprintf(path[i], sizeof path[i], "%s/small.%s.txt", golden, part[i]);
    snprintf(path[which], sizeof path[which], "%s", fuzz_file("fuzz.txt", data + 1, size - 1));
    const char *actors[1] = {path[1]};
    tc_dict_files f = {path[0], actors, 1, path[2], path[3], path[4]};
    tc_config cfg = {0};
    cfg.log = quiet_log; /* warnings about malformed entries are expected */
    tc_dict *d = NULL;
    char err[256] = "";
    int rc = tc_dict_load(&d, &f, &cfg, err, sizeof err);
    if (rc == TC_IO) fuzz_fail("cannot read the test dictionaries under %s: %s", golden, err);
    if (rc != TC_OK) { if (rc != TC_NOMEM) fuzz_fail("rc %d", rc); return 0; }
    char *buf = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&buf, &n);
    if (!m) fuzz_fail("open_memstream");
    if (tc_dict_write_binary(d, m) != TC_OK) fuzz_fail("write_binary");
    fclose(m);
    tc_dict *d2 = NULL;
    rc = tc_dict_from_binary(&d2, buf, n, &cfg, err, sizeof err);
    if (rc != TC_OK) fuzz_fail("the compiled dictionary does not load: %s", err);
    FILE *nul = fopen("/dev/null", "w");
    if (!nul || tc_dict_dump(d2, nul) != TC_OK) fuzz_fail("dump");
    fclose(nul);
    tc_dict_free(d2);
    tc_dict_free(d);
    free(buf);
    return 0;
}
