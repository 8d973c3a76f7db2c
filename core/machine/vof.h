/* SPDX-License-Identifier: MIT */
/*
 * Virtual Open Firmware (-machine x-vof=on), QEMU 7.2's SLOF-less boot:
 * QEMU's tiny firmware vof.bin runs in the guest and forwards every
 * IEEE 1275 client-interface call to the hypervisor (KVMPPC_H_VOF_CLIENT,
 * r4 = the argument block); farad answers them on the machine's own
 * device tree (m->fdt), which the client walks and changes and which is
 * what the kernel sees. vof.c holds the services, vof-mem.c the memory
 * claim bookkeeping (/memory@0 "available"), vof-boot.c the reset: the
 * firmware image, the claims of firmware, stack, kernel and initrd, the
 * tree's phandles and stdout instance, the entry registers.
 */
#ifndef FARAD_CORE_VOF_H
#define FARAD_CORE_VOF_H

#include "platform.h"
#include "spapr.h"

/* QEMU's VOF_STACK_SIZE: the client's initial stack (IEEE 1275: 32K). */
#define VOF_STACK_SIZE 0x8000ULL
/* Room in the tree the client changes (QEMU's FDT_MAX_SIZE). */
#define VOF_FDT_SIZE 0x200000u
/* The client interface's error answer (-1 as a cell). */
#define VOF_ERROR 0xffffffffu
/* The firmware file QEMU loads for x-vof=on from its firmware
 * directory (firmware.c's firmware_resolve, the default with x-vof=on). */
#define VOF_FIRMWARE_NAME "vof.bin"

typedef struct VofClaim {
    uint64_t start, size;
} VofClaim;

/* An open instance (an ihandle's): the node and the path it was opened
 * with. */
typedef struct VofInstance {
    char *path;
    uint32_t phandle;
} VofInstance;

typedef struct Vof {
    uint64_t fw_size;        /* the firmware image at 0 (claimed) */
    uint64_t top_addr;       /* claims stay below min(RMA, 4 GiB) */
    uint64_t claimed_base;   /* where the next aligned claim searches */
    GArray *claimed;         /* VofClaim, sorted by start when the tree's
                                "available" is rewritten */
    GHashTable *instances;   /* ihandle -> VofInstance (vof.c) */
    uint32_t last_ihandle;   /* ihandles are 1, 2, ... never reused */
    char *bootargs;          /* /chosen bootargs the client set, or NULL */
} Vof;

/* Is x-vof=on? */
bool vof_enabled(const Machine *m);

/* vof-mem.c: forget every claim and instance (the client's bootargs
 * stay); top is the claim limit. vof_free frees everything. */
void vof_init(Vof *v, uint64_t top);
void vof_free(Vof *v);
/* IEEE 1275 claim: exactly one of virt (align 0) and align is used.
 * Returns the address, or UINT64_MAX when the range is taken, size is 0
 * or no aligned range fits below top_addr (that one with QEMU's
 * "Out of RMA memory for the OF client" line on stderr). */
uint64_t vof_claim(Vof *v, uint64_t virt, uint64_t size,
                   uint64_t align);
/* Drop the claim of exactly [virt, virt + size); false when none. */
bool vof_release(Vof *v, uint64_t virt, uint64_t size);
/* Rewrite /memory@0's "available": the gaps after each claim. */
bool vof_dt_available(Vof *v, void *fdt);

/* vof.c: open the node at path (an instance, its ihandle), or VOF_ERROR. */
uint32_t vof_open_path(Vof *v, void *fdt, const char *path);
/* Free an instance table entry (GHashTable value destructor). */
void vof_instance_free(void *inst);

/* vof-boot.c: the tree the client sees: phandles on every node,
 * "available", the client's bootargs, and a fresh stdout instance in
 * /chosen (after reset and after CAS). m->fdt is reopened with room. */
bool vof_dt_finalize(Machine *m, GError **err);
/* Reset with x-vof=on: claims, tree, and the boot CPU's entry state
 * (nip 0x100, r1 the stack, r3/r4 the initrd); the tree is not copied
 * to RAM. */
bool vof_reset(Machine *m, GError **err);
/* vof-image.c: the whole VOF state (with the live tree) as a byte image
 * for snapshots (g_malloc'd, *len bytes), and back: false, with the
 * state unchanged, when the image is malformed. */
uint8_t *vof_image_save(Machine *m, uint32_t *len);
bool vof_image_load(Machine *m, const uint8_t *img, uint32_t len);

#endif
