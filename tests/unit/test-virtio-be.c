/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of big-endian legacy virtio (pci/virtio-pci.c's BAR0 and
 * the devices' request headers): a "guest" whose CPU runs big-endian
 * (MSR[LE] clear) drives virtio-blk, virtio-serial and virtio-net
 * through the legacy register block with every ring field, request
 * header, control message and config field laid out big-endian in
 * guest memory, as the virtio spec's legacy interface says (the
 * guest's native byte order; 1.x section 7.2) and QEMU 7.2 decides it
 * on ppc64 (the byte order of the CPU that resets the device, MSR[LE];
 * big-endian after a machine reset; modern devices always little-
 * endian). Checked:
 *  - the choice: big-endian after the machine reset, little-endian
 *    after a reset by a little-endian CPU (status 0), big-endian again
 *    after one by a big-endian CPU (queue PFN 0); a byte read gives the
 *    byte of the guest's layout, a multi-byte legacy config read the
 *    field's value byte-reversed either way (what qemu-system-ppc64 7.2
 *    gives: tests/guest/virtio-legacy.c); the modern config stays
 *    little-endian;
 *  - virtio-blk: capacity's bytes, IN and OUT requests with a
 *    big-endian header and ring, the used ring big-endian;
 *  - virtio-serial: max_nr_ports' bytes, DEVICE_READY / PORT_READY
 *    read big-endian, PORT_ADD / PORT_NAME written big-endian, the
 *    emergency write as a big-endian driver writes its u32;
 *  - virtio-net: the status field's bytes, a frame sent and one
 *    received with the 10-byte legacy header (no num_buffers: neither
 *    VERSION_1 nor MRG_RXBUF, as QEMU's guest_hdr_len);
 *  - a snapshot keeps the byte order: loaded into a machine whose
 *    device was little-endian, requests go on big-endian.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "board/board.h"
#include "core/machine/chr-host.h"
#include "core/machine/device.h"
#include "core/machine/platform.h"
#include "core/machine/spapr.h"
#include "core/net/net-int.h"
#include "pci/spapr-phb.h"
#include "pci/virtio-pci.h"
#include "pci/virtio-serial.h"
#include "snapshot/snap.h"
#include "snapshot/snap-int.h"
#include "virtio-test-io.h"

#define BAR4 0x210000000000ULL     /* the 64-bit window of PHB 0 */
#define DEVCFG (BAR4 + 0x2000)

/* Legacy header registers (virtio 1.x 4.1.4.8), MSI-X off: the device
 * config at 0x14. */
enum {
    LG_HOST_F = 0x00, LG_GUEST_F = 0x04, LG_PFN = 0x08, LG_NUM = 0x0c,
    LG_SEL = 0x0e, LG_NOTIFY = 0x10, LG_STATUS = 0x12, LG_CFG = 0x14,
};

/* ---- machine and guest memory ---- */

static Machine *mk(const char *const *devs, const char *drive,
                   const char *netdev)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    cfg.nodefaults = true;
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.serial_stdio = false;
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    for (; *devs; devs++) {
        g_ptr_array_add(cfg.devices, g_strdup(*devs));
    }
    if (drive) {
        cfg.drives = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(cfg.drives, g_strdup_printf("-drive\n%s", drive));
    }
    if (netdev) {
        cfg.netdevs = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(cfg.netdevs, g_strdup(netdev));
    }
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

/* The device at slot 2: BAR0 at I/O 0x1000, BAR1 and BAR4 decoded, bus
 * master. Returns it; *io is BAR0's bus address. */
static VirtioPci *plug(Machine *m, uint64_t *io)
{
    SpaprPhb *p = spapr_phb_find_buid(m, SPAPR_PCI_BASE_BUID);
    PciDevice *d = p->bus.devs[PCI_DEVFN(2, 0)];
    g_assert_nonnull(d);
    pci_config_write(d, PCI_BASE_ADDRESS_0, 0x1001, 4);
    pci_config_write(d, PCI_BASE_ADDRESS_0 + 4, 0x80000000, 4);
    pci_config_write(d, PCI_BASE_ADDRESS_0 + 16, 0x0000000c, 4);
    pci_config_write(d, PCI_BASE_ADDRESS_0 + 20, 0x2100, 4);
    pci_config_write(d, PCI_COMMAND, PCI_COMMAND_IO | PCI_COMMAND_MEMORY |
                     PCI_COMMAND_MASTER, 2);
    *io = p->io_win_addr + 0x1000;
    return (VirtioPci *)d;
}

static void st_be(Machine *m, uint64_t a, uint64_t v, unsigned n)
{
    uint8_t b[8];
    for (unsigned i = 0; i < n; i++) {
        b[n - 1 - i] = (uint8_t)(v >> (8 * i));
    }
    spapr_write_ram(m, a, b, n);
}

static uint64_t ld_be(Machine *m, uint64_t a, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) {
        v = v << 8 | m->ram[a + i];
    }
    return v;
}

