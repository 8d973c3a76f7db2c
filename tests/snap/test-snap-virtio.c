/* SPDX-License-Identifier: MIT */
/*
 * PCI device state in snapshots (pci/pci-snap.c): a virtio-rng-pci
 * driven through its BARs as a driver would (INTx, no MSI-X) serves
 * requests, is saved with one request offered but not yet notified,
 * and a fresh machine loaded from the snapshot continues exactly as the
 * original does (state hash, used ring entries and index, the bytes
 * returned, the ISR and INTx level, through BARs the load mapped). A
 * snapshot is refused in one line by a machine lacking the device or
 * having one the snapshot lacks. With MSI-X: the enable bit, a queue's
 * vector, a table entry and a pending (masked) vector come back, and
 * unmasking it after the load sends the message as it would have; a
 * TCE entry the guest put (H_PUT_TCE) is in the PHB's table again, and
 * a snapshot taken with an empty table empties it. The
 * virtqueue description covers every byte of a VirtQueue. The offered
 * features: a snapshot of a device offering fewer (queue_reset=off, as
 * before farad offered RING_RESET) loads into a default one, which then
 * offers what the snapshot's did; one offering more is refused in one
 * line naming the bits.
 */
#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "base/snapdesc.h"
#include "board/board.h"
#include "core/machine/platform.h"
#include "core/machine/spapr.h"
#include "pci/spapr-phb.h"
#include "pci/virtio-pci.h"
#include "snapshot/snap-int.h"
#include "snapshot/snap.h"
#include "../unit/virtio-test-io.h"

#define BAR4 VIRTIO_BAR4
#define COMMON VIRTIO_COMMON
#define ISR (BAR4 + 0x1000)
#define NOTIFY (BAR4 + 0x3000)
#define DESC VIRTIO_DESC
#define AVAIL VIRTIO_AVAIL
#define USED VIRTIO_USED
#define BUF 0x103000
#define RNG "virtio-rng-pci,addr=2,vectors=0"

static char *tmpdir;

/* A pseries machine with the given -device (NULL: none), 64 MiB. */
static Machine *mk(const char *dev)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    cfg.nodefaults = true;
    cfg.ram_size = 64 << 20;
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    if (dev) {
        g_ptr_array_add(cfg.devices, g_strdup(dev));
    }
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

static VirtioPci *dev_at_slot2(Machine *m)
{
    SpaprPhb *p = spapr_phb_find_buid(m, SPAPR_PCI_BASE_BUID);
    return (VirtioPci *)p->bus.devs[PCI_DEVFN(2, 0)];
}

/* BARs decoded, bus master, VERSION_1 negotiated, queue 0 of size 8 at
 * DESC/AVAIL/USED, DRIVER_OK. */
static void driver_up(Machine *m)
{
    virtio_bar4_map(&dev_at_slot2(m)->pci);
    virtio_driver_up(m, 8);
}

/* Offer descriptor n (a device-writable buffer of 8 + n bytes) as
 * available entry n. */
static void offer(Machine *m, uint16_t n)
{
    st_le(m, DESC + 16 * n, BUF + 0x100 * n, 8);
    st_le(m, DESC + 16 * n + 8, 8 + n, 4);
    st_le(m, DESC + 16 * n + 12, 2, 2);       /* VIRTQ_DESC_F_WRITE */
    st_le(m, DESC + 16 * n + 14, 0, 2);
    st_le(m, AVAIL + 4 + 2 * (n % 8), n, 2);
    st_le(m, AVAIL + 2, (uint16_t)(n + 1), 2);
}

/* What the driver sees after the continuation. */
typedef struct Seen {
    uint16_t used_idx;
    uint32_t used[4][2];      /* id, len of entries 2..5 */
    uint8_t bytes[4][16];
    uint8_t intx_before, isr, intx_after;
    uint16_t last_avail;
} Seen;

/* The continuation after the save point: notify (entry 2 was offered
 * before the save), then offer 3..5 in one go and notify again. */
