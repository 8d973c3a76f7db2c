/* SPDX-License-Identifier: MIT */
/*
 * Every value QEMU 7.2 records in tests/insn/expected/ that the Power
 * ISA says is wrong, one InsnDeviation each (vector.h): the vector, the
 * register (or scratch bytes), QEMU's value, the ISA's value and the
 * rule. test-insn checks the recorded value is the listed one, expects
 * the ISA's and prints the line. isa-fp-ve.h is generated
 * (gen-isa-ve.py) from the VE/ZE vectors' inputs, isa-fp-fnm.h
 * (gen-isa-fnm.py) from the fnmadd/fnmsub vectors' inputs.
 */
#ifndef FARAD_TESTS_INSN_ISA_DEVIATIONS_H
#define FARAD_TESTS_INSN_ISA_DEVIATIONS_H

#include "vector.h"

#define ISA_VE_RULE "ISA 3.0B 4.4.1: VE=1 invalid operation leaves FRT " \
    "and FPRF unchanged, clears FR FI (QEMU 7.2 writes the QNaN and FPRF)"
#define ISA_ZE_RULE "ISA 3.0B 4.4.2: ZE=1 zero divide leaves FRT and " \
    "FPRF unchanged (QEMU 7.2 writes the infinity and FPRF)"

#define ISA_FNM_RULE "ISA 3.0B 4.6.5.2: fnmadd/fnmsub round A*C+-B under " \
    "RN, then negate (QEMU 7.2 negates first: one ulp off toward +-inf)"
#define ISA_DFP_VE_RULE "ISA 3.0B 5.5.10.1 (as 4.4.1): VE=1 invalid " \
    "operation leaves FRT(p) and FPRF unchanged, clears FR FI (QEMU 7.2 " \
    "writes the QNaN and FPRF)"
#define ISA_DFP_ZE_RULE "ISA 3.0B 5.5.10.2 (as 4.4.2): ZE=1 zero divide " \
    "leaves FRT(p) and FPRF unchanged, clears FR FI (QEMU 7.2 writes the " \
    "infinity and FPRF)"
#define ISA_DFP_VC_RULE "ISA 3.0B 5.6.2 (as fcmpo, 4.6.8): dcmpo with an " \
    "SNaN and VE=1 sets VXSNAN, not VXVC (QEMU 7.2 sets both)"
#define ISA_DFP_CTFIX_MIN_RULE "ISA 3.0B 5.6.5 dctfix(q): VXCVI only " \
    "when the rounded integer is out of range; -2^63 is in range (QEMU " \
    "7.2 raises VXCVI)"
#define ISA_DFP_ENBCD_RULE "ISA 3.0B 5.6.6 denbcd(q): an invalid BCD " \
    "digit or sign is VXCVI (either S), result the QNaN with FPRF QNaN, " \
    "FEX only with VE=1 (QEMU 7.2: FPRF 0, FEX the other way round, S=0 " \
    "digits above 9 taken)"
#define ISA_DFP_OE_UE_RULE "ISA 3.0B 5.5.10.3/4 (as 4.4.3/4): OE=1 " \
    "overflow / UE=1 underflow (tiny, even exact) write the result scaled " \
    "by 10^-+576 (10^-+9216 quad), rounded (QEMU 7.2 writes the disabled " \
    "result)"
#define ISA_DFP_RDPQ_SNAN_RULE "ISA 3.0B 5.6.5 drdpq: an SNaN operand " \
    "raises VXSNAN whatever its payload (QEMU 7.2 drops it with a payload " \
    "too long for decimal64)"
#define ISA_DFP_FEX_RULE "ISA 3.0B 4.2.2 FPSCR[FEX]: the OR of the " \
    "exception bits ANDed with their enables (QEMU 7.2's drrnd and denbcd " \
    "set it from the wrong bits)"
#define ISA_DFP_FI_RULE "ISA 3.0B 4.2.2: FR and FI describe the last " \
    "rounding, an exact DFP result clears them (QEMU 7.2 leaves them)"

