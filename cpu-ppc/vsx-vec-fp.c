/* SPDX-License-Identifier: MIT */
/*
 * VSX vector floating-point arithmetic (Power ISA 3.0B Book I 7.6):
 * xv{add,sub,mul,div,sqrt}{dp,sp}, the fused multiply-add family, the
 * reciprocal and reciprocal-square-root estimates, and the xvtdiv /
 * xvtsqrt software-divide tests.
 *
 * Each element is computed by the host in the guest's rounding mode.
 * NaN operands and invalid operations share fp_special_result with the
 * scalar code. Tininess is detected before rounding, as the ISA asks:
 * from the value rounded toward zero. Single-precision elements are
 * computed in double with round-to-odd (round toward zero plus a sticky
 * bit), so the final rounding to single is the only one.
 * xvnmadd/xvnmsub negate the rounded sum, as the ISA's pseudocode does.
 * The estimates are correctly rounded 1/x and 1/sqrt(x) (the latter as
 * a rounded square root then a rounded reciprocal, in the element's
 * precision): QEMU 7.2's values, well within the ISA's 1/2^14 bound.
 */
#include "vsx-vec-fp.h"

/* Set the exception bits exc (with FX, VX, FEX); returns true when one
 * of them is enabled. */
static bool vsx_fp_record(PpcCpu *cpu, uint32_t exc)
{
    if (!exc) {
        return false;
    }
    uint32_t f = cpu->arch.fpscr | exc | FP_FX;
    cpu->arch.fpscr = f;
    fp_update_summary(cpu);
    /* OX UX ZX XX sit 22 bits above their enables OE UE ZE XE */
    return ((exc & FP_VX_ALL) && (f & FP_VE)) ||
           ((exc >> 22) & f & (FP_OE | FP_UE | FP_ZE | FP_XE));
}

const PpcInsn *vsx_fp_commit(PpcCpu *cpu, const PpcInsn *d, PpcVec r,
                             uint32_t exc)
{
    if (vsx_fp_record(cpu, exc)) {
        if (fp_exc_mode(cpu)) {
            return fp_raise(cpu, d);
        }
        return d + 1;
    }
    ppc_vsr_set(cpu, d->rt, r);
    return d + 1;
}

/* Host value of op in rounding mode rn (0..3), flags into *hf. */
static double host_round(FpOpKind op, uint64_t a, uint64_t b, uint64_t c,
                         unsigned rn, unsigned *hf)
{
    double da = fp_d(a), db = fp_d(b), dc = fp_d(c);
    uint32_t s = fp_host_enter(rn);
    FP_BARRIER(da);
    FP_BARRIER(db);
    FP_BARRIER(dc);
    double x = fp_host_op(op, da, db, dc);
    FP_BARRIER(x);
    *hf = fp_host_leave(s);
    return x;
}

/* The smallest normal magnitude of the element format. */
static inline uint64_t min_normal(bool dp)
{
    return dp ? F64_MINNORM : 0x3810000000000000ULL;
}

/*
 * One element of op: the result (a double bit pattrn, single-rounded
 * when !dp) and in *exc the FPSCR exception bits it raises under the
 * FPSCR value fpscr (its RN and UE).
 */
static uint64_t elt_op(FpOpKind op, uint64_t a, uint64_t b, uint64_t c,
                       bool dp, uint32_t fpscr, uint32_t *exc)
{
    uint64_t r;
    uint32_t vx;
    if (fp_special_result(op, a, b, c, !dp, &r, &vx)) {
        *exc = vx;
        return r;
    }
    unsigned rn = fpscr & FP_RN;
    /* xvnmadd/xvnmsub: the sum is rounded, then negated (ISA 3.0B 7.6:
     * bfp_NEGATE(bfp_ROUND_TO_BFP64(v)); QEMU 7.2 rounds the negated
     * sum, which differs in the directed modes) */
    bool negated = op == FPK_NMADD || op == FPK_NMSUB;
    unsigned hz, hf;
    uint64_t rz = fp_u(host_round(op, a, b, c, 1, &hz));
    if (dp) {
        r = fp_u(host_round(op, a, b, c, rn, &hf));
    } else {
        uint64_t odd = rz | ((hz & HF_INEXACT) ? 1 : 0);
        unsigned h2;
        r = vsx_host_to_single(odd, rn, &h2);
        hf = (hz & (HF_DIVZERO | HF_INEXACT)) |
             (h2 & (HF_OVERFLOW | HF_INEXACT));
        if ((rz & ~F64_SIGN) == 0 && !(hz & HF_INEXACT)) {
            /* an exact zero: its sign depends on the rounding mode */
            r = fp_u(host_round(op, a, b, c, rn, &h2));
        }
    }
    bool inexact = hf & HF_INEXACT;
    uint64_t mz = rz & ~F64_SIGN;
    bool tiny = mz < min_normal(dp) && (mz != 0 || (hz & HF_INEXACT));
    if (((hf & HF_OVERFLOW) && (fpscr & FP_OE)) ||
        (tiny && (fpscr & FP_UE))) {
        /* enabled overflow / underflow: XX describes the rounding of
         * the exponent-adjusted result (ISA 3.0B 4.4.3, 4.4.4) */
        if (dp) {
            unsigned ha;
            fp_adjusted_double(op, fp_d(a), fp_d(b), fp_d(c), rn,
                               tiny ? 1536 : -1536, &ha);
            inexact = ha & HF_INEXACT;
        } else {
            /* the round-to-odd double keeps the value's inexactness
             * below single's last bit */
            inexact = (rz & 0x1fffffffULL) || (hz & HF_INEXACT);
        }
    }
    uint32_t e = 0;
    if (hf & HF_DIVZERO) {
        e |= FP_ZX;
    }
    if (hf & HF_OVERFLOW) {
        e |= FP_OX;
    }
    if (tiny && (inexact || (fpscr & FP_UE))) {
        e |= FP_UX;
    }
    if (inexact) {
        e |= FP_XX;
    }
    *exc = e;
    if (negated) {
        r ^= F64_SIGN;
    }
    return r;
}

