/* SPDX-License-Identifier: MIT */
/*
 * Drives' copy-on-write overlays in the snapshot store (snapshot/
 * snap-disk.c, core/block/): savevm keeps each drive's overlay with the
 * machine, loadvm brings it back (and drops clusters written after the
 * save), the base image's bytes never change, clusters are shared
 * content-addressed pages (deduplicated, kept by gc, checked by
 * verify), the state hash covers written disks only, and the refusals:
 * a drive missing or resized, a snapshot=off drive, a damaged cluster
 * (the machine's overlay is then left as it was). snap_disk_export
 * (farad-snap export-disk): a snapshot's disk as a raw file equals what
 * the guest read at the save, over a raw or a qcow2 (qemu-img) base.
 */
#include <sqlite3.h>
#include <stdlib.h>

#include "snap-test-util.h"
#include "core/block/block.h"

#define PROG "calls-be"
#define DISK_SIZE (256 * 1024)

static char *tmpdir;

/* A machine running PROG with the given -drive arguments (NULL-ended),
 * and -snapshot when snapshot_all. */
static void tm_new_opts(TMachine *t, const char *bios,
                        const char *const *drives, bool snapshot_all)
{
    MachineConfig cfg;
    GError *err = NULL;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    cfg.bios = g_strdup(bios);
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup("pseries-2.8");
    cfg.ram_size = 64 << 20;   /* state hashes scan all of RAM */
    cfg.snapshot = snapshot_all;
    cfg.drives = g_ptr_array_new_with_free_func(g_free);
    for (; *drives; drives++) {
        g_ptr_array_add(cfg.drives, g_strdup_printf("-drive %s\n%s", *drives,
                                                    *drives));
    }
    t->m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    t->f = open_memstream(&t->out, &t->outlen);
    t->m->console.out = t->f;
    t->m->console.in_fd = -1;
}

static void tm_new_drives(TMachine *t, const char *bios,
                          const char *const *drives)
{
    tm_new_opts(t, bios, drives, false);
}

static char *make_image(const char *name, uint64_t size, uint8_t fill)
{
    char *p = g_build_filename(tmpdir, name, NULL);
    char *d = g_malloc(size);
    for (uint64_t i = 0; i < size; i++) {
        d[i] = (char)(fill + i / 4096);
    }
    g_assert_true(g_file_set_contents(p, d, (gssize)size, NULL));
    g_free(d);
    return p;
}

static char *sha_file(const char *p)
{
    GBytes *b = file_bytes(p);
    gsize n;
    const void *d = g_bytes_get_data(b, &n);
    char *s = g_compute_checksum_for_data(G_CHECKSUM_SHA256, d, n);
    g_bytes_unref(b);
    return s;
}

static BlockDrive *drive(TMachine *t, const char *id)
{
    BlockDrive *d = block_find(machine_blocks(t->m), id);
    g_assert_nonnull(d);
    return d;
}

/* The drive's whole medium. */
static uint8_t *contents(BlockDrive *d)
{
    uint8_t *b = g_malloc(block_size(d));
    g_assert_cmpint(block_read(d, 0, b, block_size(d)), ==, BLOCK_OK);
    return b;
}

static int64_t count(SnapDb *db, const char *path, const char *sql)
{
    (void)db;
    sqlite3 *s;
    sqlite3_stmt *st;
    g_assert_cmpint(sqlite3_open(path, &s), ==, SQLITE_OK);
    g_assert_cmpint(sqlite3_prepare_v2(s, sql, -1, &st, NULL), ==, SQLITE_OK);
    g_assert_cmpint(sqlite3_step(st), ==, SQLITE_ROW);
    int64_t n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(s);
    return n;
}

