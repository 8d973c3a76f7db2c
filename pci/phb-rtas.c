/* SPDX-License-Identifier: MIT */
/*
 * The PCI RTAS calls (spec/phb-migration.md §7, QEMU's spapr_pci.c
 * behaviour): config-space reads and writes by config address
 * (register | devfn << 8 | bus << 16 | ext-register << 28) with the
 * size / alignment / config-size checks and -1 for every failure, the
 * BUID-less forms (BUID 0: no PHB, so always -1), and MSI / MSI-X
 * vector allocation (ibm,change-msi) with its interrupt-source query.
 */
#include "core/machine/spapr-irq.h"
#include "spapr-phb.h"

enum {
    RTAS_QUERY_FN = 0,
    RTAS_CHANGE_FN = 1,
    RTAS_RESET_FN = 2,
    RTAS_CHANGE_MSI_FN = 3,
    RTAS_CHANGE_MSIX_FN = 4,
    RTAS_TYPE_MSI = 1,
    RTAS_TYPE_MSIX = 2,
};

uint32_t rtas_pci_cfgaddr(uint32_t arg)
{
    return ((arg >> 20) & 0xf00) | (arg & 0xff);
}

static uint64_t rtas_ldq(RtasCall *c, unsigned i)
{
    return (uint64_t)rtas_ld(c, i) << 32 | rtas_ld(c, i + 1);
}

/* The device and register a config access of size bytes names, or NULL
 * after answering hardware error (bad size, no device, misaligned or
 * beyond the device's config space). */
static PciDevice *cfg_target(RtasCall *c, uint64_t buid, uint32_t cfg,
                             uint32_t size, uint32_t *reg)
{
    PciDevice *d = NULL;
    if (size == 1 || size == 2 || size == 4) {
        d = spapr_phb_find_dev(c->m, buid, cfg);
        *reg = rtas_pci_cfgaddr(cfg);
    }
    if (!d || *reg % size || *reg >= d->config_size) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
        return NULL;
    }
    return d;
}

static void finish_read(RtasCall *c, uint64_t buid, uint32_t cfg,
                        uint32_t size)
{
    uint32_t reg;
    PciDevice *d = cfg_target(c, buid, cfg, size, &reg);
    if (!d) {
        return;
    }
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
    rtas_st(c, 1, pci_config_read(d, reg, size));
}

static void finish_write(RtasCall *c, uint64_t buid, uint32_t cfg,
                         uint32_t size, uint32_t val)
{
    uint32_t reg;
    PciDevice *d = cfg_target(c, buid, cfg, size, &reg);
    if (!d) {
        return;
    }
    pci_config_write(d, reg, size == 4 ? val : val & ((1u << 8 * size) - 1),
                     size);
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
}

void rtas_ibm_read_pci_config(RtasCall *c)
{
    if (c->nargs != 4 || c->nret != 2) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
        return;
    }
    finish_read(c, rtas_ldq(c, 1), rtas_ld(c, 0), rtas_ld(c, 3));
}

void rtas_read_pci_config(RtasCall *c)
{
    if (c->nargs != 2 || c->nret != 2) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
        return;
    }
    finish_read(c, 0, rtas_ld(c, 0), rtas_ld(c, 1));
}

void rtas_ibm_write_pci_config(RtasCall *c)
{
    if (c->nargs != 5 || c->nret != 1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
        return;
    }
    finish_write(c, rtas_ldq(c, 1), rtas_ld(c, 0), rtas_ld(c, 3),
                 rtas_ld(c, 4));
}

void rtas_write_pci_config(RtasCall *c)
{
    if (c->nargs != 3 || c->nret != 1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
        return;
    }
    finish_write(c, 0, rtas_ld(c, 0), rtas_ld(c, 1), rtas_ld(c, 2));
}

/* Program the device's MSI capability or MSI-X table: vector i sends
 * data first_irq + i to the MSI window (num 0: disable). */
static void msi_setmsg(PciDevice *d, bool msix, uint32_t first, uint32_t num)
{
    uint64_t addr = num ? SPAPR_PCI_MSI_WINDOW : 0;
    if (!msix) {
        uint8_t c = d->msi_cap;
        if (!c) {
            return;
        }
        pci_set_long(d->config + c + 4, (uint32_t)addr);
        pci_set_long(d->config + c + 8, (uint32_t)(addr >> 32));
        pci_set_word(d->config + c + 12, (uint16_t)first);
        return;
    }
    for (uint32_t i = 0; i < num && i < d->msix_entries; i++) {
        uint8_t *e = d->msix_table + 16 * i;
        pci_set_long(e, (uint32_t)addr);
        pci_set_long(e + 4, (uint32_t)(addr >> 32));
        pci_set_long(e + 8, first + i);
    }
}

