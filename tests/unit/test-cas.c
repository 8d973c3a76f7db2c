/* SPDX-License-Identifier: MIT */
/*
 * Client-architecture-support and platform events, called directly on
 * a machine with hand-built guest memory: KVMPPC_H_CAS (PVR choice,
 * option vector 5 negotiation, every rejection QEMU 7.2 makes, the tree
 * written back), KVMPPC_H_UPDATE_DT, and the EPOW event of a power-down
 * request read back with RTAS check-exception. Expected values come
 * from QEMU 7.2 (hw/ppc/spapr_hcall.c, spapr_ovec.c, spapr_events.c
 * structure layouts; vec-5 bytes as qemu-system-ppc64 -M pseries-2.8
 * returns them to tests/guest/cas.c) and PAPR, never from farad.
 */
#include <glib.h>
#include <libfdt.h>
#include <string.h>

#include "board/board.h"
#include "core/machine/hcall.h"
#include "core/machine/rtas.h"
#include "core/machine/spapr-cas.h"
#include "core/machine/spapr-events.h"
#include "core/machine/xics.h"

#define VEC 0x10000
#define BUF 0x20000
#define BUFSIZE 0x10000
#define BLK 0x8000
#define LOG 0x9000
#define H_MULTI_THREADS_ACTIVE (-9005)

static Machine *new_machine(const char *type, int smp)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup(type);
    cfg.dumpdtb = g_strdup("/dev/null");   /* stop before loading images */
    cfg.serial_stdio = false;
    cfg.smp = smp;
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

/* Option-vector table builder in guest memory at VEC. */
typedef struct Vec {
    Machine *m;
    uint64_t pos;
} Vec;

static void put8(Vec *v, uint8_t b)
{
    spapr_write_ram(v->m, v->pos++, &b, 1);
}

static void pvr(Vec *v, uint32_t mask, uint32_t val)
{
    spapr_st32(v->m, v->pos, mask);
    spapr_st32(v->m, v->pos + 4, val);
    v->pos += 8;
}

/* Terminator, then n vectors: ov1 = 80 00 00, ov5 = the given bytes,
 * the others 3 zero bytes. */
static void vectors(Vec *v, int n, const uint8_t *ov5, unsigned len5)
{
    pvr(v, 0, 0xffffffff);
    put8(v, (uint8_t)(n - 1));
    for (int i = 1; i <= n; i++) {
        if (i == 5) {
            put8(v, (uint8_t)(len5 - 1));
            for (unsigned j = 0; j < len5; j++) {
                put8(v, ov5[j]);
            }
        } else {
            put8(v, 2);
            put8(v, i == 1 ? 0x80 : 0);
            put8(v, 0);
            put8(v, 0);
        }
    }
}

static long cas(Machine *m, uint64_t bufsize)
{
    uint64_t args[3] = { VEC, BUF, bufsize };
    memset(m->ram + BUF, 0xee, 16);
    return h_cas(m, m->cpu, args);
}

/* The tree CAS wrote after its 4-byte header, copied to an 8-byte
 * aligned buffer as libfdt wants (kept until the next call). */
static const void *cas_tree(Machine *m)
{
    static uint64_t copy[BUFSIZE / 8];
    memcpy(copy, m->ram + BUF + 4, BUFSIZE - 4);
    return copy;
}

static const void *chosen_prop(Machine *m, const char *name, int *len)
{
    const void *fdt = cas_tree(m);
    int off = fdt_path_offset(fdt, "/chosen");
    g_assert_cmpint(off, >=, 0);
    return fdt_getprop(fdt, off, name, len);
}

static uint32_t cpu_version(Machine *m)
{
    const void *fdt = cas_tree(m);
    int cpus = fdt_path_offset(fdt, "/cpus");
    int cpu = fdt_first_subnode(fdt, cpus);
    int len;
    const fdt32_t *v = fdt_getprop(fdt, cpu, "cpu-version", &len);
    g_assert_nonnull(v);
    return fdt32_to_cpu(*v);
}

/* every ov5 bit but "both MMUs", "both interrupt modes" and XIVE */
static void ov5_all(uint8_t *all)
{
    memset(all, 0xff, 32);
    all[22] = 0x3f;
    all[23] = 0x7f;
}

