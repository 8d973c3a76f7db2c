/* SPDX-License-Identifier: MIT */
/*
 * The monitor's input side (see monitor.h): stdin is read here only,
 * split by QEMU's mux rules (Ctrl-A c switches the focus between the
 * guest console and the monitor, Ctrl-A x quits, Ctrl-A h prints help,
 * Ctrl-A Ctrl-A sends a Ctrl-A) into bytes for the guest and command
 * lines. Lines are queued and run only from monitor_poll, which the run
 * loop calls between chunks, so a command never runs inside an
 * instruction or a hypercall; the paused state (-S, stop) is a wait in
 * monitor_poll that takes no virtual time.
 */
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include "base/disas.h"
#include "chr-port.h"
#include "monitor.h"
#include "core/machine/platform.h"
#include "snapshot/snap.h"

#define MON_BANNER "farad 0.1 monitor - type 'help' for more information\n"
#define MON_PROMPT "(qemu) "
#define CTRL_A 0x01

struct Monitor {
    Machine *m;
    FILE *out;
    int in_fd;
    bool in_eof;           /* stdin ended */
    bool mux;              /* -serial mon:stdio */
    bool focus;            /* mux: the monitor has the keyboard */
    bool escape;           /* mux: Ctrl-A seen */
    bool banner_done;
    bool echo;             /* echo keys as typed (raw terminal) */
    bool echo_lines;       /* not a terminal: show each line as it runs */
    bool paused;
    bool prelaunch;        /* paused by -S and never run yet */
    bool shut_down;        /* powered off under -no-shutdown, not reset
                              since: cont is refused */
    MonitorAction request; /* pending reset / exit */
    GByteArray *in_buf;    /* read from stdin, not yet looked at: input
                              is taken in order, stopping at each complete
                              command line until it ran */
    GByteArray *to_guest;  /* mux: typed for the guest, not yet read */
    GString *line;         /* the line being typed */
    bool last_cr;          /* swallow the \n of a \r\n */
    GQueue lines;          /* complete lines (char *) waiting to run */
    int cpu_index;
    MonitorFmt fmt;
    Disas *disas;
    struct SnapDb *db;
    ChrPort *port;         /* -monitor on a character device, or NULL */
};

void monitor_printf(Monitor *mon, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(mon->out, fmt, ap);
    va_end(ap);
}

Machine *monitor_machine(Monitor *mon)
{
    return mon->m;
}

bool monitor_paused(Monitor *mon)
{
    return mon->paused;
}

void monitor_set_paused(Monitor *mon, bool paused)
{
    mon->paused = paused;
    if (!paused) {
        mon->prelaunch = false;
    }
}

void monitor_request(Monitor *mon, MonitorAction a)
{
    if (a > mon->request) {
        mon->request = a;   /* an exit wins over a reset */
    }
}

int monitor_cpu_index(Monitor *mon)
{
    return mon->cpu_index;
}

void monitor_set_cpu_index(Monitor *mon, int index)
{
    mon->cpu_index = index;
}

MonitorFmt *monitor_last_fmt(Monitor *mon)
{
    return &mon->fmt;
}

Disas *monitor_disas(Monitor *mon)
{
    if (!mon->disas) {
        mon->disas = disas_new();
    }
    return mon->disas;
}

struct SnapDb **monitor_snap_db(Monitor *mon)
{
    return &mon->db;
}

static void prompt(Monitor *mon)
{
    fputs(MON_PROMPT, mon->out);
    fflush(mon->out);
}

static void banner(Monitor *mon)
{
    if (!mon->banner_done) {
        fputs(MON_BANNER, mon->out);
        mon->banner_done = true;
    }
}

/* ---- the monitor's part in the run loop (core/machine/run-hooks.h) ---- */

static RunStep hook_poll(void *self, Machine *m, int64_t *chunk,
                         MachineExit *exit)
{
    (void)chunk;
    MonitorAction a = monitor_poll(self);
    if (a == MONITOR_EXIT) {
        *exit = m->exit;
        return RUN_RETURN;
    }
    if (a == MONITOR_RESET && m->cfg.no_reboot) {
        /* -no-reboot: a reset request ends the run, as in QEMU */
        *exit = MACHINE_EXIT_RESET;
        return RUN_RETURN;
    }
    if (a == MONITOR_RESET) {
        /* after a -no-shutdown power-off: reset, paused (QEMU's
         * prelaunch) until cont */
        Monitor *mon = self;
        mon->prelaunch = mon->shut_down;
        mon->shut_down = false;
        if (!machine_reboot(m)) {
            *exit = MACHINE_EXIT_ERROR;
            return RUN_RETURN;
        }
        return RUN_RESTART;
    }
    return RUN_ON;
}

