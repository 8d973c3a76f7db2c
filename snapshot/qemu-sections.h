/* SPDX-License-Identifier: MIT */
/*
 * The sections QEMU 7.2 migrates for a pseries machine (XICS here, XIVE
 * in qemu-xive.h), in QEMU's own layout (qemu-sections.c): scratch
 * structs with their snapdesc descriptions, and the list of sections a
 * machine has (QEMU's SaveStateEntry list), shared by the stream reader
 * (snap-incoming.c) and writer (snap-outgoing.c).
 */
#ifndef FARAD_SNAPSHOT_QEMU_SECTIONS_H
#define FARAD_SNAPSHOT_QEMU_SECTIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "base/snapdesc.h"
#include "core/machine/machine.h"
#include "pci/spapr-phb.h"

#define QSLB 64   /* QEMU's MAX_SLB_ENTRIES */
#define QOV_LONGS 32   /* QEMU's option vector bitmap: 2048 bits */
#define QCAPS 12       /* spapr capabilities QEMU 7.2 knows */
#define QIRQ_MAP_LONGS 52   /* spapr_irq_map: 0xd00 MSI numbers from 0x1300 */

typedef struct QTimer {
    int64_t ticks_offset;
    uint8_t unused[8];
    int64_t clock_offset;
} QTimer;

typedef struct QIcsIrq {
    uint32_t server;
    uint8_t priority, saved_priority, status, flags;
} QIcsIrq;

typedef struct QIcs {
    uint32_t nr_irqs;
    QIcsIrq *irqs;
} QIcs;

typedef struct QIcp {
    uint32_t xirr;
    uint8_t pending_priority, mfrr;
} QIcp;

typedef struct QCpuCommon {
    uint32_t halted, interrupt_request;
    int32_t exception_index;
    uint8_t crash_occurred;
} QCpuCommon;

typedef struct QCpu {
    bool pre_2_8, pre_3_0;        /* the loading machine's compat */
    uint8_t unused[8];
    uint64_t gpr[32];
    uint32_t crf[8];
    uint64_t nip;
    uint64_t spr[1024];
    uint64_t spe_acc, reserve_addr, msr, hflags_nmsr;
    uint64_t mig_msr_mask, mig_insns_flags, mig_insns_flags2;
    uint32_t mig_nb_bats;
    uint64_t fpr[32];             /* cpu/fpu: doubleword 0 of VSR 0..31 */
    uint64_t fpscr;
    uint64_t avr[64];             /* cpu/altivec: VSR 32..63, as QEMU's
                                     x86 host stores them (low dw first) */
    uint32_t vscr;
    uint64_t vsr[32];             /* cpu/vsx: doubleword 1 of VSR 0..31 */
    int32_t mig_slb_nr;
    uint64_t slb[2 * QSLB];       /* cpu/slb: esid, vsid pairs */
    uint32_t compat_pvr;
    uint64_t tm[32 + 128 + 7];    /* cpu/tm: read, not modelled */
    uint32_t tm_vscr;
    uint64_t tm_tail[2];
    bool has_fpu, has_altivec, has_vsx, has_slb, has_compat;
} QCpu;

/* spapr_cpu (hw/ppc/spapr_cpu_core.c): no fields, the VPA and its
 * SLB shadow and dispatch trace log as subsections once registered */
typedef struct QSpaprCpu {
    uint64_t vpa_addr, slb_shadow_addr, slb_shadow_size, dtl_addr, dtl_size;
    bool has_vpa, has_slb_shadow, has_dtl;
} QSpaprCpu;

typedef struct QRtc {
    int64_t ns_offset;
} QRtc;

typedef struct QNvram {
    uint32_t size;
    uint8_t *buf;
} QNvram;

typedef struct QVty {
    uint32_t reg, irq;
    uint64_t signal_state, crq_qladdr;
    uint32_t crq_qsize, crq_qnext;
    uint32_t in, out;
    uint8_t buf[16];
} QVty;

typedef struct QTce {
    uint32_t liobn, mig_nb_table;
    bool bypass, def_win, has_ex;
    uint64_t *mig_table;
    uint64_t bus_offset;
    uint32_t page_shift;
} QTce;

typedef struct QPciBus {
    int32_t nirq;
    int32_t irq_count[SPAPR_PCI_NUM_LSI];
} QPciBus;

typedef struct QSpapr {
    uint64_t guest_timebase;
    int64_t time_of_the_day_ns;
    uint64_t ov5[QOV_LONGS];
    uint8_t caps[QCAPS];
    uint64_t patb_entry;
    uint32_t fdt_initial_size, fdt_size;
    uint8_t *fdt_blob;
    uint64_t fwnmi_sreset, fwnmi_mce;   /* spapr_fwnmi: ibm,nmi-register */
    int32_t fwnmi_interlock;  /* a machine check in progress: -1 none */
    bool has_ov5, has_patb, has_fwnmi;
    bool cap_htm_sent;        /* writer: send spapr/cap/htm */
    bool cap_hpt_mps_sent;    /* writer: send spapr/cap/hpt_maxpagesize */
    bool dtb_sent;            /* writer: send spapr_dtb (x-update-dt) */
    uint64_t irq_map[QIRQ_MAP_LONGS];   /* MSI numbers allocated */
    bool irq_map_sent;        /* writer: send spapr_irq_map; reader: it came */
} QSpapr;

