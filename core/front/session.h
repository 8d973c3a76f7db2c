/* SPDX-License-Identifier: MIT */
/*
 * Sessions: what the command line adds to a built machine (core/front/session.c).
 */
#ifndef FARAD_CORE_SESSION_H
#define FARAD_CORE_SESSION_H

#include <glib.h>
#include <stdio.h>

#include "core/machine/machine.h"

/*
 * Start what cfg asks for on machine m (built from cfg by machine_new):
 * the monitor, the gdb stub, the snapshot database (-loadvm, -savevm-at)
 * and record/replay, in that order. One line in err on failure; the
 * caller then frees m (which frees whatever was started).
 */
bool session_start(Machine *m, const MachineConfig *cfg, GError **err);

/* farad-snap replay FILE [--verify] [-- OPTIONS]: */
/* Build the recorded machine from the machine-shaping options of the
 * stored command line plus the replay's own options `own` (NULL-ended,
 * may be NULL; the only source of options that touch the host, see
 * replay-args.h) and replay it to its end; prints "pass" or the
 * divergence to out. Console output goes to stdout when show_output.
 * Returns 0 pass, 1 divergence, 2 error (err set). */
int replay_verify_file(const char *file, char **own, bool show_output,
                       FILE *out, GError **err);

#endif
