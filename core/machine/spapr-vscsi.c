/* SPDX-License-Identifier: MIT */
/*
 * spapr-vscsi: PAPR's virtual SCSI adapter (Linux's ibmvscsi, SLOF's
 * vscsi driver) on the VIO bus, the server side of the SCSI RDMA
 * Protocol over a CRQ (PAPR 17.2.3, SRP r16a), with QEMU 7.2's
 * answers (hw/scsi/spapr_vscsi.c, read for facts):
 *
 *   - CRQ: an init message (0xc0 0x01) is answered with init-complete
 *     (0xc0 0x02); payloads (0x80) of format 1 (SRP) or 2 (MAD) carry
 *     the DMA address and length of an information unit (IU, at most
 *     256 bytes) in the guest's window. The reply IU is written over
 *     the request's, and a CRQ entry (0x80, the format, status, its
 *     length, and the IU's tag in place of the address) tells the
 *     guest. Other formats and messages are dropped.
 *   - SRP: LOGIN_REQ -> LOGIN_RSP (request limit 22, IUs of 256 bytes,
 *     direct and indirect descriptors); SRP_CMD to the device its LUN
 *     names (Linux's logical-unit addressing, flat and peripheral forms
 *     too), REPORT LUNS of LUN 0 answered by the adapter for the whole
 *     bus, INQUIRY of an absent LUN answered with peripheral qualifier
 *     3, any other command to one with ILLEGAL REQUEST 24/00; TSK_MGMT
 *     (nothing is ever in flight: aborts complete at once, a LUN reset
 *     resets the device); other opcodes get no answer at all.
 *   - Data: direct descriptors, and indirect ones whose list starts in
 *     the IU and goes on in a table in guest memory; a descriptor or
 *     buffer the window does not map ends the command with CHECK
 *     CONDITION, HARDWARE ERROR; a descriptor format SRP does not
 *     define (or immediate data) with ILLEGAL REQUEST 0e/03 (invalid
 *     field in command IU: SPC-4, where QEMU 7.2 moves no data and
 *     answers GOOD).
 *   - MAD: ADAPTER_INFO (SRP version 16.a, partition "qemu", Linux, 2
 *     MiB transfers); every other MAD is answered "not supported".
 *
 * Every command runs to its end inside H_SEND_CRQ (scsi.h): the
 * adapter keeps no request state, so its snapshot is the VIO part
 * (queue, window, interrupt mode).
 */
#include <libfdt.h>
#include <string.h>

#include "core/block/block.h"
#include "hcall.h"
#include "scsi.h"

#define SRP_MAX_IU_LEN 256
#define VSCSI_REQ_LIMIT 24       /* QEMU's; the guest is given 22 */
#define VSCSI_MAX_SECTORS 4096   /* per command (MAD port_max_txu) */
#define VSCSI_DMA_WINDOW 0x10000000u
#define REPORT_LUNS_WLUN 0xc101000000000000ULL

/* CRQ message bytes 0 (valid) and 1 (format) */
enum {
    CRQ_PAYLOAD = 0x80, CRQ_INIT = 0xc0, CRQ_TRANSPORT = 0xff,
    CRQ_INIT_REQ = 0x01, CRQ_INIT_DONE = 0x02,
    FMT_SRP = 0x01, FMT_MAD = 0x02,
    CRQ_STATUS_OK = 0x00, CRQ_STATUS_ADAPTER_FAIL = 0x10,
};
/* SRP IU types and fields (Linux include/scsi/srp.h offsets) */
enum {
    SRP_LOGIN_REQ = 0x00, SRP_TSK_MGMT = 0x01, SRP_CMD = 0x02,
    SRP_LOGIN_RSP = 0xc0, SRP_RSP = 0xc1,
    SRP_BUF_DIRECT = 1 << 1, SRP_BUF_INDIRECT = 1 << 2,
    DESC_NONE = 0, DESC_DIRECT = 1, DESC_INDIRECT = 2,
    RSP_RSPVALID = 1 << 0, RSP_SNSVALID = 1 << 1, RSP_DOOVER = 1 << 2,
    RSP_DIOVER = 1 << 4,
    TSK_ABORT_TASK = 0x01, TSK_ABORT_TASK_SET = 0x02,
    TSK_CLEAR_TASK_SET = 0x04, TSK_LUN_RESET = 0x08, TSK_CLEAR_ACA = 0x40,
    TSK_COMPLETE = 0x00, TSK_FIELDS_INVALID = 0x02,
    TSK_NOT_SUPPORTED = 0x04,
};
#define CMD_BUF_FMT 5
#define CMD_OUT_CNT 6
#define CMD_IN_CNT 7
#define CMD_LUN 20
#define CMD_ADD_CDB_LEN 31
#define CMD_CDB 32
#define CMD_ADD_DATA 48
#define TSK_LUN 20
#define TSK_FUNC 30
#define RSP_LEN 36               /* SRP_RSP without data */
#define DESC_LEN 16              /* va (8), key (4), len (4) */
#define INDIRECT_LIST 20         /* table descriptor, total length */
/* MAD (Linux drivers/scsi/ibmvscsi/viosrp.h) */
enum {
    MAD_ADAPTER_INFO = 0x03,
    MAD_NOT_SUPPORTED = 0xf1,
    MAD_COMMON_LEN = 16,         /* type, status, length, tag */
    MAD_INFO_LEN = 148,          /* mad_adapter_info_data */
};

