/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of PCI hot-plug (pci/phb-hotplug.c) through the PHB's slot
 * DR connectors (core/machine/spapr-drc.c) and their RTAS calls
 * (core/machine/rtas-drc.c), driven as a guest drives them: the
 * connector's states (PAPR 13.5; QEMU 7.2's spapr_drc.c: POWERON ->
 * UNISOLATE -> CONFIGURED, unplug when isolated), get-sensor-state,
 * set-indicator, the power-level calls, the hot-plug event log that
 * check-exception hands out (PAPR's v6 log with the "HP" section, as
 * Linux's pseries_hp_errorlog reads it), and ibm,configure-connector,
 * whose node must be the one QEMU 7.2 puts in its tree for the same
 * function cold-plugged (tests/unit/fdt/p72-hotplug.dtb:
 * qemu-system-ppc64 -M pseries-7.2,dumpdtb=F -m 512M -nodefaults
 * -device virtio-rng-pci,addr=3 -device virtio-blk-pci,drive=d0,addr=5).
 * Error texts are QEMU 7.2's, observed with its monitor.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <libfdt.h>
#include <string.h>
#include <unistd.h>

#include "board/board.h"
#include "core/machine/hcall.h"
#include "core/machine/rtas.h"
#include "core/machine/spapr-drc.h"
#include "core/machine/spapr-events.h"
#include "pci/spapr-phb.h"

#define ARGS 0x100000
#define WA 0x200000
#define LOG 0x300000
#define RNG_DRC 0x40000018u   /* slot 3 of PHB 0 */

static Machine *mk(const char *const *devs, const char *global)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup("pseries-7.2");
    cfg.nodefaults = true;
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    for (int i = 0; devs && devs[i]; i++) {
        g_ptr_array_add(cfg.devices, g_strdup(devs[i]));
    }
    if (global) {
        cfg.globals = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(cfg.globals, g_strdup(global));
    }
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

static int32_t rtas(Machine *m, const char *name, const uint32_t *args,
                    unsigned nargs, uint32_t *rets, unsigned nret)
{
    uint32_t token = board_rtas_token(&pseries_board, name);
    g_assert_cmpuint(token, !=, 0);
    spapr_st32(m, ARGS, token);
    spapr_st32(m, ARGS + 4, nargs);
    spapr_st32(m, ARGS + 8, nret);
    for (unsigned i = 0; i < nargs; i++) {
        spapr_st32(m, ARGS + 12 + 4 * i, args[i]);
    }
    for (unsigned i = 0; i < nret; i++) {
        spapr_st32(m, ARGS + 12 + 4 * (nargs + i), 0xdeadbeef);
    }
    g_assert_cmpint(spapr_rtas_call(m, m->cpu, ARGS), ==, H_SUCCESS);
    for (unsigned i = 0; i < nret; i++) {
        rets[i] = spapr_ld32(m, ARGS + 12 + 4 * (nargs + i));
    }
    return (int32_t)rets[0];
}

/* get-sensor-state dr-entity-sense: status, *state */
static int32_t sense(Machine *m, uint32_t index, uint32_t *state)
{
    uint32_t a[2] = { 9003, index }, r[2];
    int32_t rc = rtas(m, "get-sensor-state", a, 2, r, 2);
    *state = r[1];
    return rc;
}

static int32_t set_ind(Machine *m, uint32_t type, uint32_t index,
                       uint32_t value)
{
    uint32_t a[3] = { type, index, value }, r[1];
    return rtas(m, "set-indicator", a, 3, r, 1);
}

static int32_t cc(Machine *m, uint32_t index)
{
    spapr_st32(m, WA, index);
    spapr_st32(m, WA + 4, 0);
    uint32_t a[2] = { WA, 0 }, r[1];
    return rtas(m, "ibm,configure-connector", a, 2, r, 1);
}

/* check-exception with the EPOW and hot-plug classes: status; the log
 * at LOG */
static int32_t check_exception(Machine *m)
{
    uint32_t a[6] = { 0, 0, SPAPR_EVENT_MASK_EPOW | SPAPR_EVENT_MASK_HOTPLUG,
                      0, LOG, 2048 };
    uint32_t r[1];
    return rtas(m, "check-exception", a, 6, r, 1);
}

static uint8_t ld8(Machine *m, uint64_t a)
{
    return (uint8_t)(spapr_ld32(m, a & ~3ull) >> (8 * (3 - (a & 3))));
}

static uint16_t ld16(Machine *m, uint64_t a)
{
    return (uint16_t)(ld8(m, a) << 8 | ld8(m, a + 1));
}

/* The log check-exception wrote: a PCI hot-plug log, action, index. */
static void check_hp_log(Machine *m, uint8_t action, uint32_t index)
{
    /* summary: version 6, severity event, disposition not recovered,
     * optional part present, initiator hot-plug, type hot-plug (0xe5) */
    g_assert_cmphex(spapr_ld32(m, LOG), ==, 0x063460e5);
    g_assert_cmpuint(spapr_ld32(m, LOG + 4), ==, 16 + 48 + 24 + 20);
    g_assert_cmphex(spapr_ld32(m, LOG + 8 + 12), ==, 0x49424d00); /* IBM */
    uint64_t ma = LOG + 8 + 16, mb = ma + 48, hp = mb + 24;
    g_assert_cmphex(ld16(m, ma), ==, 0x5048);            /* "PH" */
    g_assert_cmpuint(ld8(m, ma + 27), ==, 3);            /* sections */
    g_assert_cmphex(ld16(m, mb), ==, 0x5548);            /* "UH" */
    g_assert_cmphex(ld16(m, hp), ==, 0x4850);            /* "HP" */
    g_assert_cmpuint(ld16(m, hp + 2), ==, 20);
    g_assert_cmpuint(ld8(m, hp + 8), ==, 5);             /* PCI */
    g_assert_cmpuint(ld8(m, hp + 9), ==, action);        /* 1 add 2 rm */
    g_assert_cmpuint(ld8(m, hp + 10), ==, 2);            /* by index */
    g_assert_cmphex(spapr_ld32(m, hp + 12), ==, index);
}

/* Connector states and events of a device_add the guest takes. */
static void test_add(void)
{
    Machine *m = mk(NULL, NULL);
    uint32_t st;
    g_assert_cmpint(sense(m, RNG_DRC, &st), ==, 0);
    g_assert_cmpuint(st, ==, 0);                     /* empty */
    g_assert_cmpint(set_ind(m, 9001, RNG_DRC, 1), ==, -3); /* no device */
    g_assert_cmpint(check_exception(m), ==, 1);      /* no event */

    GError *err = NULL;
    Device *d = pci_hotplug_add(m, "virtio-rng-pci,addr=3,id=r", &err);
    g_assert_no_error(err);
    g_assert_nonnull(d);
    g_assert_cmpuint(((PciDevice *)d)->devfn, ==, 0x18);
    g_assert_cmpint(sense(m, RNG_DRC, &st), ==, 0);
    g_assert_cmpuint(st, ==, 1);                     /* present */
    g_assert_cmpuint(spapr_drc_busy(m), ==, RNG_DRC);  /* not taken yet */
    g_assert_cmpint(check_exception(m), ==, 0);
    check_hp_log(m, 1, RNG_DRC);
    g_assert_cmpint(check_exception(m), ==, 1);      /* one event only */

    /* not configurable before it is unisolated; allocation is for
     * logical connectors only */
    g_assert_cmpint(cc(m, RNG_DRC), ==, -9003);
    g_assert_cmpint(set_ind(m, 9003, RNG_DRC, 1), ==, -3);
    g_assert_cmpint(set_ind(m, 9002, RNG_DRC, 1), ==, 0);   /* DR light */
    g_assert_cmpint(set_ind(m, 9002, RNG_DRC, 4), ==, -3);
    g_assert_cmpint(set_ind(m, 9001, RNG_DRC, 2), ==, -3);
    g_assert_cmpint(set_ind(m, 9001, RNG_DRC, 1), ==, 0);
    g_assert_cmpint(set_ind(m, 9001, RNG_DRC, 1), ==, 0);   /* again */
    /* isolating while the node is handed out is refused */
    g_assert_cmpint(set_ind(m, 9001, RNG_DRC, 0), ==, -3);

    /* the power domain: live insertion (-1) only, always at 100 */
    uint32_t a[2] = { 0xffffffff, 100 }, r[2];
    g_assert_cmpint(rtas(m, "get-power-level", a, 1, r, 2), ==, 0);
    g_assert_cmpuint(r[1], ==, 100);
    g_assert_cmpint(rtas(m, "set-power-level", a, 2, r, 2), ==, 0);
    g_assert_cmpuint(r[1], ==, 100);
    a[0] = 0;
    g_assert_cmpint(rtas(m, "get-power-level", a, 1, r, 2), ==, -3);
    g_assert_cmpint(rtas(m, "get-power-level", a, 2, r, 2), ==, -3);
    machine_free(m);
}

/* The QEMU node of the function at slot `unit` in the fixture. */
static const void *qemu_tree(gsize *len)
{
    static gchar *buf;
    static gsize n;
    if (!buf) {
        g_autofree char *path = g_strdup_printf(
            "%s/tests/unit/fdt/p72-hotplug.dtb", FARAD_SRC);
        GError *err = NULL;
        g_assert_true(g_file_get_contents(path, &buf, &n, &err));
    }
    *len = n;
    return buf;
}

/* Walk configure-connector over index and compare every step with
 * QEMU's node `path` (its name, then its properties in order, then the
 * end). */
static void walk_matches_qemu(Machine *m, uint32_t index, const char *path)
{
    gsize n;
    const void *q = qemu_tree(&n);
    int qn = fdt_path_offset(q, path);
    g_assert_cmpint(qn, >=, 0);
    g_assert_cmpint(cc(m, index), ==, 2);            /* next child */
    g_assert_cmpuint(spapr_ld32(m, WA + 8), ==, 20);
    char name[64];
    for (unsigned i = 0; i < sizeof(name); i++) {
        name[i] = (char)ld8(m, WA + 20 + i);
    }
    name[63] = 0;
    g_assert_cmpstr(name, ==, fdt_get_name(q, qn, NULL));
    int off, props = 0;
    fdt_for_each_property_offset(off, q, qn) {
        const char *pname;
        int plen;
        const uint8_t *pv = fdt_getprop_by_offset(q, off, &pname, &plen);
        g_assert_cmpint(cc(m, index), ==, 3);        /* next property */
        uint32_t noff = spapr_ld32(m, WA + 8);
        uint32_t len = spapr_ld32(m, WA + 12);
        uint32_t voff = spapr_ld32(m, WA + 16);
        char got[64] = { 0 };
        for (unsigned i = 0; i < strlen(pname) + 1 && i < 63; i++) {
            got[i] = (char)ld8(m, WA + noff + i);
        }
        g_assert_cmpstr(got, ==, pname);
        g_assert_cmpuint(voff, ==, noff + strlen(pname) + 1);
        g_assert_cmpint((int)len, ==, plen);
        for (int i = 0; i < plen; i++) {
            if (ld8(m, WA + voff + i) != pv[i]) {
                g_test_message("%s byte %d", pname, i);
            }
            g_assert_cmpuint(ld8(m, WA + voff + i), ==, pv[i]);
        }
        props++;
    }
    g_assert_cmpint(props, >, 10);
    g_assert_cmpint(cc(m, index), ==, 0);            /* complete */
}

static void test_configure_connector(void)
{
    static const char *const d[] = {
        "pci-testdev,addr=2,id=cold", NULL };
    Machine *m = mk(d, NULL);
    GError *err = NULL;
    g_assert_nonnull(pci_hotplug_add(m, "virtio-rng-pci,addr=3,id=r",
                                     &err));
    g_assert_no_error(err);
    g_assert_cmpint(set_ind(m, 9001, RNG_DRC, 1), ==, 0);
    walk_matches_qemu(m, RNG_DRC, "/pci@800000020000000/legacy-device@3");
    /* configured: the walk may be repeated, isolation is allowed */
    walk_matches_qemu(m, RNG_DRC, "/pci@800000020000000/legacy-device@3");
    SpaprDrc *drc = spapr_drc_find(m, RNG_DRC);
    g_assert_cmpuint(drc->state, ==, SPAPR_DRC_PHYSICAL_CONFIGURED);
    /* a cold-plugged function's connector is ready from the start */
    g_assert_cmpuint(spapr_drc_find(m, 0x40000010)->state, ==,
                     SPAPR_DRC_PHYSICAL_CONFIGURED);
    g_assert_cmpint(cc(m, 0x40000010), ==, 2);
    /* an unknown index, a CPU core's (not handed out), bad counts */
    g_assert_cmpint(cc(m, 0x40000100), ==, -3);
    g_assert_cmpint(cc(m, 0x10000000), ==, -9003);
    uint32_t a[2] = { WA, 0 }, r[1];
    g_assert_cmpint(rtas(m, "ibm,configure-connector", a, 1, r, 1), ==, -3);
    machine_free(m);
}

/* A virtio-blk function's node too (a drive behind it). */
static void test_configure_blk(void)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup("pseries-7.2");
    cfg.nodefaults = true;
    cfg.dumpdtb = g_strdup("/dev/null");
    g_autofree char *img = g_build_filename(g_get_tmp_dir(),
                                            "farad-hotplug-test.img", NULL);
    g_assert_true(g_file_set_contents(img, "", 0, NULL));
    g_assert_cmpint(truncate(img, 1 << 20), ==, 0);
    cfg.drives = g_ptr_array_new_with_free_func(g_free);
    g_autofree char *opts = g_strdup_printf(
        "file=%s,if=none,id=d0,format=raw", img);
    g_ptr_array_add(cfg.drives, g_strdup_printf("-drive %s\n%s", opts,
                                                opts));
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    g_assert_nonnull(pci_hotplug_add(m, "virtio-blk-pci,drive=d0,addr=5,"
                                     "id=b", &err));
    g_assert_no_error(err);
    /* the drive is taken now */
    g_assert_null(pci_hotplug_add(m, "virtio-blk-pci,drive=d0,id=b2",
                                  &err));
    g_assert_nonnull(err);
    g_clear_error(&err);
    g_assert_cmpint(set_ind(m, 9001, 0x40000028, 1), ==, 0);
    walk_matches_qemu(m, 0x40000028, "/pci@800000020000000/scsi@5");
    machine_free(m);
    g_unlink(img);
}

