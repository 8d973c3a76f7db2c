/* SPDX-License-Identifier: MIT */
/*
 * The run loop's off-page branch target cache and lazy CFAR (exec.c)
 * on a bare PpcCpu, against hand models of hand-assembled guest code:
 * a cached branch target must always reach the code and the mapping
 * in force, and CFAR must read as the ISA says wherever it is read.
 *
 *   /jump/smc        a loop bctr's to another page whose first
 *                    instruction the loop itself rewrites before each
 *                    bctr (a store into a cached target page)
 *   /jump/loader     the target page rewritten from outside
 *                    (ppc_invalidate_code, as loaders and DMA do)
 *   /jump/remap      MSR[IR] = 1: the target EA remapped to another
 *                    physical page (HPTE changed, translations flushed
 *                    as the hypervisor's H_ENTER/H_REMOVE do), then
 *                    unmapped: ISI at the bctr's target with CFAR =
 *                    the bctr, at the model's instruction count
 *   /jump/byte-order the same page run again after MSR[LE] changed:
 *                    the other byte order's records
 *   /jump/cfar       mfspr CFAR after an in-page branch then a page
 *                    end, after an in-page bl, and in the program
 *                    interrupt handler after an in-page branch and a
 *                    trap, each on a second pass (decoded micro-ops);
 *                    CFAR after every budget, in one slice and one
 *                    instruction per slice, in the micro-op loop and
 *                    the record-at-a-time one (debugger attached)
 */
#include <string.h>

#include "uop-test-cpu.h"

#define MSR_RUN (MSR_SF | MSR_ME)

/* Page A at 0x3000, page B at 0x4000 (EA; also PA in real mode):
 *   A: 0 li 3,0 | 1 li 9,0x4000 | 2 mtctr 9 | 3 bctr
 *   B: 0 addi 3,3,1 | 1 b 0x3008
 * A pass (mtctr, bctr, addi, b) adds 1 to r3; after 2 + 4k
 * instructions r3 = k, NIP = 0x3008, CFAR = 0x4004 (the b). */
static const uint32_t prog_a[] = {
    0x38600000, 0x39204000, 0x7d2903a6, 0x4e800420,
};
static const uint32_t prog_b[] = { 0x38630001, 0x4bfff004 };
#define ADDI_R3_100 0x38630064u

static Machine loop_machine(uint64_t msr)
{
    Machine m = new_machine(msr);
    put_code(&m, 0x3000, prog_a, 4);
    put_code(&m, 0x4000, prog_b, 2);
    m.cpu->arch.nip = 0x3000;
    return m;
}

static void check_loop(const Machine *m, uint64_t icount, uint64_t r3)
{
    g_assert_cmpuint(m->cpu->icount, ==, icount);
    g_assert_cmpuint(m->cpu->arch.gpr[3], ==, r3);
    g_assert_cmphex(m->cpu->arch.nip, ==, 0x3008);
    g_assert_cmphex(m->cpu->arch.cfar, ==, 0x4004);
}

/* A (0x3000): 0 li 3,0 | 1 li 9,0x4000 | 2 lis 8,0x3863 |
 * 3 ori 8,8,1 | 4 stw 8,0(9) | 5 mtctr 9 | 6 bctr
 * B (0x4000): 0 addi 3,3,1 | 1 ori 8,8,0x64 | 2 b 0x3010
 * Pass 1 stores addi 3,3,1 over B's first (unchanged) and runs it;
 * every later pass stores addi 3,3,101 over it just before the bctr
 * reaches it through the cache: after 10 + 6k instructions
 * r3 = 1 + 101 k, NIP = 0x3010. */
static const uint32_t smc_a[] = {
    0x38600000, 0x39204000, 0x3d003863, 0x61080001, 0x91090000,
    0x7d2903a6, 0x4e800420,
};
static const uint32_t smc_b[] = { 0x38630001, 0x61080064, 0x4bfff008 };

static void test_smc(void)
{
    for (int step = 0; step < 2; step++) {
        Machine m = new_machine(MSR_RUN);
        put_code(&m, 0x3000, smc_a, 7);
        put_code(&m, 0x4000, smc_b, 3);
        m.cpu->arch.nip = 0x3000;
        for (unsigned k = 0; k <= 5; k++) {
            unsigned n = k ? 6 : 10;
            if (step) {
                for (unsigned i = 0; i < n; i++) {
                    ppc_cpu_run(m.cpu, 1);
                }
            } else {
                ppc_cpu_run(m.cpu, n);
            }
            g_assert_cmpuint(m.cpu->icount, ==, 10 + 6 * k);
            g_assert_cmpuint(m.cpu->arch.gpr[3], ==, 1 + 101 * k);
            g_assert_cmphex(m.cpu->arch.nip, ==, 0x3010);
            g_assert_cmphex(m.cpu->arch.cfar, ==, 0x4008);
        }
        free_machine(&m);
    }
}

