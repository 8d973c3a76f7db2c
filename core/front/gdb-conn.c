/* SPDX-License-Identifier: MIT */
/*
 * The gdb stub's transport: a TCP socket on 127.0.0.1, and the remote
 * protocol's packet framing ($data#cs with +/- acks, binary escapes with
 * '}', Ctrl-C as a lone 0x03 byte). A packet longer than the advertised
 * PacketSize, or with a bad checksum, is refused (E01 / nack) and the
 * stub goes on.
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

bool gdb_conn_listen(GdbConn *c, int port, int *bound, GError **err)
{
    memset(c, 0, sizeof(*c));
    c->fd = -1;
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

void gdb_conn_close(GdbConn *c)
{
    if (c->fd >= 0) {
        close(c->fd);
    }
    c->fd = -1;
    c->no_ack = false;
    c->interrupt = false;
    c->rx_pos = c->rx_len = 0;
}

void gdb_conn_free(GdbConn *c)
{
    gdb_conn_close(c);
    if (c->listen_fd >= 0) {
        close(c->listen_fd);
    }
    c->listen_fd = -1;
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
    c->rx_pos = c->rx_len = 0;
    c->no_ack = false;
    c->interrupt = false;
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

bool gdb_conn_poll(GdbConn *c)
{
    if (c->fd < 0) {
        return true;
    }
    if (!fill(c, 0)) {
        return false;
    }
    /* while running, gdb sends nothing but Ctrl-C; other bytes (acks)
     * are dropped, a '$' stays for gdb_conn_recv */
    while (c->rx_pos < c->rx_len && c->rx[c->rx_pos] != '$') {
        if (c->rx[c->rx_pos++] == 0x03) {
            c->interrupt = true;
        }
    }
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

static bool write_all(GdbConn *c, const char *b, size_t n)
{
    while (n) {
        ssize_t w = write(c->fd, b, n);
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

int gdb_conn_recv(GdbConn *c)
{
    int ch;
    do {
        if (c->idle && c->rx_pos >= c->rx_len) {
            /* between packets: wait in slices, giving the idle hook its turn */
            if (!fill(c, 50)) {
                return -1;
            }
            if (c->rx_pos >= c->rx_len) {
                if (c->idle(c->idle_opaque)) {
                    return -2;
                }
                ch = 0;
                continue;
            }
        }
        ch = get_byte(c);
        if (ch == 0x03) {
            c->interrupt = true;  /* stopped already: noted, harmless */
        }
    } while (ch >= 0 && ch != '$');
    if (ch < 0) {
        return -1;
    }
    size_t len = 0;
    bool overflow = false, esc = false;
    uint8_t sum = 0;
    for (;;) {
        ch = get_byte(c);
        if (ch < 0) {
            return -1;
        }
        if (ch == '#') {
            break;
        }
        sum += (uint8_t)ch;
        if (esc) {
            ch ^= 0x20;
            esc = false;
        } else if (ch == '}') {
            esc = true;
            continue;
        }
        if (len < GDB_PACKET_MAX) {
            c->pkt[len++] = (char)ch;
        } else {
            overflow = true;
        }
    }
    int h1 = get_byte(c), h2 = h1 < 0 ? -1 : get_byte(c);
    if (h2 < 0) {
        return -1;
    }
    c->pkt[len] = 0;
    c->pkt_len = len;
    bool good = gdb_hexval((char)h1) >= 0 && gdb_hexval((char)h2) >= 0 &&
                (uint8_t)(gdb_hexval((char)h1) << 4 | gdb_hexval((char)h2))
                    == sum;
    if (!c->no_ack) {
        if (!write_all(c, good ? "+" : "-", 1)) {
            return -1;
        }
    }
    if (!good && !c->no_ack) {
        return 0;  /* gdb sends it again */
    }
    if (overflow) {
        return gdb_conn_send_str(c, "E01") ? 0 : -1;
    }
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
        int ch;
        do {
            ch = get_byte(c);
            if (ch == 0x03) {
                c->interrupt = true;
            }
        } while (ch >= 0 && ch != '+' && ch != '-');
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
