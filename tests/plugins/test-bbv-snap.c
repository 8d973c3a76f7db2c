/* SPDX-License-Identifier: MIT */
/*
 * The bbv plugin's snapshot state is data from a file: a blob written
 * by hand in its documented layout (plugins/contrib/bbv.c: little-endian
 * u64s: magic "bbv1", interval, n_ids, (vaddr, paddr) per id, n_vcpus,
 * then per vCPU flags, current id, block start, last pc, interval
 * index, n_counts, (id, count) pairs) loads and saves back unchanged;
 * every truncation and every single-byte change of it either loads as
 * a consistent state or is refused leaving the state as it was, never
 * a crash (run under ASan/UBSan). Bundled plugins come from BBV_DIR.
 */
#include <glib.h>
#include <string.h>

#include "core/machine/machine.h"
#include "plugins/farad-plugin.h"
#include "plugins/host.h"

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

static void collect(void *opaque, const char *name, const void *data,
                    size_t len)
{
    GByteArray *b = opaque;
    (void)name;
    g_byte_array_set_size(b, 0);
    g_byte_array_append(b, data, (guint)len);
}

static void put(GByteArray *b, uint64_t x)
{
    uint8_t le[8];
    for (int i = 0; i < 8; i++) {
        le[i] = (uint8_t)(x >> (8 * i));
    }
    g_byte_array_append(b, le, 8);
}

/* A state of two blocks, the second running, counts in interval 3. */
static GByteArray *valid_blob(void)
{
    GByteArray *b = g_byte_array_new();
    put(b, 0x62627631);     /* magic */
    put(b, 16);             /* interval */
    put(b, 2);              /* ids */
    put(b, 0x100); put(b, 0x100);
    put(b, 0x118); put(b, 0x118);
    put(b, 1);              /* vCPUs */
    put(b, 1);              /* open, not cut */
    put(b, 2);              /* current id */
    put(b, 50);             /* its start */
    put(b, 0x118);          /* last pc */
    put(b, 3);              /* interval index */
    put(b, 2);              /* counts */
    put(b, 1); put(b, 1);
    put(b, 2); put(b, 1);
    return b;
}

static GByteArray *save(PluginHost *h)
{
    GByteArray *b = g_byte_array_new();
    plugins_snapshot_save(h, collect, b);
    return b;
}

static void test_bbv_blob(void)
{
    char *spec = g_strdup_printf("%s/libbbv.so,interval=16", BBV_DIR);
    const char *specs[] = { spec };
    GError *err = NULL;
    FILE *log = tmpfile();
    PluginHost *h = plugins_load(specs, 1, "pseries", 1, log, false, &err);
    g_assert_no_error(err);
    PpcEnv env = { NULL, no_mmio, no_mmio_w, no_hcall, NULL, NULL, NULL };
    uint8_t *ram = g_malloc0(1 << 20);
    PpcCpu *cpu = ppc_cpu_new(0, ram, 1 << 20, &env);
    plugins_attach_cpu(h, cpu);

    GByteArray *good = valid_blob();
    g_assert_true(plugins_snapshot_load(h, "libbbv.so", good->data, good->len));
    GByteArray *back = save(h);
    g_assert_cmpmem(back->data, back->len, good->data, good->len);
    g_byte_array_unref(back);

    /* truncations: refused, the state stays */
    for (guint n = 0; n < good->len; n++) {
        plugins_snapshot_load(h, "libbbv.so", good->data, n);
        back = save(h);
        g_assert_cmpmem(back->data, back->len, good->data, good->len);
        g_byte_array_unref(back);
    }
    /* every byte changed: refused (state kept) or taken whole; a state
     * taken saves back as exactly what was loaded */
    GByteArray *bad = g_byte_array_new();
    for (guint i = 0; i < good->len; i++) {
        for (unsigned x = 1; x < 256; x <<= 1) {
            g_byte_array_set_size(bad, 0);
            g_byte_array_append(bad, good->data, good->len);
            bad->data[i] ^= (uint8_t)x;
            plugins_snapshot_load(h, "libbbv.so", bad->data, bad->len);
            back = save(h);
            bool kept = back->len == good->len &&
                        !memcmp(back->data, good->data, good->len);
            bool taken = back->len == bad->len &&
                         !memcmp(back->data, bad->data, bad->len);
            if (!kept && !taken) {
                g_test_message("byte %u ^ 0x%x: saved state is neither", i, x);
            }
            g_assert_true(kept || taken);
            g_byte_array_unref(back);
            /* back to the good state for the next case */
            plugins_snapshot_load(h, "libbbv.so", good->data, good->len);
        }
    }
    g_byte_array_unref(bad);
    /* a refusal says so in the log, one line */
    plugins_snapshot_load(h, "libbbv.so", good->data, 12);
    fflush(log);
    rewind(log);
    char line[256] = "";
    char *got = NULL;
    while (fgets(line, sizeof(line), log)) {
        got = line;
    }
    g_assert_nonnull(got);
    g_assert_nonnull(strstr(got, "bbv: snapshot state not loaded"));

    g_byte_array_unref(good);
    plugins_free(h);
    ppc_cpu_free(cpu);
    g_free(ram);
    fclose(log);
    g_free(spec);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/plugins/bbv/snapshot-blob", test_bbv_blob);
    return g_test_run();
}
