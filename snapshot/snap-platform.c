/* SPDX-License-Identifier: MIT */
/*
 * Descriptions of the machine state that is not in a device: section
 * "machine" (instruction count, RAM size, timebase shift) and section
 * "spapr" (the platform state of core/machine/spapr.h: hypervisor per-CPU
 * registrations, the random stream, the RTC offset, CAS results, the
 * hashed page table, x-vof=on's client-interface state).
 * Configuration-derived members are EQUAL or marked derived.
 */
#include <stdio.h>

#include "snap-platform.h"
#include "core/machine/spapr.h"
#include "core/machine/vof.h"

static const SnapField machine_fields[] = {
    SNAP_U64("icount", SnapMachineState, icount, 1),
    SNAP_U64_EQUAL("ram_size", SnapMachineState, ram_size, 1),
    SNAP_U32_EQUAL("tb_shift", SnapMachineState, tb_shift, 1),
    SNAP_U32_EQUAL("ncpus", SnapMachineState, ncpus, 1),
    SNAP_U64("round_end", SnapMachineState, round_end, 1),
    SNAP_U32("turn", SnapMachineState, turn, 2),
    SNAP_END
};

static const SnapField vcpu_fields[] = {
    SNAP_U64("icount", SnapVcpuState, icount, 1),
    SNAP_U64("idle", SnapVcpuState, idle, 1),
    SNAP_END
};

const SnapSection snap_vcpu_section = {
    .name = "vcpu", .version = 1, .min_version = 1,
    .fields = vcpu_fields,
};

/* Version 2 adds the CPU whose turn it is (core/machine/smp.c: one clock
 * for the machine, round_end the end of that turn); a version-1 file
 * gets it from its clocks on load (snap-machine.c). */
const SnapSection snap_machine_section = {
    .name = "machine", .version = 2, .min_version = 1,
    .fields = machine_fields,
};

static const SnapField spapr_cpu_fields[] = {
    SNAP_U64("vpa_addr", SpaprCpuState, vpa_addr, 1),
    SNAP_U64("slb_shadow_addr", SpaprCpuState, slb_shadow_addr, 1),
    SNAP_U64("slb_shadow_size", SpaprCpuState, slb_shadow_size, 1),
    SNAP_U64("dtl_addr", SpaprCpuState, dtl_addr, 1),
    SNAP_U64("dtl_size", SpaprCpuState, dtl_size, 1),
    SNAP_BOOL("prod", SpaprCpuState, prod, 1),
    SNAP_BOOL("stopped", SpaprCpuState, stopped, 1),
    SNAP_END
};

const SnapSection snap_spapr_cpu_section = {
    .name = "spapr/cpu", .version = 1, .min_version = 1,
    .fields = spapr_cpu_fields,
};

/* |RTC base| and |RTC offset| in a snapshot: 2^48 s (8.9 million
 * years) either way. */
#define SNAP_RTC_MAX (INT64_C(1) << 48)

static const SnapField spapr_event_fields[] = {
    SNAP_U32("summary", SpaprEvent, summary, 2),
    SNAP_U32_MAX("ext_len", SpaprEvent, ext_len, SPAPR_EVENT_LOG_MAX, 2),
    SNAP_BYTES("ext", SpaprEvent, ext, SPAPR_EVENT_LOG_MAX, 2),
    SNAP_END
};

static const SnapSection snap_spapr_event_section = {
    .name = "spapr/event", .version = 2, .min_version = 2,
    .fields = spapr_event_fields,
};

