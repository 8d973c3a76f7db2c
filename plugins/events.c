/* SPDX-License-Identifier: MIT */
/*
 * Event hooks: the interpreter and platform call these (only when
 * cpu->plugins is set) and they run the registered callbacks: memory
 * accesses, hypercalls and the RTAS calls made through KVMPPC_H_RTAS,
 * interrupts, vCPU init/exit.
 */
#include "base/papr.h"
#include "plugin-int.h"

#define CALL_EACH(h, kind, cb) \
    for (guint k_ = 0; k_ < (h)->cbs[kind]->len; k_++) \
        for (PluginCb cb = g_array_index((h)->cbs[kind], PluginCb, k_), \
             *once_ = &cb; once_; once_ = NULL)

void plugin_call_vcpu(PluginHost *h, int kind, PluginCpu *pc)
{
    CALL_EACH(h, kind, cb) {
        ((farad_plugin_vcpu_cb_t)cb.fn)(cb.plugin, pc, cb.udata);
    }
}

void plugin_run_mem_ops(PluginCpu *pc, const PpcInsn *d,
                        const struct farad_plugin_mem_info *mi)
{
    PpcCpu *cpu = pc->cpu;
    if (d < cpu->page_recs || d >= cpu->page_recs + PLUGIN_PAGE_INSNS) {
        return;
    }
    PluginRec *r = &plugin_page_of(pc, cpu->page)->recs[d - cpu->page_recs];
    unsigned want = mi->store ? FARAD_PLUGIN_MEM_W : FARAD_PLUGIN_MEM_R;
    for (uint32_t k = 0; k < r->n_mem; k++) {
        const PluginMemOp *op = &r->mem_ops[k];
        if (!(op->rw & want)) {
            continue;
        }
        if (op->fn) {
            op->fn(pc, d, mi, op->udata);
        } else {
            *(uint64_t *)op->udata += op->imm;
        }
    }
}

bool plugin_hook_wants_mem(const PpcCpu *cpu)
{
    const PluginHost *h = cpu->plugins->host;
    return h->cbs[CB_MEM]->len != 0 || h->insn_mem;
}

void plugin_hook_mem(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, uint64_t pa,
                     unsigned size, bool store, uint64_t val, bool io)
{
    PluginCpu *pc = cpu->plugins;
    PluginHost *h = pc->host;
    if (h->cbs[CB_MEM]->len == 0 && !h->insn_mem) {
        return;
    }
    struct farad_plugin_mem_info mi = {
        .pc = d ? ppc_insn_addr(cpu, d) : cpu->arch.nip,
        .vaddr = ea,
        .paddr = pa,
        .value = val,
        .size = size,
        .store = store,
        .big_endian = !cpu->le,
        .io = io,
    };
    const PpcInsn *saved = pc->cur;
    if (d) {
        pc->cur = d;
    }
    unsigned want = store ? FARAD_PLUGIN_MEM_W : FARAD_PLUGIN_MEM_R;
    CALL_EACH(h, CB_MEM, cb) {
        if (cb.rw & want) {
            ((farad_plugin_mem_cb_t)cb.fn)(pc, &mi, cb.udata);
        }
    }
    /* the instruction's own memory operations (QEMU API) */
    if (d && h->insn_mem && qemu_api_reports(d, size, store)) {
        plugin_run_mem_ops(pc, d, &mi);
        if (!store && qemu_api_store_back(d)) {
            mi.store = true;
            plugin_run_mem_ops(pc, d, &mi);
        }
    }
    pc->cur = saved;
}

/* ---- RTAS, decoded from the KVMPPC_H_RTAS argument block ---- */

static bool rtas_block(PpcCpu *cpu, uint64_t addr, uint32_t *words,
                       unsigned n)
{
    addr &= REAL_ADDR_MASK;
    if (addr >= cpu->ram_size || cpu->ram_size - addr < 4ULL * n) {
        return false;
    }
    for (unsigned i = 0; i < n; i++) {
        words[i] = (uint32_t)ppc_host_read(cpu->ram + addr + 4 * i, 4, false);
    }
    return true;
}

static const char *rtas_name(uint32_t token)
{
    const char *n = papr_rtas_name(token);
    return n ? n : "?";
}

static void rtas_entry(PluginCpu *pc, uint64_t addr)
{
    uint32_t hdr[3], args[64];
    if (!rtas_block(pc->cpu, addr, hdr, 3) || hdr[1] > 64 ||
        !rtas_block(pc->cpu, addr + 12, args, hdr[1])) {
        return;
    }
    const char *name = rtas_name(hdr[0]);
    CALL_EACH(pc->host, CB_RTAS, cb) {
        if (cb.fn) {
            ((farad_plugin_rtas_cb_t)cb.fn)(pc, hdr[0], name, hdr[1], args,
                                            cb.udata);
        }
    }
}

static void rtas_exit(PluginCpu *pc, uint64_t addr)
{
    uint32_t hdr[3], st = (uint32_t)-3;
    if (!rtas_block(pc->cpu, addr, hdr, 3) || hdr[1] > 64) {
        return;
    }
    if (hdr[2] > 0) {
        rtas_block(pc->cpu, addr + 12 + 4ULL * hdr[1], &st, 1);
    }
    const char *name = rtas_name(hdr[0]);
    CALL_EACH(pc->host, CB_RTAS, cb) {
        if (cb.fn2) {
            ((farad_plugin_rtas_ret_cb_t)cb.fn2)(pc, hdr[0], name,
                                                 (int32_t)st, cb.udata);
        }
    }
}

void plugin_hook_hcall(PpcCpu *cpu, uint64_t nr, const uint64_t *args)
{
    PluginCpu *pc = cpu->plugins;
    PluginHost *h = pc->host;
    uint64_t a[9];
    memcpy(a, args, sizeof(a));  /* callbacks get a stable copy */
    if (nr == H_CEDE) {
        plugin_call_vcpu(h, CB_VCPU_IDLE, pc);  /* the vCPU waits */
    }
    CALL_EACH(h, CB_HCALL, cb) {
        if (cb.fn) {
            ((farad_plugin_hcall_cb_t)cb.fn)(pc, nr, a, cb.udata);
        }
    }
    if (nr == KVMPPC_H_RTAS && h->cbs[CB_RTAS]->len) {
        pc->rtas_addr = args[0];
        rtas_entry(pc, args[0]);
    }
}

void plugin_hook_hcall_ret(PpcCpu *cpu, uint64_t nr, int64_t ret)
{
    PluginCpu *pc = cpu->plugins;
    PluginHost *h = pc->host;
    if (nr == KVMPPC_H_RTAS && h->cbs[CB_RTAS]->len) {
        rtas_exit(pc, pc->rtas_addr);
    }
    CALL_EACH(h, CB_HCALL, cb) {
        if (cb.fn2) {
            ((farad_plugin_hcall_ret_cb_t)cb.fn2)(pc, nr, ret, cb.udata);
        }
    }
    if (nr == H_CEDE) {
        plugin_call_vcpu(h, CB_VCPU_RESUME, pc);  /* it runs again */
    }
}

void plugin_hook_interrupt(PpcCpu *cpu, unsigned vector, uint64_t srr0,
                           uint64_t srr1)
{
    PluginCpu *pc = cpu->plugins;
    CALL_EACH(pc->host, CB_INTERRUPT, cb) {
        ((farad_plugin_interrupt_cb_t)cb.fn)(pc, vector, srr0, srr1,
                                             cb.udata);
    }
}
