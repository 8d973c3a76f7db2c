/* SPDX-License-Identifier: MIT */
/*
 * The gdb stub's transport: a TCP socket on 127.0.0.1, and the remote
 * protocol's packet framing ($data#cs with +/- acks, binary escapes with
 * '}', Ctrl-C as a lone 0x03 byte). A packet longer than the advertised
 * PacketSize, or with a bad checksum, is refused (E01 / nack) and the
 * stub goes on. The framing is fed byte by byte, so the stub reads on
 * while the machine runs: Ctrl-C and a closed connection are seen behind
 * any packet sent meanwhile (queued until the machine stops). A client
 * gone while replies are written is a disconnect, not SIGPIPE.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "gdb-int.h"

int gdb_hexval(char ch)
{
    if (ch >= '0' && ch <= '9') {
        return ch - '0';
    }
    if (ch >= 'a' && ch <= 'f') {
        return ch - 'a' + 10;
    }
    if (ch >= 'A' && ch <= 'F') {
        return ch - 'A' + 10;
    }
    return -1;
}

bool gdb_parse_hex(const char **p, uint64_t *out)
{
    const char *s = *p;
    uint64_t v = 0;
    int n = 0;
    while (gdb_hexval(*s) >= 0) {
        if (++n > 16) {
            return false;
        }
        v = v << 4 | (uint64_t)gdb_hexval(*s++);
    }
    if (n == 0) {
        return false;
    }
    *out = v;
    *p = s;
    return true;
}

void gdb_tohex(char *out, const uint8_t *b, size_t n)
{
    static const char hx[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hx[b[i] >> 4];
        out[2 * i + 1] = hx[b[i] & 15];
    }
    out[2 * n] = 0;
}

/* A connection object with no sockets: empty queue, packet buffer. */
static void conn_init(GdbConn *c)
{
    memset(c, 0, sizeof(*c));
    c->fd = c->listen_fd = -1;
    g_queue_init(&c->queue);
    c->rx_pkt = g_byte_array_sized_new(256);
}

void gdb_conn_adopt(GdbConn *c, int fd)
{
    conn_init(c);
    c->fd = fd;
}