typedef struct SpaprVscsi {
    SpaprVioDevice vio;           /* must be first */
} SpaprVscsi;

/* One IU being answered. */
typedef struct VscsiReq {
    SpaprVscsi *s;
    uint8_t crq[16];              /* the request's CRQ entry */
    uint8_t iu[SRP_MAX_IU_LEN];   /* the request, then the reply */
    uint32_t iu_len;              /* bytes of the request */
    uint64_t iu_addr;             /* its bus address */
    /* data descriptors of an SRP_CMD */
    uint8_t fmt;                  /* DESC_* */
    uint32_t desc_at;             /* their offset in iu */
    uint32_t local_desc;          /* descriptors in the IU */
    uint32_t total_desc;          /* in the table (indirect) */
    uint64_t table_va;            /* the table's bus address */
    uint32_t table_len;
    bool bad_desc;                /* malformed descriptor list */
} VscsiReq;

static uint64_t ld_be(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) {
        v = v << 8 | p[i];
    }
    return v;
}

static void st_be(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        p[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
    }
}

/* Write the reply IU (len bytes) over the request and post the CRQ
 * entry that points the guest at it. */
static void send_iu(VscsiReq *q, uint32_t len, uint8_t format)
{
    SpaprVioDevice *v = &q->s->vio;
    bool ok = spapr_vio_dma_rw(v, q->iu_addr, q->iu, len, true);
    uint8_t crq[16] = { CRQ_PAYLOAD, format, 0,
                        ok ? CRQ_STATUS_OK : CRQ_STATUS_ADAPTER_FAIL };
    st_be(crq + 6, len, 2);
    memcpy(crq + 8, q->iu + 8, 8);   /* the tag: the guest's token */
    spapr_vio_send_crq(v, crq);
}

/* SRP_RSP for a command: status, sense, residual (QEMU reports the
 * bytes not moved as an "overflow" count, which is what Linux reads). */
static void send_rsp(VscsiReq *q, const ScsiResult *r)
{
    uint8_t sol_not = q->iu[1];
    uint8_t tag[8];
    memcpy(tag, q->iu + 8, 8);
    memset(q->iu, 0, RSP_LEN + SCSI_SENSE_LEN);
    q->iu[0] = SRP_RSP;
    st_be(q->iu + 4, 1, 4);          /* req_lim_delta */
    memcpy(q->iu + 8, tag, 8);
    uint64_t res = r->status == SCSI_GOOD && r->xfer_len > r->moved
                 ? r->xfer_len - r->moved : 0;
    if (res) {
        q->iu[18] |= r->data_out ? RSP_DOOVER : RSP_DIOVER;
        st_be(q->iu + (r->data_out ? 20 : 24), res, 4);
    }
    q->iu[19] = r->status;
    uint32_t len = RSP_LEN;
    if (r->status != SCSI_GOOD) {
        q->iu[1] = (sol_not & 0x04) >> 2;
        q->iu[18] |= RSP_SNSVALID;
        st_be(q->iu + 28, SCSI_SENSE_LEN, 4);
        memcpy(q->iu + RSP_LEN, r->sense, SCSI_SENSE_LEN);
        len += SCSI_SENSE_LEN;
    } else {
        q->iu[1] = (sol_not & 0x02) >> 1;
    }
    send_iu(q, len, FMT_SRP);
}

