/* SPDX-License-Identifier: MIT */
/*
 * VSX scalar rounding to integral values and conversions (Power ISA 3.0B
 * Book I 7.6): xsrdpi[cmpz], xscvdpsp[n], xscvspdp[n], xscvdp[su]x[dw]s,
 * xscv[su]xd[ds]p, xscvhpdp, xscvdphp, and the exponent/significand
 * instructions xsxexpdp, xsxsigdp, xsiexpdp. The FPSCR work of the
 * rounding and integer conversions is the FP unit's (fp-convert.c,
 * fp.c); the single- and word-format results are laid out by
 * vsx_scalar_set_result.
 */
#include <math.h>

#include "fp-internal.h"
#include "vsx-scalar.h"

#define XRND(name, how) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return fp_round_integral(cpu, d, vsx_dw0(cpu, d->rb), how); \
    }

XRND(xsrdpi, 0)
XRND(xsrdpiz, 1)
XRND(xsrdpip, 2)
XRND(xsrdpim, 3)
XRND(xsrdpic, 4)

/* fcti*z, except that FPRF is never written (fctiw & co. set it to
 * QNaN on invalid conversions, as QEMU 7.2 does; xscvdp* leave it in
 * QEMU 7.2, and ISA 3.0B leaves it undefined) */
static const PpcInsn *cvt_to_int(PpcCpu *cpu, const PpcInsn *d, int kind)
{
    uint32_t fprf = cpu->arch.fpscr & FP_FPRF;
    const PpcInsn *next = fp_to_int(cpu, d, vsx_dw0(cpu, d->rb), kind, true);
    cpu->arch.fpscr = (cpu->arch.fpscr & ~FP_FPRF) | fprf;
    return next;
}

#define XCVI(name, kind) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return cvt_to_int(cpu, d, kind); \
    }

XCVI(xscvdpsxds, FP_CVT_D)
XCVI(xscvdpsxws, FP_CVT_W)
XCVI(xscvdpuxds, FP_CVT_DU)
XCVI(xscvdpuxws, FP_CVT_WU)

#define XCVF(name, is_unsigned, single) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return fp_from_int(cpu, d, vsx_dw0(cpu, d->rb), is_unsigned, \
                           single, true); \
    }

XCVF(xscvsxddp, false, false)
XCVF(xscvuxddp, true, false)
XCVF(xscvsxdsp, false, true)
XCVF(xscvuxdsp, true, true)

/* FPRF for a result of class (neg, nan, inf, zero, denormal). */
static uint32_t class_fprf(bool neg, bool nan, bool inf, bool zero, bool den)
{
    uint32_t v = nan ? 0x11 : inf ? (neg ? 0x09 : 0x05)
               : zero ? (neg ? 0x12 : 0x02) : den ? (neg ? 0x18 : 0x14)
               : (neg ? 0x08 : 0x04);
    return v << FP_FPRF_SHIFT;
}

/* Round to single with every FPSCR effect (frsp); the result is laid
 * out as a single by vsx_scalar_set_result, and FPRF describes the
 * single (ClassSP: a single denormal is a denormal). */
const PpcInsn *insn_xscvdpsp(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t b = vsx_dw0(cpu, d->rb);
    const PpcInsn *next = fp_round_single_vsx(cpu, d, b);
    uint32_t f = cpu->arch.fpscr;
    bool suppressed = f64_is_snan(b) && (f & FP_VE);
    uint32_t fprf = (f & FP_FPRF) >> FP_FPRF_SHIFT;
    if (!suppressed && (fprf == 0x04 || fprf == 0x08)) {
        uint32_t w = (uint32_t)vsx_dw0(cpu, d->rt);
        if (!(w & 0x7f800000u)) {
            cpu->arch.fpscr = (f & ~FP_FPRF) |
                              class_fprf(w >> 31, false, false, false, true);
        }
    }
    return next;
}

/* Non-signalling: ConvertDPtoSP_NS, the bits of SINGLE() (no rounding:
 * the fraction is truncated), in words 0 and 1; no FPSCR change. */
const PpcInsn *insn_xscvdpspn(PpcCpu *cpu, const PpcInsn *d)
{
    uint32_t w = fp_double_to_single(vsx_dw0(cpu, d->rb));
    vsx_set_dw0(cpu, d->rt, w * 0x100000001ULL);
    return d + 1;
}

