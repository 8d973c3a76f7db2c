/* SPDX-License-Identifier: MIT */
/*
 * The sPAPR platform around the CPU (see spapr.h): machine options with
 * their compat rows, the CPU model (cpu-models.c), interrupt numbering
 * (pseries-7.2: QEMU's fixed numbers, VIO 0x1100 + reg, PHB LSIs 0x1200
 * + index * 4, MSIs from 0x1300; pseries-2.x: QEMU's legacy allocator,
 * event sources first from 0x1000, then devices in creation order),
 * default and -device devices, the virtual RTC and the seeded random
 * stream. Nothing here reads host state
 * unless the command line asks for host time (-rtc base=utc, QEMU's
 * default, or localtime: the base only; clock=host: every read).
 */
#include <string.h>
#include <time.h>

#include "board.h"
#include "cpu-models.h"
#include "machine-types.h"
#include "platform.h"
#include "spapr.h"
#include "spapr-events.h"
#include "vof.h"
#include "smp.h"
#include "scsi.h"
#include "spapr-irq.h"
#include "xics.h"

#define DEFAULT_SEED 0x6661726164ULL        /* "farad" */
#define DEFAULT_RTC_EPOCH 946684800LL       /* 2000-01-01T00:00:00Z */

/* ---- machine capabilities and the interrupt controller mode ---- */

/* cap-htm: farad has no transactional memory, so only off. */
static bool check_cap_htm(const PropDesc *p, const char *val,
                          const char *who, GError **err)
{
    bool on = false;
    prop_parse_bool(val, &on);   /* the type checked the syntax */
    if (on) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: %s=on: farad does not emulate transactional "
                    "memory (use %s=off)", who, p->name, p->name);
        return false;
    }
    return true;
}

/* cap-vsx: on is accepted, the instructions are not there. */
static char *caveat_cap_insns(const PropDesc *p, const char *val)
{
    bool on = false;
    if (!prop_parse_bool(val, &on) || !on) {
        return NULL;
    }
    char *insns = g_ascii_strup(p->name + strlen("cap-"), -1);
    char *line = g_strdup_printf("%s=on: %s instructions are not emulated "
                                 "and raise illegal-instruction interrupts",
                                 p->name, insns);
    g_free(insns);
    return line;
}

/* cap-hpt-max-page-size: a power of two of at least 4 KiB, with QEMU
 * 7.2's words for both refusals. */
static bool check_cap_hpt_max_page_size(const PropDesc *p, const char *val,
                                        const char *who, GError **err)
{
    uint64_t size = 0;
    (void)prop_parse_u64(val, &size);   /* the U64 syntax is checked first */
    if (size == 0 || (size & (size - 1))) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: %s must be a power of 2", who, p->name);
        return false;
    }
    if (size < 4096) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: Require at least 4kiB hpt-max-page-size", who);
        return false;
    }
    return true;
}

/* Below 64 KiB QEMU 7.2 warns and goes on; so does farad. */
static char *caveat_cap_hpt_max_page_size(const PropDesc *p,
                                          const char *val)
{
    uint64_t size = 0;
    if (!prop_parse_u64(val, &size) || size >= 0x10000) {
        return NULL;
    }
    return g_strdup_printf("%s=%s: Many guests require at least 64kiB "
                           "hpt-max-page-size", p->name, val);
}

/* cap-cfpc, cap-sbbc, cap-ibs: QEMU's speculation-mitigation levels. */
static bool check_cap_mitigation(const PropDesc *p, const char *val,
                                 const char *who, GError **err)
{
    static const char *const levels[] = { "broken", "workaround", "fixed",
                                          "fixed-ibs", "fixed-ccd",
                                          "fixed-na" };
    for (size_t i = 0; i < G_N_ELEMENTS(levels); i++) {
        if (!strcmp(val, levels[i])) {
            return true;
        }
    }
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                "%s: invalid value '%s' for %s (broken, workaround, fixed)",
                who, val, p->name);
    return false;
}

