/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of virtio-serial-pci (pci/virtio-serial.c) and of the
 * legacy virtio interface (pci/virtio-pci.c's BAR0), driven as a driver
 * would through config space, the BARs and rings in guest memory:
 *  - identity and config: PCI 1af4:1003, class 0x078000, subsystem 3,
 *    BAR0 0x40 bytes (0x20 on pseries-2.7: no emergency write), the
 *    features and max_nr_ports QEMU 7.2 offers;
 *  - the multiport protocol (virtio 1.x 5.3.6): DEVICE_READY answered
 *    with PORT_ADD per port in creation order, PORT_READY with
 *    CONSOLE_PORT / PORT_NAME / PORT_OPEN, the host side's connect and
 *    disconnect as PORT_OPEN 1/0, data both ways, output dropped while
 *    nobody listens, the emergency write; without MULTIPORT port 0
 *    alone;
 *  - input polls through the input journal: a replay with no host at
 *    all gives the guest the same bytes at the same polls;
 *  - the -chardev backends the front end opens for ports: file (output,
 *    connected), pipe (PATH.in / PATH.out both ways), null (never
 *    connected), an unknown id refused in QEMU's words;
 *  - snapshots: host input the guest has not taken yet, the open port
 *    and the rings come back in a fresh machine, which continues as
 *    the original (state hash, bytes);
 *  - the legacy register block (virtio 1.x 4.1.4.8): host features
 *    with the legacy-only bits, the device config at 0x14 and, with
 *    MSI-X enabled, at 0x18 after the vector registers, queue size /
 *    select / PFN and the ring layout a PFN implies, reset by status 0
 *    and by PFN 0, and a request served through a legacy ring with
 *    INTx and the ISR.
 * Expected values: the virtio spec and QEMU 7.2 (info qtree / info pci
 * of qemu-system-ppc64 -M pseries with the same devices).
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "board/board.h"
#include "core/front/vserial-chr.h"
#include "core/machine/chr-host.h"
#include "core/machine/platform.h"
#include "core/machine/run-hooks.h"
#include "core/machine/spapr.h"
#include "pci/spapr-phb.h"
#include "pci/virtio-pci.h"
#include "pci/virtio-serial.h"
#include "snapshot/snap.h"
#include "virtio-test-io.h"

#define BAR4 0x210000000000ULL     /* the 64-bit window of PHB 0 */
#define COMMON (BAR4 + 0x0000)
#define DEVCFG (BAR4 + 0x2000)
#define NOTIFY (BAR4 + 0x3000)

enum { EV_READY = 0, EV_ADD = 1, EV_PORT_READY = 3, EV_CONSOLE = 4,
       EV_OPEN = 6, EV_NAME = 7 };

/* ---- machine and driver helpers ---- */

static Machine *mk(const char *type, const char *const *devs)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    cfg.nodefaults = true;
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    for (; *devs; devs++) {
        g_ptr_array_add(cfg.devices, g_strdup(*devs));
    }
    if (type) {
        g_free(cfg.machine_type);
        cfg.machine_type = g_strdup(type);
    }
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

static SpaprPhb *phb(Machine *m)
{
    return spapr_phb_find_buid(m, SPAPR_PCI_BASE_BUID);
}

/* The function at slot with BAR0 at I/O io, BAR1 and BAR4 as in
 * test-virtio, decoding and bus master on. */
static VirtioPci *plug(Machine *m, unsigned slot, uint32_t io)
{
    PciDevice *d = phb(m)->bus.devs[PCI_DEVFN(slot, 0)];
    g_assert_nonnull(d);
    pci_config_write(d, PCI_BASE_ADDRESS_0, io, 4);
    pci_config_write(d, PCI_BASE_ADDRESS_0 + 4, 0x80000000, 4);
    pci_config_write(d, PCI_BASE_ADDRESS_0 + 16, 0x0000000c, 4);
    pci_config_write(d, PCI_BASE_ADDRESS_0 + 20, 0x2100, 4);
    pci_config_write(d, PCI_COMMAND, PCI_COMMAND_IO | PCI_COMMAND_MEMORY |
                     PCI_COMMAND_MASTER, 2);
    return (VirtioPci *)d;
}

/* Queue q's rings and buffers in guest RAM. */
static uint64_t q_desc(unsigned q) { return 0x100000 + 0x4000ULL * q; }
static uint64_t q_avail(unsigned q) { return q_desc(q) + 0x1000; }
static uint64_t q_used(unsigned q) { return q_desc(q) + 0x2000; }
static uint64_t q_buf(unsigned q, unsigned slot)
{
    return 0x400000 + 0x10000ULL * q + 0x100ULL * slot;
}

typedef struct Drv {
    Machine *m;
    uint16_t avail[8];    /* the driver's avail idx per queue */
    uint16_t seen[8];     /* used entries consumed per queue */
} Drv;

/* Offer one buffer on queue q (descriptor = avail slot, < 32): len
 * bytes the device writes, or data it reads. */
static void add_buf(Drv *d, unsigned q, const void *data, uint32_t len)
{
    Machine *m = d->m;
    uint16_t slot = d->avail[q];
    g_assert_cmpuint(slot, <, 32);
    uint64_t desc = q_desc(q) + 16ULL * slot;
    st_le(m, desc, q_buf(q, slot), 8);
    st_le(m, desc + 8, len, 4);
    st_le(m, desc + 12, data ? 0 : 2, 2);      /* VIRTQ_DESC_F_WRITE */
    st_le(m, desc + 14, 0, 2);
    if (data) {
        spapr_write_ram(m, q_buf(q, slot), data, len);
    }
    st_le(m, q_avail(q) + 4 + 2ULL * slot, slot, 2);
    st_le(m, q_avail(q) + 2, ++d->avail[q], 2);
}

static void kick(Drv *d, unsigned q)
{
    wr(d->m, NOTIFY + 4 * q, 2, q);
}

/* The next used entry of queue q: false when none; its buffer and
 * length. */
static bool next_used(Drv *d, unsigned q, uint8_t **buf, uint32_t *len)
{
    Machine *m = d->m;
    if (ld_le(m, q_used(q) + 2, 2) == d->seen[q]) {
        return false;
    }
    uint64_t e = q_used(q) + 4 + 8ULL * d->seen[q]++;
    uint32_t id = (uint32_t)ld_le(m, e, 4);
    *len = (uint32_t)ld_le(m, e + 4, 4);
    *buf = m->ram + q_buf(q, id);
    return true;
}

/* Control messages the device sent since the last call, as text
 * "id:event:value[:name]" joined by spaces. */
static char *ctrl_msgs(Drv *d)
{
    GString *s = g_string_new(NULL);
    uint8_t *b;
    uint32_t len;
    while (next_used(d, 2, &b, &len)) {
        g_assert_cmpuint(len, >=, 8);
        g_string_append_printf(s, "%s%u:%u:%u", s->len ? " " : "",
                               (unsigned)ld_le(d->m, b - d->m->ram, 4),
                               (unsigned)(b[4] | b[5] << 8),
                               (unsigned)(b[6] | b[7] << 8));
        if (len > 8) {
            g_assert_cmpuint(b[len - 1], ==, 0);
            g_string_append_printf(s, ":%s", (const char *)b + 8);
        }
    }
    return g_string_free(s, FALSE);
}

static void ctrl_send(Drv *d, uint32_t id, uint16_t event, uint16_t value)
{
    uint8_t b[8] = { (uint8_t)id, (uint8_t)(id >> 8), (uint8_t)(id >> 16),
                     (uint8_t)(id >> 24), (uint8_t)event,
                     (uint8_t)(event >> 8), (uint8_t)value,
                     (uint8_t)(value >> 8) };
    add_buf(d, 3, b, 8);
    kick(d, 3);
}

/* Modern driver: features `feat` (low word) + VERSION_1, queues 0..5
 * (port 0, control, port 1) at their rings, DRIVER_OK, 8 control
 * receive buffers. */
static void driver_up(Drv *d, uint32_t feat)
{
    Machine *m = d->m;
    wr(m, COMMON + 0x14, 1, 0);
    wr(m, COMMON + 0x14, 1, 1 | 2);
    wr(m, COMMON + 0x08, 4, 0);
    wr(m, COMMON + 0x0c, 4, feat);
    wr(m, COMMON + 0x08, 4, 1);
    wr(m, COMMON + 0x0c, 4, 1);
    wr(m, COMMON + 0x14, 1, 1 | 2 | 8);
    g_assert_cmpuint(rd(m, COMMON + 0x14, 1), ==, 1 | 2 | 8);
    for (unsigned q = 0; q < 6; q++) {
        wr(m, COMMON + 0x16, 2, q);
        wr(m, COMMON + 0x20, 8, q_desc(q));
        wr(m, COMMON + 0x28, 8, q_avail(q));
        wr(m, COMMON + 0x30, 8, q_used(q));
        wr(m, COMMON + 0x1c, 2, 1);
    }
    wr(m, COMMON + 0x14, 1, 1 | 2 | 8 | 4);
    for (int i = 0; i < 8; i++) {
        add_buf(d, 2, NULL, 64);
    }
    kick(d, 2);
}

/* ---- a host side in memory ---- */

typedef struct FakeChr {
    bool connected;
    GString *in;      /* what the host has typed, not yet read */
    GString *out;     /* what the guest wrote */
    unsigned reads;   /* read calls */
} FakeChr;

static size_t fake_read(void *self, uint8_t *buf, size_t max)
{
    FakeChr *f = self;
    f->reads++;
    size_t n = MIN(max, f->in->len);
    memcpy(buf, f->in->str, n);
    g_string_erase(f->in, 0, (gssize)n);
    return n;
}

static void fake_write(void *self, const uint8_t *buf, size_t n)
{
    g_string_append_len(((FakeChr *)self)->out, (const char *)buf,
                        (gssize)n);
}

static bool fake_connected(void *self)
{
    return ((FakeChr *)self)->connected;
}

static const ChrHostOps fake_ops = {
    .read = fake_read, .write = fake_write, .connected = fake_connected,
};

/* Attach fake[i] to the i-th port with a chardev, in device order. */
static void attach_fakes(Machine *m, FakeChr *fake, unsigned n)
{
    unsigned i = 0;
    for (Device *d = m->devices; d; d = d->next) {
        ChrHost *h;
        if (virtio_serial_port_chardev(d, &h)) {
            g_assert_cmpuint(i, <, n);
            fake[i].in = g_string_new(NULL);
            fake[i].out = g_string_new(NULL);
            chr_host_attach(h, &fake_ops, &fake[i++]);
        }
    }
    g_assert_cmpuint(i, ==, n);
}

static void free_fakes(FakeChr *fake, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        g_string_free(fake[i].in, TRUE);
        g_string_free(fake[i].out, TRUE);
    }
}

