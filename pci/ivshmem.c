/* SPDX-License-Identifier: MIT */
/*
 * ivshmem-plain (vendor 0x1af4 device 0x1110, revision 1, class 0x0500
 * "RAM"), QEMU's inter-VM shared memory device without doorbell: BAR0
 * the 256-byte register block (IntrMask 0, IntrStatus 4 (read clears),
 * IVPosition 8, Doorbell 12; 32-bit registers in the target's byte
 * order, big-endian for ppc64) and BAR2 the shared memory, a 64-bit
 * prefetchable BAR. The memory comes from a memory backend object
 * (memdev=ID with -object memory-backend-ram/-file, as in QEMU) or,
 * farad's own spelling, from "size" (a power of two) and optionally a
 * host file to map shared ("file").
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/machine/memory-backend.h"
#include "core/machine/platform.h"
#include "pci.h"
#include "spapr-phb.h"

/* The shared memory is one 64-bit BAR: at most a PHB's 64-bit window. */
#define IVSHMEM_MAX_SIZE SPAPR_PCI_MEM64_WIN_SIZE

enum { INTRMASK = 0, INTRSTATUS = 4, IVPOSITION = 8, DOORBELL = 12 };

typedef struct Ivshmem {
    PciDevice pci;              /* must be first */
    uint64_t size;              /* "size" of the shared memory */
    char *file;                 /* "file": host file to map, or NULL */
    char *memdev;               /* "memdev": backend object id, or NULL */
    uint8_t *mem;
    bool mapped;                /* mem is an mmap (always, once realized) */
    uint32_t intrmask, intrstatus;
} Ivshmem;

static uint32_t reg_read(Ivshmem *s, uint64_t off)
{
    uint32_t v;
    switch (off) {
    case INTRMASK:
        return s->intrmask;
    case INTRSTATUS:
        v = s->intrstatus;
        s->intrstatus = 0;
        return v;
    case IVPOSITION:
        return 0;            /* no server: QEMU reads 0 */
    default:
        return 0;
    }
}

/* The device answers 4-byte accesses only; a narrower access reads
 * the leading bytes of the 4-byte register at that offset. */
static uint64_t regs_read(void *opaque, uint64_t off, unsigned size)
{
    uint32_t v = reg_read(opaque, off);
    return size >= 4 ? v : v >> (8 * (4 - size));
}

static void regs_write(void *opaque, uint64_t off, uint64_t val,
                       unsigned size)
{
    Ivshmem *s = opaque;
    uint32_t v = size >= 4 ? (uint32_t)val : (uint32_t)(val << (8 * (4 - size)));
    switch (off) {
    case INTRMASK:
        s->intrmask = v;
        break;
    case INTRSTATUS:
        s->intrstatus = v;
        break;
    default:
        break;   /* doorbell: no peers */
    }
}

static const MemOps regs_ops = {
    .read = regs_read, .write = regs_write,
    .min_size = 1, .max_size = 4, .endian = MEM_BIG,
};

static uint64_t shm_read(void *opaque, uint64_t off, unsigned size)
{
    Ivshmem *s = opaque;
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        v = v << 8 | s->mem[off + i];
    }
    return v;
}

static void shm_write(void *opaque, uint64_t off, uint64_t val,
                      unsigned size)
{
    Ivshmem *s = opaque;
    for (unsigned i = 0; i < size; i++) {
        s->mem[off + i] = (uint8_t)(val >> (8 * (size - 1 - i)));
    }
}

static const MemOps shm_ops = {
    .read = shm_read, .write = shm_write,
    .min_size = 1, .max_size = 8, .endian = MEM_BIG,
};

/* memdev=ID: QEMU's checks (the backend exists, no other ivshmem uses
 * it), then map it. */
static bool use_memdev(Ivshmem *s, GError **err)
{
    Device *dev = &s->pci.dev;
    if (s->size || s->file) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "ivshmem-plain: memdev and size/file exclude each other");
        return false;
    }
    for (Device *o = dev->machine->devices; o; o = o->next) {
        if (o->cls == dev->cls && ((Ivshmem *)o)->memdev &&
            !strcmp(((Ivshmem *)o)->memdev, s->memdev)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "can't use already busy memdev: %s", s->memdev);
            return false;
        }
    }
    MemBackend b = { 0 };
    if (!memory_backend_find(dev->machine, s->memdev, &b, err)) {
        return false;
    }
    s->size = b.size;
    if (s->size > IVSHMEM_MAX_SIZE) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "ivshmem-plain: memdev '%s' size 0x%llx is larger than "
                    "a PHB's 64-bit window (0x%llx)", s->memdev,
                    (unsigned long long)s->size,
                    (unsigned long long)IVSHMEM_MAX_SIZE);
    } else if (s->size & (s->size - 1)) {
        /* QEMU 7.2 aborts on an assertion here; farad refuses */
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "ivshmem-plain: memdev '%s' size 0x%llx is not a power "
                    "of two (a PCI BAR must be)", s->memdev,
                    (unsigned long long)s->size);
    } else {
        s->mem = memory_backend_map(&b, err);
        s->mapped = s->mem != NULL;
    }
    memory_backend_clear(&b);
    return s->mem != NULL;
}

