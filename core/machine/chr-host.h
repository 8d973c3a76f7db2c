/* SPDX-License-Identifier: MIT */
/*
 * Host character streams behind guest devices (virtio-serial ports):
 * the front end, which opens -chardev backends, attaches a stream
 * (ChrHostOps) to a device's ChrHost; the device never reads the host
 * directly but polls through chr_host_poll at the end of an SMP round
 * (a machine "round poll", a point fixed by instruction counts alone),
 * where what came in and whether the host side is connected enter the
 * machine's input journal (kind "chr": the poll's index among the chr
 * polls at that icount, the chardev id, a connected byte, the bytes).
 * A replay takes them from the journal at the same polls and never
 * reads the host.
 */
#ifndef FARAD_CORE_CHR_HOST_H
#define FARAD_CORE_CHR_HOST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "machine.h"

/* What the front end gives a device for its chardev. */
typedef struct ChrHostOps {
    /* Up to max bytes of input there now (never blocks; 0: none). */
    size_t (*read)(void *self, uint8_t *buf, size_t max);
    /* Output; dropped when nobody listens (never blocks for long). */
    void (*write)(void *self, const uint8_t *buf, size_t n);
    /* Whether a host side is there (a socket's client; files: yes). */
    bool (*connected)(void *self);
    /* The machine is freed. Optional. */
    void (*free)(void *self);
} ChrHostOps;

typedef struct ChrHost {
    char *id;                 /* the chardev id (journal key), or NULL */
    const ChrHostOps *ops;    /* NULL: not attached (no host side) */
    void *self;
} ChrHost;

/* Attach a stream (the front end, before the machine runs), releasing
 * one attached before. */
void chr_host_attach(ChrHost *h, const ChrHostOps *ops, void *self);
/* Release the stream (ops->free) and the id. */
void chr_host_clear(ChrHost *h);

/*
 * One poll of h (from a round poll): *connected gets whether the host
 * side is there now (was: the device's idea so far); when want, up to
 * max bytes of input go into buf. Recorded in / replayed from m's input
 * journal. Returns the bytes taken (0 when !want).
 */
size_t chr_host_poll(Machine *m, ChrHost *h, bool was, bool *connected,
                     bool want, uint8_t *buf, size_t max);

/* Output from the guest (dropped when h has no stream). */
void chr_host_write(ChrHost *h, const uint8_t *buf, size_t n);

/* Round polls: fn(opaque) runs at the end of every SMP round (smp.c),
 * after the vty and network polls, in the order added. */
void machine_add_round_poll(Machine *m, void (*fn)(void *opaque),
                            void *opaque);
void machine_remove_round_poll(Machine *m, void *opaque);
/* smp.c: run them. */
void machine_round_polls(Machine *m);

#endif
