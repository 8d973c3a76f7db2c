/* SPDX-License-Identifier: MIT */
/*
 * -smp N: the CPUs, the machine's virtual clock they share and the RTAS
 * calls that start and stop them (see smp.h).
 *
 * Time. The machine has one clock, in instruction units (the timebase,
 * the decrementers and the RTC are functions of it). The CPUs take
 * turns, CPU 0 first, in rounds: a turn starts at the machine's time,
 * lasts m->round_end - start (a quantum), and only the CPU whose turn it
 * is (m->turn) runs, so the clock moves on with each of its
 * instructions. A CPU's own clock, ppc_vclock = its retired
 * instructions + cpu->idle, is made equal to the machine's at the start
 * of its turn (idle_until: idle then counts every instruction unit the
 * CPU did not execute, the other CPUs' turns and its own halted time),
 * so whatever CPU reads the timebase sees the machine's time, later
 * readings never see less, and the interleaving depends on nothing but
 * instruction counts: it is the same on every run. Between its turns a
 * CPU's clock stands where its last turn ended.
 *
 * A halted CPU spends its turn idle: its clock moves to the turn's end,
 * or to its decrementer deadline when that comes first (then it runs on
 * from there). A stopped CPU (secondaries before start-cpu, or after
 * stop-self: halted CPUs that interrupts do not wake, as QEMU's clear
 * LPCR[PECE] does; only start-cpu or H_PROD un-halts them) takes no
 * time: its turn ends at once. When every CPU is halted and none can be
 * woken now, time jumps to the earliest decrementer deadline; with none,
 * the machine is halted for good unless a vty with interrupts on can
 * still get input (then it waits for the host's stdin).
 *
 * With one CPU every turn is a round and the machine's clock is CPU 0's.
 */
#include "rtas.h"
#include "smp.h"
#include "chr-host.h"
#include "hcall.h"
#include "spapr-irq.h"
#include "xics.h"
#include "plugins/host.h"
#include "core/net/net.h"

bool smp_external_pending(void *opaque, PpcCpu *cpu)
{
    return spapr_irq_cpu_pending(opaque, cpu->index);
}

void smp_init(Machine *m)
{
    int n = m->cfg.smp;
    PpcCpu *boot = m->cpu;
    m->cpus = g_new0(PpcCpu *, (gsize)n);
    m->cpus[0] = boot;
    for (int i = 1; i < n; i++) {
        PpcCpu *c = ppc_cpu_new(i, m->ram, m->ram_size, &boot->env);
        c->pvr = boot->pvr;
        c->isa = boot->isa;
        c->large_decr = boot->large_decr;
        c->trace = boot->trace;
        c->log = boot->log;
        c->tb_shift = boot->tb_shift;
        ppc_cpu_link(c, boot);
        if (m->plugins) {
            plugins_attach_cpu(m->plugins, c);
        }
        m->cpus[i] = c;
    }
}

void smp_free(Machine *m)
{
    if (!m->cpus) {
        return;
    }
    for (int i = m->cfg.smp - 1; i >= 1; i--) {
        ppc_cpu_free(m->cpus[i]);
    }
    g_free(m->cpus);
    m->cpus = NULL;
}

static SpaprCpuState *cpu_state(Machine *m, int i)
{
    return &m->spapr->cpus[i];
}

/* Move c's clock forward to t (idle time). */
static void idle_until(PpcCpu *c, uint64_t t)
{
    uint64_t now = ppc_vclock(c);
    if (t > now) {
        c->idle += t - now;
    }
}

uint64_t smp_vclock(const Machine *m)
{
    return ppc_vclock(m->cpus ? m->cpus[m->turn] : m->cpu);
}

void smp_reset(Machine *m)
{
    uint64_t now = smp_vclock(m);
    idle_until(m->cpu, now);
    for (int i = 1; i < m->cfg.smp; i++) {
        PpcCpu *c = m->cpus[i];
        idle_until(c, now);   /* the clocks go on from the machine's */
        ppc_cpu_reset(c);
        c->arch.halted = 1;
        cpu_state(m, i)->stopped = true;
    }
    m->turn = 0;
    m->round_end = now;
}

