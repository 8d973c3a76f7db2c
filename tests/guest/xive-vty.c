/* SPDX-License-Identifier: MIT */
/*
 * Console input through XIVE (xive-vty.args: ic-mode xive and dual;
 * stdin from xive-vty.stdin): after CAS chose XIVE, the vty's source
 * (from /vdevice/vty "interrupts") is routed to an event queue at
 * priority 5 with its number as EISN, and the program cedes while its
 * interrupt handler, as Linux's, acknowledges through the TIMA, takes
 * the queue's new entries, one H_GET_TERM_CHAR (16 bytes at most) and
 * EOIs through the source's ESB management page.
 * As in QEMU 7.2, the vty triggers its (edge) source when input arrives
 * in its empty 16-byte buffer, so the 35-byte input comes in chunks of
 * 16, 16 and 3 bytes whatever the host's timing. The first chunk may
 * come before the source is routed (its trigger is then dropped: PQ is
 * 01 until the guest sets it): the program reads the vty once itself
 * after routing, with interrupts off, so the first chunk arrives either
 * way; the other two always come by interrupt, one queue entry each.
 * Output compared with QEMU 7.2's.
 */
#include "rt/rt.h"

#define KVMPPC_H_CAS 0xf002
#define H_GET_TERM_CHAR 0x54
#define H_CEDE 0xe0
#define H_INT_GET_SOURCE_INFO 0x3a8
#define H_INT_SET_SOURCE_CONFIG 0x3ac
#define H_INT_SET_QUEUE_CONFIG 0x3b8
#define MSR_EE 0x8000ULL

#define VTY 0x71000000u
#define TIMA_OS (0x0006030203180000ULL + 0x20000)
#define EQ 0x2000000ULL

static uint8_t vec[128] __attribute__((aligned(8)));
static uint8_t buf[0x20000] __attribute__((aligned(8)));
static uint64_t ret[4];
static volatile uint32_t irqs;
static volatile uint16_t acks[4];
static volatile uint32_t entries[4];   /* queue entries per interrupt */
static volatile uint32_t last_entry;
static volatile int nchunks;
static int chunk_len[4];
static int chunk_irq[4];               /* 1: read by the handler */
static uint8_t chunk[4][16];
static uint64_t mgmt;
static unsigned eq_next;               /* the queue's read cursor */
static unsigned eq_gen = 1;

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

static void st8(uint64_t a, uint8_t v)
{
    __asm__ volatile("stb %0,0(%1)" :: "r"(v), "b"(a) : "memory");
}

/* One H_GET_TERM_CHAR into the next chunk (none when it is empty). */
static void read_chunk(int by_irq)
{
    if (nchunks >= 4 || hc(H_GET_TERM_CHAR, VTY, 0, 0, 0, 0) != 0 ||
        ret[0] == 0) {
        return;
    }
    int n = (int)ret[0];
    for (int i = 0; i < n && i < 16; i++) {
        chunk[nchunks][i] = (uint8_t)(ret[1 + i / 8] >> (56 - 8 * (i % 8)));
    }
    chunk_len[nchunks] = n;
    chunk_irq[nchunks] = by_irq;
    nchunks++;
}

/* The queue's entries with the current generation (4K: 1024 slots). */
static uint32_t take_entries(void)
{
    uint32_t n = 0;
    for (;;) {
        uint32_t e = rt_be32((const void *)(uintptr_t)(EQ + 4 * eq_next));
        if ((e >> 31) != eq_gen) {
            return n;
        }
        last_entry = e;
        n++;
        if (++eq_next == 1024) {
            eq_next = 0;
            eq_gen ^= 1;
        }
    }
}

static void hook(uint64_t v, RtFrame *f)
{
    if (v == 0x900) {
        __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
        return;
    }
    if (v != 0x500) {
        rt_printf("unexpected vector %lx at %lx\n", (unsigned long)v,
                  (unsigned long)f->srr0);
        rt_power_off();
    }
    uint16_t a = ld16(TIMA_OS + 0x810);
    uint32_t n = take_entries();
    int before = nchunks;
    read_chunk(1);
    if (nchunks > before) {
        acks[before] = a;
        entries[before] = n;
    }
    ld64(mgmt);                  /* EOI: a chunk queued meanwhile comes */
    st8(TIMA_OS + 0x11, 0xff);   /* CPPR back */
    irqs++;
}

static void cas_xive(void)
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
    rt_printf("cas: rc %ld\n", hc(KVMPPC_H_CAS, (uint64_t)(uintptr_t)vec,
                                  (uint64_t)(uintptr_t)buf, sizeof(buf), 0,
                                  0));
}

static void print_chars(const uint8_t *b, int n)
{
    rt_putc('"');
    for (int i = 0; i < n; i++) {
        if (b[i] == '\r') {
            rt_puts("\\r");
        } else if (b[i] == '\n') {
            rt_puts("\\n");
        } else if (b[i] < 0x20 || b[i] >= 0x7f) {
            rt_printf("\\x%02x", b[i]);
        } else {
            rt_putc((char)b[i]);
        }
    }
    rt_putc('"');
}

int main(void)
{
    uint32_t len;
    const void *p = rt_fdt_prop("/vdevice/vty@71000000", "interrupts", &len);
    uint32_t irq = p ? rt_be32(p) : 0;
    rt_printf("vty interrupts: %x\n", irq);
    cas_xive();
    rt_printf("queue 0/5: %ld\n", hc(H_INT_SET_QUEUE_CONFIG, 1, 0, 5, EQ,
                                     12));
    rt_printf("vty -> 0/5: %ld\n", hc(H_INT_SET_SOURCE_CONFIG, 2, irq, 0, 5,
                                      irq));
    hc(H_INT_GET_SOURCE_INFO, 0, irq, 0, 0, 0);
    mgmt = ret[1];
    rt_printf("pq 00: old %lx\n", (unsigned long)ld64(mgmt + 0xc00));
    st8(TIMA_OS + 0x11, 0xff);
    rt_exception_hook = hook;
    read_chunk(0);               /* a first chunk whose trigger was lost */
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    __asm__ volatile("mtmsrd %0,1" :: "r"(m | MSR_EE) : "memory");

    int end = 0;
    for (int c = 0; !end; c++) {
        unsigned cedes = 0;
        while (nchunks <= c) {
            hc(H_CEDE, 0, 0, 0, 0, 0);
            if (++cedes > 1000000) {
                rt_printf("no interrupt\n");
                return 1;
            }
        }
        rt_printf("chunk %d: %d chars ", c + 1, chunk_len[c]);
        print_chars(chunk[c], chunk_len[c]);
        if (c > 0) {   /* the first may have come either way */
            rt_printf(" by interrupt %d: ack %04x, %u queue entry %08x",
                      chunk_irq[c], acks[c], entries[c], last_entry);
        }
        rt_putc('\n');
        for (int i = 0; i < chunk_len[c]; i++) {
            end |= chunk[c][i] == '\n';
        }
    }
    rt_printf("pq at the end: %lx\n", (unsigned long)ld64(mgmt + 0x800));
    return 0;
}
