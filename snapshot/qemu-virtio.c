/* SPDX-License-Identifier: MIT */
/*
 * The sections QEMU 7.2 writes for virtio-pci devices (hw/virtio/virtio.c
 * virtio_save/virtio_load, hw/virtio/virtio-pci.c's config, queue and
 * extra state, hw/pci/pci.c's vmstate_pci_device, hw/pci/msix.c,
 * hw/block/virtio-blk.c, hw/net/virtio-net.c, hw/virtio/virtio-rng.c,
 * hw/char/virtio-serial-bus.c),
 * and their mapping onto farad's virtio-pci transport (pci/virtio-pci.h).
 *
 * A section is one "virtio" field in QEMU's vmdesc, written by hand:
 *   the PCI function: version (be32 2), config space (256 bytes), the
 *     four INTx levels (be32); with MSI-X its table, PBA and the config
 *     vector (be16)
 *   status, ISR (u8), queue_sel (be16), guest features bits 0..31,
 *     config length (be32) and bytes, the queue count, and per queue:
 *     size (be32), descriptor address (be64), last_avail_idx (be16),
 *     with MSI-X its vector (be16)
 *   the device's part: virtio-blk a 0 (no request follows), virtio-net
 *     vmstate "virtio-net-device" version 11, virtio-rng nothing,
 *     virtio-serial ("virtio-console") the config's cols, rows and
 *     max_nr_ports, the ports map, and per port its id, guest and host
 *     connection and whether an output element is held (never here)
 *   vmstate "virtio"'s subsections (described below with snapdesc):
 *     device_endian, 64bit_features, virtqueues (the avail and used
 *     addresses of all 1024 queues), ringsize, broken, extra_state
 *     ("virtio_pci" with its modern_state: feature selects, the
 *     driver's feature words and per queue size, enable, addresses),
 *     started, disabled.
 * QEMU keeps no used index: its loader reads used->idx from guest
 * memory, as farad does after the load. farad completes every request
 * inside the notify write, so a queue with buffers the device has taken
 * but not returned cannot move in; the check reads used->idx from the
 * stream's RAM.
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include "qemu-virtio.h"
#include "snap-int.h"
#include "core/machine/device.h"
#include "pci/spapr-phb.h"
#include "pci/virtio-pci.h"
#include "pci/virtio-serial.h"

#define Q_VQ_MAX 1024            /* QEMU's VIRTIO_QUEUE_MAX */
#define Q_PCI_CONFIG 256         /* a conventional function's config */
#define Q_MAC_TABLE 64           /* virtio-net's MAC_TABLE_ENTRIES */
#define Q_VLAN_BYTES 512         /* MAX_VLAN (4096) bits */
#define Q_ENDIAN_LITTLE 1        /* VIRTIO_DEVICE_ENDIAN_LITTLE */
#define Q_ENDIAN_BIG 2
#define Q_NET_F_CTRL_GUEST_OFFLOADS 2
#define Q_NET_F_MRG_RXBUF 15
#define Q_NET_F_CTRL_VLAN 19
#define Q_NET_F_CTRL_MAC_ADDR 23
#define Q_NET_S_ANNOUNCE 2
#define Q_SER_PORTS 32           /* farad's ports (at most 31) and words */
#define Q_SER_WORDS 16           /* ports_map words for QEMU's 511 ports */

typedef enum QVirtioDev { QV_BLK, QV_NET, QV_RNG, QV_SERIAL } QVirtioDev;

typedef struct QVqRings {        /* vmstate "virtqueue_state" */
    uint64_t avail, used;
} QVqRings;

typedef struct QRingSize {       /* "ringsize_state" */
    uint32_t num_default;
} QRingSize;

typedef struct QModernQ {        /* "virtio_pci/modern_queue_state" */
    uint16_t num;
    uint8_t unused;
    bool enabled;
    uint32_t desc[2], avail[2], used[2];
} QModernQ;

typedef struct QVq {             /* virtio_save's per-queue part */
    uint32_t num;
    uint64_t desc;
    uint16_t last_avail, vector;
} QVq;

typedef struct QVirtioNet {      /* "virtio-net-device" v11 */
    uint8_t mac[6];
    uint32_t tx_waiting, mergeable_rx_bufs;
    uint16_t status;
    uint8_t promisc, allmulti;
    uint32_t mac_in_use;
    uint8_t macs[Q_MAC_TABLE * 6];
    uint8_t vlans[Q_VLAN_BYTES];
    uint32_t has_vnet_hdr;
    uint8_t multi_overflow, uni_overflow, alluni, nomulti, nouni, nobcast;
    uint8_t has_ufo;
    uint64_t curr_guest_offloads;
} QVirtioNet;

typedef struct QSerPort {        /* a port in virtio_serial_save_device */
    uint32_t id;
    uint8_t guest_connected, host_connected;
} QSerPort;

typedef struct QVirtioSerial {   /* "virtio-console" v3's device part */
    uint16_t cols, rows;
    uint32_t max_nr_ports;
    uint32_t nwords, ports_map[Q_SER_WORDS];
    uint32_t nr_active;
    QSerPort port[Q_SER_PORTS];
} QVirtioSerial;

typedef struct QVirtio {
    QVirtioDev dev;
    VirtioPci *v;
    unsigned nvec;               /* MSI-X vectors (0: no MSI-X) */
    /* the PCI function */
    int32_t pci_version;
    uint8_t pci_config[Q_PCI_CONFIG];
    int32_t irq_state[4];
    uint8_t *msix_table, *msix_pba;
    uint16_t config_vector;
    /* the transport */
    uint8_t status, isr;
    uint16_t queue_sel;
    uint32_t features_lo;
    uint32_t config_len;
    uint8_t config[VIRTIO_CONFIG_MAX];
    uint32_t nq;
    QVq q[VIRTIO_MAX_QUEUES];
    QVirtioNet net;
    QVirtioSerial ser;
    /* vmstate "virtio"'s subsections */
    uint8_t device_endian;
    uint64_t guest_features;
    QVqRings rings[Q_VQ_MAX];
    QRingSize ringsize[Q_VQ_MAX];
    bool broken, started, disabled;
    uint32_t dfselect, gfselect, gf[2];
    QModernQ mq[Q_VQ_MAX];
    bool has_endian, has_64, has_rings, has_modern, has_broken, has_disabled;
    /* writer: which to send */
    bool send_endian, send_ringsize;
} QVirtio;

