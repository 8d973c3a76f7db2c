/* SPDX-License-Identifier: MIT */
/*
 * Internals of record/replay shared by replay.c (engine, journal
 * interface) and replay-check.c (loading a recording, the divergence
 * checks and their reports, farad-snap replay).
 */
#ifndef FARAD_SNAPSHOT_REPLAY_INT_H
#define FARAD_SNAPSHOT_REPLAY_INT_H

#include "replay.h"
#include "snap-int.h"

typedef enum ReplayKind {
    RK_CONSOLE, RK_EOF, RK_TIME, RK_CHECK, RK_SNAP, RK_END,
    RK_CMD,   /* a command from outside: data = its name */
    RK_NET,   /* a frame for the guest: data = the net poll's index at
                 that icount (u32 LE), the netdev id, NUL, the frame */
    RK_CHR,   /* a host chardev poll (core/machine/chr-host.h): data =
                 the chr poll's index at that icount (u32 LE), the
                 chardev id, NUL, a connected byte, the input bytes */
    RK_SLIRP, /* a netdev's libslirp state changed at a net poll: data =
                 the poll's index (u32 LE), the netdev id, NUL, libslirp's
                 state bytes (core/net/net.h) */
} ReplayKind;

const char *replay_kind_name(ReplayKind k);
int replay_kind_parse(const char *s);   /* -1: unknown */

/* One journal row with its side-table extras (replay keeps them all). */
typedef struct ReplayEntry {
    int64_t seq;
    uint64_t icount;
    ReplayKind kind;
    GBytes *data;
    /* inputs (rr_input) */
    uint64_t call;
    char *pre_hash, *pre_state;
    uint64_t post_icount;
    char *post_hash, *post_state;
    /* check/snap/end (rr_check) */
    char *hash, *state;
    uint64_t out_len, out_hash;
    uint64_t console_calls, time_calls;
} ReplayEntry;

void replay_entry_clear(ReplayEntry *e);

struct Replay {
    Machine *m;
    ReplayMode mode;
    SnapDb *db;
    bool verify, quiet;
    uint64_t check_every, snap_every;
    uint64_t next_check, next_snap;   /* record */
    uint64_t console_calls, time_calls;
    uint64_t out_len, out_hash;       /* console output digest */
    int64_t next_seq;                 /* record: next journal seq */
    bool broken;                      /* record: a write failed */
    uint64_t nchecks;
    bool post_pending;                /* post-input check due */
    int64_t post_seq;                 /* record: its journal row */
    ReplayEntry *post_entry;          /* replay: its entry */
    char *first_snap;                 /* rr-0 */
    /* replay */
    GArray *entries;                  /* ReplayEntry, by seq */
    guint console_cursor, time_cursor, check_cursor;
    ReplayEntry *end;
    char *end_reason;
    MachineExit end_exit;
    bool stopped;                     /* diverged: feed nothing more */
    ReplayResult result;
    /* history for reverse execution (replay-history.c) */
    bool silent;          /* the gdb stub's in-memory recording: no
                             checkpoints, no end record, no report */
    bool reexec;          /* a rewound recording re-executes (mode PLAY)
                             up to frontier, then records again */
    bool open_journal;    /* load a journal that has no end record yet */
    uint64_t frontier;    /* reexec: where recording stopped */
    uint64_t horizon;     /* console output before this icount was shown
                             already: suppressed when re-executed */
    bool rewound;         /* seeked at least once: seek snapshots are
                             not checked any more */
    guint snap_cursor;    /* replay: next seek snapshot to check */
    guint cmd_cursor;     /* replay: next journalled command */
    guint net_cursor;     /* replay: next journalled network frame */
    guint chr_cursor;     /* replay: next journalled chardev poll */
    guint slirp_cursor;   /* replay: next journalled libslirp state */
    bool narrowing;       /* trial runs of replay-narrow.c: no checks */
};

/* replay.c */
char *replay_meta_get(SnapDb *db, const char *k);
/* Replay: the next entry of a kind in the `kinds` mask (1u << kind) at
 * or after *cursor (moves the cursor onto it), NULL when none. */
ReplayEntry *replay_next_entry(Replay *r, unsigned kinds, guint *cursor);
/* Record: take a seek snapshot now (rr-ICOUNT). */
void replay_record_snap(Replay *r, uint64_t at);

/* replay-check.c */
bool replay_load_journal(Replay *r, GError **err);
/* Report a divergence at an input entry (e may be NULL). */
void replay_diverge_input(Replay *r, const ReplayEntry *e, uint64_t now,
                          const char *why);
bool replay_check_pre(Replay *r, const ReplayEntry *e);
void replay_check_post(Replay *r, const ReplayEntry *e);
bool replay_check_checkpoint(Replay *r, const ReplayEntry *e);
void replay_check_end(Replay *r, MachineExit why);
/* Stop the replay with a divergence report (takes it). */
void replay_diverge(Replay *r, uint64_t icount, GString *report);
/* "  key: replay != recorded" lines for two light-state texts. */
void replay_diff_states(GString *out, const char *replay, const char *rec);

/* replay-history.c */
/* Journal cursors and counters as they were at seek snapshot entry e. */
void replay_set_cursors(Replay *r, const ReplayEntry *e);

/* Replay: run the journalled commands due at the current icount
 * (replay.c). 1 after a reset (the run loop starts its round again),
 * 0 otherwise, -1 when the machine cannot be rebooted. */
int replay_run_commands(Replay *r);
/* Whether name is a command the journal can hold. */
bool replay_command_known(const char *name, size_t len);

/* replay-narrow.c */
/* Replay reached seek snapshot e: compare the state with the recorded
 * snapshot; on a difference narrow it down to the first instruction
 * whose effect differs, report it and return false. */
bool replay_check_snapshot(Replay *r, const ReplayEntry *e);

#endif
