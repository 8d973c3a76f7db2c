/* SPDX-License-Identifier: MIT */
/*
 * Narrowing a replay divergence down to one instruction. When the replay
 * reaches a seek snapshot (rr-ICOUNT) its state must equal the recorded
 * snapshot (state hash). When it does not, the two states are run
 * forward side by side, fed by the same journal: the replay's own state
 * (kept in a scratch in-memory database) and the recorded snapshot. The
 * first instruction count at which their CPU and device state (the
 * light state: every section but RAM) or console output differs is found
 * by probing at s+1, s+2, s+4, ... and then bisecting, each probe
 * re-running both from the snapshot; the instruction executed just
 * before it is the first whose effect differs. It is reported with its
 * address, Capstone disassembly and the fields that differ. When the
 * light state differs already at the snapshot, the fields are reported
 * as they are; when it never differs up to the next checkpoint (or the
 * end), only guest RAM differs there. The search assumes that a
 * difference, once visible, stays visible between probes.
 */
#include <inttypes.h>
#include <string.h>

#include "replay-int.h"
#include "base/disas.h"
#include "core/machine/platform.h"
#include "core/machine/smp.h"

static char *stored_hash(Replay *r, const char *name)
{
    sqlite3_stmt *st;
    char *v = NULL;
    if (snap_db_prepare(r->db, "SELECT state_hash FROM snapshot WHERE "
                        "name = ?", &st) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
        if (snap_db_step(r->db, st) == SQLITE_ROW &&
            sqlite3_column_text(st, 0)) {
            v = g_strdup((const char *)sqlite3_column_text(st, 0));
        }
    }
    sqlite3_finalize(st);
    return v;
}

/* One side of the comparison: a snapshot in a database. */
typedef struct Side {
    SnapDb *db;
    const char *name;
} Side;

/* Load side x and run it to icount t with the journal as at the
 * snapshot entry e; returns the light state there (*reached: icount). */
static char *state_at(Replay *r, const ReplayEntry *e, Side x, uint64_t t,
                      uint64_t *reached)
{
    Machine *m = r->m;
    GError *err = NULL;
    *reached = 0;
    if (!snap_load(m, x.db, x.name, &err)) {
        g_error_free(err);
        return g_strdup("");
    }
    replay_set_cursors(r, e);
    m->stop = false;
    *reached = replay_run_to(m, t);
    m->stop = false;
    g_autofree char *text = snap_state_text(m);
    return g_strdup_printf("%sconsole.output=%" PRIu64 " bytes, digest %016"
                           PRIx64 "\n", text, r->out_len, r->out_hash);
}

/* The instruction at icount t of side x: which CPU ran it and where. */
static void describe_insn(Replay *r, const ReplayEntry *e, Side x,
                          uint64_t t, GString *s)
{
    Machine *m = r->m;
    uint64_t reached;
    g_free(state_at(r, e, x, t, &reached));
    int n = m->cfg.smp;
    uint64_t before[64], pcs[64];
    for (int i = 0; i < n && i < 64; i++) {
        before[i] = ppc_icount(machine_cpu(m, i));
        pcs[i] = machine_cpu(m, i)->arch.nip;
    }
    replay_run_to(m, t + 1);
    m->stop = false;
    for (int i = 0; i < n && i < 64; i++) {
        PpcCpu *c = machine_cpu(m, i);
        if (ppc_icount(c) == before[i]) {
            continue;
        }
        uint64_t pa = pcs[i] & 0x0fffffffffffffffULL;
        char text[96] = "?";
        if (pa + 4 <= m->ram_size) {
            const uint8_t *b = m->ram + pa;
            bool le = c->arch.msr & MSR_LE;
            uint32_t raw = le ? (uint32_t)b[0] | b[1] << 8 | b[2] << 16 |
                                (uint32_t)b[3] << 24
                              : (uint32_t)b[0] << 24 | b[1] << 16 |
                                b[2] << 8 | b[3];
            Disas *ds = disas_new();
            char d[80] = "";
            if (ds) {
                disas_insn(ds, raw, pcs[i], d, sizeof(d));
                disas_free(ds);
            }
            snprintf(text, sizeof(text), "%08x  %s", raw, *d ? d : "?");
        }
        g_string_append_printf(s, "  first instruction that differs: "
                               "icount %" PRIu64 ", cpu%d 0x%016" PRIx64
                               ": %s\n", t, i, pcs[i], text);
        return;
    }
    g_string_append_printf(s, "  first instruction that differs: icount %"
                           PRIu64 " (no CPU ran it)\n", t);
}

