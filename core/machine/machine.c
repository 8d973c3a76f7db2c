/* SPDX-License-Identifier: MIT */
/*
 * The pseries machine, top to bottom: RAM, the CPU wired to the
 * platform's services, the device tree, boot images, and the run loop.
 * Boot paths follow spec/boot-protocol.md and QEMU 7.2's pseries: the
 * firmware (-bios, by default QEMU's slof.bin, or vof.bin with x-vof=on:
 * firmware.c) is a raw image at 0 entered at 0x100 with r3 = device tree
 * and MSR = 0 (vof-boot.c sets vof.bin's entry state), and a -kernel ELF
 * waits for it at KERNEL_LOAD_ADDR; with -bios none the -kernel ELF is
 * entered at its entry point with r3 = device tree, r5 = 0.
 */
#include <libfdt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "platform.h"
#include "smp.h"
#include "base/symbols.h"
#include "spapr.h"
#include "hcall.h"
#include "vof.h"
#include "plugins/host.h"
#include "core/block/block.h"
#include "core/net/net.h"

#define FDT_MAX_SIZE 0x200000ULL   /* room QEMU leaves for the tree */
#define FDT_MAX_ADDR 0x80000000ULL /* the tree sits below 2 GiB */
#define BIOS_MAX_SIZE (4ULL << 20)
#define RUN_CHUNK 4000000          /* instructions between host checks */

static void free_run_hooks(Machine *m);

static bool check_accel(const PropDesc *p, const char *val, const char *who,
                        GError **err)
{
    if (strcmp(val, "tcg")) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: %s=%s: only tcg (interpretation) exists", who,
                    p->name, val);
        return false;
    }
    return true;
}

const PropDesc machine_config_props[] = {
    PROP_STR("dumpdtb", MachineConfig, dumpdtb, NULL,
             "write the device tree to FILE and exit"),
    PROP_STR_CHECKED("accel", MachineConfig, accel, "tcg",
                     "accelerator (tcg: farad always interprets)",
                     check_accel, NULL, NULL),
    PROP_BOOL_CHECKED("usb", MachineConfig, usb, false,
                      "accepted (farad has no USB)", NULL, NULL, NULL),
    PROP_BOOL_CHECKED("graphics", MachineConfig, graphics, false,
                      "accepted (farad has no graphics)", NULL, NULL, NULL),
    PROP_END
};

void machine_config_init(MachineConfig *cfg)
{
    memset(cfg, 0, sizeof(*cfg));
    props_set_defaults(machine_config_props, cfg);
    cfg->machine_type = g_strdup("pseries");
    cfg->ram_size = 512ULL << 20;
    cfg->smp = 1;
    cfg->serial_stdio = true;
}

void machine_config_clear(MachineConfig *cfg)
{
    g_free(cfg->machine_type);
    g_free(cfg->bios);
    if (cfg->fw_dirs) {
        g_ptr_array_unref(cfg->fw_dirs);
    }
    g_free(cfg->kernel);
    g_free(cfg->initrd);
    g_free(cfg->append);
    props_free(machine_config_props, cfg);
    g_free(cfg->logfile);
    if (cfg->devices) {
        g_ptr_array_unref(cfg->devices);
    }
    if (cfg->drives) {
        g_ptr_array_unref(cfg->drives);
    }
    if (cfg->netdevs) {
        g_ptr_array_unref(cfg->netdevs);
    }
    if (cfg->nics) {
        g_ptr_array_unref(cfg->nics);
    }
    if (cfg->globals) {
        g_ptr_array_unref(cfg->globals);
    }
    if (cfg->objects) {
        g_ptr_array_unref(cfg->objects);
    }
    if (cfg->machine_props) {
        g_ptr_array_unref(cfg->machine_props);
    }
    g_free(cfg->rtc);
    if (cfg->chardevs) {
        g_ptr_array_unref(cfg->chardevs);
    }
    if (cfg->mons) {
        g_ptr_array_unref(cfg->mons);
    }
    if (cfg->qmp) {
        g_ptr_array_unref(cfg->qmp);
    }
    g_free(cfg->serial_chr);
    g_free(cfg->monitor_chr);
    if (cfg->plugins) {
        g_ptr_array_unref(cfg->plugins);
    }
    g_free(cfg->gdb);
    if (cfg->replay && cfg->replay_destroy) {
        cfg->replay_destroy(cfg->replay);
    }
    g_free(cfg->snapshot_db);
    g_free(cfg->loadvm);
    g_free(cfg->incoming);
    g_free(cfg->name);
    g_free(cfg->uuid);
    g_free(cfg->pidfile);
    g_free(cfg->process_name);
    if (cfg->savevm_at) {
        g_ptr_array_unref(cfg->savevm_at);
    }
    memset(cfg, 0, sizeof(*cfg));
}

