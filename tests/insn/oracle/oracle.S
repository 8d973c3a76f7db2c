/* SPDX-License-Identifier: MIT */
/*
 * Oracle guest (run under QEMU by tests/insn/regen.sh): the code that
 * loads a vector's complete input state, enters the instruction slot
 * with rfid (MSR[SF] per vector), and catches the first interrupt after
 * it. The slot sits in a zero-filled landing zone, so whatever address
 * the instruction continues at holds the illegal word 0: the program
 * interrupt that follows reports the next PC in SRR0 and leaves every
 * user-visible register as the instruction left it. The interrupt
 * stubs save that state into the context block (SPRG0 points at it)
 * and return to vec_run's caller.
 */
#include "oracle.h"

#if defined(_CALL_ELF) && _CALL_ELF == 2
#define FUNC(name) \
    .globl name; .type name, @function; name:
#else
#define FUNC(name) \
    .section .opd, "aw"; .balign 8; .globl name; \
name: .quad .L.name, .TOC.@tocbase, 0; .previous; \
    .type .L.name, @function; .L.name:
#endif

    /* The landing zone and the scratch buffer at fixed low addresses
     * (right after start.S's vectors; oracle.c checks the addresses). */
    .section .text.vectors, "ax"
    .balign 0x1000
    .globl vec_landing
vec_landing:
    .space ORACLE_LANDING_END - ORACLE_LANDING
    .globl vec_scratch
vec_scratch:
    .space 0x1000

    .text
    /* copied to every interrupt vector; word 3 gets the vector number */
    .balign 4
    .globl vec_stub, vec_stub_end
vec_stub:
    mtsprg1 %r1
    mfsprg0 %r1
    std     %r0, CTX_OUT_GPR(%r1)
    li      %r0, 0
    ba      vec_common
vec_stub_end:

