/* SPDX-License-Identifier: MIT */
/*
 * HPT resizing (PAPR hcall-hpt-resize: H_RESIZE_HPT_PREPARE and
 * H_RESIZE_HPT_COMMIT) with live mappings, on POWER8 (hash mode from
 * the start):
 *   - the argument checks: flags, shift bounds (18..46), at most one
 *     order above the size the RAM gets (H_RESOURCE), a commit without
 *     a matching prepare (H_CLOSED), a cancelled prepare (shift 0);
 *   - a resize before anything is mapped (free slots then read 0, as in
 *     a prepared table, not 0x40 as after reset);
 *   - a prepare answers H_LONG_BUSY_ORDER_100_MSEC, and asked again
 *     with the same shift H_SUCCESS once the table is ready (the
 *     program repeats it until then and does not print how often);
 *   - growing to one order above, then shrinking to one below, with
 *     relocation on: the program's own code and data (bolted 64K pages)
 *     and a bolted 4K alias keep translating, a non-bolted mapping is
 *     gone (DSI, once slbia dropped what the TLB cached), H_READ finds the bolted entries where the new size
 *     hashes them and reads free slots of the new table as 0;
 *   - two bolted entries that would land in one slot of the smaller
 *     table: the commit fails with H_PTEG_FULL and the old table stays;
 *   - CAS from a guest without OV5 HPT resizing while the table is
 *     smaller than the RAM's size: an empty table of that size.
 * The "off" case runs with resize-hpt=disabled: H_AUTHORITY.
 */
#include "mmu-util.h"

#define H_ENTER 0x08
#define H_READ 0x0c
#define H_RESIZE_HPT_PREPARE 0x36c
#define H_RESIZE_HPT_COMMIT 0x370
#define KVMPPC_H_CAS 0xf002
#define H_LONG_BUSY_100MS 9902

#define H_EXACT (1ULL << (63 - 24))

#define MSR_IR 0x20ULL
#define MSR_DR 0x10ULL
#define SLB_V 0x08000000ULL
#define SLB_64K 0x110ULL
#define HPTE_V 1ULL
#define HPTE_L 4ULL
#define HPTE_BOLTED 0x10ULL
#define HPTE_M 0x10ULL

static uint8_t page_a[4096] __attribute__((aligned(4096)));
static uint8_t page_b[4096] __attribute__((aligned(4096)));

static unsigned hpt_shift;  /* current HPT size, log2 of bytes */
static volatile unsigned hits;
static volatile uint64_t h_vec, h_dar;

static void hook(uint64_t v, RtFrame *f)
{
    hits++;
    h_vec = v;
    __asm__ volatile("mfdar %0" : "=r"(h_dar));
    f->srr0 += 4;
}

static long hcall2(uint64_t nr, uint64_t *a)
{
    register uint64_t r3 __asm__("r3") = nr;
    register uint64_t r4 __asm__("r4") = a[0];
    register uint64_t r5 __asm__("r5") = a[1];
    register uint64_t r6 __asm__("r6") = a[2];
    register uint64_t r7 __asm__("r7") = a[3];
    __asm__ volatile("sc 1"
                     : "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7)
                     :: "r0", "r8", "r9", "r10", "r11", "r12", "cr0", "ctr",
                        "memory");
    a[0] = r4; a[1] = r5; a[2] = r6; a[3] = r7;
    return (long)r3;
}

static uint64_t mask_for(unsigned shift)
{
    return (1ULL << (shift - 7)) - 1;
}

/* PTEG (as a ptex) and first HPTE doubleword of a page of a 256M
 * segment with base page shift `shift`. */
static uint64_t ptex_of(uint64_t vsid, uint64_t ea, unsigned shift,
                        unsigned hpt)
{
    return ((vsid ^ ((ea & 0x0fffffffULL) >> shift)) & mask_for(hpt)) * 8;
}

static uint64_t avpn_of(uint64_t vsid, uint64_t ea)
{
    return (vsid << 12) | (((ea & 0x0fffffffULL) >> 16) & ~0x7fULL);
}

static long enter(uint64_t flags, uint64_t ptex, uint64_t pteh,
                  uint64_t ptel, uint64_t *slot)
{
    uint64_t a[4] = { flags, ptex, pteh, ptel };
    long rc = hcall2(H_ENTER, a);
    *slot = a[0];
    return rc;
}

static void read_hpte(const char *what, uint64_t ptex)
{
    uint64_t a[4] = { 0, ptex };
    long rc = hcall2(H_READ, a);
    rt_printf("H_READ %s: rc %ld v %016lx r-low %04lx\n", what, rc,
              (unsigned long)a[0], (unsigned long)(a[1] & 0xffff));
}

static long prepare(uint64_t flags, uint64_t shift)
{
    uint64_t a[4] = { flags, shift };
    return hcall2(H_RESIZE_HPT_PREPARE, a);
}

static long commit(uint64_t flags, uint64_t shift)
{
    uint64_t a[4] = { flags, shift };
    return hcall2(H_RESIZE_HPT_COMMIT, a);
}

