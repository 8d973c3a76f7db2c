/* SPDX-License-Identifier: MIT */
/*
 * Moves between VSRs and GPRs (Power ISA 3.0 Book I 7.6.1.x, "VSX Move
 * Instructions"): mfvsrd, mfvsrwz, mtvsrd, mtvsrwa, mtvsrwz (ISA 2.07:
 * the FPR half needs MSR[FP], the VR half MSR[VEC]) and mfvsrld,
 * mtvsrdd, mtvsrws (ISA 3.0: the FPR half needs MSR[VSX], the VR half
 * MSR[VEC]). The doubleword-0 moves leave doubleword 1 as it was (ISA
 * 3.0: undefined; QEMU 7.2 leaves it).
 */
#include "vec.h"

/* The 2.07 moves' facility: VSR n < 32 is an FPR (MSR[FP]), else a VR
 * (MSR[VEC]). True when allowed, else the interrupt is raised. */
static bool move_facility_fp_vec(PpcCpu *cpu, const PpcInsn *d, unsigned n)
{
    if (n < 32 && !(cpu->arch.msr & MSR_FP)) {
        ppc_fp_unavailable(cpu, d);
        return false;
    }
    if (n >= 32 && !(cpu->arch.msr & MSR_VEC)) {
        ppc_vec_unavailable(cpu, d);
        return false;
    }
    return true;
}

/* Doubleword 0 of VSR t := x (doubleword 1 unchanged). */
static const PpcInsn *move_to_dw0(PpcCpu *cpu, const PpcInsn *d, uint64_t x)
{
    if (!move_facility_fp_vec(cpu, d, d->rt)) {
        return NULL;
    }
    PpcVec v = ppc_vsr_get(cpu, d->rt);
    v.dw[0] = x;
    ppc_vsr_set(cpu, d->rt, v);
    return d + 1;
}

const PpcInsn *insn_mtvsrd(PpcCpu *cpu, const PpcInsn *d) { return move_to_dw0(cpu, d, GPR(d->ra)); }
const PpcInsn *insn_mtvsrwa(PpcCpu *cpu, const PpcInsn *d) { return move_to_dw0(cpu, d, (uint64_t)(int64_t)(int32_t)GPR(d->ra)); }
const PpcInsn *insn_mtvsrwz(PpcCpu *cpu, const PpcInsn *d) { return move_to_dw0(cpu, d, (uint32_t)GPR(d->ra)); }

const PpcInsn *insn_mfvsrd(PpcCpu *cpu, const PpcInsn *d)
{
    if (!move_facility_fp_vec(cpu, d, d->rt)) {
        return NULL;
    }
    GPR(d->ra) = ppc_vsr_get(cpu, d->rt).dw[0];
    return d + 1;
}

const PpcInsn *insn_mfvsrwz(PpcCpu *cpu, const PpcInsn *d)
{
    if (!move_facility_fp_vec(cpu, d, d->rt)) {
        return NULL;
    }
    GPR(d->ra) = (uint32_t)ppc_vsr_get(cpu, d->rt).dw[0];
    return d + 1;
}

const PpcInsn *insn_mfvsrld(PpcCpu *cpu, const PpcInsn *d)
{
    if (!vec_vsr_facility(cpu, d, d->rt)) {
        return NULL;
    }
    GPR(d->ra) = ppc_vsr_get(cpu, d->rt).dw[1];
    return d + 1;
}

/* mtvsrdd: doubleword 0 = (RA|0), doubleword 1 = GPR[RB]. */
const PpcInsn *insn_mtvsrdd(PpcCpu *cpu, const PpcInsn *d)
{
    if (!vec_vsr_facility(cpu, d, d->rt)) {
        return NULL;
    }
    ppc_vsr_set(cpu, d->rt,
                (PpcVec){ { d->ra ? GPR(d->ra) : 0, GPR(d->rb) } });
    return d + 1;
}

/* mtvsrws: the low word of GPR[RA] in all four words. */
const PpcInsn *insn_mtvsrws(PpcCpu *cpu, const PpcInsn *d)
{
    if (!vec_vsr_facility(cpu, d, d->rt)) {
        return NULL;
    }
    uint64_t w = (uint32_t)GPR(d->ra);
    w |= w << 32;
    ppc_vsr_set(cpu, d->rt, (PpcVec){ { w, w } });
    return d + 1;
}
