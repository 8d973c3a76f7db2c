/* SPDX-License-Identifier: MIT */
/*
 * Layout shared by the instruction-vector oracle guest program
 * (oracle.S, oracle.c; built and run under QEMU by tests/insn/regen.sh)
 * and its generated vector table: the per-run context block the entry
 * and interrupt code fill in, and the fixed guest addresses.
 */
#ifndef FARAD_INSN_ORACLE_H
#define FARAD_INSN_ORACLE_H

/* Fixed guest addresses; tests/insn/vector.h and regen.py use the same. */
#define ORACLE_LANDING    0x2000   /* zero-filled landing zone start */
#define ORACLE_LANDING_END 0x12000
#define ORACLE_SLOT       0xa000   /* the instruction under test */
#define ORACLE_SCRATCH    0x12000  /* scratch memory for loads/stores */
#define ORACLE_SCRATCH_SIZE 256

/* Context block offsets (bytes). */
#define CTX_IN_GPR     0      /* 32 x 8 */
#define CTX_IN_FPR     256    /* 32 x 8 */
#define CTX_IN_CR      512
#define CTX_IN_XER     520
#define CTX_IN_LR      528
#define CTX_IN_CTR     536
#define CTX_IN_FPSCR   544
#define CTX_IN_TAR     552
#define CTX_IN_NIP     560
#define CTX_IN_MSR     568
#define CTX_ACT_XER    576    /* XER and FPSCR as read back after loading */
#define CTX_ACT_FPSCR  584
#define CTX_OUT_GPR    640    /* 32 x 8 */
#define CTX_OUT_FPR    896    /* 32 x 8 */
#define CTX_OUT_CR     1152
#define CTX_OUT_XER    1160
#define CTX_OUT_LR     1168
#define CTX_OUT_CTR    1176
#define CTX_OUT_FPSCR  1184
#define CTX_OUT_TAR    1192
#define CTX_OUT_SRR0   1200
#define CTX_OUT_SRR1   1208
#define CTX_OUT_VEC    1216
#define CTX_OUT_MSR    1224   /* MSR inside the interrupt handler */
#define CTX_OUT_DAR    1232
#define CTX_OUT_DSISR  1240
#define CTX_SAVE_GPR   1280   /* 32 x 8: the C caller's registers */
#define CTX_SAVE_FPR   1536   /* 32 x 8 */
#define CTX_SAVE_LR    1792
#define CTX_SAVE_CR    1800
#define CTX_SAVE_MSR   1808
#define CTX_SAVE_FPSCR 1816
#define CTX_IN_VSR     1824   /* 64 x 16: doubleword 0, doubleword 1 */
#define CTX_OUT_VSR    2848   /* 64 x 16 */
#define CTX_IN_VSCRQ   3872   /* quadword for mtvscr (VSCR in word 3) */
#define CTX_OUT_VSCRQ  3888   /* quadword from mfvscr */
#define CTX_IN_VRSAVE  3904
#define CTX_OUT_VRSAVE 3912
#define CTX_SIZE       3920

#ifndef __ASSEMBLER__
#include <stdint.h>

/* One vector's input as the generator writes it (vectors.c). */
typedef struct OracleVec {
    uint32_t word;      /* instruction word */
    uint32_t msr_sf;    /* 1: 64-bit mode */
    uint64_t gpr[32], fpr[32];
    uint64_t cr, xer, lr, ctr, fpscr, tar;
    uint64_t vsr_dw1[32];   /* doubleword 1 of VSRs 0..31 */
    uint64_t vr[32][2];     /* VSRs 32..63, doubleword 0 and 1 */
    uint64_t vscr, vrsave;
    uint64_t msr_clear;     /* MSR bits (FP, VEC, VSX) to run without */
    uint8_t mem[ORACLE_SCRATCH_SIZE];
} OracleVec;

extern const OracleVec oracle_vecs[];
extern const unsigned oracle_nvecs;

/* Enter the slot with the input state in ctx; returns once the landing
 * zone (or any interrupt) was reached, with the output state in ctx. */
void vec_run(uint8_t *ctx);
/* Interrupt-vector stub template (vec_stub .. vec_stub_end), copied to
 * each vector with the `li r0, VEC` immediate patched at word 3. */
extern const uint32_t vec_stub[], vec_stub_end[];
extern char vec_landing[], vec_scratch[];
#endif

#endif
