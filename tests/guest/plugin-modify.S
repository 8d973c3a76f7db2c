/* SPDX-License-Identifier: MIT */
/*
 * Guest program for the register/memory-write test plugin
 * (tests/plugins/tp-modify.c). main returns r4 + r5 + r6 + r7:
 *   unmodified: r4 = 6, r5 = 7 (mod_word), r6 = 1, r7 = 1000 -> 1014
 *   with the plugin writing r3 = 42 and mod_word = 99 and patching
 *   mod_patch to "li r6, 100" before mod_target runs, and setting the
 *   PC past mod_skip when it is about to run: 43 + 99 + 100 + 0 -> 242.
 */
    .section .text
    .globl main, mod_target, mod_patch, mod_skip, mod_word
main:
    li      %r3, 5
    li      %r7, 0
    lis     %r9, mod_word@ha
    addi    %r9, %r9, mod_word@l
mod_target:
    addi    %r4, %r3, 1
    lwz     %r5, 0(%r9)
mod_patch:
    li      %r6, 1
mod_skip:
    li      %r7, 1000
    add     %r3, %r4, %r5
    add     %r3, %r3, %r6
    add     %r3, %r3, %r7
    blr

    .section .data
    .balign 8
mod_word:
    .long 7
