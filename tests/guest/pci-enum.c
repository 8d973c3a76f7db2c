/*
 * PCI enumeration through RTAS on every PHB of the device tree: reads
 * each PHB's BUID (reg) and windows (ranges), scans slots 0..31 with
 * ibm,read-pci-config, sizes every BAR, assigns I/O BARs in the I/O
 * window, 32-bit BARs in the 32-bit window and 64-bit BARs in the 64-bit
 * window, enables decoding, then drives pci-testdev (test headers and
 * counters through memory and I/O) and ivshmem-plain (registers, shared
 * memory write/read-back) through the windows with H_LOGICAL_CI_LOAD /
 * STORE. Also checks the RTAS error answers. Run with pci-enum.args.
 */
#include "rt/rt.h"

#define H_LOGICAL_CI_LOAD 0x3c
#define H_LOGICAL_CI_STORE 0x40

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

static uint32_t tok_read, tok_write, tok_read_nobuid;

static int cfg_read(uint64_t buid, uint32_t addr, uint32_t size, uint32_t *v)
{
    uint32_t a[4] = { addr, (uint32_t)(buid >> 32), (uint32_t)buid, size };
    uint32_t r[2] = { 0, 0 };
    rt_rtas_call(tok_read, 4, 2, a, r);
    *v = r[1];
    return (int)r[0];
}

static int cfg_write(uint64_t buid, uint32_t addr, uint32_t size, uint32_t v)
{
    uint32_t a[5] = { addr, (uint32_t)(buid >> 32), (uint32_t)buid, size, v };
    uint32_t r[1] = { 0 };
    rt_rtas_call(tok_write, 5, 1, a, r);
    return (int)r[0];
}

typedef struct Window {
    uint64_t pci, cpu, size, next;
} Window;

typedef struct Phb {
    char path[48];
    uint64_t buid;
    Window io, m32, m64;
} Phb;

static uint64_t cells2(const uint8_t *p)
{
    return (uint64_t)rt_be32(p) << 32 | rt_be32(p + 4);
}

static void read_phb(Phb *h, const char *name)
{
    uint32_t len;
    memset(h, 0, sizeof(*h));
    h->path[0] = '/';
    memcpy(h->path + 1, name, strlen(name) + 1);
    const uint8_t *reg = rt_fdt_prop(h->path, "reg", &len);
    h->buid = cells2(reg);
    const uint8_t *r = rt_fdt_prop(h->path, "ranges", &len);
    for (uint32_t off = 0; off + 28 <= len; off += 28) {
        uint32_t ss = (rt_be32(r + off) >> 24) & 3;
        Window w = { cells2(r + off + 4), cells2(r + off + 12),
                     cells2(r + off + 20), 0 };
        w.next = w.pci;
        if (ss == 1) {
            h->io = w;
            h->io.next = 0x1000;   /* leave the legacy range free */
        } else if (ss == 2) {
            h->m32 = w;
        } else if (ss == 3) {
            h->m64 = w;
        }
    }
    rt_printf("%s buid %llx\n", h->path, (unsigned long long)h->buid);
    rt_printf("  io  pci %llx cpu %llx size %llx\n", h->io.pci, h->io.cpu,
              h->io.size);
    rt_printf("  m32 pci %llx cpu %llx size %llx\n", h->m32.pci, h->m32.cpu,
              h->m32.size);
    rt_printf("  m64 pci %llx cpu %llx size %llx\n", h->m64.pci, h->m64.cpu,
              h->m64.size);
}

static uint64_t alloc(Window *w, uint64_t size)
{
    uint64_t a = (w->next + size - 1) & ~(size - 1);
    if (!w->size || a + size > w->pci + w->size) {
        return 0;
    }
    w->next = a + size;
    return a;
}

static uint64_t bar_cpu[6];
static int bar_io[6];

static void testdev(uint64_t base, int io)
{
    const char *what = io ? "portio" : "mmio";
    for (uint32_t t = 0; t < 4; t++) {
        ci_store(1, base, t);
        uint32_t off = (uint32_t)__builtin_bswap32((uint32_t)ci_load(4, base + 4));
        uint8_t width = (uint8_t)ci_load(1, base + 1);
        uint8_t data = (uint8_t)ci_load(1, base + 8);
        char name[32];
        int i;
        for (i = 0; i < 31; i++) {
            name[i] = (char)ci_load(1, base + 16 + i);
            if (!name[i]) {
                break;
            }
        }
        name[i] = 0;
        if (!width) {
            rt_printf("    %s test %u: none\n", what, t);
            break;
        }
        ci_store(1, base + off, data);
        ci_store(1, base + off, data ^ 1);
        ci_store(1, base + off, data);
        uint32_t count = __builtin_bswap32((uint32_t)ci_load(4, base + 12));
        rt_printf("    %s test %u '%s' width %u offset %x data %x count %u\n",
                  what, t, name, width, off, data, count);
    }
}

