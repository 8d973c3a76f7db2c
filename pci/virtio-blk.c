/* SPDX-License-Identifier: MIT */
/*
 * virtio-blk-pci (virtio block device, id 2; PCI 1af4:1001, class
 * 0x010000, one request queue of 256, as QEMU 7.2; pseries-2.8 and
 * older: 128 and no DISCARD / WRITE_ZEROES, as QEMU's compat rows) on a drive of the
 * block layer (core/block/block.h): `-device virtio-blk-pci,drive=ID`,
 * and one device per `-drive ...,if=virtio` no -device claimed, made
 * after the -device ones as QEMU does. Requests (virtio 1.x 5.2.6): a
 * 16-byte header {le32 type, le32 reserved, le64 sector}, the data, a
 * status byte; IN, OUT, FLUSH, GET_ID (the drive's serial=), DISCARD
 * and WRITE_ZEROES (one segment each); a read-only drive offers
 * VIRTIO_BLK_F_RO and fails writes. Requests complete synchronously
 * when the driver notifies the queue.
 */
#include <string.h>

#include "core/block/block.h"
#include "core/machine/platform.h"
#include "virtio-blk.h"
#include "virtio-pci.h"

#define BLK_MAX_REQUEST (64u << 20)     /* larger data: an I/O error */
#define BLK_ID_BYTES 20
#define BLK_MAX_DISCARD_SECTORS 0x3fffffu

enum {
    BLK_F_SEG_MAX = 2, BLK_F_GEOMETRY = 4, BLK_F_RO = 5, BLK_F_BLK_SIZE = 6, BLK_F_FLUSH = 9,
    BLK_F_TOPOLOGY = 10, BLK_F_CONFIG_WCE = 11, BLK_F_DISCARD = 13,
    BLK_F_WRITE_ZEROES = 14,
};

enum {
    BLK_T_IN = 0, BLK_T_OUT = 1, BLK_T_FLUSH = 4, BLK_T_GET_ID = 8,
    BLK_T_DISCARD = 11, BLK_T_WRITE_ZEROES = 13, BLK_T_BARRIER = 0x80000000u,
    BLK_S_OK = 0, BLK_S_IOERR = 1, BLK_S_UNSUPP = 2,
};

/* struct virtio_blk_config offsets (5.2.4). */
enum {
    CFG_CAPACITY = 0, CFG_SIZE_MAX = 8, CFG_SEG_MAX = 12, CFG_GEOMETRY = 16,
    CFG_BLK_SIZE = 20,
    CFG_WRITEBACK = 32, CFG_NUM_QUEUES = 34, CFG_MAX_DISCARD = 36,
    CFG_MAX_DISCARD_SEG = 40, CFG_DISCARD_ALIGN = 44,
    CFG_MAX_WZ = 48, CFG_MAX_WZ_SEG = 52, CFG_WZ_MAY_UNMAP = 56,
    CFG_SIZE_BASE = 36,      /* up to num_queues: without the next */
    CFG_SIZE_DISCARD = 48,   /* through discard_sector_alignment */
    CFG_SIZE = 57,           /* through write_zeroes_may_unmap (QEMU 7.2's
                                feature_sizes end there: the three
                                unused bytes after it are not config) */
};

typedef struct VirtioBlk {
    VirtioPci vpci;            /* must be first */
    char *drive_id;            /* "drive" */
    char *serial;              /* "serial" (else the drive's serial=) */
    uint32_t queue_size;       /* "queue-size" (pseries-2.8: 128) */
    bool discard;              /* "discard": offer DISCARD */
    bool write_zeroes;         /* "write-zeroes": offer WRITE_ZEROES */
    BlockDrive *drive;
    uint16_t cyls;             /* the geometry QEMU guesses (realize) */
    uint8_t heads, secs;
    VqElem *elem;              /* scratch for one request */
    VirtioDevInfo info;        /* features depend on the drive */
} VirtioBlk;

static void put_le(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        p[i] = (uint8_t)(v >> (8 * i));
    }
}

