/* SPDX-License-Identifier: MIT */
/*
 * The gdb stub: the packet dispatch table and run control (see
 * gdbstub.h). Packets are looked up in one table of name prefixes, so
 * new commands are new rows; reverse execution (bs/bc) is in
 * gdb-reverse.c.
 *
 * Run control. The machine only ever stops between instructions: at the
 * run loop's chunk boundary (a new connection, Ctrl-C), or when a CPU
 * hits a breakpoint/watchpoint (cpu-ppc/debug.c stops it before the
 * instruction, which does not retire). A single step runs one
 * instruction of the selected CPU with ppc_cpu_run(cpu, 1); the other
 * CPUs do not run meanwhile. Stepping or continuing from an address with
 * a breakpoint first steps over it with the trap suppressed. Nothing of
 * this touches virtual time: instruction counts and everything derived
 * from them are the same as without gdb.
 *
 * Threads are the CPUs, thread id = CPU index + 1.
 */
#include <poll.h>
#include <stdlib.h>
#include <string.h>

#include "gdb-int.h"
#include "monitor.h"
#include "snapshot/replay.h"

typedef enum GdbAct {
    ACT_REPLY,    /* send the reply, keep serving */
    ACT_RESUME,   /* run the machine (no reply now) */
    ACT_DETACH,   /* reply OK, forget gdb, run */
    ACT_KILL,     /* end the run */
    ACT_MACHINE,  /* the machine stopped by itself (power-off in a
                     step): leave it to the run loop */
    ACT_SENT,     /* the handler sent its reply itself */
} GdbAct;

typedef GdbAct (*GdbHandler)(GdbStub *g, const char *pkt, GString *reply);

typedef struct GdbCmd {
    const char *name;  /* prefix of the packet */
    bool exact;        /* the packet must be exactly name */
    GdbHandler fn;
} GdbCmd;

static int ncpus(GdbStub *g)
{
    return g->m->cfg.smp;
}

static PpcCpu *cpu_at(GdbStub *g, int i)
{
    return machine_cpu(g->m, i);
}

static void on_stop(void *opaque, PpcCpu *cpu)
{
    GdbStub *g = opaque;
    (void)cpu;
    g->stop_pending = true;
    g->m->stop = true;
}

static void attach_all(GdbStub *g)
{
    if (g->attached) {
        return;
    }
    for (int i = 0; i < ncpus(g); i++) {
        ppc_debug_attach(cpu_at(g, i), &g->dbg);
    }
    g->attached = true;
    gdb_reverse_attach(g);
    g->g_cpu = g->c_cpu = 0;
}

static void detach_all(GdbStub *g)
{
    if (!g->attached) {
        return;
    }
    ppc_debug_clear(cpu_at(g, 0));
    for (int i = 0; i < ncpus(g); i++) {
        ppc_debug_attach(cpu_at(g, i), NULL);
    }
    g->attached = false;
    g->stop_pending = false;
    g->dbg.hit_cpu = NULL;
}

/* ---- stop replies ---- */

void gdb_stop_reply(GdbStub *g, GString *r, int sig)
{
    g_string_printf(r, "T%02xthread:%x;", sig, g->c_cpu + 1);
}

void gdb_hit_reply(GdbStub *g, GString *r)
{
    PpcDebug *d = &g->dbg;
    g->c_cpu = g->g_cpu = d->hit_cpu->index;
    gdb_stop_reply(g, r, 5);
    static const char *const names[] = {
        [PPC_DBG_SWBREAK] = "swbreak", [PPC_DBG_HWBREAK] = "hwbreak",
        [PPC_DBG_WATCH_WRITE] = "watch", [PPC_DBG_WATCH_READ] = "rwatch",
        [PPC_DBG_WATCH_ACCESS] = "awatch",
    };
    if (d->hit_kind <= PPC_DBG_HWBREAK) {
        g_string_append_printf(r, "%s:;", names[d->hit_kind]);
    } else {
        g_string_append_printf(r, "%s:%llx;", names[d->hit_kind],
                               (unsigned long long)d->hit_data);
    }
}

/* ---- run control ---- */

