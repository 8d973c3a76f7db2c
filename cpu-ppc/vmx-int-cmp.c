/* SPDX-License-Identifier: MIT */
/*
 * VMX integer compares and logical operations (Power ISA 3.0B Book I
 * chapter 6): element compares give all-ones / all-zeros elements, and
 * with Rc (VC-form bit 21) set CR6 to 0b1000 when every element
 * compared true, 0b0010 when none did.
 */
#include "vmx-int.h"

/* VRT = the compare results; CR6 when the record form. */
static const PpcInsn *compare_done(PpcCpu *cpu, const PpcInsn *d, PpcVec t)
{
    VR(d->rt) = t;
    if (d->flags & D_RC) {
        bool all = (t.dw[0] & t.dw[1]) == ~0ULL;
        bool none = (t.dw[0] | t.dw[1]) == 0;
        ppc_set_crf(cpu, 6, (all ? 8u : 0u) | (none ? 2u : 0u));
    }
    return d + 1;
}

/* Compare handler: COND over x, y (element i of VRA, VRB, zero-extended
 * bits-wide; SX() sign-extends). */
#define VMX_CMP(name, ebits, COND)                                         \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)              \
    {                                                                      \
        const unsigned bits = (ebits);                                     \
        PpcVec a = VR(d->ra), b = VR(d->rb), t = { { 0, 0 } };             \
        for (unsigned i = 0; i < VEC_N(bits); i++) {                       \
            uint64_t x = vec_elem(a, bits, i), y = vec_elem(b, bits, i);   \
            vec_set_elem(&t, bits, i, (COND) ? vec_ones(bits) : 0);        \
        }                                                                  \
        return compare_done(cpu, d, t);                                    \
    }

#define SX(v) vec_sext((v), bits)

VMX_CMP(vcmpequb, 8, x == y)
VMX_CMP(vcmpequh, 16, x == y)
VMX_CMP(vcmpequw, 32, x == y)
VMX_CMP(vcmpequd, 64, x == y)
VMX_CMP(vcmpgtub, 8, x > y)
VMX_CMP(vcmpgtuh, 16, x > y)
VMX_CMP(vcmpgtuw, 32, x > y)
VMX_CMP(vcmpgtud, 64, x > y)
VMX_CMP(vcmpgtsb, 8, SX(x) > SX(y))
VMX_CMP(vcmpgtsh, 16, SX(x) > SX(y))
VMX_CMP(vcmpgtsw, 32, SX(x) > SX(y))
VMX_CMP(vcmpgtsd, 64, SX(x) > SX(y))
VMX_CMP(vcmpneb, 8, x != y)
VMX_CMP(vcmpneh, 16, x != y)
VMX_CMP(vcmpnew, 32, x != y)
VMX_CMP(vcmpnezb, 8, x != y || x == 0 || y == 0)
VMX_CMP(vcmpnezh, 16, x != y || x == 0 || y == 0)
VMX_CMP(vcmpnezw, 32, x != y || x == 0 || y == 0)

/* ---- logical (whole register, as doublewords) ---- */

VMX_MAP2(vand, 64, x & y)
VMX_MAP2(vandc, 64, x & ~y)
VMX_MAP2(vor, 64, x | y)
VMX_MAP2(vorc, 64, x | ~y)
VMX_MAP2(vnor, 64, ~(x | y))
VMX_MAP2(vxor, 64, x ^ y)
VMX_MAP2(veqv, 64, ~(x ^ y))
VMX_MAP2(vnand, 64, ~(x & y))
