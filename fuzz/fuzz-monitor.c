/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the human monitor's command parser and commands
 * (core/front/monitor-cmds.c, monitor-info.c). The input is command
 * lines, one per line, run on one machine that lives for the process
 * (as a monitor session's machine does).
 */
#include <ctype.h>
#include <string.h>

#include "fuzz-common.h"
#include "core/front/monitor.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* x/xp take a repeat count as QEMU's do (x /999999999x prints a
 * billion words, for minutes): a line with a count of five digits or
 * more is not run, so an input stays a fraction of a second. */
static bool long_dump(const char *line)
{
    const char *slash = strchr(line, '/');
    if (!slash) {
        return false;
    }
    size_t digits = 0;
    for (const char *p = slash + 1; isdigit((unsigned char)*p); p++) {
        digits++;
    }
    return digits >= 5;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Machine *m;
    static Monitor *mon;
    if (!m) {
        fuzz_init();
        m = fuzz_machine(256, 2, true);
        mon = monitor_new(m);
    }
    GPtrArray *lines = fuzz_split(data, size, '\n', 32);
    for (guint i = 0; i < lines->len; i++) {
        if (!long_dump(lines->pdata[i])) {
            monitor_run_line(mon, lines->pdata[i]);
        }
    }
    g_ptr_array_unref(lines);
    return 0;
}
