/* SPDX-License-Identifier: MIT */
/*
 * History for reverse execution (replay.h, "history"): seeking in a
 * recording. A replay (rr=replay) seeks in its journal. A recording
 * (rr=record, or the silent in-memory one the gdb stub starts when gdb
 * attaches to a plain run) is rewound to one of its seek snapshots and
 * then re-executes in replay mode, fed by its own journal, up to the
 * icount where it stopped recording (the frontier); from there it
 * records again. Console output produced while re-executing was shown
 * before and is suppressed (the horizon).
 */
#include <inttypes.h>
#include <string.h>

#include "replay-int.h"
#include "core/machine/platform.h"
#include "core/machine/smp.h"

bool replay_history_begin(Machine *m, uint64_t snap_every, GError **err)
{
    if (m->replay) {
        return true;
    }
    ReplayConfig rc = {
        .mode = REPLAY_RECORD,
        .file = ":memory:",
        .snap_every = snap_every,
        .silent = true,
    };
    return replay_start(m, &rc, err);
}

static uint64_t snap_icount(const char *name)
{
    return name && !strncmp(name, "rr-", 3) ?
        g_ascii_strtoull(name + 3, NULL, 10) : 0;
}

uint64_t replay_history_start(Machine *m)
{
    return m->replay ? snap_icount(m->replay->first_snap) : UINT64_MAX;
}

/* Recording: read back the journal written so far (it has no end). */
static bool reload_journal(Replay *r, GError **err)
{
    g_array_set_size(r->entries, 0);
    r->end = NULL;
    r->open_journal = true;
    bool ok = replay_load_journal(r, err);
    r->open_journal = false;
    return ok;
}

bool replay_rewind(Machine *m, uint64_t t, uint64_t *at, GError **err)
{
    Replay *r = m->replay;
    if (!r) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "seek: the machine keeps no history");
        return false;
    }
    uint64_t now = machine_icount(m);
    if (r->mode == REPLAY_RECORD) {
        if (r->broken) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                        "seek: the recording stopped after a write error");
            return false;
        }
        if (!reload_journal(r, err)) {
            return false;
        }
        r->frontier = MAX(r->frontier, now);
        r->reexec = true;
        r->mode = REPLAY_PLAY;
    }
    if (r->end && t > r->end->icount) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "seek: icount %" PRIu64 " is past the end of the "
                    "recording (%" PRIu64 ")", t, r->end->icount);
        return false;
    }
    r->horizon = MAX(r->horizon, now);
    const ReplayEntry *best = NULL;
    for (guint i = 0; i < r->entries->len; i++) {
        const ReplayEntry *e = &g_array_index(r->entries, ReplayEntry, i);
        if (e->kind == RK_SNAP && e->icount <= t &&
            (!best || e->icount >= best->icount)) {
            best = e;
        }
    }
    if (!best) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "seek: no snapshot at or before icount %" PRIu64, t);
        return false;
    }
    gsize len;
    const char *p = g_bytes_get_data(best->data, &len);
    g_autofree char *name = g_strndup(p, len);
    char *last = r->silent ? g_strdup(m->snap_last) : NULL;
    bool ok = snap_load(m, r->db, name, err);
    if (r->silent) {
        g_free(m->snap_last);
        m->snap_last = last;
    }
    if (!ok) {
        return false;
    }
    replay_set_cursors(r, best);
    r->rewound = true;
    if (at) {
        *at = best->icount;
    }
    return true;
}

void replay_set_cursors(Replay *r, const ReplayEntry *best)
{
    r->console_calls = best->console_calls;
    r->time_calls = best->time_calls;
    r->out_len = best->out_len;
    r->out_hash = best->out_hash;
    r->post_pending = false;
    r->post_entry = NULL;
    r->stopped = false;
    r->result.diverged = false;
    r->result.completed = false;
    guint c = 0;
    ReplayEntry *e;
    while ((e = replay_next_entry(r, (1u << RK_CONSOLE) | (1u << RK_EOF),
                                  &c)) && e->call < r->console_calls) {
        c++;
    }
    r->console_cursor = c;
    c = 0;
    while ((e = replay_next_entry(r, 1u << RK_TIME, &c)) &&
           e->call < r->time_calls) {
        c++;
    }
    r->time_cursor = c;
    c = 0;
    while ((e = replay_next_entry(r, 1u << RK_CHECK, &c)) &&
           e->icount <= best->icount) {
        c++;
    }
    r->check_cursor = c;
    c = 0;
    while ((e = replay_next_entry(r, 1u << RK_NET, &c)) &&
           e->seq <= best->seq) {
        c++;
    }
    r->net_cursor = c;
    c = 0;
    while ((e = replay_next_entry(r, 1u << RK_CHR, &c)) &&
           e->seq <= best->seq) {
        c++;
    }
    r->chr_cursor = c;
    c = 0;
    while ((e = replay_next_entry(r, 1u << RK_SLIRP, &c)) &&
           e->seq <= best->seq) {
        c++;
    }
    r->slirp_cursor = c;
    c = 0;
    while ((e = replay_next_entry(r, 1u << RK_SNAP, &c)) &&
           e->icount <= best->icount) {
        c++;
    }
    r->snap_cursor = c;
    /* commands journalled after the snapshot's own row */
    c = 0;
    while ((e = replay_next_entry(r, 1u << RK_CMD, &c)) && e->seq < best->seq) {
        c++;
    }
    r->cmd_cursor = c;
}

uint64_t replay_run_to(Machine *m, uint64_t t)
{
    Replay *r = m->replay;
    while (machine_icount(m) < t && !m->stop) {
        if (replay_run_commands(r) < 0) {
            m->stop = true;
            m->exit = MACHINE_EXIT_ERROR;
            break;
        }
        uint64_t now = machine_icount(m);
        uint64_t at = replay_poll(m);
        if (m->stop) {
            break;
        }
        at = MIN(at, t);
        if (at <= now) {
            at = now + 1;
        }
        smp_run(m, (int64_t)(at - now));
        replay_cpu_stopped(r);
    }
    return machine_icount(m);
}

bool replay_seek(Machine *m, uint64_t t, GError **err)
{
    if (!replay_rewind(m, t, NULL, err)) {
        return false;
    }
    Replay *r = m->replay;
    if (replay_run_to(m, t) != t || r->result.diverged) {
        m->stop = false;
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "seek: stopped at icount %" PRIu64 " before %" PRIu64
                    "%s%s", machine_icount(m), t,
                    r->result.diverged ? ": " : "",
                    r->result.diverged ? r->result.report : "");
        return false;
    }
    return true;
}

bool replay_step_begin(Machine *m)
{
    if (!m->replay) {
        return true;
    }
    replay_poll(m);
    return !m->stop;
}

void replay_step_end(Machine *m)
{
    if (m->replay) {
        replay_cpu_stopped(m->replay);
    }
}

bool replay_output_visible(const Replay *r)
{
    return machine_icount(r->m) >= r->horizon;
}
