/* SPDX-License-Identifier: MIT */
/*
 * Floating-point move, round-to-single, integer conversion and
 * round-to-integer instructions (Power ISA 3.0 Book I 4.6.4, 4.6.7).
 * X-form operands: frt = d->rt, frb = d->rb (fcpsgn/fmrg*: fra = d->ra).
 */
#include <math.h>

#include "fp-internal.h"

/* ---- moves: no FPSCR change ---- */

#define MOVE(name, expr) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        uint64_t b = FPR(d->rb); \
        ppc_set_fpr(cpu, d->rt, (expr)); \
        return fp_done(cpu, d); \
    }

MOVE(fmr, b)
MOVE(fneg, b ^ F64_SIGN)
MOVE(fabs, b & ~F64_SIGN)
MOVE(fnabs, b | F64_SIGN)
MOVE(fcpsgn, (b & ~F64_SIGN) | (FPR(d->ra) & F64_SIGN))
MOVE(fmrgew, (FPR(d->ra) & 0xffffffff00000000ULL) | (b >> 32))
MOVE(fmrgow, (FPR(d->ra) << 32) | (b & 0xffffffffULL))

const PpcInsn *insn_frsp(PpcCpu *cpu, const PpcInsn *d)
{
    return fp_arith(cpu, d, FPK_FRSP, FPR(d->rb), 0, 0, true);
}

/* ---- float to integer ---- */

typedef struct CvtSpec {
    double lo, hi;        /* representable range after rounding */
    uint64_t min, max;    /* saturated results */
    uint64_t nan;         /* result for a NaN operand */
    bool is_unsigned, is_word;
} CvtSpec;

static const CvtSpec cvt_w = { -2147483648.0, 2147483647.0,
    0xffffffff80000000ULL, 0x7fffffffULL, 0x80000000ULL, false, true };
static const CvtSpec cvt_wu = { 0.0, 4294967295.0,
    0, 0xffffffffULL, 0, true, true };
static const CvtSpec cvt_d = { -9223372036854775808.0, 9223372036854775807.0,
    0x8000000000000000ULL, 0x7fffffffffffffffULL, 0x8000000000000000ULL,
    false, false };
static const CvtSpec cvt_du = { 0.0, 18446744073709551615.0,
    0, 0xffffffffffffffffULL, 0, true, false };

static const CvtSpec *const cvt_specs[4] = { &cvt_w, &cvt_wu, &cvt_d,
                                             &cvt_du };

/* The bodies below are inlined into the FP rows' handlers (constant
 * kinds fold away, as before they took operand values); fp_to_int & co.
 * are the out-of-line copies the VSX rows call. */
#define FP_INLINE static inline __attribute__((always_inline))

FP_INLINE const PpcInsn *to_int(PpcCpu *cpu, const PpcInsn *d, uint64_t b,
                                int kind, bool truncate)
{
    const CvtSpec *s = cvt_specs[kind];
    unsigned rn = truncate ? 1 : fp_rn(cpu);
    uint64_t r;
    uint32_t vx = 0;

    if (f64_is_nan(b)) {
        vx = FP_VXCVI | (f64_is_snan(b) ? FP_VXSNAN : 0);
        r = s->nan;
    } else {
        unsigned hf;
        uint32_t sv = fp_host_enter(rn);
        double x = fp_d(b);
        double i = x;
        if (fabs(x) < 4503599627370496.0) {
            /* round to integer in the current mode: add and remove 2^52
             * (glibc's rint does not follow the SSE rounding mode) */
            double k = x < 0 ? -4503599627370496.0 : 4503599627370496.0;
            FP_BARRIER(x);
            FP_BARRIER(k);
            i = x + k;
            FP_BARRIER(i);
            i -= k;
        }
        hf = fp_host_leave(sv) & HF_INEXACT;
        /* FR: the rounding incremented the magnitude (ISA 3.0B 4.6.7,
         * Round Integer: FR <- inc) */
        if (hf && __builtin_fabs(i) > __builtin_fabs(x)) {
            hf |= HF_FR;
        }
        if (i < s->lo || (i > s->hi) ||
            (!s->is_word && i >= (s->is_unsigned ? 18446744073709551616.0
                                                 : 9223372036854775808.0))) {
            vx = FP_VXCVI;
            r = i < s->lo ? s->min : s->max;
        } else {
            if (s->is_unsigned) {
                r = (uint64_t)i;
            } else {
                r = (uint64_t)(int64_t)i;
            }
            if (s->is_word && !s->is_unsigned) {
                r = (uint64_t)(int64_t)(int32_t)r;
            }
            /* FPRF is undefined; QEMU leaves it, as do we */
            return fp_commit(cpu, d, r, hf, false);
        }
    }
    if (fp_invalid(cpu, vx)) {
        return fp_enabled_stop(cpu, d);
    }
    fp_set_target(cpu, d, r);
    cpu->arch.fpscr = (cpu->arch.fpscr & ~(FP_FPRF | FP_FI | FP_FR)) |
                      FPRF_QNAN;
    return fp_done(cpu, d);
}