static void test_loader(void)
{
    Machine m = loop_machine(MSR_RUN);
    ppc_cpu_run(m.cpu, 2 + 4 * 3);
    check_loop(&m, 14, 3);
    put_be(m.ram + 0x4000, ADDI_R3_100, 4);
    ppc_invalidate_code(m.cpu, 0x4000, 4);
    ppc_cpu_run(m.cpu, 4 * 2);
    check_loop(&m, 22, 203);
    free_machine(&m);
}

/* The HPTE slot map() wrote for ea (uop-test-cpu.h). */
static uint8_t *hpte_of(Machine *m, uint64_t ea)
{
    uint64_t off = ea & 0x0fffffffULL;
    return m->htab + ((VSID ^ (off >> 12)) & (HPT_SIZE / 128 - 1)) * 128;
}

/* The loop at EA SEG + 0x3000 / SEG + 0x4000 with MSR[IR] = 1:
 *   A: 0 li 3,0 | 1 lis 9,0x1000 | 2 ori 9,9,0x4000 | 3 mtctr 9 |
 *      4 bctr
 *   B: 0 addi 3,3,1 | 1 b SEG + 0x300c
 * After 3 + 4k instructions r3 = k, NIP = SEG + 0x300c; B's EA
 * then maps to PA 0x6000, which holds addi 3,3,100 | b SEG + 0x300c. */
static const uint32_t ir_a[] = {
    0x38600000, 0x3d201000, 0x61294000, 0x7d2903a6, 0x4e800420,
};
static const uint32_t ir_b[] = { 0x38630001, 0x4bfff008 };
static const uint32_t ir_c[] = { ADDI_R3_100, 0x4bfff008 };

static void test_remap(void)
{
    Machine m = new_machine(MSR_RUN | MSR_IR);
    map(m.htab, SEG + 0x3000, 0x3000);
    map(m.htab, SEG + 0x4000, 0x4000);
    put_code(&m, 0x3000, ir_a, 5);
    put_code(&m, 0x4000, ir_b, 2);
    put_code(&m, 0x6000, ir_c, 2);
    put_be(m.ram + 0x400, 0x48000000, 4);  /* ISI: b . */
    ppc_mmu_flush(m.cpu);
    m.cpu->arch.nip = SEG + 0x3000;
    ppc_cpu_run(m.cpu, 3 + 4 * 3);
    g_assert_cmpuint(m.cpu->arch.gpr[3], ==, 3);
    g_assert_cmphex(m.cpu->arch.nip, ==, SEG + 0x300c);
    g_assert_cmphex(m.cpu->arch.cfar, ==, SEG + 0x4004);

    map(m.htab, SEG + 0x4000, 0x6000);
    ppc_mmu_flush(m.cpu);
    ppc_cpu_run(m.cpu, 4 * 2);
    g_assert_cmpuint(m.cpu->icount, ==, 23);
    g_assert_cmpuint(m.cpu->arch.gpr[3], ==, 203);
    g_assert_cmphex(m.cpu->arch.nip, ==, SEG + 0x300c);

    /* unmapped: the fetch at the bctr's target (after the 25th
     * instruction) takes ISI, no PTE; the failed fetch counts one step
     * (ppc_cpu_run's convention, unchanged) */
    memset(hpte_of(&m, SEG + 0x4000), 0, 16);
    ppc_mmu_flush(m.cpu);
    ppc_cpu_run(m.cpu, 3);
    g_assert_cmpuint(m.cpu->icount, ==, 26);
    g_assert_cmphex(m.cpu->arch.srr0, ==, SEG + 0x4000);
    g_assert_cmphex(m.cpu->arch.srr1 & 0x40000000ULL, ==, 0x40000000ULL);
    g_assert_cmphex(m.cpu->arch.nip, ==, 0x400);
    g_assert_cmphex(m.cpu->arch.cfar, ==, SEG + 0x3010);
    g_assert_cmpuint(m.cpu->arch.gpr[3], ==, 203);
    ppc_cpu_run(m.cpu, 1);
    g_assert_cmphex(m.cpu->arch.nip, ==, 0x400);
    g_assert_cmphex(m.cpu->arch.cfar, ==, 0x400);  /* b . */
    free_machine(&m);
}

static void test_byte_order(void)
{
    Machine m = loop_machine(MSR_RUN);
    ppc_cpu_run(m.cpu, 2 + 4 * 3);
    check_loop(&m, 14, 3);
    /* the same code in little-endian, B's first now addi 3,3,100; the
     * big-endian records stay decoded (no invalidation) */
    ppc_set_msr(m.cpu, MSR_RUN | MSR_LE);
    put_code(&m, 0x3000, prog_a, 4);
    static const uint32_t b_le[] = { ADDI_R3_100, 0x4bfff004 };
    put_code(&m, 0x4000, b_le, 2);
    ppc_cpu_run(m.cpu, 4 * 2);
    check_loop(&m, 22, 203);
    free_machine(&m);
}

