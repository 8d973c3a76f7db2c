/* SPDX-License-Identifier: MIT */
/*
 * virtio-pci devices in QEMU 7.2 migration streams, without QEMU
 * (snapshot/qemu-virtio.c; tests/migrate-virtio.t checks the same against
 * QEMU 7.2 itself). A virtio-rng-pci (INTx, no MSI-X) driven as a driver
 * would serves two requests and has a third offered but not notified; its
 * stream section is checked against QEMU 7.2's layout (virtio_save: the
 * PCI function's version 2 and config space, the INTx levels, status,
 * ISR, queue_sel, guest features bits 0..31, no config, one queue of 8 at
 * the descriptor address with last_avail_idx 2, then the subsections
 * virtio/device_endian (big), virtio/64bit_features, virtio/virtqueues, virtio/extra_state with
 * virtio_pci/modern_state, virtio/started), the stream is loaded into a
 * fresh machine, and the continuation (the third request notified, three
 * more) goes as on the original: the used ring's ids, lengths and index,
 * the bytes, the ISR and INTx. A stream whose used index in RAM trails
 * last_avail_idx (a request the device took and did not return) and one
 * with a feature the device does not offer are refused in one line, the
 * machine unchanged. A virtio-net-pci's receive filter, set through its
 * control queue as the virtio spec's 5.1.6.5 lays the commands out
 * (RX promiscuous off, all-multicast on, an unknown RX command refused,
 * MAC_TABLE_SET with one unicast and two multicast addresses, a short one
 * refused with the table kept), is in its virtio-net-device part as QEMU
 * 7.2 lays it out, and comes back the same through a stream round trip.
 */
#include <glib.h>
#include <string.h>

#include "board/board.h"
#include "core/machine/platform.h"
#include "core/machine/spapr.h"
#include "pci/spapr-phb.h"
#include "pci/virtio-pci.h"
#include "snapshot/snap.h"
#include "virtio-test-io.h"

#define BAR4 VIRTIO_BAR4
#define COMMON VIRTIO_COMMON
#define ISR (BAR4 + 0x1000)
#define NOTIFY (BAR4 + 0x3000)
#define DESC VIRTIO_DESC
#define AVAIL VIRTIO_AVAIL
#define USED VIRTIO_USED
#define BUF 0x103000
#define SECTION "pci@800000020000000:02.0/virtio-rng"

static Machine *mk_dev(const char *dev)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    cfg.nodefaults = true;
    cfg.ram_size = 256 << 20;
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cfg.devices, g_strdup(dev));
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

static Machine *mk(void)
{
    return mk_dev("virtio-rng-pci,addr=2,vectors=0");
}

static VirtioPci *rng(Machine *m)
{
    SpaprPhb *p = spapr_phb_find_buid(m, SPAPR_PCI_BASE_BUID);
    return (VirtioPci *)p->bus.devs[PCI_DEVFN(2, 0)];
}

/* BARs decoded, bus master, VERSION_1, queue 0 of 8 entries, DRIVER_OK. */
static void driver_up(Machine *m)
{
    virtio_bar4_map(&rng(m)->pci);
    virtio_driver_up(m, 8);
}

static void offer(Machine *m, uint16_t n)
{
    st_le(m, DESC + 16 * n, BUF + 0x100 * n, 8);
    st_le(m, DESC + 16 * n + 8, 8 + n, 4);
    st_le(m, DESC + 16 * n + 12, 2, 2);       /* VIRTQ_DESC_F_WRITE */
    st_le(m, DESC + 16 * n + 14, 0, 2);
    st_le(m, AVAIL + 4 + 2 * (n % 8), n, 2);
    st_le(m, AVAIL + 2, (uint16_t)(n + 1), 2);
}

typedef struct Seen {
    uint16_t used_idx, last_avail;
    uint32_t used[4][2];
    uint8_t isr, intx;
} Seen;

