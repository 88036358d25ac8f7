/*
 * cmd_train_parser.c -- `tacitus train-parser`: trains the tagger,
 * lemmatizer and dependency parser from UD CoNLL-U files and writes one
 * model file (default $TACITUS_MODELS/en-ud.tcm).
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
    fprintf(f, "usage: tacitus train-parser [--train FILE]... [--dev FILE] [-o MODEL] [--epochs N]\n"
               "\nTrains the tagger (UPOS+XPOS), lemmatizer and labelled dependency parser from\n"
               "Universal Dependencies CoNLL-U files and writes one binary model file.\n"
               "Defaults: --train $TACITUS_DATA/ud/ewt-train.conllu and gum-train.conllu,\n"
               "--dev $TACITUS_DATA/ud/ewt-dev.conllu, -o $TACITUS_MODELS/en-ud.tcm.\n\n"
               "options:\n"
               "  --train FILE     training CoNLL-U (repeatable)\n"
               "  --dev FILE       CoNLL-U used to pick the best epoch ('-' for none)\n"
               "  -o, --output F   model file to write\n"
               "  --epochs N       parser epochs (default 12)\n"
               "  --tagger-epochs N  tagger epochs (default min(epochs, 8))\n"
               "  --max-sents N    use only the first N training sentences\n"
               "  --jackknife K    folds for predicted training tags (default 2; 1 = off)\n"
               "  --ensemble N     taggers and parsers trained on N shuffles, summed (default 4)\n"
               "  --seed N         random seed (default 1)\n"
               "  -q, --quiet      no progress lines\n"
               "  -h, --help       this text\n");
}

int tc_cli_train_parser(int argc, char **argv) {
    static const struct option opts[] = {
        {"train", required_argument, 0, 't'}, {"dev", required_argument, 0, 'd'},
        {"output", required_argument, 0, 'o'}, {"epochs", required_argument, 0, 'e'},
        {"max-sents", required_argument, 0, 'm'}, {"jackknife", required_argument, 0, 'j'},
        {"ensemble", required_argument, 0, 'P'},
        {"seed", required_argument, 0, 's'}, {"tagger-epochs", required_argument, 0, 'T'}, {"quiet", no_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *train[64];
    int ntrain = 0;
    tc_nlp_train_opts o;
    memset(&o, 0, sizeof o);
    o.verbose = 1;
    const char *dev = NULL, *out = NULL;
    char dflt[3][4096];
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:qh", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 't':
            if (ntrain == 64) return tc_cli_usage_error("train-parser", "too many --train files");
            train[ntrain++] = optarg;
            break;
        case 'd': dev = optarg; break;
        case 'o': out = optarg; break;
        case 'e': case 'm': case 'j': case 's': case 'T': case 'P': {
            long v = strtol(optarg, &end, 10);
            if (*end || v < 0 || v > 1000000000) return tc_cli_usage_error("train-parser", "bad number '%s'", optarg);
            if (c == 'e') o.epochs = (int)v;
            else if (c == 'm') o.max_sents = (int)v;
            else if (c == 'j') o.jackknife = (int)v;
            else if (c == 'T') o.tag_epochs = (int)v;
            else if (c == 'P') o.ensemble = (int)v;
            else o.seed = (unsigned)v;
            break;
        }
        case 'q': o.verbose = 0; break;
        case 'h': usage(stdout); return 0;
        default: return tc_cli_usage_error("train-parser", "unknown option");
        }
    }
    if (optind < argc) return tc_cli_usage_error("train-parser", "unexpected argument '%s'", argv[optind]);
    tc_config cfg;
    tc_cli_config(&cfg);
    if (!ntrain) {
        snprintf(dflt[0], sizeof dflt[0], "%s/ud/ewt-train.conllu", cfg.data_dir);
        snprintf(dflt[1], sizeof dflt[1], "%s/ud/gum-train.conllu", cfg.data_dir);
        train[ntrain++] = dflt[0];
        train[ntrain++] = dflt[1];
    }
    if (!dev) {
        snprintf(dflt[2], sizeof dflt[2], "%s/ud/ewt-dev.conllu", cfg.data_dir);
        dev = dflt[2];
    } else if (!strcmp(dev, "-")) {
        dev = NULL;
    }
    char outbuf[4096];
    if (!out) {
        snprintf(outbuf, sizeof outbuf, "%s/en-ud.tcm", cfg.model_dir ? cfg.model_dir : "build/models");
        out = outbuf;
    }
    o.train = train;
    o.ntrain = ntrain;
    o.dev = dev;
    o.out = out;
    char err[512] = "";
    int rc = tc_nlp_train(&o, err, sizeof err);
    if (rc) return tc_cli_error("train-parser: %s", err[0] ? err : tc_errstr(rc));
    return 0;
}
