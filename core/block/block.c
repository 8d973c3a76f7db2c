/* SPDX-License-Identifier: MIT */
/*
 * A machine's drives: -drive parsing (QEMU's suboptions, ids, bus and
 * unit placement), opening the image, claiming by devices, and the
 * guest's reads and writes through the copy-on-write overlay. The
 * contract is in block.h; the image formats are block-raw.c and
 * block-qcow2.c, the overlay map block-overlay.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/error.h"
#include "block-int.h"

struct BlockDrive {
    char *id;
    char *file;             /* NULL: no medium */
    char *serial;
    char *owner;            /* the claiming device, or NULL */
    BlockInterface iface;
    BlockMedia media;
    unsigned bus, unit;
    bool read_only;
    bool write_through;     /* snapshot=off */
    bool discard;           /* discard=unmap */
    bool io_error_logged;   /* one host-error line per drive */
    bool is_default;        /* QEMU's default CD-ROM (no -drive/-cdrom) */
    BlockImage *img;        /* NULL: no medium */
    BlockOverlay *overlay;  /* guest writes (unless write_through) */
};

struct BlockSet {
    GPtrArray *drives;      /* BlockDrive *, creation order */
};

static const char *const if_names[] = {
    [BLOCK_IF_NONE] = "none", [BLOCK_IF_VIRTIO] = "virtio",
    [BLOCK_IF_SCSI] = "scsi",
};

/* Units per bus (QEMU's if_max_devs): 0 means one unlimited bus. */
static unsigned units_per_bus(BlockInterface iface)
{
    return iface == BLOCK_IF_SCSI ? 7 : 0;
}

/* ---- parsing ---- */

/* What a -drive argument says, before anything is opened. */
typedef struct DriveOpts {
    char *file, *id, *format, *serial;
    BlockInterface iface;
    BlockMedia media;
    int64_t index, bus, unit;    /* -1: not given */
    bool read_only, snapshot, discard;
} DriveOpts;

static void drive_opts_clear(DriveOpts *o)
{
    g_free(o->file);
    g_free(o->id);
    g_free(o->format);
    g_free(o->serial);
}

/* QEMU's boolean spellings. */
static bool parse_bool(const char *key, const char *v, bool *out,
                       GError **err)
{
    if (!strcmp(v, "on") || !strcmp(v, "yes") || !strcmp(v, "true") ||
        !strcmp(v, "y")) {
        *out = true;
    } else if (!strcmp(v, "off") || !strcmp(v, "no") ||
               !strcmp(v, "false") || !strcmp(v, "n")) {
        *out = false;
    } else {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Parameter '%s' expects 'on' or 'off'", key);
        return false;
    }
    return true;
}

static bool parse_num(const char *key, const char *v, int64_t *out,
                      GError **err)
{
    char *end;
    errno = 0;
    guint64 n = g_ascii_strtoull(v, &end, 0);
    if (!*v || *end || errno || n > INT32_MAX) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Parameter '%s' expects a non-negative number", key);
        return false;
    }
    *out = (int64_t)n;
    return true;
}

/* Suboptions accepted and ignored: they change host-side caching or
 * error policy, nothing the guest or the overlay sees. */
static const char *const harmless_opts[] = {
    "cache", "aio", "detect-zeroes", "werror", "rerror", "node-name",
    "auto-read-only", "cache.direct", "cache.no-flush", "file.locking",
    "locking", NULL,
};

static bool harmless(const char *key)
{
    for (const char *const *h = harmless_opts; *h; h++) {
        if (!strcmp(key, *h)) {
            return true;
        }
    }
    return false;
}

