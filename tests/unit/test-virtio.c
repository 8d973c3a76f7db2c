/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the virtio PCI transport (pci/virtio-pci.c) driven as a
 * driver would, through config space and the BARs on the machine's bus,
 * with virtio-rng-pci as the device: the common configuration's
 * read-back rules (virtio 1.x 4.1.4.3), feature negotiation refusing a
 * set without VERSION_1 (3.1.1, FEATURES_OK cleared), reset by status 0,
 * MSI-X vector refusal (NO_VECTOR, 4.1.5.1.2), a request served through
 * rings in guest memory with the pending bit of a masked MSI-X vector
 * set, INTx with the ISR cleared on read (4.1.4.5), a malformed chain
 * answered with DEVICE_NEEDS_RESET (2.1.2), entropy that repeats for the
 * same machine seed and differs for another; virtio-blk's requests
 * (5.2.6) on a small raw image; one queue's reset (VIRTIO_F_RING_RESET,
 * virtio 1.2 2.6.1 and 4.1.4.3.2, with QEMU 7.2's queue_reset property
 * and its pseries-7.1-and-older default).
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "board/board.h"
#include "core/machine/platform.h"
#include "core/machine/spapr.h"
#include "pci/spapr-phb.h"
#include "pci/virtio-pci.h"
#include "virtio-test-io.h"

#define BAR4 VIRTIO_BAR4
#define COMMON VIRTIO_COMMON
#define ISR (BAR4 + 0x1000)
#define NOTIFY (BAR4 + 0x3000)
#define DESC VIRTIO_DESC
#define AVAIL VIRTIO_AVAIL
#define USED VIRTIO_USED
#define BUF 0x103000

static Machine *mk_full(const char *type, const char *dev, const char *mprop,
                        const char *drive)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    if (type) {
        g_free(cfg.machine_type);
        cfg.machine_type = g_strdup(type);
    }
    cfg.board = &pseries_board;
    cfg.nodefaults = true;
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cfg.devices, g_strdup(dev));
    if (mprop) {
        cfg.machine_props = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(cfg.machine_props, g_strdup(mprop));
    }
    if (drive) {
        cfg.drives = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(cfg.drives, g_strdup_printf("-drive\n%s", drive));
    }
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

static Machine *mk_drive(const char *dev, const char *mprop,
                         const char *drive)
{
    return mk_full(NULL, dev, mprop, drive);
}

static Machine *mk(const char *dev, const char *mprop)
{
    return mk_drive(dev, mprop, NULL);
}

/* The device at slot 2 with BAR1 (MSI-X) and BAR4 decoded, bus master. */
static VirtioPci *plug(Machine *m)
{
    SpaprPhb *p = spapr_phb_find_buid(m, SPAPR_PCI_BASE_BUID);
    PciDevice *d = p->bus.devs[PCI_DEVFN(2, 0)];
    g_assert_nonnull(d);
    pci_config_write(d, PCI_BASE_ADDRESS_0 + 4, 0x80000000, 4);
    virtio_bar4_map(d);
    return (VirtioPci *)d;
}

/* Negotiate VERSION_1 only and bring queue 0 up at DESC/AVAIL/USED. */
static void driver_up(Machine *m)
{
    wr(m, COMMON + 0x14, 1, 0);               /* reset */
    wr(m, COMMON + 0x14, 1, 1 | 2);           /* ACKNOWLEDGE, DRIVER */
    wr(m, COMMON + 0x08, 4, 1);               /* driver_feature_select */
    wr(m, COMMON + 0x0c, 4, 1);               /* VERSION_1 */
    wr(m, COMMON + 0x14, 1, 1 | 2 | 8);       /* FEATURES_OK */
    g_assert_cmpuint(rd(m, COMMON + 0x14, 1), ==, 1 | 2 | 8);
    wr(m, COMMON + 0x16, 2, 0);               /* queue_select */
    wr(m, COMMON + 0x20, 4, DESC);            /* 64-bit fields as halves */
    wr(m, COMMON + 0x24, 4, 0);
    wr(m, COMMON + 0x28, 8, AVAIL);
    wr(m, COMMON + 0x30, 8, USED);
    wr(m, COMMON + 0x1c, 2, 1);               /* queue_enable */
    wr(m, COMMON + 0x14, 1, 1 | 2 | 8 | 4);   /* DRIVER_OK */
}

