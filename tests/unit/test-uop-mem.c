/* SPDX-License-Identifier: MIT */
/*
 * The run loop's load/store micro-ops (PPC_UOPS_MEM, cpu-ppc/fastpath.h)
 * on a bare PpcCpu, in both byte orders, in real mode and with MSR[DR]
 * through a small HPT (the translation cache's inline path):
 *
 *   /uop-mem/forms   a loop of every micro-op form (D/DS, X, update,
 *                    algebraic; aligned and misaligned) run three
 *                    times, so the second and third passes run the
 *                    decoded records as micro-ops, with every budget
 *                    0..112 in one slice and one instruction per slice:
 *                    registers and memory after k instructions are
 *                    those of a hand model of the ISA's loads and
 *                    stores (Book I 3.3.2-3.3.4), and those of the
 *                    record-at-a-time path (a debugger attached, so the
 *                    rows' handlers run)
 *   /uop-mem/fault   a loop whose ldu or stdu walks off the mapped page
 *                    (DSI: DAR = the EA, DSISR NOPTE, | store) or off
 *                    the end of RAM in real mode (machine check, DAR =
 *                    the EA) on its fifth pass, after running as a
 *                    micro-op: the interrupt comes at that instruction
 *                    (the budget one short stops before it), RA and
 *                    memory keep their values, and the state equals the
 *                    record-at-a-time path's
 *   /uop-mem/switch  a loop that flips MSR[LE] twice per pass (mtmsrd),
 *                    with loads, stores and an ld+std pair in each byte
 *                    order (the run loop has a case per byte order for
 *                    them): after three passes, registers and memory
 *                    are the ISA's (Book I 1.10, byte ordering), in
 *                    real mode and with MSR[DR]
 *   /uop-mem/mode32  with MSR[DR], an ldx micro-op whose RA + RB has
 *                    bit 31 set on its second pass: in 64-bit mode a
 *                    data segment interrupt there (no SLB entry for
 *                    ESID 0x11; DAR = the EA), in 32-bit mode the high
 *                    word is ignored (Book III 5.7.1) and it loads the
 *                    data page again through the translation cache
 *   /uop-mem/forms-plain, /uop-mem/switch-plain  the same on the run
 *                    loop's plain copy (on a host with MOVBE the other
 *                    copy runs everything else)
 */
#include <glib.h>
#include <string.h>

#include "uop-test-cpu.h"

/* ---- the forms loop and its model ---- */

/* One instruction of the loop, by hand from its assembly: kind 'l'
 * load, 's' store, 'b' bdnz to 0, 'e' b . ; x: X-form (EA = RA + RB),
 * else D/DS-form (EA = RA + imm). */
typedef struct Op {
    uint32_t word;
    char kind;
    unsigned size;
    bool x, upd, sext;
    unsigned rt, ra, rb;
    int64_t imm;
} Op;

#define L(w, sz, x, u, s, rt, ra, rb, imm) \
    { w, 'l', sz, x, u, s, rt, ra, rb, imm }
#define S(w, sz, x, u, rs, ra, rb, imm) \
    { w, 's', sz, x, u, false, rs, ra, rb, imm }
