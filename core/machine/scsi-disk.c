/* SPDX-License-Identifier: MIT */
/*
 * scsi-hd and scsi-cd: SCSI targets on an adapter's bus (scsi.h), over
 * a block-layer drive (core/block/block.h), with the answers of QEMU
 * 7.2's scsi-disk.c and scsi-bus.c (read for facts) where SPC-4, SBC-3
 * and MMC-6 leave a choice:
 *
 *   - INQUIRY: vendor "QEMU", product "QEMU HARDDISK" / "QEMU CD-ROM",
 *     revision "2.5+", SPC-3 (version 5), the CD removable; VPD pages
 *     0x00 and 0x83 (the drive id as a vendor-specific designator);
 *   - TEST UNIT READY, REQUEST SENSE, READ CAPACITY (10) and (16),
 *     READ and WRITE (6, 10, 12, 16), VERIFY (10), SYNCHRONIZE CACHE
 *     (10, 16), START STOP UNIT, PREVENT ALLOW MEDIUM REMOVAL, MODE
 *     SENSE (6, 10: error recovery, the disk's geometry pages, caching,
 *     the CD's audio and capabilities pages), REPORT LUNS of the
 *     target;
 *   - the CD: 2048-byte blocks, GET CONFIGURATION (profile list with
 *     CD-ROM / DVD-ROM, core, removable medium), READ TOC (formats 0
 *     and 1, LBA or MSF), GET EVENT STATUS NOTIFICATION (media class);
 *     an empty drive answers NOT READY, MEDIUM NOT PRESENT (3a/00);
 *   - a unit attention (29/00, power on or reset) after every machine
 *     or LUN reset, reported once by the first command other than
 *     INQUIRY, REPORT LUNS, REQUEST SENSE, GET CONFIGURATION and GET
 *     EVENT STATUS NOTIFICATION;
 *   - errors: LBA out of range 21/00, invalid opcode 20/00, invalid
 *     field in CDB 24/00, writes to a read-only drive DATA PROTECT
 *     27/00, host I/O errors MEDIUM ERROR 11/00 (read) or 0c/00
 *     (write), DMA errors HARDWARE ERROR 00/00.
 */
#include <string.h>

#include "core/block/block.h"
#include "platform.h"
#include "scsi.h"
#include "spapr.h"

#define XFER_CHUNK (256u << 10)      /* bounce buffer of a READ/WRITE */
#define CD_BLOCK 2048u
#define HD_BLOCK 512u
#define MAX_CHANNEL 7                /* spapr-vscsi's bus limits */
#define MAX_TARGET 63
#define MAX_LUN 31
#define CD_MAX_SECTORS (80 * 60 * 75) /* QEMU: larger is a DVD */

struct ScsiDevice {
    Device dev;                   /* must be first */
    char *drive;                  /* drive= id (NULL: an empty CD) */
    char *bus;                    /* bus= "ID.0" (find_hba), NULL: the
                                     first adapter */
    uint32_t channel, scsi_id, lun; /* UINT32_MAX: chosen at realize */
    bool cd;                      /* scsi-cd */
    Device *hba;                  /* its adapter */
    BlockDrive *blk;              /* NULL: no medium */
    bool ua_pending;              /* unit attention 29/00 to report */
    bool tray_locked;             /* PREVENT MEDIUM REMOVAL */
};

void scsi_result_sense(ScsiResult *r, uint8_t key, uint8_t asc,
                       uint8_t ascq)
{
    r->status = SCSI_CHECK_CONDITION;
    memset(r->sense, 0, sizeof(r->sense));
    r->sense[0] = 0x70;           /* current error, fixed format */
    r->sense[2] = key;
    r->sense[7] = SCSI_SENSE_LEN - 8;
    r->sense[12] = asc;
    r->sense[13] = ascq;
}

static bool is_scsi_dev(const Device *d)
{
    return !strcmp(d->cls->name, "scsi-hd") ||
           !strcmp(d->cls->name, "scsi-cd");
}

ScsiDevice *scsi_next(Machine *m, Device *hba, ScsiDevice *after)
{
    Device *d = after ? after->dev.next : m->devices;
    for (; d; d = d->next) {
        if (is_scsi_dev(d) && ((ScsiDevice *)d)->hba == hba) {
            return (ScsiDevice *)d;
        }
    }
    return NULL;
}

