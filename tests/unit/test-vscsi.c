/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the VIO DMA window, the CRQ hypercalls and spapr-vscsi's
 * SRP server, driven as a guest driver would (Linux's ibmvscsi): TCEs
 * put with H_PUT_TCE, IUs written into guest RAM, H_SEND_CRQ, answers
 * read back from the queue. Expected values come from PAPR (the hcall
 * checks), Linux's include/scsi/srp.h and ibmvscsi/viosrp.h (layouts),
 * QEMU 7.2's hw/ppc/spapr_vio.c and hw/scsi/spapr_vscsi.c, scsi-disk.c
 * (its answers: login limits, adapter info, empty LUNs, DMA errors,
 * dropped IUs), SPC-4/SBC-3/MMC-6 (sense codes), never from farad.
 */
#include <glib.h>
#include <string.h>
#include <unistd.h>

#include "board/board.h"
#include "core/machine/hcall.h"
#include "core/machine/platform.h"
#include "core/machine/rtas.h"
#include "core/machine/scsi.h"

#define VSCSI 0x71000001u          /* -nodefaults: nvram is 0x71000000 */
#define VSCSI2 0x71000002u
#define QUEUE_RA 0x100000u         /* guest RAM of the CRQ */
#define IU_RA 0x101000u            /* of the IUs */
#define DATA_RA 0x102000u          /* data buffers (4 pages) */
#define TABLE_RA 0x106000u         /* an indirect descriptor table */
#define INFO_RA 0x107000u          /* the MAD adapter info buffer */
/* bus addresses in the adapter's window */
#define QUEUE_IOBA 0x0u
#define IU_IOBA 0x1000u
#define DATA_IOBA 0x2000u
#define TABLE_IOBA 0x6000u
#define INFO_IOBA 0x7000u
#define UNMAPPED_IOBA 0x800000u

typedef struct Fix {
    Machine *m;
    uint32_t next;                 /* next CRQ entry the guest reads */
} Fix;

static Machine *new_machine_drives(const char *const *devices,
                                   const char *const *drives)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup("pseries-7.2");
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.serial_stdio = false;
    cfg.nodefaults = true;
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    for (int i = 0; devices[i]; i++) {
        g_ptr_array_add(cfg.devices, g_strdup(devices[i]));
    }
    cfg.drives = g_ptr_array_new_with_free_func(g_free);
    for (int i = 0; drives && drives[i]; i++) {
        g_ptr_array_add(cfg.drives, g_strdup(drives[i]));
    }
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

static Machine *new_machine(const char *const *devices)
{
    return new_machine_drives(devices, NULL);
}

static int64_t hcall(Machine *m, uint64_t nr, uint64_t a0, uint64_t a1,
                     uint64_t a2, uint64_t a3, uint64_t a4)
{
    PpcCpu *cpu = machine_cpu(m, 0);
    cpu->arch.gpr[3] = nr;
    cpu->arch.gpr[4] = a0;
    cpu->arch.gpr[5] = a1;
    cpu->arch.gpr[6] = a2;
    cpu->arch.gpr[7] = a3;
    cpu->arch.gpr[8] = a4;
    spapr_hcall(m, cpu);
    return (int64_t)cpu->arch.gpr[3];
}

static uint8_t *ram(Fix *f, uint64_t ra)
{
    return machine_ram(f->m) + ra;
}

static uint64_t be(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) {
        v = v << 8 | p[i];
    }
    return v;
}

static void put_be(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        p[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
    }
}

/* A machine with the adapter, its window mapping the pages above
 * (read/write), a registered queue and interrupts on. */
static void fix_init_drives(Fix *f, const char *const *devices,
                            const char *const *drives)
{
    f->m = new_machine_drives(devices, drives);
    f->next = 0;
    for (uint64_t i = 0; i < 8; i++) {
        g_assert_cmpint(hcall(f->m, H_PUT_TCE, VSCSI, i << 12,
                              (QUEUE_RA + (i << 12)) | 3, 0, 0), ==,
                        H_SUCCESS);
    }
    g_assert_cmpint(hcall(f->m, H_REG_CRQ, VSCSI, QUEUE_IOBA, 0x1000, 0,
                          0), ==, H_SUCCESS);
    g_assert_cmpint(hcall(f->m, H_VIO_SIGNAL, VSCSI, 1, 0, 0, 0), ==,
                    H_SUCCESS);
}

static void fix_init(Fix *f, const char *const *devices)
{
    fix_init_drives(f, devices, NULL);
}

static void fix_free(Fix *f)
{
    machine_free(f->m);
}

/* The next queue entry, consumed (valid byte cleared as a driver does);
 * false when the device posted none. */
static bool take(Fix *f, uint8_t e[16])
{
    uint8_t *q = ram(f, QUEUE_RA + f->next);
    if (!(q[0] & 0x80)) {
        return false;
    }
    memcpy(e, q, 16);
    q[0] = 0;
    f->next = (f->next + 16) % 0x1000;
    return true;
}

