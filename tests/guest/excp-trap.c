/* SPDX-License-Identifier: MIT */
/*
 * Trap instructions: tw, td, twi, tdi with every TO value on operand
 * pairs that exercise each condition (signed/unsigned, 32/64-bit), and
 * the program interrupt they raise (SRR0 = the trap, SRR1 trap bit).
 */
#include "excp-util.h"

static volatile unsigned traps;
static volatile uint64_t last_srr0, last_srr1, last_vec;

static void hook(uint64_t v, RtFrame *f)
{
    last_vec = v;
    last_srr0 = f->srr0;
    last_srr1 = f->srr1;
    traps++;
    f->srr0 += 4;
}

/* X-form tw/td: 31 | TO | RA=3 | RB=4 | xo */
static uint32_t x_trap(unsigned xo, unsigned to)
{
    return 31u << 26 | to << 21 | 3u << 16 | 4u << 11 | xo << 1;
}

/* D-form twi/tdi: primary | TO | RA=3 | SI */
static uint32_t d_trap(unsigned prim, unsigned to, int16_t si)
{
    return prim << 26 | to << 21 | 3u << 16 | (uint16_t)si;
}

/* Bit TO set in the result when that TO value trapped. */
static uint32_t sweep_x(unsigned xo, uint64_t a, uint64_t b)
{
    uint32_t mask = 0;
    for (unsigned to = 0; to < 32; to++) {
        xu_put_stub(x_trap(xo, to), XU_BLR, 0, 0);
        traps = 0;
        xu_call(a, b);
        if (traps) {
            mask |= 1u << to;
        }
    }
    return mask;
}

static uint32_t sweep_d(unsigned prim, uint64_t a, int16_t si)
{
    uint32_t mask = 0;
    for (unsigned to = 0; to < 32; to++) {
        xu_put_stub(d_trap(prim, to, si), XU_BLR, 0, 0);
        traps = 0;
        xu_call(a, 0);
        if (traps) {
            mask |= 1u << to;
        }
    }
    return mask;
}

static const uint64_t pairs[][2] = {
    { 1, 2 }, { 2, 1 }, { 5, 5 }, { (uint64_t)-1, 1 }, { 1, (uint64_t)-1 },
    { 0x100000001ULL, 0x200000001ULL },  /* equal low words */
    { 0x80000000ULL, 0x7fffffffULL },    /* signed differs 32 vs 64 */
    { 0xffffffff00000000ULL, 0 },
    { 0x8000000000000000ULL, 0x7fffffffffffffffULL },
};

static const int16_t imms[] = { 0, 1, -1, 0x7fff, -0x8000 };

int main(void)
{
    rt_exception_hook = hook;
    for (unsigned i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
        uint64_t a = pairs[i][0], b = pairs[i][1];
        rt_printf("pair %u tw %08x td %08x\n", i, sweep_x(4, a, b),
                  sweep_x(68, a, b));
    }
    for (unsigned i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
        for (unsigned j = 0; j < sizeof(imms) / sizeof(imms[0]); j++) {
            uint64_t a = pairs[i][0];
            rt_printf("a %u si %d twi %08x tdi %08x\n", i, imms[j],
                      sweep_d(3, a, imms[j]), sweep_d(2, a, imms[j]));
        }
    }
    /* what the interrupt looks like */
    xu_put_stub(0x7fe00008u /* trap (tw 31,0,0) */, XU_BLR, 0, 0);
    traps = 0;
    xu_call(0, 0);
    rt_printf("trap: vector %lx srr0-at-stub %d srr1 prog bits %lx msr-bits %lx\n",
              (unsigned long)last_vec,
              last_srr0 == (uint64_t)(uintptr_t)xu_stub,
              (unsigned long)(last_srr1 & 0x1f0000),
              (unsigned long)(last_srr1 & 0x800000000000fff3ULL));
    return 0;
}
