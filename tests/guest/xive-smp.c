/* SPDX-License-Identifier: MIT */
/*
 * XIVE with two CPUs (xive-smp.args: -smp 2, ic-mode xive and dual):
 * after CAS chose XIVE, each CPU routes its own IPI (LISN = its vCPU
 * id) to an event queue of its own at priority 6 and opens its CPPR
 * through the TIMA; CPU 0 then triggers CPU 1's IPI through its ESB
 * trigger page (as Linux does), CPU 1 takes it, acknowledges it
 * through the TIMA (which shows each CPU its own thread context),
 * reads its queue and EOIs, and triggers CPU 0's IPI back while CPU 0
 * waits in H_CEDE. Only CPU 0 prints; vCPU ids come from the device
 * tree. Output compared with QEMU 7.2's.
 */
#include "rt/rt.h"

#define KVMPPC_H_CAS 0xf002
#define H_CEDE 0xe0
#define H_INT_GET_SOURCE_INFO 0x3a8
#define H_INT_SET_SOURCE_CONFIG 0x3ac
#define H_INT_GET_SOURCE_CONFIG 0x3b0
#define H_INT_SET_QUEUE_CONFIG 0x3b8
#define MSR_EE 0x8000ULL

#define TIMA_OS (0x0006030203180000ULL + 0x20000)
#define EQ(cpu) (0x2000000ULL + 0x10000ULL * (cpu))

static volatile uint32_t id[2];
static volatile uint32_t ready, stop1;
static volatile uint32_t taken[2];
static volatile uint16_t acks[2];
static volatile uint64_t tima_after[2];
static volatile uint64_t trig[2], mgmt[2];
static uint64_t ret[4];
static uint8_t vec[128] __attribute__((aligned(8)));
static uint8_t buf[0x20000] __attribute__((aligned(8)));

uint64_t stack1[2048] __attribute__((aligned(16)));
static uint32_t rtas1[8] __attribute__((aligned(16)));

static inline void mb(void)
{
    __asm__ volatile("sync" ::: "memory");
}

static long hc(uint64_t nr, uint64_t a1, uint64_t a2, uint64_t a3,
               uint64_t a4, uint64_t a5)
{
    register uint64_t r3 __asm__("r3") = nr;
    register uint64_t r4 __asm__("r4") = a1;
    register uint64_t r5 __asm__("r5") = a2;
    register uint64_t r6 __asm__("r6") = a3;
    register uint64_t r7 __asm__("r7") = a4;
    register uint64_t r8 __asm__("r8") = a5;
    __asm__ volatile("sc 1"
                     : "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7),
                       "+r"(r8)
                     :
                     : "r0", "r9", "r10", "r11", "r12", "cr0", "ctr",
                       "memory");
    ret[0] = r4;
    ret[1] = r5;
    ret[2] = r6;
    ret[3] = r7;
    return (long)r3;
}

static uint64_t ld64(uint64_t a)
{
    uint64_t v;
#ifdef __LITTLE_ENDIAN__
    __asm__ volatile("ldbrx %0,0,%1" : "=r"(v) : "r"(a) : "memory");
#else
    __asm__ volatile("ld %0,0(%1)" : "=r"(v) : "b"(a) : "memory");
#endif
    return v;
}

static uint16_t ld16(uint64_t a)
{
    uint16_t v;
#ifdef __LITTLE_ENDIAN__
    __asm__ volatile("lhbrx %0,0,%1" : "=r"(v) : "r"(a) : "memory");
#else
    __asm__ volatile("lhz %0,0(%1)" : "=r"(v) : "b"(a) : "memory");
#endif
    return v;
}

static void st64(uint64_t a, uint64_t v)
{
    __asm__ volatile("std %0,0(%1)" :: "r"(v), "b"(a) : "memory");
}

static void st8(uint64_t a, uint8_t v)
{
    __asm__ volatile("stb %0,0(%1)" :: "r"(v), "b"(a) : "memory");
}

static inline unsigned me(void)
{
    uint64_t v;
    __asm__ volatile("mfsprg3 %0" : "=r"(v));
    return v == id[0] ? 0 : 1;
}

