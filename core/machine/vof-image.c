/* SPDX-License-Identifier: MIT */
/*
 * The VOF state as one byte image for snapshots (section spapr/vof):
 * the firmware size, claim limit and base, every claim, every open
 * instance (by ihandle), the client's bootargs and the live device tree
 * the client reads and changes. Big-endian fields; instances sorted by
 * ihandle so that equal states give equal images.
 */
#include <libfdt.h>
#include <stdio.h>

#include "vof.h"

static void put32(GByteArray *b, uint32_t v)
{
    uint8_t x[4] = { v >> 24, v >> 16, v >> 8, v };
    g_byte_array_append(b, x, 4);
}

static void put64(GByteArray *b, uint64_t v)
{
    put32(b, (uint32_t)(v >> 32));
    put32(b, (uint32_t)v);
}

static void put_bytes(GByteArray *b, const void *p, uint32_t n)
{
    put32(b, n);
    g_byte_array_append(b, p, n);
}

static gint by_ihandle(gconstpointer a, gconstpointer b)
{
    guint x = GPOINTER_TO_UINT(*(gconstpointer *)a);
    guint y = GPOINTER_TO_UINT(*(gconstpointer *)b);
    return x < y ? -1 : x > y;
}

uint8_t *vof_image_save(Machine *m, uint32_t *len)
{
    Vof *v = m->spapr->vof;
    GByteArray *b = g_byte_array_new();
    put64(b, v->fw_size);
    put64(b, v->top_addr);
    put64(b, v->claimed_base);
    put32(b, v->last_ihandle);
    put32(b, v->claimed ? v->claimed->len : 0);
    for (guint i = 0; v->claimed && i < v->claimed->len; i++) {
        const VofClaim *c = &g_array_index(v->claimed, VofClaim, i);
        put64(b, c->start);
        put64(b, c->size);
    }
    GPtrArray *keys = g_ptr_array_new();
    if (v->instances) {
        GHashTableIter it;
        gpointer k;
        g_hash_table_iter_init(&it, v->instances);
        while (g_hash_table_iter_next(&it, &k, NULL)) {
            g_ptr_array_add(keys, k);
        }
    }
    g_ptr_array_sort(keys, by_ihandle);
    put32(b, keys->len);
    for (guint i = 0; i < keys->len; i++) {
        const VofInstance *inst =
            g_hash_table_lookup(v->instances, keys->pdata[i]);
        put32(b, GPOINTER_TO_UINT(keys->pdata[i]));
        put32(b, inst->phandle);
        put_bytes(b, inst->path, (uint32_t)strlen(inst->path));
    }
    g_ptr_array_free(keys, TRUE);
    put32(b, v->bootargs ? 1 : 0);
    put_bytes(b, v->bootargs ? v->bootargs : "",
              v->bootargs ? (uint32_t)strlen(v->bootargs) : 0);
    /* the tree packed; whether it had room to grow (before quiesce) */
    uint32_t size = fdt_totalsize(m->fdt);
    uint8_t *packed = g_memdup2(m->fdt, size);
    fdt_pack(packed);
    put32(b, size == VOF_FDT_SIZE);
    put_bytes(b, packed, fdt_totalsize(packed));
    g_free(packed);
    *len = b->len;
    return g_byte_array_free(b, FALSE);
}

/* A cursor over an image; ok turns false at the first short read. */
typedef struct Reader {
    const uint8_t *p, *end;
    bool ok;
} Reader;

static uint32_t get32(Reader *r)
{
    if (r->end - r->p < 4) {
        r->ok = false;
        return 0;
    }
    uint32_t v = (uint32_t)r->p[0] << 24 | (uint32_t)r->p[1] << 16 |
                 (uint32_t)r->p[2] << 8 | r->p[3];
    r->p += 4;
    return v;
}

static uint64_t get64(Reader *r)
{
    uint64_t hi = get32(r);
    return hi << 32 | get32(r);
}

/* n bytes (a length first), or NULL. */
static const uint8_t *get_bytes(Reader *r, uint32_t *n)
{
    *n = get32(r);
    if (!r->ok || (uint64_t)(r->end - r->p) < *n) {
        r->ok = false;
        return NULL;
    }
    const uint8_t *p = r->p;
    r->p += *n;
    return p;
}

bool vof_image_load(Machine *m, const uint8_t *img, uint32_t len)
{
    Vof *v = m->spapr->vof, n = { 0 };
    Reader r = { img, img + len, true };
    vof_init(&n, 0);
    n.fw_size = get64(&r);
    n.top_addr = get64(&r);
    n.claimed_base = get64(&r);
    n.last_ihandle = get32(&r);
    for (uint32_t i = 0, c = get32(&r); r.ok && i < c; i++) {
        VofClaim cl;
        cl.start = get64(&r);
        cl.size = get64(&r);
        g_array_append_val(n.claimed, cl);
    }
    for (uint32_t i = 0, c = get32(&r); r.ok && i < c; i++) {
        uint32_t ih = get32(&r), ph = get32(&r), plen;
        const uint8_t *path = get_bytes(&r, &plen);
        if (r.ok) {
            VofInstance *inst = g_new0(VofInstance, 1);
            inst->path = g_strndup((const char *)path, plen);
            inst->phandle = ph;
            g_hash_table_insert(n.instances, GUINT_TO_POINTER(ih), inst);
        }
    }
    uint32_t has_args = get32(&r), alen, flen;
    const uint8_t *args = get_bytes(&r, &alen);
    bool open = get32(&r);
    const uint8_t *fdt = get_bytes(&r, &flen);
    /* the tree, aligned, with its room to grow again if it had some */
    uint8_t *t = g_malloc0(MAX(flen, VOF_FDT_SIZE));
    if (fdt) {
        memcpy(t, fdt, flen);
    }
    if (!r.ok || r.p != r.end || flen < sizeof(struct fdt_header) ||
        fdt_totalsize(t) != flen || fdt_check_header(t) ||
        (open && fdt_open_into(t, t, VOF_FDT_SIZE))) {
        g_free(t);
        vof_free(&n);
        return false;
    }
    if (has_args) {
        n.bootargs = g_strndup((const char *)args, alen);
    }
    vof_free(v);
    *v = n;
    g_free(m->fdt);
    m->fdt = t;
    return true;
}
