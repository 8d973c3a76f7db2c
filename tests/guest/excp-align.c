/* SPDX-License-Identifier: MIT */
/*
 * Alignment interrupt: lwarx / ldarx on unaligned addresses raise 0x600
 * with SRR0 at the instruction and DAR = the effective address; aligned
 * ones do not.
 */
#include "excp-util.h"

static volatile unsigned hits;
static volatile uint64_t h_vec, h_srr0, h_srr1, h_dar, h_dsisr;
static uint64_t buf[4] __attribute__((aligned(64)));

static void hook(uint64_t v, RtFrame *f)
{
    hits++;
    h_vec = v;
    h_srr0 = f->srr0;
    h_srr1 = f->srr1;
    __asm__ volatile("mfdar %0" : "=r"(h_dar));
    __asm__ volatile("mfdsisr %0" : "=r"(h_dsisr));
    f->srr0 += 4;
}

/* lwarx r3,0,r4 / ldarx r3,0,r4 */
#define LWARX 0x7c602028u
#define LDARX 0x7c6020a8u

static void try(const char *what, uint32_t insn, unsigned off)
{
    uint64_t ea = (uint64_t)(uintptr_t)buf + off;
    hits = 0;
    h_vec = 0;
    __asm__ volatile("mtdsisr %0" :: "r"(0UL));
    xu_put_stub(insn, XU_BLR, 0, 0);
    xu_call(0, ea);
    rt_printf("%s +%u: hits %u vector %03lx srr0-at-insn %d dar-ok %d srr1-prog %lx\n",
              what, off, hits, (unsigned long)h_vec,
              hits ? h_srr0 == (uint64_t)(uintptr_t)xu_stub : 1,
              hits ? h_dar == ea : 1, (unsigned long)(h_srr1 & 0x1f0000));
    if (hits) {
        rt_printf("  dsisr %lx\n", (unsigned long)h_dsisr);
    }
}

int main(void)
{
    rt_exception_hook = hook;
    try("lwarx", LWARX, 0);
    try("lwarx", LWARX, 2);
    try("lwarx", LWARX, 1);
    try("ldarx", LDARX, 8);
    try("ldarx", LDARX, 4);
    try("ldarx", LDARX, 3);
    return 0;
}
