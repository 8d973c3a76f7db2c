/* SPDX-License-Identifier: MIT */
/*
 * Reading real QEMU migration streams (spec/phb-migration.md §5.2):
 * optional gzip, the QEVM header, the CONFIGURATION record, the "ram"
 * and "spapr/htab" iterative sections (skipped record by record), and
 * device sections sized from the stream's trailing JSON vmdesc, parsed
 * here with a small JSON reader. The device sections asked for are
 * returned with their payloads.
 */
#include <gio/gio.h>
#include <inttypes.h>
#include <string.h>

#include "snap-wire.h"

enum {
    Q_EOF = 0, Q_START = 1, Q_PART = 2, Q_END = 3, Q_FULL = 4, Q_SUB = 5,
    Q_VMDESC = 6, Q_CONFIG = 7, Q_FOOTER = 0x7e,
};
enum {
    RAM_ZERO = 0x2, RAM_MEMSZ = 0x4, RAM_PAGE = 0x8, RAM_EOS = 0x10,
    RAM_CONT = 0x20, RAM_COMP = 0x100,
};
#define QEMU_PAGE 4096

/* ---- a small JSON reader (objects, arrays, strings, integers) ---- */

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } JType;

typedef struct JNode {
    JType t;
    int64_t num;
    char *str;
    GPtrArray *items;   /* J_ARR / J_OBJ values */
    GPtrArray *keys;    /* J_OBJ keys */
} JNode;

static void jfree(gpointer p)
{
    JNode *n = p;
    if (!n) {
        return;
    }
    g_free(n->str);
    if (n->items) {
        g_ptr_array_unref(n->items);
    }
    if (n->keys) {
        g_ptr_array_unref(n->keys);
    }
    g_free(n);
}

typedef struct JP {
    const char *s, *end;
    int depth;
} JP;

static void jws(JP *j)
{
    while (j->s < j->end && strchr(" \t\r\n", *j->s)) {
        j->s++;
    }
}

static char *jstr(JP *j)
{
    if (j->s >= j->end || *j->s != '"') {
        return NULL;
    }
    j->s++;
    GString *g = g_string_new(NULL);
    while (j->s < j->end && *j->s != '"') {
        char c = *j->s++;
        if (c == '\\' && j->s < j->end) {
            c = *j->s++;
            switch (c) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'u':
                if (j->end - j->s < 4) {
                    g_string_free(g, TRUE);
                    return NULL;
                }
                c = (char)(g_ascii_xdigit_value(j->s[2]) * 16 +
                           g_ascii_xdigit_value(j->s[3]));
                j->s += 4;
                break;
            default: break;   /* \" \\ \/ */
            }
        }
        g_string_append_c(g, c);
    }
    if (j->s >= j->end) {
        g_string_free(g, TRUE);
        return NULL;
    }
    j->s++;
    return g_string_free(g, FALSE);
}

static JNode *jval(JP *j)
{
    jws(j);
    if (j->s >= j->end || ++j->depth > 64) {
        return NULL;
    }
    JNode *n = g_new0(JNode, 1);
    char c = *j->s;
    bool ok = true;
    if (c == '{' || c == '[') {
        n->t = c == '{' ? J_OBJ : J_ARR;
        n->items = g_ptr_array_new_with_free_func(jfree);
        if (c == '{') {
            n->keys = g_ptr_array_new_with_free_func(g_free);
        }
        j->s++;
        jws(j);
        char close = c == '{' ? '}' : ']';
        if (j->s < j->end && *j->s == close) {
            j->s++;
        } else {
            for (;;) {
                if (c == '{') {
                    jws(j);
                    char *k = jstr(j);
                    jws(j);
                    if (!k || j->s >= j->end || *j->s != ':') {
                        g_free(k);
                        ok = false;
                        break;
                    }
                    j->s++;
                    g_ptr_array_add(n->keys, k);
                }
                JNode *v = jval(j);
                if (!v) {
                    ok = false;
                    break;
                }
                g_ptr_array_add(n->items, v);
                jws(j);
                if (j->s < j->end && *j->s == ',') {
                    j->s++;
                    continue;
                }
                ok = j->s < j->end && *j->s == close;
                j->s++;
                break;
            }
        }
    } else if (c == '"') {
        n->t = J_STR;
        ok = (n->str = jstr(j)) != NULL;
    } else if (c == '-' || g_ascii_isdigit(c)) {
        n->t = J_NUM;
        char *e;
        n->num = g_ascii_strtoll(j->s, &e, 10);
        j->s = e;
        while (j->s < j->end && strchr(".eE+-0123456789", *j->s)) {
            j->s++;   /* fractions are not used by vmdesc */
        }
    } else if (!strncmp(j->s, "true", 4) || !strncmp(j->s, "null", 4)) {
        n->t = c == 't' ? J_BOOL : J_NULL;
        n->num = c == 't';
        j->s += 4;
    } else if (!strncmp(j->s, "false", 5)) {
        n->t = J_BOOL;
        j->s += 5;
    } else {
        ok = false;
    }
    j->depth--;
    if (!ok) {
        jfree(n);
        return NULL;
    }
    return n;
}

