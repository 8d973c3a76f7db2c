/* SPDX-License-Identifier: MIT */
/*
 * virtio-net-pci (virtio network device, id 1; PCI 1af4:1000, class
 * 0x020000, 4 MSI-X vectors, queues receive 256, transmit 256, control
 * 64, as QEMU 7.2) on a netdev of the net layer (core/net/net.h):
 * `-device virtio-net-pci,netdev=ID[,mac=MAC]`. Offers what QEMU 7.2's
 * device offers on a user netdev (no vnet header, so no checksum or
 * segmentation offloads): MAC, STATUS (link up), CTRL_VQ, CTRL_RX and,
 * each with QEMU's property to turn it off (default on), MRG_RXBUF
 * ("mrg_rxbuf": a frame may fill several receive buffers, the first
 * one's 12-byte header counting them in num_buffers), CTRL_VLAN
 * ("ctrl_vlan": the VLAN table the driver sets), GUEST_ANNOUNCE
 * ("guest_announce": the driver acknowledges the ANNOUNCE status bit),
 * CTRL_MAC_ADDR ("ctrl_mac_addr": the driver sets the MAC shown in the
 * config until the next reset), CTRL_GUEST_OFFLOADS
 * ("ctrl_guest_offloads": the command is answered VIRTIO_NET_ERR, as
 * QEMU's device without a vnet header answers it, so the current
 * offloads stay none). Frames carry a
 * virtio_net_hdr of zeros but num_buffers: 12 bytes with VERSION_1 or
 * MRG_RXBUF, else 10. The receive filter the driver sets through the
 * control queue (VIRTIO_NET_CTRL_RX's modes, VIRTIO_NET_CTRL_MAC_TABLE_SET's
 * unicast and multicast tables, the VLAN table) is kept as QEMU 7.2
 * keeps it, for snapshots and QEMU's migration stream, but not applied:
 * every frame is delivered; other commands are acknowledged
 * VIRTIO_NET_OK and change nothing. Transmission happens at the driver's
 * notify; reception when the net layer hands a frame over (its polls,
 * recorded for replay) and when the driver gives receive buffers
 * (net_rx_ready).
 */
#include <stdio.h>
#include <string.h>

#include "core/machine/platform.h"
#include "core/net/net.h"
#include "virtio-pci.h"

enum { RXQ = 0, TXQ = 1, CTRLQ = 2 };
enum {
    NET_F_CTRL_GUEST_OFFLOADS = 2, NET_F_MAC = 5, NET_F_MRG_RXBUF = 15,
    NET_F_STATUS = 16, NET_F_CTRL_VQ = 17, NET_F_CTRL_RX = 18,
    NET_F_CTRL_VLAN = 19, NET_F_GUEST_ANNOUNCE = 21, NET_F_CTRL_MAC_ADDR = 23,
    NET_S_LINK_UP = 1, NET_S_ANNOUNCE = 2,
    NET_HDR_LEN = 12,          /* struct virtio_net_hdr_v1 */
    NET_HDR_LEN_LEGACY = 10,   /* struct virtio_net_hdr: no num_buffers */
    NET_MAX_FRAME = 65536 + NET_HDR_LEN,
    NET_CONFIG_SIZE = 8,       /* mac[6], le16 status */
    NET_MAC_TABLE = 64,        /* QEMU's MAC_TABLE_ENTRIES */
    NET_CTRL_RX = 0, NET_CTRL_MAC = 1, NET_CTRL_MAC_TABLE_SET = 0,
    NET_CTRL_MAC_ADDR_SET = 1,
    NET_CTRL_VLAN = 2, NET_CTRL_VLAN_ADD = 0, NET_CTRL_VLAN_DEL = 1,
    NET_CTRL_ANNOUNCE = 3, NET_CTRL_ANNOUNCE_ACK = 0,
    NET_CTRL_GUEST_OFFLOADS = 5, NET_CTRL_GUEST_OFFLOADS_SET = 0,
    NET_MAX_VLAN = 4096,
    NET_OK = 0, NET_ERR = 1,
};

