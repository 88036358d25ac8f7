/*
 * tacitus.h -- the public API of tacitus, an event-data engine.
 *
 * Everything declared here is API; nothing else is.  Every exported name
 * starts with tc_ and every macro with TC_.  Handles are opaque; each has a
 * constructor/destructor pair and every destructor accepts NULL.
 *
 * Errors: functions return int.  TC_OK is 0; the primary failure codes are
 * below and `rc & 0xff` is always the primary code (detail may sit in the
 * upper bits).  tc_errstr(rc) gives static text; objects that keep a last
 * detailed message expose it through their own *_errmsg() accessor, which
 * stays valid until the next call on that object.
 *
 * Threads: loaded models and dictionaries are immutable and may be shared by
 * threads; every mutable object (document, reader, writer) belongs to one
 * thread at a time.
 *
 * The file is laid out in sections, one per pipeline stage (DESIGN.md).
 */
#ifndef TACITUS_H
#define TACITUS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define TC_EXPORT __attribute__((visibility("default")))
#else
#define TC_EXPORT
#endif

/* ===================================================================== */
/* == section: core (versions, errors, memory hooks)                    == */
/* ===================================================================== */

/* API version: major*1000000 + minor*1000 + patch.  Defined once, here. */
#define TC_VERSION_STRING "0.1.0"
#define TC_VERSION_NUMBER 1000

/* Returns TC_VERSION_STRING of the linked library (static storage). */
TC_EXPORT const char *tc_version(void);

enum {
    TC_OK = 0,
    TC_NOMEM = 1,    /* an allocation failed; sticky within its object */
    TC_IO = 2,       /* a file could not be opened, read or written */
    TC_FORMAT = 3,   /* input is not in the expected format */
    TC_VERSION = 4,  /* a binary file has another format version */
    TC_PARSE = 5,    /* a record or expression could not be analysed */
    TC_MISUSE = 6,   /* the API was called wrongly (NULL handle, bad option) */
    TC_NOTFOUND = 7, /* a named file, key or entry does not exist */
    TC_DONE = 8      /* not an error: an iterator has no more items */
};

/* Static English text for a return code (the primary code is rc & 0xff). */
TC_EXPORT const char *tc_errstr(int rc);

/*
 * Allocator hooks.  Every allocation the library makes on behalf of an object
 * created with a tc_alloc goes through it, so tests can inject failures
 * (allocation N fails) and embedders can count memory.  A NULL tc_alloc
 * pointer means malloc/realloc/free.  The struct is copied; `ud` is passed
 * back to each hook.  realloc follows C semantics; free accepts NULL.
 */
typedef struct tc_alloc {
    void *(*malloc_fn)(void *ud, size_t n);
    void *(*realloc_fn)(void *ud, void *p, size_t n);
    void (*free_fn)(void *ud, void *p);
    void *ud;
} tc_alloc;

/* ===================================================================== */
/* == section: engine (configuration, loaded resources)                 == */
/* ===================================================================== */

/*
 * Where the engine finds its inputs.  Any NULL field takes its default:
 *   data_dir     third-party data (PETRARCH dictionaries, UD, gazetteer
 *                sources); default $TACITUS_DATA, else "../shared/data".
 *   model_dir    compiled binaries (parser model, compiled dictionaries,
 *                gazetteer); default $TACITUS_MODELS, else "build/models".
 *   project_dir  the project's own data/ folder (lexicons, actor updates,
 *                crosswalks); default $TACITUS_PROJECT_DATA, else "data".
 * log receives warnings (e.g. "file:line: malformed entry") with level
 * 0=error 1=warning 2=info; NULL means stderr for errors and warnings.
 */
typedef struct tc_config {
    const char *data_dir;
    const char *model_dir;
    const char *project_dir;
    const tc_alloc *alloc;
    void (*log)(void *ud, int level, const char *msg);
    void *log_ud;
} tc_config;

typedef struct tc_engine tc_engine;

/* ===================================================================== */
/* == section: io (story readers, event writers)                        == */
/* ===================================================================== */

/* ===================================================================== */
/* == section: text (segmenter, tokenizer)                              == */
/* ===================================================================== */

/* ===================================================================== */
/* == section: nlp (tagger, lemmatizer, dependency parser)              == */
/* ===================================================================== */

/* ===================================================================== */
/* == section: dict (PETRARCH dictionaries, compiled form)              == */
/* ===================================================================== */

/* ===================================================================== */
/* == section: time (temporal expressions)                              == */
/* ===================================================================== */

/*
 * Temporal expressions (TIMEX3).  A recogniser is built once and is
 * immutable afterwards (threads may share it).  tc_time_find scans raw text
 * (UTF-8, any length) and resolves each expression against the document
 * creation time (the story date): "early Sunday" -> DATE 2021-11-07
 * mod=START, "last month" -> 2021-10, "three years" -> DURATION P3Y,
 * "every Monday" -> SET XXXX-WXX-1, "now" -> PRESENT_REF.  Weekdays and
 * months without a year are placed by the tense of their sentence.
 */