static const char *const three[] = {
    "virtio-serial-pci,addr=2,id=vs0",
    "virtconsole,chardev=c0",
    "virtserialport,chardev=c1,name=org.farad.test",
    NULL,
};

/* ---- tests ---- */

static uint32_t bar_size(PciDevice *d, unsigned bar)
{
    uint32_t a = PCI_BASE_ADDRESS_0 + 4 * bar;
    uint32_t old = pci_config_read(d, a, 4);
    pci_config_write(d, a, 0xffffffff, 4);
    uint32_t v = pci_config_read(d, a, 4);
    pci_config_write(d, a, old, 4);
    return ~(v & (v & 1 ? ~3u : ~0xfu)) + 1;   /* I/O or memory flags */
}

static void identity(const char *mprop, uint32_t bar0, uint32_t bar4,
                     uint32_t features, uint32_t cfg_size)
{
    Machine *m = mk(mprop, three);
    VirtioPci *v = plug(m, 2, 0x1001);
    PciDevice *d = &v->pci;
    g_assert_cmphex(pci_get_word(d->config + PCI_VENDOR_ID), ==, 0x1af4);
    g_assert_cmphex(pci_get_word(d->config + PCI_DEVICE_ID), ==, 0x1003);
    g_assert_cmphex(pci_config_read(d, 0x08, 4) >> 8, ==, 0x078000);
    g_assert_cmphex(pci_get_word(d->config + PCI_SUBSYSTEM_ID), ==, 3);
    g_assert_cmphex(bar_size(d, 0), ==, bar0);
    g_assert_cmphex(bar_size(d, 1), ==, 0x1000);
    g_assert_cmphex(bar_size(d, 4), ==, bar4);
    g_assert_cmpuint(v->nvectors, ==, 2);
    g_assert_cmpuint(v->info->config_size, ==, cfg_size);
    if (bar4 != 0x4000) {
        /* pseries-2.7: no 64-bit window at BAR4's test address */
        g_assert_cmphex((uint32_t)v->host_features, ==, features);
        machine_free(m);
        return;
    }
    g_assert_cmpuint(rd(m, COMMON + 0x12, 2), ==, 64);    /* num_queues */
    wr(m, COMMON + 0x16, 2, 2);
    g_assert_cmpuint(rd(m, COMMON + 0x18, 2), ==, 32);    /* control */
    wr(m, COMMON + 0x16, 2, 63);
    g_assert_cmpuint(rd(m, COMMON + 0x18, 2), ==, 128);
    wr(m, COMMON + 0x00, 4, 0);
    g_assert_cmphex(rd(m, COMMON + 0x04, 4), ==, features);
    g_assert_cmpuint(rd(m, DEVCFG + 0, 4), ==, 0);        /* cols, rows */
    g_assert_cmpuint(rd(m, DEVCFG + 4, 4), ==, 31);       /* max_nr_ports */
    machine_free(m);
}

