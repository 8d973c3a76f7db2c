/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of snapshots of a machine whose PCI devices device_add /
 * device_del changed (pci/phb-hotplug-set.c, snapshot/snap-machine.c):
 * savevm records the device set, loadvm in the same machine rebuilds it
 * and then restores the devices' state. The guest's side of each
 * hot-plug is played through the DR connector as PAPR 13.5 has a
 * guest do it (unisolate, indicator active, configure-connector to the
 * end; isolate to let a function go). Checked:
 *  - device_add, savevm, device_del (the guest lets go), loadvm: the
 *    virtio-blk function is back at its slot with its config space
 *    (BARs, command) and virtqueue (addresses, indices), answers the
 *    next request from the disk, and the state hash is the saved one;
 *  - the reverse: savevm before device_add, loadvm after it: the
 *    function and the connector's device are gone;
 *  - a command-line device device_del removed comes back where it was,
 *    ahead of its sibling of the same kind (a section's instance is its
 *    place in creation order), each with its own queue state;
 *  - a snapshot whose device needs a drive this machine lacks: refused
 *    in one line, nothing changed;
 *  - a damaged snapshot (a field changed behind the state hash) whose
 *    device set differs from the machine's: refused in one line before
 *    any device is re-created or removed;
 *  - a crafted one (its hash recomputed) whose field fails its check
 *    after the set was rebuilt: the old set comes back, with every
 *    device's state (the state hash is the one before the load);
 *  - savevm while the guest has not yet taken a hot-added function, or
 *    has not answered an unplug: the connector's state comes back with
 *    the device and the guest finishes the hot-plug after the load.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "board/board.h"
#include "core/machine/platform.h"
#include "core/machine/spapr-drc.h"
#include "core/machine/spapr.h"
#include "pci/spapr-phb.h"
#include "pci/virtio-pci.h"
#include "snapshot/snap-int.h"
#include "snapshot/snap.h"
#include "virtio-test-io.h"

#define BAR4 VIRTIO_BAR4
#define COMMON VIRTIO_COMMON
#define NOTIFY (BAR4 + 0x3000)
#define DESC VIRTIO_DESC
#define AVAIL VIRTIO_AVAIL
#define USED VIRTIO_USED
#define HDR 0x104000
#define DATA 0x105000
#define STAT 0x106000

typedef struct Fixture {
    char *dir, *img, *db_path;
    SnapDb *db;
} Fixture;

static void fixture_init(Fixture *f)
{
    f->dir = g_dir_make_tmp("farad-hpsnap-XXXXXX", NULL);
    f->img = g_build_filename(f->dir, "d.img", NULL);
    uint8_t *bytes = g_malloc0(0x10000);
    for (int n = 0; n < 128; n++) {
        bytes[512 * n] = (uint8_t)n;
    }
    g_assert_true(g_file_set_contents(f->img, (char *)bytes, 0x10000, NULL));
    g_free(bytes);
    f->db_path = g_build_filename(f->dir, "s.db", NULL);
    GError *err = NULL;
    f->db = snap_db_open(f->db_path, &err);
    g_assert_no_error(err);
}

static void fixture_clear(Fixture *f)
{
    snap_db_close(f->db);
    g_unlink(f->db_path);
    g_unlink(f->img);
    g_rmdir(f->dir);
    g_free(f->dir);
    g_free(f->img);
    g_free(f->db_path);
}

static Machine *mk(const char *const *devs, const char *img)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup("pseries-7.2");
    cfg.nodefaults = true;
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    for (int i = 0; devs && devs[i]; i++) {
        g_ptr_array_add(cfg.devices, g_strdup(devs[i]));
    }
    if (img) {
        cfg.drives = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(cfg.drives, g_strdup_printf(
            "-drive\nfile=%s,if=none,id=d0,format=raw", img));
    }
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

/* The guest takes a hot-added function: unisolate, indicator active,
 * configure-connector until done (PAPR 13.5.3). */
