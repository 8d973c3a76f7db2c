/* SPDX-License-Identifier: MIT */
/*
 * The run loop's fused load/store/addi pairs (PPC_FUSED_MEM,
 * cpu-ppc/fastpath.h) on a bare PpcCpu, in both byte orders, in real
 * mode and with MSR[DR] through a small HPT:
 *
 *   /uop-pairs/loop   a loop holding every pair (ld+ld, ld+addi,
 *                     addi+std, std+std, std+ld, ld+std, std+addi,
 *                     addi+addi, addi+ld; and stb+stb, not a pair) run
 *                     three times:
 *                     after every budget in one slice, and after a
 *                     slice of s then one of the rest (so that a slice
 *                     starts on every record, with a pair ahead),
 *                     registers and memory equal a hand model of ld,
 *                     std, stb, addi and bdnz (Book I 3.3.2-3.3.3,
 *                     3.3.9, 2.4)
 *   /uop-pairs/fault  the loop with one pointer walking off the end of
 *                     RAM (machine check) or of the mapped page (DSI)
 *                     on its fifth pass, in the first or the second
 *                     half of a pair, a load or a store: at every
 *                     budget the state and memory equal the
 *                     record-at-a-time path's, and the interrupt comes
 *                     at that instruction with DAR = the EA
 *   /uop-pairs/smc    std + ld where the std rewrites the ld (and the
 *                     addi after it) on the second pass, fused by then:
 *                     the new instructions run, not the fused ld
 *   /uop-pairs/loop-plain  /uop-pairs/loop on the run loop's plain copy
 *                     (run_plain_loop)
 */
#include <glib.h>
#include <string.h>

#include "uop-test-cpu.h"

#define CODE      0x2000ULL

/* the MSR of a run in byte order le, with or without translation */
static uint64_t run_msr(bool le, bool dr)
{
    return MSR_SF | MSR_ME | (le ? MSR_LE : 0) | (dr ? MSR_DR : 0);
}

/* ---- the loop and its model ---- */

/* kind 'l' ld, 's' std or stb (size), 'a' addi, 'b' bdnz to 0, 'e' b . */
typedef struct Op {
    uint32_t word;
    char kind;
    unsigned size, rt, ra;
    int64_t imm;
} Op;

/* powerpc64-linux-gnu-as; the pairs the decoder makes, record by
 * record: (ld,ld) (ld,addi) (addi,std) (std,std) (std,ld) (ld,std)
 * (std,addi) (addi,addi) (addi,ld) - - - */
static const Op loop[] = {
    { 0xe8640000, 'l', 8, 3, 4, 0 },       /* ld r3,0(r4) */
    { 0xe8a40008, 'l', 8, 5, 4, 8 },       /* ld r5,8(r4) */
    { 0x38840010, 'a', 0, 4, 4, 16 },      /* addi r4,r4,16 */
    { 0xf8660000, 's', 8, 3, 6, 0 },       /* std r3,0(r6) */
    { 0xf8a60008, 's', 8, 5, 6, 8 },       /* std r5,8(r6) */
    { 0xe8e4fff8, 'l', 8, 7, 4, -8 },      /* ld r7,-8(r4) */
    { 0xf8e60010, 's', 8, 7, 6, 16 },      /* std r7,16(r6) */
    { 0x38c60018, 'a', 0, 6, 6, 24 },      /* addi r6,r6,24 */
    { 0x39080001, 'a', 0, 8, 8, 1 },       /* addi r8,r8,1 */
    { 0xe924fff0, 'l', 8, 9, 4, -16 },     /* ld r9,-16(r4) */
    { 0x990a0000, 's', 1, 8, 10, 0 },      /* stb r8,0(r10) */
    { 0x992a0001, 's', 1, 9, 10, 1 },      /* stb r9,1(r10) */
    { 0x4200ffd0, 'b', 0, 0, 0, 0 },       /* bdnz 0 */
    { 0x48000000, 'e', 0, 0, 0, 0 },       /* b . */
};
#define NLOOP G_N_ELEMENTS(loop)
#define BODY (NLOOP - 1)                   /* to the bdnz */

typedef struct State {
    uint64_t gpr[32];
    uint64_t ctr;
    uint8_t buf[0x1000];
} State;

static unsigned loop_index(unsigned k, unsigned passes)
{
    return k < passes * BODY ? k % BODY : BODY;
}