/* pseries-7.2 and 2.8: MULTIPORT, EMERG_WRITE, INDIRECT_DESC,
 * EVENT_IDX; 2.7 (QEMU's hw_compat_2_7): no emergency write, config 8
 * bytes, BAR0 0x20, and page-per-vq (BAR4 8 MiB) */
static void test_identity(void)
{
    identity(NULL, 0x40, 0x4000, 0x30000006, 12);
    identity("pseries-2.8", 0x40, 0x4000, 0x30000006, 12);
    identity("pseries-2.7", 0x20, 0x800000, 0x30000002, 8);
}

static void test_multiport(void)
{
    Machine *m = mk(NULL, three);
    FakeChr fake[2] = { 0 };
    attach_fakes(m, fake, 2);
    plug(m, 2, 0x1001);
    Drv d = { .m = m };
    driver_up(&d, 1u << 1 | 1u << 2);
    g_autofree char *none = ctrl_msgs(&d);
    g_assert_cmpstr(none, ==, "");
    ctrl_send(&d, 0xffffffff, EV_READY, 1);
    g_autofree char *add = ctrl_msgs(&d);
    g_assert_cmpstr(add, ==, "0:1:1 1:1:1");            /* PORT_ADD 0, 1 */
    ctrl_send(&d, 0, EV_PORT_READY, 1);
    g_autofree char *con = ctrl_msgs(&d);
    g_assert_cmpstr(con, ==, "0:4:1 0:6:1");   /* CONSOLE_PORT, PORT_OPEN */
    ctrl_send(&d, 1, EV_PORT_READY, 1);
    g_autofree char *name = ctrl_msgs(&d);
    g_assert_cmpstr(name, ==, "1:7:1:org.farad.test");  /* no host yet */
    /* the host connects (seen at the next poll) and types; the guest
     * has not opened the port: nothing is read from the host */
    fake[1].connected = true;
    g_string_append(fake[1].in, "hello");
    add_buf(&d, 4, NULL, 64);
    kick(&d, 4);
    machine_round_polls(m);
    g_autofree char *open = ctrl_msgs(&d);
    g_assert_cmpstr(open, ==, "1:6:1");
    g_assert_cmpuint(fake[1].reads, ==, 0);
    /* the guest opens it: the next poll delivers */
    ctrl_send(&d, 1, EV_OPEN, 1);
    machine_round_polls(m);
    uint8_t *b;
    uint32_t len;
    g_assert_true(next_used(&d, 4, &b, &len));
    g_assert_cmpmem(b, len, "hello", 5);
    /* guest output on port 1 and on the console */
    add_buf(&d, 5, "world", 5);
    kick(&d, 5);
    g_assert_cmpstr(fake[1].out->str, ==, "world");
    g_assert_true(next_used(&d, 5, &b, &len));
    g_assert_cmpuint(len, ==, 0);
    add_buf(&d, 1, "con", 3);
    kick(&d, 1);
    g_assert_cmpstr(fake[0].out->str, ==, "con");
    /* emergency write: one byte to port 0's chardev */
    wr(m, DEVCFG + 8, 4, 'Z');
    g_assert_cmpstr(fake[0].out->str, ==, "conZ");
    wr(m, DEVCFG + 4, 4, 7);                     /* read-only field */
    g_assert_cmpuint(rd(m, DEVCFG + 4, 4), ==, 31);
    g_assert_cmpstr(fake[0].out->str, ==, "conZ");
    /* the host leaves: PORT_OPEN 0; output is returned unwritten */
    fake[1].connected = false;
    machine_round_polls(m);
    g_autofree char *closed = ctrl_msgs(&d);
    g_assert_cmpstr(closed, ==, "1:6:0");
    add_buf(&d, 5, "lost", 4);
    kick(&d, 5);
    g_assert_true(next_used(&d, 5, &b, &len));
    g_assert_cmpstr(fake[1].out->str, ==, "world");
    machine_free(m);
    free_fakes(fake, 2);
}

