/* SPDX-License-Identifier: MIT */
/*
 * Two CPUs and XICS (run with -smp 2, see smp-ipi.args): RTAS
 * query-cpu-stopped-state / start-cpu / stop-self, IPIs both ways
 * through H_IPI with the external interrupt handler accepting them with
 * H_XIRR and ending them with H_EOI, H_IPOLL, CPPR masking and the
 * accept/EOI priority rules on one ICP, the XIVE of the vty's source
 * (ibm,set-xive / get-xive / int-off / int-on and their argument
 * checks), and a decrementer tick with H_CEDE as the idle loop.
 *
 * Only CPU 0 prints. vCPU ids (0/8 on farad's pseries-2.8, 0/1 on
 * QEMU's pseries-7.2) and interrupt numbers come from the device tree
 * and are never printed, so the output is the same on both.
 */
#include "rt/rt.h"
#include "smp-util.h"

#define H_CEDE 0xe0
#define H_PROD 0xe8
#define H_EOI 0x64
#define H_CPPR 0x68
#define H_IPI 0x6c
#define H_IPOLL 0x70
#define H_XIRR 0x74
#define MSR_EE 0x8000ULL

static volatile uint32_t id0, id1;         /* vCPU ids = server numbers */
static volatile uint32_t ready, go1, stop1;
static volatile uint32_t ipis[2];          /* IPIs taken, per CPU */
static volatile uint64_t xirr_got[2], xirr_after[2];
static volatile uint32_t ticks;

static inline uint64_t sprg3(void)
{
    uint64_t v;
    __asm__ volatile("mfsprg3 %0" : "=r"(v));
    return v;
}

static void ee_on(void)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    __asm__ volatile("mtmsrd %0,1" :: "r"(m | MSR_EE) : "memory");
}

static void ee_off(void)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    __asm__ volatile("mtmsrd %0,1" :: "r"(m & ~MSR_EE) : "memory");
}

/* H_IPOLL: XIRR in *xirr, MFRR returned. */
static uint64_t ipoll(uint32_t server, uint64_t *xirr)
{
    register uint64_t r3 __asm__("r3") = H_IPOLL;
    register uint64_t r4 __asm__("r4") = server;
    register uint64_t r5 __asm__("r5") = 0;
    __asm__ volatile("sc 1" : "+r"(r3), "+r"(r4), "+r"(r5) ::
                     "r0", "r6", "r7", "r8", "r9", "r10", "r11", "r12",
                     "cr0", "ctr", "memory");
    *xirr = r4;
    return r5;
}

/* H_XIRR: the XIRR accepted. */
static uint64_t xirr_accept(void)
{
    register uint64_t r3 __asm__("r3") = H_XIRR;
    register uint64_t r4 __asm__("r4") = 0;
    __asm__ volatile("sc 1" : "+r"(r3), "+r"(r4) ::
                     "r0", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12",
                     "cr0", "ctr", "memory");
    return r4;
}

/* Both CPUs: an IPI is accepted, its MFRR reset, then EOI'd; a tick
 * re-arms the decrementer until the fifth. */
static void hook(uint64_t v, RtFrame *f)
{
    unsigned me = sprg3() == id0 ? 0 : 1;
    if (v == 0x500) {
        uint64_t x = xirr_accept(), after;
        ipoll(me ? id1 : id0, &after);
        xirr_got[me] = x;
        xirr_after[me] = after;
        rt_hcall(H_IPI, me ? id1 : id0, 0xff, 0, 0, 0);
        rt_hcall(H_EOI, x, 0, 0, 0, 0);
        smp_mb();
        ipis[me]++;
        return;
    }
    if (v == 0x900) {
        ticks++;
        long next = ticks < 5 ? 50000 : 0x7fffffffL;
        __asm__ volatile("mtdec %0" :: "r"(next));
        return;
    }
    smp_unexpected(v, f, me);
}