/* ---- vmstate "virtio" and its subsections ---- */

static const SnapField rings_fields[] = {
    SNAP_U64("vring.avail", QVqRings, avail, 0),
    SNAP_U64("vring.used", QVqRings, used, 0),
    SNAP_END
};
static const SnapSection q_vq_rings = {
    .name = "virtqueue_state", .version = 1, .min_version = 1,
    .fields = rings_fields,
};
static const SnapField ringsize_fields[] = {
    SNAP_U32("vring.num_default", QRingSize, num_default, 0),
    SNAP_END
};
static const SnapSection q_ringsize_elem = {
    .name = "ringsize_state", .version = 1, .min_version = 1,
    .fields = ringsize_fields,
};
static const SnapField modern_q_fields[] = {
    SNAP_U16("num", QModernQ, num, 0),
    SNAP_U8("unused", QModernQ, unused, 0),
    SNAP_BOOL("enabled", QModernQ, enabled, 0),
    SNAP_FIELD_("desc", SNAP_TYPE_U32_ARRAY, QModernQ, desc, 2, 0, 0),
    SNAP_FIELD_("avail", SNAP_TYPE_U32_ARRAY, QModernQ, avail, 2, 0, 0),
    SNAP_FIELD_("used", SNAP_TYPE_U32_ARRAY, QModernQ, used, 2, 0, 0),
    SNAP_END
};
static const SnapSection q_modern_q = {
    .name = "virtio_pci/modern_queue_state", .version = 1,
    .min_version = 1, .fields = modern_q_fields,
};

static bool endian_needed(void *o) { return ((QVirtio *)o)->send_endian; }
static bool always(void *o) { (void)o; return true; }
static bool ringsize_needed(void *o)
{
    return ((QVirtio *)o)->send_ringsize;
}
static bool broken_needed(void *o) { return ((QVirtio *)o)->broken; }
static bool started_needed(void *o) { return ((QVirtio *)o)->started; }
static bool disabled_needed(void *o) { return ((QVirtio *)o)->disabled; }

static const SnapField endian_fields[] = {
    SNAP_U8("device_endian", QVirtio, device_endian, 0),
    SNAP_END
};
static const SnapSection q_endian = {
    .name = "virtio/device_endian", .version = 1, .min_version = 1,
    .fields = endian_fields, .needed = endian_needed,
};
static const SnapField f64_fields[] = {
    SNAP_U64("guest_features", QVirtio, guest_features, 0),
    SNAP_END
};
/* farad's devices all offer VERSION_1 (bit 32): QEMU's needed() holds */
static const SnapSection q_64bit = {
    .name = "virtio/64bit_features", .version = 1, .min_version = 1,
    .fields = f64_fields, .needed = always,
};
static const SnapField vqs_fields[] = {
    { .name = "vq", .type = SNAP_TYPE_STRUCT, .count = Q_VQ_MAX,
      .offset = offsetof(QVirtio, rings), .elem = &q_vq_rings,
      .elem_size = sizeof(QVqRings) },
    SNAP_END
};
static const SnapSection q_virtqueues = {
    .name = "virtio/virtqueues", .version = 1, .min_version = 1,
    .fields = vqs_fields, .needed = always,
};
static const SnapField ringsize_sub_fields[] = {
    { .name = "vq", .type = SNAP_TYPE_STRUCT, .count = Q_VQ_MAX,
      .offset = offsetof(QVirtio, ringsize), .elem = &q_ringsize_elem,
      .elem_size = sizeof(QRingSize) },
    SNAP_END
};
static const SnapSection q_ringsize = {
    .name = "virtio/ringsize", .version = 1, .min_version = 1,
    .fields = ringsize_sub_fields, .needed = ringsize_needed,
};
static const SnapField broken_fields[] = {
    SNAP_BOOL("broken", QVirtio, broken, 0),
    SNAP_END
};
static const SnapSection q_broken = {
    .name = "virtio/broken", .version = 1, .min_version = 1,
    .fields = broken_fields, .needed = broken_needed,
};
static const SnapField modern_fields[] = {
    SNAP_U32("dfselect", QVirtio, dfselect, 0),
    SNAP_U32("gfselect", QVirtio, gfselect, 0),
    SNAP_FIELD_("guest_features", SNAP_TYPE_U32_ARRAY, QVirtio, gf, 2, 0, 0),
    { .name = "vqs", .type = SNAP_TYPE_STRUCT, .count = Q_VQ_MAX,
      .offset = offsetof(QVirtio, mq), .elem = &q_modern_q,
      .elem_size = sizeof(QModernQ) },
    SNAP_END
};
static const SnapSection q_modern = {
    .name = "virtio_pci/modern_state", .version = 1, .min_version = 1,
    .fields = modern_fields, .needed = always,
};
static const SnapSection *const virtio_pci_subs[] = { &q_modern, NULL };
static const SnapField no_fields[] = { SNAP_END };
static const SnapSection q_virtio_pci = {
    .name = "virtio_pci", .version = 1, .min_version = 1,
    .fields = no_fields, .subsections = virtio_pci_subs,
};
static const SnapField extra_fields[] = {
    { .name = "extra_state", .type = SNAP_TYPE_STRUCT, .count = 1,
      .elem = &q_virtio_pci, .elem_size = sizeof(QVirtio) },
    SNAP_END
};
static const SnapSection q_extra = {
    .name = "virtio/extra_state", .version = 1, .min_version = 1,
    .fields = extra_fields, .needed = always,
};
static const SnapField started_fields[] = {
    SNAP_BOOL("started", QVirtio, started, 0),
    SNAP_END
};
static const SnapSection q_started = {
    .name = "virtio/started", .version = 1, .min_version = 1,
    .fields = started_fields, .needed = started_needed,
};
static const SnapField disabled_fields[] = {
    SNAP_BOOL("disabled", QVirtio, disabled, 0),
    SNAP_END
};
static const SnapSection q_disabled = {
    .name = "virtio/disabled", .version = 1, .min_version = 1,
    .fields = disabled_fields, .needed = disabled_needed,
};
/* QEMU 7.2's order; "virtio/packed_virtqueues" (a packed ring, which
 * farad does not have) is left out, so a stream with it is refused as
 * an unknown subsection */
