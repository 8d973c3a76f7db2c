/* SPDX-License-Identifier: MIT */
/*
 * Internals of the QEMU-API layer (qemu-api.c, qemu-api-query.c): the
 * version range, callback closures, and the handle conversions. A
 * struct qemu_plugin_tb is farad's struct farad_plugin_block and a
 * struct qemu_plugin_insn farad's struct farad_plugin_insn.
 */
#ifndef FARAD_PLUGINS_QEMU_API_H
#define FARAD_PLUGINS_QEMU_API_H

#include "plugin-int.h"
/* the implementation sees the newest interface; the one ABI difference
 * (qemu_plugin_insn_data) is settled by the caller's declared version */
#define QEMU_PLUGIN_VERSION 4
#include "qemu/qemu-plugin.h"

/* Version 1's functions the newer header no longer declares (farad
 * still exports them for version-1 plugins). */
void qemu_plugin_register_vcpu_tb_exec_inline(struct qemu_plugin_tb *tb,
                                              enum qemu_plugin_op op,
                                              void *ptr, uint64_t imm);
void qemu_plugin_register_vcpu_insn_exec_inline(struct qemu_plugin_insn *insn,
                                                enum qemu_plugin_op op,
                                                void *ptr, uint64_t imm);
void qemu_plugin_register_vcpu_mem_inline(struct qemu_plugin_insn *insn,
                                          enum qemu_plugin_mem_rw rw,
                                          enum qemu_plugin_op op, void *ptr,
                                          uint64_t imm);
int qemu_plugin_n_vcpus(void);
int qemu_plugin_n_max_vcpus(void);

/* API versions accepted: QEMU 7.2's range and the later ones farad
 * implements (docs/plugins.md). */
#define QEMU_API_MIN_VERSION 0
#define QEMU_API_VERSION 4

/* A QEMU callback as registered: the trampolines' udata. */
typedef struct QemuCb {
    struct farad_plugin *plugin;
    void (*fn)(void);           /* NULL: inline operation */
    void *udata;
    unsigned rw;
    /* version 2: the scoreboard entry, operation and immediate of an
     * inline operation or the condition of a conditional callback */
    qemu_plugin_u64 entry;
    unsigned op;                /* enum qemu_plugin_op or qemu_plugin_cond */
    uint64_t imm;
} QemuCb;

/* The interned closure of (fn, udata, rw) for plugin p (lives as long
 * as p). */
QemuCb *qemu_api_closure(struct farad_plugin *p, void (*fn)(void),
                         void *udata, unsigned rw);
/* The same for a full closure (version-2 fields included). */
QemuCb *qemu_api_intern(struct farad_plugin *p, const QemuCb *key);

qemu_plugin_id_t qemu_api_id(const struct farad_plugin *p);

/* The plugin whose translation callback is running, else NULL. */
extern struct farad_plugin *qemu_api_trans_plugin;
/* The vCPU whose callback is running (for calls without a vCPU
 * argument), else NULL. */
extern struct farad_plugin_vcpu *qemu_api_cur_vcpu;

/* An execution operation calling a QEMU callback (closure c). */
void qemu_api_exec_tramp(struct farad_plugin_vcpu *vcpu, void *udata);
/* The plugin owning a registration made now: the one whose translation
 * callback runs (else the first QEMU-API plugin: closures are data). */
struct farad_plugin *qemu_api_owner(void);
/* The closure for a registration made during translation. */
QemuCb *qemu_api_exec_closure(void (*fn)(void), void *udata, unsigned rw);
PluginHost *qemu_api_host(void);

#endif