/* Outcome of running one CPU for one instruction. */
typedef enum StepResult { STEP_DONE, STEP_HIT, STEP_MACHINE } StepResult;

static StepResult step_cpu(GdbStub *g, PpcCpu *cpu)
{
    uint64_t pc = cpu->arch.nip;
    bool over = ppc_debug_has_break(&g->dbg, pc);
    if (over) {
        ppc_debug_step_over(cpu, true, pc);
    }
    g->stop_pending = false;
    if (replay_step_begin(g->m)) {   /* history: as the run loop would */
        ppc_cpu_run(cpu, 1);
        replay_step_end(g->m);
    }
    if (over) {
        ppc_debug_step_over(cpu, false, 0);
    }
    g->dbg.skip_cpu = NULL;
    if (g->stop_pending) {
        g->stop_pending = false;
        g->m->stop = false;
        return STEP_HIT;
    }
    return g->m->stop ? STEP_MACHINE : STEP_DONE;
}

static GdbAct do_step(GdbStub *g, int idx, GString *r)
{
    switch (step_cpu(g, cpu_at(g, idx))) {
    case STEP_HIT:
        gdb_hit_reply(g, r);
        return ACT_REPLY;
    case STEP_MACHINE:
        return ACT_MACHINE;
    default:
        g->c_cpu = g->g_cpu = idx;
        gdb_stop_reply(g, r, 5);
        return ACT_REPLY;
    }
}

/* Continue: step over a breakpoint at the current CPU's address first;
 * resuming from a watchpoint stop ignores that same access once. */
static GdbAct do_continue(GdbStub *g, GString *r)
{
    PpcCpu *cpu = cpu_at(g, g->c_cpu);
    PpcDebug *d = &g->dbg;
    if (d->hit_cpu == cpu && d->hit_kind >= PPC_DBG_WATCH_WRITE &&
        d->hit_pc == cpu->arch.nip) {
        d->skip_cpu = cpu;
        d->skip_icount = ppc_icount(cpu);
    }
    if (ppc_debug_has_break(d, cpu->arch.nip)) {
        StepResult s = step_cpu(g, cpu);
        if (s == STEP_HIT) {
            gdb_hit_reply(g, r);
            return ACT_REPLY;
        }
        if (s == STEP_MACHINE) {
            return ACT_MACHINE;
        }
    }
    d->hit_cpu = NULL;
    return ACT_RESUME;
}

/* Optional resume address of c/s ("c ADDR") or C/S ("C sig;ADDR"). */
static bool resume_addr(GdbStub *g, const char *p)
{
    if (*p == 0) {
        return true;
    }
    uint64_t a;
    if (!gdb_parse_hex(&p, &a) || *p) {
        return false;
    }
    cpu_at(g, g->c_cpu)->arch.nip = a;
    return true;
}

static GdbAct h_continue(GdbStub *g, const char *pkt, GString *r)
{
    const char *p = pkt + 1;
    if (pkt[0] == 'C') {
        uint64_t sig;  /* signals mean nothing to a machine: ignored */
        if (!gdb_parse_hex(&p, &sig)) {
            g_string_assign(r, "E01");
            return ACT_REPLY;
        }
        p += *p == ';';
    }
    if (!resume_addr(g, p)) {
        g_string_assign(r, "E01");
        return ACT_REPLY;
    }
    if (pkt[0] == 's' || pkt[0] == 'S') {
        return do_step(g, g->c_cpu, r);
    }
    return do_continue(g, r);
}

static GdbAct h_vcont_query(GdbStub *g, const char *pkt, GString *r)
{
    (void)g;
    (void)pkt;
    g_string_assign(r, "vCont;c;C;s;S;t");
    return ACT_REPLY;
}

/* vCont;ACTION[:TID];... : a step anywhere steps that CPU (the others
 * stay stopped); otherwise any c/C continues the machine. */
