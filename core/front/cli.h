/* SPDX-License-Identifier: MIT */
/*
 * The command line: a drop-in for the qemu-system-ppc64 options farad
 * shares (see README.md for the list), parsed into a MachineConfig. One
 * table of options (cli.c) drives the parsing, `-help` and the errors
 * for an unknown option or a missing argument.
 */
#ifndef FARAD_CORE_CLI_H
#define FARAD_CORE_CLI_H

#include <stdio.h>

#include "core/machine/machine.h"

typedef enum CliAction {
    CLI_RUN,       /* build the machine and run it */
    CLI_EXIT_OK,   /* help or version printed: exit 0 */
} CliAction;

/* What an option's handler works on (cli.c). */
typedef struct CliState CliState;

/* Apply one option (arg is NULL for an option without an argument).
 * Returns false with err set to one line on a user error. */
typedef bool CliHandler(CliState *st, const char *arg, GError **err);

/* One command-line option: a row of the table. */
typedef struct CliOption {
    const char *name;     /* "-machine"; "--machine" is the same option */
    const char *arg;      /* its argument's name in -help; NULL: none */
    const char *help;     /* -help text; '\n' starts a continuation line */
    CliHandler *handle;
} CliOption;

/* The option table, in -help order, ended by a row with a NULL name. */
const CliOption *cli_options(void);

/* Print the usage text, one entry per table row, to f. */
void cli_print_help(FILE *f);

/*
 * Parse argv into cfg (initialised by the caller with
 * machine_config_init, and cfg->board set: -device help and -global
 * look at its device classes). Help and version requests print to stdout and
 * set *action to CLI_EXIT_OK; caveats about values farad accepts but
 * does not honour fully go to stderr, one line each. On a user error
 * returns false with err set to one line naming the option and value
 * ("-x: invalid option", "-bios: requires an argument", ...).
 */
bool cli_parse(int argc, char **argv, MachineConfig *cfg, CliAction *action,
               GError **err);

#endif
