/* SPDX-License-Identifier: MIT */
/*
 * The guest console on a character device (-serial chardev:ID, file:P,
 * pipe:P, unix:P,server,nowait, tcp:H:P,...): output to the device,
 * input from it through the console's one input path (console_read, so
 * a recording journals it as it does stdin).
 */
#ifndef FARAD_CORE_SERIAL_CHR_H
#define FARAD_CORE_SERIAL_CHR_H

#include <glib.h>

#include "core/machine/machine.h"

/* Open cfg->serial_chr (nothing when NULL) as m's console. One line in
 * err on failure. */
bool serial_chr_start(Machine *m, const MachineConfig *cfg, GError **err);

#endif