static bool ivshmem_realize(Device *dev, GError **err)
{
    Ivshmem *s = (Ivshmem *)dev;
    if (s->memdev) {
        if (!use_memdev(s, err)) {
            return false;
        }
    } else if (!s->size && !s->file) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "You must specify a 'memdev'");
        return false;
    } else if (!s->size || (s->size & (s->size - 1))) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "ivshmem-plain: size 0x%llx must be a power of two",
                    (unsigned long long)s->size);
        return false;
    } else if (s->size > IVSHMEM_MAX_SIZE) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "ivshmem-plain: size 0x%llx is larger than a PHB's "
                    "64-bit window (0x%llx)", (unsigned long long)s->size,
                    (unsigned long long)IVSHMEM_MAX_SIZE);
        return false;
    }
    if (s->mem) {
        /* from memdev */
    } else if (s->file) {
        int fd = open(s->file, O_RDWR | O_CREAT, 0600);
        if (fd < 0 || ftruncate(fd, (off_t)s->size) < 0) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                        "ivshmem-plain: cannot use file '%s': %s", s->file,
                        g_strerror(errno));
            if (fd >= 0) {
                close(fd);
            }
            return false;
        }
        void *p = mmap(NULL, s->size, PROT_READ | PROT_WRITE, MAP_SHARED,
                       fd, 0);
        close(fd);
        if (p == MAP_FAILED) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                        "ivshmem-plain: cannot map '%s': %s", s->file,
                        g_strerror(errno));
            return false;
        }
        s->mem = p;
        s->mapped = true;
    } else {
        /* zero pages on first touch; a size the host cannot reserve
         * fails here with a message rather than aborting */
        void *p = mmap(NULL, s->size, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                        "ivshmem-plain: cannot allocate 0x%llx bytes: %s",
                        (unsigned long long)s->size, g_strerror(errno));
            return false;
        }
        s->mem = p;
        s->mapped = true;
    }
    if (!pci_device_init(&s->pci, 0x1af4, 0x1110, 0x01, 0x050000, err)) {
        return false;
    }
    pci_register_bar(&s->pci, 0, PCI_BAR_MEM, 256, &regs_ops, s);
    pci_register_bar(&s->pci, 2, PCI_BAR_MEM64 | PCI_BAR_PREFETCH, s->size,
                     &shm_ops, s);
    return true;
}

static void ivshmem_reset(Device *dev)
{
    Ivshmem *s = (Ivshmem *)dev;
    s->intrmask = s->intrstatus = 0;
    pci_device_reset(&s->pci);
}

static void ivshmem_unrealize(Device *dev)
{
    Ivshmem *s = (Ivshmem *)dev;
    pci_device_exit(&s->pci);
    if (s->mapped) {
        munmap(s->mem, s->size);
    } else {
        g_free(s->mem);
    }
    s->mem = NULL;
}

static const PropDesc ivshmem_props[] = {
    PCI_DEVICE_PROPS(Ivshmem),
    PROP_U64("size", Ivshmem, size, 0),
    PROP_STR("memdev", Ivshmem, memdev, NULL,
             "memory backend object id (-object memory-backend-ram/-file)"),
    PROP_STR("file", Ivshmem, file, NULL,
             "host file backing the shared memory (mapped shared)"),
    PROP_END
};

/* Snapshot section: PCI state and the interrupt registers
 * (the shared memory is the host file's or backend's, not saved). */
static const SnapField ivshmem_snap_fields[] = {
    SNAP_STRUCT_ARRAY("pci", Ivshmem, pci, 1, PciDevice, &pci_device_snap,
                      1),
    SNAP_U32("intrmask", Ivshmem, intrmask, 1),
    SNAP_U32("intrstatus", Ivshmem, intrstatus, 1),
    SNAP_END
};

static void ivshmem_post_load(void *opaque)
{
    pci_device_post_load(opaque);
}

static const SnapSection ivshmem_snap = {
    .name = "ivshmem", .version = 1, .min_version = 1,
    .fields = ivshmem_snap_fields,
    .post_load = ivshmem_post_load,
    .required = true,
};

const DeviceClass ivshmem_plain_class = {
    .name = "ivshmem-plain",
    .desc = "Inter-VM shared memory",
    .category = "Misc",
    .bus = "PCI",
    .size = sizeof(Ivshmem),
    .props = ivshmem_props,
    .user_creatable = true,
    .realize = ivshmem_realize,
    .reset = ivshmem_reset,
    .unrealize = ivshmem_unrealize,
    .snap = &ivshmem_snap,
};