/* The CPU the driver runs on: big-endian or little-endian. */
static void cpu_endian(Machine *m, bool big)
{
    PpcCpu *c = machine_cpu(m, 0);
    c->arch.msr = big ? c->arch.msr & ~MSR_LE : c->arch.msr | MSR_LE;
}

/* ---- a big-endian legacy driver ---- */

typedef struct Lq {
    unsigned q;
    uint16_t num;
    uint64_t desc, avail, used;
    uint16_t avail_idx, seen;
} Lq;

/* Select queue q and place its rings at page pfn (4.1.4.8's layout). */
static void lq_setup(Machine *m, uint64_t io, unsigned q, uint32_t pfn,
                     Lq *lq)
{
    wr(m, io + LG_SEL, 2, q);
    *lq = (Lq){ .q = q, .num = (uint16_t)rd(m, io + LG_NUM, 2) };
    g_assert_cmpuint(lq->num, >=, 8);
    wr(m, io + LG_PFN, 4, pfn);
    lq->desc = (uint64_t)pfn << 12;
    lq->avail = lq->desc + 16ULL * lq->num;
    lq->used = (lq->avail + 4 + 2ULL * lq->num + 0xfff) & ~0xfffULL;
}

typedef struct Seg {
    uint64_t addr;
    uint32_t len;
    bool writable;
} Seg;

/* Offer a chain of n (<= 4) segments, big-endian: descriptors 4k..4k+3
 * for the k-th offer, the avail entry and index; notify. */
static void lq_offer(Machine *m, uint64_t io, Lq *lq, const Seg *s,
                     unsigned n)
{
    uint16_t head = (uint16_t)((lq->avail_idx * 4) % lq->num);
    for (unsigned i = 0; i < n; i++) {
        uint64_t d = lq->desc + 16ULL * (head + i);
        st_be(m, d, s[i].addr, 8);
        st_be(m, d + 8, s[i].len, 4);
        st_be(m, d + 12, (i + 1 < n ? 1 : 0) | (s[i].writable ? 2 : 0), 2);
        st_be(m, d + 14, head + i + 1, 2);
    }
    st_be(m, lq->avail + 4 + 2ULL * (lq->avail_idx % lq->num), head, 2);
    st_be(m, lq->avail + 2, ++lq->avail_idx, 2);
    wr(m, io + LG_NOTIFY, 2, lq->q);
}

/* The next used entry, big-endian: false when none; its head and
 * length. */
static bool lq_used(Machine *m, Lq *lq, uint32_t *id, uint32_t *len)
{
    if (ld_be(m, lq->used + 2, 2) == lq->seen) {
        return false;
    }
    uint64_t e = lq->used + 4 + 8ULL * (lq->seen++ % lq->num);
    *id = (uint32_t)ld_be(m, e, 4);
    *len = (uint32_t)ld_be(m, e + 4, 4);
    return true;
}

/* Reset from a big-endian CPU, ACKNOWLEDGE | DRIVER, features. */
static void be_driver_start(Machine *m, uint64_t io, uint32_t features)
{
    cpu_endian(m, true);
    wr(m, io + LG_STATUS, 1, 0);
    wr(m, io + LG_STATUS, 1, 1 | 2);
    wr(m, io + LG_GUEST_F, 4, features);
}

static void driver_ok(Machine *m, uint64_t io)
{
    wr(m, io + LG_STATUS, 1, 1 | 2 | 4);
    g_assert_cmpuint(rd(m, io + LG_STATUS, 1), ==, 1 | 2 | 4);
}

/* ---- virtio-blk ---- */

static char *blk_image(void)
{
    char *img = NULL;
    int fd = g_file_open_tmp("farad-virtio-be-XXXXXX.img", &img, NULL);
    g_assert_cmpint(fd, >=, 0);
    close(fd);
    uint8_t *bytes = g_malloc0(0x10000);
    for (int n = 0; n < 128; n++) {
        bytes[512 * n] = (uint8_t)n;
    }
    g_assert_true(g_file_set_contents(img, (char *)bytes, 0x10000, NULL));
    g_free(bytes);
    return img;
}

