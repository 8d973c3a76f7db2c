/* SPDX-License-Identifier: MIT */
/*
 * -incoming: loading a whole pseries machine from a QEMU 7.2 migration
 * stream (pseries-2.7, pseries-2.8, pseries-7.2 with any ic-mode: XICS,
 * and XIVE through qemu-xive.c). The stream is read as QEMU's loader
 * reads it (migration/savevm.c, ram.c, vmstate.c): header,
 * CONFIGURATION with its machine-type check, the iterative "ram" and
 * "spapr/htab" sections, then every device section by name and
 * instance, each through a description in QEMU's own layout
 * (qemu-vmstate.c), with QEMU's refusals word for word. Everything
 * lands in scratch memory first; only a stream that loaded to its EOF
 * marker is applied to the machine, so a refused stream changes nothing.
 *
 * Mapping onto farad (docs/snapshots.md, "Whole machines to and from
 * QEMU 7.2"): registers and SPRs by number; the timebase from QEMU's
 * virtual clock (the timer section) as the CPU's timebase offset from
 * farad's instruction-count clock, the DEC left counting on it as QEMU
 * leaves it; the RTC (spapr/rtc plus spapr's time of day) as farad's
 * RTC offset; XICS sources and presenters, XIVE's sources, EAS and END
 * tables and thread contexts (and the controller CAS chose), the VTY,
 * NVRAM, each PHB's TCE tables, MSI table and INTx levels, the HPT,
 * option vector 5 and RAM. QEMU's TCG-only internals (hflags,
 * interrupt_request, the host ticks in spapr's guest_timebase) have no
 * farad counterpart and are read and dropped.
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include "qemu-sections.h"
#include "qemu-vmstate.h"
#include "qemu-vio.h"
#include "qemu-virtio.h"
#include "qemu-xive.h"
#include "snap-int.h"
#include "snap-platform.h"
#include "core/machine/device.h"
#include "core/machine/machine-types.h"
#include "core/machine/platform.h"
#include "core/machine/spapr.h"
#include "core/machine/spapr-irq.h"
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
        /* QEMU allocates what the stream asks for; farad keeps an HPT
         * to 1/2 of RAM (H_RESIZE_HPT's bound) */
        if (hdr < 18 || (1ULL << MIN(hdr, 62)) > l->m->ram_size / 2) {
            qin_report(in, "Failed to allocate HTAB of requested size, try "
                       "with smaller maxmem");
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

static void spapr_cpu_seen_sub(void *opaque, const SnapSection *sub)
{
    QSpaprCpu *c = opaque;
    c->has_vpa |= sub == &q_spapr_cpu_vpa;
    c->has_slb_shadow |= sub == &q_spapr_cpu_slb_shadow;
    c->has_dtl |= sub == &q_spapr_cpu_dtl;
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
    s->has_fwnmi |= sub == &q_spapr_fwnmi;
    s->cap_htm_sent |= sub == &q_cap_htm;
    s->irq_map_sent |= sub == &q_spapr_irq_map;
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
    case QK_SPAPR_CPU:
        in->seen_sub = spapr_cpu_seen_sub;
        in->seen_opaque = e->state;
        return qemu_vmstate_load(in, &q_spapr_cpu, e->state, version);
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
    case QK_SPAPR: {
        QSpapr *s = e->state;
        in->seen_sub = spapr_seen_sub;
        in->seen_opaque = s;
        ret = qemu_vmstate_load(in, &q_spapr, s, version);
        /* spapr_caps.c's post-migration check, for the one capability
         * farad cannot give: HTM (absent: the machine type's default) */
        unsigned htm = s->cap_htm_sent ? s->caps[0] : qemu_cap_htm_default(l->m);
        if (!ret && htm > 0) {
            qin_report(in, "cap-htm higher level (%u) in incoming stream "
                       "than on destination (0)", htm);
            ret = -EINVAL;
        }
        return ret;
    }
    case QK_GLOBAL:
        return qemu_vmstate_load(in, &q_global, e->state, version);
    case QK_XIVE_SOURCE:
    case QK_SPAPR_XIVE:
    case QK_XIVE_TCTX:
        ret = qemu_vmstate_load(in, qemu_entry_section(e), e->state,
                                version);
        return ret ? ret : qemu_xive_check(in, e);
    case QK_VIRTIO:
        return qemu_virtio_load(in, l, e, version);
    default:
        return qemu_vio_kind(e) ? qemu_vio_load(in, e, version) : -EINVAL;
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

static int section_start_full(QIn *in, QLoad *l)
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
            ret = section_start_full(in, l);
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
    /* A writer that keeps the DEC in spr[DECR] (farad; QEMU from 8.1
     * on) resumes it; QEMU 7.2 under TCG never fills that slot (0). */
    if (c->spr[22]) {
        ppc_dec_write(cpu, c->spr[22]);
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
    g_free(p->msi_devs);
    p->msi_devs = copy->msi_devs;   /* post_load makes them the table */
    p->msi_devs_num = copy->msi_devs_num;
    copy->msi_devs = NULL;
    spapr_phb_post_load(p);
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
    /* FWNMI entry points: unregistered unless sent (QEMU's -1); farad
     * delivers no machine checks, so QEMU's interlock has no place */
    s->fwnmi_sreset_addr = q->has_fwnmi ? q->fwnmi_sreset : UINT64_MAX;
    s->fwnmi_mce_addr = q->has_fwnmi ? q->fwnmi_mce : UINT64_MAX;
    /* the MSI numbers in use: the ICS flags (applied before) hold them
     * with XICS; without it (ic-mode=xive) farad's allocator takes them
     * from the map, so that it hands none of them out again */
    if (q->irq_map_sent && !s->opts.legacy_irq_allocation) {
        uint32_t nr = spapr_irq_nr_msis(l->m);
        for (uint32_t n = 0; n < nr && n < 64 * QIRQ_MAP_LONGS; n++) {
            uint32_t irq = SPAPR_IRQ_MSI + n;
            if ((q->irq_map[n / 64] >> (n % 64) & 1) &&
                !xics_irq_claimed(s->xics, irq)) {
                spapr_irq_claim(l->m, irq, false);
            }
        }
    }
}

static bool page_is_zero(const uint8_t *p)
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
        } else if (pg->fill || !page_is_zero(dst)) {
            memset(dst, pg->fill, QPAGE);   /* (QEMU's zero-page rule: an
                                               untouched page stays so) */
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
        case QK_SPAPR_CPU: {
            /* what the stream leaves out is unregistered (QEMU sends each
             * part while it is registered) */
            QSpaprCpu *q = e->state;
            SpaprCpuState *c = &s->cpus[e->index];
            c->vpa_addr = q->has_vpa ? q->vpa_addr : 0;
            c->slb_shadow_addr = q->has_slb_shadow ? q->slb_shadow_addr : 0;
            c->slb_shadow_size = q->has_slb_shadow ? q->slb_shadow_size : 0;
            c->dtl_addr = q->has_dtl ? q->dtl_addr : 0;
            c->dtl_size = q->has_dtl ? q->dtl_size : 0;
            break;
        }
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
        case QK_XIVE_SOURCE:
        case QK_SPAPR_XIVE:
        case QK_XIVE_TCTX:
            qemu_xive_apply(m, e);
            break;
        case QK_VIRTIO:
            qemu_virtio_apply(e);
            break;
        default:
            qemu_vio_apply(e);
            break;
        }
    }
    /* halted without LPCR's wake-up bits: stopped (QEMU's reset and
     * stop-self); with them: ceded, woken by its next interrupt */
    for (int i = 0; machine_cpu(m, i); i++) {
        PpcCpu *c = machine_cpu(m, i);
        s->cpus[i].stopped = c->arch.halted &&
                             !(c->arch.lpcr & qemu_lpcr_pm(c));
    }
    /* QEMU's spapr_irq_post_load: XIVE when CAS chose it (option vector
     * 5), XICS otherwise */
    spapr_irq_update_active(m);
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
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_REPORTS, "%s", in.msg->str);
    }
    g_string_free(in.msg, TRUE);
    g_ptr_array_unref(l.entries);
    g_array_free(l.pages, TRUE);
    g_array_free(l.hptes, TRUE);
    g_free(l.phbs);
    return ok;
}
