/* SPDX-License-Identifier: MIT */
/*
 * XIVE paths a bare-metal guest cannot reach with farad's devices, on a
 * machine called directly: which controller is active (ic-mode dual
 * before and after CAS, back to XICS at reset; the MMIO mapped only
 * while XIVE is), the POWER9 requirement of ic-mode=xive, an LSI driven
 * by its device line (PQ 00 -> 10 on assertion, no Q for LSIs, an EOI
 * while still asserted re-sends it, deassertion ends it), and routing
 * to the second CPU's thread context, the PHB's INTx and MSI window
 * through the seam. Expected values follow QEMU 7.2's
 * XiveSource / XiveRouter / XiveTCTX rules (hw/intc/xive.c) and PAPR;
 * the guest-visible parts are compared with qemu-system-ppc64 by
 * tests/guest/xive*.c.
 */
#include <glib.h>
#include <string.h>

#include "board/board.h"
#include "core/machine/hcall.h"
#include "core/machine/spapr-cas.h"
#include "core/machine/spapr-irq.h"
#include "core/machine/xics.h"
#include "core/machine/xive.h"
#include "pci/pci.h"
#include "pci/spapr-phb.h"

#define LSI 0x1200u
#define EQ0 0x100000u
#define EQ1 0x110000u
#define TM_OS (XIVE_TM_BASE + (2u << XIVE_TM_SHIFT))

static Machine *new_machine_dev(const char *props, int smp,
                                const char *dev, GError **err)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup("pseries-7.2");
    cfg.machine_props = g_ptr_array_new_with_free_func(g_free);
    gchar **kv = g_strsplit(props, ",", -1);
    for (int i = 0; kv[i]; i++) {
        g_ptr_array_add(cfg.machine_props, g_strdup(kv[i]));
    }
    g_strfreev(kv);
    cfg.dumpdtb = g_strdup("/dev/null");   /* stop before loading images */
    cfg.nodefaults = true;
    cfg.serial_stdio = false;
    cfg.smp = smp;
    if (dev) {
        cfg.devices = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(cfg.devices, g_strdup(dev));
    }
    Machine *m = machine_new(&cfg, err);
    machine_config_clear(&cfg);
    return m;
}

static Machine *new_machine(const char *props, int smp, GError **err)
{
    return new_machine_dev(props, smp, NULL, err);
}

static void cas_xive(Machine *m)
{
    m->spapr->ov5_cas[OV5_XIVE_EXPLOIT / 8] |= 0x80 >> (OV5_XIVE_EXPLOIT % 8);
    spapr_irq_update_active(m);
}

/* KVMPPC_H_CAS with the 3.00 PVR and an option vector 5 asking for XIVE
 * exploitation or not (hand-built at 0x10000; the tree goes to 0x20000). */
static long cas(Machine *m, bool xive)
{
    static const uint8_t pvrs[16] = {
        0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x00, 0x05,
        0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff,
    };
    uint8_t v[64] = { 0 };
    unsigned pos = sizeof(pvrs);
    memcpy(v, pvrs, pos);
    v[pos++] = 4;                        /* five vectors */
    for (int i = 1; i <= 5; i++) {
        unsigned len = i == 5 ? 24 : 3;
        v[pos++] = (uint8_t)(len - 1);
        if (i == 1) {
            v[pos] = 0x80;
        }
        if (i == 5 && xive) {
            v[pos + 22] = 0x40;          /* byte 23: XIVE exploitation */
        }
        pos += len;
    }
    spapr_write_ram(m, 0x10000, v, pos);
    uint64_t args[9] = { 0x10000, 0x20000, 0x10000 };
    return h_cas(m, m->cpu, args);
}

static long hcall(Machine *m, HcallFn fn, uint64_t a0, uint64_t a1,
                  uint64_t a2, uint64_t a3, uint64_t a4)
{
    uint64_t args[9] = { a0, a1, a2, a3, a4 };
    return fn(m, m->cpu, args);
}

/* Route irq to (vCPU id target, priority 6) with a queue and PQ 00, and
 * open CPU cpu's CPPR through its TIMA. */
static void route(Machine *m, uint32_t irq, uint32_t target, uint64_t eq)
{
    g_assert_cmpint(hcall(m, h_int_set_queue_config, 1, target, 6, eq, 12),
                    ==, H_SUCCESS);
    g_assert_cmpint(hcall(m, h_int_set_source_config, 2, irq, target, 6,
                          0x40 + target), ==, H_SUCCESS);
    Xive *x = spapr_xive(m);
    xive_esb_load(x, irq, 0x10000 + 0xc00);   /* PQ 00 */
    m->turn = (int)target;
    g_assert_true(bus_write(m->bus, TM_OS + 0x11, 1, 0xff));
    m->turn = 0;
}

