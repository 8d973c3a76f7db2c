/* SPDX-License-Identifier: MIT */
/*
 * Benchmark workload: the sort workload (sort.c, included) run with the
 * radix MMU on (POWER9, pseries-7.2's default CPU). The first 16 MiB
 * (program, data, stack) are mapped to themselves with 64K pages in a
 * four-level tree registered with H_REGISTER_PROC_TBL, and MSR[IR,DR]
 * are set before the work starts, so every fetch and data access is
 * translated; real mode again at the end. Prints the same checksum as
 * sort.
 */
#define main sort_main
#include "sort.c"
#undef main

#define H_REGISTER_PROC_TBL 0x37c
#define MAP_BYTES 0x1000000ULL

static uint64_t root[8192] __attribute__((aligned(65536)));
static uint64_t pud[512] __attribute__((aligned(4096)));
static uint64_t pmd[512] __attribute__((aligned(4096)));
static uint64_t pte[MAP_BYTES >> 21][32] __attribute__((aligned(256)));
static uint64_t prtb[512] __attribute__((aligned(4096)));

static uint64_t be(uint64_t v)
{
#ifdef __LITTLE_ENDIAN__
    return __builtin_bswap64(v);
#else
    return v;
#endif
}

int main(void)
{
    const uint64_t valid = 1ULL << 63, leaf = 1ULL << 62;
    root[0] = be(valid | (uint64_t)(uintptr_t)pud | 9);
    pud[0] = be(valid | (uint64_t)(uintptr_t)pmd | 9);
    for (uint64_t ea = 0; ea < MAP_BYTES; ea += 0x10000) {
        uint64_t (*t)[32] = &pte[ea >> 21];
        pmd[ea >> 21] = be(valid | (uint64_t)(uintptr_t)*t | 5);
        /* R, C and read/write/execute set */
        (*t)[(ea >> 16) & 31] = be(valid | leaf | ea | 0x180 | 0x7);
    }
    prtb[0] = be((2ULL << 61) | (uint64_t)(uintptr_t)root | (5ULL << 5) | 13);
    __asm__ volatile("ptesync" ::: "memory");
    if (rt_hcall(H_REGISTER_PROC_TBL, 0x1c, (uint64_t)(uintptr_t)prtb, 0, 0,
                 0) != 0) {
        rt_printf("H_REGISTER_PROC_TBL failed\n");
        return 1;
    }
    uint64_t msr;
    __asm__ volatile("mfmsr %0" : "=r"(msr));
    __asm__ volatile("mtmsrd %0; isync" :: "r"(msr | 0x30) : "memory");
    int rc = sort_main();
    /* back to real mode: the runtime's power-off reads the device tree,
     * which lies above the mapped 16 MiB */
    __asm__ volatile("mtmsrd %0; isync" :: "r"(msr) : "memory");
    return rc;
}
