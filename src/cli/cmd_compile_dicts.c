/*
 * cmd_compile_dicts.c -- `tacitus compile-dicts`: reads PETRARCH text
 * dictionaries and writes the one versioned binary file the coder loads by
 * mmap.  Without file options it compiles the standard set
 * (tc_dict_load_standard: the Phoenix dictionaries of
 * $TACITUS_DATA/petrarch/dictionaries plus the project's data/actors/ text
 * files), to which --add-actors appends a user's own actor files.
 */
#include "cli/cli.h"

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
           "      --add-actors FILE  add an actor dictionary (PETRARCH format) to the standard\n"
           "                       set; its entries override same-name ones (repeatable)\n"
           "      --verbs FILE     verb dictionary\n"
           "      --actors FILE    actor dictionary (repeatable; replaces the standard actors)\n"
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
                                         {"add-actors", required_argument, NULL, 6},
                                         {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0}};
    const char *out = NULL;
    tc_dict_files f;
    memset(&f, 0, sizeof f);
    char *actors[MAXF];
    const char *added[MAXF];
    int nact = 0, nadded = 0, c, status = 1;
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
        case 6:
            if (nadded == MAXF) return tc_cli_usage_error("compile-dicts", "too many --add-actors");
            added[nadded++] = optarg;
            break;
        case 'h': help(); return 0;
        default: return tc_cli_usage_error("compile-dicts", "unknown option");
        }
    }
    if (!out) return tc_cli_usage_error("compile-dicts", "missing -o OUT");
    if (optind < argc) return tc_cli_usage_error("compile-dicts", "unexpected argument '%s'", argv[optind]);
    if (nadded && custom) return tc_cli_usage_error("compile-dicts", "--add-actors adds to the standard set: no other file options");
    tc_config cfg;
    tc_cli_config(&cfg);
    f.actors = (const char *const *)actors;
    f.nactors = (size_t)nact;
    tc_dict *d = NULL;
    char err[512] = "";
    cfg.add_actors = added;
    cfg.nadd_actors = (size_t)nadded;
    int rc = custom ? tc_dict_load(&d, &f, &cfg, err, sizeof err) : tc_dict_load_standard(&d, &cfg, err, sizeof err);
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
