/* SPDX-License-Identifier: MIT */
/*
 * Monitor commands (see monitor.h): the command table, `help`, and the
 * commands that are not reports: x / xp memory dumps (x translates the
 * address as the CPU would, xp is physical; formats x d u o c
 * i, sizes b h w g, QEMU's layout; x/i through Capstone in the current
 * CPU's byte order), print, cpu, stop / cont / c, system_reset, quit,
 * and the snapshot commands (monitor-snap.c). Every error is one line
 * and the monitor carries on.
 */
#include <ctype.h>
#include <inttypes.h>
#include <string.h>
#include <unistd.h>

#include "base/disas.h"
#include "core/block/block.h"
#include "monitor.h"
#include "core/machine/platform.h"
#include "core/machine/spapr-events.h"
#include "snapshot/replay.h"

/* Effective -> real address: farad has no MMU yet, every access is a
 * real-mode one (as cpu-ppc/mem.c does). */

typedef struct MonCmd {
    const char *name;       /* "x", "info", ... */
    const char *alias;      /* or NULL */
    const char *args;       /* for help */
    const char *help;
    void (*run)(Monitor *mon, const char *args);
} MonCmd;

static const char *skip_ws(const char *s)
{
    while (*s == ' ' || *s == '\t') {
        s++;
    }
    return s;
}

/* ---- expressions: numbers, $registers, + and - ---- */

static bool reg_value(Monitor *mon, const char *name, uint64_t *v)
{
    Machine *m = monitor_machine(mon);
    PpcCpu *cpu = machine_cpu(m, monitor_cpu_index(mon));
    const PpcArch *a = &cpu->arch;
    char *end;
    if ((name[0] == 'r' || name[0] == 'f') && isdigit((unsigned char)name[1])) {
        unsigned long n = strtoul(name + 1, &end, 10);
        if (*end || n > 31) {
            return false;
        }
        *v = name[0] == 'r' ? a->gpr[n] : a->fpr[n];
        return true;
    }
    static const struct { const char *n; size_t off; } regs[] = {
        { "pc", offsetof(PpcArch, nip) }, { "nip", offsetof(PpcArch, nip) },
        { "lr", offsetof(PpcArch, lr) }, { "ctr", offsetof(PpcArch, ctr) },
        { "msr", offsetof(PpcArch, msr) }, { "srr0", offsetof(PpcArch, srr0) },
        { "srr1", offsetof(PpcArch, srr1) }, { "dar", offsetof(PpcArch, dar) },
        { "lpcr", offsetof(PpcArch, lpcr) }, { "cfar", offsetof(PpcArch, cfar) },
        { "sprg0", offsetof(PpcArch, sprg[0]) },
        { "sprg1", offsetof(PpcArch, sprg[1]) },
        { "sprg2", offsetof(PpcArch, sprg[2]) },
        { "sprg3", offsetof(PpcArch, sprg[3]) },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(regs); i++) {
        if (!strcmp(name, regs[i].n)) {
            *v = *(const uint64_t *)((const char *)a + regs[i].off);
            return true;
        }
    }
    if (!strcmp(name, "sp")) {
        *v = a->gpr[1];
    } else if (!strcmp(name, "cr")) {
        *v = a->cr;
    } else if (!strcmp(name, "xer")) {
        *v = ppc_get_xer(cpu);
    } else if (!strcmp(name, "dsisr")) {
        *v = a->dsisr;
    } else if (!strcmp(name, "fpscr")) {
        *v = a->fpscr;
    } else if (!strcmp(name, "tb")) {
        *v = ppc_timebase(cpu);
    } else {
        return false;
    }
    return true;
}

