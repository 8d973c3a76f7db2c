/* SPDX-License-Identifier: MIT */
/*
 * Reset with x-vof=on, as QEMU 7.2's pseries does it: vof.bin at 0
 * (claimed with its file size), a 32K stack claimed at the first aligned
 * free address (0x8000), the kernel at 0x400000 and the initrd after it
 * claimed, the tree given phandles, "available", the client's bootargs
 * and an open stdout instance; then the firmware is entered at 0x100
 * with r1 = top of the stack - 0x20, r3/r4 = initrd start/size. The
 * tree stays with the hypervisor (the client reads it through the
 * client interface); it is not copied to RAM.
 */
#include <libfdt.h>
#include <stdio.h>

#include "vof.h"


#define TRY_FDT(x) \
    do { \
        int rc_ = (x); \
        if (rc_ < 0) { \
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE, \
                        "x-vof=on: device tree: %s", fdt_strerror(rc_)); \
            return false; \
        } \
    } while (0)

/* Give every node without one the next phandle after the largest, in
 * tree order (the interrupt controller keeps its fixed one). */
static int add_phandles(void *fdt)
{
    uint32_t next;
    int rc = fdt_find_max_phandle(fdt, &next);
    for (int off = fdt_next_node(fdt, -1, NULL); rc == 0 && off >= 0;
         off = fdt_next_node(fdt, off, NULL)) {
        if (!fdt_getprop(fdt, off, "phandle", NULL)) {
            rc = fdt_setprop_u32(fdt, off, "phandle", ++next);
        }
    }
    return rc;
}

bool vof_dt_finalize(Machine *m, GError **err)
{
    Vof *v = m->spapr->vof;
    void *fdt = g_malloc0(VOF_FDT_SIZE);
    int rc = fdt_open_into(m->fdt, fdt, VOF_FDT_SIZE);
    g_free(m->fdt);
    m->fdt = fdt;
    TRY_FDT(rc);
    TRY_FDT(add_phandles(fdt));
    if (!vof_dt_available(v, fdt)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "x-vof=on: no /memory@0 for the available property");
        return false;
    }
    int chosen = fdt_path_offset(fdt, "/chosen");
    TRY_FDT(chosen);
    if (v->bootargs) {
        TRY_FDT(fdt_setprop_string(fdt, chosen, "bootargs", v->bootargs));
    }
    /* an open console instance for the kernel's early printing */
    SpaprVioDevice *vty = spapr_vty_default(m);
    if (vty) {
        char path[64];
        snprintf(path, sizeof(path), "/vdevice/vty@%x", vty->reg);
        uint32_t ih = vof_open_path(v, fdt, path);
        TRY_FDT(fdt_setprop_u32(fdt, chosen, "stdout", ih));
    }
    m->spapr->fdt_initial_size = fdt_totalsize(fdt);
    return true;
}

/* A claim the boot itself needs; err names what did not fit. */
static bool boot_claim(Vof *v, uint64_t at, uint64_t size, uint64_t align,
                       const char *what, uint64_t *where, GError **err)
{
    uint64_t got = vof_claim(v, at, size, align);
    if (got == UINT64_MAX) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "x-vof=on: %s", what);
        return false;
    }
    if (where) {
        *where = got;
    }
    return true;
}

bool vof_reset(Machine *m, GError **err)
{
    Vof *v = m->spapr->vof;
    /* a fresh tree: the last boot's client changes are gone (QEMU
     * rebuilds it at every reset) */
    if (!spapr_build_fdt(m, err)) {
        return false;
    }
    vof_init(v, m->ram_size);   /* the RMA: all of RAM below 4 GiB */
    uint64_t stack;
    if (!boot_claim(v, 0, v->fw_size, 0, "Memory for firmware is in use",
                    NULL, err) ||
        !boot_claim(v, 0, VOF_STACK_SIZE, VOF_STACK_SIZE,
                    "Memory allocation for stack failed", &stack, err) ||
        (m->kernel_size &&
         !boot_claim(v, KERNEL_LOAD_ADDR, m->kernel_size, 0,
                     "Memory for kernel is in use", NULL, err)) ||
        (m->initrd_size &&
         !boot_claim(v, m->initrd_base, m->initrd_size, 0,
                     "Memory for initramdisk is in use", NULL, err)) ||
        !vof_dt_finalize(m, err)) {
        return false;
    }
    PpcCpu *cpu = m->cpu;
    cpu->arch.nip = 0x100;
    cpu->arch.gpr[1] = stack + VOF_STACK_SIZE - 0x20;  /* minimum frame */
    cpu->arch.gpr[3] = m->initrd_size ? m->initrd_base : 0;
    cpu->arch.gpr[4] = m->initrd_size;
    cpu->arch.gpr[5] = 0;
    return true;
}