/* Send the IU at IU_RA (len bytes) as payload format fmt. */
static void send_iu(Fix *f, uint8_t fmt, uint16_t len)
{
    uint64_t hi = 0x80ULL << 56 | (uint64_t)fmt << 48 | len;
    g_assert_cmpint(hcall(f->m, H_SEND_CRQ, VSCSI, hi, IU_IOBA, 0, 0), ==,
                    H_SUCCESS);
}

/* An SRP_CMD IU for lun (8 bytes, big-endian) with cdb and one direct
 * data-in descriptor of len bytes at ioba (len 0: no data). */
static uint16_t srp_cmd(Fix *f, uint64_t lun, const uint8_t *cdb,
                        unsigned cdblen, bool out, uint64_t ioba,
                        uint32_t len)
{
    uint8_t *iu = ram(f, IU_RA);
    memset(iu, 0, 256);
    iu[0] = 0x02;
    put_be(iu + 8, 0x1122334455667788ULL, 8);   /* tag */
    put_be(iu + 20, lun, 8);
    memcpy(iu + 32, cdb, cdblen);
    if (!len) {
        return 48;
    }
    iu[5] = out ? 0x10 : 0x01;                  /* direct */
    iu[out ? 6 : 7] = 1;
    put_be(iu + 48, ioba, 8);
    put_be(iu + 60, len, 4);
    return 64;
}

/* The SRP_RSP answering the last command: status, and the sense key,
 * asc, ascq (or -1) */
static void expect_rsp(Fix *f, uint8_t status, int key, int asc, int ascq)
{
    uint8_t e[16];
    g_assert_true(take(f, e));
    g_assert_cmphex(e[0], ==, 0x80);
    g_assert_cmphex(e[1], ==, 0x01);
    g_assert_cmphex(e[3], ==, 0x00);                   /* VIOSRP_OK */
    g_assert_cmphex(be(e + 8, 8), ==, 0x1122334455667788ULL);
    const uint8_t *iu = ram(f, IU_RA);
    g_assert_cmphex(iu[0], ==, 0xc1);                  /* SRP_RSP */
    g_assert_cmpuint(be(iu + 4, 4), ==, 1);            /* req_lim_delta */
    g_assert_cmphex(iu[19], ==, status);
    if (key >= 0) {
        g_assert_cmpuint(be(e + 6, 2), ==, 36 + 18);
        g_assert_cmphex(iu[18] & 0x02, ==, 0x02);      /* SNSVALID */
        g_assert_cmpuint(be(iu + 28, 4), ==, 18);
        g_assert_cmphex(iu[36] & 0x7f, ==, 0x70);
        g_assert_cmphex(iu[36 + 2] & 0xf, ==, key);
        g_assert_cmphex(iu[36 + 12], ==, asc);
        g_assert_cmphex(iu[36 + 13], ==, ascq);
    } else {
        g_assert_cmpuint(be(e + 6, 2), ==, 36);
    }
}

/* ---- the VIO parts ---- */

static void test_crq_hcalls(void)
{
    const char *const devs[] = { "spapr-vscsi", NULL };
    Machine *m = new_machine(devs);
    /* PAPR / QEMU's h_reg_crq checks */
    g_assert_cmpint(hcall(m, H_REG_CRQ, 0x71000009, 0, 0x1000, 0, 0), ==,
                    H_PARAMETER);                      /* no such unit */
    g_assert_cmpint(hcall(m, H_REG_CRQ, VSCSI, 0, 0x800, 0, 0), ==,
                    H_PARAMETER);                      /* below 4 KiB */
    g_assert_cmpint(hcall(m, H_REG_CRQ, VSCSI, 0, 0x10001000, 0, 0), ==,
                    H_PARAMETER);                      /* above 256 MiB */
    g_assert_cmpint(hcall(m, H_REG_CRQ, VSCSI, 0x10, 0x1000, 0, 0), ==,
                    H_PARAMETER);                      /* unaligned */
    g_assert_cmpint(hcall(m, H_REG_CRQ, 0x71000000, 0, 0x1000, 0, 0), ==,
                    H_NOT_FOUND);                      /* nvram: no CRQ */
    g_assert_cmpint(hcall(m, H_REG_CRQ, VSCSI, 0, 0x1000, 0, 0), ==,
                    H_SUCCESS);
    g_assert_cmpint(hcall(m, H_REG_CRQ, VSCSI, 0, 0x1000, 0, 0), ==,
                    H_RESOURCE);                       /* one queue */
    g_assert_cmpint(hcall(m, H_FREE_CRQ, VSCSI, 0, 0, 0, 0), ==, H_SUCCESS);
    g_assert_cmpint(hcall(m, H_REG_CRQ, VSCSI, 0, 0x1000, 0, 0), ==,
                    H_SUCCESS);
    g_assert_cmpint(hcall(m, H_ENABLE_CRQ, VSCSI, 0, 0, 0, 0), ==,
                    H_SUCCESS);
    g_assert_cmpint(hcall(m, H_ENABLE_CRQ, 0x7100000f, 0, 0, 0, 0), ==,
                    H_PARAMETER);
    g_assert_cmpint(hcall(m, H_SEND_CRQ, 0x7100000f, 0, 0, 0, 0), ==,
                    H_PARAMETER);
    g_assert_cmpint(hcall(m, H_SEND_CRQ, 0x71000000, 0, 0, 0, 0), ==,
                    H_HARDWARE);                       /* no CRQ */
    /* H_VIO_SIGNAL: vscsi takes mode 1 (QEMU's signal_mask), nvram none */
    g_assert_cmpint(hcall(m, H_VIO_SIGNAL, VSCSI, 1, 0, 0, 0), ==,
                    H_SUCCESS);
    g_assert_cmpint(hcall(m, H_VIO_SIGNAL, VSCSI, 2, 0, 0, 0), ==,
                    H_PARAMETER);
    g_assert_cmpint(hcall(m, H_VIO_SIGNAL, 0x71000000, 1, 0, 0, 0), ==,
                    H_PARAMETER);
    machine_free(m);
}

