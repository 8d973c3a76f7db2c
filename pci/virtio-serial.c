/* SPDX-License-Identifier: MIT */
/*
 * virtio-serial-pci (virtio console device, id 3; PCI 1af4:1003, class
 * 0x078000, QEMU 7.2's) and its ports, virtconsole and virtserialport,
 * each on a -chardev. The multiport protocol of the virtio 1.x spec
 * (5.3): queues 0/1 are port 0's receive/transmit queues, 2/3 the
 * control queues, 2+2n/3+2n port n's (128 entries each, the control
 * queues 32, as QEMU); control messages { le32 id; le16 event; le16
 * value; } in both directions: the driver's DEVICE_READY is answered
 * with PORT_ADD for each port (in creation order), its PORT_READY with
 * CONSOLE_PORT (virtconsole), PORT_NAME (name=) and PORT_OPEN when the
 * host side is there; its PORT_OPEN says whether a program in the guest
 * has the port open. A driver without MULTIPORT sees port 0 only.
 *
 * Host side (core/machine/chr-host.h): the guest's output goes to the
 * chardev when the driver notifies a transmit queue (nothing is
 * throttled: chardevs take or drop it at once); input is polled at the
 * end of each SMP round, and only while the port's guest side can take
 * it (receive buffers offered, port open), at most VSER_IN_MAX bytes a
 * poll, held in the port's state until receive buffers take it; the
 * polls are journalled, so input enters at instruction-count
 * boundaries, and a replay takes it from the journal. A virtconsole is
 * always connected for the guest (QEMU); a virtserialport follows its
 * chardev (a socket's client coming and going sends PORT_OPEN 1/0).
 *
 * Config: cols, rows (0), max_nr_ports, emerg_wr (with
 * "emergency-write", QEMU 4.0 and later: a byte written there goes to
 * port 0's chardev). Ports: "nr" chooses the id (default: a console
 * takes 0 when free, others the lowest free id from 1), "name" the
 * name, "bus" the device ("ID.0").
 */
#include <string.h>

#include "core/machine/platform.h"
#include "virtio-pci.h"
#include "virtio-serial.h"

#define VSER_MAX_PORTS 31           /* (VIRTIO_MAX_QUEUES - 2) / 2 */
#define VSER_QUEUE_SIZE 128
#define VSER_CTRL_QUEUE_SIZE 32
#define VSER_IN_MAX 256             /* host input taken per poll */
#define VSER_BAD_ID UINT32_MAX

/* Feature bits and control events (virtio 1.x 5.3.3, 5.3.6.2). */
enum {
    F_SIZE = 0, F_MULTIPORT = 1, F_EMERG_WRITE = 2,
    EV_DEVICE_READY = 0, EV_DEVICE_ADD = 1, EV_DEVICE_REMOVE = 2,
    EV_PORT_READY = 3, EV_CONSOLE_PORT = 4, EV_RESIZE = 5,
    EV_PORT_OPEN = 6, EV_PORT_NAME = 7,
    CTRL_LEN = 8,                   /* struct virtio_console_control */
    CFG_MAX_NR_PORTS = 4, CFG_EMERG_WR = 8,
};

typedef struct VirtioSerial VirtioSerial;

/* A virtconsole or virtserialport. */
typedef struct VserPort {
    Device dev;               /* must be first */
    char *chardev;            /* "chardev": backend id, or NULL */
    char *name;               /* "name", or NULL */
    char *bus;                /* "bus": "ID.0", NULL: the first device */
    uint32_t nr;              /* "nr": port id, VSER_BAD_ID: chosen */
    bool console;             /* virtconsole */
    VirtioSerial *vser;
    ChrHost host;             /* the chardev, attached by the front end */
} VserPort;

/* A port's guest-visible and in-flight state (saved). */
typedef struct VserPortState {
    bool guest_connected;     /* the guest has it open (PORT_OPEN 1) */
    bool host_seen;           /* the chardev was connected at the last
                                 poll (what the journal compares with) */
    uint32_t inlen;           /* host input not yet in guest buffers */
    uint8_t in[VSER_IN_MAX];
} VserPortState;

