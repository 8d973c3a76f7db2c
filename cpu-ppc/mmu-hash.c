/* SPDX-License-Identifier: MIT */
/*
 * Hash-table translation of a partition (Power ISA 3.0 Book III 5.7.7
 * to 5.7.9, 5.7.13): the SLB entry for the EA, the primary then the
 * secondary PTEG of the hypervisor's HPT, the page size from L||LP as
 * ibm,segment-page-sizes gives them (4K, 64K, 16M, 16G), the PP/key,
 * N/G and AMR/IAMR protection, R and C, and the storage interrupts with
 * the DSISR/SRR1 bits QEMU 7.2 sets (where QEMU and the ISA differ, on
 * an instruction fetch denied by PP QEMU reports the no-execute bit, we
 * follow QEMU, the oracle of tests/guest/mmu-*.c).
 *
 * In front of it, a direct-mapped cache of 4K translations per access
 * kind (cpu->tlb): an entry exists only for an access that was allowed
 * and for which R (and for stores C) is already set, so a hit needs no
 * HPTE update. ppc_mmu_flush drops it all; it is called on slb*, tlbie,
 * tlbiel (mmu-inval.c), MSR[PR,IR,DR], AMR/IAMR, PIDR and LPCR changes,
 * HPTE and process-table changes by the hypervisor, snapshot loads and
 * reset. The radix MMU (mmu-radix.c) fills the same cache.
 */
#include <string.h>

#include "internal.h"
#include "mmu.h"

#define HPTE_V_VALID     0x0000000000000001ULL
#define HPTE_V_SECONDARY 0x0000000000000002ULL
#define HPTE_V_LARGE     0x0000000000000004ULL
#define HPTE_V_AVPN      0x3fffffffffffff80ULL
#define HPTE_V_CMP       0xffffffffffffff83ULL  /* B, AVPN, H, V */
#define HPTE_R_PP0       0x8000000000000000ULL
#define HPTE_R_KEY_HI    0x3000000000000000ULL
#define HPTE_R_RPN       0x0ffffffffffff000ULL
#define HPTE_R_KEY_LO    0x0000000000000e00ULL
#define HPTE_R_R         0x0000000000000100ULL
#define HPTE_R_C         0x0000000000000080ULL
#define HPTE_R_G         0x0000000000000008ULL
#define HPTE_R_N         0x0000000000000004ULL
#define HPTE_R_PP        0x0000000000000003ULL

enum { PROT_R = 1, PROT_W = 2, PROT_X = 4 };

/* One segment base page size and the actual page sizes an HPTE with L=1
 * may have in it, with their LP encodings (ibm,segment-page-sizes). */
static const struct {
    unsigned shift;
    uint32_t slb_llp;
    unsigned n;
    struct { unsigned shift; uint32_t enc; } pg[2];
} seg_sizes[] = {
    { 12, 0x000, 1, { { 24, 0x38 } } },
    { 16, 0x110, 2, { { 16, 0x01 }, { 24, 0x08 } } },
    { 24, 0x100, 1, { { 24, 0x00 } } },
    { 34, 0x120, 1, { { 34, 0x03 } } },
};

int ppc_slb_base_shift(uint64_t slb_vsid)
{
    for (unsigned i = 0; i < 4; i++) {
        if ((slb_vsid & SLB_VSID_LLP) == seg_sizes[i].slb_llp) {
            return (int)seg_sizes[i].shift;
        }
    }
    return 0;
}

static int seg_index(uint64_t slb_vsid)
{
    for (unsigned i = 0; i < 4; i++) {
        if ((slb_vsid & SLB_VSID_LLP) == seg_sizes[i].slb_llp) {
            return (int)i;
        }
    }
    return 0;  /* slbmte refuses other encodings */
}

/* Does pte1's LP field encode page size pg (L=1)? */
static bool lp_matches(uint64_t pte1, unsigned shift, uint32_t enc)
{
    uint64_t mask = ((1ULL << shift) - 1) & HPTE_R_RPN;
    return (pte1 & mask) == ((uint64_t)enc << 12);
}

/* The actual page shift of an HPTE in a segment of base size seg, 0 when
 * the HPTE's size does not belong in such a segment (or is larger than
 * the machine allows). */
