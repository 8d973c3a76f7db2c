/* SPDX-License-Identifier: MIT */
/*
 * Internal interfaces of snapshot/: flattened field values, the generic
 * SnapSection walker (save, validate, apply), the SQLite wrappers with
 * their fault-injection counter, and the machine's section list.
 */
#ifndef FARAD_SNAPSHOT_SNAP_INT_H
#define FARAD_SNAPSHOT_SNAP_INT_H

#include <sqlite3.h>

#include "snap.h"

/* One saved value, by flattened name ("gpr[3]", "lsi_table[0].irq"). */
typedef enum SnapValKind {
    SV_U8, SV_U16, SV_U32, SV_U64, SV_BOOL, SV_I32, SV_I64, SV_BYTES,
} SnapValKind;

typedef struct SnapVal {
    char *name;
    SnapValKind kind;
    uint64_t u;           /* scalars (signed ones sign-extended) */
    GBytes *bytes;        /* SV_BYTES */
} SnapVal;

/* "u32", "bytes", ...; and back (-1 for an unknown name). */
const char *snap_kind_name(SnapValKind k);
int snap_kind_parse(const char *s);
/* Byte width of a scalar kind. */
unsigned snap_kind_width(SnapValKind k);

/* A GPtrArray of SnapVal* owning them. */
GPtrArray *snap_vals_new(void);
void snap_vals_add_u(GPtrArray *v, const char *name, SnapValKind k,
                     uint64_t u);
void snap_vals_add_bytes(GPtrArray *v, const char *name, const void *p,
                         size_t n);

/* Flatten the saved fields of sec at base (pre_save runs first; fields
 * whose test is false and DERIVED fields are left out). */
void snap_section_save(const SnapSection *sec, void *base, GPtrArray *out);

/* Options of the field checker. */
typedef struct SnapCheckOpts {
    /* QEMU 2.7's strict loader: COMPAT fields are compared like EQUAL
     * fields against the local pre_save result, and reported under
     * their pre-2.8 names (without "mig_"). */
    bool legacy_strict;
} SnapCheckOpts;

/*
 * Validate received values `vals` (by name) of section `sec`, stream
 * version `version`, against the live object at base: version range,
 * presence and type of every expected field, sizes, EQUAL fields
 * ("section: field: local != received" in hex), unknown names. Nothing
 * is written. Returns false with one line in err.
 */
bool snap_section_check(const SnapSection *sec, void *base, uint32_t version,
                        GHashTable *vals, const SnapCheckOpts *o,
                        GError **err);
/* Write checked values into base and run post_load. Cannot fail. */
void snap_section_apply(const SnapSection *sec, void *base, uint32_t version,
                        GHashTable *vals);
/* Name -> SnapVal* index over a value array (borrowed pointers). */
GHashTable *snap_vals_index(GPtrArray *vals);

/* Feed a section's identity and values into a state hash. */
void snap_hash_section(GChecksum *c, const char *name, uint32_t instance,
                       uint32_t version, GPtrArray *vals);

/* Coverage check: every byte of a struct of `size` bytes is covered by
 * a saved or DERIVED field of sec, apart from alignment padding. Writes
 * the first gap found into err. */
bool snap_section_covers(const SnapSection *sec, size_t size, GError **err);

/* ---- the machine's sections (snap-machine.c) ---- */

typedef struct SnapTarget {
    const SnapSection *sec;
    void *base;
    uint32_t instance;
} SnapTarget;

/* A CPU's clock (section "vcpu"): retired instructions and idle time. */
typedef struct SnapVcpuState {
    uint64_t icount;
    uint64_t idle;
} SnapVcpuState;

#define SNAP_MAX_CPUS 64
#define SNAP_NO_TURN UINT32_MAX

/* The machine state that is not in a device: icount, RAM size. */
typedef struct SnapMachineState {
    uint64_t icount;          /* all CPUs (informational) */
    uint64_t ram_size;
    uint32_t tb_shift;
    uint32_t ncpus;
    uint64_t round_end;       /* smp.c's current turn ends (v1: round) */
    uint32_t turn;            /* the CPU whose turn it is (v2; absent in a
                                 version-1 file: SNAP_NO_TURN) */
    SnapVcpuState vcpu[SNAP_MAX_CPUS];
} SnapMachineState;

/* Whether section `name` holds host-side state (libslirp's, "slirp"):
 * kept in snapshots, left out of the state hash and the light state, as
 * the host ends of chardevs are (docs/net.md). */
bool snap_section_host_side(const char *name);

/* The name field `field` of an older version of `section` (as stored)
 * loads into today, when that differs: "mmcr0" for version 1's
 * "spr_misc[19]" in "cpu". NULL when the name is unchanged or unknown. */
