/* SPDX-License-Identifier: MIT */
/*
 * ppc_debug_xlate (the gdb stub's and the monitor's translation) on a
 * bare PpcCpu: it must translate as the CPU would and change nothing a
 * guest can see: no R or C set in the PTE, no DAR/DSISR, no interrupt.
 * Expected addresses follow from the ISA's translation of the tables
 * built here (Book III 5.7.7 hash, 5.7.8 radix).
 *
 *   /mmu-debug/radix  a four-level tree: 4K leaf with R=C=0, quadrant 3,
 *                     an unmapped EA, a fetch from a non-executable page,
 *                     real mode
 *   /mmu-debug/hash   an HPT with one 4K HPTE (R=C=0) and an SLB entry,
 *                     an unmapped page, an EA outside every segment
 */
#include <glib.h>
#include <string.h>

#include "cpu-ppc/cpu.h"
#include "tests/cpu-env.h"

#define RAM_SIZE (4u << 20)

static void put_be64(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        p[i] = (uint8_t)(v >> (56 - 8 * i));
    }
}

static uint64_t get_be64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) {
        v = v << 8 | p[i];
    }
    return v;
}

static PpcCpu *new_cpu(uint8_t **ram)
{
    static PpcEnv env;
    env = test_null_env();
    *ram = g_malloc0(RAM_SIZE);
    PpcCpu *cpu = ppc_cpu_new(0, *ram, RAM_SIZE, &env);
    cpu->arch.dar = 0x5555;
    cpu->arch.dsisr = 0x6666;
    return cpu;
}

static void test_radix(void)
{
    uint8_t *ram;
    PpcCpu *cpu = new_cpu(&ram);
    /* process table at 0x10000 (PID 0), root (2^13) at 0x20000, then
     * 2^9-entry levels at 0x30000, 0x31000, 0x32000 */
    put_be64(ram + 0x10000, (2ULL << 61) | 0x20000 | (5ULL << 5) | 13);
    put_be64(ram + 0x20000, (1ULL << 63) | 0x30000 | 9);
    put_be64(ram + 0x30000, (1ULL << 63) | 0x31000 | 9);
    put_be64(ram + 0x31000, (1ULL << 63) | 0x32000 | 9);
    /* EA 0x1000: RA 0x200000, read/write, R = C = 0 */
    const uint64_t leaf = (3ULL << 62) | 0x200000 | 0x6;
    put_be64(ram + 0x32000 + 8, leaf);
    cpu->arch.lpcr |= LPCR_HR | LPCR_UPRT;
    ppc_cpu_set_patb(cpu, (1ULL << 63) | 0x10000);
    ppc_set_msr(cpu, MSR_SF | MSR_IR | MSR_DR);

    uint64_t pa = 0;
    g_assert_true(ppc_debug_xlate(cpu, 0x1234, PPC_ACC_LOAD, &pa));
    g_assert_cmphex(pa, ==, 0x200234);
    g_assert_true(ppc_debug_xlate(cpu, 0x1ff8, PPC_ACC_STORE, &pa));
    g_assert_cmphex(pa, ==, 0x200ff8);
    g_assert_true(ppc_debug_xlate(cpu, 0xc000000000001010ULL, PPC_ACC_LOAD,
                                  &pa));
    g_assert_cmphex(pa, ==, 0x200010);
    g_assert_false(ppc_debug_xlate(cpu, 0x2000, PPC_ACC_LOAD, &pa));
    g_assert_false(ppc_debug_xlate(cpu, 0x1000, PPC_ACC_FETCH, &pa));
    g_assert_false(ppc_debug_xlate(cpu, 0x4000000000001000ULL, PPC_ACC_LOAD,
                                   &pa));
    /* nothing changed: R and C still clear, DAR/DSISR as they were */
    g_assert_cmphex(get_be64(ram + 0x32000 + 8), ==, leaf);
    g_assert_cmphex(cpu->arch.dar, ==, 0x5555);
    g_assert_cmphex(cpu->arch.dsisr, ==, 0x6666);
    /* real mode: the top 4 bits go */
    ppc_set_msr(cpu, MSR_SF);
    g_assert_true(ppc_debug_xlate(cpu, 0xf000000000001234ULL, PPC_ACC_LOAD,
                                  &pa));
    g_assert_cmphex(pa, ==, 0x1234);
    ppc_cpu_free(cpu);
    g_free(ram);
}

static void test_hash(void)
{
    uint8_t *ram;
    PpcCpu *cpu = new_cpu(&ram);
    const uint64_t htab_size = 256 * 1024;   /* 2048 PTEGs */
    uint8_t *htab = g_malloc0(htab_size);
    /* VSID 0x123, 256M segment 0, 4K pages: EA 0x5000 hashes to PTEG
     * 0x123 ^ 0x5 = 0x126; AVPN 0 (EA bits above the 64K boundary) */
    const uint64_t pte1 = 0x300000 | 0x10 | 0x2;   /* M, PP = 2, R = C = 0 */
    put_be64(htab + 0x126 * 128, (0x123ULL << 12) | 1);
    put_be64(htab + 0x126 * 128 + 8, pte1);
    ppc_cpu_set_htab(cpu, htab, htab_size);
    cpu->arch.slb_esid[0] = 0x08000000;           /* ESID 0, valid */
    cpu->arch.slb_vsid[0] = 0x123ULL << 12;
    ppc_set_msr(cpu, MSR_SF | MSR_IR | MSR_DR);

    uint64_t pa = 0;
    g_assert_true(ppc_debug_xlate(cpu, 0x5678, PPC_ACC_LOAD, &pa));
    g_assert_cmphex(pa, ==, 0x300678);
    g_assert_true(ppc_debug_xlate(cpu, 0x5008, PPC_ACC_STORE, &pa));
    g_assert_cmphex(pa, ==, 0x300008);
    g_assert_false(ppc_debug_xlate(cpu, 0x6000, PPC_ACC_LOAD, &pa));
    g_assert_false(ppc_debug_xlate(cpu, 0x10005000, PPC_ACC_LOAD, &pa));
    g_assert_cmphex(get_be64(htab + 0x126 * 128 + 8), ==, pte1);
    g_assert_cmphex(cpu->arch.dar, ==, 0x5555);
    g_assert_cmphex(cpu->arch.dsisr, ==, 0x6666);
    ppc_cpu_free(cpu);
    g_free(htab);
    g_free(ram);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/mmu-debug/radix", test_radix);
    g_test_add_func("/mmu-debug/hash", test_hash);
    return g_test_run();
}
