/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the plugin host without a machine: loading errors
 * (version range, missing symbol, missing file, failing install), the
 * snapshot hooks called directly as the snapshot module will, and
 * register access by name. Test plugins come from TP_DIR.
 */
#include <glib.h>
#include <string.h>

#include "core/machine/machine.h"
#include "plugins/farad-plugin.h"
#include "plugins/host.h"

static char *tp(const char *name)
{
    return g_strdup_printf("%s/lib%s.so", TP_DIR, name);
}

static PluginHost *load1(const char *spec, GError **err)
{
    const char *specs[] = { spec };
    return plugins_load(specs, 1, "pseries", 1, stderr, false, err);
}

static void test_bad_version(void)
{
    char *path = tp("tp-badver");
    GError *err = NULL;
    g_assert_null(load1(path, &err));
    g_assert_nonnull(err);
    char *v = g_strdup_printf("%d", 42);
    g_assert_nonnull(strstr(err->message, v));
    g_assert_nonnull(strstr(err->message, path));
    g_assert_nonnull(strstr(err->message, "versions 1 to 2"));
    g_assert_null(strchr(err->message, '\n'));
    g_free(v);
    g_error_free(err);
    g_free(path);
}

static void test_no_install(void)
{
    char *path = tp("tp-nosym");
    GError *err = NULL;
    g_assert_null(load1(path, &err));
    g_assert_nonnull(strstr(err->message, "farad_plugin_install"));
    g_error_free(err);
    g_free(path);
}

static void test_missing_file(void)
{
    GError *err = NULL;
    g_assert_null(load1("/nonexistent/libnothing.so,x=1", &err));
    g_assert_nonnull(strstr(err->message, "/nonexistent/libnothing.so"));
    g_assert_nonnull(strstr(err->message, "no such file"));
    g_error_free(err);
}

static void test_install_fails(void)
{
    char *path = tp("tp-fail");
    char *spec = g_strdup_printf("file=%s,why=bad option 'zap'", path);
    GError *err = NULL;
    g_assert_null(load1(path, &err));
    g_assert_nonnull(strstr(err->message, "returned 7"));
    g_clear_error(&err);
    g_assert_null(load1(spec, &err));
    g_assert_nonnull(strstr(err->message, "bad option 'zap'"));
    g_error_free(err);
    g_free(spec);
    g_free(path);
}

static void test_spec_syntax(void)
{
    GError *err = NULL;
    g_assert_true(plugins_check_spec("a.so,x=1,arg=2", &err));
    g_assert_true(plugins_check_spec("file=a.so,x=1", &err));
    g_assert_false(plugins_check_spec("a.so,junk", &err));
    g_clear_error(&err);
    g_assert_false(plugins_check_spec(",x=1", &err));
    g_clear_error(&err);
    g_assert_false(plugins_check_spec("file=", &err));
    g_clear_error(&err);
}

static bool no_mmio(void *o, uint64_t pa, unsigned size, uint64_t *val)
{
    (void)o; (void)pa; (void)size; (void)val;
    return false;
}

static bool no_mmio_w(void *o, uint64_t pa, unsigned size, uint64_t val)
{
    (void)o; (void)pa; (void)size; (void)val;
    return false;
}

static void no_hcall(void *o, PpcCpu *cpu)
{
    (void)o; (void)cpu;
}

static PpcCpu *small_cpu(uint8_t **ram)
{
    PpcEnv env = { NULL, no_mmio, no_mmio_w, no_hcall, NULL, NULL, NULL };
    *ram = g_malloc0(1 << 20);
    return ppc_cpu_new(0, *ram, 1 << 20, &env);
}

typedef struct Blobs {
    char name[64];
    char data[64];
    int n;
} Blobs;

static void collect(void *opaque, const char *name, const void *data,
                    size_t len)
{
    Blobs *b = opaque;
    g_strlcpy(b->name, name, sizeof(b->name));
    memcpy(b->data, data, MIN(len, sizeof(b->data) - 1));
    b->data[MIN(len, sizeof(b->data) - 1)] = 0;
    b->n++;
}

