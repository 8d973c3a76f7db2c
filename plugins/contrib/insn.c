/* SPDX-License-Identifier: MIT */
/*
 * insn: count executed instructions, per vCPU and in total, optionally
 * per mnemonic and only inside an address range.
 *
 * Options: inline=on|off (inline counters, default on; off uses an
 * execution callback per instruction), mnemonic=on (per-mnemonic table),
 * range=LO-HI (count only instructions at addresses in [LO, HI)).
 * Output at exit: "cpu N insns COUNT" per vCPU, "total insns COUNT",
 * "farad icount COUNT", then the mnemonic table when asked.
 */
#include "util.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;

#define MAX_VCPUS 64
#define MAX_OPS 1024

typedef struct OpCount {
    const char *name;   /* farad's static mnemonic string */
    uint64_t count;
} OpCount;

typedef struct InsnState {
    bool use_inline, mnemonic, ranged;
    uint64_t lo, hi;
    uint64_t total;                 /* inline counter (1 vCPU) */
    uint64_t vcpu[MAX_VCPUS];       /* callback counters */
    OpCount ops[MAX_OPS];
    unsigned n_ops;
} InsnState;

static void count_cb(struct farad_plugin_vcpu *vcpu, void *udata)
{
    InsnState *state = udata;
    unsigned i = farad_plugin_vcpu_index(vcpu);
    state->vcpu[i < MAX_VCPUS ? i : MAX_VCPUS - 1]++;
}

static OpCount *op_slot(InsnState *state, const char *name)
{
    for (unsigned i = 0; i < state->n_ops; i++) {
        if (state->ops[i].name == name) {
            return &state->ops[i];
        }
    }
    if (state->n_ops == MAX_OPS) {
        return NULL;
    }
    state->ops[state->n_ops].name = name;
    return &state->ops[state->n_ops++];
}

static void block_trans(farad_plugin_id id, struct farad_plugin_block *b,
                        void *udata)
{
    InsnState *state = udata;
    (void)id;
    size_t n = farad_plugin_block_n_insns(b);
    for (size_t i = 0; i < n; i++) {
        struct farad_plugin_insn *insn = farad_plugin_block_get_insn(b, i);
        uint64_t a = farad_plugin_insn_vaddr(insn);
        if (state->ranged && (a < state->lo || a >= state->hi)) {
            continue;
        }
        if (state->use_inline) {
            farad_plugin_register_insn_exec_inline_add(insn, &state->total, 1);
        } else {
            farad_plugin_register_insn_exec_cb(insn, count_cb, state);
        }
        if (state->mnemonic) {
            OpCount *oc = op_slot(state, farad_plugin_insn_mnemonic(insn));
            if (oc) {
                farad_plugin_register_insn_exec_inline_add(insn, &oc->count, 1);
            }
        }
    }
}

static int cmp_ops(const void *a, const void *b)
{
    const OpCount *x = a, *y = b;
    if (x->count != y->count) {
        return x->count < y->count ? 1 : -1;
    }
    return strcmp(x->name, y->name);
}

static void at_exit(farad_plugin_id id, const FaradPluginExitInfo *info,
                    void *udata)
{
    InsnState *state = udata;
    char line[128];
    uint64_t total = 0;
    if (state->use_inline) {
        state->vcpu[0] = state->total;
    }
    for (unsigned i = 0; i < info->n_vcpus && i < MAX_VCPUS; i++) {
        snprintf(line, sizeof(line), "cpu %u insns %llu\n", i,
                 (unsigned long long)state->vcpu[i]);
        farad_plugin_outs(id, line);
        total += state->vcpu[i];
    }
    snprintf(line, sizeof(line), "total insns %llu\nfarad icount %llu\n",
             (unsigned long long)total, (unsigned long long)info->icount);
    farad_plugin_outs(id, line);
    if (state->mnemonic) {
        qsort(state->ops, state->n_ops, sizeof(OpCount), cmp_ops);
        for (unsigned i = 0; i < state->n_ops; i++) {
            if (!state->ops[i].count) {
                continue;
            }
            snprintf(line, sizeof(line), "mnemonic %-12s %llu\n",
                     state->ops[i].name,
                     (unsigned long long)state->ops[i].count);
            farad_plugin_outs(id, line);
        }
    }
    free(state);
}

FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
                                             const FaradPluginInfo *info,
                                             int argc, char **argv)
{
    InsnState *s = calloc(1, sizeof(*s));
    if (!s) {
        return -1;
    }
    s->use_inline = true;
    for (int i = 0; i < argc; i++) {
        const char *v;
        bool ok = true;
        if ((v = opt_value(argv[i], "inline"))) {
            ok = farad_plugin_bool_parse("inline", v, &s->use_inline);
        } else if ((v = opt_value(argv[i], "mnemonic"))) {
            ok = farad_plugin_bool_parse("mnemonic", v, &s->mnemonic);
        } else if ((v = opt_value(argv[i], "range"))) {
            ok = s->ranged = opt_range(v, &s->lo, &s->hi);
        } else {
            free(s);
            return opt_error(id, "unknown option", argv[i]);
        }
        if (!ok) {
            free(s);
            return opt_error(id, "bad value in", argv[i]);
        }
    }
    if (info->n_vcpus > 1) {
        s->use_inline = false;  /* inline counters are not per vCPU */
    }
    farad_plugin_register_block_trans_cb(id, block_trans, s);
    farad_plugin_register_atexit_cb(id, at_exit, s);
    return 0;
}