vec_common:
    std     %r0, CTX_OUT_VEC(%r1)
    std     %r2, CTX_OUT_GPR+16(%r1)
    std     %r3, CTX_OUT_GPR+24(%r1)
    std     %r4, CTX_OUT_GPR+32(%r1)
    std     %r5, CTX_OUT_GPR+40(%r1)
    std     %r6, CTX_OUT_GPR+48(%r1)
    std     %r7, CTX_OUT_GPR+56(%r1)
    std     %r8, CTX_OUT_GPR+64(%r1)
    std     %r9, CTX_OUT_GPR+72(%r1)
    std     %r10, CTX_OUT_GPR+80(%r1)
    std     %r11, CTX_OUT_GPR+88(%r1)
    std     %r12, CTX_OUT_GPR+96(%r1)
    std     %r13, CTX_OUT_GPR+104(%r1)
    std     %r14, CTX_OUT_GPR+112(%r1)
    std     %r15, CTX_OUT_GPR+120(%r1)
    std     %r16, CTX_OUT_GPR+128(%r1)
    std     %r17, CTX_OUT_GPR+136(%r1)
    std     %r18, CTX_OUT_GPR+144(%r1)
    std     %r19, CTX_OUT_GPR+152(%r1)
    std     %r20, CTX_OUT_GPR+160(%r1)
    std     %r21, CTX_OUT_GPR+168(%r1)
    std     %r22, CTX_OUT_GPR+176(%r1)
    std     %r23, CTX_OUT_GPR+184(%r1)
    std     %r24, CTX_OUT_GPR+192(%r1)
    std     %r25, CTX_OUT_GPR+200(%r1)
    std     %r26, CTX_OUT_GPR+208(%r1)
    std     %r27, CTX_OUT_GPR+216(%r1)
    std     %r28, CTX_OUT_GPR+224(%r1)
    std     %r29, CTX_OUT_GPR+232(%r1)
    std     %r30, CTX_OUT_GPR+240(%r1)
    std     %r31, CTX_OUT_GPR+248(%r1)
    mfsprg1 %r0
    std     %r0, CTX_OUT_GPR+8(%r1)
    mfcr    %r0
    std     %r0, CTX_OUT_CR(%r1)
    mfxer   %r0
    std     %r0, CTX_OUT_XER(%r1)
    mflr    %r0
    std     %r0, CTX_OUT_LR(%r1)
    mfctr   %r0
    std     %r0, CTX_OUT_CTR(%r1)
    mfspr   %r0, 815
    std     %r0, CTX_OUT_TAR(%r1)
    mfsrr0  %r0
    std     %r0, CTX_OUT_SRR0(%r1)
    mfsrr1  %r0
    std     %r0, CTX_OUT_SRR1(%r1)
    mfdar   %r0
    std     %r0, CTX_OUT_DAR(%r1)
    mfdsisr %r0
    std     %r0, CTX_OUT_DSISR(%r1)
    mfmsr   %r0
    std     %r0, CTX_OUT_MSR(%r1)
    ori     %r0, %r0, 0x2000        /* MSR[FP] to save the FPRs */
    oris    %r0, %r0, 0x0280        /* MSR[VEC], MSR[VSX] for the VSRs */
    mtmsrd  %r0
    isync
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63
    li      %r0, CTX_OUT_VSR + 16 * \n
    stxvd2x \n, %r1, %r0
    .endr
    mfvscr  %v0
    addi    %r3, %r1, CTX_OUT_VSCRQ
    stvx    %v0, 0, %r3
    mfspr   %r0, 256
    std     %r0, CTX_OUT_VRSAVE(%r1)
    stfd    %f0, CTX_OUT_FPR+0(%r1)
    stfd    %f1, CTX_OUT_FPR+8(%r1)
    stfd    %f2, CTX_OUT_FPR+16(%r1)
    stfd    %f3, CTX_OUT_FPR+24(%r1)
    stfd    %f4, CTX_OUT_FPR+32(%r1)
    stfd    %f5, CTX_OUT_FPR+40(%r1)
    stfd    %f6, CTX_OUT_FPR+48(%r1)
    stfd    %f7, CTX_OUT_FPR+56(%r1)
    stfd    %f8, CTX_OUT_FPR+64(%r1)
    stfd    %f9, CTX_OUT_FPR+72(%r1)
    stfd    %f10, CTX_OUT_FPR+80(%r1)
    stfd    %f11, CTX_OUT_FPR+88(%r1)
    stfd    %f12, CTX_OUT_FPR+96(%r1)
    stfd    %f13, CTX_OUT_FPR+104(%r1)
    stfd    %f14, CTX_OUT_FPR+112(%r1)
    stfd    %f15, CTX_OUT_FPR+120(%r1)
    stfd    %f16, CTX_OUT_FPR+128(%r1)
    stfd    %f17, CTX_OUT_FPR+136(%r1)
    stfd    %f18, CTX_OUT_FPR+144(%r1)
    stfd    %f19, CTX_OUT_FPR+152(%r1)
    stfd    %f20, CTX_OUT_FPR+160(%r1)
    stfd    %f21, CTX_OUT_FPR+168(%r1)
    stfd    %f22, CTX_OUT_FPR+176(%r1)
    stfd    %f23, CTX_OUT_FPR+184(%r1)
    stfd    %f24, CTX_OUT_FPR+192(%r1)
    stfd    %f25, CTX_OUT_FPR+200(%r1)
    stfd    %f26, CTX_OUT_FPR+208(%r1)
    stfd    %f27, CTX_OUT_FPR+216(%r1)
    stfd    %f28, CTX_OUT_FPR+224(%r1)
    stfd    %f29, CTX_OUT_FPR+232(%r1)
    stfd    %f30, CTX_OUT_FPR+240(%r1)
    stfd    %f31, CTX_OUT_FPR+248(%r1)
    mffs    %f0
    stfd    %f0, CTX_OUT_FPSCR(%r1)
    /* back to the C caller of vec_run */
    mr      %r3, %r1
    ld      %r1, CTX_SAVE_GPR+8(%r3)
    ld      %r2, CTX_SAVE_GPR+16(%r3)
    ld      %r13, CTX_SAVE_GPR+104(%r3)
    ld      %r14, CTX_SAVE_GPR+112(%r3)
    ld      %r15, CTX_SAVE_GPR+120(%r3)
    ld      %r16, CTX_SAVE_GPR+128(%r3)
    ld      %r17, CTX_SAVE_GPR+136(%r3)
    ld      %r18, CTX_SAVE_GPR+144(%r3)
    ld      %r19, CTX_SAVE_GPR+152(%r3)
    ld      %r20, CTX_SAVE_GPR+160(%r3)
    ld      %r21, CTX_SAVE_GPR+168(%r3)
    ld      %r22, CTX_SAVE_GPR+176(%r3)
    ld      %r23, CTX_SAVE_GPR+184(%r3)
    ld      %r24, CTX_SAVE_GPR+192(%r3)
    ld      %r25, CTX_SAVE_GPR+200(%r3)
    ld      %r26, CTX_SAVE_GPR+208(%r3)
    ld      %r27, CTX_SAVE_GPR+216(%r3)
    ld      %r28, CTX_SAVE_GPR+224(%r3)
    ld      %r29, CTX_SAVE_GPR+232(%r3)
    ld      %r30, CTX_SAVE_GPR+240(%r3)
    ld      %r31, CTX_SAVE_GPR+248(%r3)
    lfd     %f14, CTX_SAVE_FPR+112(%r3)
    lfd     %f15, CTX_SAVE_FPR+120(%r3)
    lfd     %f16, CTX_SAVE_FPR+128(%r3)
    lfd     %f17, CTX_SAVE_FPR+136(%r3)
    lfd     %f18, CTX_SAVE_FPR+144(%r3)
    lfd     %f19, CTX_SAVE_FPR+152(%r3)
    lfd     %f20, CTX_SAVE_FPR+160(%r3)
    lfd     %f21, CTX_SAVE_FPR+168(%r3)
    lfd     %f22, CTX_SAVE_FPR+176(%r3)
    lfd     %f23, CTX_SAVE_FPR+184(%r3)
    lfd     %f24, CTX_SAVE_FPR+192(%r3)
    lfd     %f25, CTX_SAVE_FPR+200(%r3)
    lfd     %f26, CTX_SAVE_FPR+208(%r3)
    lfd     %f27, CTX_SAVE_FPR+216(%r3)
    lfd     %f28, CTX_SAVE_FPR+224(%r3)
    lfd     %f29, CTX_SAVE_FPR+232(%r3)
    lfd     %f30, CTX_SAVE_FPR+240(%r3)
    lfd     %f31, CTX_SAVE_FPR+248(%r3)
    lfd     %f0, CTX_SAVE_FPSCR(%r3)
    mtfsf   0xff, %f0, 1, 0     /* L=1: all 64 bits, DRN too */
    ld      %r0, CTX_SAVE_CR(%r3)
    mtcr    %r0
    ld      %r0, CTX_SAVE_LR(%r3)
    mtsrr0  %r0
    ld      %r0, CTX_SAVE_MSR(%r3)
    mtsrr1  %r0
    rfid