static JNode *jget(const JNode *o, const char *key)
{
    for (guint i = 0; o && o->t == J_OBJ && i < o->keys->len; i++) {
        if (!strcmp(o->keys->pdata[i], key)) {
            return o->items->pdata[i];
        }
    }
    return NULL;
}

static int64_t jnum(const JNode *o, const char *key, int64_t def)
{
    JNode *n = jget(o, key);
    return n && n->t == J_NUM ? n->num : def;
}

static const char *jtext(const JNode *o, const char *key)
{
    JNode *n = jget(o, key);
    return n && n->t == J_STR ? n->str : NULL;
}

/* Bytes a vmdesc struct description occupies (recursing), or -1 when a
 * size or count is negative or the total exceeds limit (the stream's
 * length: no section is longer than the stream holding it). */
static int64_t struct_bytes(const JNode *sd, int64_t limit);

/* a + n * each when every term is >= 0 and the result <= limit, else -1 */
static int64_t add_bounded(int64_t a, int64_t n, int64_t each, int64_t limit)
{
    if (a < 0 || n < 0 || each < 0 || (each && n > (limit - a) / each)) {
        return -1;
    }
    return a + n * each;
}

static int64_t field_bytes(const JNode *f, int64_t limit)
{
    int64_t n = jnum(f, "array_len", 1);
    const char *t = jtext(f, "type");
    if (t && !strcmp(t, "struct")) {
        return add_bounded(0, n, struct_bytes(jget(f, "struct"), limit),
                           limit);
    }
    return add_bounded(0, n, jnum(f, "size", 0), limit);
}

static int64_t struct_bytes(const JNode *sd, int64_t limit)
{
    int64_t tot = 0;
    JNode *fl = jget(sd, "fields");
    for (guint i = 0; fl && fl->t == J_ARR && i < fl->items->len; i++) {
        tot = add_bounded(tot, 1, field_bytes(fl->items->pdata[i], limit),
                          limit);
    }
    JNode *subs = jget(sd, "subsections");
    for (guint i = 0; subs && subs->t == J_ARR && i < subs->items->len; i++) {
        JNode *sub = subs->items->pdata[i];
        const char *nm = jtext(sub, "vmsd_name");
        int64_t hdr = 1 + 1 + (nm ? (int64_t)strlen(nm) : 0) + 4;
        tot = add_bounded(tot, 1, hdr, limit);
        tot = add_bounded(tot, 1, struct_bytes(sub, limit), limit);
    }
    return tot;
}

/* ---- the stream ---- */

typedef struct Rd {
    const uint8_t *d;
    size_t len, p;
    bool bad;
} Rd;

static uint64_t rd(Rd *r, unsigned w)
{
    if (r->len - r->p < w) {
        r->bad = true;
        r->p = r->len;
        return 0;
    }
    uint64_t v = 0;
    for (unsigned i = 0; i < w; i++) {
        v = (v << 8) | r->d[r->p++];
    }
    return v;
}

static void skip(Rd *r, size_t n)
{
    if (r->len - r->p < n) {
        r->bad = true;
        r->p = r->len;
    } else {
        r->p += n;
    }
}

