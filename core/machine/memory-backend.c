/* SPDX-License-Identifier: MIT */
/*
 * Memory backend objects (-object memory-backend-ram / -file): parsing
 * and checking with QEMU 7.2's error wording, lookup by id, mapping.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "memory-backend.h"
#include "platform.h"

/* QEMU's size syntax for object properties: a number of bytes with an
 * optional B/K/M/G/T/P/E suffix (powers of 1024). */
static bool parse_obj_size(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    if (*s == '-' || !*s) {
        return false;
    }
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s) {
        return false;
    }
    static const char suffixes[] = "BKMGTPE";
    unsigned shift = 0;
    if (*end) {
        const char *p = strchr(suffixes, g_ascii_toupper(*end));
        if (!p || end[1]) {
            return false;
        }
        shift = 10 * (unsigned)(p - suffixes);
    }
    if (shift && v > (UINT64_MAX >> shift)) {
        return false;
    }
    *out = (uint64_t)v << shift;
    return true;
}

static bool parse_share(const char *v, bool *out)
{
    if (!strcmp(v, "on")) {
        *out = true;
    } else if (!strcmp(v, "off")) {
        *out = false;
    } else {
        return false;
    }
    return true;
}

bool memory_backend_parse(const char *arg, MemBackend *b, GError **err)
{
    gchar **parts = g_strsplit(arg, ",", -1);
    const char *type = parts[0] ? parts[0] : "";
    if (!strncmp(type, "qom-type=", 9)) {
        type += 9;
    }
    bool ok = true, have_size = false;
    char *bad = NULL;   /* message after "-object ARG: " */
    if (!strcmp(type, "memory-backend-file")) {
        b->is_file = true;
    } else if (strcmp(type, "memory-backend-ram")) {
        bad = g_strdup_printf("Parameter 'qom-type' does not accept value "
                              "'%s'", type);
    }
    for (int i = 1; !bad && parts[i]; i++) {
        char *eq = strchr(parts[i], '=');
        const char *key = parts[i], *val = eq ? eq + 1 : "on";
        if (eq) {
            *eq = 0;
        }
        if (!strcmp(key, "id")) {
            g_free(b->id);
            b->id = g_strdup(val);
        } else if (!strcmp(key, "size")) {
            if (!parse_obj_size(val, &b->size)) {
                bad = g_strdup("Parameter 'size' expects a size value");
            }
            have_size = true;
        } else if (!strcmp(key, "share")) {
            if (!parse_share(val, &b->share)) {
                bad = g_strdup("Parameter 'share' expects 'on' or 'off'");
            }
        } else if (b->is_file && !strcmp(key, "mem-path")) {
            g_free(b->mem_path);
            b->mem_path = g_strdup(val);
        } else {
            bad = g_strdup_printf("Invalid parameter '%s'", key);
        }
    }
    if (!bad && !b->id) {
        bad = g_strdup("Parameter 'id' is missing");
    }
    if (!bad && !have_size) {
        bad = g_strdup("Parameter 'size' is missing");
    }
    if (!bad && b->is_file && !b->mem_path) {
        bad = g_strdup("Parameter 'mem-path' is missing");
    }
    if (bad) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE, "-object %s: %s",
                    arg, bad);
        g_free(bad);
        ok = false;
    } else if (b->size == 0) {
        /* QEMU reports this one without the option prefix */
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "property 'size' of %s doesn't take value '0'", type);
        ok = false;
    }
    g_strfreev(parts);
    return ok;
}

static int open_backing(const MemBackend *b, GError **err)
{
    int fd = open(b->mem_path, O_RDWR | O_CREAT, 0600);
    if (fd < 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "can't open backing store %s for guest RAM: %s",
                    b->mem_path, g_strerror(errno));
    }
    return fd;
}

bool memory_backend_check(const char *arg, const GPtrArray *objects,
                          GError **err)
{
    MemBackend b = { 0 };
    bool ok = memory_backend_parse(arg, &b, err);
    for (guint i = 0; ok && objects && i < objects->len; i++) {
        MemBackend o = { 0 };
        if (memory_backend_parse(g_ptr_array_index(objects, i), &o, NULL) &&
            !strcmp(o.id, b.id)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-object %s: Duplicate ID '%s' for object", arg,
                        b.id);
            ok = false;
        }
        memory_backend_clear(&o);
    }
    if (ok && b.is_file) {
        int fd = open_backing(&b, err);
        ok = fd >= 0;
        if (ok) {
            close(fd);
        }
    }
    memory_backend_clear(&b);
    return ok;
}

bool memory_backend_find(Machine *m, const char *id, MemBackend *b,
                         GError **err)
{
    const GPtrArray *objs = m->cfg.objects;
    for (guint i = 0; objs && i < objs->len; i++) {
        MemBackend o = { 0 };
        if (memory_backend_parse(g_ptr_array_index(objs, i), &o, NULL) &&
            !strcmp(o.id, id)) {
            *b = o;
            return true;
        }
        memory_backend_clear(&o);
    }
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                "Device '%s' not found", id);
    return false;
}

uint8_t *memory_backend_map(const MemBackend *b, GError **err)
{
    int flags = b->share ? MAP_SHARED : MAP_PRIVATE;
    int fd = -1;
    if (b->is_file) {
        struct stat st;
        fd = open_backing(b, err);
        if (fd < 0) {
            return NULL;
        }
        if (fstat(fd, &st) < 0 ||
            ((uint64_t)st.st_size < b->size &&
             ftruncate(fd, (off_t)b->size) < 0)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                        "can't resize backing store %s: %s", b->mem_path,
                        g_strerror(errno));
            close(fd);
            return NULL;
        }
    } else {
        flags |= MAP_ANONYMOUS;
    }
    void *p = mmap(NULL, b->size, PROT_READ | PROT_WRITE, flags, fd, 0);
    if (fd >= 0) {
        close(fd);
    }
    if (p == MAP_FAILED) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "cannot allocate %llu bytes for memory backend '%s': %s",
                    (unsigned long long)b->size, b->id, g_strerror(errno));
        return NULL;
    }
    return p;
}

void memory_backend_unmap(uint8_t *p, uint64_t size)
{
    if (p) {
        munmap(p, size);
    }
}

void memory_backend_clear(MemBackend *b)
{
    g_free(b->id);
    g_free(b->mem_path);
    memset(b, 0, sizeof(*b));
}
