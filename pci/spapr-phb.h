/* SPDX-License-Identifier: MIT */
/*
 * The sPAPR PCI host bridge, "spapr-pci-host-bridge" (QEMU's
 * sPAPRPHBState): state, constants and the interfaces between its
 * files: spapr-phb.c (device, properties, realize, snapshot),
 * phb-placement.c (windows by index and machine type), phb-rtas.c
 * (config-space and MSI RTAS calls), phb-tce.c (TCE table, hcalls,
 * DMA), phb-fdt.c (device-tree node). Interrupts: core/machine/xics.h (LSIs
 * claimed at realize, MSI blocks by ibm,change-msi).
 * Constants and rules: shared/spec/phb-migration.md §1-4, 7.
 */
#ifndef FARAD_PCI_SPAPR_PHB_H
#define FARAD_PCI_SPAPR_PHB_H

#include "core/machine/rtas.h"
#include "core/machine/spapr.h"   /* SpaprTceTable */
#include "pci.h"

#define SPAPR_PHB_TYPE "spapr-pci-host-bridge"

/* Placement constants (spec §1.2, §2.2). */
#define SPAPR_PCI_BASE_BUID        0x800000020000000ULL
#define SPAPR_PCI_MEM_WIN_BUS_OFFSET 0x80000000ULL
#define SPAPR_PCI_MEM32_WIN_SIZE   0x80000000ULL
#define SPAPR_PCI_MEM64_WIN_SIZE   0x10000000000ULL
#define SPAPR_PCI_2_7_MMIO_WIN_SIZE 0xf80000000ULL
#define SPAPR_PCI_IO_WIN_SIZE      0x10000ULL
#define SPAPR_PCI_BASE             0x200000000000ULL    /* 32 TiB */
#define SPAPR_PCI_LIMIT            0x400000000000ULL    /* 64 TiB */
#define SPAPR_PCI_2_7_WINDOW_BASE  0x10000000000ULL     /* 1 TiB */
#define SPAPR_PCI_2_7_SPACING      0x1000000000ULL      /* 64 GiB */
#define SPAPR_PCI_2_7_MMIO_OFF     0xa0000000ULL
#define SPAPR_PCI_2_7_IO_OFF       0x80000000ULL
#define SPAPR_PCI_2_7_MAX_INDEX    255
#define SPAPR_PCI_MSI_WINDOW       0x40000000000ULL
#define SPAPR_PCI_NUM_LSI          4
#define SPAPR_PCI_DMA_MAX_WINDOWS  2
#define SPAPR_PHB_LIOBN(index, n) \
    (0x80000000u | ((uint32_t)(index) << 8) | (uint32_t)(n))
#define SPAPR_PHB_DRC_INDEX(index, devfn) \
    (0x40000000u | ((uint32_t)(index) << 16) | (uint32_t)(devfn))

/* Where a PHB's windows are (phb-placement.c's result). */
typedef struct PhbPlacement {
    uint64_t buid;
    uint64_t io_win_addr;
    uint64_t mem_win_addr;          /* 32-bit window (PCI 0x80000000) */
    uint64_t mem64_win_addr;        /* UINT64_MAX: not placed (2.7) */
    uint32_t liobn[SPAPR_PCI_DMA_MAX_WINDOWS];
} PhbPlacement;

/* One MSI allocation: by config address (the hash key in QEMU). */
typedef struct SpaprPciMsi {
    uint32_t first_irq;
    uint32_t num;
} SpaprPciMsi;

/* The migration form of the MSI table ("spapr_pci/msi" elements). */
typedef struct SpaprPciMsiMig {
    uint32_t key;
    SpaprPciMsi value;
} SpaprPciMsiMig;

typedef struct SpaprPhb {
    Device dev;                       /* must be first */
    /* properties */
    uint32_t index;
    uint64_t mem_win_size, mem64_win_size, io_win_size;
    bool dr_enabled;
    uint64_t dma_win_addr, dma_win_size, dma64_win_addr;
    bool ddw_enabled;
    uint64_t page_size_mask;
    uint32_t numa_node;
    bool pre_2_8_migration;
    bool pcie_ecs;
    bool pre_5_1_assoc;          /* QEMU property, no effect without NUMA */
    bool config_reg_migration;   /* QEMU property (migration stream) */
    /* placement (realize) */
    uint64_t buid;
    uint64_t io_win_addr, mem_win_addr, mem64_win_addr, mem64_win_pciaddr;
    uint32_t dma_liobn[SPAPR_PCI_DMA_MAX_WINDOWS];
    uint32_t lsi_table[SPAPR_PCI_NUM_LSI];   /* "spapr_pci/lsi" irq */
    char dtbusname[32];               /* "pci@800000020000000" */
    PciBus bus;
    SpaprTceTable tce[SPAPR_PCI_DMA_MAX_WINDOWS];
    uint32_t tce_bytes;               /* bytes of tce[0].table (snapshots) */
    GHashTable *msi;                  /* uint32 config addr -> SpaprPciMsi */
    struct SpaprDrc *drcs;            /* 256 slot connectors by devfn
                                         (dynamic-reconfiguration on),
                                         else NULL (phb-hotplug.c) */
    int lsi_level[SPAPR_PCI_NUM_LSI];  /* INTx wire count per LSI */
    uint8_t intx_pins[256];           /* per devfn: pins asserted (bits) */
    /* migration compatibility scratch (spec §3.1), filled by pre_save */
    uint32_t mig_liobn;
    uint64_t mig_mem_win_addr, mig_mem_win_size;
    uint64_t mig_io_win_addr, mig_io_win_size;
    int32_t msi_devs_num;
    SpaprPciMsiMig *msi_devs;
} SpaprPhb;