static void test_snapshot_hooks(void)
{
    char *path = tp("tp-snap");
    GError *err = NULL;
    uint8_t *ram;
    PpcCpu *cpu = small_cpu(&ram);
    PluginHost *h = load1(path, &err);
    g_assert_no_error(err);
    plugins_attach_cpu(h, cpu);

    Blobs b = { 0 };
    plugins_snapshot_save(h, collect, &b);
    g_assert_cmpint(b.n, ==, 1);
    g_assert_cmpstr(b.name, ==, "libtp-snap.so");
    g_assert_cmpstr(b.data, ==, "count=1");   /* one vcpu-init */

    g_assert_true(plugins_snapshot_load(h, "libtp-snap.so", "count=5", 7));
    g_assert_false(plugins_snapshot_load(h, "libother.so", "x", 1));
    memset(&b, 0, sizeof(b));
    plugins_snapshot_save(h, collect, &b);
    g_assert_cmpstr(b.data, ==, "count=5");

    plugins_free(h);
    g_assert_null(cpu->plugins);
    ppc_cpu_free(cpu);
    g_free(ram);
    g_free(path);
}

static void test_registers(void)
{
    char *path = tp("tp-snap");
    GError *err = NULL;
    uint8_t *ram;
    PpcCpu *cpu = small_cpu(&ram);
    PluginHost *h = load1(path, &err);
    g_assert_no_error(err);
    plugins_attach_cpu(h, cpu);
    struct farad_plugin_vcpu *v = cpu->plugins;

    static const char *const names[] = {
        "r0", "r31", "pc", "nip", "msr", "cr", "lr", "ctr", "xer", "f0",
        "f31", "fpscr", "srr0", "srr1", "sprg3", "dar", "dsisr", "lpcr",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
        int r = farad_plugin_find_register(names[i]);
        g_assert_cmpint(r, >=, 0);
        g_assert_cmpstr(farad_plugin_register_name(r), ==, names[i]);
    }
    g_assert_cmpint(farad_plugin_find_register("r32"), ==, -1);
    g_assert_cmpint(farad_plugin_find_register("bogus"), ==, -1);

    uint64_t val;
    g_assert_true(farad_plugin_write_register(v, farad_plugin_find_register("r7"), 0x1234));
    g_assert_cmphex(cpu->arch.gpr[7], ==, 0x1234);
    g_assert_true(farad_plugin_write_register(v, farad_plugin_find_register("ctr"), 99));
    g_assert_cmphex(cpu->arch.ctr, ==, 99);
    g_assert_true(farad_plugin_write_register(v, farad_plugin_find_register("xer"), 0xe0000000ULL));
    g_assert_true(cpu->arch.so && cpu->arch.ov && cpu->arch.ca);
    g_assert_true(farad_plugin_read_register(v, farad_plugin_find_register("dsisr"), &val));
    cpu->arch.srr1 = 0xabc;
    g_assert_true(farad_plugin_read_register(v, farad_plugin_find_register("srr1"), &val));
    g_assert_cmphex(val, ==, 0xabc);
    /* a PC write outside an execution callback is refused */
    g_assert_false(farad_plugin_write_register(v, farad_plugin_find_register("pc"), 0x100));

    uint8_t buf[4] = { 1, 2, 3, 4 }, back[4];
    g_assert_true(farad_plugin_write_memory(v, 0x1000, buf, 4, true));
    g_assert_true(farad_plugin_read_memory(v, 0xc000000000001000ULL, back, 4, false));
    g_assert_cmpmem(buf, 4, back, 4);
    g_assert_false(farad_plugin_read_memory(v, (1 << 20) - 2, back, 4, true));

    plugins_free(h);
    ppc_cpu_free(cpu);
    g_free(ram);
    g_free(path);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/plugins/load/bad-version", test_bad_version);
    g_test_add_func("/plugins/load/no-install", test_no_install);
    g_test_add_func("/plugins/load/missing-file", test_missing_file);
    g_test_add_func("/plugins/load/install-fails", test_install_fails);
    g_test_add_func("/plugins/load/spec-syntax", test_spec_syntax);
    g_test_add_func("/plugins/snapshot-hooks", test_snapshot_hooks);
    g_test_add_func("/plugins/registers-memory", test_registers);
    return g_test_run();
}
