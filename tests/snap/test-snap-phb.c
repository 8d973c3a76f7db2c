/* SPDX-License-Identifier: MIT */
/*
 * The spapr_pci section against QEMU 7.2's own bytes
 * (/work/shared/fixtures/qemu-7.2/mig, copied expectations in the
 * spec): export byte-identical for pseries-2.7/2.8 with one and two
 * PHBs, import with EQUAL checks ("local != received" in hex), the
 * QEMU 2.7 strict reader accepting farad's pseries-2.7 output, the
 * historical 2.7 -> 2.8 failure without the fold, the compat fields in
 * the snapshot database only with pre-2.8-migration, and the spapr_pci
 * sections read out of real QEMU migration streams.
 */
#include "board/board.h"
#include "snap-test-util.h"
#include "snapshot/snap-wire.h"

#define MIG "/work/shared/fixtures/qemu-7.2/mig/"

static char *fixture(const char *name)
{
    char *p = g_strconcat(MIG, name, NULL);
    if (!g_file_test(p, G_FILE_TEST_EXISTS)) {
        g_free(p);
        p = g_strdup_printf("%s/tests/snap/fixtures/%s", FARAD_SRC, name);
    }
    return p;
}

/* A machine of type mtype with -nodefaults (as the fixtures were made)
 * and nphb PHBs; no guest code runs. */
static Machine *phb_machine(const char *mtype, int nphb, const char *global)
{
    g_autofree char *bios = g_strdup_printf("%s/farad-phb-%d.bin",
                                            g_get_tmp_dir(), (int)getpid());
    g_assert_true(g_file_set_contents(bios, "\0\0\0\0", 4, NULL));
    MachineConfig cfg;
    GError *err = NULL;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    cfg.bios = g_strdup(bios);
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup(mtype);
    cfg.nodefaults = true;
    cfg.serial_stdio = false;
    for (int i = 1; i < nphb; i++) {
        if (!cfg.devices) {
            cfg.devices = g_ptr_array_new_with_free_func(g_free);
        }
        g_ptr_array_add(cfg.devices, g_strdup_printf(
            "spapr-pci-host-bridge,index=%d", i));
    }
    if (global) {
        cfg.globals = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(cfg.globals, g_strdup(global));
    }
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    g_unlink(bios);
    return m;
}

static Device *phb(Machine *m, int inst)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (d->cls->snap && !strcmp(d->cls->snap->name, "spapr_pci") &&
            inst-- == 0) {
            return d;
        }
    }
    g_assert_not_reached();
}

static void check_export(const char *mtype, int nphb, int inst,
                         const char *file)
{
    g_autofree char *path = fixture(file);
    GBytes *want = file_bytes(path);
    SnapWireSection ws = { 0 };
    GError *err = NULL;
    g_assert_true(snap_wire_parse_section(g_bytes_get_data(want, NULL),
                                          g_bytes_get_size(want), &ws, &err));
    Machine *m = phb_machine(mtype, nphb, NULL);
    Device *d = phb(m, inst);
    GByteArray *pl = snap_wire_encode(d->cls->snap, d);
    GByteArray *sec = snap_wire_section("spapr_pci", ws.section_id,
                                        (uint32_t)inst, d->cls->snap->version,
                                        pl, true);
    g_assert_cmpmem(sec->data, sec->len, g_bytes_get_data(want, NULL),
                    g_bytes_get_size(want));
    /* and it imports back, as the current and (for 2.7) the strict
     * QEMU 2.7 reader */
    g_assert_true(snap_phb_check_payload(d, ws.payload, ws.payload_len,
                                         ws.version, SNAP_PHB_READER_CURRENT,
                                         NULL, &err));
    g_assert_no_error(err);
    if (!strcmp(mtype, "pseries-2.7")) {
        g_assert_true(snap_phb_check_payload(d, ws.payload, ws.payload_len,
                                             ws.version,
                                             SNAP_PHB_READER_QEMU_2_7, NULL,
                                             &err));
        g_assert_no_error(err);
    }
    g_byte_array_unref(pl);
    g_byte_array_unref(sec);
    g_free(ws.idstr);
    g_bytes_unref(want);
    machine_free(m);
}

static void test_export(void)
{
    check_export("pseries-2.7", 1, 0, "p27-spapr_pci-inst0.bin");
    check_export("pseries-2.8", 1, 0, "p28-spapr_pci-inst0.bin");
    check_export("pseries-2.7", 2, 0, "p27-2phb-spapr_pci-inst0.bin");
    check_export("pseries-2.7", 2, 1, "p27-2phb-spapr_pci-inst1.bin");
    check_export("pseries-2.8", 2, 0, "p28-2phb-spapr_pci-inst0.bin");
    check_export("pseries-2.8", 2, 1, "p28-2phb-spapr_pci-inst1.bin");
}

