/* SPDX-License-Identifier: MIT */
/*
 * Open character devices (chr-port.h): the descriptors behind a
 * -serial or -monitor device and the output stream over them.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "base/error.h"
#include "chr-port.h"

struct ChrPort {
    int listen_fd;     /* socket server, or -1 */
    int fd;            /* connection / pipe input, or -1 */
    int out_fd;        /* file / pipe output, or -1: output goes to fd */
    FILE *out;
};

static ssize_t port_write(void *cookie, const char *buf, size_t n)
{
    ChrPort *p = cookie;
    int fd = p->out_fd >= 0 ? p->out_fd : p->fd;
    size_t done = 0;
    while (fd >= 0 && done < n) {
        ssize_t w = p->out_fd >= 0 ? write(fd, buf + done, n - done)
                                   : send(fd, buf + done, n - done,
                                          MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w < 0 && errno == EAGAIN) {
            struct pollfd q = { .fd = fd, .events = POLLOUT };
            poll(&q, 1, 1000);
            continue;
        }
        if (w <= 0) {
            break;   /* gone: the read side notices */
        }
        done += (size_t)w;
    }
    return (ssize_t)n;   /* output with no reader is dropped */
}

static int port_close(void *cookie)
{
    (void)cookie;   /* chr_port_free closes the descriptors */
    return 0;
}

static bool fail(GError **err, const char *what, const char *path)
{
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE, "%s: cannot open %s: %s",
                what, path, g_strerror(errno));
    return false;
}

static int open_suffix(const char *path, const char *suffix, int flags)
{
    char *p = g_strconcat(path, suffix, NULL);
    int fd = open(p, flags | O_CLOEXEC | O_NONBLOCK);
    g_free(p);
    return fd;
}

ChrPort *chr_port_open(const ChardevSpec *s, const char *what, GError **err)
{
    ChrPort *p = g_new0(ChrPort, 1);
    p->listen_fd = p->fd = p->out_fd = -1;
    bool ok = true;
    switch (s->backend) {
    case CHR_FILE:
        p->out_fd = open(s->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                         0666);
        ok = p->out_fd >= 0 || fail(err, what, s->path);
        break;
    case CHR_PIPE:
        p->out_fd = open_suffix(s->path, ".out", O_RDWR);
        p->fd = open_suffix(s->path, ".in", O_RDWR);
        if (p->out_fd < 0 || p->fd < 0) {
            if (p->out_fd >= 0) {
                close(p->out_fd);
            }
            if (p->fd >= 0) {
                close(p->fd);
            }
            p->out_fd = open_suffix(s->path, "", O_RDWR);
            p->fd = p->out_fd >= 0 ? dup(p->out_fd) : -1;
        }
        ok = p->out_fd >= 0 || fail(err, what, s->path);
        break;
    case CHR_SOCKET: {
        int fd = chardev_socket_open(s, err);
        ok = fd >= 0;
        if (ok && s->server) {
            p->listen_fd = fd;
            if (s->wait) {
                fprintf(stderr, "farad: waiting for a connection on %s\n",
                        what);
                struct pollfd q = { .fd = fd, .events = POLLIN };
                while (poll(&q, 1, -1) < 0 && errno == EINTR) {
                }
                chr_port_accept(p);
            }
        } else if (ok) {
            p->fd = fd;
        }
        break;
    }
    default:
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: not a socket, file or pipe device", what);
        ok = false;
        break;
    }
    if (!ok) {
        chr_port_free(p);
        return NULL;
    }
    cookie_io_functions_t io = { .write = port_write, .close = port_close };
    p->out = fopencookie(p, "w", io);
    setvbuf(p->out, NULL, _IONBF, 0);
    return p;
}

void chr_port_free(ChrPort *p)
{
    if (!p) {
        return;
    }
    if (p->out) {
        fclose(p->out);
    }
    int fds[] = { p->listen_fd, p->fd, p->out_fd };
    for (size_t i = 0; i < G_N_ELEMENTS(fds); i++) {
        if (fds[i] >= 0) {
            close(fds[i]);
        }
    }
    g_free(p);
}

FILE *chr_port_out(ChrPort *p)
{
    return p->out;
}

bool chr_port_accept(ChrPort *p)
{
    if (p->fd >= 0 || p->listen_fd < 0) {
        return false;
    }
    p->fd = accept4(p->listen_fd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
    return p->fd >= 0;
}

int chr_port_listen_fd(const ChrPort *p)
{
    return p->listen_fd;
}

int chr_port_poll_fd(const ChrPort *p)
{
    return p->fd >= 0 ? p->fd : p->listen_fd;
}

ssize_t chr_port_read(ChrPort *p, uint8_t *buf, size_t max)
{
    if (p->fd < 0) {
        return p->listen_fd >= 0 ? 0 : -1;
    }
    ssize_t n = read(p->fd, buf, max);
    if (n > 0) {
        return n;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
        return 0;
    }
    close(p->fd);   /* ended */
    p->fd = -1;
    return p->listen_fd >= 0 ? 0 : -1;
}