static bool check_ic_mode(const PropDesc *p, const char *val,
                          const char *who, GError **err)
{
    if (strcmp(val, "xics") && strcmp(val, "xive") && strcmp(val, "dual")) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: %s must be xics, xive or dual, not '%s'", who,
                    p->name, val);
        return false;
    }
    return true;
}

/* The rows the command line used to check by itself: their errors name
 * the option, as they always have. */
#define CAP_BOOL(n, f, d, h, chk, cav) \
    PROP_BOOL_CHECKED(n, SpaprMachineOpts, f, d, h, chk, cav, "-machine")
#define CAP_STR(n, f, d, h, chk, cav) \
    PROP_STR_CHECKED(n, SpaprMachineOpts, f, d, h, chk, cav, "-machine")

/* Defaults are pseries-7.2's; older types change them with compat rows
 * (machine-types.c). The caps take QEMU 7.2's defaults except where
 * farad does not have the feature: cap-htm (QEMU's pseries-2.11 and
 * older say on, which QEMU's TCG refuses; farad runs them without),
 * cap-vsx (on in QEMU, off until it is emulated). */
static const PropDesc spapr_machine_props[] = {
    PROP_STR("cpu-type", SpaprMachineOpts, cpu_type, "POWER9",
             "CPU model (POWER9, POWER8, POWER7; -cpu sets it)"),
    PROP_BOOL("modern-hotplug-events", SpaprMachineOpts,
              modern_hotplug_events, true),
    PROP_BOOL("x-legacy-phb-placement", SpaprMachineOpts,
              legacy_phb_placement, false),
    PROP_U64("seed", SpaprMachineOpts, seed, 0),
    PROP_BOOL("cap-fwnmi", SpaprMachineOpts, cap_fwnmi, true),
    PROP_BOOL("cap-large-decr", SpaprMachineOpts, cap_large_decr, true),
    PROP_U64_CHECKED("cap-hpt-max-page-size", SpaprMachineOpts,
                     cap_hpt_max_page_size, 0x10000,
                     "largest HPT page size offered (a power of 2, at "
                     "least 4K)", check_cap_hpt_max_page_size,
                     caveat_cap_hpt_max_page_size,
                     "-machine"),
    CAP_BOOL("cap-htm", cap_htm, false,
             "transactional memory (not emulated: off only)",
             check_cap_htm, NULL),
    CAP_BOOL("cap-vsx", cap_vsx, false,
             "VSX (not emulated: illegal-instruction interrupts)",
             NULL, caveat_cap_insns),
    CAP_BOOL("cap-dfp", cap_dfp, true,
             "decimal floating point (the CPU node's ibm,dfp)", NULL, NULL),
    CAP_BOOL("cap-ccf-assist", cap_ccf_assist, true,
             "count cache flush assist", NULL, NULL),
    CAP_STR("cap-cfpc", cap_cfpc, "workaround",
            "cache flush on privilege change (broken, workaround, fixed)",
            check_cap_mitigation, NULL),
    CAP_STR("cap-sbbc", cap_sbbc, "workaround",
            "speculation barrier bounds checking (broken, workaround, "
            "fixed)", check_cap_mitigation, NULL),
    CAP_STR("cap-ibs", cap_ibs, "workaround",
            "indirect branch speculation (broken, workaround, fixed-ibs, "
            "fixed-ccd, fixed-na)", check_cap_mitigation, NULL),
    CAP_STR("ic-mode", ic_mode, "dual",
            "interrupt controller offered (xics, xive, dual: the guest "
            "chooses at CAS)",
            check_ic_mode, NULL),
    PROP_STR("resize-hpt", SpaprMachineOpts, resize_hpt, "enabled",
             "HPT resizing offered to the guest (enabled, disabled, "
             "required: CAS fails for a hash guest without it)"),
    PROP_U32("vsmt", SpaprMachineOpts, vsmt, 0),
    PROP_BOOL("x-smp-threads-vsmt", SpaprMachineOpts, smp_threads_vsmt,
              true),
    PROP_BOOL("x-prefer-sockets", SpaprMachineOpts, prefer_sockets, false),
    PROP_BOOL("x-legacy-irq-allocation", SpaprMachineOpts,
              legacy_irq_allocation, false),
    PROP_BOOL("x-dr-phb", SpaprMachineOpts, dr_phb, true),
    PROP_BOOL("x-nvdimm", SpaprMachineOpts, nvdimm, true),
    PROP_BOOL("x-linux-pci-probe", SpaprMachineOpts, linux_pci_probe, true),
    PROP_BOOL("x-pre-5.2-numa-associativity", SpaprMachineOpts,
              pre_5_2_numa, false),
    PROP_BOOL("x-update-dt", SpaprMachineOpts, update_dt, true),
    CAP_BOOL("x-vof", vof, false, "Virtual Open Firmware: vof.bin and "
             "the client interface instead of SLOF", NULL, NULL),
    PROP_END
};

