/* SPDX-License-Identifier: MIT */
/*
 * The sPAPR interrupt-controller seam, as QEMU 7.2's spapr_irq.c: the
 * devices (PHB, VIO, events) claim and raise interrupts here, and the
 * call goes to the controller in use. ic-mode=xics has XICS only,
 * ic-mode=xive XIVE only (farad keeps the XICS object as the claim
 * table), ic-mode=dual both: XICS before CAS (and again after a reset),
 * XIVE once the guest asked for it at CAS. Claims go to both, so the
 * numbers are the same whichever is active: XIVE's IPIs take LISNs
 * 0..vCPU ids-1 and device sources the XICS numbers (0x1000 up).
 */
#ifndef FARAD_CORE_SPAPR_IRQ_H
#define FARAD_CORE_SPAPR_IRQ_H

#include <stdbool.h>
#include <glib.h>
#include <stdint.h>

typedef struct Machine Machine;

/* Create the controllers the machine's ic-mode and CPU call for
 * (false with err set: ic-mode=xive on a CPU without XIVE). */
bool spapr_irq_init(Machine *m, GError **err);
void spapr_irq_free(Machine *m);
/* Machine reset: reset both, then pick the active one from the CAS
 * result (cleared at reset). Call again after CAS and a snapshot load. */
void spapr_irq_reset(Machine *m);
void spapr_irq_update_active(Machine *m);
/* Does the machine offer the hypercall or RTAS call called name? Not
 * XICS's (H_CPPR, H_EOI, H_IPI, H_IPOLL, H_XIRR, H_XIRR_X, ibm,set-xive,
 * ibm,get-xive, ibm,int-off, ibm,int-on) with ic-mode=xive, where QEMU
 * has no XICS to register them. */
bool spapr_irq_call_offered(const Machine *m, const char *name);
/* Is XIVE the controller in use? */
bool spapr_irq_xive_active(const Machine *m);

/* Claims (see xics.h for the numbering rules). */
bool spapr_irq_claim(Machine *m, uint32_t irq, bool lsi);
uint32_t spapr_irq_claim_next(Machine *m, bool lsi);
uint32_t spapr_irq_msi_alloc(Machine *m, unsigned num, bool align);
void spapr_irq_release(Machine *m, uint32_t irq, unsigned num);

/* Drive a source: qemu_set_irq (LSI level / MSI edge on 1) and
 * qemu_irq_pulse. */
void spapr_irq_set(Machine *m, uint32_t irq, int level);
void spapr_irq_pulse(Machine *m, uint32_t irq);
/* Can source irq reach a CPU now (configured and not masked)? */
bool spapr_irq_enabled(Machine *m, uint32_t irq);
/* Is CPU index cpu's external interrupt line up? */
bool spapr_irq_cpu_pending(Machine *m, int cpu);

#endif
