/* SPDX-License-Identifier: MIT */
/*
 * Fixed-point multiply, divide and modulo instructions (Power ISA 3.0
 * Book I 3.3.9), including the VA-form multiply-add (maddhd, maddhdu,
 * maddld). Where the ISA leaves a result undefined (divide by zero,
 * overflow, the high word of 32-bit results) farad produces what QEMU
 * 7.2 does, since QEMU is the reference:
 *   divw/divwu/divd/divdu: the divisor is taken as 1 (result = the
 *       dividend, low word zero-extended for the word forms); word
 *       quotients are zero-extended into the high word;
 *   divwe/divweu/divdeu: result 0 on overflow;
 *   divde: overflow only when |RA| >= |RB| (or RB = 0), result 0 then;
 *       otherwise the low 64 bits of the quotient, even when it does not
 *       fit a signed doubleword;
 *   modsw/moduw/modsd/modud: result 0;
 *   mulhw/mulhwu: the high product word zero-extended.
 */
#include "int-common.h"

typedef __int128 int128;
typedef unsigned __int128 uint128;

/* rt = v, CR0 when Rc. */
static inline const PpcInsn *put_rt(PpcCpu *cpu, const PpcInsn *d, uint64_t v)
{
    GPR(d->rt) = v;
    int_record(cpu, d, v);
    return d + 1;
}

/* OV/OV32/SO of the extended divides' OE forms. */
static inline void ov_dive(PpcCpu *cpu, const PpcInsn *d, unsigned ov)
{
    if (d->flags & D_OE) {
        int_set_ov_both(cpu, ov);
    }
}

/* ---- multiply ---- */

const PpcInsn *insn_mulli(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = GPR(d->ra) * (uint64_t)d->imm;
    return d + 1;
}

const PpcInsn *insn_mullw(PpcCpu *cpu, const PpcInsn *d)
{
    int64_t p = (int64_t)(int32_t)GPR(d->ra) * (int32_t)GPR(d->rb);
    if (d->flags & D_OE) {
        int_set_ov_both(cpu, p != (int32_t)p);
    }
    return put_rt(cpu, d, (uint64_t)p);
}

const PpcInsn *insn_mulhw(PpcCpu *cpu, const PpcInsn *d)
{
    int64_t p = (int64_t)(int32_t)GPR(d->ra) * (int32_t)GPR(d->rb);
    return put_rt(cpu, d, (uint32_t)((uint64_t)p >> 32));
}

const PpcInsn *insn_mulhwu(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t p = (uint64_t)(uint32_t)GPR(d->ra) * (uint32_t)GPR(d->rb);
    return put_rt(cpu, d, p >> 32);
}

const PpcInsn *insn_mulld(PpcCpu *cpu, const PpcInsn *d)
{
    if (d->flags & D_OE) {
        int128 p = (int128)(int64_t)GPR(d->ra) * (int64_t)GPR(d->rb);
        int_set_ov_both(cpu, p != (int64_t)p);
        return put_rt(cpu, d, (uint64_t)p);
    }
    return put_rt(cpu, d, GPR(d->ra) * GPR(d->rb));
}

const PpcInsn *insn_mulhd(PpcCpu *cpu, const PpcInsn *d)
{
    int128 p = (int128)(int64_t)GPR(d->ra) * (int64_t)GPR(d->rb);
    return put_rt(cpu, d, (uint64_t)((uint128)p >> 64));
}

const PpcInsn *insn_mulhdu(PpcCpu *cpu, const PpcInsn *d)
{
    uint128 p = (uint128)GPR(d->ra) * GPR(d->rb);
    return put_rt(cpu, d, (uint64_t)(p >> 64));
}

/* VA-form: rt = high/low doubleword of ra * rb + rc. */
const PpcInsn *insn_maddhd(PpcCpu *cpu, const PpcInsn *d)
{
    int128 p = (int128)(int64_t)GPR(d->ra) * (int64_t)GPR(d->rb) +
               (int64_t)GPR(d->rc);
    GPR(d->rt) = (uint64_t)((uint128)p >> 64);
    return d + 1;
}

const PpcInsn *insn_maddhdu(PpcCpu *cpu, const PpcInsn *d)
{
    uint128 p = (uint128)GPR(d->ra) * GPR(d->rb) + GPR(d->rc);
    GPR(d->rt) = (uint64_t)(p >> 64);
    return d + 1;
}

const PpcInsn *insn_maddld(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = GPR(d->ra) * GPR(d->rb) + GPR(d->rc);
    return d + 1;
}

/* ---- divide ---- */

const PpcInsn *insn_divw(PpcCpu *cpu, const PpcInsn *d)
{
    int32_t a = (int32_t)GPR(d->ra), b = (int32_t)GPR(d->rb);
    bool bad = b == 0 || (a == INT32_MIN && b == -1);
    int32_t q = bad ? a : a / b;
    if (d->flags & D_OE) {
        int_set_ov_both(cpu, bad);
    }
    return put_rt(cpu, d, (uint32_t)q);
}

