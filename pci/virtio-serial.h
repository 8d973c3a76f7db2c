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

#endif
