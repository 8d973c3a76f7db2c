/* SPDX-License-Identifier: MIT */
/*
 * Queries of the plugin API: instructions of a block being decoded
 * (address, bytes, disassembly, class), vCPU registers by name, and
 * guest memory. Writes take effect at once (see farad-plugin.h).
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "plugin-int.h"
#include "base/papr.h"
#include "base/symbols.h"

/* ---- instructions ---- */

uint64_t farad_plugin_insn_vaddr(const struct farad_plugin_insn *insn)
{
    return insn->vaddr;
}

uint64_t farad_plugin_insn_paddr(const struct farad_plugin_insn *insn)
{
    return insn->paddr;
}

size_t farad_plugin_insn_size(const struct farad_plugin_insn *insn)
{
    (void)insn;
    return 4;
}

uint32_t farad_plugin_insn_word(const struct farad_plugin_insn *insn)
{
    return insn->raw;
}

size_t farad_plugin_insn_data(const struct farad_plugin_insn *insn, void *buf,
                              size_t len)
{
    uint8_t b[4];
    ppc_host_write(b, 4, insn->raw, insn->le);
    size_t n = len < 4 ? len : 4;
    memcpy(buf, b, n);
    return n;
}

static size_t host_disas(PluginHost *h, uint32_t word, uint64_t addr,
                         char *buf, size_t len)
{
    Disas *ds = h ? h->disas : NULL;
    if (len == 0) {
        return 0;
    }
    if (ds && disas_insn(ds, word, addr, buf, len)) {
        return strlen(buf);
    }
    snprintf(buf, len, ".long 0x%08x", word);
    return 0;
}

size_t farad_plugin_disas(farad_plugin_id id, uint32_t word, uint64_t addr,
                          char *buf, size_t len)
{
    return host_disas(id ? id->host : NULL, word, addr, buf, len);
}

size_t farad_plugin_insn_disas(const struct farad_plugin_insn *insn, char *buf,
                               size_t len)
{
    return host_disas(insn->vcpu->host, insn->raw, insn->vaddr, buf, len);
}

const char *farad_plugin_insn_mnemonic(const struct farad_plugin_insn *insn)
{
    return ppc_op_info[insn->rec->op].name;
}

enum farad_plugin_insn_class farad_plugin_insn_class(
    const struct farad_plugin_insn *insn)
{
    unsigned op = insn->rec->op;
    unsigned f = ppc_op_info[op].flags;
    if (op == PPC_OP_ILLEGAL) {
        return FARAD_PLUGIN_CLASS_ILLEGAL;
    }
    if (f & F_BRANCH) {
        return FARAD_PLUGIN_CLASS_BRANCH;
    }
    if (f & F_FP) {
        return FARAD_PLUGIN_CLASS_FP;
    }
    if (f & F_VEC) {
        return FARAD_PLUGIN_CLASS_VECTOR;
    }
    if (f & (F_LOAD | F_STORE)) {
        return FARAD_PLUGIN_CLASS_LOADSTORE;
    }
    if (f & (F_SYNC | F_PRIV)) {
        return FARAD_PLUGIN_CLASS_SYSTEM;
    }
    /* SPR and CR moves are system class too (primary 31, by name) */
    const char *n = ppc_op_info[op].name;
    if (!strncmp(n, "mf", 2) || !strncmp(n, "mt", 2)) {
        return FARAD_PLUGIN_CLASS_SYSTEM;
    }
    /* cache operations without a load/store flag */
    if (!strncmp(n, "dcb", 3) || !strncmp(n, "icb", 3)) {
        return FARAD_PLUGIN_CLASS_LOADSTORE;
    }
    return FARAD_PLUGIN_CLASS_INTEGER;
}

const char *farad_plugin_hcall_name(uint64_t nr)
{
    return papr_hcall_name(nr);
}

const char *farad_plugin_class_name(enum farad_plugin_insn_class c)
{
    static const char *const names[FARAD_PLUGIN_CLASS_COUNT] = {
        "integer", "load/store", "branch", "fp", "system", "vector",
        "illegal",
    };
    return (unsigned)c < FARAD_PLUGIN_CLASS_COUNT ? names[c] : NULL;
}

const char *farad_plugin_insn_symbol(const struct farad_plugin_insn *insn)
{
    uint64_t off;
    return symtab_lookup(insn->vcpu->host->symbols, insn->paddr, &off);
}

