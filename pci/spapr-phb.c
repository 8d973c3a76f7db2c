/* SPDX-License-Identifier: MIT */
/*
 * The sPAPR PCI host bridge device, "spapr-pci-host-bridge": its
 * property table (QEMU 7.2 names and pseries-2.8 defaults; pseries-2.7's
 * compat rows come from core/machine/machine-types.c), realize (placement, the
 * window split, four LSIs, TCE tables, the PCI bus), BAR mapping through
 * the I/O, 32-bit and 64-bit windows into the machine's bus, INTx
 * routing (slot + pin - 1) % 4, and the "spapr_pci" snapshot
 * description (spec/phb-migration.md §3.2) with its pre_save.
 */
#include <inttypes.h>
#include <string.h>

#include "core/machine/platform.h"
#include "core/machine/spapr-irq.h"
#include "spapr-phb.h"

static const PropDesc spapr_phb_props[] = {
    PROP_U32("index", SpaprPhb, index, UINT32_MAX),
    PROP_U64("mem_win_size", SpaprPhb, mem_win_size,
             SPAPR_PCI_MEM32_WIN_SIZE),
    PROP_U64("mem64_win_size", SpaprPhb, mem64_win_size,
             SPAPR_PCI_MEM64_WIN_SIZE),
    PROP_U64("io_win_size", SpaprPhb, io_win_size, SPAPR_PCI_IO_WIN_SIZE),
    PROP_BOOL("dynamic-reconfiguration", SpaprPhb, dr_enabled, true),
    PROP_U64("dma_win_addr", SpaprPhb, dma_win_addr, 0),
    PROP_U64("dma_win_size", SpaprPhb, dma_win_size, 0x40000000),
    PROP_U64("dma64_win_addr", SpaprPhb, dma64_win_addr,
             0x800000000000000ULL),
    PROP_BOOL("ddw", SpaprPhb, ddw_enabled, true),
    /* 4K, 64K, 2M, 16M (pseries-7.2; older types: 4K and 64K) */
    PROP_U64("pgsz", SpaprPhb, page_size_mask, 0x1211000),
    PROP_U32("numa_node", SpaprPhb, numa_node, UINT32_MAX),
    PROP_BOOL("pre-2.8-migration", SpaprPhb, pre_2_8_migration, false),
    PROP_BOOL("pcie-extended-configuration-space", SpaprPhb, pcie_ecs,
              true),
    PROP_BOOL("pre-5.1-associativity", SpaprPhb, pre_5_1_assoc, false),
    PROP_BOOL("x-config-reg-migration-enabled", SpaprPhb,
              config_reg_migration, true),
    PROP_END
};

SpaprPhb **spapr_phb_list(Machine *m)
{
    GPtrArray *a = g_ptr_array_new();
    for (Device *d = m->devices; d; d = d->next) {
        if (d->cls == &spapr_phb_class) {
            g_ptr_array_add(a, d);
        }
    }
    g_ptr_array_add(a, NULL);
    return (SpaprPhb **)g_ptr_array_free(a, FALSE);
}

SpaprPhb *spapr_phb_find_buid(Machine *m, uint64_t buid)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (d->cls == &spapr_phb_class && ((SpaprPhb *)d)->buid == buid) {
            return (SpaprPhb *)d;
        }
    }
    return NULL;
}

PciDevice *spapr_phb_find_dev(Machine *m, uint64_t buid, uint32_t cfg)
{
    SpaprPhb *p = spapr_phb_find_buid(m, buid);
    unsigned bus = (cfg >> 16) & 0xff, devfn = (cfg >> 8) & 0xff;
    if (!p || bus != 0) {
        return NULL;   /* no PCI bridges: only bus 0 exists */
    }
    return p->bus.devs[devfn];
}

/* Without a name: the newest host bridge's bus, as QEMU's search of
 * the device tree (newest child first) finds it. */
PciBus *pci_bus_find(Machine *m, const char *name)
{
    PciBus *found = NULL;
    for (Device *d = m->devices; d; d = d->next) {
        if (d->cls != &spapr_phb_class) {
            continue;
        }
        SpaprPhb *p = (SpaprPhb *)d;
        if (!name) {
            found = &p->bus;
        } else if (!strcmp(p->bus.name, name)) {
            return &p->bus;
        }
    }
    return found;
}

/* ---- BAR mapping through the windows ---- */

static uint64_t tramp_read(void *opaque, uint64_t off, unsigned size)
{
    PciBarMap *mp = opaque;
    PciBar *b = &mp->dev->bars[mp->bar];
    return b->ops->read ? b->ops->read(b->opaque, off + mp->delta, size) : 0;
}

