/* SPDX-License-Identifier: MIT */
/*
 * Command-line parsing in QEMU's style: single-dash long options (a
 * double dash is the same option), each with at most one argument, and
 * "-machine type,prop=value,..." lists. One table of options (at the
 * end of this file) drives the parsing, `-help` and the errors for an
 * unknown option or a missing argument; each row's handler is a small
 * function, grouped below by what it configures. -machine properties
 * come from the property tables (machine_config_props and the
 * spapr-machine table): values farad cannot honour are refused there,
 * or accepted with a one-line caveat printed here.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "smp-args.h"
#include "snapshot/replay.h"
#include "core/block/block.h"
#include "core/machine/cpu-models.h"
#include "core/machine/device.h"
#include "core/machine/machine-types.h"
#include "core/machine/memory-backend.h"
#include "core/machine/spapr.h"
#include "core/net/net.h"
#include "plugins/host.h"
#include "chardev.h"

struct CliState {
    MachineConfig *cfg;
    CliAction action;     /* CLI_EXIT_OK: stop parsing, exit 0 */
    char **argv;          /* the whole command line (kept in recordings) */
    bool serial_given;    /* -serial: the console is that, -nodefaults
                             or not */
    bool nographic;       /* -nographic (refused with -daemonize) */
    const char *smp;      /* the last -smp argument (applied at the end,
                             when the machine type is known) */
    bool net_given;       /* -netdev or -nic: no default NIC */
    unsigned nics;        /* -nic options so far */
};

/* What farad answers as its QEMU version: the QEMU release whose
 * qemu-system-ppc64 command line and pseries machine it follows. Tools
 * parse the first line of -version and -help ("QEMU emulator version
 * MAJOR.MINOR.MICRO"): kvm-unit-tests' runner, libvirt. */
#define QEMU_COMPAT_VERSION "7.2.0"
#define FARAD_VERSION "0.1"

#define HELP_COLUMN 18    /* where -help text starts after the option */

/* ---- shared helpers ---- */

static void set_str(char **field, const char *arg)
{
    g_free(*field);
    *field = g_strdup(arg);
}

/* Append s (taken over) to *list, creating the list. */
static void append_take(GPtrArray **list, char *s)
{
    if (!*list) {
        *list = g_ptr_array_new_with_free_func(g_free);
    }
    g_ptr_array_add(*list, s);
}

static void append_arg(GPtrArray **list, const char *arg)
{
    append_take(list, g_strdup(arg));
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

/* A RAM size in QEMU's syntax: decimal digits with an optional
 * fraction, or 0x and hex digits; then an optional suffix B, K, M, G,
 * T, P or E (powers of 1024; none means MiB, as in QEMU's -m) and an
 * optional trailing B ("512MB"). No sign, exponent, nan or inf; the
 * value must be below 2^64. */
static bool parse_size(const char *s, uint64_t *out)
{
    static const char suffixes[] = "BKMGTPE";
    bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    const char *p = hex ? s + 2 : s;
    const char *digits = hex ? "0123456789abcdefABCDEF" : "0123456789";
    size_t ndig = strspn(p, digits);
    if (!ndig || ndig > 20) {
        return false;
    }
    errno = 0;
    uint64_t whole = strtoull(p, NULL, hex ? 16 : 10);
    if (errno) {
        return false;
    }
    p += ndig;
    double frac = 0;
    if (!hex && *p == '.') {
        size_t nfrac = strspn(p + 1, "0123456789");
        if (!nfrac) {
            return false;
        }
        frac = strtod(p, NULL);     /* ".ddd": a plain decimal in [0,1) */
        p += 1 + nfrac;
    }
    unsigned shift = 20;
    const char *suf = *p ? strchr(suffixes, g_ascii_toupper(*p)) : NULL;
    if (suf) {
        shift = 10 * (unsigned)(suf - suffixes);
        p++;
        if (shift && (*p == 'B' || *p == 'b')) {
            p++;
        }
    }
    if (*p || whole > (UINT64_MAX >> shift)) {
        return false;
    }
    uint64_t bytes = whole << shift;
    uint64_t part = (uint64_t)(frac * (double)(1ULL << shift));
    if (bytes + part < bytes) {
        return false;
    }
    *out = bytes + part;
    return true;
}

/* ---- help and version ---- */

static void print_version(FILE *f)
{
    fprintf(f, "QEMU emulator version " QEMU_COMPAT_VERSION " (farad "
            FARAD_VERSION ")\n"
            "farad: a pseries (PPC64) emulator, QEMU-compatible: "
            "qemu-system-ppc64 " QEMU_COMPAT_VERSION "'s command line; not "
            "QEMU itself\n");
}

static bool opt_help(CliState *st, const char *arg, GError **err)
{
    (void)arg;
    (void)err;
    cli_print_help(stdout);
    st->action = CLI_EXIT_OK;
    return true;
}

static bool opt_version(CliState *st, const char *arg, GError **err)
{
    (void)arg;
    (void)err;
    print_version(stdout);
    st->action = CLI_EXIT_OK;
    return true;
}

/* ---- the machine: type, properties, CPU, RAM ---- */

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
static bool machine_prop(MachineConfig *cfg, const char *key,
                         const char *val, GError **err)
{
    const PropDesc *p = props_find(machine_config_props, key);
    if (p) {
        return prop_parse(p, cfg, val, "-machine", err);
    }
    p = props_find(spapr_machine_class.props, key);
    if (!p) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-machine: property '%s' not found on machine %s (value "
                    "'%s')", key, cfg->machine_type, val);
        return false;
    }
    if (!prop_check(p, val, cfg->machine_type, err)) {
        return false;
    }
    report_caveat("-machine", p, val);
    append_take(&cfg->machine_props, g_strdup_printf("%s=%s", key, val));
    return true;
}