#define ISA_AMO_SIGNED "Power ISA 3.0B Book II, Atomic Memory Operations: " \
    "word maximum/minimum signed compare the words signed (QEMU 7.2: " \
    "unsigned)"
#define ISA_AMO_BOUND "Power ISA 3.0B Book II, Atomic Memory Operations: " \
    "when the bound is reached (or " \
    "not equal) RT = 2^(8s-1) zero-extended (QEMU 7.2: 0xffffffff80000000)"

/* the bcd* vectors of vmxperm.vec (vmx-bcd.c) */
#define ISA_BCD_ZERO "Power ISA 3.0B Book I Decimal Integer Instructions, bcdadd./bcdsub.: a zero " \
    "unbounded result is positive (sign code 0b1100, 0b1111 with PS=1) " \
    "and sets CR6 to EQ alone (QEMU 7.2 keeps the operands' common sign " \
    "and sets GT|EQ or LT|EQ)"
#define ISA_BCD_INVALID "Power ISA 3.0B Book I Decimal Integer Instructions, bcdadd./bcdsub.: an " \
    "invalid operand (a digit above 9) sets CR6 to 0b0001 and leaves VRT " \
    "undefined (farad: all ones, as QEMU 7.2 gives for other invalid " \
    "operands; QEMU 7.2 stops comparing magnitudes at the invalid digit " \
    "and returns +0 with EQ)"
#define ISA_BCD_INVALID_HIGH "Power ISA 3.0B Book I Decimal Integer Instructions, bcdctn./bcdctz.: VRB " \
    "with any digit above 9 is invalid, CR6 = 0b0001 (QEMU 7.2 checks " \
    "only the digits it converts and reports the others as overflow " \
    "with GT/LT)"
#define ISA_BCD_SHIFT_CR "Power ISA 3.0B Book I Decimal Integer " \
    "Instructions, bcds./bcdsr./bcdus./bcdtrunc./bcdutrunc. RTL: CR6 " \
    "LT/GT/EQ describe the source VRB (unsigned: GT if nonzero, EQ if " \
    "zero), SO = nonzero digits shifted or truncated away (QEMU 7.2 " \
    "compares the result with zero, reads a bcdus. result's last digit " \
    "as a sign, sets SO for any bcdus. count >= 32)"
#define ISA_BCD_TRUNC_LEN "Power ISA 3.0B Book I Decimal Integer " \
    "Instructions, bcdtrunc.: the length VRA bits 48:63 is unsigned, " \
    "0xffff >= 31 keeps every digit (QEMU 7.2 reads -1 and keeps 15)"
#define ISA_VSX_INT_FACILITY "Power ISA 3.0B 7.6.1 lxsibzx/lxsihzx/" \
    "stxsibx/stxsihx: a VR operand (TX/SX=1) needs MSR[VEC], a VSR " \
    "0..31 MSR[VSX] (QEMU 7.2 checks MSR[VSX] for both)"
#define ISA_LXSD_FACILITY "Power ISA 3.0B 7.6.1 lxsd: VRT is a VR, " \
    "MSR[VEC]=0 gives Vector Unavailable (QEMU 7.2 checks MSR[VSX], " \
    "unlike its lxssp/stxsd/stxssp)"
/* One vector of those facility rules, by what QEMU 7.2 did: ran
 * (VEC_DEV_RAN: ISA interrupt vec, SRR1 srr1, MSR after it) or took
 * VSX Unavailable (VEC_DEV_F40: the ISA runs it, MSR kept). */
#define SRR1_NOVEC 0x8000000000803000ULL  /* SF VSX FP ME */
#define VEC_DEV_RAN(v, msr_q, msr_i, srr1, vec, rule)                  \
    { v, INSN_REG_MSR, msr_q, msr_i, rule, 0, 0 },                      \
    { v, INSN_REG_NIP, 0xa004, vec, rule, 0, 0 },                       \
    { v, INSN_REG_SRR0, 0, 0xa000, rule, 0, 0 },                        \
    { v, INSN_REG_SRR1, 0, srr1, rule, 0, 0 }
