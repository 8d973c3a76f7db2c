/* SPDX-License-Identifier: MIT */
/*
 * virtio-serial-pci's ports as the front end sees them (pci/
 * virtio-serial.c): the front end opens each port's -chardev and
 * attaches it before the machine runs.
 */
#ifndef FARAD_PCI_VIRTIO_SERIAL_H
#define FARAD_PCI_VIRTIO_SERIAL_H

#include "core/machine/chr-host.h"
#include "core/machine/device.h"

/* The chardev id of d when d is a virtconsole / virtserialport with a
 * chardev= (NULL otherwise), and the stream to attach it to. */
const char *virtio_serial_port_chardev(Device *d, ChrHost **host);

/* For QEMU's migration stream (snapshot/qemu-virtio.c), d being a
 * virtio-serial-pci: its port ids in creation order (at most max into
 * ids; returns how many), its max_ports, a port's state as QEMU keeps it
 * (the guest has it open; the host side is connected: a console, or a
 * chardev connected at the last poll), and the guest's open state set
 * from a stream. */
unsigned virtio_serial_ports(Device *d, uint32_t *ids, unsigned max);
uint32_t virtio_serial_max_ports(Device *d);
void virtio_serial_port_state(Device *d, uint32_t id, bool *guest_connected,
                              bool *host_connected);
void virtio_serial_set_guest_connected(Device *d, uint32_t id, bool on);

#endif
