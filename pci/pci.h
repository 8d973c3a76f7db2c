/* SPDX-License-Identifier: MIT */
/*
 * The PCI bus model: a conventional PCI bus (bus 0 of a host bridge)
 * with up to 256 functions, each with a type-0 configuration space
 * (256 bytes, or 4096 with PCIe extended config), per-byte write and
 * write-1-to-clear masks, a capability list, six BARs (I/O, 32-bit,
 * 64-bit, prefetchable) sized and decoded as the PCI spec says, the
 * command register's I/O / memory / bus-master gating, INTx pin/line,
 * and MSI / MSI-X capabilities. The host bridge (spapr-phb.c) maps the
 * decoded BARs into the CPU's address space through its windows and
 * supplies DMA and interrupts through PciHostOps.
 */
#ifndef FARAD_PCI_PCI_H
#define FARAD_PCI_PCI_H

#include "core/machine/bus.h"
#include "core/machine/device.h"

/* Standard configuration registers. */
enum {
    PCI_VENDOR_ID = 0x00,
    PCI_DEVICE_ID = 0x02,
    PCI_COMMAND = 0x04,
    PCI_STATUS = 0x06,
    PCI_REVISION_ID = 0x08,
    PCI_CLASS_PROG = 0x09,
    PCI_CLASS_DEVICE = 0x0a,
    PCI_CACHE_LINE_SIZE = 0x0c,
    PCI_LATENCY_TIMER = 0x0d,
    PCI_HEADER_TYPE = 0x0e,
    PCI_BASE_ADDRESS_0 = 0x10,
    PCI_SUBSYSTEM_VENDOR_ID = 0x2c,
    PCI_SUBSYSTEM_ID = 0x2e,
    PCI_ROM_ADDRESS = 0x30,
    PCI_CAPABILITY_LIST = 0x34,
    PCI_INTERRUPT_LINE = 0x3c,
    PCI_INTERRUPT_PIN = 0x3d,
};

enum {
    PCI_COMMAND_IO = 0x1,
    PCI_COMMAND_MEMORY = 0x2,
    PCI_COMMAND_MASTER = 0x4,
    PCI_COMMAND_SERR = 0x100,
    PCI_COMMAND_INTX_DISABLE = 0x400,
    PCI_STATUS_INTERRUPT = 0x08,
    PCI_STATUS_CAP_LIST = 0x10,
};

/* BAR type bits (the low bits of the BAR register). */
enum {
    PCI_BAR_MEM = 0x0,
    PCI_BAR_IO = 0x1,
    PCI_BAR_MEM64 = 0x4,
    PCI_BAR_PREFETCH = 0x8,
};

enum {
    PCI_CAP_ID_MSI = 0x05,
    PCI_CAP_ID_MSIX = 0x11,
};

#define PCI_NUM_BARS 6
#define PCI_BAR_UNMAPPED UINT64_MAX
#define PCI_CONFIG_SPACE_SIZE 256
#define PCIE_CONFIG_SPACE_SIZE 4096
#define PCI_DEVFN(slot, fn) ((uint8_t)(((slot) << 3) | ((fn) & 7)))

typedef struct PciDevice PciDevice;
typedef struct PciBus PciBus;

/* What a host bridge provides to its bus. */
typedef struct PciHostOps {
    /* A BAR's decoded address changed (addr PCI_BAR_UNMAPPED: not
     * decoded): unmap the old CPU mapping, map the new one. */
    void (*bar_moved)(void *host, PciDevice *d, int bar);
    /* INTx: the level of pin (0..3 = A..D) of device devfn changed. */
    void (*set_intx)(void *host, uint8_t devfn, int pin, int level);
    /* Bus-master DMA of len bytes at bus address addr. Returns false
     * when the translation fails (the device sees a master abort). */
    bool (*dma_rw)(void *host, uint64_t addr, void *buf, uint64_t len,
                   bool write);
} PciHostOps;

/* One mapping of a BAR into CPU space (through one host window). */
typedef struct PciBarMap {
    MemRange *range;      /* NULL: not mapped */
    uint64_t delta;       /* offset inside the BAR of range->base */
    PciDevice *dev;
    int bar;
} PciBarMap;

typedef struct PciBar {
    uint64_t size;        /* power of two; 0: BAR not implemented */
    uint8_t type;         /* PCI_BAR_* bits */
    const MemOps *ops;    /* the device's register/memory handlers */
    void *opaque;
    uint64_t addr;        /* decoded bus address or PCI_BAR_UNMAPPED */
    MemOps tramp;         /* ops of the CPU mappings (delta applied) */
    PciBarMap map[2];     /* host-owned: one per window */
} PciBar;

struct PciBus {
    PciDevice *devs[256];     /* by devfn */
    void *host;
    const PciHostOps *ops;
    char *name;               /* "pci.0", or "<phb id>.0" */
    uint32_t config_size;     /* 256, or 4096 with PCIe extended config */
};

/*
 * Common state of PCI functions: device state structs start with this.
 * Set up by pci_device_init() from the device's realize, after which the
 * device registers its BARs and capabilities.
 */
