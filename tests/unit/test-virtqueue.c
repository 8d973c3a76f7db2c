/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the split virtqueue (pci/virtqueue.c) against the
 * layout and rules of the virtio 1.x spec, section 2.6/2.7: a driver
 * written here from the spec fills rings in a plain 64 KiB "guest
 * memory" and the device side is checked for what it takes and
 * returns: chains of readable then writable descriptors, indirect
 * tables, the event index in both directions, the NO_INTERRUPT flag,
 * the wrap of the free-running 16-bit indices, and each malformed
 * chain the spec forbids refused (VQ_BROKEN) without side effects.
 */
#include <glib.h>
#include <string.h>

#include "pci/virtqueue.h"

#define MEM_SIZE 0x10000
#define QSZ 8
#define DESC 0x1000
#define AVAIL 0x2000
#define USED 0x3000
#define INDIR 0x4000
#define DATA 0x8000

typedef struct Guest {
    uint8_t mem[MEM_SIZE];
    uint16_t avail_idx;       /* the driver's shadow of avail->idx */
} Guest;

static bool g_read(void *o, uint64_t a, void *buf, uint64_t len)
{
    Guest *g = o;
    if (a > MEM_SIZE || len > MEM_SIZE - a) {
        return false;
    }
    memcpy(buf, g->mem + a, len);
    return true;
}

static bool g_write(void *o, uint64_t a, const void *buf, uint64_t len)
{
    Guest *g = o;
    if (a > MEM_SIZE || len > MEM_SIZE - a) {
        return false;
    }
    memcpy(g->mem + a, buf, len);
    return true;
}

static const VqMemOps guest_ops = { g_read, g_write };

static void st16(Guest *g, uint64_t a, uint16_t v)
{
    g->mem[a] = (uint8_t)v;
    g->mem[a + 1] = (uint8_t)(v >> 8);
}

static void st32(Guest *g, uint64_t a, uint32_t v)
{
    st16(g, a, (uint16_t)v);
    st16(g, a + 2, (uint16_t)(v >> 16));
}

static void st64(Guest *g, uint64_t a, uint64_t v)
{
    st32(g, a, (uint32_t)v);
    st32(g, a + 4, (uint32_t)(v >> 32));
}

static uint16_t ld16(Guest *g, uint64_t a)
{
    return (uint16_t)(g->mem[a] | g->mem[a + 1] << 8);
}

static uint32_t ld32(Guest *g, uint64_t a)
{
    return ld16(g, a) | (uint32_t)ld16(g, a + 2) << 16;
}

static void desc(Guest *g, uint64_t table, unsigned i, uint64_t addr,
                 uint32_t len, uint16_t flags, uint16_t next)
{
    uint64_t d = table + 16 * i;
    st64(g, d, addr);
    st32(g, d + 8, len);
    st16(g, d + 12, flags);
    st16(g, d + 14, next);
}

/* The driver offers head: ring slot avail_idx % QSZ, then idx++. */
static void offer(Guest *g, uint16_t head)
{
    st16(g, AVAIL + 4 + 2 * (g->avail_idx % QSZ), head);
    g->avail_idx++;
    st16(g, AVAIL + 2, g->avail_idx);
}

static void setup(Guest *g, VirtQueue *q)
{
    memset(g, 0, sizeof(*g));
    vq_init(q, QSZ, &guest_ops, g);
    q->desc = DESC;
    q->avail = AVAIL;
    q->used = USED;
    q->ready = true;
}

static VqElem *elem(void)
{
    return g_new0(VqElem, 1);
}

