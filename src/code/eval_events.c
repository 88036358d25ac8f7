/*
 * eval_events.c -- the whole pipeline scored against human-coded sentences
 * (`tacitus eval-events`).  The gold is the PLOVER gold-standard records
 * (322 sentences of the CAMEO manual, coded by people with a PLOVER event
 * type, source and target actors, and for 216 of them a recovered CAMEO
 * code), in the normalised JSON Lines form of shared/data/gold.  Each
 * sentence is coded from raw text as a one-sentence story dated 2000-01-01,
 * exactly as `tacitus code` would, so the figures measure what users get:
 * segmenter, tagger, parser, dictionaries, coder and story stage together.
 *
 * Scores (all per record, because the gold codes one event per sentence
 * while a sentence may report several):
 *   type-R   records where some event of ours has the gold PLOVER type;
 *   type-P   of the distinct PLOVER types we output per record, the share
 *            that is the gold type (a strict figure: a second, correct event
 *            the gold did not code counts against it);
 *   source / target  among records with the type found, whether that
 *            event's actor (first three letters: country or IGO/NGO) is one
 *            of the gold actors', where the gold names any;
 *   root-R   records with a recovered CAMEO code where some event of ours has
 *            its two-digit root (roots 01 and 02 have no PLOVER type).
 */
#include "tacitus.h"
#include "code/event.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_ACTORS 8

typedef struct gold {
    const char *id, *text, *type, *cameo;
    char src[MAX_ACTORS][4], tgt[MAX_ACTORS][4];
    int nsrc, ntgt;
} gold;

/* First three letters of each actor code of a gold "source"/"target" array. */
static int actors(json_t *arr, char out[MAX_ACTORS][4]) {
    int n = 0;
    size_t i;
    json_t *a;
    if (!json_is_array(arr)) return 0;
    json_array_foreach(arr, i, a) {
        const char *c = json_string_value(json_object_get(a, "code"));
        if (!c || strlen(c) < 3 || n >= MAX_ACTORS) continue;
        memcpy(out[n], c, 3);
        out[n][3] = 0;
        n++;
    }
    return n;
}

static bool actor_in(const char *code, char set[MAX_ACTORS][4], int n) {
    if (!code || strlen(code) < 3) return false;
    for (int i = 0; i < n; i++)
        if (!strncmp(code, set[i], 3)) return true;
    return false;
}

/* Reads one gold record; NULL text/type means malformed (message in why). */
static bool read_gold(json_t *j, gold *g, const char **why) {
    memset(g, 0, sizeof *g);
    if (!json_is_object(j)) { *why = "not a JSON object"; return false; }
    g->id = json_string_value(json_object_get(j, "id"));
    g->text = json_string_value(json_object_get(j, "text"));
    g->type = json_string_value(json_object_get(j, "plover_event_v08"));
    if (!g->type) g->type = json_string_value(json_object_get(j, "plover_event"));
    g->cameo = json_string_value(json_object_get(j, "cameo_code_matched"));
    if (!g->id || !g->text || !g->type || !g->type[0]) {
        *why = "needs string fields \"id\", \"text\" and \"plover_event_v08\" (or \"plover_event\")";
        return false;
    }
    g->nsrc = actors(json_object_get(j, "source"), g->src);
    g->ntgt = actors(json_object_get(j, "target"), g->tgt);
    return true;
}

