/* SPDX-License-Identifier: MIT */
/*
 * The trust model of farad-snap replay (docs/replay.md): a recording is
 * data, never a program. Its stored command line contributes only the
 * options that shape the machine (type and properties, CPU, RAM, CPUs,
 * virtual time, RTC base, console, guest devices) and the boot images
 * (-bios, -kernel, -initrd) whose file still has the content recorded
 * (SHA-256 in meta rr.images). Options that only serve the recording
 * session (debugger, monitor, logging, -loadvm: the initial snapshot
 * holds the state) are dropped. Anything else that reads or writes host
 * files, loads code or backs a device with host resources (-L, -D,
 * -plugin, -object, -drive, -cdrom, -hda, file=, memdev=, drive=,
 * mem-path=, dumpdtb=, an
 * image that changed) is refused with one line naming it unless the
 * replay's own command line gives that option (then the own one is used
 * and the stored one ignored). Unknown options are refused.
 */
#include <string.h>

#include "cli.h"
#include "replay-args.h"
#include "snapshot/replay.h"

typedef enum ArgUse {
    ARG_KEEP,   /* machine-shaping: taken from the recording */
    ARG_DROP,   /* session-only: ignored */
    ARG_HOST,   /* touches the host: only from the replay's own line */
} ArgUse;

typedef struct ArgRule {
    const char *name;
    ArgUse use;
    const char *why;    /* ARG_HOST: what it does to the host */
} ArgRule;

static const ArgRule rules[] = {
    { "-machine", ARG_KEEP, NULL }, { "-M", ARG_KEEP, NULL },
    { "-cpu", ARG_KEEP, NULL }, { "-accel", ARG_KEEP, NULL },
    { "-smp", ARG_KEEP, NULL }, { "-m", ARG_KEEP, NULL },
    { "-append", ARG_KEEP, NULL }, { "-nographic", ARG_KEEP, NULL },
    { "-serial", ARG_KEEP, NULL }, { "-display", ARG_KEEP, NULL },
    { "-vga", ARG_KEEP, NULL }, { "-nodefaults", ARG_KEEP, NULL },
    { "-device", ARG_KEEP, NULL }, { "-global", ARG_KEEP, NULL },
    /* the NICs and their netdevs: a replay starts no host network
     * (MachineConfig.net_offline), the journal has the frames */
    { "-netdev", ARG_KEEP, NULL }, { "-nic", ARG_KEEP, NULL },
    { "-rtc", ARG_KEEP, NULL }, { "-icount", ARG_KEEP, NULL },
    { "-max-insns", ARG_KEEP, NULL }, { "-name", ARG_KEEP, NULL },
    { "-no-reboot", ARG_KEEP, NULL }, { "-no-shutdown", ARG_DROP, NULL },
    { "-uuid", ARG_KEEP, NULL }, { "-daemonize", ARG_DROP, NULL },
    { "-monitor", ARG_DROP, NULL }, { "-S", ARG_DROP, NULL },
    { "-chardev", ARG_DROP, NULL }, { "-mon", ARG_DROP, NULL },
    { "-qmp", ARG_DROP, NULL },
    { "-gdb", ARG_DROP, NULL }, { "-s", ARG_DROP, NULL },
    { "-d", ARG_DROP, NULL }, { "-snapshot-db", ARG_DROP, NULL },
    { "-loadvm", ARG_DROP, NULL }, { "-savevm-at", ARG_DROP, NULL },
    { "-bios", ARG_HOST, "reads a host file not recorded with this content" },
    { "-kernel", ARG_HOST, "reads a host file not recorded with this content" },
    { "-initrd", ARG_HOST, "reads a host file not recorded with this content" },
    { "-L", ARG_HOST, "chooses host firmware files" },
    { "-D", ARG_HOST, "writes a host file" },
    { "-pidfile", ARG_HOST, "writes a host file" },
    { "-plugin", ARG_HOST, "loads host code" },
    { "-object", ARG_HOST, "creates host-backed memory" },
    { "-drive", ARG_HOST, "reads a host disk image" },
    { "-cdrom", ARG_HOST, "reads a host disk image" },
    { "-hda", ARG_HOST, "reads a host disk image" },
    { "-snapshot", ARG_KEEP, NULL },
};

/* Properties that name host files or host-backed resources. */
static const char *const host_props[] = {
    "file", "memdev", "drive", "mem-path", "dumpdtb",
};