static GdbAct h_vcont(GdbStub *g, const char *pkt, GString *r)
{
    gchar **acts = g_strsplit(pkt + 6, ";", -1);
    int step = -2;
    bool cont = false, bad = acts[0] == NULL;
    for (int i = 0; acts[i] && !bad; i++) {
        const char *a = acts[i];
        char kind = a[0];
        const char *p = a + 1;
        uint64_t v;
        if (kind == 'C' || kind == 'S') {
            bad |= !gdb_parse_hex(&p, &v);
        } else if (kind != 'c' && kind != 's' && kind != 't') {
            bad = true;
        }
        int tid = -1;
        if (!bad && *p == ':') {
            p++;
            if (!strcmp(p, "-1")) {
                p += 2;
            } else if (gdb_parse_hex(&p, &v) && v >= 1 &&
                       v <= (uint64_t)ncpus(g)) {
                tid = (int)v - 1;
            } else {
                bad = true;
            }
        }
        bad |= *p != 0;
        if (bad) {
            break;
        }
        if ((kind == 's' || kind == 'S') && step == -2) {
            step = tid >= 0 ? tid : g->c_cpu;
        } else if (kind == 'c' || kind == 'C') {
            cont = true;
        }
    }
    g_strfreev(acts);
    if (bad) {
        g_string_assign(r, "E01");
        return ACT_REPLY;
    }
    if (step >= 0) {
        return do_step(g, step, r);
    }
    if (cont) {
        return do_continue(g, r);
    }
    gdb_stop_reply(g, r, 0);  /* only 't': everything stays stopped */
    return ACT_REPLY;
}

/* ---- registers and memory ---- */

static GdbAct h_query_stop(GdbStub *g, const char *pkt, GString *r)
{
    (void)pkt;
    if (g->dbg.hit_cpu) {
        gdb_hit_reply(g, r);
    } else {
        gdb_stop_reply(g, r, 5);
    }
    return ACT_REPLY;
}

static GdbAct h_read_regs(GdbStub *g, const char *pkt, GString *r)
{
    (void)pkt;
    PpcCpu *cpu = cpu_at(g, g->g_cpu);
    uint8_t buf[8];
    char hex[17];
    for (int n = 0; n < GDB_G_REGS; n++) {
        unsigned sz = gdb_reg_read(g, cpu, n, buf);
        gdb_tohex(hex, buf, sz);
        g_string_append(r, hex);
    }
    return ACT_REPLY;
}

/* Decode n bytes of hex at p into out; false on a bad digit. */
static bool unhex(const char *p, uint8_t *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int hi = gdb_hexval(p[2 * i]), lo = hi < 0 ? -1 : gdb_hexval(p[2 * i + 1]);
        if (lo < 0) {
            return false;
        }
        out[i] = (uint8_t)(hi << 4 | lo);
    }
    return true;
}

static GdbAct h_write_regs(GdbStub *g, const char *pkt, GString *r)
{
    PpcCpu *cpu = cpu_at(g, g->g_cpu);
    const char *p = pkt + 1;
    size_t left = strlen(p);
    uint8_t buf[8];
    for (int n = 0; n < GDB_G_REGS && left; n++) {
        uint8_t probe[8];
        unsigned sz = gdb_reg_read(g, cpu, n, probe);
        if (left < 2 * sz || !unhex(p, buf, sz)) {
            g_string_assign(r, "E01");
            return ACT_REPLY;
        }
        gdb_reg_write(g, cpu, n, buf);
        p += 2 * sz;
        left -= 2 * sz;
    }
    g_string_assign(r, "OK");
    return ACT_REPLY;
}

static GdbAct h_read_reg(GdbStub *g, const char *pkt, GString *r)
{
    const char *p = pkt + 1;
    uint64_t n;
    uint8_t buf[GDB_REG_MAX_SIZE];
    char hex[2 * GDB_REG_MAX_SIZE + 1];
    unsigned sz;
    if (!gdb_parse_hex(&p, &n) || *p || n > 4096 ||
        !(sz = gdb_reg_read(g, cpu_at(g, g->g_cpu), (int)n, buf))) {
        g_string_assign(r, "E14");
        return ACT_REPLY;
    }
    gdb_tohex(hex, buf, sz);
    g_string_assign(r, hex);
    return ACT_REPLY;
}