/* -no-shutdown: keep the powered-off machine paused for the monitor */
static bool hook_shutdown(void *self, Machine *m)
{
    (void)m;
    Monitor *mon = self;
    mon->paused = mon->shut_down = true;
    return true;
}

static bool hook_halted(void *self, Machine *m)
{
    (void)m;
    return monitor_wait_halted(self);
}

static bool hook_has_work(void *self)
{
    return monitor_has_work(self);
}

static void hook_free(void *self)
{
    Monitor *mon = self;
    if (mon->m->monitor == mon) {
        mon->m->monitor = NULL;
    }
    monitor_free(mon);
}

static const RunHookOps monitor_run_hooks = {
    .poll = hook_poll,
    .halted = hook_halted,
    .shutdown = hook_shutdown,
    .has_work = hook_has_work,
    .free = hook_free,
    .takes_start_paused = true,
};

static size_t mux_read(void *self, uint8_t *buf, size_t max)
{
    return monitor_mux_read(self, buf, max);
}

/* -monitor on a socket, file or pipe (chr-port.h). NULL when it
 * cannot be opened (the line printed on stderr): the machine runs on
 * without a monitor, as its configuration was checked already. */
static ChrPort *open_port(Machine *m)
{
    const MachineConfig *c = &m->cfg;
    ChardevSpec spec;
    GError *err = NULL;
    const char *arg = c->monitor_chr;
    bool ok = g_str_has_prefix(arg, "chardev:")
                  ? chardev_find(c->chardevs, arg + 8, &spec, &err)
                  : chardev_parse_inline("-monitor", arg, &spec, &err);
    ChrPort *port = NULL;
    if (ok) {
        char *what = g_strdup_printf("-monitor %s", arg);
        port = chr_port_open(&spec, what, &err);
        g_free(what);
        chardev_spec_clear(&spec);
    }
    if (!port) {
        fprintf(stderr, "farad: %s\n", err->message);
        g_error_free(err);
    }
    return port;
}

Monitor *monitor_new(Machine *m)
{
    const MachineConfig *c = &m->cfg;
    if (!c->monitor_stdio && !c->mon_stdio && !c->monitor_chr) {
        return NULL;
    }
    ChrPort *port = NULL;
    if (c->monitor_chr && !c->monitor_stdio && !c->mon_stdio) {
        port = open_port(m);
        if (!port) {
            return NULL;
        }
    }
    Monitor *mon = g_new0(Monitor, 1);
    mon->m = m;
    mon->out = stdout;
    mon->in_fd = STDIN_FILENO;
    mon->mux = c->mon_stdio && !c->monitor_stdio;
    mon->focus = !mon->mux;
    mon->paused = mon->prelaunch = c->start_paused;
    mon->in_buf = g_byte_array_new();
    mon->to_guest = g_byte_array_new();
    mon->line = g_string_new(NULL);
    g_queue_init(&mon->lines);
    mon->fmt = (MonitorFmt){ 'x', 4 };
    /* a terminal in canonical mode echoes by itself; from a pipe,
     * each line is shown after the prompt when it runs, so the output
     * reads like a session */
    mon->echo = isatty(STDIN_FILENO) && m->console.raw_tty;
    mon->echo_lines = !isatty(STDIN_FILENO);
    if (port) {   /* a device of its own: stdin stays the console's */
        mon->port = port;
        mon->out = chr_port_out(port);
        mon->in_fd = chr_port_poll_fd(port);
        mon->echo = mon->echo_lines = false;
        if (mon->in_fd >= 0 && mon->in_fd != chr_port_listen_fd(port)) {
            banner(mon);   /* connected already (wait=on, a client) */
            prompt(mon);
        }
    } else if (mon->mux) {   /* the guest's input now comes from here */
        machine_set_console_input(m, &(ConsoleInput){ mux_read, mon });
    } else {
        m->console.in_fd = -1;  /* stdin is the monitor's */
        banner(mon);
        prompt(mon);
    }
    m->monitor = mon;
    machine_add_run_hook(m, &monitor_run_hooks, mon);
    return mon;
}

