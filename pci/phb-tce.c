/* SPDX-License-Identifier: MIT */
/*
 * The PHB's IOMMU (QEMU's spapr_iommu.c behaviour): TCE tables with
 * 4 KiB pages, the default window (dma_win_addr, dma_win_size = 1 GiB
 * at bus address 0, LIOBN 0x80000000 | index << 8) and the DDW window
 * (LIOBN ... | 1, disabled until the DDW calls exist), the hcall-tce
 * calls H_PUT_TCE, H_GET_TCE, H_STUFF_TCE, H_PUT_TCE_INDIRECT (on VIO
 * devices' windows too: core/machine/spapr-vio-dma.c), and
 * devices' bus-master DMA through the tables into guest RAM, with MSI
 * writes to the PHB's MSI window turned into XICS pulses.
 */
#include <string.h>

#include "core/machine/hcall.h"
#include "core/machine/spapr-irq.h"
#include "base/snapdesc.h"
#include "spapr-phb.h"

enum { TCE_READ = 1, TCE_WRITE = 2 };

bool spapr_phb_tce_check(const SpaprPhb *p, GError **err)
{
    uint64_t size = p->dma_win_size, addr = p->dma_win_addr;
    uint64_t page = 1ULL << SPAPR_TCE_PAGE_SHIFT;
    if (!size || size % page || addr % page || addr > SPAPR_DMA32_LIMIT ||
        size > SPAPR_DMA32_LIMIT - addr) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "dma_win_addr 0x%llx, dma_win_size 0x%llx: the default "
                    "DMA window must be whole 4 KiB pages below 4 GiB",
                    (unsigned long long)addr, (unsigned long long)size);
        return false;
    }
    return true;
}

void spapr_phb_tce_init(SpaprPhb *p)
{
    for (int i = 0; i < SPAPR_PCI_DMA_MAX_WINDOWS; i++) {
        SpaprTceTable *t = &p->tce[i];
        memset(t, 0, sizeof(*t));
        t->liobn = p->dma_liobn[i];
        t->page_shift = SPAPR_TCE_PAGE_SHIFT;
    }
    SpaprTceTable *t = &p->tce[0];
    t->bus_offset = p->dma_win_addr;
    t->nb_table = (uint32_t)(p->dma_win_size >> SPAPR_TCE_PAGE_SHIFT);
    t->table = g_new0(uint64_t, t->nb_table ? t->nb_table : 1);
    p->tce_bytes = t->nb_table * 8;
}

void spapr_phb_tce_reset(SpaprPhb *p)
{
    SpaprTceTable *t = &p->tce[0];
    if (t->table) {
        memset(t->table, 0, sizeof(uint64_t) * t->nb_table);
    }
}

void spapr_phb_tce_free(SpaprPhb *p)
{
    for (int i = 0; i < SPAPR_PCI_DMA_MAX_WINDOWS; i++) {
        g_free(p->tce[i].table);
        p->tce[i].table = NULL;
        p->tce[i].nb_table = 0;
    }
    p->tce_bytes = 0;
}

SpaprTceTable *spapr_tce_find(Machine *m, uint32_t liobn)
{
    SpaprTceTable *vio = spapr_vio_tce_find(m, liobn);
    if (vio) {
        return vio;
    }
    for (Device *d = m->devices; d; d = d->next) {
        if (d->cls != &spapr_phb_class) {
            continue;
        }
        SpaprPhb *p = (SpaprPhb *)d;
        for (int i = 0; i < SPAPR_PCI_DMA_MAX_WINDOWS; i++) {
            if (p->tce[i].liobn == liobn && (i == 0 || p->ddw_enabled)) {
                return &p->tce[i];
            }
        }
    }
    return NULL;
}

static long put_tce(SpaprTceTable *t, uint64_t ioba, uint64_t tce)
{
    uint64_t index = (ioba - t->bus_offset) >> t->page_shift;
    if (index >= t->nb_table) {
        return H_PARAMETER;
    }
    t->table[index] = tce;
    return H_SUCCESS;
}

static uint64_t page_mask(const SpaprTceTable *t)
{
    return ~((1ULL << t->page_shift) - 1);
}

long h_put_tce(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprTceTable *t = spapr_tce_find(m, (uint32_t)args[0]);
    if (!t || args[0] > UINT32_MAX) {
        return H_PARAMETER;
    }
    return put_tce(t, args[1] & page_mask(t), args[2]);
}

long h_get_tce(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprTceTable *t = spapr_tce_find(m, (uint32_t)args[0]);
    if (!t || args[0] > UINT32_MAX) {
        return H_PARAMETER;
    }
    uint64_t index = ((args[1] & page_mask(t)) - t->bus_offset) >>
                     t->page_shift;
    if (index >= t->nb_table) {
        return H_PARAMETER;
    }
    args[0] = t->table[index];
    return H_SUCCESS;
}

