/* SPDX-License-Identifier: MIT */
/*
 * Decimal integer (BCD) instructions on vector registers (Power ISA
 * 3.0B Book I chapter 6, Decimal Integer Instructions): add,
 * subtract, conversions from/to national, zoned and signed quadword,
 * sign copy/set, shifts and truncation. All are VX-form, always record
 * in CR field 6 (LT GT EQ, and SO = overflow or invalid operand) and
 * take PS (raw bit 0x200) to choose the plus sign code (0xC or 0xF).
 *
 * A signed decimal is 31 digits (nibbles 31..1 of the 128-bit value,
 * nibble 0 being the least significant) and a sign code in nibble 0:
 * 0xA 0xC 0xE 0xF plus, 0xB 0xD minus, anything else invalid. An
 * unsigned decimal is 32 digits. Invalid operands give CR6 = 0b0001
 * and an undefined VRT: farad writes what QEMU 7.2 writes there. Where
 * QEMU 7.2 contradicts the ISA (tests/insn/isa-deviations.h), farad
 * follows the ISA.
 *
 * bcdcfn., bcdctn., bcdcfz., bcdctz., bcdcfsq., bcdctsq. and
 * bcdsetsgn. share one xo (1409 / 1921 with PS) and are told apart by
 * the VRA field: one row, bcdcvt, dispatching on it.
 */
#include "insn.h"
#include "vec.h"

typedef unsigned __int128 u128;

#define BCD_MINUS 0xd
#define NATIONAL_PLUS 0x2b
#define NATIONAL_MINUS 0x2d

/* 10^31: the first magnitude that does not fit in 31 digits. */
#define BCD_LIMIT ((u128)1000000000000000ULL * 10000000000000000ULL)

static unsigned nibble(u128 q, unsigned i)
{
    return (unsigned)(q >> (4 * i)) & 0xf;
}

static u128 set_nibble(u128 q, unsigned i, unsigned v)
{
    return (q & ~((u128)0xf << (4 * i))) | (u128)(v & 0xf) << (4 * i);
}

/* +1 / -1 for a plus / minus sign code in nibble 0, 0 if invalid. */
static int bcd_sign(u128 q)
{
    switch (nibble(q, 0)) {
    case 0xa: case 0xc: case 0xe: case 0xf: return 1;
    case 0xb: case 0xd: return -1;
    default: return 0;
    }
}

/* Are nibbles first..last all decimal digits? */
static bool digits_ok(u128 q, unsigned first, unsigned last)
{
    for (unsigned i = first; i <= last; i++) {
        if (nibble(q, i) > 9) {
            return false;
        }
    }
    return true;
}

static bool signed_valid(u128 q)
{
    return bcd_sign(q) != 0 && digits_ok(q, 1, 31);
}

/* The binary value of the digits in nibbles 1..31 (each taken as is,
 * also when above 9). */
static u128 bcd_magnitude(u128 q)
{
    u128 m = 0;
    for (unsigned i = 31; i >= 1; i--) {
        m = m * 10 + nibble(q, i);
    }
    return m;
}

/* m (< 10^31) as digits in nibbles 1..31, nibble 0 = sign code. */
static u128 bcd_encode(u128 m, unsigned sign_code)
{
    u128 q = sign_code & 0xf;
    for (unsigned i = 1; i <= 31 && m; i++, m /= 10) {
        q |= (u128)(unsigned)(m % 10) << (4 * i);
    }
    return q;
}

static unsigned plus_code(bool ps)
{
    return ps ? 0xf : 0xc;
}

/* The preferred sign code for sign s (invalid counts as plus). */
static unsigned preferred_code(int s, bool ps)
{
    return s < 0 ? BCD_MINUS : plus_code(ps);
}

/* CR6 for a signed decimal result: EQ for a zero magnitude (either
 * sign), else GT / LT by its sign code (invalid codes count as minus,
 * as QEMU 7.2 does; they only reach here in its undefined cases). */
static uint32_t cr_of_signed(u128 q)
{
    if ((q >> 4) == 0) {
        return CR_EQ;
    }
    return bcd_sign(q) > 0 ? CR_GT : CR_LT;
}