static Machine *blk_machine(const char *img)
{
    static const char *const dev[] = {
        "virtio-blk-pci,addr=2,drive=d0,vectors=0", NULL };
    g_autofree char *drive =
        g_strdup_printf("file=%s,if=none,id=d0,format=raw", img);
    return mk(dev, drive, NULL);
}

#define HDR 0x300000
#define DATA 0x301000
#define STAT 0x302000

/* One request {type, 0, sector} big-endian, dlen bytes at DATA;
 * returns the status byte, the used length in *len. */
static uint8_t blk_req(Machine *m, uint64_t io, Lq *lq, uint32_t type,
                       uint64_t sector, uint32_t dlen, uint32_t *len)
{
    st_be(m, HDR, type, 4);
    st_be(m, HDR + 4, 0, 4);
    st_be(m, HDR + 8, sector, 8);
    m->ram[STAT] = 0xaa;
    Seg s[3] = { { HDR, 16, false }, { DATA, dlen, type == 0 },
                 { STAT, 1, true } };
    lq_offer(m, io, lq, s, 3);
    uint32_t id;
    g_assert_true(lq_used(m, lq, &id, len));
    g_assert_cmpuint(id, ==, ((lq->avail_idx - 1) * 4) % lq->num);
    return m->ram[STAT];
}

/* The byte order follows the CPU that resets the device; byte reads
 * give the guest's layout, multi-byte ones the value byte-reversed;
 * modern config and a VERSION_1 driver stay little-endian. */
static void test_endian_choice(void)
{
    g_autofree char *img = blk_image();
    Machine *m = blk_machine(img);
    uint64_t io;
    VirtioPci *v = plug(m, &io);
    /* capacity 128 sectors, a u64 at config offset 0 */
    g_assert_true(v->big_endian);              /* machine reset: BE */
    g_assert_cmpuint(rd(m, io + LG_CFG + 7, 1), ==, 0x80);
    g_assert_cmpuint(rd(m, io + LG_CFG + 0, 1), ==, 0);
    g_assert_cmphex(rd(m, io + LG_CFG + 4, 4), ==, 0x80000000);
    g_assert_cmpuint(rd(m, io + LG_CFG + 0, 4), ==, 0);
    g_assert_cmphex(rd(m, io + LG_CFG + 20, 4), ==, 0x20000); /* blk_size */
    g_assert_cmpuint(rd(m, io + LG_CFG + 21, 1), ==, 0);
    g_assert_cmpuint(rd(m, io + LG_CFG + 22, 1), ==, 2);
    g_assert_cmphex(rd(m, io + LG_CFG + 34, 2), ==, 0x100);  /* num_queues */
    g_assert_cmpuint(rd(m, io + LG_CFG + 35, 1), ==, 1);
    /* the modern view of the same config is little-endian */
    g_assert_cmpuint(rd(m, DEVCFG + 0, 1), ==, 0x80);
    /* a little-endian CPU resets it: little-endian */
    cpu_endian(m, false);
    wr(m, io + LG_STATUS, 1, 0);
    g_assert_cmpuint(rd(m, io + LG_CFG + 0, 1), ==, 0x80);
    g_assert_cmpuint(rd(m, io + LG_CFG + 7, 1), ==, 0);
    g_assert_cmphex(rd(m, io + LG_CFG + 0, 4), ==, 0x80000000);
    g_assert_cmphex(rd(m, io + LG_CFG + 20, 4), ==, 0x20000);
    g_assert_cmpuint(rd(m, io + LG_CFG + 21, 1), ==, 2);
    /* the CPU changing byte order alone changes nothing ... */
    cpu_endian(m, true);
    g_assert_cmpuint(rd(m, io + LG_CFG + 0, 1), ==, 0x80);
    /* ... a reset by PFN 0 from the big-endian CPU does */
    wr(m, io + LG_SEL, 2, 0);
    wr(m, io + LG_PFN, 4, 0);
    g_assert_cmpuint(rd(m, io + LG_CFG + 7, 1), ==, 0x80);
    /* a modern driver on the big-endian CPU: VERSION_1, little-endian
     * rings whatever the CPU */
    wr(m, BAR4 + 0x14, 1, 0);
    wr(m, BAR4 + 0x14, 1, 1 | 2);
    wr(m, BAR4 + 0x08, 4, 1);
    wr(m, BAR4 + 0x0c, 4, 1);
    wr(m, BAR4 + 0x14, 1, 1 | 2 | 8);
    g_assert_true(v->big_endian);
    g_assert_false(virtio_pci_big_endian(v));
    g_assert_false(v->vq[0].big_endian);
    g_assert_cmpuint(rd(m, DEVCFG + 0, 1), ==, 0x80);
    machine_free(m);
    g_unlink(img);
}

