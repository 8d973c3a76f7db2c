/* SPDX-License-Identifier: MIT */
/*
 * XIVE with two CPUs (xive-smp.args: -smp 2, ic-mode xive and dual):
 * after CAS chose XIVE, each CPU routes its own IPI (LISN = its vCPU
 * id) to an event queue of its own at priority 6 and opens its CPPR
 * through the TIMA; CPU 0 then triggers CPU 1's IPI through its ESB
 * trigger page (as Linux does), CPU 1 takes it, acknowledges it
 * through the TIMA (which shows each CPU its own thread context),
 * reads its queue and EOIs, and triggers CPU 0's IPI back while CPU 0
 * waits in H_CEDE. Only CPU 0 prints; vCPU ids come from the device
 * tree. Output compared with QEMU 7.2's.
 */
#include "smp-util.h"
#include "xive-util.h"

#define EQ(cpu) (0x2000000ULL + 0x10000ULL * (cpu))

static volatile uint32_t id[2];
static volatile uint32_t ready, stop1;
static volatile uint32_t taken[2];
static volatile uint16_t acks[2];
static volatile uint64_t tima_after[2];
static volatile uint64_t trig[2], mgmt[2];

static inline unsigned me(void)
{
    uint64_t v;
    __asm__ volatile("mfsprg3 %0" : "=r"(v));
    return v == id[0] ? 0 : 1;
}

/* CPU 0 waits for CPU 1 in H_CEDE woken by a short decrementer, not in a
 * spin: a single-threaded emulator (QEMU with -icount) then runs CPU 1. */
static void wait_for(volatile uint32_t *flag)
{
    while (!*flag) {
        __asm__ volatile("mtdec %0" :: "r"(20000L));
        hc(H_CEDE, 0, 0, 0, 0, 0, 0);
    }
}

/* Either CPU: ack through the TIMA (its own context), EOI, CPPR back. */
static void hook(uint64_t v, RtFrame *f)
{
    unsigned c = me();
    if (!xive_external(v, f, c == 0)) {
        return;
    }
    acks[c] = ld16(TIMA_OS_ACK);
    tima_after[c] = ld64(TIMA_OS + 0x10);
    ld64(mgmt[c]);               /* EOI */
    st8(TIMA_OS_CPPR, 0xff);   /* CPPR back */
    smp_mb();
    taken[c]++;
}

/* Route this CPU's IPI to its own queue and open its CPPR. */
static long setup_self(unsigned c)
{
    long rc = hc(H_INT_SET_QUEUE_CONFIG, 0, id[c], 6, EQ(c), 16, 0);
    rc |= hc(H_INT_GET_SOURCE_INFO, 0, id[c], 0, 0, 0, 0);
    mgmt[c] = ret[1];
    trig[c] = ret[2];
    rc |= hc(H_INT_SET_SOURCE_CONFIG, 2, id[c], id[c], 6, 0x100 + c, 0);
    ld64(mgmt[c] + 0xc00);       /* PQ 00 */
    st8(TIMA_OS_CPPR, 0xff);
    return rc;
}

void secondary_main(void)
{
    __asm__ volatile("mtsprg3 %0" :: "r"((uint64_t)id[1]));
    long rc = setup_self(1);
    xive_ee(1);
    smp_mb();
    ready = rc ? 2 : 1;
    while (!taken[1]) {
        hc(H_CEDE, 0, 0, 0, 0, 0, 0);
    }
    st64(trig[0], 0);            /* CPU 1 -> CPU 0 */
    while (!stop1) {
        hc(H_CEDE, 0, 0, 0, 0, 0, 0);
    }
    smp_stop_self();
}

int main(void)
{
    rt_exception_hook = hook;
    id[0] = smp_cpu_id(0);
    id[1] = smp_cpu_id(1);
    __asm__ volatile("mtsprg3 %0" :: "r"((uint64_t)id[0]));
    void *old = rt_fdt;
    rt_fdt = xive_cas_buf + 4;
    long rc = xive_cas();
    uint32_t len;
    const uint8_t *lisns = rc ? NULL : rt_fdt_prop("/interrupt-controller",
                                                   "ibm,xive-lisn-ranges",
                                                   &len);
    rt_printf("cas: rc %ld, lisn ranges %u..%u\n", rc,
              lisns ? rt_be32(lisns) : 0, lisns ? rt_be32(lisns + 4) : 0);
    rt_fdt = old;
    rt_printf("cpu0 setup: %ld\n", setup_self(0));

    rt_printf("start-cpu: %d\n", smp_start_cpu1(id[1]));
    xive_ee(1);
    wait_for(&ready);
    rt_printf("cpu1 setup: %s\n", ready == 1 ? "ok" : "failed");
    hc(H_INT_GET_SOURCE_CONFIG, 0, id[1], 0, 0, 0, 0);
    rt_printf("cpu1 ipi config: target is cpu1 %d, prio %lx, eisn %lx\n",
              ret[0] == id[1], (unsigned long)ret[1],
              (unsigned long)ret[2]);

    st64(trig[1], 0);            /* CPU 0 -> CPU 1 */
    wait_for(&taken[1]);
    rt_printf("cpu1 took its ipi: ack %04x, its tima then %016llx, "
              "eq1[0] %08x\n", acks[1], (unsigned long long)tima_after[1],
              rt_be32((const void *)(uintptr_t)EQ(1)));
    wait_for(&taken[0]);
    rt_printf("cpu0 took its ipi: ack %04x, its tima then %016llx, "
              "eq0[0] %08x\n", acks[0], (unsigned long long)tima_after[0],
              rt_be32((const void *)(uintptr_t)EQ(0)));
    rt_printf("cpu0 tima now %016llx, pq cpu0 %lx cpu1 %lx\n",
              (unsigned long long)ld64(TIMA_OS + 0x10),
              (unsigned long)ld64(mgmt[0] + 0x800),
              (unsigned long)ld64(mgmt[1] + 0x800));
    stop1 = 1;
    smp_mb();
    return 0;
}
