/* SPDX-License-Identifier: MIT */
/*
 * DFP rounding (Power ISA 3.0 Book I 5.5.2, 5.5.10): the eight rounding
 * modes of FPSCR[DRN] (and the RMC field of the quantize and round-to-
 * integer instructions), rounding an exact result to a format's
 * precision and exponent range, overflow, underflow and clamping.
 */
#include "dfp-internal.h"

/* Whether dropping digits (round digit `rd`, nonzero rest `rest`) from a
 * coefficient whose kept last digit is `last` increments its magnitude. */
static bool round_up(unsigned mode, bool neg, unsigned last, unsigned rd,
                     bool rest)
{
    bool inexact = rd || rest;
    switch (mode) {
    case DRN_NEAREST_EVEN:
        return rd > 5 || (rd == 5 && (rest || (last & 1)));
    case DRN_TOWARD_ZERO:
        return false;
    case DRN_TOWARD_PINF:
        return inexact && !neg;
    case DRN_TOWARD_NINF:
        return inexact && neg;
    case DRN_NEAREST_AWAY:
        return rd >= 5;
    case DRN_NEAREST_TOWARD_ZERO:
        return rd > 5 || (rd == 5 && rest);
    case DRN_AWAY:
        return inexact;
    default:  /* prepare for shorter: a truncated 0 or 5 becomes 1 or 6 */
        return inexact && (last == 0 || last == 5);
    }
}

/* What dropping digits did. */
enum {
    DROP_INEXACT = 1,    /* a nonzero digit (or the sticky) was dropped */
    DROP_INCREMENT = 2,  /* the kept coefficient was incremented */
};

/* Drop the k lowest digits of x's coefficient (k >= 1, any size),
 * rounding in mode; the exponent grows by k. Returns DROP_* bits. */
static unsigned drop_digits(DecNum *x, int64_t k, unsigned mode, bool sticky)
{
    bool rest = sticky;
    unsigned rd = 0;
    if (k > DEC_MAXDIG) {
        rest |= x->n != 0;
    } else {
        for (unsigned i = 0; i + 1 < k; i++) {
            rest |= x->dig[i] != 0;
        }
        rd = x->dig[k - 1];
    }
    unsigned keep = k >= DEC_MAXDIG ? 0 : DEC_MAXDIG - (unsigned)k;
    if (keep) {
        memmove(x->dig, x->dig + k, keep);
    }
    memset(x->dig + keep, 0, DEC_MAXDIG - keep);
    x->exp = (int)(x->exp + k);
    unsigned r = rd || rest ? DROP_INEXACT : 0;
    if (round_up(mode, x->neg, x->dig[0], rd, rest)) {
        r |= DROP_INCREMENT;
        for (unsigned i = 0; i < DEC_MAXDIG; i++) {
            if (++x->dig[i] < 10) {
                break;
            }
            x->dig[i] = 0;
        }
    }
    dec_normalize(x);
    return r;
}

/* FPSCR bits of what dropping digits did. */
static uint32_t drop_exc(unsigned dropped)
{
    return (dropped & DROP_INEXACT ? FP_XX : 0) |
           (dropped & DROP_INCREMENT ? FP_FR : 0);
}

uint32_t dec_round_to_exp(DecNum *x, int exp, unsigned mode)
{
    if (exp <= x->exp) {
        return 0;
    }
    return drop_exc(drop_digits(x, (int64_t)exp - x->exp, mode, false));
}

/* The overflow result: infinity, or the largest finite magnitude when
 * the mode rounds toward zero for this sign. */
static void overflow_result(DecNum *x, const DfpFormat *f, unsigned mode)
{
    bool to_max;
    switch (mode) {
    case DRN_TOWARD_ZERO:
    case DRN_PREPARE_SHORTER:
        to_max = true;
        break;
    case DRN_TOWARD_PINF:
        to_max = x->neg;
        break;
    case DRN_TOWARD_NINF:
        to_max = !x->neg;
        break;
    default:
        to_max = false;
        break;
    }
    bool neg = x->neg;
    if (!to_max) {
        dec_set_inf(x, neg);
        return;
    }
    dec_set_zero(x, neg, f->qmax);
    memset(x->dig, 9, f->digits);
    x->n = f->digits;
}

uint32_t dec_round(DecNum *x, const DfpFormat *f, unsigned mode,
                   bool sticky)
{
    int etiny = -f->bias;
    bool tiny = (x->n || sticky) &&
                x->exp + (int)x->n - 1 < f->emin;
    int64_t drop = 0;
    if (x->n > f->digits) {
        drop = x->n - f->digits;
    }
    if ((int64_t)x->exp + drop < etiny) {
        drop = (int64_t)etiny - x->exp;
    }
    unsigned dropped = sticky ? DROP_INEXACT : 0;
    if (drop > 0) {
        dropped = drop_digits(x, drop, mode, sticky);
        if (x->n > f->digits) {        /* 99..9 rounded up to 10..0 */
            drop_digits(x, 1, mode, false);
        }
    }
    uint32_t exc = dropped & DROP_INEXACT ? FP_XX : 0;
    if (x->n && x->exp + (int)x->n - 1 > f->qmax + (int)f->digits - 1) {
        overflow_result(x, f, mode);
        return FP_OX | FP_XX;
    }
    if (dropped & DROP_INCREMENT) {
        exc |= FP_FR;
    }
    if (x->exp > f->qmax) {
        /* clamp: the coefficient takes the excess exponent as zeros */
        unsigned pad = (unsigned)(x->exp - f->qmax);
        dec_shift_left(x, x->n ? pad : 0);
        x->exp = f->qmax;
    }
    if (tiny && (exc & FP_XX)) {
        exc |= FP_UX;
    }
    return exc;
}

uint32_t dec_round_arith(DecNum *x, const DfpFormat *f, unsigned mode,
                         bool sticky, uint32_t fpscr)
{
    /* alpha: three quarters of the exponent range (576, 9216), as the
     * binary formats' 1536 */
    int alpha = (3 << f->ebits) * 3 / 4;
    bool tiny = x->n && x->exp + (int)x->n - 1 < f->emin;
    if (tiny && (fpscr & FP_UE)) {
        x->exp += alpha;
        return dec_round(x, f, mode, sticky) | FP_UX;
    }
    if (fpscr & FP_OE) {
        DecNum trial = *x;
        if (dec_round(&trial, f, mode, sticky) & FP_OX) {
            x->exp -= alpha;
            return dec_round(x, f, mode, sticky) | FP_OX;
        }
    }
    return dec_round(x, f, mode, sticky);
}

unsigned dfp_rmc_mode(const PpcCpu *cpu, const PpcInsn *d, bool use_r)
{
    static const uint8_t r0[4] = {
        DRN_NEAREST_EVEN, DRN_TOWARD_ZERO, DRN_NEAREST_AWAY, 0xff,
    };
    static const uint8_t r1[4] = {
        DRN_TOWARD_PINF, DRN_TOWARD_NINF, DRN_AWAY,
        DRN_NEAREST_TOWARD_ZERO,
    };
    unsigned rmc = (d->raw >> 9) & 3, r = use_r && ((d->raw >> 16) & 1);
    if (r) {
        return r1[rmc];
    }
    return rmc == 3 ? dfp_drn(cpu) : r0[rmc];
}
