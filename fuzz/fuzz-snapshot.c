/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the snapshot loader (snapshot/snap-db.c, snap-store.c,
 * snap-fields.c, ...). The input is a database file: it is opened (an
 * older schema is migrated, as farad does), listed, verified, and every
 * snapshot in it is loaded into a machine of each of the two shapes the
 * fixtures have (256 MiB with one CPU, 512 MiB with two).
 */
#include <stdio.h>

#include "fuzz-common.h"
#include "snapshot/snap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Machine *machines[2];
    static FILE *devnull;
    if (!machines[0]) {
        fuzz_init();
        machines[0] = fuzz_machine(256, 1, false);
        machines[1] = fuzz_machine(512, 2, false);
        devnull = fopen("/dev/null", "w");
    }
    GError *err = NULL;
    SnapDb *db = snap_db_open(fuzz_db_file(data, size), &err);
    if (!db) {
        fuzz_drop_error(&err);
        return 0;
    }
    GArray *list = snap_list(db, &err);
    if (list) {
        for (guint i = 0; i < list->len && i < 8; i++) {
            const SnapInfo *s = &g_array_index(list, SnapInfo, i);
            for (size_t k = 0; k < G_N_ELEMENTS(machines); k++) {
                if (s->name && !snap_load(machines[k], db, s->name, &err)) {
                    fuzz_drop_error(&err);
                }
            }
        }
        snap_list_free(list);
    } else {
        fuzz_drop_error(&err);
    }
    if (!snap_verify(db, devnull, &err)) {
        fuzz_drop_error(&err);
    }
    snap_db_close(db);
    return 0;
}
