/*
 * report.c -- gathers what `tacitus report` shows: event records and error
 * records read back from JSON Lines or SQLite (or handed over by the coder),
 * story texts, and the optional labels (CAMEO code names, country names,
 * world outlines).  Every input takes one path: a record becomes a jansson
 * object (SQLite rows and coded events are turned into the same object the
 * JSON Lines writer prints), and add_record() files it.  Keys are read
 * defensively -- records from other versions may lack some or carry more.
 *
 * Strings are interned once (actor codes, places and sentences repeat across
 * events), so the page's data is columns of small integers plus one string
 * table; page.c writes it.
 */
#include "report/report.h"
#include "text/segment.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int rp_fail(tc_report *r, int rc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->errmsg, sizeof r->errmsg, fmt, ap);
    va_end(ap);
    return rc;
}

/* Grows *p (elements of size sz, capacity *cap) to hold n + 1; false when out of memory. */
static bool grow(tc_report *r, void **p, long *cap, long n, size_t sz) {
    if (n < *cap) return true;
    long nc = *cap ? *cap * 2 : 16;
    void *q = tc_mem_realloc(r->A, *p, (size_t)nc * sz);
    if (!q) { r->oom = true; return false; }
    *p = q;
    *cap = nc;
    return true;
}
#define GROW(r, arr, cap, n) grow32((r), (void **)&(arr), &(cap), (n), sizeof *(arr))
static bool grow32(tc_report *r, void **p, int32_t *cap, int32_t n, size_t sz) {
    long c = *cap;
    bool ok = grow(r, p, &c, n, sz);
    *cap = (int32_t)c;
    return ok;
}

/* ---- interned strings --------------------------------------------------- */

static bool rehash(tc_report *r, uint32_t nslot) {
    int32_t *s = tc_mem_alloc(r->A, nslot * sizeof *s);
    if (!s) { r->oom = true; return false; }
    for (uint32_t i = 0; i < nslot; i++) s[i] = -1;
    for (int32_t id = 0; id < r->nstr; id++) {
        uint32_t h = (uint32_t)r->str[id].hash & (nslot - 1);
        while (s[h] >= 0) h = (h + 1) & (nslot - 1);
        s[h] = id;
    }
    tc_mem_free(r->A, r->slot);
    r->slot = s;
    r->nslot = nslot;
    return true;
}

int32_t rp_intern(tc_report *r, const char *s, size_t n) {
    if (!s) return 0;
    if (n > UINT32_MAX) n = UINT32_MAX;
    uint64_t hash = tc_hash64(s, n, 0x7265706f7274ULL);
    if ((uint32_t)(r->nstr + 1) * 2 > r->nslot && !rehash(r, r->nslot ? r->nslot * 2 : 1024)) return -1;
    uint32_t h = (uint32_t)hash & (r->nslot - 1);
    for (; r->slot[h] >= 0; h = (h + 1) & (r->nslot - 1)) {
        const rp_str *x = &r->str[r->slot[h]];
        if (x->hash == hash && x->len == n && !memcmp(x->s, s, n)) return r->slot[h];
    }
    if (!GROW(r, r->str, r->capstr, r->nstr)) return -1;
    char *copy = tc_arena_strndup(&r->arena, s, n);
    if (!copy) { r->oom = true; return -1; }
    r->str[r->nstr] = (rp_str){copy, (uint32_t)n, hash, -1, -1, 0};
    r->slot[h] = r->nstr;
    return r->nstr++;
}

static int32_t intern0(tc_report *r, const char *s) { return s ? rp_intern(r, s, strlen(s)) : 0; }

/* ---- labels: code names, countries, outlines ---------------------------- */

static const char *dir_or(const char *v, const char *env, const char *dflt) {
    if (v && *v) return v;
    const char *e = getenv(env);
    return e && *e ? e : dflt;
}