static void process_login(VscsiReq *q)
{
    uint8_t tag[8];
    memcpy(tag, q->iu + 8, 8);
    memset(q->iu, 0, 52);
    q->iu[0] = SRP_LOGIN_RSP;
    st_be(q->iu + 4, VSCSI_REQ_LIMIT - 2, 4);   /* room for management */
    memcpy(q->iu + 8, tag, 8);
    st_be(q->iu + 16, SRP_MAX_IU_LEN, 4);       /* max_it_iu_len */
    st_be(q->iu + 20, SRP_MAX_IU_LEN, 4);       /* max_ti_iu_len */
    st_be(q->iu + 24, SRP_BUF_DIRECT | SRP_BUF_INDIRECT, 2);
    send_iu(q, 52, FMT_SRP);
}

/* Decode an SRP LUN as QEMU's vscsi_device_find: address method in the
 * top two bits; 0 is peripheral (a non-zero bus byte selects a channel
 * and target and the next level is decoded), 1 flat, 2 logical unit
 * (Linux: target, channel, lun), 3 extended (no device). */
static bool decode_lun(uint64_t l, unsigned *channel, unsigned *id,
                       unsigned *lun)
{
    *channel = *id = 0;
    for (;;) {
        switch (l >> 62) {
        case 0:
            if (l >> 56) {
                *channel = (l >> 56) & 0x3f;
                *id = (l >> 48) & 0xff;
                l <<= 16;
                continue;
            }
            *lun = (l >> 48) & 0xff;
            return true;
        case 1:
            *lun = (l >> 48) & 0x3fff;
            return true;
        case 2:
            *channel = (l >> 53) & 0x7;
            *id = (l >> 56) & 0x3f;
            *lun = (l >> 48) & 0x1f;
            return true;
        default:
            return false;
        }
    }
}

static ScsiDevice *lun_device(VscsiReq *q, const uint8_t *lunp)
{
    unsigned channel, id, lun;
    if (!decode_lun(ld_be(lunp, 8), &channel, &id, &lun)) {
        return NULL;
    }
    return scsi_find(q->s->vio.dev.machine, &q->s->vio.dev, channel, id,
                     lun);
}

/* Where the descriptors of this direction are (SRP_CMD: the data-out
 * descriptor, or list, comes first after the additional CDB). */
static void parse_desc(VscsiReq *q, bool data_out)
{
    const uint8_t *iu = q->iu;
    uint8_t out_fmt = iu[CMD_BUF_FMT] >> 4, in_fmt = iu[CMD_BUF_FMT] & 0xf;
    uint32_t at = CMD_ADD_DATA + (iu[CMD_ADD_CDB_LEN] & ~3u);
    q->bad_desc = false;
    q->local_desc = q->total_desc = 0;
    if (!data_out) {
        if (out_fmt == DESC_DIRECT) {
            at += DESC_LEN;
        } else if (out_fmt == DESC_INDIRECT) {
            at += INDIRECT_LIST + DESC_LEN * iu[CMD_OUT_CNT];
        }
    }
    q->fmt = data_out ? out_fmt : in_fmt;
    q->desc_at = at;
    switch (q->fmt) {
    case DESC_NONE:
        return;
    case DESC_DIRECT:
        q->local_desc = q->total_desc = 1;
        q->bad_desc = at + DESC_LEN > q->iu_len;
        return;
    case DESC_INDIRECT:
        q->local_desc = data_out ? iu[CMD_OUT_CNT] : iu[CMD_IN_CNT];
        if (at + INDIRECT_LIST + DESC_LEN * q->local_desc > q->iu_len) {
            q->bad_desc = true;
            return;
        }
        q->table_va = ld_be(iu + at, 8);
        q->table_len = (uint32_t)ld_be(iu + at + 12, 4);
        q->total_desc = q->table_len / DESC_LEN;
        return;
    default:
        q->bad_desc = true;   /* immediate data (SRP2) or undefined */
        return;
    }
}

/* Descriptor n: its bus address and length; -1 when it cannot be
 * read, 0 past the last one. */
