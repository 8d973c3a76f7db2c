/* SPDX-License-Identifier: MIT */
/*
 * Committing DFP results (Power ISA 3.0 Book I 5.5.10): FPSCR exception
 * bits with FX, FI, FPRF, the target register or pair, CR1 for Rc=1 and
 * the enabled-exception program interrupt; NaN operand propagation.
 */
#include "dfp-internal.h"

/* The enables of the OX, UX, ZX, XX exception bits are 22 bits lower. */
static bool enabled(uint32_t fpscr, uint32_t exc)
{
    return ((exc & FP_VX_ALL) && (fpscr & FP_VE)) ||
           ((exc >> 22) & fpscr & (FP_OE | FP_UE | FP_ZE | FP_XE));
}

bool dfp_record(PpcCpu *cpu, uint32_t exc)
{
    if (!exc) {
        return false;
    }
    cpu->arch.fpscr |= exc | FP_FX;
    fp_update_summary(cpu);
    return enabled(cpu->arch.fpscr, exc) && fp_exc_mode(cpu);
}

const PpcInsn *dfp_commit(PpcCpu *cpu, const PpcInsn *d, const DfpFormat *f,
                          const DecNum *x, uint32_t exc, bool set_fprf)
{
    return dfp_commit_to(cpu, d, d->rt, f, x, exc, set_fprf);
}

/* The shared commit: write bits (format f) to frt unless an enabled
 * invalid or zero-divide exception suppresses it, FR/FI from exc, FPRF
 * when fprf is not ~0, the exception bits, CR1, the interrupt. */
static const PpcInsn *commit_bits(PpcCpu *cpu, const PpcInsn *d,
                                  unsigned frt, const DfpFormat *f,
                                  dfp_u128 bits, uint32_t exc, uint32_t fprf)
{
    uint32_t fpscr = cpu->arch.fpscr;
    bool suppressed = ((exc & FP_VX_ALL) && (fpscr & FP_VE)) ||
                      ((exc & FP_ZX) && (fpscr & FP_ZE));
    cpu->arch.fpscr &= ~(FP_FR | FP_FI);
    if (suppressed) {
        /* the target and FPRF stay; FR and FI are cleared */
        exc &= FP_VX_ALL | FP_ZX;
    } else {
        dfp_write(cpu, f, frt, bits);
        if (exc & FP_XX) {
            cpu->arch.fpscr |= FP_FI | (exc & FP_FR);
        }
        if (fprf != ~0u) {
            cpu->arch.fpscr = (cpu->arch.fpscr & ~FP_FPRF) | fprf;
        }
    }
    bool interrupt = dfp_record(cpu, exc & ~FP_FR);
    if (d->flags & D_RC) {
        fp_set_cr1(cpu);
    }
    return interrupt ? fp_raise(cpu, d) : d + 1;
}

const PpcInsn *dfp_commit_to(PpcCpu *cpu, const PpcInsn *d, unsigned frt,
                             const DfpFormat *f, const DecNum *x,
                             uint32_t exc, bool set_fprf)
{
    return commit_bits(cpu, d, frt, f, dfp_pack(f, x), exc,
                       set_fprf ? dfp_fprf(f, x) : ~0u);
}

const PpcInsn *dfp_commit_raw(PpcCpu *cpu, const PpcInsn *d,
                              const DfpFormat *f, dfp_u128 bits,
                              uint32_t exc)
{
    return commit_bits(cpu, d, d->rt, f, bits, exc, ~0u);
}

bool dec_nan_result(DecNum *r, const DecNum *a, const DecNum *b,
                    const DfpFormat *f, uint32_t *exc)
{
    const DecNum *pick = NULL;
    if (a->cls == DEC_SNAN) {
        pick = a;
    } else if (b && b->cls == DEC_SNAN) {
        pick = b;
    } else if (a->cls == DEC_QNAN) {
        pick = a;
    } else if (b && b->cls == DEC_QNAN) {
        pick = b;
    }
    if (!pick) {
        return false;
    }
    if ((a->cls == DEC_SNAN) || (b && b->cls == DEC_SNAN)) {
        *exc |= FP_VXSNAN;
    }
    /* the QNaN re-encoded: rest of the combination/exponent field 0,
     * the payload in preferred declets (as QEMU 7.2 does) */
    *r = *pick;
    r->cls = DEC_QNAN;
    r->raw = dfp_pack_special(f, r);
    return true;
}
