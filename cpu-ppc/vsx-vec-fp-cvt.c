/* SPDX-License-Identifier: MIT */
/*
 * VSX vector rounding to integral values and conversions (Power ISA
 * 3.0B Book I 7.6): xvrdpi[c,m,p,z] / xvrspi[c,m,p,z], xvcvdpsp and
 * xvcvspdp, floating-point to (un)signed word/doubleword (round toward
 * zero, saturating with VXCVI) and integer to floating point.
 * Word results of a doubleword source land in word 2i of the target
 * and are copied to word 2i+1; word sources of a doubleword result are
 * words 0 and 2.
 */
#include <math.h>

#include "vsx-vec-fp.h"

/* ---- round to integral ---- */

typedef enum RoundKind {
    RI_AWAY, RI_CURRENT, RI_FLOOR, RI_CEIL, RI_TRUNC,
} RoundKind;

static uint64_t round_elt(uint64_t x, RoundKind k, uint32_t fpscr,
                          uint32_t *exc)
{
    *exc = 0;
    if (f64_is_nan(x)) {
        if (f64_is_snan(x)) {
            *exc = FP_VXSNAN;
        }
        return x | F64_QBIT;
    }
    double v = fp_d(x), r;
    switch (k) {
    case RI_AWAY: r = round(v); break;
    case RI_FLOOR: r = floor(v); break;
    case RI_CEIL: r = ceil(v); break;
    case RI_TRUNC: r = trunc(v); break;
    default: {
        /* the FPSCR's mode; only this form reports an inexact result */
        uint32_t s = fp_host_enter(fpscr & FP_RN);
        FP_BARRIER(v);
        r = nearbyint(v);
        FP_BARRIER(r);
        fp_host_leave(s);
        if (r != v) {
            *exc = FP_XX;
        }
        break;
    }
    }
    return fp_u(r);
}

static const PpcInsn *vsx_round(PpcCpu *cpu, const PpcInsn *d, RoundKind k,
                                bool dp)
{
    PpcVec vb = ppc_vsr_get(cpu, d->rb), r = { { 0, 0 } };
    uint32_t exc = 0;
    for (unsigned i = 0; i < vsx_n(dp); i++) {
        uint32_t e;
        vsx_set_elt(&r, i, dp, round_elt(vsx_elt(vb, i, dp), k,
                                         cpu->arch.fpscr, &e));
        exc |= e;
    }
    return vsx_fp_commit(cpu, d, r, exc);
}

#define VSX_ROUND(name, k, dp) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return vsx_round(cpu, d, k, dp); \
    }

VSX_ROUND(xvrdpi, RI_AWAY, true)
VSX_ROUND(xvrdpic, RI_CURRENT, true)
VSX_ROUND(xvrdpim, RI_FLOOR, true)
VSX_ROUND(xvrdpip, RI_CEIL, true)
VSX_ROUND(xvrdpiz, RI_TRUNC, true)
VSX_ROUND(xvrspi, RI_AWAY, false)
VSX_ROUND(xvrspic, RI_CURRENT, false)
VSX_ROUND(xvrspim, RI_FLOOR, false)
VSX_ROUND(xvrspip, RI_CEIL, false)
VSX_ROUND(xvrspiz, RI_TRUNC, false)

/* ---- double <-> single ---- */

/* Word element i of r set to w, and its pair word (i ^ 1) too. */
static void set_word_pair(PpcVec *r, unsigned i, uint32_t w)
{
    vec_set_w(r, i, w);
    vec_set_w(r, i ^ 1, w);
}

