/* SPDX-License-Identifier: MIT */
/*
 * VMX/VSX loads and stores with data relocation on (POWER8, hash MMU):
 * the quadword and element accesses translate like the scalar ones and
 * take the same storage interrupts. An HPT built with H_ENTER maps
 * EA 0..1M to RA 0 (64K pages, so the program runs with MSR[IR,DR] = 1)
 * and, in a 4K-page segment at EA 0x100000000, one RAM page read-write
 * (+0), the same page read-only (+0x1000), nothing at +0x2000:
 *   - lxvd2x/lxvw4x/lvx/lxsdx loads through the mappings, in the
 *     program's byte order, also across the rw -> ro page boundary;
 *   - DSI (DAR, DSISR) for a load from the unmapped page, a store to the
 *     read-only alias, stvewx to the unmapped page, and accesses that
 *     cross into a page they may not use: the first doubleword of a
 *     crossing store is written, the register of a faulting load is
 *     left as it was.
 */
#include "rt/rt.h"

#define H_ENTER 0x08
#define MSR_IR 0x20ULL
#define MSR_DR 0x10ULL
#define MSR_FP (1ULL << 13)
#define MSR_VSX (1ULL << 23)
#define MSR_VEC (1ULL << 25)
#define SLB_V 0x08000000ULL
#define SLB_64K 0x110ULL
#define HPTE_V 1ULL
#define HPTE_L 4ULL
#define HPTE_M 0x10ULL

static uint8_t page_a[4096] __attribute__((aligned(4096)));
static uint8_t vbuf[32] __attribute__((aligned(16)));  /* VR images */
static uint64_t hpt_mask;
static volatile unsigned hits;
static volatile uint64_t h_vec, h_dar, h_dsisr;

static void hook(uint64_t v, RtFrame *f)
{
    hits++;
    h_vec = v;
    __asm__ volatile("mfdar %0" : "=r"(h_dar));
    __asm__ volatile("mfdsisr %0" : "=r"(h_dsisr));
    f->srr0 += 4;
}

static long h_enter(uint64_t ptex, uint64_t pteh, uint64_t ptel)
{
    register uint64_t r3 __asm__("r3") = H_ENTER;
    register uint64_t r4 __asm__("r4") = 0;
    register uint64_t r5 __asm__("r5") = ptex;
    register uint64_t r6 __asm__("r6") = pteh;
    register uint64_t r7 __asm__("r7") = ptel;
    __asm__ volatile("sc 1"
                     : "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7)
                     :: "r0", "r8", "r9", "r10", "r11", "r12", "cr0", "ctr",
                        "memory");
    return (long)r3;
}

static uint64_t avpn(uint64_t vsid, uint64_t ea)
{
    return (vsid << 12) | (((ea & 0x0fffffffULL) >> 16) & ~0x7fULL);
}

static uint64_t pteg(uint64_t vsid, uint64_t ea, unsigned shift)
{
    return ((vsid ^ ((ea & 0x0fffffffULL) >> shift)) & hpt_mask) * 8;
}

static void show(const char *what)
{
    rt_printf("%s: hits %u", what, hits);
    if (hits) {
        rt_printf(" vec %03lx dar %lx dsisr %08lx", (unsigned long)h_vec,
                  (unsigned long)h_dar, (unsigned long)h_dsisr);
    }
    rt_printf("\n");
    hits = 0;
}

static void dump(const char *what, const uint8_t *p, unsigned n)
{
    rt_printf("  %s", what);
    for (unsigned i = 0; i < n; i++) {
        rt_printf("%s%02x", i % 4 ? "" : " ", p[i]);
    }
    rt_printf("\n");
}

/* v0 := the 16 bytes at vbuf (lvx: the quadword in the program's byte
 * order), and back. */
static void v0_set(void)
{
    __asm__ volatile("lvx 0,0,%0" :: "r"(vbuf) : "memory");
}

static void v0_get(void)
{
    __asm__ volatile("stvx 0,0,%0" :: "r"(vbuf) : "memory");
    dump("v0", vbuf, 16);
}

/* One access: the instruction text with the EA in %0 (RB), RA = 0. */
#define ACCESS(insn, ea) \
    __asm__ volatile(insn " 0,0,%0" :: "r"(ea) : "memory")
#define ACCESS_VS(insn, ea) \
    __asm__ volatile(insn " 32,0,%0" :: "r"(ea) : "memory")

