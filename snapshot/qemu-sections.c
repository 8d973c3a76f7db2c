/* SPDX-License-Identifier: MIT */
/*
 * QEMU 7.2's migrated sections of a pseries machine (the XIVE ones in
 * qemu-xive.c), in QEMU's layout
 * (hw/ppc/spapr*.c, hw/intc/xics.c, target/ppc/machine.c, hw/pci/pci.c,
 * softmmu/cpu-timers.c, migration/global_state.c): each a snapdesc
 * table over a scratch struct whose field names are QEMU's (they are
 * what QEMU's error lines name), and the list of sections a given
 * machine registers, in QEMU's order.
 */
#include <inttypes.h>
#include <string.h>

#include "qemu-sections.h"
#include "qemu-vio.h"
#include "qemu-virtio.h"
#include "qemu-xive.h"
#include "core/machine/device.h"
#include "core/machine/machine-types.h"
#include "core/machine/platform.h"
#include "core/machine/spapr.h"
#include "core/machine/xics.h"

/* ---- QEMU's sections, in QEMU's layout ---- */

static const SnapField timer_fields[] = {
    SNAP_I64("cpu_ticks_offset", QTimer, ticks_offset, 0),
    SNAP_BYTES("unused", QTimer, unused, 8, 0),
    SNAP_I64("cpu_clock_offset", QTimer, clock_offset, 2),
    SNAP_END
};
const SnapSection q_timer = {
    .name = "timer", .version = 2, .min_version = 1, .fields = timer_fields,
};

static const SnapField ics_irq_fields[] = {
    SNAP_U32("server", QIcsIrq, server, 1),
    SNAP_U8("priority", QIcsIrq, priority, 1),
    SNAP_U8("saved_priority", QIcsIrq, saved_priority, 1),
    SNAP_U8("status", QIcsIrq, status, 1),
    SNAP_U8("flags", QIcsIrq, flags, 1),
    SNAP_END
};
static const SnapSection q_ics_irq = {
    .name = "ics/irq", .version = 1, .min_version = 1,
    .fields = ics_irq_fields,
};

static const SnapField ics_fields[] = {
    SNAP_U32_EQUAL("nr_irqs", QIcs, nr_irqs, 0),
    SNAP_STRUCT_VARRAY("irqs", QIcs, irqs, nr_irqs, QIcsIrq, &q_ics_irq, 0),
    SNAP_END
};
const SnapSection q_ics = {
    .name = "ics", .version = 1, .min_version = 1, .fields = ics_fields,
};

static const SnapField icp_fields[] = {
    SNAP_U32("xirr", QIcp, xirr, 0),
    SNAP_U8("pending_priority", QIcp, pending_priority, 0),
    SNAP_U8("mfrr", QIcp, mfrr, 0),
    SNAP_END
};
const SnapSection q_icp = {
    .name = "icp/server", .version = 1, .min_version = 1,
    .fields = icp_fields,
};

static const SnapField cc_exc_fields[] = {
    SNAP_I32("exception_index", QCpuCommon, exception_index, 0),
    SNAP_END
};
static const SnapSection q_cc_exc = {
    .name = "cpu_common/exception_index", .version = 1, .min_version = 1,
    .fields = cc_exc_fields,
};
static const SnapField cc_crash_fields[] = {
    SNAP_BOOL("crash_occurred", QCpuCommon, crash_occurred, 0),
    SNAP_END
};
static const SnapSection q_cc_crash = {
    .name = "cpu_common/crash_occurred", .version = 1, .min_version = 1,
    .fields = cc_crash_fields,
};
static const SnapSection *const cc_subs[] = { &q_cc_exc, &q_cc_crash, NULL };
static const SnapField cc_fields[] = {
    SNAP_U32("halted", QCpuCommon, halted, 0),
    SNAP_U32("interrupt_request", QCpuCommon, interrupt_request, 0),
    SNAP_END
};
const SnapSection q_cpu_common = {
    .name = "cpu_common", .version = 1, .min_version = 1,
    .fields = cc_fields, .subsections = cc_subs,
};


