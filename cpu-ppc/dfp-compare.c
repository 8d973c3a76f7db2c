/* SPDX-License-Identifier: MIT */
/*
 * DFP compare and test instructions (Power ISA 3.0 Book I 5.6.2, 5.6.3):
 * dcmpu, dcmpo, dtstdc, dtstdg, dtstex, dtstsf, dtstsfi (ISA 3.0) and the
 * decimal128 forms.
 * Each sets CR field BF (bits 6-8) and FPSCR[FPCC] to a 4-bit code
 * (8 less / negative, 4 greater, 2 equal / match, 1 unordered).
 * dtstsf compares the reference significance k (FRA bits 58-63, one FPR
 * even for dtstsfq; dtstsfi takes it from UIM) with FRB's count of significant digits: 8 when
 * k < count, 4 when k > count or k = 0, 2 when equal.
 */
#include "dfp-internal.h"

/* Set CR field BF and FPCC to c; an enabled exception raised with them
 * (interrupt true) ends in the program interrupt. */
static const PpcInsn *set_cc(PpcCpu *cpu, const PpcInsn *d, unsigned c,
                             bool interrupt)
{
    ppc_set_crf(cpu, d->rt >> 2, c);
    cpu->arch.fpscr = (cpu->arch.fpscr & ~FP_FPCC) | c << FP_FPRF_SHIFT;
    return interrupt ? fp_raise(cpu, d) : d + 1;
}

/* Compare magnitudes of finite a and b: <0, 0, >0. */
static int mag_cmp(const DecNum *a, const DecNum *b)
{
    if (!a->n || !b->n) {
        return (a->n != 0) - (b->n != 0);
    }
    int adj_a = a->exp + (int)a->n - 1, adj_b = b->exp + (int)b->n - 1;
    if (adj_a != adj_b) {
        return adj_a < adj_b ? -1 : 1;
    }
    unsigned len = a->n > b->n ? a->n : b->n;
    for (unsigned i = 0; i < len; i++) {
        unsigned da = i < a->n ? a->dig[a->n - 1 - i] : 0;
        unsigned db = i < b->n ? b->dig[b->n - 1 - i] : 0;
        if (da != db) {
            return da < db ? -1 : 1;
        }
    }
    return 0;
}

/* -1, 0, 1: the sign of a finite x (0 for zeros of either sign). */
static int finite_sign(const DecNum *x)
{
    return !x->n ? 0 : x->neg ? -1 : 1;
}

/* Ordered compare code of non-NaN a, b: infinities outrank every finite
 * value of their sign, zeros compare equal whatever their signs. */
static unsigned order_code(const DecNum *a, const DecNum *b)
{
    int rank_a = a->cls == DEC_INF ? (a->neg ? -1 : 1) : 0;
    int rank_b = b->cls == DEC_INF ? (b->neg ? -1 : 1) : 0;
    int c;
    if (rank_a != rank_b || rank_a != 0) {
        c = rank_a - rank_b;
    } else if (finite_sign(a) != finite_sign(b)) {
        c = finite_sign(a) - finite_sign(b);
    } else {
        c = finite_sign(a) * mag_cmp(a, b);
    }
    return c < 0 ? 8 : c > 0 ? 4 : 2;
}

static const PpcInsn *do_compare(PpcCpu *cpu, const PpcInsn *d, bool ordered)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum a, b;
    dfp_load(cpu, f, d->ra, &a);
    dfp_load(cpu, f, d->rb, &b);
    uint32_t exc = 0;
    if (dec_is_nan(&a) || dec_is_nan(&b)) {
        bool snan = a.cls == DEC_SNAN || b.cls == DEC_SNAN;
        if (snan) {
            exc |= FP_VXSNAN;
        }
        if (ordered && (!snan || !(cpu->arch.fpscr & FP_VE))) {
            exc |= FP_VXVC;
        }
        return set_cc(cpu, d, 1, dfp_record(cpu, exc));
    }
    return set_cc(cpu, d, order_code(&a, &b), false);
}

const PpcInsn *insn_dcmpu(PpcCpu *cpu, const PpcInsn *d)
{
    return do_compare(cpu, d, false);
}

