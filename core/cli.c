/* SPDX-License-Identifier: MIT */
/*
 * Command-line parsing in QEMU's style: single-dash long options, each
 * with at most one argument, and "-machine type,prop=value,..." lists.
 * Machine properties QEMU test harnesses pass are accepted; values farad
 * cannot honour are refused or reported on one line.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "../snapshot/replay.h"
#include "cpu-models.h"
#include "device.h"
#include "machine-types.h"
#include "memory-backend.h"
#include "spapr.h"
#include "../plugins/host.h"

typedef struct LogItem {
    const char *name;
    unsigned mask;
    const char *help;
} LogItem;

static const LogItem log_items[] = {
    { "in_asm", PPC_TRACE_IN_ASM, "show target assembly code for each compiled TB" },
    { "exec", PPC_TRACE_EXEC, "show trace before each executed TB (lots of logs)" },
    { "cpu", PPC_TRACE_CPU, "show CPU registers before entering a TB (lots of logs)" },
    { "int", PPC_TRACE_INT, "show interrupts/exceptions in short format" },
    { "guest_errors", PPC_TRACE_GUEST_ERRORS, "log when the guest OS does something invalid" },
    { "unimp", PPC_TRACE_UNIMP, "log unimplemented functionality" },
};

static void print_help(void)
{
    printf("usage: farad [options]\n"
           "farad emulates an IBM pSeries (sPAPR) machine with a PPC64 CPU.\n\n"
           "-M, -machine TYPE[,prop=value,...]  pseries (= pseries-2.8), pseries-7.2,\n"
           "                  pseries-2.7; props: cap-htm cap-vsx cap-dfp cap-cfpc\n"
           "                  cap-sbbc cap-ibs cap-ccf-assist cap-large-decr ic-mode\n"
           "                  dumpdtb=FILE accel (-machine help)\n"
           "-cpu MODEL        POWER9, POWER8, POWER7 (default: the machine type's;\n"
           "                  -cpu help)\n"
           "-accel tcg        accepted (farad always interprets)\n"
           "-smp N            number of CPUs (1..64, default 1)\n"
           "-m SIZE           guest RAM, e.g. 512M, 2G (default 512M)\n"
           "-bios FILE        raw firmware/program loaded at 0, entered at 0x100\n"
           "-kernel FILE      ELF program entered at its entry point\n"
           "-initrd FILE, -append STRING\n"
           "-nographic, -serial stdio|mon:stdio|none, -monitor none|stdio,\n"
           "-display none, -nodefaults\n"
           "-S               start paused (the monitor's cont starts it)\n"
           "-gdb tcp::PORT   wait for gdb on 127.0.0.1:PORT (-s: tcp::1234)\n"
           "-device NAME[,prop=value,...]  add a device (-device help,\n"
           "                  -device NAME,help list devices and properties)\n"
           "-object memory-backend-ram,id=ID,size=SIZE[,share=on]\n"
           "-object memory-backend-file,id=ID,size=SIZE,mem-path=FILE[,share=on]\n"
           "                  memory for a device's memdev=ID (ivshmem-plain)\n"
           "-global DRIVER.PROP=VALUE  set a device property default\n"
           "-rtc base=utc|localtime|DATE,clock=host|vm  RTC start (default:\n"
           "                  2000-01-01, advancing with virtual time)\n"
           "-d ITEM,...       log items (-d help lists them)\n"
           "-D FILE           write the log to FILE\n"
           "-icount shift=N   virtual time: 2^N ns per instruction\n"
           "-max-insns N      stop after N instructions (exit status 3)\n"
           "-snapshot-db FILE  snapshot database (docs/snapshots.md)\n"
           "-loadvm NAME      load snapshot NAME from it after boot\n"
           "-savevm-at ICOUNT:NAME  save snapshot NAME at that instruction count\n"
           "-plugin FILE[,key=value,...]  load an instrumentation plugin\n"
           "                  (also file=FILE,...; repeatable; docs/plugins.md)\n"
           "-version, -h\n");
}

static bool parse_size(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || v <= 0) {
        return false;
    }
    uint64_t mul = 1ULL << 20;  /* plain numbers are MiB, as in QEMU */
    switch (*end) {
    case 0: break;
    case 'k': case 'K': mul = 1ULL << 10; end++; break;
    case 'm': case 'M': mul = 1ULL << 20; end++; break;
    case 'g': case 'G': mul = 1ULL << 30; end++; break;
    case 't': case 'T': mul = 1ULL << 40; end++; break;
    case 'b': case 'B': mul = 1; end++; break;
    default: return false;
    }
    if (*end == 'B' || *end == 'b') {
        end++;
    }
    if (*end) {
        return false;
    }
    *out = (uint64_t)(v * (double)mul);
    return true;
}

