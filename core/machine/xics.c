/* SPDX-License-Identifier: MIT */
/*
 * XICS (see xics.h): the ICP/ICS state machine with PAPR's semantics as
 * QEMU 7.2 implements them (hw/intc/xics.c), written from those facts:
 *
 * ICP (one per CPU): XIRR = CPPR (bits 31..24, current processor
 * priority; 0 most favoured, 0xff least) | XISR (23..0, the source
 * presented, 0 none, 2 the IPI); MFRR, the IPI priority (0xff none);
 * pending_priority, the priority of the presented source. The CPU's
 * external interrupt line is asserted exactly while XISR != 0.
 *  - a source (or the IPI) is presented only when its priority is more
 *    favoured (numerically lower) than CPPR and than what is already
 *    presented; a displaced ICS source is rejected back to the ICS;
 *  - accept (H_XIRR) returns XIRR, sets CPPR to the accepted priority
 *    and clears XISR;
 *  - EOI restores CPPR from the given XIRR, tells the ICS (an LSI may be
 *    sent again), then re-offers the IPI and rejected sources;
 *  - a CPPR made more favoured drops a presented source that no longer
 *    beats it (rejected); a less favoured one re-offers everything.
 * ICS (one, sources XICS_IRQ_BASE..): per source server, priority,
 * saved priority (ibm,int-on), status bits and LSI/MSI flags.
 *  - MSI: each trigger is presented (or marked pending when masked,
 *    priority 0xff); a rejected one is re-offered on resend;
 *  - LSI: presented while asserted and not yet sent; EOI clears "sent"
 *    so a still-asserted LSI is presented again.
 * Resend scans every source in order, whatever its server, as QEMU does.
 *
 * The second half is the sPAPR glue: the hypercalls H_CPPR, H_EOI,
 * H_IPI, H_XIRR, H_XIRR_X, H_IPOLL and the RTAS calls ibm,set-xive,
 * ibm,get-xive, ibm,int-off, ibm,int-on with QEMU's argument checks.
 */
#include <string.h>

#include "hcall.h"
#include "rtas.h"
#include "xics.h"

#define XISR_MASK 0x00ffffffu
#define CPPR_MASK 0xff000000u

/* Source status bits (QEMU's XICS_STATUS_*). */
enum {
    ST_ASSERTED = 0x1,        /* LSI line is high */
    ST_SENT = 0x2,            /* LSI presented, not yet EOI'd */
    ST_REJECTED = 0x4,        /* MSI bounced by an ICP, resend it */
    ST_MASKED_PENDING = 0x8,  /* MSI fired while masked */
};

/* Source flags. */
enum {
    FL_LSI = 0x1,
    FL_MSI = 0x2,
};

typedef struct XicsIcp {
    uint32_t xirr;
    uint8_t pending_priority;
    uint8_t mfrr;
} XicsIcp;

typedef struct XicsIcs {
    uint32_t server[XICS_MAX_IRQS];
    uint8_t priority[XICS_MAX_IRQS];
    uint8_t saved_priority[XICS_MAX_IRQS];
    uint8_t status[XICS_MAX_IRQS];
    uint8_t flags[XICS_MAX_IRQS];
} XicsIcs;

struct Xics {
    int ncpus;
    uint32_t nr_irqs;     /* sources: XICS_NR_IRQS or XICS_MAX_IRQS */
    uint32_t msi_first;   /* index where MSI blocks are searched from */
    uint32_t stride;      /* server number = cpu index * stride */
    XicsIcp *icp;         /* [ncpus] */
    XicsIcs ics;
};

static const SnapField icp_fields[] = {
    SNAP_U32("xirr", XicsIcp, xirr, 1),
    SNAP_U8("pending_priority", XicsIcp, pending_priority, 1),
    SNAP_U8("mfrr", XicsIcp, mfrr, 1),
    SNAP_END
};

const SnapSection xics_icp_snap = {
    .name = "icp/server", .version = 1, .min_version = 1,
    .fields = icp_fields,
};

