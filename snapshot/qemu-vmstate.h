/* SPDX-License-Identifier: MIT */
/*
 * Reading QEMU migration streams the way QEMU 7.2 does (qemu-vmstate.c):
 * a cursor over the stream whose reads past the end give zeros and
 * leave an EIO to be noticed later, QEMU's error lines collected in
 * order, and the described-section loader.
 */
#ifndef FARAD_SNAPSHOT_QEMU_VMSTATE_H
#define FARAD_SNAPSHOT_QEMU_VMSTATE_H

#include <glib.h>
#include <stdarg.h>
#include <stdint.h>

#include "base/snapdesc.h"

typedef struct QIn {
    const uint8_t *d;
    size_t len, pos;
    int err;              /* 0, or the first -errno (EIO at the end) */
    GString *msg;         /* QEMU's lines, each ending in '\n' */
    /* Optional: told of each subsection loaded (to know which came). */
    void (*seen_sub)(void *opaque, const SnapSection *sub);
    void *seen_opaque;
} QIn;

/* Append one line (printf format) to in->msg. */
void qin_report(QIn *in, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
/* A big-endian value of w bytes (0 past the end, with err = -EIO). */
uint64_t qin_get(QIn *in, unsigned w);
/* n bytes, or NULL past the end (err = -EIO). */
const uint8_t *qin_buf(QIn *in, size_t n);
/* The byte at pos + at without consuming it, -1 past the end. */
int qin_peek(const QIn *in, size_t at);

/*
 * Load section sec of stream version `version` into base, whose EQUAL
 * fields hold the local values beforehand: QEMU's vmstate_load_state.
 * Returns 0 or a negative errno (EINVAL for a version out of range or
 * an EQUAL mismatch, ENOENT for an unknown subsection, EIO for a short
 * stream) with QEMU's lines in in->msg. STRUCT_VARRAY and ALLOC buffers
 * are g_malloc'd into base (the caller frees them). A section without
 * a name describes the elements of a scalar array (QEMU's VARRAY): no
 * lines of its own, no subsections.
 */
int qemu_vmstate_load(QIn *in, const SnapSection *sec, void *base,
                      uint32_t version);

/* Append sec's fields of base and its needed subsections to b as QEMU's
 * vmstate_save_state writes them, and the vmdesc object describing them
 * to j (snap-outgoing.c). */
void qemu_vmstate_save(GByteArray *b, const SnapSection *sec, void *base,
                       GString *j);

#endif
