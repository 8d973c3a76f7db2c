/* SPDX-License-Identifier: MIT */
/*
 * Hypercalls (`sc 1`): r3 = number, arguments in r4..r12, status back in
 * r3 and further results in r4... The numbers and return codes are
 * PAPR's as QEMU's spapr implements them; an unknown hcall is answered
 * H_FUNCTION silently, as QEMU does (-d unimp logs each one). The table is the
 * machine's board's (board.h: base/hcalls.def's rows bound to handlers
 * in board/pseries.c); the handlers live with their subject: hcall-cpu.c,
 * hcall-mem.c, hcall-numa.c, spapr-vty.c, spapr-rng.c, pci/phb-tce.c.
 */
#include <inttypes.h>

#include "board.h"
#include "hcall.h"
#include "spapr-irq.h"

long h_rtas(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    return spapr_rtas_call(m, cpu, args[0]);
}

void spapr_hcall(void *opaque, PpcCpu *cpu)
{
    Machine *m = opaque;
    uint64_t nr = cpu->arch.gpr[3];
    uint64_t *args = &cpu->arch.gpr[4];

    if (cpu->arch.msr & MSR_PR) {
        cpu->arch.gpr[3] = (uint64_t)(int64_t)H_PRIVILEGE;
        return;
    }
    const HcallRow *row = board_hcall(m->cfg.board, nr);
    if (row && row->fn && spapr_irq_call_offered(m, row->name)) {
        long rc = row->fn(m, cpu, args);
        if (rc == HCALL_AGAIN) {
            cpu->hcall_again = true;   /* r3 still names the hcall */
            return;
        }
        cpu->arch.gpr[3] = (uint64_t)(int64_t)rc;
        if (rc != H_FUNCTION) {
            return;
        }
        /* H_FUNCTION from a handler: reported below */
    }
    if (cpu->trace & PPC_TRACE_UNIMP) {
        fprintf(m->log ? m->log : stderr,
                "Unimplemented SPAPR hcall 0x%" PRIx64 "\n", nr);
    }
    cpu->arch.gpr[3] = (uint64_t)(int64_t)H_FUNCTION;
}
