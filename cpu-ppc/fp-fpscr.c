/* SPDX-License-Identifier: MIT */
/*
 * Floating-point compare and test instructions and the FPSCR
 * instructions (Power ISA 3.0 Book I 4.6.8, 4.6.10): fcmpu, fcmpo,
 * ftdiv, ftsqrt, mffs and its ISA 3.0 variants, mtfsf, mtfsfi, mtfsb0,
 * mtfsb1, mcrfs. The FPSCR is arch.fpscr (bits 32..63) plus
 * arch.fpscr_drn (DRN, bits 29..31).
 */
#include "fp-internal.h"

/* Writable bits: all but bit 52; in the high word only DRN. */
#define FPSCR_LO_MASK 0xfffff7ffu

static uint64_t fpscr_get(const PpcCpu *cpu)
{
    return ((uint64_t)(cpu->arch.fpscr_drn & 7) << 32) | cpu->arch.fpscr;
}

/* An enabled exception is pending in the FPSCR (QEMU raises then after
 * FPSCR-writing instructions). */
static bool fpscr_enabled_pending(const PpcCpu *cpu)
{
    uint32_t f = cpu->arch.fpscr;
    return ((f >> 22) & f & (FP_OE | FP_UE | FP_ZE | FP_XE)) ||
           ((f & FP_VX) && (f & FP_VE));
}

static const PpcInsn *fpscr_done(PpcCpu *cpu, const PpcInsn *d)
{
    if (d->flags & D_RC) {
        fp_set_cr1(cpu);
    }
    if (fpscr_enabled_pending(cpu) && fp_exc_mode(cpu)) {
        return fp_raise(cpu, d);
    }
    return d + 1;
}

/* Store v into the FPSCR nibbles selected by mask (bit i = bits 4i..4i+3
 * of the 64-bit value); FEX and VX are recomputed, never stored. */
static void fpscr_store(PpcCpu *cpu, uint64_t v, uint32_t nibbles)
{
    uint64_t m = 0;
    for (unsigned i = 0; i < 16; i++) {
        if (nibbles & (1u << i)) {
            m |= 0xfULL << (4 * i);
        }
    }
    m &= ((uint64_t)7 << 32) | FPSCR_LO_MASK;
    m &= ~(uint64_t)(FP_FEX | FP_VX);
    uint64_t old = fpscr_get(cpu);
    uint64_t n = (old & ~m) | (v & m);
    cpu->arch.fpscr = (uint32_t)n;
    cpu->arch.fpscr_drn = (uint8_t)((n >> 32) & 7);
    fp_update_summary(cpu);
}

const PpcInsn *insn_mffs(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t full = fpscr_get(cpu);
    uint64_t ctrl = full & (((uint64_t)7 << 32) | 0xff);
    switch (d->ra) {
    case 0:   /* mffs */
        ppc_set_fpr(cpu, d->rt, full);
        return fp_done(cpu, d);
    case 1:   /* mffsce */
        ppc_set_fpr(cpu, d->rt, full);
        cpu->arch.fpscr &= ~FP_ENABLES;
        fp_update_summary(cpu);
        return d + 1;
    case 20: {  /* mffscdrn: FRB is read before FRT is written (FRT = FRB) */
        unsigned drn = (FPR(d->rb) >> 32) & 7;
        ppc_set_fpr(cpu, d->rt, ctrl);
        cpu->arch.fpscr_drn = drn;
        return d + 1;
    }
    case 21:  /* mffscdrni */
        ppc_set_fpr(cpu, d->rt, ctrl);
        cpu->arch.fpscr_drn = (d->raw >> 11) & 7;
        return d + 1;
    case 22: {  /* mffscrn: FRB is read before FRT is written (FRT = FRB) */
        unsigned rn = FPR(d->rb) & 3;
        ppc_set_fpr(cpu, d->rt, ctrl);
        cpu->arch.fpscr = (cpu->arch.fpscr & ~FP_RN) | rn;
        return d + 1;
    }
    case 23:  /* mffscrni */
        ppc_set_fpr(cpu, d->rt, ctrl);
        cpu->arch.fpscr = (cpu->arch.fpscr & ~FP_RN) | ((d->raw >> 11) & 3);
        return d + 1;
    case 24:  /* mffsl */
        ppc_set_fpr(cpu, d->rt, full & (((uint64_t)7 << 32) | 0x7f0ff));
        return d + 1;
    default:
        return insn_illegal(cpu, d);
    }
}

const PpcInsn *insn_mtfsf(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned l = (d->raw >> 25) & 1, flm = (d->raw >> 17) & 0xff;
    unsigned w = (d->raw >> 16) & 1;
    uint32_t nibbles = l ? 0xffff : flm << (w * 8);
    fpscr_store(cpu, FPR(d->rb), nibbles);
    return fpscr_done(cpu, d);
}

const PpcInsn *insn_mtfsfi(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned bf = (d->raw >> 23) & 7, u = (d->raw >> 12) & 0xf;
    unsigned w = (d->raw >> 16) & 1;
    unsigned sh = 8 * w + 7 - bf;
    fpscr_store(cpu, (uint64_t)u << (4 * sh), 1u << sh);
    return fpscr_done(cpu, d);
}

const PpcInsn *insn_mtfsb0(PpcCpu *cpu, const PpcInsn *d)
{
    uint32_t bit = 0x80000000u >> d->rt;
    if (bit != FP_FEX && bit != FP_VX) {
        cpu->arch.fpscr &= ~bit;
        fp_update_summary(cpu);
    }
    return fpscr_done(cpu, d);
}