static const SnapField ics_fields[] = {
    SNAP_U32_ARRAY("server", XicsIcs, server, XICS_NR_IRQS, 1),
    SNAP_BYTES("priority", XicsIcs, priority, XICS_NR_IRQS, 1),
    SNAP_BYTES("saved_priority", XicsIcs, saved_priority, XICS_NR_IRQS, 1),
    SNAP_BYTES("status", XicsIcs, status, XICS_NR_IRQS, 1),
    SNAP_BYTES("flags", XicsIcs, flags, XICS_NR_IRQS, 1),
    /* v2: the sources past the legacy 1024 (pseries-4.0 and later) */
    SNAP_U32_ARRAY("server_hi", XicsIcs, server[XICS_NR_IRQS],
                   XICS_MAX_IRQS - XICS_NR_IRQS, 2),
    SNAP_BYTES("priority_hi", XicsIcs, priority[XICS_NR_IRQS],
               XICS_MAX_IRQS - XICS_NR_IRQS, 2),
    SNAP_BYTES("saved_priority_hi", XicsIcs, saved_priority[XICS_NR_IRQS],
               XICS_MAX_IRQS - XICS_NR_IRQS, 2),
    SNAP_BYTES("status_hi", XicsIcs, status[XICS_NR_IRQS],
               XICS_MAX_IRQS - XICS_NR_IRQS, 2),
    SNAP_BYTES("flags_hi", XicsIcs, flags[XICS_NR_IRQS],
               XICS_MAX_IRQS - XICS_NR_IRQS, 2),
    SNAP_END
};

const SnapSection xics_ics_snap = {
    .name = "ics", .version = 2, .min_version = 1,
    .fields = ics_fields,
};

void *xics_icp_state(Xics *x, int cpu)
{
    return cpu >= 0 && cpu < x->ncpus ? &x->icp[cpu] : NULL;
}

void *xics_ics_state(Xics *x)
{
    return &x->ics;
}

static inline uint32_t xisr(const XicsIcp *icp)
{
    return icp->xirr & XISR_MASK;
}

static inline uint8_t cppr(const XicsIcp *icp)
{
    return (uint8_t)(icp->xirr >> 24);
}

/* Source index of irq, or -1 when out of range. */
static int srcno(const Xics *x, uint32_t irq)
{
    if (irq < XICS_IRQ_BASE || irq >= XICS_IRQ_BASE + x->nr_irqs) {
        return -1;
    }
    return (int)(irq - XICS_IRQ_BASE);
}

int xics_server_to_cpu(const Xics *x, uint32_t server)
{
    if (server % x->stride) {
        return -1;
    }
    uint32_t i = server / x->stride;
    return i < (uint32_t)x->ncpus ? (int)i : -1;
}

/* --- ICS side --- */

static void ics_reject(Xics *x, uint32_t nr)
{
    int s = srcno(x, nr);
    if (s < 0) {
        return;
    }
    x->ics.status[s] |= ST_REJECTED;   /* meaningful for MSIs */
    x->ics.status[s] &= ~ST_SENT;      /* meaningful for LSIs */
}

/* A source of the ICS is presented to a server's ICP. */
static void icp_irq(Xics *x, uint32_t server, uint32_t nr, uint8_t priority)
{
    int c = xics_server_to_cpu(x, server);
    if (c < 0) {
        ics_reject(x, nr);
        return;
    }
    XicsIcp *icp = &x->icp[c];
    if (priority >= cppr(icp) ||
        (xisr(icp) && icp->pending_priority <= priority)) {
        ics_reject(x, nr);
        return;
    }
    uint32_t old = xisr(icp);
    if (old && old != XICS_IPI) {
        ics_reject(x, old);   /* displaced source goes back to the ICS */
    }
    icp->xirr = (icp->xirr & ~XISR_MASK) | (nr & XISR_MASK);
    icp->pending_priority = priority;
}

static void ics_resend_msi(Xics *x, int s)
{
    XicsIcs *ics = &x->ics;
    if (ics->status[s] & ST_REJECTED) {
        ics->status[s] &= ~ST_REJECTED;
        if (ics->priority[s] != 0xff) {
            icp_irq(x, ics->server[s], XICS_IRQ_BASE + (uint32_t)s,
                    ics->priority[s]);
        }
    }
}

static void ics_resend_lsi(Xics *x, int s)
{
    XicsIcs *ics = &x->ics;
    if (ics->priority[s] != 0xff && (ics->status[s] & ST_ASSERTED) &&
        !(ics->status[s] & ST_SENT)) {
        ics->status[s] |= ST_SENT;
        icp_irq(x, ics->server[s], XICS_IRQ_BASE + (uint32_t)s,
                ics->priority[s]);
    }
}

static void ics_resend(Xics *x)
{
    for (int s = 0; s < (int)x->nr_irqs; s++) {
        if (x->ics.flags[s] & FL_LSI) {
            ics_resend_lsi(x, s);
        } else {
            ics_resend_msi(x, s);
        }
    }
}

