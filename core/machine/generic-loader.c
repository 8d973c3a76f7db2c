/* SPDX-License-Identifier: MIT */
/*
 * loader: QEMU's generic loader device (hw/core/generic-loader.c's
 * behaviour, docs/system/generic-loader.rst), -device loader,...:
 *   file=F[,addr=A][,force-raw=on][,cpu-num=N]  an image: a big-endian
 *       ELF at its physical addresses (addr ignored; its entry is the
 *       PC), anything else (a little-endian ELF too, as on QEMU's
 *       big-endian ppc64 target) raw at addr
 *   data=V,data-len=L[,data-be=on],addr=A  L (1..8) bytes of V's 8-byte
 *       little- (or big-) endian representation at A, its first L bytes
 *   addr=A,cpu-num=N  the PC of CPU N
 * Memory is written at every machine reset, before the firmware and
 * kernel are loaded. A PC is, as on QEMU 7.2's pseries, overwritten by
 * the machine's entry state (the firmware's 0x100 on CPU 0; secondaries
 * stay stopped until start-cpu): it takes effect only with -bios none
 * and no -kernel, where CPU 0 enters at it (generic_loader_pc).
 * Not modelled: U-Boot and Intel HEX images (loaded raw).
 */
#include <elf.h>
#include <string.h>

#include "device.h"
#include "platform.h"
#include "spapr.h"

#define CPU_NONE UINT32_MAX   /* cpu-num not given */

typedef struct GenericLoader {
    Device dev;           /* must be first */
    char *file;
    uint64_t addr;
    uint64_t data;
    uint32_t data_len;
    bool data_be;
    uint32_t cpu_num;
    bool force_raw;
    bool set_pc;          /* cpu-num given: the PC of that CPU */
    uint64_t pc;          /* addr, or the ELF's entry */
} GenericLoader;

static const PropDesc loader_props[] = {
    PROP_U64("addr", GenericLoader, addr, 0),
    PROP_U32("cpu-num", GenericLoader, cpu_num, CPU_NONE),
    PROP_BOOL("data-be", GenericLoader, data_be, false),
    PROP_U32("data-len", GenericLoader, data_len, 0),
    PROP_U64("data", GenericLoader, data, 0),
    PROP_STR("file", GenericLoader, file, NULL, "the image to load"),
    PROP_BOOL("force-raw", GenericLoader, force_raw, false),
    PROP_END
};

/* Is path a big-endian ELF (loaded as an ELF; anything else is raw)? */
static bool is_be_elf(const char *path)
{
    uint8_t id[EI_NIDENT] = { 0 };
    FILE *f = fopen(path, "rb");
    size_t n = f ? fread(id, 1, sizeof(id), f) : 0;
    if (f) {
        fclose(f);
    }
    return n == sizeof(id) && !memcmp(id, ELFMAG, SELFMAG) &&
           id[EI_DATA] == ELFDATA2MSB;
}

/* Write the loader's memory contents (realize checks, reset repeats). */
static bool loader_load(GenericLoader *l, GError **err)
{
    Machine *m = l->dev.machine;
    if (l->data_len) {
        uint8_t bytes[8];
        for (int i = 0; i < 8; i++) {   /* QEMU: cpu_to_{le,be}64(data) */
            int shift = l->data_be ? 8 * (7 - i) : 8 * i;
            bytes[i] = (uint8_t)(l->data >> shift);
        }
        if (!spapr_ram_ok(m, l->addr, l->data_len)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%u bytes at 0x%llx are outside RAM", l->data_len,
                        (unsigned long long)l->addr);
            return false;
        }
        spapr_write_ram(m, l->addr, bytes, l->data_len);
        return true;
    }
    if (!l->file) {
        return true;
    }
    GError *e = NULL;
    bool ok;
    if (!l->force_raw && is_be_elf(l->file)) {
        ElfImage img;
        ok = load_elf(m, l->file, ELF_AT_PADDR, &img, &e);
        l->pc = img.entry;
    } else {
        uint64_t size;
        ok = load_raw(m, l->file, l->addr, m->ram_size, &size, &e);
        l->pc = l->addr;
    }
    if (!ok) {
        /* QEMU's line, with the loader's reason */
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "Cannot load specified image %s (%s)", l->file,
                    e->message);
        g_error_free(e);
    }
    return ok;
}

/* QEMU's argument checks, in its order and words. */
static bool loader_realize(Device *d, GError **err)
{
    GenericLoader *l = (GenericLoader *)d;
    const char *bad = NULL;
    bool data = l->data_len || l->data || l->data_be;
    l->pc = l->addr;
    if (data) {
        if (l->file) {
            bad = "Specifying a file is not supported when loading memory "
                  "values";
        } else if (l->force_raw) {
            bad = "Specifying force-raw is not supported when loading "
                  "memory values";
        } else if (!l->data_len) {
            bad = "Both data and data-len must be specified";
        } else if (l->data_len > 8) {
            bad = "data-len cannot be greater then 8 bytes";
        }
    } else if (l->file || l->force_raw) {
        l->set_pc = l->cpu_num != CPU_NONE;
    } else if (l->addr) {
        if (l->cpu_num == CPU_NONE) {
            bad = "cpu_num must be specified when setting a program counter";
        }
        l->set_pc = true;
    } else {
        bad = "please include valid arguments";
    }
    if (bad) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE, "%s", bad);
        return false;
    }
    if (l->cpu_num != CPU_NONE && l->cpu_num >= (uint32_t)d->machine->cfg.smp) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Specified boot CPU#%u is nonexistent", l->cpu_num);
        return false;
    }
    return loader_load(l, err);
}

static void loader_reset(Device *d)
{
    GError *err = NULL;
    if (!loader_load((GenericLoader *)d, &err)) {   /* the file went away */
        fprintf(stderr, "farad: reset: -device loader: %s\n", err->message);
        g_error_free(err);
    }
}

const DeviceClass generic_loader_class = {
    .name = "loader",
    .desc = "Generic Loader",
    .category = "Misc",
    .size = sizeof(GenericLoader),
    .props = loader_props,
    .user_creatable = true,
    .realize = loader_realize,
    .reset = loader_reset,
};

bool generic_loader_pc(Machine *m, int cpu, uint64_t *pc)
{
    bool found = false;
    for (Device *d = m->devices; d; d = d->next) {
        GenericLoader *l = (GenericLoader *)d;
        if (d->cls == &generic_loader_class && l->set_pc &&
            l->cpu_num == (uint32_t)cpu) {
            if (pc) {
                *pc = l->pc;   /* the last one wins, as resets run */
            }
            found = true;
        }
    }
    return found;
}
