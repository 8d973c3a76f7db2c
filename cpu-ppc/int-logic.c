/* SPDX-License-Identifier: MIT */
/*
 * Fixed-point logical instructions (Power ISA 3.0 Book I 3.3.13): the
 * D-form immediates, the X-form register ops, sign extension, leading and
 * trailing zero counts, population counts, parity, cmpb and bpermd.
 * X-form logical ops read RS = d->rt and write RA = d->ra.
 */
#include "int-common.h"

/* ---- D-form immediates (UI is zero-extended) ---- */

const PpcInsn *insn_andi(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t r = GPR(d->rt) & (d->raw & 0xffff);
    GPR(d->ra) = r;
    int_record(cpu, d, r);
    return d + 1;
}

const PpcInsn *insn_andis(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t r = GPR(d->rt) & ((uint64_t)(d->raw & 0xffff) << 16);
    GPR(d->ra) = r;
    int_record(cpu, d, r);
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

const PpcInsn *insn_xoris(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt) ^ ((uint64_t)(d->raw & 0xffff) << 16);
    return d + 1;
}

/* ---- X-form: ra = f(rs, rb), CR0 when Rc ---- */

#define LOGIC_X(name, expr) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        uint64_t s = GPR(d->rt), b = GPR(d->rb); \
        uint64_t r = (expr); \
        GPR(d->ra) = r; \
        int_record(cpu, d, r); \
        return d + 1; \
    }

LOGIC_X(and, s & b)
LOGIC_X(andc, s & ~b)
LOGIC_X(or, s | b)
LOGIC_X(orc, s | ~b)
LOGIC_X(xor, s ^ b)
LOGIC_X(nand, ~(s & b))
LOGIC_X(nor, ~(s | b))
LOGIC_X(eqv, ~(s ^ b))

/* ---- X-form: ra = f(rs), CR0 when Rc ---- */

#define LOGIC_1(name, expr) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        uint64_t s = GPR(d->rt); \
        uint64_t r = (expr); \
        GPR(d->ra) = r; \
        int_record(cpu, d, r); \
        return d + 1; \
    }

LOGIC_1(extsb, (uint64_t)(int64_t)(int8_t)s)
LOGIC_1(extsh, (uint64_t)(int64_t)(int16_t)s)
LOGIC_1(extsw, (uint64_t)(int64_t)(int32_t)s)
LOGIC_1(cntlzw, (uint32_t)s ? (uint64_t)__builtin_clz((uint32_t)s) : 32)
LOGIC_1(cntlzd, s ? (uint64_t)__builtin_clzll(s) : 64)
LOGIC_1(cnttzw, (uint32_t)s ? (uint64_t)__builtin_ctz((uint32_t)s) : 32)
LOGIC_1(cnttzd, s ? (uint64_t)__builtin_ctzll(s) : 64)

/* ---- population count and parity (no record forms) ---- */

/* Bit count of every byte, left in that byte. */
static inline uint64_t popcnt_bytes(uint64_t v)
{
    v = v - ((v >> 1) & 0x5555555555555555ULL);
    v = (v & 0x3333333333333333ULL) + ((v >> 2) & 0x3333333333333333ULL);
    return (v + (v >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
}

const PpcInsn *insn_popcntb(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = popcnt_bytes(GPR(d->rt));
    return d + 1;
}

const PpcInsn *insn_popcntw(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t s = GPR(d->rt);
    GPR(d->ra) = ((uint64_t)__builtin_popcount((uint32_t)(s >> 32)) << 32) |
                 (uint64_t)__builtin_popcount((uint32_t)s);
    return d + 1;
}

const PpcInsn *insn_popcntd(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = (uint64_t)__builtin_popcountll(GPR(d->rt));
    return d + 1;
}

/* Parity of the least significant bit of each byte, per word. */
const PpcInsn *insn_prtyw(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t v = GPR(d->rt) & 0x0101010101010101ULL;
    v ^= v >> 16;
    v ^= v >> 8;
    GPR(d->ra) = v & 0x0000000100000001ULL;
    return d + 1;
}

/* Parity of the least significant bit of each byte, doubleword. */
const PpcInsn *insn_prtyd(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t v = GPR(d->rt) & 0x0101010101010101ULL;
    GPR(d->ra) = (uint64_t)__builtin_popcountll(v) & 1;
    return d + 1;
}

/* cmpb: each byte of ra = 0xff where rs and rb bytes are equal. */
const PpcInsn *insn_cmpb(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t x = GPR(d->rt) ^ GPR(d->rb), r = 0;
    for (unsigned i = 0; i < 64; i += 8) {
        if (!((x >> i) & 0xff)) {
            r |= 0xffULL << i;
        }
    }
    GPR(d->ra) = r;
    return d + 1;
}

/* bpermd: ra's low byte gathers the bits of rb selected by rs's bytes
 * (big-endian bit numbers; an index >= 64 selects 0). */
const PpcInsn *insn_bpermd(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t s = GPR(d->rt), b = GPR(d->rb), r = 0;
    for (unsigned i = 0; i < 8; i++) {
        unsigned idx = (s >> (56 - 8 * i)) & 0xff;
        if (idx < 64 && ((b >> (63 - idx)) & 1)) {
            r |= 0x80u >> i;
        }
    }
    GPR(d->ra) = r;
    return d + 1;
}
