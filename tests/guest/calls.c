/* SPDX-License-Identifier: MIT */
/*
 * Branch- and call-heavy guest program: recursion, mutual recursion,
 * function-pointer tables, dense switch jump tables, computed gotos,
 * conditional-register logic, CTR loops, varargs, and a setjmp/longjmp
 * pair written in assembly. Output is compared with QEMU's.
 */
#include "rt/rt.h"

/* ---- setjmp / longjmp in assembly ----
 * buf: r1, r2, lr, cr, r14..r31 (22 doublewords). */
typedef uint64_t JmpBuf[22];
int jb_set(JmpBuf b) __attribute__((returns_twice));
void jb_jump(JmpBuf b, int v) __attribute__((noreturn));

#if defined(_CALL_ELF) && _CALL_ELF == 2
#define FN_BEGIN(n) \
    "    .text\n    .globl " #n "\n    .type " #n ",@function\n" #n ":\n"
#else
#define FN_BEGIN(n) \
    "    .section .opd,\"aw\"\n    .align 3\n    .globl " #n "\n" #n ":\n" \
    "    .quad .L." #n ",.TOC.@tocbase,0\n    .text\n.L." #n ":\n"
#endif

#define SAVE_GPR(r, off) "    std " #r "," #off "(3)\n"
#define LOAD_GPR(r, off) "    ld " #r "," #off "(3)\n"

__asm__(FN_BEGIN(jb_set)
        "    std 1,0(3)\n    std 2,8(3)\n    mflr 0\n    std 0,16(3)\n"
        "    mfcr 0\n    std 0,24(3)\n"
        SAVE_GPR(14, 32) SAVE_GPR(15, 40) SAVE_GPR(16, 48) SAVE_GPR(17, 56)
        SAVE_GPR(18, 64) SAVE_GPR(19, 72) SAVE_GPR(20, 80) SAVE_GPR(21, 88)
        SAVE_GPR(22, 96) SAVE_GPR(23, 104) SAVE_GPR(24, 112) SAVE_GPR(25, 120)
        SAVE_GPR(26, 128) SAVE_GPR(27, 136) SAVE_GPR(28, 144) SAVE_GPR(29, 152)
        SAVE_GPR(30, 160) SAVE_GPR(31, 168)
        "    li 3,0\n    blr\n");

__asm__(FN_BEGIN(jb_jump)
        "    ld 1,0(3)\n    ld 2,8(3)\n    ld 0,16(3)\n    mtlr 0\n"
        "    ld 0,24(3)\n    mtcrf 0xff,0\n"
        LOAD_GPR(14, 32) LOAD_GPR(15, 40) LOAD_GPR(16, 48) LOAD_GPR(17, 56)
        LOAD_GPR(18, 64) LOAD_GPR(19, 72) LOAD_GPR(20, 80) LOAD_GPR(21, 88)
        LOAD_GPR(22, 96) LOAD_GPR(23, 104) LOAD_GPR(24, 112) LOAD_GPR(25, 120)
        LOAD_GPR(26, 128) LOAD_GPR(27, 136) LOAD_GPR(28, 144) LOAD_GPR(29, 152)
        LOAD_GPR(30, 160) LOAD_GPR(31, 168)
        "    cmpwi 4,0\n    mr 3,4\n    bnelr\n    li 3,1\n    blr\n");

/* ---- recursion ---- */

