/*
 * engine.h -- the engine's insides, shared by engine.c and story.c.
 * Each loaded resource is immutable after tc_engine_open.
 */
#ifndef TC_ENGINE_H
#define TC_ENGINE_H

#include "core/core.h"

struct tc_engine {
    const tc_alloc *A;
    tc_alloc alloc_copy;
    tc_logger log;
    char *data_dir, *model_dir, *project_dir;
    unsigned loaded;
    char errmsg[512];
    /* resources (NULL when not loaded) -- filled in by the stage modules */
    void *dicts;               /* tc_dict */
    void *parser;              /* tc_nlp_model */
    void *gazetteer;           /* tc_gazetteer */
    struct tc_ontology *ontology;
    struct nom_lex *nominal;   /* event nouns (data/lexicon/event_nouns.tsv) */
    void *timerec;             /* tc_timerec */
    /* ISO 3166 alpha-2 -> alpha-3 (from the gazetteer's countryInfo.txt) */
    char (*iso)[2][4];
    int niso;
    int16_t iso_ix[26 * 26]; /* "AA".."ZZ" -> index + 1 into iso, 0 none */
};

/* ISO alpha-3 code of an alpha-2 country code, or NULL. */
const char *tc_engine_iso3(const tc_engine *e, const char *iso2);

/* Joins dir and name into a new string (tc_mem_*); NULL on OOM. */
char *tc_engine_path(const tc_engine *e, const char *dir, const char *name);

#endif