ScsiDevice *scsi_find(Machine *m, Device *hba, unsigned channel,
                      unsigned id, unsigned lun)
{
    for (ScsiDevice *d = scsi_next(m, hba, NULL); d;
         d = scsi_next(m, hba, d)) {
        if (d->channel == channel && d->scsi_id == id && d->lun == lun) {
            return d;
        }
    }
    return NULL;
}

void scsi_address(const ScsiDevice *d, unsigned *channel, unsigned *id,
                  unsigned *lun)
{
    *channel = d->channel;
    *id = d->scsi_id;
    *lun = d->lun;
}

void scsi_device_reset(ScsiDevice *d)
{
    d->ua_pending = true;
    d->tray_locked = false;
}

static bool has_medium(const ScsiDevice *d)
{
    return d->blk && block_has_medium(d->blk);
}

static uint32_t block_len(const ScsiDevice *d)
{
    return d->cd ? CD_BLOCK : HD_BLOCK;
}

static uint64_t nb_blocks(const ScsiDevice *d)
{
    return has_medium(d) ? block_size(d->blk) / block_len(d) : 0;
}

static void st_be(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        p[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
    }
}

static uint64_t ld_be(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) {
        v = v << 8 | p[i];
    }
    return v;
}

/* Hand len bytes of buf (at most alloc) to the initiator. */
static void data_in(const ScsiXfer *x, ScsiResult *r, const uint8_t *buf,
                    uint32_t len, uint32_t alloc)
{
    r->status = SCSI_GOOD;
    r->data_out = false;
    r->xfer_len = MIN(len, alloc);
    if (!r->xfer_len) {
        return;
    }
    int64_t n = x->move(x->opaque, (void *)buf, (uint32_t)r->xfer_len, 0,
                        true);
    if (n < 0) {
        scsi_result_sense(r, SENSE_HARDWARE_ERROR, 0, 0);
        return;
    }
    r->moved = (uint64_t)n;
}

static void pad_copy(uint8_t *dst, const char *src, size_t n)
{
    memset(dst, ' ', n);
    memcpy(dst, src, MIN(strlen(src), n));
}

static void cmd_inquiry(ScsiDevice *d, const uint8_t *cdb,
                        const ScsiXfer *x, ScsiResult *r)
{
    uint8_t buf[256] = { 0 };
    uint32_t alloc = (uint32_t)ld_be(cdb + 3, 2), len;
    uint8_t type = d->cd ? 0x05 : 0x00;
    if (cdb[1] & 1) {                       /* vital product data */
        buf[0] = type;
        buf[1] = cdb[2];
        switch (cdb[2]) {
        case 0x00:                          /* supported pages */
            buf[3] = 2;
            buf[4] = 0x00;
            buf[5] = 0x83;
            len = 6;
            break;
        case 0x83: {                        /* device identification */
            const char *id = d->blk ? block_id(d->blk) : NULL;
            uint32_t n = id ? (uint32_t)MIN(strlen(id), 255u - 8) : 0;
            if (n) {
                buf[4] = 0x2;               /* ASCII */
                buf[5] = 0x0;               /* vendor specific, LUN */
                buf[7] = (uint8_t)n;
                memcpy(buf + 8, id, n);
                n += 4;
            }
            st_be(buf + 2, n, 2);
            len = 4 + n;
            break;
        }
        default:
            scsi_result_sense(r, SENSE_ILLEGAL_REQUEST, 0x24, 0);
            return;
        }
        data_in(x, r, buf, len, alloc);
        return;
    }
    if (cdb[2]) {                           /* a page without EVPD */
        scsi_result_sense(r, SENSE_ILLEGAL_REQUEST, 0x24, 0);
        return;
    }
    len = MIN(alloc, (uint32_t)sizeof(buf));
    buf[0] = type;
    buf[1] = d->cd ? 0x80 : 0;              /* removable */
    buf[2] = 5;                             /* SPC-3 */
    buf[3] = 0x02 | 0x10;                   /* format 2, HiSup */
    buf[4] = len > 36 ? (uint8_t)(len - 5) : 36 - 5;
    buf[7] = 0x10 | 0x02;                   /* sync, command queueing */
    pad_copy(buf + 8, "QEMU", 8);
    pad_copy(buf + 16, d->cd ? "QEMU CD-ROM" : "QEMU HARDDISK", 16);
    memcpy(buf + 32, "2.5+", 4);
    data_in(x, r, buf, len, alloc);
}