static void tramp_write(void *opaque, uint64_t off, uint64_t val,
                        unsigned size)
{
    PciBarMap *mp = opaque;
    PciBar *b = &mp->dev->bars[mp->bar];
    if (b->ops->write) {
        b->ops->write(b->opaque, off + mp->delta, val, size);
    }
}

/* Map the part of [a, a+size) inside the window [wbus, wbus+wsize)
 * (bus addresses) at CPU address wcpu. */
static void map_through(SpaprPhb *p, PciDevice *d, int n, PciBarMap *mp,
                        uint64_t a, uint64_t size, uint64_t wbus,
                        uint64_t wsize, uint64_t wcpu)
{
    if (!wsize || wcpu == UINT64_MAX) {
        return;
    }
    uint64_t lo = MAX(a, wbus);
    uint64_t hi = MIN(a + size - 1, wbus + wsize - 1);
    if (lo > hi) {
        return;
    }
    char name[96];
    snprintf(name, sizeof(name), "%s/%02x.%x-bar%d", p->dtbusname,
             d->devfn >> 3, d->devfn & 7, n);
    mp->dev = d;
    mp->bar = n;
    mp->delta = lo - a;
    mp->range = bus_map_io(p->dev.machine->bus, wcpu + (lo - wbus),
                           hi - lo + 1, &d->bars[n].tramp, mp, name);
    if (!mp->range) {
        fprintf(stderr, "farad: %s: BAR %d of %02x.%x at bus address "
                "0x%" PRIx64 " overlaps another region; not mapped\n",
                p->dtbusname, n, d->devfn >> 3, d->devfn & 7, lo);
    }
}

static void phb_bar_moved(void *host, PciDevice *d, int n)
{
    SpaprPhb *p = host;
    PciBar *b = &d->bars[n];
    for (int i = 0; i < 2; i++) {
        if (b->map[i].range) {
            bus_unmap(p->dev.machine->bus, b->map[i].range);
            b->map[i].range = NULL;
        }
    }
    if (b->addr == PCI_BAR_UNMAPPED) {
        return;
    }
    b->tramp = (MemOps){
        .read = tramp_read, .write = tramp_write,
        .min_size = b->ops->min_size, .max_size = b->ops->max_size,
        .endian = b->ops->endian,
    };
    if (b->type & PCI_BAR_IO) {
        map_through(p, d, n, &b->map[0], b->addr, b->size, 0, p->io_win_size,
                    p->io_win_addr);
        return;
    }
    map_through(p, d, n, &b->map[0], b->addr, b->size,
                SPAPR_PCI_MEM_WIN_BUS_OFFSET, p->mem_win_size,
                p->mem_win_addr);
    map_through(p, d, n, &b->map[1], b->addr, b->size, p->mem64_win_pciaddr,
                p->mem64_win_size, p->mem64_win_addr);
}

/* INTx: pin of slot s drives LSI (s + pin) % 4 (the interrupt-map). */
static void phb_set_intx(void *host, uint8_t devfn, int pin, int level)
{
    SpaprPhb *p = host;
    int lsi = ((devfn >> 3) + pin) % SPAPR_PCI_NUM_LSI;
    uint8_t bit = (uint8_t)(1u << pin);
    bool was = p->intx_pins[devfn] & bit;
    if (!!level == was) {
        return;
    }
    p->intx_pins[devfn] ^= bit;
    p->lsi_level[lsi] += level ? 1 : -1;
    spapr_irq_set(p->dev.machine, p->lsi_table[lsi],
                       p->lsi_level[lsi] > 0);
}

static bool phb_dma_rw(void *host, uint64_t addr, void *buf, uint64_t len,
                       bool write)
{
    return spapr_phb_dma_rw(host, addr, buf, len, write);
}

static const PciHostOps phb_host_ops = {
    .bar_moved = phb_bar_moved,
    .set_intx = phb_set_intx,
    .dma_rw = phb_dma_rw,
};

/* ---- lifetime ---- */

static void msi_free(gpointer p)
{
    g_free(p);
}