static const SnapSection *const virtio_subs[] = {
    &q_endian, &q_64bit, &q_virtqueues, &q_ringsize, &q_broken, &q_extra,
    &q_started, &q_disabled, NULL
};
static const SnapSection q_virtio = {
    .name = "virtio", .version = 1, .min_version = 1,
    .fields = no_fields, .subsections = virtio_subs,
};

static void seen_sub(void *opaque, const SnapSection *sub)
{
    QVirtio *q = opaque;
    q->has_endian |= sub == &q_endian;
    q->has_64 |= sub == &q_64bit;
    q->has_rings |= sub == &q_virtqueues;
    q->has_modern |= sub == &q_modern;
    q->has_broken |= sub == &q_broken;
    q->has_disabled |= sub == &q_disabled;
}

/* ---- the entries ---- */

static const struct {
    const char *cls, *name;
    QVirtioDev dev;
    uint32_t version;
} kinds[] = {
    { "virtio-blk-pci", "virtio-blk", QV_BLK, 2 },
    { "virtio-net-pci", "virtio-net", QV_NET, 11 },
    { "virtio-rng-pci", "virtio-rng", QV_RNG, 1 },
    { "virtio-serial-pci", "virtio-console", QV_SERIAL, 3 },
};

bool qemu_virtio_kind(const QEntry *e)
{
    return e->kind == QK_VIRTIO;
}

void qemu_virtio_add_entries(QLoad *l)
{
    for (Device *d = l->m->devices; d; d = d->next) {
        for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++) {
            if (strcmp(d->cls->name, kinds[k].cls)) {
                continue;
            }
            VirtioPci *v = (VirtioPci *)d;
            SpaprPhb *phb = v->pci.bus->host;
            QVirtio *q = g_new0(QVirtio, 1);
            q->dev = kinds[k].dev;
            q->v = v;
            q->nvec = v->pci.msix_cap ? v->pci.msix_entries : 0;
            char *id = g_strdup_printf("%s:%02x.%x/%s", phb->dtbusname,
                                       v->pci.devfn >> 3, v->pci.devfn & 7,
                                       kinds[k].name);
            add_entry(l, id, 0, kinds[k].version, QK_VIRTIO, 0, q)->dev = d;
            g_free(id);
        }
    }
}

void qemu_virtio_free_state(QEntry *e)
{
    QVirtio *q = e->state;
    if (q) {
        g_free(q->msix_table);
        g_free(q->msix_pba);
    }
}

/* ---- reading ---- */

static int read_net(QIn *in, QVirtio *q)
{
    QVirtioNet *n = &q->net;
    const uint8_t *b = qin_buf(in, 6);
    if (b) {
        memcpy(n->mac, b, 6);
    }
    n->tx_waiting = (uint32_t)qin_get(in, 4);
    n->mergeable_rx_bufs = (uint32_t)qin_get(in, 4);
    n->status = (uint16_t)qin_get(in, 2);
    n->promisc = (uint8_t)qin_get(in, 1);
    n->allmulti = (uint8_t)qin_get(in, 1);
    n->mac_in_use = (uint32_t)qin_get(in, 4);
    if (in->err) {
        return in->err;
    }
    /* a table larger than the device's is read and dropped, as QEMU */
    uint64_t mac_bytes = 6ull * n->mac_in_use;
    if (mac_bytes > in->len - in->pos) {
        qin_buf(in, in->len - in->pos + 1);
        return in->err;
    }
    b = qin_buf(in, (size_t)mac_bytes);
    if (b && n->mac_in_use <= Q_MAC_TABLE) {
        memcpy(n->macs, b, (size_t)mac_bytes);
    }
    b = qin_buf(in, Q_VLAN_BYTES);
    if (b) {
        memcpy(n->vlans, b, Q_VLAN_BYTES);
    }
    n->has_vnet_hdr = (uint32_t)qin_get(in, 4);
    if (!in->err && n->has_vnet_hdr) {
        qin_report(in, "virtio-net: saved image requires vnet_hdr=on");
        return -EINVAL;
    }
    n->multi_overflow = (uint8_t)qin_get(in, 1);
    n->uni_overflow = (uint8_t)qin_get(in, 1);
    n->alluni = (uint8_t)qin_get(in, 1);
    n->nomulti = (uint8_t)qin_get(in, 1);
    n->nouni = (uint8_t)qin_get(in, 1);
    n->nobcast = (uint8_t)qin_get(in, 1);
    n->has_ufo = (uint8_t)qin_get(in, 1);
    if (!in->err && n->has_ufo) {
        qin_report(in, "virtio-net: saved image requires TUN_F_UFO support");
        return -EINVAL;
    }
    /* max_queue_pairs, curr_queue_pairs and the other queues' tx_waiting
     * only with more than one pair here, which farad's device never has;
     * the offloads while the driver took CTRL_GUEST_OFFLOADS */
    if (q->features_lo & 1u << Q_NET_F_CTRL_GUEST_OFFLOADS) {
        n->curr_guest_offloads = qin_get(in, 8);
    }
    if (in->err) {
        return in->err;
    }
    if (n->curr_guest_offloads) {
        qin_report(in, "virtio-net: guest offloads 0x%" PRIx64 " in the "
                   "stream; farad's virtio-net offers none",
                   n->curr_guest_offloads);
        return -EINVAL;
    }
    /* its one subsection, "virtio-net-device/rss": RSS farad lacks */
    if (qin_peek(in, 0) == 0x05 && qin_peek(in, 1) > 17 &&
        in->len - in->pos >= 2 + 17 &&
        !memcmp(in->d + in->pos + 2, "virtio-net-device", 17)) {
        qin_report(in, "virtio-net: the stream carries RSS state, which "
                   "farad's virtio-net does not have");
        return -EINVAL;
    }
    return 0;
}

