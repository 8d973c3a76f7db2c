/* SPDX-License-Identifier: MIT */
/*
 * The byte-swap helper: reverses a value of 1, 2, 4 or 8 bytes held in
 * the low bytes of a uint64_t. The one definition for guest byte order
 * (RAM and MMIO accesses, byte-reversed loads and stores, cpu-ppc/) and
 * for MMIO regions of the other byte order (core/machine/bus.c). Includes only
 * <stdint.h>, so every layer can use it.
 */
#ifndef FARAD_CPU_PPC_BSWAP_H
#define FARAD_CPU_PPC_BSWAP_H

#include <stdint.h>

/* The low `size` bytes of v in reverse order, zero-extended; for size 1
 * (or any size other than 2, 4, 8) v itself. */
static inline uint64_t ppc_bswap(uint64_t v, unsigned size)
{
    switch (size) {
    case 2: return __builtin_bswap16((uint16_t)v);
    case 4: return __builtin_bswap32((uint32_t)v);
    case 8: return __builtin_bswap64(v);
    default: return v;
    }
}

#endif
