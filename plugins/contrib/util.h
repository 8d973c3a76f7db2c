/* SPDX-License-Identifier: MIT */
/*
 * Option parsing shared by the bundled plugins (header-only: each
 * plugin is its own shared object). Options arrive as "key=value".
 */
#ifndef FARAD_PLUGIN_CONTRIB_UTIL_H
#define FARAD_PLUGIN_CONTRIB_UTIL_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "farad-plugin.h"

/* If opt is "key=..." return the value, else NULL. */
static inline const char *opt_value(const char *opt, const char *key)
{
    size_t n = strlen(key);
    if (!strncmp(opt, key, n) && opt[n] == '=') {
        return opt + n + 1;
    }
    return NULL;
}

static inline bool opt_u64(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s || *end) {
        return false;
    }
    *out = v;
    return true;
}

/* "LO-HI" (numbers in C syntax): the half-open range [LO, HI). */
static inline bool opt_range(const char *s, uint64_t *lo, uint64_t *hi)
{
    char buf[64];
    const char *dash = strchr(s, '-');
    if (!dash || (size_t)(dash - s) >= sizeof(buf)) {
        return false;
    }
    memcpy(buf, s, (size_t)(dash - s));
    buf[dash - s] = 0;
    return opt_u64(buf, lo) && opt_u64(dash + 1, hi) && *lo < *hi;
}

/* Report a bad option through the install error and return -1. */
static inline int opt_error(farad_plugin_id id, const char *what,
                            const char *opt)
{
    char msg[256];
    snprintf(msg, sizeof(msg), "%s '%s'", what, opt);
    farad_plugin_set_error(id, msg);
    return -1;
}

#endif