struct VirtioSerial {
    VirtioPci vpci;           /* must be first */
    uint32_t max_ports;       /* "max_ports" */
    bool emergency_write;     /* "emergency-write" */
    VirtioDevInfo info;       /* config size depends on emergency-write */
    VqElem *elem;             /* scratch for one chain */
    VserPort *port[VSER_MAX_PORTS];   /* by id; NULL: none */
    uint32_t order[VSER_MAX_PORTS];   /* ids in creation order */
    uint32_t nports;
    VserPortState ps[VSER_MAX_PORTS];
    bool warned_bad_id;       /* said once that a message named no port */
};

static unsigned rx_queue(uint32_t id)
{
    return id == 0 ? 0 : 2 + 2 * id;
}

static unsigned tx_queue(uint32_t id)
{
    return rx_queue(id) + 1;
}

enum { CTRL_RX = 2, CTRL_TX = 3 };

static bool multiport(VirtioSerial *s)
{
    return virtio_pci_has_feature(&s->vpci, F_MULTIPORT);
}

static bool driver_ok(VirtioSerial *s)
{
    return s->vpci.status & VIRTIO_STATUS_DRIVER_OK;
}

/* Whether the guest has port id open (without MULTIPORT: port 0 once
 * the driver is up, as QEMU). */
static bool guest_open(VirtioSerial *s, uint32_t id)
{
    if (!driver_ok(s)) {
        return false;
    }
    return multiport(s) ? s->ps[id].guest_connected : id == 0;
}

static bool host_connected(VirtioSerial *s, uint32_t id)
{
    VserPort *p = s->port[id];
    return p && (p->console || s->ps[id].host_seen);
}

/* ---- control messages ---- */

static void put_le32(uint8_t *b, uint32_t v)
{
    for (int i = 0; i < 4; i++) {
        b[i] = (uint8_t)(v >> (8 * i));
    }
}

/* One message to the driver on the control receive queue; dropped when
 * the driver offered no buffer (as QEMU's). */
static void send_ctrl(VirtioSerial *s, uint32_t id, uint16_t event,
                      uint16_t value, const char *text)
{
    VirtioPci *v = &s->vpci;
    if (!multiport(s) || !v->vq[CTRL_RX].ready ||
        virtio_pci_pop(v, CTRL_RX, s->elem) != VQ_GOT) {
        return;
    }
    size_t tlen = text ? strlen(text) + 1 : 0;
    g_autofree uint8_t *b = g_malloc(CTRL_LEN + tlen);
    virtio_pci_st(v, b, id, 4);
    virtio_pci_st(v, b + 4, event, 2);
    virtio_pci_st(v, b + 6, value, 2);
    if (text) {
        memcpy(b + CTRL_LEN, text, tlen);
    }
    uint64_t n = vq_elem_write(&v->vq[CTRL_RX], s->elem, 0, b,
                               CTRL_LEN + tlen);
    if (virtio_pci_push(v, CTRL_RX, s->elem, (uint32_t)n)) {
        virtio_pci_notify(v, CTRL_RX);
    }
}

/* Give the guest what the host sent port id, as far as its receive
 * buffers go. */
static void flush_input(VirtioSerial *s, uint32_t id)
{
    VirtioPci *v = &s->vpci;
    VserPortState *st = &s->ps[id];
    unsigned q = rx_queue(id);
    bool pushed = false;
    while (st->inlen && guest_open(s, id) && v->vq[q].ready &&
           virtio_pci_pop(v, q, s->elem) == VQ_GOT) {
        uint64_t n = vq_elem_write(&v->vq[q], s->elem, 0, st->in,
                                   st->inlen);
        if (!virtio_pci_push(v, q, s->elem, (uint32_t)n)) {
            return;
        }
        pushed = true;
        memmove(st->in, st->in + n, st->inlen - n);
        st->inlen -= (uint32_t)n;
    }
    if (pushed) {
        virtio_pci_notify(v, q);
    }
}

/* Return every chain of queue q unread (the host side is gone). */
static void discard_queue(VirtioSerial *s, unsigned q)
{
    VirtioPci *v = &s->vpci;
    bool any = false;
    while (v->vq[q].ready && virtio_pci_pop(v, q, s->elem) == VQ_GOT) {
        if (!virtio_pci_push(v, q, s->elem, 0)) {
            return;
        }
        any = true;
    }
    if (any) {
        virtio_pci_notify(v, q);
    }
}

