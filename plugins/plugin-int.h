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
    CB_VCPU_IDLE,               /* QEMU API: H_CEDE entry */
    CB_VCPU_RESUME,             /* QEMU API: H_CEDE return */
    CB_KINDS
};

/* An operation attached to a decoded record. */
typedef struct PluginOp {
    farad_plugin_exec_cb_t fn;  /* NULL: inline add */
    void *udata;                /* callback data, or the counter */
    uint64_t imm;               /* inline add amount */
} PluginOp;

/* A memory operation attached to a decoded record (QEMU API: memory
 * callbacks are registered per instruction). fn NULL: inline add of imm
 * to the uint64 at udata. */
typedef struct PluginMemOp {
    void (*fn)(struct farad_plugin_vcpu *vcpu, const PpcInsn *d,
               const struct farad_plugin_mem_info *m, void *udata);
    void *udata;
    uint64_t imm;
    unsigned rw;                /* FARAD_PLUGIN_MEM_* */
} PluginMemOp;

/* Instrumentation of one record: the handler it replaced and its ops. */
typedef struct PluginRec {
    PpcExecFn orig;
    PluginOp *ops;
    uint32_t n_ops, cap_ops;
    uint32_t n_block;           /* the first n_block ops are the block's */
    PluginMemOp *mem_ops;
    uint32_t n_mem, cap_mem;
    uint64_t va;                /* virtual address it was translated at */
} PluginRec;

/* Plugin-side data of one decoded page (byte order included). */
typedef struct PluginPage {
    const PpcCodePage *code;    /* the interpreter's page */
    uint64_t pa;
    bool le;
    bool leaders_valid;
    uint64_t leaders[PLUGIN_PAGE_INSNS / 64]; /* block-start bitmap */
    /* entry points seen in the middle of blocks (QEMU-API plugins: a
     * "tb" starts wherever execution enters); kept across flushes */
    uint64_t entries[PLUGIN_PAGE_INSNS / 64];
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
    const PpcInsn *prev;        /* last instrumented record that ran */
    bool retranslate;           /* entered mid-block: page re-decoded */
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
    /* QEMU-API plugins (qemu-api.c) */
    bool qemu;                  /* loaded through qemu_plugin_install */
    int qemu_version;           /* its qemu_plugin_version */
    bool uninstalled;           /* qemu_plugin_uninstall ran */
    GPtrArray *argv;            /* install's argv, kept for its lifetime */
    GHashTable *qcbs;           /* interned callback closures */
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
    bool qemu_log;              /* -d plugin: show qemu_plugin_outs output */
    bool insn_mem;              /* some record has memory operations */
    bool flush_pending;         /* a reset asked for during translation */
    bool qemu_tbs;              /* blocks start at every entry (QEMU API) */
    bool internal_flush;        /* re-decoding a page: no flush callbacks */
    const struct SymTab *symbols;  /* guest symbols, or NULL */
};

/* translate.c */
PluginCpu *plugin_cpu_new(PluginHost *h, PpcCpu *cpu);
void plugin_cpu_free(PluginCpu *pc);
/* Add an operation to a record (first: a block operation, run before
 * the instruction's own). */
void plugin_rec_add_op(PluginRec *r, farad_plugin_exec_cb_t fn, void *udata,
                       uint64_t imm, bool first);
/* The plugin side of an interpreter page (created when missing). */
PluginPage *plugin_page_of(PluginCpu *pc, const PpcCodePage *code);

/* events.c: call the callbacks of one kind. */
void plugin_call_vcpu(PluginHost *h, int kind, PluginCpu *pc);
/* events.c: run the memory operations of record d (of the current page)
 * for one access. */
void plugin_run_mem_ops(PluginCpu *pc, const PpcInsn *d,
                        const struct farad_plugin_mem_info *mi);

/* Memory operation on one instruction of a block being decoded (QEMU
 * API); turns the RAM fast path off for the rest of the run. */
void plugin_insn_add_mem_op(struct farad_plugin_insn *insn,
                            const PluginMemOp *op);

/* Drop all decoded code of every vCPU (its instrumentation goes with it;
 * deferred to the end of the translation when called from one). */
void plugin_flush_all(PluginHost *h);

/* qemu-api.c: load a QEMU-API plugin whose module p->module is open
 * (checks its version, runs qemu_plugin_install with args); false with
 * err set to QEMU's message. Frees the closures at unload. */
bool qemu_api_load_one(PluginHost *h, struct farad_plugin *p,
                          const char *path, GPtrArray *args, GError **err);
void qemu_api_unload_one(struct farad_plugin *p);
/* Whether QEMU 7.2 reports this access of d to plugins (not the block
 * operations its helpers do through host pointers). */
bool qemu_api_reports(const PpcInsn *d, unsigned size, bool store);
/* Whether QEMU reports a store right after each reported load of d (its
 * own stores are then not reported: stcx.). */
bool qemu_api_store_back(const PpcInsn *d);
/* After the translation callbacks of b: the accesses QEMU makes where
 * farad makes none (dcbf, dcbst, icbi probe their address). */
void qemu_api_after_trans(struct farad_plugin_block *b);
void qemu_api_host_free(PluginHost *h);

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
