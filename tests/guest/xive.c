/* SPDX-License-Identifier: MIT */
/*
 * XIVE exploitation mode as a guest OS drives it (xive.args: ic-mode
 * xive and dual on pseries-7.2): the H_INT_* hypercalls answer
 * H_FUNCTION until CAS chose XIVE (and XICS's H_CPPR does with
 * ic-mode=xive, which has no XICS); then the IPI of CPU 0 (LISN 0), the
 * vty's source (an MSI) and the PHB's first LSI are configured with
 * H_INT_SET_SOURCE_CONFIG / H_INT_SET_QUEUE_CONFIG, triggered through
 * their ESB pages (the trigger page, or H_INT_ESB for the LSI), taken
 * as external interrupts, acknowledged through the TIMA's OS page and
 * ended with ESB EOI loads; the event queue entries (generation bit and
 * EISN) and the PQ bits are printed along the way, as are the argument
 * errors of every hcall (bad flags, LISN, priority, target, queue size
 * and alignment) and H_INT_RESET. The tree CAS returns must hold the
 * XIVE node. Output compared with QEMU 7.2's.
 */
#include "xive-util.h"

#define EQ 0x2000000ULL          /* a 64K event queue in RAM */
#define EQ2 0x2010000ULL         /* the second priority's */
#define VTY_IRQ 0x1100
#define LSI_IRQ 0x1200

static volatile uint32_t taken;
static volatile uint16_t ack;

/* Queue entry i of the queue at q (big-endian in RAM). */
static uint32_t eq_entry(uint64_t q, unsigned i)
{
    return rt_be32((const void *)(uintptr_t)(q + 4 * i));
}

static void show(const char *what, long rc, int nret)
{
    rt_printf("%s: rc %ld", what, rc);
    for (int i = 0; rc == 0 && i < nret; i++) {
        rt_printf(" %lx", (unsigned long)ret[i]);
    }
    rt_printf("\n");
}

/* The external interrupt: acknowledge it through the TIMA (the CPU's
 * line goes down); the main program reads the queue and EOIs. */
static void hook(uint64_t v, RtFrame *f)
{
    if (!xive_external(v, f, 1)) {
        return;
    }
    ack = ld16(TIMA_OS_ACK);
    taken++;
}

/* The OS ring's NSR CPPR IPB LSMFB ACK_CNT INC AGE PIPR. */
static void show_tima(const char *what)
{
    rt_printf("  tima %s: %016llx\n", what,
              (unsigned long long)ld64(TIMA_OS + 0x10));
}

/* Let pending interrupts in, then shut them out again. */
static void window(const char *what)
{
    uint32_t before = taken;
    xive_ee(1);
    for (volatile int i = 0; i < 100; i++) {
    }
    xive_ee(0);
    rt_printf("  %s: %u interrupt(s), ack %04x\n", what, taken - before,
              ack);
}

static void show_prop(const char *name, const void *val, uint32_t len,
                      void *ctx)
{
    (void)ctx;
    rt_printf("    %s [%u]", name, len);
    const uint8_t *p = val;
    for (uint32_t i = 0; i < len && i < 32; i++) {
        rt_printf(" %02x", p[i]);
    }
    rt_printf("\n");
}

static void cas_xive(void)
{
    long rc = xive_cas();
    rt_printf("cas: rc %ld\n", rc);
    void *old = rt_fdt;
    rt_fdt = xive_cas_buf + 4;
    const char *c;
    for (int i = 0; (c = rt_fdt_child("/", i)); i++) {
        if (!memcmp(c, "interrupt-controller", 20)) {
            char path[64] = "/";
            memcpy(path + 1, c, strlen(c) + 1);
            rt_printf("  cas tree: %s\n", c);
            rt_fdt_props(path, show_prop, NULL);
        }
    }
    uint32_t len;
    const uint8_t *p = rt_fdt_prop("/", "ibm,plat-res-int-priorities", &len);
    rt_printf("  plat-res-int-priorities: %u %u\n", p ? rt_be32(p) : 0,
              p ? rt_be32(p + 4) : 0);
    p = rt_fdt_prop("/chosen", "ibm,architecture-vec-5", &len);
    rt_printf("  vec-5 [%u] byte 23 %02x\n", p ? len : 0,
              p && len > 23 ? p[23] : 0);
    rt_fdt = old;
}