/* A driver without MULTIPORT: port 0 only, open once the driver is up,
 * no control messages. */
static void test_single_port(void)
{
    Machine *m = mk(NULL, three);
    FakeChr fake[2] = { 0 };
    attach_fakes(m, fake, 2);
    plug(m, 2, 0x1001);
    Drv d = { .m = m };
    driver_up(&d, 0);
    g_string_append(fake[0].in, "in0");
    add_buf(&d, 0, NULL, 16);
    kick(&d, 0);
    machine_round_polls(m);
    uint8_t *b;
    uint32_t len;
    g_assert_true(next_used(&d, 0, &b, &len));
    g_assert_cmpmem(b, len, "in0", 3);
    add_buf(&d, 1, "out0", 4);
    kick(&d, 1);
    g_assert_cmpstr(fake[0].out->str, ==, "out0");
    ctrl_send(&d, 0xffffffff, EV_READY, 1);
    g_autofree char *ctl = ctrl_msgs(&d);
    g_assert_cmpstr(ctl, ==, "");
    machine_free(m);
    free_fakes(fake, 2);
}

/* ---- the journal ---- */

typedef struct Journal {
    bool replay;
    GPtrArray *recs;    /* "index\nid\n" + bytes as GBytes */
    guint next;
} Journal;

static GBytes *rec(uint32_t index, const char *id, const uint8_t *buf,
                   size_t len)
{
    GByteArray *a = g_byte_array_new();
    g_autofree char *head = g_strdup_printf("%u\n%s\n", index, id);
    g_byte_array_append(a, (const guint8 *)head, (guint)strlen(head));
    g_byte_array_append(a, buf, (guint)len);
    return g_byte_array_free_to_bytes(a);
}

static bool j_no_host(const void *self)
{
    return ((const Journal *)self)->replay;
}

static void j_chr_input(void *self, uint32_t index, const char *id,
                        const uint8_t *buf, size_t len)
{
    g_ptr_array_add(((Journal *)self)->recs, rec(index, id, buf, len));
}

static bool j_chr_replay(void *self, uint32_t index, char **id,
                         uint8_t **buf, size_t *len)
{
    Journal *j = self;
    if (j->next >= j->recs->len) {
        return false;
    }
    gsize n;
    const char *p = g_bytes_get_data(g_ptr_array_index(j->recs, j->next),
                                     &n);
    if ((uint32_t)strtoul(p, NULL, 10) != index) {
        return false;
    }
    j->next++;
    const char *idp = strchr(p, '\n') + 1;
    const char *data = strchr(idp, '\n') + 1;
    *id = g_strndup(idp, (gsize)(data - 1 - idp));
    *len = n - (gsize)(data - p);
    *buf = g_memdup2(data, *len);
    return true;
}