/* Parse an expression at *s (advanced past it). False with *errmsg. */
static bool parse_expr(Monitor *mon, const char **s, uint64_t *out,
                       const char **errmsg)
{
    const char *p = skip_ws(*s);
    uint64_t acc = 0;
    int sign = 1;
    bool have = false;
    for (;;) {
        p = skip_ws(p);
        uint64_t v;
        if (*p == '$') {
            char name[16];
            size_t n = 0;
            p++;
            while (isalnum((unsigned char)*p) || *p == '_') {
                if (n + 1 < sizeof(name)) {
                    name[n++] = (char)tolower((unsigned char)*p);
                }
                p++;
            }
            name[n] = 0;
            if (!reg_value(mon, name, &v)) {
                *errmsg = "unknown register";
                return false;
            }
        } else if (isdigit((unsigned char)*p)) {
            char *end;
            v = strtoull(p, &end, 0);
            p = end;
        } else {
            *errmsg = *p ? "invalid char in expression"
                         : "unexpected end of expression";
            return false;
        }
        acc = sign > 0 ? acc + v : acc - v;
        have = true;
        p = skip_ws(p);
        if (*p == '+' || *p == '-') {
            sign = *p == '+' ? 1 : -1;
            p++;
            continue;
        }
        break;
    }
    *s = p;
    *out = acc;
    return have;
}

/* "/[count][fmt][size]" (any order after the count). */
static bool parse_fmt(Monitor *mon, const char **s, int *count, char *fmt,
                      int *size)
{
    MonitorFmt *last = monitor_last_fmt(mon);
    const char *p = skip_ws(*s);
    *count = 1;
    *fmt = last->fmt;
    *size = last->size;
    if (*p != '/') {
        *s = p;
        return true;
    }
    p++;
    if (isdigit((unsigned char)*p)) {
        *count = (int)strtol(p, (char **)&p, 10);
    }
    bool size_given = false;
    while (*p && *p != ' ' && *p != '\t') {
        switch (*p) {
        case 'x': case 'd': case 'u': case 'o': case 'c': case 'i':
            *fmt = *p;
            break;
        case 'b': *size = 1; size_given = true; break;
        case 'h': *size = 2; size_given = true; break;
        case 'w': *size = 4; size_given = true; break;
        case 'g': *size = 8; size_given = true; break;
        default:
            monitor_printf(mon, "invalid char in format: '%c'\n", *p);
            return false;
        }
        p++;
    }
    (void)size_given;
    last->fmt = *fmt;
    last->size = *size;
    *s = p;
    return true;
}

/* Read len bytes at addr: physical (xp), or an effective address the
 * monitor's CPU translates (x: real mode, hash or radix, as QEMU's HMP). */
static bool read_mem(Monitor *mon, uint64_t addr, uint8_t *buf, size_t len,
                     bool phys)
{
    Machine *m = monitor_machine(mon);
    return machine_debug_rw(m, machine_cpu(m, monitor_cpu_index(mon)), addr,
                            buf, len, false, phys);
}

static void dump_insns(Monitor *mon, uint64_t addr, int count, bool phys)
{
    Machine *m = monitor_machine(mon);
    PpcCpu *cpu = machine_cpu(m, monitor_cpu_index(mon));
    bool le = cpu->arch.msr & MSR_LE;
    for (int i = 0; i < count; i++, addr += 4) {
        uint8_t b[4];
        if (!read_mem(mon, addr, b, 4, phys)) {
            monitor_printf(mon, "0x%08" PRIx64 ": Cannot access memory\n",
                           addr);
            return;
        }
        uint32_t raw = le ? (uint32_t)b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0]
                          : (uint32_t)b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3];
        char text[128], mn[32];
        Disas *ds = monitor_disas(mon);
        monitor_printf(mon, "0x%08" PRIx64 ":  %02x%02x%02x%02x  ", addr,
                       b[0], b[1], b[2], b[3]);
        if (ds && disas_insn(ds, raw, addr, text, sizeof(text)) &&
            disas_mnemonic(ds, raw, mn, sizeof(mn))) {
            size_t n = strlen(mn);
            const char *ops = text + n;
            ops = *ops ? ops + 1 : ops;
            monitor_printf(mon, "%-8s %s\n", mn, ops);
        } else {
            monitor_printf(mon, ".long    0x%08" PRIx32 "\n", raw);
        }
    }
}

