/* SPDX-License-Identifier: MIT */
/*
 * The radix MMU of a POWER9 pseries partition: process tables built by
 * the program, registered with H_REGISTER_PROC_TBL, relocation turned on
 * with mtmsrd.
 *   - H_REGISTER_PROC_TBL's checks and return codes;
 *   - PID 0's tree: EA 0..1G -> RA 0..1G (a 1G leaf, user RWX, R and C
 *     set) so the program runs relocated; at EA 1G a 4K page table (read-
 *     write, read-only, invalid, privileged, no-execute, executable,
 *     non-idempotent I/O, a remappable page), a 2M leaf, a 64K table
 *     (a 2^5-entry level), at EA 2G a read-only 1G leaf;
 *   - PID 1's tree maps EA 1G elsewhere; quadrant 3 always uses PID 0;
 *     quadrants 1 and 2 and EAs with bits 2:11 set raise segment
 *     interrupts; a bad tree shape and a PID beyond the table fault;
 *   - DSI/ISI with DAR, DSISR, SRR1 for no translation, protection
 *     (EAA, privilege in problem state, AMR key 0, I/O fetch), and the
 *     R/C bits of a leaf that has them clear;
 *   - tlbiel/tlbie: a changed PTE is not seen before the invalidation
 *     (the translation just used stays cached, in QEMU and farad alike;
 *     the ISA allows either) and is seen after it; the invalid and
 *     hypervisor-privileged forms (PRS = 0; tlbie and tlbsync without
 *     LPCR[GTSE]).
 */
#include "mmu-util.h"

#define H_REGISTER_PROC_TBL 0x37c
#define MSR_IR 0x20ULL
#define MSR_DR 0x10ULL
#define MSR_PR 0x4000ULL

#define V (1ULL << 63)
#define LEAF (1ULL << 62)
#define PTE_R 0x100ULL
#define PTE_C 0x80ULL
#define IO 0x20ULL
#define PRIV 0x8ULL
#define RD 0x4ULL
#define RW 0x2ULL
#define EX 0x1ULL

static uint64_t root0[8192] __attribute__((aligned(65536)));
static uint64_t root1[8192] __attribute__((aligned(65536)));
static uint64_t pud0[512] __attribute__((aligned(4096)));
static uint64_t pud1[512] __attribute__((aligned(4096)));
static uint64_t pmd0[512] __attribute__((aligned(4096)));
static uint64_t pmd1[512] __attribute__((aligned(4096)));
static uint64_t pt0[512] __attribute__((aligned(4096)));
static uint64_t pt1[512] __attribute__((aligned(4096)));
static uint64_t pt64[32] __attribute__((aligned(256)));
static uint64_t prtb[512] __attribute__((aligned(4096)));
static uint8_t page_a[4096] __attribute__((aligned(4096)));
static uint8_t page_b[4096] __attribute__((aligned(4096)));
static uint32_t page_code[1024] __attribute__((aligned(4096)));
static uint8_t page_64k[65536] __attribute__((aligned(65536)));
static uint32_t ustub[4] __attribute__((aligned(16)));

#define RA(p) ((uint64_t)(uintptr_t)(p))
/* the ISA 3.0 tlbie/tlbiel forms (the programs are built for POWER8) */
#define P9 ".machine push; .machine power9; "
#define T 0x40000000ULL          /* the test area: EA 1G */
#define RA_2M 0x01000000ULL      /* RAM behind the 2M leaf */

static volatile unsigned hits;
static volatile uint64_t h_vec, h_srr0, h_srr1, h_dar, h_dsisr;
static volatile int in_user;
static uint64_t kernel_msr;
extern char user_ret[];

static void hook(uint64_t v, RtFrame *f)
{
    if (in_user && v == 0xc00) {
        f->srr0 = (uint64_t)(uintptr_t)user_ret;
        f->srr1 = kernel_msr;
        return;
    }
    hits++;
    h_vec = v;
    h_srr0 = f->srr0;
    h_srr1 = f->srr1;
    __asm__ volatile("mfdar %0" : "=r"(h_dar));
    __asm__ volatile("mfdsisr %0" : "=r"(h_dsisr));
    if (in_user) {
        f->srr0 = (uint64_t)(uintptr_t)user_ret;
        f->srr1 = kernel_msr;
    } else if (v == 0x400 || v == 0x480) {
        f->srr0 = f->lr;   /* a call into nowhere: return to the caller */
    } else {
        f->srr0 += 4;
    }
}