struct PciDevice {
    Device dev;               /* must be first */
    char *addr_prop;          /* "addr": "SLOT[.FN]" hex, NULL: first free */
    char *bus_prop;           /* "bus": "pci.0", NULL: the newest PHB's */
    PciBus *bus;
    uint8_t devfn;
    uint32_t config_size;
    uint8_t config[PCIE_CONFIG_SPACE_SIZE];
    uint8_t wmask[PCIE_CONFIG_SPACE_SIZE];
    uint8_t w1cmask[PCIE_CONFIG_SPACE_SIZE];
    uint8_t cap_next;         /* where the next capability goes */
    PciBar bars[PCI_NUM_BARS];
    uint8_t msi_cap, msix_cap;    /* capability offsets, 0: none */
    uint16_t msix_entries;
    uint8_t msix_bar;
    uint32_t msix_table_off, msix_pba_off;
    uint8_t *msix_table;          /* 16 bytes per vector, little-endian */
    uint8_t *msix_pba;
    uint32_t msix_table_len, msix_pba_len;   /* their bytes (snapshots) */
    PciBar msix_bar_storage;      /* used when MSI-X gets its own BAR */
    uint8_t intx_level;
    /* Optional device hook, after a config write took effect. */
    void (*config_written)(PciDevice *d, uint32_t addr, uint32_t val,
                           unsigned size);
    /* Optional device hook at machine reset (after the common reset). */
    void (*reset_hook)(PciDevice *d);
};

/* The snapshot description of the common PCI state (config space, the
 * MSI-X table and PBA, the INTx level; pci-snap.c). A device's section
 * embeds it with SNAP_STRUCT_ARRAY("pci", T, pci, 1, PciDevice,
 * &pci_device_snap, 1) and calls pci_device_post_load from its own
 * post_load; the section sets .required so a snapshot without it is
 * refused. */
struct SnapSection;
extern const struct SnapSection pci_device_snap;

/* After a snapshot load of d's state: map the BARs the loaded config
 * space decodes (unmapping the old ones) and drive INTx to the loaded
 * level. */
void pci_device_post_load(PciDevice *d);

/* "addr" and "bus" rows every PCI device's property table starts with. */
#define PCI_DEVICE_PROPS(T) \
    PROP_STR("addr", T, pci.addr_prop, NULL, \
             "slot and function, SLOT[.FN] in hex"), \
    PROP_STR("bus", T, pci.bus_prop, NULL, "PCI bus (pci.0, phbX.0)")

/* Find the bus named name (NULL: the newest host bridge's) on m. */
PciBus *pci_bus_find(Machine *m, const char *name);

/*
 * Plug d into its bus (d->bus_prop / d->addr_prop), clear its config
 * space and set the identity registers. Returns false with err (QEMU's
 * wording) on a bad address, an occupied slot or an unknown bus.
 */
bool pci_device_init(PciDevice *d, uint16_t vendor, uint16_t device,
                     uint8_t revision, uint32_t class_code, GError **err);
/* Unplug (unrealize). */
void pci_device_exit(PciDevice *d);

/* Declare BAR n (type PCI_BAR_* bits, size a power of two). A 64-bit
 * BAR also takes register n + 1. */
void pci_register_bar(PciDevice *d, int n, uint8_t type, uint64_t size,
                      const MemOps *ops, void *opaque);

/* Add a capability of len bytes; returns its offset. */
uint8_t pci_add_capability(PciDevice *d, uint8_t id, uint8_t len);
/* MSI capability with nvec (1..32, power of two) vectors, 64-bit. */
void pci_msi_init(PciDevice *d, unsigned nvec);
/* MSI-X with nvec vectors, table and PBA in BAR bar at the given
 * offsets (the BAR must be registered by the caller, or pass own_bar
 * to let the model register a 4 KiB memory BAR for them). */
void pci_msix_init(PciDevice *d, unsigned nvec, int bar, uint32_t table_off,
                   uint32_t pba_off, bool own_bar);
/* MSI-X table/PBA register access (for devices sharing the BAR). */
uint64_t pci_msix_read(PciDevice *d, uint64_t off, unsigned size);
void pci_msix_write(PciDevice *d, uint64_t off, uint64_t val, unsigned size);

/* Configuration access as the host bridge performs it: addr < config
 * size, size 1/2/4, aligned (the caller checks); value is the
 * little-endian reading of the bytes, as PCI defines. */
uint32_t pci_config_read(PciDevice *d, uint32_t addr, unsigned size);
void pci_config_write(PciDevice *d, uint32_t addr, uint32_t val,
                      unsigned size);

/* Machine reset of the function: command cleared, BARs unmapped,
 * MSI/MSI-X disabled, then the device's reset_hook. */
void pci_device_reset(PciDevice *d);

/* The decoded bus address of BAR n, or PCI_BAR_UNMAPPED. */
uint64_t pci_bar_addr(PciDevice *d, int n);

/* Bus-master DMA (gated by the command register's master bit). */
bool pci_dma_read(PciDevice *d, uint64_t addr, void *buf, uint64_t len);
bool pci_dma_write(PciDevice *d, uint64_t addr, const void *buf,
                   uint64_t len);

/* INTx: raise (1) or lower (0) the device's interrupt pin. */
void pci_set_irq(PciDevice *d, int level);
/* Signal MSI / MSI-X vector v (when enabled and unmasked): a DMA write
 * of the message data to the message address. */
void pci_msi_notify(PciDevice *d, unsigned v);

/* Little-endian config helpers. */
static inline uint16_t pci_get_word(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}
static inline uint32_t pci_get_long(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}
static inline void pci_set_word(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}
static inline void pci_set_long(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++) {
        p[i] = (uint8_t)(v >> (8 * i));
    }
}

#endif