static int fetch_desc(VscsiReq *q, uint32_t n, uint64_t *va, uint32_t *len)
{
    uint8_t d[DESC_LEN];
    if (q->fmt == DESC_DIRECT) {
        if (n) {
            return 0;
        }
        memcpy(d, q->iu + q->desc_at, DESC_LEN);
    } else if (n < q->local_desc) {
        memcpy(d, q->iu + q->desc_at + INDIRECT_LIST + DESC_LEN * n,
               DESC_LEN);
    } else if (n < q->total_desc) {
        if (!spapr_vio_dma_rw(&q->s->vio, q->table_va + DESC_LEN * n, d,
                              DESC_LEN, false)) {
            return -1;
        }
    } else {
        return 0;
    }
    *va = ld_be(d, 8);
    *len = (uint32_t)ld_be(d + 12, 4);
    return 1;
}

/* ScsiXfer.move: through the descriptors, from transfer offset done. */
static int64_t vscsi_move(void *opaque, void *buf, uint32_t len,
                          uint64_t done, bool to_initiator)
{
    VscsiReq *q = opaque;
    if (q->fmt == DESC_NONE) {
        return 0;
    }
    uint8_t *b = buf;
    uint64_t skip = done, moved = 0;
    for (uint32_t n = 0; moved < len; n++) {
        uint64_t va;
        uint32_t dlen;
        int rc = fetch_desc(q, n, &va, &dlen);
        if (rc < 0) {
            return -1;
        }
        if (rc == 0) {
            break;   /* the initiator's buffers end here */
        }
        if (skip >= dlen) {
            skip -= dlen;
            continue;
        }
        uint64_t k = MIN((uint64_t)dlen - skip, len - moved);
        if (!spapr_vio_dma_rw(&q->s->vio, va + skip, b + moved, k,
                              to_initiator)) {
            return -1;
        }
        moved += k;
        skip = 0;
    }
    return (int64_t)moved;
}

/* INQUIRY of a LUN with no device: peripheral qualifier 3. */
static void inquiry_no_device(VscsiReq *q)
{
    const uint8_t *cdb = q->iu + CMD_CDB;
    ScsiResult r = { .status = SCSI_GOOD };
    if ((cdb[1] & 1) || cdb[2]) {   /* no VPD pages */
        scsi_result_sense(&r, SENSE_ILLEGAL_REQUEST, 0x24, 0);
        send_rsp(q, &r);
        return;
    }
    uint8_t d[36] = { 0x7f, 0, 0x06, 0x02, 36 - 5, 0, 0, 0x10 };
    memcpy(d + 8, "QEMU    ", 8);
    memcpy(d + 16, "QEMU EMPTY      ", 16);
    r.xfer_len = MIN((uint32_t)ld_be(cdb + 3, 2), 36u);
    parse_desc(q, false);
    int64_t n = q->bad_desc ? -1 : vscsi_move(q, d, r.xfer_len, 0, true);
    if (n < 0) {
        scsi_result_sense(&r, SENSE_HARDWARE_ERROR, 0, 0);
    } else {
        r.moved = (uint64_t)n;
    }
    send_rsp(q, &r);
}

/* REPORT LUNS to LUN 0 (or the REPORT LUNS well-known LUN): every
 * device of the adapter, with an entry for LUN 0 when none is at
 * 0/0/0; channel 0 target 0 in the peripheral form, the others in
 * logical-unit form. */
static void report_luns(VscsiReq *q, const ScsiXfer *x)
{
    Machine *m = q->s->vio.dev.machine;
    Device *hba = &q->s->vio.dev;
    uint32_t n = 0;
    bool lun0 = false;
    for (ScsiDevice *d = scsi_next(m, hba, NULL); d; d = scsi_next(m, hba, d)) {
        unsigned c, i, l;
        scsi_address(d, &c, &i, &l);
        lun0 |= !c && !i && !l;
        n++;
    }
    uint32_t len = 8 + 8 * (n + !lun0);
    uint8_t *buf = g_malloc0(len);
    st_be(buf, len - 8, 4);
    /* newest first, the order of QEMU's bus children */
    uint8_t *e = buf + len;
    for (ScsiDevice *d = scsi_next(m, hba, NULL); d; d = scsi_next(m, hba, d)) {
        unsigned c, i, l;
        scsi_address(d, &c, &i, &l);
        e -= 8;
        e[0] = (uint8_t)((i == 0 && c == 0 ? 0 : 2 << 6) | i);
        e[1] = (uint8_t)(c << 5 | l);
    }
    ScsiResult r = { .status = SCSI_GOOD, .xfer_len = len };
    parse_desc(q, false);
    int64_t k = q->bad_desc ? -1 : x->move(x->opaque, buf, len, 0, true);
    g_free(buf);
    if (k < 0) {
        scsi_result_sense(&r, SENSE_HARDWARE_ERROR, 0, 0);
    } else {
        r.moved = (uint64_t)k;
    }
    send_rsp(q, &r);
}

