/* SPDX-License-Identifier: MIT */
/*
 * Writing a whole pseries machine as a QEMU 7.2 migration stream (the
 * monitor's `migrate`): what QEMU's savevm writes for the machine type,
 * in its order and versions (qemu-sections.c): the header and
 * CONFIGURATION, "ram" (block list, then every page: zero pages as
 * one byte, others whole), "spapr/htab" (the size, then the valid
 * HPTEs in runs), every device section through its QEMU-layout
 * description with the subsections QEMU would send, EOF, and the JSON
 * vmdesc after it. The values are the reverse of snap-incoming.c's
 * mapping; QEMU's timebase and RTC fields tie the guest's clocks to the
 * host's clocks (that is what the receiving QEMU reads them against),
 * so those few bytes depend on when the stream is written.
 */
#include <inttypes.h>
#include <string.h>

#include <libfdt.h>

#include "qemu-sections.h"
#include "qemu-vio.h"
#include "qemu-virtio.h"
#include "qemu-xive.h"
#include "snap-int.h"
#include "snap-wire.h"
#include "core/machine/device.h"
#include "core/machine/machine-types.h"
#include "core/machine/platform.h"
#include "core/machine/spapr.h"
#include "core/machine/xics.h"
#include "cpu-ppc/spr.h"
#include "cpu-ppc/timer.h"

#define QPAGE 4096u
#define QEMU_RAM_BLOCK "ppc_spapr.ram"

/* ---- encoder: QEMU's vmstate_save_state and its vmdesc ---- */

static void put_be(GByteArray *b, uint64_t v, unsigned w)
{
    uint8_t t[8];
    for (unsigned i = 0; i < w; i++) {
        t[i] = (uint8_t)(v >> (8 * (w - 1 - i)));
    }
    g_byte_array_append(b, t, w);
}

static unsigned width(SnapType t)
{
    switch (t) {
    case SNAP_TYPE_U8: case SNAP_TYPE_BOOL: return 1;
    case SNAP_TYPE_U16: return 2;
    case SNAP_TYPE_U32: case SNAP_TYPE_U32_ARRAY: case SNAP_TYPE_I32:
        return 4;
    default: return 8;
    }
}

static const char *type_name(const SnapField *f)
{
    bool eq = f->flags & SNAP_F_EQUAL;
    switch (f->type) {
    case SNAP_TYPE_U8: return "uint8";
    case SNAP_TYPE_U16: return "uint16";
    case SNAP_TYPE_U32: case SNAP_TYPE_U32_ARRAY:
        return eq ? "uint32 equal" : "uint32";
    case SNAP_TYPE_I32: return eq ? "int32 equal" : "int32";
    case SNAP_TYPE_I64: return "int64";
    case SNAP_TYPE_BOOL: return "bool";
    case SNAP_TYPE_BYTES: case SNAP_TYPE_BUFFER: return "buffer";
    case SNAP_TYPE_STRUCT: case SNAP_TYPE_STRUCT_VARRAY: return "struct";
    default: return eq ? "uint64 equal" : "uint64";
    }
}

static uint64_t fetch(const void *p, unsigned w)
{
    switch (w) {
    case 1: return *(const uint8_t *)p;
    case 2: return *(const uint16_t *)p;
    case 4: return *(const uint32_t *)p;
    default: return *(const uint64_t *)p;
    }
}

static void json_str(GString *j, const char *s)
{
    g_string_append_c(j, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') {
            g_string_append_c(j, '\\');
        }
        g_string_append_c(j, *s);
    }
    g_string_append_c(j, '"');
}

static void save_desc(GByteArray *b, const SnapSection *sec, void *base,
                      GString *j);

/* One field: its bytes into b, its vmdesc entry into j (QEMU lists no
 * entry for an array of no elements: false then). */
