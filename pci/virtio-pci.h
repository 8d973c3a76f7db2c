/* SPDX-License-Identifier: MIT */
/*
 * The virtio 1.x PCI transport (virtio spec section 4.1), laid out as
 * QEMU 7.2's transitional virtio-pci devices on a conventional PCI bus:
 *   BAR0  I/O, the legacy (virtio 0.9.5) register block, sized as
 *         QEMU's (24-byte header + device config, a power of two):
 *         host/guest features (low 32 bits), queue PFN/size/select/
 *         notify, status, ISR, with MSI-X enabled the config and queue
 *         vectors, then the device config; little-endian registers as
 *         the PCI I/O space has them; rings, device config and request
 *         headers in the guest's native byte order, decided when the
 *         driver resets the device (MSR[LE] of the CPU doing it, as
 *         QEMU 7.2 on ppc64; big-endian after a machine reset)
 *   BAR1  4 KiB memory: MSI-X table at 0, PBA at 0x800
 *   BAR4  16 KiB 64-bit prefetchable memory: common config at 0x0000,
 *         ISR at 0x1000, device config at 0x2000, notify at 0x3000
 *         (notify_off_multiplier 4, queue n notifies at 0x3000 + 4n;
 *         with page-per-vq, pseries-2.7's default, the multiplier is
 *         0x1000, the notify region 4 MiB and the BAR 8 MiB)
 *   capabilities at 0x40 common, 0x50 ISR, 0x60 device, 0x70 notify,
 *         0x84 PCI-cfg access, 0x98 MSI-X (the list starts at 0x98)
 * PCI device id 0x1000 + (legacy id), subsystem id the virtio device
 * id, as QEMU's transitional devices (disable-legacy=on: modern-only
 * 0x1040 + id, revision 1, no BAR0, the default subsystem id; needed
 * for iommu_platform=on, as in QEMU). A device (virtio-rng.c,
 * virtio-blk.c) starts its state with a VirtioPci and fills in a
 * VirtioDevInfo. Queue processing runs when the driver writes a
 * notify register, modern or legacy (at that instruction:
 * deterministic); interrupts go
 * out as MSI-X through the PHB or, with MSI-X off, as INTx with the
 * ISR bit. Without VIRTIO_F_ACCESS_PLATFORM the device reaches guest
 * physical memory directly (what the spec says and QEMU does); with it
 * (iommu_platform=on) every ring and buffer access is PCI bus-master DMA
 * through the PHB's TCE table. VIRTIO_F_RING_RESET (queue_reset=on,
 * QEMU 7.2's default) lets the driver reset one queue through the
 * common config's queue_reset register (0x3a).
 */
#ifndef FARAD_PCI_VIRTIO_PCI_H
#define FARAD_PCI_VIRTIO_PCI_H

#include "pci.h"
#include "virtqueue.h"

/* Feature bits (virtio 1.x section 6). */
#define VIRTIO_F_RING_INDIRECT_DESC 28
#define VIRTIO_F_RING_EVENT_IDX 29
#define VIRTIO_F_VERSION_1 32
#define VIRTIO_F_ACCESS_PLATFORM 33
#define VIRTIO_F_RING_RESET 40

/* Device status bits (section 2.1). */
enum {
    VIRTIO_STATUS_ACKNOWLEDGE = 1,
    VIRTIO_STATUS_DRIVER = 2,
    VIRTIO_STATUS_DRIVER_OK = 4,
    VIRTIO_STATUS_FEATURES_OK = 8,
    VIRTIO_STATUS_NEEDS_RESET = 0x40,
    VIRTIO_STATUS_FAILED = 0x80,
};

#define VIRTIO_NO_VECTOR 0xffff
#define VIRTIO_MAX_QUEUES 64      /* virtio-serial: 31 ports + control */
#define VIRTIO_CONFIG_MAX 256

typedef struct VirtioPci VirtioPci;

/* One multi-byte field of a device's config (offset, bytes): what a
 * big-endian legacy driver sees byte-reversed. */
typedef struct VirtioCfgField {
    uint8_t off, len;
} VirtioCfgField;

/* What a virtio device tells the transport. */
typedef struct VirtioDevInfo {
    uint16_t device_id;        /* virtio device id: 2 block, 4 entropy */
    uint32_t class_code;       /* PCI class, QEMU's for the device */
    uint32_t legacy_io_size;   /* BAR0 size as QEMU sizes it */
    uint32_t config_size;      /* bytes of device config (<= 256) */
    uint64_t features;         /* device feature bits beyond the ring's */
    /* The multi-byte fields of the config, ending with len 0 (NULL:
     * none). v->config holds them little-endian; the legacy register
     * block shows them in the device's byte order (virtio_pci_big_
     * endian). */
    const VirtioCfgField *config_fields;
    /* The driver notified queue q (the device pops, pushes, then calls
     * virtio_pci_notify). */
    void (*queue_notify)(VirtioPci *v, unsigned q);
    /* The driver wrote device config bytes (already stored in
     * v->config). Optional. */
    void (*config_write)(VirtioPci *v, uint32_t off, unsigned size);
    /* Device reset (status 0 or machine reset). Optional. */
    void (*reset)(VirtioPci *v);
    /* The driver reset queue q alone (VIRTIO_F_RING_RESET's queue_reset
     * register), before the transport clears the queue. Optional. */
    void (*queue_reset)(VirtioPci *v, unsigned q);
} VirtioDevInfo;

