/* fuzz_petrxml.c -- the PETRARCH validation XML reader: malformed XML and
   parses become error records, never a crash; every record it hands out is
   either usable or carries a message. */
#include "fuzz.h"
#include "io/petrxml.h"

static int on_env(void *ud, const tc_petr_env *e) {
    (void)ud;
    for (int i = 0; i < e->nactor; i++)
        if (!e->actorfiles[i]) fuzz_fail("NULL actor file");
    return 0;
}

static int on_record(void *ud, const tc_petr_record *r) {
    (*(long *)ud)++;
    if (!r->id || !r->category) fuzz_fail("record without id or category");
    if (r->error) {
        if (!*r->error) fuzz_fail("empty error");
        return 0;
    }
    if (!r->text) fuzz_fail("record without text");
    if (r->parsed) {
        const tc_sent *s = &r->sent;
        for (int i = 0; i < s->n; i++)
            if (!s->tok[i].form || s->tok[i].head < -1 || s->tok[i].head > s->n) fuzz_fail("bad token %d", i);
    }
    for (int i = 0; i < r->ngold; i++)
        if (!r->gold) fuzz_fail("gold count without gold");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *p = fuzz_file("records.xml", data, size);
    long n = 0;
    tc_petrxml_cb cb = {on_env, on_record, &n};
    char err[256] = "";
    int rc = tc_petrxml_read(p, NULL, &cb, err, sizeof err);
    if (rc != TC_OK && rc != TC_IO && rc != TC_FORMAT && rc != TC_NOMEM) fuzz_fail("rc %d", rc);
    if (rc == TC_IO && !err[0]) fuzz_fail("TC_IO without a message");
    return 0;
}