/* Print a value's caveat (accepted, not fully honoured) on one line. */
static void report_caveat(const char *opt, const PropDesc *p, const char *val)
{
    char *caveat = prop_caveat(p, val);
    if (caveat) {
        fprintf(stderr, "farad: %s: %s\n", opt, caveat);
        g_free(caveat);
    }
}

/* One -machine prop=value: an option every machine has (stored in cfg
 * now), or one of the machine type's (checked now, applied by
 * machine_new after the type's compat rows). */
static bool machine_prop(MachineConfig *cfg, const char *opt, const char *key,
                         const char *val, GError **err)
{
    const PropDesc *p = props_find(machine_config_props, key);
    if (p) {
        return prop_parse(p, cfg, val, opt, err);
    }
    p = props_find(spapr_machine_class.props, key);
    if (!p) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: property '%s' not found on machine %s (value '%s')",
                    opt, key, cfg->machine_type, val);
        return false;
    }
    if (!prop_check(p, val, cfg->machine_type, err)) {
        return false;
    }
    report_caveat(opt, p, val);
    if (!cfg->machine_props) {
        cfg->machine_props = g_ptr_array_new_with_free_func(g_free);
    }
    g_ptr_array_add(cfg->machine_props, g_strdup_printf("%s=%s", key, val));
    return true;
}

static bool parse_machine(MachineConfig *cfg, const char *arg, GError **err)
{
    gchar **parts = g_strsplit(arg, ",", -1);
    bool ok = true;
    for (int i = 0; parts[i] && ok; i++) {
        char *eq = strchr(parts[i], '=');
        if (i == 0 && !eq) {
            if (!strcmp(parts[0], "help")) {
                machine_types_print_help(stdout);
                exit(0);
            }
            if (!machine_type_find(parts[0])) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "-machine %s: unsupported machine type (use "
                            "-machine help)", parts[0]);
                ok = false;
                break;
            }
            g_free(cfg->machine_type);
            cfg->machine_type = g_strdup(parts[0]);
            continue;
        }
        if (!eq) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-machine %s: expected prop=value, got '%s'", arg,
                        parts[i]);
            ok = false;
            break;
        }
        *eq = 0;
        if (!strcmp(parts[i], "type")) {
            *eq = '=';
            gchar *t = g_strdup(eq + 1);
            ok = parse_machine(cfg, t, err);
            g_free(t);
            continue;
        }
        ok = machine_prop(cfg, "-machine", parts[i], eq + 1, err);
    }
    g_strfreev(parts);
    return ok;
}

static bool parse_log_items(MachineConfig *cfg, const char *arg, GError **err)
{
    if (!strcmp(arg, "help")) {
        printf("Log items (comma separated):\n");
        for (size_t i = 0; i < G_N_ELEMENTS(log_items); i++) {
            printf("%-14s %s\n", log_items[i].name, log_items[i].help);
        }
        exit(0);
    }
    gchar **items = g_strsplit(arg, ",", -1);
    bool ok = true;
    for (int i = 0; items[i]; i++) {
        bool found = false;
        for (size_t k = 0; k < G_N_ELEMENTS(log_items); k++) {
            if (!strcmp(items[i], log_items[k].name)) {
                cfg->trace |= log_items[k].mask;
                found = true;
            }
        }
        if (!found && items[i][0]) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-d %s: unknown log item '%s' (-d help lists them)",
                        arg, items[i]);
            ok = false;
            break;
        }
    }
    g_strfreev(items);
    return ok;
}

static bool parse_u64(const char *opt, const char *s, uint64_t *out,
                      GError **err)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s || *end) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: '%s' is not a number", opt, s);
        return false;
    }
    *out = v;
    return true;
}

/* Options that take an argument. */
static const char *const with_arg[] = {
    "-M", "-machine", "-accel", "-smp", "-m", "-bios", "-kernel", "-initrd",
    "-append", "-serial", "-monitor", "-display", "-d", "-D", "-icount",
    "-max-insns", "-plugin", "-cpu", "-vga", "-name", "-L", "-rtc", "-device",
    "-global", "-object", "-gdb", "-snapshot-db", "-loadvm", "-savevm-at",
};

/* -smp N, -smp cpus=N[,maxcpus=N]: 1..SPAPR_MAX_CPUS CPUs, one thread
 * each (the topology keys QEMU also takes are not modelled). */