static void test_tce_window(void)
{
    const char *const devs[] = { "spapr-vscsi", NULL };
    Machine *m = new_machine(devs);
    /* the window: liobn = unit address, 256 MiB at 0 */
    g_assert_cmpint(hcall(m, H_PUT_TCE, VSCSI, 0xffff000, 0x5003, 0, 0),
                    ==, H_SUCCESS);
    g_assert_cmpint(hcall(m, H_PUT_TCE, VSCSI, 0x10000000, 0x5003, 0, 0),
                    ==, H_PARAMETER);
    g_assert_cmpint(hcall(m, H_GET_TCE, VSCSI, 0xffff000, 0, 0, 0), ==,
                    H_SUCCESS);
    g_assert_cmphex(machine_cpu(m, 0)->arch.gpr[4], ==, 0x5003);
    g_assert_cmpint(hcall(m, H_STUFF_TCE, VSCSI, 0x1000, 0x7001, 4, 0), ==,
                    H_SUCCESS);
    g_assert_cmpint(hcall(m, H_GET_TCE, VSCSI, 0x4000, 0, 0, 0), ==,
                    H_SUCCESS);
    g_assert_cmphex(machine_cpu(m, 0)->arch.gpr[4], ==, 0x7001);
    /* nvram has no window */
    g_assert_cmpint(hcall(m, H_PUT_TCE, 0x71000000, 0, 0x5003, 0, 0), ==,
                    H_PARAMETER);
    /* a reset forgets every mapping */
    spapr_platform_reset(m);
    g_assert_cmpint(hcall(m, H_GET_TCE, VSCSI, 0xffff000, 0, 0, 0), ==,
                    H_SUCCESS);
    g_assert_cmphex(machine_cpu(m, 0)->arch.gpr[4], ==, 0);
    machine_free(m);
}

/* H_COPY_RDMA between two adapters' windows (PAPR 17.2.3). */
static void test_copy_rdma(void)
{
    const char *const devs[] = { "spapr-vscsi", "spapr-vscsi", NULL };
    Machine *m = new_machine(devs);
    uint8_t *r = machine_ram(m);
    memset(r + 0x200000, 0xab, 0x2000);
    memset(r + 0x300000, 0, 0x2000);
    hcall(m, H_PUT_TCE, VSCSI, 0x0, 0x200000 | 1, 0, 0);       /* read */
    hcall(m, H_PUT_TCE, VSCSI, 0x1000, 0x201000 | 1, 0, 0);
    hcall(m, H_PUT_TCE, VSCSI2, 0x0, 0x300000 | 2, 0, 0);      /* write */
    hcall(m, H_PUT_TCE, VSCSI2, 0x1000, 0x301000 | 1, 0, 0);   /* no write */
    g_assert_cmpint(hcall(m, H_COPY_RDMA, 0x1000, VSCSI, 0, VSCSI2, 0), ==,
                    H_SUCCESS);
    g_assert_cmphex(r[0x300000], ==, 0xab);
    g_assert_cmphex(r[0x300fff], ==, 0xab);
    /* into a read-only page: refused, nothing copied */
    g_assert_cmpint(hcall(m, H_COPY_RDMA, 0x1000, VSCSI, 0x800, VSCSI2,
                          0x800), ==, H_PARAMETER);
    g_assert_cmphex(r[0x301000], ==, 0);
    g_assert_cmpint(hcall(m, H_COPY_RDMA, 16, 0x12345, 0, VSCSI2, 0), ==,
                    H_PARAMETER);
    machine_free(m);
}

/* ---- CRQ and SRP ---- */