static void errors(void)
{
    rt_printf("argument errors:\n");
    show(" source info flags", hc(H_INT_GET_SOURCE_INFO, 1, 0, 0, 0, 0, 0), 0);
    show(" source info lisn 0x2000",
         hc(H_INT_GET_SOURCE_INFO, 0, 0x2000, 0, 0, 0, 0), 0);
    show(" source info unclaimed 0x5",
         hc(H_INT_GET_SOURCE_INFO, 0, 5, 0, 0, 0, 0), 0);
    show(" set source flags 4",
         hc(H_INT_SET_SOURCE_CONFIG, 4, 0, 0, 6, 0, 0), 0);
    show(" set source lisn 0x1fff",
         hc(H_INT_SET_SOURCE_CONFIG, 0, 0x1fff, 0, 6, 0, 0), 0);
    show(" set source prio 7",
         hc(H_INT_SET_SOURCE_CONFIG, 0, 0, 0, 7, 0, 0), 0);
    show(" set source prio 0xfe",
         hc(H_INT_SET_SOURCE_CONFIG, 0, 0, 0, 0xfe, 0, 0), 0);
    show(" set source target 99",
         hc(H_INT_SET_SOURCE_CONFIG, 0, 0, 99, 6, 0, 0), 0);
    show(" get source flags", hc(H_INT_GET_SOURCE_CONFIG, 1, 0, 0, 0, 0, 0), 0);
    show(" get source lisn 0x3000",
         hc(H_INT_GET_SOURCE_CONFIG, 0, 0x3000, 0, 0, 0, 0), 0);
    show(" queue info flags", hc(H_INT_GET_QUEUE_INFO, 1, 0, 6, 0, 0, 0), 0);
    show(" queue info prio 7", hc(H_INT_GET_QUEUE_INFO, 0, 0, 7, 0, 0, 0), 0);
    show(" queue info target 99",
         hc(H_INT_GET_QUEUE_INFO, 0, 99, 6, 0, 0, 0), 0);
    show(" set queue flags 2",
         hc(H_INT_SET_QUEUE_CONFIG, 2, 0, 6, EQ, 16, 0), 0);
    show(" set queue prio 8",
         hc(H_INT_SET_QUEUE_CONFIG, 0, 0, 8, EQ, 16, 0), 0);
    show(" set queue target 99",
         hc(H_INT_SET_QUEUE_CONFIG, 0, 99, 6, EQ, 16, 0), 0);
    show(" set queue size 13",
         hc(H_INT_SET_QUEUE_CONFIG, 0, 0, 6, EQ, 13, 0), 0);
    show(" set queue misaligned",
         hc(H_INT_SET_QUEUE_CONFIG, 0, 0, 6, EQ + 0x1000, 16, 0), 0);
    show(" get queue flags 2", hc(H_INT_GET_QUEUE_CONFIG, 2, 0, 6, 0, 0, 0), 0);
    show(" get queue prio 0xff",
         hc(H_INT_GET_QUEUE_CONFIG, 0, 0, 0xff, 0, 0, 0), 0);
    show(" esb flags 2", hc(H_INT_ESB, 2, 0, 0x800, 0, 0, 0), 0);
    show(" esb lisn 0x2000", hc(H_INT_ESB, 0, 0x2000, 0x800, 0, 0, 0), 0);
    show(" esb offset 0x20001", hc(H_INT_ESB, 0, 0, 0x20001, 0, 0, 0), 0);
    show(" sync flags", hc(H_INT_SYNC, 1, 0, 0, 0, 0, 0), 0);
    show(" sync lisn 0x2000", hc(H_INT_SYNC, 0, 0x2000, 0, 0, 0, 0), 0);
    show(" sync lisn 0", hc(H_INT_SYNC, 0, 0, 0, 0, 0, 0), 0);
    show(" set os reporting line",
         hc(H_INT_SET_OS_REPORTING_LINE, 0, EQ, 0, 0, 0, 0), 0);
    show(" get os reporting line",
         hc(H_INT_GET_OS_REPORTING_LINE, 0, 0, 0, 0, 0, 0), 0);
    show(" reset flags", hc(H_INT_RESET, 1, 0, 0, 0, 0, 0), 0);
}

