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

static inline uint64_t ppc_host_read(const uint8_t *p, unsigned size, bool le)
{
    uint64_t v;
    switch (size) {
    case 1: return *p;
    case 2: { uint16_t x; memcpy(&x, p, 2); v = le ? x : __builtin_bswap16(x); return v; }
    case 4: { uint32_t x; memcpy(&x, p, 4); v = le ? x : __builtin_bswap32(x); return v; }
    default: { uint64_t x; memcpy(&x, p, 8); return le ? x : __builtin_bswap64(x); }
    }
}

static inline void ppc_host_write(uint8_t *p, unsigned size, uint64_t v, bool le)
{
    switch (size) {
    case 1: *p = (uint8_t)v; break;
    case 2: { uint16_t x = le ? (uint16_t)v : __builtin_bswap16((uint16_t)v); memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = le ? (uint32_t)v : __builtin_bswap32((uint32_t)v); memcpy(p, &x, 4); break; }
    default: { uint64_t x = le ? v : __builtin_bswap64(v); memcpy(p, &x, 8); break; }
    }
}

#endif