/* Mode page p (QEMU's values) at out; its length, 0 when the device
 * has no such page. pc 1 asks for the changeable bits (none). */
static uint32_t mode_page(ScsiDevice *d, uint8_t p, unsigned pc,
                          uint8_t *out)
{
    uint32_t n;
    switch (p) {
    case 0x01:                              /* read-write error recovery */
        n = 12;
        if (pc != 1) {
            out[2] = 0x80;                  /* AWRE */
        }
        break;
    case 0x04: {                            /* rigid disk geometry */
        if (d->cd) {
            return 0;
        }
        n = 24;
        if (pc == 1) {
            break;
        }
        uint64_t cyls = nb_blocks(d) / (16 * 63);
        cyls = cyls < 2 ? 2 : cyls > 16383 ? 16383 : cyls;
        st_be(out + 2, cyls, 3);
        out[5] = 16;                        /* heads */
        st_be(out + 6, cyls, 3);            /* write precompensation */
        st_be(out + 9, cyls, 3);            /* reduced write current */
        st_be(out + 12, 200, 2);            /* step rate */
        st_be(out + 14, 0xffffff, 3);       /* landing zone */
        st_be(out + 20, 5400, 2);           /* rpm */
        break;
    }
    case 0x05: {                            /* flexible disk */
        if (d->cd) {
            return 0;
        }
        n = 32;
        if (pc == 1) {
            break;
        }
        uint64_t cyls = nb_blocks(d) / (16 * 63);
        cyls = cyls < 2 ? 2 : cyls > 16383 ? 16383 : cyls;
        st_be(out + 2, 5000, 2);            /* kbit/s */
        out[4] = 16;                        /* heads */
        out[5] = 63;                        /* sectors per track */
        st_be(out + 6, block_len(d), 2);
        st_be(out + 8, cyls, 2);
        st_be(out + 10, cyls, 2);           /* write precompensation */
        st_be(out + 12, cyls, 2);           /* reduced write current */
        st_be(out + 14, 200, 2);            /* step rate */
        out[16] = 0xff;                     /* pulse width */
        st_be(out + 17, 0xff, 2);           /* head settle */
        out[19] = 0xff;                     /* motor on */
        out[20] = 0xff;                     /* motor off */
        st_be(out + 28, 5400, 2);           /* rpm */
        break;
    }
    case 0x0e:                              /* CD audio control */
        if (!d->cd) {
            return 0;
        }
        n = 16;
        break;
    case 0x08:                              /* caching */
        n = 20;
        if (pc != 1) {
            out[2] = 0x04;                  /* write cache enabled */
        } else {
            out[2] = 0x04;                  /* WCE is changeable */
        }
        break;
    case 0x2a:                              /* CD capabilities */
        if (!d->cd) {
            return 0;
        }
        n = 22;
        if (pc == 1) {
            break;
        }
        out[2] = 0x3b;                      /* reads CD-R, CD-RW, ... */
        out[4] = 0x7f;                      /* audio, mode 2, multisession */
        out[5] = 0xff;
        out[6] = 0x2d | (d->tray_locked ? 0x02 : 0); /* lock, eject, tray */
        st_be(out + 8, 50 * 176, 2);        /* 50x */
        st_be(out + 10, 2, 2);              /* volume levels */
        st_be(out + 12, 2048, 2);           /* buffer KiB */
        st_be(out + 14, 16 * 176, 2);
        st_be(out + 18, 16 * 176, 2);
        st_be(out + 20, 16 * 176, 2);
        break;
    default:
        return 0;
    }
    out[0] = p;
    out[1] = (uint8_t)(n - 2);
    return n;
}

