/* SPDX-License-Identifier: MIT */
/*
 * Internal interfaces of core/block/: the image formats behind a drive
 * (block-raw.c, block-qcow2.c) and the overlay's cluster map
 * (block-overlay.c). Not used outside core/block/ (and its tests).
 */
#ifndef FARAD_CORE_BLOCK_BLOCK_INT_H
#define FARAD_CORE_BLOCK_BLOCK_INT_H

#include "block.h"

typedef struct BlockImage BlockImage;

/* An image format: how bytes of the virtual disk map to the file. */
typedef struct BlockFormat {
    const char *name;                 /* "raw", "qcow2" */
    /* Open the image at path (fd already open, read-only unless
     * writable). False with one line in err naming the file. */
    bool (*open)(BlockImage *img, GError **err);
    /* Read len bytes at offset (inside the virtual size) into buf.
     * False on a host I/O error, with errno's meaning in err. */
    bool (*read)(BlockImage *img, uint64_t offset, uint8_t *buf,
                 uint64_t len, GError **err);
    /* Write (NULL: the format cannot be written). */
    bool (*write)(BlockImage *img, uint64_t offset, const uint8_t *buf,
                  uint64_t len, GError **err);
    /* Free what open allocated (not the fd). Optional. */
    void (*close)(BlockImage *img);
} BlockFormat;

/* An open image file. */
struct BlockImage {
    const BlockFormat *fmt;
    char *path;
    int fd;
    bool writable;        /* opened O_RDWR (snapshot=off, not readonly) */
    uint64_t file_size;   /* the file's length at open */
    uint64_t size;        /* the virtual disk's size in bytes */
    void *priv;           /* the format's own state */
};

extern const BlockFormat block_format_raw;
extern const BlockFormat block_format_qcow2;

/* The format whose magic the first bytes of the file carry: qcow2, or
 * raw for anything else. */
const BlockFormat *block_format_probe(int fd);

/* pread of exactly len bytes at off; bytes past the file's end read as
 * zeros. False with err ("FILE: read at OFF: strerror") on an error. */
bool block_pread(BlockImage *img, uint64_t off, uint8_t *buf,
                 uint64_t len, GError **err);

/* ---- the overlay map (block-overlay.c) ---- */

/* One overlay cluster: its bytes and a cached SHA-256. */
typedef struct BlockCluster {
    uint8_t data[BLOCK_CLUSTER_SIZE];
    uint8_t sha256[32];
    bool sha_valid;       /* sha256 matches data */
} BlockCluster;

struct BlockOverlay {
    GTree *clusters;      /* cluster index (a g_malloc'd uint64_t key)
                             -> BlockCluster, in index order */
};

/* The cluster at index, or NULL. */
BlockCluster *block_overlay_get(BlockOverlay *ov, uint64_t index);
/* The cluster at index, created (contents undefined) when missing;
 * *created tells which. */
BlockCluster *block_overlay_make(BlockOverlay *ov, uint64_t index,
                                 bool *created);
/* Drop the cluster at index (if any). */
void block_overlay_drop(BlockOverlay *ov, uint64_t index);
/* Number of clusters. */
uint64_t block_overlay_count(const BlockOverlay *ov);
/* The last cluster's index + 1, 0 when empty. */
uint64_t block_overlay_end(const BlockOverlay *ov);

#endif
