/* SPDX-License-Identifier: MIT */
/*
 * VSX logical and permute instructions (Power ISA 3.0 Book I 7.6.1,
 * "VSX Logical Instructions" and "VSX Permute Instructions"): bitwise
 * operations on whole VSRs, merges, splats, shifts by words, the byte
 * permutes, word extract/insert and the byte reverses. Operands are
 * 6-bit VSR numbers (decode.c's XX forms); every row needs MSR[VSX]
 * (the dispatcher checks it) except xxspltib, whose facility follows
 * its target's half.
 */
#include "vec.h"
#include "vsx-vec-fp.h"

#define XA ppc_vsr_get(cpu, d->ra)
#define XB ppc_vsr_get(cpu, d->rb)

static inline const PpcInsn *set_t(PpcCpu *cpu, const PpcInsn *d, PpcVec v)
{
    ppc_vsr_set(cpu, d->rt, v);
    return d + 1;
}

/* ---- logical: op on each doubleword ---- */

#define LOGICAL(name, expr)                                                \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)              \
    {                                                                      \
        PpcVec a = XA, b = XB, t;                                          \
        for (unsigned i = 0; i < 2; i++) {                                 \
            uint64_t x = a.dw[i], y = b.dw[i];                             \
            t.dw[i] = (expr);                                              \
        }                                                                  \
        return set_t(cpu, d, t);                                           \
    }

LOGICAL(xxland, x & y)
LOGICAL(xxlandc, x & ~y)
LOGICAL(xxlor, x | y)
LOGICAL(xxlxor, x ^ y)
LOGICAL(xxlnor, ~(x | y))
LOGICAL(xxlorc, x | ~y)
LOGICAL(xxlnand, ~(x & y))
LOGICAL(xxleqv, ~(x ^ y))

/* xxsel: bits of B where C is 1, of A where C is 0. */
const PpcInsn *insn_xxsel(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec a = XA, b = XB, c = ppc_vsr_get(cpu, d->rc), t;
    for (unsigned i = 0; i < 2; i++) {
        t.dw[i] = (a.dw[i] & ~c.dw[i]) | (b.dw[i] & c.dw[i]);
    }
    return set_t(cpu, d, t);
}

/* ---- word merges, shifts, splats ---- */

/* xxmrghw (first = 0) / xxmrglw (first = 2): words A[f], B[f], A[f+1],
 * B[f+1]. */
static const PpcInsn *merge_words(PpcCpu *cpu, const PpcInsn *d,
                                  unsigned first)
{
    PpcVec a = XA, b = XB, t = { { 0, 0 } };
    for (unsigned i = 0; i < 2; i++) {
        vec_set_w(&t, 2 * i, vec_w(a, first + i));
        vec_set_w(&t, 2 * i + 1, vec_w(b, first + i));
    }
    return set_t(cpu, d, t);
}

const PpcInsn *insn_xxmrghw(PpcCpu *cpu, const PpcInsn *d) { return merge_words(cpu, d, 0); }
const PpcInsn *insn_xxmrglw(PpcCpu *cpu, const PpcInsn *d) { return merge_words(cpu, d, 2); }

/* The two-bit operand in bits 22-23 (DM of xxpermdi, SHW of xxsldwi). */
static inline unsigned field_22_23(const PpcInsn *d)
{
    return (d->raw >> 8) & 3;
}

/* xxpermdi: doubleword DM[0] of A, doubleword DM[1] of B. */
const PpcInsn *insn_xxpermdi(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned dm = field_22_23(d);
    PpcVec a = XA, b = XB;
    return set_t(cpu, d, (PpcVec){ { a.dw[dm >> 1], b.dw[dm & 1] } });
}

/* xxsldwi: words SHW..SHW+3 of A || B. */
const PpcInsn *insn_xxsldwi(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned shw = field_22_23(d);
    PpcVec a = XA, b = XB, t = { { 0, 0 } };
    for (unsigned i = 0; i < 4; i++) {
        unsigned w = shw + i;
        vec_set_w(&t, i, w < 4 ? vec_w(a, w) : vec_w(b, w - 4));
    }
    return set_t(cpu, d, t);
}

