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
#include "smp-util.h"

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
    smp_mb();
    while (*flag != want) {
        rt_hcall(H_CEDE, 0, 0, 0, 0, 0);
        smp_mb();
    }
}

/* Set *flag and wake the other CPU. */
static void signal(volatile uint32_t *flag, uint32_t v, unsigned other)
{
    smp_mb();
    *flag = v;
    smp_mb();
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
        smp_mb();
    }
}

void secondary_main(void)
{
    __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
    signal(&started, 1, 0);
    baton(1);
    wait_for(&go2, 1);
    publish(1);
    signal(&done1, 1, 0);
    smp_stop_self();
}

static const char *yes(uint32_t nbad)
{
    return nbad ? "no" : "yes";
}

int main(void)
{
    rt_exception_hook = hook;
    __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
    ids[0] = smp_cpu_id(0);
    ids[1] = smp_cpu_id(1);
    rt_printf("start-cpu: %d\n", smp_start_cpu1(ids[1]));
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