static void load_countries(tc_report *r, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) return;
    char line[2048];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#') continue;
        char *fl[6];
        int k = tc_split_tabs(line, fl, 5);
        if (k < 5 || strlen(fl[0]) != 2) continue;
        void *p = r->country;
        if (!grow(r, &p, &r->capcountry, r->ncountry, sizeof *r->country)) break;
        r->country = p;
        rp_country *c = &r->country[r->ncountry];
        memcpy(c->iso2, fl[0], 3);
        c->numeric = intern0(r, fl[2]);
        c->name = intern0(r, fl[4]);
        if (c->numeric < 0 || c->name < 0) break;
        r->ncountry++;
    }
    fclose(f);
}

int tc_report_set_atlas(tc_report *r, const char *path) {
    if (!r || !path) return TC_MISUSE;
    tc_map m;
    int rc = tc_map_file(&m, path, r->A);
    if (rc == TC_NOMEM) { r->oom = true; return TC_NOMEM; }
    if (rc) {
        snprintf(r->atlas_note, sizeof r->atlas_note,
                 "no country outlines: %s could not be read (run scripts/install-deps.sh, which fetches the npm "
                 "package world-atlas, then make)", path);
        return rp_fail(r, rc, "%s: cannot read the outlines", path);
    }
    json_error_t je;
    json_t *j = json_loadb((const char *)m.p, m.n, 0, &je);
    json_t *obj = j ? json_object_get(j, "objects") : NULL;
    const char *type = j ? json_string_value(json_object_get(j, "type")) : NULL;
    if (!type || strcmp(type, "Topology") || !json_object_get(obj, "countries") ||
        !json_is_array(json_object_get(j, "arcs"))) {
        json_decref(j);
        tc_unmap(&m);
        snprintf(r->atlas_note, sizeof r->atlas_note, "no country outlines: %s is not a TopoJSON world atlas", path);
        return rp_fail(r, TC_FORMAT, "%s:%d: not a TopoJSON topology with a countries object%s%s", path,
                       j ? 1 : je.line, j ? "" : ": ", j ? "" : je.text);
    }
    json_decref(j);
    char *copy = tc_mem_alloc(r->A, m.n + 1);
    if (!copy) { tc_unmap(&m); r->oom = true; return TC_NOMEM; }
    memcpy(copy, m.p, m.n);
    copy[m.n] = 0;
    tc_mem_free(r->A, r->atlas);
    r->atlas = copy;
    r->atlas_len = m.n;
    tc_unmap(&m);
    /* the version, from the package.json the build copies beside it */
    snprintf(r->atlas_name, sizeof r->atlas_name, "Natural Earth outlines");
    char pj[4096];
    const char *slash = strrchr(path, '/');
    snprintf(pj, sizeof pj, "%.*spackage.json", slash ? (int)(slash - path + 1) : 0, path);
    json_t *p = json_load_file(pj, 0, NULL);
    const char *name = json_string_value(json_object_get(p, "name"));
    const char *ver = json_string_value(json_object_get(p, "version"));
    if (name && ver) snprintf(r->atlas_name, sizeof r->atlas_name, "Natural Earth via %s %s", name, ver);
    json_decref(p);
    r->atlas_note[0] = 0;
    return TC_OK;
}

int tc_report_new(tc_report **out, const tc_config *cfg) {
    if (!out) return TC_MISUSE;
    const tc_alloc *A = cfg ? cfg->alloc : NULL;
    tc_report *r = tc_mem_calloc(A, 1, sizeof *r);
    *out = r;
    if (!r) return TC_NOMEM;
    r->A = A;
    tc_arena_init(&r->arena, A, 1 << 20);
    tc_arena_init(&r->scratch, A, 1 << 16);
    r->stories_known = r->sentences_known = true;
    if (rp_intern(r, "", 0) != 0) { tc_report_free(r); *out = NULL; return TC_NOMEM; }
    const char *data = dir_or(cfg ? cfg->data_dir : NULL, "TACITUS_DATA", "../shared/data");
    const char *models = dir_or(cfg ? cfg->model_dir : NULL, "TACITUS_MODELS", "build/models");
    const char *project = dir_or(cfg ? cfg->project_dir : NULL, "TACITUS_PROJECT_DATA", "data");
    char path[4096];
    snprintf(path, sizeof path, "%s/crosswalk/cameo.tsv", project);
    tc_logger quiet = {NULL, NULL};
    int orc = tc_ontology_load(&r->onto, path, A, &quiet);
    if (orc != TC_OK) r->onto = NULL; /* no code names on the page */
    if (orc == TC_NOMEM) r->oom = true;
    snprintf(path, sizeof path, "%s/geo/gazetteer/countryInfo.txt", data);
    load_countries(r, path);
    snprintf(path, sizeof path, "%s/world-atlas/countries-50m.json", models);
    tc_report_set_atlas(r, path); /* optional: atlas_note says why when it fails */
    r->errmsg[0] = 0;
    if (r->oom) { tc_report_free(r); *out = NULL; return TC_NOMEM; }
    return TC_OK;
}

