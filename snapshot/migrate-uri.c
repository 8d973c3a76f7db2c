/* SPDX-License-Identifier: MIT */
/*
 * Migration URIs, as QEMU spells them: file:PATH, exec:CMD (run by
 * /bin/sh -c, its standard output is the stream) and tcp:HOST:PORT
 * (listen for one connection and read it to its end); and the
 * -incoming load on top of them.
 */
#include <errno.h>
#include <gio/gio.h>
#include <string.h>

#include "snap.h"

static GBytes *read_exec(const char *cmd, GError **err)
{
    const char *argv[] = { "/bin/sh", "-c", cmd, NULL };
    GSubprocess *p = g_subprocess_newv(argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                       err);
    if (!p) {
        return NULL;
    }
    GBytes *b = NULL;
    g_subprocess_communicate(p, NULL, NULL, &b, NULL, err);
    g_object_unref(p);
    return b;
}

static GBytes *read_tcp(const char *hostport, GError **err)
{
    const char *colon = strrchr(hostport, ':');
    char *end = NULL;
    long port = colon ? strtol(colon + 1, &end, 10) : -1;
    if (!colon || !end || *end || port <= 0 || port > 65535) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "tcp:%s: expected tcp:HOST:PORT", hostport);
        return NULL;
    }
    char *host = g_strndup(hostport, (gsize)(colon - hostport));
    GSocketListener *ls = g_socket_listener_new();
    GInetAddress *ia = g_inet_address_new_from_string(*host ? host
                                                            : "0.0.0.0");
    if (!ia && !strcmp(host, "localhost")) {
        ia = g_inet_address_new_loopback(G_SOCKET_FAMILY_IPV4);
    }
    GBytes *b = NULL;
    if (!ia) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "tcp:%s: host must be an address or localhost", hostport);
    } else {
        GSocketAddress *sa = g_inet_socket_address_new(ia, (guint16)port);
        if (g_socket_listener_add_address(ls, sa, G_SOCKET_TYPE_STREAM,
                                          G_SOCKET_PROTOCOL_TCP, NULL, NULL,
                                          err)) {
            GSocketConnection *c = g_socket_listener_accept(ls, NULL, NULL,
                                                            err);
            if (c) {
                GInputStream *in = g_io_stream_get_input_stream(
                    G_IO_STREAM(c));
                GByteArray *all = g_byte_array_new();
                uint8_t buf[65536];
                gssize got;
                while ((got = g_input_stream_read(in, buf, sizeof(buf),
                                                  NULL, err)) > 0) {
                    g_byte_array_append(all, buf, (guint)got);
                }
                b = g_byte_array_free_to_bytes(all);
                if (got < 0) {
                    g_clear_pointer(&b, g_bytes_unref);
                }
                g_object_unref(c);
            }
        }
        g_object_unref(sa);
        g_object_unref(ia);
    }
    g_socket_listener_close(ls);
    g_object_unref(ls);
    g_free(host);
    return b;
}

GBytes *migrate_uri_read(const char *uri, GError **err)
{
    if (g_str_has_prefix(uri, "file:")) {
        char *d;
        gsize n;
        if (!g_file_get_contents(uri + 5, &d, &n, err)) {
            return NULL;
        }
        return g_bytes_new_take(d, n);
    }
    if (g_str_has_prefix(uri, "exec:")) {
        return read_exec(uri + 5, err);
    }
    if (g_str_has_prefix(uri, "tcp:")) {
        return read_tcp(uri + 4, err);
    }
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                "unknown migration protocol: %s", uri);
    return NULL;
}

bool snap_qemu_incoming(Machine *m, const char *uri, bool *running,
                        GError **err)
{
    GBytes *b = migrate_uri_read(uri, err);
    if (!b) {
        return false;
    }
    gsize n;
    const uint8_t *d = g_bytes_get_data(b, &n);
    bool ok = snap_qemu_load_stream(m, d, n, running, err);
    g_bytes_unref(b);
    return ok;
}

static bool write_exec(const char *cmd, const uint8_t *d, size_t n,
                       GError **err)
{
    const char *argv[] = { "/bin/sh", "-c", cmd, NULL };
    GSubprocess *p = g_subprocess_newv(argv, G_SUBPROCESS_FLAGS_STDIN_PIPE,
                                       err);
    if (!p) {
        return false;
    }
    GBytes *in = g_bytes_new_static(d, n);
    bool ok = g_subprocess_communicate(p, in, NULL, NULL, NULL, err);
    g_bytes_unref(in);
    if (ok && (!g_subprocess_get_if_exited(p) ||
               g_subprocess_get_exit_status(p))) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "exec:%s: the command failed", cmd);
        ok = false;
    }
    g_object_unref(p);
    return ok;
}

static bool write_tcp(const char *hostport, const uint8_t *d, size_t n,
                      GError **err)
{
    GSocketClient *c = g_socket_client_new();
    GSocketConnection *conn = g_socket_client_connect_to_host(c, hostport, 0,
                                                              NULL, err);
    bool ok = false;
    if (conn) {
        GOutputStream *out = g_io_stream_get_output_stream(G_IO_STREAM(conn));
        ok = g_output_stream_write_all(out, d, n, NULL, NULL, err) &&
             g_io_stream_close(G_IO_STREAM(conn), NULL, err);
        g_object_unref(conn);
    }
    g_object_unref(c);
    return ok;
}

bool migrate_uri_write(const char *uri, const uint8_t *d, size_t n,
                       GError **err)
{
    if (g_str_has_prefix(uri, "file:")) {
        return g_file_set_contents(uri + 5, (const char *)d, (gssize)n, err);
    }
    if (g_str_has_prefix(uri, "exec:")) {
        return write_exec(uri + 5, d, n, err);
    }
    if (g_str_has_prefix(uri, "tcp:")) {
        return write_tcp(uri + 4, d, n, err);
    }
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                "unknown migration protocol: %s", uri);
    return false;
}
