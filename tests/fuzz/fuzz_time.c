/* fuzz_time.c -- the temporal expression finder and normaliser: the first
   10 bytes are the story date (bad dates must be refused, not used), the
   rest the text; every expression found lies inside the text, in order,
   with a NUL-terminated value. */
#include "fuzz.h"

static tc_timerec *rec;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc; (void)argv;
    if (tc_timerec_open(&rec, NULL)) fuzz_fail("tc_timerec_open");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char dct[11] = "2021-11-07";
    if (size >= 10 && (data[0] & 0x80)) { memcpy(dct, data, 10); dct[10] = 0; data += 10; size -= 10; }
    if (!fuzz_utf8_ok((const char *)data, size)) return 0; /* the pipeline passes only valid text */
    tc_timex out[64];
    size_t nf = 0;
    int rc = tc_time_find(rec, (const char *)data, size, dct, out, 64, &nf);
    if (rc == TC_MISUSE) return 0;
    if (rc != TC_OK) fuzz_fail("rc %d", rc);
    uint32_t last = 0;
    for (size_t i = 0; i < nf && i < 64; i++) {
        const tc_timex *t = &out[i];
        if (t->beg >= t->end || t->end > size) fuzz_fail("span %u-%u of %zu", t->beg, t->end, size);
        if (t->beg < last) fuzz_fail("out of order");
        last = t->beg;
        if (!memchr(t->value, 0, sizeof t->value)) fuzz_fail("value not terminated");
        if (t->type < TC_TIMEX_DATE || t->type > TC_TIMEX_SET) fuzz_fail("type %d", t->type);
        if (t->month < 0 || t->month > 12 || t->day < 0 || t->day > 31) fuzz_fail("date %d-%d", t->month, t->day);
    }
    return 0;
}
