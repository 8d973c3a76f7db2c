/* SPDX-License-Identifier: MIT */
/*
 * The console on a character device (serial-chr.h). file: output only
 * (QEMU's file backend has no input); pipe:P writes P.out and reads P.in
 * (or P itself for both when those do not exist, as QEMU); a socket
 * server accepts one client at a time (wait=on: before the machine
 * starts; otherwise whenever the guest next looks for input), and
 * output while no client is connected is dropped, as QEMU's socket
 * backend does. A client that goes away leaves the server listening
 * again. Input is read only when the guest asks (console_read_host), so
 * what and when the guest reads is what a recording journals.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "chardev.h"
#include "core/machine/platform.h"
#include "serial-chr.h"

typedef struct SerialChr {
    Machine *m;
    int listen_fd;     /* socket server, or -1 */
    int fd;            /* the connection / input, or -1 */
    FILE *out;         /* the console's output stream (ours) */
} SerialChr;

/* The console's FILE: writes go to the current connection. */
static ssize_t chr_write(void *cookie, const char *buf, size_t n)
{
    SerialChr *s = cookie;
    size_t done = 0;
    while (s->fd >= 0 && done < n) {
        ssize_t w = send(s->fd, buf + done, n - done, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w < 0 && errno == EAGAIN) {
            struct pollfd p = { .fd = s->fd, .events = POLLOUT };
            poll(&p, 1, 1000);
            continue;
        }
        if (w <= 0) {
            break;   /* gone: the read side notices and listens again */
        }
        done += (size_t)w;
    }
    return (ssize_t)n;   /* output with no client is dropped */
}

static int chr_close(void *cookie)
{
    (void)cookie;   /* the run hook's free closes the descriptors */
    return 0;
}

/* The machine is freed: close the device (before console_close, which
 * must not see our stream any more). */
static void hook_free(void *self)
{
    SerialChr *s = self;
    if (s->out) {
        fclose(s->out);
        if (s->m->console.out == s->out) {
            s->m->console.out = NULL;
        }
    }
    if (s->fd >= 0) {
        close(s->fd);
    }
    if (s->listen_fd >= 0) {
        close(s->listen_fd);
    }
    s->m->console.in_fd = -1;
    s->m->console.input = (ConsoleInput){ 0 };
    g_free(s);
}

static const RunHookOps serial_chr_hooks = { .free = hook_free };

static void try_accept(SerialChr *s)
{
    if (s->fd < 0 && s->listen_fd >= 0) {
        int fd = accept4(s->listen_fd, NULL, NULL,
                         SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd >= 0) {
            s->fd = fd;
            s->m->console.in_fd = fd;
        }
    }
}

/* ConsoleInput: bytes from the device (never blocks). */
static size_t chr_read(void *self, uint8_t *buf, size_t max)
{
    SerialChr *s = self;
    try_accept(s);
    if (s->fd < 0) {
        return 0;
    }
    ssize_t n = read(s->fd, buf, max);
    if (n > 0) {
        return (size_t)n;
    }
    if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        close(s->fd);
        s->fd = -1;
        if (s->listen_fd >= 0) {
            s->m->console.in_fd = s->listen_fd;   /* wait for the next */
        } else {
            s->m->console.in_fd = -1;
            s->m->console.eof = true;
        }
    }
    return 0;
}

static bool fail(GError **err, const char *what, const char *path)
{
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE, "-serial: %s %s: %s",
                what, path, g_strerror(errno));
    return false;
}

static int open_or(const char *path, const char *suffix, int flags)
{
    char *p = g_strconcat(path, suffix, NULL);
    int fd = open(p, flags | O_CLOEXEC | O_NONBLOCK);
    g_free(p);
    return fd;
}

bool serial_chr_start(Machine *m, const MachineConfig *cfg, GError **err)
{
    if (!cfg->serial_chr) {
        return true;
    }
    ChardevSpec spec;
    const char *arg = cfg->serial_chr;
    bool ok = g_str_has_prefix(arg, "chardev:")
                  ? chardev_find(cfg->chardevs, arg + 8, &spec, err)
                  : chardev_parse_inline("-serial", arg, &spec, err);
    if (!ok) {
        return false;
    }
    SerialChr *s = g_new0(SerialChr, 1);
    s->m = m;
    s->listen_fd = s->fd = -1;
    int out_fd = -1;
    switch (spec.backend) {
    case CHR_FILE:
        out_fd = open(spec.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                      0666);
        ok = out_fd >= 0 || fail(err, "cannot open", spec.path);
        break;
    case CHR_PIPE:
        out_fd = open_or(spec.path, ".out", O_RDWR);
        s->fd = open_or(spec.path, ".in", O_RDWR);
        if (out_fd < 0 || s->fd < 0) {
            if (out_fd >= 0) {
                close(out_fd);
            }
            if (s->fd >= 0) {
                close(s->fd);
            }
            out_fd = open_or(spec.path, "", O_RDWR);
            s->fd = out_fd >= 0 ? dup(out_fd) : -1;
        }
        ok = out_fd >= 0 || fail(err, "cannot open pipe", spec.path);
        break;
    case CHR_SOCKET: {
        int fd = chardev_socket_open(&spec, err);
        ok = fd >= 0;
        if (ok && spec.server) {
            s->listen_fd = fd;
            if (spec.wait) {
                fprintf(stderr, "farad: waiting for a serial connection on "
                        "%s\n", arg);
                struct pollfd p = { .fd = fd, .events = POLLIN };
                while (poll(&p, 1, -1) < 0 && errno == EINTR) {
                }
                try_accept(s);
            }
        } else if (ok) {
            s->fd = fd;
        }
        break;
    }
    default:
        break;
    }
    chardev_spec_clear(&spec);
    if (!ok) {
        hook_free(s);
        return false;
    }
    Console *c = &m->console;
    if (out_fd >= 0) {   /* file / pipe: a plain stream; a pipe's input
                            is read by the console itself */
        s->out = fdopen(out_fd, "w");
        c->in_fd = s->fd;
    } else {
        cookie_io_functions_t io = { .write = chr_write, .close = chr_close };
        s->out = fopencookie(s, "w", io);
        setvbuf(s->out, NULL, _IONBF, 0);
        c->in_fd = s->fd >= 0 ? s->fd : s->listen_fd;
        c->input = (ConsoleInput){ chr_read, s };
    }
    c->out = s->out;
    machine_add_run_hook(m, &serial_chr_hooks, s);
    return true;
}