static void ctrl_message(VirtioSerial *s, const uint8_t *b, size_t len)
{
    if (len < CTRL_LEN) {
        return;   /* QEMU ignores a short one too */
    }
    uint32_t id = (uint32_t)virtio_pci_ld(&s->vpci, b, 4);
    uint16_t event = (uint16_t)virtio_pci_ld(&s->vpci, b + 4, 2);
    uint16_t value = (uint16_t)virtio_pci_ld(&s->vpci, b + 6, 2);
    if (event == EV_DEVICE_READY) {
        for (uint32_t i = 0; value && i < s->nports; i++) {
            send_ctrl(s, s->order[i], EV_DEVICE_ADD, 1, NULL);
        }
        return;
    }
    VserPort *p = id < VSER_MAX_PORTS ? s->port[id] : NULL;
    if (!p) {
        if (s->warned_bad_id) {
            return;
        }
        s->warned_bad_id = true;   /* once per device: the guest's doing */
        g_printerr("farad: virtio-serial-bus: Unexpected port id %u for "
                   "device %s\n", id, s->vpci.pci.dev.id
                   ? s->vpci.pci.dev.id : "virtio-serial-pci");
        return;
    }
    switch (event) {
    case EV_PORT_READY:
        if (!value) {
            return;
        }
        if (p->console) {
            send_ctrl(s, id, EV_CONSOLE_PORT, 1, NULL);
        }
        if (p->name) {
            send_ctrl(s, id, EV_PORT_NAME, 1, p->name);
        }
        if (host_connected(s, id)) {
            send_ctrl(s, id, EV_PORT_OPEN, 1, NULL);
        }
        break;
    case EV_PORT_OPEN:
        s->ps[id].guest_connected = value != 0;
        flush_input(s, id);
        break;
    default:
        break;
    }
}

/* ---- queues ---- */

static void ctrl_tx(VirtioSerial *s)
{
    VirtioPci *v = &s->vpci;
    bool any = false;
    while (virtio_pci_pop(v, CTRL_TX, s->elem) == VQ_GOT) {
        uint8_t b[CTRL_LEN + 64];
        uint64_t n = vq_elem_read(&v->vq[CTRL_TX], s->elem, 0, b,
                                  MIN(sizeof(b), s->elem->out_len));
        if (!virtio_pci_push(v, CTRL_TX, s->elem, 0)) {
            return;
        }
        any = true;
        ctrl_message(s, b, n);
    }
    if (any) {
        virtio_pci_notify(v, CTRL_TX);
    }
}

/* The guest wrote to port id: to the chardev, or dropped without one. */
static void port_tx(VirtioSerial *s, uint32_t id)
{
    VirtioPci *v = &s->vpci;
    unsigned q = tx_queue(id);
    if (!host_connected(s, id)) {
        discard_queue(s, q);
        return;
    }
    bool any = false;
    while (virtio_pci_pop(v, q, s->elem) == VQ_GOT) {
        uint8_t b[512];
        uint64_t off = 0, n;
        while ((n = vq_elem_read(&v->vq[q], s->elem, off, b, sizeof(b)))) {
            chr_host_write(&s->port[id]->host, b, n);
            off += n;
        }
        if (!virtio_pci_push(v, q, s->elem, 0)) {
            return;
        }
        any = true;
    }
    if (any) {
        virtio_pci_notify(v, q);
    }
}

static void vser_notify(VirtioPci *v, unsigned q)
{
    VirtioSerial *s = (VirtioSerial *)v;
    if (q == CTRL_TX) {
        ctrl_tx(s);
        return;
    }
    if (q == CTRL_RX) {
        return;
    }
    uint32_t id = q < 2 ? 0 : (q - 2) / 2;
    if (id >= s->max_ports || !s->port[id]) {
        if (q & 1) {
            discard_queue(s, q);   /* output to a port nobody has */
        }
        return;
    }
    if (q & 1) {
        port_tx(s, id);
    } else {
        flush_input(s, id);       /* new receive buffers */
    }
}

