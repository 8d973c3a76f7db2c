/* SPDX-License-Identifier: MIT */
/*
 * The block layer (core/block/): -drive parsing and placement as QEMU
 * 7.2 does it, claiming, raw read/write/flush/discard, the overlay's
 * isolation from the image (the file's SHA-256 is unchanged), the
 * write-through and commit paths, qcow2 images made by qemu-img
 * (versions 2 and 3, several cluster sizes, zero clusters, a backing
 * file) read byte-identically to what `qemu-img convert -O raw` makes
 * of them, and bad input (one line each).
 */
#include <glib.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/block/block.h"

static char *tmpdir;

static char *tmp(const char *name)
{
    return g_build_filename(tmpdir, name, NULL);
}

/* size bytes of xorshift noise (seeded), with every 5th 64 KiB block
 * zero (so qemu-img leaves clusters unallocated there) */
static GBytes *pattern(uint64_t size, uint32_t seed)
{
    uint8_t *p = g_malloc(size);
    uint32_t x = seed | 1;
    for (uint64_t i = 0; i < size; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        p[i] = (i / 65536) % 5 == 3 ? 0 : (uint8_t)x;
    }
    return g_bytes_new_take(p, size);
}

static void write_file(const char *path, GBytes *b)
{
    gsize n;
    const void *p = g_bytes_get_data(b, &n);
    g_assert_true(g_file_set_contents(path, p, (gssize)n, NULL));
}

static GBytes *read_file(const char *path)
{
    char *p;
    gsize n;
    g_assert_true(g_file_get_contents(path, &p, &n, NULL));
    return g_bytes_new_take(p, n);
}

static char *file_sha(const char *path)
{
    GBytes *b = read_file(path);
    gsize n;
    const void *p = g_bytes_get_data(b, &n);
    char *s = g_compute_checksum_for_data(G_CHECKSUM_SHA256, p, n);
    g_bytes_unref(b);
    return s;
}

static void run(const char *cmd)
{
    char *out = NULL, *errs = NULL;
    int status;
    g_test_message("$ %s", cmd);
    g_assert_true(g_spawn_command_line_sync(cmd, &out, &errs, &status,
                                            NULL));
    if (!g_spawn_check_wait_status(status, NULL)) {
        g_test_message("%s%s", out, errs);
    }
    g_assert_true(g_spawn_check_wait_status(status, NULL));
    g_free(out);
    g_free(errs);
}

