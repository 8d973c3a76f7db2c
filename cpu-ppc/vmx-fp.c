/* SPDX-License-Identifier: MIT */
/*
 * VMX (AltiVec) single-precision floating point (Power ISA 3.0B Book I
 * 6.9): four word elements, round to nearest even except the explicit
 * roundings, no FPSCR and no exceptions. VSCR[NJ] (non-Java mode)
 * treats denormal operands as zeros of the same sign and flushes
 * denormal results to zero. A NaN result is the first NaN operand
 * (in order A, B, C for vmaddfp/vnmsubfp: the multiplicand, the addend,
 * the multiplier) made quiet.
 *
 * The estimates: vrefp is 1/x correctly rounded, vrsqrtefp a rounded
 * square root then a rounded reciprocal, vlogefp log2 rounded to
 * single, vexptefp the
 * 15-term Taylor series of e^(x ln 2) where that is within the ISA's
 * bound (relative error 1/16) and the correctly rounded 2^x elsewhere:
 * QEMU 7.2's values inside the bound.
 */
#include <math.h>

#include "fp-internal.h"
#include "insn.h"
#include "vec.h"

#define F32_SIGN 0x80000000u
#define F32_EXP  0x7f800000u
#define F32_FRAC 0x007fffffu
#define F32_QBIT 0x00400000u
#define F32_ONE  0x3f800000u

static inline bool f32_is_nan(uint32_t x) { return (x & ~F32_SIGN) > F32_EXP; }
static inline bool f32_is_denormal(uint32_t x)
{
    return (x & F32_EXP) == 0 && (x & F32_FRAC);
}

static inline bool vmx_nj(const PpcCpu *cpu)
{
    return cpu->arch.vscr & VSCR_NJ;
}

/* Operand or result x with NJ=1: a denormal becomes a signed zero. */
static inline uint32_t nj_flush(bool nj, uint32_t x)
{
    return nj && f32_is_denormal(x) ? (x & F32_SIGN) : x;
}

typedef uint32_t (*VmxOp)(uint32_t a, uint32_t b, uint32_t c);

/* The first NaN of a, b, c (n of them looked at), quieted, or 0 when
 * there is none (0 is no NaN). */
static uint32_t first_nan(unsigned n, uint32_t a, uint32_t b, uint32_t c)
{
    uint32_t ops[3] = { a, b, c };
    for (unsigned i = 0; i < n; i++) {
        if (f32_is_nan(ops[i])) {
            return ops[i] | F32_QBIT;
        }
    }
    return 0;
}

/*
 * Apply op to every word element: a from VR ra, b from VR rb, c from VR
 * rc (nops of them are operands: NaNs propagate from those), with NJ
 * flushing around it. The host runs in round-to-nearest.
 */
static const PpcInsn *vmx_map(PpcCpu *cpu, const PpcInsn *d, VmxOp op,
                              unsigned nops, unsigned ra, unsigned rb,
                              unsigned rc)
{
    PpcVec va = VR(ra), vb = VR(rb), vc = VR(rc), r = { { 0, 0 } };
    bool nj = vmx_nj(cpu);
    uint32_t s = fp_host_enter(0);
    for (unsigned i = 0; i < 4; i++) {
        uint32_t a = nj_flush(nj, vec_w(va, i));
        uint32_t b = nj_flush(nj, vec_w(vb, i));
        uint32_t c = nj_flush(nj, vec_w(vc, i));
        uint32_t x = first_nan(nops, a, b, c);
        if (!x) {
            x = nj_flush(nj, op(a, b, c));
            if (f32_is_nan(x)) {
                x = 0x7fc00000u;      /* invalid operation: default QNaN */
            }
        }
        vec_set_w(&r, i, x);
    }
    fp_host_leave(s);
    VR(d->rt) = r;
    return d + 1;
}

static inline float f32(uint32_t x) { return fp_f(x); }

static inline uint32_t u32(float f)
{
    __asm__ volatile("" : "+m"(f));
    return fp_uf(f);
}

static uint32_t op_add(uint32_t a, uint32_t b, uint32_t c)
{
    (void)c;
    return u32(f32(a) + f32(b));
}

static uint32_t op_sub(uint32_t a, uint32_t b, uint32_t c)
{
    (void)c;
    return u32(f32(a) - f32(b));
}

/* vmaddfp: a * c + b, one rounding */
static uint32_t op_madd(uint32_t a, uint32_t b, uint32_t c)
{
    return u32(fmaf(f32(a), f32(c), f32(b)));
}

/* vnmsubfp: -(a * c - b), one rounding, then negated */
static uint32_t op_nmsub(uint32_t a, uint32_t b, uint32_t c)
{
    return u32(fmaf(f32(a), f32(c), -f32(b))) ^ F32_SIGN;
}

