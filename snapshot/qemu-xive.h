/* SPDX-License-Identifier: MIT */
/*
 * QEMU 7.2's XIVE sections of a pseries machine whose ic-mode is dual
 * (pseries-7.2's default) or xive (qemu-xive.c): "xive-source" (the
 * sources' ESB status), "spapr-xive" (the EAS and END tables) and one
 * "xive-tctx" per CPU (the thread context registers), in QEMU's layout,
 * and their mapping onto farad's XIVE model (core/machine/xive.h), for
 * the stream reader (snap-incoming.c) and writer (snap-outgoing.c).
 */
#ifndef FARAD_SNAPSHOT_QEMU_XIVE_H
#define FARAD_SNAPSHOT_QEMU_XIVE_H

#include "qemu-sections.h"
#include "qemu-vmstate.h"
#include "core/machine/xive.h"

/* xive-source: QEMU's XiveSource status bytes (PQ, bit 2 asserted). */
typedef struct QXiveSource {
    uint32_t nr_irqs;
    uint8_t status[XIVE_NR_IRQS];
} QXiveSource;

typedef struct QXiveEas {
    uint64_t w;
} QXiveEas;

typedef struct QXiveEnd {
    uint32_t w[8];
} QXiveEnd;

/* spapr-xive: the EAS and END words as QEMU's x86 host holds them (it
 * keeps them big-endian in memory and migrates them as host integers,
 * so the stream has each word byte-reversed). nr_ends is the loading
 * machine's (QEMU does not send it). */
typedef struct QSpaprXive {
    uint32_t nr_irqs, nr_ends;
    QXiveEas eat[XIVE_NR_IRQS];
    QXiveEnd *endt;
} QSpaprXive;

typedef struct QXiveTctx {
    uint8_t regs[XIVE_TM_RINGS];
} QXiveTctx;

extern const SnapSection q_xive_source, q_spapr_xive, q_xive_tctx;

/* The machine-wide XIVE sections (after "ics" in QEMU's order), when m
 * has a XIVE; their scratch objects hold the local EQUAL values. */
void qemu_xive_add_entries(QLoad *l);
/* CPU index cpu's "xive-tctx" (after its icp/server), when m has a XIVE. */
void qemu_xive_add_tctx(QLoad *l, int cpu);
/* Free a XIVE entry's scratch object (not the entry). */
void qemu_xive_free_state(QEntry *e);
/* After QEMU's loader read e: refuse, in one line into in, state that
 * farad's XIVE cannot hold. Returns 0 or -EINVAL. */
int qemu_xive_check(QIn *in, const QEntry *e);
/* Copy a loaded entry into the machine's XIVE (nothing fails). The
 * caller then calls spapr_irq_update_active (the option vector 5 in
 * section spapr says which controller CAS chose). */
void qemu_xive_apply(Machine *m, const QEntry *e);
/* Fill a XIVE entry's scratch object from the machine, for writing. */
void qemu_xive_fill(Machine *m, QEntry *e);

#endif
