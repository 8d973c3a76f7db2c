/* SPDX-License-Identifier: MIT */
/*
 * A POWER9 program that runs with radix translation on for the monitor
 * and gdb tests (tests/monitor.t, tests/gdb.t): EA 0..1G maps RA 0..1G
 * (a 1G leaf), EA 0x40000000 maps the 4K page `marker` (whose RA it
 * prints), EA 0x40001000 is unmapped. After "mon-radix: relocated" it
 * reads the marker through the translation and polls the console until
 * a character arrives (mon-radix.stdin; never without a console: time
 * for a debugger to stop it and read memory), then powers off.
 */
#include "rt/rt.h"

#define H_REGISTER_PROC_TBL 0x37c
#define H_GET_TERM_CHAR 0x54

static uint64_t root[8192] __attribute__((aligned(65536)));
static uint64_t pud[512] __attribute__((aligned(4096)));
static uint64_t pmd[512] __attribute__((aligned(4096)));
static uint64_t pt[512] __attribute__((aligned(4096)));
static uint64_t prtb[512] __attribute__((aligned(4096)));
static uint64_t marker[512] __attribute__((aligned(4096)));

#define V (1ULL << 63)
#define LEAF (1ULL << 62)
#define RC 0x180ULL
#define RWX 0x7ULL
#define RA(p) ((uint64_t)(uintptr_t)(p))

static uint64_t be64(uint64_t v)
{
#ifdef __LITTLE_ENDIAN__
    return __builtin_bswap64(v);
#else
    return v;
#endif
}

int main(void)
{
    marker[0] = 0x1122334455667788ULL;
    marker[1] = 0x99aabbccddeeff00ULL;
    root[0] = be64(V | RA(pud) | 9);
    pud[0] = be64(V | LEAF | RC | RWX);
    pud[1] = be64(V | RA(pmd) | 9);
    pmd[0] = be64(V | RA(pt) | 9);
    pt[0] = be64(V | LEAF | RC | RWX | RA(marker));
    prtb[0] = be64((2ULL << 61) | RA(root) | (5ULL << 5) | 13);
    __asm__ volatile("ptesync" ::: "memory");
    long rc = rt_hcall(H_REGISTER_PROC_TBL, 0x1d, RA(prtb), 0, 0, 0);
    uint64_t msr;
    __asm__ volatile("mfmsr %0" : "=r"(msr));
    __asm__ volatile("mtmsrd %0; isync" :: "r"(msr | 0x30) : "memory");
    rt_printf("mon-radix: rc %ld, relocated, marker at RA %lx\n", rc,
              (unsigned long)RA(marker));
    uint64_t polls = 0, sum = 0;
    for (;;) {
        register uint64_t r3 __asm__("r3") = H_GET_TERM_CHAR;
        register uint64_t r4 __asm__("r4") = 0;
        __asm__ volatile("sc 1" : "+r"(r3), "+r"(r4)
                         :: "r0", "r5", "r6", "r7", "r8", "r9", "r10", "r11",
                            "r12", "cr0", "ctr", "memory");
        sum += *(volatile uint64_t *)0x40000000ULL;
        polls++;
        if (r3 == 0 && r4 != 0) {
            break;
        }
    }
    /* (how many polls it took depends on when the input came) */
    rt_printf("mon-radix: input, marker read %s\n",
              sum == polls * 0x1122334455667788ULL ? "right" : "wrong");
    return 0;
}
