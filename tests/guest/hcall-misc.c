/* SPDX-License-Identifier: MIT */
/*
 * The hypercalls and RTAS calls a Linux kernel makes besides the MMU and
 * interrupt controller ones, with their results and error returns as
 * QEMU 7.2 gives them on one CPU (cases in NAME.args: pseries-7.2 with
 * POWER9 and POWER8, pseries-2.8): H_GET_CPU_CHARACTERISTICS (the
 * machine type's speculation caps), H_SET_DABR / H_SET_XDABR,
 * H_PAGE_INIT (flags, alignment, RAM bounds, zero and copy),
 * H_LOGICAL_CI_LOAD / STORE (sizes, RAM, unassigned memory), H_JOIN on
 * the last CPU, H_SIGNAL_SYS_RESET to itself and its argument checks,
 * numbers QEMU does not implement (answered H_FUNCTION, silently), and
 * RTAS event-scan, check-exception, ibm,get-system-parameter,
 * set-indicator / get-sensor-state (bad arguments, the boot CPU core's
 * connector), ibm,nmi-register / nmi-interlock (no RTAS base known to
 * the hypervisor: not supported).
 */
#include "rt/rt.h"
#include "sreset-util.h"

#define H_SET_DABR 0x28
#define H_PAGE_INIT 0x2c
#define H_LOGICAL_CI_LOAD 0x3c
#define H_LOGICAL_CI_STORE 0x40
#define H_SET_XDABR 0x134
#define H_GET_CPU_CHARACTERISTICS 0x1c8
#define H_JOIN 0x298
#define H_SIGNAL_SYS_RESET 0x380
#define MSR_EE 0x8000ULL

#define H_ZERO_PAGE (1ULL << (63 - 48))
#define H_COPY_PAGE (1ULL << (63 - 49))
#define H_ICACHE_INVALIDATE (1ULL << (63 - 40))

static uint8_t page_a[4096] __attribute__((aligned(4096)));
static uint8_t page_b[4096] __attribute__((aligned(4096)));
static uint8_t buf[16] __attribute__((aligned(16)));
static volatile unsigned sresets;
static volatile uint64_t sreset_srr0, sreset_srr1, sreset_r3;

/* sc 1 with r3 = nr, r4.. = a0..a2; r3..r5 back in out[0..2]. */
static void hcall3(uint64_t nr, uint64_t a0, uint64_t a1, uint64_t a2,
                   uint64_t *out)
{
    register uint64_t r3 __asm__("r3") = nr;
    register uint64_t r4 __asm__("r4") = a0;
    register uint64_t r5 __asm__("r5") = a1;
    register uint64_t r6 __asm__("r6") = a2;
    __asm__ volatile("sc 1"
                     : "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6)
                     :
                     : "r0", "r7", "r8", "r9", "r10", "r11", "r12", "cr0",
                       "ctr", "memory");
    out[0] = r3;
    out[1] = r4;
    out[2] = r5;
}

static void hook(uint64_t v, RtFrame *f)
{
    if (v == 0x100) {
        sresets++;
        sreset_srr0 = f->srr0;
        sreset_srr1 = f->srr1;
        sreset_r3 = f->gpr[3];
        return;
    }
    rt_printf("unexpected vector %lx at %lx\n", (unsigned long)v,
              (unsigned long)f->srr0);
    rt_power_off();
}

static uint64_t msr(void)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    return m;
}

static void set_msr(uint64_t m)
{
    __asm__ volatile("mtmsrd %0,1" :: "r"(m) : "memory");
}

static void dabr_tests(void)
{
    static const uint64_t dabrx[] = { 0x3, 0x1, 0x2, 0x0, 0x6, 0x10 | 0x2,
                                      0x8 | 0x3 };
    rt_printf("set-dabr: %ld\n", rt_hcall(H_SET_DABR, 0x1000 | 0x7, 0, 0, 0, 0));
    rt_printf("set-dabr 0: %ld\n", rt_hcall(H_SET_DABR, 0, 0, 0, 0, 0));
    for (unsigned i = 0; i < sizeof(dabrx) / sizeof(dabrx[0]); i++) {
        rt_printf("set-xdabr dabrx %lx: %ld\n", (unsigned long)dabrx[i],
                  rt_hcall(H_SET_XDABR, 0x2000 | 0x6, dabrx[i], 0, 0, 0));
    }
    rt_hcall(H_SET_XDABR, 0, 0x3, 0, 0, 0);
}