static void cmd_mode_sense(ScsiDevice *d, const uint8_t *cdb, bool ten,
                           const ScsiXfer *x, ScsiResult *r)
{
    uint8_t buf[512] = { 0 };
    bool dbd = cdb[1] & 0x08;
    unsigned pc = cdb[2] >> 6;
    uint8_t page = cdb[2] & 0x3f;
    uint32_t alloc = ten ? (uint32_t)ld_be(cdb + 7, 2) : cdb[4];
    uint32_t hdr = ten ? 8 : 4, at = hdr;
    if (pc == 3) {                          /* saved values */
        scsi_result_sense(r, SENSE_ILLEGAL_REQUEST, 0x39, 0);
        return;
    }
    /* no DPO/FUA (QEMU's default); the disk's write protection */
    uint8_t dsp = !d->cd && d->blk && block_read_only(d->blk) ? 0x80 : 0;
    if (!dbd && has_medium(d)) {            /* one block descriptor */
        uint64_t nb = nb_blocks(d);
        st_be(buf + at + 1, nb > 0xffffff ? 0 : nb, 3);
        st_be(buf + at + 5, block_len(d), 3);
        at += 8;
    }
    uint32_t blkdesc = at - hdr;
    if (page == 0x3f) {
        static const uint8_t all[] = { 0x01, 0x04, 0x05, 0x08, 0x0e,
                                       0x2a };
        for (size_t i = 0; i < sizeof(all); i++) {
            at += mode_page(d, all[i], pc, buf + at);
        }
    } else {
        uint32_t n = mode_page(d, page, pc, buf + at);
        if (!n || (cdb[3] && cdb[3] != 0xff)) {   /* no subpages */
            scsi_result_sense(r, SENSE_ILLEGAL_REQUEST, 0x24, 0);
            return;
        }
        at += n;
    }
    if (ten) {
        st_be(buf, at - 2, 2);
        buf[3] = dsp;
        st_be(buf + 6, blkdesc, 2);
    } else {
        buf[0] = (uint8_t)(at - 1);
        buf[2] = dsp;
        buf[3] = (uint8_t)blkdesc;
    }
    data_in(x, r, buf, at, alloc);
}

static void cmd_read_capacity(ScsiDevice *d, const uint8_t *cdb, bool sixteen,
                              const ScsiXfer *x, ScsiResult *r)
{
    uint8_t buf[32] = { 0 };
    uint64_t last = nb_blocks(d) - 1;
    if (sixteen) {
        st_be(buf, last, 8);
        st_be(buf + 8, block_len(d), 4);
        data_in(x, r, buf, 32, (uint32_t)ld_be(cdb + 10, 4));
        return;
    }
    st_be(buf, last > 0xffffffffULL ? 0xffffffffULL : last, 4);
    st_be(buf + 4, block_len(d), 4);
    data_in(x, r, buf, 8, 8);
}

/* The LBA and block count of a READ or WRITE (6, 10, 12, 16). */
static void rw_range(const uint8_t *cdb, uint64_t *lba, uint32_t *count)
{
    switch (cdb[0] >> 5) {
    case 0:                                 /* 6-byte */
        *lba = ld_be(cdb + 1, 3) & 0x1fffff;
        *count = cdb[4] ? cdb[4] : 256;
        break;
    case 1:                                 /* 10-byte */
        *lba = ld_be(cdb + 2, 4);
        *count = (uint32_t)ld_be(cdb + 7, 2);
        break;
    case 5:                                 /* 12-byte */
        *lba = ld_be(cdb + 2, 4);
        *count = (uint32_t)ld_be(cdb + 6, 4);
        break;
    default:                                /* 16-byte */
        *lba = ld_be(cdb + 2, 8);
        *count = (uint32_t)ld_be(cdb + 10, 4);
        break;
    }
}

