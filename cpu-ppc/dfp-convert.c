/* SPDX-License-Identifier: MIT */
/*
 * DFP format conversions (Power ISA 3.0 Book I 5.6.5): dctdp (decimal32
 * in FRB bits 32-63 to decimal64), dctqpq (decimal64 to decimal128),
 * drsp and drdpq (rounding to the shorter format), dcffix(q) (signed
 * 64-bit integer to DFP) and dctfix(q) (DFP to signed 64-bit integer).
 * X-form: FRT = d->rt, FRB = d->rb.
 */
#include "dfp-internal.h"

/* A NaN moved to format `to`: its payload digits when they fit, else
 * a QNaN with payload 0. To or from the storage-only decimal32 format an SNaN stays
 * an SNaN without an exception (ISA 5.6.5 programming notes of dctdp and
 * drsp); otherwise it is quieted with VXSNAN. */
static void convert_nan(DecNum *x, const DfpFormat *to, bool storage,
                        uint32_t *exc)
{
    if (x->cls == DEC_SNAN && !storage) {
        *exc |= FP_VXSNAN;
        x->cls = DEC_QNAN;
    }
    unsigned keep = (to->width - 6 - to->ebits) / 10 * 3;
    if (x->n > keep) {   /* as QEMU 7.2: a QNaN with payload 0 */
        memset(x->dig, 0, sizeof(x->dig));
        x->n = 0;
        x->cls = DEC_QNAN;
    }
    x->raw = dfp_pack_special(to, x);
}

/* Convert FRB of format `from` to `to` (rounding in DRN when narrower)
 * and commit it with the FPSCR effects to FRT, or for drdpq to the
 * pair FRTp as 0 : result. */
static const PpcInsn *convert(PpcCpu *cpu, const PpcInsn *d,
                              const DfpFormat *from, dfp_u128 raw,
                              const DfpFormat *to)
{
    DecNum x;
    uint32_t exc = 0;
    dfp_unpack(from, raw, &x);
    if (dec_is_nan(&x)) {
        bool storage = from == &dfp_short || to == &dfp_short;
        convert_nan(&x, to, storage, &exc);
    } else if (x.cls == DEC_FINITE) {
        exc |= dec_round(&x, to, dfp_drn(cpu), false);
    }
    if (from == &dfp_extended && to == &dfp_long) {
        if (!((exc & FP_VX_ALL) && (cpu->arch.fpscr & FP_VE))) {
            ppc_set_fpr(cpu, d->rt & 30, 0);
        }
        return dfp_commit_to(cpu, d, (d->rt & 30) + 1, to, &x, exc, true);
    }
    return dfp_commit(cpu, d, to, &x, exc, true);
}

const PpcInsn *insn_dctdp(PpcCpu *cpu, const PpcInsn *d)
{
    return convert(cpu, d, &dfp_short, (uint32_t)FPR(d->rb), &dfp_long);
}

const PpcInsn *insn_dctqpq(PpcCpu *cpu, const PpcInsn *d)
{
    return convert(cpu, d, &dfp_long, FPR(d->rb), &dfp_extended);
}

const PpcInsn *insn_drsp(PpcCpu *cpu, const PpcInsn *d)
{
    return convert(cpu, d, &dfp_long, FPR(d->rb), &dfp_short);
}

const PpcInsn *insn_drdpq(PpcCpu *cpu, const PpcInsn *d)
{
    return convert(cpu, d, &dfp_extended, dfp_read(cpu, &dfp_extended, d->rb),
                   &dfp_long);
}

/* dcffix(q): the signed integer in FRB (one FPR for both forms). */
const PpcInsn *insn_dcffix(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    int64_t v = (int64_t)FPR(d->rb);
    DecNum x;
    dec_set_zero(&x, v < 0, 0);
    dec_set_u128(&x, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
    uint32_t exc = dec_round(&x, f, dfp_drn(cpu), false);
    return dfp_commit(cpu, d, f, &x, exc, true);
}

/* dctfix(q): FRB rounded to an integer in DRN, saturated to the signed
 * 64-bit range (VXCVI for NaN, infinity or out of range). FPRF is
 * undefined by the ISA and left unchanged. */
const PpcInsn *insn_dctfix(PpcCpu *cpu, const PpcInsn *d)
{
    const DfpFormat *f = dfp_fmt(d);
    DecNum x;
    uint32_t exc = 0;
    uint64_t r;
    dfp_load(cpu, f, d->rb, &x);
    if (x.cls != DEC_FINITE) {
        exc |= FP_VXCVI | (x.cls == DEC_SNAN ? FP_VXSNAN : 0);
        r = x.cls == DEC_INF && !x.neg ? INT64_MAX : (uint64_t)INT64_MIN;
    } else {
        exc |= dec_round_to_exp(&x, 0, dfp_drn(cpu));
        dfp_u128 limit = x.neg ? (dfp_u128)1 << 63 : ((dfp_u128)1 << 63) - 1;
        dfp_u128 mag = 0;
        bool big = x.n && x.exp + (int)x.n > 20;
        if (!big) {
            dec_shift_left(&x, (unsigned)x.exp);
            mag = dec_get_u128(&x);
            big = mag > limit;
        }
        if (big) {
            exc = FP_VXCVI;
            r = x.neg ? (uint64_t)INT64_MIN : INT64_MAX;
        } else {
            r = x.neg ? 0 - (uint64_t)mag : (uint64_t)mag;
        }
    }
    return dfp_commit_raw(cpu, d, &dfp_long, r, exc);
}

const PpcInsn *insn_dcffixq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dcffix(cpu, d);
}

const PpcInsn *insn_dctfixq(PpcCpu *cpu, const PpcInsn *d)
{
    return insn_dctfix(cpu, d);
}
