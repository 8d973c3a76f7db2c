/* SPDX-License-Identifier: MIT */
/*
 * Radix-tree translation of a pseries partition (Power ISA 3.0 Book III
 * 5.7.6 to 5.7.8, 5.7.12) as the guest sees it under QEMU 7.2's spapr:
 * the partition-scoped step is the identity (guest real = host real, as
 * QEMU's virtual hypervisor), so only the process-scoped walk remains.
 *
 * The quadrant (EA bits 0:1) picks the PID: 0 the PIDR (applications),
 * 3 PID 0 (the OS), 1 and 2 raise a segment interrupt, as does an EA
 * with bits 2:11 set. The process-table entry (its first doubleword:
 * RTS, RPDB, RPDS) gives the root; the walk takes POWER9's trees only
 * (root of 2^13 entries for a 52-bit space, then 2^9, 2^9, 2^9 or 2^5
 * entries; other shapes are a bad configuration, DSISR bit 44), with a
 * leaf at any level below the root: 1G, 2M, 4K or 64K pages.
 * Protection is the EAA (privileged, read, read/write, execute), with
 * AMR/IAMR key 0 applied to privileged accesses of non-privileged pages
 * (QEMU's least combined permissions); an instruction fetch from a
 * non-idempotent I/O page (ATT = 0b10) is a guarded-storage ISI, and so
 * (SRR1 bit 35, as QEMU 7.2) is a fetch the EAA does not allow.
 * R and C: the walk sets R (and C on a store) in the leaf as QEMU 7.2
 * does for a guest, atomically from the guest's point of view.
 *
 * Tables are big-endian in RAM; an entry outside RAM reads as 0.
 */
#include <string.h>

#include "internal.h"
#include "mmu.h"

#define PATB_PRTB  0x0ffffffffffff000ULL   /* process table base */
#define PATB_PRTS  0x000000000000001fULL   /* log2(size) - 12 */
#define PRTB_RTS1  0x6000000000000000ULL   /* RTS bits 1:2 */
#define PRTB_RPDB  0x0fffffffffffff00ULL   /* root page directory base */
#define PRTB_RTS2  0x00000000000000e0ULL   /* RTS bits 3:5 */
#define PRTB_RPDS  0x000000000000001fULL   /* log2(root entries) */
#define RPTE_V     0x8000000000000000ULL
#define RPTE_L     0x4000000000000000ULL   /* leaf */
#define RPTE_RPN   0x01fffffffffff000ULL
#define RPTE_R     0x0000000000000100ULL
#define RPTE_C     0x0000000000000080ULL
#define RPTE_ATT   0x0000000000000030ULL
#define RPTE_ATT_NI_IO 0x0000000000000020ULL
#define RPTE_PRIV  0x0000000000000008ULL   /* EAA privileged */
#define RPTE_READ  0x0000000000000004ULL   /* EAA read */
#define RPTE_RW    0x0000000000000002ULL   /* EAA read/write */
#define RPTE_EXEC  0x0000000000000001ULL   /* EAA execute */
#define RPDE_NLB   0x0fffffffffffff00ULL   /* next level base */
#define RPDE_NLS   0x000000000000001fULL   /* log2(next level entries) */
#define EA_QUADRANT 0xc000000000000000ULL
#define EA_VALID    0xc00fffffffffffffULL
#define EA_OFFSET   0x3fffffffffffffffULL

enum { PROT_R = 1, PROT_W = 2, PROT_X = 4 };

/* What a walk found: the leaf or why there is none. */
typedef struct RadixWalk {
    uint64_t pte;        /* the leaf entry */
    uint64_t pte_addr;   /* its real address */
    uint64_t pa;         /* the translation of the EA */
    uint32_t cause;      /* DSISR/SRR1 bits of the fault, 0: translated */
    bool segment;        /* EA outside quadrants 0 and 3 or too large */
    unsigned shift;      /* log2 of the leaf's page size */
} RadixWalk;

static uint64_t table_read(const PpcCpu *cpu, uint64_t pa)
{
    if (cpu->ram_size < 8 || pa > cpu->ram_size - 8) {
        return 0;
    }
    return ppc_host_read(cpu->ram + pa, 8, false);
}

/* The tree shapes POWER9 supports (its User's Manual 4.10.4.1, as QEMU
 * 7.2 checks them): level 0 a 2^13-entry root of a 52-bit space, levels
 * 1 and 2 2^9 entries, level 3 2^9 (4K pages) or 2^5 (64K pages). */
static bool level_ok(unsigned level, unsigned shift, unsigned nls)
{
    switch (level) {
    case 0: return shift == 52 && nls == 13;
    case 1: case 2: return nls == 9;
    case 3: return nls == 9 || nls == 5;
    default: return false;
    }
}