static void cmd_rw(ScsiDevice *d, const uint8_t *cdb, bool write,
                   const ScsiXfer *x, ScsiResult *r)
{
    uint64_t lba;
    uint32_t count;
    rw_range(cdb, &lba, &count);
    uint64_t nb = nb_blocks(d), bl = block_len(d);
    if (lba > nb || count > nb - lba) {
        scsi_result_sense(r, SENSE_ILLEGAL_REQUEST, 0x21, 0);
        return;
    }
    if (write && block_read_only(d->blk)) {
        scsi_result_sense(r, SENSE_DATA_PROTECT, 0x27, 0);
        return;
    }
    r->status = SCSI_GOOD;
    r->data_out = write;
    r->xfer_len = (uint64_t)count * bl;
    uint8_t *buf = g_malloc(MIN(r->xfer_len, XFER_CHUNK) + 1);
    uint64_t off = lba * bl;
    while (r->moved < r->xfer_len) {
        uint32_t n = (uint32_t)MIN(r->xfer_len - r->moved, XFER_CHUNK);
        if (!write) {
            if (block_read(d->blk, off + r->moved, buf, n) != BLOCK_OK) {
                scsi_result_sense(r, SENSE_MEDIUM_ERROR, 0x11, 0);
                break;
            }
        }
        int64_t k = x->move(x->opaque, buf, n, r->moved, !write);
        if (k < 0) {
            scsi_result_sense(r, SENSE_HARDWARE_ERROR, 0, 0);
            break;
        }
        if (write) {
            /* whole blocks of what the initiator sent */
            uint64_t w = (uint64_t)k - (uint64_t)k % bl;
            if (w && block_write(d->blk, off + r->moved, buf, w) !=
                         BLOCK_OK) {
                scsi_result_sense(r, SENSE_MEDIUM_ERROR, 0x0c, 0);
                break;
            }
        }
        r->moved += (uint64_t)k;
        if ((uint32_t)k < n) {
            break;   /* the initiator's buffers end: residual */
        }
    }
    g_free(buf);
}

static void cmd_request_sense(ScsiDevice *d, const uint8_t *cdb,
                              const ScsiXfer *x, ScsiResult *r)
{
    ScsiResult s = { 0 };
    if (d->ua_pending) {
        scsi_result_sense(&s, SENSE_UNIT_ATTENTION, 0x29, 0);
        d->ua_pending = false;
    } else if (d->cd && !has_medium(d)) {
        scsi_result_sense(&s, SENSE_NOT_READY, 0x3a, 0);
    } else {
        scsi_result_sense(&s, SENSE_NO_SENSE, 0, 0);
    }
    data_in(x, r, s.sense, SCSI_SENSE_LEN, cdb[4]);
}

/* REPORT LUNS of this target: the LUNs of its channel and id. */
static void cmd_report_luns(ScsiDevice *d, const uint8_t *cdb,
                            const ScsiXfer *x, ScsiResult *r)
{
    Machine *m = d->dev.machine;
    GByteArray *a = g_byte_array_new();
    uint8_t hdr[8] = { 0 }, e[8];
    g_byte_array_append(a, hdr, 8);
    bool lun0 = scsi_find(m, d->hba, d->channel, d->scsi_id, 0);
    if (!lun0) {
        memset(e, 0, 8);
        g_byte_array_append(a, e, 8);
    }
    for (ScsiDevice *o = scsi_next(m, d->hba, NULL); o;
         o = scsi_next(m, d->hba, o)) {
        if (o->channel == d->channel && o->scsi_id == d->scsi_id) {
            memset(e, 0, 8);
            e[1] = (uint8_t)o->lun;
            g_byte_array_append(a, e, 8);
        }
    }
    st_be(a->data, a->len - 8, 4);
    data_in(x, r, a->data, a->len, (uint32_t)ld_be(cdb + 6, 4));
    g_byte_array_free(a, TRUE);
}

static void lba_to_msf(uint8_t *p, uint64_t lba)
{
    lba += 150;
    p[0] = 0;
    p[1] = (uint8_t)(lba / 75 / 60);
    p[2] = (uint8_t)(lba / 75 % 60);
    p[3] = (uint8_t)(lba % 75);
}

static void cmd_read_toc(ScsiDevice *d, const uint8_t *cdb,
                         const ScsiXfer *x, ScsiResult *r)
{
    bool msf = cdb[1] & 0x02;
    unsigned format = cdb[2] & 0x0f, start = cdb[6];
    uint32_t alloc = (uint32_t)ld_be(cdb + 7, 2);
    uint8_t buf[32] = { 0 };
    uint32_t len;
    if (format == 0 && !(cdb[2] & 0xf) && (cdb[9] >> 6)) {
        format = cdb[9] >> 6;   /* the old (ATAPI) place of the format */
    }
    switch (format) {
    case 0: {                               /* TOC */
        if (start > 1 && start != 0xaa) {
            scsi_result_sense(r, SENSE_ILLEGAL_REQUEST, 0x24, 0);
            return;
        }
        buf[2] = buf[3] = 1;                /* first and last track */
        len = 4;
        if (start <= 1) {
            buf[len + 1] = 0x14;            /* ADR 1, data track */
            buf[len + 2] = 1;
            if (msf) {
                lba_to_msf(buf + len + 4, 0);
            }
            len += 8;
        }
        buf[len + 1] = 0x16;                /* the lead-out */
        buf[len + 2] = 0xaa;
        if (msf) {
            lba_to_msf(buf + len + 4, nb_blocks(d));
        } else {
            st_be(buf + len + 4, nb_blocks(d), 4);
        }
        len += 8;
        break;
    }
    case 1:                                 /* session information */
        buf[2] = buf[3] = 1;
        buf[5] = 0x14;
        buf[6] = 1;
        if (msf) {
            lba_to_msf(buf + 8, 0);
        }
        len = 12;
        break;
    default:
        scsi_result_sense(r, SENSE_ILLEGAL_REQUEST, 0x24, 0);
        return;
    }
    st_be(buf, len - 2, 2);
    data_in(x, r, buf, len, alloc);
}