void tc_report_free(tc_report *r) {
    if (!r) return;
    const tc_alloc *A = r->A;
    for (int32_t i = 0; i < r->nstory; i++) tc_mem_free(A, r->story[i].parts);
    tc_mem_free(A, r->story);
    tc_mem_free(A, r->place);
    tc_mem_free(A, r->ev);
    tc_mem_free(A, r->err);
    tc_mem_free(A, r->inputs);
    tc_mem_free(A, r->str);
    tc_mem_free(A, r->slot);
    tc_mem_free(A, r->country);
    tc_mem_free(A, r->atlas);
    tc_ontology_free(r->onto);
    tc_arena_free(&r->arena);
    tc_arena_free(&r->scratch);
    tc_mem_free(A, r);
}

const char *tc_report_errmsg(const tc_report *r) { return r ? r->errmsg : "no report"; }

/* ---- stories and places ------------------------------------------------- */

static int32_t story_of(tc_report *r, int32_t id) {
    if (id < 0) return -1;
    if (r->str[id].story >= 0) return r->str[id].story;
    if (!GROW(r, r->story, r->capstory, r->nstory)) return -1;
    r->story[r->nstory] = (rp_story){.id = id};
    r->str[id].story = r->nstory;
    return r->nstory++;
}

/* The story of an id already seen, or -1 (nothing is interned). */
static int32_t find_story(const tc_report *r, const char *id) {
    size_t n = strlen(id);
    uint64_t hash = tc_hash64(id, n, 0x7265706f7274ULL);
    for (uint32_t h = (uint32_t)hash & (r->nslot - 1); r->slot[h] >= 0; h = (h + 1) & (r->nslot - 1)) {
        const rp_str *x = &r->str[r->slot[h]];
        if (x->hash == hash && x->len == n && !memcmp(x->s, id, n)) return x->story;
    }
    return -1;
}

static bool add_part(tc_report *r, rp_story *s, int32_t n, int32_t text) {
    if (text < 0) return false;
    if (s->nparts == s->cap) {
        int nc = s->cap ? s->cap * 2 : 4;
        rp_part *p = tc_mem_realloc(r->A, s->parts, (size_t)nc * sizeof *p);
        if (!p) { r->oom = true; return false; }
        s->parts = p;
        s->cap = nc;
    }
    s->parts[s->nparts++] = (rp_part){n, text};
    return true;
}

/* A sentence known from a record: kept once per story, unless the story's
   whole text is already there. */
static void known_sentence(tc_report *r, rp_story *s, int32_t n, const char *text) {
    if (s->full || n <= 0 || !text) return;
    for (int i = 0; i < s->nparts; i++)
        if (s->parts[i].n == n) return;
    add_part(r, s, n, intern0(r, text));
}

/* Replaces what is known of a story's text by the whole text, cut where the
   coder cuts sentences (tc_segment numbers them the same way). */
static int set_full_text(tc_report *r, rp_story *s, const char *text, size_t n) {
    tc_arena_reset(&r->scratch);
    tc_sent *sent = NULL;
    int ns = 0;
    size_t bad = 0;
    s->nparts = 0;
    s->full = true;
    if (tc_segment(&r->scratch, text, n, &sent, &ns, &bad) != TC_OK) ns = 0;
    size_t at = 0;
    for (int i = 0; i < ns; i++) {
        size_t beg = sent[i].doc_beg, len = strlen(sent[i].text);
        /* a span that does not match the text (never expected) is shown unmarked */
        if (beg == UINT32_MAX || beg < at || beg + len > n || memcmp(text + beg, sent[i].text, len)) continue;
        if (beg > at && !add_part(r, s, 0, rp_intern(r, text + at, beg - at))) return TC_NOMEM;
        if (!add_part(r, s, sent[i].index, rp_intern(r, text + beg, len))) return TC_NOMEM;
        at = beg + len;
    }
    if (at < n && !add_part(r, s, 0, rp_intern(r, text + at, n - at))) return TC_NOMEM;
    return r->oom ? TC_NOMEM : TC_OK;
}

