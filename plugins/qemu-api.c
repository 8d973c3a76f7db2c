/* SPDX-License-Identifier: MIT */
/*
 * QEMU's TCG plugin API (plugins/qemu/qemu-plugin.h, version 1 as in
 * QEMU 7.2) on top of farad's plugin host: loading a QEMU-API plugin
 * with QEMU's version check and messages, and the registration
 * functions. A QEMU callback is reached through a trampoline of farad's
 * callback type whose udata is an interned closure (plugin, function,
 * userdata). Queries on blocks, instructions and memory accesses are in
 * qemu-api-query.c.
 */
#include <string.h>

#include "base/error.h"
#include "plugin-int.h"
#include "qemu-api.h"

/* The host of the loaded QEMU-API plugins: the API has calls without a
 * plugin id (qemu_plugin_outs, qemu_plugin_n_vcpus). */
static PluginHost *qemu_host;

struct farad_plugin *qemu_api_trans_plugin;
struct farad_plugin_vcpu *qemu_api_cur_vcpu;

PluginHost *qemu_api_host(void)
{
    return qemu_host;
}

qemu_plugin_id_t qemu_api_id(const struct farad_plugin *p)
{
    return (qemu_plugin_id_t)(uintptr_t)p;
}

/* The loaded QEMU-API plugin of an id, or NULL (a stale or bogus id). */
static struct farad_plugin *plugin_of(qemu_plugin_id_t id)
{
    PluginHost *h = qemu_host;
    for (guint i = 0; h && i < h->plugins->len; i++) {
        struct farad_plugin *p = g_ptr_array_index(h->plugins, i);
        if (p->qemu && qemu_api_id(p) == id) {
            return p->uninstalled ? NULL : p;
        }
    }
    return NULL;
}

/* ---- closures ---- */

static guint qcb_hash(gconstpointer k)
{
    const QemuCb *c = k;
    return g_direct_hash((gpointer)(uintptr_t)c->fn) ^
           g_direct_hash(c->udata) ^ c->rw ^ g_direct_hash(c->entry.score) ^
           (guint)c->entry.offset ^ c->op ^ (guint)c->imm;
}

static gboolean qcb_equal(gconstpointer a, gconstpointer b)
{
    const QemuCb *x = a, *y = b;
    return x->fn == y->fn && x->udata == y->udata && x->rw == y->rw &&
           x->entry.score == y->entry.score &&
           x->entry.offset == y->entry.offset && x->op == y->op &&
           x->imm == y->imm;
}

QemuCb *qemu_api_intern(struct farad_plugin *p, const QemuCb *key)
{
    QemuCb *c = g_hash_table_lookup(p->qcbs, key);
    if (!c) {
        c = g_memdup2(key, sizeof(*key));
        c->plugin = p;
        g_hash_table_add(p->qcbs, c);
    }
    return c;
}

QemuCb *qemu_api_closure(struct farad_plugin *p, void (*fn)(void),
                         void *udata, unsigned rw)
{
    QemuCb key = { .plugin = p, .fn = fn, .udata = udata, .rw = rw };
    return qemu_api_intern(p, &key);
}

/* ---- loading ---- */

static bool load_fail(GError **err, const char *path, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);

static bool load_fail(GError **err, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                "Could not load plugin %s: %s", path, msg);
    g_free(msg);
    return false;
}

bool qemu_api_load_one(PluginHost *h, struct farad_plugin *p,
                          const char *path, GPtrArray *args, GError **err)
{
    gpointer sym = NULL;
    p->qemu = true;
    p->argv = args;
    p->qcbs = g_hash_table_new_full(qcb_hash, qcb_equal, g_free, NULL);
    if (!g_module_symbol(p->module, "qemu_plugin_version", &sym) || !sym) {
        return load_fail(err, path, "plugin does not declare API version %s",
                         g_module_error());
    }
    int version = *(const int *)sym;
    p->qemu_version = version;
    if (version < QEMU_API_MIN_VERSION) {
        return load_fail(err, path, "plugin requires API version %d, but "
                         "this QEMU supports only a minimum version of %d",
                         version, QEMU_API_MIN_VERSION);
    }
    if (version > QEMU_API_VERSION) {
        return load_fail(err, path, "plugin requires API version %d, but "
                         "this QEMU supports only up to version %d",
                         version, QEMU_API_VERSION);
    }
    g_module_symbol(p->module, "qemu_plugin_install", &sym);
    int (*install)(qemu_plugin_id_t, const qemu_info_t *, int, char **) =
        (int (*)(qemu_plugin_id_t, const qemu_info_t *, int, char **))sym;
    qemu_info_t info = {
        .target_name = "ppc64",
        .version = { QEMU_API_MIN_VERSION, QEMU_API_VERSION },
        .system_emulation = true,
        .system = { .smp_vcpus = h->n_vcpus, .max_vcpus = h->n_vcpus },
    };
    qemu_host = h;
    h->qemu_tbs = true;
    g_ptr_array_add(h->plugins, p);  /* registrations need it in place */
    int argc = (int)args->len;
    g_ptr_array_add(args, NULL);
    int rc = install(qemu_api_id(p), &info, argc, (char **)args->pdata);
    if (rc != 0) {
        return load_fail(err, path,
                         "qemu_plugin_install returned error code %d", rc);
    }
    return true;
}