/* IN and OUT through a big-endian ring and header. */
static void test_blk(void)
{
    g_autofree char *img = blk_image();
    Machine *m = blk_machine(img);
    uint64_t io;
    VirtioPci *v = plug(m, &io);
    be_driver_start(m, io, 0);
    Lq lq;
    lq_setup(m, io, 0, 0x200, &lq);
    driver_ok(m, io);
    g_assert_true(v->vq[0].big_endian);
    uint32_t len;
    /* sector 3 (0x300 read little-endian would be far past the end) */
    g_assert_cmpuint(blk_req(m, io, &lq, 0, 3, 512, &len), ==, 0);
    g_assert_cmpuint(len, ==, 513);
    g_assert_cmpuint(m->ram[DATA], ==, 3);
    /* OUT (type 1: 0x01000000 little-endian, unsupported) to sector 5,
     * then IN again */
    memset(m->ram + DATA, 0x5a, 512);
    g_assert_cmpuint(blk_req(m, io, &lq, 1, 5, 512, &len), ==, 0);
    g_assert_cmpuint(len, ==, 1);
    memset(m->ram + DATA, 0, 512);
    g_assert_cmpuint(blk_req(m, io, &lq, 0, 5, 512, &len), ==, 0);
    g_assert_cmpuint(m->ram[DATA], ==, 0x5a);
    g_assert_cmpuint(m->ram[DATA + 511], ==, 0x5a);
    /* past the end: IOERR */
    g_assert_cmpuint(blk_req(m, io, &lq, 0, 128, 512, &len), ==, 1);
    g_assert_false(v->broken);
    machine_free(m);
    g_unlink(img);
}

/* The device's byte order survives a snapshot. */
static void test_snapshot(void)
{
    g_autofree char *img = blk_image();
    g_autofree char *dir = g_dir_make_tmp("farad-virtio-be-XXXXXX", NULL);
    g_autofree char *path = g_build_filename(dir, "s.db", NULL);
    GError *err = NULL;
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    Machine *a = blk_machine(img);
    uint64_t io;
    plug(a, &io);
    be_driver_start(a, io, 0);
    Lq lq;
    lq_setup(a, io, 0, 0x200, &lq);
    driver_ok(a, io);
    uint32_t len;
    g_assert_cmpuint(blk_req(a, io, &lq, 0, 3, 512, &len), ==, 0);
    g_assert_true(snap_save(a, db, "be", NULL, &err));
    g_assert_no_error(err);

    Machine *b = blk_machine(img);
    VirtioPci *vb = plug(b, &io);
    cpu_endian(b, false);
    wr(b, io + LG_STATUS, 1, 0);               /* little-endian now */
    g_assert_false(vb->big_endian);
    g_assert_true(snap_load(b, db, "be", &err));
    g_assert_no_error(err);
    vb = (VirtioPci *)spapr_phb_find_buid(b, SPAPR_PCI_BASE_BUID)
             ->bus.devs[PCI_DEVFN(2, 0)];
    g_assert_true(vb->big_endian);
    g_assert_true(vb->vq[0].big_endian);
    g_assert_cmpuint(blk_req(b, io, &lq, 0, 7, 512, &len), ==, 0);
    g_assert_cmpuint(b->ram[DATA], ==, 7);
    g_assert_cmpuint(rd(b, io + LG_CFG + 7, 1), ==, 0x80);
    machine_free(a);
    machine_free(b);
    snap_db_close(db);
    g_unlink(path);
    g_rmdir(dir);
    g_unlink(img);
}

/* ---- virtio-serial ---- */

typedef struct FakeChr {
    GString *out;
} FakeChr;

static size_t fake_read(void *self, uint8_t *buf, size_t max)
{
    (void)self, (void)buf, (void)max;
    return 0;
}

static void fake_write(void *self, const uint8_t *buf, size_t n)
{
    g_string_append_len(((FakeChr *)self)->out, (const char *)buf,
                        (gssize)n);
}

static bool fake_connected(void *self)
{
    (void)self;
    return true;
}

static const ChrHostOps fake_ops = {
    .read = fake_read, .write = fake_write, .connected = fake_connected,
};

/* The control receive queue's next message: "id:event:value[:name]",
 * every field read big-endian. */