static unsigned hpte_shift_in(const PpcCpu *cpu, int seg, uint64_t pte0,
                              uint64_t pte1)
{
    if (!(pte0 & HPTE_V_LARGE)) {
        return seg_sizes[seg].shift == 12 ? 12 : 0;
    }
    for (unsigned k = 0; k < seg_sizes[seg].n; k++) {
        if (seg_sizes[seg].pg[k].shift <= cpu->hpt_max_shift &&
            lp_matches(pte1, seg_sizes[seg].pg[k].shift,
                       seg_sizes[seg].pg[k].enc)) {
            return seg_sizes[seg].pg[k].shift;
        }
    }
    return 0;
}

unsigned ppc_hpte_page_shift(const PpcCpu *cpu, uint64_t pte0, uint64_t pte1)
{
    if (!(pte0 & HPTE_V_LARGE)) {
        return 12;
    }
    for (unsigned s = 0; s < 4 && seg_sizes[s].shift <= cpu->hpt_max_shift;
         s++) {
        for (unsigned k = 0; k < seg_sizes[s].n; k++) {
            if (seg_sizes[s].pg[k].shift <= cpu->hpt_max_shift &&
                lp_matches(pte1, seg_sizes[s].pg[k].shift,
                           seg_sizes[s].pg[k].enc)) {
                return seg_sizes[s].pg[k].shift;
            }
        }
    }
    return 0;
}

void ppc_cpu_set_htab(PpcCpu *cpu, uint8_t *htab, uint64_t size)
{
    cpu->htab = htab;
    cpu->htab_mask = htab ? (size >> 7) - 1 : 0;
    ppc_mmu_flush(cpu);
    ppc_cpu_state_changed(cpu);  /* the RAM fast path depends on it */
}

void ppc_mmu_flush(PpcCpu *cpu)
{
    memset(cpu->tlb, 0, sizeof(cpu->tlb));
    memset(cpu->tlb64k, 0, sizeof(cpu->tlb64k));
    ppc_jump_cache_flush(cpu);  /* fetches through the old translations */
}

/* Search one PTEG for ptem; returns the HPTE's host address and its
 * page shift, or NULL. */
static uint8_t *pteg_search(PpcCpu *cpu, uint64_t pteg, uint64_t ptem, int seg,
                            unsigned *shift)
{
    uint8_t *p = cpu->htab + ((pteg & cpu->htab_mask) << 7);
    for (unsigned i = 0; i < 8; i++, p += 16) {
        uint64_t pte0 = ppc_host_read(p, 8, false);
        if ((pte0 ^ ptem) & HPTE_V_CMP) {
            continue;
        }
        uint64_t pte1 = ppc_host_read(p + 8, 8, false);
        *shift = hpte_shift_in(cpu, seg, pte0, pte1);
        if (*shift) {
            return p;
        }
    }
    return NULL;
}

/* PP and key: Book III 5.7.13.1, table "PP bits" (PP0 || PP). */
static unsigned pp_prot(uint64_t pte1, bool key)
{
    unsigned pp = (unsigned)(pte1 & HPTE_R_PP) | (unsigned)((pte1 >> 61) & 4);
    if (!key) {
        switch (pp) {
        case 0: case 1: case 2: return PROT_R | PROT_W | PROT_X;
        case 3: case 6: return PROT_R | PROT_X;
        default: return 0;
        }
    }
    switch (pp) {
    case 1: case 3: return PROT_R | PROT_X;
    case 2: return PROT_R | PROT_W | PROT_X;
    default: return 0;
    }
}

/* Virtual page class key protection (AMR, IAMR from ISA 2.07). */
static unsigned amr_prot(const PpcCpu *cpu, uint64_t pte1)
{
    unsigned key = (unsigned)(((pte1 & HPTE_R_KEY_HI) >> 57) |
                              ((pte1 & HPTE_R_KEY_LO) >> 9));
    unsigned prot = PROT_R | PROT_W | PROT_X;
    unsigned amr = (unsigned)(cpu->arch.amr >> (2 * (31 - key))) & 3;
    if (amr & 2) {
        prot &= ~PROT_W;
    }
    if (amr & 1) {
        prot &= ~PROT_R;
    }
    if (cpu->isa >= PPC_ISA_207 &&
        ((cpu->arch.iamr >> (2 * (31 - key))) & 1)) {
        prot &= ~PROT_X;
    }
    return prot;
}

/* The hash translation of ea for an access of kind acc. With f, as
 * ppc_hash_xlate; with f NULL a probe: nothing written (no R/C, no cache
 * fill, no DAR/DSISR), false on any fault. */
