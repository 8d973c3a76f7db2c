/* SPDX-License-Identifier: MIT */
/*
 * Interrupt delivery details a guest program cannot reach without an
 * MMU, on a bare PpcCpu: LPCR[AIL] for scv and for an ordinary
 * interrupt (sc) from a relocated MSR (QEMU 7.2's POWER9 rules: AIL=3
 * moves scv's 0x17000 base to 0xc000000000003000 and other vectors to
 * 0xc000000000004000 + vector; AIL=2 keeps scv's address but gives
 * 0x18000 + vector to the others; both turn IR/DR on; AIL needs
 * MSR[IR]=MSR[DR]=1), and the single-step trace interrupt after one
 * instruction.
 *
 *   /excp/scv-ail     scv 5 under AIL 0/2/3, relocated or not
 *   /excp/sc-ail      sc under the same
 *   /excp/trace-step  MSR[SE]: 0xd00 after the first addi, SRR0 next
 */
#include <glib.h>

#include "cpu-ppc/cpu.h"
#include "cpu-ppc/spr.h"
#include "tests/cpu-env.h"

#define RAM_SIZE (1u << 20)
#define CODE 0x3000u
#define MSR_BASE (MSR_SF | MSR_ME)

typedef struct Case {
    unsigned ail;
    bool reloc;
} Case;

static PpcCpu *cpu_with(uint8_t **ram, const uint32_t *words, unsigned n,
                        unsigned ail, uint64_t msr)
{
    static PpcEnv env;
    env = test_null_env();
    *ram = g_malloc0(RAM_SIZE);
    for (unsigned i = 0; i < n; i++) {
        for (unsigned b = 0; b < 4; b++) {
            (*ram)[CODE + 4 * i + b] = (uint8_t)(words[i] >> (24 - 8 * b));
        }
    }
    PpcCpu *cpu = ppc_cpu_new(0, *ram, RAM_SIZE, &env);
    cpu->arch.lpcr = (cpu->arch.lpcr & ~(3ULL << LPCR_AIL_SHIFT)) |
                     (uint64_t)ail << LPCR_AIL_SHIFT;
    cpu->arch.fscr = 1ULL << 12;  /* FSCR[SCV] */
    cpu->arch.nip = CODE;
    cpu->arch.srr0 = 0x1111;
    cpu->arch.srr1 = 0x2222;
    ppc_set_msr(cpu, msr);
    return cpu;
}

static const Case cases[] = {
    { 0, false }, { 0, true }, { 2, false }, { 2, true }, { 3, false },
    { 3, true }, { 1, true },
};

static void test_scv_ail(void)
{
    const uint32_t scv5 = 0x440000a1;
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        const Case *c = &cases[i];
        uint64_t msr = MSR_BASE | MSR_EE | (c->reloc ? MSR_IR | MSR_DR : 0);
        uint8_t *ram;
        PpcCpu *cpu = cpu_with(&ram, &scv5, 1, c->ail, msr);
        ppc_cpu_run(cpu, 1);
        bool ail = c->reloc && c->ail >= 2;
        uint64_t want = c->ail == 3 && ail ? 0xc0000000000030a0ULL : 0x170a0;
        g_test_message("scv: AIL %u reloc %d: nip %#" G_GINT64_MODIFIER "x",
                       c->ail, c->reloc, cpu->arch.nip);
        g_assert_cmphex(cpu->arch.nip, ==, want);
        g_assert_cmphex(cpu->arch.lr, ==, CODE + 4);
        g_assert_cmphex(cpu->arch.ctr, ==, msr);
        g_assert_cmphex(cpu->arch.srr0, ==, 0x1111);
        g_assert_cmphex(cpu->arch.srr1, ==, 0x2222);
        g_assert_cmphex(cpu->arch.msr, ==,
                        MSR_BASE | MSR_EE | (ail ? MSR_IR | MSR_DR : 0));
        ppc_cpu_free(cpu);
        g_free(ram);
    }
}

static void test_sc_ail(void)
{
    const uint32_t sc = 0x44000002;
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        const Case *c = &cases[i];
        uint64_t msr = MSR_BASE | MSR_EE | (c->reloc ? MSR_IR | MSR_DR : 0);
        uint8_t *ram;
        PpcCpu *cpu = cpu_with(&ram, &sc, 1, c->ail, msr);
        ppc_cpu_run(cpu, 1);
        bool ail = c->reloc && c->ail >= 2;
        uint64_t want = !ail ? 0xc00
                        : c->ail == 3 ? 0xc000000000004c00ULL : 0x18c00;
        g_assert_cmphex(cpu->arch.nip, ==, want);
        g_assert_cmphex(cpu->arch.srr0, ==, CODE + 4);
        g_assert_cmphex(cpu->arch.srr1, ==, msr);
        g_assert_cmphex(cpu->arch.msr, ==,
                        MSR_BASE | (ail ? MSR_IR | MSR_DR : 0));
        ppc_cpu_free(cpu);
        g_free(ram);
    }
}

static void test_trace_step(void)
{
    const uint32_t code[] = { 0x38630001, 0x38630001 };  /* addi 3,3,1 x2 */
    uint8_t *ram;
    PpcCpu *cpu = cpu_with(&ram, code, 2, 0, MSR_BASE | MSR_SE);
    cpu->arch.gpr[3] = 0;
    ppc_cpu_run(cpu, 1);
    g_assert_cmphex(cpu->arch.gpr[3], ==, 1);
    g_assert_cmphex(cpu->arch.nip, ==, 0xd00);
    g_assert_cmphex(cpu->arch.srr0, ==, CODE + 4);
    /* ISA 2.07 on (this is a POWER9): SRR1[33] set, SIAR = the traced
     * instruction (Book III, trace interrupt) */
    g_assert_cmphex(cpu->arch.srr1, ==, MSR_BASE | MSR_SE | (1ULL << 30));
    g_assert_cmphex(ppc_spr_read(cpu, 780), ==, CODE);
    g_assert_false(cpu->step_trace);  /* the interrupt cleared SE */
    ppc_cpu_free(cpu);
    g_free(ram);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/excp/scv-ail", test_scv_ail);
    g_test_add_func("/excp/sc-ail", test_sc_ail);
    g_test_add_func("/excp/trace-step", test_trace_step);
    return g_test_run();
}
