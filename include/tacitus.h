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
 * Where the engine finds its inputs.  Any NULL field takes its default
 * (tc_default_dir):
 *   data_dir     third-party data (PETRARCH dictionaries, UD, gazetteer
 *                sources; needed only to build models and to evaluate).
 *   model_dir    compiled binaries (parser model, compiled dictionaries,
 *                gazetteer).
 *   project_dir  the project's own data/ folder (lexicons, actor updates,
 *                crosswalks).
 *   dict_file    the compiled dictionaries to load instead of
 *                <model_dir>/phoenix.tcd (e.g. one made with
 *                `compile-dicts --add-actors`).
 *   add_actors   nadd_actors PETRARCH actor files added to the standard set:
 *                the engine then compiles the standard text dictionaries
 *                plus these when it opens (tc_dict_load_standard; about
 *                0.3 s, needs data_dir), instead of loading dict_file.
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
    const char *dict_file;
    const char *const *add_actors;
    size_t nadd_actors;
} tc_config;

/* The folders of a configuration, for tc_default_dir. */
enum { TC_DIR_DATA = 0, TC_DIR_MODELS = 1, TC_DIR_PROJECT = 2 };

/*
 * The folder used for `which` when a configuration leaves it NULL, in this
 * order:
 *   1. the environment: $TACITUS_DATA, $TACITUS_MODELS, $TACITUS_PROJECT_DATA;
 *   2. the build tree holding the running program (or libtacitus): for
 *      <root>/build/tacitus, where <root>/data/crosswalk/cameo.tsv exists,
 *      <root>/build/models, <root>/data and <root>/../shared/data;
 *   3. the installed prefix holding it (<prefix>/bin/tacitus or
 *      <prefix>/lib/libtacitus.so with <prefix>/share/tacitus):
 *      <prefix>/share/tacitus/models and <prefix>/share/tacitus/data
 *      (third-party data is not installed: 1 or 4 for it);
 *   4. folders relative to the current one: "../shared/data",
 *      "build/models", "data".
 * Writes the path into buf[cap] (NUL-terminated, cut if cap is too small)
 * and returns its length, like snprintf.  Reads only the environment and
 * the file system; thread-safe.
 */
TC_EXPORT size_t tc_default_dir(int which, char *buf, size_t cap);

typedef struct tc_engine tc_engine;

/* What tc_engine_open loads (bit set); TC_LOAD_ALL for the full pipeline. */
enum {
    TC_LOAD_DICTS = 1,     /* compiled CAMEO/Phoenix dictionaries (model_dir/phoenix.tcd) */
    TC_LOAD_PARSER = 2,    /* tagger + parser model (model_dir/en-ud.tcm) */
    TC_LOAD_GAZETTEER = 4, /* gazetteer (model_dir/gazetteer.tcg) */
    TC_LOAD_ONTOLOGY = 8,  /* CAMEO crosswalks (project_dir/crosswalk/cameo.tsv) */
    TC_LOAD_ALL = 15
};

/*
 * Opens an engine: loads (mmaps) the resources named by `what` from the
 * folders in cfg (cfg may be NULL for all defaults).  The engine is
 * immutable once open and may be shared by threads, each with its own
 * tc_doc.  Returns TC_OK, or TC_IO / TC_FORMAT / TC_VERSION / TC_NOMEM with
 * a message naming the file in tc_engine_errmsg(*out) -- on failure *out is
 * still set (so the message can be read) and must be closed.
 */
TC_EXPORT int tc_engine_open(tc_engine **out, const tc_config *cfg, unsigned what);

/* Closes the engine; accepts NULL.  All documents must be freed first. */
TC_EXPORT void tc_engine_close(tc_engine *e);

/* The last detailed message (owned by the engine, valid until its next call). */
TC_EXPORT const char *tc_engine_errmsg(const tc_engine *e);

/* The engine's tagger and parser model (NULL when TC_LOAD_PARSER was not
   asked for), e.g. for tc_nlp_parse_text.  Owned by the engine; immutable,
   so threads may share it. */
struct tc_nlp_model;
TC_EXPORT const struct tc_nlp_model *tc_engine_parser(const tc_engine *e);

