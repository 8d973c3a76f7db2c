/* SPDX-License-Identifier: MIT */
/*
 * PCI hot-plug through the PHB's slot DR connectors, as QEMU 7.2's
 * pseries does it: one physical connector (core/machine/spapr-drc.h)
 * per devfn of a PHB with dynamic-reconfiguration on, holding the
 * function plugged there (cold-plugged ones are attached at reset).
 * device_add creates the device, plugs it into its connector and queues
 * a PCI hot-plug event log (add, by DRC index) for the guest; device_del
 * asks the guest to let go (a remove log), and the device is unplugged
 * and freed when the guest isolates the connector, at once when the
 * guest never took it, or at the next reset. The connector hands the
 * guest the same node the boot tree has for a cold-plugged function
 * (phb-fdt.c). Errors in QEMU's words (the monitor prints "Error: ").
 */
#include <stdlib.h>
#include <string.h>

#include "core/machine/spapr-drc.h"
#include "core/machine/spapr-events.h"
#include "core/machine/spapr-irq.h"
#include "spapr-phb.h"

/* ---- the PHB's connectors ---- */

static int drc_populate(SpaprDrc *drc, void *fdt)
{
    SpaprPhb *p = drc->owner;
    return spapr_phb_dt_device(p, (PciDevice *)drc->dev, fdt);
}

/* Drop the MSI blocks the guest left allocated to the function at
 * devfn (the table is keyed by the guest's config address). */
static void drop_msis(SpaprPhb *p, uint8_t devfn)
{
    GHashTableIter it;
    gpointer key, val;
    g_hash_table_iter_init(&it, p->msi);
    while (g_hash_table_iter_next(&it, &key, &val)) {
        uint32_t cfg = *(uint32_t *)key;
        if (((cfg >> 8) & 0xff) == devfn && !((cfg >> 16) & 0xff)) {
            SpaprPciMsi *msi = val;
            spapr_irq_release(p->dev.machine, msi->first_irq, msi->num);
            g_hash_table_iter_remove(&it);
        }
    }
}

/* A snapshot load removing a device: no DEVICE_DELETED for it. */
static bool quiet_release;

static void drc_release(SpaprDrc *drc)
{
    SpaprPhb *p = drc->owner;
    Device *dev = drc->dev;
    Machine *m = dev->machine;
    PciDevice *pd = (PciDevice *)dev;
    pci_device_reset(pd);   /* INTx down, BARs unmapped, as QEMU */
    drop_msis(p, pd->devfn);
    pci_hotplug_forget(m, dev);
    if (dev->id && !quiet_release) {
        if (!m->spapr->unplugged) {
            m->spapr->unplugged = g_ptr_array_new_with_free_func(g_free);
        }
        /* virtio devices: QEMU reports the backend first */
        if (!strncmp(dev->cls->name, "virtio-", 7)) {
            g_ptr_array_add(m->spapr->unplugged,
                            g_strdup_printf("/%s/virtio-backend", dev->id));
        }
        g_ptr_array_add(m->spapr->unplugged, g_strdup(dev->id));
    }
    device_destroy(dev);
}

void spapr_phb_drcs_init(SpaprPhb *p)
{
    if (!p->dr_enabled) {
        return;
    }
    p->drcs = g_new0(SpaprDrc, 256);
    for (uint32_t df = 0; df < 256; df++) {
        spapr_drc_init(&p->drcs[df], SPAPR_PHB_DRC_INDEX(p->index, df), p,
                       drc_populate, drc_release);
    }
}

void spapr_phb_drcs_reset(SpaprPhb *p)
{
    for (uint32_t df = 0; p->drcs && df < 256; df++) {
        SpaprDrc *drc = &p->drcs[df];
        spapr_drc_reset(drc);   /* a pending unplug completes */
        PciDevice *d = p->bus.devs[df];
        if (d && !drc->dev) {   /* cold-plugged: ready as it is */
            spapr_drc_attach(drc, &d->dev, false);
            spapr_drc_reset(drc);
        }
    }
}