/* The ISA's effect of loop[i] on s (the data page at buf_ea). */
static void model_step(State *s, unsigned i, uint64_t buf_ea, bool le)
{
    const Op *o = &loop[i];
    if (o->kind == 'b') {
        s->ctr--;
        return;
    }
    if (o->kind == 'e') {
        return;
    }
    if (o->kind == 'a') {
        s->gpr[o->rt] = s->gpr[o->ra] + (uint64_t)o->imm;
        return;
    }
    uint64_t ea = s->gpr[o->ra] + (uint64_t)o->imm;
    g_assert_cmpuint(ea - buf_ea + o->size, <=, sizeof(s->buf));
    uint8_t *p = s->buf + (ea - buf_ea);
    if (o->kind == 'l') {
        uint64_t v = 0;
        for (unsigned b = 0; b < o->size; b++) {
            v |= (uint64_t)p[b] << (le ? 8 * b : 8 * (o->size - 1 - b));
        }
        s->gpr[o->rt] = v;
    } else {
        for (unsigned b = 0; b < o->size; b++) {
            p[b] = (uint8_t)(s->gpr[o->rt] >> (le ? 8 * b : 8 * (o->size - 1 - b)));
        }
    }
}

static void initial(State *s, uint64_t buf_ea)
{
    memset(s, 0, sizeof(*s));
    s->gpr[4] = buf_ea + 0x10;
    s->gpr[6] = buf_ea + 0x400;
    s->gpr[10] = buf_ea + 0x800;
    s->gpr[8] = 0x40;
    s->ctr = PASSES;
    for (unsigned i = 0; i < sizeof(s->buf); i++) {
        s->buf[i] = (uint8_t)(i * 29 + 7);
    }
}

static Machine loop_machine(bool le, bool dr, const State *s, PpcDebug *dbg)
{
    Machine m = new_machine(run_msr(le, dr));
    uint32_t words[NLOOP];
    for (unsigned i = 0; i < NLOOP; i++) {
        words[i] = loop[i].word;
    }
    put_code(&m, CODE, words, NLOOP);
    memcpy(m.cpu->arch.gpr, s->gpr, sizeof(s->gpr));
    m.cpu->arch.ctr = s->ctr;
    memcpy(m.ram + BUF_RA, s->buf, sizeof(s->buf));
    m.cpu->arch.nip = CODE;
    if (dbg) {
        ppc_debug_attach(m.cpu, dbg);
    }
    return m;
}

static void check_model(const Machine *m, bool le, bool dr, unsigned k)
{
    uint64_t buf_ea = dr ? BUF_EA_DR : BUF_RA;
    State s;
    initial(&s, buf_ea);
    for (unsigned i = 0; i < k; i++) {
        model_step(&s, loop_index(i, PASSES), buf_ea, le);
    }
    g_assert_cmpuint(m->cpu->icount, ==, k);
    g_assert_cmphex(m->cpu->arch.nip, ==, CODE + 4 * loop_index(k, PASSES));
    for (unsigned r = 0; r < 32; r++) {
        if (m->cpu->arch.gpr[r] != s.gpr[r]) {
            g_error("k=%u le=%d dr=%d: r%u = %#llx, the model %#llx", k, le,
                    dr, r, (unsigned long long)m->cpu->arch.gpr[r],
                    (unsigned long long)s.gpr[r]);
        }
    }
    g_assert_cmpuint(m->cpu->arch.ctr, ==, s.ctr);
    g_assert_cmpmem(m->ram + BUF_RA, sizeof(s.buf), s.buf, sizeof(s.buf));
}

#define TOTAL (PASSES * BODY + 1)

static void test_loop(void)
{
    for (unsigned v = 0; v < 4; v++) {
        bool le = v & 1, dr = v >> 1;
        State s;
        initial(&s, dr ? BUF_EA_DR : BUF_RA);
        for (unsigned k = 0; k <= TOTAL; k++) {
            Machine m = loop_machine(le, dr, &s, NULL);
            g_assert_cmpint(ppc_cpu_run(m.cpu, k), ==, PPC_STOP_BUDGET);
            check_model(&m, le, dr, k);
            free_machine(&m);
        }
        for (unsigned first = 1; first < TOTAL; first++) {
            Machine m = loop_machine(le, dr, &s, NULL);
            ppc_cpu_run(m.cpu, first);
            check_model(&m, le, dr, first);
            ppc_cpu_run(m.cpu, TOTAL - first);
            check_model(&m, le, dr, TOTAL);
            free_machine(&m);
        }
    }
}

/* ---- faults ---- */

/* Which access walks off: record 0 (ld, first of ld+ld), 1 (ld, its
 * second), 3 (std, second of addi+std) or 4 (std, first of std+ld);
 * its pointer register and how far it moves per pass. */
typedef struct Walk {
    unsigned rec, reg;
    uint64_t step;
    int64_t disp;
} Walk;

static const Walk walks[] = {
    { 0, 4, 16, 0 }, { 1, 4, 16, 8 }, { 3, 6, 24, 0 }, { 4, 6, 24, 8 },
};

/* The state whose walking pointer's access on pass five is at end
 * (the first byte past RAM or the mapped page). */
