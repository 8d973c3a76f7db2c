/* SPDX-License-Identifier: MIT */
/*
 * Branch instructions (b, bc, bclr, bcctr, bctar with every BO/BI case)
 * and the CR-logical instructions, Power ISA 3.0 Book I 2.4-2.5. A taken
 * branch sets CFAR to its own address (as QEMU 7.2's TCG does; rfid too).
 */
#include "internal.h"

/* Evaluate BO/BI, decrementing CTR when BO asks; true when taken. */
static inline bool branch_cond(PpcCpu *cpu, unsigned bo, unsigned bi,
                               bool may_dec)
{
    bool ctr_ok = true;
    if (!(bo & 0x04) && may_dec) {
        uint64_t ctr = --cpu->arch.ctr;
        bool nz = cpu->sf ? ctr != 0 : (uint32_t)ctr != 0;
        ctr_ok = nz != ((bo & 0x02) != 0);
    }
    bool cond_ok = (bo & 0x10) || ppc_get_crbit(cpu, bi) == ((bo >> 3) & 1);
    return ctr_ok && cond_ok;
}

static inline void set_link(PpcCpu *cpu, const PpcInsn *d)
{
    if (d->flags & D_LK) {
        uint64_t next = ppc_insn_addr(cpu, d) + 4;
        cpu->arch.lr = cpu->sf ? next : (uint32_t)next;
    }
}

static inline uint64_t rel_target(PpcCpu *cpu, const PpcInsn *d)
{
    return (d->flags & D_AA) ? (uint64_t)d->imm
                             : ppc_insn_addr(cpu, d) + (uint64_t)d->imm;
}

/* Leave through a taken branch: CFAR = this branch's address. */
static inline const PpcInsn *taken_to(PpcCpu *cpu, const PpcInsn *d,
                                      uint64_t target)
{
    ppc_set_cfar(cpu, ppc_insn_addr(cpu, d));
    return ppc_branch(cpu, target);
}

const PpcInsn *insn_b(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t target = rel_target(cpu, d);
    set_link(cpu, d);
    return taken_to(cpu, d, target);
}

const PpcInsn *insn_bc(PpcCpu *cpu, const PpcInsn *d)
{
    bool taken = branch_cond(cpu, d->rt, d->ra, true);
    uint64_t target = rel_target(cpu, d);
    set_link(cpu, d);
    return taken ? taken_to(cpu, d, target) : d + 1;
}

const PpcInsn *insn_bclr(PpcCpu *cpu, const PpcInsn *d)
{
    bool taken = branch_cond(cpu, d->rt, d->ra, true);
    uint64_t target = cpu->arch.lr & ~3ULL;
    set_link(cpu, d);
    return taken ? taken_to(cpu, d, target) : d + 1;
}

/*
 * bcctr with BO[2] = 0 (decrement CTR) is an invalid form by the ISA;
 * the 64-bit server processors (their ISA 2.x user manuals), and QEMU
 * 7.2 for them, "test and decrement": the CTR test reads CTR before the
 * decrement, a failed test leaves CTR alone, a passed one decrements it
 * before the CR test, and the target is the old CTR. Linux's count-cache
 * flush (bcctr 2,0,0) relies on it.
 */
static const PpcInsn *bcctr_test_and_decrement(PpcCpu *cpu,
                                               const PpcInsn *d)
{
    unsigned bo = d->rt;
    uint64_t ctr = cpu->arch.ctr;
    bool zero = cpu->sf ? ctr == 0 : (uint32_t)ctr == 0;
    set_link(cpu, d);
    if (zero != ((bo & 0x02) != 0)) {
        return d + 1;
    }
    cpu->arch.ctr = ctr - 1;
    bool cond_ok = (bo & 0x10) || ppc_get_crbit(cpu, d->ra) == ((bo >> 3) & 1);
    return cond_ok ? taken_to(cpu, d, ctr & ~3ULL) : d + 1;
}

const PpcInsn *insn_bcctr(PpcCpu *cpu, const PpcInsn *d)
{
    if (unlikely(!(d->rt & 0x04))) {
        return bcctr_test_and_decrement(cpu, d);
    }
    bool taken = branch_cond(cpu, d->rt, d->ra, false);
    uint64_t target = cpu->arch.ctr & ~3ULL;
    set_link(cpu, d);
    return taken ? taken_to(cpu, d, target) : d + 1;
}

const PpcInsn *insn_bctar(PpcCpu *cpu, const PpcInsn *d)
{
    bool taken = branch_cond(cpu, d->rt, d->ra, true);
    uint64_t target = cpu->arch.tar & ~3ULL;
    set_link(cpu, d);
    return taken ? taken_to(cpu, d, target) : d + 1;
}

/* CR-logical: bt = rt, ba = ra, bb = rb. */
#define CR_LOGICAL(name, expr) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        unsigned a = ppc_get_crbit(cpu, d->ra), b = ppc_get_crbit(cpu, d->rb); \
        ppc_set_crbit(cpu, d->rt, (expr) & 1); \
        return d + 1; \
    }

CR_LOGICAL(crand, a & b)
CR_LOGICAL(crandc, a & ~b)
CR_LOGICAL(creqv, ~(a ^ b))
CR_LOGICAL(crnand, ~(a & b))
CR_LOGICAL(crnor, ~(a | b))
CR_LOGICAL(cror, a | b)
CR_LOGICAL(crorc, a | ~b)
CR_LOGICAL(crxor, a ^ b)

const PpcInsn *insn_mcrf(PpcCpu *cpu, const PpcInsn *d)
{
    ppc_set_crf(cpu, d->rt >> 2, ppc_get_crf(cpu, d->ra >> 2));
    return d + 1;
}
