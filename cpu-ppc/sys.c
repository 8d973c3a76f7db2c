/* SPDX-License-Identifier: MIT */
/*
 * System instructions: sc (system call and hypercall), scv (system
 * call vectored, ISA 3.0), MSR access (mfmsr, mtmsr, mtmsrd), rfid /
 * hrfid / rfscv, traps (tw, twi, td, tdi), CR
 * moves (mfcr, mfocrf, mtcrf, mtocrf), sync / isync. SPR moves are in
 * spr.c. Book I 3.3.11, 3.3.17, Book III-S 4 and 5, as a pseries
 * partition sees them under QEMU 7.2.
 *
 * mfmsr, mtmsr, mtmsrd, rfid, hrfid and rfscv are F_PRIV rows: in problem state
 * the dispatcher (decode.c) raises the privileged-instruction program
 * interrupt before their handlers run.
 */
#include <inttypes.h>

#include "internal.h"
#include "spr.h"
#include "base/papr.h"
#include "instrument.h"

/* MSR bits a POWER9 implements (QEMU's msr_mask): the rest read as 0. */
#define MSR_IMPL (MSR_SF | MSR_HV | MSR_TM | MSR_VEC | MSR_VSX | MSR_EE | \
                  MSR_PR | MSR_FP | MSR_ME | MSR_FE0 | MSR_SE | MSR_BE | \
                  MSR_FE1 | MSR_IR | MSR_DR | MSR_PMM | MSR_RI | MSR_LE)

/*
 * The MSR a partition gets from value v: unimplemented bits dropped,
 * HV never set, and problem state implies EE, IR and DR (ISA 3.0
 * mtmsrd/rfid: MSR[EE,IR,DR] |= MSR[PR]).
 */
static uint64_t msr_fixup(uint64_t v)
{
    v &= MSR_IMPL & ~MSR_HV;
    if (v & MSR_PR) {
        v |= MSR_EE | MSR_IR | MSR_DR;
    }
    return v;
}

const PpcInsn *insn_sc(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned lev = (d->raw >> 5) & 0x7f;
    if (lev == 1) {
        if (cpu->arch.msr & MSR_PR) {
            /* QEMU's pseries refuses hypercalls from problem state: a
             * return code, not an interrupt, and only for LEV=1, so
             * this check stays here (sc has no F_PRIV) */
            GPR(3) = (uint64_t)(int64_t)H_PRIVILEGE;
            return d + 1;
        }
        if (unlikely(cpu->plugins)) {
            uint64_t nr = cpu->arch.gpr[3];
            cpu->hooks->hcall(cpu, nr, &cpu->arch.gpr[4]);
            cpu->env.hcall(cpu->env.opaque, cpu);
            cpu->hooks->hcall_ret(cpu, nr, (int64_t)cpu->arch.gpr[3]);
        } else {
            cpu->env.hcall(cpu->env.opaque, cpu);
        }
        /* a hypercall may change anything (interrupt priorities, IPIs,
         * halting): let the run loop look before the next instruction */
        if (unlikely(cpu->hcall_again)) {
            /* a long hypercall continues: this sc again, after the run
             * loop's checks (budget, stop requests, interrupts) */
            cpu->hcall_again = false;
            cpu->recheck = true;
            return ppc_goto(cpu, ppc_insn_addr(cpu, d));
        }
        return ppc_sync_next(cpu, d);
    }
    return ppc_raise(cpu, d, EXCP_SYSCALL, 0, true);
}

/* FSCR[SCV] (FSCR bit 51) and its facility-unavailable cause (IC). */
#define FSCR_SCV (1ULL << 12)
#define FSCR_IC_SCV 12

/*
 * scv LEV (POWER9; POWER8 decodes the row as illegal): with FSCR[SCV]
 * set, the system call vectored interrupt (ppc_raise_scv) with LR =
 * the next instruction; with it clear, facility unavailable (0xf60,
 * FSCR[IC] = 12, SRR0 = the scv), as QEMU 7.2 and the ISA do.
 */
