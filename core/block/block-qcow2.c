/* SPDX-License-Identifier: MIT */
/*
 * The qcow2 image format (versions 2 and 3), read-only: the drive's
 * guest writes go to its overlay, never into the image. Used by
 * block.c through BlockFormat.
 *
 * Open reads and checks the header, the L1 table and every L2 table
 * it points to (kept in memory: one cluster per 2^(2*cluster_bits-3)
 * bytes of disk, 8 KiB per GiB with the default 64 KiB clusters), so
 * the unsupported cases (compressed clusters, encryption, extended L2
 * entries, an external data file) and a damaged image are refused at
 * open with one line instead of failing guest I/O later. A backing
 * file (qemu-img create -b) supplies the clusters the image does not
 * have. Refcounts and internal snapshots are not read: only the
 * active layer matters to a reader. Layout: QEMU's docs/interop/qcow2.txt.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <inttypes.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/error.h"
#include "block-int.h"

#define QCOW2_MAGIC 0x514649fbu          /* "QFI\xfb" */
#define QCOW2_V2_HEADER 72u               /* bytes of a version 2 header */
#define QCOW2_V3_HEADER 104u              /* ... of a version 3 header */
#define QCOW2_OFFSET_MASK 0x00fffffffffffe00ull  /* L1/L2 bits 9-55 */
#define QCOW2_L2_COMPRESSED (1ull << 62)
#define QCOW2_L2_ZERO 1ull                /* v3: the cluster reads as 0 */
#define QCOW2_EXT_BACKING_FORMAT 0xe2792acau
#define QCOW2_MAX_BACKING_DEPTH 16

/* incompatible_features bits */
enum {
    QCOW2_INCOMPAT_DIRTY = 1u << 0,       /* refcounts may be stale:
                                             harmless for reading */
    QCOW2_INCOMPAT_CORRUPT = 1u << 1,
    QCOW2_INCOMPAT_DATA_FILE = 1u << 2,
    QCOW2_INCOMPAT_COMPRESSION = 1u << 3,
    QCOW2_INCOMPAT_EXTL2 = 1u << 4,
};

typedef struct Qcow2 {
    unsigned cluster_bits;
    uint64_t cluster_size;
    uint64_t l2_entries;        /* entries per L2 table */
    uint64_t **l2;              /* per L1 entry: its table (host order),
                                   or NULL when unallocated; tables
                                   shared by equal L1 entries */
    uint64_t l1_used;           /* L1 entries the virtual size needs */
    GHashTable *tables;         /* host offset -> table, owning them */
    bool v3;
    BlockImage *backing;        /* NULL: unallocated clusters read 0 */
    int depth;                  /* backing chain depth of this image */
} Qcow2;

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
           (uint32_t)p[2] << 8 | p[3];
}

static uint64_t be64(const uint8_t *p)
{
    return (uint64_t)be32(p) << 32 | be32(p + 4);
}

static bool bad(BlockImage *img, GError **err, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);
static bool bad(BlockImage *img, GError **err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE, "'%s': %s", img->path,
                msg);
    g_free(msg);
    return false;
}

/* Whether [off, off + len) lies inside the file. */
static bool in_file(const BlockImage *img, uint64_t off, uint64_t len)
{
    return off <= img->file_size && len <= img->file_size - off;
}

/* Exactly len bytes at off, which must lie inside the file. */
static bool read_meta(BlockImage *img, uint64_t off, uint8_t *buf,
                      uint64_t len, const char *what, GError **err)
{
    if (!in_file(img, off, len)) {
        return bad(img, err, "%s at offset 0x%" PRIx64 " (+0x%" PRIx64
                   ") is past the end of the %" PRIu64 "-byte file "
                   "(truncated image?)", what, off, len, img->file_size);
    }
    return block_pread(img, off, buf, len, err);
}

static void qcow2_close(BlockImage *img)
{
    Qcow2 *q = img->priv;
    if (!q) {
        return;
    }
    if (q->backing) {
        if (q->backing->fmt && q->backing->fmt->close) {
            q->backing->fmt->close(q->backing);
        }
        close(q->backing->fd);
        g_free(q->backing->path);
        g_free(q->backing);
    }
    if (q->tables) {
        g_hash_table_destroy(q->tables);
    }
    g_free(q->l2);
    g_free(q);
    img->priv = NULL;
}