const DeviceClass spapr_machine_class = {
    .name = "spapr-machine",
    .desc = "pseries machine options",
    .size = sizeof(SpaprMachineOpts),
    .props = spapr_machine_props,
    .user_creatable = false,
};

SpaprState *spapr_state(Machine *m)
{
    return m->spapr;
}

uint32_t spapr_vcpu_id(Machine *m, int i)
{
    return (uint32_t)i * m->spapr->vsmt;
}

uint32_t spapr_irq_vio(Machine *m, uint32_t reg)
{
    if (m->spapr->opts.legacy_irq_allocation) {
        return spapr_irq_alloc(m);
    }
    /* QEMU's spapr_vio_reg_to_irq: the low byte of an address farad
     * assigned, 0xf0 + (bits 12..15) for libvirt's vty addresses
     * (0x30000000 + n * 0x1000), bits 12..19 for its other ones */
    uint32_t irq = reg >= SPAPR_VIO_REG_BASE ? (reg & 0xff)
                 : reg >= 0x30000000u ? 0xf0 | ((reg >> 12) & 0xf)
                 : (reg >> 12) & 0xff;
    irq |= SPAPR_IRQ_VIO;
    return spapr_irq_claim(m, irq, false) ? irq : 0;
}

uint32_t spapr_irq_phb_lsi(Machine *m, uint32_t index, unsigned pin)
{
    if (m->spapr->opts.legacy_irq_allocation) {
        return spapr_irq_claim_next(m, true);
    }
    uint32_t irq = SPAPR_IRQ_PCI_LSI + index * 4 + pin;
    return spapr_irq_claim(m, irq, true) ? irq : 0;
}

uint32_t spapr_irq_nr_msis(Machine *m)
{
    return m->spapr->opts.legacy_irq_allocation
        ? XICS_NR_IRQS : XICS_IRQ_BASE + XICS_MAX_IRQS - SPAPR_IRQ_MSI;
}

uint32_t spapr_irq_alloc(Machine *m)
{
    /* QEMU's legacy allocator: the lowest free source, claimed as MSI
     * (VIO devices and event sources are edge-triggered) */
    uint32_t irq = spapr_irq_claim_next(m, false);
    m->spapr->next_irq = irq + 1;
    return irq;
}

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

uint64_t spapr_random(Machine *m)
{
    uint64_t *s = m->spapr->rng;   /* xoshiro256** */
    uint64_t r = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return r;
}

static uint64_t machine_seed(Machine *m)
{
    return m->spapr->opts.seed ? m->spapr->opts.seed : DEFAULT_SEED;
}

static void rng_reset(Machine *m)
{
    uint64_t x = machine_seed(m) ^ 0x48524e44ULL;   /* "HRND" stream */
    for (int i = 0; i < 4; i++) {
        m->spapr->rng[i] = splitmix64(&x);
    }
}

