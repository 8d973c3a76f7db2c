/* SPDX-License-Identifier: MIT */
/*
 * Split virtqueues, the device side (virtio 1.x section 2.6/2.7): the
 * descriptor table, the available ring the driver fills and the used
 * ring the device returns buffers on, all little-endian in the
 * driver's memory (big-endian for a legacy device whose driver runs
 * big-endian: big_endian), reached through a small memory interface (so the
 * transport decides how: guest physical or through the PHB's TCEs, and
 * unit tests give a plain buffer). Descriptor chains, indirect tables
 * (VIRTIO_RING_F_INDIRECT_DESC), the event index
 * (VIRTIO_RING_F_EVENT_IDX) and the wrap of the 16-bit ring indices.
 */
#ifndef FARAD_PCI_VIRTQUEUE_H
#define FARAD_PCI_VIRTQUEUE_H

#include <stdbool.h>
#include <stdint.h>

/* Descriptor flags (virtq_desc.flags) and ring flags. */
enum {
    VIRTQ_DESC_F_NEXT = 1,
    VIRTQ_DESC_F_WRITE = 2,
    VIRTQ_DESC_F_INDIRECT = 4,
    VIRTQ_AVAIL_F_NO_INTERRUPT = 1,
    VIRTQ_USED_F_NO_NOTIFY = 1,
};

/* The most segments one element may have, and the largest queue: the
 * bound QEMU uses too (VIRTQUEUE_MAX_SIZE). */
#define VIRTQ_MAX_SIZE 1024

/* How the queue reaches the driver's memory. Both return false when
 * some byte of [addr, addr+len) is not accessible. */
typedef struct VqMemOps {
    bool (*read)(void *opaque, uint64_t addr, void *buf, uint64_t len);
    bool (*write)(void *opaque, uint64_t addr, const void *buf,
                  uint64_t len);
} VqMemOps;

typedef struct VirtQueue {
    uint16_t num;             /* queue size (driver may lower it) */
    uint16_t num_max;         /* the device's maximum, 0: no queue */
    bool ready;               /* queue_enable was written 1 */
    uint16_t vector;          /* MSI-X vector, 0xffff: none */
    uint64_t desc, avail, used;   /* ring addresses */
    uint16_t last_avail;      /* next available entry the device takes */
    uint16_t used_idx;        /* the device's used->idx */
    uint16_t signalled_used;  /* used_idx when we last decided to notify */
    bool signalled_valid;     /* signalled_used means something */
    bool event_idx;           /* VIRTIO_RING_F_EVENT_IDX negotiated */
    bool indirect;            /* VIRTIO_RING_F_INDIRECT_DESC negotiated */
    bool big_endian;          /* ring fields big-endian (a legacy device
                                 of a big-endian driver; the transport
                                 sets it) */
    const VqMemOps *mem;
    void *mem_opaque;
} VirtQueue;

/* One buffer segment: guest address and length. */
typedef struct VqSeg {
    uint64_t addr;
    uint32_t len;
} VqSeg;

/* One descriptor chain taken from the available ring: its device-
 * readable (out) segments first, then its device-writable (in) ones. */
typedef struct VqElem {
    uint16_t head;            /* the id to return on the used ring */
    unsigned n_out, n_in;
    uint64_t out_len, in_len; /* total bytes of each kind */
    VqSeg seg[VIRTQ_MAX_SIZE];    /* out segments, then in segments */
} VqElem;

/* Set the queue up for a device whose maximum size is num_max (the
 * driver sees it as queue_size until it writes a smaller one), with
 * the memory interface. Clears everything else (device reset). */
void vq_init(VirtQueue *q, uint16_t num_max, const VqMemOps *mem,
             void *mem_opaque);
/* Device reset: size back to the maximum, not ready, no vector, rings
 * and indices cleared. */
void vq_reset(VirtQueue *q);

/* Results of vq_pop. */
enum { VQ_EMPTY = 0, VQ_GOT = 1, VQ_BROKEN = -1 };

/*
 * Take the next available descriptor chain into e. Returns VQ_GOT,
 * VQ_EMPTY when the driver has offered nothing new, or VQ_BROKEN with
 * *why set to a one-line reason when the ring or the chain breaks the
 * spec (available index more than the queue size ahead, a head or next
 * index outside the table, a loop, a writable descriptor before a
 * readable one, an indirect table that is empty, not a multiple of 16
 * bytes, nested, combined with NEXT or not negotiated, unreadable
 * memory, more than VIRTQ_MAX_SIZE segments); the transport then marks
 * the device DEVICE_NEEDS_RESET as section 2.1.2 says. With the event
 * index, also publishes avail_event = the new last_avail.
 */
int vq_pop(VirtQueue *q, VqElem *e, const char **why);

/* Whether the driver has offered a chain the device has not taken
 * (false too when the ring is unreadable or the queue not ready). */
bool vq_has_avail(VirtQueue *q);

/* Return e on the used ring with len bytes written into its in
 * segments, and publish the new used->idx. False: the ring is not
 * writable (the transport marks the device broken). */
bool vq_push(VirtQueue *q, const VqElem *e, uint32_t len);

/* Whether the driver wants an interrupt for what was pushed since the
 * last call (its used_event with the event index, else its
 * NO_INTERRUPT flag). Records the current used_idx as signalled. */
bool vq_should_notify(VirtQueue *q);

/* Copy up to len bytes from e's out segments, starting at byte off of
 * their concatenation, into buf. Returns the bytes copied (short at
 * the end of the segments or on unreadable memory). */
uint64_t vq_elem_read(VirtQueue *q, const VqElem *e, uint64_t off,
                      void *buf, uint64_t len);
/* Copy up to len bytes of buf into e's in segments at byte off of
 * their concatenation. Returns the bytes copied. */
uint64_t vq_elem_write(VirtQueue *q, const VqElem *e, uint64_t off,
                       const void *buf, uint64_t len);

#endif
