/* SPDX-License-Identifier: MIT */
/*
 * The hash MMU of a pseries partition: an HPT built with H_ENTER, the
 * SLB loaded with slbmte, relocation turned on with mtmsrd.
 *   - EA 0..1M is mapped to RA 0 with 64K pages (segment 0), so the
 *     program itself runs with MSR[IR,DR] = 1; a 16M segment is refused
 *     (pseries-7.2's cap-hpt-max-page-size is 64K);
 *   - 4K pages in a 256M segment (ESID 0x10): a read-write and a
 *     read-only alias of one RAM page, a no-execute page, an unmapped
 *     page; a 64K page (ESID 0x30); a 4K page in a 1T segment;
 *   - the storage interrupts: DSI (no PTE, protection, store), ISI (no
 *     PTE, no-execute), data and instruction segment interrupts, with
 *     DAR, DSISR and SRR1;
 *   - R and C as H_READ shows them; H_ENTER/H_REMOVE/H_PROTECT/H_READ_4/
 *     H_BULK_REMOVE results and errors; H_CLEAR_REF (H_FUNCTION in QEMU
 *     7.2's TCG);
 *   - code run through two mappings of one page, then changed through a
 *     third (data) mapping and run again.
 * The slbm*, slbie and slbia instructions on entries we know.
 * Run on POWER8 and POWER9 (mmu-hash.args); a POWER9 starts in radix
 * mode (H_ENTER fails) until CAS asks for hash.
 */
#include "mmu-util.h"

#define H_ENTER 0x08
#define H_REMOVE 0x04
#define H_READ 0x0c
#define H_CLEAR_REF 0x14
#define H_PROTECT 0x18
#define H_BULK_REMOVE 0x124
#define KVMPPC_H_CAS 0xf002

#define H_EXACT (1ULL << (63 - 24))
#define H_READ_4 (1ULL << (63 - 26))
#define H_AVPN (1ULL << (63 - 32))

#define MSR_IR 0x20ULL
#define MSR_DR 0x10ULL

#define SLB_V 0x08000000ULL
#define SLB_KS 0x800ULL
#define SLB_KP 0x400ULL
#define SLB_N 0x200ULL
#define SLB_16M 0x100ULL
#define SLB_64K 0x110ULL
#define SLB_1T (1ULL << 62)

#define HPTE_V 1ULL
#define HPTE_L 4ULL
#define HPTE_M 0x10ULL
#define HPTE_N 0x4ULL

static uint8_t page_a[4096] __attribute__((aligned(4096)));
static uint8_t page_b[4096] __attribute__((aligned(4096)));
static uint32_t page_code[1024] __attribute__((aligned(4096)));
static uint8_t page_64k[65536] __attribute__((aligned(65536)));
static uint8_t cas_vec[256] __attribute__((aligned(8)));
static uint8_t cas_buf[0x10000] __attribute__((aligned(8)));

static uint64_t hpt_mask;   /* PTEG index mask */

static volatile unsigned hits;
static volatile uint64_t h_vec, h_srr0, h_srr1, h_dar, h_dsisr;

static void hook(uint64_t v, RtFrame *f)
{
    hits++;
    h_vec = v;
    h_srr0 = f->srr0;
    h_srr1 = f->srr1;
    __asm__ volatile("mfdar %0" : "=r"(h_dar));
    __asm__ volatile("mfdsisr %0" : "=r"(h_dsisr));
    if (v == 0x400 || v == 0x480) {
        f->srr0 = f->lr;   /* a call into nowhere: return to the caller */
    } else {
        f->srr0 += 4;
    }
}

