/* SPDX-License-Identifier: MIT */
/*
 * Shared pieces of the VMX integer handlers (vmx-int-*.c): elements of
 * any width as 64-bit numbers, and the element-wise handler shapes
 * (one, two or three source VRs) the instruction families are built
 * from. Elements use the ISA's numbering (vec.h). Only vmx-int-*.c
 * include this.
 */
#ifndef FARAD_CPU_PPC_VMX_INT_H
#define FARAD_CPU_PPC_VMX_INT_H

#include "vec.h"

/* Number of bits-wide elements in a VR. */
#define VEC_N(bits) (128u / (bits))

/* Element i of v, bits (8, 16, 32 or 64) wide, zero-extended. */
static inline uint64_t vec_elem(PpcVec v, unsigned bits, unsigned i)
{
    unsigned per = 64 / bits;
    uint64_t x = v.dw[i / per] >> (64 - bits * (i % per + 1));
    return bits == 64 ? x : x & ((1ULL << bits) - 1);
}

/* Set element i of *v (bits wide) to the low bits of x. */
static inline void vec_set_elem(PpcVec *v, unsigned bits, unsigned i,
                                uint64_t x)
{
    unsigned per = 64 / bits;
    unsigned sh = 64 - bits * (i % per + 1);
    uint64_t m = bits == 64 ? ~0ULL : ((1ULL << bits) - 1) << sh;
    v->dw[i / per] = (v->dw[i / per] & ~m) | ((x << sh) & m);
}

/* x's low bits bits as a signed number. */
static inline int64_t vec_sext(uint64_t x, unsigned bits)
{
    return bits == 64 ? (int64_t)x
                      : (int64_t)(x << (64 - bits)) >> (64 - bits);
}

/* Low bits of x as an all-ones / all-zeros element mask. */
static inline uint64_t vec_ones(unsigned bits)
{
    return bits == 64 ? ~0ULL : (1ULL << bits) - 1;
}

/*
 * Handler shapes. In EXPR, `x`, `y` and `z` are element i of VRA, VRB
 * and VRC (zero-extended), `bits` the element width and `cpu` the CPU
 * (for VSCR[SAT]); the result is truncated to the element.
 */
#define VMX_MAP1(name, ebits, EXPR)                                      \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)            \
    {                                                                    \
        const unsigned bits = (ebits);                                   \
        PpcVec b = VR(d->rb), t = { { 0, 0 } };                          \
        for (unsigned i = 0; i < VEC_N(bits); i++) {                     \
            uint64_t y = vec_elem(b, bits, i);                           \
            vec_set_elem(&t, bits, i, (EXPR));                           \
        }                                                                \
        (void)cpu;                                                       \
        VR(d->rt) = t;                                                   \
        return d + 1;                                                    \
    }

#define VMX_MAP2(name, ebits, EXPR)                                      \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)            \
    {                                                                    \
        const unsigned bits = (ebits);                                   \
        PpcVec a = VR(d->ra), b = VR(d->rb), t = { { 0, 0 } };           \
        for (unsigned i = 0; i < VEC_N(bits); i++) {                     \
            uint64_t x = vec_elem(a, bits, i), y = vec_elem(b, bits, i); \
            vec_set_elem(&t, bits, i, (EXPR));                           \
        }                                                                \
        (void)cpu;                                                       \
        VR(d->rt) = t;                                                   \
        return d + 1;                                                    \
    }

/* As VMX_MAP2 with the target's old element as `z` (vrlwmi, vrldmi). */
#define VMX_MAP2T(name, ebits, EXPR)                                     \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)            \
    {                                                                    \
        const unsigned bits = (ebits);                                   \
        PpcVec a = VR(d->ra), b = VR(d->rb), c = VR(d->rt), t = c;       \
        for (unsigned i = 0; i < VEC_N(bits); i++) {                     \
            uint64_t x = vec_elem(a, bits, i), y = vec_elem(b, bits, i); \
            uint64_t z = vec_elem(c, bits, i);                           \
            vec_set_elem(&t, bits, i, (EXPR));                           \
        }                                                                \
        (void)cpu;                                                       \
        VR(d->rt) = t;                                                   \
        return d + 1;                                                    \
    }

/* Whole-register operations: FN(cpu, a, b) -> PpcVec, or with VRC. */
#define VMX_WHOLE2(name, FN)                                             \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)            \
    {                                                                    \
        VR(d->rt) = FN(cpu, VR(d->ra), VR(d->rb));                       \
        return d + 1;                                                    \
    }

#define VMX_WHOLE3(name, FN)                                             \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)            \
    {                                                                    \
        VR(d->rt) = FN(cpu, VR(d->ra), VR(d->rb), VR(d->rc));            \
        return d + 1;                                                    \
    }

#endif