static bool cpu_pre_2_8(void *o) { return ((QCpu *)o)->pre_2_8; }
/* What QEMU sends for a POWER7..9 pseries CPU: the FPU, VMX, VSX and
 * SLB always, the compat PVR once CAS set one (TM state only inside a
 * transaction, which farad does not have). */
static bool always(void *o) { (void)o; return true; }
/* QEMU sends cpu/compat only from pseries-2.10 on (pre-2.10-migration):
 * of farad's types, not for pseries-2.x, even after CAS chose a mode */
static bool cpu_compat_needed(void *o)
{
    return ((QCpu *)o)->compat_pvr && !((QCpu *)o)->pre_3_0;
}
static bool cpu_pre_3_0(void *o) { return ((QCpu *)o)->pre_3_0; }

static const SnapField fpu_fields[] = {
    SNAP_U64_ARRAY("env.vsr", QCpu, fpr, 32, 0),
    SNAP_U64("env.fpscr", QCpu, fpscr, 0),
    SNAP_END
};
const SnapSection q_cpu_fpu = {
    .needed = always,
    .name = "cpu/fpu", .version = 1, .min_version = 1, .fields = fpu_fields,
};
static const SnapField altivec_fields[] = {
    SNAP_U64_ARRAY("env.vsr", QCpu, avr, 64, 0),
    SNAP_U32("vscr", QCpu, vscr, 0),
    SNAP_END
};
const SnapSection q_cpu_altivec = {
    .needed = always,
    .name = "cpu/altivec", .version = 1, .min_version = 1,
    .fields = altivec_fields,
};
static const SnapField vsx_fields[] = {
    SNAP_U64_ARRAY("env.vsr", QCpu, vsr, 32, 0),
    SNAP_END
};
const SnapSection q_cpu_vsx = {
    .needed = always,
    .name = "cpu/vsx", .version = 1, .min_version = 1, .fields = vsx_fields,
};
static const SnapField tm_fields[] = {
    SNAP_U64_ARRAY("env.tm_gpr", QCpu, tm, 32, 0),
    SNAP_U64_ARRAY("env.tm_vsr", QCpu, tm[32], 128, 0),
    SNAP_U64_ARRAY("env.tm_cr..env.tm_vrsave", QCpu, tm[160], 7, 0),
    SNAP_U32("env.tm_vscr", QCpu, tm_vscr, 0),
    SNAP_U64_ARRAY("env.tm_dscr,env.tm_tar", QCpu, tm_tail, 2, 0),
    SNAP_END
};
const SnapSection q_cpu_tm = {
    .name = "cpu/tm", .version = 1, .min_version = 1, .fields = tm_fields,
};
static const SnapField slb_fields[] = {
    { .name = "mig_slb_nr", .type = SNAP_TYPE_I32,
      .offset = offsetof(QCpu, mig_slb_nr), .count = 1, .test = cpu_pre_3_0 },
    SNAP_U64_ARRAY("env.slb", QCpu, slb, 2 * QSLB, 0),
    SNAP_END
};
const SnapSection q_cpu_slb = {
    .needed = always,
    .name = "cpu/slb", .version = 1, .min_version = 1, .fields = slb_fields,
};
static const SnapField compat_fields[] = {
    SNAP_U32("compat_pvr", QCpu, compat_pvr, 0),
    SNAP_END
};
const SnapSection q_cpu_compat = {
    .needed = cpu_compat_needed,
    .name = "cpu/compat", .version = 1, .min_version = 1,
    .fields = compat_fields,
};
static const SnapSection *const cpu_subs[] = {
    &q_cpu_fpu, &q_cpu_altivec, &q_cpu_vsx, &q_cpu_tm, &q_cpu_slb,
    &q_cpu_compat, NULL
};
static const SnapField cpu_fields[] = {
    SNAP_BYTES("unused", QCpu, unused, 8, 0),
    SNAP_U64_ARRAY("env.gpr", QCpu, gpr, 32, 0),
    SNAP_U32_ARRAY("env.crf", QCpu, crf, 8, 0),
    SNAP_U64("env.nip", QCpu, nip, 0),
    SNAP_U64_ARRAY("env.spr", QCpu, spr, 1024, 0),
    SNAP_U64("env.spe_acc", QCpu, spe_acc, 0),
    SNAP_U64("env.reserve_addr", QCpu, reserve_addr, 0),
    SNAP_U64("env.msr", QCpu, msr, 0),
    SNAP_U64("env.hflags_nmsr", QCpu, hflags_nmsr, 0),
    { .name = "mig_msr_mask", .type = SNAP_TYPE_U64, .count = 1,
      .offset = offsetof(QCpu, mig_msr_mask), .test = cpu_pre_2_8 },
    { .name = "mig_insns_flags", .type = SNAP_TYPE_U64, .count = 1,
      .offset = offsetof(QCpu, mig_insns_flags), .test = cpu_pre_2_8 },
    { .name = "mig_insns_flags2", .type = SNAP_TYPE_U64, .count = 1,
      .offset = offsetof(QCpu, mig_insns_flags2), .test = cpu_pre_2_8 },
    { .name = "mig_nb_BATs", .type = SNAP_TYPE_U32, .count = 1,
      .offset = offsetof(QCpu, mig_nb_bats), .test = cpu_pre_2_8 },
    SNAP_END
};
const SnapSection q_cpu = {
    .name = "cpu", .version = 5, .min_version = 5, .fields = cpu_fields,
    .subsections = cpu_subs,
};

