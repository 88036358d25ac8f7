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
    void *dicts;
    void *parser;
    void *gazetteer;
    void *ontology;
};

/* Joins dir and name into a new string (tc_mem_*); NULL on OOM. */
char *tc_engine_path(const tc_engine *e, const char *dir, const char *name);

#endif