/* CPU 0 waits for CPU 1 in H_CEDE woken by a short decrementer, not in a
 * spin: a single-threaded emulator (QEMU with -icount) then runs CPU 1. */
static void wait_for(volatile uint32_t *flag)
{
    while (!*flag) {
        __asm__ volatile("mtdec %0" :: "r"(20000L));
        hc(H_CEDE, 0, 0, 0, 0, 0);
    }
}

static void ee_on(void)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    __asm__ volatile("mtmsrd %0,1" :: "r"(m | MSR_EE) : "memory");
}

/* Either CPU: ack through the TIMA (its own context), EOI, CPPR back. */
static void hook(uint64_t v, RtFrame *f)
{
    unsigned c = me();
    if (v == 0x900) {
        __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
        return;
    }
    if (v != 0x500) {
        if (c == 0) {
            rt_printf("unexpected vector %lx at %lx\n", (unsigned long)v,
                      (unsigned long)f->srr0);
        }
        rt_power_off();
    }
    acks[c] = ld16(TIMA_OS + 0x810);
    tima_after[c] = ld64(TIMA_OS + 0x10);
    ld64(mgmt[c]);               /* EOI */
    st8(TIMA_OS + 0x11, 0xff);   /* CPPR back */
    mb();
    taken[c]++;
}

/* Route this CPU's IPI to its own queue and open its CPPR. */
static long setup_self(unsigned c)
{
    long rc = hc(H_INT_SET_QUEUE_CONFIG, 0, id[c], 6, EQ(c), 16);
    rc |= hc(H_INT_GET_SOURCE_INFO, 0, id[c], 0, 0, 0);
    mgmt[c] = ret[1];
    trig[c] = ret[2];
    rc |= hc(H_INT_SET_SOURCE_CONFIG, 2, id[c], id[c], 6, 0x100 + c);
    ld64(mgmt[c] + 0xc00);       /* PQ 00 */
    st8(TIMA_OS + 0x11, 0xff);
    return rc;
}

static void put32(uint32_t *p, uint32_t v)
{
    uint8_t *b = (uint8_t *)p;
    b[0] = (uint8_t)(v >> 24);
    b[1] = (uint8_t)(v >> 16);
    b[2] = (uint8_t)(v >> 8);
    b[3] = (uint8_t)v;
}

void secondary_main(void);

void secondary_main(void)
{
    __asm__ volatile("mtsprg3 %0" :: "r"((uint64_t)id[1]));
    long rc = setup_self(1);
    ee_on();
    mb();
    ready = rc ? 2 : 1;
    while (!taken[1]) {
        hc(H_CEDE, 0, 0, 0, 0, 0);
    }
    st64(trig[0], 0);            /* CPU 1 -> CPU 0 */
    while (!stop1) {
        hc(H_CEDE, 0, 0, 0, 0, 0);
    }
    put32(&rtas1[0], rt_rtas_token("stop-self"));
    put32(&rtas1[1], 0);
    put32(&rtas1[2], 1);
    hc(0xf000, (uint64_t)(uintptr_t)rtas1, 0, 0, 0, 0);
    for (;;) {
    }
}

/* start-cpu enters big-endian with r3 = our argument (as smp-ipi.c). */
__asm__(
    "    .text\n"
    "    .balign 4\n"
    "xs_tramp:\n"
    "    .byte 0x7d,0x60,0x00,0xa6\n"     /* mfmsr  r11 */
#ifdef __LITTLE_ENDIAN__
    "    .byte 0x61,0x6b,0x20,0x01\n"     /* ori    r11,r11,FP|LE */
#else
    "    .byte 0x61,0x6b,0x20,0x00\n"     /* ori    r11,r11,FP */
#endif
    "    .byte 0x7d,0x7b,0x03,0xa6\n"     /* mtsrr1 r11 */
    "    .byte 0x7c,0x7a,0x03,0xa6\n"     /* mtsrr0 r3 */
    "    .byte 0x4c,0x00,0x00,0x24\n"     /* rfid */
    "xs_cont:\n"
    "    lis   %r1, (stack1 + 16384)@ha\n"
    "    addi  %r1, %r1, (stack1 + 16384)@l\n"
    "    li    %r0, 0\n"
    "    stdu  %r0, -128(%r1)\n"
    "    lis   %r2, .TOC.@ha\n"
    "    addi  %r2, %r2, .TOC.@l\n"
    "    bl    secondary_main\n"
    "    nop\n"
    "1:  b     1b\n");

