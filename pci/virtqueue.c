/* SPDX-License-Identifier: MIT */
/*
 * Split virtqueues (see virtqueue.h). Ring layout, virtio 1.x 2.6:
 *   desc[i]  = { le64 addr; le32 len; le16 flags; le16 next; }   16 bytes
 *   avail    = { le16 flags; le16 idx; le16 ring[num]; le16 used_event; }
 *   used     = { le16 flags; le16 idx; { le32 id; le32 len; } ring[num];
 *                le16 avail_event; }
 * Indices are free-running 16-bit counters; the slot is idx % num.
 * A legacy device of a big-endian driver has every field big-endian
 * instead (VirtQueue.big_endian, virtio 1.x 2.7 / 7.2 "legacy
 * interface": the guest's native byte order).
 */
#include <string.h>

#include "virtqueue.h"

/* Load / store n bytes in the ring's byte order. */
static uint64_t ring_ld(const VirtQueue *q, const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) {
        unsigned byte = q->big_endian ? n - 1 - i : i;
        v |= (uint64_t)p[byte] << (8 * i);
    }
    return v;
}

static void ring_st(const VirtQueue *q, uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        unsigned byte = q->big_endian ? n - 1 - i : i;
        p[byte] = (uint8_t)(v >> (8 * i));
    }
}

static bool rd16(VirtQueue *q, uint64_t addr, uint16_t *v)
{
    uint8_t b[2];
    if (!q->mem->read(q->mem_opaque, addr, b, 2)) {
        return false;
    }
    *v = (uint16_t)ring_ld(q, b, 2);
    return true;
}

static bool wr16(VirtQueue *q, uint64_t addr, uint16_t v)
{
    uint8_t b[2];
    ring_st(q, b, v, 2);
    return q->mem->write(q->mem_opaque, addr, b, 2);
}

void vq_init(VirtQueue *q, uint16_t num_max, const VqMemOps *mem,
             void *mem_opaque)
{
    memset(q, 0, sizeof(*q));
    q->num_max = num_max;
    q->mem = mem;
    q->mem_opaque = mem_opaque;
    vq_reset(q);
}

void vq_reset(VirtQueue *q)
{
    q->num = q->num_max;
    q->ready = false;
    q->vector = 0xffff;
    q->desc = q->avail = q->used = 0;
    q->last_avail = q->used_idx = q->signalled_used = 0;
    q->signalled_valid = false;
    q->event_idx = q->indirect = false;
    q->big_endian = false;
}

typedef struct Desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags, next;
} Desc;

static bool read_desc(VirtQueue *q, uint64_t table, uint32_t i, Desc *d)
{
    uint8_t b[16];
    if (!q->mem->read(q->mem_opaque, table + 16ULL * i, b, 16)) {
        return false;
    }
    d->addr = ring_ld(q, b, 8);
    d->len = (uint32_t)ring_ld(q, b + 8, 4);
    d->flags = (uint16_t)ring_ld(q, b + 12, 2);
    d->next = (uint16_t)ring_ld(q, b + 14, 2);
    return true;
}

/* Walk the chain starting at head into e; NULL or the reason it is
 * malformed. */
static const char *walk_chain(VirtQueue *q, uint16_t head, VqElem *e)
{
    uint64_t table = q->desc;
    uint32_t table_len = q->num;    /* entries of the current table */
    uint32_t seen = 0;              /* descriptors walked in this table */
    bool in_indirect = false;
    uint32_t i = head;
    e->head = head;
    e->n_out = e->n_in = 0;
    e->out_len = e->in_len = 0;
    for (;;) {
        Desc d;
        if (++seen > table_len) {
            return "descriptor chain loops (longer than its table)";
        }
        if (!read_desc(q, table, i, &d)) {
            return "descriptor table not readable";
        }
        if (d.flags & VIRTQ_DESC_F_INDIRECT) {
            if (!q->indirect) {
                return "indirect descriptor without VIRTIO_RING_F_INDIRECT_DESC";
            }
            if (in_indirect) {
                return "indirect descriptor inside an indirect table";
            }
            if (d.flags & VIRTQ_DESC_F_NEXT) {
                return "indirect descriptor with VIRTQ_DESC_F_NEXT";
            }
            if (d.len == 0 || d.len % 16) {
                return "indirect table length not a non-zero multiple of 16";
            }
            if (d.len / 16 > VIRTQ_MAX_SIZE) {
                return "indirect table longer than 1024 descriptors";
            }
            table = d.addr;
            table_len = d.len / 16;
            seen = 0;
            in_indirect = true;
            i = 0;
            continue;
        }
        if (e->n_out + e->n_in >= VIRTQ_MAX_SIZE) {
            return "descriptor chain has more than 1024 segments";
        }
        if (d.flags & VIRTQ_DESC_F_WRITE) {
            e->seg[e->n_out + e->n_in] = (VqSeg){ d.addr, d.len };
            e->n_in++;
            e->in_len += d.len;
        } else {
            if (e->n_in) {
                return "device-readable descriptor after a writable one";
            }
            e->seg[e->n_out] = (VqSeg){ d.addr, d.len };
            e->n_out++;
            e->out_len += d.len;
        }
        if (!(d.flags & VIRTQ_DESC_F_NEXT)) {
            return NULL;
        }
        i = d.next;
        if (i >= table_len) {
            return "next descriptor index outside the table";
        }
    }
}

