/* SPDX-License-Identifier: MIT */
/*
 * spapr-vlan: the PAPR interpartition logical LAN (Linux's ibmveth) on
 * the VIO bus, as QEMU 7.2 models it (node l-lan@..., compatible
 * "IBM,l-lan", a 256 MiB DMA window), on a netdev of the net layer.
 *
 * The guest registers (H_REGISTER_LOGICAL_LAN) a buffer list page (at
 * 0: the receive queue's descriptor, at 8: the filter list's, at 16..:
 * receive buffer descriptors, the last 8 bytes: a dropped-frames
 * counter) and a receive queue of 16-byte entries, all addressed
 * through the device's TCE window. A descriptor is valid(1) toggle(1)
 * ... len(24) addr(32). With use-rx-buffer-pools=on (QEMU's default
 * since 2.7) the buffers the guest adds (H_ADD_LOGICAL_LAN_BUFFER) go to
 * up to five pools of equal-sized buffers kept here, and a frame takes
 * a buffer from the smallest pool that fits; off, they go into the
 * list page and a frame takes the next that fits in ring order. A frame
 * lands 8 bytes into its buffer (the first 8 are the guest's handle,
 * copied into the queue entry: control, 0, offset 8, length, handle);
 * the toggle bit flips each time the queue wraps. Frames come from the
 * net layer's queue at its poll (core/net/net.h), so they arrive at the
 * same instruction counts in a replay. H_SEND_LOGICAL_LAN gathers up to
 * six buffers into one frame.
 */
#include <libfdt.h>
#include <stdlib.h>
#include <string.h>

#include "hcall.h"
#include "spapr-irq.h"
#include "core/net/net.h"

#define VLAN_BD_VALID    0x8000000000000000ULL
#define VLAN_BD_TOGGLE   0x4000000000000000ULL
#define VLAN_BD_LEN(bd)  ((uint32_t)(((bd) >> 32) & 0xffffff))
#define VLAN_BD_ADDR(bd) ((uint32_t)(bd))

#define VLAN_RXQC_TOGGLE 0x80
#define VLAN_RXQC_VALID  0x40

#define VLAN_PAGE        4096u
#define VLAN_RQ_ALIGN    16u
#define VLAN_RXQ_BD_OFF  0u
#define VLAN_FILTER_BD_OFF 8u
#define VLAN_RX_BDS_OFF  16u
#define VLAN_DROPPED_OFF (VLAN_PAGE - 8)     /* the dropped-frames counter */
#define VLAN_RX_BDS_END  VLAN_DROPPED_OFF
#define VLAN_MAX_BUFS    ((VLAN_RX_BDS_END - VLAN_RX_BDS_OFF) / 8)
#define VLAN_MAX_FRAME   65536u
#define VLAN_DMA_WINDOW  0x10000000u         /* QEMU's rtce_window_size */

#define RX_POOLS         5
#define RX_POOL_MAX_BDS  4096

typedef struct RxPool {
    int32_t bufsize;      /* INT32_MAX: unused (sorts last) */
    int32_t count;
    uint64_t bds[RX_POOL_MAX_BDS];   /* a stack: the last added goes first */
} RxPool;

typedef struct SpaprVlan {
    SpaprVioDevice vio;   /* must be first */
    char *netdev;         /* property: the netdev's id, or NULL */
    char *mac_prop;       /* property: "52:54:00:12:34:56", or NULL */
    bool rx_pools;        /* property use-rx-buffer-pools */
    NetDev *nd;
    uint8_t mac[6];       /* current (H_CHANGE_LOGICAL_LAN_MAC) */
    uint8_t perm_mac[6];  /* the one the tree gives; reset restores it */
    bool isopen;          /* registered */
    uint64_t buf_list;    /* bus address of the buffer list page */
    uint32_t add_buf_ptr, use_buf_ptr;   /* list page ring positions */
    uint32_t rx_bufs;     /* buffers the guest gave and frames not used */
    uint64_t rxq_ptr;     /* offset of the next receive queue entry */
    RxPool pools[RX_POOLS];    /* in order of bufsize */
} SpaprVlan;