/* Walk the process-scoped tree for ea: the leaf, or the cause. */
static bool radix_walk(const PpcCpu *cpu, uint64_t ea, RadixWalk *w)
{
    memset(w, 0, sizeof(*w));
    uint64_t q = ea & EA_QUADRANT;
    if ((ea & ~EA_VALID) || q == 0x4000000000000000ULL ||
        q == 0x8000000000000000ULL) {
        w->segment = true;
        return false;
    }
    uint64_t pid = q ? 0 : cpu->arch.pidr;
    uint64_t patb = cpu->patb;
    /* 16-byte entries: the table holds 2^(PRTS + 12 - 4) of them */
    if (pid >= (1ULL << ((patb & PATB_PRTS) + 8))) {
        w->cause = DSISR_NOPTE;
        return false;
    }
    uint64_t prtb0 = table_read(cpu, (patb & PATB_PRTB) + pid * 16);
    unsigned shift = (unsigned)(((prtb0 & PRTB_RTS1) >> 58) |
                                ((prtb0 & PRTB_RTS2) >> 5)) + 31;
    uint64_t base = prtb0 & PRTB_RPDB;
    unsigned nls = (unsigned)(prtb0 & PRTB_RPDS);
    uint64_t eo = ea & EA_OFFSET;
    for (unsigned level = 0;; level++) {
        if (!level_ok(level, shift, nls)) {
            w->cause = DSISR_BADCONFIG;
            return false;
        }
        /* a misaligned directory base loses its low bits (QEMU 7.2) */
        base &= ~((1ULL << (nls + 3)) - 1);
        shift -= nls;
        uint64_t addr = base + ((eo >> shift) & ((1ULL << nls) - 1)) * 8;
        uint64_t e = table_read(cpu, addr);
        if (!(e & RPTE_V)) {
            w->cause = DSISR_NOPTE;
            return false;
        }
        if (e & RPTE_L) {
            uint64_t mask = (1ULL << shift) - 1;
            w->pte = e;
            w->pte_addr = addr;
            w->pa = ((e & RPTE_RPN) & ~mask) | (eo & mask);
            w->shift = shift;
            return true;
        }
        base = e & RPDE_NLB;
        nls = (unsigned)(e & RPDE_NLS);
    }
}

/* AMR and IAMR key 0, which radix applies to privileged accesses of
 * non-privileged pages. */
static unsigned key0_prot(const PpcCpu *cpu)
{
    unsigned amr = (unsigned)(cpu->arch.amr >> 62);
    unsigned iamr = (unsigned)(cpu->arch.iamr >> 62);
    return ((amr & 2) ? 0 : PROT_W) | ((amr & 1) ? 0 : PROT_R) |
           ((iamr & 1) ? 0 : PROT_X);
}

/* The access check of a leaf: 0 allowed, else the fault cause. */
static uint32_t radix_check(const PpcCpu *cpu, uint64_t pte, PpcAccess acc)
{
    if (acc == PPC_ACC_FETCH && (pte & RPTE_ATT) == RPTE_ATT_NI_IO) {
        return (uint32_t)SRR1_NOEXEC;
    }
    unsigned eaa = ((pte & RPTE_READ) ? PROT_R : 0) |
                   ((pte & RPTE_RW) ? PROT_R | PROT_W : 0) |
                   ((pte & RPTE_EXEC) ? PROT_X : 0);
    bool pr = (cpu->arch.msr & MSR_PR) != 0;
    unsigned prot;
    if (pte & RPTE_PRIV) {
        prot = pr ? 0 : eaa;
    } else {
        prot = pr ? eaa : eaa & key0_prot(cpu);
    }
    unsigned need = acc == PPC_ACC_LOAD ? PROT_R :
                    acc == PPC_ACC_STORE ? PROT_W : PROT_X;
    if (!(need & ~prot)) {
        return 0;
    }
    /* a fetch QEMU 7.2 reports as no-execute (SRR1 bit 35), as for hash */
    return acc == PPC_ACC_FETCH ? (uint32_t)SRR1_NOEXEC : DSISR_PROTFAULT;
}

bool ppc_radix_xlate(PpcCpu *cpu, uint64_t ea, PpcAccess acc, uint64_t *pa,
                     PpcFault *f)
{
    RadixWalk w;
    if (radix_walk(cpu, ea, &w)) {
        w.cause = radix_check(cpu, w.pte, acc);
    }
    if (w.segment) {
        return ppc_segment_fault(cpu, ea, acc, f);
    }
    if (w.cause) {
        return acc == PPC_ACC_FETCH ? ppc_fetch_fault(w.cause, f)
                                    : ppc_data_fault(cpu, ea, acc, w.cause, f);
    }
    uint64_t rc = RPTE_R | (acc == PPC_ACC_STORE ? RPTE_C : 0);
    if ((w.pte & rc) != rc) {
        ppc_host_write(cpu->ram + w.pte_addr, 8, w.pte | rc, false);
    }
    *pa = w.pa;
    /* the leaf's page: every EA in it translates through this entry */
    ppc_tlb_fill(cpu, ea, acc, w.pa, w.shift);
    return true;
}

bool ppc_radix_probe(PpcCpu *cpu, uint64_t ea, PpcAccess acc, uint64_t *pa)
{
    RadixWalk w;
    if (!radix_walk(cpu, ea, &w) || radix_check(cpu, w.pte, acc)) {
        return false;
    }
    *pa = w.pa;
    return true;
}

bool ppc_xlate_miss(PpcCpu *cpu, uint64_t ea, PpcAccess acc, uint64_t *pa,
                    PpcFault *f)
{
    if (cpu->radix) {
        return ppc_radix_xlate(cpu, ea, acc, pa, f);
    }
    return ppc_hash_xlate(cpu, ea, acc, pa, f);
}

bool ppc_debug_xlate(PpcCpu *cpu, uint64_t ea, PpcAccess acc, uint64_t *pa)
{
    uint64_t relocate = acc == PPC_ACC_FETCH ? MSR_IR : MSR_DR;
    ea = ppc_ea(cpu, ea);
    if (!(cpu->arch.msr & relocate) || !cpu->mmu_on) {
        *pa = ea & REAL_ADDR_MASK;
        return true;
    }
    return cpu->radix ? ppc_radix_probe(cpu, ea, acc, pa)
                      : ppc_hash_probe(cpu, ea, acc, pa);
}

void ppc_cpu_set_patb(PpcCpu *cpu, uint64_t patb)
{
    cpu->patb = patb;
    ppc_mmu_flush(cpu);
}
