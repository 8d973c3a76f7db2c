/* SPDX-License-Identifier: MIT */
/*
 * A tiny "kernel" for the firmware boot path: SLOF loads it at 0x400000
 * (/chosen/qemu,boot-kernel) and enters it in 32-bit big-endian real
 * mode. It prints a line with H_PUT_TERM_CHAR, one byte per call, and
 * powers the machine off through RTAS (token 0x2003, QEMU 7.2's and
 * farad's power-off). Position independent: it finds itself with bl.
 */
    .text
    .globl _start
_start:
    bl      1f
1:  mflr    %r31
    addi    %r30, %r31, msg - 1b
2:  lbz     %r6, 0(%r30)
    cmpwi   %r6, 0
    beq     3f
    sldi    %r6, %r6, 56
    li      %r3, 0x58           /* H_PUT_TERM_CHAR */
    li      %r4, 0
    li      %r5, 1
    sc      1
    addi    %r30, %r30, 1
    b       2b
3:  addi    %r4, %r31, args - 1b
    li      %r5, 0x2003         /* power-off */
    stw     %r5, 0(%r4)
    li      %r5, 2              /* nargs */
    stw     %r5, 4(%r4)
    li      %r5, 1              /* nret */
    stw     %r5, 8(%r4)
    li      %r5, 0
    stw     %r5, 12(%r4)
    stw     %r5, 16(%r4)
    lis     %r3, 0
    ori     %r3, %r3, 0xf000    /* KVMPPC_H_RTAS */
    sc      1
4:  b       4b

msg:
    .asciz  "hello from a kernel booted by SLOF\r\n"
    .balign 4
args:
    .space  24
