/* SPDX-License-Identifier: MIT */
/*
 * Monitor `info pci` in QEMU 7.2's layout: every function on every
 * PHB's root bus (each is bus 0 to QEMU), its class by QEMU's class
 * names, vendor and device, subsystem, interrupt pin, BARs and id.
 */
#include <inttypes.h>

#include "core/machine/device.h"
#include "monitor.h"
#include "core/machine/platform.h"
#include "pci/spapr-phb.h"

/* QEMU's names of the classes farad's devices (and common guests') use
 * (hw/pci/pci.c's class table); others print as "Class XXXX". */
static const struct { uint16_t cls; const char *desc; } class_names[] = {
    { 0x0100, "SCSI controller" }, { 0x0101, "IDE controller" },
    { 0x0106, "SATA controller" }, { 0x0108, "NVME controller" },
    { 0x0180, "Storage controller" }, { 0x0200, "Ethernet controller" },
    { 0x0280, "Network controller" }, { 0x0300, "VGA controller" },
    { 0x0380, "Display controller" }, { 0x0401, "Audio controller" },
    { 0x0500, "RAM controller" }, { 0x0580, "Memory controller" },
    { 0x0600, "Host bridge" }, { 0x0604, "PCI bridge" },
    { 0x0700, "Serial port" }, { 0x0c03, "USB controller" },
};

static uint16_t cfg16(const PciDevice *d, unsigned off)
{
    return (uint16_t)(d->config[off] | d->config[off + 1] << 8);
}

static void info_pci_device(Monitor *mon, const PciDevice *d)
{
    monitor_printf(mon, "  Bus %2d, device %3d, function %d:\n", 0,
                   d->devfn >> 3, d->devfn & 7);
    uint16_t cls = cfg16(d, PCI_CLASS_DEVICE);
    const char *desc = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(class_names); i++) {
        if (class_names[i].cls == cls) {
            desc = class_names[i].desc;
        }
    }
    if (desc) {
        monitor_printf(mon, "    %s", desc);
    } else {
        monitor_printf(mon, "    Class %04d", cls);   /* decimal, as QEMU */
    }
    monitor_printf(mon, ": PCI device %04x:%04x\n", cfg16(d, 0), cfg16(d, 2));
    monitor_printf(mon, "      PCI subsystem %04x:%04x\n",
                   cfg16(d, PCI_SUBSYSTEM_VENDOR_ID),
                   cfg16(d, PCI_SUBSYSTEM_ID));
    uint8_t pin = d->config[PCI_INTERRUPT_PIN];
    if (pin) {
        monitor_printf(mon, "      IRQ %d, pin %c\n",
                       d->config[PCI_INTERRUPT_LINE], 'A' + pin - 1);
    }
    for (int i = 0; i < PCI_NUM_BARS; i++) {
        const PciBar *b = &d->bars[i];
        if (!b->size) {
            continue;
        }
        uint64_t addr = b->addr;
        monitor_printf(mon, "      BAR%d: ", i);
        if (b->type & PCI_BAR_IO) {
            monitor_printf(mon, "I/O at 0x%04" PRIx64 " [0x%04" PRIx64 "].\n",
                           addr, addr + b->size - 1);
        } else {
            monitor_printf(mon, "%d bit%s memory at 0x%08" PRIx64 " [0x%08"
                           PRIx64 "].\n", b->type & PCI_BAR_MEM64 ? 64 : 32,
                           b->type & PCI_BAR_PREFETCH ? " prefetchable" : "",
                           addr, addr + b->size - 1);
        }
    }
    monitor_printf(mon, "      id \"%s\"\n", d->dev.id ? d->dev.id : "");
}

void monitor_info_pci(Monitor *mon)
{
    Machine *m = monitor_machine(mon);
    for (Device *dev = m->devices; dev; dev = dev->next) {
        if (dev->cls != &spapr_phb_class) {
            continue;
        }
        PciBus *bus = &((SpaprPhb *)dev)->bus;
        for (int fn = 0; fn < 256; fn++) {
            if (bus->devs[fn]) {
                info_pci_device(mon, bus->devs[fn]);
            }
        }
    }
}
