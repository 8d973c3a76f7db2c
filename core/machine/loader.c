/* SPDX-License-Identifier: MIT */
/*
 * Image loaders: a raw firmware image (-bios) and ELF64 PowerPC programs
 * (-kernel), big- or little-endian. Every way a file can be wrong gets
 * one error naming the file and the problem.
 */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "platform.h"
#include "base/symbols.h"

/* Read the image file at path (what names it in errors: "" or
 * "kernel "), at most max bytes: a regular file only (a FIFO or device
 * would block or never end), its size checked before anything is read.
 * On success *data (g_free) holds *len bytes. */
static bool read_image(const char *what, const char *path, uint64_t max,
                       gchar **data, gsize *len, GError **err)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    const char *why = NULL;
    if (fd < 0 || fstat(fd, &st) < 0) {
        why = g_strerror(errno);
    } else if (!S_ISREG(st.st_mode)) {
        why = "not a regular file";
    }
    if (why) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "could not load %s'%s': %s", what, path, why);
        if (fd >= 0) {
            close(fd);
        }
        return false;
    }
    if ((uint64_t)st.st_size > max) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "could not load %s'%s': %llu bytes, more than the %llu "
                    "it may have", what, path,
                    (unsigned long long)st.st_size, (unsigned long long)max);
        close(fd);
        return false;
    }
    /* read what fstat said and one byte more: a file growing meanwhile
     * is refused like one that was too big */
    gsize cap = (gsize)st.st_size + 1, got = 0;
    gchar *buf = g_malloc(cap);
    while (got < cap) {
        ssize_t n = read(fd, buf + got, cap - got);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            why = n < 0 ? g_strerror(errno) : NULL;
            break;
        }
        got += (gsize)n;
    }
    close(fd);
    if (why || got > max || got == cap) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "could not load %s'%s': %s", what, path,
                    why ? why : "the file changed while it was read");
        g_free(buf);
        return false;
    }
    *data = buf;
    *len = got;
    return true;
}

bool load_raw(Machine *m, const char *path, uint64_t addr, uint64_t max,
              uint64_t *size, GError **err)
{
    gchar *data = NULL;
    gsize len = 0;
    if (addr >= m->ram_size) {
        max = 0;
    } else {
        max = MIN(max, m->ram_size - addr);
    }
    if (!read_image("", path, max, &data, &len, err)) {
        return false;
    }
    if (len == 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "could not load '%s': the file is empty", path);
        g_free(data);
        return false;
    }
    memcpy(m->ram + addr, data, len);
    ppc_invalidate_code(m->cpu, addr, len);
    *size = len;
    g_free(data);
    return true;
}

/* The largest ELF file read when RAM is smaller than this. */
#define ELF_MAX_FILE (1ULL << 30)

typedef struct ElfReader {
    const uint8_t *data;
    size_t len;
    bool le;
} ElfReader;

static uint64_t rd(const ElfReader *r, size_t off, unsigned size)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        unsigned b = r->le ? size - 1 - i : i;
        v = (v << 8) | r->data[off + b];
    }
    return v;
}

#define ELF_ERR(...) \
    do { \
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE, __VA_ARGS__); \
        goto out; \
    } while (0)