static MachineConfig config_copy(const MachineConfig *c)
{
    MachineConfig n = *c;
    n.machine_type = g_strdup(c->machine_type);
    n.bios = g_strdup(c->bios);
    n.fw_dirs = c->fw_dirs ? g_ptr_array_ref(c->fw_dirs) : NULL;
    n.kernel = g_strdup(c->kernel);
    n.initrd = g_strdup(c->initrd);
    n.append = g_strdup(c->append);
    n.dumpdtb = g_strdup(c->dumpdtb);
    n.accel = g_strdup(c->accel);
    n.logfile = g_strdup(c->logfile);
    n.name = g_strdup(c->name);
    n.uuid = g_strdup(c->uuid);
    n.pidfile = g_strdup(c->pidfile);
    n.process_name = g_strdup(c->process_name);
    n.devices = c->devices ? g_ptr_array_ref(c->devices) : NULL;
    n.drives = c->drives ? g_ptr_array_ref(c->drives) : NULL;
    n.netdevs = c->netdevs ? g_ptr_array_ref(c->netdevs) : NULL;
    n.nics = c->nics ? g_ptr_array_ref(c->nics) : NULL;
    n.globals = c->globals ? g_ptr_array_ref(c->globals) : NULL;
    n.objects = c->objects ? g_ptr_array_ref(c->objects) : NULL;
    n.machine_props = c->machine_props ? g_ptr_array_ref(c->machine_props)
                                       : NULL;
    n.rtc = g_strdup(c->rtc);
    n.chardevs = c->chardevs ? g_ptr_array_ref(c->chardevs) : NULL;
    n.mons = c->mons ? g_ptr_array_ref(c->mons) : NULL;
    n.qmp = c->qmp ? g_ptr_array_ref(c->qmp) : NULL;
    n.serial_chr = g_strdup(c->serial_chr);
    n.monitor_chr = g_strdup(c->monitor_chr);
    n.plugins = c->plugins ? g_ptr_array_ref(c->plugins) : NULL;
    n.gdb = g_strdup(c->gdb);
    n.snapshot_db = g_strdup(c->snapshot_db);
    n.loadvm = g_strdup(c->loadvm);
    n.incoming = g_strdup(c->incoming);
    n.savevm_at = c->savevm_at ? g_ptr_array_ref(c->savevm_at) : NULL;
    n.replay = NULL;   /* the caller's, for replay_start */
    n.replay_destroy = NULL;
    return n;
}

static bool mmio_read(void *opaque, uint64_t pa, unsigned size, uint64_t *val)
{
    Machine *m = opaque;
    return bus_read(m->bus, pa, size, val);
}

static bool mmio_write(void *opaque, uint64_t pa, unsigned size, uint64_t val)
{
    Machine *m = opaque;
    return bus_write(m->bus, pa, size, val);
}

/* Load the firmware, -kernel and -initrd into RAM and record what the
 * device tree must say about them. With a firmware, the kernel goes where
 * QEMU puts it for the firmware to boot (KERNEL_LOAD_ADDR, advertised in
 * /chosen/qemu,boot-kernel); with -bios none, at its own physical
 * addresses.
 * *entry is where a firmware-less boot starts. Idempotent. */
