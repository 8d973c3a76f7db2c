/* SPDX-License-Identifier: MIT */
/*
 * The run loop's floating-point load/store micro-ops (PPC_UOPS_FPMEM,
 * cpu-ppc/fastpath.h) on a bare PpcCpu, in both byte orders, in real
 * mode and with MSR[DR] through a small HPT:
 *
 *   /uop-fpmem/forms        a loop of lfs, lfd, stfs, stfd in every form
 *                           (D, X, update, update indexed; aligned and
 *                           misaligned) run three times, so passes two
 *                           and three run decoded micro-ops, with every
 *                           budget in one slice and one instruction per
 *                           slice: FPRs (and doubleword 1 of their
 *                           VSRs, zeroed by every FP load), GPRs and
 *                           memory equal a hand model of the ISA's
 *                           loads and stores (Book I 4.6.2-4.6.3, with
 *                           the single/double format conversions) and
 *                           the record-at-a-time path's
 *   /uop-fpmem/vsr-dw1      doubleword 1 of the VSRs set again after the
 *                           first pass: the micro-op loads zero it
 *   /uop-fpmem/unavailable  MSR[FP] cleared after two passes: the next
 *                           FP load or store, a decoded micro-op, takes
 *                           FP unavailable (0x800, SRR0 = it) with
 *                           registers and memory unchanged
 *   /uop-fpmem/fault        a loop whose lfdu or stfdu walks off the
 *                           mapped page (DSI: DAR, DSISR) or off the end
 *                           of RAM (machine check) on its fifth pass:
 *                           the interrupt at that instruction, RA, FRT
 *                           and memory unchanged
 *   /uop-fpmem/forms-plain  /uop-fpmem/forms on the run loop's plain
 *                           copy (run_plain_loop)
 */
#include <glib.h>
#include <string.h>

#include "uop-test-cpu.h"

#define DW1_FILL  0x5a5a5a5a5a5a5a5aULL /* VSR doubleword 1 before */

/* ---- the ISA's format conversions, by hand ---- */

static bool single_nan(uint32_t w)
{
    return (w & 0x7f800000u) == 0x7f800000u && (w & 0x7fffffu);
}

/* lfs (Book I 4.6.2): a NaN keeps its sign and fraction (FRT = S, all
 * ones, the fraction then 29 zeros; a signalling NaN stays one); any
 * other single is its double-format value. */
static uint64_t model_s2d(uint32_t w)
{
    if (single_nan(w)) {
        return ((uint64_t)(w >> 31) << 63) | 0x7ff0000000000000ULL |
               ((uint64_t)(w & 0x7fffffu) << 29);
    }
    float f;
    memcpy(&f, &w, 4);
    double x = f;
    uint64_t r;
    memcpy(&r, &x, 8);
    return r;
}

/* stfs (Book I 4.6.3) of a value in single range or a NaN (all the
 * loop stores: FPRs loaded by lfs): WORD = FRS[0:1] || FRS[5:34] for a
 * NaN, the single-format value otherwise. */
static uint32_t model_d2s(uint64_t v)
{
    if ((v & 0x7ff0000000000000ULL) == 0x7ff0000000000000ULL &&
        (v & 0xfffffffffffffULL)) {
        return (uint32_t)((v >> 62) << 30) | (uint32_t)((v >> 29) & 0x3fffffff);
    }
    double x;
    memcpy(&x, &v, 8);
    float f = (float)x;
    g_assert_true((double)f == x);  /* exact: stfs does not round */
    uint32_t w;
    memcpy(&w, &f, 4);
    return w;
}

/* ---- the forms loop and its model ---- */

/* One instruction of the loop, by hand from its assembly: kind 'l'
 * load, 's' store, 'b' bdnz to 0, 'e' b . ; x: X-form (EA = RA + RB),
 * else D-form (EA = RA + imm); single: lfs/stfs (4 bytes). */
typedef struct Op {
    uint32_t word;
    char kind;
    bool single, x, upd;
    unsigned frt, ra, rb;
    int64_t imm;
} Op;