static void test_pvr_pick(void)
{
    Machine *m = new_machine("pseries-2.8", 1);
    Vec v = { m, VEC };
    bool raw;
    /* POWER8 0x004d0200: 2.07 best, 3.00 not runnable, 2.05 after 2.06
     * below the best so far */
    pvr(&v, 0xffffffff, 0x0f000005);
    pvr(&v, 0xffffffff, 0x0f000003);
    pvr(&v, 0xffffffff, 0x0f000004);
    pvr(&v, 0xffffffff, 0x0f000002);
    pvr(&v, 0xffff0000, 0x004d0000);
    pvr(&v, 0, 0xffffffff);
    uint64_t a = VEC;
    g_assert_cmphex(spapr_cas_pick_pvr(m, 0x004d0200, &a, &raw), ==,
                    0x0f000004);
    g_assert_true(raw);
    g_assert_cmphex(a, ==, VEC + 6 * 8);
    /* POWER7 0x003f0203: 2.06 at most */
    a = VEC;
    g_assert_cmphex(spapr_cas_pick_pvr(m, 0x003f0203, &a, &raw), ==,
                    0x0f000003);
    g_assert_false(raw);
    /* POWER9: 3.00 */
    a = VEC;
    g_assert_cmphex(spapr_cas_pick_pvr(m, 0x004e1202, &a, &raw), ==,
                    0x0f000005);
    g_assert_true(spapr_compat_ok(0x004d0200, 0x0f100003, 0));
    g_assert_false(spapr_compat_ok(0x004d0200, 0x0f000002, 0x0f000003));
    g_assert_false(spapr_compat_ok(0x004d0200, 0x12345678, 0));
    machine_free(m);
}

static void test_ovec_find(void)
{
    Machine *m = new_machine("pseries-2.8", 1);
    Vec v = { m, VEC };
    static const uint8_t ov5[4] = { 0x11, 0x22, 0x33, 0x44 };
    vectors(&v, 5, ov5, 4);
    uint8_t out[8];
    g_assert_true(spapr_ovec_find(m, VEC + 8, 5, out, sizeof(out)));
    static const uint8_t want[8] = { 0x11, 0x22, 0x33, 0x44 };
    g_assert_cmpmem(out, 8, want, 8);
    g_assert_true(spapr_ovec_find(m, VEC + 8, 1, out, sizeof(out)));
    g_assert_cmphex(out[0], ==, 0x80);
    g_assert_false(spapr_ovec_find(m, VEC + 8, 6, out, sizeof(out)));
    /* OV_BIT numbering: byte 6 bit 5 = 0x04 of out[5] */
    uint8_t b[32] = { 0 };
    b[5] = 0x04;
    g_assert_true(spapr_ov5_test(b, OV5_HP_EVT));
    g_assert_false(spapr_ov5_test(b, OV5_HPT_RESIZE));
    machine_free(m);
}

/* QEMU 7.2's answer for pseries-2.8 (POWER8) to every bit: DRCONF
 * memory, FORM1 affinity, hot-plug event source, dynamic memory v2. */
static const uint8_t vec5_28[23] = {
    0x15, 0x00, 0x20, 0x00, 0x00, 0x80, 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0x80,
};

static void test_cas_success(void)
{
    Machine *m = new_machine("pseries-2.8", 1);
    /* before CAS: the boot tree has an empty vector */
    int off = fdt_path_offset(m->fdt, "/chosen"), len;
    const uint8_t *p = fdt_getprop(m->fdt, off, "ibm,architecture-vec-5",
                                   &len);
    static const uint8_t empty[2] = { 0, 0 };
    g_assert_cmpmem(p, len, empty, 2);

    Vec v = { m, VEC };
    uint8_t all[32];
    ov5_all(all);
    pvr(&v, 0xffffffff, 0x0f000004);
    vectors(&v, 6, all, 32);
    g_assert_cmpint(cas(m, BUFSIZE), ==, H_SUCCESS);
    static const uint8_t hdr[4] = { 1, 0, 0, 0 };
    g_assert_cmpmem(m->ram + BUF, 4, hdr, 4);
    g_assert_cmpint(fdt_check_full(cas_tree(m), BUFSIZE - 4), ==, 0);
    p = chosen_prop(m, "ibm,architecture-vec-5", &len);
    g_assert_cmpmem(p, len, vec5_28, sizeof(vec5_28));
    /* the CAS tree's /chosen: only rng-seed and the vector */
    g_assert_null(chosen_prop(m, "stdout-path", &len));
    g_assert_null(chosen_prop(m, "ibm,arch-vec-5-platform-support", &len));
    g_assert_nonnull(chosen_prop(m, "rng-seed", &len));
    g_assert_cmphex(cpu_version(m), ==, 0x0f000004);
    g_assert_cmphex(m->spapr->compat_pvr, ==, 0x0f000004);
    g_assert_true(m->spapr->cas_pre_isa3);
    g_assert_cmpuint(m->spapr->fdt_initial_size, ==,
                     fdt_totalsize(cas_tree(m)));

    /* raw mode only, ov5 of one byte: compat back to the real PVR */
    v.pos = VEC;
    pvr(&v, 0xffff0000, 0x004d0000);
    vectors(&v, 5, all, 1);
    g_assert_cmpint(cas(m, BUFSIZE), ==, H_SUCCESS);
    p = chosen_prop(m, "ibm,architecture-vec-5", &len);
    g_assert_cmpmem(p, len, empty, 2);
    g_assert_cmphex(cpu_version(m), ==, 0x004d0200);

    /* a reset forgets the negotiation */
    m->spapr->ov5_cas[5] = 4;
    spapr_platform_reset(m);
    g_assert_cmpuint(m->spapr->ov5_cas[5], ==, 0);
    g_assert_cmphex(m->spapr->compat_pvr, ==, 0);
    machine_free(m);
}

