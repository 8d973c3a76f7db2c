/* SPDX-License-Identifier: MIT */
/*
 * The sections QEMU 7.2 writes for its default pseries machine's own
 * devices (hw/ppc/spapr_vio.c, hw/ppc/spapr_iommu.c, hw/net/spapr_llan.c,
 * hw/scsi/spapr_vscsi.c, hw/scsi/scsi-bus.c, hw/scsi/scsi-disk.c,
 * net/slirp.c with libslirp's state), in QEMU's layout and field names,
 * and their mapping onto farad's spapr-vlan, spapr-vscsi, scsi-cd/-hd
 * and user network. farad's device state is private to its files, so
 * it is read and written by name through each device's own snapdesc
 * description (its values), the VIO part directly.
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include "qemu-vio.h"
#include "snap-int.h"
#include "core/machine/props.h"
#include "core/machine/scsi.h"
#include "core/machine/spapr.h"
#include "core/net/net.h"

#define Q_RX_POOLS 5             /* QEMU's RX_MAX_POOLS */
#define Q_RX_POOL_BDS 4096       /* RX_POOL_MAX_BDS */
#define Q_SENSE_OLD 96           /* SCSI_SENSE_BUF_SIZE_OLD */
#define Q_SENSE 252              /* SCSI_SENSE_BUF_SIZE */
#define Q_BOOTP_CLIENTS NET_USER_LEASES   /* libslirp's NB_BOOTP_CLIENTS */
#define Q_TCE_PAGE_SHIFT 12
#define Q_LLAN_PAGE 4096         /* the buffer list page */

/* The VIO part every VIO device's section starts with. */
typedef struct QVioPart {
    uint32_t reg, irq;
    uint64_t signal_state, crq_qladdr;
    uint32_t crq_qsize, crq_qnext;
} QVioPart;

typedef struct QRxPool {         /* QEMU's RxBufPool, host layout */
    int32_t bufsize, count;
    uint64_t bds[Q_RX_POOL_BDS];
} QRxPool;

typedef struct QLlan {
    QVioPart vio;                /* must be first */
    bool isopen;
    uint64_t buf_list;
    uint32_t add_buf_ptr, use_buf_ptr, rx_bufs;
    uint64_t rxq_ptr;
    bool has_pools;              /* use-rx-buffer-pools */
    QRxPool pools[Q_RX_POOLS];
} QLlan;

typedef struct QVscsi {
    QVioPart vio;                /* must be first */
} QVscsi;

typedef struct QScsiDisk {
    uint8_t ua_key, ua_asc, ua_ascq;
    bool sense_is_ua;
    uint8_t sense[Q_SENSE];
    uint32_t sense_len;
    uint8_t requests;            /* the list's end marker: 0 when empty */
    bool media_changed, media_event, eject_request, tray_open, tray_locked;
} QScsiDisk;

typedef struct QBootp {
    uint16_t allocated;
    uint8_t mac[6];
} QBootp;

typedef struct QSlirp {
    uint8_t sockets;             /* 0: no guestfwd socket follows */
    uint16_t ip_id;
    QBootp clients[Q_BOOTP_CLIENTS];
} QSlirp;

/* ---- descriptions ---- */

static const SnapField vio_fields[] = {
    SNAP_U32_EQUAL("reg", QVioPart, reg, 0),
    SNAP_U32_EQUAL("irq", QVioPart, irq, 0),
    SNAP_U64("signal_state", QVioPart, signal_state, 0),
    SNAP_U64("crq.qladdr", QVioPart, crq_qladdr, 0),
    SNAP_U32("crq.qsize", QVioPart, crq_qsize, 0),
    SNAP_U32("crq.qnext", QVioPart, crq_qnext, 0),
    SNAP_END
};
static const SnapSection q_vio_part = {
    .name = "spapr_vio", .version = 1, .min_version = 1, .fields = vio_fields,
};