#define LF(w, s, x, u, frt, ra, rb, imm) { w, 'l', s, x, u, frt, ra, rb, imm }
#define SF(w, s, x, u, frs, ra, rb, imm) { w, 's', s, x, u, frs, ra, rb, imm }
/* powerpc64-linux-gnu-as */
static const Op forms[] = {
    LF(0xc0240004, 1, 0, 0, 1, 4, 0, 4),         /* lfs f1,4(r4) */
    LF(0xc4470004, 1, 0, 1, 2, 7, 0, 4),         /* lfsu f2,4(r7) */
    LF(0x7c642c2e, 1, 1, 0, 3, 4, 5, 0),         /* lfsx f3,r4,r5 */
    LF(0x7c882c6e, 1, 1, 1, 4, 8, 5, 0),         /* lfsux f4,r8,r5 */
    LF(0xc8a40008, 0, 0, 0, 5, 4, 0, 8),         /* lfd f5,8(r4) */
    LF(0xccc70008, 0, 0, 1, 6, 7, 0, 8),         /* lfdu f6,8(r7) */
    LF(0x7ce42cae, 0, 1, 0, 7, 4, 5, 0),         /* lfdx f7,r4,r5 */
    LF(0x7d082cee, 0, 1, 1, 8, 8, 5, 0),         /* lfdux f8,r8,r5 */
    SF(0xd0240200, 1, 0, 0, 1, 4, 0, 0x200),     /* stfs f1,512(r4) */
    SF(0xd45d0004, 1, 0, 1, 2, 29, 0, 4),        /* stfsu f2,4(r29) */
    SF(0x7c64f52e, 1, 1, 0, 3, 4, 30, 0),        /* stfsx f3,r4,r30 */
    SF(0x7c9dfd6e, 1, 1, 1, 4, 29, 31, 0),       /* stfsux f4,r29,r31 */
    SF(0xd8a40208, 0, 0, 0, 5, 4, 0, 0x208),     /* stfd f5,520(r4) */
    SF(0xdcdd0008, 0, 0, 1, 6, 29, 0, 8),        /* stfdu f6,8(r29) */
    SF(0x7ce4e5ae, 0, 1, 0, 7, 4, 28, 0),        /* stfdx f7,r4,r28 */
    SF(0x7d1dfdee, 0, 1, 1, 8, 29, 31, 0),       /* stfdux f8,r29,r31 */
    LF(0xc1240006, 1, 0, 0, 9, 4, 0, 6),         /* lfs f9,6(r4) */
    LF(0xc944001c, 0, 0, 0, 10, 4, 0, 0x1c),     /* lfd f10,28(r4) */
    SF(0xd12402e2, 1, 0, 0, 9, 4, 0, 0x2e2),     /* stfs f9,738(r4) */
    SF(0xd94402f3, 0, 0, 0, 10, 4, 0, 0x2f3),    /* stfd f10,755(r4) */
    { 0x4200ffb0, 'b', 0, 0, 0, 0, 0, 0, 0 },    /* bdnz 0 */
    { 0x48000000, 'e', 0, 0, 0, 0, 0, 0, 0 },    /* b . */
};
#define NFORMS G_N_ELEMENTS(forms)
#define BODY (NFORMS - 2)                        /* loads and stores */
#define TOTAL (PASSES * (BODY + 1) + 1)          /* to the b . */

/* Singles the data page holds, word after word in the guest's byte
 * order: normal, denormal, zero, infinity, quiet and signalling NaNs. */
static const uint32_t singles[] = {
    0x3f800000, 0xc0490fdb, 0x00000001, 0x807fffff, 0x7f800000,
    0xff800000, 0x7fc00001, 0x7f800001, 0x00000000, 0x80000000,
    0x7f7fffff, 0x00800000, 0xffa00005,
};

typedef struct State {
    uint64_t gpr[32];
    uint64_t fpr[32], fpr_dw1[32];
    uint64_t ctr;
    uint8_t buf[0x1000];                         /* the data page */
} State;

static void initial(State *s, uint64_t buf_ea, bool le)
{
    memset(s, 0, sizeof(*s));
    s->gpr[4] = buf_ea;
    s->gpr[5] = 0x40;
    s->gpr[7] = buf_ea + 0x20;
    s->gpr[8] = buf_ea + 0x40;
    s->gpr[29] = buf_ea + 0x280;
    s->gpr[30] = 0x240;
    s->gpr[31] = 8;
    s->gpr[28] = 0x250;
    for (unsigned r = 0; r < 32; r++) {
        s->fpr[r] = 0x0123456789abcdefULL * (r + 1);
        s->fpr_dw1[r] = DW1_FILL;
    }
    s->ctr = PASSES;
    for (unsigned i = 0; i < sizeof(s->buf) / 4; i++) {
        uint32_t w = singles[i % G_N_ELEMENTS(singles)];
        for (unsigned b = 0; b < 4; b++) {
            unsigned sh = le ? 8 * b : 8 * (3 - b);
            s->buf[4 * i + b] = (uint8_t)(w >> sh);
        }
    }
}