/* The multi-byte fields of struct virtio_blk_config (a big-endian
 * legacy driver reads them byte-reversed): capacity, size_max,
 * seg_max, geometry.cylinders, blk_size, topology's min_io_size and
 * opt_io_size, num_queues, the discard and write-zeroes limits. */
static const VirtioCfgField blk_config_fields[] = {
    { CFG_CAPACITY, 8 }, { CFG_SIZE_MAX, 4 }, { CFG_SEG_MAX, 4 },
    { 16, 2 }, { CFG_BLK_SIZE, 4 }, { 26, 2 }, { 28, 4 },
    { CFG_NUM_QUEUES, 2 }, { CFG_MAX_DISCARD, 4 },
    { CFG_MAX_DISCARD_SEG, 4 }, { CFG_DISCARD_ALIGN, 4 },
    { CFG_MAX_WZ, 4 }, { CFG_MAX_WZ_SEG, 4 }, { 0, 0 }
};

static void fill_config(VirtioBlk *s)
{
    uint8_t *c = s->vpci.config;
    memset(c, 0, CFG_SIZE);
    put_le(c + CFG_CAPACITY, block_sectors(s->drive), 8);
    put_le(c + CFG_SEG_MAX, s->queue_size - 2, 4);
    put_le(c + CFG_GEOMETRY, s->cyls, 2);
    c[CFG_GEOMETRY + 2] = s->heads;
    c[CFG_GEOMETRY + 3] = s->secs;
    put_le(c + CFG_BLK_SIZE, BLOCK_SECTOR_SIZE, 4);
    c[CFG_WRITEBACK] = 1;
    put_le(c + CFG_NUM_QUEUES, 1, 2);
    put_le(c + CFG_MAX_DISCARD, BLK_MAX_DISCARD_SECTORS, 4);
    put_le(c + CFG_MAX_DISCARD_SEG, 1, 4);
    put_le(c + CFG_DISCARD_ALIGN, 1, 4);
    put_le(c + CFG_MAX_WZ, BLK_MAX_DISCARD_SECTORS, 4);
    put_le(c + CFG_MAX_WZ_SEG, 1, 4);
    c[CFG_WZ_MAY_UNMAP] = block_discard_enabled(s->drive);
}

/*
 * The geometry QEMU 7.2's virtio-blk offers (VIRTIO_BLK_F_GEOMETRY,
 * always) for a drive without one given, as hw/block/hd-geometry.c
 * guesses it: with a DOS partition table (0x55 0xaa at 510) the heads
 * and sectors per track of its first entry that has sectors, an end
 * head and a cylinder count in 1..16383 for the disk, when that is at
 * most 16 heads; otherwise 16 heads, 63 sectors, and the cylinders the
 * disk's size gives, within 2..16383.
 */
static void guess_geometry(VirtioBlk *s)
{
    uint64_t n = block_sectors(s->drive);
    uint8_t mbr[512];
    if (n && block_read(s->drive, 0, mbr, sizeof(mbr)) == BLOCK_OK &&
        mbr[510] == 0x55 && mbr[511] == 0xaa) {
        for (int i = 0; i < 4; i++) {
            const uint8_t *p = mbr + 0x1be + 16 * i;
            uint32_t nr = (uint32_t)p[12] | (uint32_t)p[13] << 8 |
                          (uint32_t)p[14] << 16 | (uint32_t)p[15] << 24;
            unsigned heads = p[5] + 1u, secs = p[6] & 63u;
            if (!nr || !p[5] || !secs) {
                continue;
            }
            uint64_t cyls = n / (heads * secs);
            if (cyls < 1 || cyls > 16383) {
                continue;
            }
            if (heads <= 16) {
                s->cyls = (uint16_t)cyls;
                s->heads = (uint8_t)heads;
                s->secs = (uint8_t)secs;
                return;
            }
            break;
        }
    }
    uint64_t cyls = n / (16 * 63);
    s->cyls = (uint16_t)(cyls > 16383 ? 16383 : cyls < 2 ? 2 : cyls);
    s->heads = 16;
    s->secs = 63;
}

