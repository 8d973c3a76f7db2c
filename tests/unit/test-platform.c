/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the pseries platform layer: property tables, the MMIO
 * bus, machine types and their compat order, devices, hypercalls /
 * RTAS called directly on a machine (no guest code), and the command
 * line's option table. Expected values are PAPR's and QEMU 7.2's
 * (hw/ppc/spapr.c, spapr_hcall.c, spapr_rtas.c, spapr_rtc.c,
 * spapr_nvram.c), never farad's own output.
 */
#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "board/board.h"
#include "core/front/cli.h"
#include "core/machine/hcall.h"
#include "core/machine/machine-types.h"
#include "core/machine/rtas.h"
#include "core/machine/spapr-events.h"

/* ---- props ---- */

typedef struct Obj {
    uint32_t a;
    uint64_t b;
    bool c;
    char *d;
} Obj;

static const PropDesc obj_props[] = {
    PROP_U32("a", Obj, a, 7),
    PROP_U64("b", Obj, b, 0x10000),
    PROP_BOOL("c", Obj, c, true),
    PROP_STR("d", Obj, d, "x", "a string"),
    PROP_END
};

static void test_props(void)
{
    Obj o = { 0 };
    GError *err = NULL;
    props_set_defaults(obj_props, &o);
    g_assert_cmpuint(o.a, ==, 7);
    g_assert_cmphex(o.b, ==, 0x10000);
    g_assert_true(o.c);
    g_assert_cmpstr(o.d, ==, "x");
    g_assert_true(props_set(obj_props, &o, "b", "0xf80000000", "dev", &err));
    g_assert_cmphex(o.b, ==, 0xf80000000ULL);
    g_assert_true(props_set(obj_props, &o, "b", "64K", "dev", &err));
    g_assert_cmphex(o.b, ==, 0x10000);
    g_assert_true(props_set(obj_props, &o, "c", "off", "dev", &err));
    g_assert_false(o.c);
    g_assert_false(props_set(obj_props, &o, "a", "0x100000000", "dev", &err));
    g_assert_nonnull(strstr(err->message, "dev"));
    g_assert_nonnull(strstr(err->message, "'a'"));
    g_assert_nonnull(strstr(err->message, "0x100000000"));
    g_clear_error(&err);
    g_assert_false(props_set(obj_props, &o, "typo", "1", "dev", &err));
    g_assert_nonnull(strstr(err->message, "typo"));
    g_clear_error(&err);
    char *s = prop_format(props_find(obj_props, "b"), &o);
    g_assert_cmpstr(s, ==, "65536");
    g_free(s);
    props_free(obj_props, &o);
    g_assert_null(o.d);
}

/* ---- bus ---- */

static uint64_t rd(void *opaque, uint64_t off, unsigned size)
{
    (void)size;
    return *(uint64_t *)opaque + off;
}

static void wr(void *opaque, uint64_t off, uint64_t val, unsigned size)
{
    (void)off;
    (void)size;
    *(uint64_t *)opaque = val;
}

static const MemOps ops_be = { .read = rd, .write = wr, .min_size = 1,
                               .max_size = 4 };
static const MemOps ops_le = { .read = rd, .write = wr, .endian = MEM_LITTLE };

static void test_bus(void)
{
    Bus *b = bus_new();
    uint64_t s1 = 0x100, s2 = 0x11223344;
    g_assert_nonnull(bus_map_io(b, 0x1000, 0x100, &ops_be, &s1, "a"));
    g_assert_nonnull(bus_map_io(b, 0x3000, 0x100, &ops_le, &s2, "b"));
    g_assert_null(bus_map_io(b, 0x10ff, 0x10, &ops_be, &s1, "overlap"));
    g_assert_null(bus_lookup(b, 0x2000));
    uint64_t v;
    g_assert_true(bus_read(b, 0x1004, 4, &v));
    g_assert_cmphex(v, ==, 0x104);
    g_assert_false(bus_read(b, 0x1000, 8, &v));    /* above max_size */
    g_assert_false(bus_read(b, 0x10fe, 4, &v));    /* crosses the end */
    g_assert_false(bus_read(b, 0x2000, 4, &v));    /* unmapped */
    g_assert_true(bus_read(b, 0x3000, 4, &v));     /* little-endian */
    g_assert_cmphex(v, ==, 0x44332211);
    g_assert_true(bus_write(b, 0x3000, 4, 0xaabbccdd));
    g_assert_cmphex(s2, ==, 0xddccbbaa);
    bus_unmap(b, bus_lookup(b, 0x1000));
    g_assert_null(bus_lookup(b, 0x1000));
    bus_free(b);
}

/* ---- machines ---- */

static Machine *new_machine_opts(const char *type, const char *const *devices,
                                 const char *const *globals, bool nodefaults,
                                 GError **err)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.nodefaults = nodefaults;
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup(type);
    cfg.dumpdtb = g_strdup("/dev/null");   /* stop before loading images */
    cfg.serial_stdio = false;
    for (int i = 0; devices && devices[i]; i++) {
        if (!cfg.devices) {
            cfg.devices = g_ptr_array_new_with_free_func(g_free);
        }
        g_ptr_array_add(cfg.devices, g_strdup(devices[i]));
    }
    for (int i = 0; globals && globals[i]; i++) {
        if (!cfg.globals) {
            cfg.globals = g_ptr_array_new_with_free_func(g_free);
        }
        g_ptr_array_add(cfg.globals, g_strdup(globals[i]));
    }
    Machine *m = machine_new(&cfg, err);
    machine_config_clear(&cfg);
    return m;
}

static Machine *new_machine(const char *type, const char *const *devices,
                            const char *const *globals, GError **err)
{
    return new_machine_opts(type, devices, globals, false, err);
}