static void go_on(Machine *m, Seen *s)
{
    wr(m, NOTIFY, 2, 0);
    for (uint16_t n = 3; n < 6; n++) {
        offer(m, n);
    }
    wr(m, NOTIFY, 2, 0);
    s->used_idx = (uint16_t)ld_le(m, USED + 2, 2);
    for (int i = 0; i < 4; i++) {
        s->used[i][0] = (uint32_t)ld_le(m, USED + 4 + 8 * (2 + i), 4);
        s->used[i][1] = (uint32_t)ld_le(m, USED + 8 + 8 * (2 + i), 4);
    }
    s->isr = (uint8_t)rd(m, ISR, 1);
    s->intx = rng(m)->pci.intx_level;
    s->last_avail = rng(m)->vq[0].last_avail;
}

static uint64_t be(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) {
        v = v << 8 | p[i];
    }
    return v;
}

/* The payload of section name in stream b (after its header), or NULL. */
static const uint8_t *section_of(GByteArray *b, const char *name, size_t *len)
{
    size_t n = strlen(name);
    for (size_t i = 0; i + n + 9 < b->len; i++) {
        if (b->data[i] == 0x04 && b->data[i + 5] == n &&
            !memcmp(b->data + i + 6, name, n)) {
            const uint8_t *p = b->data + i + 6 + n;
            g_assert_cmpuint(be(p, 4), ==, 0);      /* instance */
            *len = b->len - (size_t)(p + 8 - b->data);
            return p + 8;
        }
    }
    return NULL;
}

static const uint8_t *section(GByteArray *b, size_t *len)
{
    const uint8_t *p = section_of(b, SECTION, len);
    g_assert_true(p && be(p - 4, 4) == 1);      /* version */
    return p;
}

static Machine *driven(void)
{
    Machine *a = mk();
    driver_up(a);
    offer(a, 0);
    offer(a, 1);
    wr(a, NOTIFY, 2, 0);
    offer(a, 2);       /* offered, not notified */
    return a;
}

