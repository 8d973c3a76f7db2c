/* SPDX-License-Identifier: MIT */
/*
 * -incoming: loading a whole pseries machine from a QEMU 7.2 migration
 * stream (XICS machines: pseries-2.7, pseries-2.8 and later with
 * ic-mode=xics). The stream is read as QEMU's loader reads it
 * (migration/savevm.c, ram.c, vmstate.c): header, CONFIGURATION with
 * its machine-type check, the iterative "ram" and "spapr/htab"
 * sections, then every device section by name and instance, each
 * through a description in QEMU's own layout (qemu-vmstate.c), with
 * QEMU's refusals word for word. Everything lands in scratch memory
 * first; only a stream that loaded to its EOF marker is applied to the
 * machine, so a refused stream changes nothing.
 *
 * Mapping onto farad (docs/snapshots.md, "QEMU streams"): registers and
 * SPRs by number, the timebase (spapr "tb") as the CPU's timebase
 * offset from farad's instruction-count clock, the RTC (spapr/rtc plus
 * the tb section's time of day) as farad's RTC offset, XICS sources
 * and presenters, NVRAM, each PHB's TCE tables, MSI table and INTx
 * levels, the HPT, option vector 5 and RAM. QEMU's virtual-clock
 * offsets (timer) and its TCG-only internals (hflags, interrupt_request)
 * have no farad counterpart and are read and dropped.
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include "qemu-vmstate.h"
#include "snap-int.h"
#include "snap-platform.h"
#include "core/machine/device.h"
#include "core/machine/machine-types.h"
#include "core/machine/platform.h"
#include "core/machine/spapr.h"
#include "core/machine/xics.h"
#include "cpu-ppc/spr.h"
#include "cpu-ppc/timer.h"
#include "pci/spapr-phb.h"

enum {
    Q_EOF = 0, Q_START = 1, Q_PART = 2, Q_END = 3, Q_FULL = 4,
    Q_CONFIG = 7, Q_FOOTER = 0x7e,
};
enum {
    RAM_ZERO = 0x2, RAM_MEMSZ = 0x4, RAM_PAGE = 0x8, RAM_EOS = 0x10,
    RAM_CONT = 0x20, RAM_HOOK = 0x80,
};
#define QPAGE 4096u
#define QEMU_RAM_BLOCK "ppc_spapr.ram"
#define SPR_PVR 287u

/* ---- QEMU's sections, in QEMU's layout ---- */

typedef struct QTimer {
    int64_t ticks_offset;
    uint8_t unused[8];
    int64_t clock_offset;
} QTimer;

static const SnapField timer_fields[] = {
    SNAP_I64("cpu_ticks_offset", QTimer, ticks_offset, 0),
    SNAP_BYTES("unused", QTimer, unused, 8, 0),
    SNAP_I64("cpu_clock_offset", QTimer, clock_offset, 2),
    SNAP_END
};
static const SnapSection q_timer = {
    .name = "timer", .version = 2, .min_version = 1, .fields = timer_fields,
};

typedef struct QIcsIrq {
    uint32_t server;
    uint8_t priority, saved_priority, status, flags;
} QIcsIrq;

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

typedef struct QIcs {
    uint32_t nr_irqs;
    QIcsIrq *irqs;
} QIcs;

static const SnapField ics_fields[] = {
    SNAP_U32_EQUAL("nr_irqs", QIcs, nr_irqs, 0),
    SNAP_STRUCT_VARRAY("irqs", QIcs, irqs, nr_irqs, QIcsIrq, &q_ics_irq, 0),
    SNAP_END
};
static const SnapSection q_ics = {
    .name = "ics", .version = 1, .min_version = 1, .fields = ics_fields,
};

typedef struct QIcp {
    uint32_t xirr;
    uint8_t pending_priority, mfrr;
} QIcp;

static const SnapField icp_fields[] = {
    SNAP_U32("xirr", QIcp, xirr, 0),
    SNAP_U8("pending_priority", QIcp, pending_priority, 0),
    SNAP_U8("mfrr", QIcp, mfrr, 0),
    SNAP_END
};
static const SnapSection q_icp = {
    .name = "icp/server", .version = 1, .min_version = 1,
    .fields = icp_fields,
};

typedef struct QCpuCommon {
    uint32_t halted, interrupt_request;
    int32_t exception_index;
    uint8_t crash_occurred;
} QCpuCommon;

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
static const SnapSection q_cpu_common = {
    .name = "cpu_common", .version = 1, .min_version = 1,
    .fields = cc_fields, .subsections = cc_subs,
};

#define QSLB 64   /* QEMU's MAX_SLB_ENTRIES */

typedef struct QCpu {
    bool pre_2_8, pre_3_0;        /* the loading machine's compat */
    uint8_t unused[8];
    uint64_t gpr[32];
    uint32_t crf[8];
    uint64_t nip;
    uint64_t spr[1024];
    uint64_t spe_acc, reserve_addr, msr, hflags_nmsr;
    uint64_t mig_msr_mask, mig_insns_flags, mig_insns_flags2;
    uint32_t mig_nb_bats;
    uint64_t fpr[32];             /* cpu/fpu: doubleword 0 of VSR 0..31 */
    uint64_t fpscr;
    uint64_t avr[64];             /* cpu/altivec: VSR 32..63, as QEMU's
                                     x86 host stores them (low dw first) */
    uint32_t vscr;
    uint64_t vsr[32];             /* cpu/vsx: doubleword 1 of VSR 0..31 */
    int32_t mig_slb_nr;
    uint64_t slb[2 * QSLB];       /* cpu/slb: esid, vsid pairs */
    uint32_t compat_pvr;
    uint64_t tm[32 + 128 + 7];    /* cpu/tm: read, not modelled */
    uint32_t tm_vscr;
    uint64_t tm_tail[2];
    bool has_fpu, has_altivec, has_vsx, has_slb, has_compat;
} QCpu;

