/* SPDX-License-Identifier: MIT */
/*
 * Floating-point arithmetic instructions (Power ISA 3.0 Book I 4.6.6-
 * 4.6.8 and fsel): add, subtract, multiply, divide, square root,
 * estimates and the fused multiply-add family, in double and single
 * precision. The rounding and FPSCR work is fp_arith's (fp.c).
 * A-form operands: frt = d->rt, fra = d->ra, frb = d->rb, frc = d->rc.
 */
#include "fp-internal.h"

#define ARITH2(name, kind, single, second) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return fp_arith(cpu, d, kind, FPR(d->ra), FPR(d->second), 0, single); \
    }

ARITH2(fadd, FPK_ADD, false, rb)
ARITH2(fsub, FPK_SUB, false, rb)
ARITH2(fmul, FPK_MUL, false, rc)
ARITH2(fdiv, FPK_DIV, false, rb)
ARITH2(fadds, FPK_ADD, true, rb)
ARITH2(fsubs, FPK_SUB, true, rb)
ARITH2(fmuls, FPK_MUL, true, rc)
ARITH2(fdivs, FPK_DIV, true, rb)

#define ARITH1(name, kind, single) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return fp_arith(cpu, d, kind, FPR(d->rb), 0, 0, single); \
    }

ARITH1(fsqrt, FPK_SQRT, false)
ARITH1(fsqrts, FPK_SQRT, true)
ARITH1(fre, FPK_RE, false)
ARITH1(fres, FPK_RE, true)
ARITH1(frsqrte, FPK_RSQRTE, false)
ARITH1(frsqrtes, FPK_RSQRTE, true)

/* a = FRA, b = FRB (addend), c = FRC */
#define ARITH3(name, kind, single) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return fp_arith(cpu, d, kind, FPR(d->ra), FPR(d->rb), FPR(d->rc), \
                        single); \
    }

ARITH3(fmadd, FPK_MADD, false)
ARITH3(fmsub, FPK_MSUB, false)
ARITH3(fnmadd, FPK_NMADD, false)
ARITH3(fnmsub, FPK_NMSUB, false)
ARITH3(fmadds, FPK_MADD, true)
ARITH3(fmsubs, FPK_MSUB, true)
ARITH3(fnmadds, FPK_NMADD, true)
ARITH3(fnmsubs, FPK_NMSUB, true)

/* FRT = FRA >= 0 ? FRC : FRB (NaN selects FRB); no FPSCR change. */
const PpcInsn *insn_fsel(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = FPR(d->ra);
    bool ge = !f64_is_nan(a) && (!(a >> 63) || f64_is_zero(a));
    ppc_set_fpr(cpu, d->rt, ge ? FPR(d->rc) : FPR(d->rb));
    return fp_done(cpu, d);
}