static void test_init_and_full_queue(void)
{
    const char *const devs[] = { "spapr-vscsi", NULL };
    Fix f;
    fix_init(&f, devs);
    uint8_t e[16];
    /* init request -> init complete (QEMU's vscsi_do_crq) */
    g_assert_cmpint(hcall(f.m, H_SEND_CRQ, VSCSI, 0xc001000000000000ULL, 0,
                          0, 0), ==, H_SUCCESS);
    g_assert_true(take(&f, e));
    g_assert_cmphex(be(e, 8), ==, 0xc002000000000000ULL);
    g_assert_cmphex(be(e + 8, 8), ==, 0);
    /* init complete and transport events get no answer */
    hcall(f.m, H_SEND_CRQ, VSCSI, 0xc002000000000000ULL, 0, 0, 0);
    hcall(f.m, H_SEND_CRQ, VSCSI, 0xff01000000000000ULL, 0, 0, 0);
    g_assert_false(take(&f, e));
    /* a full queue: the device's next entry is 1; 256 answers the guest
     * does not take fill entries 1..255 and 0, the 257th finds entry 1
     * still valid and is not written (QEMU's spapr_vio_send_crq) */
    uint8_t *q = ram(&f, QUEUE_RA);
    for (int i = 0; i < 257; i++) {
        if (i == 256) {
            q[16 + 1] = 0x77;   /* marks entry 1 */
        }
        hcall(f.m, H_SEND_CRQ, VSCSI, 0xc001000000000000ULL, 0, 0, 0);
    }
    for (int i = 0; i < 256; i++) {
        g_assert_cmphex(q[16 * i], ==, 0xc0);
    }
    g_assert_cmphex(q[16 + 1], ==, 0x77);
    q[16] = 0;   /* the guest takes entry 1: the next answer lands there */
    hcall(f.m, H_SEND_CRQ, VSCSI, 0xc001000000000000ULL, 0, 0, 0);
    g_assert_cmphex(q[16], ==, 0xc0);
    g_assert_cmphex(q[16 + 1], ==, 0x02);
    g_assert_cmphex(q[32 + 1], ==, 0x02);
    fix_free(&f);
}

static void test_login_and_mad(void)
{
    const char *const devs[] = { "spapr-vscsi", NULL };
    Fix f;
    fix_init(&f, devs);
    uint8_t e[16], *iu = ram(&f, IU_RA);
    /* SRP_LOGIN_REQ (64 bytes) */
    memset(iu, 0, 256);
    iu[0] = 0x00;
    put_be(iu + 8, 0xfeedf00d12345678ULL, 8);
    put_be(iu + 16, 256, 4);
    put_be(iu + 24, 0x0006, 2);
    send_iu(&f, 0x01, 64);
    g_assert_true(take(&f, e));
    g_assert_cmphex(be(e, 4), ==, 0x80010000);
    g_assert_cmpuint(be(e + 6, 2), ==, 52);        /* sizeof login_rsp */
    g_assert_cmphex(be(e + 8, 8), ==, 0xfeedf00d12345678ULL);
    g_assert_cmphex(iu[0], ==, 0xc0);              /* SRP_LOGIN_RSP */
    g_assert_cmpuint(be(iu + 4, 4), ==, 22);       /* 24 - 2 */
    g_assert_cmphex(be(iu + 8, 8), ==, 0xfeedf00d12345678ULL);
    g_assert_cmpuint(be(iu + 16, 4), ==, 256);
    g_assert_cmpuint(be(iu + 20, 4), ==, 256);
    g_assert_cmphex(be(iu + 24, 2), ==, 0x0006);   /* direct, indirect */

    /* MAD ADAPTER_INFO (viosrp_adapter_info: common + buffer) */
    memset(iu, 0, 256);
    memset(ram(&f, INFO_RA), 0x5a, 0x200);
    put_be(iu, 0x03, 4);                           /* type */
    put_be(iu + 6, 148, 2);                        /* length */
    put_be(iu + 8, 0xabcdULL, 8);                  /* tag */
    put_be(iu + 16, INFO_IOBA, 8);
    send_iu(&f, 0x02, 24);
    g_assert_true(take(&f, e));
    g_assert_cmphex(be(e, 4), ==, 0x80020000);
    g_assert_cmpuint(be(e + 6, 2), ==, 24);
    g_assert_cmphex(be(e + 8, 8), ==, 0xabcd);
    g_assert_cmpuint(be(iu + 4, 2), ==, 0);        /* status */
    const uint8_t *info = ram(&f, INFO_RA);
    g_assert_cmpstr((const char *)info, ==, "16.a");
    g_assert_cmpstr((const char *)info + 8, ==, "qemu");
    g_assert_cmpuint(be(info + 108, 4), ==, 1);    /* mad_version */
    g_assert_cmpuint(be(info + 112, 4), ==, 2);    /* os_type Linux */
    g_assert_cmpuint(be(info + 116, 4), ==, 4096 << 9);
    g_assert_cmphex(info[148], ==, 0x5a);          /* no further */

    /* an unknown MAD type: QEMU sets "not supported" (0xf1) in a reply
     * of length 0, so the guest gets the entry and no bytes */
    memset(iu, 0, 256);
    put_be(iu, 0x77, 4);
    put_be(iu + 8, 0x99, 8);
    send_iu(&f, 0x02, 24);
    g_assert_true(take(&f, e));
    g_assert_cmphex(be(e, 4), ==, 0x80020000);
    g_assert_cmpuint(be(e + 6, 2), ==, 0);
    g_assert_cmphex(be(e + 8, 8), ==, 0x99);
    g_assert_cmphex(be(iu + 4, 2), ==, 0);
    /* an empty-IU MAD (type 1): 16 bytes come back, status 0xf1 */
    put_be(iu, 0x01, 4);
    send_iu(&f, 0x02, 16);
    g_assert_true(take(&f, e));
    g_assert_cmpuint(be(e + 6, 2), ==, 16);
    g_assert_cmphex(be(iu + 4, 2), ==, 0xf1);
    fix_free(&f);
}