/* The type alone (first item): a known type, or "help". */
static bool machine_type(CliState *st, const char *type, GError **err)
{
    if (!strcmp(type, "help") || !strcmp(type, "?")) {
        machine_types_print_help(stdout);
        st->action = CLI_EXIT_OK;
        return true;
    }
    if (!machine_type_find(type)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-machine %s: unsupported machine type (use -machine "
                    "help)", type);
        return false;
    }
    set_str(&st->cfg->machine_type, type);
    return true;
}

/* -machine [type,][type=T,]prop=value,... */
static bool opt_machine(CliState *st, const char *arg, GError **err)
{
    gchar **parts = g_strsplit(arg, ",", -1);
    bool ok = true;
    for (int i = 0; parts[i] && ok && st->action == CLI_RUN; i++) {
        char *eq = strchr(parts[i], '=');
        if (i == 0 && !eq) {
            ok = machine_type(st, parts[0], err);
        } else if (!eq) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-machine %s: expected prop=value, got '%s'", arg,
                        parts[i]);
            ok = false;
        } else if (!strncmp(parts[i], "type=", 5)) {
            ok = opt_machine(st, eq + 1, err);
        } else {
            *eq = 0;
            ok = machine_prop(st->cfg, parts[i], eq + 1, err);
        }
    }
    g_strfreev(parts);
    return ok;
}

/* -cpu MODEL: the machine's cpu-type, after its type's default. */
static bool opt_cpu(CliState *st, const char *arg, GError **err)
{
    if (!strcmp(arg, "help") || !strcmp(arg, "?")) {
        cpu_models_print_help(stdout);
        st->action = CLI_EXIT_OK;
        return true;
    }
    if (!cpu_model_find(arg)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-cpu %s: unable to find CPU model '%s' (farad has "
                    "POWER9, POWER8, POWER7; -cpu help)", arg, arg);
        return false;
    }
    append_take(&st->cfg->machine_props, g_strdup_printf("cpu-type=%s", arg));
    return true;
}

static bool opt_accel(CliState *st, const char *arg, GError **err)
{
    if (!strcmp(arg, "help") || !strcmp(arg, "?")) {
        printf("Accelerators supported in QEMU binary:\ntcg\n");
        st->action = CLI_EXIT_OK;
        return true;
    }
    if (strncmp(arg, "tcg", 3) || (arg[3] && arg[3] != ',')) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-accel %s: only tcg is available", arg);
        return false;
    }
    return true;
}

/* -smp [cpus=]N[,maxcpus=,sockets=,cores=,threads=...]: kept until the
 * end of the command line (smp-args.h) */
static bool opt_smp(CliState *st, const char *arg, GError **err)
{
    (void)err;
    st->smp = arg;
    return true;
}

/* -m SIZE or -m size=SIZE */
static bool opt_memory(CliState *st, const char *arg, GError **err)
{
    const char *size = strncmp(arg, "size=", 5) ? arg : arg + 5;
    uint64_t bytes;
    if (!parse_size(size, &bytes)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-m %s: Parameter 'size' expects a non-negative number "
                    "below 2^64 (optional suffix k, M, G, T, P or E)", arg);
        return false;
    }
    if (!spapr_check_ram_size(bytes, err)) {
        return false;
    }
    st->cfg->ram_size = bytes;
    return true;
}

/* ---- boot images ---- */

static bool opt_bios(CliState *st, const char *arg, GError **err)
{
    (void)err;
    set_str(&st->cfg->bios, arg);
    return true;
}

/* -L DIR: searched for firmware before QEMU's data directory; -L help
 * lists the search order. */
static bool opt_datadir(CliState *st, const char *arg, GError **err)
{
    (void)err;
    if (!strcmp(arg, "help")) {
        firmware_print_dirs(st->cfg, stdout);
        st->action = CLI_EXIT_OK;
        return true;
    }
    append_arg(&st->cfg->fw_dirs, arg);
    return true;
}

static bool opt_kernel(CliState *st, const char *arg, GError **err)
{
    (void)err;
    set_str(&st->cfg->kernel, arg);
    return true;
}

static bool opt_initrd(CliState *st, const char *arg, GError **err)
{
    (void)err;
    set_str(&st->cfg->initrd, arg);
    return true;
}

static bool opt_append(CliState *st, const char *arg, GError **err)
{
    (void)err;
    set_str(&st->cfg->append, arg);
    return true;
}

/* ---- console, monitor and display ---- */

/* -nographic: the console is on stdio, which it is anyway without
 * -nodefaults; with -nodefaults there is none unless -serial asks (as in
 * QEMU: its default serial is what -nographic redirects). */