void secondary_main(void)
{
    __asm__ volatile("mtsprg3 %0" :: "r"((uint64_t)id1));
    rt_hcall(H_CPPR, 0xff, 0, 0, 0, 0);
    ee_on();
    smp_mb();
    ready = 1;
    while (!go1) {         /* running, not ceded: start-cpu must fail */
        smp_mb();
    }
    while (!ipis[1]) {
        rt_hcall(H_CEDE, 0, 0, 0, 0, 0);
    }
    rt_hcall(H_IPI, id0, 3, 0, 0, 0);
    while (!stop1) {
        rt_hcall(H_CEDE, 0, 0, 0, 0, 0);
    }
    smp_stop_self();
}

static void ipi_tests(void)
{
    uint32_t a[3], r[3];

    a[0] = id1;
    smp_rtas("query-cpu-stopped-state", 1, 2, a, r);
    rt_printf("cpu1 before start: rc %d state %d\n", (int)r[0], (int)r[1]);
    a[0] = 0x7777;
    rt_printf("query bad id: %d\n", smp_rtas("query-cpu-stopped-state", 1, 2, a, r));
    rt_printf("query nret 1: %d\n", smp_rtas("query-cpu-stopped-state", 1, 1, a, r));

    a[0] = id1;
    a[1] = (uint32_t)(uintptr_t)secondary_tramp;
    a[2] = (uint32_t)(uintptr_t)secondary_cont;
    rt_printf("start-cpu: %d\n", smp_rtas("start-cpu", 3, 1, a, r));
    while (!ready) {
        smp_mb();
    }
    rt_printf("cpu1 running\n");
    rt_printf("start-cpu again: %d\n", smp_rtas("start-cpu", 3, 1, a, r));
    a[0] = id1;
    smp_rtas("query-cpu-stopped-state", 1, 2, a, r);
    rt_printf("cpu1 state %d\n", (int)r[1]);
    smp_mb();
    go1 = 1;

    /* CPU 0 -> CPU 1 */
    rt_printf("H_IPI cpu1: %ld\n", rt_hcall(H_IPI, id1, 5, 0, 0, 0));
    while (!ipis[1]) {
        smp_mb();
    }
    rt_printf("cpu1 took IPI: xirr %08lx, then %08lx\n",
              (unsigned long)xirr_got[1], (unsigned long)xirr_after[1]);

    /* CPU 1 -> CPU 0, waiting in H_CEDE */
    while (!ipis[0]) {
        rt_hcall(H_CEDE, 0, 0, 0, 0, 0);
    }
    rt_printf("cpu0 took IPI: xirr %08lx, then %08lx\n",
              (unsigned long)xirr_got[0], (unsigned long)xirr_after[0]);
    rt_printf("H_IPI bad server: %ld\n", rt_hcall(H_IPI, 0x7777, 5, 0, 0, 0));
    uint64_t x;
    rt_printf("H_IPOLL bad server: %ld\n", rt_hcall(H_IPOLL, 0x7777, 0, 0, 0, 0));
    uint64_t mfrr = ipoll(id0, &x);
    rt_printf("cpu0 ipoll: xirr %08lx mfrr %02lx\n", (unsigned long)x,
              (unsigned long)mfrr);
}

static void cppr_tests(void)
{
    uint64_t x, mfrr;
    ee_off();
    rt_hcall(H_CPPR, 5, 0, 0, 0, 0);
    rt_hcall(H_IPI, id0, 5, 0, 0, 0);     /* not more favoured than CPPR */
    mfrr = ipoll(id0, &x);
    rt_printf("cppr 5, ipi 5: xirr %08lx mfrr %02lx\n", (unsigned long)x,
              (unsigned long)mfrr);
    rt_hcall(H_CPPR, 6, 0, 0, 0, 0);      /* now it is */
    mfrr = ipoll(id0, &x);
    rt_printf("cppr 6: xirr %08lx\n", (unsigned long)x);
    rt_hcall(H_CPPR, 4, 0, 0, 0, 0);      /* masks the presented IPI again */
    mfrr = ipoll(id0, &x);
    rt_printf("cppr 4: xirr %08lx\n", (unsigned long)x);
    rt_hcall(H_CPPR, 7, 0, 0, 0, 0);
    uint64_t acc = xirr_accept();
    mfrr = ipoll(id0, &x);
    rt_printf("accept: %08lx, then xirr %08lx\n", (unsigned long)acc,
              (unsigned long)x);
    rt_printf("accept again: %08lx\n", (unsigned long)xirr_accept());
    rt_hcall(H_EOI, acc, 0, 0, 0, 0);     /* MFRR still 5: presented again */
    mfrr = ipoll(id0, &x);
    rt_printf("eoi, mfrr 5: xirr %08lx\n", (unsigned long)x);
    acc = xirr_accept();
    rt_hcall(H_IPI, id0, 0xff, 0, 0, 0);
    rt_hcall(H_EOI, acc, 0, 0, 0, 0);
    mfrr = ipoll(id0, &x);
    rt_printf("mfrr ff, eoi: xirr %08lx mfrr %02lx\n", (unsigned long)x,
              (unsigned long)mfrr);
    rt_hcall(H_CPPR, 0xff, 0, 0, 0, 0);
    ee_on();
}

