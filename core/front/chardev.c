/* SPDX-License-Identifier: MIT */
/*
 * Character device specs (chardev.h): QEMU's -chardev options (with the
 * legacy `server,nowait` spellings) and the inline forms, and the
 * socket side: listen on a unix path or TCP port, or connect to one.
 */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "base/error.h"
#include "chardev.h"

static bool err_out(GError **err, const char *fmt, const char *a,
                    const char *b)
{
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE, fmt, a, b);
    return false;
}

static bool on_off(const char *opt, const char *key, const char *v,
                   bool *out, GError **err)
{
    if (!v || !strcmp(v, "on") || !strcmp(v, "yes") || !strcmp(v, "true")) {
        *out = true;
    } else if (!strcmp(v, "off") || !strcmp(v, "no") ||
               !strcmp(v, "false")) {
        *out = false;
    } else {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: %s=%s: expected on or off", opt, key, v);
        return false;
    }
    return true;
}

/* Options after the backend: key=value or bare server/nowait/... */
static bool parse_opts(const char *opt, char **kv, ChardevSpec *s,
                       GError **err)
{
    bool host_given = false;
    s->wait = true;
    for (; *kv; kv++) {
        char *eq = strchr(*kv, '=');
        char *key = eq ? g_strndup(*kv, (gsize)(eq - *kv)) : g_strdup(*kv);
        const char *v = eq ? eq + 1 : NULL;
        bool ok = true;
        if (!strcmp(key, "id") && v) {
            g_free(s->id);
            s->id = g_strdup(v);
        } else if (!strcmp(key, "path") && v) {
            g_free(s->path);
            s->path = g_strdup(v);
        } else if (!strcmp(key, "host") && v) {
            g_free(s->host);
            s->host = g_strdup(v);
            host_given = true;
        } else if (!strcmp(key, "port") && v) {
            char *end;
            long p = strtol(v, &end, 10);
            ok = *v && !*end && p >= 0 && p <= 65535;
            s->port = (int)p;
            if (!ok) {
                err_out(err, "%s: port=%s: not a port number", opt, v);
            }
        } else if (!strcmp(key, "server")) {
            ok = on_off(opt, key, v, &s->server, err);
        } else if (!strcmp(key, "wait")) {
            ok = on_off(opt, key, v, &s->wait, err);
        } else if (!strcmp(key, "nowait") && !v) {
            s->wait = false;
        } else if (!strcmp(key, "nodelay") || !strcmp(key, "mux") ||
                   !strcmp(key, "signal") || !strcmp(key, "logfile") ||
                   !strcmp(key, "logappend") || !strcmp(key, "append") ||
                   !strcmp(key, "ipv4") || !strcmp(key, "ipv6")) {
            if (!strcmp(key, "mux") && v && strcmp(v, "off")) {
                ok = err_out(err, "%s: mux=%s: farad has no chardev "
                             "multiplexer (use -serial mon:stdio)", opt, v);
            }
        } else {
            ok = err_out(err, "%s: '%s': unknown or unsupported chardev "
                         "option", opt, *kv);
        }
        g_free(key);
        if (!ok) {
            return false;
        }
    }
    if (s->backend == CHR_SOCKET) {
        if ((!s->path && !host_given && !s->port) ||
            (s->path && host_given)) {
            return err_out(err, "%s: a socket needs path= (unix) or "
                           "host=/port= (tcp)%s", opt, "");
        }
        if (!s->path && !s->host) {
            s->host = g_strdup("0.0.0.0");
        }
    } else if ((s->backend == CHR_FILE || s->backend == CHR_PIPE) &&
               !s->path) {
        return err_out(err, "%s: this backend needs path=%s", opt, "");
    }
    return true;
}

static bool backend_of(const char *opt, const char *name, ChrBackend *b,
                       GError **err)
{
    static const struct { const char *n; ChrBackend b; } tab[] = {
        { "socket", CHR_SOCKET }, { "file", CHR_FILE }, { "pipe", CHR_PIPE },
        { "null", CHR_NULL }, { "stdio", CHR_STDIO },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(tab); i++) {
        if (!strcmp(name, tab[i].n)) {
            *b = tab[i].b;
            return true;
        }
    }
    return err_out(err, "%s: backend '%s' is not supported by farad "
                   "(socket, file, pipe, null, stdio are)", opt, name);
}

bool chardev_parse(const char *arg, ChardevSpec *out, GError **err)
{
    memset(out, 0, sizeof(*out));
    gchar **kv = g_strsplit(arg, ",", -1);
    bool ok = backend_of("-chardev", kv[0] ? kv[0] : "", &out->backend, err)
              && parse_opts("-chardev", kv + 1, out, err);
    g_strfreev(kv);
    if (ok && !out->id) {
        ok = err_out(err, "-chardev %s: id= is required%s", arg, "");
    }
    if (!ok) {
        chardev_spec_clear(out);
    }
    return ok;
}

