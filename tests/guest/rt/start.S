/* SPDX-License-Identifier: MIT */
/*
 * Entry code of farad's bare-metal guest test programs, loaded raw at 0
 * with -bios: entered at 0x100 in 32-bit big-endian real mode with
 * r3 = device tree. It switches to 64-bit mode (and little-endian for
 * LE builds) with FP on, sets up the stack and TOC, and calls
 * rt_start(fdt). Interrupt vectors 0x200..0xf80 save the registers and
 * call rt_exception(vector, frame); see rt.h.
 *
 * As an ELF (-kernel) the program is entered at e_entry = _start with
 * r3 = device tree: a big-endian ELF with MSR = 0 like -bios (so _start
 * is 0x100), a little-endian one already in 64-bit LE mode (so _start
 * is LE code at 0x80 that turns FP on and joins entry64).
 */
#define MSR_SF_HI 0x8000   /* MSR_SF >> 48, shifted into place */
#define MSR_FP    0x2000
#define MSR_ME    0x1000

    .section .text.vectors, "ax"
    .globl _start
#ifdef __LITTLE_ENDIAN__
    .org 0x80
_start:
    /* ELF entry, 64-bit little-endian already */
    mfmsr   %r11
    ori     %r11, %r11, MSR_FP | MSR_ME
    mtsrr1  %r11
    li      %r12, 0x180
    mtsrr0  %r12
    rfid
#endif

    .org 0x100
#ifndef __LITTLE_ENDIAN__
_start:
#endif
    /* big-endian encodings of the mode switch (also for LE builds) */
#ifdef __LITTLE_ENDIAN__
    .byte 0x3d,0x60,0x80,0x00  /* lis   r11,0x8000 (SF, sign-ext) */
    .byte 0x79,0x6b,0x07,0xc6  /* sldi  r11,r11,32 */
    .byte 0x61,0x6b,0x30,0x01  /* ori   r11,r11,FP|ME|LE */
    .byte 0x7d,0x7b,0x03,0xa6  /* mtsrr1 r11 */
    .byte 0x39,0x80,0x01,0x80  /* li    r12,0x180 (entry64) */
    .byte 0x7d,0x9a,0x03,0xa6  /* mtsrr0 r12 */
    .byte 0x4c,0x00,0x00,0x24  /* rfid */
#else
    lis     %r11, MSR_SF_HI
    sldi    %r11, %r11, 32
    ori     %r11, %r11, MSR_FP | MSR_ME
    mtsrr1  %r11
    li      %r12, 0x180
    mtsrr0  %r12
    rfid
#endif

    .org 0x180
entry64:
    /* 64-bit mode in the program's byte order; r3 = fdt */
    lis     %r1, rt_stack_top@ha
    addi    %r1, %r1, rt_stack_top@l
    li      %r0, 0
    stdu    %r0, -128(%r1)
    lis     %r2, .TOC.@ha
    addi    %r2, %r2, .TOC.@l
    bl      rt_start
    nop
1:  b       1b

/* Interrupt vectors: save r3 in SPRG1, r1 in SPRG2, vector number in r3. */
#define VECTOR(v) \
    .org v; \
    mtsprg1 %r3; \
    li      %r3, v; \
    b       exc_common

    VECTOR(0x200)
    VECTOR(0x300)
    VECTOR(0x380)
    VECTOR(0x400)
    VECTOR(0x480)
    VECTOR(0x500)
    VECTOR(0x600)
    VECTOR(0x700)
    VECTOR(0x800)
    VECTOR(0x900)
    VECTOR(0x980)
    VECTOR(0xa00)
    VECTOR(0xb00)
    VECTOR(0xc00)
    VECTOR(0xd00)
    VECTOR(0xe00)
    VECTOR(0xf00)
    VECTOR(0xf20)
    VECTOR(0xf40)
    VECTOR(0xf60)

    .org 0x1000
exc_common:
    /* frame on the interrupted stack, below the red zone */
    mtsprg2 %r1
    addi    %r1, %r1, -(288 + 8 * 40)
    std     %r0, 0(%r1)
    mfsprg2 %r0
    std     %r0, 8(%r1)          /* r1 */
    std     %r2, 16(%r1)
    mfsprg1 %r0
    std     %r0, 24(%r1)         /* r3 */
    std     %r4, 32(%r1)
    std     %r5, 40(%r1)
    std     %r6, 48(%r1)
    std     %r7, 56(%r1)
    std     %r8, 64(%r1)
    std     %r9, 72(%r1)
    std     %r10, 80(%r1)
    std     %r11, 88(%r1)
    std     %r12, 96(%r1)
    std     %r13, 104(%r1)
    std     %r14, 112(%r1)
    std     %r15, 120(%r1)
    std     %r16, 128(%r1)
    std     %r17, 136(%r1)
    std     %r18, 144(%r1)
    std     %r19, 152(%r1)
    std     %r20, 160(%r1)
    std     %r21, 168(%r1)
    std     %r22, 176(%r1)
    std     %r23, 184(%r1)
    std     %r24, 192(%r1)
    std     %r25, 200(%r1)
    std     %r26, 208(%r1)
    std     %r27, 216(%r1)
    std     %r28, 224(%r1)
    std     %r29, 232(%r1)
    std     %r30, 240(%r1)
    std     %r31, 248(%r1)
    mfsrr0  %r0
    std     %r0, 256(%r1)
    mfsrr1  %r0
    std     %r0, 264(%r1)
    mflr    %r0
    std     %r0, 272(%r1)
    mfctr   %r0
    std     %r0, 280(%r1)
    mfcr    %r0
    std     %r0, 288(%r1)
    mfxer   %r0
    std     %r0, 296(%r1)
    mr      %r4, %r1             /* frame */
    stdu    %r1, -128(%r1)
    lis     %r2, .TOC.@ha
    addi    %r2, %r2, .TOC.@l
    bl      rt_exception
    nop
    addi    %r1, %r1, 128
    ld      %r0, 256(%r1)
    mtsrr0  %r0
    ld      %r0, 264(%r1)
    mtsrr1  %r0
    ld      %r0, 272(%r1)
    mtlr    %r0
    ld      %r0, 280(%r1)
    mtctr   %r0
    ld      %r0, 288(%r1)
    mtcr    %r0
    ld      %r0, 296(%r1)
    mtxer   %r0
    ld      %r0, 0(%r1)
    ld      %r2, 16(%r1)
    ld      %r3, 24(%r1)
    ld      %r4, 32(%r1)
    ld      %r5, 40(%r1)
    ld      %r6, 48(%r1)
    ld      %r7, 56(%r1)
    ld      %r8, 64(%r1)
    ld      %r9, 72(%r1)
    ld      %r10, 80(%r1)
    ld      %r11, 88(%r1)
    ld      %r12, 96(%r1)
    ld      %r13, 104(%r1)
    ld      %r14, 112(%r1)
    ld      %r15, 120(%r1)
    ld      %r16, 128(%r1)
    ld      %r17, 136(%r1)
    ld      %r18, 144(%r1)
    ld      %r19, 152(%r1)
    ld      %r20, 160(%r1)
    ld      %r21, 168(%r1)
    ld      %r22, 176(%r1)
    ld      %r23, 184(%r1)
    ld      %r24, 192(%r1)
    ld      %r25, 200(%r1)
    ld      %r26, 208(%r1)
    ld      %r27, 216(%r1)
    ld      %r28, 224(%r1)
    ld      %r29, 232(%r1)
    ld      %r30, 240(%r1)
    ld      %r31, 248(%r1)
    ld      %r1, 8(%r1)
    rfid
