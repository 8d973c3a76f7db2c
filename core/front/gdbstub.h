/* SPDX-License-Identifier: MIT */
/*
 * The gdb remote-protocol stub (-gdb tcp::PORT, -s, -S), as the run loop
 * sees it. gdb connects over TCP (127.0.0.1 only); while it is attached
 * the machine stops at breakpoints, watchpoints, after single steps and
 * on Ctrl-C, and gdb reads and writes registers and memory. Stopping
 * takes no virtual time: the guest sees the same instruction counts
 * with or without a debugger.
 *
 * Files: gdbstub.c (packet dispatch table, run control), gdb-conn.c
 * (socket and packet framing), gdb-regs.c (registers and the target
 * description), gdb-break.c (Z/z packets); gdb-int.h is their shared
 * header. The interpreter side is cpu-ppc/debug.h.
 */
#ifndef FARAD_CORE_GDBSTUB_H
#define FARAD_CORE_GDBSTUB_H

#include <glib.h>
#include <stdbool.h>

#include "core/machine/machine.h"

typedef struct GdbStub GdbStub;

/* Listen as spec says ("tcp::PORT", "tcp:localhost:PORT",
 * "tcp:127.0.0.1:PORT", or just PORT; port 0 picks a free one and prints
 * it on stderr as "farad: gdb stub listening on tcp::N"). Returns NULL
 * with err set on a bad spec or when the port cannot be bound. */
GdbStub *gdbstub_new(Machine *m, const char *spec, GError **err);
void gdbstub_free(GdbStub *g);

/* What the run loop does after a stub call. */
enum { GDB_RUN = -1 };  /* else: a MachineExit to end the run with */

/* Machine start: with -S, wait for gdb to connect and serve it until it
 * resumes the machine. Returns GDB_RUN or a MachineExit. */
int gdbstub_start(GdbStub *g, bool paused);

/* Between run chunks: accept a new connection (the machine stops for
 * it), notice Ctrl-C or a closed connection. Cheap when nothing
 * happened (one poll(2)). Returns GDB_RUN or a MachineExit. */
int gdbstub_poll(GdbStub *g);

/* After the CPUs returned with m->stop set: when a breakpoint or
 * watchpoint stopped them (*handled set), report it to gdb and serve
 * until it resumes. Returns GDB_RUN or a MachineExit. */
int gdbstub_check_stop(GdbStub *g, bool *handled);

/* The run ended (power-off, limit, ...): tell gdb ("W" packet with the
 * exit status) and close the connection. */
void gdbstub_exited(GdbStub *g, MachineExit why);

/* The fuzzing seam (fuzz/fuzz-gdb.c): a stub on a connection already
 * open on fd (a socketpair end; no listening socket, no run hooks),
 * attached as for a gdb that just connected. gdbstub_free closes fd. */
GdbStub *gdbstub_new_connected(Machine *m, int fd);

/* Answer its packets as at a stop until gdb resumes the machine,
 * detaches or goes away (the connection then is closed). Returns
 * GDB_RUN or a MachineExit, as gdbstub_start does. */
int gdbstub_serve(GdbStub *g);

#endif
