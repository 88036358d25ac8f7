/*
 * writer.c -- event output: JSON Lines (the default), TSV in the Phoenix
 * column order followed by tacitus's own columns, and SQLite (tables
 * stories, events, errors).  One small interface for all three: a story's
 * events (or its error record) are written together, so SQLite can replace a
 * re-coded story's rows in one step instead of duplicating them.
 *
 * SQLite: rows go first to TEMP tables of the same names and columns (the
 * insert statements, unqualified, resolve to them), and every BATCH stories
 * one short transaction (BEGIN IMMEDIATE) replaces their rows in the main
 * database -- so the write lock is held only while rows are copied, never
 * while stories are coded, and two runs into one database take turns
 * (WAL, a busy timeout of BUSY_MS).  A story id written before in the same
 * run (two inputs holding "x") is stored as "x#2" with a row in the errors
 * table saying so, never replacing the first; a rerun of the same inputs
 * makes the same names and so replaces its own rows.
 */
#include "code/event.h"
#include "core/core.h"
#include "io/text.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tc_writer {
    const tc_alloc *A;
    tc_format fmt;
    FILE *f;
    bool own_f;
    sqlite3 *db;
    sqlite3_stmt *ins_story, *del_events, *del_errors, *ins_event, *ins_error;
    int in_batch;          /* stories in the TEMP tables, not yet in the database */
    uint64_t *ids;         /* hashes of the story ids written in this run (open addressing, 0 = empty) */
    size_t nids, capids;
    int rc;
    tc_buf buf;
    char errmsg[512];
};

/* Phoenix dataset columns, then ours (docs/CODEBOOK.md describes each). */
static const char *const tsv_cols[] = {
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
    "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
    "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
    /* tacitus */
    "doc", "sentence", "sentences", "date_text", "date_precision", "source_text", "target_text", "quad",
    "plover", "plover_mode", "acled_type", "acled_subtype", "location_precision", "killed", "killed_mod",
    "injured", "injured_mod", "trigger", "note", "code_name", "plover_context", "country3", "admin2",
    "geonameid", "trigger_beg", "trigger_end", "source_beg", "source_end", "target_beg", "target_end",
    "title", "text"};

static const char *nz(const char *s) { return s ? s : ""; }

static void tsv_text(tc_buf *b, const char *s);

static void fail(tc_writer *w, int rc, const char *what) {
    if (w->rc == TC_OK) {
        w->rc = rc;
        snprintf(w->errmsg, sizeof w->errmsg, "%s", what);
    }
}

static int sql_fail(tc_writer *w, const char *where) {
    char m[400];
    snprintf(m, sizeof m, "sqlite: %s: %s", where, w->db ? sqlite3_errmsg(w->db) : "cannot open");
    fail(w, TC_IO, m);
    return w->rc;
}

/*
 * The events table, one list for CREATE TABLE, the INSERT statement and the
 * columns added to a database written by an older tacitus (ALTER TABLE), so
 * the three cannot disagree.
 */
static const struct { const char *name, *type; } ev_cols[] = {
    {"story_id", "TEXT NOT NULL"}, {"seq", "INTEGER NOT NULL"}, {"sentence", "INTEGER"}, {"sentences", "TEXT"},
    {"date", "TEXT"}, {"date_text", "TEXT"}, {"date_precision", "TEXT"}, {"source", "TEXT"},
    {"source_text", "TEXT"}, {"target", "TEXT"}, {"target_text", "TEXT"}, {"code", "TEXT"}, {"root", "TEXT"},
    {"quad", "INTEGER"}, {"goldstein", "REAL"}, {"plover", "TEXT"}, {"plover_mode", "TEXT"},
    {"acled_type", "TEXT"}, {"acled_subtype", "TEXT"}, {"location_name", "TEXT"}, {"country", "TEXT"},
    {"admin1", "TEXT"}, {"lat", "REAL"}, {"lon", "REAL"}, {"location_precision", "TEXT"}, {"killed", "INTEGER"},
    {"killed_mod", "TEXT"}, {"injured", "INTEGER"}, {"injured_mod", "TEXT"}, {"trigger", "TEXT"},
    {"note", "TEXT"}, {"text", "TEXT"},
    /* added by issue 15 (appended, so older databases can be extended) */
    {"event_id", "TEXT"}, {"code_name", "TEXT"}, {"plover_context", "TEXT"}, {"country3", "TEXT"},
    {"admin2", "TEXT"}, {"geonameid", "INTEGER"}, {"trigger_beg", "INTEGER"}, {"trigger_end", "INTEGER"},
    {"source_beg", "INTEGER"}, {"source_end", "INTEGER"}, {"target_beg", "INTEGER"}, {"target_end", "INTEGER"}};
#define EV_NCOL ((int)TC_COUNTOF(ev_cols))
#define EV_FIRST_NEW 32 /* columns from here on may be missing in an older database */