static unsigned count(const uint8_t *p, uint8_t v)
{
    unsigned n = 0;
    for (unsigned i = 0; i < 4096; i++) {
        n += p[i] == v;
    }
    return n;
}

static void page_init_tests(void)
{
    uint64_t a = (uint64_t)(uintptr_t)page_a, b = (uint64_t)(uintptr_t)page_b;
    memset(page_a, 0xaa, sizeof(page_a));
    for (unsigned i = 0; i < 4096; i++) {
        page_b[i] = (uint8_t)(i * 7);
    }
    rt_printf("page-init bad flag: %ld\n", rt_hcall(H_PAGE_INIT, 1, a, 0, 0, 0));
    rt_printf("page-init dst unaligned: %ld\n",
              rt_hcall(H_PAGE_INIT, H_ZERO_PAGE, a + 8, 0, 0, 0));
    rt_printf("page-init dst beyond RAM: %ld\n",
              rt_hcall(H_PAGE_INIT, H_ZERO_PAGE, 0x40000000000ULL, 0, 0, 0));
    rt_printf("page-init no op: %ld, a %u\n", rt_hcall(H_PAGE_INIT, 0, a, 0, 0, 0),
              count(page_a, 0xaa));
    rt_printf("page-init icache: %ld\n",
              rt_hcall(H_PAGE_INIT, H_ICACHE_INVALIDATE, a, 0, 0, 0));
    rt_printf("page-init zero: %ld, a zero %u\n",
              rt_hcall(H_PAGE_INIT, H_ZERO_PAGE, a, 0, 0, 0), count(page_a, 0));
    rt_printf("page-init copy src unaligned: %ld\n",
              rt_hcall(H_PAGE_INIT, H_COPY_PAGE, a, b + 16, 0, 0));
    rt_printf("page-init copy src beyond RAM: %ld\n",
              rt_hcall(H_PAGE_INIT, H_COPY_PAGE, a, 0x40000000000ULL, 0, 0));
    long rc = rt_hcall(H_PAGE_INIT, H_COPY_PAGE, a, b, 0, 0);
    rt_printf("page-init copy: %ld, same %d\n", rc,
              memcmp(page_a, page_b, 4096) == 0);
    memset(page_a, 0x55, sizeof(page_a));
    rc = rt_hcall(H_PAGE_INIT, H_COPY_PAGE | H_ZERO_PAGE, a, b, 0, 0);
    rt_printf("page-init copy+zero: %ld, same %d\n", rc,
              memcmp(page_a, page_b, 4096) == 0);
}

static void logical_tests(void)
{
    uint64_t o[3], addr = (uint64_t)(uintptr_t)buf;
    static const unsigned sizes[] = { 1, 2, 4, 8 };
    memset(buf, 0, sizeof(buf));
    hcall3(H_LOGICAL_CI_STORE, 8, addr, 0x0102030405060708ULL, o);
    rt_printf("ci-store 8: %ld, bytes %02x %02x %02x\n", (long)o[0], buf[0],
              buf[1], buf[7]);
    hcall3(H_LOGICAL_CI_STORE, 2, addr + 8, 0xabcdef, o);
    rt_printf("ci-store 2: %ld, bytes %02x %02x %02x\n", (long)o[0], buf[8],
              buf[9], buf[10]);
    for (unsigned i = 0; i < 4; i++) {
        hcall3(H_LOGICAL_CI_LOAD, sizes[i], addr, 0, o);
        rt_printf("ci-load %u: %ld %llx\n", sizes[i], (long)o[0],
                  (unsigned long long)o[1]);
    }
    hcall3(H_LOGICAL_CI_LOAD, 3, addr, 0, o);
    rt_printf("ci-load 3: %ld\n", (long)o[0]);
    hcall3(H_LOGICAL_CI_LOAD, 0, addr, 0, o);
    rt_printf("ci-load 0: %ld\n", (long)o[0]);
    hcall3(H_LOGICAL_CI_STORE, 16, addr, 0, o);
    rt_printf("ci-store 16: %ld\n", (long)o[0]);
    /* nothing answers at 256 GiB: reads as 0, writes are dropped */
    hcall3(H_LOGICAL_CI_STORE, 4, 0x4000000000ULL, 0x12345678, o);
    rt_printf("ci-store unassigned: %ld\n", (long)o[0]);
    hcall3(H_LOGICAL_CI_LOAD, 4, 0x4000000000ULL, 0, o);
    rt_printf("ci-load unassigned: %ld %llx\n", (long)o[0],
              (unsigned long long)o[1]);
}

