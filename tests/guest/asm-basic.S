/* SPDX-License-Identifier: MIT */
/*
 * Pure assembly guest program (its main is written by hand): integer
 * arithmetic with carries and overflow, record forms and CR0, compares,
 * rotates and masks, shifts, sign extension, count-leading-zeros, isel,
 * multiply/divide, CTR loops and mtcrf/mfcr. Every result is printed as
 * "name value" through rt_printf and compared with QEMU's output.
 */

/* REPORT name: prints "name <r5 as %016lx>"; clobbers volatile regs. */
    .macro REPORT name
    .pushsection .rodata
.Lstr\@:
    .asciz "\name"
    .popsection
    lis     %r4, .Lstr\@@ha
    addi    %r4, %r4, .Lstr\@@l
    lis     %r3, .Lfmt@ha
    addi    %r3, %r3, .Lfmt@l
    bl      rt_printf
    nop
    .endm

/* CLRXER: XER = 0 (SO, OV, CA cleared) */
    .macro CLRXER
    li      %r0, 0
    mtxer   %r0
    .endm

    .section .rodata
.Lfmt:
    .asciz "%s %016lx\n"
.Ldone:
    .asciz "asm-basic done, %d checks\n"

    .text
    .align  2
#if defined(_CALL_ELF) && _CALL_ELF == 2
    .globl  main
    .type   main, @function
main:
#else
    .section ".opd", "aw"
    .align  3
    .globl  main
main:
    .quad   .L.main, .TOC.@tocbase, 0
    .text
    .type   main, @function
.L.main:
#endif
    mflr    %r0
    std     %r0, 16(%r1)
    std     %r30, -16(%r1)
    std     %r31, -8(%r1)
    stdu    %r1, -256(%r1)
    li      %r30, 0                 /* number of checks printed */

    /* sum 1..100 with a CTR loop */
    li      %r5, 0
    li      %r6, 1
    li      %r7, 100
    mtctr   %r7