/* Single in word 0 to double: exact; an SNaN is quieted with VXSNAN. */
const PpcInsn *insn_xscvspdp(PpcCpu *cpu, const PpcInsn *d)
{
    uint32_t w = (uint32_t)(vsx_dw0(cpu, d->rb) >> 32);
    uint64_t r = fp_single_to_double(w);
    if (f64_is_snan(r)) {
        r |= F64_QBIT;
        if (fp_invalid(cpu, FP_VXSNAN)) {
            return fp_enabled_stop(cpu, d);
        }
    }
    return fp_commit(cpu, d, r, 0, true);
}

/* Non-signalling: exact, NaNs unchanged (not quieted), no FPSCR change. */
const PpcInsn *insn_xscvspdpn(PpcCpu *cpu, const PpcInsn *d)
{
    uint32_t w = (uint32_t)(vsx_dw0(cpu, d->rb) >> 32);
    vsx_set_dw0(cpu, d->rt, fp_single_to_double(w));
    return d + 1;
}

/* ---- half precision ---- */

/* Half (1-5-10) to double: exact. */
static uint64_t half_to_double(uint16_t h)
{
    uint64_t sign = (uint64_t)(h >> 15) << 63;
    unsigned e = (h >> 10) & 0x1f;
    uint64_t frac = h & 0x3ff;
    if (e == 0x1f) {
        return sign | F64_EXP | (frac << 42);
    }
    if (e == 0) {
        if (!frac) {
            return sign;
        }
        int sh = __builtin_clzll(frac) - 53;   /* leading 1 to bit 10 */
        frac = (frac << sh) & 0x3ff;
        return sign | ((uint64_t)(1023 - 14 - sh) << 52) | (frac << 42);
    }
    return sign | ((uint64_t)(e + 1023 - 15) << 52) | (frac << 42);
}

/* Round the finite nonzero double x to half precision in mode rn.
 * *hf gets HF_INEXACT, HF_FR, HF_OVERFLOW; *tiny the tininess before
 * rounding. */
static uint16_t double_to_half(uint64_t x, unsigned rn, unsigned *hf,
                               bool *tiny)
{
    uint16_t sign = (uint16_t)((x >> 63) << 15);
    int e = (int)((x >> 52) & 0x7ff) - 1023;
    uint64_t m = (x & F64_FRAC) | (e == -1023 ? 0 : F64_MINNORM);
    if (e == -1023) {
        e = -1022;
    }
    /* value = m * 2^(e - 52); half quantum 2^-24 (denormal) or
     * 2^(e - 10) */
    int q = e < -14 ? -24 : e - 10;
    int sh = q - (e - 52);               /* bits dropped from m */
    uint64_t kept, rest, halfway;
    if (sh >= 64) {
        kept = 0;
        rest = m ? 1 : 0;                /* far below: sticky only */
        halfway = 2;                     /* never reached */
        rest = rest ? 1 : 0;
    } else {
        kept = m >> sh;
        rest = m & ((1ULL << sh) - 1);
        halfway = 1ULL << (sh - 1);
    }
    *tiny = e < -14;
    *hf = 0;
    if (rest) {
        bool inc;
        bool neg = sign != 0;
        switch (rn) {
        case 0: inc = rest > halfway || (rest == halfway && (kept & 1)); break;
        case 2: inc = !neg; break;
        case 3: inc = neg; break;
        default: inc = false; break;
        }
        *hf = HF_INEXACT | (inc ? HF_FR : 0);
        kept += inc;
    }
    /* kept * 2^q; rebuild the half */
    uint32_t bits;
    if (q == -24) {
        bits = (uint32_t)kept;           /* denormal, or carried to 0x400 */
    } else {
        /* kept in [2^10, 2^11]: exponent e, maybe carried */
        int he = e + 15;
        if (kept >> 11) {
            kept >>= 1;
            he++;
        }
        bits = ((uint32_t)he << 10) | (uint32_t)(kept & 0x3ff);
    }
    if (bits >= 0x7c00) {
        *hf |= HF_OVERFLOW | HF_INEXACT;
        bool to_inf = rn == 0 || (rn == 2 && !sign) || (rn == 3 && sign);
        bits = to_inf ? 0x7c00 : 0x7bff;
        *hf &= ~HF_FR;
    }
    return sign | (uint16_t)bits;
}

