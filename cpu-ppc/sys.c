/* SPDX-License-Identifier: MIT */
/*
 * System instructions: sc (system call and hypercall), MSR access, rfid,
 * SPR moves, CR moves, sync/isync. Book I 3.3.17, Book III-S.
 */
#include <inttypes.h>

#include "internal.h"

const PpcInsn *insn_sc(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned lev = (d->raw >> 5) & 0x7f;
    if (lev == 1) {
        cpu->env.hcall(cpu->env.opaque, cpu);
        if (cpu->exit_request) {
            return ppc_sync_next(cpu, d);
        }
        return d + 1;
    }
    return ppc_raise(cpu, d, EXCP_SYSCALL, 0, true);
}

static inline unsigned spr_number(const PpcInsn *d)
{
    return ((d->raw >> 16) & 0x1f) | ((d->raw >> 11) & 0x1f) << 5;
}

const PpcInsn *insn_mfspr(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned n = spr_number(d);
    uint64_t v;
    switch (n) {
    case 1: v = ppc_get_xer(cpu); break;
    case 8: v = cpu->arch.lr; break;
    case 9: v = cpu->arch.ctr; break;
    case 268: v = ppc_timebase(cpu); break;
    case 26: v = cpu->arch.srr0; break;
    case 27: v = cpu->arch.srr1; break;
    case 272: case 273: case 274: case 275: v = cpu->arch.sprg[n - 272]; break;
    case 287: v = cpu->pvr; break;
    default:
        return insn_illegal(cpu, d);
    }
    GPR(d->rt) = v;
    return d + 1;
}

const PpcInsn *insn_mtspr(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned n = spr_number(d);
    uint64_t v = GPR(d->rt);
    switch (n) {
    case 1: ppc_set_xer(cpu, v); break;
    case 8: cpu->arch.lr = v; break;
    case 9: cpu->arch.ctr = v; break;
    case 26: cpu->arch.srr0 = v; break;
    case 27: cpu->arch.srr1 = v; break;
    case 272: case 273: case 274: case 275: cpu->arch.sprg[n - 272] = v; break;
    default:
        return insn_illegal(cpu, d);
    }
    return d + 1;
}

const PpcInsn *insn_mfmsr(PpcCpu *cpu, const PpcInsn *d)
{
    PPC_CHECK_PRIV(cpu, d);
    GPR(d->rt) = cpu->arch.msr;
    return d + 1;
}

const PpcInsn *insn_mtmsr(PpcCpu *cpu, const PpcInsn *d)
{
    PPC_CHECK_PRIV(cpu, d);
    uint64_t v = GPR(d->rt);
    if (d->raw & 0x10000) {  /* L = 1: only EE and RI */
        uint64_t m = MSR_EE | MSR_RI;
        ppc_set_msr(cpu, (cpu->arch.msr & ~m) | (v & m));
    } else {
        ppc_set_msr(cpu, (cpu->arch.msr & 0xffffffff00000000ULL) |
                    (uint32_t)v);
    }
    return ppc_sync_next(cpu, d);
}

const PpcInsn *insn_mtmsrd(PpcCpu *cpu, const PpcInsn *d)
{
    PPC_CHECK_PRIV(cpu, d);
    uint64_t v = GPR(d->rt);
    if (d->raw & 0x10000) {
        uint64_t m = MSR_EE | MSR_RI;
        ppc_set_msr(cpu, (cpu->arch.msr & ~m) | (v & m));
    } else {
        ppc_set_msr(cpu, v);
    }
    return ppc_sync_next(cpu, d);
}

const PpcInsn *insn_rfid(PpcCpu *cpu, const PpcInsn *d)
{
    PPC_CHECK_PRIV(cpu, d);
    uint64_t srr1 = cpu->arch.srr1;
    ppc_set_msr(cpu, srr1);
    return ppc_goto(cpu, cpu->sf ? cpu->arch.srr0 & ~3ULL
                                 : (uint32_t)cpu->arch.srr0 & ~3u);
}

const PpcInsn *insn_mfcr(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = cpu->arch.cr;
    return d + 1;
}

const PpcInsn *insn_mtcrf(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned fxm = (d->raw >> 12) & 0xff;
    uint32_t mask = 0;
    for (int i = 0; i < 8; i++) {
        if (fxm & (0x80 >> i)) {
            mask |= 0xf0000000u >> (4 * i);
        }
    }
    cpu->arch.cr = (cpu->arch.cr & ~mask) | ((uint32_t)GPR(d->rt) & mask);
    return d + 1;
}

const PpcInsn *insn_sync(PpcCpu *cpu, const PpcInsn *d)
{
    (void)cpu;
    return d + 1;
}

const PpcInsn *insn_isync(PpcCpu *cpu, const PpcInsn *d)
{
    (void)cpu;
    return d + 1;
}