/* QEMU's memory_dump layout. */
static void memory_dump(Monitor *mon, const char *args, bool phys)
{
    int count, size;
    char fmt;
    const char *p = args, *err = NULL;
    if (!parse_fmt(mon, &p, &count, &fmt, &size)) {
        return;
    }
    uint64_t addr;
    if (!parse_expr(mon, &p, &addr, &err)) {
        monitor_printf(mon, "%s\n", err);
        return;
    }
    if (*skip_ws(p)) {
        monitor_printf(mon, "%s: extraneous characters at the end of line\n",
                       phys ? "xp" : "x");
        return;
    }
    if (count < 1) {
        return;
    }
    if (fmt == 'i') {
        dump_insns(mon, addr, count, phys);
        return;
    }
    int line_size = size == 1 ? 8 : 16;
    uint64_t len = (uint64_t)count * (uint64_t)size;
    int wsize = fmt == 'c' ? 1 : size;
    int digits = 0;
    switch (fmt) {
    case 'o': digits = (wsize * 8 + 2) / 3; break;
    case 'x': digits = wsize * 2; break;
    case 'u': case 'd': digits = (wsize * 80 + 32) / 33; break;
    default: break;
    }
    while (len > 0) {
        monitor_printf(mon, "%016" PRIx64 ":", addr);
        uint64_t l = MIN(len, (uint64_t)line_size);
        uint8_t buf[16];
        if (!read_mem(mon, addr, buf, (size_t)l, phys)) {
            monitor_printf(mon, " Cannot access memory\n");
            return;
        }
        for (uint64_t i = 0; i < l; i += (uint64_t)wsize) {
            uint64_t v = 0;
            for (int k = 0; k < wsize; k++) {
                v = v << 8 | buf[i + (uint64_t)k];   /* QEMU: target order */
            }
            monitor_printf(mon, " ");
            switch (fmt) {
            case 'o':
                monitor_printf(mon, "%#" PRIo64, v);
                break;
            case 'x':
                monitor_printf(mon, "0x%0*" PRIx64, digits, v);
                break;
            case 'u':
                monitor_printf(mon, "%*" PRIu64, digits, v);
                break;
            case 'd':
                monitor_printf(mon, "%*" PRId64, digits, (int64_t)v);
                break;
            case 'c':
                if (v >= 0x20 && v < 0x7f && v != '\'' && v != '\\') {
                    monitor_printf(mon, "'%c'", (int)v);
                } else if (v == '\'' || v == '\\') {
                    monitor_printf(mon, "'\\%c'", (int)v);
                } else {
                    monitor_printf(mon, "'\\x%02x'", (unsigned)v);
                }
                break;
            }
        }
        monitor_printf(mon, "\n");
        addr += l;
        len -= l;
    }
}

static void cmd_x(Monitor *mon, const char *args)
{
    memory_dump(mon, args, false);
}

static void cmd_xp(Monitor *mon, const char *args)
{
    memory_dump(mon, args, true);
}

static void cmd_print(Monitor *mon, const char *args)
{
    const char *p = skip_ws(args), *err = NULL;
    char fmt = 'd';
    if (*p == '/') {
        p++;
        while (*p && *p != ' ') {
            if (!strchr("xduoc", *p)) {
                monitor_printf(mon, "invalid char in format: '%c'\n", *p);
                return;
            }
            fmt = *p++;
        }
    }
    uint64_t v;
    if (!parse_expr(mon, &p, &v, &err)) {
        monitor_printf(mon, "%s\n", err);
        return;
    }
    switch (fmt) {
    case 'x': monitor_printf(mon, "0x%" PRIx64 "\n", v); break;
    case 'o': monitor_printf(mon, "%#" PRIo64 "\n", v); break;
    case 'u': monitor_printf(mon, "%" PRIu64 "\n", v); break;
    case 'c': monitor_printf(mon, "'%c'\n", (int)(v & 0xff)); break;
    default: monitor_printf(mon, "%" PRId64 "\n", (int64_t)v); break;
    }
}

static void cmd_cpu(Monitor *mon, const char *args)
{
    const char *p = args, *err = NULL;
    uint64_t v;
    if (!parse_expr(mon, &p, &v, &err)) {
        monitor_printf(mon, "%s\n", err);
        return;
    }
    if (v >= (uint64_t)monitor_machine(mon)->cfg.smp) {
        monitor_printf(mon, "invalid CPU index\n");
        return;
    }
    monitor_set_cpu_index(mon, (int)v);
}