bool gdb_conn_listen(GdbConn *c, int port, int *bound, GError **err)
{
    conn_init(c);
    c->listen_fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (c->listen_fd < 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO, "-gdb: socket: %s",
                    g_strerror(errno));
        return false;
    }
    int one = 1;
    setsockopt(c->listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    struct sockaddr_in sa = { .sin_family = AF_INET,
                              .sin_port = htons((uint16_t)port),
                              .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t sl = sizeof(sa);
    if (bind(c->listen_fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
        listen(c->listen_fd, 1) < 0 ||
        getsockname(c->listen_fd, (struct sockaddr *)&sa, &sl) < 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "-gdb tcp::%d: cannot listen: %s", port,
                    g_strerror(errno));
        close(c->listen_fd);
        c->listen_fd = -1;
        return false;
    }
    *bound = ntohs(sa.sin_port);
    return true;
}

static void queued_free(gpointer p)
{
    if (p) {
        g_byte_array_unref(p);
    }
}

/* A fresh connection's state: no bytes, no packets, acks on. */
static void conn_reset(GdbConn *c)
{
    c->no_ack = false;
    c->interrupt = false;
    c->rx_pos = c->rx_len = 0;
    c->rx_state = RX_IDLE;
    g_queue_clear_full(&c->queue, queued_free);
}

void gdb_conn_close(GdbConn *c)
{
    if (c->fd >= 0) {
        close(c->fd);
    }
    c->fd = -1;
    conn_reset(c);
}

void gdb_conn_free(GdbConn *c)
{
    gdb_conn_close(c);
    if (c->listen_fd >= 0) {
        close(c->listen_fd);
    }
    c->listen_fd = -1;
    if (c->rx_pkt) {
        g_byte_array_unref(c->rx_pkt);
    }
    c->rx_pkt = NULL;
}

bool gdb_conn_accept(GdbConn *c, bool block)
{
    if (c->fd >= 0 || c->listen_fd < 0) {
        return false;
    }
    struct pollfd p = { .fd = c->listen_fd, .events = POLLIN };
    int r;
    do {
        r = poll(&p, 1, block ? -1 : 0);
    } while (r < 0 && errno == EINTR);
    if (r <= 0) {
        return false;
    }
    int fd = accept4(c->listen_fd, NULL, NULL, SOCK_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    c->fd = fd;
    conn_reset(c);
    return true;
}

/* Fill the receive buffer; wait up to timeout_ms (-1: forever). Returns
 * false when the connection closed, true otherwise (maybe no data). */
static bool fill(GdbConn *c, int timeout_ms)
{
    if (c->rx_pos < c->rx_len) {
        return true;
    }
    c->rx_pos = c->rx_len = 0;
    struct pollfd p = { .fd = c->fd, .events = POLLIN };
    int r;
    do {
        r = poll(&p, 1, timeout_ms);
    } while (r < 0 && errno == EINTR);
    if (r == 0) {
        return true;
    }
    ssize_t n;
    do {
        n = read(c->fd, c->rx, sizeof(c->rx));
    } while (n < 0 && errno == EINTR);
    if (n <= 0) {
        return false;
    }
    c->rx_len = (size_t)n;
    return true;
}

/* Next byte, blocking; -1 when the connection closed. */
static int get_byte(GdbConn *c)
{
    while (c->rx_pos >= c->rx_len) {
        if (!fill(c, -1)) {
            return -1;
        }
    }
    return c->rx[c->rx_pos++];
}

/* Write all of b; false when the client is gone (EPIPE and the like:
 * MSG_NOSIGNAL, so no SIGPIPE). */
static bool write_all(GdbConn *c, const char *b, size_t n)
{
    while (n) {
        ssize_t w = send(c->fd, b, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w <= 0) {
            return false;
        }
        b += w;
        n -= (size_t)w;
    }
    return true;
}

/* Feed one received byte to the framing. Between packets a 0x03 sets
 * c->interrupt and other bytes (acks, noise) are dropped. A complete
 * packet is acked (nacked on a bad checksum: gdb sends it again) and
 * queued: NULL for an oversized one. Returns 1 when a packet was
 * queued, 0 otherwise, -1 when the ack could not be written. */
static int rx_byte(GdbConn *c, uint8_t ch)
{
    switch (c->rx_state) {
    case RX_IDLE:
        if (ch == 0x03) {
            c->interrupt = true;
        } else if (ch == '$') {
            g_byte_array_set_size(c->rx_pkt, 0);
            c->rx_esc = c->rx_overflow = false;
            c->rx_sum = 0;
            c->rx_state = RX_DATA;
        }
        return 0;
    case RX_DATA:
        if (ch == '#') {
            c->rx_state = RX_SUM1;
            return 0;
        }
        c->rx_sum += ch;
        if (c->rx_esc) {
            ch ^= 0x20;
            c->rx_esc = false;
        } else if (ch == '}') {
            c->rx_esc = true;
            return 0;
        }
        if (c->rx_pkt->len < GDB_PACKET_MAX) {
            g_byte_array_append(c->rx_pkt, &ch, 1);
        } else {
            c->rx_overflow = true;
        }
        return 0;
    case RX_SUM1:
        c->rx_sum_hi = gdb_hexval((char)ch);
        c->rx_state = RX_SUM2;
        return 0;
    case RX_SUM2:
        break;
    }
    c->rx_state = RX_IDLE;
    int lo = gdb_hexval((char)ch);
    bool good = c->rx_sum_hi >= 0 && lo >= 0 &&
                (uint8_t)(c->rx_sum_hi << 4 | lo) == c->rx_sum;
    if (!c->no_ack && !write_all(c, good ? "+" : "-", 1)) {
        return -1;
    }
    if ((!good && !c->no_ack) ||
        g_queue_get_length(&c->queue) >= GDB_QUEUE_MAX) {
        return 0;
    }
    GByteArray *p = NULL;
    if (!c->rx_overflow) {
        p = g_byte_array_sized_new(c->rx_pkt->len);
        g_byte_array_append(p, c->rx_pkt->data, c->rx_pkt->len);
    }
    g_queue_push_tail(&c->queue, p);
    return 1;
}

bool gdb_conn_poll(GdbConn *c)
{
    if (c->fd < 0) {
        return true;
    }
    /* a bounded amount per call: a flooding client cannot stall the
     * machine */
    for (int reads = 0; reads < 16; reads++) {
        if (!fill(c, 0)) {
            return false;
        }
        if (c->rx_pos >= c->rx_len) {
            break;
        }
        while (c->rx_pos < c->rx_len) {
            if (rx_byte(c, c->rx[c->rx_pos++]) < 0) {
                return false;
            }
        }
    }
    return true;
}

int gdb_conn_recv(GdbConn *c)
{
    while (g_queue_is_empty(&c->queue)) {
        if (c->rx_pos < c->rx_len) {
            if (rx_byte(c, c->rx[c->rx_pos++]) < 0) {
                return -1;
            }
        } else if (c->idle && c->rx_state == RX_IDLE) {
            /* between packets: wait in slices, giving the idle hook its
             * turn */
            if (!fill(c, 50)) {
                return -1;
            }
            if (c->rx_pos >= c->rx_len && c->idle(c->idle_opaque)) {
                return -2;
            }
        } else if (!fill(c, -1)) {
            return -1;
        }
    }
    GByteArray *p = g_queue_pop_head(&c->queue);
    if (!p) {
        return gdb_conn_send_str(c, "E01") ? 0 : -1;
    }
    memcpy(c->pkt, p->data, p->len);
    c->pkt[p->len] = 0;
    c->pkt_len = p->len;
    g_byte_array_unref(p);
    return 1;
}

bool gdb_conn_send(GdbConn *c, const char *data, size_t len)
{
    if (c->fd < 0) {
        return false;
    }
    GString *s = g_string_sized_new(len + 8);
    uint8_t sum = 0;
    g_string_append_c(s, '$');
    for (size_t i = 0; i < len; i++) {
        char ch = data[i];
        if (ch == '$' || ch == '#' || ch == '}' || ch == '*') {
            g_string_append_c(s, '}');
            sum += '}';
            ch ^= 0x20;
        }
        g_string_append_c(s, ch);
        sum += (uint8_t)ch;
    }
    g_string_append_printf(s, "#%02x", sum);
    bool ok = false;
    for (int tries = 0; tries < 5; tries++) {
        if (!write_all(c, s->str, s->len)) {
            break;
        }
        if (c->no_ack) {
            ok = true;
            break;
        }
        /* the ack; other bytes go to the framing (Ctrl-C, a packet) */
        int ch;
        for (;;) {
            ch = get_byte(c);
            if (ch < 0 || (c->rx_state == RX_IDLE &&
                           (ch == '+' || ch == '-'))) {
                break;
            }
            if (rx_byte(c, (uint8_t)ch) < 0) {
                ch = -1;
                break;
            }
        }
        if (ch == '+') {
            ok = true;
            break;
        }
        if (ch < 0) {
            break;
        }
    }
    g_string_free(s, TRUE);
    return ok;
}

bool gdb_conn_send_str(GdbConn *c, const char *s)
{
    return gdb_conn_send(c, s, strlen(s));
}
