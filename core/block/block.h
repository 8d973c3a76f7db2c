/* SPDX-License-Identifier: MIT */
/*
 * The block layer: the machine's drives (-drive, -cdrom), each an image
 * (raw or qcow2) seen through a copy-on-write overlay, found by id and
 * claimed by the one device that uses it (virtio-blk, scsi-hd/scsi-cd).
 *
 * Guest writes never reach the image file unless the drive says
 * snapshot=off: they land in the drive's overlay, a map of 4 KiB
 * clusters kept in memory, which savevm stores in the snapshot
 * database (content-addressed like RAM pages) and loadvm brings back.
 * Reads see the overlay's clusters over the image. docs/block.md has
 * the whole story.
 *
 * Errors: opening (bad options, missing files, bad images) sets a
 * GError with one line; guest I/O returns a BlockStatus and never
 * aborts (a host I/O error is logged once and reported as BLOCK_EIO).
 */
#ifndef FARAD_CORE_BLOCK_BLOCK_H
#define FARAD_CORE_BLOCK_BLOCK_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define BLOCK_SECTOR_SIZE 512u     /* the unit of the *_sectors calls */
#define BLOCK_CLUSTER_SIZE 4096u   /* overlay granularity (= the snapshot
                                      store's page size) */

typedef struct BlockSet BlockSet;      /* a machine's drives */
typedef struct BlockDrive BlockDrive;  /* one drive */

/* -drive if=: which device the machine creates for the drive by
 * itself (none: only a -device ...,drive=ID uses it). QEMU 7.2's
 * pseries default (no if=, and -cdrom) is scsi. */
typedef enum BlockInterface {
    BLOCK_IF_NONE,
    BLOCK_IF_VIRTIO,
    BLOCK_IF_SCSI,
} BlockInterface;

typedef enum BlockMedia {
    BLOCK_MEDIA_DISK,
    BLOCK_MEDIA_CDROM,
} BlockMedia;

/* Outcome of a guest request. */
typedef enum BlockStatus {
    BLOCK_OK = 0,
    BLOCK_EIO,        /* the host failed to read or write the image */
    BLOCK_ERANGE,     /* the range goes past the end of the medium */
    BLOCK_EROFS,      /* a write or discard on a read-only drive */
    BLOCK_ENOMEDIUM,  /* an empty CD-ROM drive */
} BlockStatus;

/* ---- the set of drives (one per machine) ---- */

BlockSet *block_set_new(void);
/* Close every drive (the overlays are dropped; nothing is written). */
void block_set_free(BlockSet *bs);

/*
 * Check the syntax of a -drive argument without opening anything (the
 * command line's early check): known suboptions, valid values. False
 * with one line in err ("-drive: ...").
 */
bool block_drive_opts_check(const char *opts, GError **err);

/*
 * Open a drive from a -drive argument ("file=IMG,if=none,id=d0,
 * format=raw,...") and add it to bs. QEMU's defaults: if=scsi, an id
 * made from interface, bus and unit ("scsi0-hd0", "virtio0", "none0")
 * when none is given, format probed (qcow2 by its magic, else raw),
 * media=cdrom is read-only; farad's: snapshot=on (the image is never
 * written; snapshot=off writes through). A drive without file= is an
 * empty medium (a CD-ROM tray with no disc). Returns the drive, or
 * NULL with one line in err naming the option or file.
 */
BlockDrive *block_set_add(BlockSet *bs, const char *opts, GError **err);

/*
 * QEMU's default drives: the empty CD-ROM at if=scsi index=2, unless
 * nodefaults or a drive already sits there (-cdrom FILE does).
 */
bool block_set_add_defaults(BlockSet *bs, bool nodefaults, GError **err);

/* The -cdrom FILE shorthand as a -drive argument (g_free it). */
char *block_cdrom_opts(const char *file);

/* The drive called id, or NULL. */
BlockDrive *block_find(BlockSet *bs, const char *id);
/* Drives in creation order: the one after prev (NULL: the first), or
 * NULL at the end. */
BlockDrive *block_next(BlockSet *bs, BlockDrive *prev);
/* The next drive after prev with interface iface that no device has
 * claimed (the machine's default virtio-blk / vscsi creation walks
 * these), or NULL. */
BlockDrive *block_next_unclaimed(BlockSet *bs, BlockInterface iface,
                                 BlockDrive *prev);
/* The first drive with if=virtio or if=scsi (not QEMU's default
 * CD-ROM) that no device claimed once the machine's devices exist, as
 * QEMU's fatal "machine type does not support if=scsi,bus=0,unit=0";
 * NULL when there is none. g_free the result. */
char *block_unclaimed_report(BlockSet *bs);

/* ---- claiming ---- */

/*
 * Attach drive d to the device called owner (e.g. "virtio-blk-pci").
 * False with QEMU's one line "Drive 'ID' is already in use by OWNER"
 * when another device has it.
 */
bool block_claim(BlockDrive *d, const char *owner, GError **err);
/* The device that claimed d, or NULL. */
const char *block_owner(const BlockDrive *d);
/* Let go of d (the device is going away). */
void block_release(BlockDrive *d);

