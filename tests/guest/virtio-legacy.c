/*
 * Legacy (virtio 0.9.5) drivers for virtio-serial-pci and virtio-rng-pci
 * on PHB 0, in the CPU's own byte order: the big-endian build lays its
 * rings, control messages and reads of the device config out big-
 * endian, the little-endian build little-endian, as a legacy driver of
 * either kind does (virtio 1.x 7.2: the guest's native order, which the
 * device takes from the CPU that resets it). Assigns BAR0 in the I/O
 * window through RTAS config access, then through H_LOGICAL_CI_LOAD /
 * STORE (big-endian accesses of little-endian registers): reset, the
 * host features, the serial config byte by byte, the control queues
 * with DEVICE_READY and the device's PORT_ADD answers as raw bytes, a
 * buffer of entropy returned on the used ring; the used ring's entries
 * read natively. Run with virtio-legacy.args.
 */
#include "rt/rt.h"

#define H_LOGICAL_CI_LOAD 0x3c
#define H_LOGICAL_CI_STORE 0x40

/* Legacy header (MSI-X off): the device config at 0x14. */
enum {
    LG_HOST_F = 0x00, LG_GUEST_F = 0x04, LG_PFN = 0x08, LG_NUM = 0x0c,
    LG_SEL = 0x0e, LG_NOTIFY = 0x10, LG_STATUS = 0x12, LG_ISR = 0x13,
    LG_CFG = 0x14,
};

static uint64_t ci_load(unsigned size, uint64_t addr)
{
    register uint64_t r3 __asm__("r3") = H_LOGICAL_CI_LOAD;
    register uint64_t r4 __asm__("r4") = size;
    register uint64_t r5 __asm__("r5") = addr;
    __asm__ volatile("sc 1" : "+r"(r3), "+r"(r4), "+r"(r5) :
                     : "r0", "r6", "r7", "r8", "r9", "r10", "r11", "r12",
                       "cr0", "ctr", "memory");
    return r3 == 0 ? r4 : 0xdeadULL;
}

static void ci_store(unsigned size, uint64_t addr, uint64_t val)
{
    rt_hcall(H_LOGICAL_CI_STORE, size, addr, val, 0, 0);
}

/* Little-endian registers through the big-endian hcall accesses. */
static uint32_t reg_rd(uint64_t io, unsigned off, unsigned size)
{
    uint64_t v = ci_load(size, io + off);
    return size == 1 ? (uint32_t)v
           : size == 2 ? __builtin_bswap16((uint16_t)v)
           : __builtin_bswap32((uint32_t)v);
}

static void reg_wr(uint64_t io, unsigned off, unsigned size, uint32_t v)
{
    ci_store(size, io + off, size == 1 ? v
             : size == 2 ? __builtin_bswap16((uint16_t)v)
             : __builtin_bswap32(v));
}

static uint32_t tok_read, tok_write;

static void cfg_read(uint64_t buid, uint32_t addr, uint32_t size, uint32_t *v)
{
    uint32_t a[4] = { addr, (uint32_t)(buid >> 32), (uint32_t)buid, size };
    uint32_t r[2] = { 0, 0 };
    rt_rtas_call(tok_read, 4, 2, a, r);
    *v = r[1];
}

static void cfg_write(uint64_t buid, uint32_t addr, uint32_t size, uint32_t v)
{
    uint32_t a[5] = { addr, (uint32_t)(buid >> 32), (uint32_t)buid, size, v };
    uint32_t r[1] = { 0 };
    rt_rtas_call(tok_write, 5, 1, a, r);
}

static uint64_t cells2(const uint8_t *p)
{
    return (uint64_t)rt_be32(p) << 32 | rt_be32(p + 4);
}

/* ---- split rings in the CPU's byte order ---- */

typedef struct Desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags, next;
} Desc;

typedef struct Ring {
    unsigned q;
    uint16_t num, avail_idx, seen;
    Desc *desc;
    volatile uint16_t *avail;    /* flags, idx, ring[num] */
    volatile uint8_t *used;      /* flags, idx, { u32 id, len }[num] */
} Ring;

