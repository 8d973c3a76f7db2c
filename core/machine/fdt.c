/* SPDX-License-Identifier: MIT */
/*
 * The flattened device tree handed to the guest in r3, built with libfdt
 * in the sequential-write style. Nodes, properties, their encodings and
 * their order follow QEMU 7.2's pseries tree for pseries-2.8/2.7
 * (fixtures/qemu-7.2/dt; QEMU adds properties newest-first, so the order
 * here is the order dtc prints). tests/unit/test-fdt.c compares the two
 * property by property.
 */
#include <inttypes.h>
#include <libfdt.h>
#include <string.h>

#include "board.h"
#include "cpu-models.h"
#include "platform.h"
#include "spapr.h"
#include "spapr-irq.h"
#include "xive.h"

#define FDT_SIZE 0x100000
#define XICS_PHANDLE 0x1111
#define RMA_LIMIT (16ULL << 30)   /* pseries-5.0 and older: 16 GiB */
#define MEMORY_BLOCK_SIZE 0x10000000u

#define TRY(expr) \
    do { \
        int rc_ = (expr); \
        if (rc_ < 0) { \
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO, \
                        "device tree: %s: %s", #expr, fdt_strerror(rc_)); \
            return false; \
        } \
    } while (0)

static int prop_u32(void *fdt, const char *name, uint32_t v)
{
    return fdt_property_u32(fdt, name, v);
}

static int prop_cells(void *fdt, const char *name, const uint32_t *v,
                      unsigned n)
{
    uint32_t be[64];
    g_assert(n <= G_N_ELEMENTS(be));
    for (unsigned i = 0; i < n; i++) {
        be[i] = cpu_to_fdt32(v[i]);
    }
    return fdt_property(fdt, name, be, (int)(n * 4));
}

static int prop_empty(void *fdt, const char *name)
{
    return fdt_property(fdt, name, NULL, 0);
}

/* The four empty ibm,drc-* lists (count 0) of the root node. */
static bool drc_empty(void *fdt, GError **err)
{
    static const char *const names[] = {
        "ibm,drc-types", "ibm,drc-names", "ibm,drc-power-domains",
        "ibm,drc-indexes",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
        TRY(prop_u32(fdt, names[i], 0));
    }
    return true;
}

