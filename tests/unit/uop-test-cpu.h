/* SPDX-License-Identifier: MIT */
/*
 * The bare CPU the micro-op tests (test-uop-mem, test-uop-fpmem,
 * test-uop-pairs) run their loops on: RAM, a small HPT mapping one data
 * page for MSR[DR], `b .` at the machine check, DSI and FP unavailable
 * vectors, and code written in the CPU's byte order.
 */
#ifndef FARAD_TESTS_UOP_TEST_CPU_H
#define FARAD_TESTS_UOP_TEST_CPU_H

#include <glib.h>

#include "cpu-ppc/cpu.h"
#include "cpu-ppc/debug.h"
#include "tests/cpu-env.h"

#define RAM_SIZE  0x100000ULL
#define HPT_SIZE  0x40000ULL           /* 2^18: PTEG mask 0x7ff */
#define SEG       0x10000000ULL        /* ESID 1: 4K pages */
#define VSID      0x321ULL
#define SLB_V     0x08000000ULL
#define BUF_RA    0x8000ULL            /* the data page */
#define BUF_EA_DR (SEG + 0x5000)       /* its EA with MSR[DR] */
#define PASSES    3                    /* passes of each test loop */

/* A CPU with its RAM and HPT. */
typedef struct Machine {
    PpcCpu *cpu;
    uint8_t *ram;
    uint8_t *htab;
} Machine;

/* Stores v big-endian in n bytes at p. */
static inline void put_be(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        p[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
    }
}

/* An HPTE for the 4K page at ea -> ra (ISA 3.0 Book III 5.7.7). */
static inline void map(uint8_t *htab, uint64_t ea, uint64_t ra)
{
    uint64_t off = ea & 0x0fffffffULL;
    uint64_t pteg = (VSID ^ (off >> 12)) & (HPT_SIZE / 128 - 1);
    put_be(htab + pteg * 128, (VSID << 12) | ((off >> 16) & ~0x7fULL) | 1, 8);
    put_be(htab + pteg * 128 + 8, ra | 0x10 | 2, 8);  /* M, PP = 10: RW */
}

/* A CPU with RAM, an HPT mapping BUF_EA_DR to BUF_RA, `b .` at the
 * machine check, DSI and FP unavailable vectors, and the MSR given. */
static inline Machine new_machine(uint64_t msr)
{
    static PpcEnv env;
    env = test_null_env();
    Machine m = { NULL, g_malloc0(RAM_SIZE), g_malloc0(HPT_SIZE) };
    m.cpu = ppc_cpu_new(0, m.ram, RAM_SIZE, &env);
    m.cpu->hpt_max_shift = 16;
    ppc_cpu_set_htab(m.cpu, m.htab, HPT_SIZE);
    m.cpu->arch.slb_esid[0] = SEG | SLB_V;
    m.cpu->arch.slb_vsid[0] = VSID << 12;
    map(m.htab, BUF_EA_DR, BUF_RA);
    put_be(m.ram + 0x200, 0x48000000, 4);
    put_be(m.ram + 0x300, 0x48000000, 4);
    put_be(m.ram + 0x800, 0x48000000, 4);
    ppc_set_msr(m.cpu, msr);
    return m;
}

/* g_test_add_data_func's function for running a test (data: its
 * GTestFunc) on the run loop's plain copy rather than the one for
 * hosts with MOVBE (ppc_run_loop_movbe), then back to the host's
 * choice: on a MOVBE host the plain copy runs nowhere else. */
static inline void run_plain_loop(gconstpointer test)
{
    ppc_run_loop_movbe(false);
    ((GTestFunc)test)();
    ppc_run_loop_movbe(true);
}

/* Frees m (detaching a debugger first). */
static inline void free_machine(Machine *m)
{
    ppc_debug_attach(m->cpu, NULL);
    ppc_cpu_free(m->cpu);
    g_free(m->ram);
    g_free(m->htab);
}

/* Writes n instruction words at pa in the CPU's byte order. */
static inline void put_code(Machine *m, uint64_t pa, const uint32_t *w,
                            unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        for (unsigned b = 0; b < 4; b++) {
            unsigned sh = m->cpu->le ? 8 * b : 8 * (3 - b);
            m->ram[pa + 4 * i + b] = (uint8_t)(w[i] >> sh);
        }
    }
}

/* A run of a test loop: byte order, translation, where the code is. */
typedef struct Mode {
    bool le, dr;
    uint64_t code;                               /* where the loop is */
} Mode;

/* The data page's EA in mode m. */
static inline uint64_t buf_ea(const Mode *m)
{
    return m->dr ? BUF_EA_DR : BUF_RA;
}

/* Index in a loop of body instructions plus its bdnz, run PASSES times
 * and then ending at the `b .` after it, of the k-th instruction
 * executed (k from 0). */
static inline unsigned loop_body_index(unsigned k, unsigned body)
{
    return k < PASSES * (body + 1) ? k % (body + 1) : body + 1;
}

/* The forms test of test-uop-mem and test-uop-fpmem: in each byte order
 * and mode, with code inside one page and straddling 0x3000 (the bdnz
 * goes back across the page boundary), the machine make() builds runs
 * k = 0..total instructions in one slice, then one per slice beside the
 * record-at-a-time path (a debugger attached: the rows' handlers);
 * check() compares each with the model after k instructions. */
static inline void run_forms_test(Machine (*make)(const Mode *, PpcDebug *),
                                  void (*check)(const Machine *, const Mode *,
                                                unsigned),
                                  unsigned total)
{
    static const uint64_t code_bases[] = { 0x2000, 0x2fc0 };
    for (unsigned v = 0; v < 8; v++) {
        Mode m = { v & 1, (v >> 1) & 1, code_bases[v >> 2] };
        for (unsigned k = 0; k <= total; k++) {
            Machine mc = make(&m, NULL);
            g_assert_cmpint(ppc_cpu_run(mc.cpu, k), ==, PPC_STOP_BUDGET);
            check(&mc, &m, k);
            free_machine(&mc);
        }
        PpcDebug dbg = { .bps = NULL };
        Machine mc = make(&m, NULL);
        Machine ref = make(&m, &dbg);
        for (unsigned k = 1; k <= total; k++) {
            ppc_cpu_run(mc.cpu, 1);
            ppc_cpu_run(ref.cpu, 1);
            check(&mc, &m, k);
            check(&ref, &m, k);
        }
        free_machine(&ref);
        free_machine(&mc);
    }
}

#endif