static void guest_takes(Machine *m, Device *dev)
{
    SpaprDrc *drc = spapr_drc_of_device(m, dev);
    g_assert_nonnull(drc);
    g_assert_cmpint(spapr_drc_set_isolation(drc, SPAPR_UNISOLATED), ==, 0);
    g_assert_cmpint(spapr_drc_set_dr_indicator(drc,
                                               SPAPR_DR_INDICATOR_ACTIVE),
                    ==, 0);
    const char *name;
    const void *data;
    int len;
    SpaprCcResponse r;
    int steps = 0;
    while ((r = spapr_drc_cc_step(drc, &name, &data, &len)) !=
           SPAPR_CC_SUCCESS) {
        g_assert_cmpint(r, >, 0);
        g_assert_cmpint(++steps, <, 1000);
    }
    g_assert_cmpuint(spapr_drc_busy(m), ==, 0);
}

/* device_del, then the guest isolates the function and it goes. */
static void del_and_release(Machine *m, const char *id)
{
    Device *dev = device_find_id(m, id);
    g_assert_nonnull(dev);
    SpaprDrc *drc = spapr_drc_of_device(m, dev);
    GError *err = NULL;
    g_assert_true(pci_hotplug_del(m, id, &err));
    g_assert_no_error(err);
    g_assert_nonnull(device_find_id(m, id));    /* waits for the guest */
    spapr_drc_set_dr_indicator(drc, SPAPR_DR_INDICATOR_INACTIVE);
    g_assert_cmpint(spapr_drc_set_isolation(drc, SPAPR_ISOLATED), ==, 0);
    g_assert_null(device_find_id(m, id));
    g_assert_null(drc->dev);
    g_assert_cmpuint(spapr_drc_busy(m), ==, 0);
}

static PciDevice *at(Machine *m, unsigned slot)
{
    SpaprPhb *p = spapr_phb_find_buid(m, SPAPR_PCI_BASE_BUID);
    return p->bus.devs[PCI_DEVFN(slot, 0)];
}

/* BAR1, BAR4 and bus master as a driver's firmware would. */
static void program_bars(PciDevice *d)
{
    pci_config_write(d, PCI_BASE_ADDRESS_0 + 4, 0x80000000, 4);
    virtio_bar4_map(d);
}

/* A modern driver: VERSION_1, queue 0 at DESC/AVAIL/USED, DRIVER_OK. */
static void driver_up(Machine *m)
{
    virtio_driver_up(m, 0);
}

/* Read sector into DATA through the ring's next entry (*idx); the
 * status byte. */
static uint8_t blk_read(Machine *m, uint16_t *idx, uint64_t sector)
{
    uint16_t h = (uint16_t)(3 * (*idx % 4));
    st_le(m, HDR, 0, 4);
    st_le(m, HDR + 4, 0, 4);
    st_le(m, HDR + 8, sector, 8);
    m->ram[STAT] = 0xaa;
    m->ram[DATA] = 0xee;
    uint64_t d = DESC + 16 * h;
    st_le(m, d, HDR, 8);
    st_le(m, d + 8, 16, 4);
    st_le(m, d + 12, 1, 2);
    st_le(m, d + 14, h + 1, 2);
    st_le(m, d + 16, DATA, 8);
    st_le(m, d + 24, 512, 4);
    st_le(m, d + 28, 1 | 2, 2);
    st_le(m, d + 30, h + 2, 2);
    st_le(m, d + 32, STAT, 8);
    st_le(m, d + 40, 1, 4);
    st_le(m, d + 44, 2, 2);
    st_le(m, AVAIL + 4 + 2 * (*idx % 256), h, 2);
    (*idx)++;
    st_le(m, AVAIL + 2, *idx, 2);
    wr(m, NOTIFY, 2, 0);
    g_assert_cmpuint(ld_le(m, USED + 2, 2), ==, *idx);
    return m->ram[STAT];
}

static void save(Machine *m, Fixture *f, const char *name)
{
    GError *err = NULL;
    g_assert_true(snap_save(m, f->db, name, NULL, &err));
    g_assert_no_error(err);
}

static void load(Machine *m, Fixture *f, const char *name)
{
    GError *err = NULL;
    g_assert_true(snap_load(m, f->db, name, &err));
    g_assert_no_error(err);
}

static const char blk_add[] = "virtio-blk-pci,drive=d0,id=b0,addr=5";

/* device_add of blk_add, and the guest takes the function. */
static Device *blk_added_and_taken(Machine *m)
{
    GError *err = NULL;
    Device *dev = pci_hotplug_add(m, blk_add, &err);
    g_assert_no_error(err);
    guest_takes(m, dev);
    return dev;
}

