/* SPDX-License-Identifier: MIT */
/*
 * VMX integer multiply (Power ISA 3.0B Book I chapter 6): even/odd
 * widening multiplies, vmuluwm, the halfword multiply-adds, the
 * multiply-sums, the sums across (saturating, VSCR[SAT]) and the
 * carry-less polynomial multiply-sums vpmsum*.
 */
#include "vmx-int.h"

#define SX(v, n) vec_sext((v), (n))

/* ---- even / odd widening multiplies ---- */

/* Element 2i + odd of a and b (bits wide) multiplied into the 2*bits
 * wide element i; signed or unsigned. */
static PpcVec mul_even_odd(PpcVec a, PpcVec b, unsigned bits, bool odd,
                           bool is_signed)
{
    PpcVec t = { { 0, 0 } };
    for (unsigned i = 0; i < VEC_N(2 * bits); i++) {
        uint64_t x = vec_elem(a, bits, 2 * i + odd);
        uint64_t y = vec_elem(b, bits, 2 * i + odd);
        uint64_t p = is_signed ? (uint64_t)(SX(x, bits) * SX(y, bits))
                               : x * y;
        vec_set_elem(&t, 2 * bits, i, p);
    }
    return t;
}

#define MUL_EO(name, bits, odd, is_signed)                                 \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)              \
    {                                                                      \
        VR(d->rt) = mul_even_odd(VR(d->ra), VR(d->rb), bits, odd,          \
                                 is_signed);                               \
        return d + 1;                                                      \
    }

MUL_EO(vmuleub, 8, false, false)
MUL_EO(vmuleuh, 16, false, false)
MUL_EO(vmuleuw, 32, false, false)
MUL_EO(vmulesb, 8, false, true)
MUL_EO(vmulesh, 16, false, true)
MUL_EO(vmulesw, 32, false, true)
MUL_EO(vmuloub, 8, true, false)
MUL_EO(vmulouh, 16, true, false)
MUL_EO(vmulouw, 32, true, false)
MUL_EO(vmulosb, 8, true, true)
MUL_EO(vmulosh, 16, true, true)
MUL_EO(vmulosw, 32, true, true)

VMX_MAP2(vmuluwm, 32, x * y)

/* ---- halfword multiply-add (VA-form: VRT = f(VRA, VRB, VRC)) ---- */

/* Signed halfword products shifted right 15 (rounded when round),
 * plus VRC's halfword, saturated. */
static PpcVec mhadd(PpcCpu *cpu, PpcVec a, PpcVec b, PpcVec c, bool round)
{
    PpcVec t = { { 0, 0 } };
    for (unsigned i = 0; i < 8; i++) {
        int64_t p = SX(vec_h(a, i), 16) * SX(vec_h(b, i), 16);
        int64_t s = ((p + (round ? 0x4000 : 0)) >> 15) + SX(vec_h(c, i), 16);
        vec_set_h(&t, i, (uint16_t)vec_sat_s(cpu, s, 16));
    }
    return t;
}

#define MHADD(name, round)                                                \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)             \
    {                                                                     \
        VR(d->rt) = mhadd(cpu, VR(d->ra), VR(d->rb), VR(d->rc), round);   \
        return d + 1;                                                     \
    }

MHADD(vmhaddshs, false)
MHADD(vmhraddshs, true)

static PpcVec mladd(PpcCpu *cpu, PpcVec a, PpcVec b, PpcVec c)
{
    PpcVec t = { { 0, 0 } };
    (void)cpu;
    for (unsigned i = 0; i < 8; i++) {
        vec_set_h(&t, i, (uint16_t)((uint32_t)vec_h(a, i) * vec_h(b, i) +
                                    vec_h(c, i)));
    }
    return t;
}
VMX_WHOLE3(vmladduhm, mladd)

/* ---- multiply-sum: word i of VRC plus the products of the bits-wide
 * elements of VRA and VRB inside word i ---- */

typedef enum MsumKind {
    MSUM_MODULO,  /* keep the low 32 bits */
    MSUM_SAT_S,   /* saturate signed (VSCR[SAT]) */
    MSUM_SAT_U,   /* saturate unsigned (VSCR[SAT]) */
} MsumKind;

static PpcVec msum(PpcCpu *cpu, PpcVec a, PpcVec b, PpcVec c, unsigned bits,
                   bool a_signed, bool b_signed, MsumKind kind)
{
    PpcVec t = { { 0, 0 } };
    unsigned per = 32 / bits;
    for (unsigned i = 0; i < 4; i++) {
        int64_t s = kind == MSUM_SAT_U ? (int64_t)vec_w(c, i)
                                       : (int64_t)(int32_t)vec_w(c, i);
        for (unsigned j = 0; j < per; j++) {
            uint64_t x = vec_elem(a, bits, per * i + j);
            uint64_t y = vec_elem(b, bits, per * i + j);
            s += (a_signed ? SX(x, bits) : (int64_t)x) *
                 (b_signed ? SX(y, bits) : (int64_t)y);
        }
        uint64_t r = kind == MSUM_SAT_S ? vec_sat_s(cpu, s, 32)
                   : kind == MSUM_SAT_U ? vec_sat_u(cpu, s, 32)
                                        : (uint64_t)s;
        vec_set_w(&t, i, (uint32_t)r);
    }
    return t;
}