static const char *option_name(const char *a)
{
    return a[0] == '-' && a[1] == '-' ? a + 1 : a;
}

static const ArgRule *rule_for(const char *opt)
{
    for (unsigned i = 0; i < G_N_ELEMENTS(rules); i++) {
        if (!strcmp(rules[i].name, opt)) {
            return &rules[i];
        }
    }
    return NULL;
}

/* Does option opt take an argument (cli.c's table)? */
static bool takes_arg(const char *opt)
{
    for (const CliOption *o = cli_options(); o->name; o++) {
        if (!strcmp(o->name, opt)) {
            return o->arg != NULL;
        }
    }
    return false;
}

/* The host property set in an option's "x,prop=v,..." (or -global's
 * "DRIVER.PROP=VALUE") argument, or NULL. Splitting at every comma is
 * conservative: an escaped ",," only adds items to look at. */
static const char *host_prop_in(const char *opt, const char *arg)
{
    g_auto(GStrv) items = g_strsplit(arg ? arg : "", ",", -1);
    for (int i = 0; items[i]; i++) {
        char *key = items[i];
        if (!strcmp(opt, "-global")) {
            char *dot = strchr(key, '.');
            key = dot ? dot + 1 : key;
        }
        char *eq = strchr(key, '=');
        if (eq) {
            *eq = '\0';
        }
        for (unsigned k = 0; k < G_N_ELEMENTS(host_props); k++) {
            if (!strcmp(key, host_props[k])) {
                return host_props[k];
            }
        }
    }
    return NULL;
}

/* A boot image the recording may name itself: "-bios none", or the
 * very file recorded (same path and SHA-256, read only if regular). */
static bool image_recorded(const char *file, const char *opt,
                           const char *path)
{
    if (!strcmp(opt, "-bios") && !strcmp(path, "none")) {
        return true;
    }
    return replay_file_image_ok(file, opt, path);
}

static bool own_gives(char **own, const char *opt)
{
    for (int i = 0; own && own[i]; i++) {
        if (!strcmp(option_name(own[i]), opt)) {
            return true;
        }
    }
    return false;
}

GPtrArray *replay_args_build(const char *file, char **stored, char **own,
                             GError **err)
{
    GPtrArray *av = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(av, g_strdup("farad"));
    for (int i = 0; stored && stored[i]; i++) {
        const char *a = stored[i];
        if (!*a) {
            continue;
        }
        const char *opt = option_name(a);
        const ArgRule *r = a[0] == '-' ? rule_for(opt) : NULL;
        const char *arg = NULL;
        if (r && takes_arg(opt)) {
            arg = stored[i + 1];
            if (!arg) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                            "%s: the recorded command line ends in %s "
                            "without its argument", file, a);
                g_ptr_array_unref(av);
                return NULL;
            }
            i++;
        }
        if (!r) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                        "%s: the recorded command line has '%s', not an "
                        "option a replay takes from a recording", file, a);
            g_ptr_array_unref(av);
            return NULL;
        }
        if (r->use == ARG_DROP) {
            continue;
        }
        const char *prop = r->use == ARG_KEEP ? host_prop_in(opt, arg) : NULL;
        bool host = r->use == ARG_HOST || prop;
        if (host && own_gives(own, opt)) {
            continue;   /* the replay's own option is used instead */
        }
        if (host && (prop || !image_recorded(file, opt, arg))) {
            g_autofree char *why = prop ?
                g_strdup_printf("names a host resource (%s=)", prop) :
                g_strdup(r->why);
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                        "%s: the recorded command line has %s %s, which %s: "
                        "a replay takes that only from its own command line "
                        "(farad-snap replay FILE -- %s ...)", file, a, arg,
                        why, a);
            g_ptr_array_unref(av);
            return NULL;
        }
        g_ptr_array_add(av, g_strdup(a));
        if (arg && !strcmp(opt, "-serial") && strcmp(arg, "stdio") &&
            strcmp(arg, "mon:stdio") && strcmp(arg, "none") &&
            strcmp(arg, "null")) {
            /* a character device is session-only: the journal has the
             * input, the replay shows the output on stdout */
            arg = "stdio";
        }
        if (arg) {
            g_ptr_array_add(av, g_strdup(arg));
        }
    }
    for (int i = 0; own && own[i]; i++) {
        g_ptr_array_add(av, g_strdup(own[i]));
    }
    return av;
}