extern const DeviceClass spapr_phb_class;

/* spapr-phb.c */
/* Every PHB of m in creation order (NULL-terminated, g_free the array). */
SpaprPhb **spapr_phb_list(Machine *m);
/* The PHB with this BUID, or NULL. */
SpaprPhb *spapr_phb_find_buid(Machine *m, uint64_t buid);
/* The device at RTAS config address cfg (bus, devfn) behind buid. */
PciDevice *spapr_phb_find_dev(Machine *m, uint64_t buid, uint32_t cfg);
/* Create the machine's default PHB (index 0); the pseries board's
 * default_devices hook (board/devices.c). */
bool spapr_phb_create_default(Machine *m, GError **err);
/* pre_save of "spapr_pci": fill msi_devs and the mig_* fields. */
void spapr_phb_pre_save(SpaprPhb *p);
/* post_load of "spapr_pci": rebuild the MSI table from msi_devs. */
void spapr_phb_post_load(void *opaque);

/* phb-placement.c */
/*
 * Window placement by index for the machine's placement style (legacy =
 * pseries-2.7 and older: 64 GiB slots from ALIGN_UP(ram_top, 1 TiB), max
 * index 255; otherwise 1 TiB slots from 32 TiB, max index 30). QEMU's
 * error text when index is too large.
 */
/* How many PHBs (indexes 0..N-1) a placement style has room for: 256
 * legacy, 31 otherwise. */
uint32_t spapr_phb_max_count(bool legacy);
bool spapr_phb_placement(bool legacy, uint64_t ram_top, uint32_t index,
                         unsigned n_dma, PhbPlacement *out, GError **err);
/* Apply placement to p: the "index mandatory" and limit checks, then
 * buid, window addresses and LIOBNs. */
bool spapr_phb_place(SpaprPhb *p, bool legacy, uint64_t ram_top,
                     GError **err);
/* Window sizes after placement: the pseries-2.7 realize-time split of
 * a window > 2 GiB into a 2 GiB 32-bit window and a 64-bit window right
 * after it, or the "32-bit memory window ... (max 2 GiB)" error when a
 * 64-bit window is also given. */
bool spapr_phb_windows(SpaprPhb *p, GError **err);

/* phb-tce.c: check dma_win_addr/dma_win_size at realize (whole 4 KiB
 * pages, the window below 4 GiB: a 32-bit DMA window, whose table of
 * at most 1M entries is then allocated and cleared by init/reset). */
#define SPAPR_DMA32_LIMIT 0x100000000ULL
bool spapr_phb_tce_check(const SpaprPhb *p, GError **err);
void spapr_phb_tce_init(SpaprPhb *p);
void spapr_phb_tce_reset(SpaprPhb *p);
void spapr_phb_tce_free(SpaprPhb *p);
/* DMA through the PHB's IOMMU: TCE windows, and MSI writes to the MSI
 * window. Returns false on a translation or permission failure. */
bool spapr_phb_dma_rw(SpaprPhb *p, uint64_t addr, void *buf, uint64_t len,
                      bool write);
/* The TCE table with this LIOBN on any PHB of m or VIO device
 * (core/machine/spapr-vio-dma.c), or NULL. */
SpaprTceTable *spapr_tce_find(Machine *m, uint32_t liobn);
/* The "spapr_pci_tce" snapshot section of a PHB (phb-tce.c): the DMA
 * window's TCE table, which the QEMU-format stream carries as its own
 * "spapr_iommu" sections; snap-machine.c saves one per PHB, in creation
 * order. */
