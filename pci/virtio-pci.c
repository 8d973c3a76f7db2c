/* SPDX-License-Identifier: MIT */
/*
 * The virtio 1.x PCI transport (see virtio-pci.h): the vendor
 * capabilities, the common configuration registers (section 4.1.4.3),
 * ISR, device config and notify regions in BAR4, MSI-X in BAR1, the
 * legacy register block in BAR0 (section 4.1.4.8), device status and
 * reset, one queue's reset (VIRTIO_F_RING_RESET), feature negotiation,
 * and the memory the queues use (guest physical, or bus-master DMA
 * through the TCEs with VIRTIO_F_ACCESS_PLATFORM).
 */
#include <string.h>

#include "core/machine/platform.h"
#include "core/machine/spapr.h"
#include "virtio-pci.h"

/* Vendor capability (struct virtio_pci_cap) types and the BAR4 map. */
enum {
    CAP_COMMON = 1, CAP_NOTIFY = 2, CAP_ISR = 3, CAP_DEVICE = 4,
    CAP_PCI_CFG = 5,
    PCI_CAP_ID_VNDR = 0x09,
    MODERN_BAR = 4, MSIX_BAR = 1, LEGACY_BAR = 0,
    REGION_SIZE = 0x1000,
    OFF_COMMON = 0x0000, OFF_ISR = 0x1000, OFF_DEVICE = 0x2000,
    OFF_NOTIFY = 0x3000,
    QUEUE_MAX = 1024,        /* notify slots QEMU reserves (VIRTIO_QUEUE_MAX) */
};

/* Bytes between two queues' notify registers. */
static uint32_t notify_mult(const VirtioPci *v)
{
    return v->page_per_vq ? 0x1000 : 4;
}

/* Common configuration offsets (struct virtio_pci_common_cfg). */
enum {
    CC_DFSELECT = 0x00, CC_DF = 0x04, CC_GFSELECT = 0x08, CC_GF = 0x0c,
    CC_MSIX = 0x10, CC_NUMQ = 0x12, CC_STATUS = 0x14, CC_CFGGEN = 0x15,
    CC_QSEL = 0x16, CC_QSIZE = 0x18, CC_QMSIX = 0x1a, CC_QENABLE = 0x1c,
    CC_QNOFF = 0x1e, CC_QDESC = 0x20, CC_QAVAIL = 0x28, CC_QUSED = 0x30,
    CC_QNDATA = 0x38,        /* queue_notify_data: reads 0, as QEMU 7.2 */
    CC_QRESET = 0x3a,        /* queue_reset (virtio 1.2, RING_RESET) */
    CC_SIZE = 0x3c,
};

/* Legacy register offsets; with MSI-X enabled the two vector registers
 * follow the ISR and the device config moves from 0x14 to 0x18. */
enum {
    LG_HOST_FEATURES = 0x00, LG_GUEST_FEATURES = 0x04, LG_QUEUE_PFN = 0x08,
    LG_QUEUE_NUM = 0x0c, LG_QUEUE_SEL = 0x0e, LG_QUEUE_NOTIFY = 0x10,
    LG_STATUS = 0x12, LG_ISR = 0x13, LG_CONFIG_VECTOR = 0x14,
    LG_QUEUE_VECTOR = 0x16,
    LG_HEADER_MSIX = 0x18,      /* header size with MSI-X enabled */
    LG_HEADER = 0x14,           /* without */
    LG_PAGE_SHIFT = 12,         /* queue PFN unit and ring alignment */
    /* feature bits a legacy driver sees beyond the modern offer
     * (VIRTIO_F_NOTIFY_ON_EMPTY, VIRTIO_F_ANY_LAYOUT, and QEMU's
     * VIRTIO_F_BAD_FEATURE, which a driver must not accept) */
    LG_EXTRA_FEATURES = 1u << 24 | 1u << 27,
    LG_BAD_FEATURE = 1u << 30,
};

/* ---- memory the queues use ---- */

static bool phys_read(void *opaque, uint64_t addr, void *buf, uint64_t len)
{
    VirtioPci *v = opaque;
    Machine *m = v->pci.dev.machine;
    if (v->iommu_platform &&
        virtio_pci_has_feature(v, VIRTIO_F_ACCESS_PLATFORM)) {
        return pci_dma_read(&v->pci, addr, buf, len);
    }
    if (!spapr_ram_ok(m, addr, len)) {
        return false;
    }
    memcpy(buf, m->ram + addr, len);
    return true;
}

