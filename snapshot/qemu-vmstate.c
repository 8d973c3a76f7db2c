/* SPDX-License-Identifier: MIT */
/*
 * QEMU's vmstate loader, for described sections in QEMU's own layout
 * (base/snapdesc.h tables whose names are QEMU's field names): fields
 * in order, big-endian, EQUAL fields compared with the value already in
 * the object, fields whose test is false or whose version is newer than
 * the stream's skipped, inline structs, counted arrays allocated on
 * load, then the subsections (0x05, name, version) that follow. It reads
 * like QEMU 7.2's migration/vmstate.c does, so it fails at the same
 * byte with the same lines ("Failed to load cpu:env.gpr", "1002 !=
 * 1003"): a read past the end of the stream gives zeros and a pending
 * EIO that is noticed where QEMU notices it.
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include "qemu-vmstate.h"

void qin_report(QIn *in, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    g_string_append_vprintf(in->msg, fmt, ap);
    va_end(ap);
    g_string_append_c(in->msg, '\n');
}

uint64_t qin_get(QIn *in, unsigned w)
{
    if (in->len - in->pos < w) {
        in->pos = in->len;
        if (!in->err) {
            in->err = -EIO;
        }
        return 0;
    }
    uint64_t v = 0;
    for (unsigned i = 0; i < w; i++) {
        v = (v << 8) | in->d[in->pos++];
    }
    return v;
}

const uint8_t *qin_buf(QIn *in, size_t n)
{
    if (in->len - in->pos < n) {
        in->pos = in->len;
        if (!in->err) {
            in->err = -EIO;
        }
        return NULL;
    }
    const uint8_t *p = in->d + in->pos;
    in->pos += n;
    return p;
}

int qin_peek(const QIn *in, size_t at)
{
    return in->len - in->pos > at ? in->d[in->pos + at] : -1;
}

static unsigned width(SnapType t)
{
    switch (t) {
    case SNAP_TYPE_U8: case SNAP_TYPE_BOOL: return 1;
    case SNAP_TYPE_U16: return 2;
    case SNAP_TYPE_U32: case SNAP_TYPE_U32_ARRAY: case SNAP_TYPE_I32:
        return 4;
    default: return 8;
    }
}

static void store(void *p, unsigned w, uint64_t v)
{
    switch (w) {
    case 1: *(uint8_t *)p = (uint8_t)v; break;
    case 2: *(uint16_t *)p = (uint16_t)v; break;
    case 4: *(uint32_t *)p = (uint32_t)v; break;
    default: *(uint64_t *)p = v; break;
    }
}

static uint64_t fetch(const void *p, unsigned w)
{
    switch (w) {
    case 1: return *(const uint8_t *)p;
    case 2: return *(const uint16_t *)p;
    case 4: return *(const uint32_t *)p;
    default: return *(const uint64_t *)p;
    }
}

static int failed(QIn *in, const SnapSection *sec, const SnapField *f,
                  int ret)
{
    if (sec->name) {   /* not the elements of a scalar array */
        qin_report(in, "Failed to load %s:%s", sec->name, f->name);
    }
    return ret;
}

/* One scalar element at p: read, EQUAL check, store. */
static int scalar(QIn *in, const SnapField *f, void *p)
{
    unsigned w = width(f->type);
    uint64_t v = qin_get(in, w);
    if (f->flags & SNAP_F_EQUAL) {
        uint64_t local = fetch(p, w);
        if (local != v) {
            qin_report(in, "%" PRIx64 " != %" PRIx64, local, v);
            return -EINVAL;
        }
    }
    if (f->type == SNAP_TYPE_BOOL) {
        v = v != 0;
    }
    store(p, w, v);
    return 0;
}

static uint32_t count_at(const void *base, const SnapField *f)
{
    uint32_t n;
    memcpy(&n, (const uint8_t *)base + f->count_offset, 4);
    return n;
}