/* Offer one 16-byte device-writable buffer as avail entry n. */
static void offer(Machine *m, uint16_t n, uint16_t flags, uint16_t next)
{
    st_le(m, DESC + 16 * n, BUF + 0x100 * n, 8);
    st_le(m, DESC + 16 * n + 8, 16, 4);
    st_le(m, DESC + 16 * n + 12, 2 | flags, 2);   /* VIRTQ_DESC_F_WRITE */
    st_le(m, DESC + 16 * n + 14, next, 2);
    st_le(m, AVAIL + 4 + 2 * (n % 8), n, 2);
    st_le(m, AVAIL + 2, (uint16_t)(n + 1), 2);
}

static void test_common_config(void)
{
    Machine *m = mk("virtio-rng-pci,addr=2", NULL);
    plug(m);
    g_assert_cmpuint(rd(m, COMMON + 0x12, 2), ==, 1);     /* num_queues */
    g_assert_cmpuint(rd(m, COMMON + 0x18, 2), ==, 8);     /* QEMU's size */
    g_assert_cmpuint(rd(m, COMMON + 0x1e, 2), ==, 0);     /* notify_off */
    wr(m, COMMON + 0x00, 4, 1);
    g_assert_cmphex(rd(m, COMMON + 0x04, 4) & 1, ==, 1);  /* VERSION_1 */
    wr(m, COMMON + 0x00, 4, 0);
    g_assert_cmphex(rd(m, COMMON + 0x04, 4) & (3u << 28), ==, 3u << 28);
    /* a feature set without VERSION_1: FEATURES_OK does not stick */
    wr(m, COMMON + 0x14, 1, 1 | 2);
    wr(m, COMMON + 0x08, 4, 0);
    wr(m, COMMON + 0x0c, 4, 1u << 28);
    wr(m, COMMON + 0x14, 1, 1 | 2 | 8);
    g_assert_cmpuint(rd(m, COMMON + 0x14, 1), ==, 1 | 2);
    /* a feature bit not offered: refused too */
    wr(m, COMMON + 0x08, 4, 1);
    wr(m, COMMON + 0x0c, 4, 1 | 1u << 7);
    wr(m, COMMON + 0x14, 1, 1 | 2 | 8);
    g_assert_cmpuint(rd(m, COMMON + 0x14, 1), ==, 1 | 2);
    /* status 0 resets: status, features and vectors */
    wr(m, COMMON + 0x10, 2, 1);
    g_assert_cmpuint(rd(m, COMMON + 0x10, 2), ==, 1);
    wr(m, COMMON + 0x14, 1, 0);
    g_assert_cmpuint(rd(m, COMMON + 0x14, 1), ==, 0);
    g_assert_cmphex(rd(m, COMMON + 0x10, 2), ==, 0xffff);
    wr(m, COMMON + 0x08, 4, 1);
    g_assert_cmphex(rd(m, COMMON + 0x0c, 4), ==, 0);
    /* vectors: 2 exist; asking for 5 reads back NO_VECTOR */
    wr(m, COMMON + 0x1a, 2, 5);
    g_assert_cmphex(rd(m, COMMON + 0x1a, 2), ==, 0xffff);
    wr(m, COMMON + 0x1a, 2, 1);
    g_assert_cmphex(rd(m, COMMON + 0x1a, 2), ==, 1);
    /* a queue that does not exist reads size 0 */
    wr(m, COMMON + 0x16, 2, 3);
    g_assert_cmpuint(rd(m, COMMON + 0x18, 2), ==, 0);
    machine_free(m);
}

/* A request through the rings; with MSI-X on and the vector masked the
 * message waits in the PBA. Returns the 16 bytes the device wrote. */