/* ScsiXfer.move that first checks the descriptors of the direction the
 * device chose. */
typedef struct CmdXfer {
    VscsiReq *q;
    bool parsed, out;
} CmdXfer;

static int64_t cmd_move(void *opaque, void *buf, uint32_t len,
                        uint64_t done, bool to_initiator)
{
    CmdXfer *c = opaque;
    if (!c->parsed || c->out == to_initiator) {
        parse_desc(c->q, !to_initiator);
        c->parsed = true;
        c->out = !to_initiator;
    }
    if (c->q->bad_desc) {
        return -1;   /* the list does not fit the IU: as a DMA error */
    }
    return vscsi_move(c->q, buf, len, done, to_initiator);
}

static void process_cmd(VscsiReq *q)
{
    const uint8_t *cdb = q->iu + CMD_CDB;
    uint64_t lun = ld_be(q->iu + CMD_LUN, 8);
    CmdXfer c = { .q = q };
    ScsiXfer x = { .opaque = &c, .move = cmd_move };
    ScsiXfer plain = { .opaque = q, .move = vscsi_move };
    /* the descriptor formats are checked before anything moves */
    uint8_t f = q->iu[CMD_BUF_FMT];
    if ((f >> 4) > DESC_INDIRECT || (f & 0xf) > DESC_INDIRECT) {
        ScsiResult r = { 0 };
        scsi_result_sense(&r, SENSE_ILLEGAL_REQUEST, 0x0e, 0x03);
        send_rsp(q, &r);
        return;
    }
    if ((lun == 0 || lun == REPORT_LUNS_WLUN) && cdb[0] == 0xa0) {
        report_luns(q, &plain);
        return;
    }
    ScsiDevice *d = lun_device(q, q->iu + CMD_LUN);
    if (!d) {
        if (cdb[0] == 0x12) {
            inquiry_no_device(q);
        } else {
            ScsiResult r = { 0 };
            scsi_result_sense(&r, SENSE_ILLEGAL_REQUEST, 0x24, 0);
            send_rsp(q, &r);
        }
        return;
    }
    ScsiResult r = { 0 };
    scsi_execute(d, cdb, &x, &r);
    send_rsp(q, &r);
}

static void process_tsk_mgmt(VscsiReq *q)
{
    uint8_t sol_not = q->iu[1], func = q->iu[TSK_FUNC];
    ScsiDevice *d = lun_device(q, q->iu + TSK_LUN);
    uint8_t resp = TSK_COMPLETE;
    if (!d) {
        resp = TSK_FIELDS_INVALID;
    } else {
        switch (func) {
        case TSK_ABORT_TASK:         /* nothing is in flight */
        case TSK_ABORT_TASK_SET:
        case TSK_CLEAR_TASK_SET:
            break;
        case TSK_LUN_RESET:
            scsi_device_reset(d);
            break;
        case TSK_CLEAR_ACA:
            resp = TSK_NOT_SUPPORTED;
            break;
        default:
            resp = TSK_FIELDS_INVALID;
            break;
        }
    }
    uint8_t tag[8];
    memcpy(tag, q->iu + 8, 8);
    memset(q->iu, 0, RSP_LEN + 4);
    q->iu[0] = SRP_RSP;
    q->iu[1] = resp ? (sol_not & 0x04) >> 2 : (sol_not & 0x02) >> 1;
    st_be(q->iu + 4, 1, 4);
    memcpy(q->iu + 8, tag, 8);
    q->iu[18] = RSP_RSPVALID;
    st_be(q->iu + 32, 4, 4);         /* resp_data_len */
    q->iu[RSP_LEN + 3] = resp;
    send_iu(q, RSP_LEN + 4, FMT_SRP);
}

