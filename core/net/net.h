/* SPDX-License-Identifier: MIT */
/*
 * The network layer: netdevs (host backends, found by id) and the
 * device side that guest NICs (spapr-vlan, virtio-net) use.
 *
 * A netdev comes from -netdev TYPE,id=ID,... or -nic (docs/net.md).
 * The only type is "user": libslirp's user-mode stack (DHCP, DNS, NAT
 * to the host's sockets, hostfwd= ports into the guest).
 *
 * Determinism: frames from the host never reach a device at a time the
 * host decides. The machine polls the net layer at the end of every SMP
 * round (smp.c), a point fixed by instruction counts alone; there the
 * frames the backends produced since the last poll are handed, in
 * order, to the machine's input journal (recorded with the icount) and
 * queued for their device. A replay takes them from the journal at the
 * same polls, with no network at all. A device that cannot take a frame
 * (no receive buffer) leaves it queued: every poll offers it again, or
 * the device calls net_rx_ready when the guest gives it room (inside a
 * hypercall or MMIO write: deterministic; spapr-vlan waits for the next
 * poll, as QEMU's flushes a little later). libslirp's timers run on the
 * guest's virtual clock.
 */
#ifndef FARAD_CORE_NET_H
#define FARAD_CORE_NET_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/snapdesc.h"
#include "core/machine/machine.h"

typedef struct NetDev NetDev;

/* What a NIC model gives the net layer when it attaches to a netdev. */
typedef struct NetClientOps {
    /* Whether the device can take one frame now (the guest gave it a
     * receive buffer, its receiver is enabled). */
    bool (*can_receive)(void *opaque);
    /* One Ethernet frame (destination MAC first, no FCS) for the guest.
     * Called only after can_receive said yes, from net_poll or
     * net_rx_ready; the device copies it out before returning. */
    void (*receive)(void *opaque, const uint8_t *frame, size_t len);
} NetClientOps;

/* The netdev of m with this id (-netdev ...,id=ID; -nic's get
 * generated ids), or NULL. */
NetDev *net_find(Machine *m, const char *id);

/* Attach a NIC (device name dev for messages) to nd: frames for the
 * guest go to ops with opaque. A netdev serves one NIC: false with one
 * line in err when nd has one already. */
bool net_attach(NetDev *nd, const char *dev, const NetClientOps *ops,
                void *opaque, GError **err);

/* Detach the NIC (queued frames are dropped). */
void net_detach(NetDev *nd);

/* The guest sent frame[0..len) through nd's NIC. Never fails: a frame
 * the backend cannot take is dropped, as on a real wire. In a replay
 * the frame goes nowhere (the journal has the answers). */
void net_send(NetDev *nd, const uint8_t *frame, size_t len);

/* The NIC can take frames again: deliver the queued ones while its
 * can_receive says yes. */
void net_rx_ready(NetDev *nd);

/* nd's id. */
const char *net_id(const NetDev *nd);

/* ---- the machine's side (machine.c, smp.c, the CLI) ---- */

/* Parse a -netdev argument "TYPE,id=ID[,opts]" enough to check it: one
 * line in err naming the option on a refusal (a type other than user,
 * a missing id, an unknown option, a bad hostfwd= or net=). *id gets
 * the id (g_free) when id is non-NULL. */
bool net_check_netdev(const char *arg, char **id, GError **err);

/* Parse a -nic argument "TYPE[,id=ID][,model=M][,mac=MAC][,netdev
 * options]" (TYPE user or none). *netdev gets the -netdev argument it
 * stands for (NULL for none), *device the -device argument of its NIC
 * ("MODEL,netdev=ID[,mac=MAC]", default_model when no model=). n is
 * the -nic's index (generated ids "__nic0", ...). g_free both. */
bool net_parse_nic(const char *arg, unsigned n, const char *default_model,
                   char **netdev, char **device, GError **err);

/* Create m's netdevs from m->cfg.netdevs (in replay, without a host
 * backend). False with one line in err. */
bool net_init(Machine *m, GError **err);

/* Free m's netdevs (after the devices). */
void net_free(Machine *m);

/* The round's poll: host backends run (their sockets, timers), the
 * frames they made enter the journal and the queues, queued frames go
 * to the NICs. wait_ms > 0: the machine is idle; wait up to that long
 * for the host when a backend has work outstanding (host time only
 * decides which poll a frame arrives at, and that is recorded). */
void net_poll(Machine *m, int wait_ms);

/* How long (ms of host time) an idle machine's poll waits for the host
 * network: long enough for a host server on the same machine to answer,
 * short enough that an idle guest's time still flies. */