/* Index in forms of the k-th instruction executed (k from 0). */
static unsigned forms_index(unsigned k)
{
    return loop_body_index(k, BODY);
}

/* The ISA's effect of forms[i] on s. */
static void model_step(State *s, unsigned i, uint64_t buf_ea, bool le)
{
    const Op *o = &forms[i];
    if (o->kind == 'b') {
        s->ctr--;
        return;
    }
    if (o->kind == 'e') {
        return;
    }
    unsigned size = o->single ? 4 : 8;
    uint64_t ea = s->gpr[o->ra] + (o->x ? s->gpr[o->rb] : (uint64_t)o->imm);
    uint8_t *p = s->buf + (ea - buf_ea);
    g_assert_cmpuint(ea - buf_ea + size, <=, sizeof(s->buf));
    if (o->kind == 'l') {
        uint64_t v = 0;
        for (unsigned b = 0; b < size; b++) {
            unsigned sh = le ? 8 * b : 8 * (size - 1 - b);
            v |= (uint64_t)p[b] << sh;
        }
        s->fpr[o->frt] = o->single ? model_s2d((uint32_t)v) : v;
        s->fpr_dw1[o->frt] = 0;
    } else {
        uint64_t v = o->single ? model_d2s(s->fpr[o->frt]) : s->fpr[o->frt];
        for (unsigned b = 0; b < size; b++) {
            unsigned sh = le ? 8 * b : 8 * (size - 1 - b);
            p[b] = (uint8_t)(v >> sh);
        }
    }
    if (o->upd) {
        s->gpr[o->ra] = ea;
    }
}

static void load_state(Machine *mc, const State *s)
{
    memcpy(mc->cpu->arch.gpr, s->gpr, sizeof(s->gpr));
    memcpy(mc->cpu->arch.fpr, s->fpr, sizeof(s->fpr));
    memcpy(mc->cpu->arch.fpr_dw1, s->fpr_dw1, sizeof(s->fpr_dw1));
    mc->cpu->arch.ctr = s->ctr;
    memcpy(mc->ram + BUF_RA, s->buf, sizeof(s->buf));
}

/* A CPU with the loop and the initial state of mode m (MSR[FP] set);
 * attached to dbg (the record-at-a-time path) when dbg is not NULL. */
static Machine forms_machine(const Mode *m, PpcDebug *dbg)
{
    Machine mc = new_machine(MSR_SF | MSR_ME | MSR_FP | (m->le ? MSR_LE : 0) |
                             (m->dr ? MSR_DR : 0));
    uint32_t words[NFORMS];
    for (unsigned i = 0; i < NFORMS; i++) {
        words[i] = forms[i].word;
    }
    put_code(&mc, m->code, words, NFORMS);
    State s;
    initial(&s, buf_ea(m), m->le);
    load_state(&mc, &s);
    mc.cpu->arch.nip = m->code;
    if (dbg) {
        ppc_debug_attach(mc.cpu, dbg);
    }
    return mc;
}

static void check_state(const Machine *mc, const Mode *m, const State *s,
                        unsigned k)
{
    const PpcCpu *cpu = mc->cpu;
    for (unsigned r = 0; r < 32; r++) {
        if (cpu->arch.gpr[r] != s->gpr[r] || cpu->arch.fpr[r] != s->fpr[r] ||
            cpu->arch.fpr_dw1[r] != s->fpr_dw1[r]) {
            g_error("k=%u le=%d dr=%d: r%u = %#llx f%u = %#llx:%#llx, the "
                    "model %#llx, %#llx:%#llx", k, m->le, m->dr, r,
                    (unsigned long long)cpu->arch.gpr[r], r,
                    (unsigned long long)cpu->arch.fpr[r],
                    (unsigned long long)cpu->arch.fpr_dw1[r],
                    (unsigned long long)s->gpr[r],
                    (unsigned long long)s->fpr[r],
                    (unsigned long long)s->fpr_dw1[r]);
        }
    }
    g_assert_cmpuint(cpu->arch.ctr, ==, s->ctr);
    g_assert_cmpmem(mc->ram + BUF_RA, sizeof(s->buf), s->buf, sizeof(s->buf));
}

