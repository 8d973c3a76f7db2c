/* SPDX-License-Identifier: MIT */
/*
 * Snapshot store tests: description coverage (every PpcArch / SpaprState
 * byte saved or marked derived), save/load round trips, a guest program
 * saved midway and resumed in a fresh machine (identical console output
 * and final state hash), page deduplication, schema checks and
 * migration, machine-type refusal, failed loads leaving the machine
 * unchanged, SQLite fault injection and a process killed mid-save.
 */
#include <sys/wait.h>

#include "snap-test-util.h"
#include "core/machine/spapr.h"
#include "cpu-ppc/cpu-snap.h"
#include "snapshot/snap-int.h"
#include "snapshot/snap-platform.h"

#define PROG "calls-be"
#define MID 200000      /* icount of the midway snapshot */

/* ---- coverage ---- */

static void test_coverage_cpu(void)
{
    GError *err = NULL;
    g_assert_true(snap_section_covers(&ppc_cpu_snap, sizeof(PpcArch), &err));
    g_assert_no_error(err);
}

static void test_coverage_spapr(void)
{
    GError *err = NULL;
    bool ok = snap_section_covers(&snap_spapr_section, sizeof(SpaprState),
                                  &err);
    g_assert_no_error(err);  /* names the uncovered bytes */
    g_assert_true(ok);
    ok = snap_section_covers(&snap_spapr_cpu_section, sizeof(SpaprCpuState),
                             &err);
    g_assert_no_error(err);
    g_assert_true(ok);
}

/* The checker itself catches a forgotten field. (Its limit: a member
 * smaller than the next one's alignment, hidden where padding could be,
 * is indistinguishable from padding.) */
typedef struct Probe {
    uint64_t a;
    uint32_t b;
    uint64_t forgotten;   /* 16..23: more than padding can explain */
    uint64_t c;
} Probe;

static void test_coverage_detects(void)
{
    static const SnapField f[] = {
        SNAP_U64("a", Probe, a, 1),
        SNAP_U32("b", Probe, b, 1),
        SNAP_U64("c", Probe, c, 1),
        SNAP_END
    };
    static const SnapSection s = { .name = "probe", .version = 1,
                                   .min_version = 1, .fields = f };
    GError *err = NULL;
    g_assert_false(snap_section_covers(&s, sizeof(Probe), &err));
    g_assert_nonnull(strstr(err->message, "bytes 12..23"));
    g_clear_error(&err);
}

/* ---- round trip and resume ---- */

static void test_roundtrip(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    g_autofree char *path = tmp_db("rt");
    GError *err = NULL;
    TMachine t;
    tm_new(&t, bios, NULL, 0);
    g_assert_cmpint(tm_run(&t, MID), ==, MACHINE_EXIT_LIMIT);
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    g_assert_cmpint(snap_db_schema(db), ==, SNAP_SCHEMA_VERSION);
    g_assert_true(snap_save(t.m, db, "a", NULL, &err));
    g_assert_no_error(err);
    g_autofree char *h = snap_state_hash(t.m);
    /* the same name twice is refused */
    g_assert_false(snap_save(t.m, db, "a", NULL, &err));
    g_assert_nonnull(strstr(err->message, "already exists"));
    g_clear_error(&err);
    tm_run(&t, 0);
    g_autofree char *h_end = snap_state_hash(t.m);
    g_assert_cmpstr(h, !=, h_end);
    g_assert_true(snap_load(t.m, db, "a", &err));
    g_assert_no_error(err);
    g_autofree char *h2 = snap_state_hash(t.m);
    g_assert_cmpstr(h, ==, h2);
    g_assert_cmpuint(machine_icount(t.m), ==, MID);

    GArray *l = snap_list(db, &err);
    g_assert_no_error(err);
    g_assert_cmpuint(l->len, ==, 1);
    SnapInfo *i = &g_array_index(l, SnapInfo, 0);
    g_assert_cmpstr(i->state_hash, ==, h);
    g_assert_cmpuint(i->icount, ==, MID);
    g_assert_null(i->created);   /* deterministic unless asked */
    snap_list_free(l);
    /* a child names its parent (the last snapshot saved/loaded) */
    SnapSaveOpts o = { .note = "child", .host_stamp = true };
    g_assert_true(snap_save(t.m, db, "b", &o, &err));
    l = snap_list(db, &err);
    g_assert_cmpstr(g_array_index(l, SnapInfo, 1).parent, ==, "a");
    g_assert_nonnull(g_array_index(l, SnapInfo, 1).created);
    snap_list_free(l);
    g_assert_true(snap_verify(db, stderr, &err));
    g_assert_no_error(err);
    g_assert_true(snap_delete(db, "a", &err));
    g_assert_false(snap_delete(db, "a", &err));
    g_clear_error(&err);
    g_assert_cmpint(snap_gc(db, &err), >=, 0);
    g_assert_true(snap_load(t.m, db, "b", &err));
    g_assert_no_error(err);
    snap_db_close(db);
    tm_free(&t);
    g_unlink(path);
}

