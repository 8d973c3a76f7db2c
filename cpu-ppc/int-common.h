/* SPDX-License-Identifier: MIT */
/*
 * Inline helpers shared by the fixed-point instruction files (int.c,
 * int-logic.c, int-rotate.c, int-muldiv.c): (RA|0), CR0 recording and
 * the XER CA/CA32/OV/OV32 rules of Power ISA 3.0 for both modes.
 */
#ifndef FARAD_CPU_PPC_INT_COMMON_H
#define FARAD_CPU_PPC_INT_COMMON_H

#include "internal.h"

/*
 * Before ISA 3.0 (POWER7, POWER8) XER[OV32] and XER[CA32] do not exist
 * (bits 44 and 45 are reserved in ISA 2.07). The handlers set them as
 * ISA 3.0 does; for older models the decoder (decode.c) installs
 * int_xer_pre_v300 in front of every instruction that can write them,
 * so the POWER9 path costs nothing. Returns true when record d (just
 * decoded) needs it.
 */
bool int_writes_xer32(const PpcInsn *d);

/* Run the row's handler, then clear OV32 and CA32 (pre-ISA 3.0). */
const PpcInsn *int_xer_pre_v300(PpcCpu *cpu, const PpcInsn *d);

/* ROTL64 and ROTL32 (the low word replicated into both halves,
 * rotated) of the rotate instructions. */
static inline uint64_t rotl64(uint64_t v, unsigned n)
{
    n &= 63;
    return (v << n) | (v >> ((64 - n) & 63));
}

static inline uint64_t rotl32(uint64_t v, unsigned n)
{
    uint64_t w = (uint32_t)v;
    return rotl64(w | (w << 32), n & 31);
}

/* (RA|0): register RA, or the literal 0 when the field is 0. */
static inline uint64_t ra_or_zero(const PpcCpu *cpu, const PpcInsn *d)
{
    return d->ra ? GPR(d->ra) : 0;
}

/* LT/GT/EQ of a signed comparison plus XER[SO], without branches (the
 * outcome is data dependent and mispredicts in the host). */
static inline uint32_t int_cmp_s(const PpcCpu *cpu, int64_t a, int64_t b)
{
    return ((uint32_t)(a < b) << 3) | ((uint32_t)(a > b) << 2) |
           ((uint32_t)(a == b) << 1) | cpu->arch.so;
}

static inline uint32_t int_cmp_u(const PpcCpu *cpu, uint64_t a, uint64_t b)
{
    return ((uint32_t)(a < b) << 3) | ((uint32_t)(a > b) << 2) |
           ((uint32_t)(a == b) << 1) | cpu->arch.so;
}

/* CR0 from v when the record bit is set (in 32-bit mode from the low
 * word). Call after any OV update so that CR0[SO] sees the new SO. */
static inline void int_record(PpcCpu *cpu, const PpcInsn *d, uint64_t v)
{
    if (d->flags & D_RC) {
        int64_t x = cpu->sf ? (int64_t)v : (int64_t)(int32_t)v;
        cpu->arch.cr = (cpu->arch.cr & 0x0fffffffu) |
                       (int_cmp_s(cpu, x, 0) << 28);
    }
}

/*
 * Carries of r = a + b + c (c in {0,1}): bit n of the returned word is
 * the carry out of bit n (value numbering), so bit 63 is the 64-bit
 * carry and bit 31 the carry into bit 32.
 */
static inline uint64_t int_carries(uint64_t a, uint64_t b, uint64_t r)
{
    return (a & b) | ((a | b) & ~r);
}

/* CA and CA32 of r = a + b + c: CA is the carry out of the 64-bit sum in
 * 64-bit mode and out of the low word in 32-bit mode; CA32 always the
 * low word's. */
static inline void int_set_ca(PpcCpu *cpu, uint64_t a, uint64_t b, uint64_t r)
{
    uint64_t c = int_carries(a, b, r);
    unsigned ca32 = (c >> 31) & 1;
    cpu->arch.ca32 = ca32;
    cpu->arch.ca = cpu->sf ? (unsigned)(c >> 63) : ca32;
}

/* OV, OV32 and SO of r = a + b + c (signed overflow; OV follows the
 * low word in 32-bit mode). */
static inline void int_set_ov_add(PpcCpu *cpu, uint64_t a, uint64_t b,
                                  uint64_t r)
{
    uint64_t o = (a ^ r) & (b ^ r);
    unsigned ov32 = (o >> 31) & 1;
    ppc_set_ov(cpu, cpu->sf ? (unsigned)(o >> 63) : ov32, ov32);
}

/* OV, OV32 (both = ov) and SO, for multiplies and divides. */
static inline void int_set_ov_both(PpcCpu *cpu, unsigned ov)
{
    ppc_set_ov(cpu, ov, ov);
}

#endif
