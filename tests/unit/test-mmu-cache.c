/* SPDX-License-Identifier: MIT */
/*
 * The translation cache's fast paths (cpu-ppc/mmu.h): with MSR[DR] on,
 * loads and stores go through cached host pointers (ppc_tlb_host) and
 * 4K misses inside a cached 64K page refill from the second level.
 * Each case runs single instructions on a CPU with a small HPT built
 * here (one HPTE per mapping, as H_ENTER would write it) and checks
 * what the ISA says the access does, against RAM bytes set here:
 *   /mmu-cache/ram        load, misaligned load inside the page (the
 *                         slow path), store, all at the mapped RA
 *   /mmu-cache/watch      a watchpoint set after the page is cached
 *                         still stops the load (no host pointer then)
 *   /mmu-cache/code       a translated store into decoded code puts the
 *                         records back: the new word runs
 *   /mmu-cache/64k        4K pages of a 64K page (second level), and
 *                         after the HPTE goes and the cache is flushed
 *                         (what the hypervisor does) a DSI
 *   /mmu-cache/update     store with update through the cached host
 *                         pointer sets RA to the EA; one crossing into an
 *                         unmapped page is a DSI at that page's first
 *                         byte with nothing stored and RA unchanged
 *   /mmu-cache/tlbie      after the HPTE is changed to another RA, tlbiel
 *                         and tlbie (LPCR[GTSE]) of the page make the
 *                         next load use the new translation
 */
#include <glib.h>
#include <string.h>

#include "cpu-ppc/cpu.h"
#include "tests/cpu-env.h"
#include "cpu-ppc/debug.h"

#define RAM_SIZE  0x100000ULL
#define CODE      0x1000ULL
#define HPT_SIZE  0x40000ULL           /* 2^18: PTEG mask 0x7ff */
#define SEG4K     0x10000000ULL        /* ESID 1: 4K pages */
#define SEG64K    0x20000000ULL        /* ESID 2: 64K pages */
#define VSID4K    0x321ULL
#define VSID64K   0x654ULL
#define RA4K      0x8000ULL            /* SEG4K + 0x5000 maps here */
#define RA64K     0x40000ULL           /* SEG64K's first 64K page */
#define SLB_V     0x08000000ULL

static uint8_t *ram;
static uint8_t *htab;

static void put_be(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        p[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
    }
}

static uint64_t get_be(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) {
        v = v << 8 | p[i];
    }
    return v;
}

/* An HPTE in slot 0 of the primary PTEG of ea (256M segment, base page
 * shift `shift`): ISA 3.0 Book III 5.7.7. */
static void map(uint64_t vsid, uint64_t ea, unsigned shift, uint64_t ra)
{
    uint64_t off = ea & 0x0fffffffULL;
    uint64_t pteg = (vsid ^ (off >> shift)) & (HPT_SIZE / 128 - 1);
    uint64_t v = (vsid << 12) | ((off >> 16) & ~0x7fULL) | 1;
    uint64_t r = ra | 0x10 | 2;                      /* M, PP = 10: RW */
    if (shift == 16) {
        v |= 4;                                      /* L */
        r |= 0x1000;                                 /* LP 0001: 64K */
    }
    put_be(htab + pteg * 128, v, 8);
    put_be(htab + pteg * 128 + 8, r, 8);
}

static void unmap_all(PpcCpu *cpu)
{
    memset(htab, 0, HPT_SIZE);
    ppc_mmu_flush(cpu);
}

static PpcCpu *new_cpu(void)
{
    static PpcEnv env = {
        .hcall = test_env_hcall, .external_pending = test_env_external,
    };
    ram = g_malloc0(RAM_SIZE);
    htab = g_malloc0(HPT_SIZE);
    PpcCpu *cpu = ppc_cpu_new(0, ram, RAM_SIZE, &env);
    cpu->hpt_max_shift = 16;
    ppc_cpu_set_htab(cpu, htab, HPT_SIZE);
    cpu->arch.slb_esid[0] = SEG4K | SLB_V;
    cpu->arch.slb_vsid[0] = VSID4K << 12;
    cpu->arch.slb_esid[1] = SEG64K | SLB_V;
    cpu->arch.slb_vsid[1] = (VSID64K << 12) | 0x110;  /* L || LP: 64K */
    map(VSID4K, SEG4K + 0x5000, 12, RA4K);
    map(VSID64K, SEG64K, 16, RA64K);
    ppc_set_msr(cpu, MSR_SF | MSR_ME | MSR_DR);
    return cpu;
}

