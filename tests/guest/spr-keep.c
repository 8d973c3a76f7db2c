/* SPDX-License-Identifier: MIT */
/*
 * SPRs keep what was written across a long stretch of plain code: writes
 * a distinct value to every supervisor-writable SPR that has plain
 * storage (ACOP, TIDR, PSPB, EAR, the PMU and EBB registers, TACR..WORT,
 * the high half of DSISR) and to the SPRGs, spins, then reads them all
 * back and prints them. The snapshot tests save this program in the
 * middle of the spin (tests/snap/fixtures/cpu1-spr.db): a value restored
 * into the wrong register shows up in the second half of the output.
 * The PMU stays frozen (MMCR0[FC] set) and no EBB is enabled, so the
 * values do not move on their own.
 */
#include "rt/rt.h"

#define SPIN 100000

/* X(number, name) of every SPR written and read back. */
#define SPRS(X) \
    X(18, "DSISR") X(31, "ACOP") X(144, "TIDR") X(159, "PSPB") \
    X(272, "SPRG0") X(273, "SPRG1") X(274, "SPRG2") X(275, "SPRG3") \
    X(282, "EAR") X(784, "SIER") X(785, "MMCR2") X(786, "MMCRA") \
    X(787, "PMC1") X(788, "PMC2") X(789, "PMC3") X(790, "PMC4") \
    X(791, "PMC5") X(792, "PMC6") X(796, "SIAR") X(797, "SDAR") \
    X(798, "MMCR1") X(800, "BESCRS") X(802, "BESCRR") X(804, "EBBHR") \
    X(805, "EBBRR") X(806, "BESCR") X(888, "TACR") X(889, "TCSCR") \
    X(890, "CSIGR") X(892, "SPMC1") X(893, "SPMC2") X(894, "MMCRS") \
    X(895, "WORT")

#define MMCR0 795
#define MMCR0_VALUE 0x00000abc80000000ULL  /* FC: counters frozen */

/* A value that names its SPR in both halves. */
static uint64_t pattern(unsigned n)
{
    return 0x0051000000000000ULL | (uint64_t)n << 32 | (0x1000u + n) << 8 |
           (n & 0xff);
}

#define MT(n, v) __asm__ volatile("mtspr %0,%1" :: "i"(n), "r"(v))
#define MF(n) ({ uint64_t r_; \
                 __asm__ volatile("mfspr %0,%1" : "=r"(r_) : "i"(n)); r_; })

#define WRITE(n, nm) MT(n, pattern(n));
#define READ(n, nm) rt_printf("%-6s %4u %016lx\n", nm, n, \
                              (unsigned long)MF(n));

int main(void)
{
    MT(MMCR0, MMCR0_VALUE);
    SPRS(WRITE)
    rt_printf("written; spinning\n");
    for (volatile unsigned i = 0; i < SPIN; i++) {
    }
    rt_printf("%-6s %4u %016lx\n", "MMCR0", MMCR0, (unsigned long)MF(MMCR0));
    SPRS(READ)
    return 0;
}
