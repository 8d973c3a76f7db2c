/* SPDX-License-Identifier: MIT */
/*
 * Monitor `info` reports in QEMU 7.2's layouts: registers (the ppc
 * "info registers" dump), cpus, status, mtree (the machine's address
 * spaces: RAM, the PHB windows as QEMU's aliases, the regions mapped on
 * the bus, each PHB's IOMMU space), qtree (devices with their property
 * tables' values), snapshots.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/block/block.h"
#include "core/machine/device.h"
#include "monitor.h"
#include "core/machine/platform.h"
#include "core/machine/scsi.h"
#include "pci/spapr-phb.h"

/* ---- registers ---- */

void monitor_dump_cpu(Monitor *mon, PpcCpu *cpu)
{
    const PpcArch *a = &cpu->arch;
    uint64_t tb = ppc_timebase(cpu);
    bool pr = a->msr & MSR_PR, hv = a->msr & MSR_HV;
    /* QEMU's Book3S MMU index: bit 0 = !PR, bit 1 = translation off,
     * bit 2 = HV */
    int iidx = (pr ? 0 : 1) | (a->msr & MSR_IR ? 0 : 2) | (hv ? 4 : 0);
    int didx = (pr ? 0 : 1) | (a->msr & MSR_DR ? 0 : 2) | (hv ? 4 : 0);
    monitor_printf(mon, "NIP %016" PRIx64 "   LR %016" PRIx64 " CTR %016"
                   PRIx64 " XER %016" PRIx64 " CPU#%d\n", a->nip, a->lr,
                   a->ctr, ppc_get_xer(cpu), cpu->index);
    monitor_printf(mon, "MSR %016" PRIx64 " HID0 %016" PRIx64
                   "  iidx %d didx %d\n", a->msr, (uint64_t)0, iidx, didx);
    /* QEMU prints the whole 64-bit TB after its upper half */
    monitor_printf(mon, "TB %08" PRIu32 " %08" PRIu64 " DECR %" PRIu64 "\n",
                   (uint32_t)(tb >> 32), tb, ppc_dec_read(cpu));
    for (int i = 0; i < 32; i++) {
        if (i % 4 == 0) {
            monitor_printf(mon, "GPR%02d", i);
        }
        monitor_printf(mon, " %016" PRIx64, a->gpr[i]);
        if (i % 4 == 3) {
            monitor_printf(mon, "\n");
        }
    }
    monitor_printf(mon, "CR %08" PRIx32 "  [", a->cr);
    for (int i = 0; i < 8; i++) {
        unsigned c = (a->cr >> (28 - 4 * i)) & 0xf;
        monitor_printf(mon, " %c%c", c & 8 ? 'L' : c & 4 ? 'G' : c & 2 ? 'E'
                                                              : '-',
                       c & 1 ? 'O' : ' ');
    }
    monitor_printf(mon, " ]             RES %016" PRIx64 "\n",
                   a->reserve_addr);
    for (int i = 0; i < 32; i++) {
        if (i % 4 == 0) {
            monitor_printf(mon, "FPR%02d", i);
        }
        monitor_printf(mon, " %016" PRIx64, a->fpr[i]);
        if (i % 4 == 3) {
            monitor_printf(mon, "\n");
        }
    }
    monitor_printf(mon, "FPSCR %016" PRIx64 "\n",
                   (uint64_t)a->fpscr_drn << 32 | a->fpscr);
    monitor_printf(mon, " SRR0 %016" PRIx64 "  SRR1 %016" PRIx64
                   "    PVR %016" PRIx64 " VRSAVE %016" PRIx64 "\n",
                   a->srr0, a->srr1, (uint64_t)cpu->pvr, a->vrsave);
    monitor_printf(mon, "SPRG0 %016" PRIx64 " SPRG1 %016" PRIx64
                   "  SPRG2 %016" PRIx64 "  SPRG3 %016" PRIx64 "\n",
                   a->sprg[0], a->sprg[1], a->sprg[2], a->sprg[3]);
    monitor_printf(mon, "SPRG4 %016" PRIx64 " SPRG5 %016" PRIx64
                   "  SPRG6 %016" PRIx64 "  SPRG7 %016" PRIx64 "\n",
                   (uint64_t)0, (uint64_t)0, (uint64_t)0, (uint64_t)0);
    monitor_printf(mon, "HSRR0 %016" PRIx64 " HSRR1 %016" PRIx64 "\n",
                   (uint64_t)0, (uint64_t)0);
    monitor_printf(mon, " CFAR %016" PRIx64 "\n", a->cfar);
    monitor_printf(mon, " LPCR %016" PRIx64 "\n", a->lpcr);
    /* QEMU shows SDR1 on the CPUs that have it (before POWER9's ISA
     * 3.0 hash table register PTCR) */
    bool sdr1 = (cpu->pvr >> 16) < 0x4e;
    monitor_printf(mon, " %s %016" PRIx64 "   DAR %016" PRIx64
                   "  DSISR %016" PRIx64 "\n", sdr1 ? "SDR1" : "PTCR",
                   sdr1 ? a->sdr1 : a->ptcr, a->dar, (uint64_t)a->dsisr);
}