void plugins_set_symbols(PluginHost *h, const struct SymTab *symbols)
{
    if (h) {
        h->symbols = symbols;
    }
}

/* ---- vCPUs ---- */

unsigned farad_plugin_vcpu_index(const struct farad_plugin_vcpu *vcpu)
{
    return (unsigned)vcpu->cpu->index;
}

uint64_t farad_plugin_vcpu_icount(const struct farad_plugin_vcpu *vcpu)
{
    return ppc_icount(vcpu->cpu);
}

/* ---- registers ---- */

enum { R_GPR, R_FPR, R_PC, R_MSR, R_CR, R_XER, R_FPSCR, R_U64, R_U32 };

typedef struct RegDesc {
    char name[8];
    uint8_t kind;
    uint16_t off;   /* index for GPR/FPR, offset in PpcArch for U64/U32 */
} RegDesc;

#define SPR64(n) { #n, R_U64, offsetof(PpcArch, n) }

static const RegDesc regs_fixed[] = {
    { "pc", R_PC, 0 }, { "nip", R_PC, 0 }, { "msr", R_MSR, 0 },
    { "cr", R_CR, 0 }, { "xer", R_XER, 0 }, { "fpscr", R_FPSCR, 0 },
    SPR64(lr), SPR64(ctr), SPR64(srr0), SPR64(srr1),
    { "sprg0", R_U64, offsetof(PpcArch, sprg) },
    { "sprg1", R_U64, offsetof(PpcArch, sprg) + 8 },
    { "sprg2", R_U64, offsetof(PpcArch, sprg) + 16 },
    { "sprg3", R_U64, offsetof(PpcArch, sprg) + 24 },
    SPR64(dar), { "dsisr", R_U32, offsetof(PpcArch, dsisr) },
    SPR64(cfar), SPR64(dscr), SPR64(tar), SPR64(ppr), SPR64(lpcr),
    SPR64(pir), SPR64(ctrl), SPR64(amr), SPR64(iamr), SPR64(uamor),
    SPR64(fscr), SPR64(vrsave), SPR64(sdr1), SPR64(dabr), SPR64(dabrx),
    SPR64(dawr0), SPR64(dawrx0), SPR64(ciabr), SPR64(pidr), SPR64(ptcr),
};

#define N_FIXED ((int)G_N_ELEMENTS(regs_fixed))
#define N_REGS (64 + N_FIXED)

static bool reg_desc(int reg, RegDesc *out)
{
    if (reg < 0 || reg >= N_REGS) {
        return false;
    }
    if (reg < 32) {  /* (names: farad_plugin_register_name) */
        out->kind = R_GPR;
        out->off = (uint16_t)reg;
    } else if (reg < 64) {
        out->kind = R_FPR;
        out->off = (uint16_t)(reg - 32);
    } else {
        *out = regs_fixed[reg - 64];
    }
    return true;
}

int farad_plugin_n_registers(void)
{
    return N_REGS;
}

const char *farad_plugin_register_name(int reg)
{
    static const char *const gpr[32] = {
        "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10",
        "r11", "r12", "r13", "r14", "r15", "r16", "r17", "r18", "r19",
        "r20", "r21", "r22", "r23", "r24", "r25", "r26", "r27", "r28",
        "r29", "r30", "r31",
    };
    static const char *const fpr[32] = {
        "f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10",
        "f11", "f12", "f13", "f14", "f15", "f16", "f17", "f18", "f19",
        "f20", "f21", "f22", "f23", "f24", "f25", "f26", "f27", "f28",
        "f29", "f30", "f31",
    };
    if (reg < 0 || reg >= N_REGS) {
        return NULL;
    }
    if (reg < 32) {
        return gpr[reg];
    }
    if (reg < 64) {
        return fpr[reg - 32];
    }
    return regs_fixed[reg - 64].name;
}

int farad_plugin_find_register(const char *name)
{
    if (!name) {
        return -1;
    }
    for (int i = 0; i < N_REGS; i++) {
        if (!strcmp(farad_plugin_register_name(i), name)) {
            return i;
        }
    }
    return -1;
}

static uint64_t current_pc(const PluginCpu *pc)
{
    if (pc->cur) {
        return ppc_insn_addr(pc->cpu, pc->cur);
    }
    return pc->cpu->arch.nip;
}