static const InputJournalOps journal_ops = {
    .no_host_input = j_no_host,
    .chr_input = j_chr_input,
    .chr_replay = j_chr_replay,
};

/* The guest opens port 1 and keeps receive buffers offered; the host
 * connects, types two pieces between polls. Returns what the guest
 * received, with a '|' between used buffers. */
static char *journal_run(Journal *j, bool with_host)
{
    Machine *m = mk(NULL, three);
    FakeChr fake[2] = { 0 };
    if (with_host) {
        attach_fakes(m, fake, 2);
    }
    machine_set_journal(m, &journal_ops, j);
    plug(m, 2, 0x1001);
    Drv d = { .m = m };
    driver_up(&d, 1u << 1);
    ctrl_send(&d, 0xffffffff, EV_READY, 1);
    ctrl_send(&d, 1, EV_PORT_READY, 1);
    ctrl_send(&d, 1, EV_OPEN, 1);
    for (int i = 0; i < 4; i++) {
        add_buf(&d, 4, NULL, 4);
    }
    kick(&d, 4);
    GString *got = g_string_new(NULL);
    const char *typed[] = { NULL, "abcdef", NULL, "gh" };
    for (int step = 0; step < 4; step++) {
        if (with_host) {
            fake[1].connected = true;
            if (typed[step]) {
                g_string_append(fake[1].in, typed[step]);
            }
        }
        machine_round_polls(m);
        uint8_t *b;
        uint32_t len;
        while (next_used(&d, 4, &b, &len)) {
            g_string_append_len(got, (const char *)b, len);
            g_string_append_c(got, '|');
        }
    }
    g_autofree char *ctl = ctrl_msgs(&d);
    g_string_append_printf(got, " ctl %s", ctl);
    machine_set_journal(m, NULL, NULL);
    machine_free(m);
    if (with_host) {
        free_fakes(fake, 2);
    }
    return g_string_free(got, FALSE);
}

static void test_journal(void)
{
    Journal j = { .recs = g_ptr_array_new_with_free_func(
                      (GDestroyNotify)g_bytes_unref) };
    g_autofree char *rec_run = journal_run(&j, true);
    /* 4-byte buffers: "abcd" then "ef" (the rest of the first poll's
     * input) ... then "gh" */
    g_assert_cmpstr(rec_run, ==, "abcd|ef|gh| ctl 0:1:1 1:1:1 1:7:1:"
                    "org.farad.test 1:6:1");
    g_assert_cmpuint(j.recs->len, >=, 2);
    j.replay = true;
    g_autofree char *rep = journal_run(&j, false);
    g_assert_cmpstr(rep, ==, rec_run);
    g_assert_cmpuint(j.next, ==, j.recs->len);
    g_ptr_array_unref(j.recs);
}

/* ---- chardev backends (core/front/vserial-chr.c) ---- */