/* powerpc64-linux-gnu-as */
static const Op forms[] = {
    L(0x88640005, 1, 0, 0, 0, 3, 4, 0, 5),       /* lbz r3,5(r4) */
    L(0xa1240006, 2, 0, 0, 0, 9, 4, 0, 6),       /* lhz r9,6(r4) */
    L(0xa944001e, 2, 0, 0, 1, 10, 4, 0, 30),     /* lha r10,30(r4) */
    L(0x81640009, 4, 0, 0, 0, 11, 4, 0, 9),      /* lwz r11,9(r4) */
    L(0xe984001e, 4, 0, 0, 1, 12, 4, 0, 28),     /* lwa r12,28(r4) */
    L(0xe9a40014, 8, 0, 0, 0, 13, 4, 0, 20),     /* ld r13,20(r4) */
    L(0x8dc70001, 1, 0, 1, 0, 14, 7, 0, 1),      /* lbzu r14,1(r7) */
    L(0xa5e70002, 2, 0, 1, 0, 15, 7, 0, 2),      /* lhzu r15,2(r7) */
    L(0x86070003, 4, 0, 1, 0, 16, 7, 0, 3),      /* lwzu r16,3(r7) */
    L(0xea270009, 8, 0, 1, 0, 17, 7, 0, 8),      /* ldu r17,8(r7) */
    L(0x7e4428ae, 1, 1, 0, 0, 18, 4, 5, 0),      /* lbzx r18,r4,r5 */
    L(0x7e642a2e, 2, 1, 0, 0, 19, 4, 5, 0),      /* lhzx r19,r4,r5 */
    L(0x7e842aae, 2, 1, 0, 1, 20, 4, 5, 0),      /* lhax r20,r4,r5 */
    L(0x7ea4282e, 4, 1, 0, 0, 21, 4, 5, 0),      /* lwzx r21,r4,r5 */
    L(0x7ec42aaa, 4, 1, 0, 1, 22, 4, 5, 0),      /* lwax r22,r4,r5 */
    L(0x7ee4282a, 8, 1, 0, 0, 23, 4, 5, 0),      /* ldx r23,r4,r5 */
    L(0x7f0828ee, 1, 1, 1, 0, 24, 8, 5, 0),      /* lbzux r24,r8,r5 */
    L(0x7f282a6e, 2, 1, 1, 0, 25, 8, 5, 0),      /* lhzux r25,r8,r5 */
    L(0x7f48286e, 4, 1, 1, 0, 26, 8, 5, 0),      /* lwzux r26,r8,r5 */
    L(0x7f68286a, 8, 1, 1, 0, 27, 8, 5, 0),      /* ldux r27,r8,r5 */
    S(0x98c40040, 1, 0, 0, 6, 4, 0, 64),         /* stb r6,64(r4) */
    S(0xb0c40042, 2, 0, 0, 6, 4, 0, 66),         /* sth r6,66(r4) */
    S(0x90c40045, 4, 0, 0, 6, 4, 0, 69),         /* stw r6,69(r4) */
    S(0xf8c40048, 8, 0, 0, 6, 4, 0, 72),         /* std r6,72(r4) */
    S(0x9cdd0001, 1, 0, 1, 6, 29, 0, 1),         /* stbu r6,1(r29) */
    S(0xb4dd0002, 2, 0, 1, 6, 29, 0, 2),         /* sthu r6,2(r29) */
    S(0x94dd0004, 4, 0, 1, 6, 29, 0, 4),         /* stwu r6,4(r29) */
    S(0xf8dd0009, 8, 0, 1, 6, 29, 0, 8),         /* stdu r6,8(r29) */
    S(0x7cc4f1ae, 1, 1, 0, 6, 4, 30, 0),         /* stbx r6,r4,r30 */
    S(0x7cc4fb2e, 2, 1, 0, 6, 4, 31, 0),         /* sthx r6,r4,r31 */
    S(0x7cc4e12e, 4, 1, 0, 6, 4, 28, 0),         /* stwx r6,r4,r28 */
    S(0x7cc4112a, 8, 1, 0, 6, 4, 2, 0),          /* stdx r6,r4,r2 */
    S(0x7cdd29ee, 1, 1, 1, 6, 29, 5, 0),         /* stbux r6,r29,r5 */
    S(0x7cdd2b6e, 2, 1, 1, 6, 29, 5, 0),         /* sthux r6,r29,r5 */
    S(0x7cdd296e, 4, 1, 1, 6, 29, 5, 0),         /* stwux r6,r29,r5 */
    S(0x7cdd296a, 8, 1, 1, 6, 29, 5, 0),         /* stdux r6,r29,r5 */
    { 0x4200ff70, 'b', 0, 0, 0, 0, 0, 0, 0, 0 }, /* bdnz 0 */
    { 0x48000000, 'e', 0, 0, 0, 0, 0, 0, 0, 0 }, /* b . */
};
#define NFORMS G_N_ELEMENTS(forms)
#define BODY (NFORMS - 2)                        /* loads and stores */
#define TOTAL (PASSES * (BODY + 1) + 1)          /* to the b . */

