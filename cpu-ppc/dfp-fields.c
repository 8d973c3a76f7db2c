/* SPDX-License-Identifier: MIT */
/*
 * DFP coefficient and exponent access (Power ISA 3.0 Book I 5.6.6):
 * ddedpd (coefficient digits to BCD), denbcd (BCD to a DFP integer),
 * dxex / diex (extract / insert the biased exponent), dscli / dscri
 * (shift the coefficient), and their decimal128 forms. X-form: FRT =
 * d->rt, FRA = d->ra, FRB = d->rb; Z22-form SH in bits 16-21.
 */
#include "dfp-internal.h"

/* The BCD digits a result field of `bits` holds: digits from dig[0] up,
 * or with a sign nibble (signed) in the low 4 bits. */
static dfp_u128 digits_to_bcd(const DecNum *x, unsigned bits, bool sign,
                              unsigned plus)
{
    dfp_u128 r = 0;
    unsigned ndig = bits / 4 - (sign ? 1 : 0);
    for (unsigned i = ndig; i-- > 0;) {
        r = r << 4 | x->dig[i];
    }
    if (sign) {
        r = r << 4 | (x->neg ? 0xd : plus);
    }
    return r;
}

/* ddedpd: SP (bits 11-12) 0/1 unsigned, 2 signed with C, 3 signed with
 * F for plus (D for minus). The digits of a NaN are its payload, those
 * of an infinity 0 (as QEMU 7.2). */
const PpcInsn *insn_ddedpd(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    unsigned sp = d->ra >> 3;
    DecNum x;
    dfp_load(cpu, f, d->rb, &x);
    if (x.cls == DEC_INF) {
        memset(x.dig, 0, sizeof(x.dig));
    }
    unsigned bits = f->width == 64 ? 64 : 128;
    dfp_write(cpu, f, d->rt,
              digits_to_bcd(&x, bits, sp >= 2, sp == 3 ? 0xf : 0xc));
    return fp_done(cpu, d);
}

/* denbcd: S (bit 11) 0 unsigned digits, 1 with a sign nibble (A C E F
 * plus, B D minus); a digit above 9 or a bad sign is VXCVI. The result
 * is an integer (exponent 0). */
const PpcInsn *insn_denbcd(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    bool sign = (d->ra >> 4) & 1;
    dfp_u128 v = dfp_read(cpu, f, d->rb);
    unsigned ndig = f->width / 4 - (sign ? 1 : 0);
    DecNum x;
    uint32_t exc = 0;
    dec_set_zero(&x, false, 0);
    if (sign) {
        unsigned s = (unsigned)v & 0xf;
        if (s < 0xa) {
            exc = FP_VXCVI;
        }
        x.neg = s == 0xb || s == 0xd;
        v >>= 4;
    }
    for (unsigned i = 0; i < ndig; i++) {
        unsigned digit = (unsigned)(v >> (4 * i)) & 0xf;
        if (digit > 9) {
            exc = FP_VXCVI;
        }
        x.dig[i] = (uint8_t)digit;
    }
    dec_normalize(&x);
    if (exc) {
        dec_set_qnan(&x);
    }
    return dfp_commit(cpu, d, f, &x, exc, true);
}

/* dxex: the biased exponent, or -1 / -2 / -3 for infinity, QNaN, SNaN. */
const PpcInsn *insn_dxex(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum x;
    dfp_load(cpu, f, d->rb, &x);
    int64_t e;
    switch (x.cls) {
    case DEC_INF:
        e = -1;
        break;
    case DEC_QNAN:
        e = -2;
        break;
    case DEC_SNAN:
        e = -3;
        break;
    default:
        e = x.exp + f->bias;
        break;
    }
    ppc_set_fpr(cpu, d->rt, (uint64_t)e);
    return fp_done(cpu, d);
}