static void test_empty_and_chain(void)
{
    Guest *g = g_new(Guest, 1);
    VirtQueue q;
    VqElem *e = elem();
    const char *why;
    setup(g, &q);
    g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_EMPTY);
    /* header (readable) -> data (readable) -> status (writable) */
    memcpy(g->mem + DATA, "head", 4);
    memcpy(g->mem + DATA + 0x100, "payload!", 8);
    desc(g, DESC, 3, DATA, 4, VIRTQ_DESC_F_NEXT, 5);
    desc(g, DESC, 5, DATA + 0x100, 8, VIRTQ_DESC_F_NEXT, 1);
    desc(g, DESC, 1, DATA + 0x200, 16, VIRTQ_DESC_F_WRITE, 0);
    offer(g, 3);
    g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_GOT);
    g_assert_cmpuint(e->head, ==, 3);
    g_assert_cmpuint(e->n_out, ==, 2);
    g_assert_cmpuint(e->n_in, ==, 1);
    g_assert_cmpuint(e->out_len, ==, 12);
    g_assert_cmpuint(e->in_len, ==, 16);
    char buf[16] = { 0 };
    /* reads across the segment boundary */
    g_assert_cmpuint(vq_elem_read(&q, e, 2, buf, 6), ==, 6);
    g_assert_cmpmem(buf, 6, "adpayl", 6);
    g_assert_cmpuint(vq_elem_read(&q, e, 10, buf, 16), ==, 2);
    g_assert_cmpuint(vq_elem_write(&q, e, 4, "OK", 2), ==, 2);
    g_assert_cmpmem(g->mem + DATA + 0x204, 2, "OK", 2);
    g_assert_cmpuint(vq_elem_write(&q, e, 15, "xyz", 3), ==, 1);
    /* used ring: { id, len } in slot 0, used->idx 1 */
    g_assert_true(vq_push(&q, e, 6));
    g_assert_cmpuint(ld32(g, USED + 4), ==, 3);
    g_assert_cmpuint(ld32(g, USED + 8), ==, 6);
    g_assert_cmpuint(ld16(g, USED + 2), ==, 1);
    g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_EMPTY);
    g_free(e);
    g_free(g);
}

static void test_indirect(void)
{
    Guest *g = g_new(Guest, 1);
    VirtQueue q;
    VqElem *e = elem();
    const char *why;
    setup(g, &q);
    q.indirect = true;
    /* a one-entry table */
    desc(g, INDIR + 0x200, 0, DATA, 10, 0, 0);
    desc(g, DESC, 0, INDIR + 0x200, 16, VIRTQ_DESC_F_INDIRECT, 0);
    offer(g, 0);
    g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_GOT);
    g_assert_cmpuint(e->n_out + e->n_in, ==, 1);
    g_assert_cmpuint(e->out_len, ==, 10);
    /* a whole table: the walk starts at its entry 0 */
    desc(g, INDIR, 0, DATA, 10, VIRTQ_DESC_F_NEXT, 2);
    desc(g, INDIR, 2, DATA + 0x10, 20, VIRTQ_DESC_F_NEXT | VIRTQ_DESC_F_WRITE, 1);
    desc(g, INDIR, 1, DATA + 0x40, 30, VIRTQ_DESC_F_WRITE, 0);
    /* the write flag of the descriptor naming the table is ignored */
    desc(g, DESC, 4, INDIR, 48, VIRTQ_DESC_F_INDIRECT | VIRTQ_DESC_F_WRITE, 0);
    offer(g, 4);
    g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_GOT);
    g_assert_cmpuint(e->head, ==, 4);
    g_assert_cmpuint(e->n_out, ==, 1);
    g_assert_cmpuint(e->n_in, ==, 2);
    g_assert_cmpuint(e->in_len, ==, 50);
    g_assert_cmpuint(e->seg[2].addr, ==, DATA + 0x40);
    /* a direct readable descriptor chained to an indirect table */
    desc(g, DESC, 6, DATA + 0x80, 4, VIRTQ_DESC_F_NEXT, 7);
    desc(g, DESC, 7, INDIR, 48, VIRTQ_DESC_F_INDIRECT, 0);
    offer(g, 6);
    g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_GOT);
    g_assert_cmpuint(e->n_out, ==, 2);
    g_assert_cmpuint(e->n_in, ==, 2);
    g_free(e);
    g_free(g);
}

/* Each malformed chain is refused with a reason, and last_avail stays
 * (the element is not consumed). */
static void expect_broken(Guest *g, VirtQueue *q, uint16_t head,
                          const char *what)
{
    VqElem *e = elem();
    const char *why;
    uint16_t before = q->last_avail;
    offer(g, head);
    g_test_message("malformed: %s", what);
    g_assert_cmpint(vq_pop(q, e, &why), ==, VQ_BROKEN);
    g_assert_nonnull(why);
    g_assert_cmpuint(q->last_avail, ==, before);
    /* the driver takes it back (the test's own bookkeeping) */
    g->avail_idx--;
    st16(g, AVAIL + 2, g->avail_idx);
    g_free(e);
}

