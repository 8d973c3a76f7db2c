/* SPDX-License-Identifier: MIT */
/*
 * The command line: a drop-in for the qemu-system-ppc64 options farad
 * shares (see README.md for the list), parsed into a MachineConfig.
 */
#ifndef FARAD_CORE_CLI_H
#define FARAD_CORE_CLI_H

#include "core/machine.h"

typedef enum CliAction {
    CLI_RUN,       /* build the machine and run it */
    CLI_EXIT_OK,   /* help or version printed: exit 0 */
} CliAction;

/* Parse argv into cfg (initialised by the caller with
 * machine_config_init, and cfg->board set: -device help and -global
 * look at its device classes). On a user error returns false with err set to
 * one line naming the option and value. */
bool cli_parse(int argc, char **argv, MachineConfig *cfg, CliAction *action,
               GError **err);

#endif
