/* SPDX-License-Identifier: MIT */
/*
 * QEMU's vmstate wire format for a described section (spec/
 * phb-migration.md §5-6): fields in description order, big-endian,
 * nested structs inline, fields whose test is false left out, varrays
 * counted by an earlier field; and the SECTION_FULL framing around it
 * (0x04, section id, idstr, instance, version ... footer 0x7e + id).
 * Encoding works from flattened values, so a section stored in a
 * snapshot database exports without a machine.
 */
#include <string.h>

#include "snap-wire.h"

/* ---- encode ---- */

static void put_be(GByteArray *b, uint64_t v, unsigned w)
{
    uint8_t t[8];
    for (unsigned i = 0; i < w; i++) {
        t[i] = (uint8_t)(v >> (8 * (w - 1 - i)));
    }
    g_byte_array_append(b, t, w);
}

static SnapValKind elem_kind(SnapType t)
{
    switch (t) {
    case SNAP_TYPE_U8: return SV_U8;
    case SNAP_TYPE_U16: return SV_U16;
    case SNAP_TYPE_U32: case SNAP_TYPE_U32_ARRAY: return SV_U32;
    case SNAP_TYPE_BOOL: return SV_BOOL;
    case SNAP_TYPE_I32: return SV_I32;
    case SNAP_TYPE_I64: return SV_I64;
    default: return SV_U64;
    }
}

static bool enc_fields(const SnapSection *sec, GHashTable *vals,
                       const char *pre, GByteArray *b, GError **err)
{
    for (const SnapField *f = sec->fields; f->name; f++) {
        if (f->flags & SNAP_F_DERIVED) {
            continue;
        }
        g_autofree char *name = g_strconcat(pre, f->name, NULL);
        switch (f->type) {
        case SNAP_TYPE_BYTES:
        case SNAP_TYPE_BUFFER: {
            SnapVal *v = g_hash_table_lookup(vals, name);
            if (v) {
                gsize n;
                const guint8 *p = g_bytes_get_data(v->bytes, &n);
                g_byte_array_append(b, p, (guint)n);
            }
            break;
        }
        case SNAP_TYPE_U64_ARRAY:
        case SNAP_TYPE_U32_ARRAY:
            for (uint32_t i = 0; i < f->count; i++) {
                g_autofree char *n = g_strdup_printf("%s[%u]", name, i);
                SnapVal *v = g_hash_table_lookup(vals, n);
                if (v) {
                    put_be(b, v->u, snap_kind_width(elem_kind(f->type)));
                }
            }
            break;
        case SNAP_TYPE_STRUCT:
            for (uint32_t i = 0; i < f->count; i++) {
                g_autofree char *p = g_strdup_printf("%s[%u].", name, i);
                if (!enc_fields(f->elem, vals, p, b, err)) {
                    return false;
                }
            }
            break;
        case SNAP_TYPE_STRUCT_VARRAY:
            for (uint32_t i = 0;; i++) {
                g_autofree char *p = g_strdup_printf("%s[%u].", name, i);
                g_autofree char *first = g_strconcat(p, f->elem->fields[0].name,
                                                     NULL);
                if (!g_hash_table_contains(vals, first)) {
                    break;
                }
                if (!enc_fields(f->elem, vals, p, b, err)) {
                    return false;
                }
            }
            break;
        default: {
            SnapVal *v = g_hash_table_lookup(vals, name);
            if (v) {   /* absent: its test was false when saved */
                put_be(b, v->u, snap_kind_width(elem_kind(f->type)));
            }
            break;
        }
        }
    }
    return true;
}

GByteArray *snap_wire_encode_vals(const SnapSection *sec, GPtrArray *vals)
{
    GHashTable *idx = snap_vals_index(vals);
    GByteArray *b = g_byte_array_new();
    enc_fields(sec, idx, "", b, NULL);
    g_hash_table_destroy(idx);
    return b;
}

GByteArray *snap_wire_encode(const SnapSection *sec, void *base)
{
    GPtrArray *v = snap_vals_new();
    snap_section_save(sec, base, v);
    GByteArray *b = snap_wire_encode_vals(sec, v);
    g_ptr_array_unref(v);
    return b;
}

/* ---- decode ---- */

typedef struct Rd {
    const uint8_t *p;
    size_t len, pos;
    const char *secname;
    GError **err;
} Rd;

static bool get_be(Rd *r, unsigned w, uint64_t *v, const char *name)
{
    if (r->len - r->pos < w) {
        g_set_error(r->err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: section ends inside field %s (offset %zu)",
                    r->secname, name, r->pos);
        return false;
    }
    uint64_t x = 0;
    for (unsigned i = 0; i < w; i++) {
        x = (x << 8) | r->p[r->pos++];
    }
    *v = x;
    return true;
}

