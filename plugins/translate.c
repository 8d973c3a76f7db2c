/* SPDX-License-Identifier: MIT */
/*
 * Decode-time instrumentation: when the interpreter decodes a record and
 * some plugin wants to see blocks, decode the rest of the block ahead,
 * show it to the block_trans callbacks, and swap the exec handler of
 * every record that got execution callbacks or inline operations for
 * plugin_exec_wrapper. The replaced handler and the operations live in a
 * per-page side table (PluginPage), found from cpu->page; PpcInsn keeps
 * its 32 bytes. Uninstrumented records keep their own handler.
 *
 * Block boundaries come from a per-page "leader" bitmap computed by
 * decoding the whole page once: targets of in-page relative branches and
 * the instruction after every branch/system instruction start blocks, so
 * loops get their own blocks even when their head was decoded as part of
 * a longer run.
 */
#include <stdlib.h>

#include "cpu-ppc/fastpath.h"
#include "plugin-int.h"

static void page_free(gpointer p)
{
    PluginPage *pp = p;
    for (unsigned i = 0; i < PLUGIN_PAGE_INSNS; i++) {
        g_free(pp->recs[i].ops);
        g_free(pp->recs[i].mem_ops);
    }
    g_free(pp);
}

PluginCpu *plugin_cpu_new(PluginHost *h, PpcCpu *cpu)
{
    PluginCpu *pc = g_new0(PluginCpu, 1);
    pc->host = h;
    pc->cpu = cpu;
    pc->pages = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
                                      page_free);
    return pc;
}

void plugin_cpu_free(PluginCpu *pc)
{
    if (pc) {
        g_hash_table_destroy(pc->pages);
        g_free(pc);
    }
}

static PluginPage *page_lookup(PluginCpu *pc, uint64_t pa, bool le)
{
    int64_t key = (int64_t)((pa >> 12) * 2 + (le ? 1 : 0));
    return g_hash_table_lookup(pc->pages, &key);
}

PluginPage *plugin_page_of(PluginCpu *pc, const PpcCodePage *code)
{
    if (pc->last_code == code) {
        return pc->last_page;
    }
    uint64_t pa = ppc_code_page_pa(code);
    bool le = ppc_code_page_le(code);
    PluginPage *pp = page_lookup(pc, pa, le);
    if (!pp) {
        pp = g_new0(PluginPage, 1);
        pp->code = code;
        pp->pa = pa;
        pp->le = le;
        int64_t *key = g_new(int64_t, 1);
        *key = (int64_t)((pa >> 12) * 2 + (le ? 1 : 0));
        g_hash_table_insert(pc->pages, key, pp);
    }
    pc->last_code = code;
    pc->last_page = pp;
    return pp;
}

static bool ends_block(const PpcInsn *d)
{
    return d->op == PPC_OP_ILLEGAL ||
           (ppc_op_info[d->op].flags & (F_BRANCH | F_SYNC));
}

static void set_leader(PluginPage *pp, int64_t i)
{
    if (i >= 0 && i < PLUGIN_PAGE_INSNS) {
        pp->leaders[i / 64] |= 1ULL << (i % 64);
    }
}

static bool is_leader(const PluginPage *pp, unsigned i)
{
    return ((pp->leaders[i / 64] | pp->entries[i / 64]) >> (i % 64)) & 1;
}

static void compute_leaders(const PpcCpu *cpu, PluginPage *pp)
{
    memset(pp->leaders, 0, sizeof(pp->leaders));
    for (unsigned i = 0; i < PLUGIN_PAGE_INSNS; i++) {
        PpcInsn t;
        uint32_t raw = (uint32_t)ppc_host_read(cpu->ram + pp->pa + 4 * i, 4,
                                               pp->le);
        ppc_decode_isa(raw, &t, cpu->isa);
        if (ends_block(&t)) {
            set_leader(pp, (int64_t)i + 1);
        }
        if ((t.op == PPC_OP_b || t.op == PPC_OP_bc) && !(t.flags & D_AA)) {
            set_leader(pp, (int64_t)i + t.imm / 4);
        }
    }
    pp->leaders_valid = true;
}

