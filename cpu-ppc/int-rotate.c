/* SPDX-License-Identifier: MIT */
/*
 * Fixed-point rotate and shift instructions (Power ISA 3.0 Book I
 * 3.3.14): rlw*, rld*, the word and doubleword shifts with CA/CA32 for
 * the algebraic ones, and extswsli. decode.c precomputes the rotate
 * masks (FORM_M / FORM_MD / FORM_MDS) into d->imm and the immediate
 * shift counts (FORM_M / FORM_MD / FORM_XS) into d->aux.
 */
#include "int-common.h"

/* ---- rotates: rs = d->rt, result to ra ---- */

static inline const PpcInsn *rot_done(PpcCpu *cpu, const PpcInsn *d,
                                      uint64_t r)
{
    GPR(d->ra) = r;
    int_record(cpu, d, r);
    return d + 1;
}

const PpcInsn *insn_rlwinm(PpcCpu *cpu, const PpcInsn *d)
{
    return rot_done(cpu, d, rotl32(GPR(d->rt), d->aux) & (uint64_t)d->imm);
}

const PpcInsn *insn_rlwnm(PpcCpu *cpu, const PpcInsn *d)
{
    return rot_done(cpu, d, rotl32(GPR(d->rt), (unsigned)GPR(d->rb)) &
                            (uint64_t)d->imm);
}

const PpcInsn *insn_rlwimi(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t m = (uint64_t)d->imm;
    return rot_done(cpu, d, (rotl32(GPR(d->rt), d->aux) & m) |
                            (GPR(d->ra) & ~m));
}

/* rldicl, rldicr and rldic differ only in the mask decode.c built. */
const PpcInsn *insn_rldicl(PpcCpu *cpu, const PpcInsn *d)
{
    return rot_done(cpu, d, rotl64(GPR(d->rt), d->aux) & (uint64_t)d->imm);
}

const PpcInsn *insn_rldicr(PpcCpu *cpu, const PpcInsn *d)
{
    return rot_done(cpu, d, rotl64(GPR(d->rt), d->aux) & (uint64_t)d->imm);
}

const PpcInsn *insn_rldic(PpcCpu *cpu, const PpcInsn *d)
{
    return rot_done(cpu, d, rotl64(GPR(d->rt), d->aux) & (uint64_t)d->imm);
}

const PpcInsn *insn_rldimi(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t m = (uint64_t)d->imm;
    return rot_done(cpu, d, (rotl64(GPR(d->rt), d->aux) & m) |
                            (GPR(d->ra) & ~m));
}

const PpcInsn *insn_rldcl(PpcCpu *cpu, const PpcInsn *d)
{
    return rot_done(cpu, d, rotl64(GPR(d->rt), (unsigned)GPR(d->rb)) &
                            (uint64_t)d->imm);
}

const PpcInsn *insn_rldcr(PpcCpu *cpu, const PpcInsn *d)
{
    return rot_done(cpu, d, rotl64(GPR(d->rt), (unsigned)GPR(d->rb)) &
                            (uint64_t)d->imm);
}

/* ---- logical shifts: amounts of 32 (64) or more give 0 ---- */

const PpcInsn *insn_slw(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned n = GPR(d->rb) & 0x3f;
    uint64_t r = n & 0x20 ? 0 : (uint32_t)(GPR(d->rt) << n);
    return rot_done(cpu, d, r);
}

const PpcInsn *insn_srw(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned n = GPR(d->rb) & 0x3f;
    uint64_t r = n & 0x20 ? 0 : (uint32_t)GPR(d->rt) >> n;
    return rot_done(cpu, d, r);
}

const PpcInsn *insn_sld(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned n = GPR(d->rb) & 0x7f;
    return rot_done(cpu, d, n & 0x40 ? 0 : GPR(d->rt) << n);
}

const PpcInsn *insn_srd(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned n = GPR(d->rb) & 0x7f;
    return rot_done(cpu, d, n & 0x40 ? 0 : GPR(d->rt) >> n);
}

/* ---- algebraic shifts: CA = CA32 = negative source and 1-bits lost ---- */

/* n is the shift amount (0..63 for sraw, 0..127 for srad); counts past
 * the width shift in copies of the sign and lose every bit. */
static inline const PpcInsn *sra_word(PpcCpu *cpu, const PpcInsn *d,
                                      unsigned n)
{
    int32_t s = (int32_t)GPR(d->rt);
    int32_t r = s >> (n > 31 ? 31 : n);
    uint32_t lost = (uint32_t)s & (uint32_t)((1ULL << n) - 1);
    unsigned ca = ((uint32_t)s >> 31) & (lost != 0);
    cpu->arch.ca = cpu->arch.ca32 = ca;
    return rot_done(cpu, d, (uint64_t)(int64_t)r);
}

const PpcInsn *insn_sraw(PpcCpu *cpu, const PpcInsn *d)
{
    return sra_word(cpu, d, GPR(d->rb) & 0x3f);
}

const PpcInsn *insn_srawi(PpcCpu *cpu, const PpcInsn *d)
{
    return sra_word(cpu, d, d->rb);
}

static inline const PpcInsn *sra_dword(PpcCpu *cpu, const PpcInsn *d,
                                       unsigned n)
{
    int64_t s = (int64_t)GPR(d->rt);
    int64_t r = s >> (n > 63 ? 63 : n);
    uint64_t m = n > 63 ? ~0ULL : (1ULL << (n & 63)) - 1;
    unsigned ca = ((uint64_t)s >> 63) & (((uint64_t)s & m) != 0);
    cpu->arch.ca = cpu->arch.ca32 = ca;
    return rot_done(cpu, d, (uint64_t)r);
}

const PpcInsn *insn_srad(PpcCpu *cpu, const PpcInsn *d)
{
    return sra_dword(cpu, d, GPR(d->rb) & 0x7f);
}

const PpcInsn *insn_sradi(PpcCpu *cpu, const PpcInsn *d)
{
    return sra_dword(cpu, d, d->aux);
}

/* extswsli: ra = EXTS(rs[32:63]) << sh. */
const PpcInsn *insn_extswsli(PpcCpu *cpu, const PpcInsn *d)
{
    return rot_done(cpu, d, (uint64_t)(int64_t)(int32_t)GPR(d->rt) << d->aux);
}