/* The ports map farad's device has (QEMU's: bit 0 reserved for a
 * console, one bit per port id). */
static void serial_map(Device *d, uint32_t *map, uint32_t *nwords)
{
    uint32_t ids[Q_SER_PORTS];
    unsigned n = virtio_serial_ports(d, ids, Q_SER_PORTS);
    *nwords = (virtio_serial_max_ports(d) + 31) / 32;
    memset(map, 0, 4 * Q_SER_WORDS);
    map[0] = 1;
    for (unsigned i = 0; i < n; i++) {
        map[ids[i] / 32] |= 1u << (ids[i] % 32);
    }
}

static int read_serial(QIn *in, QEntry *e, QVirtio *q)
{
    QVirtioSerial *x = &q->ser;
    uint32_t map[Q_SER_WORDS], nwords;
    serial_map(e->dev, map, &nwords);
    x->cols = (uint16_t)qin_get(in, 2);
    x->rows = (uint16_t)qin_get(in, 2);
    x->max_nr_ports = (uint32_t)qin_get(in, 4);
    x->nwords = nwords;
    for (uint32_t i = 0; i < nwords; i++) {
        x->ports_map[i] = (uint32_t)qin_get(in, 4);
        if (!in->err && x->ports_map[i] != map[i]) {
            qin_report(in, "%s: ports 0x%x in the stream, 0x%x here", e->idstr,
                       x->ports_map[i], map[i]);
            return -EINVAL;
        }
    }
    x->nr_active = (uint32_t)qin_get(in, 4);
    if (in->err) {
        return in->err;
    }
    uint32_t ids[Q_SER_PORTS];
    unsigned n = virtio_serial_ports(e->dev, ids, Q_SER_PORTS);
    if (x->nr_active > n) {
        qin_report(in, "%s: %u ports in the stream, %u here", e->idstr,
                   x->nr_active, n);
        return -EINVAL;
    }
    for (uint32_t i = 0; i < x->nr_active; i++) {
        QSerPort *p = &x->port[i];
        p->id = (uint32_t)qin_get(in, 4);
        p->guest_connected = (uint8_t)qin_get(in, 1);
        p->host_connected = (uint8_t)qin_get(in, 1);
        uint32_t popped = (uint32_t)qin_get(in, 4);
        if (in->err) {
            return in->err;
        }
        bool known = false;
        for (unsigned k = 0; k < n; k++) {
            known |= ids[k] == p->id;
        }
        if (!known) {
            qin_report(in, "%s: port %u is not on this device", e->idstr,
                       p->id);
            return -EINVAL;
        }
        if (popped) {
            qin_report(in, "%s: port %u has output in flight, which farad's "
                       "virtio-serial (it writes each at once) cannot hold",
                       e->idstr, p->id);
            return -EINVAL;
        }
    }
    return 0;
}

/* The stream's RAM: little- or big-endian u16 at guest address a, from
 * the last copy of its page (false when the stream has none). */
static bool stream_u16(QLoad *l, uint64_t a, bool be, uint16_t *out)
{
    if ((a & 0xfff) > 0xffe) {
        return false;
    }
    for (guint i = l->pages->len; i-- > 0;) {
        const QPage *p = &g_array_index(l->pages, QPage, i);
        if (p->addr != (a & ~0xfffull)) {
            continue;
        }
        uint8_t b0 = p->data ? p->data[a & 0xfff] : p->fill;
        uint8_t b1 = p->data ? p->data[(a & 0xfff) + 1] : p->fill;
        *out = be ? (uint16_t)(b0 << 8 | b1) : (uint16_t)(b1 << 8 | b0);
        return true;
    }
    return false;
}

/* The queue's avail and used addresses: the stream's (virtio 1.x), or
 * the legacy layout after the descriptors (4 KiB alignment). */
static void ring_addrs(const QVirtio *q, unsigned i, uint64_t *avail,
                       uint64_t *used)
{
    if (q->has_rings) {
        *avail = q->rings[i].avail;
        *used = q->rings[i].used;
        return;
    }
    uint64_t a = q->q[i].desc + 16ull * q->q[i].num;
    *avail = a;
    *used = (a + 6 + 2ull * q->q[i].num + 0xfff) & ~0xfffull;
}

static uint64_t features_of(const QVirtio *q)
{
    return q->has_64 ? q->guest_features : q->features_lo;
}

/* The PCI config bytes that identify the function and its capability
 * list (read-only, neither writable nor write-1-to-clear here), which
 * QEMU's loader also requires to be its own. */
static bool config_check(QIn *in, const QEntry *e, const QVirtio *q)
{
    const PciDevice *pd = &q->v->pci;
    for (unsigned i = 0; i < Q_PCI_CONFIG; i++) {
        bool status = i == 6 || i == 7;   /* the device's own bits */
        if (status || (i >= 0x10 && i < 0x28) || i == 0x3c ||
            pd->wmask[i] || pd->w1cmask[i]) {
            continue;
        }
        if (q->pci_config[i] != pd->config[i]) {
            qin_report(in, "%s: PCI config byte 0x%x is 0x%02x in the stream "
                       "and 0x%02x here: another device", e->idstr, i,
                       q->pci_config[i], pd->config[i]);
            return false;
        }
    }
    return true;
}