static void process_mad(VscsiReq *q)
{
    uint32_t type = (uint32_t)ld_be(q->iu, 4);
    if (type == MAD_ADAPTER_INFO) {
        uint8_t info[MAD_INFO_LEN] = { 0 };
        memcpy(info, "16.a", 5);                    /* srp_version */
        memcpy(info + 8, "qemu", 5);                /* partition_name */
        st_be(info + 104, 0, 4);                    /* partition_number */
        st_be(info + 108, 1, 4);                    /* mad_version */
        st_be(info + 112, 2, 4);                    /* os_type: Linux */
        st_be(info + 116, VSCSI_MAX_SECTORS << 9, 4); /* port_max_txu[0] */
        uint32_t len = (uint32_t)ld_be(q->iu + 6, 2);
        uint64_t buffer = ld_be(q->iu + MAD_COMMON_LEN, 8);
        bool ok = len <= sizeof(info)
            ? spapr_vio_dma_rw(&q->s->vio, buffer, info, len, true)
            : spapr_vio_dma_rw(&q->s->vio, buffer, info, sizeof(info),
                               true) &&
              spapr_vio_dma_set(&q->s->vio, buffer + sizeof(info), 0,
                                len - sizeof(info));
        st_be(q->iu + 4, ok ? 0 : 1, 2);
        send_iu(q, MAD_COMMON_LEN + 8, FMT_MAD);
        return;
    }
    /* QEMU answers the empty, error-log, host-config, capabilities and
     * unknown MADs alike but for the length; farad has no capabilities
     * to offer either (a Linux client asks for them only from an AIX
     * server) */
    st_be(q->iu + 4, MAD_NOT_SUPPORTED, 2);
    uint32_t retlen = type == 0x01 ? MAD_COMMON_LEN
                    : type == 0x02 || type == 0x04 ? MAD_COMMON_LEN + 8 + 8
                    : 0;
    send_iu(q, retlen, FMT_MAD);
}

static void got_payload(SpaprVscsi *s, const uint8_t crq[16])
{
    VscsiReq *q = g_new0(VscsiReq, 1);
    q->s = s;
    memcpy(q->crq, crq, 16);
    q->iu_len = (uint32_t)ld_be(crq + 6, 2);
    q->iu_addr = ld_be(crq + 8, 8);
    if (q->iu_len > SRP_MAX_IU_LEN ||
        !spapr_vio_dma_rw(&s->vio, q->iu_addr, q->iu, q->iu_len, false)) {
        g_free(q);   /* QEMU drops it */
        return;
    }
    if (crq[1] == FMT_MAD) {
        process_mad(q);
    } else {
        switch (q->iu[0]) {
        case SRP_LOGIN_REQ:
            process_login(q);
            break;
        case SRP_TSK_MGMT:
            process_tsk_mgmt(q);
            break;
        case SRP_CMD:
            process_cmd(q);
            break;
        default:   /* logout, credit, AER, unknown: no answer */
            break;
        }
    }
    g_free(q);
}

static long vscsi_crq(SpaprVioDevice *v, const uint8_t msg[16])
{
    SpaprVscsi *s = (SpaprVscsi *)v;
    switch (msg[0]) {
    case CRQ_INIT:
        if (msg[1] == CRQ_INIT_REQ) {
            uint8_t rsp[16] = { CRQ_INIT, CRQ_INIT_DONE };
            spapr_vio_send_crq(v, rsp);
        }
        break;
    case CRQ_PAYLOAD:
        if (msg[1] == FMT_SRP || msg[1] == FMT_MAD) {
            got_payload(s, msg);
        }
        break;
    default:   /* transport events, unknown messages */
        break;
    }
    return H_SUCCESS;
}

static const PropDesc vscsi_props[] = {
    PROP_U32("reg", SpaprVscsi, vio.reg, UINT32_MAX),
    PROP_END
};

static const SnapField vscsi_fields[] = {
    SNAP_U32_EQUAL("reg", SpaprVscsi, vio.reg, 1),
    SNAP_U32_EQUAL("irq", SpaprVscsi, vio.irq, 1),
    SNAP_U32("signal_state", SpaprVscsi, vio.signal_state, 1),
    SNAP_U64("crq.qladdr", SpaprVscsi, vio.crq_addr, 1),
    SNAP_U32_MAX("crq.qsize", SpaprVscsi, vio.crq_size, 0x10000000, 1),
    SNAP_U32("crq.qnext", SpaprVscsi, vio.crq_next, 1),
    SNAP_BOOL("tce_bypass", SpaprVscsi, vio.tce_bypass, 1),
    SNAP_U32_MAX("tce_nsaved", SpaprVscsi, vio.tce_nsaved,
                 SPAPR_VIO_MAX_SAVED_TCES, 1),
    SNAP_STRUCT_VARRAY("tce", SpaprVscsi, vio.tce_saved, vio.tce_nsaved,
                       SpaprTceEntry, &spapr_vio_tce_entry_snap, 1),
    SNAP_END
};

