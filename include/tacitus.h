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

/*
 * The tagger (UPOS + PTB XPOS, averaged perceptron), lemmatizer (training
 * lexicon + suffix rules) and labelled dependency parser (arc-hybrid,
 * dynamic oracle, hashed Zhang-Nivre features), all in one model file
 * (build/models/en-ud.tcm) trained by tc_nlp_train from UD CoNLL-U.
 *
 * A loaded model is immutable and may be shared by threads.
 */
typedef struct tc_nlp_model tc_nlp_model;

/*
 * Loads a model from the bytes p[0..n), which must stay valid and unchanged
 * until tc_nlp_model_free (the model points into them; nothing is copied).
 * Magic, byte-order word, size, section offsets and the CRC-32 are checked
 * before any other byte is read.  Returns TC_OK, TC_FORMAT (not a model,
 * truncated, bad checksum or offsets), TC_VERSION (another format version;
 * both versions are named in err), TC_NOMEM or TC_MISUSE.  err (may be NULL)
 * receives a message.
 */
TC_EXPORT int tc_nlp_model_load(const void *p, size_t n, const tc_alloc *A, tc_nlp_model **out,
                                char *err, size_t errlen);
/* Maps the file at path and loads it as above (the map is owned by the
   model).  Extra code: TC_IO if the file cannot be read. */
TC_EXPORT int tc_nlp_model_open(const char *path, const tc_alloc *A, tc_nlp_model **out,
                                char *err, size_t errlen);
TC_EXPORT void tc_nlp_model_free(tc_nlp_model *m);

/* Training options; NULL / 0 fields take the defaults shown. */
typedef struct tc_nlp_train_opts {
    const char *const *train; /* CoNLL-U training files (required, ntrain >= 1) */
    int ntrain;
    const char *dev;          /* CoNLL-U for model selection (best epoch); NULL: last epoch */
    const char *out;          /* model file to write (required) */
    int epochs;               /* parser epochs, default 12; the tagger uses min(epochs, 8) */
    int max_sents;            /* use only the first N training sentences (0 = all) */
    unsigned seed;            /* exploration / shuffling seed, default 1 */
    int jackknife;            /* folds for predicted training tags (0 = default 2, 1 = off) */
    int verbose;              /* progress lines on stderr */
    const tc_alloc *alloc;
} tc_nlp_train_opts;

/* Trains tagger, lemmatizer and parser and writes the model file.
   Deterministic for fixed options.  Returns TC_OK, TC_IO, TC_FORMAT (bad
   CoNLL-U; err says "file:line: what"), TC_NOMEM or TC_MISUSE. */
TC_EXPORT int tc_nlp_train(const tc_nlp_train_opts *o, char *err, size_t errlen);

/* Scores in percent (CoNLL 2018 definitions: F1 over aligned words for
   tokens/sentences, LAS ignoring deprel subtypes). */
typedef struct tc_nlp_scores {
    double tokens, sentences, upos, xpos, lemmas, uas, las;
    long gold_words, sys_words, gold_sents, sys_sents;
} tc_nlp_scores;

/*
 * Scores the model against gold CoNLL-U at path.  raw = 0: tags and parses
 * the gold words.  raw = 1: segments the "# text" of each document with the
 * tokenizer, then aligns system and gold words as the CoNLL 2018 script does.
 * Returns TC_OK, TC_IO, TC_FORMAT ("file:line: what" in err), TC_NOMEM.
 */
TC_EXPORT int tc_nlp_eval(const tc_nlp_model *m, const char *path, int raw, tc_nlp_scores *out,
                          char *err, size_t errlen);

/*
 * Segments, tags and parses text[0..n) (one document) and writes CoNLL-U to
 * out, with "# sent_id = <doc_id>-<k>" and "# text" lines.  Returns TC_OK,
 * TC_IO (write failed), TC_FORMAT (invalid UTF-8), TC_NOMEM.
 */
TC_EXPORT int tc_nlp_parse_text(const tc_nlp_model *m, const char *text, size_t n, const char *doc_id,
                                FILE *out);

/* ===================================================================== */
/* == section: dict (PETRARCH dictionaries, compiled form)              == */
/* ===================================================================== */

/* ===================================================================== */
/* == section: time (temporal expressions)                              == */
/* ===================================================================== */

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