/* sc 1 with r4..r11 in and out. */
static long hcall8(uint64_t nr, uint64_t *a)
{
    register uint64_t r3 __asm__("r3") = nr;
    register uint64_t r4 __asm__("r4") = a[0];
    register uint64_t r5 __asm__("r5") = a[1];
    register uint64_t r6 __asm__("r6") = a[2];
    register uint64_t r7 __asm__("r7") = a[3];
    register uint64_t r8 __asm__("r8") = a[4];
    register uint64_t r9 __asm__("r9") = a[5];
    register uint64_t r10 __asm__("r10") = a[6];
    register uint64_t r11 __asm__("r11") = a[7];
    __asm__ volatile("sc 1"
                     : "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7),
                       "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11)
                     :: "r0", "r12", "cr0", "ctr", "memory");
    a[0] = r4; a[1] = r5; a[2] = r6; a[3] = r7;
    a[4] = r8; a[5] = r9; a[6] = r10; a[7] = r11;
    return (long)r3;
}

static void slbmte(uint64_t vsidw, uint64_t esidw)
{
    __asm__ volatile("slbmte %0,%1; isync" :: "r"(vsidw), "r"(esidw)
                     : "memory");
}

static void reloc(int on)
{
    uint64_t m = mfmsr() & ~(MSR_IR | MSR_DR);
    mtmsrd(on ? m | MSR_IR | MSR_DR : m);
}

/* The HPTE first doubleword and PTEG of a page of a 256M segment
 * (base page shift `shift`) or a 1T one. */
static uint64_t avpn_256m(uint64_t vsid, uint64_t ea)
{
    return (vsid << 12) | (((ea & 0x0fffffffULL) >> 16) & ~0x7fULL);
}

static uint64_t pteg_256m(uint64_t vsid, uint64_t ea, unsigned shift)
{
    uint64_t epn = (ea & 0x0fffffffULL) >> shift;
    return ((vsid ^ epn) & hpt_mask) * 8;
}

static uint64_t avpn_1t(uint64_t vsid, uint64_t ea)
{
    return SLB_1T | (vsid << 24) |
           (((ea & 0xffffffffffULL) >> 16) & ~0x7fULL);
}

static uint64_t pteg_1t(uint64_t vsid, uint64_t ea)
{
    uint64_t epn = (ea & 0xffffffffffULL) >> 12;
    return ((vsid ^ (vsid << 25) ^ epn) & hpt_mask) * 8;
}

/* H_ENTER; prints the result, returns the slot (ptex) or -1. */
static int64_t enter(const char *what, uint64_t flags, uint64_t ptex,
                     uint64_t pteh, uint64_t ptel)
{
    uint64_t a[8] = { flags, ptex, pteh, ptel };
    long rc = hcall8(H_ENTER, a);
    rt_printf("H_ENTER %s: rc %ld slot %lu\n", what, rc,
              rc == 0 ? (unsigned long)(a[0] & 7) : 0UL);
    return rc == 0 ? (int64_t)a[0] : -1;
}

static void read_hpte(const char *what, int64_t ptex)
{
    uint64_t a[8] = { 0, (uint64_t)ptex };
    long rc = hcall8(H_READ, a);
    rt_printf("H_READ %s: rc %ld v %016lx r-low %04lx\n", what, rc,
              (unsigned long)a[0],
              (unsigned long)(a[1] & 0xffff));
}

static void show(const char *what)
{
    rt_printf("%s: hits %u", what, hits);
    if (hits) {
        rt_printf(" vec %03lx", (unsigned long)h_vec);
        if (h_vec == 0x300 || h_vec == 0x380) {
            rt_printf(" dar %lx", (unsigned long)h_dar);
        }
        if (h_vec == 0x300) {
            rt_printf(" dsisr %08lx", (unsigned long)h_dsisr);
        }
        if (h_vec == 0x400 || h_vec == 0x480 || h_vec == 0x700) {
            rt_printf(" srr0 %lx", (unsigned long)h_srr0);
        }
        rt_printf(" srr1 %08lx", (unsigned long)(h_srr1 & 0x783f0030ULL));
    }
    rt_printf("\n");
    hits = 0;
}

