/* SPDX-License-Identifier: MIT */
/*
 * QMP migration commands, as QEMU 7.2 answers them: migrate (the
 * machine as a QEMU stream to file:, exec: or tcp:, then stopped),
 * query-migrate, and migrate-incoming for a machine started with
 * -incoming defer.
 */
#include <string.h>

#include "qmp-int.h"
#include "core/machine/platform.h"
#include "snapshot/snap.h"

static bool known_uri(const char *uri)
{
    return g_str_has_prefix(uri, "file:") || g_str_has_prefix(uri, "exec:") ||
           g_str_has_prefix(uri, "tcp:");
}

bool qmp_migrate(Qmp *q, const Json *args, GError **err)
{
    const char *uri = qmp_arg_str(args, "uri");
    if (!known_uri(uri)) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC, "Parameter 'uri' expects a valid "
                    "migration protocol");
        return false;
    }
    GByteArray *b = snap_qemu_save_stream(q->m, !q->paused);
    GError *e = NULL;
    g_free(q->mig_error);
    q->mig_error = NULL;
    if (migrate_uri_write(uri, b->data, b->len, &e)) {
        q->mig_status = "completed";
        qmp_pause(q, true);   /* QEMU's source stays stopped after it */
    } else {
        q->mig_status = "failed";
        q->mig_error = g_strdup(e->message);
        g_error_free(e);
    }
    g_byte_array_unref(b);
    return true;
}

void qmp_query_migrate(Qmp *q, GString *ret)
{
    if (!q->mig_status) {
        g_string_append(ret, "{}");
        return;
    }
    g_string_append_printf(ret, "{\"status\": \"%s\"", q->mig_status);
    if (q->mig_error) {
        GString *s = g_string_new(NULL);
        for (const char *c = q->mig_error; *c; c++) {
            if (*c == '"' || *c == '\\') {
                g_string_append_c(s, '\\');
            }
            if (*c == '\n') {
                g_string_append(s, "\\n");
                continue;
            }
            g_string_append_c(s, *c);
        }
        g_string_append_printf(ret, ", \"error-desc\": \"%s\"", s->str);
        g_string_free(s, TRUE);
    }
    g_string_append_c(ret, '}');
}

bool qmp_migrate_incoming(Qmp *q, const Json *args, GError **err)
{
    const char *uri = qmp_arg_str(args, "uri");
    const char *inc = q->m->cfg.incoming;
    if (!inc || strcmp(inc, "defer")) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC, "For use with '-incoming defer'");
        return false;
    }
    if (q->incoming_started) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC, "The incoming migration has already "
                    "been started");
        return false;
    }
    if (!known_uri(uri)) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC, "unknown migration protocol: %s",
                    uri);
        return false;
    }
    q->incoming_started = true;
    bool running = false;
    if (!snap_qemu_incoming(q->m, uri, &running, err)) {
        return false;
    }
    if (running && !q->m->cfg.start_paused_by_user) {
        qmp_pause(q, false);
    }
    return true;
}