static bool build_chosen(Machine *m, void *fdt, GError **err)
{
    TRY(fdt_begin_node(fdt, "chosen"));
    /* option vector 5 as negotiated by CAS: length - 1, then the bytes
     * up to the last non-zero one (at least one) */
    const uint8_t *ov5 = m->spapr->ov5_cas;
    uint8_t vec5[SPAPR_OV5_BYTES + 1];
    int n5 = SPAPR_OV5_BYTES;
    while (n5 > 1 && !ov5[n5 - 1]) {
        n5--;
    }
    vec5[0] = (uint8_t)(n5 - 1);
    memcpy(vec5 + 1, ov5, (size_t)n5);
    TRY(fdt_property(fdt, "ibm,architecture-vec-5", vec5, n5 + 1));
    /* rng-seed: from the machine seed, so every run boots the same */
    uint64_t x = (m->spapr->opts.seed ? m->spapr->opts.seed : 0x6661726164ULL)
                 ^ 0x53454544ULL;   /* "SEED" stream */
    uint32_t seed[8];
    for (int i = 0; i < 8; i++) {
        uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        seed[i] = (uint32_t)(z ^ (z >> 31));
    }
    TRY(prop_cells(fdt, "rng-seed", seed, 8));
    if (m->spapr->cas_tree) {
        /* the tree CAS returns: no boot-time properties (QEMU's
         * spapr_dt_chosen without reset) */
        TRY(fdt_end_node(fdt));
        return true;
    }
    /* option vector 5 platform support: bytes 23..26 (interrupt
     * controller, MMU, ...) as QEMU 7.2 sends for TCG */
    SpaprMachineOpts *o = &m->spapr->opts;
    const CpuModel *cpu = m->spapr->cpu_model;
    uint8_t ov5_support[8] = { 0x17, 0x00, 0x18, 0x00,
                               0x19, 0x00, 0x1a, 0x40 };
    if (m->spapr->xive) {
        /* XICS or XIVE (the guest chooses), or XIVE only */
        ov5_support[1] = m->spapr->xive_only ? 0x40 : 0x80;
    }
    if (cpu->radix) {
        ov5_support[3] = 0xc0;   /* hash or radix MMU */
    }
    TRY(fdt_property(fdt, "ibm,arch-vec-5-platform-support", ov5_support,
                     sizeof(ov5_support)));
    if (o->linux_pci_probe) {
        TRY(prop_u32(fdt, "linux,pci-probe-only", 0));
    }
    SpaprVioDevice *vty = spapr_vty_default(m);
    if (vty) {
        char path[64];
        snprintf(path, sizeof(path), "/vdevice/vty@%x", vty->reg);
        TRY(fdt_property_string(fdt, "stdout-path", path));
        TRY(fdt_property_string(fdt, "linux,stdout-path", path));
    }
    TRY(prop_u32(fdt, "qemu,graphic-depth", 32));
    TRY(prop_u32(fdt, "qemu,graphic-height", 600));
    TRY(prop_u32(fdt, "qemu,graphic-width", 800));
    /* in the order of QEMU's tree (its properties come out last added
     * first) */
    if (m->kernel_size) {
        /* the kernel the firmware is to boot: <address size>, 64-bit */
        uint64_t kprop[2] = { cpu_to_fdt64(KERNEL_LOAD_ADDR),
                              cpu_to_fdt64(m->kernel_size) };
        if (m->kernel_le) {
            TRY(prop_empty(fdt, "qemu,boot-kernel-le"));
        }
        TRY(fdt_property(fdt, "qemu,boot-kernel", kprop, sizeof(kprop)));
    }
    if (m->initrd_size) {
        TRY(prop_u32(fdt, "linux,initrd-end",
                     (uint32_t)(m->initrd_base + m->initrd_size)));
        TRY(prop_u32(fdt, "linux,initrd-start", (uint32_t)m->initrd_base));
    }
    if (m->cfg.append && m->cfg.append[0]) {
        TRY(fdt_property_string(fdt, "bootargs", m->cfg.append));
    }
    TRY(fdt_end_node(fdt));
    return true;
}

/*
 * A hypertas property: the function sets of the board's hypercalls
 * (base/hcalls.def's groups) in the order of their first row, NUL
 * separated. prefix "qemu,": the groups named "qemu,X", as X; NULL: the
 * others. hcall-hpt-resize is left out when resize-hpt is disabled, as
 * QEMU does.
 */
static int hypertas(Machine *m, void *fdt, const char *prop,
                    const char *prefix)
{
    const Board *b = m->cfg.board;
    bool resize = spapr_hpt_resize_allowed(m);
    GString *buf = g_string_new(NULL);
    size_t plen = prefix ? strlen(prefix) : 0;
    for (size_t i = 0; i < b->n_hcalls; i++) {
        const char *g = b->hcalls[i].group;
        bool first = g != NULL;
        for (size_t j = 0; first && j < i; j++) {
            first = !b->hcalls[j].group || strcmp(b->hcalls[j].group, g);
        }
        if (!first || (prefix ? strncmp(g, prefix, plen)
                              : strncmp(g, "qemu,", 5) == 0)) {
            continue;
        }
        if (!resize && !strcmp(g, "hcall-hpt-resize")) {
            continue;
        }
        g_string_append_len(buf, g + plen, (gssize)strlen(g + plen) + 1);
    }
    int rc = fdt_property(fdt, prop, buf->str, (int)buf->len);
    g_string_free(buf, TRUE);
    return rc;
}

