/* SPDX-License-Identifier: MIT */
/*
 * The PCI bus model (see pci.h): configuration space with write masks,
 * BAR sizing and decoding under the command register, capabilities,
 * MSI and MSI-X, INTx and bus-master DMA. The decode rules follow the
 * PCI Local Bus spec and QEMU's behaviour (hw/pci/pci.c): a BAR whose
 * address is 0, wraps, or (32-bit) reaches 0xffffffff is not decoded.
 */
#include <string.h>

#include "pci.h"

static bool bar_is_io(const PciBar *b)
{
    return b->type & PCI_BAR_IO;
}

static bool bar_is_64(const PciBar *b)
{
    return !bar_is_io(b) && (b->type & PCI_BAR_MEM64);
}

/* The address BAR n decodes now (QEMU's pci_bar_address rules). */
static uint64_t bar_decode(PciDevice *d, int n)
{
    PciBar *b = &d->bars[n];
    uint16_t cmd = pci_get_word(d->config + PCI_COMMAND);
    uint32_t reg = PCI_BASE_ADDRESS_0 + 4 * (uint32_t)n;
    uint64_t a, last;
    if (bar_is_io(b)) {
        if (!(cmd & PCI_COMMAND_IO)) {
            return PCI_BAR_UNMAPPED;
        }
        a = pci_get_long(d->config + reg) & ~(b->size - 1);
        last = a + b->size - 1;
        if (last <= a || last >= UINT32_MAX || a == 0) {
            return PCI_BAR_UNMAPPED;
        }
        return a;
    }
    if (!(cmd & PCI_COMMAND_MEMORY)) {
        return PCI_BAR_UNMAPPED;
    }
    a = pci_get_long(d->config + reg);
    if (bar_is_64(b)) {
        a |= (uint64_t)pci_get_long(d->config + reg + 4) << 32;
    }
    a &= ~(b->size - 1);
    last = a + b->size - 1;
    if (last <= a || last == PCI_BAR_UNMAPPED || a == 0) {
        return PCI_BAR_UNMAPPED;
    }
    if (!bar_is_64(b) && last >= UINT32_MAX) {
        return PCI_BAR_UNMAPPED;
    }
    return a;
}

static void bars_update(PciDevice *d)
{
    for (int n = 0; n < PCI_NUM_BARS; n++) {
        PciBar *b = &d->bars[n];
        if (!b->size) {
            continue;
        }
        uint64_t a = bar_decode(d, n);
        if (a == b->addr) {
            continue;
        }
        b->addr = a;
        if (d->bus && d->bus->ops->bar_moved) {
            d->bus->ops->bar_moved(d->bus->host, d, n);
        }
    }
}

static void intx_update(PciDevice *d)
{
    uint8_t pin = d->config[PCI_INTERRUPT_PIN];
    if (!pin || !d->bus) {
        return;
    }
    bool disabled = pci_get_word(d->config + PCI_COMMAND) &
                    PCI_COMMAND_INTX_DISABLE;
    int level = d->intx_level && !disabled;
    d->bus->ops->set_intx(d->bus->host, d->devfn, pin - 1, level);
}

/* The masks of a fresh type-0 header (QEMU's pci_init_wmask/w1cmask). */
static void init_masks(PciDevice *d)
{
    memset(d->wmask, 0, sizeof(d->wmask));
    memset(d->w1cmask, 0, sizeof(d->w1cmask));
    pci_set_word(d->wmask + PCI_COMMAND,
                 PCI_COMMAND_IO | PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER |
                 PCI_COMMAND_SERR | PCI_COMMAND_INTX_DISABLE);
    d->wmask[PCI_CACHE_LINE_SIZE] = 0xff;
    d->wmask[PCI_INTERRUPT_LINE] = 0xff;
    /* status: parity, signalled/received aborts, SERR, parity error */
    pci_set_word(d->w1cmask + PCI_STATUS, 0xf900);
    /* everything past the header is the device's (capabilities set
     * their own masks) */
}

