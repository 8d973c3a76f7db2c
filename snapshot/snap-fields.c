/* SPDX-License-Identifier: MIT */
/*
 * The generic SnapSection walker: flattens a described object into named
 * values for saving, checks received values against a live object
 * without writing anything (versions, presence, types, sizes, EQUAL
 * fields), applies checked values, hashes sections, and checks that a
 * description covers every byte of its struct.
 */
#include <string.h>

#include "snap-int.h"

#define VARRAY_MAX 65536   /* sanity bound on a varray's element count */

static const char *const kind_names[] = {
    [SV_U8] = "u8", [SV_U16] = "u16", [SV_U32] = "u32", [SV_U64] = "u64",
    [SV_BOOL] = "bool", [SV_I32] = "i32", [SV_I64] = "i64",
    [SV_BYTES] = "bytes",
};

const char *snap_kind_name(SnapValKind k)
{
    return (unsigned)k < G_N_ELEMENTS(kind_names) ? kind_names[k] : "?";
}

int snap_kind_parse(const char *s)
{
    for (unsigned i = 0; i < G_N_ELEMENTS(kind_names); i++) {
        if (s && !strcmp(s, kind_names[i])) {
            return (int)i;
        }
    }
    return -1;
}

unsigned snap_kind_width(SnapValKind k)
{
    switch (k) {
    case SV_U8: case SV_BOOL: return 1;
    case SV_U16: return 2;
    case SV_U32: case SV_I32: return 4;
    case SV_U64: case SV_I64: return 8;
    default: return 0;
    }
}

static void val_free(gpointer p)
{
    SnapVal *v = p;
    g_free(v->name);
    if (v->bytes) {
        g_bytes_unref(v->bytes);
    }
    g_free(v);
}

GPtrArray *snap_vals_new(void)
{
    return g_ptr_array_new_with_free_func(val_free);
}

void snap_vals_add_u(GPtrArray *v, const char *name, SnapValKind k,
                     uint64_t u)
{
    SnapVal *x = g_new0(SnapVal, 1);
    x->name = g_strdup(name);
    x->kind = k;
    x->u = u;
    g_ptr_array_add(v, x);
}

void snap_vals_add_bytes(GPtrArray *v, const char *name, const void *p,
                         size_t n)
{
    SnapVal *x = g_new0(SnapVal, 1);
    x->name = g_strdup(name);
    x->kind = SV_BYTES;
    x->bytes = g_bytes_new(p, n);
    g_ptr_array_add(v, x);
}

GHashTable *snap_vals_index(GPtrArray *vals)
{
    GHashTable *h = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < vals->len; i++) {
        SnapVal *v = vals->pdata[i];
        g_hash_table_insert(h, v->name, v);
    }
    return h;
}

/* ---- scalar access ---- */

static SnapValKind scalar_kind(SnapType t)
{
    switch (t) {
    case SNAP_TYPE_U8: return SV_U8;
    case SNAP_TYPE_U16: return SV_U16;
    case SNAP_TYPE_U32: case SNAP_TYPE_U32_ARRAY: return SV_U32;
    case SNAP_TYPE_U64: case SNAP_TYPE_U64_ARRAY: return SV_U64;
    case SNAP_TYPE_BOOL: return SV_BOOL;
    case SNAP_TYPE_I32: return SV_I32;
    case SNAP_TYPE_I64: return SV_I64;
    default: return SV_BYTES;
    }
}

static uint64_t read_scalar(const void *p, SnapValKind k)
{
    switch (k) {
    case SV_U8: return *(const uint8_t *)p;
    case SV_BOOL: return *(const bool *)p ? 1 : 0;
    case SV_U16: { uint16_t x; memcpy(&x, p, 2); return x; }
    case SV_U32: { uint32_t x; memcpy(&x, p, 4); return x; }
    case SV_I32: { int32_t x; memcpy(&x, p, 4); return (uint64_t)(int64_t)x; }
    default: { uint64_t x; memcpy(&x, p, 8); return x; }
    }
}

