/* fuzz_load_dict.c -- the compiled dictionary loader (phoenix.tcd): the
   checksum is recomputed over the input first, so the fuzzer reaches the
   structural checks behind it; a file that loads must dump and code a
   phrase without reading out of bounds. */
#include "fuzz.h"

static void quiet_log(void *ud, int level, const char *msg) { (void)ud; (void)level; (void)msg; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    unsigned char *p = fuzz_fix_crc(data, size, 24, 0);
    tc_config cfg = {0};
    cfg.log = quiet_log;
    tc_dict *d = NULL;
    char err[256] = "";
    int rc = tc_dict_from_binary(&d, p, size, &cfg, err, sizeof err);
    if (rc == TC_OK) {
        FILE *nul = fopen("/dev/null", "w");
        if (!nul || tc_dict_dump(d, nul) != TC_OK) fuzz_fail("dump");
        fclose(nul);
        char code[64];
        (void)tc_dict_code_phrase(d, "UNITED STATES", 20211107, code, sizeof code);
        (void)tc_dict_code_phrase(d, "PRESIDENT OF IRAQ", 20211107, code, sizeof code);
        tc_dict_free(d);
    } else if (!err[0]) fuzz_fail("rc %d without a message", rc);
    free(p);
    return 0;
}
