/* SPDX-License-Identifier: MIT */
/*
 * libslirp's state of each user netdev as farad keeps it (net.h): the
 * copy taken at the net polls (and journalled in a recording, so a
 * replay, where libslirp does not run, has the same copy), its
 * snapshot section "slirp", the restart a snapshot load gives each
 * netdev, and the bytes of QEMU's "slirp" migration section.
 */
#include <stdio.h>
#include <string.h>

#include "net-int.h"
#include "core/machine/platform.h"
#include "core/machine/run-hooks.h"

/* libslirp's state version 4 without a guestfwd socket: the sockets'
 * end marker (0), ip_id, then per lease the u16 allocated and the MAC,
 * all big-endian (its vmstate_slirp). */
#define STATE_BYTES (1 + 2 + NET_USER_LEASES * 8)

NetUserState *net_user_state(NetDev *nd)
{
    return &nd->state;
}

void net_user_state_encode(const NetUserState *st, GByteArray *out)
{
    uint8_t b[STATE_BYTES] = { 0 };
    b[1] = (uint8_t)(st->ip_id >> 8);
    b[2] = (uint8_t)st->ip_id;
    for (int i = 0; i < NET_USER_LEASES; i++) {
        uint8_t *c = b + 3 + 8 * i;
        c[1] = st->leases[i].allocated;
        memcpy(c + 2, st->leases[i].mac, 6);
    }
    g_byte_array_append(out, b, sizeof(b));
}

bool net_user_state_decode(const uint8_t *d, size_t len, NetUserState *st)
{
    if (len != STATE_BYTES || d[0]) {
        return false;
    }
    memset(st, 0, sizeof(*st));
    st->ip_id = (uint16_t)(d[1] << 8 | d[2]);
    for (int i = 0; i < NET_USER_LEASES; i++) {
        const uint8_t *c = d + 3 + 8 * i;
        st->leases[i].allocated = c[0] || c[1];
        memcpy(st->leases[i].mac, c + 2, 6);
    }
    return true;
}

void net_user_state_poll(NetDev *nd, uint32_t index)
{
    if (!nd->slirp || !nd->state_dirty) {
        return;
    }
    nd->state_dirty = false;
    GByteArray *b = g_byte_array_new();
    net_slirp_state_save(nd->slirp, b);
    NetUserState now;
    if (net_user_state_decode(b->data, b->len, &now) &&
        memcmp(&now, &nd->state, sizeof(now))) {
        nd->state = now;
        const InputJournal *j = &nd->m->journal;
        if (j->ops && j->ops->net_state) {
            j->ops->net_state(j->self, index, nd->id, b->data, b->len);
        }
    }
    g_byte_array_unref(b);
}

void net_user_state_save(NetDev *nd, GByteArray *out)
{
    if (nd->slirp) {
        net_slirp_state_save(nd->slirp, out);
    } else {
        net_user_state_encode(&nd->state, out);
    }
}

bool net_user_state_load(NetDev *nd, int version, const uint8_t *d,
                         size_t len)
{
    NetUserState st;
    if (!nd->slirp) {
        if (version != 4 || !net_user_state_decode(d, len, &st)) {
            return false;
        }
        nd->state = st;
        return true;
    }
    if (!net_slirp_state_load(nd->slirp, version, d, len)) {
        return false;
    }
    /* the copy follows at once: the next snapshot has the loaded state
     * even before a poll */
    GByteArray *b = g_byte_array_new();
    net_slirp_state_save(nd->slirp, b);
    if (net_user_state_decode(b->data, b->len, &st)) {
        nd->state = st;
    }
    g_byte_array_unref(b);
    return true;
}

/* ---- snapshots ---- */

static const SnapField lease_fields[] = {
    SNAP_BOOL("allocated", NetUserLease, allocated, 1),
    SNAP_BYTES("mac", NetUserLease, mac, 6, 1),
    SNAP_END
};

static const SnapSection lease_desc = {
    .name = "slirp-lease", .version = 1, .min_version = 1,
    .fields = lease_fields,
};

static const SnapField state_fields[] = {
    SNAP_U16("ip_id", NetUserState, ip_id, 1),
    SNAP_STRUCT_ARRAY("leases", NetUserState, leases, NET_USER_LEASES,
                      NetUserLease, &lease_desc, 1),
    SNAP_END
};

const SnapSection net_user_snap = {
    .name = "slirp", .version = 1, .min_version = 1, .fields = state_fields,
};

void net_user_load_begin(Machine *m)
{
    for (NetDev *nd = net_user_nth(m, 0); nd; nd = nd->next) {
        memset(&nd->state, 0, sizeof(nd->state));
    }
}

static void drop_frames(GQueue *q)
{
    GBytes *b;
    while ((b = g_queue_pop_head(q))) {
        g_bytes_unref(b);
    }
}

void net_user_load_end(Machine *m)
{
    if (!m->net) {
        return;
    }
    /* a seek in a replay, or in a rewound recording (gdb's reverse
     * execution), goes on from the journal: a live libslirp then stays
     * as it is, its state and connections those of the point where the
     * recording stopped, which the journal leads back to */
    bool replaying = net_replaying(m);
    for (NetDev *nd = net_user_nth(m, 0); nd; nd = nd->next) {
        drop_frames(&nd->rxq);
        if (replaying) {
            continue;
        }
        drop_frames(&nd->incoming);
        nd->state_dirty = false;
        if (nd->slirp) {
            net_slirp_free(nd->slirp);   /* its host sockets close */
            nd->slirp = NULL;
        }
        NetUserOpts o;
        GError *err = NULL;
        if (net_user_parse(nd->arg, &o, &err)) {
            nd->slirp = net_slirp_new(nd, &o, &err);
            net_user_opts_clear(&o);
        }
        if (!nd->slirp) {
            fprintf(stderr, "farad: netdev %s after loadvm: %s\n", nd->id,
                    err->message);
            g_error_free(err);
            continue;
        }
        GByteArray *b = g_byte_array_new();
        net_user_state_encode(&nd->state, b);
        /* the layout of libslirp's state version 4, which it takes */
        if (!net_slirp_state_load(nd->slirp, 4, b->data, b->len)) {
            fprintf(stderr, "farad: netdev %s after loadvm: libslirp "
                    "(state version %d) refused its state; it starts "
                    "fresh\n", nd->id, net_user_state_version());
        }
        g_byte_array_unref(b);
    }
}