static const SnapField rx_pool_fields[] = {
    SNAP_I32("bufsize", QRxPool, bufsize, 0),
    SNAP_I32("count", QRxPool, count, 0),
    SNAP_U64_ARRAY("bds", QRxPool, bds, Q_RX_POOL_BDS, 0),
    SNAP_END
};
static const SnapSection q_rx_pool = {
    .name = "spapr_llan/rx_buffer_pool", .version = 1, .min_version = 1,
    .fields = rx_pool_fields,
};
static bool llan_pools_needed(void *o) { return ((QLlan *)o)->has_pools; }
static const SnapField rx_pools_fields[] = {
    { .name = "rx_pool", .type = SNAP_TYPE_STRUCT, .count = Q_RX_POOLS,
      .offset = offsetof(QLlan, pools), .elem = &q_rx_pool,
      .elem_size = sizeof(QRxPool) },
    SNAP_END
};
static const SnapSection q_llan_pools = {
    .name = "spapr_llan/rx_pools", .version = 1, .min_version = 1,
    .fields = rx_pools_fields, .needed = llan_pools_needed,
};
static const SnapSection *const llan_subs[] = { &q_llan_pools, NULL };
static const SnapField llan_fields[] = {
    { .name = "sdev", .type = SNAP_TYPE_STRUCT, .count = 1,
      .elem = &q_vio_part, .elem_size = sizeof(QVioPart) },
    SNAP_BOOL("isopen", QLlan, isopen, 0),
    SNAP_U64("buf_list", QLlan, buf_list, 0),
    SNAP_U32("add_buf_ptr", QLlan, add_buf_ptr, 0),
    SNAP_U32("use_buf_ptr", QLlan, use_buf_ptr, 0),
    SNAP_U32("rx_bufs", QLlan, rx_bufs, 0),
    SNAP_U64("rxq_ptr", QLlan, rxq_ptr, 0),
    SNAP_END
};
static const SnapSection q_llan = {
    .name = "spapr_llan", .version = 1, .min_version = 1,
    .fields = llan_fields, .subsections = llan_subs,
};

static const SnapField vscsi_fields[] = {
    { .name = "vdev", .type = SNAP_TYPE_STRUCT, .count = 1,
      .elem = &q_vio_part, .elem_size = sizeof(QVioPart) },
    SNAP_END
};
static const SnapSection q_vscsi = {
    .name = "spapr_vscsi", .version = 1, .min_version = 1,
    .fields = vscsi_fields,
};

static bool sense_more_needed(void *o)
{
    return ((QScsiDisk *)o)->sense_len > Q_SENSE_OLD;
}
static const SnapField sense_more_fields[] = {
    SNAP_BYTES("sense", QScsiDisk, sense[Q_SENSE_OLD], Q_SENSE - Q_SENSE_OLD,
               0),
    SNAP_END
};
static const SnapSection q_scsi_sense = {
    .name = "SCSIDevice/sense", .version = 1, .min_version = 1,
    .fields = sense_more_fields, .needed = sense_more_needed,
};
static const SnapSection *const scsi_dev_subs[] = { &q_scsi_sense, NULL };
static const SnapField scsi_dev_fields[] = {
    SNAP_U8("unit_attention.key", QScsiDisk, ua_key, 0),
    SNAP_U8("unit_attention.asc", QScsiDisk, ua_asc, 0),
    SNAP_U8("unit_attention.ascq", QScsiDisk, ua_ascq, 0),
    SNAP_BOOL("sense_is_ua", QScsiDisk, sense_is_ua, 0),
    SNAP_BYTES("sense", QScsiDisk, sense, Q_SENSE_OLD, 0),
    SNAP_U32("sense_len", QScsiDisk, sense_len, 0),
    SNAP_U8("requests", QScsiDisk, requests, 0),
    SNAP_END
};
static const SnapSection q_scsi_dev = {
    .name = "SCSIDevice", .version = 1, .min_version = 1,
    .fields = scsi_dev_fields, .subsections = scsi_dev_subs,
};
static const SnapField scsi_disk_fields[] = {
    { .name = "qdev", .type = SNAP_TYPE_STRUCT, .count = 1,
      .elem = &q_scsi_dev, .elem_size = sizeof(QScsiDisk) },
    SNAP_BOOL("media_changed", QScsiDisk, media_changed, 0),
    SNAP_BOOL("media_event", QScsiDisk, media_event, 0),
    SNAP_BOOL("eject_request", QScsiDisk, eject_request, 0),
    SNAP_BOOL("tray_open", QScsiDisk, tray_open, 0),
    SNAP_BOOL("tray_locked", QScsiDisk, tray_locked, 0),
    SNAP_END
};
static const SnapSection q_scsi_disk = {
    .name = "scsi-disk", .version = 1, .min_version = 1,
    .fields = scsi_disk_fields,
};

