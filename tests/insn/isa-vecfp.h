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
    /* xvnmaddadp_0_xe: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_0_xe", INSN_REG_FPR0 + 1, 0xc018000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddadp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xc00a666666666666ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
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
    /* xvnmaddadp_6_ue: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_6_ue", INSN_REG_FPR0 + 1, 0xbfe0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddadp_6_ue", INSN_REG_FPR_DW1_0 + 1, 0xe008000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddadp_6_xe: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_6_xe", INSN_REG_FPR0 + 1, 0xbfe0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddadp_6_xe", INSN_REG_FPR_DW1_0 + 1, 0x800c000000000000ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddadp_7_xe: xvnmaddadp 1,2,3 */
    { "xvnmaddadp_7_xe", INSN_REG_FPR0 + 1, 0xbff199999999999cull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddadp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0xbfe8000000000002ull, 0x3ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddasp_0_oe: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_0_oe", INSN_REG_FPR0 + 1, 0xc0600000ff7fffffull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddasp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0xdf7ffffec0400000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddasp_0_xe: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_0_xe", INSN_REG_FPR0 + 1, 0xc0600000ff7fffffull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddasp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xff800000c0400000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
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
    /* xvnmaddasp_3_xe: xvnmaddasp 1,2,3 */
    { "xvnmaddasp_3_xe", INSN_REG_FPR0 + 1, 0xbdcccccdbf800001ull, 0x3dcccccd3f800001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddasp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0xbfc000023e800000ull, 0x3f00000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmaddmdp_0_xe: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_0_xe", INSN_REG_FPR0 + 1, 0xc018000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmdp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xc00a666666666666ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
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
    /* xvnmaddmdp_7_xe: xvnmaddmdp 1,2,3 */
    { "xvnmaddmdp_7_xe", INSN_REG_FPR0 + 1, 0xbff199999999999bull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmdp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0x4003333333333334ull, 0x3ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
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
    /* xvnmaddmsp_3_xe: xvnmaddmsp 1,2,3 */
    { "xvnmaddmsp_3_xe", INSN_REG_FPR0 + 1, 0x3dcccccdbf000000ull, 0x3dcccccd3f800001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmaddmsp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0xbfc00002bdcccccdull, 0x3f00000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_0_xe: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_0_xe", INSN_REG_FPR0 + 1, 0x8000000000000000ull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubadp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0x400599999999999aull, 0x4008000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_1_oe: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_1_oe", INSN_REG_FPR0 + 1, 0xdfeffffffffffffeull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_1_xe: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_1_xe", INSN_REG_FPR0 + 1, 0xfff0000000000000ull, 0x3fe0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_4_ve: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_4_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x7ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubadp_4_ve", INSN_REG_FPR_DW1_0 + 1, 0x7ff8000000000001ull, 0x3ff0000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_5_ve: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_5_ve", INSN_REG_FPR0 + 1, 0x7ff8000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_6_ue: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_6_ue", INSN_REG_FPR_DW1_0 + 1, 0xe008000000000001ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_6_xe: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_6_xe", INSN_REG_FPR_DW1_0 + 1, 0x800c000000000000ull, 0x0000000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubadp_7_xe: xvnmsubadp 1,2,3 */
    { "xvnmsubadp_7_xe", INSN_REG_FPR0 + 1, 0xbfecccccccccccd1ull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubadp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0x3ff4000000000001ull, 0x3ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubasp_0_oe: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_0_oe", INSN_REG_FPR0 + 1, 0xc02000007f7fffffull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubasp_0_oe", INSN_REG_FPR_DW1_0 + 1, 0xdf7ffffe40400000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubasp_0_xe: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_0_xe", INSN_REG_FPR0 + 1, 0xc02000007f7fffffull, 0x3f0000007f7fffffull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubasp_0_xe", INSN_REG_FPR_DW1_0 + 1, 0xff80000040400000ull, 0x4040000040400000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubasp_1_ue: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_1_ue", INSN_REG_FPR0 + 1, 0x15fffffe7f800000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubasp_1_ue", INSN_REG_FPR_DW1_0 + 1, 0xff800000e07ffffeull, 0xff800000807fffffull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubasp_1_xe: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_1_xe", INSN_REG_FPR0 + 1, 0x000000007f800000ull, 0x800000007f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubasp_2_ve: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_2_ve", INSN_REG_FPR0 + 1, 0x7fc000017fc00001ull, 0x000000007fc00001ull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubasp_2_ve", INSN_REG_FPR_DW1_0 + 1, 0x7fc000013f800000ull, 0x7f8000013f800000ull, ISA_VECFP_ENABLED, 0, 0 },
    /* xvnmsubasp_3_xe: xvnmsubasp 1,2,3 */
    { "xvnmsubasp_3_xe", INSN_REG_FPR_DW1_0 + 1, 0xbf0000043e800000ull, 0x3f00000000000000ull, ISA_VECFP_ENABLED, 0, 0 },
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
    /* xvnmsubmdp_7_xe: xvnmsubmdp 1,2,3 */
    { "xvnmsubmdp_7_xe", INSN_REG_FPR0 + 1, 0x3feccccccccccccfull, 0x3fb999999999999aull, ISA_VECFP_ENABLED, 0, 0 },
    { "xvnmsubmdp_7_xe", INSN_REG_FPR_DW1_0 + 1, 0x4004ccccccccccceull, 0x3ff0000000000001ull, ISA_VECFP_ENABLED, 0, 0 },
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
