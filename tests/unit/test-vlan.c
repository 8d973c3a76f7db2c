/* SPDX-License-Identifier: MIT */
/*
 * spapr-vlan (core/machine/spapr-vlan.c) through its hypercalls, as
 * Linux's ibmveth drives it: the buffer list, filter list and receive
 * queue in the device's TCE window, a frame from the user netdev (an
 * ARP reply libslirp makes for the guest's request) written 8 bytes into
 * a receive buffer, the receive queue entry in ibmveth's layout
 * (ibmveth.h: flags_off with TOGGLE 0x80000000, VALID 0x40000000 and the
 * offset in the low 16 bits, then the length and the buffer's
 * correlator), the toggle flipping when the queue wraps, frames waiting
 * for a buffer, the dropped-frame counter in the list page's last 8
 * bytes, and the calls' refusals (QEMU 7.2's return codes).
 */
#include <glib.h>
#include <string.h>

#include "board/board.h"
#include "core/machine/hcall.h"
#include "core/machine/platform.h"
#include "core/net/net.h"
#include "pci/spapr-phb.h"

#define REG 0x71000002u
#define VALID (1ULL << 63)
#define BD(len, addr) (VALID | (uint64_t)(len) << 32 | (addr))

/* the guest's pages: bus address -> real address */
enum {
    LIST_IOBA = 0x0000, FILTER_IOBA = 0x1000, RXQ_IOBA = 0x2000,
    BUF_IOBA = 0x3000, TX_IOBA = 0x4000, RA_BASE = 0x100000,
};
#define RXQ_LEN 48   /* three entries */

static Machine *vlan_machine(void)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.serial_stdio = false;
    cfg.netdevs = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cfg.netdevs, g_strdup("user,id=n0"));
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cfg.devices, g_strdup("spapr-vlan,netdev=n0,reg=0x71000002"));
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

static uint64_t ld64(Machine *m, uint64_t ra)
{
    const uint8_t *p = machine_ram(m) + ra;
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) {
        v = v << 8 | p[i];
    }
    return v;
}

static uint32_t ld32(Machine *m, uint64_t ra)
{
    return (uint32_t)(ld64(m, ra) >> 32);
}

static void st64(Machine *m, uint64_t ra, uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        machine_ram(m)[ra + i] = (uint8_t)(v >> (56 - 8 * i));
    }
}

static long hc(long (*fn)(Machine *, PpcCpu *, uint64_t *), Machine *m,
               uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3)
{
    uint64_t args[9] = { a0, a1, a2, a3, 0, 0, 0, 0, 0 };
    return fn(m, machine_cpu(m, 0), args);
}

/* The guest sends an ARP request for 10.0.2.2 (slirp answers with a
 * 42-byte reply at the next poll). */
static void send_arp(Machine *m)
{
    static const uint8_t arp[42] = {
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x52, 0x54, 0x00, 0x12, 0x34,
        0x56, 0x08, 0x06, 0x00, 0x01, 0x08, 0x00, 6, 4, 0x00, 0x01,
        0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 10, 0, 2, 15,
        0, 0, 0, 0, 0, 0, 10, 0, 2, 2,
    };
    memcpy(machine_ram(m) + RA_BASE + TX_IOBA, arp, sizeof(arp));
    /* two descriptors: the frame gathered from both */
    uint64_t args[9] = { REG, BD(20, TX_IOBA), BD(22, TX_IOBA + 20), 0, 0,
                         0, 0, 0, 0 };
    g_assert_cmpint(h_send_logical_lan(m, machine_cpu(m, 0), args), ==,
                    H_SUCCESS);
}