static bool opt_nographic(CliState *st, const char *arg, GError **err)
{
    st->nographic = true;
    (void)arg;
    (void)err;
    return true;
}

/* ---- character devices and QMP (chardev.h, qmp.h) ---- */

/* The -chardev with this id given so far, parsed into out. */
static bool chardev_given(CliState *st, const char *opt, const char *id,
                          ChardevSpec *out, GError **err)
{
    GError *e = NULL;
    if (!chardev_find(st->cfg->chardevs, id, out, &e)) {
        g_error_free(e);
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s chardev:%s: no -chardev with id=%s before it", opt,
                    id, id);
        return false;
    }
    return true;
}

static bool opt_chardev(CliState *st, const char *arg, GError **err)
{
    ChardevSpec s;
    if (!chardev_parse(arg, &s, err)) {
        return false;
    }
    ChardevSpec dup;
    bool taken = chardev_find(st->cfg->chardevs, s.id, &dup, NULL);
    if (taken) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-chardev %s: duplicate chardev id '%s'", arg, s.id);
        chardev_spec_clear(&dup);
    }
    chardev_spec_clear(&s);
    if (!taken) {
        append_arg(&st->cfg->chardevs, arg);
    }
    return !taken;
}

/* -serial on a character device: chardev:ID or an inline spec. stdio
 * and null map onto the console's own modes; the others are opened by
 * the session (serial-chr.c). */
static bool cli_serial_chardev(CliState *st, const char *arg, GError **err)
{
    ChardevSpec s;
    bool ok = g_str_has_prefix(arg, "chardev:")
                  ? chardev_given(st, "-serial", arg + 8, &s, err)
                  : chardev_parse_inline("-serial", arg, &s, err);
    if (!ok) {
        return false;
    }
    MachineConfig *cfg = st->cfg;
    g_free(cfg->serial_chr);
    cfg->serial_chr = NULL;
    cfg->serial_stdio = true;   /* a VTY (null too, as QEMU's): serial-chr.c
                                   moves it off stdio */
    if (s.backend != CHR_STDIO) {
        cfg->serial_chr = g_strdup(arg);
    }
    chardev_spec_clear(&s);
    return true;
}

static bool opt_monitor(CliState *st, const char *arg, GError **err);

/* -mon chardev=ID,mode=readline|control: control is QMP (qmp.c);
 * readline is the HMP monitor, as -monitor chardev:ID. */
static bool opt_mon(CliState *st, const char *arg, GError **err)
{
    char *id;
    bool control;
    if (!chardev_parse_mon(arg, &id, &control, err)) {
        return false;
    }
    ChardevSpec s;
    bool ok = chardev_given(st, "-mon", id, &s, err);
    if (ok && control && s.backend != CHR_SOCKET) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-mon %s: farad's QMP needs a socket chardev", arg);
        ok = false;
    }
    if (ok && !control) {
        char *spec = g_strdup_printf("chardev:%s", id);
        ok = opt_monitor(st, spec, err);
        g_free(spec);
    } else if (ok) {
        append_arg(&st->cfg->mons, arg);
    }
    if (ok) {
        chardev_spec_clear(&s);
    }
    g_free(id);
    return ok;
}

static bool opt_qmp(CliState *st, const char *arg, GError **err)
{
    ChardevSpec s;
    if (!chardev_parse_inline("-qmp", arg, &s, err)) {
        return false;
    }
    bool ok = s.backend == CHR_SOCKET;
    if (!ok) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-qmp %s: farad's QMP needs unix:PATH or tcp:HOST:PORT",
                    arg);
    } else {
        append_arg(&st->cfg->qmp, arg);
    }
    chardev_spec_clear(&s);
    return ok;
}

static bool opt_serial(CliState *st, const char *arg, GError **err)
{
    MachineConfig *cfg = st->cfg;
    st->serial_given = true;
    if (!strcmp(arg, "stdio")) {
        cfg->serial_stdio = true;
    } else if (!strcmp(arg, "mon:stdio")) {
        cfg->serial_stdio = true;
        cfg->mon_stdio = true;
    } else if (!strcmp(arg, "none")) {
        cfg->serial_stdio = false;   /* no serial port: no VTY */
    } else {
        return cli_serial_chardev(st, arg, err);   /* null: a VTY, as QEMU */
    }
    g_free(cfg->serial_chr);
    cfg->serial_chr = NULL;
    return true;
}

/* -display, -monitor, -vga: only "none" exists (why: said after). */
static bool only_none(const char *opt, const char *arg, const char *why,
                      GError **err)
{
    if (strcmp(arg, "none")) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s %s: only 'none' is supported%s", opt, arg, why);
        return false;
    }
    return true;
}

static bool opt_monitor(CliState *st, const char *arg, GError **err)
{
    MachineConfig *cfg = st->cfg;
    ChardevSpec s = { 0 };
    bool ok = true;
    if (!strcmp(arg, "none") || !strcmp(arg, "null")) {
        s.backend = CHR_NULL;
    } else if (g_str_has_prefix(arg, "chardev:")) {
        ok = chardev_given(st, "-monitor", arg + 8, &s, err);
    } else {
        ok = chardev_parse_inline("-monitor", arg, &s, err);
    }
    if (!ok) {
        return false;
    }
    g_free(cfg->monitor_chr);
    cfg->monitor_chr = NULL;
    cfg->monitor_stdio = s.backend == CHR_STDIO;
    if (s.backend != CHR_STDIO && s.backend != CHR_NULL) {
        cfg->monitor_chr = g_strdup(arg);   /* monitor.c opens it */
    }
    chardev_spec_clear(&s);
    return true;
}