typedef struct State {
    uint64_t gpr[32];
    uint64_t ctr;
    uint8_t buf[0x1000];                         /* the data page */
} State;

/* The registers the loop starts with; memory: byte i of the page is
 * 0x80 | i * 37 (every byte has its top bit set: lha/lwa sign-extend). */
static void initial(State *s, uint64_t buf_ea)
{
    memset(s, 0, sizeof(*s));
    s->gpr[4] = buf_ea;
    s->gpr[5] = 0x40;                            /* where stores go */
    s->gpr[6] = 0x8899aabbccddeeffULL;
    s->gpr[7] = buf_ea + 0x20;
    s->gpr[8] = buf_ea + 0x40;
    s->gpr[29] = buf_ea + 0x80;
    s->gpr[30] = 0x50;
    s->gpr[31] = 0x53;
    s->gpr[28] = 0x56;
    s->gpr[2] = 0x5b;
    s->ctr = PASSES;
    for (unsigned i = 0; i < sizeof(s->buf); i++) {
        s->buf[i] = (uint8_t)(0x80 | (i * 37));
    }
}

/* Index in forms of the k-th instruction executed (k from 0). */
static unsigned forms_index(unsigned k)
{
    return loop_body_index(k, BODY);
}

/* The ISA's effect of forms[i] on s: bytes in memory order, the first
 * the most significant in big-endian mode, the least in little-endian
 * mode; update forms set RA to the EA. */
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
    uint64_t ea = s->gpr[o->ra] + (o->x ? s->gpr[o->rb] : (uint64_t)o->imm);
    uint8_t *p = s->buf + (ea - buf_ea);
    g_assert_cmpuint(ea - buf_ea + o->size, <=, sizeof(s->buf));
    if (o->kind == 'l') {
        uint64_t v = 0;
        for (unsigned b = 0; b < o->size; b++) {
            unsigned sh = le ? 8 * b : 8 * (o->size - 1 - b);
            v |= (uint64_t)p[b] << sh;
        }
        if (o->sext && o->size == 2) {
            v = (uint64_t)(int64_t)(int16_t)v;
        } else if (o->sext) {
            v = (uint64_t)(int64_t)(int32_t)v;
        }
        s->gpr[o->rt] = v;
    } else {
        for (unsigned b = 0; b < o->size; b++) {
            unsigned sh = le ? 8 * b : 8 * (o->size - 1 - b);
            p[b] = (uint8_t)(s->gpr[o->rt] >> sh);
        }
    }
    if (o->upd) {
        s->gpr[o->ra] = ea;
    }
}

/* A CPU with the loop and the initial state of mode m; attached to
 * dbg (no points: the record-at-a-time path) when dbg is not NULL. */
static Machine forms_machine(const Mode *m, PpcDebug *dbg)
{
    Machine mc = new_machine(MSR_SF | MSR_ME | (m->le ? MSR_LE : 0) |
                             (m->dr ? MSR_DR : 0));
    uint32_t words[NFORMS];
    for (unsigned i = 0; i < NFORMS; i++) {
        words[i] = forms[i].word;
    }
    put_code(&mc, m->code, words, NFORMS);
    State s;
    initial(&s, buf_ea(m));
    memcpy(mc.cpu->arch.gpr, s.gpr, sizeof(s.gpr));
    mc.cpu->arch.ctr = s.ctr;
    memcpy(mc.ram + BUF_RA, s.buf, sizeof(s.buf));
    mc.cpu->arch.nip = m->code;
    if (dbg) {
        ppc_debug_attach(mc.cpu, dbg);
    }
    return mc;
}

