/* SPDX-License-Identifier: MIT */
/*
 * Shared between the gdb stub's files (see gdbstub.h): the stub state,
 * the connection (gdb-conn.c), registers (gdb-regs.c) and break/watch
 * points (gdb-break.c).
 */
#ifndef FARAD_CORE_GDB_INT_H
#define FARAD_CORE_GDB_INT_H

#include "gdbstub.h"
#include "core/machine/platform.h"
#include "cpu-ppc/debug.h"

#define GDB_PACKET_MAX 16384  /* advertised PacketSize (0x4000) */

#define GDB_QUEUE_MAX 16      /* packets kept while the machine runs */

/* Where the framing is in the packet being received. */
typedef enum GdbRxState { RX_IDLE, RX_DATA, RX_SUM1, RX_SUM2 } GdbRxState;

/* The connection and packet framing. */
typedef struct GdbConn {
    int listen_fd;
    int fd;               /* -1: no gdb connected */
    bool no_ack;          /* QStartNoAckMode */
    bool interrupt;       /* a Ctrl-C (0x03) arrived */
    uint8_t rx[4096];     /* bytes read, not yet consumed */
    size_t rx_pos, rx_len;
    /* the framing, fed byte by byte (so it also runs while the machine
     * runs): the packet being received and the complete ones not yet
     * served (GByteArray *, oversized ones empty with overflow set) */
    GdbRxState rx_state;
    GByteArray *rx_pkt;
    bool rx_esc, rx_overflow;
    uint8_t rx_sum;
    int rx_sum_hi;
    GQueue queue;
    char pkt[GDB_PACKET_MAX + 1];  /* the packet being served */
    size_t pkt_len;
    /* Optional: called every 50 ms while waiting between packets (and for
     * a connection); returning true abandons the wait (-2 from
     * gdb_conn_recv). Keeps the monitor usable while gdb holds the
     * machine. */
    bool (*idle)(void *opaque);
    void *idle_opaque;
} GdbConn;

struct GdbStub {
    Machine *m;
    GdbConn conn;
    PpcDebug dbg;         /* shared by all CPUs while gdb is attached */
    bool attached;        /* cpu->debug set on every CPU */
    bool stop_pending;    /* dbg.on_stop ran: a CPU hit a point */
    int g_cpu;            /* Hg: register/memory accesses (index) */
    int c_cpu;            /* the CPU run control reports/steps */
    char *xml;            /* target description (built on first use) */
    size_t xml_len;
    uint16_t spr_nums[1024];  /* register GDB_REG_SPR0 + i is SPR
                                 spr_nums[i] (set with the xml) */
    int nsprs;
};

/* ---- gdb-conn.c ---- */

/* Listen on 127.0.0.1:port (0: any free port, *bound gets it). */
bool gdb_conn_listen(GdbConn *c, int port, int *bound, GError **err);
/* c as a connection on the already open fd (no listening socket). */
void gdb_conn_adopt(GdbConn *c, int fd);
void gdb_conn_close(GdbConn *c);       /* the client connection only */
void gdb_conn_free(GdbConn *c);        /* and the listening socket */
/* Accept a pending connection without blocking (block: wait for one). */
bool gdb_conn_accept(GdbConn *c, bool block);
/* While the machine runs: read what is there without blocking; a 0x03
 * outside a packet sets c->interrupt; complete packets are acked and
 * queued (up to GDB_QUEUE_MAX, later ones dropped) for gdb_conn_recv
 * once the machine stops. False when the connection closed. */
bool gdb_conn_poll(GdbConn *c);
/* The next packet into c->pkt (NUL-terminated, binary escapes undone,
 * c->pkt_len bytes): a queued one first, else waited for. Returns 1
 * for a packet, 0 for an oversized or corrupt one already
 * answered/nacked (receive again), -1 when the connection closed. */
int gdb_conn_recv(GdbConn *c);
/* Send one packet (escaping $#}* in data), waiting for the ack. */
bool gdb_conn_send(GdbConn *c, const char *data, size_t len);
bool gdb_conn_send_str(GdbConn *c, const char *s);

/* Hex helpers: digit value or -1; parse a hex number (advances *p). */
int gdb_hexval(char ch);
bool gdb_parse_hex(const char **p, uint64_t *out);
/* Encode n bytes as hex into out (2n chars + NUL). */
void gdb_tohex(char *out, const uint8_t *b, size_t n);

/* ---- gdb-regs.c ---- */

/* Register numbers of the target description. */
enum {
    GDB_REG_R0 = 0, GDB_REG_F0 = 32, GDB_REG_PC = 64, GDB_REG_MSR,
    GDB_REG_CR, GDB_REG_LR, GDB_REG_CTR, GDB_REG_XER, GDB_REG_FPSCR,
    GDB_REG_SPR0,  /* first SPR; the SPRs follow in number order */
};
/* The target description document (target.xml). */
const char *gdb_target_xml(GdbStub *g, size_t *len);
/* Largest register (a VR), in bytes. */
#define GDB_REG_MAX_SIZE 16
/* Number of registers in a 'g' packet (0 .. GDB_REG_FPSCR). */
#define GDB_G_REGS (GDB_REG_FPSCR + 1)
/* Register n of cpu in the guest's current byte order into buf;
 * returns its size in bytes, 0 for no such register. */
unsigned gdb_reg_read(GdbStub *g, PpcCpu *cpu, int n, uint8_t *buf);
/* Write register n from buf (same layout); returns the size consumed,
 * 0 for no such register. */
unsigned gdb_reg_write(GdbStub *g, PpcCpu *cpu, int n, const uint8_t *buf);

/* ---- gdbstub.c ---- */

/* Stop replies: a plain one (signal sig, the run-control CPU), and the
 * one for the last breakpoint/watchpoint hit (dbg.hit_*). */
void gdb_stop_reply(GdbStub *g, GString *r, int sig);
void gdb_hit_reply(GdbStub *g, GString *r);

/* ---- gdb-reverse.c ---- */

/* gdb attached: make sure the machine keeps a history (a silent
 * in-memory recording unless it records or replays already). */
void gdb_reverse_attach(GdbStub *g);
/* bs: back one instruction; bc: back to the previous breakpoint or
 * watchpoint hit, or to the start of the history. The stop reply (or an
 * error) goes into r. */
void gdb_reverse_step(GdbStub *g, GString *r);
void gdb_reverse_continue(GdbStub *g, GString *r);

/* ---- gdb-break.c ---- */

/* Z/z packets (pkt without the leading letter's neighbours: "Z0,addr,
 * kind"). Writes the reply into out (a small buffer). */
void gdb_break_packet(GdbStub *g, const char *pkt, char *out, size_t outsz);

#endif