Monitor *monitor_new_capture(Machine *m, FILE *out, bool paused)
{
    Monitor *mon = g_new0(Monitor, 1);
    mon->m = m;
    mon->out = out;
    mon->in_fd = -1;          /* no input: lines come from the caller */
    mon->focus = true;
    mon->banner_done = true;
    mon->paused = paused;
    mon->in_buf = g_byte_array_new();
    mon->to_guest = g_byte_array_new();
    mon->line = g_string_new(NULL);
    g_queue_init(&mon->lines);
    mon->fmt = (MonitorFmt){ 'x', 4 };
    return mon;
}

void monitor_free(Monitor *mon)
{
    if (!mon) {
        return;
    }
    if (mon->mux) {
        machine_set_console_input(mon->m, NULL);
    }
    fflush(mon->out);
    g_byte_array_unref(mon->in_buf);
    g_byte_array_unref(mon->to_guest);
    g_string_free(mon->line, TRUE);
    g_queue_clear_full(&mon->lines, g_free);
    disas_free(mon->disas);
    if (mon->db) {
        snap_db_close(mon->db);
    }
    chr_port_free(mon->port);
    g_free(mon);
}

static void mux_help(Monitor *mon)
{
    fputs("\n"
          "C-a h    print this help\n"
          "C-a x    exit emulator\n"
          "C-a c    switch between console and monitor\n"
          "C-a C-a  sends C-a\n", mon->out);
    fflush(mon->out);
}

/* A byte for the line editor. */
static void edit_byte(Monitor *mon, uint8_t b)
{
    if (b == '\n' && mon->last_cr) {
        mon->last_cr = false;
        return;
    }
    mon->last_cr = b == '\r';
    if (b == '\r' || b == '\n') {
        if (mon->echo) {
            fputc('\n', mon->out);
        }
        g_queue_push_tail(&mon->lines, g_strdup(mon->line->str));
        g_string_truncate(mon->line, 0);
    } else if (b == 0x7f || b == '\b') {
        if (mon->line->len) {
            g_string_truncate(mon->line, mon->line->len - 1);
            if (mon->echo) {
                fputs("\b \b", mon->out);
            }
        }
    } else if (b >= 0x20 && b < 0x7f) {
        g_string_append_c(mon->line, (char)b);
        if (mon->echo) {
            fputc(b, mon->out);
        }
    }
    fflush(mon->out);
}

/* A byte of stdin: the mux's escapes, then the focused side. */
static void input_byte(Monitor *mon, uint8_t b)
{
    if (mon->mux && mon->escape) {
        mon->escape = false;
        switch (b) {
        case 'c':
            mon->focus = !mon->focus;
            if (mon->focus) {
                banner(mon);
                prompt(mon);
            } else {
                fputc('\n', mon->out);
                fflush(mon->out);
            }
            return;
        case 'x':
            fputs("\nQEMU: Terminated\n", mon->out);
            fflush(mon->out);
            mon->m->exit = MACHINE_EXIT_QUIT;
            monitor_request(mon, MONITOR_EXIT);
            return;
        case 'h':
        case '?':
            mux_help(mon);
            return;
        case CTRL_A:
            break;   /* a literal Ctrl-A for the focused side */
        default:
            return;  /* unknown escapes are dropped */
        }
    } else if (mon->mux && b == CTRL_A) {
        mon->escape = true;
        return;
    }
    if (mon->mux && !mon->focus) {
        g_byte_array_append(mon->to_guest, &b, 1);
    } else {
        edit_byte(mon, b);
    }
}

/* Look at buffered input up to the next command line or request. */
static void feed(Monitor *mon)
{
    guint i = 0;
    while (i < mon->in_buf->len && g_queue_is_empty(&mon->lines) &&
           mon->request == MONITOR_RUN) {
        input_byte(mon, mon->in_buf->data[i++]);
    }
    if (i) {
        g_byte_array_remove_range(mon->in_buf, 0, i);
    }
}

/* A device's input: a client that connects gets the banner and a
 * prompt; one that leaves makes a server listen again. */