static bool build_rtas(Machine *m, void *fdt, GError **err)
{
    const Board *b = m->cfg.board;
    TRY(fdt_begin_node(fdt, "rtas"));
    /* the board's calls, last row first (QEMU adds them newest-first) */
    for (size_t i = b->n_rtas; i-- > 0;) {
        if (!spapr_irq_call_offered(m, b->rtas[i].name)) {
            continue;
        }
        TRY(prop_u32(fdt, b->rtas[i].name, b->rtas[i].token));
    }
    /* max device address (no hot-pluggable memory: 0), LMB size, CPUs */
    uint32_t lrdr[5] = { 0, 0, 0, MEMORY_BLOCK_SIZE, (uint32_t)m->cfg.smp };
    TRY(prop_cells(fdt, "ibm,lrdr-capacity", lrdr, 5));
    TRY(prop_empty(fdt, "ibm,extended-os-term"));
    TRY(prop_empty(fdt, "ibm,change-msix-capable"));
    TRY(prop_u32(fdt, "rtas-event-scan-rate", 1));
    TRY(prop_u32(fdt, "rtas-error-log-max", 0x800));
    /* QEMU: the error log plus 16 bytes per possible CPU */
    TRY(prop_u32(fdt, "rtas-size", 0x81c + 16 * (uint32_t)m->cfg.smp));
    uint32_t maxdom[5] = { 4, 0, 0, 0, 1 };
    TRY(prop_cells(fdt, "ibm,max-associativity-domains", maxdom, 5));
    uint32_t refpoints[3] = { 4, 4, 2 };
    TRY(prop_cells(fdt, "ibm,associativity-reference-points", refpoints,
                   m->spapr->opts.pre_5_2_numa ? 2 : 3));
    TRY(hypertas(m, fdt, "qemu,hypertas-functions", "qemu,"));
    TRY(hypertas(m, fdt, "ibm,hypertas-functions", NULL));
    TRY(fdt_end_node(fdt));
    return true;
}

static bool build_event_sources(Machine *m, void *fdt, GError **err)
{
    SpaprState *s = m->spapr;
    TRY(fdt_begin_node(fdt, "event-sources"));
    uint32_t ranges[4] = { s->irq_epow, 1, s->irq_hotplug, 1 };
    TRY(prop_cells(fdt, "interrupt-ranges", ranges, s->irq_hotplug ? 4 : 2));
    TRY(prop_u32(fdt, "#interrupt-cells", 2));
    TRY(prop_empty(fdt, "interrupt-controller"));
    if (s->irq_hotplug) {
        TRY(fdt_begin_node(fdt, "hot-plug-events"));
        uint32_t irq[2] = { s->irq_hotplug, 0 };
        TRY(prop_cells(fdt, "interrupts", irq, 2));
        TRY(fdt_end_node(fdt));
    }
    TRY(fdt_begin_node(fdt, "epow-events"));
    uint32_t irq[2] = { s->irq_epow, 0 };
    TRY(prop_cells(fdt, "interrupts", irq, 2));
    TRY(fdt_end_node(fdt));
    TRY(fdt_end_node(fdt));
    return true;
}

/* A DRC list property: be32 count, then the entries. */
static int drc_list(void *fdt, const char *name, const void *body,
                    size_t len, uint32_t count)
{
    uint8_t buf[4 + 16 * SPAPR_MAX_CPUS];
    g_assert(len + 4 <= sizeof(buf));
    uint32_t be = cpu_to_fdt32(count);
    memcpy(buf, &be, 4);
    memcpy(buf + 4, body, len);
    return fdt_property(fdt, name, buf, (int)(len + 4));
}

GArray *spapr_drc_order(Machine *m)
{
    GHashTable *h = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                          NULL);
    if (m->spapr->opts.dr_phb) {
        for (uint32_t i = 0; i < SPAPR_MAX_PHBS; i++) {
            g_hash_table_insert(h, g_strdup_printf("%x", SPAPR_DRC_PHB | i),
                                NULL);
        }
    }
    for (int i = 0; i < m->cfg.smp; i++) {
        g_hash_table_insert(h, g_strdup_printf("%x", SPAPR_DRC_CPU |
                                               spapr_vcpu_id(m, i)), NULL);
    }
    /* the devices' own connectors (a PHB's slots), creation order */
    GArray *own = g_array_new(FALSE, FALSE, sizeof(uint32_t));
    for (Device *d = m->devices; d; d = d->next) {
        if (d->cls->drc_indexes) {
            d->cls->drc_indexes(d, own);
        }
    }
    for (guint i = 0; i < own->len; i++) {
        g_hash_table_insert(h, g_strdup_printf("%x",
                            g_array_index(own, uint32_t, i)), NULL);
    }
    g_array_free(own, TRUE);
    GArray *order = g_array_new(FALSE, FALSE, sizeof(uint32_t));
    GHashTableIter it;
    gpointer key, val;
    g_hash_table_iter_init(&it, h);
    while (g_hash_table_iter_next(&it, &key, &val)) {
        uint32_t idx = (uint32_t)strtoul(key, NULL, 16);
        g_array_append_val(order, idx);
    }
    g_hash_table_destroy(h);
    return order;
}