static int32_t place_of(tc_report *r, const char *name, const char *cc, const char *a1, const char *prec,
                        double lat, double lon) {
    char key[1024];
    int k = snprintf(key, sizeof key, "\x1f%s\x1f%s\x1f%.4f\x1f%.4f", name ? name : "", cc ? cc : "", lat, lon);
    if (k < 0 || (size_t)k >= sizeof key) k = (int)sizeof key - 1;
    int32_t id = rp_intern(r, key, (size_t)k);
    if (id < 0) return -1;
    if (r->str[id].place >= 0) return r->str[id].place;
    if (!GROW(r, r->place, r->capplace, r->nplace)) return -1;
    r->place[r->nplace] = (rp_place){intern0(r, name), intern0(r, cc), intern0(r, a1), intern0(r, prec), lat, lon};
    r->str[id].place = r->nplace;
    return r->nplace++;
}

/* ---- records ------------------------------------------------------------- */

static const char *jstr(const json_t *o, const char *key) { return json_string_value(json_object_get(o, key)); }

/* An id as text: strings as they are, numbers in their text form. */
static const char *jid(const json_t *o, const char *key, char *buf, size_t cap) {
    const json_t *v = json_object_get(o, key);
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_integer(v)) { snprintf(buf, cap, "%" JSON_INTEGER_FORMAT, json_integer_value(v)); return buf; }
    if (json_is_real(v)) { snprintf(buf, cap, "%.17g", json_real_value(v)); return buf; }
    return NULL;
}

static int32_t jint(const json_t *o, const char *key) {
    const json_t *v = json_object_get(o, key);
    if (json_is_integer(v)) {
        json_int_t x = json_integer_value(v);
        return x > INT32_MAX ? INT32_MAX : x <= RP_NONE ? RP_NONE + 1 : (int32_t)x;
    }
    if (json_is_real(v)) return (int32_t)json_real_value(v);
    if (json_is_string(v)) { /* SQLite text columns, older writers */
        char *end;
        long x = strtol(json_string_value(v), &end, 10);
        if (end != json_string_value(v) && !*end) return (int32_t)x;
    }
    return RP_NONE;
}

static bool jnum(const json_t *o, const char *key, double *out) {
    const json_t *v = json_object_get(o, key);
    if (!json_is_number(v)) return false;
    *out = json_number_value(v);
    return true;
}

/* Story fields that may sit on the record or in its "story" object. */
static void story_meta(tc_report *r, rp_story *s, const json_t *o) {
    const json_t *so = json_object_get(o, "story");
    if (!json_is_object(so)) so = NULL;
    const char *keys[] = {"title", "url", "date"};
    int32_t *slots[] = {&s->title, &s->url, &s->date};
    for (int i = 0; i < 3; i++) {
        if (*slots[i]) continue;
        const char *v = so ? jstr(so, keys[i]) : NULL;
        if (!v && i < 2) v = jstr(o, keys[i]);
        if (v && *v) *slots[i] = intern0(r, v);
    }
    if (!s->source && so) {
        const char *v = jstr(so, "source");
        const json_t *arr = json_object_get(so, "sources");
        if (!v && json_is_array(arr) && json_array_size(arr))
            v = json_is_string(json_array_get(arr, 0)) ? json_string_value(json_array_get(arr, 0))
                                                        : jstr(json_array_get(arr, 0), "name");
        if (v && *v) s->source = intern0(r, v);
    }
}