static void write_scalar(void *p, SnapValKind k, uint64_t v)
{
    switch (k) {
    case SV_U8: *(uint8_t *)p = (uint8_t)v; break;
    case SV_BOOL: *(bool *)p = v != 0; break;
    case SV_U16: { uint16_t x = (uint16_t)v; memcpy(p, &x, 2); break; }
    case SV_U32: case SV_I32: { uint32_t x = (uint32_t)v; memcpy(p, &x, 4);
                                break; }
    default: memcpy(p, &v, 8); break;
    }
}

/* Value truncated to the kind's width (for comparisons and display). */
static uint64_t kind_mask(SnapValKind k, uint64_t v)
{
    unsigned w = snap_kind_width(k);
    return w >= 8 ? v : v & ((1ULL << (8 * w)) - 1);
}

/* The count field of a varray: its kind (i32 or u32). */
static SnapValKind count_kind(const SnapSection *sec, const SnapField *vf,
                              const char **name)
{
    for (const SnapField *f = sec->fields; f->name; f++) {
        if (f->offset == vf->count_offset && f != vf &&
            f->type != SNAP_TYPE_STRUCT_VARRAY) {
            *name = f->name;
            return f->type == SNAP_TYPE_I32 ? SV_I32 : SV_U32;
        }
    }
    *name = NULL;
    return SV_I32;
}

static int64_t varray_count(const void *base, const SnapSection *sec,
                            const SnapField *f)
{
    const char *n;
    SnapValKind k = count_kind(sec, f, &n);
    uint64_t v = read_scalar((const uint8_t *)base + f->count_offset, k);
    return k == SV_I32 ? (int64_t)v : (int64_t)(uint32_t)v;
}

/* ---- save ---- */

static void save_fields(const SnapSection *sec, void *base, const char *pre,
                        GPtrArray *out)
{
    uint8_t *b = base;
    for (const SnapField *f = sec->fields; f->name; f++) {
        if ((f->flags & SNAP_F_DERIVED) || (f->test && !f->test(base))) {
            continue;
        }
        g_autofree char *name = g_strconcat(pre, f->name, NULL);
        switch (f->type) {
        case SNAP_TYPE_BYTES:
            snap_vals_add_bytes(out, name, b + f->offset, f->count);
            break;
        case SNAP_TYPE_BUFFER: {
            uint32_t len;
            memcpy(&len, b + f->count_offset, 4);
            uint8_t *p = *(uint8_t **)(b + f->offset);
            snap_vals_add_bytes(out, name, p, p ? len : 0);
            break;
        }
        case SNAP_TYPE_U64_ARRAY:
        case SNAP_TYPE_U32_ARRAY: {
            SnapValKind k = scalar_kind(f->type);
            unsigned w = snap_kind_width(k);
            for (uint32_t i = 0; i < f->count; i++) {
                g_autofree char *n = g_strdup_printf("%s[%u]", name, i);
                snap_vals_add_u(out, n, k, read_scalar(b + f->offset + w * i,
                                                       k));
            }
            break;
        }
        case SNAP_TYPE_STRUCT:
            for (uint32_t i = 0; i < f->count; i++) {
                g_autofree char *p = g_strdup_printf("%s[%u].", name, i);
                save_fields(f->elem, b + f->offset + i * f->elem_size, p, out);
            }
            break;
        case SNAP_TYPE_STRUCT_VARRAY: {
            int64_t n = varray_count(base, sec, f);
            uint8_t *arr = *(uint8_t **)(b + f->offset);
            for (int64_t i = 0; arr && i < n; i++) {
                g_autofree char *p = g_strdup_printf("%s[%" G_GINT64_FORMAT
                                                     "].", name, i);
                save_fields(f->elem, arr + i * f->elem_size, p, out);
            }
            break;
        }
        default: {
            SnapValKind k = scalar_kind(f->type);
            snap_vals_add_u(out, name, k, read_scalar(b + f->offset, k));
            break;
        }
        }
    }
}