static void device(Phb *h, unsigned slot)
{
    uint32_t cfg = slot << 11, v, cls, hdr, cmd;
    cfg_read(h->buid, cfg, 4, &v);
    cfg_read(h->buid, cfg + 8, 4, &cls);
    cfg_read(h->buid, cfg + 0xc, 4, &hdr);
    cfg_read(h->buid, cfg + 4, 4, &cmd);
    rt_printf("  %02x.0 %04x:%04x class %06x rev %02x hdr %02x cmd/sts %08x\n",
              slot, v & 0xffff, v >> 16, cls >> 8, cls & 0xff,
              (hdr >> 16) & 0xff, cmd);
    uint32_t sub, pin, cap;
    cfg_read(h->buid, cfg + 0x2c, 4, &sub);
    cfg_read(h->buid, cfg + 0x3c, 4, &pin);
    cfg_read(h->buid, cfg + 0x34, 1, &cap);
    rt_printf("    subsys %08x int %08x cap %02x\n", sub, pin, cap);
    for (int n = 0; n < 6; n++) {
        bar_cpu[n] = 0;
        bar_io[n] = 0;
        uint32_t reg = cfg + 0x10 + 4 * (uint32_t)n, orig, lo, hi = 0;
        cfg_read(h->buid, reg, 4, &orig);
        cfg_write(h->buid, reg, 4, 0xffffffff);
        cfg_read(h->buid, reg, 4, &lo);
        if (!lo) {
            cfg_write(h->buid, reg, 4, orig);
            continue;
        }
        int io = lo & 1, is64 = !io && (lo & 6) == 4;
        uint64_t mask = io ? (lo & ~3u) | 0xffffffff00000000ULL
                           : (lo & ~0xfu);
        if (is64) {
            cfg_write(h->buid, reg + 4, 4, 0xffffffff);
            cfg_read(h->buid, reg + 4, 4, &hi);
            mask |= (uint64_t)hi << 32;
        } else if (!io) {
            mask |= 0xffffffff00000000ULL;
        }
        uint64_t size = ~mask + 1;
        if (io) {
            size &= 0xffffffff;
        }
        Window *w = io ? &h->io : is64 ? &h->m64 : &h->m32;
        uint64_t a = alloc(w, size);
        cfg_write(h->buid, reg, 4, (uint32_t)a | (lo & (io ? 1 : 0xf)));
        if (is64) {
            cfg_write(h->buid, reg + 4, 4, (uint32_t)(a >> 32));
        }
        uint32_t back;
        cfg_read(h->buid, reg, 4, &back);
        rt_printf("    bar%d %s%s size %llx at pci %llx (reads %08x)\n", n,
                  io ? "io" : is64 ? "mem64" : "mem32",
                  !io && (lo & 8) ? " pref" : "", size, a, back);
        bar_cpu[n] = w->cpu + (a - w->pci);
        bar_io[n] = io;
        if (is64) {
            n++;
        }
    }
    cfg_write(h->buid, cfg + 4, 2, 3);   /* I/O and memory decoding */
    if ((v & 0xffff) == 0x1b36 && (v >> 16) == 5) {
        for (int n = 0; n < 2; n++) {
            if (bar_cpu[n]) {
                testdev(bar_cpu[n], bar_io[n]);
            }
        }
    }
    if ((v & 0xffff) == 0x1af4 && (v >> 16) == 0x1110) {
        uint64_t r = bar_cpu[0], m = bar_cpu[2];
        rt_printf("    ivshmem mask %x status %x ivpos %x\n",
                  (uint32_t)ci_load(4, r), (uint32_t)ci_load(4, r + 4),
                  (uint32_t)ci_load(4, r + 8));
        ci_store(4, r, 0x12345678);
        rt_printf("    ivshmem mask now %x\n", (uint32_t)ci_load(4, r));
        for (int i = 0; i < 4; i++) {
            ci_store(8, m + 0x1000 * (uint64_t)i, 0x1122334455667788ULL + i);
        }
        ci_store(1, m + 3, 0xab);
        for (int i = 0; i < 4; i++) {
            rt_printf("    shm[%x] = %llx\n", 0x1000 * i,
                      ci_load(8, m + 0x1000 * (uint64_t)i));
        }
        rt_printf("    shm byte 3 = %x, word 0 = %x\n",
                  (uint32_t)ci_load(1, m + 3), (uint32_t)ci_load(4, m));
    }
    cfg_write(h->buid, cfg + 4, 2, 0);   /* decoding off again */
    cfg_read(h->buid, cfg + 4, 2, &cmd);
    rt_printf("    cmd after disable %04x\n", cmd);
}

int main(void)
{
    tok_read = rt_rtas_token("ibm,read-pci-config");
    tok_write = rt_rtas_token("ibm,write-pci-config");
    tok_read_nobuid = rt_rtas_token("read-pci-config");
    const char *name;
    int nphb = 0;
    for (int i = 0; (name = rt_fdt_child("/", i)) != 0; i++) {
        if (name[0] != 'p' || name[1] != 'c' || name[2] != 'i' ||
            name[3] != '@') {
            continue;
        }
        Phb h;
        read_phb(&h, name);
        nphb++;
        for (unsigned slot = 0; slot < 32; slot++) {
            uint32_t v;
            if (cfg_read(h.buid, slot << 11, 4, &v) != 0) {
                continue;
            }
            device(&h, slot);
        }
        /* RTAS errors: empty slot, size, alignment, bus, BUID */
        uint32_t v;
        rt_printf("  errors: empty %d size3 %d align %d ext %d bus1 %d "
                  "buid %d\n", cfg_read(h.buid, 31 << 11, 4, &v),
                  cfg_read(h.buid, 0, 3, &v), cfg_read(h.buid, 2, 4, &v),
                  cfg_read(h.buid, 0x10000000, 4, &v),
                  cfg_read(h.buid, 0x10000, 4, &v),
                  cfg_read(h.buid + 0x100, 0, 4, &v));
    }
    uint32_t a[2] = { 0, 4 }, r[2] = { 0, 0 };
    rt_rtas_call(tok_read_nobuid, 2, 2, a, r);
    rt_printf("read-pci-config without BUID: %d\n", (int)r[0]);
    rt_printf("%d PHBs\n", nphb);
    return 0;
}
