/* SPDX-License-Identifier: MIT */
/*
 * The console on a character device (serial-chr.h), over chr-port.h.
 * Input is read only when the guest asks (console_read_host through the
 * ConsoleInput hook), so what and when the guest reads is what a
 * recording journals; a socket client is accepted then, too. While the
 * guest waits for input with nothing else to do, the console polls the
 * device's descriptor (the listening socket until a client comes).
 */
#include "chr-port.h"
#include "core/machine/platform.h"
#include "serial-chr.h"

typedef struct SerialChr {
    Machine *m;
    ChrPort *port;
} SerialChr;

/* ConsoleInput: bytes from the device (never blocks). */
static size_t chr_read(void *self, uint8_t *buf, size_t max)
{
    SerialChr *s = self;
    chr_port_accept(s->port);
    ssize_t n = chr_port_read(s->port, buf, max);
    s->m->console.in_fd = chr_port_poll_fd(s->port);
    if (n < 0) {
        s->m->console.in_fd = -1;
        s->m->console.eof = true;
        return 0;
    }
    return (size_t)n;
}

/* The machine is freed: close the device (before console_close, which
 * must not see our stream any more). */
static void hook_free(void *self)
{
    SerialChr *s = self;
    Console *c = &s->m->console;
    if (c->out == chr_port_out(s->port)) {
        c->out = NULL;
    }
    c->in_fd = -1;
    c->input = (ConsoleInput){ 0 };
    chr_port_free(s->port);
    g_free(s);
}

static const RunHookOps serial_chr_hooks = { .free = hook_free };

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
    Console *c = &m->console;
    if (spec.backend == CHR_NULL) {   /* the VTY is there; no bytes move */
        chardev_spec_clear(&spec);
        if (c->out == stdout) {
            fflush(stdout);
        }
        c->out = NULL;
        c->in_fd = -1;
        c->input = (ConsoleInput){ 0 };
        return true;
    }
    char *what = g_strdup_printf("-serial %s", arg);
    ChrPort *port = chr_port_open(&spec, what, err);
    g_free(what);
    chardev_spec_clear(&spec);
    if (!port) {
        return false;
    }
    SerialChr *s = g_new0(SerialChr, 1);
    s->m = m;
    s->port = port;
    c->out = chr_port_out(port);
    c->in_fd = chr_port_poll_fd(port);
    c->input = (ConsoleInput){ chr_read, s };
    machine_add_run_hook(m, &serial_chr_hooks, s);
    return true;
}
