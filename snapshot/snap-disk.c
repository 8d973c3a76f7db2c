/* SPDX-License-Identifier: MIT */
/*
 * The drives' copy-on-write overlays in snapshots (schema 3's disk and
 * disk_cluster tables): collecting them from the running machine,
 * storing their clusters as content-addressed pages shared with RAM,
 * reading and checking them back, their part of the state hash, and
 * installing them into the drives on load. Used by snap-machine.c
 * (save, load) and snap-store.c (verify). docs/block.md.
 *
 * Which drives: every drive with a medium whose writes go to the
 * overlay (not snapshot=off). A writable snapshot=off drive makes save
 * and load refuse, as QEMU refuses a writable drive that cannot take
 * snapshots. A drive whose overlay is empty adds nothing to the state
 * hash, so machines without disk writes hash as before schema 3.
 */
#include <inttypes.h>
#include <string.h>

#include "snap-int.h"
#include "core/block/block.h"

#define HASH_LEN 32

static void disk_free(gpointer p)
{
    SnapDisk *d = p;
    g_free(d->drive);
    g_free(d->file);
    g_free(d->format);
    g_array_free(d->clusters, TRUE);
    block_overlay_free(d->overlay);
    g_free(d);
}

static SnapDisk *disk_new(const char *drive, const char *file,
                          const char *format, uint64_t size)
{
    SnapDisk *d = g_new0(SnapDisk, 1);
    d->drive = g_strdup(drive);
    d->file = g_strdup(file);
    d->format = g_strdup(format);
    d->size = size;
    d->clusters = g_array_new(FALSE, FALSE, sizeof(SnapCluster));
    return d;
}

/* A drive whose overlay snapshots hold. */
static bool snapshotted(const BlockDrive *d)
{
    return block_has_medium(d) && !block_write_through(d);
}

bool snap_disks_writable_check(Machine *m, GError **err)
{
    BlockSet *bs = machine_blocks(m);
    for (BlockDrive *d = block_next(bs, NULL); d; d = block_next(bs, d)) {
        if (block_has_medium(d) && block_write_through(d) &&
            !block_read_only(d)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Device '%s' is writable but does not support "
                        "snapshots (snapshot=off writes to the image)",
                        block_id(d));
            return false;
        }
    }
    return true;
}

static bool collect_one(void *opaque, uint64_t index, const uint8_t *data,
                        const uint8_t *sha256)
{
    SnapCluster c = { .idx = index, .data = data };
    memcpy(c.hash, sha256, HASH_LEN);
    g_array_append_val(((SnapDisk *)opaque)->clusters, c);
    return true;
}

GPtrArray *snap_disks_collect(Machine *m)
{
    GPtrArray *a = g_ptr_array_new_with_free_func(disk_free);
    BlockSet *bs = machine_blocks(m);
    for (BlockDrive *d = block_next(bs, NULL); d; d = block_next(bs, d)) {
        if (!snapshotted(d)) {
            continue;
        }
        SnapDisk *s = disk_new(block_id(d), block_file(d), block_format(d),
                               block_size(d));
        block_overlay_foreach(d, collect_one, s);
        g_ptr_array_add(a, s);
    }
    return a;
}

void snap_disks_hash(GChecksum *c, const GPtrArray *disks)
{
    for (guint i = 0; disks && i < disks->len; i++) {
        const SnapDisk *d = disks->pdata[i];
        if (!d->clusters->len) {
            continue;
        }
        g_checksum_update(c, (const guchar *)"disk", 5);
        g_checksum_update(c, (const guchar *)d->drive,
                          (gssize)strlen(d->drive) + 1);
        g_checksum_update(c, (const guchar *)&d->size, sizeof d->size);
        for (guint k = 0; k < d->clusters->len; k++) {
            const SnapCluster *r = &g_array_index(d->clusters, SnapCluster, k);
            g_checksum_update(c, (const guchar *)&r->idx, sizeof r->idx);
            g_checksum_update(c, r->hash, HASH_LEN);
        }
    }
}

