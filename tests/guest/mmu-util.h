/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the MMU guest tests (mmu-hash.c, mmu-radix.c,
 * hpt-resize.c; included, not built on its own): MSR access, a
 * doubleword load and store at an effective address (faulting ones are
 * taken by the test's exception hook), and a call to code at an EA that
 * returns a value in r3.
 */
#ifndef FARAD_GUEST_MMU_UTIL_H
#define FARAD_GUEST_MMU_UTIL_H

#include "rt/rt.h"

static inline uint64_t mfmsr(void)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    return m;
}

static inline void mtmsrd(uint64_t m)
{
    __asm__ volatile("mtmsrd %0; isync" :: "r"(m) : "memory");
}

static inline uint64_t load64(uint64_t ea)
{
    uint64_t v = 0;
    __asm__ volatile("ld %0,0(%1)" : "+r"(v) : "b"(ea) : "memory");
    return v;
}

static inline void store64(uint64_t ea, uint64_t v)
{
    __asm__ volatile("std %0,0(%1)" :: "r"(v), "b"(ea) : "memory");
}

static inline uint64_t call(uint64_t ea)
{
    register uint64_t r3 __asm__("r3") = 0;
    __asm__ volatile("mtctr %1; bctrl" : "+r"(r3) : "r"(ea)
                     : "lr", "ctr", "memory", "cr0", "r4", "r5", "r6", "r7",
                       "r8", "r9", "r10", "r11", "r12", "r0");
    return r3;
}

#endif