static void test_layout_and_round_trip(void)
{
    Machine *a = driven();
    GByteArray *b = snap_qemu_save_stream(a, false);
    size_t len;
    const uint8_t *p = section(b, &len);
    g_assert_nonnull(p);
    /* hw/pci/pci.c's vmstate_pci_device: version 2, 256 config bytes */
    g_assert_cmpuint(be(p, 4), ==, 2);
    g_assert_cmpuint(p[4], ==, 0xf4);
    g_assert_cmpuint(p[5], ==, 0x1a);        /* vendor 0x1af4 */
    g_assert_cmpuint(p[6], ==, 0x05);
    g_assert_cmpuint(p[7], ==, 0x10);        /* device 0x1005 */
    g_assert_cmpuint(be(p + 260, 4), ==, 1); /* INTx A up (two returned) */
    const uint8_t *v = p + 260 + 16;         /* no MSI-X */
    g_assert_cmpuint(v[0], ==, 0xf);         /* status */
    g_assert_cmpuint(v[1], ==, 1);           /* ISR: queue */
    g_assert_cmpuint(be(v + 2, 2), ==, 0);   /* queue_sel */
    g_assert_cmpuint(be(v + 4, 4), ==, 0);   /* features bits 0..31 */
    g_assert_cmpuint(be(v + 8, 4), ==, 0);   /* config length */
    g_assert_cmpuint(be(v + 12, 4), ==, 1);  /* queues */
    g_assert_cmpuint(be(v + 16, 4), ==, 8);
    g_assert_cmphex(be(v + 20, 8), ==, DESC);
    g_assert_cmpuint(be(v + 28, 2), ==, 2);  /* last_avail_idx */
    /* virtio-rng has no device part: vmstate virtio's subsections; the
     * byte order is big-endian (no driver reset ran on a little-endian
     * CPU), which a VERSION_1 device sends, as QEMU */
    const uint8_t *s = v + 30;
    g_assert_cmpuint(s[0], ==, 0x05);
    g_assert_cmpmem(s + 2, s[1], "virtio/device_endian", 20);
    g_assert_cmpuint(s[2 + 20 + 4], ==, 2);
    s += 2 + 20 + 4 + 1;
    g_assert_cmpmem(s + 2, s[1], "virtio/64bit_features", 21);
    g_assert_cmphex(be(s + 2 + 21 + 4, 8), ==, 1ULL << 32);
    s += 2 + 21 + 4 + 8;
    g_assert_cmpmem(s + 2, s[1], "virtio/virtqueues", 17);
    g_assert_cmphex(be(s + 2 + 17 + 4, 8), ==, AVAIL);
    g_assert_cmphex(be(s + 2 + 17 + 4 + 8, 8), ==, USED);
    s += 2 + 17 + 4 + 16 * 1024;
    g_assert_cmpmem(s + 2, s[1], "virtio/extra_state", 18);
    s += 2 + 18 + 4;
    g_assert_cmpmem(s + 2, s[1], "virtio_pci/modern_state", 23);
    const uint8_t *ms = s + 2 + 23 + 4;
    g_assert_cmpuint(be(ms + 12, 4), ==, 1); /* driver features, high */
    g_assert_cmpuint(be(ms + 16, 2), ==, 8); /* queue 0: num, enabled */
    g_assert_cmpuint(ms[19], ==, 1);
    s = ms + 16 + 28 * 1024;
    g_assert_cmpmem(s + 2, s[1], "virtio/started", 14);
    g_assert_cmpuint(s[2 + 14 + 4], ==, 1);
    g_assert_true(s + 2 + 14 + 5 <= p + len && s[2 + 14 + 5] == 0x7e);

    Seen ref = { 0 }, got = { 0 };
    Machine *c = mk();
    GError *err = NULL;
    bool running = true;
    g_assert_true(snap_qemu_load_stream(c, b->data, b->len, &running, &err));
    g_assert_no_error(err);
    g_assert_false(running);
    g_assert_cmpuint(rng(c)->vq[0].used_idx, ==, 2);
    g_assert_cmpuint(rng(c)->pci.intx_level, ==, 1);
    go_on(a, &ref);
    go_on(c, &got);
    /* the virtio 1.x ring rules: six requests back, 8 + n bytes each */
    g_assert_cmpuint(ref.used_idx, ==, 6);
    for (int i = 0; i < 4; i++) {
        g_assert_cmpuint(ref.used[i][0], ==, 2 + i);
        g_assert_cmpuint(ref.used[i][1], ==, 8 + 2 + i);
    }
    g_assert_cmpmem(&got, sizeof(got), &ref, sizeof(ref));
    g_byte_array_unref(b);
    machine_free(a);
    machine_free(c);
}

/* A stream changed by edit is refused with a line holding want, and the
 * loading machine's device keeps its reset state. */
static void refused(void (*edit)(Machine *, GByteArray *), const char *want)
{
    Machine *a = driven();
    GByteArray *b = snap_qemu_save_stream(a, false);
    edit(a, b);
    Machine *c = mk();
    GError *err = NULL;
    g_assert_false(snap_qemu_load_stream(c, b->data, b->len, NULL, &err));
    g_assert_nonnull(err);
    if (!strstr(err->message, want)) {
        g_test_message("got: %s", err->message);
    }
    g_assert_nonnull(strstr(err->message, want));
    g_assert_cmpuint(rng(c)->status, ==, 0);
    g_assert_cmpuint(rng(c)->vq[0].desc, ==, 0);
    g_error_free(err);
    g_byte_array_unref(b);
    machine_free(a);
    machine_free(c);
}

/* used->idx 1 in the stream's RAM page with last_avail_idx 2 */
static void used_behind(Machine *a, GByteArray *b)
{
    uint8_t page[4096];
    memcpy(page, a->ram + USED, sizeof(page));
    for (size_t i = 0; i + sizeof(page) <= b->len; i++) {
        if (!memcmp(b->data + i, page, sizeof(page))) {
            b->data[i + 2] = 1;
            return;
        }
    }
    g_assert_not_reached();
}

/* bit 35 added to virtio/64bit_features */
static void extra_feature(Machine *a, GByteArray *b)
{
    (void)a;
    size_t len;
    const uint8_t *p = section(b, &len);
    const uint8_t *s = memmem(p, len, "virtio/64bit_features", 21);
    g_assert_nonnull(s);
    b->data[(s - b->data) + 21 + 4 + 3] |= 0x08;
}

