/* SPDX-License-Identifier: MIT */
/*
 * virtio-serial ports on -chardev backends (vserial-chr.h), over
 * chr-port.h: a socket server is connected while it has a client (it
 * takes one when the port polls), a socket client, file or pipe always;
 * null is never connected and takes nothing; stdio writes to stdout and
 * reads nothing (stdin belongs to the console). A replay opens none:
 * the journal has what came in, output goes nowhere (farad-snap replay
 * drops -chardev from the recorded command line).
 */
#include <stdio.h>
#include <string.h>

#include "chr-port.h"
#include "core/machine/platform.h"
#include "pci/virtio-serial.h"
#include "snapshot/replay.h"
#include "vserial-chr.h"

typedef struct PortChr {
    ChrPort *port;       /* socket, file or pipe; NULL: null or stdio */
    FILE *out;           /* where output goes, or NULL */
    bool server;         /* connected only with a client */
    bool ended;          /* the input ended for good */
} PortChr;

static size_t pc_read(void *self, uint8_t *buf, size_t max)
{
    PortChr *c = self;
    if (!c->port || c->ended) {
        return 0;
    }
    chr_port_accept(c->port);
    ssize_t n = chr_port_read(c->port, buf, max);
    if (n < 0) {
        c->ended = true;
        return 0;
    }
    return (size_t)n;
}

static void pc_write(void *self, const uint8_t *buf, size_t n)
{
    PortChr *c = self;
    if (c->out) {
        fwrite(buf, 1, n, c->out);
        fflush(c->out);
    }
}

static bool pc_connected(void *self)
{
    PortChr *c = self;
    if (!c->out) {
        return false;    /* null */
    }
    if (!c->server) {
        return true;
    }
    chr_port_accept(c->port);
    return chr_port_poll_fd(c->port) != chr_port_listen_fd(c->port);
}

static void pc_free(void *self)
{
    PortChr *c = self;
    chr_port_free(c->port);
    g_free(c);
}

static const ChrHostOps port_chr_ops = {
    .read = pc_read, .write = pc_write, .connected = pc_connected,
    .free = pc_free,
};

/* The -device argument that made a port of class cls on chardev id
 * (to name it in an error as QEMU does), or NULL. */
static char *device_arg(const MachineConfig *cfg, const char *cls,
                        const char *id)
{
    g_autofree char *pre = g_strconcat(cls, ",", NULL);
    g_autofree char *want = g_strconcat("chardev=", id, NULL);
    for (guint i = 0; cfg->devices && i < cfg->devices->len; i++) {
        const char *a = g_ptr_array_index(cfg->devices, i);
        if (!g_str_has_prefix(a, pre)) {
            continue;
        }
        g_auto(GStrv) kv = g_strsplit(a, ",", -1);
        for (int k = 0; kv[k]; k++) {
            if (!strcmp(kv[k], want)) {
                return g_strdup(a);
            }
        }
    }
    return NULL;
}

bool vserial_chr_start(Machine *m, const MachineConfig *cfg, GError **err)
{
    if (cfg->replay && cfg->replay->mode == REPLAY_PLAY) {
        return true;   /* the journal has the input; no host side */
    }
    for (Device *d = m->devices; d; d = d->next) {
        ChrHost *h;
        const char *id = virtio_serial_port_chardev(d, &h);
        if (!id) {
            continue;
        }
        ChardevSpec spec;
        if (!chardev_find(cfg->chardevs, id, &spec, NULL)) {
            g_autofree char *opt = device_arg(cfg, d->cls->name, id);
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s%s%sProperty '%s.chardev' can't find value '%s'",
                        opt ? "-device " : "", opt ? opt : "",
                        opt ? ": " : "", d->cls->name, id);
            return false;
        }
        PortChr *c = g_new0(PortChr, 1);
        if (spec.backend == CHR_STDIO) {
            c->out = stdout;
        } else if (spec.backend != CHR_NULL) {
            g_autofree char *what = g_strdup_printf("-chardev id=%s", id);
            c->port = chr_port_open(&spec, what, err);
            if (!c->port) {
                chardev_spec_clear(&spec);
                g_free(c);
                return false;
            }
            c->out = chr_port_out(c->port);
            c->server = spec.backend == CHR_SOCKET && spec.server;
        }
        chardev_spec_clear(&spec);
        chr_host_attach(h, &port_chr_ops, c);
    }
    return true;
}