/* li r3,n; blr into the code page at word i, made fetchable. */
static void put_code(unsigned i, uint16_t n)
{
    page_code[i] = 0x38600000u | n;
    page_code[i + 1] = 0x4e800020u;
    __asm__ volatile("dcbst 0,%0; sync; icbi 0,%0; isync"
                     :: "r"(&page_code[i]) : "memory");
}

/* A POWER9 starts in radix mode; ask for hash through CAS. */
static void cas_hash(void)
{
    unsigned p = 0;
    static const uint8_t head[] = {
        0xff, 0xff, 0x00, 0x00, 0x00, 0x4e, 0x00, 0x00,  /* raw POWER9 */
        0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff,  /* end */
        4,                                               /* 5 vectors */
        2, 0x80, 0x00, 0x00,   /* ov1 */
        2, 0x00, 0x00, 0x00,   /* ov2 */
        2, 0x00, 0x00, 0x00,   /* ov3 */
        2, 0x00, 0x00, 0x00,   /* ov4 */
        23,                    /* ov5: 24 bytes, no radix */
    };
    memcpy(cas_vec, head, sizeof(head));
    p = sizeof(head);
    memset(cas_vec + p, 0, 24);
    long rc = rt_hcall(KVMPPC_H_CAS, (uint64_t)(uintptr_t)cas_vec,
                       (uint64_t)(uintptr_t)cas_buf, sizeof(cas_buf), 0, 0);
    rt_printf("CAS hash: rc %ld\n", rc);
}