const PpcInsn *insn_mtfsb1(PpcCpu *cpu, const PpcInsn *d)
{
    uint32_t bit = 0x80000000u >> d->rt;
    if (bit != FP_FEX && bit != FP_VX && bit != FP_NI && bit != FP_RSVD52) {
        cpu->arch.fpscr |= bit;
        fp_update_summary(cpu);
    }
    return fpscr_done(cpu, d);
}

const PpcInsn *insn_mcrfs(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned bf = d->rt >> 2, bfa = d->ra >> 2;
    unsigned sh = 28 - 4 * bfa;
    ppc_set_crf(cpu, bf, cpu->arch.fpscr >> sh);
    uint32_t clear = (0xfu << sh) &
                     (FP_FX | FP_OX | FP_UX | FP_ZX | FP_XX | FP_VX_ALL);
    cpu->arch.fpscr &= ~clear;
    fp_update_summary(cpu);
    return d + 1;
}

/* ---- compares ---- */

static unsigned compare(uint64_t a, uint64_t b)
{
    if (f64_is_nan(a) || f64_is_nan(b)) {
        return 1;
    }
    double x = fp_d(a), y = fp_d(b);
    return x < y ? 8 : x > y ? 4 : 2;
}

/* Inlined into fcmpu/fcmpo; fp_compare/fp_compare_class are the
 * out-of-line copies for the VSX rows. */
static inline __attribute__((always_inline)) const PpcInsn *
compare_class(PpcCpu *cpu, const PpcInsn *d, unsigned c, bool snan,
              bool ordered, unsigned bf)
{
    uint32_t f = (cpu->arch.fpscr & ~FP_FPCC) | (c << FP_FPRF_SHIFT);
    ppc_set_crf(cpu, bf, c);
    if (c == 1) {
        uint32_t vx = 0;
        if (snan) {
            vx |= FP_VXSNAN;
        }
        if (ordered) {
            vx |= FP_VXVC;
            f = (f & ~FP_FPRF) | FPRF_QNAN;
        }
        if (vx) {
            f |= vx | FP_VX | FP_FX;
            if (f & FP_VE) {
                f |= FP_FEX;
                cpu->arch.fpscr = f;
                if (fp_exc_mode(cpu)) {
                    return fp_raise(cpu, d);
                }
            }
        }
    }
    cpu->arch.fpscr = f;
    return d + 1;
}

static inline __attribute__((always_inline)) const PpcInsn *
fcmp(PpcCpu *cpu, const PpcInsn *d, uint64_t a, uint64_t b, bool ordered,
     unsigned bf)
{
    return compare_class(cpu, d, compare(a, b),
                         f64_is_snan(a) || f64_is_snan(b), ordered, bf);
}

const PpcInsn *fp_compare(PpcCpu *cpu, const PpcInsn *d, uint64_t a,
                          uint64_t b, bool ordered, unsigned bf)
{
    return fcmp(cpu, d, a, b, ordered, bf);
}

const PpcInsn *fp_compare_class(PpcCpu *cpu, const PpcInsn *d, unsigned c,
                                bool snan, bool ordered, unsigned bf)
{
    return compare_class(cpu, d, c, snan, ordered, bf);
}

const PpcInsn *insn_fcmpu(PpcCpu *cpu, const PpcInsn *d)
{
    return fcmp(cpu, d, FPR(d->ra), FPR(d->rb), false, d->rt >> 2);
}

const PpcInsn *insn_fcmpo(PpcCpu *cpu, const PpcInsn *d)
{
    return fcmp(cpu, d, FPR(d->ra), FPR(d->rb), true, d->rt >> 2);
}

/* Unbiased exponent field (denormals and zero give -1023). */
static int uexp(uint64_t x)
{
    return (int)((x >> 52) & 0x7ff) - 1023;
}

static inline __attribute__((always_inline)) unsigned
tdiv_crf(uint64_t a, uint64_t b)
{
    bool fe = false, fg = false;
    if (f64_is_inf(a) || f64_is_inf(b) || f64_is_zero(b)) {
        fe = fg = true;
    } else {
        int ea = uexp(a), eb = uexp(b);
        if (f64_is_nan(a) || f64_is_nan(b)) {
            fe = true;
        } else if (eb <= -1022 || eb >= 1021) {
            fe = true;
        } else if (!f64_is_zero(a) &&
                   (ea - eb >= 1023 || ea - eb <= -1021 || ea <= -970)) {
            fe = true;
        }
        if ((b & F64_EXP) == 0) {
            fg = true;
        }
    }
    return 8 | (fg ? 4 : 0) | (fe ? 2 : 0);
}

const PpcInsn *insn_ftdiv(PpcCpu *cpu, const PpcInsn *d)
{
    ppc_set_crf(cpu, d->rt >> 2, tdiv_crf(FPR(d->ra), FPR(d->rb)));
    return d + 1;
}

static inline __attribute__((always_inline)) unsigned
tsqrt_crf(uint64_t b)
{
    bool fe = false, fg = false;
    if (f64_is_inf(b) || f64_is_zero(b)) {
        fe = fg = true;
    } else {
        if (f64_is_nan(b) || (b >> 63) || uexp(b) <= -970) {
            fe = true;
        }
        if ((b & F64_EXP) == 0) {
            fg = true;
        }
    }
    return 8 | (fg ? 4 : 0) | (fe ? 2 : 0);
}

const PpcInsn *insn_ftsqrt(PpcCpu *cpu, const PpcInsn *d)
{
    ppc_set_crf(cpu, d->rt >> 2, tsqrt_crf(FPR(d->rb)));
    return d + 1;
}

unsigned fp_tdiv_crf(uint64_t a, uint64_t b) { return tdiv_crf(a, b); }
unsigned fp_tsqrt_crf(uint64_t b) { return tsqrt_crf(b); }