/* The branches run twice, so that the second pass runs them as
 * decoded micro-ops (a record's first run goes through its handler):
 *   0x3fec: li 4,2
 *   0x3ff0: b 0x3ff8 | nop | nop | nop |
 *   0x4000: mfspr 5,CFAR | bl 0x4010 | nop | nop |
 *   0x4010: mfspr 6,CFAR | addi 4,4,-1 | b 0x4020 | nop |
 *   0x4020: twi 4,4,0 (trap when r4 = 0) | b 0x3ff0
 *   0x700:  mfspr 7,CFAR | b .
 * mfspr 5 follows an in-page branch and a page end, mfspr 6 an in-page
 * bl, mfspr 7 an in-page branch and the trap's interrupt. */
static const uint32_t cfar_prog[] = {
    0x38800002, 0x48000008, 0x60000000, 0x60000000, 0x60000000,
    0x7cbc02a6, 0x4800000d, 0x60000000, 0x60000000, 0x7cdc02a6,
    0x3884ffff, 0x48000008, 0x60000000, 0x0c840000, 0x4bffffcc,
};
static const uint32_t cfar_handler[] = { 0x7cfc02a6, 0x48000000 };

/* The ISA's sequential execution, by hand: address of the k-th
 * instruction executed (k from 0). */
static uint64_t cfar_seq(unsigned k)
{
    static const uint64_t pass[] = {
        0x3ff0, 0x3ff8, 0x3ffc, 0x4000, 0x4004, 0x4010, 0x4014, 0x4018,
        0x4020, 0x4024,
    };
    if (k == 0) {
        return 0x3fec;
    }
    if (k <= 10) {
        return pass[k - 1];
    }
    if (k <= 19) {
        return pass[k - 11];   /* the twi traps */
    }
    return k == 20 ? 0x700 : 0x704;
}

/* Registers after k instructions: every branch of the program is
 * unconditional, so CFAR is the address of the last one executed
 * (interrupts leave it); mfspr copies it. */
typedef struct CfarModel {
    uint64_t cfar, r5, r6, r7;
} CfarModel;

static CfarModel cfar_model(unsigned k)
{
    CfarModel m = { 0, 0, 0, 0 };
    for (unsigned i = 0; i < k; i++) {
        switch (cfar_seq(i)) {
        case 0x4000: m.r5 = m.cfar; break;
        case 0x4010: m.r6 = m.cfar; break;
        case 0x700: m.r7 = m.cfar; break;
        case 0x3ff0: case 0x4004: case 0x4018: case 0x4024: case 0x704:
            m.cfar = cfar_seq(i);
            break;
        default: break;
        }
    }
    return m;
}

static Machine cfar_machine(PpcDebug *dbg)
{
    Machine m = new_machine(MSR_RUN);
    put_code(&m, 0x3fec, cfar_prog, G_N_ELEMENTS(cfar_prog));
    put_code(&m, 0x700, cfar_handler, 2);
    m.cpu->arch.nip = 0x3fec;
    if (dbg) {
        ppc_debug_attach(m.cpu, dbg);
    }
    return m;
}

static void check_cfar(const Machine *m, unsigned k)
{
    const PpcArch *a = &m->cpu->arch;
    CfarModel e = cfar_model(k);
    g_assert_cmpuint(m->cpu->icount, ==, k);
    g_assert_cmphex(a->nip, ==, cfar_seq(k));
    g_assert_cmphex(a->cfar, ==, e.cfar);
    g_assert_cmphex(a->gpr[5], ==, e.r5);
    g_assert_cmphex(a->gpr[6], ==, e.r6);
    g_assert_cmphex(a->gpr[7], ==, e.r7);
    g_assert_cmphex(a->lr, ==, k > 5 ? 0x4008 : 0);
    if (k > 19) {
        g_assert_cmphex(a->srr0, ==, 0x4020);
    }
}

static void test_cfar(void)
{
    /* the values the model must give, so that it is checked too */
    CfarModel end = cfar_model(24);
    g_assert_cmphex(end.r5, ==, 0x3ff0);
    g_assert_cmphex(end.r6, ==, 0x4004);
    g_assert_cmphex(end.r7, ==, 0x4018);
    g_assert_cmphex(end.cfar, ==, 0x704);
    for (int calls = 0; calls < 2; calls++) {
        PpcDebug dbg = { .bps = NULL };
        for (unsigned k = 0; k <= 24; k++) {
            Machine m = cfar_machine(calls ? &dbg : NULL);
            ppc_cpu_run(m.cpu, k);
            check_cfar(&m, k);
            free_machine(&m);
        }
        Machine m = cfar_machine(calls ? &dbg : NULL);
        for (unsigned k = 1; k <= 24; k++) {
            ppc_cpu_run(m.cpu, 1);
            check_cfar(&m, k);
        }
        free_machine(&m);
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/jump/smc", test_smc);
    g_test_add_func("/jump/loader", test_loader);
    g_test_add_func("/jump/remap", test_remap);
    g_test_add_func("/jump/byte-order", test_byte_order);
    g_test_add_func("/jump/cfar", test_cfar);
    return g_test_run();
}