#define MSUM(name, bits, a_signed, b_signed, kind)                        \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)             \
    {                                                                     \
        VR(d->rt) = msum(cpu, VR(d->ra), VR(d->rb), VR(d->rc), bits,      \
                         a_signed, b_signed, kind);                       \
        return d + 1;                                                     \
    }

MSUM(vmsumubm, 8, false, false, MSUM_MODULO)
MSUM(vmsummbm, 8, true, false, MSUM_MODULO)
MSUM(vmsumuhm, 16, false, false, MSUM_MODULO)
MSUM(vmsumuhs, 16, false, false, MSUM_SAT_U)
MSUM(vmsumshm, 16, true, true, MSUM_MODULO)
MSUM(vmsumshs, 16, true, true, MSUM_SAT_S)

/* vmsumudm: the two unsigned doubleword products plus VRC, modulo 2^128. */
static PpcVec msumudm(PpcCpu *cpu, PpcVec a, PpcVec b, PpcVec c)
{
    typedef unsigned __int128 u128;
    (void)cpu;
    u128 s = (u128)a.dw[0] * b.dw[0] + (u128)a.dw[1] * b.dw[1] + vec_u128(c);
    return vec_from_u128(s);
}
VMX_WHOLE3(vmsumudm, msumudm)

/* ---- sums across (saturating signed, or unsigned for vsum4ubs) ---- */

/* vsumsws: the four signed words of VRA plus word 3 of VRB, in word 3. */
static PpcVec sumsws(PpcCpu *cpu, PpcVec a, PpcVec b)
{
    int64_t s = (int32_t)vec_w(b, 3);
    for (unsigned i = 0; i < 4; i++) {
        s += (int32_t)vec_w(a, i);
    }
    return (PpcVec){ { 0, vec_sat_s(cpu, s, 32) } };
}
VMX_WHOLE2(vsumsws, sumsws)

/* vsum2sws: words 2j and 2j+1 of VRA plus word 2j+1 of VRB, in word
 * 2j+1 (j = 0, 1); words 0 and 2 are zero. */
static PpcVec sum2sws(PpcCpu *cpu, PpcVec a, PpcVec b)
{
    PpcVec t = { { 0, 0 } };
    for (unsigned j = 0; j < 2; j++) {
        int64_t s = (int64_t)(int32_t)vec_w(a, 2 * j) +
                    (int32_t)vec_w(a, 2 * j + 1) + (int32_t)vec_w(b, 2 * j + 1);
        t.dw[j] = vec_sat_s(cpu, s, 32);
    }
    return t;
}
VMX_WHOLE2(vsum2sws, sum2sws)

/* vsum4*: the bits-wide elements of VRA inside word i plus word i of VRB,
 * in word i. */
static PpcVec sum4(PpcCpu *cpu, PpcVec a, PpcVec b, unsigned bits,
                   bool is_signed)
{
    PpcVec t = { { 0, 0 } };
    unsigned per = 32 / bits;
    for (unsigned i = 0; i < 4; i++) {
        int64_t s = is_signed ? (int64_t)(int32_t)vec_w(b, i)
                              : (int64_t)vec_w(b, i);
        for (unsigned j = 0; j < per; j++) {
            uint64_t x = vec_elem(a, bits, per * i + j);
            s += is_signed ? SX(x, bits) : (int64_t)x;
        }
        vec_set_w(&t, i, (uint32_t)(is_signed ? vec_sat_s(cpu, s, 32)
                                              : vec_sat_u(cpu, s, 32)));
    }
    return t;
}

#define SUM4(name, bits, is_signed)                                       \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)             \
    {                                                                     \
        VR(d->rt) = sum4(cpu, VR(d->ra), VR(d->rb), bits, is_signed);     \
        return d + 1;                                                     \
    }

SUM4(vsum4sbs, 8, true)
SUM4(vsum4shs, 16, true)
SUM4(vsum4ubs, 8, false)

/* ---- polynomial (carry-less) multiply-sum ---- */

/* Carry-less product of two 64-bit polynomials (128-bit result). */
static unsigned __int128 clmul64(uint64_t x, uint64_t y)
{
    unsigned __int128 r = 0;
    for (unsigned k = 0; k < 64; k++) {
        if ((y >> k) & 1) {
            r ^= (unsigned __int128)x << k;
        }
    }
    return r;
}

/* Element 2i and 2i+1 products (bits wide) XORed into 2*bits-wide
 * element i. */
static PpcVec pmsum(PpcVec a, PpcVec b, unsigned bits)
{
    if (bits == 64) {
        return vec_from_u128(clmul64(a.dw[0], b.dw[0]) ^
                             clmul64(a.dw[1], b.dw[1]));
    }
    PpcVec t = { { 0, 0 } };
    for (unsigned i = 0; i < VEC_N(2 * bits); i++) {
        uint64_t p = (uint64_t)(clmul64(vec_elem(a, bits, 2 * i),
                                        vec_elem(b, bits, 2 * i)) ^
                                clmul64(vec_elem(a, bits, 2 * i + 1),
                                        vec_elem(b, bits, 2 * i + 1)));
        vec_set_elem(&t, 2 * bits, i, p);
    }
    return t;
}

#define PMSUM(name, bits)                                                 \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)             \
    {                                                                     \
        VR(d->rt) = pmsum(VR(d->ra), VR(d->rb), bits);                    \
        return d + 1;                                                     \
    }

PMSUM(vpmsumb, 8)
PMSUM(vpmsumh, 16)
PMSUM(vpmsumw, 32)
PMSUM(vpmsumd, 64)
