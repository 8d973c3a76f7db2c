/* SPDX-License-Identifier: MIT */
/*
 * XICS, the sPAPR interrupt controller as QEMU 7.2's pseries emulates it
 * (PAPR "hcall-interrupt"): one presentation controller (ICP) per CPU
 * and one source controller (ICS) with sources XICS_IRQ_BASE..+
 * XICS_NR_IRQS-1, each an LSI (level) or an MSI (edge).
 *
 * Devices use this header: claim a source (xics_irq_claim_next for the
 * legacy "next free" number VIO devices and PHB LSIs get, xics_msi_alloc
 * for a block of MSIs as ibm,change-msi hands out), then drive it with
 * xics_irq_set_level (LSI) or xics_irq_pulse (MSI). Source numbers are
 * the global numbers the guest sees (0x1000...). All functions are
 * no-ops on a source that is out of range.
 */
#ifndef FARAD_CORE_XICS_H
#define FARAD_CORE_XICS_H

#include <stdbool.h>
#include <stdint.h>

#include "base/snapdesc.h"

#define XICS_IRQ_BASE 0x1000u   /* first source number */
#define XICS_NR_IRQS 0x400u     /* pseries <= 3.1: legacy XICS, 1024 */
#define XICS_MAX_IRQS 0x1000u   /* pseries >= 4.0: 4096 sources */
#define XICS_IPI 0x2u           /* XISR value of an IPI */
#define XICS_SPURIOUS 0x0u      /* XISR value when nothing is pending */

typedef struct Xics Xics;
typedef struct Machine Machine;

/* The machine's XICS (created by spapr_platform_init). */
Xics *spapr_xics(Machine *m);

/* --- sources (for devices) --- */

/* Claim the lowest unclaimed source as an LSI or MSI (QEMU's legacy
 * spapr_irq_findone + claim). Returns its number, or 0 when none is
 * free. */
uint32_t xics_irq_claim_next(Xics *x, bool lsi);
/* Claim source irq; false when it is out of range or already claimed. */
bool xics_irq_claim(Xics *x, uint32_t irq, bool lsi);
/* Find num consecutive unclaimed sources (the first aligned to num, a
 * power of two, when align is set, as for MSI; MSI-X blocks are not
 * aligned), claim them as MSIs and return the first, or 0 when no such
 * block exists. */
uint32_t xics_msi_alloc(Xics *x, unsigned num, bool align);
/* Release num sources from irq (ibm,change-msi with 0 vectors). Their
 * state is reset. */
void xics_irq_free(Xics *x, uint32_t irq, unsigned num);
/* Is irq claimed? Is it an LSI? */
bool xics_irq_claimed(const Xics *x, uint32_t irq);
bool xics_irq_is_lsi(const Xics *x, uint32_t irq);

/* Drive a source as QEMU's qemu_set_irq does: an LSI follows the level
 * (asserted while 1, re-presented after EOI while still asserted); an
 * MSI fires on every call with level != 0 (held pending while masked by
 * priority 0xff). */
void xics_set_irq(Xics *x, uint32_t irq, int level);
static inline void xics_irq_set_level(Xics *x, uint32_t irq, bool level)
{
    xics_set_irq(x, irq, level);
}
/* One edge on an MSI (or a 1-then-0 on an LSI, as qemu_irq_pulse). */
void xics_irq_pulse(Xics *x, uint32_t irq);

/* --- the XIVE (server, priority) of a source: RTAS and tests --- */

/* ibm,set-xive: server (a vCPU id), priority (0 most favoured .. 0xff
 * masked); saved_priority is what ibm,int-on restores. */
void xics_write_xive(Xics *x, uint32_t irq, uint32_t server,
                     uint8_t priority, uint8_t saved_priority);
/* ibm,get-xive. False when irq is out of range. */
bool xics_read_xive(const Xics *x, uint32_t irq, uint32_t *server,
                    uint8_t *priority, uint8_t *saved_priority);

/* --- presentation (per CPU, by CPU index) --- */

/* The ICP of CPU index cpu asserts its interrupt line (an interrupt is
 * presented: XISR != 0). What the CPU's external_pending hook asks. */
bool xics_icp_pending(const Xics *x, int cpu);
/* H_XIRR: accept the presented interrupt; returns the old XIRR (CPPR in
 * bits 31..24, XISR in 23..0) and makes CPPR the accepted priority. */
uint32_t xics_icp_accept(Xics *x, int cpu);
/* H_CPPR. */
void xics_icp_set_cppr(Xics *x, int cpu, uint8_t cppr);
/* H_EOI with the XIRR value the guest got from H_XIRR. */
void xics_icp_eoi(Xics *x, int cpu, uint32_t xirr);
/* H_IPI: set the MFRR of CPU cpu. */
void xics_icp_set_mfrr(Xics *x, int cpu, uint8_t mfrr);
/* H_IPOLL: the XIRR and MFRR without side effects. */
uint32_t xics_icp_xirr(const Xics *x, int cpu);
uint8_t xics_icp_mfrr(const Xics *x, int cpu);
/* The CPU index of a server number (vCPU id), or -1. */
int xics_server_to_cpu(const Xics *x, uint32_t server);

/* --- lifetime --- */

/* A XICS for ncpus CPUs whose server numbers are index * server_stride. */
Xics *xics_new(int ncpus, uint32_t server_stride);
void xics_free(Xics *x);
/* Number of sources (default XICS_NR_IRQS; at most XICS_MAX_IRQS) and
 * the first source number xics_msi_alloc may hand out (QEMU 4.0+ keeps
 * MSIs at 0x1300 and up, above fixed VIO and PCI LSI numbers). Call
 * before any source is claimed. */
void xics_set_layout(Xics *x, uint32_t nr_irqs, uint32_t msi_first);
/* The number of sources (QEMU's ICS nr_irqs). */
uint32_t xics_nr_irqs(const Xics *x);
/* Machine reset: ICPs idle (CPPR 0, MFRR 0xff), every source masked
 * (priority 0xff, server 0) with its claim (LSI/MSI) kept. */
void xics_reset(Xics *x);

/* Snapshot descriptions: xics_icp_snap describes the state at
 * xics_icp_state(x, cpu), xics_ics_snap the one at xics_ics_state(x). */
extern const SnapSection xics_icp_snap;
extern const SnapSection xics_ics_snap;
void *xics_icp_state(Xics *x, int cpu);
void *xics_ics_state(Xics *x);

#endif
