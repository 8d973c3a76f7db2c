/* SPDX-License-Identifier: MIT */
/*
 * The run loop's threaded micro-op dispatch (exec.c, fastpath.h) on a
 * bare PpcCpu, against a hand model of hand-assembled guest code: every
 * record counts exactly one instruction wherever a slice ends, whatever
 * the budget, and an interrupt deadline lands on the same instruction as
 * the ISA's one-at-a-time execution.
 *
 *   /dispatch/budget    a loop of micro-ops (li, mtctr, addi, xor,
 *                       rlwinm, add, cmpwi, bdnz) run with every budget
 *                       0..40 in one slice, and again one instruction
 *                       per call; on one page and across a page boundary
 *   /dispatch/chunks    the same, in slices of 2, 3 and 7 instructions
 *                       (budgets ending inside decoded runs)
 *   /dispatch/smc       a store rewrites a record that already ran as a
 *                       micro-op: the next pass runs the new instruction
 *   /dispatch/deadline  a machine event (external interrupt) at every
 *                       instruction count 1..36, on one page and across
 *                       a page boundary: SRR0 is the address of the
 *                       instruction the model puts there
 *   /dispatch/pair      a fused compare + branch: budgets ending between
 *                       the two, the pair at a page end and split by one
 *   /dispatch/smc-pair  a store replaces the branch of a fused pair: the
 *                       compare runs alone, then the new instruction
 *   /dispatch/pair-leave a fused mtctr + bctr to another page: budgets
 *                       ending between the two, in one slice and in
 *                       slices of 1, 3 and 5; then a nop written over
 *                       the bctr: mtctr runs alone and falls through
 */
#include <glib.h>
#include <string.h>

#include "cpu-ppc/cpu.h"
#include "tests/cpu-env.h"

#define RAM_SIZE (1u << 20)
#define MSR_BASE (MSR_SF | MSR_ME)

/* The loop program (powerpc64-linux-gnu-as, big-endian):
 *   0 li 3,0 | 1 li 4,5 | 2 mtctr 4 |
 *   3 addi 3,3,1 | 4 xor 5,3,4 | 5 slwi 6,5,2 | 6 add 7,7,6 |
 *   7 cmpwi 3,3 | 8 bdnz 3 | 9 b . */
static const uint32_t loop_prog[] = {
    0x38600000, 0x38800005, 0x7c8903a6, 0x38630001, 0x7c652278,
    0x54a6103a, 0x7ce73214, 0x2c030003, 0x4200ffec, 0x48000000,
};

/* The ISA's sequential execution of loop_prog, by hand: index of the
 * k-th executed instruction (k from 0) and the registers after k. */
static unsigned model_index(unsigned k)
{
    if (k < 3) {
        return k;
    }
    k -= 3;
    return k < 30 ? 3 + k % 6 : 9;
}

typedef struct Model {
    uint64_t r3, r7, ctr;
    uint32_t cr0;
} Model;

static Model model_after(unsigned k)
{
    Model m = { 0, 0, 0, 0 };
    for (unsigned i = 0; i < k; i++) {
        switch (model_index(i)) {
        case 2: m.ctr = 5; break;
        case 3: m.r3++; break;
        case 6: m.r7 += (uint32_t)((m.r3 ^ 5) << 2); break;
        case 7: m.cr0 = m.r3 < 3 ? 8 : m.r3 > 3 ? 4 : 2; break;
        case 8: m.ctr--; break;
        default: break;
        }
    }
    return m;
}

typedef struct EnvState {
    uint64_t event;    /* next machine event (vclock), or UINT64_MAX */
    uint64_t assert_at;  /* external interrupt asserted from here on */
} EnvState;

static uint64_t env_next_event(void *o, PpcCpu *cpu)
{
    (void)cpu;
    return ((EnvState *)o)->event;
}

static bool env_external(void *o, PpcCpu *cpu)
{
    return ppc_vclock(cpu) >= ((EnvState *)o)->assert_at;
}

static PpcEnv env;
static EnvState est;

static PpcCpu *cpu_with(uint8_t **ram, const uint32_t *words, unsigned n,
                        uint64_t base, uint64_t msr)
{
    env = test_null_env();
    est = (EnvState){ UINT64_MAX, UINT64_MAX };
    env.opaque = &est;
    env.next_event = env_next_event;
    env.external_pending = env_external;
    *ram = g_malloc0(RAM_SIZE);
    for (unsigned i = 0; i < n; i++) {
        for (unsigned b = 0; b < 4; b++) {
            (*ram)[base + 4 * i + b] = (uint8_t)(words[i] >> (24 - 8 * b));
        }
    }
    /* b . at the external interrupt vector */
    (*ram)[0x500] = 0x48;
    PpcCpu *cpu = ppc_cpu_new(0, *ram, RAM_SIZE, &env);
    cpu->arch.nip = base;
    ppc_set_msr(cpu, msr);
    return cpu;
}

