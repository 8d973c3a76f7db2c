/* SPDX-License-Identifier: MIT */
/*
 * Interrupt delivery for a Book III-S partition (ISA 3.0 Book III 6.5):
 * SRR0/SRR1, the new MSR, the vector (with LPCR[AIL] relocation), and
 * the illegal-instruction handler that every empty decode slot uses.
 */
#include <inttypes.h>
#include <stdarg.h>

#include "internal.h"
#include "trace.h"
#include "instrument.h"

/* SRR1 bits 33:36 and 42:47 are set by the interrupt, the rest copied
 * from the MSR. */
#define SRR1_INT_BITS 0x00000000783f0000ULL

/* MSR bits kept when an interrupt is taken: ME and HV; everything else
 * is cleared, then SF set and LE = LPCR[ILE]. */
#define MSR_KEEP (MSR_ME | MSR_HV)

static const char *vector_name(unsigned v)
{
    switch (v) {
    case EXCP_SYSTEM_RESET: return "system reset";
    case EXCP_MACHINE_CHECK: return "machine check";
    case EXCP_DSI: return "data storage";
    case EXCP_ISI: return "instruction storage";
    case EXCP_EXTERNAL: return "external";
    case EXCP_ALIGNMENT: return "alignment";
    case EXCP_PROGRAM: return "program";
    case EXCP_FPU_UNAVAIL: return "fp unavailable";
    case EXCP_DECREMENTER: return "decrementer";
    case EXCP_SYSCALL: return "system call";
    case EXCP_TRACE: return "trace";
    default: return "interrupt";
    }
}

void ppc_raise_at(PpcCpu *cpu, uint64_t nip, unsigned vector,
                  uint64_t srr1_bits)
{
    PpcArch *a = &cpu->arch;
    uint64_t old_msr = a->msr;
    uint64_t new_msr = (old_msr & MSR_KEEP) | MSR_SF;

    if (a->lpcr & LPCR_ILE) {
        new_msr |= MSR_LE;
    }
    a->srr0 = nip;
    a->srr1 = (old_msr & ~SRR1_INT_BITS) | (srr1_bits & SRR1_INT_BITS);

    uint64_t target = vector;
    unsigned ail = (a->lpcr >> LPCR_AIL_SHIFT) & 3;
    bool relocated = (old_msr & (MSR_IR | MSR_DR)) == (MSR_IR | MSR_DR);
    if (ail == 3 && relocated && vector != EXCP_SYSTEM_RESET &&
        vector != EXCP_MACHINE_CHECK) {
        target = 0xc000000000004000ULL + vector;
        new_msr |= MSR_IR | MSR_DR;
    } else if (ail == 2 && relocated && vector != EXCP_SYSTEM_RESET &&
               vector != EXCP_MACHINE_CHECK) {
        target = 0x18000 + vector;
        new_msr |= MSR_IR | MSR_DR;
    }
    if (cpu->trace & PPC_TRACE_INT) {
        fprintf(cpu->log, "Raise exception at %016" PRIx64 " => %s (%03x) "
                "srr1 %016" PRIx64 " icount %" PRIu64 "\n", nip,
                vector_name(vector), vector, a->srr1, ppc_icount(cpu));
    }
    a->nip = target;
    a->reserve_addr = RESERVE_NONE;
    ppc_set_msr(cpu, new_msr);
    if (unlikely(cpu->plugins)) {
        cpu->hooks->interrupt(cpu, vector, a->srr0, a->srr1);
    }
}

const PpcInsn *ppc_raise(PpcCpu *cpu, const PpcInsn *d, unsigned vector,
                         uint64_t srr1_bits, bool srr0_next)
{
    uint64_t nip = ppc_insn_addr(cpu, d) + (srr0_next ? 4 : 0);
    if (!cpu->sf) {
        nip = (uint32_t)nip;
    }
    ppc_raise_at(cpu, nip, vector, srr1_bits);
    return NULL;
}

const PpcInsn *ppc_raise_alignment(PpcCpu *cpu, const PpcInsn *d, uint64_t ea)
{
    cpu->arch.dar = ea;
    /* DSISR for alignment is left 0 on POWER8/9 (ISA 3.0: "set to an
     * undefined value"); QEMU leaves it unchanged. */
    return ppc_raise(cpu, d, EXCP_ALIGNMENT, 0, false);
}

const PpcInsn *insn_illegal(PpcCpu *cpu, const PpcInsn *d)
{
    ppc_log_guest(cpu, PPC_TRACE_GUEST_ERRORS | PPC_TRACE_UNIMP,
                  "illegal instruction 0x%08x at 0x%" PRIx64 "\n", d->raw,
                  ppc_insn_addr(cpu, d));
    return ppc_raise_program(cpu, d, SRR1_PROG_ILLEGAL);
}

void ppc_log_guest(PpcCpu *cpu, unsigned kind, const char *fmt, ...)
{
    if (!(cpu->trace & kind)) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    vfprintf(cpu->log, fmt, ap);
    va_end(ap);
}
