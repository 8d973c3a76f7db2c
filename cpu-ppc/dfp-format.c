/* SPDX-License-Identifier: MIT */
/*
 * The DFP storage formats (Power ISA 3.0 Book I 5.3): decimal64 in one
 * FPR, decimal128 in an even/odd FPR pair; sign, 5-bit combination field
 * (exponent's two high bits and the leftmost digit, or infinity / NaN),
 * exponent continuation and DPD-encoded trailing digits. Unpacking into a
 * DecNum and back, register access, FPRF class codes.
 */
#include "dfp-internal.h"

const DfpFormat dfp_short = {
    .width = 32, .digits = 7, .ebits = 6, .bias = 101, .qmax = 90,
    .emin = -95,
};

const DfpFormat dfp_long = {
    .width = 64, .digits = 16, .ebits = 8, .bias = 398, .qmax = 369,
    .emin = -383,
};

const DfpFormat dfp_extended = {
    .width = 128, .digits = 34, .ebits = 12, .bias = 6176, .qmax = 6111,
    .emin = -6143,
};

#define COMB_INF 0x1e
#define COMB_NAN 0x1f

static unsigned trailing_bits(const DfpFormat *f)
{
    return f->width - 6 - f->ebits;
}

dfp_u128 dfp_trailing_mask(const DfpFormat *f)
{
    return ((dfp_u128)1 << trailing_bits(f)) - 1;
}

void dec_normalize(DecNum *x)
{
    unsigned n = DEC_MAXDIG;
    while (n > 0 && x->dig[n - 1] == 0) {
        n--;
    }
    x->n = n;
}

static void dec_clear(DecNum *x, DecClass cls, bool neg)
{
    memset(x, 0, sizeof(*x));
    x->cls = cls;
    x->neg = neg;
}

/* The trailing significand field's declets -> dig[0 .. 3 * declets). */
static void unpack_trailing(const DfpFormat *f, dfp_u128 raw, DecNum *x)
{
    for (unsigned i = 0; i < trailing_bits(f) / 10; i++) {
        unsigned v = dpd_declet_to_bin((unsigned)(raw >> (10 * i)) & 0x3ff);
        x->dig[3 * i] = v % 10;
        x->dig[3 * i + 1] = v / 10 % 10;
        x->dig[3 * i + 2] = v / 100;
    }
}

/* dig[0 .. 3 * declets) -> the trailing significand field. */
static dfp_u128 pack_trailing(const DfpFormat *f, const DecNum *x)
{
    dfp_u128 r = 0;
    for (unsigned i = 0; i < trailing_bits(f) / 10; i++) {
        unsigned v = x->dig[3 * i + 2] * 100 + x->dig[3 * i + 1] * 10 +
                     x->dig[3 * i];
        r |= (dfp_u128)dpd_bin_to_declet(v) << (10 * i);
    }
    return r;
}

void dfp_unpack(const DfpFormat *f, dfp_u128 raw, DecNum *x)
{
    unsigned w = f->width, tbits = trailing_bits(f);
    unsigned comb = (unsigned)(raw >> (w - 6)) & 0x1f;
    dec_clear(x, DEC_FINITE, (raw >> (w - 1)) & 1);
    x->raw = raw;
    unpack_trailing(f, raw, x);
    if (comb == COMB_INF || comb == COMB_NAN) {
        x->cls = comb == COMB_INF ? DEC_INF
                 : (raw >> (w - 7)) & 1 ? DEC_SNAN : DEC_QNAN;
        dec_normalize(x);
        return;
    }
    unsigned econt = (unsigned)(raw >> tbits) & ((1u << f->ebits) - 1);
    unsigned emsb, lmd;
    if ((comb >> 3) == 3) {
        emsb = (comb >> 1) & 3;
        lmd = 8 + (comb & 1);
    } else {
        emsb = comb >> 3;
        lmd = comb & 7;
    }
    x->exp = (int)(emsb << f->ebits | econt) - f->bias;
    x->dig[f->digits - 1] = (uint8_t)lmd;
    dec_normalize(x);
}

dfp_u128 dfp_pack_special(const DfpFormat *f, const DecNum *x)
{
    unsigned w = f->width;
    dfp_u128 r = (dfp_u128)x->neg << (w - 1) | pack_trailing(f, x);
    if (x->cls == DEC_INF) {
        return r | (dfp_u128)COMB_INF << (w - 6);
    }
    r |= (dfp_u128)COMB_NAN << (w - 6);
    if (x->cls == DEC_SNAN) {
        r |= (dfp_u128)1 << (w - 7);
    }
    return r;
}