static void free_cpu(PpcCpu *cpu)
{
    ppc_cpu_free(cpu);
    g_free(ram);
    g_free(htab);
}

/* Run `word` at CODE (big-endian) as one instruction. */
static PpcStop run_insn(PpcCpu *cpu, uint32_t word)
{
    put_be(ram + CODE, word, 4);
    ppc_invalidate_code(cpu, CODE, 4);
    cpu->arch.nip = CODE;
    return ppc_cpu_run(cpu, 1);
}

static void test_ram(void)
{
    PpcCpu *cpu = new_cpu();
    put_be(ram + RA4K, 0x1122334455667788ULL, 8);
    cpu->arch.gpr[4] = SEG4K + 0x5000;
    run_insn(cpu, 0x80640000);                 /* lwz r3,0(r4) */
    g_assert_cmphex(cpu->arch.gpr[3], ==, 0x11223344);
    run_insn(cpu, 0x80a40002);                 /* lwz r5,2(r4) */
    g_assert_cmphex(cpu->arch.gpr[5], ==, 0x33445566);
    cpu->arch.gpr[6] = 0xcafef00d;
    run_insn(cpu, 0x90c40008);                 /* stw r6,8(r4) */
    g_assert_cmphex(get_be(ram + RA4K + 8, 4), ==, 0xcafef00d);
    g_assert_cmphex(cpu->arch.nip, ==, CODE + 4);
    free_cpu(cpu);
}

static void test_watch(void)
{
    PpcCpu *cpu = new_cpu();
    PpcDebug dbg = { .bps = NULL };
    put_be(ram + RA4K + 16, 0xabcdef01, 4);
    cpu->arch.gpr[4] = SEG4K + 0x5000;
    cpu->arch.gpr[7] = 7;
    run_insn(cpu, 0x80640000);                 /* caches the page */
    ppc_debug_attach(cpu, &dbg);
    g_assert_true(ppc_debug_insert(cpu, PPC_DBG_WATCH_READ,
                                   SEG4K + 0x5010, 4));
    run_insn(cpu, 0x80e40010);                 /* lwz r7,16(r4) */
    g_assert_true(dbg.hit_cpu == cpu);
    g_assert_cmphex(dbg.hit_data, ==, SEG4K + 0x5010);
    g_assert_cmphex(cpu->arch.gpr[7], ==, 7);  /* stopped before it */
    g_assert_cmphex(cpu->arch.nip, ==, CODE);
    ppc_debug_clear(cpu);
    ppc_debug_attach(cpu, NULL);
    run_insn(cpu, 0x80e40010);
    g_assert_cmphex(cpu->arch.gpr[7], ==, 0xabcdef01);
    free_cpu(cpu);
    g_free(dbg.wps);
    g_free(dbg.bps);
}

static void test_code(void)
{
    PpcCpu *cpu = new_cpu();
    /* EA SEG4K + 0x6000 is the code page itself: stw r6,4(r4) there
     * replaces the next instruction, already decoded */
    map(VSID4K, SEG4K + 0x6000, 12, CODE);
    cpu->arch.gpr[4] = SEG4K + 0x6000;
    put_be(ram + CODE, 0x90c40004, 4);         /* stw r6,4(r4) */
    put_be(ram + CODE + 4, 0x38600009, 4);     /* li r3,9 */
    ppc_invalidate_code(cpu, CODE, 8);
    cpu->arch.nip = CODE + 4;
    ppc_cpu_run(cpu, 1);
    g_assert_cmphex(cpu->arch.gpr[3], ==, 9);
    /* first through the slow path (a miss), then through the cached
     * host pointer */
    static const uint32_t li[] = { 0x38600005, 0x38600007 };  /* li r3,5/7 */
    for (unsigned i = 0; i < 2; i++) {
        cpu->arch.gpr[6] = li[i];
        cpu->arch.nip = CODE;
        ppc_cpu_run(cpu, 2);
        g_assert_cmphex(cpu->arch.gpr[3], ==, li[i] & 0xffff);
    }
    free_cpu(cpu);
}