/* "1,2,4" from a string or an array of numbers; 0 when absent. */
static int32_t sentence_list(tc_report *r, const json_t *v) {
    if (json_is_string(v) && json_string_value(v)[0] == '[') {
        /* SQLite keeps the list as its JSON text ("[3,5]") */
        json_t *a = json_loads(json_string_value(v), 0, NULL);
        int32_t k = a && json_is_array(a) ? sentence_list(r, a) : intern0(r, "");
        json_decref(a);
        return k;
    }
    if (json_is_string(v)) return intern0(r, json_string_value(v));
    if (!json_is_array(v) || !json_array_size(v)) return 0;
    char buf[2048];
    size_t n = 0;
    for (size_t i = 0; i < json_array_size(v) && n + 24 < sizeof buf; i++) {
        const json_t *x = json_array_get(v, i);
        if (!json_is_integer(x)) continue;
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%" JSON_INTEGER_FORMAT, n ? "," : "", json_integer_value(x));
    }
    return rp_intern(r, buf, n);
}

static int add_error(tc_report *r, const char *doc, const char *msg, long line) {
    void *p = r->err;
    if (!grow(r, &p, &r->caperr, r->nerr, sizeof *r->err)) return TC_NOMEM;
    r->err = p;
    int32_t d = intern0(r, doc ? doc : ""), m = intern0(r, msg);
    if (d < 0 || m < 0) return TC_NOMEM;
    story_of(r, d);
    r->err[r->nerr++] = (rp_error){d, m, line};
    return r->oom ? TC_NOMEM : TC_OK;
}

/* Files one record (an event or an error record).  Returns TC_OK,
   TC_FORMAT (not a record: no "doc"), TC_NOMEM. */
static int add_record(tc_report *r, const json_t *o) {
    char idbuf[64];
    const char *doc = jid(o, "doc", idbuf, sizeof idbuf);
    const char *error = jstr(o, "error");
    if (error) {
        const json_t *lv = json_object_get(o, "line");
        return add_error(r, doc, error, json_is_integer(lv) ? (long)json_integer_value(lv) : 0);
    }
    if (!doc) return TC_FORMAT;
    int32_t si = story_of(r, intern0(r, doc));
    if (si < 0) return TC_NOMEM;
    rp_story *s = &r->story[si];
    story_meta(r, s, o);
    void *p = r->ev;
    if (!grow(r, &p, &r->capev, r->nev, sizeof *r->ev)) return TC_NOMEM;
    r->ev = p;
    rp_event e = {.story = si, .place = -1, .day = RP_NONE};
    e.sent = jint(o, "sentence");
    e.sents = sentence_list(r, json_object_get(o, "sentences"));
    known_sentence(r, s, e.sent, jstr(o, "text"));
    const char *date = jstr(o, "date");
    tc_date d;
    if (date && strlen(date) == 10 && tc_date_parse(date, 10, &d) && tc_date_valid(d)) e.day = tc_date_to_days(d);
    e.date = intern0(r, date);
    e.prec = intern0(r, jstr(o, "date_precision"));
    e.date_text = intern0(r, jstr(o, "date_text"));
    e.src = intern0(r, jstr(o, "source"));
    e.src_text = intern0(r, jstr(o, "source_text"));
    e.tgt = intern0(r, jstr(o, "target"));
    e.tgt_text = intern0(r, jstr(o, "target_text"));
    const char *code = jstr(o, "code");
    e.code = intern0(r, code);
    const char *root = jstr(o, "root");
    char root2[3] = "";
    if ((!root || !*root) && code && strlen(code) >= 2) { memcpy(root2, code, 2); root = root2; }
    e.root = intern0(r, root);
    e.quad = jint(o, "quad");
    if ((e.quad == RP_NONE || e.quad < 1 || e.quad > 4) && root) e.quad = tc_cameo_quad_of_root(root);
    if (e.quad == RP_NONE || e.quad < 0 || e.quad > 4) e.quad = 0;
    double g;
    e.gold10 = jnum(o, "goldstein", &g) ? (int32_t)(g * 10 + (g < 0 ? -0.5 : 0.5)) : RP_NONE;
    const char *cname = jstr(o, "code_name");
    if (cname && *cname && e.code > 0 && !r->str[e.code].name) {
        int32_t n = intern0(r, cname);
        if (n > 0) r->str[e.code].name = n;
    }
    const json_t *loc = json_object_get(o, "location");
    double lat, lon;
    if (json_is_object(loc) && jnum(loc, "lat", &lat) && jnum(loc, "lon", &lon) && lat >= -90 && lat <= 90 &&
        lon >= -180 && lon <= 180)
        e.place = place_of(r, jstr(loc, "name"), jstr(loc, "country"), jstr(loc, "admin1"), jstr(loc, "precision"),
                           lat, lon);
    e.killed = jint(o, "killed");
    e.injured = jint(o, "injured");
    e.kmod = intern0(r, jstr(o, "killed_mod"));
    e.imod = intern0(r, jstr(o, "injured_mod"));
    e.trigger = intern0(r, jstr(o, "trigger"));
    e.plover = intern0(r, jstr(o, "plover"));
    e.acled = intern0(r, jstr(o, "acled_type"));
    e.acled_sub = intern0(r, jstr(o, "acled_subtype"));
    e.note = intern0(r, jstr(o, "note"));
    e.id = intern0(r, jid(o, "event_id", idbuf, sizeof idbuf));
    if (r->oom) return TC_NOMEM;
    r->ev[r->nev++] = e;
    return TC_OK;
}