const PpcInsn *insn_fctiw(PpcCpu *cpu, const PpcInsn *d) { return to_int(cpu, d, FPR(d->rb), FP_CVT_W, false); }
const PpcInsn *insn_fctiwz(PpcCpu *cpu, const PpcInsn *d) { return to_int(cpu, d, FPR(d->rb), FP_CVT_W, true); }
const PpcInsn *insn_fctiwu(PpcCpu *cpu, const PpcInsn *d) { return to_int(cpu, d, FPR(d->rb), FP_CVT_WU, false); }
const PpcInsn *insn_fctiwuz(PpcCpu *cpu, const PpcInsn *d) { return to_int(cpu, d, FPR(d->rb), FP_CVT_WU, true); }
const PpcInsn *insn_fctid(PpcCpu *cpu, const PpcInsn *d) { return to_int(cpu, d, FPR(d->rb), FP_CVT_D, false); }
const PpcInsn *insn_fctidz(PpcCpu *cpu, const PpcInsn *d) { return to_int(cpu, d, FPR(d->rb), FP_CVT_D, true); }
const PpcInsn *insn_fctidu(PpcCpu *cpu, const PpcInsn *d) { return to_int(cpu, d, FPR(d->rb), FP_CVT_DU, false); }
const PpcInsn *insn_fctiduz(PpcCpu *cpu, const PpcInsn *d) { return to_int(cpu, d, FPR(d->rb), FP_CVT_DU, true); }

/* ---- integer to float ---- */

/* FR of the conversion of integer b to x, inexact: |x| > |b|. */
static unsigned int_fr(uint64_t b, bool is_unsigned, double x)
{
    if (is_unsigned || (int64_t)b >= 0) {
        return x >= 18446744073709551616.0 || (uint64_t)x > b ? HF_FR : 0;
    }
    /* b < 0: x lies in [-2^63, 0] */
    return (int64_t)x < (int64_t)b ? HF_FR : 0;
}

/* QEMU 7.2 sets FPRF for fcfid only, not for fcfidu/fcfids/fcfidus. */
FP_INLINE const PpcInsn *from_int(PpcCpu *cpu, const PpcInsn *d, uint64_t b,
                                  bool is_unsigned, bool single, bool set_fprf)
{
    if (!single && fp_rn(cpu) == 0) {
        /* Common case, round to nearest (the host's mode outside
         * fp_host_enter): convert directly and detect inexactness by
         * converting back, without touching the host's FP state. */
        double x;
        bool exact;
        if (is_unsigned) {
            x = (double)b;
            exact = x < 18446744073709551616.0 && (uint64_t)x == b;
        } else {
            x = (double)(int64_t)b;
            exact = x < 9223372036854775808.0 && (int64_t)x == (int64_t)b;
        }
        unsigned hf = exact ? 0 : HF_INEXACT | int_fr(b, is_unsigned, x);
        return fp_commit(cpu, d, fp_u(x), hf, set_fprf);
    }
    uint32_t sv = fp_host_enter(fp_rn(cpu));
    uint64_t r;
    __asm__ volatile("" : "+r"(b));
    if (single) {
        float f = is_unsigned ? (float)b : (float)(int64_t)b;
        __asm__ volatile("" : "+m"(f));
        r = fp_u((double)f);
    } else {
        double x = is_unsigned ? (double)b : (double)(int64_t)b;
        FP_BARRIER(x);
        r = fp_u(x);
    }
    unsigned hf = fp_host_leave(sv) & HF_INEXACT;
    if (hf) {
        hf |= int_fr(b, is_unsigned, fp_d(r));
    }
    return fp_commit(cpu, d, r, hf, set_fprf);
}

