/* SPDX-License-Identifier: MIT */
/*
 * Compares farad's device tree (-machine dumpdtb) with QEMU 7.2's for
 * pseries-2.8 and pseries-2.7, with and without -nodefaults, node by
 * node and property by property (fixtures/qemu-7.2/dt, made with
 * `qemu-system-ppc64 -M pseries-X,dumpdtb=F [-nodefaults]`, 512 MiB),
 * for pseries-7.2, 2.8 and 2.7, and the alias pseries (= pseries-7.2).
 * The intended differences are listed below, each with its reason.
 */
#include <glib.h>
#include <libfdt.h>
#include <string.h>

#include "board/board.h"
#include "core/machine/platform.h"

#define FIXTURES "/work/shared/fixtures/qemu-7.2/dt"

typedef struct Intended {
    const char *path;     /* node path; a node listed without prop: the
                             whole subtree is absent from farad's tree */
    const char *prop;     /* property whose value differs, or NULL */
    const char *reason;
} Intended;

static const Intended intended[] = {
    { "/chosen", "rng-seed",
      "QEMU draws it from the host; farad derives it from the machine "
      "seed (deterministic). Only its length is compared." },
    { "/pci@800000020000000/vga@0", NULL,
      "QEMU's default VGA card (pci-vga) is not emulated" },
    { "/pci@800000020000000/usb-xhci@1", NULL,
      "QEMU's default USB controller (nec-usb-xhci) is not emulated" },
};

static const Intended *find_intended(const char *path, const char *prop)
{
    for (size_t i = 0; i < G_N_ELEMENTS(intended); i++) {
        const Intended *d = &intended[i];
        if (d->prop && prop && !strcmp(d->path, path) &&
            !strcmp(d->prop, prop)) {
            return d;
        }
        if (!d->prop && g_str_has_prefix(path, d->path) &&
            (path[strlen(d->path)] == 0 || path[strlen(d->path)] == '/')) {
            return d;
        }
    }
    return NULL;
}

static void *farad_tree_dev(const char *machine, bool nodefaults, int smp,
                            const char *props, const char *devices)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup(machine);
    if (smp) {
        cfg.smp = smp;
    }
    if (props) {   /* "k=v,k=v": -machine properties (and -cpu) */
        cfg.machine_props = g_ptr_array_new_with_free_func(g_free);
        gchar **kv = g_strsplit(props, ",", -1);
        for (int i = 0; kv[i]; i++) {
            g_ptr_array_add(cfg.machine_props, g_strdup(kv[i]));
        }
        g_strfreev(kv);
    }
    if (devices) {   /* "dev,opts;drive:opts": -device, -drive */
        cfg.devices = g_ptr_array_new_with_free_func(g_free);
        cfg.drives = g_ptr_array_new_with_free_func(g_free);
        gchar **dv = g_strsplit(devices, ";", -1);
        for (int i = 0; dv[i]; i++) {
            if (g_str_has_prefix(dv[i], "drive:")) {
                g_ptr_array_add(cfg.drives, g_strdup(dv[i] + 6));
            } else {
                g_ptr_array_add(cfg.devices, g_strdup(dv[i]));
            }
        }
        g_strfreev(dv);
    }
    cfg.dumpdtb = g_strdup("/dev/null");
    if (nodefaults) {
        cfg.nodefaults = true;
        cfg.serial_stdio = false;
    } else {
        cfg.default_nic = true;   /* what the CLI sets without -nodefaults */
    }
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    g_assert_nonnull(m);
    /* with dumpdtb set the machine stops after building the tree */
    void *copy = g_memdup2(m->fdt, fdt_totalsize(m->fdt));
    machine_free(m);
    machine_config_clear(&cfg);
    return copy;
}

static void *farad_tree_opts(const char *machine, bool nodefaults, int smp,
                             const char *props)
{
    return farad_tree_dev(machine, nodefaults, smp, props, NULL);
}

static void *farad_tree(const char *machine, bool nodefaults)
{
    return farad_tree_opts(machine, nodefaults, 0, NULL);
}

static unsigned compare_node(const void *q, int qn, const void *f, int fn,
                             const char *path)
{
    unsigned diffs = 0;
    int off;
    /* every QEMU property must exist in farad's node with the same bytes */
    fdt_for_each_property_offset(off, q, qn) {
        const char *name;
        int qlen, flen;
        const void *qv = fdt_getprop_by_offset(q, off, &name, &qlen);
        const void *fv = fdt_getprop(f, fn, name, &flen);
        const Intended *d = find_intended(path, name);
        if (d && fv && flen == qlen) {
            continue;   /* value differs on purpose; length must match */
        }
        if (!fv || flen != qlen || memcmp(qv, fv, (size_t)qlen)) {
            g_test_message("%s: property %s differs (qemu %d bytes, farad "
                           "%d)", path, name, qlen, fv ? flen : -1);
            diffs++;
        }
    }
    /* and farad must not have extra properties */
    fdt_for_each_property_offset(off, f, fn) {
        const char *name;
        int len;
        fdt_getprop_by_offset(f, off, &name, &len);
        if (!fdt_getprop(q, qn, name, NULL)) {
            g_test_message("%s: farad has extra property %s", path, name);
            diffs++;
        }
    }
    /* children, both ways */
    int child;
    fdt_for_each_subnode(child, q, qn) {
        const char *cname = fdt_get_name(q, child, NULL);
        char *cpath = g_strdup_printf("%s/%s", strcmp(path, "/") ? path : "",
                                      cname);
        int fc = fdt_subnode_offset(f, fn, cname);
        if (fc < 0) {
            if (!find_intended(cpath, NULL)) {
                g_test_message("%s: node missing in farad's tree", cpath);
                diffs++;
            }
        } else {
            diffs += compare_node(q, child, f, fc, cpath);
        }
        g_free(cpath);
    }
    fdt_for_each_subnode(child, f, fn) {
        const char *cname = fdt_get_name(f, child, NULL);
        if (fdt_subnode_offset(q, qn, cname) < 0) {
            g_test_message("%s/%s: extra node in farad's tree", path, cname);
            diffs++;
        }
    }
    return diffs;
}

