/* SPDX-License-Identifier: MIT */
/*
 * Hypercalls that answer in several registers, checked against QEMU:
 * H_GET_CPU_CHARACTERISTICS (0x1c8: r4 characteristics, r5 behaviour,
 * with the machine's default cap-cfpc/sbbc/ibs/ccf-assist),
 * H_HOME_NODE_ASSOCIATIVITY (0x2ec, hcall-vphn: r4..r9 the vCPU's
 * associativity domains, -1 padded; flags other than 1 and unknown
 * processor numbers refused), the hcall-debug cache-inhibited and
 * cacheable loads (0x3c, 0x44), and numbers farad once used by mistake
 * (0x369, 0x270: answered H_FUNCTION by QEMU). Runs with -smp 2 (NAME.args) so that the second
 * vCPU's id shows which procno values are valid.
 */
#include "rt/rt.h"

#define H_GET_CPU_CHARACTERISTICS 0x1c8
#define H_HOME_NODE_ASSOCIATIVITY 0x2ec

/* sc 1 with r3 = nr, r4.. = a0, a1; r3..r9 back in out[0..6]. */
static void hcall_regs(uint64_t nr, uint64_t a0, uint64_t a1, uint64_t *out)
{
    register uint64_t r3 __asm__("r3") = nr;
    register uint64_t r4 __asm__("r4") = a0;
    register uint64_t r5 __asm__("r5") = a1;
    register uint64_t r6 __asm__("r6") = 0;
    register uint64_t r7 __asm__("r7") = 0;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    __asm__ volatile("sc 1"
                     : "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7),
                       "+r"(r8), "+r"(r9)
                     :
                     : "r0", "r10", "r11", "r12", "cr0", "ctr", "memory");
    out[0] = r3;
    out[1] = r4;
    out[2] = r5;
    out[3] = r6;
    out[4] = r7;
    out[5] = r8;
    out[6] = r9;
}

static void vphn(uint64_t flags, uint64_t procno)
{
    uint64_t o[7];
    hcall_regs(H_HOME_NODE_ASSOCIATIVITY, flags, procno, o);
    rt_printf("vphn flags %lu procno %lu: rc %ld", (unsigned long)flags,
              (unsigned long)procno, (long)o[0]);
    if ((long)o[0] == 0) {
        for (int i = 1; i <= 6; i++) {
            rt_printf(" %016llx", (unsigned long long)o[i]);
        }
    }
    rt_printf("\n");
}

int main(void)
{
    uint64_t o[7];
    hcall_regs(H_GET_CPU_CHARACTERISTICS, 0, 0, o);
    rt_printf("cpu-characteristics: rc %ld char %016llx behav %016llx\n",
              (long)o[0], (unsigned long long)o[1], (unsigned long long)o[2]);
    hcall_regs(0x369, 0, 0, o);
    rt_printf("hcall 0x369: rc %ld\n", (long)o[0]);
    /* one byte at 0x100, where the runtime's entry code starts */
    hcall_regs(0x3c, 1, 0x100, o);
    rt_printf("logical-ci-load: rc %ld value %lx\n", (long)o[0],
              (unsigned long)o[1]);
    hcall_regs(0x44, 1, 0x100, o);
    rt_printf("logical-cache-load: rc %ld value %lx\n", (long)o[0],
              (unsigned long)o[1]);
    hcall_regs(0x270, 1, 0x100, o);
    rt_printf("hcall 0x270: rc %ld\n", (long)o[0]);

    vphn(1, 0);
    vphn(1, 1);
    vphn(1, 8);
    vphn(1, 99);
    vphn(0, 0);
    vphn(2, 0);
    return 0;
}