static void cmd_get_configuration(ScsiDevice *d, const uint8_t *cdb,
                                  const ScsiXfer *x, ScsiResult *r)
{
    uint8_t buf[64] = { 0 };
    unsigned rt = cdb[1] & 3, first = (unsigned)ld_be(cdb + 2, 2);
    uint32_t alloc = (uint32_t)ld_be(cdb + 7, 2);
    uint16_t profile = !has_medium(d) ? 0
                     : nb_blocks(d) > CD_MAX_SECTORS ? 0x10 : 0x08;
    if (rt == 3) {
        scsi_result_sense(r, SENSE_ILLEGAL_REQUEST, 0x24, 0);
        return;
    }
    st_be(buf + 6, profile, 2);
    uint32_t at = 8;
    static const uint16_t codes[] = { 0x0000, 0x0001, 0x0003 };
    for (size_t i = 0; i < G_N_ELEMENTS(codes); i++) {
        uint16_t c = codes[i];
        if (c < first || (rt == 2 && c != first)) {
            continue;
        }
        uint8_t *f = buf + at;
        st_be(f, c, 2);
        switch (c) {
        case 0x0000:                        /* profile list */
            f[2] = 0x03;                    /* persistent, current */
            f[3] = 8;
            st_be(f + 4, 0x10, 2);          /* DVD-ROM */
            f[6] = profile == 0x10;
            st_be(f + 8, 0x08, 2);          /* CD-ROM */
            f[10] = profile == 0x08;
            break;
        case 0x0001:                        /* core */
            f[2] = 0x0b;                    /* version 2, both */
            f[3] = 8;
            st_be(f + 4, 1, 4);             /* SCSI */
            f[8] = 1;                       /* DBE */
            break;
        default:                            /* removable medium */
            f[2] = 0x03;
            f[3] = 4;
            f[4] = 0x29;                    /* tray, eject, lock */
            break;
        }
        at += 4 + f[3];
    }
    st_be(buf, at - 4, 4);
    data_in(x, r, buf, at, alloc);
}

static void cmd_event_status(ScsiDevice *d, const uint8_t *cdb,
                             const ScsiXfer *x, ScsiResult *r)
{
    uint8_t buf[8] = { 0 };
    uint32_t len;
    if (!(cdb[1] & 1)) {                    /* only polled mode */
        scsi_result_sense(r, SENSE_ILLEGAL_REQUEST, 0x24, 0);
        return;
    }
    buf[3] = 0x10;                          /* media class supported */
    if (cdb[4] & 0x10) {
        buf[2] = 0x04;                      /* media events */
        buf[5] = has_medium(d) ? 0x02 : 0;  /* no change; present */
        len = 8;
    } else {
        buf[2] = 0x80;                      /* no event available */
        len = 4;
    }
    st_be(buf, len - 2, 2);
    data_in(x, r, buf, len, (uint32_t)ld_be(cdb + 7, 2));
}

/* Commands a pending unit attention does not stop (SPC-4 5.14, MMC). */
static bool ua_exempt(uint8_t op)
{
    return op == 0x12 || op == 0xa0 || op == 0x03 || op == 0x46 ||
           op == 0x4a;
}

