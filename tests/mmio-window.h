/* SPDX-License-Identifier: MIT */
/*
 * A device for tests that run a bare PpcCpu: a window of WIN bytes of
 * memory-mapped I/O at MMIO_BASE (right after the test's RAM), in the
 * big-endian byte-image order PpcEnv's MMIO callbacks use, counting its
 * accesses. The including file defines RAM_SIZE; hypercalls and external
 * interrupts are cpu-env.h's (nothing happens).
 */
#ifndef FARAD_TESTS_MMIO_WINDOW_H
#define FARAD_TESTS_MMIO_WINDOW_H

#include "tests/cpu-env.h"

#define MMIO_BASE  RAM_SIZE       /* right after RAM */
#define WIN        256

typedef struct Dev {
    uint8_t bytes[WIN];
    unsigned accesses;
} Dev;

static inline bool dev_read(void *opaque, uint64_t pa, unsigned size,
                            uint64_t *val)
{
    Dev *d = opaque;
    if (pa < MMIO_BASE || pa + size > MMIO_BASE + WIN) {
        return false;
    }
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        v = v << 8 | d->bytes[pa - MMIO_BASE + i];
    }
    *val = v;
    d->accesses++;
    return true;
}

static inline bool dev_write(void *opaque, uint64_t pa, unsigned size,
                             uint64_t val)
{
    Dev *d = opaque;
    if (pa < MMIO_BASE || pa + size > MMIO_BASE + WIN) {
        return false;
    }
    for (unsigned i = 0; i < size; i++) {
        d->bytes[pa - MMIO_BASE + i] = (uint8_t)(val >> (8 * (size - 1 - i)));
    }
    d->accesses++;
    return true;
}

/* The environment: MMIO through dev, nothing else. */
static inline PpcEnv dev_env(Dev *dev)
{
    PpcEnv env = test_null_env();
    env.opaque = dev;
    env.mmio_read = dev_read;
    env.mmio_write = dev_write;
    return env;
}

#endif