static bool opt_display(CliState *st, const char *arg, GError **err)
{
    (void)st;
    return only_none("-display", arg, "", err);
}

/* -vga none: accepted, no effect (farad has no graphics card). */
static bool opt_vga(CliState *st, const char *arg, GError **err)
{
    (void)st;
    return only_none("-vga", arg, " (farad has no graphics card)", err);
}

static bool opt_nodefaults(CliState *st, const char *arg, GError **err)
{
    (void)arg;
    (void)err;
    st->cfg->nodefaults = true;   /* no VTY unless -serial (cli_parse) */
    return true;
}

/* ---- debugging: paused start, gdb, logs ---- */

static bool opt_paused(CliState *st, const char *arg, GError **err)
{
    (void)arg;
    (void)err;
    st->cfg->start_paused = true;   /* until the monitor's cont */
    st->cfg->start_paused_by_user = true;
    return true;
}

static bool opt_gdb(CliState *st, const char *arg, GError **err)
{
    (void)err;
    set_str(&st->cfg->gdb, strcmp(arg, "none") ? arg : NULL);
    return true;   /* the address is checked by machine_new */
}

static bool opt_gdb_default(CliState *st, const char *arg, GError **err)
{
    (void)arg;
    return opt_gdb(st, "tcp::1234", err);
}

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
    { "plugin", PPC_TRACE_PLUGIN, "output from TCG plugins" },
};

/* The mask of one -d item; false when there is no such item. */
static bool log_item_mask(const char *name, unsigned *mask)
{
    for (size_t k = 0; k < G_N_ELEMENTS(log_items); k++) {
        if (!strcmp(name, log_items[k].name)) {
            *mask = log_items[k].mask;
            return true;
        }
    }
    return false;
}

/* -d ITEM,... or -d help */
static bool opt_log_items(CliState *st, const char *arg, GError **err)
{
    if (!strcmp(arg, "help")) {
        printf("Log items (comma separated):\n");
        for (size_t i = 0; i < G_N_ELEMENTS(log_items); i++) {
            printf("%-15s %s\n", log_items[i].name, log_items[i].help);
        }
        st->action = CLI_EXIT_OK;
        return true;
    }
    gchar **items = g_strsplit(arg, ",", -1);
    bool ok = true;
    for (int i = 0; ok && items[i]; i++) {
        unsigned mask = 0;
        if (log_item_mask(items[i], &mask)) {
            st->cfg->trace |= mask;
        } else if (items[i][0]) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-d %s: unknown log item '%s' (-d help lists them)",
                        arg, items[i]);
            ok = false;
        }
    }
    g_strfreev(items);
    return ok;
}

static bool opt_logfile(CliState *st, const char *arg, GError **err)
{
    (void)err;
    set_str(&st->cfg->logfile, arg);
    return true;
}

/* ---- time: instruction count, limit, record/replay ---- */

/* The shift of -icount [shift=]N|auto[,...] (auto: 0). */
static bool icount_shift(const char *arg, uint64_t *shift, GError **err)
{
    const char *sh = strstr(arg, "shift=");
    const char *num = sh ? sh + 6 : arg;
    char buf[16];
    size_t n = strcspn(num, ",");
    bool ok = false;
    *shift = 0;
    if (n > 0 && n < sizeof(buf)) {
        memcpy(buf, num, n);
        buf[n] = 0;
        ok = !strcmp(buf, "auto") || parse_u64("-icount", buf, shift, err);
    }
    if (ok && *shift > 10) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-icount %s: shift must be 0..10", arg);
        ok = false;
    } else if (!ok && !(err && *err)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-icount %s: expected shift=N", arg);
    }
    return ok;
}

/* -icount shift=N[,rr=record|replay,rrfile=F,...] */
static bool opt_icount(CliState *st, const char *arg, GError **err)
{
    MachineConfig *cfg = st->cfg;
    uint64_t shift;
    bool ok = icount_shift(arg, &shift, err);
    cfg->icount_shift = (unsigned)shift;
    if (ok && strstr(arg, "rr")) {   /* record/replay items */
        if (!cfg->replay) {
            cfg->replay = g_new0(ReplayConfig, 1);
            cfg->replay_destroy = replay_config_free;
        }
        ok = replay_parse_icount(arg, cfg->replay, err);
        g_strfreev(cfg->replay->argv);   /* kept in a recording */
        cfg->replay->argv = g_strdupv(st->argv + 1);
    }
    return ok;
}

static bool opt_max_insns(CliState *st, const char *arg, GError **err)
{
    return parse_u64("-max-insns", arg, &st->cfg->max_insns, err);
}

/* ---- devices, objects, globals, the RTC ---- */

/* QEMU's default NIC model of the pseries machine (-nic without model=) */
#define PSERIES_NIC_MODEL "spapr-vlan"