/* Single-precision reciprocal square root estimate: the square root
 * rounded to single, then its reciprocal rounded to single. */
static uint64_t elt_rsqrte_sp(uint64_t b, uint32_t fpscr, uint32_t *exc)
{
    uint32_t e1, e2 = 0;
    uint64_t s = elt_op(FPK_SQRT, b, 0, 0, false, fpscr, &e1);
    if (f64_is_nan(s)) {
        *exc = e1;
        return s;
    }
    uint64_t r = elt_op(FPK_RE, s, 0, 0, false, fpscr, &e2);
    *exc = e1 | e2;
    return r;
}

/*
 * Run op on every element: a from VSR ia, b (addend / second operand)
 * from VSR ib, c (second multiplicand) from VSR ic, and commit.
 */
static const PpcInsn *vsx_arith(PpcCpu *cpu, const PpcInsn *d, FpOpKind op,
                                unsigned ia, unsigned ib, unsigned ic,
                                bool dp)
{
    PpcVec va = ppc_vsr_get(cpu, ia), vb = ppc_vsr_get(cpu, ib);
    PpcVec vc = ppc_vsr_get(cpu, ic), r = { { 0, 0 } };
    uint32_t fpscr = cpu->arch.fpscr, exc = 0;
    for (unsigned i = 0; i < vsx_n(dp); i++) {
        uint32_t e;
        uint64_t a = vsx_elt(va, i, dp), b = vsx_elt(vb, i, dp);
        uint64_t c = vsx_elt(vc, i, dp), x;
        if (op == FPK_RSQRTE && !dp) {
            x = elt_rsqrte_sp(a, fpscr, &e);
        } else {
            x = elt_op(op, a, b, c, dp, fpscr, &e);
        }
        vsx_set_elt(&r, i, dp, x);
        exc |= e;
    }
    return vsx_fp_commit(cpu, d, r, exc);
}

#define VSX_BINARY(name, op, dp) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return vsx_arith(cpu, d, op, d->ra, d->rb, d->rb, dp); \
    }
#define VSX_UNARY(name, op, dp) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return vsx_arith(cpu, d, op, d->rb, d->rb, d->rb, dp); \
    }
/* 'a' forms: XT = XA * XB + XT; 'm' forms: XT = XA * XT + XB */
#define VSX_FMA(aname, mname, op, dp) \
    const PpcInsn *insn_##aname(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return vsx_arith(cpu, d, op, d->ra, d->rt, d->rb, dp); \
    } \
    const PpcInsn *insn_##mname(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return vsx_arith(cpu, d, op, d->ra, d->rb, d->rt, dp); \
    }

VSX_BINARY(xvadddp, FPK_ADD, true)
VSX_BINARY(xvaddsp, FPK_ADD, false)
VSX_BINARY(xvsubdp, FPK_SUB, true)
VSX_BINARY(xvsubsp, FPK_SUB, false)
VSX_BINARY(xvmuldp, FPK_MUL, true)
VSX_BINARY(xvmulsp, FPK_MUL, false)
VSX_BINARY(xvdivdp, FPK_DIV, true)
VSX_BINARY(xvdivsp, FPK_DIV, false)
VSX_UNARY(xvsqrtdp, FPK_SQRT, true)
VSX_UNARY(xvsqrtsp, FPK_SQRT, false)
VSX_UNARY(xvredp, FPK_RE, true)
VSX_UNARY(xvresp, FPK_RE, false)
VSX_UNARY(xvrsqrtedp, FPK_RSQRTE, true)
VSX_UNARY(xvrsqrtesp, FPK_RSQRTE, false)
VSX_FMA(xvmaddadp, xvmaddmdp, FPK_MADD, true)
VSX_FMA(xvmaddasp, xvmaddmsp, FPK_MADD, false)
VSX_FMA(xvmsubadp, xvmsubmdp, FPK_MSUB, true)
VSX_FMA(xvmsubasp, xvmsubmsp, FPK_MSUB, false)
VSX_FMA(xvnmaddadp, xvnmaddmdp, FPK_NMADD, true)
VSX_FMA(xvnmaddasp, xvnmaddmsp, FPK_NMADD, false)
VSX_FMA(xvnmsubadp, xvnmsubmdp, FPK_NMSUB, true)
VSX_FMA(xvnmsubasp, xvnmsubmsp, FPK_NMSUB, false)

