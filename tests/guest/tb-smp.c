/* SPDX-License-Identifier: MIT */
/*
 * One timebase for the machine (run with -smp 2, see tb-smp.args): two
 * CPUs exchange timebase readings through memory and check that time
 * never goes back from one CPU to the other:
 *   - a baton passed back and forth: each CPU, on getting it, reads the
 *     timebase and checks it is not before the reading the other CPU
 *     left with the baton;
 *   - both CPUs at once: each keeps publishing its latest reading, and
 *     checks that a reading taken after seeing the other's published
 *     value is not before it.
 * A CPU waiting for the other cedes (H_CEDE) and is prodded (H_PROD)
 * when it may go on, so that QEMU's round-robin -icount mode switches
 * CPUs at each handoff too. Only CPU 0 prints, and only properties,
 * never timebase values.
 */
#include "rt/rt.h"

#define HANDOFFS 200
#define ROUNDS 20000
#define H_CEDE 0xe0
#define H_PROD 0xe8

static volatile uint64_t baton_tb;     /* reading left with the baton */
static volatile uint32_t turn;         /* who holds the baton */
static volatile uint64_t pub[2];       /* latest published readings */
static volatile uint32_t started, done1, go2;
static volatile uint32_t ids[2];       /* vCPU ids, for H_PROD */
static volatile uint32_t bad[2][2];    /* [phase][cpu] time went back */

uint64_t stack1[2048] __attribute__((aligned(16)));   /* CPU 1 stack */
static uint32_t rtas1[8] __attribute__((aligned(16)));

static inline void mb(void)
{
    __asm__ volatile("sync" ::: "memory");
}

/* The timebase, read after every earlier load has completed. */
static inline uint64_t tb(void)
{
    uint64_t v;
    __asm__ volatile("sync; isync; mftb %0" : "=r"(v) :: "memory");
    return v;
}

/* Wait (ceded) until *flag equals want. A prod that came before the
 * cede makes it return at once, so no wake-up is lost. */
static void wait_for(volatile uint32_t *flag, uint32_t want)
{
    mb();
    while (*flag != want) {
        rt_hcall(H_CEDE, 0, 0, 0, 0, 0);
        mb();
    }
}

/* Set *flag and wake the other CPU. */
static void signal(volatile uint32_t *flag, uint32_t v, unsigned other)
{
    mb();
    *flag = v;
    mb();
    rt_hcall(H_PROD, ids[other], 0, 0, 0, 0);
}

/* Take the baton HANDOFFS times; pass it to the other CPU each time. */
static void baton(unsigned me)
{
    for (int i = 0; i < HANDOFFS; i++) {
        wait_for(&turn, me);
        uint64_t t = tb();
        if (t < baton_tb) {
            bad[0][me]++;
        }
        baton_tb = t;
        signal(&turn, !me, !me);
    }
}

/* H_CEDE enables external and decrementer interrupts: keep the
 * decrementer far away. */
static void hook(uint64_t v, RtFrame *f)
{
    (void)f;
    if (v == 0x900) {
        __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
        return;
    }
    rt_printf("unexpected vector %lx\n", (unsigned long)v);
    rt_power_off();
}

/* Publish readings while checking against the other CPU's. */
static void publish(unsigned me)
{
    for (int i = 0; i < ROUNDS; i++) {
        uint64_t other = pub[!me];
        uint64_t t = tb();
        if (t < other) {
            bad[1][me]++;
        }
        pub[me] = t;
        mb();
    }
}

static void put32(uint32_t *p, uint32_t v)
{
    uint8_t *b = (uint8_t *)p;
    b[0] = (uint8_t)(v >> 24);
    b[1] = (uint8_t)(v >> 16);
    b[2] = (uint8_t)(v >> 8);
    b[3] = (uint8_t)v;
}

void secondary_main(void);

void secondary_main(void)
{
    __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
    signal(&started, 1, 0);
    baton(1);
    wait_for(&go2, 1);
    publish(1);
    signal(&done1, 1, 0);
    put32(&rtas1[0], rt_rtas_token("stop-self"));
    put32(&rtas1[1], 0);
    put32(&rtas1[2], 1);
    rt_hcall(0xf000, (uint64_t)(uintptr_t)rtas1, 0, 0, 0, 0);
    for (;;) {
    }
}

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

/* The vCPU id (device-tree reg) of CPU node i. */
static uint32_t cpu_id(int i)
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

static const char *yes(uint32_t nbad)
{
    return nbad ? "no" : "yes";
}

int main(void)
{
    uint32_t a[3], r[2];
    rt_exception_hook = hook;
    __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
    ids[0] = cpu_id(0);
    ids[1] = cpu_id(1);
    a[0] = ids[1];
    a[1] = (uint32_t)(uintptr_t)secondary_tramp;
    a[2] = (uint32_t)(uintptr_t)secondary_cont;
    int rc = rt_rtas_call(rt_rtas_token("start-cpu"), 3, 1, a, r);
    rt_printf("start-cpu: %d\n", rc ? rc : (int)r[0]);
    wait_for(&started, 1);
    baton(0);
    rt_printf("baton passed %d times, time never went back: cpu0 %s, cpu1 %s\n",
              HANDOFFS, yes(bad[0][0]), yes(bad[0][1]));
    signal(&go2, 1, 1);
    publish(0);
    wait_for(&done1, 1);
    rt_printf("%d published readings each, never before the other's: "
              "cpu0 %s, cpu1 %s\n", ROUNDS, yes(bad[1][0]), yes(bad[1][1]));
    return 0;
}
