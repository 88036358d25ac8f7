/*
 * cmd_parse.c -- `tacitus parse` (placeholder until its stage lands).
 */
#include "cli/cli.h"

int tc_cli_parse(int argc, char **argv) {
    (void)argc; (void)argv;
    return tc_cli_error("'parse' is not implemented yet");
}
