/* SPDX-License-Identifier: MIT */
/*
 * The guest of the crash-consistency test (tests/snapshot-crash.t): with
 * -m 1G it fills CRASH_PAGES pages (400 MiB from 16 MiB up) with a
 * pattern unique to each page, then changes CRASH_STEP pages per
 * generation for CRASH_GENERATIONS generations and powers off, so that
 * snapshots taken at different instruction counts share most pages and
 * differ in some. It fits in 512 MiB too (qemu-diff.t runs it so on QEMU
 * and farad); it has no expected file, to keep the sanitizer run of
 * guest.t short. Every 8-byte word of page
 * P (page number from address 0) in generation G holds
 *     crash_seed(P, G) + 8 * i    (i = word index in the page)
 * where G is the generation that last wrote the page; generation 0 is the
 * fill, and generation g >= 1 rewrites the pages starting at
 * crash_first(g). The generation just finished is published, big-endian
 * or not as the program was built, at CRASH_GEN_ADDR, so the test can
 * recompute any page of a snapshot from this description alone.
 */
#include "rt/rt.h"

#define CRASH_BASE      0x1000000ULL    /* 16 MiB */
#define CRASH_PAGES     102400ULL       /* 400 MiB of 4 KiB pages */
#define CRASH_STEP      256ULL          /* 1 MiB changed per generation */
#define CRASH_GENERATIONS 64
#define CRASH_GEN_ADDR  (CRASH_BASE - 8) /* the last finished generation */

static uint64_t crash_seed(uint64_t page, uint64_t gen)
{
    return page * 0x9e3779b97f4a7c15ULL ^ gen * 0xd1b54a32d192ed03ULL;
}

/* The first of the CRASH_STEP pages generation g (>= 1) rewrites. */
static uint64_t crash_first(uint64_t g)
{
    return (g * 7919ULL * CRASH_STEP) % CRASH_PAGES;
}

static void fill_page(uint64_t page, uint64_t gen)
{
    volatile uint64_t *p = (volatile uint64_t *)(page * 4096ULL);
    uint64_t v = crash_seed(page, gen);
#pragma GCC unroll 8
    for (int i = 0; i < 512; i++) {
        p[i] = v;
        v += 8;
    }
}

int main(void)
{
    volatile uint64_t *gen_word = (volatile uint64_t *)CRASH_GEN_ADDR;
    uint64_t first = CRASH_BASE / 4096;
    for (uint64_t k = 0; k < CRASH_PAGES; k++) {
        fill_page(first + k, 0);
    }
    *gen_word = 0;
    rt_printf("crash-fill: %d pages filled\n", (int)CRASH_PAGES);
    for (uint64_t g = 1; g <= CRASH_GENERATIONS; g++) {
        uint64_t start = crash_first(g);
        for (uint64_t k = 0; k < CRASH_STEP; k++) {
            fill_page(first + (start + k) % CRASH_PAGES, g);
        }
        *gen_word = g;
    }
    rt_printf("crash-fill: %d generations of %d pages\n", CRASH_GENERATIONS,
              (int)CRASH_STEP);
    return 0;
}
