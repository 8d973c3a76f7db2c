/* SPDX-License-Identifier: MIT */
/*
 * MSR moves and rfid as QEMU 7.2 does them for a partition: mtmsrd keeps
 * ME and HV, L=1 changes only EE/RI, mtmsr keeps the high word,
 * unimplemented bits read 0, rfid takes neither ME nor HV from SRR1 (the
 * ISA; QEMU 7.2 takes ME: excp-msr.isa), rfid
 * into 32-bit mode truncates the target; hrfid is privileged; the DEC
 * does not fire soon after reset.
 */
#include "rt/rt.h"
static volatile uint64_t cnt, lastvec, lastsrr1;
static void hook(uint64_t v, RtFrame *f)
{
    lastvec = v; lastsrr1 = f->srr1;
    if (v == 0x900) { cnt++; __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL)); return; }
    f->srr0 += 4;
}
static uint64_t msr(void) { uint64_t m; __asm__ volatile("mfmsr %0" : "=r"(m)); return m; }
extern char rf32_target[], rf_back[];
int main(void)
{
    rt_exception_hook = hook;
    uint64_t d; __asm__ volatile("mfdec %0" : "=r"(d));
    rt_printf("reset dec negative56 %d top %lx\n", (int)((d >> 55) & 1), (unsigned long)(d >> 32));
    uint64_t m0 = msr();
    __asm__ volatile("mtmsrd %0,1" :: "r"(m0 | 0x8000)); /* EE */
    __asm__ volatile("nop; nop; nop; nop");
    __asm__ volatile("mtmsrd %0,1" :: "r"(m0));
    rt_printf("dec ints at reset %d\n", (int)cnt);
    rt_printf("msr0 %lx\n", m0);
    /* mtmsrd L=0 clearing ME */
    __asm__ volatile("mtmsrd %0,0" :: "r"(m0 & ~0x1000ULL));
    rt_printf("mtmsrd clr ME -> %lx\n", msr());
    __asm__ volatile("mtmsrd %0,0" :: "r"(m0));
    /* mtmsrd L=1 with FP cleared, RI set */
    __asm__ volatile("mtmsrd %0,1" :: "r"((m0 & ~0x2000ULL) | 2));
    rt_printf("mtmsrd L1 ~FP|RI -> %lx\n", msr());
    __asm__ volatile("mtmsrd %0,0" :: "r"(m0));
    /* mtmsr (32-bit form) with upper word zero */
    __asm__ volatile("mtmsr %0" :: "r"((uint64_t)(uint32_t)m0 | 2));
    rt_printf("mtmsr low|RI -> %lx\n", msr());
    __asm__ volatile("mtmsrd %0,0" :: "r"(m0));
    /* mtmsr with ME cleared and LE flipped? only ME */
    __asm__ volatile("mtmsr %0" :: "r"(m0 & ~0x1000ULL));
    rt_printf("mtmsr clr ME -> %lx\n", msr());
    __asm__ volatile("mtmsrd %0,0" :: "r"(m0));
    /* mtmsrd with HV bit set, and bits 1 (reserved) set */
    __asm__ volatile("mtmsrd %0,0" :: "r"(m0 | (1ULL << 60) | (1ULL << 62) | (1ULL << 38) | (1ULL << 22) | (1ULL << 6)));
    rt_printf("mtmsrd HV|bits -> %lx\n", msr());
    __asm__ volatile("mtmsrd %0,0" :: "r"(m0));
    /* rfid with ME cleared and HV set */
    __asm__ volatile("mtsrr0 %0; mtsrr1 %1; rfid; .globl rf_back\nrf_back:" :: "r"(rf_back), "r"((m0 & ~0x1000ULL) | (1ULL << 60) | 2) : "memory");
    rt_printf("rfid ~ME|HV|RI -> %lx\n", msr());
    __asm__ volatile("mtmsrd %0,0" :: "r"(m0));
    /* rfid into 32-bit mode with high address bits */
    uint64_t r;
    __asm__ volatile(
        "mtsrr0 %1; mtsrr1 %2; rfid\n"
        ".globl rf32_target\nrf32_target:\n"
        "mfmsr %0\n"
        "mtmsrd %3,0\n"
        : "=&r"(r) : "r"((uint64_t)(uintptr_t)rf32_target | 0xabcd000000000000ULL), "r"(m0 & ~(1ULL << 63)), "r"(m0) : "memory");
    rt_printf("rfid 32-bit -> msr %lx\n", r);
    /* illegal insn in 32-bit mode: what SRR0 */
    __asm__ volatile("mtmsrd %0,0; .long 0; mtmsrd %1,0" :: "r"(m0 & ~(1ULL << 63)), "r"(m0));
    rt_printf("vec %lx srr1 %lx\n", lastvec, lastsrr1);
    /* hrfid in supervisor */
    __asm__ volatile("hrfid");
    rt_printf("hrfid vec %lx srr1 %lx\n", lastvec, lastsrr1);
    return 0;
}
