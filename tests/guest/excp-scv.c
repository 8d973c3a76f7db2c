/* SPDX-License-Identifier: MIT */
/*
 * System call vectored (ISA 3.0): scv LEV enters at 0x17000 + LEV * 0x20
 * (LPCR[AIL] = 0) with LR = the next instruction, CTR = the MSR, SRR0/1
 * untouched, EE and RI kept; rfscv returns to LR with MSR = CTR. With
 * FSCR[SCV] = 0 scv raises facility unavailable (0xf60, FSCR[IC] = 12).
 * The sc encodings beside sc/scv (low bits 00 and 11). On POWER8 (the
 * p8 case) scv and rfscv are illegal.
 */
#include "rt/rt.h"

#define FSCR_SCV (1ULL << 12)  /* FSCR bit 51 */

static volatile uint64_t last_vec, last_srr0, last_srr1;
static volatile unsigned nint;

static void hook(uint64_t v, RtFrame *f)
{
    nint++;
    last_vec = v;
    last_srr0 = f->srr0;
    last_srr1 = f->srr1;
    if (v != 0xc00) {
        f->srr0 += 4;
    }
}

static uint32_t stub[4] __attribute__((aligned(16)));

static void put_vec(unsigned lev)
{
    uint32_t *p = (uint32_t *)(uintptr_t)(0x17000 + lev * 0x20);
    p[0] = 0x7d0000a6u;          /* mfmsr r8 */
    p[1] = 0x7d4802a6u;          /* mflr r10 */
    p[2] = 0x7d2902a6u;          /* mfctr r9 */
    p[3] = 0x38e00000u | lev;    /* li r7,lev */
    p[4] = 0x4c0000a4u;          /* rfscv */
    __asm__ volatile("dcbst 0,%0; sync; icbi 0,%0; isync" :: "r"(p) : "memory");
    __asm__ volatile("dcbst 0,%0; sync; icbi 0,%0; isync" :: "r"(p + 4) : "memory");
}

static void put_stub(uint32_t w)
{
    stub[0] = 0x7d6802a6u;  /* mflr r11 (scv overwrites LR) */
    stub[1] = w;
    stub[2] = 0x7d6803a6u;  /* mtlr r11 */
    stub[3] = 0x4e800020u;  /* blr */
    __asm__ volatile("dcbst 0,%0; sync; icbi 0,%0; isync" :: "r"(stub) : "memory");
}

typedef struct Out { uint64_t r7, r8, r9, r10; } Out;

/* Run the stub (mflr r11, the instruction, mtlr r11, blr) with r7..r10 preset to 0x55. */
static Out call_stub(void)
{
    register uint64_t r7 __asm__("r7") = 0x55;
    register uint64_t r8 __asm__("r8") = 0x55;
    register uint64_t r9 __asm__("r9") = 0x55;
    register uint64_t r10 __asm__("r10") = 0x55;
    __asm__ volatile("mtctr %4; bctrl"
                     : "+r"(r7), "+r"(r8), "+r"(r9), "+r"(r10)
                     : "r"(stub)
                     : "r0", "r3", "r4", "r5", "r6", "r11", "r12", "lr",
                       "ctr", "memory", "cr0");
    return (Out){ r7, r8, r9, r10 };
}

static uint64_t get_msr(void)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    return m;
}

static void try_scv(unsigned lev, uint64_t m0)
{
    put_stub(0x44000001u | lev << 5);
    nint = 0;
    last_vec = 0;
    Out o = call_stub();
    uint64_t s = (uint64_t)(uintptr_t)stub;
    rt_printf("scv %u: ints %u vec %lx r7 %lx lr-next %d ctr==msr %d "
              "handler msr %lx\n", lev, nint, (unsigned long)last_vec,
              (unsigned long)o.r7, o.r10 == s + 8, o.r9 == m0,
              (unsigned long)o.r8);
}

int main(void)
{
    rt_exception_hook = hook;
    uint64_t fscr;
    __asm__ volatile("mfspr %0, 153" : "=r"(fscr));
    rt_printf("fscr at start %lx\n", (unsigned long)fscr);
    extern char rt_stack_top[];
    rt_printf("vectors free %d\n", (uintptr_t)rt_stack_top <= 0x17000);
    for (unsigned lev = 0; lev < 128; lev++) {
        put_vec(lev);
    }
    uint64_t m0 = get_msr();

    /* FSCR[SCV] = 0: facility unavailable */
    __asm__ volatile("mtspr 153, %0" :: "r"(fscr & ~FSCR_SCV));
    try_scv(0, m0);
    uint64_t f2;
    __asm__ volatile("mfspr %0, 153" : "=r"(f2));
    rt_printf("  srr0-at-scv %d fscr ic %lu\n",
              last_srr0 == (uint64_t)(uintptr_t)&stub[1],
              (unsigned long)(f2 >> 56));

    __asm__ volatile("mtspr 153, %0" :: "r"(fscr | FSCR_SCV));
    __asm__ volatile("mtsrr0 %0; mtsrr1 %0" :: "r"(0x1234ULL));
    try_scv(0, m0);
    uint64_t s0, s1;
    __asm__ volatile("mfsrr0 %0; mfsrr1 %1" : "=r"(s0), "=r"(s1));
    rt_printf("  srr0 %lx srr1 %lx\n", (unsigned long)s0, (unsigned long)s1);
    try_scv(1, m0);
    try_scv(2, m0);
    try_scv(127, m0);

    /* EE and RI set at the scv: kept in the handler's MSR */
    __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
    __asm__ volatile("mtmsrd %0,1" :: "r"(m0 | 0x8000 | 2));
    try_scv(3, m0 | 0x8000 | 2);
    __asm__ volatile("mtmsrd %0,1" :: "r"(m0));

    /* rfscv on its own: to LR with MSR = CTR */
    extern char rfscv_back[];
    uint64_t r;
    put_stub(0x60000000u);
    nint = 0; last_vec = 0;
    __asm__ volatile("mtlr %1; mtctr %2; .long 0x4c0000a4\n"
                     "nop\n"
                     ".globl rfscv_back\nrfscv_back:\n"
                     "mfmsr %0"
                     : "=r"(r) : "r"(rfscv_back), "r"(m0 | 2)
                     : "lr", "ctr", "memory");
    rt_printf("rfscv: ints %u vec %lx msr RI %d\n", nint,
              (unsigned long)last_vec, (int)((r >> 1) & 1));
    __asm__ volatile("mtmsrd %0,1" :: "r"(m0));

    /* the two other low-bit patterns of primary opcode 17 */
    put_stub(0x44000000u);
    nint = 0; last_vec = 0;
    call_stub();
    rt_printf("17/00: ints %u vec %lx srr1 %lx\n", nint, (unsigned long)last_vec,
              (unsigned long)(last_srr1 & 0x783f0000ULL));
    put_stub(0x44000003u);
    nint = 0; last_vec = 0;
    call_stub();
    rt_printf("17/11: ints %u vec %lx srr1 %lx\n", nint, (unsigned long)last_vec,
              (unsigned long)(last_srr1 & 0x783f0000ULL));
    __asm__ volatile("mtspr 153, %0" :: "r"(fscr));
    return 0;
}
