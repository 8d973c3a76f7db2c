/* SPDX-License-Identifier: MIT */
/*
 * The PHB nodes of the device tree (spec/phb-migration.md §4), property
 * by property as QEMU 7.2 prints them for pseries-2.7 / 2.8: the 256 PCI
 * slot DR connectors (listed in the order QEMU's DRC container, a GLib
 * string hash table keyed by the hex DRC index, iterates them: the same
 * table is rebuilt here), ranges for the I/O, 32-bit and 64-bit
 * windows, the 32 x 4 interrupt-map over the four LSIs, the default DMA
 * window, and a child node per PCI function with its identity and BAR
 * sizes (QEMU's spapr_dt_pci_device).
 */
#include <libfdt.h>
#include <string.h>

#include "core/machine/platform.h"
#include "spapr-phb.h"

#define XICS_PHANDLE 0x1111

static int prop_cells(void *fdt, const char *name, const uint32_t *v,
                      unsigned n)
{
    uint32_t *be = g_new(uint32_t, n ? n : 1);
    for (unsigned i = 0; i < n; i++) {
        be[i] = cpu_to_fdt32(v[i]);
    }
    int rc = fdt_property(fdt, name, be, (int)(n * 4));
    g_free(be);
    return rc;
}

/* The four ibm,drc-* lists of p's slots, in container iteration order. */
static int phb_drcs(Machine *m, SpaprPhb *p, void *fdt)
{
    GArray *idx = g_array_new(FALSE, FALSE, sizeof(uint32_t));
    if (p->dr_enabled) {
        /* the machine's DRC container order, this PHB's slots only */
        GArray *all = spapr_drc_order(m);
        for (guint k = 0; k < all->len; k++) {
            uint32_t i = g_array_index(all, uint32_t, k);
            if ((i & 0xf0000000u) == 0x40000000u &&
                ((i >> 16) & 0xff) == p->index) {
                g_array_append_val(idx, i);
            }
        }
        g_array_free(all, TRUE);
    }
    unsigned n = idx->len;
    GByteArray *types = g_byte_array_new(), *names = g_byte_array_new();
    uint32_t *doms = g_new(uint32_t, n + 1), *ids = g_new(uint32_t, n + 1);
    uint32_t be = cpu_to_fdt32(n);
    g_byte_array_append(types, (uint8_t *)&be, 4);
    g_byte_array_append(names, (uint8_t *)&be, 4);
    doms[0] = ids[0] = n;
    for (unsigned j = 0; j < n; j++) {
        uint32_t i = g_array_index(idx, uint32_t, j);
        char name[16];
        snprintf(name, sizeof(name), "C%u", i & 0xffffff);
        g_byte_array_append(types, (const uint8_t *)"28", 3);
        g_byte_array_append(names, (const uint8_t *)name,
                            (guint)strlen(name) + 1);
        doms[j + 1] = 0xffffffff;
        ids[j + 1] = i;
    }
    int rc = fdt_property(fdt, "ibm,drc-types", types->data, (int)types->len);
    if (rc >= 0) {
        rc = fdt_property(fdt, "ibm,drc-names", names->data, (int)names->len);
    }
    if (rc >= 0) {
        rc = prop_cells(fdt, "ibm,drc-power-domains", doms, n + 1);
    }
    if (rc >= 0) {
        rc = prop_cells(fdt, "ibm,drc-indexes", ids, n + 1);
    }
    g_byte_array_free(types, TRUE);
    g_byte_array_free(names, TRUE);
    g_free(doms);
    g_free(ids);
    g_array_free(idx, TRUE);
    return rc;
}

/* Open Firmware name of a PCI function from its class code (the
 * classes farad's devices use; others get "pciVVVV,DDDD"). */
static void dt_name(PciDevice *d, char *buf, size_t len)
{
    uint16_t cls = pci_get_word(d->config + PCI_CLASS_DEVICE);
    const char *n = NULL;
    switch (cls) {
    case 0x00ff:   /* base class 0x00, subclass 0xff: QEMU names it by
                    * the base class */
    case 0xff00: n = "legacy-device"; break;
    case 0x0500: n = "memory"; break;
    case 0x0300: n = "vga"; break;
    case 0x0200: n = "ethernet"; break;
    case 0x0100: n = "scsi"; break;
    case 0x0780: n = "communication-controller"; break;
    default: break;
    }
    if (n) {
        snprintf(buf, len, "%s", n);
    } else {
        snprintf(buf, len, "pci%x,%x", pci_get_word(d->config + PCI_VENDOR_ID),
                 pci_get_word(d->config + PCI_DEVICE_ID));
    }
}

