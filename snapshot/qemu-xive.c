/* SPDX-License-Identifier: MIT */
/*
 * QEMU 7.2's XIVE sections (hw/intc/xive.c, hw/intc/spapr_xive.c) in
 * QEMU's layout and their mapping onto farad's XIVE (see qemu-xive.h).
 * QEMU registers them for ic-mode=dual and ic-mode=xive whether or not
 * CAS chose XIVE yet; which controller is in use travels in section
 * spapr's option vector 5 (QEMU's spapr_irq_post_load picks it from
 * there, as farad's spapr_irq_update_active does). QEMU does not
 * migrate its END ESB source ("xive-end-source") nor its sources' LSI
 * map: both follow from the machine's configuration and claims.
 *
 *  xive-source v1: nr_irqs (EQUAL, 0x2000), status[nr_irqs]: PQ in
 *                  bits 0-1, bit 2 an LSI's asserted line
 *  spapr-xive  v1: nr_irqs (EQUAL), eat[nr_irqs] (spapr-xive/eas: w),
 *                  endt[nr_ends] (spapr-xive/end: w0..w7), nr_ends being
 *                  8 per vCPU id of the loading machine
 *  xive-tctx   v1: regs[64], the four TIMA rings byte for byte
 */
#include <errno.h>
#include <string.h>

#include "qemu-xive.h"
#include "core/machine/platform.h"

/* ---- QEMU's sections ---- */

static const SnapField source_fields[] = {
    SNAP_U32_EQUAL("nr_irqs", QXiveSource, nr_irqs, 0),
    SNAP_BYTES("status", QXiveSource, status, XIVE_NR_IRQS, 0),
    SNAP_END
};
const SnapSection q_xive_source = {
    .name = "xive-source", .version = 1, .min_version = 1,
    .fields = source_fields,
};

static const SnapField eas_fields[] = {
    SNAP_U64("w", QXiveEas, w, 0),
    SNAP_END
};
static const SnapSection q_spapr_xive_eas = {
    .name = "spapr-xive/eas", .version = 1, .min_version = 1,
    .fields = eas_fields,
};

static const SnapField end_fields[] = {
    SNAP_U32("w0", QXiveEnd, w[0], 0),
    SNAP_U32("w1", QXiveEnd, w[1], 0),
    SNAP_U32("w2", QXiveEnd, w[2], 0),
    SNAP_U32("w3", QXiveEnd, w[3], 0),
    SNAP_U32("w4", QXiveEnd, w[4], 0),
    SNAP_U32("w5", QXiveEnd, w[5], 0),
    SNAP_U32("w6", QXiveEnd, w[6], 0),
    SNAP_U32("w7", QXiveEnd, w[7], 0),
    SNAP_END
};
static const SnapSection q_spapr_xive_end = {
    .name = "spapr-xive/end", .version = 1, .min_version = 1,
    .fields = end_fields,
};

static const SnapField spapr_xive_fields[] = {
    SNAP_U32_EQUAL("nr_irqs", QSpaprXive, nr_irqs, 0),
    SNAP_STRUCT_ARRAY("eat", QSpaprXive, eat, XIVE_NR_IRQS, QXiveEas,
                      &q_spapr_xive_eas, 0),
    SNAP_STRUCT_VARRAY("endt", QSpaprXive, endt, nr_ends, QXiveEnd,
                       &q_spapr_xive_end, 0),
    SNAP_END
};
const SnapSection q_spapr_xive = {
    .name = "spapr-xive", .version = 1, .min_version = 1,
    .fields = spapr_xive_fields,
};

static const SnapField tctx_fields[] = {
    SNAP_BYTES("regs", QXiveTctx, regs, XIVE_TM_RINGS, 0),
    SNAP_END
};
const SnapSection q_xive_tctx = {
    .name = "xive-tctx", .version = 1, .min_version = 1,
    .fields = tctx_fields,
};

/* ---- the entries ---- */

void qemu_xive_add_entries(QLoad *l)
{
    Xive *x = spapr_xive(l->m);
    if (!x) {
        return;
    }
    QXiveSource *src = g_new0(QXiveSource, 1);
    src->nr_irqs = XIVE_NR_IRQS;
    add_entry(l, "xive-source", 0, 1, QK_XIVE_SOURCE, 0, src);
    QSpaprXive *sx = g_new0(QSpaprXive, 1);
    sx->nr_irqs = XIVE_NR_IRQS;
    sx->nr_ends = x->nr_ends;
    add_entry(l, "spapr-xive", 0, 1, QK_SPAPR_XIVE, 0, sx);
}

