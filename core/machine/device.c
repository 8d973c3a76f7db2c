/* SPDX-License-Identifier: MIT */
/*
 * The device model (see device.h): class lookup in the board's table,
 * creation with the
 * defaults -> compat -> -global -> -device property order, reset and
 * teardown, and -device/-global help and checks.
 */
#include <string.h>

#include "board.h"
#include "device.h"
#include "machine-types.h"
#include "platform.h"

const DeviceClass *device_class_find(const Board *b, const char *name)
{
    for (const DeviceClass *const *c = b->classes; *c; c++) {
        if (!strcmp((*c)->name, name) ||
            ((*c)->alias && !strcmp((*c)->alias, name))) {
            return *c;
        }
    }
    return NULL;
}

/* Apply "driver.prop=value" -global arguments that name this driver. */
static bool apply_globals(Machine *m, const DeviceClass *dc, void *obj,
                          GError **err)
{
    GPtrArray *globals = m->cfg.globals;
    for (guint i = 0; globals && i < globals->len; i++) {
        const char *g = g_ptr_array_index(globals, i);
        const char *dot = strchr(g, '.');
        const char *eq = dot ? strchr(dot, '=') : NULL;
        if (!dot || !eq || (size_t)(dot - g) != strlen(dc->name) ||
            strncmp(g, dc->name, (size_t)(dot - g))) {
            continue;
        }
        char *prop = g_strndup(dot + 1, (size_t)(eq - dot - 1));
        bool ok = props_set(dc->props, obj, prop, eq + 1, dc->name, err);
        g_free(prop);
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool device_apply_config(Machine *m, const DeviceClass *dc, void *obj,
                         GError **err)
{
    props_set_defaults(dc->props, obj);
    return machine_type_apply_compat(m->type, dc->name, dc->props, obj, err)
           && apply_globals(m, dc, obj, err);
}

Device *device_create(Machine *m, const char *name, const char *opts,
                      GError **err)
{
    const DeviceClass *dc = device_class_find(m->cfg.board, name);
    if (!dc) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "'%s' is not a valid device model name", name);
        return NULL;
    }
    Device *d = g_malloc0(dc->size);
    d->cls = dc;
    d->machine = m;
    bool ok = device_apply_config(m, dc, d, err);
    gchar **parts = opts ? g_strsplit(opts, ",", -1) : NULL;
    for (int i = 0; ok && parts && parts[i]; i++) {
        if (!parts[i][0]) {
            continue;
        }
        char *eq = strchr(parts[i], '=');
        if (!eq) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: expected prop=value, got '%s'", name, parts[i]);
            ok = false;
            break;
        }
        *eq = 0;
        if (!strcmp(parts[i], "id")) {
            g_free(d->id);
            d->id = g_strdup(eq + 1);
            continue;
        }
        ok = props_set(dc->props, d, parts[i], eq + 1, name, err);
    }
    g_strfreev(parts);
    if (ok && dc->realize) {
        ok = dc->realize(d, err);
    }
    if (!ok) {
        props_free(dc->props, d);
        g_free(d->id);
        g_free(d);
        return NULL;
    }
    Device **tail = &m->devices;
    while (*tail) {
        tail = &(*tail)->next;
    }
    *tail = d;
    return d;
}

Device *device_create_from_arg(Machine *m, const char *arg, GError **err)
{
    const char *comma = strchr(arg, ',');
    char *name = comma ? g_strndup(arg, (size_t)(comma - arg)) : g_strdup(arg);
    if (!strncmp(arg, "driver=", 7)) {
        g_free(name);
        name = comma ? g_strndup(arg + 7, (size_t)(comma - arg - 7))
                     : g_strdup(arg + 7);
    }
    const DeviceClass *dc = device_class_find(m->cfg.board, name);
    Device *d = NULL;
    if (dc && !dc->user_creatable) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Parameter 'driver' expects a pluggable device type");
    } else {
        d = device_create(m, name, comma ? comma + 1 : NULL, err);
    }
    g_free(name);
    if (!d) {
        /* QEMU names the whole argument before the message */
        g_prefix_error(err, "-device %s: ", arg);
    }
    return d;
}

void device_reset_all(Machine *m)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (d->cls->reset) {
            d->cls->reset(d);
        }
    }
}

static void free_chain(Device *d)
{
    if (!d) {
        return;
    }
    free_chain(d->next);
    if (d->cls->unrealize) {
        d->cls->unrealize(d);
    }
    props_free(d->cls->props, d);
    g_free(d->id);
    g_free(d);
}