static void go_on(Machine *m, Seen *s)
{
    VirtioPci *v = dev_at_slot2(m);
    wr(m, NOTIFY, 2, 0);
    g_assert_cmpuint(rd(m, ISR, 1), ==, 1);
    for (uint16_t n = 3; n < 6; n++) {
        offer(m, n);
    }
    wr(m, NOTIFY, 2, 0);
    s->intx_before = v->pci.intx_level;
    s->used_idx = (uint16_t)ld_le(m, USED + 2, 2);
    for (int i = 0; i < 4; i++) {
        s->used[i][0] = (uint32_t)ld_le(m, USED + 4 + 8 * (2 + i), 4);
        s->used[i][1] = (uint32_t)ld_le(m, USED + 8 + 8 * (2 + i), 4);
        memcpy(s->bytes[i], m->ram + BUF + 0x100 * (2 + i), 16);
    }
    s->isr = (uint8_t)rd(m, ISR, 1);
    s->intx_after = v->pci.intx_level;
    s->last_avail = v->vq[0].last_avail;
}

static char *db_path(const char *name)
{
    return g_build_filename(tmpdir, name, NULL);
}

static void test_continue(void)
{
    GError *err = NULL;
    g_autofree char *path = db_path("virtio.db");
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);

    Machine *a = mk(RNG);
    driver_up(a);
    offer(a, 0);
    offer(a, 1);
    wr(a, NOTIFY, 2, 0);
    g_assert_cmpuint(ld_le(a, USED + 2, 2), ==, 2);
    g_assert_cmpuint(dev_at_slot2(a)->pci.intx_level, ==, 1);
    offer(a, 2);           /* offered, not yet notified; INTx still up */
    g_assert_true(snap_save(a, db, "mid", NULL, &err));
    g_assert_no_error(err);
    g_autofree char *hash_at_save = snap_state_hash(a);
    Seen ref = { 0 };
    go_on(a, &ref);

    /* the expected values, from the virtio 1.x ring rules */
    g_assert_cmpuint(ref.used_idx, ==, 6);
    g_assert_cmpuint(ref.last_avail, ==, 6);
    for (int i = 0; i < 4; i++) {
        g_assert_cmpuint(ref.used[i][0], ==, 2 + i);
        g_assert_cmpuint(ref.used[i][1], ==, 8 + 2 + i);
    }
    g_assert_cmpuint(ref.intx_before, ==, 1);
    g_assert_cmpuint(ref.isr, ==, 1);
    g_assert_cmpuint(ref.intx_after, ==, 0);

    /* a fresh machine: BARs unmapped, device reset, until the load */
    Machine *b = mk(RNG);
    g_assert_cmphex(pci_bar_addr(&dev_at_slot2(b)->pci, 4), ==,
                    PCI_BAR_UNMAPPED);
    g_assert_true(snap_load(b, db, "mid", &err));
    g_assert_no_error(err);
    g_autofree char *hash_loaded = snap_state_hash(b);
    g_assert_cmpstr(hash_loaded, ==, hash_at_save);
    VirtioPci *vb = dev_at_slot2(b);
    g_assert_cmphex(pci_bar_addr(&vb->pci, 4), ==, BAR4);
    g_assert_cmpuint(vb->pci.intx_level, ==, 1);
    g_assert_cmpuint(vb->vq[0].last_avail, ==, 2);
    g_assert_cmpuint(vb->vq[0].used_idx, ==, 2);
    g_assert_cmpuint(vb->status, ==, 1 | 2 | 4 | 8);
    Seen got = { 0 };
    go_on(b, &got);
    g_assert_cmpmem(&got, sizeof(got), &ref, sizeof(ref));
    g_autofree char *ha = snap_state_hash(a);
    g_autofree char *hb = snap_state_hash(b);
    g_assert_cmpstr(ha, ==, hb);

    /* loading back onto the machine that went on restores it too */
    g_assert_true(snap_load(a, db, "mid", &err));
    g_autofree char *hash_back = snap_state_hash(a);
    g_assert_cmpstr(hash_back, ==, hash_at_save);
    machine_free(a);
    machine_free(b);
    snap_db_close(db);
}

