/* SPDX-License-Identifier: MIT */
/*
 * The machine's CPUs and how they share time (smp.c): creation of the
 * -smp N CPUs, the deterministic round-robin main loop on the machine's
 * one virtual clock, idling when every CPU is halted, and the RTAS calls
 * that start and stop CPUs.
 */
#ifndef FARAD_CORE_SMP_H
#define FARAD_CORE_SMP_H

#include "platform.h"

#define SMP_QUANTUM 10000        /* virtual time per CPU turn (-smp > 1) */
#define SMP_QUANTUM_UP 1000000   /* the same with one CPU */

/* PpcEnv.external_pending for the machine's CPUs: the CPU's XICS
 * presentation controller asserts its line. */
bool smp_external_pending(void *opaque, PpcCpu *cpu);

/* Create CPUs 1..cfg.smp-1 like m->cpu (CPU 0, which must exist, with
 * env, PVR, tracing and plugins set) and link them so they see each
 * other's stores to code. Fills m->cpus. */
void smp_init(Machine *m);
/* Free CPUs 1.. (before CPU 0). */
void smp_free(Machine *m);
/* Machine reset, after CPU 0 was reset: the other CPUs are reset and
 * stopped (halted, not woken by interrupts) until RTAS start-cpu, all
 * clocks continue from the machine's time, and CPU 0 has the turn. */
void smp_reset(Machine *m);

/* The machine's virtual time in instruction units (the clock of the CPU
 * whose turn it is, exact also from inside its instructions): what the
 * timebase, the decrementers and the RTC count. Never decreases. */
uint64_t smp_vclock(const Machine *m);

/*
 * Run the CPUs for at most budget instructions in all: turns in CPU
 * order, each a quantum of the machine's time in which only that CPU
 * runs (a halted CPU idles, a stopped one takes no time), continuing the
 * turn the last call left. When every CPU is halted, time jumps to the
 * next decrementer deadline. Returns PPC_STOP_REQUEST when m->stop was
 * set, PPC_STOP_HALTED when every CPU is halted and nothing can wake
 * one, else PPC_STOP_BUDGET.
 */
PpcStop smp_run(Machine *m, int64_t budget);

/* Retired instructions of all CPUs. */
uint64_t smp_icount(const Machine *m);

/* RTAS services (rtas.c's table). */
struct RtasCall;
void rtas_start_cpu(struct RtasCall *c);
void rtas_stop_self(struct RtasCall *c);
void rtas_query_cpu_stopped_state(struct RtasCall *c);

#endif