/* spapr_iommu for a VIO window: QEMU sends spapr_iommu_ex only for a
 * window not at bus address 0 with 4 KiB pages, which a VIO one is */
static const SnapField vio_tce_entry_fields[] = {
    { .name = "mig_table", .type = SNAP_TYPE_U64, .count = 1 },
    SNAP_END
};
static const SnapSection q_vio_tce_entry = {   /* a scalar, no name */
    .version = 1, .min_version = 1, .fields = vio_tce_entry_fields,
};
static bool vio_tce_ex_needed(void *o)
{
    const QTce *t = o;
    return t->bus_offset || t->page_shift != Q_TCE_PAGE_SHIFT;
}
static const SnapField vio_tce_ex_fields[] = {
    SNAP_U64("bus_offset", QTce, bus_offset, 0),
    SNAP_U32("page_shift", QTce, page_shift, 0),
    SNAP_END
};
static const SnapSection q_vio_tce_ex = {
    .name = "spapr_iommu_ex", .version = 1, .min_version = 1,
    .fields = vio_tce_ex_fields, .needed = vio_tce_ex_needed,
};
static const SnapSection *const vio_tce_subs[] = { &q_vio_tce_ex, NULL };
static const SnapField vio_tce_fields[] = {
    SNAP_U32_EQUAL("liobn", QTce, liobn, 0),
    SNAP_U32("mig_nb_table", QTce, mig_nb_table, 0),
    SNAP_BOOL("bypass", QTce, bypass, 0),
    SNAP_STRUCT_VARRAY("mig_table", QTce, mig_table, mig_nb_table, uint64_t,
                       &q_vio_tce_entry, 0),
    SNAP_BOOL("def_win", QTce, def_win, 3),
    SNAP_END
};
static const SnapSection q_vio_tce = {
    .name = "spapr_iommu", .version = 3, .min_version = 2,
    .fields = vio_tce_fields, .subsections = vio_tce_subs,
};

/* libslirp's state (version 4) when no guestfwd socket precedes it */
static const SnapField bootp_fields[] = {
    SNAP_U16("allocated", QBootp, allocated, 0),
    SNAP_BYTES("macaddr", QBootp, mac, 6, 0),
    SNAP_END
};
static const SnapSection q_bootp = {
    .name = "slirp-bootp-client", .version = 1, .min_version = 1,
    .fields = bootp_fields,
};
static const SnapField slirp_fields[] = {
    SNAP_U8("sockets", QSlirp, sockets, 0),
    SNAP_U16("ip_id", QSlirp, ip_id, 0),
    { .name = "bootp_clients", .type = SNAP_TYPE_STRUCT,
      .count = Q_BOOTP_CLIENTS, .offset = offsetof(QSlirp, clients),
      .elem = &q_bootp, .elem_size = sizeof(QBootp) },
    SNAP_END
};
static const SnapSection q_slirp = {
    .name = "slirp", .version = 4, .min_version = 4, .fields = slirp_fields,
};

/* ---- the entries ---- */

bool qemu_vio_kind(const QEntry *e)
{
    return e->kind == QK_SLIRP || e->kind == QK_VIO_TCE ||
           e->kind == QK_LLAN || e->kind == QK_VSCSI ||
           e->kind == QK_SCSI_DISK;
}

const SnapSection *qemu_vio_section(const QEntry *e)
{
    switch (e->kind) {
    case QK_SLIRP: return &q_slirp;
    case QK_VIO_TCE: return &q_vio_tce;
    case QK_LLAN: return &q_llan;
    case QK_VSCSI: return &q_vscsi;
    case QK_SCSI_DISK: return &q_scsi_disk;
    default: return NULL;
    }
}