static bool spapr_phb_realize(Device *dev, GError **err)
{
    SpaprPhb *p = (SpaprPhb *)dev;
    Machine *m = dev->machine;
    if (!spapr_phb_place(p, m->spapr->opts.legacy_phb_placement,
                         m->ram_size, err)) {
        return false;
    }
    if (spapr_phb_find_buid(m, p->buid)) {
        GString *s = g_string_new("PCI host bridges must have unique "
                                  "indexes\nThe following indexes are "
                                  "already in use:");
        SpaprPhb **all = spapr_phb_list(m);
        size_t n = 0;
        while (all[n]) {
            n++;
        }
        while (n--) {   /* newest first, as QEMU's list of PHBs */
            g_string_append_printf(s, " %u", all[n]->index);
        }
        g_free(all);
        g_string_append(s, "\nTry another value for the index property");
        g_set_error_literal(err, FARAD_ERROR, FARAD_ERROR_USAGE, s->str);
        g_string_free(s, TRUE);
        return false;
    }
    if (p->numa_node != UINT32_MAX) {
        /* farad has no NUMA nodes, as QEMU without -numa */
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Invalid NUMA node ID for PCI host bridge");
        return false;
    }
    if (!spapr_phb_windows(p, err) || !spapr_phb_tce_check(p, err)) {
        return false;
    }
    snprintf(p->dtbusname, sizeof(p->dtbusname), "pci@%" PRIx64, p->buid);
    p->bus.host = p;
    p->bus.ops = &phb_host_ops;
    p->bus.config_size = p->pcie_ecs ? PCIE_CONFIG_SPACE_SIZE
                                     : PCI_CONFIG_SPACE_SIZE;
    if (dev->id) {
        p->bus.name = g_strdup_printf("%s.0", dev->id);
    } else {
        /* unnamed host bridges' buses are pci.0, pci.1, ... */
        unsigned n = 0;
        for (Device *d = m->devices; d; d = d->next) {
            if (d->cls == &spapr_phb_class && !d->id) {
                n++;
            }
        }
        p->bus.name = g_strdup_printf("pci.%u", n);
    }
    for (int i = 0; i < SPAPR_PCI_NUM_LSI; i++) {
        p->lsi_table[i] = spapr_irq_phb_lsi(m, p->index, i);
        if (!p->lsi_table[i]) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: no free interrupt source for LSI %d",
                        p->dtbusname, i);
            return false;
        }
    }
    p->msi = g_hash_table_new_full(g_int_hash, g_int_equal, g_free,
                                   msi_free);
    spapr_phb_tce_init(p);
    spapr_phb_drcs_init(p);
    return true;
}

static void spapr_phb_reset(Device *dev)
{
    SpaprPhb *p = (SpaprPhb *)dev;
    spapr_phb_tce_reset(p);
    if (p->msi) {
        g_hash_table_remove_all(p->msi);
    }
    for (int devfn = 0; devfn < 256; devfn++) {
        if (p->bus.devs[devfn]) {
            pci_device_reset(p->bus.devs[devfn]);
        }
    }
    spapr_phb_drcs_reset(p);
}

static void spapr_phb_unrealize(Device *dev)
{
    SpaprPhb *p = (SpaprPhb *)dev;
    spapr_phb_drcs_free(p);
    spapr_phb_tce_free(p);
    if (p->msi) {
        g_hash_table_destroy(p->msi);
        p->msi = NULL;
    }
    g_free(p->msi_devs);
    p->msi_devs = NULL;
    g_free(p->bus.name);
    p->bus.name = NULL;
}

bool spapr_phb_create_default(Machine *m, GError **err)
{
    return device_create(m, SPAPR_PHB_TYPE, "index=0", err) != NULL;
}

/* ---- snapshot ("spapr_pci", spec §3.2) ---- */

void spapr_phb_pre_save(SpaprPhb *p)
{
    /* the compat fields first: they do not depend on the MSI table
     * (QEMU 2.8-2.9 filled them after an early return: e806b4db14) */
    if (p->pre_2_8_migration) {
        p->mig_liobn = p->dma_liobn[0];
        p->mig_mem_win_addr = p->mem_win_addr;
        p->mig_mem_win_size = p->mem_win_size;
        p->mig_io_win_addr = p->io_win_addr;
        p->mig_io_win_size = p->io_win_size;
        if (p->mem64_win_size != 0 &&
            p->mem64_win_addr == p->mem_win_addr + p->mem_win_size) {
            /* the single pre-2.8 window, put back together */
            p->mig_mem_win_size += p->mem64_win_size;
        }
    }
    g_free(p->msi_devs);
    p->msi_devs = NULL;
    p->msi_devs_num = 0;
    if (!p->msi || !g_hash_table_size(p->msi)) {
        return;
    }
    p->msi_devs_num = (int32_t)g_hash_table_size(p->msi);
    p->msi_devs = g_new0(SpaprPciMsiMig, (size_t)p->msi_devs_num);
    GHashTableIter it;
    gpointer k, v;
    int i = 0;
    g_hash_table_iter_init(&it, p->msi);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        p->msi_devs[i].key = *(uint32_t *)k;
        p->msi_devs[i].value = *(SpaprPciMsi *)v;
        i++;
    }
    /* sorted by key so equal states give equal bytes */
    for (int a = 1; a < i; a++) {
        SpaprPciMsiMig t = p->msi_devs[a];
        int b = a - 1;
        while (b >= 0 && p->msi_devs[b].key > t.key) {
            p->msi_devs[b + 1] = p->msi_devs[b];
            b--;
        }
        p->msi_devs[b + 1] = t;
    }
}