static void retranslate(struct farad_plugin_vcpu *pc, const PpcInsn *d);

static const PpcInsn *plugin_exec_wrapper(PpcCpu *cpu, const PpcInsn *d)
{
    PluginCpu *pc = cpu->plugins;
    PluginPage *pp = pc->last_code == cpu->page ? pc->last_page
                                                : plugin_page_of(pc, cpu->page);
    PluginRec *r = &pp->recs[d - cpu->page_recs];

    if (unlikely(pc->host->qemu_tbs) &&
        unlikely(r->va != ppc_insn_addr(cpu, d))) {
        /* decoded code is per physical page: this translation was made
         * for another virtual alias of it. QEMU's tbs are per virtual
         * address: translate again for this one. */
        retranslate(pc, d);
        pc->redirect = false;
        pc->retranslate = false;
        cpu->uncounted++;  /* the instruction did not run */
        return ppc_goto(cpu, ppc_insn_addr(cpu, d));
    }
    if (unlikely(pc->skip_cbs == d)) {
        pc->skip_cbs = NULL;  /* re-decoded below: callbacks already ran */
        pc->prev = d;
        return r->orig(cpu, d);
    }
    pc->cur = d;
    for (uint32_t k = 0; k < r->n_ops; k++) {
        const PluginOp *op = &r->ops[k];
        if (!op->fn) {
            *(uint64_t *)op->udata += op->imm;
        } else {
            op->fn(pc, op->udata);
            if (unlikely(pc->retranslate)) {
                break;  /* entry_check: the page's records are gone */
            }
        }
    }
    pc->cur = NULL;
    pc->prev = d;
    if (unlikely(pc->redirect)) {
        pc->redirect = false;
        pc->retranslate = false;
        cpu->uncounted++;  /* the instruction did not run */
        return ppc_goto(cpu, pc->redirect_pc);
    }
    if (unlikely(d->exec != plugin_exec_wrapper)) {
        /* a callback overwrote this instruction: run the new word */
        pc->skip_cbs = d;
        const PpcInsn *next = d->exec(cpu, d);
        pc->skip_cbs = NULL;
        return next;
    }
    return r->orig(cpu, d);
}

/* Drop the decoded records of d's page (no flush callbacks: nothing
 * changed for the plugins) and leave the record stream to run d again
 * from its address: it is decoded and translated anew. */
static void retranslate(struct farad_plugin_vcpu *pc, const PpcInsn *d)
{
    PpcCpu *cpu = pc->cpu;
    PluginPage *pp = plugin_page_of(pc, cpu->page);
    uint64_t addr = ppc_insn_addr(cpu, d);
    pc->host->internal_flush = true;
    ppc_invalidate_code(cpu, pp->pa, 0x1000);
    pc->host->internal_flush = false;
    pc->redirect = true;
    pc->redirect_pc = addr;
    pc->retranslate = true;
}

/* First operation of every non-first instruction of an instrumented
 * block (QEMU-API plugins): when the record that ran before is not the
 * previous one, execution entered the block here. Make this a block
 * start, drop the page's decoded records and run the instruction again:
 * it is decoded as the first of a new block, whose translation and
 * execution callbacks then run as QEMU's for a new tb would. */
static void entry_check(struct farad_plugin_vcpu *pc, void *udata)
{
    (void)udata;
    PpcCpu *cpu = pc->cpu;
    const PpcInsn *d = pc->cur;
    if (pc->prev == d - 1 || d < cpu->page_recs ||
        d >= cpu->page_recs + PLUGIN_PAGE_INSNS) {
        return;
    }
    PluginPage *pp = plugin_page_of(pc, cpu->page);
    unsigned i = (unsigned)(d - cpu->page_recs);
    pp->entries[i / 64] |= 1ULL << (i % 64);
    retranslate(pc, d);
}