static void test_backends(void)
{
    g_autofree char *dir = g_dir_make_tmp("farad-vserial-XXXXXX", NULL);
    g_autofree char *file = g_build_filename(dir, "out.txt", NULL);
    g_autofree char *pipe = g_build_filename(dir, "p", NULL);
    g_autofree char *pin = g_strconcat(pipe, ".in", NULL);
    g_autofree char *pout = g_strconcat(pipe, ".out", NULL);
    g_assert_cmpint(mkfifo(pin, 0600), ==, 0);
    g_assert_cmpint(mkfifo(pout, 0600), ==, 0);
    static const char *const devs[] = {
        "virtio-serial-pci,addr=2",
        "virtserialport,chardev=f0,name=file",    /* port 1 */
        "virtserialport,chardev=p0,name=pipe",    /* port 2 */
        "virtserialport,chardev=n0,name=null",    /* port 3 */
        NULL,
    };
    Machine *m = mk(NULL, devs);
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.chardevs = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cfg.chardevs, g_strdup_printf("file,id=f0,path=%s", file));
    g_ptr_array_add(cfg.chardevs, g_strdup_printf("pipe,id=p0,path=%s", pipe));
    g_ptr_array_add(cfg.chardevs, g_strdup("null,id=n0"));
    GError *err = NULL;
    g_assert_true(vserial_chr_start(m, &cfg, &err));
    g_assert_no_error(err);
    int rfd = open(pout, O_RDONLY | O_NONBLOCK);   /* the pipe's reader */
    int wfd = open(pin, O_WRONLY | O_NONBLOCK);    /* ... and writer */
    g_assert_cmpint(rfd, >=, 0);
    g_assert_cmpint(wfd, >=, 0);
    plug(m, 2, 0x1001);
    Drv d = { .m = m };
    driver_up(&d, 1u << 1);
    /* queues 6/7 (port 2) and 8/9 (port 3) too */
    for (unsigned q = 6; q < 8; q++) {
        wr(m, COMMON + 0x16, 2, q);
        wr(m, COMMON + 0x20, 8, q_desc(q));
        wr(m, COMMON + 0x28, 8, q_avail(q));
        wr(m, COMMON + 0x30, 8, q_used(q));
        wr(m, COMMON + 0x1c, 2, 1);
    }
    ctrl_send(&d, 0xffffffff, EV_READY, 1);
    g_autofree char *add = ctrl_msgs(&d);
    g_assert_cmpstr(add, ==, "1:1:1 2:1:1 3:1:1");
    /* the first poll sees file and pipe connected, null not */
    machine_round_polls(m);
    g_autofree char *open1 = ctrl_msgs(&d);
    g_assert_cmpstr(open1, ==, "1:6:1 2:6:1");
    /* output to the file and the pipe */
    add_buf(&d, 5, "to-file\n", 8);
    kick(&d, 5);
    add_buf(&d, 7, "to-pipe", 7);
    kick(&d, 7);
    g_autofree char *content = NULL;
    g_assert_true(g_file_get_contents(file, &content, NULL, NULL));
    g_assert_cmpstr(content, ==, "to-file\n");
    char b[16] = { 0 };
    g_assert_cmpint(read(rfd, b, sizeof(b)), ==, 7);
    g_assert_cmpstr(b, ==, "to-pipe");
    /* input from the pipe, once the guest opens port 2 */
    g_assert_cmpint(write(wfd, "from-pipe", 9), ==, 9);
    ctrl_send(&d, 2, EV_OPEN, 1);
    add_buf(&d, 6, NULL, 32);
    kick(&d, 6);
    machine_round_polls(m);
    uint8_t *got;
    uint32_t len;
    g_assert_true(next_used(&d, 6, &got, &len));
    g_assert_cmpmem(got, len, "from-pipe", 9);
    close(rfd);
    close(wfd);
    machine_free(m);
    /* an id no -chardev has */
    Machine *m2 = mk(NULL, devs);
    g_ptr_array_remove_index(cfg.chardevs, 1);
    g_assert_false(vserial_chr_start(m2, &cfg, &err));
    g_assert_cmpstr(err->message, ==,
                    "Property 'virtserialport.chardev' can't find value 'p0'");
    g_clear_error(&err);
    /* with the -device argument the port came from: named as QEMU does */
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cfg.devices, g_strdup("virtserialport,chardev=p0,name=pipe"));
    g_assert_false(vserial_chr_start(m2, &cfg, &err));
    g_assert_cmpstr(err->message, ==,
                    "-device virtserialport,chardev=p0,name=pipe: Property "
                    "'virtserialport.chardev' can't find value 'p0'");
    g_clear_error(&err);
    machine_free(m2);
    machine_config_clear(&cfg);
    g_unlink(file);
    g_unlink(pin);
    g_unlink(pout);
    g_rmdir(dir);
}

/* ---- snapshots ---- */

/* Offer one 4-byte receive buffer on port 1 and return what the device
 * put there ("" when nothing). */
static char *take_port1(Drv *d)
{
    add_buf(d, 4, NULL, 4);
    kick(d, 4);
    uint8_t *b;
    uint32_t len;
    return next_used(d, 4, &b, &len) ? g_strndup((const char *)b, len)
                                     : g_strdup("");
}

static void test_snapshot(void)
{
    g_autofree char *dir = g_dir_make_tmp("farad-vserial-XXXXXX", NULL);
    g_autofree char *path = g_build_filename(dir, "s.db", NULL);
    GError *err = NULL;
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    Machine *a = mk(NULL, three);
    FakeChr fa[2] = { 0 };
    attach_fakes(a, fa, 2);
    plug(a, 2, 0x1001);
    Drv da = { .m = a };
    driver_up(&da, 1u << 1);
    ctrl_send(&da, 0xffffffff, EV_READY, 1);
    ctrl_send(&da, 1, EV_PORT_READY, 1);
    ctrl_send(&da, 1, EV_OPEN, 1);
    fa[1].connected = true;
    machine_round_polls(a);                 /* PORT_OPEN 1 */
    g_string_append(fa[1].in, "abcdefgh");
    add_buf(&da, 4, NULL, 4);
    kick(&da, 4);
    machine_round_polls(a);                 /* "abcd" in, "efgh" held */
    uint8_t *b;
    uint32_t len;
    g_assert_true(next_used(&da, 4, &b, &len));
    g_assert_cmpmem(b, len, "abcd", 4);
    g_autofree char *before = ctrl_msgs(&da);
    g_assert_cmpstr(before, ==, "0:1:1 1:1:1 1:7:1:org.farad.test 1:6:1");
    g_assert_true(snap_save(a, db, "held", NULL, &err));
    g_assert_no_error(err);
    g_autofree char *hash_saved = snap_state_hash(a);
    g_autofree char *rest_a = take_port1(&da);
    g_assert_cmpstr(rest_a, ==, "efgh");

    Machine *bm = mk(NULL, three);
    FakeChr fb[2] = { 0 };
    attach_fakes(bm, fb, 2);
    fb[1].connected = true;
    g_assert_true(snap_load(bm, db, "held", &err));
    g_assert_no_error(err);
    g_autofree char *hash_loaded = snap_state_hash(bm);
    g_assert_cmpstr(hash_loaded, ==, hash_saved);
    Drv db2 = da;                           /* the same driver state */
    db2.m = bm;
    db2.avail[4]--;
    db2.seen[4]--;
    g_autofree char *rest_b = take_port1(&db2);
    g_assert_cmpstr(rest_b, ==, "efgh");
    /* connected at the save: no new PORT_OPEN; the port is open */
    machine_round_polls(bm);
    g_autofree char *ctl = ctrl_msgs(&db2);
    g_assert_cmpstr(ctl, ==, "");
    add_buf(&db2, 5, "out", 3);
    kick(&db2, 5);
    g_assert_cmpstr(fb[1].out->str, ==, "out");
    add_buf(&da, 5, "out", 3);
    kick(&da, 5);
    g_autofree char *ha = snap_state_hash(a);
    g_autofree char *hb = snap_state_hash(bm);
    g_assert_cmpstr(ha, ==, hb);
    machine_free(a);
    machine_free(bm);
    free_fakes(fa, 2);
    free_fakes(fb, 2);
    snap_db_close(db);
    g_unlink(path);
    g_rmdir(dir);
}