bool snap_disks_insert(SnapDb *db, int64_t snap, const GPtrArray *disks,
                       GError **err)
{
    if (!disks->len) {
        return true;
    }
    if (db->schema < 3) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: schema %d has no disk tables (drive '%s')",
                    db->path, db->schema,
                    ((SnapDisk *)disks->pdata[0])->drive);
        return false;
    }
    sqlite3_stmt *disk = NULL;
    SnapPageRefs w = { 0 };
    int rc = snap_db_prepare(db, "INSERT INTO disk(snapshot, drive, file, "
                             "format, size) VALUES(?,?,?,?,?)", &disk);
    if (rc == SQLITE_OK) {
        rc = snap_page_refs_prepare(db, "INSERT INTO disk_cluster(disk, idx, "
                                    "page) VALUES(?,?,?)", &w);
    }
    for (guint i = 0; rc == SQLITE_OK && i < disks->len; i++) {
        const SnapDisk *d = disks->pdata[i];
        sqlite3_reset(disk);
        sqlite3_bind_int64(disk, 1, snap);
        sqlite3_bind_text(disk, 2, d->drive, -1, SQLITE_STATIC);
        sqlite3_bind_text(disk, 3, d->file, -1, SQLITE_STATIC);
        sqlite3_bind_text(disk, 4, d->format, -1, SQLITE_STATIC);
        sqlite3_bind_int64(disk, 5, (int64_t)d->size);
        rc = snap_db_step(db, disk);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        int64_t did = sqlite3_last_insert_rowid(db->db);
        for (guint k = 0; rc == SQLITE_OK && k < d->clusters->len; k++) {
            const SnapCluster *r = &g_array_index(d->clusters, SnapCluster, k);
            rc = snap_page_refs_add(db, &w, did, r->idx, r->hash, r->data,
                                    BLOCK_CLUSTER_SIZE);
        }
    }
    sqlite3_finalize(disk);
    snap_page_refs_finish(&w);
    return rc == SQLITE_OK || snap_db_error(db, rc, "insert disk clusters",
                                            err);
}

static bool corrupt(SnapDb *db, GError **err, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);
static bool corrupt(SnapDb *db, GError **err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    g_autofree char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE, "%s: %s", db->path, msg);
    return false;
}

static char *col_dup(sqlite3_stmt *st, int i)
{
    const unsigned char *s = sqlite3_column_text(st, i);
    return s ? g_strdup((const char *)s) : NULL;
}

/* The clusters of disk row did into d: hashes only, or (with_data)
 * checked against their hashes and put into d->overlay. */
static bool read_clusters(SnapDb *db, int64_t did, SnapDisk *d,
                          bool with_data, GError **err)
{
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, with_data
                             ? "SELECT c.idx, p.hash, p.data FROM "
                               "disk_cluster c JOIN page p ON p.id = c.page "
                               "WHERE c.disk = ? ORDER BY c.idx"
                             : "SELECT c.idx, p.hash FROM disk_cluster c "
                               "LEFT JOIN page p ON p.id = c.page WHERE "
                               "c.disk = ? ORDER BY c.idx", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, did);
    }
    uint64_t nclusters = (d->size + BLOCK_CLUSTER_SIZE - 1) /
                         BLOCK_CLUSTER_SIZE;
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    bool ok = true;
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        SnapCluster r = { .idx = (uint64_t)sqlite3_column_int64(st, 0) };
        const void *hp = sqlite3_column_blob(st, 1);
        int hl = sqlite3_column_bytes(st, 1);
        if (hp && hl == HASH_LEN) {
            memcpy(r.hash, hp, HASH_LEN);
        }
        if (!with_data) {
            g_array_append_val(d->clusters, r);
            continue;
        }
        if (r.idx >= nclusters) {
            ok = corrupt(db, err, "drive '%s': cluster %" PRIu64 " lies "
                         "outside its %" PRIu64 "-byte medium", d->drive,
                         r.idx, d->size);
            break;
        }
        const void *data = sqlite3_column_blob(st, 2);
        int dl = sqlite3_column_bytes(st, 2);
        if (hl != HASH_LEN || dl != BLOCK_CLUSTER_SIZE || !data) {
            ok = corrupt(db, err, "drive '%s': cluster %" PRIu64 " is "
                         "malformed (hash %d bytes, data %d bytes)",
                         d->drive, r.idx, hl, dl);
            break;
        }
        uint8_t real[HASH_LEN];
        gsize n = HASH_LEN;
        g_checksum_reset(c);
        g_checksum_update(c, data, BLOCK_CLUSTER_SIZE);
        g_checksum_get_digest(c, real, &n);
        if (memcmp(real, r.hash, HASH_LEN)) {
            ok = corrupt(db, err, "drive '%s': cluster %" PRIu64 " does "
                         "not match its hash", d->drive, r.idx);
            break;
        }
        block_overlay_put(d->overlay, r.idx, data);
        g_array_append_val(d->clusters, r);
    }
    g_checksum_free(c);
    sqlite3_finalize(st);
    return ok && (rc == SQLITE_DONE ||
                  snap_db_error(db, rc, "read disk clusters", err));
}