static bool ps_bit(const PpcInsn *d)
{
    return (d->raw >> 9) & 1;
}

/* Write CR6 only (VRT kept, or written by the caller); return the next
 * record. */
static const PpcInsn *bcd_done_keep(PpcCpu *cpu, const PpcInsn *d,
                                    uint32_t cr6)
{
    ppc_set_crf(cpu, 6, cr6);
    return d + 1;
}

/* Write VRT and CR6; return the next record. */
static const PpcInsn *bcd_done(PpcCpu *cpu, const PpcInsn *d, u128 result,
                               uint32_t cr6)
{
    VR(d->rt) = vec_from_u128(result);
    return bcd_done_keep(cpu, d, cr6);
}

/* ---- add / subtract ---- */

/* VRA + (VRB, its sign inverted for subtract), modulo 10^31. A zero
 * unbounded result is +0 with CR6 = EQ (ISA; QEMU 7.2 keeps the
 * operands' sign and sets GT|EQ or LT|EQ when both have one sign). */
static const PpcInsn *bcd_add(PpcCpu *cpu, const PpcInsn *d, bool subtract)
{
    u128 a = vec_u128(VR(d->ra)), b = vec_u128(VR(d->rb));
    bool ps = ps_bit(d);
    if (!signed_valid(a) || !signed_valid(b)) {
        return bcd_done(cpu, d, ~(u128)0, CR_SO);
    }
    int sa = bcd_sign(a), sb = subtract ? -bcd_sign(b) : bcd_sign(b);
    u128 ma = bcd_magnitude(a), mb = bcd_magnitude(b), sum;
    int sign;
    if (sa == sb) {
        sum = ma + mb, sign = sa;
    } else if (ma >= mb) {
        sum = ma - mb, sign = sa;
    } else {
        sum = mb - ma, sign = sb;
    }
    if (sum == 0) {
        return bcd_done(cpu, d, plus_code(ps), CR_EQ);
    }
    bool ox = sum >= BCD_LIMIT;
    uint32_t cr = (sign > 0 ? CR_GT : CR_LT) | (ox ? CR_SO : 0);
    return bcd_done(cpu, d, bcd_encode(sum % BCD_LIMIT,
                                       preferred_code(sign, ps)), cr);
}

const PpcInsn *insn_bcdadd(PpcCpu *cpu, const PpcInsn *d)
{
    return bcd_add(cpu, d, false);
}

const PpcInsn *insn_bcdsub(PpcCpu *cpu, const PpcInsn *d)
{
    return bcd_add(cpu, d, true);
}

/* ---- conversions (bcdcvt's sub-operations) ---- */

/* National decimal: halfwords 0..6 are the characters '0'..'9' (0x30 +
 * digit) of digits 7..1, halfword 7 the sign '+' or '-'. VRT on an
 * invalid operand: the digits converted before the first invalid
 * character (from the right) and the sign (QEMU 7.2). */
static const PpcInsn *bcd_from_national(PpcCpu *cpu, const PpcInsn *d,
                                        PpcVec b, bool ps)
{
    unsigned sign = vec_h(b, 7);
    bool invalid = sign != NATIONAL_PLUS && sign != NATIONAL_MINUS;
    u128 r = 0;
    for (unsigned i = 1; i <= 7; i++) {
        unsigned ch = vec_h(b, 7 - i);
        if (ch < 0x30 || ch > 0x39) {
            invalid = true;
            break;
        }
        r = set_nibble(r, i, ch & 0xf);
    }
    r = set_nibble(r, 0, sign == NATIONAL_PLUS ? plus_code(ps) : BCD_MINUS);
    return bcd_done(cpu, d, r, invalid ? CR_SO : cr_of_signed(r));
}

/* Digits 1..7 to national; SO also when digits 8..31 are not all 0.
 * VRT on an invalid operand: characters up to and including the first
 * invalid digit (QEMU 7.2). */