/* Import a (patched) p27 payload into a machine; NULL: expect success. */
static void import_p27(const char *mtype, const char *global, size_t patch_at,
                       const uint8_t *patch, size_t plen,
                       SnapPhbReader reader, const char *expect)
{
    g_autofree char *path = fixture("p27-spapr_pci-inst0.bin");
    GBytes *b = file_bytes(path);
    gsize n;
    const void *src = g_bytes_get_data(b, &n);
    uint8_t *d = g_memdup2(src, n);
    SnapWireSection ws = { 0 };
    GError *err = NULL;
    g_assert_true(snap_wire_parse_section(d, n, &ws, &err));
    if (patch) {
        memcpy((uint8_t *)ws.payload + patch_at, patch, plen);
    }
    Machine *m = phb_machine(mtype, 1, global);
    bool ok = snap_phb_check_payload(phb(m, 0), ws.payload, ws.payload_len,
                                     ws.version, reader, NULL, &err);
    if (!expect) {
        g_assert_no_error(err);
        g_assert_true(ok);
    } else {
        g_assert_false(ok);
        if (!strstr(err->message, expect)) {
            g_printerr("message: %s\n", err->message);
        }
        g_assert_nonnull(strstr(err->message, expect));
        g_clear_error(&err);
    }
    machine_free(m);
    g_free(ws.idstr);
    g_free(d);
    g_bytes_unref(b);
}

static void test_import(void)
{
    static const uint8_t size2g[8] = { 0, 0, 0, 0, 0x80, 0, 0, 0 };
    static const uint8_t junk[4] = { 0xde, 0xad, 0xbe, 0xef };
    static const uint8_t buid1[8] = { 0x08, 0, 0, 0, 0x20, 0, 0, 0x01 };
    static const uint8_t lsi[4] = { 0, 0, 0x10, 0x03 };
    /* spec §5.4, QEMU 7.2's own results */
    import_p27("pseries-2.7", NULL, 0, NULL, 0, SNAP_PHB_READER_CURRENT, NULL);
    import_p27("pseries-2.7", NULL, 20, size2g, 8, SNAP_PHB_READER_CURRENT,
               NULL);   /* mig_mem_win_size is read and ignored */
    import_p27("pseries-2.7", NULL, 8, junk, 4, SNAP_PHB_READER_CURRENT,
               NULL);   /* so is mig_liobn */
    import_p27("pseries-2.7", NULL, 0, buid1, 8, SNAP_PHB_READER_CURRENT,
               "spapr_pci: buid: 800000020000000 != 800000020000001");
    import_p27("pseries-2.7", NULL, 44, lsi, 4, SNAP_PHB_READER_CURRENT,
               "spapr_pci: lsi_table[0].irq: 1002 != 1003");
    import_p27("pseries-2.7", "spapr-pci-host-bridge.pre-2.8-migration=off",
               0, NULL, 0, SNAP_PHB_READER_CURRENT,
               "lsi_table[0].irq: 1002 != 80000000");
    /* the strict QEMU 2.7 reader rejects what the current one ignores */
    import_p27("pseries-2.7", NULL, 20, size2g, 8, SNAP_PHB_READER_QEMU_2_7,
               "spapr_pci: mem_win_size: f80000000 != 80000000");
    import_p27("pseries-2.7", NULL, 8, junk, 4, SNAP_PHB_READER_QEMU_2_7,
               "spapr_pci: dma_liobn[0]: 80000000 != deadbeef");
}

/* The historical failure: a 2.8 development build (split windows, all
 * six fields still EQUAL, no fold) receiving pseries-2.7 state. */
static void test_regression_2_7_to_2_8(void)
{
    import_p27("pseries-2.7", NULL, 0, NULL, 0, SNAP_PHB_READER_2_8_DEV,
               "mem_win_size: 80000000 != f80000000");
    /* farad's own pseries-2.7 output: the fold makes 2.7 accept it */
    Machine *m = phb_machine("pseries-2.7", 1, NULL);
    Device *d = phb(m, 0);
    GByteArray *pl = snap_wire_encode(d->cls->snap, d);
    GError *err = NULL;
    g_assert_true(snap_phb_check_payload(d, pl->data, pl->len, 2,
                                         SNAP_PHB_READER_QEMU_2_7, NULL,
                                         &err));
    g_assert_false(snap_phb_check_payload(d, pl->data, pl->len, 2,
                                          SNAP_PHB_READER_2_8_DEV, NULL,
                                          &err));
    g_assert_nonnull(strstr(err->message, "mem_win_size: 80000000 != "
                            "f80000000"));
    g_clear_error(&err);
    g_byte_array_unref(pl);
    machine_free(m);
}