static void test_dropped_ius(void)
{
    const char *const devs[] = { "spapr-vscsi", NULL };
    Fix f;
    fix_init(&f, devs);
    uint8_t e[16], *iu = ram(&f, IU_RA);
    /* unknown SRP opcode, I_LOGOUT: QEMU answers neither */
    memset(iu, 0, 256);
    iu[0] = 0x55;
    send_iu(&f, 0x01, 64);
    iu[0] = 0x03;
    send_iu(&f, 0x01, 16);
    /* an IU longer than 256 bytes, one at an unmapped address, and the
     * formats QEMU does not serve (OS/400, AIX, Linux, inline) */
    iu[0] = 0x00;
    send_iu(&f, 0x01, 300);
    g_assert_cmpint(hcall(f.m, H_SEND_CRQ, VSCSI, 0x8001000000000040ULL,
                          UNMAPPED_IOBA, 0, 0), ==, H_SUCCESS);
    for (uint8_t fmt = 3; fmt <= 7; fmt++) {
        send_iu(&f, fmt, 64);
    }
    g_assert_false(take(&f, e));
    /* the adapter still answers */
    send_iu(&f, 0x01, 64);
    g_assert_true(take(&f, e));
    g_assert_cmphex(iu[0], ==, 0xc0);
    fix_free(&f);
}

#define LUN_T2 0x8200000000000000ULL   /* Linux: target 2, lun 0 */

static void test_empty_cd(void)
{
    const char *const devs[] = { "spapr-vscsi", "scsi-cd,scsi-id=2", NULL };
    Fix f;
    fix_init(&f, devs);
    const uint8_t *d = ram(&f, DATA_RA);
    /* REPORT LUNS to LUN 0: an entry for LUN 0 (none there), then the
     * CD at target 2 in logical-unit form */
    static const uint8_t rl[12] = { 0xa0, 0, 0, 0, 0, 0, 0, 0, 1, 0 };
    uint16_t len = srp_cmd(&f, 0, rl, 12, false, DATA_IOBA, 256);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_cmpuint(be(d, 4), ==, 16);
    g_assert_cmphex(be(d + 8, 8), ==, 0);
    g_assert_cmphex(be(d + 16, 8), ==, 0x8200000000000000ULL);
    /* INQUIRY of target 0 (nothing there): peripheral qualifier 3 */
    static const uint8_t inq[6] = { 0x12, 0, 0, 0, 96, 0 };
    len = srp_cmd(&f, 0x8000000000000000ULL, inq, 6, false, DATA_IOBA, 96);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_cmphex(d[0], ==, 0x7f);
    g_assert_cmpmem(d + 8, 24, "QEMU    QEMU EMPTY      ", 24);
    /* another command there: ILLEGAL REQUEST, invalid field 24/00 */
    static const uint8_t tur[6] = { 0 };
    len = srp_cmd(&f, 0x8000000000000000ULL, tur, 6, false, 0, 0);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 5, 0x24, 0);
    /* INQUIRY of the CD: a removable CD-ROM, QEMU's strings, SPC-3 */
    len = srp_cmd(&f, LUN_T2, inq, 6, false, DATA_IOBA, 96);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_cmphex(d[0], ==, 0x05);
    g_assert_cmphex(d[1], ==, 0x80);
    g_assert_cmphex(d[2], ==, 0x05);
    g_assert_cmpmem(d + 8, 28, "QEMU    QEMU CD-ROM     2.5+", 28);
    /* TEST UNIT READY: the reset's unit attention 29/00 once, then an
     * empty drive: NOT READY, MEDIUM NOT PRESENT 3a/00 */
    len = srp_cmd(&f, LUN_T2, tur, 6, false, 0, 0);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 6, 0x29, 0);
    len = srp_cmd(&f, LUN_T2, tur, 6, false, 0, 0);   /* the IU again */
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 2, 0x3a, 0);
    static const uint8_t rc[10] = { 0x25 };
    len = srp_cmd(&f, LUN_T2, rc, 10, false, DATA_IOBA, 8);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 2, 0x3a, 0);
    /* an opcode no device has: invalid command operation code 20/00 */
    static const uint8_t bad[6] = { 0xc7 };
    len = srp_cmd(&f, LUN_T2, bad, 6, false, 0, 0);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 5, 0x20, 0);
    /* GET EVENT STATUS NOTIFICATION (polled, media class): no medium */
    static const uint8_t gesn[10] = { 0x4a, 1, 0, 0, 0x10, 0, 0, 0, 8 };
    len = srp_cmd(&f, LUN_T2, gesn, 10, false, DATA_IOBA, 8);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_cmphex(be(d, 4), ==, 0x00060410);
    g_assert_cmphex(d[5], ==, 0);
    fix_free(&f);
}