int spapr_phb_dt_device(SpaprPhb *p, PciDevice *d, void *fdt)
{
    char name[64], node[80];
    dt_name(d, name, sizeof(name));
    if (d->devfn & 7) {
        snprintf(node, sizeof(node), "%s@%x,%x", name, d->devfn >> 3,
                 d->devfn & 7);
    } else {
        snprintf(node, sizeof(node), "%s@%x", name, d->devfn >> 3);
    }
    int rc = fdt_begin_node(fdt, node);
    if (rc < 0) {
        return rc;
    }
    const uint8_t *c = d->config;
    rc = fdt_property_u32(fdt, "max-latency", c[0x3f]);
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "min-grant", c[0x3e]);
    /* reg: config space, then each BAR (relocatable, address 0) */
    uint32_t reg[5 * 7];
    unsigned nr = 0;
    uint32_t id = (uint32_t)d->devfn << 8;
    reg[nr++] = id;
    reg[nr++] = 0; reg[nr++] = 0; reg[nr++] = 0; reg[nr++] = 0;
    for (int n = 0; n < PCI_NUM_BARS; n++) {
        PciBar *b = &d->bars[n];
        if (!b->size) {
            continue;
        }
        uint32_t ss = (b->type & PCI_BAR_IO) ? 1
                      : (b->type & PCI_BAR_MEM64) ? 3 : 2;
        reg[nr++] = ss << 24 | id | (uint32_t)(PCI_BASE_ADDRESS_0 + 4 * n);
        reg[nr++] = 0;
        reg[nr++] = 0;
        reg[nr++] = (uint32_t)(b->size >> 32);
        reg[nr++] = (uint32_t)b->size;
    }
    rc = rc < 0 ? rc : prop_cells(fdt, "reg", reg, nr);
    if (rc >= 0 && d->msix_cap) {
        rc = fdt_property_u32(fdt, "ibm,req#msi-x", d->msix_entries);
    }
    if (rc >= 0 && d->msi_cap) {
        uint16_t ctl = pci_get_word(c + d->msi_cap + 2);
        rc = fdt_property_u32(fdt, "ibm,req#msi", 1u << ((ctl >> 1) & 7));
    }
    if (rc >= 0 && p->dr_enabled) {
        /* the slot's DRC (type PCI, PHB index, bus 0, devfn), as QEMU */
        rc = fdt_property_u32(fdt, "ibm,my-drc-index",
                              0x40000000u | (p->index & 0xff) << 16 |
                              d->devfn);
    }
    char loc[96];
    snprintf(loc, sizeof(loc), "qemu_%s:%04x:%02x:%02x.%x",
             d->dev.cls->name, p->index, 0, d->devfn >> 3, d->devfn & 7);
    rc = rc < 0 ? rc : fdt_property_string(fdt, "ibm,loc-code", loc);
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "devsel-speed",
                                        (pci_get_word(c + PCI_STATUS) >> 9) & 3);
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "cache-line-size",
                                        c[PCI_CACHE_LINE_SIZE]);
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "subsystem-vendor-id",
                                        pci_get_word(c + PCI_SUBSYSTEM_VENDOR_ID));
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "subsystem-id",
                                        pci_get_word(c + PCI_SUBSYSTEM_ID));
    if (rc >= 0 && c[PCI_INTERRUPT_PIN]) {
        rc = fdt_property_u32(fdt, "interrupts", c[PCI_INTERRUPT_PIN]);
    }
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "class-code",
                                        pci_get_long(c + 8) >> 8);
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "revision-id", c[PCI_REVISION_ID]);
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "device-id",
                                        pci_get_word(c + PCI_DEVICE_ID));
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "vendor-id",
                                        pci_get_word(c + PCI_VENDOR_ID));
    return rc < 0 ? rc : fdt_end_node(fdt);
}

