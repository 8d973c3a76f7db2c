/* SPDX-License-Identifier: MIT */
/*
 * RTAS services, called through the KVMPPC_H_RTAS hypercall with r4 =
 * real address of a big-endian argument block: token, nargs, nret,
 * args[nargs], rets[nret]. Tokens are RTAS_TOKEN_BASE + the index in
 * rtas_services[], in QEMU 7.2's order, and are published in /rtas.
 */
#include "platform.h"

enum {
    RTAS_OUT_SUCCESS = 0,
    RTAS_OUT_HW_ERROR = -1,
    RTAS_OUT_PARAM_ERROR = -3,
    RTAS_OUT_NOT_SUPPORTED = -3,
};

typedef struct RtasCall {
    Machine *m;
    PpcCpu *cpu;
    uint64_t args;      /* guest address of the block */
    uint32_t nargs, nret;
} RtasCall;

typedef void (*RtasFn)(RtasCall *c);

static bool ram_ok(Machine *m, uint64_t addr, uint64_t len)
{
    return addr < m->ram_size && m->ram_size - addr >= len;
}

static uint32_t rd32(Machine *m, uint64_t addr)
{
    const uint8_t *p = m->ram + addr;
    return (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
}

static void wr32(Machine *m, uint64_t addr, uint32_t v)
{
    uint8_t *p = m->ram + addr;
    p[0] = v >> 24;
    p[1] = v >> 16;
    p[2] = v >> 8;
    p[3] = v;
    ppc_invalidate_code(m->cpu, addr, 4);
}

static uint32_t rtas_arg(RtasCall *c, unsigned i)
{
    return rd32(c->m, c->args + 12 + 4 * i);
}

static void rtas_ret(RtasCall *c, unsigned i, uint32_t v)
{
    if (i < c->nret) {
        wr32(c->m, c->args + 12 + 4 * (c->nargs + i), v);
    }
}

static bool check_counts(RtasCall *c, uint32_t nargs, uint32_t nret)
{
    if (c->nargs != nargs || c->nret != nret) {
        rtas_ret(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return false;
    }
    return true;
}

static void rtas_display_character(RtasCall *c)
{
    if (!check_counts(c, 1, 1)) {
        return;
    }
    uint8_t ch = (uint8_t)rtas_arg(c, 0);
    console_write(&c->m->console, &ch, 1);
    rtas_ret(c, 0, RTAS_OUT_SUCCESS);
}

static void rtas_power_off(RtasCall *c)
{
    if (!check_counts(c, 2, 1)) {
        return;
    }
    c->m->stop = true;
    c->m->exit = MACHINE_EXIT_POWEROFF;
    c->cpu->exit_request = true;
    rtas_ret(c, 0, RTAS_OUT_SUCCESS);
}

static void rtas_system_reboot(RtasCall *c)
{
    if (!check_counts(c, 0, 1)) {
        return;
    }
    c->m->stop = true;
    c->m->exit = MACHINE_EXIT_RESET;
    c->cpu->exit_request = true;
    rtas_ret(c, 0, RTAS_OUT_SUCCESS);
}

typedef struct RtasService {
    const char *name;
    RtasFn fn;   /* NULL: token published, call not implemented yet */
} RtasService;

/* QEMU 7.2's token order (token = 0x2000 + index). */
static const RtasService rtas_services[] = {
    { "display-character", rtas_display_character },
    { "get-time-of-day", NULL },
    { "set-time-of-day", NULL },
    { "power-off", rtas_power_off },
    { "system-reboot", rtas_system_reboot },
    { "query-cpu-stopped-state", NULL },
    { "start-cpu", NULL },
    { "stop-self", NULL },
    { "ibm,get-system-parameter", NULL },
    { "ibm,set-system-parameter", NULL },
    { "ibm,set-xive", NULL },
    { "ibm,get-xive", NULL },
    { "ibm,int-off", NULL },
    { "ibm,int-on", NULL },
    { "check-exception", NULL },
    { "event-scan", NULL },
    { "ibm,set-tce-bypass", NULL },
    { "quiesce", NULL },
    { "nvram-fetch", NULL },
    { "nvram-store", NULL },
    { "read-pci-config", NULL },
    { "write-pci-config", NULL },
    { "ibm,read-pci-config", NULL },
    { "ibm,write-pci-config", NULL },
    { "ibm,query-interrupt-source-number", NULL },
    { "ibm,change-msi", NULL },
    { "set-indicator", NULL },
    { "set-power-level", NULL },
    { "get-power-level", NULL },
    { "get-sensor-state", NULL },
    { "ibm,configure-connector", NULL },
    { "ibm,os-term", NULL },
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
    { "ibm,nmi-register", NULL },
    { "ibm,nmi-interlock", NULL },
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
    if (!ram_ok(m, args, 12)) {
        return H_PARAMETER;
    }
    RtasCall c = { .m = m, .cpu = cpu, .args = args };
    uint32_t token = rd32(m, args);
    c.nargs = rd32(m, args + 4);
    c.nret = rd32(m, args + 8);
    if (c.nargs > 64 || c.nret > 64 ||
        !ram_ok(m, args, 12 + 4ULL * (c.nargs + c.nret))) {
        return H_PARAMETER;
    }
    uint32_t idx = token - RTAS_TOKEN_BASE;
    if (token < RTAS_TOKEN_BASE || idx >= G_N_ELEMENTS(rtas_services) ||
        !rtas_services[idx].fn) {
        rtas_ret(&c, 0, (uint32_t)RTAS_OUT_NOT_SUPPORTED);
        return H_SUCCESS;
    }
    rtas_services[idx].fn(&c);
    return H_SUCCESS;
}
