/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the sPAPR PHB and the PCI model: window placement by
 * index for pseries-2.8 and pseries-2.7 (with the realize-time split)
 * and a pseries-2.2-style window through properties, QEMU's errors,
 * LSI numbers, the pre_save compat fields, RTAS config access
 * (fixtures/qemu-7.2/rtas: absent device, bad size / alignment / BUID),
 * BAR decoding through the windows, TCE hcalls and DMA. Expected values
 * come from spec/phb-migration.md and QEMU 7.2 (qtree/, rtas/ fixtures,
 * error texts observed with qemu-system-ppc64), never from farad.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "board/board.h"
#include "core/machine/hcall.h"
#include "core/machine/rtas.h"
#include <libfdt.h>

#include "pci/spapr-phb.h"

/* A machine with -nodefaults (and a VTY only with -serial stdio). */
static Machine *mk_console(const char *type, const char *const *devs,
                           const char *global, bool serial, GError **err)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup(type);
    cfg.nodefaults = true;
    cfg.serial_stdio = serial;
    cfg.dumpdtb = g_strdup("/dev/null");   /* no firmware needed */
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    for (int i = 0; devs && devs[i]; i++) {
        g_ptr_array_add(cfg.devices, g_strdup(devs[i]));
    }
    if (global) {
        cfg.globals = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(cfg.globals, g_strdup(global));
    }
    Machine *m = machine_new(&cfg, err);
    machine_config_clear(&cfg);
    return m;
}

static Machine *mk(const char *type, const char *const *devs,
                   const char *global, GError **err)
{
    return mk_console(type, devs, global, false, err);
}

static SpaprPhb *phb(Machine *m, uint32_t index)
{
    return spapr_phb_find_buid(m, SPAPR_PCI_BASE_BUID + index);
}

typedef struct Win {
    uint32_t index;
    uint64_t io, m32, m32size, m64, m64size, m64pci;
} Win;

static void check_win(SpaprPhb *p, const Win *w)
{
    g_assert_nonnull(p);
    g_assert_cmphex(p->buid, ==, SPAPR_PCI_BASE_BUID + w->index);
    g_assert_cmphex(p->io_win_addr, ==, w->io);
    g_assert_cmphex(p->io_win_size, ==, 0x10000);
    g_assert_cmphex(p->mem_win_addr, ==, w->m32);
    g_assert_cmphex(p->mem_win_size, ==, w->m32size);
    g_assert_cmphex(p->mem64_win_addr, ==, w->m64);
    g_assert_cmphex(p->mem64_win_size, ==, w->m64size);
    g_assert_cmphex(p->mem64_win_pciaddr, ==, w->m64pci);
    g_assert_cmphex(p->dma_liobn[0], ==, 0x80000000u | w->index << 8);
}

/* spec §4 "Index placement check" and the ranges tables */
static void test_placement_28(void)
{
    static const char *const d[] = {
        "spapr-pci-host-bridge,index=1", "spapr-pci-host-bridge,index=30",
        NULL };
    GError *err = NULL;
    Machine *m = mk("pseries-2.8", d, NULL, &err);
    g_assert_no_error(err);
    static const Win w[] = {
        { 0, 0x200000000000, 0x200080000000, 0x80000000, 0x210000000000,
          0x10000000000, 0x210000000000 },
        { 1, 0x200000010000, 0x200100000000, 0x80000000, 0x220000000000,
          0x10000000000, 0x220000000000 },
        { 30, 0x2000001e0000, 0x200f80000000, 0x80000000, 0x3f0000000000,
          0x10000000000, 0x3f0000000000 },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(w); i++) {
        check_win(phb(m, w[i].index), &w[i]);
        g_assert_false(phb(m, w[i].index)->pre_2_8_migration);
    }
    machine_free(m);
}

