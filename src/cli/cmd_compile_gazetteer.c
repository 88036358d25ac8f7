/*
 * cmd_compile_gazetteer.c -- `tacitus compile-gazetteer`: GeoNames + world
 * countries + data/places.tsv -> one binary gazetteer (tc_gazetteer_compile).
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static void usage(FILE *f) {
    fprintf(f,
            "usage: %s compile-gazetteer [-s DIR] [-p PLACES.tsv] -o OUT.tcg\n"
            "  -s, --sources DIR   GeoNames/world-countries files (default $TACITUS_DATA/geo/gazetteer)\n"
            "  -p, --places FILE   project places (default <project data>/places.tsv; '-' for none)\n"
            "  -o, --output FILE   the binary gazetteer to write\n"
            "  -h, --help          this text\n",
            tc_cli_prog);
}

int tc_cli_compile_gazetteer(int argc, char **argv) {
    static const struct option opts[] = {{"sources", required_argument, 0, 's'},
                                         {"places", required_argument, 0, 'p'},
                                         {"output", required_argument, 0, 'o'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    tc_config cfg;
    tc_cli_config(&cfg);
    char src[4096], places[4096];
    snprintf(src, sizeof src, "%s/geo/gazetteer", cfg.data_dir);
    snprintf(places, sizeof places, "%s/places.tsv", cfg.project_dir);
    const char *out = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:p:o:h", opts, NULL)) != -1) {
        switch (c) {
        case 's': snprintf(src, sizeof src, "%s", optarg); break;
        case 'p': snprintf(places, sizeof places, "%s", optarg); break;
        case 'o': out = optarg; break;
        case 'h': usage(stdout); return 0;
        default: return tc_cli_usage_error("compile-gazetteer", "unknown option");
        }
    }
    if (!out) return tc_cli_usage_error("compile-gazetteer", "missing -o OUT");
    if (optind < argc) return tc_cli_usage_error("compile-gazetteer", "unexpected argument '%s'", argv[optind]);
    char err[1024];
    int rc = tc_gazetteer_compile(src, strcmp(places, "-") ? places : NULL, out, cfg.alloc, err, sizeof err);
    if (rc != TC_OK) return tc_cli_error("compile-gazetteer: %s", *err ? err : tc_errstr(rc));
    return 0;
}
