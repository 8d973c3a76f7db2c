/* SPDX-License-Identifier: MIT */
/*
 * Store-level operations that need no machine: list, delete (children
 * re-parented), garbage collection of unreferenced pages, and verify
 * (SQLite integrity, schema, page hashes, state hashes recomputed from
 * the stored rows).
 */
#include <string.h>

#include "snap-int.h"

static char *col_str(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? g_strdup((const char *)t) : NULL;
}

GArray *snap_list(SnapDb *db, GError **err)
{
    sqlite3_stmt *st;
    const char *sql = db->schema >= 3 ?
        "SELECT s.id, s.name, p.name, s.machine_type, s.created, s.icount, "
        "s.state_hash, s.note, (SELECT count(*) FROM ram_page r JOIN ram_block "
        "b ON r.block = b.id WHERE b.snapshot = s.id), (SELECT count(*) FROM "
        "disk d WHERE d.snapshot = s.id), (SELECT count(*) FROM disk_cluster "
        "c JOIN disk d ON c.disk = d.id WHERE d.snapshot = s.id) FROM "
        "snapshot s LEFT JOIN snapshot p ON p.id = s.parent ORDER BY s.id" :
        db->schema >= 2 ?
        "SELECT s.id, s.name, p.name, s.machine_type, s.created, s.icount, "
        "s.state_hash, s.note, (SELECT count(*) FROM ram_page r JOIN ram_block "
        "b ON r.block = b.id WHERE b.snapshot = s.id), 0, 0 FROM snapshot s "
        "LEFT JOIN snapshot p ON p.id = s.parent ORDER BY s.id" :
        "SELECT s.id, s.name, p.name, s.machine_type, NULL, s.icount, "
        "s.state_hash, s.note, (SELECT count(*) FROM ram_page r JOIN ram_block "
        "b ON r.block = b.id WHERE b.snapshot = s.id), 0, 0 FROM snapshot s "
        "LEFT JOIN snapshot p ON p.id = s.parent ORDER BY s.id";
    int rc = snap_db_prepare(db, sql, &st);
    GArray *a = g_array_new(FALSE, TRUE, sizeof(SnapInfo));
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        SnapInfo i = {
            .id = sqlite3_column_int64(st, 0),
            .name = col_str(st, 1),
            .parent = col_str(st, 2),
            .machine_type = col_str(st, 3),
            .created = col_str(st, 4),
            .icount = (uint64_t)sqlite3_column_int64(st, 5),
            .state_hash = col_str(st, 6),
            .note = col_str(st, 7),
            .ram_pages = (uint64_t)sqlite3_column_int64(st, 8),
            .disks = (uint64_t)sqlite3_column_int64(st, 9),
            .disk_clusters = (uint64_t)sqlite3_column_int64(st, 10),
        };
        g_array_append_val(a, i);
        if (!i.name || !i.machine_type || !i.state_hash) {
            rc = SQLITE_CORRUPT;   /* the schema's NOT NULLs do not hold */
            break;
        }
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_CORRUPT && a->len) {
        const SnapInfo *bad = &g_array_index(a, SnapInfo, a->len - 1);
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: snapshot row id %lld has no %s (a damaged database)",
                    snap_db_path(db), (long long)bad->id,
                    !bad->name ? "name" : !bad->machine_type ? "machine type"
                    : "state hash");
        snap_list_free(a);
        return NULL;
    }
    if (rc != SQLITE_DONE) {
        snap_list_free(a);
        snap_db_error(db, rc, "list snapshots", err);
        return NULL;
    }
    return a;
}

void snap_list_free(GArray *list)
{
    if (!list) {
        return;
    }
    for (guint k = 0; k < list->len; k++) {
        SnapInfo *i = &g_array_index(list, SnapInfo, k);
        g_free(i->name);
        g_free(i->parent);
        g_free(i->machine_type);
        g_free(i->created);
        g_free(i->state_hash);
        g_free(i->note);
    }
    g_array_free(list, TRUE);
}

bool snap_delete(SnapDb *db, const char *name, GError **err)
{
    if (!snap_db_begin(db, err)) {
        return false;
    }
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, "UPDATE snapshot SET parent = (SELECT parent "
                             "FROM snapshot WHERE name = ?1) WHERE parent = "
                             "(SELECT id FROM snapshot WHERE name = ?1)", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
        rc = snap_db_step(db, st);
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE) {
        rc = snap_db_prepare(db, "DELETE FROM snapshot WHERE name = ?", &st);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
            rc = snap_db_step(db, st);
        }
        sqlite3_finalize(st);
    }
    if (rc != SQLITE_DONE) {
        snap_db_error(db, rc, "delete snapshot", err);
        snap_db_rollback(db);
        return false;
    }
    if (sqlite3_changes(db->db) == 0) {
        snap_db_rollback(db);
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: no snapshot named '%s'", db->path, name);
        return false;
    }
    return snap_db_commit(db, err);
}

