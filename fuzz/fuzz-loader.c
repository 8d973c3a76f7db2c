/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the image loaders (core/machine/loader.c). The input is
 * a file given to load_elf (-kernel: ELF header, program headers, the
 * symbol table) and to load_raw (-bios), both at their own addresses
 * and at QEMU's firmware-boot load base.
 */
#include "fuzz-common.h"
#include "core/machine/platform.h"
#include "base/symbols.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Machine *m;
    if (!m) {
        fuzz_init();
        m = fuzz_machine(256, 1, false);
    }
    const char *path = fuzz_file(data, size);
    const uint64_t bases[] = { ELF_AT_PADDR, KERNEL_LOAD_ADDR };
    for (size_t i = 0; i < G_N_ELEMENTS(bases); i++) {
        ElfImage img = { 0 };
        GError *err = NULL;
        if (!load_elf(m, path, bases[i], &img, &err)) {
            fuzz_drop_error(&err);
        }
        symtab_free(m->symbols);   /* read the symbols again next time */
        m->symbols = NULL;
    }
    uint64_t loaded = 0;
    GError *err = NULL;
    if (!load_raw(m, path, 0, m->ram_size, &loaded, &err)) {
        fuzz_drop_error(&err);
    }
    return 0;
}