static void test_save_load(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    g_autofree char *img = make_image("d0.raw", DISK_SIZE, 0x10);
    g_autofree char *sha = sha_file(img);
    g_autofree char *opts = g_strdup_printf("file=%s,if=none,id=d0,"
                                            "format=raw", img);
    const char *drives[] = { opts, NULL };
    TMachine t;
    tm_new_drives(&t, bios, drives);
    tm_run(&t, 50000);
    BlockDrive *d = drive(&t, "d0");
    g_autofree char *h_clean = snap_state_hash(t.m);

    /* state A: three identical clusters and an unaligned write */
    uint8_t c[4096];
    memset(c, 0xa5, sizeof c);
    for (int i = 0; i < 3; i++) {
        g_assert_cmpint(block_write(d, (uint64_t)(10 + i) * 4096, c, 4096),
                        ==, BLOCK_OK);
    }
    g_assert_cmpint(block_write(d, 100, "farad", 5), ==, BLOCK_OK);
    g_autofree char *h_a = snap_state_hash(t.m);
    g_assert_cmpstr(h_a, !=, h_clean);    /* the disk is state */
    g_autofree uint8_t *want_a = contents(d);

    g_autofree char *path = tmp_db("disk");
    GError *err = NULL;
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    g_assert_true(snap_save(t.m, db, "a", NULL, &err));
    g_assert_no_error(err);
    /* one disk row, four clusters, the three equal ones on one page */
    g_assert_cmpint(count(db, path, "SELECT count(*) FROM disk"), ==, 1);
    g_assert_cmpint(count(db, path, "SELECT count(*) FROM disk_cluster"),
                    ==, 4);
    g_assert_cmpint(count(db, path, "SELECT count(DISTINCT page) FROM "
                          "disk_cluster"), ==, 2);
    g_assert_cmpint(count(db, path, "SELECT size FROM disk WHERE drive = "
                          "'d0'"), ==, DISK_SIZE);
    GArray *list = snap_list(db, &err);   /* farad-snap info's numbers */
    g_assert_no_error(err);
    g_assert_cmpuint(g_array_index(list, SnapInfo, 0).disks, ==, 1);
    g_assert_cmpuint(g_array_index(list, SnapInfo, 0).disk_clusters, ==, 4);
    snap_list_free(list);

    /* state B: overwrite one, add one far away, run on */
    memset(c, 0x3c, sizeof c);
    g_assert_cmpint(block_write(d, 11 * 4096, c, 4096), ==, BLOCK_OK);
    g_assert_cmpint(block_write(d, DISK_SIZE - 4096, c, 4096), ==, BLOCK_OK);
    tm_run(&t, 80000);
    g_autofree char *h_b = snap_state_hash(t.m);
    g_autofree uint8_t *want_b = contents(d);
    g_assert_true(snap_save(t.m, db, "b", NULL, &err));
    g_assert_no_error(err);

    /* back to A: the disk is A's, the later cluster is gone */
    g_assert_true(snap_load(t.m, db, "a", &err));
    g_assert_no_error(err);
    g_autofree uint8_t *got = contents(d);
    g_assert_cmpmem(got, DISK_SIZE, want_a, DISK_SIZE);
    g_assert_cmpuint(block_overlay_clusters(d), ==, 4);
    g_autofree char *h_a2 = snap_state_hash(t.m);
    g_assert_cmpstr(h_a2, ==, h_a);
    /* and to B */
    g_assert_true(snap_load(t.m, db, "b", &err));
    g_assert_no_error(err);
    g_autofree uint8_t *got_b = contents(d);
    g_assert_cmpmem(got_b, DISK_SIZE, want_b, DISK_SIZE);
    g_autofree char *h_b2 = snap_state_hash(t.m);
    g_assert_cmpstr(h_b2, ==, h_b);
    g_assert_true(snap_verify(db, stderr, &err));
    g_assert_no_error(err);

    /* gc keeps pages only disks use; deleting both snapshots frees them */
    g_assert_cmpint(snap_gc(db, &err), ==, 0);
    g_assert_true(snap_delete(db, "a", &err));
    g_assert_true(snap_delete(db, "b", &err));
    g_assert_cmpint(count(db, path, "SELECT count(*) FROM disk_cluster"),
                    ==, 0);
    g_assert_cmpint(snap_gc(db, &err), >, 0);
    g_assert_no_error(err);
    snap_db_close(db);

    /* a machine with the drive but an empty overlay hashes as one
     * without the drive */
    const char *none[] = { NULL };
    TMachine u;
    tm_new_drives(&u, bios, none);
    tm_run(&u, 50000);
    g_autofree char *h_nodrive = snap_state_hash(u.m);
    g_assert_cmpstr(h_nodrive, ==, h_clean);
    tm_free(&u);

    /* the image itself was never written */
    g_autofree char *sha2 = sha_file(img);
    g_assert_cmpstr(sha, ==, sha2);
    tm_free(&t);
    g_unlink(path);
}