static bool apply_opt(DriveOpts *o, const char *key, const char *v,
                      GError **err)
{
    bool b;
    if (!strcmp(key, "file")) {
        g_free(o->file);
        o->file = g_strdup(v);
    } else if (!strcmp(key, "id")) {
        if (!*v) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Parameter 'id' expects an identifier");
            return false;
        }
        g_free(o->id);
        o->id = g_strdup(v);
    } else if (!strcmp(key, "format")) {
        g_free(o->format);
        o->format = g_strdup(v);
    } else if (!strcmp(key, "serial")) {
        g_free(o->serial);
        o->serial = g_strdup(v);
    } else if (!strcmp(key, "if")) {
        if (!strcmp(v, "none")) {
            o->iface = BLOCK_IF_NONE;
        } else if (!strcmp(v, "virtio")) {
            o->iface = BLOCK_IF_VIRTIO;
        } else if (!strcmp(v, "scsi")) {
            o->iface = BLOCK_IF_SCSI;
        } else if (!strcmp(v, "ide") || !strcmp(v, "floppy") ||
                   !strcmp(v, "pflash") || !strcmp(v, "mtd") ||
                   !strcmp(v, "sd") || !strcmp(v, "xen")) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "interface '%s' is not available on pseries "
                        "(none, virtio, scsi)", v);
            return false;
        } else {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "unsupported bus type '%s'", v);
            return false;
        }
    } else if (!strcmp(key, "media")) {
        if (!strcmp(v, "disk")) {
            o->media = BLOCK_MEDIA_DISK;
        } else if (!strcmp(v, "cdrom")) {
            o->media = BLOCK_MEDIA_CDROM;
        } else {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "'%s' invalid media", v);
            return false;
        }
    } else if (!strcmp(key, "readonly") || !strcmp(key, "read-only")) {
        return parse_bool(key, v, &o->read_only, err);
    } else if (!strcmp(key, "snapshot")) {
        return parse_bool(key, v, &o->snapshot, err);
    } else if (!strcmp(key, "index")) {
        return parse_num(key, v, &o->index, err);
    } else if (!strcmp(key, "bus")) {
        return parse_num(key, v, &o->bus, err);
    } else if (!strcmp(key, "unit")) {
        return parse_num(key, v, &o->unit, err);
    } else if (!strcmp(key, "discard")) {
        if (!strcmp(v, "unmap")) {
            o->discard = true;
        } else if (!strcmp(v, "ignore")) {
            o->discard = false;
        } else if (!parse_bool(key, v, &o->discard, NULL)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Invalid discard option '%s'", v);
            return false;
        }
    } else if (!strcmp(key, "copy-on-read")) {
        if (!parse_bool(key, v, &b, err)) {
            return false;
        }
        if (b) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "copy-on-read=on is not supported by farad");
            return false;
        }
    } else if (!harmless(key)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Invalid parameter '%s'", key);
        return false;
    }
    return true;
}

/* Split "k=v,k=v" (",," is a literal comma in a value) into o. */
static bool parse_opts(const char *s, DriveOpts *o, GError **err)
{
    *o = (DriveOpts){
        .iface = BLOCK_IF_SCSI, .media = BLOCK_MEDIA_DISK,
        .index = -1, .bus = -1, .unit = -1, .snapshot = true,
    };
    const char *p = s;
    while (*p) {
        const char *eq = p;
        while (*eq && *eq != '=' && *eq != ',') {
            eq++;
        }
        if (*eq != '=') {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Invalid parameter '%.*s' (expected KEY=VALUE)",
                        (int)(eq - p), p);
            return false;
        }
        char *key = g_strndup(p, (gsize)(eq - p));
        GString *val = g_string_new(NULL);
        p = eq + 1;
        for (; *p; p++) {
            if (*p == ',') {
                if (p[1] != ',') {
                    break;
                }
                p++;
            }
            g_string_append_c(val, *p);
        }
        if (*p == ',') {
            p++;
        }
        bool ok = apply_opt(o, key, val->str, err);
        g_free(key);
        g_string_free(val, TRUE);
        if (!ok) {
            return false;
        }
    }
    if (o->index >= 0 && (o->bus >= 0 || o->unit >= 0)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "index cannot be used with bus and unit");
        return false;
    }
    if (o->media == BLOCK_MEDIA_CDROM) {
        o->read_only = true;   /* QEMU: a CD-ROM is read-only */
    }
    if (!o->file && o->media != BLOCK_MEDIA_CDROM) {
        /* QEMU accepts an empty disk drive but no device can use it */
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "a disk drive needs file= (only media=cdrom may be "
                    "empty)");
        return false;
    }
    if (o->format && strcmp(o->format, "raw") && strcmp(o->format, "qcow2")) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Unknown driver '%s' (farad reads raw and qcow2)",
                    o->format);
        return false;
    }
    return true;
}

bool block_drive_opts_check(const char *opts, GError **err)
{
    DriveOpts o;
    GError *e = NULL;
    bool ok = parse_opts(opts, &o, &e);
    drive_opts_clear(&o);
    if (!ok) {
        g_propagate_prefixed_error(err, e, "-drive %s: ", opts);
    }
    return ok;
}