static void check_model(PpcCpu *cpu, uint64_t base, unsigned k)
{
    Model m = model_after(k);
    g_assert_cmpuint(cpu->icount, ==, k);
    g_assert_cmphex(cpu->arch.nip, ==, base + 4 * model_index(k));
    g_assert_cmpuint(cpu->arch.gpr[3], ==, m.r3);
    g_assert_cmpuint(cpu->arch.gpr[7], ==, m.r7);
    g_assert_cmpuint(cpu->arch.ctr, ==, m.ctr);
    g_assert_cmphex(cpu->arch.cr >> 28, ==, m.cr0);
}

/* Bases: inside one page, and straddling 0x4000 (the loop's bdnz then
 * branches back to the previous page, and the page-end sentinel runs
 * on every pass). */
static const uint64_t bases[] = { 0x3000, 0x3ff0 };

static void test_budget(void)
{
    for (size_t b = 0; b < G_N_ELEMENTS(bases); b++) {
        for (unsigned k = 0; k <= 40; k++) {
            uint8_t *ram;
            PpcCpu *cpu = cpu_with(&ram, loop_prog, 10, bases[b], MSR_BASE);
            g_assert_cmpint(ppc_cpu_run(cpu, k), ==, PPC_STOP_BUDGET);
            check_model(cpu, bases[b], k);
            ppc_cpu_free(cpu);
            g_free(ram);
        }
        uint8_t *ram;
        PpcCpu *cpu = cpu_with(&ram, loop_prog, 10, bases[b], MSR_BASE);
        for (unsigned k = 1; k <= 40; k++) {
            ppc_cpu_run(cpu, 1);
            check_model(cpu, bases[b], k);
        }
        ppc_cpu_free(cpu);
        g_free(ram);
    }
}

static void test_chunks(void)
{
    static const unsigned chunks[] = { 2, 3, 7 };
    for (size_t b = 0; b < G_N_ELEMENTS(bases); b++) {
        for (size_t c = 0; c < G_N_ELEMENTS(chunks); c++) {
            uint8_t *ram;
            PpcCpu *cpu = cpu_with(&ram, loop_prog, 10, bases[b], MSR_BASE);
            for (unsigned k = chunks[c]; k <= 42; k += chunks[c]) {
                ppc_cpu_run(cpu, chunks[c]);
                check_model(cpu, bases[b], k);
            }
            ppc_cpu_free(cpu);
            g_free(ram);
        }
    }
}

/* 0 li 3,0 | 1 li 9,0x3024 | 2 lis 8,0x3863 | 3 ori 8,8,1 |
 * 4 lis 10,0x3863 | 5 ori 10,10,100 | 6 li 4,3 | 7 mtctr 4 |
 * 8 stw 8,0(9) | 9 addi 3,3,1 | 10 mr 8,10 | 11 bdnz 8 | 12 b .
 * Pass 1 stores addi 3,3,1 over record 9 (unchanged) and runs it; pass
 * 2 and 3 store addi 3,3,100 over it after it ran as a micro-op. */
static const uint32_t smc_prog[] = {
    0x38600000, 0x39203024, 0x3d003863, 0x61080001, 0x3d403863,
    0x614a0064, 0x38800003, 0x7c8903a6, 0x91090000, 0x38630001,
    0x7d485378, 0x4200fff4, 0x48000000,
};

static void test_smc(void)
{
    /* in one slice, and one instruction per slice */
    for (int step = 0; step < 2; step++) {
        uint8_t *ram;
        PpcCpu *cpu = cpu_with(&ram, smc_prog, 13, 0x3000, MSR_BASE);
        unsigned total = 8 + 3 * 4 + 1;
        if (step) {
            for (unsigned k = 0; k < total; k++) {
                ppc_cpu_run(cpu, 1);
            }
        } else {
            ppc_cpu_run(cpu, total);
        }
        g_assert_cmpuint(cpu->icount, ==, total);
        g_assert_cmpuint(cpu->arch.gpr[3], ==, 1 + 100 + 100);
        g_assert_cmphex(cpu->arch.nip, ==, 0x3000 + 4 * 12);
        ppc_cpu_free(cpu);
        g_free(ram);
    }
}

/* A fused compare + branch: 0 li 3,0 | 1 li 7,0 | 2 addi 3,3,1 |
 * 3 add 7,7,3 | 4 cmpwi 3,6 | 5 bne 2 | 6 b . */
static const uint32_t pair_prog[] = {
    0x38600000, 0x38e00000, 0x38630001, 0x7ce71a14, 0x2c030006,
    0x4082fff4, 0x48000000,
};