dfp_u128 dfp_pack(const DfpFormat *f, const DecNum *x)
{
    unsigned w = f->width, tbits = trailing_bits(f);
    switch (x->cls) {
    case DEC_INF:
        return (dfp_u128)x->neg << (w - 1) | (dfp_u128)COMB_INF << (w - 6);
    case DEC_QNAN:
    case DEC_SNAN:
        /* a NaN carries its operand's encoding; raw 0: the default QNaN */
        return x->raw ? x->raw : (dfp_u128)COMB_NAN << (w - 6);
    case DEC_FINITE:
        break;
    }
    unsigned e = (unsigned)(x->exp + f->bias), lmd = x->dig[f->digits - 1];
    unsigned emsb = e >> f->ebits;
    unsigned comb = lmd >= 8 ? 0x18 | emsb << 1 | (lmd & 1) : emsb << 3 | lmd;
    return (dfp_u128)x->neg << (w - 1) | (dfp_u128)comb << (w - 6) |
           (dfp_u128)(e & ((1u << f->ebits) - 1)) << tbits |
           pack_trailing(f, x);
}

dfp_u128 dfp_read(PpcCpu *cpu, const DfpFormat *f, unsigned r)
{
    if (f->width == 32) {
        return (uint32_t)FPR(r);
    }
    if (f->width == 64) {
        return FPR(r);
    }
    return (dfp_u128)FPR(r & 30) << 64 | FPR((r & 30) + 1);
}

void dfp_write(PpcCpu *cpu, const DfpFormat *f, unsigned r, dfp_u128 v)
{
    if (f->width <= 64) {
        ppc_set_fpr(cpu, r, (uint64_t)v);   /* decimal32: bits 32-63, high word 0 */
    } else {
        ppc_set_fpr(cpu, r & 30, (uint64_t)(v >> 64));
        ppc_set_fpr(cpu, (r & 30) + 1, (uint64_t)v);
    }
}

void dfp_load(PpcCpu *cpu, const DfpFormat *f, unsigned r, DecNum *x)
{
    dfp_unpack(f, dfp_read(cpu, f, r), x);
}

uint32_t dfp_fprf(const DfpFormat *f, const DecNum *x)
{
    unsigned c;
    switch (x->cls) {
    case DEC_QNAN:
        c = 0x11;
        break;
    case DEC_SNAN:      /* undefined by the ISA; QEMU 7.2's code */
        c = 0x01;
        break;
    case DEC_INF:
        c = x->neg ? 0x09 : 0x05;
        break;
    default:
        if (x->n == 0) {
            c = x->neg ? 0x12 : 0x02;
        } else if (x->exp + (int)x->n - 1 < f->emin) {
            c = x->neg ? 0x18 : 0x14;
        } else {
            c = x->neg ? 0x08 : 0x04;
        }
        break;
    }
    return c << FP_FPRF_SHIFT;
}

void dec_set_qnan(DecNum *x)
{
    dec_clear(x, DEC_QNAN, false);   /* raw 0: dfp_pack's default QNaN */
}

void dec_set_inf(DecNum *x, bool neg)
{
    dec_clear(x, DEC_INF, neg);
}

void dec_set_zero(DecNum *x, bool neg, int exp)
{
    dec_clear(x, DEC_FINITE, neg);
    x->exp = exp;
}

void dec_set_u128(DecNum *x, dfp_u128 v)
{
    memset(x->dig, 0, sizeof(x->dig));
    for (unsigned i = 0; v; i++) {
        x->dig[i] = (uint8_t)(v % 10);
        v /= 10;
    }
    dec_normalize(x);
}

dfp_u128 dec_get_u128(const DecNum *x)
{
    dfp_u128 v = 0;
    for (unsigned i = x->n; i-- > 0;) {
        v = v * 10 + x->dig[i];
    }
    return v;
}

void dec_shift_left(DecNum *x, unsigned k)
{
    if (k == 0 || x->n == 0) {
        return;
    }
    memmove(x->dig + k, x->dig, x->n);
    memset(x->dig, 0, k);
    x->n += k;
}
