/* SPDX-License-Identifier: MIT */
/*
 * The user netdev on libslirp (Debian's libslirp): one Slirp instance
 * per -netdev user. Its clock is the guest's virtual clock (smp_vclock
 * in nanoseconds), so its timers (TCP retransmission, IPv6 router
 * advertisements) fire at guest times; they and the host sockets run
 * from the net layer's poll at the end of an SMP round. Frames slirp
 * makes for the guest go to net_backend_deliver, never straight to a
 * NIC.
 */
#include <poll.h>
#include <slirp/libslirp.h>
#include <string.h>

#include "net-int.h"
#include "core/machine/platform.h"
#include "core/machine/smp.h"

typedef struct NetTimer {
    SlirpTimerCb cb;
    void *cb_opaque;
    int64_t expire_ms;           /* -1: not armed */
} NetTimer;

struct NetSlirp {
    NetDev *nd;
    Slirp *slirp;
    GPtrArray *timers;           /* NetTimer *, creation order */
    GArray *pfds;                /* struct pollfd of the current poll */
};

static ssize_t cb_send_packet(const void *buf, size_t len, void *opaque)
{
    NetSlirp *s = opaque;
    net_backend_deliver(s->nd, buf, len);
    return (ssize_t)len;
}

static void cb_guest_error(const char *msg, void *opaque)
{
    NetSlirp *s = opaque;
    Machine *m = s->nd->m;
    if (m->log) {
        fprintf(m->log, "netdev %s: guest error: %s\n", s->nd->id, msg);
    }
}

static int64_t vclock_ns(const Machine *m)
{
    return (int64_t)net_vclock_ns(m);
}

static int64_t cb_clock_get_ns(void *opaque)
{
    NetSlirp *s = opaque;
    return vclock_ns(s->nd->m);
}

static void *cb_timer_new(SlirpTimerCb cb, void *cb_opaque, void *opaque)
{
    NetSlirp *s = opaque;
    NetTimer *t = g_new0(NetTimer, 1);
    t->cb = cb;
    t->cb_opaque = cb_opaque;
    t->expire_ms = -1;
    g_ptr_array_add(s->timers, t);
    return t;
}

static void cb_timer_free(void *timer, void *opaque)
{
    NetSlirp *s = opaque;
    g_ptr_array_remove(s->timers, timer);
    g_free(timer);
}

static void cb_timer_mod(void *timer, int64_t expire_ms, void *opaque)
{
    (void)opaque;
    ((NetTimer *)timer)->expire_ms = expire_ms;
}

static void cb_register_poll_fd(int fd, void *opaque)
{
    (void)fd;
    (void)opaque;
}

static void cb_notify(void *opaque)
{
    (void)opaque;
}

static const SlirpCb slirp_callbacks = {
    .send_packet = cb_send_packet,
    .guest_error = cb_guest_error,
    .clock_get_ns = cb_clock_get_ns,
    .timer_new = cb_timer_new,
    .timer_free = cb_timer_free,
    .timer_mod = cb_timer_mod,
    .register_poll_fd = cb_register_poll_fd,
    .unregister_poll_fd = cb_register_poll_fd,
    .notify = cb_notify,
};

NetSlirp *net_slirp_new(NetDev *nd, const NetUserOpts *o, GError **err)
{
    NetSlirp *s = g_new0(NetSlirp, 1);
    s->nd = nd;
    s->timers = g_ptr_array_new();
    s->pfds = g_array_new(FALSE, FALSE, sizeof(struct pollfd));
    SlirpConfig cfg = {
        .version = 1,
        .restricted = o->restricted,
        .in_enabled = true,
        .vnetwork = o->net,
        .vnetmask = o->mask,
        .vhost = o->host,
        .in6_enabled = false,
        .vhostname = o->hostname,
        .vdhcp_start = o->dhcp_start,
        .vnameserver = o->dns,
    };
    s->slirp = slirp_new(&cfg, &slirp_callbacks, s);
    if (!s->slirp) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "libslirp refused the configuration");
        net_slirp_free(s);
        return NULL;
    }
    for (guint i = 0; o->fwds && i < o->fwds->len; i++) {
        const NetHostFwd *f = &g_array_index(o->fwds, NetHostFwd, i);
        if (slirp_add_hostfwd(s->slirp, f->udp, f->host_addr, f->host_port,
                              f->guest_addr, f->guest_port) < 0) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Could not set up host forwarding rule '%s' (the "
                        "host refused %s port %u)", f->rule,
                        f->udp ? "udp" : "tcp", f->host_port);
            net_slirp_free(s);
            return NULL;
        }
    }
    return s;
}