static void test_features_subset(void)
{
    GError *err = NULL;
    g_autofree char *path = db_path("features.db");
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    Machine *fewer = mk(RNG ",queue_reset=off");
    Machine *more = mk(RNG);
    g_assert_cmphex(dev_at_slot2(fewer)->host_features, ==, 0x130000000);
    g_assert_cmphex(dev_at_slot2(more)->host_features, ==, 0x10130000000);
    g_assert_true(snap_save(fewer, db, "fewer", NULL, &err));
    g_assert_true(snap_save(more, db, "more", NULL, &err));
    g_assert_no_error(err);
    g_assert_true(snap_load(more, db, "fewer", &err));
    g_assert_no_error(err);
    g_assert_cmphex(dev_at_slot2(more)->host_features, ==, 0x130000000);
    g_assert_false(snap_load(fewer, db, "more", &err));
    g_assert_nonnull(err);
    g_assert_null(strchr(err->message, '\n'));
    g_assert_nonnull(strstr(err->message, "host_features: 10130000000 has "
                            "bits 10000000000 that this machine's 130000000 "
                            "lacks"));
    g_clear_error(&err);
    machine_free(fewer);
    machine_free(more);
    snap_db_close(db);
}

static void test_other_devices_refused(void)
{
    GError *err = NULL;
    g_autofree char *path = db_path("refuse.db");
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    Machine *with = mk(RNG);
    Machine *without = mk(NULL);
    g_assert_true(snap_save(with, db, "with", NULL, &err));
    g_assert_true(snap_save(without, db, "without", NULL, &err));
    g_assert_no_error(err);

    g_assert_false(snap_load(without, db, "with", &err));
    g_assert_nonnull(err);
    g_assert_cmpstr(err->message, ==, "section 'virtio-rng' instance 0 in "
                    "the snapshot does not exist on this machine");
    g_clear_error(&err);

    g_assert_false(snap_load(with, db, "without", &err));
    g_assert_nonnull(err);
    g_assert_cmpstr(err->message, ==, "section 'virtio-rng' instance 0 is "
                    "missing from the snapshot (taken without this device)");
    g_clear_error(&err);

    /* the same device class elsewhere (slot 3): its devfn differs */
    Machine *moved = mk("virtio-rng-pci,addr=3,vectors=0");
    g_assert_false(snap_load(moved, db, "with", &err));
    g_assert_nonnull(err);
    g_assert_null(strchr(err->message, '\n'));
    g_assert_nonnull(strstr(err->message, "devfn"));
    g_clear_error(&err);
    machine_free(moved);
    machine_free(with);
    machine_free(without);
    snap_db_close(db);
}

/* The MSI-X table (BAR1 at bus 0x80000000, seen at the PHB's 32-bit
 * window) of the device at slot 2, read through the bus. */
static uint32_t msix_rd(Machine *m, uint64_t off)
{
    SpaprPhb *p = spapr_phb_find_buid(m, SPAPR_PCI_BASE_BUID);
    return (uint32_t)rd(m, p->mem_win_addr + off, 4);
}

static void msix_wr(Machine *m, uint64_t off, uint32_t v)
{
    SpaprPhb *p = spapr_phb_find_buid(m, SPAPR_PCI_BASE_BUID);
    wr(m, p->mem_win_addr + off, 4, v);
}

