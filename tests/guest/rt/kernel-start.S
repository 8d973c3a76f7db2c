/* SPDX-License-Identifier: MIT */
/*
 * Entry code of guest test programs booted by a firmware as a -kernel
 * (NAME.kernel marks them; linked by rt/kernel-link.ld to run where
 * QEMU's pseries loads a firmware-booted kernel, 0x400000). QEMU's VOF
 * (x-vof=on) jumps to the image's first byte in 32-bit big-endian mode
 * with r5 = its IEEE 1275 client-interface entry; this code keeps r5 in
 * rt_prom_entry, switches to 64-bit mode in the program's byte order
 * with FP on, sets up stack and TOC, and calls rt_start(0) (no device
 * tree: the program asks the client interface). rt_ci_call(args) calls
 * the client interface as a kernel's prom_init does: in 32-bit
 * big-endian mode, back to the program's mode on return.
 */
#define MSR_FP 0x2000
#define MSR_ME 0x1000

    .section .text.entry, "ax"
    .globl _start
_start:
    /* big-endian encodings for both byte orders; the entry is at 0x80 */
    .byte 0x3d,0x60,0x80,0x00  /* lis   r11,0x8000 (SF) */
    .byte 0x79,0x6b,0x07,0xc6  /* sldi  r11,r11,32 */
#ifdef __LITTLE_ENDIAN__
    .byte 0x61,0x6b,0x30,0x01  /* ori   r11,r11,FP|ME|LE */
#else
    .byte 0x61,0x6b,0x30,0x00  /* ori   r11,r11,FP|ME */
#endif
    .byte 0x7d,0x7b,0x03,0xa6  /* mtsrr1 r11 */
    .byte 0x3d,0x80,0x00,0x40  /* lis   r12,0x40 */
    .byte 0x61,0x8c,0x00,0x80  /* ori   r12,r12,0x80 (0x400080: entry64) */
    .byte 0x7d,0x9a,0x03,0xa6  /* mtsrr0 r12 */
    .byte 0x4c,0x00,0x00,0x24  /* rfid */

    .org 0x80
entry64:
    lis     %r2, .TOC.@ha
    addi    %r2, %r2, .TOC.@l
    addis   %r12, %r2, rt_prom_entry@toc@ha
    std     %r5, rt_prom_entry@toc@l(%r12)
    lis     %r1, rt_stack_top@ha
    addi    %r1, %r1, rt_stack_top@l
    li      %r0, 0
    stdu    %r0, -128(%r1)
    li      %r3, 0
    bl      rt_start
    nop
1:  b       1b

/* long rt_ci_call(void *args): r3 = the argument block (below 4 GiB). */
#define FRAME 256
    .text
    .globl rt_ci_call
    .type rt_ci_call, @function
rt_ci_call:
    mflr    %r0
    std     %r0, 16(%r1)
    stdu    %r1, -FRAME(%r1)
    std     %r2, 24(%r1)
    mfcr    %r0
    std     %r0, 32(%r1)
    std     %r13, 40(%r1)
    std     %r14, 48(%r1)
    std     %r15, 56(%r1)
    std     %r16, 64(%r1)
    std     %r17, 72(%r1)
    std     %r18, 80(%r1)
    std     %r19, 88(%r1)
    std     %r20, 96(%r1)
    std     %r21, 112(%r1)
    std     %r22, 120(%r1)
    std     %r23, 128(%r1)
    std     %r24, 136(%r1)
    std     %r25, 144(%r1)
    std     %r26, 152(%r1)
    std     %r27, 160(%r1)
    std     %r28, 168(%r1)
    std     %r29, 176(%r1)
    std     %r30, 184(%r1)
    std     %r31, 192(%r1)
    mfmsr   %r11
    std     %r11, 104(%r1)       /* the program's MSR, for the way back */
    addis   %r12, %r2, rt_prom_entry@toc@ha
    ld      %r12, rt_prom_entry@toc@l(%r12)
    mtsrr0  %r12
    bcl     20, 31, 2f
2:  mflr    %r4
    addi    %r4, %r4, 3f - 2b
    mtlr    %r4                  /* the client interface returns to 3: */
    li      %r12, 1
    sldi    %r12, %r12, 63
    ori     %r12, %r12, 1        /* SF | LE */
    andc    %r11, %r11, %r12
    mtsrr1  %r11
    rfid
3:  /* 32-bit big-endian here, whatever the program's order: reload the
     * saved MSR (stored in the program's order) and rfid back to 4: */
#ifdef __LITTLE_ENDIAN__
    .byte 0x39,0x81,0x00,0x68    /* addi  r12,r1,104 */
    .byte 0x7d,0x60,0x64,0x28    /* ldbrx r11,0,r12 */
#else
    .byte 0xe9,0x61,0x00,0x68    /* ld    r11,104(r1) */
#endif
    .byte 0x42,0x9f,0x00,0x05    /* bcl   20,31,.+4 */
    .byte 0x7d,0x88,0x02,0xa6    /* mflr  r12 */
    .byte 0x39,0x8c,0x00,0x14    /* addi  r12,r12,20 (to 4:) */
    .byte 0x7d,0x9a,0x03,0xa6    /* mtsrr0 r12 */
    .byte 0x7d,0x7b,0x03,0xa6    /* mtsrr1 r11 */
    .byte 0x4c,0x00,0x00,0x24    /* rfid */
4:  ld      %r2, 24(%r1)
    ld      %r0, 32(%r1)
    mtcr    %r0
    ld      %r13, 40(%r1)
    ld      %r14, 48(%r1)
    ld      %r15, 56(%r1)
    ld      %r16, 64(%r1)
    ld      %r17, 72(%r1)
    ld      %r18, 80(%r1)
    ld      %r19, 88(%r1)
    ld      %r20, 96(%r1)
    ld      %r21, 112(%r1)
    ld      %r22, 120(%r1)
    ld      %r23, 128(%r1)
    ld      %r24, 136(%r1)
    ld      %r25, 144(%r1)
    ld      %r26, 152(%r1)
    ld      %r27, 160(%r1)
    ld      %r28, 168(%r1)
    ld      %r29, 176(%r1)
    ld      %r30, 184(%r1)
    ld      %r31, 192(%r1)
    extsw   %r3, %r3             /* the client interface's int result */
    addi    %r1, %r1, FRAME
    ld      %r0, 16(%r1)
    mtlr    %r0
    blr
    .size rt_ci_call, . - rt_ci_call

    .data
    .balign 8
    .globl rt_prom_entry
rt_prom_entry:
    .quad 0