typedef struct QGlobal {
    uint32_t size;
    uint8_t runstate[100];
} QGlobal;

typedef enum QKind {
    QK_RAM, QK_HTAB, QK_TIMER, QK_ICS, QK_CPU_COMMON, QK_CPU, QK_ICP,
    QK_SPAPR_CPU, QK_RTC, QK_VTY, QK_NVRAM, QK_TCE, QK_PCI, QK_PCIBUS, QK_SPAPR, QK_GLOBAL,
    QK_XIVE_SOURCE, QK_SPAPR_XIVE, QK_XIVE_TCTX,   /* qemu-xive.c */
    QK_SLIRP, QK_VIO_TCE, QK_LLAN, QK_VSCSI, QK_SCSI_DISK, /* qemu-vio.c */
    QK_VIRTIO,                                    /* qemu-virtio.c */
} QKind;

typedef struct QEntry {
    char *idstr;
    uint32_t instance, version;
    QKind kind;
    int index;                /* CPU index, PHB, TCE window */
    void *state;              /* the scratch object loaded into */
    Device *dev;              /* QK_VTY and qemu-vio.c's: the device */
    void *net;                /* QK_SLIRP: its NetDev */
    uint32_t load_id;         /* the stream's section id */
    bool loaded;
} QEntry;

typedef struct QPage {
    uint64_t addr;
    const uint8_t *data;      /* NULL: fill */
    uint8_t fill;
} QPage;

typedef struct QHpte {
    uint32_t index;
    uint16_t n_valid, n_invalid;
    const uint8_t *data;
} QHpte;

typedef struct QLoad {
    Machine *m;
    GPtrArray *entries;       /* QEntry * */
    GArray *pages;            /* QPage, in stream order */
    GArray *hptes;            /* QHpte, in stream order */
    int32_t htab_shift;       /* 0: not sent; -1: no HPT (radix) */
    SpaprPhb **phbs;          /* by QEMU instance (PHB index) */
    int nphbs;
    bool ram_seen;
    uint32_t last_block;      /* RAM_CONT: a block was named */
} QLoad;

/* Descriptions (QEMU's names, versions and layouts). */
extern const SnapSection q_timer, q_ics, q_icp, q_cpu_common, q_cpu,
    q_cpu_fpu, q_cpu_altivec, q_cpu_vsx, q_cpu_slb, q_cpu_compat, q_cpu_tm,
    q_spapr_cpu, q_spapr_cpu_vpa, q_spapr_cpu_slb_shadow, q_spapr_cpu_dtl,
    q_rtc, q_vty, q_nvram, q_tce, q_tce_ex, q_pcibus, q_spapr, q_spapr_ov5,
    q_spapr_patb, q_spapr_fwnmi, q_global, q_cap_htm, q_spapr_irq_map;

/* The sections of l->m in QEMU's registration order (l->entries),
 * each with a scratch object holding the machine's local values of
 * its EQUAL fields; l->phbs lists the PHBs. */
void build_entries(QLoad *l);
void entry_free(gpointer p);
QEntry *add_entry(QLoad *l, const char *idstr, uint32_t instance,
                  uint32_t version, QKind kind, int index, void *state);
QEntry *find_entry(QLoad *l, const char *idstr, uint32_t instance);
/* The entry a stream's section id was given to (loaded ones only). */
QEntry *find_by_id(QLoad *l, uint32_t id);
/* The description an entry's section is read and written with (NULL
 * for the iterative "ram" and "spapr/htab"). */
const SnapSection *qemu_entry_section(const QEntry *e);
/* Is compat property driver.prop "on" for m's machine type? */
bool compat_on(const Machine *m, const char *driver, const char *prop);

/* QEMU 7.2's default cap-htm for m (default_caps_with_cpu): on up to
 * pseries-2.11 with a POWER8 or later CPU, else off. It is what a stream
 * without spapr/cap/htm says; farad itself has no HTM (off). */
bool qemu_cap_htm_default(const Machine *m);

/* QEMU 7.2's power-management LPCR bits for cpu's model (its lpcr_pm:
 * PECE, which interrupts end a power-saving state; POWER7 bits 49-51,
 * POWER8 and later 47-51). QEMU sets them at start-cpu and clears them
 * at reset and stop-self, so a halted CPU without them is stopped (only
 * start-cpu runs it), one with them ceded (an interrupt wakes it).
 * farad keeps that in SpaprCpuState.stopped instead: a stream's LPCR
 * says it on load, and farad's flag puts the bits on save. */
uint64_t qemu_lpcr_pm(const PpcCpu *cpu);

#endif
