/*
 * engine.c -- opening and closing the engine: configuration defaults and the
 * loading of each resource (dictionaries, parser model, gazetteer,
 * crosswalks) from the folders the configuration names.
 */
#include "code/engine.h"
#include "code/nominal.h"
#include "code/ontology.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* vsnprintf keeps -Wformat-truncation quiet: messages may be cut, by design. */
static void set_err(tc_engine *e, const char *fmt, ...) TC_PRINTF(2, 3);
static void set_err(tc_engine *e, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->errmsg, sizeof e->errmsg, fmt, ap);
    va_end(ap);
}

static const char *env_or(const char *v, const char *env, const char *def) {
    if (v && *v) return v;
    const char *e = getenv(env);
    return e && *e ? e : def;
}

char *tc_engine_path(const tc_engine *e, const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = tc_mem_alloc(e->A, n);
    if (p) snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* ISO alpha-2 -> alpha-3 from GeoNames countryInfo.txt (ISO, ISO3, ... columns). */
static int load_iso(tc_engine *e) {
    char *p = tc_engine_path(e, e->data_dir, "geo/gazetteer/countryInfo.txt");
    if (!p) return TC_NOMEM;
    tc_map m;
    int rc = tc_map_file(&m, p, e->A);
    if (rc) {
        set_err(e, "%s: cannot read (%s)", p, tc_errstr(rc));
        tc_mem_free(e->A, p);
        return rc;
    }
    tc_mem_free(e->A, p);
    int cap = 256;
    e->iso = tc_mem_calloc(e->A, (size_t)cap, sizeof *e->iso);
    if (!e->iso) { tc_unmap(&m); return TC_NOMEM; }
    const char *s = (const char *)m.p, *end = s + m.n;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *le = nl ? nl : end;
        if (le - s > 7 && s[0] != '#' && s[2] == '\t' && s[6] == '\t' && e->niso < cap) {
            memcpy(e->iso[e->niso][0], s, 2);
            memcpy(e->iso[e->niso][1], s + 3, 3);
            e->niso++;
        }
        s = nl ? nl + 1 : end;
    }
    tc_unmap(&m);
    return TC_OK;
}

/*
 * The compiled dictionaries (model_dir/phoenix.tcd, made by `make models`);
 * without them, the Phoenix text dictionaries plus the project's actor
 * files in data/actors, which is slower to start but codes the same.
 */
static int load_dicts(tc_engine *e, const tc_config *cfg) {
    tc_config c = *cfg;
    c.data_dir = e->data_dir;
    c.model_dir = e->model_dir;
    c.project_dir = e->project_dir;
    char err[512] = "";
    char *bin = tc_engine_path(e, e->model_dir, "phoenix.tcd");
    if (!bin) return TC_NOMEM;
    tc_dict *d = NULL;
    int rc = tc_dict_open_binary(&d, bin, &c, err, sizeof err);
    if (rc == TC_OK) {
        tc_mem_free(e->A, bin);
        e->dicts = d;
        return TC_OK;
    }
    if ((rc & 0xff) != TC_IO) {
        set_err(e, "%s: %s", bin, err[0] ? err : tc_errstr(rc));
        tc_mem_free(e->A, bin);
        return rc;
    }
    tc_mem_free(e->A, bin);
    static const char *const names[] = {"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt",
                                        "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
                                        "Phoenix.agents.txt", "Phoenix.discards.txt",
                                        "PETR.Internal.Coding.Ontology.txt"};
    char *path[TC_COUNTOF(names)] = {0};
    char *actors_dir = NULL;
    const char *actors[8];
    size_t nactors = 0;
    rc = TC_NOMEM;
    char *dir = tc_engine_path(e, e->data_dir, "petrarch/dictionaries");
    if (!dir) goto done;
    for (size_t i = 0; i < TC_COUNTOF(names); i++)
        if (!(path[i] = tc_engine_path(e, dir, names[i]))) goto done;
    for (size_t i = 1; i <= 3; i++) actors[nactors++] = path[i];
    actors_dir = tc_engine_path(e, e->project_dir, "actors/leaders_2014_2026.txt");
    if (!actors_dir) goto done;
    FILE *f = fopen(actors_dir, "r");
    if (f) { fclose(f); actors[nactors++] = actors_dir; }
    tc_dict_files files = {path[0], actors, nactors, path[4], path[5], path[6]};
    rc = tc_dict_load(&d, &files, &c, err, sizeof err);
    if (rc) set_err(e, "cannot load the dictionaries: %s", err[0] ? err : tc_errstr(rc));
    else e->dicts = d;
done:
    for (size_t i = 0; i < TC_COUNTOF(names); i++) tc_mem_free(e->A, path[i]);
    tc_mem_free(e->A, dir);
    tc_mem_free(e->A, actors_dir);
    return rc;
}