static bool vpa_needed(void *o) { return ((QSpaprCpu *)o)->vpa_addr; }
static bool slb_shadow_needed(void *o)
{
    return ((QSpaprCpu *)o)->slb_shadow_addr;
}
static bool dtl_needed(void *o) { return ((QSpaprCpu *)o)->dtl_addr; }

static const SnapField slb_shadow_fields[] = {
    SNAP_U64("slb_shadow_addr", QSpaprCpu, slb_shadow_addr, 0),
    SNAP_U64("slb_shadow_size", QSpaprCpu, slb_shadow_size, 0),
    SNAP_END
};
const SnapSection q_spapr_cpu_slb_shadow = {
    .name = "spapr_cpu/vpa/slb_shadow", .version = 1, .min_version = 1,
    .fields = slb_shadow_fields, .needed = slb_shadow_needed,
};
static const SnapField dtl_fields[] = {
    SNAP_U64("dtl_addr", QSpaprCpu, dtl_addr, 0),
    SNAP_U64("dtl_size", QSpaprCpu, dtl_size, 0),
    SNAP_END
};
const SnapSection q_spapr_cpu_dtl = {
    .name = "spapr_cpu/vpa/dtl", .version = 1, .min_version = 1,
    .fields = dtl_fields, .needed = dtl_needed,
};
static const SnapSection *const vpa_subs[] = {
    &q_spapr_cpu_slb_shadow, &q_spapr_cpu_dtl, NULL
};
static const SnapField vpa_fields[] = {
    SNAP_U64("vpa_addr", QSpaprCpu, vpa_addr, 0),
    SNAP_END
};
const SnapSection q_spapr_cpu_vpa = {
    .name = "spapr_cpu/vpa", .version = 1, .min_version = 1,
    .fields = vpa_fields, .subsections = vpa_subs, .needed = vpa_needed,
};
static const SnapSection *const spapr_cpu_subs[] = { &q_spapr_cpu_vpa, NULL };
static const SnapField no_fields[] = { SNAP_END };
const SnapSection q_spapr_cpu = {
    .name = "spapr_cpu", .version = 1, .min_version = 1, .fields = no_fields,
    .subsections = spapr_cpu_subs,
};

static const SnapField rtc_fields[] = {
    SNAP_I64("ns_offset", QRtc, ns_offset, 0),
    SNAP_END
};
const SnapSection q_rtc = {
    .name = "spapr/rtc", .version = 1, .min_version = 1, .fields = rtc_fields,
};

