/* SPDX-License-Identifier: MIT */
/*
 * VSX scalar sign operations, maximum/minimum, compares and data-class
 * tests (Power ISA 3.0B Book I 7.6): xsabsdp .. xscpsgndp,
 * xsmax/min[cj]dp, xscmp[uo]dp, xscmpexpdp, xscmp{eq,gt,ge}dp,
 * xstdivdp, xstsqrtdp, xststdc[ds]p. Operands are doubleword 0 of VSRs;
 * compares write CR field BF (d->rt >> 2) and FPSCR[FPCC].
 */
#include "fp-internal.h"
#include "vsx-scalar.h"

/* ---- sign: no FPSCR change ---- */

#define XSIGN(name, expr) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        uint64_t b = vsx_dw0(cpu, d->rb); \
        vsx_set_dw0(cpu, d->rt, (expr)); \
        return d + 1; \
    }

XSIGN(xsabsdp, b & ~F64_SIGN)
XSIGN(xsnabsdp, b | F64_SIGN)
XSIGN(xsnegdp, b ^ F64_SIGN)
XSIGN(xscpsgndp, (b & ~F64_SIGN) | (vsx_dw0(cpu, d->ra) & F64_SIGN))

/* Commit result r after invalid-operation causes vx (0 for none): an
 * enabled invalid operation leaves XT unchanged (ISA 3.0B 7.4.1). */
static const PpcInsn *commit_plain(PpcCpu *cpu, const PpcInsn *d,
                                   uint64_t r, uint32_t vx)
{
    if (vx && fp_invalid(cpu, vx)) {
        return fp_enabled_stop(cpu, d);
    }
    vsx_set_dw0(cpu, d->rt, r);
    return d + 1;
}

/* a < b for non-NaN doubles, -0 < +0 */
static bool less_signed_zero(uint64_t a, uint64_t b)
{
    if (f64_is_zero(a) && f64_is_zero(b)) {
        return (a >> 63) && !(b >> 63);
    }
    return fp_d(a) < fp_d(b);
}

/* xsmaxdp / xsmindp: IEEE maxNum/minNum (a QNaN loses to a number, an
 * SNaN operand gives its quieted self), -0 < +0. */
static const PpcInsn *maxmin(PpcCpu *cpu, const PpcInsn *d, bool max)
{
    uint64_t a = vsx_dw0(cpu, d->ra), b = vsx_dw0(cpu, d->rb), r;
    uint32_t vx = f64_is_snan(a) || f64_is_snan(b) ? FP_VXSNAN : 0;
    if (f64_is_snan(a)) {
        r = a | F64_QBIT;
    } else if (f64_is_snan(b)) {
        r = b | F64_QBIT;
    } else if (f64_is_nan(a)) {
        r = f64_is_nan(b) ? a : b;
    } else if (f64_is_nan(b)) {
        r = a;
    } else {
        r = less_signed_zero(a, b) == max ? b : a;
    }
    return commit_plain(cpu, d, r, vx);
}

const PpcInsn *insn_xsmaxdp(PpcCpu *cpu, const PpcInsn *d) { return maxmin(cpu, d, true); }
const PpcInsn *insn_xsmindp(PpcCpu *cpu, const PpcInsn *d) { return maxmin(cpu, d, false); }

/* xsmaxcdp / xsmincdp: C's a > b ? a : b (a < b ? a : b); a NaN operand
 * or equal values give XB. */
static const PpcInsn *maxmin_c(PpcCpu *cpu, const PpcInsn *d, bool max)
{
    uint64_t a = vsx_dw0(cpu, d->ra), b = vsx_dw0(cpu, d->rb), r;
    uint32_t vx = f64_is_snan(a) || f64_is_snan(b) ? FP_VXSNAN : 0;
    if (f64_is_nan(a) || f64_is_nan(b)) {
        r = b;
    } else {
        double x = fp_d(a), y = fp_d(b);
        r = (max ? x > y : x < y) ? a : b;
    }
    return commit_plain(cpu, d, r, vx);
}

const PpcInsn *insn_xsmaxcdp(PpcCpu *cpu, const PpcInsn *d) { return maxmin_c(cpu, d, true); }
const PpcInsn *insn_xsmincdp(PpcCpu *cpu, const PpcInsn *d) { return maxmin_c(cpu, d, false); }

