/* SPDX-License-Identifier: MIT */
/*
 * QEMU 7.2's sections for the devices its default pseries machine adds
 * (no -nodefaults), in QEMU's layout (qemu-vio.c): "slirp" (the user
 * network's libslirp state), the VIO devices' DMA windows
 * ("spapr_iommu", instance = the unit address), "l-lan@REG/spapr_llan"
 * (spapr-vlan), "v-scsi@REG/spapr_vscsi" (spapr-vscsi) and
 * "v-scsi@REG/C:I:L/scsi-disk" (scsi-cd, scsi-hd), mapped onto farad's
 * devices for the stream reader (snap-incoming.c) and writer
 * (snap-outgoing.c).
 */
#ifndef FARAD_SNAPSHOT_QEMU_VIO_H
#define FARAD_SNAPSHOT_QEMU_VIO_H

#include "qemu-sections.h"
#include "qemu-vmstate.h"

/* "slirp" entries (after "timer" in QEMU's order), one per netdev. */
void qemu_vio_add_slirp(QLoad *l);
/* The VIO devices' entries (after the PHBs' in QEMU's order): for each
 * spapr-vlan its window and spapr_llan, for each spapr-vscsi its
 * window, spapr_vscsi and one scsi-disk per SCSI device. */
void qemu_vio_add_entries(QLoad *l);
/* Is e one of this file's? */
bool qemu_vio_kind(const QEntry *e);
/* The description e is read and written with. */
const SnapSection *qemu_vio_section(const QEntry *e);
/* Read e's section of stream version `version` (QEMU's loader), then
 * refuse in one line state farad's devices cannot hold (a SCSI request
 * in flight, a guest-forwarding socket, another window size). Returns
 * 0 or a negative errno with QEMU's (or that) line in in->msg. */
int qemu_vio_load(QIn *in, QEntry *e, uint32_t version);
/* Copy a loaded entry into its device (nothing fails). */
void qemu_vio_apply(QEntry *e);
/* Fill e's scratch object from its device, for writing. */
void qemu_vio_fill(QEntry *e);
/* Free e's scratch object's allocations (not the object). */
void qemu_vio_free_state(QEntry *e);

#endif
