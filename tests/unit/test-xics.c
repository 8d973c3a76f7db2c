/* SPDX-License-Identifier: MIT */
/*
 * XICS semantics (core/machine/xics.c) on a bare Xics object: CPPR masking,
 * priorities between sources and the IPI, accept/EOI, LSI re-assertion
 * after EOI, MSI edges (masked-pending, rejection and resend), XIVE
 * updates, claims and MSI block allocation. Expected values follow
 * PAPR's rules as QEMU 7.2's hw/intc/xics.c applies them (the same
 * sequences were checked against qemu-system-ppc64 where the guest can
 * observe them: tests/guest/smp-ipi.c).
 */
#include <glib.h>

#include "core/machine/xics.h"

#define IRQ(n) (XICS_IRQ_BASE + (n))

static Xics *new2(void)
{
    return xics_new(2, 8);   /* CPUs 0 and 1 are servers 0 and 8 */
}

static void test_reset_state(void)
{
    Xics *x = new2();
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0);
    g_assert_cmphex(xics_icp_mfrr(x, 1), ==, 0xff);
    g_assert_false(xics_icp_pending(x, 0));
    uint32_t server;
    uint8_t prio, saved;
    g_assert_true(xics_read_xive(x, IRQ(0), &server, &prio, &saved));
    g_assert_cmpuint(server, ==, 0);
    g_assert_cmphex(prio, ==, 0xff);
    g_assert_cmphex(saved, ==, 0xff);
    g_assert_false(xics_read_xive(x, IRQ(XICS_NR_IRQS), NULL, NULL, NULL));
    g_assert_false(xics_read_xive(x, 5, NULL, NULL, NULL));
    g_assert_cmpint(xics_server_to_cpu(x, 8), ==, 1);
    g_assert_cmpint(xics_server_to_cpu(x, 1), ==, -1);
    g_assert_cmpint(xics_server_to_cpu(x, 16), ==, -1);
    xics_free(x);
}

static void test_ipi_cppr(void)
{
    Xics *x = new2();
    /* CPPR 0 masks everything */
    xics_icp_set_mfrr(x, 0, 5);
    g_assert_false(xics_icp_pending(x, 0));
    /* CPPR 5: an IPI of priority 5 is not more favoured */
    xics_icp_set_cppr(x, 0, 5);
    g_assert_false(xics_icp_pending(x, 0));
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0x05000000);
    /* CPPR 6 lets it through */
    xics_icp_set_cppr(x, 0, 6);
    g_assert_true(xics_icp_pending(x, 0));
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0x06000002);
    /* a more favoured CPPR takes it back */
    xics_icp_set_cppr(x, 0, 4);
    g_assert_false(xics_icp_pending(x, 0));
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0x04000000);
    /* accept: CPPR becomes the priority, XISR cleared */
    xics_icp_set_cppr(x, 0, 7);
    g_assert_cmphex(xics_icp_accept(x, 0), ==, 0x07000002);
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0x05000000);
    g_assert_false(xics_icp_pending(x, 0));
    /* a second accept finds nothing and sets CPPR to 0xff */
    g_assert_cmphex(xics_icp_accept(x, 0), ==, 0x05000000);
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0xff000000);
    /* EOI with MFRR still 5 presents the IPI again */
    xics_icp_eoi(x, 0, 0x07000002);
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0x07000002);
    xics_icp_accept(x, 0);
    xics_icp_set_mfrr(x, 0, 0xff);
    xics_icp_eoi(x, 0, 0x07000002);
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0x07000000);
    g_assert_false(xics_icp_pending(x, 0));
    /* the other ICP was never touched */
    g_assert_cmphex(xics_icp_xirr(x, 1), ==, 0);
    xics_free(x);
}

static void test_msi(void)
{
    Xics *x = new2();
    uint32_t irq = xics_irq_claim_next(x, false);
    g_assert_cmphex(irq, ==, IRQ(0));
    g_assert_false(xics_irq_is_lsi(x, irq));
    xics_icp_set_cppr(x, 1, 0xff);
    /* masked (priority 0xff): the edge is kept pending */
    xics_irq_pulse(x, irq);
    g_assert_false(xics_icp_pending(x, 1));
    xics_write_xive(x, irq, 8, 4, 4);   /* unmask: delivered now */
    g_assert_cmphex(xics_icp_xirr(x, 1), ==, 0xff000000 | irq);
    g_assert_cmphex(xics_icp_accept(x, 1), ==, 0xff000000 | irq);
    g_assert_cmphex(xics_icp_xirr(x, 1), ==, 0x04000000);
    /* an edge while CPPR (4) masks it is rejected, then resent at EOI */
    xics_irq_pulse(x, irq);
    g_assert_false(xics_icp_pending(x, 1));
    xics_icp_eoi(x, 1, 0xff000000 | irq);
    g_assert_cmphex(xics_icp_xirr(x, 1), ==, 0xff000000 | irq);
    xics_icp_accept(x, 1);
    xics_icp_eoi(x, 1, 0xff000000 | irq);
    /* an edge is one interrupt: nothing more after its EOI */
    g_assert_false(xics_icp_pending(x, 1));
    /* a level held at 1 on an MSI is still one edge per call */
    xics_set_irq(x, irq, 1);
    g_assert_true(xics_icp_pending(x, 1));
    xics_free(x);
}