static bool save_field(GByteArray *b, const SnapField *f, uint8_t *p,
                       void *base, GString *j)
{
    uint32_t n = 1;
    size_t size = width(f->type);
    g_string_append(j, "{\"name\":");
    json_str(j, f->name);
    g_string_append_printf(j, ",\"type\":\"%s\"", type_name(f));
    switch (f->type) {
    case SNAP_TYPE_BYTES:
        g_byte_array_append(b, p, f->count);
        size = f->count;
        break;
    case SNAP_TYPE_BUFFER: {
        uint32_t len;
        memcpy(&len, (uint8_t *)base + f->count_offset, 4);
        g_byte_array_append(b, *(uint8_t **)p, len);
        size = len;
        break;
    }
    case SNAP_TYPE_U64_ARRAY:
    case SNAP_TYPE_U32_ARRAY:
        n = f->count;
        for (uint32_t i = 0; i < n; i++) {
            put_be(b, fetch(p + i * size, (unsigned)size), (unsigned)size);
        }
        break;
    case SNAP_TYPE_STRUCT:
    case SNAP_TYPE_STRUCT_VARRAY: {
        uint8_t *arr = p;
        n = f->count;
        if (f->type == SNAP_TYPE_STRUCT_VARRAY) {
            memcpy(&n, (uint8_t *)base + f->count_offset, 4);
            arr = *(uint8_t **)p;
        }
        size_t before = b->len;
        GString *sj = g_string_new(NULL);
        for (uint32_t i = 0; i < n; i++) {
            GString *ej = g_string_new(NULL);
            save_desc(b, f->elem, arr + i * f->elem_size, ej);
            if (i == 0) {
                g_string_assign(sj, ej->str);
            }
            g_string_free(ej, TRUE);
        }
        size = n ? (b->len - before) / n : 0;
        if (f->elem->name) {
            g_string_append(j, ",\"struct\":");
            g_string_append(j, sj->len ? sj->str : "{}");
        } else {   /* a scalar array (QEMU's VARRAY) */
            g_string_truncate(j, j->len - strlen("\"struct\""));
            g_string_append(j, "\"uint64\"");
            size = 8;
        }
        g_string_free(sj, TRUE);
        break;
    }
    default: {
        uint64_t v = fetch(p, (unsigned)size);
        put_be(b, f->type == SNAP_TYPE_BOOL ? v != 0 : v, (unsigned)size);
        break;
    }
    }
    if (n != 1 || f->type == SNAP_TYPE_STRUCT_VARRAY) {
        g_string_append_printf(j, ",\"array_len\":%u", n);
    }
    g_string_append_printf(j, ",\"size\":%zu}", size);
    return n != 0;
}

/* A section's fields, then its needed subsections (0x05, name,
 * version, fields): QEMU's vmstate_save_state; j gets the vmdesc
 * object's "vmsd_name", "version", "fields" and "subsections". */
static void save_desc(GByteArray *b, const SnapSection *sec, void *base,
                      GString *j)
{
    g_string_append(j, "{\"vmsd_name\":");
    json_str(j, sec->name ? sec->name : "");
    g_string_append_printf(j, ",\"version\":%u,\"fields\":[", sec->version);
    bool first = true;
    for (const SnapField *f = sec->fields; f->name; f++) {
        if ((f->flags & SNAP_F_DERIVED) || f->since > sec->version ||
            (f->test && !f->test(base))) {
            continue;
        }
        GString *fj = g_string_new(NULL);
        if (save_field(b, f, (uint8_t *)base + f->offset, base, fj)) {
            if (!first) {
                g_string_append_c(j, ',');
            }
            first = false;
            g_string_append(j, fj->str);
        }
        g_string_free(fj, TRUE);
    }
    g_string_append_c(j, ']');
    bool any = false;
    for (const SnapSection *const *s = sec->subsections; s && *s; s++) {
        if (!(*s)->needed || !(*s)->needed(base)) {
            continue;
        }
        g_string_append(j, any ? "," : ",\"subsections\":[");
        any = true;
        put_be(b, 0x05, 1);
        put_be(b, strlen((*s)->name), 1);
        g_byte_array_append(b, (const guint8 *)(*s)->name,
                            (guint)strlen((*s)->name));
        put_be(b, (*s)->version, 4);
        save_desc(b, *s, base, j);
    }
    if (any) {
        g_string_append_c(j, ']');
    }
    g_string_append_c(j, '}');
}

