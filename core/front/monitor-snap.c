/* SPDX-License-Identifier: MIT */
/*
 * Monitor snapshot commands on the -snapshot-db store (snapshot/snap.h):
 * savevm NAME, loadvm NAME, delvm NAME, info snapshots. The monitor
 * opens its own handle on the database the first time it needs it. They
 * run between run chunks, so a snapshot is taken at an instruction
 * boundary of every CPU, as -savevm-at does.
 */
#include <inttypes.h>
#include <string.h>

#include "monitor.h"
#include "core/machine/platform.h"
#include "snapshot/snap.h"

static SnapDb *store(Monitor *mon)
{
    SnapDb **db = monitor_snap_db(mon);
    Machine *m = monitor_machine(mon);
    if (*db) {
        return *db;
    }
    if (!m->cfg.snapshot_db) {
        monitor_printf(mon, "Error: no snapshot store (start farad with "
                       "-snapshot-db FILE)\n");
        return NULL;
    }
    GError *err = NULL;
    *db = snap_db_open(m->cfg.snapshot_db, &err);
    if (!*db) {
        monitor_printf(mon, "Error: %s\n", err->message);
        g_error_free(err);
    }
    return *db;
}

static void report(Monitor *mon, GError *err)
{
    monitor_printf(mon, "Error: %s\n", err->message);
    g_error_free(err);
}

void monitor_savevm(Monitor *mon, const char *name)
{
    SnapDb *db = store(mon);
    GError *err = NULL;
    SnapSaveOpts o = { .replace = true };   /* QEMU replaces a tag */
    if (db && !snap_save(monitor_machine(mon), db, name, &o, &err)) {
        report(mon, err);
    }
}

void monitor_loadvm(Monitor *mon, const char *name)
{
    SnapDb *db = store(mon);
    GError *err = NULL;
    if (db && !snap_load(monitor_machine(mon), db, name, &err)) {
        report(mon, err);
    }
}

void monitor_delvm(Monitor *mon, const char *name)
{
    SnapDb *db = store(mon);
    GError *err = NULL;
    if (db && !snap_delete(db, name, &err)) {
        report(mon, err);
    }
}

void monitor_info_snapshots(Monitor *mon)
{
    SnapDb *db = store(mon);
    if (!db) {
        return;
    }
    GError *err = NULL;
    GArray *list = snap_list(db, &err);
    if (!list) {
        report(mon, err);
        return;
    }
    if (!list->len) {
        monitor_printf(mon, "There is no snapshot available.\n");
    } else {
        monitor_printf(mon, "List of snapshots present on the store:\n");
        monitor_printf(mon, "%-4s %-24s %-24s %14s %10s\n", "ID", "TAG",
                       "PARENT", "ICOUNT", "RAM PAGES");
        for (guint i = 0; i < list->len; i++) {
            SnapInfo *s = &g_array_index(list, SnapInfo, i);
            monitor_printf(mon, "%-4" PRId64 " %-24s %-24s %14" PRIu64
                           " %10" PRIu64 "\n", s->id, s->name,
                           s->parent ? s->parent : "--", s->icount,
                           s->ram_pages);
        }
    }
    snap_list_free(list);
}

void monitor_migrate(Monitor *mon, const char *args)
{
    /* migrate [-d] URI: the URI may be quoted ("exec:cat > f") */
    while (*args == ' ') {
        args++;
    }
    if (!strncmp(args, "-d ", 3)) {
        args += 3;
        while (*args == ' ') {
            args++;
        }
    }
    char *uri = g_strdup(args);
    g_strstrip(uri);
    size_t n = strlen(uri);
    if (n >= 2 && uri[0] == '"' && uri[n - 1] == '"') {
        memmove(uri, uri + 1, n - 2);
        uri[n - 2] = 0;
    }
    if (!*uri) {
        monitor_printf(mon, "Parameter 'uri' is missing\n");
        g_free(uri);
        return;
    }
    Machine *m = monitor_machine(mon);
    GByteArray *b = snap_qemu_save_stream(m, !monitor_paused(mon));
    GError *err = NULL;
    if (migrate_uri_write(uri, b->data, b->len, &err)) {
        /* as QEMU's source after a migration: stopped (postmigrate) */
        monitor_set_paused(mon, true);
    } else {
        monitor_printf(mon, "Error: %s\n", err->message);
        g_error_free(err);
    }
    g_byte_array_unref(b);
    g_free(uri);
}

void monitor_migrate_incoming(Monitor *mon, const char *args)
{
    Machine *m = monitor_machine(mon);
    static bool started;   /* one machine per process */
    char *uri = g_strstrip(g_strdup(args));
    GError *err = NULL;
    bool running = false;
    if (!m->cfg.incoming || strcmp(m->cfg.incoming, "defer")) {
        monitor_printf(mon, "Error: For use with '-incoming defer'\n");
    } else if (started) {
        monitor_printf(mon, "Error: The incoming migration has already been "
                       "started\n");
    } else if (!*uri) {
        monitor_printf(mon, "Parameter 'uri' is missing\n");
    } else if ((started = true) &&
               !snap_qemu_incoming(m, uri, &running, &err)) {
        gchar **lines = g_strsplit(err->message, "\n", -1);
        for (int i = 0; lines[i]; i++) {
            monitor_printf(mon, "%s\n", lines[i]);
        }
        g_strfreev(lines);
        g_error_free(err);
    } else if (running && !m->cfg.start_paused_by_user) {
        monitor_set_paused(mon, false);
    }
    g_free(uri);
}
