/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the snapshot tests: build a pseries machine running
 * a guest test program with its console captured in memory, run it for
 * a number of instructions, and temporary file names.
 */
#ifndef FARAD_TESTS_SNAP_UTIL_H
#define FARAD_TESTS_SNAP_UTIL_H

#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "board/board.h"
#include "core/machine/platform.h"
#include "snapshot/snap.h"

typedef struct TMachine {
    Machine *m;
    char *out;
    size_t outlen;
    FILE *f;
} TMachine;

/* Path of a guest program, NULL (test skipped) when it was not built. */
static inline char *guest_path(const char *name)
{
    char *p = g_strdup_printf("%s/tests/guest/out/%s.bin", FARAD_SRC, name);
    if (!g_file_test(p, G_FILE_TEST_EXISTS)) {
        g_free(p);
        g_test_skip("guest programs not built (tests/guest/build-guests.sh)");
        return NULL;
    }
    return p;
}

/* nodefaults: QEMU's -nodefaults, here no default CD-ROM and so no
 * VSCSI adapter (the machine the fixture files were saved from, before
 * the adapter existed). */
static inline void tm_new_machine(TMachine *t, const char *bios,
                                  const char *mtype, uint64_t ram,
                                  bool nodefaults)
{
    MachineConfig cfg;
    GError *err = NULL;
    machine_config_init(&cfg);
    cfg.nodefaults = nodefaults;
    cfg.board = &pseries_board;
    cfg.bios = g_strdup(bios);
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup(mtype ? mtype : "pseries-2.8");
    if (ram) {
        cfg.ram_size = ram;
    }
    t->m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    t->f = open_memstream(&t->out, &t->outlen);
    t->m->console.out = t->f;
    t->m->console.in_fd = -1;
}

static inline void tm_new(TMachine *t, const char *bios, const char *mtype,
                          uint64_t ram)
{
    tm_new_machine(t, bios, mtype, ram, false);
}

/* Run until icount `until` (0: to the end). */
static inline MachineExit tm_run(TMachine *t, uint64_t until)
{
    t->m->cfg.max_insns = until;
    MachineExit e = machine_run(t->m);
    fflush(t->f);
    return e;
}

static inline void tm_free(TMachine *t)
{
    t->m->console.out = NULL;
    machine_free(t->m);
    fclose(t->f);
    free(t->out);
    memset(t, 0, sizeof(*t));
}

static inline char *tmp_db(const char *tag)
{
    char *p = g_strdup_printf("%s/farad-snap-%d-%s.db", g_get_tmp_dir(),
                              (int)getpid(), tag);
    g_unlink(p);
    char *j = g_strconcat(p, "-journal", NULL);
    g_unlink(j);
    g_free(j);
    return p;
}

static inline GBytes *file_bytes(const char *p)
{
    char *d;
    gsize n;
    g_assert_true(g_file_get_contents(p, &d, &n, NULL));
    return g_bytes_new_take(d, n);
}

#endif