void qemu_xive_add_tctx(QLoad *l, int cpu)
{
    if (spapr_xive(l->m)) {
        add_entry(l, "xive-tctx", (uint32_t)cpu, 1, QK_XIVE_TCTX, cpu,
                  g_new0(QXiveTctx, 1));
    }
}

void qemu_xive_free_state(QEntry *e)
{
    if (e->kind == QK_SPAPR_XIVE && e->state) {
        g_free(((QSpaprXive *)e->state)->endt);
    }
}

/* ---- load: checks, then the machine ---- */

#define STATUS_BITS (0x3 | XIVE_ST_ASSERTED)

int qemu_xive_check(QIn *in, const QEntry *e)
{
    if (e->kind == QK_XIVE_SOURCE) {
        const QXiveSource *s = e->state;
        for (uint32_t i = 0; i < XIVE_NR_IRQS; i++) {
            if (s->status[i] & ~STATUS_BITS) {
                qin_report(in, "xive-source: status 0x%x of source 0x%x: "
                           "farad's XIVE has PQ and the asserted bit only",
                           s->status[i], i);
                return -EINVAL;
            }
        }
    } else if (e->kind == QK_SPAPR_XIVE) {
        const QSpaprXive *s = e->state;
        for (uint32_t i = 0; i < XIVE_NR_IRQS; i++) {
            uint64_t w = GUINT64_SWAP_LE_BE(s->eat[i].w);
            if (w & EAS_END_BLOCK) {
                qin_report(in, "spapr-xive: EAS 0x%x names END block %u: "
                           "sPAPR has block 0 only", i,
                           (unsigned)((w & EAS_END_BLOCK) >> 56));
                return -EINVAL;
            }
        }
    }
    return 0;
}

void qemu_xive_apply(Machine *m, const QEntry *e)
{
    Xive *x = spapr_xive(m);
    switch (e->kind) {
    case QK_XIVE_SOURCE:
        memcpy(x->t.status, ((const QXiveSource *)e->state)->status,
               XIVE_NR_IRQS);
        break;
    case QK_SPAPR_XIVE: {
        const QSpaprXive *s = e->state;
        for (uint32_t i = 0; i < XIVE_NR_IRQS; i++) {
            x->t.eas[i] = GUINT64_SWAP_LE_BE(s->eat[i].w);
        }
        for (uint32_t i = 0; i < x->nr_ends; i++) {
            for (int k = 0; k < 8; k++) {
                x->t.endt[i].w[k] = GUINT32_SWAP_LE_BE(s->endt[i].w[k]);
            }
        }
        break;
    }
    case QK_XIVE_TCTX: {
        memcpy(x->tctx[e->index].regs, ((const QXiveTctx *)e->state)->regs,
               XIVE_TM_RINGS);
        PpcCpu *c = machine_cpu(m, e->index);
        if (c && xive_cpu_pending(x, e->index)) {
            c->exit_request = true;   /* its line is up: look at it */
        }
        break;
    }
    default:
        break;
    }
}

/* ---- save ---- */

void qemu_xive_fill(Machine *m, QEntry *e)
{
    Xive *x = spapr_xive(m);
    switch (e->kind) {
    case QK_XIVE_SOURCE:
        memcpy(((QXiveSource *)e->state)->status, x->t.status, XIVE_NR_IRQS);
        break;
    case QK_SPAPR_XIVE: {
        QSpaprXive *s = e->state;
        for (uint32_t i = 0; i < XIVE_NR_IRQS; i++) {
            s->eat[i].w = GUINT64_SWAP_LE_BE(x->t.eas[i]);
        }
        s->endt = g_new0(QXiveEnd, s->nr_ends);
        for (uint32_t i = 0; i < s->nr_ends; i++) {
            for (int k = 0; k < 8; k++) {
                s->endt[i].w[k] = GUINT32_SWAP_LE_BE(x->t.endt[i].w[k]);
            }
        }
        break;
    }
    case QK_XIVE_TCTX:
        memcpy(((QXiveTctx *)e->state)->regs, x->tctx[e->index].regs,
               XIVE_TM_RINGS);
        break;
    default:
        break;
    }
}