static const SnapField spapr_fields[] = {
    SNAP_DERIVED("opts", SpaprState, opts),          /* configuration */
    SNAP_U32_EQUAL("pvr", SpaprState, pvr, 1),
    SNAP_DERIVED("cpu_name", SpaprState, cpu_name),  /* from pvr */
    SNAP_DERIVED("cpu_model", SpaprState, cpu_model),    /* configuration */
    SNAP_DERIVED("vsmt", SpaprState, vsmt),              /* configuration */
    SNAP_DERIVED("large_decr", SpaprState, large_decr),  /* configuration */
    SNAP_U32_EQUAL("next_irq", SpaprState, next_irq, 1),
    SNAP_U32_EQUAL("next_vio_reg", SpaprState, next_vio_reg, 1),
    SNAP_U32_EQUAL("irq_epow", SpaprState, irq_epow, 1),
    SNAP_U32_EQUAL("irq_hotplug", SpaprState, irq_hotplug, 1),
    SNAP_STRUCT_ARRAY("cpus", SpaprState, cpus, SPAPR_MAX_CPUS, SpaprCpuState,
                      &snap_spapr_cpu_section, 1),
    SNAP_U64_ARRAY("rng", SpaprState, rng, 4, 1),
    /* seconds; bounded so that base + offset + the virtual clock's
     * seconds (< 2^35) stay far from the int64 limits */
    SNAP_I64_RANGE("rtc_offset", SpaprState, rtc_offset, -SNAP_RTC_MAX,
                   SNAP_RTC_MAX, 1),
    SNAP_I64_RANGE("rtc_base", SpaprState, rtc_base, -SNAP_RTC_MAX,
                   SNAP_RTC_MAX, 1),
    SNAP_U32("fdt_initial_size", SpaprState, fdt_initial_size, 1),
    /* version 2: the full negotiated vector ("ov5_cas" of version 1 had
     * 2 bytes, always zero, and is ignored), CAS results, event queue */
    SNAP_BYTES("ov5", SpaprState, ov5_cas, SPAPR_OV5_BYTES, 2),
    SNAP_U32("compat_pvr", SpaprState, compat_pvr, 2),
    SNAP_BOOL("cas_pre_isa3", SpaprState, cas_pre_isa3, 2),
    SNAP_DERIVED("cas_tree", SpaprState, cas_tree),   /* transient */
    SNAP_U32("next_plid", SpaprState, next_plid, 2),
    SNAP_U32_MAX("nevents", SpaprState, nevents, SPAPR_EVENT_QUEUE, 2),
    SNAP_STRUCT_ARRAY("events", SpaprState, events, SPAPR_EVENT_QUEUE,
                      SpaprEvent, &snap_spapr_event_section, 2),
    SNAP_U64("fwnmi_sreset_addr", SpaprState, fwnmi_sreset_addr, 1),
    SNAP_U64("fwnmi_mce_addr", SpaprState, fwnmi_mce_addr, 1),
    SNAP_DERIVED("xics", SpaprState, xics),   /* sections ics, icp/server */
    SNAP_DERIVED("xive", SpaprState, xive),   /* sections xive, xive/tctx */
    SNAP_DERIVED("xive_only", SpaprState, xive_only),   /* ic-mode */
    SNAP_DERIVED("xive_active", SpaprState, xive_active),   /* from ov5 */
    /* version 3: the hashed page table's state (hcall-hpt.c); its bytes
     * are subsection spapr/htab, saved once an H_ENTER or a resize
     * succeeded. A file without them loads with an empty table
     * (snap-machine.c) */
    /* the size: subsection spapr/htab, else the RAM's default */
    SNAP_DERIVED("htab_shift", SpaprState, htab_shift),
    SNAP_DERIVED("htab_bytes", SpaprState, htab_bytes),
    SNAP_DERIVED("htab", SpaprState, htab),        /* subsection spapr/htab */
    SNAP_BOOL("htab_active", SpaprState, htab_active, 3),
    SNAP_BOOL("htab_used", SpaprState, htab_used, 3),
    /* version 4: the partition-table entry (radix, hcall-radix.c); a
     * file without it is in hash mode (0) */
    SNAP_U64("patb_entry", SpaprState, patb_entry, 4),
    /* version 4: a prepared HPT resize (its size; the table is zeros) */
    SNAP_U32("hpt_pending_shift", SpaprState, hpt_pending_shift, 4),
    /* x-vof=on's state (vof.h): subsection spapr/vof */
    SNAP_DERIVED("vof", SpaprState, vof),
    SNAP_DERIVED("vof_image", SpaprState, vof_image),
    SNAP_DERIVED("vof_image_len", SpaprState, vof_image_len),
    /* hot-plug bookkeeping: whether the next reset rebuilds the device
     * tree (a load that changes the device set counts too), and the
     * host's DEVICE_DELETED queue: neither is guest state */
    SNAP_DERIVED("hotplug_changes", SpaprState, hotplug_changes),
    SNAP_DERIVED("unplugged", SpaprState, unplugged),
    /* the device set has a section of its own (pci_hotplug_set) */
    SNAP_DERIVED("hotplug_set", SpaprState, hotplug_set),
    SNAP_DERIVED("hotplug_set_free", SpaprState, hotplug_set_free),
    SNAP_END
};