static const PropDesc vlan_props[] = {
    PROP_U32("reg", SpaprVlan, vio.reg, UINT32_MAX),
    PROP_STR("netdev", SpaprVlan, netdev, NULL,
             "ID of a netdev to use as a backend"),
    PROP_STR("mac", SpaprVlan, mac_prop, NULL,
             "Ethernet 6-byte MAC Address, example: 52:54:00:12:34:56"),
    PROP_BOOL("use-rx-buffer-pools", SpaprVlan, rx_pools, true),
    PROP_END
};

static const SnapField vlan_fields[] = {
    SNAP_U32_EQUAL("reg", SpaprVlan, vio.reg, 1),
    SNAP_U32_EQUAL("irq", SpaprVlan, vio.irq, 1),
    SNAP_U32("signal_state", SpaprVlan, vio.signal_state, 1),
    SNAP_BUFFER("tce", SpaprVlan, vio.tce.table, vio.tce_bytes, 1),
    SNAP_BYTES("mac", SpaprVlan, mac, 6, 1),
    SNAP_BOOL("isopen", SpaprVlan, isopen, 1),
    SNAP_U64("buf_list", SpaprVlan, buf_list, 1),
    SNAP_U32("add_buf_ptr", SpaprVlan, add_buf_ptr, 1),
    SNAP_U32("use_buf_ptr", SpaprVlan, use_buf_ptr, 1),
    SNAP_U32("rx_bufs", SpaprVlan, rx_bufs, 1),
    SNAP_U64("rxq_ptr", SpaprVlan, rxq_ptr, 1),
    SNAP_BYTES("pools", SpaprVlan, pools, sizeof(RxPool) * RX_POOLS, 1),
    SNAP_END
};

static const SnapSection vlan_snap = {
    .name = "spapr_llan", .version = 1, .min_version = 1,
    .fields = vlan_fields,
};

/* ---- DMA through the device's window ---- */

static bool dma_ldq(SpaprVlan *d, uint64_t ioba, uint64_t *v)
{
    uint8_t b[8];
    if (!spapr_vio_dma_rw(&d->vio, ioba, b, 8, false)) {
        return false;
    }
    uint64_t x = 0;
    for (int i = 0; i < 8; i++) {
        x = x << 8 | b[i];
    }
    *v = x;
    return true;
}