char *block_cdrom_opts(const char *file)
{
    GString *s = g_string_new("index=2,media=cdrom,file=");
    for (const char *p = file; *p; p++) {
        if (*p == ',') {
            g_string_append_c(s, ',');   /* ",," quotes a comma */
        }
        g_string_append_c(s, *p);
    }
    return g_string_free(s, FALSE);
}

/* ---- the set ---- */

BlockSet *block_set_new(void)
{
    BlockSet *bs = g_new0(BlockSet, 1);
    bs->drives = g_ptr_array_new();
    return bs;
}

static void image_close(BlockImage *img)
{
    if (!img) {
        return;
    }
    if (img->fmt && img->fmt->close) {
        img->fmt->close(img);
    }
    if (img->fd >= 0) {
        close(img->fd);
    }
    g_free(img->path);
    g_free(img);
}

static void drive_free(BlockDrive *d)
{
    image_close(d->img);
    block_overlay_free(d->overlay);
    g_free(d->id);
    g_free(d->file);
    g_free(d->serial);
    g_free(d->owner);
    g_free(d);
}

void block_set_free(BlockSet *bs)
{
    if (!bs) {
        return;
    }
    for (guint i = 0; i < bs->drives->len; i++) {
        drive_free(bs->drives->pdata[i]);
    }
    g_ptr_array_free(bs->drives, TRUE);
    g_free(bs);
}

static BlockDrive *drive_at(BlockSet *bs, BlockInterface iface,
                            unsigned bus, unsigned unit)
{
    for (guint i = 0; i < bs->drives->len; i++) {
        BlockDrive *d = bs->drives->pdata[i];
        if (d->iface == iface && d->bus == bus && d->unit == unit) {
            return d;
        }
    }
    return NULL;
}

/* Open the image file of o into a new BlockImage. */
static BlockImage *image_open(const DriveOpts *o, bool writable,
                              GError **err)
{
    int fd = open(o->file, (writable ? O_RDWR : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "Could not open '%s': %s", o->file, g_strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) < 0 || S_ISDIR(st.st_mode)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "Could not open '%s': %s", o->file,
                    g_strerror(S_ISDIR(st.st_mode) ? EISDIR : errno));
        close(fd);
        return NULL;
    }
    BlockImage *img = g_new0(BlockImage, 1);
    img->fd = fd;
    img->path = g_strdup(o->file);
    img->writable = writable;
    img->file_size = (uint64_t)st.st_size;
    if (S_ISBLK(st.st_mode)) {
        off_t end = lseek(fd, 0, SEEK_END);
        img->file_size = end > 0 ? (uint64_t)end : 0;
    }
    if (!o->format) {
        img->fmt = block_format_probe(fd);
    } else {
        img->fmt = !strcmp(o->format, "qcow2") ? &block_format_qcow2
                                               : &block_format_raw;
    }
    if (!img->fmt->open(img, err)) {
        image_close(img);   /* the format's close frees what it made */
        return NULL;
    }
    return img;
}

static BlockDrive *drive_new(BlockSet *bs, DriveOpts *o, GError **err)
{
    /* placement: QEMU's index/bus/unit rules */
    unsigned per_bus = units_per_bus(o->iface);
    int64_t bus = o->bus >= 0 ? o->bus : 0, unit = o->unit;
    if (o->index >= 0) {
        bus = per_bus ? o->index / per_bus : 0;
        unit = per_bus ? o->index % per_bus : o->index;
    }
    if (per_bus && unit >= (int64_t)per_bus) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "unit %" PRId64 " too big (max is %u)", unit,
                    per_bus - 1);
        return NULL;
    }
    if (unit < 0) {   /* the first free unit, bus after bus */
        unit = 0;
        while (drive_at(bs, o->iface, (unsigned)bus, (unsigned)unit)) {
            if (per_bus && ++unit >= (int64_t)per_bus) {
                unit = 0;
                bus++;
            } else if (!per_bus) {
                unit++;
            }
        }
    } else if (drive_at(bs, o->iface, (unsigned)bus, (unsigned)unit)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "drive with bus=%" PRId64 ", unit=%" PRId64
                    " (index=%" PRId64 ") exists", bus, unit,
                    per_bus ? bus * per_bus + unit : unit);
        return NULL;
    }
    char *id = o->id ? g_strdup(o->id)
        : per_bus ? g_strdup_printf("%s%" PRId64 "%s%" PRId64,
                                    if_names[o->iface], bus,
                                    o->media == BLOCK_MEDIA_CDROM ? "-cd"
                                                                 : "-hd",
                                    unit)
                  : g_strdup_printf("%s%" PRId64, if_names[o->iface], unit);
    if (block_find(bs, id)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Duplicate ID '%s' for drive", id);
        g_free(id);
        return NULL;
    }
    bool writable = !o->snapshot && !o->read_only;
    BlockImage *img = NULL;
    if (o->file) {
        img = image_open(o, writable, err);
        if (!img) {
            g_free(id);
            return NULL;
        }
        if (writable && !img->fmt->write) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "'%s': farad cannot write %s images: use "
                        "snapshot=on (the default; writes go to the "
                        "overlay) or readonly=on", o->file, img->fmt->name);
            image_close(img);
            g_free(id);
            return NULL;
        }
    }
    BlockDrive *d = g_new0(BlockDrive, 1);
    d->id = id;
    d->file = g_strdup(o->file);
    d->serial = g_strdup(o->serial);
    d->iface = o->iface;
    d->media = o->media;
    d->bus = (unsigned)bus;
    d->unit = (unsigned)unit;
    d->read_only = o->read_only;
    d->write_through = writable;
    d->discard = o->discard;
    d->img = img;
    d->overlay = block_overlay_new();
    g_ptr_array_add(bs->drives, d);
    return d;
}