/* The DRC indexes of one type (top nibble) in container order. */
static GArray *drcs_of_type(Machine *m, uint32_t type)
{
    GArray *all = spapr_drc_order(m);
    GArray *out = g_array_new(FALSE, FALSE, sizeof(uint32_t));
    for (guint i = 0; i < all->len; i++) {
        uint32_t idx = g_array_index(all, uint32_t, i);
        if ((idx & 0xf0000000u) == type) {
            g_array_append_val(out, idx);
        }
    }
    g_array_free(all, TRUE);
    return out;
}

/* The root node's DR connectors: the PHB slots (QEMU 7.2 pseries-4.2
 * and later; an empty list before). */
static bool drc_root(Machine *m, void *fdt, GError **err)
{
    GArray *phbs = drcs_of_type(m, SPAPR_DRC_PHB);
    unsigned n = phbs->len;
    uint8_t types[4 * SPAPR_MAX_PHBS], names[16 * SPAPR_MAX_PHBS];
    uint32_t doms[SPAPR_MAX_PHBS], idx[SPAPR_MAX_PHBS];
    size_t tl = 0, nl = 0;
    for (unsigned j = 0; j < n; j++) {
        uint32_t i = g_array_index(phbs, uint32_t, j);
        memcpy(types + tl, "PHB", 4);
        tl += 4;
        nl += (size_t)sprintf((char *)names + nl, "PHB %u", i & 0xffff) + 1;
        doms[j] = cpu_to_fdt32(0xffffffff);
        idx[j] = cpu_to_fdt32(i);
    }
    g_array_free(phbs, TRUE);
    if (!n) {
        return drc_empty(fdt, err);
    }
    TRY(drc_list(fdt, "ibm,drc-types", types, tl, n));
    TRY(drc_list(fdt, "ibm,drc-names", names, nl, n));
    TRY(drc_list(fdt, "ibm,drc-power-domains", doms, 4 * (size_t)n, n));
    TRY(drc_list(fdt, "ibm,drc-indexes", idx, 4 * (size_t)n, n));
    return true;
}

/* ibm,segment-page-sizes: base page shift, SLB encoding, count, then
 * (page shift, PTE encoding) pairs, for 4K, 64K, 16M and 16G pages;
 * QEMU drops the sizes above cap-hpt-max-page-size. */
static unsigned segment_page_sizes(Machine *m, uint32_t *out)
{
    static const uint32_t sps[24] = {
        0x0c, 0x000, 2, 0x0c, 0x00, 0x18, 0x38,
        0x10, 0x110, 2, 0x10, 0x01, 0x18, 0x08,
        0x18, 0x100, 1, 0x18, 0x00,
        0x22, 0x120, 1, 0x22, 0x03,
    };
    uint64_t max = m->spapr->opts.cap_hpt_max_page_size;
    unsigned n = 0;
    for (unsigned i = 0; i < G_N_ELEMENTS(sps);) {
        uint32_t shift = sps[i], slb = sps[i + 1], cnt = sps[i + 2];
        const uint32_t *enc = &sps[i + 3];
        i += 3 + 2 * cnt;
        if ((1ULL << shift) > max) {
            continue;
        }
        unsigned head = n;
        out[n++] = shift;
        out[n++] = slb;
        out[n++] = 0;
        for (uint32_t k = 0; k < cnt; k++) {
            if ((1ULL << enc[2 * k]) <= max) {
                out[n++] = enc[2 * k];
                out[n++] = enc[2 * k + 1];
                out[head + 2]++;
            }
        }
    }
    return n;
}

