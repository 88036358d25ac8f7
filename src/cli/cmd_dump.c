/*
 * cmd_dump.c -- `tacitus dump` (placeholder until its stage lands).
 */
#include "cli/cli.h"

int tc_cli_dump(int argc, char **argv) {
    (void)argc; (void)argv;
    return tc_cli_error("'dump' is not implemented yet");
}