/* ===================================================================== */
/* == section: io (story readers, event writers)                        == */
/* ===================================================================== */

/*
 * A story as a reader yields it.  All strings are NUL-terminated, owned by
 * the reader and valid until the next tc_reader_next() or tc_reader_close()
 * on it.  Optional fields are NULL when absent.
 *
 * When `error` is non-NULL the story could not be read: the record is an
 * error record ("file:line: what is wrong" in `error`, `line` the 1-based
 * line it refers to), `id` names the story if it could be found, and the
 * text fields are NULL.  Every input story yields either a story or an error
 * record, never nothing.
 */
typedef struct tc_story {
    const char *id;     /* the JSON "id" (a number or other non-string id as its JSON
                           text), or the file's name (its path below a folder given)
                           without extensions; unique within a reader (see tc_reader_open) */
    const char *date;   /* "YYYY-MM-DD" as read */
    int year, month, day;
    const char *title, *source, *url;  /* JSON "title"; "source" or "sources";
                           "url" or "urls" (a list is joined with ";") */
    const char *text;   /* the story text (UTF-8, validated) */
    size_t text_len;
    const char *file;   /* the input file the story came from */
    long line;          /* first line of the story in that file */
    const char *error;  /* non-NULL for an error record */
    const char *meta;   /* JSON Lines: every key of the story object but
                           "id", "date" and "text", as one compact JSON
                           object (keys in input order); NULL when none */
    const char *note;   /* what the reader did to the input, e.g. "text
                           decoded as Windows-1252 (not valid UTF-8)"; NULL */
} tc_story;

typedef struct tc_reader tc_reader;

/*
 * Opens a streaming reader over one path: "-" is standard input, a folder
 * is walked recursively (files in byte order of their names, hidden files
 * skipped), and any file may be gzip-compressed (detected by content).  The
 * format is chosen per file: *.jsonl / *.json (optionally .gz) are JSON Lines
 * stories {"id","date","text"} whose other keys are metadata (tc_story.meta,
 * title, source, url); anything else is the story format (first line
 * " date YYYY-MM-DD", leading space optional, then the text).  Dates follow
 * one rule in both: YYYY-MM-DD (or YYYYMMDD), optionally with an ISO 8601
 * time ("T10:30Z").  A UTF-8 byte-order mark is skipped; text that is not
 * valid UTF-8 and holds no NUL byte is decoded as Windows-1252
 * (tc_story.note says so).  Every string of a story or error record is
 * valid UTF-8.  Ids: a given file's stories take its name without
 * extensions, a folder's files their path below the folder without
 * extensions ("x/same"); a JSON Lines record without "id" is
 * "<that>-<line>".  Ids are unique within a reader: a record repeating an
 * earlier id becomes an error record named "<id>#<k>".  A folder walk reads
 * each real file once (by device and inode); links to folders already
 * walked, dangling links, link loops, unreadable folders, folders deeper
 * than 32 levels, FIFOs and other non-regular files each yield an error
 * record and are never opened for reading.  A path that cannot be read,
 * and a damaged or truncated gzip stream, yield error records too (saying
 * what happened: "cannot open: No such file or directory"); a story is
 * never silently shortened.
 * `max_story` caps one story's size in bytes (0 = 64 MiB); larger stories
 * become error records.  `A` may be NULL.
 * Returns TC_OK, TC_NOMEM or TC_MISUSE (path NULL).
 */
TC_EXPORT int tc_reader_open(tc_reader **out, const char *path, size_t max_story, const tc_alloc *A);

/*
 * Reads the next story into *story.  Returns TC_OK for a story or an error
 * record (check story->error), TC_DONE at the end, TC_NOMEM, or TC_IO when
 * the input itself failed mid-way (an error record is still returned in
 * *story for it, and the next call returns TC_DONE or goes on with the next
 * file of a folder).
 */
TC_EXPORT int tc_reader_next(tc_reader *r, tc_story *story);