void qemu_api_unload_one(struct farad_plugin *p)
{
    if (p->argv) {
        g_ptr_array_free(p->argv, TRUE);
        p->argv = NULL;
    }
    if (p->qcbs) {
        g_hash_table_destroy(p->qcbs);
        p->qcbs = NULL;
    }
}

void qemu_api_host_free(PluginHost *h)
{
    if (qemu_host == h) {
        qemu_host = NULL;
    }
}

/* ---- trampolines: farad callback types calling QEMU ones ---- */

static void t_vcpu(farad_plugin_id id, struct farad_plugin_vcpu *vcpu,
                   void *udata)
{
    const QemuCb *c = udata;
    struct farad_plugin_vcpu *saved = qemu_api_cur_vcpu;
    qemu_api_cur_vcpu = vcpu;
    ((qemu_plugin_vcpu_simple_cb_t)c->fn)(qemu_api_id(id),
                                          farad_plugin_vcpu_index(vcpu));
    qemu_api_cur_vcpu = saved;
}

static void t_trans(farad_plugin_id id, struct farad_plugin_block *b,
                    void *udata)
{
    const QemuCb *c = udata;
    struct farad_plugin *saved = qemu_api_trans_plugin;
    qemu_api_trans_plugin = id;
    ((qemu_plugin_vcpu_tb_trans_cb_t)c->fn)(qemu_api_id(id),
                                            (struct qemu_plugin_tb *)b);
    qemu_api_trans_plugin = saved;
}

static void t_flush(farad_plugin_id id, uint64_t paddr, uint64_t len,
                    void *udata)
{
    (void)paddr;
    (void)len;
    const QemuCb *c = udata;
    ((qemu_plugin_simple_cb_t)c->fn)(qemu_api_id(id));
}

static void t_atexit(farad_plugin_id id, const FaradPluginExitInfo *info,
                     void *udata)
{
    (void)info;
    const QemuCb *c = udata;
    ((qemu_plugin_udata_cb_t)c->fn)(qemu_api_id(id), c->udata);
}

/* Register a host-level callback of kind for a QEMU-API plugin. */
static void add_host_cb(qemu_plugin_id_t id, int kind, void (*tramp)(void),
                        void (*fn)(void), void *udata)
{
    struct farad_plugin *p = plugin_of(id);
    if (p && fn) {
        QemuCb *c = qemu_api_closure(p, fn, udata, 0);
        plugin_add_cb(p, kind, tramp, NULL, c, 0);
    }
}

#define FN(f) ((void (*)(void))(f))

void qemu_plugin_register_vcpu_init_cb(qemu_plugin_id_t id,
                                       qemu_plugin_vcpu_simple_cb_t cb)
{
    add_host_cb(id, CB_VCPU_INIT, FN(t_vcpu), FN(cb), NULL);
}

void qemu_plugin_register_vcpu_exit_cb(qemu_plugin_id_t id,
                                       qemu_plugin_vcpu_simple_cb_t cb)
{
    add_host_cb(id, CB_VCPU_EXIT, FN(t_vcpu), FN(cb), NULL);
}

void qemu_plugin_register_vcpu_idle_cb(qemu_plugin_id_t id,
                                       qemu_plugin_vcpu_simple_cb_t cb)
{
    add_host_cb(id, CB_VCPU_IDLE, FN(t_vcpu), FN(cb), NULL);
}