static bool phys_write(void *opaque, uint64_t addr, const void *buf,
                       uint64_t len)
{
    VirtioPci *v = opaque;
    Machine *m = v->pci.dev.machine;
    if (v->iommu_platform &&
        virtio_pci_has_feature(v, VIRTIO_F_ACCESS_PLATFORM)) {
        return pci_dma_write(&v->pci, addr, buf, len);
    }
    if (!spapr_ram_ok(m, addr, len)) {
        return false;
    }
    spapr_write_ram(m, addr, buf, len);   /* invalidates translated code */
    return true;
}

static const VqMemOps guest_mem = { phys_read, phys_write };

bool virtio_pci_has_feature(const VirtioPci *v, unsigned f)
{
    return (v->guest_features >> f) & 1;
}

bool virtio_pci_big_endian(const VirtioPci *v)
{
    return v->big_endian && !virtio_pci_has_feature(v, VIRTIO_F_VERSION_1);
}

uint64_t virtio_pci_ld(const VirtioPci *v, const void *p, unsigned n)
{
    const uint8_t *b = p;
    bool be = virtio_pci_big_endian(v);
    uint64_t val = 0;
    for (unsigned i = 0; i < n; i++) {
        val |= (uint64_t)b[be ? n - 1 - i : i] << (8 * i);
    }
    return val;
}

void virtio_pci_st(const VirtioPci *v, void *p, uint64_t val, unsigned n)
{
    uint8_t *b = p;
    bool be = virtio_pci_big_endian(v);
    for (unsigned i = 0; i < n; i++) {
        b[be ? n - 1 - i : i] = (uint8_t)(val >> (8 * i));
    }
}

/* ---- interrupts ---- */

static bool msix_enabled(const VirtioPci *v)
{
    const PciDevice *d = &v->pci;
    return d->msix_cap &&
           (pci_get_word(d->config + d->msix_cap + 2) & 0x8000);
}

static unsigned legacy_header(const VirtioPci *v)
{
    return msix_enabled(v) ? LG_HEADER_MSIX : LG_HEADER;
}

/* The event index, indirect tables and the rings' byte order follow
 * the accepted features (at FEATURES_OK for a modern driver, at each
 * legacy write) and the byte order fixed at the last reset. */
static void apply_queue_features(VirtioPci *v, VirtQueue *q)
{
    q->big_endian = virtio_pci_big_endian(v);
    q->event_idx = virtio_pci_has_feature(v, VIRTIO_F_RING_EVENT_IDX);
    q->indirect = virtio_pci_has_feature(v, VIRTIO_F_RING_INDIRECT_DESC);
}

static void apply_ring_features(VirtioPci *v)
{
    for (unsigned q = 0; q < v->nvqs; q++) {
        apply_queue_features(v, &v->vq[q]);
    }
}

static void send_vector(VirtioPci *v, uint16_t vector, uint8_t isr_bit)
{
    PciDevice *d = &v->pci;
    if (msix_enabled(v)) {
        if (vector != VIRTIO_NO_VECTOR) {
            pci_msi_notify(d, vector);
        }
        return;
    }
    v->isr |= isr_bit;
    pci_set_irq(d, 1);
}

void virtio_pci_notify(VirtioPci *v, unsigned q)
{
    if (!v->broken && q < v->nvqs && vq_should_notify(&v->vq[q])) {
        send_vector(v, v->vq[q].vector, 1);
    }
}

void virtio_pci_error(VirtioPci *v, unsigned q, const char *why)
{
    if (v->broken) {
        return;
    }
    v->broken = true;
    g_printerr("farad: %s %02x.%x: virtqueue %u: %s; the device needs a "
               "reset\n", v->pci.dev.cls->name, v->pci.devfn >> 3,
               v->pci.devfn & 7, q, why);
    if (virtio_pci_has_feature(v, VIRTIO_F_VERSION_1)) {
        v->status |= VIRTIO_STATUS_NEEDS_RESET;
        v->config_generation++;
        send_vector(v, v->msix_config, 2);
    }
}

