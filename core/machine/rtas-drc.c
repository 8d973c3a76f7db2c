/* SPDX-License-Identifier: MIT */
/*
 * RTAS set-indicator and get-sensor-state for the dynamic-reconfiguration
 * connectors (DRCs), with QEMU 7.2's argument checks and return codes
 * (spapr_drc.c). farad has no hot-plug, so only the boot CPU cores'
 * logical connectors are modelled, always populated and configured:
 * their entity sense is "present", setting them usable / unisolated
 * succeeds (nothing to do), and the DR indicator, which only physical
 * connectors have, does not exist. Other indexes (PHB and PCI slot
 * connectors) are answered as unknown (-d unimp says so).
 */
#include "rtas.h"

enum {
    SENSOR_ISOLATION_STATE = 9001,
    SENSOR_DR_INDICATOR = 9002,
    SENSOR_ALLOCATION_STATE = 9003,
    SENSOR_ENTITY_SENSE = 9003,   /* the same number as QEMU's */
    ENTITY_SENSE_PRESENT = 1,
};

/* Is index the connector of one of the machine's CPU cores? */
static bool cpu_drc(RtasCall *c, uint32_t index)
{
    Machine *m = c->m;
    if ((index & 0xf0000000u) == SPAPR_DRC_CPU) {
        for (int i = 0; i < m->cfg.smp; i++) {
            if ((SPAPR_DRC_CPU | spapr_vcpu_id(m, i)) == index) {
                return true;
            }
        }
    } else if ((c->cpu->trace & PPC_TRACE_UNIMP) && index) {
        fprintf(m->log ? m->log : stderr,
                "farad: RTAS: DR connector 0x%x not modelled\n", index);
    }
    return false;
}

void rtas_set_indicator(RtasCall *c)
{
    if (c->nargs != 3 || c->nret != 1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    uint32_t type = rtas_ld(c, 0), index = rtas_ld(c, 1);
    int32_t ret;
    switch (type) {
    case SENSOR_ISOLATION_STATE:
    case SENSOR_ALLOCATION_STATE:
        ret = cpu_drc(c, index) ? RTAS_OUT_SUCCESS
                                : RTAS_OUT_NO_SUCH_INDICATOR;
        break;
    case SENSOR_DR_INDICATOR:        /* physical connectors only */
    default:
        ret = RTAS_OUT_NOT_SUPPORTED;
        break;
    }
    rtas_st(c, 0, (uint32_t)ret);
}

void rtas_get_sensor_state(RtasCall *c)
{
    int32_t ret = RTAS_OUT_SUCCESS;
    uint32_t state = 0;
    if (c->nargs != 2 || c->nret != 2) {
        ret = RTAS_OUT_PARAM_ERROR;
    } else if (rtas_ld(c, 0) != SENSOR_ENTITY_SENSE ||
               !cpu_drc(c, rtas_ld(c, 1))) {
        ret = RTAS_OUT_NOT_SUPPORTED;   /* -3, as an unknown index */
    } else {
        state = ENTITY_SENSE_PRESENT;
    }
    rtas_st(c, 0, (uint32_t)ret);
    rtas_st(c, 1, state);
}