bool pci_device_init(PciDevice *d, uint16_t vendor, uint16_t device,
                     uint8_t revision, uint32_t class_code, GError **err)
{
    Machine *m = d->dev.machine;
    const char *name = d->dev.cls->name;
    PciBus *bus = pci_bus_find(m, d->bus_prop);
    if (!bus) {
        if (d->bus_prop) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Bus '%s' not found", d->bus_prop);
        } else {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "No 'PCI' bus found for device '%s'", name);
        }
        return false;
    }
    int devfn = -1;
    if (d->addr_prop) {
        unsigned slot, fn = 0;
        char *end;
        slot = (unsigned)strtoul(d->addr_prop, &end, 16);
        bool ok = end != d->addr_prop;
        if (ok && *end == '.') {
            char *e2;
            fn = (unsigned)strtoul(end + 1, &e2, 16);
            ok = e2 != end + 1 && !*e2;
        } else if (ok && *end) {
            ok = false;
        }
        if (!ok || slot > 31 || fn > 7) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Property '%s.addr' doesn't take value '%s'", name,
                        d->addr_prop);
            return false;
        }
        devfn = PCI_DEVFN(slot, fn);
        if (bus->devs[devfn] && fn == 0) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "PCI: slot %u already occupied by %s", slot,
                        bus->devs[devfn]->dev.cls->name);
            return false;
        }
        if (bus->devs[devfn]) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "PCI: slot %u function %u not available for %s, in "
                        "use by %s", slot, fn, name,
                        bus->devs[devfn]->dev.cls->name);
            return false;
        }
    } else {
        for (int df = 0; df < 256; df += 8) {
            if (!bus->devs[df]) {
                devfn = df;
                break;
            }
        }
        if (devfn < 0) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "PCI: no slot/function available for %s, all in "
                        "use or reserved", name);
            return false;
        }
    }
    /* farad's functions are all single-function devices: QEMU's rules
     * for those (pci_init_multifunction) */
    int fn0 = devfn & ~7;
    if (devfn != fn0 && bus->devs[fn0]) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "PCI: single function device can't be populated in "
                    "function %x.%x", devfn >> 3, devfn & 7);
        return false;
    }
    for (int f = 1; devfn == fn0 && f < 8; f++) {
        if (bus->devs[fn0 + f]) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "PCI: %x.0 indicates single function, but %x.%x is "
                        "already populated.", devfn >> 3, devfn >> 3, f);
            return false;
        }
    }
    d->bus = bus;
    d->devfn = (uint8_t)devfn;
    d->config_size = bus->config_size;
    memset(d->config, 0, sizeof(d->config));
    init_masks(d);
    pci_set_word(d->config + PCI_VENDOR_ID, vendor);
    pci_set_word(d->config + PCI_DEVICE_ID, device);
    d->config[PCI_REVISION_ID] = revision;
    d->config[PCI_CLASS_PROG] = (uint8_t)class_code;
    pci_set_word(d->config + PCI_CLASS_DEVICE, (uint16_t)(class_code >> 8));
    /* QEMU's default subsystem ids (Red Hat / QEMU) */
    pci_set_word(d->config + PCI_SUBSYSTEM_VENDOR_ID, 0x1af4);
    pci_set_word(d->config + PCI_SUBSYSTEM_ID, 0x1100);
    d->cap_next = 0x40;
    for (int n = 0; n < PCI_NUM_BARS; n++) {
        d->bars[n].addr = PCI_BAR_UNMAPPED;
    }
    bus->devs[devfn] = d;
    return true;
}

void pci_device_exit(PciDevice *d)
{
    if (!d->bus) {
        return;
    }
    pci_set_word(d->config + PCI_COMMAND, 0);
    bars_update(d);
    d->bus->devs[d->devfn] = NULL;
    d->bus = NULL;
    g_free(d->msix_table);
    g_free(d->msix_pba);
    d->msix_table = d->msix_pba = NULL;
    d->msix_table_len = d->msix_pba_len = 0;
}

void pci_register_bar(PciDevice *d, int n, uint8_t type, uint64_t size,
                      const MemOps *ops, void *opaque)
{
    g_assert(n >= 0 && n < PCI_NUM_BARS && size && !(size & (size - 1)));
    PciBar *b = &d->bars[n];
    b->size = size;
    b->type = type;
    b->ops = ops;
    b->opaque = opaque;
    b->addr = PCI_BAR_UNMAPPED;
    uint32_t reg = PCI_BASE_ADDRESS_0 + 4 * (uint32_t)n;
    uint64_t mask = ~(size - 1);
    if (type & PCI_BAR_IO) {
        pci_set_long(d->wmask + reg, (uint32_t)mask & ~3u);
        pci_set_long(d->config + reg, PCI_BAR_IO);
    } else {
        pci_set_long(d->wmask + reg, (uint32_t)mask & ~0xfu);
        pci_set_long(d->config + reg, type & (PCI_BAR_MEM64 | PCI_BAR_PREFETCH));
        if (type & PCI_BAR_MEM64) {
            g_assert(n + 1 < PCI_NUM_BARS);
            pci_set_long(d->wmask + reg + 4, (uint32_t)(mask >> 32));
        }
    }
}