static void vscsi_pre_save(void *opaque)
{
    spapr_vio_pre_save(&((SpaprVscsi *)opaque)->vio);
}

static void vscsi_post_load(void *opaque)
{
    spapr_vio_post_load(&((SpaprVscsi *)opaque)->vio);
}

static const SnapSection vscsi_snap = {
    .name = "spapr_vscsi", .version = 1, .min_version = 1,
    .fields = vscsi_fields, .pre_save = vscsi_pre_save,
    .post_load = vscsi_post_load,
};

static bool vscsi_realize(Device *d, GError **err)
{
    SpaprVscsi *s = (SpaprVscsi *)d;
    s->vio.dma_window_size = VSCSI_DMA_WINDOW;
    s->vio.crq_receive = vscsi_crq;
    s->vio.signal_mask = 1;
    return spapr_vio_realize(&s->vio, err);
}

static void vscsi_reset(Device *d)
{
    spapr_vio_reset(&((SpaprVscsi *)d)->vio);
}

static void vscsi_unrealize(Device *d)
{
    spapr_vio_unrealize(&((SpaprVscsi *)d)->vio);
}

static int vscsi_fdt(Device *d, void *fdt)
{
    SpaprVscsi *s = (SpaprVscsi *)d;
    int rc;
    if ((rc = fdt_property_u32(fdt, "#size-cells", 0)) < 0 ||
        (rc = fdt_property_u32(fdt, "#address-cells", 2)) < 0 ||
        (rc = spapr_vio_fdt_dma_window(&s->vio, fdt)) < 0) {
        return rc;
    }
    return spapr_vio_fdt_common(&s->vio, fdt, "vscsi", "IBM,v-scsi");
}

const DeviceClass spapr_vscsi_class = {
    .name = "spapr-vscsi",
    .desc = NULL,
    .category = "Storage",
    .bus = "spapr-vio-bus",
    .size = sizeof(SpaprVscsi),
    .props = vscsi_props,
    .snap = &vscsi_snap,
    .user_creatable = true,
    .vio = true,
    .realize = vscsi_realize,
    .reset = vscsi_reset,
    .unrealize = vscsi_unrealize,
    .build_fdt = vscsi_fdt,
};

bool spapr_vscsi_create_default(Machine *m, GError **err)
{
    /* QEMU's spapr_vscsi_create for each SCSI bus up to the highest an
     * if=scsi drive names, then scsi_bus_legacy_handle_cmdline: a
     * scsi-cd (CD-ROM media) or scsi-hd per drive, at scsi-id = unit */
    BlockSet *bs = m->blocks;
    int max_bus = -1;
    for (BlockDrive *b = block_next_unclaimed(bs, BLOCK_IF_SCSI, NULL); b;
         b = block_next_unclaimed(bs, BLOCK_IF_SCSI, b)) {
        max_bus = MAX(max_bus, (int)block_bus(b));
    }
    for (int bus = 0; bus <= max_bus; bus++) {
        SpaprVioDevice *hba =
            (SpaprVioDevice *)device_create(m, "spapr-vscsi", NULL, err);
        if (!hba) {
            return false;
        }
        for (unsigned unit = 0; unit <= 6; unit++) {
            BlockDrive *b = block_next_unclaimed(bs, BLOCK_IF_SCSI, NULL);
            while (b && (block_bus(b) != (unsigned)bus ||
                         block_unit(b) != unit)) {
                b = block_next_unclaimed(bs, BLOCK_IF_SCSI, b);
            }
            if (!b) {
                continue;
            }
            char *opts = g_strdup_printf("drive=%s,bus=v-scsi@%x.0,"
                                         "scsi-id=%u", block_id(b), hba->reg,
                                         unit);
            Device *d = device_create(
                m, block_media(b) == BLOCK_MEDIA_CDROM ? "scsi-cd"
                                                       : "scsi-hd",
                opts, err);
            g_free(opts);
            if (!d) {
                return false;
            }
        }
    }
    return true;
}
