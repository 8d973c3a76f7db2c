/* SPDX-License-Identifier: MIT */
/*
 * The device model: a device is one .c file with its state struct (which
 * starts with a Device), a typed property table, create/reset/destroy
 * hooks, its MMIO regions on the machine's bus and a snapshot
 * description. No type registry at run time: the list of classes is a
 * constant table of the machine's board (board.h, board/devices.c).
 *
 * Property values are applied in QEMU's order: the table's defaults
 * (= pseries-7.2, the newest type), then the machine type's compat rows (newest type
 * first, so the oldest type's rows win), then -global, then the
 * -device options themselves.
 */
#ifndef FARAD_CORE_DEVICE_H
#define FARAD_CORE_DEVICE_H

#include "machine.h"
#include "props.h"
#include "base/snapdesc.h"

typedef struct Device Device;

typedef struct DeviceClass {
    const char *name;           /* "spapr-vty" */
    const char *desc;           /* -device help's desc, QEMU's (NULL:
                                   QEMU's device has none) */
    const char *category;       /* -device help's section, QEMU's
                                   ("Misc"; NULL: "Uncategorized") */
    const char *alias;          /* QEMU's short alias ("virtio-rng"),
                                   accepted by -device, or NULL */
    const char *bus;            /* the bus -device help names, QEMU's
                                   ("PCI", "System", "spapr-vio-bus"), or
                                   NULL */
    size_t size;                /* sizeof the state struct */
    const PropDesc *props;      /* PROP_END-terminated */
    const SnapSection *snap;    /* NULL: no state to save */
    bool user_creatable;        /* may be given with -device */
    bool vio;                   /* on the sPAPR VIO bus (SpaprVioDevice) */
    /* Called once the properties are final; may map MMIO, claim IRQs.
     * Returns false with err set (one line) on a configuration error. */
    bool (*realize)(Device *d, GError **err);
    /* Machine reset (also at power-on after realize). Optional. */
    void (*reset)(Device *d);
    /* Release what realize took. Optional. */
    void (*unrealize)(Device *d);
    /* Add the device's node under the current (open) parent in the
     * sequential-write tree: VIO devices under /vdevice, the others
     * under the root after /cpus (PCI host bridges), in creation order.
     * Optional. */
    int (*build_fdt)(Device *d, void *fdt);
    /* Append the dynamic-reconfiguration connector indexes the device
     * owns (uint32_t) to out, in the order they were created (the
     * machine's DRC container order depends on it). Optional. */
    void (*drc_indexes)(Device *d, GArray *out);
    /* The device's i-th physical DR connector (spapr-drc.h), NULL past
     * the last: the PHB's PCI slots. Optional. */
    struct SpaprDrc *(*drc_at)(Device *d, unsigned i);
} DeviceClass;

/* Common header of every device state struct: must be first. */
struct Device {
    const DeviceClass *cls;
    Machine *machine;
    char *id;                   /* -device ...,id=X, or NULL */
    Device *next;               /* machine's list, creation order */
};

struct Board;

/* The class of board b called name (or aliased name), or NULL. */
const DeviceClass *device_class_find(const struct Board *b,
                                     const char *name);

/*
 * Create a device of class `name` on machine m, with options `opts`
 * ("prop=value,..." or NULL; "id=" is taken as the device id), apply
 * defaults, compat rows, -global values and options in that order,
 * realize it and append it to m's device list. Returns NULL with err set
 * to one line naming the device, property and value on any error.
 */
Device *device_create(Machine *m, const char *name, const char *opts,
                      GError **err);

/* Set obj's properties from the table's defaults, the machine type's
 * compat rows and -global, in that order (device_create's first step;
 * also used for the machine options). */
bool device_apply_config(Machine *m, const DeviceClass *dc, void *obj,
                         GError **err);

/* Parse a -device argument "NAME[,prop=value...]" and create it. Errors
 * start with "-device ARG: " as QEMU's do. */
Device *device_create_from_arg(Machine *m, const char *arg, GError **err);

/* Reset every device in creation order. */
void device_reset_all(Machine *m);
/* Unrealize and free every device (reverse order). */
void device_free_all(Machine *m);
/* Take d off m's device list, unrealize and free it (PCI hot-unplug). */
void device_destroy(Device *d);
/* The device with this id, or NULL. */
Device *device_find_id(Machine *m, const char *id);

/* The first device of class name (creation order), or NULL. */
Device *device_find(Machine *m, const char *name);

/*
 * -device help handling for board b: arg "help" lists the
 * user-creatable devices, "NAME,help" (or "NAME,?") prints NAME's
 * properties. Returns true when arg was a help request (output written
 * to f), false otherwise. An unknown NAME is reported in err.
 */
bool device_help(const struct Board *b, const char *arg, FILE *f,
                 GError **err);

/* Check a -global "driver.prop=value" argument (syntax, and the property
 * and value when board b has the driver). */
bool device_global_check(const struct Board *b, const char *arg,
                         GError **err);

#endif