static void test_vlan(void)
{
    Machine *m = vlan_machine();
    for (uint64_t io = 0; io <= TX_IOBA; io += 0x1000) {
        uint64_t a[3] = { REG, io, RA_BASE + io + 3 };   /* read + write */
        g_assert_cmpint(h_put_tce(m, machine_cpu(m, 0), a), ==, H_SUCCESS);
    }
    /* refusals before registration */
    g_assert_cmpint(hc(h_register_logical_lan, m, 0x71000099, LIST_IOBA,
                       BD(RXQ_LEN, RXQ_IOBA), FILTER_IOBA), ==, H_PARAMETER);
    g_assert_cmpint(hc(h_register_logical_lan, m, REG, LIST_IOBA + 8,
                       BD(RXQ_LEN, RXQ_IOBA), FILTER_IOBA), ==, H_PARAMETER);
    g_assert_cmpint(hc(h_register_logical_lan, m, REG, LIST_IOBA,
                       BD(RXQ_LEN, RXQ_IOBA) & ~VALID, FILTER_IOBA), ==,
                    H_PARAMETER);
    g_assert_cmpint(hc(h_register_logical_lan, m, REG, 0x9000,   /* unmapped */
                       BD(RXQ_LEN, RXQ_IOBA), FILTER_IOBA), ==, H_PARAMETER);
    g_assert_cmpint(hc(h_free_logical_lan, m, REG, 0, 0, 0), ==, H_RESOURCE);
    g_assert_cmpint(hc(h_add_logical_lan_buffer, m, REG, BD(2048, BUF_IOBA),
                       0, 0), ==, H_RESOURCE);
    uint64_t sargs[9] = { REG, BD(42, TX_IOBA), 0 };
    g_assert_cmpint(h_send_logical_lan(m, machine_cpu(m, 0), sargs), ==,
                    H_DROPPED);

    /* register: the list page gets the queue's descriptor (toggle clear)
     * and the filter list's */
    st64(m, RA_BASE + LIST_IOBA + 4088, 0xdead);
    uint64_t rxq_bd = BD(RXQ_LEN, RXQ_IOBA) | (1ULL << 62);
    g_assert_cmpint(hc(h_register_logical_lan, m, REG, LIST_IOBA, rxq_bd,
                       FILTER_IOBA), ==, H_SUCCESS);
    g_assert_cmpint(hc(h_register_logical_lan, m, REG, LIST_IOBA, rxq_bd,
                       FILTER_IOBA), ==, H_RESOURCE);
    g_assert_cmphex(ld64(m, RA_BASE + LIST_IOBA), ==, BD(RXQ_LEN, RXQ_IOBA));
    g_assert_cmphex(ld64(m, RA_BASE + LIST_IOBA + 8), ==,
                    BD(4096, FILTER_IOBA));
    /* the rest of the page (buffer slots, the counter) is cleared */
    g_assert_cmphex(ld64(m, RA_BASE + LIST_IOBA + 4088), ==, 0);
    /* H_VIO_SIGNAL: mode 1 (an interrupt per frame) is the device's */
    uint64_t sig[2] = { REG, 1 };
    g_assert_cmpint(h_vio_signal(m, machine_cpu(m, 0), sig), ==, H_SUCCESS);
    sig[1] = 2;
    g_assert_cmpint(h_vio_signal(m, machine_cpu(m, 0), sig), ==,
                    H_PARAMETER);

    /* a buffer with its correlator in its first 8 bytes */
    st64(m, RA_BASE + BUF_IOBA, 0x1122334455667788ULL);
    g_assert_cmpint(hc(h_add_logical_lan_buffer, m, REG, BD(8, BUF_IOBA), 0,
                       0), ==, H_PARAMETER);             /* under 16 bytes */
    g_assert_cmpint(hc(h_add_logical_lan_buffer, m, REG, BD(1024, BUF_IOBA),
                       0, 0), ==, H_SUCCESS);
    send_arp(m);
    net_poll(m, 0);
    uint64_t e = RA_BASE + RXQ_IOBA;
    g_assert_cmphex(ld32(m, e), ==, 0xc0000008);   /* toggle, valid, off 8 */
    uint32_t len = ld32(m, e + 4);
    g_assert_cmpuint(len, >=, 42);
    g_assert_cmphex(ld64(m, e + 8), ==, 0x1122334455667788ULL);
    const uint8_t *f = machine_ram(m) + RA_BASE + BUF_IOBA + 8;
    static const uint8_t guest_mac[6] = { 0x52, 0x54, 0, 0x12, 0x34, 0x56 };
    g_assert_cmpmem(f, 6, guest_mac, 6);
    g_assert_cmphex(f[12] << 8 | f[13], ==, 0x0806);
    g_assert_cmphex(f[20] << 8 | f[21], ==, 2);     /* an ARP reply */

    /* no buffer: the next reply waits, and comes when one is added (at
     * the next poll) */
    send_arp(m);
    net_poll(m, 0);
    g_assert_cmphex(ld32(m, e + 16), ==, 0);
    st64(m, RA_BASE + BUF_IOBA + 0x400, 0xaaaaULL);
    g_assert_cmpint(hc(h_add_logical_lan_buffer, m, REG,
                       BD(1024, BUF_IOBA + 0x400), 0, 0), ==, H_SUCCESS);
    g_assert_cmphex(ld32(m, e + 16), ==, 0);
    net_poll(m, 0);
    g_assert_cmphex(ld32(m, e + 16), ==, 0xc0000008);
    g_assert_cmphex(ld64(m, e + 24), ==, 0xaaaaULL);

    /* the third entry is the queue's last: after it the queue's
     * descriptor in the list page has its toggle set, and the next
     * entry (the first again) is valid with the toggle clear */
    for (int i = 0; i < 2; i++) {
        st64(m, RA_BASE + BUF_IOBA + 0x800 + 0x200 * (uint64_t)i, 0xb0 + i);
        g_assert_cmpint(hc(h_add_logical_lan_buffer, m, REG,
                           BD(512, BUF_IOBA + 0x800 + 0x200 * i), 0, 0), ==,
                        H_SUCCESS);
        send_arp(m);
        net_poll(m, 0);
    }
    g_assert_cmphex(ld32(m, e + 32), ==, 0xc0000008);
    g_assert_cmphex(ld64(m, RA_BASE + LIST_IOBA), ==,
                    BD(RXQ_LEN, RXQ_IOBA) | (1ULL << 62));
    g_assert_cmphex(ld32(m, e), ==, 0x40000008);
    g_assert_cmphex(ld64(m, e + 40), ==, 0xb0);
    g_assert_cmphex(ld64(m, e + 8), ==, 0xb1);

    /* a buffer too small for the frame (16 bytes: 8 of data): dropped,
     * and counted in the list page's last 8 bytes */
    g_assert_cmpint(hc(h_add_logical_lan_buffer, m, REG,
                       BD(16, BUF_IOBA + 0xf00), 0, 0), ==, H_SUCCESS);
    send_arp(m);
    net_poll(m, 0);
    g_assert_cmphex(ld64(m, RA_BASE + LIST_IOBA + 4088), ==, 1);

    /* H_MULTICAST_CTRL: any VIO device (QEMU 7.2); the MAC change */
    g_assert_cmpint(hc(h_multicast_ctrl, m, 0x71000000, 0, 0, 0), ==,
                    H_SUCCESS);
    g_assert_cmpint(hc(h_multicast_ctrl, m, 0x71000077, 0, 0, 0), ==,
                    H_PARAMETER);
    g_assert_cmpint(hc(h_change_logical_lan_mac, m, REG, 0x525400abcdefULL,
                       0, 0), ==, H_SUCCESS);
    g_assert_cmpint(hc(h_free_logical_lan, m, REG, 0, 0, 0), ==, H_SUCCESS);
    g_assert_cmpint(hc(h_free_logical_lan, m, REG, 0, 0, 0), ==, H_RESOURCE);
    machine_free(m);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/net/spapr-vlan", test_vlan);
    return g_test_run();
}
