/* SPDX-License-Identifier: MIT */
/*
 * DFP quantum adjustment (Power ISA 3.0 Book I 5.6.4): dquai, dqua,
 * drrnd, drintx, drintn and their decimal128 forms. Z23-form: FRT =
 * d->rt, FRB = d->rb, FRA / TE = d->ra; the rounding mode comes from RMC
 * (and R for the round-to-integer forms), see dfp_rmc_mode.
 */
#include "dfp-internal.h"

/* x (finite) re-expressed with exponent te: rounded when te is larger,
 * padded with zeros when smaller. A coefficient that no longer fits the
 * precision is an invalid operation (VXCVI, default QNaN). */
static uint32_t quantize_finite(DecNum *x, int te, const DfpFormat *f,
                                unsigned mode)
{
    uint32_t exc = 0;
    if (te > x->exp) {
        exc = dec_round_to_exp(x, te, mode);
    } else if (te < x->exp) {
        unsigned k = (unsigned)(x->exp - te);
        if (x->n && x->n + k > f->digits) {
            dec_set_qnan(x);
            return FP_VXCVI;
        }
        dec_shift_left(x, k);
        x->exp = te;
    }
    if (x->n > f->digits) {
        dec_set_qnan(x);
        return FP_VXCVI;
    }
    return exc;
}

/* Quantize b to the exponent of reference a (finite or infinite); NaNs
 * were handled by the caller. */
static uint32_t quantize(DecNum *r, const DecNum *a, const DecNum *b,
                         const DfpFormat *f, unsigned mode)
{
    if (a->cls == DEC_INF || b->cls == DEC_INF) {
        if (a->cls == DEC_INF && b->cls == DEC_INF) {
            dec_set_inf(r, b->neg);
            return 0;
        }
        dec_set_qnan(r);
        return FP_VXCVI;
    }
    *r = *b;
    return quantize_finite(r, a->exp, f, mode);
}

const PpcInsn *insn_dqua(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum a, b, r;
    uint32_t exc = 0;
    dfp_load(cpu, f, d->ra, &a);
    dfp_load(cpu, f, d->rb, &b);
    if (!dec_nan_result(&r, &a, &b, f, &exc)) {
        exc |= quantize(&r, &a, &b, f, dfp_rmc_mode(cpu, d, false));
    }
    return dfp_commit(cpu, d, f, &r, exc, true);
}

const PpcInsn *insn_dquai(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum a, b, r;
    uint32_t exc = 0;
    int te = (int)(d->ra ^ 0x10) - 0x10;   /* TE: 5-bit signed */
    dec_set_zero(&a, false, te);
    dfp_load(cpu, f, d->rb, &b);
    if (!dec_nan_result(&r, &b, NULL, f, &exc)) {
        exc |= quantize(&r, &a, &b, f, dfp_rmc_mode(cpu, d, false));
    }
    return dfp_commit(cpu, d, f, &r, exc, true);
}

/* drrnd: round FRB to k = FRA bits 58-63 significant digits (k = 0 or a
 * shorter coefficient: unchanged); an exponent past qmax is invalid. */
const PpcInsn *insn_drrnd(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum r;
    uint32_t exc = 0;
    unsigned k = FPR(d->ra) & 0x3f;
    dfp_load(cpu, f, d->rb, &r);
    if (!dec_nan_result(&r, &r, NULL, f, &exc) && r.cls == DEC_FINITE &&
        k && r.n > k) {
        unsigned mode = dfp_rmc_mode(cpu, d, false);
        exc |= dec_round_to_exp(&r, r.exp + (int)(r.n - k), mode);
        if (r.n > k) {   /* 99..9 rounded up to 10..0: one digit more */
            exc |= dec_round_to_exp(&r, r.exp + 1, mode);
        }
        if (r.exp > f->qmax) {
            dec_set_qnan(&r);
            exc = FP_VXCVI;
        }
    }
    return dfp_commit(cpu, d, f, &r, exc, true);
}

/* Round to an integer value (exponent 0 unless already larger). */
static const PpcInsn *round_integer(PpcCpu *cpu, const PpcInsn *d,
                                    bool signal_inexact)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum r;
    uint32_t exc = 0;
    dfp_load(cpu, f, d->rb, &r);
    if (!dec_nan_result(&r, &r, NULL, f, &exc) && r.cls == DEC_FINITE) {
        exc |= dec_round_to_exp(&r, 0, dfp_rmc_mode(cpu, d, true));
        if (!signal_inexact) {
            exc &= ~(FP_XX | FP_FR);
        }
    }
    return dfp_commit(cpu, d, f, &r, exc, true);
}

const PpcInsn *insn_drintx(PpcCpu *cpu, const PpcInsn *d)
{
    return round_integer(cpu, d, true);
}

const PpcInsn *insn_drintn(PpcCpu *cpu, const PpcInsn *d)
{
    return round_integer(cpu, d, false);
}

/* The decimal128 forms: the same code, dfp_fmt picks the format. */
const PpcInsn *insn_dquaq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dqua(cpu, d);
}

const PpcInsn *insn_dquaiq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dquai(cpu, d);
}

const PpcInsn *insn_drrndq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_drrnd(cpu, d);
}

const PpcInsn *insn_drintxq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_drintx(cpu, d);
}

const PpcInsn *insn_drintnq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_drintn(cpu, d);
}