/* The receive filter as QEMU 7.2's VirtIONet keeps it. */
typedef struct NetRxFilter {
    uint8_t mode[6];           /* promisc, allmulti, alluni, nomulti,
                                  nouni, nobcast (VIRTIO_NET_CTRL_RX_*) */
    uint8_t uni_overflow, multi_overflow;
    uint32_t in_use;           /* MAC table entries, unicast first */
    uint32_t first_multi;      /* the first multicast one */
    uint8_t macs[NET_MAC_TABLE * 6];
    /* VLAN ids the driver added (CTRL_VLAN): bit id % 8 of byte id / 8,
     * the bytes of QEMU's uint32_t vlans[] on a little-endian host */
    uint8_t vlans[NET_MAX_VLAN / 8];
} NetRxFilter;

typedef struct VirtioNet {
    VirtioPci vpci;            /* must be first */
    char *netdev_id;           /* "netdev" */
    char *mac_prop;            /* "mac" */
    char *romfile;             /* "romfile" (accepted, unused) */
    bool mrg_rxbuf, ctrl_vlan, guest_announce, ctrl_mac_addr,
         ctrl_guest_offloads; /* the properties: offer the feature */
    uint8_t mac[6];            /* the device's own; the config shows the
                                  driver's CTRL_MAC_ADDR choice */
    NetRxFilter rx;            /* from the control queue */
    NetDev *nd;
    VqElem *elem;              /* scratch for one chain */
    VqElem *first;             /* the first buffer of a mergeable frame */
    uint8_t *buf;              /* one frame with its header */
} VirtioNet;

static bool net_can_receive(void *opaque)
{
    VirtioNet *s = opaque;
    VirtioPci *v = &s->vpci;
    return (v->status & VIRTIO_STATUS_DRIVER_OK) && !v->broken &&
           vq_has_avail(&v->vq[RXQ]);
}

/* The header before each frame: virtio_net_hdr_v1 (or the legacy
 * virtio_net_hdr_mrg_rxbuf) with VERSION_1 or MRG_RXBUF, else the
 * 10-byte virtio_net_hdr, as QEMU's guest_hdr_len. */
static unsigned hdr_len(const VirtioPci *v)
{
    return virtio_pci_has_feature(v, VIRTIO_F_VERSION_1) ||
           virtio_pci_has_feature(v, NET_F_MRG_RXBUF)
           ? NET_HDR_LEN : NET_HDR_LEN_LEGACY;
}

/* With MRG_RXBUF: the header and frame spread over as many receive
 * buffers as they need, in ring order, each returned with the bytes it
 * got; num_buffers in the first one's header counts them (virtio 1.2
 * 5.1.6.4). When the ring runs out first, the buffers taken go back to
 * the ring unused and the frame is dropped (QEMU leaves it queued
 * instead; farad's net layer has handed it over). A first buffer without
 * room for the header, or an empty one after it, breaks the device. */
static void receive_mergeable(VirtioNet *s, const uint8_t *frame, size_t len)
{
    VirtioPci *v = &s->vpci;
    VirtQueue *q = &v->vq[RXQ];
    uint16_t start = q->last_avail;
    uint16_t heads[VIRTQ_MAX_SIZE];
    uint32_t lens[VIRTQ_MAX_SIZE];
    unsigned n = 0;
    uint64_t done = 0;             /* frame bytes placed */
    while (n == 0 || done < len) {
        VqElem *e = n == 0 ? s->first : s->elem;
        if (n == VIRTQ_MAX_SIZE || n == q->num ||
            virtio_pci_pop(v, RXQ, e) != VQ_GOT) {
            if (!v->broken) {
                q->last_avail = start;      /* nothing was returned */
            }
            return;
        }
        uint64_t at = n == 0 ? NET_HDR_LEN : 0;
        if (e->in_len < at || (n > 0 && e->in_len == 0)) {
            virtio_pci_error(v, RXQ, n ? "empty mergeable receive buffer"
                                       : "receive buffer smaller than the "
                                         "virtio-net header");
            return;
        }
        uint64_t got = vq_elem_write(q, e, at, frame + done,
                                     MIN(e->in_len - at, len - done));
        heads[n] = e->head;
        lens[n++] = (uint32_t)(at + got);
        done += got;
    }
    /* the header with num_buffers, in the first buffer */
    uint8_t hdr[NET_HDR_LEN] = { 0 };
    virtio_pci_st(v, hdr + 10, n, 2);
    vq_elem_write(q, s->first, 0, hdr, NET_HDR_LEN);
    for (unsigned i = 0; i < n; i++) {
        s->elem->head = heads[i];
        if (!virtio_pci_push(v, RXQ, s->elem, lens[i])) {
            return;
        }
    }
    virtio_pci_notify(v, RXQ);
}

