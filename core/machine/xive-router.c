/* SPDX-License-Identifier: MIT */
/*
 * XIVE routing and presentation (see xive.h), with the behaviour of
 * QEMU 7.2's XiveRouter, sPAPR XIVE and XiveTCTX:
 *  - an event from source s looks up EAS s: invalid or masked events
 *    are dropped; otherwise the END it names gets the EAS's data
 *    written to its queue in guest RAM (a 32-bit big-endian word: the
 *    generation bit in bit 31, the data below; the generation flips
 *    each time the index wraps), then, unless the END notifies
 *    unconditionally, its ESn PQ decides whether the CPU is told;
 *  - sPAPR maps END (vCPU id << 3) + priority to NVT 0x400 + vCPU id,
 *    dispatched on that CPU's OS ring: the priority's bit is set in the
 *    IPB, PIPR = the most favoured pending priority, and when PIPR is
 *    more favoured than CPPR the ring's NSR gets EO and the CPU's
 *    external interrupt line goes up;
 *  - the OS acknowledges through the TIMA (2-byte load at 0x810: NSR
 *    and CPPR; with EO, CPPR becomes PIPR, that priority leaves the IPB
 *    and the line goes down), sets CPPR with a byte store at 0x11
 *    (values above 7 mean 0xff) and may set IPB bits (0x812). Other
 *    accesses below 0x800 reach the registers raw, 4 or 8 bytes at a
 *    time, limited to the bytes the page's ring may read or write.
 */
#include <string.h>

#include "hcall.h"
#include "platform.h"
#include "xive.h"

static uint32_t get32(uint32_t word, uint32_t mask)
{
    return (word & mask) >> __builtin_ctz(mask);
}

static uint32_t set32(uint32_t word, uint32_t mask, uint32_t v)
{
    return (word & ~mask) | ((v << __builtin_ctz(mask)) & mask);
}

static uint8_t priority_ipb(uint8_t prio)
{
    return prio > 7 ? 0 : (uint8_t)(0x80 >> prio);
}

static uint8_t ipb_pipr(uint8_t ipb)
{
    return ipb ? (uint8_t)(__builtin_clz(ipb) - 24) : 0xff;
}

int xive_target_cpu(const Xive *x, uint32_t target)
{
    if (target % x->stride) {
        return -1;
    }
    uint32_t i = target / x->stride;
    return i < (uint32_t)x->ncpus ? (int)i : -1;
}

int xive_end_index(const Xive *x, uint32_t target, uint8_t priority)
{
    if (xive_target_cpu(x, target) < 0) {
        return -1;
    }
    return (int)((target << 3) + priority);
}

void xive_end_reset(XiveEnd *end)
{
    memset(end, 0, sizeof(*end));
    end->w[1] = END_W1_ESN_Q | END_W1_ESE_Q;
}

/* --- the presenter (thread contexts) --- */

/* Raise the OS ring's exception when PIPR beats CPPR (never lowers). */
static void tctx_notify(Xive *x, int cpu)
{
    uint8_t *r = &x->tctx[cpu].regs[TM_QW1_OS];
    if (r[TM_PIPR] < r[TM_CPPR]) {
        r[TM_NSR] |= TM_NSR_EO;
        PpcCpu *c = machine_cpu(x->m, cpu);
        if (c) {
            c->exit_request = true;   /* take it at the next check */
        }
    }
}

static void tctx_ipb_update(Xive *x, int cpu, uint8_t ipb)
{
    uint8_t *r = &x->tctx[cpu].regs[TM_QW1_OS];
    r[TM_IPB] |= ipb;
    r[TM_PIPR] = ipb_pipr(r[TM_IPB]);
    tctx_notify(x, cpu);
}