static void ram_chunk(Rd *r)
{
    while (!r->bad) {
        uint64_t a = rd(r, 8);
        uint64_t flags = a & 0xfff, addr = a & ~0xfffULL;
        if (flags & RAM_MEMSZ) {
            uint64_t got = 0;
            while (got < addr && !r->bad) {
                skip(r, rd(r, 1));
                got += rd(r, 8);
            }
            continue;
        }
        if (flags & RAM_EOS) {
            return;
        }
        if (!(flags & RAM_CONT)) {
            skip(r, rd(r, 1));
        }
        if (flags & RAM_ZERO) {
            skip(r, 1);
        } else if (flags & RAM_PAGE) {
            skip(r, QEMU_PAGE);
        } else if (flags & RAM_COMP) {
            skip(r, rd(r, 4));
        } else {
            r->bad = true;
        }
    }
}

static void htab_chunk(Rd *r)
{
    if (rd(r, 4) == 0xffffffffu) {
        return;
    }
    while (!r->bad) {
        uint64_t idx = rd(r, 4), nv = rd(r, 2), ni = rd(r, 2);
        if (!idx && !nv && !ni) {
            return;
        }
        skip(r, 16 * nv);
    }
}

/* Total RAM bytes the stream's "ram" section declares (its first
 * MEM_SIZE record), 0 when the prefix d[0..n) does not reach it. */
static uint64_t stream_ram_bytes(const uint8_t *d, size_t n)
{
    Rd r = { .d = d, .len = n };
    skip(&r, 8);   /* QEVM, version */
    while (!r.bad) {
        unsigned t = (unsigned)rd(&r, 1);
        if (t == Q_CONFIG) {
            skip(&r, rd(&r, 4));
        } else if (t == Q_START) {
            rd(&r, 4);
            size_t l = (size_t)rd(&r, 1);
            bool ram = l == 3 && r.len - r.p >= 3 &&
                       !memcmp(r.d + r.p, "ram", 3);
            skip(&r, l + 8);   /* idstr, instance, version */
            uint64_t a = rd(&r, 8);
            return ram && !r.bad && (a & RAM_MEMSZ) ? a & ~0xfffULL : 0;
        } else {
            return 0;
        }
    }
    return 0;
}

/* The most a decompressed stream of a machine with `ram` bytes of RAM
 * holds: every page twice with its header (a live migration resends
 * the pages dirtied while it ran), an HPT of up to 1/64 of RAM, and
 * 64 MiB of device state. RAM counts as at most 64 TiB, where pseries
 * places its PHB windows (no overflow). */
static uint64_t stream_bytes_limit(uint64_t ram)
{
    ram = MIN(ram, 1ULL << 46);
    return 2 * (ram + ram / QEMU_PAGE * 16) + ram / 64 + (64ULL << 20);
}

static bool has_qevm_magic(const uint8_t *d, size_t n)
{
    return n >= 4 && !memcmp(d, "QEVM", 4);
}

static void set_not_qemu(GError **err, const char *path)
{
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                "%s: not a QEMU migration stream (no QEVM v3 header)", path);
}

/* The file's bytes, gunzipped when it starts with the gzip magic: at
 * most stream_bytes_limit() of the RAM size its header declares (a
 * small file cannot inflate without bound). Errors name the file. */
