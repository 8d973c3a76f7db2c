/* SPDX-License-Identifier: MIT */
/*
 * Which instructions a CPU model decodes: runs instructions new in ISA
 * 2.06 (POWER7), 2.07 (POWER8) and 3.0 (POWER9) once each and prints
 * the interrupt each raised (none, or the vector and the SRR1 program
 * bits). Also prints the CPU node name and PVR. isa-p8.c and isa-p7.c
 * build the same program to run with -cpu POWER8 / POWER7 (their
 * .args files), so QEMU's recording shows its decoder's choice per model.
 */
#include "rt/rt.h"

#define MSR_FP 0x2000ULL

static volatile uint64_t h_vec, h_srr1;
static volatile unsigned hits;
static uint64_t buf[4] __attribute__((aligned(64)));

static void hook(uint64_t v, RtFrame *f)
{
    hits++;
    h_vec = v;
    h_srr1 = f->srr1;
    f->srr0 += 4;
}

static void start(void)
{
    hits = 0;
    h_vec = 0;
    h_srr1 = 0;
    buf[0] = 0x0123456789abcdefULL;
    buf[1] = 0xfedcba9876543210ULL;
}

static void report(const char *what)
{
    if (!hits) {
        rt_printf("%-10s ok\n", what);
    } else {
        rt_printf("%-10s vector %03lx prog %05lx hits %u\n", what,
                  (unsigned long)h_vec, (unsigned long)(h_srr1 & 0x1f0000),
                  hits);
    }
}

/* One instruction with r8 = &buf, r9, r10 scratch (r10:r11 for the
 * quadword forms), r5..r7 inputs; assembled for POWER9 whatever -mcpu. */
#define PROBE(name, insn)                                                 \
    do {                                                                  \
        start();                                                          \
        __asm__ volatile(".machine push\n.machine power9\n"               \
                         "li 5,3\nli 6,5\nli 7,7\nmr 8,%0\n" insn "\n"    \
                         ".machine pop"                                   \
                         :: "r"(buf)                                      \
                         : "r5", "r6", "r7", "r8", "r9", "r10", "r11",    \
                           "fr0", "fr1", "cr0", "cr1", "xer", "memory");  \
        report(name);                                                     \
    } while (0)

int main(void)
{
    rt_exception_hook = hook;
    uint64_t msr;
    __asm__ volatile("mfmsr %0" : "=r"(msr));
    __asm__ volatile("mtmsrd %0,0" :: "r"(msr | MSR_FP));
    uint64_t pvr;
    __asm__ volatile("mfspr %0,287" : "=r"(pvr));
    rt_printf("cpu %s pvr %08lx\n", rt_fdt_child("/cpus", 0),
              (unsigned long)pvr);

    /* ISA 2.06 */
    PROBE("lbarx", "lbarx 9,0,8");
    PROBE("lharx", "lharx 9,0,8");
    PROBE("stbcx.", "lbarx 9,0,8\nstbcx. 9,0,8");
    PROBE("sthcx.", "lharx 9,0,8\nsthcx. 9,0,8");
    PROBE("ldbrx", "ldbrx 9,0,8");
    PROBE("popcntd", "popcntd 9,5");
    PROBE("divwe", "divwe 9,5,6");
    PROBE("bpermd", "bpermd 9,5,6");
    PROBE("isel", "isel 9,5,6,2");
    /* ISA 2.07 */
    PROBE("lq", "lq 10,0(8)");
    PROBE("stq", "stq 10,0(8)");
    PROBE("lqarx", "lqarx 10,0,8");
    PROBE("stqcx.", "lqarx 10,0,8\nstqcx. 10,0,8");
    PROBE("fmrgew", "fmrgew 0,1,1");
    PROBE("fmrgow", "fmrgow 0,1,1");
    PROBE("bctar", "cmpw 5,5\nbctar 4,2");
    /* ISA 3.0 */
    PROBE("addpcis", "addpcis 9,0");
    PROBE("cmprb", "cmprb 1,0,5,6");
    PROBE("cmpeqb", "cmpeqb 1,5,6");
    PROBE("setb", "setb 9,1");
    PROBE("maddhd", "maddhd 9,5,6,7");
    PROBE("maddhdu", "maddhdu 9,5,6,7");
    PROBE("maddld", "maddld 9,5,6,7");
    PROBE("cnttzw", "cnttzw 9,5");
    PROBE("cnttzd", "cnttzd 9,5");
    PROBE("modsw", "modsw 9,6,5");
    PROBE("moduw", "moduw 9,6,5");
    PROBE("modsd", "modsd 9,6,5");
    PROBE("modud", "modud 9,6,5");
    PROBE("extswsli", "extswsli 9,5,3");
    PROBE("mcrxrx", "mcrxrx 1");
    PROBE("addex", "addex 9,5,6,0");
    PROBE("mffsl", "mffsl 0");
    PROBE("mffsce", "mffsce 0");
    PROBE("mffscrni", "mffs 1\nmffscrni 0,0\nmtfsf 0xff,1");
    PROBE("mffscdrni", "mffscdrni 0,0");
    PROBE("mffs", "mffs 0");
    return 0;
}