static void check_forms(const Machine *mc, const Mode *m, unsigned k)
{
    const PpcCpu *cpu = mc->cpu;
    State s;
    initial(&s, buf_ea(m));
    for (unsigned i = 0; i < k; i++) {
        model_step(&s, forms_index(i), buf_ea(m), m->le);
    }
    g_assert_cmpuint(cpu->icount, ==, k);
    g_assert_cmphex(cpu->arch.nip, ==, m->code + 4 * forms_index(k));
    for (unsigned r = 0; r < 32; r++) {
        if (cpu->arch.gpr[r] != s.gpr[r]) {
            g_error("k=%u le=%d dr=%d: r%u = %#llx, the model %#llx", k,
                    m->le, m->dr, r, (unsigned long long)cpu->arch.gpr[r],
                    (unsigned long long)s.gpr[r]);
        }
    }
    g_assert_cmpuint(cpu->arch.ctr, ==, s.ctr);
    g_assert_cmpmem(mc->ram + BUF_RA, sizeof(s.buf), s.buf, sizeof(s.buf));
}

static void test_forms(void)
{
    run_forms_test(forms_machine, check_forms, TOTAL);
}

/* ---- faults inside a run of micro-ops ---- */

/* 0 ldu r17,0x200(r8) | 1 stdu r6,0x200(r29) | 2 bdnz 0 | 3 b . */
static const uint32_t walk_prog[] = {
    0xea280201, 0xf8dd0201, 0x4200fff8, 0x48000000,
};
#define WALK_CODE 0x2000ULL

typedef struct Walk {
    bool dr, store;       /* translated; the store (else the load) faults */
} Walk;

/* The EA of the access that faults is `end` (the first byte past the
 * mapped page or RAM) + 8, on the fifth pass; the other pointer trails
 * by 0x400. */
static uint64_t walk_end(const Walk *w)
{
    return w->dr ? BUF_EA_DR + 0x1000 : RAM_SIZE;
}