int virtio_pci_pop(VirtioPci *v, unsigned q, VqElem *e)
{
    if (v->broken || q >= v->nvqs ||
        !(v->status & VIRTIO_STATUS_DRIVER_OK)) {
        return VQ_EMPTY;
    }
    const char *why;
    int r = vq_pop(&v->vq[q], e, &why);
    if (r == VQ_BROKEN) {
        virtio_pci_error(v, q, why);
        return VQ_EMPTY;
    }
    return r;
}

bool virtio_pci_push(VirtioPci *v, unsigned q, const VqElem *e,
                     uint32_t len)
{
    if (v->broken) {
        return false;
    }
    if (!vq_push(&v->vq[q], e, len)) {
        virtio_pci_error(v, q, "used ring not writable");
        return false;
    }
    return true;
}

/* ---- device reset and features ---- */

/* Reset the device; by_guest: the driver asked (status 0, legacy PFN
 * 0), and the byte order becomes that of the CPU doing it, else
 * (machine reset, realize) big-endian, QEMU's default on ppc64. */
static void virtio_reset(VirtioPci *v, bool by_guest)
{
    Machine *m = v->pci.dev.machine;
    v->big_endian = true;
    if (by_guest && m && m->cpus) {
        v->big_endian = !(m->cpus[m->turn]->arch.msr & MSR_LE);
    }
    v->guest_features = 0;
    v->dfselect = v->gfselect = 0;
    v->msix_config = VIRTIO_NO_VECTOR;
    v->status = 0;
    v->isr = 0;
    v->queue_sel = 0;
    v->broken = false;
    for (unsigned q = 0; q < v->nvqs; q++) {
        vq_reset(&v->vq[q]);
    }
    apply_ring_features(v);
    pci_set_irq(&v->pci, 0);
    if (v->info->reset) {
        v->info->reset(v);
    }
}

/* The driver wrote 1 to queue_reset (virtio 1.2 2.6.1, 4.1.4.3.2):
 * queue q alone goes back to its reset state (not enabled, the
 * device's maximum size, no vector, no rings, indices 0) with the
 * negotiated ring features kept; the device forgets what it held of
 * it. Done within the write, so queue_reset reads 0 again at once, as
 * QEMU 7.2's; the driver then sets the queue up and re-enables it. */
static void queue_reset(VirtioPci *v, unsigned q)
{
    if (v->info->queue_reset) {
        v->info->queue_reset(v, q);
    }
    vq_reset(&v->vq[q]);
    apply_queue_features(v, &v->vq[q]);
}

/* The driver sets status: FEATURES_OK stays only for an acceptable
 * feature set (a subset of the offer, with VERSION_1: section 3.1.1). */
static void set_status(VirtioPci *v, uint8_t val)
{
    if (val == 0) {
        virtio_reset(v, true);
        return;
    }
    if ((val & VIRTIO_STATUS_FEATURES_OK) &&
        !(v->status & VIRTIO_STATUS_FEATURES_OK)) {
        bool ok = !(v->guest_features & ~v->host_features) &&
                  virtio_pci_has_feature(v, VIRTIO_F_VERSION_1);
        if (!ok) {
            val &= (uint8_t)~VIRTIO_STATUS_FEATURES_OK;
        }
        apply_ring_features(v);
    }
    /* NEEDS_RESET is the device's to set */
    v->status = (uint8_t)((val & ~VIRTIO_STATUS_NEEDS_RESET) |
                          (v->status & VIRTIO_STATUS_NEEDS_RESET));
}

/* ---- common configuration ---- */

static void put_le(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        p[i] = (uint8_t)(v >> (8 * i));
    }
}

static uint64_t get_le(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) {
        v |= (uint64_t)p[i] << (8 * i);
    }
    return v;
}