static int load_virtio(QIn *in, QLoad *l, QEntry *e)
{
    QVirtio *q = e->state;
    VirtioPci *v = q->v;
    /* the PCI function (virtio_pci_load_config) */
    q->pci_version = (int32_t)qin_get(in, 4);
    const uint8_t *b = qin_buf(in, Q_PCI_CONFIG);
    if (b) {
        memcpy(q->pci_config, b, Q_PCI_CONFIG);
    }
    for (int i = 0; i < 4; i++) {
        q->irq_state[i] = (int32_t)qin_get(in, 4);
    }
    if (in->err) {
        return in->err;
    }
    /* another function (its MSI-X table another size, say) before the
     * bytes that depend on it */
    if (!config_check(in, e, q)) {
        return -EINVAL;
    }
    if (q->nvec) {
        g_free(q->msix_table);
        g_free(q->msix_pba);
        q->msix_table = g_malloc0(16u * q->nvec);
        q->msix_pba = g_malloc0((q->nvec + 7) / 8);
        if ((b = qin_buf(in, 16u * q->nvec))) {
            memcpy(q->msix_table, b, 16u * q->nvec);
        }
        if ((b = qin_buf(in, (q->nvec + 7) / 8))) {
            memcpy(q->msix_pba, b, (q->nvec + 7) / 8);
        }
        q->config_vector = (uint16_t)qin_get(in, 2);
    } else {
        q->config_vector = VIRTIO_NO_VECTOR;
    }
    /* virtio_load */
    q->status = (uint8_t)qin_get(in, 1);
    q->isr = (uint8_t)qin_get(in, 1);
    q->queue_sel = (uint16_t)qin_get(in, 2);
    if (in->err) {
        return in->err;
    }
    if (q->queue_sel >= Q_VQ_MAX) {
        return -EPERM;
    }
    q->features_lo = (uint32_t)qin_get(in, 4);
    q->config_len = (uint32_t)qin_get(in, 4);
    if (in->err) {
        return in->err;
    }
    if (q->config_len > in->len - in->pos) {
        qin_buf(in, in->len - in->pos + 1);
        return in->err;
    }
    b = qin_buf(in, q->config_len);
    memcpy(q->config, b, MIN(q->config_len, VIRTIO_CONFIG_MAX));
    q->nq = (uint32_t)qin_get(in, 4);
    if (in->err) {
        return in->err;
    }
    if (q->nq > Q_VQ_MAX) {
        qin_report(in, "Invalid number of virtqueues: 0x%x", q->nq);
        return -EPERM;
    }
    if (q->nq != v->nvqs) {
        qin_report(in, "%s: %u virtqueues in the stream, %u here", e->idstr,
                   q->nq, v->nvqs);
        return -EINVAL;
    }
    for (unsigned i = 0; i < q->nq; i++) {
        QVq *x = &q->q[i];
        x->num = (uint32_t)qin_get(in, 4);
        x->desc = qin_get(in, 8);
        x->last_avail = (uint16_t)qin_get(in, 2);
        if (!x->desc && x->last_avail) {
            qin_report(in, "VQ %u address 0x0 inconsistent with Host index "
                       "0x%x", i, x->last_avail);
            return -EPERM;
        }
        x->vector = q->nvec ? (uint16_t)qin_get(in, 2) : VIRTIO_NO_VECTOR;
        if (in->err) {
            return in->err;
        }
    }
    /* the device's own part */
    int ret = 0;
    switch (q->dev) {
    case QV_BLK:
        if ((int8_t)qin_get(in, 1) != 0 && !in->err) {
            qin_report(in, "%s: a request is in flight, which farad's "
                       "virtio-blk (it completes each at once) cannot hold",
                       e->idstr);
            return -EINVAL;
        }
        break;
    case QV_NET:
        ret = read_net(in, q);
        break;
    case QV_RNG:
        break;
    case QV_SERIAL:
        ret = read_serial(in, e, q);
        break;
    }
    if (ret || in->err) {
        return ret ? ret : in->err;
    }
    in->seen_sub = seen_sub;
    in->seen_opaque = q;
    ret = qemu_vmstate_load(in, &q_virtio, q, 1);
    in->seen_sub = NULL;
    if (ret) {
        return ret;
    }
    /* what farad's device cannot be */
    uint64_t f = features_of(q);
    if (f & ~v->host_features) {
        qin_report(in, "Features 0x%" PRIx64 " unsupported. Allowed "
                   "features: 0x%" PRIx64, f, v->host_features);
        return -EPERM;
    }
    if (q->disabled) {
        qin_report(in, "%s: the device is disabled (neither legacy nor "
                   "modern), which farad's virtio-pci cannot be", e->idstr);
        return -EINVAL;
    }
    /* the driver may have set another MAC with CTRL_MAC_ADDR (taken
     * then, as QEMU's loader does) */
    if (q->dev == QV_NET && !(f >> Q_NET_F_CTRL_MAC_ADDR & 1) &&
        memcmp(q->net.mac, v->config, 6)) {
        const uint8_t *m = q->net.mac;
        qin_report(in, "%s: MAC %02x:%02x:%02x:%02x:%02x:%02x in the stream; "
                   "give this device mac= the same", e->idstr, m[0], m[1],
                   m[2], m[3], m[4], m[5]);
        return -EINVAL;
    }
    bool be = !(f >> VIRTIO_F_VERSION_1 & 1) &&
              (!q->has_endian || q->device_endian == Q_ENDIAN_BIG);
    for (unsigned i = 0; i < q->nq; i++) {
        QVq *x = &q->q[i];
        uint16_t max = v->vq[i].num_max;
        if (x->num > max || (x->num & (x->num - 1))) {
            qin_report(in, "%s: queue %u of %u entries; farad's has at most "
                       "%u, a power of two", e->idstr, i, x->num, max);
            return -EINVAL;
        }
        uint64_t avail, used;
        uint16_t used_idx;
        ring_addrs(q, i, &avail, &used);
        if (x->desc && !(f >> VIRTIO_F_ACCESS_PLATFORM & 1) &&
            stream_u16(l, used + 2, be, &used_idx) &&
            used_idx != x->last_avail) {
            qin_report(in, "%s: queue %u has %u buffers in flight "
                       "(last_avail_idx 0x%x, used idx 0x%x), which farad's "
                       "virtio devices (they complete each at once) cannot "
                       "hold", e->idstr, i, (uint16_t)(x->last_avail -
                                                        used_idx),
                       x->last_avail, used_idx);
            return -EINVAL;
        }
    }
    return 0;
}

