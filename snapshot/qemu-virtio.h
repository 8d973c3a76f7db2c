/* SPDX-License-Identifier: MIT */
/*
 * QEMU 7.2's sections for virtio-pci devices (qemu-virtio.c):
 * "<PHB>:<slot>.<fn>/virtio-blk" (version 2), ".../virtio-net" (11),
 * ".../virtio-rng" (1) and ".../virtio-console" (3, virtio-serial-pci),
 * in QEMU's layout (virtio_save: the PCI function, MSI-X, the
 * transport's registers and queues, the device's own part, then
 * vmstate_virtio's subsections), mapped onto farad's virtio-blk-pci,
 * virtio-net-pci, virtio-rng-pci and virtio-serial-pci for the stream
 * reader
 * (snap-incoming.c) and writer (snap-outgoing.c).
 */
#ifndef FARAD_SNAPSHOT_QEMU_VIRTIO_H
#define FARAD_SNAPSHOT_QEMU_VIRTIO_H

#include "qemu-sections.h"
#include "qemu-vmstate.h"

/* One entry per virtio-blk/-net/-rng/-serial PCI function of l->m, in device
 * creation order (QEMU's registration order: after "spapr"). */
void qemu_virtio_add_entries(QLoad *l);
/* Free e's scratch object's allocations (not the object). */
void qemu_virtio_free_state(QEntry *e);
/* Is e one of this file's? */
bool qemu_virtio_kind(const QEntry *e);
/*
 * Read e's section (QEMU's virtio_load) of stream version `version`,
 * then refuse in one line what farad's device cannot hold: a request
 * in flight (a virtio-blk request QEMU carries, or a queue whose used
 * index in the stream's RAM trails the device's last_avail_idx), guest
 * features the device does not offer (QEMU's "Features 0x.. unsupported"
 * line), another queue count or size, PCI identity bytes of another
 * device, another MAC, a vnet header, UFO or RSS, other serial ports or
 * a port's output held. l gives the stream's RAM
 * pages. 0 or a negative errno with the lines in in->msg.
 */
int qemu_virtio_load(QIn *in, QLoad *l, QEntry *e, uint32_t version);
/* Copy a loaded entry into its device (after RAM; nothing fails). */
void qemu_virtio_apply(QEntry *e);
/* Fill e's scratch object from its device, for writing. */
void qemu_virtio_fill(QEntry *e);
/* Append e's section payload to b and its vmdesc object (vmsd_name,
 * version, the one "virtio" field of the payload's size) to j. */
void qemu_virtio_save(QEntry *e, GByteArray *b, GString *j);

#endif