BlockDrive *block_set_add(BlockSet *bs, const char *opts, GError **err)
{
    DriveOpts o;
    BlockDrive *d = NULL;
    if (parse_opts(opts, &o, err)) {
        d = drive_new(bs, &o, err);
    }
    drive_opts_clear(&o);
    return d;
}

bool block_set_add_defaults(BlockSet *bs, bool nodefaults, GError **err)
{
    if (nodefaults || drive_at(bs, BLOCK_IF_SCSI, 0, 2)) {
        return true;
    }
    BlockDrive *d = block_set_add(bs, "if=scsi,index=2,media=cdrom", err);
    if (d) {
        d->is_default = true;
    }
    return d != NULL;
}

BlockDrive *block_find(BlockSet *bs, const char *id)
{
    for (guint i = 0; bs && i < bs->drives->len; i++) {
        BlockDrive *d = bs->drives->pdata[i];
        if (!strcmp(d->id, id)) {
            return d;
        }
    }
    return NULL;
}

BlockDrive *block_next(BlockSet *bs, BlockDrive *prev)
{
    guint i = 0;
    if (!bs) {
        return NULL;
    }
    if (prev) {
        while (i < bs->drives->len && bs->drives->pdata[i] != prev) {
            i++;
        }
        i++;
    }
    return i < bs->drives->len ? bs->drives->pdata[i] : NULL;
}

BlockDrive *block_next_unclaimed(BlockSet *bs, BlockInterface iface,
                                 BlockDrive *prev)
{
    for (BlockDrive *d = block_next(bs, prev); d; d = block_next(bs, d)) {
        if (d->iface == iface && !d->owner) {
            return d;
        }
    }
    return NULL;
}

char *block_unclaimed_report(BlockSet *bs)
{
    for (BlockDrive *d = block_next(bs, NULL); d; d = block_next(bs, d)) {
        if (d->iface != BLOCK_IF_NONE && !d->owner && !d->is_default) {
            return g_strdup_printf("drive '%s': machine type does not "
                                   "support if=%s,bus=%u,unit=%u", d->id,
                                   if_names[d->iface], d->bus, d->unit);
        }
    }
    return NULL;
}

/* ---- claiming ---- */

bool block_claim(BlockDrive *d, const char *owner, GError **err)
{
    if (d->owner) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Drive '%s' is already in use by %s", d->id, d->owner);
        return false;
    }
    d->owner = g_strdup(owner);
    return true;
}

const char *block_owner(const BlockDrive *d)
{
    return d->owner;
}

void block_release(BlockDrive *d)
{
    g_free(d->owner);
    d->owner = NULL;
}

/* ---- properties ---- */

