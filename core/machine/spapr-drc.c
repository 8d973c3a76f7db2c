/* SPDX-License-Identifier: MIT */
/*
 * The physical DR connector state machine (spapr-drc.h): isolation, the
 * DR indicator, entity sense, unplug requests, reset, and the
 * configure-connector walk over the device's node, step by step as
 * PAPR 13.5.3.5 hands a node to the guest: NEXT_CHILD with each node's
 * name, NEXT_PROPERTY with each property, PREV_PARENT at each node's
 * end, SUCCESS after the top node (the connector is then CONFIGURED and
 * the walk can start again).
 */
#include <libfdt.h>
#include <string.h>

#include "rtas.h"
#include "spapr-drc.h"

void spapr_drc_init(SpaprDrc *drc, uint32_t index, void *owner,
                    int (*populate)(SpaprDrc *, void *),
                    void (*release)(SpaprDrc *))
{
    memset(drc, 0, sizeof(*drc));
    drc->index = index;
    drc->owner = owner;
    drc->populate = populate;
    drc->release = release;
    drc->state = SPAPR_DRC_PHYSICAL_POWERON;
    drc->dr_indicator = SPAPR_DR_INDICATOR_INACTIVE;
    drc->ccs_offset = drc->ccs_depth = -1;
}

void spapr_drc_fini(SpaprDrc *drc)
{
    g_free(drc->fdt);
    drc->fdt = NULL;
}

static void drc_release(SpaprDrc *drc)
{
    drc->release(drc);
    drc->dev = NULL;
    drc->unplug_requested = false;
    drc->hotplugged = false;
    g_free(drc->fdt);
    drc->fdt = NULL;
    drc->ccs_offset = drc->ccs_depth = -1;
}

void spapr_drc_attach(SpaprDrc *drc, Device *dev, bool hotplugged)
{
    g_assert(!drc->dev && drc->state == SPAPR_DRC_PHYSICAL_POWERON);
    drc->dev = dev;
    drc->hotplugged = hotplugged;
}

bool spapr_drc_unplug_request(SpaprDrc *drc)
{
    g_assert(drc->dev);
    drc->unplug_requested = true;
    if (drc->state != SPAPR_DRC_PHYSICAL_POWERON) {
        return false;   /* the guest has it: wait until it isolates */
    }
    drc_release(drc);
    return true;
}

void spapr_drc_reset(SpaprDrc *drc)
{
    if (drc->unplug_requested) {
        drc_release(drc);
    }
    if (drc->dev) {
        drc->state = SPAPR_DRC_PHYSICAL_CONFIGURED;
        drc->dr_indicator = SPAPR_DR_INDICATOR_ACTIVE;
        drc->hotplugged = false;   /* in the next boot's tree */
        drc->ccs_offset = 0;
        drc->ccs_depth = 0;
    } else {
        drc->state = SPAPR_DRC_PHYSICAL_POWERON;
        drc->dr_indicator = SPAPR_DR_INDICATOR_INACTIVE;
        drc->ccs_offset = drc->ccs_depth = -1;
    }
}

int32_t spapr_drc_set_isolation(SpaprDrc *drc, uint32_t state)
{
    switch (state) {
    case SPAPR_ISOLATED:
        if (drc->state == SPAPR_DRC_PHYSICAL_POWERON) {
            return RTAS_OUT_SUCCESS;
        }
        if (drc->state == SPAPR_DRC_PHYSICAL_UNISOLATE) {
            return RTAS_OUT_PARAM_ERROR;   /* not while configuring */
        }
        drc->state = SPAPR_DRC_PHYSICAL_POWERON;
        if (drc->unplug_requested) {
            drc_release(drc);
        }
        return RTAS_OUT_SUCCESS;
    case SPAPR_UNISOLATED:
        if (drc->state != SPAPR_DRC_PHYSICAL_POWERON) {
            return RTAS_OUT_SUCCESS;
        }
        if (!drc->dev) {
            return RTAS_OUT_NO_SUCH_INDICATOR;   /* PAPR 13.5.3.5 */
        }
        drc->state = SPAPR_DRC_PHYSICAL_UNISOLATE;
        drc->ccs_offset = 0;
        drc->ccs_depth = 0;
        return RTAS_OUT_SUCCESS;
    default:
        return RTAS_OUT_PARAM_ERROR;
    }
}

int32_t spapr_drc_set_dr_indicator(SpaprDrc *drc, uint32_t state)
{
    if (state > SPAPR_DR_INDICATOR_ACTION) {
        return RTAS_OUT_PARAM_ERROR;
    }
    drc->dr_indicator = state;
    return RTAS_OUT_SUCCESS;
}

