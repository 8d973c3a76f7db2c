/* SPDX-License-Identifier: MIT */
/*
 * VMX integer arithmetic (Power ISA 3.0B Book I chapter 6):
 * modulo, carry-out, extended (quadword) and saturating add/subtract,
 * average, maximum/minimum, absolute difference, multiply by 10
 * (quadword), the VX-1538 group (negate, sign extension, parity,
 * trailing zeros, least-significant-bit counts) and the VSCR moves.
 */
#include "vmx-int.h"

/* ---- modulo and carry-out ---- */

VMX_MAP2(vaddubm, 8, x + y)
VMX_MAP2(vadduhm, 16, x + y)
VMX_MAP2(vadduwm, 32, x + y)
VMX_MAP2(vaddudm, 64, x + y)
VMX_MAP2(vsububm, 8, x - y)
VMX_MAP2(vsubuhm, 16, x - y)
VMX_MAP2(vsubuwm, 32, x - y)
VMX_MAP2(vsubudm, 64, x - y)
VMX_MAP2(vaddcuw, 32, (x + y) >> 32)
VMX_MAP2(vsubcuw, 32, x >= y)  /* carry of x + ~y + 1: no borrow */

/* ---- quadword: a + b + cin (b complemented for subtraction) ---- */

typedef unsigned __int128 u128;

/* The 129-bit sum a + b + cin: the low 128 bits, carry-out in *carry. */
static u128 add_q(u128 a, u128 b, unsigned cin, unsigned *carry)
{
    u128 s = a + b;
    unsigned c = s < a;
    u128 r = s + cin;
    *carry = c | (r < s);
    return r;
}

/* VRT = a + (sub ? ~b : b) + cin, or its carry-out when want_carry. */
static PpcVec quad_op(PpcVec va, PpcVec vb, bool sub, unsigned cin,
                      bool want_carry)
{
    u128 b = vec_u128(vb);
    unsigned carry;
    u128 r = add_q(vec_u128(va), sub ? ~b : b, cin, &carry);
    return vec_from_u128(want_carry ? carry : r);
}

/* Handler of a quadword row; CIN may use d (the extended forms take
 * the carry-in from bit 127 of VRC). */
#define QUAD(name, sub, CIN, want_carry)                                  \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)             \
    {                                                                     \
        VR(d->rt) = quad_op(VR(d->ra), VR(d->rb), sub, (CIN), want_carry);\
        return d + 1;                                                     \
    }

#define CIN_VRC ((unsigned)(VR(d->rc).dw[1] & 1))

QUAD(vadduqm, false, 0, false)
QUAD(vaddcuq, false, 0, true)
QUAD(vsubuqm, true, 1, false)
QUAD(vsubcuq, true, 1, true)
QUAD(vaddeuqm, false, CIN_VRC, false)
QUAD(vaddecuq, false, CIN_VRC, true)
QUAD(vsubeuqm, true, CIN_VRC, false)
QUAD(vsubecuq, true, CIN_VRC, true)

/* ---- saturating (VSCR[SAT]) ---- */

#define SX(v) vec_sext((v), bits)

VMX_MAP2(vaddubs, 8, vec_sat_u(cpu, (int64_t)(x + y), bits))
VMX_MAP2(vadduhs, 16, vec_sat_u(cpu, (int64_t)(x + y), bits))
VMX_MAP2(vadduws, 32, vec_sat_u(cpu, (int64_t)(x + y), bits))
VMX_MAP2(vaddsbs, 8, vec_sat_s(cpu, SX(x) + SX(y), bits))
VMX_MAP2(vaddshs, 16, vec_sat_s(cpu, SX(x) + SX(y), bits))
VMX_MAP2(vaddsws, 32, vec_sat_s(cpu, SX(x) + SX(y), bits))
VMX_MAP2(vsububs, 8, vec_sat_u(cpu, (int64_t)x - (int64_t)y, bits))
VMX_MAP2(vsubuhs, 16, vec_sat_u(cpu, (int64_t)x - (int64_t)y, bits))
VMX_MAP2(vsubuws, 32, vec_sat_u(cpu, (int64_t)x - (int64_t)y, bits))
VMX_MAP2(vsubsbs, 8, vec_sat_s(cpu, SX(x) - SX(y), bits))
VMX_MAP2(vsubshs, 16, vec_sat_s(cpu, SX(x) - SX(y), bits))
VMX_MAP2(vsubsws, 32, vec_sat_s(cpu, SX(x) - SX(y), bits))

