/* SPDX-License-Identifier: MIT */
/*
 * The pseries machine, top to bottom: RAM, the CPU wired to the
 * platform's services, the device tree, boot images, and the run loop.
 * Boot paths follow spec/boot-protocol.md: -bios is a raw image at 0
 * entered at 0x100 with r3 = device tree and MSR = 0; -kernel alone is an
 * ELF entered at its entry point with r3 = device tree, r5 = 0.
 */
#include <libfdt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gdbstub.h"
#include "monitor.h"
#include "platform.h"
#include "smp.h"
#include "symbols.h"
#include "spapr.h"
#include "../plugins/host.h"
#include "../snapshot/replay.h"
#include "../snapshot/snap.h"

#define FDT_MAX_SIZE 0x200000ULL   /* room QEMU leaves for the tree */
#define FDT_MAX_ADDR 0x80000000ULL /* the tree sits below 2 GiB */
#define BIOS_MAX_SIZE (4ULL << 20)
#define RUN_CHUNK 4000000          /* instructions between host checks */

GQuark farad_error_quark(void)
{
    return g_quark_from_static_string("farad-error");
}

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
    g_free(cfg->kernel);
    g_free(cfg->initrd);
    g_free(cfg->append);
    props_free(machine_config_props, cfg);
    g_free(cfg->logfile);
    if (cfg->devices) {
        g_ptr_array_unref(cfg->devices);
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
    if (cfg->plugins) {
        g_ptr_array_unref(cfg->plugins);
    }
    g_free(cfg->gdb);
    if (cfg->replay) {
        replay_config_clear(cfg->replay);
        g_free(cfg->replay);
    }
    g_free(cfg->snapshot_db);
    g_free(cfg->loadvm);
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
    n.kernel = g_strdup(c->kernel);
    n.initrd = g_strdup(c->initrd);
    n.append = g_strdup(c->append);
    n.dumpdtb = g_strdup(c->dumpdtb);
    n.accel = g_strdup(c->accel);
    n.logfile = g_strdup(c->logfile);
    n.devices = c->devices ? g_ptr_array_ref(c->devices) : NULL;
    n.globals = c->globals ? g_ptr_array_ref(c->globals) : NULL;
    n.objects = c->objects ? g_ptr_array_ref(c->objects) : NULL;
    n.machine_props = c->machine_props ? g_ptr_array_ref(c->machine_props)
                                       : NULL;
    n.rtc = g_strdup(c->rtc);
    n.plugins = c->plugins ? g_ptr_array_ref(c->plugins) : NULL;
    n.gdb = g_strdup(c->gdb);
    n.snapshot_db = g_strdup(c->snapshot_db);
    n.loadvm = g_strdup(c->loadvm);
    n.savevm_at = c->savevm_at ? g_ptr_array_ref(c->savevm_at) : NULL;
    n.replay = NULL;   /* machine_new hands it to replay_start */
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

/* Load -bios, -kernel and -initrd into RAM and record what the device
 * tree must say about them. With a firmware, the kernel goes where
 * QEMU puts it for the firmware to boot (KERNEL_LOAD_ADDR, advertised in
 * /chosen/qemu,boot-kernel); without one, at its own physical addresses.
 * *entry is where a firmware-less boot starts. Idempotent. */
static bool load_images(Machine *m, uint64_t *entry, bool *le, GError **err)
{
    uint64_t end = 0;
    *entry = 0x100;
    *le = false;
    m->kernel_size = 0;
    m->initrd_size = 0;
    if (m->cfg.bios) {
        uint64_t size;
        if (!load_raw(m, m->cfg.bios, 0, BIOS_MAX_SIZE, &size, err)) {
            return false;
        }
    }
    if (m->cfg.kernel) {
        ElfImage img;
        uint64_t base = m->cfg.bios ? KERNEL_LOAD_ADDR : ELF_AT_PADDR;
        if (!load_elf(m, m->cfg.kernel, base, &img, err)) {
            return false;
        }
        if (img.high > m->fdt_addr) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                        "kernel '%s' overlaps the device tree at 0x%llx",
                        m->cfg.kernel, (unsigned long long)m->fdt_addr);
            return false;
        }
        if (m->cfg.bios) {
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
        if (!m->cfg.kernel) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-initrd %s: requires -kernel", m->cfg.initrd);
            return false;
        }
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
    }
    m->booted = true;
    ppc_cpu_reset(cpu);
    smp_reset(m);   /* secondaries stopped until RTAS start-cpu */

    uint32_t fdt_len = fdt_totalsize(m->fdt);
    memcpy(m->ram + m->fdt_addr, m->fdt, fdt_len);

    uint64_t entry;
    bool le;
    if (!load_images(m, &entry, &le, err)) {
        return false;
    }
    /* -bios: the firmware's reset vector in 32-bit BE real mode. A
     * firmware-less -kernel: a little-endian ELF is entered in LE 64-bit
     * mode, a big-endian one with MSR = 0 as firmware would enter it. */
    cpu->arch.nip = entry;
    ppc_set_msr(cpu, le ? (MSR_SF | MSR_LE) : 0);
    cpu->arch.gpr[3] = m->fdt_addr;
    cpu->arch.gpr[4] = 0;
    cpu->arch.gpr[5] = 0;
    return true;
}

