/* SPDX-License-Identifier: MIT */
/*
 * System call interrupt: sc 0 round trip (SRR0 = next instruction, SRR1
 * = MSR, the handler's MSR), sc with LEV > 1, registers changed by the
 * handler seen after rfid, and sc 1 (hypercall) from problem state,
 * which QEMU's pseries answers with H_PRIVILEGE.
 */
#include "excp-util.h"

static volatile unsigned calls;
static volatile uint64_t h_srr0, h_srr1, h_msr, h_vec, user_r3;

static void hook(uint64_t v, RtFrame *f)
{
    if (xu_in_user) {
        h_vec = v;
        h_srr1 = f->srr1;
        user_r3 = f->gpr[3];
        f->gpr[3] = v;
        xu_user_return(f);
        return;
    }
    calls++;
    h_vec = v;
    h_srr0 = f->srr0;
    h_srr1 = f->srr1;
    h_msr = xu_msr();
    f->gpr[3] = f->gpr[3] * 2 + 1;  /* visible after return */
}

int main(void)
{
    rt_exception_hook = hook;
    user_mmu_setup();
    uint64_t m0 = xu_msr();

    xu_put_stub(XU_SC0, XU_BLR, 0, 0);
    uint64_t r = xu_call(20, 0);
    rt_printf("sc 0: calls %u vector %lx r3 %lu srr0-next %d\n", calls,
              (unsigned long)h_vec, (unsigned long)r,
              h_srr0 == (uint64_t)(uintptr_t)&xu_stub[1]);
    rt_printf("sc 0: srr1==msr %d handler msr %lx\n", h_srr1 == m0,
              (unsigned long)h_msr);

    /* EE set at the call: SRR1 keeps it, the handler runs with EE=0 */
    __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
    __asm__ volatile("mtmsrd %0,1" :: "r"(m0 | MSR_EE | 2));
    r = xu_call(1, 0);
    __asm__ volatile("mtmsrd %0,1" :: "r"(m0));
    rt_printf("sc 0 with EE|RI: r3 %lu srr1 EE %d RI %d handler EE %d RI %d\n",
              (unsigned long)r, (int)((h_srr1 >> 15) & 1), (int)((h_srr1 >> 1) & 1),
              (int)((h_msr >> 15) & 1), (int)((h_msr >> 1) & 1));

    /* LEV = 2 and LEV = 127 are system calls too */
    xu_put_stub(0x44000042u, XU_BLR, 0, 0);
    r = xu_call(3, 0);
    rt_printf("sc 2: vector %lx r3 %lu\n", (unsigned long)h_vec, (unsigned long)r);
    xu_put_stub(0x44000fe2u, XU_BLR, 0, 0);
    r = xu_call(4, 0);
    rt_printf("sc 127: vector %lx r3 %lu calls %u\n", (unsigned long)h_vec,
              (unsigned long)r, calls);

    /* sc 1 from problem state: no interrupt, r3 = H_PRIVILEGE */
    xu_put_stub(0x44000022u, XU_SC0, 0, 0);
    r = xu_call_user(0x58, 0);  /* H_PUT_TERM_CHAR, would print */
    rt_printf("user sc 1: then vector %lx, r3 from user %ld\n", (unsigned long)r,
              (long)user_r3);
    rt_printf("user sc 0: srr1 PR %d IR %d DR %d EE %d\n",
              (int)((h_srr1 >> 14) & 1), (int)((h_srr1 >> 5) & 1),
              (int)((h_srr1 >> 4) & 1), (int)((h_srr1 >> 15) & 1));
    return 0;
}
