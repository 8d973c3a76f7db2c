/* SPDX-License-Identifier: MIT */
/*
 * QEMU's plugin API after QEMU 7.2, as far as farad honours it:
 * version 2's scoreboards (one element per vCPU), per-vCPU inline
 * operations (add, store), conditional callbacks, register reads and
 * qemu_plugin_num_vcpus; version 4's qemu_plugin_read_memory_vaddr.
 * Time control is refused (farad's guest time is its instruction count).
 * Per-vCPU operations run as farad execution callbacks that find the
 * executing vCPU's element.
 */
#include <string.h>

#include "qemu-api.h"

#define FN(f) ((void (*)(void))(f))

int qemu_plugin_num_vcpus(void)
{
    PluginHost *h = qemu_api_host();
    return h ? (int)h->cpus->len : 0;
}

/* ---- scoreboards ---- */

struct qemu_plugin_scoreboard {
    size_t element_size;
    unsigned n;
    char *data;
};

struct qemu_plugin_scoreboard *qemu_plugin_scoreboard_new(size_t element_size)
{
    PluginHost *h = qemu_api_host();
    struct qemu_plugin_scoreboard *s = g_new0(struct qemu_plugin_scoreboard, 1);
    s->element_size = element_size;
    s->n = h && h->n_vcpus > 0 ? (unsigned)h->n_vcpus : 1;
    s->data = g_malloc0(s->element_size * s->n);
    return s;
}

void qemu_plugin_scoreboard_free(struct qemu_plugin_scoreboard *score)
{
    if (score) {
        g_free(score->data);
        g_free(score);
    }
}

void *qemu_plugin_scoreboard_find(struct qemu_plugin_scoreboard *score,
                                  unsigned int vcpu_index)
{
    if (!score || vcpu_index >= score->n) {
        return NULL;
    }
    return score->data + (size_t)vcpu_index * score->element_size;
}

static uint64_t *u64_at(qemu_plugin_u64 e, unsigned vcpu)
{
    char *el = qemu_plugin_scoreboard_find(e.score, vcpu);
    return el ? (uint64_t *)(void *)(el + e.offset) : NULL;
}

void qemu_plugin_u64_add(qemu_plugin_u64 entry, unsigned int vcpu_index,
                         uint64_t added)
{
    uint64_t *p = u64_at(entry, vcpu_index);
    if (p) {
        *p += added;
    }
}

uint64_t qemu_plugin_u64_get(qemu_plugin_u64 entry, unsigned int vcpu_index)
{
    uint64_t *p = u64_at(entry, vcpu_index);
    return p ? *p : 0;
}

void qemu_plugin_u64_set(qemu_plugin_u64 entry, unsigned int vcpu_index,
                         uint64_t val)
{
    uint64_t *p = u64_at(entry, vcpu_index);
    if (p) {
        *p = val;
    }
}

uint64_t qemu_plugin_u64_sum(qemu_plugin_u64 entry)
{
    uint64_t sum = 0;
    for (unsigned i = 0; entry.score && i < entry.score->n; i++) {
        sum += *u64_at(entry, i);
    }
    return sum;
}

/* ---- per-vCPU inline operations and conditional callbacks ---- */

static void apply_op(const QemuCb *c, unsigned vcpu)
{
    uint64_t *p = u64_at(c->entry, vcpu);
    if (!p) {
        return;
    }
    if (c->op == QEMU_PLUGIN_INLINE_STORE_U64) {
        *p = c->imm;
    } else {
        *p += c->imm;
    }
}

static void t_inline(struct farad_plugin_vcpu *vcpu, void *udata)
{
    apply_op(udata, farad_plugin_vcpu_index(vcpu));
}

static void t_mem_inline(struct farad_plugin_vcpu *vcpu, const PpcInsn *d,
                         const struct farad_plugin_mem_info *m, void *udata)
{
    (void)d;
    (void)m;
    apply_op(udata, farad_plugin_vcpu_index(vcpu));
}

