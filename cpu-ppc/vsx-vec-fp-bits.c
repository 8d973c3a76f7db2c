/* SPDX-License-Identifier: MIT */
/*
 * VSX vector floating-point field operations of ISA 3.0 (Power ISA 3.0B
 * Book I 7.6): exponent and significand extraction (xvxexp, xvxsig),
 * half-precision conversions (xvcvhpsp, xvcvsphp) and the data-class
 * test (xvtstdcdp/sp). Half precision: 1 sign, 5 exponent (bias 15) and
 * 10 fraction bits, kept in the low halfword of each word element.
 */
#include <math.h>

#include "vsx-vec-fp.h"

/* ---- exponent and significand ---- */

static PpcVec xexp(PpcVec b, bool dp)
{
    PpcVec r = { { 0, 0 } };
    for (unsigned i = 0; i < vsx_n(dp); i++) {
        if (dp) {
            r.dw[i] = (b.dw[i] >> 52) & 0x7ff;
        } else {
            vec_set_w(&r, i, (vec_w(b, i) >> 23) & 0xff);
        }
    }
    return r;
}

/* The fraction with the implicit bit: 1 unless the exponent is 0 or
 * all ones. */
static PpcVec xsig(PpcVec b, bool dp)
{
    PpcVec r = { { 0, 0 } };
    for (unsigned i = 0; i < vsx_n(dp); i++) {
        if (dp) {
            uint64_t e = (b.dw[i] >> 52) & 0x7ff;
            r.dw[i] = (b.dw[i] & F64_FRAC) |
                      (e != 0 && e != 0x7ff ? 1ULL << 52 : 0);
        } else {
            uint32_t w = vec_w(b, i), e = (w >> 23) & 0xff;
            vec_set_w(&r, i, (w & 0x7fffff) |
                             (e != 0 && e != 0xff ? 1u << 23 : 0));
        }
    }
    return r;
}

/* ---- half precision ---- */

#define F16_EMIN (-14)
#define F16_MAX 65504.0

/* The half-precision bits of x rounded in mode rn, FPSCR exceptions in
 * *exc (VXSNAN, OX, UX, XX: tininess before rounding, UX with UE=1 even
 * when exact). x is a double holding a single. */
static uint16_t to_half(uint64_t x, unsigned rn, uint32_t fpscr,
                        uint32_t *exc)
{
    uint16_t sign = (uint16_t)((x >> 63) << 15);
    *exc = 0;
    if (f64_is_nan(x)) {
        *exc = f64_is_snan(x) ? FP_VXSNAN : 0;
        return sign | 0x7e00 | (uint16_t)((x & F64_FRAC) >> 42);
    }
    if (f64_is_inf(x)) {
        return sign | 0x7c00;
    }
    double v = fabs(fp_d(x));
    if (v == 0) {
        return sign;
    }
    int e;
    frexp(v, &e);
    e -= 1;                              /* v in [2^e, 2^(e+1)) */
    int qe = (e < F16_EMIN ? F16_EMIN : e) - 10;  /* last bit's weight */
    /* round the (exact, power-of-two scaled) value in the mode; the
     * sign matters for the directed modes */
    double s = ldexp(fp_d(x), -qe), t;
    uint32_t saved = fp_host_enter(rn);
    FP_BARRIER(s);
    t = nearbyint(s);
    FP_BARRIER(t);
    fp_host_leave(saved);
    bool inexact = t != s;
    double r = fabs(ldexp(t, qe));
    bool tiny = e < F16_EMIN;
    if (r > F16_MAX) {
        *exc = FP_OX | FP_XX;
        /* overflow: infinity, or the largest finite number when the
         * mode rounds toward zero for this sign */
        bool to_max = rn == 1 || (rn == 2 && sign) || (rn == 3 && !sign);
        return sign | (to_max ? 0x7bff : 0x7c00);
    }
    if (inexact) {
        *exc |= FP_XX;
    }
    if (tiny && (inexact || (fpscr & FP_UE))) {
        *exc |= FP_UX;
    }
    if (r == 0) {
        return sign;
    }
    int re;
    frexp(r, &re);
    re -= 1;
    if (re < F16_EMIN) {                 /* denormal: multiples of 2^-24 */
        return sign | (uint16_t)ldexp(r, 24);
    }
    uint16_t frac = (uint16_t)(ldexp(r, 10 - re) - 1024);
    return sign | (uint16_t)((re + 15) << 10) | frac;
}