/* Store the low n bytes of v big-endian at ioba. */
static bool dma_st(SpaprVlan *d, uint64_t ioba, uint64_t v, unsigned n)
{
    uint8_t b[8];
    for (unsigned i = 0; i < n; i++) {
        b[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
    }
    return spapr_vio_dma_rw(&d->vio, ioba, b, n, true);
}

/* Whether [addr, addr+len) can be read through the device's window (a
 * mapped page, or RAM when SLOF switched the window to bypass). The
 * device's writes through it are checked when they happen. */
static bool dma_valid(SpaprVlan *d, uint64_t addr, uint64_t len)
{
    g_autofree uint8_t *tmp = g_try_malloc(len ? len : 1);
    return tmp && spapr_vio_dma_rw(&d->vio, addr, tmp, len, false);
}

static bool check_bd(SpaprVlan *d, uint64_t bd, uint32_t align)
{
    return VLAN_BD_ADDR(bd) % align == 0 && VLAN_BD_LEN(bd) % align == 0 &&
           dma_valid(d, VLAN_BD_ADDR(bd), VLAN_BD_LEN(bd));
}

/* ---- receive ---- */

static void pool_reset(RxPool *p)
{
    p->bufsize = INT32_MAX;
    p->count = 0;
    memset(p->bds, 0, sizeof(p->bds));
}

static int pool_cmp(const void *a, const void *b)
{
    int32_t x = ((const RxPool *)a)->bufsize, y = ((const RxPool *)b)->bufsize;
    return x < y ? -1 : x > y;
}

/* The smallest non-empty pool whose buffers hold size bytes + the
 * handle: take its last buffer. 0 when none. */
static uint64_t take_from_pools(SpaprVlan *d, size_t size)
{
    for (int i = 0; i < RX_POOLS; i++) {
        RxPool *p = &d->pools[i];
        if (p->count > 0 && (size_t)p->bufsize >= size + 8) {
            uint64_t bd = p->bds[--p->count];
            p->bds[p->count] = 0;
            return bd;
        }
    }
    return 0;
}

/* The next valid buffer after use_buf_ptr in the list page (ring order)
 * that holds the frame; its slot is cleared. 0 when none. */
static uint64_t take_from_page(SpaprVlan *d, size_t size)
{
    uint32_t p = d->use_buf_ptr;
    uint64_t bd = 0;
    do {
        p += 8;
        if (p >= VLAN_RX_BDS_END) {
            p = VLAN_RX_BDS_OFF;
        }
        if (!dma_ldq(d, d->buf_list + p, &bd)) {
            return 0;
        }
    } while ((!(bd & VLAN_BD_VALID) || VLAN_BD_LEN(bd) < size + 8) &&
             p != d->use_buf_ptr);
    if (!(bd & VLAN_BD_VALID) || VLAN_BD_LEN(bd) < size + 8) {
        return 0;
    }
    d->use_buf_ptr = p;
    dma_st(d, d->buf_list + p, 0, 8);
    return bd;
}

static void count_dropped(SpaprVlan *d)
{
    uint64_t n;
    if (dma_ldq(d, d->buf_list + VLAN_DROPPED_OFF, &n)) {
        dma_st(d, d->buf_list + VLAN_DROPPED_OFF, n + 1, 8);
    }
}

static bool vlan_can_receive(void *opaque)
{
    SpaprVlan *d = opaque;
    return d->isopen && d->rx_bufs > 0;
}

static void vlan_receive(void *opaque, const uint8_t *frame, size_t len)
{
    SpaprVlan *d = opaque;
    uint64_t rxq_bd, bd, handle;
    if (!dma_ldq(d, d->buf_list + VLAN_RXQ_BD_OFF, &rxq_bd)) {
        return;
    }
    bd = d->rx_pools ? take_from_pools(d, len) : take_from_page(d, len);
    if (!bd) {
        count_dropped(d);
        return;
    }
    d->rx_bufs--;
    if (!spapr_vio_dma_rw(&d->vio, VLAN_BD_ADDR(bd) + 8, (void *)frame, len,
                          true) ||
        !dma_ldq(d, VLAN_BD_ADDR(bd), &handle)) {
        return;
    }
    uint8_t control = VLAN_RXQC_TOGGLE | VLAN_RXQC_VALID;
    if (rxq_bd & VLAN_BD_TOGGLE) {
        control ^= VLAN_RXQC_TOGGLE;
    }
    /* the entry's body first, its control byte (valid) last */
    uint64_t e = VLAN_BD_ADDR(rxq_bd) + d->rxq_ptr;
    dma_st(d, e + 8, handle, 8);
    dma_st(d, e + 4, len, 4);
    dma_st(d, e + 2, 8, 2);
    dma_st(d, e, control, 1);
    d->rxq_ptr += 16;
    if (d->rxq_ptr >= VLAN_BD_LEN(rxq_bd)) {
        d->rxq_ptr = 0;
        dma_st(d, d->buf_list + VLAN_RXQ_BD_OFF, rxq_bd ^ VLAN_BD_TOGGLE, 8);
    }
    if (d->vio.signal_state & 1) {
        spapr_irq_pulse(d->vio.dev.machine, d->vio.irq);
    }
}

static const NetClientOps vlan_net_ops = {
    .can_receive = vlan_can_receive,
    .receive = vlan_receive,
};

/* ---- the device ---- */

static bool parse_mac(const char *s, uint8_t mac[6])
{
    unsigned v[6];
    char end;
    if (sscanf(s, "%x:%x:%x:%x:%x:%x%c", &v[0], &v[1], &v[2], &v[3], &v[4],
               &v[5], &end) != 6) {
        return false;
    }
    for (int i = 0; i < 6; i++) {
        if (v[i] > 0xff) {
            return false;
        }
        mac[i] = (uint8_t)v[i];
    }
    return strlen(s) == 17;
}

static bool vlan_realize(Device *dev, GError **err)
{
    SpaprVlan *d = (SpaprVlan *)dev;
    Machine *m = dev->machine;
    if (d->mac_prop) {
        if (!parse_mac(d->mac_prop, d->perm_mac)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Property 'spapr-vlan.mac' doesn't take value '%s'",
                        d->mac_prop);
            return false;
        }
    } else {
        net_default_mac(m, d->perm_mac);
    }
    memcpy(d->mac, d->perm_mac, 6);
    if (d->netdev) {
        d->nd = net_find(m, d->netdev);
        if (!d->nd) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Property 'spapr-vlan.netdev' can't find value '%s'",
                        d->netdev);
            return false;
        }
        if (!net_attach(d->nd, "spapr-vlan", &vlan_net_ops, d, err)) {
            d->nd = NULL;
            return false;
        }
    }
    d->vio.dma_window_size = VLAN_DMA_WINDOW;
    d->vio.signal_mask = 1;
    return spapr_vio_realize(&d->vio, err);
}

