/* SPDX-License-Identifier: MIT */
/*
 * The VPA's dispatch counter (PAPR: even while the virtual processor
 * runs, odd while it is not dispatched): after H_REGISTER_VPA it is even;
 * each H_CEDE that sleeps until the decrementer wakes the CPU leaves it
 * even again and larger; an H_CEDE that returns at once (an interrupt is
 * already pending) leaves it even. Output recorded from QEMU 7.2, which
 * counts each time its CPU thread stops and starts running (4 per cede
 * there, 2 in farad: the amount is QEMU's internals, not PAPR's, so only
 * the parity and the growth are printed).
 */
#include "excp-util.h"

#define H_REGISTER_VPA 0xdc
#define H_CEDE 0xe0
#define VPA_REGISTER (1ULL << 45)   /* flags: subfunction 1 in bits 16:18 */
#define VPA_DEREGISTER (5ULL << 45)

static uint8_t vpa[1024] __attribute__((aligned(4096)));
static volatile unsigned ticks;

static void hook(uint64_t v, RtFrame *f)
{
    if (v == 0x900) {
        ticks++;
        __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
        return;
    }
    rt_printf("unexpected vector %lx\n", (unsigned long)v);
    f->srr0 += 4;
}

static uint32_t dispatch_count(void)
{
    volatile uint8_t *p = vpa + 0x100;
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

int main(void)
{
    rt_exception_hook = hook;
    uint64_t m0 = xu_msr();
    vpa[4] = 0x04;   /* size 0x400, big-endian halfword at offset 4 */
    vpa[5] = 0x00;
    long rc = rt_hcall(H_REGISTER_VPA, VPA_REGISTER, 0, (uint64_t)(uintptr_t)vpa, 0, 0);
    uint32_t c0 = dispatch_count();
    rt_printf("register: rc %ld count even %d\n", rc, (int)(c0 % 2 == 0));

    uint32_t prev = c0;
    for (int i = 0; i < 3; i++) {
        __asm__ volatile("mtdec %0" :: "r"(5000L));
        rc = rt_hcall(H_CEDE, 0, 0, 0, 0, 0);   /* sets MSR[EE]; sleeps */
        __asm__ volatile("mtmsrd %0,1" :: "r"(m0) : "memory");
        uint32_t c = dispatch_count();
        rt_printf("cede %d: rc %ld ticks %u count even %d grew %d\n", i, rc,
                  ticks, (int)(c % 2 == 0), (int)(c > prev));
        prev = c;
    }

    /* a decrementer exception already exists: H_CEDE returns at once */
    __asm__ volatile("mtdec %0" :: "r"(-1L));
    rc = rt_hcall(H_CEDE, 0, 0, 0, 0, 0);
    __asm__ volatile("mtmsrd %0,1" :: "r"(m0) : "memory");
    uint32_t c = dispatch_count();
    /* whether QEMU counts this one varies from run to run (its CPU loop
     * may or may not exit): only the parity is printed */
    rt_printf("cede with work: rc %ld ticks %u count even %d\n", rc, ticks,
              (int)(c % 2 == 0));

    rc = rt_hcall(H_REGISTER_VPA, VPA_DEREGISTER, 0, (uint64_t)(uintptr_t)vpa, 0, 0);
    rt_printf("deregister: rc %ld\n", rc);
    return 0;
}