Machine *machine_new(const MachineConfig *cfg, GError **err)
{
    Machine *m = g_new0(Machine, 1);
    m->cfg = config_copy(cfg);
    m->ram_size = cfg->ram_size;
    m->warned_hcalls = g_hash_table_new_full(g_int64_hash, g_int64_equal,
                                             g_free, NULL);
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
    if (m->ram_size < FDT_MAX_SIZE * 2) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-m: %llu bytes of RAM is too small (at least 4M)",
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
    };
    m->cpu = ppc_cpu_new(0, m->ram, m->ram_size, &env);
    m->cpu->trace = cfg->trace;
    m->cpu->log = m->log;
    m->cpu->tb_shift = cfg->icount_shift;
    if (cfg->plugins && cfg->plugins->len) {
        m->plugins = plugins_load((const char *const *)cfg->plugins->pdata,
                                  cfg->plugins->len, cfg->machine_type,
                                  cfg->smp, m->log, err);
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
    if (!cfg->bios && !cfg->kernel && !cfg->dumpdtb) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "no firmware or kernel given: use -bios FILE or "
                    "-kernel FILE");
        machine_free(m);
        return NULL;
    }
    if (!spapr_platform_init(m, err) ||
        (!cfg->dumpdtb && !load_images(m, &entry, &le, err)) ||
        !spapr_build_fdt(m, err)) {
        machine_free(m);
        return NULL;
    }
    smp_init(m);   /* CPUs 1.. like CPU 0 */
    plugins_set_symbols(m->plugins, m->symbols);
    if (cfg->dumpdtb) {
        return m;  /* the caller writes the tree and exits */
    }
    console_open(&m->console, cfg->serial_stdio);
    m->monitor = monitor_new(m);
    if (cfg->gdb && !(m->gdb = gdbstub_new(m, cfg->gdb, err))) {
        machine_free(m);
        return NULL;
    }
    if (!machine_boot(m, err) || !snap_machine_start(m, err) ||
        (cfg->replay && cfg->replay->mode != REPLAY_OFF &&
         !replay_start(m, cfg->replay, err))) {
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
    replay_free(m);
    snap_machine_stop(m);
    gdbstub_free(m->gdb);
    monitor_free(m->monitor);
    console_close(&m->console);
    spapr_platform_free(m);
    bus_free(m->bus);
    plugins_free(m->plugins);  /* before the CPU it instruments */
    symtab_free(m->symbols);
    smp_free(m);               /* CPUs 1.. share CPU 0's code map */
    ppc_cpu_free(m->cpu);
    g_free(m->ram);
    g_free(m->fdt);
    if (m->warned_hcalls) {
        g_hash_table_destroy(m->warned_hcalls);
    }
    if (m->log && m->log != stderr) {
        fclose(m->log);
    }
    machine_config_clear(&m->cfg);
    g_free(m);
}

