/* SPDX-License-Identifier: MIT */
/*
 * The general part of the plugin API: output, install errors, and the
 * registration of event callbacks (vCPU, memory, hypercall, RTAS,
 * interrupt, flush, snapshot, atexit). Block and instruction
 * registrations are in translate.c.
 */
#include <string.h>

#include "plugin-int.h"

void plugin_add_cb(struct farad_plugin *p, int kind, void (*fn)(void),
                   void (*fn2)(void), void *udata, unsigned rw)
{
    if (!p || (!fn && !fn2)) {
        return;
    }
    PluginCb cb = { p, fn, fn2, udata, rw };
    if (p->qemu) {
        /* QEMU runs the callbacks of one event newest first */
        g_array_prepend_val(p->host->cbs[kind], cb);
    } else {
        g_array_append_val(p->host->cbs[kind], cb);
    }
}

void farad_plugin_outs(farad_plugin_id id, const char *str)
{
    FILE *f = id && id->host->log ? id->host->log : stderr;
    if (id && id->host->quiet) {
        return;
    }
    fputs(str, f);
    fflush(f);
}

void farad_plugin_set_error(farad_plugin_id id, const char *msg)
{
    if (id) {
        g_free(id->error);
        id->error = g_strdup(msg);
    }
}

const char *farad_plugin_name(farad_plugin_id id)
{
    return id ? id->name : NULL;
}

int farad_plugin_n_vcpus(farad_plugin_id id)
{
    return id ? id->host->n_vcpus : 0;
}

bool farad_plugin_bool_parse(const char *name, const char *val, bool *ret)
{
    (void)name;
    if (!val) {
        return false;
    }
    if (!strcmp(val, "on") || !strcmp(val, "true") || !strcmp(val, "yes")) {
        *ret = true;
        return true;
    }
    if (!strcmp(val, "off") || !strcmp(val, "false") || !strcmp(val, "no")) {
        *ret = false;
        return true;
    }
    return false;
}

void farad_plugin_register_vcpu_init_cb(farad_plugin_id id,
                                        farad_plugin_vcpu_cb_t cb,
                                        void *udata)
{
    plugin_add_cb(id, CB_VCPU_INIT, (void (*)(void))cb, NULL, udata, 0);
}

void farad_plugin_register_vcpu_exit_cb(farad_plugin_id id,
                                        farad_plugin_vcpu_cb_t cb,
                                        void *udata)
{
    plugin_add_cb(id, CB_VCPU_EXIT, (void (*)(void))cb, NULL, udata, 0);
}

void farad_plugin_register_block_trans_cb(farad_plugin_id id,
                                          farad_plugin_block_trans_cb_t cb,
                                          void *udata)
{
    plugin_add_cb(id, CB_BLOCK_TRANS, (void (*)(void))cb, NULL, udata, 0);
}

void farad_plugin_register_mem_cb(farad_plugin_id id, farad_plugin_mem_cb_t cb,
                                  enum farad_plugin_mem_rw rw, void *udata)
{
    if (!id || !cb) {
        return;
    }
    plugin_add_cb(id, CB_MEM, (void (*)(void))cb, NULL, udata, rw);
    /* vCPUs already running leave the RAM fast path now */
    for (guint i = 0; i < id->host->cpus->len; i++) {
        PluginCpu *pc = g_ptr_array_index(id->host->cpus, i);
        ppc_cpu_state_changed(pc->cpu);
    }
}

void farad_plugin_register_hcall_cb(farad_plugin_id id,
                                    farad_plugin_hcall_cb_t entry,
                                    farad_plugin_hcall_ret_cb_t ret,
                                    void *udata)
{
    plugin_add_cb(id, CB_HCALL, (void (*)(void))entry, (void (*)(void))ret,
                  udata, 0);
}

void farad_plugin_register_rtas_cb(farad_plugin_id id,
                                   farad_plugin_rtas_cb_t entry,
                                   farad_plugin_rtas_ret_cb_t ret,
                                   void *udata)
{
    plugin_add_cb(id, CB_RTAS, (void (*)(void))entry, (void (*)(void))ret,
                  udata, 0);
}

void farad_plugin_register_interrupt_cb(farad_plugin_id id,
                                        farad_plugin_interrupt_cb_t cb,
                                        void *udata)
{
    plugin_add_cb(id, CB_INTERRUPT, (void (*)(void))cb, NULL, udata, 0);
}

void farad_plugin_register_flush_cb(farad_plugin_id id,
                                    farad_plugin_flush_cb_t cb, void *udata)
{
    plugin_add_cb(id, CB_FLUSH, (void (*)(void))cb, NULL, udata, 0);
}

void farad_plugin_register_snapshot_cb(farad_plugin_id id,
                                       farad_plugin_snap_save_cb_t save,
                                       farad_plugin_snap_load_cb_t load,
                                       void *udata)
{
    plugin_add_cb(id, CB_SNAPSHOT, (void (*)(void))save, (void (*)(void))load,
                  udata, 0);
}

void farad_plugin_register_atexit_cb(farad_plugin_id id,
                                     farad_plugin_atexit_cb_t cb, void *udata)
{
    plugin_add_cb(id, CB_ATEXIT, (void (*)(void))cb, NULL, udata, 0);
}

/* ---- snapshots ---- */

bool farad_plugin_snapshot_write(farad_plugin_id id, const void *data,
                                 size_t len)
{
    if (!id || !id->snap) {
        return false;
    }
    g_byte_array_append(id->snap, data, (guint)len);
    return true;
}

void plugins_snapshot_save(PluginHost *h, PluginBlobFn emit, void *opaque)
{
    if (!h) {
        return;
    }
    for (guint i = 0; i < h->plugins->len; i++) {
        struct farad_plugin *p = g_ptr_array_index(h->plugins, i);
        bool saved = false;
        p->snap = g_byte_array_new();
        GArray *cbs = h->cbs[CB_SNAPSHOT];
        for (guint k = 0; k < cbs->len; k++) {
            PluginCb cb = g_array_index(cbs, PluginCb, k);
            if (cb.plugin == p && cb.fn) {
                ((farad_plugin_snap_save_cb_t)cb.fn)(p, cb.udata);
                saved = true;
            }
        }
        if (saved) {
            emit(opaque, p->name, p->snap->data, p->snap->len);
        }
        g_byte_array_free(p->snap, TRUE);
        p->snap = NULL;
    }
}

bool plugins_snapshot_load(PluginHost *h, const char *name, const void *data,
                           size_t len)
{
    bool done = false;
    if (!h) {
        return false;
    }
    GArray *cbs = h->cbs[CB_SNAPSHOT];
    for (guint k = 0; k < cbs->len; k++) {
        PluginCb cb = g_array_index(cbs, PluginCb, k);
        if (cb.fn2 && !strcmp(cb.plugin->name, name)) {
            ((farad_plugin_snap_load_cb_t)cb.fn2)(cb.plugin, data, len,
                                                  cb.udata);
            done = true;
        }
    }
    return done;
}