bool farad_plugin_read_register(struct farad_plugin_vcpu *vcpu, int reg,
                                uint64_t *val)
{
    RegDesc r;
    if (!vcpu || !reg_desc(reg, &r)) {
        return false;
    }
    PpcCpu *cpu = vcpu->cpu;
    switch (r.kind) {
    case R_GPR: *val = cpu->arch.gpr[r.off]; break;
    case R_FPR: *val = cpu->arch.fpr[r.off]; break;
    case R_PC: *val = current_pc(vcpu); break;
    case R_MSR: *val = cpu->arch.msr; break;
    case R_CR: *val = cpu->arch.cr; break;
    case R_XER: *val = ppc_get_xer(cpu); break;
    case R_FPSCR: *val = cpu->arch.fpscr; break;
    case R_U32: {
        uint32_t v;
        memcpy(&v, (const char *)&cpu->arch + r.off, 4);
        *val = v;
        break;
    }
    default:
        memcpy(val, (const char *)&cpu->arch + r.off, 8);
        break;
    }
    return true;
}

/* Leave the record stream before the current instruction, continuing at
 * pc (only from an execution callback). */
static bool redirect(PluginCpu *vcpu, uint64_t pc)
{
    if (!vcpu->cur) {
        return false;
    }
    vcpu->redirect = true;
    vcpu->redirect_pc = pc;
    return true;
}

bool farad_plugin_write_register(struct farad_plugin_vcpu *vcpu, int reg,
                                 uint64_t val)
{
    RegDesc r;
    if (!vcpu || !reg_desc(reg, &r)) {
        return false;
    }
    PpcCpu *cpu = vcpu->cpu;
    switch (r.kind) {
    case R_GPR: cpu->arch.gpr[r.off] = val; break;
    case R_FPR: cpu->arch.fpr[r.off] = val; break;
    case R_PC:
        return redirect(vcpu, val & ~3ULL);
    case R_MSR:
        ppc_set_msr(cpu, val);
        /* the current page's records may be for the other byte order:
         * run the current instruction again through the run loop */
        if (vcpu->cur) {
            redirect(vcpu, current_pc(vcpu));
        }
        break;
    case R_CR: cpu->arch.cr = (uint32_t)val; break;
    case R_XER: ppc_set_xer(cpu, val); break;
    case R_FPSCR: cpu->arch.fpscr = (uint32_t)val; break;
    case R_U32: {
        uint32_t v = (uint32_t)val;
        memcpy((char *)&cpu->arch + r.off, &v, 4);
        break;
    }
    default:
        memcpy((char *)&cpu->arch + r.off, &val, 8);
        if (r.off == offsetof(PpcArch, lpcr)) {
            ppc_cpu_state_changed(cpu);
        }
        break;
    }
    return true;
}

/* ---- memory ---- */

/* Guest physical address of addr, or false when [addr, addr+len) is not
 * RAM. Only real mode exists so far: an effective address maps to its
 * real address (top 4 bits ignored), as in cpu-ppc/mem.c. */
static bool ram_range(PpcCpu *cpu, uint64_t addr, size_t len, bool phys,
                      uint64_t *pa)
{
    uint64_t a = phys ? addr : (addr & REAL_ADDR_MASK);
    if (a >= cpu->ram_size || cpu->ram_size - a < len) {
        return false;
    }
    *pa = a;
    return true;
}

bool farad_plugin_read_memory(struct farad_plugin_vcpu *vcpu, uint64_t addr,
                              void *buf, size_t len, bool phys)
{
    uint64_t pa;
    if (!vcpu || !ram_range(vcpu->cpu, addr, len, phys, &pa)) {
        return false;
    }
    memcpy(buf, vcpu->cpu->ram + pa, len);
    return true;
}

bool farad_plugin_write_memory(struct farad_plugin_vcpu *vcpu, uint64_t addr,
                               const void *buf, size_t len, bool phys)
{
    uint64_t pa;
    if (!vcpu || !ram_range(vcpu->cpu, addr, len, phys, &pa)) {
        return false;
    }
    memcpy(vcpu->cpu->ram + pa, buf, len);
    GPtrArray *cpus = vcpu->host->cpus;
    for (guint i = 0; i < cpus->len; i++) {
        PluginCpu *c = g_ptr_array_index(cpus, i);
        ppc_invalidate_code(c->cpu, pa, len);
    }
    return true;
}
