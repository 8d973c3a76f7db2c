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

static const InsnDeviation isa_deviations[] = {
    /* e.g. vs_fdiv_zero_ze, 1.0 / 0.0 with ZE=1: QEMU stores +inf and
     * FPRF +inf (0x5000): f1 0x7ff0000000000000 -> 0x4008000000000000
     * (unchanged), FPSCR 0xc4005010 -> 0xc4000010 */
#include "isa-fp-ve.h"
#include "isa-fp-fnm.h"
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
    { NULL, 0, 0, 0, NULL, 0, 0 },
};

#endif
