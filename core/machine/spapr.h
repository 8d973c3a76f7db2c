/* SPDX-License-Identifier: MIT */
/*
 * The sPAPR platform state that hangs off the Machine: machine options
 * (the "spapr-machine" property table that machine types and -machine
 * set), the interrupt-number and VIO-address allocators, per-CPU
 * hypervisor state (VPA, prod), the virtual RTC, the deterministic
 * random stream, and the VIO device base used by vty, nvram, ...
 */
#ifndef FARAD_CORE_SPAPR_H
#define FARAD_CORE_SPAPR_H

#include "device.h"

#define SPAPR_MAX_CPUS 64
#define SPAPR_VIO_REG_BASE 0x71000000u
#define SPAPR_IRQ_BASE 0x1000u     /* first XICS source number */
/* Fixed interrupt numbers of QEMU 4.0+ (pseries-7.2): event sources,
 * VIO devices (| reg & 0xff), PHB LSIs (+ index * 4 + pin), MSIs. The
 * pre-4.0 types (x-legacy-irq-allocation) hand out the next free one. */
#define SPAPR_IRQ_EPOW 0x1000u
#define SPAPR_IRQ_HOTPLUG 0x1001u
#define SPAPR_IRQ_VIO 0x1100u
#define SPAPR_IRQ_PCI_LSI 0x1200u
#define SPAPR_IRQ_MSI 0x1300u
/* DR connector index types (top nibble) and the PHB connector count */
#define SPAPR_DRC_CPU 0x10000000u
#define SPAPR_DRC_PHB 0x20000000u
#define SPAPR_MAX_PHBS 31u

/* Machine options: the "spapr-machine" driver of compat rows, and the
 * -machine properties farad keeps in a table. */
typedef struct SpaprMachineOpts {
    Device dev;                   /* must be first (table offsets) */
    char *cpu_type;               /* CPU model: POWER9 / POWER8 / POWER7
                                     (-cpu sets it too) */
    bool modern_hotplug_events;   /* dedicated hot-plug event source */
    bool legacy_phb_placement;    /* 2.7 PHB window placement */
    uint64_t seed;                /* seeds rng-seed, H_RANDOM, ... */
    bool cap_fwnmi;               /* FWNMI (off for pseries <= 4.2) */
    bool cap_large_decr;          /* large decrementer (POWER9 only) */
    uint64_t cap_hpt_max_page_size; /* largest HPT page in the tree */
    char *ic_mode;                /* xics / dual (7.2) / xive
                                     (spapr-irq.h) */
    bool cap_htm;                 /* transactional memory: off only */
    bool cap_vsx;                 /* VSX offered: on is accepted but not
                                     emulated (illegal insn) */
    bool cap_dfp;                 /* DFP offered (ibm,dfp in the tree) */
    bool cap_ccf_assist;          /* count-cache-flush assist */
    char *cap_cfpc;               /* speculation mitigations: broken, */
    char *cap_sbbc;               /*   workaround, fixed, ... (nothing */
    char *cap_ibs;                /*   to mitigate in an interpreter) */
    bool update_dt;               /* KVMPPC_H_UPDATE_DT takes the guest's
                                     tree (off: ignored, 3.1 and older) */
    char *resize_hpt;             /* "disabled": no hcall-hpt-resize */
    uint32_t vsmt;                /* vCPU id stride; 0: the type's */
    bool smp_threads_vsmt;        /* default vsmt = threads (6.2+), not 8 */
    bool prefer_sockets;          /* -smp N = N sockets (pre-6.2) */
    bool legacy_irq_allocation;   /* next-free irqs, 1024 sources (<4.0) */
    bool dr_phb;                  /* PHB DR connectors (4.2+? 7.2) */
    bool nvdimm;                  /* /ibm,persistent-memory node */
    bool linux_pci_probe;         /* /chosen linux,pci-probe-only */
    bool pre_5_2_numa;            /* 2-entry reference points */
    char *rtc_base;               /* -rtc base=: "utc", "localtime", date */
    bool rtc_host;                /* -rtc clock=host: host time (not
                                     deterministic) */
    bool vof;                     /* x-vof: Virtual Open Firmware (vof.h) */
} SpaprMachineOpts;