/* Whether [sector, sector + bytes) lies on the medium. */
static bool range_ok(VirtioBlk *s, uint64_t sector, uint64_t bytes)
{
    uint64_t n = block_sectors(s->drive);
    return bytes % BLOCK_SECTOR_SIZE == 0 && sector <= n &&
           bytes / BLOCK_SECTOR_SIZE <= n - sector;
}

static uint8_t status_of(BlockStatus st)
{
    return st == BLOCK_OK ? BLK_S_OK : BLK_S_IOERR;
}

/* DISCARD / WRITE_ZEROES: one {le64 sector, le32 num_sectors,
 * le32 flags} segment (max_discard_seg 1). */
static uint8_t do_discard(VirtioBlk *s, VirtQueue *q, VqElem *e, bool zero)
{
    uint64_t dlen = e->out_len - 16;
    uint8_t seg[16];
    if (dlen == 0 || dlen % 16) {
        return BLK_S_UNSUPP;
    }
    if (dlen > 16) {
        return BLK_S_UNSUPP;   /* more segments than max_*_seg */
    }
    if (vq_elem_read(q, e, 16, seg, 16) != 16) {
        return BLK_S_IOERR;
    }
    uint64_t sector = virtio_pci_ld(&s->vpci, seg, 8);
    uint64_t count = virtio_pci_ld(&s->vpci, seg + 8, 4);
    uint32_t flags = (uint32_t)virtio_pci_ld(&s->vpci, seg + 12, 4);
    if ((flags & ~1u) || (!zero && (flags & 1))) {
        return BLK_S_UNSUPP;   /* only WRITE_ZEROES knows "unmap" */
    }
    if (count > BLK_MAX_DISCARD_SECTORS ||
        !range_ok(s, sector, count * BLOCK_SECTOR_SIZE)) {
        return BLK_S_IOERR;
    }
    if (block_read_only(s->drive)) {
        return BLK_S_IOERR;
    }
    uint64_t off = sector * BLOCK_SECTOR_SIZE, len = count * BLOCK_SECTOR_SIZE;
    return status_of(zero ? block_write_zeroes(s->drive, off, len)
                          : block_discard(s->drive, off, len));
}

/* Run one request; returns the bytes written into its in buffers
 * (data plus the status byte), or -1 when the request has no room for
 * a header and a status (the device breaks). */
static int64_t do_request(VirtioBlk *s, VirtQueue *q, VqElem *e)
{
    uint8_t hdr[16];
    if (e->out_len < 16 || e->in_len < 1 ||
        vq_elem_read(q, e, 0, hdr, 16) != 16) {
        return -1;
    }
    /* bit 31 is the legacy VIRTIO_BLK_T_BARRIER, which SLOF sets on its
     * reads: ignored, as QEMU does */
    uint32_t type = (uint32_t)virtio_pci_ld(&s->vpci, hdr, 4) &
                    ~BLK_T_BARRIER;
    uint64_t sector = virtio_pci_ld(&s->vpci, hdr + 8, 8);
    uint64_t din = e->in_len - 1;       /* room for data to the driver */
    uint64_t dout = e->out_len - 16;    /* data from the driver */
    uint64_t written = 0;
    uint8_t status;
    switch (type) {
    case BLK_T_IN:
        if (din > BLK_MAX_REQUEST || !range_ok(s, sector, din)) {
            status = BLK_S_IOERR;
            break;
        }
        {
            uint8_t *buf = g_malloc(din ? din : 1);
            status = status_of(block_read(s->drive, sector * BLOCK_SECTOR_SIZE,
                                          buf, din));
            if (status == BLK_S_OK) {
                written = vq_elem_write(q, e, 0, buf, din);
            }
            g_free(buf);
        }
        break;
    case BLK_T_OUT:
        if (dout > BLK_MAX_REQUEST || !range_ok(s, sector, dout) ||
            block_read_only(s->drive)) {
            status = BLK_S_IOERR;
            break;
        }
        {
            uint8_t *buf = g_malloc(dout ? dout : 1);
            if (vq_elem_read(q, e, 16, buf, dout) != dout) {
                status = BLK_S_IOERR;
            } else {
                status = status_of(block_write(s->drive,
                                               sector * BLOCK_SECTOR_SIZE,
                                               buf, dout));
            }
            g_free(buf);
        }
        break;
    case BLK_T_FLUSH:
        status = status_of(block_flush(s->drive));
        break;
    case BLK_T_GET_ID: {
        char id[BLK_ID_BYTES] = { 0 };
        const char *serial = s->serial ? s->serial : block_serial(s->drive);
        if (serial) {
            /* up to 20 bytes, NUL-terminated only when shorter (5.2.6) */
            memcpy(id, serial, MIN(strlen(serial), sizeof(id)));
        }
        written = vq_elem_write(q, e, 0, id, MIN(din, sizeof(id)));
        status = BLK_S_OK;
        break;
    }
    case BLK_T_DISCARD:
    case BLK_T_WRITE_ZEROES:
        if (!virtio_pci_has_feature(&s->vpci, type == BLK_T_DISCARD
                                    ? BLK_F_DISCARD : BLK_F_WRITE_ZEROES)) {
            status = BLK_S_UNSUPP;
            break;
        }
        status = do_discard(s, q, e, type == BLK_T_WRITE_ZEROES);
        break;
    default:
        status = BLK_S_UNSUPP;
        break;
    }
    vq_elem_write(q, e, e->in_len - 1, &status, 1);
    return (int64_t)written + 1;
}

