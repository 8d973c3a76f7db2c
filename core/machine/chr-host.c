/* SPDX-License-Identifier: MIT */
/*
 * Host character streams behind guest devices and the machine's round
 * polls (see chr-host.h): the journal record of a poll is one byte
 * (bit 0: the host side is connected) followed by the input bytes, and
 * is written only when something happened (input, or a change of the
 * connection), so a quiet stream costs the journal nothing.
 */
#include <string.h>

#include "chr-host.h"
#include "platform.h"

typedef struct RoundPoll {
    void (*fn)(void *opaque);
    void *opaque;
} RoundPoll;

void chr_host_attach(ChrHost *h, const ChrHostOps *ops, void *self)
{
    if (h->ops && h->ops->free) {
        h->ops->free(h->self);   /* a stream attached before */
    }
    h->ops = ops;
    h->self = self;
}

void chr_host_clear(ChrHost *h)
{
    if (h->ops && h->ops->free) {
        h->ops->free(h->self);
    }
    h->ops = NULL;
    h->self = NULL;
    g_clear_pointer(&h->id, g_free);
}

/* The index of this chr poll among those at the current icount. */
static uint32_t next_index(Machine *m)
{
    uint64_t now = machine_icount(m);
    if (now != m->chr_poll_icount) {
        m->chr_poll_icount = now;
        m->chr_poll_index = 0;
    }
    return m->chr_poll_index++;
}

size_t chr_host_poll(Machine *m, ChrHost *h, bool was, bool *connected,
                     bool want, uint8_t *buf, size_t max)
{
    const InputJournal *j = &m->journal;
    uint32_t index = next_index(m);
    *connected = was;
    if (j->ops && j->ops->no_host_input(j->self)) {
        char *id;
        uint8_t *d;
        size_t len, n = 0;
        if (j->ops->chr_replay &&
            j->ops->chr_replay(j->self, index, &id, &d, &len)) {
            if (len >= 1 && h->id && !strcmp(id, h->id)) {
                *connected = d[0] & 1;
                n = MIN(len - 1, max);
                memcpy(buf, d + 1, n);
            }
            g_free(id);
            g_free(d);
        }
        return n;
    }
    if (!h->ops) {
        return 0;
    }
    *connected = h->ops->connected(h->self);
    size_t n = want && max ? h->ops->read(h->self, buf, max) : 0;
    if (!h->ops->connected(h->self)) {
        *connected = false;   /* the read saw the client leave */
    }
    if ((n || *connected != was) && j->ops && j->ops->chr_input) {
        g_autofree uint8_t *d = g_malloc(n + 1);
        d[0] = *connected;
        memcpy(d + 1, buf, n);
        j->ops->chr_input(j->self, index, h->id ? h->id : "", d, n + 1);
    }
    return n;
}

void chr_host_write(ChrHost *h, const uint8_t *buf, size_t n)
{
    if (h->ops && n) {
        h->ops->write(h->self, buf, n);
    }
}

void machine_add_round_poll(Machine *m, void (*fn)(void *opaque),
                            void *opaque)
{
    if (!m->round_polls) {
        m->round_polls = g_array_new(FALSE, FALSE, sizeof(RoundPoll));
    }
    RoundPoll p = { fn, opaque };
    g_array_append_val(m->round_polls, p);
}

void machine_remove_round_poll(Machine *m, void *opaque)
{
    for (guint i = 0; m->round_polls && i < m->round_polls->len; i++) {
        if (g_array_index(m->round_polls, RoundPoll, i).opaque == opaque) {
            g_array_remove_index(m->round_polls, i--);
        }
    }
}

void machine_round_polls(Machine *m)
{
    for (guint i = 0; m->round_polls && i < m->round_polls->len; i++) {
        RoundPoll *p = &g_array_index(m->round_polls, RoundPoll, i);
        p->fn(p->opaque);
    }
}
