/* SPDX-License-Identifier: MIT */
/*
 * VOF memory bookkeeping as QEMU 7.2 keeps it: a list of claimed ranges
 * (firmware, stack, kernel, initrd, then the client's claims), the
 * moving base where aligned claims search, and /memory@0's "available"
 * property rewritten from the gaps after every change.
 */
#include <libfdt.h>
#include <stdio.h>

#include "vof.h"

/* Drop the claims and instances (the client's bootargs stay, as in
 * QEMU, across resets). */
static void drop_tables(Vof *v)
{
    if (v->claimed) {
        g_array_unref(v->claimed);
    }
    if (v->instances) {
        g_hash_table_unref(v->instances);
    }
    v->claimed = NULL;
    v->instances = NULL;
}

void vof_init(Vof *v, uint64_t top)
{
    drop_tables(v);
    v->claimed = g_array_new(false, false, sizeof(VofClaim));
    v->instances = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
                                         vof_instance_free);
    v->top_addr = MIN(top, 4ULL << 30);   /* client cells are 32-bit */
    v->claimed_base = 0;
    v->last_ihandle = 0;
}

void vof_free(Vof *v)
{
    drop_tables(v);
    g_free(v->bootargs);
    v->bootargs = NULL;
}

static bool range_free(const Vof *v, uint64_t start, uint64_t size)
{
    for (guint i = 0; i < v->claimed->len; i++) {
        const VofClaim *c = &g_array_index(v->claimed, VofClaim, i);
        if (start < c->start + c->size && c->start < start + size) {
            return false;
        }
    }
    return true;
}

uint64_t vof_claim(Vof *v, uint64_t virt, uint64_t size,
                   uint64_t align)
{
    uint64_t at;
    if (!size) {
        return UINT64_MAX;
    }
    if (!align) {
        if (!range_free(v, virt, size)) {
            return UINT64_MAX;
        }
        at = virt;
    } else {
        /* from the base, aligned once, then in steps of size (QEMU's
         * search, which does not realign after a step) */
        v->claimed_base = (v->claimed_base + align - 1) / align * align;
        for (;;) {
            if (v->claimed_base >= v->top_addr) {
                fflush(stdout);
                fprintf(stderr, "farad: Out of RMA memory for the OF "
                        "client\n");
                return UINT64_MAX;
            }
            if (range_free(v, v->claimed_base, size)) {
                break;
            }
            v->claimed_base += size;
        }
        at = v->claimed_base;
    }
    v->claimed_base = MAX(v->claimed_base, at + size);
    VofClaim c = { at, size };
    g_array_append_val(v->claimed, c);
    return at;
}

bool vof_release(Vof *v, uint64_t virt, uint64_t size)
{
    for (guint i = 0; i < v->claimed->len; i++) {
        const VofClaim *c = &g_array_index(v->claimed, VofClaim, i);
        if (c->start == virt && c->size == size) {
            g_array_remove_index(v->claimed, i);
            return true;
        }
    }
    return false;
}

static gint by_start(gconstpointer a, gconstpointer b)
{
    uint64_t x = ((const VofClaim *)a)->start, y = ((const VofClaim *)b)->start;
    return x < y ? -1 : x > y;
}

/* Store a number of cells (1 or 2) big-endian at p; returns the end. */
static uint8_t *put_cells(uint8_t *p, int cells, uint64_t v)
{
    if (cells == 2) {
        fdt64_t x = cpu_to_fdt64(v);
        memcpy(p, &x, 8);
    } else {
        fdt32_t x = cpu_to_fdt32((uint32_t)v);
        memcpy(p, &x, 4);
    }
    return p + 4 * cells;
}

bool vof_dt_available(Vof *v, void *fdt)
{
    int ac = fdt_address_cells(fdt, 0), sc = fdt_size_cells(fdt, 0);
    int mem = fdt_path_offset(fdt, "/memory@0"), len = 0;
    const uint8_t *reg = mem >= 0 ? fdt_getprop(fdt, mem, "reg", &len) : NULL;
    if ((ac != 1 && ac != 2) || (sc != 1 && sc != 2) || !reg ||
        len != 4 * (ac + sc) || !v->claimed->len) {
        return false;
    }
    uint64_t mem_end = sc == 2 ? fdt64_ld((const fdt64_t *)(reg + 4 * ac))
                               : fdt32_ld((const fdt32_t *)(reg + 4 * ac));
    g_array_sort(v->claimed, by_start);
    /* one (start, size) per claim: from its end to the next claim's
     * start, or to the end of the first memory block; empty gaps are
     * listed too */
    uint8_t *avail = g_malloc0(4 * (size_t)(ac + sc) * v->claimed->len);
    uint8_t *p = avail;
    for (guint i = 0; i < v->claimed->len; i++) {
        const VofClaim *c = &g_array_index(v->claimed, VofClaim, i);
        uint64_t start = c->start + c->size;
        uint64_t end = i + 1 < v->claimed->len
            ? g_array_index(v->claimed, VofClaim, i + 1).start : mem_end;
        p = put_cells(p, ac, start);
        p = put_cells(p, sc, end - start);
    }
    bool ok = fdt_setprop(fdt, mem, "available", avail, (int)(p - avail)) == 0;
    g_free(avail);
    return ok;
}