/* device_add, savevm, device_del, loadvm: the function is back. */
static void test_add_save_del_load(void)
{
    Fixture f;
    fixture_init(&f);
    Machine *m = mk(NULL, f.img);
    Device *dev = blk_added_and_taken(m);
    program_bars((PciDevice *)dev);
    driver_up(m);
    uint16_t idx = 0;
    g_assert_cmpuint(blk_read(m, &idx, 3), ==, 0);
    g_assert_cmpuint(m->ram[DATA], ==, 3);
    uint8_t cfg[256];
    memcpy(cfg, ((PciDevice *)dev)->config, 256);
    save(m, &f, "with");
    g_autofree char *hash = snap_state_hash(m);

    del_and_release(m, "b0");
    g_assert_null(at(m, 5));
    load(m, &f, "with");
    PciDevice *back = at(m, 5);
    g_assert_nonnull(back);
    g_assert_true(device_find_id(m, "b0") == &back->dev);
    g_assert_cmpstr(back->dev.cls->name, ==, "virtio-blk-pci");
    g_assert_cmpmem(back->config, 256, cfg, 256);
    VirtioPci *v = (VirtioPci *)back;
    g_assert_true(v->vq[0].ready);
    g_assert_cmphex(v->vq[0].desc, ==, DESC);
    g_assert_cmphex(v->vq[0].used, ==, USED);
    g_assert_cmpuint(v->vq[0].last_avail, ==, 1);
    g_assert_cmpuint(v->vq[0].used_idx, ==, 1);
    g_assert_true(spapr_drc_of_device(m, &back->dev)->dev == &back->dev);
    g_assert_cmpuint(spapr_drc_busy(m), ==, 0);
    g_autofree char *hash2 = snap_state_hash(m);
    g_assert_cmpstr(hash2, ==, hash);
    /* the BAR maps again: the next request is served from the disk */
    g_assert_cmpuint(blk_read(m, &idx, 9), ==, 0);
    g_assert_cmpuint(m->ram[DATA], ==, 9);
    /* and it goes again as any hot-added function */
    del_and_release(m, "b0");
    machine_free(m);
    fixture_clear(&f);
}

/* savevm before device_add, loadvm after: the function is gone. */
static void test_save_add_load(void)
{
    Fixture f;
    fixture_init(&f);
    Machine *m = mk(NULL, f.img);
    save(m, &f, "without");
    g_autofree char *hash = snap_state_hash(m);
    Device *dev = blk_added_and_taken(m);
    SpaprDrc *drc = spapr_drc_of_device(m, dev);
    save(m, &f, "with");
    load(m, &f, "without");
    g_assert_null(at(m, 5));
    g_assert_null(device_find_id(m, "b0"));
    g_assert_null(drc->dev);
    g_assert_cmpuint(spapr_drc_entity_sense(drc), ==,
                     SPAPR_ENTITY_SENSE_EMPTY);
    g_autofree char *hash2 = snap_state_hash(m);
    g_assert_cmpstr(hash2, ==, hash);
    /* the drive is free for the device again; and forth to "with" */
    load(m, &f, "with");
    g_assert_nonnull(at(m, 5));
    g_assert_true(drc->dev == &at(m, 5)->dev);
    load(m, &f, "without");
    g_assert_null(at(m, 5));
    machine_free(m);
    fixture_clear(&f);
}

/* A command-line device device_del removed comes back in its place. */
static void test_cold_back(void)
{
    static const char *const devs[] = {
        "virtio-rng-pci,id=r1,addr=3", "virtio-rng-pci,id=r2,addr=4", NULL };
    Fixture f;
    fixture_init(&f);
    Machine *m = mk(devs, NULL);
    /* r2's queue has addresses: the two sections differ */
    program_bars(at(m, 4));
    driver_up(m);
    save(m, &f, "both");
    g_autofree char *hash = snap_state_hash(m);
    del_and_release(m, "r1");
    g_assert_null(at(m, 3));
    load(m, &f, "both");
    PciDevice *r1 = at(m, 3), *r2 = at(m, 4);
    g_assert_nonnull(r1);
    g_assert_true(device_find_id(m, "r1") == &r1->dev);
    g_assert_cmphex(((VirtioPci *)r2)->vq[0].desc, ==, DESC);
    g_assert_cmphex(((VirtioPci *)r1)->vq[0].desc, ==, 0);
    /* creation order as at the save: r1 before r2 */
    Device *first = NULL;
    for (Device *d = m->devices; d && !first; d = d->next) {
        if (d == &r1->dev || d == &r2->dev) {
            first = d;
        }
    }
    g_assert_true(first == &r1->dev);
    g_autofree char *hash2 = snap_state_hash(m);
    g_assert_cmpstr(hash2, ==, hash);
    machine_free(m);
    fixture_clear(&f);
}