static void test_cas_27(void)
{
    Machine *m = new_machine("pseries-2.7", 1);
    Vec v = { m, VEC };
    uint8_t all[32];
    ov5_all(all);
    pvr(&v, 0xffffffff, 0x0f000003);
    vectors(&v, 5, all, 32);
    g_assert_cmpint(cas(m, BUFSIZE), ==, H_SUCCESS);
    int len;
    const uint8_t *p = chosen_prop(m, "ibm,architecture-vec-5", &len);
    uint8_t want[23];
    memcpy(want, vec5_28, sizeof(want));
    want[6] = 0;   /* no dedicated hot-plug source before 2.8 */
    g_assert_cmpmem(p, len, want, sizeof(want));
    machine_free(m);
}

static void test_cas_rejects(void)
{
    Machine *m = new_machine("pseries-2.8", 1);
    Vec v = { m, VEC };
    static const uint8_t hp[6] = { 0, 0, 0, 0, 0x80, 0x04 };
    /* no PVR this CPU can be, raw not offered: H_HARDWARE */
    pvr(&v, 0xffffffff, 0x0f000005);
    pvr(&v, 0xffff0000, 0x004e0000);
    vectors(&v, 5, hp, 6);
    g_assert_cmpint(cas(m, BUFSIZE), ==, H_HARDWARE);
    g_assert_false(m->stop);
    g_assert_cmphex(m->ram[BUF], ==, 0xee);   /* nothing written */
    /* an empty list: the same */
    v.pos = VEC;
    vectors(&v, 5, hp, 6);
    g_assert_cmpint(cas(m, BUFSIZE), ==, H_HARDWARE);
    /* no option vector 5: H_PARAMETER, after the compat mode is set */
    v.pos = VEC;
    pvr(&v, 0xffffffff, 0x0f000003);
    vectors(&v, 4, hp, 0);
    g_assert_cmpint(cas(m, BUFSIZE), ==, H_PARAMETER);
    g_assert_cmphex(m->spapr->compat_pvr, ==, 0x0f000003);
    g_assert_false(m->stop);
    machine_free(m);

    /* requests QEMU stops on (exit 1): the machine stops with an error */
    static const struct {
        unsigned byte;
        uint8_t bits;
    } fatal[] = {
        { 24, 0x80 },   /* hash and radix */
        { 23, 0x80 },   /* both interrupt modes */
        { 23, 0x40 },   /* XIVE on a XICS machine */
    };
    for (size_t i = 0; i < G_N_ELEMENTS(fatal); i++) {
        m = new_machine("pseries-2.8", 1);
        v = (Vec){ m, VEC };
        uint8_t ov5[26] = { 0 };
        ov5[fatal[i].byte - 1] = fatal[i].bits;
        pvr(&v, 0xffffffff, 0x0f000004);
        vectors(&v, 5, ov5, 26);
        cas(m, BUFSIZE);
        g_assert_true(m->stop);
        g_assert_cmpint(m->exit, ==, MACHINE_EXIT_ERROR);
        machine_free(m);
    }
    /* a buffer too small for the header */
    m = new_machine("pseries-2.8", 1);
    v = (Vec){ m, VEC };
    pvr(&v, 0xffffffff, 0x0f000004);
    vectors(&v, 5, hp, 6);
    cas(m, 3);
    g_assert_true(m->stop);
    machine_free(m);

    /* another vCPU running: H_MULTI_THREADS_ACTIVE */
    m = new_machine("pseries-2.8", 2);
    v = (Vec){ m, VEC };
    pvr(&v, 0xffffffff, 0x0f000004);
    vectors(&v, 5, hp, 6);
    m->cpus[1]->arch.halted = 1;   /* stopped or ceded: fine */
    g_assert_cmpint(cas(m, BUFSIZE), ==, H_SUCCESS);
    m->cpus[1]->arch.halted = 0;
    g_assert_cmpint(cas(m, BUFSIZE), ==, H_MULTI_THREADS_ACTIVE);
    machine_free(m);
}

