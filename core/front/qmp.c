/* SPDX-License-Identifier: MIT */
/*
 * The QMP server (qmp.h): listening sockets, client connections, the
 * greeting and capabilities negotiation, message framing (json.h) and
 * the events, and the server's part in the run loop. Input is read and
 * commands run only from the run hook, between chunks; while the
 * machine is paused the hook waits on the sockets, which takes no
 * virtual time. Nothing read from a client reaches the guest, so QMP
 * traffic cannot change a run's instruction count or state unless a
 * command does (docs/qmp.md: which commands a recording refuses).
 */
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "chardev.h"
#include "core/machine/platform.h"
#include "qmp-int.h"
#include "qmp.h"
#include "snapshot/replay.h"
#include "snapshot/snap.h"

#define QMP_MAX_INPUT (1 << 20)   /* one message at most; more: dropped */

typedef struct QmpConn {
    int fd;
    GByteArray *in;
    bool negotiated;
    bool dead;
} QmpConn;

GQuark qmp_error_quark(void)
{
    return g_quark_from_static_string("farad-qmp");
}

static void conn_free(gpointer p)
{
    QmpConn *c = p;
    close(c->fd);
    g_byte_array_unref(c->in);
    g_free(c);
}

/* Write a whole message (a client gone is a dead connection, not
 * SIGPIPE). */
