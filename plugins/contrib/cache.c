/* SPDX-License-Identifier: MIT */
/*
 * cache: a set-associative L1 instruction and data cache model with LRU
 * (or FIFO) replacement, counting accesses and misses. Indexed by guest
 * physical address; an access is attributed to the block of its first
 * byte.
 *
 * Options (sizes in bytes, powers of two): dcachesize=32768 dassoc=8
 * dblksize=128 icachesize=32768 iassoc=8 iblksize=128 policy=lru|fifo,
 * pcrange=LO-HI (model only accesses made by, and fetches of,
 * instructions at addresses in [LO, HI)).
 * Output at exit: "dcache accesses A misses M miss-rate R%" and the
 * same for icache.
 */
#include "util.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;

typedef struct Cache {
    uint64_t size, assoc, blksize, sets;
    uint64_t *tags;      /* sets * assoc; UINT64_MAX = invalid */
    uint64_t *stamp;     /* LRU: last use; FIFO: fill time */
    uint64_t clock;
    uint64_t accesses, misses;
} Cache;

typedef struct CacheState {
    Cache d, i;
    bool fifo, ranged;
    uint64_t lo, hi;
} CacheState;

static bool cache_init(Cache *c)
{
    if (!c->size || !c->assoc || !c->blksize ||
        (c->size & (c->size - 1)) || (c->blksize & (c->blksize - 1)) ||
        c->size % (c->assoc * c->blksize)) {
        return false;
    }
    c->sets = c->size / (c->assoc * c->blksize);
    c->tags = malloc(c->sets * c->assoc * sizeof(uint64_t));
    c->stamp = calloc(c->sets * c->assoc, sizeof(uint64_t));
    for (uint64_t k = 0; k < c->sets * c->assoc; k++) {
        c->tags[k] = UINT64_MAX;
    }
    return true;
}

static void cache_access(Cache *c, uint64_t addr, bool fifo)
{
    uint64_t blk = addr / c->blksize;
    uint64_t set = blk % c->sets;
    uint64_t *tags = &c->tags[set * c->assoc];
    uint64_t *stamp = &c->stamp[set * c->assoc];
    c->accesses++;
    c->clock++;
    for (uint64_t w = 0; w < c->assoc; w++) {
        if (tags[w] == blk) {
            if (!fifo) {
                stamp[w] = c->clock;
            }
            return;
        }
    }
    c->misses++;
    uint64_t victim = 0;
    for (uint64_t w = 0; w < c->assoc; w++) {
        if (tags[w] == UINT64_MAX) {
            victim = w;
            break;
        }
        if (stamp[w] < stamp[victim]) {
            victim = w;
        }
    }
    tags[victim] = blk;
    stamp[victim] = c->clock;
}

static void mem_cb(struct farad_plugin_vcpu *vcpu,
                   const struct farad_plugin_mem_info *m, void *udata)
{
    CacheState *s = udata;
    (void)vcpu;
    if (s->ranged && (m->pc < s->lo || m->pc >= s->hi)) {
        return;
    }
    cache_access(&s->d, m->paddr, s->fifo);
}

typedef struct Fetch {
    CacheState *s;
    uint64_t paddr;
} Fetch;

static void fetch_cb(struct farad_plugin_vcpu *vcpu, void *udata)
{
    Fetch *f = udata;
    (void)vcpu;
    cache_access(&f->s->i, f->paddr, f->s->fifo);
}

/* Fetch descriptors are kept in chunks freed at exit. */
typedef struct FetchChunk {
    struct FetchChunk *next;
    size_t used;
    Fetch f[1024];
} FetchChunk;

typedef struct CachePlugin {
    CacheState s;
    FetchChunk *chunks;
} CachePlugin;