static char *ctrl_msg(Machine *m, Lq *rx, uint64_t bufs)
{
    uint32_t id, len;
    if (!lq_used(m, rx, &id, &len)) {
        return g_strdup("");
    }
    uint64_t b = bufs + 0x100ULL * (id / 4);
    g_assert_cmpuint(len, >=, 8);
    return g_strdup_printf("%u:%u:%u%s%s", (unsigned)ld_be(m, b, 4),
                           (unsigned)ld_be(m, b + 4, 2),
                           (unsigned)ld_be(m, b + 6, 2), len > 8 ? ":" : "",
                           len > 8 ? (const char *)m->ram + b + 8 : "");
}

static void test_serial(void)
{
    static const char *const devs[] = {
        "virtio-serial-pci,addr=2,vectors=0",
        "virtconsole,chardev=c0",
        "virtserialport,chardev=c1,name=org.farad.be",
        NULL,
    };
    Machine *m = mk(devs, NULL, NULL);
    FakeChr fake[2] = { { g_string_new(NULL) }, { g_string_new(NULL) } };
    unsigned i = 0;
    for (Device *d = m->devices; d; d = d->next) {
        ChrHost *h;
        if (virtio_serial_port_chardev(d, &h)) {
            g_assert_cmpuint(i, <, 2);
            chr_host_attach(h, &fake_ops, &fake[i++]);
        }
    }
    uint64_t io;
    plug(m, &io);
    /* MULTIPORT (1) and EMERG_WRITE (2) */
    be_driver_start(m, io, 1u << 1 | 1u << 2);
    /* max_nr_ports 31, a u32 at 4: big-endian bytes; cols 0 */
    g_assert_cmpuint(rd(m, io + LG_CFG + 7, 1), ==, 31);
    g_assert_cmpuint(rd(m, io + LG_CFG + 4, 1), ==, 0);
    g_assert_cmphex(rd(m, io + LG_CFG + 4, 4), ==, 0x1f000000);
    Lq rx, tx;
    lq_setup(m, io, 2, 0x200, &rx);
    lq_setup(m, io, 3, 0x210, &tx);
    driver_ok(m, io);
    uint64_t rxbuf = 0x400000, txbuf = 0x480000;
    for (unsigned k = 0; k < 6; k++) {
        Seg s = { rxbuf + 0x100ULL * k, 64, true };
        lq_offer(m, io, &rx, &s, 1);
    }
    /* DEVICE_READY {id 0, event 0, value 1}: PORT_ADD for both */
    st_be(m, txbuf, 0, 4);
    st_be(m, txbuf + 4, 0, 2);
    st_be(m, txbuf + 6, 1, 2);
    Seg s = { txbuf, 8, false };
    lq_offer(m, io, &tx, &s, 1);
    g_autofree char *a0 = ctrl_msg(m, &rx, rxbuf);
    g_autofree char *a1 = ctrl_msg(m, &rx, rxbuf);
    g_assert_cmpstr(a0, ==, "0:1:1");
    g_assert_cmpstr(a1, ==, "1:1:1");
    /* PORT_READY for port 1 {1, 3, 1}: its name and PORT_OPEN */
    st_be(m, txbuf + 0x100, 1, 4);
    st_be(m, txbuf + 0x104, 3, 2);
    st_be(m, txbuf + 0x106, 1, 2);
    s.addr = txbuf + 0x100;
    lq_offer(m, io, &tx, &s, 1);
    g_autofree char *n1 = ctrl_msg(m, &rx, rxbuf);
    machine_round_polls(m);                 /* the host side is there */
    g_autofree char *o1 = ctrl_msg(m, &rx, rxbuf);
    g_assert_cmpstr(n1, ==, "1:7:1:org.farad.be");
    g_assert_cmpstr(o1, ==, "1:6:1");
    /* the raw bytes of PORT_ADD for port 1 */
    static const uint8_t add1[8] = { 0, 0, 0, 1, 0, 1, 0, 1 };
    g_assert_cmpmem(m->ram + rxbuf + 0x100, 8, add1, 8);
    /* the emergency write: a big-endian u32 written byte by byte (as
     * Linux's legacy config write), the character last */
    wr(m, io + LG_CFG + 8, 1, 0);
    wr(m, io + LG_CFG + 9, 1, 0);
    wr(m, io + LG_CFG + 10, 1, 0);
    g_assert_cmpuint(fake[0].out->len, ==, 0);
    wr(m, io + LG_CFG + 11, 1, 'Z');
    g_assert_cmpstr(fake[0].out->str, ==, "Z");
    /* and as one 4-byte write (the value byte-reversed, as QEMU takes
     * it) */
    wr(m, io + LG_CFG + 8, 4, (uint32_t)'Y' << 24);
    g_assert_cmpstr(fake[0].out->str, ==, "ZY");
    machine_free(m);
    g_string_free(fake[0].out, TRUE);
    g_string_free(fake[1].out, TRUE);
}