/* Rings of up to 128 entries: 4 pages each (4.1.4.8's layout). */
static uint8_t ring_mem[4][4 * 4096] __attribute__((aligned(4096)));
static uint8_t bufs[8][64] __attribute__((aligned(64)));

static void ring_setup(uint64_t io, unsigned q, unsigned slot, Ring *r)
{
    reg_wr(io, LG_SEL, 2, q);
    r->q = q;
    r->num = (uint16_t)reg_rd(io, LG_NUM, 2);
    r->avail_idx = r->seen = 0;
    uint8_t *base = ring_mem[slot];
    memset(base, 0, sizeof(ring_mem[slot]));
    r->desc = (Desc *)base;
    r->avail = (volatile uint16_t *)(base + 16 * r->num);
    uint64_t used = ((uint64_t)(base + 16 * r->num + 4 + 2 * r->num) + 4095)
                    & ~4095ULL;
    r->used = (volatile uint8_t *)used;
    reg_wr(io, LG_PFN, 4, (uint32_t)((uint64_t)base >> 12));
    rt_printf("  queue %u size %u pfn %s\n", q, r->num,
              reg_rd(io, LG_PFN, 4) == (uint64_t)base >> 12 ? "ok" : "bad");
}

/* Offer one buffer (device-writable or not) and notify. */
static void ring_offer(uint64_t io, Ring *r, void *buf, uint32_t len,
                       int writable)
{
    uint16_t d = r->avail_idx % r->num;
    r->desc[d].addr = (uint64_t)buf;
    r->desc[d].len = len;
    r->desc[d].flags = writable ? 2 : 0;
    r->desc[d].next = 0;
    r->avail[2 + r->avail_idx % r->num] = d;
    __asm__ volatile("sync" ::: "memory");
    r->avail[1] = ++r->avail_idx;
    __asm__ volatile("sync" ::: "memory");
    reg_wr(io, LG_NOTIFY, 2, r->q);
}

/* Wait (a bounded spin: QEMU may answer from its main loop) until the
 * used index reaches n. */
static void ring_wait(Ring *r, uint16_t n)
{
    for (long i = 0; i < 20000000; i++) {
        if ((uint16_t)(*(volatile uint16_t *)(r->used + 2) - n) < 0x8000) {
            return;
        }
    }
}

/* The next used entry (native loads): 0 when none. */
static int ring_used(Ring *r, uint32_t *id, uint32_t *len)
{
    uint16_t idx = *(volatile uint16_t *)(r->used + 2);
    if (idx == r->seen) {
        return 0;
    }
    volatile uint8_t *e = r->used + 4 + 8 * (r->seen++ % r->num);
    *id = *(volatile uint32_t *)e;
    *len = *(volatile uint32_t *)(e + 4);
    return 1;
}

static void dump(const char *what, const volatile uint8_t *p, unsigned n)
{
    rt_printf("  %s", what);
    for (unsigned i = 0; i < n; i++) {
        rt_printf(" %02x", p[i]);
    }
    rt_printf("\n");
}

/* Reset from this CPU, ACKNOWLEDGE | DRIVER, features. */
static void start(uint64_t io, uint32_t features)
{
    reg_wr(io, LG_STATUS, 1, 0);
    rt_printf("  status after reset %x\n", reg_rd(io, LG_STATUS, 1));
    reg_wr(io, LG_STATUS, 1, 1 | 2);
    rt_printf("  host features %08x\n", reg_rd(io, LG_HOST_F, 4));
    reg_wr(io, LG_GUEST_F, 4, features);
    rt_printf("  guest features %08x\n", reg_rd(io, LG_GUEST_F, 4));
}

