/* SPDX-License-Identifier: MIT */
/*
 * QEMU-API test plugin: the plugin's life cycle. Reports what install
 * was told (target, system emulation, vCPUs), the vCPU init callbacks,
 * qemu_plugin_vcpu_for_each, the user-mode-only queries, option parsing,
 * and then, at the instruction given by stop=N, either resets itself
 * (the reset callback registers a new atexit callback, which must be the
 * only one left) or, with uninstall=on, uninstalls itself (the callback
 * reports it; nothing runs afterwards). Lines are deterministic in QEMU
 * and farad alike. idle=on adds the idle/resume callback counts (host
 * timing in QEMU; H_CEDE calls in farad).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qemu-plugin.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION;

static uint64_t count, stop = 100, inits, each, syscalls, after_stop;
static bool uninstall, stopped, idle;
static uint64_t idles, resumes;
static qemu_plugin_id_t me;

static void out(const char *fmt, uint64_t v)
{
    char buf[128];
    snprintf(buf, sizeof(buf), fmt, v);
    qemu_plugin_outs(buf);
}

static void vcpu_init(qemu_plugin_id_t id, unsigned int vcpu)
{
    (void)id;
    (void)vcpu;
    inits++;
}

static void vcpu_idle(qemu_plugin_id_t id, unsigned int vcpu)
{
    (void)id;
    (void)vcpu;
    idles++;
}

static void vcpu_resume(qemu_plugin_id_t id, unsigned int vcpu)
{
    (void)id;
    (void)vcpu;
    resumes++;
}

static void for_each(qemu_plugin_id_t id, unsigned int vcpu)
{
    (void)id;
    (void)vcpu;
    each++;
}

static void syscall_cb(qemu_plugin_id_t id, unsigned int vcpu, int64_t num,
                       uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4,
                       uint64_t a5, uint64_t a6, uint64_t a7, uint64_t a8)
{
    (void)id; (void)vcpu; (void)num; (void)a1; (void)a2; (void)a3;
    (void)a4; (void)a5; (void)a6; (void)a7; (void)a8;
    syscalls++;
}

static void idle_report(void)
{
    if (idle) {
        out("idle: %" PRIu64 "\n", idles);
        out("resume: %" PRIu64 "\n", resumes);
    }
}

static void final_exit(qemu_plugin_id_t id, void *udata)
{
    (void)id;
    (void)udata;
    qemu_plugin_vcpu_for_each(me, for_each);
    out("for_each vcpus: %" PRIu64 "\n", each);
    out("syscalls: %" PRIu64 "\n", syscalls);
    out("stopped: %" PRIu64 "\n", stopped);
    idle_report();
}

static void first_exit(qemu_plugin_id_t id, void *udata)
{
    (void)id;
    (void)udata;
    qemu_plugin_outs("first atexit ran: the reset did not drop it\n");
    idle_report();
}

static void reset_done(qemu_plugin_id_t id)
{
    qemu_plugin_outs("reset done\n");
    qemu_plugin_register_atexit_cb(id, final_exit, NULL);
}

static void uninstalled(qemu_plugin_id_t id)
{
    (void)id;
    out("uninstalled after %" PRIu64 " instructions or more\n", stop);
}

static void insn_exec(unsigned int vcpu, void *udata)
{
    (void)vcpu;
    (void)udata;
    if (stopped) {
        after_stop++;
        return;
    }
    if (++count == stop) {
        stopped = true;
        if (uninstall) {
            qemu_plugin_uninstall(me, uninstalled);
        } else {
            qemu_plugin_reset(me, reset_done);
        }
    }
}

static void tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    for (size_t i = 0; i < qemu_plugin_tb_n_insns(tb); i++) {
        qemu_plugin_register_vcpu_insn_exec_cb(qemu_plugin_tb_get_insn(tb, i),
                                               insn_exec,
                                               QEMU_PLUGIN_CB_NO_REGS, NULL);
    }
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id,
                                           const qemu_info_t *info,
                                           int argc, char **argv)
{
    me = id;
    for (int i = 0; i < argc; i++) {
        if (!strncmp(argv[i], "stop=", 5)) {
            stop = strtoull(argv[i] + 5, NULL, 0);
        } else if (!strncmp(argv[i], "idle=", 5)) {
            if (!qemu_plugin_bool_parse("idle", argv[i] + 5, &idle)) {
                return -1;
            }
        } else if (!strncmp(argv[i], "uninstall=", 10)) {
            if (!qemu_plugin_bool_parse("uninstall", argv[i] + 10,
                                        &uninstall)) {
                return -1;
            }
        } else {
            return -1;
        }
    }
    char buf[256];
    snprintf(buf, sizeof(buf),
             "target %s system %d smp %d max %d n_vcpus %d max_vcpus %d\n",
             info->target_name, info->system_emulation,
             info->system.smp_vcpus, info->system.max_vcpus,
             qemu_plugin_n_vcpus(), qemu_plugin_n_max_vcpus());
    qemu_plugin_outs(buf);
    snprintf(buf, sizeof(buf), "binary %s code %" PRIx64 " %" PRIx64 " %"
             PRIx64 "\n", qemu_plugin_path_to_binary() ? "set" : "none",
             qemu_plugin_start_code(), qemu_plugin_end_code(),
             qemu_plugin_entry_code());
    qemu_plugin_outs(buf);
    bool b = false;
    snprintf(buf, sizeof(buf), "bool_parse on %d off %d bogus %d\n",
             qemu_plugin_bool_parse("x", "on", &b) && b,
             qemu_plugin_bool_parse("x", "off", &b) && !b,
             qemu_plugin_bool_parse("x", "bogus", &b));
    qemu_plugin_outs(buf);
    qemu_plugin_register_vcpu_init_cb(id, vcpu_init);
    qemu_plugin_register_vcpu_idle_cb(id, vcpu_idle);
    qemu_plugin_register_vcpu_resume_cb(id, vcpu_resume);
    qemu_plugin_register_vcpu_syscall_cb(id, syscall_cb);
    qemu_plugin_register_vcpu_tb_trans_cb(id, tb_trans);
    qemu_plugin_register_atexit_cb(id, first_exit, NULL);
    return 0;
}