extern const struct SnapSection spapr_phb_tce_snap;
long h_put_tce(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_get_tce(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_stuff_tce(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_put_tce_indirect(Machine *m, PpcCpu *cpu, uint64_t *args);

/* phb-rtas.c: the PCI RTAS calls (bound to base/rtas-calls.def's tokens
 * in board/rtas.c). */
uint32_t rtas_pci_cfgaddr(uint32_t arg);
void rtas_read_pci_config(RtasCall *c);
void rtas_write_pci_config(RtasCall *c);
void rtas_ibm_read_pci_config(RtasCall *c);
void rtas_ibm_write_pci_config(RtasCall *c);
void rtas_ibm_query_interrupt_source_number(RtasCall *c);
void rtas_ibm_change_msi(RtasCall *c);

/* phb-fdt.c: the class's build_fdt: the PHB's /pci@BUID node (the root
 * node is open; the machine calls it for each PHB in creation order). */
int spapr_phb_build_fdt(Device *d, void *fdt);
/* The class's drc_indexes: the 256 slot connectors of a PHB with
 * dynamic reconfiguration on (none otherwise). */
void spapr_phb_drc_indexes(Device *d, GArray *out);
/* Function d's node (QEMU's spapr_dt_pci_device) under the open node
 * of fdt; libfdt error < 0. */
int spapr_phb_dt_device(SpaprPhb *p, PciDevice *d, void *fdt);

/* phb-hotplug.c: the slot connectors (realize, reset, unrealize, and
 * the class's drc_at), and hot-plug. */
void spapr_phb_drcs_init(SpaprPhb *p);
void spapr_phb_drcs_reset(SpaprPhb *p);
void spapr_phb_drcs_free(SpaprPhb *p);
struct SpaprDrc *spapr_phb_drc_at(Device *d, unsigned i);
/*
 * device_add ARG ("DRIVER[,prop=value...]", or "driver=DRIVER,..."):
 * create a PCI function, plug it into its slot's connector and send the
 * guest a hot-plug (add) event. Returns the device, or NULL with err set
 * to QEMU's one-line message (unknown driver, duplicate id, a device
 * that is not PCI, a bus without DR connectors, the device's own
 * property and slot errors); nothing changed then.
 */
Device *pci_hotplug_add(Machine *m, const char *arg, GError **err);
/* pci_hotplug_add's work without remembering arg as a device_add line;
 * announce false: no event for the guest (a snapshot load re-creating
 * a device the guest already has). */
Device *pci_hotplug_create(Machine *m, const char *arg, bool announce,
                           GError **err);
/* Unplug and free dev at once, as a reset completing its unplug would
 * (no DEVICE_DELETED): a snapshot load whose device set lacks it. */
void pci_hotplug_remove_now(Machine *m, Device *dev);

/* ---- the device set device_add / device_del made (phb-hotplug-set.c) */

/* Remember that device_add ARG created dev (the snapshot's device set);
 * forget it once dev goes. */
void pci_hotplug_record(Machine *m, Device *dev, const char *arg);
void pci_hotplug_forget(Machine *m, Device *dev);
/* The snapshot section of the device set: the device_add lines of the
 * hot-added devices still there with their bus and slot, the ids of
 * command-line devices device_del removed, and every PCI function's
 * place in creation order (which names their sections' instances).
 * Saved only when the set differs from the command line's. */
extern const struct SnapSection pci_hotplug_set_snap;
/* The state that section describes (allocated on first use). */
void *pci_hotplug_set_state(Machine *m);
/* Whether m's PCI device set (or a connector) differs from the command
 * line's: device_add / device_del changed it, or a connector is not at
 * rest. A snapshot load then changes devices before it matches them. */
bool pci_hotplug_set_changed(Machine *m);
/*
 * Snapshot load, before the sections are matched: make m's PCI device
 * set the one text describes (NULL: the command line's) -- remove the
 * functions it lacks, re-create the ones it has (device_add lines with
 * their recorded bus and slot, command-line devices from their -device
 * argument), cancel unplugs under way, put the functions in the
 * snapshot's creation order. False with err (one line naming the
 * snapshot and the device) when a device cannot be re-created (a drive
 * or netdev it needs is gone: checked before anything changes; any
 * other refusal of the device's own), or text is malformed.
 */
bool pci_hotplug_set_restore(Machine *m, const char *snapshot,
                             const uint8_t *text, uint32_t len,
                             GError **err);
/*
 * device_del ID: ask the guest to release the function (a hot-plug
 * remove event); it is freed when the guest isolates its connector, at
 * once when the guest never took it. false with err set (QEMU's words:
 * "Device 'ID' not found", not hot-pluggable, unplug in progress).
 */
bool pci_hotplug_del(Machine *m, const char *id, GError **err);
/* The next id of a device the guest released (for DEVICE_DELETED; an
 * entry "/ID/virtio-backend" stands for a virtio device's backend,
 * which QEMU reports first), g_free'd by the caller, or NULL. */
char *pci_hotplug_take_deleted(Machine *m);

#endif
