/* SPDX-License-Identifier: MIT */
/*
 * The machine's physical address bus outside RAM: devices map MMIO
 * regions with bus_map_io() and the CPU's mmio_read/mmio_write land in
 * bus_read/bus_write, which find the region and call its MemOps.
 * Values cross the bus as the big-endian reading of the bytes at the
 * address (what a big-endian load would see); a region whose ops are
 * MEM_LITTLE gets them byte-swapped.
 */
#ifndef FARAD_CORE_BUS_H
#define FARAD_CORE_BUS_H

#include <stdbool.h>
#include <stdint.h>

enum { MEM_BIG = 0, MEM_LITTLE = 1, MEM_NATIVE = MEM_BIG };

typedef struct MemOps {
    uint64_t (*read)(void *opaque, uint64_t off, unsigned size);
    void (*write)(void *opaque, uint64_t off, uint64_t val, unsigned size);
    uint8_t min_size, max_size;  /* bytes; 0 means 1 and 8 */
    uint8_t endian;              /* MEM_BIG / MEM_LITTLE */
} MemOps;

typedef struct MemRange {
    uint64_t base, size;
    const MemOps *ops;
    void *opaque;
    char *name;
} MemRange;

typedef struct Bus Bus;

Bus *bus_new(void);
void bus_free(Bus *b);

/* Map [base, base+size) to ops/opaque. Returns NULL (and maps nothing)
 * when the range is empty or overlaps an existing region. */
MemRange *bus_map_io(Bus *b, uint64_t base, uint64_t size, const MemOps *ops,
                     void *opaque, const char *name);
/* Remove a region returned by bus_map_io. */
void bus_unmap(Bus *b, MemRange *r);

/* The region containing pa, or NULL. */
MemRange *bus_lookup(Bus *b, uint64_t pa);

/* An access of size bytes at pa. Returns false when nothing is mapped
 * there or the access is outside the region's sizes (the caller logs a
 * guest error and reads 0 / drops the write). */
bool bus_read(Bus *b, uint64_t pa, unsigned size, uint64_t *val);
bool bus_write(Bus *b, uint64_t pa, unsigned size, uint64_t val);

/* Calls fn for every region in address order (for `info mtree`). */
void bus_foreach(Bus *b, void (*fn)(const MemRange *r, void *ctx), void *ctx);

#endif