static const SnapField nvram_fields[] = {
    SNAP_U32("size", QNvram, size, 0),
    SNAP_BUFFER_ALLOC("buf", QNvram, buf, size, 0),
    SNAP_END
};
const SnapSection q_nvram = {
    .name = "spapr_nvram", .version = 1, .min_version = 1,
    .fields = nvram_fields,
};

/* spapr-vty: the VIO device part (hw/ppc/spapr_vio.c), then the
 * console's input ring */
static const SnapField vio_fields[] = {
    SNAP_U32_EQUAL("reg", QVty, reg, 0),
    SNAP_U32_EQUAL("irq", QVty, irq, 0),
    SNAP_U64("signal_state", QVty, signal_state, 0),
    SNAP_U64("crq.qladdr", QVty, crq_qladdr, 0),
    SNAP_U32("crq.qsize", QVty, crq_qsize, 0),
    SNAP_U32("crq.qnext", QVty, crq_qnext, 0),
    SNAP_END
};
static const SnapSection q_vio = {
    .name = "spapr_vio", .version = 1, .min_version = 1, .fields = vio_fields,
};
static const SnapField vty_fields[] = {
    { .name = "sdev", .type = SNAP_TYPE_STRUCT, .count = 1, .elem = &q_vio,
      .elem_size = sizeof(QVty) },
    SNAP_U32("in", QVty, in, 0),
    SNAP_U32("out", QVty, out, 0),
    SNAP_BYTES("buf", QVty, buf, 16, 0),
    SNAP_END
};
const SnapSection q_vty = {
    .name = "spapr_vty", .version = 1, .min_version = 1, .fields = vty_fields,
};

static const SnapField tce_entry_fields[] = {
    { .name = "mig_table", .type = SNAP_TYPE_U64, .count = 1 },
    SNAP_END
};
static const SnapSection q_tce_entry = {   /* a scalar, no name */
    .version = 1, .min_version = 1,
    .fields = tce_entry_fields,
};
/* sent for a window that is not the PHB's default one */
static bool tce_ex_needed(void *o) { return !((QTce *)o)->def_win; }

static const SnapField tce_ex_fields[] = {
    SNAP_U64("bus_offset", QTce, bus_offset, 0),
    SNAP_U32("page_shift", QTce, page_shift, 0),
    SNAP_END
};
const SnapSection q_tce_ex = {
    .needed = tce_ex_needed,
    .name = "spapr_iommu_ex", .version = 1, .min_version = 1,
    .fields = tce_ex_fields,
};
static const SnapSection *const tce_subs[] = { &q_tce_ex, NULL };
static const SnapField tce_fields[] = {
    SNAP_U32_EQUAL("liobn", QTce, liobn, 0),
    SNAP_U32("mig_nb_table", QTce, mig_nb_table, 0),
    SNAP_BOOL("bypass", QTce, bypass, 0),
    SNAP_STRUCT_VARRAY("mig_table", QTce, mig_table, mig_nb_table, uint64_t,
                       &q_tce_entry, 0),
    SNAP_BOOL("def_win", QTce, def_win, 3),
    SNAP_END
};
const SnapSection q_tce = {
    .name = "spapr_iommu", .version = 3, .min_version = 2,
    .fields = tce_fields, .subsections = tce_subs,
};

static const SnapField pcibus_fields[] = {
    { .name = "nirq", .type = SNAP_TYPE_I32, .count = 1, .flags = SNAP_F_EQUAL,
      .offset = offsetof(QPciBus, nirq) },
    { .name = "irq_count", .type = SNAP_TYPE_U32_ARRAY,
      .offset = offsetof(QPciBus, irq_count), .count = SPAPR_PCI_NUM_LSI },
    SNAP_END
};
const SnapSection q_pcibus = {
    .name = "PCIBUS", .version = 1, .min_version = 1, .fields = pcibus_fields,
};