/* The vectors the guest enabled (MME), as QEMU's
 * msi_nr_vectors_allocated. */
static unsigned msi_vectors(PciDevice *d)
{
    if (!d->msi_cap) {
        return 0;
    }
    uint16_t ctl = pci_get_word(d->config + d->msi_cap + 2);
    return 1u << ((ctl >> 4) & 7);
}

void rtas_ibm_change_msi(RtasCall *c)
{
    uint32_t cfg = rtas_ld(c, 0);
    uint64_t buid = rtas_ldq(c, 1);
    uint32_t func = rtas_ld(c, 3);
    uint32_t req = rtas_ld(c, 4);   /* 0: release */
    uint32_t seq = rtas_ld(c, 5);
    SpaprPhb *p = spapr_phb_find_buid(c->m, buid);
    PciDevice *d = p ? spapr_phb_find_dev(c->m, buid, cfg) : NULL;
    int type;

    if (!p || !d) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    switch (func) {
    case RTAS_CHANGE_FN:
        type = d->msi_cap ? RTAS_TYPE_MSI : d->msix_cap ? RTAS_TYPE_MSIX : 0;
        break;
    case RTAS_CHANGE_MSI_FN:
        type = d->msi_cap ? RTAS_TYPE_MSI : 0;
        break;
    case RTAS_CHANGE_MSIX_FN:
        type = d->msix_cap ? RTAS_TYPE_MSIX : 0;
        break;
    default:
        fprintf(stderr, "farad: rtas_ibm_change_msi(%u) is not "
                "implemented\n", func);
        type = 0;
        break;
    }
    if (!type) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    SpaprPciMsi *msi = g_hash_table_lookup(p->msi, &cfg);
    if (req == 0) {
        if (!msi) {
            rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
            return;
        }
        spapr_irq_release(c->m, msi->first_irq, msi->num);
        if (d->msi_cap) {
            msi_setmsg(d, false, 0, 0);
        }
        g_hash_table_remove(p->msi, &cfg);
        rtas_st(c, 0, RTAS_OUT_SUCCESS);
        rtas_st(c, 1, 0);
        return;
    }

    unsigned max = type == RTAS_TYPE_MSI ? msi_vectors(d) : d->msix_entries;
    if (!max) {
        fprintf(stderr, "farad: Requested interrupt type %d is not enabled "
                "for device %x\n", type, cfg);
        rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
        return;
    }
    if (req > max) {
        /* too many: tell the guest how many it may ask for */
        req = max;
        goto out;
    }
    uint32_t irq = spapr_irq_msi_alloc(c->m, req, type == RTAS_TYPE_MSI);
    if (!irq) {
        fprintf(stderr, "farad: Can't allocate MSIs for device %x\n", cfg);
        rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
        return;
    }
    if (msi) {   /* release the previous block */
        spapr_irq_release(c->m, msi->first_irq, msi->num);
        g_hash_table_remove(p->msi, &cfg);
    }
    msi_setmsg(d, type == RTAS_TYPE_MSIX, irq, req);
    uint32_t *key = g_new(uint32_t, 1);
    *key = cfg;
    msi = g_new(SpaprPciMsi, 1);
    msi->first_irq = irq;
    msi->num = req;
    g_hash_table_insert(p->msi, key, msi);
out:
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
    rtas_st(c, 1, req);
    rtas_st(c, 2, seq + 1);
    if (c->nret > 3) {
        rtas_st(c, 3, (uint32_t)type);
    }
}

void rtas_ibm_query_interrupt_source_number(RtasCall *c)
{
    uint32_t cfg = rtas_ld(c, 0);
    uint64_t buid = rtas_ldq(c, 1);
    uint32_t n = rtas_ld(c, 3);
    SpaprPhb *p = spapr_phb_find_buid(c->m, buid);
    PciDevice *d = p ? spapr_phb_find_dev(c->m, buid, cfg) : NULL;
    if (!p || !d) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    SpaprPciMsi *msi = g_hash_table_lookup(p->msi, &cfg);
    if (!msi || !msi->first_irq || !msi->num || n >= msi->num) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
        return;
    }
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
    rtas_st(c, 1, msi->first_irq + n);
    rtas_st(c, 2, 1);   /* 1: edge */
}
