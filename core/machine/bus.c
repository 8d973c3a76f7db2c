/* SPDX-License-Identifier: MIT */
/*
 * The MMIO bus (see bus.h): a sorted array of regions searched by
 * binary search, plus a one-entry cache of the last region hit.
 */
#include <glib.h>
#include <string.h>

#include "bus.h"
#include "cpu-ppc/bswap.h"

struct Bus {
    GPtrArray *ranges;   /* MemRange *, sorted by base */
    MemRange *last;      /* last region found */
};

Bus *bus_new(void)
{
    Bus *b = g_new0(Bus, 1);
    b->ranges = g_ptr_array_new();
    return b;
}

static void range_free(MemRange *r)
{
    g_free(r->name);
    g_free(r);
}

void bus_free(Bus *b)
{
    if (!b) {
        return;
    }
    for (guint i = 0; i < b->ranges->len; i++) {
        range_free(g_ptr_array_index(b->ranges, i));
    }
    g_ptr_array_free(b->ranges, TRUE);
    g_free(b);
}

MemRange *bus_map_io(Bus *b, uint64_t base, uint64_t size, const MemOps *ops,
                     void *opaque, const char *name)
{
    if (size == 0 || base + size - 1 < base) {
        return NULL;
    }
    guint pos = 0;
    for (; pos < b->ranges->len; pos++) {
        MemRange *r = g_ptr_array_index(b->ranges, pos);
        if (base + size - 1 >= r->base && r->base + r->size - 1 >= base) {
            return NULL;  /* overlap */
        }
        if (r->base > base) {
            break;
        }
    }
    MemRange *r = g_new0(MemRange, 1);
    r->base = base;
    r->size = size;
    r->ops = ops;
    r->opaque = opaque;
    r->name = g_strdup(name);
    g_ptr_array_insert(b->ranges, (gint)pos, r);
    return r;
}

void bus_unmap(Bus *b, MemRange *r)
{
    if (b->last == r) {
        b->last = NULL;
    }
    if (g_ptr_array_remove(b->ranges, r)) {
        range_free(r);
    }
}

MemRange *bus_lookup(Bus *b, uint64_t pa)
{
    MemRange *r = b->last;
    if (r && pa >= r->base && pa - r->base < r->size) {
        return r;
    }
    guint lo = 0, hi = b->ranges->len;
    while (lo < hi) {
        guint mid = (lo + hi) / 2;
        r = g_ptr_array_index(b->ranges, mid);
        if (pa < r->base) {
            hi = mid;
        } else if (pa - r->base >= r->size) {
            lo = mid + 1;
        } else {
            b->last = r;
            return r;
        }
    }
    return NULL;
}

static MemRange *access_ok(Bus *b, uint64_t pa, unsigned size)
{
    MemRange *r = bus_lookup(b, pa);
    if (!r || r->size - (pa - r->base) < size) {
        return NULL;
    }
    unsigned lo = r->ops->min_size ? r->ops->min_size : 1;
    unsigned hi = r->ops->max_size ? r->ops->max_size : 8;
    if (size < lo || size > hi) {
        return NULL;
    }
    return r;
}

bool bus_read(Bus *b, uint64_t pa, unsigned size, uint64_t *val)
{
    MemRange *r = access_ok(b, pa, size);
    if (!r || !r->ops->read) {
        return false;
    }
    uint64_t v = r->ops->read(r->opaque, pa - r->base, size);
    *val = r->ops->endian == MEM_LITTLE ? ppc_bswap(v, size) : v;
    return true;
}

bool bus_write(Bus *b, uint64_t pa, unsigned size, uint64_t val)
{
    MemRange *r = access_ok(b, pa, size);
    if (!r) {
        return false;
    }
    if (r->ops->write) {
        r->ops->write(r->opaque, pa - r->base,
                      r->ops->endian == MEM_LITTLE ? ppc_bswap(val, size) : val,
                      size);
    }
    return true;
}

void bus_foreach(Bus *b, void (*fn)(const MemRange *r, void *ctx), void *ctx)
{
    for (guint i = 0; i < b->ranges->len; i++) {
        fn(g_ptr_array_index(b->ranges, i), ctx);
    }
}
