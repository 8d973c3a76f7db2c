/* SPDX-License-Identifier: MIT */
/*
 * Netdevs: the machine's list (by id), the NIC attached to each, the
 * frames on their way to the guest, and the poll that moves them from
 * the host backends through the input journal into the NICs (the
 * design is in net.h).
 */
#include <string.h>

#include "net-int.h"
#include "core/machine/platform.h"
#include "core/machine/run-hooks.h"
#include "core/machine/smp.h"

static NetState *net_state(const Machine *m)
{
    return m->net;
}

uint64_t net_vclock_ns(const Machine *m)
{
    return smp_vclock(m) << m->cpu->tb_shift;
}

NetDev *net_find(Machine *m, const char *id)
{
    NetState *ns = net_state(m);
    for (NetDev *nd = ns ? ns->first : NULL; id && nd; nd = nd->next) {
        if (!strcmp(nd->id, id)) {
            return nd;
        }
    }
    return NULL;
}

const char *net_id(const NetDev *nd)
{
    return nd->id;
}

bool net_active(const Machine *m)
{
    NetState *ns = net_state(m);
    return ns && ns->first;
}

static void drop_queue(GQueue *q)
{
    GBytes *b;
    while ((b = g_queue_pop_head(q))) {
        g_bytes_unref(b);
    }
}

bool net_attach(NetDev *nd, const char *dev, const NetClientOps *ops,
                void *opaque, GError **err)
{
    if (nd->ops) {   /* QEMU's words */
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Property '%s.netdev' can't take value '%s', it's in use",
                    dev, nd->id);
        return false;
    }
    nd->ops = ops;
    nd->opaque = opaque;
    nd->dev = g_strdup(dev);
    return true;
}

void net_detach(NetDev *nd)
{
    nd->ops = NULL;
    nd->opaque = NULL;
    g_clear_pointer(&nd->dev, g_free);
    drop_queue(&nd->rxq);
}

bool net_replaying(const Machine *m)
{
    const InputJournal *j = &m->journal;
    return m->net->offline || (j->ops && j->ops->no_host_input(j->self));
}

void net_send(NetDev *nd, const uint8_t *frame, size_t len)
{
    if (nd->slirp && !net_replaying(nd->m)) {
        NetState *ns = net_state(nd->m);
        ns->sent_ns = net_vclock_ns(nd->m);
        ns->sent_any = true;
        nd->state_dirty = true;   /* a DHCP request takes a lease */
        net_slirp_input(nd->slirp, frame, len);
    }
}

void net_rx_ready(NetDev *nd)
{
    GBytes *b;
    while (nd->ops && (b = g_queue_peek_head(&nd->rxq)) &&
           nd->ops->can_receive(nd->opaque)) {
        g_queue_pop_head(&nd->rxq);
        gsize len;
        const uint8_t *p = g_bytes_get_data(b, &len);
        nd->ops->receive(nd->opaque, p, len);
        g_bytes_unref(b);
    }
}

void net_backend_deliver(NetDev *nd, const uint8_t *frame, size_t len)
{
    g_queue_push_tail(&nd->incoming, g_bytes_new(frame, len));
}

/* A journalled frame joins nd's queue for its NIC (dropped when no NIC
 * is attached or the queue is full: both depend only on the guest). */
static void rx_enqueue(NetDev *nd, GBytes *b)
{
    if (!nd->ops || g_queue_get_length(&nd->rxq) >= NET_RXQ_MAX) {
        g_bytes_unref(b);
        return;
    }
    g_queue_push_tail(&nd->rxq, b);
}

static bool net_create_all(Machine *m, GPtrArray *args, GError **err);

bool net_default_nic(const Machine *m)
{
    return m->cfg.default_nic;
}

