/* SPDX-License-Identifier: MIT */
/*
 * Snapshot descriptions of PCI state: the common part every PCI
 * function has (configuration space, MSI-X table and PBA, the INTx
 * level), the virtio PCI transport with its virtqueues, and the
 * sections of pci-testdev and ivshmem-plain (the virtio devices declare
 * theirs next to their code). BAR mappings and the INTx line are
 * derived: pci_device_post_load rebuilds them from the loaded config
 * space. Virtio requests complete synchronously, inside the notify
 * write that starts them, so no request is ever in flight at a save;
 * the ring indices (last_avail, used_idx, the event-index bookkeeping)
 * are all the queue state there is.
 */
#include "base/snapdesc.h"
#include "virtio-pci.h"

static const SnapField pci_device_fields[] = {
    SNAP_FIELD_("devfn", SNAP_TYPE_U8, PciDevice, devfn, 1, 1,
                SNAP_F_EQUAL),
    SNAP_U32_EQUAL("config_size", PciDevice, config_size, 1),
    SNAP_BYTES("config", PciDevice, config, PCIE_CONFIG_SPACE_SIZE, 1),
    SNAP_BUFFER("msix_table", PciDevice, msix_table, msix_table_len, 1),
    SNAP_BUFFER("msix_pba", PciDevice, msix_pba, msix_pba_len, 1),
    SNAP_U8("intx_level", PciDevice, intx_level, 1),
    SNAP_END
};

const SnapSection pci_device_snap = {
    .name = "pci_device", .version = 1, .min_version = 1,
    .fields = pci_device_fields,
};

static const SnapField vq_fields[] = {
    SNAP_U16("num", VirtQueue, num, 1),
    SNAP_FIELD_("num_max", SNAP_TYPE_U16, VirtQueue, num_max, 1, 1,
                SNAP_F_EQUAL),
    SNAP_BOOL("ready", VirtQueue, ready, 1),
    SNAP_U16("vector", VirtQueue, vector, 1),
    SNAP_U64("desc", VirtQueue, desc, 1),
    SNAP_U64("avail", VirtQueue, avail, 1),
    SNAP_U64("used", VirtQueue, used, 1),
    SNAP_U16("last_avail", VirtQueue, last_avail, 1),
    SNAP_U16("used_idx", VirtQueue, used_idx, 1),
    SNAP_U16("signalled_used", VirtQueue, signalled_used, 1),
    SNAP_BOOL("signalled_valid", VirtQueue, signalled_valid, 1),
    SNAP_BOOL("event_idx", VirtQueue, event_idx, 1),
    SNAP_BOOL("indirect", VirtQueue, indirect, 1),
    SNAP_DERIVED("big_endian", VirtQueue, big_endian),
    SNAP_DERIVED("mem", VirtQueue, mem),
    SNAP_DERIVED("mem_opaque", VirtQueue, mem_opaque),
    SNAP_END
};

const SnapSection virtqueue_snap = {
    .name = "virtqueue", .version = 1, .min_version = 1,
    .fields = vq_fields,
};

static const SnapField virtio_pci_fields[] = {
    SNAP_STRUCT_ARRAY("pci", VirtioPci, pci, 1, PciDevice,
                      &pci_device_snap, 1),
    /* a snapshot from before a feature was offered (RING_RESET,
     * virtio-net's MRG_RXBUF ...) loads, and the device goes on
     * offering what it offered then; one with a feature this device
     * does not offer is refused */
    SNAP_FIELD_("host_features", SNAP_TYPE_U64, VirtioPci, host_features, 1,
                1, SNAP_F_SUBSET),
    SNAP_U64("guest_features", VirtioPci, guest_features, 1),
    SNAP_U32("dfselect", VirtioPci, dfselect, 1),
    SNAP_U32("gfselect", VirtioPci, gfselect, 1),
    SNAP_U16("msix_config", VirtioPci, msix_config, 1),
    SNAP_U8("status", VirtioPci, status, 1),
    SNAP_U8("isr", VirtioPci, isr, 1),
    SNAP_U8("config_generation", VirtioPci, config_generation, 1),
    SNAP_U16("queue_sel", VirtioPci, queue_sel, 1),
    SNAP_U32_EQUAL("nvqs", VirtioPci, nvqs, 1),
    SNAP_STRUCT_VARRAY("vq", VirtioPci, vq, nvqs, VirtQueue,
                       &virtqueue_snap, 1),
    SNAP_BYTES("config", VirtioPci, config, VIRTIO_CONFIG_MAX, 1),
    SNAP_BOOL("broken", VirtioPci, broken, 1),
    /* version 1 had no big-endian legacy drivers: the loading device's
     * own value stays */
    SNAP_BOOL("big_endian", VirtioPci, big_endian, 2),
    SNAP_END
};

const SnapSection virtio_pci_snap = {
    .name = "virtio_pci", .version = 2, .min_version = 1,
    .fields = virtio_pci_fields,
};

void virtio_pci_post_load(VirtioPci *v)
{
    /* the load gave the queues a new array: the memory interface is
     * the transport's again */
    virtio_pci_attach_queues(v);
    for (unsigned q = 0; q < v->nvqs; q++) {
        v->vq[q].big_endian = virtio_pci_big_endian(v);
    }
    pci_device_post_load(&v->pci);
}
