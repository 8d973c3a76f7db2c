/* SPDX-License-Identifier: MIT */
/*
 * The fuzz targets' shared harness (see fuzz-common.h).
 */
#include "fuzz-common.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "board/board.h"

static char *scratch;   /* the private directory for database files */

void fuzz_init(void)
{
    static bool done;
    if (done) {
        return;
    }
    done = true;
    signal(SIGPIPE, SIG_IGN);
    int null = open("/dev/null", O_WRONLY);
    if (null >= 0) {
        fflush(stdout);
        dup2(null, STDOUT_FILENO);
        close(null);
    }
    scratch = g_dir_make_tmp("farad-fuzz-XXXXXX", NULL);
    if (!scratch) {
        fprintf(stderr, "fuzz: no scratch directory\n");
        abort();
    }
}

Machine *fuzz_machine(uint64_t ram_mb, int smp, bool monitor)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    cfg.ram_size = ram_mb << 20;
    cfg.smp = smp;
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.serial_stdio = true;    /* a spapr-vty, as -nographic has */
    cfg.monitor_stdio = monitor;
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    if (!m) {
        fprintf(stderr, "fuzz: machine_new: %s\n", err->message);
        abort();
    }
    machine_config_clear(&cfg);
    return m;
}

static void write_all(int fd, const uint8_t *data, size_t size)
{
    while (size) {
        ssize_t n = write(fd, data, size);
        if (n <= 0) {
            perror("fuzz: write");
            abort();
        }
        data += n;
        size -= (size_t)n;
    }
}

const char *fuzz_file(const uint8_t *data, size_t size)
{
    static int fd = -1;
    static char path[64];
    if (fd < 0) {
        fd = memfd_create("fuzz-input", 0);
        if (fd < 0) {
            perror("fuzz: memfd_create");
            abort();
        }
        snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
    }
    if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0) {
        abort();
    }
    write_all(fd, data, size);
    return path;
}

const char *fuzz_db_file(const uint8_t *data, size_t size)
{
    static char *path;
    if (!path) {
        path = g_build_filename(scratch, "input.db", NULL);
    }
    static const char *const leftovers[] = { "-journal", "-wal", "-shm" };
    for (size_t i = 0; i < G_N_ELEMENTS(leftovers); i++) {
        g_autofree char *p = g_strconcat(path, leftovers[i], NULL);
        unlink(p);
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        perror("fuzz: open");
        abort();
    }
    write_all(fd, data, size);
    close(fd);
    return path;
}

GPtrArray *fuzz_split(const uint8_t *data, size_t size, char sep, int max)
{
    GPtrArray *v = g_ptr_array_new_with_free_func(g_free);
    const uint8_t *p = data, *end = data + size;
    while ((int)v->len < max) {
        const uint8_t *q = memchr(p, sep, (size_t)(end - p));
        if (!q) {
            q = end;
        }
        g_ptr_array_add(v, g_strndup((const char *)p, (size_t)(q - p)));
        if (q == end) {
            break;
        }
        p = q + 1;
    }
    return v;
}

void fuzz_drop_error(GError **err)
{
    static int verbose = -1;
    if (verbose < 0) {
        verbose = getenv("FARAD_FUZZ_VERBOSE") != NULL;
    }
    if (*err && verbose) {
        fprintf(stderr, "fuzz: %s\n", (*err)->message);
    }
    g_clear_error(err);
}