static void xive_tests(void)
{
    uint32_t len, a[3], r[3];
    const void *p = rt_fdt_prop("/vdevice/vty", "interrupts", &len);
    if (!p) {
        rt_printf("no vty interrupt\n");
        return;
    }
    uint32_t irq = rt_be32(p);
    a[0] = irq;
    int rc = smp_rtas("ibm,get-xive", 1, 3, a, r);
    rt_printf("get-xive: %d server %s prio %x\n", rc,
              r[1] == id0 ? "cpu0" : "?", (unsigned)r[2]);
    a[1] = id1;
    a[2] = 5;
    rt_printf("set-xive cpu1 5: %d\n", smp_rtas("ibm,set-xive", 3, 1, a, r));
    rc = smp_rtas("ibm,get-xive", 1, 3, a, r);
    rt_printf("get-xive: %d server %s prio %x\n", rc,
              r[1] == id1 ? "cpu1" : "?", (unsigned)r[2]);
    rt_printf("int-off: %d\n", smp_rtas("ibm,int-off", 1, 1, a, r));
    smp_rtas("ibm,get-xive", 1, 3, a, r);
    rt_printf("after int-off prio %x\n", (unsigned)r[2]);
    rt_printf("int-on: %d\n", smp_rtas("ibm,int-on", 1, 1, a, r));
    smp_rtas("ibm,get-xive", 1, 3, a, r);
    rt_printf("after int-on prio %x\n", (unsigned)r[2]);
    a[1] = 0x7777;
    rt_printf("set-xive bad server: %d\n", smp_rtas("ibm,set-xive", 3, 1, a, r));
    a[1] = id0;
    a[2] = 0x100;
    rt_printf("set-xive prio 0x100: %d\n", smp_rtas("ibm,set-xive", 3, 1, a, r));
    rt_printf("set-xive nargs 2: %d\n", smp_rtas("ibm,set-xive", 2, 1, a, r));
    a[0] = 5;
    rt_printf("get-xive irq 5: %d\n", smp_rtas("ibm,get-xive", 1, 3, a, r));
    a[0] = irq;
    a[1] = id0;
    a[2] = 0xff;
    smp_rtas("ibm,set-xive", 3, 1, a, r);
}

static void tick_test(void)
{
    __asm__ volatile("mtdec %0" :: "r"(50000L));
    while (ticks < 5) {
        rt_hcall(H_CEDE, 0, 0, 0, 0, 0);
    }
    rt_printf("ticks %u\n", ticks);
}

int main(void)
{
    if (!smp_find_cpus(&id0, &id1)) {
        return 1;
    }
    rt_exception_hook = hook;
    rt_hcall(H_CPPR, 0xff, 0, 0, 0, 0);
    ee_on();

    ipi_tests();
    cppr_tests();
    xive_tests();
    tick_test();

    stop1 = 1;
    smp_mb();
    rt_printf("H_PROD cpu1: %ld\n", rt_hcall(H_PROD, id1, 0, 0, 0, 0));
    smp_wait_stopped(id1);
    rt_printf("cpu1 stopped\n");
    return 0;
}
