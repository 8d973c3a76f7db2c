/* SPDX-License-Identifier: MIT */
/*
 * Every value QEMU 7.2 records in tests/insn/expected/ that the Power
 * ISA says is wrong, one InsnDeviation each (vector.h): the vector, the
 * register (or scratch bytes), QEMU's value, the ISA's value and the
 * rule. test-insn checks the recorded value is the listed one, expects
 * the ISA's and prints the line. isa-fp-ve.h is generated
 * (gen-isa-ve.py) from the VE/ZE vectors' inputs.
 */
#ifndef FARAD_TESTS_INSN_ISA_DEVIATIONS_H
#define FARAD_TESTS_INSN_ISA_DEVIATIONS_H

#include "vector.h"

#define ISA_VE_RULE "ISA 3.0B 4.4.1: VE=1 invalid operation leaves FRT " \
    "and FPRF unchanged, clears FR FI (QEMU 7.2 writes the QNaN and FPRF)"
#define ISA_ZE_RULE "ISA 3.0B 4.4.2: ZE=1 zero divide leaves FRT and " \
    "FPRF unchanged (QEMU 7.2 writes the infinity and FPRF)"

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

static const InsnDeviation isa_deviations[] = {
    /* e.g. vs_fdiv_zero_ze, 1.0 / 0.0 with ZE=1: QEMU stores +inf and
     * FPRF +inf (0x5000): f1 0x7ff0000000000000 -> 0x4008000000000000
     * (unchanged), FPSCR 0xc4005010 -> 0xc4000010 */
#include "isa-fp-ve.h"
    /* decimal FP (dfp.vec, and the DFP rows of rand.vec) */
#include "isa-dfp.h"
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
    { NULL, 0, 0, 0, NULL, 0, 0 },
};

#endif