/* The model after k instructions. */
static void model_after(State *s, const Mode *m, unsigned k)
{
    initial(s, buf_ea(m), m->le);
    for (unsigned i = 0; i < k; i++) {
        model_step(s, forms_index(i), buf_ea(m), m->le);
    }
}

static void check_forms(const Machine *mc, const Mode *m, unsigned k)
{
    State s;
    model_after(&s, m, k);
    g_assert_cmpuint(mc->cpu->icount, ==, k);
    g_assert_cmphex(mc->cpu->arch.nip, ==, m->code + 4 * forms_index(k));
    check_state(mc, m, &s, k);
}

static void test_forms(void)
{
    run_forms_test(forms_machine, check_forms, TOTAL);
}

/* After one pass (the records decoded) doubleword 1 of every VSR is
 * set again; the second pass, run by the micro-ops, zeroes it in the
 * VSRs of the FPRs it loads and leaves the others alone. */
static void test_vsr_dw1(void)
{
    for (unsigned v = 0; v < 4; v++) {
        Mode m = { v & 1, (v >> 1) & 1, 0x2000 };
        Machine mc = forms_machine(&m, NULL);
        State s;
        model_after(&s, &m, BODY + 1);
        ppc_cpu_run(mc.cpu, BODY + 1);
        for (unsigned r = 0; r < 32; r++) {
            mc.cpu->arch.fpr_dw1[r] = s.fpr_dw1[r] = DW1_FILL + r;
        }
        ppc_cpu_run(mc.cpu, BODY + 1);
        for (unsigned i = BODY + 1; i < 2 * (BODY + 1); i++) {
            model_step(&s, forms_index(i), buf_ea(&m), m.le);
        }
        check_state(&mc, &m, &s, 2 * (BODY + 1));
        g_assert_cmphex(mc.cpu->arch.fpr_dw1[10], ==, 0);
        g_assert_cmphex(mc.cpu->arch.fpr_dw1[11], ==, DW1_FILL + 11);
        free_machine(&mc);
    }
}

/* Two passes with MSR[FP] = 1 (the records are micro-ops now), then
 * j more instructions, then MSR[FP] = 0: instruction j of the body
 * raises FP unavailable (ISA Book III 7.5.12: SRR0 = it, SRR1's
 * interrupt bits 0) and changes nothing else. */
static void test_unavailable(void)
{
    for (unsigned v = 0; v < 4 * BODY; v++) {
        Mode m = { v & 1, (v >> 1) & 1, 0x2000 };
        unsigned j = v >> 2;
        unsigned k = 2 * (BODY + 1) + j;
        Machine mc = forms_machine(&m, NULL);
        ppc_cpu_run(mc.cpu, k);
        check_forms(&mc, &m, k);
        uint64_t msr = mc.cpu->arch.msr & ~MSR_FP;
        ppc_set_msr(mc.cpu, msr);
        ppc_cpu_run(mc.cpu, 1);
        g_assert_cmpuint(mc.cpu->icount, ==, k + 1);
        g_assert_cmphex(mc.cpu->arch.nip, ==, 0x800);
        g_assert_cmphex(mc.cpu->arch.srr0, ==, m.code + 4 * j);
        g_assert_cmphex(mc.cpu->arch.srr1 & 0x783f0000ULL, ==, 0);
        g_assert_cmphex(mc.cpu->arch.srr1 & ~0x783f0000ULL, ==, msr & ~0x783f0000ULL);
        State s;
        model_after(&s, &m, k);
        check_state(&mc, &m, &s, k);
        free_machine(&mc);
    }
}

/* ---- faults inside a run of micro-ops ---- */

/* 0 lfdu f17,0x200(r8) | 1 stfdu f6,0x200(r29) | 2 bdnz 0 | 3 b . */
static const uint32_t walk_prog[] = {
    0xce280200, 0xdcdd0200, 0x4200fff8, 0x48000000,
};
#define WALK_CODE 0x2000ULL

typedef struct Walk {
    bool dr, store;       /* translated; the store (else the load) faults */
} Walk;

