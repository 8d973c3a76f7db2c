/* SPDX-License-Identifier: MIT */
/*
 * ibm,client-architecture-support as QEMU 7.2 implements it for SLOF
 * (KVMPPC_H_CAS) and the tree update that follows (KVMPPC_H_UPDATE_DT):
 * the guest's PVR list picks a compatibility mode, option vector 5 is
 * intersected with what the platform offers, the device tree is rebuilt
 * with the result and written back behind a 4-byte header; the tree the
 * guest hands back is kept when the machine's x-update-dt compat
 * property says so. Option vectors use PAPR's numbering: byte 1 is the
 * first after the length, bit 0 the most significant.
 */
#include <libfdt.h>
#include <string.h>

#include "cpu-models.h"
#include "hcall.h"
#include "spapr-cas.h"
#include "spapr-drc.h"
#include "spapr-events.h"
#include "spapr-irq.h"

#define REAL_MASK 0x0fffffffffffffffULL
#define H_MULTI_THREADS_ACTIVE (-9005)
#define CAS_MAX_PVRS 512

/* Logical PVRs in QEMU's compat table order, with the ISA level each
 * needs (index into the level bits below). */
static const struct {
    uint32_t pvr;
    unsigned level;
} compat_table[] = {
    { 0x0f000002, 0 },   /* 2.05 */
    { 0x0f000003, 1 },   /* 2.06 */
    { 0x0f100003, 1 },   /* 2.06 plus */
    { 0x0f000004, 2 },   /* 2.07 */
    { 0x0f000005, 3 },   /* 3.00 */
    { 0x0f000006, 4 },   /* 3.10 */
};

static int compat_index(uint32_t pvr)
{
    for (size_t i = 0; i < G_N_ELEMENTS(compat_table); i++) {
        if (compat_table[i].pvr == pvr) {
            return (int)i;
        }
    }
    return -1;
}

/* The ISA levels a CPU (by its PVR's version) can run compatibly. */
static unsigned cpu_levels(uint32_t real_pvr)
{
    switch (real_pvr >> 16) {
    case 0x003f: case 0x004a:                 /* POWER7, POWER7+ */
        return 0x03;
    case 0x004b: case 0x004c: case 0x004d:    /* POWER8E, NVL, POWER8 */
        return 0x07;
    case 0x004e:                              /* POWER9 */
        return 0x0f;
    case 0x0080:                              /* POWER10 */
        return 0x1f;
    default:
        return 0;
    }
}

bool spapr_compat_ok(uint32_t real_pvr, uint32_t compat, uint32_t min)
{
    int c = compat_index(compat), lo = min ? compat_index(min) : -1;
    if (c < 0 || (min && c < lo)) {
        return false;
    }
    return cpu_levels(real_pvr) & (1u << compat_table[c].level);
}

uint32_t spapr_cas_pick_pvr(Machine *m, uint32_t real_pvr, uint64_t *addr,
                            bool *raw)
{
    uint32_t best = 0;
    *raw = false;
    for (int i = 0; i < CAS_MAX_PVRS; i++) {
        uint64_t mask, pvr;
        hcall_phys_read(m, *addr, 4, &mask);
        hcall_phys_read(m, *addr + 4, 4, &pvr);
        *addr += 8;
        if (pvr & ~mask) {
            break;   /* terminator */
        }
        if ((real_pvr & mask) == (pvr & mask)) {
            *raw = true;
        } else if (spapr_compat_ok(real_pvr, (uint32_t)pvr, best)) {
            best = (uint32_t)pvr;
        }
    }
    return best;
}

bool spapr_ovec_find(Machine *m, uint64_t table, int vector, uint8_t *out,
                     size_t max)
{
    uint64_t v;
    hcall_phys_read(m, table, 1, &v);
    if ((uint64_t)vector > v + 1) {
        return false;
    }
    uint64_t addr = table + 1;
    for (int i = 1; i < vector; i++) {
        hcall_phys_read(m, addr, 1, &v);
        addr += v + 2;   /* length byte + (length + 1) bytes */
    }
    hcall_phys_read(m, addr, 1, &v);
    memset(out, 0, max);
    for (uint64_t i = 0; i <= v && i < max; i++) {
        uint64_t b;
        hcall_phys_read(m, addr + 1 + i, 1, &b);
        out[i] = (uint8_t)b;
    }
    return true;
}

