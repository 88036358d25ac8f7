/* fuzz_segment.c -- the tokenizer and sentence splitter: valid UTF-8 text
   gives sentences whose words lie inside their sentence text, in order;
   invalid text is refused with the offset of the first bad byte. */
#include "fuzz.h"
#include "text/segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    tc_arena a;
    tc_arena_init(&a, NULL, 1 << 16);
    tc_sent *s = NULL;
    int ns = 0;
    size_t bad = (size_t)-1;
    int rc = tc_segment(&a, (const char *)data, size, &s, &ns, &bad);
    int valid = fuzz_utf8_ok((const char *)data, size);
    if (rc == TC_OK) {
        if (!valid) fuzz_fail("invalid UTF-8 accepted");
        for (int k = 0; k < ns; k++) {
            size_t tl = strlen(s[k].text);
            if (s[k].n <= 0) fuzz_fail("empty sentence %d", k);
            for (int i = 0; i < s[k].n; i++) {
                const tc_tok *t = &s[k].tok[i];
                if (!t->form || !*t->form) fuzz_fail("empty word");
                if (t->beg != UINT32_MAX && (t->beg > t->end || t->end > tl)) fuzz_fail("offsets");
            }
            if (s[k].doc_beg != UINT32_MAX && (s[k].doc_beg > size)) fuzz_fail("sentence offset");
        }
    } else if (rc == TC_FORMAT) {
        if (valid && !memchr(data, 0, size)) fuzz_fail("valid text refused");
        if (bad > size) fuzz_fail("bad offset %zu", bad);
    } else if (rc != TC_NOMEM) fuzz_fail("rc %d", rc);
    tc_arena_free(&a);
    return 0;
}
