/* SPDX-License-Identifier: MIT */
/*
 * DFP arithmetic (Power ISA 3.0 Book I 5.6.1): dadd, dsub, dmul, ddiv and
 * their decimal128 forms (primary 63, operands in FPR pairs). Exact
 * results take the ideal exponent (the smaller operand exponent for add
 * and subtract, the sum for multiply, the difference for divide) as far
 * as the precision allows; inexact ones are rounded by dec_round in the
 * FPSCR[DRN] mode. X-form: FRT = d->rt, FRA = d->ra, FRB = d->rb.
 */
#include "dfp-internal.h"

/* Compare coefficient magnitudes: <0, 0, >0. */
static int coef_cmp(const DecNum *a, const DecNum *b)
{
    if (a->n != b->n) {
        return a->n < b->n ? -1 : 1;
    }
    for (unsigned i = a->n; i-- > 0;) {
        if (a->dig[i] != b->dig[i]) {
            return a->dig[i] < b->dig[i] ? -1 : 1;
        }
    }
    return 0;
}

/* r = a + b (digit-wise, r may alias a). */
static void coef_add(DecNum *r, const DecNum *a, const DecNum *b)
{
    unsigned carry = 0;
    for (unsigned i = 0; i < DEC_MAXDIG; i++) {
        unsigned s = a->dig[i] + b->dig[i] + carry;
        r->dig[i] = (uint8_t)(s % 10);
        carry = s / 10;
    }
    dec_normalize(r);
}

/* r = a - b with a >= b in magnitude (r may alias a). */
static void coef_sub(DecNum *r, const DecNum *a, const DecNum *b)
{
    int borrow = 0;
    for (unsigned i = 0; i < DEC_MAXDIG; i++) {
        int s = a->dig[i] - b->dig[i] - borrow;
        borrow = s < 0;
        r->dig[i] = (uint8_t)(s < 0 ? s + 10 : s);
    }
    dec_normalize(r);
}

/* The sign of an exact zero sum of opposite-signed operands. */
static bool zero_sum_sign(unsigned mode)
{
    return mode == DRN_TOWARD_NINF;
}

/* Exact (up to a sticky replacement) sum of finite a and b into *r. */
static void add_finite(DecNum *r, DecNum a, DecNum b, const DfpFormat *f,
                       unsigned mode)
{
    DecNum *big = a.exp >= b.exp ? &a : &b, *small = big == &a ? &b : &a;
    bool sub = a.neg != b.neg;
    if (big->n && small->n) {
        int msd_big = big->exp + (int)big->n - 1;
        int msd_small = small->exp + (int)small->n - 1;
        if (msd_small < msd_big - (int)f->digits - 1) {
            /* too small to reach the round digit: only a sticky 1 */
            bool neg = small->neg;
            dec_set_zero(small, neg, msd_big - (int)f->digits - 2);
            small->dig[0] = 1;
            small->n = 1;
        }
    }
    unsigned diff = (unsigned)(big->exp - small->exp);
    if (!small->n) {
        /* x + 0: x at the exponent nearest the zero's that fits */
        unsigned room = f->digits > big->n ? f->digits - big->n : 0;
        unsigned k = big->n ? (diff < room ? diff : room) : diff;
        if (big->n) {
            dec_shift_left(big, k);
        }
        big->exp -= (int)k;
        if (!big->n && sub) {
            big->neg = zero_sum_sign(mode);
        }
        *r = *big;
        return;
    }
    dec_shift_left(big, diff);
    big->exp = small->exp;
    if (!sub) {
        coef_add(r, big, small);
        r->neg = a.neg;
    } else {
        int c = coef_cmp(big, small);
        const DecNum *hi = c >= 0 ? big : small, *lo = c >= 0 ? small : big;
        coef_sub(r, hi, lo);
        r->neg = c == 0 ? zero_sum_sign(mode) : hi->neg;
    }
    r->cls = DEC_FINITE;
    r->exp = small->exp;
    r->raw = 0;
}

static const PpcInsn *do_add(PpcCpu *cpu, const PpcInsn *d, bool subtract)
{
    const DfpFormat *f = dfp_fmt(d);
    unsigned mode = dfp_drn(cpu);
    DecNum a, b, r;
    uint32_t exc = 0;
    dfp_load(cpu, f, d->ra, &a);
    dfp_load(cpu, f, d->rb, &b);
    if (!dec_nan_result(&r, &a, &b, f, &exc)) {
        b.neg ^= subtract;
        if (a.cls == DEC_INF && b.cls == DEC_INF && a.neg != b.neg) {
            exc |= FP_VXISI;
            dec_set_qnan(&r);
        } else if (a.cls == DEC_INF || b.cls == DEC_INF) {
            dec_set_inf(&r, a.cls == DEC_INF ? a.neg : b.neg);
        } else {
            add_finite(&r, a, b, f, mode);
            exc |= dec_round_arith(&r, f, mode, false, cpu->arch.fpscr);
        }
    }
    return dfp_commit(cpu, d, f, &r, exc, true);
}

const PpcInsn *insn_dadd(PpcCpu *cpu, const PpcInsn *d)
{
    return do_add(cpu, d, false);
}