/* Per-CPU hypervisor state, indexed by CPU index. */
typedef struct SpaprCpuState {
    uint64_t vpa_addr;            /* registered VPA, 0 = none */
    uint64_t slb_shadow_addr, slb_shadow_size;
    uint64_t dtl_addr, dtl_size;
    bool prod;                    /* H_PROD arrived while running */
    bool vpa_ceded;               /* the VPA dispatch counter was bumped
                                     for a cede; bumped again when the
                                     CPU runs (smp.c) */
    bool stopped;                 /* not started / stop-self: interrupts
                                     do not wake it (smp.c) */
    bool sreset_pending;          /* H_SIGNAL_SYS_RESET to itself: taken
                                     when its hcall returned (smp.c) */
} SpaprCpuState;

/* Option vector 5 bytes farad keeps (the platform's bits all fall in
 * the first 26). */
#define SPAPR_OV5_BYTES 32
/* A queued RTAS event log (spapr-events.c): the summary word and the
 * extended log that check-exception returns after the 8-byte header. */
#define SPAPR_EVENT_QUEUE 16
#define SPAPR_EVENT_LOG_MAX 128
typedef struct SpaprEvent {
    uint32_t summary;
    uint32_t ext_len;
    uint8_t ext[SPAPR_EVENT_LOG_MAX];
} SpaprEvent;

/* A TCE table: one DMA window of an IOMMU address space (a PHB's,
 * pci/phb-tce.c, or a VIO device's, spapr-vio-dma.c). An entry holds
 * the real page address | 2 (device may write) | 1 (device may read). */
#define SPAPR_TCE_PAGE_SHIFT 12
typedef struct SpaprTceTable {
    uint32_t liobn;
    uint64_t bus_offset;
    uint32_t page_shift;
    uint32_t nb_table;              /* entries; 0: window disabled */
    uint64_t *table;
} SpaprTceTable;

/* A valid entry of a VIO TCE table, as snapshots keep them. */
typedef struct SpaprTceEntry {
    uint32_t index;
    uint64_t tce;
} SpaprTceEntry;

typedef struct SpaprVioDevice SpaprVioDevice;
/* A VIO device's handler of the 16-byte CRQ messages the guest sends
 * it (H_SEND_CRQ); its return is the hcall's status. */
typedef long (*SpaprCrqReceive)(SpaprVioDevice *v, const uint8_t msg[16]);

/* Common part of VIO devices (state structs start with this). */
struct SpaprVioDevice {
    Device dev;                   /* must be first */
    uint32_t reg;                 /* unit address, UINT32_MAX = allocate */
    uint32_t irq;                 /* XICS source, allocated at realize */
    uint32_t signal_state;        /* H_VIO_SIGNAL mode (bit 0: irq on) */
    /* set by the device before spapr_vio_realize: */
    uint32_t dma_window_size;     /* bytes of its DMA window at bus
                                     address 0 (liobn = reg), 0: none */
    SpaprCrqReceive crq_receive;  /* NULL: no CRQ (H_REG_CRQ fails) */
    uint32_t signal_mask;         /* H_VIO_SIGNAL modes it takes (QEMU's
                                     signal_mask: 1 for vscsi, vlan) */
    /* the CRQ the guest registered (H_REG_CRQ), in its DMA window: */
    uint64_t crq_addr;            /* bus address of the queue */
    uint32_t crq_size;            /* bytes, 0: none registered */
    uint32_t crq_next;            /* offset of the next entry to fill */
    SpaprTceTable tce;            /* the DMA window's table */
    bool tce_bypass;              /* ibm,set-tce-bypass: bus address =
                                     real address, the table unused */
    uint32_t tce_bytes;           /* sizeof its entries */
    SpaprTceEntry *tce_saved;     /* snapshots: the valid entries */
    uint32_t tce_nsaved;          /*   (spapr_vio_pre_save, post_load) */
};