static void test_placement_27(void)
{
    static const char *const d[] = {
        "spapr-pci-host-bridge,index=1", "spapr-pci-host-bridge,index=30",
        NULL };
    GError *err = NULL;
    Machine *m = mk("pseries-2.7", d, NULL, &err);
    g_assert_no_error(err);
    static const Win w[] = {
        { 0, 0x10080000000, 0x100a0000000, 0x80000000, 0x10120000000,
          0xf00000000, 0x100000000 },
        { 1, 0x11080000000, 0x110a0000000, 0x80000000, 0x11120000000,
          0xf00000000, 0x100000000 },
        { 30, 0x2e080000000, 0x2e0a0000000, 0x80000000, 0x2e120000000,
          0xf00000000, 0x100000000 },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(w); i++) {
        SpaprPhb *p = phb(m, w[i].index);
        check_win(p, &w[i]);
        g_assert_true(p->pre_2_8_migration);
        /* pre_save folds the contiguous 64-bit window back (§3.3) */
        spapr_phb_pre_save(p);
        g_assert_cmphex(p->mig_liobn, ==, 0x80000000u | w[i].index << 8);
        g_assert_cmphex(p->mig_mem_win_addr, ==, w[i].m32);
        g_assert_cmphex(p->mig_mem_win_size, ==, 0xf80000000);
        g_assert_cmphex(p->mig_io_win_addr, ==, w[i].io);
        g_assert_cmphex(p->mig_io_win_size, ==, 0x10000);
    }
    /* index 1's walk values (mig/p27-2phb-walk.txt) */
    g_assert_cmphex(phb(m, 1)->mig_mem_win_addr, ==, 0x110a0000000);
    machine_free(m);
}

/* pseries-2.2's mem_win_size=0x20000000: no split, no 64-bit window */
static void test_placement_22_style(void)
{
    GError *err = NULL;
    Machine *m = mk("pseries-2.7", NULL,
                    "spapr-pci-host-bridge.mem_win_size=0x20000000", &err);
    g_assert_no_error(err);
    SpaprPhb *p = phb(m, 0);
    g_assert_cmphex(p->mem_win_addr, ==, 0x100a0000000);
    g_assert_cmphex(p->mem_win_size, ==, 0x20000000);
    g_assert_cmphex(p->mem64_win_size, ==, 0);
    spapr_phb_pre_save(p);
    g_assert_cmphex(p->mig_mem_win_size, ==, 0x20000000);
    /* no third ranges entry */
    int len;
    int off = fdt_path_offset(m->fdt, "/pci@800000020000000");
    g_assert_cmpint(off, >=, 0);
    g_assert_nonnull(fdt_getprop(m->fdt, off, "ranges", &len));
    g_assert_cmpint(len, ==, 14 * 4);
    machine_free(m);
}

static void expect_error(const char *type, const char *dev,
                         const char *global, const char *msg)
{
    const char *d[] = { dev, NULL };
    GError *err = NULL;
    Machine *m = mk(type, d, global, &err);
    g_assert_null(m);
    g_assert_nonnull(err);
    if (!strstr(err->message, msg)) {
        g_test_message("got: %s", err->message);
    }
    g_assert_nonnull(strstr(err->message, msg));
    g_clear_error(&err);
}

/* QEMU 7.2's messages for the same command lines */
static void test_errors(void)
{
    expect_error("pseries-2.8", "spapr-pci-host-bridge,index=31", NULL,
                 "\"index\" for PAPR PHB is too large (max 30)");
    expect_error("pseries-2.7", "spapr-pci-host-bridge,index=256", NULL,
                 "\"index\" for PAPR PHB is too large (max 255)");
    expect_error("pseries-2.8", "spapr-pci-host-bridge,index=0", NULL,
                 "PCI host bridges must have unique indexes\nThe following "
                 "indexes are already in use: 0\nTry another value for the "
                 "index property");
    expect_error("pseries-2.8", "spapr-pci-host-bridge", NULL,
                 "\"index\" for PAPR PHB is mandatory");
    expect_error("pseries-2.8",
                 "spapr-pci-host-bridge,index=1,mem_win_size=0x100000000",
                 NULL, "32-bit memory window of size 0x100000000 (max 2 GiB)");
    expect_error("pseries-2.7", "spapr-pci-host-bridge,index=1,"
                 "mem_win_size=0x100000000,mem64_win_size=0x1000", NULL,
                 "32-bit memory window of size 0x100000000 (max 2 GiB)");
    expect_error("pseries-2.8", "pci-testdev,addr=0x20", NULL,
                 "Property 'pci-testdev.addr' doesn't take value '0x20'");
    expect_error("pseries-2.8", "pci-testdev,bus=pci.3", NULL,
                 "Bus 'pci.3' not found");
}