/* FPRF of a half result r (ClassHP). */
static uint32_t half_fprf(uint16_t r)
{
    unsigned e = (r >> 10) & 0x1f, frac = r & 0x3ff;
    return class_fprf(r >> 15, e == 0x1f && frac, e == 0x1f && !frac,
                      e == 0 && !frac, e == 0 && frac);
}

static const PpcInsn *cvt_hpdp(PpcCpu *cpu, const PpcInsn *d)
{
    uint16_t h = (uint16_t)vsx_dw0(cpu, d->rb);
    uint64_t r = half_to_double(h);
    if (f64_is_snan(r)) {
        r |= F64_QBIT;
        if (fp_invalid(cpu, FP_VXSNAN)) {
            return fp_enabled_stop(cpu, d);
        }
    }
    return fp_commit(cpu, d, r, 0, true);
}

static const PpcInsn *cvt_dphp(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t b = vsx_dw0(cpu, d->rb);
    uint16_t r;
    unsigned hf = 0;
    bool tiny = false;
    if (f64_is_nan(b)) {
        r = (uint16_t)((b >> 48) & 0x8000) | 0x7e00 |
            (uint16_t)((b >> 42) & 0x1ff);
        if (f64_is_snan(b) && fp_invalid(cpu, FP_VXSNAN)) {
            return fp_enabled_stop(cpu, d);
        }
    } else if (f64_is_inf(b) || f64_is_zero(b)) {
        r = (uint16_t)((b >> 48) & 0x8000) | (f64_is_inf(b) ? 0x7c00 : 0);
    } else {
        r = double_to_half(b, fp_rn(cpu), &hf, &tiny);
    }
    /* FPSCR as for any rounded result, FPRF from the half's class */
    uint32_t f = cpu->arch.fpscr & ~(FP_FR | FP_FI | FP_FPRF);
    f |= half_fprf(r);
    if (hf & HF_OVERFLOW) {
        f |= FP_OX | FP_FX;
    }
    if (tiny && (hf & HF_INEXACT)) {
        f |= FP_UX | FP_FX;
    }
    if (hf & HF_INEXACT) {
        f |= FP_FI | FP_XX | FP_FX | ((hf & HF_FR) ? FP_FR : 0);
    }
    cpu->arch.fpscr = f;
    fp_update_summary(cpu);
    vsx_set_dw0(cpu, d->rt, r);
    if ((cpu->arch.fpscr & FP_FEX) && fp_exc_mode(cpu) &&
        (hf & HF_INEXACT)) {
        return fp_raise(cpu, d);
    }
    return d + 1;
}

/* Biased exponent and significand (implicit bit for normal numbers). */
static const PpcInsn *xexp(PpcCpu *cpu, const PpcInsn *d, bool sig)
{
    uint64_t b = vsx_dw0(cpu, d->rb);
    unsigned e = (b >> 52) & 0x7ff;
    uint64_t r = e;
    if (sig) {
        r = (b & F64_FRAC) | (e != 0 && e != 0x7ff ? F64_MINNORM : 0);
    }
    GPR(d->rt & 31) = r;
    return d + 1;
}

/* XX2 XO 347: the A field selects the instruction. */
const PpcInsn *insn_xsxexpdp(PpcCpu *cpu, const PpcInsn *d)
{
    switch (d->ra) {
    case 0: return xexp(cpu, d, false);
    case 1: return xexp(cpu, d, true);
    case 16: return cvt_hpdp(cpu, d);
    case 17: return cvt_dphp(cpu, d);
    default: return insn_illegal(cpu, d);
    }
}

/* XT.dw0 <- sign and fraction of RA, exponent RB[53:63]. */
const PpcInsn *insn_xsiexpdp(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = GPR(d->ra), b = GPR(d->rb);
    vsx_set_dw0(cpu, d->rt, (a & (F64_SIGN | F64_FRAC)) | ((b & 0x7ff) << 52));
    return d + 1;
}
