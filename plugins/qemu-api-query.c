/* SPDX-License-Identifier: MIT */
/*
 * QEMU's plugin API, the translation-time part: block and instruction
 * queries, execution callbacks and inline operations on them, and the
 * per-instruction memory callbacks with their meminfo/hwaddr accessors.
 * farad's blocks are the "tb"s (docs/plugins.md, "QEMU plugins").
 */
#include <string.h>

#include "qemu-api.h"

#define FN(f) ((void (*)(void))(f))

static struct farad_plugin_block *blk(const struct qemu_plugin_tb *tb)
{
    return (struct farad_plugin_block *)tb;
}

static struct farad_plugin_insn *ins(const struct qemu_plugin_insn *insn)
{
    return (struct farad_plugin_insn *)insn;
}

/* ---- execution ---- */

void qemu_api_exec_tramp(struct farad_plugin_vcpu *vcpu, void *udata)
{
    const QemuCb *c = udata;
    struct farad_plugin_vcpu *saved = qemu_api_cur_vcpu;
    qemu_api_cur_vcpu = vcpu;
    ((qemu_plugin_vcpu_udata_cb_t)c->fn)(farad_plugin_vcpu_index(vcpu),
                                         c->udata);
    qemu_api_cur_vcpu = saved;
}

struct farad_plugin *qemu_api_owner(void)
{
    PluginHost *h = qemu_api_host();
    struct farad_plugin *p = qemu_api_trans_plugin;
    for (guint i = 0; !p && h && i < h->plugins->len; i++) {
        struct farad_plugin *q = g_ptr_array_index(h->plugins, i);
        if (q->qemu) {
            p = q;
        }
    }
    return p;
}

QemuCb *qemu_api_exec_closure(void (*fn)(void), void *udata, unsigned rw)
{
    struct farad_plugin *p = qemu_api_owner();
    return p ? qemu_api_closure(p, fn, udata, rw) : NULL;
}

void qemu_plugin_register_vcpu_tb_exec_cb(struct qemu_plugin_tb *tb,
                                          qemu_plugin_vcpu_udata_cb_t cb,
                                          enum qemu_plugin_cb_flags flags,
                                          void *userdata)
{
    (void)flags;
    QemuCb *c = cb ? qemu_api_exec_closure(FN(cb), userdata, 0) : NULL;
    if (c) {
        farad_plugin_register_block_exec_cb(blk(tb), qemu_api_exec_tramp, c);
    }
}

void qemu_plugin_register_vcpu_tb_exec_inline(struct qemu_plugin_tb *tb,
                                              enum qemu_plugin_op op,
                                              void *ptr, uint64_t imm)
{
    if (op == QEMU_PLUGIN_INLINE_ADD_U64) {
        farad_plugin_register_block_exec_inline_add(blk(tb), ptr, imm);
    }
}

void qemu_plugin_register_vcpu_insn_exec_cb(struct qemu_plugin_insn *insn,
                                            qemu_plugin_vcpu_udata_cb_t cb,
                                            enum qemu_plugin_cb_flags flags,
                                            void *userdata)
{
    (void)flags;
    QemuCb *c = cb ? qemu_api_exec_closure(FN(cb), userdata, 0) : NULL;
    if (c) {
        farad_plugin_register_insn_exec_cb(ins(insn), qemu_api_exec_tramp, c);
    }
}

void qemu_plugin_register_vcpu_insn_exec_inline(struct qemu_plugin_insn *insn,
                                                enum qemu_plugin_op op,
                                                void *ptr, uint64_t imm)
{
    if (op == QEMU_PLUGIN_INLINE_ADD_U64) {
        farad_plugin_register_insn_exec_inline_add(ins(insn), ptr, imm);
    }
}

/* ---- blocks and instructions ---- */

size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb)
{
    return farad_plugin_block_n_insns(blk(tb));
}

uint64_t qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb)
{
    return farad_plugin_block_vaddr(blk(tb));
}

struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *tb,
                                                 size_t idx)
{
    return (struct qemu_plugin_insn *)farad_plugin_block_get_insn(blk(tb),
                                                                  idx);
}

void *qemu_plugin_insn_haddr(const struct qemu_plugin_insn *insn)
{
    const struct farad_plugin_insn *i = ins(insn);
    return i->vcpu->cpu->ram + i->paddr;
}

/* The bytes in guest memory order. One symbol serves two ABIs: a plugin
 * declaring version 3 or later passes dest and len and gets the count
 * copied; an older one passes only insn and gets a pointer (returned in
 * the same register; dest and len are then not looked at). */
size_t qemu_plugin_insn_data(const struct qemu_plugin_insn *insn, void *dest,
                             size_t len)
{
    const struct farad_plugin *p = qemu_api_trans_plugin;
    if (p && p->qemu_version >= 3) {
        size_t n = qemu_plugin_insn_size(insn);
        n = len < n ? len : n;
        memcpy(dest, qemu_plugin_insn_haddr(insn), n);
        return n;
    }
    return (size_t)(uintptr_t)qemu_plugin_insn_haddr(insn);
}