const PpcInsn *insn_scv(PpcCpu *cpu, const PpcInsn *d)
{
    if (!(cpu->arch.fscr & FSCR_SCV)) {
        cpu->arch.fscr = (cpu->arch.fscr & ~(0xffULL << FSCR_IC_SHIFT)) |
                         ((uint64_t)FSCR_IC_SCV << FSCR_IC_SHIFT);
        return ppc_raise(cpu, d, EXCP_FAC_UNAVAIL, 0, false);
    }
    uint64_t nip = ppc_insn_addr(cpu, d) + 4;
    ppc_raise_scv(cpu, cpu->sf ? nip : (uint32_t)nip, (d->raw >> 5) & 0x7f);
    return NULL;
}

const PpcInsn *insn_mfmsr(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = cpu->arch.msr;
    return d + 1;
}

/* mtmsr/mtmsrd L=1: only EE and RI change. */
static uint64_t msr_l1(const PpcCpu *cpu, uint64_t v)
{
    uint64_t m = MSR_EE | MSR_RI;
    return (cpu->arch.msr & ~m) | (v & m);
}

/* mtmsr: the low word (32:63) except ME; SF and the rest stay. */
const PpcInsn *insn_mtmsr(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t v = GPR(d->rt), old = cpu->arch.msr;
    if (d->raw & 0x10000) {
        ppc_set_msr(cpu, msr_l1(cpu, v));
    } else {
        uint64_t keep = 0xffffffff00000000ULL | MSR_ME;
        ppc_set_msr(cpu, msr_fixup((old & keep) | (v & ~keep)));
    }
    return ppc_sync_next(cpu, d);
}

/* mtmsrd: every bit except HV and ME. */
const PpcInsn *insn_mtmsrd(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t v = GPR(d->rt), old = cpu->arch.msr;
    if (d->raw & 0x10000) {
        ppc_set_msr(cpu, msr_l1(cpu, v));
    } else {
        uint64_t keep = MSR_HV | MSR_ME;
        ppc_set_msr(cpu, msr_fixup((old & keep) | (v & ~keep)));
    }
    return ppc_sync_next(cpu, d);
}

/*
 * rfid: MSR from SRR1 except HV and ME, which only the hypervisor
 * changes (ISA 3.0B Book III rfid: MSR[ME] <- SRR1[ME] only when
 * MSR[HV] = 1; QEMU 7.2 takes ME from SRR1 too, kvm-unit-tests'
 * "pseries is unable to change MSR[ME]" checks it), continue at SRR0
 * with the low 2 bits cleared, cut to 32 bits in 32-bit mode.
 */
static const PpcInsn *return_from(PpcCpu *cpu, const PpcInsn *d,
                                  uint64_t nip, uint64_t msr)
{
    nip &= ~3ULL;
    ppc_set_cfar(cpu, ppc_insn_addr(cpu, d));
    msr = (msr & ~MSR_ME) | (cpu->arch.msr & MSR_ME);
    ppc_set_msr(cpu, msr_fixup(msr));
    if (!cpu->sf) {
        nip = (uint32_t)nip;
    }
    return ppc_goto(cpu, nip);
}

const PpcInsn *insn_rfid(PpcCpu *cpu, const PpcInsn *d)
{
    return return_from(cpu, d, cpu->arch.srr0, cpu->arch.srr1);
}

/* rfscv (POWER9): rfid from LR and CTR, where scv saved them (QEMU 7.2
 * does the same as rfid: CFAR, MSR fix-ups, 32-bit truncation). */
const PpcInsn *insn_rfscv(PpcCpu *cpu, const PpcInsn *d)
{
    return return_from(cpu, d, cpu->arch.lr, cpu->arch.ctr);
}

/* hrfid is for the hypervisor: a partition gets a privileged-instruction
 * program interrupt (QEMU turns its HV emulation assist into that). In
 * problem state the row's F_PRIV check raises the same before this. */
const PpcInsn *insn_hrfid(PpcCpu *cpu, const PpcInsn *d)
{
    return ppc_raise_program(cpu, d, SRR1_PROG_PRIV);
}