typedef struct Case {
    const char *fixture;  /* FIXTURES/NAME.dtb, or tests/unit/fdt/NAME.dtb
                             when smp or props is set */
    const char *machine;
    bool nodefaults;
    int smp;              /* 0: default */
    const char *props;    /* -machine props / cpu-type, or NULL */
    const char *devices;  /* -device arguments, ';' between, or NULL */
} Case;

static void test_compare(gconstpointer data)
{
    const Case *c = data;
    char *file = c->smp || c->props || c->devices
        ? g_strdup_printf("%s/tests/unit/fdt/%s.dtb", FARAD_SRC, c->fixture)
        : g_strdup_printf("%s/%s.dtb", FIXTURES, c->fixture);
    gchar *q;
    gsize qlen;
    GError *err = NULL;
    if (!g_file_get_contents(file, &q, &qlen, &err)) {
        g_test_skip("fixture not available");
        g_clear_error(&err);
        g_free(file);
        return;
    }
    g_assert_cmpint(fdt_check_header(q), ==, 0);
    void *f = farad_tree_dev(c->machine, c->nodefaults, c->smp, c->props,
                             c->devices);
    g_assert_cmpint(fdt_check_full(f, fdt_totalsize(f)), ==, 0);
    unsigned diffs = compare_node(q, 0, f, 0, "/");
    g_assert_cmpuint(diffs, ==, 0);
    g_free(f);
    g_free(q);
    g_free(file);
}

/* Same machine and seed: the same tree, byte for byte. */
static void test_deterministic(void)
{
    void *a = farad_tree("pseries", false);
    void *b = farad_tree("pseries-7.2", false);
    g_assert_cmpuint(fdt_totalsize(a), ==, fdt_totalsize(b));
    g_assert_cmpint(memcmp(a, b, fdt_totalsize(a)), ==, 0);
    g_free(a);
    g_free(b);
}

int main(int argc, char **argv)
{
    static const Case cases[] = {
        { "p28", "pseries-2.8", false, 0, NULL, NULL },
        { "p28-nodefaults", "pseries-2.8", true, 0, NULL, NULL },
        { "p27", "pseries-2.7", false, 0, NULL, NULL },
        { "p27-nodefaults", "pseries-2.7", true, 0, NULL, NULL },
        { "p72", "pseries-7.2", false, 0, NULL, NULL },
        { "p72-nodefaults", "pseries-7.2", true, 0, NULL, NULL },
        /* -M pseries: the alias of pseries-7.2, as in QEMU 7.2 */
        { "pdefault", "pseries", false, 0, NULL, NULL },
        { "pdefault-nodefaults", "pseries", true, 0, NULL, NULL },
        /* tests/unit/fdt: qemu-system-ppc64 -M TYPE[,props],dumpdtb=F
         * -m 512M -nodefaults [-smp N] [-cpu MODEL] [-device D] */
        { "p72-smp4", "pseries-7.2", true, 4, NULL, NULL },
        { "p72-p8", "pseries-7.2", true, 0, "cpu-type=POWER8", NULL },
        { "p72-nold", "pseries-7.2", true, 0, "cap-large-decr=off", NULL },
        { "p28-p9", "pseries-2.8", true, 0, "cpu-type=POWER9", NULL },
        { "p28-p7", "pseries-2.8", true, 0, "cpu-type=power7", NULL },
        { "p28-ld", "pseries-2.8", true, 0,
          "cpu-type=POWER9,cap-large-decr=on", NULL },
        /* XIVE exploitation mode: its node, no XICS RTAS calls */
        { "p72-xive", "pseries-7.2", true, 0, "ic-mode=xive", NULL },
        { "p72-xive-smp4", "pseries-7.2", true, 4, "ic-mode=xive", NULL },
        /* VIO adapters: -device spapr-vscsi -device spapr-vscsi,reg=0x2000
         * (the DMA window, the interrupt of a given address) */
        { "p72-vscsi", "pseries-7.2", true, 0, NULL,
          "spapr-vscsi;spapr-vscsi,reg=0x2000" },
        /* the adapters the machine creates for if=scsi drives: -drive
         * if=scsi,media=cdrom -drive if=scsi,index=9,media=cdrom (bus 1);
         * on pseries-2.8 their legacy interrupts follow the PHB's */
        { "p72-scsi", "pseries-7.2", true, 0, NULL,
          "drive:if=scsi,media=cdrom;drive:if=scsi,index=9,media=cdrom" },
        { "p28-scsi", "pseries-2.8", true, 0, "cap-htm=off",
          "drive:if=scsi,media=cdrom;drive:if=scsi,index=9,media=cdrom" },
    };
    g_test_init(&argc, &argv, NULL);
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *name = g_strdup_printf("/fdt/qemu-7.2/%s", cases[i].fixture);
        g_test_add_data_func(name, &cases[i], test_compare);
        g_free(name);
    }
    g_test_add_func("/fdt/deterministic", test_deterministic);
    return g_test_run();
}
