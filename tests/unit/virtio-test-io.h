/* SPDX-License-Identifier: MIT */
/*
 * Test helpers shared by the virtio unit and snapshot tests: a virtio
 * device's little-endian registers through the machine's bus (whose
 * values are the big-endian reading of the bytes), little-endian values
 * in guest RAM (rings and descriptors), and a modern driver bringing up
 * queue 0 of a device whose BAR4 sits at the start of PHB 0's 64-bit
 * window (VIRTIO_BAR4_MAP), with its rings at VIRTIO_DESC/AVAIL/USED.
 */
#ifndef FARAD_TESTS_VIRTIO_TEST_IO_H
#define FARAD_TESTS_VIRTIO_TEST_IO_H

#include <glib.h>
#include "core/machine/bus.h"
#include "core/machine/spapr.h"
#include "pci/pci.h"

#define VIRTIO_BAR4 0x210000000000ULL     /* the 64-bit window of PHB 0 */
#define VIRTIO_COMMON (VIRTIO_BAR4 + 0x0000)
#define VIRTIO_DESC 0x100000
#define VIRTIO_AVAIL 0x101000
#define VIRTIO_USED 0x102000

static inline uint64_t rd(Machine *m, uint64_t a, unsigned size)
{
    uint64_t v;
    g_assert_true(bus_read(m->bus, a, size, &v));
    return size == 1 ? v : size == 2 ? GUINT16_SWAP_LE_BE((uint16_t)v)
           : size == 4 ? GUINT32_SWAP_LE_BE((uint32_t)v)
           : GUINT64_SWAP_LE_BE(v);
}

static inline void wr(Machine *m, uint64_t a, unsigned size, uint64_t v)
{
    uint64_t b = size == 1 ? v : size == 2 ? GUINT16_SWAP_LE_BE((uint16_t)v)
                 : size == 4 ? GUINT32_SWAP_LE_BE((uint32_t)v)
                 : GUINT64_SWAP_LE_BE(v);
    g_assert_true(bus_write(m->bus, a, size, b));
}

static inline void st_le(Machine *m, uint64_t a, uint64_t v, unsigned n)
{
    uint8_t b[8];
    for (unsigned i = 0; i < n; i++) {
        b[i] = (uint8_t)(v >> (8 * i));
    }
    spapr_write_ram(m, a, b, n);
}

static inline uint64_t ld_le(Machine *m, uint64_t a, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) {
        v |= (uint64_t)m->ram[a + i] << (8 * i);
    }
    return v;
}

/* Map d's BAR4 (64-bit memory) at VIRTIO_BAR4 and enable memory
 * decoding and bus mastering. */
static inline void virtio_bar4_map(PciDevice *d)
{
    pci_config_write(d, PCI_BASE_ADDRESS_0 + 16, 0x0000000c, 4);
    pci_config_write(d, PCI_BASE_ADDRESS_0 + 20, 0x2100, 4);
    pci_config_write(d, PCI_COMMAND, PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER,
                     2);
}

/* A modern driver through the common config at VIRTIO_COMMON: reset,
 * ACKNOWLEDGE and DRIVER, VERSION_1 alone, FEATURES_OK, queue 0 at
 * VIRTIO_DESC/AVAIL/USED with qsize entries (0: the device's size) and
 * enabled, DRIVER_OK. */
static inline void virtio_driver_up(Machine *m, uint16_t qsize)
{
    wr(m, VIRTIO_COMMON + 0x14, 1, 0);               /* reset */
    wr(m, VIRTIO_COMMON + 0x14, 1, 1 | 2);           /* ACKNOWLEDGE, DRIVER */
    wr(m, VIRTIO_COMMON + 0x08, 4, 1);               /* driver_feature_select */
    wr(m, VIRTIO_COMMON + 0x0c, 4, 1);               /* VERSION_1 */
    wr(m, VIRTIO_COMMON + 0x14, 1, 1 | 2 | 8);       /* FEATURES_OK */
    wr(m, VIRTIO_COMMON + 0x16, 2, 0);               /* queue_select */
    if (qsize) {
        wr(m, VIRTIO_COMMON + 0x18, 2, qsize);       /* queue_size */
    }
    wr(m, VIRTIO_COMMON + 0x20, 8, VIRTIO_DESC);
    wr(m, VIRTIO_COMMON + 0x28, 8, VIRTIO_AVAIL);
    wr(m, VIRTIO_COMMON + 0x30, 8, VIRTIO_USED);
    wr(m, VIRTIO_COMMON + 0x1c, 2, 1);               /* queue_enable */
    wr(m, VIRTIO_COMMON + 0x14, 1, 1 | 2 | 8 | 4);   /* DRIVER_OK */
}

#endif