/* ---- what a device sees ---- */

const char *block_id(const BlockDrive *d);
/* The image file as given, or NULL for an empty medium. */
const char *block_file(const BlockDrive *d);
/* "raw" or "qcow2" (NULL for an empty medium). */
const char *block_format(const BlockDrive *d);
BlockInterface block_interface(const BlockDrive *d);
BlockMedia block_media(const BlockDrive *d);
/* Bus and unit (QEMU's index= split by the interface's units per bus:
 * 7 for scsi, unlimited otherwise). */
unsigned block_bus(const BlockDrive *d);
unsigned block_unit(const BlockDrive *d);
/* -drive serial=, or NULL. */
const char *block_serial(const BlockDrive *d);
/* Bytes (0 for an empty medium). */
uint64_t block_size(const BlockDrive *d);
/* Sectors of BLOCK_SECTOR_SIZE (a partial last sector is not counted). */
uint64_t block_sectors(const BlockDrive *d);
bool block_read_only(const BlockDrive *d);
bool block_has_medium(const BlockDrive *d);
/* Whether guest writes reach the image (snapshot=off). */
bool block_write_through(const BlockDrive *d);
/* discard=unmap|on: discard requests drop data (else, QEMU's default
 * discard=ignore, they do nothing and succeed). */
bool block_discard_enabled(const BlockDrive *d);

/* ---- guest I/O (byte ranges; the sector calls are the same in
 * 512-byte units). Synchronous; the guest sees their effect at once.
 * Bytes of the image past its file's end read as zeros. ---- */

BlockStatus block_read(BlockDrive *d, uint64_t offset, void *buf,
                       uint64_t len);
BlockStatus block_write(BlockDrive *d, uint64_t offset, const void *buf,
                        uint64_t len);
/* Make written data durable: fsync for a write-through drive, nothing
 * for an overlay (its durability is savevm). */
BlockStatus block_flush(BlockDrive *d);
/* Discard a range: with discard enabled, overlay clusters wholly
 * inside it are dropped (the image's bytes show again) and a
 * write-through raw image gets a hole punched; otherwise a no-op. The
 * data read afterwards is unspecified by virtio and SCSI alike. */
BlockStatus block_discard(BlockDrive *d, uint64_t offset, uint64_t len);
/* The same range as zeros (virtio-blk's WRITE_ZEROES, SCSI's WRITE
 * SAME with zeros). */
BlockStatus block_write_zeroes(BlockDrive *d, uint64_t offset,
                               uint64_t len);

BlockStatus block_read_sectors(BlockDrive *d, uint64_t sector, void *buf,
                               uint64_t count);
BlockStatus block_write_sectors(BlockDrive *d, uint64_t sector,
                                const void *buf, uint64_t count);

/* A short English word for a status ("I/O error", ...). */
const char *block_status_str(BlockStatus st);

/* ---- the overlay (snapshot/ saves and loads it; commit) ---- */

/* Clusters in d's overlay. */
uint64_t block_overlay_clusters(const BlockDrive *d);

/* Called for each overlay cluster in ascending index order with its
 * BLOCK_CLUSTER_SIZE bytes and their SHA-256 (32 bytes); both valid
 * only during the call. Returning false stops the walk. */
typedef bool (*BlockClusterFn)(void *opaque, uint64_t index,
                               const uint8_t *data, const uint8_t *sha256);
/* Walk d's overlay; false when fn stopped it. */
bool block_overlay_foreach(BlockDrive *d, BlockClusterFn fn, void *opaque);

/* A detached overlay, filled by a snapshot load before it replaces a
 * drive's (so a failed load leaves the drive as it was). */
typedef struct BlockOverlay BlockOverlay;
BlockOverlay *block_overlay_new(void);
void block_overlay_free(BlockOverlay *ov);
/* Put cluster index (BLOCK_CLUSTER_SIZE bytes at data) into ov. */
void block_overlay_put(BlockOverlay *ov, uint64_t index,
                       const uint8_t *data);
/* Whether every cluster of ov lies inside d's medium; false with one
 * line naming the drive and cluster otherwise. */
bool block_overlay_fits(const BlockDrive *d, const BlockOverlay *ov,
                        GError **err);
/* Replace d's overlay by ov (taken over; NULL: empty it). */
void block_overlay_install(BlockDrive *d, BlockOverlay *ov);

/*
 * Copy d's overlay into its image and empty the overlay (the monitor's
 * `commit ID`, QEMU's commit). The image must be a writable raw file:
 * false with one line otherwise (read-only drive, qcow2 image) or on a
 * host I/O error (the overlay is then kept whole).
 */
bool block_commit(BlockDrive *d, GError **err);

/* One line per drive for the monitor's `info block`, QEMU's shape:
 * "ID (#blockN): FILE (FORMAT[, read-only])" plus the attached device
 * and the overlay's size. */
void block_info(BlockSet *bs, FILE *out);

#endif
