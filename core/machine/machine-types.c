/* SPDX-License-Identifier: MIT */
/*
 * The machine-type table (see machine-types.h), laid out as QEMU 7.2
 * does it: the newest type, pseries-7.2, is the devices' and the
 * machine's own property defaults (no rows); each older type is the next
 * newer one plus compat rows, so pseries-2.8 = pseries-7.2 + the rows
 * QEMU's 2.9 .. 7.1 compat levels add (only those for properties farad
 * models, folded into one list), and pseries-2.7 = pseries-2.8 + 2.7's
 * rows. "pseries" is an alias of pseries-7.2, the default machine, as
 * in QEMU 7.2 (snapshots store the canonical name; see machine-types.h
 * for the older meaning of the alias).
 *
 * Values come from QEMU 7.2's class options and the device-tree,
 * qtree and migration fixtures (fixtures/qemu-7.2, spec/phb-migration.md
 * §3.4). x-* properties stand for QEMU machine-class fields that are
 * not properties there (legacy_irq_allocation, smp_threads_vsmt,
 * dr_phb_enabled, update_dt_enabled, ...); they exist so the
 * difference is a row here.
 */
#include <string.h>

#include "board.h"
#include "device.h"
#include "machine-types.h"

static const MachineType pseries_7_2 = {
    .name = "pseries-7.2",
    .alias = "pseries",
    .desc = "pSeries Logical Partition (PAPR compliant)",
    .is_default = true,
    .newer = NULL,
    .compat = NULL,
};

static const CompatProp pseries_2_8_compat[] = {
    /* 7.1 .. 4.0: CPU, interrupt controller and capabilities */
    { "spapr-machine", "cpu-type", "POWER8" },           /* 4.0 */
    { "spapr-machine", "cap-large-decr", "off" },        /* 4.0 */
    { "spapr-machine", "ic-mode", "xics" },              /* 4.0 */
    { "spapr-machine", "x-legacy-irq-allocation", "on" },/* 3.1 */
    { "spapr-machine", "cap-cfpc", "broken" },           /* 3.1 */
    { "spapr-machine", "cap-sbbc", "broken" },           /* 3.1 */
    { "spapr-machine", "cap-ibs", "broken" },            /* 3.1 */
    { "spapr-machine", "cap-ccf-assist", "off" },        /* 4.0 */
    { "spapr-machine", "cap-hpt-max-page-size", "16G" }, /* 3.0 */
    { "spapr-machine", "cap-fwnmi", "off" },             /* 4.2 */
    /* topology: vCPU ids 0, 8, 16 ... and a socket per CPU (6.1) */
    { "spapr-machine", "x-smp-threads-vsmt", "off" },
    { "spapr-machine", "x-prefer-sockets", "on" },
    /* device tree */
    { "spapr-machine", "x-pre-5.2-numa-associativity", "on" },
    { "spapr-machine", "x-dr-phb", "off" },              /* 4.1 */
    { "spapr-machine", "x-nvdimm", "off" },              /* 4.1 */
    { "spapr-machine", "x-linux-pci-probe", "off" },     /* 4.1 */
    { "spapr-machine", "resize-hpt", "disabled" },       /* 2.9 */
    /* CAS: KVMPPC_H_UPDATE_DT ignores the guest's tree */
    { "spapr-machine", "x-update-dt", "off" },           /* 3.1 */
    /* PCI host bridge */
    { "spapr-pci-host-bridge", "pgsz", "0x11000" },      /* 3.1 */
    { "spapr-pci-host-bridge", "pcie-extended-configuration-space",
      "off" },                                           /* 5.0 */
    { "spapr-pci-host-bridge", "pre-5.1-associativity", "on" },
    { "spapr-pci-host-bridge", "x-config-reg-migration-enabled", "off" },
    { "virtio-rng-pci", "vectors", "0" },                 /* 7.1 */
    /* QEMU's 7.1 row is for the abstract virtio-device */
    { "virtio-rng-pci", "queue_reset", "off" },           /* 7.1 */
    { "virtio-blk-pci", "queue_reset", "off" },           /* 7.1 */
    { "virtio-net-pci", "queue_reset", "off" },           /* 7.1 */
    { "virtio-serial-pci", "queue_reset", "off" },        /* 7.1 */
    { "virtio-net-pci", "vectors", "3" },                 /* 5.2 */
    { "virtio-blk-pci", "queue-size", "128" },            /* 4.2 */
    { "virtio-blk-pci", "discard", "off" },               /* 3.1 */
    { "virtio-blk-pci", "write-zeroes", "off" },          /* 3.1 */
    { NULL, NULL, NULL },
};

static const MachineType pseries_2_8 = {
    .name = "pseries-2.8",
    .desc = "pSeries Logical Partition (PAPR compliant)",
    .newer = &pseries_7_2,
    .compat = pseries_2_8_compat,
};

static const CompatProp pseries_2_7_compat[] = {
    { "spapr-pci-host-bridge", "mem_win_size", "0xf80000000" },
    { "spapr-pci-host-bridge", "mem64_win_size", "0" },
    { "powerpc64-cpu", "pre-2.8-migration", "on" },
    { "spapr-pci-host-bridge", "pre-2.8-migration", "on" },
    { "spapr-machine", "x-legacy-phb-placement", "on" },
    { "spapr-machine", "cpu-type", "POWER7" },
    { "spapr-machine", "modern-hotplug-events", "off" },
    /* QEMU's row is for the abstract virtio-pci: one per device here */
    { "virtio-rng-pci", "page-per-vq", "on" },
    { "virtio-blk-pci", "page-per-vq", "on" },
    { "virtio-serial-pci", "page-per-vq", "on" },
    { "virtio-serial-pci", "emergency-write", "off" },    /* 2.7 */
    { NULL, NULL, NULL },
};

static const MachineType pseries_2_7 = {
    .name = "pseries-2.7",
    .desc = "pSeries Logical Partition (PAPR compliant)",
    .newer = &pseries_2_8,
    .compat = pseries_2_7_compat,
};

static const MachineType *const all_types[] = {
    &pseries_7_2, &pseries_2_8, &pseries_2_7, NULL,
};

const char *machine_type_legacy_name(const char *stored)
{
    return stored && !strcmp(stored, "pseries") ? "pseries-2.8" : stored;
}

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

bool machine_type_check(const MachineType *t, const Board *b,
                        unsigned *pending, GError **err)
{
    unsigned skipped = 0;
    for (const MachineType *m = t; m; m = m->newer) {
        for (const CompatProp *c = m->compat; c && c->driver; c++) {
            const DeviceClass *dc = device_class_find(b, c->driver);
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