static GBytes *read_maybe_gzip(const char *path, GError **err)
{
    char *d;
    gsize n;
    if (!g_file_get_contents(path, &d, &n, err)) {
        return NULL;
    }
    if (n < 2 || (uint8_t)d[0] != 0x1f || (uint8_t)d[1] != 0x8b) {
        return g_bytes_new_take(d, n);
    }
    GZlibDecompressor *z = g_zlib_decompressor_new(
        G_ZLIB_COMPRESSOR_FORMAT_GZIP);
    GInputStream *mem = g_memory_input_stream_new_from_data(d, (gssize)n,
                                                            g_free);
    GInputStream *in = g_converter_input_stream_new(mem, G_CONVERTER(z));
    GByteArray *out = g_byte_array_new();
    uint8_t buf[65536];
    gssize got;
    uint64_t limit = 0, ram = 0;
    bool ok = true;
    while (ok && (got = g_input_stream_read(in, buf, sizeof(buf), NULL,
                                            err)) > 0) {
        g_byte_array_append(out, buf, (guint)got);
        if (!limit && out->len >= QEMU_PAGE) {   /* the header is read */
            if (!has_qevm_magic(out->data, out->len)) {
                set_not_qemu(err, path);
                ok = false;
            }
            ram = stream_ram_bytes(out->data, out->len);
            limit = stream_bytes_limit(ram);
        }
        if (ok && out->len > limit) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                        "%s: gzip data inflates beyond %" PRIu64 " bytes, "
                        "more than a QEMU stream of %" PRIu64 " MiB of RAM "
                        "holds", path, limit, ram >> 20);
            ok = false;
        }
    }
    if (ok && got < 0) {
        g_prefix_error(err, "%s: gzip: ", path);
        ok = false;
    }
    g_object_unref(in);
    g_object_unref(mem);
    g_object_unref(z);
    if (!ok) {
        g_byte_array_unref(out);
        return NULL;
    }
    return g_byte_array_free_to_bytes(out);
}

GBytes *snap_qemu_file_bytes(const char *path, GError **err)
{
    return read_maybe_gzip(path, err);
}

void snap_qemu_free(SnapQemuStream *s)
{
    if (!s) {
        return;
    }
    g_free(s->machine);
    if (s->sections) {
        g_ptr_array_unref(s->sections);
    }
    if (s->data) {
        g_bytes_unref(s->data);
    }
    g_free(s);
}

static void wire_free(gpointer p)
{
    SnapWireSection *w = p;
    g_free(w->idstr);
    g_free(w);
}

/* The vmdesc JSON after QEMU_VM_EOF: find '{"page_size"' preceded by
 * 0x06 + be32 length. */
static JNode *find_vmdesc(const uint8_t *d, size_t n)
{
    static const char key[] = "{\"page_size\"";
    for (size_t i = n >= sizeof(key) ? n - sizeof(key) + 1 : 0; i-- > 5;) {
        if (!memcmp(d + i, key, sizeof(key) - 1) && d[i - 5] == Q_VMDESC) {
            size_t len = (size_t)d[i - 4] << 24 | (size_t)d[i - 3] << 16 |
                         (size_t)d[i - 2] << 8 | d[i - 1];
            if (len > n - i) {
                return NULL;
            }
            JP j = { (const char *)d + i, (const char *)d + i + len, 0 };
            return jval(&j);
        }
    }
    return NULL;
}