int64_t snap_gc(SnapDb *db, GError **err)
{
    if (!snap_db_begin(db, err)) {
        return -1;
    }
    int rc = snap_db_exec(db, db->schema >= 3
        ? "DELETE FROM page WHERE NOT EXISTS (SELECT 1 FROM ram_page r "
          "WHERE r.page = page.id) AND NOT EXISTS (SELECT 1 FROM "
          "disk_cluster c WHERE c.page = page.id)"
        : "DELETE FROM page WHERE NOT EXISTS (SELECT 1 FROM ram_page r "
          "WHERE r.page = page.id)");
    if (rc != SQLITE_OK) {
        snap_db_error(db, rc, "gc", err);
        snap_db_rollback(db);
        return -1;
    }
    int64_t n = sqlite3_changes(db->db);
    if (!snap_db_commit(db, err)) {
        return -1;
    }
    rc = snap_db_exec(db, "VACUUM");
    if (rc != SQLITE_OK) {
        snap_db_error(db, rc, "vacuum", err);
        return -1;
    }
    return n;
}

/* Recompute a stored snapshot's state hash from its rows, in the order
 * snap-machine.c hashes them. */
static char *rows_hash(SnapDb *db, int64_t id, GError **err)
{
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, "SELECT s.id, s.name, s.instance, s.version "
                             "FROM section s WHERE s.snapshot = ? ORDER BY "
                             "s.seq", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
    }
    GArray *ids = g_array_new(FALSE, FALSE, sizeof(int64_t));
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    GArray *iv = g_array_new(FALSE, FALSE, sizeof(uint32_t) * 2);
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        int64_t sid = sqlite3_column_int64(st, 0);
        g_array_append_val(ids, sid);
        g_ptr_array_add(names, col_str(st, 1));
        uint32_t x[2] = { (uint32_t)sqlite3_column_int64(st, 2),
                          (uint32_t)sqlite3_column_int64(st, 3) };
        g_array_append_vals(iv, x, 1);
    }
    sqlite3_finalize(st);
    for (guint i = 0; rc == SQLITE_DONE && i < ids->len; i++) {
        GPtrArray *vals = snap_vals_new();
        rc = snap_db_prepare(db, "SELECT name, type, value FROM field WHERE "
                             "section = ? ORDER BY seq", &st);
        if (rc == SQLITE_OK) {
            sqlite3_bind_int64(st, 1, g_array_index(ids, int64_t, i));
        }
        while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
            rc = SQLITE_OK;
            int k = snap_kind_parse((const char *)sqlite3_column_text(st, 1));
            const char *n = (const char *)sqlite3_column_text(st, 0);
            if (k == SV_BYTES) {
                snap_vals_add_bytes(vals, n ? n : "", sqlite3_column_blob(st, 2),
                                    (size_t)sqlite3_column_bytes(st, 2));
            } else {
                snap_vals_add_u(vals, n ? n : "", k < 0 ? SV_U64 : k,
                                (uint64_t)sqlite3_column_int64(st, 2));
            }
        }
        sqlite3_finalize(st);
        uint32_t *x = &g_array_index(iv, uint32_t, 2 * i);
        if (!snap_section_host_side(names->pdata[i])) {
            snap_hash_section(c, names->pdata[i], x[0], x[1], vals);
        }
        g_ptr_array_unref(vals);
    }
    if (rc == SQLITE_DONE) {
        rc = snap_db_prepare(db, "SELECT b.name, b.size, r.idx, p.hash FROM "
                             "ram_block b LEFT JOIN ram_page r ON r.block = "
                             "b.id LEFT JOIN page p ON p.id = r.page WHERE "
                             "b.snapshot = ? ORDER BY r.idx", &st);
        if (rc == SQLITE_OK) {
            sqlite3_bind_int64(st, 1, id);
        }
        bool first = true;
        while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
            rc = SQLITE_OK;
            if (first) {
                const char *bn = (const char *)sqlite3_column_text(st, 0);
                uint64_t size = (uint64_t)sqlite3_column_int64(st, 1);
                g_checksum_update(c, (const guchar *)(bn ? bn : ""),
                                  (gssize)strlen(bn ? bn : "") + 1);
                g_checksum_update(c, (const guchar *)&size, sizeof(size));
                first = false;
            }
            if (sqlite3_column_type(st, 2) != SQLITE_NULL) {
                uint64_t idx = (uint64_t)sqlite3_column_int64(st, 2);
                g_checksum_update(c, (const guchar *)&idx, sizeof(idx));
                g_checksum_update(c, sqlite3_column_blob(st, 3),
                                  sqlite3_column_bytes(st, 3));
            }
        }
        sqlite3_finalize(st);
    }
    g_array_free(ids, TRUE);
    g_array_free(iv, TRUE);
    g_ptr_array_unref(names);
    char *h = NULL;
    if (rc != SQLITE_DONE) {
        snap_db_error(db, rc, "verify", err);
    } else {
        /* the drives' overlays, as snap-disk.c hashes them */
        GPtrArray *disks = snap_disks_read(db, id, false, err);
        if (disks) {
            snap_disks_hash(c, disks);
            g_ptr_array_unref(disks);
            h = g_strdup(g_checksum_get_string(c));
        }
    }
    g_checksum_free(c);
    return h;
}