const PpcInsn *insn_xvcvdpsp(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec vb = ppc_vsr_get(cpu, d->rb), r = { { 0, 0 } };
    uint32_t exc = 0, fpscr = cpu->arch.fpscr;
    for (unsigned i = 0; i < 2; i++) {
        uint64_t x = vec_dw(vb, i), s;
        if (f64_is_nan(x)) {
            exc |= f64_is_snan(x) ? FP_VXSNAN : 0;
            s = x | F64_QBIT;
        } else {
            unsigned hf;
            s = vsx_host_to_single(x, fpscr & FP_RN, &hf);
            uint64_t m = x & ~F64_SIGN;
            bool tiny = m != 0 && m < 0x3810000000000000ULL;
            exc |= (hf & HF_OVERFLOW) ? FP_OX : 0;
            exc |= (hf & HF_INEXACT) ? FP_XX : 0;
            if (tiny && ((hf & HF_INEXACT) || (fpscr & FP_UE))) {
                exc |= FP_UX;
            }
        }
        set_word_pair(&r, 2 * i, fp_double_to_single(s));
    }
    return vsx_fp_commit(cpu, d, r, exc);
}

const PpcInsn *insn_xvcvspdp(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec vb = ppc_vsr_get(cpu, d->rb), r = { { 0, 0 } };
    uint32_t exc = 0;
    for (unsigned i = 0; i < 2; i++) {
        uint64_t x = fp_single_to_double(vec_w(vb, 2 * i));
        if (f64_is_snan(x)) {
            exc |= FP_VXSNAN;
            x |= F64_QBIT;
        }
        r.dw[i] = x;
    }
    return vsx_fp_commit(cpu, d, r, exc);
}

/* ---- floating point to integer (round toward zero) ---- */

typedef struct IntFmt {
    bool is_signed;
    unsigned bits;   /* 32 or 64 */
} IntFmt;

/* x converted to the integer format f (two's complement in the low
 * bits), exceptions into *exc: VXCVI (and VXSNAN) for NaNs and out of
 * range values, which give the saturated bound; XX when inexact. */
static uint64_t to_int(uint64_t x, IntFmt f, uint32_t *exc)
{
    double lo = f.is_signed ? -ldexp(1.0, (int)f.bits - 1) : 0.0;
    double lim = ldexp(1.0, (int)f.bits - f.is_signed);   /* exclusive */
    /* the bounds, as the low f.bits bits */
    uint64_t min = f.is_signed ? (uint64_t)1 << (f.bits - 1) : 0;
    uint64_t max = f.is_signed ? min - 1
                 : (f.bits == 64 ? ~0ULL : 0xffffffffULL);
    if (f64_is_nan(x)) {
        *exc = FP_VXCVI | (f64_is_snan(x) ? FP_VXSNAN : 0);
        return min;
    }
    double v = fp_d(x), t = trunc(v);
    if (t < lo) {
        *exc = FP_VXCVI;
        return min;
    }
    if (t >= lim) {
        *exc = FP_VXCVI;
        return max;
    }
    *exc = t != v ? FP_XX : 0;
    return f.is_signed ? (uint64_t)(int64_t)t : (uint64_t)t;
}

/* Source elements: doublewords (dp) or words (sp, the words 2i when the
 * result is doublewords); results: doublewords or words. */
static const PpcInsn *vsx_to_int(PpcCpu *cpu, const PpcInsn *d, bool src_dp,
                                 IntFmt f)
{
    PpcVec vb = ppc_vsr_get(cpu, d->rb), r = { { 0, 0 } };
    uint32_t exc = 0, e;
    if (f.bits == 64) {
        for (unsigned i = 0; i < 2; i++) {
            uint64_t x = src_dp ? vec_dw(vb, i)
                                : fp_single_to_double(vec_w(vb, 2 * i));
            r.dw[i] = to_int(x, f, &e);
            exc |= e;
        }
    } else if (src_dp) {
        for (unsigned i = 0; i < 2; i++) {
            set_word_pair(&r, 2 * i, (uint32_t)to_int(vec_dw(vb, i), f, &e));
            exc |= e;
        }
    } else {
        for (unsigned i = 0; i < 4; i++) {
            uint64_t x = fp_single_to_double(vec_w(vb, i));
            vec_set_w(&r, i, (uint32_t)to_int(x, f, &e));
            exc |= e;
        }
    }
    return vsx_fp_commit(cpu, d, r, exc);
}

