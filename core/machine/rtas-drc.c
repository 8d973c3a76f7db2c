/* SPDX-License-Identifier: MIT */
/*
 * RTAS set-indicator, get-sensor-state, ibm,configure-connector and the
 * power-level calls for the dynamic-reconfiguration connectors (DRCs),
 * with QEMU 7.2's argument checks and return codes (spapr_drc.c,
 * spapr_rtas.c). The PCI slots' physical connectors are state machines
 * (spapr-drc.c) that hot-plug drives; the boot CPU cores' logical
 * connectors are always populated and configured: their entity sense
 * is "present", setting them usable / unisolated succeeds (nothing to
 * do), they have no DR indicator, and farad has no CPU hot-plug, so
 * configure-connector does not hand out their nodes. Other indexes
 * (PHB connectors) are answered as unknown (-d unimp says so).
 */
#include <string.h>

#include "rtas.h"
#include "spapr-drc.h"

enum {
    ALLOC_UNUSABLE = 0,
    ALLOC_USABLE = 1,
    /* configure-connector work area: 32-bit word indexes, and where
     * names and values go (PAPR 13.5.3.5) */
    CC_IDX_NAME_OFFSET = 2,
    CC_IDX_PROP_LEN = 3,
    CC_IDX_PROP_DATA_OFFSET = 4,
    CC_VAL_DATA_OFFSET = 20,
    CC_WA_LEN = 4096,
    POWER_DOMAIN_LIVE_INSERT = -1,
    POWER_LEVEL_FULL = 100,
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
    }
    return false;
}

/* The PCI connector with this index, or NULL (logged under -d unimp
 * unless it is a CPU's). */
static SpaprDrc *pci_drc(RtasCall *c, uint32_t index)
{
    SpaprDrc *drc = spapr_drc_find(c->m, index);
    if (!drc && !cpu_drc(c, index) && (c->cpu->trace & PPC_TRACE_UNIMP) &&
        index) {
        fprintf(c->m->log ? c->m->log : stderr,
                "farad: RTAS: DR connector 0x%x not modelled\n", index);
    }
    return drc;
}

void rtas_set_indicator(RtasCall *c)
{
    if (c->nargs != 3 || c->nret != 1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    uint32_t type = rtas_ld(c, 0), index = rtas_ld(c, 1);
    uint32_t state = rtas_ld(c, 2);
    SpaprDrc *drc = pci_drc(c, index);
    int32_t ret;
    switch (type) {
    case SPAPR_SENSOR_ISOLATION_STATE:
        if (drc) {
            ret = spapr_drc_set_isolation(drc, state);
        } else if (!cpu_drc(c, index)) {
            ret = RTAS_OUT_NO_SUCH_INDICATOR;
        } else {
            ret = state <= SPAPR_UNISOLATED ? RTAS_OUT_SUCCESS
                                            : RTAS_OUT_PARAM_ERROR;
        }
        break;
    case SPAPR_SENSOR_ALLOCATION_STATE:   /* logical connectors only */
        if (!cpu_drc(c, index)) {
            ret = RTAS_OUT_NO_SUCH_INDICATOR;
        } else {
            ret = state <= ALLOC_USABLE ? RTAS_OUT_SUCCESS
                                        : RTAS_OUT_PARAM_ERROR;
        }
        break;
    case SPAPR_SENSOR_DR_INDICATOR:        /* physical connectors only */
        ret = drc ? spapr_drc_set_dr_indicator(drc, state)
                  : RTAS_OUT_NO_SUCH_INDICATOR;
        break;
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
    } else if (rtas_ld(c, 0) != SPAPR_SENSOR_ENTITY_SENSE) {
        ret = RTAS_OUT_NOT_SUPPORTED;
    } else {
        uint32_t index = rtas_ld(c, 1);
        SpaprDrc *drc = pci_drc(c, index);
        if (drc) {
            state = spapr_drc_entity_sense(drc);
        } else if (cpu_drc(c, index)) {
            state = SPAPR_ENTITY_SENSE_PRESENT;
        } else {
            ret = RTAS_OUT_PARAM_ERROR;   /* an unknown index */
        }
    }
    rtas_st(c, 0, (uint32_t)ret);
    rtas_st(c, 1, state);
}

/* Write len bytes at offset off of the work area (clipped to it). */
static void cc_write(Machine *m, uint64_t wa, uint32_t off, const void *buf,
                     size_t len)
{
    if (off >= CC_WA_LEN) {
        return;
    }
    len = MIN(len, (size_t)(CC_WA_LEN - off));
    if (spapr_ram_ok(m, wa + off, len)) {
        spapr_write_ram(m, wa + off, buf, len);
    }
}

static void cc_word(Machine *m, uint64_t wa, unsigned idx, uint32_t v)
{
    if (spapr_ram_ok(m, wa + 4 * idx, 4)) {
        spapr_st32(m, wa + 4 * idx, v);
    }
}

void rtas_ibm_configure_connector(RtasCall *c)
{
    if (c->nargs != 2 || c->nret != 1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    Machine *m = c->m;
    uint64_t wa = (uint64_t)rtas_ld(c, 1) << 32 | rtas_ld(c, 0);
    uint32_t index = spapr_ram_ok(m, wa, 4) ? spapr_ld32(m, wa) : 0;
    SpaprDrc *drc = pci_drc(c, index);
    if (!drc) {
        rtas_st(c, 0, (uint32_t)(cpu_drc(c, index)
                                 ? SPAPR_CC_NOT_CONFIGURABLE
                                 : RTAS_OUT_PARAM_ERROR));
        return;
    }
    const char *name = NULL;
    const void *data = NULL;
    int len = 0;
    SpaprCcResponse r = spapr_drc_cc_step(drc, &name, &data, &len);
    if (r == SPAPR_CC_NEXT_CHILD || r == SPAPR_CC_NEXT_PROPERTY) {
        uint32_t off = CC_VAL_DATA_OFFSET;
        cc_word(m, wa, CC_IDX_NAME_OFFSET, off);
        cc_write(m, wa, off, name, strlen(name) + 1);
        if (r == SPAPR_CC_NEXT_PROPERTY) {
            off += (uint32_t)strlen(name) + 1;
            cc_word(m, wa, CC_IDX_PROP_LEN, (uint32_t)len);
            cc_word(m, wa, CC_IDX_PROP_DATA_OFFSET, off);
            cc_write(m, wa, off, data, (size_t)len);
        }
    }
    rtas_st(c, 0, (uint32_t)r);
}

/* get-power-level (domain) and set-power-level (domain, level): one
 * live-insertion domain (-1), always at full power. */
static void power_level(RtasCall *c, uint32_t nargs)
{
    if (c->nargs != nargs || c->nret != 2) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    if ((int32_t)rtas_ld(c, 0) != POWER_DOMAIN_LIVE_INSERT) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_NOT_SUPPORTED);
        return;
    }
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
    rtas_st(c, 1, POWER_LEVEL_FULL);
}

void rtas_get_power_level(RtasCall *c)
{
    power_level(c, 1);
}

void rtas_set_power_level(RtasCall *c)
{
    power_level(c, 2);
}