uint8_t pci_add_capability(PciDevice *d, uint8_t id, uint8_t len)
{
    uint8_t off = d->cap_next;
    g_assert((unsigned)off + len <= PCI_CONFIG_SPACE_SIZE);
    /* new capabilities go to the head of the list, as QEMU links them */
    d->config[off] = id;
    d->config[off + 1] = d->config[PCI_CAPABILITY_LIST];
    d->config[PCI_CAPABILITY_LIST] = off;
    pci_set_word(d->config + PCI_STATUS,
                 pci_get_word(d->config + PCI_STATUS) | PCI_STATUS_CAP_LIST);
    d->cap_next = (uint8_t)((off + len + 3) & ~3);
    return off;
}

void pci_msi_init(PciDevice *d, unsigned nvec)
{
    g_assert(nvec >= 1 && nvec <= 32 && !(nvec & (nvec - 1)));
    uint8_t c = pci_add_capability(d, PCI_CAP_ID_MSI, 14);
    unsigned mmc = (unsigned)__builtin_ctz(nvec);
    /* 64-bit address capable, multiple message capable */
    pci_set_word(d->config + c + 2, (uint16_t)(0x80 | mmc << 1));
    pci_set_word(d->wmask + c + 2, 0x71);
    pci_set_long(d->wmask + c + 4, 0xfffffffc);
    pci_set_long(d->wmask + c + 8, 0xffffffff);
    pci_set_word(d->wmask + c + 12, 0xffff);
    d->msi_cap = c;
}

static uint64_t msix_bar_read(void *opaque, uint64_t off, unsigned size)
{
    return pci_msix_read(opaque, off, size);
}

static void msix_bar_write(void *opaque, uint64_t off, uint64_t val,
                           unsigned size)
{
    pci_msix_write(opaque, off, val, size);
}

static const MemOps msix_bar_ops = {
    .read = msix_bar_read,
    .write = msix_bar_write,
    .min_size = 4, .max_size = 8,
    .endian = MEM_LITTLE,
};

void pci_msix_init(PciDevice *d, unsigned nvec, int bar, uint32_t table_off,
                   uint32_t pba_off, bool own_bar)
{
    g_assert(nvec >= 1 && nvec <= 2048);
    uint8_t c = pci_add_capability(d, PCI_CAP_ID_MSIX, 12);
    pci_set_word(d->config + c + 2, (uint16_t)(nvec - 1));
    pci_set_word(d->wmask + c + 2, 0xc000);
    pci_set_long(d->config + c + 4, table_off | (uint32_t)bar);
    pci_set_long(d->config + c + 8, pba_off | (uint32_t)bar);
    d->msix_cap = c;
    d->msix_entries = (uint16_t)nvec;
    d->msix_bar = (uint8_t)bar;
    d->msix_table_off = table_off;
    d->msix_pba_off = pba_off;
    d->msix_table = g_malloc0(16 * (size_t)nvec);
    d->msix_pba = g_malloc0((nvec + 63) / 64 * 8);
    d->msix_table_len = 16 * nvec;
    d->msix_pba_len = (nvec + 63) / 64 * 8;
    for (unsigned v = 0; v < nvec; v++) {
        d->msix_table[16 * v + 12] = 1;   /* vector masked */
    }
    if (own_bar) {
        uint64_t end = MAX(table_off + 16ULL * nvec,
                           pba_off + (nvec + 63) / 64 * 8ULL);
        uint64_t size = 4096;
        while (size < end) {
            size <<= 1;
        }
        pci_register_bar(d, bar, PCI_BAR_MEM, size, &msix_bar_ops, d);
    }
}

static bool msix_enabled(PciDevice *d)
{
    return d->msix_cap &&
           (pci_get_word(d->config + d->msix_cap + 2) & 0x8000);
}