1:  add     %r5, %r5, %r6
    addi    %r6, %r6, 1
    bdnz    1b
    REPORT  "ctr-sum"
    addi    %r30, %r30, 1

    /* immediates: lis/ori/oris/xori/xoris/li sign extension */
    lis     %r5, -0x1234
    ori     %r5, %r5, 0xabcd
    oris    %r5, %r5, 0x0001
    xori    %r5, %r5, 0xffff
    xoris   %r5, %r5, 0x8000
    REPORT  "imm"
    addi    %r30, %r30, 1
    li      %r5, -1
    sldi    %r5, %r5, 36
    ori     %r5, %r5, 0x8001
    addis   %r5, %r5, 0x7fff
    REPORT  "imm64"
    addi    %r30, %r30, 1

    /* carry chain: 128-bit add of 0xffff...ffff + 1 */
    CLRXER
    li      %r6, -1
    li      %r7, -1
    li      %r8, 1
    li      %r9, 0
    addc    %r10, %r6, %r8          /* low word, CA=1 */
    adde    %r11, %r7, %r9          /* high word + CA */
    addze   %r12, %r9               /* CA from high word */
    sldi    %r5, %r12, 8
    or      %r5, %r5, %r11
    or      %r5, %r5, %r10
    REPORT  "addc-adde-addze"
    addi    %r30, %r30, 1

    /* subtract with borrow: 5 - 7, then subfe, subfic, addme, subfze */
    CLRXER
    li      %r6, 7
    li      %r7, 5
    subfc   %r8, %r6, %r7           /* 5 - 7 = -2, CA = 0 */
    li      %r9, 100
    li      %r10, 30
    subfe   %r11, %r10, %r9         /* 100 - 30 - 1 = 69 */
    subfic  %r12, %r9, 1000         /* 900, CA = 1 */
    addme   %r6, %r12               /* 900 + CA - 1 = 900 */
    subfze  %r7, %r10               /* ~30 + CA */
    mfxer   %r4
    mr      %r5, %r8
    xor     %r5, %r5, %r11
    sldi    %r11, %r12, 16
    xor     %r5, %r5, %r11
    sldi    %r11, %r6, 32
    xor     %r5, %r5, %r11
    sldi    %r11, %r7, 40
    xor     %r5, %r5, %r11
    xor     %r5, %r5, %r4
    REPORT  "subfc-subfe"
    addi    %r30, %r30, 1

    /* overflow: addo, subfo, mullwo, nego set OV and SO */
    CLRXER
    lis     %r6, 0x7fff
    ori     %r6, %r6, 0xffff
    sldi    %r6, %r6, 32
    oris    %r6, %r6, 0xffff
    ori     %r6, %r6, 0xffff         /* INT64_MAX */
    li      %r7, 1
    addo    %r8, %r6, %r7
    mfxer   %r9
    CLRXER
    addo    %r8, %r7, %r7
    mfxer   %r10
    CLRXER
    lis     %r11, 0x4000
    mullwo  %r12, %r11, %r11
    mfxer   %r11
    srdi    %r5, %r9, 28
    sldi    %r5, %r5, 8
    srdi    %r10, %r10, 28
    or      %r5, %r5, %r10
    sldi    %r5, %r5, 8
    srdi    %r11, %r11, 28
    or      %r5, %r5, %r11
    REPORT  "xer-ov"
    addi    %r30, %r30, 1
    CLRXER

    /* record forms: CR0 after add., and., or., subf. on neg/zero/pos */
    li      %r6, -5
    li      %r7, 5
    add.    %r8, %r6, %r7           /* 0: EQ */
    mfcr    %r9
    and.    %r8, %r6, %r7           /* 1: GT */
    mfocrf  %r10, 0x80
    subf.   %r8, %r7, %r6           /* -10: LT */
    mfcr    %r11
    rlwinm  %r9, %r9, 4, 28, 31
    rlwinm  %r10, %r10, 4, 28, 31
    rlwinm  %r11, %r11, 4, 28, 31
    slwi    %r5, %r9, 8
    slwi    %r10, %r10, 4
    or      %r5, %r5, %r10
    or      %r5, %r5, %r11
    REPORT  "record-cr0"
    addi    %r30, %r30, 1

    /* compares into different CR fields */
    li      %r6, -1
    li      %r7, 1
    cmpd    %cr1, %r6, %r7
    cmpld   %cr2, %r6, %r7
    cmpw    %cr3, %r6, %r6
    cmplwi  %cr4, %r7, 2
    cmpdi   %cr5, %r6, -1
    lis     %r8, 1
    cmpw    %cr6, %r8, %r7
    cmplw   %cr7, %r6, %r8
    mfcr    %r5
    clrldi  %r5, %r5, 36
    REPORT  "compares"
    addi    %r30, %r30, 1

    /* rotates and masks */
    lis     %r6, 0x1234
    ori     %r6, %r6, 0x5678
    sldi    %r7, %r6, 32
    or      %r6, %r6, %r7           /* 0x1234567812345678 */
    rlwinm  %r8, %r6, 8, 4, 27
    rlwnm   %r9, %r6, %r8, 0, 31
    li      %r10, -1
    rlwimi  %r10, %r6, 16, 8, 15
    rldicl  %r11, %r6, 12, 20
    rldicr  %r12, %r6, 20, 40
    xor     %r5, %r8, %r9
    xor     %r5, %r5, %r10
    xor     %r5, %r5, %r11
    xor     %r5, %r5, %r12
    REPORT  "rotates"
    addi    %r30, %r30, 1
    lis     %r6, 0x1234
    ori     %r6, %r6, 0x5678
    sldi    %r7, %r6, 32
    or      %r6, %r6, %r7
    rldic   %r8, %r6, 7, 13
    li      %r9, 0
    rldimi  %r9, %r6, 24, 8
    li      %r10, 37
    rldcl   %r11, %r6, %r10, 3
    rldcr   %r12, %r6, %r10, 50
    xor     %r5, %r8, %r9
    rotldi  %r5, %r5, 5
    xor     %r5, %r5, %r11
    rotldi  %r5, %r5, 5
    xor     %r5, %r5, %r12
    REPORT  "rotates64"
    addi    %r30, %r30, 1

    /* shifts, including shift amounts >= width and algebraic carry */
    CLRXER
    li      %r6, -100
    li      %r7, 3
    sraw    %r8, %r6, %r7           /* -13, CA = 1 (1-bits lost) */
    mfxer   %r9
    li      %r7, 40
    slw     %r10, %r6, %r7          /* 0 */
    srd     %r11, %r6, %r7
    li      %r7, 70
    sld     %r12, %r6, %r7          /* 0 (amount & 127 >= 64) */
    srawi   %r4, %r6, 2
    sradi   %r3, %r6, 60
    srwi    %r0, %r6, 3
    xor     %r5, %r8, %r9
    add     %r5, %r5, %r10
    add     %r5, %r5, %r11
    add     %r5, %r5, %r12
    add     %r5, %r5, %r4
    add     %r5, %r5, %r3
    add     %r5, %r5, %r0
    REPORT  "shifts"
    addi    %r30, %r30, 1
    CLRXER

    /* logical ops, sign extension, leading zeros */
    lis     %r6, 0xf0f0
    ori     %r6, %r6, 0x8181
    li      %r7, 0x3c3c
    nand    %r8, %r6, %r7
    nor     %r9, %r6, %r7
    eqv     %r10, %r6, %r7
    andc    %r11, %r6, %r7
    orc     %r12, %r6, %r7
    xor     %r5, %r8, %r9
    add     %r5, %r5, %r10
    add     %r5, %r5, %r11
    add     %r5, %r5, %r12
    extsb   %r8, %r6
    extsh   %r9, %r6
    extsw   %r10, %r6
    add     %r5, %r5, %r8
    add     %r5, %r5, %r9
    add     %r5, %r5, %r10
    cntlzw  %r8, %r7
    cntlzd  %r9, %r7
    sldi    %r9, %r9, 8
    or      %r8, %r8, %r9
    sldi    %r8, %r8, 48
    xor     %r5, %r5, %r8
    REPORT  "logical"
    addi    %r30, %r30, 1
    andi.   %r8, %r6, 0x8080
    andis.  %r9, %r6, 0x0f0f        /* 0: EQ */
    mfcr    %r10
    rlwinm  %r10, %r10, 4, 28, 31
    sldi    %r10, %r10, 32
    or      %r5, %r8, %r10
    REPORT  "andi-andis"
    addi    %r30, %r30, 1

    /* isel */
    li      %r6, 11
    li      %r7, 22
    cmpdi   %r6, 11
    isel    %r8, %r6, %r7, 2        /* EQ: 11 */
    isel    %r9, %r6, %r7, 0        /* LT false: 22 */
    isel    %r10, 0, %r7, 2         /* rA=0 means 0 */
    sldi    %r5, %r8, 16
    sldi    %r9, %r9, 8
    or      %r5, %r5, %r9
    or      %r5, %r5, %r10
    REPORT  "isel"
    addi    %r30, %r30, 1

    /* multiply / divide */
    lis     %r6, 0x0123
    ori     %r6, %r6, 0x4567
    sldi    %r6, %r6, 32
    oris    %r6, %r6, 0x89ab
    ori     %r6, %r6, 0xcdef
    li      %r7, -12345
    mulld   %r8, %r6, %r7
    mulhd   %r9, %r6, %r7
    mulhdu  %r10, %r6, %r7
    mullw   %r11, %r6, %r7
    mulli   %r12, %r6, -77
    xor     %r5, %r8, %r9
    xor     %r5, %r5, %r10
    add     %r5, %r5, %r11
    add     %r5, %r5, %r12
    REPORT  "multiply"
    addi    %r30, %r30, 1
    lis     %r6, 0x0123
    ori     %r6, %r6, 0x4567
    sldi    %r6, %r6, 32
    oris    %r6, %r6, 0x89ab
    ori     %r6, %r6, 0xcdef
    li      %r7, -12345
    divd    %r8, %r6, %r7
    divdu   %r9, %r6, %r7
    divw    %r10, %r6, %r7
    divwu   %r11, %r6, %r7
    li      %r12, 7
    divd    %r12, %r7, %r12
    add     %r5, %r8, %r9
    sldi    %r10, %r10, 7
    xor     %r5, %r5, %r10
    sldi    %r11, %r11, 3
    xor     %r5, %r5, %r11
    add     %r5, %r5, %r12
    REPORT  "divide"
    addi    %r30, %r30, 1

    /* mtcrf of selected fields, crset/crclr, mcrxrx-free CR moves */
    lis     %r6, 0x1357
    ori     %r6, %r6, 0x9bdf
    li      %r7, 0
    mtcrf   0xff, %r7
    mtcrf   0x5a, %r6
    crset   31
    crclr   1
    mfcr    %r5
    REPORT  "mtcrf"
    addi    %r30, %r30, 1

    /* branch to LR/CTR with link, conditional returns */
    bl      .Lleaf
    mr      %r5, %r3
    REPORT  "bl-blr"
    addi    %r30, %r30, 1
    lis     %r12, .Lleaf2@ha
    addi    %r12, %r12, .Lleaf2@l
    mtctr   %r12
    li      %r3, 5
    bctrl
    mr      %r5, %r3
    REPORT  "bctrl"
    addi    %r30, %r30, 1

    lis     %r3, .Ldone@ha
    addi    %r3, %r3, .Ldone@l
    mr      %r4, %r30
    bl      rt_printf
    nop

    li      %r3, 0
    addi    %r1, %r1, 256
    ld      %r0, 16(%r1)
    mtlr    %r0
    ld      %r30, -16(%r1)
    ld      %r31, -8(%r1)
    blr

/* leaf: returns 1 + 2 + ... via a conditional return */
.Lleaf:
    li      %r3, 0
    li      %r4, 10
1:  add     %r3, %r3, %r4
    addic.  %r4, %r4, -1
    beqlr
    b       1b

/* leaf2: r3 = r3 * 3 if r3 odd (bnelr path), else r3 + 1 */
.Lleaf2:
    andi.   %r4, %r3, 1
    mulli   %r3, %r3, 3
    bnelr
    addi    %r3, %r3, 1
    blr