static void test_machine_types(void)
{
    /* "pseries" is pseries-7.2, the default, as in QEMU 7.2; a name a
     * snapshot stored before that keeps its old meaning */
    g_assert_true(machine_type_find("pseries") ==
                  machine_type_find("pseries-7.2"));
    g_assert_true(machine_type_find("pseries-7.2")->is_default);
    g_assert_false(machine_type_find("pseries-2.8")->is_default);
    g_assert_cmpstr(machine_type_legacy_name("pseries"), ==, "pseries-2.8");
    g_assert_cmpstr(machine_type_legacy_name("pseries-7.2"), ==,
                    "pseries-7.2");
    g_assert_null(machine_type_find("pseries-9.9"));
    unsigned pending = 99;
    GError *err = NULL;
    g_assert_true(machine_type_check(machine_type_find("pseries-2.8"),
                                     &pseries_board, &pending, &err));
    g_assert_cmpuint(pending, ==, 0);
    /* the PHB's 3 rows now apply; the CPU's (1 row) is still skipped */
    g_assert_true(machine_type_check(machine_type_find("pseries-2.7"),
                                     &pseries_board, &pending, &err));
    g_assert_cmpuint(pending, ==, 1);
}

/* pseries-7.2 holds the defaults; pseries-2.8 is 7.2 + compat rows.
 * Values: QEMU 7.2 (-M pseries-7.2: POWER9 v2.0, cap-large-decr on,
 * vsmt = threads, fixed XICS numbers; pseries-2.8: POWER8, no large
 * decrementer, vCPU ids 0, 8...). */
static void test_pseries_7_2(void)
{
    GError *err = NULL;
    Machine *m = new_machine("pseries-7.2", NULL, NULL, &err);
    g_assert_no_error(err);
    SpaprState *s = spapr_state(m);
    g_assert_cmphex(m->cpu->pvr, ==, 0x004e1200);
    g_assert_cmpuint(m->cpu->isa, ==, PPC_ISA_300);
    g_assert_true(m->cpu->large_decr);
    ppc_cpu_reset(m->cpu);
    g_assert_cmphex(m->cpu->arch.lpcr & (1ULL << 17), !=, 0);   /* LD */
    /* VSCR[NJ]: QEMU 7.2's book3s reset value (its gdbstub reads
     * VSCR 0x00010000 before the first instruction) */
    g_assert_cmphex(m->cpu->arch.vscr, ==, 0x00010000);
    g_assert_cmpuint(spapr_vcpu_id(m, 1), ==, 1);
    g_assert_cmpuint(s->irq_epow, ==, 0x1000);
    g_assert_cmpuint(s->irq_hotplug, ==, 0x1001);
    g_assert_cmpuint(spapr_irq_nr_msis(m), ==, 0xd00);
    machine_free(m);

    m = new_machine("pseries-2.8", NULL, NULL, &err);
    g_assert_no_error(err);
    g_assert_cmpuint(m->cpu->isa, ==, PPC_ISA_207);
    g_assert_false(m->cpu->large_decr);
    ppc_cpu_reset(m->cpu);
    g_assert_cmphex(m->cpu->arch.lpcr & (1ULL << 17), ==, 0);
    g_assert_cmpuint(spapr_vcpu_id(m, 1), ==, 8);
    g_assert_cmpuint(spapr_irq_nr_msis(m), ==, 0x400);
    machine_free(m);

    /* cap-large-decr by -machine: on a POWER9 pseries-2.8 it turns on;
     * the 7.2 default follows the CPU; asked on a POWER8 it is an error
     * as in QEMU ("Large decrementer only supported on POWER9") */
    static const char *const ld_on[] = {
        "spapr-machine.cap-large-decr=on", "spapr-machine.cpu-type=POWER9",
        NULL };
    m = new_machine("pseries-2.8", NULL, ld_on, &err);
    g_assert_no_error(err);
    g_assert_true(m->cpu->large_decr);
    machine_free(m);
    static const char *const p8[] = { "spapr-machine.cpu-type=power8",
                                      NULL };
    m = new_machine("pseries-7.2", NULL, p8, &err);
    g_assert_no_error(err);
    g_assert_cmphex(m->cpu->pvr, ==, 0x004d0200);
    g_assert_false(m->cpu->large_decr);
    machine_free(m);
}

/* The CAS compat property x-update-dt stands for QEMU 7.2's machine
 * class field update_dt_enabled: true by default (pseries-7.2), set
 * false by pseries-3.1's class options and so for every older type. */
static void test_update_dt_compat(void)
{
    static const struct {
        const char *type;
        bool update_dt;
    } want[] = {
        { "pseries-7.2", true },
        { "pseries-2.8", false },
        { "pseries", true },
        { "pseries-2.7", false },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
        GError *err = NULL;
        Machine *m = new_machine(want[i].type, NULL, NULL, &err);
        g_assert_no_error(err);
        g_test_message("%s: x-update-dt", want[i].type);
        g_assert_cmpint(spapr_state(m)->opts.update_dt, ==,
                        want[i].update_dt);
        machine_free(m);
    }
    /* like any property, -global can still say otherwise */
    static const char *const on[] = { "spapr-machine.x-update-dt=on", NULL };
    GError *err = NULL;
    Machine *m = new_machine("pseries-2.7", NULL, on, &err);
    g_assert_no_error(err);
    g_assert_true(spapr_state(m)->opts.update_dt);
    machine_free(m);
}

static void test_compat_2_7(void)
{
    GError *err = NULL;
    Machine *m = new_machine("pseries-2.7", NULL, NULL, &err);
    g_assert_no_error(err);
    SpaprState *s = spapr_state(m);
    g_assert_cmpstr(s->opts.cpu_type, ==, "POWER7");
    g_assert_cmphex(m->cpu->pvr, ==, 0x003f0203);
    g_assert_false(s->opts.modern_hotplug_events);
    g_assert_true(s->opts.legacy_phb_placement);
    g_assert_cmpuint(s->irq_hotplug, ==, 0);
    machine_free(m);

    m = new_machine("pseries-2.8", NULL, NULL, &err);
    g_assert_no_error(err);
    s = spapr_state(m);
    g_assert_cmphex(m->cpu->pvr, ==, 0x004d0200);
    g_assert_true(s->opts.modern_hotplug_events);
    g_assert_cmpuint(s->irq_epow, ==, 0x1000);
    g_assert_cmpuint(s->irq_hotplug, ==, 0x1001);
    machine_free(m);

    /* user -global comes after the compat rows */
    static const char *const g[] = {
        "spapr-machine.modern-hotplug-events=on", NULL };
    m = new_machine("pseries-2.7", NULL, g, &err);
    g_assert_no_error(err);
    g_assert_cmpuint(spapr_state(m)->irq_hotplug, ==, 0x1001);
    machine_free(m);
}

