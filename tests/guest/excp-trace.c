/* SPDX-License-Identifier: MIT */
/*
 * Trace interrupts (0xd00): MSR[SE] single-step after each completed
 * instruction (not after the mtmsrd that sets SE, nor after sc), MSR[BE]
 * branch trace after each branch taken or not; SRR0 = the next
 * instruction, SRR1's interrupt bits and SIAR (from ISA 2.07: SRR1[33]
 * = 1, SIAR = the traced instruction; QEMU 7.2 sets neither, see
 * excp-trace.isa). Offsets are printed relative to the traced code.
 *
 * Not here: mtmsr/mtmsrd that leave MSR[SE] set. The ISA lists them
 * among the instructions not traced and farad follows it; QEMU 7.2
 * traces them (and an rfid run with MSR[SE] = 1).
 */
#include "rt/rt.h"

#define MSR_SE 0x400ULL
#define MSR_BE 0x200ULL

static volatile unsigned ntr, nsc;
static uint64_t tr_off[24], tr_srr1[24], tr_siar[24];
static uint64_t base;

static uint64_t get_msr(void)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    return m;
}

static void hook(uint64_t v, RtFrame *f)
{
    if (v == 0xd00) {
        unsigned i = ntr++;
        uint64_t siar;
        __asm__ volatile("mfspr %0, 780" : "=r"(siar));
        if (i < 24) {
            tr_off[i] = f->srr0 - base;
            tr_srr1[i] = f->srr1;
            tr_siar[i] = siar - base;
        }
        if (ntr >= 24) {
            f->srr1 &= ~(MSR_SE | MSR_BE);
        }
        return;
    }
    if (v == 0xc00) {
        nsc++;
        f->srr1 &= ~(MSR_SE | MSR_BE);
        return;
    }
    rt_printf("unexpected vector %lx at %lx\n", (unsigned long)v,
              (unsigned long)(f->srr0 - base));
    f->srr0 += 4;
}

extern char se_code[], be_code[];

/* r3 = MSR to run with; the code ends with sc 0, whose handler clears
 * SE/BE; returns r5. */
__asm__(
    ".text\n"
    ".globl se_code\n"
    "se_code:\n"
    "    mtmsrd 3,0\n"          /* 0: sets SE: not traced */
    "    addi 5,5,1\n"          /* 4 */
    "    addi 5,5,1\n"          /* 8 */
    "    b 1f\n"                /* c */
    "    nop\n"                 /* 10 */
    "1:  cmpdi 5,100\n"         /* 14 */
    "    beq 2f\n"              /* 18: not taken */
    "2:  ld 6,0(1)\n"           /* 1c */
    "    mtcrf 0x80,5\n"        /* 20 */
    "    sc\n"                  /* 24: not traced */
    "    blr\n"                 /* 28 */
    ".globl be_code\n"
    "be_code:\n"
    "    mtmsrd 3,0\n"          /* 0: sets BE */
    "    addi 5,5,1\n"          /* 4 */
    "    b 1f\n"                /* 8: taken */
    "    nop\n"                 /* c */
    "1:  cmpdi 5,100\n"         /* 10 */
    "    beq 2f\n"              /* 14: not taken */
    "2:  mflr 9\n"              /* 18 */
    "    bl 3f\n"               /* 1c */
    "3:  mtlr 9\n"              /* 20 */
    "    li 8,2\n"              /* 24 */
    "    mtctr 8\n"             /* 28 */
    "4:  bdnz 4b\n"             /* 2c: taken, then not */
    "    addi 5,5,1\n"          /* 30 */
    "    sc\n"                  /* 34 */
    "    blr\n"                 /* 38 */
);

static uint64_t run(char *code, uint64_t msr)
{
    register uint64_t r3 __asm__("r3") = msr;
    register uint64_t r5 __asm__("r5") = 0;
    base = (uint64_t)(uintptr_t)code;
    ntr = 0;
    nsc = 0;
    __asm__ volatile("mtspr 780, %2\n"
                     "mtctr %3; bctrl"
                     : "+r"(r3), "+r"(r5) : "r"(0x1230ULL + base), "r"(code)
                     : "r6", "r7", "r8", "r9", "r10", "r11", "r12", "lr",
                       "ctr", "memory", "cr0");
    return r5;
}

static void report(const char *what, uint64_t r5)
{
    rt_printf("%s: r5 %lu traces %u sc %u\n", what, (unsigned long)r5, ntr, nsc);
    for (unsigned i = 0; i < ntr && i < 24; i++) {
        rt_printf("  #%u srr0 +%lx srr1-int %08lx se %d be %d siar %lx\n",
                  i, (unsigned long)tr_off[i],
                  (unsigned long)(tr_srr1[i] & 0x783f0000ULL),
                  (int)((tr_srr1[i] >> 10) & 1), (int)((tr_srr1[i] >> 9) & 1),
                  (unsigned long)tr_siar[i]);
    }
}

int main(void)
{
    rt_exception_hook = hook;
    uint64_t m0 = get_msr();
    report("single-step", run(se_code, m0 | MSR_SE));
    report("branch-trace", run(be_code, m0 | MSR_BE));
    report("both", run(be_code, m0 | MSR_BE | MSR_SE));
    rt_printf("msr after %lx\n", (unsigned long)get_msr());
    return 0;
}