static Machine walk_machine(const Walk *w, bool le, PpcDebug *dbg)
{
    Machine m = new_machine(MSR_SF | MSR_ME | (le ? MSR_LE : 0) |
                            (w->dr ? MSR_DR : 0));
    PpcCpu *cpu = m.cpu;
    put_code(&m, WALK_CODE, walk_prog, 4);
    uint64_t start = walk_end(w) + 8 - 5 * 0x200;
    cpu->arch.gpr[8] = w->store ? start - 0x400 : start;
    cpu->arch.gpr[29] = w->store ? start : start - 0x400;
    cpu->arch.gpr[6] = 0x1122334455667788ULL;
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
        /* four passes of three, then the load (and the store) */
        unsigned before = 4 * 3 + (w->store ? 1 : 0);
        uint64_t ea = walk_end(w) + 8;
        uint64_t vector = w->dr ? 0x300 : 0x200;
        uint64_t at = WALK_CODE + 4 * (before % 3);

        Machine m = walk_machine(w, le, NULL);
        PpcCpu *cpu = m.cpu;
        ppc_cpu_run(cpu, before);
        g_assert_cmpuint(cpu->icount, ==, before);
        g_assert_cmphex(cpu->arch.nip, ==, at);
        g_assert_cmphex(cpu->arch.srr0, ==, 0);
        uint64_t ra = cpu->arch.gpr[w->store ? 29 : 8];
        uint64_t rt = cpu->arch.gpr[17];
        g_assert_cmphex(ra + 0x200, ==, ea);
        uint8_t *copy = g_memdup2(m.ram, RAM_SIZE);
        ppc_cpu_run(cpu, 1);
        g_assert_cmpuint(cpu->icount, ==, before + 1);
        g_assert_cmphex(cpu->arch.nip, ==, vector);
        g_assert_cmphex(cpu->arch.srr0, ==, at);
        g_assert_cmphex(cpu->arch.dar, ==, ea);
        if (w->dr) {
            /* DSISR: no PTE (bit 1), and bit 6 for a store */
            g_assert_cmphex(cpu->arch.dsisr, ==,
                            w->store ? 0x42000000 : 0x40000000);
        }
        g_assert_cmphex(cpu->arch.gpr[w->store ? 29 : 8], ==, ra);
        g_assert_cmphex(cpu->arch.gpr[17], ==, rt);
        g_assert_cmpmem(m.ram, RAM_SIZE, copy, RAM_SIZE);
        g_free(copy);
        free_machine(&m);

        /* in one slice, against the record-at-a-time path */
        PpcDebug dbg = { .bps = NULL };
        Machine one = walk_machine(w, le, NULL);
        Machine ref = walk_machine(w, le, &dbg);
        ppc_cpu_run(one.cpu, before + 3);
        ppc_cpu_run(ref.cpu, before + 3);
        g_assert_cmpuint(one.cpu->icount, ==, before + 3);
        g_assert_cmpuint(ref.cpu->icount, ==, before + 3);
        g_assert_cmphex(one.cpu->arch.nip, ==, vector);
        g_assert_cmphex(one.cpu->arch.srr0, ==, at);
        g_assert_cmpmem(&one.cpu->arch, sizeof(one.cpu->arch),
                        &ref.cpu->arch, sizeof(ref.cpu->arch));
        g_assert_cmpmem(one.ram, RAM_SIZE, ref.ram, RAM_SIZE);
        free_machine(&ref);
        free_machine(&one);
    }
}

/* ---- the byte order changing inside a run ---- */

/* Code at SWITCH_CODE; instructions 2 to 5 run with MSR[LE] = 1 and are
 * stored little-endian, the others big-endian (powerpc64-linux-gnu-as):
 * 0 ld r5,0(r4) | 1 mtmsrd r9 (LE on) | 2 ld r7,0(r4) | 3 std r7,8(r4)
 * | 4 stw r5,16(r4) | 5 mtmsrd r10 (LE off) | 6 std r7,24(r4)
 * | 7 lwz r11,16(r4) | 8 bdnz 0 | 9 b . */
static const uint32_t switch_prog[] = {
    0xe8a40000, 0x7d200164, 0xe8e40000, 0xf8e40008, 0x90a40010,
    0x7d400164, 0xf8e40018, 0x81640010, 0x4200ffe0, 0x48000000,
};
#define SWITCH_CODE 0x2000ULL