typedef struct SpaprState {
    SpaprMachineOpts opts;
    uint32_t pvr;                 /* of the CPU model */
    const char *cpu_name;         /* "POWER8" */
    const struct CpuModel *cpu_model; /* cpu-models.h */
    uint32_t vsmt;                /* vCPU id = index * vsmt */
    bool large_decr;              /* cap-large-decr in effect */
    uint32_t next_irq;            /* interrupt allocator */
    uint32_t next_vio_reg;        /* VIO unit-address allocator */
    uint32_t irq_epow;            /* event sources */
    uint32_t irq_hotplug;         /* 0 when no dedicated source */
    SpaprCpuState cpus[SPAPR_MAX_CPUS];
    uint64_t rng[4];              /* xoshiro256** state for H_RANDOM */
    int64_t rtc_offset;           /* seconds added by set-time-of-day */
    int64_t rtc_base;             /* epoch seconds at icount 0 */
    uint32_t fdt_initial_size;    /* for KVMPPC_H_UPDATE_DT */
    uint8_t ov5_cas[SPAPR_OV5_BYTES]; /* option vector 5 negotiated by
                                     CAS: [i] = vector byte i + 1 */
    uint32_t compat_pvr;          /* CAS compat (logical) PVR, 0: raw */
    bool cas_pre_isa3;            /* the guest's ov1 lacks ISA 3.00 */
    bool cas_tree;                /* building the tree CAS returns (no
                                     boot-time /chosen properties) */
    uint32_t next_plid;           /* event log platform log ids */
    uint32_t nevents;             /* queued RTAS event logs */
    SpaprEvent events[SPAPR_EVENT_QUEUE];
    uint64_t fwnmi_sreset_addr;   /* ibm,nmi-register, UINT64_MAX: none */
    uint64_t fwnmi_mce_addr;
    struct Xics *xics;            /* interrupt controllers (xics.h, */
    struct Xive *xive;            /*   xive.h; NULL without XIVE) */
    bool xive_only;               /* ic-mode=xive */
    bool xive_active;             /* XIVE in use (spapr-irq.h) */
    uint8_t *htab;                /* hashed page table (hcall-hpt.c) */
    uint32_t htab_shift;          /* log2 of its size in bytes */
    uint32_t htab_bytes;          /* its size (snapshots; RAM up to 512G) */
    bool htab_active;             /* the partition uses it (hash MMU) */
    bool htab_used;               /* an H_ENTER or an HPT resize
                                     succeeded since reset: snapshots
                                     save the table */
    uint32_t hpt_pending_shift;   /* the size (log2) H_RESIZE_HPT_PREPARE
                                     prepared, 0: none (hcall-hpt.c) */
    uint64_t patb_entry;          /* the partition-table entry (doubleword
                                     1) the hypervisor keeps for the
                                     partition: GR | process table | size
                                     for radix (hcall-radix.c) */
    struct Vof *vof;              /* x-vof=on: the client interface's
                                     claims and instances (vof.h) */
    uint8_t *vof_image;           /* snapshots: the VOF state as bytes */
    uint32_t vof_image_len;       /*   (vof_image_save), else NULL / 0 */
    uint32_t hotplug_changes;     /* device_add / device_del that took
                                     effect: the devices differ from
                                     the command line's (snapshots
                                     refuse) */
    GPtrArray *unplugged;         /* ids (char *) of devices the guest
                                     released, for QMP's DEVICE_DELETED */
    void *hotplug_set;            /* the device_add lines of the devices
                                     still there (pci/phb-hotplug-set.c),
                                     freed by hotplug_set_free */
    void (*hotplug_set_free)(void *set);
} SpaprState;

/* hcall-hpt.c: log2 of the HPT size QEMU gives this much RAM (also the
 * tree's ibm,pft-size); zero the HPT (allocated on first use, or again
 * at that size after a resize; a prepared resize is dropped) and hand
 * it to every CPU; switch the hash MMU on or off (H_REGISTER_PROC_TBL);
 * free it. */
uint32_t spapr_hpt_shift(uint64_t ram);
void spapr_hpt_reset(Machine *m);
void spapr_hpt_set_active(Machine *m, bool on);
void spapr_hpt_free(SpaprState *s);
/* The machine's resize-hpt property lets the guest resize the HPT
 * (hcall-hpt-resize in the tree, H_RESIZE_HPT_* answer). */
bool spapr_hpt_resize_allowed(const Machine *m);
/* CAS from a hash guest without OV5 HPT resizing, as QEMU 7.2 does it:
 * false with resize-hpt=required (CAS fails), else a table smaller than
 * the RAM's size (shrunk before CAS) is replaced by an empty one of
 * that size. */