void qemu_vio_add_slirp(QLoad *l)
{
    NetDev *nd;
    for (unsigned i = 0; (nd = net_user_nth(l->m, i)); i++) {
        QEntry *e = add_entry(l, "slirp", i, 4, QK_SLIRP, (int)i,
                              g_new0(QSlirp, 1));
        e->net = nd;
    }
}

static void vio_local(QVioPart *q, const SpaprVioDevice *v)
{
    q->reg = v->reg;
    q->irq = v->irq;
}

static void add_window(QLoad *l, Device *d)
{
    SpaprVioDevice *v = (SpaprVioDevice *)d;
    QTce *t = g_new0(QTce, 1);
    t->liobn = v->reg;
    t->page_shift = Q_TCE_PAGE_SHIFT;   /* unless the stream says */
    QEntry *e = add_entry(l, "spapr_iommu", v->reg, 3, QK_VIO_TCE, 0, t);
    e->dev = d;
}

static void reset_pools(QLlan *q)
{
    for (int i = 0; i < Q_RX_POOLS; i++) {
        q->pools[i].bufsize = INT32_MAX;   /* unused: sorts last */
        q->pools[i].count = 0;
    }
}

static bool vlan_pools_on(Device *d)
{
    const PropDesc *p = props_find(d->cls->props, "use-rx-buffer-pools");
    char *v = p ? prop_format(p, d) : NULL;
    bool on = v && (!strcmp(v, "on") || !strcmp(v, "true"));
    g_free(v);
    return on;
}

void qemu_vio_add_entries(QLoad *l)
{
    Machine *m = l->m;
    for (Device *d = m->devices; d; d = d->next) {
        SpaprVioDevice *v = (SpaprVioDevice *)d;
        if (!strcmp(d->cls->name, "spapr-vlan")) {
            add_window(l, d);
            QLlan *q = g_new0(QLlan, 1);
            vio_local(&q->vio, v);
            reset_pools(q);
            char *id = g_strdup_printf("l-lan@%" PRIx32 "/spapr_llan", v->reg);
            add_entry(l, id, 0, 1, QK_LLAN, 0, q)->dev = d;
            g_free(id);
        } else if (!strcmp(d->cls->name, "spapr-vscsi")) {
            add_window(l, d);
            QVscsi *q = g_new0(QVscsi, 1);
            vio_local(&q->vio, v);
            char *id = g_strdup_printf("v-scsi@%" PRIx32 "/spapr_vscsi",
                                       v->reg);
            add_entry(l, id, 0, 1, QK_VSCSI, 0, q)->dev = d;
            g_free(id);
            for (ScsiDevice *s = scsi_next(m, d, NULL); s;
                 s = scsi_next(m, d, s)) {
                unsigned ch, sid, lun;
                scsi_address(s, &ch, &sid, &lun);
                id = g_strdup_printf("v-scsi@%" PRIx32 "/%u:%u:%u/scsi-disk",
                                     v->reg, ch, sid, lun);
                add_entry(l, id, 0, 1, QK_SCSI_DISK, 0,
                          g_new0(QScsiDisk, 1))->dev = (Device *)s;
                g_free(id);
            }
        }
    }
}

void qemu_vio_free_state(QEntry *e)
{
    if (e->kind == QK_VIO_TCE && e->state) {
        g_free(((QTce *)e->state)->mig_table);
    }
}

/* ---- reading ---- */

/* The VIO part's values farad's VIO bus can hold: a signal mode of 32
 * bits, a CRQ of whole 16-byte entries with its next one inside it.
 * False when fine; else one line into in. */
