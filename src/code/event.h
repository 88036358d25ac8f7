/*
 * event.h -- the event record as the story coder produces it and the
 * writers print it.  One struct, filled stage by stage (coder: actors and
 * code; ontology: root/quad/goldstein/PLOVER/ACLED; time: date; geo:
 * location; casualties), owned by the document arena.
 */
#ifndef TC_EVENT_H
#define TC_EVENT_H

#include "core/core.h"

typedef struct tc_location {
    const char *name;       /* the place as the text writes it (its most specific name) */
    const char *gazetteer;  /* the gazetteer entry that country..precision describe */
    const char *country, *admin1, *precision; /* NULL when absent */
    const char *admin2, *country3;            /* of the gazetteer entry; NULL when absent */
    uint32_t geonameid;                       /* of the gazetteer entry; 0 for project places */
    double lat, lon;
    int rank; /* how the sentence gave it (geo_where): 0-2 the event's clause, 3 the story */
    bool has;
} tc_location;

/* Where a word or phrase is in the story text: [beg, end) in bytes while
   the story is coded, in characters (Unicode code points) once
   tc_doc_code returns (ev_spans_to_chars). */
typedef struct tc_span {
    uint32_t beg, end;
    bool has;
} tc_span;

struct tc_event {
    const char *doc;
    int sentence;              /* 1-based sentence number in the story */
    const char *sentences;     /* all supporting sentence numbers, "1,4" (after de-duplication) */
    tc_date date;              /* resolved event date (precision by fields set) */
    const char *date_text;     /* the temporal expression, or NULL (story date) */
    const char *date_precision;/* "day", "week", "month", "year" */
    const char *source, *source_text;
    const char *target, *target_text;
    const char *code;          /* CAMEO code, e.g. "195" */
    const char *root;          /* "19" */
    int quad;                  /* 1..4, 0 unknown */
    double goldstein;
    bool has_goldstein;
    const char *plover, *plover_mode;
    const char *acled_type, *acled_subtype;
    const char *trigger;       /* the word that triggered the event */
    tc_location location;
    int killed, injured;       /* -1 = unknown (null) */
    const char *killed_mod, *injured_mod;
    const char *text;          /* the sentence text */
    const char *note;          /* e.g. "date after story date in past-tense clause" */
    const char *code_name;     /* CAMEO name of code (or of its listed parent) */
    const char *plover_context;/* PLOVER context(s) of the code, "" -> NULL */
    tc_span trigger_span, source_span, target_span;
    int nth;                   /* 1-based rank among the story's events of this sentence */
};

/* The story span of words beg..end (1-based, inclusive) of sentence s, in
   bytes; has = false when the sentence or a word has no offsets. */
tc_span ev_span(const tc_sent *s, int beg, int end);

/* Finishes the story's events ev[0..n) for output: numbers them within
   their sentences (nth, for event_id) and turns their byte spans into
   character spans of text[0..len), in one pass over the text however many
   events there are (scratch from the document arena a). */
void ev_finish(struct tc_event *const *ev, int n, const char *text, size_t len, tc_arena *a);

#endif
