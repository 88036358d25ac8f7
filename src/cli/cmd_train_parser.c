/*
 * cmd_train_parser.c -- `tacitus train-parser` (placeholder until its stage lands).
 */
#include "cli/cli.h"

int tc_cli_train_parser(int argc, char **argv) {
    (void)argc; (void)argv;
    return tc_cli_error("'train-parser' is not implemented yet");
}
