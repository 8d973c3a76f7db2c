/* SPDX-License-Identifier: MIT */
/*
 * bbv: SimPoint basic-block vectors over true basic blocks.
 *
 * A basic block here is a dynamic, maximal single-entry straight-line
 * run: it starts where execution enters code other than by falling
 * through (the first instruction, any branch target, an interrupt
 * vector, the return of an rfid) and ends after a branch (taken or not),
 * sc/scv, a trap or an rfid-family instruction (ppc-flow.h), or when the
 * next instruction executed is not the next word (an interrupt). A
 * block is named by its entry: (effective address, physical address) of
 * its first instruction. A branch into the middle of a run therefore
 * starts a block of its own (a different entry), while the run entered
 * at its top stays one block: the definition of SimPoint's Valgrind and
 * QEMU BBV tools, and unlike farad's decode blocks it does not depend on
 * page or decode boundaries.
 *
 * Ids are 1, 2, ... in the order blocks are first entered, so two runs
 * of the same machine give byte-identical output. Each interval is
 * exactly N retired instructions of the vCPU (farad's own count); a
 * block running across an interval end counts its instructions on both
 * sides. Output, one line per interval (SimPoint's .bb format, as
 * Valgrind's exp-bbv writes it):
 *     T:id:count :id:count ... \n
 * count = instructions of the interval executed in that block, ids in
 * increasing order. A last, shorter interval is written when non-empty.
 *
 * The state (id table, open block, current interval) goes into farad
 * snapshots, so a run loaded from a snapshot at an interval start writes
 * that interval's line exactly as the whole run did. Plugin state is
 * part of the machine state a replay checks, so replaying a recording
 * made without this plugin needs snapshot=off.
 *
 * Options: interval=N (default 100000000), outfile=PATH (default: the
 * farad log; vCPU i > 0 writes PATH.i), blocks=PATH (at exit: "id vaddr
 * paddr" per block, the map from ids to code), snapshot=on|off (keep
 * the state in snapshots; default on).
 */
#include "ppc-flow.h"
#include "util.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;

#define SNAP_MAGIC 0x62627631u   /* "bbv1" */

/* One instrumented instruction (the exec callback's udata). */
typedef struct BbvInsn {
    struct BbvInsn *next;       /* all of them, for freeing */
    struct BbvState *s;
    uint64_t vaddr, paddr;
    bool ends;                  /* a control transfer: ends its block */
} BbvInsn;

typedef struct BbvKey {
    uint64_t vaddr, paddr;
} BbvKey;

typedef struct BbvVcpu {
    FILE *out;                  /* NULL: the farad log */
    bool open;                  /* a block is running */
    bool cut;                   /* the next instruction starts a block */
    uint32_t cur;               /* its id */
    uint64_t start;             /* its first instruction's icount */
    uint64_t last_pc;           /* the last instruction seen */
    uint64_t interval;          /* index of the interval being counted */
    bool loaded;                /* state came from a snapshot just now */
    uint64_t quiet_below;       /* intervals written before the snapshot */
    uint64_t *counts;           /* per id, this interval */
    uint32_t *touched;          /* ids with a count this interval */
    uint32_t n_touched;
    uint32_t cap;               /* room in counts (ids 0..cap-1) */
} BbvVcpu;

typedef struct BbvState {
    farad_plugin_id id;
    uint64_t len;               /* interval length */
    char *outfile, *blocksfile;
    BbvKey *keys;               /* by id - 1 */
    uint32_t n_ids, keys_cap;
    uint32_t *hash;             /* open addressing: id, 0 = empty */
    uint32_t hash_cap;          /* power of two */
    unsigned n_vcpus;
    BbvVcpu *vcpus;
    BbvInsn *all;
} BbvState;

static uint32_t key_hash(BbvKey k)
{
    uint64_t h = k.vaddr * 0x9e3779b97f4a7c15ull ^ k.paddr * 0xc2b2ae3d27d4eb4full;
    return (uint32_t)(h >> 32);
}