/* diex: FRB's sign and coefficient with the biased exponent in FRA (one
 * FPR for both forms); -1, -2, -3 make an infinity, QNaN, SNaN and any
 * other out-of-range value a QNaN, which keep FRB's trailing field bit
 * for bit (a finite result is encoded with preferred declets), as QEMU
 * 7.2 does. */
const PpcInsn *insn_diex(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    int64_t e = (int64_t)FPR(d->ra);
    int64_t emax = (3 << f->ebits) - 1;
    dfp_u128 raw = dfp_read(cpu, f, d->rb);
    DecNum x;
    dfp_unpack(f, raw, &x);
    if (x.cls != DEC_FINITE) {
        x.dig[f->digits - 1] = 0;   /* a special has no leading digit */
        dec_normalize(&x);
    }
    if (e >= 0 && e <= emax) {
        x.cls = DEC_FINITE;
        x.exp = (int)e - f->bias;
        dfp_write(cpu, f, d->rt, dfp_pack(f, &x));
    } else {
        dfp_u128 t = dfp_trailing_mask(f);
        x.cls = e == -1 ? DEC_INF : e == -3 ? DEC_SNAN : DEC_QNAN;
        dfp_write(cpu, f, d->rt, (dfp_pack_special(f, &x) & ~t) | (raw & t));
    }
    return fp_done(cpu, d);
}

/* dscli / dscri: FRA's coefficient shifted SH digits within the
 * precision (digits shifted out are lost), exponent unchanged. As QEMU
 * 7.2: no exception for an SNaN; an infinity or NaN shifted by more
 * than the precision keeps its combination and exponent bits with a
 * trailing field of 0, else it is re-encoded (an infinity canonical, a
 * NaN with its payload shifted within the trailing field); FPRF
 * unchanged. */
static const PpcInsn *shift_coefficient(PpcCpu *cpu, const PpcInsn *d,
                                        bool left)
{
    const DfpFormat *f = dfp_fmt(d);
    unsigned sh = (d->raw >> 10) & 0x3f;
    dfp_u128 raw = dfp_read(cpu, f, d->ra);
    DecNum r;
    dfp_unpack(f, raw, &r);
    unsigned width = r.cls == DEC_FINITE ? f->digits : f->digits - 1;
    unsigned k = sh < width ? sh : width;
    if (left) {
        dec_shift_left(&r, k);
        memset(r.dig + width, 0, DEC_MAXDIG - width);
    } else {
        memmove(r.dig, r.dig + k, DEC_MAXDIG - k);
        memset(r.dig + DEC_MAXDIG - k, 0, k);
    }
    dec_normalize(&r);
    if (r.cls != DEC_FINITE && sh > f->digits) {
        /* the combination and exponent bits stay, the trailing field 0 */
        return dfp_commit_raw(cpu, d, f, raw & ~dfp_trailing_mask(f), 0);
    }
    if (r.cls != DEC_FINITE) {
        /* re-encoded: an infinity canonical, a NaN with its payload
         * shifted */
        return dfp_commit_raw(cpu, d, f, r.cls == DEC_INF
                              ? dfp_pack(f, &r) : dfp_pack_special(f, &r), 0);
    }
    return dfp_commit(cpu, d, f, &r, 0, false);
}

const PpcInsn *insn_dscli(PpcCpu *cpu, const PpcInsn *d)
{
    return shift_coefficient(cpu, d, true);
}

const PpcInsn *insn_dscri(PpcCpu *cpu, const PpcInsn *d)
{
    return shift_coefficient(cpu, d, false);
}

/* The decimal128 forms: the same code, dfp_fmt picks the format. */
const PpcInsn *insn_ddedpdq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_ddedpd(cpu, d);
}

const PpcInsn *insn_denbcdq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_denbcd(cpu, d);
}

const PpcInsn *insn_dxexq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dxex(cpu, d);
}

const PpcInsn *insn_diexq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_diex(cpu, d);
}

const PpcInsn *insn_dscliq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dscli(cpu, d);
}

const PpcInsn *insn_dscriq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dscri(cpu, d);
}