int64_t spapr_rtc_now(Machine *m, uint32_t *ns)
{
    SpaprState *s = m->spapr;
    if (s->opts.rtc_host) {
        const InputJournal *j = &m->journal;   /* via the journal */
        gint64 us = j->ops ? j->ops->host_time_us(j->self)
                           : g_get_real_time();
        if (ns) {
            *ns = (uint32_t)(us % 1000000) * 1000;
        }
        return us / 1000000 + s->rtc_offset;
    }
    /* virtual nanoseconds since power-on, as the timebase counts them
     * (the machine's clock, whichever CPU asks) */
    unsigned __int128 vns =
        (unsigned __int128)smp_vclock(m) << m->cpu->tb_shift;
    if (ns) {
        *ns = (uint32_t)(vns % 1000000000u);
    }
    return s->rtc_base + (int64_t)(vns / 1000000000u) + s->rtc_offset;
}

/* -rtc base=utc|localtime|YYYY-MM-DD[THH:MM:SS],clock=host|vm|rt; NULL
 * (a config that did not come from the command line, which always has a
 * base: cli.c) starts at DEFAULT_RTC_EPOCH. With clock=vm the base is
 * the time at icount 0 and is part of the machine's state (snapshots,
 * hence recordings). */
static bool parse_rtc(Machine *m, const char *arg, GError **err)
{
    SpaprState *s = m->spapr;
    s->rtc_base = DEFAULT_RTC_EPOCH;
    if (!arg) {
        return true;
    }
    gchar **parts = g_strsplit(arg, ",", -1);
    bool ok = true;
    for (int i = 0; ok && parts[i]; i++) {
        const char *p = parts[i];
        if (!strncmp(p, "base=", 5)) {
            const char *v = p + 5;
            if (!strcmp(v, "utc") || !strcmp(v, "localtime")) {
                /* the host's time now, in UTC or as the local clock
                 * reads (QEMU's base=localtime) */
                gint64 now = g_get_real_time() / G_USEC_PER_SEC;
                GDateTime *t = !strcmp(v, "utc")
                    ? g_date_time_new_from_unix_utc(now)
                    : g_date_time_new_from_unix_local(now);
                s->rtc_base = now +
                              g_date_time_get_utc_offset(t) / G_USEC_PER_SEC;
                g_date_time_unref(t);
            } else {
                int y, mo, d, h = 0, mi = 0, se = 0;
                int n = sscanf(v, "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi,
                               &se);
                GDateTime *t = (n == 3 || n == 6)
                    ? g_date_time_new_utc(y, mo, d, h, mi, se) : NULL;
                if (!t) {
                    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                                "-rtc %s: invalid date '%s' (use "
                                "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)", arg, v);
                    ok = false;
                } else {
                    s->rtc_base = g_date_time_to_unix(t);
                    g_date_time_unref(t);
                }
            }
        } else if (!strncmp(p, "clock=", 6)) {
            const char *v = p + 6;
            if (!strcmp(v, "host") || !strcmp(v, "rt")) {
                s->opts.rtc_host = true;
            } else if (strcmp(v, "vm")) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "-rtc %s: clock must be host, rt or vm", arg);
                ok = false;
            }
        } else if (strncmp(p, "driftfix=", 9)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-rtc %s: unknown option '%s'", arg, p);
            ok = false;
        }
    }
    g_strfreev(parts);
    if (ok && s->opts.rtc_host) {
        s->rtc_offset = s->rtc_base - g_get_real_time() / G_USEC_PER_SEC;
        if (!strstr(arg, "base=")) {
            s->rtc_offset = 0;
        }
    }
    return ok;
}

/* Did -machine (or -cpu) give property name? */
static bool machine_prop_given(Machine *m, const char *name)
{
    GPtrArray *mp = m->cfg.machine_props;
    size_t n = strlen(name);
    for (guint i = 0; mp && i < mp->len; i++) {
        const char *kv = g_ptr_array_index(mp, i);
        if (!strncmp(kv, name, n) && (kv[n] == '=' || kv[n] == 0)) {
            return true;
        }
    }
    return false;
}