static unsigned fib(unsigned n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static unsigned long ack(unsigned long m, unsigned long n)
{
    if (m == 0) {
        return n + 1;
    }
    if (n == 0) {
        return ack(m - 1, 1);
    }
    return ack(m - 1, ack(m, n - 1));
}

static int is_odd(unsigned n);
static __attribute__((noinline)) int is_even(unsigned n)
{
    return n == 0 ? 1 : is_odd(n - 1);
}
static __attribute__((noinline)) int is_odd(unsigned n)
{
    return n == 0 ? 0 : is_even(n - 1);
}

/* Towers of Hanoi, counting moves and hashing the move sequence. */
static void hanoi(int n, int from, int to, int via, uint32_t *h, unsigned *moves)
{
    if (n == 0) {
        return;
    }
    hanoi(n - 1, from, via, to, h, moves);
    *h = (*h ^ (uint32_t)(from * 3 + to)) * 16777619u;
    (*moves)++;
    hanoi(n - 1, via, to, from, h, moves);
}

/* ---- function pointers ---- */

typedef long (*BinOp)(long, long);
static __attribute__((noinline)) long op_add(long a, long b) { return (long)((unsigned long)a + (unsigned long)b); }
static __attribute__((noinline)) long op_sub(long a, long b) { return (long)((unsigned long)a - (unsigned long)b); }
static __attribute__((noinline)) long op_mul(long a, long b) { return (long)((unsigned long)a * (unsigned long)b); }
static __attribute__((noinline)) long op_xor(long a, long b) { return a ^ b; }
static __attribute__((noinline)) long op_max(long a, long b) { return a > b ? a : b; }
static __attribute__((noinline)) long op_shl(long a, long b)
{
    return (long)((unsigned long)a << (b & 31));
}

static BinOp volatile optab[6] = { op_add, op_sub, op_mul, op_xor, op_max, op_shl };

static __attribute__((noinline)) long apply(BinOp f, long a, long b)
{
    return f(a, b);
}

/* ---- switch jump table ---- */

static __attribute__((noinline)) int classify(unsigned c)
{
    switch (c) {
    case 0: return 17;
    case 1: return -3;
    case 2: return 99;
    case 3: return 4;
    case 4: return 12345;
    case 5: return -77;
    case 6: return 8;
    case 7: return 31;
    case 8: return 2;
    case 9: return 1000;
    case 10: return -1;
    case 11: return 555;
    default: return (int)c * 2;
    }
}

/* ---- computed goto: a tiny threaded interpreter ---- */

static long threaded(const unsigned char *code)
{
    static void *const labels[] = { &&l_halt, &&l_inc, &&l_dbl, &&l_neg, &&l_jnz };
    long acc = 1, cnt = 0;
    const unsigned char *pc = code;
#define NEXT goto *labels[*pc++]
    NEXT;
l_inc:
    acc += 3;
    NEXT;
l_dbl:
    acc *= 2;
    NEXT;
l_neg:
    acc = -acc;
    NEXT;
l_jnz:
    if (++cnt < 20) {
        pc = code;
    }
    NEXT;
l_halt:
#undef NEXT
    return acc ^ cnt;
}

/* ---- condition register logic ---- */

static __attribute__((noinline)) int cr_logic(long a, long b, long c)
{
    int r = 0;
    if ((a < b && b < c) || (a == c)) {
        r |= 1;
    }
    if (!(a > 0) != !(b > 0)) {
        r |= 2;
    }
    if ((unsigned long)a > (unsigned long)c) {
        r |= 4;
    }
    if ((a & 1) == 0 && (b | c) != 0) {
        r |= 8;
    }
    return r;
}

/* Raw CR instructions: crand/cror/crxor/crnand/crnor/creqv/crandc/crorc,
 * mcrf, mtcrf, mfocrf. */
static uint32_t cr_ops(uint32_t in)
{
    uint32_t out;
    __asm__ volatile(
        "mtcrf 0xff,%1\n"
        "crand 0,1,2\n"
        "cror 5,6,7\n"
        "crxor 10,11,12\n"
        "crnand 13,14,15\n"
        "crnor 16,17,18\n"
        "creqv 19,20,21\n"
        "crandc 22,23,24\n"
        "crorc 25,26,27\n"
        "mcrf 7,1\n"
        "mfcr %0\n"
        : "=r"(out) : "r"(in) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7");
    return out;
}

/* bdnz / bdz loops with CTR, and conditional branches on CR bits. */
static uint64_t ctr_loops(void)
{
    uint64_t a = 0, b = 0;
    __asm__ volatile(
        "li 9,100\n"
        "mtctr 9\n"
        "1: addi %0,%0,7\n"
        "bdnz 1b\n"
        "li 9,5\n"
        "mtctr 9\n"
        "2: addi %1,%1,1\n"
        "cmpdi %1,3\n"
        "bdnzf 2,2b\n"     /* decrement, loop while CTR!=0 and not eq */
        "mfctr 9\n"
        "sldi 9,9,32\n"
        "or %1,%1,9\n"
        : "+r"(a), "+r"(b) : : "r9", "ctr", "cr0");
    return a ^ (b << 1);
}

/* ---- varargs ---- */

static long vsum(int n, ...)
{
    va_list ap;
    unsigned long s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        s = s * 31 + (unsigned long)va_arg(ap, long);
    }
    va_end(ap);
    return (long)s;
}

/* ---- setjmp use ---- */

static JmpBuf jb;
static int depth_hit;

static __attribute__((noinline)) void dive(int d)
{
    if (d >= 25) {
        depth_hit = d;
        jb_jump(jb, d * 2);
    }
    if (d < 1000) {
        dive(d + 1);
    }
    depth_hit = -1;  /* never reached */
}

int main(void)
{
    rt_printf("calls: recursion\n");
    for (unsigned n = 0; n <= 20; n += 5) {
        rt_printf("fib(%u) = %u\n", n, fib(n));
    }
    rt_printf("ack(2,3) = %lu ack(3,3) = %lu\n", ack(2, 3), ack(3, 3));
    rt_printf("even(1001) = %d even(2000) = %d\n", is_even(1001), is_even(2000));
    uint32_t h = 2166136261u;
    unsigned moves = 0;
    hanoi(12, 0, 2, 1, &h, &moves);
    rt_printf("hanoi(12): %u moves hash %08x\n", moves, h);

    rt_printf("calls: function pointers\n");
    long acc = 7;
    for (int i = 0; i < 60; i++) {
        acc = apply(optab[i % 6], acc, i + 3);
        if (i % 10 == 9) {
            rt_printf("  step %d acc %ld\n", i, acc);
        }
    }

    rt_printf("calls: switch\n");
    unsigned long sw = 0;
    for (unsigned i = 0; i < 40; i++) {
        sw = sw * 3 + (unsigned long)classify((i * 7) % 15);
    }
    rt_printf("  switch sum %lu\n", sw);

    static const unsigned char prog[] = { 1, 2, 1, 3, 2, 4, 1, 0 };
    rt_printf("calls: threaded %ld\n", threaded(prog));

    rt_printf("calls: cr logic");
    static const long tri[][3] = {
        { 1, 2, 3 }, { 3, 2, 1 }, { -5, 0, -5 }, { 4, -4, 0 }, { 0, 0, 0 },
        { -1, 1, 2 }, { 2, 2, 2 }, { -9, -8, 10 },
    };
    for (unsigned i = 0; i < sizeof(tri) / sizeof(tri[0]); i++) {
        rt_printf(" %d", cr_logic(tri[i][0], tri[i][1], tri[i][2]));
    }
    rt_printf("\n");
    static const uint32_t crin[] = { 0, 0xffffffff, 0x12345678, 0xa5a5a5a5, 0x0f0f00f0 };
    for (unsigned i = 0; i < 5; i++) {
        rt_printf("  cr_ops(%08x) = %08x\n", crin[i], cr_ops(crin[i]));
    }
    rt_printf("  ctr loops %lx\n", (unsigned long)ctr_loops());

    rt_printf("calls: varargs %ld\n", vsum(9, 1L, -2L, 3L, 40000000000L, 5L, 6L, -7L, 8L, 9L));

    int v = jb_set(jb);
    if (v == 0) {
        rt_printf("calls: setjmp first return\n");
        dive(0);
    }
    rt_printf("calls: longjmp returned %d depth %d\n", v, depth_hit);
    int w = jb_set(jb);
    if (w == 0) {
        jb_jump(jb, 0);
    }
    rt_printf("calls: longjmp(0) gives %d\n", w);
    return 0;
}