static void test_devices(void)
{
    GError *err = NULL;
    static const char *const d[] = { "spapr-vty", "spapr-vty,reg=0x71000100",
                                     NULL };
    /* -nodefaults: no default CD-ROM, so no VSCSI adapter before them */
    Machine *m = new_machine_opts("pseries-2.8", d, NULL, true, &err);
    g_assert_no_error(err);
    /* nvram first (machine default), then the user's vtys */
    SpaprVioDevice *nv = (SpaprVioDevice *)device_find(m, "spapr-nvram");
    g_assert_cmphex(nv->reg, ==, 0x71000000);
    g_assert_cmphex(nv->irq, ==, 0x1002);
    g_assert_nonnull(spapr_vio_find(m, 0x71000001));
    g_assert_nonnull(spapr_vio_find(m, 0x71000100));
    /* after the default PHB's LSIs 0x1003..0x1006 (QEMU 7.2
     * -M pseries-2.8 -nodefaults with the same two vtys: 0x1007, 0x1008) */
    g_assert_cmphex(spapr_vio_find(m, 0x71000001)->irq, ==, 0x1007);
    g_assert_cmphex(spapr_vio_find(m, 0x71000100)->irq, ==, 0x1008);
    machine_free(m);

    static const char *const bad[] = { "spapr-vty,rge=1", NULL };
    m = new_machine("pseries-2.8", bad, NULL, &err);
    g_assert_null(m);
    g_assert_nonnull(strstr(err->message, "spapr-vty"));
    g_assert_nonnull(strstr(err->message, "rge"));
    g_clear_error(&err);

    static const char *const dup[] = { "spapr-vty,reg=0x71000000", NULL };
    m = new_machine("pseries-2.8", dup, NULL, &err);
    g_assert_null(m);
    g_clear_error(&err);

    g_assert_false(device_global_check(&pseries_board, "spapr-vty.reg=x", &err));
    g_clear_error(&err);
    g_assert_true(device_global_check(&pseries_board, "spapr-pci-host-bridge.ddw=off", &err));
}

/* ---- hypercalls ---- */

static long hcall(Machine *m, uint64_t nr, uint64_t a0, uint64_t a1,
                  uint64_t a2, uint64_t a3, uint64_t a4)
{
    PpcCpu *cpu = m->cpu;
    cpu->arch.gpr[3] = nr;
    cpu->arch.gpr[4] = a0;
    cpu->arch.gpr[5] = a1;
    cpu->arch.gpr[6] = a2;
    cpu->arch.gpr[7] = a3;
    cpu->arch.gpr[8] = a4;
    spapr_hcall(m, cpu);
    return (long)cpu->arch.gpr[3];
}

/* Issue 13: KVMPPC_H_LOGICAL_MEMOP moves 64 Ki elements per step; until
 * done it leaves r3 = the hcall and r4/r5/r7 describing the rest, and asks
 * for the sc to run again (one instruction per step). Forward and
 * overlapping-backward copies give memmove's result. */
static unsigned memop_steps(Machine *m, uint64_t dst, uint64_t src,
                            uint64_t count)
{
    PpcCpu *cpu = m->cpu;
    unsigned steps = 0;
    long rc = hcall(m, KVMPPC_H_LOGICAL_MEMOP, dst, src, 0, count, 0);
    for (steps = 1; cpu->hcall_again; steps++) {
        g_assert_cmphex(rc, ==, KVMPPC_H_LOGICAL_MEMOP);
        cpu->hcall_again = false;
        spapr_hcall(m, cpu);   /* the sc again, registers as left */
        rc = (long)cpu->arch.gpr[3];
    }
    g_assert_cmpint(rc, ==, H_SUCCESS);
    return steps;
}

static void test_memop_steps(Machine *m)
{
    const uint64_t src = 0x100000, n = 0x20005;
    uint8_t *want = g_malloc(n + 1);
    for (uint64_t i = 0; i < n + 1; i++) {
        m->ram[src + i] = (uint8_t)(i * 7 + (i >> 8));
    }
    g_assert_cmpuint(memop_steps(m, 0x300000, src, n), ==, 3);
    g_assert_cmpint(memcmp(m->ram + 0x300000, m->ram + src, n), ==, 0);
    g_assert_cmphex(m->cpu->arch.gpr[4], ==, 0x300000 + 0x20000);
    g_assert_cmphex(m->cpu->arch.gpr[7], ==, 5);
    memcpy(want, m->ram + src, n);          /* dst = src + 1: backward */
    g_assert_cmpuint(memop_steps(m, src + 1, src, n), ==, 3);
    g_assert_cmpint(memcmp(m->ram + src + 1, want, n), ==, 0);
    memcpy(want, m->ram + src + 1, n);      /* dst = src - 1: forward */
    g_assert_cmpuint(memop_steps(m, src, src + 1, n), ==, 3);
    g_assert_cmpint(memcmp(m->ram + src, want, n), ==, 0);
    g_free(want);
}

