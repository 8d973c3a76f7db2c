/* SPDX-License-Identifier: MIT */
/*
 * Two-CPU guest tests (included, not built on its own): starting CPU 1
 * with RTAS start-cpu at the program's secondary_main (which the
 * including file defines), CPU 1 stopping itself, vCPU ids from the
 * device tree (and the CPU count test programs start with), waiting
 * until a CPU stopped, and RTAS calls that return rets[0].
 */
#ifndef FARAD_GUEST_SMP_UTIL_H
#define FARAD_GUEST_SMP_UTIL_H

#include "rt/rt.h"

uint64_t stack1[2048] __attribute__((aligned(16)));   /* CPU 1 stack */

/* CPU 1's RTAS argument buffer (rt's is CPU 0's). */
static uint32_t smp_rtas1[8] __attribute__((aligned(16)));

void secondary_main(void);

/*
 * start-cpu enters in 64-bit big-endian mode with r3 = our argument:
 * the continuation's address. The trampoline (big-endian words for
 * both builds) sets FP (and LE for a little-endian build) and goes
 * there; the continuation sets up the stack and TOC.
 */
__asm__(
    "    .text\n"
    "    .balign 4\n"
    "secondary_tramp:\n"
    "    .byte 0x7d,0x60,0x00,0xa6\n"     /* mfmsr  r11 */
#ifdef __LITTLE_ENDIAN__
    "    .byte 0x61,0x6b,0x20,0x01\n"     /* ori    r11,r11,FP|LE */
#else
    "    .byte 0x61,0x6b,0x20,0x00\n"     /* ori    r11,r11,FP */
#endif
    "    .byte 0x7d,0x7b,0x03,0xa6\n"     /* mtsrr1 r11 */
    "    .byte 0x7c,0x7a,0x03,0xa6\n"     /* mtsrr0 r3 */
    "    .byte 0x4c,0x00,0x00,0x24\n"     /* rfid */
    "secondary_cont:\n"
    "    lis   %r1, (stack1 + 16384)@ha\n"
    "    addi  %r1, %r1, (stack1 + 16384)@l\n"
    "    li    %r0, 0\n"
    "    stdu  %r0, -128(%r1)\n"
    "    lis   %r2, .TOC.@ha\n"
    "    addi  %r2, %r2, .TOC.@l\n"
    "    bl    secondary_main\n"
    "    nop\n"
    "1:  b     1b\n");

extern char secondary_tramp[], secondary_cont[];

static inline void smp_mb(void)
{
    __asm__ volatile("sync" ::: "memory");
}

/* An RTAS call's status: the hcall's when it failed, else rets[0]. */
static inline int smp_rtas(const char *name, int nargs, int nret,
                           uint32_t *a, uint32_t *r)
{
    int rc = rt_rtas_call(rt_rtas_token(name), nargs, nret, a, r);
    return rc ? rc : (int)r[0];
}

/* The vCPU id (reg) of the i-th CPU node, 0xffffffff when none. */
static inline uint32_t smp_cpu_id(int i)
{
    const char *child = rt_fdt_child("/cpus", i);
    if (!child) {
        return 0xffffffff;
    }
    char path[64] = "/cpus/";
    size_t n = 6;
    for (const char *p = child; *p && n < sizeof(path) - 1; p++) {
        path[n++] = *p;
    }
    path[n] = 0;
    uint32_t len;
    const void *reg = rt_fdt_prop(path, "reg", &len);
    return reg ? rt_be32(reg) : 0xffffffff;
}

/* An exception hook's end for a vector it does not expect: CPU 0
 * (cpu 0) reports it, CPU 1 stays quiet; then power off. */
static inline void __attribute__((noreturn))
smp_unexpected(uint64_t v, const RtFrame *f, unsigned cpu)
{
    if (cpu == 0) {
        rt_printf("unexpected vector %lx at %lx\n", (unsigned long)v,
                  (unsigned long)f->srr0);
    }
    rt_power_off();
}

/* The start of a two-CPU test: prints the CPU count and, with two or
 * more, reads the first two vCPU ids and puts CPU 0's in SPRG3 (where
 * exception hooks tell the CPUs apart). Returns 0 with fewer than two. */
static inline int smp_find_cpus(volatile uint32_t *id0, volatile uint32_t *id1)
{
    int n = 0;
    while (rt_fdt_child("/cpus", n)) {
        n++;
    }
    rt_printf("cpus %d\n", n);
    if (n < 2) {
        return 0;
    }
    *id0 = smp_cpu_id(0);
    *id1 = smp_cpu_id(1);
    __asm__ volatile("mtsprg3 %0" :: "r"((uint64_t)*id0));
    return 1;
}

/* Waits until RTAS query-cpu-stopped-state reports the CPU with vCPU id
 * stopped (state 0). */
static inline void smp_wait_stopped(uint32_t id)
{
    uint32_t a[1], r[2];
    do {
        a[0] = id;
        smp_rtas("query-cpu-stopped-state", 1, 2, a, r);
    } while (r[1] != 0);
}

/* RTAS start-cpu of the CPU with vCPU id at secondary_main. */
static inline int smp_start_cpu1(uint32_t id)
{
    uint32_t a[3] = { id, (uint32_t)(uintptr_t)secondary_tramp,
                      (uint32_t)(uintptr_t)secondary_cont }, r[1];
    return smp_rtas("start-cpu", 3, 1, a, r);
}

static inline void smp_put32(uint32_t *p, uint32_t v)
{
    uint8_t *b = (uint8_t *)p;
    b[0] = (uint8_t)(v >> 24);
    b[1] = (uint8_t)(v >> 16);
    b[2] = (uint8_t)(v >> 8);
    b[3] = (uint8_t)v;
}

/* CPU 1: RTAS stop-self (does not return). */
static inline void smp_stop_self(void)
{
    smp_put32(&smp_rtas1[0], rt_rtas_token("stop-self"));
    smp_put32(&smp_rtas1[1], 0);
    smp_put32(&smp_rtas1[2], 1);
    rt_hcall(0xf000, (uint64_t)(uintptr_t)smp_rtas1, 0, 0, 0, 0);
    for (;;) {
    }
}

#endif