static void test_update_dt(void)
{
    Machine *m = new_machine("pseries-2.8", 1);
    uint64_t args[1] = { BUF };
    memset(m->ram + BUF, 0x5a, 64);   /* not a tree: 2.8 does not look */
    g_assert_cmpint(h_update_dt(m, m->cpu, args), ==, H_SUCCESS);
    machine_free(m);

    /* pseries-7.2 (update_dt_enabled in QEMU 7.2) looks: a size over
     * twice the tree CAS returned, or a bad tree, is H_PARAMETER; a good
     * one replaces the machine's */
    m = new_machine("pseries-7.2", 1);
    memset(m->ram + BUF, 0x5a, 64);
    m->spapr->fdt_initial_size = fdt_totalsize(m->fdt);
    g_assert_cmpint(h_update_dt(m, m->cpu, args), ==, H_PARAMETER);
    uint32_t size = fdt_totalsize(m->fdt);
    spapr_write_ram(m, BUF, m->fdt, size);
    spapr_st32(m, BUF + 8, 0xffffff00);   /* off_dt_struct out of range */
    g_assert_cmpint(h_update_dt(m, m->cpu, args), ==, H_PARAMETER);
    spapr_write_ram(m, BUF, m->fdt, size);
    void *before = m->fdt;
    g_assert_cmpint(h_update_dt(m, m->cpu, args), ==, H_SUCCESS);
    g_assert_true(m->fdt != before);
    g_assert_cmpint(memcmp(m->fdt, m->ram + BUF, size), ==, 0);
    machine_free(m);
}

/* ---- events ---- */

static long rtas(Machine *m, const char *name, uint32_t nargs,
                 uint32_t nret, const uint32_t *args)
{
    uint32_t tok = 0;
    tok = board_rtas_token(&pseries_board, name);
    g_assert_cmpuint(tok, !=, 0);
    spapr_st32(m, BLK, tok);
    spapr_st32(m, BLK + 4, nargs);
    spapr_st32(m, BLK + 8, nret);
    for (uint32_t i = 0; i < nargs; i++) {
        spapr_st32(m, BLK + 12 + 4 * i, args[i]);
    }
    spapr_st32(m, BLK + 12 + 4 * nargs, 0xeeeeeeee);
    return spapr_rtas_call(m, m->cpu, BLK);
}

static int32_t rtas_ret(Machine *m, uint32_t nargs)
{
    return (int32_t)spapr_ld32(m, BLK + 12 + 4 * nargs);
}

/* The EPOW log of QEMU 7.2's spapr_powerdown_req, byte by byte from its
 * packed structures: rtas_error_log, rtas_event_log_v6, Main-A, Main-B,
 * EPOW; RTC at farad's default epoch 2000-01-01 00:00:00. */
static void expected_epow(uint8_t *e, uint8_t plid)
{
    memset(e, 0, SPAPR_EPOW_LOG_LEN);
    static const uint8_t head[8] = { 0x06, 0x34, 0x00, 0x40,  /* summary */
                                     0x00, 0x00, 0x00, 108 };
    memcpy(e, head, 8);
    uint8_t *v6 = e + 8;
    v6[0] = 0x86;                 /* valid, new log, big-endian */
    v6[2] = 0x8e;                 /* PowerPC format, platform event */
    memcpy(v6 + 12, "IBM", 4);
    uint8_t *a = v6 + 16;
    a[0] = 'P';
    a[1] = 'H';
    a[3] = 48;
    static const uint8_t date[8] = { 0x20, 0x00, 0x01, 0x01, 0, 0, 0, 0 };
    memcpy(a + 8, date, 8);
    a[24] = 'H';
    a[27] = 3;
    a[40] = plid;                 /* host (little-endian) order in QEMU */
    uint8_t *b = a + 48;
    b[0] = 'U';
    b[1] = 'H';
    b[3] = 24;
    b[8] = 0xa0;
    b[11] = 0xd0;
    uint8_t *ep = b + 24;
    ep[0] = 'E';
    ep[1] = 'P';
    ep[3] = 20;
    ep[4] = 2;
    ep[8] = 3;                    /* system shutdown */
    ep[9] = 1;                    /* normal */
    ep[10] = 1;                   /* partition specific */
}

