/* SPDX-License-Identifier: MIT */
/*
 * The CPU models farad offers for -cpu (and the machine types' default
 * cpu-type): POWER7, POWER8 and POWER9 as QEMU 7.2 defines them (PVR,
 * architecture level, and what the device tree says about each).
 */
#ifndef FARAD_CORE_CPU_MODELS_H
#define FARAD_CORE_CPU_MODELS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct CpuModel {
    const char *name;          /* "POWER9": node name PowerPC,POWER9@N */
    const char *qemu_name;     /* QEMU's type name, "power9_v2.0" */
    uint32_t pvr;
    unsigned isa;              /* PPC_ISA_* (cpu-ppc/cpu.h) */
    const uint8_t *pa_features;  /* ibm,pa-features bytes */
    size_t pa_features_len;
    bool radix;                /* ISA 3.0 MMU: radix AP encodings in the
                                  tree, "either" MMU in option vector 5 */
    bool xive;                 /* can use XIVE (ic-mode dual/xive) */
    unsigned large_dec_bits;   /* decrementer width with LPCR[LD]; 0: no
                                  large decrementer */
} CpuModel;

/* The model called name: the -cpu name or QEMU's name, either with or
 * without the version ("power9", "power9_v2.0"), case-insensitive as in
 * QEMU. NULL when unknown. */
const CpuModel *cpu_model_find(const char *name);

/* -cpu help: QEMU's layout, one line per model and one per alias. */
void cpu_models_print_help(FILE *f);

#endif