bool spapr_hpt_cas_no_resize(Machine *m);

/* hcall-radix.c: hand the partition-table entry to every CPU (after
 * reset, a snapshot load, H_REGISTER_PROC_TBL); go back to hash mode
 * with an empty HPT (no process table, LPCR[HR] and [UPRT] clear). */
#define PATB_GR 0x8000000000000000ULL   /* patb_entry: radix */
void spapr_patb_give_all(Machine *m);
void spapr_setup_hpt(Machine *m);

/* hcall-cpu.c: set LPCR bits under mask on every CPU of the partition
 * (their cached translations are dropped: HR and UPRT change the MMU). */
void spapr_set_all_lpcrs(Machine *m, uint64_t value, uint64_t mask);

/* spapr.c: the RAM size (-m) a pseries machine accepts, with QEMU
 * 7.2's checks and wording: an RMA (RAM rounded down to a power of two)
 * of at least 80 MiB, then a multiple of 256 MiB. */
#define SPAPR_MIN_RMA (80ULL << 20)
#define SPAPR_MEMORY_BLOCK (256ULL << 20)
bool spapr_check_ram_size(uint64_t bytes, GError **err);

/* spapr.c: platform setup called by machine_new after the CPU exists:
 * options (defaults, machine-type compat, -machine), CPU model, event
 * sources, default devices (vty when a serial backend exists, nvram),
 * then the -device list. */
bool spapr_platform_init(Machine *m, GError **err);
void spapr_platform_free(Machine *m);
/* Reset the platform's own state and every device. */
void spapr_platform_reset(Machine *m);
SpaprState *spapr_state(Machine *m);
/* The "spapr-machine" option table (for help and tests). */
extern const DeviceClass spapr_machine_class;

/* Allocate the next XICS interrupt source number (event sources). */
uint32_t spapr_irq_alloc(Machine *m);
/* The interrupt of a VIO device at unit address reg (claimed). */
uint32_t spapr_irq_vio(Machine *m, uint32_t reg);
/* Claim the LSI of pin (0..3) of PHB index; QEMU's numbering for the
 * machine type. Returns 0 when none is free. */
uint32_t spapr_irq_phb_lsi(Machine *m, uint32_t index, unsigned pin);
/* MSI sources the PHB node advertises (ibm,pe-total-#msi). */
uint32_t spapr_irq_nr_msis(Machine *m);
/* fdt.c: every DR connector index (CPU cores, PHBs when x-dr-phb,
 * PCI slots of PHBs with DR) in the order QEMU's DRC container lists
 * them (a GLib string hash table filled in QEMU's creation order,
 * rebuilt the same way). The caller frees the array. */
GArray *spapr_drc_order(Machine *m);
/* The vCPU id (device-tree reg, XICS server) of CPU index i. */
uint32_t spapr_vcpu_id(Machine *m, int i);

/* Next 64 bits of the machine's deterministic random stream. */
uint64_t spapr_random(Machine *m);

/* The RTAS blob's guest address: the machine's, or the firmware's
 * /rtas linux,rtas-base in the tree it gave back (KVMPPC_H_UPDATE_DT),
 * as QEMU's spapr_get_rtas_addr; 0 when unknown. */
uint64_t spapr_rtas_base(Machine *m);

/* The RTC: seconds since the epoch now (virtual time by default). */
int64_t spapr_rtc_now(Machine *m, uint32_t *ns);

/* VIO (spapr-vio.c). */
/* Realize the VIO part: allocate reg (when unset) and the irq, and the
 * DMA window's TCE table when dma_window_size is set. */
bool spapr_vio_realize(SpaprVioDevice *v, GError **err);
/* Machine reset of the VIO part: H_VIO_SIGNAL mode 0, no CRQ, every
 * TCE invalid, no bypass. */
void spapr_vio_reset(SpaprVioDevice *v);
/* Free what spapr_vio_realize allocated. */
void spapr_vio_unrealize(SpaprVioDevice *v);
/* Snapshots of a device with a window: before its fields are read,
 * list the table's valid entries in tce_saved (a table is mostly
 * empty); after a load, rebuild the table from them (entries outside
 * it are dropped) and bring a queue offset outside the queue back to
 * 0. The element description of tce_saved: */