#define VEC_DEV_F40(v, msr_q, msr_i, srr1, rule)                       \
    { v, INSN_REG_MSR, msr_q, msr_i, rule, 0, 0 },                      \
    { v, INSN_REG_NIP, 0xf40, 0xa004, rule, 0, 0 },                     \
    { v, INSN_REG_SRR0, 0xa000, 0, rule, 0, 0 },                        \
    { v, INSN_REG_SRR1, srr1, 0, rule, 0, 0 }
#define ISA_VRLDMI "Power ISA 3.0B Book I, vrldmi (Vector Rotate Left " \
    "Doubleword then Mask Insert): VRT.dword[i] = (r & m) | (VRT.dword[i] & " \
    "~m) (QEMU 7.2 writes r & m, as vrldnm)"
#define ISA_VRL_VEC "Power ISA 3.0B Book III, Vector Unavailable " \
    "interrupt: a vector instruction with MSR[VEC]=0 takes 0xf20 (QEMU 7.2 " \
    "runs vrlwmi/vrlwnm/vrldmi/vrldnm without checking MSR[VEC])"
/* vecfp.vec (isa-vecfp.h, gen-isa-vecfp.py has the derivations) */
#define ISA_VECFP_ENABLED "ISA 3.0B 7.6 (every VSX vector FP " \
    "instruction's ex_flag): an enabled exception in any element leaves " \
    "VSR[XT] unaltered (QEMU 7.2 writes it)"
#define ISA_VECFP_ESTZX "ISA 3.0B 7.6 xvredp/xvresp/xvrsqrtedp/" \
    "xvrsqrtesp: a zero element raises ZX, every element's OX/UX is " \
    "recorded (QEMU 7.2 never sets ZX, and one of OX/UX)"
#define ISA_VECFP_UXTINY "ISA 3.0B 4.4.4, 7.6: with UE=1 a tiny result " \
    "raises UX even when exact, and each element's OX/UX is recorded " \
    "(QEMU 7.2: UX only when inexact, one of OX/UX per instruction)"
#define ISA_VECFP_MAXMIN "ISA 3.0B 7.6 xvmaxdp/xvmaxsp/xvmindp/xvminsp " \
    "alter only FX and VXSNAN (QEMU 7.2 sets UX for a denormal result)"
#define ISA_VECFP_VXVC "ISA 3.0B 7.6 xvcmpge/xvcmpgt: an SNaN sets VXVC " \
    "only when VE=0 (QEMU 7.2 sets it with VE=1 too)"
#define ISA_VECFP_CVTELT "ISA 3.0B 7.6 xvcv*xds/xvcv*xws: each element " \
    "converts on its own (QEMU 7.2 repeats the invalid result of a NaN " \
    "or out-of-range element in every later element)"
#define ISA_VECFP_NMROUND "ISA 3.0B 7.6 xvnmadd/xvnmsub: the sum is " \
    "rounded, then negated (QEMU 7.2 rounds the negated sum: another " \
    "value in the directed rounding modes)"
#define ISA_VECFP_EXPTE "ISA 3.0B Book I vexptefp: the estimate is " \
    "within one part in 16 of 2^x (QEMU 7.2's series is not for large " \
    "|x|: ISA value here is 2^x rounded to single)"