static uint64_t be64(uint64_t v)
{
#ifdef __LITTLE_ENDIAN__
    return __builtin_bswap64(v);
#else
    return v;
#endif
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

static void reloc(int on)
{
    uint64_t m = mfmsr() & ~(MSR_IR | MSR_DR);
    mtmsrd(on ? m | MSR_IR | MSR_DR : m);
}

/* A load with PIDR = pid, data relocation only (instruction fetch stays
 * real: the program itself may not be mapped for that PID); the MSR is
 * restored after. */
static uint64_t load_pid(uint64_t pid, uint64_t ea)
{
    uint64_t v = 0;
    uint64_t msr = mfmsr();
    uint64_t m = (msr & ~MSR_IR) | MSR_DR;
    __asm__ volatile("mtmsrd %2; isync; mtspr 48,%3; isync\n"
                     "ld %0,0(%1)\n"
                     "li 0,0; mtspr 48,0; mtmsrd %4; isync"
                     : "+r"(v) : "b"(ea), "r"(m), "r"(pid), "r"(msr)
                     : "r0", "memory");
    return v;
}

/* A load with AMR = amr (relocation on). */
static uint64_t load_amr(uint64_t amr, uint64_t ea)
{
    uint64_t v = 0;
    __asm__ volatile("mtspr 29,%2; isync; ld %0,0(%1); li 0,0; mtspr 29,0;"
                     " isync"
                     : "+r"(v) : "b"(ea), "r"(amr) : "r0", "memory");
    return v;
}

/* ld r3,0(r3); sc 0 in problem state; returns r3. */
static __attribute__((noinline)) uint64_t user_load(uint64_t ea)
{
    ustub[0] = 0xe8630000u;   /* ld r3,0(r3) */
    ustub[1] = 0x44000002u;   /* sc 0 */
    __asm__ volatile("dcbst 0,%0; sync; icbi 0,%0; isync"
                     :: "r"(ustub) : "memory");
    register uint64_t r3 __asm__("r3") = ea;
    kernel_msr = mfmsr();
    in_user = 1;
    __asm__ volatile("mtsrr0 %1; mtsrr1 %2; rfid\n"
                     ".globl user_ret\nuser_ret:\n"
                     : "+r"(r3) : "r"(ustub), "r"(kernel_msr | MSR_PR)
                     : "lr", "ctr", "memory", "cr0", "r4", "r5", "r6", "r7",
                       "r8", "r9", "r10", "r11", "r12", "r0");
    in_user = 0;
    return r3;
}

/* li r3,n; blr at word i of the code page, made fetchable. */
static void put_code(unsigned i, uint16_t n)
{
    page_code[i] = 0x38600000u | n;
    page_code[i + 1] = 0x4e800020u;
    __asm__ volatile("dcbst 0,%0; sync; icbi 0,%0; isync"
                     :: "r"(&page_code[i]) : "memory");
}

static void set_pte(uint64_t *slot, uint64_t v)
{
    *slot = be64(v);
    __asm__ volatile("ptesync" ::: "memory");
}

static void reg(const char *what, uint64_t flags, uint64_t tbl,
                uint64_t psize, uint64_t tsize)
{
    long rc = rt_hcall(H_REGISTER_PROC_TBL, flags, tbl, psize, tsize, 0);
    rt_printf("H_REGISTER_PROC_TBL %s: rc %ld\n", what, rc);
}

/* The process-table entry of a tree with a 52-bit space, 2^13 root. */
static uint64_t prtb_entry(const uint64_t *root)
{
    return (2ULL << 61) | RA(root) | (5ULL << 5) | 13;
}

static void build_tables(void)
{
    uint64_t user_rwx = V | LEAF | PTE_R | PTE_C | RD | RW | EX;
    /* PID 0 */
    root0[0] = be64(V | RA(pud0) | 9);
    pud0[0] = be64(user_rwx);                           /* EA 0: RA 0 */
    pud0[1] = be64(V | RA(pmd0) | 9);                   /* EA 1G */
    pud0[2] = be64(V | LEAF | PTE_R | PTE_C | RD);      /* EA 2G: RA 0 ro */
    pmd0[0] = be64(V | RA(pt0) | 9);                    /* 4K pages */
    pmd0[1] = be64(V | LEAF | PTE_R | PTE_C | RD | RW | RA_2M);  /* 2M */
    pmd0[2] = be64(V | RA(pt64) | 5);                   /* 64K pages */
    pt0[0] = be64(V | LEAF | RD | RW | RA(page_a));     /* R, C clear */
    pt0[1] = be64(V | LEAF | PTE_R | PTE_C | RD | RA(page_a));
    pt0[2] = 0;
    pt0[3] = be64(V | LEAF | PTE_R | PTE_C | PRIV | RD | RW | RA(page_b));
    pt0[4] = be64(V | LEAF | PTE_R | PTE_C | RD | RW | RA(page_code));
    pt0[5] = be64(V | LEAF | PTE_R | PTE_C | RD | EX | RA(page_code));
    pt0[6] = be64(V | LEAF | PTE_R | PTE_C | IO | RD | RW | EX |
                  RA(page_code));
    pt0[7] = be64(V | LEAF | PTE_R | PTE_C | RD | RW | RA(page_a));
    pt0[8] = be64(V | LEAF | PTE_R | PTE_C | PRIV | RD | RW | EX |
                  RA(page_code));
    pt64[1] = be64(V | LEAF | PTE_R | PTE_C | RD | RW | RA(page_64k));
    /* PID 1: the same first 1G, EA 1G is page B */
    root1[0] = be64(V | RA(pud1) | 9);
    pud1[0] = be64(user_rwx);
    pud1[1] = be64(V | RA(pmd1) | 9);
    pmd1[0] = be64(V | RA(pt1) | 9);
    pt1[0] = be64(V | LEAF | PTE_R | PTE_C | RD | RW | RA(page_b));
    /* process-table entries are 16 bytes: PID n at prtb[2 n]; PID 2 has
     * a tree shape POWER9 does not have (RTS 40), PID 3 none */
    prtb[0] = be64(prtb_entry(root0));
    prtb[2] = be64(prtb_entry(root1));
    prtb[4] = be64((1ULL << 61) | RA(root0) | (1ULL << 5) | 13);
    __asm__ volatile("ptesync" ::: "memory");
}

static void show_pte(const char *what, const uint64_t *slot)
{
    rt_printf("%s: pte %016lx\n", what, (unsigned long)be64(*slot));
}

int main(void)
{
    rt_exception_hook = hook;
    uint64_t v;

    for (int i = 0; i < 8; i++) {
        page_a[i] = (uint8_t)(0x11 * (i + 1));
        page_b[i] = (uint8_t)(0xa0 + i);
    }
    page_64k[0x108] = 0x64;
    *(volatile uint64_t *)(uintptr_t)(RA_2M + 0x12340) = 0x2222222222222222ULL;

    /* hypercall checks */
    build_tables();
    reg("reserved flag", 0x3c, RA(prtb), 0, 0);
    reg("misaligned table", 0x1c, RA(prtb) + 0x800, 0, 0);
    reg("page size", 0x1c, RA(prtb), 1, 0);
    reg("table size 25", 0x1c, RA(prtb), 0, 25);
    reg("hash segment tables", 0x1a, 0, 0, 0);
    reg("keep radix, none", 0x04, 0, 0, 0);
    reg("hash bad table", 0x18, 1ULL << 38, 0, 0);
    reg("hash bad page size", 0x18, 0, 8, 0);
    reg("radix", 0x1d, RA(prtb), 0, 0);
    reg("keep hash, radix", 0x00, 0, 0, 0);
    reg("keep radix", 0x05, 0, 0, 0);

    reloc(1);
    rt_printf("relocated: msr ir/dr %lx\n",
              (unsigned long)(mfmsr() & (MSR_IR | MSR_DR)));

    /* 4K pages, R and C */
    v = load64(T + 0x1000);
    show("load ro alias");
    rt_printf("  value %016lx\n", (unsigned long)v);
    v = load64(T);
    show("load rw (R clear)");
    rt_printf("  value %016lx\n", (unsigned long)v);
    show_pte("  after load", &pt0[0]);
    store64(T + 8, 0x0102030405060708ULL);
    show("store rw (C clear)");
    show_pte("  after store", &pt0[0]);
    store64(T + 0x1000, 1);
    show("store ro");
    load64(T + 0x2000 + 0x18);
    show("load invalid");
    store64(T + 0x2000 + 0x20, 1);
    show("store invalid");
    load64(T + 0x9000 + 0x28);
    show("load beyond table entries");
    v = load64(T + 0x3000);
    show("load privileged page, supervisor");
    rt_printf("  value %016lx\n", (unsigned long)v);

    /* large pages */
    v = load64(T + 0x200000 + 0x12340);
    show("load 2M");
    rt_printf("  value %016lx\n", (unsigned long)v);
    v = load64(T + 0x400000 + 0x10000 + 0x108);
    show("load 64K");
    rt_printf("  value %016lx\n", (unsigned long)v);
    load64(T + 0x400000 + 0x20000);
    show("load 64K invalid");
    v = load64(0x80000000ULL + RA(page_a));
    show("load 1G ro");
    rt_printf("  value %016lx\n", (unsigned long)v);
    store64(0x80000000ULL + RA(page_a) + 0x30, 1);
    show("store 1G ro");
    load64(0xc0000000ULL);
    show("load unmapped 1G");

    /* quadrants, PIDs, bad configurations */
    v = load64(0xc000000000000000ULL | (T + 8));
    show("load quadrant 3");
    rt_printf("  value %016lx\n", (unsigned long)v);
    load64(0x4000000000000000ULL | T);
    show("load quadrant 1");
    store64(0x8000000000000000ULL | T, 1);
    show("store quadrant 2");
    load64(0x0010000000000000ULL);
    show("load EA bit 11");
    v = load_pid(1, T);
    show("load PID 1");
    rt_printf("  value %016lx\n", (unsigned long)v);
    v = load_pid(1, 0xc000000000000000ULL | T);
    show("load PID 1 quadrant 3");
    rt_printf("  value %016lx\n", (unsigned long)v);
    load_pid(2, T);
    show("load PID 2 (bad tree)");
    load_pid(3, T);
    show("load PID 3 (empty entry)");
    load_pid(300, T);
    show("load PID 300 (beyond the table)");

    /* AMR key 0 for supervisor accesses of user pages */
    v = load_amr(0x4000000000000000ULL, T + 0x7000);
    show("load user page, AMR read-deny");
    v = load_amr(0x4000000000000000ULL, T + 0x3000);
    show("load privileged page, AMR read-deny");
    v = load_amr(0x8000000000000000ULL, T + 0x7000);
    show("load user page, AMR write-deny");

    /* problem state */
    v = user_load(T + 0x7000);
    show("user load user page");
    rt_printf("  value %016lx\n", (unsigned long)v);
    user_load(T + 0x3000);
    show("user load privileged page");

    /* instruction fetch */
    reloc(0);
    put_code(0, 7);
    reloc(1);
    v = call(T + 0x5000);
    show("call executable");
    rt_printf("  r3 %lu\n", (unsigned long)v);
    v = call(T + 0x8000);
    show("call privileged executable");
    rt_printf("  r3 %lu\n", (unsigned long)v);
    call(T + 0x4000);
    show("call no-execute");
    call(T + 0x6000);
    show("call I/O page");
    call(T + 0x2000);
    show("call invalid");
    call(0x4000000000000000ULL | T);
    show("call quadrant 1");

    /* invalidation: page 7 moved from A to B */
    v = load64(T + 0x7000);
    rt_printf("page 7 before: %016lx\n", (unsigned long)v);
    set_pte(&pt0[7], V | LEAF | PTE_R | PTE_C | RD | RW | RA(page_b));
    v = load64(T + 0x7000);
    rt_printf("page 7 changed, no invalidation: %016lx\n", (unsigned long)v);
    __asm__ volatile(P9 "tlbiel %0,%1,0,1,1; ptesync; .machine pop"
                     :: "r"(T + 0x7000), "r"(0) : "memory");
    show("tlbiel va");
    v = load64(T + 0x7000);
    rt_printf("page 7 after tlbiel: %016lx\n", (unsigned long)v);
    set_pte(&pt0[7], V | LEAF | PTE_R | PTE_C | RD | RW | RA(page_a));
    __asm__ volatile(P9 "tlbie %0,%1,0,1,1; eieio; tlbsync; ptesync; .machine pop"
                     :: "r"(T + 0x7000), "r"(0) : "memory");
    show("tlbie va");
    v = load64(T + 0x7000);
    rt_printf("page 7 after tlbie: %016lx\n", (unsigned long)v);
    set_pte(&pt0[7], V | LEAF | PTE_R | PTE_C | RD | RW | RA(page_b));
    __asm__ volatile(P9 "tlbie %0,%1,2,1,1; eieio; tlbsync; ptesync; .machine pop"
                     :: "r"(0x400ULL), "r"(0) : "memory");
    show("tlbie pid, all");
    v = load64(T + 0x7000);
    rt_printf("page 7 after tlbie pid: %016lx\n", (unsigned long)v);
    set_pte(&pt0[7], 0);
    __asm__ volatile(P9 "tlbiel %0,%1,2,1,1; ptesync; .machine pop"
                     :: "r"(0x400ULL), "r"(0) : "memory");
    load64(T + 0x7000);
    show("load after invalidate all");
    __asm__ volatile(P9 "tlbie %0,%1,3,1,1; .machine pop" :: "r"(0x400ULL), "r"(0)
                     : "memory");
    show("tlbie ric 3");
    __asm__ volatile(P9 "tlbie %0,%1,1,1,1; .machine pop" :: "r"(T), "r"(0) : "memory");
    show("tlbie ric 1, is 0");
    __asm__ volatile(P9 "tlbiel %0,%1,0,0,1; .machine pop" :: "r"(T), "r"(0) : "memory");
    show("tlbiel prs 0");
    __asm__ volatile(P9 "tlbiel %0,%1,1,1,1; ptesync; .machine pop" :: "r"(0x400ULL), "r"(0)
                     : "memory");
    show("tlbiel pwc");
    __asm__ volatile(P9 "tlbiel %0,%1,0,1,1; .machine pop"
                     :: "r"(T | (3 << 5)), "r"(0) : "memory");
    show("tlbiel va, ap 3");
    __asm__ volatile(P9 "tlbiel %0,%1,0,1,1; ptesync; .machine pop"
                     :: "r"(0xc000000000000000ULL | T | (3 << 5)), "r"(0)
                     : "memory");
    show("tlbiel va quadrant 3, ap 3");
    __asm__ volatile("tlbsync; ptesync" ::: "memory");
    show("tlbsync");
    __asm__ volatile("slbia; isync" ::: "memory");
    show("slbia");
    reloc(0);

    /* without GTSE tlbie and tlbsync are the hypervisor's; tlbiel is not */
    reg("radix without GTSE", 0x1c, RA(prtb), 0, 0);
    __asm__ volatile(P9 "tlbie %0,%1,0,1,1; .machine pop" :: "r"(T), "r"(0)
                     : "memory");
    show("tlbie without GTSE");
    __asm__ volatile("tlbsync" ::: "memory");
    show("tlbsync without GTSE");
    __asm__ volatile(P9 "tlbiel %0,%1,0,1,1; ptesync; .machine pop"
                     :: "r"(T), "r"(0) : "memory");
    show("tlbiel without GTSE");

    /* back to hash: with no SLB entry a relocated load is a segment
     * interrupt (instruction fetch stays real) */
    reg("hash", 0x18, 0, 0, 0);
    load_pid(0, T);
    show("load after hash registration (no SLB)");
    rt_printf("page_a %016lx\n",
              (unsigned long)*(volatile uint64_t *)(page_a + 8));
    return 0;
}