/* The common config as the driver reads it now. */
static void common_image(VirtioPci *v, uint8_t *b)
{
    memset(b, 0, CC_SIZE);
    put_le(b + CC_DFSELECT, v->dfselect, 4);
    put_le(b + CC_DF, v->dfselect < 2
           ? (uint32_t)(v->host_features >> (32 * v->dfselect)) : 0, 4);
    put_le(b + CC_GFSELECT, v->gfselect, 4);
    put_le(b + CC_GF, v->gfselect < 2
           ? (uint32_t)(v->guest_features >> (32 * v->gfselect)) : 0, 4);
    put_le(b + CC_MSIX, v->msix_config, 2);
    put_le(b + CC_NUMQ, v->nvqs, 2);
    b[CC_STATUS] = v->status;
    b[CC_CFGGEN] = v->config_generation;
    put_le(b + CC_QSEL, v->queue_sel, 2);
    if (v->queue_sel < v->nvqs) {
        VirtQueue *q = &v->vq[v->queue_sel];
        put_le(b + CC_QSIZE, q->num, 2);
        put_le(b + CC_QMSIX, q->vector, 2);
        put_le(b + CC_QENABLE, q->ready, 2);
        put_le(b + CC_QNOFF, v->queue_sel, 2);
        put_le(b + CC_QDESC, q->desc, 8);
        put_le(b + CC_QAVAIL, q->avail, 8);
        put_le(b + CC_QUSED, q->used, 8);
    } else {
        put_le(b + CC_QMSIX, VIRTIO_NO_VECTOR, 2);
    }
}

static bool touches(uint64_t off, unsigned size, unsigned field,
                    unsigned len)
{
    return off < field + len && field < off + size;
}

/* A vector the driver asks for: kept when MSI-X has it, else
 * NO_VECTOR, which the driver reads back as the refusal (4.1.5.1.2). */
static uint16_t vector_ok(VirtioPci *v, uint16_t vec)
{
    return vec < v->nvectors ? vec : VIRTIO_NO_VECTOR;
}

static void common_write(VirtioPci *v, uint64_t off, uint64_t val,
                         unsigned size)
{
    uint8_t b[CC_SIZE];
    common_image(v, b);
    put_le(b + off, val, size);
    if (touches(off, size, CC_DFSELECT, 4)) {
        v->dfselect = (uint32_t)get_le(b + CC_DFSELECT, 4);
    }
    if (touches(off, size, CC_GFSELECT, 4)) {
        v->gfselect = (uint32_t)get_le(b + CC_GFSELECT, 4);
    }
    if (touches(off, size, CC_GF, 4) && v->gfselect < 2 &&
        !(v->status & VIRTIO_STATUS_FEATURES_OK)) {
        unsigned sh = 32 * v->gfselect;
        v->guest_features = (v->guest_features & ~(0xffffffffULL << sh)) |
                            get_le(b + CC_GF, 4) << sh;
    }
    if (touches(off, size, CC_MSIX, 2)) {
        v->msix_config = vector_ok(v, (uint16_t)get_le(b + CC_MSIX, 2));
    }
    if (touches(off, size, CC_STATUS, 1)) {
        set_status(v, b[CC_STATUS]);
    }
    if (touches(off, size, CC_QSEL, 2)) {
        v->queue_sel = (uint16_t)get_le(b + CC_QSEL, 2);
    }
    if (v->queue_sel >= v->nvqs) {
        return;
    }
    VirtQueue *q = &v->vq[v->queue_sel];
    if (touches(off, size, CC_QRESET, 2) &&
        get_le(b + CC_QRESET, 2) == 1) {
        queue_reset(v, v->queue_sel);   /* QEMU: whatever was negotiated */
        return;
    }
    if (touches(off, size, CC_QMSIX, 2)) {
        q->vector = vector_ok(v, (uint16_t)get_le(b + CC_QMSIX, 2));
    }
    if (q->ready) {
        return;   /* size and addresses are fixed once enabled */
    }
    if (touches(off, size, CC_QSIZE, 2)) {
        uint16_t n = (uint16_t)get_le(b + CC_QSIZE, 2);
        if (n && n <= q->num_max) {
            q->num = n;
        }
    }
    if (touches(off, size, CC_QDESC, 8)) {
        q->desc = get_le(b + CC_QDESC, 8);
    }
    if (touches(off, size, CC_QAVAIL, 8)) {
        q->avail = get_le(b + CC_QAVAIL, 8);
    }
    if (touches(off, size, CC_QUSED, 8)) {
        q->used = get_le(b + CC_QUSED, 8);
    }
    if (touches(off, size, CC_QENABLE, 2) && get_le(b + CC_QENABLE, 2) == 1) {
        q->ready = true;
        q->last_avail = q->used_idx = 0;
        q->signalled_valid = false;
    }
}