static void test_in_flight(void)
{
    refused(used_behind, SECTION ": queue 0 has 1 buffers in flight "
            "(last_avail_idx 0x2, used idx 0x1), which farad's virtio devices "
            "(they complete each at once) cannot hold");
}

static void test_feature(void)
{
    refused(extra_feature, "Features 0x900000000 unsupported. Allowed "
            "features: 0x10130000000\nFailed to load virtio-rng:virtio\n");
}

/* ---- virtio-net's receive filter ---- */

#define CMD 0x110000
#define ACK 0x111000

/* virtio-net at slot 2 with CTRL_VQ, CTRL_RX and VERSION_1 accepted, its
 * control queue (2) of 8 entries at DESC/AVAIL/USED. */
static void net_up(Machine *m)
{
    virtio_bar4_map(&rng(m)->pci);
    wr(m, COMMON + 0x14, 1, 1 | 2);
    wr(m, COMMON + 0x08, 4, 0);
    wr(m, COMMON + 0x0c, 4, 1u << 17 | 1u << 18);   /* CTRL_VQ, CTRL_RX */
    wr(m, COMMON + 0x08, 4, 1);
    wr(m, COMMON + 0x0c, 4, 1);                     /* VERSION_1 */
    wr(m, COMMON + 0x14, 1, 1 | 2 | 8);
    wr(m, COMMON + 0x16, 2, 2);
    wr(m, COMMON + 0x18, 2, 8);
    wr(m, COMMON + 0x20, 8, DESC);
    wr(m, COMMON + 0x28, 8, AVAIL);
    wr(m, COMMON + 0x30, 8, USED);
    wr(m, COMMON + 0x1c, 2, 1);
    wr(m, COMMON + 0x14, 1, 1 | 2 | 8 | 4);
}

/* One command {class, cmd, data} on the control queue; the device's
 * ack byte. */
static uint8_t command(Machine *m, uint16_t n, uint8_t class, uint8_t cmd,
                       const uint8_t *data, uint32_t len)
{
    uint8_t buf[512] = { class, cmd };
    memcpy(buf + 2, data, len);
    spapr_write_ram(m, CMD, buf, 2 + len);
    st_le(m, ACK, 0xaa, 1);
    st_le(m, DESC, CMD, 8);
    st_le(m, DESC + 8, 2 + len, 4);
    st_le(m, DESC + 12, 1, 2);                /* NEXT */
    st_le(m, DESC + 14, 1, 2);
    st_le(m, DESC + 16, ACK, 8);
    st_le(m, DESC + 24, 1, 4);
    st_le(m, DESC + 28, 2, 2);                /* WRITE */
    st_le(m, AVAIL + 4 + 2 * (n % 8), 0, 2);
    st_le(m, AVAIL + 2, (uint16_t)(n + 1), 2);
    wr(m, NOTIFY + 4 * 2, 2, 2);
    g_assert_cmpuint(ld_le(m, USED + 2, 2), ==, n + 1);
    return (uint8_t)ld_le(m, ACK, 1);
}

#define NET_SECTION "pci@800000020000000:02.0/virtio-net"

/* The virtio-net-device part of the section in b. */
static const uint8_t *net_part(GByteArray *b)
{
    size_t len;
    const uint8_t *p = section_of(b, NET_SECTION, &len);
    g_assert_nonnull(p);
    const uint8_t *v = p + 4 + 256 + 16;     /* no MSI-X (vectors=0) */
    g_assert_cmpuint(be(v + 8, 4), ==, 8);   /* config: mac, status */
    g_assert_cmpuint(be(v + 12 + 8, 4), ==, 3);
    return v + 12 + 8 + 4 + 3 * 14;
}