static void test_epow(void)
{
    Machine *m = new_machine("pseries-2.8", 1);
    SpaprState *s = m->spapr;
    Xics *x = s->xics;
    /* route the EPOW source to CPU 0 at priority 5, CPPR open */
    xics_write_xive(x, s->irq_epow, 0, 5, 5);
    xics_icp_set_cppr(x, 0, 0xff);
    g_assert_false(xics_icp_pending(x, 0));

    uint32_t none[6] = { 0, 0, SPAPR_EVENT_MASK_EPOW, 0, LOG, 0x800 };
    g_assert_cmpint(rtas(m, "check-exception", 6, 1, none), ==, 0);
    g_assert_cmpint(rtas_ret(m, 6), ==, RTAS_OUT_NO_ERRORS_FOUND);

    spapr_event_powerdown(m);
    spapr_event_powerdown(m);
    g_assert_true(spapr_events_pending(m, SPAPR_EVENT_MASK_EPOW));
    g_assert_false(spapr_events_pending(m, SPAPR_EVENT_MASK_HOTPLUG));
    g_assert_true(xics_icp_pending(x, 0));
    uint32_t xirr = xics_icp_accept(x, 0);
    g_assert_cmphex(xirr & 0xffffff, ==, s->irq_epow);

    /* a mask without EPOW finds nothing and leaves the log queued */
    uint32_t io[6] = { 0, 0, SPAPR_EVENT_MASK_IO, 0, LOG, 0x800 };
    rtas(m, "check-exception", 6, 1, io);
    g_assert_cmpint(rtas_ret(m, 6), ==, RTAS_OUT_NO_ERRORS_FOUND);
    /* wrong argument counts */
    rtas(m, "check-exception", 5, 1, io);
    g_assert_cmpint(rtas_ret(m, 5), ==, RTAS_OUT_PARAM_ERROR);
    rtas(m, "event-scan", 4, 1, none);
    g_assert_cmpint(rtas_ret(m, 4), ==, RTAS_OUT_NO_ERRORS_FOUND);
    rtas(m, "event-scan", 3, 1, none);
    g_assert_cmpint(rtas_ret(m, 3), ==, RTAS_OUT_PARAM_ERROR);

    /* the first log; a short length argument does not cut it (QEMU
     * writes the whole log) */
    uint8_t want[SPAPR_EPOW_LOG_LEN];
    memset(m->ram + LOG, 0xee, 0x200);
    uint32_t first[7] = { 0, 0, SPAPR_EVENT_MASK_EPOW | 0x80000000u, 0,
                          LOG, 16, 0 };
    rtas(m, "check-exception", 7, 1, first);
    g_assert_cmpint(rtas_ret(m, 7), ==, RTAS_OUT_SUCCESS);
    expected_epow(want, 0);
    g_assert_cmpmem(m->ram + LOG, SPAPR_EPOW_LOG_LEN, want, sizeof(want));
    g_assert_cmphex(m->ram[LOG + SPAPR_EPOW_LOG_LEN], ==, 0xee);
    /* one left: the source fires again once the first is EOId */
    xics_icp_eoi(x, 0, xirr);
    g_assert_true(xics_icp_pending(x, 0));
    rtas(m, "check-exception", 6, 1, none);
    g_assert_cmpint(rtas_ret(m, 6), ==, RTAS_OUT_SUCCESS);
    expected_epow(want, 1);
    g_assert_cmpmem(m->ram + LOG, SPAPR_EPOW_LOG_LEN, want, sizeof(want));
    rtas(m, "check-exception", 6, 1, none);
    g_assert_cmpint(rtas_ret(m, 6), ==, RTAS_OUT_NO_ERRORS_FOUND);

    /* reset empties the queue */
    spapr_event_powerdown(m);
    spapr_platform_reset(m);
    g_assert_false(spapr_events_pending(m, 0xffffffff));
    machine_free(m);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/cas/pvr-pick", test_pvr_pick);
    g_test_add_func("/cas/ovec-find", test_ovec_find);
    g_test_add_func("/cas/success", test_cas_success);
    g_test_add_func("/cas/pseries-2.7", test_cas_27);
    g_test_add_func("/cas/rejects", test_cas_rejects);
    g_test_add_func("/cas/update-dt", test_update_dt);
    g_test_add_func("/events/epow", test_epow);
    return g_test_run();
}