static bool spapr_ov5_needed(void *o) { return ((QSpapr *)o)->has_ov5; }
static bool spapr_patb_needed(void *o) { return ((QSpapr *)o)->has_patb; }
static bool spapr_fwnmi_needed(void *o) { return ((QSpapr *)o)->has_fwnmi; }
static bool spapr_htm_needed(void *o)
{
    return ((QSpapr *)o)->cap_htm_sent;
}

static const SnapField tb_fields[] = {
    SNAP_U64("guest_timebase", QSpapr, guest_timebase, 0),
    SNAP_I64("time_of_the_day_ns", QSpapr, time_of_the_day_ns, 0),
    SNAP_END
};
static const SnapSection q_tb = {
    .name = "timebase", .version = 1, .min_version = 1, .fields = tb_fields,
};
static const SnapField ov5_vec_fields[] = {
    SNAP_U64_ARRAY("bitmap", QSpapr, ov5, QOV_LONGS, 0),
    SNAP_END
};
static const SnapSection q_ov5_vec = {
    .name = "spapr_option_vector", .version = 1, .min_version = 1,
    .fields = ov5_vec_fields,
};
static const SnapField ov5_fields[] = {
    { .name = "ov5_cas", .type = SNAP_TYPE_STRUCT, .count = 1,
      .elem = &q_ov5_vec, .elem_size = sizeof(QSpapr) },
    SNAP_END
};
const SnapSection q_spapr_ov5 = {
    .needed = spapr_ov5_needed,
    .name = "spapr_option_vector_ov5_cas", .version = 1, .min_version = 1,
    .fields = ov5_fields,
};
static const SnapField patb_fields[] = {
    SNAP_U64("patb_entry", QSpapr, patb_entry, 0),
    SNAP_END
};
const SnapSection q_spapr_patb = {
    .needed = spapr_patb_needed,
    .name = "spapr_patb_entry", .version = 1, .min_version = 1,
    .fields = patb_fields,
};
/* the guest's ibm,nmi-register (pseries-5.0 on, cap-fwnmi) */
static const SnapField fwnmi_fields[] = {
    SNAP_U64("fwnmi_system_reset_addr", QSpapr, fwnmi_sreset, 0),
    SNAP_U64("fwnmi_machine_check_addr", QSpapr, fwnmi_mce, 0),
    SNAP_I32("fwnmi_machine_check_interlock", QSpapr, fwnmi_interlock, 0),
    SNAP_END
};
const SnapSection q_spapr_fwnmi = {
    .needed = spapr_fwnmi_needed,
    .name = "spapr_fwnmi", .version = 1, .min_version = 1,
    .fields = fwnmi_fields,
};
static const SnapField dtb_fields[] = {
    SNAP_U32("fdt_initial_size", QSpapr, fdt_initial_size, 0),
    SNAP_U32("fdt_size", QSpapr, fdt_size, 0),
    SNAP_BUFFER_ALLOC("fdt_blob", QSpapr, fdt_blob, fdt_size, 0),
    SNAP_END
};
/* QEMU 7.2 sends the tree where the machine type updates it (from 3.1
 * on: update_dt_enabled, farad's x-update-dt) */
static bool spapr_dtb_needed(void *o) { return ((QSpapr *)o)->dtb_sent; }
static const SnapSection q_spapr_dtb = {
    .needed = spapr_dtb_needed,
    .name = "spapr_dtb", .version = 1, .min_version = 1, .fields = dtb_fields,
};

/* the MSI allocator's bitmap (pseries-4.0 on: bit n is source 0x1300 +
 * n), sent while some MSI is allocated; on load the ICS section's
 * source flags carry the same allocation, but without XICS (ic-mode=xive)
 * only this does */
static bool spapr_irq_map_needed(void *o)
{
    return ((QSpapr *)o)->irq_map_sent;
}
static const SnapField irq_map_fields[] = {
    SNAP_U64_ARRAY("irq_map", QSpapr, irq_map, QIRQ_MAP_LONGS, 0),
    SNAP_END
};
const SnapSection q_spapr_irq_map = {
    .needed = spapr_irq_map_needed,
    .name = "spapr_irq_map", .version = 1, .min_version = 1,
    .fields = irq_map_fields,
};