static uint32_t op_max(uint32_t a, uint32_t b, uint32_t c)
{
    (void)c;
    if (((a | b) & ~F32_SIGN) == 0) {
        return a & b;            /* +0 is the larger zero */
    }
    return f32(a) > f32(b) ? a : b;
}

static uint32_t op_min(uint32_t a, uint32_t b, uint32_t c)
{
    (void)c;
    if (((a | b) & ~F32_SIGN) == 0) {
        return a | b;
    }
    return f32(a) < f32(b) ? a : b;
}

static uint32_t op_re(uint32_t a, uint32_t b, uint32_t c)
{
    (void)b;
    (void)c;
    return u32(1.0f / f32(a));
}

static uint32_t op_rsqrte(uint32_t a, uint32_t b, uint32_t c)
{
    (void)b;
    (void)c;
    float s = sqrtf(f32(a));
    __asm__ volatile("" : "+m"(s));
    return u32(1.0f / s);   /* sqrt(-x): NaN, made the default below */
}

/* log2(a): the correctly rounded value (log2 of the exact double,
 * rounded to single). */
static uint32_t op_loge(uint32_t a, uint32_t b, uint32_t c)
{
    (void)b;
    (void)c;
    if ((a & ~F32_SIGN) == 0) {
        return 0xff800000u;                  /* -inf */
    }
    if (a & F32_SIGN) {
        return 0x7fc00000u;                  /* negative: default NaN */
    }
    return u32((float)log2((double)f32(a)));
}

/* 2^a: e^(a ln 2) by the 15-term Taylor series in extended precision
 * where that is within 1/16 of the true value, else 2^a rounded. */
static uint32_t op_expte(uint32_t a, uint32_t b, uint32_t c)
{
    (void)b;
    (void)c;
    if ((a & ~F32_SIGN) == F32_EXP) {
        return a & F32_SIGN ? 0 : a;         /* 2^-inf = +0 */
    }
    if ((a & ~F32_SIGN) == 0) {
        return F32_ONE;
    }
    long double x = (long double)f32(a) * 0.693147180559945286226764L;
    long double term = x, sum = 1.0L, fact = 1.0L;
    for (int i = 1; i <= 15; i++) {
        fact *= i;
        sum += term / fact;
        term *= x;
    }
    long double exact = exp2l((long double)f32(a));
    if (!isinf(exact) && fabsl(sum - exact) <= exact / 16) {
        return u32((float)sum);
    }
    return u32((float)exact);
}

static uint32_t round_with(uint32_t a, int mode)
{
    float x = f32(a);
    switch (mode) {
    case 0: x = nearbyintf(x); break;   /* host is in round-to-nearest */
    case 1: x = truncf(x); break;
    case 2: x = ceilf(x); break;
    default: x = floorf(x); break;
    }
    return u32(x);
}

static uint32_t op_rfin(uint32_t a, uint32_t b, uint32_t c)
{
    (void)b;
    (void)c;
    return round_with(a, 0);
}

static uint32_t op_rfiz(uint32_t a, uint32_t b, uint32_t c)
{
    (void)b;
    (void)c;
    return round_with(a, 1);
}

static uint32_t op_rfip(uint32_t a, uint32_t b, uint32_t c)
{
    (void)b;
    (void)c;
    return round_with(a, 2);
}

static uint32_t op_rfim(uint32_t a, uint32_t b, uint32_t c)
{
    (void)b;
    (void)c;
    return round_with(a, 3);
}

#define VMX_BINARY(name, fn) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return vmx_map(cpu, d, fn, 2, d->ra, d->rb, d->rb); \
    }
#define VMX_UNARY(name, fn) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return vmx_map(cpu, d, fn, 1, d->rb, d->rb, d->rb); \
    }

VMX_BINARY(vaddfp, op_add)
VMX_BINARY(vsubfp, op_sub)
VMX_BINARY(vmaxfp, op_max)
VMX_BINARY(vminfp, op_min)
VMX_UNARY(vrefp, op_re)
VMX_UNARY(vrsqrtefp, op_rsqrte)
VMX_UNARY(vexptefp, op_expte)
VMX_UNARY(vlogefp, op_loge)
VMX_UNARY(vrfin, op_rfin)
VMX_UNARY(vrfiz, op_rfiz)
VMX_UNARY(vrfip, op_rfip)
VMX_UNARY(vrfim, op_rfim)

/* vmaddfp VRT,VRA,VRC,VRB: VRA * VRC + VRB */
const PpcInsn *insn_vmaddfp(PpcCpu *cpu, const PpcInsn *d)
{
    return vmx_map(cpu, d, op_madd, 3, d->ra, d->rb, d->rc);
}

const PpcInsn *insn_vnmsubfp(PpcCpu *cpu, const PpcInsn *d)
{
    return vmx_map(cpu, d, op_nmsub, 3, d->ra, d->rb, d->rc);
}

/* ---- fixed-point conversions, scaled by 2^UIM (UIM in the A field) ---- */

