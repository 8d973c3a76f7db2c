/* SPDX-License-Identifier: MIT */
/*
 * The flattened device tree handed to the guest in r3, built with libfdt
 * in the sequential-write style. Node and property names, and their
 * encodings, follow QEMU 7.2's pseries tree (fixtures/qemu-7.2/dt).
 */
#include <libfdt.h>
#include <string.h>

#include "platform.h"

#define FDT_SIZE 0x100000

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
    for (unsigned i = 0; i < n; i++) {
        be[i] = cpu_to_fdt32(v[i]);
    }
    return fdt_property(fdt, name, be, (int)(n * 4));
}

static bool build_rtas(Machine *m, void *fdt, GError **err)
{
    (void)m;
    TRY(fdt_begin_node(fdt, "rtas"));
    static const char hypertas[] = "hcall-pft\0hcall-term\0hcall-dabr\0"
        "hcall-interrupt\0hcall-tce\0hcall-vio\0hcall-splpar\0hcall-join\0"
        "hcall-bulk\0hcall-set-mode\0hcall-sprg0\0hcall-copy\0hcall-debug\0"
        "hcall-vphn\0hcall-multi-tce\0hcall-watchdog";
    TRY(fdt_property(fdt, "ibm,hypertas-functions", hypertas,
                     sizeof(hypertas)));
    TRY(fdt_property_string(fdt, "qemu,hypertas-functions", "hcall-memop1"));
    TRY(prop_u32(fdt, "rtas-size", 0x82c));
    TRY(prop_u32(fdt, "rtas-error-log-max", 0x800));
    TRY(prop_u32(fdt, "rtas-event-scan-rate", 1));
    for (int i = (int)spapr_rtas_count() - 1; i >= 0; i--) {
        TRY(prop_u32(fdt, spapr_rtas_name((unsigned)i),
                     RTAS_TOKEN_BASE + (uint32_t)i));
    }
    TRY(fdt_end_node(fdt));
    return true;
}

static bool build_cpus(Machine *m, void *fdt, GError **err)
{
    TRY(fdt_begin_node(fdt, "cpus"));
    TRY(prop_u32(fdt, "#address-cells", 1));
    TRY(prop_u32(fdt, "#size-cells", 0));
    for (int i = 0; i < m->cfg.smp; i++) {
        char name[32];
        snprintf(name, sizeof(name), "PowerPC,POWER8@%x", i);
        TRY(fdt_begin_node(fdt, name));
        TRY(prop_u32(fdt, "reg", (uint32_t)i));
        TRY(fdt_property_string(fdt, "device_type", "cpu"));
        TRY(prop_u32(fdt, "cpu-version", m->cpu->pvr));
        TRY(prop_u32(fdt, "d-cache-block-size", 0x80));
        TRY(prop_u32(fdt, "d-cache-line-size", 0x80));
        TRY(prop_u32(fdt, "i-cache-block-size", 0x80));
        TRY(prop_u32(fdt, "i-cache-line-size", 0x80));
        TRY(prop_u32(fdt, "d-cache-size", 0x8000));
        TRY(prop_u32(fdt, "i-cache-size", 0x8000));
        TRY(prop_u32(fdt, "timebase-frequency", 512000000));
        TRY(prop_u32(fdt, "clock-frequency", 1000000000));
        TRY(prop_u32(fdt, "slb-size", 32));
        TRY(prop_u32(fdt, "ibm,slb-size", 32));
        TRY(fdt_property_string(fdt, "status", "okay"));
        TRY(fdt_property(fdt, "64-bit", NULL, 0));
        TRY(prop_u32(fdt, "ibm,ppc-interrupt-server#s", (uint32_t)i));
        uint32_t gs[2] = { (uint32_t)i, (uint32_t)i };
        TRY(prop_cells(fdt, "ibm,ppc-interrupt-gserver#s", gs, 2));
        uint32_t pft[2] = { 0, 0x16 };
        TRY(prop_cells(fdt, "ibm,pft-size", pft, 2));
        TRY(fdt_end_node(fdt));
    }
    TRY(fdt_end_node(fdt));
    return true;
}

