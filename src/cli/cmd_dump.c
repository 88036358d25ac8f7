/*
 * cmd_dump.c -- `tacitus dump FILE`: prints a compiled binary as sorted text
 * (one entry per line), so two builds can be compared with diff.  Currently
 * knows the compiled dictionary (magic "TCDICT").
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdbool.h>
#include <string.h>
#include <time.h>

static void help(void) {
    printf("usage: tacitus dump [--time] FILE\n\n"
           "Prints a compiled dictionary (from `tacitus compile-dicts`) as sorted text:\n"
           "actor, agent, verb, pattern, synset, discard and pico lines.\n\n"
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
    if (got != 8 || memcmp(magic, "TCDICT\0\0", 8)) return tc_cli_error("%s: not a file tacitus can dump", path);
    tc_config cfg;
    tc_cli_config(&cfg);
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