void spapr_phb_drcs_free(SpaprPhb *p)
{
    for (uint32_t df = 0; p->drcs && df < 256; df++) {
        spapr_drc_fini(&p->drcs[df]);
    }
    g_free(p->drcs);
    p->drcs = NULL;
}

SpaprDrc *spapr_phb_drc_at(Device *d, unsigned i)
{
    SpaprPhb *p = (SpaprPhb *)d;
    return p->drcs && i < 256 ? &p->drcs[i] : NULL;
}

/* ---- device_add / device_del ---- */

/* Is dev a PCI function (on a PHB's bus)? */
static bool is_pci(const DeviceClass *dc)
{
    return dc->bus && !strcmp(dc->bus, "PCI");
}

/* The PHB's checks before the device is made (QEMU's pre_plug): the bus
 * has DR connectors, and a function other than 0 does not join a slot
 * whose function 0 is there. parts: the "prop=value" options. */
static bool pre_plug(Machine *m, char **parts, GError **err)
{
    const char *bus = NULL, *addr = NULL;
    for (int i = 0; parts && parts[i]; i++) {
        if (!strncmp(parts[i], "bus=", 4)) {
            bus = parts[i] + 4;
        } else if (!strncmp(parts[i], "addr=", 5)) {
            addr = parts[i] + 5;
        }
    }
    PciBus *b = pci_bus_find(m, bus);
    if (!b) {
        return true;   /* the device's realize names the bus */
    }
    SpaprPhb *p = b->host;
    if (!p->drcs) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Bus '%s' does not support hotplugging", SPAPR_PHB_TYPE);
        return false;
    }
    const char *dot = addr ? strchr(addr, '.') : NULL;
    if (!dot) {
        return true;   /* function 0, or the first free slot */
    }
    unsigned slot = (unsigned)strtoul(addr, NULL, 16);
    unsigned fn = (unsigned)strtoul(dot + 1, NULL, 16);
    PciDevice *f0 = slot < 32 ? b->devs[slot << 3] : NULL;
    if (fn && fn < 8 && f0) {
        /* as for PCIe multifunction hot-plug */
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "PCI: slot %u function 0 already occupied by %s, "
                    "additional functions can no longer be exposed to "
                    "guest.", slot, f0->dev.cls->name);
        return false;
    }
    return true;
}

/* QEMU's identifiers: a letter, then letters, digits, '-', '.', '_'. */
static bool id_wellformed(const char *id)
{
    if (!g_ascii_isalpha(id[0])) {
        return false;
    }
    for (const char *c = id + 1; *c; c++) {
        if (!g_ascii_isalnum(*c) && !strchr("-._", *c)) {
            return false;
        }
    }
    return true;
}

Device *pci_hotplug_create(Machine *m, const char *arg, bool announce,
                           GError **err)
{
    const char *comma = strchr(arg, ',');
    g_autofree char *name = comma ? g_strndup(arg, (size_t)(comma - arg))
                                  : g_strdup(arg);
    const char *opts = comma ? comma + 1 : NULL;
    if (!strncmp(name, "driver=", 7)) {
        memmove(name, name + 7, strlen(name + 7) + 1);
    }
    const DeviceClass *dc = device_class_find(m->cfg.board, name);
    if (!dc) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "'%s' is not a valid device model name", name);
        return NULL;
    }
    if (!dc->user_creatable) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Parameter 'driver' expects a pluggable device type");
        return NULL;
    }
    /* the id first, as QEMU checks it before creating anything */
    g_auto(GStrv) parts = opts ? g_strsplit(opts, ",", -1) : NULL;
    for (int i = 0; parts && parts[i]; i++) {
        if (!strncmp(parts[i], "id=", 3) && !id_wellformed(parts[i] + 3)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Parameter 'id' expects an identifier");
            return NULL;
        }
        if (!strncmp(parts[i], "id=", 3) && device_find_id(m, parts[i] + 3)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Duplicate device ID '%s'", parts[i] + 3);
            return NULL;
        }
    }
    if (dc->vio) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Bus 'spapr-vio' does not support hotplugging");
        return NULL;
    }
    if (!is_pci(dc)) {
        /* QEMU can add PHBs and CPU cores; farad cannot (yet) */
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Device '%s' does not support hotplugging", name);
        return NULL;
    }
    if (!pre_plug(m, parts, err)) {
        return NULL;
    }
    Device *dev = device_create(m, name, opts, err);
    if (!dev) {
        return NULL;
    }
    PciDevice *pd = (PciDevice *)dev;
    SpaprPhb *p = pd->bus->host;   /* every PCI bus is a PHB's */
    uint8_t fn0 = pd->devfn & ~7;
    SpaprDrc *drc = &p->drcs[pd->devfn];
    spapr_drc_attach(drc, dev, true);
    pci_device_reset(pd);
    m->spapr->hotplug_changes++;
    /* function 0 announces the slot's functions; others wait for it */
    for (int i = 0; announce && pd->devfn == fn0 && i < 8; i++) {
        if (spapr_drc_entity_sense(&p->drcs[fn0 + i]) ==
            SPAPR_ENTITY_SENSE_PRESENT) {
            spapr_event_hotplug(m, SPAPR_HP_TYPE_PCI, true,
                                p->drcs[fn0 + i].index);
        }
    }
    return dev;
}