/* Prepare `shift` until it is ready; prints the first and last answer. */
static void prepare_ready(unsigned shift)
{
    long first = prepare(0, shift), rc = first;
    for (int i = 0; rc == H_LONG_BUSY_100MS && i < 1000000; i++) {
        rc = prepare(0, shift);
    }
    rt_printf("prepare %u: first rc %ld, then rc %ld\n", shift, first, rc);
}

static void resize(unsigned shift)
{
    prepare_ready(shift);
    long rc = commit(0, shift);
    rt_printf("commit %u: rc %ld\n", shift, rc);
    if (rc == 0) {
        hpt_shift = shift;
    }
}

/* KVMPPC_H_CAS for a POWER8 (raw PVR) asking for hash, option vector 5
 * all zero: no HPT resizing. */
static long cas_p8(void)
{
    static uint8_t vec[64] __attribute__((aligned(8)));
    /* the tree CAS returns goes to scratch RAM past the program (a
     * static buffer would make the runtime clear 64K of BSS first) */
    uint8_t *buf = (uint8_t *)(uintptr_t)0x1000000;
    const uint64_t buf_size = 0x10000;
    static const uint8_t head[] = {
        0xff, 0xff, 0x00, 0x00, 0x00, 0x4d, 0x00, 0x00,  /* raw POWER8 */
        0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff,  /* end */
        4,                                               /* 5 vectors */
        2, 0x80, 0x00, 0x00,   /* ov1 */
        2, 0x00, 0x00, 0x00,   /* ov2 */
        2, 0x00, 0x00, 0x00,   /* ov3 */
        2, 0x00, 0x00, 0x00,   /* ov4 */
        23,                    /* ov5: 24 bytes of zeros */
    };
    memcpy(vec, head, sizeof(head));
    memset(vec + sizeof(head), 0, 24);
    return rt_hcall(KVMPPC_H_CAS, (uint64_t)(uintptr_t)vec,
                    (uint64_t)(uintptr_t)buf, buf_size, 0, 0);
}

static const uint64_t vsid0 = 0x123, vsid1 = 0x4567;
static const uint64_t seg1 = 0x100000000ULL;
static uint64_t slot_a, slot_b;

/* Through the bolted alias (page_a) and the non-bolted one (page_b),
 * with relocation on. */
static void check_mappings(const char *when, uint64_t tag)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    /* drop cached translations (both emulators flush their TLB on
     * slbia; an HPTE the commit dropped may stay cached until then, as
     * the ISA allows): slbia keeps entry 0, our code's segment */
    __asm__ volatile("slbia; slbmte %0,%1; isync"
                     :: "r"(vsid1 << 12), "r"(seg1 | SLB_V | 1) : "memory");
    hits = 0;
    store64(seg1, tag);
    uint64_t va = load64(seg1);
    uint64_t direct = *(volatile uint64_t *)page_a;
    uint64_t vb = load64(seg1 + 0x1000);
    rt_printf("%s: ir/dr %lu, alias a %lx (page %lx), alias b %lx, hits %u",
              when, (unsigned long)((m >> 4) & 3), (unsigned long)va,
              (unsigned long)direct, (unsigned long)vb, hits);
    if (hits) {
        rt_printf(" vec %03lx dar %lx", (unsigned long)h_vec,
                  (unsigned long)h_dar);
    }
    rt_printf("\n");
}

/* The HPTEs of the two aliases where the current size hashes them. */
static void read_aliases(const char *when)
{
    rt_printf("%s (shift %u):\n", when, hpt_shift);
    read_hpte("alias a", ptex_of(vsid1, seg1, 12, hpt_shift) + (slot_a & 7));
    read_hpte("alias b", ptex_of(vsid1, seg1 + 0x1000, 12, hpt_shift) +
              (slot_b & 7));
    read_hpte("free slot", ptex_of(vsid1, seg1, 12, hpt_shift) + 7);
}

