/* SPDX-License-Identifier: MIT */
/*
 * The sPAPR interrupt-controller seam (see spapr-irq.h): which of XICS
 * and XIVE exist, which is active, and the calls devices make, sent to
 * the active one. Switching maps XIVE's ESB and TIMA pages in or out
 * (QEMU enables and disables those regions the same way).
 */
#include <string.h>

#include "cpu-models.h"
#include "platform.h"
#include "spapr-cas.h"
#include "spapr-irq.h"
#include "xics.h"
#include "xive.h"

Xive *spapr_xive(Machine *m)
{
    return m->spapr ? m->spapr->xive : NULL;
}

bool spapr_irq_init(Machine *m, GError **err)
{
    SpaprState *s = m->spapr;
    const char *mode = s->opts.ic_mode;
    s->xics = xics_new(m->cfg.smp, s->vsmt);
    if (!s->opts.legacy_irq_allocation) {
        xics_set_layout(s->xics, XICS_MAX_IRQS, SPAPR_IRQ_MSI);
    }
    if (!strcmp(mode, "xics")) {
        return true;
    }
    if (!s->cpu_model->xive) {
        if (!strcmp(mode, "xive")) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-machine ic-mode=xive: XIVE-only machines require "
                        "a POWER9 CPU");
            return false;
        }
        return true;   /* dual on an older CPU: XICS only, as QEMU */
    }
    uint32_t servers = (uint32_t)m->cfg.smp * s->vsmt;
    s->xive = xive_new(m, m->cfg.smp, s->vsmt, servers);
    s->xive_only = !strcmp(mode, "xive");
    return true;
}

void spapr_irq_free(Machine *m)
{
    xive_free(m->spapr->xive);
    xics_free(m->spapr->xics);
}

bool spapr_irq_call_offered(const Machine *m, const char *name)
{
    static const char *const xics_calls[] = {
        "H_CPPR", "H_EOI", "H_IPI", "H_IPOLL", "H_XIRR", "H_XIRR_X",
        "ibm,set-xive", "ibm,get-xive", "ibm,int-off", "ibm,int-on",
    };
    if (!m->spapr || !m->spapr->xive_only) {
        return true;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(xics_calls); i++) {
        if (!strcmp(name, xics_calls[i])) {
            return false;
        }
    }
    return true;
}

bool spapr_irq_xive_active(const Machine *m)
{
    return m->spapr && m->spapr->xive_active;
}

void spapr_irq_update_active(Machine *m)
{
    SpaprState *s = m->spapr;
    bool xive = s->xive && (s->xive_only ||
                            spapr_ov5_test(s->ov5_cas, OV5_XIVE_EXPLOIT));
    s->xive_active = xive;
    if (s->xive) {
        xive_set_mmio(s->xive, xive);
    }
}

void spapr_irq_reset(Machine *m)
{
    xics_reset(m->spapr->xics);
    if (m->spapr->xive) {
        xive_reset(m->spapr->xive);
    }
    spapr_irq_update_active(m);
}

bool spapr_irq_claim(Machine *m, uint32_t irq, bool lsi)
{
    SpaprState *s = m->spapr;
    if (!xics_irq_claim(s->xics, irq, lsi)) {
        return false;
    }
    if (s->xive) {
        xive_claim(s->xive, irq, lsi);
    }
    return true;
}

uint32_t spapr_irq_claim_next(Machine *m, bool lsi)
{
    SpaprState *s = m->spapr;
    uint32_t irq = xics_irq_claim_next(s->xics, lsi);
    if (irq && s->xive) {
        xive_claim(s->xive, irq, lsi);
    }
    return irq;
}

uint32_t spapr_irq_msi_alloc(Machine *m, unsigned num, bool align)
{
    SpaprState *s = m->spapr;
    uint32_t irq = xics_msi_alloc(s->xics, num, align);
    for (unsigned i = 0; irq && s->xive && i < num; i++) {
        xive_claim(s->xive, irq + i, false);
    }
    return irq;
}

void spapr_irq_release(Machine *m, uint32_t irq, unsigned num)
{
    SpaprState *s = m->spapr;
    xics_irq_free(s->xics, irq, num);
    for (unsigned i = 0; s->xive && i < num; i++) {
        xive_release(s->xive, irq + i);
    }
}

void spapr_irq_set(Machine *m, uint32_t irq, int level)
{
    SpaprState *s = m->spapr;
    if (s->xive_active) {
        xive_set_irq(s->xive, irq, level);
    } else {
        xics_set_irq(s->xics, irq, level);
    }
}

void spapr_irq_pulse(Machine *m, uint32_t irq)
{
    spapr_irq_set(m, irq, 1);
    spapr_irq_set(m, irq, 0);
}

bool spapr_irq_enabled(Machine *m, uint32_t irq)
{
    SpaprState *s = m->spapr;
    if (s->xive_active) {
        /* routed, unmasked, and its ESB not switched off (PQ 01) */
        return irq < XIVE_NR_IRQS &&
               (s->xive->t.eas[irq] & (EAS_VALID | EAS_MASKED)) == EAS_VALID &&
               xive_pq(s->xive, irq) != XIVE_PQ_OFF;
    }
    uint32_t server;
    uint8_t prio, saved;
    return xics_read_xive(s->xics, irq, &server, &prio, &saved) &&
           prio != 0xff;
}

bool spapr_irq_cpu_pending(Machine *m, int cpu)
{
    SpaprState *s = m->spapr;
    if (!s) {
        return false;
    }
    return s->xive_active ? xive_cpu_pending(s->xive, cpu)
                          : xics_icp_pending(s->xics, cpu);
}