static void test_dual_switch(void)
{
    GError *err = NULL;
    Machine *m = new_machine("ic-mode=dual", 1, &err);
    g_assert_no_error(err);
    g_assert_nonnull(spapr_xive(m));
    g_assert_false(spapr_irq_xive_active(m));
    g_assert_null(bus_lookup(m->bus, XIVE_TM_BASE));
    g_assert_null(bus_lookup(m->bus, XIVE_VC_BASE));
    /* before CAS the H_INT_* calls are not there */
    g_assert_cmpint(hcall(m, h_int_get_source_info, 0, 0, 0, 0, 0), ==,
                    H_FUNCTION);
    g_assert_cmpint(cas(m, true), ==, H_SUCCESS);
    g_assert_true(spapr_irq_xive_active(m));
    g_assert_nonnull(bus_lookup(m->bus, XIVE_TM_BASE + 0x3ffff));
    g_assert_nonnull(bus_lookup(m->bus, XIVE_VC_BASE +
                                ((uint64_t)XIVE_NR_IRQS << XIVE_ESB_SHIFT) - 1));
    g_assert_cmpint(hcall(m, h_int_get_source_info, 0, 0, 0, 0, 0), ==,
                    H_SUCCESS);
    /* a reset forgets CAS: XICS again, the pages gone */
    spapr_platform_reset(m);
    g_assert_false(spapr_irq_xive_active(m));
    g_assert_null(bus_lookup(m->bus, XIVE_TM_BASE));
    /* a CAS without XIVE keeps XICS */
    g_assert_cmpint(cas(m, false), ==, H_SUCCESS);
    g_assert_false(spapr_irq_xive_active(m));
    machine_free(m);
}

static void test_modes(void)
{
    GError *err = NULL;
    Machine *m = new_machine("ic-mode=xive", 1, &err);
    g_assert_no_error(err);
    g_assert_true(spapr_irq_xive_active(m));   /* before CAS already */
    g_assert_false(spapr_irq_call_offered(m, "ibm,set-xive"));
    g_assert_true(spapr_irq_call_offered(m, "start-cpu"));
    g_assert_false(spapr_irq_call_offered(m, "H_XIRR"));
    g_assert_true(spapr_irq_call_offered(m, "H_INT_ESB"));
    /* a guest that does not ask for XIVE stops the machine at CAS */
    g_assert_cmpint(cas(m, false), ==, H_HARDWARE);
    g_assert_true(m->stop);
    g_assert_cmpint(m->exit, ==, MACHINE_EXIT_ERROR);
    machine_free(m);
    m = new_machine("ic-mode=xics", 1, &err);
    g_assert_no_error(err);
    g_assert_null(spapr_xive(m));
    g_assert_true(spapr_irq_call_offered(m, "ibm,set-xive"));
    machine_free(m);
    /* an older CPU: dual degrades to XICS, xive is refused */
    m = new_machine("ic-mode=dual,cpu-type=POWER8", 1, &err);
    g_assert_no_error(err);
    g_assert_null(spapr_xive(m));
    machine_free(m);
    m = new_machine("ic-mode=xive,cpu-type=POWER8", 1, &err);
    g_assert_null(m);
    g_assert_nonnull(err);
    g_assert_nonnull(strstr(err->message, "require a POWER9 CPU"));
    g_clear_error(&err);
}

static uint32_t entry(Machine *m, uint64_t eq, unsigned i)
{
    return spapr_ld32(m, eq + 4 * i);
}

static void test_lsi_level(void)
{
    GError *err = NULL;
    Machine *m = new_machine("ic-mode=xive", 1, &err);
    g_assert_no_error(err);
    cas_xive(m);
    Xive *x = spapr_xive(m);
    g_assert_true(x->t.lsi[LSI]);   /* the PHB's first LSI */
    route(m, LSI, 0, EQ0);
    spapr_irq_set(m, LSI, 1);
    g_assert_cmpuint(xive_pq(x, LSI), ==, XIVE_PQ_PENDING);
    g_assert_cmphex(entry(m, EQ0, 0), ==, 0x80000040);
    g_assert_true(spapr_irq_cpu_pending(m, 0));
    uint64_t ack;
    g_assert_true(bus_read(m->bus, TM_OS + 0x810, 2, &ack));
    g_assert_cmphex(ack, ==, 0x8006);
    g_assert_false(spapr_irq_cpu_pending(m, 0));
    /* still asserted: no Q for an LSI */
    spapr_irq_set(m, LSI, 1);
    g_assert_cmpuint(xive_pq(x, LSI), ==, XIVE_PQ_PENDING);
    g_assert_cmphex(entry(m, EQ0, 1), ==, 0);
    /* EOI while asserted: sent again */
    g_assert_cmpuint(xive_esb_load(x, LSI, 0x10000), ==, 1);
    g_assert_cmpuint(xive_pq(x, LSI), ==, XIVE_PQ_PENDING);
    g_assert_cmphex(entry(m, EQ0, 1), ==, 0x80000040);
    /* deasserted, then EOI: done */
    spapr_irq_set(m, LSI, 0);
    g_assert_cmpuint(xive_esb_load(x, LSI, 0x10000), ==, 0);
    g_assert_cmpuint(xive_pq(x, LSI), ==, XIVE_PQ_RESET);
    g_assert_cmphex(entry(m, EQ0, 2), ==, 0);
    /* a pulse on the LSI is one event */
    spapr_irq_pulse(m, LSI);
    g_assert_cmpuint(xive_pq(x, LSI), ==, XIVE_PQ_PENDING);
    g_assert_cmphex(entry(m, EQ0, 2), ==, 0x80000040);
    machine_free(m);
}

