/* SPDX-License-Identifier: MIT */
/*
 * Fixed-point add/subtract class and compare instructions (Power ISA 3.0
 * Book I 3.3.9, 3.3.10, 3.3.12) plus isel, setb and mcrxrx: CA/CA32,
 * OV/OV32/SO and CR0 in 64-bit and 32-bit mode. Logical ops are in
 * int-logic.c, rotates and shifts in int-rotate.c, multiply and divide in
 * int-muldiv.c. Operand fields follow the ISA: rt (or rs) = d->rt,
 * ra = d->ra, rb = d->rb; D-form SI is d->imm.
 */
#include "int-common.h"

/* ---- add / subtract ---- */

/* rt = a + b + c; CA/CA32 when with_ca, OV when OE, CR0 when Rc. */
static inline __attribute__((always_inline)) const PpcInsn *
arith(PpcCpu *cpu, const PpcInsn *d, uint64_t a, uint64_t b, uint64_t c,
      bool with_ca)
{
    uint64_t r = a + b + c;
    if (with_ca) {
        int_set_ca(cpu, a, b, r);
    }
    if (d->flags & D_OE) {
        int_set_ov_add(cpu, a, b, r);
    }
    GPR(d->rt) = r;
    int_record(cpu, d, r);
    return d + 1;
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

/* addpcis: rt = NIA + D << 16 (imm holds D << 16). */
const PpcInsn *insn_addpcis(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = ppc_insn_addr(cpu, d) + 4 + (uint64_t)d->imm;
    return d + 1;
}

const PpcInsn *insn_addic(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = GPR(d->ra), b = (uint64_t)d->imm, r = a + b;
    int_set_ca(cpu, a, b, r);
    GPR(d->rt) = r;
    return d + 1;
}

const PpcInsn *insn_addic_rc(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = GPR(d->ra), b = (uint64_t)d->imm, r = a + b;
    int_set_ca(cpu, a, b, r);
    GPR(d->rt) = r;
    int_record(cpu, d, r);
    return d + 1;
}

const PpcInsn *insn_subfic(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = ~GPR(d->ra), b = (uint64_t)d->imm, r = a + b + 1;
    int_set_ca(cpu, a, b, r);
    GPR(d->rt) = r;
    return d + 1;
}

const PpcInsn *insn_add(PpcCpu *cpu, const PpcInsn *d)
{
    return arith(cpu, d, GPR(d->ra), GPR(d->rb), 0, false);
}

const PpcInsn *insn_addc(PpcCpu *cpu, const PpcInsn *d)
{
    return arith(cpu, d, GPR(d->ra), GPR(d->rb), 0, true);
}

const PpcInsn *insn_adde(PpcCpu *cpu, const PpcInsn *d)
{
    return arith(cpu, d, GPR(d->ra), GPR(d->rb), cpu->arch.ca, true);
}

const PpcInsn *insn_addme(PpcCpu *cpu, const PpcInsn *d)
{
    return arith(cpu, d, GPR(d->ra), ~0ULL, cpu->arch.ca, true);
}

const PpcInsn *insn_addze(PpcCpu *cpu, const PpcInsn *d)
{
    return arith(cpu, d, GPR(d->ra), 0, cpu->arch.ca, true);
}

const PpcInsn *insn_subf(PpcCpu *cpu, const PpcInsn *d)
{
    return arith(cpu, d, ~GPR(d->ra), GPR(d->rb), 1, false);
}

const PpcInsn *insn_subfc(PpcCpu *cpu, const PpcInsn *d)
{
    return arith(cpu, d, ~GPR(d->ra), GPR(d->rb), 1, true);
}

const PpcInsn *insn_subfe(PpcCpu *cpu, const PpcInsn *d)
{
    return arith(cpu, d, ~GPR(d->ra), GPR(d->rb), cpu->arch.ca, true);
}

const PpcInsn *insn_subfme(PpcCpu *cpu, const PpcInsn *d)
{
    return arith(cpu, d, ~GPR(d->ra), ~0ULL, cpu->arch.ca, true);
}

const PpcInsn *insn_subfze(PpcCpu *cpu, const PpcInsn *d)
{
    return arith(cpu, d, ~GPR(d->ra), 0, cpu->arch.ca, true);
}

const PpcInsn *insn_neg(PpcCpu *cpu, const PpcInsn *d)
{
    return arith(cpu, d, ~GPR(d->ra), 0, 1, false);
}

/* addex with CY=0: carry in from OV, carry out to OV and OV32 (SO is
 * not touched). Other CY values are reserved and decode as illegal.
 * The Rc bit is reserved too, but QEMU records CR0 for it: so do we. */
const PpcInsn *insn_addex(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = GPR(d->ra), b = GPR(d->rb), r = a + b + cpu->arch.ov;
    uint64_t c = int_carries(a, b, r);
    unsigned c32 = (c >> 31) & 1;
    cpu->arch.ov32 = c32;
    cpu->arch.ov = cpu->sf ? (unsigned)(c >> 63) : c32;
    GPR(d->rt) = r;
    int_record(cpu, d, r);
    return d + 1;
}

/* ---- compare ---- */

/* Compare: BF = rt >> 2, L = rt & 1 (L = 0 compares the low words,
 * extended by shifting up and back by 32). */
static inline void set_crf(PpcCpu *cpu, unsigned bf, uint32_t v)
{
    unsigned sh = 28 - 4 * bf;
    cpu->arch.cr = (cpu->arch.cr & ~(0xfu << sh)) | (v << sh);
}

const PpcInsn *insn_cmpi(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned w = (~d->rt & 1) * 32;
    int64_t a = (int64_t)(GPR(d->ra) << w) >> w;
    set_crf(cpu, d->rt >> 2, int_cmp_s(cpu, a, d->imm));
    return d + 1;
}

const PpcInsn *insn_cmpli(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned w = (~d->rt & 1) * 32;
    uint64_t a = (GPR(d->ra) << w) >> w;
    set_crf(cpu, d->rt >> 2, int_cmp_u(cpu, a, d->raw & 0xffff));
    return d + 1;
}

const PpcInsn *insn_cmp(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned w = (~d->rt & 1) * 32;
    int64_t a = (int64_t)(GPR(d->ra) << w) >> w;
    int64_t b = (int64_t)(GPR(d->rb) << w) >> w;
    set_crf(cpu, d->rt >> 2, int_cmp_s(cpu, a, b));
    return d + 1;
}

const PpcInsn *insn_cmpl(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned w = (~d->rt & 1) * 32;
    uint64_t a = (GPR(d->ra) << w) >> w;
    uint64_t b = (GPR(d->rb) << w) >> w;
    set_crf(cpu, d->rt >> 2, int_cmp_u(cpu, a, b));
    return d + 1;
}

/* cmprb: is the low byte of RA inside the byte range(s) held in RB?
 * CR[BF] = 0 || in_range || 00. */
const PpcInsn *insn_cmprb(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned x = GPR(d->ra) & 0xff;
    uint64_t b = GPR(d->rb);
    unsigned lo2 = b & 0xff, hi2 = (b >> 8) & 0xff;
    unsigned lo1 = (b >> 16) & 0xff, hi1 = (b >> 24) & 0xff;
    bool in = lo2 <= x && x <= hi2;
    if (d->rt & 1) {
        in = in || (lo1 <= x && x <= hi1);
    }
    set_crf(cpu, d->rt >> 2, in ? CR_GT : 0);
    return d + 1;
}

/* cmpeqb: does any byte of RB equal the low byte of RA? */
const PpcInsn *insn_cmpeqb(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t x = (GPR(d->ra) & 0xff) * 0x0101010101010101ULL;
    uint64_t v = GPR(d->rb) ^ x;  /* a zero byte where they match */
    uint64_t z = (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
    set_crf(cpu, d->rt >> 2, z ? CR_GT : 0);
    return d + 1;
}

/* ---- CR and XER to GPR/CR ---- */

/* isel: rt = CR[BC] ? (RA|0) : RB; BC is the rc field. */
const PpcInsn *insn_isel(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = ppc_get_crbit(cpu, d->rc) ? ra_or_zero(cpu, d)
                                           : GPR(d->rb);
    return d + 1;
}

/* setb: rt = -1 if CR[BFA].LT, else 1 if CR[BFA].GT, else 0. */
const PpcInsn *insn_setb(PpcCpu *cpu, const PpcInsn *d)
{
    uint32_t f = ppc_get_crf(cpu, d->ra >> 2);
    GPR(d->rt) = (f & CR_LT) ? ~0ULL : (f & CR_GT) ? 1 : 0;
    return d + 1;
}

/* mcrxrx: CR[BF] = OV || OV32 || CA || CA32. */
const PpcInsn *insn_mcrxrx(PpcCpu *cpu, const PpcInsn *d)
{
    set_crf(cpu, d->rt >> 2,
                (cpu->arch.ov << 3) | (cpu->arch.ov32 << 2) |
                (cpu->arch.ca << 1) | cpu->arch.ca32);
    return d + 1;
}

/* ---- pre-ISA 3.0 models: no XER[OV32], XER[CA32] (int-common.h) ---- */

bool int_writes_xer32(const PpcInsn *d)
{
    switch (d->op) {
    /* CA and CA32 */
    case PPC_OP_addic: case PPC_OP_addic_rc: case PPC_OP_subfic:
    case PPC_OP_addc: case PPC_OP_adde: case PPC_OP_addme:
    case PPC_OP_addze: case PPC_OP_subfc: case PPC_OP_subfe:
    case PPC_OP_subfme: case PPC_OP_subfze:
    case PPC_OP_sraw: case PPC_OP_srawi: case PPC_OP_srad:
    case PPC_OP_sradi:
        return true;
    case PPC_OP_mtspr: {
        /* mtxer: the SPR field is split, low half first */
        unsigned spr = ((d->raw >> 16) & 0x1f) | ((d->raw >> 6) & 0x3e0);
        return spr == 1;
    }
    default:
        /* OV and OV32: the OE forms of the XO-form rows */
        return (d->flags & D_OE) != 0;
    }
}

const PpcInsn *int_xer_pre_v300(PpcCpu *cpu, const PpcInsn *d)
{
    const PpcInsn *n = ppc_op_info[d->op].exec(cpu, d);
    cpu->arch.ov32 = 0;
    cpu->arch.ca32 = 0;
    return n;
}
