/* SPDX-License-Identifier: MIT */
/*
 * Deterministic record/replay (docs/replay.md). farad's guest time is a
 * function of the instruction count, so the only things a recording has
 * to keep are the inputs from outside: console input bytes (with the
 * console read call and the instruction count at which the guest took
 * them), the end of console input, and host time when -rtc clock=host.
 * Every such input enters through ONE journal interface below
 * (replay_console_read, replay_host_time_us); in record mode they take
 * the host's answer and log it, in replay mode they return the logged
 * answer at the same point.
 *
 * A recording lives in a farad snapshot database: the initial snapshot
 * "rr-0", periodic snapshots "rr-ICOUNT" for seeking, the journal table
 * (inputs, checkpoints, the end) and the rr_* side tables. Replay opens
 * the file read-only.
 */
#ifndef FARAD_SNAPSHOT_REPLAY_H
#define FARAD_SNAPSHOT_REPLAY_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "core/machine/machine.h"

typedef struct Replay Replay;

typedef enum ReplayMode {
    REPLAY_OFF = 0,
    REPLAY_RECORD,
    REPLAY_PLAY,
} ReplayMode;

/* Defaults of rrcheck= and rrsnap= (instructions, all CPUs). */
#define REPLAY_DEFAULT_CHECK 500000000ULL
#define REPLAY_DEFAULT_SNAP 1000000000ULL

/* Options parsed from -icount ...,rr=record|replay,rrfile=F,rrcheck=N,
 * rrsnap=N (cli.c) and the command line kept for farad-snap replay. */
typedef struct ReplayConfig {
    ReplayMode mode;
    char *file;
    uint64_t check_every;   /* 0: default */
    uint64_t snap_every;    /* 0: default */
    char **argv;            /* the farad command line without argv[0] */
    bool quiet;             /* replay: no divergence report on stderr */
    bool verify;            /* replay: stop at the first divergence and
                               narrow it down (farad-snap replay) */
    bool silent;            /* record: the gdb stub's history (no
                               checkpoints, end record or messages) */
} ReplayConfig;

/* Parse "rr=...,rrfile=...,rrcheck=N,rrsnap=N" items of an -icount
 * argument into rc (other items are ignored). False with err on a bad
 * value. */
bool replay_parse_icount(const char *arg, ReplayConfig *rc, GError **err);
void replay_config_clear(ReplayConfig *rc);
/* replay_config_clear and g_free (MachineConfig.replay_destroy). */
void replay_config_free(ReplayConfig *rc);

/*
 * Start recording or replaying on a freshly built machine (after boot
 * and -loadvm). Record: creates the recording (the file must not hold
 * one yet), saves rr-0. Replay: opens FILE read-only, checks it (machine
 * type, journal complete, images), loads rr-0. One line in err.
 */
bool replay_start(Machine *m, const ReplayConfig *rc, GError **err);

/* The run loop's hook between chunks: take checkpoints and snapshots
 * that are due, stop the machine at the end of a replay. Returns the
 * icount at which the run loop must stop next (UINT64_MAX: none). Sets
 * m->stop (with m->exit) when the run must end. */
uint64_t replay_poll(Machine *m);

/* The machine stopped for `why`: record writes the end record and
 * commits; replay checks it ended where the recording did. Returns the
 * exit to report. */
MachineExit replay_end(Machine *m, MachineExit why);
void replay_free(Machine *m);

/* Journal interface: every input from outside goes through these. */
size_t replay_console_read(Replay *r, uint8_t *buf, size_t max);
/* Host wall-clock time in microseconds (-rtc clock=host). */
int64_t replay_host_time_us(Replay *r);
/* Record: a frame of netdev id for the guest at the net poll `index`
 * of the current icount (core/net/net.h). Replay: ignored. */
void replay_net_frame(Replay *r, uint32_t index, const char *id,
                      const uint8_t *buf, size_t len);
/* Replay: the next recorded frame due at net poll `index` of the
 * current icount (*id and *buf g_malloc'ed), false when none (a frame
 * whose poll passed is a divergence). */
bool replay_net_replay(Replay *r, uint32_t index, char **id, uint8_t **buf,
                       size_t *len);
/* The same for a netdev's libslirp state after a net poll changed it
 * (core/net/net.h): record its bytes; replay: the change of that poll. */
void replay_net_state(Replay *r, uint32_t index, const char *id,
                      const uint8_t *buf, size_t len);