/* ---- device config (BAR4's region, or after the legacy header) ---- */

/* Bytes past the device's config read as 0. */
static uint64_t config_read(VirtioPci *v, uint64_t o, unsigned size)
{
    uint8_t b[8] = { 0 };
    for (unsigned i = 0; i < size && o + i < v->info->config_size; i++) {
        b[i] = v->config[o + i];
    }
    return get_le(b, size);
}

static void config_write(VirtioPci *v, uint64_t o, uint64_t val,
                         unsigned size)
{
    if (o + size > v->info->config_size || !v->info->config_write) {
        return;   /* only devices with writable fields take writes */
    }
    put_le(v->config + o, val, size);
    v->info->config_write(v, (uint32_t)o, size);
}

/* ---- BAR4 ---- */

static uint64_t modern_read(void *opaque, uint64_t off, unsigned size)
{
    VirtioPci *v = opaque;
    if (off < OFF_COMMON + CC_SIZE) {
        uint8_t b[CC_SIZE + 8] = { 0 };
        common_image(v, b);
        return get_le(b + off, size);
    }
    if (off >= OFF_ISR && off < OFF_ISR + REGION_SIZE) {
        /* reading clears it and lowers INTx (4.1.4.5) */
        uint8_t isr = v->isr;
        v->isr = 0;
        pci_set_irq(&v->pci, 0);
        return isr;
    }
    if (off >= OFF_DEVICE && off - OFF_DEVICE < v->info->config_size) {
        return config_read(v, off - OFF_DEVICE, size);
    }
    return 0;
}

static void modern_write(void *opaque, uint64_t off, uint64_t val,
                         unsigned size)
{
    VirtioPci *v = opaque;
    if (off < OFF_COMMON + CC_SIZE) {
        if (off + size <= CC_SIZE) {
            common_write(v, off, val, size);
        }
        return;
    }
    if (off >= OFF_DEVICE && off - OFF_DEVICE < v->info->config_size) {
        config_write(v, off - OFF_DEVICE, val, size);
        return;
    }
    if (off >= OFF_NOTIFY) {
        unsigned q = (unsigned)((off - OFF_NOTIFY) / notify_mult(v));
        if (q < v->nvqs && v->vq[q].ready && v->info->queue_notify) {
            v->info->queue_notify(v, q);
        }
    }
}

static const MemOps modern_ops = {
    .read = modern_read, .write = modern_write,
    .min_size = 1, .max_size = 8, .endian = MEM_LITTLE,
};

/* ---- BAR0: the legacy interface (virtio spec 4.1.4.8) ---- */

/* The legacy header as the driver reads it now (little-endian, the
 * byte order of the PCI I/O space). */
static void legacy_image(VirtioPci *v, uint8_t *b)
{
    memset(b, 0, LG_HEADER_MSIX);
    put_le(b + LG_HOST_FEATURES,
           (uint32_t)v->host_features | LG_EXTRA_FEATURES | LG_BAD_FEATURE,
           4);
    put_le(b + LG_GUEST_FEATURES, (uint32_t)v->guest_features, 4);
    if (v->queue_sel < v->nvqs) {
        VirtQueue *q = &v->vq[v->queue_sel];
        put_le(b + LG_QUEUE_PFN, q->desc >> LG_PAGE_SHIFT, 4);
        put_le(b + LG_QUEUE_NUM, q->num, 2);
        put_le(b + LG_QUEUE_VECTOR, q->vector, 2);
    } else {
        put_le(b + LG_QUEUE_VECTOR, VIRTIO_NO_VECTOR, 2);
    }
    put_le(b + LG_QUEUE_SEL, v->queue_sel, 2);
    b[LG_STATUS] = v->status;
    b[LG_ISR] = v->isr;
    put_le(b + LG_CONFIG_VECTOR, v->msix_config, 2);
}

/* A legacy driver placed queue q's rings at page pfn: the descriptor
 * table there, the available ring after it, the used ring at the next
 * 4 KiB boundary (4.1.4.8's layout); pfn 0 resets the device (QEMU). */
