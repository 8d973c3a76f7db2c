/* SPDX-License-Identifier: MIT */
/*
 * Scalar binary floating-point arithmetic core (Power ISA 3.0 Book I
 * chapter 4): the rounding engine shared by every arithmetic instruction
 * and the FPSCR rules for results (FPRF, FI, XX, OX, UX, ZX, VX*), NaN
 * propagation and enabled-exception interrupts.
 *
 * Fast path: the host computes the result in the guest's rounding mode;
 * a normal result with at most the inexact flag is committed directly.
 * Single-precision results are the double result rounded again to
 * single, which is exact except for a double result on a single
 * midpoint in round-to-nearest; that case, tiny results, NaNs, invalid
 * operations and overflow go to the slow path, which uses round-to-odd
 * (host round-toward-zero plus a sticky bit) to round exactly once.
 *
 * FR (the rounding incremented the fraction) comes from the error
 * term's sign on the fast path, from the mode and sign in the directed
 * modes, and from the truncated value on the slow path. Enabled
 * overflow/underflow results are exponent-adjusted (adjusted_double,
 * round_sig24); enabled invalid operation and zero divide leave FRT
 * unchanged. Where the ISA leaves a bit undefined, QEMU 7.2's choice is
 * kept: FR 0 after a disabled overflow and for estimates, FX set on
 * every new exception, fre/fres of zero give +-0.5.
 */
#include <math.h>

#include "fp-internal.h"

uint32_t fp_fprf(uint64_t x)
{
    bool neg = x >> 63;
    uint64_t m = x & ~F64_SIGN;
    uint32_t v;
    if (m > F64_EXP) {
        v = 0x11;                      /* NaN */
    } else if (m == F64_EXP) {
        v = neg ? 0x09 : 0x05;         /* infinity */
    } else if (m == 0) {
        v = neg ? 0x12 : 0x02;         /* zero */
    } else if (m < F64_MINNORM) {
        v = neg ? 0x18 : 0x14;         /* denormal */
    } else {
        v = neg ? 0x08 : 0x04;         /* normal */
    }
    return v << FP_FPRF_SHIFT;
}

void fp_update_summary(PpcCpu *cpu)
{
    uint32_t f = cpu->arch.fpscr & ~(FP_VX | FP_FEX);
    if (f & FP_VX_ALL) {
        f |= FP_VX;
    }
    /* OX..XX are bits 28..25, their enables VE..XE bits 7..3 */
    if (((f >> 22) & f & (FP_OE | FP_UE | FP_ZE | FP_XE)) ||
        ((f & FP_VX) && (f & FP_VE))) {
        f |= FP_FEX;
    }
    cpu->arch.fpscr = f;
}

bool fp_invalid(PpcCpu *cpu, uint32_t vx)
{
    uint32_t f = cpu->arch.fpscr;
    f |= vx | FP_VX | FP_FX;
    f &= ~(FP_FR | FP_FI);
    if (f & FP_VE) {
        f |= FP_FEX;
        cpu->arch.fpscr = f;
        return true;
    }
    cpu->arch.fpscr = f;
    return false;
}

#include "fp-core.h"

/* ---- the engine's pieces the VSX vector arithmetic shares
 * (vsx-vec-fp*.c; contracts in fp-internal.h) ---- */

uint32_t fp_invalid_cause(FpOpKind op, uint64_t a, uint64_t b, uint64_t c)
{
    return invalid_cause(op, a, b, c);
}

uint64_t fp_adjusted_double(FpOpKind op, double a, double b, double c,
                            unsigned rn, int adj, unsigned *hf)
{
    return adjusted_double(op, a, b, c, rn, adj, hf);
}

bool fp_special_result(FpOpKind op, uint64_t a, uint64_t b, uint64_t c,
                       bool single, uint64_t *result, uint32_t *vx_out)
{
    return special_result(op, a, b, c, single, result, vx_out);
}

const PpcInsn *fp_commit(PpcCpu *cpu, const PpcInsn *d, uint64_t r,
                         unsigned hf, bool set_fprf)
{
    uint32_t fprf = cpu->arch.fpscr & FP_FPRF;
    const PpcInsn *n = finish(cpu, d, r, hf, false, 0);
    if (!set_fprf) {
        cpu->arch.fpscr = (cpu->arch.fpscr & ~FP_FPRF) | fprf;
    }
    return n;
}

/* On x86-64 with gcc, a second copy for hosts with FMA3, picked once at
 * load time (an ifunc): its fma() calls (the result of fmadd & co. and
 * the error terms of fast_rn) are one instruction instead of a call
 * into libm. fma is correctly rounded either way, so guest results are
 * the same bits; -ffp-contract=off keeps every other a * b + c apart.
 * Measured: callgrind fp bench -6% host instructions. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("fma", "default")))
#endif
const PpcInsn *fp_arith(PpcCpu *cpu, const PpcInsn *d, FpOpKind op,
                        uint64_t a, uint64_t b, uint64_t c, bool single)
{
#define FP_ARITH_VSX 0
#include "fp-arith-body.inc"
#undef FP_ARITH_VSX
}

/* ---- load/store conversions (no rounding, no exceptions) ---- */

uint64_t fp_single_to_double(uint32_t w)
{
    uint64_t sign = (uint64_t)(w >> 31) << 63;
    uint32_t e = (w >> 23) & 0xff;
    uint64_t frac = w & 0x7fffff;
    if (e == 0xff) {
        return sign | F64_EXP | (frac << 29);
    }
    if (e == 0) {
        if (frac == 0) {
            return sign;
        }
        /* denormal single: normalise */
        int sh = __builtin_clzll(frac) - 40;  /* leading 1 to bit 23 */
        frac = (frac << sh) & 0x7fffff;
        return sign | ((uint64_t)(1023 - 126 - sh) << 52) | (frac << 29);
    }
    return sign | ((uint64_t)(e + 1023 - 127) << 52) | (frac << 29);
}

uint32_t fp_double_to_single(uint64_t x)
{
    unsigned e = (x >> 52) & 0x7ff;
    uint32_t sign = (uint32_t)(x >> 63) << 31;
    if (e > 896) {
        /* normal in single range, inf, NaN: bits 0:1 and 5:34 */
        return (uint32_t)((x >> 32) & 0xc0000000u) |
               (uint32_t)((x >> 29) & 0x3fffffffu);
    }
    if (e >= 874) {
        uint64_t m = F64_MINNORM | (x & F64_FRAC);
        return sign | (uint32_t)(m >> (896 + 30 - e));
    }
    return sign;
}