static void test_occupied(void)
{
    static const char *const d[] = { "pci-testdev,addr=1",
                                     "pci-testdev,addr=1", NULL };
    GError *err = NULL;
    g_assert_null(mk("pseries-2.8", d, NULL, &err));
    g_assert_nonnull(strstr(err->message,
                            "PCI: slot 1 already occupied by pci-testdev"));
    g_clear_error(&err);
}

/* spec §5.3: LSIs after EPOW (+ hot-plug source on 2.8) and nvram, with
 * -nodefaults (no VTY) and with -nodefaults -serial stdio (a VTY) */
static void test_lsi(void)
{
    GError *err = NULL;
    Machine *m = mk("pseries-2.7", NULL, NULL, &err);
    g_assert_no_error(err);
    for (int i = 0; i < 4; i++) {
        g_assert_cmphex(phb(m, 0)->lsi_table[i], ==, 0x1002 + i);
    }
    machine_free(m);
    static const char *const d[] = { "spapr-pci-host-bridge,index=1", NULL };
    m = mk("pseries-2.8", d, NULL, &err);
    g_assert_no_error(err);
    for (int i = 0; i < 4; i++) {
        g_assert_cmphex(phb(m, 0)->lsi_table[i], ==, 0x1003 + i);
        g_assert_cmphex(phb(m, 1)->lsi_table[i], ==, 0x1007 + i);
    }
    machine_free(m);
    /* -nodefaults -serial stdio: the VTY is allocated before the PHB, one
     * number higher (qemu-system-ppc64 -M pseries-2.X,dumpdtb=F
     * -nodefaults -serial stdio: interrupt-map from 0x1004 / 0x1003); on
     * pseries-7.2 the numbers are fixed, 0x1200 + index * 4 */
    static const struct { const char *type; uint32_t first; } vty[] = {
        { "pseries-2.8", 0x1004 }, { "pseries-2.7", 0x1003 },
        { "pseries-7.2", 0x1200 },
    };
    for (size_t k = 0; k < G_N_ELEMENTS(vty); k++) {
        m = mk_console(vty[k].type, NULL, NULL, true, &err);
        g_assert_no_error(err);
        for (int i = 0; i < 4; i++) {
            g_assert_cmphex(phb(m, 0)->lsi_table[i], ==, vty[k].first + i);
        }
        machine_free(m);
    }
}

/* ---- RTAS (rtas/qtest-pe72-e1000.tsv, with pci-testdev at slot 2) ---- */

#define ARGS 0x100000

