/* SPDX-License-Identifier: MIT */
/*
 * Section "cpu": the architected state PpcArch, field by field. Nothing
 * outside PpcArch is saved (decode cache, fast-path flags and MSR copies
 * are derived and rebuilt by post_load; the instruction count is saved
 * by the machine section). tests/snap checks that these fields cover
 * every byte of PpcArch apart from alignment padding.
 *
 * Version 2 saves each SPR kept in PpcArch.spr_misc under its own name
 * (spr.h's PPC_SPR_MISC_LIST: "mmcr0", "pmc1", ...). Version 1 saved
 * that array by slot number; ppc_cpu_snap_v1 still reads it. Version 3
 * adds the SLB (slb_esid, slb_vsid); older files load with it empty.
 * Version 4 adds the rest of the vector-scalar registers (fpr_dw1: the
 * second doublewords of VSRs 0..31; vr: VSRs 32..63, two doublewords
 * each, doubleword 0 first) and VSCR; older files load with them zero.
 */
#include <stddef.h>

#include "cpu-snap.h"
#include "cpu.h"
#include "spr.h"

/* The fields with a PpcArch member of their own (version 1 onwards). */
#define CPU_ARCH_FIELDS \
    SNAP_U64_ARRAY("gpr", PpcArch, gpr, 32, 1),                             \
    SNAP_U64("nip", PpcArch, nip, 1),                                       \
    SNAP_U64("lr", PpcArch, lr, 1),                                         \
    SNAP_U64("ctr", PpcArch, ctr, 1),                                       \
    SNAP_U32("cr", PpcArch, cr, 1),                                         \
    SNAP_U8("so", PpcArch, so, 1),                                          \
    SNAP_U8("ov", PpcArch, ov, 1),                                          \
    SNAP_U8("ca", PpcArch, ca, 1),                                          \
    SNAP_U8("ov32", PpcArch, ov32, 1),                                      \
    SNAP_U8("ca32", PpcArch, ca32, 1),                                      \
    SNAP_U8("xer_bc", PpcArch, xer_bc, 1),                                  \
    SNAP_U64("xer_rest", PpcArch, xer_rest, 1),                             \
    SNAP_U64("msr", PpcArch, msr, 1),                                       \
    SNAP_U64_ARRAY("fpr", PpcArch, fpr, 32, 1),                             \
    SNAP_U32("fpscr", PpcArch, fpscr, 1),                                   \
    SNAP_U8("fpscr_drn", PpcArch, fpscr_drn, 1),                            \
    SNAP_U64("reserve_addr", PpcArch, reserve_addr, 1),                     \
    SNAP_U64("reserve_val", PpcArch, reserve_val, 1),                       \
    SNAP_U64("reserve_val2", PpcArch, reserve_val2, 1),                     \
    SNAP_U8("reserve_size", PpcArch, reserve_size, 1),                      \
    SNAP_U64("srr0", PpcArch, srr0, 1),                                     \
    SNAP_U64("srr1", PpcArch, srr1, 1),                                     \
    SNAP_U64_ARRAY("sprg", PpcArch, sprg, 4, 1),                            \
    SNAP_U64("dar", PpcArch, dar, 1),                                       \
    SNAP_U32("dsisr", PpcArch, dsisr, 1),                                   \
    SNAP_U64("cfar", PpcArch, cfar, 1),                                     \
    SNAP_U64("dscr", PpcArch, dscr, 1),                                     \
    SNAP_U64("tar", PpcArch, tar, 1),                                       \
    SNAP_U64("ppr", PpcArch, ppr, 1),                                       \
    SNAP_U64("lpcr", PpcArch, lpcr, 1),                                     \
    SNAP_U64("pir", PpcArch, pir, 1),                                       \
    SNAP_U64("ctrl", PpcArch, ctrl, 1),                                     \
    SNAP_U64("amr", PpcArch, amr, 1),                                       \
    SNAP_U64("iamr", PpcArch, iamr, 1),                                     \
    SNAP_U64("uamor", PpcArch, uamor, 1),                                   \
    SNAP_U64("fscr", PpcArch, fscr, 1),                                     \
    SNAP_U64("vrsave", PpcArch, vrsave, 1),                                 \
    SNAP_U64("sdr1", PpcArch, sdr1, 1),                                     \
    SNAP_U64("dabr", PpcArch, dabr, 1),                                     \
    SNAP_U64("dabrx", PpcArch, dabrx, 1),                                   \
    SNAP_U64("dawr0", PpcArch, dawr0, 1),                                   \
    SNAP_U64("dawrx0", PpcArch, dawrx0, 1),                                 \
    SNAP_U64("ciabr", PpcArch, ciabr, 1),                                   \
    SNAP_U64("pidr", PpcArch, pidr, 1),                                     \
    SNAP_U64("ptcr", PpcArch, ptcr, 1),                                     \
    SNAP_U64("tb_offset", PpcArch, tb_offset, 1),                           \
    SNAP_U64("dec_base", PpcArch, dec_base, 1),                             \
    SNAP_U64("dec_written_tb", PpcArch, dec_written_tb, 1),                 \
    SNAP_U64("purr_base", PpcArch, purr_base, 1),                           \
    SNAP_U64("spurr_base", PpcArch, spurr_base, 1),                         \
    SNAP_U64("sprg_vpa", PpcArch, sprg_vpa, 1),                             \
    SNAP_U8("halted", PpcArch, halted, 1),                                  \
    SNAP_U8("dec_pending", PpcArch, dec_pending, 1),