static BlockDrive *add(BlockSet *bs, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
static BlockDrive *add(BlockSet *bs, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *opts = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    GError *err = NULL;
    BlockDrive *d = block_set_add(bs, opts, &err);
    if (!d) {
        g_test_message("%s: %s", opts, err->message);
    }
    g_assert_no_error(err);
    g_assert_nonnull(d);
    g_free(opts);
    return d;
}

/* The one-line error block_set_add gives for opts (g_free it). */
static char *add_error(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
static char *add_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *opts = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    BlockSet *bs = block_set_new();
    GError *err = NULL;
    g_assert_null(block_set_add(bs, opts, &err));
    g_assert_nonnull(err);
    g_assert_null(strchr(err->message, '\n'));
    char *msg = g_strdup(err->message);
    g_test_message("%s -> %s", opts, msg);
    g_error_free(err);
    block_set_free(bs);
    g_free(opts);
    return msg;
}

static void assert_bytes_eq(const uint8_t *a, const uint8_t *b, uint64_t n)
{
    for (uint64_t i = 0; i < n; i++) {
        if (a[i] != b[i]) {
            g_test_message("first difference at byte %" G_GUINT64_FORMAT,
                           i);
            g_assert_cmphex(a[i], ==, b[i]);
        }
    }
}

/* ---- options, placement, claiming ---- */

static void test_options(void)
{
    char *img = tmp("opts.raw");
    GBytes *b = pattern(1 << 20, 1);
    write_file(img, b);
    BlockSet *bs = block_set_new();
    /* QEMU's automatic ids and units (blockdev.c's drive_new) */
    BlockDrive *d0 = add(bs, "file=%s", img);
    g_assert_cmpstr(block_id(d0), ==, "scsi0-hd0");
    g_assert_cmpint(block_interface(d0), ==, BLOCK_IF_SCSI);
    BlockDrive *d1 = add(bs, "file=%s,if=virtio", img);
    g_assert_cmpstr(block_id(d1), ==, "virtio0");
    BlockDrive *d2 = add(bs, "file=%s,if=virtio,format=raw", img);
    g_assert_cmpstr(block_id(d2), ==, "virtio1");
    BlockDrive *d3 = add(bs, "file=%s,if=none", img);
    g_assert_cmpstr(block_id(d3), ==, "none0");
    BlockDrive *d4 = add(bs, "file=%s,if=scsi,index=9", img);
    g_assert_cmpstr(block_id(d4), ==, "scsi1-hd2");     /* 7 units a bus */
    g_assert_cmpuint(block_bus(d4), ==, 1);
    g_assert_cmpuint(block_unit(d4), ==, 2);
    /* the default CD-ROM fills scsi index 2 */
    GError *err = NULL;
    g_assert_true(block_set_add_defaults(bs, false, &err));
    BlockDrive *cd = block_find(bs, "scsi0-cd2");
    g_assert_nonnull(cd);
    g_assert_false(block_has_medium(cd));
    g_assert_true(block_read_only(cd));
    g_assert_cmpint(block_media(cd), ==, BLOCK_MEDIA_CDROM);
    uint8_t sec[512];
    g_assert_cmpint(block_read(cd, 0, sec, 512), ==, BLOCK_ENOMEDIUM);
    BlockDrive *d5 = add(bs, "file=%s,id=mine,serial=S,,N,readonly=on", img);
    g_assert_cmpstr(block_id(d5), ==, "mine");
    g_assert_cmpstr(block_serial(d5), ==, "S,N");
    g_assert_cmpuint(block_unit(d5), ==, 1);            /* next free */
    g_assert_true(block_read_only(d5));
    g_assert_true(block_find(bs, "mine") == d5);
    g_assert_null(block_find(bs, "nope"));
    /* claiming: one device per drive */
    g_assert_true(block_claim(d1, "virtio-blk-pci", &err));
    g_assert_false(block_claim(d1, "scsi-hd", &err));
    g_assert_cmpstr(err->message, ==,
                    "Drive 'virtio0' is already in use by virtio-blk-pci");
    g_clear_error(&err);
    g_assert_true(block_next_unclaimed(bs, BLOCK_IF_VIRTIO, NULL) == d2);
    g_assert_null(block_next_unclaimed(bs, BLOCK_IF_VIRTIO, d2));
    char *rep = block_unclaimed_report(bs);
    g_assert_cmpstr(rep, ==, "drive 'scsi0-hd0': machine type does not "
                    "support if=scsi,bus=0,unit=0");
    g_free(rep);
    /* claimed (or if=none, or the default CD-ROM): nothing to report */
    for (BlockDrive *x = block_next(bs, NULL); x; x = block_next(bs, x)) {
        if (block_interface(x) != BLOCK_IF_NONE && !block_owner(x) &&
            x != cd) {
            g_assert_true(block_claim(x, "a-device", &err));
        }
    }
    g_assert_null(block_unclaimed_report(bs));
    block_release(d1);
    g_assert_null(block_owner(d1));
    /* -cdrom's form, with a comma in the name */
    char *c = block_cdrom_opts("a,b.iso");
    g_assert_cmpstr(c, ==, "index=2,media=cdrom,file=a,,b.iso");
    g_free(c);
    /* -nodefaults: no CD-ROM */
    BlockSet *bs2 = block_set_new();
    g_assert_true(block_set_add_defaults(bs2, true, &err));
    g_assert_null(block_next(bs2, NULL));
    block_set_free(bs2);
    block_set_free(bs);
    g_bytes_unref(b);
    g_free(img);
}

static void test_bad_options(void)
{
    char *img = tmp("bad.raw");
    GBytes *b = pattern(65536, 2);
    write_file(img, b);
    struct { const char *opts, *want; } cases[] = {
        { "file=%s,if=ide", "interface 'ide' is not available on pseries "
          "(none, virtio, scsi)" },
        { "file=%s,if=bogus", "unsupported bus type 'bogus'" },
        { "file=%s,format=vmdk", "Unknown driver 'vmdk' (farad reads raw "
          "and qcow2)" },
        { "file=%s,media=tape", "'tape' invalid media" },
        { "file=%s,readonly=maybe", "Parameter 'readonly' expects 'on' or "
          "'off'" },
        { "file=%s,frobnicate=1", "Invalid parameter 'frobnicate'" },
        { "file=%s,index=1,unit=1", "index cannot be used with bus and "
          "unit" },
        { "file=%s,copy-on-read=on", "copy-on-read=on is not supported by "
          "farad" },
        { "if=none,id=x", "a disk drive needs file= (only media=cdrom may "
          "be empty)" },
        { "file=%s,if=scsi,unit=7", "unit 7 too big (max is 6)" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *msg = add_error(cases[i].opts, img);
        g_assert_cmpstr(msg, ==, cases[i].want);
        g_free(msg);
    }
    /* the command line's early check prefixes the option */
    GError *err = NULL;
    g_assert_false(block_drive_opts_check("file=x,if=ide", &err));
    g_assert_cmpstr(err->message, ==, "-drive file=x,if=ide: interface "
                    "'ide' is not available on pseries (none, virtio, scsi)");
    g_clear_error(&err);
    g_assert_true(block_drive_opts_check("file=x,if=none,id=a,cache="
                                         "writeback,aio=threads", &err));
    /* a missing file: QEMU's wording */
    char *missing = tmp("no-such.img");
    char *msg = add_error("file=%s", missing);
    char *want = g_strdup_printf("Could not open '%s': No such file or "
                                 "directory", missing);
    g_assert_cmpstr(msg, ==, want);
    g_free(want);
    g_free(msg);
    g_free(missing);
    /* duplicate ids and places */
    BlockSet *bs = block_set_new();
    add(bs, "file=%s,id=a,index=0", img);
    char *opts = g_strdup_printf("file=%s,id=a,index=1", img);
    g_assert_null(block_set_add(bs, opts, &err));
    g_assert_cmpstr(err->message, ==, "Duplicate ID 'a' for drive");
    g_clear_error(&err);
    g_free(opts);
    opts = g_strdup_printf("file=%s,id=b,index=0", img);
    g_assert_null(block_set_add(bs, opts, &err));
    g_assert_cmpstr(err->message, ==, "drive with bus=0, unit=0 (index=0) "
                    "exists");
    g_clear_error(&err);
    g_free(opts);
    block_set_free(bs);
    g_bytes_unref(b);
    g_free(img);
}

/* ---- raw images and the overlay ---- */

static void test_raw_overlay(void)
{
    const uint64_t size = 1 << 20;
    char *img = tmp("disk.raw");
    GBytes *b = pattern(size, 3);
    const uint8_t *base = g_bytes_get_data(b, NULL);
    write_file(img, b);
    char *sha = file_sha(img);
    BlockSet *bs = block_set_new();
    BlockDrive *d = add(bs, "file=%s,if=none,id=d0,format=raw", img);
    g_assert_cmpstr(block_format(d), ==, "raw");
    g_assert_cmpuint(block_size(d), ==, size);
    g_assert_cmpuint(block_sectors(d), ==, size / 512);
    g_assert_false(block_write_through(d));
    uint8_t *buf = g_malloc(size);
    g_assert_cmpint(block_read(d, 0, buf, size), ==, BLOCK_OK);
    assert_bytes_eq(buf, base, size);
    /* writes: unaligned, across clusters, whole sectors */
    uint8_t *model = g_memdup2(base, size);
    uint8_t w[3 * 4096];
    for (size_t i = 0; i < sizeof w; i++) {
        w[i] = (uint8_t)(i * 7 + 1);
    }
    g_assert_cmpint(block_write(d, 4000, w, 10000), ==, BLOCK_OK);
    memcpy(model + 4000, w, 10000);
    g_assert_cmpint(block_write_sectors(d, 100, w, 3), ==, BLOCK_OK);
    memcpy(model + 100 * 512, w, 3 * 512);
    g_assert_cmpint(block_write(d, size - 1, w, 1), ==, BLOCK_OK);
    model[size - 1] = w[0];
    g_assert_cmpint(block_flush(d), ==, BLOCK_OK);
    g_assert_cmpint(block_read(d, 0, buf, size), ==, BLOCK_OK);
    assert_bytes_eq(buf, model, size);
    g_assert_cmpint(block_read_sectors(d, 7, buf, 2), ==, BLOCK_OK);
    assert_bytes_eq(buf, model + 7 * 512, 1024);
    /* 4000..14000 touches clusters 0..3, 51200..52736 cluster 12 and 12
     * (one), the last byte cluster 255 */
    g_assert_cmpuint(block_overlay_clusters(d), ==, 6);
    /* ranges */
    g_assert_cmpint(block_read(d, size - 10, buf, 11), ==, BLOCK_ERANGE);
    g_assert_cmpint(block_write(d, size, w, 1), ==, BLOCK_ERANGE);
    g_assert_cmpint(block_read(d, UINT64_MAX, buf, 2), ==, BLOCK_ERANGE);
    g_assert_cmpint(block_read_sectors(d, UINT64_MAX / 8, buf, 1), ==,
                    BLOCK_ERANGE);
    g_assert_cmpint(block_read(d, size, buf, 0), ==, BLOCK_OK);
    /* the image itself never changed */
    char *sha2 = file_sha(img);
    g_assert_cmpstr(sha, ==, sha2);
    g_free(sha2);
    /* discard is a no-op by default (QEMU's discard=ignore) */
    g_assert_cmpint(block_discard(d, 0, 8192), ==, BLOCK_OK);
    g_assert_cmpuint(block_overlay_clusters(d), ==, 6);
    /* write_zeroes */
    g_assert_cmpint(block_write_zeroes(d, 6000, 5000), ==, BLOCK_OK);
    memset(model + 6000, 0, 5000);
    g_assert_cmpint(block_read(d, 0, buf, size), ==, BLOCK_OK);
    assert_bytes_eq(buf, model, size);

    /* discard=unmap drops whole overlay clusters: the image shows */
    BlockDrive *u = add(bs, "file=%s,if=none,id=d1,discard=unmap", img);
    g_assert_cmpint(block_write(u, 0, w, 3 * 4096), ==, BLOCK_OK);
    g_assert_cmpuint(block_overlay_clusters(u), ==, 3);
    g_assert_cmpint(block_discard(u, 100, 2 * 4096), ==, BLOCK_OK);
    g_assert_cmpuint(block_overlay_clusters(u), ==, 2);   /* cluster 1 */
    g_assert_cmpint(block_read(u, 4096, buf, 4096), ==, BLOCK_OK);
    assert_bytes_eq(buf, base + 4096, 4096);
    /* read-only drives refuse writes and discards */
    BlockDrive *ro = add(bs, "file=%s,if=none,id=d2,readonly=on", img);
    g_assert_cmpint(block_write(ro, 0, w, 1), ==, BLOCK_EROFS);
    g_assert_cmpint(block_discard(ro, 0, 4096), ==, BLOCK_EROFS);
    GError *err = NULL;
    g_assert_false(block_commit(ro, &err));
    g_assert_cmpstr(err->message, ==, "drive 'd2' is read-only");
    g_clear_error(&err);

    /* commit: the overlay goes into the image, which now holds the
     * model, and the overlay is empty */
    g_assert_true(block_commit(d, &err));
    g_assert_no_error(err);
    g_assert_cmpuint(block_overlay_clusters(d), ==, 0);
    GBytes *after = read_file(img);
    g_assert_cmpuint(g_bytes_get_size(after), ==, size);
    assert_bytes_eq(g_bytes_get_data(after, NULL), model, size);
    g_bytes_unref(after);
    g_assert_cmpint(block_read(d, 0, buf, size), ==, BLOCK_OK);
    assert_bytes_eq(buf, model, size);
    block_set_free(bs);
    g_free(sha);
    g_free(model);
    g_free(buf);
    g_bytes_unref(b);
    g_free(img);
}

/* snapshot=off writes through to the file; a size that is not a
 * multiple of 512 keeps its partial sector readable */
static void test_write_through(void)
{
    const uint64_t size = 100000;
    char *img = tmp("wt.raw");
    GBytes *b = pattern(size, 4);
    write_file(img, b);
    uint8_t *model = g_memdup2(g_bytes_get_data(b, NULL), size);
    BlockSet *bs = block_set_new();
    BlockDrive *d = add(bs, "file=%s,if=none,id=w,snapshot=off,"
                        "discard=unmap", img);
    g_assert_true(block_write_through(d));
    g_assert_cmpuint(block_sectors(d), ==, size / 512);
    uint8_t w[3000];
    memset(w, 0x5a, sizeof w);
    g_assert_cmpint(block_write(d, 99000, w, 1000), ==, BLOCK_OK);
    memcpy(model + 99000, w, 1000);
    g_assert_cmpint(block_flush(d), ==, BLOCK_OK);
    g_assert_cmpuint(block_overlay_clusters(d), ==, 0);
    GBytes *after = read_file(img);
    g_assert_cmpuint(g_bytes_get_size(after), ==, size);
    assert_bytes_eq(g_bytes_get_data(after, NULL), model, size);
    g_bytes_unref(after);
    /* a punched hole reads as zeros or the old data; both are allowed,
     * but the size stays */
    g_assert_cmpint(block_discard(d, 0, 65536), ==, BLOCK_OK);
    block_set_free(bs);
    GBytes *after2 = read_file(img);
    g_assert_cmpuint(g_bytes_get_size(after2), ==, size);
    g_bytes_unref(after2);
    g_free(model);
    g_bytes_unref(b);
    g_free(img);
}

/* ---- qcow2 ---- */

/* Compare every byte of drive d with the file at want_path. */
static void assert_drive_is(BlockDrive *d, const char *want_path)
{
    GBytes *want = read_file(want_path);
    gsize n;
    const uint8_t *w = g_bytes_get_data(want, &n);
    g_assert_cmpuint(block_size(d), ==, n);
    uint8_t *buf = g_malloc(n);
    /* in odd-sized pieces, to cross clusters and L2 tables unaligned */
    for (gsize off = 0; off < n;) {
        gsize len = MIN((gsize)77777, n - off);
        g_assert_cmpint(block_read(d, off, buf + off, len), ==, BLOCK_OK);
        off += len;
    }
    assert_bytes_eq(buf, w, n);
    g_free(buf);
    g_bytes_unref(want);
}

static void test_qcow2(void)
{
    const uint64_t size = 3 << 20;
    char *raw = tmp("src.raw");
    GBytes *b = pattern(size, 5);
    write_file(raw, b);
    struct { const char *opts, *name; } kinds[] = {
        { "compat=0.10", "v2-64k.qcow2" },
        { "compat=1.1", "v3-64k.qcow2" },
        { "compat=1.1,cluster_size=512", "v3-512.qcow2" },
        { "compat=0.10,cluster_size=4096", "v2-4k.qcow2" },
        { "compat=1.1,cluster_size=2M", "v3-2m.qcow2" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(kinds); i++) {
        char *q = tmp(kinds[i].name);
        char *cmd = g_strdup_printf("qemu-img convert -f raw -O qcow2 -o %s "
                                    "%s %s", kinds[i].opts, raw, q);
        run(cmd);
        g_free(cmd);
        char *sha = file_sha(q);
        BlockSet *bs = block_set_new();
        /* probed and named */
        BlockDrive *d = add(bs, "file=%s,if=none,id=p", q);
        g_assert_cmpstr(block_format(d), ==, "qcow2");
        assert_drive_is(d, raw);
        BlockDrive *n = add(bs, "file=%s,if=none,id=n,format=qcow2", q);
        /* writes land in the overlay, reads see them over the image */
        uint8_t w[6000];
        memset(w, 0xc3, sizeof w);
        g_assert_cmpint(block_write(n, 65530, w, sizeof w), ==, BLOCK_OK);
        uint8_t r[8000];
        g_assert_cmpint(block_read(n, 64530, r, sizeof r), ==, BLOCK_OK);
        assert_bytes_eq(r, (const uint8_t *)g_bytes_get_data(b, NULL) +
                        64530, 1000);
        assert_bytes_eq(r + 1000, w, sizeof w);
        assert_bytes_eq(r + 7000, (const uint8_t *)g_bytes_get_data(b, NULL)
                        + 71530, 1000);
        /* format=raw shows the container itself */
        BlockDrive *asraw = add(bs, "file=%s,if=none,id=r,format=raw", q);
        g_assert_cmpstr(block_format(asraw), ==, "raw");
        block_set_free(bs);
        char *sha2 = file_sha(q);
        g_assert_cmpstr(sha, ==, sha2);
        g_free(sha);
        g_free(sha2);
        g_free(q);
    }
    g_bytes_unref(b);
    g_free(raw);
}

/* zero clusters (v3), a backing file, and an image qemu-io wrote into;
 * the expected bytes are qemu-img convert's */
static void test_qcow2_features(void)
{
    char *base = tmp("base.raw");
    GBytes *b = pattern(2 << 20, 6);
    write_file(base, b);
    char *top = tmp("top.qcow2"), *flat = tmp("top-flat.raw");
    char *cmd = g_strdup_printf(
        "sh -c 'qemu-img create -q -f qcow2 -o compat=1.1 -b %s -F raw %s "
        "&& qemu-io -c \"write -P 0xab 65536 70000\" -c \"write -z 262144 "
        "131072\" -c \"write -P 0x11 2096640 512\" %s > /dev/null "
        "&& qemu-img convert -O raw %s %s'", base, top, top, top, flat);
    run(cmd);
    g_free(cmd);
    BlockSet *bs = block_set_new();
    BlockDrive *d = add(bs, "file=%s,if=none,id=t", top);
    assert_drive_is(d, flat);
    /* a qcow2 image as a backing file, named relatively */
    char *top2 = tmp("top2.qcow2"), *flat2 = tmp("top2-flat.raw");
    cmd = g_strdup_printf(
        "sh -c 'cd %s && qemu-img create -q -f qcow2 -b top.qcow2 -F qcow2 "
        "top2.qcow2 && qemu-io -c \"write -P 0x77 1000000 5000\" top2.qcow2 "
        "> /dev/null && qemu-img convert -O raw top2.qcow2 %s'", tmpdir,
        flat2);
    run(cmd);
    g_free(cmd);
    BlockDrive *d2 = add(bs, "file=%s,if=none,id=t2", top2);
    assert_drive_is(d2, flat2);
    block_set_free(bs);
    g_free(top);
    g_free(flat);
    g_free(top2);
    g_free(flat2);
    g_bytes_unref(b);
    g_free(base);
}

/* qcow2 that farad refuses: one line each, naming the file */
static void test_qcow2_bad(void)
{
    char *raw = tmp("b.raw");
    GBytes *b = pattern(1 << 20, 7);
    write_file(raw, b);
    char *good = tmp("good.qcow2");
    char *cmd = g_strdup_printf("qemu-img convert -O qcow2 %s %s", raw,
                                good);
    run(cmd);
    g_free(cmd);
    GBytes *g = read_file(good);
    gsize glen;
    const uint8_t *gp = g_bytes_get_data(g, &glen);
    char *p = tmp("x.qcow2"), *msg, *want;

    /* a truncated header */
    g_assert_true(g_file_set_contents(p, (const char *)gp, 50, NULL));
    msg = add_error("file=%s", p);
    want = g_strdup_printf("'%s': truncated qcow2 header (50 bytes of at "
                           "least 72)", p);
    g_assert_cmpstr(msg, ==, want);
    g_free(msg);
    g_free(want);
    g_assert_true(g_file_set_contents(p, (const char *)gp, 80, NULL));
    msg = add_error("file=%s", p);
    want = g_strdup_printf("'%s': truncated qcow2 header (80 bytes of at "
                           "least 104 for version 3)", p);
    g_assert_cmpstr(msg, ==, want);
    g_free(msg);
    g_free(want);
    /* the data clusters cut off */
    g_assert_true(g_file_set_contents(p, (const char *)gp,
                                      (gssize)(glen / 2), NULL));
    msg = add_error("file=%s", p);
    g_assert_true(g_str_has_prefix(msg, "'"));
    g_assert_nonnull(strstr(msg, "past the end of the"));
    g_assert_nonnull(strstr(msg, "(truncated image?)"));
    g_free(msg);
    /* version 4 */
    uint8_t *m = g_memdup2(gp, glen);
    m[7] = 4;
    g_assert_true(g_file_set_contents(p, (const char *)m, (gssize)glen,
                                      NULL));
    msg = add_error("file=%s", p);
    want = g_strdup_printf("'%s': unsupported qcow2 version 4 (farad reads "
                           "2 and 3)", p);
    g_assert_cmpstr(msg, ==, want);
    g_free(msg);
    g_free(want);
    /* a header claiming a 64 TiB disk of 512-byte clusters (2^31 L1
     * entries): refused before anything is sized by the claim (the L1
     * table would lie past the file's end) */
    memcpy(m, gp, glen);
    m[23] = 9;                       /* cluster_bits */
    memset(m + 24, 0, 8);
    m[26] = 0x40;                    /* size = 1 << 46 */
    memset(m + 36, 0xff, 4);         /* l1_size */
    g_assert_true(g_file_set_contents(p, (const char *)m, (gssize)glen,
                                      NULL));
    msg = add_error("file=%s", p);
    g_assert_nonnull(strstr(msg, "': the L1 table at offset 0x"));
    g_assert_true(g_str_has_suffix(msg, "-byte file (truncated image?)"));
    g_free(msg);
    /* encryption (crypt_method = 1, AES) */
    memcpy(m, gp, glen);
    m[35] = 1;
    g_assert_true(g_file_set_contents(p, (const char *)m, (gssize)glen,
                                      NULL));
    msg = add_error("file=%s", p);
    want = g_strdup_printf("'%s': encrypted qcow2 images are not "
                           "supported", p);
    g_assert_cmpstr(msg, ==, want);
    g_free(msg);
    g_free(want);
    g_free(m);
    /* format=qcow2 on a raw file */
    msg = add_error("file=%s,format=qcow2", raw);
    want = g_strdup_printf("'%s': Image is not in qcow2 format", raw);
    g_assert_cmpstr(msg, ==, want);
    g_free(msg);
    g_free(want);
    /* compressed clusters (of compressible data: qemu-img stores a
     * cluster that does not shrink uncompressed) */
    char *text = tmp("text.raw"), *c = tmp("c.qcow2");
    GString *t = g_string_new(NULL);
    while (t->len < 1 << 20) {
        g_string_append(t, "farad reads qcow2 ");
    }
    g_assert_true(g_file_set_contents(text, t->str, 1 << 20, NULL));
    g_string_free(t, TRUE);
    cmd = g_strdup_printf("qemu-img convert -c -O qcow2 %s %s", text, c);
    g_free(text);
    run(cmd);
    g_free(cmd);
    msg = add_error("file=%s", c);
    want = g_strdup_printf("'%s': compressed clusters are not supported "
                           "(guest offset 0x0); convert the image without "
                           "-c: qemu-img convert -O qcow2 IN OUT", c);
    g_assert_cmpstr(msg, ==, want);
    g_free(msg);
    g_free(want);
    /* qcow2 cannot be written through */
    msg = add_error("file=%s,snapshot=off", good);
    want = g_strdup_printf("'%s': farad cannot write qcow2 images: use "
                           "snapshot=on (the default; writes go to the "
                           "overlay) or readonly=on", good);
    g_assert_cmpstr(msg, ==, want);
    g_free(msg);
    g_free(want);
    /* a missing backing file */
    char *top = tmp("orphan.qcow2"), *gone = tmp("gone.raw");
    cmd = g_strdup_printf("sh -c 'qemu-img create -q -f raw %s 1M && "
                          "qemu-img create -q -f qcow2 -b %s -F raw %s && "
                          "rm %s'", gone, gone, top, gone);
    run(cmd);
    g_free(cmd);
    msg = add_error("file=%s", top);
    want = g_strdup_printf("'%s': Could not open backing file '%s': No such "
                           "file or directory", top, gone);
    g_assert_cmpstr(msg, ==, want);
    g_free(msg);
    g_free(want);
    g_free(top);
    g_free(gone);
    g_free(c);
    g_bytes_unref(g);
    g_free(good);
    g_free(p);
    g_bytes_unref(b);
    g_free(raw);
}

static bool count_cluster(void *opaque, uint64_t index, const uint8_t *data,
                          const uint8_t *sha256)
{
    GArray *seen = opaque;
    uint8_t sha[32];
    gsize n = sizeof sha;
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    g_checksum_update(c, data, BLOCK_CLUSTER_SIZE);
    g_checksum_get_digest(c, sha, &n);
    g_checksum_free(c);
    g_assert_cmpmem(sha, 32, sha256, 32);
    g_array_append_val(seen, index);
    return true;
}

/* the overlay seen from outside: ordered walk with hashes, a detached
 * overlay installed, the bounds check */
static void test_overlay_api(void)
{
    char *img = tmp("ov.raw");
    GBytes *b = pattern(40960, 8);
    write_file(img, b);
    BlockSet *bs = block_set_new();
    BlockDrive *d = add(bs, "file=%s,if=none,id=o", img);
    uint8_t w[4096];
    memset(w, 1, sizeof w);
    g_assert_cmpint(block_write(d, 9 * 4096, w, 4096), ==, BLOCK_OK);
    g_assert_cmpint(block_write(d, 2 * 4096 + 5, w, 10), ==, BLOCK_OK);
    GArray *seen = g_array_new(FALSE, FALSE, sizeof(uint64_t));
    g_assert_true(block_overlay_foreach(d, count_cluster, seen));
    g_assert_cmpuint(seen->len, ==, 2);
    g_assert_cmpuint(g_array_index(seen, uint64_t, 0), ==, 2);
    g_assert_cmpuint(g_array_index(seen, uint64_t, 1), ==, 9);
    g_array_free(seen, TRUE);
    BlockOverlay *ov = block_overlay_new();
    memset(w, 2, sizeof w);
    block_overlay_put(ov, 3, w);
    GError *err = NULL;
    g_assert_true(block_overlay_fits(d, ov, &err));
    block_overlay_install(d, ov);
    g_assert_cmpuint(block_overlay_clusters(d), ==, 1);
    uint8_t r[4096];
    g_assert_cmpint(block_read(d, 3 * 4096, r, 4096), ==, BLOCK_OK);
    assert_bytes_eq(r, w, 4096);
    g_assert_cmpint(block_read(d, 9 * 4096, r, 4096), ==, BLOCK_OK);
    assert_bytes_eq(r, (const uint8_t *)g_bytes_get_data(b, NULL) + 9 * 4096,
                    4096);
    BlockOverlay *big = block_overlay_new();
    block_overlay_put(big, 10, w);
    g_assert_false(block_overlay_fits(d, big, &err));
    g_assert_cmpstr(err->message, ==, "drive 'o': overlay cluster 10 is "
                    "past the end of the 40960-byte medium");
    g_clear_error(&err);
    block_overlay_free(big);
    block_set_free(bs);
    g_bytes_unref(b);
    g_free(img);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    tmpdir = g_dir_make_tmp("farad-block-XXXXXX", NULL);
    g_assert_nonnull(tmpdir);
    g_test_add_func("/block/options", test_options);
    g_test_add_func("/block/bad-options", test_bad_options);
    g_test_add_func("/block/raw-overlay", test_raw_overlay);
    g_test_add_func("/block/write-through", test_write_through);
    g_test_add_func("/block/overlay-api", test_overlay_api);
    g_test_add_func("/block/qcow2", test_qcow2);
    g_test_add_func("/block/qcow2-features", test_qcow2_features);
    g_test_add_func("/block/qcow2-bad", test_qcow2_bad);
    int rc = g_test_run();
    char *cmd = g_strdup_printf("rm -rf %s", tmpdir);
    (void)!system(cmd);
    g_free(cmd);
    g_free(tmpdir);
    return rc;
}