const PpcInsn *insn_divwu(PpcCpu *cpu, const PpcInsn *d)
{
    uint32_t a = (uint32_t)GPR(d->ra), b = (uint32_t)GPR(d->rb);
    uint32_t q = b == 0 ? a : a / b;
    if (d->flags & D_OE) {
        int_set_ov_both(cpu, b == 0);
    }
    return put_rt(cpu, d, q);
}

const PpcInsn *insn_divd(PpcCpu *cpu, const PpcInsn *d)
{
    int64_t a = (int64_t)GPR(d->ra), b = (int64_t)GPR(d->rb);
    bool bad = b == 0 || (a == INT64_MIN && b == -1);
    int64_t q = bad ? a : a / b;
    if (d->flags & D_OE) {
        int_set_ov_both(cpu, bad);
    }
    return put_rt(cpu, d, (uint64_t)q);
}

const PpcInsn *insn_divdu(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = GPR(d->ra), b = GPR(d->rb);
    uint64_t q = b == 0 ? a : a / b;
    if (d->flags & D_OE) {
        int_set_ov_both(cpu, b == 0);
    }
    return put_rt(cpu, d, q);
}

/* divwe: (RA[32:63] || 32 zeros) / EXTS(RB[32:63]), word quotient. */
const PpcInsn *insn_divwe(PpcCpu *cpu, const PpcInsn *d)
{
    int64_t a = (int64_t)(GPR(d->ra) << 32);
    int64_t b = (int32_t)GPR(d->rb);
    int64_t q = 0;
    bool ov = b == 0 || (a == INT64_MIN && b == -1);
    if (!ov) {
        q = a / b;
        ov = q != (int32_t)q;
    }
    ov_dive(cpu, d, ov);
    return put_rt(cpu, d, ov ? 0 : (uint64_t)q);
}

const PpcInsn *insn_divweu(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = GPR(d->ra) << 32, b = (uint32_t)GPR(d->rb), q = 0;
    bool ov = b == 0;
    if (!ov) {
        q = a / b;
        ov = q > UINT32_MAX;
    }
    ov_dive(cpu, d, ov);
    return put_rt(cpu, d, ov ? 0 : q);
}

/* divde: (RA || 64 zeros) / RB, doubleword quotient. */
const PpcInsn *insn_divde(PpcCpu *cpu, const PpcInsn *d)
{
    int64_t a = (int64_t)GPR(d->ra), b = (int64_t)GPR(d->rb);
    uint64_t ua = a < 0 ? -(uint64_t)a : (uint64_t)a;
    uint64_t ub = b < 0 ? -(uint64_t)b : (uint64_t)b;
    uint64_t q = 0;
    bool ov = ua >= ub;  /* also covers b == 0 */
    if (!ov) {
        q = (uint64_t)(((int128)a * ((int128)1 << 64)) / b);
    }
    ov_dive(cpu, d, ov);
    return put_rt(cpu, d, q);
}

const PpcInsn *insn_divdeu(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = GPR(d->ra), b = GPR(d->rb), q = 0;
    bool ov = a >= b;  /* also covers b == 0 */
    if (!ov) {
        q = (uint64_t)(((uint128)a << 64) / b);
    }
    ov_dive(cpu, d, ov);
    return put_rt(cpu, d, q);
}

/* ---- modulo (no OE/Rc forms) ---- */

const PpcInsn *insn_modsw(PpcCpu *cpu, const PpcInsn *d)
{
    int32_t a = (int32_t)GPR(d->ra), b = (int32_t)GPR(d->rb);
    bool bad = b == 0 || (a == INT32_MIN && b == -1);
    GPR(d->rt) = bad ? 0 : (uint64_t)(int64_t)(a % b);
    return d + 1;
}

const PpcInsn *insn_moduw(PpcCpu *cpu, const PpcInsn *d)
{
    uint32_t a = (uint32_t)GPR(d->ra), b = (uint32_t)GPR(d->rb);
    GPR(d->rt) = b == 0 ? 0 : a % b;
    return d + 1;
}

const PpcInsn *insn_modsd(PpcCpu *cpu, const PpcInsn *d)
{
    int64_t a = (int64_t)GPR(d->ra), b = (int64_t)GPR(d->rb);
    bool bad = b == 0 || (a == INT64_MIN && b == -1);
    GPR(d->rt) = bad ? 0 : (uint64_t)(a % b);
    return d + 1;
}

const PpcInsn *insn_modud(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = GPR(d->ra), b = GPR(d->rb);
    GPR(d->rt) = b == 0 ? 0 : a % b;
    return d + 1;
}
