/* SPDX-License-Identifier: MIT */
/*
 * The farad side of the plugin API: loading plugins for a machine,
 * attaching them to CPUs (which then call the hooks of
 * cpu-ppc/instrument.h), ending the run, and the snapshot hooks.
 */
#ifndef FARAD_PLUGINS_HOST_H
#define FARAD_PLUGINS_HOST_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cpu-ppc/cpu.h"

typedef struct PluginHost PluginHost;  /* = struct PluginHost */

/*
 * Load and install the plugins described by specs (each a -plugin
 * argument: "path.so[,k=v...]" or "file=path.so[,k=v...]"), in order.
 * Output of farad_plugin_outs goes to log; that of QEMU-API plugins'
 * qemu_plugin_outs too, but only when qemu_log (-d plugin), as in QEMU.
 * Returns NULL with err set to
 * one line naming the file on any failure (everything loaded so far is
 * unloaded again).
 */
PluginHost *plugins_load(const char *const *specs, unsigned n,
                         const char *machine, int n_vcpus, FILE *log,
                         bool qemu_log, GError **err);

/* Check the syntax of one -plugin argument (for the command line). */
bool plugins_check_spec(const char *spec, GError **err);

/* The guest's symbols (core/symbols.h; may be NULL), for
 * farad_plugin_insn_symbol. The table must outlive the host. */
struct SymTab;
void plugins_set_symbols(PluginHost *h, const struct SymTab *symbols);

/* Attach a vCPU: sets cpu->plugins and runs vcpu-init callbacks. */
void plugins_attach_cpu(PluginHost *h, PpcCpu *cpu);

/* End of the run: vcpu-exit callbacks, then atexit callbacks with the
 * final counts (reason as in FaradPluginExitInfo). Idempotent. */
void plugins_run_end(PluginHost *h, const char *reason);

/* Detach vCPUs (cpu->plugins = NULL) and unload everything. If
 * plugins_run_end has not run (nothing ran: start-up failed), runs it
 * with reason "startup" and the plugins' output discarded, so a start-up
 * error is the only line. NULL is ok. */
void plugins_free(PluginHost *h);

/* ---- snapshot hooks (for the snapshot module) ---- */

/* Called once per plugin that saved something: name is the plugin's
 * file name (the key to store the blob under). */
typedef void (*PluginBlobFn)(void *opaque, const char *name,
                             const void *data, size_t len);

/* Run every plugin's snapshot-save callback and hand each blob to emit. */
void plugins_snapshot_save(PluginHost *h, PluginBlobFn emit, void *opaque);

/* Give a stored blob back to the loaded plugin of that file name.
 * Returns false when no loaded plugin has that name or it registered no
 * load callback. */
bool plugins_snapshot_load(PluginHost *h, const char *name, const void *data,
                           size_t len);

#endif