/* Reboot after system-reboot or the monitor's system_reset. */
static bool machine_reboot(Machine *m)
{
    GError *err = NULL;
    if (!machine_boot(m, &err)) {
        fprintf(stderr, "farad: reset: %s\n", err->message);
        g_error_free(err);
        return false;
    }
    return true;
}

static MachineExit run_loop(Machine *m)
{
    if (m->gdb) {
        /* -S: wait for gdb, which starts the machine */
        int r = gdbstub_start(m->gdb, m->cfg.start_paused);
        if (r != GDB_RUN) {
            return (MachineExit)r;
        }
        if (m->monitor && m->cfg.start_paused) {
            monitor_set_paused(m->monitor, false);
        }
    }
    if (m->cfg.start_paused && !m->monitor && !m->gdb) {
        /* -S with no monitor: paused for good, as QEMU is */
        for (;;) {
            pause();
        }
    }
    for (;;) {
        int64_t chunk = RUN_CHUNK;
        /* the monitor acts only here, between chunks: chunk boundaries
         * do not change the CPUs' interleaving, so neither does it */
        if (m->monitor) {
            MonitorAction a = monitor_poll(m->monitor);
            if (a == MONITOR_EXIT) {
                return m->exit;
            }
            if (a == MONITOR_RESET) {
                if (!machine_reboot(m)) {
                    return MACHINE_EXIT_ERROR;
                }
                continue;
            }
        }
        if (m->gdb) {   /* a new gdb or Ctrl-C stops here */
            int r = gdbstub_poll(m->gdb);
            if (r != GDB_RUN) {
                return (MachineExit)r;
            }
        }
        if (m->snaprun) {   /* -savevm-at: stop exactly there */
            GError *err = NULL;
            if (!snap_machine_poll(m, &err)) {
                fprintf(stderr, "farad: savevm: %s\n", err->message);
                g_error_free(err);
                return MACHINE_EXIT_ERROR;
            }
            uint64_t at = snap_machine_next_save(m), done = machine_icount(m);
            if (at != UINT64_MAX && at > done) {
                chunk = (int64_t)MIN((uint64_t)chunk, at - done);
            }
        }
        if (m->replay) {   /* record/replay: checkpoints, seek points */
            uint64_t at = replay_poll(m), done = machine_icount(m);
            if (m->stop) {
                m->stop = false;
                return m->exit;
            }
            if (at != UINT64_MAX && at > done) {
                chunk = (int64_t)MIN((uint64_t)chunk, at - done);
            }
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
        if (m->stop && m->gdb) {
            bool hit;   /* a breakpoint/watchpoint: gdb takes over */
            int r = gdbstub_check_stop(m->gdb, &hit);
            if (r != GDB_RUN) {
                return (MachineExit)r;
            }
            if (hit) {
                continue;
            }
        }
        if (m->stop) {
            m->stop = false;
            if (m->exit == MACHINE_EXIT_RESET) {
                if (!machine_reboot(m)) {
                    return MACHINE_EXIT_ERROR;
                }
                continue;
            }
            return m->exit;
        }
        if (why == PPC_STOP_HALTED) {
            if (m->monitor && monitor_wait_halted(m->monitor)) {
                continue;   /* -monitor stdio keeps a halted machine */
            }
            return MACHINE_EXIT_HALTED;
        }
    }
}

MachineExit machine_run(Machine *m)
{
    MachineExit why = run_loop(m);
    if (m->snaprun && why != MACHINE_EXIT_ERROR) {
        /* -savevm-at the very count the machine stopped at (power-off,
         * halt): the loop saves only before running on */
        GError *err = NULL;
        if (!snap_machine_poll(m, &err)) {
            fprintf(stderr, "farad: savevm: %s\n", err->message);
            g_error_free(err);
            why = MACHINE_EXIT_ERROR;
        }
    }
    if (m->replay) {
        why = replay_end(m, why);
    }
    gdbstub_exited(m->gdb, why);
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

uint64_t machine_fdt_addr(const Machine *m)
{
    return m->fdt_addr;
}