int qemu_vmstate_load(QIn *in, const SnapSection *sec, void *base,
                      uint32_t version)
{
    if (version > sec->version) {
        qin_report(in, "%s: incoming version_id %u is higher than local "
                   "version_id %u", sec->name, version, sec->version);
        return -EINVAL;
    }
    if (version < sec->min_version) {
        qin_report(in, "%s: incoming version_id %u is too old for local "
                   "minimum version_id  %u", sec->name, version,
                   sec->min_version);
        return -EINVAL;
    }
    for (const SnapField *f = sec->fields; f->name; f++) {
        if (f->since > version || (f->flags & SNAP_F_DERIVED) ||
            (f->test && !f->test(base))) {
            continue;
        }
        uint8_t *p = (uint8_t *)base + f->offset;
        int ret = 0;
        switch (f->type) {
        case SNAP_TYPE_BYTES: {
            const uint8_t *b = qin_buf(in, f->count);
            if (b) {
                memcpy(p, b, f->count);
            }
            break;
        }
        case SNAP_TYPE_BUFFER: {
            uint32_t n = count_at(base, f);
            if (n > in->len - in->pos) {   /* not in the stream: no
                                              allocation of its size */
                qin_buf(in, n);
                break;
            }
            if (f->flags & SNAP_F_ALLOC) {
                g_free(*(uint8_t **)p);
                *(uint8_t **)p = g_malloc0(MAX(n, 1));
            }
            const uint8_t *b = qin_buf(in, n);
            if (b) {
                memcpy(*(uint8_t **)p, b, n);
            }
            break;
        }
        case SNAP_TYPE_U64_ARRAY:
        case SNAP_TYPE_U32_ARRAY: {
            unsigned w = width(f->type);
            for (uint32_t i = 0; i < f->count && !ret; i++) {
                store(p + i * w, w, qin_get(in, w));
                ret = in->err;
            }
            break;
        }
        case SNAP_TYPE_STRUCT:
            for (uint32_t i = 0; i < f->count && !ret; i++) {
                ret = qemu_vmstate_load(in, f->elem, p + i * f->elem_size,
                                        f->elem->version);
                ret = ret ? ret : in->err;
            }
            break;
        case SNAP_TYPE_STRUCT_VARRAY: {
            uint32_t n = count_at(base, f);
            if (n > in->len - in->pos) {
                /* more elements than bytes: QEMU reads them off the end
                 * of the stream (EIO); farad allocates nothing for them */
                in->pos = in->len;
                in->err = in->err ? in->err : -EIO;
                ret = -EIO;
                break;
            }
            g_free(*(void **)p);
            uint8_t *arr = g_malloc0(MAX((size_t)n * f->elem_size, 1));
            *(void **)p = arr;
            for (uint32_t i = 0; i < n && !ret; i++) {
                ret = qemu_vmstate_load(in, f->elem, arr + i * f->elem_size,
                                        f->elem->version);
                ret = ret ? ret : in->err;
            }
            break;
        }
        default:
            ret = scalar(in, f, p);
            break;
        }
        if (!ret) {
            ret = in->err;
        }
        if (ret) {
            return failed(in, sec, f, ret);
        }
    }
    /* subsections: "parent/...": any other name ends the section */
    while (sec->name && qin_peek(in, 0) == 0x05) {
        int len = qin_peek(in, 1);
        size_t plen = strlen(sec->name);
        if (len < 0 || (size_t)len < plen + 1 ||
            in->len - in->pos < 2 + (size_t)len ||
            memcmp(in->d + in->pos + 2, sec->name, plen)) {
            break;
        }
        const SnapSection *sub = NULL;
        for (const SnapSection *const *s = sec->subsections; s && *s; s++) {
            if (strlen((*s)->name) == (size_t)len &&
                !memcmp((*s)->name, in->d + in->pos + 2, (size_t)len)) {
                sub = *s;
            }
        }
        if (!sub) {
            return -ENOENT;
        }
        in->pos += 2 + (size_t)len;
        uint32_t v = (uint32_t)qin_get(in, 4);
        int ret = qemu_vmstate_load(in, sub, base, v);
        if (ret) {
            return ret;
        }
        if (in->seen_sub) {
            in->seen_sub(in->seen_opaque, sub);
        }
    }
    return in->err;
}
