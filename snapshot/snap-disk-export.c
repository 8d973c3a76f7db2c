/* SPDX-License-Identifier: MIT */
/*
 * A snapshot's disk out of farad's world: `farad-snap DB export-disk
 * NAME DRIVE OUT.img [IMAGE]` writes the disk a drive had at a snapshot
 * as one raw image, the base image with the snapshot's overlay over it,
 * read through the block layer exactly as the guest would read it. The
 * base image is opened read-only and never written; the result is
 * sparse where the disk reads as zeros. docs/block.md.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "snap-int.h"
#include "core/block/block.h"

#define EXPORT_CHUNK (1u << 20)   /* bytes read and written at a time */

static bool export_error(GError **err, const char *fmt, ...)
    G_GNUC_PRINTF(2, 3);
static bool export_error(GError **err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    g_autofree char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_set_error_literal(err, FARAD_ERROR, FARAD_ERROR_USAGE, msg);
    return false;
}

/* The snapshot's id by name; -1 with err when there is none. */
static int64_t snapshot_named(SnapDb *db, const char *name, GError **err)
{
    sqlite3_stmt *st;
    int64_t id = -1;
    int rc = snap_db_prepare(db, "SELECT id FROM snapshot WHERE name = ?",
                             &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
        rc = snap_db_step(db, st);
        if (rc == SQLITE_ROW) {
            id = sqlite3_column_int64(st, 0);
        }
    }
    sqlite3_finalize(st);
    if (id < 0 && (rc == SQLITE_DONE || rc == SQLITE_ROW)) {
        export_error(err, "%s: no snapshot named '%s'", db->path, name);
    } else if (id < 0) {
        snap_db_error(db, rc, "find snapshot", err);
    }
    return id;
}

/* A -drive argument opening file as format (",," quotes a comma). */
static char *drive_opts(const char *file, const char *format)
{
    GString *s = g_string_new("if=none,id=export,file=");
    for (const char *p = file; *p; p++) {
        if (*p == ',') {
            g_string_append_c(s, ',');
        }
        g_string_append_c(s, *p);
    }
    if (format && *format) {
        g_string_append_printf(s, ",format=%s", format);
    }
    return g_string_free(s, FALSE);
}

static bool all_zero(const uint8_t *p, size_t n)
{
    return !n || (!p[0] && !memcmp(p, p + 1, n - 1));
}

/* Copy drive d (its image with its overlay) into the open file fd. */
static bool copy_out(BlockDrive *d, int fd, const char *out, GError **err)
{
    uint64_t size = block_size(d);
    uint8_t *buf = g_malloc(EXPORT_CHUNK);
    bool ok = true;
    for (uint64_t off = 0; ok && off < size; off += EXPORT_CHUNK) {
        size_t n = (size_t)MIN((uint64_t)EXPORT_CHUNK, size - off);
        BlockStatus st = block_read(d, off, buf, n);
        if (st != BLOCK_OK) {
            ok = export_error(err, "drive '%s': reading offset 0x%" PRIx64
                              ": %s", block_id(d), off, block_status_str(st));
            break;
        }
        if (all_zero(buf, n)) {
            continue;   /* a hole: the file was created empty */
        }
        for (size_t done = 0; done < n;) {
            ssize_t w = pwrite(fd, buf + done, n - done, (off_t)(off + done));
            if (w < 0 && errno == EINTR) {
                continue;
            }
            if (w <= 0) {
                ok = export_error(err, "%s: %s", out,
                                  w < 0 ? g_strerror(errno) : "short write");
                break;
            }
            done += (size_t)w;
        }
    }
    g_free(buf);
    if (ok && ftruncate(fd, (off_t)size) < 0) {
        ok = export_error(err, "%s: %s", out, g_strerror(errno));
    }
    return ok;
}

bool snap_disk_export(SnapDb *db, const char *name, const char *drive,
                      const char *image, const char *out, GError **err)
{
    int64_t id = snapshot_named(db, name, err);
    if (id < 0) {
        return false;
    }
    GPtrArray *disks = snap_disks_read(db, id, true, err);
    if (!disks) {
        return false;
    }
    SnapDisk *sd = NULL;
    GString *names = g_string_new(NULL);
    for (guint i = 0; i < disks->len; i++) {
        SnapDisk *d = disks->pdata[i];
        g_string_append_printf(names, "%s'%s'", i ? ", " : "", d->drive);
        if (!strcmp(d->drive, drive)) {
            sd = d;
        }
    }
    bool ok = true;
    BlockSet *bs = NULL;
    const char *base = image ? image : sd ? sd->file : NULL;
    if (!sd) {
        ok = export_error(err, "snapshot '%s' has no disk '%s' (%s%s)", name,
                          drive, names->len ? "it has " : "it has no disks",
                          names->str);
    } else if (!base) {
        ok = export_error(err, "snapshot '%s': drive '%s' records no image "
                          "file; name the base image after OUT", name, drive);
    }
    g_string_free(names, TRUE);
    struct stat sb, so;
    if (ok && stat(base, &sb) == 0 && stat(out, &so) == 0 &&
        sb.st_dev == so.st_dev && sb.st_ino == so.st_ino) {
        ok = export_error(err, "%s: is the base image itself; export to "
                          "another file", out);
    }
    BlockDrive *bd = NULL;
    if (ok) {
        bs = block_set_new();
        /* the image's format as the snapshot recorded it; with another
         * image given, probed as -drive would */
        g_autofree char *opts = drive_opts(base, image ? NULL : sd->format);
        bd = block_set_add(bs, opts, err);
        ok = bd != NULL;
    }
    if (ok && block_size(bd) != sd->size) {
        ok = export_error(err, "snapshot '%s': drive '%s' is %" PRIu64
                          " bytes, image %s is %" PRIu64, name, drive,
                          sd->size, base, block_size(bd));
    }
    if (ok) {
        ok = block_overlay_fits(bd, sd->overlay, err);
    }
    if (ok) {
        block_overlay_install(bd, sd->overlay);
        sd->overlay = NULL;
        g_array_set_size(sd->clusters, 0);   /* their data was in it */
        int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0) {
            ok = export_error(err, "%s: %s", out, g_strerror(errno));
        } else {
            ok = copy_out(bd, fd, out, err);
            if (close(fd) < 0 && ok) {
                ok = export_error(err, "%s: %s", out, g_strerror(errno));
            }
        }
    }
    if (bs) {
        block_set_free(bs);
    }
    g_ptr_array_unref(disks);
    return ok;
}