static void test_task_management(void)
{
    const char *const devs[] = { "spapr-vscsi", "scsi-cd,scsi-id=2", NULL };
    Fix f;
    fix_init(&f, devs);
    uint8_t e[16], *iu = ram(&f, IU_RA);
    static const uint8_t tur[6] = { 0 };
    uint16_t len = srp_cmd(&f, LUN_T2, tur, 6, false, 0, 0);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 6, 0x29, 0);                 /* the reset's UA */
    /* SRP_TSK_MGMT LUN RESET: response data code 0 (complete) */
    memset(iu, 0, 256);
    iu[0] = 0x01;
    put_be(iu + 8, 0x42, 8);
    put_be(iu + 20, LUN_T2, 8);
    iu[30] = 0x08;
    send_iu(&f, 0x01, 48);
    g_assert_true(take(&f, e));
    g_assert_cmpuint(be(e + 6, 2), ==, 40);
    g_assert_cmphex(iu[0], ==, 0xc1);
    g_assert_cmphex(iu[18], ==, 0x01);             /* RSPVALID */
    g_assert_cmpuint(be(iu + 32, 4), ==, 4);
    g_assert_cmphex(iu[39], ==, 0x00);
    /* ... so the next command reports the reset */
    len = srp_cmd(&f, LUN_T2, tur, 6, false, 0, 0);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 6, 0x29, 0);
    /* CLEAR ACA: not supported (4); a LUN without device: fields
     * invalid (2) */
    memset(iu, 0, 256);
    iu[0] = 0x01;
    put_be(iu + 20, LUN_T2, 8);
    iu[30] = 0x40;
    send_iu(&f, 0x01, 48);
    g_assert_true(take(&f, e));
    g_assert_cmphex(iu[39], ==, 0x04);
    memset(iu, 0, 256);
    iu[0] = 0x01;
    put_be(iu + 20, 0x8500000000000000ULL, 8);
    iu[30] = 0x01;
    send_iu(&f, 0x01, 48);
    g_assert_true(take(&f, e));
    g_assert_cmphex(iu[39], ==, 0x02);
    fix_free(&f);
}

/* INQUIRY (36 bytes) to the CD with an indirect data-in list: the
 * table at table_ioba (2 descriptors), its first one also in the IU. */
static void indirect_inquiry(Fix *f, uint64_t table_ioba)
{
    static const uint8_t inq[6] = { 0x12, 0, 0, 0, 36, 0 };
    uint8_t *iu = ram(f, IU_RA);
    srp_cmd(f, LUN_T2, inq, 6, false, 0, 0);
    iu[5] = 0x02;                                  /* data-in indirect */
    iu[7] = 1;                                     /* one in the IU */
    put_be(iu + 48, table_ioba, 8);                /* table descriptor */
    put_be(iu + 60, 32, 4);
    put_be(iu + 64, 36, 4);                        /* total length */
    memcpy(iu + 68, ram(f, TABLE_RA), 16);         /* the local one */
}

static void test_bad_descriptors(void)
{
    const char *const devs[] = { "spapr-vscsi", "scsi-cd,scsi-id=2", NULL };
    Fix f;
    fix_init(&f, devs);
    uint8_t *iu = ram(&f, IU_RA);
    const uint8_t *d = ram(&f, DATA_RA);
    static const uint8_t inq[6] = { 0x12, 0, 0, 0, 36, 0 };
    /* the data buffer outside the window's mappings: QEMU's DMA error
     * answer, CHECK CONDITION, HARDWARE ERROR 00/00 */
    uint16_t len = srp_cmd(&f, LUN_T2, inq, 6, false, UNMAPPED_IOBA, 36);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 4, 0, 0);
    /* indirect: one descriptor in the IU (16 bytes), the second in a
     * table in guest memory (the table holds both) */
    memset(ram(&f, DATA_RA), 0, 0x200);
    uint8_t *tab = ram(&f, TABLE_RA);
    put_be(tab, DATA_IOBA, 8);
    put_be(tab + 12, 16, 4);
    put_be(tab + 16, DATA_IOBA + 0x100, 8);
    put_be(tab + 28, 20, 4);
    indirect_inquiry(&f, TABLE_IOBA);
    send_iu(&f, 0x01, 84);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_cmpmem(d + 8, 8, "QEMU    ", 8);       /* 16 bytes here */
    g_assert_cmpmem(d + 0x100, 20, "QEMU CD-ROM     2.5+", 20);
    /* the table past the window's mappings: HARDWARE ERROR */
    indirect_inquiry(&f, UNMAPPED_IOBA);
    send_iu(&f, 0x01, 84);
    expect_rsp(&f, 2, 4, 0, 0);
    /* a buffer shorter than the data: GOOD, the rest as a residual
     * (QEMU's DIOVER with data_in_res_cnt, what Linux reads) */
    len = srp_cmd(&f, LUN_T2, inq, 6, false, DATA_IOBA, 20);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_cmphex(iu[18], ==, 0x10);
    g_assert_cmpuint(be(iu + 24, 4), ==, 16);
    /* a descriptor format SRP does not define (data-in 3: immediate,
     * SRP2): INVALID FIELD IN COMMAND INFORMATION UNIT, 0e/03 */
    len = srp_cmd(&f, LUN_T2, inq, 6, false, DATA_IOBA, 36);
    iu[5] = 0x03;
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 5, 0x0e, 0x03);
    /* more local descriptors than the IU holds: HARDWARE ERROR */
    len = srp_cmd(&f, LUN_T2, inq, 6, false, 0, 0);
    iu[5] = 0x02;
    iu[7] = 12;
    send_iu(&f, 0x01, 84);
    expect_rsp(&f, 2, 4, 0, 0);
    fix_free(&f);
}