/* void vec_run(uint8_t *ctx) */
FUNC(vec_run)
    std     %r1, CTX_SAVE_GPR+8(%r3)
    std     %r2, CTX_SAVE_GPR+16(%r3)
    std     %r13, CTX_SAVE_GPR+104(%r3)
    std     %r14, CTX_SAVE_GPR+112(%r3)
    std     %r15, CTX_SAVE_GPR+120(%r3)
    std     %r16, CTX_SAVE_GPR+128(%r3)
    std     %r17, CTX_SAVE_GPR+136(%r3)
    std     %r18, CTX_SAVE_GPR+144(%r3)
    std     %r19, CTX_SAVE_GPR+152(%r3)
    std     %r20, CTX_SAVE_GPR+160(%r3)
    std     %r21, CTX_SAVE_GPR+168(%r3)
    std     %r22, CTX_SAVE_GPR+176(%r3)
    std     %r23, CTX_SAVE_GPR+184(%r3)
    std     %r24, CTX_SAVE_GPR+192(%r3)
    std     %r25, CTX_SAVE_GPR+200(%r3)
    std     %r26, CTX_SAVE_GPR+208(%r3)
    std     %r27, CTX_SAVE_GPR+216(%r3)
    std     %r28, CTX_SAVE_GPR+224(%r3)
    std     %r29, CTX_SAVE_GPR+232(%r3)
    std     %r30, CTX_SAVE_GPR+240(%r3)
    std     %r31, CTX_SAVE_GPR+248(%r3)
    stfd    %f14, CTX_SAVE_FPR+112(%r3)
    stfd    %f15, CTX_SAVE_FPR+120(%r3)
    stfd    %f16, CTX_SAVE_FPR+128(%r3)
    stfd    %f17, CTX_SAVE_FPR+136(%r3)
    stfd    %f18, CTX_SAVE_FPR+144(%r3)
    stfd    %f19, CTX_SAVE_FPR+152(%r3)
    stfd    %f20, CTX_SAVE_FPR+160(%r3)
    stfd    %f21, CTX_SAVE_FPR+168(%r3)
    stfd    %f22, CTX_SAVE_FPR+176(%r3)
    stfd    %f23, CTX_SAVE_FPR+184(%r3)
    stfd    %f24, CTX_SAVE_FPR+192(%r3)
    stfd    %f25, CTX_SAVE_FPR+200(%r3)
    stfd    %f26, CTX_SAVE_FPR+208(%r3)
    stfd    %f27, CTX_SAVE_FPR+216(%r3)
    stfd    %f28, CTX_SAVE_FPR+224(%r3)
    stfd    %f29, CTX_SAVE_FPR+232(%r3)
    stfd    %f30, CTX_SAVE_FPR+240(%r3)
    stfd    %f31, CTX_SAVE_FPR+248(%r3)
    mflr    %r0
    std     %r0, CTX_SAVE_LR(%r3)
    mfcr    %r0
    std     %r0, CTX_SAVE_CR(%r3)
    mfmsr   %r0
    std     %r0, CTX_SAVE_MSR(%r3)
    mffs    %f0
    stfd    %f0, CTX_SAVE_FPSCR(%r3)
    mtsprg0 %r3
    mr      %r31, %r3
    ld      %r0, CTX_IN_CR(%r31)
    mtcr    %r0
    ld      %r0, CTX_IN_XER(%r31)
    mtxer   %r0
    ld      %r0, CTX_IN_LR(%r31)
    mtlr    %r0
    ld      %r0, CTX_IN_CTR(%r31)
    mtctr   %r0
    ld      %r0, CTX_IN_TAR(%r31)
    mtspr   815, %r0
    li      %r0, 0              /* QEMU ORs into DSISR on alignment */
    mtdar   %r0                 /* interrupts: start every vector at 0 */
    mtdsisr %r0
    lfd     %f0, CTX_IN_FPSCR(%r31)
    mtfsf   0xff, %f0, 1, 0     /* L=1: all 64 bits, DRN too */
    mffs    %f0
    stfd    %f0, CTX_ACT_FPSCR(%r31)
    mfxer   %r0
    std     %r0, CTX_ACT_XER(%r31)
    /* VSCR, VRSAVE, then all 64 VSRs (the FPRs are VSRs 0..31) */
    addi    %r4, %r31, CTX_IN_VSCRQ
    lvx     %v0, 0, %r4
    mtvscr  %v0
    ld      %r0, CTX_IN_VRSAVE(%r31)
    mtspr   256, %r0
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63
    li      %r0, CTX_IN_VSR + 16 * \n
    lxvd2x  \n, %r31, %r0
    .endr
    ld      %r0, CTX_IN_NIP(%r31)
    mtsrr0  %r0
    ld      %r0, CTX_IN_MSR(%r31)
    mtsrr1  %r0
    ld      %r0, CTX_IN_GPR+0(%r31)
    ld      %r1, CTX_IN_GPR+8(%r31)
    ld      %r2, CTX_IN_GPR+16(%r31)
    ld      %r3, CTX_IN_GPR+24(%r31)
    ld      %r4, CTX_IN_GPR+32(%r31)
    ld      %r5, CTX_IN_GPR+40(%r31)
    ld      %r6, CTX_IN_GPR+48(%r31)
    ld      %r7, CTX_IN_GPR+56(%r31)
    ld      %r8, CTX_IN_GPR+64(%r31)
    ld      %r9, CTX_IN_GPR+72(%r31)
    ld      %r10, CTX_IN_GPR+80(%r31)
    ld      %r11, CTX_IN_GPR+88(%r31)
    ld      %r12, CTX_IN_GPR+96(%r31)
    ld      %r13, CTX_IN_GPR+104(%r31)
    ld      %r14, CTX_IN_GPR+112(%r31)
    ld      %r15, CTX_IN_GPR+120(%r31)
    ld      %r16, CTX_IN_GPR+128(%r31)
    ld      %r17, CTX_IN_GPR+136(%r31)
    ld      %r18, CTX_IN_GPR+144(%r31)
    ld      %r19, CTX_IN_GPR+152(%r31)
    ld      %r20, CTX_IN_GPR+160(%r31)
    ld      %r21, CTX_IN_GPR+168(%r31)
    ld      %r22, CTX_IN_GPR+176(%r31)
    ld      %r23, CTX_IN_GPR+184(%r31)
    ld      %r24, CTX_IN_GPR+192(%r31)
    ld      %r25, CTX_IN_GPR+200(%r31)
    ld      %r26, CTX_IN_GPR+208(%r31)
    ld      %r27, CTX_IN_GPR+216(%r31)
    ld      %r28, CTX_IN_GPR+224(%r31)
    ld      %r29, CTX_IN_GPR+232(%r31)
    ld      %r30, CTX_IN_GPR+240(%r31)
    ld      %r31, CTX_IN_GPR+248(%r31)
    rfid