static bool load_images(Machine *m, uint64_t *entry, bool *le, GError **err)
{
    uint64_t end = 0;
    const char *fw = m->cfg.bios;   /* resolved by machine_new */
    *entry = 0x100;
    *le = false;
    m->kernel_size = 0;
    m->initrd_size = 0;
    if (fw) {
        /* below the device tree, as a -kernel must be */
        uint64_t size, room = MIN(BIOS_MAX_SIZE, m->fdt_addr);
        if (!load_raw(m, fw, 0, room, &size, err)) {
            return false;
        }
        if (vof_enabled(m)) {
            m->spapr->vof->fw_size = size;   /* claimed as the firmware's */
        }
    }
    if (m->cfg.kernel) {
        ElfImage img;
        uint64_t base = m->firmware ? KERNEL_LOAD_ADDR : ELF_AT_PADDR;
        if (!load_elf(m, m->cfg.kernel, base, &img, err)) {
            return false;
        }
        if (img.high > m->fdt_addr) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                        "kernel '%s' overlaps the device tree at 0x%llx",
                        m->cfg.kernel, (unsigned long long)m->fdt_addr);
            return false;
        }
        if (m->firmware) {
            m->kernel_size = img.size;
            m->kernel_le = img.le;
            end = KERNEL_LOAD_ADDR + img.size;
        } else {
            *entry = img.entry;
            *le = img.le;
            end = img.high;
        }
    }
    if (m->cfg.initrd) {
        uint64_t base = (end + 0x1ffff) & ~0xffffULL;  /* QEMU's spacing */
        if (base >= m->fdt_addr ||
            !load_raw(m, m->cfg.initrd, base, m->fdt_addr - base,
                      &m->initrd_size, err)) {
            if (err && !*err) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                            "-initrd %s: no room below the device tree",
                            m->cfg.initrd);
            }
            return false;
        }
        m->initrd_base = base;
    }
    return true;
}

/* Load images and set the boot CPU's registers (also used by reset). */
static bool machine_boot(Machine *m, GError **err)
{
    PpcCpu *cpu = m->cpu;
    if (m->booted) {
        memset(m->ram, 0, m->ram_size);  /* reset: RAM starts zeroed */
        spapr_platform_reset(m);
        /* device_add / device_del changed the PCI functions: the tree
         * is rebuilt with them, as QEMU rebuilds it at every reset */
        if (m->spapr->hotplug_changes && !spapr_build_fdt(m, err)) {
            return false;
        }
    }
    m->booted = true;
    ppc_cpu_reset(cpu);
    smp_reset(m);   /* secondaries stopped until RTAS start-cpu */
    /* the HPT, emptied by the platform reset, for the secondaries too */
    spapr_hpt_set_active(m, m->spapr->htab_active);
    spapr_patb_give_all(m);

    uint64_t entry;
    bool le;
    if (!vof_enabled(m)) {   /* VOF's client reads the tree by calls */
        memcpy(m->ram + m->fdt_addr, m->fdt, fdt_totalsize(m->fdt));
    }
    if (!load_images(m, &entry, &le, err)) {
        return false;
    }
    /* -bios none without -kernel: a -device loader's PC for CPU 0 (with
     * a firmware or kernel their entry state wins, as on QEMU) */
    if (!m->firmware && !m->cfg.kernel && generic_loader_pc(m, 0, &entry)) {
        le = false;
    }
    /* -bios: the firmware's reset vector in 32-bit BE real mode. A
     * firmware-less -kernel: a little-endian ELF is entered in LE 64-bit
     * mode, a big-endian one in 32-bit BE mode as firmware would enter
     * it. MSR[ME] is 1 from the start: a partition cannot change it (the
     * CPU keeps it on mtmsr/rfid), as on PAPR's platforms. */
    cpu->arch.nip = entry;
    ppc_set_msr(cpu, MSR_ME | (le ? (MSR_SF | MSR_LE) : 0));
    cpu->arch.gpr[3] = m->fdt_addr;
    cpu->arch.gpr[4] = 0;
    cpu->arch.gpr[5] = 0;
    return !vof_enabled(m) || vof_reset(m, err);
}

/* Open cfg.drives in order, then QEMU's default CD-ROM drive. */
static bool open_drives(Machine *m, GError **err)
{
    GPtrArray *drives = m->cfg.drives;
    m->blocks = block_set_new();
    for (guint i = 0; drives && i < drives->len; i++) {
        const char *entry = g_ptr_array_index(drives, i);
        const char *nl = strchr(entry, '\n');
        GError *e = NULL;
        /* -snapshot: the later snapshot=on wins over the drive's own */
        g_autofree char *opts = g_strdup_printf("%s%s", nl ? nl + 1 : entry,
                                                m->cfg.snapshot
                                                ? ",snapshot=on" : "");
        if (!block_set_add(m->blocks, opts, &e)) {
            g_propagate_prefixed_error(err, e, "%.*s: ",
                                       (int)(nl ? nl - entry
                                                : (ptrdiff_t)strlen(entry)),
                                       entry);
            return false;
        }
    }
    return block_set_add_defaults(m->blocks, m->cfg.nodefaults, err);
}

