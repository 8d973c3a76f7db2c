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
#include "spr.h"

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
    case EXCP_FAC_UNAVAIL: return "facility unavailable";
    case EXCP_SYSCALL_VECTORED: return "system call vectored";
    default: return "interrupt";
    }
}

/*
 * The LPCR[AIL] value that relocates an interrupt taken from old_msr
 * (ISA 3.0 Book III 6.5, as QEMU 7.2's POWER8/9 model): 2 or 3 when
 * MSR[IR] and MSR[DR] were both 1 and the interrupt is not a system
 * reset or machine check, else 0 (AIL = 1 is reserved: none).
 */
static unsigned ail_applies(const PpcCpu *cpu, uint64_t old_msr,
                            unsigned vector)
{
    unsigned ail = (cpu->arch.lpcr >> LPCR_AIL_SHIFT) & 3;
    bool relocated = (old_msr & (MSR_IR | MSR_DR)) == (MSR_IR | MSR_DR);
    if (!relocated || ail < 2 || vector == EXCP_SYSTEM_RESET ||
        vector == EXCP_MACHINE_CHECK) {
        return 0;
    }
    return ail;
}

/* The new MSR's base: ME and HV kept, SF set, LE = LPCR[ILE]. */
static uint64_t handler_msr(const PpcCpu *cpu, uint64_t old_msr)
{
    uint64_t m = (old_msr & MSR_KEEP) | MSR_SF;
    if (cpu->arch.lpcr & LPCR_ILE) {
        m |= MSR_LE;
    }
    return m;
}

/* Enter the handler at target with new_msr: -d int log (saved = the MSR
 * image the interrupt saved, in SRR1 or CTR), reservation dropped,
 * plugin interrupt hook. */
static void enter_handler(PpcCpu *cpu, uint64_t nip, unsigned vector,
                          uint64_t saved, uint64_t target, uint64_t new_msr)
{
    PpcArch *a = &cpu->arch;
    if (cpu->trace & PPC_TRACE_INT) {
        fprintf(cpu->log, "Raise exception at %016" PRIx64 " => %s (%03x) "
                "srr1 %016" PRIx64 " icount %" PRIu64 "\n", nip,
                vector_name(vector), vector, saved, ppc_icount(cpu));
    }
    a->nip = target;
    a->reserve_addr = RESERVE_NONE;
    ppc_set_msr(cpu, new_msr);
    if (unlikely(cpu->plugins)) {
        cpu->hooks->interrupt(cpu, vector, nip, saved);
    }
}

void ppc_raise_at(PpcCpu *cpu, uint64_t nip, unsigned vector,
                  uint64_t srr1_bits)
{
    PpcArch *a = &cpu->arch;
    uint64_t old_msr = a->msr;
    uint64_t new_msr = handler_msr(cpu, old_msr);

    a->srr0 = nip;
    a->srr1 = (old_msr & ~SRR1_INT_BITS) | (srr1_bits & SRR1_INT_BITS);

    uint64_t target = vector;
    unsigned ail = ail_applies(cpu, old_msr, vector);
    if (ail == 3) {
        target = 0xc000000000004000ULL + vector;
    } else if (ail == 2) {
        target = 0x18000 + vector;
    }
    if (ail) {
        new_msr |= MSR_IR | MSR_DR;
    }
    enter_handler(cpu, nip, vector, a->srr1, target, new_msr);
}

void ppc_cpu_system_reset(PpcCpu *cpu)
{
    ppc_raise_at(cpu, cpu->arch.nip, EXCP_SYSTEM_RESET, 0);
}

void ppc_raise_scv(PpcCpu *cpu, uint64_t nip, unsigned lev)
{
    PpcArch *a = &cpu->arch;
    uint64_t old_msr = a->msr;
    uint64_t new_msr = handler_msr(cpu, old_msr) |
                       (old_msr & (MSR_EE | MSR_RI));
    uint64_t target = EXCP_SYSCALL_VECTORED + lev * 0x20u;

    a->lr = nip;
    a->ctr = old_msr & ~SRR1_INT_BITS;
    unsigned ail = ail_applies(cpu, old_msr, EXCP_SYSCALL_VECTORED);
    if (ail == 3) {
        target = 0xc000000000003000ULL + lev * 0x20u;
    }
    if (ail) {
        new_msr |= MSR_IR | MSR_DR;  /* AIL = 2 keeps the real address */
    }
    enter_handler(cpu, nip, EXCP_SYSCALL_VECTORED, a->ctr, target, new_msr);
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

const PpcInsn *ppc_facility_unavailable(PpcCpu *cpu, const PpcInsn *d,
                                        unsigned ic)
{
    cpu->arch.fscr = (cpu->arch.fscr & ~(0xffULL << FSCR_IC_SHIFT)) |
                     ((uint64_t)ic << FSCR_IC_SHIFT);
    return ppc_raise(cpu, d, EXCP_FAC_UNAVAIL, 0, false);
}