static void conn_send(QmpConn *c, const char *s, size_t n)
{
    while (n && !c->dead) {
        ssize_t w = send(c->fd, s, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w < 0 && errno == EAGAIN) {
            struct pollfd p = { .fd = c->fd, .events = POLLOUT };
            poll(&p, 1, 1000);
            continue;
        }
        if (w <= 0) {
            c->dead = true;
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

static void conn_send_str(QmpConn *c, GString *msg)
{
    g_string_append(msg, "\r\n");
    conn_send(c, msg->str, msg->len);
}

void qmp_event(Qmp *q, const char *name, const char *data)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);   /* host time: never guest-visible */
    GString *msg = g_string_new(NULL);
    g_string_append_printf(msg, "{\"timestamp\": {\"seconds\": %lld, "
                           "\"microseconds\": %lld}, \"event\": ",
                           (long long)tv.tv_sec, (long long)tv.tv_usec);
    json_append_str(msg, name);
    if (data) {
        g_string_append_printf(msg, ", \"data\": %s", data);
    }
    g_string_append(msg, "}\r\n");
    for (guint i = 0; i < q->conns->len; i++) {
        QmpConn *c = g_ptr_array_index(q->conns, i);
        if (c->negotiated) {
            conn_send(c, msg->str, msg->len);
        }
    }
    g_string_free(msg, TRUE);
}

void qmp_pause(Qmp *q, bool paused)
{
    if (paused == q->paused) {
        return;
    }
    q->paused = paused;
    if (!paused) {
        q->prelaunch = false;
    }
    qmp_event(q, paused ? "STOP" : "RESUME", NULL);
}

static void greet(QmpConn *c)
{
    GString *g = g_string_new("{\"QMP\": {\"version\": {\"qemu\": "
                              "{\"micro\": 0, \"minor\": 2, \"major\": 7}, "
                              "\"package\": \"farad 0.1 (QEMU-compatible "
                              "QMP)\"}, \"capabilities\": []}}");
    conn_send_str(c, g);
    g_string_free(g, TRUE);
}

static void add_conn(Qmp *q, int fd)
{
    QmpConn *c = g_new0(QmpConn, 1);
    c->fd = fd;
    c->in = g_byte_array_new();
    g_ptr_array_add(q->conns, c);
    greet(c);
}

/* Accept the clients waiting on listening socket lfd (block: wait for
 * one first). */
static void accept_on(Qmp *q, int lfd, bool block)
{
    if (block) {
        struct pollfd p = { .fd = lfd, .events = POLLIN };
        while (poll(&p, 1, -1) < 0 && errno == EINTR) {
        }
    }
    for (;;) {
        int fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
        if (fd < 0) {
            break;
        }
        add_conn(q, fd);
    }
}

static void accept_all(Qmp *q)
{
    for (guint i = 0; i < q->listen_fds->len; i++) {
        accept_on(q, g_array_index(q->listen_fds, int, i), false);
    }
}

/* Finish a reply: the "id" of the request echoed, as QEMU does. */
static void send_reply(QmpConn *c, GString *r, const Json *id)
{
    if (id) {
        g_string_append(r, ", \"id\": ");
        json_append_value(r, id);
    }
    g_string_append_c(r, '}');
    conn_send_str(c, r);
}

static void reply_error(QmpConn *c, const Json *id, GError *e)
{
    static const char *const cls[] = {
        [QMP_GENERIC] = "GenericError",
        [QMP_COMMAND_NOT_FOUND] = "CommandNotFound",
        [QMP_DEVICE_NOT_FOUND] = "DeviceNotFound",
    };
    int code = e->domain == QMP_ERROR && e->code >= QMP_GENERIC &&
               e->code <= QMP_DEVICE_NOT_FOUND ? e->code : QMP_GENERIC;
    GString *r = g_string_new("{\"error\": {\"class\": ");
    json_append_str(r, cls[code]);
    g_string_append(r, ", \"desc\": ");
    json_append_str(r, e->message);
    g_string_append_c(r, '}');
    send_reply(c, r, id);
    g_string_free(r, TRUE);
}

static void fail_msg(QmpConn *c, const Json *id, const char *msg)
{
    GError *e = g_error_new_literal(QMP_ERROR, QMP_GENERIC, msg);
    reply_error(c, id, e);
    g_error_free(e);
}

/* One message from a client; false when it was no JSON. */
static bool handle(Qmp *q, QmpConn *c, const char *text, size_t len)
{
    char *perr = NULL;
    Json *msg = json_parse(text, len, &perr);
    if (!msg) {
        char *d = g_strdup_printf("JSON parse error, %s", perr);
        fail_msg(c, NULL, d);
        g_free(d);
        g_free(perr);
        return false;
    }
    const Json *id = json_get(msg, "id");
    const Json *exec = json_get(msg, "execute");
    const Json *args = json_get(msg, "arguments");
    if (msg->type != JSON_OBJECT) {
        fail_msg(c, NULL, "QMP input must be a JSON object");
    } else if (json_get(msg, "exec-oob")) {
        fail_msg(c, id, "QMP input member 'exec-oob' is unexpected "
                 "(out-of-band execution is not enabled)");
    } else if (!exec) {
        fail_msg(c, id, "QMP input lacks member 'execute'");
    } else if (exec->type != JSON_STRING) {
        fail_msg(c, id, "QMP input member 'execute' must be a string");
    } else if (args && args->type != JSON_OBJECT) {
        fail_msg(c, id, "QMP input member 'arguments' must be an object");
    } else {
        GError *e = NULL;
        const char *name = exec->s;
        if (!c->negotiated && strcmp(name, "qmp_capabilities")) {
            e = g_error_new_literal(QMP_ERROR, QMP_COMMAND_NOT_FOUND,
                                    "Expecting capabilities negotiation "
                                    "with 'qmp_capabilities'");
        } else if (c->negotiated && !strcmp(name, "qmp_capabilities")) {
            e = g_error_new_literal(QMP_ERROR, QMP_COMMAND_NOT_FOUND,
                                    "Capabilities negotiation is already "
                                    "complete, command ignored");
        }
        GString *ret = g_string_new(NULL);
        if (!e && qmp_dispatch(q, name, args, ret, &e)) {
            if (!strcmp(name, "qmp_capabilities")) {
                c->negotiated = true;
            }
            GString *r = g_string_new("{\"return\": ");
            g_string_append(r, ret->len ? ret->str : "{}");
            send_reply(c, r, id);
            g_string_free(r, TRUE);
        } else {
            reply_error(c, id, e);
            g_error_free(e);
        }
        g_string_free(ret, TRUE);
        qmp_jobs_run(q);   /* jobs start after their reply */
    }
    json_free(msg);
    return true;
}

/* Read what a client sent (never blocks) and run its complete
 * messages, stopping at a run-loop request (quit, reset). */
static void service_conn(Qmp *q, QmpConn *c)
{
    for (;;) {
        uint8_t buf[4096];
        ssize_t n = recv(c->fd, buf, sizeof(buf), MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
            c->dead = true;
            break;
        }
        if (n < 0) {
            break;
        }
        g_byte_array_append(c->in, buf, (guint)n);
        if (c->in->len > QMP_MAX_INPUT) {
            g_byte_array_set_size(c->in, 0);
            fail_msg(c, NULL, "JSON parse error, message too long");
        }
    }
    while (!c->dead && q->request == QMP_REQ_NONE) {
        size_t skip, len = json_next_value(c->in->data, c->in->len, &skip);
        if (!len) {
            g_byte_array_remove_range(c->in, 0, (guint)skip);
            break;
        }
        char *text = g_strndup((const char *)c->in->data + skip, len);
        g_byte_array_remove_range(c->in, 0, (guint)(skip + len));
        if (!handle(q, c, text, len)) {
            /* resynchronise: the rest of that line goes too */
            guint nl = 0;
            while (nl < c->in->len && c->in->data[nl] != '\n') {
                nl++;
            }
            g_byte_array_remove_range(c->in, 0, MIN(nl + 1, c->in->len));
        }
        g_free(text);
    }
}

static void service(Qmp *q)
{
    accept_all(q);
    for (guint i = 0; i < q->conns->len && q->request == QMP_REQ_NONE; i++) {
        service_conn(q, g_ptr_array_index(q->conns, i));
    }
    for (guint i = q->conns->len; i-- > 0;) {
        QmpConn *c = g_ptr_array_index(q->conns, i);
        if (c->dead) {
            g_ptr_array_remove_index(q->conns, i);
        }
    }
}

/* Wait until a socket has something (timeout_ms -1: forever). */
static bool wait_sockets(Qmp *q, int timeout_ms)
{
    guint n = q->listen_fds->len + q->conns->len;
    struct pollfd *p = g_new0(struct pollfd, n);
    for (guint i = 0; i < q->listen_fds->len; i++) {
        p[i] = (struct pollfd){ g_array_index(q->listen_fds, int, i),
                                POLLIN, 0 };
    }
    for (guint i = 0; i < q->conns->len; i++) {
        QmpConn *c = g_ptr_array_index(q->conns, i);
        p[q->listen_fds->len + i] = (struct pollfd){ c->fd, POLLIN, 0 };
    }
    int r;
    while ((r = poll(p, n, timeout_ms)) < 0 && errno == EINTR) {
    }
    g_free(p);
    return r > 0;
}

/* ---- the run loop (core/machine/run-hooks.h) ---- */

static RunStep hook_poll(void *self, Machine *m, int64_t *chunk,
                         MachineExit *exit)
{
    Qmp *q = self;
    for (;;) {
        service(q);
        qmp_hotplug_events(q);
        if (q->request == QMP_REQ_QUIT) {
            *exit = m->exit = MACHINE_EXIT_QUIT;
            return RUN_RETURN;
        }
        if (q->request == QMP_REQ_RESET) {
            q->request = QMP_REQ_NONE;
            if (!machine_reboot(m)) {
                *exit = MACHINE_EXIT_ERROR;
                return RUN_RETURN;
            }
            return RUN_RESTART;
        }
        if (q->brk_set) {
            uint64_t now = machine_icount(m);
            if (now >= q->brk) {
                q->brk_set = false;
                qmp_pause(q, true);
                continue;
            }
            if ((uint64_t)*chunk > q->brk - now) {
                *chunk = (int64_t)(q->brk - now);
            }
        }
        if (!q->paused) {
            return RUN_ON;
        }
        if (!q->listen_fds->len && !q->conns->len) {
            /* connected out, and the peer left: nothing can resume */
            fprintf(stderr, "farad: the QMP connection closed while the "
                    "machine is paused; quitting\n");
            *exit = m->exit = MACHINE_EXIT_QUIT;
            return RUN_RETURN;
        }
        wait_sockets(q, -1);
    }
}

static bool hook_halted(void *self, Machine *m)
{
    (void)m;
    Qmp *q = self;
    if (!q->listen_fds->len && !q->conns->len) {
        return false;
    }
    wait_sockets(q, -1);   /* as QEMU: a halted machine waits for QMP */
    return true;
}

static bool hook_has_work(void *self)
{
    Qmp *q = self;
    return q->request != QMP_REQ_NONE || wait_sockets(q, 0);
}

static void hook_end(void *self, Machine *m, MachineExit *why)
{
    (void)m;
    Qmp *q = self;
    if (q->shutdown_sent) {
        return;
    }
    q->shutdown_sent = true;
    switch (*why) {
    case MACHINE_EXIT_POWEROFF:
        qmp_event(q, "SHUTDOWN", "{\"guest\": true, \"reason\": "
                  "\"guest-shutdown\"}");
        break;
    case MACHINE_EXIT_PANIC:
        qmp_event(q, "SHUTDOWN", "{\"guest\": true, \"reason\": "
                  "\"guest-panic\"}");
        break;
    case MACHINE_EXIT_RESET:
        qmp_event(q, "SHUTDOWN", "{\"guest\": true, \"reason\": "
                  "\"guest-reset\"}");
        break;
    default:
        qmp_event(q, "SHUTDOWN", "{\"guest\": false, \"reason\": "
                  "\"host-error\"}");
        break;
    }
}

static void hook_free(void *self)
{
    Qmp *q = self;
    g_ptr_array_unref(q->conns);
    for (guint i = 0; i < q->listen_fds->len; i++) {
        close(g_array_index(q->listen_fds, int, i));
    }
    g_array_unref(q->listen_fds);
    for (guint i = 0; i < q->unlink->len; i++) {
        unlink(g_ptr_array_index(q->unlink, i));
    }
    g_ptr_array_unref(q->unlink);
    qmp_jobs_free(q);
    g_free(q->rr_file);
    g_free(q->mig_error);
    if (q->db) {
        snap_db_close(q->db);
    }
    g_free(q);
}

static const RunHookOps qmp_run_hooks = {
    .poll = hook_poll,
    .halted = hook_halted,
    .has_work = hook_has_work,
    .end = hook_end,
    .free = hook_free,
    .takes_start_paused = true,
};

/* Open one server (or client) socket for QMP. */
static bool open_spec(Qmp *q, const ChardevSpec *s, const char *what,
                      GError **err)
{
    if (s->backend != CHR_SOCKET) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: QMP needs a socket character device (unix:PATH or "
                    "tcp:HOST:PORT)", what);
        return false;
    }
    int fd = chardev_socket_open(s, err);
    if (fd < 0) {
        return false;
    }
    if (!s->server) {
        add_conn(q, fd);   /* farad connects out: that is the client */
        return true;
    }
    g_array_append_val(q->listen_fds, fd);
    if (s->path) {
        g_ptr_array_add(q->unlink, g_strdup(s->path));
    }
    if (s->wait) {
        fprintf(stderr, "farad: waiting for a QMP connection on %s\n", what);
        accept_on(q, fd, true);
    }
    return true;
}