Machine *machine_new(const MachineConfig *cfg, GError **err)
{
    g_assert(cfg->board);   /* a programming error, not a user's */
    Machine *m = g_new0(Machine, 1);
    m->cfg = config_copy(cfg);
    m->ram_size = cfg->ram_size;
    m->log = stderr;
    if (cfg->logfile) {
        m->log = fopen(cfg->logfile, "w");
        if (!m->log) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                        "-D %s: cannot open log file", cfg->logfile);
            m->log = NULL;
            machine_free(m);
            return NULL;
        }
    }
    if (m->ram_size < FDT_MAX_SIZE * 2 || (m->ram_size & 0xfff)) {
        /* the command line keeps to QEMU's stricter pseries sizes
         * (spapr_check_ram_size); this is the CPU's contract */
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-m: %llu bytes of RAM is too small (at least 4M) or "
                    "not a multiple of 4 KiB",
                    (unsigned long long)m->ram_size);
        machine_free(m);
        return NULL;
    }
    m->ram = g_try_malloc0(m->ram_size);
    if (!m->ram) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-m: cannot allocate %llu bytes of guest RAM",
                    (unsigned long long)m->ram_size);
        machine_free(m);
        return NULL;
    }
    PpcEnv env = {
        .opaque = m,
        .mmio_read = mmio_read,
        .mmio_write = mmio_write,
        .hcall = spapr_hcall,
        .external_pending = smp_external_pending,
        .next_event = NULL,
        .woke = spapr_cpu_woke,
    };
    m->cpu = ppc_cpu_new(0, m->ram, m->ram_size, &env);
    m->cpu->trace = cfg->trace;
    m->cpu->log = m->log;
    m->cpu->tb_shift = cfg->icount_shift;
    if (cfg->plugins && cfg->plugins->len) {
        m->plugins = plugins_load((const char *const *)cfg->plugins->pdata,
                                  cfg->plugins->len, cfg->machine_type,
                                  cfg->smp, m->log,
                                  (cfg->trace & PPC_TRACE_PLUGIN) != 0, err);
        if (!m->plugins) {
            machine_free(m);
            return NULL;
        }
        plugins_attach_cpu(m->plugins, m->cpu);
    }
    m->bus = bus_new();

    /* machine type, devices (sets the CPU model's PVR), the images (the
     * tree describes them), then the tree */
    m->fdt_addr = MIN(m->ram_size, FDT_MAX_ADDR) - FDT_MAX_SIZE;
    uint64_t entry;
    bool le;
    /* QEMU's checks and messages, in its order */
    bool append = cfg->append && cfg->append[0];
    if ((append || cfg->initrd) && !cfg->kernel) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s only allowed with -kernel option",
                    append ? "-append" : "-initrd");
        machine_free(m);
        return NULL;
    }
    /* the drives, before the devices that claim them */
    if (!open_drives(m, err)) {
        machine_free(m);
        return NULL;
    }
    /* the firmware (firmware.c): m->cfg.bios becomes its file, NULL for
     * -bios none (not looked for by dumpdtb: it does not change the
     * tree, the kernel and initrd do) */
    if (!net_init(m, err) || !spapr_platform_init(m, err)) {
        machine_free(m);
        return NULL;
    }
    /* QEMU's drive_check_orphaned: an if=virtio/scsi drive the board's
     * default devices did not take */
    g_autofree char *orphan = block_unclaimed_report(m->blocks);
    if (orphan) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE, "%s", orphan);
        machine_free(m);
        return NULL;
    }
    m->firmware = !cfg->bios || strcmp(cfg->bios, FIRMWARE_NONE);
    g_free(m->cfg.bios);
    m->cfg.bios = NULL;
    if (!cfg->dumpdtb &&
        !firmware_resolve(cfg, vof_enabled(m) ? VOF_FIRMWARE_NAME
                                              : FIRMWARE_DEFAULT,
                          &m->cfg.bios, err)) {
        machine_free(m);
        return NULL;
    }
    if (!m->firmware && !cfg->kernel && !cfg->dumpdtb &&
        !generic_loader_pc(m, 0, NULL)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-bios none: no firmware and no -kernel FILE (or -device "
                    "loader,...,cpu-num=0) to enter");
        machine_free(m);
        return NULL;
    }
    if (!load_images(m, &entry, &le, err) || !spapr_build_fdt(m, err)) {
        machine_free(m);
        return NULL;
    }
    smp_init(m);   /* CPUs 1.. like CPU 0 */
    plugins_set_symbols(m->plugins, m->symbols);
    if (cfg->dumpdtb) {
        return m;  /* the caller writes the tree and exits */
    }
    console_open(&m->console, cfg->serial_stdio);
    m->console.journal = &m->journal;
    if (!machine_boot(m, err)) {
        machine_free(m);
        return NULL;
    }
    return m;
}

