/* SPDX-License-Identifier: MIT */
/*
 * Hypercalls (`sc 1`): r3 = number, arguments in r4..r12, status back in
 * r3 and further results in r4... The numbers and return codes are
 * PAPR's as QEMU's spapr implements them; an unknown hcall is answered
 * H_FUNCTION with one log line per distinct number. The handlers live
 * with their subject: hcall-cpu.c, hcall-mem.c, spapr-vty.c, spapr-rng.c.
 */
#include <inttypes.h>

#include "pci/spapr-phb.h"   /* hcall-tce */
#include "hcall.h"

static long h_rtas(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    return spapr_rtas_call(m, cpu, args[0]);
}

typedef struct HcallEntry {
    uint64_t number;
    const char *name;
    HcallFn fn;
} HcallEntry;

static const HcallEntry hcalls[] = {
    { H_SET_SPRG0, "H_SET_SPRG0", h_set_sprg0 },
    { H_SET_DABR, "H_SET_DABR", h_set_dabr },
    { H_PAGE_INIT, "H_PAGE_INIT", h_page_init },
    { H_LOGICAL_CI_LOAD, "H_LOGICAL_CI_LOAD", h_logical_load },
    { H_LOGICAL_CI_STORE, "H_LOGICAL_CI_STORE", h_logical_store },
    { H_GET_TERM_CHAR, "H_GET_TERM_CHAR", h_get_term_char },
    { H_PUT_TERM_CHAR, "H_PUT_TERM_CHAR", h_put_term_char },
    { H_EOI, "H_EOI", h_eoi },
    { H_CPPR, "H_CPPR", h_cppr },
    { H_IPI, "H_IPI", h_ipi },
    { H_IPOLL, "H_IPOLL", h_ipoll },
    { H_XIRR, "H_XIRR", h_xirr },
    { H_REGISTER_VPA, "H_REGISTER_VPA", h_register_vpa },
    { H_VIO_SIGNAL, "H_VIO_SIGNAL", h_vio_signal },
    { H_CEDE, "H_CEDE", h_cede },
    { H_CONFER, "H_CONFER", h_confer },
    { H_PROD, "H_PROD", h_prod },
    { H_SET_XDABR, "H_SET_XDABR", h_set_xdabr },
    { H_GET_TCE, "H_GET_TCE", h_get_tce },
    { H_PUT_TCE, "H_PUT_TCE", h_put_tce },
    { H_STUFF_TCE, "H_STUFF_TCE", h_stuff_tce },
    { H_PUT_TCE_INDIRECT, "H_PUT_TCE_INDIRECT", h_put_tce_indirect },
    { H_LOGICAL_CACHE_LOAD, "H_LOGICAL_CACHE_LOAD", h_logical_load },
    { H_LOGICAL_CACHE_STORE, "H_LOGICAL_CACHE_STORE", h_logical_store },
    { H_LOGICAL_ICBI, "H_LOGICAL_ICBI", h_logical_nop },
    { H_LOGICAL_DCBF, "H_LOGICAL_DCBF", h_logical_nop },
    { H_RANDOM, "H_RANDOM", h_random },
    { H_SET_MODE, "H_SET_MODE", h_set_mode },
    { H_XIRR_X, "H_XIRR_X", h_xirr_x },
    { H_GET_CPU_CHARACTERISTICS, "H_GET_CPU_CHARACTERISTICS",
      h_get_cpu_characteristics },
    { KVMPPC_H_RTAS, "KVMPPC_H_RTAS", h_rtas },
    { KVMPPC_H_LOGICAL_MEMOP, "KVMPPC_H_LOGICAL_MEMOP", h_logical_memop },
    { KVMPPC_H_CAS, "KVMPPC_H_CAS", h_cas },
    { KVMPPC_H_UPDATE_DT, "KVMPPC_H_UPDATE_DT", h_update_dt },
};

void spapr_hcall(void *opaque, PpcCpu *cpu)
{
    Machine *m = opaque;
    uint64_t nr = cpu->arch.gpr[3];
    uint64_t *args = &cpu->arch.gpr[4];

    if (cpu->arch.msr & MSR_PR) {
        cpu->arch.gpr[3] = (uint64_t)(int64_t)H_PRIVILEGE;
        return;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(hcalls); i++) {
        if (hcalls[i].number == nr) {
            long rc = hcalls[i].fn(m, cpu, args);
            cpu->arch.gpr[3] = (uint64_t)(int64_t)rc;
            if (rc != H_FUNCTION) {
                return;
            }
            break;   /* H_FUNCTION from a handler: reported below */
        }
    }
    if (!g_hash_table_contains(m->warned_hcalls, &nr)) {
        uint64_t *key = g_new(uint64_t, 1);
        *key = nr;
        g_hash_table_add(m->warned_hcalls, key);
        fprintf(stderr, "farad: unimplemented hcall 0x%" PRIx64
                " answered H_FUNCTION\n", nr);
    }
    cpu->arch.gpr[3] = (uint64_t)(int64_t)H_FUNCTION;
}