void snap_section_save(const SnapSection *sec, void *base, GPtrArray *out)
{
    if (sec->pre_save) {
        sec->pre_save(base);
    }
    save_fields(sec, base, "", out);
}

/* ---- check ---- */

typedef struct CheckCtx {
    const char *secname;
    GHashTable *vals;
    GHashTable *seen;
    const SnapCheckOpts *o;
    GError **err;
} CheckCtx;

static SnapVal *want(CheckCtx *c, const char *name, SnapValKind k,
                     bool bytes)
{
    SnapVal *v = g_hash_table_lookup(c->vals, name);
    if (!v) {
        g_set_error(c->err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: field %s is missing from the snapshot", c->secname,
                    name);
        return NULL;
    }
    if ((bytes && v->kind != SV_BYTES) || (!bytes && v->kind != k)) {
        g_set_error(c->err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: field %s has type %s in the snapshot, %s expected",
                    c->secname, name, snap_kind_name(v->kind),
                    bytes ? "bytes" : snap_kind_name(k));
        return NULL;
    }
    g_hash_table_add(c->seen, v->name);
    return v;
}

static bool check_equal(CheckCtx *c, const char *name, SnapValKind k,
                        uint64_t local, uint64_t got)
{
    local = kind_mask(k, local);
    got = kind_mask(k, got);
    if (local == got) {
        return true;
    }
    const char *shown = name;
    if (c->o && c->o->legacy_strict && g_str_has_prefix(name, "mig_")) {
        shown = name + 4;   /* the pre-2.8 field name */
    }
    g_set_error(c->err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                "%s: %s: %llx != %llx (local != received)", c->secname,
                shown, (unsigned long long)local, (unsigned long long)got);
    return false;
}

/* SNAP_F_SUBSET: got's bits among local's. */
static bool check_subset(CheckCtx *c, const char *name, SnapValKind k,
                         uint64_t local, uint64_t got)
{
    local = kind_mask(k, local);
    got = kind_mask(k, got);
    if (!(got & ~local)) {
        return true;
    }
    g_set_error(c->err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                "%s: %s: %llx has bits %llx that this machine's %llx lacks",
                c->secname, name, (unsigned long long)got,
                (unsigned long long)(got & ~local), (unsigned long long)local);
    return false;
}

/* base NULL: elements of a varray (no live counterpart: no EQUAL). */
/* Was `name` (a stored field, maybe "x[3]" or "x[3].y") a field that
 * older versions of sec wrote and this build dropped? */
static bool field_removed(const SnapSection *sec, const char *name)
{
    for (const char *const *r = sec->removed; r && *r; r++) {
        size_t n = strlen(*r);
        if (!strncmp(name, *r, n) &&
            (name[n] == 0 || name[n] == '[' || name[n] == '.')) {
            return true;
        }
    }
    return false;
}

/* A SNAP_F_RANGE field's stored value u within f->lo..f->hi? */
static bool check_range(CheckCtx *c, const char *name, const SnapField *f,
                        SnapValKind k, uint64_t u)
{
    bool sgn = k == SV_I32 || k == SV_I64;
    int64_t s = k == SV_I32 ? (int64_t)(int32_t)u : (int64_t)u;
    bool in = sgn ? s >= f->lo && s <= f->hi
                  : f->lo >= 0 && u >= (uint64_t)f->lo && u <= (uint64_t)f->hi;
    if (!in) {
        g_set_error(c->err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    sgn ? "%s: field %s is %" G_GINT64_FORMAT ", out of range "
                          "(%" G_GINT64_FORMAT "..%" G_GINT64_FORMAT ")"
                        : "%s: field %s is %" G_GUINT64_FORMAT ", out of range "
                          "(%" G_GINT64_FORMAT "..%" G_GINT64_FORMAT ")",
                    c->secname, name, sgn ? (uint64_t)s : u, f->lo, f->hi);
    }
    return in;
}