static void test_hcalls(void)
{
    GError *err = NULL;
    Machine *m = new_machine("pseries-2.8", NULL, NULL, &err);
    g_assert_no_error(err);
    PpcCpu *cpu = m->cpu;

    g_assert_cmpint(hcall(m, H_SET_SPRG0, 0x1234, 0, 0, 0, 0), ==, H_SUCCESS);
    g_assert_cmphex(cpu->arch.sprg[0], ==, 0x1234);
    /* QEMU 7.2's POWER8 has no DABR: H_HARDWARE (POWER7's answers:
     * tests/guest/hcall-misc.c) */
    g_assert_cmpint(hcall(m, H_SET_DABR, 0x1000, 0, 0, 0, 0), ==, H_HARDWARE);
    g_assert_cmpint(hcall(m, H_SET_XDABR, 0x2000, 2, 0, 0, 0), ==,
                    H_HARDWARE);

    /* H_SET_MODE: LE, AIL, unknown resource */
    g_assert_cmpint(hcall(m, H_SET_MODE, 1, 4, 0, 0, 0), ==, H_SUCCESS);
    g_assert_true(cpu->arch.lpcr & LPCR_ILE);
    g_assert_cmpint(hcall(m, H_SET_MODE, 2, 4, 0, 0, 0), ==,
                    H_UNSUPPORTED_FLAG);
    g_assert_cmpint(hcall(m, H_SET_MODE, 0, 4, 1, 0, 0), ==, H_P3);
    g_assert_cmpint(hcall(m, H_SET_MODE, 1, 3, 0, 0, 0), ==,
                    H_UNSUPPORTED_FLAG);
    g_assert_cmpint(hcall(m, H_SET_MODE, 3, 3, 0, 0, 0), ==, H_SUCCESS);
    g_assert_cmphex((cpu->arch.lpcr >> LPCR_AIL_SHIFT) & 3, ==, 3);
    g_assert_cmpint(hcall(m, H_SET_MODE, 0, 9, 0, 0, 0), ==, H_P2);

    /* logical loads/stores are big-endian physical accesses */
    g_assert_cmpint(hcall(m, H_LOGICAL_CI_STORE, 4, 0x1000, 0xdeadbeef, 0,
                          0), ==, H_SUCCESS);
    g_assert_cmphex(m->ram[0x1000], ==, 0xde);
    g_assert_cmpint(hcall(m, H_LOGICAL_CI_LOAD, 2, 0x1002, 0, 0, 0), ==,
                    H_SUCCESS);
    g_assert_cmphex(cpu->arch.gpr[4], ==, 0xbeef);
    g_assert_cmpint(hcall(m, H_LOGICAL_CI_LOAD, 3, 0x1000, 0, 0, 0), ==,
                    H_PARAMETER);

    /* H_PAGE_INIT: copy, zero, bad flags, unaligned */
    const uint64_t zero = 1ULL << (63 - 48), copy = 1ULL << (63 - 49);
    g_assert_cmpint(hcall(m, H_PAGE_INIT, copy, 0x3000, 0x1000, 0, 0), ==,
                    H_SUCCESS);
    g_assert_cmphex(m->ram[0x3001], ==, 0xad);
    g_assert_cmpint(hcall(m, H_PAGE_INIT, zero, 0x3000, 0, 0, 0), ==,
                    H_SUCCESS);
    g_assert_cmphex(m->ram[0x3001], ==, 0);
    g_assert_cmpint(hcall(m, H_PAGE_INIT, 1, 0x3000, 0, 0, 0), ==,
                    H_PARAMETER);
    g_assert_cmpint(hcall(m, H_PAGE_INIT, zero, 0x3008, 0, 0, 0), ==,
                    H_PARAMETER);

    /* memop: inverted copy of 2 halfwords */
    g_assert_cmpint(hcall(m, KVMPPC_H_LOGICAL_MEMOP, 0x2000, 0x1000, 1, 2,
                          1), ==, H_SUCCESS);
    g_assert_cmphex(m->ram[0x2000], ==, 0x21);
    g_assert_cmphex(m->ram[0x2003], ==, 0x10);
    g_assert_cmpint(hcall(m, KVMPPC_H_LOGICAL_MEMOP, 0x2001, 0x1000, 1, 2,
                          0), ==, H_PARAMETER);
    /* a call of one step leaves r4..r8 as they were (QEMU) */
    g_assert_cmphex(cpu->arch.gpr[4], ==, 0x2001);
    g_assert_cmphex(cpu->arch.gpr[7], ==, 2);
    test_memop_steps(m);

    /* VPA: too small, then a valid 640-byte area; deregister */
    uint64_t vpa = 0x4000;
    g_assert_cmpint(hcall(m, H_REGISTER_VPA, 0x0000200000000000ULL, 0, vpa,
                          0, 0), ==, H_PARAMETER);
    m->ram[vpa + 4] = 0x02;
    m->ram[vpa + 5] = 0x80;   /* size 640 */
    g_assert_cmpint(hcall(m, H_REGISTER_VPA, 0x0000200000000000ULL, 0, vpa,
                          0, 0), ==, H_SUCCESS);
    g_assert_cmphex(m->ram[vpa + 9], ==, 2);
    g_assert_cmpint(hcall(m, H_REGISTER_VPA, 0x0000200000000000ULL, 8, vpa,
                          0, 0), ==, H_PARAMETER);   /* no CPU 8 */
    g_assert_cmpint(hcall(m, H_REGISTER_VPA, 0x0000a00000000000ULL, 0, 0,
                          0, 0), ==, H_SUCCESS);

    /* H_PROD then H_CEDE returns at once; H_CEDE alone halts */
    g_assert_cmpint(hcall(m, H_PROD, 0, 0, 0, 0, 0), ==, H_SUCCESS);
    g_assert_cmpint(hcall(m, H_CEDE, 0, 0, 0, 0, 0), ==, H_SUCCESS);
    g_assert_cmpuint(cpu->arch.halted, ==, 0);
    g_assert_true(cpu->arch.msr & MSR_EE);
    g_assert_cmpint(hcall(m, H_CEDE, 0, 0, 0, 0, 0), ==, H_SUCCESS);
    g_assert_cmpuint(cpu->arch.halted, ==, 1);
    cpu->arch.halted = 0;
    g_assert_cmpint(hcall(m, H_CONFER, 5, 0, 0, 0, 0), ==, H_PARAMETER);
    g_assert_cmpint(hcall(m, H_PROD, 1, 0, 0, 0, 0), ==, H_PARAMETER);

    /* H_RANDOM needs an spapr-rng device */
    g_assert_cmpint(hcall(m, H_RANDOM, 0, 0, 0, 0, 0), ==, H_FUNCTION);
    /* H_CLEAR_MOD: advertised, answered H_FUNCTION as QEMU 7.2's TCG */
    g_assert_cmpint(hcall(m, 0x10, 0, 0, 0, 0, 0), ==, H_FUNCTION);

    /* the HPT: H_ENTER into the first free slot of the group, H_EXACT
     * on a taken slot, H_READ (QEMU's software dirty bit 0x40 shows),
     * H_PROTECT, H_REMOVE with a wrong and the right AVPN */
    const uint64_t h_exact = 1ULL << (63 - 24), h_avpn = 1ULL << (63 - 32);
    g_assert_cmpint(hcall(m, H_ENTER, 0, 16, 0x12300 | 1, 0x5000 | 0x10 | 2,
                          0), ==, H_SUCCESS);
    g_assert_cmpuint(cpu->arch.gpr[4], ==, 16);
    g_assert_cmpint(hcall(m, H_ENTER, 0, 19, 0x45600 | 1, 0x6000 | 0x10, 0),
                    ==, H_SUCCESS);
    g_assert_cmpuint(cpu->arch.gpr[4], ==, 17);
    g_assert_cmpint(hcall(m, H_ENTER, h_exact, 16, 0x78900 | 1, 0x10, 0), ==,
                    -6);   /* H_PTEG_FULL */
    g_assert_cmpint(hcall(m, H_ENTER, 0, 16, 0x78900 | 1, 0x5000, 0), ==,
                    H_PARAMETER);   /* RAM without M */
    g_assert_cmpint(hcall(m, H_ENTER, 0, 1ULL << 40, 0x78900 | 1, 0x10, 0),
                    ==, H_PARAMETER);   /* beyond the table */
    g_assert_cmpint(hcall(m, H_READ, 0, 16, 0, 0, 0), ==, H_SUCCESS);
    g_assert_cmphex(cpu->arch.gpr[4], ==, 0x12341);
    g_assert_cmphex(cpu->arch.gpr[5], ==, 0x5012);
    g_assert_cmpint(hcall(m, H_PROTECT, 3, 16, 0, 0, 0), ==, H_SUCCESS);
    g_assert_cmpint(hcall(m, H_READ, 0, 16, 0, 0, 0), ==, H_SUCCESS);
    g_assert_cmphex(cpu->arch.gpr[5], ==, 0x5013);
    g_assert_cmpint(hcall(m, H_REMOVE, h_avpn, 16, 0x99900, 0, 0), ==,
                    -7);   /* H_NOT_FOUND */
    g_assert_cmpint(hcall(m, H_REMOVE, h_avpn, 16, 0x12300, 0, 0), ==,
                    H_SUCCESS);
    g_assert_cmphex(cpu->arch.gpr[4], ==, 0x12341);
    g_assert_cmpint(hcall(m, H_REMOVE, 0, 16, 0, 0, 0), ==, -7);
    cpu->arch.msr |= MSR_PR;
    g_assert_cmpint(hcall(m, H_SET_SPRG0, 0, 0, 0, 0, 0), ==, H_PRIVILEGE);
    machine_free(m);
}