static void rng_bytes(const char *mprop, uint8_t out[16])
{
    Machine *m = mk("virtio-rng-pci,addr=2", mprop);
    VirtioPci *v = plug(m);
    driver_up(m);
    wr(m, COMMON + 0x16, 2, 0);
    wr(m, COMMON + 0x1a, 2, 1);                      /* queue vector 1 */
    PciDevice *d = &v->pci;
    pci_config_write(d, d->msix_cap + 2, 0x8000, 2);  /* MSI-X enable */
    offer(m, 0, 0, 0);
    wr(m, NOTIFY + 0, 2, 0);
    g_assert_cmpuint(ld_le(m, USED + 2, 2), ==, 1);          /* used idx */
    g_assert_cmpuint(ld_le(m, USED + 4, 4), ==, 0);          /* id */
    g_assert_cmpuint(ld_le(m, USED + 8, 4), ==, 16);         /* len */
    /* the PBA (BAR1 + 0x800): vector 1 pending, vector 0 not */
    SpaprPhb *p = spapr_phb_find_buid(m, SPAPR_PCI_BASE_BUID);
    g_assert_cmphex(rd(m, p->mem_win_addr + 0x800, 4) & 3, ==, 2);
    /* unmasking vector 1 sends the message and clears the bit */
    wr(m, p->mem_win_addr + 16 * 1 + 12, 4, 0);
    g_assert_cmphex(rd(m, p->mem_win_addr + 0x800, 4) & 3, ==, 0);
    memcpy(out, m->ram + BUF, 16);
    machine_free(m);
}

static void test_request_and_seed(void)
{
    uint8_t a[16], b[16], c[16], zero[16] = { 0 };
    rng_bytes(NULL, a);
    rng_bytes(NULL, b);
    rng_bytes("seed=12345", c);
    g_assert_true(memcmp(a, zero, 16) != 0);
    g_assert_cmpmem(a, 16, b, 16);            /* same machine, same bytes */
    g_assert_true(memcmp(a, c, 16) != 0);     /* another seed, others */
}

/* vectors=0: no MSI-X; a used buffer raises INTx with ISR bit 0, and
 * reading the ISR returns it once and lowers the line. */
static void test_intx_isr(void)
{
    Machine *m = mk("virtio-rng-pci,addr=2,vectors=0", NULL);
    VirtioPci *v = plug(m);
    g_assert_cmpuint(v->pci.msix_cap, ==, 0);
    driver_up(m);
    offer(m, 0, 0, 0);
    wr(m, NOTIFY + 0, 2, 0);
    g_assert_cmpuint(v->pci.intx_level, ==, 1);
    g_assert_cmphex(pci_get_word(v->pci.config + PCI_STATUS) &
                    PCI_STATUS_INTERRUPT, ==, PCI_STATUS_INTERRUPT);
    g_assert_cmpuint(rd(m, ISR, 1), ==, 1);
    g_assert_cmpuint(v->pci.intx_level, ==, 0);
    g_assert_cmpuint(rd(m, ISR, 1), ==, 0);
    /* the driver's VIRTQ_AVAIL_F_NO_INTERRUPT (no event index here)
     * suppresses the next one */
    st_le(m, AVAIL, 1, 2);
    offer(m, 1, 0, 0);
    wr(m, NOTIFY + 0, 2, 0);
    g_assert_cmpuint(ld_le(m, USED + 2, 2), ==, 2);
    g_assert_cmpuint(rd(m, ISR, 1), ==, 0);
    machine_free(m);
}

/* A chain whose next index is outside the table: DEVICE_NEEDS_RESET
 * with a configuration interrupt (ISR bit 1 on INTx), nothing used;
 * the device stays quiet until the driver resets it. */