static unsigned pair_index(unsigned k)
{
    if (k < 2) {
        return k;
    }
    k -= 2;
    return k < 24 ? 2 + k % 4 : 6;
}

static void check_pair(PpcCpu *cpu, uint64_t base, unsigned k)
{
    uint64_t r3 = 0, r7 = 0;
    uint32_t cr0 = 0;
    for (unsigned i = 0; i < k; i++) {
        switch (pair_index(i)) {
        case 2: r3++; break;
        case 3: r7 += r3; break;
        case 4: cr0 = r3 < 6 ? 8 : r3 > 6 ? 4 : 2; break;
        default: break;
        }
    }
    g_assert_cmpuint(cpu->icount, ==, k);
    g_assert_cmphex(cpu->arch.nip, ==, base + 4 * pair_index(k));
    g_assert_cmpuint(cpu->arch.gpr[3], ==, r3);
    g_assert_cmpuint(cpu->arch.gpr[7], ==, r7);
    g_assert_cmphex(cpu->arch.cr >> 28, ==, cr0);
}

/* Budgets ending between the compare and the branch of the pair, in
 * one slice, one at a time, and in odd-sized slices after the pair
 * was fused; the pair at the end of a page (branch in the last record)
 * and split by a page boundary (never fused). */
static void test_pair(void)
{
    static const uint64_t pbases[] = { 0x3000, 0x3fe8, 0x3fec };
    static const unsigned chunks[] = { 1, 3, 5 };
    for (size_t b = 0; b < G_N_ELEMENTS(pbases); b++) {
        for (unsigned k = 0; k <= 30; k++) {
            uint8_t *ram;
            PpcCpu *cpu = cpu_with(&ram, pair_prog, 7, pbases[b], MSR_BASE);
            ppc_cpu_run(cpu, k);
            check_pair(cpu, pbases[b], k);
            ppc_cpu_free(cpu);
            g_free(ram);
        }
        for (size_t c = 0; c < G_N_ELEMENTS(chunks); c++) {
            uint8_t *ram;
            PpcCpu *cpu = cpu_with(&ram, pair_prog, 7, pbases[b], MSR_BASE);
            for (unsigned k = chunks[c]; k <= 30; k += chunks[c]) {
                ppc_cpu_run(cpu, chunks[c]);
                check_pair(cpu, pbases[b], k);
            }
            ppc_cpu_free(cpu);
            g_free(ram);
        }
    }
}

/* 0 li 3,0 | 1 li 9,0x3020 | 2 lis 8,0x4082 | 3 ori 8,8,0xfff0 |
 * 4 stw 8,0(9) | 5 addi 3,3,1 | 6 lis 8,0x6000 | 7 cmpwi 3,10 |
 * 8 bne 4 | 9 b .
 * Pass 1 stores the bne over itself and runs the pair (7, 8); pass 2
 * stores a nop (ori 0,0,0) over the pair's branch: the compare must run
 * alone and the nop fall through to b ., with r3 = 2. */
static const uint32_t smc_pair_prog[] = {
    0x38600000, 0x39203020, 0x3d004082, 0x6108fff0, 0x91090000,
    0x38630001, 0x3d006000, 0x2c03000a, 0x4082fff0, 0x48000000,
};

static void test_smc_pair(void)
{
    uint8_t *ram;
    PpcCpu *cpu = cpu_with(&ram, smc_pair_prog, 10, 0x3000, MSR_BASE);
    unsigned total = 4 + 5 + 5 + 1;
    ppc_cpu_run(cpu, total);
    g_assert_cmpuint(cpu->icount, ==, total);
    g_assert_cmpuint(cpu->arch.gpr[3], ==, 2);
    g_assert_cmphex(cpu->arch.nip, ==, 0x3000 + 4 * 9);
    ppc_cpu_free(cpu);
    g_free(ram);
}

/* A fused mtctr + bctr leaving the page: at 0x3000
 *   0 li 3,0 | 1 li 9,0x4000 | 2 addi 3,3,1 | 3 mtctr 9 | 4 bctr | 5 b .
 * and at 0x4000
 *   0 addi 3,3,10 | 1 li 9,0x4000 | 2 b 0x3008 */
static const uint32_t leave_prog_a[] = {
    0x38600000, 0x39204000, 0x38630001, 0x7d2903a6, 0x4e800420, 0x48000000,
};
static const uint32_t leave_prog_b[] = { 0x3863000a, 0x39204000, 0x4bfff000 };

/* Address of the k-th instruction executed (k from 0). */
static uint64_t leave_addr(unsigned k)
{
    static const uint64_t cycle[] = {
        0x3008, 0x300c, 0x3010, 0x4000, 0x4004, 0x4008,
    };
    return k < 2 ? 0x3000 + 4 * k : cycle[(k - 2) % 6];
}

