/* SPDX-License-Identifier: MIT */
/*
 * QMP, QEMU's JSON machine protocol (docs/qmp.md): servers on -qmp
 * unix:PATH,server,wait=off / tcp:HOST:PORT,... and on -chardev socket
 * ... -mon chardev=ID,mode=control. Commands run in the run loop
 * between chunks (an instruction boundary of every CPU), as the HMP
 * monitor's do.
 */
#ifndef FARAD_CORE_QMP_H
#define FARAD_CORE_QMP_H

#include <glib.h>

#include "core/machine/machine.h"

/* Open the QMP servers cfg asks for (cfg->qmp, cfg->mons with
 * mode=control) on m and join the run loop; a server with wait=on
 * blocks here until its client connects. True with nothing to do when
 * there are none; false with one line in err. */
bool qmp_start(Machine *m, const MachineConfig *cfg, GError **err);

#endif
