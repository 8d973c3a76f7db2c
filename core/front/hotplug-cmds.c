/* SPDX-License-Identifier: MIT */
/*
 * device_add and device_del in the human monitor and in QMP, with the
 * DEVICE_DELETED event (pci/phb-hotplug.c does the work). Both act
 * between run chunks, so at an instruction boundary, and go into the
 * replay journal as the command line ("device_add DRIVER,..." /
 * "device_del ID") when the machine records; a replay runs them from
 * the journal at the same instruction count and refuses them from
 * outside.
 */
#include <string.h>

#include "monitor.h"
#include "pci/spapr-phb.h"
#include "qmp-int.h"
#include "snapshot/replay.h"

/* Journal line (recording), or refuse it (replaying). */
static bool journal_line(Machine *m, const char *line, GError **err)
{
    return replay_log_command(m, line, err);
}

static void mon_error(Monitor *mon, GError *err)
{
    monitor_printf(mon, "Error: %s\n", err->message);
    g_error_free(err);
}

void monitor_device_add(Monitor *mon, const char *args)
{
    Machine *m = monitor_machine(mon);
    g_autofree char *arg = g_strstrip(g_strdup(args));
    GError *err = NULL;
    if (!*arg) {
        monitor_printf(mon, "Error: Parameter 'driver' is missing\n");
        return;
    }
    g_autofree char *line = g_strdup_printf("device_add %s", arg);
    if (!journal_line(m, line, &err) || !pci_hotplug_add(m, arg, &err)) {
        mon_error(mon, err);
    }
}

void monitor_device_del(Monitor *mon, const char *args)
{
    Machine *m = monitor_machine(mon);
    g_autofree char *id = g_strstrip(g_strdup(args));
    GError *err = NULL;
    if (!*id || strpbrk(id, " \t")) {
        monitor_printf(mon, "Error: device_del: expected a device id\n");
        return;
    }
    g_autofree char *line = g_strdup_printf("device_del %s", id);
    if (!journal_line(m, line, &err) || !pci_hotplug_del(m, id, &err)) {
        mon_error(mon, err);
    }
}

/* A QMP argument as the text of a -device option value. */
static bool qmp_value_text(const Json *v, GString *out)
{
    switch (v->type) {
    case JSON_STRING:
        g_string_append(out, v->s);
        return true;
    case JSON_BOOL:
        g_string_append(out, v->b ? "on" : "off");
        return true;
    case JSON_INT:
        if (v->neg) {
            g_string_append_printf(out, "-%" G_GUINT64_FORMAT, -v->u);
        } else {
            g_string_append_printf(out, "%" G_GUINT64_FORMAT, v->u);
        }
        return true;
    default:
        return false;
    }
}

bool qmp_device_add(Qmp *q, const Json *args, GString *ret, GError **err)
{
    (void)ret;
    const Json *drv = json_get(args, "driver");
    if (!drv) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC,
                    "Parameter 'driver' is missing");
        return false;
    }
    if (drv->type != JSON_STRING) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC,
                    "Parameter 'driver' expects string");
        return false;
    }
    GString *arg = g_string_new(drv->s);
    for (guint i = 0; i < args->keys->len; i++) {
        const char *k = g_ptr_array_index(args->keys, i);
        const Json *v = g_ptr_array_index(args->items, i);
        if (!strcmp(k, "driver")) {
            continue;
        }
        g_string_append_printf(arg, ",%s=", k);
        if (!qmp_value_text(v, arg)) {
            g_set_error(err, QMP_ERROR, QMP_GENERIC,
                        "Parameter '%s' expects a string, number or "
                        "boolean", k);
            g_string_free(arg, TRUE);
            return false;
        }
    }
    g_autofree char *line = g_strdup_printf("device_add %s", arg->str);
    GError *e = NULL;
    bool ok = journal_line(q->m, line, &e) &&
              pci_hotplug_add(q->m, arg->str, &e) != NULL;
    g_string_free(arg, TRUE);
    if (!ok) {
        g_set_error_literal(err, QMP_ERROR, QMP_GENERIC, e->message);
        g_error_free(e);
    }
    return ok;
}

bool qmp_device_del(Qmp *q, const Json *args, GString *ret, GError **err)
{
    (void)ret;
    const char *id = qmp_arg_str(args, "id");
    if (!device_find_id(q->m, id)) {
        g_set_error(err, QMP_ERROR, QMP_DEVICE_NOT_FOUND,
                    "Device '%s' not found", id);
        return false;
    }
    g_autofree char *line = g_strdup_printf("device_del %s", id);
    GError *e = NULL;
    if (!journal_line(q->m, line, &e) || !pci_hotplug_del(q->m, id, &e)) {
        g_set_error_literal(err, QMP_ERROR, QMP_GENERIC, e->message);
        g_error_free(e);
        return false;
    }
    return true;
}

void qmp_hotplug_events(Qmp *q)
{
    char *id;
    while ((id = pci_hotplug_take_deleted(q->m))) {
        GString *d = g_string_new("{");
        if (id[0] == '/') {   /* a virtio device's backend */
            g_string_append(d, "\"path\": ");
            g_autofree char *path = g_strdup_printf("/machine/peripheral%s",
                                                    id);
            json_append_str(d, path);
        } else {
            g_string_append(d, "\"device\": ");
            json_append_str(d, id);
            g_string_append(d, ", \"path\": ");
            g_autofree char *path = g_strdup_printf("/machine/peripheral/%s",
                                                    id);
            json_append_str(d, path);
        }
        g_string_append_c(d, '}');
        qmp_event(q, "DEVICE_DELETED", d->str);
        g_string_free(d, TRUE);
        g_free(id);
    }
}