static int32_t rtas(Machine *m, const char *name, const uint32_t *args,
                    unsigned nargs, uint32_t *rets, unsigned nret)
{
    uint32_t token = 0;
    token = board_rtas_token(&pseries_board, name);
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

static int32_t cfg_read(Machine *m, uint32_t addr, uint64_t buid,
                        uint32_t size, uint32_t *val)
{
    uint32_t a[4] = { addr, (uint32_t)(buid >> 32), (uint32_t)buid, size };
    uint32_t r[2];
    int32_t st = rtas(m, "ibm,read-pci-config", a, 4, r, 2);
    *val = r[1];
    return st;
}

static int32_t cfg_write(Machine *m, uint32_t addr, uint32_t size,
                         uint32_t v)
{
    uint32_t a[5] = { addr, (uint32_t)(SPAPR_PCI_BASE_BUID >> 32),
                      (uint32_t)SPAPR_PCI_BASE_BUID, size, v };
    uint32_t r[1];
    return rtas(m, "ibm,write-pci-config", a, 5, r, 1);
}

static void test_rtas_config(void)
{
    static const char *const d[] = { "pci-testdev,addr=2", NULL };
    GError *err = NULL;
    Machine *m = mk("pseries-2.8", d, NULL, &err);
    g_assert_no_error(err);
    uint64_t buid = SPAPR_PCI_BASE_BUID;
    uint32_t v;
    g_assert_cmpint(cfg_read(m, 0x1000, buid, 4, &v), ==, 0);
    g_assert_cmphex(v, ==, 0x00051b36);
    g_assert_cmpint(cfg_read(m, 0x1002, buid, 2, &v), ==, 0);
    g_assert_cmphex(v, ==, 0x0005);
    g_assert_cmpint(cfg_read(m, 0x1008, buid, 4, &v), ==, 0);
    g_assert_cmphex(v, ==, 0x00ff0000);      /* class 0x00ff, revision 0 */
    g_assert_cmpint(cfg_read(m, 0x1000, buid, 3, &v), ==, -1);  /* size */
    g_assert_cmpint(cfg_read(m, 0x1001, buid, 2, &v), ==, -1);  /* align */
    g_assert_cmpint(cfg_read(m, 0x10001000, buid, 4, &v), ==, -1); /* ext */
    g_assert_cmpint(cfg_read(m, 0x1800, buid, 4, &v), ==, -1);  /* empty */
    g_assert_cmpint(cfg_read(m, 0x11000, buid, 4, &v), ==, -1); /* bus 1 */
    g_assert_cmpint(cfg_read(m, 0x1000, buid + 1, 4, &v), ==, -1); /* BUID */
    uint32_t a2[2] = { 0x1000, 4 }, r2[2];
    g_assert_cmpint(rtas(m, "read-pci-config", a2, 2, r2, 2), ==, -1);
    uint32_t a3[3] = { 0x1000, 4, 0 }, r3[1];
    g_assert_cmpint(rtas(m, "write-pci-config", a3, 3, r3, 1), ==, -1);
    /* wrong nargs */
    uint32_t a4[3] = { 0x1000, 0, 0 }, r4[2];
    g_assert_cmpint(rtas(m, "ibm,read-pci-config", a4, 3, r4, 2), ==, -1);
    /* BAR0 (4 KiB memory): the address sticks, the size bits read 0 */
    g_assert_cmpint(cfg_write(m, 0x1010, 4, 0xfebc0000), ==, 0);
    g_assert_cmpint(cfg_read(m, 0x1010, buid, 4, &v), ==, 0);
    g_assert_cmphex(v, ==, 0xfebc0000);
    g_assert_cmpint(cfg_write(m, 0x1010, 4, 0xffffffff), ==, 0);
    g_assert_cmpint(cfg_read(m, 0x1010, buid, 4, &v), ==, 0);
    g_assert_cmphex(v, ==, 0xfffff000);
    /* BAR1 (256 bytes of I/O) */
    g_assert_cmpint(cfg_write(m, 0x1014, 4, 0xffffffff), ==, 0);
    g_assert_cmpint(cfg_read(m, 0x1014, buid, 4, &v), ==, 0);
    g_assert_cmphex(v, ==, 0xffffff01);
    machine_free(m);
}

/* A BAR decoded through the 32-bit and 64-bit windows, gated by the
 * command register; moved and unmapped. */
static void test_bar_mapping(void)
{
    static const char *const d[] = { "pci-testdev,addr=2",
                                     "ivshmem-plain,addr=3,size=0x100000",
                                     NULL };
    GError *err = NULL;
    Machine *m = mk("pseries-2.8", d, NULL, &err);
    g_assert_no_error(err);
    SpaprPhb *p = phb(m, 0);
    uint64_t val;
    /* testdev BAR0 at bus 0x80001000 */
    cfg_write(m, 0x1010, 4, 0x80001000);
    g_assert_null(bus_lookup(m->bus, p->mem_win_addr + 0x1000));
    cfg_write(m, 0x1004, 2, PCI_COMMAND_MEMORY);
    g_assert_nonnull(bus_lookup(m->bus, p->mem_win_addr + 0x1000));
    /* select test 0 and read its header through the window */
    g_assert_true(bus_write(m->bus, p->mem_win_addr + 0x1000, 1, 0));
    g_assert_true(bus_read(m->bus, p->mem_win_addr + 0x1004, 4, &val));
    g_assert_cmphex(val, ==, 0x00080000);   /* le32 2048 read big-endian */
    /* ivshmem BAR2 in the 64-bit window */
    cfg_write(m, 0x1818, 4, 0x00000000 | 0xc);
    cfg_write(m, 0x181c, 4, 0x2100);
    cfg_write(m, 0x1804, 2, PCI_COMMAND_MEMORY);
    g_assert_true(bus_write(m->bus, 0x210000000000ULL + 8, 8,
                            0x0123456789abcdefULL));
    g_assert_true(bus_read(m->bus, 0x210000000000ULL + 8, 8, &val));
    g_assert_cmphex(val, ==, 0x0123456789abcdefULL);
    /* moved, then decoding off */
    cfg_write(m, 0x1010, 4, 0x80002000);
    g_assert_null(bus_lookup(m->bus, p->mem_win_addr + 0x1000));
    g_assert_nonnull(bus_lookup(m->bus, p->mem_win_addr + 0x2000));
    cfg_write(m, 0x1004, 2, 0);
    g_assert_null(bus_lookup(m->bus, p->mem_win_addr + 0x2000));
    /* a BAR outside every window is decoded but not visible */
    cfg_write(m, 0x1010, 4, 0x10000000);
    cfg_write(m, 0x1004, 2, PCI_COMMAND_MEMORY);
    g_assert_null(bus_lookup(m->bus, p->mem_win_addr));
    machine_free(m);
}

/* ivshmem-plain,memdev= on a shared file backend (QEMU's spelling):
 * BAR2 has the backend's size and guest stores reach the file. */
static void test_memdev_file(void)
{
    char *dir = g_dir_make_tmp("test-pci-XXXXXX", NULL);
    char *path = g_build_filename(dir, "shm", NULL);
    char *obj = g_strdup_printf("memory-backend-file,id=m,size=64K,"
                                "mem-path=%s,share=on", path);
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup("pseries-2.8");
    cfg.nodefaults = true;
    cfg.serial_stdio = false;
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.objects = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cfg.objects, obj);
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cfg.devices, g_strdup("ivshmem-plain,addr=3,memdev=m"));
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    machine_config_clear(&cfg);
    g_assert_no_error(err);
    uint32_t v;
    cfg_write(m, 0x1818, 4, 0xffffffff);
    cfg_write(m, 0x181c, 4, 0xffffffff);
    g_assert_cmpint(cfg_read(m, 0x1818, SPAPR_PCI_BASE_BUID, 4, &v), ==, 0);
    g_assert_cmphex(v, ==, 0xffff000c);          /* 64 KiB, 64-bit, pref */
    cfg_write(m, 0x1818, 4, 0x0000000c);
    cfg_write(m, 0x181c, 4, 0x2100);
    cfg_write(m, 0x1804, 2, PCI_COMMAND_MEMORY);
    g_assert_true(bus_write(m->bus, 0x210000000000ULL + 16, 4, 0x46415241));
    machine_free(m);
    gchar *data = NULL;
    gsize len = 0;
    g_assert_true(g_file_get_contents(path, &data, &len, NULL));
    g_assert_cmpuint(len, ==, 64 * 1024);
    g_assert_cmpmem(data + 16, 4, "FARA", 4);
    g_free(data);
    g_unlink(path);
    g_rmdir(dir);
    g_free(path);
    g_free(dir);
}

