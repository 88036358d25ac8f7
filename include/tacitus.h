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

/*
 * A loaded set of PETRARCH dictionaries: actors (with '+' synonyms and
 * date-restricted codes), agents, verbs (groups, verb forms, patterns,
 * synsets), discards and the internal coding ontology (PICO).  Immutable after
 * loading; may be shared by threads.  Text files are read in either the
 * PETRARCH-2 (CAMEO.2.0.txt) or the 2.02 validation format; a malformed entry
 * is reported as "file:line: what" through cfg->log (level 1) and skipped.
 */
typedef struct tc_dict tc_dict;

/* Paths of the dictionary files; any NULL (or nactors == 0) means "none". */
typedef struct tc_dict_files {
    const char *verbs;
    const char *const *actors;
    size_t nactors;
    const char *agents;
    const char *discards;
    const char *pico;
} tc_dict_files;

/*
 * Reads text dictionaries.  On success *out owns everything (free with
 * tc_dict_free).  Returns TC_OK, TC_IO (a file could not be read; message in
 * err), TC_NOMEM or TC_MISUSE.  cfg may be NULL.
 */
TC_EXPORT int tc_dict_load(tc_dict **out, const tc_dict_files *files, const tc_config *cfg,
                           char *err, size_t errlen);

/*
 * Loads the compiled binary form from p[0..n) (e.g. an mmap); the bytes are
 * copied, so p may be unmapped afterwards.  The header (magic "TCDICT\0\0",
 * format version, byte-order word, total size, CRC-32, section table) is
 * validated before anything is used.  Returns TC_OK, TC_FORMAT (not a
 * dictionary file, truncated, bad checksum or section), TC_VERSION, TC_NOMEM.
 */
TC_EXPORT int tc_dict_from_binary(tc_dict **out, const void *p, size_t n, const tc_config *cfg,
                                  char *err, size_t errlen);
/* Maps the file at path and calls tc_dict_from_binary; TC_IO if unreadable. */
TC_EXPORT int tc_dict_open_binary(tc_dict **out, const char *path, const tc_config *cfg,
                                  char *err, size_t errlen);
/* Writes the compiled binary form to f.  TC_OK, TC_IO or TC_NOMEM. */
TC_EXPORT int tc_dict_write_binary(const tc_dict *d, FILE *f);
/* Prints every entry as sorted text lines ("actor\tWORDS\tCODE[ lo-hi]", ...). */
TC_EXPORT int tc_dict_dump(const tc_dict *d, FILE *f);
TC_EXPORT void tc_dict_free(tc_dict *d);

/*
 * Codes a phrase of words separated by spaces (e.g. "Prime Minister Mustafa
 * al-Kadhimi") with the actor and agent dictionaries as of date (YYYYMMDD as
 * an int, 0 = no date): writes the combined code (e.g. "IRQGOV") to
 * code[codelen].  Returns TC_OK, TC_NOTFOUND (nothing coded) or TC_MISUSE.
 */
TC_EXPORT int tc_dict_code_phrase(const tc_dict *d, const char *phrase, long date, char *code,
                                  size_t codelen);

/* ===================================================================== */
/* == section: time (temporal expressions)                              == */
/* ===================================================================== */

/* ===================================================================== */
/* == section: geo (gazetteer, geocoder)                                == */
/* ===================================================================== */

/* ===================================================================== */
/* == section: code (event coder, validation)                          == */
/* ===================================================================== */

/*
 * The coder itself works on parsed sentences and lives in src/code/coder.h
 * (internal: tc_code_sentence).  The public entry point here is the
 * validation harness behind `tacitus validate`.
 */
typedef struct tc_validate_stats {
    int records;    /* <Sentence> records read */
    int evaluated;  /* records scored */
    int exact;      /* records whose coded event multiset equals the gold one */
    int skipped;    /* evaluate="false" or category outside <Include> */
    int errors;     /* records that could not be read or parsed (count as failed) */
    double precision, recall, f1; /* over deduplicated (source, target, code) triples */
    long coded;     /* sentences coded (evaluated records x repeat) */
    double code_seconds; /* CPU time spent in the coder alone */
    double load_seconds; /* CPU time spent loading the dictionaries */
} tc_validate_stats;

typedef struct tc_validate_opts {
    int verbose;    /* 1: print failing records; 2: also trace verb decisions */
    int repeat;     /* code each record this many times (benchmarking); 0 = 1 */
    FILE *out;      /* where messages go; NULL = stdout */
} tc_validate_opts;

/*
 * Codes every record of a PETRARCH validation XML file with its own parse and
 * the dictionaries its <Environment> names (looked up beside the XML file,
 * then in <cfg->data_dir>/petrarch/dictionaries), and scores it.  Failing
 * records (with verbose) and unreadable ones ("file:line: what") are printed
 * to opts->out.  The summary line is not printed: the caller prints it from
 * *st.  Returns TC_OK when the run completed (records may have failed),
 * TC_IO / TC_FORMAT / TC_NOMEM when it could not run.  cfg and opts may be
 * NULL.
 */
TC_EXPORT int tc_validate_file(const char *path, const tc_config *cfg, const tc_validate_opts *opts,
                               tc_validate_stats *st);

/* ===================================================================== */
/* == section: story (end-to-end coding of stories)                     == */
/* ===================================================================== */

#ifdef __cplusplus
}
#endif
#endif /* TACITUS_H */
