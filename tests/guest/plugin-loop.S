/* SPDX-License-Identifier: MIT */
/*
 * Guest program with exactly known behaviour for the plugin tests
 * (tests/plugins.t); each region is delimited by global labels the test
 * finds with nm:
 *   count_begin..count_end  2003 instructions: li, mtctr, 1000 x
 *                           (addi, bdnz), blr
 *   hcall_begin..hcall_end  7 x H_SET_SPRG0 (0x24)
 *   stride_begin..stride_end  80 doubleword loads: 4 passes over 8
 *                           blocks, then 2 passes over 24 blocks, all
 *                           64 bytes apart (see tests/plugins.t for the
 *                           cache arithmetic)
 */
    .section .text
    .globl main
main:
    mflr    %r0
    std     %r0, 16(%r1)
    stdu    %r1, -32(%r1)
    bl      count_begin
    bl      hcall_begin
    bl      stride_begin
    addi    %r1, %r1, 32
    ld      %r0, 16(%r1)
    mtlr    %r0
    li      %r3, 0
    blr

    .balign 64
    .globl count_begin, count_end
count_begin:
    li      %r5, 1000
    mtctr   %r5
1:  addi    %r4, %r4, 1
    bdnz    1b
    blr
count_end:

    .globl hcall_begin, hcall_end
hcall_begin:
    .rept 7
    li      %r3, 0x24
    li      %r4, 0
    sc      1
    .endr
    blr
hcall_end:

    .globl stride_begin, stride_end
stride_begin:
    lis     %r6, stride_buf@ha
    addi    %r6, %r6, stride_buf@l
    li      %r7, 4
2:  mr      %r8, %r6
    li      %r9, 8
    mtctr   %r9
3:  ld      %r10, 0(%r8)
    addi    %r8, %r8, 64
    bdnz    3b
    addi    %r7, %r7, -1
    cmpdi   %r7, 0
    bne     2b
    addi    %r6, %r6, 2048
    li      %r7, 2
4:  mr      %r8, %r6
    li      %r9, 24
    mtctr   %r9
5:  ld      %r10, 0(%r8)
    addi    %r8, %r8, 64
    bdnz    5b
    addi    %r7, %r7, -1
    cmpdi   %r7, 0
    bne     4b
    blr
stride_end:

    .section .bss
    .balign 4096
stride_buf:
    .space 4096