static bool build_cpus(Machine *m, void *fdt, GError **err)
{
    SpaprState *s = m->spapr;
    const CpuModel *model = s->cpu_model;
    int n = m->cfg.smp;
    TRY(fdt_begin_node(fdt, "cpus"));
    /* one DR connector per CPU core */
    uint8_t types[4 * SPAPR_MAX_CPUS], names[16 * SPAPR_MAX_CPUS];
    uint32_t doms[SPAPR_MAX_CPUS], idx[SPAPR_MAX_CPUS];
    size_t tl = 0, nl = 0;
    GArray *cpus = drcs_of_type(m, SPAPR_DRC_CPU);
    g_assert(cpus->len == (guint)n);
    for (int j = 0; j < n; j++) {
        uint32_t i = g_array_index(cpus, uint32_t, j);
        memcpy(types + tl, "CPU", 4);
        tl += 4;
        nl += (size_t)sprintf((char *)names + nl, "CPU %u",
                              i & 0xfffffff) + 1;
        doms[j] = cpu_to_fdt32(0xffffffff);
        idx[j] = cpu_to_fdt32(i);
    }
    g_array_free(cpus, TRUE);
    TRY(drc_list(fdt, "ibm,drc-types", types, tl, (uint32_t)n));
    TRY(drc_list(fdt, "ibm,drc-names", names, nl, (uint32_t)n));
    TRY(drc_list(fdt, "ibm,drc-power-domains", doms, 4 * (size_t)n,
                 (uint32_t)n));
    TRY(drc_list(fdt, "ibm,drc-indexes", idx, 4 * (size_t)n, (uint32_t)n));
    TRY(prop_u32(fdt, "#size-cells", 0));
    TRY(prop_u32(fdt, "#address-cells", 1));

    uint32_t sps[24];
    unsigned nsps = segment_page_sizes(m, sps);
    static const uint32_t segs[4] = { 0x1c, 0x28, 0xffffffff, 0xffffffff };
    /* radix page sizes: 4K, 64K, 2M, 1G with their AP field */
    static const uint32_t radix_ap[4] = { 0x0c, 0xa0000010, 0x20000015,
                                          0x4000001e };

    for (int i = 0; i < n; i++) {
        uint32_t id = spapr_vcpu_id(m, i);
        char name[32];
        snprintf(name, sizeof(name), "PowerPC,%s@%x", model->name, id);
        TRY(fdt_begin_node(fdt, name));
        if (s->large_decr) {
            TRY(prop_u32(fdt, "ibm,dec-bits", model->large_dec_bits));
        }
        if (model->radix) {
            TRY(prop_cells(fdt, "ibm,processor-radix-AP-encodings",
                           radix_ap, 4));
        }
        uint32_t gs[2] = { id, 0 };
        TRY(prop_cells(fdt, "ibm,ppc-interrupt-gserver#s", gs, 2));
        TRY(prop_u32(fdt, "ibm,ppc-interrupt-server#s", id));
        uint32_t pft[2] = { 0, spapr_hpt_shift(m->ram_size) };
        TRY(prop_cells(fdt, "ibm,pft-size", pft, 2));
        /* the chip is the socket: -smp's cores per socket, or for a
         * plain -smp N as QEMU 7.2 splits it, one socket per CPU on
         * machine types older than 6.2, one socket of N cores on newer */
        int per_socket = m->cfg.smp_cores ? m->cfg.smp_cores
                         : s->opts.prefer_sockets ? 1 : m->cfg.smp;
        TRY(prop_u32(fdt, "ibm,chip-id", (uint32_t)(i / per_socket)));
        TRY(fdt_property(fdt, "ibm,pa-features", model->pa_features,
                         (int)model->pa_features_len));
        TRY(prop_cells(fdt, "ibm,segment-page-sizes", sps, nsps));
        if (s->opts.cap_dfp) {   /* QEMU: only with cap-dfp */
            TRY(prop_u32(fdt, "ibm,dfp", 1));
        }
        TRY(prop_u32(fdt, "ibm,vmx", 2));
        TRY(prop_cells(fdt, "ibm,processor-segment-sizes", segs, 4));
        TRY(prop_u32(fdt, "ibm,spurr", 1));
        TRY(prop_u32(fdt, "ibm,purr", 1));
        TRY(prop_empty(fdt, "64-bit"));
        TRY(fdt_property_string(fdt, "status", "okay"));
        TRY(prop_u32(fdt, "ibm,slb-size", 32));
        TRY(prop_u32(fdt, "slb-size", 32));
        TRY(prop_u32(fdt, "clock-frequency", 1000000000));
        TRY(prop_u32(fdt, "timebase-frequency", 512000000));
        TRY(prop_u32(fdt, "i-cache-size", 0x8000));
        TRY(prop_u32(fdt, "d-cache-size", 0x8000));
        TRY(prop_u32(fdt, "i-cache-line-size", 0x80));
        TRY(prop_u32(fdt, "i-cache-block-size", 0x80));
        TRY(prop_u32(fdt, "d-cache-line-size", 0x80));
        TRY(prop_u32(fdt, "d-cache-block-size", 0x80));
        /* the compat PVR once CAS negotiated one */
        TRY(prop_u32(fdt, "cpu-version",
                     s->compat_pvr ? s->compat_pvr : s->pvr));
        TRY(fdt_property_string(fdt, "device_type", "cpu"));
        TRY(prop_u32(fdt, "reg", id));
        TRY(prop_u32(fdt, "ibm,my-drc-index", SPAPR_DRC_CPU | id));
        TRY(fdt_end_node(fdt));
    }
    TRY(fdt_end_node(fdt));
    return true;
}

