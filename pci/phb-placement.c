/* SPDX-License-Identifier: MIT */
/*
 * Where a PHB's windows go (spec/phb-migration.md §1.2, §2.1-2.2):
 * the pseries-2.8 placement (1 TiB slots above 32 TiB, index <= 30),
 * the legacy pseries-2.7 placement (64 GiB slots from the first 1 TiB
 * boundary above RAM, index <= 255), and the realize-time conversion
 * of an oversized "32-bit" window into a 2 GiB window plus a 64-bit
 * window right after it. Error texts are QEMU 7.2's.
 */
#include <string.h>

#include "spapr-phb.h"

#define TIB (1ULL << 40)

uint32_t spapr_phb_max_count(bool legacy)
{
    if (legacy) {
        return SPAPR_PCI_2_7_MAX_INDEX + 1;
    }
    return (uint32_t)((SPAPR_PCI_LIMIT - SPAPR_PCI_BASE) /
                      SPAPR_PCI_MEM64_WIN_SIZE - 1);
}

bool spapr_phb_placement(bool legacy, uint64_t ram_top, uint32_t index,
                         unsigned n_dma, PhbPlacement *out, GError **err)
{
    if (index >= spapr_phb_max_count(legacy)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "\"index\" for PAPR PHB is too large (max %u)",
                    spapr_phb_max_count(legacy) - 1);
        return false;
    }
    if (legacy) {
        uint64_t phb0 = (ram_top + TIB - 1) & ~(TIB - 1);
        uint64_t base = phb0 + (uint64_t)index * SPAPR_PCI_2_7_SPACING;
        out->io_win_addr = base + SPAPR_PCI_2_7_IO_OFF;
        out->mem_win_addr = base + SPAPR_PCI_2_7_MMIO_OFF;
        out->mem64_win_addr = UINT64_MAX;   /* left to the split */
    } else {
        out->io_win_addr = SPAPR_PCI_BASE + index * SPAPR_PCI_IO_WIN_SIZE;
        out->mem_win_addr = SPAPR_PCI_BASE +
                            (index + 1ULL) * SPAPR_PCI_MEM32_WIN_SIZE;
        out->mem64_win_addr = SPAPR_PCI_BASE +
                              (index + 1ULL) * SPAPR_PCI_MEM64_WIN_SIZE;
    }
    out->buid = SPAPR_PCI_BASE_BUID + index;
    for (unsigned i = 0; i < SPAPR_PCI_DMA_MAX_WINDOWS; i++) {
        out->liobn[i] = i < n_dma ? SPAPR_PHB_LIOBN(index, i) : 0;
    }
    return true;
}

bool spapr_phb_place(SpaprPhb *p, bool legacy, uint64_t ram_top,
                     GError **err)
{
    if (p->index == UINT32_MAX) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "\"index\" for PAPR PHB is mandatory");
        return false;
    }
    PhbPlacement pl;
    if (!spapr_phb_placement(legacy, ram_top, p->index,
                             p->ddw_enabled ? 2 : 1, &pl, err)) {
        return false;
    }
    p->buid = pl.buid;
    p->io_win_addr = pl.io_win_addr;
    p->mem_win_addr = pl.mem_win_addr;
    p->mem64_win_addr = pl.mem64_win_addr;
    memcpy(p->dma_liobn, pl.liobn, sizeof(p->dma_liobn));
    return true;
}

bool spapr_phb_windows(SpaprPhb *p, GError **err)
{
    if (p->mem64_win_size != 0) {
        if (p->mem_win_size > SPAPR_PCI_MEM32_WIN_SIZE) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "32-bit memory window of size 0x%llx (max 2 GiB)",
                        (unsigned long long)p->mem_win_size);
            return false;
        }
        /* the 64-bit window is an identity mapping */
        p->mem64_win_pciaddr = p->mem64_win_addr;
    } else if (p->mem_win_size > SPAPR_PCI_MEM32_WIN_SIZE) {
        /* pseries-2.7's single window: 2 GiB of it below 4 GiB on the
         * bus, the rest a 64-bit window following it in both spaces */
        p->mem64_win_size = p->mem_win_size - SPAPR_PCI_MEM32_WIN_SIZE;
        p->mem64_win_addr = p->mem_win_addr + SPAPR_PCI_MEM32_WIN_SIZE;
        p->mem64_win_pciaddr = SPAPR_PCI_MEM_WIN_BUS_OFFSET +
                               SPAPR_PCI_MEM32_WIN_SIZE;
        p->mem_win_size = SPAPR_PCI_MEM32_WIN_SIZE;
    }
    return true;
}