void plugin_hook_decode(PpcCpu *cpu, PpcInsn *rec, unsigned idx)
{
    PluginCpu *pc = cpu->plugins;
    PluginHost *h = pc->host;
    GArray *cbs = h->cbs[CB_BLOCK_TRANS];

    if (cbs->len == 0 || idx >= PLUGIN_PAGE_INSNS) {
        return;
    }
    PluginPage *pp = plugin_page_of(pc, cpu->page);
    if (!pp->leaders_valid) {
        compute_leaders(cpu, pp);
    }
    struct farad_plugin_block *b = &pc->block;
    b->vcpu = pc;
    b->n = 0;
    for (unsigned i = idx; i < PLUGIN_PAGE_INSNS; i++) {
        PpcInsn *r = (PpcInsn *)&cpu->page_recs[i];
        if (i != idx) {
            if (is_leader(pp, i) || !ppc_insn_is_stub(r)) {
                break;
            }
            uint32_t raw = (uint32_t)ppc_host_read(cpu->ram + pp->pa + 4 * i,
                                                   4, pp->le);
            ppc_decode_isa(raw, r, cpu->isa);
            ppc_specialise(r, i);
        } else if (r != rec) {
            break;  /* cannot happen: rec is record idx of this page */
        }
        struct farad_plugin_insn *in = &b->insns[b->n++];
        in->rec = r;
        in->prec = &pp->recs[i];
        in->prec->orig = r->exec;
        in->prec->n_ops = 0;
        in->prec->n_block = 0;
        in->prec->n_mem = 0;
        in->prec->va = ppc_insn_addr(cpu, r);
        in->vaddr = ppc_insn_addr(cpu, r);
        in->paddr = pp->pa + 4 * i;
        in->raw = r->raw;
        in->le = pp->le;
        in->vcpu = pc;
        if (ends_block(r)) {
            break;
        }
    }
    for (guint k = 0; k < cbs->len; k++) {
        PluginCb cb = g_array_index(cbs, PluginCb, k);
        ((farad_plugin_block_trans_cb_t)cb.fn)(cb.plugin, b, cb.udata);
    }
    if (h->insn_mem) {
        qemu_api_after_trans(b);
    }
    if (h->qemu_tbs && b->n > 1 && b->insns[0].prec->n_block) {
        /* execution may enter this block in its middle, where QEMU
         * starts a new tb: watch for that at every later instruction */
        for (size_t k = 1; k < b->n; k++) {
            plugin_rec_add_op(b->insns[k].prec, entry_check, NULL, 0, true);
        }
    }
    for (size_t k = 0; k < b->n; k++) {
        if (b->insns[k].prec->n_ops) {
            b->insns[k].rec->exec = plugin_exec_wrapper;
        }
    }
    b->n = 0;  /* handles die here */
    if (unlikely(h->flush_pending)) {
        h->flush_pending = false;
        plugin_flush_all(h);
    }
}

void plugin_flush_all(PluginHost *h)
{
    for (guint i = 0; i < h->cpus->len; i++) {
        PluginCpu *c = g_ptr_array_index(h->cpus, i);
        if (c->block.n) {
            h->flush_pending = true;  /* inside a translation */
            return;
        }
    }
    for (guint i = 0; i < h->cpus->len; i++) {
        PluginCpu *c = g_ptr_array_index(h->cpus, i);
        ppc_invalidate_code(c->cpu, 0, c->cpu->ram_size);
    }
}

