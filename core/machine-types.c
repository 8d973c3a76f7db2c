/* SPDX-License-Identifier: MIT */
/*
 * The machine-type table (see machine-types.h). Values come from QEMU
 * 7.2's pseries-2.7 class options (spec/phb-migration.md §3.4 and the
 * device-tree fixtures): pseries-2.7 moves the PHB back to the 2.7
 * single 62 GiB MMIO window and placement, marks PHB and CPU state for
 * pre-2.8 migration, defaults to a POWER7 CPU and has no dedicated
 * hot-plug event source.
 */
#include <string.h>

#include "device.h"
#include "machine-types.h"

static const MachineType pseries_2_8 = {
    .name = "pseries-2.8",
    .alias = "pseries",
    .desc = "pSeries Logical Partition (PAPR compliant)",
    .is_default = true,
    .newer = NULL,
    .compat = NULL,
};

static const CompatProp pseries_2_7_compat[] = {
    { "spapr-pci-host-bridge", "mem_win_size", "0xf80000000" },
    { "spapr-pci-host-bridge", "mem64_win_size", "0" },
    { "powerpc64-cpu", "pre-2.8-migration", "on" },
    { "spapr-pci-host-bridge", "pre-2.8-migration", "on" },
    { "spapr-machine", "x-legacy-phb-placement", "on" },
    { "spapr-machine", "cpu-type", "POWER7" },
    { "spapr-machine", "modern-hotplug-events", "off" },
    { NULL, NULL, NULL },
};

static const MachineType pseries_2_7 = {
    .name = "pseries-2.7",
    .desc = "pSeries Logical Partition (PAPR compliant)",
    .newer = &pseries_2_8,
    .compat = pseries_2_7_compat,
};

static const MachineType *const all_types[] = {
    &pseries_2_8, &pseries_2_7, NULL,
};

const MachineType *const *machine_types(void)
{
    return all_types;
}

const MachineType *machine_type_find(const char *name)
{
    for (const MachineType *const *t = all_types; *t; t++) {
        if (!strcmp((*t)->name, name) ||
            ((*t)->alias && !strcmp((*t)->alias, name))) {
            return *t;
        }
    }
    return NULL;
}

void machine_types_print_help(FILE *f)
{
    /* QEMU lists oldest first, with the alias line before the default */
    size_t n = 0;
    while (all_types[n]) {
        n++;
    }
    fprintf(f, "Supported machines are:\n");
    for (size_t i = n; i-- > 0;) {
        const MachineType *t = all_types[i];
        if (t->alias) {
            fprintf(f, "%-20s %s (alias of %s)\n", t->alias, t->desc,
                    t->name);
        }
        fprintf(f, "%-20s %s%s\n", t->name, t->desc,
                t->is_default ? " (default)" : "");
    }
}

static bool apply_rows(const MachineType *t, const char *driver,
                       const PropDesc *props, void *obj, GError **err)
{
    if (t->newer && !apply_rows(t->newer, driver, props, obj, err)) {
        return false;
    }
    for (const CompatProp *c = t->compat; c && c->driver; c++) {
        if (strcmp(c->driver, driver)) {
            continue;
        }
        GError *e = NULL;
        if (!props_set(props, obj, c->prop, c->value, driver, &e)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "machine type %s: compat %s.%s=%s: %s", t->name,
                        c->driver, c->prop, c->value, e->message);
            g_error_free(e);
            return false;
        }
    }
    return true;
}

bool machine_type_apply_compat(const MachineType *t, const char *driver,
                               const PropDesc *props, void *obj,
                               GError **err)
{
    return apply_rows(t, driver, props, obj, err);
}

bool machine_type_check(const MachineType *t, unsigned *pending,
                        GError **err)
{
    unsigned skipped = 0;
    for (const MachineType *m = t; m; m = m->newer) {
        for (const CompatProp *c = m->compat; c && c->driver; c++) {
            const DeviceClass *dc = device_class_find(c->driver);
            if (!dc) {
                skipped++;
                continue;
            }
            const PropDesc *p = props_find(dc->props, c->prop);
            GError *e = NULL;
            if (!p || !prop_check(p, c->value, c->driver, &e)) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "machine type %s: compat %s.%s=%s: %s", m->name,
                            c->driver, c->prop, c->value,
                            e ? e->message : "no such property");
                if (e) {
                    g_error_free(e);
                }
                return false;
            }
        }
    }
    if (pending) {
        *pending = skipped;
    }
    return true;
}