/* ---- average (rounded up), maximum, minimum, absolute difference ---- */

VMX_MAP2(vavgub, 8, (x + y + 1) >> 1)
VMX_MAP2(vavguh, 16, (x + y + 1) >> 1)
VMX_MAP2(vavguw, 32, (x + y + 1) >> 1)
VMX_MAP2(vavgsb, 8, (uint64_t)((SX(x) + SX(y) + 1) >> 1))
VMX_MAP2(vavgsh, 16, (uint64_t)((SX(x) + SX(y) + 1) >> 1))
VMX_MAP2(vavgsw, 32, (uint64_t)((SX(x) + SX(y) + 1) >> 1))

VMX_MAP2(vmaxub, 8, x > y ? x : y)
VMX_MAP2(vmaxuh, 16, x > y ? x : y)
VMX_MAP2(vmaxuw, 32, x > y ? x : y)
VMX_MAP2(vmaxud, 64, x > y ? x : y)
VMX_MAP2(vmaxsb, 8, SX(x) > SX(y) ? x : y)
VMX_MAP2(vmaxsh, 16, SX(x) > SX(y) ? x : y)
VMX_MAP2(vmaxsw, 32, SX(x) > SX(y) ? x : y)
VMX_MAP2(vmaxsd, 64, SX(x) > SX(y) ? x : y)
VMX_MAP2(vminub, 8, x < y ? x : y)
VMX_MAP2(vminuh, 16, x < y ? x : y)
VMX_MAP2(vminuw, 32, x < y ? x : y)
VMX_MAP2(vminud, 64, x < y ? x : y)
VMX_MAP2(vminsb, 8, SX(x) < SX(y) ? x : y)
VMX_MAP2(vminsh, 16, SX(x) < SX(y) ? x : y)
VMX_MAP2(vminsw, 32, SX(x) < SX(y) ? x : y)
VMX_MAP2(vminsd, 64, SX(x) < SX(y) ? x : y)

VMX_MAP2(vabsdub, 8, x > y ? x - y : y - x)
VMX_MAP2(vabsduh, 16, x > y ? x - y : y - x)
VMX_MAP2(vabsduw, 32, x > y ? x - y : y - x)

/* ---- decimal-style multiply by 10 (quadword) ---- */

/* a * 10 + digit as a 132-bit number: low 128 bits, high part in *hi. */
static u128 mul10_q(u128 a, unsigned digit, unsigned *hi)
{
    /* 10a = 8a + 2a; the bits shifted out are the high part */
    unsigned c1, c2;
    u128 r = add_q(a << 3, a << 1, 0, &c1);
    r = add_q(r, digit, 0, &c2);
    *hi = (unsigned)(a >> 125) + (unsigned)(a >> 127) + c1 + c2;
    return r;
}

/* VRT = VRA * 10 (+ VRB[124:127] for the extended forms), or the part
 * above 128 bits (a value 0..9) for the carry forms. */
static PpcVec mul10_op(PpcVec va, unsigned digit, bool want_carry)
{
    unsigned hi;
    u128 r = mul10_q(vec_u128(va), digit, &hi);
    return vec_from_u128(want_carry ? hi : r);
}

#define MUL10(name, DIGIT, want_carry)                                    \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)             \
    {                                                                     \
        VR(d->rt) = mul10_op(VR(d->ra), (DIGIT), want_carry);             \
        return d + 1;                                                     \
    }

#define DIGIT_VRB ((unsigned)(VR(d->rb).dw[1] & 0xf))

MUL10(vmul10uq, 0, false)
MUL10(vmul10cuq, 0, true)
MUL10(vmul10euq, DIGIT_VRB, false)
MUL10(vmul10ecuq, DIGIT_VRB, true)