static bool apply_machine_opts(Machine *m, GError **err)
{
    SpaprMachineOpts *o = &m->spapr->opts;
    if (!device_apply_config(m, &spapr_machine_class, o, err)) {
        return false;
    }
    GPtrArray *mp = m->cfg.machine_props;
    for (guint i = 0; mp && i < mp->len; i++) {
        const char *kv = g_ptr_array_index(mp, i);
        const char *eq = strchr(kv, '=');
        char *k = g_strndup(kv, eq ? (size_t)(eq - kv) : strlen(kv));
        bool ok = props_set(spapr_machine_props, o, k, eq ? eq + 1 : "on",
                            "-machine", err);
        g_free(k);
        if (!ok) {
            return false;
        }
    }
    const CpuModel *cpu = cpu_model_find(o->cpu_type);
    if (!cpu) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-machine: cpu-type '%s' is not a CPU model farad knows "
                    "(POWER9, POWER8, POWER7)", o->cpu_type);
        return false;
    }
    SpaprState *s = m->spapr;
    s->cpu_model = cpu;
    s->pvr = cpu->pvr;
    s->cpu_name = cpu->name;
    /* cap-large-decr: the type's default holds only for a CPU that has
     * one (QEMU turns it off for older models); asked for, it must */
    s->large_decr = o->cap_large_decr && cpu->large_dec_bits;
    if (o->cap_large_decr && !cpu->large_dec_bits &&
        machine_prop_given(m, "cap-large-decr")) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-machine cap-large-decr=on: large decrementer only "
                    "supported on POWER9 (try -cpu POWER9)");
        return false;
    }
    /* QEMU 6.2+: vCPU ids are consecutive (vsmt = threads = 1); before,
     * vsmt is 8 so ids go 0, 8, 16... */
    s->vsmt = o->vsmt ? o->vsmt : o->smp_threads_vsmt ? 1 : 8;
    return true;
}

bool spapr_platform_init(Machine *m, GError **err)
{
    m->type = machine_type_find(m->cfg.machine_type);
    if (!m->type) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-machine %s: unsupported machine type (use -machine "
                    "help)", m->cfg.machine_type);
        return false;
    }
    if (!machine_type_check(m->type, m->cfg.board, NULL, err)) {
        return false;
    }
    SpaprState *s = g_new0(SpaprState, 1);
    m->spapr = s;
    s->next_irq = SPAPR_IRQ_BASE;
    s->next_vio_reg = SPAPR_VIO_REG_BASE;
    s->opts.dev.cls = &spapr_machine_class;
    s->opts.dev.machine = m;
    if (!apply_machine_opts(m, err) || !parse_rtc(m, m->cfg.rtc, err)) {
        return false;
    }
    if (!spapr_irq_init(m, err)) {
        return false;
    }
    if (s->opts.vof) {
        s->vof = g_new0(Vof, 1);
    }
    m->cpu->pvr = s->pvr;
    m->cpu->isa = s->cpu_model->isa;
    m->cpu->large_decr = s->large_decr;
    rng_reset(m);

    /* event sources: EPOW, then the hot-plug source (2.8 and later) */
    s->irq_epow = spapr_irq_alloc(m);
    if (s->opts.modern_hotplug_events) {
        s->irq_hotplug = spapr_irq_alloc(m);
    }
    /* default devices: a vty per serial backend, then the nvram */
    if (m->cfg.serial_stdio && !device_create(m, "spapr-vty", NULL, err)) {
        return false;
    }
    if (!device_create(m, "spapr-nvram", NULL, err)) {
        return false;
    }

    /* the board's own (pseries: the PCI host bridge index 0),
     * -nodefaults or not */
    const Board *b = m->cfg.board;
    if (b->default_devices && !b->default_devices(m, err)) {
        return false;
    }
    /* then, as in QEMU 7.2's machine init, the NICs of -nic or QEMU's
     * default one (spapr-vlan.c): their VIO interrupts come after the
     * PHB's LSIs on the machine types that allocate in order */
    if (!spapr_vlan_create_default(m, err)) {
        return false;
    }
    /* and after them the VSCSI adapters of the if=scsi drives, the
     * default CD-ROM's among them (scsi.h) */
    if (!spapr_vscsi_create_default(m, err)) {
        return false;
    }
    GPtrArray *devs = m->cfg.devices;
    for (guint i = 0; devs && i < devs->len; i++) {
        if (!device_create_from_arg(m, g_ptr_array_index(devs, i), err)) {
            return false;
        }
    }
    if (b->drive_devices && !b->drive_devices(m, err)) {
        return false;
    }
    spapr_platform_reset(m);
    return true;
}