void net_default_mac(Machine *m, uint8_t mac[6])
{
    static const uint8_t base[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
    memcpy(mac, base, 6);
    mac[5] = (uint8_t)(base[5] + m->net->default_macs++);
}

bool net_init(Machine *m, GError **err)
{
    NetState *ns = g_new0(NetState, 1);
    m->net = ns;
    ns->offline = m->cfg.net_offline;
    GPtrArray *args = g_ptr_array_new();
    for (guint i = 0; m->cfg.netdevs && i < m->cfg.netdevs->len; i++) {
        g_ptr_array_add(args, g_ptr_array_index(m->cfg.netdevs, i));
    }
    if (net_default_nic(m)) {
        g_ptr_array_add(args, (char *)"user,id=" NET_DEFAULT_ID);
    }
    bool ok = net_create_all(m, args, err);
    g_ptr_array_free(args, TRUE);
    return ok;
}

/* Create the netdevs of the -netdev arguments args. */
static bool net_create_all(Machine *m, GPtrArray *args, GError **err)
{
    NetState *ns = net_state(m);
    for (guint i = 0; i < args->len; i++) {
        NetUserOpts o;
        if (!net_user_parse(g_ptr_array_index(args, i), &o, err)) {
            return false;
        }
        if (net_find(m, o.id)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-netdev %s: Duplicate ID '%s' for netdev",
                        (char *)g_ptr_array_index(args, i), o.id);
            net_user_opts_clear(&o);
            return false;
        }
        NetDev *nd = g_new0(NetDev, 1);
        nd->id = g_strdup(o.id);
        nd->arg = g_strdup(g_ptr_array_index(args, i));
        nd->m = m;
        g_queue_init(&nd->incoming);
        g_queue_init(&nd->rxq);
        if (ns->last) {
            ns->last->next = nd;
        } else {
            ns->first = nd;
        }
        ns->last = nd;
        if (!ns->offline) {
            nd->slirp = net_slirp_new(nd, &o, err);
            if (!nd->slirp) {
                g_prefix_error(err, "-netdev %s: ",
                               (char *)g_ptr_array_index(args, i));
            }
        }
        net_user_opts_clear(&o);
        if (!ns->offline && !nd->slirp) {
            return false;
        }
    }
    return true;
}

void net_free(Machine *m)
{
    NetState *ns = net_state(m);
    if (!ns) {
        return;
    }
    NetDev *nd = ns->first;
    while (nd) {
        NetDev *next = nd->next;
        if (nd->slirp) {
            net_slirp_free(nd->slirp);
        }
        drop_queue(&nd->incoming);
        drop_queue(&nd->rxq);
        g_free(nd->dev);
        g_free(nd->id);
        g_free(nd->arg);
        g_free(nd);
        nd = next;
    }
    g_free(ns);
    m->net = NULL;
}

void net_poll(Machine *m, int wait_ms)
{
    NetState *ns = net_state(m);
    if (!ns || !ns->first) {
        return;
    }
    uint64_t now = machine_icount(m);
    if (now != ns->poll_icount) {
        ns->poll_icount = now;
        ns->poll_index = 0;
    }
    uint32_t index = ns->poll_index++;
    const InputJournal *j = &m->journal;
    if (net_replaying(m)) {
        char *id;
        uint8_t *buf;
        size_t len;
        while (j->ops && j->ops->net_replay &&
               j->ops->net_replay(j->self, index, &id, &buf, &len)) {
            NetDev *nd = net_find(m, id);
            GBytes *b = g_bytes_new_take(buf, len);
            if (nd) {
                rx_enqueue(nd, b);
            } else {
                g_bytes_unref(b);
            }
            g_free(id);
        }
        /* libslirp's state as the recording's poll left it */
        while (j->ops && j->ops->net_state_replay &&
               j->ops->net_state_replay(j->self, index, &id, &buf, &len)) {
            NetDev *nd = net_find(m, id);
            NetUserState st;
            if (nd && net_user_state_decode(buf, len, &st)) {
                nd->state = st;
            }
            g_free(id);
            g_free(buf);
        }
    } else {
        uint64_t now_ns = net_vclock_ns(m);
        if (wait_ms > 0 && !(ns->sent_any &&
                             now_ns - ns->sent_ns < NET_IDLE_WAIT_WINDOW_NS)) {
            wait_ms = 0;
        }
        bool host = wait_ms > 0 ||
                    now_ns - ns->host_polled_ns >= NET_HOST_POLL_NS;
        if (host) {
            ns->host_polled_ns = now_ns;
        }
        for (NetDev *nd = ns->first; nd; nd = nd->next) {
            if (nd->slirp && host) {
                net_slirp_poll(nd->slirp, wait_ms);
                wait_ms = 0;
                nd->state_dirty = true;   /* its timers, host packets */
            }
            GBytes *b;
            while ((b = g_queue_pop_head(&nd->incoming))) {
                if (j->ops && j->ops->net_frame) {
                    gsize len;
                    const uint8_t *p = g_bytes_get_data(b, &len);
                    j->ops->net_frame(j->self, index, nd->id, p, len);
                }
                rx_enqueue(nd, b);
            }
            net_user_state_poll(nd, index);
        }
    }
    for (NetDev *nd = ns->first; nd; nd = nd->next) {
        net_rx_ready(nd);
    }
}

NetDev *net_user_nth(Machine *m, unsigned n)
{
    NetState *ns = net_state(m);
    NetDev *nd = ns ? ns->first : NULL;
    for (; nd && n; n--) {
        nd = nd->next;
    }
    return nd;
}