static bool build_platform_facilities(Machine *m, void *fdt, GError **err)
{
    if (!device_find(m, "spapr-rng")) {
        return true;
    }
    TRY(fdt_begin_node(fdt, "ibm,platform-facilities"));
    TRY(prop_u32(fdt, "#size-cells", 0));
    TRY(prop_u32(fdt, "#address-cells", 1));
    TRY(fdt_property_string(fdt, "device_type", "ibm,platform-facilities"));
    TRY(fdt_begin_node(fdt, "ibm,random-v1"));
    TRY(fdt_property_string(fdt, "compatible", "ibm,random"));
    TRY(fdt_end_node(fdt));
    TRY(fdt_end_node(fdt));
    return true;
}

static int cmp_vio_reg(const void *a, const void *b)
{
    const SpaprVioDevice *x = *(SpaprVioDevice *const *)a;
    const SpaprVioDevice *y = *(SpaprVioDevice *const *)b;
    return x->reg < y->reg ? -1 : x->reg > y->reg;
}

static const char *vio_node_name(Device *d)
{
    const char *n = d->cls->name;
    return !strcmp(n, "spapr-vty") ? "vty"
         : !strcmp(n, "spapr-nvram") ? "nvram"
         : !strcmp(n, "spapr-vscsi") ? "v-scsi"
         : !strcmp(n, "spapr-vlan") ? "l-lan" : n;
}

static bool build_vdevice(Machine *m, void *fdt, GError **err)
{
    TRY(fdt_begin_node(fdt, "vdevice"));
    TRY(prop_empty(fdt, "interrupt-controller"));
    TRY(prop_u32(fdt, "#interrupt-cells", 2));
    TRY(prop_u32(fdt, "#size-cells", 0));
    TRY(prop_u32(fdt, "#address-cells", 1));
    TRY(fdt_property_string(fdt, "compatible", "IBM,vdevice"));
    TRY(fdt_property_string(fdt, "device_type", "vdevice"));
    GPtrArray *vio = g_ptr_array_new();
    for (Device *d = m->devices; d; d = d->next) {
        if (d->cls->vio) {
            g_ptr_array_add(vio, d);
        }
    }
    g_ptr_array_sort(vio, cmp_vio_reg);
    for (guint i = 0; i < vio->len; i++) {
        SpaprVioDevice *v = g_ptr_array_index(vio, i);
        char name[64];
        snprintf(name, sizeof(name), "%s@%x", vio_node_name(&v->dev), v->reg);
        int rc = fdt_begin_node(fdt, name);
        if (rc >= 0 && v->dev.cls->build_fdt) {
            rc = v->dev.cls->build_fdt(&v->dev, fdt);
        }
        if (rc >= 0) {
            rc = fdt_end_node(fdt);
        }
        if (rc < 0) {
            g_ptr_array_free(vio, TRUE);
            TRY(rc);
        }
    }
    g_ptr_array_free(vio, TRUE);
    TRY(fdt_end_node(fdt));
    return true;
}