uint64_t smp_icount(const Machine *m)
{
    if (!m->cpus) {
        return ppc_icount(m->cpu);
    }
    uint64_t sum = 0;
    for (int i = 0; i < m->cfg.smp; i++) {
        sum += ppc_icount(m->cpus[i]);
    }
    return sum;
}

static bool is_stopped(Machine *m, int i)
{
    return m->cpus[i]->arch.halted && cpu_state(m, i)->stopped;
}

/* Can a halted, not stopped CPU be woken right now (at the machine's
 * time)? */
static bool wakes_now(Machine *m, PpcCpu *c)
{
    return smp_external_pending(m, c) || c->arch.dec_pending ||
           ppc_next_timer(c) <= smp_vclock(m);
}

/* Give CPU i the turn: its clock joins the machine's, and the turn lasts
 * a quantum. */
static void begin_turn(Machine *m, int i, uint64_t quantum)
{
    uint64_t now = smp_vclock(m);
    m->turn = i;
    idle_until(m->cpus[i], now);
    m->round_end = now + quantum;
}

/* Run CPU i (whose turn it is) to the end of its turn, or until the
 * budget runs out. Returns PPC_STOP_REQUEST when m->stop was set,
 * PPC_STOP_HALTED when the turn is over, PPC_STOP_BUDGET when the
 * budget ran out first. */
static PpcStop run_cpu(Machine *m, int i, int64_t *budget)
{
    PpcCpu *c = m->cpus[i];
    for (;;) {
        uint64_t now = ppc_vclock(c);
        if (now >= m->round_end || is_stopped(m, i)) {
            return PPC_STOP_HALTED;   /* a stopped CPU takes no time */
        }
        if (*budget <= 0) {
            return PPC_STOP_BUDGET;
        }
        uint64_t span = m->round_end - now;
        int64_t n = span < (uint64_t)*budget ? (int64_t)span : *budget;
        uint64_t before = ppc_icount(c);
        PpcStop why = ppc_cpu_run(c, n);
        *budget -= (int64_t)(ppc_icount(c) - before);
        if (cpu_state(m, i)->sreset_pending) {   /* H_SIGNAL_SYS_RESET */
            spapr_cpu_deliver_sreset(m, c);
        }
        if (m->journal.ops) {   /* an input's consuming insn retired? */
            m->journal.ops->cpu_stopped(m->journal.self);
        }
        if (m->stop) {
            return PPC_STOP_REQUEST;
        }
        if (m->end_chunk) {   /* as if the budget ran out: the turn */
            m->end_chunk = false;   /* continues on the next call */
            return PPC_STOP_BUDGET;
        }
        if (why == PPC_STOP_HALTED) {
            /* idle until the turn ends or the decrementer wakes it */
            uint64_t t = ppc_next_timer(c);
            idle_until(c, t < m->round_end ? t : m->round_end);
        }
    }
}

/* Every CPU is halted (or stopped) and none can be woken now? */
static bool all_asleep(Machine *m)
{
    for (int i = 0; i < m->cfg.smp; i++) {
        PpcCpu *c = m->cpus[i];
        if (!c->arch.halted) {
            return false;
        }
        if (!cpu_state(m, i)->stopped && wakes_now(m, c)) {
            return false;
        }
    }
    return true;
}

/* Everyone sleeps: jump to the next wake-up. False when there is none. */
static bool skip_idle_time(Machine *m)
{
    uint64_t next = UINT64_MAX;
    for (int i = 0; i < m->cfg.smp; i++) {
        if (!cpu_state(m, i)->stopped) {
            uint64_t t = ppc_next_timer(m->cpus[i]);
            next = t < next ? t : next;
        }
    }
    if (next == UINT64_MAX) {
        /* only input can wake the machine: wait for it */
        return spapr_vty_poll(m, true);
    }
    idle_until(m->cpus[m->turn], next);   /* the machine's clock */
    return true;
}

/* Run the turns from m->turn to the round's last. Returns
 * PPC_STOP_REQUEST (m->stop), PPC_STOP_BUDGET (the budget ran out in a
 * turn, which the next call continues) or PPC_STOP_HALTED (the round is
 * over). */