static void test_random(void)
{
    static const char *const d[] = { "spapr-rng", NULL };
    GError *err = NULL;
    Machine *a = new_machine("pseries-2.8", d, NULL, &err);
    Machine *b = new_machine("pseries-2.8", d, NULL, &err);
    g_assert_no_error(err);
    g_assert_cmpint(hcall(a, H_RANDOM, 0, 0, 0, 0, 0), ==, H_SUCCESS);
    g_assert_cmpint(hcall(b, H_RANDOM, 0, 0, 0, 0, 0), ==, H_SUCCESS);
    uint64_t x = a->cpu->arch.gpr[4];
    g_assert_cmphex(x, ==, b->cpu->arch.gpr[4]);
    hcall(a, H_RANDOM, 0, 0, 0, 0, 0);
    g_assert_cmphex(x, !=, a->cpu->arch.gpr[4]);
    machine_free(a);
    machine_free(b);
}

/* ---- RTAS ---- */

#define BLK 0x8000

static long rtas(Machine *m, uint32_t token, uint32_t nargs, uint32_t nret,
                 const uint32_t *args)
{
    spapr_st32(m, BLK, token);
    spapr_st32(m, BLK + 4, nargs);
    spapr_st32(m, BLK + 8, nret);
    for (uint32_t i = 0; i < nargs; i++) {
        spapr_st32(m, BLK + 12 + 4 * i, args[i]);
    }
    for (uint32_t i = 0; i < nret; i++) {
        spapr_st32(m, BLK + 12 + 4 * (nargs + i), 0xeeeeeeee);
    }
    return spapr_rtas_call(m, m->cpu, BLK);
}

static uint32_t ret(Machine *m, uint32_t nargs, unsigned i)
{
    return spapr_ld32(m, BLK + 12 + 4 * (nargs + i));
}

static uint32_t token(const char *name)
{
    uint32_t tok = board_rtas_token(&pseries_board, name);
    g_assert_cmpuint(tok, !=, 0);
    return tok;
}