static int note_input(tc_report *r, const char *path) {
    r->any_input = true;
    long cap = r->capinputs;
    void *p = r->inputs;
    if (!grow(r, &p, &cap, r->ninputs, sizeof *r->inputs)) return TC_NOMEM;
    r->inputs = p;
    r->capinputs = (int)cap;
    int32_t id = intern0(r, path);
    if (id < 0) return TC_NOMEM;
    r->inputs[r->ninputs++] = id;
    return TC_OK;
}

static void warn_at(void (*warn)(void *, const char *), void *ud, const char *fmt, ...) TC_PRINTF(3, 4);
static void warn_at(void (*warn)(void *, const char *), void *ud, const char *fmt, ...) {
    char m[700];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m, sizeof m, fmt, ap);
    va_end(ap);
    if (warn) warn(ud, m);
    else fprintf(stderr, "%s\n", m);
}

/* ---- JSON Lines ---------------------------------------------------------- */

static int add_jsonl(tc_report *r, const char *path, gzFile gz, void (*warn)(void *, const char *), void *ud) {
    r->stories_known = r->sentences_known = false; /* stories without events leave no line */
    tc_buf line;
    tc_buf_init(&line, r->A);
    char chunk[65536];
    long ln = 0;
    int rc = TC_OK;
    bool eof = false;
    while (!eof && rc == TC_OK) {
        tc_buf_clear(&line);
        for (;;) {
            if (!gzgets(gz, chunk, sizeof chunk)) { eof = true; break; }
            size_t k = strlen(chunk);
            if (!tc_buf_add(&line, chunk, k)) { rc = TC_NOMEM; break; }
            if (k && chunk[k - 1] == '\n') break;
        }
        if (rc || (eof && !line.n)) break;
        ln++;
        size_t n = line.n;
        while (n && (line.p[n - 1] == '\n' || line.p[n - 1] == '\r')) n--;
        size_t b = 0;
        while (b < n && (line.p[b] == ' ' || line.p[b] == '\t')) b++;
        if (b == n) continue; /* blank lines are no records */
        json_error_t je;
        json_t *o = json_loadb(line.p + b, n - b, 0, &je);
        if (!json_is_object(o)) {
            r->skipped++;
            warn_at(warn, ud, "%s:%ld: %s", path, ln, o ? "not a JSON object" : je.text);
        } else {
            int k = add_record(r, o);
            if (k == TC_FORMAT) {
                r->skipped++;
                warn_at(warn, ud, "%s:%ld: no \"doc\": not an event or error record", path, ln);
            } else rc = k;
        }
        json_decref(o);
    }
    int gerr = 0;
    const char *gmsg = gzerror(gz, &gerr);
    if (rc == TC_OK && gerr != Z_OK && gerr != Z_STREAM_END) rc = rp_fail(r, TC_IO, "%s:%ld: read error (%s)", path, ln + 1, gmsg);
    tc_buf_free(&line);
    if (rc == TC_NOMEM) rp_fail(r, rc, "out of memory reading %s", path);
    return rc;
}