/* xsmaxjdp / xsminjdp: Java's Math.max/min: a NaN operand (A first) is
 * the result unchanged, -0 < +0. */
static const PpcInsn *maxmin_j(PpcCpu *cpu, const PpcInsn *d, bool max)
{
    uint64_t a = vsx_dw0(cpu, d->ra), b = vsx_dw0(cpu, d->rb), r;
    uint32_t vx = f64_is_snan(a) || f64_is_snan(b) ? FP_VXSNAN : 0;
    if (f64_is_nan(a)) {
        r = a;
    } else if (f64_is_nan(b)) {
        r = b;
    } else {
        r = less_signed_zero(a, b) == max ? b : a;
    }
    return commit_plain(cpu, d, r, vx);
}

const PpcInsn *insn_xsmaxjdp(PpcCpu *cpu, const PpcInsn *d) { return maxmin_j(cpu, d, true); }
const PpcInsn *insn_xsminjdp(PpcCpu *cpu, const PpcInsn *d) { return maxmin_j(cpu, d, false); }

/* ---- compares ---- */

const PpcInsn *insn_xscmpudp(PpcCpu *cpu, const PpcInsn *d)
{
    return fp_compare(cpu, d, vsx_dw0(cpu, d->ra), vsx_dw0(cpu, d->rb),
                      false, (d->rt >> 2) & 7);
}

/* As fcmpo, but FPRF[C] is left alone (only FPCC is written; farad's
 * fcmpo also sets C for an unordered result, as QEMU 7.2 does), and an
 * SNaN operand sets VXVC only while VE=0 (ISA 3.0B xscmpodp; fcmpo in
 * QEMU 7.2, and farad, set it whatever VE says): with VE=1 an SNaN
 * compare is the unordered one. */
const PpcInsn *vsx_compare_commit(PpcCpu *cpu, const PpcInsn *d,
                                  unsigned c, bool snan, bool ordered)
{
    ordered = ordered && !(snan && (cpu->arch.fpscr & FP_VE));
    uint32_t c_bit = cpu->arch.fpscr & (FP_FPRF & ~FP_FPCC);
    const PpcInsn *next = fp_compare_class(cpu, d, c, snan, ordered,
                                           (d->rt >> 2) & 7);
    cpu->arch.fpscr = (cpu->arch.fpscr & ~(FP_FPRF & ~FP_FPCC)) | c_bit;
    return next;
}

const PpcInsn *insn_xscmpodp(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = vsx_dw0(cpu, d->ra), b = vsx_dw0(cpu, d->rb);
    unsigned c = 1;
    if (!f64_is_nan(a) && !f64_is_nan(b)) {
        double x = fp_d(a), y = fp_d(b);
        c = x < y ? 8 : x > y ? 4 : 2;
    }
    return vsx_compare_commit(cpu, d, c, f64_is_snan(a) || f64_is_snan(b),
                              true);
}

void vsx_set_crf_fpcc(PpcCpu *cpu, const PpcInsn *d, unsigned c)
{
    ppc_set_crf(cpu, (d->rt >> 2) & 7, c);
    cpu->arch.fpscr = (cpu->arch.fpscr & ~FP_FPCC) | (c << FP_FPRF_SHIFT);
}

/* Compare the exponent fields; unordered if either is a NaN. */
const PpcInsn *insn_xscmpexpdp(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = vsx_dw0(cpu, d->ra), b = vsx_dw0(cpu, d->rb);
    unsigned c;
    if (f64_is_nan(a) || f64_is_nan(b)) {
        c = 1;
    } else {
        unsigned ea = (a >> 52) & 0x7ff, eb = (b >> 52) & 0x7ff;
        c = ea < eb ? 8 : ea > eb ? 4 : 2;
    }
    vsx_set_crf_fpcc(cpu, d, c);
    return d + 1;
}

/* xscmp{eq,gt,ge}dp: all-ones / zero mask in doubleword 0. SNaN gives
 * VXSNAN; for gt/ge any NaN also gives VXVC (unless VXSNAN is enabled,
 * ISA 3.0B xscmpgtdp). */