static void legacy_set_pfn(VirtioPci *v, uint32_t pfn)
{
    if (pfn == 0) {
        virtio_reset(v, true);
        return;
    }
    VirtQueue *q = &v->vq[v->queue_sel];
    uint64_t page = (1ULL << LG_PAGE_SHIFT) - 1;
    q->desc = (uint64_t)pfn << LG_PAGE_SHIFT;
    q->avail = q->desc + 16ULL * q->num;
    q->used = (q->avail + 4 + 2ULL * q->num + page) & ~page;
    q->ready = true;
    q->last_avail = q->used_idx = 0;
    q->signalled_valid = false;
}

static void legacy_header_write(VirtioPci *v, uint64_t off, uint64_t val,
                                unsigned size)
{
    uint8_t b[LG_HEADER_MSIX];
    legacy_image(v, b);
    put_le(b + off, val, size);
    if (touches(off, size, LG_GUEST_FEATURES, 4)) {
        /* bits 32 and up (VERSION_1 among them) stay clear */
        v->guest_features = get_le(b + LG_GUEST_FEATURES, 4) &
                            (v->host_features | LG_EXTRA_FEATURES);
        apply_ring_features(v);
    }
    if (touches(off, size, LG_QUEUE_SEL, 2)) {
        v->queue_sel = (uint16_t)get_le(b + LG_QUEUE_SEL, 2);
    }
    if (touches(off, size, LG_QUEUE_PFN, 4) && v->queue_sel < v->nvqs) {
        legacy_set_pfn(v, (uint32_t)get_le(b + LG_QUEUE_PFN, 4));
    }
    if (touches(off, size, LG_QUEUE_NOTIFY, 2)) {
        unsigned q = (unsigned)get_le(b + LG_QUEUE_NOTIFY, 2);
        if (q < v->nvqs && v->vq[q].ready && v->info->queue_notify) {
            v->info->queue_notify(v, q);
        }
    }
    if (touches(off, size, LG_STATUS, 1)) {
        uint8_t st = b[LG_STATUS];
        if (st & VIRTIO_STATUS_DRIVER_OK) {
            /* old Linux drivers never set bus master; QEMU sets it */
            uint16_t cmd = pci_get_word(v->pci.config + PCI_COMMAND);
            if (!(cmd & PCI_COMMAND_MASTER)) {
                pci_config_write(&v->pci, PCI_COMMAND,
                                 cmd | PCI_COMMAND_MASTER, 2);
            }
        }
        set_status(v, st);
    }
    if (!msix_enabled(v)) {
        return;
    }
    if (touches(off, size, LG_CONFIG_VECTOR, 2)) {
        v->msix_config = vector_ok(v, (uint16_t)get_le(b + LG_CONFIG_VECTOR,
                                                       2));
    }
    if (touches(off, size, LG_QUEUE_VECTOR, 2) && v->queue_sel < v->nvqs) {
        v->vq[v->queue_sel].vector =
            vector_ok(v, (uint16_t)get_le(b + LG_QUEUE_VECTOR, 2));
    }
}

/* Turn a copy of the device config between its little-endian form
 * (v->config) and the one a legacy driver sees: each multi-byte field
 * in the device's byte order. Its own inverse. */
static void legacy_config_swap(const VirtioPci *v, uint8_t *img)
{
    const VirtioCfgField *f = v->info->config_fields;
    if (!virtio_pci_big_endian(v) || !f) {
        return;
    }
    for (; f->len; f++) {
        for (unsigned i = 0; i < f->len / 2u; i++) {
            uint8_t t = img[f->off + i];
            img[f->off + i] = img[f->off + f->len - 1 - i];
            img[f->off + f->len - 1 - i] = t;
        }
    }
}

/* Byte-reverse the low n bytes of v. */
static uint64_t swap_n(uint64_t v, unsigned n)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < n; i++) {
        r = r << 8 | ((v >> (8 * i)) & 0xff);
    }
    return r;
}

/* A legacy config access of size bytes at o. Byte accesses (what
 * Linux's legacy driver does) see the guest's layout. A wider one is
 * the field's value byte-reversed, whichever the device's byte order:
 * what QEMU 7.2's ppc64 build gives (virtio_config_read* loads the
 * config target-endian, big-endian, then swaps for a big-endian
 * device; tests/guest/virtio-legacy.c against qemu-system-ppc64). */