static void cmd_info(Monitor *mon, const char *args)
{
    const char *p = skip_ws(args);
    if (!*p) {
        monitor_info_help(mon);
        return;
    }
    size_t n = strcspn(p, " \t");
    char *what = g_strndup(p, n);
    if (!monitor_info(mon, what, skip_ws(p + n))) {
        monitor_printf(mon, "unknown command: 'info %s'\n", what);
    }
    g_free(what);
}

static void cmd_stop(Monitor *mon, const char *args)
{
    (void)args;
    monitor_set_paused(mon, true);
}

static void cmd_cont(Monitor *mon, const char *args)
{
    (void)args;
    if (monitor_shut_down(mon)) {   /* QEMU's answer after -no-shutdown */
        monitor_printf(mon, "Error: Resetting the Virtual Machine is "
                       "required\n");
        return;
    }
    monitor_set_paused(mon, false);
}

/* A command that changes the machine from outside: journalled when it
 * records, refused when it replays (snapshot/replay.h). */
static bool journal(Monitor *mon, const char *name)
{
    GError *err = NULL;
    if (!replay_log_command(monitor_machine(mon), name, &err)) {
        monitor_printf(mon, "Error: %s\n", err->message);
        g_error_free(err);
        return false;
    }
    return true;
}

static void cmd_system_reset(Monitor *mon, const char *args)
{
    (void)args;
    if (journal(mon, "system_reset")) {
        monitor_request(mon, MONITOR_RESET);
    }
}

/* As QEMU's: an EPOW event for the guest to act on (spapr-events.c). */
static void cmd_system_powerdown(Monitor *mon, const char *args)
{
    (void)args;
    if (journal(mon, "system_powerdown")) {
        spapr_event_powerdown(monitor_machine(mon));
    }
}

static void cmd_quit(Monitor *mon, const char *args)
{
    (void)args;
    monitor_machine(mon)->exit = MACHINE_EXIT_QUIT;
    monitor_request(mon, MONITOR_EXIT);
}

static bool one_name(Monitor *mon, const char *cmd, const char *args,
                     char **name)
{
    const char *p = skip_ws(args);
    size_t n = strcspn(p, " \t");
    if (!n || *skip_ws(p + n)) {
        monitor_printf(mon, "%s: expected one snapshot name\n", cmd);
        return false;
    }
    *name = g_strndup(p, n);
    return true;
}

static void cmd_savevm(Monitor *mon, const char *args)
{
    char *name;
    if (one_name(mon, "savevm", args, &name)) {
        monitor_savevm(mon, name);
        g_free(name);
    }
}

static void cmd_loadvm(Monitor *mon, const char *args)
{
    char *name;
    if (one_name(mon, "loadvm", args, &name)) {
        monitor_loadvm(mon, name);
        g_free(name);
    }
}

static void cmd_delvm(Monitor *mon, const char *args)
{
    char *name;
    if (one_name(mon, "delvm", args, &name)) {
        monitor_delvm(mon, name);
        g_free(name);
    }
}

/* commit ID|all: copy a drive's overlay into its image (QEMU's commit;
 * core/block/block.h). The guest sees the same bytes before and after. */
static void cmd_commit(Monitor *mon, const char *args)
{
    const char *p = skip_ws(args);
    size_t n = strcspn(p, " \t");
    if (!n || *skip_ws(p + n)) {
        monitor_printf(mon, "commit: expected a drive id or 'all'\n");
        return;
    }
    g_autofree char *id = g_strndup(p, n);
    if (monitor_machine(mon)->replay) {
        /* the state hash covers the overlay: a replay, which never
         * writes images, would diverge from the recording there */
        monitor_printf(mon, "Error: commit: not while recording or "
                       "replaying (the overlay is part of the replayed "
                       "state)\n");
        return;
    }
    BlockSet *bs = machine_blocks(monitor_machine(mon));
    GError *err = NULL;
    if (!strcmp(id, "all")) {
        for (BlockDrive *d = block_next(bs, NULL); d; d = block_next(bs, d)) {
            if (block_overlay_clusters(d) && !block_commit(d, &err)) {
                monitor_printf(mon, "Error: %s\n", err->message);
                g_clear_error(&err);
            }
        }
        return;
    }
    BlockDrive *d = block_find(bs, id);
    if (!d) {
        monitor_printf(mon, "Error: Device '%s' not found\n", id);
    } else if (!block_commit(d, &err)) {
        monitor_printf(mon, "Error: %s\n", err->message);
        g_error_free(err);
    }
}

