/* SPDX-License-Identifier: MIT */
/*
 * The snapshot database file: opening with checks (not a database,
 * foreign SQLite file, schema too new), creation and the forward schema
 * migrations (docs/snapshots.md lists every version), transactions, and
 * the counted SQLite wrappers behind the fault-injection test hook.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "snap-int.h"

#define SNAP_APP_ID 0x46524144   /* "FRAD" in PRAGMA application_id */
#define SNAP_DB_BUSY_MS 5000     /* wait this long for another writer */

/* Schema 1: the first layout. */
static const char schema_v1[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE snapshot("
    "  id INTEGER PRIMARY KEY,"
    "  parent INTEGER REFERENCES snapshot(id) ON DELETE SET NULL,"
    "  name TEXT NOT NULL UNIQUE,"
    "  machine_type TEXT NOT NULL,"
    "  icount INTEGER NOT NULL,"
    "  state_hash TEXT NOT NULL,"
    "  note TEXT);"
    "CREATE TABLE section("
    "  id INTEGER PRIMARY KEY,"
    "  snapshot INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,"
    "  seq INTEGER NOT NULL,"
    "  name TEXT NOT NULL,"
    "  instance INTEGER NOT NULL,"
    "  version INTEGER NOT NULL,"
    "  UNIQUE(snapshot, name, instance));"
    "CREATE TABLE field("
    "  section INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE,"
    "  seq INTEGER NOT NULL,"
    "  name TEXT NOT NULL,"
    "  type TEXT NOT NULL,"
    "  value,"
    "  PRIMARY KEY(section, name)) WITHOUT ROWID;"
    "CREATE TABLE ram_block("
    "  id INTEGER PRIMARY KEY,"
    "  snapshot INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,"
    "  name TEXT NOT NULL,"
    "  size INTEGER NOT NULL,"
    "  UNIQUE(snapshot, name));"
    "CREATE TABLE page("
    "  id INTEGER PRIMARY KEY,"
    "  hash BLOB NOT NULL UNIQUE,"
    "  data BLOB NOT NULL);"
    "CREATE TABLE ram_page("
    "  block INTEGER NOT NULL REFERENCES ram_block(id) ON DELETE CASCADE,"
    "  idx INTEGER NOT NULL,"
    "  page INTEGER NOT NULL REFERENCES page(id),"
    "  PRIMARY KEY(block, idx)) WITHOUT ROWID;"
    "CREATE INDEX ram_page_by_page ON ram_page(page);";

/* 1 -> 2: an opt-in wall-clock stamp per snapshot, the replay journal
 * table, and the section index by name for queries. */
static const char migrate_1_2[] =
    "ALTER TABLE snapshot ADD COLUMN created TEXT;"
    "CREATE TABLE journal("
    "  run INTEGER NOT NULL,"
    "  seq INTEGER NOT NULL,"
    "  icount INTEGER NOT NULL,"
    "  kind TEXT NOT NULL,"
    "  data BLOB,"
    "  PRIMARY KEY(run, seq)) WITHOUT ROWID;"
    "CREATE INDEX section_by_name ON section(name, instance);";

/* 2 -> 3: the drives' copy-on-write overlays (core/block/), their
 * clusters content-addressed in page like RAM pages. */
static const char migrate_2_3[] =
    "CREATE TABLE disk("
    "  id INTEGER PRIMARY KEY,"
    "  snapshot INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,"
    "  drive TEXT NOT NULL,"
    "  file TEXT,"
    "  format TEXT,"
    "  size INTEGER NOT NULL,"
    "  UNIQUE(snapshot, drive));"
    "CREATE TABLE disk_cluster("
    "  disk INTEGER NOT NULL REFERENCES disk(id) ON DELETE CASCADE,"
    "  idx INTEGER NOT NULL,"
    "  page INTEGER NOT NULL REFERENCES page(id),"
    "  PRIMARY KEY(disk, idx)) WITHOUT ROWID;"
    "CREATE INDEX disk_cluster_by_page ON disk_cluster(page);";

static const char *const migrations[] = {
    [1] = schema_v1,       /* from nothing to 1 */
    [2] = migrate_1_2,
    [3] = migrate_2_3,
};

/* ---- counted wrappers ---- */

static int fault(SnapDb *d)
{
    d->calls++;
    if (d->fail_at && d->calls == d->fail_at) {
        d->fail_at = 0;
        if (d->crash) {
            _exit(9);   /* as if killed: no rollback, no close */
        }
        return SQLITE_IOERR;
    }
    return SQLITE_OK;
}

int snap_db_prepare(SnapDb *d, const char *sql, sqlite3_stmt **st)
{
    *st = NULL;
    int rc = fault(d);
    return rc ? rc : sqlite3_prepare_v2(d->db, sql, -1, st, NULL);
}

int snap_db_step(SnapDb *d, sqlite3_stmt *st)
{
    int rc = fault(d);
    return rc ? rc : sqlite3_step(st);
}

int snap_page_refs_prepare(SnapDb *d, const char *ref_sql, SnapPageRefs *w)
{
    *w = (SnapPageRefs){ 0 };
    int rc = snap_db_prepare(d, "SELECT id FROM page WHERE hash = ?",
                             &w->find);
    if (rc == SQLITE_OK) {
        rc = snap_db_prepare(d, "INSERT INTO page(hash, data) VALUES(?,?)",
                             &w->ins);
    }
    if (rc == SQLITE_OK) {
        rc = snap_db_prepare(d, ref_sql, &w->ref);
    }
    return rc;
}

int snap_page_refs_add(SnapDb *d, SnapPageRefs *w, int64_t owner,
                       uint64_t idx, const uint8_t hash[32],
                       const void *data, size_t len)
{
    int64_t pid = 0;
    sqlite3_reset(w->find);
    sqlite3_bind_blob(w->find, 1, hash, 32, SQLITE_STATIC);
    int rc = snap_db_step(d, w->find);
    if (rc == SQLITE_ROW) {
        pid = sqlite3_column_int64(w->find, 0);
        rc = SQLITE_OK;
    } else if (rc == SQLITE_DONE) {
        sqlite3_reset(w->ins);
        sqlite3_bind_blob(w->ins, 1, hash, 32, SQLITE_STATIC);
        sqlite3_bind_blob(w->ins, 2, data, (int)len, SQLITE_STATIC);
        rc = snap_db_step(d, w->ins);
        pid = sqlite3_last_insert_rowid(d->db);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    if (rc == SQLITE_OK) {
        sqlite3_reset(w->ref);
        sqlite3_bind_int64(w->ref, 1, owner);
        sqlite3_bind_int64(w->ref, 2, (int64_t)idx);
        sqlite3_bind_int64(w->ref, 3, pid);
        rc = snap_db_step(d, w->ref);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    return rc;
}

void snap_page_refs_finish(SnapPageRefs *w)
{
    sqlite3_finalize(w->find);
    sqlite3_finalize(w->ins);
    sqlite3_finalize(w->ref);
    *w = (SnapPageRefs){ 0 };
}

int snap_db_exec(SnapDb *d, const char *sql)
{
    int rc = fault(d);
    return rc ? rc : sqlite3_exec(d->db, sql, NULL, NULL, NULL);
}

void snap_db_fail_at(SnapDb *d, int n, bool crash)
{
    d->fail_at = n > 0 ? d->calls + n : 0;
    d->crash = crash;
}

int snap_db_calls(SnapDb *d)
{
    return d->calls;
}

/* Another process holding a lock on `path` (SQLite's rollback-journal
 * locks are POSIX locks), from /proc/locks, or 0 when it cannot be told
 * (not Linux, another host). Never opens `path`: closing any descriptor
 * of it would drop this process's own SQLite locks. */
static long lock_holder(const char *path)
{
    struct stat sb;
    g_autofree char *locks = NULL;
    if (stat(path, &sb) ||
        !g_file_get_contents("/proc/locks", &locks, NULL, NULL)) {
        return 0;
    }
    g_auto(GStrv) lines = g_strsplit(locks, "\n", -1);
    for (int i = 0; lines[i]; i++) {
        long pid;
        unsigned maj, min;
        unsigned long long ino;
        if (sscanf(lines[i], "%*d: POSIX %*s %*s %ld %x:%x:%llu", &pid, &maj,
                   &min, &ino) == 4 && ino == (unsigned long long)sb.st_ino &&
            maj == major(sb.st_dev) && min == minor(sb.st_dev) &&
            pid != (long)getpid()) {
            return pid;
        }
    }
    return 0;
}

bool snap_db_error(SnapDb *d, int rc, const char *what, GError **err)
{
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
        long pid = lock_holder(d->path);
        g_autofree char *who = pid > 0 ?
            g_strdup_printf("process %ld holds it", pid) :
            g_strdup("another process holds it");
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "%s: snapshot database is busy: %s (%s: still locked "
                    "after %d s)", d->path, who, what, SNAP_DB_BUSY_MS / 1000);
        return false;
    }
    const char *msg = sqlite3_errcode(d->db) == rc ? sqlite3_errmsg(d->db)
                                                   : sqlite3_errstr(rc);
    if (rc == SQLITE_NOTADB) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: not a farad snapshot database (%s)", d->path, msg);
    } else if (rc == SQLITE_CORRUPT) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: snapshot database is corrupt or truncated (%s)",
                    d->path, msg);
    } else {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO, "%s: %s: %s", d->path,
                    what, msg);
    }
    return false;
}