static void test_rtas(void)
{
    GError *err = NULL;
    Machine *m = new_machine("pseries-2.8", NULL, NULL, &err);
    g_assert_no_error(err);

    /* the virtual clock starts at 2000-01-01T00:00:00 */
    g_assert_cmpint(rtas(m, token("get-time-of-day"), 0, 8, NULL), ==,
                    H_SUCCESS);
    g_assert_cmpuint(ret(m, 0, 0), ==, 0);
    g_assert_cmpuint(ret(m, 0, 1), ==, 2000);
    g_assert_cmpuint(ret(m, 0, 2), ==, 1);
    g_assert_cmpuint(ret(m, 0, 3), ==, 1);
    g_assert_cmpuint(ret(m, 0, 6), ==, 0);
    rtas(m, token("get-time-of-day"), 0, 7, NULL);
    g_assert_cmpint((int32_t)ret(m, 0, 0), ==, RTAS_OUT_PARAM_ERROR);
    static const uint32_t when[7] = { 2016, 11, 23, 10, 20, 30, 0 };
    rtas(m, token("set-time-of-day"), 7, 1, when);
    g_assert_cmpuint(ret(m, 7, 0), ==, 0);
    rtas(m, token("get-time-of-day"), 0, 8, NULL);
    g_assert_cmpuint(ret(m, 0, 1), ==, 2016);
    g_assert_cmpuint(ret(m, 0, 2), ==, 11);
    g_assert_cmpuint(ret(m, 0, 5), ==, 20);
    g_assert_cmpuint(ret(m, 0, 6), ==, 30);
    /* issue 13: a year the RTC cannot hold (UBSan before), a negative
     * one (then the powerdown log's BCD date), a month 13: parameter
     * errors that leave the clock alone */
    static const uint32_t bad[][7] = {
        { 0x80000000, 1, 1, 0, 0, 0, 0 }, { 0xffffffff, 1, 1, 0, 0, 0, 0 },
        { 2016, 13, 1, 0, 0, 0, 0 }, { 2016, 1, 1, 24, 0, 0, 0 },
    };
    for (unsigned i = 0; i < G_N_ELEMENTS(bad); i++) {
        rtas(m, token("set-time-of-day"), 7, 1, bad[i]);
        g_assert_cmpint((int32_t)ret(m, 7, 0), ==, RTAS_OUT_PARAM_ERROR);
    }
    rtas(m, token("get-time-of-day"), 0, 8, NULL);
    g_assert_cmpuint(ret(m, 0, 1), ==, 2016);

    static const uint32_t scan[4] = { 0xffffffff, 0, 0x9000, 0x400 };
    rtas(m, token("event-scan"), 4, 1, scan);
    g_assert_cmpuint(ret(m, 4, 0), ==, RTAS_OUT_NO_ERRORS_FOUND);
    rtas(m, token("event-scan"), 3, 1, scan);
    g_assert_cmpint((int32_t)ret(m, 3, 0), ==, RTAS_OUT_PARAM_ERROR);
    static const uint32_t chk[6] = { 0x500, 0, 0xffffffff, 0, 0x9000, 0x400 };
    rtas(m, token("check-exception"), 6, 1, chk);
    g_assert_cmpuint(ret(m, 6, 0), ==, RTAS_OUT_NO_ERRORS_FOUND);

    /* nvram: store 4 bytes at offset 0x10, fetch them back */
    memcpy(m->ram + 0x9000, "abcd", 4);
    static const uint32_t st[3] = { 0x10, 0x9000, 4 };
    rtas(m, token("nvram-store"), 3, 2, st);
    g_assert_cmpuint(ret(m, 3, 0), ==, 0);
    g_assert_cmpuint(ret(m, 3, 1), ==, 4);
    static const uint32_t fe[3] = { 0x10, 0x9100, 4 };
    rtas(m, token("nvram-fetch"), 3, 2, fe);
    g_assert_cmpuint(ret(m, 3, 1), ==, 4);
    g_assert_cmpmem(m->ram + 0x9100, 4, "abcd", 4);
    static const uint32_t big[3] = { 0xfffe, 0x9000, 4 };
    rtas(m, token("nvram-fetch"), 3, 2, big);
    g_assert_cmpint((int32_t)ret(m, 3, 0), ==, RTAS_OUT_PARAM_ERROR);

    /* system parameters */
    static const uint32_t sp[3] = { 42, 0x9200, 16 };
    rtas(m, token("ibm,get-system-parameter"), 3, 1, sp);
    g_assert_cmpuint(ret(m, 3, 0), ==, 0);
    g_assert_cmphex(spapr_ld32(m, 0x9200) >> 16, ==, 1);
    static const uint32_t sp2[3] = { 20, 0x9200, 1 };
    rtas(m, token("ibm,get-system-parameter"), 3, 1, sp2);
    g_assert_cmpint((int32_t)ret(m, 3, 0), ==, RTAS_OUT_SYSPARM_PARAM_ERROR);
    rtas(m, token("ibm,set-system-parameter"), 2, 1, sp);
    g_assert_cmpint((int32_t)ret(m, 2, 0), ==, RTAS_OUT_NOT_AUTHORIZED);

    rtas(m, token("quiesce"), 0, 1, NULL);
    g_assert_cmpuint(ret(m, 0, 0), ==, 0);
    /* FWNMI is off for pseries <= 4.2 */
    static const uint32_t nmi[2] = { 0x100, 0x200 };
    rtas(m, token("ibm,nmi-register"), 2, 1, nmi);
    g_assert_cmpint((int32_t)ret(m, 2, 0), ==, RTAS_OUT_NOT_SUPPORTED);

    /* unknown token: rets[0] = -3 and H_PARAMETER */
    g_assert_cmpint(rtas(m, 0x3000, 0, 1, NULL), ==, H_PARAMETER);
    g_assert_cmpint((int32_t)ret(m, 0, 0), ==, RTAS_OUT_PARAM_ERROR);
    /* power-off with wrong counts does nothing */
    rtas(m, token("power-off"), 1, 1, nmi);
    g_assert_cmpint((int32_t)ret(m, 1, 0), ==, RTAS_OUT_PARAM_ERROR);
    g_assert_false(m->stop);
    /* the powerdown log dates itself by the RTC the refused sets left */
    spapr_event_powerdown(m);
    machine_free(m);
}

/* ---- command line ---- */

/* cli_parse on "farad ARGS..."; returns its result, err set on failure. */
static bool parse_args(const char *const *args, MachineConfig *cfg,
                       CliAction *action, GError **err)
{
    GPtrArray *av = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(av, g_strdup("farad"));
    for (int i = 0; args[i]; i++) {
        g_ptr_array_add(av, g_strdup(args[i]));
    }
    int argc = (int)av->len;
    g_ptr_array_add(av, NULL);
    machine_config_init(cfg);
    cfg->board = &pseries_board;
    bool ok = cli_parse(argc, (char **)av->pdata, cfg, action, err);
    g_ptr_array_unref(av);
    return ok;
}