static bool memory_node(void *fdt, uint64_t start, uint64_t size,
                        GError **err)
{
    char name[40];
    snprintf(name, sizeof(name), "memory@%llx", (unsigned long long)start);
    TRY(fdt_begin_node(fdt, name));
    uint32_t assoc[5] = { 4, 0, 0, 0, 0 };
    TRY(prop_cells(fdt, "ibm,associativity", assoc, 5));
    uint32_t reg[4] = { (uint32_t)(start >> 32), (uint32_t)start,
                        (uint32_t)(size >> 32), (uint32_t)size };
    TRY(prop_cells(fdt, "reg", reg, 4));
    TRY(fdt_property_string(fdt, "device_type", "memory"));
    TRY(fdt_end_node(fdt));
    return true;
}

/* The RMA first, then power-of-two aligned blocks, as QEMU splits
 * node 0's memory. */
static bool build_memory(Machine *m, void *fdt, GError **err)
{
    uint64_t rma = MIN(m->ram_size, RMA_LIMIT);
    if (!memory_node(fdt, 0, rma, err)) {
        return false;
    }
    uint64_t start = rma, left = m->ram_size - rma;
    while (left) {
        uint64_t size = 1ULL << (63 - __builtin_clzll(left));
        uint64_t align = start & -start;
        if (align < size) {
            size = align;
        }
        if (!memory_node(fdt, start, size, err)) {
            return false;
        }
        start += size;
        left -= size;
    }
    return true;
}

/* The XIVE node (ic-mode=xive, or dual after CAS chose XIVE): the
 * TIMA's user and OS pages, the IPI LISNs, 64K event queues. */
static bool build_xive(Machine *m, void *fdt, GError **err)
{
    char name[64];
    uint64_t user = XIVE_TM_BASE + (XIVE_TM_USER_PAGE << XIVE_TM_SHIFT);
    uint64_t os = XIVE_TM_BASE + (XIVE_TM_OS_PAGE << XIVE_TM_SHIFT);
    snprintf(name, sizeof(name), "interrupt-controller@%" PRIx64, user);
    TRY(fdt_begin_node(fdt, name));
    TRY(prop_u32(fdt, "phandle", XICS_PHANDLE));
    TRY(prop_u32(fdt, "linux,phandle", XICS_PHANDLE));
    TRY(prop_u32(fdt, "#interrupt-cells", 2));
    TRY(prop_empty(fdt, "interrupt-controller"));
    uint32_t lisns[2] = { 0, m->spapr->xive->nr_servers };
    TRY(prop_cells(fdt, "ibm,xive-lisn-ranges", lisns, 2));
    TRY(prop_u32(fdt, "ibm,xive-eq-sizes", 16));
    TRY(fdt_property_string(fdt, "compatible", "ibm,power-ivpe"));
    uint32_t reg[8] = { (uint32_t)(user >> 32), (uint32_t)user, 0,
                        1u << XIVE_TM_SHIFT, (uint32_t)(os >> 32),
                        (uint32_t)os, 0, 1u << XIVE_TM_SHIFT };
    TRY(prop_cells(fdt, "reg", reg, 8));
    TRY(fdt_property_string(fdt, "device_type", "power-ivpe"));
    TRY(fdt_end_node(fdt));
    return true;
}

