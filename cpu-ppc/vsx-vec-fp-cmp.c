/* SPDX-License-Identifier: MIT */
/*
 * VSX vector floating-point compares, maximum/minimum and the bit-level
 * operations (Power ISA 3.0B Book I 7.6): xvcmp{eq,ge,gt,ne}{dp,sp}[.]
 * (an all-ones or all-zeros element per comparison, CR6 for Rc=1),
 * xvmax/xvmin (IEEE maxNum/minNum: a QNaN loses to a number, +0 > -0),
 * xvabs/xvnabs/xvneg/xvcpsgn and xviexp (no FPSCR effect).
 */
#include "vsx-vec-fp.h"

typedef enum CmpKind { CMP_EQ, CMP_GE, CMP_GT, CMP_NE } CmpKind;

static const PpcInsn *vsx_cmp(PpcCpu *cpu, const PpcInsn *d, CmpKind k,
                              bool dp)
{
    PpcVec va = ppc_vsr_get(cpu, d->ra), vb = ppc_vsr_get(cpu, d->rb);
    PpcVec r = { { 0, 0 } };
    uint32_t exc = 0;
    bool all_true = true, all_false = true;
    for (unsigned i = 0; i < vsx_n(dp); i++) {
        uint64_t a = vsx_elt(va, i, dp), b = vsx_elt(vb, i, dp);
        bool nan = f64_is_nan(a) || f64_is_nan(b);
        if (f64_is_snan(a) || f64_is_snan(b)) {
            exc |= FP_VXSNAN;
            /* ordered compares: VXVC too unless VE=1 */
            if ((k == CMP_GE || k == CMP_GT) &&
                !(cpu->arch.fpscr & FP_VE)) {
                exc |= FP_VXVC;
            }
        } else if (nan && (k == CMP_GE || k == CMP_GT)) {
            exc |= FP_VXVC;
        }
        double x = fp_d(a), y = fp_d(b);
        bool t;
        switch (k) {
        case CMP_EQ: t = x == y; break;
        case CMP_GE: t = x >= y; break;
        case CMP_GT: t = x > y; break;
        default:
            /* xvcmpne (ISA 3.0, gone from 3.0B): an unordered pair
             * compares false, as in QEMU 7.2 */
            t = !nan && x != y;
            break;
        }
        if (dp) {
            r.dw[i] = t ? ~0ULL : 0;
        } else {
            vec_set_w(&r, i, t ? ~0u : 0);
        }
        all_true &= t;
        all_false &= !t;
    }
    if (d->flags & D_RC) {
        ppc_set_crf(cpu, 6, (all_true ? 8u : 0) | (all_false ? 2u : 0));
    }
    return vsx_fp_commit(cpu, d, r, exc);
}

#define VSX_CMP(name, k, dp) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return vsx_cmp(cpu, d, k, dp); \
    }

VSX_CMP(xvcmpeqdp, CMP_EQ, true)
VSX_CMP(xvcmpeqsp, CMP_EQ, false)
VSX_CMP(xvcmpgedp, CMP_GE, true)
VSX_CMP(xvcmpgesp, CMP_GE, false)
VSX_CMP(xvcmpgtdp, CMP_GT, true)
VSX_CMP(xvcmpgtsp, CMP_GT, false)
VSX_CMP(xvcmpnedp, CMP_NE, true)
VSX_CMP(xvcmpnesp, CMP_NE, false)

/* ---- maximum / minimum ---- */

static const PpcInsn *vsx_maxmin(PpcCpu *cpu, const PpcInsn *d, bool max,
                                 bool dp)
{
    PpcVec va = ppc_vsr_get(cpu, d->ra), vb = ppc_vsr_get(cpu, d->rb);
    PpcVec r = { { 0, 0 } };
    uint32_t exc = 0;
    for (unsigned i = 0; i < vsx_n(dp); i++) {
        uint64_t a = vsx_elt(va, i, dp), b = vsx_elt(vb, i, dp), x;
        if (f64_is_snan(a) || f64_is_snan(b)) {
            exc |= FP_VXSNAN;
            x = (f64_is_snan(a) ? a : b) | F64_QBIT;
        } else if (f64_is_nan(a)) {
            x = f64_is_nan(b) ? a : b;
        } else if (f64_is_nan(b)) {
            x = a;
        } else if (f64_is_zero(a) && f64_is_zero(b)) {
            /* +0 is the larger zero */
            x = max ? (a & b) : (a | b);
        } else {
            bool a_big = fp_d(a) > fp_d(b);
            x = (a_big == max) ? a : b;
        }
        vsx_set_elt(&r, i, dp, x);
    }
    return vsx_fp_commit(cpu, d, r, exc);
}