bool replay_net_state_replay(Replay *r, uint32_t index, char **id,
                             uint8_t **buf, size_t *len);
/* The same for host chardev polls (core/machine/chr-host.h): record
 * poll `index`'s record now; replay: that record, if any. */
void replay_chr_input(Replay *r, uint32_t index, const char *id,
                      const uint8_t *buf, size_t len);
bool replay_chr_replay(Replay *r, uint32_t index, char **id, uint8_t **buf,
                       size_t *len);
/* A CPU returned from ppc_cpu_run: a pending post-input check is taken
 * here (the input's consuming instruction has retired). */
void replay_cpu_stopped(Replay *r);
/* Replay wants no host-input wait (spapr-vty's blocking poll). */
bool replay_no_host_input(const Replay *r);
/* Replay: the guest waits for input; false (and the machine stops) when
 * the journal has none left. */
bool replay_wait_input(Replay *r);
/* A command from outside that changes the machine (QMP's or the
 * monitor's system_reset / system_powerdown, or a whole "device_add
 * DRIVER,..." / "device_del ID" line), taking effect at this
 * instruction boundary: a recording journals it (kind "cmd") and a
 * replay runs it again at the same icount from its run hook. True when
 * there is no recording or it was journalled; false with err while
 * replaying (the commands come from the journal then). */
bool replay_log_command(Machine *m, const char *name, GError **err);

/* Console output, digested into the checkpoints. */
void replay_console_output(Replay *r, const uint8_t *buf, size_t n);

/* Result of a replay: did it diverge, and where. */
typedef struct ReplayResult {
    bool completed;         /* reached the recording's end */
    bool diverged;
    uint64_t icount;        /* first divergence found (or end) */
    char *report;           /* human-readable, several lines */
} ReplayResult;

/* The result so far (after replay_end). Borrowed. */
const ReplayResult *replay_result(Machine *m);

/* ---- history: seeking for reverse execution (replay-history.c) ---- */

/* Make sure m keeps a history to go back in: when it neither records nor
 * replays, start a silent recording into an in-memory database (a seek
 * snapshot now and every snap_every instructions, every input
 * journalled, no checkpoints). True when m has a history. */
bool replay_history_begin(Machine *m, uint64_t snap_every, GError **err);

/* The oldest icount one can go back to (the first seek snapshot). */
uint64_t replay_history_start(Machine *m);

/* Restore the newest seek snapshot at or before icount t (*at: its
 * icount), with the journal cursors as they were then. A recording
 * (rr=record or the silent history) re-executes from there, feeding its
 * own journal, until it reaches the icount where it stopped recording;
 * then it records again. Console output that was already shown is not
 * shown again. */
bool replay_rewind(Machine *m, uint64_t t, uint64_t *at, GError **err);

/* Run forward to icount t (checkpoints, journal inputs as the run loop
 * does); stops early when something sets m->stop (a debugger hit, a
 * divergence, the end of the recording). Returns the icount reached. */
uint64_t replay_run_to(Machine *m, uint64_t t);

/* rewind + run_to: exactly at icount t, or false with err. */
bool replay_seek(Machine *m, uint64_t t, GError **err);

/* A gdb single step is about to run / has run one instruction outside
 * the run loop: the replay_poll / replay_cpu_stopped work around it.
 * step_begin returns false when the machine must stop instead. */
bool replay_step_begin(Machine *m);
void replay_step_end(Machine *m);

/* Console output now is new (not a re-execution of shown output). */
bool replay_output_visible(const Replay *r);

/* The command line stored in recording `file`, one argument per line
 * (farad-snap replay builds the machine from it), or NULL with one line
 * in err when the file cannot be read or is not a recording. */
char *replay_file_argv(const char *file, GError **err);

/* The canonical machine type recording `file` ran (a stored "pseries"
 * read as it was meant then, machine_type_legacy_name), or NULL with
 * err set. */
char *replay_file_machine(const char *file, GError **err);

/* SHA-256 (hex) of regular file `path`, or NULL when it is not a
 * regular file or cannot be read (a FIFO or a device is never read). */
char *replay_image_hash(const char *path);

/* Is `path`, given to option `opt` (-bios, -kernel, -initrd) on the
 * command line stored in recording `file`, the image the recording was
 * made with: a regular file whose SHA-256 equals the one recorded
 * (meta rr.images)? Only then may a replay read it. */
bool replay_file_image_ok(const char *file, const char *opt,
                          const char *path);

#endif