/*
 * Opens a reader over part of one uncompressed JSON Lines file (*.jsonl,
 * *.json, *.ndjson): the bytes [offset, offset + length), which should start
 * at the beginning of a line and end after a newline (or at the end of the
 * file).  first_line is the line number of the byte at offset, so stories,
 * ids made from line numbers ("<file>-<line>") and error records come out
 * exactly as a reader of the whole file gives them: reading a file in parts
 * and joining the results gives what one reader gives.  This is how a large
 * file is split among processes or machines (python/tacitus/dask.py).
 * Returns TC_OK, TC_IO, TC_NOMEM, or TC_MISUSE (not a JSON Lines name, a
 * folder, "-", first_line < 1).
 */
TC_EXPORT int tc_reader_open_part(tc_reader **out, const char *path, uint64_t offset, uint64_t length,
                                  long first_line, size_t max_story, const tc_alloc *A);

/* Number of stories and error records returned so far. */
TC_EXPORT long tc_reader_count(const tc_reader *r, long *errors);

/* Closes the reader; accepts NULL. */
TC_EXPORT void tc_reader_close(tc_reader *r);

/* Output formats of tc_writer. */
typedef enum tc_format { TC_FMT_JSONL = 0, TC_FMT_TSV = 1, TC_FMT_SQLITE = 2 } tc_format;

/* One coded event (read-only; owned by the document that produced it). */
typedef struct tc_event tc_event;

typedef struct tc_writer tc_writer;

/*
 * Opens an event writer.  JSONL and TSV write to `path` (NULL or "-" =
 * standard output); TSV starts with a header line (Phoenix column order,
 * then tacitus's extra columns; a cell holding '"' is quoted RFC 4180-style,
 * tabs and newlines become spaces).  docs/CODEBOOK.md describes every field
 * of the three formats; every byte written is valid UTF-8.  SQLITE needs a path: it creates tables
 * stories, events and errors if missing; events of a story already in the
 * database are replaced, never duplicated; rows are kept in memory and
 * written in batches of 500 stories, each in one short transaction (WAL
 * journal; another writer's transaction is waited for up to 10 minutes), so
 * several processes can write into one database at once.  A story id given
 * twice to one writer is stored the second time as "<id>#2" (then #3, ...)
 * with a row in the errors table saying so.
 * Returns TC_OK, TC_IO (message in tc_writer_errmsg of the returned handle,
 * or on stderr when no handle could be made), TC_MISUSE, TC_NOMEM.
 */
TC_EXPORT int tc_writer_open(tc_writer **out, tc_format fmt, const char *path, const tc_alloc *A);

/*
 * Opens a JSONL or TSV writer on a stream the caller owns (e.g. an
 * open_memstream, to take the records in memory exactly as `tacitus code`
 * writes them); tc_writer_close flushes it but does not close it.  Returns
 * TC_OK, TC_NOMEM, or TC_MISUSE (NULL f, or TC_FMT_SQLITE).
 */
TC_EXPORT int tc_writer_open_stream(tc_writer **out, tc_format fmt, FILE *f, const tc_alloc *A);

/*
 * Writes one story's results: its events (n may be 0) -- or, when
 * story->error is set, an error record {"doc","error","line"}.  For SQLite
 * the story row is replaced with its events in one transaction batch.
 */
TC_EXPORT int tc_writer_story(tc_writer *w, const tc_story *story, const tc_event *const *events, int n);

/* Flushes and closes; returns the first error met (TC_OK if none).  Accepts NULL. */
TC_EXPORT int tc_writer_close(tc_writer *w);

/* The last detailed message of a writer (owned by it). */
TC_EXPORT const char *tc_writer_errmsg(const tc_writer *w);

/*
 * Formats one event as a JSON object (no newline) into buf[cap], as
 * tc_writer writes it but without the story's metadata ("story") and note,
 * which belong to the tc_story.  Returns
 * the length the full text needs (excluding the NUL), like snprintf: the
 * text is complete when the result is < cap.
 */
TC_EXPORT size_t tc_event_json(const tc_event *ev, char *buf, size_t cap);

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
   model; on Linux the bytes are copied into transparent huge pages when
   possible, for speed).  Extra code: TC_IO if the file cannot be read. */
TC_EXPORT int tc_nlp_model_open(const char *path, const tc_alloc *A, tc_nlp_model **out,
                                char *err, size_t errlen);
