/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the excp-*.c guest tests (included, not built on
 * its own): generated one-instruction stubs, and problem state.
 *
 * MSR[PR]=1 forces MSR[IR,DR] on, so problem-state code needs a
 * translation: user_mmu_setup() registers a radix process table with
 * H_REGISTER_PROC_TBL mapping EA 0..1 GiB to RA 0..1 GiB (one 1 GiB
 * page, user RWX, PID 0). An emulator without radix that runs relocated
 * accesses as real ones sees the same thing.
 */
#ifndef FARAD_GUEST_EXCP_UTIL_H
#define FARAD_GUEST_EXCP_UTIL_H

#include "rt/rt.h"

#define H_REGISTER_PROC_TBL 0x37c
#define MSR_EE 0x8000ULL
#define MSR_PR 0x4000ULL
#define MSR_FP 0x2000ULL
#define MSR_ME 0x1000ULL
#define MSR_SF (1ULL << 63)

static uint64_t xu_root[8192] __attribute__((aligned(65536)));
static uint64_t xu_pud[512] __attribute__((aligned(4096)));
static uint64_t xu_prtb[512] __attribute__((aligned(4096)));
static uint32_t xu_stub[8] __attribute__((aligned(64)));

static inline uint64_t xu_be64(uint64_t v)
{
#ifdef __LITTLE_ENDIAN__
    return __builtin_bswap64(v);
#else
    return v;
#endif
}

static inline uint64_t xu_msr(void)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    return m;
}

static inline void user_mmu_setup(void)
{
    xu_pud[0] = xu_be64(0xc000000000000000ULL | 0x100 | 0x80 | 0x7);
    xu_root[0] = xu_be64(0x8000000000000000ULL | (uint64_t)(uintptr_t)xu_pud | 9);
    xu_prtb[0] = xu_be64((2ULL << 61) | (uint64_t)(uintptr_t)xu_root |
                         (5ULL << 5) | 13);
    __asm__ volatile("sync" ::: "memory");
    rt_hcall(H_REGISTER_PROC_TBL, 0x1c, (uint64_t)(uintptr_t)xu_prtb, 0, 0, 0);
}

/* Put up to 4 instruction words in the stub and make them fetchable. */
static inline void xu_put_stub(uint32_t w0, uint32_t w1, uint32_t w2,
                               uint32_t w3)
{
    xu_stub[0] = w0;
    xu_stub[1] = w1;
    xu_stub[2] = w2;
    xu_stub[3] = w3;
    __asm__ volatile("dcbst 0,%0; sync; icbi 0,%0; isync"
                     :: "r"(xu_stub) : "memory");
}

#define XU_BLR 0x4e800020u
#define XU_SC0 0x44000002u

/* Call the stub in supervisor state with r3, r4 in; returns r3. */
static __attribute__((noinline, unused)) uint64_t xu_call(uint64_t a, uint64_t b)
{
    register uint64_t r3 __asm__("r3") = a;
    register uint64_t r4 __asm__("r4") = b;
    __asm__ volatile("mtctr %2; bctrl"
                     : "+r"(r3), "+r"(r4) : "r"(xu_stub)
                     : "lr", "ctr", "memory", "cr0");
    return r3;
}

/*
 * Problem state: run the stub with MSR[PR]=1 and r3, r4 in. The stub
 * ends with sc 0; the program's exception hook must call
 * xu_user_return(f) for the 0xc00 that follows (and for any interrupt
 * taken while xu_in_user is set), which resumes after the rfid below in
 * supervisor state with the stub's r3.
 */
static volatile int xu_in_user;
static uint64_t xu_kernel_msr;
extern char xu_user_ret[];

static __attribute__((noinline, unused)) uint64_t xu_call_user(uint64_t a, uint64_t b)
{
    register uint64_t r3 __asm__("r3") = a;
    register uint64_t r4 __asm__("r4") = b;
    xu_kernel_msr = xu_msr();
    uint64_t umsr = xu_kernel_msr | MSR_PR;
    xu_in_user = 1;
    __asm__ volatile("mtsrr0 %2; mtsrr1 %3; rfid\n"
                     ".globl xu_user_ret\nxu_user_ret:\n"
                     : "+r"(r3), "+r"(r4) : "r"(xu_stub), "r"(umsr)
                     : "lr", "ctr", "memory", "cr0");
    xu_in_user = 0;
    return r3;
}

static inline void xu_user_return(RtFrame *f)
{
    f->srr0 = (uint64_t)(uintptr_t)xu_user_ret;
    f->srr1 = xu_kernel_msr;
}

/* Instruction encodings. */
static inline uint32_t xu_spr_field(unsigned n)
{
    return ((n & 0x1f) << 5 | (n >> 5)) << 11;
}
static inline uint32_t xu_mfspr(unsigned rt, unsigned n)
{
    return 31u << 26 | rt << 21 | xu_spr_field(n) | 339u << 1;
}
static inline uint32_t xu_mtspr(unsigned n, unsigned rs)
{
    return 31u << 26 | rs << 21 | xu_spr_field(n) | 467u << 1;
}

#endif