/* The end-of-round poll: each port's host side (chr-host.h). */
static void vser_poll(void *opaque)
{
    VirtioSerial *s = opaque;
    Machine *m = s->vpci.pci.dev.machine;
    for (uint32_t i = 0; i < s->nports; i++) {
        uint32_t id = s->order[i];
        VserPort *p = s->port[id];
        VserPortState *st = &s->ps[id];
        unsigned q = rx_queue(id);
        bool want = st->inlen == 0 && guest_open(s, id) &&
                    host_connected(s, id) && s->vpci.vq[q].ready &&
                    vq_has_avail(&s->vpci.vq[q]);
        bool now;
        uint8_t b[VSER_IN_MAX];
        size_t n = chr_host_poll(m, &p->host, st->host_seen, &now, want, b,
                                 sizeof(b));
        if (now != st->host_seen) {
            st->host_seen = now;
            if (!p->console) {
                send_ctrl(s, id, EV_PORT_OPEN, now, NULL);
                if (!now) {
                    discard_queue(s, tx_queue(id));
                }
            }
        }
        if (n) {
            memcpy(st->in, b, n);
            st->inlen = (uint32_t)n;
            flush_input(s, id);
        }
    }
}

/* struct virtio_console_config: cols, rows, max_nr_ports, emerg_wr
 * (a big-endian legacy driver sees them byte-reversed). */
static const VirtioCfgField vser_config_fields[] = {
    { 0, 2 }, { 2, 2 }, { CFG_MAX_NR_PORTS, 4 }, { CFG_EMERG_WR, 4 },
    { 0, 0 }
};

/* The driver wrote config: emerg_wr's low byte goes to port 0's chardev
 * once the driver wrote that byte (the last of the field for a big-
 * endian legacy driver); cols, rows and max_nr_ports stay as they
 * were. */
static void vser_config_write(VirtioPci *v, uint32_t off, unsigned size)
{
    VirtioSerial *s = (VirtioSerial *)v;
    uint32_t lo = CFG_EMERG_WR + (virtio_pci_big_endian(v) ? 3 : 0);
    if (off <= lo && off + size > lo && s->port[0]) {
        uint8_t c = v->config[CFG_EMERG_WR];
        chr_host_write(&s->port[0]->host, &c, 1);
    }
    /* the other fields are the device's */
    memset(v->config, 0, v->info->config_size);
    put_le32(v->config + CFG_MAX_NR_PORTS, s->max_ports);
}

static void vser_reset(VirtioPci *v)
{
    VirtioSerial *s = (VirtioSerial *)v;
    for (uint32_t id = 0; id < VSER_MAX_PORTS; id++) {
        s->ps[id].guest_connected = false;
        s->ps[id].inlen = 0;
    }
}

/* ---- the PCI device ---- */

static bool vser_realize(Device *dev, GError **err)
{
    VirtioSerial *s = (VirtioSerial *)dev;
    if (s->max_ports == 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Maximum number of serial ports not specified");
        return false;
    }
    if (s->max_ports > VSER_MAX_PORTS) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "virtio-serial-pci: max_ports %u: farad supports at "
                    "most %u ports", s->max_ports, VSER_MAX_PORTS);
        return false;
    }
    uint32_t cfg = s->emergency_write ? 12 : 8;
    uint32_t io = 1;
    while (io < (s->vpci.nvectors ? 24u : 20u) + cfg) {
        io <<= 1;
    }
    s->info = (VirtioDevInfo){
        .device_id = 3,
        .class_code = 0x078000,
        .legacy_io_size = io,
        .config_size = cfg,
        .config_fields = vser_config_fields,
        .features = (s->max_ports > 1 ? 1u << F_MULTIPORT : 0) |
                    (s->emergency_write ? 1u << F_EMERG_WRITE : 0),
        .queue_notify = vser_notify,
        .config_write = s->emergency_write ? vser_config_write : NULL,
        .reset = vser_reset,
    };
    unsigned nvqs = 2 * (s->max_ports + 1);
    uint16_t sizes[VIRTIO_MAX_QUEUES];
    for (unsigned q = 0; q < nvqs; q++) {
        sizes[q] = q == CTRL_RX || q == CTRL_TX ? VSER_CTRL_QUEUE_SIZE
                                                : VSER_QUEUE_SIZE;
    }
    if (!virtio_pci_realize(&s->vpci, &s->info, nvqs, sizes, err)) {
        return false;
    }
    put_le32(s->vpci.config + CFG_MAX_NR_PORTS, s->max_ports);
    s->elem = g_new0(VqElem, 1);
    machine_add_round_poll(dev->machine, vser_poll, s);
    return true;
}

