/* SPDX-License-Identifier: MIT */
/*
 * A client of QEMU's Virtual Open Firmware (x-vof=on, vof-client.args),
 * booted by vof.bin as a -kernel (vof-client.kernel) and calling the
 * IEEE 1275 client interface through the entry vof.bin gave in r5, as a
 * kernel's prom_init does: every service the hypervisor answers, with
 * good and bad arguments, the device tree walked with child/peer, the
 * memory claims and /memory@0's "available", CAS through call-method,
 * RTAS instantiated by the firmware, quiesce; then power-off through
 * the RTAS token the tree gives. Output compared with QEMU 7.2's.
 */
#include "rt/rt.h"

#define KVMPPC_H_RTAS 0xf000
#define KVMPPC_H_VOF_CLIENT 0xf005
#define ERR 0xffffffffu

long rt_ci_call(void *args);   /* rt/kernel-start.S */

struct ci_args {
    uint32_t service, nargs, nret;
    uint32_t cell[10];
};

static struct ci_args blk __attribute__((aligned(8)));
static uint32_t rets[10];
static long last_rc;

/* A cell as IEEE 1275 stores it: big-endian. */
static uint32_t cell(uint32_t v)
{
#ifdef __LITTLE_ENDIAN__
    return __builtin_bswap32(v);
#else
    return v;
#endif
}

/* Call service with nargs cells from a[], nret results (the first
 * returned, the others in rets[]). */
static uint32_t ci(const char *service, int nargs, int nret,
                   const uint32_t *a)
{
    blk.service = cell((uint32_t)(uintptr_t)service);
    blk.nargs = cell(nargs);
    blk.nret = cell(nret);
    for (int i = 0; i < 10; i++) {
        blk.cell[i] = cell(i < nargs ? a[i] : 0xdeadbeef);
    }
    last_rc = rt_ci_call(&blk);
    for (int i = 1; i < nret; i++) {
        rets[i - 1] = cell(blk.cell[nargs + i]);
    }
    return nret ? cell(blk.cell[nargs]) : 0xdeadbeef;
}

#define A(p) ((uint32_t)(uintptr_t)(p))
#define CI1(s, x) ci(s, 1, 1, (uint32_t[]){ x })

static uint32_t finddevice(const char *path)
{
    return CI1("finddevice", A(path));
}

static char buf[4096];

static uint32_t getprop(uint32_t ph, const char *name, void *b, uint32_t len)
{
    return ci("getprop", 4, 1, (uint32_t[]){ ph, A(name), A(b), len });
}

static uint32_t getprop32(uint32_t ph, const char *name)
{
    uint32_t v = 0;
    uint32_t n = getprop(ph, name, &v, 4);
    return n == 4 ? rt_be32(&v) : 0xeeeeeeee;
}

static void dump(const char *what, const uint8_t *p, uint32_t n)
{
    rt_printf("%s:", what);
    for (uint32_t i = 0; i < n && i < 48; i++) {
        rt_printf("%s%02x", i % 4 ? "" : " ", p[i]);
    }
    rt_printf("\n");
}

static void path_of(uint32_t ph)
{
    memset(buf, 0, 300);
    uint32_t n = ci("package-to-path", 3, 1, (uint32_t[]){ ph, A(buf), 256 });
    rt_printf("  %08x %s (%d)\n", ph, n == ERR ? "-" : buf, (int)n);
}

static int nodes;

static void walk(uint32_t ph, int depth)
{
    for (; ph && ph != ERR; ph = CI1("peer", ph)) {
        if (nodes++ < 40) {
            path_of(ph);
        }
        uint32_t parent = CI1("parent", ph);
        uint32_t child = CI1("child", ph);
        if (child && CI1("parent", child) != ph) {
            rt_printf("  parent of child of %08x is not it\n", ph);
        }
        if (parent == ERR || (depth && !parent)) {
            rt_printf("  no parent for %08x\n", ph);
        }
        walk(child, depth + 1);
    }
}

static void walk_tree(uint32_t root)
{
    nodes = 0;
    walk(root, 0);
    rt_printf("nodes %d\n", nodes);
}