/* One field per SPR in spr_misc, named after it. */
#define SPR_FIELD(nm) SNAP_U64(#nm, PpcArch, spr_misc[PPC_SPR_SLOT_##nm], 2),

static const SnapField cpu_fields[] = {
    CPU_ARCH_FIELDS
    PPC_SPR_MISC_LIST(SPR_FIELD)
    SNAP_U64_ARRAY("slb_esid", PpcArch, slb_esid, PPC_SLB_ENTRIES, 3),
    SNAP_U64_ARRAY("slb_vsid", PpcArch, slb_vsid, PPC_SLB_ENTRIES, 3),
    SNAP_U32("vscr", PpcArch, vscr, 4),
    SNAP_U64_ARRAY("fpr_dw1", PpcArch, fpr_dw1, 32, 4),
    SNAP_U64_ARRAY("vr", PpcArch, vr, 64, 4),
    /* spr_misc slots that hold no SPR (slot 0 and the spare ones after
     * the list): always zero, deliberately not saved */
    SNAP_DERIVED("spr_misc[none]", PpcArch, spr_misc[PPC_SPR_SLOT_NONE]),
    { .name = "spr_misc[spare]", .type = SNAP_TYPE_BYTES,
      .offset = offsetof(PpcArch, spr_misc) + 8 * PPC_SPR_SLOT_COUNT,
      .count = 8 * (PPC_SPR_MISC_SLOTS - PPC_SPR_SLOT_COUNT),
      .flags = SNAP_F_DERIVED },
    SNAP_END
};

static void cpu_post_load(void *opaque)
{
    ppc_mmu_flush(opaque);  /* the SLB may differ */
    ppc_cpu_state_changed(opaque);
}

/*
 * Version 1 stored spr_misc as the array "spr_misc[0]".."spr_misc[39]",
 * by slot number, in the slot order spr.c had when those files were
 * written (up to commit b901527). That order is written down here once
 * and is FROZEN: it is how every version-1 file on disk was laid out,
 * whatever the slots are today. Never renumber it, and do not touch it
 * when an SPR is added to or moved in spr.h's list (only if an SPR left
 * the list would its old slot join the dropped ones below). Each old
 * slot is loaded into its SPR's current storage, by name. Slot 0 and
 * slots 37..39 held no SPR (always zero); they are read and dropped. An
 * SPR added after version 1 keeps the value it had before the load.
 * tests/snap/fixtures/cpu1-spr.db is a version-1 file that checks this.
 */
#define V1_SLOT(i, nm) \
    SNAP_U64("spr_misc[" #i "]", PpcArch, spr_misc[PPC_SPR_SLOT_##nm], 1)

static const SnapField cpu_fields_v1[] = {
    CPU_ARCH_FIELDS
    V1_SLOT(1, acop), V1_SLOT(2, tidr), V1_SLOT(3, pspb), V1_SLOT(4, dpdes),
    V1_SLOT(5, ear), V1_SLOT(6, tir), V1_SLOT(7, tfhar), V1_SLOT(8, tfiar),
    V1_SLOT(9, texasr), V1_SLOT(10, sier), V1_SLOT(11, mmcr2),
    V1_SLOT(12, mmcra), V1_SLOT(13, pmc1), V1_SLOT(14, pmc2),
    V1_SLOT(15, pmc3), V1_SLOT(16, pmc4), V1_SLOT(17, pmc5),
    V1_SLOT(18, pmc6), V1_SLOT(19, mmcr0), V1_SLOT(20, siar),
    V1_SLOT(21, sdar), V1_SLOT(22, mmcr1), V1_SLOT(23, bescrs),
    V1_SLOT(24, bescrr), V1_SLOT(25, ebbhr), V1_SLOT(26, ebbrr),
    V1_SLOT(27, bescr), V1_SLOT(28, ic), V1_SLOT(29, tacr),
    V1_SLOT(30, tcscr), V1_SLOT(31, csigr), V1_SLOT(32, spmc1),
    V1_SLOT(33, spmc2), V1_SLOT(34, mmcrs), V1_SLOT(35, wort),
    V1_SLOT(36, dsisr_hi),
    SNAP_END
};

static const char *const cpu_v1_unused_slots[] = {
    "spr_misc[0]", "spr_misc[37]", "spr_misc[38]", "spr_misc[39]", NULL
};

const SnapSection ppc_cpu_snap_v1 = {
    .name = "cpu", .version = 1, .min_version = 1,
    .fields = cpu_fields_v1,
    .post_load = cpu_post_load,
    .removed = cpu_v1_unused_slots,
};

static const SnapSection *const cpu_older[] = { &ppc_cpu_snap_v1, NULL };

/* Version 1 files load through ppc_cpu_snap_v1 (.older). */
const SnapSection ppc_cpu_snap = {
    .name = "cpu", .version = 4, .min_version = 1,
    .fields = cpu_fields,
    .post_load = cpu_post_load,
    .older = cpu_older,
};