void qemu_vmstate_save(GByteArray *b, const SnapSection *sec, void *base,
                       GString *j)
{
    save_desc(b, sec, base, j);
}

/* ---- the machine's values in QEMU's layout ---- */

static uint64_t val_u(GHashTable *idx, const char *name)
{
    SnapVal *v = g_hash_table_lookup(idx, name);
    return v ? v->u : 0;
}

static uint8_t val_byte(GHashTable *idx, const char *name, uint32_t i)
{
    SnapVal *v = g_hash_table_lookup(idx, name);
    gsize n = 0;
    const uint8_t *p = v && v->kind == SV_BYTES ?
                       g_bytes_get_data(v->bytes, &n) : NULL;
    return p && i < n ? p[i] : 0;
}

/* The values farad's own description of an object saves, by name. */
typedef struct Vals {
    GPtrArray *vals;
    GHashTable *idx;
} Vals;

static Vals vals_of(const SnapSection *sec, void *base)
{
    Vals v = { snap_vals_new(), NULL };
    snap_section_save(sec, base, v.vals);
    v.idx = snap_vals_index(v.vals);
    return v;
}

static void vals_free(Vals *v)
{
    g_hash_table_destroy(v->idx);
    g_ptr_array_unref(v->vals);
}

/* QEMU's "sanity" values of a pre-2.8 stream's CPU section, as QEMU 7.2
 * writes them for pseries-2.7 with a POWER7 (its default) and with
 * -cpu POWER8 (QEMU ignores them on load). */
#define P7_MIG_MSR_MASK 0x800000000280ff37ULL
#define P7_MIG_INSNS_FLAGS 0x8000600fe1ff3a61ULL
#define P7_MIG_INSNS_FLAGS2 0x0000000000210fb6ULL
#define P8_MIG_MSR_MASK 0x800000010280ff37ULL
#define P8_MIG_INSNS_FLAGS2 0x000000000023fff6ULL

/* Hypervisor-owned SPRs a pseries partition cannot write, which QEMU
 * 7.2 keeps in its SPR array with fixed values and migrates: AMOR all
 * ones and PSSCR's EC bit (spapr_cpu_reset, every CPU model), and the
 * POWER8-and-later RPR at its reset value. farad has no storage for
 * them (the partition reads zero or traps), but QEMU acts on what it
 * loads: with AMOR zero its guest can no longer change the AMR, which a
 * Linux kernel's KUAP toggles on every user access. */
#define QEMU_SPAPR_AMOR 0xffffffffffffffffULL
/* LPCR[LPES0]: external interrupts go to the partition (spapr_cpu_reset
 * sets it on every CPU; the partition cannot change LPCR). A stream of
 * a guest that farad booted lacked it, and QEMU's TCG then sent the
 * guest's external interrupts (its console input) to a hypervisor. */
#define QEMU_SPAPR_LPCR_LPES0 (1ULL << 3)
#define QEMU_SPAPR_PSSCR_EC 0x0000000000100000ULL
#define QEMU_P8_RPR 0x00000103070f1f3fULL