TC_EXPORT void tc_nlp_model_free(tc_nlp_model *m);

/*
 * Prints the model as text for `tacitus dump`: header fields ("format_version",
 * "size", "crc32", "meta NAME VALUE"), then "tag ID UPOS XPOS", "label ID NAME",
 * open-class tags, label candidates, lexicon entries ("lex FORM COUNT
 * UPOS/XPOS:COUNT:LEMMA...", sorted by form bytes), lemma rules sorted by key,
 * and every non-zero weight as "w TABLE INDEX VALUE" (tables tag, tag2,
 * trans, label; indices ascending).  Fields are tab-separated.  The output
 * is large (about a million weight lines).  Returns TC_OK, TC_IO (write
 * error), TC_NOMEM or TC_MISUSE (NULL argument).
 */
TC_EXPORT int tc_nlp_model_dump(const tc_nlp_model *m, FILE *f);

/* Training options; NULL / 0 fields take the defaults shown. */
typedef struct tc_nlp_train_opts {
    const char *const *train; /* CoNLL-U training files (required, ntrain >= 1) */
    int ntrain;
    const char *dev;          /* CoNLL-U for model selection (best epoch); NULL: last epoch */
    const char *out;          /* model file to write (required) */
    int epochs;               /* parser epochs, default 12 */
    int tag_epochs;           /* tagger epochs, default min(epochs, 8) */
    int max_sents;            /* use only the first N training sentences (0 = all) */
    unsigned seed;            /* exploration / shuffling seed, default 1 */
    int jackknife;            /* folds for predicted training tags (0 = default 2, 1 = off) */
    int ensemble;             /* taggers and parsers trained on different shuffles, weights summed
                                 (a linear ensemble at no cost in speed or size); default 4 */
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
 * The standard set (what `tacitus compile-dicts` compiles without file
 * options): from <cfg->data_dir>/petrarch/dictionaries CAMEO.2.0.txt,
 * Phoenix.{Countries,International,MilNonState}.actors.txt,
 * Phoenix.agents.txt, Phoenix.discards.txt and
 * PETR.Internal.Coding.Ontology.txt; then every <cfg->project_dir>/actors/
 * *.txt in name order; then cfg->add_actors.  A later actor file overrides
 * same-name entries of earlier ones.  NULL folders take tc_default_dir.
 * Returns as tc_dict_load.
 */
TC_EXPORT int tc_dict_load_standard(tc_dict **out, const tc_config *cfg, char *err, size_t errlen);

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

/*
 * Temporal expressions (TIMEX3).  A recogniser is built once and is
 * immutable afterwards (threads may share it).  tc_time_find scans raw text
 * (UTF-8, any length) and resolves each expression against the document
 * creation time (the story date): "early Sunday" -> DATE 2021-11-07
 * mod=START, "last month" -> 2021-10, "three years" -> DURATION P3Y,
 * "every Monday" -> SET XXXX-WXX-1, "now" -> PRESENT_REF.  Weekdays and
 * months without a year are placed by the tense of their sentence.
 * Anaphoric expressions ("the same day", "that night", "the following
 * week", "the day before") count from the most recent date resolved earlier
 * in the same text, else from the story date; so pass a whole story.
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
/* Flag: a DURATION that places a date on the story's own timeline ("two
   days" in "two days later", "a year" in "a year earlier"; TimeML leaves
   "later" outside the expression): precision, year, month and day give the
   date it reaches, counted from the story's most recent date. */
#define TC_TIMEX_OFFSET 2u

typedef struct tc_timex {
    uint32_t beg, end;        /* byte offsets [beg, end) into the scanned text */
    uint8_t type;             /* TC_TIMEX_* */
    uint8_t mod;              /* TC_TMOD_* */
    uint8_t precision;        /* TC_TPREC_*: NONE for durations (but TC_TIMEX_OFFSET), sets, *_REF */
    uint8_t flags;            /* TC_TIMEX_WEAK, TC_TIMEX_OFFSET */
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

/*
 * The gazetteer: GeoNames cities500 + admin1/admin2 names + countries
 * (countryInfo, world-countries names and demonyms) + the project's
 * data/places.tsv, compiled into one little-endian binary file (magic
 * "TCGAZETR", format version TC_GAZETTEER_FORMAT, byte-order word, total size,
 * CRC-32, section offsets; all validated before use).  A loaded gazetteer is
 * immutable and may be shared by threads.
 */
#define TC_GAZETTEER_FORMAT 4

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
 * "PCLI", or the project's "DIST", "RGN", "CONT", and "STM" (river, at its
 * mouth), "ISL" (island), "MTS" (mountain range)).
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
    const char *admin2;       /* second-level region name ("" when unknown) */
    const char *country3;     /* ISO 3166-1 alpha-3 of country ("" when unknown) */
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
 * parser (may be NULL) tags and parses the text first, so recognition uses
 * proper-noun tags and the tree; without it capitalisation decides.
 *
 * `tacitus geo`: reads stories from f (story format: first line " date
 * YYYY-MM-DD" then text, or JSON Lines {"id","date","text"}, detected from
 * the first byte) and writes one JSON line per place mention to out.
 * `name` is used in error messages.  TC_OK, TC_FORMAT, TC_IO, TC_NOMEM.
 */
