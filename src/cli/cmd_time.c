/*
 * cmd_time.c -- `tacitus time` (placeholder until its stage lands).
 */
#include "cli/cli.h"

int tc_cli_time(int argc, char **argv) {
    (void)argc; (void)argv;
    return tc_cli_error("'time' is not implemented yet");
}