static void blk_notify(VirtioPci *v, unsigned qi)
{
    VirtioBlk *s = (VirtioBlk *)v;
    VirtQueue *q = &v->vq[qi];
    while (virtio_pci_pop(v, qi, s->elem) == VQ_GOT) {
        int64_t len = do_request(s, q, s->elem);
        if (len < 0) {
            virtio_pci_error(v, qi, "request without header or status");
            return;
        }
        if (!virtio_pci_push(v, qi, s->elem, (uint32_t)len)) {
            return;
        }
    }
    virtio_pci_notify(v, qi);
}

/* The driver may switch the cache mode (CONFIG_WCE): writeback is the
 * one writable field; farad's drives behave the same either way. */
static void blk_config_write(VirtioPci *v, uint32_t off, unsigned size)
{
    (void)off, (void)size;
    v->config[CFG_WRITEBACK] = v->config[CFG_WRITEBACK] ? 1 : 0;
}

static void blk_reset(VirtioPci *v)
{
    fill_config((VirtioBlk *)v);
}

static bool blk_realize(Device *dev, GError **err)
{
    VirtioBlk *s = (VirtioBlk *)dev;
    if (!s->drive_id) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "drive property not set");
        return false;
    }
    /* QEMU's checks and words */
    if (s->queue_size <= 2) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "invalid queue-size property (%u), must be > 2",
                    s->queue_size);
        return false;
    }
    if ((s->queue_size & (s->queue_size - 1)) ||
        s->queue_size > VIRTQ_MAX_SIZE) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "invalid queue-size property (%u), must be a power of 2 "
                    "(max %u)", s->queue_size, VIRTQ_MAX_SIZE);
        return false;
    }
    BlockDrive *d = block_find(machine_blocks(dev->machine), s->drive_id);
    if (!d) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Property 'virtio-blk-device.drive' can't find value "
                    "'%s'", s->drive_id);
        return false;
    }
    if (!block_has_medium(d)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Device needs media, but drive is empty");
        return false;
    }
    if (!block_claim(d, dev->cls->name, err)) {
        return false;
    }
    s->drive = d;
    guess_geometry(s);
    /* the config space ends after the last field a feature needs, and
     * the legacy I/O BAR holds it after its 24-byte header (QEMU) */
    uint32_t cfg_size = s->write_zeroes ? CFG_SIZE
                        : s->discard ? CFG_SIZE_DISCARD : CFG_SIZE_BASE;
    uint32_t io_size = 32;
    while (io_size < 24 + cfg_size) {
        io_size <<= 1;
    }
    s->info = (VirtioDevInfo){
        .device_id = 2,
        .class_code = 0x010000,
        .legacy_io_size = io_size,
        .config_size = cfg_size,
        .config_fields = blk_config_fields,
        .features = 1ULL << BLK_F_SEG_MAX | 1ULL << BLK_F_GEOMETRY |
                    1ULL << BLK_F_BLK_SIZE |
                    1ULL << BLK_F_FLUSH | 1ULL << BLK_F_TOPOLOGY |
                    1ULL << BLK_F_CONFIG_WCE |
                    (s->discard ? 1ULL << BLK_F_DISCARD : 0) |
                    (s->write_zeroes ? 1ULL << BLK_F_WRITE_ZEROES : 0) |
                    (block_read_only(d) ? 1ULL << BLK_F_RO : 0),
        .queue_notify = blk_notify,
        .config_write = blk_config_write,
        .reset = blk_reset,
    };
    uint16_t sizes[] = { (uint16_t)s->queue_size };
    if (!virtio_pci_realize(&s->vpci, &s->info, 1, sizes, err)) {
        block_release(d);
        s->drive = NULL;
        return false;
    }
    s->elem = g_new0(VqElem, 1);
    return true;
}

