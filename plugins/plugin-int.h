/* SPDX-License-Identifier: MIT */
/*
 * Internal structures of the plugin host, shared by the files of
 * plugins/ (loader, registration, translation, events, queries).
 * struct farad_plugin, farad_plugin_vcpu, farad_plugin_block and
 * farad_plugin_insn of the public header are defined here.
 */
#ifndef FARAD_PLUGINS_PLUGIN_INT_H
#define FARAD_PLUGINS_PLUGIN_INT_H

#include <gmodule.h>

#include "base/compiler.h"
#include "base/disas.h"
#include "cpu-ppc/instrument.h"
#include "farad-plugin.h"
#include "host.h"

#define PLUGIN_PAGE_INSNS PPC_PAGE_INSNS  /* cpu-ppc/insn.h */

/* One registered callback (any kind). */
typedef struct PluginCb {
    struct farad_plugin *plugin;
    void (*fn)(void);         /* cast to the kind's type when called */
    void (*fn2)(void);        /* second function (exit/ret/load), or NULL */
    void *udata;
    unsigned rw;              /* memory callbacks: FARAD_PLUGIN_MEM_* */
} PluginCb;

/* Kinds of callback lists in a PluginHost. */
enum {
    CB_VCPU_INIT,
    CB_VCPU_EXIT,
    CB_BLOCK_TRANS,
    CB_MEM,
    CB_HCALL,
    CB_RTAS,
    CB_INTERRUPT,
    CB_FLUSH,
    CB_SNAPSHOT,
    CB_ATEXIT,
    CB_KINDS
};

/* An operation attached to a decoded record. */
typedef struct PluginOp {
    farad_plugin_exec_cb_t fn;  /* NULL: inline add */
    void *udata;                /* callback data, or the counter */
    uint64_t imm;               /* inline add amount */
} PluginOp;

/* Instrumentation of one record: the handler it replaced and its ops. */
typedef struct PluginRec {
    PpcExecFn orig;
    PluginOp *ops;
    uint32_t n_ops, cap_ops;
    uint32_t n_block;           /* the first n_block ops are the block's */
} PluginRec;

/* Plugin-side data of one decoded page (byte order included). */
typedef struct PluginPage {
    const PpcCodePage *code;    /* the interpreter's page */
    uint64_t pa;
    bool le;
    bool leaders_valid;
    uint64_t leaders[PLUGIN_PAGE_INSNS / 64]; /* block-start bitmap */
    PluginRec recs[PLUGIN_PAGE_INSNS];
} PluginPage;

struct farad_plugin_insn {
    PpcInsn *rec;
    PluginRec *prec;
    uint64_t vaddr, paddr;
    uint32_t raw;
    bool le;
    struct farad_plugin_vcpu *vcpu;
};

struct farad_plugin_block {
    struct farad_plugin_vcpu *vcpu;
    size_t n;
    struct farad_plugin_insn insns[PLUGIN_PAGE_INSNS];
};

/* Per-vCPU plugin state: cpu->plugins points here. */
struct farad_plugin_vcpu {
    PluginHost *host;
    PpcCpu *cpu;
    const PpcInsn *cur;         /* record being executed, or NULL */
    bool redirect;              /* a callback wrote the PC */
    uint64_t redirect_pc;
    const PpcInsn *skip_cbs;    /* re-decoded record: callbacks already ran */
    uint64_t rtas_addr;         /* argument block of the RTAS call running */
    GHashTable *pages;          /* page key (pn * 2 + le) -> PluginPage */
    const PpcCodePage *last_code;  /* one-entry lookup cache */
    PluginPage *last_page;
    struct farad_plugin_block block;  /* scratch for translation */
};
typedef struct farad_plugin_vcpu PluginCpu;

struct farad_plugin {
    PluginHost *host;
    GModule *module;
    char *path;
    char *name;                 /* basename of path */
    char *error;                /* set by farad_plugin_set_error */
    GByteArray *snap;           /* non-NULL only during its save callback */
};

struct PluginHost {
    GPtrArray *plugins;         /* struct farad_plugin *, load order */
    GArray *cbs[CB_KINDS];      /* PluginCb */
    GPtrArray *cpus;            /* PluginCpu * */
    FILE *log;
    Disas *disas;
    char *machine;
    int n_vcpus;
    bool ended;
    bool quiet;                 /* discard farad_plugin_outs output */
    const struct SymTab *symbols;  /* guest symbols, or NULL */
};

/* translate.c */
PluginCpu *plugin_cpu_new(PluginHost *h, PpcCpu *cpu);
void plugin_cpu_free(PluginCpu *pc);

/* events.c: call the callbacks of one kind. */
void plugin_call_vcpu(PluginHost *h, int kind, PluginCpu *pc);

/* registration helper (api-register.c) */
void plugin_add_cb(struct farad_plugin *p, int kind, void (*fn)(void),
                   void (*fn2)(void), void *udata, unsigned rw);

/* ---- the CPU's instrumentation hooks (cpu-ppc/instrument.h) ---- */

/* A record was just decoded (and specialised) at index idx of the
 * current page: build the block, run translation callbacks, install the
 * instrumentation wrappers. */
void plugin_hook_decode(PpcCpu *cpu, PpcInsn *rec, unsigned idx);

/* Whether memory callbacks exist (the RAM fast path must stay off). */
bool plugin_hook_wants_mem(const PpcCpu *cpu);

/* A data access completed (d may be NULL outside instructions). */
void plugin_hook_mem(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, uint64_t pa,
                     unsigned size, bool store, uint64_t val, bool io);

/* Hypercall entry (args = r4..r12) and exit (ret = r3). A
 * KVMPPC_H_RTAS hypercall also runs the RTAS callbacks, with the call
 * decoded from its argument block. */
void plugin_hook_hcall(PpcCpu *cpu, uint64_t nr, const uint64_t *args);
void plugin_hook_hcall_ret(PpcCpu *cpu, uint64_t nr, int64_t ret);

/* An interrupt was delivered. */
void plugin_hook_interrupt(PpcCpu *cpu, unsigned vector, uint64_t srr0,
                           uint64_t srr1);

/* Decoded code of [pa, pa+len) is being dropped. */
void plugin_hook_flush(PpcCpu *cpu, uint64_t pa, uint64_t len);

#endif