static bool build_interrupt_controller(Machine *m, void *fdt, GError **err)
{
    if (spapr_irq_xive_active(m)) {
        return build_xive(m, fdt, err);
    }
    TRY(fdt_begin_node(fdt, "interrupt-controller"));
    TRY(prop_u32(fdt, "phandle", XICS_PHANDLE));
    TRY(prop_u32(fdt, "linux,phandle", XICS_PHANDLE));
    TRY(prop_u32(fdt, "#interrupt-cells", 2));
    uint32_t ranges[2] = { 0, spapr_vcpu_id(m, m->cfg.smp) };
    TRY(prop_cells(fdt, "ibm,interrupt-server-ranges", ranges, 2));
    TRY(prop_empty(fdt, "interrupt-controller"));
    TRY(fdt_property_string(fdt, "compatible", "IBM,ppc-xicp"));
    TRY(fdt_property_string(fdt, "device_type",
                            "PowerPC-External-Interrupt-Presentation"));
    TRY(fdt_end_node(fdt));
    return true;
}

/* The nodes of the devices that are not on the VIO bus (the PCI host
 * bridges, pci/phb-fdt.c), in creation order, after /cpus as in QEMU. */
static bool build_root_devices(Machine *m, void *fdt, GError **err)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (!d->cls->vio && d->cls->build_fdt) {
            TRY(d->cls->build_fdt(d, fdt));
        }
    }
    return true;
}

bool spapr_build_fdt(Machine *m, GError **err)
{
    void *fdt = g_malloc0(FDT_SIZE);
    g_free(m->fdt);
    m->fdt = fdt;
    TRY(fdt_create(fdt, FDT_SIZE));
    TRY(fdt_finish_reservemap(fdt));
    TRY(fdt_begin_node(fdt, ""));
    if (!drc_root(m, fdt, err)) {
        return false;
    }
    if (spapr_irq_xive_active(m)) {
        /* the priorities the hypervisor keeps: 7 and up */
        uint32_t res[2] = { XIVE_PRIO_RESERVED, 0xff - XIVE_PRIO_RESERVED };
        TRY(prop_cells(fdt, "ibm,plat-res-int-priorities", res, 2));
    }
    TRY(prop_u32(fdt, "#size-cells", 2));
    TRY(prop_u32(fdt, "#address-cells", 2));
    /* -name and -uuid, as QEMU 7.2's pseries writes them */
    if (m->cfg.name && *m->cfg.name) {
        TRY(fdt_property_string(fdt, "ibm,partition-name", m->cfg.name));
    }
    if (m->cfg.uuid) {
        TRY(fdt_property_string(fdt, "system-id", m->cfg.uuid));
    }
    TRY(fdt_property_string(fdt, "vm,uuid", m->cfg.uuid ? m->cfg.uuid
                            : "00000000-0000-0000-0000-000000000000"));
    TRY(fdt_property_string(fdt, "compatible", "qemu,pseries"));
    TRY(fdt_property_string(fdt, "model", "IBM pSeries (emulated by qemu)"));
    TRY(fdt_property_string(fdt, "device_type", "chrp"));

    if (m->spapr->opts.nvdimm) {
        TRY(fdt_begin_node(fdt, "ibm,persistent-memory"));
        TRY(fdt_property_string(fdt, "device_type", "ibm,persistent-memory"));
        TRY(prop_u32(fdt, "#size-cells", 0));
        TRY(prop_u32(fdt, "#address-cells", 1));
        TRY(fdt_end_node(fdt));
    }
    if (!build_chosen(m, fdt, err) || !build_rtas(m, fdt, err) ||
        !build_event_sources(m, fdt, err) || !build_cpus(m, fdt, err) ||
        !build_root_devices(m, fdt, err) ||
        !build_platform_facilities(m, fdt, err) ||
        !build_vdevice(m, fdt, err) || !build_memory(m, fdt, err) ||
        !build_interrupt_controller(m, fdt, err)) {
        return false;
    }
    TRY(fdt_end_node(fdt));
    TRY(fdt_finish(fdt));
    TRY(fdt_pack(fdt));
    m->spapr->fdt_initial_size = fdt_totalsize(fdt);
    return true;
}
