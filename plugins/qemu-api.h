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
#include "qemu/qemu-plugin.h"

/* API versions accepted: QEMU 7.2's range. */
#define QEMU_API_MIN_VERSION 0
#define QEMU_API_VERSION 1

/* A QEMU callback as registered: the trampolines' udata. */
typedef struct QemuCb {
    struct farad_plugin *plugin;
    void (*fn)(void);
    void *udata;
    unsigned rw;
} QemuCb;

/* The interned closure of (fn, udata, rw) for plugin p (lives as long
 * as p). */
QemuCb *qemu_api_closure(struct farad_plugin *p, void (*fn)(void),
                         void *udata, unsigned rw);

qemu_plugin_id_t qemu_api_id(const struct farad_plugin *p);

/* The plugin whose translation callback is running, else NULL. */
extern struct farad_plugin *qemu_api_trans_plugin;
PluginHost *qemu_api_host(void);

#endif