static void vlan_reset(Device *dev)
{
    SpaprVlan *d = (SpaprVlan *)dev;
    spapr_vio_reset(&d->vio);
    d->buf_list = 0;
    d->rx_bufs = 0;
    d->isopen = false;
    d->add_buf_ptr = d->use_buf_ptr = 0;
    d->rxq_ptr = 0;
    for (int i = 0; i < RX_POOLS; i++) {
        pool_reset(&d->pools[i]);
    }
    memcpy(d->mac, d->perm_mac, 6);
}

static void vlan_unrealize(Device *dev)
{
    SpaprVlan *d = (SpaprVlan *)dev;
    if (d->nd) {
        net_detach(d->nd);
    }
    spapr_vio_unrealize(&d->vio);
}

static int vlan_fdt(Device *dev, void *fdt)
{
    SpaprVlan *d = (SpaprVlan *)dev;
    int rc;
    if ((rc = fdt_property_u32(fdt, "ibm,mac-address-filters", 0)) < 0) {
        return rc;
    }
    /* QEMU 7.2: six bytes, unless the first has 0b10 in its low bits
     * clear (pre-3.10 Linux then reads an 8-byte property: two zero
     * bytes before the address) */
    uint8_t padded[8] = { 0 };
    memcpy(padded + 2, d->perm_mac, 6);
    rc = (d->perm_mac[0] & 3) == 2
             ? fdt_property(fdt, "local-mac-address", d->perm_mac, 6)
             : fdt_property(fdt, "local-mac-address", padded, 8);
    if (rc < 0 || (rc = spapr_vio_fdt_dma_window(&d->vio, fdt)) < 0) {
        return rc;
    }
    return spapr_vio_fdt_common(&d->vio, fdt, "network", "IBM,l-lan");
}

const DeviceClass spapr_vlan_class = {
    .name = "spapr-vlan",
    .desc = NULL,
    .category = "Network",
    .bus = "spapr-vio-bus",
    .size = sizeof(SpaprVlan),
    .props = vlan_props,
    .snap = &vlan_snap,
    .user_creatable = true,
    .vio = true,
    .realize = vlan_realize,
    .reset = vlan_reset,
    .unrealize = vlan_unrealize,
    .build_fdt = vlan_fdt,
};