/* ---- traps ---- */

enum { TO_LT = 16, TO_GT = 8, TO_EQ = 4, TO_LTU = 2, TO_GTU = 1 };

static bool trap_cond(unsigned to, int64_t a, int64_t b)
{
    return ((to & TO_LT) && a < b) || ((to & TO_GT) && a > b) ||
           ((to & TO_EQ) && a == b) ||
           ((to & TO_LTU) && (uint64_t)a < (uint64_t)b) ||
           ((to & TO_GTU) && (uint64_t)a > (uint64_t)b);
}

static bool trap_cond32(unsigned to, uint64_t a, uint64_t b)
{
    int64_t sa = (int32_t)a, sb = (int32_t)b;
    uint32_t ua = (uint32_t)a, ub = (uint32_t)b;
    return ((to & TO_LT) && sa < sb) || ((to & TO_GT) && sa > sb) ||
           ((to & TO_EQ) && ua == ub) || ((to & TO_LTU) && ua < ub) ||
           ((to & TO_GTU) && ua > ub);
}

static const PpcInsn *trap(PpcCpu *cpu, const PpcInsn *d, bool taken)
{
    if (taken) {
        return ppc_raise_program(cpu, d, SRR1_PROG_TRAP);
    }
    return d + 1;
}

const PpcInsn *insn_tw(PpcCpu *cpu, const PpcInsn *d)
{
    return trap(cpu, d, trap_cond32(d->rt, GPR(d->ra), GPR(d->rb)));
}

const PpcInsn *insn_twi(PpcCpu *cpu, const PpcInsn *d)
{
    return trap(cpu, d, trap_cond32(d->rt, GPR(d->ra), (uint64_t)d->imm));
}

const PpcInsn *insn_td(PpcCpu *cpu, const PpcInsn *d)
{
    return trap(cpu, d, trap_cond(d->rt, (int64_t)GPR(d->ra),
                                  (int64_t)GPR(d->rb)));
}

const PpcInsn *insn_tdi(PpcCpu *cpu, const PpcInsn *d)
{
    return trap(cpu, d, trap_cond(d->rt, (int64_t)GPR(d->ra), d->imm));
}

/* ---- condition register moves ---- */

static inline unsigned fxm(const PpcInsn *d)
{
    return (d->raw >> 12) & 0xff;
}

static inline bool one_hot(unsigned m)
{
    return m && !(m & (m - 1));
}

/* mfcr, and mfocrf (bit 11 set): one field, the other bits 0. A
 * mfocrf whose FXM is not one-hot leaves RT alone, as QEMU does. */
const PpcInsn *insn_mfcr(PpcCpu *cpu, const PpcInsn *d)
{
    if (d->raw & 0x00100000) {
        unsigned m = fxm(d);
        if (one_hot(m)) {
            unsigned sh = (unsigned)__builtin_ctz(m) * 4;
            GPR(d->rt) = cpu->arch.cr & (0xfu << sh);
        }
        return d + 1;
    }
    GPR(d->rt) = cpu->arch.cr;
    return d + 1;
}

/* mtcrf, and mtocrf (bit 11 set): only a one-hot FXM does anything. */
const PpcInsn *insn_mtcrf(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned m = fxm(d);
    if ((d->raw & 0x00100000) && !one_hot(m)) {
        return d + 1;
    }
    uint32_t mask = 0;
    for (int i = 0; i < 8; i++) {
        if (m & (0x80 >> i)) {
            mask |= 0xf0000000u >> (4 * i);
        }
    }
    cpu->arch.cr = (cpu->arch.cr & ~mask) | ((uint32_t)GPR(d->rt) & mask);
    return d + 1;
}

/* ---- synchronisation ---- */

const PpcInsn *insn_sync(PpcCpu *cpu, const PpcInsn *d)
{
    (void)cpu;
    return d + 1;
}

const PpcInsn *insn_isync(PpcCpu *cpu, const PpcInsn *d)
{
    (void)cpu;
    return d + 1;
}