static void walk_state(State *s, const Walk *w, bool dr)
{
    uint64_t buf_ea = dr ? BUF_EA_DR : BUF_RA;
    uint64_t end = dr ? BUF_EA_DR + 0x1000 : RAM_SIZE;
    initial(s, buf_ea);
    s->gpr[4] = buf_ea + 0x100;
    s->gpr[6] = buf_ea + 0x400;
    s->gpr[10] = buf_ea + 0x80;
    s->gpr[w->reg] = end - (uint64_t)w->disp - 4 * w->step;
    s->ctr = 100;
}

static void test_fault(void)
{
    for (unsigned v = 0; v < 4 * G_N_ELEMENTS(walks); v++) {
        bool le = v & 1, dr = (v >> 1) & 1;
        const Walk *w = &walks[v >> 2];
        State s;
        walk_state(&s, w, dr);
        unsigned at = 4 * BODY + w->rec;   /* instructions before it */
        uint64_t end = dr ? BUF_EA_DR + 0x1000 : RAM_SIZE;
        for (unsigned k = at - 3; k <= at + 3; k++) {
            PpcDebug dbg = { .bps = NULL };
            Machine one = loop_machine(le, dr, &s, NULL);
            Machine ref = loop_machine(le, dr, &s, &dbg);
            ppc_cpu_run(one.cpu, k);
            ppc_cpu_run(ref.cpu, k);
            g_assert_cmpuint(one.cpu->icount, ==, k);
            g_assert_cmpmem(&one.cpu->arch, sizeof(one.cpu->arch),
                            &ref.cpu->arch, sizeof(ref.cpu->arch));
            g_assert_cmpmem(one.ram, RAM_SIZE, ref.ram, RAM_SIZE);
            if (k <= at) {
                g_assert_cmphex(one.cpu->arch.nip, ==, CODE + 4 * (k % BODY));
            } else {
                g_assert_cmphex(one.cpu->arch.nip, ==, dr ? 0x300 : 0x200);
                g_assert_cmphex(one.cpu->arch.srr0, ==, CODE + 4 * w->rec);
                g_assert_cmphex(one.cpu->arch.dar, ==, end);
                g_assert_cmphex(one.cpu->arch.gpr[w->reg] + (uint64_t)w->disp,
                                ==, end);
            }
            free_machine(&ref);
            free_machine(&one);
        }
    }
}

/* ---- a store that rewrites its pair's second ---- */

/* 0 std r11,4(r12) | 1 ld r5,0(r4) | 2 addi r5,r5,1 | 3 bdnz 0 | 4 b . */
static const uint32_t smc_prog[] = {
    0xf96c0004, 0xe8a40000, 0x38a50001, 0x4200fff4, 0x48000000,
};

static void test_smc(void)
{
    for (unsigned le = 0; le < 2; le++) {
        Machine m = new_machine(run_msr(le, false));
        PpcCpu *cpu = m.cpu;
        put_code(&m, CODE, smc_prog, 5);
        put_be(m.ram + BUF_RA, le ? 0x2a00000000000000ULL : 0x2a, 8);
        /* std writes records 1 and 2 with their own words on the
         * first pass: the pair std+ld is made when the ld is decoded */
        uint64_t same = le ? (uint64_t)smc_prog[2] << 32 | smc_prog[1]
                           : (uint64_t)smc_prog[1] << 32 | smc_prog[2];
        cpu->arch.gpr[11] = same;
        cpu->arch.gpr[12] = CODE;
        cpu->arch.gpr[4] = BUF_RA;
        cpu->arch.ctr = 3;
        cpu->arch.nip = CODE;
        ppc_cpu_run(cpu, 4);                     /* one pass */
        g_assert_cmphex(cpu->arch.gpr[5], ==, 0x2b);
        g_assert_cmphex(cpu->arch.nip, ==, CODE);
        /* the pair's std writes li r5,77; addi r5,r5,2 over records 1
         * and 2 */
        cpu->arch.gpr[11] = le ? 0x38a5000238a0004dULL : 0x38a0004d38a50002ULL;
        ppc_cpu_run(cpu, 4);
        g_assert_cmphex(cpu->arch.gpr[5], ==, 79);
        g_assert_cmphex(cpu->arch.nip, ==, CODE);
        ppc_cpu_run(cpu, 4);
        g_assert_cmphex(cpu->arch.gpr[5], ==, 79);
        g_assert_cmphex(cpu->arch.nip, ==, CODE + 16);
        free_machine(&m);
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/uop-pairs/loop", test_loop);
    g_test_add_func("/uop-pairs/fault", test_fault);
    g_test_add_func("/uop-pairs/smc", test_smc);
    g_test_add_data_func("/uop-pairs/loop-plain", (gconstpointer)test_loop,
                         run_plain_loop);
    return g_test_run();
}
