/* SPDX-License-Identifier: MIT */
/*
 * RTAS services, called through the KVMPPC_H_RTAS hypercall with r4 =
 * real address of a big-endian argument block: token, nargs, nret,
 * args[nargs], rets[nret]. Tokens are RTAS_TOKEN_BASE + the index in
 * rtas_services[], in QEMU 7.2's order, and are published in /rtas.
 * As in QEMU, an unknown token (or one farad does not implement yet)
 * gets rets[0] = -3 and the hcall returns H_PARAMETER; token 0xa is
 * display-character (a Linux early-debug habit).
 */
#include <inttypes.h>

#include "pci/spapr-phb.h"   /* the PCI calls */
#include "hcall.h"
#include "rtas.h"
#include "smp.h"

uint32_t rtas_ld(RtasCall *c, unsigned i)
{
    uint64_t a = c->args + 4ULL * i;
    return spapr_ram_ok(c->m, a, 4) ? spapr_ld32(c->m, a) : 0;
}

void rtas_st(RtasCall *c, unsigned i, uint32_t v)
{
    uint64_t a = c->rets + 4ULL * i;
    if (spapr_ram_ok(c->m, a, 4)) {
        spapr_st32(c->m, a, v);
    }
}

static void rtas_display_character(RtasCall *c)
{
    uint8_t ch = (uint8_t)rtas_ld(c, 0);
    SpaprVioDevice *vty = spapr_vty_default(c->m);
    if (!vty) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
        return;
    }
    /* through the vty's own hcall path so a backend-less vty drops it */
    uint64_t args[4] = { vty->reg, 1, (uint64_t)ch << 56, 0 };
    h_put_term_char(c->m, c->cpu, args);
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
}

static void rtas_power_off(RtasCall *c)
{
    if (c->nargs != 2 || c->nret != 1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    c->m->stop = true;
    c->m->exit = MACHINE_EXIT_POWEROFF;
    c->cpu->exit_request = true;
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
}

static void rtas_system_reboot(RtasCall *c)
{
    if (c->nargs != 0 || c->nret != 1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    c->m->stop = true;
    c->m->exit = MACHINE_EXIT_RESET;
    c->cpu->exit_request = true;
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
}

typedef struct RtasService {
    const char *name;
    RtasFn fn;   /* NULL: token published, call not implemented yet */
} RtasService;

/* QEMU 7.2's token order (token = 0x2000 + index). */
static const RtasService rtas_services[] = {
    { "display-character", rtas_display_character },
    { "get-time-of-day", rtas_get_time_of_day },
    { "set-time-of-day", rtas_set_time_of_day },
    { "power-off", rtas_power_off },
    { "system-reboot", rtas_system_reboot },
    { "query-cpu-stopped-state", rtas_query_cpu_stopped_state },
    { "start-cpu", rtas_start_cpu },
    { "stop-self", rtas_stop_self },
    { "ibm,get-system-parameter", rtas_get_system_parameter },
    { "ibm,set-system-parameter", rtas_set_system_parameter },
    { "ibm,set-xive", rtas_set_xive },
    { "ibm,get-xive", rtas_get_xive },
    { "ibm,int-off", rtas_int_off },
    { "ibm,int-on", rtas_int_on },
    { "check-exception", rtas_check_exception },
    { "event-scan", rtas_event_scan },
    { "ibm,set-tce-bypass", NULL },
    { "quiesce", rtas_quiesce },
    { "nvram-fetch", rtas_nvram_fetch },
    { "nvram-store", rtas_nvram_store },
    { "read-pci-config", rtas_read_pci_config },
    { "write-pci-config", rtas_write_pci_config },
    { "ibm,read-pci-config", rtas_ibm_read_pci_config },
    { "ibm,write-pci-config", rtas_ibm_write_pci_config },
    { "ibm,query-interrupt-source-number",
      rtas_ibm_query_interrupt_source_number },
    { "ibm,change-msi", rtas_ibm_change_msi },
    { "set-indicator", NULL },
    { "set-power-level", NULL },
    { "get-power-level", NULL },
    { "get-sensor-state", NULL },
    { "ibm,configure-connector", NULL },
    { "ibm,os-term", rtas_os_term },
    { "ibm,set-eeh-option", NULL },
    { "ibm,get-config-addr-info2", NULL },
    { "ibm,read-slot-reset-state2", NULL },
    { "ibm,set-slot-reset", NULL },
    { "ibm,configure-pe", NULL },
    { "ibm,slot-error-detail", NULL },
    { "ibm,query-pe-dma-window", NULL },
    { "ibm,create-pe-dma-window", NULL },
    { "ibm,remove-pe-dma-window", NULL },
    { "ibm,reset-pe-dma-window", NULL },
    { "ibm,suspend-me", NULL },
    { "ibm,nmi-register", rtas_nmi_register },
    { "ibm,nmi-interlock", rtas_nmi_interlock },
};

unsigned spapr_rtas_count(void)
{
    return G_N_ELEMENTS(rtas_services);
}

const char *spapr_rtas_name(unsigned i)
{
    return i < G_N_ELEMENTS(rtas_services) ? rtas_services[i].name : NULL;
}

long spapr_rtas_call(Machine *m, PpcCpu *cpu, uint64_t args)
{
    args &= 0x0fffffffffffffffULL;
    if (!spapr_ram_ok(m, args, 12)) {
        return H_PARAMETER;
    }
    RtasCall c = { .m = m, .cpu = cpu };
    c.token = spapr_ld32(m, args);
    c.nargs = spapr_ld32(m, args + 4);
    c.nret = spapr_ld32(m, args + 8);
    c.args = args + 12;
    c.rets = args + 12 + 4ULL * c.nargs;

    uint32_t idx = c.token - RTAS_TOKEN_BASE;
    if (c.token >= RTAS_TOKEN_BASE && idx < G_N_ELEMENTS(rtas_services) &&
        rtas_services[idx].fn) {
        rtas_services[idx].fn(&c);
        return H_SUCCESS;
    }
    if (c.token == 0xa) {
        rtas_display_character(&c);
        return H_SUCCESS;
    }
    if (cpu->trace & PPC_TRACE_UNIMP) {
        fprintf(m->log ? m->log : stderr,
                "farad: RTAS token 0x%x (%s) not implemented\n", c.token,
                c.token >= RTAS_TOKEN_BASE &&
                idx < G_N_ELEMENTS(rtas_services) ?
                rtas_services[idx].name : "unknown");
    }
    rtas_st(&c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
    return H_PARAMETER;
}
