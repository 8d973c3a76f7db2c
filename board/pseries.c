/* SPDX-License-Identifier: MIT */
/*
 * The pseries board (board.h): the device classes of core/ and pci/, the
 * hypercall and RTAS tables built from base/hcalls.def and
 * base/rtas-calls.def with the handlers of core/ and pci/, and the
 * default devices. Adding a device: its class here; a hypercall or RTAS
 * call: its row in the .def file (the handler's declaration must be
 * visible here).
 */
#include "board.h"
#include "core/machine/smp.h"
#include "pci/spapr-phb.h"
#include "pci/virtio-blk.h"

extern const DeviceClass spapr_vty_class;       /* core/machine/spapr-vty.c */
extern const DeviceClass spapr_nvram_class;     /* core/machine/spapr-nvram.c */
extern const DeviceClass spapr_vlan_class;      /* core/machine/spapr-vlan.c */
extern const DeviceClass spapr_rng_class;       /* core/machine/spapr-rng.c */
extern const DeviceClass spapr_vscsi_class;     /* core/machine/spapr-vscsi.c */
extern const DeviceClass scsi_hd_class;         /* core/machine/scsi-disk.c */
extern const DeviceClass scsi_cd_class;         /* core/machine/scsi-disk.c */
extern const DeviceClass generic_loader_class;  /* core/machine/generic-loader.c */
extern const DeviceClass spapr_machine_class;   /* core/machine/spapr.c */
extern const DeviceClass pci_testdev_class;     /* pci/pci-testdev.c */
extern const DeviceClass ivshmem_plain_class;   /* pci/ivshmem.c */
extern const DeviceClass virtio_rng_pci_class;  /* pci/virtio-rng.c */
extern const DeviceClass virtio_blk_pci_class;  /* pci/virtio-blk.c */
extern const DeviceClass virtio_net_pci_class;  /* pci/virtio-net.c */
extern const DeviceClass virtio_serial_pci_class; /* pci/virtio-serial.c */
extern const DeviceClass virtconsole_class;     /* pci/virtio-serial.c */
extern const DeviceClass virtserialport_class;  /* pci/virtio-serial.c */

static const DeviceClass *const classes[] = {
    &spapr_vty_class,
    &spapr_nvram_class,
    &spapr_vlan_class,
    &spapr_rng_class,
    &spapr_vscsi_class,
    &scsi_hd_class,
    &scsi_cd_class,
    &generic_loader_class,
    &spapr_machine_class,
    &spapr_phb_class,
    &pci_testdev_class,
    &ivshmem_plain_class,
    &virtio_rng_pci_class,
    &virtio_blk_pci_class,
    &virtio_net_pci_class,
    &virtio_serial_pci_class,
    &virtconsole_class,
    &virtserialport_class,
    NULL,
};

static const HcallRow hcalls[] = {
#define HCALL(name, number, group, handler) \
    { number, #name, group, handler },
#include "base/hcalls.def"
#undef HCALL
};

static const RtasRow rtas[] = {
#define RTAS_CALL(token, name, handler) { token, name, handler },
#include "base/rtas-calls.def"
#undef RTAS_CALL
};

const Board pseries_board = {
    .name = "pseries",
    .classes = classes,
    .hcalls = hcalls,
    .n_hcalls = sizeof(hcalls) / sizeof(hcalls[0]),
    .rtas = rtas,
    .n_rtas = sizeof(rtas) / sizeof(rtas[0]),
    .default_devices = spapr_phb_create_default,
    .drive_devices = virtio_blk_create_for_drives,
};
