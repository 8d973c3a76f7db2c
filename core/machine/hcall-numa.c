/* SPDX-License-Identifier: MIT */
/*
 * H_HOME_NODE_ASSOCIATIVITY (hcall-vphn): a vCPU's NUMA associativity,
 * as QEMU 7.2 answers it for a machine without NUMA nodes (every vCPU
 * in node 0). The answer is the vCPU's ibm,associativity domains after
 * the length cell, two 32-bit values per register in r4..r9, padded
 * with -1: four zero domains and the vCPU id (FORM1 affinity), or the
 * node and the vCPU id when CAS negotiated FORM2.
 */
#include "hcall.h"
#include "spapr-cas.h"

#define VPHN_FLAG_VCPU 1      /* procno is a vCPU id (H_REGISTER_VPA's) */
#define VPHN_REGS 6

long h_home_node_associativity(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint64_t flags = args[0], procno = args[1];
    if (flags != VPHN_FLAG_VCPU) {
        return H_FUNCTION;    /* QEMU: only guest vCPU numbers */
    }
    int found = -1;
    for (int i = 0; i < m->cfg.smp; i++) {
        if (spapr_vcpu_id(m, i) == procno) {
            found = i;
            break;
        }
    }
    if (found < 0) {
        return H_P2;
    }
    /* domains from the most to the least significant level, then the id */
    uint32_t dom[8];
    unsigned n = 0;
    unsigned levels = spapr_ov5_test(m->spapr->ov5_cas, OV5_FORM2_AFFINITY)
                      ? 1 : 4;
    for (unsigned i = 0; i < levels; i++) {
        dom[n++] = 0;         /* node 0 */
    }
    dom[n++] = (uint32_t)procno;
    for (unsigned r = 0; r < VPHN_REGS; r++) {
        uint32_t hi = 2 * r < n ? dom[2 * r] : UINT32_MAX;
        uint32_t lo = 2 * r + 1 < n ? dom[2 * r + 1] : UINT32_MAX;
        args[r] = (uint64_t)hi << 32 | lo;
    }
    return H_SUCCESS;
}
