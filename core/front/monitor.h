/* SPDX-License-Identifier: MIT */
/*
 * The human monitor, in QEMU's HMP words: `-monitor stdio` (a monitor
 * of its own on stdin/stdout), `-monitor DEVICE` / `-mon chardev=ID,
 * mode=readline` (on a socket, file or pipe: chr-port.h) or `-serial
 * mon:stdio` (console and monitor multiplexed on stdio, switched with
 * Ctrl-A c), and `-S`.
 *
 * monitor.c owns the input side (the Ctrl-A multiplexer, the line
 * editor, the paused state and the hooks the run loop calls);
 * monitor-cmds.c parses and runs commands (x, xp, stop, cont, ...);
 * monitor-info.c prints the `info` reports (registers, mtree, qtree...).
 *
 * Determinism: the monitor acts only between run chunks of the main
 * loop (never inside an instruction or hypercall), and pausing takes no
 * virtual time, so the guest sees nothing of when it is used. In
 * mon:stdio mode bytes typed while the monitor has the focus never reach
 * the guest.
 */
#ifndef FARAD_CORE_MONITOR_H
#define FARAD_CORE_MONITOR_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

#include "core/machine/machine.h"

typedef struct Monitor Monitor;

/* What the run loop must do after monitor_poll. */
typedef enum MonitorAction {
    MONITOR_RUN,     /* keep running the CPUs */
    MONITOR_RESET,   /* system_reset: reboot the machine, then poll again */
    MONITOR_EXIT,    /* quit / Ctrl-A x: return m->exit */
} MonitorAction;

/* Create the monitor that m's configuration asks for (cfg.monitor_stdio
 * or cfg.mon_stdio), after the console was opened; NULL when there is
 * none. A mon:stdio monitor becomes the console's input source. */
Monitor *monitor_new(Machine *m);
void monitor_free(Monitor *mon);

/* A monitor for one caller-driven command at a time (QMP's
 * human-monitor-command): output to out, no input of its own, not part
 * of the run loop; `paused` is the run state it starts with (read it
 * back with monitor_paused, requests with monitor_poll_nowait). */
Monitor *monitor_new_capture(Machine *m, FILE *out, bool paused);

/*
 * Called by the run loop between chunks: take the input that is there,
 * run complete command lines, and while the machine is paused (-S,
 * stop) wait for more. Sets m->exit before returning MONITOR_EXIT.
 */
MonitorAction monitor_poll(Monitor *mon);

/* The same, but never waits: runs the complete lines that are there and
 * returns (used while gdb holds the machine stopped). */
MonitorAction monitor_poll_nowait(Monitor *mon);

/* Every CPU is halted for good: a dedicated monitor (-monitor stdio)
 * keeps the machine alive and waits for commands, as QEMU does. Returns
 * true when the monitor did so (then call monitor_poll again), false
 * when the machine should end (no dedicated monitor, or its input
 * closed). */
bool monitor_wait_halted(Monitor *mon);

/* Input is waiting in the monitor (the main loop returns to poll it
 * rather than idling). */
bool monitor_has_work(Monitor *mon);

/* mon:stdio: up to max bytes typed for the guest (console focus), never
 * blocking. Sets the console's eof when stdin ended and nothing is
 * buffered. */
size_t monitor_mux_read(Monitor *mon, uint8_t *buf, size_t max);

/* --- between monitor.c, monitor-cmds.c and monitor-info.c --- */

/* Print to the monitor's output. */
void monitor_printf(Monitor *mon, const char *fmt, ...)
    G_GNUC_PRINTF(2, 3);
Machine *monitor_machine(Monitor *mon);

/* Run one command line (monitor-cmds.c). */
void monitor_run_line(Monitor *mon, const char *line);

/* The pause state, set by stop/cont. */
bool monitor_paused(Monitor *mon);
/* Powered off under -no-shutdown and not reset since (info status
 * says "shutdown"; cont needs a system_reset first). */
bool monitor_shut_down(Monitor *mon);

/* Paused by -S and not run since (info status says "prelaunch"). */
bool monitor_prelaunch(Monitor *mon);
void monitor_set_paused(Monitor *mon, bool paused);
/* Ask the run loop for a reset or an exit (m->exit set by the caller). */
void monitor_request(Monitor *mon, MonitorAction a);
/* The CPU the commands act on (info registers, x, p). */
int monitor_cpu_index(Monitor *mon);
void monitor_set_cpu_index(Monitor *mon, int index);

/* The state of x/xp between commands: last format and unit size. */
typedef struct MonitorFmt {
    char fmt;      /* x d u o c i */
    int size;      /* 1 2 4 8 */
} MonitorFmt;
MonitorFmt *monitor_last_fmt(Monitor *mon);
/* The Capstone handle (opened on first use; NULL when unavailable). */
struct Disas *monitor_disas(Monitor *mon);

/* monitor-info.c: `info WHAT [args]`. Returns false for an unknown
 * WHAT (the caller prints the error). */
bool monitor_info(Monitor *mon, const char *what, const char *args);
/* `help info` lines. */
void monitor_info_help(Monitor *mon);
/* QEMU's register dump of one CPU ("info registers" layout). */
void monitor_dump_cpu(Monitor *mon, PpcCpu *cpu);

/* monitor-snap.c: savevm / loadvm / delvm / info snapshots. */
void monitor_savevm(Monitor *mon, const char *name);
void monitor_loadvm(Monitor *mon, const char *name);
/* migrate [-d] URI: the machine as a QEMU 7.2 stream, then stopped. */
void monitor_migrate(Monitor *mon, const char *args);
/* migrate_incoming URI: the load -incoming defer waits for. */
void monitor_migrate_incoming(Monitor *mon, const char *args);

/* hotplug-cmds.c: device_add DRIVER[,prop=value...] and device_del ID
 * (PCI functions through the PHB's DR connectors). */
void monitor_device_add(Monitor *mon, const char *args);
void monitor_device_del(Monitor *mon, const char *args);

/* monitor-pci.c: info pci. */
void monitor_info_pci(Monitor *mon);
void monitor_delvm(Monitor *mon, const char *name);
void monitor_info_snapshots(Monitor *mon);
/* The store the monitor opened (NULL until first use). */
struct SnapDb **monitor_snap_db(Monitor *mon);

#endif