/* ---- xvtdiv / xvtsqrt: CR[BF] = 0b1 || fg || fe || 0b0 ---- */

/* Exponent limits of the tests (ISA 3.0B xvtdivdp, xvtsqrtdp): Emin,
 * Emax and the fraction width of the format. */
typedef struct TestFmt {
    int emin, emax, nbits;
} TestFmt;

static const TestFmt fmt_dp = { -1022, 1023, 52 };
static const TestFmt fmt_sp = { -126, 127, 23 };

/* Unbiased exponent of the element (a denormal gives Emin - 1). */
static int elt_exp(uint64_t x, bool dp)
{
    if (dp) {
        return (int)((x >> 52) & 0x7ff) - 1023;
    }
    return (int)((fp_double_to_single(x) >> 23) & 0xff) - 127;
}

static bool elt_denormal(uint64_t x, bool dp)
{
    uint64_t m = x & ~F64_SIGN;
    return m != 0 && m < min_normal(dp);
}

static void set_test_cr(PpcCpu *cpu, const PpcInsn *d, bool fg, bool fe)
{
    ppc_set_crf(cpu, (d->rt & 0x1f) >> 2, 0x8 | fg << 2 | fe << 1);
}

static const PpcInsn *vsx_tdiv(PpcCpu *cpu, const PpcInsn *d, bool dp)
{
    const TestFmt *f = dp ? &fmt_dp : &fmt_sp;
    PpcVec va = ppc_vsr_get(cpu, d->ra), vb = ppc_vsr_get(cpu, d->rb);
    bool fe = false, fg = false;
    for (unsigned i = 0; i < vsx_n(dp); i++) {
        uint64_t a = vsx_elt(va, i, dp), b = vsx_elt(vb, i, dp);
        if (f64_is_inf(a) || f64_is_inf(b)) {
            fe = fg = true;
        } else if (f64_is_nan(a) || f64_is_nan(b)) {
            fe = true;
        } else if (f64_is_zero(b)) {
            fe = fg = true;
        } else {
            int ea = elt_exp(a, dp), eb = elt_exp(b, dp);
            if (elt_denormal(b, dp)) {
                fg = true;
            }
            if (eb <= f->emin || eb >= f->emax - 2) {
                fe = true;
            }
            if (!f64_is_zero(a) &&
                (ea - eb >= f->emax || ea - eb <= f->emin + 1 ||
                 ea <= f->emin + f->nbits)) {
                fe = true;
            }
        }
    }
    set_test_cr(cpu, d, fg, fe);
    return d + 1;
}

static const PpcInsn *vsx_tsqrt(PpcCpu *cpu, const PpcInsn *d, bool dp)
{
    const TestFmt *f = dp ? &fmt_dp : &fmt_sp;
    PpcVec vb = ppc_vsr_get(cpu, d->rb);
    bool fe = false, fg = false;
    for (unsigned i = 0; i < vsx_n(dp); i++) {
        uint64_t b = vsx_elt(vb, i, dp);
        if (f64_is_inf(b) || f64_is_zero(b)) {
            fe = fg = true;
        } else if (f64_is_nan(b) || (b >> 63) ||
                   elt_exp(b, dp) <= f->emin + f->nbits) {
            fe = true;
        }
        if (elt_denormal(b, dp)) {
            fg = true;
        }
    }
    set_test_cr(cpu, d, fg, fe);
    return d + 1;
}

const PpcInsn *insn_xvtdivdp(PpcCpu *cpu, const PpcInsn *d)
{
    return vsx_tdiv(cpu, d, true);
}

const PpcInsn *insn_xvtdivsp(PpcCpu *cpu, const PpcInsn *d)
{
    return vsx_tdiv(cpu, d, false);
}

const PpcInsn *insn_xvtsqrtdp(PpcCpu *cpu, const PpcInsn *d)
{
    return vsx_tsqrt(cpu, d, true);
}

const PpcInsn *insn_xvtsqrtsp(PpcCpu *cpu, const PpcInsn *d)
{
    return vsx_tsqrt(cpu, d, false);
}