/* Version 2: the table's size may differ from the RAM's default (an HPT
 * resize): the loader takes the stored size; version 1 had it EQUAL. */
static const SnapField spapr_htab_fields[] = {
    SNAP_U32("htab_bytes", SpaprState, htab_bytes, 1),
    SNAP_BUFFER_ALLOC("htab", SpaprState, htab, htab_bytes, 1),
    SNAP_END
};

static void spapr_htab_post_load(void *opaque)
{
    SpaprState *s = opaque;
    uint32_t shift = 0;
    while (shift < 31 && (1u << shift) < s->htab_bytes) {
        shift++;
    }
    s->htab_shift = shift;
}

static bool spapr_htab_needed(void *opaque)
{
    return ((SpaprState *)opaque)->htab_used;
}

const SnapSection snap_spapr_htab_section = {
    .name = "spapr/htab", .version = 2, .min_version = 1,
    .fields = spapr_htab_fields,
    .post_load = spapr_htab_post_load,
    .needed = spapr_htab_needed,
};

/* x-vof=on: claims, open instances, the client's bootargs and the live
 * device tree, as one image (core/machine/vof-image.c). */
static const SnapField spapr_vof_fields[] = {
    SNAP_BUFFER_ALLOC("image", SpaprState, vof_image, vof_image_len, 1),
    SNAP_END
};

static bool spapr_vof_needed(void *opaque)
{
    return ((SpaprState *)opaque)->vof != NULL;
}

static void spapr_vof_pre_save(void *opaque)
{
    SpaprState *s = opaque;
    g_free(s->vof_image);
    s->vof_image = vof_image_save(s->opts.dev.machine, &s->vof_image_len);
}

static void spapr_vof_post_load(void *opaque)
{
    SpaprState *s = opaque;
    if (s->vof && !vof_image_load(s->opts.dev.machine, s->vof_image,
                                  s->vof_image_len)) {
        fprintf(stderr, "farad: snapshot: malformed spapr/vof image "
                "ignored\n");
    }
    g_free(s->vof_image);
    s->vof_image = NULL;
    s->vof_image_len = 0;
}

const SnapSection snap_spapr_vof_section = {
    .name = "spapr/vof", .version = 1, .min_version = 1,
    .fields = spapr_vof_fields,
    .needed = spapr_vof_needed,
    .pre_save = spapr_vof_pre_save,
    .post_load = spapr_vof_post_load,
};

static const SnapSection *const spapr_subsections[] = {
    &snap_spapr_htab_section, &snap_spapr_vof_section, NULL
};

static const char *const spapr_removed[] = {
    "ov5_cas",   /* version 1: 2 bytes, always zero; now "ov5" */
    NULL
};

const SnapSection snap_spapr_section = {
    .name = "spapr", .version = 4, .min_version = 1,
    .fields = spapr_fields,
    .subsections = spapr_subsections,
    .removed = spapr_removed,
};