static GdbAct h_write_reg(GdbStub *g, const char *pkt, GString *r)
{
    const char *p = pkt + 1;
    uint64_t n;
    uint8_t buf[GDB_REG_MAX_SIZE], probe[GDB_REG_MAX_SIZE];
    PpcCpu *cpu = cpu_at(g, g->g_cpu);
    unsigned sz;
    if (!gdb_parse_hex(&p, &n) || *p++ != '=' || n > 4096 ||
        !(sz = gdb_reg_read(g, cpu, (int)n, probe)) ||
        strlen(p) != 2 * sz || !unhex(p, buf, sz)) {
        g_string_assign(r, "E01");
        return ACT_REPLY;
    }
    gdb_reg_write(g, cpu, (int)n, buf);
    g_string_assign(r, "OK");
    return ACT_REPLY;
}

/* "ADDR,LEN" then end (term 0) or term. ADDR is an effective address
 * the g thread's CPU translates (as QEMU's gdbstub: real mode, hash or
 * radix, without side effects). */
static bool mem_args(const char **pp, char term, uint64_t *addr,
                     uint64_t *len)
{
    const char *p = *pp;
    if (!gdb_parse_hex(&p, addr) || *p++ != ',' || !gdb_parse_hex(&p, len) ||
        *p != term) {
        return false;
    }
    *pp = p + (term != 0);
    return true;
}

static bool mem_rw(GdbStub *g, uint64_t addr, uint8_t *buf, uint64_t len,
                   bool write)
{
    return machine_debug_rw(g->m, cpu_at(g, g->g_cpu), addr, buf, len, write,
                            false);
}

static GdbAct h_read_mem(GdbStub *g, const char *pkt, GString *r)
{
    const char *p = pkt + 1;
    uint64_t addr, len;
    if (!mem_args(&p, 0, &addr, &len) || len > (GDB_PACKET_MAX - 4) / 2) {
        g_string_assign(r, "E14");
        return ACT_REPLY;
    }
    uint8_t *buf = g_malloc(len ? len : 1);
    if (!mem_rw(g, addr, buf, len, false)) {
        g_free(buf);
        g_string_assign(r, "E14");
        return ACT_REPLY;
    }
    char *hex = g_malloc(2 * len + 1);
    gdb_tohex(hex, buf, len);
    g_string_assign(r, hex);
    g_free(hex);
    g_free(buf);
    return ACT_REPLY;
}

static GdbAct h_write_mem(GdbStub *g, const char *pkt, GString *r)
{
    const char *p = pkt + 1;
    uint64_t addr, len;
    bool binary = pkt[0] == 'X';
    if (!mem_args(&p, ':', &addr, &len) || len > GDB_PACKET_MAX) {
        g_string_assign(r, "E14");
        return ACT_REPLY;
    }
    size_t have = g->conn.pkt_len - (size_t)(p - pkt);
    if (binary ? have != len : (have != 2 * len)) {
        g_string_assign(r, "E01");
        return ACT_REPLY;
    }
    uint8_t *buf = g_malloc(len ? len : 1);
    if (binary) {
        memcpy(buf, p, len);
    } else if (!unhex(p, buf, len)) {
        g_free(buf);
        g_string_assign(r, "E01");
        return ACT_REPLY;
    }
    bool ok = mem_rw(g, addr, buf, len, true);
    g_free(buf);
    g_string_assign(r, ok ? "OK" : "E14");
    return ACT_REPLY;
}

static GdbAct h_break(GdbStub *g, const char *pkt, GString *r)
{
    char out[8];
    gdb_break_packet(g, pkt, out, sizeof(out));
    g_string_assign(r, out);
    return ACT_REPLY;
}

/* ---- threads and queries ---- */

/* Thread id at p: -1 (all), 0 (any) or 1..N. */
static bool parse_tid(GdbStub *g, const char *p, int *idx)
{
    uint64_t v;
    if (!strcmp(p, "-1") || !strcmp(p, "0")) {
        *idx = -1;
        return true;
    }
    if (!gdb_parse_hex(&p, &v) || *p || v < 1 || v > (uint64_t)ncpus(g)) {
        return false;
    }
    *idx = (int)v - 1;
    return true;
}

