/* SPDX-License-Identifier: MIT */
/*
 * Decimal floating-point vectors whose expected values are derived by
 * hand from the Power ISA (3.0B, Book I chapter 5, "Decimal
 * Floating-Point"), not recorded from QEMU: test-insn.c runs them as
 * /insn/dfp/isa/<name>. Each comment gives the decimal operands, the
 * exact result and the rounding; the bit patterns (decimal64 in f2/f4/f6,
 * decimal128 in the pairs f2:f3, f4:f5, f6:f7) are those decimal values
 * encoded in DPD by gen-dfp-vec.py's encoder. FPSCR bits: FX 0x80000000,
 * XX 0x02000000, FR 0x00040000, FI 0x00020000, FPRF +normal 0x4000,
 * -normal 0x8000, +zero 0x2000, -zero 0x12000; DRN in bits 32-34.
 * Rules (ISA 3.0B): 5.5.2 rounding modes (DRN 0 nearest even, 2 toward
 * +inf, 3 toward -inf, 4 nearest ties away, 5 nearest ties toward 0,
 * 6 away from 0, 7 prepare for shorter precision: truncate, then a last
 * digit 0 or 5 of an inexact result becomes 1 or 6); the ideal
 * exponent of an exact sum: the smaller operand exponent; an exact zero
 * sum of opposite signs is +0 except toward -inf; 4.2.2 FR: the rounded
 * result is larger in magnitude than the exact one; FI: inexact.
 */
#ifndef FARAD_TESTS_INSN_ISA_DFP_HAND_H
#define FARAD_TESTS_INSN_ISA_DFP_HAND_H

#include "vector.h"

#define DF(n, v) { INSN_REG_FPR0 + (n), (v) }
#define DFPSCR(v) { INSN_REG_FPSCR, (v) }
#define DMSR64 { INSN_REG_MSR, 0x8000000000003000ull }
/* expected: always the next PC, no interrupt, the MSR */
#define DIN(...) (const InsnReg[]){ __VA_ARGS__, DMSR64, INSN_REG_LIST_END }
#define DOUT(...) (const InsnReg[]){ __VA_ARGS__, { INSN_REG_NIP, 0xa004ull }, \
                                      { INSN_REG_VEC, 0 }, DMSR64, \
                                      INSN_REG_LIST_END }