static void score(const gold *g, const tc_event *const *ev, int n, tc_eval_events_stats *st, FILE *out,
                  int verbose) {
    /* distinct predicted PLOVER types */
    const char *types[64];
    int nt = 0;
    for (int i = 0; i < n; i++) {
        const char *p = ev[i]->plover;
        if (!p || !*p) continue;
        bool seen = false;
        for (int k = 0; k < nt; k++) seen |= !strcmp(types[k], p);
        if (!seen && nt < 64) types[nt++] = p;
    }
    st->type_pred += nt;
    st->type_gold++;
    const tc_event *hit = NULL;
    bool src_ok = false, tgt_ok = false;
    for (int i = 0; i < n; i++) {
        if (!ev[i]->plover || strcmp(ev[i]->plover, g->type)) continue;
        bool s = actor_in(ev[i]->source, (char(*)[4])g->src, g->nsrc);
        bool t = actor_in(ev[i]->target, (char(*)[4])g->tgt, g->ntgt);
        /* the event of the gold type that agrees best with the gold actors */
        if (!hit || (s + t) > (src_ok + tgt_ok)) { hit = ev[i]; src_ok = s; tgt_ok = t; }
    }
    if (hit) {
        st->type_hits++;
        if (g->nsrc) { st->src_n++; st->src_ok += src_ok; }
        if (g->ntgt) { st->tgt_n++; st->tgt_ok += tgt_ok; }
    }
    bool root_ok = false;
    if (g->cameo && strlen(g->cameo) >= 2) {
        st->root_n++;
        for (int i = 0; i < n && !root_ok; i++)
            root_ok = ev[i]->code && !strncmp(ev[i]->code, g->cameo, 2);
        st->root_ok += root_ok;
    }
    if (verbose && (!hit || (g->nsrc && !src_ok) || (g->ntgt && !tgt_ok))) {
        fprintf(out, "%s %s: %s\n  gold: %s", hit ? "PART" : "MISS", g->id, g->text, g->type);
        for (int k = 0; k < g->nsrc; k++) fprintf(out, "%s%s", k ? "," : " src=", g->src[k]);
        for (int k = 0; k < g->ntgt; k++) fprintf(out, "%s%s", k ? "," : " tgt=", g->tgt[k]);
        if (g->cameo && *g->cameo) fprintf(out, " cameo=%s", g->cameo);
        fprintf(out, "\n  ours:");
        if (!n) fprintf(out, " (none)");
        for (int i = 0; i < n; i++)
            fprintf(out, " %s-%s-%s(%s)", ev[i]->source && *ev[i]->source ? ev[i]->source : "---",
                    ev[i]->target && *ev[i]->target ? ev[i]->target : "---", ev[i]->code ? ev[i]->code : "",
                    ev[i]->plover ? ev[i]->plover : "-");
        fprintf(out, "\n");
    }
}

int tc_eval_events_file(const char *path, const tc_engine *e, int verbose, FILE *out, tc_eval_events_stats *st) {
    if (!path || !e || !st) return TC_MISUSE;
    memset(st, 0, sizeof *st);
    if (!out) out = stdout;
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(out, "%s: cannot open\n", path); return TC_IO; }
    tc_doc *d = NULL;
    int rc = tc_doc_new(&d, e);
    if (rc) { fclose(f); return rc; }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    clock_t t0 = clock();
    while ((len = getline(&line, &cap, f)) != -1) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        if (len == 0) continue;
        st->records++;
        json_error_t jerr;
        json_t *j = json_loadb(line, (size_t)len, 0, &jerr);
        gold g;
        const char *why = NULL;
        if (!j) {
            fprintf(out, "%s:%ld: broken JSON: %s\n", path, lineno, jerr.text);
            st->errors++;
            st->type_gold++;
            continue;
        }
        if (!read_gold(j, &g, &why)) {
            fprintf(out, "%s:%ld: %s\n", path, lineno, why);
            st->errors++;
            st->type_gold++;
            json_decref(j);
            continue;
        }
        tc_story s = {0};
        s.id = g.id;
        s.date = "2000-01-01";
        s.year = 2000, s.month = 1, s.day = 1;
        s.text = g.text;
        s.text_len = strlen(g.text);
        s.file = path;
        s.line = lineno;
        rc = tc_doc_code(d, &s);
        if (rc == TC_NOMEM) { json_decref(j); goto done; }
        int n = 0;
        const tc_event *const *ev = rc == TC_OK ? tc_doc_events(d, &n) : NULL;
        if (rc != TC_OK) {
            fprintf(out, "%s:%ld: %s: %s\n", path, lineno, g.id, tc_errstr(rc));
            st->errors++;
        }
        st->sentences += tc_doc_sentences(d);
        score(&g, ev, n, st, out, verbose);
        json_decref(j);
    }
    rc = ferror(f) ? TC_IO : TC_OK;
    if (rc) fprintf(out, "%s: read error\n", path);
done:
    st->seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
    free(line);
    fclose(f);
    tc_doc_free(d);
    return rc;
}
