/* SPDX-License-Identifier: MIT */
/*
 * Benchmark workload: the sort workload (sort.c, included) run with the
 * hash MMU on. The first 16 MiB (program, data, stack) are mapped to
 * themselves with 64K pages through H_ENTER, one SLB entry covers them,
 * and MSR[IR,DR] are set before the work starts, so every fetch and
 * data access is translated; real mode again at the end. Prints the
 * same checksum as sort.
 */
#define main sort_main
#include "sort.c"
#undef main

#define H_ENTER 0x08
#define MAP_BYTES 0x1000000ULL

int main(void)
{
    uint32_t len;
    const void *pft = rt_fdt_prop("/cpus/PowerPC,POWER9@0", "ibm,pft-size",
                                  &len);
    if (!pft) {
        pft = rt_fdt_prop("/cpus/PowerPC,POWER8@0", "ibm,pft-size", &len);
    }
    unsigned shift = pft ? rt_be32((const uint8_t *)pft + 4) : 18;
    uint64_t mask = (1ULL << (shift - 7)) - 1;
    uint64_t vsid = 0x321;
    for (uint64_t ea = 0; ea < MAP_BYTES; ea += 0x10000) {
        /* 256M segment, 64K base pages: L = 1, LP = 0001 */
        uint64_t ptex = ((vsid ^ (ea >> 16)) & mask) * 8;
        uint64_t pteh = (vsid << 12) | ((ea >> 16) & ~0x7fULL) | 0x4 | 0x1;
        uint64_t ptel = ea | 0x1000 | 0x10 | 0x2;
        if (rt_hcall(H_ENTER, 0, ptex, pteh, ptel, 0) != 0) {
            rt_printf("H_ENTER failed at %lx\n", (unsigned long)ea);
            return 1;
        }
    }
    __asm__ volatile("slbmte %0,%1; isync"
                     :: "r"((vsid << 12) | 0x110), "r"(0x08000000ULL)
                     : "memory");
    uint64_t msr;
    __asm__ volatile("mfmsr %0" : "=r"(msr));
    __asm__ volatile("mtmsrd %0; isync" :: "r"(msr | 0x30) : "memory");
    int rc = sort_main();
    /* back to real mode: the runtime's power-off reads the device tree,
     * which lies above the mapped 16 MiB */
    __asm__ volatile("mtmsrd %0; isync" :: "r"(msr) : "memory");
    return rc;
}
