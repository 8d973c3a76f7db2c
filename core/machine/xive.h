/* SPDX-License-Identifier: MIT */
/*
 * XIVE, the POWER9 interrupt controller in sPAPR exploitation mode as
 * QEMU 7.2's pseries emulates it (ic-mode=xive, or dual once CAS chose
 * it). Three parts, one file each:
 *  - xive-source.c: the sources (LISNs 0..XIVE_NR_IRQS-1: one IPI per
 *    vCPU id from 0, then the same global numbers XICS uses, 0x1000
 *    up), each with its ESB PQ state machine, driven by devices and by
 *    the guest through the ESB MMIO pages (two 64K pages per source:
 *    trigger, then management);
 *  - xive-router.c: the routing tables (EAS per source, END per vCPU
 *    and priority) in the hardware's word layout, the event queues in
 *    guest RAM, and the presenter: one thread context (TCTX) per CPU
 *    with the OS ring's NSR/CPPR/IPB/PIPR, reached through the TIMA
 *    MMIO pages;
 *  - xive-hcall.c: the H_INT_* hypercalls; xive-snap.c: snapshots.
 * Devices do not call this header: they go through spapr-irq.h, which
 * sends an interrupt to whichever controller is active.
 */
#ifndef FARAD_CORE_XIVE_H
#define FARAD_CORE_XIVE_H

#include <stdbool.h>
#include <stdint.h>

#include "base/snapdesc.h"

#define XIVE_NR_IPIS 0x1000u     /* LISNs below the XICS numbers */
#define XIVE_NR_IRQS 0x2000u     /* IPIs + 0x1000 device sources */
#define XIVE_VC_BASE 0x0006010000000000ULL   /* source ESB pages */
#define XIVE_TM_BASE 0x0006030203180000ULL   /* TIMA */
#define XIVE_ESB_SHIFT 17        /* per source: two 64K pages */
#define XIVE_TM_SHIFT 16         /* TIMA: four 64K pages */
#define XIVE_TM_USER_PAGE 3
#define XIVE_TM_OS_PAGE 2
#define XIVE_PRIO_RESERVED 7     /* priorities 7..0xfe are the host's */
#define XIVE_NVT_BASE 0x400u     /* NVT index = this + vCPU id */

/* ESB PQ values (bit 1 = P, bit 0 = Q). */
enum {
    XIVE_PQ_RESET = 0x0,
    XIVE_PQ_OFF = 0x1,
    XIVE_PQ_PENDING = 0x2,
    XIVE_PQ_QUEUED = 0x3,
};

/* EAS (64-bit) and END (eight 32-bit words) fields, IBM bit order as
 * the XIVE specification numbers them. */
#define EAS_VALID 0x8000000000000000ULL
#define EAS_END_BLOCK 0x0f00000000000000ULL
#define EAS_END_INDEX 0x00ffffff00000000ULL
#define EAS_MASKED 0x0000000080000000ULL
#define EAS_END_DATA 0x000000007fffffffULL
#define END_W0_VALID 0x80000000u
#define END_W0_ENQUEUE 0x40000000u
#define END_W0_UCOND_NOTIFY 0x20000000u
#define END_W0_QSIZE 0x000f0000u
#define END_W1_ESN 0xc0000000u
#define END_W1_ESN_Q 0x40000000u
#define END_W1_ESE_Q 0x10000000u
#define END_W1_GENERATION 0x00400000u
#define END_W1_PAGE_OFF 0x003fffffu
#define END_W2_QADDR_HI 0x0fffffffu
#define END_W6_NVT_BLOCK 0x00780000u
#define END_W6_NVT_INDEX 0x0007ffffu
#define END_W7_PRIORITY 0x00ff0000u

/* Thread context registers: four rings of 16 bytes (QW0 user, QW1 OS,
 * QW2 pool, QW3 physical), each NSR CPPR IPB LSMFB ACK_CNT INC AGE
 * PIPR, then word 2 (the CAM line) and word 3. */
#define XIVE_TM_RINGS 0x40
enum {
    TM_QW1_OS = 0x10,
    TM_NSR = 0, TM_CPPR = 1, TM_IPB = 2, TM_LSMFB = 3, TM_ACK_CNT = 4,
    TM_INC = 5, TM_AGE = 6, TM_PIPR = 7, TM_WORD2 = 8,
};
#define TM_NSR_EO 0x80           /* OS ring: exception pending */
#define TM_QW1W2_VO 0x80000000u  /* OS CAM line valid */
#define TM_SPC_ACK_OS_REG 0x810  /* 2-byte load: ack */
#define TM_SPC_SET_OS_PENDING 0x812   /* 1-byte store: IPB |= prio */