uint32_t spapr_drc_entity_sense(const SpaprDrc *drc)
{
    /* PCI slots are in a live-insertion power domain: present is
     * present, whatever the power */
    return drc->dev ? SPAPR_ENTITY_SENSE_PRESENT : SPAPR_ENTITY_SENSE_EMPTY;
}

/* Build the device's node into a tree of its own: the node is the root
 * node's first child, at offset *start. */
static bool drc_build(SpaprDrc *drc)
{
    size_t size = 64 * 1024;
    void *fdt = g_malloc0(size);
    int rc = fdt_create(fdt, (int)size);
    rc = rc < 0 ? rc : fdt_finish_reservemap(fdt);
    rc = rc < 0 ? rc : fdt_begin_node(fdt, "");
    rc = rc < 0 ? rc : drc->populate(drc, fdt);
    rc = rc < 0 ? rc : fdt_end_node(fdt);
    rc = rc < 0 ? rc : fdt_finish(fdt);
    if (rc < 0) {
        g_free(fdt);
        return false;
    }
    drc->fdt = fdt;
    return true;
}

SpaprCcResponse spapr_drc_cc_step(SpaprDrc *drc, const char **name,
                                  const void **data, int *len)
{
    if (drc->state != SPAPR_DRC_PHYSICAL_UNISOLATE &&
        drc->state != SPAPR_DRC_PHYSICAL_CONFIGURED) {
        return SPAPR_CC_NOT_CONFIGURABLE;
    }
    if (!drc->fdt && !drc_build(drc)) {
        return SPAPR_CC_ERROR;
    }
    int start = fdt_first_subnode(drc->fdt, 0);
    if (start < 0) {
        return SPAPR_CC_ERROR;
    }
    if (drc->ccs_offset <= 0) {   /* a new walk (also after a reset) */
        drc->ccs_offset = start;
        drc->ccs_depth = 0;
    }
    for (;;) {
        int next;
        uint32_t tag = fdt_next_tag(drc->fdt, drc->ccs_offset, &next);
        int here = drc->ccs_offset;
        drc->ccs_offset = next;
        switch (tag) {
        case FDT_BEGIN_NODE:
            drc->ccs_depth++;
            *name = fdt_get_name(drc->fdt, here, NULL);
            return SPAPR_CC_NEXT_CHILD;
        case FDT_END_NODE:
            if (--drc->ccs_depth > 0) {
                return SPAPR_CC_PREV_PARENT;
            }
            drc->state = SPAPR_DRC_PHYSICAL_CONFIGURED;
            drc->ccs_offset = start;   /* may be walked again */
            drc->ccs_depth = 0;
            return SPAPR_CC_SUCCESS;
        case FDT_PROP: {
            const struct fdt_property *p =
                fdt_get_property_by_offset(drc->fdt, here, len);
            *name = fdt_string(drc->fdt, (int)fdt32_to_cpu(p->nameoff));
            *data = p->data;
            return SPAPR_CC_NEXT_PROPERTY;
        }
        case FDT_END:
            return SPAPR_CC_ERROR;
        default:   /* FDT_NOP */
            break;
        }
    }
}

SpaprDrc *spapr_drc_find(Machine *m, uint32_t index)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (!d->cls->drc_at) {
            continue;
        }
        SpaprDrc *drc;
        for (unsigned i = 0; (drc = d->cls->drc_at(d, i)); i++) {
            if (drc->index == index) {
                return drc;
            }
        }
    }
    return NULL;
}

SpaprDrc *spapr_drc_of_device(Machine *m, const Device *dev)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (!d->cls->drc_at) {
            continue;
        }
        SpaprDrc *drc;
        for (unsigned i = 0; (drc = d->cls->drc_at(d, i)); i++) {
            if (drc->dev == dev) {
                return drc;
            }
        }
    }
    return NULL;
}

uint32_t spapr_drc_busy(Machine *m)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (!d->cls->drc_at) {
            continue;
        }
        SpaprDrc *drc;
        for (unsigned i = 0; (drc = d->cls->drc_at(d, i)); i++) {
            bool rest = drc->dev
                ? drc->state == SPAPR_DRC_PHYSICAL_CONFIGURED &&
                  drc->dr_indicator == SPAPR_DR_INDICATOR_ACTIVE &&
                  !drc->unplug_requested
                : drc->state == SPAPR_DRC_PHYSICAL_POWERON &&
                  drc->dr_indicator == SPAPR_DR_INDICATOR_INACTIVE;
            if (!rest) {
                return drc->index;
            }
        }
    }
    return 0;
}

void spapr_drc_rest_all(Machine *m)
{
    for (Device *d = m->devices; d; d = d->next) {
        SpaprDrc *drc;
        for (unsigned i = 0; d->cls->drc_at && (drc = d->cls->drc_at(d, i));
             i++) {
            spapr_drc_reset(drc);
        }
    }
}