bool spapr_build_fdt(Machine *m, GError **err)
{
    void *fdt = g_malloc0(FDT_SIZE);
    m->fdt = fdt;
    TRY(fdt_create(fdt, FDT_SIZE));
    TRY(fdt_finish_reservemap(fdt));
    TRY(fdt_begin_node(fdt, ""));
    TRY(fdt_property_string(fdt, "device_type", "chrp"));
    TRY(fdt_property_string(fdt, "model", "IBM pSeries (emulated by qemu)"));
    TRY(fdt_property_string(fdt, "compatible", "qemu,pseries"));
    TRY(prop_u32(fdt, "#address-cells", 2));
    TRY(prop_u32(fdt, "#size-cells", 2));

    TRY(fdt_begin_node(fdt, "chosen"));
    if (m->cfg.append) {
        TRY(fdt_property_string(fdt, "bootargs", m->cfg.append));
    }
    if (!m->cfg.nodefaults) {
        TRY(fdt_property_string(fdt, "linux,stdout-path",
                                "/vdevice/vty@71000000"));
        TRY(fdt_property_string(fdt, "stdout-path", "/vdevice/vty@71000000"));
    }
    TRY(fdt_end_node(fdt));

    if (!build_rtas(m, fdt, err) || !build_cpus(m, fdt, err)) {
        return false;
    }

    TRY(fdt_begin_node(fdt, "vdevice"));
    TRY(fdt_property_string(fdt, "device_type", "vdevice"));
    TRY(fdt_property_string(fdt, "compatible", "IBM,vdevice"));
    TRY(prop_u32(fdt, "#address-cells", 1));
    TRY(prop_u32(fdt, "#size-cells", 0));
    TRY(prop_u32(fdt, "#interrupt-cells", 2));
    TRY(fdt_property(fdt, "interrupt-controller", NULL, 0));
    if (!m->cfg.nodefaults) {
        TRY(fdt_begin_node(fdt, "vty@71000000"));
        TRY(prop_u32(fdt, "reg", 0x71000000));
        TRY(fdt_property_string(fdt, "device_type", "serial"));
        TRY(fdt_property_string(fdt, "compatible", "hvterm1"));
        uint32_t irq[2] = { 0x1000, 0 };
        TRY(prop_cells(fdt, "interrupts", irq, 2));
        TRY(fdt_end_node(fdt));
    }
    TRY(fdt_end_node(fdt));

    TRY(fdt_begin_node(fdt, "memory@0"));
    TRY(fdt_property_string(fdt, "device_type", "memory"));
    uint32_t reg[4] = { 0, 0, (uint32_t)(m->ram_size >> 32),
                        (uint32_t)m->ram_size };
    TRY(prop_cells(fdt, "reg", reg, 4));
    TRY(fdt_end_node(fdt));

    TRY(fdt_begin_node(fdt, "interrupt-controller"));
    TRY(fdt_property_string(fdt, "device_type",
                            "PowerPC-External-Interrupt-Presentation"));
    TRY(fdt_property_string(fdt, "compatible", "IBM,ppc-xicp"));
    TRY(fdt_property(fdt, "interrupt-controller", NULL, 0));
    uint32_t ranges[2] = { 0, (uint32_t)m->cfg.smp };
    TRY(prop_cells(fdt, "ibm,interrupt-server-ranges", ranges, 2));
    TRY(prop_u32(fdt, "#interrupt-cells", 2));
    TRY(prop_u32(fdt, "linux,phandle", 0x1111));
    TRY(prop_u32(fdt, "phandle", 0x1111));
    TRY(fdt_end_node(fdt));

    TRY(fdt_end_node(fdt));
    TRY(fdt_finish(fdt));
    TRY(fdt_pack(fdt));
    return true;
}
