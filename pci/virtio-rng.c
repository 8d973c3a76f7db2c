/* SPDX-License-Identifier: MIT */
/*
 * virtio-rng-pci (virtio entropy device, id 4; PCI 1af4:1005, class
 * 0x00ff00, one request queue of 8 as QEMU 7.2): every buffer the
 * driver offers is filled with bytes of the machine's seeded random
 * stream (the one H_RANDOM draws from, so runs and replays repeat,
 * -machine seed= changes it), at most 64 KiB per buffer. QEMU reads a
 * host rng backend instead; its "rng" property is accepted and unused,
 * as spapr-rng's.
 */
#include "core/machine/spapr.h"
#include "virtio-pci.h"

#define RNG_QUEUE_SIZE 8
#define RNG_MAX_PER_BUFFER 0x10000

typedef struct VirtioRng {
    VirtioPci vpci;            /* must be first */
    char *rng;                 /* backend id (accepted, unused: seeded) */
    VqElem *elem;              /* scratch for one request */
} VirtioRng;

static void rng_notify(VirtioPci *v, unsigned q)
{
    VirtioRng *s = (VirtioRng *)v;
    Machine *m = v->pci.dev.machine;
    while (virtio_pci_pop(v, q, s->elem) == VQ_GOT) {
        uint64_t want = MIN(s->elem->in_len, RNG_MAX_PER_BUFFER);
        uint64_t done = 0;
        while (done < want) {
            uint64_t r = spapr_random(m);
            uint8_t b[8];
            for (int i = 0; i < 8; i++) {
                b[i] = (uint8_t)(r >> (8 * i));
            }
            uint64_t n = MIN(8, want - done);
            if (vq_elem_write(&v->vq[q], s->elem, done, b, n) != n) {
                break;
            }
            done += n;
        }
        if (!virtio_pci_push(v, q, s->elem, (uint32_t)done)) {
            return;
        }
    }
    virtio_pci_notify(v, q);
}

static const VirtioDevInfo rng_info = {
    .device_id = 4,
    .class_code = 0x00ff00,
    .legacy_io_size = 0x20,
    .config_size = 0,
    .features = 0,
    .queue_notify = rng_notify,
};

static bool rng_realize(Device *dev, GError **err)
{
    VirtioRng *s = (VirtioRng *)dev;
    static const uint16_t sizes[] = { RNG_QUEUE_SIZE };
    if (!virtio_pci_realize(&s->vpci, &rng_info, 1, sizes, err)) {
        return false;
    }
    s->elem = g_new0(VqElem, 1);
    return true;
}

static void rng_reset(Device *dev)
{
    virtio_pci_reset((VirtioPci *)dev);
}

static void rng_unrealize(Device *dev)
{
    VirtioRng *s = (VirtioRng *)dev;
    virtio_pci_unrealize(&s->vpci);
    g_free(s->elem);
    s->elem = NULL;
}

static const PropDesc rng_props[] = {
    VIRTIO_PCI_PROPS(VirtioRng, 2),
    PROP_STR("rng", VirtioRng, rng, NULL,
             "ID of a rng backend (accepted, unused: the seeded stream)"),
    PROP_END
};

/* Snapshot section: the transport (the entropy stream is the
 * machine's seeded generator, saved with the machine). */
static const SnapField rng_snap_fields[] = {
    SNAP_STRUCT_ARRAY("virtio", VirtioRng, vpci, 1, VirtioPci, &virtio_pci_snap,
                      1),
    SNAP_END
};

static void rng_post_load(void *opaque)
{
    virtio_pci_post_load(opaque);
}

static const SnapSection rng_snap = {
    .name = "virtio-rng", .version = 1, .min_version = 1,
    .fields = rng_snap_fields,
    .post_load = rng_post_load,
    .required = true,
};

const DeviceClass virtio_rng_pci_class = {
    .name = "virtio-rng-pci",
    .alias = "virtio-rng",
    .desc = NULL,
    .category = "Misc",
    .bus = "PCI",
    .size = sizeof(VirtioRng),
    .props = rng_props,
    .user_creatable = true,
    .realize = rng_realize,
    .reset = rng_reset,
    .unrealize = rng_unrealize,
    .snap = &rng_snap,
};