/* ---- virtio-net ---- */

/* An ARP request from the guest (52:54:00:12:34:56, 10.0.2.15) for the
 * gateway 10.0.2.2. */
static const uint8_t arp_request[42] = {
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x52, 0x54, 0x00, 0x12, 0x34, 0x56,
    0x08, 0x06, 0x00, 0x01, 0x08, 0x00, 6, 4, 0x00, 0x01,
    0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 10, 0, 2, 15,
    0, 0, 0, 0, 0, 0, 10, 0, 2, 2,
};

static void test_net(void)
{
    static const char *const devs[] = {
        "virtio-net-pci,addr=2,netdev=n0,mac=52:54:00:12:34:56,vectors=0",
        NULL,
    };
    Machine *m = mk(devs, NULL, "user,id=n0");
    uint64_t io;
    plug(m, &io);
    be_driver_start(m, io, 1u << 5 | 1u << 16);   /* MAC, STATUS */
    /* the MAC's bytes as they are; status (LINK_UP) big-endian */
    g_assert_cmpuint(rd(m, io + LG_CFG + 0, 1), ==, 0x52);
    g_assert_cmpuint(rd(m, io + LG_CFG + 5, 1), ==, 0x56);
    g_assert_cmpuint(rd(m, io + LG_CFG + 6, 1), ==, 0);
    g_assert_cmpuint(rd(m, io + LG_CFG + 7, 1), ==, 1);
    g_assert_cmphex(rd(m, io + LG_CFG + 6, 2), ==, 0x100);
    Lq rx, tx;
    lq_setup(m, io, 0, 0x200, &rx);
    lq_setup(m, io, 1, 0x210, &tx);
    driver_ok(m, io);
    uint64_t rxbuf = 0x400000, hdr = 0x480000, frame = 0x481000;
    Seg r = { rxbuf, 2048, true };
    lq_offer(m, io, &rx, &r, 1);
    /* send: a 10-byte header of zeros, then the frame */
    memset(m->ram + hdr, 0, 10);
    spapr_write_ram(m, frame, arp_request, sizeof(arp_request));
    Seg t[2] = { { hdr, 10, false }, { frame, sizeof(arp_request), false } };
    lq_offer(m, io, &tx, t, 2);
    uint32_t id, len;
    g_assert_true(lq_used(m, &tx, &id, &len));
    g_assert_cmpuint(id, ==, 0);
    net_poll(m, 0);
    /* the gateway's ARP reply after a 10-byte header */
    g_assert_true(lq_used(m, &rx, &id, &len));
    g_assert_cmpuint(id, ==, 0);
    g_assert_cmpuint(len, >=, 10 + 42);
    static const uint8_t zero[10] = { 0 };
    static const uint8_t guest_mac[6] = { 0x52, 0x54, 0, 0x12, 0x34, 0x56 };
    g_assert_cmpmem(m->ram + rxbuf, 10, zero, 10);
    g_assert_cmpmem(m->ram + rxbuf + 10, 6, guest_mac, 6);
    g_assert_cmphex(ld_be(m, rxbuf + 10 + 12, 2), ==, 0x0806);
    g_assert_cmphex(ld_be(m, rxbuf + 10 + 20, 2), ==, 2);       /* reply */
    machine_free(m);
}

/* One control command on the control queue ctl: {class, command},
 * data, then the status byte the device writes (VIRTIO_NET_OK 0 or
 * _ERR 1). */
#define CTRL_BUF 0x490000
static uint8_t net_ctrl(Machine *m, uint64_t io, Lq *ctl, uint8_t class,
                        uint8_t cmd, const void *data, uint32_t n)
{
    uint8_t hdr[2] = { class, cmd };
    spapr_write_ram(m, CTRL_BUF, hdr, 2);
    if (n) {
        spapr_write_ram(m, CTRL_BUF + 0x100, data, n);
    }
    m->ram[CTRL_BUF + 0x200] = 0xaa;
    Seg s[3] = { { CTRL_BUF, 2, false }, { CTRL_BUF + 0x100, n, false },
                 { CTRL_BUF + 0x200, 1, true } };
    if (n == 0) {
        s[1] = s[2];          /* no data: the header, then the status */
    }
    lq_offer(m, io, ctl, s, n ? 3 : 2);
    uint32_t id, len;
    g_assert_true(lq_used(m, ctl, &id, &len));
    g_assert_cmpuint(len, ==, 1);
    return m->ram[CTRL_BUF + 0x200];
}