static void join_tests(void)
{
    uint64_t m = msr();
    set_msr(m | MSR_EE);
    rt_printf("join with EE: %ld\n", rt_hcall(H_JOIN, 0, 0, 0, 0, 0));
    set_msr(m & ~MSR_EE);
    rt_printf("join last cpu: %ld\n", rt_hcall(H_JOIN, 0, 0, 0, 0, 0));
    set_msr(m);
}

static uint32_t my_id(void)
{
    const char *child = rt_fdt_child("/cpus", 0);
    char path[64] = "/cpus/";
    size_t n = 6;
    for (const char *p = child; p && *p && n < sizeof(path) - 1; p++) {
        path[n++] = *p;
    }
    path[n] = 0;
    uint32_t len;
    const void *reg = rt_fdt_prop(path, "reg", &len);
    return reg ? rt_be32(reg) : 0xffffffff;
}

/* H_SIGNAL_SYS_RESET to ourselves: the interrupt comes after the hcall
 * returned (SRR0 the next instruction, r3 the status). */
static void sreset_self(const char *what, int64_t target)
{
    unsigned before = sresets;
    uint64_t o[3];
    uint64_t m = msr();
    hcall3(H_SIGNAL_SYS_RESET, (uint64_t)target, 0, 0, o);
    set_msr(m);   /* the interrupt's rfid restored it already */
    rt_printf("sys-reset %s: %ld, interrupts %u, r3 %ld, srr1 %llx\n", what,
              (long)o[0], sresets - before, (long)sreset_r3,
              (unsigned long long)(sreset_srr1 & ~0x783f0000ULL & ~m));
}

static void sreset_tests(void)
{
    rt_printf("sys-reset -3: %ld\n", rt_hcall(H_SIGNAL_SYS_RESET, (uint64_t)-3, 0, 0, 0, 0));
    rt_printf("sys-reset id 77: %ld\n", rt_hcall(H_SIGNAL_SYS_RESET, 77, 0, 0, 0, 0));
    rt_printf("sys-reset all but self: %ld, interrupts %u\n",
              rt_hcall(H_SIGNAL_SYS_RESET, (uint64_t)-2, 0, 0, 0, 0), sresets);
    sreset_self("self", my_id());
    sreset_self("all", -1);
}

static void unimplemented(void)
{
    static const uint64_t nrs[] = { 0x10, 0x14, 0x2, 0x374, 0x378, 0x398,
                                    0x39c, 0x450, 0xf004, 0xf078, 0xf080,
                                    0x1000, 0xef10 };
    for (unsigned i = 0; i < sizeof(nrs) / sizeof(nrs[0]); i++) {
        rt_printf("hcall %lx: %ld\n", (unsigned long)nrs[i],
                  rt_hcall(nrs[i], 0, 0, 0, 0, 0));
    }
}

static int rtas(const char *name, int nargs, int nret, uint32_t *a,
                uint32_t *r)
{
    uint32_t token = rt_rtas_token(name);
    if (!token) {
        rt_printf("%s: no token\n", name);
        return -99;
    }
    int rc = rt_rtas_call(token, nargs, nret, a, r);
    return rc ? rc : (int)r[0];
}

static void show_param(uint32_t param, uint32_t len)
{
    static uint8_t pbuf[256];
    uint32_t a[3] = { param, (uint32_t)(uintptr_t)pbuf, len }, r[1];
    memset(pbuf, 0xee, sizeof(pbuf));
    int rc = rtas("ibm,get-system-parameter", 3, 1, a, r);
    unsigned n = (unsigned)pbuf[0] << 8 | pbuf[1];
    rt_printf("sysparm %u len %u: %d, length %u:", param, len, rc,
              rc == 0 ? n : 0);
    for (unsigned i = 2; rc == 0 && i < 2 + n && i < len && i < 80; i++) {
        uint8_t c = pbuf[i];
        rt_printf(c >= 32 && c < 127 ? "%c" : "\\%02x", c);
    }
    rt_printf("\n");
}

