/* SPDX-License-Identifier: MIT */
/*
 * Snapshots of spapr-vscsi and its SCSI devices: the machine's default
 * adapter (pseries-2.8 without -nodefaults: the empty CD-ROM at target
 * 2) with a registered CRQ, interrupts on, bypass, a few valid TCEs and
 * the CD's unit attention taken. savevm keeps all of it, loadvm brings
 * it back over a changed state, the state hash follows, and a save of
 * the loaded machine equals the first (the valid TCEs are saved as a
 * list: a table is mostly empty).
 */
#include "snap-test-util.h"
#include "core/machine/scsi.h"
#include "core/machine/spapr.h"

#define PROG "calls-be"

static SpaprVioDevice *adapter(Machine *m)
{
    Device *d = device_find(m, "spapr-vscsi");
    g_assert_nonnull(d);
    return (SpaprVioDevice *)d;
}

static void test_save_load(void)
{
    g_autofree char *bios = guest_path(PROG);
    if (!bios) {
        return;
    }
    TMachine t;
    tm_new(&t, bios, "pseries-2.8", 0);
    tm_run(&t, 20000);
    SpaprVioDevice *v = adapter(t.m);
    g_assert_nonnull(v->tce.table);
    g_autofree char *h0 = snap_state_hash(t.m);
    /* the guest's view: queue, interrupts, bypass, three mappings */
    v->crq_addr = 0x3000;
    v->crq_size = 0x1000;
    v->crq_next = 0x40;
    v->signal_state = 1;
    v->tce_bypass = true;
    v->tce.table[0] = 0x100003;
    v->tce.table[7] = 0x200001;
    v->tce.table[65535] = 0x300002;
    ScsiDevice *cd = scsi_find(t.m, &v->dev, 0, 2, 0);
    g_assert_nonnull(cd);
    scsi_device_reset(cd);
    g_autofree char *h1 = snap_state_hash(t.m);
    g_assert_cmpstr(h1, !=, h0);

    g_autofree char *path = tmp_db("vscsi");
    GError *err = NULL;
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    g_assert_true(snap_save(t.m, db, "a", NULL, &err));
    g_assert_no_error(err);

    /* change everything, then load */
    memset(v->tce.table, 0, v->tce_bytes);
    v->tce.table[9] = 0x999003;
    v->crq_size = 0;
    v->crq_next = 0;
    v->signal_state = 0;
    v->tce_bypass = false;
    g_assert_true(snap_load(t.m, db, "a", &err));
    g_assert_no_error(err);
    v = adapter(t.m);
    g_assert_cmphex(v->crq_addr, ==, 0x3000);
    g_assert_cmphex(v->crq_size, ==, 0x1000);
    g_assert_cmphex(v->crq_next, ==, 0x40);
    g_assert_cmpuint(v->signal_state, ==, 1);
    g_assert_true(v->tce_bypass);
    g_assert_cmphex(v->tce.table[0], ==, 0x100003);
    g_assert_cmphex(v->tce.table[7], ==, 0x200001);
    g_assert_cmphex(v->tce.table[65535], ==, 0x300002);
    g_assert_cmphex(v->tce.table[9], ==, 0);
    g_autofree char *h2 = snap_state_hash(t.m);
    g_assert_cmpstr(h2, ==, h1);

    /* save -> load -> save: the same state hash (the sections' values) */
    g_assert_true(snap_save(t.m, db, "b", NULL, &err));
    g_assert_no_error(err);
    g_assert_true(snap_load(t.m, db, "b", &err));
    g_autofree char *h3 = snap_state_hash(t.m);
    g_assert_cmpstr(h3, ==, h1);
    snap_db_close(db);
    tm_free(&t);
    g_unlink(path);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/snap/vscsi/save-load", test_save_load);
    return g_test_run();
}