static void test_refusals(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    g_autofree char *img = make_image("r0.raw", DISK_SIZE, 0x20);
    g_autofree char *small = make_image("r1.raw", DISK_SIZE / 2, 0x30);
    g_autofree char *o0 = g_strdup_printf("file=%s,if=none,id=d0", img);
    g_autofree char *o_small = g_strdup_printf("file=%s,if=none,id=d0",
                                               small);
    g_autofree char *o_off = g_strdup_printf("file=%s,if=none,id=d0,"
                                             "snapshot=off", img);
    g_autofree char *o_extra = g_strdup_printf("file=%s,if=none,id=d1",
                                               small);
    g_autofree char *path = tmp_db("disk-refuse");
    GError *err = NULL;
    TMachine t;
    const char *drives[] = { o0, NULL };
    tm_new_drives(&t, bios, drives);
    tm_run(&t, 50000);
    uint8_t c[4096];
    memset(c, 0x77, sizeof c);
    g_assert_cmpint(block_write(drive(&t, "d0"), 0, c, 4096), ==, BLOCK_OK);
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    g_assert_true(snap_save(t.m, db, "s", NULL, &err));
    g_assert_no_error(err);

    struct {
        const char *drives[3];
        const char *want;
    } cases[] = {
        { { NULL }, "snapshot 's': drive 'd0' does not exist on this "
          "machine" },
        { { o_small, NULL }, "snapshot 's': drive 'd0': size 131072 != "
          "262144 (local != received)" },
        { { o0, o_extra, NULL }, "snapshot 's' has no overlay for drive "
          "'d1' (it was saved without that drive)" },
        { { o_off, NULL }, "Device 'd0' is writable but does not support "
          "snapshots (snapshot=off writes to the image)" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        TMachine u;
        tm_new_drives(&u, bios, cases[i].drives);
        tm_run(&u, 1000);
        g_autofree char *before = snap_state_hash(u.m);
        g_assert_false(snap_load(u.m, db, "s", &err));
        g_assert_nonnull(err);
        g_test_message("%s", err->message);
        g_assert_cmpstr(err->message, ==, cases[i].want);
        g_clear_error(&err);
        g_autofree char *after = snap_state_hash(u.m);
        g_assert_cmpstr(before, ==, after);
        if (i == 3) {   /* and save refuses the same */
            g_assert_false(snap_save(u.m, db, "t", NULL, &err));
            g_assert_cmpstr(err->message, ==, cases[i].want);
            g_clear_error(&err);
        }
        tm_free(&u);
    }

    /* -snapshot overrides the drive's snapshot=off: saving works */
    {
        TMachine u;
        const char *off[] = { o_off, NULL };
        tm_new_opts(&u, bios, off, true);
        g_assert_false(block_write_through(drive(&u, "d0")));
        g_assert_true(snap_save(u.m, db, "t", NULL, &err));
        g_assert_no_error(err);
        tm_free(&u);
    }

    /* a damaged cluster: refused, the running overlay untouched */
    snap_db_close(db);
    sqlite3 *s;
    g_assert_cmpint(sqlite3_open(path, &s), ==, SQLITE_OK);
    g_assert_cmpint(sqlite3_exec(s, "UPDATE page SET data = zeroblob(4096) "
                                 "WHERE id IN (SELECT page FROM "
                                 "disk_cluster)", NULL, NULL, NULL), ==,
                    SQLITE_OK);
    sqlite3_close(s);
    db = snap_db_open(path, &err);
    g_assert_no_error(err);
    memset(c, 0x99, sizeof c);
    g_assert_cmpint(block_write(drive(&t, "d0"), 8192, c, 4096), ==,
                    BLOCK_OK);
    g_autofree char *before = snap_state_hash(t.m);
    g_assert_false(snap_load(t.m, db, "s", &err));
    g_autofree char *want = g_strdup_printf("%s: drive 'd0': cluster 0 does "
                                            "not match its hash", path);
    g_assert_cmpstr(err->message, ==, want);
    g_clear_error(&err);
    g_autofree char *after = snap_state_hash(t.m);
    g_assert_cmpstr(before, ==, after);
    g_assert_cmpuint(block_overlay_clusters(drive(&t, "d0")), ==, 2);
    snap_db_close(db);
    tm_free(&t);
    g_unlink(path);
}

/* The whole file at p (its length must be len). */
static void assert_file(const char *p, const uint8_t *want, uint64_t len)
{
    GBytes *b = file_bytes(p);
    gsize n;
    const void *d = g_bytes_get_data(b, &n);
    g_assert_cmpmem(d, n, want, len);
    g_bytes_unref(b);
}

static void test_export(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    g_autofree char *img = make_image("e0.raw", DISK_SIZE, 0x40);
    g_autofree char *sha = sha_file(img);
    g_autofree char *opts = g_strdup_printf("file=%s,if=none,id=d0,"
                                            "format=raw", img);
    const char *drives[] = { opts, NULL };
    TMachine t;
    tm_new_drives(&t, bios, drives);
    tm_run(&t, 20000);
    BlockDrive *d = drive(&t, "d0");
    uint8_t c[4096];
    memset(c, 0, sizeof c);   /* a cluster of zeros hides the image's */
    g_assert_cmpint(block_write(d, 3 * 4096, c, 4096), ==, BLOCK_OK);
    memset(c, 0x5a, sizeof c);
    g_assert_cmpint(block_write(d, DISK_SIZE - 4096, c, 4096), ==, BLOCK_OK);
    g_assert_cmpint(block_write(d, 4097, "export", 6), ==, BLOCK_OK);
    g_autofree uint8_t *want = contents(d);
    g_autofree char *path = tmp_db("disk-export");
    GError *err = NULL;
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    g_assert_true(snap_save(t.m, db, "s", NULL, &err));
    g_assert_no_error(err);
    g_assert_cmpint(block_write(d, 0, c, 4096), ==, BLOCK_OK);   /* later */

    /* the image the snapshot recorded, and the same one named */
    g_autofree char *out = g_build_filename(tmpdir, "out.raw", NULL);
    g_assert_true(snap_disk_export(db, "s", "d0", NULL, out, &err));
    g_assert_no_error(err);
    assert_file(out, want, DISK_SIZE);
    g_assert_true(snap_disk_export(db, "s", "d0", img, out, &err));
    g_assert_no_error(err);
    assert_file(out, want, DISK_SIZE);

    /* the same disk as a qcow2 base (qemu-img convert) */
    g_autofree char *qcow = g_build_filename(tmpdir, "e0.qcow2", NULL);
    g_autofree char *conv = g_strdup_printf("qemu-img convert -f raw -O qcow2 "
                                            "%s %s", img, qcow);
    if (system(conv) == 0) {
        g_assert_true(snap_disk_export(db, "s", "d0", qcow, out, &err));
        g_assert_no_error(err);
        assert_file(out, want, DISK_SIZE);
    } else {
        g_test_message("qemu-img missing: no qcow2 base checked");
    }

    /* refusals, one line each; the base image never written */
    g_autofree char *small = make_image("e1.raw", DISK_SIZE / 2, 0x50);
    struct {
        const char *name, *drive, *image, *out;
        char *want;
    } cases[] = {
        { "nope", "d0", NULL, out,
          g_strdup_printf("%s: no snapshot named 'nope'", path) },
        { "s", "d1", NULL, out,
          g_strdup("snapshot 's' has no disk 'd1' (it has 'd0')") },
        { "s", "d0", img, img,
          g_strdup_printf("%s: is the base image itself; export to another "
                          "file", img) },
        { "s", "d0", small, out,
          g_strdup_printf("snapshot 's': drive 'd0' is 262144 bytes, image "
                          "%s is 131072", small) },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_assert_false(snap_disk_export(db, cases[i].name, cases[i].drive,
                                        cases[i].image, cases[i].out, &err));
        g_assert_nonnull(err);
        g_assert_cmpstr(err->message, ==, cases[i].want);
        g_clear_error(&err);
        g_free(cases[i].want);
    }
    g_autofree char *sha2 = sha_file(img);
    g_assert_cmpstr(sha, ==, sha2);
    snap_db_close(db);
    tm_free(&t);
    g_unlink(path);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    tmpdir = g_dir_make_tmp("farad-snap-disk-XXXXXX", NULL);
    g_test_add_func("/snap/disk/save-load", test_save_load);
    g_test_add_func("/snap/disk/refusals", test_refusals);
    g_test_add_func("/snap/disk/export", test_export);
    int rc = g_test_run();
    g_autofree char *cmd = g_strdup_printf("rm -rf %s", tmpdir);
    (void)!system(cmd);
    g_free(tmpdir);
    return rc;
}
