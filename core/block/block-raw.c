/* SPDX-License-Identifier: MIT */
/*
 * The raw image format (the file is the disk, byte for byte) and the
 * pread helper every format uses, plus format probing. Used by block.c.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "base/error.h"
#include "block-int.h"

bool block_pread(BlockImage *img, uint64_t off, uint8_t *buf, uint64_t len,
                 GError **err)
{
    while (len) {
        if (off >= img->file_size) {
            memset(buf, 0, len);   /* past the file's end: zeros */
            return true;
        }
        uint64_t want = MIN(len, img->file_size - off);
        ssize_t n = pread(img->fd, buf, MIN(want, 1u << 30), (off_t)off);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                        "%s: read at %" G_GUINT64_FORMAT ": %s", img->path,
                        off, n < 0 ? g_strerror(errno) : "file shrank");
            return false;
        }
        buf += n;
        off += (uint64_t)n;
        len -= (uint64_t)n;
    }
    return true;
}

static bool raw_open(BlockImage *img, GError **err)
{
    (void)err;
    img->size = img->file_size;
    return true;
}

static bool raw_read(BlockImage *img, uint64_t offset, uint8_t *buf,
                     uint64_t len, GError **err)
{
    return block_pread(img, offset, buf, len, err);
}

static bool raw_write(BlockImage *img, uint64_t offset, const uint8_t *buf,
                      uint64_t len, GError **err)
{
    while (len) {
        ssize_t n = pwrite(img->fd, buf, MIN(len, 1u << 30), (off_t)offset);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                        "%s: write at %" G_GUINT64_FORMAT ": %s", img->path,
                        offset, n < 0 ? g_strerror(errno) : "no progress");
            return false;
        }
        buf += n;
        offset += (uint64_t)n;
        len -= (uint64_t)n;
        img->file_size = MAX(img->file_size, offset);
    }
    return true;
}

const BlockFormat block_format_raw = {
    .name = "raw",
    .open = raw_open,
    .read = raw_read,
    .write = raw_write,
};

const BlockFormat *block_format_probe(int fd)
{
    uint8_t magic[4];
    if (pread(fd, magic, sizeof magic, 0) == (ssize_t)sizeof magic &&
        !memcmp(magic, "QFI\xfb", 4)) {
        return &block_format_qcow2;
    }
    return &block_format_raw;
}