static const PpcInsn *cmp_mask(PpcCpu *cpu, const PpcInsn *d, int kind)
{
    uint64_t a = vsx_dw0(cpu, d->ra), b = vsx_dw0(cpu, d->rb);
    bool t = false;
    uint32_t vx = 0;
    if (f64_is_nan(a) || f64_is_nan(b)) {
        if (f64_is_snan(a) || f64_is_snan(b)) {
            vx = FP_VXSNAN;
        }
        if (kind != 0 && !(vx && (cpu->arch.fpscr & FP_VE))) {
            vx |= FP_VXVC;
        }
    } else {
        double x = fp_d(a), y = fp_d(b);
        t = kind == 0 ? x == y : kind == 1 ? x > y : x >= y;
    }
    return commit_plain(cpu, d, t ? ~0ULL : 0, vx);
}

const PpcInsn *insn_xscmpeqdp(PpcCpu *cpu, const PpcInsn *d) { return cmp_mask(cpu, d, 0); }
const PpcInsn *insn_xscmpgtdp(PpcCpu *cpu, const PpcInsn *d) { return cmp_mask(cpu, d, 1); }
const PpcInsn *insn_xscmpgedp(PpcCpu *cpu, const PpcInsn *d) { return cmp_mask(cpu, d, 2); }

const PpcInsn *insn_xstdivdp(PpcCpu *cpu, const PpcInsn *d)
{
    ppc_set_crf(cpu, (d->rt >> 2) & 7,
                fp_tdiv_crf(vsx_dw0(cpu, d->ra), vsx_dw0(cpu, d->rb)));
    return d + 1;
}

const PpcInsn *insn_xstsqrtdp(PpcCpu *cpu, const PpcInsn *d)
{
    ppc_set_crf(cpu, (d->rt >> 2) & 7, fp_tsqrt_crf(vsx_dw0(cpu, d->rb)));
    return d + 1;
}

/* ---- data class ---- */

/* DCMX bits (ISA 3.0B 7.6, Test Data Class). */
enum { DC_NAN = 0x40, DC_PINF = 0x20, DC_NINF = 0x10, DC_PZERO = 0x08,
       DC_NZERO = 0x04, DC_PDEN = 0x02, DC_NDEN = 0x01 };

unsigned vsx_data_class(bool neg, bool nan, bool inf, bool zero, bool den)
{
    if (nan) {
        return DC_NAN;
    }
    if (inf) {
        return neg ? DC_NINF : DC_PINF;
    }
    if (zero) {
        return neg ? DC_NZERO : DC_PZERO;
    }
    if (den) {
        return neg ? DC_NDEN : DC_PDEN;
    }
    return 0;
}

/* CR field BF and FPCC <- sign || 0 || match || fu */
void vsx_test_class(PpcCpu *cpu, const PpcInsn *d, bool neg,
                    unsigned cls, bool fu)
{
    unsigned dcmx = (d->raw >> 16) & 0x7f;
    vsx_set_crf_fpcc(cpu, d, (neg ? 8 : 0) | ((cls & dcmx) ? 2 : 0) | fu);
}

/* xststdcsp tests the value as a single: a denormal is nonzero below
 * the single-precision minimum, and bit 3 (FU) says the value is not a
 * single-precision value (DOUBLE(SINGLE(x)) != x). */
static const PpcInsn *tstdc(PpcCpu *cpu, const PpcInsn *d, bool single)
{
    uint64_t b = vsx_dw0(cpu, d->rb);
    uint64_t m = b & ~F64_SIGN;
    bool den = single ? m != 0 && m < 0x3810000000000000ULL
                      : m != 0 && m < F64_MINNORM;
    bool not_sp = single &&
                  fp_single_to_double(fp_double_to_single(b)) != b;
    vsx_test_class(cpu, d, b >> 63,
                   vsx_data_class(b >> 63, f64_is_nan(b), f64_is_inf(b),
                                  m == 0, den), not_sp);
    return d + 1;
}

const PpcInsn *insn_xststdcdp(PpcCpu *cpu, const PpcInsn *d) { return tstdc(cpu, d, false); }
const PpcInsn *insn_xststdcsp(PpcCpu *cpu, const PpcInsn *d) { return tstdc(cpu, d, true); }
