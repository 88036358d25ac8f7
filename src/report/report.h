/*
 * report.h -- the data a report gathers before writing its page: interned
 * strings, stories (with the sentences known of them), places, events and
 * error records.  report.c fills it from records; page.c writes it out as
 * the compressed JSON that the page's own script (src/report/page/) reads.
 *
 * Not API: include/tacitus.h declares the tc_report_* entry points.
 */
#ifndef TC_REPORT_H
#define TC_REPORT_H

#include "code/ontology.h"
#include "core/core.h"

/* An interned string; the aux slots map a string to what it names. */
typedef struct rp_str {
    const char *s;    /* arena memory, NUL-terminated */
    uint32_t len;
    uint64_t hash;
    int32_t story;    /* story whose id this is, or -1 */
    int32_t place;    /* place whose key this is, or -1 */
    int32_t name;     /* for a CAMEO code: its name from a record (code_name), or 0 */
} rp_str;

/* One piece of a story's text: a sentence (n >= 1) or the text between
   sentences (n == 0). */
typedef struct rp_part {
    int32_t n, text;
} rp_part;

typedef struct rp_story {
    int32_t id, date, title, url, source; /* string ids; 0 = "" */
    bool full;                            /* parts hold the whole text */
    rp_part *parts;                       /* sentences known (sorted at write), or the whole text */
    int nparts, cap;
} rp_story;

typedef struct rp_place {
    int32_t name, country, admin1, precision;
    double lat, lon;
} rp_place;

#define RP_NONE INT32_MIN /* an absent number */

typedef struct rp_event {
    int32_t story, sent, sents;          /* sents: string id of "1,2,4" or 0 */
    int32_t day;                         /* days since 1970-01-01 for a full date, else RP_NONE */
    int32_t date, prec, date_text;       /* string ids as written */
    int32_t src, src_text, tgt, tgt_text;
    int32_t code, root, quad, gold10;    /* gold10: Goldstein x 10, RP_NONE if null */
    int32_t place;                       /* -1 when no coordinates */
    int32_t killed, injured, kmod, imod; /* counts RP_NONE if null */
    int32_t trigger, plover, acled, acled_sub, note, id;
} rp_event;

typedef struct rp_error {
    int32_t doc, msg;
    long line;
} rp_error;

typedef struct rp_country {
    char iso2[3];
    int32_t name, numeric; /* string ids */
} rp_country;

struct tc_report {
    const tc_alloc *A;
    tc_arena arena;    /* string bytes */
    rp_str *str;       /* str[0] is "" */
    int32_t nstr, capstr;
    int32_t *slot;     /* open-addressing table of string ids, -1 empty */
    uint32_t nslot;
    rp_story *story;
    int32_t nstory, capstory;
    rp_place *place;
    int32_t nplace, capplace;
    rp_event *ev;
    long nev, capev;
    rp_error *err;
    long nerr, caperr;
    int32_t *inputs;   /* string ids of the files read */
    int ninputs, capinputs;
    long stories;      /* counted stories (SQLite rows, coded stories) */
    long sentences;
    bool stories_known, sentences_known, any_input;
    long skipped;
    tc_ontology *onto;
    rp_country *country;
    long ncountry, capcountry;
    char *atlas;       /* TopoJSON text, or NULL */
    size_t atlas_len;
    char atlas_name[128];
    char atlas_note[600];
    tc_arena scratch;  /* segmentation of story texts */
    bool oom;
    char errmsg[600];
};

/* Interns s[0..n): returns its id (>= 0), or -1 when out of memory. */
int32_t rp_intern(tc_report *r, const char *s, size_t n);

/* Sets r->errmsg (printf-style) and returns rc. */
int rp_fail(tc_report *r, int rc, const char *fmt, ...) TC_PRINTF(3, 4);

#endif
