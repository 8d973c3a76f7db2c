/* SPDX-License-Identifier: MIT */
/*
 * howvec: histogram of executed instructions by class (integer,
 * load/store, branch, floating point, system, vector, illegal).
 *
 * Options: range=LO-HI (only instructions at addresses in [LO, HI)).
 * Output at exit: "class NAME COUNT PERCENT%" per class, then
 * "total COUNT".
 */
#include "util.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;

typedef struct HowvecState {
    uint64_t count[FARAD_PLUGIN_CLASS_COUNT];
    bool ranged;
    uint64_t lo, hi;
} HowvecState;

static void block_trans(farad_plugin_id id, struct farad_plugin_block *b,
                        void *udata)
{
    HowvecState *s = udata;
    (void)id;
    for (size_t i = 0; i < farad_plugin_block_n_insns(b); i++) {
        struct farad_plugin_insn *insn = farad_plugin_block_get_insn(b, i);
        uint64_t a = farad_plugin_insn_vaddr(insn);
        if (s->ranged && (a < s->lo || a >= s->hi)) {
            continue;
        }
        farad_plugin_register_insn_exec_inline_add(
            insn, &s->count[farad_plugin_insn_class(insn)], 1);
    }
}

static void at_exit(farad_plugin_id id, const FaradPluginExitInfo *info,
                    void *udata)
{
    HowvecState *s = udata;
    (void)info;
    uint64_t total = 0;
    char line[128];
    for (int c = 0; c < FARAD_PLUGIN_CLASS_COUNT; c++) {
        total += s->count[c];
    }
    for (int c = 0; c < FARAD_PLUGIN_CLASS_COUNT; c++) {
        snprintf(line, sizeof(line), "class %-10s %12llu %6.2f%%\n",
                 farad_plugin_class_name((enum farad_plugin_insn_class)c),
                 (unsigned long long)s->count[c],
                 total ? 100.0 * (double)s->count[c] / (double)total : 0.0);
        farad_plugin_outs(id, line);
    }
    snprintf(line, sizeof(line), "total %llu\n", (unsigned long long)total);
    farad_plugin_outs(id, line);
    free(s);
}

FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
                                             const FaradPluginInfo *info,
                                             int argc, char **argv)
{
    (void)info;
    HowvecState *s = calloc(1, sizeof(*s));
    for (int i = 0; i < argc; i++) {
        const char *v = opt_value(argv[i], "range");
        if (!v) {
            free(s);
            return opt_error(id, "unknown option", argv[i]);
        }
        if (!(s->ranged = opt_range(v, &s->lo, &s->hi))) {
            free(s);
            return opt_error(id, "bad value in", argv[i]);
        }
    }
    farad_plugin_register_block_trans_cb(id, block_trans, s);
    farad_plugin_register_atexit_cb(id, at_exit, s);
    return 0;
}
