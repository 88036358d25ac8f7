/*
 * cmd_eval_parser.c -- `tacitus eval-parser [--raw] GOLD.conllu`: scores the
 * tagger, lemmatizer and parser against gold CoNLL-U and prints one line
 * "Tokens .. Sentences .. UPOS .. XPOS .. Lemmas .. UAS .. LAS ..".
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static void usage(FILE *f) {
    fprintf(f, "usage: tacitus eval-parser [--raw] [--model FILE] GOLD.conllu\n"
               "\nScores the model against gold CoNLL-U.  Without --raw the gold words are\n"
               "tagged and parsed (Tokens and Sentences are 100.00); with --raw the '# text'\n"
               "of each document is tokenized and aligned to the gold words as in the CoNLL\n"
               "2018 shared task.  LAS ignores deprel subtypes.  Ends with one line:\n"
               "Tokens T Sentences S UPOS U XPOS X Lemmas L UAS A LAS B (percent).\n\n"
               "options:\n"
               "  --raw            tokenize and split the raw text first\n"
               "  -m, --model F    model file (default $TACITUS_MODELS/en-ud.tcm)\n"
               "  -h, --help       this text\n");
}

int tc_cli_eval_parser(int argc, char **argv) {
    static const struct option opts[] = {{"raw", no_argument, 0, 'r'}, {"model", required_argument, 0, 'm'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int raw = 0, c;
    const char *model = NULL;
    optind = 1;
    while ((c = getopt_long(argc, argv, "m:h", opts, NULL)) != -1) {
        switch (c) {
        case 'r': raw = 1; break;
        case 'm': model = optarg; break;
        case 'h': usage(stdout); return 0;
        default: return tc_cli_usage_error("eval-parser", "unknown option");
        }
    }
    if (argc - optind != 1) return tc_cli_usage_error("eval-parser", "expected one GOLD.conllu file");
    tc_config cfg;
    tc_cli_config(&cfg);
    tc_nlp_model *m = NULL;
    if (tc_cli_open_parser(&cfg, model, &m)) return 1;
    char err[512] = "";
    tc_nlp_scores s;
    int rc = tc_nlp_eval(m, argv[optind], raw, &s, err, sizeof err);
    tc_nlp_model_free(m);
    if (rc) return tc_cli_error("%s", err[0] ? err : tc_errstr(rc));
    printf("Tokens %.2f Sentences %.2f UPOS %.2f XPOS %.2f Lemmas %.2f UAS %.2f LAS %.2f\n", s.tokens,
           s.sentences, s.upos, s.xpos, s.lemmas, s.uas, s.las);
    return 0;
}
