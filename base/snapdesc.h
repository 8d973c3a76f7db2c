/* SPDX-License-Identifier: MIT */
/*
 * State descriptions for snapshots: each device (and the CPU) declares
 * its architected state once, as a table of named, typed fields with the
 * section version that introduced them and flags. Snapshot save/load,
 * state hashing and diffs read these tables (snapshot/ comes later); a
 * device only has to keep its table complete.
 */
#ifndef FARAD_BASE_SNAPDESC_H
#define FARAD_BASE_SNAPDESC_H

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
    SNAP_TYPE_U32_ARRAY,  /* `count` u32 values */
    SNAP_TYPE_BUFFER,     /* uint8_t * of `count_offset` bytes (a u32) */
    SNAP_TYPE_I32,
    SNAP_TYPE_I64,
    SNAP_TYPE_STRUCT,     /* `count` inline elements described by `elem`,
                             `elem_size` bytes apart */
    SNAP_TYPE_STRUCT_VARRAY, /* pointer to elements described by `elem`;
                                their number is the i32/u32 at
                                `count_offset`; allocated on load */
} SnapType;

enum {
    SNAP_F_EQUAL = 1 << 0,    /* must equal the loading machine's value */
    SNAP_F_COMPAT = 1 << 1,   /* written for old readers, ignored on load */
    SNAP_F_DERIVED = 1 << 2,  /* not saved: recomputed by post_load (or
                                 configuration); listed so the coverage
                                 check knows the bytes are accounted for */
    SNAP_F_ALLOC = 1 << 3,    /* BUFFER: the file decides its length; a
                                 load replaces the buffer (g_free, then
                                 g_malloc) and sets its u32 length */
    SNAP_F_RANGE = 1 << 4,    /* scalar: a loaded value outside lo..hi
                                 (signed for I32/I64) is refused */
    SNAP_F_SUBSET = 1 << 5,   /* scalar bit set: a loaded value with a bit
                                 the loading machine's value lacks is
                                 refused; fewer bits load and are taken
                                 (a device's offered features, which
                                 grew with the build) */
};

struct SnapSection;

typedef struct SnapField {
    const char *name;      /* NULL ends a table */
    SnapType type;
    size_t offset;         /* offsetof(State, field) */
    uint32_t count;        /* elements for arrays, bytes for BYTES */
    size_t count_offset;   /* BUFFER: offset of its u32 length */
    uint16_t since;        /* section version that added the field */
    uint16_t flags;        /* SNAP_F_* */
    /* Optional: the field is saved and loaded only when this returns
     * true for the object (QEMU's field_exists test; e.g. the PHB's
     * pre-2.8-migration compat fields). */
    bool (*test)(void *opaque);
    /* STRUCT / STRUCT_VARRAY: element description and stride. */
    const struct SnapSection *elem;
    size_t elem_size;
    /* SNAP_F_RANGE: the values a snapshot may hold (checked at load,
     * where the value enters; e.g. a count that indexes an array). */
    int64_t lo, hi;
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
    /* Optional: fill scratch/compat fields from live state before the
     * fields are read for saving (QEMU's pre_save). */
    void (*pre_save)(void *opaque);
    /* Optional, NULL-terminated: sections saved after this one (as
     * "name" rows of their own) when their needed() returns true; a
     * loader accepts a missing subsection and refuses an unknown one. */
    const struct SnapSection *const *subsections;
    /* Optional, NULL-terminated: names of fields that older versions of
     * this section wrote and that no longer exist; a loader skips them
     * (by name, QEMU's VMSTATE_UNUSED). Array elements ("x[3]") match
     * their array's name. */
    const char *const *removed;
    /* Optional, NULL-terminated: frozen descriptions of older layouts of
     * this section (each with its own version range) that load into the
     * same state by name; a loader reads a stored version through the
     * one whose range holds it. */
    const struct SnapSection *const *older;
    /* A loader refuses a snapshot that lacks this section (a device,
     * such as a PCI function, whose state a load must not leave as it
     * was: the snapshot was taken with other devices). */
    bool required;
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
#define SNAP_U32_ARRAY(n, T, f, cnt, s) \
    SNAP_FIELD_(n, SNAP_TYPE_U32_ARRAY, T, f, cnt, s, 0)
#define SNAP_BUFFER(n, T, f, lenf, s) \
    { .name = (n), .type = SNAP_TYPE_BUFFER, .offset = offsetof(T, f), \
      .count_offset = offsetof(T, lenf), .since = (s) }
/* A g_malloc'd buffer whose length may differ between snapshots
 * (SNAP_F_ALLOC), e.g. the HPT after a resize. */
#define SNAP_BUFFER_ALLOC(n, T, f, lenf, s) \
    { .name = (n), .type = SNAP_TYPE_BUFFER, .offset = offsetof(T, f), \
      .count_offset = offsetof(T, lenf), .since = (s), \
      .flags = SNAP_F_ALLOC }
/* An unsigned count or length that must not exceed max when loaded. */
#define SNAP_U32_MAX(n, T, f, max, s) \
    { .name = (n), .type = SNAP_TYPE_U32, .offset = offsetof(T, f), \
      .count = 1, .since = (s), .flags = SNAP_F_RANGE, .lo = 0, \
      .hi = (max) }
/* A signed value that must lie in lo..hi when loaded. */
#define SNAP_I64_RANGE(n, T, f, l, h, s) \
    { .name = (n), .type = SNAP_TYPE_I64, .offset = offsetof(T, f), \
      .count = 1, .since = (s), .flags = SNAP_F_RANGE, .lo = (l), \
      .hi = (h) }
#define SNAP_I32(n, T, f, s)   SNAP_FIELD_(n, SNAP_TYPE_I32, T, f, 1, s, 0)
#define SNAP_I64(n, T, f, s)   SNAP_FIELD_(n, SNAP_TYPE_I64, T, f, 1, s, 0)
/* A field saved only when test(opaque) is true; COMPAT: ignored on load. */
#define SNAP_U32_COMPAT(n, T, f, s, tst) \
    { .name = (n), .type = SNAP_TYPE_U32, .offset = offsetof(T, f), \
      .count = 1, .since = (s), .flags = SNAP_F_COMPAT, .test = (tst) }
#define SNAP_U64_COMPAT(n, T, f, s, tst) \
    { .name = (n), .type = SNAP_TYPE_U64, .offset = offsetof(T, f), \
      .count = 1, .since = (s), .flags = SNAP_F_COMPAT, .test = (tst) }
/* cnt inline elements of type ET, each described by the section ed. */
#define SNAP_STRUCT_ARRAY(n, T, f, cnt, ET, ed, s) \
    { .name = (n), .type = SNAP_TYPE_STRUCT, .offset = offsetof(T, f), \
      .count = (cnt), .since = (s), .elem = (ed), .elem_size = sizeof(ET) }
/* ET *f, with the element count in the int32/uint32 member cntf. */
#define SNAP_STRUCT_VARRAY(n, T, f, cntf, ET, ed, s) \
    { .name = (n), .type = SNAP_TYPE_STRUCT_VARRAY, \
      .offset = offsetof(T, f), .count_offset = offsetof(T, cntf), \
      .since = (s), .elem = (ed), .elem_size = sizeof(ET) }
/* A member that is deliberately not saved (derived or configuration). */
#define SNAP_DERIVED(n, T, f) \
    { .name = (n), .type = SNAP_TYPE_BYTES, .offset = offsetof(T, f), \
      .count = sizeof(((T *)0)->f), .flags = SNAP_F_DERIVED }
#define SNAP_END { .name = NULL }

#endif