void device_destroy(Device *d)
{
    Device **p = &d->machine->devices;
    while (*p && *p != d) {
        p = &(*p)->next;
    }
    g_assert(*p == d);
    *p = d->next;
    d->next = NULL;
    free_chain(d);
}

Device *device_find_id(Machine *m, const char *id)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (d->id && !strcmp(d->id, id)) {
            return d;
        }
    }
    return NULL;
}

void device_free_all(Machine *m)
{
    free_chain(m->devices);
    m->devices = NULL;
}

Device *device_find(Machine *m, const char *name)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (!strcmp(d->cls->name, name)) {
            return d;
        }
    }
    return NULL;
}

/* QEMU's -device help sections, in its order. */
static const char *const device_categories[] = {
    "Controller/Bridge/Hub", "USB", "Storage", "Network", "Input",
    "Display", "Sound", "Misc", "CPU", "Watchdog", NULL,
};

static int class_by_name(gconstpointer a, gconstpointer b)
{
    const DeviceClass *x = *(const DeviceClass *const *)a;
    const DeviceClass *y = *(const DeviceClass *const *)b;
    return strcmp(x->name, y->name);
}

/* The user-creatable classes as QEMU lists them: by section (a blank
 * line between sections), by name within one, each line `name "N"`
 * then `, bus B` and `, desc "D"` when there are. */
static void print_device_list(const Board *b, FILE *f)
{
    GPtrArray *all = g_ptr_array_new();
    for (const DeviceClass *const *c = b->classes; *c; c++) {
        if ((*c)->user_creatable) {
            g_ptr_array_add(all, (gpointer)*c);
        }
    }
    g_ptr_array_sort(all, class_by_name);
    bool first = true;
    for (size_t k = 0; k <= G_N_ELEMENTS(device_categories) - 1; k++) {
        const char *cat = device_categories[k];   /* NULL: Uncategorized */
        bool header = false;
        for (guint i = 0; i < all->len; i++) {
            const DeviceClass *dc = g_ptr_array_index(all, i);
            bool in = cat ? dc->category && !strcmp(dc->category, cat)
                          : !dc->category;
            if (!in) {
                continue;
            }
            if (!header) {
                fprintf(f, "%s%s devices:\n", first ? "" : "\n",
                        cat ? cat : "Uncategorized");
                header = true;
                first = false;
            }
            fprintf(f, "name \"%s\"", dc->name);
            if (dc->bus) {
                fprintf(f, ", bus %s", dc->bus);
            }
            if (dc->alias) {
                fprintf(f, ", alias \"%s\"", dc->alias);
            }
            if (dc->desc) {
                fprintf(f, ", desc \"%s\"", dc->desc);
            }
            fputc('\n', f);
        }
    }
    g_ptr_array_free(all, true);
}

bool device_help(const Board *b, const char *arg, FILE *f, GError **err)
{
    if (!strcmp(arg, "help") || !strcmp(arg, "?")) {
        print_device_list(b, f);
        return true;
    }
    const char *comma = strchr(arg, ',');
    if (!comma || (strcmp(comma + 1, "help") && strcmp(comma + 1, "?"))) {
        return false;
    }
    char *name = g_strndup(arg, (size_t)(comma - arg));
    const DeviceClass *dc = device_class_find(b, name);
    if (!dc) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-device %s: unknown device (-device help lists them)",
                    name);
    } else {
        props_print_help(f, dc->name, dc->props);
    }
    g_free(name);
    return true;
}

bool device_global_check(const Board *b, const char *arg, GError **err)
{
    const char *dot = strchr(arg, '.');
    const char *eq = dot ? strchr(dot, '=') : NULL;
    if (!dot || !eq || dot == arg || eq == dot + 1) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-global %s: expected driver.property=value", arg);
        return false;
    }
    char *driver = g_strndup(arg, (size_t)(dot - arg));
    char *prop = g_strndup(dot + 1, (size_t)(eq - dot - 1));
    const DeviceClass *dc = device_class_find(b, driver);
    bool ok = true;
    if (dc) {
        const PropDesc *p = props_find(dc->props, prop);
        if (!p) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-global %s: device '%s' has no property '%s' "
                        "(value '%s')", arg, driver, prop, eq + 1);
            ok = false;
        } else {
            ok = prop_check(p, eq + 1, driver, err);
        }
    }
    /* a driver farad does not have: accepted and ignored, as QEMU does
     * for globals that match no device */
    g_free(driver);
    g_free(prop);
    return ok;
}
