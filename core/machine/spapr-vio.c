/* SPDX-License-Identifier: MIT */
/*
 * The sPAPR VIO bus: unit addresses from 0x71000000 upwards in creation
 * order (or as given with reg=), one XICS source per device from the
 * machine's allocator, the common part of each /vdevice node, and
 * H_VIO_SIGNAL (a device's interrupt mode, which no device here takes).
 */
#include <libfdt.h>

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
    return true;
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

/* Which H_VIO_SIGNAL mode bits a device accepts (QEMU's signal_mask).
 * QEMU 7.2 sets one only for spapr-vlan and the vTPM: its vty and nvram
 * take none (mode 1 is H_PARAMETER), and the vty's interrupt does not
 * depend on the mode (spapr-vty.c). */
static uint32_t vio_signal_mask(SpaprVioDevice *v)
{
    (void)v;
    return 0;
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