static uint16_t tctx_accept(Xive *x, int cpu)
{
    uint8_t *r = &x->tctx[cpu].regs[TM_QW1_OS];
    uint8_t nsr = r[TM_NSR];
    if (nsr & TM_NSR_EO) {
        uint8_t cppr = r[TM_PIPR];
        r[TM_CPPR] = cppr;
        r[TM_IPB] &= (uint8_t)~priority_ipb(cppr);
        r[TM_PIPR] = ipb_pipr(r[TM_IPB]);
        r[TM_NSR] &= (uint8_t)~TM_NSR_EO;
    }
    return (uint16_t)(nsr << 8 | r[TM_CPPR]);
}

static void tctx_set_cppr(Xive *x, int cpu, uint8_t cppr)
{
    x->tctx[cpu].regs[TM_QW1_OS + TM_CPPR] = cppr > 7 ? 0xff : cppr;
    tctx_notify(x, cpu);
}

static void tctx_reset(Xive *x, int cpu)
{
    uint8_t *regs = x->tctx[cpu].regs;
    memset(regs, 0, XIVE_TM_RINGS);
    regs[TM_QW1_OS + TM_LSMFB] = 0xff;
    regs[TM_QW1_OS + TM_ACK_CNT] = 0xff;
    regs[TM_QW1_OS + TM_AGE] = 0xff;
    regs[TM_QW1_OS + TM_PIPR] = 0xff;
    regs[0x30 + TM_PIPR] = 0xff;   /* the physical ring's */
    /* the hypervisor dispatched the vCPU: OS CAM = VO | NVT */
    uint32_t cam = TM_QW1W2_VO | (XIVE_NVT_BASE + (uint32_t)cpu * x->stride);
    for (int i = 0; i < 4; i++) {
        regs[TM_QW1_OS + TM_WORD2 + i] = (uint8_t)(cam >> (24 - 8 * i));
    }
}

/* --- routing --- */

static void end_enqueue(Xive *x, uint32_t *end, uint32_t data)
{
    uint64_t qaddr = (uint64_t)(end[2] & END_W2_QADDR_HI) << 32 | end[3];
    uint32_t qindex = get32(end[1], END_W1_PAGE_OFF);
    uint32_t qgen = get32(end[1], END_W1_GENERATION);
    uint32_t qentries = 1u << (get32(end[0], END_W0_QSIZE) + 10);
    uint64_t at = qaddr + (uint64_t)qindex * 4;
    if (spapr_ram_ok(x->m, at, 4)) {
        spapr_st32(x->m, at, qgen << 31 | (data & 0x7fffffff));
    }
    qindex = (qindex + 1) & (qentries - 1);
    if (!qindex) {
        qgen ^= 1;
    }
    end[1] = set32(end[1], END_W1_GENERATION, qgen);
    end[1] = set32(end[1], END_W1_PAGE_OFF, qindex);
}

void xive_notify(Xive *x, uint32_t irq)
{
    uint64_t eas = x->t.eas[irq];
    if (!(eas & EAS_VALID) || (eas & EAS_MASKED)) {
        return;
    }
    uint32_t end_idx = (uint32_t)((eas & EAS_END_INDEX) >> 32);
    if (end_idx >= x->nr_ends) {
        return;
    }
    uint32_t *end = x->t.endt[end_idx].w;
    if (!(end[0] & END_W0_VALID)) {
        return;
    }
    if (end[0] & END_W0_ENQUEUE) {
        end_enqueue(x, end, (uint32_t)(eas & EAS_END_DATA));
    }
    if (!(end[0] & END_W0_UCOND_NOTIFY)) {
        /* the END's notification ESB (ESn) filters like a source's */
        uint32_t pq = get32(end[1], END_W1_ESN);
        bool go = pq == XIVE_PQ_RESET;
        pq = pq == XIVE_PQ_RESET ? XIVE_PQ_PENDING
           : pq == XIVE_PQ_OFF ? XIVE_PQ_OFF : XIVE_PQ_QUEUED;
        end[1] = set32(end[1], END_W1_ESN, pq);
        if (!go) {
            return;
        }
    }
    uint32_t nvt = get32(end[6], END_W6_NVT_INDEX);
    if (nvt < XIVE_NVT_BASE) {
        return;
    }
    int cpu = xive_target_cpu(x, nvt - XIVE_NVT_BASE);
    if (cpu < 0) {
        return;
    }
    const uint8_t *cam = &x->tctx[cpu].regs[TM_QW1_OS + TM_WORD2];
    if (!(cam[0] & 0x80)) {
        return;   /* the OS context is not dispatched: no backlog */
    }
    tctx_ipb_update(x, cpu, priority_ipb((uint8_t)get32(end[7],
                                                        END_W7_PRIORITY)));
}