static void fill_cpu(QCpu *c, PpcCpu *cpu, bool stopped)
{
    const PpcArch *a = &cpu->arch;
    for (unsigned n = 0; n < 1024; n++) {
        switch (n) {
        case 22: case 268: case 269: case 284: case 285: case 286:
        case 308: case 309: case 310: case 351: case 259: case 260:
        case 136: case 3: case 13:
            break;   /* clocks, read-only views and user aliases */
        default:
            if (ppc_spr_name(n)) {
                c->spr[n] = ppc_spr_read(cpu, n);
            }
        }
    }
    c->spr[287] = cpu->pvr;
    /* a stopped CPU (not started, stop-self) without the wake-up bits */
    c->spr[318] = (a->lpcr & ~qemu_lpcr_pm(cpu)) |
                  (stopped ? 0 : qemu_lpcr_pm(cpu)) | QEMU_SPAPR_LPCR_LPES0;
    c->spr[25] = a->sdr1;
    c->spr[464] = a->ptcr;
    c->spr[1023] = a->pir;
    c->spr[8] = a->lr;
    c->spr[9] = a->ctr;
    c->spr[28] = a->cfar;
    /* the DEC as QEMU 8.1 and later save it; QEMU 7.2 ignores it */
    c->spr[22] = ppc_dec_read(cpu);
    c->spr[349] = QEMU_SPAPR_AMOR;
    c->spr[855] |= QEMU_SPAPR_PSSCR_EC;
    if (cpu->isa >= PPC_ISA_207) {
        c->spr[186] = QEMU_P8_RPR;
    }
    memcpy(c->gpr, a->gpr, sizeof(c->gpr));
    for (int i = 0; i < 8; i++) {
        c->crf[i] = (a->cr >> (28 - 4 * i)) & 0xf;
    }
    c->nip = a->nip;
    c->reserve_addr = a->reserve_addr;
    c->msr = a->msr;
    if (c->pre_2_8) {
        bool p8 = cpu->isa >= PPC_ISA_207;
        c->mig_msr_mask = p8 ? P8_MIG_MSR_MASK : P7_MIG_MSR_MASK;
        c->mig_insns_flags = P7_MIG_INSNS_FLAGS;
        c->mig_insns_flags2 = p8 ? P8_MIG_INSNS_FLAGS2 : P7_MIG_INSNS_FLAGS2;
    }
    memcpy(c->fpr, a->fpr, sizeof(c->fpr));
    c->fpscr = (uint64_t)a->fpscr_drn << 32 | a->fpscr;
    for (int i = 0; i < 32; i++) {
        c->avr[2 * i] = a->vr[i].dw[1];
        c->avr[2 * i + 1] = a->vr[i].dw[0];
    }
    c->vscr = a->vscr;
    memcpy(c->vsr, a->fpr_dw1, sizeof(c->vsr));
    c->mig_slb_nr = PPC_SLB_ENTRIES;
    for (int i = 0; i < PPC_SLB_ENTRIES; i++) {
        c->slb[2 * i] = a->slb_esid[i];
        c->slb[2 * i + 1] = a->slb_vsid[i];
    }
}

static uint64_t host_ticks(void)
{
#if defined(__x86_64__)
    return __builtin_ia32_rdtsc();
#else
    return (uint64_t)g_get_monotonic_time() * 1000;
#endif
}