Device *pci_hotplug_add(Machine *m, const char *arg, GError **err)
{
    pci_hotplug_set_state(m);   /* takes the set before the change */
    Device *dev = pci_hotplug_create(m, arg, true, err);
    if (dev) {
        pci_hotplug_record(m, dev, arg);
    }
    return dev;
}

void pci_hotplug_remove_now(Machine *m, Device *dev)
{
    SpaprDrc *drc = spapr_drc_of_device(m, dev);
    quiet_release = true;
    if (drc) {
        drc->unplug_requested = true;
        spapr_drc_reset(drc);      /* the pending unplug completes */
    } else {
        pci_device_reset((PciDevice *)dev);
        pci_hotplug_forget(m, dev);
        device_destroy(dev);
    }
    quiet_release = false;
    m->spapr->hotplug_changes++;
}

bool pci_hotplug_del(Machine *m, const char *id, GError **err)
{
    pci_hotplug_set_state(m);   /* takes the set before the change */
    Device *dev = device_find_id(m, id);
    if (!dev) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Device '%s' not found", id);
        return false;
    }
    if (dev->cls->vio) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Bus 'spapr-vio' does not support hotplugging");
        return false;
    }
    SpaprDrc *drc = is_pci(dev->cls) ? spapr_drc_of_device(m, dev) : NULL;
    if (!drc) {
        if (is_pci(dev->cls)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Bus '%s' does not support hotplugging",
                        SPAPR_PHB_TYPE);
        } else {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Device '%s' does not support hotplugging",
                        dev->cls->name);
        }
        return false;
    }
    if (drc->unplug_requested) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "PCI device unplug already in progress for device %s",
                    id);
        return false;
    }
    m->spapr->hotplug_changes++;
    SpaprPhb *p = drc->owner;
    uint8_t devfn = ((PciDevice *)dev)->devfn, fn0 = devfn & ~7;
    if (devfn == fn0) {
        /* function 0 takes the slot's other functions with it */
        for (int i = 1; i < 8; i++) {
            SpaprDrc *f = &p->drcs[fn0 + i];
            if (f->dev && !f->unplug_requested) {
                spapr_drc_unplug_request(f);
            }
        }
    }
    spapr_drc_unplug_request(drc);
    /* function 0 announces the removal of what is left of the slot,
     * last function first; other functions wait for it */
    for (int i = 7; devfn == fn0 && i >= 0; i--) {
        if (p->drcs[fn0 + i].dev) {
            spapr_event_hotplug(m, SPAPR_HP_TYPE_PCI, false,
                                p->drcs[fn0 + i].index);
        }
    }
    return true;
}

char *pci_hotplug_take_deleted(Machine *m)
{
    GPtrArray *u = m->spapr ? m->spapr->unplugged : NULL;
    if (!u || !u->len) {
        return NULL;
    }
    return g_ptr_array_steal_index(u, 0);
}
