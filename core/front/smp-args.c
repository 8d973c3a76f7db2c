/* SPDX-License-Identifier: MIT */
/*
 * -smp: QEMU 7.2's topology arithmetic for pseries (machines from 6.2
 * prefer cores over sockets, older ones sockets; the split changes only
 * which of the two an omitted pair becomes, so it is left to the
 * machine type through cfg->smp_cores = 0), its messages, then farad's
 * limits (smp-args.h).
 */
#include <errno.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smp-args.h"
#include "core/machine/spapr.h"

typedef struct SmpArgs {
    uint64_t cpus, maxcpus, sockets, dies, clusters, cores, threads;
    bool zero;                /* some value given as 0 */
} SmpArgs;

static const struct {
    const char *key;
    size_t off;
} smp_keys[] = {
    { "cpus", offsetof(SmpArgs, cpus) },
    { "maxcpus", offsetof(SmpArgs, maxcpus) },
    { "sockets", offsetof(SmpArgs, sockets) },
    { "dies", offsetof(SmpArgs, dies) },
    { "clusters", offsetof(SmpArgs, clusters) },
    { "cores", offsetof(SmpArgs, cores) },
    { "threads", offsetof(SmpArgs, threads) },
};

static bool smp_number(const char *arg, const char *key, const char *s,
                       uint64_t *out, GError **err)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || *s == '-' || *s == '+' ||
        v > INT32_MAX) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-smp %s: Parameter 'smp.%s' expects integer", arg, key);
        return false;
    }
    *out = v;
    return true;
}

/* key=value items; a first item without '=' is cpus. */
static bool smp_parse(const char *arg, SmpArgs *a, GError **err)
{
    gchar **items = g_strsplit(arg, ",", -1);
    bool ok = true;
    for (int i = 0; ok && items[i]; i++) {
        char *it = items[i];
        char *eq = strchr(it, '=');
        const char *key = "cpus", *val = it;
        if (eq) {
            *eq = 0;
            key = it;
            val = eq + 1;
        } else if (i > 0) {
            key = it;   /* QEMU: a bare later item is a key without '=' */
            val = NULL;
        }
        size_t k = 0;
        while (k < G_N_ELEMENTS(smp_keys) && strcmp(smp_keys[k].key, key)) {
            k++;
        }
        if (k == G_N_ELEMENTS(smp_keys)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-smp %s: Parameter 'smp.%s' is unexpected", arg, key);
            ok = false;
        } else if (!val) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-smp %s: Parameter 'smp.%s' expects integer", arg,
                        key);
            ok = false;
        } else {
            uint64_t *field = (uint64_t *)((char *)a + smp_keys[k].off);
            ok = smp_number(arg, key, val, field, err);
            a->zero |= ok && *field == 0;
        }
    }
    g_strfreev(items);
    return ok;
}

bool smp_args_apply(const char *arg, const char *machine, MachineConfig *cfg,
                    GError **err)
{
    SmpArgs a = { 0 };
    if (!smp_parse(arg, &a, err)) {
        return false;
    }
    if (a.zero) {   /* QEMU 7.2: warned, then taken as omitted */
        fprintf(stderr, "farad: warning: -smp %s: Deprecated CPU topology "
                "(considered invalid): CPU topology parameters must be "
                "greater than zero\n", arg);
    }
    if (a.dies > 1 || a.clusters > 1) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-smp %s: %s not supported by this machine's CPU "
                    "topology", arg, a.dies > 1 ? "dies" : "clusters");
        return false;
    }
    bool split_given = a.sockets || a.cores;
    uint64_t cpus = a.cpus, max = a.maxcpus;
    uint64_t sockets = a.sockets, cores = a.cores, threads = a.threads;
    if (!cpus && !max) {
        sockets = sockets ? sockets : 1;
        cores = cores ? cores : 1;
        threads = threads ? threads : 1;
    } else {
        max = max ? max : cpus;
        /* the same for both preferences unless both are omitted, when
         * the product is max either way (cores here) */
        if (!cores) {
            sockets = sockets ? sockets : 1;
            threads = threads ? threads : 1;
            cores = max / (sockets * threads);
        } else if (!sockets) {
            threads = threads ? threads : 1;
            sockets = max / (cores * threads);
        }
        if (!threads) {
            threads = max / (sockets * cores);
        }
    }
    max = max ? max : sockets * cores * threads;
    cpus = cpus ? cpus : max;
    char *topo = g_strdup_printf("sockets (%" PRIu64 ") * cores (%" PRIu64
                                 ") * threads (%" PRIu64 ")", sockets, cores,
                                 threads);
    bool ok = false;
    if (sockets * cores * threads != max) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-smp %s: Invalid CPU topology: product of the hierarchy "
                    "must match maxcpus: %s != maxcpus (%" PRIu64 ")", arg,
                    topo, max);
    } else if (max < cpus) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-smp %s: Invalid CPU topology: maxcpus must be equal to "
                    "or greater than smp: %s == maxcpus (%" PRIu64 ") < "
                    "smp_cpus (%" PRIu64 ")", arg, topo, max, cpus);
    } else if (max > SPAPR_MAX_CPUS) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-smp %s: Invalid SMP CPUs %" PRIu64 ". The max CPUs "
                    "supported by machine '%s' is %d", arg,
                    max, machine, SPAPR_MAX_CPUS);
    } else if (threads > 1) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-smp %s: TCG cannot support more than 1 thread/core on "
                    "a pseries machine", arg);
    } else if (max != cpus) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-smp %s: CPU hotplug is not supported by farad "
                    "(maxcpus %" PRIu64 " must equal cpus %" PRIu64 ")", arg,
                    max, cpus);
    } else {
        cfg->smp = (int)cpus;
        cfg->smp_cores = split_given ? (int)cores : 0;
        ok = true;
    }
    g_free(topo);
    return ok;
}