static bool parse_smp(MachineConfig *cfg, const char *arg, GError **err)
{
    gchar **parts = g_strsplit(arg, ",", -1);
    uint64_t n = 0, max = 0;
    bool ok = parts[0] != NULL;
    for (int i = 0; ok && parts[i]; i++) {
        const char *p = parts[i];
        if (!strncmp(p, "cpus=", 5)) {
            ok = parse_u64("-smp", p + 5, &n, err);
        } else if (!strncmp(p, "maxcpus=", 8)) {
            ok = parse_u64("-smp", p + 8, &max, err);
        } else if (i == 0) {
            ok = parse_u64("-smp", p, &n, err);
        } else {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-smp %s: '%s' is not supported (use -smp N)", arg, p);
            ok = false;
        }
    }
    g_strfreev(parts);
    if (ok && (n < 1 || n > SPAPR_MAX_CPUS)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-smp %s: the number of CPUs must be 1 to %d", arg,
                    SPAPR_MAX_CPUS);
        ok = false;
    }
    if (ok && max && max != n) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-smp %s: CPU hotplug is not supported (maxcpus must "
                    "equal cpus)", arg);
        ok = false;
    }
    if (ok) {
        cfg->smp = (int)n;
    } else if (err && !*err) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-smp %s: invalid value", arg);
    }
    return ok;
}

static void append_arg(GPtrArray **list, const char *arg)
{
    if (!*list) {
        *list = g_ptr_array_new_with_free_func(g_free);
    }
    g_ptr_array_add(*list, g_strdup(arg));
}

