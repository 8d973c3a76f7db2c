/* SPDX-License-Identifier: MIT */
/*
 * Plugin loading: parse -plugin arguments (QEMU's syntax), open the
 * shared object with GModule, enforce the API version range, run the
 * install function, attach vCPUs, and at the end of the run call the
 * exit callbacks and unload. Every failure is one GError line naming the
 * file.
 */
#include <string.h>

#include "base/error.h"
#include "plugin-int.h"

/* One -plugin argument: the file and the arguments for install. */
typedef struct PluginSpec {
    char *path;
    GPtrArray *args;   /* char *, NULL-terminated for argv */
} PluginSpec;

static void spec_clear(PluginSpec *s)
{
    g_free(s->path);
    if (s->args) {
        g_ptr_array_free(s->args, TRUE);
    }
    memset(s, 0, sizeof(*s));
}

static bool spec_parse(const char *arg, PluginSpec *s, GError **err)
{
    gchar **parts = g_strsplit(arg, ",", -1);
    bool ok = true;

    memset(s, 0, sizeof(*s));
    s->args = g_ptr_array_new_with_free_func(g_free);
    for (int i = 0; parts[i] && ok; i++) {
        const char *part = parts[i];
        const char *eq = strchr(part, '=');
        if (!eq) {
            if (i == 0 && part[0]) {
                s->path = g_strdup(part);
                continue;
            }
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-plugin %s: expected key=value, got '%s'", arg,
                        part);
            ok = false;
            break;
        }
        if (!strncmp(part, "file=", 5)) {
            g_free(s->path);
            s->path = g_strdup(eq + 1);
        } else if (!strncmp(part, "arg=", 4)) {
            g_ptr_array_add(s->args, g_strdup(eq + 1));  /* QEMU's old form */
        } else if (eq == part) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-plugin %s: empty option name in '%s'", arg, part);
            ok = false;
        } else {
            g_ptr_array_add(s->args, g_strdup(part));
        }
    }
    g_strfreev(parts);
    if (ok && (!s->path || !s->path[0])) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-plugin %s: no plugin file given", arg);
        ok = false;
    }
    if (!ok) {
        spec_clear(s);
    }
    return ok;
}

bool plugins_check_spec(const char *spec, GError **err)
{
    PluginSpec s;
    if (!spec_parse(spec, &s, err)) {
        return false;
    }
    spec_clear(&s);
    return true;
}

static PluginHost *host_new(const char *machine, int n_vcpus, FILE *log,
                            bool qemu_log)
{
    PluginHost *h = g_new0(PluginHost, 1);
    h->plugins = g_ptr_array_new();
    for (int k = 0; k < CB_KINDS; k++) {
        h->cbs[k] = g_array_new(FALSE, FALSE, sizeof(PluginCb));
    }
    h->cpus = g_ptr_array_new();
    h->log = log;
    h->qemu_log = qemu_log;
    h->disas = disas_new();
    h->machine = g_strdup(machine ? machine : "pseries");
    h->n_vcpus = n_vcpus;
    return h;
}

/* A name unique among the loaded plugins: the file's basename, with
 * "#2", "#3"... for further instances (snapshot blobs are keyed by it). */
static char *unique_name(PluginHost *h, const char *path)
{
    char *base = g_path_get_basename(path);
    char *name = g_strdup(base);
    for (int n = 2;; n++) {
        bool clash = false;
        for (guint i = 0; i < h->plugins->len; i++) {
            struct farad_plugin *p = g_ptr_array_index(h->plugins, i);
            clash |= !strcmp(p->name, name);
        }
        if (!clash) {
            break;
        }
        g_free(name);
        name = g_strdup_printf("%s#%d", base, n);
    }
    g_free(base);
    return name;
}

static void plugin_free(struct farad_plugin *p)
{
    if (p->qemu) {
        qemu_api_unload_one(p);
    }
    if (p->module) {
        g_module_close(p->module);
    }
    g_free(p->path);
    g_free(p->name);
    g_free(p->error);
    g_free(p);
}

