/* SPDX-License-Identifier: MIT */
/*
 * TLB management instructions of a partition: tlbie, tlbiel, tlbsync
 * (Power ISA 3.0 Book III 5.10.1), with the privilege rules and invalid
 * forms of QEMU 7.2 for a pseries guest.
 *
 * tlbie and tlbsync are hypervisor-privileged (program interrupt,
 * privileged instruction, as QEMU turns its hypervisor emulation
 * assistance into one in PAPR mode) unless LPCR[GTSE] is set; in radix
 * mode (LPCR[HR]) so is a tlbie/tlbiel of partition-scoped entries
 * (PRS = 0). From ISA 3.0, with R = 1 in radix mode, RIC = 3, RIC = 1 or
 * 2 with IS = 0, and PRS = 0 with IS = 1 are invalid forms (illegal
 * instruction program interrupt), as is a tlbiel of the page-walk cache
 * with a nonzero set number, and an invalidation by VA in quadrant 0 with
 * an AP (page size) other than 4K/64K/2M/1G; RIC = 1 alone drops nothing
 * (there is no page-walk cache). Every other form drops the whole translation cache,
 * of every CPU for tlbie and of this CPU for tlbiel: a superset of what
 * the ISA asks, which no guest can tell from a precise invalidation once
 * it has done tlbsync; ptesync (the ISA's completion point) or right
 * away, a stale translation is never used after it.
 */
#include "internal.h"
#include "mmu.h"

enum { RIC_TLB = 0, RIC_PWC = 1, RIC_ALL = 2, RIC_GRP = 3 };
enum { IS_VA = 0, IS_PID = 1 };

/* RB's AP field: the page sizes of ibm,processor-radix-AP-encodings
 * (4K, 64K, 2M, 1G); another is an invalid form. */
static bool ap_supported(unsigned ap)
{
    return ap == 0 || ap == 5 || ap == 1 || ap == 2;
}

/* Privilege and form checks, then the invalidation. */
static const PpcInsn *tlb_invalidate(PpcCpu *cpu, const PpcInsn *d,
                                     bool local)
{
    unsigned ric = 0, is = (unsigned)(GPR(d->rb) >> 10) & 3;
    bool prs = false, r = false;
    if (cpu->isa >= PPC_ISA_300) {
        ric = (d->raw >> 18) & 3;
        prs = (d->raw >> 17) & 1;
        r = (d->raw >> 16) & 1;
    }
    bool hr = (cpu->arch.lpcr & LPCR_HR) != 0;
    if ((!prs && hr) || (!local && !(cpu->arch.lpcr & LPCR_GTSE))) {
        return ppc_raise_program(cpu, d, SRR1_PROG_PRIV);
    }
    if (r && (local || cpu->sf) && hr) {
        if (ric == RIC_GRP || (ric != RIC_TLB && is == IS_VA) ||
            (!prs && is == IS_PID)) {
            return ppc_raise_program(cpu, d, SRR1_PROG_ILLEGAL);
        }
        if (ric == RIC_PWC) {
            if (local && ((GPR(d->rb) >> 12) & 0xfff)) {
                return ppc_raise_program(cpu, d, SRR1_PROG_ILLEGAL);
            }
            return d + 1;
        }
        if (is == IS_VA && !(GPR(d->rb) >> 62) &&
            !ap_supported((unsigned)(GPR(d->rb) >> 5) & 7)) {
            return ppc_raise_program(cpu, d, SRR1_PROG_ILLEGAL);
        }
    }
    if (local) {
        ppc_mmu_flush(cpu);
    } else {
        PpcCpu *c = cpu;
        do {
            ppc_mmu_flush(c);
            c = c->sibling;
        } while (c != cpu);
    }
    return d + 1;
}

const PpcInsn *insn_tlbie(PpcCpu *cpu, const PpcInsn *d)
{
    return tlb_invalidate(cpu, d, false);
}

const PpcInsn *insn_tlbiel(PpcCpu *cpu, const PpcInsn *d)
{
    return tlb_invalidate(cpu, d, true);
}

const PpcInsn *insn_tlbsync(PpcCpu *cpu, const PpcInsn *d)
{
    if (!(cpu->arch.lpcr & LPCR_GTSE)) {
        return ppc_raise_program(cpu, d, SRR1_PROG_PRIV);
    }
    return d + 1;
}