static void vser_device_reset(Device *dev)
{
    virtio_pci_reset((VirtioPci *)dev);
}

static void vser_unrealize(Device *dev)
{
    VirtioSerial *s = (VirtioSerial *)dev;
    for (uint32_t id = 0; id < VSER_MAX_PORTS; id++) {
        if (s->port[id]) {
            s->port[id]->vser = NULL;   /* its ports outlive it */
        }
    }
    machine_remove_round_poll(dev->machine, s);
    virtio_pci_unrealize(&s->vpci);
    g_free(s->elem);
    s->elem = NULL;
}

static const PropDesc vser_props[] = {
    VIRTIO_PCI_PROPS(VirtioSerial, 2),
    PROP_U32("max_ports", VirtioSerial, max_ports, VSER_MAX_PORTS),
    PROP_BOOL("emergency-write", VirtioSerial, emergency_write, true),
    PROP_END
};

static const SnapField port_state_fields[] = {
    SNAP_BOOL("guest_connected", VserPortState, guest_connected, 1),
    SNAP_BOOL("host_seen", VserPortState, host_seen, 1),
    SNAP_U32_MAX("inlen", VserPortState, inlen, VSER_IN_MAX, 1),
    SNAP_BYTES("in", VserPortState, in, VSER_IN_MAX, 1),
    SNAP_END
};

static const SnapSection port_state_snap = {
    .name = "virtio-serial-port", .version = 1, .min_version = 1,
    .fields = port_state_fields,
};

/* The transport and every port id's state (the ports themselves are
 * configuration: the loading machine must have the same command line). */
static const SnapField vser_snap_fields[] = {
    SNAP_STRUCT_ARRAY("virtio", VirtioSerial, vpci, 1, VirtioPci,
                      &virtio_pci_snap, 1),
    SNAP_U32_EQUAL("max_ports", VirtioSerial, max_ports, 1),
    SNAP_U32_EQUAL("nports", VirtioSerial, nports, 1),
    SNAP_STRUCT_ARRAY("port", VirtioSerial, ps, VSER_MAX_PORTS,
                      VserPortState, &port_state_snap, 1),
    SNAP_END
};

static void vser_post_load(void *opaque)
{
    virtio_pci_post_load(opaque);
}

static const SnapSection vser_snap = {
    .name = "virtio-serial", .version = 1, .min_version = 1,
    .fields = vser_snap_fields,
    .post_load = vser_post_load,
    .required = true,
};

const DeviceClass virtio_serial_pci_class = {
    .name = "virtio-serial-pci",
    .alias = "virtio-serial",
    .desc = NULL,
    .category = "Input",
    .bus = "PCI",
    .size = sizeof(VirtioSerial),
    .props = vser_props,
    .user_creatable = true,
    .realize = vser_realize,
    .reset = vser_device_reset,
    .unrealize = vser_unrealize,
    .snap = &vser_snap,
};

/* ---- the ports ---- */

/* The virtio-serial-pci a port goes on: bus= "ID.0", else the first. */
static VirtioSerial *find_vser(Machine *m, const char *bus)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (d->cls != &virtio_serial_pci_class) {
            continue;
        }
        if (!bus) {
            return (VirtioSerial *)d;
        }
        g_autofree char *name = g_strdup_printf("%s.0", d->id ? d->id : "");
        if (d->id && !strcmp(name, bus)) {
            return (VirtioSerial *)d;
        }
    }
    return NULL;
}