GPtrArray *snap_disks_read(SnapDb *db, int64_t snap, bool with_data,
                           GError **err)
{
    GPtrArray *a = g_ptr_array_new_with_free_func(disk_free);
    if (db->schema < 3) {
        return a;   /* written before drives existed */
    }
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, "SELECT id, drive, file, format, size FROM "
                             "disk WHERE snapshot = ? ORDER BY id", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, snap);
    }
    GArray *ids = g_array_new(FALSE, FALSE, sizeof(int64_t));
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        int64_t id = sqlite3_column_int64(st, 0);
        char *drive = col_dup(st, 1), *file = col_dup(st, 2);
        char *format = col_dup(st, 3);
        SnapDisk *d = disk_new(drive ? drive : "", file, format,
                               (uint64_t)sqlite3_column_int64(st, 4));
        g_free(drive);
        g_free(file);
        g_free(format);
        if (with_data) {
            d->overlay = block_overlay_new();
        }
        g_ptr_array_add(a, d);
        g_array_append_val(ids, id);
    }
    sqlite3_finalize(st);
    bool ok = rc == SQLITE_DONE || snap_db_error(db, rc, "read disks", err);
    for (guint i = 0; ok && i < a->len; i++) {
        ok = read_clusters(db, g_array_index(ids, int64_t, i), a->pdata[i],
                           with_data, err);
    }
    g_array_free(ids, TRUE);
    if (!ok) {
        g_ptr_array_unref(a);
        return NULL;
    }
    return a;
}

static SnapDisk *find_disk(GPtrArray *disks, const char *drive)
{
    for (guint i = 0; i < disks->len; i++) {
        SnapDisk *d = disks->pdata[i];
        if (!strcmp(d->drive, drive)) {
            return d;
        }
    }
    return NULL;
}

bool snap_disks_check(Machine *m, GPtrArray *disks, const char *name,
                      GError **err)
{
    if (!snap_disks_writable_check(m, err)) {
        return false;
    }
    BlockSet *bs = machine_blocks(m);
    for (guint i = 0; i < disks->len; i++) {
        SnapDisk *s = disks->pdata[i];
        BlockDrive *d = block_find(bs, s->drive);
        if (!d || !snapshotted(d)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "snapshot '%s': drive '%s' %s", name, s->drive,
                        !d ? "does not exist on this machine"
                           : "has no medium on this machine");
            return false;
        }
        if (s->size != block_size(d)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "snapshot '%s': drive '%s': size %" PRIu64 " != %"
                        PRIu64 " (local != received)", name, s->drive,
                        block_size(d), s->size);
            return false;
        }
        if (!block_overlay_fits(d, s->overlay, err)) {
            return false;
        }
    }
    for (BlockDrive *d = block_next(bs, NULL); d; d = block_next(bs, d)) {
        if (snapshotted(d) && !block_read_only(d) &&
            !find_disk(disks, block_id(d))) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "snapshot '%s' has no overlay for drive '%s' (it "
                        "was saved without that drive)", name, block_id(d));
            return false;
        }
    }
    return true;
}

void snap_disks_apply(Machine *m, GPtrArray *disks)
{
    BlockSet *bs = machine_blocks(m);
    for (guint i = 0; i < disks->len; i++) {
        SnapDisk *s = disks->pdata[i];
        block_overlay_install(block_find(bs, s->drive), s->overlay);
        s->overlay = NULL;
        /* the clusters' data pointed into that overlay */
        g_array_set_size(s->clusters, 0);
    }
}