void spapr_ov5_platform(Machine *m, uint8_t *ov5)
{
    SpaprState *s = m->spapr;
    memset(ov5, 0, SPAPR_OV5_BYTES);
    ov5[OV5_DRCONF_MEMORY / 8] |= 0x80 >> (OV5_DRCONF_MEMORY % 8);
    ov5[OV5_FORM1_AFFINITY / 8] |= 0x80 >> (OV5_FORM1_AFFINITY % 8);
    if (s->opts.modern_hotplug_events) {
        ov5[OV5_HP_EVT / 8] |= 0x80 >> (OV5_HP_EVT % 8);
    }
    ov5[OV5_DRMEM_V2 / 8] |= 0x80 >> (OV5_DRMEM_V2 % 8);
    if (s->xive) {
        ov5[OV5_XIVE_EXPLOIT / 8] |= 0x80 >> (OV5_XIVE_EXPLOIT % 8);
    }
    if (spapr_compat_ok(s->pvr, 0x0f000005, 0)) {
        /* ISA 3.00 CPUs: radix with GTSE (TCG offers both MMUs) */
        ov5[OV5_MMU_RADIX_300 / 8] |= 0x80 >> (OV5_MMU_RADIX_300 % 8);
        ov5[OV5_MMU_RADIX_GTSE / 8] |= 0x80 >> (OV5_MMU_RADIX_GTSE % 8);
    }
}

bool spapr_ov5_test(const uint8_t *ov5, unsigned bit)
{
    return bit / 8 < SPAPR_OV5_BYTES && (ov5[bit / 8] & (0x80 >> (bit % 8)));
}

/* QEMU stops with an error for these guest requests (exit(1)). */
static long cas_fatal(Machine *m, PpcCpu *cpu, const char *msg)
{
    spapr_guest_fatal(m, cpu, msg);
    return H_HARDWARE;
}

