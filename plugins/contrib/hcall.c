/* SPDX-License-Identifier: MIT */
/*
 * hcall: histogram (and optional trace) of hypercalls and RTAS calls,
 * with their PAPR names (farad_plugin_hcall_name, the RTAS callbacks).
 *
 * Options: trace=on (one line per call and per return).
 * Output at exit: "hcall NAME (0xNR) count N" per hypercall number and
 * "rtas NAME count N" per RTAS service, in order of first use.
 */
#include "util.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;

/* farad's name of the number (API version 2), "H_UNKNOWN" without. */
static const char *hcall_name(uint64_t nr)
{
    const char *n = farad_plugin_hcall_name(nr);
    return n ? n : "H_UNKNOWN";
}

#define MAX_KINDS 256

typedef struct Count {
    uint64_t key;       /* hcall number, or RTAS token */
    const char *name;
    uint64_t count;
} Count;

typedef struct HcallState {
    farad_plugin_id id;
    bool trace;
    Count hcalls[MAX_KINDS], rtas[MAX_KINDS];
    unsigned n_hcalls, n_rtas;
    char rtas_names[MAX_KINDS][48];
} HcallState;

static Count *bump(Count *tab, unsigned *n, uint64_t key)
{
    for (unsigned i = 0; i < *n; i++) {
        if (tab[i].key == key) {
            tab[i].count++;
            return &tab[i];
        }
    }
    if (*n == MAX_KINDS) {
        return NULL;
    }
    tab[*n] = (Count){ key, NULL, 1 };
    return &tab[(*n)++];
}

static void hcall_entry(struct farad_plugin_vcpu *vcpu, uint64_t nr,
                        const uint64_t *args, void *udata)
{
    HcallState *s = udata;
    Count *c = bump(s->hcalls, &s->n_hcalls, nr);
    if (c) {
        c->name = hcall_name(nr);
    }
    if (s->trace) {
        char line[256];
        snprintf(line, sizeof(line),
                 "%u: hcall %s (0x%llx) 0x%llx 0x%llx 0x%llx 0x%llx\n",
                 farad_plugin_vcpu_index(vcpu), hcall_name(nr),
                 (unsigned long long)nr, (unsigned long long)args[0],
                 (unsigned long long)args[1], (unsigned long long)args[2],
                 (unsigned long long)args[3]);
        farad_plugin_outs(s->id, line);
    }
}

static void hcall_ret(struct farad_plugin_vcpu *vcpu, uint64_t nr,
                      int64_t ret, void *udata)
{
    HcallState *s = udata;
    if (s->trace) {
        char line[128];
        snprintf(line, sizeof(line), "%u: hcall %s -> %lld\n",
                 farad_plugin_vcpu_index(vcpu), hcall_name(nr),
                 (long long)ret);
        farad_plugin_outs(s->id, line);
    }
}

static void rtas_entry(struct farad_plugin_vcpu *vcpu, uint32_t token,
                       const char *name, uint32_t nargs, const uint32_t *args,
                       void *udata)
{
    HcallState *s = udata;
    unsigned before = s->n_rtas;
    Count *c = bump(s->rtas, &s->n_rtas, token);
    if (c && s->n_rtas > before) {
        snprintf(s->rtas_names[s->n_rtas - 1], sizeof(s->rtas_names[0]),
                 "%s", name);
        c->name = s->rtas_names[s->n_rtas - 1];
    }
    if (s->trace) {
        char line[256];
        int n = snprintf(line, sizeof(line), "%u: rtas %s (0x%x)",
                         farad_plugin_vcpu_index(vcpu), name, token);
        for (uint32_t i = 0; i < nargs && i < 8; i++) {
            n += snprintf(line + n, sizeof(line) - (size_t)n, " 0x%x",
                          args[i]);
        }
        snprintf(line + n, sizeof(line) - (size_t)n, "\n");
        farad_plugin_outs(s->id, line);
    }
}

static void rtas_ret(struct farad_plugin_vcpu *vcpu, uint32_t token,
                     const char *name, int32_t status, void *udata)
{
    HcallState *s = udata;
    (void)token;
    if (s->trace) {
        char line[128];
        snprintf(line, sizeof(line), "%u: rtas %s -> %d\n",
                 farad_plugin_vcpu_index(vcpu), name, status);
        farad_plugin_outs(s->id, line);
    }
}

static void at_exit(farad_plugin_id id, const FaradPluginExitInfo *info,
                    void *udata)
{
    HcallState *s = udata;
    char line[160];
    (void)info;
    for (unsigned i = 0; i < s->n_hcalls; i++) {
        snprintf(line, sizeof(line), "hcall %s (0x%llx) count %llu\n",
                 s->hcalls[i].name, (unsigned long long)s->hcalls[i].key,
                 (unsigned long long)s->hcalls[i].count);
        farad_plugin_outs(id, line);
    }
    for (unsigned i = 0; i < s->n_rtas; i++) {
        snprintf(line, sizeof(line), "rtas %s count %llu\n", s->rtas[i].name,
                 (unsigned long long)s->rtas[i].count);
        farad_plugin_outs(id, line);
    }
    free(s);
}

FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
                                             const FaradPluginInfo *info,
                                             int argc, char **argv)
{
    (void)info;
    HcallState *s = calloc(1, sizeof(*s));
    s->id = id;
    for (int i = 0; i < argc; i++) {
        const char *v = opt_value(argv[i], "trace");
        if (!v) {
            free(s);
            return opt_error(id, "unknown option", argv[i]);
        }
        if (!farad_plugin_bool_parse("trace", v, &s->trace)) {
            free(s);
            return opt_error(id, "bad value in", argv[i]);
        }
    }
    farad_plugin_register_hcall_cb(id, hcall_entry, hcall_ret, s);
    farad_plugin_register_rtas_cb(id, rtas_entry, rtas_ret, s);
    farad_plugin_register_atexit_cb(id, at_exit, s);
    return 0;
}
