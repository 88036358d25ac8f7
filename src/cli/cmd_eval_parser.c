/*
 * cmd_eval_parser.c -- `tacitus eval-parser` (placeholder until its stage lands).
 */
#include "cli/cli.h"

int tc_cli_eval_parser(int argc, char **argv) {
    (void)argc; (void)argv;
    return tc_cli_error("'eval-parser' is not implemented yet");
}