bool load_elf(Machine *m, const char *path, uint64_t load_base,
              ElfImage *img, GError **err)
{
    gchar *data = NULL;
    gsize len = 0;
    bool ok = false;
    SymSegment *segs = NULL;

    /* an ELF file may carry more than it loads (symbols, debug info),
     * but not without bound */
    if (!read_image("kernel ", path, MAX(m->ram_size, ELF_MAX_FILE), &data,
                    &len, err)) {
        return false;
    }
    ElfReader r = { (const uint8_t *)data, len, false };
    if (len < 64 || memcmp(data, ELFMAG, SELFMAG) != 0) {
        ELF_ERR("could not load kernel '%s': not an ELF file", path);
    }
    if (r.data[EI_CLASS] != ELFCLASS64) {
        ELF_ERR("could not load kernel '%s': not a 64-bit ELF (class %u)",
                path, r.data[EI_CLASS]);
    }
    if (r.data[EI_DATA] != ELFDATA2MSB && r.data[EI_DATA] != ELFDATA2LSB) {
        ELF_ERR("could not load kernel '%s': bad ELF data encoding %u", path,
                r.data[EI_DATA]);
    }
    r.le = r.data[EI_DATA] == ELFDATA2LSB;
    img->le = r.le;
    uint64_t machine = rd(&r, 18, 2);
    if (machine != EM_PPC64) {
        ELF_ERR("could not load kernel '%s': ELF machine %llu is not "
                "PowerPC64 (%d)", path, (unsigned long long)machine, EM_PPC64);
    }
    uint64_t phoff = rd(&r, 32, 8), phentsize = rd(&r, 54, 2);
    uint64_t phnum = rd(&r, 56, 2);
    if (phentsize < 56 || phoff > len || phnum * phentsize > len - phoff) {
        ELF_ERR("could not load kernel '%s': program headers lie outside "
                "the file (truncated?)", path);
    }
    img->entry = rd(&r, 24, 8);
    img->low = UINT64_MAX;
    img->high = 0;
    img->size = 0;
    unsigned loaded = 0;
    segs = g_new0(SymSegment, phnum + 1);
    for (uint64_t i = 0; i < phnum; i++) {
        size_t ph = (size_t)(phoff + i * phentsize);
        if (rd(&r, ph, 4) != PT_LOAD) {
            continue;
        }
        uint64_t off = rd(&r, ph + 8, 8), paddr = rd(&r, ph + 24, 8);
        uint64_t filesz = rd(&r, ph + 32, 8), memsz = rd(&r, ph + 40, 8);
        paddr &= 0x0fffffffffffffffULL;
        if (load_base != ELF_AT_PADDR) {
            paddr = (paddr & 0x0fffffff) + load_base;  /* QEMU's rule */
        }
        if (off > len || filesz > len - off) {
            ELF_ERR("could not load kernel '%s': segment %llu extends past "
                    "the end of the file (truncated?)", path,
                    (unsigned long long)i);
        }
        if (filesz > memsz) {
            ELF_ERR("could not load kernel '%s': segment %llu has more "
                    "bytes in the file (0x%llx) than in memory (0x%llx)",
                    path, (unsigned long long)i, (unsigned long long)filesz,
                    (unsigned long long)memsz);
        }
        if (paddr >= m->ram_size ||
            memsz > m->ram_size - paddr) {
            ELF_ERR("could not load kernel '%s': segment %llu at 0x%llx "
                    "(0x%llx bytes) does not fit in RAM", path,
                    (unsigned long long)i, (unsigned long long)paddr,
                    (unsigned long long)memsz);
        }
        memcpy(m->ram + paddr, r.data + off, filesz);
        memset(m->ram + paddr + filesz, 0, memsz - filesz);
        ppc_invalidate_code(m->cpu, paddr, memsz);
        img->low = MIN(img->low, paddr);
        img->high = MAX(img->high, paddr + memsz);
        img->size += memsz;
        segs[loaded] = (SymSegment){ .vaddr = rd(&r, ph + 16, 8),
                                     .size = memsz, .paddr = paddr };
        loaded++;
    }
    if (!loaded) {
        ELF_ERR("could not load kernel '%s': no loadable segments", path);
    }
    /* its symbols, by physical address, for plugins and tools (read once:
     * a reset reloads the same file) */
    if (!m->symbols) {
        m->symbols = symtab_from_elf(r.data, len, r.le, segs, loaded);
    }
    /* ELFv1 (big-endian ABI v1): the entry is a function descriptor. */
    uint64_t flags = rd(&r, 48, 4);
    if (!r.le && (flags & 3) != 2) {
        uint64_t pa = img->entry & 0x0fffffffffffffffULL;
        if (pa >= img->low && pa + 8 <= img->high && pa + 8 <= m->ram_size) {
            uint64_t fn = 0;
            for (int b = 0; b < 8; b++) {
                fn = (fn << 8) | m->ram[pa + b];
            }
            /* only a descriptor if it points into the image */
            uint64_t fpa = fn & 0x0fffffffffffffffULL;
            if (fpa >= img->low && fpa < img->high && fpa != pa) {
                img->entry = fn;
            }
        }
    }
    ok = true;
out:
    g_free(segs);
    g_free(data);
    return ok;
}