const PpcInsn *insn_dcmpo(PpcCpu *cpu, const PpcInsn *d)
{
    return do_compare(cpu, d, true);
}

/* Data class bits of DCM (bit 0 = 0x20 ... bit 5 = 0x01). */
static unsigned data_class(const DfpFormat *f, const DecNum *x)
{
    switch (x->cls) {
    case DEC_INF:
        return 0x04;
    case DEC_QNAN:
        return 0x02;
    case DEC_SNAN:
        return 0x01;
    default:
        if (!x->n) {
            return 0x20;
        }
        return x->exp + (int)x->n - 1 < f->emin ? 0x10 : 0x08;
    }
}

const PpcInsn *insn_dtstdc(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum a;
    dfp_load(cpu, f, d->ra, &a);
    unsigned dcm = (d->raw >> 10) & 0x3f;
    bool match = (data_class(f, &a) & dcm) != 0;
    return set_cc(cpu, d, (a.neg ? 8 : 0) | (match ? 2 : 0), false);
}

/* Data group bits of DGM (bit 0 = 0x20 ... bit 5 = 0x01). */
static unsigned data_group(const DfpFormat *f, const DecNum *x)
{
    if (x->cls != DEC_FINITE) {
        return 0x01;
    }
    int biased = x->exp + f->bias;
    int biased_max = (3 << f->ebits) - 1;
    bool extreme = biased == 0 || biased == biased_max;
    if (!x->n) {
        return extreme ? 0x10 : 0x20;
    }
    if (x->exp + (int)x->n - 1 < f->emin || extreme) {
        return 0x08;
    }
    return x->n == f->digits ? 0x02 : 0x04;
}

const PpcInsn *insn_dtstdg(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum a;
    dfp_load(cpu, f, d->ra, &a);
    unsigned dgm = (d->raw >> 10) & 0x3f;
    bool match = (data_group(f, &a) & dgm) != 0;
    return set_cc(cpu, d, (a.neg ? 8 : 0) | (match ? 2 : 0), false);
}

const PpcInsn *insn_dtstex(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum a, b;
    dfp_load(cpu, f, d->ra, &a);
    dfp_load(cpu, f, d->rb, &b);
    unsigned c;
    if (a.cls == DEC_FINITE && b.cls == DEC_FINITE) {
        c = a.exp < b.exp ? 8 : a.exp > b.exp ? 4 : 2;
    } else if ((a.cls == DEC_INF && b.cls == DEC_INF) ||
               (dec_is_nan(&a) && dec_is_nan(&b))) {
        c = 2;
    } else {
        c = 1;
    }
    return set_cc(cpu, d, c, false);
}

/* The code of significance test k against FRB. */
static const PpcInsn *test_significance(PpcCpu *cpu, const PpcInsn *d,
                                        unsigned k)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum b;
    dfp_load(cpu, f, d->rb, &b);
    unsigned c;
    if (b.cls != DEC_FINITE) {
        c = 1;
    } else if (k == 0 || k > b.n) {     /* a zero has no significant digit */
        c = 4;
    } else {
        c = k < b.n ? 8 : 2;
    }
    return set_cc(cpu, d, c, false);
}

const PpcInsn *insn_dtstsf(PpcCpu *cpu, const PpcInsn *d)
{
    return test_significance(cpu, d, FPR(d->ra) & 0x3f);
}

/* dtstsfi(q) (ISA 3.0): k is UIM, bits 10-15 of the word. */
const PpcInsn *insn_dtstsfi(PpcCpu *cpu, const PpcInsn *d)
{
    return test_significance(cpu, d, (d->raw >> 16) & 0x3f);
}

const PpcInsn *insn_dtstsfiq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dtstsfi(cpu, d);
}

/* The decimal128 forms: the same code, dfp_fmt picks the format. */
const PpcInsn *insn_dcmpuq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dcmpu(cpu, d);
}

const PpcInsn *insn_dcmpoq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dcmpo(cpu, d);
}

const PpcInsn *insn_dtstdcq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dtstdc(cpu, d);
}

const PpcInsn *insn_dtstdgq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dtstdg(cpu, d);
}

const PpcInsn *insn_dtstexq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dtstex(cpu, d);
}

const PpcInsn *insn_dtstsfq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dtstsf(cpu, d);
}
