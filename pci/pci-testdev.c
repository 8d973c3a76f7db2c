/* SPDX-License-Identifier: MIT */
/*
 * pci-testdev (vendor 0x1b36 device 0x0005, class 0xff00), QEMU's PCI
 * test device as docs/specs/pci-testdev.rst describes it: BAR0 a 4 KiB
 * memory BAR and BAR1 a 256-byte I/O BAR, each starting with the test
 * header {u8 test; u8 width; u8 pad[2]; le32 offset; u8 data; u8
 * pad[3]; le32 count; char name[]}. Writing a test number (0..2) to
 * byte 0 selects a test of that BAR's type ("mmio-"/"portio-" +
 * "no-eventfd", "wildcard-eventfd", "datamatch-eventfd"); writes of one
 * byte at the test's offset (2048 + n for memory, 128 + n for I/O)
 * count for the no-eventfd tests when the byte is their data (0xfa);
 * the eventfd tests' writes go to an
 * ioeventfd in QEMU and never count. Accesses
 * are split into bytes, little-endian, as QEMU's byte-wide device. The
 * optional BAR2 ("membar" bytes, 64-bit prefetchable) has no storage.
 */
#include <string.h>

#include "pci.h"

#define NTESTS 3
#define MEM_TEST_OFF 2048
#define IO_TEST_OFF 128

typedef struct PciTestDev {
    PciDevice pci;              /* must be first */
    uint64_t membar;            /* "membar" size, 0: no BAR2 */
    int current;                /* -1: no test selected */
    uint32_t count[2 * NTESTS];
} PciTestDev;

static const char *const test_names[NTESTS] = {
    "no-eventfd", "wildcard-eventfd", "datamatch-eventfd",
};

/* Test t = type * 3 + n: type 0 memory, 1 I/O. */
static uint8_t header_byte(PciTestDev *s, int t, uint64_t addr)
{
    char name[40];
    snprintf(name, sizeof(name), "%s-%s", t < NTESTS ? "mmio" : "portio",
             test_names[t % NTESTS]);
    uint64_t bufsize = 16 + strlen(name) + 1;
    uint32_t offset = (uint32_t)((t < NTESTS ? MEM_TEST_OFF : IO_TEST_OFF) + t);
    if (addr + 1 >= bufsize) {
        return 0;
    }
    switch (addr) {
    case 0: return (uint8_t)t;
    case 1: return 1;   /* access width */
    case 4: case 5: case 6: case 7:
        return (uint8_t)(offset >> (8 * (addr - 4)));
    case 8: return t % NTESTS == 1 ? 0xce : 0xfa;
    case 12: case 13: case 14: case 15:
        return (uint8_t)(s->count[t] >> (8 * (addr - 12)));
    default:
        return addr >= 16 ? (uint8_t)name[addr - 16] : 0;
    }
}

static void byte_write(PciTestDev *s, uint64_t addr, uint8_t val, int type)
{
    if (addr == 0) {
        s->current = -1;
        if (val >= NTESTS) {
            return;
        }
        s->current = type * NTESTS + val;
        s->count[s->current] = 0;
        return;
    }
    if (s->current < 0) {
        return;
    }
    int t = s->current;
    uint32_t offset = (uint32_t)((t < NTESTS ? MEM_TEST_OFF : IO_TEST_OFF) + t);
    if (addr != offset) {
        return;
    }
    if (t % NTESTS != 0) {
        /* the eventfd tests: QEMU hands matching writes to an ioeventfd
         * (wildcard: all of them) and the device never sees them; a
         * non-matching write reaches the device, which ignores it. The
         * counter stays 0 (as qemu-system-ppc64 7.2 shows under TCG). */
        return;
    }
    if (val != 0xfa) {
        return;   /* no-eventfd matches its data byte too */
    }
    s->count[t]++;
}

static uint64_t testdev_read(void *opaque, uint64_t addr, unsigned size)
{
    PciTestDev *s = opaque;
    uint64_t v = 0;
    for (unsigned i = 0; i < size && s->current >= 0; i++) {
        v |= (uint64_t)header_byte(s, s->current, addr + i) << (8 * i);
    }
    return v;
}

