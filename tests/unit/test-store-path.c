/* SPDX-License-Identifier: MIT */
/*
 * The real-mode store path of the fixed-point stores (ppc_store_next,
 * cpu-ppc/internal.h): the inline RAM store and the tail jumps off it
 * (invalidating decoded code, the slow path). Each case runs
 * instructions on a bare CPU in real mode, in both byte orders, and
 * checks what the ISA says the store does (Book I 3.3.3: the bytes in
 * memory order; update forms set RA to the EA only when the access is
 * done):
 *   /store-path/bytes    stb, sth, stw, std, stdx, stbu, sthux, stdu
 *   /store-path/code     stwu into the next instruction, already
 *                        decoded: the new word runs, RA is the EA
 *   /store-path/cross    std across a page boundary into a decoded code
 *                        page: the second page's instruction is the new one
 *   /store-path/cross-uop the same store as a loop's decoded std micro-op,
 *                        from a page without code of its own
 *   /store-path/end      stdu across the end of RAM (nothing there): the
 *                        machine check (DAR = EA), nothing stored, RA kept
 * MMIO stores, update forms included, are tests/unit/test-ldst-mmio.c's;
 * translated ones tests/unit/test-mmu-cache.c's.
 */
#include <glib.h>
#include <string.h>

#include "cpu-ppc/cpu.h"
#include "tests/cpu-env.h"

#define RAM_SIZE  0x100000ULL
#define CODE      0x1000ULL
#define BUF       0x8000ULL

static uint8_t *ram;

/* n bytes at p as a number, first byte most significant */
static uint64_t get_be(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) {
        v = v << 8 | p[i];
    }
    return v;
}

/* An instruction word at pa in the CPU's byte order. */
static void put_insn(PpcCpu *cpu, uint64_t pa, uint32_t w)
{
    for (unsigned i = 0; i < 4; i++) {
        unsigned sh = cpu->le ? 8 * i : 8 * (3 - i);
        ram[pa + i] = (uint8_t)(w >> sh);
    }
}

static PpcCpu *new_cpu(bool le)
{
    static PpcEnv env;
    env = test_null_env();
    ram = g_malloc0(RAM_SIZE);
    PpcCpu *cpu = ppc_cpu_new(0, ram, RAM_SIZE, &env);
    ppc_set_msr(cpu, MSR_SF | MSR_ME | (le ? MSR_LE : 0));
    return cpu;
}

static void free_cpu(PpcCpu *cpu)
{
    ppc_cpu_free(cpu);
    g_free(ram);
}

/* Run `word` at CODE as one instruction. */
static void run_insn(PpcCpu *cpu, uint32_t word)
{
    put_insn(cpu, CODE, word);
    ppc_invalidate_code(cpu, CODE, 4);
    cpu->arch.nip = CODE;
    ppc_cpu_run(cpu, 1);
}

/* The `size` bytes of a store of v, in memory order, as a number. */
static uint64_t image(bool le, uint64_t v, unsigned size)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < size; i++) {
        unsigned sh = le ? 8 * i : 8 * (size - 1 - i);
        r = r << 8 | ((v >> sh) & 0xff);
    }
    return r;
}

static void test_bytes(void)
{
    static const struct {
        uint32_t word;      /* RS = r6, RA = r4, RB = r5 */
        unsigned size;
        uint64_t off;       /* EA - r4 */
        bool update;
    } st[] = {
        { 0x98c40003, 1, 3, false },     /* stb r6,3(r4) */
        { 0xb0c40006, 2, 6, false },     /* sth r6,6(r4) */
        { 0x90c4000c, 4, 12, false },    /* stw r6,12(r4) */
        { 0xf8c40010, 8, 16, false },    /* std r6,16(r4) */
        { 0x7cc4292a, 8, 0x40, false },  /* stdx r6,r4,r5 */
        { 0x9cc40021, 1, 0x21, true },   /* stbu r6,33(r4) */
        { 0x7cc42b6e, 2, 0x40, true },   /* sthux r6,r4,r5 */
        { 0xf8c40029, 8, 0x28, true },   /* stdu r6,40(r4) */
    };
    for (unsigned le = 0; le < 2; le++) {
        PpcCpu *cpu = new_cpu(le);
        for (unsigned i = 0; i < G_N_ELEMENTS(st); i++) {
            memset(ram + BUF, 0, 0x100);
            cpu->arch.gpr[4] = BUF;
            cpu->arch.gpr[5] = 0x40;
            cpu->arch.gpr[6] = 0x1122334455667788ULL;
            run_insn(cpu, st[i].word);
            g_assert_cmphex(cpu->arch.nip, ==, CODE + 4);
            g_assert_cmphex(get_be(ram + BUF + st[i].off, st[i].size), ==,
                            image(le, 0x1122334455667788ULL, st[i].size));
            g_assert_cmphex(ram[BUF + st[i].off - 1], ==, 0);
            g_assert_cmphex(ram[BUF + st[i].off + st[i].size], ==, 0);
            g_assert_cmphex(cpu->arch.gpr[4], ==,
                            st[i].update ? BUF + st[i].off : BUF);
        }
        free_cpu(cpu);
    }
}

