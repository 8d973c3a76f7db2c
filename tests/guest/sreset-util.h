/* SPDX-License-Identifier: MIT */
/*
 * The system reset interrupt for guest tests (included, not built on
 * its own). The runtime's 0x100 is its entry code, so a test that
 * expects a system reset (H_SIGNAL_SYS_RESET) first replaces it with a
 * vector like the others (start.S's VECTOR: save r3 in SPRG1, r3 =
 * 0x100, branch to exc_common at 0x1000), written as native words: the
 * interrupt runs in the build's byte order (LPCR[ILE] follows it).
 */
#ifndef FARAD_GUEST_SRESET_UTIL_H
#define FARAD_GUEST_SRESET_UTIL_H

#include "rt/rt.h"

#define SRESET_EXC_COMMON 0x1000

static inline void sreset_vector_install(void)
{
    uintptr_t at = 0x100;
    __asm__("" : "+r"(at));   /* an address the compiler cannot bound */
    volatile uint32_t *v = (volatile uint32_t *)at;
    v[0] = 0x7c7143a6;                              /* mtsprg1 r3 */
    v[1] = 0x38600100;                              /* li r3,0x100 */
    v[2] = 0x48000000 | ((SRESET_EXC_COMMON - 0x108) & 0x03fffffc); /* b */
    for (int i = 0; i < 3; i++) {
        __asm__ volatile("dcbst 0,%0; sync; icbi 0,%0" :: "r"(&v[i]) : "memory");
    }
    __asm__ volatile("sync; isync" ::: "memory");
}

#endif
