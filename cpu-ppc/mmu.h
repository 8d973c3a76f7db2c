/* SPDX-License-Identifier: MIT */
/*
 * The MMUs of a partition (Power ISA 3.0 Book III 5.7): hash (POWER7/8/9
 * in hash mode: SLB lookup in slb.c, HPT search and protection in
 * mmu-hash.c), radix (POWER9 with LPCR[HR]: mmu-radix.c), and the
 * per-CPU translation cache in front of both.
 * Only cpu-ppc/ includes this.
 */
#ifndef FARAD_CPU_PPC_MMU_H
#define FARAD_CPU_PPC_MMU_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"

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

/* DSISR bits of the data storage interrupts (ISA 3.0 Book III 6.5.3);
 * the ISI sets the same positions in SRR1. */
#define DSISR_NOPTE      0x40000000u   /* no translation */
#define DSISR_PROTFAULT  0x08000000u   /* not permitted (PP, EAA) */
#define DSISR_ISSTORE    0x02000000u
#define DSISR_AMR        0x00200000u   /* virtual page class key */
#define DSISR_BADCONFIG  0x00080000u   /* radix: bad tree configuration */
#define DSISR_ATOMIC_RC  0x00040000u   /* radix: R or C not set */
#define SRR1_NOPTE       0x40000000ULL
#define SRR1_NOEXEC      0x10000000ULL  /* no-execute or guarded */
#define SRR1_IAMR        0x00200000ULL

/* The interrupts of a failed translation, filled in *f (always false, for
 * "return ppc_*_fault(...)"): a data storage interrupt with DAR = ea and
 * DSISR = dsisr (plus ISSTORE for a store); an instruction storage
 * interrupt with these SRR1 bits; a data/instruction segment interrupt
 * (DAR = ea for data). */
static inline bool ppc_data_fault(PpcCpu *cpu, uint64_t ea, PpcAccess acc,
                                  uint32_t dsisr, PpcFault *f)
{
    cpu->arch.dar = ea;
    cpu->arch.dsisr = dsisr | (acc == PPC_ACC_STORE ? DSISR_ISSTORE : 0);
    f->vector = EXCP_DSI;
    f->srr1 = 0;
    return false;
}

static inline bool ppc_fetch_fault(uint64_t srr1, PpcFault *f)
{
    f->vector = EXCP_ISI;
    f->srr1 = srr1;
    return false;
}

static inline bool ppc_segment_fault(PpcCpu *cpu, uint64_t ea, PpcAccess acc,
                                     PpcFault *f)
{
    f->srr1 = 0;
    if (acc == PPC_ACC_FETCH) {
        f->vector = EXCP_ISEG;
    } else {
        f->vector = EXCP_DSEG;
        cpu->arch.dar = ea;
    }
    return false;
}

/* Enter an allowed translation of ea's 4K page in the translation cache
 * (only once R, and for a store C, are set: a hit needs no update). */
static inline void ppc_tlb_fill(PpcCpu *cpu, uint64_t ea, PpcAccess acc,
                                uint64_t pa)
{
    struct PpcTlbEntry *e = &cpu->tlb[acc][(ea >> 12) & (PPC_TLB_ENTRIES - 1)];
    e->tag = (ea & ~0xfffULL) | 1;
    e->pa = pa & ~0xfffULL;
}

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

/* mmu-radix.c: the same for the radix MMU (LPCR[HR] = 1): process-scoped
 * translation of the partition's process table (cpu->patb); R and C
 * handled as QEMU 7.2 does. */
bool ppc_radix_xlate(PpcCpu *cpu, uint64_t ea, PpcAccess acc, uint64_t *pa,
                     PpcFault *f);

/* mmu-radix.c: the translation-cache miss path: the radix MMU when
 * cpu->radix, else the hash MMU. */
bool ppc_xlate_miss(PpcCpu *cpu, uint64_t ea, PpcAccess acc, uint64_t *pa,
                    PpcFault *f);

/* Side-effect-free lookups for ppc_debug_xlate: the physical address or
 * false, nothing written, no DAR/DSISR. */
bool ppc_hash_probe(PpcCpu *cpu, uint64_t ea, PpcAccess acc, uint64_t *pa);
bool ppc_radix_probe(PpcCpu *cpu, uint64_t ea, PpcAccess acc, uint64_t *pa);

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
    return ppc_xlate_miss(cpu, ea, acc, pa, f);
}

#endif