static const PpcInsn *bcd_to_national(PpcCpu *cpu, const PpcInsn *d,
                                      u128 b)
{
    int sign = bcd_sign(b);
    PpcVec r = { { 0, 0 } };
    for (unsigned i = 1; i <= 7; i++) {
        vec_set_h(&r, 7 - i, (uint16_t)(0x30 + nibble(b, i)));
        if (sign == 0 || nibble(b, i) > 9) {
            break;
        }
    }
    vec_set_h(&r, 7, sign < 0 ? NATIONAL_MINUS : NATIONAL_PLUS);
    bool ox = (b >> 32) != 0;
    uint32_t cr = !signed_valid(b) ? CR_SO
                                   : cr_of_signed(b) | (ox ? CR_SO : 0);
    return bcd_done(cpu, d, vec_u128(r), cr);
}

/* Zoned decimal: 16 bytes, each a zone nibble (0x3 for PS=0, 0xF for
 * PS=1) and a digit; the zone of the last byte is the sign (PS=0: bit
 * 0x4 set = minus; PS=1: 0xB/0xD minus, 0xA..0xF plus, else invalid).
 * The result's plus code is 0xC whatever PS (QEMU 7.2). VRT on an
 * invalid operand: the digits before the first invalid byte. */
static const PpcInsn *bcd_from_zoned(PpcCpu *cpu, const PpcInsn *d,
                                     PpcVec b, bool ps)
{
    unsigned zone = ps ? 0xf : 0x3;
    unsigned sign = vec_b(b, 15) >> 4;
    bool invalid = ps && sign < 0xa;
    u128 r = 0;
    for (unsigned i = 0; i < 16; i++) {
        uint8_t byte = vec_b(b, 15 - i);
        unsigned z = i ? byte >> 4 : zone;
        if (z != zone || (byte & 0xf) > 9) {
            invalid = true;
            break;
        }
        r = set_nibble(r, i + 1, byte & 0xf);
    }
    bool minus = ps ? (sign == 0xb || sign == 0xd) : (sign & 0x4) != 0;
    r = set_nibble(r, 0, minus ? BCD_MINUS : 0xc);
    return bcd_done(cpu, d, r, invalid ? CR_SO : cr_of_signed(r));
}

/* Digits 1..16 to zoned (zone 0x3 / 0xF by PS), the sign as the last
 * byte's zone (PS=0: 0x3 plus, 0x7 minus; PS=1: 0xC / 0xD); SO also
 * when digits 17..31 are not all 0. VRT on an invalid operand: the
 * bytes before the first invalid digit (none for an invalid sign). */
static const PpcInsn *bcd_to_zoned(PpcCpu *cpu, const PpcInsn *d, u128 b,
                                   bool ps)
{
    int sign = bcd_sign(b);
    PpcVec r = { { 0, 0 } };
    for (unsigned i = 0; i < 16 && sign != 0; i++) {
        unsigned digit = nibble(b, i + 1);
        if (digit > 9) {
            break;
        }
        vec_set_b(&r, 15 - i, (uint8_t)((ps ? 0xf0 : 0x30) + digit));
    }
    unsigned code = ps ? (sign > 0 ? 0xc : 0xd) : (sign > 0 ? 0x3 : 0x7);
    vec_set_b(&r, 15, (uint8_t)((vec_b(r, 15) & 0xf) | code << 4));
    bool ox = (b >> 68) != 0;
    uint32_t cr = !signed_valid(b) ? CR_SO
                                   : cr_of_signed(b) | (ox ? CR_SO : 0);
    return bcd_done(cpu, d, vec_u128(r), cr);
}

/* Signed quadword to decimal; a magnitude above 10^31 - 1 sets SO (with
 * LT / GT) and leaves VRT unchanged (undefined in the ISA; QEMU 7.2). */
static const PpcInsn *bcd_from_sq(PpcCpu *cpu, const PpcInsn *d, u128 b,
                                  bool ps)
{
    bool neg = (b >> 127) != 0;
    u128 m = neg ? -b : b;
    uint32_t cr = neg ? CR_LT : m ? CR_GT : CR_EQ;
    if (m >= BCD_LIMIT) {
        return bcd_done_keep(cpu, d, cr | CR_SO);
    }
    return bcd_done(cpu, d, bcd_encode(m, neg ? BCD_MINUS : plus_code(ps)),
                    cr);
}

/* Decimal to signed quadword. VRT on an invalid operand: the digits
 * from 31 down to the first invalid one (at least 31 and 30), as QEMU
 * 7.2 accumulates them, negated for a minus sign. */