static void ics_eoi(Xics *x, uint32_t nr)
{
    int s = srcno(x, nr);
    if (s >= 0 && (x->ics.flags[s] & FL_LSI)) {
        x->ics.status[s] &= ~ST_SENT;
    }
}

void xics_set_irq(Xics *x, uint32_t irq, int level)
{
    int s = srcno(x, irq);
    if (s < 0) {
        return;
    }
    XicsIcs *ics = &x->ics;
    if (ics->flags[s] & FL_LSI) {
        if (level) {
            ics->status[s] |= ST_ASSERTED;
        } else {
            ics->status[s] &= ~ST_ASSERTED;
        }
        ics_resend_lsi(x, s);
    } else if (level) {
        if (ics->priority[s] == 0xff) {
            ics->status[s] |= ST_MASKED_PENDING;
        } else {
            icp_irq(x, ics->server[s], irq, ics->priority[s]);
        }
    }
}

void xics_irq_pulse(Xics *x, uint32_t irq)
{
    xics_set_irq(x, irq, 1);
    xics_set_irq(x, irq, 0);
}

void xics_write_xive(Xics *x, uint32_t irq, uint32_t server,
                     uint8_t priority, uint8_t saved_priority)
{
    int s = srcno(x, irq);
    if (s < 0) {
        return;
    }
    XicsIcs *ics = &x->ics;
    ics->server[s] = server;
    ics->priority[s] = priority;
    ics->saved_priority[s] = saved_priority;
    if (ics->flags[s] & FL_LSI) {
        ics_resend_lsi(x, s);
    } else if ((ics->status[s] & ST_MASKED_PENDING) && priority != 0xff) {
        ics->status[s] &= ~ST_MASKED_PENDING;
        icp_irq(x, server, irq, priority);
    }
}

bool xics_read_xive(const Xics *x, uint32_t irq, uint32_t *server,
                    uint8_t *priority, uint8_t *saved_priority)
{
    int s = srcno(x, irq);
    if (s < 0) {
        return false;
    }
    if (server) {
        *server = x->ics.server[s];
    }
    if (priority) {
        *priority = x->ics.priority[s];
    }
    if (saved_priority) {
        *saved_priority = x->ics.saved_priority[s];
    }
    return true;
}

bool xics_irq_claimed(const Xics *x, uint32_t irq)
{
    int s = srcno(x, irq);
    return s >= 0 && x->ics.flags[s] != 0;
}

bool xics_irq_is_lsi(const Xics *x, uint32_t irq)
{
    int s = srcno(x, irq);
    return s >= 0 && (x->ics.flags[s] & FL_LSI);
}

bool xics_irq_claim(Xics *x, uint32_t irq, bool lsi)
{
    int s = srcno(x, irq);
    if (s < 0 || x->ics.flags[s]) {
        return false;
    }
    x->ics.flags[s] = lsi ? FL_LSI : FL_MSI;
    return true;
}

/* First index of num free sources, the first a multiple of align. */
static int find_free_block(const Xics *x, unsigned from, unsigned num,
                           unsigned align)
{
    for (unsigned first = from; first < x->nr_irqs; first += align) {
        if (num > x->nr_irqs - first) {
            return -1;
        }
        unsigned i;
        for (i = first; i < first + num && !x->ics.flags[i]; i++) {
        }
        if (i == first + num) {
            return (int)first;
        }
    }
    return -1;
}

uint32_t xics_irq_claim_next(Xics *x, bool lsi)
{
    int s = find_free_block(x, 0, 1, 1);
    if (s < 0) {
        return 0;
    }
    x->ics.flags[s] = lsi ? FL_LSI : FL_MSI;
    return XICS_IRQ_BASE + (uint32_t)s;
}

uint32_t xics_msi_alloc(Xics *x, unsigned num, bool align)
{
    if (num == 0 || num > x->nr_irqs ||
        (align && (num & (num - 1)))) {
        return 0;
    }
    int s = find_free_block(x, x->msi_first, num, align ? num : 1);
    if (s < 0) {
        return 0;
    }
    for (unsigned i = 0; i < num; i++) {
        x->ics.flags[(unsigned)s + i] = FL_MSI;
    }
    return XICS_IRQ_BASE + (uint32_t)s;
}

void xics_irq_free(Xics *x, uint32_t irq, unsigned num)
{
    for (unsigned i = 0; i < num; i++) {
        int s = srcno(x, irq + i);
        if (s < 0) {
            continue;
        }
        /* QEMU clears the whole source state */
        x->ics.server[s] = 0;
        x->ics.priority[s] = 0;
        x->ics.saved_priority[s] = 0;
        x->ics.status[s] = 0;
        x->ics.flags[s] = 0;
    }
}

