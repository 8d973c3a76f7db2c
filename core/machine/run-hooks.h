/* SPDX-License-Identifier: MIT */
/*
 * The machine's interfaces for the layers above it (snapshot/, the
 * front ends): they take part in running the machine through these
 * function tables, so the machine never includes or calls them.
 *
 *  - InputJournal: every input that can differ between runs (console
 *    input, host time) and what record/replay must see of the output.
 *    The replay module implements it; without one, input comes from the
 *    host directly.
 *  - RunHook: a participant in the run loop (the monitor, the gdb stub,
 *    -savevm-at, record/replay), called between chunks of instructions
 *    in the order they were added.
 *  - ConsoleInput: where the guest's console input comes from when it is
 *    not the host's stdin directly (the monitor's mon:stdio multiplexer).
 */
#ifndef FARAD_CORE_RUN_HOOKS_H
#define FARAD_CORE_RUN_HOOKS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "machine.h"

typedef struct InputJournalOps {
    /* Up to max bytes of console input for now (never blocks). */
    size_t (*console_read)(void *self, uint8_t *buf, size_t max);
    /* The guest printed buf[0..n). */
    void (*console_output)(void *self, const uint8_t *buf, size_t n);
    /* Whether output is shown (false while re-executing what was shown). */
    bool (*output_visible)(const void *self);
    /* Host time in microseconds (-rtc base=utc), as the journal has it. */
    int64_t (*host_time_us)(void *self);
    /* A CPU stopped running a slice (an input's consuming insn retired?). */
    void (*cpu_stopped)(void *self);
    /* True when input never comes from the host (a replay). */
    bool (*no_host_input)(const void *self);
    /* A halted guest waits for input: advance to the next recorded
     * input; false when the recording ends here. */
    bool (*wait_input)(void *self);
    /* Record: netdev id's frame buf[0..len) enters the guest at the net
     * poll now (index: the poll's number among the polls at the current
     * icount; core/net/net.h). */
    void (*net_frame)(void *self, uint32_t index, const char *id,
                      const uint8_t *buf, size_t len);
    /* Replay: the next recorded frame of the net poll `index` at the
     * current icount into *id, *buf (both g_malloc'ed) and *len; false
     * when that poll has no more. */
    bool (*net_replay)(void *self, uint32_t index, char **id, uint8_t **buf,
                       size_t *len);
    /* Record: chardev id's poll `index` at the current icount saw
     * buf[0..len) (chr-host.h's record). Optional. */
    void (*chr_input)(void *self, uint32_t index, const char *id,
                      const uint8_t *buf, size_t len);
    /* Replay: the record of chr poll `index` at the current icount, as
     * net_replay. Optional. */
    bool (*chr_replay)(void *self, uint32_t index, char **id, uint8_t **buf,
                       size_t *len);
    /* Record: netdev id's libslirp state (its state bytes, buf[0..len))
     * changed by the net poll `index` at the current icount. Optional. */
    void (*net_state)(void *self, uint32_t index, const char *id,
                      const uint8_t *buf, size_t len);
    /* Replay: the next recorded state change of net poll `index`, as
     * net_replay. Optional. */
    bool (*net_state_replay)(void *self, uint32_t index, char **id,
                             uint8_t **buf, size_t *len);
} InputJournalOps;

typedef struct InputJournal {
    const InputJournalOps *ops;   /* NULL: no journal */
    void *self;
} InputJournal;

/* Install (ops non-NULL) or remove (ops NULL) m's input journal. */
void machine_set_journal(Machine *m, const InputJournalOps *ops, void *self);

/* What a run hook tells the loop. */
typedef enum RunStep {
    RUN_ON,        /* nothing to do: go on */
    RUN_RESTART,   /* start the loop's round again (e.g. after a reset) */
    RUN_RETURN,    /* end the run with *exit */
} RunStep;

typedef struct RunHookOps {
    /* Once, before the first instruction (gdb -S waits here). */
    RunStep (*start)(void *self, Machine *m, MachineExit *exit);
    /* Before each chunk. May lower *chunk to stop at an instruction
     * count. */
    RunStep (*poll)(void *self, Machine *m, int64_t *chunk,
                    MachineExit *exit);
    /* A chunk ended on a stop request (m->stop): RUN_RESTART when the
     * hook took the stop over (a gdb breakpoint). */
    RunStep (*stopped)(void *self, Machine *m, MachineExit *exit);
    /* Every CPU is halted: true to keep the machine (it waits). */
    bool (*halted)(void *self, Machine *m);
    /* The guest powered off under -no-shutdown: true when the hook keeps
     * the stopped machine (the monitor: paused until system_reset). */
    bool (*shutdown)(void *self, Machine *m);
    /* Work is waiting that an idle machine must return to the loop for. */
    bool (*has_work)(void *self);
    /* The run ended with *why (may change it). */
    void (*end)(void *self, Machine *m, MachineExit *why);
    /* The machine is freed: release self. */
    void (*free)(void *self);
    /* Whether the hook keeps a -S machine alive (monitor, gdb stub). */
    bool takes_start_paused;
} RunHookOps;

/* Add a run hook (any field of ops may be NULL). Hooks run in the
 * order added and are freed, last first, by machine_free. */
void machine_add_run_hook(Machine *m, const RunHookOps *ops, void *self);

/* Reboot m as system-reboot does (for a hook's RUN_RESTART). Prints
 * one line and returns false when the images cannot be loaded again. */
bool machine_reboot(Machine *m);

/* The guest console's input source when it is not stdin directly:
 * read returns up to max bytes typed for the guest (never blocks). */
typedef struct ConsoleInput {
    size_t (*read)(void *self, uint8_t *buf, size_t max);
    void *self;
} ConsoleInput;

/* Route the console's host input through in (NULL: stdin again). */
void machine_set_console_input(Machine *m, const ConsoleInput *in);

#endif