/* ---- SQLite -------------------------------------------------------------- */

/* A row as a JSON object keyed by column name, with the location columns
   gathered into "location" as the JSON Lines writer does. */
static json_t *row_object(sqlite3_stmt *st) {
    json_t *o = json_object(), *loc = json_object();
    if (!o || !loc) { json_decref(o); json_decref(loc); return NULL; }
    int nc = sqlite3_column_count(st);
    for (int c = 0; c < nc; c++) {
        const char *name = sqlite3_column_name(st, c);
        json_t *v = NULL;
        switch (sqlite3_column_type(st, c)) {
        case SQLITE_INTEGER: v = json_integer(sqlite3_column_int64(st, c)); break;
        case SQLITE_FLOAT: v = json_real(sqlite3_column_double(st, c)); break;
        case SQLITE_TEXT: v = json_stringn((const char *)sqlite3_column_text(st, c), (size_t)sqlite3_column_bytes(st, c)); break;
        default: continue; /* NULL and blobs: absent */
        }
        if (!v) continue;
        if (!strcmp(name, "story_id")) json_object_set_new(o, "doc", v);
        else if (!strcmp(name, "location_name")) json_object_set_new(loc, "name", v);
        else if (!strcmp(name, "location_precision")) json_object_set_new(loc, "precision", v);
        else if (!strcmp(name, "country") || !strcmp(name, "admin1") || !strcmp(name, "lat") || !strcmp(name, "lon"))
            json_object_set_new(loc, name, v);
        else json_object_set_new(o, name, v);
    }
    json_object_set_new(o, "location", loc);
    return o;
}

static int add_sqlite(tc_report *r, const char *path) {
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    int rc = TC_OK;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        rc = rp_fail(r, TC_IO, "%s: cannot open as SQLite: %s", path, db ? sqlite3_errmsg(db) : "out of memory");
        goto done;
    }
    const char *q[2] = {"SELECT * FROM events ORDER BY rowid", "SELECT story_id AS doc, error, line FROM errors ORDER BY rowid"};
    for (int k = 0; k < 2; k++) {
        if (sqlite3_prepare_v2(db, q[k], -1, &st, NULL) != SQLITE_OK) {
            rc = rp_fail(r, TC_FORMAT, "%s: %s table unreadable: %s", path, k ? "errors" : "events", sqlite3_errmsg(db));
            goto done;
        }
        int s;
        while ((s = sqlite3_step(st)) == SQLITE_ROW) {
            json_t *o = row_object(st);
            if (!o) { rc = TC_NOMEM; goto done; }
            if (k == 1 && !json_object_get(o, "error")) json_object_set_new(o, "error", json_string(""));
            int a = add_record(r, o);
            json_decref(o);
            if (a == TC_FORMAT) r->skipped++;
            else if (a) { rc = a; goto done; }
        }
        if (s != SQLITE_DONE) { rc = rp_fail(r, TC_IO, "%s: %s", path, sqlite3_errmsg(db)); goto done; }
        sqlite3_finalize(st);
        st = NULL;
    }
    /* stories: all counted (those without events too); metadata for those shown */
    if (sqlite3_prepare_v2(db, "SELECT * FROM stories", -1, &st, NULL) != SQLITE_OK) {
        rc = rp_fail(r, TC_FORMAT, "%s: no stories table: not written by tacitus code (%s)", path, sqlite3_errmsg(db));
        goto done;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        r->stories++;
        json_t *o = row_object(st);
        if (!o) { rc = TC_NOMEM; goto done; }
        const char *id = jstr(o, "id");
        int32_t si = id ? find_story(r, id) : -1;
        if (si >= 0) {
            json_t *wrap = json_pack("{sO}", "story", o);
            if (wrap) story_meta(r, &r->story[si], wrap);
            json_decref(wrap);
        }
        json_decref(o);
        if (r->oom) { rc = TC_NOMEM; goto done; }
    }
    r->sentences_known = false;
done:
    sqlite3_finalize(st);
    sqlite3_close(db);
    if (rc == TC_NOMEM) rp_fail(r, rc, "out of memory reading %s", path);
    return rc;
}