/* Commands that need a medium (the rest answer without one). */
static bool needs_medium(uint8_t op)
{
    switch (op) {
    case 0x00: case 0x25: case 0x9e: case 0x43: case 0x2f:
    case 0x08: case 0x28: case 0xa8: case 0x88:
    case 0x0a: case 0x2a: case 0xaa: case 0x8a:
    case 0x35: case 0x91:
        return true;
    default:
        return false;
    }
}

void scsi_execute(ScsiDevice *d, const uint8_t *cdb, const ScsiXfer *x,
                  ScsiResult *r)
{
    memset(r, 0, sizeof(*r));
    uint8_t op = cdb[0];
    if (d->ua_pending && !ua_exempt(op)) {
        d->ua_pending = false;
        scsi_result_sense(r, SENSE_UNIT_ATTENTION, 0x29, 0);
        return;
    }
    if (needs_medium(op) && !has_medium(d)) {
        scsi_result_sense(r, SENSE_NOT_READY, 0x3a, 0);
        return;
    }
    switch (op) {
    case 0x00:                              /* TEST UNIT READY */
    case 0x1b:                              /* START STOP UNIT */
        r->status = SCSI_GOOD;
        break;
    case 0x1e:                              /* PREVENT ALLOW REMOVAL */
        d->tray_locked = cdb[4] & 1;
        r->status = SCSI_GOOD;
        break;
    case 0x03:
        cmd_request_sense(d, cdb, x, r);
        break;
    case 0x12:
        cmd_inquiry(d, cdb, x, r);
        break;
    case 0x1a:
    case 0x5a:
        cmd_mode_sense(d, cdb, op == 0x5a, x, r);
        break;
    case 0x25:
        cmd_read_capacity(d, cdb, false, x, r);
        break;
    case 0x9e:                              /* SERVICE ACTION IN (16) */
        if ((cdb[1] & 0x1f) != 0x10) {      /* READ CAPACITY (16) only */
            scsi_result_sense(r, SENSE_ILLEGAL_REQUEST, 0x24, 0);
            break;
        }
        cmd_read_capacity(d, cdb, true, x, r);
        break;
    case 0x08: case 0x28: case 0xa8: case 0x88:
        cmd_rw(d, cdb, false, x, r);
        break;
    case 0x0a: case 0x2a: case 0xaa: case 0x8a:
        cmd_rw(d, cdb, true, x, r);
        break;
    case 0x2f:                              /* VERIFY (10): no compare */
        if (cdb[1] & 0x06) {
            scsi_result_sense(r, SENSE_ILLEGAL_REQUEST, 0x24, 0);
            break;
        }
        r->status = SCSI_GOOD;
        break;
    case 0x35:                              /* SYNCHRONIZE CACHE */
    case 0x91:
        if (block_flush(d->blk) != BLOCK_OK) {
            scsi_result_sense(r, SENSE_MEDIUM_ERROR, 0x0c, 0);
            break;
        }
        r->status = SCSI_GOOD;
        break;
    case 0xa0:
        cmd_report_luns(d, cdb, x, r);
        break;
    case 0x43:
        if (!d->cd) {
            goto invalid;
        }
        cmd_read_toc(d, cdb, x, r);
        break;
    case 0x46:
        if (!d->cd) {
            goto invalid;
        }
        cmd_get_configuration(d, cdb, x, r);
        break;
    case 0x4a:
        if (!d->cd) {
            goto invalid;
        }
        cmd_event_status(d, cdb, x, r);
        break;
    default:
    invalid:
        scsi_result_sense(r, SENSE_ILLEGAL_REQUEST, 0x20, 0);
        break;
    }
}

/* ---- the devices ---- */

/* The adapter bus= names: "ID.0", ID being the adapter's id or, as
 * QEMU names a VIO device without one, its node name ("v-scsi@REG");
 * NULL: the first adapter. */
static Device *find_hba(Machine *m, const char *bus)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (strcmp(d->cls->name, "spapr-vscsi")) {
            continue;
        }
        if (!bus) {
            return d;
        }
        char *name = d->id ? g_strdup_printf("%s.0", d->id)
                           : g_strdup_printf("v-scsi@%x.0",
                                             ((SpaprVioDevice *)d)->reg);
        bool hit = !strcmp(name, bus);
        g_free(name);
        if (hit) {
            return d;
        }
    }
    return NULL;
}