TC_EXPORT int tc_geo_stories(const tc_gazetteer *g, const tc_nlp_model *parser, FILE *f, const char *name,
                             FILE *out);

/*
 * The places of one story as read by tc_reader (story->error must be NULL),
 * one JSON line per resolved mention to out: {"doc" (the story id), "beg",
 * "end" (character offsets in story->text, as in event records), "text",
 * "role", "name", "country", "admin1", "lat", "lon", "precision",
 * "geonameid", "country3", "admin2"}.  `tacitus geo` reads its inputs with
 * tc_reader and calls this, so it names documents and accepts inputs as
 * `tacitus code` does.  TC_OK, TC_IO, TC_NOMEM, TC_MISUSE.
 */
TC_EXPORT int tc_geo_story(const tc_gazetteer *g, const tc_nlp_model *parser, const tc_story *st, FILE *out);

/*
 * Scores against a corpus folder laid out like GeoWebNews (one *.xml with
 * <article> texts and toponyms, one *_gold.txt with
 * "gazName,,surface,,lat,,lon,,start,,end||..." per article).  gold_spans=1
 * resolves the gold toponyms and ends with "country C admin1 A acc161 K";
 * 0 runs recognition end to end and ends with "P p R r F1 f acc161-F1 g"
 * (percent, two decimals).  verbose=1 lists errors.  TC_OK, TC_IO, TC_FORMAT.
 */
TC_EXPORT int tc_geo_eval(const tc_gazetteer *g, const tc_nlp_model *parser, const char *dir, int gold_spans,
                          int verbose, FILE *out);

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
    /* raw mode (`validate --raw`): when non-NULL, each record's <Text> is
       segmented and parsed with this model instead of using its <Parse>;
       all sentences of the text are coded and their events pooled.  The
       scoring is the same. */
    const tc_nlp_model *parser;
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

/*
 * A document: the per-story working state (arena for tokens, trees,
 * mentions and events).  One per thread; reused story after story, each
 * tc_doc_code() resetting the arena in O(1).
 */
typedef struct tc_doc tc_doc;

/* Creates a document bound to an open engine.  TC_OK / TC_NOMEM / TC_MISUSE. */
TC_EXPORT int tc_doc_new(tc_doc **out, const tc_engine *e);

/* Frees a document; accepts NULL. */
TC_EXPORT void tc_doc_free(tc_doc *d);

/*
 * Codes one story (story->error must be NULL): segment, tag and parse,
 * find dates and places, code events, learn actors within the story,
 * attach dates, places and casualties, de-duplicate.  The events stay valid
 * until the next tc_doc_code() or tc_doc_free() on d.
 * Returns TC_OK (possibly with zero events), TC_NOMEM (sticky: the story's
 * partial results are dropped), TC_MISUSE.
 */
TC_EXPORT int tc_doc_code(tc_doc *d, const tc_story *story);

/* The events of the last coded story; *n receives their number.  The array
   is owned by the document. */
TC_EXPORT const tc_event *const *tc_doc_events(const tc_doc *d, int *n);