static void test_malformed(void)
{
    Guest *g = g_new(Guest, 1);
    VirtQueue q;
    setup(g, &q);
    /* head outside the table */
    expect_broken(g, &q, QSZ, "head >= queue size");
    /* next outside the table */
    desc(g, DESC, 0, DATA, 4, VIRTQ_DESC_F_NEXT, QSZ + 3);
    expect_broken(g, &q, 0, "next >= queue size");
    /* a loop 1 -> 2 -> 1 */
    desc(g, DESC, 1, DATA, 4, VIRTQ_DESC_F_NEXT, 2);
    desc(g, DESC, 2, DATA, 4, VIRTQ_DESC_F_NEXT, 1);
    expect_broken(g, &q, 1, "loop");
    /* writable before readable (2.6.4.2) */
    desc(g, DESC, 3, DATA, 4, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 4);
    desc(g, DESC, 4, DATA, 4, 0, 0);
    expect_broken(g, &q, 3, "readable after writable");
    /* indirect without the feature */
    desc(g, DESC, 5, INDIR, 16, VIRTQ_DESC_F_INDIRECT, 0);
    desc(g, INDIR, 0, DATA, 4, 0, 0);
    expect_broken(g, &q, 5, "indirect not negotiated");
    q.indirect = true;
    /* INDIRECT together with NEXT (2.6.5.3.1) */
    desc(g, DESC, 5, INDIR, 16, VIRTQ_DESC_F_INDIRECT | VIRTQ_DESC_F_NEXT, 6);
    desc(g, DESC, 6, DATA, 4, 0, 0);
    expect_broken(g, &q, 5, "indirect with next");
    /* a table whose length is not a multiple of 16, and an empty one */
    desc(g, DESC, 5, INDIR, 24, VIRTQ_DESC_F_INDIRECT, 0);
    expect_broken(g, &q, 5, "indirect length 24");
    desc(g, DESC, 5, INDIR, 0, VIRTQ_DESC_F_INDIRECT, 0);
    expect_broken(g, &q, 5, "indirect length 0");
    /* an indirect descriptor inside an indirect table (2.6.5.3.1) */
    desc(g, DESC, 5, INDIR, 32, VIRTQ_DESC_F_INDIRECT, 0);
    desc(g, INDIR, 0, DATA, 4, VIRTQ_DESC_F_NEXT, 1);
    desc(g, INDIR, 1, INDIR + 0x100, 16, VIRTQ_DESC_F_INDIRECT, 0);
    expect_broken(g, &q, 5, "nested indirect");
    /* a loop inside the table */
    desc(g, INDIR, 1, DATA, 4, VIRTQ_DESC_F_NEXT, 0);
    expect_broken(g, &q, 5, "loop in indirect table");
    /* next beyond the indirect table */
    desc(g, INDIR, 1, DATA, 4, VIRTQ_DESC_F_NEXT, 2);
    expect_broken(g, &q, 5, "next beyond indirect table");
    /* a table outside memory */
    desc(g, DESC, 5, MEM_SIZE + 0x100, 32, VIRTQ_DESC_F_INDIRECT, 0);
    expect_broken(g, &q, 5, "indirect table not readable");
    /* the available index running more than num ahead */
    VqElem *e = elem();
    const char *why;
    st16(g, AVAIL + 2, (uint16_t)(q.last_avail + QSZ + 1));
    g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_BROKEN);
    g_assert_nonnull(strstr(why, "available index"));
    /* a good chain still works afterwards */
    st16(g, AVAIL + 2, g->avail_idx);
    desc(g, DESC, 7, DATA, 4, 0, 0);
    offer(g, 7);
    g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_GOT);
    g_assert_cmpuint(e->head, ==, 7);
    g_free(e);
    g_free(g);
}

/* The 16-bit indices wrap: start both sides near 65535 and run the
 * ring across the wrap. */