static void hash_put(BbvState *s, uint32_t id)
{
    uint32_t i = key_hash(s->keys[id - 1]) & (s->hash_cap - 1);
    while (s->hash[i]) {
        i = (i + 1) & (s->hash_cap - 1);
    }
    s->hash[i] = id;
}

static void id_add(BbvState *s, BbvKey k)
{
    if (s->n_ids == s->keys_cap) {
        s->keys_cap = s->keys_cap ? 2 * s->keys_cap : 256;
        s->keys = realloc(s->keys, s->keys_cap * sizeof(*s->keys));
    }
    s->keys[s->n_ids++] = k;
    if (2 * s->n_ids > s->hash_cap) {
        free(s->hash);
        s->hash_cap = s->hash_cap ? 2 * s->hash_cap : 512;
        s->hash = calloc(s->hash_cap, sizeof(*s->hash));
        for (uint32_t id = 1; id <= s->n_ids; id++) {
            hash_put(s, id);
        }
    } else {
        hash_put(s, s->n_ids);
    }
}

/* The id of the block entered at k, a new one on its first entry. */
static uint32_t id_of(BbvState *s, BbvKey k)
{
    if (s->hash_cap) {
        uint32_t i = key_hash(k) & (s->hash_cap - 1);
        for (uint32_t id; (id = s->hash[i]); i = (i + 1) & (s->hash_cap - 1)) {
            if (s->keys[id - 1].vaddr == k.vaddr &&
                s->keys[id - 1].paddr == k.paddr) {
                return id;
            }
        }
    }
    id_add(s, k);
    return s->n_ids;
}