void plugin_insn_add_mem_op(struct farad_plugin_insn *insn,
                            const PluginMemOp *op)
{
    PluginRec *r = insn->prec;
    if (r->n_mem == r->cap_mem) {
        r->cap_mem = r->cap_mem ? r->cap_mem * 2 : 2;
        r->mem_ops = g_renew(PluginMemOp, r->mem_ops, r->cap_mem);
    }
    r->mem_ops[r->n_mem++] = *op;
    PluginHost *h = insn->vcpu->host;
    if (!h->insn_mem) {
        /* the RAM fast path cannot report: re-evaluate it now (the
         * instruction being decoded has not run yet) */
        h->insn_mem = true;
        for (guint i = 0; i < h->cpus->len; i++) {
            PluginCpu *c = g_ptr_array_index(h->cpus, i);
            ppc_cpu_state_changed(c->cpu);
        }
    }
}

void plugin_hook_flush(PpcCpu *cpu, uint64_t pa, uint64_t len)
{
    PluginCpu *pc = cpu->plugins;
    for (uint64_t p = pa & ~0xfffULL; p < pa + len; p += 0x1000) {
        for (int le = 0; le < 2; le++) {
            PluginPage *pp = page_lookup(pc, p, le);
            if (pp) {
                pp->leaders_valid = false;
            }
        }
    }
    GArray *cbs = pc->host->cbs[CB_FLUSH];
    for (guint k = 0; !pc->host->internal_flush && k < cbs->len; k++) {
        PluginCb cb = g_array_index(cbs, PluginCb, k);
        ((farad_plugin_flush_cb_t)cb.fn)(cb.plugin, pa, len, cb.udata);
    }
}

/* ---- registration on blocks and instructions ---- */

void plugin_rec_add_op(PluginRec *r, farad_plugin_exec_cb_t fn, void *udata,
                       uint64_t imm, bool first)
{
    if (r->n_ops == r->cap_ops) {
        r->cap_ops = r->cap_ops ? r->cap_ops * 2 : 2;
        r->ops = g_renew(PluginOp, r->ops, r->cap_ops);
    }
    PluginOp op = { fn, udata, imm };
    if (first) {
        /* block operations run before the first instruction's own, in
         * registration order */
        memmove(&r->ops[r->n_block + 1], &r->ops[r->n_block],
                (r->n_ops - r->n_block) * sizeof(PluginOp));
        r->ops[r->n_block++] = op;
    } else {
        r->ops[r->n_ops] = op;
    }
    r->n_ops++;
}

void farad_plugin_register_block_exec_cb(struct farad_plugin_block *b,
                                         farad_plugin_exec_cb_t cb,
                                         void *udata)
{
    if (b && b->n && cb) {
        plugin_rec_add_op(b->insns[0].prec, cb, udata, 0, true);
    }
}

void farad_plugin_register_block_exec_inline_add(struct farad_plugin_block *b,
                                                 uint64_t *ptr, uint64_t imm)
{
    if (b && b->n && ptr) {
        plugin_rec_add_op(b->insns[0].prec, NULL, ptr, imm, true);
    }
}

void farad_plugin_register_insn_exec_cb(struct farad_plugin_insn *insn,
                                        farad_plugin_exec_cb_t cb,
                                        void *udata)
{
    if (insn && cb) {
        plugin_rec_add_op(insn->prec, cb, udata, 0, false);
    }
}

void farad_plugin_register_insn_exec_inline_add(struct farad_plugin_insn *insn,
                                                uint64_t *ptr, uint64_t imm)
{
    if (insn && ptr) {
        plugin_rec_add_op(insn->prec, NULL, ptr, imm, false);
    }
}

size_t farad_plugin_block_n_insns(const struct farad_plugin_block *b)
{
    return b ? b->n : 0;
}

uint64_t farad_plugin_block_vaddr(const struct farad_plugin_block *b)
{
    return b && b->n ? b->insns[0].vaddr : 0;
}

struct farad_plugin_insn *farad_plugin_block_get_insn(
    const struct farad_plugin_block *b, size_t i)
{
    if (!b || i >= b->n) {
        return NULL;
    }
    return (struct farad_plugin_insn *)&b->insns[i];
}