/* A snapshot whose device needs a drive this machine lacks. */
static void test_missing_drive(void)
{
    Fixture f;
    fixture_init(&f);
    Machine *a = mk(NULL, f.img);
    GError *err = NULL;
    blk_added_and_taken(a);
    save(a, &f, "with");
    machine_free(a);

    static const char *const rng[] = { "virtio-rng-pci,id=r1,addr=3", NULL };
    Machine *b = mk(rng, NULL);
    g_autofree char *hash = snap_state_hash(b);
    g_assert_false(snap_load(b, f.db, "with", &err));
    g_assert_cmpstr(err->message, ==,
                    "snapshot 'with' has device 'virtio-blk-pci,drive=d0,"
                    "id=b0,addr=5', whose drive 'd0' this machine does not "
                    "have");
    g_clear_error(&err);
    g_assert_nonnull(at(b, 3));                 /* nothing changed */
    g_assert_null(at(b, 5));
    g_autofree char *hash2 = snap_state_hash(b);
    g_assert_cmpstr(hash2, ==, hash);
    machine_free(b);
    fixture_clear(&f);
}

/* Make the stored state hash match the edited rows, as an attacker can
 * (verify prints the hash the rows give). */
static void rehash(Fixture *f, const char *name)
{
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    GError *err = NULL;
    g_assert_false(snap_verify(f->db, out, &err));   /* the edit shows */
    g_clear_error(&err);
    fclose(out);
    g_autofree char *line = g_strdup_printf("snapshot %s: state hash", name);
    const char *at_line = strstr(text, line);
    g_assert_nonnull(at_line);
    const char *give = strstr(at_line, "rows give ");
    g_assert_nonnull(give);
    g_autofree char *h = g_strndup(give + strlen("rows give "), 64);
    g_autofree char *sql = g_strdup_printf("UPDATE snapshot SET state_hash "
                                           "= '%s' WHERE name = '%s'", h,
                                           name);
    g_assert_cmpint(snap_db_exec(f->db, sql), ==, SQLITE_OK);
    free(text);
}

/* A snapshot taken with the hot-added blk, edited by the SQL `edit`
 * (with recompute, the stored state hash is then made to match), loaded
 * into the machine that has removed the blk since: refused with `want`
 * in the message, and the machine's device set and state hash as they
 * were. */
static void refused_after_del(const char *edit, bool recompute,
                              const char *want)
{
    Fixture f;
    fixture_init(&f);
    Machine *m = mk(NULL, f.img);
    GError *err = NULL;
    blk_added_and_taken(m);
    save(m, &f, "with");
    del_and_release(m, "b0");
    g_assert_null(at(m, 5));
    g_autofree char *hash = snap_state_hash(m);
    g_assert_cmpint(snap_db_exec(f.db, edit), ==, SQLITE_OK);
    if (recompute) {
        rehash(&f, "with");
    }
    g_assert_false(snap_load(m, f.db, "with", &err));
    g_assert_nonnull(err);
    g_assert_nonnull(strstr(err->message, want));
    g_clear_error(&err);
    g_assert_null(at(m, 5));
    g_assert_null(device_find_id(m, "b0"));
    g_autofree char *hash2 = snap_state_hash(m);
    g_assert_cmpstr(hash2, ==, hash);
    machine_free(m);
    fixture_clear(&f);
}

/* A damaged snapshot whose device set differs from the machine's: the
 * hash check comes before the set is rebuilt, so nothing changes. */
static void test_damaged(void)
{
    /* one CPU register changed behind the stored hash */
    refused_after_del("UPDATE field SET value = value + 4 WHERE name = "
                      "'nip'", false, "snapshot 'with': state hash mismatch");
}

/* A crafted snapshot (its hash recomputed) whose device set differs and
 * whose field then fails its check: the set was rebuilt by then, and is
 * put back with every device's state. */