static void serial(uint64_t io)
{
    start(io, 1u << 1);                  /* MULTIPORT */
    uint8_t cfg[12];
    for (unsigned i = 0; i < 12; i++) {
        cfg[i] = (uint8_t)reg_rd(io, LG_CFG + i, 1);
    }
    dump("config bytes", cfg, 12);
    rt_printf("  max_nr_ports (4-byte read) %u, native %u\n",
              reg_rd(io, LG_CFG + 4, 4), *(uint32_t *)(cfg + 4));
    Ring rx, tx;
    ring_setup(io, 2, 0, &rx);
    ring_setup(io, 3, 1, &tx);
    reg_wr(io, LG_STATUS, 1, 1 | 2 | 4);
    for (int i = 0; i < 4; i++) {
        memset(bufs[i], 0xee, 64);
        ring_offer(io, &rx, bufs[i], 64, 1);
    }
    struct { uint32_t id; uint16_t event, value; } ready = { 0, 0, 1 };
    memcpy(bufs[4], &ready, 8);
    ring_offer(io, &tx, bufs[4], 8, 0);
    ring_wait(&tx, 1);
    ring_wait(&rx, 1);
    uint32_t id, len;
    while (ring_used(&tx, &id, &len)) {
        rt_printf("  tx used id %u len %u\n", id, len);
    }
    while (ring_used(&rx, &id, &len)) {
        rt_printf("  rx used id %u len %u:", id, len);
        for (uint32_t i = 0; i < len && i < 8; i++) {
            rt_printf(" %02x", bufs[id][i]);
        }
        uint32_t mid = *(uint32_t *)bufs[id];
        uint16_t ev = *(uint16_t *)(bufs[id] + 4);
        uint16_t val = *(uint16_t *)(bufs[id] + 6);
        rt_printf(" = id %u event %u value %u\n", mid, ev, val);
    }
    rt_printf("  isr %x\n", reg_rd(io, LG_ISR, 1));
}

static void rng(uint64_t io)
{
    start(io, 0);
    Ring q;
    ring_setup(io, 0, 2, &q);
    reg_wr(io, LG_STATUS, 1, 1 | 2 | 4);
    ring_offer(io, &q, bufs[5], 16, 1);
    ring_offer(io, &q, bufs[6], 32, 1);
    ring_wait(&q, 2);
    uint32_t id, len;
    while (ring_used(&q, &id, &len)) {
        rt_printf("  used id %u len %u\n", id, len);
    }
    rt_printf("  isr %x\n", reg_rd(io, LG_ISR, 1));
}

int main(void)
{
    tok_read = rt_rtas_token("ibm,read-pci-config");
    tok_write = rt_rtas_token("ibm,write-pci-config");
    const char *name = 0;
    for (int i = 0; (name = rt_fdt_child("/", i)) != 0; i++) {
        if (name[0] == 'p' && name[1] == 'c' && name[2] == 'i' &&
            name[3] == '@') {
            break;
        }
    }
    if (!name) {
        rt_printf("no PHB\n");
        return 1;
    }
    char path[48] = "/";
    memcpy(path + 1, name, strlen(name) + 1);
    uint32_t len;
    uint64_t buid = cells2(rt_fdt_prop(path, "reg", &len));
    const uint8_t *r = rt_fdt_prop(path, "ranges", &len);
    uint64_t io_cpu = 0;
    for (uint32_t off = 0; off + 28 <= len; off += 28) {
        if (((rt_be32(r + off) >> 24) & 3) == 1) {
            io_cpu = cells2(r + off + 12);
        }
    }
    union { uint16_t u; uint8_t b[2]; } order = { .u = 0x0102 };
    rt_printf("%s, the CPU %s-endian\n", path,
              order.b[0] == 1 ? "big" : "little");
    uint32_t next_io = 0x1000;
    for (unsigned slot = 0; slot < 32; slot++) {
        uint32_t cfg = slot << 11, v;
        cfg_read(buid, cfg, 4, &v);
        if ((v & 0xffff) != 0x1af4 || ((v >> 16) != 0x1003 &&
                                       (v >> 16) != 0x1005)) {
            continue;
        }
        cfg_write(buid, cfg + 0x10, 4, next_io | 1);
        cfg_write(buid, cfg + 4, 2, 0x5);   /* I/O, bus master */
        uint64_t io = io_cpu + next_io;
        next_io += 0x1000;
        rt_printf("%02x.0 %04x:%04x\n", slot, v & 0xffff, v >> 16);
        if ((v >> 16) == 0x1003) {
            serial(io);
        } else {
            rng(io);
        }
        reg_wr(io, LG_STATUS, 1, 0);
        rt_printf("  reset: status %x\n", reg_rd(io, LG_STATUS, 1));
    }
    return 0;
}