static void list_props(uint32_t ph)
{
    char prev[80] = "", name[80];
    rt_printf("props:");
    for (int i = 0; i < 60; i++) {
        memset(name, 0, sizeof(name));
        uint32_t r = ci("nextprop", 3, 1, (uint32_t[]){ ph, A(prev), A(name) });
        if (r != 1) {
            rt_printf(" [%d]", (int)r);
            break;
        }
        uint32_t len = ci("getproplen", 2, 1, (uint32_t[]){ ph, A(name) });
        rt_printf(" %s=%d", name, (int)len);
        memcpy(prev, name, sizeof(prev));
    }
    rt_printf("\n");
}

static void show_available(const char *when)
{
    uint32_t mem = finddevice("/memory@0");
    uint32_t n = getprop(mem, "available", buf, sizeof(buf));
    rt_printf("available %s (%d bytes)\n", when, (int)n);
    for (uint32_t i = 0; n != ERR && i + 16 <= n; i += 16) {
        rt_printf("  %08x%08x %08x%08x\n", rt_be32(buf + i), rt_be32(buf + i + 4),
                  rt_be32(buf + i + 8), rt_be32(buf + i + 12));
    }
}

static uint8_t cas_vec[64] __attribute__((aligned(8)));

static void do_cas(uint32_t root_ih)
{
    /* PVR list: POWER9 (raw), ISA 3.00 and 2.07, terminator; 6 vectors,
     * vector 5 asking for nothing special (hash MMU, XICS) */
    static const uint8_t v[] = {
        0xff, 0xff, 0x00, 0x00, 0x00, 0x4e, 0x00, 0x00,
        0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x00, 0x05,
        0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x00, 0x04,
        0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff,
        5,                      /* 6 vectors */
        2, 0x80, 0x00, 0x00,    /* 1 */
        2, 0, 0, 0,             /* 2 */
        2, 0, 0, 0,             /* 3 */
        2, 0, 0, 0,             /* 4 */
        5, 0, 0, 0, 0, 0x80, 0x04, /* 5: hp-evt */
        2, 0, 0, 0,             /* 6 */
    };
    memcpy(cas_vec, v, sizeof(v));
    uint32_t r = ci("call-method", 3, 2, (uint32_t[]){
        A("ibm,client-architecture-support"), root_ih, A(cas_vec) });
    rt_printf("cas: %x %x (hcall %ld)\n", r, rets[0], last_rc);
}

static void power_off(void)
{
    uint32_t token = getprop32(finddevice("/rtas"), "power-off");
    static uint32_t rtas[5] __attribute__((aligned(8)));
    rtas[0] = cell(token);
    rtas[1] = cell(2);
    rtas[2] = cell(1);
    rtas[3] = rtas[4] = 0;
    rt_printf("exit 0\n");
    rt_hcall(KVMPPC_H_RTAS, (uint64_t)(uintptr_t)rtas, 0, 0, 0, 0);
    for (;;) {
    }
}