int qemu_virtio_load(QIn *in, QLoad *l, QEntry *e, uint32_t version)
{
    const char *vmsd = strrchr(e->idstr, '/') + 1;
    if (version < e->version) {
        qin_report(in, "%s: incoming version_id %u is too old for local "
                   "minimum version_id  %u", vmsd, version, e->version);
        return -EINVAL;
    }
    int ret = load_virtio(in, l, e);
    if (ret < 0) {
        /* QEMU's vmstate loader names the one field that failed */
        qin_report(in, "Failed to load %s:virtio", vmsd);
    }
    return ret;
}

/* ---- farad's virtio-net receive filter, through its description ---- */

static SnapVal *val(GHashTable *idx, const char *name)
{
    return g_hash_table_lookup(idx, name);
}

static void set_u(GHashTable *idx, const char *name, uint64_t v)
{
    SnapVal *x = val(idx, name);
    if (x) {
        x->u = v;
    }
}

static uint64_t get_u(GHashTable *idx, const char *name)
{
    SnapVal *x = val(idx, name);
    return x ? x->u : 0;
}

static void set_bytes(GHashTable *idx, const char *name, const void *p,
                      size_t n)
{
    SnapVal *x = val(idx, name);
    if (x && x->kind == SV_BYTES && g_bytes_get_size(x->bytes) == n) {
        g_bytes_unref(x->bytes);
        x->bytes = g_bytes_new(p, n);
    }
}

static void get_bytes(GHashTable *idx, const char *name, void *p, size_t n)
{
    SnapVal *x = val(idx, name);
    if (x && x->kind == SV_BYTES && g_bytes_get_size(x->bytes) == n) {
        memcpy(p, g_bytes_get_data(x->bytes, NULL), n);
    }
}

/* QEMU's receive filter into farad's device (first_multi as QEMU's
 * post_load finds it: the first multicast entry) or back. */
static void net_filter(Device *d, QVirtioNet *n, bool to_device)
{
    const SnapSection *sec = d->cls->snap;
    GPtrArray *vals = snap_vals_new();
    snap_section_save(sec, d, vals);
    GHashTable *idx = snap_vals_index(vals);
    uint8_t mode[6] = { 1 };
    if (to_device) {
        uint32_t in_use = n->mac_in_use <= Q_MAC_TABLE ? n->mac_in_use : 0;
        uint32_t first = in_use;
        for (uint32_t i = 0; i < in_use; i++) {
            if (n->macs[6 * i] & 1) {
                first = i;
                break;
            }
        }
        uint8_t m[6] = { n->promisc, n->allmulti, n->alluni, n->nomulti,
                         n->nouni, n->nobcast };
        set_bytes(idx, "rx_mode", m, 6);
        set_u(idx, "uni_overflow", n->uni_overflow);
        set_u(idx, "multi_overflow", n->multi_overflow);
        set_u(idx, "mac_in_use", in_use);
        set_u(idx, "first_multi", first);
        set_bytes(idx, "mac_table", n->macs, sizeof(n->macs));
        set_bytes(idx, "vlans", n->vlans, sizeof(n->vlans));
        snap_section_apply(sec, d, sec->version, idx);
    } else {
        get_bytes(idx, "rx_mode", mode, 6);
        n->promisc = mode[0];
        n->allmulti = mode[1];
        n->alluni = mode[2];
        n->nomulti = mode[3];
        n->nouni = mode[4];
        n->nobcast = mode[5];
        n->uni_overflow = (uint8_t)get_u(idx, "uni_overflow");
        n->multi_overflow = (uint8_t)get_u(idx, "multi_overflow");
        n->mac_in_use = (uint32_t)get_u(idx, "mac_in_use");
        get_bytes(idx, "mac_table", n->macs, sizeof(n->macs));
        get_bytes(idx, "vlans", n->vlans, sizeof(n->vlans));
    }
    g_hash_table_destroy(idx);
    g_ptr_array_unref(vals);
}

/* ---- applying ---- */

