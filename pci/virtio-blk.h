/* SPDX-License-Identifier: MIT */
/*
 * virtio-blk-pci's entry point for the board (pci/virtio-blk.c).
 */
#ifndef FARAD_PCI_VIRTIO_BLK_H
#define FARAD_PCI_VIRTIO_BLK_H

#include "core/machine/device.h"

/* Create one virtio-blk-pci for each -drive if=virtio that no -device
 * claimed, in drive order (QEMU makes them after the -device devices).
 * False with err as device_create's. */
bool virtio_blk_create_for_drives(Machine *m, GError **err);

#endif