static bool check_fields(CheckCtx *c, const SnapSection *sec, void *base,
                         const char *pre, uint32_t version)
{
    uint8_t *b = base;
    for (const SnapField *f = sec->fields; f->name; f++) {
        if ((f->flags & SNAP_F_DERIVED) || (base && f->test && !f->test(base))
            || f->since > version) {
            continue;
        }
        g_autofree char *name = g_strconcat(pre, f->name, NULL);
        bool cmp = base && ((f->flags & SNAP_F_EQUAL) ||
                            ((f->flags & SNAP_F_COMPAT) && c->o &&
                             c->o->legacy_strict));
        SnapVal *v;
        switch (f->type) {
        case SNAP_TYPE_BYTES:
            if (!(v = want(c, name, SV_BYTES, true))) {
                return false;
            }
            if (g_bytes_get_size(v->bytes) != f->count) {
                g_set_error(c->err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                            "%s: field %s has %zu bytes, %u expected",
                            c->secname, name, g_bytes_get_size(v->bytes),
                            f->count);
                return false;
            }
            break;
        case SNAP_TYPE_BUFFER: {
            if (!(v = want(c, name, SV_BYTES, true))) {
                return false;
            }
            uint32_t len = 0;
            if (base) {
                memcpy(&len, b + f->count_offset, 4);
            }
            if (!base || (g_bytes_get_size(v->bytes) != len &&
                          !(f->flags & SNAP_F_ALLOC))) {
                g_set_error(c->err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                            "%s: field %s has %zu bytes, this machine has %u",
                            c->secname, name, g_bytes_get_size(v->bytes), len);
                return false;
            }
            break;
        }
        case SNAP_TYPE_U64_ARRAY:
        case SNAP_TYPE_U32_ARRAY: {
            SnapValKind k = scalar_kind(f->type);
            unsigned w = snap_kind_width(k);
            for (uint32_t i = 0; i < f->count; i++) {
                g_autofree char *n = g_strdup_printf("%s[%u]", name, i);
                if (!(v = want(c, n, k, false)) ||
                    (cmp && !check_equal(c, n, k,
                                         read_scalar(b + f->offset + w * i,
                                                     k), v->u))) {
                    return false;
                }
            }
            break;
        }
        case SNAP_TYPE_STRUCT:
            for (uint32_t i = 0; i < f->count; i++) {
                g_autofree char *p = g_strdup_printf("%s[%u].", name, i);
                if (!check_fields(c, f->elem, base ? b + f->offset +
                                  i * f->elem_size : NULL, p,
                                  f->elem->version)) {
                    return false;
                }
            }
            break;
        case SNAP_TYPE_STRUCT_VARRAY: {
            const char *cn;
            SnapValKind ck = count_kind(sec, f, &cn);
            g_autofree char *cname = g_strconcat(pre, cn ? cn : "?", NULL);
            SnapVal *cv = g_hash_table_lookup(c->vals, cname);
            int64_t n = cv ? (ck == SV_I32 ? (int64_t)cv->u
                                           : (int64_t)(uint32_t)cv->u) : 0;
            if (n < 0 || n > VARRAY_MAX) {
                g_set_error(c->err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                            "%s: %s count %" G_GINT64_FORMAT " out of range",
                            c->secname, name, n);
                return false;
            }
            for (int64_t i = 0; i < n; i++) {
                g_autofree char *p = g_strdup_printf("%s[%" G_GINT64_FORMAT
                                                     "].", name, i);
                if (!check_fields(c, f->elem, NULL, p, f->elem->version)) {
                    return false;
                }
            }
            break;
        }
        default: {
            SnapValKind k = scalar_kind(f->type);
            if (!(v = want(c, name, k, false)) ||
                (cmp && !check_equal(c, name, k, read_scalar(b + f->offset, k),
                                     v->u)) ||
                (base && (f->flags & SNAP_F_SUBSET) &&
                 !check_subset(c, name, k, read_scalar(b + f->offset, k),
                               v->u)) ||
                ((f->flags & SNAP_F_RANGE) && !check_range(c, name, f, k,
                                                           v->u))) {
                return false;
            }
            break;
        }
        }
    }
    return true;
}