void qemu_plugin_register_vcpu_resume_cb(qemu_plugin_id_t id,
                                         qemu_plugin_vcpu_simple_cb_t cb)
{
    add_host_cb(id, CB_VCPU_RESUME, FN(t_vcpu), FN(cb), NULL);
}

void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id,
                                           qemu_plugin_vcpu_tb_trans_cb_t cb)
{
    add_host_cb(id, CB_BLOCK_TRANS, FN(t_trans), FN(cb), NULL);
}

void qemu_plugin_register_flush_cb(qemu_plugin_id_t id,
                                   qemu_plugin_simple_cb_t cb)
{
    add_host_cb(id, CB_FLUSH, FN(t_flush), FN(cb), NULL);
}

void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id,
                                    qemu_plugin_udata_cb_t cb, void *userdata)
{
    add_host_cb(id, CB_ATEXIT, FN(t_atexit), FN(cb), userdata);
}

/* System calls exist only in user-mode emulation: accepted, never called. */
void qemu_plugin_register_vcpu_syscall_cb(qemu_plugin_id_t id,
                                          qemu_plugin_vcpu_syscall_cb_t cb)
{
    (void)id;
    (void)cb;
}

void qemu_plugin_register_vcpu_syscall_ret_cb(
    qemu_plugin_id_t id, qemu_plugin_vcpu_syscall_ret_cb_t cb)
{
    (void)id;
    (void)cb;
}

void qemu_plugin_vcpu_for_each(qemu_plugin_id_t id,
                               qemu_plugin_vcpu_simple_cb_t cb)
{
    struct farad_plugin *p = plugin_of(id);
    if (!p || !cb) {
        return;
    }
    for (guint i = 0; i < p->host->cpus->len; i++) {
        cb(id, farad_plugin_vcpu_index(g_ptr_array_index(p->host->cpus, i)));
    }
}

/* Drop every callback of p: host-level ones now, the instrumentation of
 * decoded code with the code (re-decoded without it). */
static void drop_callbacks(struct farad_plugin *p)
{
    PluginHost *h = p->host;
    for (int k = 0; k < CB_KINDS; k++) {
        GArray *a = h->cbs[k];
        for (guint i = a->len; i-- > 0;) {
            if (g_array_index(a, PluginCb, i).plugin == p) {
                g_array_remove_index(a, i);
            }
        }
    }
    plugin_flush_all(h);
}

void qemu_plugin_reset(qemu_plugin_id_t id, qemu_plugin_simple_cb_t cb)
{
    struct farad_plugin *p = plugin_of(id);
    if (!p) {
        return;
    }
    drop_callbacks(p);
    if (cb) {
        cb(id);
    }
}

void qemu_plugin_uninstall(qemu_plugin_id_t id, qemu_plugin_simple_cb_t cb)
{
    struct farad_plugin *p = plugin_of(id);
    if (!p) {
        return;
    }
    drop_callbacks(p);
    p->uninstalled = true;  /* unloaded with the others, at the end */
    if (cb) {
        cb(id);
    }
}

/* ---- general ---- */

/* The one place deciding whether qemu_plugin_outs output is shown: as
 * in QEMU, only with -d plugin (then on the log: stderr or -D FILE). */
static bool qemu_log_enabled(const PluginHost *h)
{
    return h && h->qemu_log && !h->quiet;
}

void qemu_plugin_outs(const char *string)
{
    PluginHost *h = qemu_host;
    if (string && qemu_log_enabled(h)) {
        FILE *f = h->log ? h->log : stderr;
        fputs(string, f);
        fflush(f);
    }
}

bool qemu_plugin_bool_parse(const char *name, const char *val, bool *ret)
{
    return farad_plugin_bool_parse(name, val, ret);
}

int qemu_plugin_n_vcpus(void)
{
    return qemu_host ? qemu_host->n_vcpus : -1;
}

int qemu_plugin_n_max_vcpus(void)
{
    return qemu_host ? qemu_host->n_vcpus : -1;
}

/* User-mode only: system emulation has no binary or code segment. */
const char *qemu_plugin_path_to_binary(void)
{
    return NULL;
}

uint64_t qemu_plugin_start_code(void)
{
    return 0;
}

uint64_t qemu_plugin_end_code(void)
{
    return 0;
}

uint64_t qemu_plugin_entry_code(void)
{
    return 0;
}
