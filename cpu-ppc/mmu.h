/* SPDX-License-Identifier: MIT */
/*
 * The hash MMU of a partition (Power ISA 3.0 Book III 5.7, POWER7/8/9 in
 * hash mode): SLB lookup (slb.c), HPT search and protection
 * (mmu-hash.c), and the per-CPU translation cache in front of them.
 * Only cpu-ppc/ includes this.
 */
#ifndef FARAD_CPU_PPC_MMU_H
#define FARAD_CPU_PPC_MMU_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"

/* Kinds of access, also the index of cpu->tlb. */
typedef enum PpcAccess {
    PPC_ACC_LOAD = 0,
    PPC_ACC_STORE = 1,
    PPC_ACC_FETCH = 2,
} PpcAccess;

/* SLB word fields (slbmte's RB and RS). */
#define SLB_ESID_V      0x0000000008000000ULL
#define SLB_ESID_ESID   0xfffffffff0000000ULL
#define SLB_VSID_B      0xc000000000000000ULL
#define SLB_VSID_B_1T   0x4000000000000000ULL
#define SLB_VSID_VSID   0x3ffffffffffff000ULL
#define SLB_VSID_KS     0x0000000000000800ULL
#define SLB_VSID_KP     0x0000000000000400ULL
#define SLB_VSID_N      0x0000000000000200ULL
#define SLB_VSID_LLP    0x0000000000000130ULL  /* L | LP */
#define SLB_VSID_C      0x0000000000000080ULL

/* A translation fault: the interrupt to raise. DAR and DSISR are set
 * already for the data interrupts; srr1 holds the bits for SRR1. */
typedef struct PpcFault {
    unsigned vector;
    uint64_t srr1;
} PpcFault;

/* mmu-hash.c: the base page shift an SLB VSID word's L||LP encodes, 0
 * for none of ibm,segment-page-sizes' encodings. */
int ppc_slb_base_shift(uint64_t slb_vsid);

/* slb.c: the valid SLB entry that translates ea, or -1. */
int ppc_slb_find(const PpcCpu *cpu, uint64_t ea);

/* mmu-hash.c: translate ea (in mode, see ppc_ea) for an access of kind
 * acc with MSR[IR]/[DR] on: the physical address, or false with *f
 * filled (DSI/ISI/segment interrupt, DAR/DSISR set for data). Updates
 * R and C in the HPTE as the ISA requires. */
bool ppc_hash_xlate(PpcCpu *cpu, uint64_t ea, PpcAccess acc, uint64_t *pa,
                    PpcFault *f);

/* The same through the translation cache. Inline: the hit path is a
 * compare and an add. */
static inline bool ppc_xlate(PpcCpu *cpu, uint64_t ea, PpcAccess acc,
                             uint64_t *pa, PpcFault *f)
{
    const struct PpcTlbEntry *e =
        &cpu->tlb[acc][(ea >> 12) & (PPC_TLB_ENTRIES - 1)];
    if (e->tag == ((ea & ~0xfffULL) | 1)) {
        *pa = e->pa | (ea & 0xfff);
        return true;
    }
    return ppc_hash_xlate(cpu, ea, acc, pa, f);
}

#endif