static void test_64k(void)
{
    PpcCpu *cpu = new_cpu();
    for (unsigned page = 0; page < 16; page++) {
        put_be(ram + RA64K + page * 0x1000 + 8, 0x5000 + page, 4);
    }
    for (unsigned page = 0; page < 16; page += 3) {
        cpu->arch.gpr[4] = SEG64K + page * 0x1000;
        run_insn(cpu, 0x80640008);             /* lwz r3,8(r4) */
        g_assert_cmphex(cpu->arch.gpr[3], ==, 0x5000 + page);
    }
    unmap_all(cpu);
    cpu->arch.gpr[3] = 0;
    cpu->arch.gpr[4] = SEG64K + 0x4000;        /* not loaded above */
    run_insn(cpu, 0x80640008);
    g_assert_cmphex(cpu->arch.nip, ==, EXCP_DSI);
    g_assert_cmphex(cpu->arch.srr0, ==, CODE);
    g_assert_cmphex(cpu->arch.dar, ==, SEG64K + 0x4008);
    g_assert_cmphex(cpu->arch.gpr[3], ==, 0);
    free_cpu(cpu);
}

static void test_update(void)
{
    PpcCpu *cpu = new_cpu();
    cpu->arch.gpr[4] = SEG4K + 0x5000;
    cpu->arch.gpr[6] = 0x0102030405060708ULL;
    run_insn(cpu, 0x80640000);                 /* lwz: caches the page */
    run_insn(cpu, 0x94c40010);                 /* stwu r6,16(r4) */
    g_assert_cmphex(get_be(ram + RA4K + 16, 4), ==, 0x05060708);
    g_assert_cmphex(cpu->arch.gpr[4], ==, SEG4K + 0x5010);
    run_insn(cpu, 0xf8c40009);                 /* stdu r6,8(r4) */
    g_assert_cmphex(get_be(ram + RA4K + 0x18, 8), ==, 0x0102030405060708ULL);
    g_assert_cmphex(cpu->arch.gpr[4], ==, SEG4K + 0x5018);
    g_assert_cmphex(cpu->arch.nip, ==, CODE + 4);
    /* SEG4K + 0x6000 is not mapped: the 8 bytes at 0x5ffc cross */
    cpu->arch.gpr[4] = SEG4K + 0x5ff0;
    run_insn(cpu, 0xf8c4000d);                 /* stdu r6,12(r4) */
    g_assert_cmphex(cpu->arch.nip, ==, EXCP_DSI);
    g_assert_cmphex(cpu->arch.srr0, ==, CODE);
    g_assert_cmphex(cpu->arch.dar, ==, SEG4K + 0x6000);
    g_assert_cmphex(cpu->arch.dsisr, ==, 0x42000000);  /* NOPTE | store */
    g_assert_cmphex(get_be(ram + RA4K + 0xffc, 4), ==, 0);
    g_assert_cmphex(cpu->arch.gpr[4], ==, SEG4K + 0x5ff0);
    free_cpu(cpu);
}

/* tlbiel RB (0x7c002a24 with RB = r5) and tlbie RB (0x7c002a64): RB
 * holds the page's VA (ISA 3.0 Book III 5.9.3.3: L = 0, 4K page). */
static void test_tlbie(void)
{
    static const uint32_t inval[] = { 0x7c002a24, 0x7c002a64 };
    for (unsigned i = 0; i < 2; i++) {
        PpcCpu *cpu = new_cpu();
        cpu->arch.lpcr |= LPCR_GTSE;
        put_be(ram + RA4K, 0x11111111, 4);
        put_be(ram + RA4K + 0x1000, 0x22222222, 4);
        cpu->arch.gpr[4] = SEG4K + 0x5000;
        cpu->arch.gpr[5] = (VSID4K << 28 | 0x5000) & 0x000fffffffffffffULL;
        run_insn(cpu, 0x80640000);             /* lwz r3,0(r4) */
        g_assert_cmphex(cpu->arch.gpr[3], ==, 0x11111111);
        map(VSID4K, SEG4K + 0x5000, 12, RA4K + 0x1000);
        run_insn(cpu, inval[i]);
        g_assert_cmphex(cpu->arch.nip, ==, CODE + 4);
        run_insn(cpu, 0x80640000);
        g_assert_cmphex(cpu->arch.gpr[3], ==, 0x22222222);
        free_cpu(cpu);
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/mmu-cache/ram", test_ram);
    g_test_add_func("/mmu-cache/watch", test_watch);
    g_test_add_func("/mmu-cache/code", test_code);
    g_test_add_func("/mmu-cache/64k", test_64k);
    g_test_add_func("/mmu-cache/update", test_update);
    g_test_add_func("/mmu-cache/tlbie", test_tlbie);
    return g_test_run();
}