size_t qemu_plugin_insn_size(const struct qemu_plugin_insn *insn)
{
    return farad_plugin_insn_size(ins(insn));
}

uint64_t qemu_plugin_insn_vaddr(const struct qemu_plugin_insn *insn)
{
    return farad_plugin_insn_vaddr(ins(insn));
}

/* "mnemonic operands", as QEMU prints Capstone's parts: with the space
 * also when there are no operands ("blr "). */
char *qemu_plugin_insn_disas(const struct qemu_plugin_insn *insn)
{
    char buf[128];
    if (!farad_plugin_insn_disas(ins(insn), buf, sizeof(buf))) {
        /* a word Capstone does not know: its bytes, as QEMU shows them */
        const uint8_t *b = qemu_plugin_insn_haddr(insn);
        return g_strdup_printf(".byte 0x%02x, 0x%02x, 0x%02x, 0x%02x", b[0],
                               b[1], b[2], b[3]);
    }
    if (!strchr(buf, ' ')) {
        return g_strconcat(buf, " ", NULL);
    }
    return g_strdup(buf);
}

const char *qemu_plugin_insn_symbol(const struct qemu_plugin_insn *insn)
{
    return farad_plugin_insn_symbol(ins(insn));
}

/* ---- memory ---- */

/* qemu_plugin_meminfo_t, farad's encoding: bits 0-2 log2 of the size,
 * bit 3 sign-extended, bit 4 big-endian, bit 5 store. */
enum {
    MI_SHIFT = 7,
    MI_SIGN = 1 << 3,
    MI_BE = 1 << 4,
    MI_STORE = 1 << 5,
};

/* The physical side of the access being reported. */
struct qemu_plugin_hwaddr {
    uint64_t paddr;
    bool io;
};
static struct qemu_plugin_hwaddr cur_hwaddr;

static bool name_in(const PpcInsn *d, const char *const *names)
{
    const char *n = ppc_op_info[d->op].name;
    for (; *names; names++) {
        if (!strcmp(n, *names)) {
            return true;
        }
    }
    return false;
}

/* Whether the load instruction d sign-extends. */
static bool sign_extends(const PpcInsn *d)
{
    static const char *const names[] = {
        "lha", "lhau", "lhax", "lhaux", "lwa", "lwax", "lwaux", "lfiwax",
        "lxsiwax", NULL,
    };
    return name_in(d, names);
}

/* stbcx., sthcx., stwcx., stdcx.: QEMU 7.2 (one thread) runs them, when
 * the address is the reserved one, as a compare-and-exchange that loads
 * and then stores, the old value when the compare fails. */
static bool is_stcx(const PpcInsn *d)
{
    static const char *const names[] = {
        "stbcx", "sthcx", "stwcx", "stdcx", NULL,
    };
    return name_in(d, names);
}

bool qemu_api_reports(const PpcInsn *d, unsigned size, bool store)
{
    /* QEMU 7.2's helpers for these (and dcbz, above 16 bytes) access RAM
     * through a host pointer, without telling plugins */
    static const char *const names[] = {
        "lmw", "stmw", "lswi", "lswx", "stswi", "stswx", NULL,
    };
    if (store && is_stcx(d)) {
        return false;  /* reported with its load (qemu_api_store_back) */
    }
    return size <= 16 && !name_in(d, names);
}

bool qemu_api_store_back(const PpcInsn *d)
{
    return is_stcx(d);
}

/* The cache block size icbi's probe is aligned to (POWER9's). */
#define ICBI_LINE 128

/* The load QEMU makes for a cache-block instruction: its size (0:
 * none). dcbf and dcbst check their address with a byte load, icbi with
 * a big-endian word load. */
static unsigned cache_op_probe(const PpcInsn *d)
{
    static const char *const byte_probe[] = { "dcbf", "dcbst", NULL };
    static const char *const word_probe[] = { "icbi", NULL };
    return name_in(d, byte_probe) ? 1 : name_in(d, word_probe) ? 4 : 0;
}

/* Execution operation on a cache-block instruction with memory
 * operations: report the probe load QEMU makes (after the plugin's own
 * execution callbacks, before the instruction). */
static void cache_op_exec(struct farad_plugin_vcpu *vcpu, void *udata)
{
    (void)udata;
    const PpcInsn *d = vcpu->cur;
    PpcCpu *cpu = vcpu->cpu;
    unsigned size = d ? cache_op_probe(d) : 0;
    if (!size) {
        return;
    }
    unsigned ra = (d->raw >> 16) & 31, rb = (d->raw >> 11) & 31;
    uint64_t ea = (ra ? cpu->arch.gpr[ra] : 0) + cpu->arch.gpr[rb];
    if (!(cpu->arch.msr & MSR_SF)) {
        ea = (uint32_t)ea;
    }
    if (size == 4) {
        ea &= ~(uint64_t)(ICBI_LINE - 1);  /* icbi: QEMU aligns it */
    }
    uint64_t pa;
    if (!ppc_debug_xlate(cpu, ea, PPC_ACC_LOAD, &pa)) {
        return;  /* QEMU's load would fault; farad's instruction does not */
    }
    struct farad_plugin_mem_info mi = {
        .pc = ppc_insn_addr(cpu, d),
        .vaddr = ea,
        .paddr = pa,
        .size = size,
        .big_endian = size == 4 || !cpu->le,  /* icbi: target order */
        .io = pa >= cpu->ram_size,
    };
    plugin_run_mem_ops(vcpu, d, &mi);
}

