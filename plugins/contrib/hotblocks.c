/* SPDX-License-Identifier: MIT */
/*
 * hotblocks: the most executed blocks, with their execution counts and
 * disassembly. A block decoded again (after a code flush) keeps its
 * counter when its address and length are unchanged.
 *
 * Options: limit=N (blocks shown, default 10), range=LO-HI (only blocks
 * starting in [LO, HI)).
 * Output at exit: "block 0x... insns N count C" then one line per
 * instruction "  0x...: disassembly".
 */
#include "util.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;

typedef struct Block {
    uint64_t vaddr;
    uint64_t count;
    size_t n;
    uint32_t *words;
    const char *symbol;  /* guest symbol of the first instruction, or NULL */
} Block;

typedef struct HotState {
    Block **table;      /* open addressing on vaddr + n */
    size_t cap, used;
    uint64_t limit;
    bool ranged;
    uint64_t lo, hi;
} HotState;

static size_t slot_of(const HotState *s, uint64_t vaddr, size_t n)
{
    uint64_t h = (vaddr >> 2) * 0x9e3779b97f4a7c15ULL + n;
    size_t i = (size_t)(h >> 20) & (s->cap - 1);
    while (s->table[i] &&
           (s->table[i]->vaddr != vaddr || s->table[i]->n != n)) {
        i = (i + 1) & (s->cap - 1);
    }
    return i;
}

static void grow(HotState *s)
{
    Block **old = s->table;
    size_t old_cap = s->cap;
    s->cap = old_cap ? old_cap * 2 : 1024;
    s->table = calloc(s->cap, sizeof(Block *));
    for (size_t i = 0; i < old_cap; i++) {
        if (old[i]) {
            s->table[slot_of(s, old[i]->vaddr, old[i]->n)] = old[i];
        }
    }
    free(old);
}

static void block_trans(farad_plugin_id id, struct farad_plugin_block *b,
                        void *udata)
{
    HotState *s = udata;
    (void)id;
    uint64_t va = farad_plugin_block_vaddr(b);
    size_t n = farad_plugin_block_n_insns(b);
    if (s->ranged && (va < s->lo || va >= s->hi)) {
        return;
    }
    if ((s->used + 1) * 2 > s->cap) {
        grow(s);
    }
    size_t i = slot_of(s, va, n);
    Block *blk = s->table[i];
    if (!blk) {
        blk = calloc(1, sizeof(*blk));
        blk->vaddr = va;
        blk->n = n;
        blk->words = calloc(n, sizeof(uint32_t));
        s->table[i] = blk;
        s->used++;
    }
    for (size_t k = 0; k < n; k++) {
        blk->words[k] = farad_plugin_insn_word(farad_plugin_block_get_insn(b, k));
    }
    blk->symbol = farad_plugin_insn_symbol(farad_plugin_block_get_insn(b, 0));
    farad_plugin_register_block_exec_inline_add(b, &blk->count, 1);
}

static int cmp_blocks(const void *a, const void *b)
{
    const Block *x = *(Block *const *)a, *y = *(Block *const *)b;
    if (x->count != y->count) {
        return x->count < y->count ? 1 : -1;
    }
    return x->vaddr < y->vaddr ? -1 : x->vaddr > y->vaddr;
}

static void at_exit(farad_plugin_id id, const FaradPluginExitInfo *info,
                    void *udata)
{
    HotState *s = udata;
    (void)info;
    Block **all = calloc(s->used + 1, sizeof(Block *));
    size_t n = 0;
    for (size_t i = 0; i < s->cap; i++) {
        if (s->table[i]) {
            all[n++] = s->table[i];
        }
    }
    qsort(all, n, sizeof(Block *), cmp_blocks);
    char line[256], dis[128];
    snprintf(line, sizeof(line), "hotblocks: %zu blocks, top %llu\n", n,
             (unsigned long long)s->limit);
    farad_plugin_outs(id, line);
    for (size_t i = 0; i < n && i < s->limit; i++) {
        Block *blk = all[i];
        snprintf(line, sizeof(line), "block 0x%016llx insns %zu count %llu%s%s\n",
                 (unsigned long long)blk->vaddr, blk->n,
                 (unsigned long long)blk->count, blk->symbol ? " in " : "",
                 blk->symbol ? blk->symbol : "");
        farad_plugin_outs(id, line);
        for (size_t k = 0; k < blk->n; k++) {
            uint64_t a = blk->vaddr + 4 * k;
            farad_plugin_disas(id, blk->words[k], a, dis, sizeof(dis));
            snprintf(line, sizeof(line), "  0x%016llx: %08x  %s\n",
                     (unsigned long long)a, blk->words[k], dis);
            farad_plugin_outs(id, line);
        }
    }
    for (size_t i = 0; i < n; i++) {
        free(all[i]->words);
        free(all[i]);
    }
    free(all);
    free(s->table);
    free(s);
}

FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
                                             const FaradPluginInfo *info,
                                             int argc, char **argv)
{
    (void)info;
    HotState *s = calloc(1, sizeof(*s));
    s->limit = 10;
    for (int i = 0; i < argc; i++) {
        const char *v;
        bool ok;
        if ((v = opt_value(argv[i], "limit"))) {
            ok = opt_u64(v, &s->limit);
        } else if ((v = opt_value(argv[i], "range"))) {
            ok = s->ranged = opt_range(v, &s->lo, &s->hi);
        } else {
            free(s);
            return opt_error(id, "unknown option", argv[i]);
        }
        if (!ok) {
            free(s);
            return opt_error(id, "bad value in", argv[i]);
        }
    }
    grow(s);
    farad_plugin_register_block_trans_cb(id, block_trans, s);
    farad_plugin_register_atexit_cb(id, at_exit, s);
    return 0;
}
