/* SPDX-License-Identifier: MIT */
/*
 * Machine types as data: pseries-7.2, the newest, is the devices' own
 * defaults; each older type is the next newer one plus a list of compat
 * rows (driver, property, value), as QEMU's SPAPR_COMPAT_x_y globals:
 * pseries-7.2 is the default and the alias "pseries" (as in QEMU 7.2);
 * pseries-2.8 = 7.2 + rows, pseries-2.7 = 2.8 + rows. Until the alias
 * moved, "pseries" meant pseries-2.8: machine_type_legacy_name maps a
 * name stored by such a build. Rows for drivers farad does not have yet are kept in
 * the table and skipped when applied.
 */
#ifndef FARAD_CORE_MACHINE_TYPES_H
#define FARAD_CORE_MACHINE_TYPES_H

#include <stdbool.h>
#include <stdio.h>

#include "props.h"

struct Board;

typedef struct CompatProp {
    const char *driver;   /* device class, or "spapr-machine" */
    const char *prop;
    const char *value;
} CompatProp;

typedef struct MachineType {
    const char *name;                 /* "pseries-2.7" */
    const char *alias;                /* "pseries" or NULL */
    const char *desc;
    bool is_default;
    const struct MachineType *newer;  /* this = newer + compat; NULL: base */
    const CompatProp *compat;         /* { NULL }-terminated, or NULL */
} MachineType;

/* The type called name (or whose alias is name), or NULL. */
const MachineType *machine_type_find(const char *name);

/* The canonical name a snapshot or recording written before "pseries"
 * became pseries-7.2's alias means by `stored`: "pseries" is
 * "pseries-2.8" there; any other name is itself. */
const char *machine_type_legacy_name(const char *stored);

/* Every type, newest first, NULL-terminated. */
const MachineType *const *machine_types(void);

/* Print the list in the layout of qemu-system-ppc64 -machine help. */
void machine_types_print_help(FILE *f);

/*
 * Apply t's compat rows for `driver` to obj through props: the rows of
 * the newest type in the chain first, t's own last (so the oldest type
 * wins). Returns false with err naming the machine type, driver,
 * property and value when a row does not parse.
 */
bool machine_type_apply_compat(const MachineType *t, const char *driver,
                               const PropDesc *props, void *obj,
                               GError **err);

/* Validate every compat row of t whose driver board b has (property
 * name and value); rows for drivers not built yet are skipped and
 * counted in *pending (may be NULL). */
bool machine_type_check(const MachineType *t, const struct Board *b,
                        unsigned *pending, GError **err);

#endif