int main(void)
{
    rt_exception_hook = hook;
    uint32_t len;
    const void *pft = rt_fdt_prop("/cpus/PowerPC,POWER8@0", "ibm,pft-size",
                                  &len);
    hpt_shift = pft ? rt_be32((const uint8_t *)pft + 4) : 0;
    unsigned base = hpt_shift;
    rt_printf("pft-size %u\n", base);

    long rc = prepare(0, base + 1);
    if (rc == -10) {
        rt_printf("prepare: rc %ld (resize-hpt disabled)\n", rc);
        rt_printf("commit: rc %ld\n", commit(0, base + 1));
        return 0;
    }
    rt_printf("prepare %u: rc %ld\n", base + 1, rc);
    rt_printf("prepare 0 (cancel): rc %ld\n", prepare(0, 0));
    rt_printf("commit after cancel: rc %ld\n", commit(0, base + 1));
    rt_printf("prepare flags 1: rc %ld\n", prepare(1, base));
    rt_printf("prepare 17: rc %ld\n", prepare(0, 17));
    rt_printf("prepare 47: rc %ld\n", prepare(0, 47));
    rt_printf("prepare %u: rc %ld\n", base + 2, prepare(0, base + 2));
    rt_printf("commit flags 1: rc %ld\n", commit(1, base));
    rt_printf("commit without prepare: rc %ld\n", commit(0, base));
    /* down and back before anything is mapped: the table is a prepared
     * one now, free slots read 0 */
    resize(base - 1);
    resize(base);

    /* segment 0: EA 0..1M -> RA 0, bolted 64K pages (code, data, stack) */
    int n0 = 0;
    for (uint64_t ea = 0; ea < 0x100000; ea += 0x10000) {
        uint64_t slot;
        n0 += enter(0, ptex_of(vsid0, ea, 16, hpt_shift),
                    avpn_of(vsid0, ea) | HPTE_BOLTED | HPTE_L | HPTE_V,
                    ea | 0x1000 | HPTE_M | 2, &slot) == 0;
    }
    rt_printf("identity map: %d pages\n", n0);
    __asm__ volatile("slbmte %0,%1; isync"
                     :: "r"((vsid0 << 12) | SLB_64K), "r"(SLB_V | 0)
                     : "memory");
    /* segment 0x10: a bolted 4K alias of page_a, a plain one of page_b */
    rc = enter(0, ptex_of(vsid1, seg1, 12, hpt_shift),
               avpn_of(vsid1, seg1) | HPTE_BOLTED | HPTE_V,
               (uint64_t)(uintptr_t)page_a | HPTE_M | 2, &slot_a);
    rt_printf("H_ENTER alias a: rc %ld slot %lu\n", rc,
              (unsigned long)(slot_a & 7));
    rc = enter(0, ptex_of(vsid1, seg1 + 0x1000, 12, hpt_shift),
               avpn_of(vsid1, seg1 + 0x1000) | HPTE_V,
               (uint64_t)(uintptr_t)page_b | HPTE_M | 2, &slot_b);
    rt_printf("H_ENTER alias b: rc %ld slot %lu\n", rc,
              (unsigned long)(slot_b & 7));
    __asm__ volatile("slbmte %0,%1; isync"
                     :: "r"(vsid1 << 12), "r"(seg1 | SLB_V | 1) : "memory");
    *(volatile uint64_t *)page_b = 0xbbbb;

    uint64_t msr;
    __asm__ volatile("mfmsr %0" : "=r"(msr));
    __asm__ volatile("mtmsrd %0; isync" :: "r"(msr | MSR_IR | MSR_DR)
                     : "memory");
    check_mappings("before", 0x1111);
    read_aliases("before");

    /* grow, relocation on all along */
    resize(base + 1);
    check_mappings("grown", 0x2222);
    read_aliases("grown");
    /* the same prepare again after its commit: a new one */
    rt_printf("commit again: rc %ld\n", commit(0, base + 1));

    /* shrink below the original size */
    resize(base - 1);
    check_mappings("shrunk", 0x3333);
    read_aliases("shrunk");
    uint64_t a[4] = { 0, (mask_for(base - 1) + 1) * 8 };
    rt_printf("H_READ past the end: rc %ld\n", hcall2(H_READ, a));

    /* a prepare, a commit of another size (refused, the prepare stays),
     * then the right commit: a same-size rehash */
    prepare_ready(base - 1);
    rt_printf("commit %u for prepare %u: rc %ld\n", base, base - 1,
              commit(0, base));
    rt_printf("commit %u: rc %ld\n", base - 1, commit(0, base - 1));
    check_mappings("rehashed", 0x4444);

    /* two bolted entries in slot 6 of PTEGs that one order smaller
     * folds together */
    uint64_t g = 0x40 * 8, other = g + (mask_for(hpt_shift) + 1) / 2 * 8;
    uint64_t s1, s2;
    long r1 = enter(H_EXACT, g + 6, (0x777ULL << 12) | HPTE_BOLTED | HPTE_V,
                    0x2000 | HPTE_M | 2, &s1);
    long r2 = enter(H_EXACT, other + 6,
                    (0x778ULL << 12) | HPTE_BOLTED | HPTE_V,
                    0x3000 | HPTE_M | 2, &s2);
    rt_printf("colliding entries: rc %ld %ld\n", r1, r2);
    prepare_ready(hpt_shift - 1);
    rt_printf("commit %u: rc %ld\n", hpt_shift - 1,
              commit(0, hpt_shift - 1));
    read_hpte("first of the two", g + 6);
    read_hpte("second of the two", other + 6);
    check_mappings("after the failed commit", 0x5555);

    __asm__ volatile("mtmsrd %0; isync" :: "r"(msr) : "memory");

    /* CAS without OV5 HPT resizing, the table smaller than the RAM's
     * size: replaced by an empty one of that size */
    uint64_t past = (mask_for(hpt_shift) + 1) * 8;
    rt_printf("CAS without hpt-resize: rc %ld\n", cas_p8());
    uint64_t r[4] = { 0, past };
    rc = hcall2(H_READ, r);
    rt_printf("H_READ past the old end: rc %ld v %016lx\n", rc,
              (unsigned long)r[0]);
    read_hpte("alias a's old slot", ptex_of(vsid1, seg1, 12, hpt_shift) +
              (slot_a & 7));
    return 0;
}