static GdbAct h_set_thread(GdbStub *g, const char *pkt, GString *r)
{
    int idx;
    if ((pkt[1] != 'g' && pkt[1] != 'c') || !parse_tid(g, pkt + 2, &idx)) {
        g_string_assign(r, "E22");
        return ACT_REPLY;
    }
    if (idx >= 0) {
        *(pkt[1] == 'g' ? &g->g_cpu : &g->c_cpu) = idx;
    }
    g_string_assign(r, "OK");
    return ACT_REPLY;
}

static GdbAct h_thread_alive(GdbStub *g, const char *pkt, GString *r)
{
    int idx;
    g_string_assign(r, parse_tid(g, pkt + 1, &idx) && idx >= 0 ? "OK"
                                                               : "E22");
    return ACT_REPLY;
}

static GdbAct h_thread_first(GdbStub *g, const char *pkt, GString *r)
{
    (void)pkt;
    g_string_assign(r, "m");
    for (int i = 0; i < ncpus(g); i++) {
        g_string_append_printf(r, i ? ",%x" : "%x", i + 1);
    }
    return ACT_REPLY;
}

static GdbAct h_thread_next(GdbStub *g, const char *pkt, GString *r)
{
    (void)g;
    (void)pkt;
    g_string_assign(r, "l");
    return ACT_REPLY;
}

static GdbAct h_thread_extra(GdbStub *g, const char *pkt, GString *r)
{
    int idx;
    if (!parse_tid(g, pkt + strlen("qThreadExtraInfo,"), &idx) || idx < 0) {
        g_string_assign(r, "E22");
        return ACT_REPLY;
    }
    char text[48], hex[97];
    snprintf(text, sizeof(text), "CPU#%d%s", idx,
             cpu_at(g, idx)->arch.halted ? " [halted]" : "");
    gdb_tohex(hex, (const uint8_t *)text, strlen(text));
    g_string_assign(r, hex);
    return ACT_REPLY;
}

static GdbAct h_current_thread(GdbStub *g, const char *pkt, GString *r)
{
    (void)pkt;
    g_string_printf(r, "QC%x", g->c_cpu + 1);
    return ACT_REPLY;
}

static GdbAct h_supported(GdbStub *g, const char *pkt, GString *r)
{
    (void)g;
    (void)pkt;
    g_string_printf(r, "PacketSize=%x;qXfer:features:read+;swbreak+;"
                    "hwbreak+;vContSupported+;QStartNoAckMode+;ReverseStep+;"
                    "ReverseContinue+",
                    GDB_PACKET_MAX);
    return ACT_REPLY;
}

static GdbAct h_reply_ok(GdbStub *g, const char *pkt, GString *r)
{
    (void)g;
    (void)pkt;
    g_string_assign(r, "OK");
    return ACT_REPLY;
}

static GdbAct h_attached(GdbStub *g, const char *pkt, GString *r)
{
    (void)g;
    (void)pkt;
    g_string_assign(r, "1");  /* attached to an existing "process" */
    return ACT_REPLY;
}

static GdbAct h_no_ack(GdbStub *g, const char *pkt, GString *r)
{
    (void)pkt;
    gdb_conn_send_str(&g->conn, "OK");  /* acknowledged, then no acks */
    g->conn.no_ack = true;
    g_string_truncate(r, 0);
    return ACT_SENT;
}

/* qXfer:features:read:ANNEX:OFF,LEN */
static GdbAct h_xfer_features(GdbStub *g, const char *pkt, GString *r)
{
    const char *p = pkt + strlen("qXfer:features:read:");
    const char *colon = strchr(p, ':');
    uint64_t off, len;
    if (!colon || (size_t)(colon - p) != strlen("target.xml") ||
        strncmp(p, "target.xml", 10)) {
        g_string_assign(r, "E00");
        return ACT_REPLY;
    }
    p = colon + 1;
    if (!gdb_parse_hex(&p, &off) || *p++ != ',' ||
        !gdb_parse_hex(&p, &len) || *p) {
        g_string_assign(r, "E01");
        return ACT_REPLY;
    }
    size_t total;
    const char *xml = gdb_target_xml(g, &total);
    if (len > GDB_PACKET_MAX / 2) {
        len = GDB_PACKET_MAX / 2;  /* room for escapes */
    }
    if (off >= total) {
        g_string_assign(r, "l");
        return ACT_REPLY;
    }
    size_t n = total - off < len ? total - off : len;
    g_string_assign(r, off + n >= total ? "l" : "m");
    g_string_append_len(r, xml + off, (gssize)n);
    return ACT_REPLY;
}