static bool vio_check(QIn *in, const QEntry *e, const QVioPart *q)
{
    if (q->signal_state > UINT32_MAX) {
        qin_report(in, "%s: signal_state 0x%" PRIx64 " out of range",
                   e->idstr, q->signal_state);
        return true;
    }
    if (q->crq_qsize && (q->crq_qsize < 16 || q->crq_qsize % 16 ||
                         q->crq_qnext >= q->crq_qsize || q->crq_qnext % 16)) {
        qin_report(in, "%s: CRQ of 0x%x bytes with the next entry at 0x%x "
                   "is not a queue of 16-byte entries", e->idstr,
                   q->crq_qsize, q->crq_qnext);
        return true;
    }
    return false;
}

int qemu_vio_load(QIn *in, QEntry *e, uint32_t version)
{
    const SnapSection *sec = qemu_vio_section(e);
    if (e->kind == QK_SLIRP && qin_peek(in, 0) > 0) {
        qin_report(in, "slirp: the stream carries a guestfwd connection, "
                   "which farad's user network cannot take over");
        return -EINVAL;
    }
    if (e->kind == QK_SCSI_DISK && qin_peek(in, 104) > 0) {
        /* the request list's first marker, after the UA, sense_is_ua,
         * the 96 sense bytes and sense_len */
        qin_report(in, "%s: a SCSI request is in flight, which farad's "
                   "VSCSI (it completes each at once) cannot hold",
                   e->idstr);
        return -EINVAL;
    }
    size_t lines = in->msg->len;
    int ret = qemu_vmstate_load(in, sec, e->state, version);
    if (e->kind == QK_SLIRP && ret == -EIO) {
        /* QEMU hands the section to libslirp, which names no field and
         * whose failure QEMU drops: a short stream shows at the footer */
        g_string_truncate(in->msg, lines);
        return 0;
    }
    if (ret) {
        return ret;
    }
    switch (e->kind) {
    case QK_VIO_TCE: {
        QTce *t = e->state;
        SpaprVioDevice *v = (SpaprVioDevice *)e->dev;
        if (t->mig_nb_table != v->tce.nb_table) {
            qin_report(in, "spapr_iommu: the window of 0x%" PRIx32 " has "
                       "%u entries in the stream, %u here", v->reg,
                       t->mig_nb_table, v->tce.nb_table);
            return -EINVAL;
        }
        if (t->bus_offset || t->page_shift != Q_TCE_PAGE_SHIFT) {
            qin_report(in, "spapr_iommu: the window of 0x%" PRIx32 " is at "
                       "0x%" PRIx64 " with page shift %u; farad's VIO "
                       "windows are at 0 with 4 KiB pages", v->reg,
                       t->bus_offset, t->page_shift);
            return -EINVAL;
        }
        return 0;
    }
    case QK_LLAN: {
        QLlan *q = e->state;
        for (int i = 0; i < Q_RX_POOLS; i++) {
            if (q->pools[i].count < 0 || q->pools[i].count > Q_RX_POOL_BDS ||
                q->pools[i].bufsize <= 0) {
                qin_report(in, "%s: rx_pool[%d]: count %d or bufsize %d "
                           "out of range (0..%d, > 0)", e->idstr, i,
                           q->pools[i].count, q->pools[i].bufsize,
                           Q_RX_POOL_BDS);
                return -EINVAL;
            }
        }
        if (vio_check(in, e, &q->vio)) {
            return -EINVAL;
        }
        /* an open NIC's positions in its buffer list page: 8-byte slots
         * from 8 (registered, nothing added) up to the dropped-frames
         * counter; others would send farad's ring walk round forever */
        if (q->isopen &&
            (q->add_buf_ptr % 8 || q->add_buf_ptr < 8 ||
             q->add_buf_ptr >= Q_LLAN_PAGE - 8 || q->use_buf_ptr % 8 ||
             q->use_buf_ptr < 8 || q->use_buf_ptr >= Q_LLAN_PAGE - 8)) {
            qin_report(in, "%s: add_buf_ptr 0x%x or use_buf_ptr 0x%x is not "
                       "a buffer slot (8..0x%x in steps of 8)", e->idstr,
                       q->add_buf_ptr, q->use_buf_ptr, Q_LLAN_PAGE - 16);
            return -EINVAL;
        }
        return 0;
    }
    case QK_VSCSI:
        return vio_check(in, e, &((QVscsi *)e->state)->vio) ? -EINVAL : 0;
    case QK_SCSI_DISK: {
        QScsiDisk *q = e->state;
        bool none = !q->ua_key && !q->ua_asc && !q->ua_ascq;
        bool por = q->ua_key == 6 && q->ua_asc == 0x29 && !q->ua_ascq;
        if (!none && !por) {
            qin_report(in, "%s: unit attention %x/%02x/%02x; farad's SCSI "
                       "devices keep only the power-on one (6/29/00)",
                       e->idstr, q->ua_key, q->ua_asc, q->ua_ascq);
            return -EINVAL;
        }
        if (q->media_changed || q->media_event || q->eject_request ||
            q->tray_open) {
            qin_report(in, "%s: a media change, eject request or open tray, "
                       "which farad's SCSI devices do not have", e->idstr);
            return -EINVAL;
        }
        return 0;
    }
    default:
        return 0;
    }
}

