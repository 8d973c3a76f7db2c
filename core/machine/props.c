/* SPDX-License-Identifier: MIT */
/*
 * Typed property tables (see props.h): parsing values from the command
 * line and compat rows, defaults, formatting and `-device NAME,help`.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "machine.h"
#include "props.h"

const PropDesc *props_find(const PropDesc *props, const char *name)
{
    for (const PropDesc *p = props; p && p->name; p++) {
        if (!strcmp(p->name, name)) {
            return p;
        }
    }
    return NULL;
}

static void *field(void *obj, const PropDesc *p)
{
    return (char *)obj + p->offset;
}

void props_set_defaults(const PropDesc *props, void *obj)
{
    for (const PropDesc *p = props; p && p->name; p++) {
        switch (p->type) {
        case PROP_TYPE_U32:
            *(uint32_t *)field(obj, p) = (uint32_t)p->def;
            break;
        case PROP_TYPE_U64:
            *(uint64_t *)field(obj, p) = p->def;
            break;
        case PROP_TYPE_BOOL:
            *(bool *)field(obj, p) = p->def != 0;
            break;
        case PROP_TYPE_STR: {
            char **s = field(obj, p);
            g_free(*s);
            *s = g_strdup(p->def_str);
            break;
        }
        }
    }
}

void props_free(const PropDesc *props, void *obj)
{
    for (const PropDesc *p = props; p && p->name; p++) {
        if (p->type == PROP_TYPE_STR) {
            char **s = field(obj, p);
            g_free(*s);
            *s = NULL;
        }
    }
}

static const char *type_name(PropType t)
{
    switch (t) {
    case PROP_TYPE_U32: return "uint32";
    case PROP_TYPE_U64: return "uint64";
    case PROP_TYPE_BOOL: return "bool";
    case PROP_TYPE_STR: return "str";
    }
    return "?";
}

/* Parse a number with an optional K/M/G/T suffix (powers of 1024). */
static bool parse_number(const char *s, uint64_t *out)
{
    char *end;
    if (!*s || *s == '-' || *s == ' ') {
        return false;
    }
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s) {
        return false;
    }
    unsigned shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'M': shift = 20; end++; break;
    case 'G': shift = 30; end++; break;
    case 'T': shift = 40; end++; break;
    default: break;
    }
    if (*end || (shift && v > (UINT64_MAX >> shift))) {
        return false;
    }
    *out = (uint64_t)v << shift;
    return true;
}

bool prop_parse_u64(const char *s, uint64_t *out)
{
    return parse_number(s, out);
}

bool prop_parse_bool(const char *s, bool *out)
{
    if (!strcmp(s, "on") || !strcmp(s, "yes") || !strcmp(s, "true")) {
        *out = true;
    } else if (!strcmp(s, "off") || !strcmp(s, "no") ||
               !strcmp(s, "false")) {
        *out = false;
    } else {
        return false;
    }
    return true;
}

static bool parse_value(const PropDesc *p, void *dst, const char *val,
                        const char *who, GError **err)
{
    uint64_t v = 0;
    bool b;
    switch (p->type) {
    case PROP_TYPE_U32:
        if (!parse_number(val, &v) || v > UINT32_MAX) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: property '%s' takes a uint32, not '%s'", who,
                        p->name, val);
            return false;
        }
        if (dst) {
            *(uint32_t *)dst = (uint32_t)v;
        }
        return true;
    case PROP_TYPE_U64:
        if (!parse_number(val, &v)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: property '%s' takes a uint64, not '%s'", who,
                        p->name, val);
            return false;
        }
        if (dst) {
            *(uint64_t *)dst = v;
        }
        return true;
    case PROP_TYPE_BOOL:
        if (!prop_parse_bool(val, &b)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: property '%s' takes on or off, not '%s'", who,
                        p->name, val);
            return false;
        }
        if (dst) {
            *(bool *)dst = b;
        }
        return true;
    case PROP_TYPE_STR:
        if (dst) {
            char **s = dst;
            g_free(*s);
            *s = g_strdup(val);
        }
        return true;
    }
    return false;
}

/* The type's syntax first, then the row's own rule. */
static bool value_ok(const PropDesc *p, const char *val, const char *who,
                     GError **err)
{
    who = p->err_who ? p->err_who : who;
    return parse_value(p, NULL, val, who, err) &&
           (!p->check || p->check(p, val, who, err));
}

bool prop_parse(const PropDesc *p, void *obj, const char *val,
                const char *who, GError **err)
{
    return value_ok(p, val, who, err) &&
           parse_value(p, field(obj, p), val, who, err);
}

bool prop_check(const PropDesc *p, const char *val, const char *who,
                GError **err)
{
    return value_ok(p, val, who, err);
}

char *prop_caveat(const PropDesc *p, const char *val)
{
    return p->caveat ? p->caveat(p, val) : NULL;
}

bool props_set(const PropDesc *props, void *obj, const char *name,
               const char *val, const char *who, GError **err)
{
    const PropDesc *p = props_find(props, name);
    if (!p) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: property '%s' not found (value '%s')", who, name,
                    val);
        return false;
    }
    return prop_parse(p, obj, val, who, err);
}

char *prop_format(const PropDesc *p, const void *obj)
{
    const void *f = (const char *)obj + p->offset;
    switch (p->type) {
    case PROP_TYPE_U32:
        return g_strdup_printf("%u", *(const uint32_t *)f);
    case PROP_TYPE_U64:
        return g_strdup_printf("%llu",
                               (unsigned long long)*(const uint64_t *)f);
    case PROP_TYPE_BOOL:
        return g_strdup(*(const bool *)f ? "true" : "false");
    case PROP_TYPE_STR: {
        const char *s = *(char *const *)f;
        return g_strdup(s ? s : "");
    }
    }
    return g_strdup("?");
}

static int cmp_props(const void *a, const void *b)
{
    const PropDesc *const *x = a, *const *y = b;
    return strcmp((*x)->name, (*y)->name);
}

void props_print_help(FILE *f, const char *devname, const PropDesc *props)
{
    size_t n = 0;
    for (const PropDesc *p = props; p && p->name; p++) {
        n++;
    }
    const PropDesc **sorted = g_new(const PropDesc *, n + 1);
    for (size_t i = 0; i < n; i++) {
        sorted[i] = &props[i];
    }
    qsort(sorted, n, sizeof(*sorted), cmp_props);
    fprintf(f, "%s options:\n", devname);
    for (size_t i = 0; i < n; i++) {
        const PropDesc *p = sorted[i];
        char *lhs = g_strdup_printf("%s=<%s>", p->name, type_name(p->type));
        fprintf(f, "  %-22s - %s", lhs, p->help ? p->help : "");
        if (p->type == PROP_TYPE_U32) {
            fprintf(f, " (default: %u)", (uint32_t)p->def);
        } else if (p->type == PROP_TYPE_U64) {
            fprintf(f, " (default: %llu)", (unsigned long long)p->def);
        } else if (p->type == PROP_TYPE_BOOL) {
            fprintf(f, " (default: %s)", p->def ? "true" : "false");
        } else if (p->def_str) {
            fprintf(f, " (default: \"%s\")", p->def_str);
        }
        fputc('\n', f);
        g_free(lhs);
    }
    g_free(sorted);
}
