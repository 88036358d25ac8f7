/*
 * eval_stories.c -- the whole pipeline scored against gold events of whole
 * stories (`tacitus eval-events --stories GOLD.json FILE...`), by the
 * matching rule of shared/data/gold/realnews/README.md, which
 * shared/tools/score_events.py implements:
 *
 *   - emitted events of CAMEO root 01 are left out;
 *   - in each story, each gold event (in gold order) takes the first
 *     emitted event not yet taken whose code's first two digits are among
 *     the gold roots and whose source and target start with one of the
 *     gold's 3-letter prefixes (a null list, or null in the list, accepts
 *     any actor or none);
 *   - P = matched / emitted (over the gold's stories), R = matched / gold;
 *   - on matched events: date accuracy (the emitted date is one of the
 *     gold dates), place accuracy (same country, and the emitted place name
 *     contains or is contained in a gold place name, case-insensitive),
 *     casualty accuracy (emitted killed equals the gold killed).
 *
 * Each emitted event is turned into its JSON Lines record (tc_event_json)
 * and read back, so the figures are those the reference scorer gives on
 * the output of `tacitus code`.  The gold is either the merged form of
 * dev/gold.json (src/tgt/root/date/place as lists) or one annotation run
 * (src/tgt/code/date/place as strings); both are read.
 */
#include "tacitus.h"
#include "code/event.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define MAXL 8

typedef struct gev {
    char src[MAXL][4], tgt[MAXL][4], root[MAXL][3];
    int nsrc, ntgt, nroot; /* nsrc/ntgt -1: any actor */
    json_t *dates, *places; /* borrowed from the gold document; NULL when absent */
    const char *country, *evidence;
    int killed;             /* -2: absent */
    int sentence;
} gev;

/* A gold actor list: null -> any; "IRQGOV" -> [IRQ]; [..] -> prefixes, null
   in the list -> any. */
static int prefixes(json_t *v, char out[MAXL][4]) {
    if (!v || json_is_null(v)) return -1;
    if (json_is_string(v)) {
        snprintf(out[0], 4, "%.3s", json_string_value(v));
        return 1;
    }
    if (!json_is_array(v)) return -1;
    int n = 0;
    size_t i;
    json_t *a;
    json_array_foreach(v, i, a) {
        if (json_is_null(a)) return -1;
        if (json_is_string(a) && n < MAXL) snprintf(out[n++], 4, "%.3s", json_string_value(a));
    }
    return n;
}

static bool prefix_ok(char set[MAXL][4], int n, const char *code) {
    if (n < 0) return true;
    if (!code) code = "";
    for (int i = 0; i < n; i++)
        if (!strncasecmp(code, set[i], strlen(set[i]))) return true;
    return false;
}

static int read_gold_event(json_t *o, gev *g) {
    memset(g, 0, sizeof *g);
    g->nsrc = prefixes(json_object_get(o, "src"), g->src);
    g->ntgt = prefixes(json_object_get(o, "tgt"), g->tgt);
    json_t *r = json_object_get(o, "root");
    if (json_is_array(r)) {
        size_t i;
        json_t *a;
        json_array_foreach(r, i, a)
            if (json_is_string(a) && g->nroot < MAXL) snprintf(g->root[g->nroot++], 3, "%s", json_string_value(a));
    } else if (json_is_string(json_object_get(o, "code"))) {
        snprintf(g->root[g->nroot++], 3, "%s", json_string_value(json_object_get(o, "code")));
    }
    if (!g->nroot) return TC_FORMAT;
    json_t *d = json_object_get(o, "date"), *p = json_object_get(o, "place");
    g->dates = json_is_array(d) || json_is_string(d) ? d : NULL;
    g->places = json_is_array(p) || json_is_string(p) ? p : NULL;
    g->country = json_string_value(json_object_get(o, "country"));
    if (!g->country) g->places = NULL; /* the rule needs both */
    json_t *k = json_object_get(o, "killed");
    g->killed = json_is_integer(k) ? (int)json_integer_value(k) : json_is_null(k) ? -1 : -2;
    g->evidence = json_string_value(json_object_get(o, "evidence"));
    json_t *sn = json_object_get(o, "sentence");
    g->sentence = json_is_integer(sn) ? (int)json_integer_value(sn) : 0;
    return TC_OK;
}

