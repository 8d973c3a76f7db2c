/* SPDX-License-Identifier: MIT */
/*
 * The farad side of the plugin API: loading plugins for a machine and
 * the hooks the interpreter and the platform call. Every hook is called
 * only when cpu->plugins is set (an `if (unlikely(cpu->plugins))` in a
 * cold path), so a run without plugins executes none of this.
 */
#ifndef FARAD_PLUGINS_HOST_H
#define FARAD_PLUGINS_HOST_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../cpu-ppc/cpu.h"

typedef struct PluginHost PluginHost;  /* = struct PluginHost */

/*
 * Load and install the plugins described by specs (each a -plugin
 * argument: "path.so[,k=v...]" or "file=path.so[,k=v...]"), in order.
 * Output of farad_plugin_outs goes to log. Returns NULL with err set to
 * one line naming the file on any failure (everything loaded so far is
 * unloaded again).
 */
PluginHost *plugins_load(const char *const *specs, unsigned n,
                         const char *machine, int n_vcpus, FILE *log,
                         GError **err);

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

/* Detach vCPUs (cpu->plugins = NULL) and unload everything. Runs
 * plugins_run_end(h, "error") first if it has not run. NULL is ok. */
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

/* ---- hooks (cpu->plugins != NULL) ---- */

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