const char *snap_field_renamed(const char *section, uint32_t version,
                               const char *field);

/* ---- SQLite wrappers (snap-db.c): count calls, inject faults ---- */

struct SnapDb {
    sqlite3 *db;
    char *path;
    int schema;
    int calls;
    int fail_at;          /* absolute call number to fail, 0: none */
    bool crash;
};

int snap_db_prepare(SnapDb *d, const char *sql, sqlite3_stmt **st);
int snap_db_step(SnapDb *d, sqlite3_stmt *st);
int snap_db_exec(SnapDb *d, const char *sql);
/* Set err to "FILE: what: sqlite message" and return false. */
bool snap_db_error(SnapDb *d, int rc, const char *what, GError **err);
bool snap_db_begin(SnapDb *d, GError **err);

/* Content-addressed page rows (table `page`, keyed by a 32-byte SHA-256),
 * shared by RAM pages and disk clusters: each stored page's bytes are
 * written once, and a reference row (owner, idx, page) points at them. */
typedef struct SnapPageRefs {
    sqlite3_stmt *find, *ins, *ref;
} SnapPageRefs;

/* Prepare the statements; ref_sql inserts one reference row from three
 * parameters (owner, idx, page id). SQLITE_OK or the failing code. */
int snap_page_refs_prepare(SnapDb *d, const char *ref_sql, SnapPageRefs *w);
/* Store len bytes of data under hash unless a page with that hash exists,
 * then add the reference (owner, idx). SQLITE_OK or the failing code. */
int snap_page_refs_add(SnapDb *d, SnapPageRefs *w, int64_t owner,
                       uint64_t idx, const uint8_t hash[32],
                       const void *data, size_t len);
void snap_page_refs_finish(SnapPageRefs *w);
bool snap_db_commit(SnapDb *d, GError **err);
void snap_db_rollback(SnapDb *d);

/* ---- drives' overlays (snap-disk.c; core/block/block.h) ---- */

/* One overlay cluster as stored: index, SHA-256, bytes (collected:
 * the drive's own, valid until it is written; read: not kept). */
typedef struct SnapCluster {
    uint64_t idx;
    uint8_t hash[32];
    const uint8_t *data;
} SnapCluster;

/* One drive's overlay in a snapshot (a disk row). */
typedef struct SnapDisk {
    char *drive;              /* the drive's id */
    char *file, *format;      /* the image, as the saving machine had it
                                 (informational) */
    uint64_t size;            /* the medium's bytes: must match on load */
    GArray *clusters;         /* SnapCluster, ascending idx */
    struct BlockOverlay *overlay;  /* read with data: the clusters, for
                                      snap_disks_apply; else NULL */
} SnapDisk;

/* The overlays of m's drives (SnapDisk *, drive order; snapshot=off
 * drives are left out). */
GPtrArray *snap_disks_collect(Machine *m);
/* False with QEMU's "Device '%s' is writable but does not support
 * snapshots" when one of m's writable drives writes through
 * (snapshot=off): save and load refuse such a machine. */
bool snap_disks_writable_check(Machine *m, GError **err);
/* Feed the disks with a non-empty overlay into a state hash. */
void snap_disks_hash(GChecksum *c, const GPtrArray *disks);
/* Store disks as snapshot snap's disk rows (inside the save's
 * transaction). */
bool snap_disks_insert(SnapDb *db, int64_t snap, const GPtrArray *disks,
                       GError **err);
/* Snapshot snap's disk rows (none before schema 3): hashes only, or
 * with_data the checked clusters in each SnapDisk's overlay. NULL with
 * err on a database error or a damaged cluster. */
GPtrArray *snap_disks_read(SnapDb *db, int64_t snap, bool with_data,
                           GError **err);
/* Whether m's drives can take the disks read for snapshot `name`
 * (same ids and sizes, every writable drive present). */
bool snap_disks_check(Machine *m, GPtrArray *disks, const char *name,
                      GError **err);
/* Install the checked overlays into m's drives (taken from disks). */
void snap_disks_apply(Machine *m, GPtrArray *disks);

/* ---- the PHB helpers (snap-phb.c) ---- */

/* QEMU's vmstate wire encoding of a section's fields (big-endian,
 * inline structs, fields whose test is false left out). */
GByteArray *snap_wire_encode(const SnapSection *sec, void *base);
/* Decode a payload into values (by the live object's layout: tests are
 * evaluated on base). Returns false with err when the bytes run out, or
 * when some remain and used is NULL (else *used = bytes consumed). */
bool snap_wire_decode(const SnapSection *sec, void *base, const uint8_t *p,
                      size_t len, GPtrArray *out, size_t *used,
                      GError **err);

#endif