/* ---- legacy interface ---- */

#define LG(m) (phb(m)->io_win_addr + 0x1000)

/* A little-endian driver (ppc64le Linux) resets the device first: from
 * then on rings and config are little-endian (a machine reset leaves a
 * legacy device big-endian, QEMU's default on ppc64; test-virtio-be.c
 * tests that side). */
static void le_driver_reset(Machine *m, uint64_t io)
{
    machine_cpu(m, 0)->arch.msr |= MSR_LE;
    wr(m, io + 0x12, 1, 0);
}

static void test_legacy_registers(void)
{
    Machine *m = mk(NULL, three);
    VirtioPci *v = plug(m, 2, 0x1001);
    uint64_t io = LG(m);
    le_driver_reset(m, io);
    /* host features: the low word with NOTIFY_ON_EMPTY, ANY_LAYOUT and
     * BAD_FEATURE (QEMU's legacy-only bits), never VERSION_1 */
    g_assert_cmphex(rd(m, io + 0x00, 4), ==, 0x79000006);
    /* device config at 0x14 without MSI-X; a 4-byte read is the value
     * byte-reversed, as QEMU 7.2 on ppc64 gives it (test-virtio-be.c) */
    g_assert_cmphex(rd(m, io + 0x14 + 4, 4), ==, 0x1f000000);
    g_assert_cmpuint(rd(m, io + 0x14 + 4, 1), ==, 31);
    /* queue size by select; a queue that does not exist has none */
    wr(m, io + 0x0e, 2, 2);
    g_assert_cmpuint(rd(m, io + 0x0c, 2), ==, 32);
    wr(m, io + 0x0e, 2, 4);
    g_assert_cmpuint(rd(m, io + 0x0c, 2), ==, 128);
    wr(m, io + 0x0e, 2, 64);
    g_assert_cmpuint(rd(m, io + 0x0c, 2), ==, 0);
    /* MSI-X on: the vector registers, the config moves to 0x18 */
    PciDevice *d = &v->pci;
    pci_config_write(d, d->msix_cap + 2, 0x8000, 2);
    g_assert_cmphex(rd(m, io + 0x18 + 4, 4), ==, 0x1f000000);
    g_assert_cmpuint(rd(m, io + 0x18 + 4, 1), ==, 31);
    g_assert_cmphex(rd(m, io + 0x14, 2), ==, 0xffff);
    wr(m, io + 0x14, 2, 1);
    g_assert_cmphex(rd(m, io + 0x14, 2), ==, 1);
    wr(m, io + 0x14, 2, 7);                      /* only 2 vectors */
    g_assert_cmphex(rd(m, io + 0x14, 2), ==, 0xffff);
    wr(m, io + 0x0e, 2, 4);
    wr(m, io + 0x16, 2, 0);
    g_assert_cmphex(rd(m, io + 0x16, 2), ==, 0);
    /* guest features: bits the device offers stick, VERSION_1 and
     * BAD_FEATURE never */
    wr(m, io + 0x12, 1, 1 | 2);
    wr(m, io + 0x04, 4, 0x79000006 | 1u << 7);
    g_assert_cmphex(rd(m, io + 0x04, 4), ==, 0x39000006);
    g_assert_false(virtio_pci_has_feature(v, VIRTIO_F_VERSION_1));
    g_assert_true(v->vq[4].event_idx && v->vq[4].indirect);
    /* a PFN places the rings: descriptors there, the available ring
     * after 128 of them, the used ring at the next 4 KiB boundary */
    wr(m, io + 0x08, 4, 0x123);
    g_assert_cmphex(rd(m, io + 0x08, 4), ==, 0x123);
    g_assert_cmphex(v->vq[4].desc, ==, 0x123000);
    g_assert_cmphex(v->vq[4].avail, ==, 0x123800);
    g_assert_cmphex(v->vq[4].used, ==, 0x124000);
    g_assert_true(v->vq[4].ready);
    wr(m, io + 0x0e, 2, 2);                      /* 32 entries */
    wr(m, io + 0x08, 4, 0x200);
    g_assert_cmphex(v->vq[2].avail, ==, 0x200200);
    g_assert_cmphex(v->vq[2].used, ==, 0x201000);
    /* status reads back; PFN 0 resets the device */
    wr(m, io + 0x12, 1, 1 | 2 | 4);
    g_assert_cmpuint(rd(m, io + 0x12, 1), ==, 1 | 2 | 4);
    wr(m, io + 0x08, 4, 0);
    g_assert_cmpuint(rd(m, io + 0x12, 1), ==, 0);
    g_assert_cmphex(rd(m, io + 0x04, 4), ==, 0);
    wr(m, io + 0x0e, 2, 4);
    g_assert_cmphex(rd(m, io + 0x08, 4), ==, 0);
    g_assert_false(v->vq[4].ready);
    machine_free(m);
}