bool qmp_start(Machine *m, const MachineConfig *cfg, GError **err)
{
    GPtrArray *specs = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    bool ok = true;
    for (guint i = 0; cfg->qmp && i < cfg->qmp->len; i++) {
        const char *arg = g_ptr_array_index(cfg->qmp, i);
        ChardevSpec *s = g_new0(ChardevSpec, 1);
        g_ptr_array_add(specs, s);
        g_ptr_array_add(names, g_strdup_printf("-qmp %s", arg));
        if (!chardev_parse_inline("-qmp", arg, s, err)) {
            ok = false;
            break;
        }
    }
    for (guint i = 0; ok && cfg->mons && i < cfg->mons->len; i++) {
        char *id = NULL;
        bool control = false;
        if (!chardev_parse_mon(g_ptr_array_index(cfg->mons, i), &id, &control,
                           err)) {
            ok = false;
            break;
        }
        if (control) {
            ChardevSpec *s = g_new0(ChardevSpec, 1);
            g_ptr_array_add(specs, s);
            g_ptr_array_add(names, g_strdup_printf("-chardev id=%s", id));
            ok = chardev_find(cfg->chardevs, id, s, err);
        }
        g_free(id);
    }
    Qmp *q = NULL;
    if (ok && specs->len) {
        q = g_new0(Qmp, 1);
        q->m = m;
        q->listen_fds = g_array_new(FALSE, FALSE, sizeof(int));
        q->unlink = g_ptr_array_new_with_free_func(g_free);
        q->conns = g_ptr_array_new_with_free_func(conn_free);
        q->jobs = g_ptr_array_new();
        q->paused = q->prelaunch = cfg->start_paused;
        if (cfg->replay) {
            q->rr_mode = cfg->replay->mode;
            q->rr_file = g_strdup(cfg->replay->file);
        }
        machine_add_run_hook(m, &qmp_run_hooks, q);   /* frees q */
        for (guint i = 0; ok && i < specs->len; i++) {
            ok = open_spec(q, g_ptr_array_index(specs, i),
                           g_ptr_array_index(names, i), err);
        }
    }
    for (guint i = 0; i < specs->len; i++) {
        chardev_spec_clear(g_ptr_array_index(specs, i));
    }
    g_ptr_array_unref(specs);
    g_ptr_array_unref(names);
    return ok;
}
