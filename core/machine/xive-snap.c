/* SPDX-License-Identifier: MIT */
/*
 * Snapshot descriptions of the XIVE state (see xive.h), versioned as
 * the XICS sections are: section "xive" (the sources' PQ and LSI
 * status, the EAS table, the END table as "xive/end" elements; the
 * counts must equal the machine's) and one "xive/tctx" per CPU (the
 * thread context registers). Which controller is active is not saved:
 * it follows from the negotiated option vector 5 (section spapr).
 */
#include "xive.h"

static const SnapField end_fields[] = {
    SNAP_U32_ARRAY("w", XiveEnd, w, 8, 1),
    SNAP_END
};

static const SnapSection end_snap = {
    .name = "xive/end", .version = 1, .min_version = 1,
    .fields = end_fields,
};

static const SnapField xive_fields[] = {
    SNAP_DERIVED("m", Xive, m),
    SNAP_DERIVED("ncpus", Xive, ncpus),          /* configuration */
    SNAP_DERIVED("stride", Xive, stride),
    SNAP_U32_EQUAL("nr_servers", Xive, nr_servers, 1),
    SNAP_U32_EQUAL("nr_ends", Xive, nr_ends, 1),
    SNAP_BYTES("status", Xive, t.status, XIVE_NR_IRQS, 1),
    SNAP_BYTES("lsi", Xive, t.lsi, XIVE_NR_IRQS, 1),
    SNAP_U64_ARRAY("eas", Xive, t.eas, XIVE_NR_IRQS, 1),
    SNAP_STRUCT_VARRAY("endt", Xive, t.endt, nr_ends, XiveEnd, &end_snap, 1),
    SNAP_DERIVED("tctx", Xive, tctx),            /* sections xive/tctx */
    SNAP_DERIVED("esb_mmio", Xive, esb_mmio),    /* mapped while active */
    SNAP_DERIVED("tm_mmio", Xive, tm_mmio),
    SNAP_END
};

const SnapSection xive_snap = {
    .name = "xive", .version = 1, .min_version = 1,
    .fields = xive_fields,
};

static const SnapField tctx_fields[] = {
    SNAP_BYTES("regs", XiveTctx, regs, XIVE_TM_RINGS, 1),
    SNAP_END
};

const SnapSection xive_tctx_snap = {
    .name = "xive/tctx", .version = 1, .min_version = 1,
    .fields = tctx_fields,
};

void *xive_tctx_state(Xive *x, int cpu)
{
    return cpu >= 0 && cpu < x->ncpus ? &x->tctx[cpu] : NULL;
}