/* Read the L2 table at host offset off (once per distinct offset) and
 * check its entries. */
static uint64_t *load_l2(BlockImage *img, Qcow2 *q, uint64_t l1_index,
                         uint64_t off, GError **err)
{
    uint64_t *t = g_hash_table_lookup(q->tables, &off);
    if (t) {
        return t;
    }
    if (off & (q->cluster_size - 1)) {
        bad(img, err, "L1 entry %" PRIu64 " points to an unaligned L2 "
            "table at 0x%" PRIx64 " (corrupt image)", l1_index, off);
        return NULL;
    }
    uint8_t *raw = g_malloc(q->cluster_size);
    if (!read_meta(img, off, raw, q->cluster_size, "an L2 table", err)) {
        g_free(raw);
        return NULL;
    }
    t = g_new(uint64_t, q->l2_entries);
    for (uint64_t i = 0; i < q->l2_entries; i++) {
        t[i] = be64(raw + 8 * i);
    }
    g_free(raw);
    uint64_t *key = g_new(uint64_t, 1);
    *key = off;
    g_hash_table_insert(q->tables, key, t);
    for (uint64_t i = 0; i < q->l2_entries; i++) {
        uint64_t e = t[i];
        uint64_t guest = ((l1_index * q->l2_entries) + i) << q->cluster_bits;
        if (e & QCOW2_L2_COMPRESSED) {
            bad(img, err, "compressed clusters are not supported (guest "
                "offset 0x%" PRIx64 "); convert the image without -c: "
                "qemu-img convert -O qcow2 IN OUT", guest);
            return NULL;
        }
        uint64_t host = e & QCOW2_OFFSET_MASK;
        if ((e & 0x1fe) || (host & (q->cluster_size - 1)) ||
            (!q->v3 && (e & QCOW2_L2_ZERO))) {
            bad(img, err, "invalid L2 entry 0x%016" PRIx64 " for guest "
                "offset 0x%" PRIx64 " (corrupt image)", e, guest);
            return NULL;
        }
        if (host && !(e & QCOW2_L2_ZERO) &&
            !in_file(img, host, q->cluster_size)) {
            bad(img, err, "the data cluster for guest offset 0x%" PRIx64
                " (at 0x%" PRIx64 ") is past the end of the %" PRIu64
                "-byte file (truncated image?)", guest, host,
                img->file_size);
            return NULL;
        }
    }
    return t;
}

/* The header extensions from off on: the backing file's format. */
static bool read_extensions(BlockImage *img, uint64_t off, uint64_t end,
                            char **backing_fmt, GError **err)
{
    uint8_t h[8];
    while (off + 8 <= end) {
        if (!read_meta(img, off, h, 8, "a header extension", err)) {
            return false;
        }
        uint32_t type = be32(h), len = be32(h + 4);
        if (type == 0) {
            return true;
        }
        if (type == QCOW2_EXT_BACKING_FORMAT && len < 64) {
            char name[64] = { 0 };
            if (!read_meta(img, off + 8, (uint8_t *)name, len,
                           "the backing format extension", err)) {
                return false;
            }
            g_free(*backing_fmt);
            *backing_fmt = g_strdup(name);
        }
        off += 8 + (((uint64_t)len + 7) & ~7ull);
    }
    return true;
}