static void test_net_filter(void)
{
    Machine *a = mk_dev("virtio-net-pci,addr=2,vectors=0");
    net_up(a);
    const uint8_t off = 0, on = 1;
    g_assert_cmpuint(command(a, 0, 0, 0, &off, 1), ==, 0);  /* PROMISC */
    g_assert_cmpuint(command(a, 1, 0, 1, &on, 1), ==, 0);   /* ALLMULTI */
    g_assert_cmpuint(command(a, 2, 0, 6, &on, 1), ==, 1);   /* no such */
    static const uint8_t table[] = {
        1, 0, 0, 0, 0x52, 0x54, 0x00, 0xaa, 0xbb, 0xcc,
        2, 0, 0, 0, 0x01, 0x00, 0x5e, 0x00, 0x00, 0x01,
        0x33, 0x33, 0x00, 0x00, 0x00, 0x01,
    };
    g_assert_cmpuint(command(a, 3, 1, 0, table, sizeof(table)), ==, 0);
    static const uint8_t shorter[] = { 3, 0, 0, 0, 1, 2, 3, 4, 5, 6 };
    g_assert_cmpuint(command(a, 4, 1, 0, shorter, sizeof(shorter)), ==, 1);

    GByteArray *b = snap_qemu_save_stream(a, false);
    const uint8_t *n = net_part(b);
    g_assert_cmpmem(n, 6, "\x52\x54\x00\x12\x34\x56", 6);   /* mac */
    g_assert_cmpuint(be(n + 14, 2), ==, 1);  /* status: link up */
    g_assert_cmpuint(n[16], ==, 0);          /* promisc */
    g_assert_cmpuint(n[17], ==, 1);          /* allmulti */
    g_assert_cmpuint(be(n + 18, 4), ==, 3);  /* mac_table.in_use */
    g_assert_cmpmem(n + 22, 6, table + 4, 6);
    g_assert_cmpmem(n + 28, 12, table + 14, 12);
    const uint8_t *after = n + 22 + 18 + 512 + 4;   /* vlans, has_vnet */
    g_assert_cmpuint(after[0], ==, 0);       /* multi_overflow */
    g_assert_cmpuint(after[1], ==, 0);       /* uni_overflow */

    Machine *c = mk_dev("virtio-net-pci,addr=2,vectors=0");
    GError *err = NULL;
    g_assert_true(snap_qemu_load_stream(c, b->data, b->len, NULL, &err));
    g_assert_no_error(err);
    GByteArray *b2 = snap_qemu_save_stream(c, false);
    g_assert_cmpmem(net_part(b2), 22 + 18 + 512 + 4 + 7,
                    n, 22 + 18 + 512 + 4 + 7);
    g_byte_array_unref(b);
    g_byte_array_unref(b2);
    machine_free(a);
    machine_free(c);
}

/* QEMU 7.2's virtio-net-pci has 3 MSI-X vectors on machine types up to
 * 5.2 (hw_compat_5_2; its pseries-2.8 streams carry a table of 3), 4 on
 * pseries-7.2: the table in the stream must be the loading device's. */
static void test_net_vectors(void)
{
    static const struct { const char *type; unsigned n; } want[] = {
        { "pseries-2.8", 3 }, { "pseries-7.2", 4 },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
        MachineConfig cfg;
        machine_config_init(&cfg);
        cfg.board = &pseries_board;
        cfg.nodefaults = true;
        cfg.ram_size = 256 << 20;
        cfg.dumpdtb = g_strdup("/dev/null");
        g_free(cfg.machine_type);
        cfg.machine_type = g_strdup(want[i].type);
        cfg.devices = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(cfg.devices, g_strdup("virtio-net-pci,addr=2"));
        GError *err = NULL;
        Machine *m = machine_new(&cfg, &err);
        g_assert_no_error(err);
        machine_config_clear(&cfg);
        g_assert_cmpuint(rng(m)->pci.msix_entries, ==, want[i].n);
        machine_free(m);
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/qemu-virtio/layout-and-round-trip",
                    test_layout_and_round_trip);
    g_test_add_func("/qemu-virtio/in-flight", test_in_flight);
    g_test_add_func("/qemu-virtio/feature", test_feature);
    g_test_add_func("/qemu-virtio/net-filter", test_net_filter);
    g_test_add_func("/qemu-virtio/net-vectors", test_net_vectors);
    return g_test_run();
}