void spapr_platform_reset(Machine *m)
{
    SpaprState *s = m->spapr;
    memset(s->cpus, 0, sizeof(s->cpus));
    memset(s->ov5_cas, 0, sizeof(s->ov5_cas));
    s->compat_pvr = 0;
    s->cas_pre_isa3 = false;
    spapr_events_clear(m);
    s->fwnmi_sreset_addr = s->fwnmi_mce_addr = UINT64_MAX;
    rng_reset(m);
    s->patb_entry = 0;    /* hash mode, no process table */
    spapr_hpt_reset(m);   /* handed to every CPU once all exist: machine.c */
    spapr_irq_reset(m);
    device_reset_all(m);
}

void spapr_platform_free(Machine *m)
{
    device_free_all(m);
    if (m->spapr) {
        props_free(spapr_machine_props, &m->spapr->opts);
        spapr_irq_free(m);
        if (m->spapr->vof) {
            vof_free(m->spapr->vof);
            g_free(m->spapr->vof);
        }
        g_free(m->spapr->vof_image);
        if (m->spapr->unplugged) {
            g_ptr_array_free(m->spapr->unplugged, TRUE);
        }
        if (m->spapr->hotplug_set) {
            m->spapr->hotplug_set_free(m->spapr->hotplug_set);
        }
        spapr_hpt_free(m->spapr);
        g_free(m->spapr);
        m->spapr = NULL;
    }
}

void spapr_guest_fatal(Machine *m, PpcCpu *cpu, const char *msg)
{
    fflush(stdout);
    fprintf(stderr, "farad: %s\n", msg);
    m->stop = true;
    m->exit = MACHINE_EXIT_ERROR;
    cpu->exit_request = true;
}

bool spapr_check_ram_size(uint64_t bytes, GError **err)
{
    uint64_t rma = bytes ? 1ULL << (63 - __builtin_clzll(bytes)) : 0;
    if (rma < SPAPR_MIN_RMA) {
        /* QEMU 7.2 prints "80ldMiB" (a format typo); the intended text */
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "pSeries SLOF firmware requires >= %lluMiB guest RMA "
                    "(Real Mode Area memory)",
                    (unsigned long long)(SPAPR_MIN_RMA >> 20));
        return false;
    }
    if (bytes % SPAPR_MEMORY_BLOCK) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Memory size 0x%llx is not aligned to %llu MiB",
                    (unsigned long long)bytes,
                    (unsigned long long)(SPAPR_MEMORY_BLOCK >> 20));
        return false;
    }
    return true;
}

bool spapr_ram_ok(Machine *m, uint64_t addr, uint64_t len)
{
    return addr < m->ram_size && m->ram_size - addr >= len;
}

uint32_t spapr_ld32(Machine *m, uint64_t addr)
{
    const uint8_t *p = m->ram + addr;
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
           (uint32_t)p[2] << 8 | p[3];
}

void spapr_st32(Machine *m, uint64_t addr, uint32_t v)
{
    uint8_t b[4] = { v >> 24, v >> 16, v >> 8, v };
    spapr_write_ram(m, addr, b, 4);
}

void spapr_write_ram(Machine *m, uint64_t addr, const void *buf,
                     uint64_t len)
{
    if (len == 0) {   /* buf may be NULL then (an empty value) */
        return;
    }
    memcpy(m->ram + addr, buf, len);
    ppc_invalidate_code(m->cpu, addr, len);
}
