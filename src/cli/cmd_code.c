/*
 * cmd_code.c -- `tacitus code` (placeholder until its stage lands).
 */
#include "cli/cli.h"

int tc_cli_code(int argc, char **argv) {
    (void)argc; (void)argv;
    return tc_cli_error("'code' is not implemented yet");
}
