/* SPDX-License-Identifier: MIT */
/*
 * Internals of the net layer shared by netdev.c (netdevs, queues, the
 * journal), net-opts.c (the -netdev/-nic parsers) and net-slirp.c (the
 * user backend on libslirp).
 */
#ifndef FARAD_CORE_NET_INT_H
#define FARAD_CORE_NET_INT_H

#include <netinet/in.h>

#include "net.h"

/* One hostfwd=[tcp|udp]:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT. */
typedef struct NetHostFwd {
    bool udp;
    struct in_addr host_addr;    /* INADDR_ANY when not given */
    uint16_t host_port;
    struct in_addr guest_addr;   /* 0: the first DHCP address */
    uint16_t guest_port;
    char rule[64];               /* the rule as given (for messages) */
} NetHostFwd;

/* A parsed -netdev user,... (QEMU's defaults: 10.0.2.0/24, host .2,
 * DNS .3, DHCP from .15). */
typedef struct NetUserOpts {
    char *id;
    struct in_addr net, mask, host, dns, dhcp_start;  /* network order */
    char *hostname;              /* DHCP host name for the guest, or NULL */
    bool restricted;             /* restrict=on: no traffic out */
    GArray *fwds;                /* NetHostFwd */
} NetUserOpts;

/* Parse "user,id=ID,..." (the whole -netdev argument) into o (zeroed
 * first; free with net_user_opts_clear). One line in err naming the
 * option. */
bool net_user_parse(const char *arg, NetUserOpts *o, GError **err);
void net_user_opts_clear(NetUserOpts *o);

/* Parse one hostfwd= value. */
bool net_hostfwd_parse(const char *s, NetHostFwd *f, GError **err);

/* A host backend (net-slirp.c). */
typedef struct NetSlirp NetSlirp;

struct NetDev {
    char *id;
    char *arg;                   /* the -netdev argument (a restart's
                                    configuration) */
    Machine *m;
    NetDev *next;                /* creation order */
    NetSlirp *slirp;             /* the user backend; NULL in a replay */
    /* the NIC */
    const NetClientOps *ops;
    void *opaque;
    char *dev;
    /* frames the backend made since the last poll (GBytes *), not yet
     * journalled: the guest has not seen them */
    GQueue incoming;
    /* frames for the NIC, journalled, waiting for it to take them */
    GQueue rxq;
    /* libslirp's state as of the last poll (net.h) */
    NetUserState state;
    bool state_dirty;            /* libslirp may have changed it since */
};

/* The machine's net layer state (Machine.net). */
typedef struct NetState {
    NetDev *first, *last;
    bool offline;                /* a replay: backends never run */
    uint64_t poll_icount;        /* icount of the last poll */
    uint32_t poll_index;         /* polls so far at that icount */
    unsigned default_macs;       /* default MAC addresses given out */
    uint64_t host_polled_ns;     /* guest time of the last host poll */
    uint64_t sent_ns;            /* guest time the guest last sent a frame */
    bool sent_any;
} NetState;

/* Guest time between two looks at the host's sockets (the rounds in
 * between deliver what is queued already): at most a thousand system
 * calls a guest second, whatever the round length. */
#define NET_HOST_POLL_NS 1000000u
/* An idle machine waits for the host (NET_IDLE_WAIT_MS) only this long
 * after the guest last sent a frame: a guest that talks expects answers
 * soon; one that does not lets its time fly. */
#define NET_IDLE_WAIT_WINDOW_NS 2000000000u

/* Frames more than this many waiting for a NIC are dropped (as a full
 * queue on a real host drops them). */
#define NET_RXQ_MAX 256

/* Whether frames come from the journal, not the host, now (a replay, or
 * a rewound recording re-executing up to where it stopped). */
bool net_replaying(const Machine *m);

/* The guest's virtual clock in nanoseconds (what slirp's timers use). */
uint64_t net_vclock_ns(const Machine *m);

/* A frame from nd's backend for the guest: queued until the next poll. */
void net_backend_deliver(NetDev *nd, const uint8_t *frame, size_t len);

/* net-slirp.c: start the user backend for nd with o. False with one
 * line in err (a hostfwd port the host refuses). */
NetSlirp *net_slirp_new(NetDev *nd, const NetUserOpts *o, GError **err);
void net_slirp_free(NetSlirp *s);
/* A frame from the guest. */
void net_slirp_input(NetSlirp *s, const uint8_t *frame, size_t len);
/* Run expired timers and host sockets (poll up to wait_ms). */
void net_slirp_poll(NetSlirp *s, int wait_ms);
/* libslirp's own state bytes (slirp_state_save) appended to out. */
void net_slirp_state_save(NetSlirp *s, GByteArray *out);
/* Load such bytes of state version `version`; false when libslirp
 * refuses them or leaves bytes unread. */
bool net_slirp_state_load(NetSlirp *s, int version, const uint8_t *d,
                          size_t len);

/* Record: take nd's libslirp state when it may have changed; when it
 * did, keep it and journal it for the poll `index`. */
void net_user_state_poll(NetDev *nd, uint32_t index);

#endif