/* Whether a string value or one of an array's strings satisfies pred. */
static bool any_of(json_t *v, bool (*pred)(const char *, const void *), const void *arg) {
    if (json_is_string(v)) return pred(json_string_value(v), arg);
    size_t i;
    json_t *a;
    json_array_foreach(v, i, a)
        if (json_is_string(a) && pred(json_string_value(a), arg)) return true;
    return false;
}

static bool same_str(const char *a, const void *b) { return b && !strcmp(a, (const char *)b); }

static bool contains_ci(const char *hay, const char *needle) {
    size_t n = strlen(needle);
    for (const char *p = hay; *p; p++)
        if (!strncasecmp(p, needle, n)) return true;
    return !n;
}

static bool place_match(const char *gold, const void *name) {
    const char *e = name;
    return e && *e && (contains_ci(gold, e) || contains_ci(e, gold));
}

static void print_gold(FILE *out, const char *what, const char *doc, const gev *g) {
    fprintf(out, "%s %s ", what, doc);
    for (int pass = 0; pass < 2; pass++) {
        int n = pass ? g->ntgt : g->nsrc;
        const char(*set)[4] = pass ? g->tgt : g->src;
        if (n < 0) fputs("*", out);
        for (int i = 0; i < n; i++) fprintf(out, "%s%s", i ? "|" : "", set[i]);
        fputs(pass ? " " : " -> ", out);
    }
    for (int i = 0; i < g->nroot; i++) fprintf(out, "%s%s", i ? "|" : "root ", g->root[i]);
    if (g->sentence) fprintf(out, " sentence %d", g->sentence);
    if (g->evidence) fprintf(out, " \"%s\"", g->evidence);
    fputc('\n', out);
}

/* One story's emitted records (JSON objects) against its gold events. */
static void score_story(const char *doc, json_t *golds, json_t **em, int nem, int verbose, FILE *out,
                        tc_eval_stories_stats *st) {
    bool *used = calloc((size_t)nem + 1, 1);
    if (!used) return;
    size_t gi;
    json_t *go;
    json_array_foreach(golds, gi, go) {
        gev g;
        st->gold++;
        if (read_gold_event(go, &g)) {
            st->errors++;
            fprintf(out, "%s: gold event %zu has no root or code\n", doc, gi + 1);
            continue;
        }
        int hit = -1;
        for (int k = 0; k < nem && hit < 0; k++) {
            if (used[k]) continue;
            const char *code = json_string_value(json_object_get(em[k], "code"));
            bool root_ok = false;
            for (int r = 0; r < g.nroot && code && !root_ok; r++) root_ok = !strncmp(code, g.root[r], 2);
            if (root_ok && prefix_ok(g.src, g.nsrc, json_string_value(json_object_get(em[k], "source"))) &&
                prefix_ok(g.tgt, g.ntgt, json_string_value(json_object_get(em[k], "target"))))
                hit = k;
        }
        if (hit < 0) {
            if (verbose) print_gold(out, "missed", doc, &g);
            continue;
        }
        used[hit] = true;
        st->matched++;
        json_t *e = em[hit];
        if (g.dates) {
            st->date_n++;
            st->date_ok += any_of(g.dates, same_str, json_string_value(json_object_get(e, "date")));
        }
        if (g.places) {
            json_t *loc = json_object_get(e, "location");
            const char *name = json_string_value(json_object_get(loc, "name"));
            const char *cc = json_string_value(json_object_get(loc, "country"));
            st->place_n++;
            st->place_ok += cc && !strcasecmp(cc, g.country) && any_of(g.places, place_match, name);
        }
        if (g.killed != -2) {
            json_t *k = json_object_get(e, "killed");
            st->killed_n++;
            st->killed_ok += g.killed == -1 ? json_is_null(k) : (json_is_integer(k) && json_integer_value(k) == g.killed);
        }
    }
    if (verbose)
        for (int k = 0; k < nem; k++) {
            if (used[k]) continue;
            json_t *e = em[k];
            fprintf(out, "extra %s %s -> %s %s sentence %d \"%s\"\n", doc,
                    json_string_value(json_object_get(e, "source")), json_string_value(json_object_get(e, "target")),
                    json_string_value(json_object_get(e, "code")), (int)json_integer_value(json_object_get(e, "sentence")),
                    json_string_value(json_object_get(e, "text")));
        }
    free(used);
}

