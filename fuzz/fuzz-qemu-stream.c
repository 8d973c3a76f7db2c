/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the QEMU migration stream reader behind import-qemu
 * (snapshot/snap-qemu.c: gzip, the section walk, the JSON vmdesc). The
 * input is the stream file.
 */
#include "fuzz-common.h"
#include "snapshot/snap-wire.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    const char *path = fuzz_file(data, size);
    GError *err = NULL;
    SnapQemuStream *s = snap_qemu_read(path, NULL, &err);
    if (s) {
        snap_qemu_free(s);
    } else {
        fuzz_drop_error(&err);
    }
    return 0;
}