static void net_receive(void *opaque, const uint8_t *frame, size_t len)
{
    VirtioNet *s = opaque;
    VirtioPci *v = &s->vpci;
    if (virtio_pci_has_feature(v, NET_F_MRG_RXBUF)) {
        receive_mergeable(s, frame, len);
        return;
    }
    if (virtio_pci_pop(v, RXQ, s->elem) != VQ_GOT) {
        return;
    }
    uint8_t hdr[NET_HDR_LEN] = { 0 };
    unsigned hlen = hdr_len(v);
    if (hlen == NET_HDR_LEN) {
        virtio_pci_st(v, hdr + 10, 1, 2);     /* num_buffers */
    }
    uint64_t done = 0;
    if (s->elem->in_len >= hlen + len) {
        done = vq_elem_write(&v->vq[RXQ], s->elem, 0, hdr, hlen);
        done += vq_elem_write(&v->vq[RXQ], s->elem, hlen, frame, len);
    }
    /* a frame larger than the buffer is dropped: the buffer returns
     * empty (the driver counts it as an error) */
    if (virtio_pci_push(v, RXQ, s->elem, (uint32_t)done)) {
        virtio_pci_notify(v, RXQ);
    }
}

static const NetClientOps net_client_ops = {
    .can_receive = net_can_receive,
    .receive = net_receive,
};

static void transmit(VirtioNet *s)
{
    VirtioPci *v = &s->vpci;
    VirtQueue *q = &v->vq[TXQ];
    while (virtio_pci_pop(v, TXQ, s->elem) == VQ_GOT) {
        uint64_t len = s->elem->out_len;
        unsigned hlen = hdr_len(v);
        if (len > hlen && len <= NET_MAX_FRAME &&
            vq_elem_read(q, s->elem, 0, s->buf, len) == len) {
            net_send(s->nd, s->buf + hlen, len - hlen);
        }
        if (!virtio_pci_push(v, TXQ, s->elem, 0)) {
            return;
        }
    }
    virtio_pci_notify(v, TXQ);
}

/* One table of VIRTIO_NET_CTRL_MAC_TABLE_SET at *off: {u32 entries,
 * entries MACs}, into f as QEMU fills it (a table beyond the free
 * entries overflows instead). False when the data is short. */
static bool mac_table(VirtioNet *s, NetRxFilter *f, uint64_t *off,
                      uint8_t *overflow)
{
    VirtQueue *q = &s->vpci.vq[CTRLQ];
    uint8_t b[4];
    if (vq_elem_read(q, s->elem, *off, b, 4) != 4) {
        return false;
    }
    uint32_t n = (uint32_t)virtio_pci_ld(&s->vpci, b, 4);
    *off += 4;
    if ((uint64_t)n * 6 > s->elem->out_len - *off) {
        return false;
    }
    if (f->in_use + n <= NET_MAC_TABLE) {
        vq_elem_read(q, s->elem, *off, f->macs + 6 * f->in_use, 6ull * n);
        f->in_use += n;
    } else {
        *overflow = 1;
    }
    *off += 6ull * n;
    return true;
}

/* The first n bytes of the command's data (after class and command)
 * into buf: false when it has fewer, or, exact, other than n (QEMU's
 * MAC_ADDR_SET wants 6 bytes exactly, its other commands read what they
 * need). */
static bool ctrl_data(VirtioNet *s, void *buf, uint64_t n, bool exact)
{
    uint64_t have = s->elem->out_len - 2;
    return (exact ? have == n : have >= n) &&
           vq_elem_read(&s->vpci.vq[CTRLQ], s->elem, 2, buf, n) == n;
}