static void test_code(void)
{
    for (unsigned le = 0; le < 2; le++) {
        PpcCpu *cpu = new_cpu(le);
        put_insn(cpu, CODE, 0x94c40004);         /* stwu r6,4(r4) */
        put_insn(cpu, CODE + 4, 0x38600009);     /* li r3,9 */
        ppc_invalidate_code(cpu, CODE, 8);
        cpu->arch.nip = CODE + 4;
        ppc_cpu_run(cpu, 1);                     /* decodes li r3,9 */
        g_assert_cmphex(cpu->arch.gpr[3], ==, 9);
        cpu->arch.gpr[4] = CODE;
        cpu->arch.gpr[6] = 0x38600005;           /* li r3,5 */
        cpu->arch.nip = CODE;
        ppc_cpu_run(cpu, 2);
        g_assert_cmphex(cpu->arch.gpr[3], ==, 5);
        g_assert_cmphex(cpu->arch.gpr[4], ==, CODE + 4);
        g_assert_cmphex(cpu->arch.nip, ==, CODE + 8);
        free_cpu(cpu);
    }
}

static void test_cross(void)
{
    for (unsigned le = 0; le < 2; le++) {
        PpcCpu *cpu = new_cpu(le);
        put_insn(cpu, 0x3000, 0x38600001);       /* li r3,1 */
        put_insn(cpu, 0x3004, 0x4e800020);       /* blr */
        cpu->arch.lr = 0x3004;
        cpu->arch.nip = 0x3000;
        ppc_cpu_run(cpu, 1);                     /* decodes the page */
        g_assert_cmphex(cpu->arch.gpr[3], ==, 1);
        /* std r6,-4(r4), r4 = 0x3000: bytes 0x2ffc-0x3003; the word
         * that lands at 0x3000 is li r3,7 in the CPU's byte order */
        cpu->arch.gpr[4] = 0x3000;
        cpu->arch.gpr[6] = le ? 0x38600007ULL << 32 : 0x38600007ULL;
        run_insn(cpu, 0xf8c4fffc);
        g_assert_cmphex(cpu->arch.nip, ==, CODE + 4);
        g_assert_cmphex(get_be(ram + 0x2ffc, 4), ==, 0);
        cpu->arch.nip = 0x3000;
        ppc_cpu_run(cpu, 1);
        g_assert_cmphex(cpu->arch.gpr[3], ==, 7);
        free_cpu(cpu);
    }
}

/* The same crossing store run as the loop's std micro-op (passes two
 * and three: the record is decoded), with the code page decoded by the
 * call in the pass before: each pass's li runs with its new immediate.
 * The store's first page has no code of its own. */
static void test_cross_uop(void)
{
    static const uint32_t loop[] = {
        0xf8c4fffc,                              /* std r6,-4(r4) */
        0x7cc63a14,                              /* add r6,r6,r7 */
        0x48001ff9,                              /* bl 0x3000 */
        0x4200fff4,                              /* bdnz CODE */
        0x48000000,                              /* b . */
    };
    for (unsigned le = 0; le < 2; le++) {
        PpcCpu *cpu = new_cpu(le);
        for (unsigned i = 0; i < G_N_ELEMENTS(loop); i++) {
            put_insn(cpu, CODE + 4 * i, loop[i]);
        }
        put_insn(cpu, 0x3004, 0x4e800020);       /* blr */
        cpu->arch.gpr[4] = 0x3000;
        /* li r3,7 then 8, 9 in the word that lands at 0x3000 */
        cpu->arch.gpr[6] = le ? 0x38600007ULL << 32 : 0x38600007ULL;
        cpu->arch.gpr[7] = le ? 1ULL << 32 : 1;
        cpu->arch.ctr = 3;
        cpu->arch.nip = CODE;
        for (unsigned pass = 0; pass < 3; pass++) {
            ppc_cpu_run(cpu, 6);                 /* std .. bdnz */
            g_assert_cmphex(cpu->arch.gpr[3], ==, 7 + pass);
            g_assert_cmphex(get_be(ram + 0x2ffc, 4), ==, 0);
        }
        g_assert_cmphex(cpu->arch.nip, ==, CODE + 16);
        free_cpu(cpu);
    }
}

static void test_end(void)
{
    for (unsigned le = 0; le < 2; le++) {
        PpcCpu *cpu = new_cpu(le);
        cpu->arch.gpr[4] = RAM_SIZE - 0x10;
        cpu->arch.gpr[6] = ~0ULL;
        run_insn(cpu, 0xf8c4000d);               /* stdu r6,12(r4) */
        g_assert_cmphex(cpu->arch.nip, ==, 0x200);
        g_assert_cmphex(cpu->arch.srr0, ==, CODE);
        g_assert_cmphex(cpu->arch.dar, ==, RAM_SIZE - 4);
        g_assert_cmphex(get_be(ram + RAM_SIZE - 4, 4), ==, 0);
        g_assert_cmphex(cpu->arch.gpr[4], ==, RAM_SIZE - 0x10);
        free_cpu(cpu);
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/store-path/bytes", test_bytes);
    g_test_add_func("/store-path/code", test_code);
    g_test_add_func("/store-path/cross", test_cross);
    g_test_add_func("/store-path/cross-uop", test_cross_uop);
    g_test_add_func("/store-path/end", test_end);
    return g_test_run();
}