static void test_switch(void)
{
    static const uint8_t first[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    static const uint8_t reversed[8] = { 8, 7, 6, 5, 4, 3, 2, 1 };
    for (unsigned dr = 0; dr < 2; dr++) {
        uint64_t msr = MSR_SF | MSR_ME | (dr ? MSR_DR : 0);
        Machine m = new_machine(msr);
        PpcCpu *cpu = m.cpu;
        for (unsigned i = 0; i < G_N_ELEMENTS(switch_prog); i++) {
            bool le = i >= 2 && i <= 5;
            for (unsigned b = 0; b < 4; b++) {
                unsigned sh = le ? 8 * b : 8 * (3 - b);
                m.ram[SWITCH_CODE + 4 * i + b] = (uint8_t)(switch_prog[i] >> sh);
            }
        }
        memcpy(m.ram + BUF_RA, first, 8);
        cpu->arch.gpr[4] = dr ? BUF_EA_DR : BUF_RA;
        cpu->arch.gpr[9] = msr | MSR_LE;
        cpu->arch.gpr[10] = msr;
        cpu->arch.ctr = PASSES;
        cpu->arch.nip = SWITCH_CODE;
        unsigned total = PASSES * 9;
        g_assert_cmpint(ppc_cpu_run(cpu, total), ==, PPC_STOP_BUDGET);
        g_assert_cmpuint(cpu->icount, ==, total);
        g_assert_cmphex(cpu->arch.nip, ==, SWITCH_CODE + 4 * 9);
        g_assert_cmphex(cpu->arch.msr, ==, msr);
        /* ld in big-endian mode: the first byte is the most significant */
        g_assert_cmphex(cpu->arch.gpr[5], ==, 0x0102030405060708ULL);
        /* ld in little-endian mode: the first byte is the least */
        g_assert_cmphex(cpu->arch.gpr[7], ==, 0x0807060504030201ULL);
        /* std in little-endian mode gives the bytes back in order */
        g_assert_cmpmem(m.ram + BUF_RA + 8, 8, first, 8);
        /* stw of 0x05060708, little-endian: 08 07 06 05 */
        g_assert_cmpmem(m.ram + BUF_RA + 16, 4, reversed, 4);
        /* std in big-endian mode: 08 07 ... 01 */
        g_assert_cmpmem(m.ram + BUF_RA + 24, 8, reversed, 8);
        /* lwz in big-endian mode of 08 07 06 05 */
        g_assert_cmphex(cpu->arch.gpr[11], ==, 0x08070605);
        free_machine(&m);
    }
}

/* ---- 32-bit mode with translation ---- */

/* 0 ldx r6,r4,r9 | 1 add r9,r9,r10 | 2 bdnz 0 | 3 b . */
static const uint32_t mode32_prog[] = {
    0x7cc4482a, 0x7d295214, 0x4200fff8, 0x48000000,
};

static void test_mode32(void)
{
    static const uint8_t data[8] = { 0x11, 0x22, 0x33, 0x44,
                                     0x55, 0x66, 0x77, 0x88 };
    for (unsigned sf = 0; sf < 2; sf++) {
        Machine m = new_machine((sf ? MSR_SF : 0) | MSR_ME | MSR_DR);
        PpcCpu *cpu = m.cpu;
        put_code(&m, SWITCH_CODE, mode32_prog, 4);
        memcpy(m.ram + BUF_RA, data, 8);
        cpu->arch.gpr[4] = BUF_EA_DR;
        cpu->arch.gpr[10] = 0x100000000ULL;
        cpu->arch.ctr = PASSES;
        cpu->arch.nip = SWITCH_CODE;
        if (sf) {
            /* the first pass, then the ldx at EA 0x1_1000_5000 */
            ppc_cpu_run(cpu, 4);
            g_assert_cmpuint(cpu->icount, ==, 4);
            g_assert_cmphex(cpu->arch.nip, ==, 0x380);
            g_assert_cmphex(cpu->arch.srr0, ==, SWITCH_CODE);
            g_assert_cmphex(cpu->arch.dar, ==, BUF_EA_DR + 0x100000000ULL);
        } else {
            ppc_cpu_run(cpu, PASSES * 3);
            g_assert_cmpuint(cpu->icount, ==, PASSES * 3);
            g_assert_cmphex(cpu->arch.nip, ==, SWITCH_CODE + 12);
            g_assert_cmphex(cpu->arch.gpr[9], ==, PASSES * 0x100000000ULL);
        }
        g_assert_cmphex(cpu->arch.gpr[6], ==, 0x1122334455667788ULL);
        free_machine(&m);
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/uop-mem/forms", test_forms);
    g_test_add_func("/uop-mem/fault", test_fault);
    g_test_add_func("/uop-mem/switch", test_switch);
    g_test_add_func("/uop-mem/mode32", test_mode32);
    g_test_add_data_func("/uop-mem/forms-plain", (gconstpointer)test_forms,
                         run_plain_loop);
    g_test_add_data_func("/uop-mem/switch-plain", (gconstpointer)test_switch,
                         run_plain_loop);
    return g_test_run();
}
