/* SPDX-License-Identifier: MIT */
/*
 * VMX shifts, rotates, counts and bit gathers (Power ISA 3.0B Book I
 * chapter 6): element shifts and rotates by the low bits of VRB's
 * element, rotate-and-mask (vrlwmi & co.), whole-register shifts by bits
 * (vsl/vsr) and octets (vslo/vsro), variable byte shifts (vslv/vsrv),
 * leading zeros and population counts,
 * vgbbd's 8x8 bit transpose and the bit permutes vbpermq / vbpermd.
 */
#include "vmx-int.h"

#define SX(v) vec_sext((v), bits)
#define SH(v) ((v) & (bits - 1))

/* x rotated left by n (0 <= n < bits) within a bits-wide element. */
static inline uint64_t rotl_elem(uint64_t x, unsigned n, unsigned bits)
{
    return n ? ((x << n) | (x >> (bits - n))) & vec_ones(bits) : x;
}

/* ---- element shifts and rotates ---- */

VMX_MAP2(vslb, 8, x << SH(y))
VMX_MAP2(vslh, 16, x << SH(y))
VMX_MAP2(vslw, 32, x << SH(y))
VMX_MAP2(vsld, 64, x << SH(y))
VMX_MAP2(vsrb, 8, x >> SH(y))
VMX_MAP2(vsrh, 16, x >> SH(y))
VMX_MAP2(vsrw, 32, x >> SH(y))
VMX_MAP2(vsrd, 64, x >> SH(y))
VMX_MAP2(vsrab, 8, (uint64_t)(SX(x) >> SH(y)))
VMX_MAP2(vsrah, 16, (uint64_t)(SX(x) >> SH(y)))
VMX_MAP2(vsraw, 32, (uint64_t)(SX(x) >> SH(y)))
VMX_MAP2(vsrad, 64, (uint64_t)(SX(x) >> SH(y)))
VMX_MAP2(vrlb, 8, rotl_elem(x, SH(y), bits))
VMX_MAP2(vrlh, 16, rotl_elem(x, SH(y), bits))
VMX_MAP2(vrlw, 32, rotl_elem(x, SH(y), bits))
VMX_MAP2(vrld, 64, rotl_elem(x, SH(y), bits))

/* ---- rotate and mask: VRB's element holds mb (ISA bits 11:15 of a
 * word / 42:47 of a doubleword), me (19:23 / 50:55) and the rotate
 * count (27:31 / 58:63) ---- */

/* Ones from bit mb to bit me (bits numbered from the most significant,
 * wrapping when mb > me) of a bits-wide element. */
static uint64_t rot_mask(unsigned mb, unsigned me, unsigned bits)
{
    uint64_t hi = vec_ones(bits) >> mb;
    uint64_t lo = (vec_ones(bits) << (bits - 1 - me)) & vec_ones(bits);
    return mb <= me ? (hi & lo) : (hi | lo);
}

#define RL_FIELD(y, pos) (((y) >> (pos)) & (bits - 1))
#define RL_ROT(x, y) rotl_elem((x), SH(y), bits)
#define RL_MASK(y) rot_mask(RL_FIELD(y, 16), RL_FIELD(y, 8), bits)

VMX_MAP2(vrlwnm, 32, RL_ROT(x, y) & RL_MASK(y))
VMX_MAP2(vrldnm, 64, RL_ROT(x, y) & RL_MASK(y))
VMX_MAP2T(vrlwmi, 32, (RL_ROT(x, y) & RL_MASK(y)) | (z & ~RL_MASK(y)))
VMX_MAP2T(vrldmi, 64, (RL_ROT(x, y) & RL_MASK(y)) | (z & ~RL_MASK(y)))

/* ---- whole-register shifts ---- */

typedef unsigned __int128 u128;

/* VRA shifted left (or right) by VRB[125:127] bits. */
static PpcVec shift_bits(PpcCpu *cpu, PpcVec a, PpcVec b, bool left)
{
    unsigned n = b.dw[1] & 7;
    (void)cpu;
    return vec_from_u128(left ? vec_u128(a) << n : vec_u128(a) >> n);
}

/* VRA shifted left (or right) by VRB[121:124] bytes. */
static PpcVec shift_octets(PpcCpu *cpu, PpcVec a, PpcVec b, bool left)
{
    unsigned n = 8 * ((b.dw[1] >> 3) & 0xf);
    (void)cpu;
    if (n == 0) {
        return a;
    }
    return vec_from_u128(left ? vec_u128(a) << n : vec_u128(a) >> n);
}