typedef struct tc_timerec tc_timerec;

enum { TC_TIMEX_DATE = 1, TC_TIMEX_TIME, TC_TIMEX_DURATION, TC_TIMEX_SET };
/* TimeML mod values; TC_TMOD_NONE means no mod. */
enum {
    TC_TMOD_NONE = 0, TC_TMOD_START, TC_TMOD_MID, TC_TMOD_END, TC_TMOD_APPROX,
    TC_TMOD_BEFORE, TC_TMOD_AFTER, TC_TMOD_ON_OR_BEFORE, TC_TMOD_ON_OR_AFTER,
    TC_TMOD_LESS_THAN, TC_TMOD_MORE_THAN, TC_TMOD_EQUAL_OR_LESS, TC_TMOD_EQUAL_OR_MORE
};
/* Precision of the resolved date (what an event date can carry). */
enum { TC_TPREC_NONE = 0, TC_TPREC_YEAR, TC_TPREC_MONTH, TC_TPREC_WEEK, TC_TPREC_DAY };
/* Flag: an expression TimeML leaves unannotated but analysts want
   ("former" as PAST_REF); `tacitus time --eval` skips these. */
#define TC_TIMEX_WEAK 1u

typedef struct tc_timex {
    uint32_t beg, end;        /* byte offsets [beg, end) into the scanned text */
    uint8_t type;             /* TC_TIMEX_* */
    uint8_t mod;              /* TC_TMOD_* */
    uint8_t precision;        /* TC_TPREC_*: NONE for durations, sets, *_REF */
    uint8_t flags;            /* TC_TIMEX_WEAK */
    int16_t year;             /* resolved start date; 0 where unknown */
    int8_t month, day;
    char value[28];           /* TIMEX3 value, NUL-terminated: "2021-11-07", "P3Y" */
} tc_timex;

/* Builds the recogniser (word tables hashed once).  TC_OK / TC_NOMEM /
   TC_MISUSE (out NULL).  A NULL alloc means malloc. */
TC_EXPORT int tc_timerec_open(tc_timerec **out, const tc_alloc *alloc);
TC_EXPORT void tc_timerec_close(tc_timerec *r);

/*
 * Finds the temporal expressions of text[0..n) in order.  dct is the story
 * date "YYYY-MM-DD".  Writes at most cap records to out and sets *nfound to
 * the number found (which may exceed cap: call again with a larger out).
 * No allocation.  TC_OK, or TC_MISUSE (NULL r/text/nfound, bad dct).
 */
TC_EXPORT int tc_time_find(const tc_timerec *r, const char *text, size_t n, const char *dct,
                           tc_timex *out, size_t cap, size_t *nfound);

/* Static names: "DATE"; "START" ("" for NONE); "day"/"week"/"month"/"year" ("" for NONE). */
TC_EXPORT const char *tc_timex_type_name(int type);
TC_EXPORT const char *tc_timex_mod_name(int mod);
TC_EXPORT const char *tc_timex_precision_name(int precision);

/*
 * Scores of the recogniser on TimeML, computed as the TempEval-3 scorer
 * does: tokens are alphanumeric runs and single other characters of the
 * TEXT element; relaxed = any shared token, strict = same tokens; value F1
 * and type F1 = (matches with equal attribute / relaxed gold matches) x
 * relaxed F1; type accuracy = equal types / relaxed gold matches.
 * Percentages 0..100.
 */
typedef struct tc_time_scores {
    int docs, gold, sys;
    double relaxed_p, relaxed_r, relaxed_f1;
    double strict_p, strict_r, strict_f1;
    double value_f1, type_f1, value_acc, type_acc;
} tc_time_scores;

/*
 * Runs tc_time_find on every *.tml file of dir (sorted by name) with the
 * DCT of each file (<TIMEX3 functionInDocument="CREATION_TIME">) and scores
 * it.  If detail is not NULL, writes one line per disagreement (missing,
 * spurious, wrong value/type) to it.  TC_OK; TC_IO (dir or a file not
 * readable); TC_FORMAT (malformed XML or no DCT; message "file:line: what"
 * in err[errlen]); TC_NOMEM.
 */
TC_EXPORT int tc_time_eval_dir(const tc_timerec *r, const char *dir, FILE *detail,
                               tc_time_scores *out, char *err, size_t errlen);

/* ===================================================================== */
/* == section: geo (gazetteer, geocoder)                                == */
/* ===================================================================== */

/* ===================================================================== */
/* == section: code (event coder, validation)                           == */
/* ===================================================================== */

/* ===================================================================== */
/* == section: story (end-to-end coding of stories)                     == */
/* ===================================================================== */

#ifdef __cplusplus
}
#endif
#endif /* TACITUS_H */