bool snap_db_begin(SnapDb *d, GError **err)
{
    int rc = snap_db_exec(d, "BEGIN IMMEDIATE");
    return rc == SQLITE_OK || snap_db_error(d, rc, "begin transaction", err);
}

bool snap_db_commit(SnapDb *d, GError **err)
{
    int rc = snap_db_exec(d, "COMMIT");
    if (rc != SQLITE_OK) {
        snap_db_error(d, rc, "commit", err);
        snap_db_rollback(d);
        return false;
    }
    return true;
}

void snap_db_rollback(SnapDb *d)
{
    /* not counted: the rollback itself must not be made to fail */
    if (!sqlite3_get_autocommit(d->db)) {
        sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
    }
}

/* ---- open ---- */

static bool pragma_int(SnapDb *d, const char *sql, int *out, GError **err)
{
    sqlite3_stmt *st;
    int rc = snap_db_prepare(d, sql, &st);
    if (rc == SQLITE_OK) {
        rc = snap_db_step(d, st);
        if (rc == SQLITE_ROW) {
            *out = sqlite3_column_int(st, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK || snap_db_error(d, rc, sql, err);
}

static bool migrate(SnapDb *d, int from, int to, GError **err)
{
    if (!snap_db_begin(d, err)) {
        return false;
    }
    for (int v = from + 1; v <= to; v++) {
        int rc = snap_db_exec(d, migrations[v]);
        if (rc != SQLITE_OK) {
            g_autofree char *what = g_strdup_printf("schema migration to "
                                                    "version %d", v);
            snap_db_error(d, rc, what, err);
            snap_db_rollback(d);
            return false;
        }
    }
    g_autofree char *sql = g_strdup_printf(
        "INSERT OR REPLACE INTO meta VALUES('schema', '%d');"
        "INSERT OR REPLACE INTO meta VALUES('writer', 'farad 0.1');"
        "INSERT OR IGNORE INTO meta VALUES('created_by_schema', '%d');"
        "INSERT OR REPLACE INTO meta VALUES('page_size', '%u');"
        "PRAGMA application_id = %d; PRAGMA user_version = %d;",
        to, from ? from : to, SNAP_PAGE_SIZE, SNAP_APP_ID, to);
    int rc = snap_db_exec(d, sql);
    if (rc != SQLITE_OK) {
        snap_db_error(d, rc, "schema version", err);
        snap_db_rollback(d);
        return false;
    }
    if (!snap_db_commit(d, err)) {
        return false;
    }
    d->schema = to;
    return true;
}

static SnapDb *open_db(const char *path, int target, bool create_only,
                       bool readonly, GError **err)
{
    SnapDb *d = g_new0(SnapDb, 1);
    d->path = g_strdup(path);
    int rc = sqlite3_open_v2(path, &d->db, readonly ? SQLITE_OPEN_READONLY :
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "%s: cannot open snapshot database: %s", path,
                    d->db ? sqlite3_errmsg(d->db) : sqlite3_errstr(rc));
        snap_db_close(d);
        return NULL;
    }
    sqlite3_busy_timeout(d->db, SNAP_DB_BUSY_MS);
    int app = 0, uv = 0, ntab = 0;
    if (!pragma_int(d, "PRAGMA application_id", &app, err) ||
        !pragma_int(d, "PRAGMA user_version", &uv, err) ||
        !pragma_int(d, "SELECT count(*) FROM sqlite_master", &ntab, err)) {
        snap_db_close(d);
        return NULL;
    }
    if (ntab > 0 && app != SNAP_APP_ID) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: not a farad snapshot database (an SQLite file with "
                    "application_id 0x%x and %d tables of something else)",
                    path, (unsigned)app, ntab);
        snap_db_close(d);
        return NULL;
    }
    if (uv < 0 || (ntab > 0 && uv == 0)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: PRAGMA user_version %d is not a farad snapshot "
                    "schema version (1..%d)", path, uv, SNAP_SCHEMA_VERSION);
        snap_db_close(d);
        return NULL;
    }
    if (uv > SNAP_SCHEMA_VERSION) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: snapshot schema version %d is newer than this "
                    "farad's (%d); use a newer farad", path, uv,
                    SNAP_SCHEMA_VERSION);
        snap_db_close(d);
        return NULL;
    }
    if (create_only && ntab > 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: already exists", path);
        snap_db_close(d);
        return NULL;
    }
    sqlite3_exec(d->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
    d->schema = uv;
    if (readonly && (ntab == 0 || uv < target)) {
        if (ntab) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                        "%s: snapshot schema version %d is older than this "
                        "farad's (%d); 'farad-snap %s upgrade' converts it "
                        "in place", path, uv, SNAP_SCHEMA_VERSION, path);
        } else {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                        "%s: empty file, not a farad snapshot database", path);
        }
        snap_db_close(d);
        return NULL;
    }
    if (uv < target && !migrate(d, ntab ? uv : 0, target, err)) {
        snap_db_close(d);
        return NULL;
    }
    return d;
}