static void info_registers(Monitor *mon, const char *args)
{
    Machine *m = monitor_machine(mon);
    bool all = !strcmp(args, "-a");
    for (int i = 0; i < m->cfg.smp; i++) {
        if (!all && i != monitor_cpu_index(mon)) {
            continue;
        }
        monitor_printf(mon, "\nCPU#%d\n", i);
        monitor_dump_cpu(mon, machine_cpu(m, i));
    }
}

static void info_cpus(Monitor *mon)
{
    Machine *m = monitor_machine(mon);
    for (int i = 0; i < m->cfg.smp; i++) {
        PpcCpu *c = machine_cpu(m, i);
        monitor_printf(mon, "%c CPU #%d: nip=0x%016" PRIx64 " thread_id=%d%s\n",
                       i == monitor_cpu_index(mon) ? '*' : ' ', i,
                       c->arch.nip, (int)getpid(),
                       c->arch.halted ? " (halted)" : "");
    }
}

static void info_status(Monitor *mon)
{
    monitor_printf(mon, "VM status: %s\n",
                   !monitor_paused(mon) ? "running"
                   : monitor_shut_down(mon) ? "paused (shutdown)"
                   : monitor_prelaunch(mon) ? "paused (prelaunch)" : "paused");
}

/* ---- mtree ---- */

static void region(Monitor *mon, int depth, uint64_t lo, uint64_t size,
                   const char *kind, const char *name)
{
    monitor_printf(mon, "%*s%016" PRIx64 "-%016" PRIx64 " (prio 0, %s): %s\n",
                   depth * 2, "", lo, lo + size - 1, kind, name);
}

static void alias(Monitor *mon, uint64_t lo, uint64_t size, const char *bus,
                  const char *what, const char *target, uint64_t off)
{
    char name[160];
    snprintf(name, sizeof(name), "alias %s.%s-alias @%s.%s %016" PRIx64
             "-%016" PRIx64, bus, what, bus, target, off, off + size - 1);
    region(mon, 2, lo, size, "i/o", name);
}

static void mtree_bus(const MemRange *r, void *ctx)
{
    region(ctx, 2, r->base, r->size, "i/o", r->name ? r->name : "mmio");
}