const PpcInsn *insn_dsub(PpcCpu *cpu, const PpcInsn *d)
{
    return do_add(cpu, d, true);
}

/* Coefficient product (at most 2 * 34 digits). */
static void coef_mul(DecNum *r, const DecNum *a, const DecNum *b)
{
    unsigned acc[DEC_MAXDIG] = { 0 };
    for (unsigned i = 0; i < a->n; i++) {
        for (unsigned j = 0; j < b->n; j++) {
            acc[i + j] += (unsigned)a->dig[i] * b->dig[j];
        }
    }
    unsigned carry = 0;
    for (unsigned i = 0; i < DEC_MAXDIG; i++) {
        unsigned s = acc[i] + carry;
        r->dig[i] = (uint8_t)(s % 10);
        carry = s / 10;
    }
    dec_normalize(r);
}

const PpcInsn *insn_dmul(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum a, b, r;
    uint32_t exc = 0;
    dfp_load(cpu, f, d->ra, &a);
    dfp_load(cpu, f, d->rb, &b);
    if (!dec_nan_result(&r, &a, &b, f, &exc)) {
        bool neg = a.neg != b.neg;
        bool a_zero = a.cls == DEC_FINITE && !a.n;
        bool b_zero = b.cls == DEC_FINITE && !b.n;
        if ((a.cls == DEC_INF && b_zero) || (b.cls == DEC_INF && a_zero)) {
            exc |= FP_VXIMZ;
            dec_set_qnan(&r);
        } else if (a.cls == DEC_INF || b.cls == DEC_INF) {
            dec_set_inf(&r, neg);
        } else {
            dec_set_zero(&r, neg, a.exp + b.exp);
            coef_mul(&r, &a, &b);
            exc |= dec_round_arith(&r, f, dfp_drn(cpu), false,
                                   cpu->arch.fpscr);
        }
    }
    return dfp_commit(cpu, d, f, &r, exc, true);
}

/* q = a / b for finite nonzero b: at least digits + 1 quotient digits,
 * then trailing zeros of an exact quotient go back to the ideal
 * exponent. Returns the sticky (nonzero remainder). */
static bool divide_finite(DecNum *q, const DecNum *a, const DecNum *b,
                          const DfpFormat *f)
{
    int ideal = a->exp - b->exp;
    dec_set_zero(q, a->neg != b->neg, ideal);
    if (!a->n) {
        return false;
    }
    unsigned k = f->digits + 1 + b->n > a->n ? f->digits + 1 + b->n - a->n
                                             : 0;
    dfp_u128 divisor = dec_get_u128(b), rem = 0;
    unsigned total = a->n + k;
    uint8_t qd[DEC_MAXDIG] = { 0 };
    for (unsigned i = total; i-- > 0;) {
        unsigned next = i >= k ? a->dig[i - k] : 0;
        rem = rem * 10 + next;
        unsigned digit = 0;
        while (rem >= divisor) {
            rem -= divisor;
            digit++;
        }
        qd[i] = (uint8_t)digit;
    }
    memcpy(q->dig, qd, sizeof(qd));
    dec_normalize(q);
    q->exp = ideal - (int)k;
    if (rem) {
        return true;
    }
    while (q->exp < ideal && q->n && q->dig[0] == 0) {
        memmove(q->dig, q->dig + 1, DEC_MAXDIG - 1);
        q->dig[DEC_MAXDIG - 1] = 0;
        q->n--;
        q->exp++;
    }
    return false;
}

const PpcInsn *insn_ddiv(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum a, b, r;
    uint32_t exc = 0;
    dfp_load(cpu, f, d->ra, &a);
    dfp_load(cpu, f, d->rb, &b);
    if (!dec_nan_result(&r, &a, &b, f, &exc)) {
        bool neg = a.neg != b.neg;
        bool a_zero = a.cls == DEC_FINITE && !a.n;
        bool b_zero = b.cls == DEC_FINITE && !b.n;
        if (a.cls == DEC_INF && b.cls == DEC_INF) {
            exc |= FP_VXIDI;
            dec_set_qnan(&r);
        } else if (a_zero && b_zero) {
            exc |= FP_VXZDZ;
            dec_set_qnan(&r);
        } else if (a.cls == DEC_INF) {
            dec_set_inf(&r, neg);
        } else if (b.cls == DEC_INF) {
            dec_set_zero(&r, neg, -f->bias);
        } else if (b_zero) {
            exc |= FP_ZX;
            dec_set_inf(&r, neg);
        } else {
            bool sticky = divide_finite(&r, &a, &b, f);
            exc |= dec_round_arith(&r, f, dfp_drn(cpu), sticky,
                                   cpu->arch.fpscr);
        }
    }
    return dfp_commit(cpu, d, f, &r, exc, true);
}

/* The decimal128 forms: the same code, dfp_fmt picks the format. */
const PpcInsn *insn_daddq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dadd(cpu, d);
}

const PpcInsn *insn_dsubq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dsub(cpu, d);
}

const PpcInsn *insn_dmulq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dmul(cpu, d);
}

const PpcInsn *insn_ddivq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_ddiv(cpu, d);
}