static void fill(QLoad *l, bool running)
{
    Machine *m = l->m;
    SpaprState *s = m->spapr;
    Xics *xics = spapr_xics(m);
    PpcCpu *cpu0 = machine_cpu(m, 0);
    /* QEMU 7.2 keeps no pending interrupt and, under TCG, no DEC: a CPU
     * in H_CEDE whose decrementer expired (where farad's idle CPUs stop,
     * their clock at the deadline) takes it now, as it would next, so
     * the receiver starts in the kernel's timer interrupt, which writes
     * the DEC again, instead of sleeping for a timer it no longer has.
     * A stopped CPU (not started, stop-self) is not woken by interrupts:
     * start-cpu alone runs it, so its expired reset DEC stays pending */
    for (int i = 0; machine_cpu(m, i); i++) {
        if (!s->cpus[i].stopped) {
            ppc_cpu_wake_pending(machine_cpu(m, i));
        }
    }
    /* the guest's time in ns of QEMU's virtual clock (512 MHz TB) */
    uint64_t tb = ppc_timebase(cpu0);
    /* rounded up, so that QEMU's ns * 64 / 125 (rounded down) gives
     * back this TB */
    int64_t vns = (int64_t)(((unsigned __int128)tb * 125 + 63) / 64);
    int64_t host_ns = g_get_real_time() * 1000;
    for (guint i = 0; i < l->entries->len; i++) {
        QEntry *e = l->entries->pdata[i];
        switch (e->kind) {
        case QK_TIMER: {
            QTimer *t = e->state;
            t->ticks_offset = vns;
            t->clock_offset = vns;
            break;
        }
        case QK_ICS: {
            QIcs *q = e->state;
            Vals v = vals_of(&xics_ics_snap, xics_ics_state(xics));
            q->irqs = g_new0(QIcsIrq, q->nr_irqs);
            for (uint32_t k = 0; k < q->nr_irqs; k++) {
                bool hi = k >= XICS_NR_IRQS;
                uint32_t x = hi ? k - XICS_NR_IRQS : k;
                char name[40];
                snprintf(name, sizeof(name), "%s[%u]",
                         hi ? "server_hi" : "server", x);
                q->irqs[k].server = (uint32_t)val_u(v.idx, name);
                q->irqs[k].priority = val_byte(v.idx, hi ? "priority_hi"
                                               : "priority", x);
                q->irqs[k].saved_priority = val_byte(
                    v.idx, hi ? "saved_priority_hi" : "saved_priority", x);
                q->irqs[k].status = val_byte(v.idx, hi ? "status_hi"
                                             : "status", x);
                q->irqs[k].flags = val_byte(v.idx, hi ? "flags_hi" : "flags",
                                            x);
            }
            vals_free(&v);
            break;
        }
        case QK_ICP: {
            QIcp *q = e->state;
            Vals v = vals_of(&xics_icp_snap, xics_icp_state(xics, e->index));
            q->xirr = (uint32_t)val_u(v.idx, "xirr");
            q->pending_priority = (uint8_t)val_u(v.idx, "pending_priority");
            q->mfrr = (uint8_t)val_u(v.idx, "mfrr");
            vals_free(&v);
            break;
        }
        case QK_CPU_COMMON:
            ((QCpuCommon *)e->state)->halted =
                machine_cpu(m, e->index)->arch.halted;
            break;
        case QK_SPAPR_CPU: {
            QSpaprCpu *q = e->state;
            const SpaprCpuState *c = &s->cpus[e->index];
            q->vpa_addr = c->vpa_addr;
            q->slb_shadow_addr = c->slb_shadow_addr;
            q->slb_shadow_size = c->slb_shadow_size;
            q->dtl_addr = c->dtl_addr;
            q->dtl_size = c->dtl_size;
            break;
        }
        case QK_CPU:
            fill_cpu(e->state, machine_cpu(m, e->index),
                     s->cpus[e->index].stopped);
            ((QCpu *)e->state)->compat_pvr = s->compat_pvr;
            break;
        case QK_RTC: {
            uint32_t ns;
            int64_t secs = spapr_rtc_now(m, &ns);
            ((QRtc *)e->state)->ns_offset = secs * 1000000000 + ns - host_ns;
            break;
        }
        case QK_VTY: {
            QVty *q = e->state;
            Vals v = vals_of(e->dev->cls->snap, e->dev);
            q->signal_state = val_u(v.idx, "signal_state");
            q->in = (uint32_t)val_u(v.idx, "in");
            q->out = (uint32_t)val_u(v.idx, "out");
            for (uint32_t k = 0; k < sizeof(q->buf); k++) {
                q->buf[k] = val_byte(v.idx, "buf", k);
            }
            vals_free(&v);
            break;
        }
        case QK_NVRAM: {
            QNvram *q = e->state;
            SpaprNvram *nv = spapr_nvram_find(m);
            q->size = spapr_nvram_size(nv);
            q->buf = g_memdup2(spapr_nvram_data(nv), q->size);
            break;
        }
        case QK_TCE: {
            QTce *q = e->state;
            SpaprPhb *p = l->phbs[e->index >> 8];
            SpaprTceTable *w = &p->tce[e->index & 0xff];
            q->mig_nb_table = w->nb_table;
            q->mig_table = w->nb_table ? g_memdup2(w->table, 8ull * w->nb_table)
                                       : NULL;
            q->def_win = (e->index & 0xff) == 0;
            q->bus_offset = w->nb_table ? w->bus_offset : 0;
            q->page_shift = w->nb_table ? w->page_shift : 0;
            break;
        }
        case QK_PCI: {
            SpaprPhb *copy = e->state;   /* MSI table, compat fields */
            copy->msi = l->phbs[e->index]->msi;
            copy->dev.cls->snap->pre_save(copy);
            break;
        }
        case QK_PCIBUS: {
            QPciBus *q = e->state;
            for (int k = 0; k < SPAPR_PCI_NUM_LSI; k++) {
                q->irq_count[k] = l->phbs[e->index]->lsi_level[k];
            }
            break;
        }
        case QK_SPAPR: {
            QSpapr *q = e->state;
            q->guest_timebase = host_ticks();
            q->time_of_the_day_ns = host_ns;
            for (unsigned n = 0; n < 8 * SPAPR_OV5_BYTES; n++) {
                if (s->ov5_cas[n / 8] & (0x80 >> (n % 8))) {
                    q->ov5[n / 64] |= 1ULL << (n % 64);
                }
            }
            q->patb_entry = s->patb_entry;
            q->has_patb = s->patb_entry != 0;
            q->has_fwnmi = s->fwnmi_mce_addr != UINT64_MAX;
            q->fwnmi_sreset = s->fwnmi_sreset_addr;
            q->fwnmi_mce = s->fwnmi_mce_addr;
            q->fwnmi_interlock = -1;
            /* CAS results are needed where the machine offers more than
             * QEMU 2.7's two options (hotplug events from 2.8 on) */
            q->has_ov5 = !g_str_equal(m->type->name, "pseries-2.7");
            /* cap-htm: on by default up to pseries-2.11 for a POWER8
             * or later CPU (QEMU's default_caps_with_cpu; off for
             * POWER7), farad has it off: the receiver must be told */
            q->caps[0] = 0;
            q->cap_htm_sent = qemu_cap_htm_default(m);
            /* cap-hpt-max-page-size as a page shift (16: 64 KiB), sent
             * from pseries-4.1 on; the property is a power of two of at
             * least 4 KiB (checked when parsed), so never 0 here */
            q->caps[6] = (uint8_t)__builtin_ctzll(
                m->spapr->opts.cap_hpt_max_page_size);
            q->cap_hpt_mps_sent = !g_str_has_prefix(m->type->name,
                                                    "pseries-2.");
            /* the tree the guest has now (after CAS or H_UPDATE_DT) and
             * the size at reset, which bounds H_UPDATE_DT */
            q->dtb_sent = m->spapr->opts.update_dt;
            /* the MSI numbers in use (QEMU's irq_map, pseries-4.0 on):
             * the ICS sources claimed as MSIs from 0x1300 on */
            memset(q->irq_map, 0, sizeof(q->irq_map));
            q->irq_map_sent = false;
            if (!m->spapr->opts.legacy_irq_allocation) {
                Vals v = vals_of(&xics_ics_snap, xics_ics_state(xics));
                uint32_t nr = spapr_irq_nr_msis(m);
                for (uint32_t n = 0; n < nr && n < 64 * QIRQ_MAP_LONGS; n++) {
                    uint32_t k = SPAPR_IRQ_MSI - XICS_IRQ_BASE + n;
                    bool hi = k >= XICS_NR_IRQS;
                    if (val_byte(v.idx, hi ? "flags_hi" : "flags",
                                 hi ? k - XICS_NR_IRQS : k) & 0x2) {
                        q->irq_map[n / 64] |= 1ULL << (n % 64);
                        q->irq_map_sent = true;
                    }
                }
                vals_free(&v);
            }
            g_free(q->fdt_blob);
            q->fdt_size = fdt_totalsize(m->fdt);
            q->fdt_initial_size = m->spapr->fdt_initial_size;
            q->fdt_blob = g_memdup2(m->fdt, q->fdt_size);
            break;
        }
        case QK_GLOBAL: {
            QGlobal *q = e->state;
            const char *st = running ? "running" : "paused";
            q->size = (uint32_t)strlen(st) + 1;
            memcpy(q->runstate, st, strlen(st));
            break;
        }
        default:
            qemu_xive_fill(m, e);
            qemu_vio_fill(e);
            if (qemu_virtio_kind(e)) {
                qemu_virtio_fill(e);
            }
            break;
        }
    }
}

