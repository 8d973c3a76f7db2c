/* SPDX-License-Identifier: MIT */
/*
 * QEMU-API test plugin: an execution log. One line per executed
 * instruction (vCPU, address, bytes as stored, disassembly), then one
 * line per data access it made (load/store, size, sign extension, byte
 * order, virtual and physical address, RAM or I/O). Options:
 * count=N stops logging after N instructions (default 2000).
 */
#include <glib.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qemu-plugin.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION;

static uint64_t limit = 2000, logged;

static void insn_exec(unsigned int vcpu, void *udata)
{
    if (logged++ < limit) {
        qemu_plugin_outs(udata);  /* the line made at translation */
    }
    (void)vcpu;
}

static void mem_access(unsigned int vcpu, qemu_plugin_meminfo_t info,
                       uint64_t vaddr, void *udata)
{
    (void)udata;
    if (logged > limit) {
        return;
    }
    struct qemu_plugin_hwaddr *hw = qemu_plugin_get_hwaddr(info, vaddr);
    char buf[160];
    snprintf(buf, sizeof(buf),
             "%u,   %s %u%s%s 0x%016" PRIx64 " pa 0x%" PRIx64 " %s\n", vcpu,
             qemu_plugin_mem_is_store(info) ? "store" : "load",
             1u << qemu_plugin_mem_size_shift(info),
             qemu_plugin_mem_is_sign_extended(info) ? " sext" : "",
             qemu_plugin_mem_is_big_endian(info) ? " be" : " le", vaddr,
             qemu_plugin_hwaddr_phys_addr(hw),
             qemu_plugin_hwaddr_is_io(hw) ? "io" : "ram");
    qemu_plugin_outs(buf);
}

/* Lines are kept for the plugin's life, interned by content. */
static GHashTable *lines;

static void tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    for (size_t i = 0; i < qemu_plugin_tb_n_insns(tb); i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        const uint8_t *b = qemu_plugin_insn_data(insn);
        char *dis = qemu_plugin_insn_disas(insn);
        char *line = g_strdup_printf(
            "0, 0x%016" PRIx64 ", %02x%02x%02x%02x, \"%s\"\n",
            qemu_plugin_insn_vaddr(insn), b[0], b[1], b[2], b[3], dis);
        g_free(dis);
        char *kept = g_hash_table_lookup(lines, line);
        if (kept) {
            g_free(line);
        } else {
            g_hash_table_add(lines, line);
            kept = line;
        }
        qemu_plugin_register_vcpu_insn_exec_cb(insn, insn_exec,
                                               QEMU_PLUGIN_CB_NO_REGS, kept);
        qemu_plugin_register_vcpu_mem_cb(insn, mem_access,
                                         QEMU_PLUGIN_CB_NO_REGS,
                                         QEMU_PLUGIN_MEM_RW, NULL);
    }
}

static void at_exit(qemu_plugin_id_t id, void *udata)
{
    (void)id;
    (void)udata;
    char buf[64];
    snprintf(buf, sizeof(buf), "executed: %" PRIu64 "\n", logged);
    qemu_plugin_outs(buf);
    g_hash_table_destroy(lines);
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id,
                                           const qemu_info_t *info,
                                           int argc, char **argv)
{
    (void)info;
    for (int i = 0; i < argc; i++) {
        if (!strncmp(argv[i], "count=", 6)) {
            limit = strtoull(argv[i] + 6, NULL, 0);
        } else {
            fprintf(stderr, "execlog: bad option %s\n", argv[i]);
            return -1;
        }
    }
    lines = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    qemu_plugin_register_vcpu_tb_trans_cb(id, tb_trans);
    qemu_plugin_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
