/* SPDX-License-Identifier: MIT */
/*
 * QEMU-API test plugin: instruction counts. An inline counter on every
 * instruction (inline=off: an execution callback instead) gives the
 * total; addr=on adds each executed address with its count, in address
 * order. Written for QEMU's plugin API (plugins/qemu/qemu-plugin.h): the
 * same .so runs in qemu-system-ppc64 7.2 and in farad (tests/qemu-plugins.t).
 */
#include <glib.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "qemu-plugin.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION;

static uint64_t total;
static bool use_inline = true;
static bool per_addr;
static GHashTable *counts;   /* vaddr -> uint64_t * */

static void insn_exec(unsigned int vcpu, void *udata)
{
    (void)vcpu;
    (*(uint64_t *)udata)++;
}

static uint64_t *addr_counter(uint64_t vaddr)
{
    uint64_t *c = g_hash_table_lookup(counts, &vaddr);
    if (!c) {
        uint64_t *key = g_new(uint64_t, 1);
        *key = vaddr;
        c = g_new0(uint64_t, 1);
        g_hash_table_insert(counts, key, c);
    }
    return c;
}

static void tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    for (size_t i = 0; i < qemu_plugin_tb_n_insns(tb); i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        if (use_inline) {
            qemu_plugin_register_vcpu_insn_exec_inline(
                insn, QEMU_PLUGIN_INLINE_ADD_U64, &total, 1);
        } else {
            qemu_plugin_register_vcpu_insn_exec_cb(
                insn, insn_exec, QEMU_PLUGIN_CB_NO_REGS, &total);
        }
        if (per_addr) {
            qemu_plugin_register_vcpu_insn_exec_inline(
                insn, QEMU_PLUGIN_INLINE_ADD_U64,
                addr_counter(qemu_plugin_insn_vaddr(insn)), 1);
        }
    }
}

static gint cmp_addr(gconstpointer a, gconstpointer b)
{
    uint64_t x = **(uint64_t *const *)a, y = **(uint64_t *const *)b;
    return x < y ? -1 : x > y;
}

static void at_exit(qemu_plugin_id_t id, void *udata)
{
    (void)id;
    (void)udata;
    char buf[96];
    snprintf(buf, sizeof(buf), "insns: %" PRIu64 "\n", total);
    qemu_plugin_outs(buf);
    if (per_addr) {
        GPtrArray *keys = g_ptr_array_new();
        GHashTableIter it;
        gpointer k, v;
        g_hash_table_iter_init(&it, counts);
        while (g_hash_table_iter_next(&it, &k, &v)) {
            if (*(uint64_t *)v) {
                g_ptr_array_add(keys, k);
            }
        }
        g_ptr_array_sort(keys, cmp_addr);
        for (guint i = 0; i < keys->len; i++) {
            uint64_t *a = g_ptr_array_index(keys, i);
            snprintf(buf, sizeof(buf), "0x%016" PRIx64 " %" PRIu64 "\n", *a,
                     *(uint64_t *)g_hash_table_lookup(counts, a));
            qemu_plugin_outs(buf);
        }
        g_ptr_array_free(keys, TRUE);
    }
    g_hash_table_destroy(counts);
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id,
                                           const qemu_info_t *info,
                                           int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        char **kv = g_strsplit(argv[i], "=", 2);
        bool ok = kv[0] && kv[1];
        if (ok && !strcmp(kv[0], "inline")) {
            ok = qemu_plugin_bool_parse(kv[0], kv[1], &use_inline);
        } else if (ok && !strcmp(kv[0], "addr")) {
            ok = qemu_plugin_bool_parse(kv[0], kv[1], &per_addr);
        } else {
            ok = false;
        }
        g_strfreev(kv);
        if (!ok) {
            fprintf(stderr, "insn: bad option %s\n", argv[i]);
            return -1;
        }
    }
    if (strcmp(info->target_name, "ppc64") || !info->system_emulation) {
        fprintf(stderr, "insn: want ppc64 system emulation\n");
        return -1;
    }
    counts = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
                                   g_free);
    qemu_plugin_register_vcpu_tb_trans_cb(id, tb_trans);
    qemu_plugin_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