bool chardev_parse_inline(const char *opt, const char *arg, ChardevSpec *out,
                          GError **err)
{
    memset(out, 0, sizeof(*out));
    gchar **kv = g_strsplit(arg, ",", -1);
    const char *first = kv[0] ? kv[0] : "";
    bool ok = true;
    if (g_str_has_prefix(first, "unix:")) {
        out->backend = CHR_SOCKET;
        out->path = g_strdup(first + 5);
    } else if (g_str_has_prefix(first, "tcp:")) {
        out->backend = CHR_SOCKET;
        const char *hp = first + 4, *colon = strrchr(hp, ':');
        if (!colon) {
            ok = err_out(err, "%s %s: expected tcp:HOST:PORT", opt, arg);
        } else {
            out->host = g_strndup(hp, (gsize)(colon - hp));
            char *end;
            long p = strtol(colon + 1, &end, 10);
            out->port = (int)p;
            if (!colon[1] || *end || p < 0 || p > 65535) {
                ok = err_out(err, "%s %s: not a port number", opt, arg);
            }
        }
    } else if (g_str_has_prefix(first, "file:")) {
        out->backend = CHR_FILE;
        out->path = g_strdup(first + 5);
    } else if (g_str_has_prefix(first, "pipe:")) {
        out->backend = CHR_PIPE;
        out->path = g_strdup(first + 5);
    } else if (!strcmp(first, "stdio")) {
        out->backend = CHR_STDIO;
    } else if (!strcmp(first, "null")) {
        out->backend = CHR_NULL;
    } else {
        ok = err_out(err, "%s %s: unsupported character device (farad "
                     "takes unix:, tcp:, file:, pipe:, stdio, null)", opt, arg);
    }
    if (ok) {
        char *o = g_strdup_printf("%s %s", opt, arg);
        ok = parse_opts(o, kv + 1, out, err);
        if (ok && out->host && !*out->host) {
            g_free(out->host);
            out->host = g_strdup("0.0.0.0");
        }
        g_free(o);
    }
    g_strfreev(kv);
    if (!ok) {
        chardev_spec_clear(out);
    }
    return ok;
}

void chardev_spec_clear(ChardevSpec *s)
{
    g_free(s->id);
    g_free(s->path);
    g_free(s->host);
    memset(s, 0, sizeof(*s));
}

static int sock_fail(GError **err, const char *what, const char *where)
{
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE, "chardev %s %s: %s",
                what, where, g_strerror(errno));
    return -1;
}

int chardev_socket_open(const ChardevSpec *s, GError **err)
{
    const char *what = s->server ? "listen on" : "connect to";
    if (s->path) {
        struct sockaddr_un a = { .sun_family = AF_UNIX };
        if (strlen(s->path) >= sizeof(a.sun_path)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "chardev path %s: too long for a unix socket",
                        s->path);
            return -1;
        }
        strcpy(a.sun_path, s->path);
        int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            return sock_fail(err, what, s->path);
        }
        if (s->server) {
            struct stat st;
            if (lstat(s->path, &st) == 0 && S_ISSOCK(st.st_mode)) {
                unlink(s->path);
            }
            if (bind(fd, (struct sockaddr *)&a, sizeof(a)) < 0 ||
                listen(fd, 4) < 0) {
                close(fd);
                return sock_fail(err, what, s->path);
            }
        } else if (connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0) {
            close(fd);
            return sock_fail(err, what, s->path);
        }
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
        return fd;
    }
    char port[16];
    g_snprintf(port, sizeof(port), "%d", s->port);
    char *where = g_strdup_printf("%s:%d", s->host, s->port);
    struct addrinfo hints = { .ai_socktype = SOCK_STREAM,
                              .ai_flags = s->server ? AI_PASSIVE : 0 };
    struct addrinfo *res = NULL;
    int fd = -1;
    if (getaddrinfo(s->host, port, &hints, &res) != 0 || !res) {
        errno = EADDRNOTAVAIL;
        sock_fail(err, what, where);
        g_free(where);
        return -1;
    }
    fd = socket(res->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    bool ok = fd >= 0;
    if (ok && s->server) {
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
        ok = bind(fd, res->ai_addr, res->ai_addrlen) == 0 &&
             listen(fd, 4) == 0;
    } else if (ok) {
        ok = connect(fd, res->ai_addr, res->ai_addrlen) == 0;
    }
    freeaddrinfo(res);
    if (!ok) {
        sock_fail(err, what, where);
        if (fd >= 0) {
            close(fd);
        }
        fd = -1;
    } else {
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    g_free(where);
    return fd;
}

bool chardev_find(GPtrArray *args, const char *id, ChardevSpec *out,
                  GError **err)
{
    for (guint i = 0; args && i < args->len; i++) {
        if (chardev_parse(g_ptr_array_index(args, i), out, NULL)) {
            if (!strcmp(out->id, id)) {
                return true;
            }
            chardev_spec_clear(out);
        }
    }
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                "-mon chardev=%s: no -chardev with id=%s", id, id);
    return false;
}

bool chardev_parse_mon(const char *arg, char **id, bool *control,
                       GError **err)
{
    gchar **kv = g_strsplit(arg, ",", -1);
    bool ok = true;
    *id = NULL;
    *control = false;
    for (gchar **p = kv; *p && ok; p++) {
        const char *v = strchr(*p, '=');
        v = v ? v + 1 : "";
        if (g_str_has_prefix(*p, "chardev=") && *v) {
            g_free(*id);
            *id = g_strdup(v);
        } else if (!strcmp(*p, "mode=control")) {
            *control = true;
        } else if (!strcmp(*p, "mode=readline")) {
            *control = false;
        } else if (g_str_has_prefix(*p, "pretty=")) {
            bool b;
            ok = on_off("-mon", "pretty", v, &b, err);
        } else {
            ok = err_out(err, "-mon %s: '%s' is not supported (chardev=ID, "
                         "mode=readline|control, pretty=on|off)", arg, *p);
        }
    }
    g_strfreev(kv);
    if (ok && !*id) {
        ok = err_out(err, "-mon %s: chardev=ID is required%s", arg, "");
    }
    if (!ok) {
        g_free(*id);
        *id = NULL;
    }
    return ok;
}