/* -netdev user,id=ID,... (core/net/net.h checks it) */
static bool opt_netdev(CliState *st, const char *arg, GError **err)
{
    g_autofree char *id = NULL;
    if (!net_check_netdev(arg, &id, err)) {
        return false;
    }
    GPtrArray *nds = st->cfg->netdevs;
    for (guint i = 0; nds && i < nds->len; i++) {
        g_autofree char *other = NULL;
        if (net_check_netdev(g_ptr_array_index(nds, i), &other, NULL) &&
            !strcmp(other, id)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-netdev %s: Duplicate ID '%s' for netdev", arg, id);
            return false;
        }
    }
    st->net_given = true;
    append_arg(&st->cfg->netdevs, arg);
    return true;
}

/* -nic user[,model=M][,mac=MAC][,netdev options] | none */
static bool opt_nic(CliState *st, const char *arg, GError **err)
{
    g_autofree char *netdev = NULL, *device = NULL;
    if (!net_parse_nic(arg, st->nics++, PSERIES_NIC_MODEL, &netdev, &device,
                       err)) {
        return false;
    }
    st->net_given = true;
    if (netdev) {
        append_arg(&st->cfg->netdevs, netdev);
        append_arg(&st->cfg->nics, device);
    }
    return true;
}

/* -device NAME[,prop=value...], or a help request */
static bool opt_device(CliState *st, const char *arg, GError **err)
{
    if (device_help(st->cfg->board, arg, stdout, err)) {
        if (err && *err) {
            return false;
        }
        st->action = CLI_EXIT_OK;
        return true;
    }
    append_arg(&st->cfg->devices, arg);   /* checked by machine_new */
    return true;
}

/* ---- drives (core/block/block.h; docs/block.md) ---- */

/* A drive for machine_new: "WHERE\nOPTS" (machine.h), opts taken. */
static void add_drive(CliState *st, const char *where, char *opts)
{
    append_take(&st->cfg->drives, g_strdup_printf("%s\n%s", where, opts));
    g_free(opts);
}

/* -drive file=IMG,if=...,id=...: checked now, opened by machine_new */
static bool opt_drive(CliState *st, const char *arg, GError **err)
{
    if (!block_drive_opts_check(arg, err)) {
        return false;
    }
    char *where = g_strdup_printf("-drive %s", arg);
    add_drive(st, where, g_strdup(arg));
    g_free(where);
    return true;
}

/* -cdrom FILE: QEMU's -drive file=FILE,index=2,media=cdrom on the
 * machine's default interface (scsi on pseries) */
static bool opt_cdrom(CliState *st, const char *arg, GError **err)
{
    (void)err;
    char *where = g_strdup_printf("-cdrom %s", arg);
    add_drive(st, where, block_cdrom_opts(arg));
    g_free(where);
    return true;
}

/* -hda FILE: QEMU's -drive file=FILE,index=0,media=disk on the default
 * interface; a bare FILE argument is the same (errors name it alone) */
static bool hda(CliState *st, const char *where, const char *file)
{
    GString *s = g_string_new("index=0,media=disk,file=");
    for (const char *p = file; *p; p++) {
        if (*p == ',') {
            g_string_append_c(s, ',');   /* ",," quotes a comma */
        }
        g_string_append_c(s, *p);
    }
    add_drive(st, where, g_string_free(s, FALSE));
    return true;
}

static bool opt_hda(CliState *st, const char *arg, GError **err)
{
    (void)err;
    char *where = g_strdup_printf("-hda %s", arg);
    hda(st, where, arg);
    g_free(where);
    return true;
}

/* -snapshot: QEMU's "write to temporary files instead of disk image
 * files": every drive's writes go to its overlay (farad's default) */
static bool opt_snapshot(CliState *st, const char *arg, GError **err)
{
    (void)arg;
    (void)err;
    st->cfg->snapshot = true;
    return true;
}

static bool opt_object(CliState *st, const char *arg, GError **err)
{
    if (!memory_backend_check(arg, st->cfg->objects, err)) {
        return false;
    }
    append_arg(&st->cfg->objects, arg);
    return true;
}

static bool opt_global(CliState *st, const char *arg, GError **err)
{
    bool ok = device_global_check(st->cfg->board, arg, err);
    append_arg(&st->cfg->globals, arg);
    return ok;
}

static bool opt_rtc(CliState *st, const char *arg, GError **err)
{
    (void)err;
    set_str(&st->cfg->rtc, arg);   /* checked by machine_new */
    return true;
}

/* QEMU's RTC starts at the host's UTC time: without -rtc base=... the
 * command line says base=utc (a MachineConfig's own default, NULL, is a
 * fixed epoch for programs that build machines themselves). */
static void rtc_default_base(MachineConfig *cfg)
{
    const char *r = cfg->rtc;
    if (!r) {
        cfg->rtc = g_strdup("base=utc");
    } else if (strncmp(r, "base=", 5) && !strstr(r, ",base=")) {
        char *with = g_strdup_printf("base=utc,%s", r);
        g_free(cfg->rtc);
        cfg->rtc = with;
    }
}

/* ---- snapshots ---- */