void machine_free(Machine *m)
{
    if (!m) {
        return;
    }
    free_run_hooks(m);
    g_free(m->snap_last);
    console_close(&m->console);
    spapr_platform_free(m);
    block_set_free(m->blocks);   /* after the devices that use them */
    net_free(m);               /* after the NICs */
    bus_free(m->bus);
    plugins_free(m->plugins);  /* before the CPU it instruments */
    symtab_free(m->symbols);
    smp_free(m);               /* CPUs 1.. share CPU 0's code map */
    ppc_cpu_free(m->cpu);
    g_free(m->ram);
    g_free(m->fdt);
    if (m->log && m->log != stderr) {
        fclose(m->log);
    }
    machine_config_clear(&m->cfg);
    g_free(m);
}

bool machine_reboot(Machine *m)
{
    GError *err = NULL;
    if (!machine_boot(m, &err)) {
        fprintf(stderr, "farad: reset: %s\n", err->message);
        g_error_free(err);
        return false;
    }
    return true;
}

/* ---- the layers above: input journal, run hooks, console input ---- */

typedef struct RunHook {
    const RunHookOps *ops;
    void *self;
} RunHook;

void machine_set_journal(Machine *m, const InputJournalOps *ops, void *self)
{
    m->journal.ops = ops;
    m->journal.self = ops ? self : NULL;
}

void machine_set_console_input(Machine *m, const ConsoleInput *in)
{
    m->console.input = in ? *in : (ConsoleInput){ 0 };
}

void machine_add_run_hook(Machine *m, const RunHookOps *ops, void *self)
{
    if (!m->run_hooks) {
        m->run_hooks = g_array_new(FALSE, FALSE, sizeof(RunHook));
    }
    RunHook h = { ops, self };
    g_array_append_val(m->run_hooks, h);
}

static guint n_hooks(const Machine *m)
{
    return m->run_hooks ? m->run_hooks->len : 0;
}

static RunHook *hook_at(const Machine *m, guint i)
{
    return &g_array_index(m->run_hooks, RunHook, i);
}

static void free_run_hooks(Machine *m)
{
    for (guint i = n_hooks(m); i-- > 0;) {   /* last added first */
        RunHook h = *hook_at(m, i);
        if (h.ops->free) {
            h.ops->free(h.self);
        }
    }
    if (m->run_hooks) {
        g_array_free(m->run_hooks, TRUE);
        m->run_hooks = NULL;
    }
    if (m->round_polls) {
        g_array_free(m->round_polls, TRUE);
        m->round_polls = NULL;
    }
}

bool machine_hooks_have_work(Machine *m)
{
    for (guint i = 0; i < n_hooks(m); i++) {
        RunHook *h = hook_at(m, i);
        if (h->ops->has_work && h->ops->has_work(h->self)) {
            return true;
        }
    }
    return false;
}

/* The run-loop questions hooks answer with a RunStep. */
typedef enum HookAsk { ASK_START, ASK_POLL, ASK_STOPPED } HookAsk;

/* Ask each hook in turn (hooks may be added meanwhile: gdb's reverse
 * execution starts recording mid-run); the first that does not answer
 * RUN_ON decides. */
static RunStep ask_hooks(Machine *m, HookAsk what, int64_t *chunk,
                         MachineExit *exit)
{
    for (guint i = 0; i < n_hooks(m); i++) {
        RunHook h = *hook_at(m, i);
        RunStep step = RUN_ON;
        switch (what) {
        case ASK_START:
            step = h.ops->start ? h.ops->start(h.self, m, exit) : RUN_ON;
            break;
        case ASK_POLL:
            step = h.ops->poll ? h.ops->poll(h.self, m, chunk, exit) : RUN_ON;
            break;
        case ASK_STOPPED:
            step = h.ops->stopped ? h.ops->stopped(h.self, m, exit) : RUN_ON;
            break;
        }
        if (step != RUN_ON) {
            return step;
        }
    }
    return RUN_ON;
}

static bool hooks_keep_halted(Machine *m)
{
    for (guint i = 0; i < n_hooks(m); i++) {
        RunHook h = *hook_at(m, i);
        if (h.ops->halted && h.ops->halted(h.self, m)) {
            return true;
        }
    }
    return false;
}