static GdbAct h_detach(GdbStub *g, const char *pkt, GString *r)
{
    (void)g;
    (void)pkt;
    (void)r;
    return ACT_DETACH;
}

static GdbAct h_kill(GdbStub *g, const char *pkt, GString *r)
{
    (void)g;
    (void)pkt;
    (void)r;
    return ACT_KILL;
}

/* bs / bc: reverse execution (gdb-reverse.c). */
static GdbAct h_reverse(GdbStub *g, const char *pkt, GString *r)
{
    if (pkt[1] == 's') {
        gdb_reverse_step(g, r);
    } else {
        gdb_reverse_continue(g, r);
    }
    return ACT_REPLY;
}

/* Longer names before their prefixes. */
static const GdbCmd commands[] = {
    { "qSupported", false, h_supported },
    { "qXfer:features:read:", false, h_xfer_features },
    { "qAttached", false, h_attached },
    { "qfThreadInfo", true, h_thread_first },
    { "qsThreadInfo", true, h_thread_next },
    { "qThreadExtraInfo,", false, h_thread_extra },
    { "qSymbol:", false, h_reply_ok },
    { "qC", true, h_current_thread },
    { "QStartNoAckMode", true, h_no_ack },
    { "vCont?", true, h_vcont_query },
    { "vCont;", false, h_vcont },
    { "bs", true, h_reverse },
    { "bc", true, h_reverse },
    { "?", true, h_query_stop },
    { "g", true, h_read_regs },
    { "G", false, h_write_regs },
    { "p", false, h_read_reg },
    { "P", false, h_write_reg },
    { "m", false, h_read_mem },
    { "M", false, h_write_mem },
    { "X", false, h_write_mem },
    { "c", false, h_continue },
    { "C", false, h_continue },
    { "s", false, h_continue },
    { "S", false, h_continue },
    { "Z", false, h_break },
    { "z", false, h_break },
    { "H", false, h_set_thread },
    { "T", false, h_thread_alive },
    { "D", false, h_detach },
    { "k", true, h_kill },
};

static GdbAct dispatch(GdbStub *g, const char *pkt, GString *r)
{
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++) {
        const GdbCmd *c = &commands[i];
        size_t n = strlen(c->name);
        if (strncmp(pkt, c->name, n) || (c->exact && pkt[n])) {
            continue;
        }
        return c->fn(g, pkt, r);
    }
    g_string_truncate(r, 0);  /* unknown: the empty reply */
    return ACT_REPLY;
}

/* Talk to gdb while the machine is stopped; first send `first` (a stop
 * reply) unless NULL. */
static int serve(GdbStub *g, const char *first)
{
    if (first && !gdb_conn_send_str(&g->conn, first)) {
        goto gone;
    }
    for (;;) {
        int rc = gdb_conn_recv(&g->conn);
        if (rc == -2) {
            /* the monitor asked for quit or system_reset: the run loop
             * acts on it; gdb stays connected (Ctrl-C stops again) */
            return GDB_RUN;
        }
        if (rc < 0) {
            goto gone;
        }
        if (rc == 0) {
            continue;
        }
        GString *r = g_string_new(NULL);
        GdbAct act = dispatch(g, g->conn.pkt, r);
        bool sent = true;
        if (act == ACT_REPLY) {
            sent = gdb_conn_send(&g->conn, r->str, r->len);
        }
        g_string_free(r, TRUE);
        switch (act) {
        case ACT_REPLY:
            if (!sent) {
                goto gone;
            }
            break;
        case ACT_RESUME:
        case ACT_MACHINE:
            g->conn.interrupt = false;
            return GDB_RUN;
        case ACT_DETACH:
            gdb_conn_send_str(&g->conn, "OK");
            detach_all(g);
            gdb_conn_close(&g->conn);
            return GDB_RUN;
        case ACT_KILL:
            detach_all(g);
            gdb_conn_close(&g->conn);
            g->m->exit = MACHINE_EXIT_POWEROFF;
            return MACHINE_EXIT_POWEROFF;
        case ACT_SENT:
            break;
        }
    }
gone:
    /* gdb went away: forget its points and let the machine run */
    detach_all(g);
    gdb_conn_close(&g->conn);
    return GDB_RUN;
}

