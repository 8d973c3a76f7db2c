/* SPDX-License-Identifier: MIT */
/*
 * mem: guest data accesses per page: loads and stores, with an optional
 * trace of every access.
 *
 * Options: trace=on (one line per access), pagesize=N (default 4096, a
 * power of two), limit=N (pages shown, default 20).
 * Output at exit: "mem loads L stores S", then per page (most accessed
 * first) "page 0x... loads L stores S".
 */
#include "util.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;

typedef struct Page {
    uint64_t base;
    uint64_t loads, stores;
    bool used;
} Page;

typedef struct MemState {
    farad_plugin_id id;
    bool trace;
    uint64_t pagesize, limit;
    uint64_t loads, stores;
    Page *pages;
    size_t cap, used;
} MemState;

static Page *page_find(MemState *s, uint64_t base)
{
    if ((s->used + 1) * 2 > s->cap) {
        Page *old = s->pages;
        size_t old_cap = s->cap;
        s->cap = old_cap ? old_cap * 2 : 256;
        s->pages = calloc(s->cap, sizeof(Page));
        s->used = 0;
        for (size_t i = 0; i < old_cap; i++) {
            if (old[i].used) {
                *page_find(s, old[i].base) = old[i];
            }
        }
        free(old);
    }
    size_t i = (size_t)((base / s->pagesize) * 0x9e3779b97f4a7c15ULL >> 24) &
               (s->cap - 1);
    while (s->pages[i].used && s->pages[i].base != base) {
        i = (i + 1) & (s->cap - 1);
    }
    if (!s->pages[i].used) {
        s->pages[i].used = true;
        s->pages[i].base = base;
        s->used++;
    }
    return &s->pages[i];
}

static void mem_cb(struct farad_plugin_vcpu *vcpu,
                   const struct farad_plugin_mem_info *m, void *udata)
{
    MemState *s = udata;
    Page *p = page_find(s, m->paddr & ~(s->pagesize - 1));
    if (m->store) {
        s->stores++;
        p->stores++;
    } else {
        s->loads++;
        p->loads++;
    }
    if (s->trace) {
        char line[160];
        snprintf(line, sizeof(line),
                 "%u, pc 0x%llx, %s %u @0x%llx (pa 0x%llx) = 0x%llx%s\n",
                 farad_plugin_vcpu_index(vcpu), (unsigned long long)m->pc,
                 m->store ? "store" : "load", m->size,
                 (unsigned long long)m->vaddr, (unsigned long long)m->paddr,
                 (unsigned long long)m->value, m->io ? " io" : "");
        farad_plugin_outs(s->id, line);
    }
}

static int cmp_pages(const void *a, const void *b)
{
    const Page *x = a, *y = b;
    uint64_t nx = x->loads + x->stores, ny = y->loads + y->stores;
    if (nx != ny) {
        return nx < ny ? 1 : -1;
    }
    return x->base < y->base ? -1 : x->base > y->base;
}

static void at_exit(farad_plugin_id id, const FaradPluginExitInfo *info,
                    void *udata)
{
    MemState *s = udata;
    char line[160];
    (void)info;
    qsort(s->pages, s->cap, sizeof(Page), cmp_pages);
    snprintf(line, sizeof(line), "mem loads %llu stores %llu pages %zu\n",
             (unsigned long long)s->loads, (unsigned long long)s->stores,
             s->used);
    farad_plugin_outs(id, line);
    for (size_t i = 0; i < s->used && i < s->limit; i++) {
        snprintf(line, sizeof(line), "page 0x%016llx loads %llu stores %llu\n",
                 (unsigned long long)s->pages[i].base,
                 (unsigned long long)s->pages[i].loads,
                 (unsigned long long)s->pages[i].stores);
        farad_plugin_outs(id, line);
    }
    free(s->pages);
    free(s);
}

FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
                                             const FaradPluginInfo *info,
                                             int argc, char **argv)
{
    (void)info;
    MemState *s = calloc(1, sizeof(*s));
    s->id = id;
    s->pagesize = 4096;
    s->limit = 20;
    for (int i = 0; i < argc; i++) {
        const char *v;
        bool ok;
        if ((v = opt_value(argv[i], "trace"))) {
            ok = farad_plugin_bool_parse("trace", v, &s->trace);
        } else if ((v = opt_value(argv[i], "pagesize"))) {
            ok = opt_u64(v, &s->pagesize) && s->pagesize &&
                 !(s->pagesize & (s->pagesize - 1));
        } else if ((v = opt_value(argv[i], "limit"))) {
            ok = opt_u64(v, &s->limit);
        } else {
            free(s);
            return opt_error(id, "unknown option", argv[i]);
        }
        if (!ok) {
            free(s);
            return opt_error(id, "bad value in", argv[i]);
        }
    }
    farad_plugin_register_mem_cb(id, mem_cb, FARAD_PLUGIN_MEM_RW, s);
    farad_plugin_register_atexit_cb(id, at_exit, s);
    return 0;
}
