/* SPDX-License-Identifier: MIT */
/*
 * Two CPUs (run with -smp 2, see NAME.args): H_SIGNAL_SYS_RESET to a
 * running CPU, to a ceded one (it is dispatched again: its VPA dispatch
 * counter is even when it runs the handler's caller again), to all but
 * the caller and to all; H_JOIN while another CPU runs (the caller
 * stops until that CPU's H_PROD); H_CONFER's and H_PROD's argument
 * checks. Only
 * CPU 0 prints; vCPU ids come from the device tree and are not printed.
 */
#include "rt/rt.h"
#include "smp-util.h"
#include "sreset-util.h"

#define H_REGISTER_VPA 0xdc
#define H_CEDE 0xe0
#define H_CONFER 0xe4
#define H_PROD 0xe8
#define H_JOIN 0x298
#define H_SIGNAL_SYS_RESET 0x380
#define MSR_EE 0x8000ULL
#define VPA_REGISTER (1ULL << 45)

static volatile uint32_t id0, id1;
static volatile uint32_t phase, ready;
static volatile unsigned sresets[2];
static volatile uint64_t srr1_extra[2];
static volatile int vpa_even;
static uint8_t vpa1[1024] __attribute__((aligned(4096)));

static inline uint64_t sprg3(void)
{
    uint64_t v;
    __asm__ volatile("mfsprg3 %0" : "=r"(v));
    return v;
}

static uint64_t msr(void)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    return m;
}

static void set_msr(uint64_t m)
{
    __asm__ volatile("mtmsrd %0,1" :: "r"(m) : "memory");
}

static uint32_t dispatch_count(void)
{
    volatile uint8_t *p = vpa1 + 0x100;
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
           (uint32_t)p[2] << 8 | p[3];
}

static void hook(uint64_t v, RtFrame *f)
{
    unsigned me = sprg3() == id0 ? 0 : 1;
    if (v == 0x100) {
        srr1_extra[me] = f->srr1 & 0x783f0000ULL;   /* interrupt bits */
        smp_mb();
        sresets[me]++;
        return;
    }
    if (v == 0x900) {   /* CPU 1's backstop tick while ceded */
        __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
        return;
    }
    smp_unexpected(v, f, me);
}

void secondary_main(void)
{
    __asm__ volatile("mtsprg3 %0" :: "r"((uint64_t)id1));
    __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
    vpa1[4] = 0x04;   /* size 0x400, big-endian halfword */
    vpa1[5] = 0x00;
    rt_hcall(H_REGISTER_VPA, VPA_REGISTER, id1, (uint64_t)(uintptr_t)vpa1, 0, 0);
    smp_mb();
    ready = 1;
    while (phase < 2) {          /* phase 1: running, EE off */
        smp_mb();
    }
    uint64_t m = msr();
    while (phase == 2) {         /* phase 2: ceded */
        __asm__ volatile("mtdec %0" :: "r"(50000000L));   /* backstop */
        rt_hcall(H_CEDE, 0, 0, 0, 0, 0);
        set_msr(m);
        if (sresets[1] == 2) {
            vpa_even = dispatch_count() % 2 == 0;
            smp_mb();
            break;
        }
    }
    __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
    while (phase < 5) {          /* phases 3, 4: running */
        smp_mb();
    }
    /* phase 5: wait until CPU 0 joined (halted), then prod it */
    smp_wait_stopped(id0);
    rt_hcall(H_PROD, id0, 0, 0, 0, 0);
    while (phase < 6) {
        smp_mb();
    }
    smp_stop_self();
}

static void wait_sresets(unsigned cpu, unsigned n)
{
    while (sresets[cpu] < n) {
        smp_mb();
    }
}

int main(void)
{
    if (!smp_find_cpus(&id0, &id1)) {
        return 1;
    }
    __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
    rt_exception_hook = hook;
    sreset_vector_install();
    phase = 1;
    rt_printf("start-cpu: %d\n", smp_start_cpu1(id1));
    while (!ready) {
        smp_mb();
    }

    long rc = rt_hcall(H_SIGNAL_SYS_RESET, id1, 0, 0, 0, 0);
    wait_sresets(1, 1);
    rt_printf("sys-reset running cpu1: %ld, cpu1 took %u, cpu0 took %u, "
              "srr1 bits %lx\n", rc, sresets[1], sresets[0],
              (unsigned long)srr1_extra[1]);

    phase = 2;
    smp_mb();
    smp_wait_stopped(id1);      /* until CPU 1 has ceded */
    rc = rt_hcall(H_SIGNAL_SYS_RESET, id1, 0, 0, 0, 0);
    wait_sresets(1, 2);
    phase = 3;
    smp_mb();
    rt_printf("sys-reset ceded cpu1: %ld, cpu1 took %u, its dispatch "
              "counter even %d\n", rc, sresets[1], vpa_even);

    rc = rt_hcall(H_SIGNAL_SYS_RESET, (uint64_t)-2, 0, 0, 0, 0);
    wait_sresets(1, 3);
    rt_printf("sys-reset all but self: %ld, cpu1 took %u, cpu0 took %u\n",
              rc, sresets[1], sresets[0]);
    phase = 4;
    uint64_t m = msr();
    rc = rt_hcall(H_SIGNAL_SYS_RESET, (uint64_t)-1, 0, 0, 0, 0);
    set_msr(m);
    wait_sresets(1, 4);
    rt_printf("sys-reset all: %ld, cpu1 took %u, cpu0 took %u\n", rc,
              sresets[1], sresets[0]);

    /* a yielding H_CONFER leaves QEMU 7.2's hcall without setting r3
     * (its CPU loop exits): r3 still holds the number there, H_SUCCESS
     * (PAPR) in farad; both count as success here */
    rc = rt_hcall(H_CONFER, (uint64_t)-1, 0, 0, 0, 0);
    rt_printf("confer -1: success %d\n", rc == 0 || rc == H_CONFER);
    rt_printf("confer cpu1 even: %ld\n", rt_hcall(H_CONFER, id1, 2, 0, 0, 0));
    rt_printf("confer cpu1 odd: %ld\n", rt_hcall(H_CONFER, id1, 1, 0, 0, 0));
    rt_printf("confer bad id: %ld\n", rt_hcall(H_CONFER, 0x7777, 0, 0, 0, 0));
    rt_printf("prod bad id: %ld\n", rt_hcall(H_PROD, 0x7777, 0, 0, 0, 0));

    set_msr(m & ~MSR_EE);
    phase = 5;
    smp_mb();
    rc = rt_hcall(H_JOIN, 0, 0, 0, 0, 0);   /* until CPU 1's H_PROD */
    set_msr(m);
    rt_printf("join, prodded by cpu1: %ld\n", rc);

    phase = 6;
    smp_mb();
    smp_wait_stopped(id1);
    rt_printf("cpu1 stopped\n");
    return 0;
}