static void test_malformed(void)
{
    Machine *m = mk("virtio-rng-pci,addr=2,vectors=0", NULL);
    plug(m);
    driver_up(m);
    uint8_t gen = (uint8_t)rd(m, COMMON + 0x15, 1);
    offer(m, 0, 1 /* NEXT */, 100);
    wr(m, NOTIFY + 0, 2, 0);
    g_assert_cmphex(rd(m, COMMON + 0x14, 1), ==, 0x40 | 1 | 2 | 4 | 8);
    g_assert_cmpuint(rd(m, COMMON + 0x15, 1), !=, gen);
    g_assert_cmpuint(rd(m, ISR, 1), ==, 2);
    g_assert_cmpuint(ld_le(m, USED + 2, 2), ==, 0);
    offer(m, 1, 0, 0);
    wr(m, NOTIFY + 0, 2, 0);
    g_assert_cmpuint(ld_le(m, USED + 2, 2), ==, 0);
    /* the driver cannot clear NEEDS_RESET but by a reset */
    wr(m, COMMON + 0x14, 1, 1 | 2 | 4 | 8);
    g_assert_cmphex(rd(m, COMMON + 0x14, 1) & 0x40, ==, 0x40);
    driver_up(m);
    st_le(m, AVAIL + 2, 0, 2);
    offer(m, 0, 0, 0);
    wr(m, NOTIFY + 0, 2, 0);
    g_assert_cmpuint(ld_le(m, USED + 2, 2), ==, 1);
    machine_free(m);
}

/* One virtio-blk request: a 16-byte header {type, 0, sector} at HDR,
 * data of dlen bytes at DATA (device-writable for reads), a status byte
 * at STAT. Returns the status the device wrote and the used length. */
#define HDR 0x104000
#define DATA 0x105000
#define STAT 0x106000
static uint8_t blk_req(Machine *m, uint16_t *idx, uint32_t type,
                       uint64_t sector, uint32_t dlen, bool dev_writes,
                       uint32_t *used_len)
{
    uint16_t h = (uint16_t)(3 * (*idx % 2));      /* heads 0 and 3 */
    st_le(m, HDR, type, 4);
    st_le(m, HDR + 4, 0, 4);
    st_le(m, HDR + 8, sector, 8);
    st_le(m, STAT, 0xaa, 1);
    uint64_t d = DESC + 16 * h;
    st_le(m, d, HDR, 8);
    st_le(m, d + 8, 16, 4);
    st_le(m, d + 12, 1, 2);                        /* NEXT */
    st_le(m, d + 14, h + 1, 2);
    st_le(m, d + 16, DATA, 8);
    st_le(m, d + 24, dlen, 4);
    st_le(m, d + 28, 1 | (dev_writes ? 2 : 0), 2);
    st_le(m, d + 30, h + 2, 2);
    st_le(m, d + 32, STAT, 8);
    st_le(m, d + 40, 1, 4);
    st_le(m, d + 44, 2, 2);                        /* WRITE */
    st_le(m, AVAIL + 4 + 2 * (*idx % 256), h, 2);
    (*idx)++;
    st_le(m, AVAIL + 2, *idx, 2);
    wr(m, NOTIFY + 0, 2, 0);
    g_assert_cmpuint(ld_le(m, USED + 2, 2), ==, *idx);
    uint16_t slot = (uint16_t)((*idx - 1) % 256);
    g_assert_cmpuint(ld_le(m, USED + 4 + 8 * slot, 4), ==, h);
    *used_len = (uint32_t)ld_le(m, USED + 8 + 8 * slot, 4);
    return m->ram[STAT];
}

/* virtio-blk requests (5.2.6) on a 64 KiB raw image whose sector n
 * starts with the byte n: IN (also with the legacy BARRIER bit that
 * SLOF sets, which QEMU ignores), OUT then IN again, FLUSH, GET_ID
 * with the serial, an unknown type (UNSUPP), a range past the end
 * (IOERR); the image file itself is untouched (snapshot=on). */