/* --- ICP side --- */

static void icp_check_ipi(Xics *x, XicsIcp *icp)
{
    if (xisr(icp) && icp->pending_priority <= icp->mfrr) {
        return;
    }
    uint32_t old = xisr(icp);
    if (old && old != XICS_IPI) {
        ics_reject(x, old);
    }
    icp->xirr = (icp->xirr & ~XISR_MASK) | XICS_IPI;
    icp->pending_priority = icp->mfrr;
}

static void icp_resend(Xics *x, XicsIcp *icp)
{
    if (icp->mfrr < cppr(icp)) {
        icp_check_ipi(x, icp);
    }
    ics_resend(x);
}

bool xics_icp_pending(const Xics *x, int cpu)
{
    return cpu >= 0 && cpu < x->ncpus && xisr(&x->icp[cpu]) != 0;
}

uint32_t xics_icp_accept(Xics *x, int cpu)
{
    XicsIcp *icp = &x->icp[cpu];
    uint32_t xirr = icp->xirr;
    icp->xirr = (uint32_t)icp->pending_priority << 24;
    icp->pending_priority = 0xff;
    return xirr;
}

void xics_icp_set_cppr(Xics *x, int cpu, uint8_t new_cppr)
{
    XicsIcp *icp = &x->icp[cpu];
    uint8_t old_cppr = cppr(icp);
    icp->xirr = (icp->xirr & ~CPPR_MASK) | ((uint32_t)new_cppr << 24);
    if (new_cppr < old_cppr) {
        uint32_t old = xisr(icp);
        if (old && new_cppr <= icp->pending_priority) {
            icp->xirr &= ~XISR_MASK;
            icp->pending_priority = 0xff;
            if (old != XICS_IPI) {
                ics_reject(x, old);
            }
        }
    } else if (!xisr(icp)) {
        icp_resend(x, icp);
    }
}

void xics_icp_eoi(Xics *x, int cpu, uint32_t xirr)
{
    XicsIcp *icp = &x->icp[cpu];
    icp->xirr = (icp->xirr & ~CPPR_MASK) | (xirr & CPPR_MASK);
    ics_eoi(x, xirr & XISR_MASK);
    if (!xisr(icp)) {
        icp_resend(x, icp);
    }
}

void xics_icp_set_mfrr(Xics *x, int cpu, uint8_t mfrr)
{
    XicsIcp *icp = &x->icp[cpu];
    icp->mfrr = mfrr;
    if (mfrr < cppr(icp)) {
        icp_check_ipi(x, icp);
    }
}

uint32_t xics_icp_xirr(const Xics *x, int cpu)
{
    return x->icp[cpu].xirr;
}

uint8_t xics_icp_mfrr(const Xics *x, int cpu)
{
    return x->icp[cpu].mfrr;
}

/* --- lifetime --- */

Xics *xics_new(int ncpus, uint32_t server_stride)
{
    Xics *x = g_new0(Xics, 1);
    x->ncpus = ncpus;
    x->stride = server_stride ? server_stride : 1;
    x->nr_irqs = XICS_NR_IRQS;
    x->icp = g_new0(XicsIcp, (gsize)ncpus);
    xics_reset(x);
    return x;
}

uint32_t xics_nr_irqs(const Xics *x)
{
    return x->nr_irqs;
}

void xics_set_layout(Xics *x, uint32_t nr_irqs, uint32_t msi_first)
{
    x->nr_irqs = MIN(nr_irqs, XICS_MAX_IRQS);
    x->msi_first = msi_first > XICS_IRQ_BASE ? msi_first - XICS_IRQ_BASE : 0;
}

void xics_free(Xics *x)
{
    if (x) {
        g_free(x->icp);
        g_free(x);
    }
}

void xics_reset(Xics *x)
{
    for (int i = 0; i < x->ncpus; i++) {
        x->icp[i].xirr = 0;
        x->icp[i].pending_priority = 0xff;
        x->icp[i].mfrr = 0xff;
    }
    XicsIcs *ics = &x->ics;
    memset(ics->server, 0, sizeof(ics->server));
    memset(ics->status, 0, sizeof(ics->status));
    memset(ics->priority, 0xff, sizeof(ics->priority));
    memset(ics->saved_priority, 0xff, sizeof(ics->saved_priority));
}

/* --- sPAPR glue: hypercalls --- */

