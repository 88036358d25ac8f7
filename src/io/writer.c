/*
 * writer.c -- event output: JSON Lines (the default), TSV in the Phoenix
 * column order followed by tacitus's own columns, and SQLite (tables
 * stories, events, errors).  One small interface for all three: a story's
 * events (or its error record) are written together, so SQLite can replace a
 * re-coded story's rows in one step instead of duplicating them.
 */
#include "code/event.h"
#include "core/core.h"

#include <sqlite3.h>
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
    int in_batch;
    int rc;
    tc_buf buf;
    char errmsg[512];
};

/* Phoenix dataset columns, then ours. */
static const char *const tsv_cols[] = {
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
    "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
    "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
    /* tacitus */
    "doc", "sentence", "sentences", "date_text", "date_precision", "source_text", "target_text", "quad",
    "plover", "plover_mode", "acled_type", "acled_subtype", "location_precision", "killed", "killed_mod",
    "injured", "injured_mod", "trigger", "note", "text"};

static const char *nz(const char *s) { return s ? s : ""; }

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

static const char *schema =
    "CREATE TABLE IF NOT EXISTS stories(id TEXT PRIMARY KEY, date TEXT, title TEXT, source TEXT, url TEXT,"
    " file TEXT, line INTEGER, events INTEGER);"
    "CREATE TABLE IF NOT EXISTS events(story_id TEXT NOT NULL, seq INTEGER NOT NULL, sentence INTEGER,"
    " sentences TEXT, date TEXT, date_text TEXT, date_precision TEXT, source TEXT, source_text TEXT,"
    " target TEXT, target_text TEXT, code TEXT, root TEXT, quad INTEGER, goldstein REAL, plover TEXT,"
    " plover_mode TEXT, acled_type TEXT, acled_subtype TEXT, location_name TEXT, country TEXT, admin1 TEXT,"
    " lat REAL, lon REAL, location_precision TEXT, killed INTEGER, killed_mod TEXT, injured INTEGER,"
    " injured_mod TEXT, trigger TEXT, note TEXT, text TEXT, PRIMARY KEY(story_id, seq));"
    "CREATE TABLE IF NOT EXISTS errors(story_id TEXT, file TEXT, line INTEGER, error TEXT);"
    "CREATE INDEX IF NOT EXISTS errors_story ON errors(story_id);"
    "CREATE INDEX IF NOT EXISTS events_code ON events(code);";

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
        sqlite3_busy_timeout(w->db, 5000);
        if (sqlite3_exec(w->db, schema, NULL, NULL, NULL) != SQLITE_OK) return sql_fail(w, "schema");
        sqlite3_exec(w->db, "PRAGMA synchronous=NORMAL; PRAGMA journal_mode=WAL;", NULL, NULL, NULL);
        if (sqlite3_prepare_v2(w->db, "INSERT OR REPLACE INTO stories VALUES(?,?,?,?,?,?,?,?)", -1, &w->ins_story, NULL) ||
            sqlite3_prepare_v2(w->db, "DELETE FROM events WHERE story_id=?", -1, &w->del_events, NULL) ||
            sqlite3_prepare_v2(w->db, "DELETE FROM errors WHERE story_id=?", -1, &w->del_errors, NULL) ||
            sqlite3_prepare_v2(w->db, "INSERT INTO events VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                               -1, &w->ins_event, NULL) ||
            sqlite3_prepare_v2(w->db, "INSERT INTO errors VALUES(?,?,?,?)", -1, &w->ins_error, NULL))
            return sql_fail(w, "prepare");
        return TC_OK;
    }
    if (!path || !strcmp(path, "-")) w->f = stdout;
    else {
        w->f = fopen(path, "w");
        if (!w->f) {
            char m[400];
            snprintf(m, sizeof m, "%s: cannot open for writing", path);
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

static void add_int(tc_buf *b, long v) {
    char t[24];
    int n = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do { t[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) t[n++] = '-';
    while (n) tc_buf_addc(b, t[--n]);
}

static void jstr(tc_buf *b, const char *key, const char *v, bool comma) {
    if (comma) tc_buf_addc(b, ',');
    jkey(b, key);
    if (!v) { tc_buf_adds(b, "null"); return; }
    tc_buf_addc(b, '"');
    tc_buf_add_json(b, v, strlen(v));
    tc_buf_addc(b, '"');
}

static void jint(tc_buf *b, const char *key, int v, bool null_if_neg) {
    tc_buf_addc(b, ',');
    jkey(b, key);
    if (null_if_neg && v < 0) tc_buf_adds(b, "null");
    else add_int(b, v);
}

static void event_json(tc_buf *b, const struct tc_event *e) {
    char d[11];
    tc_date_format(e->date, d);
    tc_buf_addc(b, '{');
    jstr(b, "doc", e->doc, false);
    jint(b, "sentence", e->sentence, false);
    if (e->sentences) jstr(b, "sentences", e->sentences, true);
    jstr(b, "date", d[0] ? d : NULL, true);
    jstr(b, "date_text", e->date_text, true);
    jstr(b, "date_precision", e->date_precision, true);
    jstr(b, "source", nz(e->source), true);
    jstr(b, "source_text", nz(e->source_text), true);
    jstr(b, "target", nz(e->target), true);
    jstr(b, "target_text", nz(e->target_text), true);
    jstr(b, "code", e->code, true);
    jstr(b, "root", e->root, true);
    jint(b, "quad", e->quad, false);
    if (e->has_goldstein) tc_buf_printf(b, ",\"goldstein\":%.1f", e->goldstein);
    else tc_buf_adds(b, ",\"goldstein\":null");
    jstr(b, "plover", e->plover, true);
    jstr(b, "plover_mode", e->plover_mode, true);
    jstr(b, "acled_type", e->acled_type, true);
    jstr(b, "acled_subtype", e->acled_subtype, true);
    if (e->location.has) {
        tc_buf_adds(b, ",\"location\":{");
        jstr(b, "name", e->location.name, false);
        jstr(b, "country", e->location.country, true);
        jstr(b, "admin1", e->location.admin1, true);
        tc_buf_printf(b, ",\"lat\":%.4f,\"lon\":%.4f", e->location.lat, e->location.lon);
        jstr(b, "precision", e->location.precision, true);
        tc_buf_addc(b, '}');
    } else tc_buf_adds(b, ",\"location\":null");
    jint(b, "killed", e->killed, true);
    if (e->killed_mod) jstr(b, "killed_mod", e->killed_mod, true);
    jint(b, "injured", e->injured, true);
    if (e->injured_mod) jstr(b, "injured_mod", e->injured_mod, true);
    if (e->trigger) jstr(b, "trigger", e->trigger, true);
    if (e->note) jstr(b, "note", e->note, true);
    jstr(b, "text", e->text, true);
    tc_buf_addc(b, '}');
}

size_t tc_event_json(const tc_event *ev, char *buf, size_t cap) {
    tc_buf b;
    tc_buf_init(&b, NULL);
    event_json(&b, ev);
    size_t n = b.oom ? 0 : b.n;
    if (cap) {
        size_t k = n < cap ? n : cap - 1;
        if (k) memcpy(buf, b.p, k);
        buf[k] = 0;
    }
    tc_buf_free(&b);
    return n;
}

/* ---- TSV ------------------------------------------------------------------- */

static void tsv_field(tc_buf *b, const char *s, bool tab) {
    if (tab) tc_buf_addc(b, '\t');
    for (; s && *s; s++) tc_buf_addc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
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

static void event_tsv(tc_buf *b, const tc_story *st, const struct tc_event *e, int seq) {
    char d[11], d8[9] = "";
    tc_date_format(e->date, d);
    if (e->date.y > 0)
        snprintf(d8, sizeof d8, "%04d%02d%02d", e->date.y % 10000, e->date.m > 0 ? e->date.m % 100 : 0,
                 e->date.d > 0 ? e->date.d % 100 : 0);
    tc_buf_printf(b, "%s-%d", nz(e->doc), seq);
    tsv_field(b, d8, true);
    tc_buf_printf(b, "\t%d\t%d\t%d", e->date.y, e->date.m, e->date.d);
    actor_parts(b, e->source);
    actor_parts(b, e->target);
    tsv_field(b, e->code, true);
    tsv_field(b, e->root, true);
    int p = penta(e->root);
    if (p >= 0) tc_buf_printf(b, "\t%d", p); else tc_buf_addc(b, '\t');
    if (e->has_goldstein) tc_buf_printf(b, "\t%.1f", e->goldstein); else tc_buf_addc(b, '\t');
    tc_buf_addc(b, '\t'); /* Issues */
    if (e->location.has) tc_buf_printf(b, "\t%.4f\t%.4f", e->location.lat, e->location.lon);
    else tc_buf_adds(b, "\t\t");
    tsv_field(b, e->location.name, true);
    tsv_field(b, e->location.admin1, true);
    tsv_field(b, e->location.country, true);
    tc_buf_printf(b, "\t%s-%d", nz(e->doc), e->sentence);
    tsv_field(b, st ? st->url : NULL, true);
    tsv_field(b, st ? st->source : NULL, true);
    tsv_field(b, e->doc, true);
    tc_buf_printf(b, "\t%d", e->sentence);
    tsv_field(b, e->sentences, true);
    (void)d;
    tsv_field(b, e->date_text, true);
    tsv_field(b, e->date_precision, true);
    tsv_field(b, e->source_text, true);
    tsv_field(b, e->target_text, true);
    tc_buf_printf(b, "\t%d", e->quad);
    tsv_field(b, e->plover, true);
    tsv_field(b, e->plover_mode, true);
    tsv_field(b, e->acled_type, true);
    tsv_field(b, e->acled_subtype, true);
    tsv_field(b, e->location.precision, true);
    if (e->killed >= 0) tc_buf_printf(b, "\t%d", e->killed); else tc_buf_addc(b, '\t');
    tsv_field(b, e->killed_mod, true);
    if (e->injured >= 0) tc_buf_printf(b, "\t%d", e->injured); else tc_buf_addc(b, '\t');
    tsv_field(b, e->injured_mod, true);
    tsv_field(b, e->trigger, true);
    tsv_field(b, e->note, true);
    tsv_field(b, e->text, true);
    tc_buf_addc(b, '\n');
}

/* ---- SQLite ---------------------------------------------------------------- */

static void bind_text(sqlite3_stmt *s, int i, const char *v) {
    if (v) sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(s, i);
}

static int sqlite_story(tc_writer *w, const tc_story *st, const tc_event *const *ev, int n) {
    const char *id = st->id ? st->id : "";
    if (!w->in_batch) {
        if (sqlite3_exec(w->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) return sql_fail(w, "begin");
        w->in_batch = 0;
    }
    w->in_batch++;
    sqlite3_stmt *del[2] = {w->del_events, w->del_errors};
    for (int k = 0; k < 2; k++) {
        sqlite3_reset(del[k]);
        bind_text(del[k], 1, id);
        if (sqlite3_step(del[k]) != SQLITE_DONE) return sql_fail(w, "delete");
    }
    if (st->error) {
        sqlite3_stmt *s = w->ins_error;
        sqlite3_reset(s);
        bind_text(s, 1, id);
        bind_text(s, 2, st->file);
        sqlite3_bind_int64(s, 3, st->line);
        bind_text(s, 4, st->error);
        if (sqlite3_step(s) != SQLITE_DONE) return sql_fail(w, "insert error");
    }
    sqlite3_stmt *s = w->ins_story;
    sqlite3_reset(s);
    bind_text(s, 1, id);
    bind_text(s, 2, st->date);
    bind_text(s, 3, st->title);
    bind_text(s, 4, st->source);
    bind_text(s, 5, st->url);
    bind_text(s, 6, st->file);
    sqlite3_bind_int64(s, 7, st->line);
    if (st->error) sqlite3_bind_null(s, 8); else sqlite3_bind_int(s, 8, n);
    if (sqlite3_step(s) != SQLITE_DONE) return sql_fail(w, "insert story");
    for (int i = 0; i < n; i++) {
        const struct tc_event *e = ev[i];
        char d[11];
        tc_date_format(e->date, d);
        s = w->ins_event;
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        int c = 1;
        bind_text(s, c++, id);
        sqlite3_bind_int(s, c++, i + 1);
        sqlite3_bind_int(s, c++, e->sentence);
        bind_text(s, c++, e->sentences);
        bind_text(s, c++, d[0] ? d : NULL);
        bind_text(s, c++, e->date_text);
        bind_text(s, c++, e->date_precision);
        bind_text(s, c++, nz(e->source));
        bind_text(s, c++, nz(e->source_text));
        bind_text(s, c++, nz(e->target));
        bind_text(s, c++, nz(e->target_text));
        bind_text(s, c++, e->code);
        bind_text(s, c++, e->root);
        sqlite3_bind_int(s, c++, e->quad);
        if (e->has_goldstein) sqlite3_bind_double(s, c++, e->goldstein); else sqlite3_bind_null(s, c++);
        bind_text(s, c++, e->plover);
        bind_text(s, c++, e->plover_mode);
        bind_text(s, c++, e->acled_type);
        bind_text(s, c++, e->acled_subtype);
        bind_text(s, c++, e->location.has ? e->location.name : NULL);
        bind_text(s, c++, e->location.has ? e->location.country : NULL);
        bind_text(s, c++, e->location.has ? e->location.admin1 : NULL);
        if (e->location.has) { sqlite3_bind_double(s, c++, e->location.lat); sqlite3_bind_double(s, c++, e->location.lon); }
        else { sqlite3_bind_null(s, c++); sqlite3_bind_null(s, c++); }
        bind_text(s, c++, e->location.has ? e->location.precision : NULL);
        if (e->killed >= 0) sqlite3_bind_int(s, c++, e->killed); else sqlite3_bind_null(s, c++);
        bind_text(s, c++, e->killed_mod);
        if (e->injured >= 0) sqlite3_bind_int(s, c++, e->injured); else sqlite3_bind_null(s, c++);
        bind_text(s, c++, e->injured_mod);
        bind_text(s, c++, e->trigger);
        bind_text(s, c++, e->note);
        bind_text(s, c++, e->text);
        if (sqlite3_step(s) != SQLITE_DONE) return sql_fail(w, "insert event");
    }
    if (w->in_batch >= 500) {
        if (sqlite3_exec(w->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) return sql_fail(w, "commit");
        w->in_batch = 0;
    }
    return TC_OK;
}

int tc_writer_story(tc_writer *w, const tc_story *st, const tc_event *const *ev, int n) {
    if (!w || !st) return TC_MISUSE;
    if (w->rc) return w->rc;
    if (w->fmt == TC_FMT_SQLITE) return sqlite_story(w, st, ev, n);
    tc_buf *b = &w->buf;
    tc_buf_clear(b);
    if (st->error) {
        if (w->fmt == TC_FMT_JSONL) {
            tc_buf_adds(b, "{");
            jstr(b, "doc", st->id ? st->id : "", false);
            jstr(b, "error", st->error, true);
            tc_buf_printf(b, ",\"line\":%ld}\n", st->line);
        } else {
            /* TSV has no error column set: errors go to stderr */
            fprintf(stderr, "tacitus: %s\n", st->error);
        }
    } else {
        for (int i = 0; i < n; i++) {
            if (w->fmt == TC_FMT_JSONL) { event_json(b, ev[i]); tc_buf_addc(b, '\n'); }
            else event_tsv(b, st, ev[i], i + 1);
        }
    }
    if (b->oom) { fail(w, TC_NOMEM, "out of memory"); return w->rc; }
    if (b->n && fwrite(b->p, 1, b->n, w->f) != b->n) { fail(w, TC_IO, "write failed"); return w->rc; }
    return TC_OK;
}

int tc_writer_close(tc_writer *w) {
    if (!w) return TC_OK;
    int rc = w->rc;
    if (w->db) {
        if (w->in_batch && sqlite3_exec(w->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK && !rc) rc = TC_IO;
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