static void test_second_cpu(void)
{
    GError *err = NULL;
    Machine *m = new_machine("ic-mode=dual", 2, &err);
    g_assert_no_error(err);
    cas_xive(m);
    Xive *x = spapr_xive(m);
    g_assert_cmpuint(x->nr_servers, ==, 2);
    route(m, 1, 1, EQ1);   /* CPU 1's IPI */
    spapr_irq_set(m, 1, 1);
    g_assert_false(spapr_irq_cpu_pending(m, 0));
    g_assert_true(spapr_irq_cpu_pending(m, 1));
    g_assert_cmphex(entry(m, EQ1, 0), ==, 0x80000041);
    /* CPU 0's TIMA shows CPU 0's context: nothing to ack there */
    uint64_t ack;
    g_assert_true(bus_read(m->bus, TM_OS + 0x810, 2, &ack));
    g_assert_cmphex(ack, ==, 0x0000);
    m->turn = 1;
    g_assert_true(bus_read(m->bus, TM_OS + 0x810, 2, &ack));
    g_assert_cmphex(ack, ==, 0x8006);
    m->turn = 0;
    g_assert_false(spapr_irq_cpu_pending(m, 1));
    /* an unknown target is refused */
    g_assert_cmpint(hcall(m, h_int_set_source_config, 0, 1, 2, 6, 0), ==,
                    H_P3);
    machine_free(m);
}

/* The PHB reaches XIVE through the seam: a device's INTx (slot 2, pin
 * A: LSI 0x1200 + 2) and a write to the MSI window (an MSI block from
 * the allocator ibm,change-msi uses, claimed in XIVE too). */
static void test_phb(void)
{
    GError *err = NULL;
    Machine *m = new_machine_dev("ic-mode=dual", 1, "pci-testdev,addr=2",
                                 &err);
    g_assert_no_error(err);
    cas_xive(m);
    Xive *x = spapr_xive(m);
    SpaprPhb *p = spapr_phb_find_buid(m, SPAPR_PCI_BASE_BUID);
    g_assert_nonnull(p);
    PciDevice *d = p->bus.devs[2 << 3];
    g_assert_nonnull(d);
    d->config[PCI_INTERRUPT_PIN] = 1;   /* give the test device pin A */
    uint32_t lsi = p->lsi_table[2];
    g_assert_cmphex(lsi, ==, LSI + 2);
    g_assert_true(x->t.lsi[lsi]);
    route(m, lsi, 0, EQ0);
    pci_set_irq(d, 1);
    g_assert_cmpuint(xive_pq(x, lsi), ==, XIVE_PQ_PENDING);
    g_assert_cmphex(entry(m, EQ0, 0), ==, 0x80000040);
    pci_set_irq(d, 0);
    g_assert_cmpuint(xive_esb_load(x, lsi, 0x10000), ==, 0);

    uint32_t msi = spapr_irq_msi_alloc(m, 4, true);
    g_assert_cmphex(msi, ==, 0x1300);
    g_assert_true(xive_claimed(x, msi + 3));
    g_assert_false(x->t.lsi[msi + 3]);
    route(m, msi + 3, 0, EQ1);
    uint8_t le[4] = { (uint8_t)(msi + 3), (uint8_t)((msi + 3) >> 8), 0, 0 };
    g_assert_true(spapr_phb_dma_rw(p, SPAPR_PCI_MSI_WINDOW, le, 4, true));
    g_assert_cmpuint(xive_pq(x, msi + 3), ==, XIVE_PQ_PENDING);
    g_assert_cmphex(entry(m, EQ1, 0), ==, 0x80000040);
    g_assert_true(spapr_phb_dma_rw(p, SPAPR_PCI_MSI_WINDOW, le, 4, true));
    g_assert_cmpuint(xive_pq(x, msi + 3), ==, XIVE_PQ_QUEUED);
    spapr_irq_release(m, msi, 4);
    g_assert_false(xive_claimed(x, msi + 3));
    machine_free(m);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/xive/dual-switch", test_dual_switch);
    g_test_add_func("/xive/modes", test_modes);
    g_test_add_func("/xive/lsi-level", test_lsi_level);
    g_test_add_func("/xive/second-cpu", test_second_cpu);
    g_test_add_func("/xive/phb", test_phb);
    return g_test_run();
}