extern char xs_tramp[], xs_cont[];

static uint32_t cpu_id(int i)
{
    const char *child = rt_fdt_child("/cpus", i);
    char path[64] = "/cpus/";
    size_t n = 6;
    for (const char *p = child; p && *p && n < sizeof(path) - 1; p++) {
        path[n++] = *p;
    }
    path[n] = 0;
    uint32_t len;
    const void *reg = child ? rt_fdt_prop(path, "reg", &len) : NULL;
    return reg ? rt_be32(reg) : 0xffffffff;
}

static long cas_xive(void)
{
    static const uint8_t pvrs[16] = {
        0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x00, 0x05,
        0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff,
    };
    unsigned pos = sizeof(pvrs);
    memcpy(vec, pvrs, pos);
    vec[pos++] = 4;
    for (int v = 1; v <= 5; v++) {
        unsigned len = v == 5 ? 24 : 3;
        vec[pos++] = (uint8_t)(len - 1);
        memset(vec + pos, 0, len);
        if (v == 1) {
            vec[pos] = 0x80;
        }
        if (v == 5) {
            vec[pos + 22] = 0x40;    /* XIVE exploitation */
        }
        pos += len;
    }
    return hc(KVMPPC_H_CAS, (uint64_t)(uintptr_t)vec,
              (uint64_t)(uintptr_t)buf, sizeof(buf), 0, 0);
}

int main(void)
{
    rt_exception_hook = hook;
    id[0] = cpu_id(0);
    id[1] = cpu_id(1);
    __asm__ volatile("mtsprg3 %0" :: "r"((uint64_t)id[0]));
    void *old = rt_fdt;
    rt_fdt = buf + 4;
    long rc = cas_xive();
    uint32_t len;
    const uint8_t *lisns = rc ? NULL : rt_fdt_prop("/interrupt-controller",
                                                   "ibm,xive-lisn-ranges",
                                                   &len);
    rt_printf("cas: rc %ld, lisn ranges %u..%u\n", rc,
              lisns ? rt_be32(lisns) : 0, lisns ? rt_be32(lisns + 4) : 0);
    rt_fdt = old;
    rt_printf("cpu0 setup: %ld\n", setup_self(0));

    uint32_t a[3], r[3];
    a[0] = id[1];
    a[1] = (uint32_t)(uintptr_t)xs_tramp;
    a[2] = (uint32_t)(uintptr_t)xs_cont;
    rt_printf("start-cpu: %d\n", rt_rtas_call(rt_rtas_token("start-cpu"), 3,
                                               1, a, r) ? -1 : (int)r[0]);
    ee_on();
    wait_for(&ready);
    rt_printf("cpu1 setup: %s\n", ready == 1 ? "ok" : "failed");
    hc(H_INT_GET_SOURCE_CONFIG, 0, id[1], 0, 0, 0);
    rt_printf("cpu1 ipi config: target is cpu1 %d, prio %lx, eisn %lx\n",
              ret[0] == id[1], (unsigned long)ret[1],
              (unsigned long)ret[2]);

    st64(trig[1], 0);            /* CPU 0 -> CPU 1 */
    wait_for(&taken[1]);
    rt_printf("cpu1 took its ipi: ack %04x, its tima then %016llx, "
              "eq1[0] %08x\n", acks[1], (unsigned long long)tima_after[1],
              rt_be32((const void *)(uintptr_t)EQ(1)));
    wait_for(&taken[0]);
    rt_printf("cpu0 took its ipi: ack %04x, its tima then %016llx, "
              "eq0[0] %08x\n", acks[0], (unsigned long long)tima_after[0],
              rt_be32((const void *)(uintptr_t)EQ(0)));
    rt_printf("cpu0 tima now %016llx, pq cpu0 %lx cpu1 %lx\n",
              (unsigned long long)ld64(TIMA_OS + 0x10),
              (unsigned long)ld64(mgmt[0] + 0x800),
              (unsigned long)ld64(mgmt[1] + 0x800));
    stop1 = 1;
    mb();
    return 0;
}