/* ---- VX 1538: VRT = op(VRB), op chosen by the VA field ---- */

/* Element-wise y -> f(y) over bits-wide elements. */
#define MAP1(v, ebits, EXPR)                                   \
    do {                                                       \
        const unsigned bits = (ebits);                         \
        PpcVec t_ = { { 0, 0 } };                              \
        for (unsigned i = 0; i < VEC_N(bits); i++) {           \
            uint64_t y = vec_elem((v), bits, i);               \
            vec_set_elem(&t_, bits, i, (EXPR));                \
        }                                                      \
        (v) = t_;                                              \
    } while (0)

/* Parity of the least significant bits of the bytes of element y. */
static uint64_t lsb_parity(uint64_t y)
{
    return (uint64_t)__builtin_parityll(y & 0x0101010101010101ULL);
}

/* Trailing zeros of a bits-wide element (bits when it is 0). */
static uint64_t ctz_elem(uint64_t y, unsigned bits)
{
    return y ? (uint64_t)__builtin_ctzll(y) : bits;
}

/* vclzlsbb / vctzlsbb: bytes, from the most (lead) or least significant
 * end, before the first byte whose least significant bit is 1. */
static uint64_t count_lsb_zero_bytes(PpcVec v, bool leading)
{
    uint64_t n = 0;
    for (unsigned k = 0; k < 16; k++) {
        if (vec_b(v, leading ? k : 15 - k) & 1) {
            break;
        }
        n++;
    }
    return n;
}

const PpcInsn *insn_vx1538(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec v = VR(d->rb);
    switch (d->ra) {
    case 0:  /* vclzlsbb RT,VRB */
    case 1:  /* vctzlsbb RT,VRB */
        GPR(d->rt) = count_lsb_zero_bytes(v, d->ra == 0);
        return d + 1;
    case 6: MAP1(v, 32, -y); break;                         /* vnegw */
    case 7: MAP1(v, 64, -y); break;                         /* vnegd */
    case 8: MAP1(v, 32, lsb_parity(y)); break;              /* vprtybw */
    case 9: MAP1(v, 64, lsb_parity(y)); break;              /* vprtybd */
    case 10:                                                /* vprtybq */
        v = vec_from_u128(lsb_parity(v.dw[0] ^ v.dw[1]));
        break;
    case 16: MAP1(v, 32, (uint64_t)vec_sext(y, 8)); break;  /* vextsb2w */
    case 17: MAP1(v, 32, (uint64_t)vec_sext(y, 16)); break; /* vextsh2w */
    case 24: MAP1(v, 64, (uint64_t)vec_sext(y, 8)); break;  /* vextsb2d */
    case 25: MAP1(v, 64, (uint64_t)vec_sext(y, 16)); break; /* vextsh2d */
    case 26: MAP1(v, 64, (uint64_t)vec_sext(y, 32)); break; /* vextsw2d */
    case 28: MAP1(v, 8, ctz_elem(y, bits)); break;          /* vctzb */
    case 29: MAP1(v, 16, ctz_elem(y, bits)); break;         /* vctzh */
    case 30: MAP1(v, 32, ctz_elem(y, bits)); break;         /* vctzw */
    case 31: MAP1(v, 64, ctz_elem(y, bits)); break;         /* vctzd */
    default:
        return insn_illegal(cpu, d);
    }
    VR(d->rt) = v;
    return d + 1;
}

/* ---- VSCR moves ---- */

/* VRT = the VSCR in word 3, zeros elsewhere. */
const PpcInsn *insn_mfvscr(PpcCpu *cpu, const PpcInsn *d)
{
    VR(d->rt) = (PpcVec){ { 0, cpu->arch.vscr } };
    return d + 1;
}

/* VSCR = word 3 of VRB (only NJ and SAT are defined). */
const PpcInsn *insn_mtvscr(PpcCpu *cpu, const PpcInsn *d)
{
    cpu->arch.vscr = vec_w(VR(d->rb), 3);
    return d + 1;
}
