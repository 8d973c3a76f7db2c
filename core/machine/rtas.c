/* SPDX-License-Identifier: MIT */
/*
 * RTAS services, called through the KVMPPC_H_RTAS hypercall with r4 =
 * real address of a big-endian argument block: token, nargs, nret,
 * args[nargs], rets[nret]. The calls are the machine's board's rows
 * (board.h: base/rtas-calls.def's explicit tokens, QEMU 7.2's, bound to
 * handlers in board/rtas.c), looked up by token and published in /rtas.
 * As in QEMU, an unknown token (or one farad does not implement yet)
 * gets rets[0] = -3 and the hcall returns H_PARAMETER; token 0xa is
 * display-character (a Linux early-debug habit).
 */
#include <inttypes.h>
#include <libfdt.h>

#include "board.h"
#include "hcall.h"
#include "rtas.h"
#include "spapr-irq.h"
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

uint64_t spapr_rtas_base(Machine *m)
{
    if (m->rtas_addr) {
        return m->rtas_addr;
    }
    int node = m->fdt ? fdt_path_offset(m->fdt, "/rtas") : -1;
    int len;
    const fdt32_t *base = node >= 0 ? fdt_getprop(m->fdt, node,
                                                  "linux,rtas-base", &len)
                                    : NULL;
    return base && len == 4 ? fdt32_to_cpu(*base) : 0;
}

void rtas_display_character(RtasCall *c)
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

void rtas_power_off(RtasCall *c)
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

void rtas_system_reboot(RtasCall *c)
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

    const RtasRow *row = board_rtas(m->cfg.board, c.token);
    if (row && row->fn && spapr_irq_call_offered(m, row->name)) {
        row->fn(&c);
        return H_SUCCESS;
    }
    if (c.token == RTAS_TOKEN_DISPLAY_CHAR) {
        rtas_display_character(&c);
        return H_SUCCESS;
    }
    if (cpu->trace & PPC_TRACE_UNIMP) {
        fprintf(m->log ? m->log : stderr,
                "farad: RTAS token 0x%x (%s) not implemented\n", c.token,
                row ? row->name : "unknown");
    }
    rtas_st(&c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
    return H_PARAMETER;
}