static void rtas_tests(void)
{
    static uint8_t log[1024];
    uint32_t a[8] = { 0 }, r[4] = { 0 };
    a[0] = 0xffffffff;   /* event mask */
    a[1] = 0;
    a[2] = (uint32_t)(uintptr_t)log;
    a[3] = sizeof(log);
    rt_printf("event-scan: %d\n", rtas("event-scan", 4, 1, a, r));
    rt_printf("event-scan nargs 3: %d\n", rtas("event-scan", 3, 1, a, r));
    a[0] = 0x500;
    a[1] = 0;
    a[2] = 0xffffffff;
    a[3] = 0;
    a[4] = (uint32_t)(uintptr_t)log;
    a[5] = sizeof(log);
    rt_printf("check-exception: %d\n", rtas("check-exception", 6, 1, a, r));
    rt_printf("check-exception nargs 5: %d\n", rtas("check-exception", 5, 1, a, r));

    show_param(20, 256);
    show_param(20, 12);
    show_param(42, 16);
    show_param(48, 16);
    show_param(99, 16);
    show_param(20, 1);

    a[0] = 9001;         /* isolation state */
    a[1] = 0x12345678;   /* no such connector */
    a[2] = 1;
    rt_printf("set-indicator isolation bad index: %d\n",
              rtas("set-indicator", 3, 1, a, r));
    a[0] = 9002;         /* DR indicator */
    rt_printf("set-indicator dr bad index: %d\n", rtas("set-indicator", 3, 1, a, r));
    a[0] = 9003;         /* allocation state */
    rt_printf("set-indicator allocation bad index: %d\n",
              rtas("set-indicator", 3, 1, a, r));
    a[0] = 9;            /* surveillance: not implemented */
    rt_printf("set-indicator type 9: %d\n", rtas("set-indicator", 3, 1, a, r));
    rt_printf("set-indicator nargs 2: %d\n", rtas("set-indicator", 2, 1, a, r));
    /* the boot CPU core's connector (PHB connectors: not modelled) */
    static const uint32_t drcs[] = { 0x10000000 };
    for (unsigned i = 0; i < 1; i++) {
        a[0] = 9003;
        a[1] = drcs[i];
        r[1] = 0x77;
        int rc = rtas("get-sensor-state", 2, 2, a, r);
        rt_printf("get-sensor-state %x: %d state %u\n", drcs[i], rc, r[1]);
        static const uint32_t types[] = { 9001, 9002, 9003 };
        for (unsigned t = 0; t < 3; t++) {
            a[0] = types[t];
            a[2] = 1;
            rt_printf("set-indicator %u %x 1: %d\n", types[t], drcs[i],
                      rtas("set-indicator", 3, 1, a, r));
        }
        a[0] = 9003;
        r[1] = 0x77;
        rc = rtas("get-sensor-state", 2, 2, a, r);
        rt_printf("get-sensor-state %x: %d state %u\n", drcs[i], rc, r[1]);
    }
    a[0] = 9003;         /* entity sense */
    a[1] = 0x12345678;
    r[1] = 0x77;
    int rc = rtas("get-sensor-state", 2, 2, a, r);
    rt_printf("get-sensor-state bad index: %d state %u\n", rc, r[1]);
    a[0] = 3;            /* thermal: not implemented */
    rc = rtas("get-sensor-state", 2, 2, a, r);
    rt_printf("get-sensor-state type 3: %d state %u\n", rc, r[1]);
    rt_printf("get-sensor-state nret 1: %d\n", rtas("get-sensor-state", 2, 1, a, r));

    a[0] = 0x2000;
    a[1] = 0x3000;
    rt_printf("nmi-register: %d\n", rtas("ibm,nmi-register", 2, 1, a, r));
    rt_printf("nmi-interlock: %d\n", rtas("ibm,nmi-interlock", 0, 1, a, r));
}

int main(void)
{
    uint64_t o[3];
    rt_exception_hook = hook;
    sreset_vector_install();

    hcall3(H_GET_CPU_CHARACTERISTICS, 0, 0, 0, o);
    rt_printf("cpu-characteristics: %ld char %016llx behav %016llx\n",
              (long)o[0], (unsigned long long)o[1], (unsigned long long)o[2]);
    dabr_tests();
    page_init_tests();
    logical_tests();
    join_tests();
    sreset_tests();
    unimplemented();
    rtas_tests();
    return 0;
}