/* --- the TIMA --- */

/* What the ring of each page may do with each register byte: bit 0
 * write, bit 1 read (pages: 0 hardware, 1 hypervisor, 2 OS, 3 user). */
static const uint8_t tm_view[4][XIVE_TM_RINGS] = {
    {   /* hardware */
        3, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 0, 0, 0, 0,
        3, 3, 3, 3, 3, 3, 0, 2, 3, 3, 3, 3, 0, 0, 0, 0,
        0, 0, 3, 3, 0, 0, 0, 0, 3, 3, 3, 3, 0, 0, 0, 0,
        3, 3, 3, 3, 0, 3, 0, 2, 3, 0, 0, 3, 3, 3, 3, 0,
    }, { /* hypervisor */
        3, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 0, 0, 0, 0,
        3, 3, 3, 3, 3, 3, 0, 2, 3, 3, 3, 3, 0, 0, 0, 0,
        0, 0, 3, 3, 0, 0, 0, 0, 0, 3, 3, 3, 0, 0, 0, 0,
        3, 3, 3, 3, 0, 3, 0, 2, 3, 0, 0, 3, 0, 0, 0, 0,
    }, { /* OS */
        3, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 0, 0, 0, 0,
        2, 3, 2, 2, 2, 2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    }, { /* user */
        3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    },
};

/* The byte mask of a raw access (the bytes the page allows). */
static uint64_t tm_mask(uint64_t off, unsigned size, bool write)
{
    unsigned page = (unsigned)(off >> XIVE_TM_SHIFT) & 3;
    unsigned reg = (unsigned)off & 0x3f;
    uint64_t mask = 0;
    for (unsigned i = 0; i < size && reg + i < XIVE_TM_RINGS; i++) {
        if (tm_view[page][reg + i] & (write ? 1 : 2)) {
            mask |= 0xffull << (8 * (size - i - 1));
        }
    }
    return mask;
}

/* The calling CPU (the TIMA shows each CPU its own context). */
static int tm_cpu(Xive *x)
{
    int cpu = x->m->turn;
    return cpu >= 0 && cpu < x->ncpus ? cpu : 0;
}

static uint64_t tm_read(void *opaque, uint64_t off, unsigned size)
{
    Xive *x = opaque;
    int cpu = tm_cpu(x);
    unsigned page = (unsigned)(off >> XIVE_TM_SHIFT) & 3;
    unsigned op = (unsigned)off & 0xfff;
    if (op == TM_SPC_ACK_OS_REG && size == 2 && page <= XIVE_TM_OS_PAGE) {
        return tctx_accept(x, cpu);
    }
    uint64_t mask = tm_mask(off, size, false);
    if (op >= 0x800 || size < 4 || !mask || (op & 0x30) == 0) {
        return UINT64_MAX;   /* not an access QEMU allows */
    }
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        v = v << 8 | x->tctx[cpu].regs[(op & 0x3f) + i];
    }
    return v & mask;
}

