/* SPDX-License-Identifier: MIT */
/*
 * execlog: one line per executed instruction: vCPU, address, the
 * instruction word, disassembly, then its effects: registers it changed
 * ("r3=0x...") and memory it accessed ("load 8 @0x...=0x...").
 *
 * Effects are found by comparing the registers before the next
 * instruction with those before this one, so each line is printed when
 * the following instruction starts (or at exit).
 *
 * Options: range=LO-HI (log only instructions at addresses in [LO, HI)),
 * count=N (stop after N lines), regs=on|off, mem=on|off (default on).
 */
#include "util.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;

#define N_WATCH 37  /* r0-r31, lr, ctr, cr, xer, msr */
#define MAX_MEM 4

typedef struct LogInsn {
    struct LogInsn *next;   /* all of them, for freeing */
    uint64_t vaddr;
    uint32_t word;
    char dis[64];
} LogInsn;

typedef struct ExeclogState {
    farad_plugin_id id;
    bool ranged, regs, mem;
    uint64_t lo, hi, limit, lines;
    int watch[N_WATCH];
    uint64_t before[N_WATCH];
    const LogInsn *pending;     /* instruction whose line is not out yet */
    struct farad_plugin_mem_info acc[MAX_MEM];
    unsigned n_acc;
    LogInsn *all;
} ExeclogState;

static bool in_range(const ExeclogState *s, uint64_t a)
{
    return !s->ranged || (a >= s->lo && a < s->hi);
}

static void flush_line(ExeclogState *s, struct farad_plugin_vcpu *vcpu)
{
    const LogInsn *li = s->pending;
    char line[1024];
    int n;
    if (!li) {
        return;
    }
    s->pending = NULL;
    n = snprintf(line, sizeof(line), "%u, 0x%016llx, 0x%08x, \"%s\"",
                 vcpu ? farad_plugin_vcpu_index(vcpu) : 0,
                 (unsigned long long)li->vaddr, li->word, li->dis);
    if (s->regs && vcpu) {
        for (int i = 0; i < N_WATCH && n < (int)sizeof(line) - 64; i++) {
            uint64_t v;
            farad_plugin_read_register(vcpu, s->watch[i], &v);
            if (v != s->before[i]) {
                n += snprintf(line + n, sizeof(line) - (size_t)n, ", %s=0x%llx",
                              farad_plugin_register_name(s->watch[i]),
                              (unsigned long long)v);
            }
        }
    }
    for (unsigned k = 0; k < s->n_acc && n < (int)sizeof(line) - 80; k++) {
        const struct farad_plugin_mem_info *m = &s->acc[k];
        n += snprintf(line + n, sizeof(line) - (size_t)n,
                      ", %s %u @0x%llx=0x%llx", m->store ? "store" : "load",
                      m->size, (unsigned long long)m->vaddr,
                      (unsigned long long)m->value);
    }
    s->n_acc = 0;
    if (n > (int)sizeof(line) - 2) {
        n = (int)sizeof(line) - 2;
    }
    line[n++] = '\n';
    line[n] = 0;
    farad_plugin_outs(s->id, line);
    s->lines++;
}

static void mem_cb(struct farad_plugin_vcpu *vcpu,
                   const struct farad_plugin_mem_info *m, void *udata)
{
    ExeclogState *s = udata;
    (void)vcpu;
    if (s->pending && s->n_acc < MAX_MEM) {
        s->acc[s->n_acc++] = *m;
    }
}

/* The execution callback needs both the state and the instruction. */
typedef struct ExecArg {
    ExeclogState *s;
    LogInsn li;
} ExecArg;

static void exec_insn(struct farad_plugin_vcpu *vcpu, void *udata)
{
    ExecArg *a = udata;
    ExeclogState *s = a->s;
    flush_line(s, vcpu);
    if (s->limit && s->lines >= s->limit) {
        return;
    }
    if (!in_range(s, a->li.vaddr)) {
        return;
    }
    if (s->regs) {
        for (int i = 0; i < N_WATCH; i++) {
            farad_plugin_read_register(vcpu, s->watch[i], &s->before[i]);
        }
    }
    s->n_acc = 0;
    s->pending = &a->li;
}

static void block_trans(farad_plugin_id id, struct farad_plugin_block *b,
                        void *udata)
{
    ExeclogState *s = udata;
    for (size_t i = 0; i < farad_plugin_block_n_insns(b); i++) {
        struct farad_plugin_insn *insn = farad_plugin_block_get_insn(b, i);
        uint64_t va = farad_plugin_insn_vaddr(insn);
        /* instructions outside the range only close the previous line;
         * without effects to find they need no callback at all */
        if (!in_range(s, va) && !s->regs && !s->mem) {
            continue;
        }
        ExecArg *a = calloc(1, sizeof(*a));
        a->s = s;
        a->li.vaddr = va;
        a->li.word = farad_plugin_insn_word(insn);
        farad_plugin_insn_disas(insn, a->li.dis, sizeof(a->li.dis));
        a->li.next = s->all;
        s->all = &a->li;
        farad_plugin_register_insn_exec_cb(insn, exec_insn, a);
    }
    (void)id;
}

static void vcpu_exit(farad_plugin_id id, struct farad_plugin_vcpu *vcpu,
                      void *udata)
{
    (void)id;
    flush_line(udata, vcpu);
}

static void at_exit(farad_plugin_id id, const FaradPluginExitInfo *info,
                    void *udata)
{
    ExeclogState *s = udata;
    (void)id;
    (void)info;
    flush_line(s, NULL);
    while (s->all) {
        LogInsn *li = s->all;
        s->all = li->next;
        free((char *)li - offsetof(ExecArg, li));
    }
    free(s);
}

FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
                                             const FaradPluginInfo *info,
                                             int argc, char **argv)
{
    static const char *const names[N_WATCH] = {
        "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10",
        "r11", "r12", "r13", "r14", "r15", "r16", "r17", "r18", "r19", "r20",
        "r21", "r22", "r23", "r24", "r25", "r26", "r27", "r28", "r29", "r30",
        "r31", "lr", "ctr", "cr", "xer", "msr",
    };
    (void)info;
    ExeclogState *s = calloc(1, sizeof(*s));
    s->id = id;
    s->regs = s->mem = true;
    for (int i = 0; i < argc; i++) {
        const char *v;
        bool ok;
        if ((v = opt_value(argv[i], "range"))) {
            ok = s->ranged = opt_range(v, &s->lo, &s->hi);
        } else if ((v = opt_value(argv[i], "count"))) {
            ok = opt_u64(v, &s->limit);
        } else if ((v = opt_value(argv[i], "regs"))) {
            ok = farad_plugin_bool_parse("regs", v, &s->regs);
        } else if ((v = opt_value(argv[i], "mem"))) {
            ok = farad_plugin_bool_parse("mem", v, &s->mem);
        } else {
            free(s);
            return opt_error(id, "unknown option", argv[i]);
        }
        if (!ok) {
            free(s);
            return opt_error(id, "bad value in", argv[i]);
        }
    }
    for (int i = 0; i < N_WATCH; i++) {
        s->watch[i] = farad_plugin_find_register(names[i]);
    }
    farad_plugin_register_block_trans_cb(id, block_trans, s);
    if (s->mem) {
        farad_plugin_register_mem_cb(id, mem_cb, FARAD_PLUGIN_MEM_RW, s);
    }
    farad_plugin_register_vcpu_exit_cb(id, vcpu_exit, s);
    farad_plugin_register_atexit_cb(id, at_exit, s);
    return 0;
}