#define VSX_TO_INT(name, src_dp, sgn, bits) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return vsx_to_int(cpu, d, src_dp, (IntFmt){ sgn, bits }); \
    }

VSX_TO_INT(xvcvdpsxds, true, true, 64)
VSX_TO_INT(xvcvdpsxws, true, true, 32)
VSX_TO_INT(xvcvdpuxds, true, false, 64)
VSX_TO_INT(xvcvdpuxws, true, false, 32)
VSX_TO_INT(xvcvspsxds, false, true, 64)
VSX_TO_INT(xvcvspsxws, false, true, 32)
VSX_TO_INT(xvcvspuxds, false, false, 64)
VSX_TO_INT(xvcvspuxws, false, false, 32)

/* ---- integer to floating point ---- */

/* The integer v (signed or not) rounded to double or single in mode
 * rn, as a double bit pattern; XX into *exc when inexact. */
static uint64_t from_int(uint64_t v, bool is_signed, bool dp, unsigned rn,
                         uint32_t *exc)
{
    uint32_t s = fp_host_enter(rn);
    double r;
    if (dp) {
        r = is_signed ? (double)(int64_t)v : (double)v;
    } else {
        float f = is_signed ? (float)(int64_t)v : (float)v;
        __asm__ volatile("" : "+m"(f));
        r = f;
    }
    FP_BARRIER(r);
    unsigned hf = fp_host_leave(s);
    *exc = (hf & HF_INEXACT) ? FP_XX : 0;
    return fp_u(r);
}

/* Sources: doublewords (words 2i when word_src and the result is
 * doublewords; all four words for single results of words). */
static const PpcInsn *vsx_from_int(PpcCpu *cpu, const PpcInsn *d,
                                   bool word_src, bool is_signed, bool dp)
{
    PpcVec vb = ppc_vsr_get(cpu, d->rb), r = { { 0, 0 } };
    unsigned rn = cpu->arch.fpscr & FP_RN;
    uint32_t exc = 0, e;
    if (word_src && !dp) {
        for (unsigned i = 0; i < 4; i++) {
            uint32_t w = vec_w(vb, i);
            uint64_t v = is_signed ? (uint64_t)(int64_t)(int32_t)w : w;
            vec_set_w(&r, i, fp_double_to_single(from_int(v, is_signed,
                                                          false, rn, &e)));
            exc |= e;
        }
    } else {
        for (unsigned i = 0; i < 2; i++) {
            uint64_t v = vec_dw(vb, i);
            if (word_src) {
                uint32_t w = vec_w(vb, 2 * i);
                v = is_signed ? (uint64_t)(int64_t)(int32_t)w : w;
            }
            uint64_t x = from_int(v, is_signed, dp, rn, &e);
            exc |= e;
            if (dp) {
                r.dw[i] = x;
            } else {
                set_word_pair(&r, 2 * i, fp_double_to_single(x));
            }
        }
    }
    return vsx_fp_commit(cpu, d, r, exc);
}

#define VSX_FROM_INT(name, word_src, sgn, dp) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return vsx_from_int(cpu, d, word_src, sgn, dp); \
    }

VSX_FROM_INT(xvcvsxddp, false, true, true)
VSX_FROM_INT(xvcvsxdsp, false, true, false)
VSX_FROM_INT(xvcvsxwdp, true, true, true)
VSX_FROM_INT(xvcvsxwsp, true, true, false)
VSX_FROM_INT(xvcvuxddp, false, false, true)
VSX_FROM_INT(xvcvuxdsp, false, false, false)
VSX_FROM_INT(xvcvuxwdp, true, false, true)
VSX_FROM_INT(xvcvuxwsp, true, false, false)