static bool cond_holds(unsigned cond, uint64_t v, uint64_t imm)
{
    switch (cond) {
    case QEMU_PLUGIN_COND_ALWAYS: return true;
    case QEMU_PLUGIN_COND_EQ: return v == imm;
    case QEMU_PLUGIN_COND_NE: return v != imm;
    case QEMU_PLUGIN_COND_LT: return v < imm;
    case QEMU_PLUGIN_COND_LE: return v <= imm;
    case QEMU_PLUGIN_COND_GT: return v > imm;
    case QEMU_PLUGIN_COND_GE: return v >= imm;
    default: return false;
    }
}

static void t_cond(struct farad_plugin_vcpu *vcpu, void *udata)
{
    const QemuCb *c = udata;
    unsigned i = farad_plugin_vcpu_index(vcpu);
    if (cond_holds(c->op, qemu_plugin_u64_get(c->entry, i), c->imm)) {
        qemu_api_exec_tramp(vcpu, udata);
    }
}

/* The closure of an inline operation or conditional callback. */
static QemuCb *v2_closure(void (*fn)(void), void *udata, unsigned rw,
                          qemu_plugin_u64 entry, unsigned op, uint64_t imm)
{
    struct farad_plugin *p = qemu_api_owner();
    if (!p) {
        return NULL;
    }
    QemuCb key = { .plugin = p, .fn = fn, .udata = udata, .rw = rw,
                   .entry = entry, .op = op, .imm = imm };
    return qemu_api_intern(p, &key);
}

void qemu_plugin_register_vcpu_tb_exec_inline_per_vcpu(
    struct qemu_plugin_tb *tb, enum qemu_plugin_op op, qemu_plugin_u64 entry,
    uint64_t imm)
{
    QemuCb *c = entry.score ? v2_closure(NULL, NULL, 0, entry, op, imm) : NULL;
    if (c) {
        farad_plugin_register_block_exec_cb((struct farad_plugin_block *)tb,
                                            t_inline, c);
    }
}

void qemu_plugin_register_vcpu_insn_exec_inline_per_vcpu(
    struct qemu_plugin_insn *insn, enum qemu_plugin_op op,
    qemu_plugin_u64 entry, uint64_t imm)
{
    QemuCb *c = entry.score ? v2_closure(NULL, NULL, 0, entry, op, imm) : NULL;
    if (c) {
        farad_plugin_register_insn_exec_cb((struct farad_plugin_insn *)insn,
                                           t_inline, c);
    }
}

void qemu_plugin_register_vcpu_mem_inline_per_vcpu(
    struct qemu_plugin_insn *insn, enum qemu_plugin_mem_rw rw,
    enum qemu_plugin_op op, qemu_plugin_u64 entry, uint64_t imm)
{
    QemuCb *c = entry.score ? v2_closure(NULL, NULL, rw, entry, op, imm)
                            : NULL;
    if (c) {
        PluginMemOp mop = { t_mem_inline, c, 0, (unsigned)rw & 3 };
        plugin_insn_add_mem_op((struct farad_plugin_insn *)insn, &mop);
    }
}

void qemu_plugin_register_vcpu_tb_exec_cond_cb(struct qemu_plugin_tb *tb,
                                               qemu_plugin_vcpu_udata_cb_t cb,
                                               enum qemu_plugin_cb_flags flags,
                                               enum qemu_plugin_cond cond,
                                               qemu_plugin_u64 entry,
                                               uint64_t imm, void *userdata)
{
    (void)flags;
    if (!cb || cond == QEMU_PLUGIN_COND_NEVER) {
        return;
    }
    QemuCb *c = v2_closure(FN(cb), userdata, 0, entry, cond, imm);
    if (c) {
        farad_plugin_register_block_exec_cb((struct farad_plugin_block *)tb,
                                            t_cond, c);
    }
}

void qemu_plugin_register_vcpu_insn_exec_cond_cb(
    struct qemu_plugin_insn *insn, qemu_plugin_vcpu_udata_cb_t cb,
    enum qemu_plugin_cb_flags flags, enum qemu_plugin_cond cond,
    qemu_plugin_u64 entry, uint64_t imm, void *userdata)
{
    (void)flags;
    if (!cb || cond == QEMU_PLUGIN_COND_NEVER) {
        return;
    }
    QemuCb *c = v2_closure(FN(cb), userdata, 0, entry, cond, imm);
    if (c) {
        farad_plugin_register_insn_exec_cb((struct farad_plugin_insn *)insn,
                                           t_cond, c);
    }
}