/* Narrow the difference between the replay's state now (at e->icount)
 * and the recorded snapshot e; appends to s, returns the icount of the
 * first instruction whose effect differs (e->icount if none). */
static uint64_t narrow(Replay *r, const ReplayEntry *e, const char *name,
                       GString *s)
{
    Machine *m = r->m;
    GError *err = NULL;
    uint64_t s0 = e->icount, result = s0;
    SnapDb *mem = snap_db_open(":memory:", &err);
    SnapSaveOpts o = { .note = "replay state (narrowing)" };
    char *last = g_strdup(m->snap_last);
    if (!mem || !snap_save(m, mem, "replay", &o, &err)) {
        g_string_append_printf(s, "  (cannot narrow: %s)\n",
                               err ? err->message : "?");
        g_clear_error(&err);
        snap_db_close(mem);
        g_free(last);
        return result;
    }
    /* how far to look: the next checkpoint or the end */
    uint64_t hi = r->end ? r->end->icount : s0 + r->snap_every;
    for (guint i = 0; i < r->entries->len; i++) {
        const ReplayEntry *x = &g_array_index(r->entries, ReplayEntry, i);
        if (x->kind == RK_CHECK && x->icount > s0) {
            hi = MIN(hi, x->icount);
            break;
        }
    }
    Side a = { mem, "replay" }, b = { r->db, name };
    uint64_t horizon = r->horizon;
    r->narrowing = true;
    r->horizon = UINT64_MAX;   /* trial runs print nothing */
    uint64_t ra, rb;
    g_autofree char *ta = state_at(r, e, a, s0, &ra);
    g_autofree char *tb = state_at(r, e, b, s0, &rb);
    if (strcmp(ta, tb)) {
        g_string_append(s, "  CPU or device fields differ at the "
                        "snapshot itself:\n");
        replay_diff_states(s, ta, tb);
    } else {
        /* gallop: probe s0 + 1, 2, 4, ... up to hi for a difference */
        uint64_t lo = s0, step = 1, found = 0;
        for (;;) {
            uint64_t t = MIN(s0 + step, hi);
            char *x = state_at(r, e, a, t, &ra);
            char *y = state_at(r, e, b, t, &rb);
            bool differ = ra != rb || strcmp(x, y);
            g_free(x);
            g_free(y);
            if (differ) {
                found = t;
                break;
            }
            lo = t;
            if (t >= hi) {
                break;
            }
            step *= 2;
        }
        if (!found) {
            g_string_append_printf(s, "  only guest RAM differs: CPU and "
                                   "device state and console output stay "
                                   "equal up to icount %" PRIu64 "\n", hi);
        } else {
            hi = found;   /* equal at lo, different at hi */
            while (hi - lo > 1) {
                uint64_t mid = lo + (hi - lo) / 2;
                char *x = state_at(r, e, a, mid, &ra);
                char *y = state_at(r, e, b, mid, &rb);
                if (ra != rb || strcmp(x, y)) {
                    hi = mid;
                } else {
                    lo = mid;
                }
                g_free(x);
                g_free(y);
            }
            describe_insn(r, e, a, lo, s);
            g_autofree char *x = state_at(r, e, a, hi, &ra);
            g_autofree char *y = state_at(r, e, b, hi, &rb);
            g_string_append_printf(s, "  fields after it (icount %" PRIu64
                                   "), replay != recorded snapshot run:\n",
                                   hi);
            replay_diff_states(s, x, y);
            result = lo;
        }
    }
    r->narrowing = false;
    r->horizon = horizon;
    g_free(m->snap_last);
    m->snap_last = last;
    snap_db_close(mem);
    return result;
}

bool replay_check_snapshot(Replay *r, const ReplayEntry *e)
{
    gsize len;
    const char *p = g_bytes_get_data(e->data, &len);
    g_autofree char *name = g_strndup(p, len);
    g_autofree char *want = stored_hash(r, name);
    g_autofree char *have = snap_state_hash(r->m);
    if (want && !strcmp(want, have)) {
        return true;
    }
    GString *s = g_string_new(NULL);
    g_string_append_printf(s, "DIVERGED at seek snapshot %s (journal entry %"
                           PRId64 ", icount %" PRIu64 "): state hash %.16s..."
                           " != recorded %.16s...\n", name, e->seq,
                           e->icount, have, want ? want : "?");
    uint64_t at = narrow(r, e, name, s);
    replay_diverge(r, at, s);
    return false;
}
