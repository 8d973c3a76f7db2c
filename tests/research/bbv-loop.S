/* SPDX-License-Identifier: MIT */
/*
 * Guest program with exactly known control flow for tests/research.t
 * (the bbv and champsim plugins): a raw -bios image entered at 0x100 in
 * 32-bit big-endian real mode, no runtime. Six outer iterations of:
 * an inner bdnz loop of 5, a call to func (one store, one load, 4 bytes
 * further each call), then, on odd r4, a jump into the middle of the
 * straight-line run at `run` (label `mid`), on even r4 a fall into it
 * from its top. Then `b done` forever (the test stops it with
 * -max-insns). The test's Python model of this control flow is written
 * from this source; labels mark every block entry.
 */
    .section .text
    .globl _start, outer, inner, call, ret, run, mid, exit, odd, func, done
    .org 0x100
_start:
    li      %r3, 0
    li      %r4, 6
    lis     %r9, 0
    ori     %r9, %r9, 0x8000
outer:
    li      %r5, 5
    mtctr   %r5
inner:
    addi    %r3, %r3, 1
    bdnz    inner
call:
    bl      func
ret:
    andi.   %r6, %r4, 1
    bne     odd
run:
    addi    %r7, %r7, 1
mid:
    addi    %r7, %r7, 2
    addi    %r7, %r7, 3
    addic.  %r4, %r4, -1
    bne     outer
exit:
    b       done
odd:
    b       mid
func:
    stw     %r3, 0(%r9)
    lwz     %r10, 0(%r9)
    addi    %r9, %r9, 4
    blr
done:
    b       done
