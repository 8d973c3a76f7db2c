/* SPDX-License-Identifier: MIT */
/*
 * QEMU-API test plugin: block counts. A callback on every translated
 * block's execution counts blocks and adds the block's instruction
 * count. The instruction total is the same in QEMU and farad; the block
 * count depends on where each one ends its blocks (docs/plugins.md), so
 * tests/qemu-plugins.t compares only the first line.
 */
#include <inttypes.h>
#include <stdio.h>

#include "qemu-plugin.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION;

static uint64_t bb_count, insn_count, inits;

static void tb_exec(unsigned int vcpu, void *udata)
{
    (void)vcpu;
    bb_count++;
    insn_count += (uintptr_t)udata;
}

static void tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    qemu_plugin_register_vcpu_tb_exec_cb(tb, tb_exec, QEMU_PLUGIN_CB_NO_REGS,
                                         (void *)(uintptr_t)n);
}

static void vcpu_init(qemu_plugin_id_t id, unsigned int vcpu)
{
    (void)id;
    (void)vcpu;
    inits++;
}

static void at_exit(qemu_plugin_id_t id, void *udata)
{
    (void)id;
    (void)udata;
    char buf[160];
    snprintf(buf, sizeof(buf),
             "bb insns: %" PRIu64 "\nvcpus: %d init %" PRIu64 "\n"
             "blocks: %" PRIu64 "\n", insn_count, qemu_plugin_n_vcpus(),
             inits, bb_count);
    qemu_plugin_outs(buf);
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id,
                                           const qemu_info_t *info,
                                           int argc, char **argv)
{
    (void)info;
    (void)argc;
    (void)argv;
    qemu_plugin_register_vcpu_init_cb(id, vcpu_init);
    qemu_plugin_register_vcpu_tb_trans_cb(id, tb_trans);
    qemu_plugin_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
