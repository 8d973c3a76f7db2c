/* SPDX-License-Identifier: MIT */
/*
 * Illegal and privileged instructions: an all-zero word and other
 * unassigned encodings (illegal, SRR1 bit 44), hrfid from a partition,
 * and from problem state (MSR[PR]=1 entered with rfid) mfmsr, mtmsrd,
 * rfid, mtspr SRR0, mfspr DSCR (privileged, SRR1 bit 45); mfspr TAR from
 * problem state with FSCR[TAR] clear (facility unavailable 0xf60 with
 * FSCR[IC] = 8). SRR0 must point at the offending instruction.
 */
#include "excp-util.h"

static volatile uint64_t h_vec, h_srr0, h_srr1;
static volatile unsigned hits;

static void hook(uint64_t v, RtFrame *f)
{
    if (xu_in_user && v == 0xc00) {
        xu_user_return(f);
        return;
    }
    hits++;
    h_vec = v;
    h_srr0 = f->srr0;
    h_srr1 = f->srr1;
    if (xu_in_user) {
        xu_user_return(f);
    } else {
        f->srr0 += 4;
    }
}

static void report(const char *what)
{
    rt_printf("%-22s hits %u vector %03lx srr0-at-insn %d prog %05lx pr %d\n",
              what, hits, (unsigned long)h_vec,
              h_srr0 == (uint64_t)(uintptr_t)xu_stub,
              (unsigned long)(h_srr1 & 0x1f0000), (int)((h_srr1 >> 14) & 1));
}

static void sup(const char *what, uint32_t insn)
{
    hits = 0;
    h_vec = 0;
    xu_put_stub(insn, XU_BLR, 0, 0);
    xu_call(0, 0);
    report(what);
}

static void user(const char *what, uint32_t insn)
{
    hits = 0;
    h_vec = 0;
    xu_put_stub(insn, XU_SC0, 0, 0);
    xu_call_user(0, 0);
    report(what);
}

int main(void)
{
    rt_exception_hook = hook;
    user_mmu_setup();

    sup("zero word", 0x00000000);
    sup("primary 1", 0x04000000);
    sup("31/1 unassigned", 0x7c000002);
    sup("hrfid", 0x4c000224);
    sup("mfspr LPCR", xu_mfspr(3, 318));
    sup("mtspr HDEC", xu_mtspr(310, 3));
    sup("mfspr 4", xu_mfspr(3, 4));
    sup("mfspr 100 (none)", xu_mfspr(3, 100));
    sup("mtspr 0", xu_mtspr(0, 3));

    user("user mfmsr", 0x7c6000a6);
    user("user mtmsrd", 0x7c600164);
    user("user rfid", 0x4c000024);
    user("user mtspr SRR0", xu_mtspr(26, 3));
    user("user mfspr DSCR", xu_mfspr(3, 17));
    user("user mfspr 100", xu_mfspr(3, 100));
    user("user mfspr LR", xu_mfspr(3, 8));
    user("user zero word", 0x00000000);
    user("user mfspr TAR", xu_mfspr(3, 815));
    uint64_t fscr;
    __asm__ volatile("mfspr %0,153" : "=r"(fscr));
    rt_printf("FSCR IC %lu\n", (unsigned long)(fscr >> 56));
    __asm__ volatile("mtspr 153,%0" :: "r"(fscr | 0x100));  /* FSCR[TAR] */
    user("user mfspr TAR fscr", xu_mfspr(3, 815));
    return 0;
}