/* device_del: at once when the guest never took the function; else a
 * remove event, and the function goes when the guest isolates it. */
static void test_del(void)
{
    static const char *const d[] = { "pci-testdev,addr=2,id=cold", NULL };
    Machine *m = mk(d, NULL);
    GError *err = NULL;
    g_assert_nonnull(pci_hotplug_add(m, "virtio-rng-pci,addr=3,id=r",
                                     &err));
    g_assert_cmpint(check_exception(m), ==, 0);
    g_assert_true(pci_hotplug_del(m, "r", &err));
    g_assert_no_error(err);
    g_assert_null(device_find_id(m, "r"));
    g_assert_null(spapr_phb_find_dev(m, SPAPR_PCI_BASE_BUID, 0x1800));
    g_assert_cmpint(check_exception(m), ==, 1);      /* no remove log */
    char *id = pci_hotplug_take_deleted(m);
    g_assert_cmpstr(id, ==, "/r/virtio-backend");
    g_free(id);
    id = pci_hotplug_take_deleted(m);
    g_assert_cmpstr(id, ==, "r");
    g_free(id);
    g_assert_null(pci_hotplug_take_deleted(m));
    uint32_t st;
    g_assert_cmpint(sense(m, RNG_DRC, &st), ==, 0);
    g_assert_cmpuint(st, ==, 0);

    /* the cold-plugged function: the guest has it configured */
    g_assert_true(pci_hotplug_del(m, "cold", &err));
    g_assert_nonnull(device_find_id(m, "cold"));
    g_assert_cmpint(check_exception(m), ==, 0);
    check_hp_log(m, 2, 0x40000010);
    g_assert_false(pci_hotplug_del(m, "cold", &err));
    g_assert_cmpstr(err->message, ==,
                    "PCI device unplug already in progress for device cold");
    g_clear_error(&err);
    g_assert_cmpint(set_ind(m, 9001, 0x40000010, 0), ==, 0);   /* isolate */
    g_assert_null(device_find_id(m, "cold"));
    id = pci_hotplug_take_deleted(m);
    g_assert_cmpstr(id, ==, "cold");
    g_free(id);
    g_assert_cmpint(sense(m, 0x40000010, &st), ==, 0);
    g_assert_cmpuint(st, ==, 0);
    /* its slot is free again */
    g_assert_nonnull(pci_hotplug_add(m, "pci-testdev,addr=2,id=again",
                                     &err));
    g_assert_no_error(err);
    g_assert_cmpuint(m->spapr->hotplug_changes, ==, 4);
    machine_free(m);
}