void net_slirp_free(NetSlirp *s)
{
    if (s->slirp) {
        slirp_cleanup(s->slirp);
    }
    for (guint i = 0; i < s->timers->len; i++) {
        g_free(g_ptr_array_index(s->timers, i));
    }
    g_ptr_array_free(s->timers, TRUE);
    g_array_free(s->pfds, TRUE);
    g_free(s);
}

void net_slirp_input(NetSlirp *s, const uint8_t *frame, size_t len)
{
    slirp_input(s->slirp, frame, (int)len);
}

static int add_poll(int fd, int events, void *opaque)
{
    NetSlirp *s = opaque;
    struct pollfd p = { .fd = fd, .events = 0 };
    if (events & SLIRP_POLL_IN) {
        p.events |= POLLIN;
    }
    if (events & SLIRP_POLL_OUT) {
        p.events |= POLLOUT;
    }
    if (events & SLIRP_POLL_PRI) {
        p.events |= POLLPRI;
    }
    g_array_append_val(s->pfds, p);
    return (int)s->pfds->len - 1;
}

static int get_revents(int idx, void *opaque)
{
    NetSlirp *s = opaque;
    short r = g_array_index(s->pfds, struct pollfd, idx).revents;
    int ev = 0;
    if (r & POLLIN) {
        ev |= SLIRP_POLL_IN;
    }
    if (r & POLLOUT) {
        ev |= SLIRP_POLL_OUT;
    }
    if (r & POLLPRI) {
        ev |= SLIRP_POLL_PRI;
    }
    if (r & POLLERR) {
        ev |= SLIRP_POLL_ERR;
    }
    if (r & POLLHUP) {
        ev |= SLIRP_POLL_HUP;
    }
    return ev;
}

/* Fire the timers due at the guest's time now (a callback may re-arm
 * or free timers: look again from the start after each). */
static void run_timers(NetSlirp *s)
{
    int64_t now_ms = vclock_ns(s->nd->m) / 1000000;
    for (bool fired = true; fired;) {
        fired = false;
        for (guint i = 0; i < s->timers->len; i++) {
            NetTimer *t = g_ptr_array_index(s->timers, i);
            if (t->expire_ms >= 0 && t->expire_ms <= now_ms) {
                t->expire_ms = -1;
                t->cb(t->cb_opaque);
                fired = true;
                break;
            }
        }
    }
}

void net_slirp_poll(NetSlirp *s, int wait_ms)
{
    run_timers(s);
    uint32_t timeout = UINT32_MAX;
    g_array_set_size(s->pfds, 0);
    slirp_pollfds_fill(s->slirp, &timeout, add_poll, s);
    int rc = poll((struct pollfd *)(void *)s->pfds->data, s->pfds->len,
                  wait_ms > 0 ? wait_ms : 0);
    slirp_pollfds_poll(s->slirp, rc < 0, get_revents, s);
}

/* ---- QEMU's "slirp" migration section: libslirp's own state ---- */

static ssize_t state_write(const void *buf, size_t len, void *opaque)
{
    g_byte_array_append(opaque, buf, (guint)len);
    return (ssize_t)len;
}

typedef struct StateIn {
    const uint8_t *d;
    size_t len, pos;
} StateIn;

static ssize_t state_read(void *buf, size_t len, void *opaque)
{
    StateIn *in = opaque;
    size_t n = MIN(len, in->len - in->pos);
    memcpy(buf, in->d + in->pos, n);
    in->pos += n;
    return (ssize_t)n;
}

int net_user_state_version(void)
{
    return slirp_state_version();
}

void net_slirp_state_save(NetSlirp *s, GByteArray *out)
{
    slirp_state_save(s->slirp, state_write, out);
}

bool net_slirp_state_load(NetSlirp *s, int version, const uint8_t *d,
                          size_t len)
{
    StateIn in = { d, len, 0 };
    return slirp_state_load(s->slirp, version, state_read, &in) == 0 &&
           in.pos == len;
}