/* ---- the stream ---- */

static void section_header(GByteArray *b, unsigned type, uint32_t id,
                           const char *idstr, uint32_t inst, uint32_t ver)
{
    put_be(b, type, 1);
    put_be(b, id, 4);
    put_be(b, strlen(idstr), 1);
    g_byte_array_append(b, (const guint8 *)idstr, (guint)strlen(idstr));
    put_be(b, inst, 4);
    put_be(b, ver, 4);
}

static void footer(GByteArray *b, uint32_t id)
{
    put_be(b, 0x7e, 1);
    put_be(b, id, 4);
}

static bool page_zero(const uint8_t *p)
{
    for (unsigned i = 0; i < QPAGE; i += 8) {
        uint64_t x;
        memcpy(&x, p + i, 8);
        if (x) {
            return false;
        }
    }
    return true;
}

static void ram_pages(GByteArray *b, const Machine *m)
{
    for (uint64_t a = 0; a < m->ram_size; a += QPAGE) {
        const uint8_t *p = m->ram + a;
        bool zero = page_zero(p);
        put_be(b, a | (zero ? 0x02 : 0x08) | (a ? 0x20 : 0), 8);
        if (!a) {
            put_be(b, strlen(QEMU_RAM_BLOCK), 1);
            g_byte_array_append(b, (const guint8 *)QEMU_RAM_BLOCK,
                                (guint)strlen(QEMU_RAM_BLOCK));
        }
        if (zero) {
            put_be(b, 0, 1);
        } else {
            g_byte_array_append(b, p, QPAGE);
        }
    }
    put_be(b, 0x10, 8);   /* EOS */
}