static void vcpu_count(BbvVcpu *v, uint32_t id, uint64_t n)
{
    if (id >= v->cap) {
        uint32_t cap = v->cap ? v->cap : 256;
        while (cap <= id) {
            cap *= 2;
        }
        v->counts = realloc(v->counts, cap * sizeof(*v->counts));
        memset(v->counts + v->cap, 0, (cap - v->cap) * sizeof(*v->counts));
        v->touched = realloc(v->touched, cap * sizeof(*v->touched));
        v->cap = cap;
    }
    if (!v->counts[id]) {
        v->touched[v->n_touched++] = id;
    }
    v->counts[id] += n;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Write the interval's line and start the next interval. */
static void emit_line(BbvState *s, BbvVcpu *v)
{
    char *line = malloc(2 + (size_t)v->n_touched * 44);
    size_t n = 0;
    qsort(v->touched, v->n_touched, sizeof(*v->touched), cmp_u32);
    line[n++] = 'T';
    for (uint32_t i = 0; i < v->n_touched; i++) {
        uint32_t id = v->touched[i];
        n += (size_t)sprintf(line + n, ":%u:%llu ", id,
                             (unsigned long long)v->counts[id]);
        v->counts[id] = 0;
    }
    line[n++] = '\n';
    line[n] = 0;
    if (v->interval < v->quiet_below) {
        /* the run that saved the snapshot wrote it */
    } else if (v->out) {
        fputs(line, v->out);
    } else {
        farad_plugin_outs(s->id, line);
    }
    free(line);
    v->n_touched = 0;
    v->interval++;
}

/* Close the open block at icount end: its instructions [start, end)
 * are split over the intervals they fell in; every interval that ends
 * at or before end is complete and written. */
/* The first look at a vCPU since a snapshot load (at icount now):
 * intervals that ended before the snapshot are the saving run's. */
static void after_load(BbvState *s, BbvVcpu *v, uint64_t now)
{
    if (!v->loaded) {
        return;
    }
    v->loaded = false;
    v->quiet_below = now / s->len;
    /* a state that cannot belong at this icount (a snapshot's blob
     * from elsewhere): start counting afresh here */
    if (v->open ? v->start > now : v->interval != now / s->len) {
        farad_plugin_outs(s->id, "bbv: snapshot state does not match the "
                                 "instruction count; counting afresh\n");
        v->open = v->cut = false;
        v->interval = now / s->len;
        for (uint32_t i = 0; i < v->n_touched; i++) {
            v->counts[v->touched[i]] = 0;
        }
        v->n_touched = 0;
    }
}

static void close_block(BbvState *s, BbvVcpu *v, uint64_t end)
{
    if (!v->open) {
        return;
    }
    v->open = false;
    uint64_t at = v->start;
    while (at < end) {
        uint64_t iend = (v->interval + 1) * s->len;
        uint64_t stop = end < iend ? end : iend;
        vcpu_count(v, v->cur, stop - at);
        at = stop;
        if (at == iend) {
            emit_line(s, v);
        }
    }
}

static void exec_insn(struct farad_plugin_vcpu *vcpu, void *udata)
{
    BbvInsn *in = udata;
    BbvState *s = in->s;
    BbvVcpu *v = &s->vcpus[farad_plugin_vcpu_index(vcpu)];
    if (v->loaded) {
        after_load(s, v, farad_plugin_vcpu_icount(vcpu));
    }
    if (!v->open || v->cut || in->vaddr != v->last_pc + 4) {
        uint64_t now = farad_plugin_vcpu_icount(vcpu);
        close_block(s, v, now);
        v->open = true;
        v->cur = id_of(s, (BbvKey){ in->vaddr, in->paddr });
        v->start = now;
    }
    v->last_pc = in->vaddr;
    v->cut = in->ends;
}

/* An interrupt ends the block even if its vector happens to follow. */
static void interrupt(struct farad_plugin_vcpu *vcpu, unsigned vector,
                      uint64_t srr0, uint64_t srr1, void *udata)
{
    BbvState *s = udata;
    (void)vector; (void)srr0; (void)srr1;
    s->vcpus[farad_plugin_vcpu_index(vcpu)].cut = true;
}

static void block_trans(farad_plugin_id id, struct farad_plugin_block *b,
                        void *udata)
{
    BbvState *s = udata;
    (void)id;
    for (size_t i = 0; i < farad_plugin_block_n_insns(b); i++) {
        struct farad_plugin_insn *insn = farad_plugin_block_get_insn(b, i);
        BbvInsn *in = calloc(1, sizeof(*in));
        in->s = s;
        in->vaddr = farad_plugin_insn_vaddr(insn);
        in->paddr = farad_plugin_insn_paddr(insn);
        in->ends = ppc_flow_of(farad_plugin_insn_word(insn)) != PPC_FLOW_NONE;
        in->next = s->all;
        s->all = in;
        farad_plugin_register_insn_exec_cb(insn, exec_insn, in);
    }
}

/* ---- snapshots: a little-endian stream of u64 ---- */

static void put(farad_plugin_id id, uint64_t x)
{
    uint8_t b[8];
    for (int i = 0; i < 8; i++) {
        b[i] = (uint8_t)(x >> (8 * i));
    }
    farad_plugin_snapshot_write(id, b, 8);
}

static void snap_save(farad_plugin_id id, void *udata)
{
    BbvState *s = udata;
    put(id, SNAP_MAGIC);
    put(id, s->len);
    put(id, s->n_ids);
    for (uint32_t i = 0; i < s->n_ids; i++) {
        put(id, s->keys[i].vaddr);
        put(id, s->keys[i].paddr);
    }
    put(id, s->n_vcpus);
    for (unsigned c = 0; c < s->n_vcpus; c++) {
        BbvVcpu *v = &s->vcpus[c];
        put(id, (uint64_t)v->open | (uint64_t)v->cut << 1);
        put(id, v->cur);
        put(id, v->start);
        put(id, v->last_pc);
        put(id, v->interval);
        put(id, v->n_touched);
        for (uint32_t i = 0; i < v->n_touched; i++) {
            put(id, v->touched[i]);
            put(id, v->counts[v->touched[i]]);
        }
    }
}

typedef struct Reader {
    const uint8_t *p;
    size_t left;
    bool bad;
} Reader;

static uint64_t get(Reader *r)
{
    uint64_t x = 0;
    if (r->left < 8) {
        r->bad = true;
        return 0;
    }
    for (int i = 0; i < 8; i++) {
        x |= (uint64_t)r->p[i] << (8 * i);
    }
    r->p += 8;
    r->left -= 8;
    return x;
}

static void bad_blob(BbvState *s, const char *why)
{
    char msg[160];
    snprintf(msg, sizeof(msg), "bbv: snapshot state not loaded: %s\n", why);
    farad_plugin_outs(s->id, msg);
}

/* Restore the state save wrote; a blob this build cannot use leaves the
 * state as it was and says so in the log. */
static void snap_load(farad_plugin_id id, const void *data, size_t len,
                      void *udata)
{
    BbvState *s = udata;
    Reader r = { data, len, false };
    (void)id;
    if (get(&r) != SNAP_MAGIC) {
        bad_blob(s, "not a bbv state");
        return;
    }
    uint64_t ilen = get(&r), n_ids = get(&r);
    if (ilen != s->len) {
        bad_blob(s, "saved with another interval length");
        return;
    }
    if (r.bad || n_ids > r.left / 16 || n_ids >= UINT32_MAX) {
        bad_blob(s, "truncated");
        return;
    }
    /* check the whole blob before changing anything */
    Reader chk = r;
    chk.p += n_ids * 16;
    chk.left -= n_ids * 16;
    if (get(&chk) != s->n_vcpus) {
        bad_blob(s, "saved with another number of vCPUs");
        return;
    }
    /* each vCPU: an open block has an id and lies in the current
     * interval; counts name distinct ids, each above 0 */
    uint8_t *seen = calloc(n_ids + 1, 1);
    for (unsigned c = 0; c < s->n_vcpus && !chk.bad; c++) {
        uint64_t f = get(&chk), cur = get(&chk), start = get(&chk);
        get(&chk);
        uint64_t interval = get(&chk), nt = get(&chk);
        if (f > 3 || cur > n_ids || nt > n_ids || nt > chk.left / 16 ||
            interval > UINT64_MAX / s->len - 1 ||
            ((f & 1) && (!cur || start / s->len != interval))) {
            chk.bad = true;
            break;
        }
        memset(seen, 0, n_ids + 1);
        for (uint64_t i = 0; i < nt && !chk.bad; i++) {
            uint64_t tid = get(&chk), count = get(&chk);
            chk.bad |= tid == 0 || tid > n_ids || seen[tid] || !count;
            if (!chk.bad) {
                seen[tid] = 1;
            }
        }
    }
    free(seen);
    chk.bad |= chk.left != 0;       /* nothing after the last vCPU */
    if (chk.bad) {
        bad_blob(s, "damaged");
        return;
    }
    free(s->hash);
    s->hash = NULL;
    s->hash_cap = 0;
    s->n_ids = 0;
    for (uint64_t i = 0; i < n_ids; i++) {
        BbvKey k;
        k.vaddr = get(&r);
        k.paddr = get(&r);
        id_add(s, k);
    }
    get(&r);
    for (unsigned c = 0; c < s->n_vcpus; c++) {
        BbvVcpu *v = &s->vcpus[c];
        uint64_t f = get(&r);
        v->open = f & 1;
        v->cut = f & 2;
        v->cur = (uint32_t)get(&r);
        v->start = get(&r);
        v->last_pc = get(&r);
        v->interval = get(&r);
        v->loaded = true;
        for (uint32_t i = 0; i < v->n_touched; i++) {
            v->counts[v->touched[i]] = 0;
        }
        v->n_touched = 0;
        uint64_t nt = get(&r);
        for (uint64_t i = 0; i < nt; i++) {
            uint32_t tid = (uint32_t)get(&r);
            vcpu_count(v, tid, get(&r));
        }
    }
}

static void vcpu_exit(farad_plugin_id id, struct farad_plugin_vcpu *vcpu,
                      void *udata)
{
    BbvState *s = udata;
    BbvVcpu *v = &s->vcpus[farad_plugin_vcpu_index(vcpu)];
    (void)id;
    after_load(s, v, farad_plugin_vcpu_icount(vcpu));
    close_block(s, v, farad_plugin_vcpu_icount(vcpu));
    if (v->n_touched) {
        emit_line(s, v);
    }
}

static void at_exit(farad_plugin_id id, const FaradPluginExitInfo *info,
                    void *udata)
{
    BbvState *s = udata;
    (void)id;
    if (s->blocksfile && strcmp(info->reason, "startup")) {
        FILE *f = fopen(s->blocksfile, "w");
        for (uint32_t i = 0; f && i < s->n_ids; i++) {
            fprintf(f, "%u 0x%llx 0x%llx\n", i + 1,
                    (unsigned long long)s->keys[i].vaddr,
                    (unsigned long long)s->keys[i].paddr);
        }
        if (f) {
            fclose(f);
        }
    }
    for (unsigned c = 0; c < s->n_vcpus; c++) {
        if (s->vcpus[c].out) {
            fclose(s->vcpus[c].out);
        }
        free(s->vcpus[c].counts);
        free(s->vcpus[c].touched);
    }
    while (s->all) {
        BbvInsn *in = s->all;
        s->all = in->next;
        free(in);
    }
    free(s->vcpus);
    free(s->keys);
    free(s->hash);
    free(s->outfile);
    free(s->blocksfile);
    free(s);
}

static int install_fail(BbvState *s, const char *what, const char *opt)
{
    int rc = opt_error(s->id, what, opt);
    for (unsigned c = 0; c < s->n_vcpus; c++) {
        if (s->vcpus[c].out) {
            fclose(s->vcpus[c].out);
        }
    }
    free(s->vcpus);
    free(s->outfile);
    free(s->blocksfile);
    free(s);
    return rc;
}

FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
                                             const FaradPluginInfo *info,
                                             int argc, char **argv)
{
    BbvState *s = calloc(1, sizeof(*s));
    bool snap = true;
    s->id = id;
    s->len = 100000000;
    s->n_vcpus = info->n_vcpus > 0 ? (unsigned)info->n_vcpus : 1;
    s->vcpus = calloc(s->n_vcpus, sizeof(*s->vcpus));
    for (int i = 0; i < argc; i++) {
        const char *v;
        if ((v = opt_value(argv[i], "interval"))) {
            if (!opt_u64(v, &s->len) || !s->len) {
                return install_fail(s, "bad value in", argv[i]);
            }
        } else if ((v = opt_value(argv[i], "outfile")) && *v) {
            free(s->outfile);
            s->outfile = strdup(v);
        } else if ((v = opt_value(argv[i], "snapshot"))) {
            if (!farad_plugin_bool_parse("snapshot", v, &snap)) {
                return install_fail(s, "bad value in", argv[i]);
            }
        } else if ((v = opt_value(argv[i], "blocks")) && *v) {
            free(s->blocksfile);
            s->blocksfile = strdup(v);
        } else {
            return install_fail(s, "unknown option", argv[i]);
        }
    }
    for (unsigned c = 0; s->outfile && c < s->n_vcpus; c++) {
        char path[4096];
        if (c) {
            snprintf(path, sizeof(path), "%s.%u", s->outfile, c);
        } else {
            snprintf(path, sizeof(path), "%s", s->outfile);
        }
        s->vcpus[c].out = fopen(path, "w");
        if (!s->vcpus[c].out) {
            return install_fail(s, "cannot write outfile", s->outfile);
        }
    }
    farad_plugin_register_block_trans_cb(id, block_trans, s);
    farad_plugin_register_interrupt_cb(id, interrupt, s);
    if (snap) {
        farad_plugin_register_snapshot_cb(id, snap_save, snap_load, s);
    }
    farad_plugin_register_vcpu_exit_cb(id, vcpu_exit, s);
    farad_plugin_register_atexit_cb(id, at_exit, s);
    return 0;
}