int tc_report_add_file(tc_report *r, const char *path, void (*warn)(void *, const char *), void *ud) {
    if (!r || !path) return TC_MISUSE;
    if (note_input(r, path)) return TC_NOMEM;
    bool in = !strcmp(path, "-");
    if (!in) {
        FILE *f = fopen(path, "rb");
        if (!f) return rp_fail(r, TC_IO, "%s: cannot open", path);
        char magic[16] = "";
        size_t k = fread(magic, 1, sizeof magic, f);
        fclose(f);
        if (k == 16 && !memcmp(magic, "SQLite format 3", 16)) return add_sqlite(r, path);
    }
    gzFile gz = in ? gzdopen(0, "rb") : gzopen(path, "rb");
    if (!gz) return rp_fail(r, TC_IO, "%s: cannot open", path);
    int rc = add_jsonl(r, in ? "stdin" : path, gz, warn, ud);
    if (in) gzclose_r(gz); /* closes fd 0 too, as the input is used up */
    else gzclose(gz);
    return rc;
}

/* ---- stories handed over by the coder ------------------------------------ */

int tc_report_add_story(tc_report *r, const tc_story *st, const tc_event *const *ev, int n, int nsent) {
    if (!r || !st || n < 0 || (n && !ev)) return TC_MISUSE;
    r->stories++;
    if (st->file && (!r->ninputs || strcmp(r->str[r->inputs[r->ninputs - 1]].s, st->file)) && note_input(r, st->file))
        return TC_NOMEM;
    r->any_input = true;
    if (st->error) return add_error(r, st->id, st->error, st->line);
    r->sentences += nsent;
    if (!n) return TC_OK; /* a story without events is counted, not shown */
    int32_t si = story_of(r, intern0(r, st->id ? st->id : ""));
    if (si < 0) return TC_NOMEM;
    rp_story *s = &r->story[si];
    if (!s->date && st->date) s->date = intern0(r, st->date);
    if (!s->title && st->title) s->title = intern0(r, st->title);
    if (!s->url && st->url) s->url = intern0(r, st->url);
    if (!s->source && st->source) s->source = intern0(r, st->source);
    if (st->text && set_full_text(r, &r->story[si], st->text, st->text_len)) return TC_NOMEM;
    tc_buf b;
    tc_buf_init(&b, r->A);
    int rc = TC_OK;
    for (int i = 0; i < n && rc == TC_OK; i++) {
        tc_buf_clear(&b);
        size_t need = tc_event_json(ev[i], NULL, 0);
        if (!tc_buf_reserve(&b, need + 1)) { rc = TC_NOMEM; break; }
        tc_event_json(ev[i], b.p, need + 1);
        json_t *o = json_loadb(b.p, need, 0, NULL);
        rc = o ? add_record(r, o) : TC_NOMEM;
        json_decref(o);
    }
    tc_buf_free(&b);
    return rc == TC_FORMAT ? TC_OK : rc;
}

int tc_report_add_text(tc_report *r, const tc_story *st) {
    if (!r || !st || st->error || !st->text || !st->id) return TC_MISUSE;
    int32_t si = find_story(r, st->id);
    if (si < 0) return TC_OK; /* no record names it */
    rp_story *s = &r->story[si];
    if (!s->title && st->title) s->title = intern0(r, st->title);
    if (!s->url && st->url) s->url = intern0(r, st->url);
    return set_full_text(r, s, st->text, st->text_len);
}

void tc_report_get_stats(const tc_report *r, tc_report_stats *st) {
    memset(st, 0, sizeof *st);
    if (!r) return;
    st->stories = r->stories_known && r->any_input ? r->stories : -1;
    st->sentences = r->sentences_known && r->any_input ? r->sentences : -1;
    st->stories_seen = r->nstory; /* stories are made by event and error records only */
    st->events = r->nev;
    st->errors = r->nerr;
    st->skipped = r->skipped;
    st->places = r->nplace;
    for (long i = 0; i < r->nev; i++) {
        st->located += r->ev[i].place >= 0;
        st->dated += r->ev[i].day != RP_NONE;
    }
}
