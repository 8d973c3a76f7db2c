/* SPDX-License-Identifier: MIT */
/*
 * Transactional memory without TM (the pseries machine's cap-htm=off, as
 * TCG needs): with MSR[TM] clear every TM instruction raises the facility
 * unavailable interrupt (0xf60) with FSCR[IC] = 5 (TM), SRR0 at the
 * instruction. With MSR[TM] set, a transaction never starts: tbegin.
 * fails at once (CR0, TEXASR, TFIAR, TFHAR as the failure reports it),
 * and tend./tabort*./tsr./tcheck/treclaim./trechkpt. only report "no
 * transaction" in their CR field. Output recorded from QEMU 7.2.
 */
#include "excp-util.h"

#define MSR_TM (1ULL << 32)
#define SPR_TFHAR 128
#define SPR_TFIAR 129
#define SPR_TEXASR 130
#define SPR_FSCR 153

static volatile unsigned hits;
static volatile uint64_t h_vec, h_srr0, h_fscr;

static void hook(uint64_t v, RtFrame *f)
{
    hits++;
    h_vec = v;
    h_srr0 = f->srr0;
    __asm__ volatile("mfspr %0,153" : "=r"(h_fscr));
    f->srr0 += 4;   /* skip the instruction */
}

static uint64_t mfcr(void)
{
    uint64_t c;
    __asm__ volatile("mfcr %0" : "=r"(c));
    return c;
}

#define MFSPR(n) ({ uint64_t v_; __asm__ volatile("mfspr %0," #n : "=r"(v_)); v_; })

/* Run one TM instruction (with a label before it) and report. */
#define TM_CASE(label, text)                                             \
    do {                                                                 \
        extern char label[];                                             \
        hits = 0;                                                        \
        __asm__ volatile("li 3,0x55\n\tmtcr 3\n\tli 3,0\n"               \
                         ".globl " #label "\n" #label ": " text          \
                         : : : "r3", "cr0", "cr1", "cr2", "cr3", "cr4",  \
                           "cr5", "cr6", "cr7", "memory");               \
        uint64_t cr_ = mfcr();                                           \
        rt_printf("%-12s hits %u vec %lx srr0 at insn %d fscr.ic %lu "   \
                  "cr %08lx\n", text, hits, (unsigned long)h_vec,        \
                  hits ? h_srr0 == (uint64_t)(uintptr_t)label : 0,       \
                  hits ? (unsigned long)(h_fscr >> 56) : 0UL,            \
                  (unsigned long)cr_);                                   \
    } while (0)

static void run_all(void)
{
    TM_CASE(tm_tbegin, "tbegin. 0");
    TM_CASE(tm_tend, "tend. 0");
    TM_CASE(tm_tendall, "tend. 1");
    TM_CASE(tm_tcheck, "tcheck 3");
    TM_CASE(tm_tabort, "tabort. 3");
    TM_CASE(tm_tabortwc, "tabortwc. 0,3,3");
    TM_CASE(tm_tabortwci, "tabortwci. 0,3,0");
    TM_CASE(tm_tabortdc, "tabortdc. 0,3,3");
    TM_CASE(tm_tabortdci, "tabortdci. 0,3,0");
    TM_CASE(tm_tsr0, "tsr. 0");
    TM_CASE(tm_tsr1, "tsr. 1");
    TM_CASE(tm_treclaim, "treclaim. 3");
    TM_CASE(tm_trechkpt, "trechkpt.");
}

int main(void)
{
    rt_exception_hook = hook;
    uint64_t m0 = xu_msr();

    __asm__ volatile("mtmsrd %0,0" :: "r"(m0 & ~MSR_TM));
    rt_printf("MSR[TM] off:\n");
    run_all();

    __asm__ volatile("mtmsrd %0,0" :: "r"(m0 | MSR_TM));
    rt_printf("MSR[TM] on: msr TM %d\n", (int)((xu_msr() >> 32) & 1));
    __asm__ volatile("mtspr 130,%0; mtspr 129,%0; mtspr 128,%0" :: "r"(0));
    extern char tm_tbegin2[];
    hits = 0;
    __asm__ volatile(".globl tm_tbegin2\ntm_tbegin2: tbegin. 0" ::: "cr0", "memory");
    uint64_t cr = mfcr();
    uint64_t at = (uint64_t)(uintptr_t)tm_tbegin2;
    uint64_t tfiar = MFSPR(129), tfhar = MFSPR(128);
    rt_printf("tbegin.: hits %u cr0 %lx texasr %016lx tfiar-insn %lx "
              "tfhar-insn %lx\n", hits, (unsigned long)(cr >> 28),
              (unsigned long)MFSPR(130), (unsigned long)(tfiar - at),
              (unsigned long)(tfhar - at));
    run_all();
    __asm__ volatile("mtmsrd %0,0" :: "r"(m0));
    return 0;
}
