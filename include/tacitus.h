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

/* ===================================================================== */
/* == section: geo (gazetteer, geocoder)                                == */
/* ===================================================================== */

/*
 * The gazetteer: GeoNames cities500 + admin1/admin2 names + countries
 * (countryInfo, world-countries names and demonyms) + the project's
 * data/places.tsv, compiled into one little-endian binary file (magic
 * "TCGAZETR", format version TC_GAZETTEER_FORMAT, byte-order word, total size,
 * CRC-32, section offsets; all validated before use).  A loaded gazetteer is
 * immutable and may be shared by threads.
 */
#define TC_GAZETTEER_FORMAT 1

typedef struct tc_gazetteer tc_gazetteer;

/* Location precision, coarsest last. */
enum { TC_PREC_NONE = 0, TC_PREC_POINT = 1, TC_PREC_CITY = 2, TC_PREC_ADMIN1 = 3, TC_PREC_COUNTRY = 4 };
/* Static text "point", "city", "admin1", "country" ("" for NONE). */
TC_EXPORT const char *tc_precision_name(int precision);

/*
 * One gazetteer entry.  String fields point into the gazetteer (never NULL;
 * "" when unknown) and live as long as it.  country is ISO 3166-1 alpha-2
 * ("" for continents), admin1 the first-level region name, admin1_code the
 * GeoNames code ("07"), feature the GeoNames feature code ("PPLC", "ADM1",
 * "PCLI", or the project's "DIST", "RGN", "CONT").
 */
typedef struct tc_place {
    const char *name;
    const char *country;
    const char *admin1;
    const char *admin1_code;
    const char *feature;
    double lat, lon;
    uint32_t population;
    uint32_t geonameid;       /* 0 for project places */
    int precision;            /* TC_PREC_* */
} tc_place;

/*
 * Compiles the gazetteer sources into `out_path`.  src_dir holds
 * cities500.txt.gz, admin1CodesASCII.txt, admin2Codes.txt.gz, countryInfo.txt
 * and world-countries.json; places_tsv is the project's data/places.tsv (may
 * be NULL).  Errors name the file and line in err (may be NULL).
 * TC_OK, TC_IO, TC_FORMAT (with "file:line: what"), TC_NOMEM.
 */
TC_EXPORT int tc_gazetteer_compile(const char *src_dir, const char *places_tsv, const char *out_path,
                                   const tc_alloc *alloc, char *err, size_t errlen);

/*
 * Opens a compiled gazetteer from memory (the caller keeps p..p+n alive and
 * unchanged until tc_gazetteer_close; the CLI passes an mmap).  Validates the
 * header, checksum and every section before use.  TC_OK, TC_FORMAT (not a
 * gazetteer or damaged), TC_VERSION (other format version), TC_NOMEM.
 */
TC_EXPORT int tc_gazetteer_open(tc_gazetteer **out, const void *p, size_t n, const tc_alloc *alloc);
/* Maps and opens a file; the mapping is owned by the gazetteer. Adds TC_IO. */
TC_EXPORT int tc_gazetteer_open_file(tc_gazetteer **out, const char *path, const tc_alloc *alloc);
/* Opens <model_dir>/gazetteer.tcg of a configuration (defaults as tc_config). */
TC_EXPORT int tc_gazetteer_open_config(tc_gazetteer **out, const tc_config *cfg);
TC_EXPORT void tc_gazetteer_close(tc_gazetteer *g); /* accepts NULL */

/*
 * Looks a name up (any spelling the gazetteer knows; normalised inside).
 * Writes up to max candidates, best prior first (population and feature
 * class, no context), and returns how many exist in total (>= 0), or
 * -TC_NOMEM.  Strings in out live as long as g.
 */
TC_EXPORT int tc_gazetteer_lookup(const tc_gazetteer *g, const char *name, size_t n, tc_place *out, int max);

/*
 * Prints the whole gazetteer as sorted text (places by kind, country, name;
 * then "name -> place" index lines sorted by key) for `tacitus dump`.
 * TC_OK or TC_IO.
 */
TC_EXPORT int tc_gazetteer_dump(const tc_gazetteer *g, FILE *f);

/*
 * `tacitus geo`: reads stories from f (story format: first line " date
 * YYYY-MM-DD" then text, or JSON Lines {"id","date","text"}, detected from
 * the first byte) and writes one JSON line per place mention to out.
 * `name` is used in error messages.  TC_OK, TC_FORMAT, TC_IO, TC_NOMEM.
 */
TC_EXPORT int tc_geo_stories(const tc_gazetteer *g, FILE *f, const char *name, FILE *out);

/*
 * Scores against a corpus folder laid out like GeoWebNews (one *.xml with
 * <article> texts and toponyms, one *_gold.txt with
 * "gazName,,surface,,lat,,lon,,start,,end||..." per article).  gold_spans=1
 * resolves the gold toponyms and ends with "country C admin1 A acc161 K";
 * 0 runs recognition end to end and ends with "P p R r F1 f acc161-F1 g"
 * (percent, two decimals).  verbose=1 lists errors.  TC_OK, TC_IO, TC_FORMAT.
 */
TC_EXPORT int tc_geo_eval(const tc_gazetteer *g, const char *dir, int gold_spans, int verbose, FILE *out);

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