static bool open_backing(BlockImage *img, Qcow2 *q, uint64_t off,
                         uint32_t len, const char *fmt, GError **err)
{
    if (len == 0 || len > 1023) {
        return bad(img, err, "backing file name of %u bytes (corrupt "
                   "image?)", len);
    }
    if (q->depth >= QCOW2_MAX_BACKING_DEPTH) {
        return bad(img, err, "backing chain deeper than %d images",
                   QCOW2_MAX_BACKING_DEPTH);
    }
    char name[1024] = { 0 };
    if (!read_meta(img, off, (uint8_t *)name, len, "the backing file name",
                   err)) {
        return false;
    }
    char *path;
    if (g_path_is_absolute(name)) {
        path = g_strdup(name);
    } else {   /* relative to the image's directory, as QEMU resolves it */
        char *dir = g_path_get_dirname(img->path);
        path = g_build_filename(dir, name, NULL);
        g_free(dir);
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0) {
        bad(img, err, "Could not open backing file '%s': %s", path,
            g_strerror(errno));
        if (fd >= 0) {
            close(fd);
        }
        g_free(path);
        return false;
    }
    BlockImage *b = g_new0(BlockImage, 1);
    b->fd = fd;
    b->path = path;
    b->file_size = (uint64_t)st.st_size;
    if (fmt && !strcmp(fmt, "raw")) {
        b->fmt = &block_format_raw;
    } else if (fmt && !strcmp(fmt, "qcow2")) {
        b->fmt = &block_format_qcow2;
    } else if (fmt) {
        bad(img, err, "backing file '%s' has format '%s' (farad reads raw "
            "and qcow2)", path, fmt);
        close(fd);
        g_free(path);
        g_free(b);
        return false;
    } else {
        b->fmt = block_format_probe(fd);
    }
    q->backing = b;
    if (b->fmt == &block_format_qcow2) {
        /* the backing image's own depth: handed over through priv */
        Qcow2 *depth_only = g_new0(Qcow2, 1);
        depth_only->depth = q->depth + 1;
        b->priv = depth_only;
    }
    /* on failure qcow2_close (of img) closes b */
    return b->fmt->open(b, err);
}

static bool qcow2_open(BlockImage *img, GError **err)
{
    uint8_t h[QCOW2_V3_HEADER];
    int depth = 0;
    if (img->priv) {   /* a backing image: open_backing's depth */
        depth = ((Qcow2 *)img->priv)->depth;
        g_free(img->priv);
        img->priv = NULL;
    }
    if (img->file_size < QCOW2_V2_HEADER) {
        if (img->file_size >= 4 &&
            block_pread(img, 0, h, 4, NULL) && be32(h) == QCOW2_MAGIC) {
            return bad(img, err, "truncated qcow2 header (%" PRIu64
                       " bytes of at least %u)", img->file_size,
                       QCOW2_V2_HEADER);
        }
        return bad(img, err, "Image is not in qcow2 format");
    }
    if (!block_pread(img, 0, h, QCOW2_V2_HEADER, err)) {
        return false;
    }
    if (be32(h) != QCOW2_MAGIC) {
        return bad(img, err, "Image is not in qcow2 format");
    }
    uint32_t version = be32(h + 4);
    if (version != 2 && version != 3) {
        return bad(img, err, "unsupported qcow2 version %u (farad reads 2 "
                   "and 3)", version);
    }
    uint64_t backing_off = be64(h + 8);
    uint32_t backing_len = be32(h + 16);
    uint32_t cluster_bits = be32(h + 20);
    uint64_t size = be64(h + 24);
    uint32_t crypt = be32(h + 32);
    uint32_t l1_size = be32(h + 36);
    uint64_t l1_off = be64(h + 40);
    uint64_t header_len = QCOW2_V2_HEADER;
    if (version == 3) {
        if (img->file_size < QCOW2_V3_HEADER) {
            return bad(img, err, "truncated qcow2 header (%" PRIu64
                       " bytes of at least %u for version 3)",
                       img->file_size, QCOW2_V3_HEADER);
        }
        if (!block_pread(img, QCOW2_V2_HEADER, h + QCOW2_V2_HEADER,
                         QCOW2_V3_HEADER - QCOW2_V2_HEADER, err)) {
            return false;
        }
        uint64_t incompat = be64(h + 72);
        header_len = be32(h + 100);
        if (incompat & QCOW2_INCOMPAT_CORRUPT) {
            return bad(img, err, "the image is marked corrupt (see "
                       "qemu-img check)");
        }
        if (incompat & QCOW2_INCOMPAT_DATA_FILE) {
            return bad(img, err, "external data files are not supported");
        }
        if (incompat & QCOW2_INCOMPAT_COMPRESSION) {
            return bad(img, err, "compressed qcow2 images are not "
                       "supported (compression type other than zlib)");
        }
        if (incompat & QCOW2_INCOMPAT_EXTL2) {
            return bad(img, err, "extended L2 entries (subclusters) are "
                       "not supported");
        }
        if (incompat & ~(uint64_t)QCOW2_INCOMPAT_DIRTY &
            ~(uint64_t)(QCOW2_INCOMPAT_CORRUPT | QCOW2_INCOMPAT_DATA_FILE |
                        QCOW2_INCOMPAT_COMPRESSION | QCOW2_INCOMPAT_EXTL2)) {
            return bad(img, err, "unsupported qcow2 feature bits 0x%" PRIx64,
                       incompat);
        }
        if (header_len < QCOW2_V3_HEADER || header_len > img->file_size) {
            return bad(img, err, "invalid qcow2 header length %" PRIu64,
                       header_len);
        }
    }
    if (cluster_bits < 9 || cluster_bits > 21) {
        return bad(img, err, "invalid cluster size 2^%u (9..21)",
                   cluster_bits);
    }
    if (crypt) {
        return bad(img, err, "encrypted qcow2 images are not supported");
    }
    Qcow2 *q = g_new0(Qcow2, 1);
    img->priv = q;
    q->depth = depth;
    q->v3 = version == 3;
    q->cluster_bits = cluster_bits;
    q->cluster_size = 1ull << cluster_bits;
    q->l2_entries = q->cluster_size / 8;
    q->tables = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
                                      g_free);
    /* L1 entries the virtual size needs (each maps l2_entries clusters) */
    uint64_t per_l1 = q->l2_entries << cluster_bits;
    if (size > (1ull << 56)) {
        return bad(img, err, "virtual size %" PRIu64 " is too large",
                   size);
    }
    q->l1_used = (size + per_l1 - 1) / per_l1;
    if (l1_size < q->l1_used) {
        return bad(img, err, "L1 table of %u entries is too small for the "
                   "%" PRIu64 "-byte disk (corrupt image)", l1_size, size);
    }
    if (!in_file(img, l1_off, q->l1_used * 8)) {
        /* before anything is sized by the header's claims */
        return bad(img, err, "the L1 table at offset 0x%" PRIx64 " (+0x%"
                   PRIx64 ") is past the end of the %" PRIu64 "-byte file "
                   "(truncated image?)", l1_off, q->l1_used * 8,
                   img->file_size);
    }
    img->size = size;
    q->l2 = g_new0(uint64_t *, q->l1_used ? q->l1_used : 1);
    if (q->l1_used) {
        uint8_t *l1 = g_malloc(q->l1_used * 8);
        bool ok = read_meta(img, l1_off, l1, q->l1_used * 8, "the L1 table",
                            err);
        for (uint64_t i = 0; ok && i < q->l1_used; i++) {
            uint64_t off = be64(l1 + 8 * i) & QCOW2_OFFSET_MASK;
            if (off) {
                q->l2[i] = load_l2(img, q, i, off, err);
                ok = q->l2[i] != NULL;
            }
        }
        g_free(l1);
        if (!ok) {
            return false;
        }
    }
    if (backing_off) {
        char *fmt = NULL;
        uint64_t ext_end = backing_off;
        bool ok = read_extensions(img, header_len, ext_end, &fmt, err) &&
                  open_backing(img, q, backing_off, backing_len, fmt, err);
        g_free(fmt);
        if (!ok) {
            return false;
        }
    }
    return true;
}

