/* SPDX-License-Identifier: MIT */
/*
 * The SCSI layer between a host bus adapter (spapr-vscsi) and its
 * targets (scsi-hd, scsi-cd in scsi-disk.c): devices addressed by
 * (channel, scsi-id, lun) on an adapter, and one call that runs a
 * command to its end. Commands complete synchronously (the block layer
 * reads and writes files directly), so no request outlives the call
 * that made it and nothing is in flight at a snapshot.
 */
#ifndef FARAD_CORE_SCSI_H
#define FARAD_CORE_SCSI_H

#include "device.h"

/* SCSI status codes and sense keys (SAM-5, SPC-4). */
enum {
    SCSI_GOOD = 0x00,
    SCSI_CHECK_CONDITION = 0x02,
};
enum {
    SENSE_NO_SENSE = 0x0,
    SENSE_NOT_READY = 0x2,
    SENSE_MEDIUM_ERROR = 0x3,
    SENSE_HARDWARE_ERROR = 0x4,
    SENSE_ILLEGAL_REQUEST = 0x5,
    SENSE_UNIT_ATTENTION = 0x6,
    SENSE_DATA_PROTECT = 0x7,
};
#define SCSI_SENSE_LEN 18      /* fixed-format sense data */

typedef struct ScsiDevice ScsiDevice;

/* How the adapter moves a command's data. move copies len bytes at
 * offset `done` of the transfer: from buf to the initiator (data-in)
 * or from the initiator into buf (data-out). It returns the bytes it
 * moved (fewer when the initiator's buffers end there) or -1 on a DMA
 * error. */
typedef struct ScsiXfer {
    void *opaque;
    int64_t (*move)(void *opaque, void *buf, uint32_t len, uint64_t done,
                    bool to_initiator);
} ScsiXfer;

/* The outcome of a command. */
typedef struct ScsiResult {
    uint8_t status;               /* SCSI_GOOD, SCSI_CHECK_CONDITION */
    uint8_t sense[SCSI_SENSE_LEN]; /* with CHECK CONDITION */
    bool data_out;                /* the data went to the device */
    uint64_t xfer_len;            /* bytes the command transfers */
    uint64_t moved;               /* bytes the adapter moved */
} ScsiResult;

/* Fill r with CHECK CONDITION and fixed-format sense key/asc/ascq. */
void scsi_result_sense(ScsiResult *r, uint8_t key, uint8_t asc,
                       uint8_t ascq);

/* The device at (channel, id, lun) on adapter hba, or NULL. */
ScsiDevice *scsi_find(Machine *m, Device *hba, unsigned channel,
                      unsigned id, unsigned lun);
/* The devices of adapter hba in creation order: first with after =
 * NULL, NULL after the last. */
ScsiDevice *scsi_next(Machine *m, Device *hba, ScsiDevice *after);
/* A device's address on its adapter. */
void scsi_address(const ScsiDevice *d, unsigned *channel, unsigned *id,
                  unsigned *lun);

/* A LUN reset (SRP task management): the device as after a machine
 * reset, with its unit attention pending. */
void scsi_device_reset(ScsiDevice *d);

/* Run cdb (16 bytes; the opcode's length is used) on d, moving its data
 * through x, and fill r. Guest errors become CHECK CONDITION with
 * sense data; a DMA error is HARDWARE ERROR (as QEMU's vscsi reports
 * it). */
void scsi_execute(ScsiDevice *d, const uint8_t *cdb, const ScsiXfer *x,
                  ScsiResult *r);

/* spapr-vscsi.c: create the machine's default adapter (QEMU's
 * spapr_vscsi_create) with the devices of the if=scsi drives (bus 0)
 * and the default CD-ROM; called by the platform unless -nodefaults
 * (or when an if=scsi drive exists). */
bool spapr_vscsi_create_default(Machine *m, GError **err);

#endif