int main(void)
{
    /* finddevice */
    uint32_t root = finddevice("/"), chosen = finddevice("/chosen");
    rt_printf("finddevice / %x /chosen %x /cpus %x /nope %x\n", root, chosen,
              finddevice("/cpus"), finddevice("/nope"));
    uint32_t cpu = CI1("child", finddevice("/cpus"));
    rt_printf("cpu %x POWER9@0 %x vty %x no unit %x rtas %x\n", cpu,
              finddevice("/cpus/PowerPC,POWER9@0"),
              finddevice("/vdevice/vty@71000000"),
              finddevice("/cpus/PowerPC,POWER9"), finddevice("/rtas"));

    /* getprop, getproplen, the synthesized "name" */
    memset(buf, 0x55, 64);
    uint32_t n = getprop(cpu, "name", buf, 64);
    rt_printf("cpu name %d '%s' len %d\n", (int)n, buf,
              (int)ci("getproplen", 2, 1, (uint32_t[]){ cpu, A("name") }));
    memset(buf, 0x55, 64);
    n = getprop(cpu, "name", buf, 5);
    dump("name in 5 bytes", (uint8_t *)buf, 8);
    memset(buf, 0x55, 64);
    n = getprop(root, "name", buf, 64);
    rt_printf("root name %d '%s'\n", (int)n, buf);
    n = getprop(root, "compatible", buf, 64);
    rt_printf("compatible %d '%s'\n", (int)n, buf);
    n = getprop(root, "compatible", buf, 3);
    rt_printf("compatible in 3: %d\n", (int)n);
    rt_printf("missing %x bad phandle %x len %x\n", getprop(root, "nope", buf, 8),
              getprop(0x12345, "name", buf, 8),
              ci("getproplen", 2, 1, (uint32_t[]){ root, A("nope") }));
    rt_printf("#address-cells %x reg of cpu %x\n",
              getprop32(root, "#address-cells"), getprop32(cpu, "reg"));

    /* stdout: an instance vof opened */
    uint32_t out = getprop32(chosen, "stdout");
    uint32_t outph = CI1("instance-to-package", out);
    memset(buf, 0, 300);
    n = ci("instance-to-path", 3, 1, (uint32_t[]){ out, A(buf), 256 });
    rt_printf("stdout ihandle %x package %x path %d %s\n", out, outph, (int)n, buf);
    rt_printf("instance-to-package bad %x instance-to-path bad %x\n",
              CI1("instance-to-package", 77),
              ci("instance-to-path", 3, 1, (uint32_t[]){ 77, A(buf), 256 }));
    rt_printf("write %x bad ihandle %x\n",
              ci("write", 3, 1, (uint32_t[]){ out, A("hello vof\n"), 10 }),
              ci("write", 3, 1, (uint32_t[]){ 77, A("x"), 1 }));

    /* nextprop over /chosen and /rtas */
    list_props(chosen);
    n = ci("nextprop", 3, 1, (uint32_t[]){ chosen, A("no-such"), A(buf) });
    rt_printf("nextprop after a missing name %d, bad node %d\n", (int)n,
              (int)ci("nextprop", 3, 1, (uint32_t[]){ 0x4321, A(""), A(buf) }));

    /* the tree by child/peer/parent */
    rt_printf("peer(0) %x parent(root) %x child(bad) %x peer(bad) %x\n",
              CI1("peer", 0), CI1("parent", root), CI1("child", 0x4321),
              CI1("peer", 0x4321));
    walk_tree(root);

    /* open, close */
    uint32_t ih = CI1("open", A("/rtas")), root_ih = CI1("open", A("/"));
    rt_printf("open /rtas %x / %x /nope %x\n", ih, root_ih, CI1("open", A("/nope")));
    uint32_t ih2 = CI1("open", A("/cpus/PowerPC,POWER9@0"));
    if (ih2 == ERR) {
        ih2 = CI1("open", A("/cpus/PowerPC,POWER8@0"));
    }
    rt_printf("open cpu %x package %x\n", ih2, CI1("instance-to-package", ih2));
    ci("close", 1, 0, (uint32_t[]){ ih2 });
    rt_printf("after close %x\n", CI1("instance-to-package", ih2));

    /* setprop */
    n = ci("setprop", 4, 1, (uint32_t[]){ chosen, A("farad,test"), A("abc"), 4 });
    memset(buf, 0, 16);
    rt_printf("setprop %d getprop %d '%s'\n", (int)n,
              (int)getprop(chosen, "farad,test", buf, 16), buf);
    rt_printf("setprop too long %x initrd-start of 3 %x bad node %x\n",
              ci("setprop", 4, 1, (uint32_t[]){ chosen, A("x"), A(buf), 2049 }),
              ci("setprop", 4, 1, (uint32_t[]){ chosen, A("linux,initrd-start"), A(buf), 3 }),
              ci("setprop", 4, 1, (uint32_t[]){ 0x4321, A("x"), A(buf), 1 }));
    n = ci("setprop", 4, 1, (uint32_t[]){ chosen, A("bootargs"), A("console=hvc0 vof"), 17 });
    rt_printf("setprop bootargs %d\n", (int)n);

    /* claim, release, available */
    show_available("at entry");
    uint32_t c1 = ci("claim", 3, 1, (uint32_t[]){ 0, 0x1000, 0 });
    uint32_t c2 = ci("claim", 3, 1, (uint32_t[]){ 0x10000000, 0x2000, 0 });
    uint32_t c3 = ci("claim", 3, 1, (uint32_t[]){ 0, 0x10000, 0x10000 });
    uint32_t c4 = ci("claim", 3, 1, (uint32_t[]){ 0x10001000, 0x1000, 0 });
    uint32_t c5 = ci("claim", 3, 1, (uint32_t[]){ 0x1000000, 0, 0 });
    rt_printf("claim taken %x fixed %x aligned %x overlap %x empty %x\n", c1, c2,
              c3, c4, c5);
    show_available("after claims");
    rt_printf("release %x again %x wrong size %x\n",
              ci("release", 2, 1, (uint32_t[]){ c2, 0x2000 }),
              ci("release", 2, 1, (uint32_t[]){ c2, 0x2000 }),
              ci("release", 2, 1, (uint32_t[]){ c3, 0x1000 }));
    show_available("after release");

    /* call-method, interpret, milliseconds, unknown services */
    rt_printf("call-method bad ihandle %x unknown method %x on a cpu %x\n",
              ci("call-method", 2, 1, (uint32_t[]){ A("x"), 0x999 }),
              ci("call-method", 2, 1, (uint32_t[]){ A("frobnicate"), root_ih }),
              ci("call-method", 2, 1, (uint32_t[]){ A("frobnicate"), ih }));
    rt_printf("interpret %x\n", ci("interpret", 1, 2, (uint32_t[]){ A("1 2 +") }));
    uint32_t t0 = ci("milliseconds", 0, 1, NULL);
    uint32_t t1 = ci("milliseconds", 0, 1, NULL);
    rt_printf("milliseconds monotonic %d\n", t1 >= t0);
    /* QEMU 7.2's VOF has no input, seek or boot services */
    rt_printf("read %x seek %x boot %x\n",
              ci("read", 3, 1, (uint32_t[]){ out, A(buf), 16 }),
              ci("seek", 3, 1, (uint32_t[]){ out, 0, 0 }),
              ci("boot", 1, 1, (uint32_t[]){ A("disk") }));
    rt_printf("unknown %x wrong nargs %x wrong nret %x\n",
              ci("frobnicate", 1, 1, (uint32_t[]){ 1 }),
              ci("finddevice", 2, 1, (uint32_t[]){ A("/"), 0 }),
              ci("getprop", 4, 2, (uint32_t[]){ root, A("name"), A(buf), 8 }));
    /* malformed blocks: the hcall itself fails */
    blk.service = cell(A("peer"));
    blk.nargs = cell(10);
    blk.nret = cell(1);
    rt_printf("nargs 10: hcall %ld\n",
              rt_hcall(KVMPPC_H_VOF_CLIENT, (uint64_t)(uintptr_t)&blk, 0, 0, 0, 0));
    blk.nargs = cell(1);
    blk.nret = cell(10);
    rt_printf("nret 10: hcall %ld\n",
              rt_hcall(KVMPPC_H_VOF_CLIENT, (uint64_t)(uintptr_t)&blk, 0, 0, 0, 0));
    rt_printf("outside RAM: hcall %ld\n",
              rt_hcall(KVMPPC_H_VOF_CLIENT, 0x7ffff000, 0, 0, 0, 0));

    /* RTAS, instantiated by the firmware itself */
    uint32_t rtas = finddevice("/rtas");
    uint32_t size = getprop32(rtas, "rtas-size");
    uint32_t base = ci("claim", 3, 1, (uint32_t[]){ 0, size, 0x1000 });
    uint32_t r = ci("call-method", 3, 2, (uint32_t[]){ A("instantiate-rtas"), ih, base });
    rt_printf("rtas-size %x claimed %x instantiate %x base %x first word %08x\n",
              size, base, r, rets[0], rt_be32((void *)(uintptr_t)base));

    /* CAS: the tree is rebuilt, stdout reopened */
    do_cas(root_ih);
    chosen = finddevice("/chosen");
    n = getprop(chosen, "ibm,architecture-vec-5", buf, 64);
    dump("vec-5", (uint8_t *)buf, n);
    memset(buf, 0, 64);
    n = getprop(chosen, "bootargs", buf, 64);
    rt_printf("after cas: stdout %x bootargs %d '%s' farad,test %x\n",
              getprop32(chosen, "stdout"), (int)n, buf,
              getprop(chosen, "farad,test", buf, 8));
    show_available("after cas");
    walk_tree(CI1("peer", 0));

    /* quiesce: the tree is packed, new properties no longer fit */
    ci("quiesce", 0, 0, NULL);
    rt_printf("quiesce: hcall %ld, new property %x, same-size one %x\n", last_rc,
              ci("setprop", 4, 1, (uint32_t[]){ chosen, A("farad,late"), A("abcd"), 4 }),
              ci("setprop", 4, 1, (uint32_t[]){ chosen, A("bootargs"), A(buf), 17 }));
    power_off();
    return 0;
}