static void check_leave(PpcCpu *cpu, unsigned k)
{
    uint64_t r3 = 0, ctr = 0;
    for (unsigned i = 0; i < k; i++) {
        switch (leave_addr(i)) {
        case 0x3008: r3 += 1; break;
        case 0x300c: ctr = 0x4000; break;
        case 0x4000: r3 += 10; break;
        default: break;
        }
    }
    g_assert_cmpuint(cpu->icount, ==, k);
    g_assert_cmphex(cpu->arch.nip, ==, leave_addr(k));
    g_assert_cmpuint(cpu->arch.gpr[3], ==, r3);
    g_assert_cmphex(cpu->arch.ctr, ==, ctr);
}

static PpcCpu *leave_cpu(uint8_t **ram)
{
    PpcCpu *cpu = cpu_with(ram, leave_prog_a, 6, 0x3000, MSR_BASE);
    for (unsigned i = 0; i < 3; i++) {
        for (unsigned b = 0; b < 4; b++) {
            (*ram)[0x4000 + 4 * i + b] =
                (uint8_t)(leave_prog_b[i] >> (24 - 8 * b));
        }
    }
    return cpu;
}

static void test_pair_leave(void)
{
    static const unsigned chunks[] = { 1, 3, 5 };
    for (unsigned k = 0; k <= 40; k++) {
        uint8_t *ram;
        PpcCpu *cpu = leave_cpu(&ram);
        ppc_cpu_run(cpu, k);
        check_leave(cpu, k);
        ppc_cpu_free(cpu);
        g_free(ram);
    }
    for (size_t c = 0; c < G_N_ELEMENTS(chunks); c++) {
        uint8_t *ram;
        PpcCpu *cpu = leave_cpu(&ram);
        for (unsigned k = chunks[c]; k <= 40; k += chunks[c]) {
            ppc_cpu_run(cpu, chunks[c]);
            check_leave(cpu, k);
        }
        ppc_cpu_free(cpu);
        g_free(ram);
    }
    /* after 23 instructions (the pair ran fused three times) at
     * 0x4000: a nop (ori 0,0,0) over the bctr, as a store would leave
     * it; then 0x4000..0x4008, addi, mtctr, the nop, to b . */
    uint8_t *ram;
    PpcCpu *cpu = leave_cpu(&ram);
    ppc_cpu_run(cpu, 23);
    check_leave(cpu, 23);
    g_assert_cmphex(cpu->arch.nip, ==, 0x4000);
    memcpy(ram + 0x3010, "\x60\x00\x00\x00", 4);
    ppc_invalidate_code(cpu, 0x3010, 4);
    ppc_cpu_run(cpu, 3 + 3);
    g_assert_cmpuint(cpu->icount, ==, 29);
    g_assert_cmphex(cpu->arch.nip, ==, 0x3014);
    g_assert_cmpuint(cpu->arch.gpr[3], ==, 4 * 1 + 3 * 10 + 10 + 1);
    ppc_cpu_free(cpu);
    g_free(ram);
}

static void test_deadline(void)
{
    for (size_t b = 0; b < G_N_ELEMENTS(bases); b++) {
        for (unsigned t = 1; t <= 36; t++) {
            uint8_t *ram;
            PpcCpu *cpu = cpu_with(&ram, loop_prog, 10, bases[b],
                                   MSR_BASE | MSR_EE);
            est.event = t;
            est.assert_at = t;
            /* the slice ends at t; the loop takes the interrupt at the
             * next boundary, then stops for the machine event */
            g_assert_cmpint(ppc_cpu_run(cpu, 1000), ==, PPC_STOP_REQUEST);
            Model m = model_after(t);
            g_assert_cmpuint(cpu->icount, ==, t);
            g_assert_cmphex(cpu->arch.srr0, ==,
                            bases[b] + 4 * model_index(t));
            g_assert_cmphex(cpu->arch.nip, ==, 0x500);
            g_assert_cmpuint(cpu->arch.gpr[3], ==, m.r3);
            g_assert_cmpuint(cpu->arch.gpr[7], ==, m.r7);
            g_assert_cmpuint(cpu->arch.ctr, ==, m.ctr);
            ppc_cpu_free(cpu);
            g_free(ram);
        }
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/dispatch/budget", test_budget);
    g_test_add_func("/dispatch/chunks", test_chunks);
    g_test_add_func("/dispatch/smc", test_smc);
    g_test_add_func("/dispatch/deadline", test_deadline);
    g_test_add_func("/dispatch/pair", test_pair);
    g_test_add_func("/dispatch/smc-pair", test_smc_pair);
    g_test_add_func("/dispatch/pair-leave", test_pair_leave);
    return g_test_run();
}