static void phb_pre_save(void *opaque)
{
    spapr_phb_pre_save(opaque);
}

void spapr_phb_post_load(void *opaque)
{
    SpaprPhb *p = opaque;
    g_hash_table_remove_all(p->msi);
    for (int32_t i = 0; i < p->msi_devs_num && p->msi_devs; i++) {
        uint32_t *k = g_new(uint32_t, 1);
        SpaprPciMsi *v = g_new(SpaprPciMsi, 1);
        *k = p->msi_devs[i].key;
        *v = p->msi_devs[i].value;
        g_hash_table_insert(p->msi, k, v);
    }
    g_free(p->msi_devs);
    p->msi_devs = NULL;
    p->msi_devs_num = 0;
}

static bool phb_pre_2_8(void *opaque)
{
    return ((SpaprPhb *)opaque)->pre_2_8_migration;
}

static const SnapField lsi_fields[] = {
    { .name = "irq", .type = SNAP_TYPE_U32, .offset = 0, .count = 1,
      .since = 1, .flags = SNAP_F_EQUAL },
    SNAP_END
};

static const SnapSection lsi_snap = {
    .name = "spapr_pci/lsi", .version = 1, .min_version = 1,
    .fields = lsi_fields,
};

static const SnapField msi_fields[] = {
    SNAP_U32("key", SpaprPciMsiMig, key, 1),
    SNAP_U32("value.first_irq", SpaprPciMsiMig, value.first_irq, 1),
    SNAP_U32("value.num", SpaprPciMsiMig, value.num, 1),
    SNAP_END
};

static const SnapSection msi_snap = {
    .name = "spapr_pci/msi", .version = 1, .min_version = 1,
    .fields = msi_fields,
};

static const SnapField spapr_phb_fields[] = {
    SNAP_U64_EQUAL("buid", SpaprPhb, buid, 0),
    SNAP_U32_COMPAT("mig_liobn", SpaprPhb, mig_liobn, 0, phb_pre_2_8),
    SNAP_U64_COMPAT("mig_mem_win_addr", SpaprPhb, mig_mem_win_addr, 0,
                    phb_pre_2_8),
    SNAP_U64_COMPAT("mig_mem_win_size", SpaprPhb, mig_mem_win_size, 0,
                    phb_pre_2_8),
    SNAP_U64_COMPAT("mig_io_win_addr", SpaprPhb, mig_io_win_addr, 0,
                    phb_pre_2_8),
    SNAP_U64_COMPAT("mig_io_win_size", SpaprPhb, mig_io_win_size, 0,
                    phb_pre_2_8),
    SNAP_STRUCT_ARRAY("lsi_table", SpaprPhb, lsi_table, SPAPR_PCI_NUM_LSI,
                      uint32_t, &lsi_snap, 0),
    SNAP_I32("msi_devs_num", SpaprPhb, msi_devs_num, 0),
    SNAP_STRUCT_VARRAY("msi_devs", SpaprPhb, msi_devs, msi_devs_num,
                       SpaprPciMsiMig, &msi_snap, 0),
    SNAP_END
};

static const SnapSection spapr_phb_snap = {
    .name = "spapr_pci",
    .version = 2,
    .min_version = 2,
    .fields = spapr_phb_fields,
    .pre_save = phb_pre_save,
    .post_load = spapr_phb_post_load,
};

const DeviceClass spapr_phb_class = {
    .name = SPAPR_PHB_TYPE,
    .desc = NULL,   /* QEMU's has none: the sPAPR PCI host bridge */
    .category = "Controller/Bridge/Hub",
    .bus = "System",
    .size = sizeof(SpaprPhb),
    .props = spapr_phb_props,
    .snap = &spapr_phb_snap,
    .user_creatable = true,
    .realize = spapr_phb_realize,
    .reset = spapr_phb_reset,
    .unrealize = spapr_phb_unrealize,
    .build_fdt = spapr_phb_build_fdt,
    .drc_indexes = spapr_phb_drc_indexes,
    .drc_at = spapr_phb_drc_at,
};