/* spapr/cap/NAME: one byte, mig.caps[index] (hw/ppc/spapr_caps.c). */
#define QCAP(idx, nm)                                                     \
    static const SnapField cap_fields_##nm[] = {                          \
        SNAP_U8("mig.caps[" #idx "]", QSpapr, caps[idx], 0), SNAP_END };  \
    const SnapSection q_cap_##nm = {                                      \
        .name = "spapr/cap/" #nm, .version = 1, .min_version = 1,         \
        .fields = cap_fields_##nm };
static const SnapField cap_fields_htm[] = {
    SNAP_U8("mig.caps[0]", QSpapr, caps[0], 0), SNAP_END };
const SnapSection q_cap_htm = {
    .name = "spapr/cap/htm", .version = 1, .min_version = 1,
    .fields = cap_fields_htm, .needed = spapr_htm_needed,
};
QCAP(1, vsx)
QCAP(2, dfp)
QCAP(3, cfpc)
QCAP(4, sbbc)
QCAP(5, ibs)
/* QEMU 7.2 sends this one whenever the machine type is 4.1 or later
 * (its migrate_needed hook, which decides alone) */
static bool spapr_hpt_mps_needed(void *o)
{
    return ((QSpapr *)o)->cap_hpt_mps_sent;
}
static const SnapField cap_fields_hpt_maxpagesize[] = {
    SNAP_U8("mig.caps[6]", QSpapr, caps[6], 0), SNAP_END };
const SnapSection q_cap_hpt_maxpagesize = {
    .name = "spapr/cap/hpt_maxpagesize", .version = 1, .min_version = 1,
    .fields = cap_fields_hpt_maxpagesize, .needed = spapr_hpt_mps_needed,
};
QCAP(7, nested_kvm_hv)
QCAP(8, large_decr)
QCAP(9, ccf_assist)
QCAP(10, fwnmi)
QCAP(11, rpt_invalidate)

/* in QEMU 7.2's order (hw/ppc/spapr.c's vmstate_spapr), which is the
 * order they are written in */
static const SnapSection *const spapr_subs[] = {
    &q_spapr_ov5, &q_spapr_patb,
    &q_cap_htm, &q_cap_vsx, &q_cap_dfp, &q_cap_cfpc, &q_cap_sbbc,
    &q_cap_ibs, &q_cap_hpt_maxpagesize, &q_spapr_irq_map, &q_cap_nested_kvm_hv,
    &q_spapr_dtb, &q_cap_large_decr, &q_cap_ccf_assist, &q_cap_fwnmi, &q_spapr_fwnmi,
    &q_cap_rpt_invalidate, NULL
};
static const SnapField spapr_fields[] = {
    { .name = "tb", .type = SNAP_TYPE_STRUCT, .count = 1, .since = 2,
      .elem = &q_tb, .elem_size = sizeof(QSpapr) },
    SNAP_END
};
const SnapSection q_spapr = {
    .name = "spapr", .version = 3, .min_version = 3, .fields = spapr_fields,
    .subsections = spapr_subs,
};

static const SnapField global_fields[] = {
    SNAP_U32("size", QGlobal, size, 0),
    SNAP_BYTES("runstate", QGlobal, runstate, 100, 0),
    SNAP_END
};
const SnapSection q_global = {
    .name = "globalstate", .version = 1, .min_version = 1,
    .fields = global_fields,
};

/* ---- the sections a machine accepts (QEMU's SaveStateEntry list) ---- */

void entry_free(gpointer p)
{
    QEntry *e = p;
    if (e->state) {
        switch (e->kind) {
        case QK_ICS:
            g_free(((QIcs *)e->state)->irqs);
            break;
        case QK_NVRAM:
            g_free(((QNvram *)e->state)->buf);
            break;
        case QK_TCE:
            g_free(((QTce *)e->state)->mig_table);
            break;
        case QK_PCI:
            g_free(((SpaprPhb *)e->state)->msi_devs);
            break;
        case QK_SPAPR:
            g_free(((QSpapr *)e->state)->fdt_blob);
            break;
        case QK_VIRTIO:
            qemu_virtio_free_state(e);
            break;
        default:
            qemu_xive_free_state(e);
            qemu_vio_free_state(e);
            break;
        }
    }
    g_free(e->state);
    g_free(e->idstr);
    g_free(e);
}

QEntry *add_entry(QLoad *l, const char *idstr, uint32_t instance,
                         uint32_t version, QKind kind, int index, void *state)
{
    QEntry *e = g_new0(QEntry, 1);
    e->idstr = g_strdup(idstr);
    e->instance = instance;
    e->version = version;
    e->kind = kind;
    e->index = index;
    e->state = state;
    g_ptr_array_add(l->entries, e);
    return e;
}

/* Is the compat property driver.prop "on" for m's machine type (its own
 * rows or a newer type's)? */
bool compat_on(const Machine *m, const char *driver, const char *prop)
{
    for (const MachineType *t = m->type; t; t = t->newer) {
        for (const CompatProp *c = t->compat; c && c->driver; c++) {
            if (!strcmp(c->driver, driver) && !strcmp(c->prop, prop)) {
                return !strcmp(c->value, "on");
            }
        }
    }
    return false;
}

bool qemu_cap_htm_default(const Machine *m)
{
    return g_str_has_prefix(m->type->name, "pseries-2.") &&
           machine_cpu((Machine *)m, 0)->isa >= PPC_ISA_207;
}

uint64_t qemu_lpcr_pm(const PpcCpu *cpu)
{
    return cpu->isa >= PPC_ISA_207 ? 0x1f000 : 0x7000;
}

/* The sections m takes, as QEMU 7.2 registers them for the machine. */
void build_entries(QLoad *l)
{
    Machine *m = l->m;
    add_entry(l, "ram", 0, 4, QK_RAM, 0, NULL);
    add_entry(l, "spapr/htab", 0, 1, QK_HTAB, 0, NULL);
    add_entry(l, "timer", 0, 2, QK_TIMER, 0, g_new0(QTimer, 1));
    qemu_vio_add_slirp(l);
    /* ic-mode=xive: farad's XICS is only the claim table, QEMU has none */
    Xics *xics = m->spapr->xive_only ? NULL : spapr_xics(m);
    if (xics) {
        QIcs *ics = g_new0(QIcs, 1);
        ics->nr_irqs = xics_nr_irqs(xics);
        add_entry(l, "ics", 0, 1, QK_ICS, 0, ics);
    }
    qemu_xive_add_entries(l);
    bool pre_3_0 = g_str_has_prefix(m->type->name, "pseries-2.");
    for (int i = 0; machine_cpu(m, i); i++) {
        add_entry(l, "cpu_common", (uint32_t)i, 1, QK_CPU_COMMON, i,
                  g_new0(QCpuCommon, 1));
        QCpu *c = g_new0(QCpu, 1);
        c->pre_2_8 = compat_on(m, "powerpc64-cpu", "pre-2.8-migration");
        c->pre_3_0 = pre_3_0;
        add_entry(l, "cpu", (uint32_t)i, 5, QK_CPU, i, c);
        if (xics) {
            add_entry(l, "icp/server", (uint32_t)i, 1, QK_ICP, i,
                      g_new0(QIcp, 1));
        }
        qemu_xive_add_tctx(l, i);
        if (!pre_3_0) {   /* QEMU registers it from 3.0's machines on */
            add_entry(l, "spapr_cpu", (uint32_t)i, 1, QK_SPAPR_CPU, i,
                      g_new0(QSpaprCpu, 1));
        }
    }
    add_entry(l, "spapr/rtc", 0, 1, QK_RTC, 0, g_new0(QRtc, 1));
    for (Device *d = m->devices; d; d = d->next) {
        if (!strcmp(d->cls->name, "spapr-vty")) {
            SpaprVioDevice *v = (SpaprVioDevice *)d;
            QVty *q = g_new0(QVty, 1);
            q->reg = v->reg;
            q->irq = v->irq;
            char *id = g_strdup_printf("vty@%" PRIx32 "/spapr_vty", v->reg);
            QEntry *e = add_entry(l, id, 0, 1, QK_VTY, 0, q);
            e->dev = d;
            g_free(id);
        }
    }
    SpaprNvram *nv = spapr_nvram_find(m);
    if (nv) {
        char *id = g_strdup_printf("nvram@%" PRIx32 "/spapr_nvram",
                                   ((SpaprVioDevice *)nv)->reg);
        add_entry(l, id, 0, 1, QK_NVRAM, 0, g_new0(QNvram, 1));
        g_free(id);
    }
    int bus = 0;
    for (Device *d = m->devices; d; d = d->next) {
        if (d->cls != &spapr_phb_class) {
            continue;
        }
        SpaprPhb *p = (SpaprPhb *)d;
        for (int w = 0; w < SPAPR_PCI_DMA_MAX_WINDOWS; w++) {
            if (w && !p->ddw_enabled) {
                continue;
            }
            QTce *t = g_new0(QTce, 1);
            t->liobn = p->dma_liobn[w];
            /* index: the window, and the PHB's place in l->phbs */
            add_entry(l, "spapr_iommu", p->dma_liobn[w], 3, QK_TCE,
                      w | (bus << 8), t);
        }
        SpaprPhb *copy = g_memdup2(p, sizeof(*p));
        copy->msi_devs = NULL;
        copy->msi_devs_num = 0;
        add_entry(l, "spapr_pci", p->index, 2, QK_PCI, bus, copy);
        QPciBus *pb = g_new0(QPciBus, 1);
        pb->nirq = SPAPR_PCI_NUM_LSI;
        add_entry(l, "PCIBUS", (uint32_t)bus, 1, QK_PCIBUS, bus, pb);
        l->phbs = g_renew(SpaprPhb *, l->phbs, bus + 1);
        l->phbs[bus++] = p;
    }
    l->nphbs = bus;
    qemu_vio_add_entries(l);
    add_entry(l, "spapr", 0, 3, QK_SPAPR, 0, g_new0(QSpapr, 1));
    qemu_virtio_add_entries(l);
    add_entry(l, "globalstate", 0, 1, QK_GLOBAL, 0, g_new0(QGlobal, 1));
}

QEntry *find_entry(QLoad *l, const char *idstr, uint32_t instance)
{
    for (guint i = 0; i < l->entries->len; i++) {
        QEntry *e = l->entries->pdata[i];
        if (!strcmp(e->idstr, idstr) && e->instance == instance) {
            return e;
        }
    }
    return NULL;
}

QEntry *find_by_id(QLoad *l, uint32_t id)
{
    for (guint i = 0; i < l->entries->len; i++) {
        QEntry *e = l->entries->pdata[i];
        if (e->loaded && e->load_id == id) {
            return e;
        }
    }
    return NULL;
}


const SnapSection *qemu_entry_section(const QEntry *e)
{
    switch (e->kind) {
    case QK_TIMER: return &q_timer;
    case QK_ICS: return &q_ics;
    case QK_ICP: return &q_icp;
    case QK_CPU_COMMON: return &q_cpu_common;
    case QK_CPU: return &q_cpu;
    case QK_SPAPR_CPU: return &q_spapr_cpu;
    case QK_RTC: return &q_rtc;
    case QK_VTY: return &q_vty;
    case QK_NVRAM: return &q_nvram;
    case QK_TCE: return &q_tce;
    case QK_PCI: return ((const SpaprPhb *)e->state)->dev.cls->snap;
    case QK_PCIBUS: return &q_pcibus;
    case QK_SPAPR: return &q_spapr;
    case QK_GLOBAL: return &q_global;
    case QK_XIVE_SOURCE: return &q_xive_source;
    case QK_SPAPR_XIVE: return &q_spapr_xive;
    case QK_XIVE_TCTX: return &q_xive_tctx;
    default: return qemu_vio_section(e);
    }
}