static bool scsi_realize(Device *dev, GError **err)
{
    ScsiDevice *d = (ScsiDevice *)dev;
    Machine *m = dev->machine;
    const char *who = dev->cls->name;
    d->cd = !strcmp(who, "scsi-cd");
    d->hba = find_hba(m, d->bus);
    if (!d->hba) {
        if (d->bus) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Bus '%s' not found", d->bus);
        } else {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "No 'SCSI' bus found for device '%s'", who);
        }
        return false;
    }
    if (d->drive) {
        d->blk = block_find(m->blocks, d->drive);
        if (!d->blk) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: Property '%s.drive' can't find value '%s'",
                        who, who, d->drive);
            return false;
        }
    } else if (!d->cd) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: drive property not set", who);
        return false;
    }
    if (d->lun == UINT32_MAX) {
        d->lun = 0;
    }
    if (d->channel > MAX_CHANNEL || d->lun > MAX_LUN ||
        (d->scsi_id != UINT32_MAX && d->scsi_id > MAX_TARGET)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "bad scsi %s: %d",
                    d->channel > MAX_CHANNEL ? "channel id"
                    : d->lun > MAX_LUN ? "device lun" : "device id",
                    (int)(d->channel > MAX_CHANNEL ? d->channel
                          : d->lun > MAX_LUN ? d->lun : d->scsi_id));
        return false;
    }
    if (d->scsi_id == UINT32_MAX) {         /* the lowest free target */
        uint32_t id = 0;
        while (id <= MAX_TARGET &&
               scsi_find(m, d->hba, d->channel, id, d->lun)) {
            id++;
        }
        if (id > MAX_TARGET) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: no free target", who);
            return false;
        }
        d->scsi_id = id;
    } else if (scsi_find(m, d->hba, d->channel, d->scsi_id, d->lun)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: lun %u is already in use", who, d->lun);
        return false;
    }
    if (d->blk && !block_claim(d->blk, who, err)) {
        return false;
    }
    return true;
}

static void scsi_reset(Device *dev)
{
    scsi_device_reset((ScsiDevice *)dev);
}

static void scsi_unrealize(Device *dev)
{
    ScsiDevice *d = (ScsiDevice *)dev;
    if (d->blk) {
        block_release(d->blk);
    }
}

static const PropDesc scsi_props[] = {
    PROP_STR("drive", ScsiDevice, drive, NULL,
             "Node name or ID of a block device to use as a backend"),
    PROP_STR("bus", ScsiDevice, bus, NULL,
             "the adapter's bus: ID.0 (v-scsi@REG.0 without an id)"),
    PROP_U32("channel", ScsiDevice, channel, 0),
    PROP_U32("scsi-id", ScsiDevice, scsi_id, UINT32_MAX),
    PROP_U32("lun", ScsiDevice, lun, UINT32_MAX),
    PROP_END
};

static const SnapField scsi_fields[] = {
    SNAP_U32_EQUAL("channel", ScsiDevice, channel, 1),
    SNAP_U32_EQUAL("scsi-id", ScsiDevice, scsi_id, 1),
    SNAP_U32_EQUAL("lun", ScsiDevice, lun, 1),
    SNAP_BOOL("unit_attention", ScsiDevice, ua_pending, 1),
    SNAP_BOOL("tray_locked", ScsiDevice, tray_locked, 1),
    SNAP_END
};

static const SnapSection scsi_snap = {
    .name = "scsi-disk", .version = 1, .min_version = 1,
    .fields = scsi_fields,
};

const DeviceClass scsi_hd_class = {
    .name = "scsi-hd",
    .desc = "virtual SCSI disk",
    .category = "Storage",
    .bus = "SCSI",
    .size = sizeof(ScsiDevice),
    .props = scsi_props,
    .snap = &scsi_snap,
    .user_creatable = true,
    .realize = scsi_realize,
    .reset = scsi_reset,
    .unrealize = scsi_unrealize,
};

const DeviceClass scsi_cd_class = {
    .name = "scsi-cd",
    .desc = "virtual SCSI CD-ROM",
    .category = "Storage",
    .bus = "SCSI",
    .size = sizeof(ScsiDevice),
    .props = scsi_props,
    .snap = &scsi_snap,
    .user_creatable = true,
    .realize = scsi_realize,
    .reset = scsi_reset,
    .unrealize = scsi_unrealize,
};