static void tm_write(void *opaque, uint64_t off, uint64_t val, unsigned size)
{
    Xive *x = opaque;
    int cpu = tm_cpu(x);
    unsigned page = (unsigned)(off >> XIVE_TM_SHIFT) & 3;
    unsigned op = (unsigned)off & 0xfff;
    if (page <= XIVE_TM_OS_PAGE && size == 1) {
        if (op == TM_QW1_OS + TM_CPPR) {
            tctx_set_cppr(x, cpu, (uint8_t)val);
            return;
        }
        if (op == TM_SPC_SET_OS_PENDING) {
            tctx_ipb_update(x, cpu, priority_ipb((uint8_t)val));
            return;
        }
    }
    uint64_t mask = tm_mask(off, size, true);
    if (op >= 0x800 || size < 4 || !mask || (op & 0x30) == 0) {
        return;   /* hypervisor-only operations and bad accesses */
    }
    for (unsigned i = 0; i < size; i++) {
        unsigned sh = 8 * (size - i - 1);
        if ((mask >> sh) & 0xff) {
            x->tctx[cpu].regs[(op & 0x3f) + i] = (uint8_t)(val >> sh);
        }
    }
}

static const MemOps tm_ops = {
    .read = tm_read, .write = tm_write, .min_size = 1, .max_size = 8,
};

/* --- the ESB pages --- */

static uint64_t esb_read(void *opaque, uint64_t off, unsigned size)
{
    (void)size;
    return xive_esb_load(opaque, (uint32_t)(off >> XIVE_ESB_SHIFT),
                         off & ((1ull << XIVE_ESB_SHIFT) - 1));
}

static void esb_write(void *opaque, uint64_t off, uint64_t val, unsigned size)
{
    (void)size;
    xive_esb_store(opaque, (uint32_t)(off >> XIVE_ESB_SHIFT),
                   off & ((1ull << XIVE_ESB_SHIFT) - 1), val);
}

static const MemOps esb_ops = {
    .read = esb_read, .write = esb_write, .min_size = 1, .max_size = 8,
};

void xive_set_mmio(Xive *x, bool on)
{
    if (on && !x->esb_mmio) {
        x->esb_mmio = bus_map_io(x->m->bus, XIVE_VC_BASE,
                                 (uint64_t)XIVE_NR_IRQS << XIVE_ESB_SHIFT,
                                 &esb_ops, x, "xive.esb");
        x->tm_mmio = bus_map_io(x->m->bus, XIVE_TM_BASE,
                                4ull << XIVE_TM_SHIFT, &tm_ops, x,
                                "xive.tima");
    } else if (!on && x->esb_mmio) {
        bus_unmap(x->m->bus, x->esb_mmio);
        bus_unmap(x->m->bus, x->tm_mmio);
        x->esb_mmio = x->tm_mmio = NULL;
    }
}

/* --- lifetime --- */

Xive *xive_new(Machine *m, int ncpus, uint32_t stride, uint32_t nr_servers)
{
    Xive *x = g_new0(Xive, 1);
    x->m = m;
    x->ncpus = ncpus;
    x->stride = stride;
    x->nr_servers = nr_servers;
    x->nr_ends = nr_servers << 3;
    x->t.endt = g_new0(XiveEnd, x->nr_ends);
    x->tctx = g_new0(XiveTctx, (gsize)ncpus);
    for (uint32_t i = 0; i < nr_servers; i++) {
        xive_claim(x, i, false);   /* the IPIs */
    }
    xive_reset(x);
    return x;
}

void xive_free(Xive *x)
{
    if (x) {
        xive_set_mmio(x, false);
        g_free(x->t.endt);
        g_free(x->tctx);
        g_free(x);
    }
}

void xive_reset_routing(Xive *x)
{
    for (uint32_t i = 0; i < XIVE_NR_IRQS; i++) {
        x->t.eas[i] = (x->t.eas[i] & EAS_VALID) ? EAS_VALID | EAS_MASKED : 0;
    }
    for (uint32_t i = 0; i < x->nr_ends; i++) {
        xive_end_reset(&x->t.endt[i]);
    }
}

void xive_reset(Xive *x)
{
    memset(x->t.status, XIVE_PQ_OFF, sizeof(x->t.status));
    xive_reset_routing(x);
    for (int i = 0; i < x->ncpus; i++) {
        tctx_reset(x, i);
    }
}