static int phb_node(Machine *m, SpaprPhb *p, void *fdt)
{
    int rc = fdt_begin_node(fdt, p->dtbusname);
    rc = rc < 0 ? rc : phb_drcs(m, p, fdt);
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "#size-cells", 2);
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "#address-cells", 3);
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "qemu,phb-enumerated", 1);
    if (m->spapr->opts.dr_phb) {   /* pseries-4.2 and later */
        rc = rc < 0 ? rc : fdt_property_u32(fdt, "ibm,my-drc-index",
                                            SPAPR_DRC_PHB | p->index);
    }
    /* QEMU prints the window at bus address 0 with a 32-bit size */
    uint32_t dma[5] = { p->tce[0].liobn, 0, 0, 0,
                        p->tce[0].nb_table << p->tce[0].page_shift };
    rc = rc < 0 ? rc : prop_cells(fdt, "ibm,dma-window", dma, 5);
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "ibm,#dma-size-cells", 2);
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "ibm,#dma-address-cells", 2);
    uint32_t *imap = g_new(uint32_t, 32 * 4 * 7);
    unsigned n = 0;
    for (uint32_t slot = 0; slot < 32; slot++) {
        for (uint32_t pin = 1; pin <= 4; pin++) {
            imap[n++] = slot << 11;
            imap[n++] = 0;
            imap[n++] = 0;
            imap[n++] = pin;
            imap[n++] = XICS_PHANDLE;
            imap[n++] = p->lsi_table[(slot + pin - 1) % 4];
            imap[n++] = 1;   /* level (QEMU >= 2.12 for every type) */
        }
    }
    rc = rc < 0 ? rc : prop_cells(fdt, "interrupt-map", imap, n);
    g_free(imap);
    uint32_t mask[4] = { 0xf800, 0, 0, 0xffffffff };
    rc = rc < 0 ? rc : prop_cells(fdt, "interrupt-map-mask", mask, 4);
    if (p->ddw_enabled) {
        uint32_t ext[3] = { 2, papr_rtas_token("ibm,reset-pe-dma-window"),
                            1 };
        uint32_t app[3] = { papr_rtas_token("ibm,query-pe-dma-window"),
                            papr_rtas_token("ibm,create-pe-dma-window"),
                            papr_rtas_token("ibm,remove-pe-dma-window") };
        rc = rc < 0 ? rc : prop_cells(fdt, "ibm,ddw-extensions", ext, 3);
        rc = rc < 0 ? rc : prop_cells(fdt, "ibm,ddw-applicable", app, 3);
    }
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "ibm,pe-total-#msi",
                                                spapr_irq_nr_msis(m));
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "ibm,pci-config-space-type", 1);
    uint32_t reg[4] = { (uint32_t)(p->buid >> 32), (uint32_t)p->buid, 0, 0 };
    rc = rc < 0 ? rc : prop_cells(fdt, "reg", reg, 4);
    uint32_t ranges[21] = {
        0x01000000, 0, 0,
        (uint32_t)(p->io_win_addr >> 32), (uint32_t)p->io_win_addr,
        (uint32_t)(p->io_win_size >> 32), (uint32_t)p->io_win_size,
        0x02000000, 0, (uint32_t)SPAPR_PCI_MEM_WIN_BUS_OFFSET,
        (uint32_t)(p->mem_win_addr >> 32), (uint32_t)p->mem_win_addr,
        (uint32_t)(p->mem_win_size >> 32), (uint32_t)p->mem_win_size,
        0x03000000, (uint32_t)(p->mem64_win_pciaddr >> 32),
        (uint32_t)p->mem64_win_pciaddr,
        (uint32_t)(p->mem64_win_addr >> 32), (uint32_t)p->mem64_win_addr,
        (uint32_t)(p->mem64_win_size >> 32), (uint32_t)p->mem64_win_size,
    };
    rc = rc < 0 ? rc : prop_cells(fdt, "ranges", ranges,
                                  p->mem64_win_size ? 21 : 14);
    uint32_t busrange[2] = { 0, 0xff };
    rc = rc < 0 ? rc : prop_cells(fdt, "bus-range", busrange, 2);
    rc = rc < 0 ? rc : fdt_property(fdt, "used-by-rtas", NULL, 0);
    rc = rc < 0 ? rc : fdt_property_u32(fdt, "#interrupt-cells", 1);
    rc = rc < 0 ? rc : fdt_property_string(fdt, "compatible",
                                           "IBM,Logical_PHB");
    rc = rc < 0 ? rc : fdt_property_string(fdt, "device_type", "pci");
    for (int df = 0; rc >= 0 && df < 256; df++) {
        if (p->bus.devs[df]) {
            rc = spapr_phb_dt_device(p, p->bus.devs[df], fdt);
        }
    }
    return rc < 0 ? rc : fdt_end_node(fdt);
}

int spapr_phb_build_fdt(Device *d, void *fdt)
{
    return phb_node(d->machine, (SpaprPhb *)d, fdt);
}

void spapr_phb_drc_indexes(Device *d, GArray *out)
{
    SpaprPhb *p = (SpaprPhb *)d;
    if (!p->dr_enabled) {
        return;
    }
    for (uint32_t df = 0; df < 256; df++) {
        uint32_t idx = SPAPR_PHB_DRC_INDEX(p->index, df);
        g_array_append_val(out, idx);
    }
}