SnapDb *snap_db_open(const char *path, GError **err)
{
    return open_db(path, SNAP_SCHEMA_VERSION, false, false, err);
}

/* False with one line when path is not an existing regular file. */
static bool must_exist(const char *path, GError **err)
{
    if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "%s: no such file", path);
        return false;
    }
    return true;
}

/* A write interrupted by a crash leaves PATH-journal behind, and SQLite
 * reads the file only after rolling that journal back, which a read-only
 * connection cannot do. Finish that recovery with a short read-write
 * connection: the rollback restores the last committed state, the one
 * every reader sees, so the file's content as a snapshot database does
 * not change. A read-only file with such a journal gets one line. */
static bool recover_interrupted_write(const char *path, GError **err)
{
    g_autofree char *journal = g_strconcat(path, "-journal", NULL);
    if (!g_file_test(journal, G_FILE_TEST_EXISTS)) {
        return true;
    }
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, SNAP_DB_BUSY_MS);
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", NULL,
                          NULL, NULL);
    }
    sqlite3_close(db);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "%s: an interrupted write left %s, and it cannot be "
                    "rolled back here (%s); open it read-write once (e.g. "
                    "farad-snap %s gc) where the file is writable",
                    path, journal, sqlite3_errstr(rc), path);
        return false;
    }
    return true;
}

SnapDb *snap_db_open_readonly(const char *path, GError **err)
{
    return must_exist(path, err) && recover_interrupted_write(path, err) ?
           open_db(path, SNAP_SCHEMA_VERSION, false, true, err) : NULL;
}

SnapDb *snap_db_open_existing(const char *path, GError **err)
{
    return must_exist(path, err) ? snap_db_open(path, err) : NULL;
}

SnapDb *snap_db_open_at_schema(const char *path, int schema, GError **err)
{
    if (schema < 1 || schema > SNAP_SCHEMA_VERSION) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "schema version %d: this build writes 1..%d", schema,
                    SNAP_SCHEMA_VERSION);
        return NULL;
    }
    return open_db(path, schema, true, false, err);
}

void snap_db_close(SnapDb *d)
{
    if (!d) {
        return;
    }
    if (d->db) {
        snap_db_rollback(d);
        sqlite3_close_v2(d->db);
    }
    g_free(d->path);
    g_free(d);
}

int snap_db_schema(SnapDb *d)
{
    return d->schema;
}

const char *snap_db_path(SnapDb *d)
{
    return d->path;
}