static void test_tce(void)
{
    static const char *const d[] = { "pci-testdev,addr=2", NULL };
    GError *err = NULL;
    Machine *m = mk("pseries-2.8", d, NULL, &err);
    g_assert_no_error(err);
    uint64_t a[4] = { 0x80000000, 0x3000, 0x200000 | 3, 0 };
    g_assert_cmpint(h_put_tce(m, m->cpu, a), ==, H_SUCCESS);
    uint64_t g[2] = { 0x80000000, 0x3abc };
    g_assert_cmpint(h_get_tce(m, m->cpu, g), ==, H_SUCCESS);
    g_assert_cmphex(g[0], ==, 0x200003);
    uint64_t bad[3] = { 0x80000000, 0x40000000, 3 };  /* past 1 GiB */
    g_assert_cmpint(h_put_tce(m, m->cpu, bad), ==, H_PARAMETER);
    uint64_t nol[3] = { 0x80000100, 0, 3 };           /* no such LIOBN */
    g_assert_cmpint(h_put_tce(m, m->cpu, nol), ==, H_PARAMETER);
    uint64_t st[4] = { 0x80000000, 0x10000, 0x300000 | 1, 4 };
    g_assert_cmpint(h_stuff_tce(m, m->cpu, st), ==, H_SUCCESS);
    uint64_t g2[2] = { 0x80000000, 0x13000 };
    g_assert_cmpint(h_get_tce(m, m->cpu, g2), ==, H_SUCCESS);
    g_assert_cmphex(g2[0], ==, 0x300001);
    /* indirect: list must be 4 KiB aligned, at most 512 entries */
    uint64_t in[4] = { 0x80000000, 0x20000, 0x5008, 1 };
    g_assert_cmpint(h_put_tce_indirect(m, m->cpu, in), ==, H_PARAMETER);
    uint8_t be[8] = { 0, 0, 0, 0, 0, 0x40, 0, 0x03 };
    spapr_write_ram(m, 0x5000, be, 8);
    uint64_t in2[4] = { 0x80000000, 0x20000, 0x5000, 1 };
    g_assert_cmpint(h_put_tce_indirect(m, m->cpu, in2), ==, H_SUCCESS);
    uint64_t g3[2] = { 0x80000000, 0x20000 };
    g_assert_cmpint(h_get_tce(m, m->cpu, g3), ==, H_SUCCESS);
    g_assert_cmphex(g3[0], ==, 0x400003);
    /* DMA through the table, gated by bus mastering */
    PciDevice *dev = phb(m, 0)->bus.devs[PCI_DEVFN(2, 0)];
    g_assert_false(pci_dma_write(dev, 0x3010, "abc", 3));
    cfg_write(m, 0x1004, 2, PCI_COMMAND_MASTER);
    g_assert_true(pci_dma_write(dev, 0x3010, "abc", 3));
    g_assert_cmpmem(m->ram + 0x200010, 3, "abc", 3);
    char buf[3];
    g_assert_true(pci_dma_read(dev, 0x3010, buf, 3));
    g_assert_cmpmem(buf, 3, "abc", 3);
    g_assert_false(pci_dma_write(dev, 0x13000, "x", 1));  /* read-only */
    g_assert_false(pci_dma_read(dev, 0x50000, buf, 1));   /* no TCE */
    machine_free(m);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/pci/placement/pseries-2.8", test_placement_28);
    g_test_add_func("/pci/placement/pseries-2.7", test_placement_27);
    g_test_add_func("/pci/placement/pseries-2.2-style",
                    test_placement_22_style);
    g_test_add_func("/pci/errors", test_errors);
    g_test_add_func("/pci/occupied", test_occupied);
    g_test_add_func("/pci/lsi", test_lsi);
    g_test_add_func("/pci/rtas-config", test_rtas_config);
    g_test_add_func("/pci/bar-mapping", test_bar_mapping);
    g_test_add_func("/pci/tce", test_tce);
    g_test_add_func("/pci/memdev-file", test_memdev_file);
    return g_test_run();
}