/* A reset: a pending unplug completes, a hot-plugged function becomes
 * a configured one (it is in the next boot's tree). */
static void test_reset(void)
{
    static const char *const d[] = { "pci-testdev,addr=2,id=cold", NULL };
    Machine *m = mk(d, NULL);
    GError *err = NULL;
    g_assert_nonnull(pci_hotplug_add(m, "virtio-rng-pci,addr=3,id=r",
                                     &err));
    g_assert_true(pci_hotplug_del(m, "cold", &err));
    g_assert_true(machine_reboot(m));   /* power-on (no reset yet) */
    g_assert_true(machine_reboot(m));   /* system_reset */
    g_assert_null(device_find_id(m, "cold"));
    SpaprDrc *drc = spapr_drc_find(m, RNG_DRC);
    g_assert_cmpuint(drc->state, ==, SPAPR_DRC_PHYSICAL_CONFIGURED);
    g_assert_cmpuint(drc->dr_indicator, ==, SPAPR_DR_INDICATOR_ACTIVE);
    g_assert_false(drc->hotplugged);
    /* the rebuilt tree has the function, and not the removed one */
    g_assert_cmpint(fdt_path_offset(m->fdt,
                    "/pci@800000020000000/legacy-device@3"), >=, 0);
    int phb = fdt_path_offset(m->fdt, "/pci@800000020000000"), child;
    fdt_for_each_subnode(child, m->fdt, phb) {
        g_assert_null(strstr(fdt_get_name(m->fdt, child, NULL), "@2"));
    }
    g_assert_cmpint(check_exception(m), ==, 1);      /* events dropped */
    machine_free(m);
}

