/* SPDX-License-Identifier: MIT */
/*
 * KVMPPC_H_CAS (ibm,client-architecture-support as SLOF forwards it):
 * hand-built PVR lists and option vectors, the return codes QEMU gives
 * (success, H_HARDWARE when no PVR fits, H_PARAMETER without option
 * vector 5), and the tree written back: a 4-byte header, then the new
 * flattened tree, whose /chosen holds the negotiated
 * ibm,architecture-vec-5 and whose CPU node shows the compat PVR.
 * Run with -M pseries-2.8 (cas.args); output compared with QEMU's.
 */
#include "rt/rt.h"

#define KVMPPC_H_CAS 0xf002
#define KVMPPC_H_UPDATE_DT 0xf003

static uint8_t vec[512] __attribute__((aligned(8)));
static uint8_t buf[0x20000] __attribute__((aligned(8)));
static unsigned pos;

static void put32(uint32_t v)
{
    vec[pos++] = v >> 24;
    vec[pos++] = v >> 16;
    vec[pos++] = v >> 8;
    vec[pos++] = v;
}

static void pvr(uint32_t mask, uint32_t val)
{
    put32(mask);
    put32(val);
}

/* Option vectors: count, then for each its length-1 and bytes. */
static void vectors(int n, const uint8_t *ov5, unsigned ov5_len)
{
    pvr(0, 0xffffffff);   /* terminator: value bits outside the mask */
    vec[pos++] = (uint8_t)(n - 1);
    for (int v = 1; v <= n; v++) {
        if (v == 5) {
            vec[pos++] = (uint8_t)(ov5_len - 1);
            memcpy(vec + pos, ov5, ov5_len);
            pos += ov5_len;
        } else {
            vec[pos++] = 2;              /* 3 bytes */
            vec[pos++] = v == 1 ? 0x80 : 0;
            vec[pos++] = 0;
            vec[pos++] = 0;
        }
    }
}

static void show_prop(const char *name, const void *val, uint32_t len,
                      void *ctx)
{
    (void)ctx;
    rt_printf("  %s [%u]", name, len);
    if (strcmp(name, "rng-seed")) {
        const uint8_t *p = val;
        for (uint32_t i = 0; i < len && i < 40; i++) {
            rt_printf(" %02x", p[i]);
        }
    }
    rt_printf("\n");
}

static void show_tree(void)
{
    rt_printf("  hdr %02x %02x %02x %02x magic %08x\n", buf[0], buf[1],
              buf[2], buf[3], rt_be32(buf + 4));
    void *old = rt_fdt;
    rt_fdt = buf + 4;
    rt_printf(" /chosen:\n");
    rt_fdt_props("/chosen", show_prop, NULL);
    const char *cpu = rt_fdt_child("/cpus", 0);
    uint32_t len;
    char path[80] = "/cpus/";
    memcpy(path + 6, cpu, strlen(cpu) + 1);
    const void *v = rt_fdt_prop(path, "cpu-version", &len);
    rt_printf("  %s cpu-version %08x\n", cpu, v ? rt_be32(v) : 0);
    v = rt_fdt_prop("/event-sources", "interrupt-ranges", &len);
    rt_printf("  event-sources ranges len %u\n", v ? len : 0);
    rt_fdt = old;
}

static long cas(const char *what)
{
    memset(buf, 0xee, 64);
    long rc = rt_hcall(KVMPPC_H_CAS, (uint64_t)(uintptr_t)vec,
                       (uint64_t)(uintptr_t)buf, sizeof(buf), 0, 0);
    rt_printf("%s: rc %ld\n", what, rc);
    if (rc == 0) {
        show_tree();
    }
    pos = 0;
    return rc;
}

int main(void)
{
    /* every option vector 5 bit a guest may ask for, but "both MMUs" and
     * "both interrupt modes" (QEMU stops on those) */
    uint8_t all[32];
    memset(all, 0xff, sizeof(all));
    all[22] = 0x7f;   /* byte 23: XIVE both */
    all[23] = 0x7f;   /* byte 24: MMU both */
    all[22] &= ~0x40; /* XIVE exploitation: not on XICS-only machines */

    /* 1: the architected 2.07 level only */
    pvr(0xffffffff, 0x0f000004);
    vectors(6, all, sizeof(all));
    cas("2.07 compat, ov5 all");

    /* 2: the real PVR (raw mode) plus 2.06 and 2.05 */
    pvr(0xffff0000, 0x004d0000);
    pvr(0xffffffff, 0x0f000003);
    pvr(0xffffffff, 0x0f000002);
    static const uint8_t hp[6] = { 0, 0, 0, 0, 0x80, 0x04 };
    vectors(5, hp, sizeof(hp));
    cas("raw + 2.06 + 2.05, ov5 hp-evt");

    /* 3: raw mode only */
    pvr(0xffff0000, 0x004d0000);
    vectors(5, hp, 1);
    cas("raw only, ov5 1 byte");

    /* 4: nothing this CPU can be */
    pvr(0xffffffff, 0x0f000005);
    pvr(0xffff0000, 0x004e0000);
    vectors(5, hp, sizeof(hp));
    cas("3.00 / POWER9 only");

    /* 5: no option vector 5 */
    pvr(0xffffffff, 0x0f000004);
    vectors(4, hp, 0);
    cas("no ov5");

    /* 6: empty PVR list: raw mode not offered */
    vectors(5, hp, sizeof(hp));
    cas("empty PVR list");

    /* 7: 2.06-plus, 2.07 listed twice, ov5 byte 6 set by ov1 shape */
    pvr(0xffffffff, 0x0f100003);
    pvr(0xffffffff, 0x0f000004);
    pvr(0xffffffff, 0x0f000004);
    vectors(5, hp, sizeof(hp));
    cas("2.06+ 2.07 2.07");

    /* KVMPPC_H_UPDATE_DT with the returned tree */
    long rc = rt_hcall(KVMPPC_H_UPDATE_DT, (uint64_t)(uintptr_t)(buf + 4),
                       0, 0, 0, 0);
    rt_printf("update-dt: rc %ld\n", rc);
    uint32_t bad[10] = { 0 };
    rc = rt_hcall(KVMPPC_H_UPDATE_DT, (uint64_t)(uintptr_t)bad, 0, 0, 0, 0);
    rt_printf("update-dt garbage: rc %ld\n", rc);
    return 0;
}