/* ---- the run loop's interface ---- */

/* While gdb holds the machine (or -S waits for gdb), run the monitor's
 * complete command lines, so info registers, x/i or savevm work at a
 * breakpoint. `cont`/`stop` do not move a machine gdb holds; a quit or
 * system_reset is handed back to the run loop (returns true). */
static bool stub_idle(void *opaque)
{
    GdbStub *g = opaque;
    Monitor *mon = g->m->monitor;
    if (!mon || !monitor_has_work(mon)) {
        return false;
    }
    bool paused = monitor_paused(mon);
    MonitorAction a = monitor_poll_nowait(mon);
    if (g->conn.fd >= 0) {
        monitor_set_paused(mon, paused);  /* gdb runs the machine */
    }
    if (a != MONITOR_RUN) {
        monitor_request(mon, a);
        return true;
    }
    /* waiting for gdb after -S: the monitor's cont starts the machine */
    return g->conn.fd < 0 && paused && !monitor_paused(mon);
}

static bool parse_spec(const char *spec, int *port)
{
    const char *p = spec;
    if (!strncmp(p, "tcp:", 4)) {
        p += 4;
        const char *colon = strrchr(p, ':');
        if (colon) {
            size_t hl = (size_t)(colon - p);
            if (hl && !(hl == 9 && !strncmp(p, "localhost", 9)) &&
                !(hl == 9 && !strncmp(p, "127.0.0.1", 9))) {
                return false;  /* farad listens on the loopback only */
            }
            p = colon + 1;
        }
    }
    char *end;
    long v = strtol(p, &end, 10);
    if (end == p || *end || v < 0 || v > 65535) {
        return false;
    }
    *port = (int)v;
    return true;
}

/* ---- the stub's part in the run loop (core/machine/run-hooks.h) ---- */

static RunStep hook_start(void *self, Machine *m, MachineExit *exit)
{
    /* -S: wait for gdb, which starts the machine */
    int r = gdbstub_start(self, m->cfg.start_paused);
    if (r != GDB_RUN) {
        *exit = (MachineExit)r;
        return RUN_RETURN;
    }
    if (m->monitor && m->cfg.start_paused) {
        monitor_set_paused(m->monitor, false);
    }
    return RUN_ON;
}

static RunStep hook_poll(void *self, Machine *m, int64_t *chunk,
                         MachineExit *exit)
{
    (void)m;
    (void)chunk;
    int r = gdbstub_poll(self);   /* a new gdb or Ctrl-C stops here */
    if (r != GDB_RUN) {
        *exit = (MachineExit)r;
        return RUN_RETURN;
    }
    return RUN_ON;
}

static RunStep hook_stopped(void *self, Machine *m, MachineExit *exit)
{
    (void)m;
    bool hit;   /* a breakpoint/watchpoint: gdb takes over */
    int r = gdbstub_check_stop(self, &hit);
    if (r != GDB_RUN) {
        *exit = (MachineExit)r;
        return RUN_RETURN;
    }
    return hit ? RUN_RESTART : RUN_ON;
}

static void hook_end(void *self, Machine *m, MachineExit *why)
{
    (void)m;
    gdbstub_exited(self, *why);
}

static void hook_free(void *self)
{
    GdbStub *g = self;
    if (g->m->gdb == g) {
        g->m->gdb = NULL;
    }
    gdbstub_free(g);
}

static const RunHookOps gdb_run_hooks = {
    .start = hook_start,
    .poll = hook_poll,
    .stopped = hook_stopped,
    .end = hook_end,
    .free = hook_free,
    .takes_start_paused = true,
};