/* VIRTIO_NET_CTRL_VLAN, _ANNOUNCE, _GUEST_OFFLOADS and
 * VIRTIO_NET_CTRL_MAC_ADDR_SET as QEMU 7.2's virtio_net_handle_vlan_table,
 * _announce, _offloads (on a netdev without vnet header) and _mac
 * answer them: VIRTIO_NET_OK or _ERR. */
static uint8_t control_more(VirtioNet *s, uint8_t class, uint8_t cmd)
{
    VirtioPci *v = &s->vpci;
    uint8_t b[8];
    if (class == NET_CTRL_MAC && cmd == NET_CTRL_MAC_ADDR_SET) {
        if (!ctrl_data(s, b, 6, true)) {
            return NET_ERR;
        }
        memcpy(v->config, b, 6);   /* until the next reset */
        return NET_OK;
    }
    if (class == NET_CTRL_VLAN) {
        if (!ctrl_data(s, b, 2, false)) {
            return NET_ERR;
        }
        uint16_t vid = (uint16_t)virtio_pci_ld(v, b, 2);
        if (vid >= NET_MAX_VLAN) {
            return NET_ERR;
        }
        uint8_t bit = (uint8_t)(1u << (vid % 8));
        if (cmd == NET_CTRL_VLAN_ADD) {
            s->rx.vlans[vid / 8] |= bit;
        } else if (cmd == NET_CTRL_VLAN_DEL) {
            s->rx.vlans[vid / 8] &= (uint8_t)~bit;
        } else {
            return NET_ERR;
        }
        return NET_OK;
    }
    if (class == NET_CTRL_ANNOUNCE) {
        /* the acknowledgement of an announcement the device asked for */
        if (cmd != NET_CTRL_ANNOUNCE_ACK || !(v->config[6] & NET_S_ANNOUNCE)) {
            return NET_ERR;
        }
        v->config[6] &= (uint8_t)~NET_S_ANNOUNCE;
        return NET_OK;
    }
    if (class == NET_CTRL_GUEST_OFFLOADS) {
        /* QEMU's answer without a vnet header (a user netdev): ERR,
         * whatever the offloads, so the current set stays none */
        return NET_ERR;
    }
    return NET_OK;
}

/* A control command's effect on the receive filter (QEMU's
 * virtio_net_handle_rx_mode and _mac) and the commands of
 * control_more: VIRTIO_NET_OK or _ERR. */
static uint8_t control_command(VirtioNet *s, uint8_t class, uint8_t cmd)
{
    VirtQueue *q = &s->vpci.vq[CTRLQ];
    uint64_t len = s->elem->out_len;
    if (class == NET_CTRL_RX) {
        uint8_t on;
        if (cmd >= sizeof(s->rx.mode) || len < 3 ||
            vq_elem_read(q, s->elem, 2, &on, 1) != 1) {
            return NET_ERR;
        }
        s->rx.mode[cmd] = on;
        return NET_OK;
    }
    if (class == NET_CTRL_MAC && cmd == NET_CTRL_MAC_TABLE_SET) {
        NetRxFilter f = s->rx;
        f.in_use = 0;
        f.uni_overflow = f.multi_overflow = 0;
        uint64_t off = 2;
        if (!mac_table(s, &f, &off, &f.uni_overflow)) {
            return NET_ERR;
        }
        f.first_multi = f.in_use;
        if (!mac_table(s, &f, &off, &f.multi_overflow) || off != len) {
            return NET_ERR;
        }
        s->rx = f;
        return NET_OK;
    }
    return control_more(s, class, cmd);
}

/* Control queue: {u8 class, u8 command, data...} then a status byte
 * the device writes. */