static bool hooks_keep_shutdown(Machine *m)
{
    for (guint i = 0; i < n_hooks(m); i++) {
        RunHook h = *hook_at(m, i);
        if (h.ops->shutdown && h.ops->shutdown(h.self, m)) {
            return true;
        }
    }
    return false;
}

static bool hooks_take_start_paused(const Machine *m)
{
    for (guint i = 0; i < n_hooks(m); i++) {
        if (hook_at(m, i)->ops->takes_start_paused) {
            return true;
        }
    }
    return false;
}

static MachineExit run_loop(Machine *m)
{
    MachineExit exit = MACHINE_EXIT_ERROR;
    if (ask_hooks(m, ASK_START, NULL, &exit) == RUN_RETURN) {
        return exit;
    }
    if (m->cfg.start_paused && !hooks_take_start_paused(m)) {
        /* -S with no monitor or debugger: paused for good, as QEMU is */
        for (;;) {
            pause();
        }
    }
    for (;;) {
        int64_t chunk = RUN_CHUNK;
        /* hooks act only here, between chunks: chunk boundaries do not
         * change the CPUs' interleaving, so neither do they */
        RunStep step = ask_hooks(m, ASK_POLL, &chunk, &exit);
        if (step == RUN_RETURN) {
            return exit;
        }
        if (step == RUN_RESTART) {
            continue;
        }
        if (m->cfg.max_insns) {
            uint64_t done = machine_icount(m);
            if (done >= m->cfg.max_insns) {
                return MACHINE_EXIT_LIMIT;
            }
            chunk = (int64_t)MIN((uint64_t)chunk, m->cfg.max_insns - done);
        }
        /* (a gdb single step may have stopped the machine already) */
        PpcStop why = m->stop ? PPC_STOP_REQUEST : smp_run(m, chunk);
        if (m->stop) {   /* a breakpoint/watchpoint: gdb takes over */
            step = ask_hooks(m, ASK_STOPPED, NULL, &exit);
            if (step == RUN_RETURN) {
                return exit;
            }
            if (step == RUN_RESTART) {
                continue;
            }
        }
        if (m->stop) {
            m->stop = false;
            if (m->exit == MACHINE_EXIT_RESET && !m->cfg.no_reboot) {
                if (!machine_reboot(m)) {
                    return MACHINE_EXIT_ERROR;
                }
                continue;
            }
            if (m->exit == MACHINE_EXIT_POWEROFF && m->cfg.no_shutdown) {
                /* QEMU's -no-shutdown: the machine stops, the process
                 * stays; a monitor resets it, else it waits for good */
                if (hooks_keep_shutdown(m)) {
                    continue;
                }
                for (;;) {
                    pause();
                }
            }
            return m->exit;
        }
        if (why == PPC_STOP_HALTED) {
            if (hooks_keep_halted(m)) {
                continue;   /* -monitor stdio keeps a halted machine */
            }
            return MACHINE_EXIT_HALTED;
        }
    }
}

MachineExit machine_run(Machine *m)
{
    MachineExit why = run_loop(m);
    for (guint i = n_hooks(m); i-- > 0;) {   /* last added first */
        RunHook h = *hook_at(m, i);
        if (h.ops->end) {
            h.ops->end(h.self, m, &why);
        }
    }
    if (m->plugins) {
        static const char *const reasons[] = {
            [MACHINE_EXIT_POWEROFF] = "poweroff", [MACHINE_EXIT_RESET] = "reset",
            [MACHINE_EXIT_LIMIT] = "limit", [MACHINE_EXIT_HALTED] = "halted",
            [MACHINE_EXIT_ERROR] = "error", [MACHINE_EXIT_QUIT] = "quit",
        };
        plugins_run_end(m->plugins, (unsigned)why < G_N_ELEMENTS(reasons) &&
                        reasons[why] ? reasons[why] : "error");
    }
    return why;
}

uint64_t machine_icount(const Machine *m)
{
    return smp_icount(m);
}

PpcCpu *machine_cpu(Machine *m, int index)
{
    if (index == 0) {
        return m->cpu;
    }
    return m->cpus && index > 0 && index < m->cfg.smp ? m->cpus[index] : NULL;
}

uint8_t *machine_ram(Machine *m)
{
    return m->ram;
}

uint64_t machine_ram_size(const Machine *m)
{
    return m->ram_size;
}

struct BlockSet *machine_blocks(Machine *m)
{
    return m->blocks;
}

uint64_t machine_fdt_addr(const Machine *m)
{
    return m->fdt_addr;
}
