/* SPDX-License-Identifier: MIT */
/*
 * Shared pieces of the VSX vector floating-point handlers
 * (vsx-vec-fp*.c, Power ISA 3.0B Book I chapter 7): element access for
 * double (2 doublewords) and single (4 words) vectors and the commit
 * rule every FPSCR-setting vector instruction follows.
 *
 * Vector instructions set the FPSCR exception bits of every element
 * (FX, the VX* causes, OX, UX, ZX, XX) but never FPRF, FR or FI. When an
 * exception occurs in any element and is enabled (VE, OE, UE, ZE, XE),
 * VSR[XT] is not written at all (the ISA's ex_flag) and the program
 * interrupt follows when MSR[FE0,FE1] ask for it.
 */
#ifndef FARAD_CPU_PPC_VSX_VEC_FP_H
#define FARAD_CPU_PPC_VSX_VEC_FP_H

#include "fp-internal.h"
#include "insn.h"
#include "vec.h"

/* Element i of v as a double bit pattern: doubleword i when dp, else
 * word i widened exactly (DOUBLE()). */
static inline uint64_t vsx_elt(PpcVec v, unsigned i, bool dp)
{
    return dp ? vec_dw(v, i) : fp_single_to_double(vec_w(v, i));
}

/* Store element i: x is a double holding a value representable in the
 * element's format (single results are already rounded to single). */
static inline void vsx_set_elt(PpcVec *v, unsigned i, bool dp, uint64_t x)
{
    if (dp) {
        v->dw[i] = x;
    } else {
        vec_set_w(v, i, fp_double_to_single(x));
    }
}

/* Round the double x to single in mode rn (0..3): the single as a
 * double bit pattern, host flags into *hf. */
static inline uint64_t vsx_host_to_single(uint64_t x, unsigned rn,
                                          unsigned *hf)
{
    double dx = fp_d(x);
    uint32_t s = fp_host_enter(rn);
    FP_BARRIER(dx);
    float f = (float)dx;
    __asm__ volatile("" : "+m"(f));
    *hf = fp_host_leave(s);
    return fp_u((double)f);
}

/* Element count of a dp / sp vector. */
static inline unsigned vsx_n(bool dp)
{
    return dp ? 2 : 4;
}

/*
 * Finish a vector instruction whose elements raised the FPSCR exception
 * bits exc (FP_VX* causes, FP_OX, FP_UX, FP_ZX, FP_XX): set them (with
 * FX, VX, FEX), then write r to VSR[XT] (d->rt) unless one of them is
 * enabled, in which case VSR[XT] stays unchanged and the FP program
 * interrupt is taken in MSR[FE0,FE1] != 0 modes. Returns the next record
 * or NULL after the interrupt.
 */
const PpcInsn *vsx_fp_commit(PpcCpu *cpu, const PpcInsn *d, PpcVec r,
                             uint32_t exc);

/* XX2 xo 475 (one decode row): runs xvxexpdp, xvxsigdp, xvxexpsp,
 * xvxsigsp, xvcvhpsp, xvcvsphp by the A field (d->ra); any other A value
 * is an illegal instruction here (xxbr* share the xo: the row is xx475,
 * vsx-perm.c, which calls this for them). */
const PpcInsn *vsx_fp_xx2_475(PpcCpu *cpu, const PpcInsn *d);

#endif