int main(void)
{
    rt_exception_hook = hook;
    uint32_t len;
    rt_printf("boot tree: plat-res-int-priorities %s\n",
              rt_fdt_prop("/", "ibm,plat-res-int-priorities", &len)
              ? "present" : "absent");
    show("before CAS: source info", hc(H_INT_GET_SOURCE_INFO, 0, 0, 0, 0,
                                      0, 0), 4);
    show("XICS's H_CPPR (ic-mode=xive: none)", hc(0x68, 0xff, 0, 0, 0, 0, 0),
         0);
    cas_xive();

    rt_printf("sources:\n");
    show(" ipi 0", hc(H_INT_GET_SOURCE_INFO, 0, 0, 0, 0, 0, 0), 4);
    show(" vty", hc(H_INT_GET_SOURCE_INFO, 0, VTY_IRQ, 0, 0, 0, 0), 4);
    show(" lsi", hc(H_INT_GET_SOURCE_INFO, 0, LSI_IRQ, 0, 0, 0, 0), 4);
    show(" ipi 0 config", hc(H_INT_GET_SOURCE_CONFIG, 0, 0, 0, 0, 0, 0), 3);
    show(" queue info 0/6", hc(H_INT_GET_QUEUE_INFO, 0, 0, 6, 0, 0, 0), 2);
    show(" queue info 0/0", hc(H_INT_GET_QUEUE_INFO, 0, 0, 0, 0, 0, 0), 2);
    show(" queue config 0/6", hc(H_INT_GET_QUEUE_CONFIG, 0, 0, 6, 0, 0, 0),
         4);
    errors();

    rt_printf("configure:\n");
    show(" queue 0/6", hc(H_INT_SET_QUEUE_CONFIG, 1, 0, 6, EQ, 16, 0), 0);
    show(" queue 0/5 (notify via ESn)",
         hc(H_INT_SET_QUEUE_CONFIG, 0, 0, 5, EQ2, 12, 0), 0);
    show(" queue config 0/6", hc(H_INT_GET_QUEUE_CONFIG, 0, 0, 6, 0, 0, 0),
         4);
    show(" queue config 0/5 debug",
         hc(H_INT_GET_QUEUE_CONFIG, 1, 0, 5, 0, 0, 0), 4);
    show(" queue info 0/6", hc(H_INT_GET_QUEUE_INFO, 0, 0, 6, 0, 0, 0), 2);
    show(" ipi 0 -> 0/6 eisn 0x1234",
         hc(H_INT_SET_SOURCE_CONFIG, 2, 0, 0, 6, 0x1234, 0), 0);
    show(" ipi 0 config", hc(H_INT_GET_SOURCE_CONFIG, 0, 0, 0, 0, 0, 0), 3);
    show(" vty -> 0/5 (eisn kept)",
         hc(H_INT_SET_SOURCE_CONFIG, 0, VTY_IRQ, 0, 5, 0x77, 0), 0);
    show(" vty config",
         hc(H_INT_GET_SOURCE_CONFIG, 0, VTY_IRQ, 0, 0, 0, 0), 3);
    show(" lsi -> 0/6 eisn 0x4321",
         hc(H_INT_SET_SOURCE_CONFIG, 2, LSI_IRQ, 0, 6, 0x4321, 0), 0);

    uint64_t ipi = xive_mgmt_page(0), vty = xive_mgmt_page(VTY_IRQ);
    uint64_t ipi_trig = ipi - 0x10000, vty_trig = vty - 0x10000;
    rt_printf("pq after reset: ipi %lx vty %lx\n",
              (unsigned long)ld64(ipi + 0x800),
              (unsigned long)ld64(vty + 0x800));
    show_tima("reset");
    rt_printf("  tima word2 (not the OS's): %08x\n", ld32(TIMA_OS + 0x18));

    rt_printf("ipi:\n");
    rt_printf("  set pq 00: old %lx\n", (unsigned long)ld64(ipi + 0xc00));
    st8(TIMA_OS_CPPR, 0xff);   /* CPPR: accept everything */
    show_tima("cppr ff");
    st64(ipi_trig, 0);
    rt_printf("  triggered: pq %lx eq[0] %08x\n",
              (unsigned long)ld64(ipi + 0x800), eq_entry(EQ, 0));
    show_tima("pending");
    window("ee on");
    show_tima("acked");
    st64(ipi_trig, 0);
    st64(ipi_trig, 0);
    rt_printf("  triggered twice more: pq %lx eq[1] %08x\n",
              (unsigned long)ld64(ipi + 0x800), eq_entry(EQ, 1));
    window("cppr 6 holds it");
    rt_printf("  eoi: %lx pq %lx eq[1] %08x\n", (unsigned long)ld64(ipi),
              (unsigned long)ld64(ipi + 0x800), eq_entry(EQ, 1));
    st8(TIMA_OS_CPPR, 0xff);
    show_tima("cppr ff again");
    window("ee on");
    rt_printf("  eoi: %lx pq %lx\n", (unsigned long)ld64(ipi),
              (unsigned long)ld64(ipi + 0x800));
    rt_printf("  eoi again: %lx pq %lx\n", (unsigned long)ld64(ipi),
              (unsigned long)ld64(ipi + 0x800));
    st8(TIMA_OS_CPPR, 0xff);

    rt_printf("vty (msi, priority 5, ESn):\n");
    rt_printf("  set pq 00: old %lx\n", (unsigned long)ld64(vty + 0xc00));
    st64(vty_trig, 0);
    rt_printf("  triggered: pq %lx eq2[0] %08x\n",
              (unsigned long)ld64(vty + 0x800), eq_entry(EQ2, 0));
    window("ee on");
    rt_printf("  eoi: %lx\n", (unsigned long)ld64(vty));
    st8(TIMA_OS_CPPR, 0xff);
    st64(vty_trig, 0);
    rt_printf("  again: pq %lx eq2[1] %08x\n",
              (unsigned long)ld64(vty + 0x800), eq_entry(EQ2, 1));
    window("ESn holds it");
    rt_printf("  eoi: %lx\n", (unsigned long)ld64(vty));
    show_tima("after");

    rt_printf("lsi (H_INT_ESB):\n");
    show("  get pq", hc(H_INT_ESB, 0, LSI_IRQ, 0x800, 0, 0, 0), 1);
    show("  set pq 00", hc(H_INT_ESB, 0, LSI_IRQ, 0xc00, 0, 0, 0), 1);
    show("  trigger store", hc(H_INT_ESB, 1, LSI_IRQ, 0, 0, 0, 0), 1);
    show("  get pq", hc(H_INT_ESB, 0, LSI_IRQ, 0x800, 0, 0, 0), 1);
    rt_printf("  eq[2] %08x\n", eq_entry(EQ, 2));
    window("ee on");
    show("  eoi", hc(H_INT_ESB, 0, LSI_IRQ, 0, 0, 0, 0), 1);
    st8(TIMA_OS_CPPR, 0xff);

    rt_printf("masked source:\n");
    show("  ipi masked", hc(H_INT_SET_SOURCE_CONFIG, 1, 0, 0, 6, 0, 0), 0);
    show("  ipi config", hc(H_INT_GET_SOURCE_CONFIG, 0, 0, 0, 0, 0, 0), 3);
    st64(ipi_trig, 0);
    rt_printf("  triggered: pq %lx eq[3] %08x\n",
              (unsigned long)ld64(ipi + 0x800), eq_entry(EQ, 3));
    window("ee on");
    rt_printf("  eoi: %lx\n", (unsigned long)ld64(ipi));
    show("  ipi priority 0xff",
         hc(H_INT_SET_SOURCE_CONFIG, 0, 0, 0, 0xff, 0, 0), 0);
    show("  ipi config", hc(H_INT_GET_SOURCE_CONFIG, 0, 0, 0, 0, 0, 0), 3);

    rt_printf("set os pending:\n");
    st8(TIMA_OS + 0x812, 3);
    show_tima("ipb prio 3");
    window("ee on");

    rt_printf("reset:\n");
    show(" reset", hc(H_INT_RESET, 0, 0, 0, 0, 0, 0), 0);
    show(" lsi config after reset",
         hc(H_INT_GET_SOURCE_CONFIG, 0, LSI_IRQ, 0, 0, 0, 0), 3);
    show(" queue config 0/6 after reset",
         hc(H_INT_GET_QUEUE_CONFIG, 0, 0, 6, 0, 0, 0), 4);
    rt_printf(" pq kept: ipi %lx\n", (unsigned long)ld64(ipi + 0x800));
    show(" queue off", hc(H_INT_SET_QUEUE_CONFIG, 0, 0, 6, 0, 0, 0), 0);
    return 0;
}