static void control(VirtioNet *s)
{
    VirtioPci *v = &s->vpci;
    while (virtio_pci_pop(v, CTRLQ, s->elem) == VQ_GOT) {
        if (s->elem->out_len < 2 || s->elem->in_len < 1) {
            virtio_pci_error(v, CTRLQ, "control command without header or "
                             "ack");
            return;
        }
        uint8_t hdr[2];
        vq_elem_read(&v->vq[CTRLQ], s->elem, 0, hdr, 2);
        uint8_t ok = control_command(s, hdr[0], hdr[1]);
        vq_elem_write(&v->vq[CTRLQ], s->elem, s->elem->in_len - 1, &ok, 1);
        if (!virtio_pci_push(v, CTRLQ, s->elem, 1)) {
            return;
        }
    }
    virtio_pci_notify(v, CTRLQ);
}

static void net_notify(VirtioPci *v, unsigned q)
{
    VirtioNet *s = (VirtioNet *)v;
    if (q == TXQ) {
        transmit(s);
    } else if (q == RXQ) {
        net_rx_ready(s->nd);   /* buffers for what is queued */
    } else if (q == CTRLQ) {
        control(s);
    }
}

static void net_reset(VirtioPci *v)
{
    VirtioNet *s = (VirtioNet *)v;
    memcpy(v->config, s->mac, 6);
    v->config[6] = NET_S_LINK_UP;
    v->config[7] = 0;
    memset(&s->rx, 0, sizeof(s->rx));
    s->rx.mode[0] = 1;         /* promiscuous until the driver says */
}

/* mac[6] is bytes; status is the one multi-byte field. */
static const VirtioCfgField net_config_fields[] = { { 6, 2 }, { 0, 0 } };

static const VirtioDevInfo net_info = {
    .device_id = 1,
    .class_code = 0x020000,
    .legacy_io_size = 0x20,
    .config_size = NET_CONFIG_SIZE,
    .config_fields = net_config_fields,
    .features = 1ULL << NET_F_MAC | 1ULL << NET_F_STATUS |
                1ULL << NET_F_CTRL_VQ | 1ULL << NET_F_CTRL_RX |
                1ULL << NET_F_MRG_RXBUF | 1ULL << NET_F_CTRL_VLAN |
                1ULL << NET_F_GUEST_ANNOUNCE | 1ULL << NET_F_CTRL_MAC_ADDR |
                1ULL << NET_F_CTRL_GUEST_OFFLOADS,
    .queue_notify = net_notify,
    .reset = net_reset,
};

static bool parse_mac(const char *str, uint8_t mac[6])
{
    unsigned b[6];
    char end;
    if (sscanf(str, "%2x:%2x:%2x:%2x:%2x:%2x%c", &b[0], &b[1], &b[2], &b[3],
               &b[4], &b[5], &end) != 6) {
        return false;
    }
    for (int i = 0; i < 6; i++) {
        mac[i] = (uint8_t)b[i];
    }
    return true;
}

static bool net_realize(Device *dev, GError **err)
{
    VirtioNet *s = (VirtioNet *)dev;
    if (s->mac_prop && !parse_mac(s->mac_prop, s->mac)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Property 'virtio-net-device.mac' doesn't take value '%s'",
                    s->mac_prop);
        return false;
    }
    if (s->netdev_id) {
        s->nd = net_find(dev->machine, s->netdev_id);
        if (!s->nd) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Property 'virtio-net-device.netdev' can't find "
                        "value '%s'", s->netdev_id);
            return false;
        }
    }
    if (!s->mac_prop) {
        net_default_mac(dev->machine, s->mac);   /* QEMU's sequence */
    }
    static const uint16_t sizes[] = { 256, 256, 64 };
    if (!virtio_pci_realize(&s->vpci, &net_info, 3, sizes, err)) {
        return false;
    }
    /* the features whose properties are off */
    const struct { bool on; unsigned bit; } feat[] = {
        { s->mrg_rxbuf, NET_F_MRG_RXBUF }, { s->ctrl_vlan, NET_F_CTRL_VLAN },
        { s->guest_announce, NET_F_GUEST_ANNOUNCE },
        { s->ctrl_mac_addr, NET_F_CTRL_MAC_ADDR },
        { s->ctrl_guest_offloads, NET_F_CTRL_GUEST_OFFLOADS },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(feat); i++) {
        if (!feat[i].on) {
            s->vpci.host_features &= ~(1ULL << feat[i].bit);
        }
    }
    if (s->nd && !net_attach(s->nd, dev->cls->name, &net_client_ops, s,
                             NULL)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Property 'virtio-net-device.netdev' can't take value "
                    "'%s', it's in use", s->netdev_id);
        s->nd = NULL;
        virtio_pci_unrealize(&s->vpci);
        return false;
    }
    s->elem = g_new0(VqElem, 1);
    s->first = g_new0(VqElem, 1);
    s->buf = g_malloc(NET_MAX_FRAME);
    s->rx.mode[0] = 1;         /* promiscuous, as after a reset */
    return true;
}

