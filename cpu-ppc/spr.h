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

/*
 * The SPRs kept in PpcArch.spr_misc (those without a field of their
 * own), one slot each: X(name), the SPR's name in spr.c's table in lower
 * case (dsisr_hi is the high word of a written DSISR, which QEMU keeps).
 * The name is also the SPR's field in the "cpu" snapshot section
 * (cpu-snap.c), so slot numbers are private to this build: a new SPR
 * may go anywhere in the list. (Version-1 snapshots stored the slots by
 * number; cpu-snap.c keeps that old order, frozen.)
 */
#define PPC_SPR_MISC_LIST(X) \
    X(acop) X(tidr) X(pspb) X(dpdes) X(ear) X(tir) \
    X(tfhar) X(tfiar) X(texasr) \
    X(sier) X(mmcr2) X(mmcra) X(pmc1) X(pmc2) X(pmc3) X(pmc4) X(pmc5) \
    X(pmc6) X(mmcr0) X(siar) X(sdar) X(mmcr1) \
    X(bescrs) X(bescrr) X(ebbhr) X(ebbrr) X(bescr) \
    X(ic) X(tacr) X(tcscr) X(csigr) X(spmc1) X(spmc2) X(mmcrs) X(wort) \
    X(dsisr_hi)

/* Slot numbers: PPC_SPR_SLOT_mmcr0, ...; slot 0 holds nothing. */
enum {
    PPC_SPR_SLOT_NONE = 0,
#define PPC_SPR_SLOT_(nm) PPC_SPR_SLOT_##nm,
    PPC_SPR_MISC_LIST(PPC_SPR_SLOT_)
#undef PPC_SPR_SLOT_
    PPC_SPR_SLOT_COUNT
};
_Static_assert(PPC_SPR_SLOT_COUNT <= PPC_SPR_MISC_SLOTS,
               "grow PPC_SPR_MISC_SLOTS");

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
