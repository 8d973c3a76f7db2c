/* SPDX-License-Identifier: MIT */
/*
 * State descriptions for snapshots: each device (and the CPU) declares
 * its architected state once, as a table of named, typed fields with the
 * section version that introduced them and flags. Snapshot save/load,
 * state hashing and diffs read these tables (snapshot/ comes later); a
 * device only has to keep its table complete.
 */
#ifndef FARAD_CORE_SNAPDESC_H
#define FARAD_CORE_SNAPDESC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum SnapType {
    SNAP_TYPE_U8,
    SNAP_TYPE_U16,
    SNAP_TYPE_U32,
    SNAP_TYPE_U64,
    SNAP_TYPE_BOOL,
    SNAP_TYPE_BYTES,      /* fixed-size byte array of `count` bytes */
    SNAP_TYPE_U64_ARRAY,  /* `count` u64 values */
    SNAP_TYPE_BUFFER,     /* uint8_t * of `count_offset` bytes (a u32) */
} SnapType;

enum {
    SNAP_F_EQUAL = 1 << 0,    /* must equal the loading machine's value */
    SNAP_F_COMPAT = 1 << 1,   /* written for old readers, ignored on load */
    SNAP_F_DERIVED = 1 << 2,  /* not saved: recomputed by post_load */
};

typedef struct SnapField {
    const char *name;      /* NULL ends a table */
    SnapType type;
    size_t offset;         /* offsetof(State, field) */
    uint32_t count;        /* elements for arrays, bytes for BYTES */
    size_t count_offset;   /* BUFFER: offset of its u32 length */
    uint16_t since;        /* section version that added the field */
    uint16_t flags;        /* SNAP_F_* */
} SnapField;

typedef struct SnapSection {
    const char *name;          /* "spapr-vty", "cpu", ... */
    uint32_t version;          /* written by this build */
    uint32_t min_version;      /* oldest version this build loads */
    const SnapField *fields;
    /* Optional: false when the section need not be written. */
    bool (*needed)(void *opaque);
    /* Optional: recompute derived state after a load. */
    void (*post_load)(void *opaque);
} SnapSection;

#define SNAP_FIELD_(n, t, T, f, c, s, fl) \
    { .name = (n), .type = (t), .offset = offsetof(T, f), .count = (c), \
      .since = (s), .flags = (fl) }
#define SNAP_U8(n, T, f, s)    SNAP_FIELD_(n, SNAP_TYPE_U8, T, f, 1, s, 0)
#define SNAP_U16(n, T, f, s)   SNAP_FIELD_(n, SNAP_TYPE_U16, T, f, 1, s, 0)
#define SNAP_U32(n, T, f, s)   SNAP_FIELD_(n, SNAP_TYPE_U32, T, f, 1, s, 0)
#define SNAP_U64(n, T, f, s)   SNAP_FIELD_(n, SNAP_TYPE_U64, T, f, 1, s, 0)
#define SNAP_BOOL(n, T, f, s)  SNAP_FIELD_(n, SNAP_TYPE_BOOL, T, f, 1, s, 0)
#define SNAP_U32_EQUAL(n, T, f, s) \
    SNAP_FIELD_(n, SNAP_TYPE_U32, T, f, 1, s, SNAP_F_EQUAL)
#define SNAP_U64_EQUAL(n, T, f, s) \
    SNAP_FIELD_(n, SNAP_TYPE_U64, T, f, 1, s, SNAP_F_EQUAL)
#define SNAP_BYTES(n, T, f, len, s) \
    SNAP_FIELD_(n, SNAP_TYPE_BYTES, T, f, len, s, 0)
#define SNAP_U64_ARRAY(n, T, f, cnt, s) \
    SNAP_FIELD_(n, SNAP_TYPE_U64_ARRAY, T, f, cnt, s, 0)
#define SNAP_BUFFER(n, T, f, lenf, s) \
    { .name = (n), .type = SNAP_TYPE_BUFFER, .offset = offsetof(T, f), \
      .count_offset = offsetof(T, lenf), .since = (s) }
#define SNAP_END { .name = NULL }

#endif