/* Handler of a whole-register shift: FN(cpu, VRA, VRB, left). */
#define SHIFT_WHOLE(name, FN, left)                                        \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)              \
    {                                                                      \
        VR(d->rt) = FN(cpu, VR(d->ra), VR(d->rb), left);                   \
        return d + 1;                                                      \
    }

SHIFT_WHOLE(vsl, shift_bits, true)
SHIFT_WHOLE(vsr, shift_bits, false)
SHIFT_WHOLE(vslo, shift_octets, true)
SHIFT_WHOLE(vsro, shift_octets, false)

/* vslv / vsrv: byte i of VRA with its right (left) neighbour (zero past
 * the end) shifted by the low 3 bits of byte i of VRB. */
static PpcVec shift_var(PpcCpu *cpu, PpcVec a, PpcVec b, bool left)
{
    PpcVec t = { { 0, 0 } };
    (void)cpu;
    for (unsigned i = 0; i < 16; i++) {
        unsigned n = vec_b(b, i) & 7;
        unsigned r;
        if (left) {
            unsigned pair = (unsigned)vec_b(a, i) << 8 |
                            (i < 15 ? vec_b(a, i + 1) : 0);
            r = (pair << n) >> 8;
        } else {
            unsigned pair = (i > 0 ? (unsigned)vec_b(a, i - 1) << 8 : 0) |
                            vec_b(a, i);
            r = pair >> n;
        }
        vec_set_b(&t, i, (uint8_t)r);
    }
    return t;
}

SHIFT_WHOLE(vslv, shift_var, true)
SHIFT_WHOLE(vsrv, shift_var, false)

/* ---- counts ---- */

/* Leading zeros of a bits-wide element (bits when it is 0). */
static inline uint64_t clz_elem(uint64_t y, unsigned bits)
{
    return y ? (uint64_t)__builtin_clzll(y) - (64 - bits) : bits;
}

VMX_MAP1(vclzb, 8, clz_elem(y, bits))
VMX_MAP1(vclzh, 16, clz_elem(y, bits))
VMX_MAP1(vclzw, 32, clz_elem(y, bits))
VMX_MAP1(vclzd, 64, clz_elem(y, bits))
VMX_MAP1(vpopcntb, 8, (uint64_t)__builtin_popcountll(y))
VMX_MAP1(vpopcnth, 16, (uint64_t)__builtin_popcountll(y))
VMX_MAP1(vpopcntw, 32, (uint64_t)__builtin_popcountll(y))
VMX_MAP1(vpopcntd, 64, (uint64_t)__builtin_popcountll(y))

/* ---- bit gathers ---- */

/* vgbbd: per doubleword, bit j of byte i of the result is bit i of
 * byte j of the source (an 8x8 bit-matrix transpose). */
static uint64_t transpose8x8(uint64_t x)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < 8; i++) {
        for (unsigned j = 0; j < 8; j++) {
            uint64_t bit = (x >> (63 - (8 * j + i))) & 1;
            r |= bit << (63 - (8 * i + j));
        }
    }
    return r;
}

VMX_MAP1(vgbbd, 64, transpose8x8(y))

/* Bit k (0 = most significant) of an n-bit value held in v's low n bits;
 * 0 when k >= n. */
static inline unsigned bit_of(u128 v, unsigned k, unsigned n)
{
    return k < n ? (unsigned)(v >> (n - 1 - k)) & 1 : 0;
}

/* vbpermq: bit i (of 16) of doubleword 0 bits 48:63 is bit VRB.byte[i]
 * of VRA (0 when the index is 128 or more); the rest is zero. */
static PpcVec bpermq(PpcCpu *cpu, PpcVec a, PpcVec b)
{
    u128 q = vec_u128(a);
    uint64_t r = 0;
    (void)cpu;
    for (unsigned i = 0; i < 16; i++) {
        r = r << 1 | bit_of(q, vec_b(b, i), 128);
    }
    return (PpcVec){ { r, 0 } };
}
VMX_WHOLE2(vbpermq, bpermq)

/* vbpermd: per doubleword, bit j (of 8) of the low byte is bit
 * VRB.byte[j] of VRA's doubleword (0 when the index is 64 or more). */
static PpcVec bpermd(PpcCpu *cpu, PpcVec a, PpcVec b)
{
    PpcVec t = { { 0, 0 } };
    (void)cpu;
    for (unsigned k = 0; k < 2; k++) {
        for (unsigned j = 0; j < 8; j++) {
            t.dw[k] = t.dw[k] << 1 | bit_of(a.dw[k], vec_b(b, 8 * k + j), 64);
        }
    }
    return t;
}
VMX_WHOLE2(vbpermd, bpermd)