GdbStub *gdbstub_new(Machine *m, const char *spec, GError **err)
{
    int port, bound;
    if (!parse_spec(spec, &port)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-gdb %s: expected tcp::PORT (farad listens on "
                    "127.0.0.1 only)", spec);
        return NULL;
    }
    GdbStub *g = g_new0(GdbStub, 1);
    g->m = m;
    if (!gdb_conn_listen(&g->conn, port, &bound, err)) {
        g_free(g);
        return NULL;
    }
    if (port == 0) {
        fprintf(stderr, "farad: gdb stub listening on tcp::%d\n", bound);
    }
    g->dbg.on_stop = on_stop;
    g->dbg.opaque = g;
    g->conn.idle = stub_idle;
    g->conn.idle_opaque = g;
    m->gdb = g;
    machine_add_run_hook(m, &gdb_run_hooks, g);
    return g;
}

void gdbstub_free(GdbStub *g)
{
    if (!g) {
        return;
    }
    detach_all(g);
    gdb_conn_free(&g->conn);
    free(g->dbg.bps);
    free(g->dbg.wps);
    g_free(g->xml);
    g_free(g);
}

int gdbstub_start(GdbStub *g, bool paused)
{
    if (!paused) {
        return GDB_RUN;
    }
    /* wait for gdb, keeping the monitor usable */
    while (!gdb_conn_accept(&g->conn, false)) {
        struct pollfd p = { .fd = g->conn.listen_fd, .events = POLLIN };
        if (g->conn.listen_fd < 0) {
            return GDB_RUN;
        }
        if (poll(&p, 1, 50) == 0 && stub_idle(g)) {
            return GDB_RUN;
        }
    }
    attach_all(g);
    return serve(g, NULL);
}

int gdbstub_poll(GdbStub *g)
{
    if (g->conn.fd < 0) {
        if (!gdb_conn_accept(&g->conn, false)) {
            return GDB_RUN;
        }
        attach_all(g);
        return serve(g, NULL);  /* a new gdb stops the machine */
    }
    if (!gdb_conn_poll(&g->conn)) {
        detach_all(g);
        gdb_conn_close(&g->conn);
        return GDB_RUN;
    }
    if (g->conn.interrupt) {
        g->conn.interrupt = false;
        g->dbg.hit_cpu = NULL;
        char buf[32];
        snprintf(buf, sizeof(buf), "T02thread:%x;", g->c_cpu + 1);
        return serve(g, buf);
    }
    return GDB_RUN;
}

int gdbstub_check_stop(GdbStub *g, bool *handled)
{
    *handled = false;
    if (!g->stop_pending) {
        return GDB_RUN;
    }
    *handled = true;
    g->stop_pending = false;
    g->m->stop = false;
    if (g->conn.fd < 0 || !g->dbg.hit_cpu) {
        return GDB_RUN;
    }
    GString *r = g_string_new(NULL);
    gdb_hit_reply(g, r);
    int rc = serve(g, r->str);
    g_string_free(r, TRUE);
    return rc;
}

void gdbstub_exited(GdbStub *g, MachineExit why)
{
    if (!g || g->conn.fd < 0) {
        return;
    }
    int status = why == MACHINE_EXIT_POWEROFF ? 0
               : why == MACHINE_EXIT_LIMIT ? 3
               : why == MACHINE_EXIT_HALTED ? 4 : 1;
    char buf[8];
    snprintf(buf, sizeof(buf), "W%02x", status);
    gdb_conn_send_str(&g->conn, buf);
    detach_all(g);
    gdb_conn_close(&g->conn);
}

GdbStub *gdbstub_new_connected(Machine *m, int fd)
{
    GdbStub *g = g_new0(GdbStub, 1);
    g->m = m;
    gdb_conn_adopt(&g->conn, fd);
    g->dbg.on_stop = on_stop;
    g->dbg.opaque = g;
    m->gdb = g;
    attach_all(g);
    return g;
}

int gdbstub_serve(GdbStub *g)
{
    if (g->conn.fd < 0) {
        return GDB_RUN;
    }
    attach_all(g);
    return serve(g, NULL);
}