#define NET_IDLE_WAIT_MS 1

/* The id of the default NIC's netdev (net_init makes it when
 * net_default_nic). */
#define NET_DEFAULT_ID "__default_net"

/* Whether m gets QEMU's default NIC (MachineConfig.default_nic). */
bool net_default_nic(const Machine *m);

/* The next default MAC address (QEMU's: 52:54:00:12:34:56, then :57,
 * ... for each NIC created without mac=). */
void net_default_mac(Machine *m, uint8_t mac[6]);

/* Whether any netdev exists (an idle machine with a NIC can still be
 * woken by the network). */
bool net_active(const Machine *m);

/* The n-th netdev (all are of type user) in creation order: QEMU's
 * "slirp" migration section instance n. NULL past the last. */
NetDev *net_user_nth(Machine *m, unsigned n);

/* ---- libslirp's state (QEMU's "slirp" section; farad's snapshots) ----
 *
 * What libslirp can save of itself (slirp_state_save, state version 4):
 * the connections of guestfwd= rules to a host chardev (farad has no
 * guestfwd, so never any), the IP id counter of the packets it makes,
 * and its 16 DHCP leases (allocated, the client's MAC). Nothing else:
 * not the TCP connections the guest made to the host or the host to
 * the guest (hostfwd=), not its ARP table, not its timers.
 *
 * The net layer keeps that state as of the last net poll (NetUserState):
 * the host side as the frames the guest has seen left it. A snapshot
 * saves this copy, so one taken in a replay (where libslirp does not
 * run and the journal brings every change of it) has the same bytes as
 * one taken in the recording at the same count. */

/* libslirp's NB_BOOTP_CLIENTS: DHCP addresses dhcpstart .. +15. */
#define NET_USER_LEASES 16

/* One DHCP lease of libslirp's. */
typedef struct NetUserLease {
    bool allocated;              /* the address is taken */
    uint8_t mac[6];              /* by this client (DHCP chaddr) */
} NetUserLease;

/* libslirp's state as of the last net poll (or as loaded). */
typedef struct NetUserState {
    uint16_t ip_id;              /* the next IPv4 id libslirp sends */
    NetUserLease leases[NET_USER_LEASES];   /* by address, from dhcpstart */
} NetUserState;

/* The state of nd (the snapshot section's object, net-state.c). */
NetUserState *net_user_state(NetDev *nd);

/* libslirp's state bytes (version 4: no guestfwd socket, ip_id, the
 * leases; QEMU's "slirp" section payload) from and into a NetUserState
 * (net-state.c). decode: false when the bytes are not that layout (a
 * guestfwd socket, another length). */
void net_user_state_encode(const NetUserState *st, GByteArray *out);
bool net_user_state_decode(const uint8_t *d, size_t len, NetUserState *st);

/* The snapshot section "slirp" (instance: nd's place among the netdevs),
 * whose object is net_user_state(nd). Host-side state: kept in the
 * snapshot, left out of the machine's state hash (docs/net.md). */
extern const SnapSection net_user_snap;

/* A snapshot load begins: every netdev's state is that of a fresh
 * libslirp until a "slirp" section gives it another. Cannot fail. */
void net_user_load_begin(Machine *m);

/* A snapshot load has written the netdevs' states: the frames queued
 * for each NIC are dropped (they are not in snapshots), and each netdev
 * gets a fresh libslirp with its command line's configuration and that
 * state loaded (as a new farad after -loadvm would; its host connections
 * close). A hostfwd= port the host now refuses is reported on stderr and
 * leaves that netdev without a backend. Not in a seek while frames come
 * from the journal (a replay, a rewound recording): a live libslirp then
 * stays as the recording left it, and the journal brings the copy up to
 * that point. */
void net_user_load_end(Machine *m);

/* The n-th netdev (all are of type user) in creation order: QEMU's
 * "slirp" migration section instance n. NULL past the last. */
NetDev *net_user_nth(Machine *m, unsigned n);

/* libslirp's migration state of a user netdev, the payload of QEMU's
 * "slirp" section (slirp_state_save's bytes: the guest-forwarding
 * sockets, the IP id counter, the DHCP leases), appended to out. In a
 * replay (no live libslirp): the bytes of net_user_state. */
void net_user_state_save(NetDev *nd, GByteArray *out);

/* libslirp's state version (the section's version_id). */
int net_user_state_version(void);

/* Load such a payload of section version `version` into nd's backend
 * (in a replay, into net_user_state only). False when libslirp refuses
 * it. */
bool net_user_state_load(NetDev *nd, int version, const uint8_t *d,
                         size_t len);

#endif
