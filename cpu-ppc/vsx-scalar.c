/* SPDX-License-Identifier: MIT */
/*
 * VSX scalar floating-point arithmetic (Power ISA 3.0B Book I 7.6:
 * xsadddp .. xsnmsubmsp, xssqrt*, xsre*, xsrsqrte*, xsrsp). Operands
 * are doubleword 0 of VSRs; the rounding, FPSCR and enabled-exception
 * work is the scalar FP unit's (fp-core.h, this file's own copy of it),
 * whose result reaches the VSR directly on the fast path and through
 * vsx_scalar_set_result otherwise. Fused forms: the "a" forms
 * add XT (XT = XA * XB + XT), the "m" forms multiply by it
 * (XT = XA * XT + XB); the NaN order is multiplicand A, addend,
 * multiplicand B, as for fmadd.
 */
#include "fp-core.h"
#include "vsx-scalar.h"

/* Doubleword 1 of a scalar result: QEMU 7.2 writes 0 (ISA 3.0B: undefined). */
void vsx_scalar_set_result(PpcCpu *cpu, const PpcInsn *d, uint64_t r)
{
    switch (d->op) {
    case PPC_OP_xscvdpsp:
        /* the single in word 0, and in word 1 (undefined by ISA 3.0B;
         * what QEMU 7.2 writes) */
        r = fp_double_to_single(r) * 0x100000001ULL;
        break;
    case PPC_OP_xscvdpsxws:
    case PPC_OP_xscvdpuxws:
        /* the word result in word 1, and in word 0 (as QEMU 7.2) */
        r = (uint32_t)r * 0x100000001ULL;
        break;
    default:
        break;
    }
    vsx_set_dw0(cpu, d->rt, r);
}

/* fp_arith for VSX targets */
static const PpcInsn *xs_arith(PpcCpu *cpu, const PpcInsn *d, FpOpKind op,
                               uint64_t a, uint64_t b, uint64_t c, bool single)
{
#define FP_ARITH_VSX 1
#include "fp-arith-body.inc"
#undef FP_ARITH_VSX
}

/* xscvdpsp (a single-format result): frsp's work on the exact path,
 * which writes through fp_set_target (FRSP is exact there: the operand
 * is the value). */
const PpcInsn *fp_round_single_vsx(PpcCpu *cpu, const PpcInsn *d, uint64_t b)
{
    return arith_slow(cpu, d, FPK_FRSP, b, 0, 0, true);
}

#define XS2(name, kind, single) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return xs_arith(cpu, d, kind, vsx_dw0(cpu, d->ra), \
                        vsx_dw0(cpu, d->rb), 0, single); \
    }

XS2(xsadddp, FPK_ADD, false)
XS2(xssubdp, FPK_SUB, false)
XS2(xsmuldp, FPK_MUL, false)
XS2(xsdivdp, FPK_DIV, false)
XS2(xsaddsp, FPK_ADD, true)
XS2(xssubsp, FPK_SUB, true)
XS2(xsmulsp, FPK_MUL, true)
XS2(xsdivsp, FPK_DIV, true)

#define XS1(name, kind, single) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return xs_arith(cpu, d, kind, vsx_dw0(cpu, d->rb), 0, 0, single); \
    }

XS1(xssqrtdp, FPK_SQRT, false)
XS1(xssqrtsp, FPK_SQRT, true)
XS1(xsredp, FPK_RE, false)
XS1(xsresp, FPK_RE, true)
XS1(xsrsqrtedp, FPK_RSQRTE, false)
XS1(xsrsqrtesp, FPK_RSQRTE, true)
XS1(xsrsp, FPK_FRSP, true)

/* "a" forms: XA * XB + XT; "m" forms: XA * XT + XB. fp_arith takes
 * (a, addend, c) for a * c + addend. */
#define XSFMA_A(name, kind, single) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return xs_arith(cpu, d, kind, vsx_dw0(cpu, d->ra), \
                        vsx_dw0(cpu, d->rt), vsx_dw0(cpu, d->rb), single); \
    }
#define XSFMA_M(name, kind, single) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return xs_arith(cpu, d, kind, vsx_dw0(cpu, d->ra), \
                        vsx_dw0(cpu, d->rb), vsx_dw0(cpu, d->rt), single); \
    }

XSFMA_A(xsmaddadp, FPK_MADD, false)
XSFMA_M(xsmaddmdp, FPK_MADD, false)
XSFMA_A(xsmsubadp, FPK_MSUB, false)
XSFMA_M(xsmsubmdp, FPK_MSUB, false)
XSFMA_A(xsnmaddadp, FPK_NMADD, false)
XSFMA_M(xsnmaddmdp, FPK_NMADD, false)
XSFMA_A(xsnmsubadp, FPK_NMSUB, false)
XSFMA_M(xsnmsubmdp, FPK_NMSUB, false)
XSFMA_A(xsmaddasp, FPK_MADD, true)
XSFMA_M(xsmaddmsp, FPK_MADD, true)
XSFMA_A(xsmsubasp, FPK_MSUB, true)
XSFMA_M(xsmsubmsp, FPK_MSUB, true)
XSFMA_A(xsnmaddasp, FPK_NMADD, true)
XSFMA_M(xsnmaddmsp, FPK_NMADD, true)
XSFMA_A(xsnmsubasp, FPK_NMSUB, true)
XSFMA_M(xsnmsubmsp, FPK_NMSUB, true)