void qemu_virtio_apply(QEntry *e)
{
    QVirtio *q = e->state;
    VirtioPci *v = q->v;
    PciDevice *pd = &v->pci;
    memcpy(pd->config, q->pci_config, Q_PCI_CONFIG);
    pd->intx_level = q->irq_state[0] != 0;
    if (q->nvec && pd->msix_table_len == 16u * q->nvec) {
        memcpy(pd->msix_table, q->msix_table, pd->msix_table_len);
        memcpy(pd->msix_pba, q->msix_pba,
               MIN(pd->msix_pba_len, (q->nvec + 7) / 8));
    }
    uint64_t f = features_of(q);
    v->msix_config = q->config_vector;
    v->status = q->status;
    v->isr = q->isr;
    v->queue_sel = q->queue_sel;
    v->guest_features = f;
    v->dfselect = q->has_modern ? q->dfselect : 0;
    v->gfselect = q->has_modern ? q->gfselect : 0;
    /* QEMU's devices build their config afresh at each guest read
     * (get_config), so the stream's bytes are those of the last read:
     * zeros when the guest never read it. farad's virtio-net and
     * virtio-serial config holds nothing the guest writes (the MAC and
     * port count are the device's, checked above): it stays. virtio-blk's
     * has the cache mode the guest may write: taken when read since */
    bool read_since = false;
    for (unsigned i = 0; i < 8 && i < q->config_len; i++) {
        read_since |= q->config[i] != 0;   /* the capacity */
    }
    if (q->dev == QV_BLK && read_since) {
        memcpy(v->config, q->config,
               MIN(q->config_len, v->info->config_size));
    }
    v->broken = q->broken;
    /* QEMU's device_endian: absent means its default, big-endian */
    v->big_endian = !q->has_endian || q->device_endian == Q_ENDIAN_BIG;
    for (unsigned i = 0; i < q->nq; i++) {
        VirtQueue *vq = &v->vq[i];
        const QVq *x = &q->q[i];
        vq->num = (uint16_t)x->num;
        vq->desc = x->desc;
        ring_addrs(q, i, &vq->avail, &vq->used);
        if (!x->desc) {
            vq->avail = vq->used = 0;
        }
        vq->last_avail = x->last_avail;
        vq->used_idx = x->last_avail;
        vq->vector = x->vector;
        vq->ready = q->has_modern && (f >> VIRTIO_F_VERSION_1 & 1)
                    ? q->mq[i].enabled : x->desc != 0;
        vq->event_idx = f >> VIRTIO_F_RING_EVENT_IDX & 1;
        vq->indirect = f >> VIRTIO_F_RING_INDIRECT_DESC & 1;
        vq->signalled_used = 0;
        vq->signalled_valid = false;
    }
    if (q->dev == QV_NET) {
        /* QEMU's VLAN table is all ones without CTRL_VLAN: farad's
         * device keeps none then */
        if (!(f >> Q_NET_F_CTRL_VLAN & 1)) {
            memset(q->net.vlans, 0, sizeof(q->net.vlans));
        }
        net_filter(e->dev, &q->net, true);
        /* the MAC the driver sees (CTRL_MAC_ADDR's) and a pending
         * announcement */
        memcpy(v->config, q->net.mac, 6);
        v->config[6] = (uint8_t)((v->config[6] & ~Q_NET_S_ANNOUNCE) |
                                 (q->net.status & Q_NET_S_ANNOUNCE));
    }
    for (uint32_t i = 0; q->dev == QV_SERIAL && i < q->ser.nr_active; i++) {
        virtio_serial_set_guest_connected(e->dev, q->ser.port[i].id,
                                          q->ser.port[i].guest_connected);
    }
    /* the device's post_load: the queues' memory interface and byte
     * order, the BARs the config space decodes, INTx */
    Device *d = e->dev;
    d->cls->snap->post_load(d);
    /* used->idx from guest memory, as QEMU's loader takes it */
    for (unsigned i = 0; i < q->nq; i++) {
        VirtQueue *vq = &v->vq[i];
        uint8_t b[2];
        if (vq->desc && vq->mem &&
            vq->mem->read(vq->mem_opaque, vq->used + 2, b, 2)) {
            vq->used_idx = vq->big_endian ? (uint16_t)(b[0] << 8 | b[1])
                                          : (uint16_t)(b[1] << 8 | b[0]);
        }
    }
}

/* ---- writing ---- */

void qemu_virtio_fill(QEntry *e)
{
    QVirtio *q = e->state;
    VirtioPci *v = q->v;
    PciDevice *pd = &v->pci;
    q->pci_version = 2;
    memcpy(q->pci_config, pd->config, Q_PCI_CONFIG);
    memset(q->irq_state, 0, sizeof(q->irq_state));
    q->irq_state[0] = pd->intx_level != 0;
    if (q->nvec) {
        g_free(q->msix_table);
        g_free(q->msix_pba);
        q->msix_table = g_malloc0(16u * q->nvec);
        q->msix_pba = g_malloc0((q->nvec + 7) / 8);
        memcpy(q->msix_table, pd->msix_table,
               MIN(pd->msix_table_len, 16u * q->nvec));
        memcpy(q->msix_pba, pd->msix_pba,
               MIN(pd->msix_pba_len, (q->nvec + 7) / 8));
    }
    q->config_vector = v->msix_config;
    q->status = v->status;
    q->isr = v->isr;
    q->queue_sel = v->queue_sel;
    uint64_t f = v->guest_features;
    q->features_lo = (uint32_t)f;
    q->guest_features = f;
    q->config_len = v->info->config_size;
    memcpy(q->config, v->config, q->config_len);
    q->nq = v->nvqs;
    bool v1 = f >> VIRTIO_F_VERSION_1 & 1;
    q->device_endian = v->big_endian ? Q_ENDIAN_BIG : Q_ENDIAN_LITTLE;
    /* QEMU's virtio_device_endian_needed */
    q->send_endian = v1 ? q->device_endian != Q_ENDIAN_LITTLE
                        : q->device_endian != Q_ENDIAN_BIG;
    memset(q->rings, 0, sizeof(q->rings));
    memset(q->ringsize, 0, sizeof(q->ringsize));
    memset(q->mq, 0, sizeof(q->mq));
    q->send_ringsize = false;
    for (unsigned i = 0; i < v->nvqs; i++) {
        const VirtQueue *vq = &v->vq[i];
        q->q[i] = (QVq){ vq->num, vq->desc, vq->last_avail,
                         q->nvec ? vq->vector : VIRTIO_NO_VECTOR };
        q->rings[i] = (QVqRings){ vq->avail, vq->used };
        q->ringsize[i].num_default = vq->num_max;
        q->send_ringsize |= vq->num != vq->num_max;
        /* the transport's copy of what the driver wrote: set while the
         * queue is enabled through the modern interface, QEMU's reset
         * values (zero) otherwise */
        if (v1 && vq->ready) {
            QModernQ *m = &q->mq[i];
            m->num = vq->num;
            m->enabled = true;
            m->desc[0] = (uint32_t)vq->desc;
            m->desc[1] = (uint32_t)(vq->desc >> 32);
            m->avail[0] = (uint32_t)vq->avail;
            m->avail[1] = (uint32_t)(vq->avail >> 32);
            m->used[0] = (uint32_t)vq->used;
            m->used[1] = (uint32_t)(vq->used >> 32);
        }
    }
    q->broken = v->broken;
    q->dfselect = v->dfselect;
    q->gfselect = v->gfselect;
    q->gf[0] = (uint32_t)f;
    q->gf[1] = (uint32_t)(f >> 32);
    q->started = v->status & VIRTIO_STATUS_DRIVER_OK;
    q->disabled = false;
    if (q->dev == QV_NET) {
        /* the MAC and status of the config, the receive filter
         * farad's device keeps, its VLAN table with CTRL_VLAN (else
         * every VLAN, as QEMU's set_features makes it), whether frames
         * may take several buffers */
        QVirtioNet *n = &q->net;
        memset(n, 0, sizeof(*n));
        memcpy(n->mac, v->config, 6);
        n->status = (uint16_t)(v->config[6] | v->config[7] << 8);
        net_filter(e->dev, n, false);
        if (!(f >> Q_NET_F_CTRL_VLAN & 1)) {
            memset(n->vlans, 0xff, sizeof(n->vlans));
        }
        n->mergeable_rx_bufs = f >> Q_NET_F_MRG_RXBUF & 1;
    }
    if (q->dev == QV_SERIAL) {
        QVirtioSerial *x = &q->ser;
        const uint8_t *c = v->config;
        x->cols = (uint16_t)(c[0] | c[1] << 8);
        x->rows = (uint16_t)(c[2] | c[3] << 8);
        /* QEMU keeps its copy in the device's byte order (big-endian
         * for a legacy driver of a big-endian guest, little once
         * VERSION_1 is accepted) and writes it as a host integer; its
         * loader ignores it */
        uint32_t max = (uint32_t)c[4] | (uint32_t)c[5] << 8 |
                       (uint32_t)c[6] << 16 | (uint32_t)c[7] << 24;
        x->max_nr_ports = virtio_pci_big_endian(v) ? GUINT32_SWAP_LE_BE(max)
                                                   : max;
        serial_map(e->dev, x->ports_map, &x->nwords);
        uint32_t ids[Q_SER_PORTS];
        x->nr_active = virtio_serial_ports(e->dev, ids, Q_SER_PORTS);
        for (uint32_t i = 0; i < x->nr_active; i++) {
            bool g, h;
            virtio_serial_port_state(e->dev, ids[i], &g, &h);
            x->port[i] = (QSerPort){ ids[i], g, h };
        }
    }
}