/* The one-line error cli_parse gives for args (newly allocated). */
static char *parse_error(const char *const *args)
{
    MachineConfig cfg;
    CliAction action;
    GError *err = NULL;
    g_assert_false(parse_args(args, &cfg, &action, &err));
    machine_config_clear(&cfg);
    g_assert_nonnull(err);
    char *msg = g_strdup(err->message);
    g_error_free(err);
    g_assert_null(strchr(msg, '\n'));
    return msg;
}

static void test_cli_help(void)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    g_assert_nonnull(f);
    cli_print_help(f);
    fclose(f);
    gchar **lines = g_strsplit(text, "\n", -1);
    unsigned rows = 0;
    for (const CliOption *o = cli_options(); o->name; o++, rows++) {
        /* a line starts with the option, then its argument or the end */
        char *head = g_strdup_printf("%s%s%s", o->name, o->arg ? " " : "",
                                     o->arg ? o->arg : "");
        bool found = false;
        for (int i = 0; lines[i] && !found; i++) {
            found = g_str_has_prefix(lines[i], head) &&
                    (lines[i][strlen(head)] == ' ' ||
                     lines[i][strlen(head)] == 0);
        }
        if (!found) {
            g_test_message("-help does not list %s", head);
        }
        g_assert_true(found);
        g_assert_nonnull(o->help);
        g_assert_nonnull(o->handle);
        g_free(head);
    }
    /* the qemu-system-ppc64 options the README documents are rows */
    static const char *const documented[] = {
        "-M", "-machine", "-cpu", "-accel", "-smp", "-m", "-bios",
        "-kernel", "-initrd", "-append", "-nographic", "-serial", "-monitor",
        "-display", "-nodefaults", "-S", "-s", "-gdb", "-device", "-global",
        "-object", "-rtc", "-snapshot-db", "-loadvm", "-savevm-at",
        "-plugin", "-d", "-D", "-icount", "-max-insns", "-help", "-h",
        "-version", "-name", "-uuid", "-pidfile", "-daemonize",
        "-no-reboot", "-no-shutdown",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(documented); i++) {
        const CliOption *o = cli_options();
        while (o->name && strcmp(o->name, documented[i])) {
            o++;
        }
        g_assert_nonnull(o->name);
    }
    g_assert_cmpuint(rows, >=, G_N_ELEMENTS(documented));
    g_strfreev(lines);
    free(text);
}

