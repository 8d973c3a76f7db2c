/* SPDX-License-Identifier: MIT */
/*
 * Timebase, decrementer and the other time-derived SPRs (PURR, SPURR,
 * VTB) of one CPU; see timer.c for the model. Only cpu-ppc/ includes it.
 */
#ifndef FARAD_CPU_PPC_TIMER_H
#define FARAD_CPU_PPC_TIMER_H

#include "cpu.h"

/* LPCR[LD]: large decrementer (56 bits, as ibm,dec-bits = 56 says). */
#define LPCR_LD (1ULL << 17)
#define PPC_LARGE_DEC_BITS 56

/* The timebase without the guest-written offset (never goes back). */
uint64_t ppc_tb_raw(const PpcCpu *cpu);

/* mttbl / mttbu: replace the low / high 32 bits of the timebase. */
void ppc_tb_write_lo(PpcCpu *cpu, uint64_t v);
void ppc_tb_write_hi(PpcCpu *cpu, uint64_t v);

/* Width of the decrementer now: 56 with LPCR[LD], else 32. */
unsigned ppc_dec_bits(const PpcCpu *cpu);

/* mfdec: ppc_dec_read, declared in cpu.h for the register dumps. */

/* mtdec: load DEC. A negative value (in the current width) makes the
 * decrementer exception exist, a non-negative one removes it. The caller
 * must return to the run loop so the deadline is recomputed. */
void ppc_dec_write(PpcCpu *cpu, uint64_t v);

/* Virtual time (ppc_vclock) at which DEC turns negative and the decrementer exception
 * comes into existence, or UINT64_MAX when it already exists or DEC is
 * already negative. */
uint64_t ppc_dec_deadline(const PpcCpu *cpu);

/* PURR and SPURR (read-only to a partition): count with the timebase. */
uint64_t ppc_purr(const PpcCpu *cpu);

#endif