static const struct { const char *name, *type; } story_cols[] = {
    {"id", "TEXT PRIMARY KEY"}, {"date", "TEXT"}, {"title", "TEXT"}, {"source", "TEXT"}, {"url", "TEXT"},
    {"file", "TEXT"}, {"line", "INTEGER"}, {"events", "INTEGER"},
    /* added by issue 15 */
    {"meta", "TEXT"}, {"note", "TEXT"}};
#define ST_NCOL ((int)TC_COUNTOF(story_cols))
#define ST_FIRST_NEW 8

static const char *schema_rest =
    "CREATE TABLE IF NOT EXISTS errors(story_id TEXT, file TEXT, line INTEGER, error TEXT);"
    "CREATE INDEX IF NOT EXISTS errors_story ON errors(story_id);"
    "CREATE INDEX IF NOT EXISTS events_code ON events(code);";

#define BATCH 500      /* stories per transaction */
#define BUSY_MS 600000 /* wait up to 10 minutes for another writer's transaction */

/* TEMP tables shaped like the main ones (same columns, same order), which
   the unqualified insert statements prepared after them resolve to. */
static const char *stage_schema =
    "PRAGMA temp_store=MEMORY;"
    "CREATE TEMP TABLE stories AS SELECT * FROM main.stories WHERE 0;"
    "CREATE TEMP TABLE events AS SELECT * FROM main.events WHERE 0;"
    "CREATE TEMP TABLE errors AS SELECT * FROM main.errors WHERE 0;";

static const char *flush_sql =
    "DELETE FROM main.events WHERE story_id IN (SELECT id FROM temp.stories);"
    "DELETE FROM main.errors WHERE story_id IN (SELECT id FROM temp.stories);"
    "INSERT OR REPLACE INTO main.stories SELECT * FROM temp.stories;"
    "INSERT INTO main.events SELECT * FROM temp.events;"
    "INSERT INTO main.errors SELECT * FROM temp.errors;";

/* Runs sql; SQLITE_BUSY / LOCKED past the busy timeout are retried too (a
   journal-mode change or schema step can return BUSY without waiting). */
static int exec_wait(sqlite3 *db, const char *sql) {
    int rc;
    for (int tries = 0; tries < 50; tries++) {
        rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
        sqlite3_sleep(100 + 20 * tries);
    }
    return rc;
}

/* Moves the staged stories into the database in one transaction. */
static int sqlite_flush(tc_writer *w) {
    if (!w->in_batch) return TC_OK;
    if (exec_wait(w->db, "BEGIN IMMEDIATE") != SQLITE_OK) return sql_fail(w, "begin");
    if (sqlite3_exec(w->db, flush_sql, NULL, NULL, NULL) != SQLITE_OK) {
        sql_fail(w, "write batch");
        sqlite3_exec(w->db, "ROLLBACK", NULL, NULL, NULL);
        return w->rc;
    }
    if (exec_wait(w->db, "COMMIT") != SQLITE_OK) {
        sql_fail(w, "commit");
        sqlite3_exec(w->db, "ROLLBACK", NULL, NULL, NULL);
        return w->rc;
    }
    w->in_batch = 0;
    if (sqlite3_exec(w->db, "DELETE FROM temp.stories; DELETE FROM temp.events; DELETE FROM temp.errors;", NULL, NULL,
                     NULL) != SQLITE_OK)
        return sql_fail(w, "clear batch");
    return TC_OK;
}

/* Records the hash of id; true when it was recorded before in this run. */
static bool id_seen(tc_writer *w, const char *id, bool *oom) {
    uint64_t h = tc_hash64(id, strlen(id), 0x1d) | 1; /* never 0 */
    if (2 * (w->nids + 1) > w->capids) {
        size_t nc = w->capids ? 2 * w->capids : 1024;
        uint64_t *t = tc_mem_calloc(w->A, nc, sizeof *t);
        if (!t) { *oom = true; return false; }
        for (size_t i = 0; i < w->capids; i++) {
            if (!w->ids[i]) continue;
            size_t j = (size_t)tc_hash_mix(w->ids[i]) & (nc - 1);
            while (t[j]) j = (j + 1) & (nc - 1);
            t[j] = w->ids[i];
        }
        tc_mem_free(w->A, w->ids);
        w->ids = t;
        w->capids = nc;
    }
    size_t j = (size_t)tc_hash_mix(h) & (w->capids - 1);
    while (w->ids[j]) {
        if (w->ids[j] == h) return true;
        j = (j + 1) & (w->capids - 1);
    }
    w->ids[j] = h;
    w->nids++;
    return false;
}

/* Whether table t of the database has column c. */
static bool has_column(sqlite3 *db, const char *t, const char *c) {
    char q[128];
    snprintf(q, sizeof q, "PRAGMA table_info(%s)", t);
    sqlite3_stmt *st = NULL;
    bool found = false;
    if (sqlite3_prepare_v2(db, q, -1, &st, NULL) != SQLITE_OK) return false;
    while (!found && sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char *name = sqlite3_column_text(st, 1);
        found = name && !strcmp((const char *)name, c);
    }
    sqlite3_finalize(st);
    return found;
}

