/* SPDX-License-Identifier: MIT */
/*
 * Typed property tables: one row per device property (name, type,
 * offset in the state struct, default; optionally a rule beyond the
 * type and a caveat for values accepted but not fully honoured, such
 * as the machine's cap-* and ic-mode). The same table drives -device
 * and -global parsing, `-device NAME,help`, machine-type compat rows and
 * (later) the property values recorded in snapshots.
 */
#ifndef FARAD_CORE_PROPS_H
#define FARAD_CORE_PROPS_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum PropType {
    PROP_TYPE_U32,
    PROP_TYPE_U64,
    PROP_TYPE_BOOL,
    PROP_TYPE_STR,     /* char *, owned by the object (g_free) */
} PropType;

typedef struct PropDesc PropDesc;

/* A row's own rule on top of its type (an enumeration, a value farad
 * cannot honour): called once the value parsed as the type; returns
 * false with err set to one line naming `who`. */
typedef bool PropCheckFn(const PropDesc *p, const char *val,
                         const char *who, GError **err);

/* For a value farad accepts without honouring it fully: the caveat the
 * command line reports ("KEY=VAL: what happens instead", newly
 * allocated), or NULL when the value is honoured. */
typedef char *PropCaveatFn(const PropDesc *p, const char *val);

struct PropDesc {
    const char *name;      /* as on the command line; NULL ends a table */
    PropType type;
    size_t offset;         /* offsetof(State, field) */
    uint64_t def;          /* default for U32/U64/BOOL */
    const char *def_str;   /* default for STR (NULL: unset) */
    const char *help;      /* one line for -device NAME,help, or NULL */
    PropCheckFn *check;    /* optional rule beyond the type */
    PropCaveatFn *caveat;  /* optional: values not fully honoured */
    const char *err_who;   /* errors start with this instead of the
                              caller's `who` (NULL: the caller's) */
};

#define PROP_U32(n, T, f, d) \
    { .name = (n), .type = PROP_TYPE_U32, .offset = offsetof(T, f), \
      .def = (uint32_t)(d) }
#define PROP_U64(n, T, f, d) \
    { .name = (n), .type = PROP_TYPE_U64, .offset = offsetof(T, f), \
      .def = (uint64_t)(d) }
#define PROP_BOOL(n, T, f, d) \
    { .name = (n), .type = PROP_TYPE_BOOL, .offset = offsetof(T, f), \
      .def = (d) ? 1 : 0 }
#define PROP_STR(n, T, f, d, h) \
    { .name = (n), .type = PROP_TYPE_STR, .offset = offsetof(T, f), \
      .def_str = (d), .help = (h) }
#define PROP_END { .name = NULL }

/* Rows with help, their own check and caveat (either may be NULL), and
 * the name their errors start with (NULL: the caller's `who`). */
#define PROP_BOOL_CHECKED(n, T, f, d, h, chk, cav, w) \
    { .name = (n), .type = PROP_TYPE_BOOL, .offset = offsetof(T, f), \
      .def = (d) ? 1 : 0, .help = (h), .check = (chk), .caveat = (cav), \
      .err_who = (w) }
#define PROP_U64_CHECKED(n, T, f, d, h, chk, cav, w) \
    { .name = (n), .type = PROP_TYPE_U64, .offset = offsetof(T, f), \
      .def = (uint64_t)(d), .help = (h), .check = (chk), .caveat = (cav), \
      .err_who = (w) }
#define PROP_STR_CHECKED(n, T, f, d, h, chk, cav, w) \
    { .name = (n), .type = PROP_TYPE_STR, .offset = offsetof(T, f), \
      .def_str = (d), .help = (h), .check = (chk), .caveat = (cav), \
      .err_who = (w) }

/* The row called name, or NULL. */
const PropDesc *props_find(const PropDesc *props, const char *name);

/* Store every row's default into obj (strings are duplicated). */
void props_set_defaults(const PropDesc *props, void *obj);

/* Free the strings of obj's STR rows. */
void props_free(const PropDesc *props, void *obj);

/*
 * Parse val as p's type (then p's own check, if any) and store it into
 * obj. Numbers take C syntax (0x.., decimal) and, for sizes, K/M/G/T
 * suffixes; booleans take on/off/yes/no/true/false. On error returns
 * false and sets err to one line naming `who` (the device), the
 * property and the value.
 */
bool prop_parse(const PropDesc *p, void *obj, const char *val,
                const char *who, GError **err);

/* Like prop_parse but finds the property by name first ("property 'x'
 * not found" error names the device). */
bool props_set(const PropDesc *props, void *obj, const char *name,
               const char *val, const char *who, GError **err);

/* Check that val parses for the property and passes its own check (no
 * object needed). */
bool prop_check(const PropDesc *p, const char *val, const char *who,
                GError **err);

/* Parse val as a U64 row does (C syntax, K/M/G/T suffixes) into *out;
 * false when it is not such a number. */
bool prop_parse_u64(const char *val, uint64_t *out);

/* Parse val as on/off/yes/no/true/false into *out; false otherwise. */
bool prop_parse_bool(const char *val, bool *out);

/* p's caveat for val (see PropCaveatFn), or NULL. */
char *prop_caveat(const PropDesc *p, const char *val);

/* The current value as text (newly allocated), as -device help and
 * info qtree print it. */
char *prop_format(const PropDesc *p, const void *obj);

/* Print "NAME options:" and one line per property, sorted by name, in
 * the layout of qemu-system-ppc64 -device NAME,help. */
void props_print_help(FILE *f, const char *devname, const PropDesc *props);

#endif