static void test_blk_requests(void)
{
    char *img = NULL;
    int fd = g_file_open_tmp("farad-virtio-XXXXXX.img", &img, NULL);
    g_assert_cmpint(fd, >=, 0);
    close(fd);
    uint8_t *bytes = g_malloc0(0x10000);
    for (int n = 0; n < 128; n++) {
        bytes[512 * n] = (uint8_t)n;
    }
    g_assert_true(g_file_set_contents(img, (char *)bytes, 0x10000, NULL));
    char *drive = g_strdup_printf("file=%s,if=none,id=d0,format=raw", img);
    Machine *m = mk_drive("virtio-blk-pci,addr=2,drive=d0,serial=sn-42",
                          NULL, drive);
    VirtioPci *v = plug(m);
    /* capacity in the device config (BAR4 + 0x2000) */
    g_assert_cmpuint(rd(m, BAR4 + 0x2000, 8), ==, 128);
    driver_up(m);
    uint16_t idx = 0;
    uint32_t len;
    g_assert_cmpuint(blk_req(m, &idx, 0, 5, 1024, true, &len), ==, 0);
    g_assert_cmpuint(len, ==, 1025);
    g_assert_cmpuint(m->ram[DATA], ==, 5);
    g_assert_cmpuint(m->ram[DATA + 512], ==, 6);
    g_assert_cmpuint(blk_req(m, &idx, 0x80000000u, 7, 512, true, &len), ==, 0);
    g_assert_cmpuint(m->ram[DATA], ==, 7);
    /* write sector 9, read it back */
    uint8_t pat[512];
    memset(pat, 0x5a, sizeof(pat));
    spapr_write_ram(m, DATA, pat, sizeof(pat));
    g_assert_cmpuint(blk_req(m, &idx, 1, 9, 512, false, &len), ==, 0);
    g_assert_cmpuint(len, ==, 1);
    spapr_write_ram(m, DATA, bytes, 512);
    g_assert_cmpuint(blk_req(m, &idx, 0, 9, 512, true, &len), ==, 0);
    g_assert_cmpmem(m->ram + DATA, 512, pat, 512);
    g_assert_cmpuint(blk_req(m, &idx, 4, 0, 0, false, &len), ==, 0);  /* FLUSH */
    g_assert_cmpuint(blk_req(m, &idx, 8, 0, 20, true, &len), ==, 0);  /* GET_ID */
    g_assert_cmpmem(m->ram + DATA, 6, "sn-42\0", 6);
    g_assert_cmpuint(blk_req(m, &idx, 99, 0, 512, true, &len), ==, 2);
    g_assert_cmpuint(blk_req(m, &idx, 0, 127, 1024, true, &len), ==, 1);
    g_assert_false(v->broken);
    machine_free(m);
    gchar *after = NULL;
    gsize n = 0;
    g_assert_true(g_file_get_contents(img, &after, &n, NULL));
    g_assert_cmpmem(after, n, bytes, 0x10000);
    g_free(after);
    g_unlink(img);
    g_free(drive);
    g_free(bytes);
    g_free(img);
}

/* Whether the device offers VIRTIO_F_RING_RESET (bit 40: bit 8 of
 * device feature word 1). */
static bool offers_ring_reset(Machine *m)
{
    wr(m, COMMON + 0x00, 4, 1);
    return rd(m, COMMON + 0x04, 4) >> 8 & 1;
}

/* QEMU 7.2's queue_reset: on by default on pseries-7.2, off by the
 * property and on pseries-2.8 (QEMU's 7.1 compat). */
static void test_queue_reset_offer(void)
{
    Machine *m = mk("virtio-rng-pci,addr=2", NULL);
    plug(m);
    g_assert_true(offers_ring_reset(m));
    machine_free(m);
    m = mk("virtio-rng-pci,addr=2,queue_reset=off", NULL);
    plug(m);
    g_assert_false(offers_ring_reset(m));
    machine_free(m);
    m = mk_full("pseries-2.8", "virtio-rng-pci,addr=2", NULL, NULL);
    plug(m);
    g_assert_false(offers_ring_reset(m));
    machine_free(m);
    m = mk_full("pseries-2.8", "virtio-rng-pci,addr=2,queue_reset=on", NULL,
                NULL);
    plug(m);
    g_assert_true(offers_ring_reset(m));
    machine_free(m);
}

/* The driver takes RING_RESET and EVENT_IDX, is served once, resets
 * queue 0: queue_reset reads 0 again at once (the reset is done, as
 * QEMU's), queue_enable 0, the size back to the maximum, no vector, no
 * rings; the device stays DRIVER_OK and ignores a notify of the reset
 * queue. Set up again on fresh rings and re-enabled, the queue starts at
 * index 0 with the event index still in force. */