/* Save midway, load into a fresh machine, continue: the console output
 * before the save plus after the load equals an uninterrupted run, and
 * so does the final state hash. */
static void resume_check(const char *prog, uint64_t mid)
{
    g_autofree char *bios = guest_path(prog);
    if (!bios) {
        return;
    }
    g_autofree char *path = tmp_db("resume");
    GError *err = NULL;
    TMachine ref, a, b;
    tm_new(&ref, bios, NULL, 0);
    g_assert_cmpint(tm_run(&ref, 0), ==, MACHINE_EXIT_POWEROFF);
    g_autofree char *h_ref = snap_state_hash(ref.m);

    tm_new(&a, bios, NULL, 0);
    g_assert_cmpint(tm_run(&a, mid), ==, MACHINE_EXIT_LIMIT);
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    g_assert_true(snap_save(a.m, db, "mid", NULL, &err));
    g_assert_no_error(err);
    snap_db_close(db);

    tm_new(&b, bios, NULL, 0);
    db = snap_db_open(path, &err);
    g_assert_true(snap_load(b.m, db, "mid", &err));
    g_assert_no_error(err);
    snap_db_close(db);
    g_assert_cmpint(tm_run(&b, 0), ==, MACHINE_EXIT_POWEROFF);
    g_autofree char *h_b = snap_state_hash(b.m);
    GString *joined = g_string_new_len(a.out, (gssize)a.outlen);
    g_string_append_len(joined, b.out, (gssize)b.outlen);
    g_assert_cmpuint(a.outlen, >, 0);
    g_assert_cmpuint(b.outlen, >, 0);
    g_assert_cmpstr(joined->str, ==, ref.out);
    g_assert_cmpstr(h_b, ==, h_ref);
    g_assert_cmpuint(machine_icount(b.m), ==, machine_icount(ref.m));
    g_string_free(joined, TRUE);
    tm_free(&ref);
    tm_free(&a);
    tm_free(&b);
    g_unlink(path);
}

static void test_resume_calls(void)
{
    resume_check("calls-be", MID);
}

static void test_resume_intops(void)
{
    resume_check("int-ops-le", 1500000);
}

/* The same through the command line options. */
static void test_resume_cli(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    g_autofree char *farad = g_strdup_printf("%s/farad", FARAD_BUILD);
    g_autofree char *path = tmp_db("cli");
    g_autofree char *at = g_strdup_printf("%d:mid", MID);
    g_autofree char *o_ref = NULL, *o_a = NULL, *o_b = NULL;
    int st;
    const char *ref[] = { farad, "-nographic", "-bios", bios, NULL };
    g_assert_true(g_spawn_sync(NULL, (char **)ref, NULL, 0, NULL, NULL,
                               &o_ref, NULL, &st, NULL));
    const char *a[] = { farad, "-nographic", "-bios", bios, "-snapshot-db",
                        path, "-savevm-at", at, "-max-insns",
                        G_STRINGIFY(MID), NULL };
    g_assert_true(g_spawn_sync(NULL, (char **)a, NULL, 0, NULL, NULL, &o_a,
                               NULL, &st, NULL));
    const char *b[] = { farad, "-nographic", "-bios", bios, "-snapshot-db",
                        path, "-loadvm", "mid", NULL };
    g_assert_true(g_spawn_sync(NULL, (char **)b, NULL, 0, NULL, NULL, &o_b,
                               NULL, &st, NULL));
    g_autofree char *joined = g_strconcat(o_a, o_b, NULL);
    g_assert_cmpstr(joined, ==, o_ref);
    g_unlink(path);
}

/* ---- RAM pages ---- */