const char *block_id(const BlockDrive *d) { return d->id; }
const char *block_file(const BlockDrive *d) { return d->file; }
const char *block_format(const BlockDrive *d)
{
    return d->img ? d->img->fmt->name : NULL;
}
BlockInterface block_interface(const BlockDrive *d) { return d->iface; }
BlockMedia block_media(const BlockDrive *d) { return d->media; }
unsigned block_bus(const BlockDrive *d) { return d->bus; }
unsigned block_unit(const BlockDrive *d) { return d->unit; }
const char *block_serial(const BlockDrive *d) { return d->serial; }
uint64_t block_size(const BlockDrive *d) { return d->img ? d->img->size : 0; }
uint64_t block_sectors(const BlockDrive *d)
{
    return block_size(d) / BLOCK_SECTOR_SIZE;
}
bool block_read_only(const BlockDrive *d) { return d->read_only; }
bool block_has_medium(const BlockDrive *d) { return d->img != NULL; }
bool block_write_through(const BlockDrive *d) { return d->write_through; }
bool block_discard_enabled(const BlockDrive *d) { return d->discard; }

const char *block_status_str(BlockStatus st)
{
    switch (st) {
    case BLOCK_OK: return "ok";
    case BLOCK_EIO: return "I/O error";
    case BLOCK_ERANGE: return "out of range";
    case BLOCK_EROFS: return "read-only";
    case BLOCK_ENOMEDIUM: return "no medium";
    }
    return "?";
}

/* ---- guest I/O ---- */

/* A host error during guest I/O: one line per drive, then EIO. */
static BlockStatus host_error(BlockDrive *d, GError *e)
{
    if (!d->io_error_logged) {
        fprintf(stderr, "farad: drive '%s': %s (the guest sees an I/O "
                "error; further errors on this drive are not shown)\n",
                d->id, e->message);
        d->io_error_logged = true;
    }
    g_error_free(e);
    return BLOCK_EIO;
}

static BlockStatus check_range(BlockDrive *d, uint64_t off, uint64_t len)
{
    if (!d->img) {
        return BLOCK_ENOMEDIUM;
    }
    if (off > d->img->size || len > d->img->size - off) {
        return BLOCK_ERANGE;
    }
    return BLOCK_OK;
}

/* The image's bytes of cluster c, zeros past the medium's end. */
static bool base_cluster(BlockDrive *d, uint64_t c, uint8_t *buf,
                         GError **err)
{
    uint64_t off = c * BLOCK_CLUSTER_SIZE;
    uint64_t n = MIN((uint64_t)BLOCK_CLUSTER_SIZE, d->img->size - off);
    memset(buf + n, 0, BLOCK_CLUSTER_SIZE - n);
    return d->img->fmt->read(d->img, off, buf, n, err);
}

BlockStatus block_read(BlockDrive *d, uint64_t offset, void *buf,
                       uint64_t len)
{
    BlockStatus st = check_range(d, offset, len);
    GError *e = NULL;
    uint8_t *out = buf;
    if (st != BLOCK_OK) {
        return st;
    }
    if (d->write_through) {
        return d->img->fmt->read(d->img, offset, out, len, &e)
            ? BLOCK_OK : host_error(d, e);
    }
    while (len) {
        uint64_t c = offset / BLOCK_CLUSTER_SIZE;
        uint64_t in = offset % BLOCK_CLUSTER_SIZE;
        BlockCluster *cl = block_overlay_get(d->overlay, c);
        if (cl) {
            uint64_t n = MIN(len, BLOCK_CLUSTER_SIZE - in);
            memcpy(out, cl->data + in, n);
            out += n;
            offset += n;
            len -= n;
            continue;
        }
        /* a run of clusters the overlay does not have: one image read */
        uint64_t n = MIN(len, BLOCK_CLUSTER_SIZE - in);
        while (n < len &&
               !block_overlay_get(d->overlay, (offset + n) /
                                              BLOCK_CLUSTER_SIZE)) {
            n += MIN(len - n, BLOCK_CLUSTER_SIZE);
        }
        if (!d->img->fmt->read(d->img, offset, out, n, &e)) {
            return host_error(d, e);
        }
        out += n;
        offset += n;
        len -= n;
    }
    return BLOCK_OK;
}