static void test_lsi(void)
{
    Xics *x = new2();
    uint32_t msi = xics_irq_claim_next(x, false);
    uint32_t lsi = xics_irq_claim_next(x, true);
    g_assert_cmphex(lsi, ==, msi + 1);
    g_assert_true(xics_irq_is_lsi(x, lsi));
    xics_icp_set_cppr(x, 0, 0xff);
    xics_irq_set_level(x, lsi, 1);      /* masked: nothing yet */
    g_assert_false(xics_icp_pending(x, 0));
    xics_write_xive(x, lsi, 0, 6, 6);   /* unmasking an asserted LSI */
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0xff000000 | lsi);
    uint32_t xirr = xics_icp_accept(x, 0);
    /* still asserted at EOI: presented again */
    xics_icp_eoi(x, 0, xirr);
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0xff000000 | lsi);
    xirr = xics_icp_accept(x, 0);
    xics_irq_set_level(x, lsi, 0);      /* the device is serviced */
    xics_icp_eoi(x, 0, xirr);
    g_assert_false(xics_icp_pending(x, 0));
    /* a new assertion is presented at once */
    xics_irq_set_level(x, lsi, 1);
    g_assert_true(xics_icp_pending(x, 0));
    xics_free(x);
}

static void test_priorities(void)
{
    Xics *x = new2();
    uint32_t a = xics_irq_claim_next(x, false);
    uint32_t b = xics_irq_claim_next(x, false);
    xics_write_xive(x, a, 0, 6, 6);
    xics_write_xive(x, b, 0, 3, 3);
    xics_icp_set_cppr(x, 0, 0xff);
    xics_irq_pulse(x, a);
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0xff000000 | a);
    /* a more favoured source displaces it; a is rejected */
    xics_irq_pulse(x, b);
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0xff000000 | b);
    /* an IPI of priority 5 does not beat b (3) */
    xics_icp_set_mfrr(x, 0, 5);
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0xff000000 | b);
    uint32_t xirr = xics_icp_accept(x, 0);
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0x03000000);
    /* EOI of b: the IPI (5) is offered first, then a (6) bounces */
    xics_icp_eoi(x, 0, xirr);
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0xff000002);
    xirr = xics_icp_accept(x, 0);
    xics_icp_set_mfrr(x, 0, 0xff);
    xics_icp_eoi(x, 0, xirr);
    /* now the rejected a comes back */
    g_assert_cmphex(xics_icp_xirr(x, 0), ==, 0xff000000 | a);
    /* int-off style masking keeps the saved priority */
    xics_write_xive(x, b, 8, 0xff, 3);
    uint32_t server;
    uint8_t prio, saved;
    xics_read_xive(x, b, &server, &prio, &saved);
    g_assert_cmpuint(server, ==, 8);
    g_assert_cmphex(prio, ==, 0xff);
    g_assert_cmphex(saved, ==, 3);
    xics_free(x);
}

static void test_alloc(void)
{
    Xics *x = new2();
    g_assert_cmphex(xics_irq_claim_next(x, false), ==, IRQ(0));
    g_assert_cmphex(xics_irq_claim_next(x, false), ==, IRQ(1));
    g_assert_cmphex(xics_irq_claim_next(x, true), ==, IRQ(2));
    g_assert_false(xics_irq_claim(x, IRQ(2), false));
    g_assert_true(xics_irq_claim(x, IRQ(5), true));
    /* MSI: aligned to the block size; MSI-X: first fit */
    g_assert_cmphex(xics_msi_alloc(x, 4, true), ==, IRQ(8));
    g_assert_cmphex(xics_msi_alloc(x, 2, false), ==, IRQ(3));
    g_assert_cmphex(xics_msi_alloc(x, 1, false), ==, IRQ(6));
    g_assert_cmphex(xics_msi_alloc(x, 3, true), ==, 0);   /* not 2^n */
    g_assert_true(xics_irq_claimed(x, IRQ(9)));
    g_assert_false(xics_irq_is_lsi(x, IRQ(9)));
    xics_irq_free(x, IRQ(8), 4);
    g_assert_false(xics_irq_claimed(x, IRQ(9)));
    g_assert_cmphex(xics_msi_alloc(x, 2, true), ==, IRQ(8));
    g_assert_cmphex(xics_msi_alloc(x, XICS_NR_IRQS, false), ==, 0);
    /* reset keeps claims, masks sources */
    xics_write_xive(x, IRQ(0), 8, 1, 1);
    xics_reset(x);
    uint8_t prio;
    xics_read_xive(x, IRQ(0), NULL, &prio, NULL);
    g_assert_cmphex(prio, ==, 0xff);
    g_assert_true(xics_irq_claimed(x, IRQ(0)));
    xics_free(x);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/xics/reset", test_reset_state);
    g_test_add_func("/xics/ipi-cppr", test_ipi_cppr);
    g_test_add_func("/xics/msi", test_msi);
    g_test_add_func("/xics/lsi", test_lsi);
    g_test_add_func("/xics/priorities", test_priorities);
    g_test_add_func("/xics/alloc", test_alloc);
    return g_test_run();
}