static void fill_v0(uint8_t seed)
{
    for (unsigned i = 0; i < 16; i++) {
        vbuf[i] = (uint8_t)(seed + 0x11 * i);
    }
    v0_set();
}

int main(void)
{
    rt_exception_hook = hook;
    uint32_t len;
    const void *pft = rt_fdt_prop("/cpus/PowerPC,POWER8@0", "ibm,pft-size",
                                  &len);
    if (!pft) {
        rt_printf("not a POWER8\n");
        return 1;
    }
    unsigned shift = rt_be32((const uint8_t *)pft + 4);
    hpt_mask = (1ULL << (shift - 7)) - 1;

    uint64_t vsid0 = 0x123;
    int n0 = 0;
    for (uint64_t ea = 0; ea < 0x100000; ea += 0x10000) {
        n0 += h_enter(pteg(vsid0, ea, 16), avpn(vsid0, ea) | HPTE_L | HPTE_V,
                      ea | 0x1000 | HPTE_M | 2) == 0;
    }
    uint64_t vsid1 = 0x4567, seg1 = 0x100000000ULL;
    uint64_t ra_a = (uint64_t)(uintptr_t)page_a;
    long rw = h_enter(pteg(vsid1, seg1, 12), avpn(vsid1, seg1) | HPTE_V,
                      ra_a | HPTE_M | 2);
    long ro = h_enter(pteg(vsid1, seg1 + 0x1000, 12),
                      avpn(vsid1, seg1 + 0x1000) | HPTE_V, ra_a | HPTE_M | 3);
    rt_printf("identity %d pages, rw %ld, ro %ld\n", n0, rw, ro);
    __asm__ volatile("slbmte %0,%1; isync"
                     :: "r"((vsid0 << 12) | SLB_64K), "r"(SLB_V) : "memory");
    __asm__ volatile("slbmte %0,%1; isync"
                     :: "r"(vsid1 << 12), "r"(seg1 | SLB_V | 1) : "memory");
    for (unsigned i = 0; i < 4096; i++) {
        page_a[i] = (uint8_t)(i * 7 + 3);
    }
    uint64_t msr;
    __asm__ volatile("mfmsr %0" : "=r"(msr));
    msr |= MSR_FP | MSR_VEC | MSR_VSX | MSR_IR | MSR_DR;
    __asm__ volatile("mtmsrd %0; isync" :: "r"(msr) : "memory");

    fill_v0(0x40);
    ACCESS_VS("lxvd2x", seg1 + 0x10);
    show("lxvd2x rw");
    v0_get();
    ACCESS_VS("lxvw4x", seg1 + 0x1ff4);  /* second doubleword crosses */
    show("lxvw4x ro -> unmapped");
    v0_get();
    ACCESS_VS("lxvd2x", seg1 + 0xffc);
    show("lxvd2x across rw -> ro");
    v0_get();
    ACCESS("lvx", seg1 + 0x1017);
    show("lvx ro (EA & ~15)");
    v0_get();
    ACCESS_VS("lxsdx", seg1 + 0x1003);
    show("lxsdx ro");
    v0_get();

    fill_v0(0x80);
    ACCESS_VS("lxvd2x", seg1 + 0x2000);
    show("lxvd2x unmapped");
    v0_get();
    ACCESS_VS("lxvw4x", seg1 + 0x1ff8);
    show("lxvw4x across ro -> unmapped");
    v0_get();
    ACCESS("lvewx", seg1 + 0x2008);
    show("lvewx unmapped");
    v0_get();

    fill_v0(0x05);
    ACCESS_VS("stxvd2x", seg1 + 0x20);
    show("stxvd2x rw");
    dump("A+0x20", page_a + 0x20, 16);
    ACCESS("stvx", seg1 + 0x1030);
    show("stvx ro");
    dump("A+0x30", page_a + 0x30, 16);
    ACCESS_VS("stxvw4x", seg1 + 0xff8);
    show("stxvw4x across rw -> ro");
    dump("A+0xff0", page_a + 0xff0, 16);
    dump("A+0x000", page_a, 16);
    ACCESS("stvewx", seg1 + 0x2004);
    show("stvewx unmapped");
    ACCESS_VS("stxsdx", seg1 + 0x1ffc);
    show("stxsdx ro -> unmapped");

    msr &= ~(MSR_IR | MSR_DR);
    __asm__ volatile("mtmsrd %0; isync" :: "r"(msr) : "memory");
    rt_printf("done\n");
    return 0;
}