/* virtio-rng-pci with vectors=0 (INTx) driven entirely through the
 * legacy block: a buffer offered on the legacy ring is filled, the
 * used ring is where the PFN says, ISR bit 0 with INTx, cleared by the
 * read; status 0 resets. */
static void test_legacy_request(void)
{
    static const char *const rng[] = { "virtio-rng-pci,addr=3,vectors=0",
                                       NULL };
    Machine *m = mk(NULL, rng);
    VirtioPci *v = plug(m, 3, 0x1001);
    uint64_t io = LG(m);
    le_driver_reset(m, io);
    g_assert_cmphex(rd(m, io + 0x00, 4), ==, 0x79000000);
    wr(m, io + 0x12, 1, 1 | 2);
    wr(m, io + 0x04, 4, 0);                     /* no ring features */
    wr(m, io + 0x0e, 2, 0);
    g_assert_cmpuint(rd(m, io + 0x0c, 2), ==, 8);
    wr(m, io + 0x08, 4, 0x100);                 /* rings at 0x100000 */
    wr(m, io + 0x12, 1, 1 | 2 | 4);
    uint64_t desc = 0x100000, avail = desc + 8 * 16;
    uint64_t used = 0x101000, buf = 0x180000;
    st_le(m, desc, buf, 8);
    st_le(m, desc + 8, 16, 4);
    st_le(m, desc + 12, 2, 2);                  /* device-writable */
    st_le(m, avail + 4, 0, 2);
    st_le(m, avail + 2, 1, 2);
    wr(m, io + 0x10, 2, 0);                     /* notify queue 0 */
    g_assert_cmpuint(ld_le(m, used + 2, 2), ==, 1);
    g_assert_cmpuint(ld_le(m, used + 4, 4), ==, 0);
    g_assert_cmpuint(ld_le(m, used + 8, 4), ==, 16);
    g_assert_cmpuint(v->pci.intx_level, ==, 1);
    g_assert_cmpuint(rd(m, io + 0x13, 1), ==, 1);
    g_assert_cmpuint(v->pci.intx_level, ==, 0);
    g_assert_cmpuint(rd(m, io + 0x13, 1), ==, 0);
    wr(m, io + 0x12, 1, 0);
    g_assert_false(v->vq[0].ready);
    g_assert_cmphex(rd(m, io + 0x08, 4), ==, 0);
    machine_free(m);
}

static void test_port_errors(void)
{
    const char *bad[][3] = {
        { "virtserialport,nr=0", "reserved for virtconsole" },
        { "virtserialport,nr=31", "Out-of-range port id specified, max. "
          "allowed: 30" },
        { "virtconsole,bus=nope.0", "Bus 'nope.0' not found" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(bad); i++) {
        MachineConfig cfg;
        machine_config_init(&cfg);
        cfg.board = &pseries_board;
        cfg.nodefaults = true;
        cfg.dumpdtb = g_strdup("/dev/null");
        cfg.devices = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(cfg.devices, g_strdup("virtio-serial-pci,max_ports=31"));
        g_ptr_array_add(cfg.devices, g_strdup(bad[i][0]));
        GError *err = NULL;
        Machine *m = machine_new(&cfg, &err);
        g_assert_null(m);
        g_assert_nonnull(err);
        g_test_message("%s: %s", bad[i][0], err->message);
        g_assert_nonnull(strstr(err->message, bad[i][1]));
        g_error_free(err);
        machine_config_clear(&cfg);
    }
    /* without a virtio-serial-pci */
    static const char *const lone[] = { "virtconsole", NULL };
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    cfg.nodefaults = true;
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cfg.devices, g_strdup(lone[0]));
    GError *err = NULL;
    g_assert_null(machine_new(&cfg, &err));
    g_assert_nonnull(strstr(err->message, "No 'virtio-serial-bus' bus found "
                                          "for device 'virtconsole'"));
    g_error_free(err);
    machine_config_clear(&cfg);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/vserial/identity", test_identity);
    g_test_add_func("/vserial/multiport", test_multiport);
    g_test_add_func("/vserial/single-port", test_single_port);
    g_test_add_func("/vserial/journal", test_journal);
    g_test_add_func("/vserial/port-errors", test_port_errors);
    g_test_add_func("/vserial/snapshot", test_snapshot);
    g_test_add_func("/vserial/backends", test_backends);
    g_test_add_func("/virtio/legacy/registers", test_legacy_registers);
    g_test_add_func("/virtio/legacy/request", test_legacy_request);
    return g_test_run();
}