int vq_pop(VirtQueue *q, VqElem *e, const char **why)
{
    uint16_t avail_idx, head;
    *why = NULL;
    if (!q->ready || !q->num) {
        return VQ_EMPTY;
    }
    if (!rd16(q, q->avail + 2, &avail_idx)) {
        *why = "available ring not readable";
        return VQ_BROKEN;
    }
    uint16_t pending = (uint16_t)(avail_idx - q->last_avail);
    if (pending == 0) {
        return VQ_EMPTY;
    }
    if (pending > q->num) {
        *why = "available index moved more than the queue size";
        return VQ_BROKEN;
    }
    if (!rd16(q, q->avail + 4 + 2ULL * (q->last_avail % q->num), &head)) {
        *why = "available ring not readable";
        return VQ_BROKEN;
    }
    if (head >= q->num) {
        *why = "head descriptor index outside the table";
        return VQ_BROKEN;
    }
    *why = walk_chain(q, head, e);
    if (*why) {
        return VQ_BROKEN;
    }
    q->last_avail++;
    if (q->event_idx &&
        !wr16(q, q->used + 4 + 8ULL * q->num, q->last_avail)) {
        *why = "used ring not writable";
        return VQ_BROKEN;
    }
    return VQ_GOT;
}

bool vq_has_avail(VirtQueue *q)
{
    uint16_t avail_idx;
    return q->ready && q->num && rd16(q, q->avail + 2, &avail_idx) &&
           avail_idx != q->last_avail;
}

bool vq_push(VirtQueue *q, const VqElem *e, uint32_t len)
{
    uint8_t b[8];
    ring_st(q, b, e->head, 4);
    ring_st(q, b + 4, len, 4);
    uint64_t slot = q->used + 4 + 8ULL * (q->used_idx % q->num);
    if (!q->mem->write(q->mem_opaque, slot, b, 8)) {
        return false;
    }
    q->used_idx++;
    return wr16(q, q->used + 2, q->used_idx);
}

bool vq_should_notify(VirtQueue *q)
{
    if (!q->event_idx) {
        uint16_t flags;
        if (!rd16(q, q->avail, &flags)) {
            return true;
        }
        return !(flags & VIRTQ_AVAIL_F_NO_INTERRUPT);
    }
    uint16_t event;
    bool valid = q->signalled_valid;
    uint16_t old = q->signalled_used, new = q->used_idx;
    q->signalled_valid = true;
    q->signalled_used = new;
    if (!rd16(q, q->avail + 4 + 2ULL * q->num, &event)) {
        return true;
    }
    /* vring_need_event: the driver asked for an interrupt once the used
     * index passes event, and it did so between old and new */
    return !valid || (uint16_t)(new - event - 1) < (uint16_t)(new - old);
}

/* Copy between buf and the segments [first, first+n) of e. */
static uint64_t elem_copy(VirtQueue *q, const VqSeg *seg, unsigned n,
                          uint64_t off, uint8_t *buf, uint64_t len,
                          bool to_guest)
{
    uint64_t done = 0;
    for (unsigned s = 0; s < n && done < len; s++) {
        if (off >= seg[s].len) {
            off -= seg[s].len;
            continue;
        }
        uint64_t chunk = seg[s].len - off;
        if (chunk > len - done) {
            chunk = len - done;
        }
        bool ok = to_guest
            ? q->mem->write(q->mem_opaque, seg[s].addr + off, buf + done, chunk)
            : q->mem->read(q->mem_opaque, seg[s].addr + off, buf + done, chunk);
        if (!ok) {
            break;
        }
        done += chunk;
        off = 0;
    }
    return done;
}

uint64_t vq_elem_read(VirtQueue *q, const VqElem *e, uint64_t off,
                      void *buf, uint64_t len)
{
    return elem_copy(q, e->seg, e->n_out, off, buf, len, false);
}

uint64_t vq_elem_write(VirtQueue *q, const VqElem *e, uint64_t off,
                       const void *buf, uint64_t len)
{
    return elem_copy(q, e->seg + e->n_out, e->n_in, off, (uint8_t *)buf,
                     len, true);
}