static void block_trans(farad_plugin_id id, struct farad_plugin_block *b,
                        void *udata)
{
    CachePlugin *cp = udata;
    (void)id;
    for (size_t k = 0; k < farad_plugin_block_n_insns(b); k++) {
        struct farad_plugin_insn *insn = farad_plugin_block_get_insn(b, k);
        uint64_t va = farad_plugin_insn_vaddr(insn);
        if (cp->s.ranged && (va < cp->s.lo || va >= cp->s.hi)) {
            continue;
        }
        if (!cp->chunks || cp->chunks->used == 1024) {
            FetchChunk *c = calloc(1, sizeof(*c));
            c->next = cp->chunks;
            cp->chunks = c;
        }
        Fetch *f = &cp->chunks->f[cp->chunks->used++];
        f->s = &cp->s;
        f->paddr = farad_plugin_insn_paddr(insn);
        farad_plugin_register_insn_exec_cb(insn, fetch_cb, f);
    }
}

static void report(farad_plugin_id id, const char *name, const Cache *c)
{
    char line[160];
    snprintf(line, sizeof(line),
             "%s accesses %llu misses %llu miss-rate %.4f%%\n", name,
             (unsigned long long)c->accesses, (unsigned long long)c->misses,
             c->accesses ? 100.0 * (double)c->misses / (double)c->accesses
                         : 0.0);
    farad_plugin_outs(id, line);
}

static void cache_free(Cache *c)
{
    free(c->tags);
    free(c->stamp);
}

static void at_exit(farad_plugin_id id, const FaradPluginExitInfo *info,
                    void *udata)
{
    CachePlugin *cp = udata;
    (void)info;
    report(id, "dcache", &cp->s.d);
    report(id, "icache", &cp->s.i);
    cache_free(&cp->s.d);
    cache_free(&cp->s.i);
    while (cp->chunks) {
        FetchChunk *c = cp->chunks;
        cp->chunks = c->next;
        free(c);
    }
    free(cp);
}

FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
                                             const FaradPluginInfo *info,
                                             int argc, char **argv)
{
    (void)info;
    CachePlugin *cp = calloc(1, sizeof(*cp));
    CacheState *s = &cp->s;
    s->d = (Cache){ .size = 32768, .assoc = 8, .blksize = 128 };
    s->i = s->d;
    for (int k = 0; k < argc; k++) {
        const char *v;
        bool ok = true;
        if ((v = opt_value(argv[k], "dcachesize"))) {
            ok = opt_u64(v, &s->d.size);
        } else if ((v = opt_value(argv[k], "dassoc"))) {
            ok = opt_u64(v, &s->d.assoc);
        } else if ((v = opt_value(argv[k], "dblksize"))) {
            ok = opt_u64(v, &s->d.blksize);
        } else if ((v = opt_value(argv[k], "icachesize"))) {
            ok = opt_u64(v, &s->i.size);
        } else if ((v = opt_value(argv[k], "iassoc"))) {
            ok = opt_u64(v, &s->i.assoc);
        } else if ((v = opt_value(argv[k], "iblksize"))) {
            ok = opt_u64(v, &s->i.blksize);
        } else if ((v = opt_value(argv[k], "policy"))) {
            ok = !strcmp(v, "lru") || !strcmp(v, "fifo");
            s->fifo = !strcmp(v, "fifo");
        } else if ((v = opt_value(argv[k], "pcrange"))) {
            ok = s->ranged = opt_range(v, &s->lo, &s->hi);
        } else {
            free(cp);
            return opt_error(id, "unknown option", argv[k]);
        }
        if (!ok) {
            free(cp);
            return opt_error(id, "bad value in", argv[k]);
        }
    }
    if (!cache_init(&s->d) || !cache_init(&s->i)) {
        cache_free(&s->d);
        cache_free(&s->i);
        free(cp);
        farad_plugin_set_error(id, "cache geometry: sizes must be powers of "
                               "two and size a multiple of assoc * blksize");
        return -1;
    }
    farad_plugin_register_mem_cb(id, mem_cb, FARAD_PLUGIN_MEM_RW, s);
    farad_plugin_register_block_trans_cb(id, block_trans, cp);
    farad_plugin_register_atexit_cb(id, at_exit, cp);
    return 0;
}