static bool opt_snapshot_db(CliState *st, const char *arg, GError **err)
{
    (void)err;
    set_str(&st->cfg->snapshot_db, arg);
    return true;
}

static bool opt_loadvm(CliState *st, const char *arg, GError **err)
{
    (void)err;
    set_str(&st->cfg->loadvm, arg);
    return true;
}

static bool opt_incoming(CliState *st, const char *arg, GError **err)
{
    if (!g_str_has_prefix(arg, "file:") && !g_str_has_prefix(arg, "exec:") &&
        !g_str_has_prefix(arg, "tcp:") && strcmp(arg, "defer")) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-incoming %s: unknown migration protocol (file:PATH, "
                    "exec:CMD, tcp:HOST:PORT, defer)", arg);
        return false;
    }
    set_str(&st->cfg->incoming, arg);
    return true;
}

static bool opt_savevm_at(CliState *st, const char *arg, GError **err)
{
    (void)err;
    append_arg(&st->cfg->savevm_at, arg);   /* ICOUNT:NAME */
    return true;
}

/* ---- plugins ---- */

static bool opt_plugin(CliState *st, const char *arg, GError **err)
{
    if (!plugins_check_spec(arg, err)) {
        return false;
    }
    append_arg(&st->cfg->plugins, arg);
    return true;
}

/* ---- the guest's identity ---- */

/* -name NAME or guest=NAME[,process=PNAME][,debug-threads=on|off]
 * (farad runs one thread: debug-threads names nothing) */
static bool opt_name(CliState *st, const char *arg, GError **err)
{
    gchar **items = g_strsplit(arg, ",", -1);
    bool ok = true;
    for (int i = 0; ok && items[i]; i++) {
        char *eq = strchr(items[i], '=');
        const char *key = eq ? items[i] : "guest";
        const char *val = eq ? eq + 1 : items[i];
        if (eq) {
            *eq = 0;
        }
        if (!eq && i > 0) {
            key = items[i];
        }
        if (!strcmp(key, "guest") && (eq || i == 0)) {
            set_str(&st->cfg->name, val);
        } else if (!strcmp(key, "process") && eq) {
            set_str(&st->cfg->process_name, val);
        } else if (!strcmp(key, "debug-threads") && eq) {
            if (strcmp(val, "on") && strcmp(val, "off")) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "-name %s: Parameter 'debug-threads' expects "
                            "'on' or 'off'", arg);
                ok = false;
            }
        } else {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-name %s: Invalid parameter '%s'", arg, key);
            ok = false;
        }
    }
    g_strfreev(items);
    return ok;
}

/* -uuid 8-4-4-4-12 hex digits, kept in lower case */
static bool opt_uuid(CliState *st, const char *arg, GError **err)
{
    static const char shape[] = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
    bool ok = strlen(arg) == sizeof(shape) - 1;
    for (size_t i = 0; ok && shape[i]; i++) {
        ok = shape[i] == '-' ? arg[i] == '-' : g_ascii_isxdigit(arg[i]);
    }
    if (!ok) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-uuid %s: failed to parse UUID string: wrong format",
                    arg);
        return false;
    }
    g_free(st->cfg->uuid);
    st->cfg->uuid = g_ascii_strdown(arg, -1);
    return true;
}

/* ---- the process: pid file, daemon, end of run ---- */

static bool opt_pidfile(CliState *st, const char *arg, GError **err)
{
    (void)err;
    set_str(&st->cfg->pidfile, arg);   /* written by daemon.c */
    return true;
}

static bool opt_daemonize(CliState *st, const char *arg, GError **err)
{
    (void)arg;
    (void)err;
    st->cfg->daemonize = true;
    return true;
}

static bool opt_no_reboot(CliState *st, const char *arg, GError **err)
{
    (void)arg;
    (void)err;
    st->cfg->no_reboot = true;
    return true;
}

static bool opt_no_shutdown(CliState *st, const char *arg, GError **err)
{
    (void)arg;
    (void)err;
    st->cfg->no_shutdown = true;
    return true;
}

/* ---- the table ---- */