bool cli_parse(int argc, char **argv, MachineConfig *cfg, CliAction *action,
               GError **err)
{
    *action = CLI_RUN;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i];
        if (opt[0] == '-' && opt[1] == '-') {
            opt++;  /* --option is the same as -option, as in QEMU */
        }
        if (!strcmp(opt, "-h") || !strcmp(opt, "-help")) {
            print_help();
            *action = CLI_EXIT_OK;
            return true;
        }
        if (!strcmp(opt, "-version")) {
            printf("farad version 0.1 (pseries PPC64 emulator)\n");
            *action = CLI_EXIT_OK;
            return true;
        }
        if (!strcmp(opt, "-nographic")) {
            cfg->serial_stdio = true;
            continue;
        }
        if (!strcmp(opt, "-nodefaults")) {
            cfg->nodefaults = true;
            cfg->serial_stdio = false;
            continue;
        }
        if (!strcmp(opt, "-s")) {
            g_free(cfg->gdb);
            cfg->gdb = g_strdup("tcp::1234");
            continue;
        }
        if (!strcmp(opt, "-S")) {
            cfg->start_paused = true;   /* until the monitor's cont */
            continue;
        }
        if (!strcmp(opt, "-no-reboot") ||
            !strcmp(opt, "-no-shutdown")) {
            continue;  /* accepted; handled by later work */
        }
        bool takes = false;
        for (size_t k = 0; k < G_N_ELEMENTS(with_arg); k++) {
            takes |= !strcmp(opt, with_arg[k]);
        }
        if (!takes) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: invalid option", argv[i]);
            return false;
        }
        if (i + 1 >= argc) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: requires an argument", argv[i]);
            return false;
        }
        const char *arg = argv[++i];
        bool ok = true;
        if (!strcmp(opt, "-M") || !strcmp(opt, "-machine")) {
            ok = parse_machine(cfg, arg, err);
        } else if (!strcmp(opt, "-accel")) {
            if (strncmp(arg, "tcg", 3) || (arg[3] && arg[3] != ',')) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "-accel %s: only tcg is available", arg);
                ok = false;
            }
        } else if (!strcmp(opt, "-smp")) {
            ok = parse_smp(cfg, arg, err);
        } else if (!strcmp(opt, "-m")) {
            const char *sz = strncmp(arg, "size=", 5) ? arg : arg + 5;
            if (!parse_size(sz, &cfg->ram_size)) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "-m %s: invalid RAM size", arg);
                ok = false;
            }
        } else if (!strcmp(opt, "-bios")) {
            g_free(cfg->bios);
            cfg->bios = g_strdup(arg);
        } else if (!strcmp(opt, "-kernel")) {
            g_free(cfg->kernel);
            cfg->kernel = g_strdup(arg);
        } else if (!strcmp(opt, "-initrd")) {
            g_free(cfg->initrd);
            cfg->initrd = g_strdup(arg);
        } else if (!strcmp(opt, "-append")) {
            g_free(cfg->append);
            cfg->append = g_strdup(arg);
        } else if (!strcmp(opt, "-serial")) {
            if (!strcmp(arg, "stdio")) {
                cfg->serial_stdio = true;
            } else if (!strcmp(arg, "mon:stdio")) {
                cfg->serial_stdio = true;
                cfg->mon_stdio = true;
            } else if (!strcmp(arg, "none") || !strcmp(arg, "null")) {
                cfg->serial_stdio = false;
            } else {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "-serial %s: farad supports stdio, mon:stdio, "
                            "none", arg);
                ok = false;
            }
        } else if (!strcmp(opt, "-monitor") && !strcmp(arg, "stdio")) {
            cfg->monitor_stdio = true;
        } else if (!strcmp(opt, "-monitor") && !strcmp(arg, "none")) {
            cfg->monitor_stdio = false;
        } else if (!strcmp(opt, "-monitor") || !strcmp(opt, "-display") ||
                   !strcmp(opt, "-vga")) {
            if (strcmp(arg, "none") && !(!strcmp(opt, "-monitor") &&
                                         !strcmp(arg, "stdio"))) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "%s %s: only 'none' is supported", opt, arg);
                ok = false;
            }
        } else if (!strcmp(opt, "-d")) {
            ok = parse_log_items(cfg, arg, err);
        } else if (!strcmp(opt, "-D")) {
            g_free(cfg->logfile);
            cfg->logfile = g_strdup(arg);
        } else if (!strcmp(opt, "-icount")) {
            const char *sh = strstr(arg, "shift=");
            const char *num = sh ? sh + 6 : arg;
            char buf[16];
            size_t n = strcspn(num, ",");
            uint64_t v = 0;
            if (n == 0 || n >= sizeof(buf)) {
                ok = false;
            } else {
                memcpy(buf, num, n);
                buf[n] = 0;
                ok = !strcmp(buf, "auto") || parse_u64("-icount", buf, &v, err);
            }
            if (ok && v > 10) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "-icount %s: shift must be 0..10", arg);
                ok = false;
            } else if (!ok && !(err && *err)) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "-icount %s: expected shift=N", arg);
            }
            cfg->icount_shift = (unsigned)v;
            if (ok && strstr(arg, "rr")) {   /* record/replay items */
                if (!cfg->replay) {
                    cfg->replay = g_new0(ReplayConfig, 1);
                }
                ok = replay_parse_icount(arg, cfg->replay, err);
                g_strfreev(cfg->replay->argv);   /* kept in a recording */
                cfg->replay->argv = g_strdupv(argv + 1);
            }
        } else if (!strcmp(opt, "-device")) {
            if (device_help(arg, stdout, err)) {
                if (err && *err) {
                    return false;
                }
                *action = CLI_EXIT_OK;
                return true;
            }
            append_arg(&cfg->devices, arg);  /* checked by machine_new */
        } else if (!strcmp(opt, "-object")) {
            ok = memory_backend_check(arg, cfg->objects, err);
            if (ok) {
                append_arg(&cfg->objects, arg);
            }
        } else if (!strcmp(opt, "-global")) {
            ok = device_global_check(arg, err);
            append_arg(&cfg->globals, arg);
        } else if (!strcmp(opt, "-rtc")) {
            g_free(cfg->rtc);
            cfg->rtc = g_strdup(arg);
        } else if (!strcmp(opt, "-plugin")) {
            ok = plugins_check_spec(arg, err);
            if (ok) {
                if (!cfg->plugins) {
                    cfg->plugins = g_ptr_array_new_with_free_func(g_free);
                }
                g_ptr_array_add(cfg->plugins, g_strdup(arg));
            }
        } else if (!strcmp(opt, "-gdb")) {
            g_free(cfg->gdb);   /* checked by machine_new */
            cfg->gdb = !strcmp(arg, "none") ? NULL : g_strdup(arg);
        } else if (!strcmp(opt, "-snapshot-db")) {
            g_free(cfg->snapshot_db);
            cfg->snapshot_db = g_strdup(arg);
        } else if (!strcmp(opt, "-loadvm")) {
            g_free(cfg->loadvm);
            cfg->loadvm = g_strdup(arg);
        } else if (!strcmp(opt, "-savevm-at")) {
            append_arg(&cfg->savevm_at, arg);   /* ICOUNT:NAME */
        } else if (!strcmp(opt, "-max-insns")) {
            ok = parse_u64("-max-insns", arg, &cfg->max_insns, err);
        } else if (!strcmp(opt, "-cpu")) {
            if (!strcmp(arg, "help") || !strcmp(arg, "?")) {
                cpu_models_print_help(stdout);
                exit(0);
            }
            if (!cpu_model_find(arg)) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "-cpu %s: unable to find CPU model '%s' (farad "
                            "has POWER9, POWER8, POWER7; -cpu help)", arg,
                            arg);
                ok = false;
            } else {
                /* the machine's cpu-type, after its type's default */
                if (!cfg->machine_props) {
                    cfg->machine_props =
                        g_ptr_array_new_with_free_func(g_free);
                }
                g_ptr_array_add(cfg->machine_props,
                                g_strdup_printf("cpu-type=%s", arg));
            }
        }
        /* -name, -L: accepted and ignored */
        if (!ok) {
            return false;
        }
    }
    return true;
}