long h_stuff_tce(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprTceTable *t = spapr_tce_find(m, (uint32_t)args[0]);
    uint64_t npages = args[3];
    if (!t || args[0] > UINT32_MAX || npages > t->nb_table) {
        return H_PARAMETER;
    }
    uint64_t ioba = args[1] & page_mask(t);
    long ret = H_PARAMETER;
    for (uint64_t i = 0; i < npages; i++, ioba += 1ULL << t->page_shift) {
        ret = put_tce(t, ioba, args[2]);
        if (ret) {
            break;
        }
    }
    return ret;
}

long h_put_tce_indirect(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprTceTable *t = spapr_tce_find(m, (uint32_t)args[0]);
    uint64_t list = args[2], npages = args[3];
    if (!t || args[0] > UINT32_MAX) {
        return H_PARAMETER;
    }
    if (npages > 512 || (list & 0xfff)) {
        return H_PARAMETER;
    }
    uint64_t ioba = args[1] & page_mask(t);
    long ret = H_PARAMETER;
    for (uint64_t i = 0; i < npages; i++, ioba += 1ULL << t->page_shift) {
        uint64_t tce = 0;
        if (!hcall_phys_read(m, list + 8 * i, 8, &tce)) {
            tce = 0;   /* unassigned memory reads as 0 */
        }
        ret = put_tce(t, ioba, tce);
        if (ret) {
            break;
        }
    }
    return ret;
}

/* A write into the MSI window: the data is the XICS source number. */
static bool msi_window_write(SpaprPhb *p, uint64_t off, const uint8_t *buf,
                             uint64_t len)
{
    if (off + len > 0x1000 || len != 4) {
        return false;
    }
    uint32_t irq = (uint32_t)buf[0] | (uint32_t)buf[1] << 8 |
                   (uint32_t)buf[2] << 16 | (uint32_t)buf[3] << 24;
    spapr_irq_pulse(p->dev.machine, irq);
    return true;
}

bool spapr_phb_dma_rw(SpaprPhb *p, uint64_t addr, void *buf, uint64_t len,
                      bool write)
{
    Machine *m = p->dev.machine;
    if (addr >= SPAPR_PCI_MSI_WINDOW && addr - SPAPR_PCI_MSI_WINDOW < 0x1000) {
        return write && msi_window_write(p, addr - SPAPR_PCI_MSI_WINDOW, buf,
                                         len);
    }
    SpaprTceTable *t = &p->tce[0];
    uint8_t *b = buf;
    while (len) {
        uint64_t psize = 1ULL << t->page_shift;
        uint64_t index = (addr - t->bus_offset) >> t->page_shift;
        if (addr < t->bus_offset || index >= t->nb_table) {
            return false;
        }
        uint64_t tce = t->table[index];
        if (!(tce & (write ? TCE_WRITE : TCE_READ))) {
            return false;
        }
        uint64_t off = addr & (psize - 1);
        uint64_t n = MIN(len, psize - off);
        uint64_t pa = (tce & ~(psize - 1)) + off;
        if (!spapr_ram_ok(m, pa, n)) {
            return false;
        }
        if (write) {
            spapr_write_ram(m, pa, b, n);   /* invalidates translated code */
        } else {
            memcpy(b, m->ram + pa, n);
        }
        addr += n;
        b += n;
        len -= n;
    }
    return true;
}

/* The DMA window's geometry (EQUAL: configuration) and its entries. */
static const SnapField phb_tce_fields[] = {
    SNAP_U32_EQUAL("liobn", SpaprPhb, tce[0].liobn, 1),
    SNAP_U64_EQUAL("bus_offset", SpaprPhb, tce[0].bus_offset, 1),
    SNAP_U32_EQUAL("nb_table", SpaprPhb, tce[0].nb_table, 1),
    SNAP_BUFFER("table", SpaprPhb, tce[0].table, tce_bytes, 1),
    SNAP_END
};

/* Saved only when some entry is set (machines that never map DMA keep
 * the sections and state hashes they had before the section existed); a
 * snapshot without it loads with an empty table (snap-machine.c). */
static bool phb_tce_needed(void *opaque)
{
    const SpaprTceTable *t = &((SpaprPhb *)opaque)->tce[0];
    for (uint32_t i = 0; i < t->nb_table; i++) {
        if (t->table[i]) {
            return true;
        }
    }
    return false;
}

const SnapSection spapr_phb_tce_snap = {
    .name = "spapr_pci_tce", .version = 1, .min_version = 1,
    .fields = phb_tce_fields,
    .needed = phb_tce_needed,
};