const PpcInsn *insn_xvmaxdp(PpcCpu *cpu, const PpcInsn *d)
{
    return vsx_maxmin(cpu, d, true, true);
}

const PpcInsn *insn_xvmaxsp(PpcCpu *cpu, const PpcInsn *d)
{
    return vsx_maxmin(cpu, d, true, false);
}

const PpcInsn *insn_xvmindp(PpcCpu *cpu, const PpcInsn *d)
{
    return vsx_maxmin(cpu, d, false, true);
}

const PpcInsn *insn_xvminsp(PpcCpu *cpu, const PpcInsn *d)
{
    return vsx_maxmin(cpu, d, false, false);
}

/* ---- sign operations: XT = (XB & ~sign_bits) | (set & sign_bits) ^ flip ---- */

#define SIGNS_DP 0x8000000000000000ULL
#define SIGNS_SP 0x8000000080000000ULL

typedef enum SignOp { SIGN_ABS, SIGN_NABS, SIGN_NEG, SIGN_CPSGN } SignOp;

static const PpcInsn *vsx_sign(PpcCpu *cpu, const PpcInsn *d, SignOp op,
                               bool dp)
{
    uint64_t m = dp ? SIGNS_DP : SIGNS_SP;
    PpcVec b = ppc_vsr_get(cpu, d->rb), a = ppc_vsr_get(cpu, d->ra);
    for (unsigned i = 0; i < 2; i++) {
        switch (op) {
        case SIGN_ABS: b.dw[i] &= ~m; break;
        case SIGN_NABS: b.dw[i] |= m; break;
        case SIGN_NEG: b.dw[i] ^= m; break;
        case SIGN_CPSGN: b.dw[i] = (b.dw[i] & ~m) | (a.dw[i] & m); break;
        }
    }
    ppc_vsr_set(cpu, d->rt, b);
    return d + 1;
}

#define VSX_SIGN(name, op, dp) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return vsx_sign(cpu, d, op, dp); \
    }

VSX_SIGN(xvabsdp, SIGN_ABS, true)
VSX_SIGN(xvabssp, SIGN_ABS, false)
VSX_SIGN(xvnabsdp, SIGN_NABS, true)
VSX_SIGN(xvnabssp, SIGN_NABS, false)
VSX_SIGN(xvnegdp, SIGN_NEG, true)
VSX_SIGN(xvnegsp, SIGN_NEG, false)
VSX_SIGN(xvcpsgndp, SIGN_CPSGN, true)
VSX_SIGN(xvcpsgnsp, SIGN_CPSGN, false)

/* ---- xviexp: sign and fraction of XA, exponent from XB's low bits ---- */

const PpcInsn *insn_xviexpdp(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec a = ppc_vsr_get(cpu, d->ra), b = ppc_vsr_get(cpu, d->rb);
    for (unsigned i = 0; i < 2; i++) {
        a.dw[i] = (a.dw[i] & ~F64_EXP) | ((b.dw[i] & 0x7ff) << 52);
    }
    ppc_vsr_set(cpu, d->rt, a);
    return d + 1;
}

const PpcInsn *insn_xviexpsp(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec a = ppc_vsr_get(cpu, d->ra), b = ppc_vsr_get(cpu, d->rb);
    for (unsigned i = 0; i < 4; i++) {
        uint32_t w = (vec_w(a, i) & ~0x7f800000u) |
                     ((vec_w(b, i) & 0xff) << 23);
        vec_set_w(&a, i, w);
    }
    ppc_vsr_set(cpu, d->rt, a);
    return d + 1;
}