static void put_be(GByteArray *b, uint64_t v, unsigned w)
{
    uint8_t t[8];
    for (unsigned i = 0; i < w; i++) {
        t[i] = (uint8_t)(v >> (8 * (w - 1 - i)));
    }
    g_byte_array_append(b, t, w);
}

static void put_net(GByteArray *b, const QVirtio *q)
{
    const QVirtioNet *n = &q->net;
    g_byte_array_append(b, n->mac, 6);
    put_be(b, n->tx_waiting, 4);
    put_be(b, n->mergeable_rx_bufs, 4);
    put_be(b, n->status, 2);
    put_be(b, n->promisc, 1);
    put_be(b, n->allmulti, 1);
    put_be(b, n->mac_in_use, 4);
    g_byte_array_append(b, n->macs, 6 * n->mac_in_use);
    g_byte_array_append(b, n->vlans, Q_VLAN_BYTES);
    put_be(b, n->has_vnet_hdr, 4);
    put_be(b, n->multi_overflow, 1);
    put_be(b, n->uni_overflow, 1);
    put_be(b, n->alluni, 1);
    put_be(b, n->nomulti, 1);
    put_be(b, n->nouni, 1);
    put_be(b, n->nobcast, 1);
    put_be(b, n->has_ufo, 1);
    if (q->features_lo & 1u << Q_NET_F_CTRL_GUEST_OFFLOADS) {
        put_be(b, n->curr_guest_offloads, 8);
    }
}

static void put_serial(GByteArray *b, const QVirtio *q)
{
    const QVirtioSerial *x = &q->ser;
    put_be(b, x->cols, 2);
    put_be(b, x->rows, 2);
    put_be(b, x->max_nr_ports, 4);
    for (uint32_t i = 0; i < x->nwords; i++) {
        put_be(b, x->ports_map[i], 4);
    }
    put_be(b, x->nr_active, 4);
    for (uint32_t i = 0; i < x->nr_active; i++) {
        put_be(b, x->port[i].id, 4);
        put_be(b, x->port[i].guest_connected, 1);
        put_be(b, x->port[i].host_connected, 1);
        put_be(b, 0, 4);   /* no output element held */
    }
}

void qemu_virtio_save(QEntry *e, GByteArray *b, GString *j)
{
    QVirtio *q = e->state;
    size_t start = b->len;
    put_be(b, (uint32_t)q->pci_version, 4);
    g_byte_array_append(b, q->pci_config, Q_PCI_CONFIG);
    for (int i = 0; i < 4; i++) {
        put_be(b, (uint32_t)q->irq_state[i], 4);
    }
    if (q->nvec) {
        g_byte_array_append(b, q->msix_table, 16u * q->nvec);
        g_byte_array_append(b, q->msix_pba, (q->nvec + 7) / 8);
        put_be(b, q->config_vector, 2);
    }
    put_be(b, q->status, 1);
    put_be(b, q->isr, 1);
    put_be(b, q->queue_sel, 2);
    put_be(b, q->features_lo, 4);
    put_be(b, q->config_len, 4);
    g_byte_array_append(b, q->config, q->config_len);
    put_be(b, q->nq, 4);
    for (unsigned i = 0; i < q->nq; i++) {
        put_be(b, q->q[i].num, 4);
        put_be(b, q->q[i].desc, 8);
        put_be(b, q->q[i].last_avail, 2);
        if (q->nvec) {
            put_be(b, q->q[i].vector, 2);
        }
    }
    if (q->dev == QV_BLK) {
        put_be(b, 0, 1);   /* no request in flight */
    } else if (q->dev == QV_NET) {
        put_net(b, q);
    } else if (q->dev == QV_SERIAL) {
        put_serial(b, q);
    }
    GString *sub = g_string_new(NULL);   /* QEMU lists no field of it */
    qemu_vmstate_save(b, &q_virtio, q, sub);
    g_string_free(sub, TRUE);
    const char *name = strrchr(e->idstr, '/') + 1;
    g_string_append_printf(j, "{\"vmsd_name\":\"%s\",\"version\":%u,"
                           "\"fields\":[{\"name\":\"virtio\",\"type\":"
                           "\"virtio\",\"size\":%u}]}", name, e->version,
                           (unsigned)(b->len - start));
}