/* The thread context of one CPU (snapshot section "xive/tctx"). */
typedef struct XiveTctx {
    uint8_t regs[XIVE_TM_RINGS];
} XiveTctx;

/* An END (event notification descriptor): eight words W0..W7. */
typedef struct XiveEnd {
    uint32_t w[8];
} XiveEnd;

/* The routing state: sources' PQ and LSI status, the EAS table and the
 * END table (END (vCPU id << 3) + priority). */
typedef struct XiveTables {
    uint8_t status[XIVE_NR_IRQS];   /* PQ | XIVE_ST_ASSERTED */
    uint8_t lsi[XIVE_NR_IRQS];      /* 1: level-sensitive */
    uint64_t eas[XIVE_NR_IRQS];
    XiveEnd *endt;                  /* [nr_ends] */
} XiveTables;
#define XIVE_ST_ASSERTED 0x4     /* an LSI's line is high */

typedef struct Xive Xive;
typedef struct Machine Machine;
typedef struct MemRange MemRange;

struct Xive {
    Machine *m;
    int ncpus;
    uint32_t stride;            /* vCPU id = cpu index * stride */
    uint32_t nr_servers;        /* IPIs and END blocks: vCPU ids */
    uint32_t nr_ends;           /* nr_servers * 8 */
    XiveTables t;
    XiveTctx *tctx;             /* [ncpus] */
    MemRange *esb_mmio, *tm_mmio;   /* mapped while active */
};

/* The machine's XIVE, or NULL (ic-mode=xics, or a CPU without it). */
Xive *spapr_xive(Machine *m);

/* --- lifetime (xive-router.c) --- */

/* A XIVE for ncpus CPUs with vCPU ids index * stride; the IPIs
 * 0..nr_servers-1 are claimed. */
Xive *xive_new(Machine *m, int ncpus, uint32_t stride, uint32_t nr_servers);
void xive_free(Xive *x);
/* Machine reset: sources off (PQ 01, claims kept), EAS masked, ENDs
 * cleared, thread contexts reset with their OS CAM line pushed. */
void xive_reset(Xive *x);
/* H_INT_RESET: every claimed EAS masked, every END cleared. */
void xive_reset_routing(Xive *x);
/* Map or unmap the ESB and TIMA MMIO (the active controller's only). */
void xive_set_mmio(Xive *x, bool on);

/* --- sources (xive-source.c) --- */

/* Claim LISN irq as an LSI or MSI: false when out of range or taken. */
bool xive_claim(Xive *x, uint32_t irq, bool lsi);
void xive_release(Xive *x, uint32_t irq);
bool xive_claimed(const Xive *x, uint32_t irq);
/* A device's line: an LSI follows level, an MSI triggers on level 1
 * (QEMU's xive_source_set_irq). */
void xive_set_irq(Xive *x, uint32_t irq, int level);
/* An ESB load or store at off (below 1 << XIVE_ESB_SHIFT: trigger page,
 * then management page) of source irq, as the MMIO and H_INT_ESB do. */
uint64_t xive_esb_load(Xive *x, uint32_t irq, uint64_t off);
void xive_esb_store(Xive *x, uint32_t irq, uint64_t off, uint64_t val);
/* The source's ESB PQ bits (XIVE_PQ_*). */
uint8_t xive_pq(const Xive *x, uint32_t irq);

/* --- routing and presentation (xive-router.c) --- */

/* Route an event from source irq (its PQ said so). */
void xive_notify(Xive *x, uint32_t irq);
/* The END index of (vCPU id target, priority), or -1 when no CPU has
 * that id. */
int xive_end_index(const Xive *x, uint32_t target, uint8_t priority);
/* The CPU index of vCPU id target, or -1. */
int xive_target_cpu(const Xive *x, uint32_t target);
/* Clear an END (queue off, ESn and ESe off). */
void xive_end_reset(XiveEnd *end);
/* Is the OS ring of CPU cpu signalling an exception (NSR[EO])? What the
 * CPU's external_pending hook asks while XIVE is active. */
static inline bool xive_cpu_pending(const Xive *x, int cpu)
{
    return x->tctx[cpu].regs[TM_QW1_OS + TM_NSR] & TM_NSR_EO;
}

/* Snapshot descriptions: xive_snap describes the Xive itself (sources,
 * EAS and END tables), xive_tctx_snap each xive_tctx_state(x, cpu)
 * (NULL past the last CPU). */
extern const SnapSection xive_snap;
extern const SnapSection xive_tctx_snap;
void *xive_tctx_state(Xive *x, int cpu);

#endif