static const PpcInsn *vmx_cfx(PpcCpu *cpu, const PpcInsn *d, bool is_signed)
{
    PpcVec vb = VR(d->rb), r = { { 0, 0 } };
    uint32_t s = fp_host_enter(0);
    for (unsigned i = 0; i < 4; i++) {
        uint32_t w = vec_w(vb, i);
        float f = is_signed ? (float)(int32_t)w : (float)w;
        /* the scaling is exact: |f| >= 2^-31 or 0 */
        vec_set_w(&r, i, u32(ldexpf(f, -(int)d->ra)));
    }
    fp_host_leave(s);
    VR(d->rt) = r;
    return d + 1;
}

const PpcInsn *insn_vcfux(PpcCpu *cpu, const PpcInsn *d)
{
    return vmx_cfx(cpu, d, false);
}

const PpcInsn *insn_vcfsx(PpcCpu *cpu, const PpcInsn *d)
{
    return vmx_cfx(cpu, d, true);
}

/* Element * 2^UIM truncated toward zero, saturated (VSCR[SAT]); a NaN
 * converts to 0. */
static const PpcInsn *vmx_ctx(PpcCpu *cpu, const PpcInsn *d, bool is_signed)
{
    PpcVec vb = VR(d->rb), r = { { 0, 0 } };
    bool nj = vmx_nj(cpu), sat = false;
    double lo = is_signed ? -2147483648.0 : 0.0;
    double hi = is_signed ? 2147483647.0 : 4294967295.0;
    for (unsigned i = 0; i < 4; i++) {
        uint32_t w = nj_flush(nj, vec_w(vb, i)), x;
        if (f32_is_nan(w)) {
            x = 0;
        } else {
            double t = trunc(ldexp((double)f32(w), (int)d->ra));
            if (t < lo) {
                t = lo;
                sat = true;
            } else if (t > hi) {
                t = hi;
                sat = true;
            }
            x = is_signed ? (uint32_t)(int32_t)t : (uint32_t)t;
        }
        vec_set_w(&r, i, x);
    }
    if (sat) {
        cpu->arch.vscr |= VSCR_SAT;
    }
    VR(d->rt) = r;
    return d + 1;
}

const PpcInsn *insn_vctuxs(PpcCpu *cpu, const PpcInsn *d)
{
    return vmx_ctx(cpu, d, false);
}

const PpcInsn *insn_vctsxs(PpcCpu *cpu, const PpcInsn *d)
{
    return vmx_ctx(cpu, d, true);
}

/* ---- compares: all-ones elements where true; Rc=1 sets CR6 ---- */

typedef enum VmxCmp { VCMP_EQ, VCMP_GE, VCMP_GT, VCMP_B } VmxCmp;

static const PpcInsn *vmx_cmp(PpcCpu *cpu, const PpcInsn *d, VmxCmp k)
{
    PpcVec va = VR(d->ra), vb = VR(d->rb), r = { { 0, 0 } };
    bool nj = vmx_nj(cpu), all = true, none = true;
    for (unsigned i = 0; i < 4; i++) {
        float a = f32(nj_flush(nj, vec_w(va, i)));
        float b = f32(nj_flush(nj, vec_w(vb, i)));
        uint32_t x;
        switch (k) {
        case VCMP_EQ: x = a == b ? ~0u : 0; break;
        case VCMP_GE: x = a >= b ? ~0u : 0; break;
        case VCMP_GT: x = a > b ? ~0u : 0; break;
        default:
            /* bounds: bit 0 = not (a <= b), bit 1 = not (a >= -b) */
            x = (a <= b ? 0 : 0x80000000u) | (a >= -b ? 0 : 0x40000000u);
            break;
        }
        vec_set_w(&r, i, x);
        all &= x == ~0u;
        none &= x == 0;
    }
    VR(d->rt) = r;
    if (d->flags & D_RC) {
        /* vcmpbfp.: CR6[2] = all in bounds; others: all true, none */
        ppc_set_crf(cpu, 6, k == VCMP_B ? (none ? 2u : 0)
                                        : (all ? 8u : 0) | (none ? 2u : 0));
    }
    return d + 1;
}

const PpcInsn *insn_vcmpeqfp(PpcCpu *cpu, const PpcInsn *d)
{
    return vmx_cmp(cpu, d, VCMP_EQ);
}

const PpcInsn *insn_vcmpgefp(PpcCpu *cpu, const PpcInsn *d)
{
    return vmx_cmp(cpu, d, VCMP_GE);
}

const PpcInsn *insn_vcmpgtfp(PpcCpu *cpu, const PpcInsn *d)
{
    return vmx_cmp(cpu, d, VCMP_GT);
}

const PpcInsn *insn_vcmpbfp(PpcCpu *cpu, const PpcInsn *d)
{
    return vmx_cmp(cpu, d, VCMP_B);
}