struct VirtioPci {
    PciDevice pci;              /* must be first */
    const VirtioDevInfo *info;
    bool iommu_platform;        /* "iommu_platform": offer ACCESS_PLATFORM */
    bool event_idx_prop;        /* "event_idx": offer RING_EVENT_IDX */
    bool indirect_prop;         /* "indirect_desc": offer INDIRECT_DESC */
    bool queue_reset_prop;      /* "queue_reset": offer RING_RESET (QEMU
                                   7.2's default; off for pseries-7.1
                                   and older) */
    bool page_per_vq;           /* "page-per-vq": notify registers 4 KiB
                                   apart (pseries-2.7), else 4 bytes */
    char *disable_legacy;       /* "disable-legacy": on (modern-only:
                                   id 0x1040 + device id, revision 1, no
                                   BAR0), off or auto (transitional) */
    uint32_t nvectors;          /* "vectors": MSI-X vectors */
    uint64_t host_features;     /* offered */
    uint64_t guest_features;    /* accepted by the driver */
    uint32_t dfselect, gfselect;
    uint16_t msix_config;       /* config-change vector */
    uint8_t status;
    uint8_t isr;                /* bit 0 queue, bit 1 config change */
    uint8_t config_generation;
    uint16_t queue_sel;
    unsigned nvqs;
    VirtQueue *vq;              /* nvqs queues (g_malloc'd at realize;
                                   a snapshot load replaces the array) */
    uint8_t config[VIRTIO_CONFIG_MAX];   /* device config, little-endian */
    bool big_endian;            /* the guest CPU ran big-endian (MSR[LE]
                                   clear) when the driver last reset the
                                   device; a machine reset or hot-plug
                                   sets it, as QEMU's default for
                                   ppc64. Only legacy drivers see it */
    bool broken;                /* a malformed ring: NEEDS_RESET set */
};

/* The "addr", "bus", "iommu_platform", "event_idx", "indirect_desc",
 * "queue_reset", "page-per-vq", "disable-legacy" and "vectors" (QEMU's
 * default for the device) rows of a virtio PCI device's property
 * table. */
#define VIRTIO_PCI_PROPS(T, vectors_default) \
    PROP_STR("addr", T, vpci.pci.addr_prop, NULL, \
             "slot and function, SLOT[.FN] in hex"), \
    PROP_STR("bus", T, vpci.pci.bus_prop, NULL, "PCI bus (pci.0, phbX.0)"), \
    PROP_BOOL("iommu_platform", T, vpci.iommu_platform, false), \
    PROP_BOOL("event_idx", T, vpci.event_idx_prop, true), \
    PROP_BOOL("indirect_desc", T, vpci.indirect_prop, true), \
    PROP_BOOL("queue_reset", T, vpci.queue_reset_prop, true), \
    PROP_BOOL("page-per-vq", T, vpci.page_per_vq, false), \
    PROP_STR("disable-legacy", T, vpci.disable_legacy, "auto", \
             "on/off/auto"), \
    PROP_U32("vectors", T, vpci.nvectors, vectors_default)

/*
 * Plug the device in (from its realize, after its own checks): PCI
 * identity, BARs, capabilities and MSI-X as listed above, nvqs queues
 * of the given maximum sizes. False with err as pci_device_init.
 */
bool virtio_pci_realize(VirtioPci *v, const VirtioDevInfo *info,
                        unsigned nvqs, const uint16_t *queue_sizes,
                        GError **err);
/* Machine reset: PCI reset plus the virtio device reset. */
void virtio_pci_reset(VirtioPci *v);
void virtio_pci_unrealize(VirtioPci *v);

/* Take the next chain of queue q (VQ_GOT / VQ_EMPTY). A malformed ring
 * marks the device broken (DEVICE_NEEDS_RESET and a config interrupt,
 * section 2.1.2) and logs one guest-error line; it then reads as
 * VQ_EMPTY. */
int virtio_pci_pop(VirtioPci *v, unsigned q, VqElem *e);
/* Return e with len bytes written; false when the device broke. */
bool virtio_pci_push(VirtioPci *v, unsigned q, const VqElem *e,
                     uint32_t len);
/* A request on queue q the device cannot make sense of (why: one
 * line): mark the device broken as a malformed ring does. */
void virtio_pci_error(VirtioPci *v, unsigned q, const char *why);
/* Interrupt the driver for queue q if it wants one. */
void virtio_pci_notify(VirtioPci *v, unsigned q);
/* Snapshot descriptions (pci-snap.c): the transport's state with its
 * PCI function and queues, and one queue. A virtio device's section
 * embeds virtio_pci_snap with SNAP_STRUCT_ARRAY("virtio", T, vpci, 1,
 * VirtioPci, &virtio_pci_snap, 1), sets .required and calls
 * virtio_pci_post_load from its post_load. */
extern const struct SnapSection virtio_pci_snap;
extern const struct SnapSection virtqueue_snap;
/* After a snapshot load: the PCI function's BARs and INTx, the queues'
 * memory interface. */
void virtio_pci_post_load(VirtioPci *v);
/* Give every queue the transport's memory interface (realize, load). */
void virtio_pci_attach_queues(VirtioPci *v);
/* Whether the device's data is big-endian now: rings, the config
 * through the legacy block and request headers (virtio 1.x 7.2's
 * legacy interface: the guest's native byte order, which QEMU 7.2 on
 * ppc64 takes from MSR[LE] of the CPU that resets the device). False
 * once VERSION_1 is accepted. */
bool virtio_pci_big_endian(const VirtioPci *v);
/* Load / store an n-byte (1, 2, 4, 8) field of a request or a message
 * in guest memory's copy p, in the device's byte order. */
uint64_t virtio_pci_ld(const VirtioPci *v, const void *p, unsigned n);
void virtio_pci_st(const VirtioPci *v, void *p, uint64_t val, unsigned n);
/* Whether the driver accepted feature bit f. */
bool virtio_pci_has_feature(const VirtioPci *v, unsigned f);

#endif
