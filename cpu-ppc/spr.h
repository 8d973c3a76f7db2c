/* SPDX-License-Identifier: MIT */
/*
 * The SPR table of a pseries partition's CPU (POWER9 as QEMU 7.2 models
 * it): one row per SPR number with its name, accessors and who may read
 * or write it. mfspr, mtspr, mftb and the tracing/monitor code use it.
 */
#ifndef FARAD_CPU_PPC_SPR_H
#define FARAD_CPU_PPC_SPR_H

#include "insn.h"

#define MSR_TM (1ULL << 32)  /* transactional memory available */

/* FSCR: facility enables and the interrupt cause field IC (bits 0:7). */
#define FSCR_EBB (1ULL << 7)
#define FSCR_TAR (1ULL << 8)
#define FSCR_IC_SHIFT 56
enum { FSCR_IC_TM = 5, FSCR_IC_EBB = 7, FSCR_IC_TAR = 8 };

/* Outcome of an SPR access check. */
typedef enum PpcSprAccess {
    SPR_ACC_OK,        /* go ahead */
    SPR_ACC_NOP,       /* unimplemented SPR that QEMU treats as a no-op */
    SPR_ACC_PRIV,      /* privileged-instruction program interrupt */
    SPR_ACC_FAC,       /* facility unavailable interrupt, *ic = cause */
} PpcSprAccess;

/* Name of SPR n, or NULL when the CPU does not have it. */
const char *ppc_spr_name(unsigned n);

/* May the current state read (write when is_write) SPR n? */
PpcSprAccess ppc_spr_check(const PpcCpu *cpu, unsigned n, bool is_write,
                           unsigned *ic);

/* Read / write SPR n without any access check (monitor, gdb stub,
 * tests). Unknown SPRs read 0 and ignore writes. ppc_spr_write returns
 * true when the run loop must look at the CPU again (DEC, PIDR, ...). */
uint64_t ppc_spr_read(PpcCpu *cpu, unsigned n);
bool ppc_spr_write(PpcCpu *cpu, unsigned n, uint64_t v);

/* Reset values of the SPRs that are not zero (called by ppc_cpu_reset
 * after the architected state is cleared). */
void ppc_spr_reset(PpcCpu *cpu);

/* The SPR number of an mfspr/mtspr/mftb word (the two 5-bit halves of
 * the field are swapped). */
static inline unsigned ppc_spr_number(uint32_t raw)
{
    return ((raw >> 16) & 0x1f) | ((raw >> 11) & 0x1f) << 5;
}

#endif