SnapQemuStream *snap_qemu_read(const char *path, const char *idstr,
                               GError **err)
{
    GBytes *data = read_maybe_gzip(path, err);
    if (!data) {
        return NULL;
    }
    SnapQemuStream *s = g_new0(SnapQemuStream, 1);
    s->data = data;
    s->sections = g_ptr_array_new_with_free_func(wire_free);
    gsize n;
    Rd r = { .d = g_bytes_get_data(data, &n) };
    r.len = n;
    if (rd(&r, 4) != 0x5145564d || rd(&r, 4) != 3) {
        set_not_qemu(err, path);
        snap_qemu_free(s);
        return NULL;
    }
    JNode *desc = find_vmdesc(r.d, r.len);
    if (!desc) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: no JSON device description (vmdesc) at the end; "
                    "cannot size device sections", path);
        snap_qemu_free(s);
        return NULL;
    }
    JNode *devs = jget(desc, "devices");
    GHashTable *names = g_hash_table_new_full(g_direct_hash, g_direct_equal,
                                              NULL, g_free);
    char *fail = NULL;
    while (!r.bad && !fail) {
        size_t off = r.p;
        unsigned t = (unsigned)rd(&r, 1);
        uint64_t sid = 0;
        if (t == Q_EOF) {
            break;
        } else if (t == Q_CONFIG) {
            if (s->machine) {   /* QEMU writes one */
                fail = g_strdup("a second configuration section");
                break;
            }
            uint64_t l = rd(&r, 4);
            if (!r.bad && l <= r.len - r.p) {
                s->machine = g_strndup((const char *)r.d + r.p, l);
            }
            skip(&r, l);
            continue;
        } else if (t == Q_START || t == Q_FULL) {
            sid = rd(&r, 4);
            uint64_t l = rd(&r, 1);
            if (r.bad || l > r.len - r.p) {
                break;
            }
            char *id = g_strndup((const char *)r.d + r.p, l);
            r.p += l;
            uint64_t inst = rd(&r, 4), ver = rd(&r, 4);
            g_hash_table_insert(names, GUINT_TO_POINTER((guint)sid), id);
            size_t hdr_end = r.p;
            if (!strcmp(id, "ram")) {
                ram_chunk(&r);
            } else if (!strcmp(id, "spapr/htab")) {
                rd(&r, 4);   /* htab_shift */
            } else {
                JNode *dev = NULL;
                for (guint i = 0; devs && devs->t == J_ARR &&
                     i < devs->items->len && !dev; i++) {
                    JNode *x = devs->items->pdata[i];
                    const char *nm = jtext(x, "name");
                    if (nm && !strcmp(nm, id) &&
                        jnum(x, "instance_id", -1) == (int64_t)inst) {
                        dev = x;
                    }
                }
                if (!dev) {
                    fail = g_strdup_printf("section '%s' instance %" PRIu64
                                           " missing from the vmdesc", id,
                                           inst);
                    break;
                }
                int64_t size = struct_bytes(dev, (int64_t)r.len);
                if (size < 0) {
                    fail = g_strdup_printf("vmdesc sizes of section '%s' "
                                           "instance %" PRIu64 " negative "
                                           "or beyond the stream", id, inst);
                    break;
                }
                skip(&r, (size_t)size);
                /* spapr_pci: msi_devs (12 bytes each) is not listed in
                 * vmdesc when its count is 0; the count (int32) is the
                 * last listed field */
                if (!strcmp(id, "spapr_pci") && !r.bad && size >= 4) {
                    Rd cnt_at = { .d = r.d, .len = r.p, .p = r.p - 4 };
                    uint32_t cnt = (uint32_t)rd(&cnt_at, 4);
                    if (cnt > INT32_MAX) {
                        fail = g_strdup_printf("spapr_pci instance %" PRIu64
                                               " msi_devs_num %" PRId32
                                               " is negative", inst,
                                               (int32_t)cnt);
                        break;
                    }
                    skip(&r, 12 * (size_t)cnt);
                }
                if (!idstr || !strcmp(idstr, id)) {
                    SnapWireSection *w = g_new0(SnapWireSection, 1);
                    w->idstr = g_strdup(id);
                    w->section_id = (uint32_t)sid;
                    w->instance = (uint32_t)inst;
                    w->version = (uint32_t)ver;
                    w->payload = r.d + hdr_end;
                    w->payload_len = r.p - hdr_end;
                    g_ptr_array_add(s->sections, w);
                }
            }
        } else if (t == Q_PART || t == Q_END) {
            sid = rd(&r, 4);
            const char *id = g_hash_table_lookup(names,
                                                 GUINT_TO_POINTER((guint)sid));
            if (id && !strcmp(id, "ram")) {
                ram_chunk(&r);
            } else if (id && !strcmp(id, "spapr/htab")) {
                htab_chunk(&r);
            } else {
                fail = g_strdup("an unknown iterative section");
            }
        } else {
            (void)off;
            fail = g_strdup_printf("an unexpected section type byte "
                                   "0x%02x", t);
        }
        if (!fail && !r.bad && r.p < r.len && r.d[r.p] == Q_FOOTER) {
            r.p++;
            if (rd(&r, 4) != sid) {
                fail = g_strdup("a footer that does not match its "
                               "section");
            }
        }
    }
    g_hash_table_destroy(names);
    jfree(desc);
    if (fail || r.bad) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: malformed QEMU migration stream: %s at offset %zu",
                    path, fail ? fail : "it ends early", r.p);
        g_free(fail);
        snap_qemu_free(s);
        return NULL;
    }
    return s;
}
