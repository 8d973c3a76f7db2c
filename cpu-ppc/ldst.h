/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the load/store files (ldst*.c): the alignment
 * interrupts as QEMU 7.2 raises them for a POWER9 partition, and the
 * quadword register-pair accesses of lq/stq/lqarx/stqcx.
 */
#ifndef FARAD_CPU_PPC_LDST_H
#define FARAD_CPU_PPC_LDST_H

#include "internal.h"

/* Alignment interrupt for an unaligned atomic access at ea: DAR = ea,
 * and DSISR gets bits 6-15 (RT/RA) of the instruction word ORed into
 * its low 10 bits (QEMU 7.2 still does this for ISA 3.0 CPUs). QEMU
 * re-reads the word big-endian, so in LE mode the bits come from the
 * byte-swapped word; the oracle shows it, and we match it. */
static inline const PpcInsn *ldst_align_fault(PpcCpu *cpu, const PpcInsn *d,
                                              uint64_t ea)
{
    uint32_t w = cpu->le ? (uint32_t)ppc_bswap(d->raw, 4) : d->raw;
    cpu->arch.dsisr |= (w >> 16) & 0x3ff;
    return ppc_raise_alignment(cpu, d, ea);
}

/* Alignment interrupt of a multiple/string instruction in LE mode:
 * DAR is left unchanged, DSISR as above. */
static inline const PpcInsn *ldst_align_le(PpcCpu *cpu, const PpcInsn *d)
{
    cpu->arch.dsisr |= (d->raw >> 16) & 0x3ff;
    return ppc_raise(cpu, d, EXCP_ALIGNMENT, 0, false);
}

/* Quadword at ea (and ea + 8, wrapped as an EA) to or from the register
 * pair RT, RT+1: RT holds the doubleword at the lower address in
 * big-endian mode and the one at the higher address in little-endian
 * mode. The load also returns the two doublewords in address order.
 * False after an interrupt (the handler returns NULL). */
static inline bool ldst_load_pair(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                                  uint64_t *first, uint64_t *second)
{
    if (unlikely(!ppc_load(cpu, d, ea, 8, first) ||
                 !ppc_load(cpu, d, ppc_ea(cpu, ea + 8), 8, second))) {
        return false;
    }
    GPR(d->rt) = cpu->le ? *second : *first;
    GPR(d->rt + 1) = cpu->le ? *first : *second;
    return true;
}

static inline bool ldst_store_pair(PpcCpu *cpu, const PpcInsn *d, uint64_t ea)
{
    uint64_t hi = GPR(d->rt), lo = GPR(d->rt + 1);
    return ppc_store(cpu, d, ea, 8, cpu->le ? lo : hi) &&
           ppc_store(cpu, d, ppc_ea(cpu, ea + 8), 8, cpu->le ? hi : lo);
}

#endif