void qemu_api_after_trans(struct farad_plugin_block *b)
{
    for (size_t k = 0; k < b->n; k++) {
        struct farad_plugin_insn *in = &b->insns[k];
        if (in->prec->n_mem && cache_op_probe(in->rec)) {
            plugin_rec_add_op(in->prec, cache_op_exec, NULL, 0, false);
        }
    }
}

/* Whether d is a byte-reversed load or store (l?brx, st?brx). */
static bool byte_reversed(const PpcInsn *d)
{
    const char *n = ppc_op_info[d->op].name;
    size_t len = strlen(n);
    return len > 4 && n[0] != 'v' && !strcmp(n + len - 3, "brx");
}

static void t_mem(struct farad_plugin_vcpu *vcpu, const PpcInsn *d,
                  const struct farad_plugin_mem_info *m, void *udata)
{
    const QemuCb *c = udata;
    unsigned shift = 0;
    while ((1u << shift) < m->size && shift < MI_SHIFT) {
        shift++;
    }
    /* the byte order of the access as QEMU records it: none for single
     * bytes, the guest's otherwise, reversed by the l?brx/st?brx forms */
    bool be = m->size > 1 && (m->big_endian != byte_reversed(d));
    qemu_plugin_meminfo_t info = shift |
        (!m->store && sign_extends(d) ? MI_SIGN : 0) |
        (be ? MI_BE : 0) | (m->store ? MI_STORE : 0);
    cur_hwaddr.paddr = m->paddr;
    cur_hwaddr.io = m->io;
    struct farad_plugin_vcpu *saved = qemu_api_cur_vcpu;
    qemu_api_cur_vcpu = vcpu;
    ((qemu_plugin_vcpu_mem_cb_t)c->fn)(farad_plugin_vcpu_index(vcpu), info,
                                       m->vaddr, c->udata);
    qemu_api_cur_vcpu = saved;
}

void qemu_plugin_register_vcpu_mem_cb(struct qemu_plugin_insn *insn,
                                      qemu_plugin_vcpu_mem_cb_t cb,
                                      enum qemu_plugin_cb_flags flags,
                                      enum qemu_plugin_mem_rw rw,
                                      void *userdata)
{
    (void)flags;
    QemuCb *c = cb ? qemu_api_exec_closure(FN(cb), userdata, (unsigned)rw) : NULL;
    if (c) {
        PluginMemOp op = { t_mem, c, 0, (unsigned)rw & 3 };
        plugin_insn_add_mem_op(ins(insn), &op);
    }
}

void qemu_plugin_register_vcpu_mem_inline(struct qemu_plugin_insn *insn,
                                          enum qemu_plugin_mem_rw rw,
                                          enum qemu_plugin_op op, void *ptr,
                                          uint64_t imm)
{
    if (op == QEMU_PLUGIN_INLINE_ADD_U64 && ptr) {
        PluginMemOp mop = { NULL, ptr, imm, (unsigned)rw & 3 };
        plugin_insn_add_mem_op(ins(insn), &mop);
    }
}

unsigned int qemu_plugin_mem_size_shift(qemu_plugin_meminfo_t info)
{
    return info & MI_SHIFT;
}

bool qemu_plugin_mem_is_sign_extended(qemu_plugin_meminfo_t info)
{
    return (info & MI_SIGN) != 0;
}

bool qemu_plugin_mem_is_big_endian(qemu_plugin_meminfo_t info)
{
    return (info & MI_BE) != 0;
}

bool qemu_plugin_mem_is_store(qemu_plugin_meminfo_t info)
{
    return (info & MI_STORE) != 0;
}

struct qemu_plugin_hwaddr *qemu_plugin_get_hwaddr(qemu_plugin_meminfo_t info,
                                                  uint64_t vaddr)
{
    (void)info;
    (void)vaddr;
    return &cur_hwaddr;
}

bool qemu_plugin_hwaddr_is_io(const struct qemu_plugin_hwaddr *haddr)
{
    return haddr && haddr->io;
}

uint64_t qemu_plugin_hwaddr_phys_addr(const struct qemu_plugin_hwaddr *haddr)
{
    return haddr ? haddr->paddr : 0;
}

const char *qemu_plugin_hwaddr_device_name(const struct qemu_plugin_hwaddr *h)
{
    if (!h) {
        return "Invalid";
    }
    return h->io ? "io" : "RAM";
}