/* The single (as a double) of the half h, exactly; NaNs made quiet. */
static uint64_t from_half(uint16_t h, uint32_t *exc)
{
    uint64_t sign = (uint64_t)(h >> 15) << 63;
    unsigned e = (h >> 10) & 0x1f, f = h & 0x3ff;
    *exc = 0;
    if (e == 0x1f) {
        if (f && !(f & 0x200)) {
            *exc = FP_VXSNAN;
        }
        return sign | F64_EXP | (f ? F64_QBIT | (uint64_t)f << 42 : 0);
    }
    double v = e ? ldexp(1024 + f, (int)e - 25) : ldexp(f, -24);
    return sign | fp_u(v);
}

static const PpcInsn *cvt_half(PpcCpu *cpu, const PpcInsn *d, bool to)
{
    PpcVec b = ppc_vsr_get(cpu, d->rb), r = { { 0, 0 } };
    uint32_t exc = 0, e, fpscr = cpu->arch.fpscr;
    for (unsigned i = 0; i < 4; i++) {
        uint32_t w = vec_w(b, i);
        if (to) {
            w = to_half(fp_single_to_double(w), fpscr & FP_RN, fpscr, &e);
        } else {
            w = fp_double_to_single(from_half((uint16_t)w, &e));
        }
        vec_set_w(&r, i, w);
        exc |= e;
    }
    return vsx_fp_commit(cpu, d, r, exc);
}

const PpcInsn *vsx_fp_xx2_475(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec b = ppc_vsr_get(cpu, d->rb);
    switch (d->ra) {
    case 0: ppc_vsr_set(cpu, d->rt, xexp(b, true)); return d + 1;
    case 1: ppc_vsr_set(cpu, d->rt, xsig(b, true)); return d + 1;
    case 8: ppc_vsr_set(cpu, d->rt, xexp(b, false)); return d + 1;
    case 9: ppc_vsr_set(cpu, d->rt, xsig(b, false)); return d + 1;
    case 24: return cvt_half(cpu, d, false);
    case 25: return cvt_half(cpu, d, true);
    default: return insn_illegal(cpu, d);
    }
}

/* ---- data class ---- */

/* DCMX of the word: dc (0x40) || dm (0x20) || dx (A field). */
static unsigned dcmx(const PpcInsn *d)
{
    return ((d->raw >> 6) & 1) << 6 | ((d->raw >> 2) & 1) << 5 |
           (d->ra & 0x1f);
}

/* The DCMX bit of x's class: NaN 0x40, +inf 0x20, -inf 0x10, +0 8,
 * -0 4, +denormal 2, -denormal 1, normal 0. */
static unsigned data_class(uint64_t x, bool dp)
{
    bool neg = x >> 63;
    uint64_t m = x & ~F64_SIGN;
    uint64_t minnorm = dp ? F64_MINNORM : 0x3810000000000000ULL;
    if (m > F64_EXP) {
        return 0x40;
    }
    if (m == F64_EXP) {
        return neg ? 0x10 : 0x20;
    }
    if (m == 0) {
        return neg ? 4 : 8;
    }
    if (m < minnorm) {
        return neg ? 1 : 2;
    }
    return 0;
}

static const PpcInsn *tstdc(PpcCpu *cpu, const PpcInsn *d, bool dp)
{
    PpcVec b = ppc_vsr_get(cpu, d->rb), r = { { 0, 0 } };
    unsigned mask = dcmx(d);
    for (unsigned i = 0; i < vsx_n(dp); i++) {
        bool hit = data_class(vsx_elt(b, i, dp), dp) & mask;
        if (dp) {
            r.dw[i] = hit ? ~0ULL : 0;
        } else {
            vec_set_w(&r, i, hit ? ~0u : 0);
        }
    }
    ppc_vsr_set(cpu, d->rt, r);
    return d + 1;
}

const PpcInsn *insn_xvtstdcdp(PpcCpu *cpu, const PpcInsn *d)
{
    return tstdc(cpu, d, true);
}

const PpcInsn *insn_xvtstdcsp(PpcCpu *cpu, const PpcInsn *d)
{
    return tstdc(cpu, d, false);
}