static void test_wrap(void)
{
    Guest *g = g_new(Guest, 1);
    VirtQueue q;
    VqElem *e = elem();
    const char *why;
    setup(g, &q);
    g->avail_idx = 65533;
    q.last_avail = 65533;
    q.used_idx = 65533;
    st16(g, AVAIL + 2, g->avail_idx);
    for (unsigned n = 0; n < 2 * QSZ; n++) {
        uint16_t head = (uint16_t)(n % QSZ);
        desc(g, DESC, head, DATA + 16 * n, 16, VIRTQ_DESC_F_WRITE, 0);
        uint16_t slot = g->avail_idx % QSZ;
        offer(g, head);
        g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_GOT);
        g_assert_cmpuint(e->head, ==, head);
        uint16_t uslot = q.used_idx % QSZ;
        g_assert_true(vq_push(&q, e, n));
        g_assert_cmpuint(slot, ==, uslot);
        g_assert_cmpuint(ld32(g, USED + 4 + 8 * uslot), ==, head);
        g_assert_cmpuint(ld32(g, USED + 8 + 8 * uslot), ==, n);
    }
    g_assert_cmpuint(ld16(g, USED + 2), ==, (uint16_t)(65533 + 2 * QSZ));
    g_assert_cmpuint(q.last_avail, ==, (uint16_t)(65533 + 2 * QSZ));
    /* several offered at once across the wrap, taken in order */
    g->avail_idx = q.last_avail = 65534;
    st16(g, AVAIL + 2, g->avail_idx);
    for (uint16_t h = 0; h < 4; h++) {
        desc(g, DESC, h, DATA, 1, 0, 0);
        offer(g, h);
    }
    for (uint16_t h = 0; h < 4; h++) {
        g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_GOT);
        g_assert_cmpuint(e->head, ==, h);
    }
    g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_EMPTY);
    g_free(e);
    g_free(g);
}

/* Interrupt suppression: VIRTQ_AVAIL_F_NO_INTERRUPT without the event
 * index; used_event (after the available ring) with it, as
 * vring_need_event defines; avail_event published after each pop. */
static void test_notify(void)
{
    Guest *g = g_new(Guest, 1);
    VirtQueue q;
    VqElem *e = elem();
    const char *why;
    setup(g, &q);
    for (uint16_t h = 0; h < QSZ; h++) {
        desc(g, DESC, h, DATA, 1, VIRTQ_DESC_F_WRITE, 0);
    }
    offer(g, 0);
    g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_GOT);
    vq_push(&q, e, 1);
    g_assert_true(vq_should_notify(&q));
    st16(g, AVAIL, VIRTQ_AVAIL_F_NO_INTERRUPT);
    g_assert_false(vq_should_notify(&q));
    /* without the event index, avail_event is not written */
    g_assert_cmpuint(ld16(g, USED + 4 + 8 * QSZ), ==, 0);

    setup(g, &q);
    q.event_idx = true;
    for (uint16_t h = 0; h < QSZ; h++) {
        desc(g, DESC, h, DATA, 1, VIRTQ_DESC_F_WRITE, 0);
    }
    /* the flag means nothing with the event index */
    st16(g, AVAIL, VIRTQ_AVAIL_F_NO_INTERRUPT);
    /* used_event = 2: interrupt when used->idx goes past 2, i.e. when
     * the third buffer is returned */
    st16(g, AVAIL + 4 + 2 * QSZ, 2);
    bool notified[5];
    for (int n = 0; n < 5; n++) {
        offer(g, (uint16_t)n);
        g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_GOT);
        g_assert_cmpuint(ld16(g, USED + 4 + 8 * QSZ), ==, n + 1);
        vq_push(&q, e, 1);
        notified[n] = vq_should_notify(&q);
    }
    /* the first check always notifies (nothing signalled yet) */
    g_assert_true(notified[0]);
    g_assert_false(notified[1]);
    g_assert_true(notified[2]);
    g_assert_false(notified[3]);
    g_assert_false(notified[4]);
    /* two pushes between checks that jump over used_event = 6 */
    st16(g, AVAIL + 4 + 2 * QSZ, 6);
    for (int n = 5; n < 7; n++) {
        offer(g, (uint16_t)n);
        g_assert_cmpint(vq_pop(&q, e, &why), ==, VQ_GOT);
        vq_push(&q, e, 1);
    }
    g_assert_true(vq_should_notify(&q));
    g_assert_false(vq_should_notify(&q));
    /* reset clears the indices and the signalled state */
    vq_reset(&q);
    g_assert_cmpuint(q.last_avail, ==, 0);
    g_assert_cmpuint(q.used_idx, ==, 0);
    g_assert_cmpuint(q.vector, ==, 0xffff);
    g_assert_cmpuint(q.num, ==, QSZ);
    g_assert_false(q.ready);
    g_free(e);
    g_free(g);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/virtqueue/chain", test_empty_and_chain);
    g_test_add_func("/virtqueue/indirect", test_indirect);
    g_test_add_func("/virtqueue/malformed", test_malformed);
    g_test_add_func("/virtqueue/wrap", test_wrap);
    g_test_add_func("/virtqueue/notify", test_notify);
    return g_test_run();
}
