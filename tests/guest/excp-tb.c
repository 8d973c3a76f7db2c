/* SPDX-License-Identifier: MIT */
/*
 * Timebase: mftb is monotonic, mftbu / mfspr 269 give the high word,
 * mftb equals mfspr 268 in 64-bit mode; a partition may write TBL/TBU
 * (mtspr 284/285, as QEMU 7.2 allows): TBU then reads back what was
 * written and a TBL write replaces the low word. PURR advances. No raw
 * time values are printed.
 */
#include "excp-util.h"

static uint64_t tb(void)
{
    uint64_t v;
    __asm__ volatile("mftb %0" : "=r"(v));
    return v;
}

int main(void)
{
    int mono = 1;
    uint64_t prev = tb();
    for (int i = 0; i < 10000; i++) {
        uint64_t t = tb();
        if (t < prev) {
            mono = 0;
        }
        prev = t;
    }
    rt_printf("mftb monotonic over 10000 reads: %d\n", mono);

    uint64_t a, b, hi, hi2;
    __asm__ volatile("mftb %0; mfspr %1,268; mftbu %2; mfspr %3,269"
                     : "=r"(a), "=r"(b), "=r"(hi), "=r"(hi2));
    rt_printf("mfspr 268 >= mftb %d, close %d; tbu == tb>>32 %d %d\n", b >= a,
              b - a < 100000, hi == a >> 32, hi2 == b >> 32);

    __asm__ volatile("mtspr 285,%0" :: "r"(0x12345ULL));
    __asm__ volatile("mftbu %0" : "=r"(hi));
    rt_printf("after mttbu 0x12345: tbu %lx\n", (unsigned long)hi);
    __asm__ volatile("mtspr 284,%0" :: "r"(0xabcdef0000000000ULL));
    a = tb();
    rt_printf("after mttbl 0: tbu %lx low word small %d\n",
              (unsigned long)(a >> 32), (a & 0xffffffff) < 0x1000000);
    __asm__ volatile("mtspr 284,%0" :: "r"(0xfffff000ULL));
    a = tb();
    rt_printf("after mttbl 0xfffff000: low word >= %d\n",
              (a & 0xffffffff) >= 0xfffff000 || (a >> 32) == 0x12346);

    uint64_t p0, p1;
    __asm__ volatile("mfspr %0,309" : "=r"(p0));
    for (volatile int i = 0; i < 10000; i++) {
    }
    __asm__ volatile("mfspr %0,309" : "=r"(p1));
    rt_printf("purr advances %d\n", p1 > p0);
    return 0;
}