static bool port_realize(Device *dev, GError **err)
{
    VserPort *p = (VserPort *)dev;
    const char *cls = dev->cls->name;
    p->console = !strcmp(cls, "virtconsole");
    VirtioSerial *s = find_vser(dev->machine, p->bus);
    if (!s) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE, p->bus
                    ? "Bus '%s' not found"
                    : "No 'virtio-serial-bus' bus found for device '%s'",
                    p->bus ? p->bus : cls);
        return false;
    }
    uint32_t id = p->nr;
    if (id != VSER_BAD_ID && id < VSER_MAX_PORTS && s->port[id]) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "virtio-serial-bus: A port already exists at id %u", id);
        return false;
    }
    for (uint32_t i = 0; p->name && i < s->nports; i++) {
        VserPort *o = s->port[s->order[i]];
        if (o->name && !strcmp(o->name, p->name)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "virtio-serial-bus: A port already exists by name "
                        "%s", p->name);
            return false;
        }
    }
    if (id == VSER_BAD_ID) {
        /* port 0 is kept for a console (old guests' console port) */
        if (p->console && !s->port[0]) {
            id = 0;
        } else {
            for (id = 1; id < s->max_ports && s->port[id]; id++) {
            }
            if (id >= s->max_ports) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "virtio-serial-bus: Maximum port limit for this "
                            "device reached");
                return false;
            }
        }
    }
    if (id >= s->max_ports) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "virtio-serial-bus: Out-of-range port id specified, "
                    "max. allowed: %u", s->max_ports - 1);
        return false;
    }
    if (id == 0 && !p->console) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Port number 0 on virtio-serial "
                    "devices reserved for virtconsole devices for backward "
                    "compatibility.");
        return false;
    }
    p->nr = id;
    p->vser = s;
    p->host.id = p->chardev ? g_strdup(p->chardev) : NULL;
    s->port[id] = p;
    s->order[s->nports++] = id;
    return true;
}

static void port_unrealize(Device *dev)
{
    VserPort *p = (VserPort *)dev;
    VirtioSerial *s = p->vser;
    if (s) {
        s->port[p->nr] = NULL;
        for (uint32_t i = 0; i < s->nports; i++) {
            if (s->order[i] == p->nr) {
                memmove(s->order + i, s->order + i + 1,
                        (s->nports - i - 1) * sizeof(s->order[0]));
                s->nports--;
                break;
            }
        }
    }
    chr_host_clear(&p->host);
}

static const PropDesc port_props[] = {
    PROP_STR("chardev", VserPort, chardev, NULL,
             "ID of a chardev to use as a backend"),
    PROP_STR("name", VserPort, name, NULL, "the port's name"),
    PROP_U32("nr", VserPort, nr, VSER_BAD_ID),
    PROP_STR("bus", VserPort, bus, NULL, "the device's bus: ID.0"),
    PROP_END
};

const DeviceClass virtconsole_class = {
    .name = "virtconsole",
    .category = "Input",
    .bus = "virtio-serial-bus",
    .size = sizeof(VserPort),
    .props = port_props,
    .user_creatable = true,
    .realize = port_realize,
    .unrealize = port_unrealize,
};

const DeviceClass virtserialport_class = {
    .name = "virtserialport",
    .category = "Input",
    .bus = "virtio-serial-bus",
    .size = sizeof(VserPort),
    .props = port_props,
    .user_creatable = true,
    .realize = port_realize,
    .unrealize = port_unrealize,
};

static bool is_port(const Device *d)
{
    return d->cls == &virtconsole_class || d->cls == &virtserialport_class;
}

const char *virtio_serial_port_chardev(Device *d, ChrHost **host)
{
    if (!is_port(d) || !((VserPort *)d)->chardev) {
        return NULL;
    }
    *host = &((VserPort *)d)->host;
    return ((VserPort *)d)->chardev;
}

unsigned virtio_serial_ports(Device *d, uint32_t *ids, unsigned max)
{
    VirtioSerial *s = (VirtioSerial *)d;
    unsigned n = 0;
    for (uint32_t i = 0; i < s->nports && n < max; i++) {
        ids[n++] = s->order[i];
    }
    return n;
}

uint32_t virtio_serial_max_ports(Device *d)
{
    return ((VirtioSerial *)d)->max_ports;
}

void virtio_serial_port_state(Device *d, uint32_t id, bool *guest_connected,
                              bool *host_conn)
{
    VirtioSerial *s = (VirtioSerial *)d;
    *guest_connected = id < VSER_MAX_PORTS && s->ps[id].guest_connected;
    *host_conn = id < VSER_MAX_PORTS && host_connected(s, id);
}

void virtio_serial_set_guest_connected(Device *d, uint32_t id, bool on)
{
    VirtioSerial *s = (VirtioSerial *)d;
    if (id < VSER_MAX_PORTS) {
        s->ps[id].guest_connected = on;
    }
}
