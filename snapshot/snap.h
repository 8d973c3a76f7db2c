/* SPDX-License-Identifier: MIT */
/*
 * Snapshots: whole-machine save and restore into one SQLite file that
 * holds many snapshots (a tree), with state described by each device's
 * SnapSection (core/snapdesc.h) and RAM stored as content-addressed
 * pages shared between snapshots. The schema is in docs/snapshots.md.
 *
 * Saving is one SQLite transaction. Loading reads and validates
 * everything (schema, machine type, section versions, EQUAL fields,
 * sizes, page and state hashes) into scratch memory before the running
 * machine is touched, so a failed load leaves it as it was.
 */
#ifndef FARAD_SNAPSHOT_SNAP_H
#define FARAD_SNAPSHOT_SNAP_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/machine/machine.h"
#include "base/snapdesc.h"

/* The schema this build writes (PRAGMA user_version and meta.schema). */
#define SNAP_SCHEMA_VERSION 3
#define SNAP_PAGE_SIZE 4096u

typedef struct SnapDb SnapDb;

/*
 * Open (or create) a snapshot database. An older schema is upgraded in
 * place by the forward migrations; a newer one, a foreign SQLite file
 * or a non-database file is refused with one line in err.
 */
SnapDb *snap_db_open(const char *path, GError **err);
/* Open an existing snapshot database read-only (replay): no creation,
 * no migration; an older schema is refused. */
SnapDb *snap_db_open_readonly(const char *path, GError **err);
/* snap_db_open, but a file that does not exist is refused ("no such
 * file") instead of created (-loadvm, farad-snap gc/delete/upgrade). */
SnapDb *snap_db_open_existing(const char *path, GError **err);
/* Test/fixture hook: create a new file at an older schema version
 * (1..SNAP_SCHEMA_VERSION) and do not upgrade it. */
SnapDb *snap_db_open_at_schema(const char *path, int schema, GError **err);
void snap_db_close(SnapDb *db);
/* The schema version of the open file. */
int snap_db_schema(SnapDb *db);
const char *snap_db_path(SnapDb *db);

/*
 * Test-only fault injection: make the Nth SQLite call from now on (1 =
 * the next one) fail with SQLITE_IOERR, or with crash set call _exit(9)
 * there instead (a process killed in the middle of a transaction).
 * n = 0 disables. Returns the number of SQLite calls made so far.
 */
void snap_db_fail_at(SnapDb *db, int n, bool crash);
int snap_db_calls(SnapDb *db);

/* Options for a save. */
typedef struct SnapSaveOpts {
    const char *parent;   /* parent snapshot name, NULL: the last loaded
                             or saved snapshot of this machine, if any */
    const char *note;
    bool host_stamp;      /* record the host's wall-clock time in
                             snapshot.created (off: deterministic) */
    bool replace;         /* overwrite an existing snapshot of that name */
} SnapSaveOpts;

/* Save machine m as snapshot `name` (one transaction). */
bool snap_save(Machine *m, SnapDb *db, const char *name,
               const SnapSaveOpts *opts, GError **err);

/* Load snapshot `name` into m (same machine type and RAM size). */
bool snap_load(Machine *m, SnapDb *db, const char *name, GError **err);

/* Delete a snapshot; its children are re-parented to its parent. Pages
 * no longer referenced stay until snap_gc. */
bool snap_delete(SnapDb *db, const char *name, GError **err);

typedef struct SnapInfo {
    int64_t id;
    char *name;
    char *parent;         /* NULL for a root */
    char *machine_type;
    char *created;        /* NULL unless host_stamp was asked for */
    uint64_t icount;
    char *state_hash;     /* hex SHA-256 */
    char *note;
    uint64_t ram_pages;   /* non-zero pages */
    uint64_t disks;       /* drives with an overlay row (schema 3) */
    uint64_t disk_clusters;   /* their overlay clusters */
} SnapInfo;

/* Every snapshot, oldest first (array of SnapInfo, free with
 * snap_list_free). NULL with err on a database error. */
GArray *snap_list(SnapDb *db, GError **err);
void snap_list_free(GArray *list);

/* Write the disk that drive had at snapshot name as the raw image out
 * (created or truncated; sparse where the disk reads zeros): the base
 * image (image, or NULL for the file the snapshot recorded, relative
 * to the current directory) with the snapshot's overlay over it. The
 * base image is only read. False with one line in err: no such
 * snapshot or drive, an image of another size, out being the base
 * image, a host I/O error. */
bool snap_disk_export(SnapDb *db, const char *name, const char *drive,
                      const char *image, const char *out, GError **err);

/* Drop pages that no snapshot references; returns how many (or -1). */
int64_t snap_gc(SnapDb *db, GError **err);

/* Check integrity (SQLite), schema, every page hash and every
 * snapshot's state hash. Writes one line per problem to out; returns
 * false when any was found. */
bool snap_verify(SnapDb *db, FILE *out, GError **err);

/* The state hash (hex SHA-256) of the running machine: every saved
 * section field and every non-zero RAM page. Equal machines, equal
 * hashes. g_free the result. */
char *snap_state_hash(Machine *m);

/* Every section of the running machine except RAM as text, one
 * "section<instance>.field=value" line per field (record/replay's light
 * state). g_free the result. */
char *snap_state_text(Machine *m);

/* Command-line integration (-snapshot-db, -loadvm, -savevm-at): called
 * by machine_new after boot and by the run loop. */
bool snap_machine_start(Machine *m, GError **err);
/* icount of the next -savevm-at point, UINT64_MAX when none is left. */
uint64_t snap_machine_next_save(Machine *m);
/* Save every -savevm-at snapshot due at the current icount. */
bool snap_machine_poll(Machine *m, GError **err);
void snap_machine_stop(Machine *m);

/* ---- QEMU migration streams (snap-incoming.c, migrate-uri.c) ---- */

/*
 * Load a whole machine from the QEMU 7.2 migration stream d[0..n) as
 * QEMU's -incoming does. On a refusal err holds QEMU's lines, '\n'
 * separated, the last "load of migration failed: ...", and m is
 * unchanged. *running (may be NULL) says whether the stream's global
 * state was "running" (QEMU then starts the guest unless -S).
 */
bool snap_qemu_load_stream(Machine *m, const uint8_t *d, size_t n,
                           bool *running, GError **err);

/* The bytes of a migration URI: file:PATH, exec:CMD (its standard
 * output), tcp:HOST:PORT (one connection accepted, read to its end). */
GBytes *migrate_uri_read(const char *uri, GError **err);

/* The QEMU 7.2 migration stream of m as QEMU's savevm writes it for
 * the machine type (with the vmdesc); running: the guest's run state
 * to hand over (the receiver starts it unless told -S). */
GByteArray *snap_qemu_save_stream(Machine *m, bool running);

/* Write bytes to a migration URI (file:, exec: its standard input,
 * tcp: a connection to HOST:PORT). */
bool migrate_uri_write(const char *uri, const uint8_t *d, size_t n,
                       GError **err);

/* -incoming URI: migrate_uri_read, then snap_qemu_load_stream. */
bool snap_qemu_incoming(Machine *m, const char *uri, bool *running,
                        GError **err);

#endif