static void blk_reset_dev(Device *dev)
{
    virtio_pci_reset((VirtioPci *)dev);
}

static void blk_unrealize(Device *dev)
{
    VirtioBlk *s = (VirtioBlk *)dev;
    virtio_pci_unrealize(&s->vpci);
    if (s->drive) {
        block_release(s->drive);
        s->drive = NULL;
    }
    g_free(s->elem);
    s->elem = NULL;
}

static const PropDesc blk_props[] = {
    VIRTIO_PCI_PROPS(VirtioBlk, 2),
    PROP_STR("drive", VirtioBlk, drive_id, NULL,
             "Node name or ID of a block device to use as a backend"),
    PROP_STR("serial", VirtioBlk, serial, NULL,
             "disk serial (GET_ID), else the drive's serial="),
    PROP_U32("queue-size", VirtioBlk, queue_size, 256),
    PROP_BOOL("discard", VirtioBlk, discard, true),
    PROP_BOOL("write-zeroes", VirtioBlk, write_zeroes, true),
    PROP_END
};

/* Snapshot section: the transport (requests complete
 * inside the notify write: none is in flight at a save; the disk's
 * contents are the drive overlay's, snap-disk.c). */
static const SnapField blk_snap_fields[] = {
    SNAP_STRUCT_ARRAY("virtio", VirtioBlk, vpci, 1, VirtioPci, &virtio_pci_snap,
                      1),
    SNAP_END
};

static void blk_post_load(void *opaque)
{
    virtio_pci_post_load(opaque);
}

static const SnapSection blk_snap = {
    .name = "virtio-blk", .version = 1, .min_version = 1,
    .fields = blk_snap_fields,
    .post_load = blk_post_load,
    .required = true,
};

const DeviceClass virtio_blk_pci_class = {
    .name = "virtio-blk-pci",
    .alias = "virtio-blk",
    .desc = NULL,
    .category = "Storage",
    .bus = "PCI",
    .size = sizeof(VirtioBlk),
    .props = blk_props,
    .user_creatable = true,
    .realize = blk_realize,
    .reset = blk_reset_dev,
    .unrealize = blk_unrealize,
    .snap = &blk_snap,
};

bool virtio_blk_create_for_drives(Machine *m, GError **err)
{
    BlockDrive *d = NULL;
    while ((d = block_next_unclaimed(machine_blocks(m), BLOCK_IF_VIRTIO,
                                     d))) {
        char *opts = g_strdup_printf("drive=%s", block_id(d));
        Device *dev = device_create(m, "virtio-blk-pci", opts, err);
        g_free(opts);
        if (!dev) {
            return false;
        }
    }
    return true;
}