static const InsnVector isa_dfp_vectors[] = {
    /* 1.1 + 2.2 = 3.3 exactly: coefficient 33 at the ideal exponent -1; exact: no XX FI: 1.1 dadd 2.2 -> 3.3 */
    { "isa_dadd_1_1_2_2", "dadd 2,4,6", 0xec443004, 64, 0,
      DIN(DF(4, 0x2234000000000011ull), DF(6, 0x2234000000000022ull)), NULL,
      DOUT(DF(2, 0x2234000000000033ull), DFPSCR(0x4000ull)), NULL },
    /* 1/3 to 16 digits, nearest: the rest 0.33.. rounds down: XX FI, FR 0: 1 ddiv 3 -> 0.3333333333333333 */
    { "isa_ddiv_1_3", "ddiv 2,4,6", 0xec443444, 64, 0,
      DIN(DF(4, 0x2238000000000001ull), DF(6, 0x2238000000000003ull)), NULL,
      DOUT(DF(2, 0x2df9b36cdb36cdb3ull), DFPSCR(0x82024000ull)), NULL },
    /* 2/3 to 16 digits, nearest: the rest 0.66.. rounds up: XX FI FR: 2 ddiv 3 -> 0.6666666666666667 */
    { "isa_ddiv_2_3", "ddiv 2,4,6", 0xec443444, 64, 0,
      DIN(DF(4, 0x2238000000000002ull), DF(6, 0x2238000000000003ull)), NULL,
      DOUT(DF(2, 0x39fb66d9b66d9b67ull), DFPSCR(0x82064000ull)), NULL },
    /* 1/3 toward +inf (DRN 2): the last digit incremented: FR: 1 ddiv 3 -> 0.3333333333333334 */
    { "isa_ddiv_1_3_pinf", "ddiv 2,4,6", 0xec443444, 64, 0,
      DIN(DF(4, 0x2238000000000001ull), DF(6, 0x2238000000000003ull), DFPSCR(0x200000000ull)), NULL,
      DOUT(DF(2, 0x2df9b36cdb36cdb4ull), DFPSCR(0x282064000ull)), NULL },
    /* -1/3 toward +inf: truncated, magnitude not incremented: FR 0; FPRF -normal: -1 ddiv 3 -> -0.3333333333333333 */
    { "isa_ddiv_m1_3_pinf", "ddiv 2,4,6", 0xec443444, 64, 0,
      DIN(DF(4, 0xa238000000000001ull), DF(6, 0x2238000000000003ull), DFPSCR(0x200000000ull)), NULL,
      DOUT(DF(2, 0xadf9b36cdb36cdb3ull), DFPSCR(0x282028000ull)), NULL },
    /* 9999999999999999 + 1 = 10^16 has 17 digits; the dropped digit is 0: exact at exponent 1: 9999999999999999 dadd 1 -> 1000000000000000E+1 */
    { "isa_dadd_nines_1", "dadd 2,4,6", 0xec443004, 64, 0,
      DIN(DF(4, 0x6e38ff3fcff3fcffull), DF(6, 0x2238000000000001ull)), NULL,
      DOUT(DF(2, 0x263c000000000000ull), DFPSCR(0x4000ull)), NULL },
    /* 9999999999999999 + 2 = 10000000000000001, nearest: the dropped 1 rounds down: 9999999999999999 dadd 2 -> 1000000000000000E+1 */
    { "isa_dadd_nines_2", "dadd 2,4,6", 0xec443004, 64, 0,
      DIN(DF(4, 0x6e38ff3fcff3fcffull), DF(6, 0x2238000000000002ull)), NULL,
      DOUT(DF(2, 0x263c000000000000ull), DFPSCR(0x82024000ull)), NULL },
    /* the same away from zero (DRN 6): incremented, FR: 9999999999999999 dadd 2 -> 1000000000000001E+1 */
    { "isa_dadd_nines_2_away", "dadd 2,4,6", 0xec443004, 64, 0,
      DIN(DF(4, 0x6e38ff3fcff3fcffull), DF(6, 0x2238000000000002ull), DFPSCR(0x600000000ull)), NULL,
      DOUT(DF(2, 0x263c000000000001ull), DFPSCR(0x682064000ull)), NULL },
    /* the same, round to prepare for shorter precision (DRN 7): the truncated last digit 0 becomes 1: 9999999999999999 dadd 2 -> 1000000000000001E+1 */
    { "isa_dadd_nines_2_shorter", "dadd 2,4,6", 0xec443004, 64, 0,
      DIN(DF(4, 0x6e38ff3fcff3fcffull), DF(6, 0x2238000000000002ull), DFPSCR(0x700000000ull)), NULL,
      DOUT(DF(2, 0x263c000000000001ull), DFPSCR(0x782064000ull)), NULL },
    /* 9999999999999999 + 6 = 10000000000000005: a tie, nearest even keeps ...0: 9999999999999999 dadd 6 -> 1000000000000000E+1 */
    { "isa_dadd_nines_6_even", "dadd 2,4,6", 0xec443004, 64, 0,
      DIN(DF(4, 0x6e38ff3fcff3fcffull), DF(6, 0x2238000000000006ull)), NULL,
      DOUT(DF(2, 0x263c000000000000ull), DFPSCR(0x82024000ull)), NULL },
    /* the tie, nearest with ties away from 0 (DRN 4): ...1, FR: 9999999999999999 dadd 6 -> 1000000000000001E+1 */
    { "isa_dadd_nines_6_away", "dadd 2,4,6", 0xec443004, 64, 0,
      DIN(DF(4, 0x6e38ff3fcff3fcffull), DF(6, 0x2238000000000006ull), DFPSCR(0x400000000ull)), NULL,
      DOUT(DF(2, 0x263c000000000001ull), DFPSCR(0x482064000ull)), NULL },
    /* the tie, nearest with ties toward 0 (DRN 5): ...0: 9999999999999999 dadd 6 -> 1000000000000000E+1 */
    { "isa_dadd_nines_6_tzero", "dadd 2,4,6", 0xec443004, 64, 0,
      DIN(DF(4, 0x6e38ff3fcff3fcffull), DF(6, 0x2238000000000006ull), DFPSCR(0x500000000ull)), NULL,
      DOUT(DF(2, 0x263c000000000000ull), DFPSCR(0x582024000ull)), NULL },
    /* 9999999999999999 + 46 = 10000000000000045, DRN 7: truncated last digit 4 (not 0 or 5) stays: 9999999999999999 dadd 46 -> 1000000000000004E+1 */
    { "isa_dadd_nines_4_shorter", "dadd 2,4,6", 0xec443004, 64, 0,
      DIN(DF(4, 0x6e38ff3fcff3fcffull), DF(6, 0x2238000000000046ull), DFPSCR(0x700000000ull)), NULL,
      DOUT(DF(2, 0x263c000000000004ull), DFPSCR(0x782024000ull)), NULL },
    /* 1 - 1 = +0 (exponent 0) when rounding to nearest: 1 dsub 1 -> 0 */
    { "isa_dsub_1_1", "dsub 2,4,6", 0xec443404, 64, 0,
      DIN(DF(4, 0x2238000000000001ull), DF(6, 0x2238000000000001ull)), NULL,
      DOUT(DF(2, 0x2238000000000000ull), DFPSCR(0x2000ull)), NULL },
    /* 1 - 1 = -0 when rounding toward -inf (DRN 3): 1 dsub 1 -> -0 */
    { "isa_dsub_1_1_ninf", "dsub 2,4,6", 0xec443404, 64, 0,
      DIN(DF(4, 0x2238000000000001ull), DF(6, 0x2238000000000001ull), DFPSCR(0x300000000ull)), NULL,
      DOUT(DF(2, 0xa238000000000000ull), DFPSCR(0x300012000ull)), NULL },
    /* decimal128 1/3: 34 digits, rounds down: 1 ddiv 3 -> 0.3333333333333333333333333333333333 */
    { "isa_ddivq_1_3", "ddivq 2,4,6", 0xfc443444, 64, 0,
      DIN(DF(4, 0x2208000000000000ull), DF(5, 0x0000000000000001ull), DF(6, 0x2208000000000000ull), DF(7, 0x0000000000000003ull)), NULL,
      DOUT(DF(2, 0x2dff9b36cdb36cdbull), DF(3, 0x36cdb36cdb36cdb3ull), DFPSCR(0x82024000ull)), NULL },
    /* decimal128 1.1 + 2.2 = 3.3 exactly: 1.1 dadd 2.2 -> 3.3 */
    { "isa_daddq_1_1_2_2", "daddq 2,4,6", 0xfc443004, 64, 0,
      DIN(DF(4, 0x2207c00000000000ull), DF(5, 0x0000000000000011ull), DF(6, 0x2207c00000000000ull), DF(7, 0x0000000000000022ull)), NULL,
      DOUT(DF(2, 0x2207c00000000000ull), DF(3, 0x0000000000000033ull), DFPSCR(0x4000ull)), NULL },
    { NULL }
};

#undef DF
#undef DFPSCR
#undef DMSR64
#undef DIN
#undef DOUT

#endif