static SpaprVlan *vlan_at(Machine *m, uint64_t reg)
{
    SpaprVioDevice *v = reg <= UINT32_MAX ? spapr_vio_find(m, (uint32_t)reg)
                                          : NULL;
    return v && v->dev.cls == &spapr_vlan_class ? (SpaprVlan *)v : NULL;
}

/* ---- hypercalls ---- */

long h_register_logical_lan(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprVlan *d = vlan_at(m, args[0]);
    uint64_t buf_list = args[1], rxq = args[2], filter = args[3];
    if (!d) {
        return H_PARAMETER;
    }
    if (d->isopen) {
        return H_RESOURCE;
    }
    uint64_t page_bd = (uint64_t)VLAN_PAGE << 32;
    uint64_t list_bd = VLAN_BD_VALID | page_bd | (uint32_t)buf_list;
    uint64_t filter_bd = VLAN_BD_VALID | page_bd | (uint32_t)filter;
    if (!check_bd(d, list_bd, VLAN_PAGE) || !check_bd(d, filter_bd, VLAN_PAGE) ||
        !(rxq & VLAN_BD_VALID) || !check_bd(d, rxq, VLAN_RQ_ALIGN)) {
        return H_PARAMETER;
    }
    d->buf_list = buf_list;
    d->vio.signal_state = 0;
    rxq &= ~VLAN_BD_TOGGLE;
    dma_st(d, buf_list + VLAN_RXQ_BD_OFF, rxq, 8);
    dma_st(d, buf_list + VLAN_FILTER_BD_OFF, filter_bd, 8);
    spapr_vio_dma_set(&d->vio, buf_list + VLAN_RX_BDS_OFF, 0,
                      VLAN_PAGE - VLAN_RX_BDS_OFF);
    d->add_buf_ptr = d->use_buf_ptr = VLAN_RX_BDS_OFF - 8;
    d->rx_bufs = 0;
    d->rxq_ptr = 0;
    spapr_vio_dma_set(&d->vio, VLAN_BD_ADDR(rxq), 0, VLAN_BD_LEN(rxq));
    d->isopen = true;
    return H_SUCCESS;
}

long h_free_logical_lan(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprVlan *d = vlan_at(m, args[0]);
    if (!d) {
        return H_PARAMETER;
    }
    if (!d->isopen) {
        return H_RESOURCE;
    }
    d->buf_list = 0;
    d->rx_bufs = 0;
    d->isopen = false;
    for (int i = 0; i < RX_POOLS; i++) {
        pool_reset(&d->pools[i]);
    }
    return H_SUCCESS;
}

/* A buffer into the pool of its size (a pool is made, or an empty one
 * reused, for a new size); H_RESOURCE when there is no room. */
static long add_to_pool(SpaprVlan *d, uint64_t bd)
{
    int32_t size = (int32_t)VLAN_BD_LEN(bd);
    int i;
    for (i = 0; i < RX_POOLS && d->pools[i].bufsize != size; i++) {
    }
    if (i == RX_POOLS) {
        int empty;
        for (empty = RX_POOLS - 1; empty >= 0 && d->pools[empty].count;
             empty--) {
        }
        if (empty < 0) {
            return H_RESOURCE;
        }
        d->pools[empty].bufsize = size;
        qsort(d->pools, RX_POOLS, sizeof(RxPool), pool_cmp);
        for (i = 0; d->pools[i].bufsize != size; i++) {
        }
    }
    RxPool *p = &d->pools[i];
    if (p->count >= RX_POOL_MAX_BDS) {
        return H_RESOURCE;
    }
    p->bds[p->count++] = bd;
    return H_SUCCESS;
}