/* RTAS quiesce (what SLOF calls before starting the OS) drops the
 * queue and the window's mappings. */
static void test_quiesce(void)
{
    const char *const devs[] = { "spapr-vscsi", NULL };
    Fix f;
    fix_init(&f, devs);
    spapr_vio_quiesce_all(f.m);
    g_assert_cmpint(hcall(f.m, H_GET_TCE, VSCSI, 0, 0, 0, 0), ==, H_SUCCESS);
    g_assert_cmphex(machine_cpu(f.m, 0)->arch.gpr[4], ==, 0);
    /* no queue: a new one can be registered */
    g_assert_cmpint(hcall(f.m, H_REG_CRQ, VSCSI, 0, 0x1000, 0, 0), ==,
                    H_SUCCESS);
    fix_free(&f);
}

#define LUN_T0 0x8000000000000000ULL   /* Linux: target 0, lun 0 */

/* A 1 MiB raw image whose sector n is filled with byte n & 0xff after
 * its 2-byte big-endian number. */
static char *make_image(void)
{
    char *path = NULL;
    int fd = g_file_open_tmp("farad-vscsi-XXXXXX.img", &path, NULL);
    g_assert_cmpint(fd, >=, 0);
    uint8_t *img = g_malloc(1 << 20);
    for (unsigned n = 0; n < 2048; n++) {
        memset(img + 512 * n, n & 0xff, 512);
        put_be(img + 512 * n, n, 2);
    }
    g_assert_cmpint(write(fd, img, 1 << 20), ==, 1 << 20);
    close(fd);
    g_free(img);
    return path;
}

static bool sector_is(const uint8_t *p, unsigned n)
{
    if (be(p, 2) != n) {
        return false;
    }
    for (unsigned i = 2; i < 512; i++) {
        if (p[i] != (n & 0xff)) {
            return false;
        }
    }
    return true;
}

/* scsi-hd on a raw image: SBC-3 answers (capacity, reads and writes
 * with direct and indirect descriptors, LBA range, mode sense header as
 * Linux printed it on QEMU: "63 00 00 08"), writes land in the overlay
 * (block.h), a read-only drive refuses writes (DATA PROTECT 27/00). */