/* A field of the device's farad snapshot section. */
static SnapVal *net_field(Machine *m, const char *name, GPtrArray **vals)
{
    Device *d = (Device *)spapr_phb_find_buid(m, SPAPR_PCI_BASE_BUID)
                    ->bus.devs[PCI_DEVFN(2, 0)];
    *vals = snap_vals_new();
    snap_section_save(d->cls->snap, d, *vals);
    GHashTable *idx = snap_vals_index(*vals);
    SnapVal *v = g_hash_table_lookup(idx, name);
    g_hash_table_destroy(idx);
    g_assert_nonnull(v);
    return v;
}

static uint8_t net_vlan_byte(Machine *m, unsigned at)
{
    GPtrArray *vals;
    SnapVal *v = net_field(m, "vlans", &vals);
    gsize n;
    const uint8_t *b = g_bytes_get_data(v->bytes, &n);
    g_assert_cmpuint(n, ==, 512);
    uint8_t r = b[at];
    g_ptr_array_unref(vals);
    return r;
}

/* QEMU 7.2's default virtio-net features on a user netdev, taken by a
 * big-endian legacy driver:
 *  - MRG_RXBUF (5.1.6.3, 5.1.6.4): the gateway's ARP reply spreads over
 *    32-byte receive buffers; the first begins with a 12-byte header of
 *    zeros but num_buffers (big-endian: the device's byte order), which
 *    counts the used buffers; the buffers' bytes after the header are
 *    the frame; the header before a transmitted frame is 12 bytes
 *  - CTRL_MAC_ADDR_SET (5.1.6.5.2): the config shows the new MAC, a
 *    reset brings the device's own back; 7 bytes are refused
 *  - CTRL_VLAN (5.1.6.5.3): ids 5 and 4095 added, 5 deleted again, 4096
 *    refused; the table in farad's snapshot as QEMU's bitmap
 *  - CTRL_ANNOUNCE_ACK (5.1.6.5.4) with no announcement pending: ERR
 *    (QEMU's answer)
 *  - CTRL_GUEST_OFFLOADS_SET (5.1.6.5.6.1): ERR for 0 and for
 *    GUEST_CSUM alike, QEMU 7.2's answer on a netdev without vnet
 *    header (hw/net/virtio-net.c, virtio_net_handle_offloads)
 *  - a snapshot keeps the VLAN table and the MAC the driver set. */
