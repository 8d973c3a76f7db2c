/* SPDX-License-Identifier: MIT */
/*
 * Guest-endian access to host memory: read or write a 1/2/4/8-byte value
 * at a host pointer in the guest's byte order (le: little-endian).
 */
#ifndef FARAD_CPU_PPC_HOSTMEM_H
#define FARAD_CPU_PPC_HOSTMEM_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "bswap.h"

static inline uint64_t ppc_host_read(const uint8_t *p, unsigned size, bool le)
{
    switch (size) {
    case 1: return *p;
    case 2: { uint16_t x; memcpy(&x, p, 2); return le ? x : ppc_bswap(x, 2); }
    case 4: { uint32_t x; memcpy(&x, p, 4); return le ? x : ppc_bswap(x, 4); }
    default: { uint64_t x; memcpy(&x, p, 8); return le ? x : ppc_bswap(x, 8); }
    }
}

static inline void ppc_host_write(uint8_t *p, unsigned size, uint64_t v, bool le)
{
    switch (size) {
    case 1: *p = (uint8_t)v; break;
    case 2: { uint16_t x = (uint16_t)(le ? v : ppc_bswap(v, 2)); memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)(le ? v : ppc_bswap(v, 4)); memcpy(p, &x, 4); break; }
    default: { uint64_t x = le ? v : ppc_bswap(v, 8); memcpy(p, &x, 8); break; }
    }
}

#endif