/* Creates the tables, or adds the columns a database from an older tacitus
   lacks; then prepares the statements. */
static int sqlite_setup(tc_writer *w) {
    tc_buf *q = &w->buf;
    struct { const char *table; int n, first_new; bool ev; } t[2] = {{"stories", ST_NCOL, ST_FIRST_NEW, false},
                                                                      {"events", EV_NCOL, EV_FIRST_NEW, true}};
    if (exec_wait(w->db, "PRAGMA journal_mode=WAL") != SQLITE_OK) return sql_fail(w, "journal mode");
    sqlite3_exec(w->db, "PRAGMA synchronous=NORMAL;", NULL, NULL, NULL);
    for (int k = 0; k < 2; k++) {
        tc_buf_clear(q);
        tc_buf_printf(q, "CREATE TABLE IF NOT EXISTS %s(", t[k].table);
        for (int i = 0; i < t[k].n; i++)
            tc_buf_printf(q, "%s%s %s", i ? ", " : "", t[k].ev ? ev_cols[i].name : story_cols[i].name,
                          t[k].ev ? ev_cols[i].type : story_cols[i].type);
        tc_buf_adds(q, t[k].ev ? ", PRIMARY KEY(story_id, seq));" : ");");
        if (q->oom) return TC_NOMEM;
        if (exec_wait(w->db, q->p) != SQLITE_OK) return sql_fail(w, "schema");
        for (int i = t[k].first_new; i < t[k].n; i++) {
            const char *c = t[k].ev ? ev_cols[i].name : story_cols[i].name;
            if (has_column(w->db, t[k].table, c)) continue;
            tc_buf_clear(q);
            tc_buf_printf(q, "ALTER TABLE %s ADD COLUMN %s %s", t[k].table, c, t[k].ev ? ev_cols[i].type : story_cols[i].type);
            if (q->oom) return TC_NOMEM;
            if (exec_wait(w->db, q->p) != SQLITE_OK) return sql_fail(w, "schema (adding columns)");
        }
    }
    if (exec_wait(w->db, schema_rest) != SQLITE_OK) return sql_fail(w, "schema");
    /* the statements below resolve their unqualified table names to these */
    if (sqlite3_exec(w->db, stage_schema, NULL, NULL, NULL) != SQLITE_OK) return sql_fail(w, "staging tables");
    sqlite3_stmt **ins[2] = {&w->ins_story, &w->ins_event};
    for (int k = 0; k < 2; k++) {
        tc_buf_clear(q);
        tc_buf_printf(q, "INSERT OR REPLACE INTO %s(", t[k].table);
        for (int i = 0; i < t[k].n; i++) tc_buf_printf(q, "%s%s", i ? "," : "", t[k].ev ? ev_cols[i].name : story_cols[i].name);
        tc_buf_adds(q, ") VALUES(");
        for (int i = 0; i < t[k].n; i++) tc_buf_adds(q, i ? ",?" : "?");
        tc_buf_adds(q, ")");
        if (q->oom) return TC_NOMEM;
        if (sqlite3_prepare_v2(w->db, q->p, -1, ins[k], NULL) != SQLITE_OK) return sql_fail(w, "prepare");
    }
    if (sqlite3_prepare_v2(w->db, "DELETE FROM events WHERE story_id=?", -1, &w->del_events, NULL) ||
        sqlite3_prepare_v2(w->db, "DELETE FROM errors WHERE story_id=?", -1, &w->del_errors, NULL) ||
        sqlite3_prepare_v2(w->db, "INSERT INTO errors VALUES(?,?,?,?)", -1, &w->ins_error, NULL))
        return sql_fail(w, "prepare");
    return TC_OK;
}

int tc_writer_open(tc_writer **out, tc_format fmt, const char *path, const tc_alloc *A) {
    *out = NULL;
    if (fmt != TC_FMT_JSONL && fmt != TC_FMT_TSV && fmt != TC_FMT_SQLITE) return TC_MISUSE;
    if (fmt == TC_FMT_SQLITE && (!path || !strcmp(path, "-"))) return TC_MISUSE;
    tc_writer *w = tc_mem_calloc(A, 1, sizeof *w);
    if (!w) return TC_NOMEM;
    w->A = A;
    w->fmt = fmt;
    tc_buf_init(&w->buf, A);
    *out = w;
    if (fmt == TC_FMT_SQLITE) {
        if (sqlite3_open(path, &w->db) != SQLITE_OK) return sql_fail(w, path);
        sqlite3_busy_timeout(w->db, BUSY_MS);
        int rc = sqlite_setup(w);
        if (rc == TC_NOMEM) fail(w, rc, "out of memory");
        return rc;
    }
    if (!path || !strcmp(path, "-")) w->f = stdout;
    else {
        w->f = fopen(path, "w");
        if (!w->f) {
            char m[400];
            snprintf(m, sizeof m, "%s: cannot open for writing: %s", path, strerror(errno));
            fail(w, TC_IO, m);
            return TC_IO;
        }
        w->own_f = true;
    }
    if (fmt == TC_FMT_TSV) {
        for (size_t i = 0; i < TC_COUNTOF(tsv_cols); i++) fprintf(w->f, "%s%s", i ? "\t" : "", tsv_cols[i]);
        fputc('\n', w->f);
    }
    return TC_OK;
}

