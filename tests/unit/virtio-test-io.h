/* SPDX-License-Identifier: MIT */
/*
 * Test helpers shared by test-virtio and test-snap-virtio: a virtio
 * device's little-endian registers through the machine's bus (whose
 * values are the big-endian reading of the bytes), and little-endian
 * values in guest RAM (rings and descriptors).
 */
#ifndef FARAD_TESTS_VIRTIO_TEST_IO_H
#define FARAD_TESTS_VIRTIO_TEST_IO_H

#include <glib.h>
#include "core/machine/bus.h"
#include "core/machine/spapr.h"

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

#endif