/* Number of sentences of the last coded story. */
TC_EXPORT int tc_doc_sentences(const tc_doc *d);

/* Read-only accessors of an event (strings owned by the document; "" when
   absent).  Dates are "YYYY-MM-DD", "YYYY-MM" or "YYYY" by precision. */
TC_EXPORT const char *tc_event_code(const tc_event *ev);
TC_EXPORT const char *tc_event_source(const tc_event *ev);
TC_EXPORT const char *tc_event_target(const tc_event *ev);
TC_EXPORT int tc_event_sentence(const tc_event *ev);
/* Writes the event date into buf[11]. */
TC_EXPORT void tc_event_date_iso(const tc_event *ev, char buf[11]);

/*
 * Scores the whole pipeline against human-coded sentences (`tacitus
 * eval-events`): a JSON Lines file of records {"id", "text",
 * "plover_event_v08" (or "plover_event"), "source"/"target": [{"code"}],
 * "cameo_code_matched"}, as in shared/data/gold/plover_gsr_cameo.  Each text
 * is coded as a one-sentence story dated 2000-01-01.  Per record:
 *   type_hits   some event of ours has the gold PLOVER type (recall =
 *               type_hits / type_gold); type_pred counts the distinct
 *               PLOVER types we output (precision = type_hits / type_pred);
 *   src_ok/src_n, tgt_ok/tgt_n  among hits where the gold names actors,
 *               whether the hit event's actor shares the gold code's first
 *               three letters (country, IGO, NGO);
 *   root_ok/root_n  records with a CAMEO code where an event of ours has
 *               its two-digit root.
 * Malformed lines are printed as "file:line: what" to out (stdout if NULL),
 * counted in errors and scored as misses; with verbose, every missed or
 * partly wrong record is printed.  Returns TC_OK when the run completed,
 * TC_IO (cannot open/read), TC_NOMEM, TC_MISUSE.
 */
typedef struct tc_eval_events_stats {
    int records, errors, sentences;
    int type_hits, type_pred, type_gold;
    int src_ok, src_n, tgt_ok, tgt_n;
    int root_ok, root_n;
    double seconds; /* CPU time of the run */
} tc_eval_events_stats;

TC_EXPORT int tc_eval_events_file(const char *path, const tc_engine *e, int verbose, FILE *out,
                                  tc_eval_events_stats *st);

/*
 * Scores the whole pipeline against gold events of whole stories (`tacitus
 * eval-events --stories`), by the matching rule of
 * shared/data/gold/realnews/README.md (the rule of shared/tools/
 * score_events.py, with the same figures on the same output): gold_path is
 * {"stories": {"<id>": [event, ...]}} with each event's "src"/"tgt" (a code,
 * a list of codes or null: their 3-letter prefixes), "root" (list) or
 * "code", and optional "date", "place" + "country", "killed".  The stories
 * of `inputs` (files or folders, as for tc_reader_open) whose id is a gold
 * story are coded; gold stories never read count as misses.  With prefix,
 * only stories whose id starts with it are scored.  Emitted events of root
 * 01 are left out.  verbose prints every missed gold event and every extra
 * emitted event (with its sentence) to out; unreadable input and malformed
 * gold events are printed there and counted in errors.  Returns TC_OK,
 * TC_IO / TC_FORMAT (the gold file), TC_NOMEM, TC_MISUSE.
 */
typedef struct tc_eval_stories_stats {
    int stories, sentences, errors;
    int gold, emitted, matched;
    int date_ok, date_n, place_ok, place_n, killed_ok, killed_n;
    double seconds; /* CPU time of the run */
} tc_eval_stories_stats;

TC_EXPORT int tc_eval_stories(const char *gold_path, const char *const *inputs, int ninputs, const char *prefix,
                              const tc_engine *e, int verbose, FILE *out, tc_eval_stories_stats *st);

/* ===================================================================== */
/* == section: report (the offline HTML page of `tacitus report`)       == */
/* ===================================================================== */