BlockStatus block_write(BlockDrive *d, uint64_t offset, const void *buf,
                        uint64_t len)
{
    BlockStatus st = check_range(d, offset, len);
    GError *e = NULL;
    const uint8_t *in_buf = buf;
    if (st != BLOCK_OK) {
        return st;
    }
    if (d->read_only) {
        return BLOCK_EROFS;
    }
    if (d->write_through) {
        return d->img->fmt->write(d->img, offset, in_buf, len, &e)
            ? BLOCK_OK : host_error(d, e);
    }
    while (len) {
        uint64_t c = offset / BLOCK_CLUSTER_SIZE;
        uint64_t in = offset % BLOCK_CLUSTER_SIZE;
        uint64_t n = MIN(len, BLOCK_CLUSTER_SIZE - in);
        bool created;
        BlockCluster *cl = block_overlay_make(d->overlay, c, &created);
        if (created && n < BLOCK_CLUSTER_SIZE &&
            !base_cluster(d, c, cl->data, &e)) {
            block_overlay_drop(d->overlay, c);
            return host_error(d, e);
        }
        memcpy(cl->data + in, in_buf, n);
        cl->sha_valid = false;
        in_buf += n;
        offset += n;
        len -= n;
    }
    return BLOCK_OK;
}

BlockStatus block_flush(BlockDrive *d)
{
    if (!d->img) {
        return BLOCK_ENOMEDIUM;
    }
    if (d->write_through && fsync(d->img->fd) < 0 && errno != EINVAL) {
        GError *e = g_error_new(FARAD_ERROR, FARAD_ERROR_IO, "%s: fsync: %s",
                                d->img->path, g_strerror(errno));
        return host_error(d, e);
    }
    return BLOCK_OK;
}

BlockStatus block_discard(BlockDrive *d, uint64_t offset, uint64_t len)
{
    BlockStatus st = check_range(d, offset, len);
    if (st != BLOCK_OK) {
        return st;
    }
    if (d->read_only) {
        return BLOCK_EROFS;
    }
    if (!d->discard || !len) {
        return BLOCK_OK;
    }
    if (d->write_through) {
#ifdef FALLOC_FL_PUNCH_HOLE
        /* best effort, as QEMU's: a file system without holes keeps
         * the data, which discard allows */
        (void)fallocate(d->img->fd, FALLOC_FL_PUNCH_HOLE |
                        FALLOC_FL_KEEP_SIZE, (off_t)offset, (off_t)len);
#endif
        return BLOCK_OK;
    }
    uint64_t first = (offset + BLOCK_CLUSTER_SIZE - 1) / BLOCK_CLUSTER_SIZE;
    uint64_t end = (offset + len) / BLOCK_CLUSTER_SIZE;
    if (offset + len == d->img->size) {
        end = (offset + len + BLOCK_CLUSTER_SIZE - 1) / BLOCK_CLUSTER_SIZE;
    }
    for (uint64_t c = first; c < end; c++) {
        block_overlay_drop(d->overlay, c);
    }
    return BLOCK_OK;
}

BlockStatus block_write_zeroes(BlockDrive *d, uint64_t offset, uint64_t len)
{
    static const uint8_t zeros[BLOCK_CLUSTER_SIZE];
    BlockStatus st = check_range(d, offset, len);
    while (st == BLOCK_OK && len) {
        uint64_t n = MIN(len, BLOCK_CLUSTER_SIZE - offset % BLOCK_CLUSTER_SIZE);
        st = block_write(d, offset, zeros, n);
        offset += n;
        len -= n;
    }
    return st;
}

static bool sector_range(uint64_t sector, uint64_t count, uint64_t *off,
                         uint64_t *len)
{
    if (sector > UINT64_MAX / BLOCK_SECTOR_SIZE ||
        count > UINT64_MAX / BLOCK_SECTOR_SIZE) {
        return false;
    }
    *off = sector * BLOCK_SECTOR_SIZE;
    *len = count * BLOCK_SECTOR_SIZE;
    return true;
}

BlockStatus block_read_sectors(BlockDrive *d, uint64_t sector, void *buf,
                               uint64_t count)
{
    uint64_t off, len;
    return sector_range(sector, count, &off, &len)
        ? block_read(d, off, buf, len) : BLOCK_ERANGE;
}

BlockStatus block_write_sectors(BlockDrive *d, uint64_t sector,
                                const void *buf, uint64_t count)
{
    uint64_t off, len;
    return sector_range(sector, count, &off, &len)
        ? block_write(d, off, buf, len) : BLOCK_ERANGE;
}

/* ---- the overlay seen from outside ---- */

uint64_t block_overlay_clusters(const BlockDrive *d)
{
    return block_overlay_count(d->overlay);
}

typedef struct WalkCtx {
    BlockClusterFn fn;
    void *opaque;
    bool stopped;
} WalkCtx;