static const InsnDeviation isa_deviations[] = {
    /* e.g. vs_fdiv_zero_ze, 1.0 / 0.0 with ZE=1: QEMU stores +inf and
     * FPRF +inf (0x5000): f1 0x7ff0000000000000 -> 0x4008000000000000
     * (unchanged), FPSCR 0xc4005010 -> 0xc4000010 */
#include "isa-fp-ve.h"
#include "isa-fp-fnm.h"
    /* decimal FP (dfp.vec, and the DFP rows of rand.vec) */
#include "isa-dfp.h"
    /* vsxscalar.vec (generated by gen-isa-vsxscalar.py) */
#include "isa-vsxscalar.h"
    /* the amo_*_isa vectors of ldst.vec (scratch word 0, or r5) */
    { "amo_lwat_maxs_isa", INSN_DEV_MEM, 0xfffffff0, 5, ISA_AMO_SIGNED, 0, 4 },
    { "amo_lwat_mins_isa", INSN_DEV_MEM, 5, 0xfffffff0, ISA_AMO_SIGNED, 0, 4 },
    { "amo_stwat_maxs_isa", INSN_DEV_MEM, 0xfffffff0, 5, ISA_AMO_SIGNED, 0, 4 },
    { "amo_stwat_mins_isa", INSN_DEV_MEM, 5, 0xfffffff0, ISA_AMO_SIGNED, 0, 4 },
    { "amo_lwat_incb_isa", INSN_REG_GPR0 + 5, 0xffffffff80000000ULL,
      0x80000000ULL, ISA_AMO_BOUND, 0, 0 },
    { "amo_lwat_ince_isa", INSN_REG_GPR0 + 5, 0xffffffff80000000ULL,
      0x80000000ULL, ISA_AMO_BOUND, 0, 0 },
    { "amo_ldat_incb_isa", INSN_REG_GPR0 + 5, 0xffffffff80000000ULL,
      0x8000000000000000ULL, ISA_AMO_BOUND, 0, 0 },
    { "amo_ldat_decb_isa", INSN_REG_GPR0 + 5, 0xffffffff80000000ULL,
      0x8000000000000000ULL, ISA_AMO_BOUND, 0, 0 },
    /* rand.vec (gen-rand-vec.py): the same AMO bound case, drawn at random */
    { "lwat_0", INSN_REG_GPR0 + 19, 0xffffffff80000000ULL, 0x80000000ULL,
      ISA_AMO_BOUND, 0, 0 },
    /* vmxperm.vec: decimal add/subtract and conversions */
    { "bcdadd_zero_pp_ps0", INSN_REG_CR, 0x60ULL, 0x20ULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdadd_zero_pp_ps0_le", INSN_REG_CR, 0x60ULL, 0x20ULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdadd_zero_pp_ps1", INSN_REG_CR, 0x60ULL, 0x20ULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdadd_zero_pp_ps1_le", INSN_REG_CR, 0x60ULL, 0x20ULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdadd_zero_mm_ps0", INSN_REG_CR, 0xa0ULL, 0x20ULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdadd_zero_mm_ps0", INSN_REG_VR0 + 3, 0xdULL, 0xcULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdadd_zero_mm_ps0_le", INSN_REG_CR, 0xa0ULL, 0x20ULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdadd_zero_mm_ps0_le", INSN_REG_VR0 + 3, 0xdULL, 0xcULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdadd_zero_mm_ps1", INSN_REG_CR, 0xa0ULL, 0x20ULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdadd_zero_mm_ps1", INSN_REG_VR0 + 3, 0xdULL, 0xfULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdadd_zero_mm_ps1_le", INSN_REG_CR, 0xa0ULL, 0x20ULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdadd_zero_mm_ps1_le", INSN_REG_VR0 + 3, 0xdULL, 0xfULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdsub_zero_pm_ps0", INSN_REG_CR, 0x60ULL, 0x20ULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdsub_zero_pm_ps0_le", INSN_REG_CR, 0x60ULL, 0x20ULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdsub_zero_pm_ps1", INSN_REG_CR, 0x60ULL, 0x20ULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdsub_zero_pm_ps1_le", INSN_REG_CR, 0x60ULL, 0x20ULL, ISA_BCD_ZERO, 0, 0 },
    { "bcdadd_inv_digit_diff_ps0", INSN_REG_CR, 0x20ULL, 0x10ULL, ISA_BCD_INVALID, 0, 0 },
    { "bcdadd_inv_digit_diff_ps0", INSN_REG_VR0 + 2, 0x0ULL, 0xffffffffffffffffULL, ISA_BCD_INVALID, 0, 0 },
    { "bcdadd_inv_digit_diff_ps0", INSN_REG_VR0 + 3, 0xcULL, 0xffffffffffffffffULL, ISA_BCD_INVALID, 0, 0 },
    { "bcdadd_inv_digit_diff_ps0_le", INSN_REG_CR, 0x20ULL, 0x10ULL, ISA_BCD_INVALID, 0, 0 },
    { "bcdadd_inv_digit_diff_ps0_le", INSN_REG_VR0 + 2, 0x0ULL, 0xffffffffffffffffULL, ISA_BCD_INVALID, 0, 0 },
    { "bcdadd_inv_digit_diff_ps0_le", INSN_REG_VR0 + 3, 0xcULL, 0xffffffffffffffffULL, ISA_BCD_INVALID, 0, 0 },
    { "bcdsub_inv_digit_same_ps0", INSN_REG_CR, 0x20ULL, 0x10ULL, ISA_BCD_INVALID, 0, 0 },
    { "bcdsub_inv_digit_same_ps0", INSN_REG_VR0 + 2, 0x0ULL, 0xffffffffffffffffULL, ISA_BCD_INVALID, 0, 0 },
    { "bcdsub_inv_digit_same_ps0", INSN_REG_VR0 + 3, 0xcULL, 0xffffffffffffffffULL, ISA_BCD_INVALID, 0, 0 },
    { "bcdsub_inv_digit_same_ps0_le", INSN_REG_CR, 0x20ULL, 0x10ULL, ISA_BCD_INVALID, 0, 0 },
    { "bcdsub_inv_digit_same_ps0_le", INSN_REG_VR0 + 2, 0x0ULL, 0xffffffffffffffffULL, ISA_BCD_INVALID, 0, 0 },
    { "bcdsub_inv_digit_same_ps0_le", INSN_REG_VR0 + 3, 0xcULL, 0xffffffffffffffffULL, ISA_BCD_INVALID, 0, 0 },
    { "bcdctz_inv_d20_ps0", INSN_REG_CR, 0x50ULL, 0x10ULL, ISA_BCD_INVALID_HIGH, 0, 0 },
    { "bcdctz_inv_d20_ps0_le", INSN_REG_CR, 0x50ULL, 0x10ULL, ISA_BCD_INVALID_HIGH, 0, 0 },
    { "bcdctz_inv_d20_ps1", INSN_REG_CR, 0x50ULL, 0x10ULL, ISA_BCD_INVALID_HIGH, 0, 0 },
    { "bcdctz_inv_d20_ps1_le", INSN_REG_CR, 0x50ULL, 0x10ULL, ISA_BCD_INVALID_HIGH, 0, 0 },
    { "bcdctn_inv_d10", INSN_REG_CR, 0x50ULL, 0x10ULL, ISA_BCD_INVALID_HIGH, 0, 0 },
    { "bcdctn_inv_d10_le", INSN_REG_CR, 0x50ULL, 0x10ULL, ISA_BCD_INVALID_HIGH, 0, 0 },
    /* vmxperm.vec: decimal shifts and truncations */
#include "isa-bcd-shift.h"
    /* vsxmem.vec: VR-operand scalar integer loads/stores and lxsd with
     * MSR[VEC] or MSR[VSX] off (v3 = VSR 35, default 0x7e7e7e7e03030303
     * / 0x1e1e1e1e03030303; scratch zero unless the vector sets it) */
    VEC_DEV_F40("lxsibzx_novsx_vr", 0x8000000000001000ULL,
                0x8000000000003000ULL, 0x8000000002003000ULL,
                ISA_VSX_INT_FACILITY),
    { "lxsibzx_novsx_vr", INSN_REG_VR0 + 6, 0x7e7e7e7e03030303ULL, 0x1,
      ISA_VSX_INT_FACILITY, 0, 0 },
    VEC_DEV_F40("lxsihzx_novsx_vr", 0x8000000000001000ULL,
                0x8000000000003000ULL, 0x8000000002003000ULL,
                ISA_VSX_INT_FACILITY),
    { "lxsihzx_novsx_vr", INSN_REG_VR0 + 6, 0x7e7e7e7e03030303ULL, 0x11e,
      ISA_VSX_INT_FACILITY, 0, 0 },
    VEC_DEV_F40("stxsibx_novsx", 0x8000000000001000ULL,
                0x8000000000003000ULL, 0x8000000002003000ULL,
                ISA_VSX_INT_FACILITY),
    { "stxsibx_novsx", INSN_DEV_MEM, 0, 0x03, ISA_VSX_INT_FACILITY, 16, 1 },
    VEC_DEV_F40("stxsihx_novsx", 0x8000000000001000ULL,
                0x8000000000003000ULL, 0x8000000002003000ULL,
                ISA_VSX_INT_FACILITY),
    { "stxsihx_novsx", INSN_DEV_MEM, 0, 0x0303, ISA_VSX_INT_FACILITY, 16, 2 },
    VEC_DEV_RAN("lxsibzx_novec_vr", 0x8000000000003000ULL,
                0x8000000000001000ULL, SRR1_NOVEC, 0xf20,
                ISA_VSX_INT_FACILITY),
    { "lxsibzx_novec_vr", INSN_REG_VR0 + 6, 0, 0x7e7e7e7e03030303ULL,
      ISA_VSX_INT_FACILITY, 0, 0 },
    VEC_DEV_RAN("lxsihzx_novec_vr", 0x8000000000003000ULL,
                0x8000000000001000ULL, SRR1_NOVEC, 0xf20,
                ISA_VSX_INT_FACILITY),
    { "lxsihzx_novec_vr", INSN_REG_VR0 + 6, 0, 0x7e7e7e7e03030303ULL,
      ISA_VSX_INT_FACILITY, 0, 0 },
    VEC_DEV_RAN("stxsibx_novec_vr", 0x8000000000003000ULL,
                0x8000000000001000ULL, SRR1_NOVEC, 0xf20,
                ISA_VSX_INT_FACILITY),
    { "stxsibx_novec_vr", INSN_DEV_MEM, 0x03, 0, ISA_VSX_INT_FACILITY, 16, 1 },
    VEC_DEV_RAN("stxsihx_novec_vr", 0x8000000000003000ULL,
                0x8000000000001000ULL, SRR1_NOVEC, 0xf20,
                ISA_VSX_INT_FACILITY),
    { "stxsihx_novec_vr", INSN_DEV_MEM, 0x0303, 0, ISA_VSX_INT_FACILITY,
      16, 2 },
    VEC_DEV_RAN("lxsd_novec", 0x8000000000003000ULL, 0x8000000000001000ULL,
                SRR1_NOVEC, 0xf20, ISA_LXSD_FACILITY),
    { "lxsd_novec", INSN_REG_VR0 + 6, 0, 0x7e7e7e7e03030303ULL, ISA_LXSD_FACILITY, 0, 0 },
    { "lxsd_novec", INSN_REG_VR0 + 6 + 1, 0, 0x1e1e1e1e03030303ULL, ISA_LXSD_FACILITY,
      0, 0 },
    /* msr_clear=vsx+fp: QEMU's MSR after the interrupt equals the
     * vector's, so no MSR entry */
    { "lxsd_novsx", INSN_REG_NIP, 0xf40, 0xa004, ISA_LXSD_FACILITY, 0, 0 },
    { "lxsd_novsx", INSN_REG_SRR0, 0xa000, 0, ISA_LXSD_FACILITY, 0, 0 },
    { "lxsd_novsx", INSN_REG_SRR1, 0x8000000002001000ULL, 0,
      ISA_LXSD_FACILITY, 0, 0 },
    { "lxsd_novsx", INSN_REG_VR0 + 6, 0x7e7e7e7e03030303ULL, 0x011e3b587592afccULL,
      ISA_LXSD_FACILITY, 0, 0 },
    { "lxsd_novsx", INSN_REG_VR0 + 6 + 1, 0x1e1e1e1e03030303ULL, 0, ISA_LXSD_FACILITY,
      0, 0 },
    /* vmxint.vec: vrldmi, and the rotate-and-mask rows with MSR[VEC]=0
     * (generated by gen-isa-vmxint.py) */
#include "isa-vmxint.h"
#include "isa-vecfp.h"
    { NULL, 0, 0, 0, NULL, 0, 0 },
};

#endif