static void test_net_features(void)
{
    static const char *const devs[] = {
        "virtio-net-pci,addr=2,netdev=n0,mac=52:54:00:12:34:56,vectors=0",
        NULL,
    };
    Machine *m = mk(devs, NULL, "user,id=n0");
    uint64_t io;
    plug(m, &io);
    uint32_t feat = 1u << 2 | 1u << 15 | 1u << 19 | 1u << 21 | 1u << 23;
    g_assert_cmphex(rd(m, io + LG_HOST_F, 4) & feat, ==, feat);
    be_driver_start(m, io, feat | 1u << 5 | 1u << 16 | 1u << 17);
    Lq rx, tx, ctl;
    lq_setup(m, io, 0, 0x200, &rx);
    lq_setup(m, io, 1, 0x210, &tx);
    lq_setup(m, io, 2, 0x220, &ctl);
    driver_ok(m, io);
    uint64_t rxbuf = 0x400000, hdr = 0x480000, frame = 0x481000;
    memset(m->ram + rxbuf, 0xee, 0x800);
    for (unsigned i = 0; i < 6; i++) {
        Seg r = { rxbuf + 0x100 * i, 32, true };
        lq_offer(m, io, &rx, &r, 1);
    }
    memset(m->ram + hdr, 0, 12);
    spapr_write_ram(m, frame, arp_request, sizeof(arp_request));
    Seg t[2] = { { hdr, 12, false }, { frame, sizeof(arp_request), false } };
    lq_offer(m, io, &tx, t, 2);
    uint32_t id, len;
    g_assert_true(lq_used(m, &tx, &id, &len));
    net_poll(m, 0);
    /* the used buffers, in ring order, and the frame they carry */
    uint8_t got[6 * 32];
    uint32_t total = 0, n = 0;
    while (lq_used(m, &rx, &id, &len)) {
        g_assert_cmpuint(id, ==, 4 * n);       /* lq_offer's heads */
        g_assert_cmpuint(len, <=, 32);
        g_assert_cmpuint(len, >, 0);
        memcpy(got + total, m->ram + rxbuf + 0x100 * n, len);
        total += len;
        n++;
    }
    g_assert_cmpuint(total, >=, 12 + 42);
    g_assert_cmpuint(n, ==, (total + 31) / 32);   /* all but the last full */
    static const uint8_t zero[10] = { 0 };
    static const uint8_t guest_mac[6] = { 0x52, 0x54, 0, 0x12, 0x34, 0x56 };
    g_assert_cmpmem(got, 10, zero, 10);
    g_assert_cmpuint(got[10] << 8 | got[11], ==, n);        /* num_buffers */
    g_assert_cmpmem(got + 12, 6, guest_mac, 6);
    g_assert_cmphex(got[12 + 12] << 8 | got[12 + 13], ==, 0x0806);
    g_assert_cmphex(got[12 + 20] << 8 | got[12 + 21], ==, 2);   /* reply */
    g_assert_cmpmem(got + 12 + 28, 4, ((const uint8_t[]){ 10, 0, 2, 2 }), 4);

    static const uint8_t mac2[7] = { 0x52, 0x54, 0, 0xaa, 0xbb, 0xcc, 0 };
    g_assert_cmpuint(net_ctrl(m, io, &ctl, 1, 1, mac2, 7), ==, 1);
    g_assert_cmpuint(net_ctrl(m, io, &ctl, 1, 1, mac2, 6), ==, 0);
    g_assert_cmpuint(rd(m, io + LG_CFG + 3, 1), ==, 0xaa);
    g_assert_cmpuint(rd(m, io + LG_CFG + 5, 1), ==, 0xcc);
    static const uint8_t v5[2] = { 0, 5 }, v4095[2] = { 0x0f, 0xff },
                         v4096[2] = { 0x10, 0 };
    g_assert_cmpuint(net_ctrl(m, io, &ctl, 2, 0, v5, 2), ==, 0);
    g_assert_cmpuint(net_ctrl(m, io, &ctl, 2, 0, v4095, 2), ==, 0);
    g_assert_cmpuint(net_ctrl(m, io, &ctl, 2, 0, v4096, 2), ==, 1);
    g_assert_cmphex(net_vlan_byte(m, 0), ==, 1u << 5);
    g_assert_cmphex(net_vlan_byte(m, 511), ==, 0x80);
    g_assert_cmpuint(net_ctrl(m, io, &ctl, 3, 0, NULL, 0), ==, 1);
    static const uint8_t off0[8] = { 0 }, csum[8] = { 0, 0, 0, 0, 0, 0, 0, 2 };
    g_assert_cmpuint(net_ctrl(m, io, &ctl, 5, 0, off0, 8), ==, 1);
    g_assert_cmpuint(net_ctrl(m, io, &ctl, 5, 0, csum, 8), ==, 1);

    /* a snapshot keeps the table and the MAC */
    g_autofree char *dir = g_dir_make_tmp("farad-virtio-net-XXXXXX", NULL);
    g_autofree char *path = g_build_filename(dir, "s.db", NULL);
    GError *err = NULL;
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    g_assert_true(snap_save(m, db, "net", NULL, &err));
    g_assert_no_error(err);
    Machine *b = mk(devs, NULL, "user,id=n0");
    uint64_t iob;
    plug(b, &iob);
    g_assert_cmphex(net_vlan_byte(b, 0), ==, 0);
    g_assert_true(snap_load(b, db, "net", &err));
    g_assert_no_error(err);
    g_assert_cmphex(net_vlan_byte(b, 0), ==, 1u << 5);
    g_assert_cmpuint(rd(b, iob + LG_CFG + 3, 1), ==, 0xaa);
    machine_free(b);
    snap_db_close(db);
    g_unlink(path);
    g_rmdir(dir);

    g_assert_cmpuint(net_ctrl(m, io, &ctl, 2, 1, v5, 2), ==, 0);
    g_assert_cmphex(net_vlan_byte(m, 0), ==, 0);
    /* a reset: the device's own MAC again, no VLAN */
    wr(m, io + LG_STATUS, 1, 0);
    g_assert_cmpuint(rd(m, io + LG_CFG + 3, 1), ==, 0x12);
    g_assert_cmphex(net_vlan_byte(m, 511), ==, 0);
    machine_free(m);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/virtio-be/endian-choice", test_endian_choice);
    g_test_add_func("/virtio-be/blk", test_blk);
    g_test_add_func("/virtio-be/snapshot", test_snapshot);
    g_test_add_func("/virtio-be/serial", test_serial);
    g_test_add_func("/virtio-be/net", test_net);
    g_test_add_func("/virtio-be/net-features", test_net_features);
    return g_test_run();
}