static bool cpu_pre_2_8(void *o) { return ((QCpu *)o)->pre_2_8; }
static bool cpu_pre_3_0(void *o) { return ((QCpu *)o)->pre_3_0; }

static const SnapField fpu_fields[] = {
    SNAP_U64_ARRAY("env.vsr", QCpu, fpr, 32, 0),
    SNAP_U64("env.fpscr", QCpu, fpscr, 0),
    SNAP_END
};
static const SnapSection q_cpu_fpu = {
    .name = "cpu/fpu", .version = 1, .min_version = 1, .fields = fpu_fields,
};
static const SnapField altivec_fields[] = {
    SNAP_U64_ARRAY("env.vsr", QCpu, avr, 64, 0),
    SNAP_U32("vscr", QCpu, vscr, 0),
    SNAP_END
};
static const SnapSection q_cpu_altivec = {
    .name = "cpu/altivec", .version = 1, .min_version = 1,
    .fields = altivec_fields,
};
static const SnapField vsx_fields[] = {
    SNAP_U64_ARRAY("env.vsr", QCpu, vsr, 32, 0),
    SNAP_END
};
static const SnapSection q_cpu_vsx = {
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
static const SnapSection q_cpu_tm = {
    .name = "cpu/tm", .version = 1, .min_version = 1, .fields = tm_fields,
};
static const SnapField slb_fields[] = {
    { .name = "mig_slb_nr", .type = SNAP_TYPE_I32,
      .offset = offsetof(QCpu, mig_slb_nr), .count = 1, .test = cpu_pre_3_0 },
    SNAP_U64_ARRAY("env.slb", QCpu, slb, 2 * QSLB, 0),
    SNAP_END
};
static const SnapSection q_cpu_slb = {
    .name = "cpu/slb", .version = 1, .min_version = 1, .fields = slb_fields,
};
static const SnapField compat_fields[] = {
    SNAP_U32("compat_pvr", QCpu, compat_pvr, 0),
    SNAP_END
};
static const SnapSection q_cpu_compat = {
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
static const SnapSection q_cpu = {
    .name = "cpu", .version = 5, .min_version = 5, .fields = cpu_fields,
    .subsections = cpu_subs,
};

typedef struct QRtc {
    int64_t ns_offset;
} QRtc;

static const SnapField rtc_fields[] = {
    SNAP_I64("ns_offset", QRtc, ns_offset, 0),
    SNAP_END
};
static const SnapSection q_rtc = {
    .name = "spapr/rtc", .version = 1, .min_version = 1, .fields = rtc_fields,
};

typedef struct QNvram {
    uint32_t size;
    uint8_t *buf;
} QNvram;

static const SnapField nvram_fields[] = {
    SNAP_U32("size", QNvram, size, 0),
    SNAP_BUFFER_ALLOC("buf", QNvram, buf, size, 0),
    SNAP_END
};
static const SnapSection q_nvram = {
    .name = "spapr_nvram", .version = 1, .min_version = 1,
    .fields = nvram_fields,
};

/* spapr-vty: the VIO device part (hw/ppc/spapr_vio.c), then the
 * console's input ring */
typedef struct QVty {
    uint32_t reg, irq;
    uint64_t signal_state, crq_qladdr;
    uint32_t crq_qsize, crq_qnext;
    uint32_t in, out;
    uint8_t buf[16];
} QVty;

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
static const SnapSection q_vty = {
    .name = "spapr_vty", .version = 1, .min_version = 1, .fields = vty_fields,
};

typedef struct QTce {
    uint32_t liobn, mig_nb_table;
    bool bypass, def_win, has_ex;
    uint64_t *mig_table;
    uint64_t bus_offset;
    uint32_t page_shift;
} QTce;

static const SnapField tce_entry_fields[] = {
    { .name = "mig_table", .type = SNAP_TYPE_U64, .count = 1 },
    SNAP_END
};
static const SnapSection q_tce_entry = {   /* a scalar, no name */
    .version = 1, .min_version = 1,
    .fields = tce_entry_fields,
};
static const SnapField tce_ex_fields[] = {
    SNAP_U64("bus_offset", QTce, bus_offset, 0),
    SNAP_U32("page_shift", QTce, page_shift, 0),
    SNAP_END
};
static const SnapSection q_tce_ex = {
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
static const SnapSection q_tce = {
    .name = "spapr_iommu", .version = 3, .min_version = 2,
    .fields = tce_fields, .subsections = tce_subs,
};

typedef struct QPciBus {
    int32_t nirq;
    int32_t irq_count[SPAPR_PCI_NUM_LSI];
} QPciBus;

static const SnapField pcibus_fields[] = {
    { .name = "nirq", .type = SNAP_TYPE_I32, .count = 1, .flags = SNAP_F_EQUAL,
      .offset = offsetof(QPciBus, nirq) },
    { .name = "irq_count", .type = SNAP_TYPE_U32_ARRAY,
      .offset = offsetof(QPciBus, irq_count), .count = SPAPR_PCI_NUM_LSI },
    SNAP_END
};
static const SnapSection q_pcibus = {
    .name = "PCIBUS", .version = 1, .min_version = 1, .fields = pcibus_fields,
};

#define QOV_LONGS 32   /* QEMU's option vector bitmap: 2048 bits */
#define QCAPS 12       /* spapr capabilities QEMU 7.2 knows */

typedef struct QSpapr {
    uint64_t guest_timebase;
    int64_t time_of_the_day_ns;
    uint64_t ov5[QOV_LONGS];
    uint8_t caps[QCAPS];
    uint64_t patb_entry;
    uint32_t fdt_initial_size, fdt_size;
    uint8_t *fdt_blob;
    bool has_ov5, has_patb;
} QSpapr;

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
static const SnapSection q_spapr_ov5 = {
    .name = "spapr_option_vector_ov5_cas", .version = 1, .min_version = 1,
    .fields = ov5_fields,
};
static const SnapField patb_fields[] = {
    SNAP_U64("patb_entry", QSpapr, patb_entry, 0),
    SNAP_END
};
static const SnapSection q_spapr_patb = {
    .name = "spapr_patb_entry", .version = 1, .min_version = 1,
    .fields = patb_fields,
};
static const SnapField dtb_fields[] = {
    SNAP_U32("fdt_initial_size", QSpapr, fdt_initial_size, 0),
    SNAP_U32("fdt_size", QSpapr, fdt_size, 0),
    SNAP_BUFFER_ALLOC("fdt_blob", QSpapr, fdt_blob, fdt_size, 0),
    SNAP_END
};
static const SnapSection q_spapr_dtb = {
    .name = "spapr_dtb", .version = 1, .min_version = 1, .fields = dtb_fields,
};

/* spapr/cap/NAME: one byte, mig.caps[index] (hw/ppc/spapr_caps.c). */
#define QCAP(idx, nm)                                                     \
    static const SnapField cap_fields_##nm[] = {                          \
        SNAP_U8("mig.caps[" #idx "]", QSpapr, caps[idx], 0), SNAP_END };  \
    static const SnapSection q_cap_##nm = {                               \
        .name = "spapr/cap/" #nm, .version = 1, .min_version = 1,         \
        .fields = cap_fields_##nm };
QCAP(0, htm)
QCAP(1, vsx)
QCAP(2, dfp)
QCAP(3, cfpc)
QCAP(4, sbbc)
QCAP(5, ibs)
QCAP(6, hpt_maxpagesize)
QCAP(7, nested_kvm_hv)
QCAP(8, large_decr)
QCAP(9, ccf_assist)
QCAP(10, fwnmi)
QCAP(11, rpt_invalidate)

static const SnapSection *const spapr_subs[] = {
    &q_spapr_ov5, &q_spapr_patb, &q_spapr_dtb,
    &q_cap_htm, &q_cap_vsx, &q_cap_dfp, &q_cap_cfpc, &q_cap_sbbc,
    &q_cap_ibs, &q_cap_hpt_maxpagesize, &q_cap_nested_kvm_hv,
    &q_cap_large_decr, &q_cap_ccf_assist, &q_cap_fwnmi,
    &q_cap_rpt_invalidate, NULL
};
static const SnapField spapr_fields[] = {
    { .name = "tb", .type = SNAP_TYPE_STRUCT, .count = 1, .since = 2,
      .elem = &q_tb, .elem_size = sizeof(QSpapr) },
    SNAP_END
};
static const SnapSection q_spapr = {
    .name = "spapr", .version = 3, .min_version = 3, .fields = spapr_fields,
    .subsections = spapr_subs,
};

typedef struct QGlobal {
    uint32_t size;
    uint8_t runstate[100];
} QGlobal;

static const SnapField global_fields[] = {
    SNAP_U32("size", QGlobal, size, 0),
    SNAP_BYTES("runstate", QGlobal, runstate, 100, 0),
    SNAP_END
};
static const SnapSection q_global = {
    .name = "globalstate", .version = 1, .min_version = 1,
    .fields = global_fields,
};

/* ---- the sections a machine accepts (QEMU's SaveStateEntry list) ---- */

typedef enum QKind {
    QK_RAM, QK_HTAB, QK_TIMER, QK_ICS, QK_CPU_COMMON, QK_CPU, QK_ICP,
    QK_RTC, QK_VTY, QK_NVRAM, QK_TCE, QK_PCI, QK_PCIBUS, QK_SPAPR, QK_GLOBAL,
} QKind;

typedef struct QEntry {
    char *idstr;
    uint32_t instance, version;
    QKind kind;
    int index;                /* CPU index, PHB, TCE window */
    void *state;              /* the scratch object loaded into */
    Device *dev;              /* QK_VTY: the device */
    uint32_t load_id;         /* the stream's section id */
    bool loaded;
} QEntry;

typedef struct QPage {
    uint64_t addr;
    const uint8_t *data;      /* NULL: fill */
    uint8_t fill;
} QPage;

typedef struct QHpte {
    uint32_t index;
    uint16_t n_valid, n_invalid;
    const uint8_t *data;
} QHpte;

typedef struct QLoad {
    Machine *m;
    GPtrArray *entries;       /* QEntry * */
    GArray *pages;            /* QPage, in stream order */
    GArray *hptes;            /* QHpte, in stream order */
    int32_t htab_shift;       /* 0: not sent; -1: no HPT (radix) */
    SpaprPhb **phbs;          /* by QEMU instance (PHB index) */
    int nphbs;
    bool ram_seen;
    uint32_t last_block;      /* RAM_CONT: a block was named */
} QLoad;

static void entry_free(gpointer p)
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
        default:
            break;
        }
    }
    g_free(e->state);
    g_free(e->idstr);
    g_free(e);
}

static QEntry *add_entry(QLoad *l, const char *idstr, uint32_t instance,
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
static bool compat_on(const Machine *m, const char *driver, const char *prop)
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

/* The sections m takes, as QEMU 7.2 registers them for the machine. */
static void build_entries(QLoad *l)
{
    Machine *m = l->m;
    add_entry(l, "ram", 0, 4, QK_RAM, 0, NULL);
    add_entry(l, "spapr/htab", 0, 1, QK_HTAB, 0, NULL);
    add_entry(l, "timer", 0, 2, QK_TIMER, 0, g_new0(QTimer, 1));
    Xics *xics = spapr_xics(m);
    if (xics) {
        QIcs *ics = g_new0(QIcs, 1);
        ics->nr_irqs = xics_nr_irqs(xics);
        add_entry(l, "ics", 0, 1, QK_ICS, 0, ics);
    }
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
    add_entry(l, "spapr", 0, 3, QK_SPAPR, 0, g_new0(QSpapr, 1));
    add_entry(l, "globalstate", 0, 1, QK_GLOBAL, 0, g_new0(QGlobal, 1));
}

static QEntry *find_entry(QLoad *l, const char *idstr, uint32_t instance)
{
    for (guint i = 0; i < l->entries->len; i++) {
        QEntry *e = l->entries->pdata[i];
        if (!strcmp(e->idstr, idstr) && e->instance == instance) {
            return e;
        }
    }
    return NULL;
}

static QEntry *find_by_id(QLoad *l, uint32_t id)
{
    for (guint i = 0; i < l->entries->len; i++) {
        QEntry *e = l->entries->pdata[i];
        if (e->loaded && e->load_id == id) {
            return e;
        }
    }
    return NULL;
}

/* ---- iterative sections ---- */

/* migration/ram.c's ram_load (precopy): page records into l->pages. */
static int ram_load(QIn *in, QLoad *l, uint32_t version)
{
    if (version != 4) {
        return -EINVAL;
    }
    int ret = 0;
    uint64_t flags = 0;
    while (!ret && !(flags & RAM_EOS)) {
        uint64_t a = qin_get(in, 8);
        flags = a & (QPAGE - 1);
        uint64_t addr = a & ~(uint64_t)(QPAGE - 1);
        if (flags & (RAM_ZERO | RAM_PAGE)) {
            bool ok = true;
            if (flags & RAM_CONT) {
                if (!l->last_block) {
                    qin_report(in, "Ack, bad migration stream!");
                    ok = false;
                }
            } else {
                unsigned n = (unsigned)qin_get(in, 1);
                const uint8_t *id = qin_buf(in, n);
                if (!id || n != strlen(QEMU_RAM_BLOCK) ||
                    memcmp(id, QEMU_RAM_BLOCK, n)) {
                    qin_report(in, "Can't find block %.*s", id ? (int)n : 0,
                               id ? (const char *)id : "");
                    ok = false;
                }
                l->last_block = ok;
            }
            if (!ok || addr >= l->m->ram_size) {
                qin_report(in, "Illegal RAM offset %" PRIx64, addr);
                ret = -EINVAL;
                break;
            }
        }
        switch (flags & ~(uint64_t)RAM_CONT) {
        case RAM_MEMSZ: {
            uint64_t total = addr;
            while (!ret && total) {
                unsigned n = (unsigned)qin_get(in, 1);
                const uint8_t *id = qin_buf(in, n);
                uint64_t length = qin_get(in, 8);
                if (id && n == strlen(QEMU_RAM_BLOCK) &&
                    !memcmp(id, QEMU_RAM_BLOCK, n)) {
                    if (length != l->m->ram_size) {
                        qin_report(in, "Size mismatch: %s: 0x%" PRIx64
                                   " != 0x%" PRIx64 ": Invalid argument",
                                   QEMU_RAM_BLOCK, length, l->m->ram_size);
                        ret = -EINVAL;
                    }
                } else {
                    qin_report(in, "Unknown ramblock \"%.*s\", cannot "
                               "accept migration", id ? (int)n : 0,
                               id ? (const char *)id : "");
                    ret = -EINVAL;
                }
                total -= MIN(total, length);
                if (!length) {
                    break;
                }
            }
            l->ram_seen = true;
            break;
        }
        case RAM_ZERO: {
            QPage pg = { .addr = addr, .fill = (uint8_t)qin_get(in, 1) };
            g_array_append_val(l->pages, pg);
            break;
        }
        case RAM_PAGE: {
            QPage pg = { .addr = addr, .data = qin_buf(in, QPAGE) };
            if (pg.data) {
                g_array_append_val(l->pages, pg);
            }
            break;
        }
        case RAM_EOS:
            break;
        default:
            if (!(flags & RAM_HOOK)) {
                qin_report(in, "Unknown combination of migration flags: "
                           "0x%x", (unsigned)flags);
                ret = -EINVAL;
            }
        }
        if (!ret) {
            ret = in->err;
        }
    }
    return ret;
}

/* hw/ppc/spapr.c's htab_load: the size first, then runs of entries. */
static int htab_load(QIn *in, QLoad *l)
{
    int32_t hdr = (int32_t)qin_get(in, 4);
    if (hdr == -1) {
        l->htab_shift = -1;
        g_array_set_size(l->hptes, 0);
        return in->err;
    }
    if (hdr) {
        if (hdr < 18 || hdr > 46) {
            qin_report(in, "htab_load() unsupported htab_shift %d", hdr);
            return -EINVAL;
        }
        l->htab_shift = hdr;
        g_array_set_size(l->hptes, 0);
        return in->err;
    }
    if (l->htab_shift <= 0) {
        qin_report(in, "htab_load() HPT entries with no HPT");
        return -EINVAL;
    }
    uint64_t nptes = (1ULL << l->htab_shift) / 16;
    for (;;) {
        QHpte h;
        h.index = (uint32_t)qin_get(in, 4);
        h.n_valid = (uint16_t)qin_get(in, 2);
        h.n_invalid = (uint16_t)qin_get(in, 2);
        if (in->err) {
            return in->err;
        }
        if (!h.index && !h.n_valid && !h.n_invalid) {
            break;
        }
        if ((uint64_t)h.index + h.n_valid + h.n_invalid > nptes) {
            qin_report(in, "htab_load() bad index %d (%hd+%hd entries) in "
                       "htab stream (htab_shift=%d)", (int)h.index,
                       (short)h.n_valid, (short)h.n_invalid, l->htab_shift);
            return -EINVAL;
        }
        h.data = qin_buf(in, 16u * h.n_valid);
        if (in->err) {
            return in->err;
        }
        g_array_append_val(l->hptes, h);
    }
    return 0;
}

/* ---- device sections: load, then the checks of QEMU's post_load ---- */

static void cpu_seen_sub(void *opaque, const SnapSection *sub)
{
    QCpu *c = opaque;
    c->has_fpu |= sub == &q_cpu_fpu;
    c->has_altivec |= sub == &q_cpu_altivec;
    c->has_vsx |= sub == &q_cpu_vsx;
    c->has_slb |= sub == &q_cpu_slb;
    c->has_compat |= sub == &q_cpu_compat;
}

static void tce_seen_sub(void *opaque, const SnapSection *sub)
{
    ((QTce *)opaque)->has_ex |= sub == &q_tce_ex;
}

static void spapr_seen_sub(void *opaque, const SnapSection *sub)
{
    QSpapr *s = opaque;
    s->has_ov5 |= sub == &q_spapr_ov5;
    s->has_patb |= sub == &q_spapr_patb;
}

/* target/ppc/machine.c's pvr_match: the same processor family. */
static bool pvr_match(uint32_t local, uint32_t got)
{
    return local == got || (local >> 16) == (got >> 16);
}

static int device_load(QIn *in, QLoad *l, QEntry *e, uint32_t version)
{
    int ret;
    in->seen_sub = NULL;
    switch (e->kind) {
    case QK_TIMER:
        return qemu_vmstate_load(in, &q_timer, e->state, version);
    case QK_ICS:
        return qemu_vmstate_load(in, &q_ics, e->state, version);
    case QK_ICP:
        return qemu_vmstate_load(in, &q_icp, e->state, version);
    case QK_CPU_COMMON:
        return qemu_vmstate_load(in, &q_cpu_common, e->state, version);
    case QK_CPU: {
        QCpu *c = e->state;
        in->seen_sub = cpu_seen_sub;
        in->seen_opaque = c;
        ret = qemu_vmstate_load(in, &q_cpu, c, version);
        PpcCpu *cpu = machine_cpu(l->m, e->index);
        if (!ret && !c->compat_pvr &&
            !pvr_match(cpu->pvr, (uint32_t)c->spr[SPR_PVR])) {
            ret = -EINVAL;
        }
        return ret;
    }
    case QK_RTC:
        return qemu_vmstate_load(in, &q_rtc, e->state, version);
    case QK_VTY:
        return qemu_vmstate_load(in, &q_vty, e->state, version);
    case QK_NVRAM: {
        QNvram *n = e->state;
        ret = qemu_vmstate_load(in, &q_nvram, n, version);
        if (!ret && n->size != spapr_nvram_size(spapr_nvram_find(l->m))) {
            qin_report(in, "spapr_nvram: NVRAM size %u in the stream, %u "
                       "here", n->size,
                       spapr_nvram_size(spapr_nvram_find(l->m)));
            ret = -EINVAL;
        }
        return ret;
    }
    case QK_TCE: {
        QTce *t = e->state;
        in->seen_sub = tce_seen_sub;
        in->seen_opaque = t;
        ret = qemu_vmstate_load(in, &q_tce, t, version);
        if (!ret && t->mig_nb_table > (1u << 28)) {
            ret = -EINVAL;
        }
        return ret;
    }
    case QK_PCI: {
        SpaprPhb *copy = e->state;
        return qemu_vmstate_load(in, copy->dev.cls->snap, copy, version);
    }
    case QK_PCIBUS:
        return qemu_vmstate_load(in, &q_pcibus, e->state, version);
    case QK_SPAPR:
        in->seen_sub = spapr_seen_sub;
        in->seen_opaque = e->state;
        return qemu_vmstate_load(in, &q_spapr, e->state, version);
    case QK_GLOBAL:
        return qemu_vmstate_load(in, &q_global, e->state, version);
    default:
        return -EINVAL;
    }
}

/* savevm.c's check_section_footer. */
static bool footer_ok(QIn *in, QEntry *e)
{
    int mark = (int)qin_get(in, 1);
    if (in->err) {
        qin_report(in, "check_section_footer: Read section footer failed: "
                   "%d", in->err);
        return false;
    }
    if (mark != Q_FOOTER) {
        qin_report(in, "Missing section footer for %s", e->idstr);
        return false;
    }
    uint32_t id = (uint32_t)qin_get(in, 4);
    if (id != e->load_id) {
        qin_report(in, "Mismatched section id in footer for %s - read 0x%x "
                   "expected 0x%x", e->idstr, id, e->load_id);
        return false;
    }
    return true;
}

static int section_start_full(QIn *in, QLoad *l, unsigned type)
{
    uint32_t id = (uint32_t)qin_get(in, 4);
    unsigned n = (unsigned)qin_get(in, 1);
    const uint8_t *s = qin_buf(in, n);
    if (!s) {
        qin_report(in, "Unable to read ID string for section %u", id);
        return -EINVAL;
    }
    char *idstr = g_strndup((const char *)s, n);
    uint32_t instance = (uint32_t)qin_get(in, 4);
    uint32_t version = (uint32_t)qin_get(in, 4);
    int ret = 0;
    if (in->err) {
        qin_report(in, "qemu_loadvm_section_start_full: Failed to read "
                   "instance/version ID: %d", in->err);
        ret = in->err;
        goto out;
    }
    QEntry *e = find_entry(l, idstr, instance);
    if (!e) {
        qin_report(in, "Unknown savevm section or instance '%s' %u. Make "
                   "sure that your current VM setup matches your saved VM "
                   "setup, including any hotplugged devices", idstr,
                   instance);
        ret = -EINVAL;
        goto out;
    }
    if (version > e->version) {
        qin_report(in, "savevm: unsupported version %u for '%s' v%u",
                   version, idstr, e->version);
        ret = -EINVAL;
        goto out;
    }
    e->load_id = id;
    e->loaded = true;
    if (e->kind == QK_RAM) {
        ret = ram_load(in, l, version);
    } else if (e->kind == QK_HTAB) {
        ret = version < 1 ? -EINVAL : htab_load(in, l);
    } else {
        ret = device_load(in, l, e, version);
    }
    (void)type;
    if (ret < 0) {
        qin_report(in, "error while loading state for instance 0x%x of "
                   "device '%s'", instance, idstr);
        goto out;
    }
    if (!footer_ok(in, e)) {
        ret = -EINVAL;
    }
out:
    g_free(idstr);
    return ret;
}

static int section_part_end(QIn *in, QLoad *l)
{
    uint32_t id = (uint32_t)qin_get(in, 4);
    if (in->err) {
        qin_report(in, "qemu_loadvm_section_part_end: Failed to read "
                   "section ID: %d", in->err);
        return in->err;
    }
    QEntry *e = find_by_id(l, id);
    if (!e) {
        qin_report(in, "Unknown savevm section %u", id);
        return -EINVAL;
    }
    int ret = e->kind == QK_RAM ? ram_load(in, l, 4)
              : e->kind == QK_HTAB ? htab_load(in, l) : -EINVAL;
    if (ret < 0) {
        qin_report(in, "error while loading state section id %u(%s)", id,
                   e->idstr);
        return ret;
    }
    return footer_ok(in, e) ? 0 : -EINVAL;
}

/* savevm.c's qemu_loadvm_state: header, configuration, sections. */
static int load_stream(QIn *in, QLoad *l)
{
    if (qin_get(in, 4) != 0x5145564d) {
        qin_report(in, "Not a migration stream");
        return -EINVAL;
    }
    uint32_t v = (uint32_t)qin_get(in, 4);
    if (v == 2) {
        qin_report(in, "SaveVM v2 format is obsolete and don't work anymore");
        return -ENOTSUP;
    }
    if (v != 3) {
        qin_report(in, "Unsupported migration stream version");
        return -ENOTSUP;
    }
    if (qin_get(in, 1) != Q_CONFIG) {
        qin_report(in, "Configuration section missing");
        return -EINVAL;
    }
    uint32_t n = (uint32_t)qin_get(in, 4);
    const uint8_t *name = qin_buf(in, n);
    if (!name) {
        qin_report(in, "Failed to load configuration:name");
        return in->err;
    }
    const char *local = l->m->type->name;
    if (strlen(local) != n || memcmp(name, local, n)) {
        qin_report(in, "Machine type received is '%.*s' and local is '%s'",
                   (int)n, (const char *)name, local);
        return -EINVAL;
    }
    for (;;) {
        unsigned t = (unsigned)qin_get(in, 1);
        if (in->err) {
            return in->err;
        }
        int ret;
        switch (t) {
        case Q_START:
        case Q_FULL:
            ret = section_start_full(in, l, t);
            break;
        case Q_PART:
        case Q_END:
            ret = section_part_end(in, l);
            break;
        case Q_EOF:
            return 0;
        default:
            qin_report(in, "Unknown savevm section type %u", t);
            ret = -EINVAL;
        }
        if (ret < 0) {
            return ret;
        }
    }
}

/* ---- apply: nothing below fails ---- */

/* Write SPR n from QEMU's array where farad keeps it as architected
 * state (not the clocks, identification or per-thread read-only ones). */
static bool spr_loadable(unsigned n)
{
    switch (n) {
    case 1: case 8: case 9: case 22: case 268: case 269: case 284: case 285:
    case 286: case 287: case 308: case 309: case 310: case 351: case 1023:
    case 259: case 260: case 3: case 13:   /* user aliases */
        return false;
    default:
        return ppc_spr_name(n) != NULL;
    }
}

static void apply_cpu(QLoad *l, QEntry *e)
{
    QCpu *c = e->state;
    PpcCpu *cpu = machine_cpu(l->m, e->index);
    PpcArch *a = &cpu->arch;
    uint64_t tb = ppc_timebase(cpu);
    for (unsigned n = 0; n < 1024; n++) {
        if (spr_loadable(n)) {
            ppc_spr_write(cpu, n, c->spr[n]);
        }
    }
    memcpy(a->gpr, c->gpr, sizeof(a->gpr));
    a->cr = 0;
    for (int i = 0; i < 8; i++) {
        a->cr |= (c->crf[i] & 0xf) << (28 - 4 * i);
    }
    a->nip = c->nip;
    a->lr = c->spr[8];
    a->ctr = c->spr[9];
    ppc_spr_write(cpu, 1, c->spr[1]);    /* XER */
    a->msr = c->msr;
    a->reserve_addr = c->reserve_addr;
    if (c->has_fpu) {
        memcpy(a->fpr, c->fpr, sizeof(a->fpr));
        a->fpscr = (uint32_t)c->fpscr;
        a->fpscr_drn = (uint8_t)((c->fpscr >> 32) & 7);
    }
    if (c->has_altivec) {
        for (int i = 0; i < 32; i++) {
            a->vr[i].dw[0] = c->avr[2 * i + 1];
            a->vr[i].dw[1] = c->avr[2 * i];
        }
        a->vscr = c->vscr;
    }
    if (c->has_vsx) {
        memcpy(a->fpr_dw1, c->vsr, sizeof(a->fpr_dw1));
    }
    if (c->has_slb) {
        for (int i = 0; i < PPC_SLB_ENTRIES; i++) {
            a->slb_esid[i] = c->slb[2 * i];
            a->slb_vsid[i] = c->slb[2 * i + 1];
        }
    }
    /* the hypervisor-owned SPRs a partition cannot write */
    a->lpcr = c->spr[318];
    a->sdr1 = c->spr[25];
    a->ptcr = c->spr[464];
    a->dawr0 = c->spr[180];
    a->dawrx0 = c->spr[188];
    a->ciabr = c->spr[187];
    if (c->has_compat) {
        l->m->spapr->compat_pvr = c->compat_pvr;
    }
    /* the timebase: QEMU's guest saw its virtual clock (the timer
     * section's cpu_clock_offset while stopped, in ns) at 512 MHz; the
     * spapr section's guest_timebase counts host ticks under TCG and
     * is not the guest's. QEMU does not migrate the DEC under TCG: it
     * keeps the loading machine's own, counted on the (now moved)
     * virtual clock, so its last write moves with the timebase. */
    QEntry *te = find_entry(l, "timer", 0);
    if (te->loaded) {
        int64_t ns = ((QTimer *)te->state)->clock_offset;
        uint64_t guest = ns > 0 ? (uint64_t)((unsigned __int128)ns * 64 / 125)
                                : 0;
        a->tb_offset += guest - tb;
        a->dec_written_tb -= guest - tb;
    }
    ppc_mmu_flush(cpu);
    ppc_cpu_state_changed(cpu);
}

static void apply_tce(QLoad *l, QEntry *e)
{
    QTce *t = e->state;
    SpaprPhb *p = l->phbs[e->index >> 8];
    SpaprTceTable *w = &p->tce[e->index & 0xff];
    if (t->mig_nb_table != w->nb_table) {
        g_free(w->table);
        w->table = t->mig_nb_table ? g_new0(uint64_t, t->mig_nb_table)
                                   : NULL;
        w->nb_table = t->mig_nb_table;
    }
    if (w->nb_table) {
        memcpy(w->table, t->mig_table, 8ull * w->nb_table);
    }
    if (t->has_ex) {
        w->bus_offset = t->bus_offset;
        w->page_shift = t->page_shift;
    }
}

static void apply_pci(QLoad *l, QEntry *e)
{
    SpaprPhb *copy = e->state, *p = l->phbs[e->index];
    g_hash_table_remove_all(p->msi);
    for (int32_t i = 0; i < copy->msi_devs_num; i++) {
        SpaprPciMsi *v = g_new(SpaprPciMsi, 1);
        *v = copy->msi_devs[i].value;
        g_hash_table_insert(p->msi, GUINT_TO_POINTER(copy->msi_devs[i].key),
                            v);
    }
}

/* ICS and ICP through farad's own descriptions (their state is private
 * to xics.c): the live values, with QEMU's stored over them. */
static void apply_by_values(const SnapSection *sec, void *base,
                            void (*fill)(GHashTable *, void *), void *q)
{
    GPtrArray *vals = snap_vals_new();
    snap_section_save(sec, base, vals);
    GHashTable *idx = snap_vals_index(vals);
    fill(idx, q);
    snap_section_apply(sec, base, sec->version, idx);
    g_hash_table_destroy(idx);
    g_ptr_array_unref(vals);
}

static void set_u(GHashTable *idx, const char *name, uint64_t v)
{
    SnapVal *x = g_hash_table_lookup(idx, name);
    if (x) {
        x->u = v;
    }
}

static void set_byte(GHashTable *idx, const char *name, uint32_t i,
                     uint8_t v)
{
    SnapVal *x = g_hash_table_lookup(idx, name);
    if (x && x->kind == SV_BYTES) {
        gsize n;
        const uint8_t *p = g_bytes_get_data(x->bytes, &n);
        if (i < n) {
            uint8_t *c = g_memdup2(p, n);
            c[i] = v;
            g_bytes_unref(x->bytes);
            x->bytes = g_bytes_new_take(c, n);
        }
    }
}

static void fill_icp(GHashTable *idx, void *q)
{
    QIcp *c = q;
    set_u(idx, "xirr", c->xirr);
    set_u(idx, "pending_priority", c->pending_priority);
    set_u(idx, "mfrr", c->mfrr);
}

static void fill_ics(GHashTable *idx, void *q)
{
    QIcs *s = q;
    for (uint32_t i = 0; i < s->nr_irqs; i++) {
        bool hi = i >= XICS_NR_IRQS;
        uint32_t k = hi ? i - XICS_NR_IRQS : i;
        char name[40];
        snprintf(name, sizeof(name), "%s[%u]", hi ? "server_hi" : "server",
                 k);
        set_u(idx, name, s->irqs[i].server);
        set_byte(idx, hi ? "priority_hi" : "priority", k, s->irqs[i].priority);
        set_byte(idx, hi ? "saved_priority_hi" : "saved_priority", k,
                 s->irqs[i].saved_priority);
        set_byte(idx, hi ? "status_hi" : "status", k, s->irqs[i].status);
        set_byte(idx, hi ? "flags_hi" : "flags", k, s->irqs[i].flags);
    }
}

static void fill_vty(GHashTable *idx, void *q)
{
    QVty *v = q;
    set_u(idx, "signal_state", v->signal_state);
    set_u(idx, "in", v->in);
    set_u(idx, "out", v->out);
    for (uint32_t i = 0; i < sizeof(v->buf); i++) {
        set_byte(idx, "buf", i, v->buf[i]);
    }
}

static void apply_spapr(QLoad *l, QEntry *e)
{
    QSpapr *q = e->state;
    SpaprState *s = l->m->spapr;
    if (q->has_ov5) {
        /* vector bit n = byte n / 8, bit 7 - n % 8; bitmap bit n = long
         * n / 64, bit n % 64 */
        memset(s->ov5_cas, 0, sizeof(s->ov5_cas));
        for (unsigned n = 0; n < 8 * SPAPR_OV5_BYTES; n++) {
            if (q->ov5[n / 64] >> (n % 64) & 1) {
                s->ov5_cas[n / 8] |= (uint8_t)(0x80 >> (n % 8));
            }
        }
    }
    if (q->has_patb) {
        s->patb_entry = q->patb_entry;
    }
}

static void apply(QLoad *l)
{
    Machine *m = l->m;
    SpaprState *s = m->spapr;
    /* RAM, in stream order (a page sent twice: the later copy wins) */
    for (guint i = 0; i < l->pages->len; i++) {
        QPage *pg = &g_array_index(l->pages, QPage, i);
        uint8_t *dst = m->ram + pg->addr;
        if (pg->data) {
            memcpy(dst, pg->data, QPAGE);
        } else {
            memset(dst, pg->fill, QPAGE);
        }
    }
    /* the HPT */
    if (l->htab_shift > 0) {
        if (!s->htab || s->htab_shift != (uint32_t)l->htab_shift) {
            g_free(s->htab);
            s->htab_shift = (uint32_t)l->htab_shift;
            s->htab_bytes = 1u << l->htab_shift;
            s->htab = g_malloc0(s->htab_bytes);
        }
        bool used = false;
        for (guint i = 0; i < l->hptes->len; i++) {
            QHpte *h = &g_array_index(l->hptes, QHpte, i);
            memcpy(s->htab + 16ull * h->index, h->data, 16u * h->n_valid);
            memset(s->htab + 16ull * (h->index + h->n_valid), 0,
                   16u * h->n_invalid);
            used |= h->n_valid != 0;
        }
        s->htab_used = used;
        spapr_hpt_set_active(m, true);
    } else if (l->htab_shift < 0) {
        spapr_hpt_set_active(m, false);
    }
    Xics *xics = spapr_xics(m);
    for (guint i = 0; i < l->entries->len; i++) {
        QEntry *e = l->entries->pdata[i];
        if (!e->loaded) {
            continue;
        }
        switch (e->kind) {
        case QK_CPU_COMMON:
            machine_cpu(m, e->index)->arch.halted =
                ((QCpuCommon *)e->state)->halted != 0;
            break;
        case QK_CPU:
            apply_cpu(l, e);
            break;
        case QK_ICS:
            apply_by_values(&xics_ics_snap, xics_ics_state(xics), fill_ics,
                            e->state);
            break;
        case QK_ICP:
            apply_by_values(&xics_icp_snap, xics_icp_state(xics, e->index),
                            fill_icp, e->state);
            break;
        case QK_VTY:
            apply_by_values(e->dev->cls->snap, e->dev, fill_vty, e->state);
            break;
        case QK_NVRAM:
            memcpy(spapr_nvram_data(spapr_nvram_find(m)),
                   ((QNvram *)e->state)->buf, ((QNvram *)e->state)->size);
            break;
        case QK_TCE:
            apply_tce(l, e);
            break;
        case QK_PCI:
            apply_pci(l, e);
            break;
        case QK_PCIBUS:
            for (int k = 0; k < SPAPR_PCI_NUM_LSI; k++) {
                l->phbs[e->index]->lsi_level[k] =
                    ((QPciBus *)e->state)->irq_count[k];
            }
            break;
        case QK_SPAPR:
            apply_spapr(l, e);
            break;
        default:
            break;
        }
    }
    /* the RTC: QEMU's guest time of day at the save is the host's time
     * of day then (spapr tb) plus the RTC's offset from it */
    QEntry *rtc = find_entry(l, "spapr/rtc", 0);
    QEntry *sp = find_entry(l, "spapr", 0);
    if (rtc->loaded && sp->loaded) {
        int64_t guest_ns = ((QSpapr *)sp->state)->time_of_the_day_ns +
                           ((QRtc *)rtc->state)->ns_offset;
        int64_t now = spapr_rtc_now(m, NULL) - s->rtc_offset;
        s->rtc_offset = guest_ns / 1000000000 - now;
    }
    spapr_patb_give_all(m);
    ppc_invalidate_code(m->cpu, 0, m->ram_size);
    for (int i = 0; machine_cpu(m, i); i++) {
        ppc_cpu_state_changed(machine_cpu(m, i));
    }
}

static const char *errno_text(int e)
{
    switch (e) {
    case EINVAL: return "Invalid argument";
    case EIO: return "Input/output error";
    case ENOENT: return "No such file or directory";
    case EPERM: return "Operation not permitted";
    case ENOTSUP: return "Operation not supported";
    default: return g_strerror(e);
    }
}

bool snap_qemu_load_stream(Machine *m, const uint8_t *d, size_t n,
                           bool *running, GError **err)
{
    QLoad l = { .m = m };
    l.entries = g_ptr_array_new_with_free_func(entry_free);
    l.pages = g_array_new(FALSE, FALSE, sizeof(QPage));
    l.hptes = g_array_new(FALSE, FALSE, sizeof(QHpte));
    build_entries(&l);
    QIn in = { .d = d, .len = n, .msg = g_string_new(NULL) };
    int ret = load_stream(&in, &l);
    if (!ret) {
        ret = in.err;
    }
    bool ok = ret == 0;
    if (ok) {
        apply(&l);
        QEntry *g = find_entry(&l, "globalstate", 0);
        if (running) {
            QGlobal *gs = g->state;
            *running = !g->loaded ||
                       !strncmp((const char *)gs->runstate, "running", 8);
        }
    } else {
        qin_report(&in, "load of migration failed: %s", errno_text(-ret));
        g_string_truncate(in.msg, in.msg->len - 1);   /* the last '\n' */
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE, "%s", in.msg->str);
    }
    g_string_free(in.msg, TRUE);
    g_ptr_array_unref(l.entries);
    g_array_free(l.pages, TRUE);
    g_array_free(l.hptes, TRUE);
    g_free(l.phbs);
    return ok;
}