int tc_engine_open(tc_engine **out, const tc_config *cfg, unsigned what) {
    *out = NULL;
    tc_config c0;
    memset(&c0, 0, sizeof c0);
    if (!cfg) cfg = &c0;
    tc_engine *e = tc_mem_calloc(cfg->alloc, 1, sizeof *e);
    if (!e) return TC_NOMEM;
    if (cfg->alloc) { e->alloc_copy = *cfg->alloc; e->A = &e->alloc_copy; }
    e->log.fn = cfg->log;
    e->log.ud = cfg->log_ud;
    *out = e;
    e->data_dir = tc_mem_strdup(e->A, env_or(cfg->data_dir, "TACITUS_DATA", "../shared/data"));
    e->model_dir = tc_mem_strdup(e->A, env_or(cfg->model_dir, "TACITUS_MODELS", "build/models"));
    e->project_dir = tc_mem_strdup(e->A, env_or(cfg->project_dir, "TACITUS_PROJECT_DATA", "data"));
    if (!e->data_dir || !e->model_dir || !e->project_dir) return TC_NOMEM;
    int rc = TC_OK;
    if (what & TC_LOAD_ONTOLOGY) {
        char *p = tc_engine_path(e, e->project_dir, "crosswalk/cameo.tsv");
        if (!p) return TC_NOMEM;
        tc_ontology *o = NULL;
        rc = tc_ontology_load(&o, p, e->A, &e->log);
        if (rc) set_err(e, "%s: cannot load CAMEO crosswalk (%s)", p, tc_errstr(rc));
        tc_mem_free(e->A, p);
        if (rc) return rc;
        e->ontology = o;
        e->loaded |= TC_LOAD_ONTOLOGY;
    }
    if (what & TC_LOAD_ONTOLOGY) {
        /* the event-noun lexicon travels with the crosswalks: both are project data */
        char *p = tc_engine_path(e, e->project_dir, "lexicon/event_nouns.tsv");
        if (!p) return TC_NOMEM;
        rc = nom_lex_load(&e->nominal, p, e->A, &e->log);
        if (rc) set_err(e, "%s: cannot load the event-noun lexicon (%s)", p, tc_errstr(rc));
        tc_mem_free(e->A, p);
        if (rc) return rc;
    }
    if (what & TC_LOAD_GAZETTEER) {
        char *p = tc_engine_path(e, e->model_dir, "gazetteer.tcg");
        if (!p) return TC_NOMEM;
        tc_gazetteer *g = NULL;
        rc = tc_gazetteer_open_file(&g, p, e->A);
        if (rc) set_err(e, "%s: cannot load the gazetteer (%s)%s", p, tc_errstr(rc),
                         (rc & 0xff) == TC_IO ? "; build it with `make models`" : "");
        tc_mem_free(e->A, p);
        if (rc) return rc;
        e->gazetteer = g;
        rc = load_iso(e);
        if (rc) return rc;
    }
    if (what & TC_LOAD_PARSER) {
        char *p = tc_engine_path(e, e->model_dir, "en-ud.tcm");
        if (!p) return TC_NOMEM;
        tc_nlp_model *m = NULL;
        char err[256] = "";
        rc = tc_nlp_model_open(p, e->A, &m, err, sizeof err);
        if (rc) set_err(e, "%s: cannot load the parser model (%s)%s%s", p,
                         err[0] ? err : tc_errstr(rc), (rc & 0xff) == TC_IO ? "; build it with `make models`" : "", "");
        tc_mem_free(e->A, p);
        if (rc) return rc;
        e->parser = m;
    }
    if (what & TC_LOAD_DICTS) {
        rc = load_dicts(e, cfg);
        if (rc) return rc;
    }
    /* the temporal recogniser has no file: its tables are compiled in */
    tc_timerec *tr = NULL;
    rc = tc_timerec_open(&tr, e->A);
    if (rc) return rc;
    e->timerec = tr;
    return TC_OK;
}

const char *tc_engine_iso3(const tc_engine *e, const char *iso2) {
    if (!iso2 || strlen(iso2) != 2) return NULL;
    for (int i = 0; i < e->niso; i++)
        if (!strcmp(e->iso[i][0], iso2)) return e->iso[i][1];
    return NULL;
}

void tc_engine_close(tc_engine *e) {
    if (!e) return;
    tc_ontology_free(e->ontology);
    nom_lex_free(e->nominal);
    tc_gazetteer_close(e->gazetteer);
    tc_nlp_model_free(e->parser);
    tc_timerec_close(e->timerec);
    tc_dict_free(e->dicts);
    tc_mem_free(e->A, e->iso);
    tc_mem_free(e->A, e->data_dir);
    tc_mem_free(e->A, e->model_dir);
    tc_mem_free(e->A, e->project_dir);
    tc_mem_free(e->A, e);
}

const char *tc_engine_errmsg(const tc_engine *e) { return e ? e->errmsg : "no engine"; }

const tc_nlp_model *tc_engine_parser(const tc_engine *e) { return e ? e->parser : NULL; }
