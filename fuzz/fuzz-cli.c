/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the command line (core/front/cli.c) and through it the
 * machine and device property parsers (core/machine/props.c, -machine,
 * -device, -global, -m, -smp, -icount, -rtc, ...). The input is argv
 * without argv[0], one argument per NUL-separated piece.
 *
 * -object memory-backend-file opens (and creates) its mem-path while
 * the command line is parsed, as QEMU does: an input whose mem-path has
 * a '/' is not run, so the fuzzer creates files only in its current
 * directory (./build.sh fuzz runs it in a scratch one).
 */
#include <string.h>

#include "fuzz-common.h"
#include "core/front/cli.h"
#include "board/board.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool creates_files_elsewhere(const GPtrArray *args)
{
    for (guint i = 0; i < args->len; i++) {
        const char *p = strstr(args->pdata[i], "mem-path=");
        if (p && strchr(p, '/')) {
            return true;
        }
    }
    return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    GPtrArray *args = fuzz_split(data, size, '\0', 64);
    if (creates_files_elsewhere(args)) {
        g_ptr_array_unref(args);
        return 0;
    }
    char **argv = g_new0(char *, args->len + 2);
    argv[0] = "farad";
    for (guint i = 0; i < args->len; i++) {
        argv[i + 1] = args->pdata[i];
    }
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    CliAction action = CLI_RUN;
    GError *err = NULL;
    if (!cli_parse((int)args->len + 1, argv, &cfg, &action, &err)) {
        fuzz_drop_error(&err);
    }
    machine_config_clear(&cfg);
    g_free(argv);
    g_ptr_array_unref(args);
    return 0;
}
