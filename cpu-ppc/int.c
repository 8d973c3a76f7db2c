/* SPDX-License-Identifier: MIT */
/*
 * Fixed-point instructions (Power ISA 3.0 Book I chapter 3): arithmetic
 * with CA/CA32/OV/OV32/SO, compare, logical, rotate and shift, in 64-bit
 * and 32-bit mode. Operand fields follow the ISA: rt (or rs) = d->rt,
 * ra = d->ra, rb = d->rb; D-form SI is d->imm.
 */
#include "internal.h"

static inline uint64_t ra_or_zero(const PpcCpu *cpu, const PpcInsn *d)
{
    return d->ra ? GPR(d->ra) : 0;
}

static inline void record(PpcCpu *cpu, const PpcInsn *d, uint64_t v)
{
    if (d->flags & D_RC) {
        ppc_set_cr0(cpu, v);
    }
}

/* OV/OV32 for a + b = r (signed overflow of 64 and 32 bits). */
static inline void set_ov_add(PpcCpu *cpu, uint64_t a, uint64_t b, uint64_t r)
{
    unsigned ov = (((a ^ r) & (b ^ r)) >> 63) & 1;
    unsigned ov32 = (((a ^ r) & (b ^ r)) >> 31) & 1;
    ppc_set_ov(cpu, cpu->sf ? ov : ov32, ov32);
}

const PpcInsn *insn_addi(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = ra_or_zero(cpu, d) + (uint64_t)d->imm;
    return d + 1;
}

const PpcInsn *insn_addis(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = ra_or_zero(cpu, d) + ((uint64_t)d->imm << 16);
    return d + 1;
}

const PpcInsn *insn_add(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = GPR(d->ra), b = GPR(d->rb), r = a + b;
    if (d->flags & D_OE) {
        set_ov_add(cpu, a, b, r);
    }
    GPR(d->rt) = r;
    record(cpu, d, r);
    return d + 1;
}

const PpcInsn *insn_subf(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = ~GPR(d->ra), b = GPR(d->rb), r = a + b + 1;
    if (d->flags & D_OE) {
        set_ov_add(cpu, a, b, r);
    }
    GPR(d->rt) = r;
    record(cpu, d, r);
    return d + 1;
}

const PpcInsn *insn_neg(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = GPR(d->ra), r = -a;
    if (d->flags & D_OE) {
        set_ov_add(cpu, ~a, 0, r);
    }
    GPR(d->rt) = r;
    record(cpu, d, r);
    return d + 1;
}

const PpcInsn *insn_ori(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt) | (d->raw & 0xffff);
    return d + 1;
}

const PpcInsn *insn_oris(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt) | ((uint64_t)(d->raw & 0xffff) << 16);
    return d + 1;
}

const PpcInsn *insn_xori(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt) ^ (d->raw & 0xffff);
    return d + 1;
}

const PpcInsn *insn_andi(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t r = GPR(d->rt) & (d->raw & 0xffff);
    GPR(d->ra) = r;
    ppc_set_cr0(cpu, r);
    return d + 1;
}

const PpcInsn *insn_or(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t r = GPR(d->rt) | GPR(d->rb);
    GPR(d->ra) = r;
    record(cpu, d, r);
    return d + 1;
}

const PpcInsn *insn_and(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t r = GPR(d->rt) & GPR(d->rb);
    GPR(d->ra) = r;
    record(cpu, d, r);
    return d + 1;
}

const PpcInsn *insn_extsw(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t r = (uint64_t)(int64_t)(int32_t)GPR(d->rt);
    GPR(d->ra) = r;
    record(cpu, d, r);
    return d + 1;
}

/* Compare: BF = rt >> 2, L = rt & 1. */
const PpcInsn *insn_cmpi(PpcCpu *cpu, const PpcInsn *d)
{
    int64_t a = (d->rt & 1) ? (int64_t)GPR(d->ra) : (int32_t)GPR(d->ra);
    ppc_set_crf(cpu, d->rt >> 2, ppc_cmp_signed(cpu, a, d->imm));
    return d + 1;
}

const PpcInsn *insn_cmpli(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = (d->rt & 1) ? GPR(d->ra) : (uint32_t)GPR(d->ra);
    ppc_set_crf(cpu, d->rt >> 2, ppc_cmp_unsigned(cpu, a, d->raw & 0xffff));
    return d + 1;
}

const PpcInsn *insn_cmp(PpcCpu *cpu, const PpcInsn *d)
{
    int64_t a, b;
    if (d->rt & 1) {
        a = (int64_t)GPR(d->ra);
        b = (int64_t)GPR(d->rb);
    } else {
        a = (int32_t)GPR(d->ra);
        b = (int32_t)GPR(d->rb);
    }
    ppc_set_crf(cpu, d->rt >> 2, ppc_cmp_signed(cpu, a, b));
    return d + 1;
}

const PpcInsn *insn_cmpl(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a, b;
    if (d->rt & 1) {
        a = GPR(d->ra);
        b = GPR(d->rb);
    } else {
        a = (uint32_t)GPR(d->ra);
        b = (uint32_t)GPR(d->rb);
    }
    ppc_set_crf(cpu, d->rt >> 2, ppc_cmp_unsigned(cpu, a, b));
    return d + 1;
}

static inline uint64_t rotl64(uint64_t v, unsigned n)
{
    n &= 63;
    return n ? (v << n) | (v >> (64 - n)) : v;
}

/* The low word replicated into both halves, rotated (ROTL32). */
static inline uint64_t rotl32(uint64_t v, unsigned n)
{
    uint64_t w = (uint32_t)v;
    return rotl64(w | (w << 32), n);
}

const PpcInsn *insn_rlwinm(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t r = rotl32(GPR(d->rt), d->aux) & (uint64_t)d->imm;
    GPR(d->ra) = r;
    record(cpu, d, r);
    return d + 1;
}

const PpcInsn *insn_rldicl(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t r = rotl64(GPR(d->rt), d->aux) & (uint64_t)d->imm;
    GPR(d->ra) = r;
    record(cpu, d, r);
    return d + 1;
}

const PpcInsn *insn_rldicr(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t r = rotl64(GPR(d->rt), d->aux) & (uint64_t)d->imm;
    GPR(d->ra) = r;
    record(cpu, d, r);
    return d + 1;
}