static void test_msix_pending(void)
{
    GError *err = NULL;
    g_autofree char *path = db_path("msix.db");
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    Machine *a = mk("virtio-rng-pci,addr=2");
    VirtioPci *va = dev_at_slot2(a);
    pci_config_write(&va->pci, PCI_BASE_ADDRESS_0 + 4, 0x80000000, 4);
    driver_up(a);
    wr(a, COMMON + 0x16, 2, 0);
    wr(a, COMMON + 0x1a, 2, 1);                      /* queue vector 1 */
    pci_config_write(&va->pci, va->pci.msix_cap + 2, 0x8000, 2);
    msix_wr(a, 16 * 1 + 8, 0x4242);                  /* vector 1's data */
    offer(a, 0);
    wr(a, NOTIFY, 2, 0);
    /* masked (as reset leaves it): pending in the PBA (BAR1 + 0x800) */
    g_assert_cmphex(msix_rd(a, 0x800) & 3, ==, 2);
    /* a TCE for bus page 5 of PHB 0's window (to RAM page 0x42, r/w) */
    SpaprPhb *pa = spapr_phb_find_buid(a, SPAPR_PCI_BASE_BUID);
    uint64_t args[3] = { pa->dma_liobn[0], 5 << 12, 0x42000 | 3 };
    g_assert_cmpint(h_put_tce(a, machine_cpu(a, 0), args), ==, 0);
    g_assert_true(snap_save(a, db, "msix", NULL, &err));
    g_assert_no_error(err);

    Machine *b = mk("virtio-rng-pci,addr=2");
    VirtioPci *vb = dev_at_slot2(b);
    g_assert_true(snap_load(b, db, "msix", &err));
    g_assert_no_error(err);
    g_assert_cmphex(pci_config_read(&vb->pci, vb->pci.msix_cap + 2, 2) &
                    0xc000, ==, 0x8000);
    g_assert_cmpuint(vb->vq[0].vector, ==, 1);
    g_assert_cmphex(msix_rd(b, 16 * 1 + 8), ==, 0x4242);
    g_assert_cmphex(msix_rd(b, 16 * 1 + 12), ==, 1);   /* masked */
    g_assert_cmphex(msix_rd(b, 0x800) & 3, ==, 2);
    SpaprPhb *pb = spapr_phb_find_buid(b, SPAPR_PCI_BASE_BUID);
    g_assert_cmphex(pb->tce[0].table[5], ==, 0x42000 | 3);
    /* unmasking sends it and clears the bit, on both */
    msix_wr(a, 16 * 1 + 12, 0);
    msix_wr(b, 16 * 1 + 12, 0);
    g_assert_cmphex(msix_rd(a, 0x800) & 3, ==, 0);
    g_assert_cmphex(msix_rd(b, 0x800) & 3, ==, 0);
    g_autofree char *ha = snap_state_hash(a);
    g_autofree char *hb = snap_state_hash(b);
    g_assert_cmpstr(ha, ==, hb);
    /* a snapshot of a machine without TCEs (no spapr_pci_tce section)
     * empties the table of the machine it loads into */
    Machine *c = mk("virtio-rng-pci,addr=2");
    g_assert_true(snap_save(c, db, "clean", NULL, &err));
    g_assert_true(snap_load(b, db, "clean", &err));
    g_assert_no_error(err);
    g_assert_cmphex(pb->tce[0].table[5], ==, 0);
    machine_free(c);
    machine_free(a);
    machine_free(b);
    snap_db_close(db);
}

static void test_queue_coverage(void)
{
    GError *err = NULL;
    g_assert_true(snap_section_covers(&virtqueue_snap, sizeof(VirtQueue),
                                      &err));
    g_assert_no_error(err);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    tmpdir = g_dir_make_tmp("farad-snap-virtio-XXXXXX", NULL);
    g_test_add_func("/snap/virtio/continue", test_continue);
    g_test_add_func("/snap/virtio/other-devices", test_other_devices_refused);
    g_test_add_func("/snap/virtio/msix-pending", test_msix_pending);
    g_test_add_func("/snap/virtio/queue-coverage", test_queue_coverage);
    g_test_add_func("/snap/virtio/features-subset", test_features_subset);
    int rc = g_test_run();
    g_autofree char *cmd = g_strdup_printf("rm -rf %s", tmpdir);
    (void)!system(cmd);
    g_free(tmpdir);
    return rc;
}