static const CliOption options[] = {
    { "-machine", "TYPE[,prop=value,...]",
      "pseries (= pseries-7.2, the default), pseries-2.8,\n"
      "pseries-2.7;\n"
      "props: cap-htm cap-vsx cap-dfp cap-cfpc cap-sbbc cap-ibs\n"
      "cap-ccf-assist cap-large-decr ic-mode dumpdtb=FILE accel\n"
      "(-machine help; -device spapr-machine,help)", opt_machine },
    { "-M", "TYPE[,prop=value,...]", "the same as -machine", opt_machine },
    { "-cpu", "MODEL", "POWER9, POWER8, POWER7 (default: the machine type's;\n"
      "-cpu help)", opt_cpu },
    { "-accel", "tcg", "accepted (farad always interprets; -accel help)",
      opt_accel },
    { "-smp", "[cpus=]N[,maxcpus=N][,sockets=N][,cores=N][,threads=1]",
      "CPUs (1..64, default 1), one thread per core (as QEMU's\n"
      "TCG on pseries); maxcpus = cpus (no CPU hotplug)", opt_smp },
    { "-m", "SIZE", "guest RAM, e.g. 512M, 2G (default 512M)", opt_memory },
    { "-bios", "FILE|none", "raw firmware/program loaded at 0, entered at 0x100\n"
      "(default: slof.bin from -L dirs, /usr/share/qemu;\n"
      "none: no firmware, -kernel is entered directly)", opt_bios },
    { "-L", "DIR", "search DIR for firmware first (-L help: the order)",
      opt_datadir },
    { "-kernel", "FILE", "ELF kernel at 0x400000 for the firmware to boot\n"
      "(-bios none: entered at its entry point)", opt_kernel },
    { "-initrd", "FILE", "initial RAM disk (with -kernel)", opt_initrd },
    { "-append", "STRING", "kernel command line", opt_append },
    { "-nographic", NULL, "console on stdin/stdout", opt_nographic },
    { "-serial", "stdio|mon:stdio|none|CHARDEV", "console backend (mon:stdio: "
      "Ctrl-A c switches to\nthe monitor; CHARDEV: chardev:ID, file:P, pipe:P,\n"
      "unix:P,server,nowait, tcp:H:P,server,nowait, null)", opt_serial },
    { "-chardev", "BACKEND,id=ID[,...]", "character device: socket,path=P|host=H,"
      "port=N,\nserver=on|off,wait=on|off; file,path=P; pipe,path=P; null; "
      "stdio", opt_chardev },
    { "-mon", "chardev=ID,mode=readline|control", "a monitor on a chardev "
      "(control: QMP)", opt_mon },
    { "-qmp", "unix:P,server,wait=off|tcp:H:P,...", "QMP server "
      "(docs/qmp.md)", opt_qmp },
    { "-monitor", "stdio|none|CHARDEV", "the HMP monitor on stdin/stdout, or a "
      "character\ndevice as -serial takes", opt_monitor },
    { "-display", "none", "accepted (farad has no display)", opt_display },
    { "-vga", "none", "accepted (farad has no graphics card)", opt_vga },
    { "-nodefaults", NULL, "no default console device (no VTY unless "
      "-serial)", opt_nodefaults },
    { "-S", NULL, "start paused (the monitor's cont starts it)", opt_paused },
    { "-gdb", "tcp::PORT", "wait for gdb on 127.0.0.1:PORT", opt_gdb },
    { "-s", NULL, "the same as -gdb tcp::1234", opt_gdb_default },
    { "-device", "NAME[,prop=value,...]", "add a device (-device help, -device NAME,help\n"
      "list devices and properties)", opt_device },
    { "-drive", "file=IMG,if=none|virtio|scsi,id=ID[,format=raw|qcow2]",
      "a drive: [,readonly=on][,media=disk|cdrom][,snapshot=on|off]\n"
      "[,index=N][,serial=S][,discard=unmap]; guest writes go to an\n"
      "overlay kept in snapshots unless snapshot=off (docs/block.md)",
      opt_drive },
    { "-cdrom", "FILE", "CD-ROM image (-drive file=FILE,index=2,media=cdrom)",
      opt_cdrom },
    { "-hda", "FILE", "disk image (-drive file=FILE,index=0,media=disk)",
      opt_hda },
    { "-netdev", "user,id=ID[,hostfwd=tcp::HPORT-:GPORT][,net=ADDR/MASK]",
      "user-mode network backend (libslirp; docs/net.md)", opt_netdev },
    { "-nic", "user[,model=spapr-vlan][,mac=MAC][,...]|none",
      "a NIC on its own user netdev (none: no NIC)", opt_nic },
    { "-snapshot", NULL, "every drive snapshot=on (even snapshot=off ones)",
      opt_snapshot },
    { "-object", "memory-backend-ram|file,id=ID,size=SIZE[,...]",
      "memory for a device's memdev=ID (ivshmem-plain);\n"
      "memory-backend-file also takes mem-path=FILE; share=on", opt_object },
    { "-global", "DRIVER.PROP=VALUE", "set a device property default",
      opt_global },
    { "-rtc", "base=utc|localtime|DATE,clock=host|vm", "RTC start (default base=utc: the host's UTC\n"
      "time at start; DATE: YYYY-MM-DD[THH:MM:SS] pins it),\n"
      "advancing with virtual time (clock=vm, the default)", opt_rtc },
    { "-d", "ITEM,...", "log items (-d help lists them)", opt_log_items },
    { "-D", "FILE", "write the log to FILE", opt_logfile },
    { "-icount", "shift=N[,rr=record|replay,rrfile=FILE]",
      "virtual time: 2^N ns per instruction; record/replay\n"
      "(docs/replay.md)", opt_icount },
    { "-max-insns", "N", "stop after N instructions (exit status 3)",
      opt_max_insns },
    { "-snapshot-db", "FILE", "snapshot database (docs/snapshots.md)",
      opt_snapshot_db },
    { "-loadvm", "NAME", "load snapshot NAME from it after boot", opt_loadvm },
    { "-incoming", "URI", "load a QEMU 7.2 migration stream (file:PATH, "
      "exec:CMD, tcp:HOST:PORT) and stay paused unless it was running",
      opt_incoming },
    { "-savevm-at", "ICOUNT:NAME", "save snapshot NAME at that instruction "
      "count", opt_savevm_at },
    { "-plugin", "FILE[,key=value,...]", "load an instrumentation plugin\n"
      "(also file=FILE,...; repeatable; docs/plugins.md)", opt_plugin },
    { "-name", "[guest=]NAME[,process=P][,debug-threads=on|off]",
      "the guest's name (the tree's ibm,partition-name);\n"
      "process=: the host process's name", opt_name },
    { "-uuid", "UUID", "the machine's UUID (the tree's vm,uuid, system-id)",
      opt_uuid },
    { "-pidfile", "FILE", "write the process id to FILE (removed at exit)",
      opt_pidfile },
    { "-daemonize", NULL, "detach once the machine is built (the console\n"
      "must not be stdio: -nodefaults or -serial none)", opt_daemonize },
    { "-no-reboot", NULL, "exit (status 0) when the guest reboots",
      opt_no_reboot },
    { "-no-shutdown", NULL, "stop, not exit, when the guest powers off (the\n"
      "monitor's system_reset and cont run it again)", opt_no_shutdown },
    { "-version", NULL, "print the version", opt_version },
    { "-help", NULL, "print this help", opt_help },
    { "-h", NULL, "the same as -help", opt_help },
    { NULL, NULL, NULL, NULL },
};

