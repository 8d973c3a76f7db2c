/* SPDX-License-Identifier: MIT */
/*
 * VSX vector floating point with enabled exceptions and MSR[FE0,FE1]
 * set, which the QEMU-recorded vectors (tests/insn/vecfp.vec: the oracle
 * runs with FE0=FE1=0) cannot show. Expected values from the Power ISA
 * 3.0B: an enabled exception in any element sets the FPSCR bits (FX,
 * the cause, VX, FEX), leaves VSR[XT] unaltered and, in an FP exception
 * mode, takes the program interrupt (0x700, SRR1 bit 11 = FP enabled
 * exception) with SRR0 at the instruction (ISA 3.0B Book III, Program
 * Interrupt, precise mode); a disabled one writes the result.
 */
#include <glib.h>

#include "cpu-ppc/cpu.h"
#include "tests/cpu-env.h"

enum { RAM = 64 * 1024, AT = 0x1000 };

#define SNAN 0x7ff0000000000001ULL
#define ONE  0x3ff0000000000000ULL
#define TWO  0x4000000000000000ULL
#define VX_SNAN 0x01000000u
#define FX  0x80000000u
#define FEX 0x40000000u
#define VX  0x20000000u
#define VE  0x80u

typedef struct Case {
    uint32_t fpscr;
    uint64_t fe;        /* MSR[FE0|FE1] */
} Case;

/* Run xvadddp vs1,vs2,vs3 (0xf0221b00) once; vs2 = (SNaN, 1),
 * vs3 = (1, 1), vs1 = (2, 2) before. */
static PpcCpu *run_xvadddp(uint8_t *ram, const Case *c)
{
    PpcEnv env = test_null_env();
    PpcCpu *cpu = ppc_cpu_new(0, ram, RAM, &env);
    static const uint8_t word[4] = { 0xf0, 0x22, 0x1b, 0x00 };
    memcpy(ram + AT, word, 4);
    ppc_invalidate_code(cpu, 0, RAM);
    cpu->arch.nip = AT;
    ppc_set_msr(cpu, MSR_SF | MSR_ME | MSR_FP | MSR_VSX | c->fe);
    cpu->arch.fpscr = c->fpscr;
    cpu->arch.fpr[1] = TWO;
    cpu->arch.fpr_dw1[1] = TWO;
    cpu->arch.fpr[2] = SNAN;
    cpu->arch.fpr_dw1[2] = ONE;
    cpu->arch.fpr[3] = ONE;
    cpu->arch.fpr_dw1[3] = ONE;
    ppc_cpu_run(cpu, 1);
    return cpu;
}

static void test_enabled_fe(void)
{
    uint8_t *ram = g_malloc0(RAM);
    Case c = { VE, MSR_FE0 | MSR_FE1 };
    PpcCpu *cpu = run_xvadddp(ram, &c);
    g_assert_cmphex(cpu->arch.nip, ==, 0x700);
    g_assert_cmphex(cpu->arch.srr0, ==, AT);
    g_assert_cmphex(cpu->arch.srr1 & SRR1_PROG_FPE, ==, SRR1_PROG_FPE);
    g_assert_cmphex(cpu->arch.fpscr, ==, FX | FEX | VX | VX_SNAN | VE);
    g_assert_cmphex(cpu->arch.fpr[1], ==, TWO);       /* unaltered */
    g_assert_cmphex(cpu->arch.fpr_dw1[1], ==, TWO);
    ppc_cpu_free(cpu);
    g_free(ram);
}

static void test_enabled_ignored(void)
{
    uint8_t *ram = g_malloc0(RAM);
    Case c = { VE, 0 };
    PpcCpu *cpu = run_xvadddp(ram, &c);
    g_assert_cmphex(cpu->arch.nip, ==, AT + 4);       /* no interrupt */
    g_assert_cmphex(cpu->arch.fpscr, ==, FX | FEX | VX | VX_SNAN | VE);
    g_assert_cmphex(cpu->arch.fpr[1], ==, TWO);       /* unaltered */
    g_assert_cmphex(cpu->arch.fpr_dw1[1], ==, TWO);
    ppc_cpu_free(cpu);
    g_free(ram);
}

static void test_disabled_fe(void)
{
    uint8_t *ram = g_malloc0(RAM);
    Case c = { 0, MSR_FE0 | MSR_FE1 };
    PpcCpu *cpu = run_xvadddp(ram, &c);
    g_assert_cmphex(cpu->arch.nip, ==, AT + 4);
    g_assert_cmphex(cpu->arch.fpscr, ==, FX | VX | VX_SNAN);
    g_assert_cmphex(cpu->arch.fpr[1], ==, SNAN | 0x0008000000000000ULL);
    g_assert_cmphex(cpu->arch.fpr_dw1[1], ==, TWO);   /* 1 + 1 */
    ppc_cpu_free(cpu);
    g_free(ram);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/vecfp/enabled-fe-mode", test_enabled_fe);
    g_test_add_func("/vecfp/enabled-ignored-mode", test_enabled_ignored);
    g_test_add_func("/vecfp/disabled-fe-mode", test_disabled_fe);
    return g_test_run();
}
