/* SPDX-License-Identifier: MIT */
/*
 * The process around the machine, as qemu-system-ppc64 7.2 runs it:
 * -daemonize (fork at start; the parent exits once the child has built
 * its machine, with status 0, or 1 when the child failed first; the
 * child's stdin, stdout and, without -D, stderr then go to /dev/null),
 * -pidfile (created and locked, the process id written, removed at
 * exit and when SIGTERM, SIGINT or SIGHUP ends farad) and -name
 * ...,process= (the host thread's name).
 */
#ifndef FARAD_CORE_FRONT_DAEMON_H
#define FARAD_CORE_FRONT_DAEMON_H

#include "core/machine/machine.h"

/*
 * Before the machine is built: fork when cfg->daemonize (only the child
 * returns), name the process, write the pid file. Returns false with
 * err set to one line (the pid file cannot be created or is locked by
 * a running farad).
 */
bool daemon_start(const MachineConfig *cfg, GError **err);

/* The machine is built: a daemon detaches from the terminal and lets
 * its parent exit 0. No effect without -daemonize. */
void daemon_ready(const MachineConfig *cfg);

/* At exit: remove the pid file daemon_start wrote (if any). */
void daemon_end(void);

#endif