static void info_mtree(Monitor *mon)
{
    Machine *m = monitor_machine(mon);
    SpaprPhb **phbs = spapr_phb_list(m);
    monitor_printf(mon, "address-space: cpu-memory-0\n"
                   "address-space: memory\n");
    region(mon, 1, 0, 0, "i/o", "system");   /* 0-ffff...: size wraps */
    region(mon, 2, 0, m->ram_size, "ram", "ppc_spapr.ram");
    for (SpaprPhb **p = phbs; *p; p++) {
        SpaprPhb *h = *p;
        alias(mon, h->io_win_addr, h->io_win_size, h->dtbusname, "io", "io", 0);
        alias(mon, h->mem_win_addr, h->mem_win_size, h->dtbusname, "mmio32",
              "mmio", SPAPR_PCI_MEM_WIN_BUS_OFFSET);
        if (h->mem64_win_size && h->mem64_win_addr != UINT64_MAX) {
            alias(mon, h->mem64_win_addr, h->mem64_win_size, h->dtbusname,
                  "mmio64", "mmio", h->mem64_win_pciaddr);
        }
    }
    bus_foreach(m->bus, mtree_bus, mon);
    monitor_printf(mon, "\naddress-space: I/O\n");
    region(mon, 1, 0, 0x10000, "i/o", "io");
    for (SpaprPhb **p = phbs; *p; p++) {
        SpaprPhb *h = *p;
        char name[96];
        monitor_printf(mon, "\naddress-space: %s\n", h->dtbusname);
        snprintf(name, sizeof(name), "%s.iommu-root", h->dtbusname);
        region(mon, 1, 0, 0, "i/o", name);
        for (int w = SPAPR_PCI_DMA_MAX_WINDOWS - 1; w >= 0; w--) {
            SpaprTceTable *t = &h->tce[w];
            snprintf(name, sizeof(name), "tce-root-%x", h->dma_liobn[w]);
            region(mon, 2, 0, 0, "i/o", name);
            if (t->nb_table) {
                snprintf(name, sizeof(name), "tce-iommu-%x", t->liobn);
                region(mon, 3, t->bus_offset,
                       (uint64_t)t->nb_table << t->page_shift, "i/o", name);
            }
        }
        region(mon, 2, SPAPR_PCI_MSI_WINDOW, 0x1000, "i/o", "msi");
    }
    for (SpaprPhb **p = phbs; *p; p++) {
        char name[96];
        monitor_printf(mon, "\nmemory-region: %s.io\n", (*p)->dtbusname);
        snprintf(name, sizeof(name), "%s.io", (*p)->dtbusname);
        region(mon, 1, 0, (*p)->io_win_size, "i/o", name);
        monitor_printf(mon, "\nmemory-region: %s.mmio\n", (*p)->dtbusname);
        snprintf(name, sizeof(name), "%s.mmio", (*p)->dtbusname);
        region(mon, 1, 0, 0, "i/o", name);
    }
    monitor_printf(mon, "\n");
    g_free(phbs);
}

/* ---- qtree ---- */

static void print_props(Monitor *mon, int indent, Device *d)
{
    for (const PropDesc *p = d->cls->props; p && p->name; p++) {
        if (!strcmp(p->name, "id") || !strcmp(p->name, "bus")) {
            continue;   /* shown by the tree's shape */
        }
        const void *f = (const char *)d + p->offset;
        switch (p->type) {
        case PROP_TYPE_U32:
            monitor_printf(mon, "%*s%s = %" PRIu32 " (0x%" PRIx32 ")\n",
                           indent, "", p->name, *(const uint32_t *)f,
                           *(const uint32_t *)f);
            break;
        case PROP_TYPE_U64:
            monitor_printf(mon, "%*s%s = %" PRIu64 " (0x%" PRIx64 ")\n",
                           indent, "", p->name, *(const uint64_t *)f,
                           *(const uint64_t *)f);
            break;
        case PROP_TYPE_BOOL:
            monitor_printf(mon, "%*s%s = %s\n", indent, "", p->name,
                           *(const bool *)f ? "true" : "false");
            break;
        case PROP_TYPE_STR: {
            const char *s = *(char *const *)f;
            monitor_printf(mon, "%*s%s = \"%s\"\n", indent, "", p->name,
                           s ? s : "");
            break;
        }
        }
    }
}

/* Devices of m in reverse creation order (QEMU lists newest first). */
static GPtrArray *devices_newest_first(Machine *m)
{
    GPtrArray *a = g_ptr_array_new();
    for (Device *d = m->devices; d; d = d->next) {
        g_ptr_array_insert(a, 0, d);
    }
    return a;
}

