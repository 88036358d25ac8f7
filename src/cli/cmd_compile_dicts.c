/*
 * cmd_compile_dicts.c -- `tacitus compile-dicts`: reads PETRARCH text
 * dictionaries and writes the one versioned binary file the coder loads by
 * mmap.  Without file options it compiles the Phoenix set from
 * $TACITUS_DATA/petrarch/dictionaries plus the project's data/actors/ text files.
 */
#include "cli/cli.h"

#include <dirent.h>
#include <stdbool.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void help(void) {
    printf("usage: tacitus compile-dicts [options] -o OUT.tcd\n\n"
           "Compiles PETRARCH dictionaries into one binary file.  Without file options the\n"
           "Phoenix set is used: CAMEO.2.0.txt, Phoenix.{Countries,International,MilNonState}\n"
           ".actors.txt, Phoenix.agents.txt, Phoenix.discards.txt and\n"
           "PETR.Internal.Coding.Ontology.txt from $TACITUS_DATA/petrarch/dictionaries, plus\n"
           "every data/actors/*.txt of the project.\n\n"
           "  -o, --output FILE    where to write (required)\n"
           "      --verbs FILE     verb dictionary\n"
           "      --actors FILE    actor dictionary (repeatable)\n"
           "      --agents FILE    agent dictionary\n"
           "      --discards FILE  discard list\n"
           "      --pico FILE      internal coding ontology\n"
           "  -h, --help           this text\n");
}

#define MAXF 64

int tc_cli_compile_dicts(int argc, char **argv) {
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'}, {"verbs", required_argument, NULL, 1},
                                         {"actors", required_argument, NULL, 2},   {"agents", required_argument, NULL, 3},
                                         {"discards", required_argument, NULL, 4}, {"pico", required_argument, NULL, 5},
                                         {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0}};
    const char *out = NULL;
    tc_dict_files f;
    memset(&f, 0, sizeof f);
    char *actors[MAXF];
    int nact = 0, c, status = 1;
    bool custom = false;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case 1: f.verbs = optarg; custom = true; break;
        case 2:
            if (nact == MAXF) return tc_cli_usage_error("compile-dicts", "too many --actors");
            actors[nact] = strdup(optarg);
            if (!actors[nact]) return tc_cli_error("out of memory");
            nact++;
            custom = true;
            break;
        case 3: f.agents = optarg; custom = true; break;
        case 4: f.discards = optarg; custom = true; break;
        case 5: f.pico = optarg; custom = true; break;
        case 'h': help(); return 0;
        default: return tc_cli_usage_error("compile-dicts", "unknown option");
        }
    }
    if (!out) return tc_cli_usage_error("compile-dicts", "missing -o OUT");
    if (optind < argc) return tc_cli_usage_error("compile-dicts", "unexpected argument '%s'", argv[optind]);
    tc_config cfg;
    tc_cli_config(&cfg);
    char pv[4096], pa[4096], pd[4096], pp[4096];
    if (!custom) {
        const char *dd = cfg.data_dir;
        snprintf(pv, sizeof pv, "%s/petrarch/dictionaries/CAMEO.2.0.txt", dd);
        snprintf(pa, sizeof pa, "%s/petrarch/dictionaries/Phoenix.agents.txt", dd);
        snprintf(pd, sizeof pd, "%s/petrarch/dictionaries/Phoenix.discards.txt", dd);
        snprintf(pp, sizeof pp, "%s/petrarch/dictionaries/PETR.Internal.Coding.Ontology.txt", dd);
        f.verbs = pv; f.agents = pa; f.discards = pd; f.pico = pp;
        static const char *const act[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                          "Phoenix.MilNonState.actors.txt"};
        for (size_t i = 0; i < 3; i++) {
            char b[4096];
            snprintf(b, sizeof b, "%s/petrarch/dictionaries/%s", dd, act[i]);
            actors[nact] = strdup(b);
            if (!actors[nact]) goto done;
            nact++;
        }
        /* the project's own actor files, sorted for a reproducible result */
        char ad[4096];
        snprintf(ad, sizeof ad, "%s/actors", cfg.project_dir);
        struct dirent **ents = NULL;
        int ne = scandir(ad, &ents, NULL, alphasort);
        for (int i = 0; i < ne; i++) {
            size_t l = strlen(ents[i]->d_name);
            if (l > 4 && !strcmp(ents[i]->d_name + l - 4, ".txt") && nact < MAXF) {
                char b[8192];
                snprintf(b, sizeof b, "%s/%s", ad, ents[i]->d_name);
                actors[nact] = strdup(b);
                if (actors[nact]) nact++;
            }
            free(ents[i]);
        }
        free(ents);
    }
    f.actors = (const char *const *)actors;
    f.nactors = (size_t)nact;
    tc_dict *d = NULL;
    char err[512] = "";
    int rc = tc_dict_load(&d, &f, &cfg, err, sizeof err);
    if (rc) { tc_cli_error("%s", err[0] ? err : tc_errstr(rc)); goto done; }
    FILE *fo = fopen(out, "wb");
    if (!fo) { tc_cli_error("%s: cannot write", out); tc_dict_free(d); goto done; }
    rc = tc_dict_write_binary(d, fo);
    if (fclose(fo) != 0 && !rc) rc = TC_IO;
    tc_dict_free(d);
    if (rc) { tc_cli_error("%s: %s", out, tc_errstr(rc)); remove(out); goto done; }
    status = 0;
done:
    for (int i = 0; i < nact; i++) free(actors[i]);
    return status;
}