/* QEMU 7.2's errors (its monitor, same arguments). */
static void test_errors(void)
{
    static const char *const d[] = { "virtio-rng-pci,id=c0,addr=2", NULL };
    Machine *m = mk(d, NULL);
    static const struct { const char *arg, *msg; } add[] = {
        { "foo-bar", "'foo-bar' is not a valid device model name" },
        { "virtio-rng-pci,id=c0", "Duplicate device ID 'c0'" },
        { "virtio-rng-pci,addr=2", "PCI: slot 2 already occupied by "
          "virtio-rng-pci" },
        { "spapr-vty,id=v", "Bus 'spapr-vio' does not support "
          "hotplugging" },
        { "spapr-vlan,id=vl", "Bus 'spapr-vio' does not support "
          "hotplugging" },
        { "virtio-blk-pci,drive=nod,id=b2", "Property "
          "'virtio-blk-device.drive' can't find value 'nod'" },
        { "ivshmem-plain,id=i", "You must specify a 'memdev'" },
        { "virtio-rng-pci,id=", "Parameter 'id' expects an identifier" },
        { "virtio-rng-pci,id=1x", "Parameter 'id' expects an identifier" },
        { ",", "'' is not a valid device model name" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(add); i++) {
        GError *err = NULL;
        g_assert_null(pci_hotplug_add(m, add[i].arg, &err));
        g_assert_nonnull(err);
        g_assert_cmpstr(err->message, ==, add[i].msg);
        g_error_free(err);
    }
    GError *err = NULL;
    g_assert_false(pci_hotplug_del(m, "nosuch", &err));
    g_assert_cmpstr(err->message, ==, "Device 'nosuch' not found");
    g_clear_error(&err);
    g_assert_cmpuint(m->spapr->hotplug_changes, ==, 0);
    machine_free(m);

    /* a PHB without DR connectors */
    m = mk(d, "spapr-pci-host-bridge.dynamic-reconfiguration=off");
    g_assert_null(pci_hotplug_add(m, "virtio-rng-pci,id=r1", &err));
    g_assert_cmpstr(err->message, ==,
                    "Bus 'spapr-pci-host-bridge' does not support "
                    "hotplugging");
    g_clear_error(&err);
    g_assert_null(device_find_id(m, "r1"));
    g_assert_false(pci_hotplug_del(m, "c0", &err));
    g_assert_cmpstr(err->message, ==,
                    "Bus 'spapr-pci-host-bridge' does not support "
                    "hotplugging");
    g_clear_error(&err);
    machine_free(m);
}

/* Functions of one slot: QEMU's rules for single-function devices and
 * for hot-plugging next to a function 0; function 0 announces and takes
 * away the slot's functions (spapr_pci.c's plug / unplug_request). */
static void test_functions(void)
{
    static const char *const d[] = { "virtio-rng-pci,addr=4,id=c4", NULL };
    Machine *m = mk(d, NULL);
    GError *err = NULL;
    g_assert_null(pci_hotplug_add(m, "pci-testdev,addr=4.2,id=f2", &err));
    g_assert_cmpstr(err->message, ==, "PCI: slot 4 function 0 already "
                    "occupied by virtio-rng-pci, additional functions can "
                    "no longer be exposed to guest.");
    g_clear_error(&err);
    /* a function without function 0: plugged, announced by nobody */
    g_assert_nonnull(pci_hotplug_add(m, "pci-testdev,addr=5.1,id=f1", &err));
    g_assert_no_error(err);
    g_assert_cmpint(check_exception(m), ==, 1);
    g_assert_cmpuint(spapr_drc_busy(m), ==, 0x40000029);
    g_assert_null(pci_hotplug_add(m, "virtio-rng-pci,addr=5,id=f0", &err));
    g_assert_cmpstr(err->message, ==, "PCI: 5.0 indicates single function, "
                    "but 5.1 is already populated.");
    g_clear_error(&err);
    g_assert_null(device_find_id(m, "f0"));
    /* its removal: no event either, and the guest never had it */
    g_assert_true(pci_hotplug_del(m, "f1", &err));
    g_assert_null(device_find_id(m, "f1"));
    g_assert_cmpint(check_exception(m), ==, 1);
    g_assert_cmpuint(spapr_drc_busy(m), ==, 0);
    machine_free(m);

    /* the same rules on the command line, as QEMU's */
    static const char *const bad[][3] = {
        { "virtio-rng-pci,addr=4", "pci-testdev,addr=4.1", NULL },
        { "pci-testdev,addr=4.1", "virtio-rng-pci,addr=4", NULL },
    };
    static const char *const msg[] = {
        "-device pci-testdev,addr=4.1: PCI: single function device can't "
        "be populated in function 4.1",
        "-device virtio-rng-pci,addr=4: PCI: 4.0 indicates single function, "
        "but 4.1 is already populated.",
    };
    for (int i = 0; i < 2; i++) {
        MachineConfig cfg;
        machine_config_init(&cfg);
        cfg.board = &pseries_board;
        cfg.nodefaults = true;
        cfg.dumpdtb = g_strdup("/dev/null");
        cfg.devices = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(cfg.devices, g_strdup(bad[i][0]));
        g_ptr_array_add(cfg.devices, g_strdup(bad[i][1]));
        g_assert_null(machine_new(&cfg, &err));
        machine_config_clear(&cfg);
        g_assert_nonnull(err);
        g_assert_cmpstr(err->message, ==, msg[i]);
        g_clear_error(&err);
    }
}

/* CAS (QEMU 7.2's do_client_architecture_support): pending hot-plug
 * requests take effect, their events are dropped, and the tree CAS
 * returns has the function. */
static void test_cas(void)
{
    static const char *const d[] = { "pci-testdev,addr=2,id=cold", NULL };
    Machine *m = mk(d, NULL);
    GError *err = NULL;
    g_assert_nonnull(pci_hotplug_add(m, "virtio-rng-pci,addr=3,id=r",
                                     &err));
    g_assert_true(pci_hotplug_del(m, "cold", &err));
    /* the vectors: a PVR entry for ISA 3.00 (logical 0x0f000005), the
     * terminator, then six empty option vectors but ov1 = 80 00 00 */
    uint64_t vec = 0x10000, buf = 0x20000, pos = vec;
    spapr_st32(m, pos, 0xffffffff);
    spapr_st32(m, pos + 4, 0x0f000005);
    spapr_st32(m, pos + 8, 0);
    spapr_st32(m, pos + 12, 0xffffffff);
    pos += 16;
    uint8_t b = 5;   /* six vectors */
    spapr_write_ram(m, pos++, &b, 1);
    for (int i = 1; i <= 6; i++) {
        uint8_t ov[4] = { 2, i == 1 ? 0x80 : 0, 0, 0 };
        spapr_write_ram(m, pos, ov, 4);
        pos += 4;
    }
    uint64_t args[3] = { vec, buf, 0x10000 };
    g_assert_cmpint(h_cas(m, m->cpu, args), ==, H_SUCCESS);
    SpaprDrc *drc = spapr_drc_find(m, RNG_DRC);
    g_assert_cmpuint(drc->state, ==, SPAPR_DRC_PHYSICAL_CONFIGURED);
    g_assert_null(device_find_id(m, "cold"));
    g_assert_cmpint(check_exception(m), ==, 1);
    static uint64_t copy[0x10000 / 8];
    memcpy(copy, m->ram + buf + 4, sizeof(copy) - 4);
    g_assert_cmpint(fdt_path_offset(copy,
                    "/pci@800000020000000/legacy-device@3"), >=, 0);
    machine_free(m);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/hotplug/add", test_add);
    g_test_add_func("/hotplug/configure-connector", test_configure_connector);
    g_test_add_func("/hotplug/configure-connector-blk", test_configure_blk);
    g_test_add_func("/hotplug/del", test_del);
    g_test_add_func("/hotplug/reset", test_reset);
    g_test_add_func("/hotplug/errors", test_errors);
    g_test_add_func("/hotplug/functions", test_functions);
    g_test_add_func("/hotplug/cas", test_cas);
    return g_test_run();
}