static PpcStop run_round(Machine *m, int64_t *budget, uint64_t quantum)
{
    for (int i = m->turn;; i++) {
        PpcStop why = run_cpu(m, i, budget);
        if (why != PPC_STOP_HALTED) {
            return why;
        }
        if (i + 1 == m->cfg.smp) {
            return PPC_STOP_HALTED;
        }
        begin_turn(m, i + 1, quantum);
    }
}

PpcStop smp_run(Machine *m, int64_t budget)
{
    uint64_t quantum = m->cfg.smp > 1 ? SMP_QUANTUM : SMP_QUANTUM_UP;
    while (budget > 0) {
        PpcStop why = run_round(m, &budget, quantum);
        if (why != PPC_STOP_HALTED) {
            return why;
        }
        spapr_vty_poll(m, false);
        /* frames for the guest enter here, at a point fixed by the
         * instruction counts (core/net/net.h) */
        net_poll(m, all_asleep(m) ? NET_IDLE_WAIT_MS : 0);
        machine_round_polls(m);   /* host chardevs (chr-host.h) */
        if (all_asleep(m) && !skip_idle_time(m)) {
            return PPC_STOP_HALTED;
        }
        begin_turn(m, 0, quantum);
        if (machine_hooks_have_work(m)) {
            /* let the run loop run the command (an idle machine can
             * loop here without spending budget) */
            return PPC_STOP_BUDGET;
        }
    }
    return PPC_STOP_BUDGET;
}

/* --- RTAS --- */

/* The CPU index of a vCPU id (device-tree reg), or -1. */
static int find_cpu(Machine *m, uint32_t id)
{
    return xics_server_to_cpu(spapr_xics(m), id);
}

#define LPCR_AIL (3ULL << LPCR_AIL_SHIFT)

void rtas_start_cpu(RtasCall *c)
{
    Machine *m = c->m;
    if (c->nargs != 3 || c->nret != 1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    uint32_t id = rtas_ld(c, 0), start = rtas_ld(c, 1), r3 = rtas_ld(c, 2);
    int i = find_cpu(m, id);
    if (i < 0) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    PpcCpu *t = m->cpus[i];
    if (!t->arch.halted) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
        return;
    }
    /* QEMU's entry state: 64-bit big-endian real mode with ME, LPCR[ILE]
     * and [AIL] as the caller's, in the caller's MMU mode (radix: UPRT,
     * GTSE and HR all set), the caller's timebase offset, r3 = the
     * argument, r1 = r4 = 0 */
    uint64_t keep = LPCR_ILE | LPCR_AIL;
    uint64_t radix = LPCR_UPRT | LPCR_GTSE | LPCR_HR;
    t->arch.lpcr = (t->arch.lpcr & ~(keep | radix)) |
                   (c->cpu->arch.lpcr & keep) |
                   ((c->cpu->arch.lpcr & LPCR_HR) ? radix : 0);
    ppc_mmu_flush(t);
    t->arch.tb_offset = c->cpu->arch.tb_offset;
    t->arch.nip = start;
    t->arch.gpr[1] = 0;
    t->arch.gpr[3] = r3;
    t->arch.gpr[4] = 0;
    ppc_set_msr(t, MSR_SF | MSR_ME);
    idle_until(t, smp_vclock(m));   /* it starts at the machine's time */
    t->arch.halted = 0;
    cpu_state(m, i)->stopped = false;
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
}

void rtas_stop_self(RtasCall *c)
{
    /* no return value, as QEMU: the caller never continues */
    c->cpu->arch.halted = 1;
    cpu_state(c->m, c->cpu->index)->stopped = true;
    c->cpu->exit_request = true;
}

void rtas_query_cpu_stopped_state(RtasCall *c)
{
    if (c->nargs != 1 || c->nret != 2) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    int i = find_cpu(c->m, rtas_ld(c, 0));
    if (i < 0) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    /* 0: stopped (QEMU: any halted CPU, ceded ones too), 2: running */
    rtas_st(c, 1, c->m->cpus[i]->arch.halted ? 0 : 2);
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
}
