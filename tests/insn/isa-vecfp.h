/* SPDX-License-Identifier: MIT */
/* Included by isa-deviations.h inside isa_deviations[]: the vecfp vectors
 * where QEMU 7.2 records values the Power ISA says are wrong. GENERATED
 * by tests/insn/gen-isa-vecfp.py, which derives the ISA values from each
 * vector's inputs (the rules ISA_VECFP_* in isa-deviations.h). */
    /* xvadddp_0_xe: xvadddp 1,2,3 */
    { "xvadddp_0_xe", INSN_REG_FPR0 + 1, 0x4010000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvadddp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x4008cccccccccccdull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvadddp_1_oe: xvadddp 1,2,3 */
    { "xvadddp_1_oe", INSN_REG_FPR0 + 1, 0x1fffffffffffffffull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvadddp_1_oe", INSN_REG_FPR_DW1_0 + 1, 0x3fe0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvadddp_1_xe: xvadddp 1,2,3 */
    { "xvadddp_1_xe", INSN_REG_FPR0 + 1, 0x7ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvadddp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x3fe0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvadddp_2_ve: xvadddp 1,2,3 */
    { "xvadddp_2_ve", INSN_REG_FPR0 + 1, 0x800ffffffffffffeull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvadddp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvadddp_2_ue: xvadddp 1,2,3 */
    { "xvadddp_2_ue", INSN_REG_FPR0 + 1, 0xe00ffffffffffffcull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvadddp_2_ue", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvadddp_4_ve: xvadddp 1,2,3 */
    { "xvadddp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvadddp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvadddp_5_ve: xvadddp 1,2,3 */
    { "xvadddp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvadddp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvadddp_6_xe: xvadddp 1,2,3 */
    { "xvadddp_6_xe", INSN_REG_FPR0 + 1, 0xbff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvadddp_6_xe", INSN_REG_FPR_DW1_0 + 1, 0x3fe0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvadddp_7_xe: xvadddp 1,2,3 */
    { "xvadddp_7_xe", INSN_REG_FPR0 + 1, 0x4000000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvadddp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0xc003333333333333ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvaddsp_0_oe: xvaddsp 1,2,3 */
    { "xvaddsp_0_oe", INSN_REG_FPR0 + 1, 0x4080000040466666ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvaddsp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0x1fffffff3f000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvaddsp_0_xe: xvaddsp 1,2,3 */
    { "xvaddsp_0_xe", INSN_REG_FPR0 + 1, 0x4080000040466666ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvaddsp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x7f8000003f000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvaddsp_1_ve: xvaddsp 1,2,3 */
    { "xvaddsp_1_ve", INSN_REG_FPR0 + 1, 0x807ffffe7fc00000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvaddsp_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7f80000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvaddsp_1_ue: xvaddsp 1,2,3 */
    { "xvaddsp_1_ue", INSN_REG_FPR0 + 1, 0xe07ffffc7fc00000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvaddsp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0x7f80000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvaddsp_2_ve: xvaddsp 1,2,3 */
    { "xvaddsp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvaddsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000100000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvaddsp_3_xe: xvaddsp 1,2,3 */
    { "xvaddsp_3_xe", INSN_REG_FPR0 + 1, 0xbf8000003f000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvaddsp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0x40000001c019999aull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsubdp_0_xe: xvsubdp 1,2,3 */
    { "xvsubdp_0_xe", INSN_REG_FPR0 + 1, 0xc000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsubdp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xc007333333333333ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsubdp_1_xe: xvsubdp 1,2,3 */
    { "xvsubdp_1_xe", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsubdp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0xbfe0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsubdp_3_ve: xvsubdp 1,2,3 */
    { "xvsubdp_3_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsubdp_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsubdp_4_ve: xvsubdp 1,2,3 */
    { "xvsubdp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsubdp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsubdp_5_ve: xvsubdp 1,2,3 */
    { "xvsubdp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsubdp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsubdp_6_xe: xvsubdp 1,2,3 */
    { "xvsubdp_6_xe", INSN_REG_FPR0 + 1, 0xbff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsubdp_6_xe", INSN_REG_FPR_DW1_0 + 1, 0xbfe0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsubdp_7_xe: xvsubdp 1,2,3 */
    { "xvsubdp_7_xe", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsubdp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0xc004cccccccccccdull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsubsp_0_xe: xvsubsp 1,2,3 */
    { "xvsubsp_0_xe", INSN_REG_FPR0 + 1, 0xc0000000c039999aull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsubsp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x00000000bf000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsubsp_1_ve: xvsubsp 1,2,3 */
    { "xvsubsp_1_ve", INSN_REG_FPR0 + 1, 0x008000007f800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsubsp_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsubsp_2_ve: xvsubsp 1,2,3 */
    { "xvsubsp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsubsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000100000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsubsp_3_xe: xvsubsp 1,2,3 */
    { "xvsubsp_3_xe", INSN_REG_FPR0 + 1, 0xbf800000bf000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsubsp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0x00000000c0266666ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmuldp_0_xe: xvmuldp 1,2,3 */
    { "xvmuldp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x3fd3333333333334ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmuldp_1_oe: xvmuldp 1,2,3 */
    { "xvmuldp_1_oe", INSN_REG_FPR0 + 1, 0x5feffffffffffffeull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmuldp_1_oe", INSN_REG_FPR_DW1_0 + 1, 0x0008000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmuldp_1_ue: xvmuldp 1,2,3 */
    { "xvmuldp_1_ue", INSN_REG_FPR0 + 1, 0x7ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmuldp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0x6000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmuldp_1_ue", INSN_REG_FPSCR, 0x0000000092000020ull, 0x00000000da000020ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvmuldp_1_xe: xvmuldp 1,2,3 */
    { "xvmuldp_1_xe", INSN_REG_FPR0 + 1, 0x7ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmuldp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x0008000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmuldp_2_ue: xvmuldp 1,2,3 */
    { "xvmuldp_2_ue", INSN_REG_FPR0 + 1, 0x9ceffffffffffffeull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmuldp_2_ue", INSN_REG_FPR_DW1_0 + 1, 0xfff0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmuldp_2_xe: xvmuldp 1,2,3 */
    { "xvmuldp_2_xe", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmuldp_2_xe", INSN_REG_FPR_DW1_0 + 1, 0xfff0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmuldp_4_ve: xvmuldp 1,2,3 */
    { "xvmuldp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmuldp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmuldp_5_ve: xvmuldp 1,2,3 */
    { "xvmuldp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmuldp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmuldp_6_ue: xvmuldp 1,2,3 */
    { "xvmuldp_6_ue", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmuldp_6_ue", INSN_REG_FPR_DW1_0 + 1, 0x6008000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmuldp_6_xe: xvmuldp 1,2,3 */
    { "xvmuldp_6_xe", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmuldp_6_xe", INSN_REG_FPR_DW1_0 + 1, 0x000c000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmuldp_7_xe: xvmuldp 1,2,3 */
    { "xvmuldp_7_xe", INSN_REG_FPR0 + 1, 0x3ff0000000000002ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmuldp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0xbfd0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmulsp_0_oe: xvmulsp 1,2,3 */
    { "xvmulsp_0_oe", INSN_REG_FPR0 + 1, 0x404000003e99999aull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmulsp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0x5f7ffffe00400000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmulsp_0_ue: xvmulsp 1,2,3 */
    { "xvmulsp_0_ue", INSN_REG_FPR0 + 1, 0x404000003e99999aull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmulsp_0_ue", INSN_REG_FPR_DW1_0 + 1, 0x7f80000060000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmulsp_0_ue", INSN_REG_FPSCR, 0x0000000092000020ull, 0x00000000da000020ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvmulsp_0_xe: xvmulsp 1,2,3 */
    { "xvmulsp_0_xe", INSN_REG_FPR0 + 1, 0x404000003e99999aull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmulsp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x7f80000000400000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmulsp_1_ue: xvmulsp 1,2,3 */
    { "xvmulsp_1_ue", INSN_REG_FPR0 + 1, 0x95fffffeff800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmulsp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0x7f80000080000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmulsp_1_xe: xvmulsp 1,2,3 */
    { "xvmulsp_1_xe", INSN_REG_FPR0 + 1, 0x80000000ff800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmulsp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x7f80000080000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmulsp_2_ve: xvmulsp 1,2,3 */
    { "xvmulsp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmulsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000100000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmulsp_3_ue: xvmulsp 1,2,3 */
    { "xvmulsp_3_ue", INSN_REG_FPR0 + 1, 0x8000000060400001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmulsp_3_ue", INSN_REG_FPR_DW1_0 + 1, 0x3f800002be800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmulsp_3_xe: xvmulsp 1,2,3 */
    { "xvmulsp_3_xe", INSN_REG_FPR0 + 1, 0x8000000000600000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmulsp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0x3f800002be800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivdp_0_xe: xvdivdp 1,2,3 */
    { "xvdivdp_0_xe", INSN_REG_FPR0 + 1, 0x3fd5555555555555ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivdp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x3fa1111111111111ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivdp_2_ve: xvdivdp 1,2,3 */
    { "xvdivdp_2_ve", INSN_REG_FPR0 + 1, 0xbcb0000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivdp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivdp_2_xe: xvdivdp 1,2,3 */
    { "xvdivdp_2_xe", INSN_REG_FPR0 + 1, 0xbcb0000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivdp_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivdp_3_ve: xvdivdp 1,2,3 */
    { "xvdivdp_3_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivdp_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivdp_4_ve: xvdivdp 1,2,3 */
    { "xvdivdp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivdp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivdp_5_ve: xvdivdp 1,2,3 */
    { "xvdivdp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivdp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivdp_6_ze: xvdivdp 1,2,3 */
    { "xvdivdp_6_ze", INSN_REG_FPR0 + 1, 0xfff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivdp_6_ze", INSN_REG_FPR_DW1_0 + 1, 0x0028000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivdp_7_xe: xvdivdp 1,2,3 */
    { "xvdivdp_7_xe", INSN_REG_FPR0 + 1, 0x3ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivdp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0xc039000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivsp_0_xe: xvdivsp 1,2,3 */
    { "xvdivsp_0_xe", INSN_REG_FPR0 + 1, 0x3eaaaaab3d088889ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivsp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x3f80000001000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivsp_1_ve: xvdivsp 1,2,3 */
    { "xvdivsp_1_ve", INSN_REG_FPR0 + 1, 0xb40000017fc00000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivsp_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc000007fc00000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivsp_1_xe: xvdivsp 1,2,3 */
    { "xvdivsp_1_xe", INSN_REG_FPR0 + 1, 0xb40000017fc00000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivsp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x7fc000007fc00000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivsp_2_ve: xvdivsp 1,2,3 */
    { "xvdivsp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc000017fc00000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivsp_3_ze: xvdivsp 1,2,3 */
    { "xvdivsp_3_ze", INSN_REG_FPR0 + 1, 0xff80000001400001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivsp_3_ze", INSN_REG_FPR_DW1_0 + 1, 0x3f800000c1c80000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvdivsp_3_xe: xvdivsp 1,2,3 */
    { "xvdivsp_3_xe", INSN_REG_FPR0 + 1, 0xff80000001400001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvdivsp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0x3f800000c1c80000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsqrtdp_0_xe: xvsqrtdp 1,3 */
    { "xvsqrtdp_0_xe", INSN_REG_FPR0 + 1, 0x3ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsqrtdp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x3fd43d136248490full, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsqrtdp_1_xe: xvsqrtdp 1,3 */
    { "xvsqrtdp_1_xe", INSN_REG_FPR0 + 1, 0x5fefffffffffffffull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsqrtdp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x2000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsqrtdp_5_ve: xvsqrtdp 1,3 */
    { "xvsqrtdp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsqrtdp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsqrtdp_6_ve: xvsqrtdp 1,3 */
    { "xvsqrtdp_6_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsqrtdp_6_ve", INSN_REG_FPR_DW1_0 + 1, 0x2003988e1409212full, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsqrtdp_6_xe: xvsqrtdp 1,3 */
    { "xvsqrtdp_6_xe", INSN_REG_FPR0 + 1, 0x7ff8000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsqrtdp_6_xe", INSN_REG_FPR_DW1_0 + 1, 0x2003988e1409212full, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsqrtdp_7_ve: xvsqrtdp 1,3 */
    { "xvsqrtdp_7_ve", INSN_REG_FPR0 + 1, 0x3ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsqrtdp_7_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsqrtdp_7_xe: xvsqrtdp 1,3 */
    { "xvsqrtdp_7_xe", INSN_REG_FPR0 + 1, 0x3ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsqrtdp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsqrtsp_0_xe: xvsqrtsp 1,3 */
    { "xvsqrtsp_0_xe", INSN_REG_FPR0 + 1, 0x3f8000003ea1e89bull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsqrtsp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x5f7fffff20000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsqrtsp_1_xe: xvsqrtsp 1,3 */
    { "xvsqrtsp_1_xe", INSN_REG_FPR0 + 1, 0x1a3504f37f800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsqrtsp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x7f80000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsqrtsp_2_ve: xvsqrtsp 1,3 */
    { "xvsqrtsp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000013f800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsqrtsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000100000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsqrtsp_3_ve: xvsqrtsp 1,3 */
    { "xvsqrtsp_3_ve", INSN_REG_FPR0 + 1, 0x7fc00000201cc471ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsqrtsp_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x3f8000007fc00000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvsqrtsp_3_xe: xvsqrtsp 1,3 */
    { "xvsqrtsp_3_xe", INSN_REG_FPR0 + 1, 0x7fc00000201cc471ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvsqrtsp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0x3f8000007fc00000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvredp_0_xe: xvredp 1,3 */
    { "xvredp_0_xe", INSN_REG_FPR0 + 1, 0x3ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x4024000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvredp_1_ue: xvredp 1,3 */
    { "xvredp_1_ue", INSN_REG_FPR0 + 1, 0x5ff0000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0x7fd0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvredp_1_xe: xvredp 1,3 */
    { "xvredp_1_xe", INSN_REG_FPR0 + 1, 0x0004000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x7fd0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvredp_2_oe: xvredp 1,3 */
    { "xvredp_2_oe", INSN_REG_FPR0 + 1, 0x2310000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_2_oe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvredp_2_xe: xvredp 1,3 */
    { "xvredp_2_xe", INSN_REG_FPR0 + 1, 0x7ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvredp_3: xvredp 1,3 */
    { "xvredp_3", INSN_REG_FPSCR, 0x0000000000000000ull, 0x0000000084000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_3b: xvredp 1,3 */
    { "xvredp_3b", INSN_REG_FPSCR, 0x0000000000000000ull, 0x0000000084000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_3_rz: xvredp 1,3 */
    { "xvredp_3_rz", INSN_REG_FPSCR, 0x0000000000000001ull, 0x0000000084000001ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_3_rp: xvredp 1,3 */
    { "xvredp_3_rp", INSN_REG_FPSCR, 0x0000000000000002ull, 0x0000000084000002ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_3_rm: xvredp 1,3 */
    { "xvredp_3_rm", INSN_REG_FPSCR, 0x0000000000000003ull, 0x0000000084000003ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_3_ve: xvredp 1,3 */
    { "xvredp_3_ve", INSN_REG_FPSCR, 0x0000000000000080ull, 0x0000000084000080ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_3_oe: xvredp 1,3 */
    { "xvredp_3_oe", INSN_REG_FPSCR, 0x0000000000000040ull, 0x0000000084000040ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_3_ue: xvredp 1,3 */
    { "xvredp_3_ue", INSN_REG_FPSCR, 0x0000000000000020ull, 0x0000000084000020ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_3_ze: xvredp 1,3 */
    { "xvredp_3_ze", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_3_ze", INSN_REG_FPR_DW1_0 + 1, 0x7ff0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_3_ze", INSN_REG_FPSCR, 0x0000000000000010ull, 0x00000000c4000010ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_3_xe: xvredp 1,3 */
    { "xvredp_3_xe", INSN_REG_FPSCR, 0x0000000000000008ull, 0x0000000084000008ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_5: xvredp 1,3 */
    { "xvredp_5", INSN_REG_FPSCR, 0x00000000a1000000ull, 0x00000000a5000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_5b: xvredp 1,3 */
    { "xvredp_5b", INSN_REG_FPSCR, 0x0000000000000000ull, 0x0000000084000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_5_rz: xvredp 1,3 */
    { "xvredp_5_rz", INSN_REG_FPSCR, 0x00000000a1000001ull, 0x00000000a5000001ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_5_rp: xvredp 1,3 */
    { "xvredp_5_rp", INSN_REG_FPSCR, 0x00000000a1000002ull, 0x00000000a5000002ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_5_rm: xvredp 1,3 */
    { "xvredp_5_rm", INSN_REG_FPSCR, 0x00000000a1000003ull, 0x00000000a5000003ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_5_ve: xvredp 1,3 */
    { "xvredp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_5_ve", INSN_REG_FPSCR, 0x00000000e1000080ull, 0x00000000e5000080ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_5_oe: xvredp 1,3 */
    { "xvredp_5_oe", INSN_REG_FPSCR, 0x00000000a1000040ull, 0x00000000a5000040ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_5_ue: xvredp 1,3 */
    { "xvredp_5_ue", INSN_REG_FPSCR, 0x00000000a1000020ull, 0x00000000a5000020ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_5_ze: xvredp 1,3 */
    { "xvredp_5_ze", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_5_ze", INSN_REG_FPR_DW1_0 + 1, 0x7ff0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_5_ze", INSN_REG_FPSCR, 0x00000000a1000010ull, 0x00000000e5000010ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_5_xe: xvredp 1,3 */
    { "xvredp_5_xe", INSN_REG_FPSCR, 0x00000000a1000008ull, 0x00000000a5000008ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_6b: xvredp 1,3 */
    { "xvredp_6b", INSN_REG_FPSCR, 0x0000000000000000ull, 0x0000000084000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvredp_6_xe: xvredp 1,3 */
    { "xvredp_6_xe", INSN_REG_FPR0 + 1, 0xbff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_6_xe", INSN_REG_FPR_DW1_0 + 1, 0x7fc5555555555554ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvredp_7_xe: xvredp 1,3 */
    { "xvredp_7_xe", INSN_REG_FPR0 + 1, 0x3feffffffffffffeull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvredp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0xbfd999999999999aull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvresp_0_ue: xvresp 1,3 */
    { "xvresp_0_ue", INSN_REG_FPR0 + 1, 0x3f80000041200000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_0_ue", INSN_REG_FPR_DW1_0 + 1, 0x5f8000017e800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvresp_0_xe: xvresp 1,3 */
    { "xvresp_0_xe", INSN_REG_FPR0 + 1, 0x3f80000041200000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x002000007e800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvresp_1: xvresp 1,3 */
    { "xvresp_1", INSN_REG_FPSCR, 0x0000000092000000ull, 0x0000000096000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_1b: xvresp 1,3 */
    { "xvresp_1b", INSN_REG_FPSCR, 0x0000000082000000ull, 0x0000000086000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_1_rz: xvresp 1,3 */
    { "xvresp_1_rz", INSN_REG_FPSCR, 0x0000000092000001ull, 0x0000000096000001ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_1_rp: xvresp 1,3 */
    { "xvresp_1_rp", INSN_REG_FPSCR, 0x0000000092000002ull, 0x0000000096000002ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_1_rm: xvresp 1,3 */
    { "xvresp_1_rm", INSN_REG_FPSCR, 0x0000000092000003ull, 0x0000000096000003ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_1_ve: xvresp 1,3 */
    { "xvresp_1_ve", INSN_REG_FPSCR, 0x0000000092000080ull, 0x0000000096000080ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_1_oe: xvresp 1,3 */
    { "xvresp_1_oe", INSN_REG_FPR0 + 1, 0x2a00000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_1_oe", INSN_REG_FPR_DW1_0 + 1, 0x000000007f800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_1_oe", INSN_REG_FPSCR, 0x00000000d0000040ull, 0x00000000d4000040ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_1_ue: xvresp 1,3 */
    { "xvresp_1_ue", INSN_REG_FPSCR, 0x0000000092000020ull, 0x0000000096000020ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_1_ze: xvresp 1,3 */
    { "xvresp_1_ze", INSN_REG_FPR0 + 1, 0x7f80000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_1_ze", INSN_REG_FPR_DW1_0 + 1, 0x000000007f800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_1_ze", INSN_REG_FPSCR, 0x0000000092000010ull, 0x00000000d6000010ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_1_xe: xvresp 1,3 */
    { "xvresp_1_xe", INSN_REG_FPR0 + 1, 0x7f80000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x000000007f800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_1_xe", INSN_REG_FPSCR, 0x00000000d2000008ull, 0x00000000d6000008ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_2: xvresp 1,3 */
    { "xvresp_2", INSN_REG_FPSCR, 0x00000000a1000000ull, 0x00000000a5000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_2b: xvresp 1,3 */
    { "xvresp_2b", INSN_REG_FPSCR, 0x00000000a1000000ull, 0x00000000a5000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_2_rz: xvresp 1,3 */
    { "xvresp_2_rz", INSN_REG_FPSCR, 0x00000000a1000001ull, 0x00000000a5000001ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_2_rp: xvresp 1,3 */
    { "xvresp_2_rp", INSN_REG_FPSCR, 0x00000000a1000002ull, 0x00000000a5000002ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_2_rm: xvresp 1,3 */
    { "xvresp_2_rm", INSN_REG_FPSCR, 0x00000000a1000003ull, 0x00000000a5000003ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_2_ve: xvresp 1,3 */
    { "xvresp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000013f800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc000017f800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_2_ve", INSN_REG_FPSCR, 0x00000000e1000080ull, 0x00000000e5000080ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_2_oe: xvresp 1,3 */
    { "xvresp_2_oe", INSN_REG_FPSCR, 0x00000000a1000040ull, 0x00000000a5000040ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_2_ue: xvresp 1,3 */
    { "xvresp_2_ue", INSN_REG_FPSCR, 0x00000000a1000020ull, 0x00000000a5000020ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_2_ze: xvresp 1,3 */
    { "xvresp_2_ze", INSN_REG_FPR0 + 1, 0x7fc000013f800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_2_ze", INSN_REG_FPR_DW1_0 + 1, 0x7fc000017f800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_2_ze", INSN_REG_FPSCR, 0x00000000a1000010ull, 0x00000000e5000010ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_2_xe: xvresp 1,3 */
    { "xvresp_2_xe", INSN_REG_FPSCR, 0x00000000a1000008ull, 0x00000000a5000008ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_3b: xvresp 1,3 */
    { "xvresp_3b", INSN_REG_FPSCR, 0x0000000082000000ull, 0x0000000086000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvresp_3_xe: xvresp 1,3 */
    { "xvresp_3_xe", INSN_REG_FPR0 + 1, 0xbf8000007e2aaaaaull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvresp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0x3f7ffffebecccccdull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrsqrtedp_0_xe: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_0_xe", INSN_REG_FPR0 + 1, 0x3ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtedp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x40094c583ada5b52ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrsqrtedp_1_xe: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_1_xe", INSN_REG_FPR0 + 1, 0x1ff0000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtedp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x5fe0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrsqrtedp_3: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_3", INSN_REG_FPSCR, 0x0000000000000000ull, 0x0000000084000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_3b: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_3b", INSN_REG_FPSCR, 0x0000000000000000ull, 0x0000000084000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_3_rz: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_3_rz", INSN_REG_FPSCR, 0x0000000000000001ull, 0x0000000084000001ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_3_rp: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_3_rp", INSN_REG_FPSCR, 0x0000000000000002ull, 0x0000000084000002ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_3_rm: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_3_rm", INSN_REG_FPSCR, 0x0000000000000003ull, 0x0000000084000003ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_3_ve: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_3_ve", INSN_REG_FPSCR, 0x0000000000000080ull, 0x0000000084000080ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_3_oe: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_3_oe", INSN_REG_FPSCR, 0x0000000000000040ull, 0x0000000084000040ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_3_ue: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_3_ue", INSN_REG_FPSCR, 0x0000000000000020ull, 0x0000000084000020ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_3_ze: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_3_ze", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtedp_3_ze", INSN_REG_FPR_DW1_0 + 1, 0x7ff0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtedp_3_ze", INSN_REG_FPSCR, 0x0000000000000010ull, 0x00000000c4000010ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_3_xe: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_3_xe", INSN_REG_FPSCR, 0x0000000000000008ull, 0x0000000084000008ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_5: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_5", INSN_REG_FPSCR, 0x00000000a1000000ull, 0x00000000a5000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_5b: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_5b", INSN_REG_FPSCR, 0x0000000000000000ull, 0x0000000084000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_5_rz: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_5_rz", INSN_REG_FPSCR, 0x00000000a1000001ull, 0x00000000a5000001ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_5_rp: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_5_rp", INSN_REG_FPSCR, 0x00000000a1000002ull, 0x00000000a5000002ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_5_rm: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_5_rm", INSN_REG_FPSCR, 0x00000000a1000003ull, 0x00000000a5000003ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_5_ve: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtedp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtedp_5_ve", INSN_REG_FPSCR, 0x00000000e1000080ull, 0x00000000e5000080ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_5_oe: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_5_oe", INSN_REG_FPSCR, 0x00000000a1000040ull, 0x00000000a5000040ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_5_ue: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_5_ue", INSN_REG_FPSCR, 0x00000000a1000020ull, 0x00000000a5000020ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_5_ze: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_5_ze", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtedp_5_ze", INSN_REG_FPR_DW1_0 + 1, 0x7ff0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtedp_5_ze", INSN_REG_FPSCR, 0x00000000a1000010ull, 0x00000000e5000010ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_5_xe: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_5_xe", INSN_REG_FPSCR, 0x00000000a1000008ull, 0x00000000a5000008ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_6b: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_6b", INSN_REG_FPSCR, 0x0000000082000000ull, 0x0000000086000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtedp_6_ve: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_6_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtedp_6_ve", INSN_REG_FPR_DW1_0 + 1, 0x5fda20bd700c2c3dull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrsqrtedp_6_xe: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_6_xe", INSN_REG_FPR0 + 1, 0x7ff8000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtedp_6_xe", INSN_REG_FPR_DW1_0 + 1, 0x5fda20bd700c2c3dull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrsqrtedp_7_ve: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_7_ve", INSN_REG_FPR0 + 1, 0x3ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtedp_7_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrsqrtedp_7_xe: xvrsqrtedp 1,3 */
    { "xvrsqrtedp_7_xe", INSN_REG_FPR0 + 1, 0x3ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtedp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrsqrtesp_0_xe: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_0_xe", INSN_REG_FPR0 + 1, 0x3f800000404a62c2ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtesp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x1f8000015f000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrsqrtesp_1: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_1", INSN_REG_FPSCR, 0x0000000082000000ull, 0x0000000086000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_1b: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_1b", INSN_REG_FPSCR, 0x00000000a0000200ull, 0x00000000a4000200ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_1_rz: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_1_rz", INSN_REG_FPSCR, 0x0000000082000001ull, 0x0000000086000001ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_1_rp: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_1_rp", INSN_REG_FPSCR, 0x0000000082000002ull, 0x0000000086000002ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_1_rm: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_1_rm", INSN_REG_FPSCR, 0x0000000082000003ull, 0x0000000086000003ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_1_ve: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_1_ve", INSN_REG_FPSCR, 0x0000000082000080ull, 0x0000000086000080ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_1_oe: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_1_oe", INSN_REG_FPSCR, 0x0000000082000040ull, 0x0000000086000040ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_1_ue: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_1_ue", INSN_REG_FPSCR, 0x0000000082000020ull, 0x0000000086000020ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_1_ze: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_1_ze", INSN_REG_FPR0 + 1, 0x64b504f300000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtesp_1_ze", INSN_REG_FPR_DW1_0 + 1, 0x000000007f800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtesp_1_ze", INSN_REG_FPSCR, 0x0000000082000010ull, 0x00000000c6000010ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_1_xe: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_1_xe", INSN_REG_FPR0 + 1, 0x64b504f300000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtesp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x000000007f800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtesp_1_xe", INSN_REG_FPSCR, 0x00000000c2000008ull, 0x00000000c6000008ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_2: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_2", INSN_REG_FPSCR, 0x00000000a1000000ull, 0x00000000a5000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_2b: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_2b", INSN_REG_FPSCR, 0x00000000a1000000ull, 0x00000000a5000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_2_rz: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_2_rz", INSN_REG_FPSCR, 0x00000000a1000001ull, 0x00000000a5000001ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_2_rp: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_2_rp", INSN_REG_FPSCR, 0x00000000a1000002ull, 0x00000000a5000002ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_2_rm: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_2_rm", INSN_REG_FPSCR, 0x00000000a1000003ull, 0x00000000a5000003ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_2_ve: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000013f800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtesp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc000017f800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtesp_2_ve", INSN_REG_FPSCR, 0x00000000e1000080ull, 0x00000000e5000080ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_2_oe: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_2_oe", INSN_REG_FPSCR, 0x00000000a1000040ull, 0x00000000a5000040ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_2_ue: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_2_ue", INSN_REG_FPSCR, 0x00000000a1000020ull, 0x00000000a5000020ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_2_ze: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_2_ze", INSN_REG_FPR0 + 1, 0x7fc000013f800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtesp_2_ze", INSN_REG_FPR_DW1_0 + 1, 0x7fc000017f800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtesp_2_ze", INSN_REG_FPSCR, 0x00000000a1000010ull, 0x00000000e5000010ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_2_xe: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_2_xe", INSN_REG_FPSCR, 0x00000000a1000008ull, 0x00000000a5000008ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_3b: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_3b", INSN_REG_FPSCR, 0x0000000082000000ull, 0x0000000086000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* xvrsqrtesp_3_ve: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_3_ve", INSN_REG_FPR0 + 1, 0x7fc000005ed105ebull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtesp_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x3f8000007fc00000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrsqrtesp_3_xe: xvrsqrtesp 1,3 */
    { "xvrsqrtesp_3_xe", INSN_REG_FPR0 + 1, 0x7fc000005ed105ebull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrsqrtesp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0x3f8000007fc00000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddadp_0_xe: xvmaddadp 1,2,3 */
    { "xvmaddadp_0_xe", INSN_REG_FPR0 + 1, 0x4018000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddadp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x400a666666666666ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddadp_1_oe: xvmaddadp 1,2,3 */
    { "xvmaddadp_1_oe", INSN_REG_FPR0 + 1, 0x5feffffffffffffeull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddadp_1_xe: xvmaddadp 1,2,3 */
    { "xvmaddadp_1_xe", INSN_REG_FPR0 + 1, 0x7ff0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddadp_4_ve: xvmaddadp 1,2,3 */
    { "xvmaddadp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x7ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddadp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddadp_5_ve: xvmaddadp 1,2,3 */
    { "xvmaddadp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddadp_6_ue: xvmaddadp 1,2,3 */
    { "xvmaddadp_6_ue", INSN_REG_FPR_DW1_0 + 1, 0x6008000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddadp_6_xe: xvmaddadp 1,2,3 */
    { "xvmaddadp_6_xe", INSN_REG_FPR_DW1_0 + 1, 0x000c000000000000ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddadp_7_xe: xvmaddadp 1,2,3 */
    { "xvmaddadp_7_xe", INSN_REG_FPR0 + 1, 0x3ff199999999999cull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddadp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0x3fe8000000000002ull, 0x3ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddasp_0_oe: xvmaddasp 1,2,3 */
    { "xvmaddasp_0_oe", INSN_REG_FPR0 + 1, 0x406000007f7fffffull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddasp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0x5f7ffffe40400000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddasp_0_xe: xvmaddasp 1,2,3 */
    { "xvmaddasp_0_xe", INSN_REG_FPR0 + 1, 0x406000007f7fffffull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddasp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x7f80000040400000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddasp_1_ve: xvmaddasp 1,2,3 */
    { "xvmaddasp_1_ve", INSN_REG_FPR0 + 1, 0x800000007fc00000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddasp_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc00000807fffffull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddasp_1_ue: xvmaddasp 1,2,3 */
    { "xvmaddasp_1_ue", INSN_REG_FPR0 + 1, 0x95fffffe7fc00000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddasp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0x7fc00000e07ffffeull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddasp_1_xe: xvmaddasp 1,2,3 */
    { "xvmaddasp_1_xe", INSN_REG_FPR0 + 1, 0x800000007fc00000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddasp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x7fc00000807fffffull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddasp_2_ve: xvmaddasp 1,2,3 */
    { "xvmaddasp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x000000007fc00001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddasp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc000013f800000ull, 0x7f8000013f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddasp_3_xe: xvmaddasp 1,2,3 */
    { "xvmaddasp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0x3fc00002be800000ull, 0x3f00000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmdp_0_xe: xvmaddmdp 1,2,3 */
    { "xvmaddmdp_0_xe", INSN_REG_FPR0 + 1, 0x4018000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddmdp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x400a666666666666ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmdp_1_oe: xvmaddmdp 1,2,3 */
    { "xvmaddmdp_1_oe", INSN_REG_FPR0 + 1, 0x1ff7ffffffffffffull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddmdp_1_oe", INSN_REG_FPR_DW1_0 + 1, 0x4012000000000000ull, 0x7fefffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmdp_1_xe: xvmaddmdp 1,2,3 */
    { "xvmaddmdp_1_xe", INSN_REG_FPR0 + 1, 0x7ff0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddmdp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x4012000000000000ull, 0x7fefffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmdp_3_ve: xvmaddmdp 1,2,3 */
    { "xvmaddmdp_3_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000000ull, 0x8000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddmdp_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x7ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmdp_4_ve: xvmaddmdp 1,2,3 */
    { "xvmaddmdp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x7ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddmdp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmdp_5_ve: xvmaddmdp 1,2,3 */
    { "xvmaddmdp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmdp_7_xe: xvmaddmdp 1,2,3 */
    { "xvmaddmdp_7_xe", INSN_REG_FPR0 + 1, 0x3ff199999999999bull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddmdp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0xc003333333333334ull, 0x3ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmsp_0_oe: xvmaddmsp 1,2,3 */
    { "xvmaddmsp_0_oe", INSN_REG_FPR0 + 1, 0x406000007dccccccull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddmsp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0x207fffff3f000000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmsp_0_xe: xvmaddmsp 1,2,3 */
    { "xvmaddmsp_0_xe", INSN_REG_FPR0 + 1, 0x406000007dccccccull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddmsp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x7f8000003f000000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmsp_1_ve: xvmaddmsp 1,2,3 */
    { "xvmaddmsp_1_ve", INSN_REG_FPR0 + 1, 0x807fffff7fc00000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddmsp_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000080000000ull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmsp_1_ue: xvmaddmsp 1,2,3 */
    { "xvmaddmsp_1_ue", INSN_REG_FPR0 + 1, 0xe07ffffe7fc00000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddmsp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000080000000ull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmsp_2_ve: xvmaddmsp 1,2,3 */
    { "xvmaddmsp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x000000007fc00001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddmsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000100000000ull, 0x7f8000013f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaddmsp_3_xe: xvmaddmsp 1,2,3 */
    { "xvmaddmsp_3_xe", INSN_REG_FPR0 + 1, 0xbdcccccd3f000000ull, 0x3dcccccd3f800001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaddmsp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0x3fc000023dcccccdull, 0x3f00000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubadp_0_xe: xvmsubadp 1,2,3 */
    { "xvmsubadp_0_xe", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubadp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xc00599999999999aull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubadp_1_oe: xvmsubadp 1,2,3 */
    { "xvmsubadp_1_oe", INSN_REG_FPR0 + 1, 0x5feffffffffffffeull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubadp_1_oe", INSN_REG_FPR_DW1_0 + 1, 0xffefffffffffffffull, 0x7fefffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubadp_1_xe: xvmsubadp 1,2,3 */
    { "xvmsubadp_1_xe", INSN_REG_FPR0 + 1, 0x7ff0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubadp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0xffefffffffffffffull, 0x7fefffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubadp_4_ve: xvmsubadp 1,2,3 */
    { "xvmsubadp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x7ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubadp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubadp_5_ve: xvmsubadp 1,2,3 */
    { "xvmsubadp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubadp_6_ue: xvmsubadp 1,2,3 */
    { "xvmsubadp_6_ue", INSN_REG_FPR0 + 1, 0xbfe0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubadp_6_ue", INSN_REG_FPR_DW1_0 + 1, 0x6008000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubadp_6_xe: xvmsubadp 1,2,3 */
    { "xvmsubadp_6_xe", INSN_REG_FPR0 + 1, 0xbfe0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubadp_6_xe", INSN_REG_FPR_DW1_0 + 1, 0x000c000000000000ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubadp_7_xe: xvmsubadp 1,2,3 */
    { "xvmsubadp_7_xe", INSN_REG_FPR0 + 1, 0x3fecccccccccccd1ull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubadp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0xbff4000000000001ull, 0x3ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubasp_0_oe: xvmsubasp 1,2,3 */
    { "xvmsubasp_0_oe", INSN_REG_FPR0 + 1, 0x40200000ff7fffffull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubasp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0x5f7ffffec0400000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubasp_0_xe: xvmsubasp 1,2,3 */
    { "xvmsubasp_0_xe", INSN_REG_FPR0 + 1, 0x40200000ff7fffffull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubasp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x7f800000c0400000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubasp_1_ue: xvmsubasp 1,2,3 */
    { "xvmsubasp_1_ue", INSN_REG_FPR0 + 1, 0x95fffffeff800000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubasp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0x7f800000607ffffeull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubasp_1_xe: xvmsubasp 1,2,3 */
    { "xvmsubasp_1_xe", INSN_REG_FPR0 + 1, 0x80000000ff800000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubasp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x7f800000007fffffull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubasp_2_ve: xvmsubasp 1,2,3 */
    { "xvmsubasp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x000000007fc00001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubasp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc00001bf800000ull, 0x7f8000013f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubasp_3_xe: xvmsubasp 1,2,3 */
    { "xvmsubasp_3_xe", INSN_REG_FPR0 + 1, 0xbdcccccdbf800001ull, 0x3dcccccd3f800001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubasp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0x3f000004be800000ull, 0x3f00000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubmdp_0_xe: xvmsubmdp 1,2,3 */
    { "xvmsubmdp_0_xe", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubmdp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xc00599999999999aull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubmdp_2_ve: xvmsubmdp 1,2,3 */
    { "xvmsubmdp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x800fffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubmdp_3_ve: xvmsubmdp 1,2,3 */
    { "xvmsubmdp_3_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000000ull, 0x8000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubmdp_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x7ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubmdp_4_ve: xvmsubmdp 1,2,3 */
    { "xvmsubmdp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x7ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubmdp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubmdp_5_ve: xvmsubmdp 1,2,3 */
    { "xvmsubmdp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubmdp_7_xe: xvmsubmdp 1,2,3 */
    { "xvmsubmdp_7_xe", INSN_REG_FPR0 + 1, 0xbfeccccccccccccfull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubmdp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0xc004ccccccccccceull, 0x3ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubmsp_0_oe: xvmsubmsp 1,2,3 */
    { "xvmsubmsp_0_oe", INSN_REG_FPR0 + 1, 0xc02000007dccccccull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubmsp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0x1fffffffbf000000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubmsp_0_xe: xvmsubmsp 1,2,3 */
    { "xvmsubmsp_0_xe", INSN_REG_FPR0 + 1, 0xc02000007dccccccull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubmsp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x7f800000bf000000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubmsp_1_ue: xvmsubmsp 1,2,3 */
    { "xvmsubmsp_1_ue", INSN_REG_FPR0 + 1, 0x607ffffe7f800000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubmsp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0xff80000000000000ull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubmsp_2_ve: xvmsubmsp 1,2,3 */
    { "xvmsubmsp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x000000007fc00001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubmsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000100000000ull, 0x7f8000013f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmsubmsp_3_xe: xvmsubmsp 1,2,3 */
    { "xvmsubmsp_3_xe", INSN_REG_FPR0 + 1, 0xbdcccccdbf000000ull, 0x3dcccccd3f800001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmsubmsp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0xbf000001bdcccccdull, 0x3f00000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddadp_0_rp: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_0_rp", INSN_REG_FPR_DW1_0 + 1, 0xc00a666666666666ull, 0xc00a666666666667ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddadp_0_rm: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_0_rm", INSN_REG_FPR_DW1_0 + 1, 0xc00a666666666667ull, 0xc00a666666666666ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddadp_0_xe: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_0_xe", INSN_REG_FPR0 + 1, 0xc018000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddadp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xc00a666666666666ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddadp_1_rp: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_1_rp", INSN_REG_FPR0 + 1, 0xffefffffffffffffull, 0xfff0000000000000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddadp_1_rp", INSN_REG_FPR_DW1_0 + 1, 0xffefffffffffffffull, 0xfff0000000000000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddadp_1_rm: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_1_rm", INSN_REG_FPR0 + 1, 0xfff0000000000000ull, 0xffefffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddadp_1_rm", INSN_REG_FPR_DW1_0 + 1, 0xfff0000000000000ull, 0xffefffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddadp_1_oe: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_1_oe", INSN_REG_FPR0 + 1, 0xdfeffffffffffffeull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddadp_1_oe", INSN_REG_FPR_DW1_0 + 1, 0xffefffffffffffffull, 0x7fefffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddadp_1_xe: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_1_xe", INSN_REG_FPR0 + 1, 0xfff0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddadp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0xffefffffffffffffull, 0x7fefffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddadp_4_ve: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x7ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddadp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddadp_5_ve: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddadp_6_rp: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_6_rp", INSN_REG_FPR_DW1_0 + 1, 0x800c000000000000ull, 0x800c000000000001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddadp_6_rm: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_6_rm", INSN_REG_FPR_DW1_0 + 1, 0x800c000000000001ull, 0x800c000000000000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddadp_6_ue: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_6_ue", INSN_REG_FPR0 + 1, 0xbfe0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddadp_6_ue", INSN_REG_FPR_DW1_0 + 1, 0xe008000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddadp_6_xe: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_6_xe", INSN_REG_FPR0 + 1, 0xbfe0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddadp_6_xe", INSN_REG_FPR_DW1_0 + 1, 0x800c000000000000ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddadp_7_rp: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_7_rp", INSN_REG_FPR0 + 1, 0xbff199999999999bull, 0xbff199999999999cull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddadp_7_rp", INSN_REG_FPR_DW1_0 + 1, 0xbfe8000000000001ull, 0xbfe8000000000002ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddadp_7_rm: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_7_rm", INSN_REG_FPR0 + 1, 0xbff199999999999cull, 0xbff199999999999bull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddadp_7_rm", INSN_REG_FPR_DW1_0 + 1, 0xbfe8000000000002ull, 0xbfe8000000000001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddadp_7_xe: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_7_xe", INSN_REG_FPR0 + 1, 0xbff199999999999cull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddadp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0xbfe8000000000002ull, 0x3ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddasp_0_rp: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_0_rp", INSN_REG_FPR0 + 1, 0xc0600000ff7fffffull, 0xc0600000ff800000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddasp_0_rp", INSN_REG_FPR_DW1_0 + 1, 0xff7fffffc0400000ull, 0xff800000c0400001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddasp_0_rm: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_0_rm", INSN_REG_FPR0 + 1, 0xc0600000ff800000ull, 0xc0600000ff7fffffull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddasp_0_rm", INSN_REG_FPR_DW1_0 + 1, 0xff800000c0400001ull, 0xff7fffffc0400000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddasp_0_oe: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_0_oe", INSN_REG_FPR0 + 1, 0xc0600000ff7fffffull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddasp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0xdf7ffffec0400000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddasp_0_xe: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_0_xe", INSN_REG_FPR0 + 1, 0xc0600000ff7fffffull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddasp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xff800000c0400000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddasp_1_rp: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_1_rp", INSN_REG_FPR0 + 1, 0x000000017fc00000ull, 0x000000007fc00000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddasp_1_rm: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_1_rm", INSN_REG_FPR0 + 1, 0x000000007fc00000ull, 0x000000017fc00000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddasp_1_ve: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_1_ve", INSN_REG_FPR0 + 1, 0x000000007fc00000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddasp_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc00000007fffffull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddasp_1_ue: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_1_ue", INSN_REG_FPR0 + 1, 0x15fffffe7fc00000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddasp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0x7fc00000607ffffeull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddasp_1_xe: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_1_xe", INSN_REG_FPR0 + 1, 0x000000007fc00000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddasp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x7fc00000007fffffull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddasp_2_ve: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x000000007fc00001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddasp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc00001bf800000ull, 0x7f8000013f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddasp_3_rp: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_3_rp", INSN_REG_FPR0 + 1, 0xbdcccccdbf800001ull, 0xbdcccccdbf800002ull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddasp_3_rp", INSN_REG_FPR_DW1_0 + 1, 0xbfc000023e800001ull, 0xbfc000033e800000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddasp_3_rm: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_3_rm", INSN_REG_FPR0 + 1, 0xbdcccccdbf800002ull, 0xbdcccccdbf800001ull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddasp_3_rm", INSN_REG_FPR_DW1_0 + 1, 0xbfc000033e800000ull, 0xbfc000023e800001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddasp_3_xe: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_3_xe", INSN_REG_FPR0 + 1, 0xbdcccccdbf800001ull, 0x3dcccccd3f800001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddasp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0xbfc000023e800000ull, 0x3f00000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmdp_0_rp: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_0_rp", INSN_REG_FPR_DW1_0 + 1, 0xc00a666666666666ull, 0xc00a666666666667ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddmdp_0_rm: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_0_rm", INSN_REG_FPR_DW1_0 + 1, 0xc00a666666666667ull, 0xc00a666666666666ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddmdp_0_xe: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_0_xe", INSN_REG_FPR0 + 1, 0xc018000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmdp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xc00a666666666666ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmdp_1_rp: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_1_rp", INSN_REG_FPR0 + 1, 0xffefffffffffffffull, 0xfff0000000000000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddmdp_1_rp", INSN_REG_FPR_DW1_0 + 1, 0xc011ffffffffffffull, 0xc012000000000000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddmdp_1_rm: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_1_rm", INSN_REG_FPR0 + 1, 0xfff0000000000000ull, 0xffefffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddmdp_1_rm", INSN_REG_FPR_DW1_0 + 1, 0xc012000000000000ull, 0xc011ffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddmdp_1_oe: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_1_oe", INSN_REG_FPR0 + 1, 0x9ff7ffffffffffffull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmdp_1_oe", INSN_REG_FPR_DW1_0 + 1, 0xc012000000000000ull, 0x7fefffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmdp_1_xe: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_1_xe", INSN_REG_FPR0 + 1, 0xfff0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmdp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0xc012000000000000ull, 0x7fefffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmdp_3_ve: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_3_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000000ull, 0x8000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmdp_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x7ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmdp_4_ve: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x7ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmdp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmdp_5_ve: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmdp_7_rp: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_7_rp", INSN_REG_FPR0 + 1, 0xbff199999999999aull, 0xbff199999999999bull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddmdp_7_rp", INSN_REG_FPR_DW1_0 + 1, 0x4003333333333335ull, 0x4003333333333334ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddmdp_7_rm: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_7_rm", INSN_REG_FPR0 + 1, 0xbff199999999999bull, 0xbff199999999999aull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddmdp_7_rm", INSN_REG_FPR_DW1_0 + 1, 0x4003333333333334ull, 0x4003333333333335ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddmdp_7_xe: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_7_xe", INSN_REG_FPR0 + 1, 0xbff199999999999bull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmdp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0x4003333333333334ull, 0x3ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmsp_0_rp: xvnmaddmsp 1,2,3 */
    { "xvnmaddmsp_0_rp", INSN_REG_FPR0 + 1, 0xc0600000fdccccccull, 0xc0600000fdcccccdull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddmsp_0_rp", INSN_REG_FPR_DW1_0 + 1, 0xff7fffffbf000000ull, 0xff800000bf000001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddmsp_0_rm: xvnmaddmsp 1,2,3 */
    { "xvnmaddmsp_0_rm", INSN_REG_FPR0 + 1, 0xc0600000fdcccccdull, 0xc0600000fdccccccull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddmsp_0_rm", INSN_REG_FPR_DW1_0 + 1, 0xff800000bf000001ull, 0xff7fffffbf000000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddmsp_0_oe: xvnmaddmsp 1,2,3 */
    { "xvnmaddmsp_0_oe", INSN_REG_FPR0 + 1, 0xc0600000fdccccccull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmsp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0xa07fffffbf000000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmsp_0_xe: xvnmaddmsp 1,2,3 */
    { "xvnmaddmsp_0_xe", INSN_REG_FPR0 + 1, 0xc0600000fdccccccull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmsp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xff800000bf000000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmsp_1_ve: xvnmaddmsp 1,2,3 */
    { "xvnmaddmsp_1_ve", INSN_REG_FPR0 + 1, 0x007fffff7fc00000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmsp_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000000000000ull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmsp_1_ue: xvnmaddmsp 1,2,3 */
    { "xvnmaddmsp_1_ue", INSN_REG_FPR0 + 1, 0x607ffffe7fc00000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmsp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000000000000ull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmsp_2_ve: xvnmaddmsp 1,2,3 */
    { "xvnmaddmsp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x000000007fc00001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000180000000ull, 0x7f8000013f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmsp_3_rp: xvnmaddmsp 1,2,3 */
    { "xvnmaddmsp_3_rp", INSN_REG_FPR0 + 1, 0x3dcccccdbf000000ull, 0x3dcccccdbf000001ull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddmsp_3_rp", INSN_REG_FPR_DW1_0 + 1, 0xbfc00001bdcccccdull, 0xbfc00002bdcccccdull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddmsp_3_rm: xvnmaddmsp 1,2,3 */
    { "xvnmaddmsp_3_rm", INSN_REG_FPR0 + 1, 0x3dcccccdbf000001ull, 0x3dcccccdbf000000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmaddmsp_3_rm", INSN_REG_FPR_DW1_0 + 1, 0xbfc00002bdcccccdull, 0xbfc00001bdcccccdull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmaddmsp_3_xe: xvnmaddmsp 1,2,3 */
    { "xvnmaddmsp_3_xe", INSN_REG_FPR0 + 1, 0x3dcccccdbf000000ull, 0x3dcccccd3f800001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmsp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0xbfc00002bdcccccdull, 0x3f00000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_0_rp: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_0_rp", INSN_REG_FPR_DW1_0 + 1, 0x400599999999999aull, 0x4005999999999999ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubadp_0_rm: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_0_rm", INSN_REG_FPR_DW1_0 + 1, 0x4005999999999999ull, 0x400599999999999aull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubadp_0_xe: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_0_xe", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubadp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x400599999999999aull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_1_rp: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_1_rp", INSN_REG_FPR0 + 1, 0xffefffffffffffffull, 0xfff0000000000000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmsubadp_1_rp", INSN_REG_FPR_DW1_0 + 1, 0x7fefffffffffffffull, 0x7feffffffffffffeull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubadp_1_rm: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_1_rm", INSN_REG_FPR0 + 1, 0xfff0000000000000ull, 0xffefffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmsubadp_1_rm", INSN_REG_FPR_DW1_0 + 1, 0x7feffffffffffffeull, 0x7fefffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubadp_1_oe: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_1_oe", INSN_REG_FPR0 + 1, 0xdfeffffffffffffeull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_1_xe: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_1_xe", INSN_REG_FPR0 + 1, 0xfff0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_4_ve: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x7ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubadp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_5_ve: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_6_rp: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_6_rp", INSN_REG_FPR_DW1_0 + 1, 0x800c000000000000ull, 0x800c000000000001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubadp_6_rm: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_6_rm", INSN_REG_FPR_DW1_0 + 1, 0x800c000000000001ull, 0x800c000000000000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubadp_6_ue: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_6_ue", INSN_REG_FPR_DW1_0 + 1, 0xe008000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_6_xe: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_6_xe", INSN_REG_FPR_DW1_0 + 1, 0x800c000000000000ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_7_rp: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_7_rp", INSN_REG_FPR0 + 1, 0xbfecccccccccccd0ull, 0xbfecccccccccccd1ull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmsubadp_7_rp", INSN_REG_FPR_DW1_0 + 1, 0x3ff4000000000002ull, 0x3ff4000000000001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubadp_7_rm: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_7_rm", INSN_REG_FPR0 + 1, 0xbfecccccccccccd1ull, 0xbfecccccccccccd0ull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmsubadp_7_rm", INSN_REG_FPR_DW1_0 + 1, 0x3ff4000000000001ull, 0x3ff4000000000002ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubadp_7_xe: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_7_xe", INSN_REG_FPR0 + 1, 0xbfecccccccccccd1ull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubadp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0x3ff4000000000001ull, 0x3ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubasp_0_rp: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_0_rp", INSN_REG_FPR0 + 1, 0xc02000007f7fffffull, 0xc02000007f7ffffeull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmsubasp_0_rp", INSN_REG_FPR_DW1_0 + 1, 0xff7fffff40400000ull, 0xff800000403fffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubasp_0_rm: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_0_rm", INSN_REG_FPR0 + 1, 0xc02000007f7ffffeull, 0xc02000007f7fffffull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmsubasp_0_rm", INSN_REG_FPR_DW1_0 + 1, 0xff800000403fffffull, 0xff7fffff40400000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubasp_0_oe: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_0_oe", INSN_REG_FPR0 + 1, 0xc02000007f7fffffull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubasp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0xdf7ffffe40400000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubasp_0_xe: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_0_xe", INSN_REG_FPR0 + 1, 0xc02000007f7fffffull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubasp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xff80000040400000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubasp_1_rp: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_1_rp", INSN_REG_FPR0 + 1, 0x000000017f800000ull, 0x000000007f800000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubasp_1_rm: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_1_rm", INSN_REG_FPR0 + 1, 0x000000007f800000ull, 0x000000017f800000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubasp_1_ue: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_1_ue", INSN_REG_FPR0 + 1, 0x15fffffe7f800000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubasp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0xff800000e07ffffeull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubasp_1_xe: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_1_xe", INSN_REG_FPR0 + 1, 0x000000007f800000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubasp_2_ve: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x000000007fc00001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubasp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc000013f800000ull, 0x7f8000013f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubasp_3_rp: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_3_rp", INSN_REG_FPR0 + 1, 0x3dcccccd3f800001ull, 0x3dcccccd3f800000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmsubasp_3_rp", INSN_REG_FPR_DW1_0 + 1, 0xbf0000043e800001ull, 0xbf0000053e800000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubasp_3_rm: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_3_rm", INSN_REG_FPR0 + 1, 0x3dcccccd3f800000ull, 0x3dcccccd3f800001ull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmsubasp_3_rm", INSN_REG_FPR_DW1_0 + 1, 0xbf0000053e800000ull, 0xbf0000043e800001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubasp_3_xe: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0xbf0000043e800000ull, 0x3f00000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubmdp_0_rp: xvnmsubmdp 1,2,3 */
    { "xvnmsubmdp_0_rp", INSN_REG_FPR_DW1_0 + 1, 0x400599999999999aull, 0x4005999999999999ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubmdp_0_rm: xvnmsubmdp 1,2,3 */
    { "xvnmsubmdp_0_rm", INSN_REG_FPR_DW1_0 + 1, 0x4005999999999999ull, 0x400599999999999aull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubmdp_0_xe: xvnmsubmdp 1,2,3 */
    { "xvnmsubmdp_0_xe", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubmdp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x400599999999999aull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubmdp_2_ve: xvnmsubmdp 1,2,3 */
    { "xvnmsubmdp_2_ve", INSN_REG_FPR0 + 1, 0x7ff0000000000000ull, 0xfff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubmdp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x800fffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubmdp_3_ve: xvnmsubmdp 1,2,3 */
    { "xvnmsubmdp_3_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000000ull, 0x8000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubmdp_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x7ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubmdp_4_ve: xvnmsubmdp 1,2,3 */
    { "xvnmsubmdp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x7ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubmdp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubmdp_5_ve: xvnmsubmdp 1,2,3 */
    { "xvnmsubmdp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubmdp_7_rp: xvnmsubmdp 1,2,3 */
    { "xvnmsubmdp_7_rp", INSN_REG_FPR0 + 1, 0x3feccccccccccccfull, 0x3fecccccccccccceull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmsubmdp_7_rp", INSN_REG_FPR_DW1_0 + 1, 0x4004cccccccccccfull, 0x4004ccccccccccceull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubmdp_7_rm: xvnmsubmdp 1,2,3 */
    { "xvnmsubmdp_7_rm", INSN_REG_FPR0 + 1, 0x3fecccccccccccceull, 0x3feccccccccccccfull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmsubmdp_7_rm", INSN_REG_FPR_DW1_0 + 1, 0x4004ccccccccccceull, 0x4004cccccccccccfull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubmdp_7_xe: xvnmsubmdp 1,2,3 */
    { "xvnmsubmdp_7_xe", INSN_REG_FPR0 + 1, 0x3feccccccccccccfull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubmdp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0x4004ccccccccccceull, 0x3ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubmsp_0_rp: xvnmsubmsp 1,2,3 */
    { "xvnmsubmsp_0_rp", INSN_REG_FPR0 + 1, 0x40200000fdccccccull, 0x40200000fdcccccdull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmsubmsp_0_rp", INSN_REG_FPR_DW1_0 + 1, 0xff7fffff3f000000ull, 0xff8000003effffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubmsp_0_rm: xvnmsubmsp 1,2,3 */
    { "xvnmsubmsp_0_rm", INSN_REG_FPR0 + 1, 0x40200000fdcccccdull, 0x40200000fdccccccull, ISA_VECFP_NMROUND, 0, 0 },
    { "xvnmsubmsp_0_rm", INSN_REG_FPR_DW1_0 + 1, 0xff8000003effffffull, 0xff7fffff3f000000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubmsp_0_oe: xvnmsubmsp 1,2,3 */
    { "xvnmsubmsp_0_oe", INSN_REG_FPR0 + 1, 0x40200000fdccccccull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubmsp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0x9fffffff3f000000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubmsp_0_xe: xvnmsubmsp 1,2,3 */
    { "xvnmsubmsp_0_xe", INSN_REG_FPR0 + 1, 0x40200000fdccccccull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubmsp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xff8000003f000000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubmsp_1_ue: xvnmsubmsp 1,2,3 */
    { "xvnmsubmsp_1_ue", INSN_REG_FPR0 + 1, 0xe07ffffeff800000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubmsp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0x7f80000080000000ull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubmsp_2_ve: xvnmsubmsp 1,2,3 */
    { "xvnmsubmsp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x000000007fc00001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubmsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000180000000ull, 0x7f8000013f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubmsp_3_rp: xvnmsubmsp 1,2,3 */
    { "xvnmsubmsp_3_rp", INSN_REG_FPR0 + 1, 0x3dcccccd3f000000ull, 0x3dcccccd3effffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubmsp_3_rm: xvnmsubmsp 1,2,3 */
    { "xvnmsubmsp_3_rm", INSN_REG_FPR0 + 1, 0x3dcccccd3effffffull, 0x3dcccccd3f000000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* xvnmsubmsp_3_xe: xvnmsubmsp 1,2,3 */
    { "xvnmsubmsp_3_xe", INSN_REG_FPR0 + 1, 0x3dcccccd3f000000ull, 0x3dcccccd3f800001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubmsp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0x3f0000013dcccccdull, 0x3f00000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaxdp_2_ue: xvmaxdp 1,2,3 */
    { "xvmaxdp_2_ue", INSN_REG_FPR0 + 1, 0x5cd0000000000000ull, 0x0000000000000001ull, ISA_VECFP_MAXMIN, 0, 0 },
    { "xvmaxdp_2_ue", INSN_REG_FPSCR, 0x00000000c8000020ull, 0x0000000000000020ull, ISA_VECFP_MAXMIN, 0, 0 },
    /* xvmaxdp_4_ve: xvmaxdp 1,2,3 */
    { "xvmaxdp_4_ve", INSN_REG_FPR0 + 1, 0x3ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaxdp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaxdp_5_ve: xvmaxdp 1,2,3 */
    { "xvmaxdp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaxdp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmaxsp_1_ue: xvmaxsp 1,2,3 */
    { "xvmaxsp_1_ue", INSN_REG_FPR0 + 1, 0x550000007f800000ull, 0x000000017f800000ull, ISA_VECFP_MAXMIN, 0, 0 },
    { "xvmaxsp_1_ue", INSN_REG_FPSCR, 0x00000000c8000020ull, 0x0000000000000020ull, ISA_VECFP_MAXMIN, 0, 0 },
    /* xvmaxsp_2_ve: xvmaxsp 1,2,3 */
    { "xvmaxsp_2_ve", INSN_REG_FPR0 + 1, 0x3f8000007fc00001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmaxsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000100000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmindp_2_ue: xvmindp 1,2,3 */
    { "xvmindp_2_ue", INSN_REG_FPR0 + 1, 0xe00ffffffffffffeull, 0x800fffffffffffffull, ISA_VECFP_MAXMIN, 0, 0 },
    { "xvmindp_2_ue", INSN_REG_FPSCR, 0x00000000c8000020ull, 0x0000000000000020ull, ISA_VECFP_MAXMIN, 0, 0 },
    /* xvmindp_4_ve: xvmindp 1,2,3 */
    { "xvmindp_4_ve", INSN_REG_FPR0 + 1, 0x3ff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmindp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvmindp_5_ve: xvmindp 1,2,3 */
    { "xvmindp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvmindp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvminsp_1_ue: xvminsp 1,2,3 */
    { "xvminsp_1_ue", INSN_REG_FPR0 + 1, 0xe07ffffeff800000ull, 0x807fffffff800000ull, ISA_VECFP_MAXMIN, 0, 0 },
    { "xvminsp_1_ue", INSN_REG_FPSCR, 0x00000000c8000020ull, 0x0000000000000020ull, ISA_VECFP_MAXMIN, 0, 0 },
    /* xvminsp_2_ve: xvminsp 1,2,3 */
    { "xvminsp_2_ve", INSN_REG_FPR0 + 1, 0x3f8000007fc00001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvminsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000100000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcmpeqdp_4_ve: xvcmpeqdp 1,2,3 */
    { "xvcmpeqdp_4_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpeqdp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcmpeqdp_5_ve: xvcmpeqdp 1,2,3 */
    { "xvcmpeqdp_5_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpeqdp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0xffffffffffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcmpeqsp_2_ve: xvcmpeqsp 1,2,3 */
    { "xvcmpeqsp_2_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpeqsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x00000000ffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcmpgedp_4_ve: xvcmpgedp 1,2,3 */
    { "xvcmpgedp_4_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpgedp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcmpgedp_5_ve: xvcmpgedp 1,2,3 */
    { "xvcmpgedp_5_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpgedp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0xffffffffffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpgedp_5_ve", INSN_REG_FPSCR, 0x00000000e1080080ull, 0x00000000e1000080ull, ISA_VECFP_VXVC, 0, 0 },
    /* xvcmpgesp_2_ve: xvcmpgesp 1,2,3 */
    { "xvcmpgesp_2_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpgesp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x00000000ffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcmpgtdp_4_ve: xvcmpgtdp 1,2,3 */
    { "xvcmpgtdp_4_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpgtdp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcmpgtdp_5_ve: xvcmpgtdp 1,2,3 */
    { "xvcmpgtdp_5_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpgtdp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpgtdp_5_ve", INSN_REG_FPSCR, 0x00000000e1080080ull, 0x00000000e1000080ull, ISA_VECFP_VXVC, 0, 0 },
    /* xvcmpgtsp_2_ve: xvcmpgtsp 1,2,3 */
    { "xvcmpgtsp_2_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpgtsp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcmpnedp_4_ve: .long 0xf0221fd8 */
    { "xvcmpnedp_4_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpnedp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcmpnedp_5_ve: .long 0xf0221fd8 */
    { "xvcmpnedp_5_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpnedp_5_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcmpnesp_2_ve: .long 0xf0221ed8 */
    { "xvcmpnesp_2_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcmpnesp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrdpi_3_ve: xvrdpi 1,3 */
    { "xvrdpi_3_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrdpi_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrdpic_0_xe: xvrdpic 1,3 */
    { "xvrdpic_0_xe", INSN_REG_FPR0 + 1, 0x4000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrdpic_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xc000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrdpic_1_xe: xvrdpic 1,3 */
    { "xvrdpic_1_xe", INSN_REG_FPR0 + 1, 0x4000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrdpic_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrdpic_2_xe: xvrdpic 1,3 */
    { "xvrdpic_2_xe", INSN_REG_FPR0 + 1, 0xbff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrdpic_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x4330000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrdpic_3_ve: xvrdpic 1,3 */
    { "xvrdpic_3_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrdpic_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrdpic_5_xe: xvrdpic 1,3 */
    { "xvrdpic_5_xe", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrdpic_5_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrdpim_3_ve: xvrdpim 1,3 */
    { "xvrdpim_3_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrdpim_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrdpip_3_ve: xvrdpip 1,3 */
    { "xvrdpip_3_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrdpip_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrdpiz_3_ve: xvrdpiz 1,3 */
    { "xvrdpiz_3_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrdpiz_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrspi_1_ve: xvrspi 1,3 */
    { "xvrspi_1_ve", INSN_REG_FPR0 + 1, 0xbf8000004b000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrspi_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc000017fc00001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrspic_0_xe: xvrspic 1,3 */
    { "xvrspic_0_xe", INSN_REG_FPR0 + 1, 0x40000000c0000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrspic_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x4000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrspic_1_xe: xvrspic 1,3 */
    { "xvrspic_1_xe", INSN_REG_FPR0 + 1, 0xbf8000004b000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrspic_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x7fc000017fc00001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrspic_1_ve: xvrspic 1,3 */
    { "xvrspic_1_ve", INSN_REG_FPR0 + 1, 0xbf8000004b000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrspic_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc000017fc00001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrspic_2_xe: xvrspic 1,3 */
    { "xvrspic_2_xe", INSN_REG_FPR0 + 1, 0x7f80000080000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrspic_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrspim_1_ve: xvrspim 1,3 */
    { "xvrspim_1_ve", INSN_REG_FPR0 + 1, 0xbf8000004b000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrspim_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc000017fc00001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrspip_1_ve: xvrspip 1,3 */
    { "xvrspip_1_ve", INSN_REG_FPR0 + 1, 0x800000004b000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrspip_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc000017fc00001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvrspiz_1_ve: xvrspiz 1,3 */
    { "xvrspiz_1_ve", INSN_REG_FPR0 + 1, 0x800000004b000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvrspiz_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc000017fc00001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpsp_1_xe: xvcvdpsp 1,3 */
    { "xvcvdpsp_1_xe", INSN_REG_FPR0 + 1, 0x3dcccccd3dcccccdull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x7f8000007f800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpsp_1_oe: xvcvdpsp 1,3 */
    { "xvcvdpsp_1_oe", INSN_REG_FPR0 + 1, 0x3dcccccd3dcccccdull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsp_1_oe", INSN_REG_FPR_DW1_0 + 1, 0x5f8000005f800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpsp_2: xvcvdpsp 1,3 */
    { "xvcvdpsp_2", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvdpsp_2_rz: xvcvdpsp 1,3 */
    { "xvcvdpsp_2_rz", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvdpsp_2_rp: xvcvdpsp 1,3 */
    { "xvcvdpsp_2_rp", INSN_REG_FPSCR, 0x0000000092000002ull, 0x000000009a000002ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvdpsp_2_rm: xvcvdpsp 1,3 */
    { "xvcvdpsp_2_rm", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvdpsp_2_ve: xvcvdpsp 1,3 */
    { "xvcvdpsp_2_ve", INSN_REG_FPSCR, 0x0000000092000080ull, 0x000000009a000080ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvdpsp_2_xe: xvcvdpsp 1,3 */
    { "xvcvdpsp_2_xe", INSN_REG_FPR0 + 1, 0xff800000ff800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsp_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsp_2_xe", INSN_REG_FPSCR, 0x00000000d2000008ull, 0x00000000da000008ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvdpsp_2_oe: xvcvdpsp 1,3 */
    { "xvcvdpsp_2_oe", INSN_REG_FPR0 + 1, 0xdf800000df800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsp_2_oe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsp_2_oe", INSN_REG_FPSCR, 0x00000000d2000040ull, 0x00000000da000040ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvdpsp_2_ue: xvcvdpsp 1,3 */
    { "xvcvdpsp_2_ue", INSN_REG_FPR0 + 1, 0xff800000ff800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsp_2_ue", INSN_REG_FPR_DW1_0 + 1, 0x0680000006800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsp_2_ue", INSN_REG_FPSCR, 0x0000000092000020ull, 0x00000000da000020ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvdpsxds_0_xe: xvcvdpsxds 1,3 */
    { "xvcvdpsxds_0_xe", INSN_REG_FPR0 + 1, 0x0000000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsxds_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xfffffffffffffffeull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpsxds_1_ve: xvcvdpsxds 1,3 */
    { "xvcvdpsxds_1_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsxds_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fffffffffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpsxds_1_xe: xvcvdpsxds 1,3 */
    { "xvcvdpsxds_1_xe", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsxds_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x7fffffffffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpsxds_2_ve: xvcvdpsxds 1,3 */
    { "xvcvdpsxds_2_ve", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsxds_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpsxds_2_xe: xvcvdpsxds 1,3 */
    { "xvcvdpsxds_2_xe", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsxds_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpsxws_0_xe: xvcvdpsxws 1,3 */
    { "xvcvdpsxws_0_xe", INSN_REG_FPR0 + 1, 0x0000000100000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsxws_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xfffffffefffffffeull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpsxws_1_ve: xvcvdpsxws 1,3 */
    { "xvcvdpsxws_1_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsxws_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fffffff7fffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpsxws_1_xe: xvcvdpsxws 1,3 */
    { "xvcvdpsxws_1_xe", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsxws_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x7fffffff7fffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpsxws_2_ve: xvcvdpsxws 1,3 */
    { "xvcvdpsxws_2_ve", INSN_REG_FPR0 + 1, 0x8000000080000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsxws_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpsxws_2_xe: xvcvdpsxws 1,3 */
    { "xvcvdpsxws_2_xe", INSN_REG_FPR0 + 1, 0x8000000080000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpsxws_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpuxds_0_ve: xvcvdpuxds 1,3 */
    { "xvcvdpuxds_0_ve", INSN_REG_FPR0 + 1, 0x0000000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpuxds_0_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpuxds_1_ve: xvcvdpuxds 1,3 */
    { "xvcvdpuxds_1_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpuxds_1_ve", INSN_REG_FPR_DW1_0 + 1, 0xffffffffffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpuxds_1_xe: xvcvdpuxds 1,3 */
    { "xvcvdpuxds_1_xe", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpuxds_1_xe", INSN_REG_FPR_DW1_0 + 1, 0xffffffffffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpuxds_2_ve: xvcvdpuxds 1,3 */
    { "xvcvdpuxds_2_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpuxds_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpuxds_2_xe: xvcvdpuxds 1,3 */
    { "xvcvdpuxds_2_xe", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpuxds_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpuxws_0_ve: xvcvdpuxws 1,3 */
    { "xvcvdpuxws_0_ve", INSN_REG_FPR0 + 1, 0x0000000100000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpuxws_0_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpuxws_1_ve: xvcvdpuxws 1,3 */
    { "xvcvdpuxws_1_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpuxws_1_ve", INSN_REG_FPR_DW1_0 + 1, 0xffffffffffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpuxws_1_xe: xvcvdpuxws 1,3 */
    { "xvcvdpuxws_1_xe", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpuxws_1_xe", INSN_REG_FPR_DW1_0 + 1, 0xffffffffffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpuxws_2_ve: xvcvdpuxws 1,3 */
    { "xvcvdpuxws_2_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpuxws_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvdpuxws_2_xe: xvcvdpuxws 1,3 */
    { "xvcvdpuxws_2_xe", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvdpuxws_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspsxds_0_xe: xvcvspsxds 1,3 */
    { "xvcvspsxds_0_xe", INSN_REG_FPR0 + 1, 0x0000000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspsxds_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspsxds_1_ve: xvcvspsxds 1,3 */
    { "xvcvspsxds_1_ve", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspsxds_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fffffffffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspsxds_2: xvcvspsxds 1,3 */
    { "xvcvspsxds_2", INSN_REG_FPR_DW1_0 + 1, 0x8000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspsxds_2_rz: xvcvspsxds 1,3 */
    { "xvcvspsxds_2_rz", INSN_REG_FPR_DW1_0 + 1, 0x8000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspsxds_2_rp: xvcvspsxds 1,3 */
    { "xvcvspsxds_2_rp", INSN_REG_FPR_DW1_0 + 1, 0x8000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspsxds_2_rm: xvcvspsxds 1,3 */
    { "xvcvspsxds_2_rm", INSN_REG_FPR_DW1_0 + 1, 0x8000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspsxds_2_ve: xvcvspsxds 1,3 */
    { "xvcvspsxds_2_ve", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspsxds_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x8000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspsxds_2_xe: xvcvspsxds 1,3 */
    { "xvcvspsxds_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x8000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspsxds_2_oe: xvcvspsxds 1,3 */
    { "xvcvspsxds_2_oe", INSN_REG_FPR_DW1_0 + 1, 0x8000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspsxds_2_ue: xvcvspsxds 1,3 */
    { "xvcvspsxds_2_ue", INSN_REG_FPR_DW1_0 + 1, 0x8000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspsxws_0_ve: xvcvspsxws 1,3 */
    { "xvcvspsxws_0_ve", INSN_REG_FPR0 + 1, 0x00000001fffffffeull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspsxws_0_ve", INSN_REG_FPR_DW1_0 + 1, 0x000000007fffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspsxws_0_xe: xvcvspsxws 1,3 */
    { "xvcvspsxws_0_xe", INSN_REG_FPR0 + 1, 0x00000001fffffffeull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspsxws_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x000000007fffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspsxws_1_ve: xvcvspsxws 1,3 */
    { "xvcvspsxws_1_ve", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspsxws_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fffffff80000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspsxws_1_xe: xvcvspsxws 1,3 */
    { "xvcvspsxws_1_xe", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspsxws_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x7fffffff80000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspsxws_2_ve: xvcvspsxws 1,3 */
    { "xvcvspsxws_2_ve", INSN_REG_FPR0 + 1, 0x8000000080000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspsxws_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fffffff80000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspuxds_0_xe: xvcvspuxds 1,3 */
    { "xvcvspuxds_0_xe", INSN_REG_FPR0 + 1, 0x0000000000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspuxds_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspuxds_1_ve: xvcvspuxds 1,3 */
    { "xvcvspuxds_1_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspuxds_1_ve", INSN_REG_FPR_DW1_0 + 1, 0xffffffffffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspuxds_2: xvcvspuxds 1,3 */
    { "xvcvspuxds_2", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxds_2_rz: xvcvspuxds 1,3 */
    { "xvcvspuxds_2_rz", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxds_2_rp: xvcvspuxds 1,3 */
    { "xvcvspuxds_2_rp", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxds_2_rm: xvcvspuxds 1,3 */
    { "xvcvspuxds_2_rm", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxds_2_ve: xvcvspuxds 1,3 */
    { "xvcvspuxds_2_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspuxds_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspuxds_2_xe: xvcvspuxds 1,3 */
    { "xvcvspuxds_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxds_2_oe: xvcvspuxds 1,3 */
    { "xvcvspuxds_2_oe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxds_2_ue: xvcvspuxds 1,3 */
    { "xvcvspuxds_2_ue", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x0000000080000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxws_0_ve: xvcvspuxws 1,3 */
    { "xvcvspuxws_0_ve", INSN_REG_FPR0 + 1, 0x0000000100000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspuxws_0_ve", INSN_REG_FPR_DW1_0 + 1, 0x00000000ffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspuxws_0_xe: xvcvspuxws 1,3 */
    { "xvcvspuxws_0_xe", INSN_REG_FPR0 + 1, 0x0000000100000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspuxws_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x00000000ffffffffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspuxws_1_ve: xvcvspuxws 1,3 */
    { "xvcvspuxws_1_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspuxws_1_ve", INSN_REG_FPR_DW1_0 + 1, 0xffffffff00000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspuxws_1_xe: xvcvspuxws 1,3 */
    { "xvcvspuxws_1_xe", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspuxws_1_xe", INSN_REG_FPR_DW1_0 + 1, 0xffffffff00000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspuxws_2: xvcvspuxws 1,3 */
    { "xvcvspuxws_2", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x8000000000000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxws_2_rz: xvcvspuxws 1,3 */
    { "xvcvspuxws_2_rz", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x8000000000000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxws_2_rp: xvcvspuxws 1,3 */
    { "xvcvspuxws_2_rp", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x8000000000000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxws_2_rm: xvcvspuxws 1,3 */
    { "xvcvspuxws_2_rm", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x8000000000000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxws_2_ve: xvcvspuxws 1,3 */
    { "xvcvspuxws_2_ve", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvspuxws_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvspuxws_2_xe: xvcvspuxws 1,3 */
    { "xvcvspuxws_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x8000000000000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxws_2_oe: xvcvspuxws 1,3 */
    { "xvcvspuxws_2_oe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x8000000000000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvspuxws_2_ue: xvcvspuxws 1,3 */
    { "xvcvspuxws_2_ue", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x8000000000000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* xvcvsxddp_1_xe: xvcvsxddp 1,3 */
    { "xvcvsxddp_1_xe", INSN_REG_FPR0 + 1, 0xbff0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsxddp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x43e0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvsxddp_2_xe: xvcvsxddp 1,3 */
    { "xvcvsxddp_2_xe", INSN_REG_FPR0 + 1, 0xc3e0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsxddp_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x4340000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvsxdsp_1_xe: xvcvsxdsp 1,3 */
    { "xvcvsxdsp_1_xe", INSN_REG_FPR0 + 1, 0xbf800000bf800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsxdsp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x5f0000005f000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvsxdsp_2_xe: xvcvsxdsp 1,3 */
    { "xvcvsxdsp_2_xe", INSN_REG_FPR0 + 1, 0xdf000000df000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsxdsp_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x5a0000005a000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvsxwsp_1_xe: xvcvsxwsp 1,3 */
    { "xvcvsxwsp_1_xe", INSN_REG_FPR0 + 1, 0xbf800000bf800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsxwsp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x4f000000bf800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvuxddp_1_xe: xvcvuxddp 1,3 */
    { "xvcvuxddp_1_xe", INSN_REG_FPR0 + 1, 0x43f0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvuxddp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x43e0000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvuxddp_2_xe: xvcvuxddp 1,3 */
    { "xvcvuxddp_2_xe", INSN_REG_FPR0 + 1, 0x43e0000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvuxddp_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x4340000000000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvuxdsp_1_xe: xvcvuxdsp 1,3 */
    { "xvcvuxdsp_1_xe", INSN_REG_FPR0 + 1, 0x5f8000005f800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvuxdsp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x5f0000005f000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvuxdsp_2_xe: xvcvuxdsp 1,3 */
    { "xvcvuxdsp_2_xe", INSN_REG_FPR0 + 1, 0x5f0000005f000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvuxdsp_2_xe", INSN_REG_FPR_DW1_0 + 1, 0x5a0000005a000000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvuxwsp_1_xe: xvcvuxwsp 1,3 */
    { "xvcvuxwsp_1_xe", INSN_REG_FPR0 + 1, 0x4f8000004f800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvuxwsp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x4f0000004f800000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvhpsp_1_ve: xvcvhpsp 1,3 */
    { "xvcvhpsp_1_ve", INSN_REG_FPR0 + 1, 0x7f800000ff800000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvhpsp_1_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc020007fc02000ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvsphp_0_oe: xvcvsphp 1,3 */
    { "xvcvsphp_0_oe", INSN_REG_FPR0 + 1, 0x00003c000000bc00ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0x00007bff00001c00ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvsphp_0_xe: xvcvsphp 1,3 */
    { "xvcvsphp_0_xe", INSN_REG_FPR0 + 1, 0x00003c000000bc00ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x00007bff00007c00ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvsphp_1: xvcvsphp 1,3 */
    { "xvcvsphp_1", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_1_rz: xvcvsphp 1,3 */
    { "xvcvsphp_1_rz", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_1_rp: xvcvsphp 1,3 */
    { "xvcvsphp_1_rp", INSN_REG_FPSCR, 0x0000000092000002ull, 0x000000009a000002ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_1_rm: xvcvsphp 1,3 */
    { "xvcvsphp_1_rm", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_1_ve: xvcvsphp 1,3 */
    { "xvcvsphp_1_ve", INSN_REG_FPSCR, 0x0000000092000080ull, 0x000000009a000080ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_1_oe: xvcvsphp 1,3 */
    { "xvcvsphp_1_oe", INSN_REG_FPR0 + 1, 0x00001c0000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_1_oe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_1_oe", INSN_REG_FPSCR, 0x00000000d2000040ull, 0x00000000da000040ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_1_ue: xvcvsphp 1,3 */
    { "xvcvsphp_1_ue", INSN_REG_FPR0 + 1, 0x00007c0000003c00ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0x0000380000003800ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_1_ue", INSN_REG_FPSCR, 0x0000000092000020ull, 0x00000000da000020ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_1_xe: xvcvsphp 1,3 */
    { "xvcvsphp_1_xe", INSN_REG_FPR0 + 1, 0x00007c0000000001ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_1_xe", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000001ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_1_xe", INSN_REG_FPSCR, 0x00000000d2000008ull, 0x00000000da000008ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_2_ue: xvcvsphp 1,3 */
    { "xvcvsphp_2_ue", INSN_REG_FPR0 + 1, 0x00000400000063feull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_2_ue", INSN_REG_FPR_DW1_0 + 1, 0x00007c0000007e00ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvsphp_3_ve: xvcvsphp 1,3 */
    { "xvcvsphp_3_ve", INSN_REG_FPR0 + 1, 0x00007e0000008000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_3_ve", INSN_REG_FPR_DW1_0 + 1, 0x00002e660000fbffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvsphp_3_xe: xvcvsphp 1,3 */
    { "xvcvsphp_3_xe", INSN_REG_FPR0 + 1, 0x00007e0000008000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0x00002e660000fbffull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvcvsphp_4: xvcvsphp 1,3 */
    { "xvcvsphp_4", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_4_rz: xvcvsphp 1,3 */
    { "xvcvsphp_4_rz", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_4_rp: xvcvsphp 1,3 */
    { "xvcvsphp_4_rp", INSN_REG_FPSCR, 0x0000000092000002ull, 0x000000009a000002ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_4_rm: xvcvsphp 1,3 */
    { "xvcvsphp_4_rm", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_4_ve: xvcvsphp 1,3 */
    { "xvcvsphp_4_ve", INSN_REG_FPSCR, 0x0000000092000080ull, 0x000000009a000080ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_4_oe: xvcvsphp 1,3 */
    { "xvcvsphp_4_oe", INSN_REG_FPR0 + 1, 0x0000000000003c00ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_4_oe", INSN_REG_FPR_DW1_0 + 1, 0x00003c020000dc00ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_4_oe", INSN_REG_FPSCR, 0x00000000d2000040ull, 0x00000000da000040ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_4_ue: xvcvsphp 1,3 */
    { "xvcvsphp_4_ue", INSN_REG_FPR0 + 1, 0x0000480000003c00ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_4_ue", INSN_REG_FPR_DW1_0 + 1, 0x00003c020000fc00ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_4_ue", INSN_REG_FPSCR, 0x0000000092000020ull, 0x00000000da000020ull, ISA_VECFP_UXTINY, 0, 0 },
    /* xvcvsphp_4_xe: xvcvsphp 1,3 */
    { "xvcvsphp_4_xe", INSN_REG_FPR0 + 1, 0x0000000000003c00ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_4_xe", INSN_REG_FPR_DW1_0 + 1, 0x00003c020000fc00ull, 0x3c3c3c3c01010101ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvcvsphp_4_xe", INSN_REG_FPSCR, 0x00000000d2000008ull, 0x00000000da000008ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvadddp_8: xvadddp 1,2,3 */
    { "rnd_xvadddp_8", INSN_REG_FPR0 + 1, 0xffdbe2914296e174ull, 0xbff23585aea66edeull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvadddp_8", INSN_REG_FPR_DW1_0 + 1, 0x3fde9c139ab98a54ull, 0x001e712568830fdfull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvaddsp_7: xvaddsp 1,2,3 */
    { "rnd_xvaddsp_7", INSN_REG_FPR0 + 1, 0x7df76f90273fdda1ull, 0x7f80000001022cecull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvaddsp_7", INSN_REG_FPR_DW1_0 + 1, 0x7ef82f18dfbed210ull, 0x3f80000180000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvsubdp_38: xvsubdp 1,2,3 */
    { "rnd_xvsubdp_38", INSN_REG_FPR0 + 1, 0xbfed0b98ff136b27ull, 0x7fecc2fb434054ecull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvsubdp_38", INSN_REG_FPR_DW1_0 + 1, 0x80022d88a638006aull, 0x3feb100000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvsubsp_10: xvsubsp 1,2,3 */
    { "rnd_xvsubsp_10", INSN_REG_FPR0 + 1, 0x3fbbd0b83f000000ull, 0x3fd00bbe3f0153b6ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvsubsp_10", INSN_REG_FPR_DW1_0 + 1, 0xbfc259ec7fc00001ull, 0x3dcccccd7f618800ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvsubsp_12: xvsubsp 1,2,3 */
    { "rnd_xvsubsp_12", INSN_REG_FPR0 + 1, 0xff7fffffff399dc1ull, 0xfeb543354f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvsubsp_12", INSN_REG_FPR_DW1_0 + 1, 0x3f8000007e81e1b8ull, 0x00c000013fc54d18ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvsubsp_21: xvsubsp 1,2,3 */
    { "rnd_xvsubsp_21", INSN_REG_FPR0 + 1, 0x7f7fffff7f800000ull, 0x4f80000080012156ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvsubsp_21", INSN_REG_FPR_DW1_0 + 1, 0x810284d47fc00001ull, 0x4f80000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvsubsp_22: xvsubsp 1,2,3 */
    { "rnd_xvsubsp_22", INSN_REG_FPR0 + 1, 0x00131ebeff800000ull, 0x80000000bf800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvsubsp_22", INSN_REG_FPR_DW1_0 + 1, 0x3ffdfdd07fc00001ull, 0xff7fffff40400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvmuldp_23: xvmuldp 1,2,3 */
    { "rnd_xvmuldp_23", INSN_REG_FPR0 + 1, 0x0025cb9b376ca790ull, 0xbfe664fde76a2dddull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvmuldp_23", INSN_REG_FPR_DW1_0 + 1, 0xe380b28050d87596ull, 0x802f026166832900ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvmulsp_10: xvmulsp 1,2,3 */
    { "rnd_xvmulsp_10", INSN_REG_FPSCR, 0x0000000092000002ull, 0x000000009a000002ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvmulsp_11: xvmulsp 1,2,3 */
    { "rnd_xvmulsp_11", INSN_REG_FPSCR, 0x0000000092000002ull, 0x000000009a000002ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvmulsp_12: xvmulsp 1,2,3 */
    { "rnd_xvmulsp_12", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvmulsp_16: xvmulsp 1,2,3 */
    { "rnd_xvmulsp_16", INSN_REG_FPSCR, 0x0000000092000002ull, 0x000000009a000002ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvmulsp_22: xvmulsp 1,2,3 */
    { "rnd_xvmulsp_22", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvmulsp_23: xvmulsp 1,2,3 */
    { "rnd_xvmulsp_23", INSN_REG_FPR0 + 1, 0x80d2683e7f301910ull, 0x7f800001c0200000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvmulsp_23", INSN_REG_FPR_DW1_0 + 1, 0x80000001ff800000ull, 0xbf800000f1a00000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvmulsp_23", INSN_REG_FPSCR, 0x00000000d200000bull, 0x00000000da00000bull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvmulsp_30: xvmulsp 1,2,3 */
    { "rnd_xvmulsp_30", INSN_REG_FPR0 + 1, 0x4f0000010065035eull, 0x7eb724e13f800001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvmulsp_30", INSN_REG_FPR_DW1_0 + 1, 0x800000000ffffffeull, 0xff4a38c43f3b9000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvmulsp_38: xvmulsp 1,2,3 */
    { "rnd_xvmulsp_38", INSN_REG_FPR0 + 1, 0x00f97facc0841e2aull, 0x8039d566bf800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvmulsp_38", INSN_REG_FPR_DW1_0 + 1, 0xfe9900a140281160ull, 0xc00e538a7f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvdivdp_7: xvdivdp 1,2,3 */
    { "rnd_xvdivdp_7", INSN_REG_FPR0 + 1, 0x202265339fdb7999ull, 0x7ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvdivdp_7", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x7ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvdivdp_16: xvdivdp 1,2,3 */
    { "rnd_xvdivdp_16", INSN_REG_FPR0 + 1, 0x60050157f072bc23ull, 0x801ad04b00000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvdivdp_16", INSN_REG_FPR_DW1_0 + 1, 0x2017076bf24bef74ull, 0xbfe644e04cd92c22ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvdivdp_17: xvdivdp 1,2,3 */
    { "rnd_xvdivdp_17", INSN_REG_FPR0 + 1, 0xda5a49a5442b43c1ull, 0xbff00ff233d65631ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvdivdp_17", INSN_REG_FPR_DW1_0 + 1, 0xfff0000000000000ull, 0x7fde800516bc3000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvdivdp_21: xvdivdp 1,2,3 */
    { "rnd_xvdivdp_21", INSN_REG_FPR0 + 1, 0xbfb6a952c3eeafbfull, 0x9fc2fb3eb2525ba0ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvdivdp_21", INSN_REG_FPR_DW1_0 + 1, 0xffb39482212551cbull, 0x800fffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvdivsp_5: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_5", INSN_REG_FPSCR, 0x0000000092000013ull, 0x000000009a000013ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvdivsp_7: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_7", INSN_REG_FPSCR, 0x00000000b3000003ull, 0x00000000bb000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvdivsp_8: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_8", INSN_REG_FPR0 + 1, 0x0ff03d6c7f800000ull, 0x621b99f3807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvdivsp_8", INSN_REG_FPR_DW1_0 + 1, 0x3e8dedfb7f7fffffull, 0x7ee12e40407d3e69ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvdivsp_10: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_10", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvdivsp_12: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_12", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvdivsp_19: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_19", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvdivsp_25: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_25", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvdivsp_31: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_31", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvdivsp_32: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_32", INSN_REG_FPR0 + 1, 0x9eb000003dcccccdull, 0x58f000004f000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvdivsp_32", INSN_REG_FPR_DW1_0 + 1, 0x7f8000003fadd311ull, 0x3dcccccdbf800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvdivsp_33: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_33", INSN_REG_FPSCR, 0x0000000092000083ull, 0x000000009a000083ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvdivsp_36: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_36", INSN_REG_FPR0 + 1, 0xd09fffff500038f3ull, 0xfe9ad20080d57c8bull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvdivsp_36", INSN_REG_FPR_DW1_0 + 1, 0x000000015e53e346ull, 0x10e897cc01657000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvdivsp_36", INSN_REG_FPSCR, 0x00000000d2000042ull, 0x00000000da000042ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvdivsp_37: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_37", INSN_REG_FPSCR, 0x0000000092000002ull, 0x000000009a000002ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvdivsp_39: xvdivsp 1,2,3 */
    { "rnd_xvdivsp_39", INSN_REG_FPR0 + 1, 0x7e191dad8082a993ull, 0x404000003f000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvdivsp_39", INSN_REG_FPR_DW1_0 + 1, 0xce9e7660de00032full, 0x00c0000100800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvsqrtdp_8: xvsqrtdp 1,3 */
    { "rnd_xvsqrtdp_8", INSN_REG_FPR0 + 1, 0x1e60000000000000ull, 0xf7e7b8de2d6d61a2ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvsqrtdp_8", INSN_REG_FPR_DW1_0 + 1, 0x200923a408e3a5b1ull, 0x7fd6978937dd6021ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvsqrtsp_7: xvsqrtsp 1,3 */
    { "rnd_xvsqrtsp_7", INSN_REG_FPR0 + 1, 0x7fc000007fc00000ull, 0x0692dd3500f47a5dull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvsqrtsp_7", INSN_REG_FPR_DW1_0 + 1, 0x20075f4556909018ull, 0xbf800000bf080000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvsqrtsp_13: xvsqrtsp 1,3 */
    { "rnd_xvsqrtsp_13", INSN_REG_FPR0 + 1, 0x202054957fc00000ull, 0x3f8000007f7acc5cull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvsqrtsp_13", INSN_REG_FPR_DW1_0 + 1, 0x7fc000007fc00000ull, 0x3f800001fb4a0200ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvsqrtsp_33: xvsqrtsp 1,3 */
    { "rnd_xvsqrtsp_33", INSN_REG_FPR0 + 1, 0x5f26e5e23ea1e89bull, 0x00b49491807f8dc8ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvsqrtsp_33", INSN_REG_FPR_DW1_0 + 1, 0x3ac9c44e7fc00000ull, 0x7fc0000180010000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvredp_17: xvredp 1,3 */
    { "rnd_xvredp_17", INSN_REG_FPR0 + 1, 0x3feffffffffffffeull, 0xc004000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvredp_17", INSN_REG_FPR_DW1_0 + 1, 0xbadc83e51344fb2eull, 0x00299469f95a31e3ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvredp_19: xvredp 1,3 */
    { "rnd_xvredp_19", INSN_REG_FPR0 + 1, 0x000717d49f89afa8ull, 0xc004000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvredp_19", INSN_REG_FPR_DW1_0 + 1, 0x7ff0000000000000ull, 0xbfeabbca8089a901ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvredp_19", INSN_REG_FPSCR, 0x00000000ca000008ull, 0x00000000ce000008ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvredp_29: xvredp 1,3 */
    { "rnd_xvredp_29", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvredp_31: xvredp 1,3 */
    { "rnd_xvredp_31", INSN_REG_FPSCR, 0x0000000092000010ull, 0x000000009a000010ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvredp_38: xvredp 1,3 */
    { "rnd_xvredp_38", INSN_REG_FPR0 + 1, 0xfff0000000000000ull, 0x001c000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvredp_38", INSN_REG_FPR_DW1_0 + 1, 0x0005d0928d6c6e4bull, 0x0010000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvredp_38", INSN_REG_FPSCR, 0x00000000ca00000aull, 0x00000000ce00000aull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvresp_1: xvresp 1,3 */
    { "rnd_xvresp_1", INSN_REG_FPSCR, 0x00000000a3000000ull, 0x00000000a7000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvresp_4: xvresp 1,3 */
    { "rnd_xvresp_4", INSN_REG_FPR0 + 1, 0xdf9249257e2aaaa9ull, 0x000000013f800001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvresp_4", INSN_REG_FPR_DW1_0 + 1, 0x7dc58bdd5732b8c0ull, 0x809c0000754113b2ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvresp_6: xvresp 1,3 */
    { "rnd_xvresp_6", INSN_REG_FPSCR, 0x000000008a000001ull, 0x000000008e000001ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvresp_18: xvresp 1,3 */
    { "rnd_xvresp_18", INSN_REG_FPSCR, 0x0000000082000000ull, 0x0000000086000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvresp_25: xvresp 1,3 */
    { "rnd_xvresp_25", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvresp_26: xvresp 1,3 */
    { "rnd_xvresp_26", INSN_REG_FPSCR, 0x000000008a000000ull, 0x000000008e000000ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvresp_34: xvresp 1,3 */
    { "rnd_xvresp_34", INSN_REG_FPR0 + 1, 0x5fd7aae95f842108ull, 0x3f3b409501095e8bull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvresp_34", INSN_REG_FPR_DW1_0 + 1, 0xbf46cdb2e00bfe0eull, 0x7e938941800911f0ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvrsqrtedp_10: xvrsqrtedp 1,3 */
    { "rnd_xvrsqrtedp_10", INSN_REG_FPSCR, 0x0000000082000002ull, 0x0000000086000002ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvrsqrtedp_14: xvrsqrtedp 1,3 */
    { "rnd_xvrsqrtedp_14", INSN_REG_FPR0 + 1, 0x7ff8000000000000ull, 0x0010000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvrsqrtedp_14", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000000ull, 0x7fd57241f578e26cull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvrsqrtedp_26: xvrsqrtedp 1,3 */
    { "rnd_xvrsqrtedp_26", INSN_REG_FPR0 + 1, 0x7ff0000000000000ull, 0x800fffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvrsqrtedp_26", INSN_REG_FPR_DW1_0 + 1, 0x5fd30575dd124781ull, 0xf5e36dd2f03f6a91ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvrsqrtedp_26", INSN_REG_FPSCR, 0x00000000c2000009ull, 0x00000000c6000009ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvrsqrtedp_31: xvrsqrtedp 1,3 */
    { "rnd_xvrsqrtedp_31", INSN_REG_FPSCR, 0x0000000082000002ull, 0x0000000086000002ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvrsqrtesp_14: xvrsqrtesp 1,3 */
    { "rnd_xvrsqrtesp_14", INSN_REG_FPSCR, 0x00000000a2000201ull, 0x00000000a6000201ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvrsqrtesp_25: xvrsqrtesp 1,3 */
    { "rnd_xvrsqrtesp_25", INSN_REG_FPSCR, 0x0000000082000002ull, 0x0000000086000002ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvrsqrtesp_27: xvrsqrtesp 1,3 */
    { "rnd_xvrsqrtesp_27", INSN_REG_FPSCR, 0x00000000a2000201ull, 0x00000000a6000201ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvrsqrtesp_29: xvrsqrtesp 1,3 */
    { "rnd_xvrsqrtesp_29", INSN_REG_FPR0 + 1, 0x7fc000007fc00000ull, 0xfe8de6d53dcccccdull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvrsqrtesp_29", INSN_REG_FPR_DW1_0 + 1, 0x4907f3024e49ac4eull, 0xcf00000069a00000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvrsqrtesp_35: xvrsqrtesp 1,3 */
    { "rnd_xvrsqrtesp_35", INSN_REG_FPSCR, 0x00000000a2000200ull, 0x00000000a6000200ull, ISA_VECFP_ESTZX, 0, 0 },
    /* rnd_xvrsqrtesp_37: xvrsqrtesp 1,3 */
    { "rnd_xvrsqrtesp_37", INSN_REG_FPR0 + 1, 0x7fc00001404a62c1ull, 0x4f0000007f60c017ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvrsqrtesp_37", INSN_REG_FPR_DW1_0 + 1, 0x378000007fc00000ull, 0x8001abb801486ddeull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvmaddadp_15: xvmaddadp 1,2,3 */
    { "rnd_xvmaddadp_15", INSN_REG_FPR_DW1_0 + 1, 0xdfcb4910abe7d51full, 0xdc63292eab2d630bull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvmaddadp_19: xvmaddadp 1,2,3 */
    { "rnd_xvmaddadp_19", INSN_REG_FPR0 + 1, 0xc015660c27000000ull, 0x80215ef88a5dda47ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvmaddadp_19", INSN_REG_FPR_DW1_0 + 1, 0x7feffffffffffffeull, 0x7fefffffffffffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvmaddmsp_8: xvmaddmsp 1,2,3 */
    { "rnd_xvmaddmsp_8", INSN_REG_FPSCR, 0x0000000092000002ull, 0x000000009a000002ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvmaddmsp_21: xvmaddmsp 1,2,3 */
    { "rnd_xvmaddmsp_21", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvmaddmsp_24: xvmaddmsp 1,2,3 */
    { "rnd_xvmaddmsp_24", INSN_REG_FPR0 + 1, 0xfea5d1f99fa775a6ull, 0x3fd76ba43f800001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvmaddmsp_24", INSN_REG_FPR_DW1_0 + 1, 0x5a4801c33f15c848ull, 0xbf0f3b643f373a01ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvmsubmdp_35: xvmsubmdp 1,2,3 */
    { "rnd_xvmsubmdp_35", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvmsubasp_6: xvmsubasp 1,2,3 */
    { "rnd_xvmsubasp_6", INSN_REG_FPR0 + 1, 0x7fc00001c0400000ull, 0x7f80000140400000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvmsubasp_6", INSN_REG_FPR_DW1_0 + 1, 0x803ed8007fc00001ull, 0x003ed800c02e8aedull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvmsubasp_13: xvmsubasp 1,2,3 */
    { "rnd_xvmsubasp_13", INSN_REG_FPR0 + 1, 0x7f716c8dd8e8e269ull, 0xff716c8e3f246434ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvmsubasp_13", INSN_REG_FPR_DW1_0 + 1, 0x80cea814bfb64570ull, 0x00cea8143f6abe63ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvmsubasp_26: xvmsubasp 1,2,3 */
    { "rnd_xvmsubasp_26", INSN_REG_FPR0 + 1, 0xbecfa2104f000000ull, 0x09c80cd8cf000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvmsubasp_26", INSN_REG_FPR_DW1_0 + 1, 0x1fae4da47e9aca83ull, 0x4f000000fe9aca83ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmaddadp_1: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_1", INSN_REG_FPR0 + 1, 0x3ffeb648d17c50e2ull, 0x3ffeb648d17c50e1ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddadp_1", INSN_REG_FPR_DW1_0 + 1, 0x051c52967c3be630ull, 0x051c52967c3be62full, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_2: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_2", INSN_REG_FPR0 + 1, 0xffbf7242fb4d5c18ull, 0xffbf7242fb4d5c17ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddadp_2", INSN_REG_FPR_DW1_0 + 1, 0xffe0f65bdd1592cfull, 0xffe0f65bdd1592ceull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_5: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_5", INSN_REG_FPR0 + 1, 0x7fefffffffffffffull, 0x002b0ca7826cb800ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvnmaddadp_5", INSN_REG_FPR_DW1_0 + 1, 0xfde8b09d272687ceull, 0xbfedadc59da1dd79ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmaddadp_9: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_9", INSN_REG_FPR0 + 1, 0x1ff2f03a14fc4ee4ull, 0x40041a96823aa111ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvnmaddadp_9", INSN_REG_FPR_DW1_0 + 1, 0xbfe4df738d6e863dull, 0x3fe4df738d6e863dull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmaddadp_10: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_10", INSN_REG_FPR0 + 1, 0x4007f80131ba2a42ull, 0x4007f80131ba2a43ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddadp_10", INSN_REG_FPR_DW1_0 + 1, 0x3fda403681999999ull, 0x3fda40368199999aull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_11: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_11", INSN_REG_FPR_DW1_0 + 1, 0xfff0000000000000ull, 0xffefffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_12: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_12", INSN_REG_FPR0 + 1, 0xffe68217bcbfc276ull, 0xffe68217bcbfc277ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddadp_12", INSN_REG_FPR_DW1_0 + 1, 0x7ff0000000000000ull, 0x7fefffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_16: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_16", INSN_REG_FPR0 + 1, 0x401bfd6f53f5f4a3ull, 0xc00b57849ca57135ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvnmaddadp_16", INSN_REG_FPR_DW1_0 + 1, 0xc00ffffffffffffcull, 0xbc4fc00000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmaddadp_19: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_19", INSN_REG_FPR0 + 1, 0xffe759016cee4ef2ull, 0xffe759016cee4ef1ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_20: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_20", INSN_REG_FPR_DW1_0 + 1, 0x95eb7f0000000000ull, 0x95eb7f0000000001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_22: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_22", INSN_REG_FPR_DW1_0 + 1, 0x5825f00000000000ull, 0x5825efffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_25: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_25", INSN_REG_FPR0 + 1, 0x7ff0000000000000ull, 0x7fefffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddadp_25", INSN_REG_FPR_DW1_0 + 1, 0xcb79fc7a857b9a18ull, 0xcb79fc7a857b9a19ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_31: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_31", INSN_REG_FPR0 + 1, 0x3ffdc795ffffffffull, 0x3ffdc79600000000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_32: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_32", INSN_REG_FPR0 + 1, 0xc0075aecfaec9160ull, 0xc0075aecfaec9161ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddadp_32", INSN_REG_FPR_DW1_0 + 1, 0x3ff2ed56877f67e2ull, 0x3ff2ed56877f67e1ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_34: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_34", INSN_REG_FPR_DW1_0 + 1, 0xf2448e54e0777c8cull, 0xf2448e54e0777c8bull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_38: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_38", INSN_REG_FPR0 + 1, 0x40075de4de373855ull, 0x40075de4de373854ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddadp_38", INSN_REG_FPR_DW1_0 + 1, 0xbff2e51d7b6322b0ull, 0xbff2e51d7b6322b1ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddadp_39: xvnmaddadp 1,2,3 */
    { "rnd_xvnmaddadp_39", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x7ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvnmaddadp_39", INSN_REG_FPR_DW1_0 + 1, 0xffefffffffffffffull, 0x802b355bed5344b9ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmaddmsp_0: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_0", INSN_REG_FPR0 + 1, 0xc1003df900000001ull, 0xc1003dfa00000000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_0", INSN_REG_FPR_DW1_0 + 1, 0x3ecb6dc77fc00001ull, 0x3ecb6dc67fc00001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_3: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_3", INSN_REG_FPR0 + 1, 0xbf000000ff800000ull, 0xbeffffffff7fffffull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_3", INSN_REG_FPR_DW1_0 + 1, 0xc09b9a36ff7393eeull, 0xc09b9a35ff7393edull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_6: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_6", INSN_REG_FPR0 + 1, 0x4087c8f6cf800000ull, 0x4087c8f6cf800001ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_6", INSN_REG_FPR_DW1_0 + 1, 0x40185f104f965f7aull, 0x40185f0f4f965f79ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_7: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_7", INSN_REG_FPR0 + 1, 0x7f77a38cff800000ull, 0x7f77a38dff800000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_7", INSN_REG_FPR_DW1_0 + 1, 0xff800000819f33beull, 0xff7fffff819f33bdull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_7", INSN_REG_FPSCR, 0x0000000092000003ull, 0x0000000082000003ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_8: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_8", INSN_REG_FPR0 + 1, 0x3f4362e00e04981full, 0x3f4362e10e049820ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_8", INSN_REG_FPR_DW1_0 + 1, 0xc061dc2f7f7fffffull, 0xc061dc2e7f800000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_9: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_9", INSN_REG_FPR0 + 1, 0x7b3a59b27fc00001ull, 0x7b3a59b37fc00001ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_9", INSN_REG_FPR_DW1_0 + 1, 0xbf5ad5d17fc00001ull, 0xbf5ad5d07fc00001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_11: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_11", INSN_REG_FPR0 + 1, 0xbfb847517e9208d7ull, 0x3ff08ea27e922760ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvnmaddmsp_11", INSN_REG_FPR_DW1_0 + 1, 0xbf1bf61f3f96a230ull, 0x000000013f800001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmaddmsp_13: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_13", INSN_REG_FPR0 + 1, 0x7f800000803aa93bull, 0x7f7fffff803aa93bull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_13", INSN_REG_FPR_DW1_0 + 1, 0xff7fffff7f62d218ull, 0xff8000007f62d217ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_19: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_19", INSN_REG_FPR0 + 1, 0xd810ba0dfef6ff4aull, 0xd810ba0cfef6ff49ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_19", INSN_REG_FPR_DW1_0 + 1, 0xd476fc017f7fffffull, 0xd476fc007f800000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_20: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_20", INSN_REG_FPR0 + 1, 0xbfd98e723f4b3738ull, 0xbfd98e723f4b3739ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_20", INSN_REG_FPR_DW1_0 + 1, 0xcd763faffe800000ull, 0xcd763faefe7fffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_21: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_21", INSN_REG_FPR0 + 1, 0xff6663c11a96d120ull, 0xff6663c01a96d121ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_21", INSN_REG_FPR_DW1_0 + 1, 0x7fc0000140018522ull, 0x7fc0000140018523ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_22: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_22", INSN_REG_FPR0 + 1, 0xbf0000007fc00001ull, 0xbeffffff7fc00001ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_22", INSN_REG_FPR_DW1_0 + 1, 0x00a10b55c0400000ull, 0x00a10b55c03fffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_25: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_25", INSN_REG_FPR0 + 1, 0xc0dc1d33911a8fffull, 0xc0dc1d34911a9000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_25", INSN_REG_FPR_DW1_0 + 1, 0x6b7f5e9ed7640b43ull, 0x6b7f5e9dd7640b44ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_26: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_26", INSN_REG_FPR0 + 1, 0x7f31d3aa7fc00001ull, 0x7f31d3a97fc00001ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_26", INSN_REG_FPR_DW1_0 + 1, 0x7fc000003f69f180ull, 0x7fc000003f69f17full, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_28: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_28", INSN_REG_FPR0 + 1, 0x401e39aebf000001ull, 0x401e39aebf000000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_28", INSN_REG_FPR_DW1_0 + 1, 0x7f7fffffff800000ull, 0x7f800000ff7fffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_29: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_29", INSN_REG_FPR0 + 1, 0xff8000003fb4f400ull, 0xff8000003fb4f3ffull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_29", INSN_REG_FPR_DW1_0 + 1, 0xc02c4ead7e8cc49dull, 0xc02c4eae7e8cc49cull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_31: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_31", INSN_REG_FPR0 + 1, 0xfee573405f8a43b0ull, 0x014bd93f00000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvnmaddmsp_31", INSN_REG_FPR_DW1_0 + 1, 0xc0a54335c0400000ull, 0x7f5c599b80000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmaddmsp_32: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_32", INSN_REG_FPR0 + 1, 0xff7ffffffda4f8bcull, 0xff800000fda4f8bdull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_32", INSN_REG_FPR_DW1_0 + 1, 0xe39bacffff075ca9ull, 0xe39bad00ff075caaull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_33: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_33", INSN_REG_FPR0 + 1, 0xbfb45ad680bdc302ull, 0xbfb45ad780bdc303ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_33", INSN_REG_FPR_DW1_0 + 1, 0x7f800000fe847386ull, 0x7f7ffffffe847387ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmaddmsp_34: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_34", INSN_REG_FPR0 + 1, 0xceffffff4f000000ull, 0x005fb9083fbfc7bbull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvnmaddmsp_34", INSN_REG_FPR_DW1_0 + 1, 0xff4f00001fdecc66ull, 0x800000007f6915b2ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmaddmsp_39: xvnmaddmsp 1,2,3 */
    { "rnd_xvnmaddmsp_39", INSN_REG_FPR0 + 1, 0xfe914831ff800000ull, 0xfe914832ff800000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmaddmsp_39", INSN_REG_FPR_DW1_0 + 1, 0x7f800000bf449580ull, 0x7f7fffffbf449581ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_0: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_0", INSN_REG_FPR0 + 1, 0x7fefffffffffffffull, 0x7ff0000000000000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubmdp_0", INSN_REG_FPR_DW1_0 + 1, 0x7fda6b88f79abeadull, 0x7fda6b88f79abeaeull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_2: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_2", INSN_REG_FPR0 + 1, 0xffb9999999999999ull, 0xffb999999999999aull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubmdp_2", INSN_REG_FPR_DW1_0 + 1, 0x80260fdfff5896d7ull, 0x80260fdfff5896d8ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_5: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_5", INSN_REG_FPR_DW1_0 + 1, 0xffddcf20ff6d9f89ull, 0xffddcf20ff6d9f8aull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_6: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_6", INSN_REG_FPR_DW1_0 + 1, 0xfff0000000000000ull, 0xffefffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_12: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_12", INSN_REG_FPR_DW1_0 + 1, 0x7fd912ef81ae2bcdull, 0x7fd912ef81ae2bccull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_14: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_14", INSN_REG_FPR0 + 1, 0x3fe3d1d9aef35079ull, 0x3fe3d1d9aef35078ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubmdp_14", INSN_REG_FPR_DW1_0 + 1, 0x3fb999999999999aull, 0x3fb9999999999999ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_15: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_15", INSN_REG_FPR0 + 1, 0x3fcfab24e7132ffcull, 0x3fcfab24e7132ffdull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubmdp_15", INSN_REG_FPR_DW1_0 + 1, 0xfff0000000000000ull, 0xffefffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_16: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_16", INSN_REG_FPR0 + 1, 0xfff0000000000000ull, 0xffefffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_17: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_17", INSN_REG_FPR_DW1_0 + 1, 0x4b42000000000001ull, 0x4b42000000000000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_18: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_18", INSN_REG_FPR_DW1_0 + 1, 0xbffff702f602ed4cull, 0xbffff702f602ed4dull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_20: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_20", INSN_REG_FPR0 + 1, 0x4008000000000000ull, 0x4007ffffffffffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_21: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_21", INSN_REG_FPR0 + 1, 0x8008359400000004ull, 0x0000000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvnmsubmdp_21", INSN_REG_FPR_DW1_0 + 1, 0x7ff0000000000000ull, 0xbff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmsubmdp_23: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_23", INSN_REG_FPR0 + 1, 0xffe360cce121e9a6ull, 0xffe360cce121e9a5ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubmdp_23", INSN_REG_FPR_DW1_0 + 1, 0x4001876cf6887c00ull, 0x4001876cf6887c01ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_25: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_25", INSN_REG_FPR0 + 1, 0x001b3265df3d43c1ull, 0x0018000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvnmsubmdp_25", INSN_REG_FPR_DW1_0 + 1, 0xfff0000000000000ull, 0x7fe23a9a21c2a5f5ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmsubmdp_37: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_37", INSN_REG_FPR0 + 1, 0x3fe470d3a797b215ull, 0x3fe470d3a797b216ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubmdp_37", INSN_REG_FPR_DW1_0 + 1, 0x4008000000000000ull, 0x4008000000000001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubmdp_39: xvnmsubmdp 1,2,3 */
    { "rnd_xvnmsubmdp_39", INSN_REG_FPR_DW1_0 + 1, 0x41efffffffb7fe59ull, 0x41efffffffb7fe58ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_0: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_0", INSN_REG_FPR0 + 1, 0x410c218dbf74c891ull, 0x410c218ebf74c890ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_0", INSN_REG_FPR_DW1_0 + 1, 0xbd6e671100800001ull, 0xbd6e671000800001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_1: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_1", INSN_REG_FPR0 + 1, 0x7f06c3064062e08dull, 0x7f06c3074062e08eull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_1", INSN_REG_FPR_DW1_0 + 1, 0x40caa47f7fc00001ull, 0x40caa4807fc00001ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_2: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_2", INSN_REG_FPR0 + 1, 0xbfde58e83ff8d4a0ull, 0xbfde58e73ff8d4a0ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_2", INSN_REG_FPR_DW1_0 + 1, 0xfeec7798403d6209ull, 0xfeec7797403d620aull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_6: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_6", INSN_REG_FPR0 + 1, 0x7ef43b557f7fffffull, 0x7ef43b547f7ffffeull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_6", INSN_REG_FPR_DW1_0 + 1, 0x3f4960003dcccccdull, 0x3f4960003dccccccull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_7: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_7", INSN_REG_FPR0 + 1, 0x00800001bf700000ull, 0x00800000bf700000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_7", INSN_REG_FPR_DW1_0 + 1, 0xff7fffffbef63695ull, 0xff800000bef63696ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_8: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_8", INSN_REG_FPR0 + 1, 0xff800000b452c0e0ull, 0xff7fffffb452c0dfull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_8", INSN_REG_FPR_DW1_0 + 1, 0xfe88e09cff800000ull, 0xfe88e09bff7fffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_9: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_9", INSN_REG_FPR0 + 1, 0x34a5ba307f7fffffull, 0x80de15fe80c9e9f1ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvnmsubasp_9", INSN_REG_FPR_DW1_0 + 1, 0xfef8a51c7fc00001ull, 0x807fffff7fc00001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmsubasp_10: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_10", INSN_REG_FPR0 + 1, 0xbfb14b2dff800000ull, 0xbfb14b2cff7fffffull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_10", INSN_REG_FPR_DW1_0 + 1, 0x40400000004c63edull, 0x40400000004c63eeull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_10", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_13: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_13", INSN_REG_FPR0 + 1, 0xff3c623fbff98a21ull, 0xff3c623ebff98a20ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_13", INSN_REG_FPR_DW1_0 + 1, 0x40dcbe544fb7ffffull, 0x40dcbe554fb80000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_14: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_14", INSN_REG_FPR0 + 1, 0x4f6db72bc0200000ull, 0x4f6db72ac0200001ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_14", INSN_REG_FPR_DW1_0 + 1, 0x0122d917ff0148d1ull, 0x0122d916ff0148d2ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_17: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_17", INSN_REG_FPR0 + 1, 0x7fc00001ff7fffffull, 0x7fc00001ff800000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_17", INSN_REG_FPR_DW1_0 + 1, 0xd0de0d4d3f000000ull, 0xd0de0d4e3effffffull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_17", INSN_REG_FPSCR, 0x0000000082000002ull, 0x0000000092000002ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_21: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_21", INSN_REG_FPR0 + 1, 0x7f800000fed2c5f1ull, 0x7f800000fed2c5f0ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_21", INSN_REG_FPR_DW1_0 + 1, 0x7f7fffffff59945eull, 0x7f800000ff59945dull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_24: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_24", INSN_REG_FPR0 + 1, 0x408019d57f800000ull, 0x4071891c80500000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmsubasp_27: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_27", INSN_REG_FPR0 + 1, 0x00b33335cf000000ull, 0x00b33334cf000001ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_27", INSN_REG_FPR_DW1_0 + 1, 0x7f3b9e8f7f800000ull, 0x7f3b9e8e7f7fffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_28: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_28", INSN_REG_FPR0 + 1, 0x9162b9b899005387ull, 0x807fffff99005387ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvnmsubasp_28", INSN_REG_FPR_DW1_0 + 1, 0xc101bab63feb7e20ull, 0x00c000013feb7e20ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvnmsubasp_30: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_30", INSN_REG_FPR0 + 1, 0xc0b3467ac0d4a57dull, 0xc0b3467bc0d4a57eull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_30", INSN_REG_FPR_DW1_0 + 1, 0xff7fffff00c00001ull, 0xff80000000c00000ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_31: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_31", INSN_REG_FPR0 + 1, 0x7f43d1893fdadbbfull, 0x7f43d1883fdadbbeull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_32: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_32", INSN_REG_FPR0 + 1, 0xff800000ff3a8971ull, 0xff800000ff3a8972ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_32", INSN_REG_FPR_DW1_0 + 1, 0x000000010197f6fdull, 0x000000000197f6fcull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_33: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_33", INSN_REG_FPR0 + 1, 0xff80000090de3abfull, 0xff80000090de3ac0ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_33", INSN_REG_FPR_DW1_0 + 1, 0x7f800000fed437ffull, 0x7f800000fed43800ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_36: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_36", INSN_REG_FPR0 + 1, 0x00c000007fc00001ull, 0x00c000017fc00001ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_36", INSN_REG_FPR_DW1_0 + 1, 0xc0400001bf580000ull, 0xc0400000bf57ffffull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_37: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_37", INSN_REG_FPR0 + 1, 0xfece9481cf000000ull, 0xfece9480ceffffffull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_37", INSN_REG_FPR_DW1_0 + 1, 0x7f7fffff7f5013e3ull, 0x7f8000007f5013e4ull, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvnmsubasp_38: xvnmsubasp 1,2,3 */
    { "rnd_xvnmsubasp_38", INSN_REG_FPR0 + 1, 0xc05ab339ceffffffull, 0xc05ab33acf000000ull, ISA_VECFP_NMROUND, 0, 0 },
    { "rnd_xvnmsubasp_38", INSN_REG_FPR_DW1_0 + 1, 0xbfe834ae40f53630ull, 0xbfe834af40f5362full, ISA_VECFP_NMROUND, 0, 0 },
    /* rnd_xvminsp_29: xvminsp 1,2,3 */
    { "rnd_xvminsp_29", INSN_REG_FPR0 + 1, 0xff8000000103b121ull, 0xff7efb7b001502d3ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvminsp_29", INSN_REG_FPR_DW1_0 + 1, 0xbf8000007fc00001ull, 0x801000003ff00000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvdpsp_0: xvcvdpsp 1,3 */
    { "rnd_xvcvdpsp_0", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvdpsp_3: xvcvdpsp 1,3 */
    { "rnd_xvcvdpsp_3", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvdpsp_4: xvcvdpsp 1,3 */
    { "rnd_xvcvdpsp_4", INSN_REG_FPSCR, 0x0000000092000011ull, 0x000000009a000011ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvdpsp_20: xvcvdpsp 1,3 */
    { "rnd_xvcvdpsp_20", INSN_REG_FPR0 + 1, 0x8000000180000001ull, 0x199f96883f638287ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvdpsp_20", INSN_REG_FPR_DW1_0 + 1, 0x8000000180000001ull, 0x000db90000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvdpsp_22: xvcvdpsp 1,3 */
    { "rnd_xvcvdpsp_22", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvdpsp_23: xvcvdpsp 1,3 */
    { "rnd_xvcvdpsp_23", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvdpsp_29: xvcvdpsp 1,3 */
    { "rnd_xvcvdpsp_29", INSN_REG_FPR0 + 1, 0xa1585654a1585654ull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvdpsp_29", INSN_REG_FPR_DW1_0 + 1, 0xc014c86ac014c86aull, 0xbff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvdpsp_34: xvcvdpsp 1,3 */
    { "rnd_xvcvdpsp_34", INSN_REG_FPR0 + 1, 0x4c1517784c151778ull, 0xc00afd14ce0ce1f8ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvdpsp_34", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x8000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvdpsp_34", INSN_REG_FPSCR, 0x00000000d2000040ull, 0x00000000da000040ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvdpsp_38: xvcvdpsp 1,3 */
    { "rnd_xvcvdpsp_38", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvdpsxws_13: xvcvdpsxws 1,3 */
    { "rnd_xvcvdpsxws_13", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x7fdb9679d467eaceull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvdpsxws_13", INSN_REG_FPR_DW1_0 + 1, 0x8000000080000000ull, 0xbff27d1bfdff72abull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvdpsxws_14: xvcvdpsxws 1,3 */
    { "rnd_xvcvdpsxws_14", INSN_REG_FPR_DW1_0 + 1, 0x8000000080000000ull, 0xfffffffefffffffeull, ISA_VECFP_CVTELT, 0, 0 },
    /* rnd_xvcvdpsxws_21: xvcvdpsxws 1,3 */
    { "rnd_xvcvdpsxws_21", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x43e0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvdpsxws_21", INSN_REG_FPR_DW1_0 + 1, 0xffffffffffffffffull, 0xbe1cefdaeaaf8414ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvdpsxws_28: xvcvdpsxws 1,3 */
    { "rnd_xvcvdpsxws_28", INSN_REG_FPR_DW1_0 + 1, 0x8000000080000000ull, 0x0000000300000003ull, ISA_VECFP_CVTELT, 0, 0 },
    /* rnd_xvcvdpsxws_33: xvcvdpsxws 1,3 */
    { "rnd_xvcvdpsxws_33", INSN_REG_FPR0 + 1, 0x8000000080000000ull, 0x400afed53cbddb00ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvdpsxws_33", INSN_REG_FPR_DW1_0 + 1, 0xffffffffffffffffull, 0xffd45db39570dd6eull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvspuxds_0: xvcvspuxds 1,3 */
    { "rnd_xvcvspuxds_0", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x7ee79e5f00000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvspuxds_0", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x000000003f000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvspuxds_1: xvcvspuxds 1,3 */
    { "rnd_xvcvspuxds_1", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x3fce0000803fad33ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvspuxds_1", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000002ull, 0xc02000003f5a0000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvspuxds_3: xvcvspuxds 1,3 */
    { "rnd_xvcvspuxds_3", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x3f800001807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvspuxds_3", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x3dcccccd3fb6f9f7ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvspuxds_32: xvcvspuxds 1,3 */
    { "rnd_xvcvspuxds_32", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x0000028000000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* rnd_xvcvdpuxds_6: xvcvdpuxds 1,3 */
    { "rnd_xvcvdpuxds_6", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x0000000100000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* rnd_xvcvdpuxds_20: xvcvdpuxds 1,3 */
    { "rnd_xvcvdpuxds_20", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x000a000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvdpuxds_20", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0xfff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvdpuxds_32: xvcvdpuxds 1,3 */
    { "rnd_xvcvdpuxds_32", INSN_REG_FPR_DW1_0 + 1, 0xffffffffffffffffull, 0x0000000000000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* rnd_xvcvspsxws_5: xvcvspsxws 1,3 */
    { "rnd_xvcvspsxws_5", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0xc005830dbf0d02ecull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvspsxws_5", INSN_REG_FPR_DW1_0 + 1, 0x7ffffffffffffffdull, 0xcf000000816f70e2ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvspsxws_10: xvcvspsxws 1,3 */
    { "rnd_xvcvspsxws_10", INSN_REG_FPR_DW1_0 + 1, 0x8000000080000000ull, 0x0000000000000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* rnd_xvcvspsxws_18: xvcvspsxws 1,3 */
    { "rnd_xvcvspsxws_18", INSN_REG_FPR_DW1_0 + 1, 0x8000000080000000ull, 0x00000000fffffffeull, ISA_VECFP_CVTELT, 0, 0 },
    /* rnd_xvcvspsxws_21: xvcvspsxws 1,3 */
    { "rnd_xvcvspsxws_21", INSN_REG_FPR_DW1_0 + 1, 0x800000007fffffffull, 0x000000007fffffffull, ISA_VECFP_CVTELT, 0, 0 },
    /* rnd_xvcvspsxws_27: xvcvspsxws 1,3 */
    { "rnd_xvcvspsxws_27", INSN_REG_FPR0 + 1, 0x8000000080000000ull, 0x80000000ffffffffull, ISA_VECFP_CVTELT, 0, 0 },
    { "rnd_xvcvspsxws_27", INSN_REG_FPR_DW1_0 + 1, 0x8000000080000000ull, 0xfffffffd00000000ull, ISA_VECFP_CVTELT, 0, 0 },
    /* rnd_xvcvspsxws_32: xvcvspsxws 1,3 */
    { "rnd_xvcvspsxws_32", INSN_REG_FPR0 + 1, 0x8000000080000000ull, 0x8000000000000000ull, ISA_VECFP_CVTELT, 0, 0 },
    { "rnd_xvcvspsxws_32", INSN_REG_FPR_DW1_0 + 1, 0x8000000080000000ull, 0x00000000ffffffffull, ISA_VECFP_CVTELT, 0, 0 },
    /* rnd_xvcvspsxws_38: xvcvspsxws 1,3 */
    { "rnd_xvcvspsxws_38", INSN_REG_FPR0 + 1, 0x0000000000000000ull, 0x7f767840bf36d351ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvspsxws_38", INSN_REG_FPR_DW1_0 + 1, 0x8000000080000000ull, 0x807fffff8031cf60ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvspsxws_39: xvcvspsxws 1,3 */
    { "rnd_xvcvspsxws_39", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x807fffff3f000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvspsxws_39", INSN_REG_FPR_DW1_0 + 1, 0xffffffff80000000ull, 0x014c0d8bcf000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvrdpic_11: xvrdpic 1,3 */
    { "rnd_xvrdpic_11", INSN_REG_FPR0 + 1, 0xbff0000000000000ull, 0x40009a07fec3edffull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvrdpic_11", INSN_REG_FPR_DW1_0 + 1, 0x0000000000000000ull, 0x400273970dd4cce9ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvrspic_17: xvrspic 1,3 */
    { "rnd_xvrspic_17", INSN_REG_FPR0 + 1, 0x00000000bf800000ull, 0xbffb88000066b8ceull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvrspic_17", INSN_REG_FPR_DW1_0 + 1, 0xc0800000c0800000ull, 0x7fc000013f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvrspic_22: xvrspic 1,3 */
    { "rnd_xvrspic_22", INSN_REG_FPR0 + 1, 0xd07969ea00000000ull, 0xbf441f107f60d26aull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvrspic_22", INSN_REG_FPR_DW1_0 + 1, 0x7fc000014f800000ull, 0x80832bfb813811b0ull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvrspic_29: xvrspic 1,3 */
    { "rnd_xvrspic_29", INSN_REG_FPR0 + 1, 0x800000003f800000ull, 0x4f000000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvrspic_29", INSN_REG_FPR_DW1_0 + 1, 0x8000000040800000ull, 0xbfa80cf12cc1d43dull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvsphp_0: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_0", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_1: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_1", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_3: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_3", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_4: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_4", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_5: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_5", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_7: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_7", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_8: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_8", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_9: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_9", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_10: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_10", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_15: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_15", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_16: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_16", INSN_REG_FPSCR, 0x0000000092000003ull, 0x000000009a000003ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_17: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_17", INSN_REG_FPR0 + 1, 0x000080000000fc00ull, 0x7f26ebdbff7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvsphp_17", INSN_REG_FPR_DW1_0 + 1, 0x0000800000007c00ull, 0x7fc00001bf382c32ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvsphp_17", INSN_REG_FPSCR, 0x00000000d2000008ull, 0x00000000da000008ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_20: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_20", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_21: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_21", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_22: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_22", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_23: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_23", INSN_REG_FPR0 + 1, 0x0000c3e20000fc00ull, 0x763b8abd40400000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "rnd_xvcvsphp_23", INSN_REG_FPR_DW1_0 + 1, 0x0000da8500005ac6ull, 0x3f4e2dcf015837baull, ISA_VECFP_ENABLED, 0, 0 },
    /* rnd_xvcvsphp_27: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_27", INSN_REG_FPSCR, 0x0000000092000002ull, 0x000000009a000002ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_34: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_34", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_36: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_36", INSN_REG_FPSCR, 0x0000000092000001ull, 0x000000009a000001ull, ISA_VECFP_UXTINY, 0, 0 },
    /* rnd_xvcvsphp_37: xvcvsphp 1,3 */
    { "rnd_xvcvsphp_37", INSN_REG_FPSCR, 0x0000000092000000ull, 0x000000009a000000ull, ISA_VECFP_UXTINY, 0, 0 },
    /* vexptefp_1b: vexptefp 1,3 */
    { "vexptefp_1b", INSN_REG_VR0 + 3, 0xff80000040000001ull, 0x0000000040000001ull, ISA_VECFP_EXPTE, 0, 0 },
    /* vexptefp_2b: vexptefp 1,3 */
    { "vexptefp_2b", INSN_REG_VR0 + 3, 0x3e3504f35bf138c4ull, 0x3e3504f37f000000ull, ISA_VECFP_EXPTE, 0, 0 },
    /* vexptefp_3: vexptefp 1,3 */
    { "vexptefp_3", INSN_REG_VR0 + 3, 0x7f800000ff800000ull, 0x7f80000000000000ull, ISA_VECFP_EXPTE, 0, 0 },
    /* vexptefp_3b: vexptefp 1,3 */
    { "vexptefp_3b", INSN_REG_VR0 + 3, 0xdbc0cce33f892fdfull, 0x002000003f892fdfull, ISA_VECFP_EXPTE, 0, 0 },
    /* vexptefp_3_nj: vexptefp 1,3 */
    { "vexptefp_3_nj", INSN_REG_VR0 + 3, 0x7f800000ff800000ull, 0x7f80000000000000ull, ISA_VECFP_EXPTE, 0, 0 },
    /* vexptefp_4b: vexptefp 1,3 */
    { "vexptefp_4b", INSN_REG_VR0 + 2, 0xbf75519740000000ull, 0x3a80000040000000ull, ISA_VECFP_EXPTE, 0, 0 },
    /* vexptefp_5: vexptefp 1,3 */
    { "vexptefp_5", INSN_REG_VR0 + 2, 0x447f7094bf755197ull, 0x447f70943a800000ull, ISA_VECFP_EXPTE, 0, 0 },
    { "vexptefp_5", INSN_REG_VR0 + 3, 0x5bf138c4dbc0cce3ull, 0x7f00000000200000ull, ISA_VECFP_EXPTE, 0, 0 },
    /* vexptefp_5_nj: vexptefp 1,3 */
    { "vexptefp_5_nj", INSN_REG_VR0 + 2, 0x447f7094bf755197ull, 0x447f70943a800000ull, ISA_VECFP_EXPTE, 0, 0 },
    { "vexptefp_5_nj", INSN_REG_VR0 + 3, 0x5bf138c4dbc0cce3ull, 0x7f00000000000000ull, ISA_VECFP_EXPTE, 0, 0 },
    /* vexptefp_spread_2: vexptefp 1,3 */
    { "vexptefp_spread_2", INSN_REG_VR0 + 2, 0x4d92f96d5bf138c4ull, 0x4f8000007f000000ull, ISA_VECFP_EXPTE, 0, 0 },
    { "vexptefp_spread_2", INSN_REG_VR0 + 3, 0xdb97e191dd84f177ull, 0x0080000000000000ull, ISA_VECFP_EXPTE, 0, 0 },
    /* vexptefp_spread_3: vexptefp 1,3 */
    { "vexptefp_spread_3", INSN_REG_VR0 + 3, 0x492ecf2ac73d0f34ull, 0x4980000035800000ull, ISA_VECFP_EXPTE, 0, 0 },
    /* vexptefp_spread_4: vexptefp 1,3 */
    { "vexptefp_spread_4", INSN_REG_VR0 + 2, 0x5c2a6883799fe054ull, 0x7f8000007f800000ull, ISA_VECFP_EXPTE, 0, 0 },
    { "vexptefp_spread_4", INSN_REG_VR0 + 3, 0x7f800000f99c741dull, 0x7f80000000000000ull, ISA_VECFP_EXPTE, 0, 0 },