/* Open, check and install one plugin. */
static bool load_one(PluginHost *h, const char *arg, GError **err)
{
    PluginSpec s;
    if (!spec_parse(arg, &s, err)) {
        return false;
    }
    bool ok = false;
    struct farad_plugin *p = NULL;
    gpointer sym = NULL;

    if (!g_file_test(s.path, G_FILE_TEST_EXISTS)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "-plugin %s: no such file", s.path);
        goto out;
    }
    p = g_new0(struct farad_plugin, 1);
    p->host = h;
    p->path = g_strdup(s.path);
    p->name = unique_name(h, s.path);
    p->module = g_module_open(s.path, G_MODULE_BIND_LOCAL);
    if (!p->module) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "-plugin %s: cannot load: %s", s.path, g_module_error());
        goto out;
    }
    if ((!g_module_symbol(p->module, "farad_plugin_api_version", &sym) ||
         !sym) &&
        g_module_symbol(p->module, "qemu_plugin_install", &sym) && sym) {
        /* a plugin written for QEMU's API (qemu-api.c) */
        GPtrArray *args = s.args;
        s.args = NULL;
        ok = qemu_api_load_one(h, p, s.path, args, err);
        if (ok || g_ptr_array_find(h->plugins, p, NULL)) {
            p = NULL;  /* owned by h now; plugins_free unloads it */
        }
        goto out;
    }
    if (!g_module_symbol(p->module, "farad_plugin_api_version", &sym) ||
        !sym) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "-plugin %s: not a farad plugin: no "
                    "farad_plugin_api_version symbol", s.path);
        goto out;
    }
    int version = *(const int *)sym;
    if (version < FARAD_PLUGIN_API_MIN_VERSION ||
        version > FARAD_PLUGIN_API_VERSION) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "-plugin %s: plugin API version %d is not supported "
                    "(this farad supports versions %d to %d)", s.path, version,
                    FARAD_PLUGIN_API_MIN_VERSION, FARAD_PLUGIN_API_VERSION);
        goto out;
    }
    if (!g_module_symbol(p->module, "farad_plugin_install", &sym) || !sym) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "-plugin %s: not a farad plugin: no farad_plugin_install "
                    "function", s.path);
        goto out;
    }
    farad_plugin_install_fn install = (farad_plugin_install_fn)sym;
    FaradPluginInfo info = {
        .size = sizeof(FaradPluginInfo),
        .version = { FARAD_PLUGIN_API_MIN_VERSION, FARAD_PLUGIN_API_VERSION },
        .target_name = "ppc64",
        .machine = h->machine,
        .n_vcpus = h->n_vcpus,
    };
    g_ptr_array_add(h->plugins, p);  /* registrations need it in place */
    int argc = (int)s.args->len;
    g_ptr_array_add(s.args, NULL);
    int rc = install(p, &info, argc, (char **)s.args->pdata);
    if (rc != 0) {
        if (p->error) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-plugin %s: %s", s.path, p->error);
        } else {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-plugin %s: install failed (returned %d)", s.path,
                        rc);
        }
        p = NULL;  /* owned by h now; plugins_free unloads it */
        goto out;
    }
    p = NULL;
    ok = true;
out:
    if (p) {
        plugin_free(p);
    }
    spec_clear(&s);
    return ok;
}

PluginHost *plugins_load(const char *const *specs, unsigned n,
                         const char *machine, int n_vcpus, FILE *log,
                         bool qemu_log, GError **err)
{
    PluginHost *h = host_new(machine, n_vcpus, log, qemu_log);
    for (unsigned i = 0; i < n; i++) {
        if (!load_one(h, specs[i], err)) {
            plugins_free(h);   /* their atexit callbacks, quiet */
            return NULL;
        }
    }
    return h;
}

/* The interpreter's instrumentation hooks (cpu-ppc/instrument.h). */
static const PpcInstrumentHooks plugin_hooks = {
    .decode = plugin_hook_decode,
    .flush = plugin_hook_flush,
    .wants_mem = plugin_hook_wants_mem,
    .mem = plugin_hook_mem,
    .hcall = plugin_hook_hcall,
    .hcall_ret = plugin_hook_hcall_ret,
    .interrupt = plugin_hook_interrupt,
};

void plugins_attach_cpu(PluginHost *h, PpcCpu *cpu)
{
    if (!h) {
        return;
    }
    PluginCpu *pc = plugin_cpu_new(h, cpu);
    g_ptr_array_add(h->cpus, pc);
    ppc_instrument_attach(cpu, &plugin_hooks, pc);
    plugin_call_vcpu(h, CB_VCPU_INIT, pc);
}

void plugins_run_end(PluginHost *h, const char *reason)
{
    if (!h || h->ended) {
        return;
    }
    h->ended = true;
    for (guint i = 0; i < h->cpus->len; i++) {
        plugin_call_vcpu(h, CB_VCPU_EXIT, g_ptr_array_index(h->cpus, i));
    }
    uint64_t *counts = g_new0(uint64_t, h->cpus->len + 1);
    uint64_t total = 0;
    for (guint i = 0; i < h->cpus->len; i++) {
        PluginCpu *pc = g_ptr_array_index(h->cpus, i);
        counts[i] = farad_plugin_vcpu_icount(pc);
        total += counts[i];
    }
    FaradPluginExitInfo info = {
        .size = sizeof(info),
        .icount = total,
        .n_vcpus = h->cpus->len,
        .vcpu_icount = counts,
        .reason = reason,
    };
    GArray *cbs = h->cbs[CB_ATEXIT];
    for (guint k = 0; k < cbs->len; k++) {
        PluginCb cb = g_array_index(cbs, PluginCb, k);
        ((farad_plugin_atexit_cb_t)cb.fn)(cb.plugin, &info, cb.udata);
    }
    g_free(counts);
}

void plugins_free(PluginHost *h)
{
    if (!h) {
        return;
    }
    /* nothing ran (start-up failed, or only the tree was dumped): the
     * atexit callbacks still free the plugins' state, with their output
     * discarded, so the caller's error stays the one line */
    if (!h->ended) {
        h->quiet = true;
        plugins_run_end(h, "startup");
    }
    for (guint i = 0; i < h->cpus->len; i++) {
        PluginCpu *pc = g_ptr_array_index(h->cpus, i);
        PpcCpu *cpu = pc->cpu;
        ppc_instrument_attach(cpu, NULL, NULL); /* drop the wrappers */
        plugin_cpu_free(pc);
    }
    for (guint i = 0; i < h->plugins->len; i++) {
        plugin_free(g_ptr_array_index(h->plugins, i));
    }
    g_ptr_array_free(h->plugins, TRUE);
    g_ptr_array_free(h->cpus, TRUE);
    for (int k = 0; k < CB_KINDS; k++) {
        g_array_free(h->cbs[k], TRUE);
    }
    qemu_api_host_free(h);
    disas_free(h->disas);
    g_free(h->machine);
    g_free(h);
}
