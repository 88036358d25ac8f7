/*
 * standard.c -- the standard dictionary set, in one place for
 * `tacitus compile-dicts` and for the engine: the Phoenix dictionaries of
 * the PETRARCH-2 distribution (<data_dir>/petrarch/dictionaries), then the
 * project's <project_dir>/actors/ *.txt files in name order, then the user's own
 * actor files (tc_config.add_actors).  Actor files read later override
 * same-name entries of earlier ones, so the project's updates and then the
 * user's own entries win.
 */
#include "core/core.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const phoenix_actors[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                             "Phoenix.MilNonState.actors.txt"};

int tc_dict_load_standard(tc_dict **out, const tc_config *cfg, char *err, size_t errlen) {
    if (!out) return TC_MISUSE;
    *out = NULL;
    tc_config c;
    if (cfg) c = *cfg; else memset(&c, 0, sizeof c);
    char dd[PATH_MAX], pd[PATH_MAX];
    if (!c.data_dir || !*c.data_dir) { tc_default_dir(TC_DIR_DATA, dd, sizeof dd); c.data_dir = dd; }
    if (!c.project_dir || !*c.project_dir) { tc_default_dir(TC_DIR_PROJECT, pd, sizeof pd); c.project_dir = pd; }
    const tc_alloc *A = c.alloc;
    tc_arena a;
    tc_arena_init(&a, A, 16 * 1024);
    const char *dir = tc_arena_printf(&a, "%s/petrarch/dictionaries", c.data_dir);
    const char *ad = tc_arena_printf(&a, "%s/actors", c.project_dir);
    struct dirent **ents = NULL;
    int ne = ad ? scandir(ad, &ents, NULL, alphasort) : 0;
    size_t cap = TC_COUNTOF(phoenix_actors) + (ne > 0 ? (size_t)ne : 0) + c.nadd_actors;
    const char **actors = tc_arena_alloc(&a, cap * sizeof *actors);
    size_t n = 0;
    int rc = TC_NOMEM;
    if (!dir || !actors) goto done;
    for (size_t i = 0; i < TC_COUNTOF(phoenix_actors); i++)
        actors[n++] = tc_arena_printf(&a, "%s/%s", dir, phoenix_actors[i]);
    for (int i = 0; i < ne; i++) {
        size_t l = strlen(ents[i]->d_name);
        if (l > 4 && !strcmp(ents[i]->d_name + l - 4, ".txt") && ents[i]->d_name[0] != '.')
            actors[n++] = tc_arena_printf(&a, "%s/%s", ad, ents[i]->d_name);
    }
    for (size_t i = 0; i < c.nadd_actors; i++) actors[n++] = c.add_actors[i];
    tc_dict_files f = {tc_arena_printf(&a, "%s/CAMEO.2.0.txt", dir), actors, n,
                       tc_arena_printf(&a, "%s/Phoenix.agents.txt", dir),
                       tc_arena_printf(&a, "%s/Phoenix.discards.txt", dir),
                       tc_arena_printf(&a, "%s/PETR.Internal.Coding.Ontology.txt", dir)};
    if (a.oom) goto done;
    rc = tc_dict_load(out, &f, &c, err, errlen);
done:
    if (rc == TC_NOMEM && err && errlen) snprintf(err, errlen, "out of memory");
    for (int i = 0; i < ne; i++) free(ents[i]);
    free(ents);
    tc_arena_free(&a);
    return rc;
}