static void test_cli_errors(void)
{
    static const struct {
        const char *args[4];
        const char *msg;
    } cases[] = {
        { { "-frobnicate", "-bios", "x.bin" }, "-frobnicate: invalid option" },
        { { "--frobnicate" }, "--frobnicate: invalid option" },
        /* -drive's syntax is checked at once (core/block/) */
        { { "-drive", "file=x,if=ide" },
          "-drive file=x,if=ide: interface 'ide' is not available on "
          "pseries (none, virtio, scsi)" },
        { { "-" }, "-: invalid option" },
        { { "--" }, "--: invalid option" },
        { { "-bios" }, "-bios: requires an argument" },
        { { "--bios" }, "--bios: requires an argument" },
        { { "-nographic", "-M" }, "-M: requires an argument" },
        /* machine properties through the property tables */
        { { "-M", "pseries-2.8,cap-htm=on" },
          "-machine: cap-htm=on: farad does not emulate transactional "
          "memory (use cap-htm=off)" },
        { { "-M", "pseries-2.8,cap-htm=maybe" },
          "-machine: property 'cap-htm' takes on or off, not 'maybe'" },
        { { "-M", "pseries-2.8,cap-cfpc=bogus" },
          "-machine: invalid value 'bogus' for cap-cfpc (broken, "
          "workaround, fixed)" },
        { { "-M", "pseries-2.8,ic-mode=foo" },
          "-machine: ic-mode must be xics, xive or dual, not 'foo'" },
        /* QEMU 7.2's own words for both (qemu-system-ppc64 -M
         * pseries-7.2,cap-hpt-max-page-size=3000 / =1k) */
        { { "-M", "pseries-7.2,cap-hpt-max-page-size=3000" },
          "-machine: cap-hpt-max-page-size must be a power of 2" },
        { { "-M", "pseries-7.2,cap-hpt-max-page-size=0" },
          "-machine: cap-hpt-max-page-size must be a power of 2" },
        { { "-M", "pseries-7.2,cap-hpt-max-page-size=1k" },
          "-machine: Require at least 4kiB hpt-max-page-size" },
        { { "-M", "pseries-2.8,accel=kvm" },
          "-machine: accel=kvm: only tcg (interpretation) exists" },
        { { "-M", "pseries-2.8,no-such=1" },
          "-machine: property 'no-such' not found on machine pseries-2.8 "
          "(value '1')" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        const char *args[5] = { 0 };
        memcpy(args, cases[i].args, sizeof(cases[i].args));
        char *msg = parse_error(args);
        g_assert_cmpstr(msg, ==, cases[i].msg);
        g_free(msg);
    }
    /* every option with an argument says so when it is missing */
    for (const CliOption *o = cli_options(); o->name; o++) {
        if (o->arg) {
            const char *args[] = { o->name, NULL };
            char *msg = parse_error(args);
            char *want = g_strdup_printf("%s: requires an argument", o->name);
            g_assert_cmpstr(msg, ==, want);
            g_free(want);
            g_free(msg);
        }
    }
}

/* -machine values land where machine_new reads them. */
static void test_cli_machine(void)
{
    static const char *const args[] = {
        "-M", "pseries-7.2,cap-htm=off,ic-mode=xics,dumpdtb=/dev/null",
        "-cpu", "POWER8", "-smp", "2", NULL };
    MachineConfig cfg;
    CliAction action;
    GError *err = NULL;
    g_assert_true(parse_args(args, &cfg, &action, &err));
    g_assert_no_error(err);
    g_assert_cmpint(action, ==, CLI_RUN);
    g_assert_cmpstr(cfg.machine_type, ==, "pseries-7.2");
    g_assert_cmpstr(cfg.dumpdtb, ==, "/dev/null");
    g_assert_cmpint(cfg.smp, ==, 2);
    g_assert_nonnull(cfg.machine_props);
    g_assert_cmpuint(cfg.machine_props->len, ==, 3);
    g_assert_cmpstr(g_ptr_array_index(cfg.machine_props, 1), ==,
                    "ic-mode=xics");
    cfg.serial_stdio = false;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    SpaprState *s = spapr_state(m);
    g_assert_cmpstr(s->opts.ic_mode, ==, "xics");
    g_assert_false(s->opts.cap_htm);
    g_assert_cmphex(m->cpu->pvr, ==, 0x004d0200);   /* POWER8 v2.0 */
    machine_free(m);
    machine_config_clear(&cfg);
}

/* The console, -rtc and -bios as the command line leaves them for
 * machine_new: -nodefaults makes no VTY in either order with -nographic
 * (-serial still does), the RTC base is the host's UTC time unless -rtc
 * names one, the firmware is slof.bin unless -bios says otherwise. */
static void test_cli_defaults(void)
{
    static const struct {
        const char *args[6];
        bool serial_stdio;
        const char *rtc;
    } cases[] = {
        { { "-nographic" }, true, "base=utc" },
        { { NULL }, true, "base=utc" },
        { { "-nodefaults", "-nographic" }, false, "base=utc" },
        { { "-nographic", "-nodefaults" }, false, "base=utc" },
        { { "-nodefaults", "-serial", "stdio" }, true, "base=utc" },
        { { "-serial", "mon:stdio", "-nodefaults" }, true, "base=utc" },
        { { "-serial", "none" }, false, "base=utc" },
        { { "-rtc", "clock=vm" }, true, "base=utc,clock=vm" },
        { { "-rtc", "base=2031-05-06" }, true, "base=2031-05-06" },
        { { "-rtc", "clock=host,base=localtime" }, true,
          "clock=host,base=localtime" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        MachineConfig cfg;
        CliAction action;
        GError *err = NULL;
        const char *args[8] = { 0 };
        memcpy(args, cases[i].args, sizeof(cases[i].args));
        g_assert_true(parse_args(args, &cfg, &action, &err));
        g_assert_no_error(err);
        g_test_message("case %zu", i);
        g_assert_cmpint(cfg.serial_stdio, ==, cases[i].serial_stdio);
        g_assert_cmpstr(cfg.rtc, ==, cases[i].rtc);
        g_assert_null(cfg.bios);   /* machine_new: FIRMWARE_DEFAULT */
        machine_config_clear(&cfg);
    }
}

/* A command-line RTC starts at the host's UTC time; a config of its
 * own (rtc NULL) at 2000-01-01, as test_rtas reads it. */
static void test_rtc_base(void)
{
    const char *args[] = { "-M", "pseries-7.2,dumpdtb=/dev/null", NULL };
    MachineConfig cfg;
    CliAction action;
    GError *err = NULL;
    g_assert_true(parse_args(args, &cfg, &action, &err));
    cfg.serial_stdio = false;
    gint64 before = g_get_real_time() / G_USEC_PER_SEC;
    Machine *m = machine_new(&cfg, &err);
    gint64 after = g_get_real_time() / G_USEC_PER_SEC;
    g_assert_no_error(err);
    g_assert_cmpint(spapr_state(m)->rtc_base, >=, before);
    g_assert_cmpint(spapr_state(m)->rtc_base, <=, after);
    machine_free(m);
    g_free(cfg.rtc);
    cfg.rtc = g_strdup("base=2031-05-06T07:08:09");
    m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    g_assert_cmpint(spapr_state(m)->rtc_base, ==, 1935817689);   /* date -u +%s */
    machine_free(m);
    machine_config_clear(&cfg);
}

/* Issue 13: a -bios image reaching the device tree (4 MiB of RAM put
 * the tree at 2 MiB) is refused as a -kernel there is, not loaded over
 * it; one that ends below the tree loads. */
static Machine *machine_with_bios(uint64_t bios_bytes, GError **err)
{
    char *path = NULL;
    int fd = g_file_open_tmp("farad-bios-XXXXXX", &path, NULL);
    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpint(ftruncate(fd, (off_t)bios_bytes), ==, 0);
    close(fd);
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    cfg.serial_stdio = false;
    cfg.ram_size = 4ULL << 20;
    cfg.bios = g_strdup(path);
    Machine *m = machine_new(&cfg, err);
    machine_config_clear(&cfg);
    unlink(path);
    g_free(path);
    return m;
}

static void test_bios_below_tree(void)
{
    GError *err = NULL;
    Machine *m = machine_with_bios(1ULL << 20, &err);
    g_assert_no_error(err);
    g_assert_cmphex(machine_fdt_addr(m), ==, 2ULL << 20);
    machine_free(m);
    m = machine_with_bios(3ULL << 20, &err);
    g_assert_null(m);
    g_assert_nonnull(err);
    g_assert_nonnull(strstr(err->message, "3145728 bytes, more than the "
                                          "2097152 it may have"));
    g_clear_error(&err);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/platform/props", test_props);
    g_test_add_func("/platform/bus", test_bus);
    g_test_add_func("/platform/machine-types", test_machine_types);
    g_test_add_func("/platform/pseries-7.2", test_pseries_7_2);
    g_test_add_func("/platform/compat-2.7", test_compat_2_7);
    g_test_add_func("/platform/compat/x-update-dt", test_update_dt_compat);
    g_test_add_func("/platform/devices", test_devices);
    g_test_add_func("/platform/hcalls", test_hcalls);
    g_test_add_func("/platform/h-random", test_random);
    g_test_add_func("/platform/rtas", test_rtas);
    g_test_add_func("/platform/cli/help", test_cli_help);
    g_test_add_func("/platform/cli/errors", test_cli_errors);
    g_test_add_func("/platform/cli/machine", test_cli_machine);
    g_test_add_func("/platform/cli/defaults", test_cli_defaults);
    g_test_add_func("/platform/rtc-base", test_rtc_base);
    g_test_add_func("/platform/bios-below-tree", test_bios_below_tree);
    return g_test_run();
}