static bool dec_fields(Rd *r, const SnapSection *sec, void *base,
                       const char *pre, GPtrArray *out)
{
    for (const SnapField *f = sec->fields; f->name; f++) {
        if ((f->flags & SNAP_F_DERIVED) || (base && f->test && !f->test(base))) {
            continue;
        }
        g_autofree char *name = g_strconcat(pre, f->name, NULL);
        uint64_t v;
        switch (f->type) {
        case SNAP_TYPE_BYTES:
            if (r->len - r->pos < f->count) {
                return get_be(r, 9, &v, name);   /* reports the overrun */
            }
            snap_vals_add_bytes(out, name, r->p + r->pos, f->count);
            r->pos += f->count;
            break;
        case SNAP_TYPE_BUFFER: {
            uint32_t n = 0;
            if (base) {
                memcpy(&n, (uint8_t *)base + f->count_offset, 4);
            }
            if (r->len - r->pos < n) {
                return get_be(r, 9, &v, name);
            }
            snap_vals_add_bytes(out, name, r->p + r->pos, n);
            r->pos += n;
            break;
        }
        case SNAP_TYPE_U64_ARRAY:
        case SNAP_TYPE_U32_ARRAY: {
            SnapValKind k = elem_kind(f->type);
            for (uint32_t i = 0; i < f->count; i++) {
                g_autofree char *n = g_strdup_printf("%s[%u]", name, i);
                if (!get_be(r, snap_kind_width(k), &v, n)) {
                    return false;
                }
                snap_vals_add_u(out, n, k, v);
            }
            break;
        }
        case SNAP_TYPE_STRUCT:
            for (uint32_t i = 0; i < f->count; i++) {
                g_autofree char *p = g_strdup_printf("%s[%u].", name, i);
                if (!dec_fields(r, f->elem, base ? (uint8_t *)base + f->offset
                                + i * f->elem_size : NULL, p, out)) {
                    return false;
                }
            }
            break;
        case SNAP_TYPE_STRUCT_VARRAY: {
            /* the count is the field at count_offset, decoded earlier */
            int64_t n = -1;
            for (const SnapField *c = sec->fields; c->name; c++) {
                if (c->offset == f->count_offset && c != f) {
                    g_autofree char *cn = g_strconcat(pre, c->name, NULL);
                    for (guint k = 0; k < out->len; k++) {
                        SnapVal *x = out->pdata[k];
                        if (!strcmp(x->name, cn)) {
                            n = c->type == SNAP_TYPE_I32 ? (int32_t)x->u
                                                         : (int64_t)x->u;
                        }
                    }
                }
            }
            if (n < 0 || n > 65536) {
                g_set_error(r->err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                            "%s: %s count %" G_GINT64_FORMAT " is invalid",
                            r->secname, name, n);
                return false;
            }
            for (int64_t i = 0; i < n; i++) {
                g_autofree char *p = g_strdup_printf("%s[%" G_GINT64_FORMAT
                                                     "].", name, i);
                if (!dec_fields(r, f->elem, NULL, p, out)) {
                    return false;
                }
            }
            break;
        }
        default: {
            SnapValKind k = elem_kind(f->type);
            if (!get_be(r, snap_kind_width(k), &v, name)) {
                return false;
            }
            if (k == SV_I32) {
                v = (uint64_t)(int64_t)(int32_t)v;
            }
            snap_vals_add_u(out, name, k, v);
            break;
        }
        }
    }
    return true;
}

bool snap_wire_decode(const SnapSection *sec, void *base, const uint8_t *p,
                      size_t len, GPtrArray *out, size_t *used, GError **err)
{
    Rd r = { .p = p, .len = len, .secname = sec->name, .err = err };
    if (!dec_fields(&r, sec, base, "", out)) {
        return false;
    }
    if (used) {
        *used = r.pos;
    } else if (r.pos != len) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: %zu bytes left after the last field", sec->name,
                    len - r.pos);
        return false;
    }
    return true;
}

/* ---- SECTION_FULL framing ---- */

GByteArray *snap_wire_section(const char *idstr, uint32_t section_id,
                              uint32_t instance, uint32_t version,
                              const GByteArray *payload, bool footer)
{
    GByteArray *b = g_byte_array_new();
    put_be(b, 0x04, 1);
    put_be(b, section_id, 4);
    put_be(b, strlen(idstr), 1);
    g_byte_array_append(b, (const guint8 *)idstr, (guint)strlen(idstr));
    put_be(b, instance, 4);
    put_be(b, version, 4);
    g_byte_array_append(b, payload->data, payload->len);
    if (footer) {
        put_be(b, 0x7e, 1);
        put_be(b, section_id, 4);
    }
    return b;
}

bool snap_wire_parse_section(const uint8_t *p, size_t len, SnapWireSection *s,
                             GError **err)
{
    Rd r = { .p = p, .len = len, .secname = "section header", .err = err };
    uint64_t t, id, n, inst, ver;
    if (!get_be(&r, 1, &t, "type") || !get_be(&r, 4, &id, "section_id") ||
        !get_be(&r, 1, &n, "idstr length")) {
        return false;
    }
    if (t != 0x04 && t != 0x01) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "not a QEMU SECTION_FULL/START header (type 0x%02x)",
                    (unsigned)t);
        return false;
    }
    if (len - r.pos < n) {
        return get_be(&r, 9, &t, "idstr");
    }
    s->idstr = g_strndup((const char *)p + r.pos, n);
    r.pos += n;
    if (!get_be(&r, 4, &inst, "instance_id") ||
        !get_be(&r, 4, &ver, "version_id")) {
        g_clear_pointer(&s->idstr, g_free);
        return false;
    }
    s->section_id = (uint32_t)id;
    s->instance = (uint32_t)inst;
    s->version = (uint32_t)ver;
    s->payload = p + r.pos;
    s->payload_len = len - r.pos;
    /* a footer (0x7e + the same id) at the end is not payload */
    if (s->payload_len >= 5 && p[len - 5] == 0x7e &&
        ((uint32_t)p[len - 4] << 24 | (uint32_t)p[len - 3] << 16 |
         (uint32_t)p[len - 2] << 8 | p[len - 1]) == s->section_id) {
        s->payload_len -= 5;
    }
    return true;
}