static const PpcInsn *bcd_to_sq(PpcCpu *cpu, const PpcInsn *d, u128 b)
{
    int sign = bcd_sign(b);
    bool stop = sign == 0 || nibble(b, 31) > 9;
    u128 m = nibble(b, 31);
    for (unsigned i = 30; i >= 1; i--) {
        m = m * 10 + nibble(b, i);
        stop |= nibble(b, i) > 9;
        if (stop) {
            break;
        }
    }
    return bcd_done(cpu, d, sign < 0 ? -m : m,
                    signed_valid(b) ? cr_of_signed(b) : CR_SO);
}

/* VRB with the preferred sign code of its sign (invalid: plus). */
static const PpcInsn *bcd_set_sign(PpcCpu *cpu, const PpcInsn *d, u128 b,
                                   bool ps)
{
    u128 r = set_nibble(b, 0, preferred_code(bcd_sign(b), ps));
    return bcd_done(cpu, d, r, signed_valid(b) ? cr_of_signed(r) : CR_SO);
}

const PpcInsn *insn_bcdcvt(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec vb = VR(d->rb);
    u128 b = vec_u128(vb);
    bool ps = ps_bit(d);
    switch (d->ra) {
    case 0: return bcd_to_sq(cpu, d, b);                /* bcdctsq. */
    case 2: return bcd_from_sq(cpu, d, b, ps);          /* bcdcfsq. */
    case 4: return bcd_to_zoned(cpu, d, b, ps);         /* bcdctz. */
    case 5:                                             /* bcdctn. */
        /* PS is reserved there, and QEMU 7.2 checks it */
        return ps ? insn_illegal(cpu, d) : bcd_to_national(cpu, d, b);
    case 6: return bcd_from_zoned(cpu, d, vb, ps);      /* bcdcfz. */
    case 7: return bcd_from_national(cpu, d, vb, ps);   /* bcdcfn. */
    case 31: return bcd_set_sign(cpu, d, b, ps);        /* bcdsetsgn. */
    default: return insn_illegal(cpu, d);
    }
}

/* VRA with VRB's sign code. Invalid sign codes leave VRT unchanged;
 * invalid digits write it (QEMU 7.2); both give SO. */
const PpcInsn *insn_bcdcpsgn(PpcCpu *cpu, const PpcInsn *d)
{
    u128 a = vec_u128(VR(d->ra)), b = vec_u128(VR(d->rb));
    if (bcd_sign(a) == 0 || bcd_sign(b) == 0) {
        return bcd_done_keep(cpu, d, CR_SO);
    }
    u128 r = set_nibble(a, 0, nibble(b, 0));
    bool valid = digits_ok(a, 1, 31) && digits_ok(b, 1, 31);
    return bcd_done(cpu, d, r, valid ? cr_of_signed(r) : CR_SO);
}

/* ---- shifts and truncation ----
 *
 * CR6 of these reflects the source VRB (the ISA's RTL computes LT, GT
 * and EQ from VRB before the shift or truncation), SO the nonzero
 * digits shifted or truncated away; QEMU 7.2 compares the result with
 * zero instead (tests/insn/isa-deviations.h). */

/* The shift count: VRA byte 7, signed. */
static int shift_count(const PpcCpu *cpu, const PpcInsn *d)
{
    return (int8_t)vec_b(VR(d->ra), 7);
}

/* q shifted by n digits (left for n > 0), |n| <= 32; *lost is set when
 * a nonzero digit leaves the 128 bits on the left. */
static u128 digit_shift(u128 q, int n, bool *lost)
{
    *lost = false;
    if (n >= 32) {
        *lost = q != 0;
        return 0;
    }
    if (n > 0) {
        *lost = (q >> (128 - 4 * n)) != 0;
        return q << (4 * n);
    }
    return n <= -32 ? 0 : q >> (4 * -n);
}

/* bcds. / bcdsr.: the digits of VRB shifted by VRA byte 7 (clamped to
 * +-31), the preferred sign; bcdsr. rounds a right shift up when the
 * first digit shifted out is 5 or more. Invalid VRB: VRT unchanged. */