static bool hash_translate(PpcCpu *cpu, uint64_t ea, PpcAccess acc,
                           uint64_t *pa, PpcFault *f)
{
    int si = ppc_slb_find(cpu, ea);
    if (si < 0) {
        return f && ppc_segment_fault(cpu, ea, acc, f);
    }
    uint64_t slbv = cpu->arch.slb_vsid[si];
    if (acc == PPC_ACC_FETCH && (slbv & SLB_VSID_N)) {
        return f && ppc_fetch_fault(SRR1_NOEXEC, f);
    }

    int seg = seg_index(slbv);
    unsigned base = seg_sizes[seg].shift;
    uint64_t epn, hash;
    if ((slbv & SLB_VSID_B) == SLB_VSID_B_1T) {
        uint64_t vsid = (slbv & SLB_VSID_VSID) >> 24;
        epn = (ea & 0xffffffffffULL) & ~((1ULL << base) - 1);
        hash = vsid ^ (vsid << 25) ^ (epn >> base);
    } else {
        uint64_t vsid = (slbv & SLB_VSID_VSID) >> 12;
        epn = (ea & 0x0fffffffULL) & ~((1ULL << base) - 1);
        hash = vsid ^ (epn >> base);
    }
    uint64_t ptem = (slbv & (SLB_VSID_B | SLB_VSID_VSID)) |
                    ((epn >> 16) & HPTE_V_AVPN) | HPTE_V_VALID;

    uint8_t *hpte = NULL;
    unsigned shift = 0;
    if (cpu->htab) {
        hpte = pteg_search(cpu, hash, ptem, seg, &shift);
        if (!hpte) {
            hpte = pteg_search(cpu, ~hash, ptem | HPTE_V_SECONDARY, seg,
                               &shift);
        }
    }
    if (!hpte) {
        if (!f) {
            return false;
        }
        return acc == PPC_ACC_FETCH
                   ? ppc_fetch_fault(SRR1_NOPTE, f)
                   : ppc_data_fault(cpu, ea, acc, DSISR_NOPTE, f);
    }

    uint64_t pte1 = ppc_host_read(hpte + 8, 8, false);
    bool key = (cpu->arch.msr & MSR_PR) ? (slbv & SLB_VSID_KP) != 0
                                        : (slbv & SLB_VSID_KS) != 0;
    unsigned pp = pp_prot(pte1, key);
    if ((pte1 & (HPTE_R_N | HPTE_R_G)) || (slbv & SLB_VSID_N)) {
        pp &= ~PROT_X;
    }
    unsigned amr = amr_prot(cpu, pte1);
    unsigned need = acc == PPC_ACC_LOAD ? PROT_R :
                    acc == PPC_ACC_STORE ? PROT_W : PROT_X;
    if (need & ~(pp & amr)) {
        if (!f) {
            return false;
        }
        if (acc == PPC_ACC_FETCH) {
            return ppc_fetch_fault((need & ~pp) ? SRR1_NOEXEC : SRR1_IAMR,
                                   f);
        }
        uint32_t dsisr = 0;
        if (need & ~pp) {
            dsisr |= DSISR_PROTFAULT;
        }
        if (need & ~amr) {
            dsisr |= DSISR_AMR;
        }
        return ppc_data_fault(cpu, ea, acc, dsisr, f);
    }

    uint64_t mask = (1ULL << shift) - 1;
    uint64_t phys = ((pte1 & HPTE_R_RPN) & ~mask) | (ea & mask);
    *pa = phys;
    if (!f) {
        return true;
    }
    uint64_t rc = HPTE_R_R | (acc == PPC_ACC_STORE ? HPTE_R_C : 0);
    if ((pte1 & rc) != rc) {
        ppc_host_write(hpte + 8, 8, pte1 | rc, false);
    }
    /* the segment's base page size: every EA of that block hashes to
     * the same PTEGs and matches the same HPTE */
    ppc_tlb_fill(cpu, ea, acc, phys, base);
    return true;
}

bool ppc_hash_xlate(PpcCpu *cpu, uint64_t ea, PpcAccess acc, uint64_t *pa,
                    PpcFault *f)
{
    return hash_translate(cpu, ea, acc, pa, f);
}

bool ppc_hash_probe(PpcCpu *cpu, uint64_t ea, PpcAccess acc, uint64_t *pa)
{
    return hash_translate(cpu, ea, acc, pa, NULL);
}
