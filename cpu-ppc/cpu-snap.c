/* SPDX-License-Identifier: MIT */
/*
 * Section "cpu": the architected state PpcArch, field by field. Nothing
 * outside PpcArch is saved (decode cache, fast-path flags and MSR copies
 * are derived and rebuilt by post_load; the instruction count is saved
 * by the machine section). tests/snap checks that these fields cover
 * every byte of PpcArch apart from alignment padding.
 */
#include <stddef.h>

#include "cpu-snap.h"
#include "cpu.h"

static const SnapField cpu_fields[] = {
    SNAP_U64_ARRAY("gpr", PpcArch, gpr, 32, 1),
    SNAP_U64("nip", PpcArch, nip, 1),
    SNAP_U64("lr", PpcArch, lr, 1),
    SNAP_U64("ctr", PpcArch, ctr, 1),
    SNAP_U32("cr", PpcArch, cr, 1),
    SNAP_U8("so", PpcArch, so, 1),
    SNAP_U8("ov", PpcArch, ov, 1),
    SNAP_U8("ca", PpcArch, ca, 1),
    SNAP_U8("ov32", PpcArch, ov32, 1),
    SNAP_U8("ca32", PpcArch, ca32, 1),
    SNAP_U8("xer_bc", PpcArch, xer_bc, 1),
    SNAP_U64("xer_rest", PpcArch, xer_rest, 1),
    SNAP_U64("msr", PpcArch, msr, 1),
    SNAP_U64_ARRAY("fpr", PpcArch, fpr, 32, 1),
    SNAP_U32("fpscr", PpcArch, fpscr, 1),
    SNAP_U8("fpscr_drn", PpcArch, fpscr_drn, 1),
    SNAP_U64("reserve_addr", PpcArch, reserve_addr, 1),
    SNAP_U64("reserve_val", PpcArch, reserve_val, 1),
    SNAP_U64("reserve_val2", PpcArch, reserve_val2, 1),
    SNAP_U8("reserve_size", PpcArch, reserve_size, 1),
    SNAP_U64("srr0", PpcArch, srr0, 1),
    SNAP_U64("srr1", PpcArch, srr1, 1),
    SNAP_U64_ARRAY("sprg", PpcArch, sprg, 4, 1),
    SNAP_U64("dar", PpcArch, dar, 1),
    SNAP_U32("dsisr", PpcArch, dsisr, 1),
    SNAP_U64("cfar", PpcArch, cfar, 1),
    SNAP_U64("dscr", PpcArch, dscr, 1),
    SNAP_U64("tar", PpcArch, tar, 1),
    SNAP_U64("ppr", PpcArch, ppr, 1),
    SNAP_U64("lpcr", PpcArch, lpcr, 1),
    SNAP_U64("pir", PpcArch, pir, 1),
    SNAP_U64("ctrl", PpcArch, ctrl, 1),
    SNAP_U64("amr", PpcArch, amr, 1),
    SNAP_U64("iamr", PpcArch, iamr, 1),
    SNAP_U64("uamor", PpcArch, uamor, 1),
    SNAP_U64("fscr", PpcArch, fscr, 1),
    SNAP_U64("vrsave", PpcArch, vrsave, 1),
    SNAP_U64("sdr1", PpcArch, sdr1, 1),
    SNAP_U64("dabr", PpcArch, dabr, 1),
    SNAP_U64("dabrx", PpcArch, dabrx, 1),
    SNAP_U64("dawr0", PpcArch, dawr0, 1),
    SNAP_U64("dawrx0", PpcArch, dawrx0, 1),
    SNAP_U64("ciabr", PpcArch, ciabr, 1),
    SNAP_U64("pidr", PpcArch, pidr, 1),
    SNAP_U64("ptcr", PpcArch, ptcr, 1),
    SNAP_U64("tb_offset", PpcArch, tb_offset, 1),
    SNAP_U64("dec_base", PpcArch, dec_base, 1),
    SNAP_U64("dec_written_tb", PpcArch, dec_written_tb, 1),
    SNAP_U64("purr_base", PpcArch, purr_base, 1),
    SNAP_U64("spurr_base", PpcArch, spurr_base, 1),
    SNAP_U64("sprg_vpa", PpcArch, sprg_vpa, 1),
    SNAP_U8("halted", PpcArch, halted, 1),
    SNAP_U8("dec_pending", PpcArch, dec_pending, 1),
    SNAP_U64_ARRAY("spr_misc", PpcArch, spr_misc, PPC_SPR_MISC_SLOTS, 1),
    SNAP_END
};

static void cpu_post_load(void *opaque)
{
    ppc_cpu_state_changed(opaque);
}

const SnapSection ppc_cpu_snap = {
    .name = "cpu", .version = 1, .min_version = 1,
    .fields = cpu_fields,
    .post_load = cpu_post_load,
};
