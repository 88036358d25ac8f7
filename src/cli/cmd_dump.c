/*
 * cmd_dump.c -- `tacitus dump FILE`: prints any binary tacitus writes as
 * sorted text (one entry per line), so two builds can be compared with diff.
 * Dispatches on the file's 8-byte magic: the compiled dictionary ("TCDICT",
 * tc_dict_dump), the gazetteer ("TCGAZETR", tc_gazetteer_dump); the parser
 * model ("TCNLPMD") has no dump function in the public API yet, which is
 * reported as an error rather than guessed at.
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdbool.h>
#include <string.h>
#include <time.h>

static void help(void) {
    printf("usage: tacitus dump [--time] FILE\n\n"
           "Prints a binary tacitus wrote as sorted text, chosen by the file's magic:\n"
           "  compiled dictionaries (`tacitus compile-dicts`, phoenix.tcd): actor, agent,\n"
           "    verb, pattern, synset, discard, pico and transform lines;\n"
           "  the gazetteer (`tacitus compile-gazetteer`, gazetteer.tcg): places, then\n"
           "    the name index;\n"
           "  the parser model (`tacitus train-parser`, en-ud.tcm): header, tags, labels,\n"
           "    lexicon, lemma rules and every non-zero weight.\n\n"
           "  -t, --time   only load the file and print how long that took\n"
           "  -h, --help   this text\n");
}

int tc_cli_dump(int argc, char **argv) {
    static const struct option opts[] = {{"help", no_argument, NULL, 'h'}, {"time", no_argument, NULL, 't'},
                                         {NULL, 0, NULL, 0}};
    int c;
    bool timing = false;
    optind = 1;
    while ((c = getopt_long(argc, argv, "ht", opts, NULL)) != -1) {
        if (c == 'h') { help(); return 0; }
        if (c == 't') { timing = true; continue; }
        return tc_cli_usage_error("dump", "unknown option");
    }
    if (optind + 1 != argc) return tc_cli_usage_error("dump", "expected one FILE");
    const char *path = argv[optind];
    FILE *f = fopen(path, "rb");
    if (!f) return tc_cli_error("%s: cannot open", path);
    char magic[8] = {0};
    size_t got = fread(magic, 1, 8, f);
    fclose(f);
    tc_config cfg;
    tc_cli_config(&cfg);
    if (got == 8 && !memcmp(magic, "TCGAZETR", 8)) {
        tc_gazetteer *g = NULL;
        struct timespec g0, g1;
        clock_gettime(CLOCK_MONOTONIC, &g0);
        int rc = tc_gazetteer_open_file(&g, path, cfg.alloc);
        clock_gettime(CLOCK_MONOTONIC, &g1);
        if (rc) return tc_cli_error("%s: cannot load the gazetteer: %s", path, tc_errstr(rc));
        if (timing) printf("loaded %s in %.2f ms\n", path, (double)(g1.tv_sec - g0.tv_sec) * 1e3 + (double)(g1.tv_nsec - g0.tv_nsec) / 1e6);
        else rc = tc_gazetteer_dump(g, stdout);
        tc_gazetteer_close(g);
        return rc ? tc_cli_error("%s: %s", path, tc_errstr(rc)) : 0;
    }
    if (got == 8 && !memcmp(magic, "TCNLPMD\0", 8)) {
        tc_nlp_model *m = NULL;
        char merr[512] = "";
        struct timespec m0, m1;
        clock_gettime(CLOCK_MONOTONIC, &m0);
        int rc = tc_nlp_model_open(path, cfg.alloc, &m, merr, sizeof merr);
        clock_gettime(CLOCK_MONOTONIC, &m1);
        if (rc) return tc_cli_error("%s: cannot load the parser model: %s", path, merr[0] ? merr : tc_errstr(rc));
        if (timing) printf("loaded %s in %.2f ms\n", path, (double)(m1.tv_sec - m0.tv_sec) * 1e3 + (double)(m1.tv_nsec - m0.tv_nsec) / 1e6);
        else rc = tc_nlp_model_dump(m, stdout);
        tc_nlp_model_free(m);
        return rc ? tc_cli_error("%s: %s", path, tc_errstr(rc)) : 0;
    }
    if (got != 8 || memcmp(magic, "TCDICT\0\0", 8)) return tc_cli_error("%s: not a file tacitus can dump (unknown magic)", path);
    tc_dict *d = NULL;
    char err[512] = "";
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = tc_dict_open_binary(&d, path, &cfg, err, sizeof err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (rc) return tc_cli_error("%s", err);
    if (timing) {
        printf("loaded %s in %.2f ms\n", path, (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
        tc_dict_free(d);
        return 0;
    }
    rc = tc_dict_dump(d, stdout);
    tc_dict_free(d);
    return rc ? tc_cli_error("%s: %s", path, tc_errstr(rc)) : 0;
}