bool snap_section_check(const SnapSection *sec, void *base, uint32_t version,
                        GHashTable *vals, const SnapCheckOpts *o,
                        GError **err)
{
    if (version > sec->version) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: section version %u is too new (this build loads "
                    "%u..%u)", sec->name, version, sec->min_version,
                    sec->version);
        return false;
    }
    if (version < sec->min_version) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: section version %u is too old (this build loads "
                    "%u..%u)", sec->name, version, sec->min_version,
                    sec->version);
        return false;
    }
    CheckCtx c = { .secname = sec->name, .vals = vals, .o = o, .err = err,
                   .seen = g_hash_table_new(g_str_hash, g_str_equal) };
    bool ok = check_fields(&c, sec, base, "", version);
    if (ok && g_hash_table_size(c.seen) != g_hash_table_size(vals)) {
        GHashTableIter it;
        gpointer k;
        g_hash_table_iter_init(&it, vals);
        while (g_hash_table_iter_next(&it, &k, NULL)) {
            if (!g_hash_table_contains(c.seen, k) &&
                !field_removed(sec, (const char *)k)) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                            "%s: field %s in the snapshot is not part of "
                            "this machine's section (version %u)", sec->name,
                            (const char *)k, version);
                ok = false;
                break;
            }
        }
    }
    g_hash_table_destroy(c.seen);
    return ok;
}

/* ---- apply ---- */

static void apply_fields(const SnapSection *sec, void *base, const char *pre,
                         uint32_t version, GHashTable *vals)
{
    uint8_t *b = base;
    for (const SnapField *f = sec->fields; f->name; f++) {
        if ((f->flags & (SNAP_F_DERIVED | SNAP_F_COMPAT)) ||
            (f->test && !f->test(base)) || f->since > version) {
            continue;   /* COMPAT values are read and ignored */
        }
        g_autofree char *name = g_strconcat(pre, f->name, NULL);
        SnapVal *v;
        switch (f->type) {
        case SNAP_TYPE_BYTES:
            v = g_hash_table_lookup(vals, name);
            memcpy(b + f->offset, g_bytes_get_data(v->bytes, NULL), f->count);
            break;
        case SNAP_TYPE_BUFFER: {
            v = g_hash_table_lookup(vals, name);
            gsize n;
            const void *p = g_bytes_get_data(v->bytes, &n);
            uint8_t **buf = (uint8_t **)(b + f->offset);
            if (f->flags & SNAP_F_ALLOC) {
                uint32_t len = (uint32_t)n;
                g_free(*buf);
                *buf = n ? g_malloc(n) : NULL;
                memcpy(b + f->count_offset, &len, 4);
            }
            if (n) {
                memcpy(*buf, p, n);
            }
            break;
        }
        case SNAP_TYPE_U64_ARRAY:
        case SNAP_TYPE_U32_ARRAY: {
            SnapValKind k = scalar_kind(f->type);
            unsigned w = snap_kind_width(k);
            for (uint32_t i = 0; i < f->count; i++) {
                g_autofree char *n = g_strdup_printf("%s[%u]", name, i);
                v = g_hash_table_lookup(vals, n);
                write_scalar(b + f->offset + w * i, k, v->u);
            }
            break;
        }
        case SNAP_TYPE_STRUCT:
            for (uint32_t i = 0; i < f->count; i++) {
                g_autofree char *p = g_strdup_printf("%s[%u].", name, i);
                apply_fields(f->elem, b + f->offset + i * f->elem_size, p,
                             f->elem->version, vals);
            }
            break;
        case SNAP_TYPE_STRUCT_VARRAY: {
            int64_t n = varray_count(base, sec, f);  /* count applied first */
            void **slot = (void **)(b + f->offset);
            g_free(*slot);
            *slot = n > 0 ? g_malloc0((size_t)n * f->elem_size) : NULL;
            for (int64_t i = 0; i < n; i++) {
                g_autofree char *p = g_strdup_printf("%s[%" G_GINT64_FORMAT
                                                     "].", name, i);
                apply_fields(f->elem, (uint8_t *)*slot + i * f->elem_size, p,
                             f->elem->version, vals);
            }
            break;
        }
        default:
            v = g_hash_table_lookup(vals, name);
            write_scalar(b + f->offset, scalar_kind(f->type), v->u);
            break;
        }
    }
}