static uint64_t legacy_config_read(VirtioPci *v, uint64_t o, unsigned size)
{
    uint8_t img[VIRTIO_CONFIG_MAX + 8] = { 0 };
    memcpy(img, v->config, VIRTIO_CONFIG_MAX);
    legacy_config_swap(v, img);
    if (o >= v->info->config_size) {
        return 0;
    }
    for (unsigned i = (unsigned)(v->info->config_size - o); i < size; i++) {
        img[o + i] = 0;      /* bytes past the config read as 0 */
    }
    return swap_n(virtio_pci_ld(v, img + o, size), size);
}

static void legacy_config_write(VirtioPci *v, uint64_t o, uint64_t val,
                                unsigned size)
{
    if (o + size > v->info->config_size || !v->info->config_write) {
        return;
    }
    uint8_t img[VIRTIO_CONFIG_MAX];
    memcpy(img, v->config, VIRTIO_CONFIG_MAX);
    legacy_config_swap(v, img);
    virtio_pci_st(v, img + o, swap_n(val, size), size);
    legacy_config_swap(v, img);      /* back to little-endian fields */
    memcpy(v->config, img, VIRTIO_CONFIG_MAX);
    v->info->config_write(v, (uint32_t)o, size);
}

static uint64_t legacy_read(void *opaque, uint64_t off, unsigned size)
{
    VirtioPci *v = opaque;
    unsigned hdr = legacy_header(v);
    if (off + size <= hdr) {
        uint8_t b[LG_HEADER_MSIX];
        legacy_image(v, b);
        if (touches(off, size, LG_ISR, 1)) {
            /* reading the ISR clears it and lowers INTx */
            v->isr = 0;
            pci_set_irq(&v->pci, 0);
        }
        return get_le(b + off, size);
    }
    if (off < hdr) {
        return 0;   /* straddles the header and the device config */
    }
    return legacy_config_read(v, off - hdr, size);
}

static void legacy_write(void *opaque, uint64_t off, uint64_t val,
                         unsigned size)
{
    VirtioPci *v = opaque;
    unsigned hdr = legacy_header(v);
    if (off + size <= hdr) {
        legacy_header_write(v, off, val, size);
    } else if (off >= hdr) {
        legacy_config_write(v, off - hdr, val, size);
    }
}

static const MemOps legacy_ops = {
    .read = legacy_read, .write = legacy_write,
    .min_size = 1, .max_size = 4, .endian = MEM_LITTLE,
};

/* One struct virtio_pci_cap (16 bytes, or 20 with the notify
 * multiplier / the pci-cfg data). */
static uint8_t add_vendor_cap(PciDevice *d, uint8_t type, uint8_t len,
                              uint8_t bar, uint32_t off, uint32_t length)
{
    uint8_t c = pci_add_capability(d, PCI_CAP_ID_VNDR, len);
    d->config[c + 2] = len;
    d->config[c + 3] = type;
    d->config[c + 4] = bar;
    pci_set_long(d->config + c + 8, off);
    pci_set_long(d->config + c + 12, length);
    return c;
}