/* A buffer into the next free slot of the list page. */
static long add_to_page(SpaprVlan *d, uint64_t bd)
{
    if (d->rx_bufs >= VLAN_MAX_BUFS) {
        return H_RESOURCE;
    }
    uint64_t cur;
    do {
        d->add_buf_ptr += 8;
        if (d->add_buf_ptr >= VLAN_RX_BDS_END) {
            d->add_buf_ptr = VLAN_RX_BDS_OFF;
        }
        if (!dma_ldq(d, d->buf_list + d->add_buf_ptr, &cur)) {
            return H_PARAMETER;
        }
    } while (cur & VLAN_BD_VALID);
    dma_st(d, d->buf_list + d->add_buf_ptr, bd, 8);
    return H_SUCCESS;
}

long h_add_logical_lan_buffer(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprVlan *d = vlan_at(m, args[0]);
    uint64_t bd = args[1];
    if (!d) {
        return H_PARAMETER;
    }
    if (!check_bd(d, bd, 4) || VLAN_BD_LEN(bd) < 16) {
        return H_PARAMETER;
    }
    if (!d->isopen) {
        return H_RESOURCE;
    }
    long rc = d->rx_pools ? add_to_pool(d, bd) : add_to_page(d, bd);
    if (rc == H_SUCCESS) {
        /* frames waiting for a buffer are delivered at the net layer's
         * next poll, as QEMU's flush comes a little later too */
        d->rx_bufs++;
    }
    return rc;
}

long h_send_logical_lan(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprVlan *d = vlan_at(m, args[0]);
    const uint64_t *bufs = args + 1;
    if (!d) {
        return H_PARAMETER;
    }
    if (!d->isopen) {
        return H_DROPPED;
    }
    if (args[7]) {   /* a continuation token: QEMU 7.2 has none either */
        return H_HARDWARE;
    }
    uint32_t total = 0;
    int n;
    for (n = 0; n < 6 && (bufs[n] & VLAN_BD_VALID); n++) {
        total += VLAN_BD_LEN(bufs[n]);
    }
    if (total == 0) {
        return H_SUCCESS;
    }
    if (total > VLAN_MAX_FRAME) {
        return H_RESOURCE;
    }
    g_autofree uint8_t *frame = g_malloc(total);
    uint32_t at = 0;
    for (int i = 0; i < n; i++) {
        uint32_t len = VLAN_BD_LEN(bufs[i]);
        if (!spapr_vio_dma_rw(&d->vio, VLAN_BD_ADDR(bufs[i]), frame + at, len,
                              false)) {
            return H_PARAMETER;
        }
        at += len;
    }
    if (d->nd) {
        net_send(d->nd, frame, total);
    }
    return H_SUCCESS;
}

/* QEMU 7.2 accepts it for any VIO device and filters nothing. */
long h_multicast_ctrl(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    return args[0] <= UINT32_MAX && spapr_vio_find(m, (uint32_t)args[0])
               ? H_SUCCESS : H_PARAMETER;
}

long h_change_logical_lan_mac(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprVlan *d = vlan_at(m, args[0]);
    if (!d) {
        return H_PARAMETER;
    }
    for (int i = 0; i < 6; i++) {
        d->mac[i] = (uint8_t)(args[1] >> (8 * (5 - i)));
    }
    return H_SUCCESS;
}

bool spapr_vlan_create_default(Machine *m, GError **err)
{
    GPtrArray *nics = m->cfg.nics;
    for (guint i = 0; nics && i < nics->len; i++) {
        const char *arg = g_ptr_array_index(nics, i);
        g_autofree char *model = g_strndup(arg, strcspn(arg, ","));
        const DeviceClass *dc = device_class_find(m->cfg.board, model);
        if (!dc || !dc->user_creatable) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Unsupported NIC model: %s", model);   /* QEMU's */
            return false;
        }
        if (!device_create_from_arg(m, arg, err)) {
            return false;
        }
    }
    if (!net_default_nic(m)) {
        return true;
    }
    /* QEMU's default: a spapr-vlan on a user netdev (QEMU has slirp) */
    return device_create(m, "spapr-vlan", "netdev=" NET_DEFAULT_ID, err);
}