/* Where page `id` is used, for verify's message: "RAM of snapshot 'a'
 * at 0x..., 'b' at 0x..." (at most three, then how many more). */
static char *page_users(SnapDb *db, int64_t id)
{
    sqlite3_stmt *st;
    GString *s = g_string_new(NULL);
    int n = 0;
    if (snap_db_prepare(db, "SELECT n.name, r.idx FROM ram_page r JOIN "
                        "ram_block b ON r.block = b.id JOIN snapshot n ON "
                        "b.snapshot = n.id WHERE r.page = ? ORDER BY n.id, "
                        "r.idx", &st) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
        while (snap_db_step(db, st) == SQLITE_ROW) {
            if (n++ < 3) {
                g_string_append_printf(s, "%s'%s' at 0x%llx",
                    n > 1 ? ", " : "RAM of snapshot ",
                    (const char *)sqlite3_column_text(st, 0),
                    (unsigned long long)sqlite3_column_int64(st, 1) *
                    SNAP_PAGE_SIZE);
            }
        }
    }
    sqlite3_finalize(st);
    st = NULL;
    if (db->schema >= 3 &&
        snap_db_prepare(db, "SELECT n.name, d.drive, c.idx FROM disk_cluster "
                        "c JOIN disk d ON c.disk = d.id JOIN snapshot n ON "
                        "d.snapshot = n.id WHERE c.page = ? ORDER BY n.id, "
                        "d.id, c.idx", &st) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
        while (snap_db_step(db, st) == SQLITE_ROW) {
            if (n++ < 3) {
                g_string_append_printf(s, "%sdrive '%s' of snapshot '%s' "
                    "at 0x%llx", n > 1 ? ", " : "",
                    (const char *)sqlite3_column_text(st, 1),
                    (const char *)sqlite3_column_text(st, 0),
                    (unsigned long long)sqlite3_column_int64(st, 2) *
                    SNAP_PAGE_SIZE);
            }
        }
    }
    sqlite3_finalize(st);
    if (n > 3) {
        g_string_append_printf(s, " and %d more", n - 3);
    } else if (!n) {
        g_string_append(s, "unreferenced");
    }
    return g_string_free(s, FALSE);
}

bool snap_verify(SnapDb *db, FILE *out, GError **err)
{
    int problems = 0;
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, "PRAGMA integrity_check", &st);
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        const char *r = (const char *)sqlite3_column_text(st, 0);
        if (r && strcmp(r, "ok")) {
            fprintf(out, "integrity: %s\n", r);
            problems++;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        return snap_db_error(db, rc, "integrity check", err);
    }
    if (db->schema != SNAP_SCHEMA_VERSION) {
        fprintf(out, "schema: version %d, this build writes %d\n", db->schema,
                SNAP_SCHEMA_VERSION);
    }
    /* every page's content matches its hash */
    rc = snap_db_prepare(db, "SELECT id, hash, data FROM page", &st);
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        uint8_t d[32];
        gsize dl = sizeof(d);
        g_checksum_reset(c);
        g_checksum_update(c, sqlite3_column_blob(st, 2),
                          sqlite3_column_bytes(st, 2));
        g_checksum_get_digest(c, d, &dl);
        if (sqlite3_column_bytes(st, 1) != 32 ||
            memcmp(d, sqlite3_column_blob(st, 1), 32) ||
            sqlite3_column_bytes(st, 2) != SNAP_PAGE_SIZE) {
            g_autofree char *who = page_users(db, sqlite3_column_int64(st, 0));
            fprintf(out, "page %lld: content does not match its hash (%s)\n",
                    (long long)sqlite3_column_int64(st, 0), who);
            problems++;
        }
    }
    g_checksum_free(c);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        return snap_db_error(db, rc, "page check", err);
    }
    GArray *list = snap_list(db, err);
    if (!list) {
        return false;
    }
    for (guint k = 0; k < list->len; k++) {
        SnapInfo *i = &g_array_index(list, SnapInfo, k);
        g_autofree char *h = rows_hash(db, i->id, err);
        if (!h) {
            snap_list_free(list);
            return false;
        }
        if (!i->state_hash || strcmp(h, i->state_hash)) {
            fprintf(out, "snapshot %s: state hash mismatch (stored %s, rows "
                    "give %s)\n", i->name, i->state_hash, h);
            problems++;
        }
    }
    snap_list_free(list);
    return problems == 0;
}