bool virtio_pci_realize(VirtioPci *v, const VirtioDevInfo *info,
                        unsigned nvqs, const uint16_t *queue_sizes,
                        GError **err)
{
    g_assert(nvqs <= VIRTIO_MAX_QUEUES &&
             info->config_size <= VIRTIO_CONFIG_MAX);
    if (v->nvectors > 2048) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: vectors %u: at most 2048 MSI-X vectors",
                    v->pci.dev.cls->name, v->nvectors);
        return false;
    }
    const char *dl = v->disable_legacy ? v->disable_legacy : "auto";
    if (strcmp(dl, "on") && strcmp(dl, "off") && strcmp(dl, "auto")) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Parameter 'disable-legacy' does not accept value '%s'",
                    dl);
        return false;
    }
    /* on a conventional PCI bus "auto" means transitional (QEMU) */
    bool legacy = strcmp(dl, "on") != 0;
    if (legacy && v->iommu_platform) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "VIRTIO_F_IOMMU_PLATFORM was supported by neither "
                    "legacy nor transitional device");
        return false;
    }
    v->info = info;
    v->nvqs = nvqs;
    /* transitional PCI device ids (4.1.2.3): net, block, console and
     * entropy have legacy ids; modern-only devices are 0x1040 + id */
    static const uint16_t transitional[] = { [1] = 0x1000, [2] = 0x1001,
                                             [3] = 0x1003, [4] = 0x1005 };
    g_assert(info->device_id < G_N_ELEMENTS(transitional) &&
             transitional[info->device_id]);
    uint16_t pci_id = legacy ? transitional[info->device_id]
                             : (uint16_t)(0x1040 + info->device_id);
    if (!pci_device_init(&v->pci, 0x1af4, pci_id, legacy ? 0 : 1,
                         info->class_code, err)) {
        return false;
    }
    PciDevice *d = &v->pci;
    if (legacy) {
        pci_set_word(d->config + PCI_SUBSYSTEM_ID, info->device_id);
    }
    d->config[PCI_INTERRUPT_PIN] = 1;
    v->host_features = info->features | 1ULL << VIRTIO_F_VERSION_1;
    if (v->event_idx_prop) {
        v->host_features |= 1ULL << VIRTIO_F_RING_EVENT_IDX;
    }
    if (v->indirect_prop) {
        v->host_features |= 1ULL << VIRTIO_F_RING_INDIRECT_DESC;
    }
    if (v->queue_reset_prop) {
        v->host_features |= 1ULL << VIRTIO_F_RING_RESET;
    }
    if (v->iommu_platform) {
        v->host_features |= 1ULL << VIRTIO_F_ACCESS_PLATFORM;
    }
    if (legacy) {
        pci_register_bar(d, LEGACY_BAR, PCI_BAR_IO, info->legacy_io_size,
                         &legacy_ops, v);
    }
    add_vendor_cap(d, CAP_COMMON, 16, MODERN_BAR, OFF_COMMON, REGION_SIZE);
    add_vendor_cap(d, CAP_ISR, 16, MODERN_BAR, OFF_ISR, REGION_SIZE);
    add_vendor_cap(d, CAP_DEVICE, 16, MODERN_BAR, OFF_DEVICE, REGION_SIZE);
    uint32_t notify_len = notify_mult(v) * QUEUE_MAX;
    uint8_t n = add_vendor_cap(d, CAP_NOTIFY, 20, MODERN_BAR, OFF_NOTIFY,
                               notify_len);
    pci_set_long(d->config + n + 16, notify_mult(v));
    /* the PCI configuration access capability: its bar, offset, length
     * and data fields are the driver's to write (not implemented as a
     * window: Linux does not use it) */
    uint8_t c = add_vendor_cap(d, CAP_PCI_CFG, 20, 0, 0, 0);
    d->wmask[c + 4] = 0xff;
    pci_set_long(d->wmask + c + 8, 0xffffffff);
    pci_set_long(d->wmask + c + 12, 0xffffffff);
    pci_set_long(d->wmask + c + 16, 0xffffffff);
    uint64_t bar_size = 0x1000;
    while (bar_size < OFF_NOTIFY + (uint64_t)notify_len) {
        bar_size <<= 1;
    }
    pci_register_bar(d, MODERN_BAR, PCI_BAR_MEM64 | PCI_BAR_PREFETCH,
                     bar_size, &modern_ops, v);
    if (v->nvectors) {
        /* QEMU's exclusive MSI-X BAR: the table at 0, the PBA in the
         * upper half of a power-of-two BAR of at least 4 KiB */
        uint32_t pba = 0x800;
        while (pba < 16 * v->nvectors) {
            pba <<= 1;
        }
        pci_msix_init(d, v->nvectors, MSIX_BAR, 0, pba, true);
    }
    v->vq = g_new0(VirtQueue, nvqs);
    for (unsigned q = 0; q < nvqs; q++) {
        vq_init(&v->vq[q], queue_sizes[q], &guest_mem, v);
    }
    virtio_reset(v, false);
    return true;
}

void virtio_pci_reset(VirtioPci *v)
{
    virtio_reset(v, false);
    v->config_generation = 0;
    pci_device_reset(&v->pci);
}

void virtio_pci_unrealize(VirtioPci *v)
{
    pci_device_exit(&v->pci);
    g_free(v->vq);
    v->vq = NULL;
}

void virtio_pci_attach_queues(VirtioPci *v)
{
    for (unsigned q = 0; q < v->nvqs; q++) {
        v->vq[q].mem = &guest_mem;
        v->vq[q].mem_opaque = v;
    }
}