static uint64_t walk_end(const Walk *w)
{
    return w->dr ? BUF_EA_DR + 0x1000 : RAM_SIZE;
}

static Machine walk_machine(const Walk *w, bool le, PpcDebug *dbg)
{
    Machine m = new_machine(MSR_SF | MSR_ME | MSR_FP | (le ? MSR_LE : 0) |
                            (w->dr ? MSR_DR : 0));
    PpcCpu *cpu = m.cpu;
    put_code(&m, WALK_CODE, walk_prog, 4);
    uint64_t start = walk_end(w) - 5 * 0x200;
    cpu->arch.gpr[8] = w->store ? start - 0x400 : start;
    cpu->arch.gpr[29] = w->store ? start : start - 0x400;
    cpu->arch.fpr[6] = 0x1122334455667788ULL;
    cpu->arch.fpr[17] = 0x8877665544332211ULL;
    cpu->arch.ctr = 100;
    cpu->arch.nip = WALK_CODE;
    if (dbg) {
        ppc_debug_attach(cpu, dbg);
    }
    return m;
}

static void test_fault(void)
{
    static const Walk walks[] = {
        { true, false }, { true, true }, { false, false }, { false, true },
    };
    for (unsigned v = 0; v < 2 * G_N_ELEMENTS(walks); v++) {
        const Walk *w = &walks[v >> 1];
        bool le = v & 1;
        unsigned before = 4 * 3 + (w->store ? 1 : 0);
        uint64_t ea = walk_end(w);
        uint64_t vector = w->dr ? 0x300 : 0x200;
        uint64_t at = WALK_CODE + 4 * (before % 3);

        Machine m = walk_machine(w, le, NULL);
        PpcCpu *cpu = m.cpu;
        ppc_cpu_run(cpu, before);
        g_assert_cmpuint(cpu->icount, ==, before);
        g_assert_cmphex(cpu->arch.nip, ==, at);
        uint64_t ra = cpu->arch.gpr[w->store ? 29 : 8];
        uint64_t frt = cpu->arch.fpr[17];
        g_assert_cmphex(ra + 0x200, ==, ea);
        if (!w->store) {
            g_assert_cmphex(frt, ==, 0);  /* four loads from zeroed RAM */
        }
        uint8_t *copy = g_memdup2(m.ram, RAM_SIZE);
        ppc_cpu_run(cpu, 1);
        g_assert_cmpuint(cpu->icount, ==, before + 1);
        g_assert_cmphex(cpu->arch.nip, ==, vector);
        g_assert_cmphex(cpu->arch.srr0, ==, at);
        g_assert_cmphex(cpu->arch.dar, ==, ea);
        if (w->dr) {
            g_assert_cmphex(cpu->arch.dsisr, ==,
                            w->store ? 0x42000000 : 0x40000000);
        }
        g_assert_cmphex(cpu->arch.gpr[w->store ? 29 : 8], ==, ra);
        g_assert_cmphex(cpu->arch.fpr[17], ==, frt);
        g_assert_cmpmem(m.ram, RAM_SIZE, copy, RAM_SIZE);
        g_free(copy);
        free_machine(&m);

        PpcDebug dbg = { .bps = NULL };
        Machine one = walk_machine(w, le, NULL);
        Machine ref = walk_machine(w, le, &dbg);
        ppc_cpu_run(one.cpu, before + 3);
        ppc_cpu_run(ref.cpu, before + 3);
        g_assert_cmpuint(one.cpu->icount, ==, before + 3);
        g_assert_cmphex(one.cpu->arch.nip, ==, vector);
        g_assert_cmpmem(&one.cpu->arch, sizeof(one.cpu->arch),
                        &ref.cpu->arch, sizeof(ref.cpu->arch));
        g_assert_cmpmem(one.ram, RAM_SIZE, ref.ram, RAM_SIZE);
        free_machine(&ref);
        free_machine(&one);
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/uop-fpmem/forms", test_forms);
    g_test_add_func("/uop-fpmem/vsr-dw1", test_vsr_dw1);
    g_test_add_func("/uop-fpmem/unavailable", test_unavailable);
    g_test_add_func("/uop-fpmem/fault", test_fault);
    g_test_add_data_func("/uop-fpmem/forms-plain", (gconstpointer)test_forms,
                         run_plain_loop);
    return g_test_run();
}