static void info_qtree(Monitor *mon)
{
    Machine *m = monitor_machine(mon);
    GPtrArray *devs = devices_newest_first(m);
    monitor_printf(mon, "bus: main-system-bus\n  type System\n");
    for (guint i = 0; i < devs->len; i++) {
        Device *d = devs->pdata[i];
        if (d->cls != &spapr_phb_class) {
            continue;
        }
        SpaprPhb *h = (SpaprPhb *)d;
        monitor_printf(mon, "  dev: %s, id \"%s\"\n", d->cls->name,
                       d->id ? d->id : "");
        print_props(mon, 4, d);
        monitor_printf(mon, "    bus: %s\n      type PCI\n", h->bus.name);
        for (int fn = 255; fn >= 0; fn--) {
            PciDevice *pd = h->bus.devs[fn];
            if (!pd) {
                continue;
            }
            monitor_printf(mon, "      dev: %s, id \"%s\"\n", pd->dev.cls->name,
                           pd->dev.id ? pd->dev.id : "");
            print_props(mon, 8, &pd->dev);
            monitor_printf(mon, "        addr = %02x.%x\n", fn >> 3, fn & 7);
        }
    }
    monitor_printf(mon, "  dev: spapr-vio-bridge, id \"\"\n"
                   "    bus: spapr-vio\n      type spapr-vio-bus\n");
    for (guint i = 0; i < devs->len; i++) {
        Device *d = devs->pdata[i];
        if (!d->cls->vio) {
            continue;
        }
        const char *base = d->cls->name;
        if (!strncmp(base, "spapr-", 6)) {
            base += 6;
        }
        if (!strcmp(base, "vscsi")) {
            base = "v-scsi";   /* QEMU names it by its tree node */
        }
        char *id = d->id ? g_strdup(d->id)
                         : g_strdup_printf("%s@%" PRIx32, base,
                                           ((SpaprVioDevice *)d)->reg);
        monitor_printf(mon, "      dev: %s, id \"%s\"\n", d->cls->name, id);
        print_props(mon, 8, d);
        if (!strcmp(d->cls->name, "spapr-vscsi")) {   /* its SCSI bus */
            monitor_printf(mon, "        bus: %s.0\n          type SCSI\n",
                           id);
            GPtrArray *sds = g_ptr_array_new();   /* newest first */
            for (ScsiDevice *sd = scsi_next(m, d, NULL); sd;
                 sd = scsi_next(m, d, sd)) {
                g_ptr_array_insert(sds, 0, sd);
            }
            for (guint k = 0; k < sds->len; k++) {
                Device *sdev = sds->pdata[k];
                monitor_printf(mon, "          dev: %s, id \"%s\"\n",
                               sdev->cls->name, sdev->id ? sdev->id : "");
                print_props(mon, 12, sdev);
            }
            g_ptr_array_free(sds, TRUE);
        }
        g_free(id);
    }
    g_ptr_array_free(devs, TRUE);
}

/* info block: the drives, their images and overlays (block.h) */
static void info_block(Monitor *mon)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    block_info(machine_blocks(monitor_machine(mon)), f);
    fclose(f);
    monitor_printf(mon, "%s", text);
    free(text);
}

/* ---- the table ---- */

typedef struct InfoCmd {
    const char *name;
    const char *help;
} InfoCmd;

static const InfoCmd infos[] = {
    { "block", "show the block devices" },
    { "cpus", "show infos for each CPU" },
    { "mtree", "show memory tree" },
    { "pci", "show PCI info" },
    { "qtree", "show device tree" },
    { "registers", "show the cpu registers (-a: all CPUs)" },
    { "snapshots", "show the currently saved VM snapshots" },
    { "status", "show the current VM status (running|paused)" },
};

void monitor_info_help(Monitor *mon)
{
    for (size_t i = 0; i < G_N_ELEMENTS(infos); i++) {
        monitor_printf(mon, "info %s -- %s\n", infos[i].name, infos[i].help);
    }
}

bool monitor_info(Monitor *mon, const char *what, const char *args)
{
    if (!strcmp(what, "registers")) {
        info_registers(mon, args);
    } else if (!strcmp(what, "block")) {
        info_block(mon);
    } else if (!strcmp(what, "cpus")) {
        info_cpus(mon);
    } else if (!strcmp(what, "status")) {
        info_status(mon);
    } else if (!strcmp(what, "mtree")) {
        info_mtree(mon);
    } else if (!strcmp(what, "qtree")) {
        info_qtree(mon);
    } else if (!strcmp(what, "pci")) {
        monitor_info_pci(mon);
    } else if (!strcmp(what, "snapshots")) {
        monitor_info_snapshots(mon);
    } else {
        return false;
    }
    return true;
}