/* ---- registers ---- */

/* gdb's feature of a farad register name. */
static const char *reg_feature(const char *name)
{
    if (name[0] == 'f' && name[1] >= '0' && name[1] <= '9') {
        return "org.gnu.gdb.power.fpu";
    }
    if (!strcmp(name, "fpscr")) {
        return "org.gnu.gdb.power.fpu";
    }
    if ((name[0] == 'r' && name[1] >= '0' && name[1] <= '9') ||
        !strcmp(name, "pc") || !strcmp(name, "msr") || !strcmp(name, "cr") ||
        !strcmp(name, "lr") || !strcmp(name, "ctr") || !strcmp(name, "xer")) {
        return "org.gnu.gdb.power.core";
    }
    return "org.qemu.power.spr";
}

GArray *qemu_plugin_get_registers(void)
{
    GArray *a = g_array_new(TRUE, TRUE, sizeof(qemu_plugin_reg_descriptor));
    for (int i = 0; i < farad_plugin_n_registers(); i++) {
        const char *name = farad_plugin_register_name(i);
        if (!strcmp(name, "nip")) {
            continue;  /* farad's alias of pc */
        }
        qemu_plugin_reg_descriptor d = {
            .handle = (struct qemu_plugin_register *)(uintptr_t)(i + 1),
            .name = name,
            .feature = reg_feature(name),
        };
        g_array_append_val(a, d);
    }
    return a;
}

int qemu_plugin_read_register(struct qemu_plugin_register *handle,
                              GByteArray *buf)
{
    struct farad_plugin_vcpu *vcpu = qemu_api_cur_vcpu;
    int reg = (int)(uintptr_t)handle - 1;
    uint64_t v;
    if (!vcpu || !buf || !farad_plugin_read_register(vcpu, reg, &v)) {
        return -1;
    }
    /* gdb's sizes: cr, xer and fpscr are 32-bit, the rest 64-bit; bytes
     * in the guest's current order, as QEMU's ppc gdb stub gives them */
    const char *name = farad_plugin_register_name(reg);
    unsigned size = !strcmp(name, "cr") || !strcmp(name, "xer") ||
                    !strcmp(name, "fpscr") ? 4 : 8;
    uint8_t b[8];
    ppc_host_write(b, size, v, vcpu->cpu->le);
    g_byte_array_append(buf, b, size);
    return (int)size;
}

/* ---- time control: not given (guest time is the instruction count) ---- */

const void *qemu_plugin_request_time_control(void)
{
    return NULL;
}

void qemu_plugin_update_ns(const void *handle, int64_t time)
{
    (void)handle;
    (void)time;
}

/* ---- version 4: guest memory ---- */

bool qemu_plugin_read_memory_vaddr(uint64_t addr, GByteArray *data,
                                   size_t len)
{
    struct farad_plugin_vcpu *vcpu = qemu_api_cur_vcpu;
    PluginHost *h = qemu_api_host();
    if (!vcpu && h && h->cpus->len) {
        vcpu = g_ptr_array_index(h->cpus, 0);
    }
    if (!vcpu || !data || len == 0) {
        return false;
    }
    PpcCpu *cpu = vcpu->cpu;
    g_byte_array_set_size(data, (guint)len);
    for (size_t done = 0; done < len;) {
        uint64_t va = addr + done, pa;
        size_t chunk = 0x1000 - (va & 0xfff);
        chunk = chunk < len - done ? chunk : len - done;
        if (!ppc_debug_xlate(cpu, va, PPC_ACC_LOAD, &pa) ||
            pa >= cpu->ram_size || cpu->ram_size - pa < chunk) {
            return false;
        }
        memcpy(data->data + done, cpu->ram + pa, chunk);
        done += chunk;
    }
    return true;
}
