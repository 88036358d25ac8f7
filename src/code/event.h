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
    double lat, lon;
    bool has;
} tc_location;

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
};

#endif
