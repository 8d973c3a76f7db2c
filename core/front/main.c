/* SPDX-License-Identifier: MIT */
/*
 * farad's entry point: parse the command line, build the pseries
 * machine, run it, and turn how it ended into the exit status
 * (0 after power-off or, with -no-reboot, a guest reboot; 3 at
 * -max-insns, 4 when every CPU halted for good, 1 for errors). With FARAD_STATS set in the environment the
 * instruction count is printed on stderr at exit.
 */
#include <libfdt.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "board/board.h"
#include "cli.h"
#include "daemon.h"
#include "core/machine/platform.h"
#include "session.h"

/* Write the dumpdtb file. A regular file (or a new one) is replaced
 * atomically; anything else that exists (a FIFO, /dev/null, a terminal)
 * is written in place: a rename over it would put a regular file where
 * the device or FIFO was. */
static bool write_dtb(const char *path, const void *fdt, GError **err)
{
    struct stat st;
    if (stat(path, &st) != 0 || S_ISREG(st.st_mode)) {
        return g_file_set_contents(path, fdt, fdt_totalsize(fdt), err);
    }
    FILE *f = fopen(path, "wb");
    bool ok = f && fwrite(fdt, 1, fdt_totalsize(fdt), f) == fdt_totalsize(fdt);
    if (f && fclose(f) != 0) {
        ok = false;
    }
    if (!ok) {
        g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s",
                    g_strerror(errno));
    }
    return ok;
}

int main(int argc, char **argv)
{
    MachineConfig cfg;
    CliAction action;
    GError *err = NULL;

    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    if (!cli_parse(argc, argv, &cfg, &action, &err)) {
        fprintf(stderr, "farad: %s\n", err->message);
        g_error_free(err);
        machine_config_clear(&cfg);
        return 1;
    }
    if (action == CLI_EXIT_OK) {
        machine_config_clear(&cfg);
        return 0;
    }
    if (!cfg.dumpdtb && !daemon_start(&cfg, &err)) {
        fprintf(stderr, "farad: %s\n", err->message);
        g_error_free(err);
        machine_config_clear(&cfg);
        return 1;
    }
    atexit(daemon_end);
    Machine *m = machine_new(&cfg, &err);
    if (m && !m->cfg.dumpdtb && !session_start(m, &cfg, &err)) {
        machine_free(m);
        m = NULL;
    }
    machine_config_clear(&cfg);
    if (!m) {
        if (g_error_matches(err, FARAD_ERROR, FARAD_ERROR_REPORTS)) {
            /* several reports (-incoming's chain, as QEMU prints it) */
            gchar **lines = g_strsplit(err->message, "\n", -1);
            for (int i = 0; lines[i]; i++) {
                fprintf(stderr, "farad: %s\n", lines[i]);
            }
            g_strfreev(lines);
        } else {
            fprintf(stderr, "farad: %s\n", err->message);
        }
        g_error_free(err);
        return 1;
    }
    if (m->cfg.dumpdtb) {
        GError *e = NULL;
        if (!write_dtb(m->cfg.dumpdtb, m->fdt, &e)) {
            fprintf(stderr, "farad: dumpdtb=%s: %s\n", m->cfg.dumpdtb,
                    e->message);
            machine_free(m);
            return 1;
        }
        machine_free(m);
        return 0;
    }
    daemon_ready(&m->cfg);
    MachineExit why = machine_run(m);
    int status = 0;
    switch (why) {
    case MACHINE_EXIT_POWEROFF:
    case MACHINE_EXIT_PANIC:    /* guest panic: QEMU shuts down, exit 0 */
    case MACHINE_EXIT_QUIT:     /* monitor quit, Ctrl-A x */
    case MACHINE_EXIT_RESET:    /* a guest reboot under -no-reboot */
        status = 0;
        break;
    case MACHINE_EXIT_LIMIT:
        fflush(stdout);
        fprintf(stderr, "farad: stopped after %llu instructions "
                "(-max-insns)\n", (unsigned long long)machine_icount(m));
        status = 3;
        break;
    case MACHINE_EXIT_HALTED:
        fflush(stdout);
        fprintf(stderr, "farad: all CPUs halted with no interrupt source "
                "left, after %llu instructions\n",
                (unsigned long long)machine_icount(m));
        status = 4;
        break;
    default:
        status = 1;
        break;
    }
    if (getenv("FARAD_STATS")) {
        /* for tests/bench: the retired-instruction count */
        fflush(stdout);
        fprintf(stderr, "farad: icount %llu\n",
                (unsigned long long)machine_icount(m));
    }
    machine_free(m);
    return status;
}
