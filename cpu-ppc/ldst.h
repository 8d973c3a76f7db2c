/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the load/store files (ldst*.c): the alignment
 * interrupts as QEMU 7.2 raises them for a POWER9 partition.
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
    uint32_t w = cpu->le ? __builtin_bswap32(d->raw) : d->raw;
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

#endif