static void test_disk(void)
{
    char *img = make_image();
    char *drive = g_strdup_printf("file=%s,if=none,id=d0,format=raw", img);
    char *rodrive = g_strdup_printf("file=%s,if=none,id=d1,format=raw,"
                                    "readonly=on", img);
    const char *const drives[] = { drive, rodrive, NULL };
    const char *const devs[] = { "spapr-vscsi", "scsi-hd,drive=d0",
                                 "scsi-hd,drive=d1,scsi-id=1", NULL };
    Fix f;
    fix_init_drives(&f, devs, drives);
    uint8_t *iu = ram(&f, IU_RA), *d = ram(&f, DATA_RA);
    uint16_t len;
    /* the reset's unit attention, then ready */
    static const uint8_t tur[6] = { 0 };
    len = srp_cmd(&f, LUN_T0, tur, 6, false, 0, 0);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 6, 0x29, 0);
    len = srp_cmd(&f, LUN_T0, tur, 6, false, 0, 0);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    /* READ CAPACITY (10) and (16): last LBA 2047, 512-byte blocks */
    static const uint8_t rc10[10] = { 0x25 };
    len = srp_cmd(&f, LUN_T0, rc10, 10, false, DATA_IOBA, 8);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_cmphex(be(d, 4), ==, 2047);
    g_assert_cmphex(be(d + 4, 4), ==, 512);
    static const uint8_t rc16[16] = { 0x9e, 0x10, 0, 0, 0, 0, 0, 0, 0, 0,
                                      0, 0, 0, 32 };
    len = srp_cmd(&f, LUN_T0, rc16, 16, false, DATA_IOBA, 32);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_cmphex(be(d, 8), ==, 2047);
    g_assert_cmphex(be(d + 8, 4), ==, 512);
    /* READ (10) of sectors 5 and 6 */
    static const uint8_t rd10[10] = { 0x28, 0, 0, 0, 0, 5, 0, 0, 2 };
    len = srp_cmd(&f, LUN_T0, rd10, 10, false, DATA_IOBA, 1024);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_true(sector_is(d, 5));
    g_assert_true(sector_is(d + 512, 6));
    /* the same through an indirect list: sector 5 at DATA+0x1000,
     * sector 6 at DATA+0x2000 (both descriptors in the IU and table) */
    uint8_t *tab = ram(&f, TABLE_RA);
    memset(tab, 0, 64);
    put_be(tab, DATA_IOBA + 0x1000, 8);
    put_be(tab + 12, 512, 4);
    put_be(tab + 16, DATA_IOBA + 0x2000, 8);
    put_be(tab + 28, 512, 4);
    srp_cmd(&f, LUN_T0, rd10, 10, false, 0, 0);
    iu[5] = 0x02;
    iu[7] = 2;
    put_be(iu + 48, TABLE_IOBA, 8);
    put_be(iu + 60, 32, 4);
    put_be(iu + 64, 1024, 4);
    memcpy(iu + 68, tab, 32);
    send_iu(&f, 0x01, 100);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_true(sector_is(d + 0x1000, 5));
    g_assert_true(sector_is(d + 0x2000, 6));
    /* WRITE (10) of sector 7 with sector 5's bytes, READ (16) it back */
    static const uint8_t wr10[10] = { 0x2a, 0, 0, 0, 0, 7, 0, 0, 1 };
    len = srp_cmd(&f, LUN_T0, wr10, 10, true, DATA_IOBA, 512);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    memset(d, 0, 1024);
    static const uint8_t rd16[16] = { 0x88, 0, 0, 0, 0, 0, 0, 0, 0, 7,
                                      0, 0, 0, 1 };
    len = srp_cmd(&f, LUN_T0, rd16, 16, false, DATA_IOBA, 512);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_true(sector_is(d, 5));
    /* past the end: LOGICAL BLOCK ADDRESS OUT OF RANGE 21/00 */
    static const uint8_t rdend[10] = { 0x28, 0, 0, 0, 0x07, 0xff, 0, 0, 2 };
    len = srp_cmd(&f, LUN_T0, rdend, 10, false, DATA_IOBA, 1024);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 5, 0x21, 0);
    /* a buffer half the transfer: GOOD, 512 bytes residual (DIOVER) */
    len = srp_cmd(&f, LUN_T0, rd10, 10, false, DATA_IOBA, 512);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_cmphex(iu[18], ==, 0x10);
    g_assert_cmpuint(be(iu + 24, 4), ==, 512);
    /* MODE SENSE (6), all pages: 63 00 00 08 as on QEMU */
    static const uint8_t ms6[6] = { 0x1a, 0, 0x3f, 0, 0xff };
    len = srp_cmd(&f, LUN_T0, ms6, 6, false, DATA_IOBA, 255);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_cmphex(be(d, 4), ==, 0x63000008);
    g_assert_cmphex(be(d + 4 + 5, 3), ==, 512);          /* block length */
    /* SYNCHRONIZE CACHE (10) */
    static const uint8_t sc10[10] = { 0x35 };
    len = srp_cmd(&f, LUN_T0, sc10, 10, false, 0, 0);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    /* the read-only disk at target 1: write protected in MODE SENSE,
     * writes refused with DATA PROTECT, WRITE PROTECTED 27/00 */
    const uint64_t lun_t1 = 0x8100000000000000ULL;
    len = srp_cmd(&f, lun_t1, ms6, 6, false, DATA_IOBA, 255);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 6, 0x29, 0);                       /* its reset UA */
    len = srp_cmd(&f, lun_t1, ms6, 6, false, DATA_IOBA, 255);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 0, -1, 0, 0);
    g_assert_cmphex(d[2], ==, 0x80);
    len = srp_cmd(&f, lun_t1, wr10, 10, true, DATA_IOBA, 512);
    send_iu(&f, 0x01, len);
    expect_rsp(&f, 2, 7, 0x27, 0);
    fix_free(&f);
    /* the image file itself was never written */
    gchar *bytes;
    gsize n;
    g_assert_true(g_file_get_contents(img, &bytes, &n, NULL));
    g_assert_cmpuint(n, ==, 1 << 20);
    g_assert_true(sector_is((uint8_t *)bytes + 7 * 512, 7));
    g_free(bytes);
    unlink(img);
    g_free(img);
    g_free(drive);
    g_free(rodrive);
}

/* QEMU 7.2's defaults: without -nodefaults an adapter with the empty
 * CD-ROM at target 2 (drive if=scsi index 2); with -nodefaults none. */
static void test_defaults(void)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    cfg.dumpdtb = g_strdup("/dev/null");
    cfg.serial_stdio = false;
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    Device *hba = device_find(m, "spapr-vscsi");
    g_assert_nonnull(hba);
    ScsiDevice *cd = scsi_find(m, hba, 0, 2, 0);
    g_assert_nonnull(cd);
    g_assert_cmpstr(((Device *)cd)->cls->name, ==, "scsi-cd");
    g_assert_null(scsi_next(m, hba, cd));
    machine_free(m);
    machine_config_clear(&cfg);
    const char *const none[] = { NULL };
    m = new_machine(none);
    g_assert_null(device_find(m, "spapr-vscsi"));
    machine_free(m);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/vio/crq-hcalls", test_crq_hcalls);
    g_test_add_func("/vio/tce-window", test_tce_window);
    g_test_add_func("/vio/copy-rdma", test_copy_rdma);
    g_test_add_func("/vio/quiesce", test_quiesce);
    g_test_add_func("/vscsi/init-and-full-queue", test_init_and_full_queue);
    g_test_add_func("/vscsi/login-and-mad", test_login_and_mad);
    g_test_add_func("/vscsi/dropped-ius", test_dropped_ius);
    g_test_add_func("/vscsi/empty-cd", test_empty_cd);
    g_test_add_func("/vscsi/task-management", test_task_management);
    g_test_add_func("/vscsi/bad-descriptors", test_bad_descriptors);
    g_test_add_func("/vscsi/disk", test_disk);
    g_test_add_func("/vscsi/defaults", test_defaults);
    return g_test_run();
}
