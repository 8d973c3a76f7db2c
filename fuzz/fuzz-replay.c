/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the replay reader (snapshot/replay.c start_replay,
 * replay-check.c's journal loader, farad-snap replay's stored command
 * line). The input is a recording (a snapshot database file); replay
 * starts on a machine of the seed recording's shape (pseries-7.2,
 * 256 MiB; one machine for the process: building one per input costs
 * 0.2 s) and reads the console input back from the journal.
 */
#include "fuzz-common.h"
#include "core/machine/platform.h"
#include "snapshot/replay.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Machine *m;
    if (!m) {
        fuzz_init();
        m = fuzz_machine(256, 1, false);
    }
    const char *path = fuzz_db_file(data, size);
    GError *err = NULL;
    char *argv = replay_file_argv(path, &err);
    if (!argv) {
        fuzz_drop_error(&err);
    }
    g_free(argv);
    guint hooks = m->run_hooks ? m->run_hooks->len : 0;
    ReplayConfig rc = { .mode = REPLAY_PLAY, .file = (char *)path,
                        .quiet = true };
    if (replay_start(m, &rc, &err)) {
        uint8_t buf[64];
        for (int i = 0; i < 4; i++) {
            replay_console_read(m->replay, buf, sizeof(buf));
        }
        replay_poll(m);
        replay_free(m);
        /* forget the run hook replay_start added (the next input's
         * replay adds its own) */
        g_array_set_size(m->run_hooks, hooks);
    } else {
        fuzz_drop_error(&err);
    }
    return 0;
}