static void test_queue_reset(void)
{
    Machine *m = mk("virtio-rng-pci,addr=2,vectors=0", NULL);
    VirtioPci *v = plug(m);
    wr(m, COMMON + 0x14, 1, 0);
    wr(m, COMMON + 0x14, 1, 1 | 2);
    wr(m, COMMON + 0x08, 4, 0);
    wr(m, COMMON + 0x0c, 4, 1u << 29);                 /* EVENT_IDX */
    wr(m, COMMON + 0x08, 4, 1);
    wr(m, COMMON + 0x0c, 4, 1 | 1u << 8);              /* VERSION_1, RESET */
    wr(m, COMMON + 0x14, 1, 1 | 2 | 8);
    g_assert_cmpuint(rd(m, COMMON + 0x14, 1), ==, 1 | 2 | 8);
    wr(m, COMMON + 0x16, 2, 0);
    wr(m, COMMON + 0x18, 2, 4);                        /* size 4 */
    wr(m, COMMON + 0x20, 8, DESC);
    wr(m, COMMON + 0x28, 8, AVAIL);
    wr(m, COMMON + 0x30, 8, USED);
    wr(m, COMMON + 0x1c, 2, 1);
    wr(m, COMMON + 0x14, 1, 1 | 2 | 8 | 4);
    st_le(m, AVAIL + 4 + 2 * 4, 0, 2);                 /* used_event 0 */
    offer(m, 0, 0, 0);
    wr(m, NOTIFY + 0, 2, 0);
    g_assert_cmpuint(ld_le(m, USED + 2, 2), ==, 1);
    g_assert_cmpuint(rd(m, COMMON + 0x3a, 2), ==, 0);
    g_assert_cmpuint(rd(m, COMMON + 0x38, 2), ==, 0);  /* notify_data */
    /* reset queue 0 */
    wr(m, COMMON + 0x3a, 2, 1);
    g_assert_cmpuint(rd(m, COMMON + 0x3a, 2), ==, 0);
    g_assert_cmpuint(rd(m, COMMON + 0x1c, 2), ==, 0);  /* not enabled */
    g_assert_cmpuint(rd(m, COMMON + 0x18, 2), ==, 8);  /* the maximum */
    g_assert_cmphex(rd(m, COMMON + 0x1a, 2), ==, 0xffff);
    g_assert_cmphex(rd(m, COMMON + 0x20, 8), ==, 0);
    g_assert_cmphex(rd(m, COMMON + 0x28, 8), ==, 0);
    g_assert_cmphex(rd(m, COMMON + 0x30, 8), ==, 0);
    g_assert_cmpuint(rd(m, COMMON + 0x14, 1), ==, 1 | 2 | 4 | 8);
    /* a notify now finds no queue: nothing used */
    offer(m, 1, 0, 0);
    wr(m, NOTIFY + 0, 2, 0);
    g_assert_cmpuint(ld_le(m, USED + 2, 2), ==, 1);
    /* set up again on fresh rings: served from avail entry 0 */
    memset(m->ram + DESC, 0, 0x3000);
    wr(m, COMMON + 0x20, 8, DESC);
    wr(m, COMMON + 0x28, 8, AVAIL);
    wr(m, COMMON + 0x30, 8, USED);
    wr(m, COMMON + 0x1c, 2, 1);
    g_assert_cmpuint(rd(m, COMMON + 0x1c, 2), ==, 1);
    offer(m, 0, 0, 0);
    wr(m, NOTIFY + 0, 2, 0);
    g_assert_cmpuint(ld_le(m, USED + 2, 2), ==, 1);
    g_assert_cmpuint(ld_le(m, USED + 8, 4), ==, 16);
    /* the event index: the device published avail_event = 1 */
    g_assert_true(v->vq[0].event_idx);
    g_assert_cmpuint(ld_le(m, USED + 4 + 8 * 8, 2), ==, 1);
    g_assert_false(v->broken);
    machine_free(m);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/virtio/common-config", test_common_config);
    g_test_add_func("/virtio/request-and-seed", test_request_and_seed);
    g_test_add_func("/virtio/intx-isr", test_intx_isr);
    g_test_add_func("/virtio/malformed", test_malformed);
    g_test_add_func("/virtio/blk-requests", test_blk_requests);
    g_test_add_func("/virtio/queue-reset-offer", test_queue_reset_offer);
    g_test_add_func("/virtio/queue-reset", test_queue_reset);
    return g_test_run();
}