/* xxspltw: word UIM (bits 14-15) of B in every word. */
const PpcInsn *insn_xxspltw(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t w = vec_w(XB, d->ra & 3);
    w |= w << 32;
    return set_t(cpu, d, (PpcVec){ { w, w } });
}

/* xxspltib: IMM8 (bits 13-20) in every byte; bits 11-12 must be 0 (ISA
 * 3.1 puts lxvkq there). */
const PpcInsn *insn_xxspltib(PpcCpu *cpu, const PpcInsn *d)
{
    if (d->ra >> 3) {
        return insn_illegal(cpu, d);
    }
    if (!vec_vsr_facility(cpu, d, d->rt)) {
        return NULL;
    }
    uint64_t b = ((d->raw >> 11) & 0xff) * 0x0101010101010101ULL;
    return set_t(cpu, d, (PpcVec){ { b, b } });
}

/* ---- byte permutes ---- */

/* xxperm / xxpermr: byte i of T is byte k of A || T (the old T), k the
 * low 5 bits of byte i of B (xxpermr: 31 minus them). */
static const PpcInsn *permute_bytes(PpcCpu *cpu, const PpcInsn *d,
                                    bool reverse)
{
    PpcVec a = XA, b = XB, src2 = ppc_vsr_get(cpu, d->rt), t = { { 0, 0 } };
    for (unsigned i = 0; i < 16; i++) {
        unsigned k = vec_b(b, i) & 0x1f;
        k = reverse ? 31 - k : k;
        vec_set_b(&t, i, k < 16 ? vec_b(a, k) : vec_b(src2, k - 16));
    }
    return set_t(cpu, d, t);
}

const PpcInsn *insn_xxperm(PpcCpu *cpu, const PpcInsn *d) { return permute_bytes(cpu, d, false); }
const PpcInsn *insn_xxpermr(PpcCpu *cpu, const PpcInsn *d) { return permute_bytes(cpu, d, true); }

/* ---- word extract / insert (UIM = bits 12-15, a byte number) ---- */

/* xxextractuw: bytes UIM..UIM+3 of B, zero-extended into doubleword 0;
 * doubleword 1 = 0. UIM > 12 is undefined in the ISA: the byte
 * numbers wrap modulo 16 here, as QEMU 7.2 does. */
const PpcInsn *insn_xxextractuw(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec b = XB;
    unsigned uim = d->ra & 0xf;
    uint32_t w = 0;
    for (unsigned i = 0; i < 4; i++) {
        w = w << 8 | vec_b(b, (uim + i) & 15);
    }
    return set_t(cpu, d, (PpcVec){ { w, 0 } });
}

/* xxinsertw: word 1 of B into bytes UIM..UIM+3 of T, the rest of T
 * unchanged. UIM > 12 is undefined in the ISA: bytes past 15 are
 * dropped here. */
const PpcInsn *insn_xxinsertw(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec t = ppc_vsr_get(cpu, d->rt);
    uint32_t w = vec_w(XB, 1);
    unsigned uim = d->ra & 0xf;
    for (unsigned i = 0; i < 4 && uim + i < 16; i++) {
        vec_set_b(&t, uim + i, (uint8_t)(w >> (24 - 8 * i)));
    }
    return set_t(cpu, d, t);
}

/* ---- byte reverse (XX2 XO 475, the A field selects the size) ---- */

/* xxbrh (A = 7), xxbrw (15), xxbrd (23), xxbrq (31): the bytes of each
 * halfword / word / doubleword / the quadword of B reversed. Other A
 * values are VSX FP instructions not handled here: illegal. */
/* XX2 xo 475: the byte reverses here, the FP ones the A field selects in
 * vsx-vec-fp-bits.c (which is illegal for unassigned values). */
const PpcInsn *insn_xx475(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned esz;
    switch (d->ra) {
    case 7: esz = 2; break;
    case 15: esz = 4; break;
    case 23: esz = 8; break;
    case 31: esz = 16; break;
    default: return vsx_fp_xx2_475(cpu, d);
    }
    return set_t(cpu, d, vec_bswap_elems(XB, esz));
}