const CliOption *cli_options(void)
{
    return options;
}

/* One row: "-name ARG" then its help from HELP_COLUMN, on the next line
 * when the two do not fit; continuation lines indented alike. */
static void print_option(FILE *f, const CliOption *o)
{
    int width = fprintf(f, "%s%s%s", o->name, o->arg ? " " : "",
                        o->arg ? o->arg : "");
    if (width >= HELP_COLUMN) {
        fputc('\n', f);
        width = 0;
    }
    for (const char *line = o->help; *line;) {
        size_t n = strcspn(line, "\n");
        fprintf(f, "%*s%.*s\n", HELP_COLUMN - width, "", (int)n, line);
        width = 0;
        line += n + (line[n] == '\n');
    }
}

void cli_print_help(FILE *f)
{
    print_version(f);
    fprintf(f, "usage: farad [options]\n"
               "farad emulates an IBM pSeries (sPAPR) machine with a PPC64 "
               "CPU. It takes\nqemu-system-ppc64's options below; any other "
               "is refused, one line naming it.\n\n");
    for (const CliOption *o = options; o->name; o++) {
        print_option(f, o);
    }
}

/* -daemonize needs the console and monitor off stdio (QEMU's
 * messages). */
static bool daemonize_check(const CliState *st, GError **err)
{
    const MachineConfig *cfg = st->cfg;
    const char *why = NULL;
    if (st->nographic) {
        why = "-nographic cannot be used with -daemonize";
    } else if (cfg->monitor_stdio || cfg->mon_stdio) {
        why = "-monitor stdio: cannot use stdio with -daemonize";
    } else if (cfg->serial_stdio && !cfg->serial_chr) {  /* a device is fine */
        why = st->serial_given
              ? "-serial stdio: cannot use stdio with -daemonize"
              : "-daemonize: the default console is stdio (add -nodefaults "
                "or -serial none)";
    }
    if (why) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE, "%s", why);
        return false;
    }
    return true;
}

/* The row for argv item opt ("--x" is "-x"), or NULL. */
static const CliOption *find_option(const char *opt)
{
    if (opt[0] == '-' && opt[1] == '-') {
        opt++;
    }
    for (const CliOption *o = options; o->name; o++) {
        if (!strcmp(o->name, opt)) {
            return o;
        }
    }
    return NULL;
}

bool cli_parse(int argc, char **argv, MachineConfig *cfg, CliAction *action,
               GError **err)
{
    CliState st = { .cfg = cfg, .action = CLI_RUN, .argv = argv };
    bool ok = true;
    for (int i = 1; ok && st.action == CLI_RUN && i < argc; i++) {
        const CliOption *o = find_option(argv[i]);
        if (!o && argv[i][0] != '-') {   /* QEMU: a disk image (hda) */
            ok = hda(&st, argv[i], argv[i]);
            continue;
        }
        if (!o) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: invalid option", argv[i]);
            return false;
        }
        if (o->arg && i + 1 >= argc) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: requires an argument", argv[i]);
            return false;
        }
        ok = o->handle(&st, o->arg ? argv[++i] : NULL, err);
    }
    /* the console: -serial's, else stdio unless -nodefaults (which
     * creates no VTY, whatever the order of -nographic) */
    if (!st.serial_given) {
        cfg->serial_stdio = !cfg->nodefaults;
    }
    /* QEMU's default NIC unless -nodefaults, -nic or -netdev; a replay
     * has no host network */
    cfg->default_nic = !cfg->nodefaults && !st.net_given;
    cfg->net_offline = cfg->replay && cfg->replay->mode == REPLAY_PLAY;
    if (ok && st.action == CLI_RUN && st.smp) {
        ok = smp_args_apply(st.smp, cfg->machine_type, cfg, err);
    }
    if (ok && st.action == CLI_RUN && cfg->daemonize) {
        ok = daemonize_check(&st, err);
    }
    rtc_default_base(cfg);
    *action = st.action;
    return ok;
}