static int64_t count_rows(SnapDb *db, const char *sql)
{
    sqlite3_stmt *st;
    g_assert_cmpint(snap_db_prepare(db, sql, &st), ==, SQLITE_OK);
    g_assert_cmpint(snap_db_step(db, st), ==, SQLITE_ROW);
    int64_t n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

static void test_dedup(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    g_autofree char *path = tmp_db("dedup");
    GError *err = NULL;
    TMachine t;
    tm_new(&t, bios, NULL, 0);
    tm_run(&t, 1000);
    SnapDb *db = snap_db_open(path, &err);
    g_assert_true(snap_save(t.m, db, "one", NULL, &err));
    int64_t pages1 = count_rows(db, "SELECT count(*) FROM page");
    g_assert_cmpint(pages1, >, 0);
    /* zero pages are not stored at all */
    g_assert_cmpint(count_rows(db, "SELECT count(*) FROM ram_page"), <,
                    (int64_t)(machine_ram_size(t.m) / SNAP_PAGE_SIZE / 100));
    /* change 3 pages, one of them to a copy of an existing page */
    uint8_t *ram = machine_ram(t.m);
    memset(ram + 0x1000000, 0x5a, SNAP_PAGE_SIZE);
    memset(ram + 0x1001000, 0xa5, SNAP_PAGE_SIZE);
    memcpy(ram + 0x1002000, ram, SNAP_PAGE_SIZE);
    ppc_invalidate_code(t.m->cpu, 0x1000000, 3 * SNAP_PAGE_SIZE);
    g_assert_true(snap_save(t.m, db, "two", NULL, &err));
    g_assert_no_error(err);
    g_assert_cmpint(count_rows(db, "SELECT count(*) FROM page"), ==,
                    pages1 + 2);
    snap_db_close(db);
    tm_free(&t);
    g_unlink(path);
}

/* ---- schema, foreign files ---- */

static void expect_open_error(const char *path, const char *what)
{
    GError *err = NULL;
    SnapDb *db = snap_db_open(path, &err);
    g_assert_null(db);
    g_assert_nonnull(err);
    if (!strstr(err->message, what)) {
        g_printerr("message: %s\n", err->message);
    }
    g_assert_nonnull(strstr(err->message, what));
    g_assert_null(strchr(err->message, '\n'));
    g_error_free(err);
}

static void test_schema(void)
{
    g_autofree char *path = tmp_db("schema");
    GError *err = NULL;
    /* too new */
    sqlite3 *s;
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    snap_db_close(db);
    g_assert_cmpint(sqlite3_open(path, &s), ==, SQLITE_OK);
    sqlite3_exec(s, "PRAGMA user_version = 99", NULL, NULL, NULL);
    sqlite3_close(s);
    expect_open_error(path, "schema version 99 is newer than this farad's (3)");
    g_unlink(path);
    /* foreign SQLite file */
    g_assert_cmpint(sqlite3_open(path, &s), ==, SQLITE_OK);
    sqlite3_exec(s, "CREATE TABLE t(x)", NULL, NULL, NULL);
    sqlite3_close(s);
    expect_open_error(path, "not a farad snapshot database");
    g_unlink(path);
    /* not a database at all */
    g_assert_true(g_file_set_contents(path, "hello, this is not SQLite at "
                                      "all, just some text padding it out "
                                      "past one hundred bytes so SQLite "
                                      "reads a header from it..........",
                                      -1, NULL));
    expect_open_error(path, "not a farad snapshot database");
    g_unlink(path);
}

/* A file at schema 1 is upgraded in place and keeps its snapshots. */
static void test_migrate(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    g_autofree char *path = tmp_db("migrate");
    GError *err = NULL;
    TMachine t;
    tm_new(&t, bios, NULL, 0);
    tm_run(&t, MID);
    SnapDb *db = snap_db_open_at_schema(path, 1, &err);
    g_assert_no_error(err);
    g_assert_cmpint(snap_db_schema(db), ==, 1);
    g_assert_true(snap_save(t.m, db, "old", NULL, &err));
    g_assert_no_error(err);
    g_autofree char *h = snap_state_hash(t.m);
    snap_db_close(db);
    tm_run(&t, 0);
    db = snap_db_open(path, &err);
    g_assert_no_error(err);
    g_assert_cmpint(snap_db_schema(db), ==, SNAP_SCHEMA_VERSION);
    g_assert_true(snap_load(t.m, db, "old", &err));
    g_assert_no_error(err);
    g_autofree char *h2 = snap_state_hash(t.m);
    g_assert_cmpstr(h, ==, h2);
    g_assert_true(snap_verify(db, stderr, &err));
    snap_db_close(db);
    tm_free(&t);
    g_unlink(path);
}

/* ---- failed loads leave the machine as it was ---- */

static void corrupt_and_expect(const char *bios, const char *sql,
                               const char *what)
{
    g_autofree char *path = tmp_db("bad");
    GError *err = NULL;
    TMachine t;
    tm_new(&t, bios, NULL, 0);
    tm_run(&t, MID);
    SnapDb *db = snap_db_open(path, &err);
    g_assert_true(snap_save(t.m, db, "s", NULL, &err));
    tm_run(&t, MID + 5000);
    g_autofree char *before = snap_state_hash(t.m);
    g_assert_cmpint(snap_db_exec(db, sql), ==, SQLITE_OK);
    g_assert_false(snap_load(t.m, db, "s", &err));
    g_assert_nonnull(err);
    if (!strstr(err->message, what)) {
        g_printerr("message: %s\n", err->message);
    }
    g_assert_nonnull(strstr(err->message, what));
    g_error_free(err);
    g_autofree char *after = snap_state_hash(t.m);
    g_assert_cmpstr(before, ==, after);
    snap_db_close(db);
    tm_free(&t);
    g_unlink(path);
}

static void test_bad_loads(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    corrupt_and_expect(bios, "UPDATE section SET version = 7 WHERE name = "
                       "'cpu'", "cpu: section version 7 is too new");
    corrupt_and_expect(bios, "UPDATE section SET version = 0 WHERE name = "
                       "'cpu'", "cpu: section version 0 is too old");
    corrupt_and_expect(bios, "UPDATE field SET value = 4097 WHERE name = "
                       "'next_irq'", "spapr: next_irq: ");
    corrupt_and_expect(bios, "UPDATE field SET value = value + 4 WHERE name "
                       "= 'nip'", "state hash mismatch");
    corrupt_and_expect(bios, "DELETE FROM field WHERE name = 'lr'",
                       "cpu: field lr is missing");
    corrupt_and_expect(bios, "UPDATE field SET type = 'u32' WHERE name = "
                       "'lr'", "cpu: field lr has type u32");
    corrupt_and_expect(bios, "UPDATE page SET data = randomblob(4096) WHERE "
                       "id = (SELECT min(id) FROM page)", "does not match "
                       "its hash");
    /* the block's size is checked where it is read (issue 13: a smaller
     * one said "RAM page N is malformed") */
    corrupt_and_expect(bios, "UPDATE ram_block SET size = size * 2",
                       "RAM block 'ppc_spapr.ram' has size 0x40000000, the "
                       "machine section's ram_size 0x20000000 expected");
    corrupt_and_expect(bios, "UPDATE ram_block SET size = size / 2",
                       "RAM block 'ppc_spapr.ram' has size 0x10000000, the "
                       "machine section's ram_size 0x20000000 expected");
    corrupt_and_expect(bios, "UPDATE ram_block SET size = size + 1; "
                       "UPDATE field SET value = value + 1 WHERE name = "
                       "'ram_size'", "RAM block 'ppc_spapr.ram' has size "
                       "0x20000001, a non-zero multiple of 4096 expected");
    corrupt_and_expect(bios, "UPDATE ram_page SET idx = 0x20000 WHERE idx = "
                       "(SELECT max(idx) FROM ram_page)", "lies outside RAM "
                       "block 'ppc_spapr.ram' of 0x20000000 bytes");
    corrupt_and_expect(bios, "UPDATE snapshot SET machine_type = "
                       "'pseries-2.7'", "machine type received is "
                       "'pseries-2.7' and local is 'pseries-2.8'");
}

static void test_machine_type(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    g_autofree char *path = tmp_db("mtype");
    GError *err = NULL;
    TMachine a, b;
    tm_new(&a, bios, "pseries-2.7", 0);
    tm_new(&b, bios, "pseries-2.8", 0);
    tm_run(&a, 1000);
    tm_run(&b, 1000);
    SnapDb *db = snap_db_open(path, &err);
    g_assert_true(snap_save(a.m, db, "p27", NULL, &err));
    g_assert_true(snap_save(b.m, db, "p28", NULL, &err));
    g_assert_false(snap_load(b.m, db, "p27", &err));
    g_assert_cmpstr(err->message, ==, "snapshot 'p27': machine type received "
                    "is 'pseries-2.7' and local is 'pseries-2.8'");
    g_clear_error(&err);
    g_assert_false(snap_load(a.m, db, "p28", &err));
    g_assert_nonnull(strstr(err->message, "received is 'pseries-2.8' and "
                            "local is 'pseries-2.7'"));
    g_clear_error(&err);
    g_assert_true(snap_load(a.m, db, "p27", &err));
    g_assert_no_error(err);
    snap_db_close(db);
    tm_free(&a);
    tm_free(&b);
    g_unlink(path);
}

/* ---- fault injection ---- */

static void test_fault_save(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    g_autofree char *path = tmp_db("fault");
    GError *err = NULL;
    TMachine t;
    tm_new(&t, bios, NULL, 8 << 20);   /* small: many iterations */
    tm_run(&t, 1000);
    SnapDb *db = snap_db_open(path, &err);
    g_assert_true(snap_save(t.m, db, "base", NULL, &err));
    snap_db_close(db);
    tm_run(&t, 3000);
    g_autofree char *mh = snap_state_hash(t.m);
    int n;
    /* every call up to 150, then every 61st (a save makes thousands of
     * calls, one per field row; the sanitizer build runs this too) */
    for (n = 1; n < 100000; n += n < 150 ? 1 : 61) {
        GBytes *file0 = file_bytes(path);
        db = snap_db_open(path, &err);
        g_assert_no_error(err);
        snap_db_fail_at(db, n, false);
        bool ok = snap_save(t.m, db, "new", NULL, &err);
        snap_db_close(db);
        g_autofree char *mh2 = snap_state_hash(t.m);
        g_assert_cmpstr(mh, ==, mh2);
        if (ok) {
            g_assert_no_error(err);
            g_bytes_unref(file0);
            break;
        }
        g_assert_nonnull(err);
        g_assert_nonnull(strstr(err->message, "I/O error"));
        g_clear_error(&err);
        GBytes *file1 = file_bytes(path);
        g_assert_true(g_bytes_equal(file0, file1));
        g_bytes_unref(file0);
        g_bytes_unref(file1);
    }
    g_test_message("save succeeded at injection point %d", n);
    g_assert_cmpint(n, >, 5);
    /* load: every failure leaves the machine unchanged */
    tm_run(&t, 6000);
    g_autofree char *mh3 = snap_state_hash(t.m);
    for (n = 1; n < 100000; n += n < 150 ? 1 : 61) {
        db = snap_db_open(path, &err);
        snap_db_fail_at(db, n, false);
        bool ok = snap_load(t.m, db, "new", &err);
        snap_db_close(db);
        if (ok) {
            break;
        }
        g_assert_nonnull(err);
        g_clear_error(&err);
        g_autofree char *mh4 = snap_state_hash(t.m);
        g_assert_cmpstr(mh3, ==, mh4);
    }
    g_autofree char *mh5 = snap_state_hash(t.m);
    g_assert_cmpstr(mh, ==, mh5);
    tm_free(&t);
    g_unlink(path);
}

/* A process killed in the middle of a save leaves the earlier snapshots
 * intact. */
static void test_crash(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    g_autofree char *path = tmp_db("crash");
    GError *err = NULL;
    TMachine t;
    tm_new(&t, bios, NULL, 8 << 20);   /* small: many iterations */
    tm_run(&t, 1000);
    SnapDb *db = snap_db_open(path, &err);
    g_assert_true(snap_save(t.m, db, "base", NULL, &err));
    snap_db_close(db);
    tm_run(&t, 2000);
    for (int n = 3; n < 60; n += 7) {
        fflush(NULL);
        pid_t pid = fork();
        if (pid == 0) {
            SnapDb *d = snap_db_open(path, NULL);
            snap_db_fail_at(d, n, true);
            snap_save(t.m, d, "doomed", NULL, NULL);
            _exit(0);
        }
        int st;
        g_assert_cmpint(waitpid(pid, &st, 0), ==, pid);
        db = snap_db_open(path, &err);
        g_assert_no_error(err);
        g_assert_true(snap_verify(db, stderr, &err));
        GArray *l = snap_list(db, &err);
        g_assert_cmpstr(g_array_index(l, SnapInfo, 0).name, ==, "base");
        if (l->len == 2) {
            snap_delete(db, "doomed", &err);   /* the save completed */
        }
        snap_list_free(l);
        g_assert_true(snap_load(t.m, db, "base", &err));
        g_assert_no_error(err);
        snap_db_close(db);
    }
    tm_free(&t);
    g_unlink(path);
}

/* ---- committed fixture databases, one per schema version ---- */

static void test_fixtures(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    g_autofree char *exp_path = g_strdup_printf("%s/tests/guest/expected/%s"
                                                ".txt", FARAD_SRC, PROG);
    g_autofree char *expected = NULL;
    g_assert_true(g_file_get_contents(exp_path, &expected, NULL, NULL));
    for (int v = 1; v <= SNAP_SCHEMA_VERSION; v++) {
        g_autofree char *fx = g_strdup_printf("%s/tests/snap/fixtures/"
                                              "schema%d.db", FARAD_SRC, v);
        g_autofree char *path = tmp_db("fixture");
        GBytes *b = file_bytes(fx);
        g_assert_true(g_file_set_contents(path, g_bytes_get_data(b, NULL),
                                          (gssize)g_bytes_get_size(b), NULL));
        g_bytes_unref(b);
        GError *err = NULL;
        SnapDb *db = snap_db_open(path, &err);
        g_assert_no_error(err);
        g_assert_cmpint(snap_db_schema(db), ==, SNAP_SCHEMA_VERSION);
        g_assert_true(snap_verify(db, stderr, &err));
        TMachine t;
        /* the program image does not matter: RAM comes from the file;
         * the fixtures' machine had no VSCSI adapter (their pseries-2.8
         * interrupt numbers say so): -nodefaults builds it today */
        tm_new_machine(&t, bios, NULL, 0, true);
        if (v == 1) {
            /* the alias, as a file may hold it from when "pseries" meant
             * pseries-2.8 (the machine tm_new builds): loads as that */
            g_assert_cmpint(snap_db_exec(db, "UPDATE snapshot SET "
                                         "machine_type = 'pseries'"), ==,
                            SQLITE_OK);
        }
        snap_load(t.m, db, "mid", &err);
        g_assert_no_error(err);
        snap_db_close(db);
        g_assert_cmpint(tm_run(&t, 0), ==, MACHINE_EXIT_POWEROFF);
        /* the fixture was saved after the program's first lines */
        g_assert_true(g_str_has_suffix(expected, t.out));
        g_assert_cmpuint(t.outlen, >, 0);
        tm_free(&t);
        g_unlink(path);
    }
}

/* Regenerate tests/snap/fixtures/schemaN.db for this build's schema
 * versions (run the test binary with FARAD_SNAP_WRITE_FIXTURES=1). */
static void write_fixtures(void)
{
    g_autofree char *bios = guest_path(PROG);
    for (int v = 1; bios && v <= SNAP_SCHEMA_VERSION; v++) {
        g_autofree char *fx = g_strdup_printf("%s/tests/snap/fixtures/"
                                              "schema%d.db", FARAD_SRC, v);
        g_unlink(fx);
        GError *err = NULL;
        TMachine t;
        tm_new(&t, bios, NULL, 0);
        tm_run(&t, MID);
        SnapDb *db = snap_db_open_at_schema(fx, v, &err);
        g_assert_no_error(err);
        g_assert_true(snap_save(t.m, db, "mid", NULL, &err));
        snap_db_exec(db, "VACUUM");
        snap_db_close(db);
        tm_free(&t);
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    if (getenv("FARAD_SNAP_WRITE_FIXTURES")) {
        write_fixtures();
        return 0;
    }
    g_test_add_func("/snap/coverage/cpu", test_coverage_cpu);
    g_test_add_func("/snap/coverage/spapr", test_coverage_spapr);
    g_test_add_func("/snap/coverage/detects", test_coverage_detects);
    g_test_add_func("/snap/roundtrip", test_roundtrip);
    g_test_add_func("/snap/resume/calls", test_resume_calls);
    g_test_add_func("/snap/resume/int-ops", test_resume_intops);
    g_test_add_func("/snap/resume/cli", test_resume_cli);
    g_test_add_func("/snap/dedup", test_dedup);
    g_test_add_func("/snap/schema", test_schema);
    g_test_add_func("/snap/migrate", test_migrate);
    g_test_add_func("/snap/bad-loads", test_bad_loads);
    g_test_add_func("/snap/machine-type", test_machine_type);
    g_test_add_func("/snap/fault", test_fault_save);
    g_test_add_func("/snap/crash", test_crash);
    g_test_add_func("/snap/fixtures", test_fixtures);
    return g_test_run();
}