const char *tc_writer_errmsg(const tc_writer *w) { return w ? w->errmsg : "no writer"; }

/* ---- JSON ---------------------------------------------------------------- */

/* "key": -- keys are plain ASCII; no printf on the per-event path */
static void jkey(tc_buf *b, const char *key) {
    tc_buf_addc(b, '"');
    tc_buf_adds(b, key);
    tc_buf_adds(b, "\":");
}

static void add_int(tc_buf *b, long v) { tc_buf_add_long(b, v); }

/* The JSON string body of s: escaped, and valid UTF-8 whatever s holds
   (bytes that are not UTF-8 are read as Windows-1252, io_add_utf8). */
static void jtext(tc_buf *b, const char *s, size_t n) {
    if (io_is_utf8(s, n)) { tc_buf_add_json(b, s, n); return; }
    tc_buf t;
    tc_buf_init(&t, b->A);
    if (io_add_utf8(&t, s, n)) tc_buf_add_json(b, t.p, t.n);
    else b->oom = true;
    tc_buf_free(&t);
}

static void jstr(tc_buf *b, const char *key, const char *v, bool comma) {
    if (comma) tc_buf_addc(b, ',');
    jkey(b, key);
    if (!v) { tc_buf_adds(b, "null"); return; }
    tc_buf_addc(b, '"');
    jtext(b, v, strlen(v));
    tc_buf_addc(b, '"');
}

static void jint(tc_buf *b, const char *key, long v, bool null_if_neg) {
    tc_buf_addc(b, ',');
    jkey(b, key);
    if (null_if_neg && v < 0) tc_buf_adds(b, "null");
    else add_int(b, v);
}

/* "1,4" -> [1,4]; a lone sentence -> [n] */
static void jsentences(tc_buf *b, const struct tc_event *e) {
    tc_buf_adds(b, ",\"sentences\":[");
    if (!e->sentences) add_int(b, e->sentence);
    else
        for (const char *p = e->sentences; *p; p++) {
            if (*p == ',') tc_buf_addc(b, ',');
            else if (*p >= '0' && *p <= '9') tc_buf_addc(b, *p);
        }
    tc_buf_addc(b, ']');
}

static void jspan(tc_buf *b, const char *beg, const char *end, tc_span sp) {
    jint(b, beg, sp.has ? (long)sp.beg : -1, true);
    jint(b, end, sp.has ? (long)sp.end : -1, true);
}

/* event_id: <story id>-<sentence>-<rank of the event within its sentence> */
static void event_id(tc_buf *b, const struct tc_event *e, bool json) {
    if (json) jtext(b, nz(e->doc), strlen(nz(e->doc)));
    else tsv_text(b, nz(e->doc));
    tc_buf_addc(b, '-');
    add_int(b, e->sentence);
    tc_buf_addc(b, '-');
    add_int(b, e->nth > 0 ? e->nth : 1);
}

/* The event's note and the reader's note about its story, joined. */
static const char *event_note(tc_buf *tmp, const tc_story *st, const struct tc_event *e) {
    const char *sn = st ? st->note : NULL;
    if (!sn || !*sn) return e->note;
    if (!e->note || !*e->note) return sn;
    tc_buf_clear(tmp);
    tc_buf_printf(tmp, "%s; %s", sn, e->note);
    return tmp->oom ? sn : tmp->p;
}

