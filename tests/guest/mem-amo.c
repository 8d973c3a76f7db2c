/* SPDX-License-Identifier: MIT */
/*
 * ISA 3.0 atomic memory operations (Book II 4.5): lwat/ldat (fetch and
 * add/xor/or/and, max/min unsigned and signed, swap, compare and swap
 * not equal, fetch and increment bounded/equal, decrement bounded) and
 * stwat/stdat (store add/xor/or/and/max/min, store twin), every function
 * code 0..31 on three data sets; the unlisted codes (data storage
 * interrupt, DAR/DSISR unchanged, as QEMU 7.2) and a misaligned EA.
 * RT = r5, RT+1 = r6, RT+2 = r7, RA = r4; the stores' RS is r5.
 *
 * QEMU 7.2 departs from the ISA in a few cases (word signed max/min
 * compared unsigned; the 2^(8s-1) "bound reached" RT written as
 * 0xffffffff80000000): farad follows the ISA, so this program prints
 * no value for them; tests/insn/ldst.vec's amo_*_isa vectors check
 * farad against the ISA there.
 */
#include "rt/rt.h"

static volatile uint64_t last_vec, last_dar, last_dsisr;

static void hook(uint64_t v, RtFrame *f)
{
    last_vec = v;
    __asm__ volatile("mfdar %0" : "=r"(last_dar));
    __asm__ volatile("mfdsisr %0" : "=r"(last_dsisr));
    f->srr0 += 4;
}

static uint32_t stub[2] __attribute__((aligned(8)));
static uint64_t mem[4] __attribute__((aligned(32)));

static void put_stub(uint32_t w)
{
    stub[0] = w;
    stub[1] = 0x4e800020u;  /* blr */
    __asm__ volatile("dcbst 0,%0; sync; icbi 0,%0; isync" :: "r"(stub) : "memory");
}

static uint64_t call_stub(void *ea, uint64_t r6v, uint64_t r7v)
{
    register uint64_t r4 __asm__("r4") = (uint64_t)(uintptr_t)ea;
    register uint64_t r5 __asm__("r5") = r6v;  /* RS of the stores */
    register uint64_t r6 __asm__("r6") = r6v;
    register uint64_t r7 __asm__("r7") = r7v;
    __asm__ volatile("mtctr %4; bctrl"
                     : "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7)
                     : "r"(stub)
                     : "r0", "r3", "r8", "r9", "r10", "r11", "r12", "lr",
                       "ctr", "memory", "cr0");
    return r5;
}

typedef struct Set { uint64_t m0, m1, r6, r7; } Set;

static const Set sets[3] = {
    { 0xfffffffffffffff0ULL, 0x0000000000000007ULL,
      0x1234567800000005ULL, 0xabcdef0000000099ULL },
    { 0x7fffffffffffffffULL, 0x7fffffffffffffffULL,
      0x7fffffffffffffffULL, 0x0000000000000042ULL },
    { 0x0000000000000022ULL, 0x0000000000000022ULL,
      0x0000000000000033ULL, 0x0000000000000044ULL },
};

/* The cases where QEMU 7.2 and the ISA differ (see above). */
static int isa_only(unsigned xo, unsigned fc, unsigned set)
{
    int word = xo == 582 || xo == 710;
    int load = xo == 582 || xo == 614;
    if (word && set == 0 && (fc == 5 || fc == 7)) {
        return 1;
    }
    return load && ((set != 0 && (fc == 24 || fc == 28)) ||
                    (set == 0 && fc == 25));
}

static void fill(const Set *s, unsigned size)
{
    mem[0] = mem[1] = mem[2] = mem[3] = 0;
    if (size == 8) {
        mem[0] = s->m0;
        mem[1] = s->m1;
    } else {
        uint32_t *w = (uint32_t *)mem;
        w[0] = (uint32_t)s->m0;
        w[1] = (uint32_t)s->m1;
    }
}

static void one(const char *name, unsigned xo, unsigned size, unsigned fc,
                unsigned set)
{
    const Set *s = &sets[set];
    if (isa_only(xo, fc, set)) {
        rt_printf("%s fc %2u set %u: QEMU 7.2 differs from the ISA "
                  "(tests/insn/ldst.vec)\n", name, fc, set);
        return;
    }
    fill(s, size);
    put_stub(31u << 26 | 5u << 21 | 4u << 16 | fc << 11 | xo << 1);
    last_vec = 0;
    uint64_t rt = call_stub(mem, s->r6, s->r7);
    if (last_vec) {
        rt_printf("%s fc %2u set %u: vec %lx dar-ok %d dsisr %lx\n", name, fc,
                  set, (unsigned long)last_vec,
                  last_dar == (uint64_t)(uintptr_t)mem,
                  (unsigned long)last_dsisr);
        return;
    }
    rt_printf("%s fc %2u set %u: rt %016lx m0 %016lx m1 %016lx\n", name, fc,
              set, (unsigned long)rt, (unsigned long)mem[0],
              (unsigned long)mem[1]);
}

int main(void)
{
    rt_exception_hook = hook;
    static const struct { const char *n; unsigned xo, size; } ops[] = {
        { "lwat", 582, 4 }, { "ldat", 614, 8 },
        { "stwat", 710, 4 }, { "stdat", 742, 8 },
    };
    for (unsigned i = 0; i < 4; i++) {
        for (unsigned fc = 0; fc < 32; fc++) {
            for (unsigned set = 0; set < 3; set++) {
                one(ops[i].n, ops[i].xo, ops[i].size, fc, set);
            }
        }
    }
    /* misaligned EA */
    for (unsigned i = 0; i < 4; i++) {
        put_stub(31u << 26 | 5u << 21 | 4u << 16 | ops[i].xo << 1);
        last_vec = 0;
        call_stub((char *)mem + 2, 1, 0);
        rt_printf("%s misaligned: vec %lx dar-ok %d\n", ops[i].n,
                  (unsigned long)last_vec,
                  last_dar == (uint64_t)(uintptr_t)mem + 2);
    }
    return 0;
}
