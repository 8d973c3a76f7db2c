/* SPDX-License-Identifier: MIT */
/*
 * QEMU-API test plugin: an L1 cache model. A data cache fed by memory
 * callbacks (physical addresses from qemu_plugin_get_hwaddr) and an
 * instruction cache fed by execution callbacks (instruction addresses);
 * both set-associative with LRU replacement. Options (bytes):
 * dcachesize, dassoc, dblksize, icachesize, iassoc, iblksize
 * (defaults 16384, 4, 64). Also counts the accesses by kind.
 */
#include <glib.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qemu-plugin.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION;

typedef struct Cache {
    uint64_t *tags;      /* sets * assoc, tag + 1 (0 = empty) */
    uint64_t *stamps;    /* last use, for LRU */
    unsigned sets, assoc, blkbits;
    uint64_t clock, accesses, misses;
} Cache;

static Cache dcache, icache;
static uint64_t loads, stores, sext, bigend, io, bytes;

static bool cache_init(Cache *c, uint64_t size, unsigned assoc,
                       uint64_t blk)
{
    if (!assoc || !blk || (blk & (blk - 1)) || size % (blk * assoc)) {
        return false;
    }
    c->sets = (unsigned)(size / (blk * assoc));
    c->assoc = assoc;
    c->blkbits = (unsigned)__builtin_ctzll(blk);
    c->tags = g_new0(uint64_t, (size_t)c->sets * assoc);
    c->stamps = g_new0(uint64_t, (size_t)c->sets * assoc);
    return true;
}

static void cache_access(Cache *c, uint64_t addr)
{
    uint64_t blk = addr >> c->blkbits;
    unsigned set = (unsigned)(blk % c->sets);
    uint64_t *tags = c->tags + (size_t)set * c->assoc;
    uint64_t *st = c->stamps + (size_t)set * c->assoc;
    unsigned victim = 0;
    c->accesses++;
    c->clock++;
    for (unsigned w = 0; w < c->assoc; w++) {
        if (tags[w] == blk + 1) {
            st[w] = c->clock;
            return;
        }
        if (st[w] < st[victim]) {
            victim = w;
        }
    }
    c->misses++;
    tags[victim] = blk + 1;
    st[victim] = c->clock;
}

static void mem_access(unsigned int vcpu, qemu_plugin_meminfo_t info,
                       uint64_t vaddr, void *udata)
{
    (void)vcpu;
    (void)udata;
    struct qemu_plugin_hwaddr *hw = qemu_plugin_get_hwaddr(info, vaddr);
    if (qemu_plugin_mem_is_store(info)) {
        stores++;
    } else {
        loads++;
    }
    sext += qemu_plugin_mem_is_sign_extended(info);
    bigend += qemu_plugin_mem_is_big_endian(info);
    bytes += 1u << qemu_plugin_mem_size_shift(info);
    if (hw && qemu_plugin_hwaddr_is_io(hw)) {
        io++;
        return;
    }
    cache_access(&dcache, hw ? qemu_plugin_hwaddr_phys_addr(hw) : vaddr);
}

static void insn_exec(unsigned int vcpu, void *udata)
{
    (void)vcpu;
    cache_access(&icache, (uintptr_t)udata);
}

static void tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    for (size_t i = 0; i < qemu_plugin_tb_n_insns(tb); i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uint64_t va = qemu_plugin_insn_vaddr(insn);
        qemu_plugin_register_vcpu_insn_exec_cb(insn, insn_exec,
                                               QEMU_PLUGIN_CB_NO_REGS,
                                               (void *)(uintptr_t)va);
        qemu_plugin_register_vcpu_mem_cb(insn, mem_access,
                                         QEMU_PLUGIN_CB_NO_REGS,
                                         QEMU_PLUGIN_MEM_RW, NULL);
    }
}

static void report(const char *name, const Cache *c)
{
    char buf[128];
    snprintf(buf, sizeof(buf), "%s accesses %" PRIu64 " misses %" PRIu64
             "\n", name, c->accesses, c->misses);
    qemu_plugin_outs(buf);
}

static void at_exit(qemu_plugin_id_t id, void *udata)
{
    (void)id;
    (void)udata;
    char buf[192];
    report("dcache", &dcache);
    report("icache", &icache);
    snprintf(buf, sizeof(buf), "loads %" PRIu64 " stores %" PRIu64
             " bytes %" PRIu64 " sext %" PRIu64 " be %" PRIu64 " io %"
             PRIu64 "\n", loads, stores, bytes, sext, bigend, io);
    qemu_plugin_outs(buf);
    g_free(dcache.tags);
    g_free(dcache.stamps);
    g_free(icache.tags);
    g_free(icache.stamps);
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id,
                                           const qemu_info_t *info,
                                           int argc, char **argv)
{
    (void)info;
    uint64_t dsize = 16384, dassoc = 4, dblk = 64;
    uint64_t isize = 16384, iassoc = 4, iblk = 64;
    for (int i = 0; i < argc; i++) {
        char *eq = strchr(argv[i], '=');
        uint64_t v = eq ? strtoull(eq + 1, NULL, 0) : 0;
        size_t n = eq ? (size_t)(eq - argv[i]) : 0;
        uint64_t *dst = NULL;
        if (n == 10 && !strncmp(argv[i], "dcachesize", n)) dst = &dsize;
        if (n == 6 && !strncmp(argv[i], "dassoc", n)) dst = &dassoc;
        if (n == 10 && !strncmp(argv[i], "icachesize", n)) dst = &isize;
        if (n == 6 && !strncmp(argv[i], "iassoc", n)) dst = &iassoc;
        if (n == 8 && !strncmp(argv[i], "iblksize", n)) dst = &iblk;
        if (n == 8 && !strncmp(argv[i], "dblksize", n)) dst = &dblk;
        if (!dst) {
            fprintf(stderr, "cache: bad option %s\n", argv[i]);
            return -1;
        }
        *dst = v;
    }
    if (!cache_init(&dcache, dsize, (unsigned)dassoc, dblk) ||
        !cache_init(&icache, isize, (unsigned)iassoc, iblk)) {
        fprintf(stderr, "cache: bad geometry\n");
        return -1;
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, tb_trans);
    qemu_plugin_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