/* ---- applying and filling through farad's own descriptions ---- */

static void set_val(GHashTable *idx, const char *name, uint64_t v)
{
    SnapVal *x = g_hash_table_lookup(idx, name);
    if (x) {
        x->u = v;
    }
}

static uint64_t get_val(GHashTable *idx, const char *name)
{
    SnapVal *x = g_hash_table_lookup(idx, name);
    return x ? x->u : 0;
}

static void vio_apply(SpaprVioDevice *v, const QVioPart *q)
{
    v->signal_state = (uint32_t)q->signal_state;
    v->crq_addr = q->crq_qladdr;
    v->crq_size = q->crq_qsize;
    v->crq_next = q->crq_qnext;
}

static void vio_fill(QVioPart *q, const SpaprVioDevice *v)
{
    q->reg = v->reg;
    q->irq = v->irq;
    q->signal_state = v->signal_state;
    q->crq_qladdr = v->crq_addr;
    q->crq_qsize = v->crq_size;
    q->crq_qnext = v->crq_next;
}

void qemu_vio_apply(QEntry *e)
{
    switch (e->kind) {
    case QK_SLIRP: {
        /* back into libslirp's own bytes (net_user_state_encode) */
        const QSlirp *q = e->state;
        NetUserState st = { .ip_id = q->ip_id };
        for (int i = 0; i < Q_BOOTP_CLIENTS; i++) {
            st.leases[i].allocated = q->clients[i].allocated != 0;
            memcpy(st.leases[i].mac, q->clients[i].mac, 6);
        }
        GByteArray *b = g_byte_array_new();
        net_user_state_encode(&st, b);
        net_user_state_load(e->net, 4, b->data, b->len);
        g_byte_array_unref(b);
        break;
    }
    case QK_VIO_TCE: {
        QTce *t = e->state;
        SpaprVioDevice *v = (SpaprVioDevice *)e->dev;
        memcpy(v->tce.table, t->mig_table, 8ull * v->tce.nb_table);
        v->tce_bypass = t->bypass;
        break;
    }
    case QK_LLAN: {
        QLlan *q = e->state;
        Device *d = e->dev;
        vio_apply((SpaprVioDevice *)d, &q->vio);
        const SnapSection *sec = d->cls->snap;
        GPtrArray *vals = snap_vals_new();
        snap_section_save(sec, d, vals);
        GHashTable *idx = snap_vals_index(vals);
        set_val(idx, "isopen", q->isopen);
        set_val(idx, "buf_list", q->buf_list);
        set_val(idx, "add_buf_ptr", q->add_buf_ptr);
        set_val(idx, "use_buf_ptr", q->use_buf_ptr);
        set_val(idx, "rx_bufs", q->rx_bufs);
        set_val(idx, "rxq_ptr", q->rxq_ptr);
        SnapVal *p = g_hash_table_lookup(idx, "pools");
        if (p && p->kind == SV_BYTES &&
            g_bytes_get_size(p->bytes) == sizeof(q->pools)) {
            g_bytes_unref(p->bytes);
            p->bytes = g_bytes_new(q->pools, sizeof(q->pools));
        }
        snap_section_apply(sec, d, sec->version, idx);
        g_hash_table_destroy(idx);
        g_ptr_array_unref(vals);
        break;
    }
    case QK_VSCSI:
        vio_apply((SpaprVioDevice *)e->dev, &((QVscsi *)e->state)->vio);
        break;
    case QK_SCSI_DISK: {
        QScsiDisk *q = e->state;
        Device *d = e->dev;
        GPtrArray *vals = snap_vals_new();
        snap_section_save(d->cls->snap, d, vals);
        GHashTable *idx = snap_vals_index(vals);
        set_val(idx, "unit_attention", q->ua_key == 6);
        set_val(idx, "tray_locked", q->tray_locked);
        snap_section_apply(d->cls->snap, d, d->cls->snap->version, idx);
        g_hash_table_destroy(idx);
        g_ptr_array_unref(vals);
        break;
    }
    default:
        break;
    }
}

