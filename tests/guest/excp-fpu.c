/* SPDX-License-Identifier: MIT */
/*
 * FP unavailable: with MSR[FP] clear, an FP arithmetic op, an FP load
 * and mffs raise 0x800 with SRR0 at the instruction; the handler sets
 * SRR1[FP] and the instruction then completes.
 */
#include "excp-util.h"

static volatile unsigned hits;
static volatile uint64_t h_vec, h_srr0, h_srr1;

static void hook(uint64_t v, RtFrame *f)
{
    hits++;
    h_vec = v;
    h_srr0 = f->srr0;
    h_srr1 = f->srr1;
    f->srr1 |= MSR_FP;  /* retry with FP on */
}

static double one = 1.5, two = 2.25;

int main(void)
{
    rt_exception_hook = hook;
    uint64_t m0 = xu_msr();
    double r;

    __asm__ volatile("mtmsrd %0,0" :: "r"(m0 & ~MSR_FP));
    __asm__ volatile("lfd 1,%1; lfd 2,%2; fadd %0,1,2" : "=d"(r) : "m"(one), "m"(two) : "fr1", "fr2");
    uint64_t m1 = xu_msr();
    rt_printf("fp op: hits %u vector %lx srr1 FP %d prog %lx, result %a, msr FP now %d\n",
              hits, (unsigned long)h_vec, (int)((h_srr1 >> 13) & 1),
              (unsigned long)(h_srr1 & 0x1f0000), r, (int)((m1 >> 13) & 1));

    /* the first FP instruction (the load) faults, the rest run */
    hits = 0;
    __asm__ volatile("mtmsrd %0,0" :: "r"(m0 & ~MSR_FP));
    __asm__ volatile("lfd 1,%1; fmr %0,1" : "=d"(r) : "m"(two) : "fr1");
    rt_printf("fp load: hits %u result %a\n", hits, r);

    /* SRR0 points at the faulting instruction */
    hits = 0;
    extern char fpu_mark[];
    __asm__ volatile("mtmsrd %0,0\n.globl fpu_mark\nfpu_mark: mffs 0"
                     :: "r"(m0 & ~MSR_FP) : "fr0");
    rt_printf("mffs: hits %u srr0 at insn %d\n", hits,
              h_srr0 == (uint64_t)(uintptr_t)fpu_mark);

    /* integer code is unaffected with FP off */
    hits = 0;
    __asm__ volatile("mtmsrd %0,0" :: "r"(m0 & ~MSR_FP));
    volatile int x = 3;
    x = x * 7;
    __asm__ volatile("mtmsrd %0,0" :: "r"(m0));
    rt_printf("integer with FP off: hits %u x %d\n", hits, x);
    return 0;
}