static void event_json(tc_buf *b, tc_buf *tmp, const tc_story *st, const struct tc_event *e) {
    char d[11];
    tc_date_format(e->date, d);
    tc_buf_adds(b, "{\"event_id\":\"");
    event_id(b, e, true);
    tc_buf_addc(b, '"');
    jstr(b, "doc", e->doc, true);
    jint(b, "sentence", e->sentence, false);
    jsentences(b, e);
    jstr(b, "date", d[0] ? d : NULL, true);
    jstr(b, "date_text", e->date_text, true);
    jstr(b, "date_precision", e->date_precision, true);
    jstr(b, "source", nz(e->source), true);
    jstr(b, "source_text", nz(e->source_text), true);
    jstr(b, "target", nz(e->target), true);
    jstr(b, "target_text", nz(e->target_text), true);
    jstr(b, "code", e->code, true);
    jstr(b, "code_name", e->code_name, true);
    jstr(b, "root", e->root, true);
    jint(b, "quad", e->quad, false);
    if (e->has_goldstein) tc_buf_printf(b, ",\"goldstein\":%.1f", e->goldstein);
    else tc_buf_adds(b, ",\"goldstein\":null");
    jstr(b, "plover", e->plover, true);
    jstr(b, "plover_mode", e->plover_mode, true);
    jstr(b, "plover_context", e->plover_context, true);
    jstr(b, "acled_type", e->acled_type, true);
    jstr(b, "acled_subtype", e->acled_subtype, true);
    if (e->location.has) {
        tc_buf_adds(b, ",\"location\":{");
        jstr(b, "name", e->location.name, false);
        jstr(b, "gazetteer", e->location.gazetteer ? e->location.gazetteer : e->location.name, true);
        jstr(b, "country", e->location.country, true);
        jstr(b, "country3", e->location.country3, true);
        jstr(b, "admin1", e->location.admin1, true);
        jstr(b, "admin2", e->location.admin2, true);
        jint(b, "geonameid", e->location.geonameid ? (long)e->location.geonameid : -1, true);
        tc_buf_printf(b, ",\"lat\":%.4f,\"lon\":%.4f", e->location.lat, e->location.lon);
        jstr(b, "precision", e->location.precision, true);
        tc_buf_addc(b, '}');
    } else tc_buf_adds(b, ",\"location\":null");
    jint(b, "killed", e->killed, true);
    if (e->killed_mod) jstr(b, "killed_mod", e->killed_mod, true);
    jint(b, "injured", e->injured, true);
    if (e->injured_mod) jstr(b, "injured_mod", e->injured_mod, true);
    jstr(b, "trigger", e->trigger, true);
    jspan(b, "trigger_beg", "trigger_end", e->trigger_span);
    jspan(b, "source_beg", "source_end", e->source_span);
    jspan(b, "target_beg", "target_end", e->target_span);
    const char *note = event_note(tmp, st, e);
    if (note) jstr(b, "note", note, true);
    if (st && st->meta) {
        /* the reader's compact JSON object, kept as it is (valid UTF-8) */
        tc_buf_adds(b, ",\"story\":");
        tc_buf_adds(b, st->meta);
    }
    jstr(b, "text", e->text, true);
    tc_buf_addc(b, '}');
}

size_t tc_event_json(const tc_event *ev, char *buf, size_t cap) {
    tc_buf b, tmp;
    tc_buf_init(&b, NULL);
    tc_buf_init(&tmp, NULL);
    event_json(&b, &tmp, NULL, ev);
    size_t n = b.oom ? 0 : b.n;
    if (cap) {
        size_t k = n < cap ? n : cap - 1;
        if (k) memcpy(buf, b.p, k);
        buf[k] = 0;
    }
    tc_buf_free(&b);
    tc_buf_free(&tmp);
    return n;
}

/* ---- TSV ------------------------------------------------------------------- */

/*
 * One TSV field as pandas.read_csv(sep="\t"), readr and data.table read it
 * with their defaults: tabs, newlines and carriage returns become spaces (so
 * every row has every column on one line), bytes that are not UTF-8 are
 * read as Windows-1252, and a field holding '"' is quoted with the quotes
 * doubled (RFC 4180), since those readers treat a leading '"' as an opening
 * quote.
 */
static void tsv_text(tc_buf *b, const char *s) {
    if (!s || !*s) return;
    size_t n = strlen(s);
    tc_buf t;
    tc_buf_init(&t, b->A);
    if (!io_is_utf8(s, n)) {
        if (!io_add_utf8(&t, s, n)) { b->oom = true; tc_buf_free(&t); return; }
        s = t.p;
        n = t.n;
    }
    bool quote = memchr(s, '"', n) != NULL;
    if (quote) tc_buf_addc(b, '"');
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\t' || c == '\n' || c == '\r') tc_buf_addc(b, ' ');
        else if (c == '"') tc_buf_add(b, "\"\"", 2);
        else tc_buf_addc(b, c);
    }
    if (quote) tc_buf_addc(b, '"');
    tc_buf_free(&t);
}

static void tsv_field(tc_buf *b, const char *s, bool tab) {
    if (tab) tc_buf_addc(b, '\t');
    tsv_text(b, s);
}

static void tsv_int(tc_buf *b, long v, bool empty_if_neg) {
    tc_buf_addc(b, '\t');
    if (!(empty_if_neg && v < 0)) add_int(b, v);
}

static void actor_parts(tc_buf *b, const char *code) {
    /* Entity = first 3 letters, Role = next 3, Attribute = the rest */
    size_t n = code ? strlen(code) : 0;
    char ent[4] = "", role[4] = "";
    if (n >= 3) { memcpy(ent, code, 3); ent[3] = 0; }
    if (n >= 6) { memcpy(role, code + 3, 3); role[3] = 0; }
    tsv_field(b, code, true);
    tsv_field(b, ent, true);
    tsv_field(b, role, true);
    tsv_field(b, n > 6 ? code + 6 : "", true);
}

