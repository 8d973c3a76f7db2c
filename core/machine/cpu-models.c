/* SPDX-License-Identifier: MIT */
/*
 * The CPU model table (see cpu-models.h). PVRs are QEMU 7.2's
 * power7_v2.3, power8_v2.0 and power9_v2.0; the ibm,pa-features bytes
 * are those QEMU 7.2 writes for each (fixtures/qemu-7.2/dt).
 */
#include <glib.h>
#include <string.h>

#include "cpu-ppc/cpu.h"
#include "cpu-models.h"

static const uint8_t pa_power7[8] = {
    0x06, 0x00, 0xf6, 0x3f, 0xc7, 0x00, 0x80, 0xc0,
};

static const uint8_t pa_power8[26] = {
    0x18, 0x00, 0xf6, 0x3f, 0xc7, 0xc0, 0x80, 0xf0, 0x80, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00,
    0x80, 0x00, 0x80, 0x00, 0x00, 0x00,
};

static const uint8_t pa_power9[68] = {
    0x42, 0x00, 0xf6, 0x3f, 0xc7, 0xc0, 0x80, 0xf0, 0x80, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00,
    0x80, 0x00, 0x80, 0x00, 0x00, 0x00, 0x80, 0x00, 0x80, 0x00,
    0x80, 0x00, 0x80, 0x00, 0x80, 0x00, 0xc0, 0x00, 0x80, 0x00,
    0x80, 0x00, 0x80, 0x00, 0x80, 0x00, 0x80, 0x00, 0x80, 0x00,
    0x80, 0x00, 0x80, 0x00, 0x80, 0x00, 0x80, 0x00, 0x80, 0x00,
    0x80, 0x00, 0x80, 0x00, 0x80, 0x00, 0x00, 0x00,
};

static const CpuModel models[] = {
    { "POWER7", "power7_v2.3", 0x003f0203, PPC_ISA_206,
      pa_power7, sizeof(pa_power7), false, false, 0 },
    { "POWER8", "power8_v2.0", 0x004d0200, PPC_ISA_207,
      pa_power8, sizeof(pa_power8), false, false, 0 },
    { "POWER9", "power9_v2.0", 0x004e1200, PPC_ISA_300,
      pa_power9, sizeof(pa_power9), true, true, 56 },
};

const CpuModel *cpu_model_find(const char *name)
{
    for (size_t i = 0; i < G_N_ELEMENTS(models); i++) {
        const CpuModel *c = &models[i];
        if (!g_ascii_strcasecmp(name, c->name) ||
            !g_ascii_strcasecmp(name, c->qemu_name)) {
            return c;
        }
    }
    return NULL;
}

void cpu_models_print_help(FILE *f)
{
    for (size_t i = 0; i < G_N_ELEMENTS(models); i++) {
        const CpuModel *c = &models[i];
        char *alias = g_ascii_strdown(c->name, -1);
        fprintf(f, "PowerPC %-16s PVR %08x\n", c->qemu_name, c->pvr);
        fprintf(f, "PowerPC %-16s (alias for %s)\n", alias, c->qemu_name);
        g_free(alias);
    }
}