long spapr_cas_negotiate(Machine *m, PpcCpu *cpu, uint64_t vec,
                         uint64_t bufsize, bool reset_tree)
{
    SpaprState *s = m->spapr;
    /* only the calling vCPU may be running */
    for (int i = 0; i < m->cfg.smp; i++) {
        if (m->cpus[i] != cpu && !m->cpus[i]->arch.halted) {
            return H_MULTI_THREADS_ACTIVE;
        }
    }
    bool raw;
    uint32_t compat = spapr_cas_pick_pvr(m, cpu->pvr, &vec, &raw);
    if (!compat && !raw) {
        fflush(stdout);
        fprintf(stderr, "farad: Couldn't negotiate a suitable PVR during "
                "CAS\n");
        return H_HARDWARE;
    }
    s->compat_pvr = compat;   /* all CPUs (ppc_set_compat_all) */

    uint8_t ov1[SPAPR_OV5_BYTES], ov5[SPAPR_OV5_BYTES];
    if (!spapr_ovec_find(m, vec, 1, ov1, sizeof(ov1))) {
        return H_PARAMETER;   /* unreachable: there is always one */
    }
    if (!spapr_ovec_find(m, vec, 5, ov5, sizeof(ov5))) {
        fflush(stdout);
        fprintf(stderr, "farad: warning: guest didn't provide option "
                "vector 5\n");
        return H_PARAMETER;
    }
    if (spapr_ov5_test(ov5, OV5_MMU_BOTH)) {
        return cas_fatal(m, cpu, "guest requested hash and radix MMU, "
                         "which is invalid.");
    }
    if (spapr_ov5_test(ov5, OV5_XIVE_BOTH)) {
        return cas_fatal(m, cpu, "guest requested an invalid interrupt "
                         "mode");
    }
    if (!spapr_ov5_test(ov5, OV5_MMU_RADIX_300) &&
        !spapr_ov5_test(ov5, OV5_HPT_RESIZE) &&
        !spapr_hpt_cas_no_resize(m)) {
        return cas_fatal(m, cpu, "h_client_architecture_support: Guest "
                         "doesn't support HPT resizing, but "
                         "resize-hpt=required");
    }
    bool guest_xive = spapr_ov5_test(ov5, OV5_XIVE_EXPLOIT);
    uint8_t plat[SPAPR_OV5_BYTES];
    spapr_ov5_platform(m, plat);
    for (int i = 0; i < SPAPR_OV5_BYTES; i++) {
        s->ov5_cas[i] = plat[i] & ov5[i];
    }
    s->cas_pre_isa3 = !spapr_ov5_test(ov1, OV1_PPC_3_00);
    if ((s->patb_entry & PATB_GR) && !spapr_ov5_test(ov5, OV5_MMU_RADIX_300)) {
        /* a partition left in radix mode (its process table registered
         * before a reboot into a hash guest) gets an HPT back, as QEMU;
         * a radix guest keeps the HPT until H_REGISTER_PROC_TBL */
        spapr_setup_hpt(m);
    }
    if (guest_xive && !s->xive) {
        return cas_fatal(m, cpu, "Guest requested unavailable interrupt "
                         "mode (XIVE), try the ic-mode=xive or "
                         "ic-mode=dual machine property");
    }
    if (!guest_xive && s->xive_only) {
        return cas_fatal(m, cpu, "Guest requested unavailable interrupt "
                         "mode (XICS), either don't set the ic-mode "
                         "machine property or try ic-mode=xics or "
                         "ic-mode=dual");
    }
    spapr_irq_update_active(m);   /* dual: XIVE if the guest chose it */

    /* pending hot-plug and unplug requests take effect now, as QEMU's
     * CAS: the tree it returns has them, and their events are dropped */
    spapr_drc_rest_all(m);
    spapr_events_clear_hotplug(m);

    GError *err = NULL;
    s->cas_tree = !reset_tree;
    bool ok = spapr_build_fdt(m, &err);
    s->cas_tree = false;
    if (!ok || fdt_totalsize(m->fdt) > bufsize) {
        fflush(stdout);
        fprintf(stderr, "farad: error creating device tree: %s\n",
                ok ? "the CAS buffer is too small" : err->message);
        g_clear_error(&err);
        return cas_fatal(m, cpu, "client-architecture-support failed");
    }
    return H_SUCCESS;
}

long h_cas(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    uint64_t vec = args[0] & REAL_MASK, buf = args[1], bufsize = args[2];
    if (bufsize < 4) {
        return cas_fatal(m, cpu, "SLOF provided insufficient CAS buffer");
    }
    long rc = spapr_cas_negotiate(m, cpu, vec, bufsize - 4, false);
    if (rc != H_SUCCESS) {
        return rc;
    }
    SpaprState *s = m->spapr;
    uint32_t size = fdt_totalsize(m->fdt);
    s->fdt_initial_size = size;
    /* QEMU writes its header struct in host order (little-endian on the
     * hosts it is compared with): version 1 */
    static const uint8_t hdr[4] = { 1, 0, 0, 0 };
    if (spapr_ram_ok(m, buf, 4 + (uint64_t)size)) {
        spapr_write_ram(m, buf, hdr, 4);
        spapr_write_ram(m, buf + 4, m->fdt, size);
    }
    return H_SUCCESS;
}

long h_update_dt(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint64_t dt = args[0] & REAL_MASK, size;
    hcall_phys_read(m, dt + 4, 4, &size);   /* header totalsize */
    if (!m->spapr->opts.update_dt) {
        return H_SUCCESS;   /* x-update-dt off (pseries-3.1 and older) */
    }
    if (size > 2ULL * m->spapr->fdt_initial_size) {
        return H_PARAMETER;
    }
    uint8_t *fdt = g_malloc0(size ? size : 1);
    for (uint64_t i = 0; i < size; i++) {
        uint64_t b;
        hcall_phys_read(m, dt + i, 1, &b);
        fdt[i] = (uint8_t)b;
    }
    if (fdt_check_full(fdt, size)) {
        g_free(fdt);
        return H_PARAMETER;
    }
    g_free(m->fdt);
    m->fdt = fdt;
    return H_SUCCESS;
}