int tc_eval_stories(const char *gold_path, const char *const *inputs, int ninputs, const char *prefix,
                    const tc_engine *e, int verbose, FILE *out, tc_eval_stories_stats *st) {
    if (!gold_path || (!inputs && ninputs) || !e || !st) return TC_MISUSE;
    memset(st, 0, sizeof *st);
    if (!out) out = stdout;
    json_error_t jerr;
    json_t *root = json_load_file(gold_path, 0, &jerr);
    if (!root) {
        fprintf(out, "%s:%d: %s\n", gold_path, jerr.line, jerr.text);
        return json_error_code(&jerr) == json_error_cannot_open_file ? TC_IO : TC_FORMAT;
    }
    json_t *gold = json_object_get(root, "stories");
    if (!json_is_object(gold)) {
        fprintf(out, "%s: no \"stories\" object\n", gold_path);
        json_decref(root);
        return TC_FORMAT;
    }
    /* the emitted records of each gold story, as JSON, keyed by story id */
    json_t *emitted = json_object();
    tc_doc *d = NULL;
    int rc = emitted ? tc_doc_new(&d, e) : TC_NOMEM;
    clock_t t0 = clock();
    char *buf = malloc(1 << 20);
    if (!buf) rc = TC_NOMEM;
    for (int i = 0; i < ninputs && rc == TC_OK; i++) {
        tc_reader *r = NULL;
        int orc = tc_reader_open(&r, inputs[i], 0, NULL);
        if (orc) {
            fprintf(out, "%s:0: cannot open (%s)\n", inputs[i], tc_errstr(orc));
            st->errors++;
            continue;
        }
        tc_story s;
        while (tc_reader_next(r, &s) == TC_OK) {
            if (s.error) {
                fprintf(out, "%s\n", s.error);
                st->errors++;
                continue;
            }
            if (!json_object_get(gold, s.id)) continue;
            if (prefix && strncmp(s.id, prefix, strlen(prefix))) continue;
            st->stories++;
            json_t *arr = json_array();
            if (!arr || json_object_set_new(emitted, s.id, arr)) { rc = TC_NOMEM; break; }
            if (tc_doc_code(d, &s) != TC_OK) {
                fprintf(out, "%s:%ld: could not code story\n", s.file, s.line);
                st->errors++;
                continue;
            }
            st->sentences += tc_doc_sentences(d);
            int n = 0;
            const tc_event *const *ev = tc_doc_events(d, &n);
            for (int k = 0; k < n; k++) {
                size_t len = tc_event_json(ev[k], buf, 1 << 20);
                json_t *o = len && len < (1 << 20) ? json_loads(buf, 0, &jerr) : NULL;
                if (!o) { st->errors++; continue; }
                const char *code = json_string_value(json_object_get(o, "code"));
                if (code && !strncmp(code, "01", 2)) { json_decref(o); continue; }
                json_array_append_new(arr, o);
            }
        }
        tc_reader_close(r);
    }
    if (rc == TC_OK) {
        const char *id;
        json_t *golds;
        json_object_foreach(gold, id, golds) {
            if (prefix && strncmp(id, prefix, strlen(prefix))) continue;
            if (!json_is_array(golds)) continue;
            json_t *arr = json_object_get(emitted, id);
            int nem = arr ? (int)json_array_size(arr) : 0;
            json_t **em = malloc(((size_t)nem + 1) * sizeof *em);
            if (!em) { rc = TC_NOMEM; break; }
            for (int k = 0; k < nem; k++) em[k] = json_array_get(arr, (size_t)k);
            st->emitted += nem;
            score_story(id, golds, em, nem, verbose, out, st);
            free(em);
        }
    }
    st->seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
    free(buf);
    tc_doc_free(d);
    json_decref(emitted);
    json_decref(root);
    return rc;
}