static void pump_port(Monitor *mon)
{
    if (chr_port_accept(mon->port)) {
        mon->banner_done = false;
        banner(mon);
        prompt(mon);
    }
    while (!mon->in_eof && mon->in_buf->len < 65536) {
        uint8_t buf[256];
        ssize_t n = chr_port_read(mon->port, buf, sizeof(buf));
        if (n < 0) {
            mon->in_eof = true;
        }
        if (n <= 0) {
            break;
        }
        g_byte_array_append(mon->in_buf, buf, (guint)n);
    }
    mon->in_fd = chr_port_poll_fd(mon->port);
    if (mon->in_fd < 0) {
        mon->in_eof = true;   /* a file: no input */
    }
    feed(mon);
}

/* Take whatever stdin has now (never blocks). */
static void pump(Monitor *mon)
{
    if (mon->port) {
        pump_port(mon);
        return;
    }
    while (!mon->in_eof && mon->in_buf->len < 65536) {
        struct pollfd p = { .fd = mon->in_fd, .events = POLLIN };
        if (poll(&p, 1, 0) <= 0 || !(p.revents & (POLLIN | POLLHUP))) {
            return;
        }
        uint8_t buf[256];
        ssize_t n = read(mon->in_fd, buf, sizeof(buf));
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
            mon->in_eof = true;
            return;
        }
        if (n > 0) {
            g_byte_array_append(mon->in_buf, buf, (guint)n);
        }
        if (n < (ssize_t)sizeof(buf)) {
            break;
        }
    }
    feed(mon);
}

/* Nothing more can come from stdin. */
static bool input_done(Monitor *mon)
{
    return mon->in_eof && !mon->in_buf->len;
}

/* Block until stdin has something (or ended). */
static void wait_input(Monitor *mon)
{
    fflush(mon->out);
    struct pollfd p = { .fd = mon->in_fd, .events = POLLIN };
    while (poll(&p, 1, -1) < 0 && errno == EINTR) {
    }
    pump(mon);
}

bool monitor_has_work(Monitor *mon)
{
    pump(mon);
    return !g_queue_is_empty(&mon->lines) || mon->request != MONITOR_RUN;
}

size_t monitor_mux_read(Monitor *mon, uint8_t *buf, size_t max)
{
    pump(mon);
    size_t n = MIN(max, (size_t)mon->to_guest->len);
    if (n) {
        memcpy(buf, mon->to_guest->data, n);
        g_byte_array_remove_range(mon->to_guest, 0, (guint)n);
    } else if (input_done(mon)) {
        mon->m->console.eof = true;
    }
    return n;
}

static MonitorAction monitor_poll_wait(Monitor *mon, bool wait);

MonitorAction monitor_poll(Monitor *mon)
{
    return monitor_poll_wait(mon, true);
}

MonitorAction monitor_poll_nowait(Monitor *mon)
{
    return monitor_poll_wait(mon, false);
}

static MonitorAction monitor_poll_wait(Monitor *mon, bool wait)
{
    for (;;) {
        pump(mon);
        while (mon->request == MONITOR_RUN &&
               (feed(mon), !g_queue_is_empty(&mon->lines))) {
            char *line = g_queue_pop_head(&mon->lines);
            if (mon->echo_lines) {
                fprintf(mon->out, "%s\n", line);
            }
            monitor_run_line(mon, line);
            g_free(line);
            if (mon->request != MONITOR_EXIT && (!mon->mux || mon->focus)) {
                prompt(mon);
            }
        }
        fflush(mon->out);
        if (mon->request != MONITOR_RUN) {
            MonitorAction a = mon->request;
            mon->request = MONITOR_RUN;
            return a;
        }
        if (!mon->paused || !wait) {
            return MONITOR_RUN;
        }
        if (input_done(mon)) {
            /* nothing can continue the machine any more */
            fprintf(stderr, "farad: monitor input ended while the machine "
                    "is paused; quitting\n");
            mon->m->exit = MACHINE_EXIT_QUIT;
            return MONITOR_EXIT;
        }
        wait_input(mon);
    }
}

bool monitor_wait_halted(Monitor *mon)
{
    if (mon->mux || input_done(mon)) {
        return false;
    }
    wait_input(mon);
    return true;
}

bool monitor_shut_down(Monitor *mon)
{
    return mon->shut_down;
}

bool monitor_prelaunch(Monitor *mon)
{
    return mon->prelaunch;
}
