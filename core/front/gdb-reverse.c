/* SPDX-License-Identifier: MIT */
/*
 * Reverse execution in the gdb stub: bs (reverse-stepi) and bc
 * (reverse-continue). gdb builds reverse-step, reverse-next and
 * reverse-finish from these plus breakpoints.
 *
 * Built on the record/replay history (snapshot/replay.h): the machine
 * replays a recording (rr=replay), records one (rr=record), or records
 * silently into an in-memory database from the moment gdb attaches. Going
 * back to icount t restores the newest seek snapshot at or before t and
 * re-executes deterministically, fed by the journal, to exactly t.
 *
 * bs goes to icount now - 1. bc scans the snapshot intervals before now
 * from the newest back: it re-executes each with the breakpoints and
 * watchpoints armed, stepping over every hit and remembering the last
 * one, and then seeks to it. A breakpoint hit is reported where the CPU
 * stopped, before the instruction; a watchpoint hit after the accessing
 * instruction, so that gdb's own reverse step over it (PowerPC
 * watchpoints are non-steppable) sees the value change. With no hit the
 * machine goes to the start of the history and gdb gets a stop with
 * "replaylog:begin" ("No more reverse-execution history.").
 *
 * Positions are the machine's instruction count (all CPUs): with -smp N
 * a reverse step goes back one instruction of the machine, whichever CPU
 * ran it. Register and memory writes made from gdb are not journalled
 * and are lost when going back past them.
 */
#include <inttypes.h>

#include "gdb-int.h"
#include "snapshot/replay.h"

/* Seek snapshot interval of the silent history (instructions). */
#define GDB_HISTORY_SNAP_EVERY 100000000ULL

void gdb_reverse_attach(GdbStub *g)
{
    GError *err = NULL;
    if (!replay_history_begin(g->m, GDB_HISTORY_SNAP_EVERY, &err)) {
        fprintf(stderr, "farad: gdb: no reverse execution: %s\n",
                err->message);
        g_error_free(err);
    }
}

/* A breakpoint/watchpoint hit met while re-executing. */
typedef struct Hit {
    bool found;
    uint64_t pos;         /* where to report it */
    PpcCpu *cpu;
    PpcDebugKind kind;
    uint64_t pc, data;
} Hit;

/* Run forward to icount t, stepping over every breakpoint and watchpoint
 * hit on the way; the last one goes to *last (may be NULL). False when
 * the machine stopped before t (divergence, end of a recording). */
static bool run_through(GdbStub *g, uint64_t t, Hit *last)
{
    Machine *m = g->m;
    PpcDebug *d = &g->dbg;
    PpcCpu *over = NULL;      /* stepping over a breakpoint */
    uint64_t over_until = 0;
    for (;;) {
        uint64_t now = machine_icount(m);
        if (over && now >= over_until) {
            ppc_debug_step_over(over, false, 0);
            over = NULL;
        }
        if (now >= t) {
            break;
        }
        g->stop_pending = false;
        replay_run_to(m, over ? over_until : t);
        if (!g->stop_pending) {
            if (m->stop) {
                break;
            }
            continue;
        }
        g->stop_pending = false;
        m->stop = false;
        now = machine_icount(m);
        PpcCpu *cpu = d->hit_cpu;
        bool brk = d->hit_kind <= PPC_DBG_HWBREAK;
        if (last) {
            *last = (Hit){ true, brk ? now : now + 1, cpu, d->hit_kind,
                           d->hit_pc, d->hit_data };
        }
        if (brk) {
            if (!over) {
                ppc_debug_step_over(cpu, true, d->hit_pc);
                over = cpu;
                over_until = now + 1;
            }
        } else {
            d->skip_cpu = cpu;
            d->skip_icount = ppc_icount(cpu);
        }
    }
    if (over) {
        ppc_debug_step_over(over, false, 0);
    }
    d->skip_cpu = NULL;
    d->hit_cpu = NULL;
    return machine_icount(m) == t && !m->stop;
}

/* Go to exactly icount t. */
static bool seek_to(GdbStub *g, uint64_t t, GError **err)
{
    if (!replay_rewind(g->m, t, NULL, err)) {
        return false;
    }
    if (!run_through(g, t, NULL)) {
        g->m->stop = false;
        const ReplayResult *res = replay_result(g->m);
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "re-execution stopped at icount %" PRIu64 " before %"
                    PRIu64 "%s%s", machine_icount(g->m), t,
                    res && res->diverged ? ": " : "",
                    res && res->diverged ? res->report : "");
        return false;
    }
    return true;
}

static void fail(GString *r, GError *err)
{
    fprintf(stderr, "farad: gdb: reverse execution: %s\n", err->message);
    g_error_free(err);
    g_string_assign(r, "E01");
}

static void begin_reply(GdbStub *g, GString *r)
{
    gdb_stop_reply(g, r, 5);
    g_string_append(r, "replaylog:begin;");
}

void gdb_reverse_step(GdbStub *g, GString *r)
{
    Machine *m = g->m;
    GError *err = NULL;
    if (!m->replay) {
        g_string_assign(r, "E01");
        return;
    }
    uint64_t now = machine_icount(m);
    g->dbg.hit_cpu = NULL;
    if (now <= replay_history_start(m)) {
        begin_reply(g, r);
        return;
    }
    if (!seek_to(g, now - 1, &err)) {
        fail(r, err);
        return;
    }
    gdb_stop_reply(g, r, 5);
}

void gdb_reverse_continue(GdbStub *g, GString *r)
{
    Machine *m = g->m;
    GError *err = NULL;
    if (!m->replay) {
        g_string_assign(r, "E01");
        return;
    }
    uint64_t start = replay_history_start(m);
    uint64_t hi = machine_icount(m);
    Hit hit = { 0 };
    /* the snapshot intervals before now, newest first */
    while (hi > start && !hit.found) {
        uint64_t s;
        if (!replay_rewind(m, hi - 1, &s, &err)) {
            fail(r, err);
            return;
        }
        if (!run_through(g, hi, &hit)) {
            m->stop = false;
            g_set_error(&err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "re-execution stopped at icount %" PRIu64
                        " before %" PRIu64, machine_icount(m), hi);
            fail(r, err);
            return;
        }
        hi = s;
    }
    if (!hit.found) {
        if (!seek_to(g, start, &err)) {
            fail(r, err);
            return;
        }
        g->dbg.hit_cpu = NULL;
        begin_reply(g, r);
        return;
    }
    if (!seek_to(g, hit.pos, &err)) {
        fail(r, err);
        return;
    }
    PpcDebug *d = &g->dbg;
    d->hit_cpu = hit.cpu;
    d->hit_kind = hit.kind;
    d->hit_pc = hit.pc;
    d->hit_data = hit.data;
    gdb_hit_reply(g, r);
}
