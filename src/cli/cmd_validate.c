/*
 * cmd_validate.c -- `tacitus validate` (placeholder until its stage lands).
 */
#include "cli/cli.h"

int tc_cli_validate(int argc, char **argv) {
    (void)argc; (void)argv;
    return tc_cli_error("'validate' is not implemented yet");
}