static bool msix_vector_masked(PciDevice *d, unsigned v)
{
    uint16_t ctl = pci_get_word(d->config + d->msix_cap + 2);
    return (ctl & 0x4000) || (d->msix_table[16 * v + 12] & 1);
}

static void msix_send(PciDevice *d, unsigned v)
{
    const uint8_t *e = d->msix_table + 16 * v;
    uint64_t addr = pci_get_long(e) | (uint64_t)pci_get_long(e + 4) << 32;
    uint8_t data[4];
    memcpy(data, e + 8, 4);
    d->msix_pba[v / 8] &= (uint8_t)~(1u << (v % 8));
    pci_dma_write(d, addr, data, 4);
}

uint64_t pci_msix_read(PciDevice *d, uint64_t off, unsigned size)
{
    uint64_t v = 0;
    uint64_t tlen = 16ULL * d->msix_entries;
    uint64_t plen = (d->msix_entries + 63) / 64 * 8ULL;
    for (unsigned i = 0; i < size; i++) {
        uint64_t o = off + i;
        uint8_t b = 0;
        if (o >= d->msix_table_off && o - d->msix_table_off < tlen) {
            b = d->msix_table[o - d->msix_table_off];
        } else if (o >= d->msix_pba_off && o - d->msix_pba_off < plen) {
            b = d->msix_pba[o - d->msix_pba_off];
        }
        v |= (uint64_t)b << (8 * i);
    }
    return v;
}

void pci_msix_write(PciDevice *d, uint64_t off, uint64_t val, unsigned size)
{
    uint64_t tlen = 16ULL * d->msix_entries;
    for (unsigned i = 0; i < size; i++) {
        uint64_t o = off + i;
        if (o < d->msix_table_off || o - d->msix_table_off >= tlen) {
            continue;   /* the PBA is read-only */
        }
        uint64_t t = o - d->msix_table_off;
        unsigned v = (unsigned)(t / 16);
        bool was_masked = msix_enabled(d) && msix_vector_masked(d, v);
        d->msix_table[t] = (uint8_t)(val >> (8 * i));
        if (t % 16 == 12 && was_masked && !msix_vector_masked(d, v) &&
            (d->msix_pba[v / 8] & (1u << (v % 8)))) {
            msix_send(d, v);
        }
    }
}

void pci_msi_notify(PciDevice *d, unsigned v)
{
    if (msix_enabled(d)) {
        if (v >= d->msix_entries) {
            return;
        }
        if (msix_vector_masked(d, v)) {
            d->msix_pba[v / 8] |= (uint8_t)(1u << (v % 8));
            return;
        }
        msix_send(d, v);
        return;
    }
    if (!d->msi_cap) {
        return;
    }
    uint8_t c = d->msi_cap;
    uint16_t ctl = pci_get_word(d->config + c + 2);
    if (!(ctl & 1)) {
        return;
    }
    unsigned nvec = 1u << ((ctl >> 4) & 7);
    if (v >= nvec) {
        return;
    }
    uint64_t addr = pci_get_long(d->config + c + 4) |
                    (uint64_t)pci_get_long(d->config + c + 8) << 32;
    uint16_t data = pci_get_word(d->config + c + 12);
    data = (uint16_t)((data & ~(nvec - 1)) | v);
    uint8_t buf[4] = { (uint8_t)data, (uint8_t)(data >> 8), 0, 0 };
    pci_dma_write(d, addr, buf, 4);
}

uint32_t pci_config_read(PciDevice *d, uint32_t addr, unsigned size)
{
    uint32_t v = 0;
    for (unsigned i = 0; i < size && addr + i < d->config_size; i++) {
        v |= (uint32_t)d->config[addr + i] << (8 * i);
    }
    return v;
}

static bool overlaps(uint32_t a, unsigned size, uint32_t lo, uint32_t len)
{
    return a < lo + len && lo < a + size;
}