void qemu_vio_fill(QEntry *e)
{
    switch (e->kind) {
    case QK_SLIRP: {
        QSlirp *q = e->state;
        GByteArray *b = g_byte_array_new();
        net_user_state_save(e->net, b);
        /* no guestfwd in farad: libslirp's bytes are those
         * net_user_state_decode reads */
        NetUserState st;
        if (net_user_state_decode(b->data, b->len, &st)) {
            q->ip_id = st.ip_id;
            for (int i = 0; i < Q_BOOTP_CLIENTS; i++) {
                q->clients[i].allocated = st.leases[i].allocated;
                memcpy(q->clients[i].mac, st.leases[i].mac, 6);
            }
        }
        g_byte_array_unref(b);
        break;
    }
    case QK_VIO_TCE: {
        QTce *t = e->state;
        SpaprVioDevice *v = (SpaprVioDevice *)e->dev;
        t->mig_nb_table = v->tce.nb_table;
        t->mig_table = g_memdup2(v->tce.table, 8ull * v->tce.nb_table);
        t->bypass = v->tce_bypass;
        t->def_win = false;
        t->bus_offset = 0;
        t->page_shift = Q_TCE_PAGE_SHIFT;
        break;
    }
    case QK_LLAN: {
        QLlan *q = e->state;
        Device *d = e->dev;
        vio_fill(&q->vio, (SpaprVioDevice *)d);
        q->has_pools = vlan_pools_on(d);
        GPtrArray *vals = snap_vals_new();
        snap_section_save(d->cls->snap, d, vals);
        GHashTable *idx = snap_vals_index(vals);
        q->isopen = get_val(idx, "isopen");
        q->buf_list = get_val(idx, "buf_list");
        q->add_buf_ptr = (uint32_t)get_val(idx, "add_buf_ptr");
        q->use_buf_ptr = (uint32_t)get_val(idx, "use_buf_ptr");
        q->rx_bufs = (uint32_t)get_val(idx, "rx_bufs");
        q->rxq_ptr = get_val(idx, "rxq_ptr");
        SnapVal *p = g_hash_table_lookup(idx, "pools");
        if (p && p->kind == SV_BYTES &&
            g_bytes_get_size(p->bytes) == sizeof(q->pools)) {
            memcpy(q->pools, g_bytes_get_data(p->bytes, NULL),
                   sizeof(q->pools));
        }
        g_hash_table_destroy(idx);
        g_ptr_array_unref(vals);
        break;
    }
    case QK_VSCSI:
        vio_fill(&((QVscsi *)e->state)->vio, (SpaprVioDevice *)e->dev);
        break;
    case QK_SCSI_DISK: {
        QScsiDisk *q = e->state;
        Device *d = e->dev;
        GPtrArray *vals = snap_vals_new();
        snap_section_save(d->cls->snap, d, vals);
        GHashTable *idx = snap_vals_index(vals);
        if (get_val(idx, "unit_attention")) {   /* power on, reset */
            q->ua_key = 6;
            q->ua_asc = 0x29;
        }
        q->tray_locked = get_val(idx, "tray_locked");
        g_hash_table_destroy(idx);
        g_ptr_array_unref(vals);
        break;
    }
    default:
        break;
    }
}
