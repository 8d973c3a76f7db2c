/* SPDX-License-Identifier: MIT */
/*
 * The net layer (core/net/): -netdev user and hostfwd= parsing with
 * QEMU's defaults and farad's refusals, -nic expansion, and the poll's
 * journal records: a frame libslirp answers to the guest is handed to
 * the journal with the poll's index and the netdev id before the NIC
 * sees it, and a replay delivers the journal's frames at their poll
 * only, with no host network.
 */
#include <arpa/inet.h>
#include <glib.h>
#include <string.h>

#include "board/board.h"
#include "core/machine/platform.h"
#include "core/machine/run-hooks.h"
#include "core/net/net-int.h"

static char *ip(struct in_addr a)
{
    return g_strdup(inet_ntoa(a));
}

#define ASSERT_IP(a, s) do {                 \
        g_autofree char *t_ = ip(a);         \
        g_assert_cmpstr(t_, ==, s);          \
    } while (0)

static void test_hostfwd(void)
{
    NetHostFwd f;
    g_assert_true(net_hostfwd_parse("tcp::5555-:22", &f, NULL));
    g_assert_false(f.udp);
    g_assert_cmpuint(f.host_addr.s_addr, ==, htonl(INADDR_ANY));
    g_assert_cmpuint(f.host_port, ==, 5555);
    g_assert_cmpuint(f.guest_addr.s_addr, ==, 0);
    g_assert_cmpuint(f.guest_port, ==, 22);
    /* QEMU: the protocol may be left out (tcp) */
    g_assert_true(net_hostfwd_parse("::8080-:80", &f, NULL));
    g_assert_false(f.udp);
    g_assert_cmpuint(f.host_port, ==, 8080);
    g_assert_true(net_hostfwd_parse("udp:127.0.0.1:6000-10.0.2.15:53", &f,
                                    NULL));
    g_assert_true(f.udp);
    ASSERT_IP(f.host_addr, "127.0.0.1");
    ASSERT_IP(f.guest_addr, "10.0.2.15");
    g_assert_cmpuint(f.guest_port, ==, 53);

    /* QEMU 7.2's port parsing (strtol base 0) and its messages, as
     * qemu-system-ppc64 prints them for -netdev user,hostfwd=RULE */
    g_assert_true(net_hostfwd_parse("tcp::0x10-:022", &f, NULL));
    g_assert_cmpuint(f.host_port, ==, 16);
    g_assert_cmpuint(f.guest_port, ==, 18);
    static const struct { const char *in, *msg; } bad[] = {
        { "tcp", "Invalid host forwarding rule 'tcp' (No : separators)" },
        { "sctp::1-:2", "(Bad protocol name)" },
        { "tcp:1.2.3.4.5:1-:2", "(Bad host address)" },
        { "tcp::1", "Invalid host forwarding rule 'tcp::1' (Bad host port "
                    "separator)" },
        { "tcp::1-", "(Missing guest address)" },
        { "tcp::x-:22", "Invalid host forwarding rule 'tcp::x-:22' (Bad host "
                        "port)" },
        { "tcp::70000-:22", "(Bad host port)" },
        { "tcp::1-:0", "(Bad guest port)" },
        { "tcp::1-1.2.3.4.5:2", "(Bad guest address)" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(bad); i++) {
        GError *err = NULL;
        g_assert_false(net_hostfwd_parse(bad[i].in, &f, &err));
        g_assert_nonnull(err);
        g_test_message("%s -> %s", bad[i].in, err->message);
        g_assert_nonnull(strstr(err->message, bad[i].msg));
        g_assert_null(strchr(err->message, '\n'));
        g_error_free(err);
    }
}

static void test_netdev_user(void)
{
    NetUserOpts o;
    /* QEMU's documented defaults (qemu-options.hx: net=10.0.2.0/24,
     * host 10.0.2.2, dns 10.0.2.3, dhcpstart 10.0.2.15) */
    g_assert_true(net_user_parse("user,id=n0", &o, NULL));
    g_assert_cmpstr(o.id, ==, "n0");
    ASSERT_IP(o.net, "10.0.2.0");
    ASSERT_IP(o.mask, "255.255.255.0");
    ASSERT_IP(o.host, "10.0.2.2");
    ASSERT_IP(o.dns, "10.0.2.3");
    ASSERT_IP(o.dhcp_start, "10.0.2.15");
    g_assert_cmpuint(o.fwds->len, ==, 0);
    net_user_opts_clear(&o);

    g_assert_true(net_user_parse("type=user,net=192.168.76.0/24,id=x,"
                                 "hostfwd=tcp::2222-:22,"
                                 "hostfwd=udp::5353-:53,dns=192.168.76.9",
                                 &o, NULL));
    g_assert_cmpstr(o.id, ==, "x");
    ASSERT_IP(o.host, "192.168.76.2");
    ASSERT_IP(o.dns, "192.168.76.9");     /* given, whatever the order */
    ASSERT_IP(o.dhcp_start, "192.168.76.15");
    g_assert_cmpuint(o.fwds->len, ==, 2);
    g_assert_true(g_array_index(o.fwds, NetHostFwd, 1).udp);
    net_user_opts_clear(&o);

    g_assert_true(net_user_parse("user,id=y,net=10.1.0.0/255.255.0.0", &o,
                                 NULL));
    ASSERT_IP(o.mask, "255.255.0.0");
    ASSERT_IP(o.host, "10.1.0.2");
    net_user_opts_clear(&o);

    static const struct { const char *in, *msg; } bad[] = {
        { "tap,id=t0", "-netdev tap,id=t0: farad has only the user netdev "
                       "type (libslirp), not tap" },
        { "bridge,id=b", "-netdev bridge,id=b: farad has only the user" },
        { "frob,id=f", "unknown netdev type 'frob'" },
        /* QEMU 7.2's words where it has them */
        { "user", "-netdev user: Parameter 'id' is missing" },
        { "user,id=n,smb=/tmp", "-netdev user,id=n,smb=/tmp: Invalid "
                                "parameter 'smb'" },
        { "user,id=n,host=10.0.3.2", "host= is outside net=" },
        { "user,id=n,net=10.0.2.0/30", "the netmask must be contiguous" },
        { "user,id=n,restrict=maybe", "Parameter 'restrict' expects 'on' or "
                                      "'off'" },
        { "user,id=n,hostfwd=tcp::1", "-netdev user,id=n,hostfwd=tcp::1: "
          "Invalid host forwarding rule 'tcp::1' (Bad host port separator)" },
        { "user,id=n,ipv4", "Invalid parameter 'ipv4'" },
        { "user,id=n,dns=10.0.2", "dns=10.0.2: not an IPv4 address" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(bad); i++) {
        GError *err = NULL;
        g_assert_false(net_check_netdev(bad[i].in, NULL, &err));
        g_assert_nonnull(err);
        g_test_message("%s -> %s", bad[i].in, err->message);
        g_assert_nonnull(strstr(err->message, bad[i].msg));
        g_assert_null(strchr(err->message, '\n'));
        g_error_free(err);
    }
}

static void test_nic(void)
{
    char *nd, *dev;
    g_assert_true(net_parse_nic("user,hostfwd=tcp::2222-:22", 0,
                                "spapr-vlan", &nd, &dev, NULL));
    g_assert_cmpstr(nd, ==, "user,hostfwd=tcp::2222-:22,id=__nic0");
    g_assert_cmpstr(dev, ==, "spapr-vlan,netdev=__nic0");
    g_free(nd);
    g_free(dev);
    g_assert_true(net_parse_nic("user,model=virtio-net-pci,id=u,"
                                "mac=52:54:00:00:00:09", 3, "spapr-vlan",
                                &nd, &dev, NULL));
    g_assert_cmpstr(nd, ==, "user,id=u");
    g_assert_cmpstr(dev, ==, "virtio-net-pci,netdev=u,mac=52:54:00:00:00:09");
    g_free(nd);
    g_free(dev);
    g_assert_true(net_parse_nic("none", 1, "spapr-vlan", &nd, &dev, NULL));
    g_assert_null(nd);
    g_assert_null(dev);
    GError *err = NULL;
    g_assert_false(net_parse_nic("tap,ifname=tap0", 0, "spapr-vlan", &nd,
                                 &dev, &err));
    g_assert_cmpstr(err->message, ==,
                    "-nic tap,ifname=tap0: farad has only the user netdev "
                    "type (libslirp), not tap");
    g_clear_error(&err);
    g_assert_false(net_parse_nic("user,model=spapr-vlan,hostfwd=tcp::1", 0,
                                 "spapr-vlan", &nd, &dev, &err));
    g_assert_cmpstr(err->message, ==,
                    "-nic user,model=spapr-vlan,hostfwd=tcp::1: Invalid host "
                    "forwarding rule 'tcp::1' (Bad host port separator)");
    g_error_free(err);
}

/* ---- the poll and the journal ---- */

/* A NIC that records what it got. */
typedef struct FakeNic {
    bool ready;
    GPtrArray *got;            /* GBytes * */
} FakeNic;

static bool nic_can_receive(void *opaque)
{
    return ((FakeNic *)opaque)->ready;
}

static void nic_receive(void *opaque, const uint8_t *frame, size_t len)
{
    g_ptr_array_add(((FakeNic *)opaque)->got, g_bytes_new(frame, len));
}

static const NetClientOps fake_nic_ops = {
    .can_receive = nic_can_receive,
    .receive = nic_receive,
};

/* A journal that records (or, replaying, plays) frames. */
typedef struct FakeJournal {
    bool replay;
    GPtrArray *ids;            /* char * */
    GPtrArray *frames;         /* GBytes * */
    GArray *index;             /* uint32_t */
    guint next;                /* replay cursor */
} FakeJournal;

static void fj_net_frame(void *self, uint32_t index, const char *id,
                         const uint8_t *buf, size_t len)
{
    FakeJournal *j = self;
    g_ptr_array_add(j->ids, g_strdup(id));
    g_ptr_array_add(j->frames, g_bytes_new(buf, len));
    g_array_append_val(j->index, index);
}

static bool fj_net_replay(void *self, uint32_t index, char **id,
                          uint8_t **buf, size_t *len)
{
    FakeJournal *j = self;
    if (j->next >= j->frames->len ||
        g_array_index(j->index, uint32_t, j->next) != index) {
        return false;
    }
    gsize n;
    const void *p = g_bytes_get_data(g_ptr_array_index(j->frames, j->next),
                                     &n);
    *id = g_strdup(g_ptr_array_index(j->ids, j->next));
    *buf = g_memdup2(p, n);
    *len = n;
    j->next++;
    return true;
}

static bool fj_no_host_input(const void *self)
{
    return ((const FakeJournal *)self)->replay;
}

static const InputJournalOps fake_journal_ops = {
    .no_host_input = fj_no_host_input,
    .net_frame = fj_net_frame,
    .net_replay = fj_net_replay,
};

static Machine *net_machine(void)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    cfg.dumpdtb = g_strdup("/dev/null");   /* stop before the images */
    cfg.serial_stdio = false;
    cfg.netdevs = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cfg.netdevs, g_strdup("user,id=n0"));
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

/* An ARP request from the guest (52:54:00:12:34:56, 10.0.2.15) for the
 * gateway 10.0.2.2. */
static const uint8_t arp_request[42] = {
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x52, 0x54, 0x00, 0x12, 0x34, 0x56,
    0x08, 0x06, 0x00, 0x01, 0x08, 0x00, 6, 4, 0x00, 0x01,
    0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 10, 0, 2, 15,
    0, 0, 0, 0, 0, 0, 10, 0, 2, 2,
};

static void test_poll_journal(void)
{
    Machine *m = net_machine();
    NetDev *nd = net_find(m, "n0");
    g_assert_nonnull(nd);
    g_assert_null(net_find(m, "n1"));
    g_assert_cmpstr(net_id(nd), ==, "n0");
    FakeNic nic = { .ready = false, .got = g_ptr_array_new() };
    g_ptr_array_set_free_func(nic.got, (GDestroyNotify)g_bytes_unref);
    g_assert_true(net_attach(nd, "fake", &fake_nic_ops, &nic, NULL));
    GError *err = NULL;
    g_assert_false(net_attach(nd, "other", &fake_nic_ops, &nic, &err));
    g_assert_cmpstr(err->message, ==,
                    "Property 'other.netdev' can't take value 'n0', it's in "
                    "use");
    g_clear_error(&err);

    FakeJournal fj = { .ids = g_ptr_array_new_with_free_func(g_free),
                       .frames = g_ptr_array_new(),
                       .index = g_array_new(FALSE, FALSE, sizeof(uint32_t)) };
    g_ptr_array_set_free_func(fj.frames, (GDestroyNotify)g_bytes_unref);
    machine_set_journal(m, &fake_journal_ops, &fj);

    /* the answer waits for the poll, not the send */
    net_send(nd, arp_request, sizeof(arp_request));
    g_assert_cmpuint(fj.frames->len, ==, 0);
    net_poll(m, 0);            /* poll 0 at this icount */
    g_assert_cmpuint(fj.frames->len, ==, 1);
    g_assert_cmpstr(g_ptr_array_index(fj.ids, 0), ==, "n0");
    g_assert_cmpuint(g_array_index(fj.index, uint32_t, 0), ==, 0);
    gsize n;
    const uint8_t *r = g_bytes_get_data(g_ptr_array_index(fj.frames, 0), &n);
    g_assert_cmpuint(n, >=, 42);
    /* an ARP reply to the guest from 10.0.2.2, whose MAC libslirp
     * makes of 52:55 and the address */
    static const uint8_t guest_mac[6] = { 0x52, 0x54, 0, 0x12, 0x34, 0x56 };
    static const uint8_t gw_mac[6] = { 0x52, 0x55, 10, 0, 2, 2 };
    g_assert_cmpmem(r, 6, guest_mac, 6);
    g_assert_cmpmem(r + 6, 6, gw_mac, 6);
    g_assert_cmphex(r[12] << 8 | r[13], ==, 0x0806);
    g_assert_cmphex(r[20] << 8 | r[21], ==, 2);              /* reply */
    g_assert_cmpmem(r + 28, 4, ((const uint8_t[]){ 10, 0, 2, 2 }), 4);
    /* journalled, but the NIC had no buffer: still queued */
    g_assert_cmpuint(nic.got->len, ==, 0);
    net_poll(m, 0);            /* poll 1: nothing new */
    g_assert_cmpuint(fj.frames->len, ==, 1);
    nic.ready = true;
    net_rx_ready(nd);
    g_assert_cmpuint(nic.got->len, ==, 1);
    g_assert_true(g_bytes_equal(g_ptr_array_index(nic.got, 0),
                                g_ptr_array_index(fj.frames, 0)));

    /* replay: the journal's frame comes at poll 0 of this icount (the
     * icount has not moved: polls 2, 3, ... here), and the host's
     * answer to a new request never does */
    fj.replay = true;
    g_array_index(fj.index, uint32_t, 0) = 3;
    net_send(nd, arp_request, sizeof(arp_request));
    net_poll(m, 0);            /* poll 2 */
    g_assert_cmpuint(nic.got->len, ==, 1);
    net_poll(m, 0);            /* poll 3 */
    g_assert_cmpuint(nic.got->len, ==, 2);
    g_assert_cmpuint(fj.next, ==, 1);
    net_poll(m, 0);
    g_assert_cmpuint(nic.got->len, ==, 2);

    machine_set_journal(m, NULL, NULL);
    net_detach(nd);
    machine_free(m);
    g_ptr_array_free(nic.got, TRUE);
    g_ptr_array_free(fj.ids, TRUE);
    g_ptr_array_free(fj.frames, TRUE);
    g_array_free(fj.index, TRUE);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/net/hostfwd", test_hostfwd);
    g_test_add_func("/net/netdev-user", test_netdev_user);
    g_test_add_func("/net/nic", test_nic);
    g_test_add_func("/net/poll-journal", test_poll_journal);
    return g_test_run();
}
