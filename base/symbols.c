/* SPDX-License-Identifier: MIT */
/*
 * Guest symbol table from an ELF's .symtab (see symbols.h): a sorted
 * array searched by binary search.
 */
#include <elf.h>
#include <glib.h>
#include <string.h>

#include "symbols.h"

typedef struct Sym {
    uint64_t pa, size;
    const char *name;   /* in names */
} Sym;

struct SymTab {
    Sym *syms;
    size_t n;
    char *names;        /* copy of the ELF string table */
};

static uint64_t rd(const uint8_t *d, size_t off, unsigned size, bool le)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        unsigned b = le ? size - 1 - i : i;
        v = (v << 8) | d[off + b];
    }
    return v;
}

static int by_addr(const void *a, const void *b)
{
    const Sym *x = a, *y = b;
    return x->pa < y->pa ? -1 : x->pa > y->pa;
}

SymTab *symtab_from_elf(const uint8_t *data, size_t len, bool le,
                        const SymSegment *segs, unsigned nsegs)
{
    if (len < 64) {
        return NULL;
    }
    uint64_t shoff = rd(data, 40, 8, le);
    uint64_t shentsize = rd(data, 58, 2, le), shnum = rd(data, 60, 2, le);
    if (shentsize < 64 || shoff > len || shnum * shentsize > len - shoff) {
        return NULL;
    }
    for (uint64_t i = 0; i < shnum; i++) {
        size_t sh = (size_t)(shoff + i * shentsize);
        if (rd(data, sh + 4, 4, le) != SHT_SYMTAB) {
            continue;
        }
        uint64_t off = rd(data, sh + 24, 8, le), size = rd(data, sh + 32, 8, le);
        uint64_t link = rd(data, sh + 40, 4, le);
        uint64_t entsize = rd(data, sh + 56, 8, le);
        if (link >= shnum || entsize < 24 || off > len || size > len - off) {
            return NULL;
        }
        size_t str = (size_t)(shoff + link * shentsize);
        uint64_t stroff = rd(data, str + 24, 8, le);
        uint64_t strsize = rd(data, str + 32, 8, le);
        if (stroff > len || strsize > len - stroff || strsize == 0) {
            return NULL;
        }
        SymTab *t = g_new0(SymTab, 1);
        t->names = g_malloc(strsize + 1);
        memcpy(t->names, data + stroff, strsize);
        t->names[strsize] = 0;
        t->syms = g_new0(Sym, size / entsize + 1);
        for (uint64_t s = 0; s < size / entsize; s++) {
            size_t e = (size_t)(off + s * entsize);
            uint64_t name = rd(data, e, 4, le);
            unsigned type = data[e + 4] & 0xf;
            uint64_t value = rd(data, e + 8, 8, le);
            uint64_t ssize = rd(data, e + 16, 8, le);
            /* functions, objects and assembly labels (NOTYPE), not
             * section/file symbols or local .L labels */
            if ((type != STT_FUNC && type != STT_OBJECT && type != STT_NOTYPE) ||
                name >= strsize || !t->names[name] || t->names[name] == '.' ||
                t->names[name] == '$') {
                continue;
            }
            for (unsigned k = 0; k < nsegs; k++) {
                if (value >= segs[k].vaddr &&
                    value - segs[k].vaddr < segs[k].size) {
                    t->syms[t->n++] = (Sym){
                        .pa = segs[k].paddr + (value - segs[k].vaddr),
                        .size = ssize, .name = t->names + name };
                    break;
                }
            }
        }
        qsort(t->syms, t->n, sizeof(Sym), by_addr);
        return t;
    }
    return NULL;
}

void symtab_free(SymTab *t)
{
    if (t) {
        g_free(t->syms);
        g_free(t->names);
        g_free(t);
    }
}

const char *symtab_lookup(const SymTab *t, uint64_t pa, uint64_t *offset)
{
    if (!t || t->n == 0) {
        return NULL;
    }
    size_t lo = 0, hi = t->n;   /* first symbol with address > pa */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->syms[mid].pa <= pa) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0) {
        return NULL;
    }
    const Sym *s = &t->syms[lo - 1];
    if (s->size && pa - s->pa >= s->size) {
        return NULL;
    }
    if (offset) {
        *offset = pa - s->pa;
    }
    return s->name;
}

size_t symtab_count(const SymTab *t)
{
    return t ? t->n : 0;
}