static void test_crafted(void)
{
    /* the RTAS event queue holds at most 16 */
    refused_after_del("UPDATE field SET value = 40 WHERE name = 'nevents'",
                      true, "nevents is 40, out of range");

    /* the other way: the load removed a hot-added device the guest had
     * set up; it comes back with its queues and registers */
    Fixture f;
    fixture_init(&f);
    GError *err = NULL;
    Machine *m = mk(NULL, f.img);
    save(m, &f, "without");
    blk_added_and_taken(m);
    g_assert_nonnull(at(m, 5));
    g_autofree char *hash = snap_state_hash(m);
    g_assert_cmpint(snap_db_exec(f.db, "UPDATE field SET value = 40 "
                                 "WHERE name = 'nevents'"), ==, SQLITE_OK);
    rehash(&f, "without");
    g_assert_false(snap_load(m, f.db, "without", &err));
    g_assert_nonnull(err);
    g_assert_nonnull(strstr(err->message, "nevents is 40, out of range"));
    g_clear_error(&err);
    g_assert_nonnull(at(m, 5));
    g_assert_nonnull(device_find_id(m, "b0"));
    g_autofree char *hash2 = snap_state_hash(m);
    g_assert_cmpstr(hash2, ==, hash);
    machine_free(m);
    fixture_clear(&f);
}

static void test_pending(void)
{
    Fixture f;
    fixture_init(&f);
    Machine *m = mk(NULL, f.img);
    GError *err = NULL;
    Device *dev = pci_hotplug_add(m, blk_add, &err);
    g_assert_no_error(err);
    SpaprDrc *drc = spapr_drc_of_device(m, dev);
    g_assert_cmphex(spapr_drc_busy(m), ==, 0x40000028);
    save(m, &f, "pending");
    g_autofree char *hash = snap_state_hash(m);
    g_assert_true(pci_hotplug_del(m, "b0", &err));
    g_assert_null(device_find_id(m, "b0"));      /* released at once */
    load(m, &f, "pending");
    g_assert_nonnull(at(m, 5));
    g_assert_true(drc->dev == &at(m, 5)->dev);
    g_assert_cmpuint(drc->state, ==, SPAPR_DRC_PHYSICAL_POWERON);
    g_assert_true(drc->hotplugged);
    g_assert_cmphex(spapr_drc_busy(m), ==, 0x40000028);
    g_autofree char *hash2 = snap_state_hash(m);
    g_assert_cmpstr(hash2, ==, hash);
    guest_takes(m, &at(m, 5)->dev);
    /* an unplug the guest has not answered yet */
    g_assert_true(pci_hotplug_del(m, "b0", &err));
    g_assert_true(drc->unplug_requested);
    save(m, &f, "unplugging");
    spapr_drc_set_dr_indicator(drc, SPAPR_DR_INDICATOR_INACTIVE);
    g_assert_cmpint(spapr_drc_set_isolation(drc, SPAPR_ISOLATED), ==, 0);
    g_assert_null(device_find_id(m, "b0"));
    load(m, &f, "unplugging");
    g_assert_nonnull(device_find_id(m, "b0"));
    g_assert_true(drc->unplug_requested);
    g_assert_cmpuint(drc->state, ==, SPAPR_DRC_PHYSICAL_CONFIGURED);
    /* the guest finishes the unplug after the load */
    spapr_drc_set_dr_indicator(drc, SPAPR_DR_INDICATOR_INACTIVE);
    g_assert_cmpint(spapr_drc_set_isolation(drc, SPAPR_ISOLATED), ==, 0);
    g_assert_null(device_find_id(m, "b0"));
    g_assert_cmpuint(spapr_drc_busy(m), ==, 0);
    machine_free(m);
    fixture_clear(&f);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/hotplug-snap/add-save-del-load", test_add_save_del_load);
    g_test_add_func("/hotplug-snap/save-add-load", test_save_add_load);
    g_test_add_func("/hotplug-snap/cold-back", test_cold_back);
    g_test_add_func("/hotplug-snap/missing-drive", test_missing_drive);
    g_test_add_func("/hotplug-snap/damaged", test_damaged);
    g_test_add_func("/hotplug-snap/crafted", test_crafted);
    g_test_add_func("/hotplug-snap/pending", test_pending);
    return g_test_run();
}
