/*
 * engine.c -- opening and closing the engine: configuration defaults and the
 * loading of each resource (dictionaries, parser model, gazetteer,
 * crosswalks) from the folders the configuration names.
 *
 * A folder the configuration leaves NULL is found where the program is, not
 * where it runs from (tc_default_dir): the environment, else the position of
 * the executable (or of the shared library) in a build tree or an installed
 * prefix, else the old folders relative to the current one.  Nothing is read
 * from the third-party data folder at run time: the ISO alpha-3 country
 * codes come from the compiled gazetteer.
 */
#define _GNU_SOURCE /* dladdr: where the library itself was loaded from */
#include "code/engine.h"
#include "code/nominal.h"
#include "code/ontology.h"
#include "geo/geo.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* vsnprintf keeps -Wformat-truncation quiet: messages may be cut, by design. */
static void set_err(tc_engine *e, const char *fmt, ...) TC_PRINTF(2, 3);
static void set_err(tc_engine *e, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->errmsg, sizeof e->errmsg, fmt, ap);
    va_end(ap);
}

char *tc_engine_path(const tc_engine *e, const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = tc_mem_alloc(e->A, n);
    if (p) snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* ---- default folders ---------------------------------------------------- */

static bool is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* The folder holding the file `path` (resolved), into dir[PATH_MAX]. */
static bool folder_of(const char *path, char *dir) {
    if (!path || !*path || !realpath(path, dir)) return false;
    char *slash = strrchr(dir, '/');
    if (!slash) return false;
    if (slash == dir) slash[1] = 0; else *slash = 0;
    return true;
}

/*
 * Looks for the folder `which` beside the program whose folder is `bin`:
 * a build tree (<root>/<build>/tacitus with <root>/data/crosswalk/cameo.tsv:
 * <build>/models, <root>/data, <root>/../shared/data) or an installed
 * prefix (<prefix>/bin or <prefix>/lib, with <prefix>/share/tacitus:
 * share/tacitus/models, share/tacitus/data; third-party data is not
 * installed).  Writes the resolved path into out[PATH_MAX].
 */
static bool beside(const char *bin, int which, char *out) {
    char t[PATH_MAX + 64];
    snprintf(t, sizeof t, "%s/../data/crosswalk/cameo.tsv", bin);
    if (is_file(t)) {
        if (which == TC_DIR_MODELS) snprintf(t, sizeof t, "%s/models", bin);
        else if (which == TC_DIR_PROJECT) snprintf(t, sizeof t, "%s/../data", bin);
        else snprintf(t, sizeof t, "%s/../../shared/data", bin);
        if (realpath(t, out)) return true;
        /* models not built yet: name the folder `make models` fills */
        if (which == TC_DIR_MODELS && strlen(bin) + 8 < PATH_MAX) {
            snprintf(out, PATH_MAX, "%s/models", bin);
            return true;
        }
        return false;
    }
    snprintf(t, sizeof t, "%s/../share/tacitus", bin);
    if (is_dir(t) && which != TC_DIR_DATA) {
        snprintf(t, sizeof t, "%s/../share/tacitus/%s", bin, which == TC_DIR_MODELS ? "models" : "data");
        return realpath(t, out) != NULL;
    }
    return false;
}

/* An object of the library, whose address dladdr maps to the file holding
   it (ISO C does not allow passing a function's address as void *). */
static const char library_anchor = 0;

size_t tc_default_dir(int which, char *buf, size_t cap) {
    static const char *const envs[] = {"TACITUS_DATA", "TACITUS_MODELS", "TACITUS_PROJECT_DATA"};
    static const char *const cwd[] = {"../shared/data", "build/models", "data"};
    if (which < TC_DIR_DATA || which > TC_DIR_PROJECT) which = TC_DIR_DATA;
    const char *v = getenv(envs[which]);
    char found[PATH_MAX], bin[PATH_MAX];
    if (!v || !*v) {
        v = NULL;
        /* the running program, then the library (libtacitus.so in a prefix) */
        if (folder_of("/proc/self/exe", bin) && beside(bin, which, found)) v = found;
        Dl_info info;
        if (!v && dladdr(&library_anchor, &info) && info.dli_fname && strchr(info.dli_fname, '/') &&
            folder_of(info.dli_fname, bin) && beside(bin, which, found))
            v = found;
        if (!v) v = cwd[which];
    }
    size_t n = strlen(v);
    if (cap) {
        size_t k = n < cap ? n : cap - 1;
        memcpy(buf, v, k);
        buf[k] = 0;
    }
    return n;
}

/* cfg's folder, else the default; a new string (NULL on OOM). */
static char *dir_or_default(tc_engine *e, const char *v, int which) {
    if (v && *v) return tc_mem_strdup(e->A, v);
    char buf[PATH_MAX];
    if (tc_default_dir(which, buf, sizeof buf) >= sizeof buf) return NULL;
    return tc_mem_strdup(e->A, buf);
}

/* "IQ" -> its slot in the 26 x 26 table of alpha-2 codes, -1 if no code. */
static int iso_index(const char *iso2) {
    if (!iso2 || iso2[0] < 'A' || iso2[0] > 'Z' || iso2[1] < 'A' || iso2[1] > 'Z' || iso2[2]) return -1;
    return (iso2[0] - 'A') * 26 + (iso2[1] - 'A');
}

/* ISO alpha-2 -> alpha-3 from the countries of the compiled gazetteer. */
static int load_iso(tc_engine *e) {
    const geo_gaz *g = e->gazetteer;
    uint32_t n = geo_gaz_count(g);
    int cap = 0;
    for (uint32_t i = 0; i < n; i++) cap += geo_gaz_kind(g, i) == GEO_COUNTRY;
    e->iso = tc_mem_calloc(e->A, (size_t)cap + 1, sizeof *e->iso);
    if (!e->iso) return TC_NOMEM;
    for (uint32_t i = 0; i < n && e->niso < cap; i++) {
        if (geo_gaz_kind(g, i) != GEO_COUNTRY) continue;
        tc_place p;
        geo_gaz_place(g, i, &p);
        if (strlen(p.country) != 2 || strlen(p.country3) != 3) continue;
        memcpy(e->iso[e->niso][0], p.country, 3);
        memcpy(e->iso[e->niso][1], p.country3, 4);
        int ix = iso_index(p.country);
        if (ix >= 0 && !e->iso_ix[ix]) e->iso_ix[ix] = (int16_t)(e->niso + 1);
        e->niso++;
    }
    return TC_OK;
}

/*
 * The dictionaries: with cfg->add_actors, the standard text set plus those
 * files, compiled now (tc_dict_load_standard, about 0.3 s); else
 * cfg->dict_file; else the compiled standard set (model_dir/phoenix.tcd,
 * made by `make models`), and without it the standard text set, which is
 * slower to start but codes the same.
 */
static int load_dicts(tc_engine *e, const tc_config *cfg) {
    tc_config c = *cfg;
    c.data_dir = e->data_dir;
    c.model_dir = e->model_dir;
    c.project_dir = e->project_dir;
    char err[512] = "";
    tc_dict *d = NULL;
    int rc;
    if (!cfg->nadd_actors) {
        bool named = cfg->dict_file && *cfg->dict_file;
        char *bin = named ? tc_mem_strdup(e->A, cfg->dict_file) : tc_engine_path(e, e->model_dir, "phoenix.tcd");
        if (!bin) return TC_NOMEM;
        rc = tc_dict_open_binary(&d, bin, &c, err, sizeof err);
        if (rc == TC_OK) {
            tc_mem_free(e->A, bin);
            e->dicts = d;
            return TC_OK;
        }
        if ((rc & 0xff) != TC_IO || named) {
            set_err(e, "%s: %s", bin, err[0] ? err : tc_errstr(rc));
            tc_mem_free(e->A, bin);
            return rc;
        }
        tc_mem_free(e->A, bin);
        err[0] = 0;
    }
    rc = tc_dict_load_standard(&d, &c, err, sizeof err);
    if (rc) set_err(e, "cannot load the dictionaries: %s", err[0] ? err : tc_errstr(rc));
    else e->dicts = d;
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
    e->data_dir = dir_or_default(e, cfg->data_dir, TC_DIR_DATA);
    e->model_dir = dir_or_default(e, cfg->model_dir, TC_DIR_MODELS);
    e->project_dir = dir_or_default(e, cfg->project_dir, TC_DIR_PROJECT);
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
    int ix = iso_index(iso2);
    return ix >= 0 && e->iso_ix[ix] ? e->iso[e->iso_ix[ix] - 1][1] : NULL;
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