static void net_reset_dev(Device *dev)
{
    virtio_pci_reset((VirtioPci *)dev);
}

static void net_unrealize(Device *dev)
{
    VirtioNet *s = (VirtioNet *)dev;
    if (s->nd) {
        net_detach(s->nd);
        s->nd = NULL;
    }
    virtio_pci_unrealize(&s->vpci);
    g_free(s->elem);
    g_free(s->first);
    g_free(s->buf);
    s->elem = s->first = NULL;
    s->buf = NULL;
}

static const PropDesc net_props[] = {
    VIRTIO_PCI_PROPS(VirtioNet, 4),
    PROP_STR("netdev", VirtioNet, netdev_id, NULL,
             "ID of a netdev to use as a backend"),
    PROP_STR("mac", VirtioNet, mac_prop, NULL,
             "Ethernet 6-byte MAC Address, example: 52:54:00:12:34:56"),
    PROP_STR("romfile", VirtioNet, romfile, NULL,
             "option ROM (accepted, unused: no ROMs)"),
    PROP_BOOL("mrg_rxbuf", VirtioNet, mrg_rxbuf, true),
    PROP_BOOL("ctrl_vlan", VirtioNet, ctrl_vlan, true),
    PROP_BOOL("guest_announce", VirtioNet, guest_announce, true),
    PROP_BOOL("ctrl_mac_addr", VirtioNet, ctrl_mac_addr, true),
    PROP_BOOL("ctrl_guest_offloads", VirtioNet, ctrl_guest_offloads, true),
    PROP_END
};

/* Snapshot section: the transport (the MAC the driver sees and the
 * ANNOUNCE status bit are in the device config; frames still queued in
 * the netdev backend are not device state and are not saved), since
 * version 2 the receive filter, since version 3 the VLAN table (an
 * older snapshot leaves the loading device's: after its reset, no VLAN,
 * what a driver without CTRL_VLAN had). */
static const SnapField net_snap_fields[] = {
    SNAP_STRUCT_ARRAY("virtio", VirtioNet, vpci, 1, VirtioPci, &virtio_pci_snap,
                      1),
    SNAP_BYTES("rx_mode", VirtioNet, rx.mode, 6, 2),
    SNAP_U8("uni_overflow", VirtioNet, rx.uni_overflow, 2),
    SNAP_U8("multi_overflow", VirtioNet, rx.multi_overflow, 2),
    SNAP_U32_MAX("mac_in_use", VirtioNet, rx.in_use, NET_MAC_TABLE, 2),
    SNAP_U32_MAX("first_multi", VirtioNet, rx.first_multi, NET_MAC_TABLE, 2),
    SNAP_BYTES("mac_table", VirtioNet, rx.macs, NET_MAC_TABLE * 6, 2),
    SNAP_BYTES("vlans", VirtioNet, rx.vlans, NET_MAX_VLAN / 8, 3),
    SNAP_END
};

static void net_post_load(void *opaque)
{
    virtio_pci_post_load(opaque);
}

static const SnapSection net_snap = {
    .name = "virtio-net", .version = 3, .min_version = 1,
    .fields = net_snap_fields,
    .post_load = net_post_load,
    .required = true,
};

const DeviceClass virtio_net_pci_class = {
    .name = "virtio-net-pci",
    .alias = "virtio-net",
    .desc = NULL,
    .category = "Network",
    .bus = "PCI",
    .size = sizeof(VirtioNet),
    .props = net_props,
    .user_creatable = true,
    .realize = net_realize,
    .reset = net_reset_dev,
    .unrealize = net_unrealize,
    .snap = &net_snap,
};