static const PpcInsn *bcd_shift(PpcCpu *cpu, const PpcInsn *d, bool round)
{
    u128 b = vec_u128(VR(d->rb));
    if (!signed_valid(b)) {
        return bcd_done_keep(cpu, d, CR_SO);
    }
    int n = shift_count(cpu, d);
    n = n > 31 ? 31 : n < -31 ? -31 : n;
    bool ox;
    u128 r = digit_shift(set_nibble(b, 0, 0), n, &ox);
    if (round && n <= 0 && nibble(r, 0) >= 5) {
        r = bcd_encode((bcd_magnitude(r) + 1) % BCD_LIMIT, 0);
    }
    r = set_nibble(r, 0, preferred_code(bcd_sign(b), ps_bit(d)));
    return bcd_done(cpu, d, r, cr_of_signed(b) | (ox ? CR_SO : 0));
}

const PpcInsn *insn_bcds(PpcCpu *cpu, const PpcInsn *d)
{
    return bcd_shift(cpu, d, false);
}

const PpcInsn *insn_bcdsr(PpcCpu *cpu, const PpcInsn *d)
{
    return bcd_shift(cpu, d, true);
}

/* CR6 of an unsigned decimal: EQ if zero, else GT. */
static uint32_t cr_of_unsigned(u128 q)
{
    return q ? CR_GT : CR_EQ;
}

/* bcdus.: the 32 digits of VRB shifted by VRA byte 7 (a count of 32 or
 * more clears VRT). Invalid VRB: VRT unchanged. */
const PpcInsn *insn_bcdus(PpcCpu *cpu, const PpcInsn *d)
{
    u128 b = vec_u128(VR(d->rb));
    if (!digits_ok(b, 0, 31)) {
        return bcd_done_keep(cpu, d, CR_SO);
    }
    bool ox;
    u128 r = digit_shift(b, shift_count(cpu, d), &ox);
    return bcd_done(cpu, d, r, cr_of_unsigned(b) | (ox ? CR_SO : 0));
}

/* The low `nibbles` nibbles of q (0..32); *lost when a dropped nibble
 * was nonzero. */
static u128 keep_nibbles(u128 q, unsigned nibbles, bool *lost)
{
    u128 mask = nibbles >= 32 ? ~(u128)0 : ((u128)1 << (4 * nibbles)) - 1;
    *lost = (q & ~mask) != 0;
    return q & mask;
}

/* The length operand of the truncations: VRA halfword 3, unsigned. */
static unsigned trunc_length(const PpcCpu *cpu, const PpcInsn *d)
{
    return vec_h(VR(d->ra), 3);
}

/* bcdtrunc.: VRB keeping its last L digits (L >= 31 keeps all; QEMU
 * 7.2 reads L as signed and keeps 15 digits for 0xffff), the preferred
 * sign. Invalid VRB: VRT unchanged. */
const PpcInsn *insn_bcdtrunc(PpcCpu *cpu, const PpcInsn *d)
{
    u128 b = vec_u128(VR(d->rb));
    if (!signed_valid(b)) {
        return bcd_done_keep(cpu, d, CR_SO);
    }
    unsigned len = trunc_length(cpu, d);
    bool ox = false;
    u128 r = len < 31 ? keep_nibbles(b, len + 1, &ox) : b;
    r = set_nibble(r, 0, preferred_code(bcd_sign(b), ps_bit(d)));
    return bcd_done(cpu, d, r, cr_of_signed(b) | (ox ? CR_SO : 0));
}

/* bcdutrunc.: the 32-digit unsigned VRB keeping its last L digits
 * (L >= 32 keeps all). Invalid VRB: VRT unchanged. */
const PpcInsn *insn_bcdutrunc(PpcCpu *cpu, const PpcInsn *d)
{
    u128 b = vec_u128(VR(d->rb));
    if (!digits_ok(b, 0, 31)) {
        return bcd_done_keep(cpu, d, CR_SO);
    }
    unsigned len = trunc_length(cpu, d);
    bool ox = false;
    u128 r = len < 32 ? keep_nibbles(b, len, &ox) : b;
    return bcd_done(cpu, d, r, cr_of_unsigned(b) | (ox ? CR_SO : 0));
}