void spapr_vio_pre_save(SpaprVioDevice *v);
void spapr_vio_post_load(SpaprVioDevice *v);
extern const SnapSection spapr_vio_tce_entry_snap;
#define SPAPR_VIO_MAX_SAVED_TCES (1u << 20)
/* RTAS quiesce: no CRQ and every TCE invalid, for every VIO device
 * (firmware hands a clean bus to the OS); bypass stays as it is. */
void spapr_vio_quiesce_all(Machine *m);
/* spapr-vio-dma.c: the VIO TCE table with this liobn, or NULL. */
SpaprTceTable *spapr_vio_tce_find(Machine *m, uint32_t liobn);
/* DMA through v's window: len bytes at bus address ioba to (write) or
 * from guest RAM (in bypass mode ioba is the RAM address). False, with
 * nothing done beyond the first bad page, when a page is outside the
 * window, lacks the permission, or is not RAM. */
bool spapr_vio_dma_rw(SpaprVioDevice *v, uint64_t ioba, void *buf,
                      uint64_t len, bool write);
/* Fill len bytes at ioba with byte c through v's window (same checks). */
bool spapr_vio_dma_set(SpaprVioDevice *v, uint64_t ioba, uint8_t c,
                       uint64_t len);
/* Put a 16-byte message on v's CRQ (bytes 8..15 first, then the header
 * whose first byte marks the entry valid) and pulse v's interrupt when
 * H_VIO_SIGNAL enabled it. Returns 0, 1 when the next entry is still
 * full (the guest has not consumed it), -1 when there is no queue or
 * its page is not mapped. */
int spapr_vio_send_crq(SpaprVioDevice *v, const uint8_t msg[16]);
/* spapr-vlan.c: the NICs of -nic (m->cfg.nics), and QEMU's default
 * spapr-vlan on the default netdev when m->cfg.default_nic. */
bool spapr_vlan_create_default(Machine *m, GError **err);
/* The VIO device at unit address reg, or NULL. */
SpaprVioDevice *spapr_vio_find(Machine *m, uint32_t reg);
/* Write the properties every VIO node has (reg, device_type,
 * compatible, interrupts) in QEMU's order; the node is open. */
int spapr_vio_fdt_common(SpaprVioDevice *v, void *fdt, const char *type,
                         const char *compat);
/* Write v's DMA window properties (ibm,my-dma-window and its cell
 * counts) in QEMU's order; call before spapr_vio_fdt_common. */
int spapr_vio_fdt_dma_window(SpaprVioDevice *v, void *fdt);

/* A guest request QEMU answers by exiting (or pausing for good): print
 * "farad: msg" and end the run with status 1 once cpu's hcall returns. */
void spapr_guest_fatal(Machine *m, PpcCpu *cpu, const char *msg);

/* Guest physical memory helpers for hcalls/RTAS (bounds-checked). */
bool spapr_ram_ok(Machine *m, uint64_t addr, uint64_t len);
uint32_t spapr_ld32(Machine *m, uint64_t addr);   /* big-endian */
void spapr_st32(Machine *m, uint64_t addr, uint32_t v);
void spapr_write_ram(Machine *m, uint64_t addr, const void *buf,
                     uint64_t len);

/* spapr-vty.c: vty input: read what the console has into an empty vty
 * buffer and pulse the vty's interrupt. With wait (a halted machine),
 * only vtys whose interrupt source is unmasked count, and it blocks
 * until input comes when some such vty could take it. Returns true
 * when input arrived (or, with wait, could). */
bool spapr_vty_poll(Machine *m, bool wait);
/* spapr-vty.c: is d a vty? and the default (lowest reg) vty. */
bool spapr_vty_is(Device *d);
SpaprVioDevice *spapr_vty_default(Machine *m);
/* spapr-nvram.c */
typedef struct SpaprNvram SpaprNvram;
SpaprNvram *spapr_nvram_find(Machine *m);
uint32_t spapr_nvram_size(SpaprNvram *n);
uint8_t *spapr_nvram_data(SpaprNvram *n);

#endif
