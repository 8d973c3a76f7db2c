/* SPDX-License-Identifier: MIT */
/*
 * spapr-nvram: the partition's 64 KiB non-volatile RAM on the VIO bus
 * (qemu,spapr-nvram), read and written by the nvram-fetch/nvram-store
 * RTAS calls. Without a backing drive it starts zeroed at power-on and
 * keeps its contents across a guest reboot, as QEMU's does.
 */
#include <libfdt.h>
#include <string.h>

#include "platform.h"
#include "spapr.h"

#define NVRAM_DEFAULT_SIZE 0x10000

struct SpaprNvram {
    SpaprVioDevice vio;   /* must be first */
    char *drive;          /* backing drive (not supported yet) */
    uint32_t size;        /* bytes */
    uint8_t *buf;
};

static const PropDesc nvram_props[] = {
    PROP_U32("reg", SpaprNvram, vio.reg, UINT32_MAX),
    PROP_STR("drive", SpaprNvram, drive, NULL,
             "Node name or ID of a block device to use as a backend"),
    PROP_END
};

static const SnapField nvram_fields[] = {
    SNAP_U32_EQUAL("size", SpaprNvram, size, 1),
    SNAP_BUFFER("buf", SpaprNvram, buf, size, 1),
    SNAP_END
};

static const SnapSection nvram_snap = {
    .name = "spapr_nvram", .version = 1, .min_version = 1,
    .fields = nvram_fields,
};

static bool nvram_realize(Device *d, GError **err)
{
    SpaprNvram *n = (SpaprNvram *)d;
    if (n->drive) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "spapr-nvram: drive=%s: block backends are not "
                    "supported yet", n->drive);
        return false;
    }
    n->size = NVRAM_DEFAULT_SIZE;
    n->buf = g_malloc0(n->size);
    return spapr_vio_realize(&n->vio, err);
}

static void nvram_unrealize(Device *d)
{
    g_free(((SpaprNvram *)d)->buf);
}

static int nvram_fdt(Device *d, void *fdt)
{
    SpaprNvram *n = (SpaprNvram *)d;
    int rc = fdt_property_u32(fdt, "#bytes", n->size);
    if (rc < 0) {
        return rc;
    }
    return spapr_vio_fdt_common(&n->vio, fdt, "nvram", "qemu,spapr-nvram");
}

const DeviceClass spapr_nvram_class = {
    .name = "spapr-nvram",
    .desc = "sPAPR non-volatile RAM",
    .size = sizeof(SpaprNvram),
    .props = nvram_props,
    .snap = &nvram_snap,
    .user_creatable = false,   /* the machine always creates one */
    .vio = true,
    .realize = nvram_realize,
    .unrealize = nvram_unrealize,
    .build_fdt = nvram_fdt,
};

SpaprNvram *spapr_nvram_find(Machine *m)
{
    return (SpaprNvram *)device_find(m, "spapr-nvram");
}

uint32_t spapr_nvram_size(SpaprNvram *n)
{
    return n->size;
}

uint8_t *spapr_nvram_data(SpaprNvram *n)
{
    return n->buf;
}