const PpcInsn *insn_fcfid(PpcCpu *cpu, const PpcInsn *d) { return from_int(cpu, d, FPR(d->rb), false, false, true); }
const PpcInsn *insn_fcfidu(PpcCpu *cpu, const PpcInsn *d) { return from_int(cpu, d, FPR(d->rb), true, false, false); }
const PpcInsn *insn_fcfids(PpcCpu *cpu, const PpcInsn *d) { return from_int(cpu, d, FPR(d->rb), false, true, false); }
const PpcInsn *insn_fcfidus(PpcCpu *cpu, const PpcInsn *d) { return from_int(cpu, d, FPR(d->rb), true, true, false); }

/* ---- round to integral value: no XX, FI cleared ---- */

FP_INLINE const PpcInsn *round_integral(PpcCpu *cpu, const PpcInsn *d,
                                        uint64_t b, int how)
{
    uint64_t r;
    unsigned hf = 0;
    if (f64_is_nan(b)) {
        r = b | F64_QBIT;
        if (f64_is_snan(b) && fp_invalid(cpu, FP_VXSNAN)) {
            return fp_enabled_stop(cpu, d);
        }
    } else {
        double x = fp_d(b);
        switch (how) {
        case 0: x = __builtin_round(x); break;
        case 1: x = __builtin_trunc(x); break;
        case 2: x = __builtin_ceil(x); break;
        case 3: x = __builtin_floor(x); break;
        default: {   /* FPSCR[RN], inexact reported */
            double i = x;
            if (__builtin_fabs(x) < 4503599627370496.0) {
                double k = x < 0 ? -4503599627370496.0 : 4503599627370496.0;
                uint32_t sv = fp_host_enter(fp_rn(cpu));
                FP_BARRIER(x);
                FP_BARRIER(k);
                i = x + k;
                FP_BARRIER(i);
                i -= k;
                FP_BARRIER(i);
                hf = fp_host_leave(sv) & HF_INEXACT;
                if (i == 0) {
                    i = copysign(0.0, x);
                }
                if (hf && __builtin_fabs(i) > __builtin_fabs(x)) {
                    hf |= HF_FR;
                }
            }
            x = i;
            break;
        }
        }
        r = fp_u(x);
    }
    return fp_commit(cpu, d, r, hf, true);
}

const PpcInsn *insn_frin(PpcCpu *cpu, const PpcInsn *d) { return round_integral(cpu, d, FPR(d->rb), 0); }
const PpcInsn *insn_friz(PpcCpu *cpu, const PpcInsn *d) { return round_integral(cpu, d, FPR(d->rb), 1); }
const PpcInsn *insn_frip(PpcCpu *cpu, const PpcInsn *d) { return round_integral(cpu, d, FPR(d->rb), 2); }
const PpcInsn *insn_frim(PpcCpu *cpu, const PpcInsn *d) { return round_integral(cpu, d, FPR(d->rb), 3); }

/* ---- out-of-line copies for the VSX scalar rows ---- */

const PpcInsn *fp_to_int(PpcCpu *cpu, const PpcInsn *d, uint64_t b, int kind,
                         bool truncate)
{
    return to_int(cpu, d, b, kind, truncate);
}

const PpcInsn *fp_from_int(PpcCpu *cpu, const PpcInsn *d, uint64_t b,
                           bool is_unsigned, bool single, bool set_fprf)
{
    return from_int(cpu, d, b, is_unsigned, single, set_fprf);
}

const PpcInsn *fp_round_integral(PpcCpu *cpu, const PpcInsn *d, uint64_t b,
                                 int how)
{
    return round_integral(cpu, d, b, how);
}
