/* SPDX-License-Identifier: MIT */
/*
 * The sPAPR VIO bus: unit addresses from 0x71000000 upwards in creation
 * order (or as given with reg=), one XICS source per device from the
 * machine's allocator, the common part of each /vdevice node, the
 * lifetime of a device's DMA window and CRQ (used in spapr-vio-dma.c),
 * and H_VIO_SIGNAL (a device's interrupt mode: bit 0 for devices with a
 * signal_mask, e.g. spapr-vscsi).
 */
#include <libfdt.h>
#include <string.h>

#include "hcall.h"

bool spapr_vio_realize(SpaprVioDevice *v, GError **err)
{
    Machine *m = v->dev.machine;
    SpaprState *s = m->spapr;
    if (v->reg == UINT32_MAX) {
        while (spapr_vio_find(m, s->next_vio_reg)) {
            s->next_vio_reg++;
        }
        v->reg = s->next_vio_reg++;
    } else if (spapr_vio_find(m, v->reg)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: reg=0x%x: a VIO device already has that address",
                    v->dev.cls->name, v->reg);
        return false;
    }
    v->irq = spapr_irq_vio(m, v->reg);
    if (!v->irq) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: reg=0x%x: its interrupt is already in use",
                    v->dev.cls->name, v->reg);
        return false;
    }
    if (v->dma_window_size) {
        /* QEMU's SPAPR_VIO_LIOBN: the unit address */
        v->tce.liobn = v->reg;
        v->tce.bus_offset = 0;
        v->tce.page_shift = SPAPR_TCE_PAGE_SHIFT;
        v->tce.nb_table = v->dma_window_size >> SPAPR_TCE_PAGE_SHIFT;
        v->tce.table = g_new0(uint64_t, v->tce.nb_table);
        v->tce_bytes = v->tce.nb_table * (uint32_t)sizeof(uint64_t);
    }
    return true;
}

void spapr_vio_quiesce_all(Machine *m)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (!d->cls->vio) {
            continue;
        }
        SpaprVioDevice *v = (SpaprVioDevice *)d;
        if (v->tce.table) {
            memset(v->tce.table, 0, v->tce_bytes);
        }
        v->crq_addr = 0;
        v->crq_size = v->crq_next = 0;
    }
}

void spapr_vio_reset(SpaprVioDevice *v)
{
    if (v->tce.table) {
        memset(v->tce.table, 0, v->tce_bytes);
    }
    v->crq_addr = 0;
    v->crq_size = v->crq_next = 0;
    v->signal_state = 0;
    v->tce_bypass = false;
}

void spapr_vio_unrealize(SpaprVioDevice *v)
{
    g_free(v->tce.table);
    v->tce.table = NULL;
    v->tce.nb_table = 0;
    g_free(v->tce_saved);
    v->tce_saved = NULL;
    v->tce_nsaved = 0;
}

static const SnapField tce_entry_fields[] = {
    SNAP_U32("index", SpaprTceEntry, index, 1),
    SNAP_U64("tce", SpaprTceEntry, tce, 1),
    SNAP_END
};

const SnapSection spapr_vio_tce_entry_snap = {
    .name = "spapr_vio/tce", .version = 1, .min_version = 1,
    .fields = tce_entry_fields,
};

void spapr_vio_pre_save(SpaprVioDevice *v)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < v->tce.nb_table; i++) {
        n += v->tce.table[i] != 0;
    }
    g_free(v->tce_saved);
    v->tce_saved = n ? g_new(SpaprTceEntry, n) : NULL;
    v->tce_nsaved = 0;
    for (uint32_t i = 0; i < v->tce.nb_table; i++) {
        if (v->tce.table[i]) {
            v->tce_saved[v->tce_nsaved++] =
                (SpaprTceEntry){ .index = i, .tce = v->tce.table[i] };
        }
    }
}

void spapr_vio_post_load(SpaprVioDevice *v)
{
    if (v->tce.table) {
        memset(v->tce.table, 0, v->tce_bytes);
        for (uint32_t i = 0; i < v->tce_nsaved; i++) {
            if (v->tce_saved[i].index < v->tce.nb_table) {
                v->tce.table[v->tce_saved[i].index] = v->tce_saved[i].tce;
            }
        }
    }
    if (v->crq_size && (v->crq_size < 16 || v->crq_next >= v->crq_size ||
                        v->crq_next % 16)) {
        v->crq_next = 0;
    }
}

SpaprVioDevice *spapr_vio_find(Machine *m, uint32_t reg)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (d->cls->vio && ((SpaprVioDevice *)d)->reg == reg) {
            return (SpaprVioDevice *)d;
        }
    }
    return NULL;
}

int spapr_vio_fdt_common(SpaprVioDevice *v, void *fdt, const char *type,
                         const char *compat)
{
    int rc;
    uint32_t irq[2] = { cpu_to_fdt32(v->irq), 0 };
    if ((rc = fdt_property(fdt, "interrupts", irq, sizeof(irq))) < 0 ||
        (rc = fdt_property_string(fdt, "compatible", compat)) < 0 ||
        (rc = fdt_property_string(fdt, "device_type", type)) < 0) {
        return rc;
    }
    return fdt_property_u32(fdt, "reg", v->reg);
}

int spapr_vio_fdt_dma_window(SpaprVioDevice *v, void *fdt)
{
    /* liobn, then a two-cell bus address and a two-cell size */
    uint32_t win[5] = { cpu_to_fdt32(v->tce.liobn), 0, 0, 0,
                        cpu_to_fdt32(v->dma_window_size) };
    int rc;
    if ((rc = fdt_property(fdt, "ibm,my-dma-window", win,
                           sizeof(win))) < 0 ||
        (rc = fdt_property_u32(fdt, "ibm,#dma-size-cells", 2)) < 0) {
        return rc;
    }
    return fdt_property_u32(fdt, "ibm,#dma-address-cells", 2);
}

/* Which H_VIO_SIGNAL mode bits a device accepts (QEMU's signal_mask).
 * QEMU 7.2 sets one for spapr-vscsi, spapr-vlan and the vTPM: its vty
 * and nvram take none (mode 1 is H_PARAMETER), and the vty's interrupt
 * does not depend on the mode (spapr-vty.c). */
static uint32_t vio_signal_mask(SpaprVioDevice *v)
{
    return v->signal_mask;
}

long h_vio_signal(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint64_t reg = args[0], mode = args[1];
    SpaprVioDevice *v = reg <= UINT32_MAX ? spapr_vio_find(m, (uint32_t)reg)
                                          : NULL;
    if (!v) {
        return H_PARAMETER;
    }
    if (mode & ~(uint64_t)vio_signal_mask(v)) {
        return H_PARAMETER;
    }
    v->signal_state = (uint32_t)mode;
    return H_SUCCESS;
}