/* In the database: compat fields only with pre-2.8-migration, EQUAL
 * buid refused on load. */
static void test_db(void)
{
    g_autofree char *path = tmp_db("phb");
    GError *err = NULL;
    SnapDb *db = snap_db_open(path, &err);
    Machine *m27 = phb_machine("pseries-2.7", 1, NULL);
    Machine *m28 = phb_machine("pseries-2.8", 1, NULL);
    g_assert_true(snap_save(m27, db, "p27", NULL, &err));
    g_assert_true(snap_save(m28, db, "p28", NULL, &err));
    g_assert_no_error(err);
    sqlite3_stmt *st;
    const char *q = "SELECT count(*) FROM field f JOIN section s ON "
                    "f.section = s.id JOIN snapshot n ON s.snapshot = n.id "
                    "WHERE s.name = 'spapr_pci' AND f.name LIKE 'mig_%' AND "
                    "n.name = ?";
    for (int i = 0; i < 2; i++) {
        g_assert_cmpint(snap_db_prepare(db, q, &st), ==, SQLITE_OK);
        sqlite3_bind_text(st, 1, i ? "p28" : "p27", -1, SQLITE_STATIC);
        g_assert_cmpint(snap_db_step(db, st), ==, SQLITE_ROW);
        g_assert_cmpint(sqlite3_column_int(st, 0), ==, i ? 0 : 5);
        sqlite3_finalize(st);
    }
    g_assert_cmpint(snap_db_prepare(db, "SELECT value FROM field f JOIN "
                                    "section s ON f.section = s.id WHERE "
                                    "s.name = 'spapr_pci' AND f.name = "
                                    "'mig_mem_win_size'", &st), ==, SQLITE_OK);
    g_assert_cmpint(snap_db_step(db, st), ==, SQLITE_ROW);
    g_assert_cmpint(sqlite3_column_int64(st, 0), ==, 0xf80000000LL);
    sqlite3_finalize(st);
    g_assert_true(snap_load(m27, db, "p27", &err));
    g_assert_no_error(err);
    g_assert_cmpint(snap_db_exec(db, "UPDATE field SET value = value + 1 "
                                 "WHERE name = 'buid'"), ==, SQLITE_OK);
    g_assert_false(snap_load(m28, db, "p28", &err));
    g_assert_cmpstr(err->message, ==, "spapr_pci: buid: 800000020000000 != "
                    "800000020000001 (local != received)");
    g_clear_error(&err);
    snap_db_close(db);
    machine_free(m27);
    machine_free(m28);
    g_unlink(path);
}

/* The spapr_pci sections read out of QEMU's migration streams. */
static void test_qemu_stream(void)
{
    static const struct {
        const char *mig, *bin, *machine;
    } c[] = {
        { "p27.mig.gz", "p27-spapr_pci-inst0.bin", "pseries-2.7" },
        { "p28.mig.gz", "p28-spapr_pci-inst0.bin", "pseries-2.8" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(c); i++) {
        g_autofree char *mig = fixture(c[i].mig);
        g_autofree char *bin = fixture(c[i].bin);
        GError *err = NULL;
        SnapQemuStream *s = snap_qemu_read(mig, "spapr_pci", &err);
        g_assert_no_error(err);
        g_assert_cmpstr(s->machine, ==, c[i].machine);
        g_assert_cmpuint(s->sections->len, ==, 1);
        SnapWireSection *w = s->sections->pdata[0];
        GBytes *want = file_bytes(bin);
        SnapWireSection ws = { 0 };
        g_assert_true(snap_wire_parse_section(g_bytes_get_data(want, NULL),
                                              g_bytes_get_size(want), &ws,
                                              &err));
        g_assert_cmpuint(w->section_id, ==, ws.section_id);
        g_assert_cmpmem(w->payload, w->payload_len, ws.payload,
                        ws.payload_len);
        Machine *m = phb_machine(c[i].machine, 1, NULL);
        g_assert_true(snap_phb_check_payload(phb(m, 0), w->payload,
                                             w->payload_len, w->version,
                                             SNAP_PHB_READER_CURRENT, NULL,
                                             &err));
        g_assert_no_error(err);
        machine_free(m);
        g_free(ws.idstr);
        g_bytes_unref(want);
        snap_qemu_free(s);
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/snap-phb/export", test_export);
    g_test_add_func("/snap-phb/import", test_import);
    g_test_add_func("/snap-phb/regression-2.7-2.8", test_regression_2_7_to_2_8);
    g_test_add_func("/snap-phb/db", test_db);
    g_test_add_func("/snap-phb/qemu-stream", test_qemu_stream);
    return g_test_run();
}
