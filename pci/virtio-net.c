/* SPDX-License-Identifier: MIT */
/*
 * virtio-net-pci (virtio network device, id 1; PCI 1af4:1000, class
 * 0x020000, 4 MSI-X vectors, queues receive 256, transmit 256, control
 * 64, as QEMU 7.2) on a netdev of the net layer (core/net/net.h):
 * `-device virtio-net-pci,netdev=ID[,mac=MAC]`. Offers MAC, STATUS (link
 * up), CTRL_VQ and CTRL_RX; no checksum or segmentation offloads and no
 * mergeable receive buffers, so every frame travels whole with a
 * 12-byte virtio_net_hdr of zeros (num_buffers 1). The receive filter
 * the driver sets through the control queue (VIRTIO_NET_CTRL_RX's modes,
 * VIRTIO_NET_CTRL_MAC_TABLE_SET's unicast and multicast tables) is kept
 * as QEMU 7.2 keeps it, for snapshots and QEMU's migration stream, but
 * not applied: every frame is delivered; other commands are acknowledged
 * VIRTIO_NET_OK and change nothing. Transmission happens at the driver's notify; reception
 * when the net layer hands a frame over (its polls, recorded for
 * replay) and when the driver gives receive buffers (net_rx_ready).
 */
#include <stdio.h>
#include <string.h>

#include "core/machine/platform.h"
#include "core/net/net.h"
#include "virtio-pci.h"

enum { RXQ = 0, TXQ = 1, CTRLQ = 2 };
enum {
    NET_F_MAC = 5, NET_F_STATUS = 16, NET_F_CTRL_VQ = 17, NET_F_CTRL_RX = 18,
    NET_S_LINK_UP = 1,
    NET_HDR_LEN = 12,          /* struct virtio_net_hdr_v1 */
    NET_HDR_LEN_LEGACY = 10,   /* struct virtio_net_hdr: no num_buffers */
    NET_MAX_FRAME = 65536 + NET_HDR_LEN,
    NET_CONFIG_SIZE = 8,       /* mac[6], le16 status */
    NET_MAC_TABLE = 64,        /* QEMU's MAC_TABLE_ENTRIES */
    NET_CTRL_RX = 0, NET_CTRL_MAC = 1, NET_CTRL_MAC_TABLE_SET = 0,
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
} NetRxFilter;

typedef struct VirtioNet {
    VirtioPci vpci;            /* must be first */
    char *netdev_id;           /* "netdev" */
    char *mac_prop;            /* "mac" */
    char *romfile;             /* "romfile" (accepted, unused) */
    uint8_t mac[6];
    NetRxFilter rx;            /* from the control queue */
    NetDev *nd;
    VqElem *elem;              /* scratch for one chain */
    uint8_t *buf;              /* one frame with its header */
} VirtioNet;

static bool net_can_receive(void *opaque)
{
    VirtioNet *s = opaque;
    VirtioPci *v = &s->vpci;
    return (v->status & VIRTIO_STATUS_DRIVER_OK) && !v->broken &&
           vq_has_avail(&v->vq[RXQ]);
}

/* The header before each frame: virtio_net_hdr_v1 with VERSION_1,
 * else (a legacy driver; no VIRTIO_NET_F_MRG_RXBUF offered) the
 * 10-byte virtio_net_hdr, as QEMU's guest_hdr_len. */
static unsigned hdr_len(const VirtioPci *v)
{
    return virtio_pci_has_feature(v, VIRTIO_F_VERSION_1)
           ? NET_HDR_LEN : NET_HDR_LEN_LEGACY;
}

static void net_receive(void *opaque, const uint8_t *frame, size_t len)
{
    VirtioNet *s = opaque;
    VirtioPci *v = &s->vpci;
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

/* A control command's effect on the receive filter (QEMU's
 * virtio_net_handle_rx_mode and _mac): VIRTIO_NET_OK or _ERR. */
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
    return NET_OK;
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
                1ULL << NET_F_CTRL_VQ | 1ULL << NET_F_CTRL_RX,
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
    g_free(s->buf);
    s->elem = NULL;
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
    PROP_END
};

/* Snapshot section: the transport (the MAC is in the device
 * config; frames still queued in the netdev backend are not device
 * state and are not saved) and, since version 2, the receive filter (a
 * version-1 snapshot leaves the loading device's). */
static const SnapField net_snap_fields[] = {
    SNAP_STRUCT_ARRAY("virtio", VirtioNet, vpci, 1, VirtioPci, &virtio_pci_snap,
                      1),
    SNAP_BYTES("rx_mode", VirtioNet, rx.mode, 6, 2),
    SNAP_U8("uni_overflow", VirtioNet, rx.uni_overflow, 2),
    SNAP_U8("multi_overflow", VirtioNet, rx.multi_overflow, 2),
    SNAP_U32_MAX("mac_in_use", VirtioNet, rx.in_use, NET_MAC_TABLE, 2),
    SNAP_U32_MAX("first_multi", VirtioNet, rx.first_multi, NET_MAC_TABLE, 2),
    SNAP_BYTES("mac_table", VirtioNet, rx.macs, NET_MAC_TABLE * 6, 2),
    SNAP_END
};

static void net_post_load(void *opaque)
{
    virtio_pci_post_load(opaque);
}

static const SnapSection net_snap = {
    .name = "virtio-net", .version = 2, .min_version = 1,
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