static int penta(const char *root) {
    int r = root ? atoi(root) : 0;
    if (r <= 0) return -1;
    return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

static void event_tsv(tc_buf *b, tc_buf *tmp, const tc_story *st, const struct tc_event *e) {
    char d[11];
    tc_date_format(e->date, d);
    event_id(b, e, false);
    /* the ISO date at its precision (2021-11-07, 2021-11, 2021), as in JSON */
    tsv_field(b, d, true);
    tsv_int(b, e->date.y > 0 ? e->date.y : -1, true);
    tsv_int(b, e->date.y > 0 && e->date.m > 0 ? e->date.m : -1, true);
    tsv_int(b, e->date.y > 0 && e->date.m > 0 && e->date.d > 0 ? e->date.d : -1, true);
    actor_parts(b, e->source);
    actor_parts(b, e->target);
    tsv_field(b, e->code, true);
    tsv_field(b, e->root, true);
    tsv_int(b, penta(e->root), true);
    if (e->has_goldstein) tc_buf_printf(b, "\t%.1f", e->goldstein); else tc_buf_addc(b, '\t');
    tc_buf_addc(b, '\t'); /* Issues */
    if (e->location.has) tc_buf_printf(b, "\t%.4f\t%.4f", e->location.lat, e->location.lon);
    else tc_buf_adds(b, "\t\t");
    tsv_field(b, e->location.name, true);
    tsv_field(b, e->location.admin1, true);
    tsv_field(b, e->location.country, true);
    tc_buf_addc(b, '\t');
    tsv_text(b, nz(e->doc));
    tc_buf_addc(b, '-');
    add_int(b, e->sentence);
    tsv_field(b, st ? st->url : NULL, true);
    tsv_field(b, st ? st->source : NULL, true);
    tsv_field(b, e->doc, true);
    tsv_int(b, e->sentence, false);
    tsv_field(b, e->sentences ? e->sentences : NULL, true);
    if (!e->sentences) add_int(b, e->sentence);
    tsv_field(b, e->date_text, true);
    tsv_field(b, e->date_precision, true);
    tsv_field(b, e->source_text, true);
    tsv_field(b, e->target_text, true);
    tsv_int(b, e->quad, false);
    tsv_field(b, e->plover, true);
    tsv_field(b, e->plover_mode, true);
    tsv_field(b, e->acled_type, true);
    tsv_field(b, e->acled_subtype, true);
    tsv_field(b, e->location.precision, true);
    tsv_int(b, e->killed, true);
    tsv_field(b, e->killed_mod, true);
    tsv_int(b, e->injured, true);
    tsv_field(b, e->injured_mod, true);
    tsv_field(b, e->trigger, true);
    tsv_field(b, event_note(tmp, st, e), true);
    tsv_field(b, e->code_name, true);
    tsv_field(b, e->plover_context, true);
    tsv_field(b, e->location.has ? e->location.country3 : NULL, true);
    tsv_field(b, e->location.has ? e->location.admin2 : NULL, true);
    tsv_int(b, e->location.has && e->location.geonameid ? (long)e->location.geonameid : -1, true);
    const tc_span *sp[3] = {&e->trigger_span, &e->source_span, &e->target_span};
    for (int k = 0; k < 3; k++) {
        tsv_int(b, sp[k]->has ? (long)sp[k]->beg : -1, true);
        tsv_int(b, sp[k]->has ? (long)sp[k]->end : -1, true);
    }
    tsv_field(b, st ? st->title : NULL, true);
    tsv_field(b, e->text, true);
    tc_buf_addc(b, '\n');
}

/* ---- SQLite ---------------------------------------------------------------- */

/* Binds text as valid UTF-8 (Windows-1252 for stray bytes). */
static void bind_text(tc_writer *w, sqlite3_stmt *s, int i, const char *v) {
    if (!v) { sqlite3_bind_null(s, i); return; }
    size_t n = strlen(v);
    if (io_is_utf8(v, n)) { sqlite3_bind_text(s, i, v, (int)n, SQLITE_TRANSIENT); return; }
    tc_buf_clear(&w->buf);
    if (io_add_utf8(&w->buf, v, n)) sqlite3_bind_text(s, i, w->buf.p, (int)w->buf.n, SQLITE_TRANSIENT);
    else sqlite3_bind_null(s, i);
}

static void bind_int(sqlite3_stmt *s, int i, long v, bool null_if_neg) {
    if (null_if_neg && v < 0) sqlite3_bind_null(s, i);
    else sqlite3_bind_int64(s, i, v);
}

static int sqlite_story(tc_writer *w, const tc_story *st, const tc_event *const *ev, int n) {
    const char *id = st->id ? st->id : "";
    char renamed[600] = "";
    bool oom = false;
    if (id_seen(w, id, &oom)) {
        /* a second story of this run under the same id: keep both */
        for (int k = 2; !oom; k++) {
            snprintf(renamed, sizeof renamed, "%s#%d", id, k);
            if (!id_seen(w, renamed, &oom)) break;
        }
    }
    if (oom) { fail(w, TC_NOMEM, "out of memory"); return w->rc; }
    const char *given = id;
    if (renamed[0]) id = renamed;
    w->in_batch++;
    sqlite3_stmt *del[2] = {w->del_events, w->del_errors};
    for (int k = 0; k < 2; k++) {
        sqlite3_reset(del[k]);
        bind_text(w, del[k], 1, id);
        if (sqlite3_step(del[k]) != SQLITE_DONE) return sql_fail(w, "delete");
    }
    if (renamed[0]) {
        char msg[1500];
        snprintf(msg, sizeof msg, "%s:%ld: story id '%s' was already written in this run; stored as '%s'",
                 st->file ? st->file : "", st->line, given, renamed);
        sqlite3_stmt *s = w->ins_error;
        sqlite3_reset(s);
        bind_text(w, s, 1, id);
        bind_text(w, s, 2, st->file);
        sqlite3_bind_int64(s, 3, st->line);
        bind_text(w, s, 4, msg);
        if (sqlite3_step(s) != SQLITE_DONE) return sql_fail(w, "insert error");
    }
    if (st->error) {
        sqlite3_stmt *s = w->ins_error;
        sqlite3_reset(s);
        bind_text(w, s, 1, id);
        bind_text(w, s, 2, st->file);
        sqlite3_bind_int64(s, 3, st->line);
        bind_text(w, s, 4, st->error);
        if (sqlite3_step(s) != SQLITE_DONE) return sql_fail(w, "insert error");
    }
    sqlite3_stmt *s = w->ins_story;
    sqlite3_reset(s);
    int c = 1;
    bind_text(w, s, c++, id);
    bind_text(w, s, c++, st->date);
    bind_text(w, s, c++, st->title);
    bind_text(w, s, c++, st->source);
    bind_text(w, s, c++, st->url);
    bind_text(w, s, c++, st->file);
    sqlite3_bind_int64(s, c++, st->line);
    if (st->error) sqlite3_bind_null(s, c++); else sqlite3_bind_int(s, c++, n);
    bind_text(w, s, c++, st->meta);
    bind_text(w, s, c++, st->note);
    if (sqlite3_step(s) != SQLITE_DONE) return sql_fail(w, "insert story");
    tc_buf tmp;
    tc_buf_init(&tmp, w->A);
    for (int i = 0; i < n; i++) {
        const struct tc_event *e = ev[i];
        char d[11];
        tc_date_format(e->date, d);
        s = w->ins_event;
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        c = 1;
        bind_text(w, s, c++, id);
        sqlite3_bind_int(s, c++, i + 1);
        sqlite3_bind_int(s, c++, e->sentence);
        tc_buf_clear(&tmp);
        jsentences(&tmp, e); /* ,"sentences":[1,4] -> the array as JSON text */
        bind_text(w, s, c++, tmp.oom ? NULL : strchr(tmp.p, '['));
        bind_text(w, s, c++, d[0] ? d : NULL);
        bind_text(w, s, c++, e->date_text);
        bind_text(w, s, c++, e->date_precision);
        bind_text(w, s, c++, nz(e->source));
        bind_text(w, s, c++, nz(e->source_text));
        bind_text(w, s, c++, nz(e->target));
        bind_text(w, s, c++, nz(e->target_text));
        bind_text(w, s, c++, e->code);
        bind_text(w, s, c++, e->root);
        sqlite3_bind_int(s, c++, e->quad);
        if (e->has_goldstein) sqlite3_bind_double(s, c++, e->goldstein); else sqlite3_bind_null(s, c++);
        bind_text(w, s, c++, e->plover);
        bind_text(w, s, c++, e->plover_mode);
        bind_text(w, s, c++, e->acled_type);
        bind_text(w, s, c++, e->acled_subtype);
        bind_text(w, s, c++, e->location.has ? e->location.name : NULL);
        bind_text(w, s, c++, e->location.has ? e->location.country : NULL);
        bind_text(w, s, c++, e->location.has ? e->location.admin1 : NULL);
        if (e->location.has) { sqlite3_bind_double(s, c++, e->location.lat); sqlite3_bind_double(s, c++, e->location.lon); }
        else { sqlite3_bind_null(s, c++); sqlite3_bind_null(s, c++); }
        bind_text(w, s, c++, e->location.has ? e->location.precision : NULL);
        bind_int(s, c++, e->killed, true);
        bind_text(w, s, c++, e->killed_mod);
        bind_int(s, c++, e->injured, true);
        bind_text(w, s, c++, e->injured_mod);
        bind_text(w, s, c++, e->trigger);
        bind_text(w, s, c++, event_note(&tmp, st, e));
        bind_text(w, s, c++, e->text);
        /* the columns of issue 15 */
        tc_buf_clear(&tmp);
        event_id(&tmp, e, false);
        bind_text(w, s, c++, tmp.oom ? NULL : tmp.p);
        bind_text(w, s, c++, e->code_name);
        bind_text(w, s, c++, e->plover_context);
        bind_text(w, s, c++, e->location.has ? e->location.country3 : NULL);
        bind_text(w, s, c++, e->location.has ? e->location.admin2 : NULL);
        bind_int(s, c++, e->location.has && e->location.geonameid ? (long)e->location.geonameid : -1, true);
        const tc_span *sp[3] = {&e->trigger_span, &e->source_span, &e->target_span};
        for (int k = 0; k < 3; k++) {
            bind_int(s, c++, sp[k]->has ? (long)sp[k]->beg : -1, true);
            bind_int(s, c++, sp[k]->has ? (long)sp[k]->end : -1, true);
        }
        if (sqlite3_step(s) != SQLITE_DONE) { tc_buf_free(&tmp); return sql_fail(w, "insert event"); }
    }
    tc_buf_free(&tmp);
    if (w->in_batch >= BATCH) return sqlite_flush(w);
    return TC_OK;
}

int tc_writer_story(tc_writer *w, const tc_story *st, const tc_event *const *ev, int n) {
    if (!w || !st) return TC_MISUSE;
    if (w->rc) return w->rc;
    if (w->fmt == TC_FMT_SQLITE) return sqlite_story(w, st, ev, n);
    tc_buf *b = &w->buf;
    tc_buf_clear(b);
    tc_buf tmp;
    tc_buf_init(&tmp, w->A);
    if (st->error) {
        if (w->fmt == TC_FMT_JSONL) {
            tc_buf_adds(b, "{");
            jstr(b, "doc", st->id ? st->id : "", false);
            jstr(b, "error", st->error, true);
            tc_buf_printf(b, ",\"line\":%ld}\n", st->line);
        } else {
            /* TSV has no error column set: errors go to stderr (as valid UTF-8) */
            tc_buf_adds(b, "tacitus: ");
            io_add_utf8(b, st->error, strlen(st->error));
            tc_buf_addc(b, '\n');
            if (!b->oom) fwrite(b->p, 1, b->n, stderr);
            tc_buf_clear(b);
        }
    } else {
        for (int i = 0; i < n; i++) {
            if (w->fmt == TC_FMT_JSONL) { event_json(b, &tmp, st, ev[i]); tc_buf_addc(b, '\n'); }
            else event_tsv(b, &tmp, st, ev[i]);
        }
    }
    tc_buf_free(&tmp);
    if (b->oom) { fail(w, TC_NOMEM, "out of memory"); return w->rc; }
    if (b->n && fwrite(b->p, 1, b->n, w->f) != b->n) { fail(w, TC_IO, "write failed"); return w->rc; }
    return TC_OK;
}

int tc_writer_close(tc_writer *w) {
    if (!w) return TC_OK;
    int rc = w->rc;
    if (w->db) {
        if (!rc && sqlite_flush(w) != TC_OK) rc = w->rc;
        sqlite3_finalize(w->ins_story);
        sqlite3_finalize(w->del_events);
        sqlite3_finalize(w->del_errors);
        sqlite3_finalize(w->ins_event);
        sqlite3_finalize(w->ins_error);
        if (sqlite3_close(w->db) != SQLITE_OK && !rc) rc = TC_IO;
    }
    if (w->f) {
        if (fflush(w->f) != 0 && !rc) rc = TC_IO;
        if (w->own_f && fclose(w->f) != 0 && !rc) rc = TC_IO;
    }
    tc_buf_free(&w->buf);
    tc_mem_free(w->A, w->ids);
    tc_mem_free(w->A, w);
    return rc;
}

int tc_writer_open_stream(tc_writer **out, tc_format fmt, FILE *f, const tc_alloc *A) {
    *out = NULL;
    if (!f || (fmt != TC_FMT_JSONL && fmt != TC_FMT_TSV)) return TC_MISUSE;
    tc_writer *w = tc_mem_calloc(A, 1, sizeof *w);
    if (!w) return TC_NOMEM;
    w->A = A;
    w->fmt = fmt;
    tc_buf_init(&w->buf, A);
    w->f = f; /* not owned: tc_writer_close flushes it only */
    if (fmt == TC_FMT_TSV) {
        for (size_t i = 0; i < TC_COUNTOF(tsv_cols); i++) fprintf(w->f, "%s%s", i ? "\t" : "", tsv_cols[i]);
        fputc('\n', w->f);
    }
    *out = w;
    return TC_OK;
}
