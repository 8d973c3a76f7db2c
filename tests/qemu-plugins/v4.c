/* SPDX-License-Identifier: MIT */
/*
 * Test plugin for the QEMU plugin API after 7.2 (declares version 4; runs
 * in farad only): a scoreboard counts instructions per vCPU with
 * per-vCPU inline adds on instructions and on blocks, and memory
 * accesses with a memory inline add; a STORE op keeps the address of
 * the last instruction; a conditional callback fires when the count
 * reaches at=N and reports the PC (qemu_plugin_read_register), the
 * instruction's bytes read back with qemu_plugin_read_memory_vaddr and
 * as copied at translation by qemu_plugin_insn_data (version 3's form).
 * tests/qemu-plugins.t checks these against QEMU 7.2 running the
 * version-1 plugins.
 */
#include <glib.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define QEMU_PLUGIN_VERSION 4
#include "qemu-plugin.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION;

typedef struct {
    uint64_t insns, tb_insns, mem, last_pc;
} Counts;

static struct qemu_plugin_scoreboard *sb;
static qemu_plugin_u64 c_insns, c_tb, c_mem, c_last;
static uint64_t at = 1000;
static GHashTable *words;   /* vaddr -> the 4 bytes as copied, packed */
static char fired[256];

static struct qemu_plugin_register *find_reg(const char *name)
{
    GArray *regs = qemu_plugin_get_registers();
    struct qemu_plugin_register *h = NULL;
    for (guint i = 0; i < regs->len; i++) {
        qemu_plugin_reg_descriptor *d =
            &g_array_index(regs, qemu_plugin_reg_descriptor, i);
        if (!strcmp(d->name, name)) {
            h = d->handle;
        }
    }
    g_array_free(regs, TRUE);
    return h;
}

static void reached(unsigned int vcpu, void *udata)
{
    (void)udata;
    GByteArray *pcb = g_byte_array_new(), *mem = g_byte_array_new();
    struct qemu_plugin_register *pch = find_reg("pc");
    uint64_t pc = 0;
    if (pch && qemu_plugin_read_register(pch, pcb) == 8) {
        /* gdb byte order is the guest's: rebuild the value both ways */
        uint64_t be = 0, le = 0;
        for (int i = 0; i < 8; i++) {
            be = be << 8 | pcb->data[i];
            le |= (uint64_t)pcb->data[i] << (8 * i);
        }
        pc = be < le ? be : le;
    }
    uint32_t packed = GPOINTER_TO_UINT(g_hash_table_lookup(words,
                                                           &(uint64_t){pc}));
    bool ok = qemu_plugin_read_memory_vaddr(pc, mem, 4);
    snprintf(fired, sizeof(fired),
             "at %" PRIu64 " vcpu %u: pc 0x%016" PRIx64 " memory %02x%02x%02x%02x"
             " data %08x\n", at, vcpu, pc, ok ? mem->data[0] : 0,
             ok ? mem->data[1] : 0, ok ? mem->data[2] : 0,
             ok ? mem->data[3] : 0, packed);
    g_byte_array_free(pcb, TRUE);
    g_byte_array_free(mem, TRUE);
}

static void tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    qemu_plugin_register_vcpu_tb_exec_inline_per_vcpu(
        tb, QEMU_PLUGIN_INLINE_ADD_U64, c_tb, n);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uint64_t va = qemu_plugin_insn_vaddr(insn);
        uint8_t b[8];
        size_t got = qemu_plugin_insn_data(insn, b, sizeof(b));
        if (got == 4) {
            uint64_t *k = g_new(uint64_t, 1);
            *k = va;
            g_hash_table_insert(words, k, GUINT_TO_POINTER(
                (uint32_t)b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]));
        }
        qemu_plugin_register_vcpu_insn_exec_inline_per_vcpu(
            insn, QEMU_PLUGIN_INLINE_ADD_U64, c_insns, 1);
        qemu_plugin_register_vcpu_insn_exec_inline_per_vcpu(
            insn, QEMU_PLUGIN_INLINE_STORE_U64, c_last, va);
        qemu_plugin_register_vcpu_insn_exec_cond_cb(
            insn, reached, QEMU_PLUGIN_CB_R_REGS, QEMU_PLUGIN_COND_EQ,
            c_insns, at, NULL);
        qemu_plugin_register_vcpu_mem_inline_per_vcpu(
            insn, QEMU_PLUGIN_MEM_RW, QEMU_PLUGIN_INLINE_ADD_U64, c_mem, 1);
    }
}

static void at_exit(qemu_plugin_id_t id, void *udata)
{
    (void)id;
    (void)udata;
    char buf[256];
    snprintf(buf, sizeof(buf),
             "v4 insns: %" PRIu64 "\nv4 tb insns: %" PRIu64
             "\nv4 mem: %" PRIu64 "\nv4 vcpus: %d\n",
             qemu_plugin_u64_sum(c_insns), qemu_plugin_u64_sum(c_tb),
             qemu_plugin_u64_sum(c_mem), qemu_plugin_num_vcpus());
    qemu_plugin_outs(buf);
    qemu_plugin_outs(fired);
    qemu_plugin_scoreboard_free(sb);
    g_hash_table_destroy(words);
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id,
                                           const qemu_info_t *info,
                                           int argc, char **argv)
{
    if (info->version.cur < 4) {
        return -1;
    }
    for (int i = 0; i < argc; i++) {
        if (!strncmp(argv[i], "at=", 3)) {
            at = strtoull(argv[i] + 3, NULL, 0);
        } else {
            return -1;
        }
    }
    sb = qemu_plugin_scoreboard_new(sizeof(Counts));
    c_insns = qemu_plugin_scoreboard_u64_in_struct(sb, Counts, insns);
    c_tb = qemu_plugin_scoreboard_u64_in_struct(sb, Counts, tb_insns);
    c_mem = qemu_plugin_scoreboard_u64_in_struct(sb, Counts, mem);
    c_last = qemu_plugin_scoreboard_u64_in_struct(sb, Counts, last_pc);
    words = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
    qemu_plugin_register_vcpu_tb_trans_cb(id, tb_trans);
    qemu_plugin_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