/* The valid HPTEs in runs (QEMU's first pass), dirty marks cleared. */
static void htab_runs(GByteArray *b, const SpaprState *s)
{
    put_be(b, 0, 4);
    uint64_t n = s->htab_bytes / 16;
    for (uint64_t i = 0; i < n;) {
        if (!(s->htab[16 * i + 7] & 1)) {
            i++;
            continue;
        }
        uint64_t start = i;
        while (i < n && (s->htab[16 * i + 7] & 1) && i - start < 0xffff) {
            i++;
        }
        put_be(b, start, 4);
        put_be(b, i - start, 2);
        put_be(b, 0, 2);
        for (uint64_t k = start; k < i; k++) {
            uint8_t e[16];
            memcpy(e, s->htab + 16 * k, 16);
            e[7] &= (uint8_t)~0x40;   /* QEMU's HPTE64_V_HPTE_DIRTY */
            g_byte_array_append(b, e, 16);
        }
    }
    put_be(b, 0, 8);   /* index 0, no valid, no invalid: the end */
}

GByteArray *snap_qemu_save_stream(Machine *m, bool running)
{
    QLoad l = { .m = m };
    l.entries = g_ptr_array_new_with_free_func(entry_free);
    build_entries(&l);
    fill(&l, running);
    SpaprState *s = m->spapr;
    GByteArray *b = g_byte_array_new();
    put_be(b, 0x5145564d, 4);
    put_be(b, 3, 4);
    put_be(b, 0x07, 1);
    put_be(b, strlen(m->type->name), 4);
    g_byte_array_append(b, (const guint8 *)m->type->name,
                        (guint)strlen(m->type->name));
    QEntry *ram = find_entry(&l, "ram", 0), *htab = find_entry(&l,
                                                             "spapr/htab", 0);
    /* section ids: 2 + the position in the entry list (QEMU matches a
     * PART or END to the last START of its id, and id 0 to any entry
     * not loaded yet) */
    uint32_t ram_id = 2, htab_id = 3;
    section_header(b, 0x01, ram_id, "ram", 0, ram->version);
    put_be(b, m->ram_size | 0x04, 8);
    put_be(b, strlen(QEMU_RAM_BLOCK), 1);
    g_byte_array_append(b, (const guint8 *)QEMU_RAM_BLOCK,
                        (guint)strlen(QEMU_RAM_BLOCK));
    put_be(b, m->ram_size, 8);
    put_be(b, 0x10, 8);
    footer(b, ram_id);
    bool hpt = s->htab && s->htab_active;
    section_header(b, 0x01, htab_id, "spapr/htab", 0, htab->version);
    put_be(b, hpt ? s->htab_shift : 0xffffffffu, 4);
    footer(b, htab_id);
    put_be(b, 0x02, 1);
    put_be(b, ram_id, 4);
    ram_pages(b, m);
    footer(b, ram_id);
    if (hpt) {
        put_be(b, 0x02, 1);
        put_be(b, htab_id, 4);
        htab_runs(b, s);
        footer(b, htab_id);
    }
    put_be(b, 0x03, 1);
    put_be(b, ram_id, 4);
    put_be(b, 0x10, 8);
    footer(b, ram_id);
    put_be(b, 0x03, 1);
    put_be(b, htab_id, 4);
    if (hpt) {
        put_be(b, 0, 4);
        put_be(b, 0, 8);
    } else {
        put_be(b, 0xffffffffu, 4);
    }
    footer(b, htab_id);
    GString *j = g_string_new("{\"page_size\":4096,\"devices\":[");
    bool first = true;
    for (guint i = 0; i < l.entries->len; i++) {
        QEntry *e = l.entries->pdata[i];
        const SnapSection *sec = qemu_entry_section(e);
        if (!sec && !qemu_virtio_kind(e)) {
            continue;   /* ram, spapr/htab */
        }
        uint32_t id = i + 2;
        section_header(b, 0x04, id, e->idstr, e->instance, e->version);
        GString *dj = g_string_new(NULL);
        if (sec) {
            save_desc(b, sec, e->state, dj);
        } else {
            qemu_virtio_save(e, b, dj);
        }
        footer(b, id);
        /* vmdesc: {"name", "instance_id", then the description} */
        g_string_append(j, first ? "{" : ",{");
        first = false;
        g_string_append(j, "\"name\":");
        json_str(j, e->idstr);
        g_string_append_printf(j, ",\"instance_id\":%u,", e->instance);
        g_string_append(j, dj->str + 1);
        g_string_free(dj, TRUE);
    }
    g_string_append(j, "]}");
    put_be(b, 0x00, 1);   /* EOF */
    put_be(b, 0x06, 1);
    put_be(b, j->len, 4);
    g_byte_array_append(b, (const guint8 *)j->str, (guint)j->len);
    g_string_free(j, TRUE);
    g_ptr_array_unref(l.entries);
    g_free(l.phbs);
    return b;
}
