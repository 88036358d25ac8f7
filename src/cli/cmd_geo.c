/*
 * cmd_geo.c -- `tacitus geo`: places found in stories (one JSON line per
 * mention), or `--eval DIR` scoring against a GeoWebNews-style corpus.
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static void usage(FILE *f) {
    fprintf(f,
            "usage: %s geo [options] [FILE...]\n"
            "       %s geo --eval DIR [--gold-spans] [-v]\n"
            "Prints the places found in stories (story files: ' date YYYY-MM-DD' then text;\n"
            "or JSON Lines {\"id\",\"date\",\"text\"}); stdin when no FILE is given.\n"
            "  -g, --gazetteer FILE  compiled gazetteer (default <models>/gazetteer.tcg)\n"
            "  -e, --eval DIR        score against DIR (*.xml + *_gold.txt, GeoWebNews layout)\n"
            "  -s, --gold-spans      with --eval: resolve the gold toponyms only\n"
            "  -v, --verbose         with --eval: list misses and false positives\n"
            "  -p, --parse           tag and parse first (<models>/en-ud.tcm): recognition\n"
            "                        from proper-noun tags instead of capitalisation\n"
            "  -h, --help            this text\n",
            tc_cli_prog, tc_cli_prog);
}

int tc_cli_geo(int argc, char **argv) {
    static const struct option opts[] = {{"gazetteer", required_argument, 0, 'g'},
                                         {"eval", required_argument, 0, 'e'},
                                         {"gold-spans", no_argument, 0, 's'},
                                         {"verbose", no_argument, 0, 'v'},
                                         {"parse", no_argument, 0, 'p'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char *gpath = NULL, *eval = NULL;
    int gold = 0, verbose = 0, parse = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:e:svph", opts, NULL)) != -1) {
        switch (c) {
        case 'g': gpath = optarg; break;
        case 'e': eval = optarg; break;
        case 's': gold = 1; break;
        case 'v': verbose = 1; break;
        case 'p': parse = 1; break;
        case 'h': usage(stdout); return 0;
        default: return tc_cli_usage_error("geo", "unknown option");
        }
    }
    if (gold && !eval) return tc_cli_usage_error("geo", "--gold-spans needs --eval DIR");
    if (eval && optind < argc) return tc_cli_usage_error("geo", "--eval takes no FILE arguments");
    tc_config cfg;
    tc_cli_config(&cfg);
    tc_gazetteer *g = NULL;
    int rc = gpath ? tc_gazetteer_open_file(&g, gpath, cfg.alloc) : tc_gazetteer_open_config(&g, &cfg);
    if (rc != TC_OK)
        return tc_cli_error("%s: cannot load the gazetteer: %s", gpath ? gpath : "<models>/gazetteer.tcg", tc_errstr(rc));
    tc_nlp_model *nlp = NULL;
    if (parse && tc_cli_open_parser(&cfg, NULL, &nlp)) {
        tc_gazetteer_close(g);
        return 1;
    }
    int status = 0;
    if (eval) {
        rc = tc_geo_eval(g, nlp, eval, gold, verbose, stdout);
        if (rc != TC_OK) status = 1;
    } else if (optind == argc) {
        if (tc_geo_stories(g, nlp, stdin, "<stdin>", stdout) != TC_OK) status = 1;
    } else {
        for (int i = optind; i < argc; i++) {
            FILE *f = fopen(argv[i], "rb");
            if (!f) { tc_cli_error("%s: cannot open", argv[i]); status = 1; continue; }
            if (tc_geo_stories(g, nlp, f, argv[i], stdout) != TC_OK) status = 1;
            fclose(f);
        }
    }
    tc_nlp_model_free(nlp);
    tc_gazetteer_close(g);
    return status;
}
