/* SPDX-License-Identifier: MIT */
/*
 * A session: a built machine with the front ends and snapshot services
 * its command line asks for (the monitor, the gdb stub, -snapshot-db
 * with -loadvm/-savevm-at, record/replay), each taking part in the run
 * loop through core/machine/run-hooks.h; and farad-snap replay's driver, which
 * builds the recorded machine from its stored command line.
 */
#include <string.h>

#include "board/board.h"
#include "cli.h"
#include "gdbstub.h"
#include "monitor.h"
#include "qmp.h"
#include "serial-chr.h"
#include "vserial-chr.h"
#include "replay-args.h"
#include "core/machine/platform.h"
#include "session.h"
#include "snapshot/replay.h"
#include "snapshot/snap.h"

bool session_start(Machine *m, const MachineConfig *cfg, GError **err)
{
    /* -incoming first: whether the machine starts paused depends on it
     * (QEMU runs a guest that was running, unless -S) */
    if (cfg->incoming && !strcmp(cfg->incoming, "defer")) {
        m->cfg.start_paused = true;   /* until QMP's migrate-incoming */
    } else if (cfg->incoming) {
        bool running = false;
        if (!snap_qemu_incoming(m, cfg->incoming, &running, err)) {
            return false;
        }
        if (!running) {
            m->cfg.start_paused = true;
        }
    }
    if (!serial_chr_start(m, cfg, err) || !vserial_chr_start(m, cfg, err)) {
        return false;
    }
    monitor_new(m);
    /* QMP's paused state: -S, or what -incoming left */
    MachineConfig qcfg = *cfg;
    qcfg.start_paused = m->cfg.start_paused;
    if (!qmp_start(m, &qcfg, err)) {
        return false;
    }
    if (cfg->gdb && !gdbstub_new(m, cfg->gdb, err)) {
        return false;
    }
    if (!snap_machine_start(m, err)) {
        return false;
    }
    if (cfg->replay && cfg->replay->mode != REPLAY_OFF &&
        !replay_start(m, cfg->replay, err)) {
        return false;
    }
    return true;
}

int replay_verify_file(const char *file, char **own, bool show_output,
                       FILE *out, GError **err)
{
    char *argv_s = replay_file_argv(file, err);
    if (!argv_s) {
        return 2;
    }
    gchar **stored = g_strsplit(argv_s, "\n", -1);
    g_free(argv_s);
    /* the recording is data: only its machine-shaping options count */
    GPtrArray *av = replay_args_build(file, stored, own, err);
    g_strfreev(stored);
    if (!av) {
        return 2;
    }
    int argc = (int)av->len;
    g_ptr_array_add(av, NULL);
    MachineConfig cfg;
    CliAction action;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    bool ok = cli_parse(argc, (char **)av->pdata, &cfg, &action, err);
    g_ptr_array_unref(av);
    if (!ok) {
        machine_config_clear(&cfg);
        return 2;
    }
    /* the machine type the recording ran, whatever its command line
     * means today (a default or "pseries" recorded when that was
     * pseries-2.8) */
    char *type = replay_file_machine(file, err);
    if (!type) {
        machine_config_clear(&cfg);
        return 2;
    }
    g_free(cfg.machine_type);
    cfg.machine_type = type;
    /* no debugger, no paused start: the recording's inputs drive it */
    g_free(cfg.gdb);
    cfg.gdb = NULL;
    cfg.start_paused = false;
    if (!cfg.replay) {
        cfg.replay = g_new0(ReplayConfig, 1);
        cfg.replay_destroy = replay_config_free;
    }
    g_free(cfg.replay->file);
    cfg.replay->file = g_strdup(file);
    cfg.replay->mode = REPLAY_PLAY;
    cfg.net_offline = true;   /* frames come from the journal */
    cfg.replay->verify = true;
    cfg.replay->quiet = true;
    Machine *m = machine_new(&cfg, err);
    if (m && !session_start(m, &cfg, err)) {
        machine_free(m);
        m = NULL;
    }
    machine_config_clear(&cfg);
    if (!m) {
        return 2;
    }
    if (!show_output) {
        m->console.out = NULL;
    }
    machine_run(m);
    fflush(stdout);
    const ReplayResult *res = replay_result(m);
    int rc = 2;
    if (res && res->report) {
        fprintf(out, "%s", res->report);
        rc = res->diverged ? 1 : 0;
    } else {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: the replay ended without a result", file);
    }
    machine_free(m);
    return rc;
}