Xics *spapr_xics(Machine *m)
{
    return m->spapr ? m->spapr->xics : NULL;
}

/* After the calling CPU's own ICP changed: leave the run loop so a
 * newly presented interrupt is taken right after the hcall. */
static void kick_self(Xics *x, PpcCpu *cpu)
{
    if (xics_icp_pending(x, cpu->index)) {
        cpu->exit_request = true;
    }
}

long h_cppr(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    Xics *x = spapr_xics(m);
    xics_icp_set_cppr(x, cpu->index, (uint8_t)args[0]);
    kick_self(x, cpu);
    return H_SUCCESS;
}

long h_ipi(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    Xics *x = spapr_xics(m);
    int target = args[0] > UINT32_MAX ? -1
                                      : xics_server_to_cpu(x, (uint32_t)args[0]);
    if (target < 0) {
        return H_PARAMETER;
    }
    xics_icp_set_mfrr(x, target, (uint8_t)args[1]);
    kick_self(x, cpu);
    return H_SUCCESS;
}

long h_xirr(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    args[0] = xics_icp_accept(spapr_xics(m), cpu->index);
    return H_SUCCESS;
}

/* QEMU returns the host's cycle counter as the timestamp; farad returns
 * the guest timebase, which is deterministic. */
long h_xirr_x(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    args[0] = xics_icp_accept(spapr_xics(m), cpu->index);
    args[1] = ppc_timebase(cpu);
    return H_SUCCESS;
}

long h_eoi(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    Xics *x = spapr_xics(m);
    xics_icp_eoi(x, cpu->index, (uint32_t)args[0]);
    kick_self(x, cpu);
    return H_SUCCESS;
}

long h_ipoll(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    Xics *x = spapr_xics(m);
    int target = args[0] > UINT32_MAX ? -1
                                      : xics_server_to_cpu(x, (uint32_t)args[0]);
    if (target < 0) {
        return H_PARAMETER;
    }
    args[0] = xics_icp_xirr(x, target);
    args[1] = xics_icp_mfrr(x, target);
    return H_SUCCESS;
}

/* --- sPAPR glue: RTAS --- */

static bool valid_irq(const Xics *x, uint32_t nr)
{
    return nr >= XICS_IRQ_BASE && nr < XICS_IRQ_BASE + x->nr_irqs;
}

void rtas_set_xive(RtasCall *c)
{
    Xics *x = spapr_xics(c->m);
    if (c->nargs != 3 || c->nret != 1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    uint32_t nr = rtas_ld(c, 0), server = rtas_ld(c, 1);
    uint32_t priority = rtas_ld(c, 2);
    if (!valid_irq(x, nr) || xics_server_to_cpu(x, server) < 0 ||
        priority > 0xff) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    xics_write_xive(x, nr, server, (uint8_t)priority, (uint8_t)priority);
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
    kick_self(x, c->cpu);
}

/* The source an ibm,get-xive / ibm,int-off / ibm,int-on call names
 * (argument 0) with its server, priority and saved priority, after
 * checking the argument counts; false after answering parameter error. */
static bool rtas_xive_arg(RtasCall *c, uint32_t nret, uint32_t *nr,
                          uint32_t *server, uint8_t *priority, uint8_t *saved)
{
    Xics *x = spapr_xics(c->m);
    bool ok = c->nargs == 1 && c->nret == nret;
    if (ok) {
        *nr = rtas_ld(c, 0);
        ok = xics_read_xive(x, *nr, server, priority, saved);
    }
    if (!ok) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
    }
    return ok;
}

void rtas_get_xive(RtasCall *c)
{
    uint32_t nr, server;
    uint8_t priority;
    if (!rtas_xive_arg(c, 3, &nr, &server, &priority, NULL)) {
        return;
    }
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
    rtas_st(c, 1, server);
    rtas_st(c, 2, priority);
}

void rtas_int_off(RtasCall *c)
{
    uint32_t nr, server;
    uint8_t priority;
    if (!rtas_xive_arg(c, 1, &nr, &server, &priority, NULL)) {
        return;
    }
    xics_write_xive(spapr_xics(c->m), nr, server, 0xff, priority);
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
}

void rtas_int_on(RtasCall *c)
{
    Xics *x = spapr_xics(c->m);
    uint32_t nr, server;
    uint8_t saved;
    if (!rtas_xive_arg(c, 1, &nr, &server, NULL, &saved)) {
        return;
    }
    xics_write_xive(x, nr, server, saved, saved);
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
    kick_self(x, c->cpu);
}
