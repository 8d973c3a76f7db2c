/* SPDX-License-Identifier: MIT */
/*
 * Decrementer: N interrupts from a re-armed DEC, SRR1 of the interrupt,
 * a negative mtdec making the exception exist at once, the level-style
 * exception (it stays while DEC is negative and is not rewritten), a
 * non-negative write removing it, and the 56-bit large decrementer
 * (QEMU's pseries default). No raw time values are printed.
 */
#include "excp-util.h"

/* mode 1: re-arm for 10 ticks; 2: leave DEC negative for 4 ticks;
 * 0: push DEC far away at once */
static volatile unsigned ticks, mode = 1;
static volatile uint64_t h_srr1, h_dec;

static void hook(uint64_t v, RtFrame *f)
{
    if (v != 0x900) {
        rt_printf("unexpected vector %lx\n", (unsigned long)v);
        f->srr0 += 4;
        return;
    }
    ticks++;
    h_srr1 = f->srr1;
    __asm__ volatile("mfdec %0" : "=r"(h_dec));
    if (mode == 1 && ticks < 10) {
        __asm__ volatile("mtdec %0" :: "r"(2000L));
    } else if (mode != 2 || ticks >= 5) {
        __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
    }
}

static void ee(uint64_t m0, int on)
{
    __asm__ volatile("mtmsrd %0,1" :: "r"(on ? (m0 | MSR_EE) : m0) : "memory");
}

static int64_t dec(void)
{
    int64_t d;
    __asm__ volatile("mfdec %0" : "=r"(d));
    return d;
}

int main(void)
{
    rt_exception_hook = hook;
    uint64_t m0 = xu_msr();

    int64_t d0 = dec();
    rt_printf("reset: DEC positive %d below 2^32 %d\n", d0 > 0, d0 < (1LL << 32));

    /* count 10 ticks of a re-armed decrementer */
    __asm__ volatile("mtdec %0" :: "r"(2000L));
    ee(m0, 1);
    unsigned long spins = 0;
    while (ticks < 10 && spins < 100000000UL) {
        spins++;
    }
    ee(m0, 0);
    rt_printf("ticks %u (happened %d)\n", ticks, ticks >= 10);
    rt_printf("srr1 EE %d ME %d SF %d prog-bits %lx; DEC in handler negative %d\n",
              (int)((h_srr1 >> 15) & 1), (int)((h_srr1 >> 12) & 1),
              (int)(h_srr1 >> 63), (unsigned long)(h_srr1 & 0x1f0000),
              (int64_t)h_dec < 0);

    /* DEC counts down */
    __asm__ volatile("mtdec %0" :: "r"(0x10000000L));
    int64_t a = dec();
    for (volatile int i = 0; i < 1000; i++) {
    }
    int64_t b = dec();
    rt_printf("counts down %d\n", b < a);

    /* with EE off nothing is taken; the exception waits */
    ticks = 0;
    mode = 0;
    __asm__ volatile("mtdec %0" :: "r"(-5L));
    for (volatile int i = 0; i < 1000; i++) {
    }
    rt_printf("EE off: ticks %u\n", ticks);
    ee(m0, 1);
    __asm__ volatile("nop; nop");
    ee(m0, 0);
    rt_printf("negative write then EE on: ticks %u\n", ticks);

    /* level-style: the handler does not rewrite DEC for 4 ticks */
    ticks = 0;
    mode = 2;
    __asm__ volatile("mtdec %0" :: "r"(1000L));
    ee(m0, 1);
    spins = 0;
    while (ticks < 5 && spins < 100000000UL) {
        spins++;
    }
    ee(m0, 0);
    rt_printf("level: ticks %u\n", ticks);

    /* negative then non-negative write: gone */
    ticks = 0;
    mode = 0;
    __asm__ volatile("mtdec %0" :: "r"(-5L));
    __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
    ee(m0, 1);
    __asm__ volatile("nop; nop");
    ee(m0, 0);
    rt_printf("negative then positive write: ticks %u\n", ticks);

    /* 56-bit decrementer */
    static const int64_t vals[] = {
        0x7fffffff, 0xffffffff, -1, 0x80000000, 0x7fffffffffffffLL,
        0x40000000000000LL, 0x1234000,
    };
    for (unsigned i = 0; i < sizeof(vals) / sizeof(vals[0]); i++) {
        __asm__ volatile("mtdec %0" :: "r"(vals[i]));
        int64_t r = dec();
        int64_t diff = vals[i] - r;
        rt_printf("mtdec %lx: read negative %d, top byte %lx, near %d\n",
                  (unsigned long)vals[i], r < 0, (unsigned long)((uint64_t)r >> 56),
                  diff >= 0 && diff < 1000000);
    }
    __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
    return 0;
}
