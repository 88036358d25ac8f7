/*
 * event.c -- event spans: the story offsets of an event's trigger, source
 * and target.  The coder knows words by byte offset within their sentence;
 * records give character (Unicode code point) offsets in the story text, so
 * that text[beg:end] in Python, or substring in R, is the phrase.
 */
#include "code/event.h"

#include <stdlib.h>

tc_span ev_span(const tc_sent *s, int beg, int end) {
    tc_span sp = {0, 0, false};
    if (!s || beg < 1 || end < beg || end > s->n || s->doc_beg == UINT32_MAX) return sp;
    uint32_t b = s->tok[beg - 1].beg, e = s->tok[end - 1].end;
    if (b == UINT32_MAX || e == UINT32_MAX || e < b) return sp;
    sp.beg = s->doc_beg + b;
    sp.end = s->doc_beg + e;
    sp.has = true;
    return sp;
}

static int cmp_u32p(const void *a, const void *b) {
    uint32_t x = **(uint32_t *const *)a, y = **(uint32_t *const *)b;
    return x < y ? -1 : x > y;
}

void ev_finish(struct tc_event *const *ev, int n, const char *text, size_t len, tc_arena *a) {
    /* events come in sentence order, but merged ones keep their first
       sentence: count per sentence, not by neighbours */
    int maxs = 0;
    for (int i = 0; i < n; i++) if (ev[i]->sentence > maxs) maxs = ev[i]->sentence;
    int *seen = n ? tc_arena_calloc(a, (size_t)maxs + 1, sizeof *seen) : NULL;
    for (int i = 0; i < n; i++) ev[i]->nth = seen && ev[i]->sentence >= 0 ? ++seen[ev[i]->sentence] : 1;
    /* every offset of every span, sorted, then one walk over the text */
    size_t cap = (size_t)n * 6, k = 0;
    if (!cap || !text) return;
    uint32_t **off = tc_arena_alloc(a, cap * sizeof *off);
    if (!off) {
        /* no memory for the sort: drop the spans rather than give bytes as characters */
        for (int i = 0; i < n; i++) ev[i]->trigger_span.has = ev[i]->source_span.has = ev[i]->target_span.has = false;
        return;
    }
    for (int i = 0; i < n; i++) {
        tc_span *sp[3] = {&ev[i]->trigger_span, &ev[i]->source_span, &ev[i]->target_span};
        for (int j = 0; j < 3; j++) {
            if (!sp[j]->has) continue;
            if (sp[j]->end > len || sp[j]->beg > sp[j]->end) { sp[j]->has = false; continue; }
            off[k++] = &sp[j]->beg;
            off[k++] = &sp[j]->end;
        }
    }
    qsort(off, k, sizeof *off, cmp_u32p);
    size_t pos = 0;
    uint32_t chars = 0;
    for (size_t i = 0; i < k; i++) {
        uint32_t target = *off[i];
        for (; pos < target; pos++) chars += ((unsigned char)text[pos] & 0xC0) != 0x80;
        *off[i] = chars;
    }
}