void pci_config_write(PciDevice *d, uint32_t addr, uint32_t val,
                      unsigned size)
{
    bool msix_was = msix_enabled(d);
    for (unsigned i = 0; i < size && addr + i < d->config_size; i++) {
        uint32_t a = addr + i;
        uint8_t b = (uint8_t)(val >> (8 * i));
        uint8_t wm = d->wmask[a], w1c = d->w1cmask[a];
        d->config[a] = (uint8_t)((d->config[a] & ~wm) | (b & wm));
        d->config[a] &= (uint8_t)~(b & w1c);
    }
    if (overlaps(addr, size, PCI_BASE_ADDRESS_0, 24) ||
        overlaps(addr, size, PCI_COMMAND, 2)) {
        bars_update(d);
    }
    if (overlaps(addr, size, PCI_COMMAND, 2)) {
        intx_update(d);
    }
    if (d->msix_cap && overlaps(addr, size, d->msix_cap + 2u, 2) &&
        !msix_was && msix_enabled(d)) {
        for (unsigned v = 0; v < d->msix_entries; v++) {
            if ((d->msix_pba[v / 8] & (1u << (v % 8))) &&
                !msix_vector_masked(d, v)) {
                msix_send(d, v);
            }
        }
    }
    if (d->config_written) {
        d->config_written(d, addr, val, size);
    }
}

void pci_device_reset(PciDevice *d)
{
    uint16_t cmd = pci_get_word(d->config + PCI_COMMAND);
    cmd &= (uint16_t)~pci_get_word(d->wmask + PCI_COMMAND);
    pci_set_word(d->config + PCI_COMMAND, cmd);
    d->config[PCI_CACHE_LINE_SIZE] = 0;
    d->config[PCI_INTERRUPT_LINE] = 0;
    for (int n = 0; n < PCI_NUM_BARS; n++) {
        PciBar *b = &d->bars[n];
        if (!b->size) {
            continue;
        }
        uint32_t reg = PCI_BASE_ADDRESS_0 + 4 * (uint32_t)n;
        pci_set_long(d->config + reg, pci_get_long(d->config + reg) &
                     ~pci_get_long(d->wmask + reg));
        if (bar_is_64(b)) {
            pci_set_long(d->config + reg + 4, 0);
        }
    }
    if (d->msi_cap) {
        uint8_t c = d->msi_cap;
        pci_set_word(d->config + c + 2,
                     pci_get_word(d->config + c + 2) & ~0x71);
        memset(d->config + c + 4, 0, 10);
    }
    if (d->msix_cap) {
        uint8_t c = d->msix_cap;
        pci_set_word(d->config + c + 2,
                     pci_get_word(d->config + c + 2) & ~0xc000);
        memset(d->msix_table, 0, 16 * (size_t)d->msix_entries);
        for (unsigned v = 0; v < d->msix_entries; v++) {
            d->msix_table[16 * v + 12] = 1;
        }
        memset(d->msix_pba, 0, (d->msix_entries + 63) / 64 * 8);
    }
    d->intx_level = 0;
    bars_update(d);
    intx_update(d);
    if (d->reset_hook) {
        d->reset_hook(d);
    }
}

void pci_device_post_load(PciDevice *d)
{
    bars_update(d);
    intx_update(d);
}

uint64_t pci_bar_addr(PciDevice *d, int n)
{
    return n >= 0 && n < PCI_NUM_BARS ? d->bars[n].addr : PCI_BAR_UNMAPPED;
}

static bool dma_rw(PciDevice *d, uint64_t addr, void *buf, uint64_t len,
                   bool write)
{
    if (!d->bus ||
        !(pci_get_word(d->config + PCI_COMMAND) & PCI_COMMAND_MASTER)) {
        return false;
    }
    return d->bus->ops->dma_rw(d->bus->host, addr, buf, len, write);
}

bool pci_dma_read(PciDevice *d, uint64_t addr, void *buf, uint64_t len)
{
    if (!dma_rw(d, addr, buf, len, false)) {
        memset(buf, 0xff, len);
        return false;
    }
    return true;
}

bool pci_dma_write(PciDevice *d, uint64_t addr, const void *buf,
                   uint64_t len)
{
    return dma_rw(d, addr, (void *)buf, len, true);
}

void pci_set_irq(PciDevice *d, int level)
{
    d->intx_level = level ? 1 : 0;
    uint16_t st = pci_get_word(d->config + PCI_STATUS);
    st = level ? (st | PCI_STATUS_INTERRUPT) : (st & ~PCI_STATUS_INTERRUPT);
    pci_set_word(d->config + PCI_STATUS, st);
    intx_update(d);
}