static bool qcow2_read(BlockImage *img, uint64_t offset, uint8_t *buf,
                       uint64_t len, GError **err)
{
    Qcow2 *q = img->priv;
    while (len) {
        uint64_t vc = offset >> q->cluster_bits;
        uint64_t in = offset & (q->cluster_size - 1);
        uint64_t n = MIN(len, q->cluster_size - in);
        uint64_t *t = q->l2[vc / q->l2_entries];
        uint64_t e = t ? t[vc % q->l2_entries] : 0;
        uint64_t host = e & QCOW2_OFFSET_MASK;
        bool ok = true;
        if (e & QCOW2_L2_ZERO) {
            memset(buf, 0, n);
        } else if (host) {
            ok = block_pread(img, host + in, buf, n, err);
        } else if (q->backing && offset < q->backing->size) {
            uint64_t m = MIN(n, q->backing->size - offset);
            ok = q->backing->fmt->read(q->backing, offset, buf, m, err);
            memset(buf + m, 0, n - m);
        } else {
            memset(buf, 0, n);
        }
        if (!ok) {
            return false;
        }
        buf += n;
        offset += n;
        len -= n;
    }
    return true;
}

const BlockFormat block_format_qcow2 = {
    .name = "qcow2",
    .open = qcow2_open,
    .read = qcow2_read,
    .close = qcow2_close,
};