/*
 * A report gathers event records -- read back from what `tacitus code` wrote
 * (JSON Lines, SQLite) or handed over straight from tc_doc_code -- and writes
 * one self-contained HTML page: header figures, a map (world outlines from
 * the npm package world-atlas when installed), a timeline, the top dyads and
 * a filterable, paged event table that opens each story with its event's
 * sentences highlighted.  Everything the page needs is inside the file; it
 * makes no request when opened.
 *
 * Records are read defensively: unknown keys are ignored and missing keys
 * are treated as absent.  A report belongs to one thread at a time.
 */
typedef struct tc_report tc_report;

/*
 * Creates an empty report.  cfg (may be NULL; defaults as for
 * tc_engine_open) tells where optional labels are read: CAMEO code names
 * from <project_dir>/crosswalk/cameo.tsv, country names from
 * <data_dir>/geo/gazetteer/countryInfo.txt, and the world outlines from
 * <model_dir>/world-atlas/countries-50m.json (copied there by the build from
 * the npm package).  A missing label file is not an error: the page goes
 * without (and says so for the outlines).  TC_OK, TC_NOMEM, TC_MISUSE.
 */
TC_EXPORT int tc_report_new(tc_report **out, const tc_config *cfg);

/* Frees a report; accepts NULL. */
TC_EXPORT void tc_report_free(tc_report *r);

/* The last detailed message (owned by the report, valid until its next call). */
TC_EXPORT const char *tc_report_errmsg(const tc_report *r);

/*
 * Reads the outlines from a TopoJSON file (world-atlas format) instead of
 * the default.  TC_OK, TC_IO (unreadable), TC_FORMAT (not TopoJSON), TC_NOMEM.
 */
TC_EXPORT int tc_report_set_atlas(tc_report *r, const char *path);

/*
 * Adds the records of one file that `tacitus code` wrote: SQLite (recognised
 * by its header; tables stories, events, errors) or JSON Lines (gzip-
 * compressed or not; "-" is standard input), with event records and error
 * records {"doc","error","line"}.  A line that is not a JSON object is
 * skipped and counted, with "file:line: what is wrong" passed to warn (NULL:
 * stderr).  Returns TC_OK (possibly with skipped lines: see
 * tc_report_get_stats), TC_IO (cannot open or read; message in
 * tc_report_errmsg), TC_FORMAT (a SQLite file without the events table),
 * TC_NOMEM.
 */
TC_EXPORT int tc_report_add_file(tc_report *r, const char *path,
                                 void (*warn)(void *ud, const char *msg), void *ud);

/*
 * Adds one story as tc_doc_code left it: its events (n may be 0), its full
 * text (split into sentences as the coder split them, so the page can
 * highlight any supporting sentence) and its sentence count; or, when
 * story->error is set, its error record.  TC_OK, TC_NOMEM, TC_MISUSE.
 */
TC_EXPORT int tc_report_add_story(tc_report *r, const tc_story *story, const tc_event *const *events,
                                  int n, int nsentences);

/*
 * Gives the full text of a story already in the report (matched by id), so
 * the page shows the whole story instead of only the coded sentences.
 * Returns TC_OK (also when no record names the story: the text is then
 * ignored), TC_NOMEM, TC_MISUSE (NULL or error story).
 */
TC_EXPORT int tc_report_add_text(tc_report *r, const tc_story *story);

/* Figures of a report as the page shows them.  -1 where the inputs do not
   tell (JSON Lines records carry neither stories without events nor
   sentence counts). */
typedef struct tc_report_stats {
    long stories;        /* stories read, error records included; -1 if unknown */
    long stories_seen;   /* stories named by an event or error record */
    long sentences;      /* -1 if unknown */
    long events, errors; /* event records, error records */
    long located;        /* events with coordinates */
    long places;         /* distinct places among them (one map mark each) */
    long dated;          /* events with a full YYYY-MM-DD date (on the timeline) */
    long skipped;        /* input lines that were no record */
} tc_report_stats;

TC_EXPORT void tc_report_get_stats(const tc_report *r, tc_report_stats *st);

/*
 * Writes the page to f.  `title` (may be NULL) heads it.  Returns TC_OK,
 * TC_IO (write failed), TC_NOMEM.
 */
TC_EXPORT int tc_report_write(tc_report *r, FILE *f, const char *title);

#ifdef __cplusplus
}
#endif
#endif /* TACITUS_H */