static gboolean walk_one(gpointer key, gpointer value, gpointer data)
{
    WalkCtx *w = data;
    BlockCluster *c = value;
    if (!c->sha_valid) {
        gsize n = sizeof c->sha256;
        GChecksum *ck = g_checksum_new(G_CHECKSUM_SHA256);
        g_checksum_update(ck, c->data, BLOCK_CLUSTER_SIZE);
        g_checksum_get_digest(ck, c->sha256, &n);
        g_checksum_free(ck);
        c->sha_valid = true;
    }
    if (!w->fn(w->opaque, *(uint64_t *)key, c->data, c->sha256)) {
        w->stopped = true;
        return TRUE;
    }
    return FALSE;
}

bool block_overlay_foreach(BlockDrive *d, BlockClusterFn fn, void *opaque)
{
    WalkCtx w = { .fn = fn, .opaque = opaque };
    g_tree_foreach(d->overlay->clusters, walk_one, &w);
    return !w.stopped;
}

bool block_overlay_fits(const BlockDrive *d, const BlockOverlay *ov,
                        GError **err)
{
    uint64_t end = block_overlay_end(ov);
    uint64_t clusters = (block_size(d) + BLOCK_CLUSTER_SIZE - 1) /
                        BLOCK_CLUSTER_SIZE;
    if (end > clusters) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "drive '%s': overlay cluster %" PRIu64 " is past the "
                    "end of the %" PRIu64 "-byte medium", d->id, end - 1,
                    block_size(d));
        return false;
    }
    return true;
}

void block_overlay_install(BlockDrive *d, BlockOverlay *ov)
{
    block_overlay_free(d->overlay);
    d->overlay = ov ? ov : block_overlay_new();
}

typedef struct CommitCtx {
    BlockDrive *d;
    GError **err;
} CommitCtx;

static bool commit_one(void *opaque, uint64_t index, const uint8_t *data,
                       const uint8_t *sha256)
{
    (void)sha256;
    CommitCtx *c = opaque;
    BlockImage *img = c->d->img;
    uint64_t off = index * BLOCK_CLUSTER_SIZE;
    uint64_t n = MIN((uint64_t)BLOCK_CLUSTER_SIZE, img->size - off);
    return img->fmt->write(img, off, data, n, c->err);
}

bool block_commit(BlockDrive *d, GError **err)
{
    if (!d->img) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "drive '%s' has no medium", d->id);
        return false;
    }
    if (d->read_only) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "drive '%s' is read-only", d->id);
        return false;
    }
    if (d->write_through || !block_overlay_count(d->overlay)) {
        return true;   /* nothing held back */
    }
    if (!d->img->fmt->write) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "drive '%s': farad cannot write %s images", d->id,
                    d->img->fmt->name);
        return false;
    }
    /* the image was opened read-only: reopen it for writing */
    int fd = open(d->img->path, O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "drive '%s': Could not open '%s' for writing: %s",
                    d->id, d->img->path, g_strerror(errno));
        return false;
    }
    close(d->img->fd);
    d->img->fd = fd;
    d->img->writable = true;
    CommitCtx c = { .d = d, .err = err };
    if (!block_overlay_foreach(d, commit_one, &c)) {
        return false;   /* the overlay stays: its data is still right */
    }
    if (fsync(fd) < 0 && errno != EINVAL) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO, "drive '%s': %s: "
                    "fsync: %s", d->id, d->img->path, g_strerror(errno));
        return false;
    }
    block_overlay_install(d, NULL);
    return true;
}

void block_info(BlockSet *bs, FILE *out)
{
    for (BlockDrive *d = block_next(bs, NULL); d; d = block_next(bs, d)) {
        if (!d->img) {
            fprintf(out, "%s: [not inserted]\n", d->id);
        } else {
            fprintf(out, "%s: %s (%s%s)\n", d->id, d->file,
                    d->img->fmt->name, d->read_only ? ", read-only" : "");
        }
        fprintf(out, "    Attached to:      %s\n",
                d->owner ? d->owner : "(none)");
        if (d->img) {
            fprintf(out, "    Writes:           %s\n",
                    d->read_only ? "refused (read-only)"
                    : d->write_through ? "through to the image (snapshot=off)"
                    : "overlay");
            if (!d->write_through && !d->read_only) {
                fprintf(out, "    Overlay:          %" PRIu64
                        " clusters of %u bytes\n",
                        block_overlay_count(d->overlay), BLOCK_CLUSTER_SIZE);
            }
        }
        fprintf(out, "\n");
    }
}