static void mmio_write(void *opaque, uint64_t addr, uint64_t val,
                       unsigned size)
{
    for (unsigned i = 0; i < size; i++) {
        byte_write(opaque, addr + i, (uint8_t)(val >> (8 * i)), 0);
    }
}

static void pio_write(void *opaque, uint64_t addr, uint64_t val,
                      unsigned size)
{
    for (unsigned i = 0; i < size; i++) {
        byte_write(opaque, addr + i, (uint8_t)(val >> (8 * i)), 1);
    }
}

static const MemOps mmio_ops = {
    .read = testdev_read, .write = mmio_write,
    .min_size = 1, .max_size = 4, .endian = MEM_LITTLE,
};

static const MemOps pio_ops = {
    .read = testdev_read, .write = pio_write,
    .min_size = 1, .max_size = 4, .endian = MEM_LITTLE,
};

/* BAR2: no storage behind it (reads 0, writes dropped). */
static uint64_t membar_read(void *opaque, uint64_t addr, unsigned size)
{
    (void)opaque, (void)addr, (void)size;
    return 0;
}

static const MemOps membar_ops = {
    .read = membar_read, .write = NULL,
    .min_size = 1, .max_size = 8, .endian = MEM_LITTLE,
};

static void testdev_reset(PciDevice *d)
{
    ((PciTestDev *)d)->current = -1;
}

static bool testdev_realize(Device *dev, GError **err)
{
    PciTestDev *s = (PciTestDev *)dev;
    if (s->membar & (s->membar - 1)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "pci-testdev: membar size 0x%llx is not a power of two",
                    (unsigned long long)s->membar);
        return false;
    }
    if (!pci_device_init(&s->pci, 0x1b36, 0x0005, 0x00, 0x00ff00, err)) {
        return false;
    }
    s->current = -1;
    pci_register_bar(&s->pci, 0, PCI_BAR_MEM, 2 * MEM_TEST_OFF, &mmio_ops, s);
    pci_register_bar(&s->pci, 1, PCI_BAR_IO, 2 * IO_TEST_OFF, &pio_ops, s);
    if (s->membar) {
        pci_register_bar(&s->pci, 2, PCI_BAR_MEM64 | PCI_BAR_PREFETCH,
                         s->membar, &membar_ops, s);
    }
    s->pci.reset_hook = testdev_reset;
    return true;
}

static void testdev_device_reset(Device *dev)
{
    pci_device_reset((PciDevice *)dev);
}

static void testdev_unrealize(Device *dev)
{
    pci_device_exit((PciDevice *)dev);
}

static const PropDesc testdev_props[] = {
    PCI_DEVICE_PROPS(PciTestDev),
    PROP_U64("membar", PciTestDev, membar, 0),
    PROP_END
};

/* Snapshot section: PCI state, the selected test and the
 * hit counters. */
static const SnapField testdev_snap_fields[] = {
    SNAP_STRUCT_ARRAY("pci", PciTestDev, pci, 1, PciDevice, &pci_device_snap,
                      1),
    { .name = "current", .type = SNAP_TYPE_I32,
      .offset = offsetof(PciTestDev, current), .count = 1, .since = 1,
      .flags = SNAP_F_RANGE, .lo = -1, .hi = NTESTS * 2 - 1 },
    SNAP_U32_ARRAY("count", PciTestDev, count, 2 * NTESTS, 1),
    SNAP_END
};

static void testdev_post_load(void *opaque)
{
    pci_device_post_load(opaque);
}

static const SnapSection testdev_snap = {
    .name = "pci-testdev", .version = 1, .min_version = 1,
    .fields = testdev_snap_fields,
    .post_load = testdev_post_load,
    .required = true,
};

const DeviceClass pci_testdev_class = {
    .name = "pci-testdev",
    .desc = "PCI Test Device",
    .category = "Misc",
    .bus = "PCI",
    .size = sizeof(PciTestDev),
    .props = testdev_props,
    .user_creatable = true,
    .realize = testdev_realize,
    .reset = testdev_device_reset,
    .unrealize = testdev_unrealize,
    .snap = &testdev_snap,
};
