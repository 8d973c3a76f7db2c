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
/* Tag bits of a translation cache entry (cpu->tlb, tlb64k), above the low 3
 * bits an access keeps for its alignment check (ppc_tlb_host): VALID
 * on every entry; RAM when the whole 4K physical page is RAM and no
 * plugin or watchpoint watches memory, so that ppc_load/ppc_store may
 * access it through the host pointer without the slow path. */
#define PPC_TLB_VALID 0x08ULL
#define PPC_TLB_RAM   0x10ULL

static inline struct PpcTlbEntry *ppc_tlb_entry(PpcCpu *cpu, uint64_t ea,
                                                PpcAccess acc)
{
    return &cpu->tlb[acc][(ea >> 12) & (PPC_TLB_ENTRIES - 1)];
}

static inline struct PpcTlbEntry *ppc_tlb64k_entry(PpcCpu *cpu, uint64_t ea,
                                                   PpcAccess acc)
{
    return &cpu->tlb64k[acc][(ea >> 16) & (PPC_TLB64K_ENTRIES - 1)];
}

/* Cache the translation ea -> phys for an access of kind acc: what a
 * miss path (hash or radix) calls once the access is allowed and R
 * (for a store also C) is set in the page table, so that a hit needs
 * neither a walk nor an R/C update. `same` (12 or more) is the log2 of
 * the aligned block around ea whose every address the miss path would
 * translate through the same page table entry with the same outcome
 * (hash: the segment's base page size, radix: the page size). From 64K
 * up the 64K block goes into the second level too, so that the other
 * 4K pages of a large page refill from there (ppc_xlate) instead of
 * walking: streaming through a 64K page walks once, not 16 times.
 * (Filling all 16 first-level entries at once was measured worse: on
 * the sort bench the evictions of other streams' entries cost more
 * misses than it saved.) */
static inline void ppc_tlb_fill(PpcCpu *cpu, uint64_t ea, PpcAccess acc,
                                uint64_t phys, unsigned same)
{
    uint64_t block = same >= 16 ? 0xffffULL : 0xfffULL;
    uint64_t ea0 = ea & ~block, pa0 = phys & ~block;
    bool ram = pa0 < cpu->ram_size && cpu->ram_size - pa0 > block &&
               !cpu->mem_watched;
    uint64_t flags = PPC_TLB_VALID | (ram ? PPC_TLB_RAM : 0);
    uint64_t addend = (uint64_t)(uintptr_t)cpu->ram + pa0 - ea0;
    struct PpcTlbEntry *e = ppc_tlb_entry(cpu, ea, acc);
    e->tag = (ea & ~0xfffULL) | flags;
    e->addend = addend;
    if (same >= 16) {
        e = ppc_tlb64k_entry(cpu, ea, acc);
        e->tag = ea0 | flags;
        e->addend = addend;
    }
}

/* The same as ppc_hash_xlate through the translation cache. Inline: the
 * hit path is a compare and an add; a first-level miss in a cached 64K
 * block refills its 4K entry from the second level. */
static inline bool ppc_xlate(PpcCpu *cpu, uint64_t ea, PpcAccess acc,
                             uint64_t *pa, PpcFault *f)
{
    struct PpcTlbEntry *e = ppc_tlb_entry(cpu, ea, acc);
    if ((e->tag & ~PPC_TLB_RAM) == ((ea & ~0xfffULL) | PPC_TLB_VALID)) {
        *pa = ea + e->addend - (uint64_t)(uintptr_t)cpu->ram;
        return true;
    }
    const struct PpcTlbEntry *b = ppc_tlb64k_entry(cpu, ea, acc);
    if ((b->tag & ~PPC_TLB_RAM) == ((ea & ~0xffffULL) | PPC_TLB_VALID)) {
        e->tag = (ea & ~0xfffULL) | (b->tag & 0xfff);
        e->addend = b->addend;
        *pa = ea + e->addend - (uint64_t)(uintptr_t)cpu->ram;
        return true;
    }
    return ppc_xlate_miss(cpu, ea, acc, pa, f);
}

/* ppc_tlb_host (below) with the flag bits the tag must carry given:
 * want is cpu->tlb_want, or cpu->fp_tlb_want for the FP micro-ops. */
static inline bool ppc_tlb_host_want(PpcCpu *cpu, uint64_t ea, unsigned size,
                                     PpcAccess acc, uint64_t want, uint8_t **h)
{
    const struct PpcTlbEntry *e = ppc_tlb_entry(cpu, ea, acc);
    if (e->tag == ((ea & (~0xfffULL | (size - 1))) | want)) {
        *h = (uint8_t *)(uintptr_t)(ea + e->addend);
        return true;
    }
    return false;
}

/* The host address *h of a translated RAM access of `size` (1, 2, 4,
 * 8) bytes at ea (in mode), when the cache holds its page with
 * PPC_TLB_RAM and the access is naturally aligned (so it stays in the
 * page; the tag compare checks both), and the CPU translates data
 * (never a hit while fast_mem: cpu->tlb_want), else false: take the
 * slow path. This makes a translated load or store cost a few host
 * instructions more than a real-mode one (ppc_load/ppc_store in
 * internal.h). acc: PPC_ACC_LOAD or PPC_ACC_STORE. */
static inline bool ppc_tlb_host(PpcCpu *cpu, uint64_t ea, unsigned size,
                                PpcAccess acc, uint8_t **h)
{
    return ppc_tlb_host_want(cpu, ea, size, acc, cpu->tlb_want, h);
}

#endif