void snap_section_apply(const SnapSection *sec, void *base, uint32_t version,
                        GHashTable *vals)
{
    apply_fields(sec, base, "", version, vals);
    if (sec->post_load) {
        sec->post_load(base);
    }
}

/* ---- hashing ---- */

static void hash_u64(GChecksum *c, uint64_t v)
{
    uint8_t b[8];
    for (int i = 0; i < 8; i++) {
        b[i] = (uint8_t)(v >> (8 * i));
    }
    g_checksum_update(c, b, 8);
}

void snap_hash_section(GChecksum *c, const char *name, uint32_t instance,
                       uint32_t version, GPtrArray *vals)
{
    g_checksum_update(c, (const guchar *)name, (gssize)strlen(name) + 1);
    hash_u64(c, instance);
    hash_u64(c, version);
    for (guint i = 0; i < vals->len; i++) {
        SnapVal *v = vals->pdata[i];
        g_checksum_update(c, (const guchar *)v->name,
                          (gssize)strlen(v->name) + 1);
        uint8_t k = (uint8_t)v->kind;
        g_checksum_update(c, &k, 1);
        if (v->kind == SV_BYTES) {
            gsize n;
            const guchar *p = g_bytes_get_data(v->bytes, &n);
            hash_u64(c, n);
            if (n) {
                g_checksum_update(c, p, (gssize)n);
            }
        } else {
            hash_u64(c, kind_mask(v->kind, v->u));
        }
    }
}

/* ---- coverage ---- */

typedef struct Span {
    size_t off, len;
    const char *name;
} Span;

static int span_cmp(const void *a, const void *b)
{
    const Span *x = a, *y = b;
    return x->off < y->off ? -1 : x->off > y->off;
}

static size_t field_bytes(const SnapField *f)
{
    switch (f->type) {
    case SNAP_TYPE_BYTES: return f->count;
    case SNAP_TYPE_BUFFER: case SNAP_TYPE_STRUCT_VARRAY: return sizeof(void *);
    case SNAP_TYPE_U64_ARRAY: return 8u * f->count;
    case SNAP_TYPE_U32_ARRAY: return 4u * f->count;
    case SNAP_TYPE_STRUCT: return f->count * f->elem_size;
    default: return snap_kind_width(scalar_kind(f->type));
    }
}

bool snap_section_covers(const SnapSection *sec, size_t size, GError **err)
{
    GArray *s = g_array_new(FALSE, FALSE, sizeof(Span));
    for (const SnapField *f = sec->fields; f->name; f++) {
        Span x = { f->offset, field_bytes(f), f->name };
        g_array_append_val(s, x);
    }
    g_array_sort(s, span_cmp);
    size_t pos = 0;
    const char *prev = "(start)";
    bool ok = true;
    for (guint i = 0; i < s->len && ok; i++) {
        Span *x = &g_array_index(s, Span, i);
        /* the member's alignment: largest power of two <= 8 dividing off */
        size_t align = 8;
        while (align > 1 && x->off % align) {
            align /= 2;
        }
        if (x->off < pos) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: field %s overlaps %s", sec->name, x->name, prev);
            ok = false;
        } else if (x->off - pos >= align || (pos + align - 1) / align * align
                   != x->off) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: bytes %zu..%zu (after %s) are neither saved nor "
                        "marked derived", sec->name, pos, x->off - 1, prev);
            ok = false;
        }
        pos = x->off + x->len;
        prev = x->name;
    }
    if (ok && (size < pos || size - pos >= 8)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: bytes %zu..%zu (after %s) are neither saved nor "
                    "marked derived", sec->name, pos, size - 1, prev);
        ok = false;
    }
    g_array_free(s, TRUE);
    return ok;
}