int main(void)
{
    rt_exception_hook = hook;
    uint32_t len;
    const void *pft = rt_fdt_prop("/cpus/PowerPC,POWER8@0", "ibm,pft-size",
                                  &len);
    if (!pft) {
        pft = rt_fdt_prop("/cpus/PowerPC,POWER9@0", "ibm,pft-size", &len);
    }
    unsigned shift = pft ? rt_be32((const uint8_t *)pft + 4) : 0;
    hpt_mask = (1ULL << (shift - 7)) - 1;
    uint32_t pvr;
    __asm__ volatile("mfpvr %0" : "=r"(pvr));
    int p9 = (pvr >> 16) == 0x004e;
    rt_printf("pft-size %u, %s\n", shift, p9 ? "POWER9" : "POWER8");

    /* segment 0: EA 0..1M -> RA 0 with 64K pages (pseries-7.2 allows
     * pages up to 64K: cap-hpt-max-page-size) */
    uint64_t vsid0 = 0x123;
    if (p9) {
        enter("before CAS (radix)", 0, pteg_256m(vsid0, 0, 16),
              avpn_256m(vsid0, 0) | HPTE_L | HPTE_V, 0x1000 | HPTE_M);
        cas_hash();
    }
    int n0 = 0;
    for (uint64_t ea = 0; ea < 0x100000; ea += 0x10000) {
        uint64_t a[8] = { 0, pteg_256m(vsid0, ea, 16),
                          avpn_256m(vsid0, ea) | HPTE_L | HPTE_V,
                          ea | 0x1000 | HPTE_M | 2 };
        n0 += hcall8(H_ENTER, a) == 0;
    }
    rt_printf("identity map: %d pages\n", n0);
    slbmte((vsid0 << 12) | SLB_64K, 0 | SLB_V | 0);
    /* a 16M segment: not allowed on pseries-7.2 */
    slbmte((0x999ULL << 12) | SLB_16M, 0x600000000ULL | SLB_V | 6);
    show("slbmte 16M segment");

    /* segment 0x10 (EA 0x100000000), 4K pages */
    uint64_t vsid1 = 0x4567;
    uint64_t seg1 = 0x100000000ULL;
    uint64_t ra_a = (uint64_t)(uintptr_t)page_a;
    uint64_t ra_b = (uint64_t)(uintptr_t)page_b;
    uint64_t ra_c = (uint64_t)(uintptr_t)page_code;
    int64_t rw = enter("rw A", 0, pteg_256m(vsid1, seg1, 12),
                       avpn_256m(vsid1, seg1) | HPTE_V, ra_a | HPTE_M | 2);
    int64_t ro = enter("ro A", 0, pteg_256m(vsid1, seg1 + 0x1000, 12),
                       avpn_256m(vsid1, seg1 + 0x1000) | HPTE_V,
                       ra_a | HPTE_M | 3);
    int64_t nx = enter("nx C", 0, pteg_256m(vsid1, seg1 + 0x3000, 12),
                       avpn_256m(vsid1, seg1 + 0x3000) | HPTE_V,
                       ra_c | HPTE_M | HPTE_N | 2);
    int64_t x1 = enter("code C 1", 0, pteg_256m(vsid1, seg1 + 0x4000, 12),
                       avpn_256m(vsid1, seg1 + 0x4000) | HPTE_V,
                       ra_c | HPTE_M | 2);
    int64_t x2 = enter("code C 2", 0, pteg_256m(vsid1, seg1 + 0x5000, 12),
                       avpn_256m(vsid1, seg1 + 0x5000) | HPTE_V,
                       ra_c | HPTE_M | 3);
    int64_t pb = enter("rw B", 0, pteg_256m(vsid1, seg1 + 0x6000, 12),
                       avpn_256m(vsid1, seg1 + 0x6000) | HPTE_V,
                       ra_b | HPTE_M | 2);
    slbmte((vsid1 << 12), seg1 | SLB_V | 1);

    /* segment 0x30, 64K pages */
    uint64_t vsid3 = 0x789a;
    uint64_t seg3 = 0x300000000ULL;
    uint64_t ra_64 = (uint64_t)(uintptr_t)page_64k;
    int64_t p64 = enter("64K", 0, pteg_256m(vsid3, seg3 + 0x10000, 16),
                        avpn_256m(vsid3, seg3 + 0x10000) | HPTE_L | HPTE_V,
                        ra_64 | 0x1000 | HPTE_M | 2);
    slbmte((vsid3 << 12) | SLB_64K, seg3 | SLB_V | 3);

    /* a 1T segment at 1T */
    uint64_t vsid4 = 0x2468ac;
    uint64_t seg4 = 1ULL << 40;
    int64_t p1t = enter("1T", 0, pteg_1t(vsid4, seg4 + 0x2000),
                        avpn_1t(vsid4, seg4 + 0x2000) | HPTE_V,
                        ra_b | HPTE_M | 2);
    slbmte(SLB_1T | (vsid4 << 24), seg4 | SLB_V | 4);

    /* hypercall errors */
    enter("bad WIMG", 0, pteg_256m(7, 0, 12), avpn_256m(7, 0) | HPTE_V, ra_a);
    enter("bad ptex", 0, (hpt_mask + 1) * 8, avpn_256m(7, 0) | HPTE_V,
          ra_a | HPTE_M);
    enter("exact taken", H_EXACT, (uint64_t)rw, avpn_256m(7, 0) | HPTE_V,
          ra_a | HPTE_M);
    enter("bad page size", 0, pteg_256m(7, 0, 12), avpn_256m(7, 0) | HPTE_L | HPTE_V,
          ra_a | 0x7000 | HPTE_M);
    {
        uint64_t a[8] = { 0, (uint64_t)rw };
        rt_printf("H_CLEAR_REF: rc %ld\n", hcall8(H_CLEAR_REF, a));
    }

    uint64_t v;
    for (int i = 0; i < 8; i++) {
        page_a[i] = (uint8_t)(0x11 * (i + 1));
    }
    page_64k[0x100] = 0x5a;
    read_hpte("rw A before", rw);

    reloc(1);
    v = load64(seg1);
    show("load rw");
    rt_printf("  value %016lx\n", (unsigned long)v);
    store64(seg1 + 8, 0x0102030405060708ULL);
    show("store rw");
    v = load64(seg1 + 0x1000 + 8);
    show("load ro alias");
    rt_printf("  value %016lx\n", (unsigned long)v);
    store64(seg1 + 0x1000, 1);
    show("store ro");
    load64(seg1 + 0x2000 + 0x18);
    show("load unmapped");
    store64(seg1 + 0x2000 + 0x20, 1);
    show("store unmapped");
    load64(0x200000000ULL + 0x40);
    show("load no segment");
    v = load64(seg3 + 0x10000 + 0x100);
    show("load 64K");
    rt_printf("  value %016lx\n", (unsigned long)v);
    store64(seg4 + 0x2000 + 0x10, 0xfeedULL);
    show("store 1T");
    v = load64(seg1 + 0x6000 + 0x10);
    show("load B");
    rt_printf("  value %016lx\n", (unsigned long)v);
    /* cache block instructions translate as loads */
    __asm__ volatile("icbi 0,%0" :: "r"(seg1 + 0x2000 + 0x40) : "memory");
    show("icbi unmapped");
    __asm__ volatile("dcbst 0,%0" :: "r"(seg1 + 0x2000 + 0x84) : "memory");
    show("dcbst unmapped");
    __asm__ volatile("dcbt 0,%0" :: "r"(seg1 + 0x2000 + 0x80) : "memory");
    show("dcbt unmapped");
    /* an access that crosses from a mapped into an unmapped page */
    load64(seg1 + 0x1ffc);
    show("load crossing");

    /* code: two mappings, then changed through a data mapping */
    reloc(0);
    put_code(0, 1);
    reloc(1);
    v = call(seg1 + 0x4000);
    show("call map 1");
    rt_printf("  r3 %lu\n", (unsigned long)v);
    v = call(seg1 + 0x5000);
    show("call map 2");
    rt_printf("  r3 %lu\n", (unsigned long)v);
    store64(seg1 + 0x6000 + 0x28, 0);  /* unrelated store */
    /* rewrite li r3,1 as li r3,2 through the no-execute data mapping */
    {
        uint64_t ea = seg1 + 0x3000;
        uint32_t w = 0x38600002u;
        __asm__ volatile("stw %0,0(%1); dcbst 0,%1; sync; icbi 0,%1; isync"
                         :: "r"(w), "b"(ea) : "memory");
    }
    show("rewrite");
    v = call(seg1 + 0x4000);
    show("call map 1 again");
    rt_printf("  r3 %lu\n", (unsigned long)v);
    v = call(seg1 + 0x5000);
    show("call map 2 again");
    rt_printf("  r3 %lu\n", (unsigned long)v);
    call(seg1 + 0x3000);
    show("call no-execute");
    call(seg1 + 0x2000);
    show("call unmapped");
    call(0x500000000ULL);
    show("call no segment");
    reloc(0);

    read_hpte("rw A after", rw);
    read_hpte("ro A after", ro);
    read_hpte("nx C after", nx);
    read_hpte("code 1 after", x1);
    read_hpte("code 2 after", x2);
    read_hpte("B after", pb);
    read_hpte("64K after", p64);
    read_hpte("1T after", p1t);
    rt_printf("page_a %016lx page_b+0x10 %016lx\n",
              (unsigned long)*(volatile uint64_t *)(page_a + 8),
              (unsigned long)*(volatile uint64_t *)(page_b + 0x10));

    /* keys: Ks = 1 makes PP 0/2 pages no-access/read-write in supervisor
     * state; PP=2 (rw A) stays writable, a PP=0 page would not */
    slbmte((vsid1 << 12) | SLB_KS, seg1 | SLB_V | 1);
    reloc(1);
    store64(seg1 + 0x10, 3);
    show("store rw, Ks=1");
    v = load64(seg1 + 0x1000);
    show("load ro, Ks=1");
    reloc(0);
    slbmte((vsid1 << 12), seg1 | SLB_V | 1);

    /* H_PROTECT the rw mapping to read-only, then H_REMOVE it */
    {
        uint64_t a[8] = { 3, (uint64_t)rw, avpn_256m(vsid1, seg1) };
        long rc = hcall8(H_PROTECT, a);
        rt_printf("H_PROTECT: rc %ld\n", rc);
        reloc(1);
        store64(seg1, 5);
        show("store after protect");
        reloc(0);
        uint64_t b[8] = { H_AVPN, (uint64_t)rw, 0x1234 << 7 };
        rt_printf("H_REMOVE wrong avpn: rc %ld\n", hcall8(H_REMOVE, b));
        uint64_t c[8] = { H_AVPN, (uint64_t)rw, avpn_256m(vsid1, seg1) };
        rc = hcall8(H_REMOVE, c);
        rt_printf("H_REMOVE: rc %ld v %016lx r-low %04lx\n", rc,
                  (unsigned long)c[0], (unsigned long)(c[1] & 0xffff));
        uint64_t d[8] = { 0, (uint64_t)rw };
        rt_printf("H_REMOVE again: rc %ld\n", hcall8(H_REMOVE, d));
        reloc(1);
        load64(seg1);
        show("load after remove");
        reloc(0);
    }
    {
        uint64_t a[8] = { H_READ_4, (uint64_t)ro | 1 };
        long rc = hcall8(H_READ, a);
        rt_printf("H_READ_4: rc %ld", rc);
        for (int i = 0; i < 8; i += 2) {
            rt_printf(" %lx", (unsigned long)(a[i] & 0x7f));
        }
        rt_printf("\n");
    }
    {
        uint64_t a[8] = {
            0x4000000000000000ULL | (uint64_t)ro, 0,
            0x4000000000000000ULL | (uint64_t)rw, 0,
            0x4200000000000000ULL | (uint64_t)x1, avpn_256m(vsid1, seg1 + 0x4000),
            0xc000000000000000ULL, 0,
        };
        long rc = hcall8(H_BULK_REMOVE, a);
        rt_printf("H_BULK_REMOVE: rc %ld %016lx %016lx %016lx\n", rc,
                  (unsigned long)(a[0] & ~0xffULL & 0xff00000000000000ULL),
                  (unsigned long)(a[2] & 0xff00000000000000ULL),
                  (unsigned long)(a[4] & 0xff00000000000000ULL));
        reloc(1);
        v = call(seg1 + 0x5000);
        show("call map 2 after bulk remove of map 1");
        call(seg1 + 0x4000);
        show("call map 1 after bulk remove");
        reloc(0);
    }

    /* SLB reads and invalidation */
    {
        uint64_t e, vv, f;
        __asm__ volatile("slbmfee %0,%1" : "=r"(e) : "r"(1UL));
        __asm__ volatile("slbmfev %0,%1" : "=r"(vv) : "r"(1UL));
        rt_printf("slb 1: %016lx %016lx\n", (unsigned long)e,
                  (unsigned long)vv);
        __asm__ volatile("slbfee. %0,%1" : "=r"(f) : "r"(seg4 + 0x123456)
                         : "cr0");
        rt_printf("slbfee 1T: %016lx\n", (unsigned long)f);
        __asm__ volatile("slbie %0; isync" :: "r"(seg1 + 0x1000) : "memory");
        __asm__ volatile("slbfee. %0,%1" : "=r"(f) : "r"(seg1) : "cr0");
        rt_printf("slbfee after slbie: %016lx\n", (unsigned long)f);
        __asm__ volatile("slbia; isync" ::: "memory");
        __asm__ volatile("slbmfee %0,%1" : "=r"(e) : "r"(0UL));
        __asm__ volatile("slbmfee %0,%1" : "=r"(f) : "r"(3UL));
        rt_printf("after slbia: slb 0 %016lx slb 3 %016lx\n",
                  (unsigned long)e, (unsigned long)f);
    }
    return 0;
}