static void cmd_help(Monitor *mon, const char *args);

static const MonCmd commands[] = {
    { "commit", NULL, "device|all", "commit changes to the disk images (if "
      "-snapshot is used) or backing files", cmd_commit },
    { "cont", "c", "", "resume emulation", cmd_cont },
    { "cpu", NULL, "index", "set the default CPU", cmd_cpu },
    { "delvm", NULL, "tag", "delete a VM snapshot from the snapshot store",
      cmd_delvm },
    { "device_add", NULL, "driver[,prop=value][,...]", "add device, like "
      "-device on the command line", monitor_device_add },
    { "device_del", NULL, "device", "remove device", monitor_device_del },
    { "help", "?", "[cmd]", "show the help", cmd_help },
    { "info", NULL, "[subcommand]", "show various information about the "
      "system state", cmd_info },
    { "loadvm", NULL, "tag", "restore a VM snapshot from its tag", cmd_loadvm },
    { "migrate", NULL, "[-d] uri", "migrate to URI (using -d to not wait "
      "for completion)", monitor_migrate },
    { "migrate_incoming", NULL, "uri", "Continue an incoming migration "
      "from an -incoming defer", monitor_migrate_incoming },
    { "print", "p", "/fmt expr", "print expression value (use $reg for CPU "
      "register access)", cmd_print },
    { "quit", "q", "", "quit the emulator", cmd_quit },
    { "savevm", NULL, "tag", "save a VM snapshot (replaces one of the same "
      "tag)", cmd_savevm },
    { "stop", NULL, "", "stop emulation", cmd_stop },
    { "system_powerdown", NULL, "", "send system power down event",
      cmd_system_powerdown },
    { "system_reset", NULL, "", "reset the system", cmd_system_reset },
    { "x", NULL, "/fmt addr", "virtual memory dump starting at 'addr'", cmd_x },
    { "xp", NULL, "/fmt addr", "physical memory dump starting at 'addr'",
      cmd_xp },
};

static void help_line(Monitor *mon, const MonCmd *c)
{
    monitor_printf(mon, "%s%s%s %s -- %s\n", c->name, c->alias ? "|" : "",
                   c->alias ? c->alias : "", c->args, c->help);
}

static void cmd_help(Monitor *mon, const char *args)
{
    const char *p = skip_ws(args);
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++) {
        const MonCmd *c = &commands[i];
        if (!*p) {
            help_line(mon, c);
        } else if (!strcmp(p, c->name) || (c->alias && !strcmp(p, c->alias))) {
            help_line(mon, c);
            if (c->run == cmd_info) {
                monitor_info_help(mon);
            }
            return;
        } else if (!strncmp(p, "info ", 5) && c->run == cmd_info) {
            monitor_info_help(mon);
            return;
        }
    }
    if (*p) {
        monitor_printf(mon, "unknown command: '%s'\n", p);
    }
}

void monitor_run_line(Monitor *mon, const char *line)
{
    const char *p = skip_ws(line);
    if (!*p) {
        return;
    }
    size_t n = 0;
    while (p[n] && (isalnum((unsigned char)p[n]) || p[n] == '_' ||
                    p[n] == '?')) {
        n++;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++) {
        const MonCmd *c = &commands[i];
        if ((strlen(c->name) == n && !strncmp(p, c->name, n)) ||
            (c->alias && strlen(c->alias) == n && !strncmp(p, c->alias, n))) {
            c->run(mon, p + n);
            return;
        }
    }
    size_t w = strcspn(p, " \t/");
    monitor_printf(mon, "unknown command: '%.*s'\n", (int)w, p);
}
