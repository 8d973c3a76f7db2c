/* SPDX-License-Identifier: MIT */
/*
 * The timebase follows the instruction count exactly, also across page
 * ends (run with -icount shift=N, see tb-icount.args): a straight-line
 * block of 2048 `mftb; stdu` pairs (16 KiB of code, so it crosses at
 * least three page boundaries) runs many times in a loop, and every
 * reading is checked
 *   - never to be smaller than the one before (also across iterations);
 *   - to be exactly 2*j instructions of time after the block's first
 *     reading: tb[j] - tb[0] is floor or ceil of 2*j * 512 MHz * 2^N ns
 *     (the exact value depends on where the clock stood at tb[0]).
 * N is found from the first block's span (2*2047 instructions). Only
 * properties and N are printed, never raw timebase values.
 */
#include "rt/rt.h"

#define NREAD 2048
#define ITERS 400
#define MAX_SHIFT 10

static uint64_t tb_buf[NREAD + 1];   /* [0]: stdu's first base */
#define tbs (tb_buf + 1)

/* Fill tbs[] with NREAD readings, one every two instructions. */
static void read_block(void)
{
    uint64_t *p = tb_buf;   /* stdu writes 8 bytes past its base */
    uint64_t t;
    __asm__ volatile(".rept 2048\n"
                     "mftb %1\n"
                     "stdu %1,8(%0)\n"
                     ".endr\n"
                     : "+b"(p), "=&r"(t) :: "memory");
}

/* floor(insns * 0.512 * 2^shift): timebase ticks of that many
 * instructions, from a clock standing on a tick. */
static uint64_t ticks(uint64_t insns, unsigned shift)
{
    return (insns << shift) * 64 / 125;
}

/* Does the span over `insns` instructions fit the rate of shift? */
static int fits(uint64_t span, uint64_t insns, unsigned shift)
{
    uint64_t lo = ticks(insns, shift);
    return span == lo || span == lo + 1;
}

/* The -icount shift whose rate the block shows, or -1. */
static int find_shift(void)
{
    uint64_t span = tbs[NREAD - 1] - tbs[0];
    for (unsigned s = 0; s <= MAX_SHIFT; s++) {
        if (fits(span, 2 * (NREAD - 1), s)) {
            return (int)s;
        }
    }
    return -1;
}

int main(void)
{
    int shift = -1;
    unsigned backwards = 0, inexact = 0;
    uint64_t last = 0;

    for (int it = 0; it < ITERS; it++) {
        read_block();
        if (it == 0) {
            shift = find_shift();
            if (shift < 0) {
                rt_printf("first block: span fits no -icount shift\n");
                shift = 0;
            }
        }
        for (int j = 0; j < NREAD; j++) {
            if (tbs[j] < last) {
                backwards++;
            }
            last = tbs[j];
            if (!fits(tbs[j] - tbs[0], 2 * (uint64_t)j, (unsigned)shift)) {
                inexact++;
            }
        }
    }
    rt_printf("rate: -icount shift=%d\n", shift);
    rt_printf("%d reads across page ends, never decreasing: %s\n",
              NREAD * ITERS, backwards ? "no" : "yes");
    rt_printf("every read exactly 2 instructions after the one before: %s\n",
              inexact ? "no" : "yes");
    if (backwards || inexact) {
        rt_printf("(%u decreases, %u inexact reads)\n", backwards, inexact);
    }
    return 0;
}
