/* SPDX-License-Identifier: MIT */
/*
 * champsim: an execution trace in ChampSim's binary trace format, one
 * 64-byte record per retired instruction of one vCPU, in retirement
 * order (farad's instruction count is the only clock: record k is the
 * instruction retired at icount start + k of that vCPU). The layout
 * (ChampSim's struct input_instr, little-endian, no padding):
 *
 *   off size field
 *     0   8  ip                        effective address
 *     8   1  is_branch                 1 for b, bc, bclr, bcctr, bctar
 *     9   1  branch_taken              1 when the next retired
 *                                      instruction is not at ip + 4
 *    10   2  destination_registers[2]  register numbers, 0 = none
 *    12   4  source_registers[4]
 *    16  16  destination_memory[2]     store effective addresses
 *    32  32  source_memory[4]          load effective addresses
 *
 * ChampSim deduces the branch type from three special register numbers,
 * so branches are encoded as it expects (docs/plugins.md): 26 the
 * instruction pointer, 25 the flags (CR, and CTR as a bdnz condition),
 * 6 the "stack pointer", which stands for the link register (a call
 * writes it, a return reads it). Other registers: r0-r31 are 32-63,
 * CTR 64, TAR 65, XER 66, other SPRs 67, f0-f31 68-99. Registers are
 * filled for branches, D-form loads, stores, arithmetic, logical and
 * compare instructions, X-form loads and stores, and the common X/XO
 * arithmetic, logical and compare instructions, mfspr and mtspr; other
 * instructions carry none. A memory access beyond the slots (lmw,
 * stmw, ...) keeps the first addresses.
 *
 * Options: outfile=PATH (required), start=N (first icount traced,
 * default 0), count=N (records at most, default: all), vcpu=N (default
 * 0).
 */
#include "ppc-flow.h"
#include "util.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;

enum {
    REG_SP = 6, REG_FLAGS = 25, REG_IP = 26,
    REG_GPR = 32, REG_CTR = 64, REG_TAR = 65, REG_XER = 66, REG_SPR = 67,
    REG_FPR = 68,
};

typedef struct CsInsn {
    struct CsInsn *next;        /* all of them, for freeing */
    struct CsState *s;
    uint64_t vaddr;
    bool branch;
    uint8_t dst[2], src[4];
} CsInsn;

typedef struct CsState {
    farad_plugin_id id;
    FILE *out;
    unsigned vcpu;
    uint64_t start, count, written;
    const CsInsn *pending;      /* executing, record not out yet */
    uint64_t pending_icount;
    uint64_t dmem[2], smem[4];
    unsigned n_dmem, n_smem;
    int pc_reg;
    CsInsn *all;
} CsState;

/* ---- registers an instruction reads and writes ---- */

static void add_reg(uint8_t *set, unsigned n, uint8_t r)
{
    for (unsigned i = 0; i < n; i++) {
        if (set[i] == r) {
            return;
        }
        if (!set[i]) {
            set[i] = r;
            return;
        }
    }
}

static void dst(CsInsn *in, uint8_t r) { add_reg(in->dst, 2, r); }
static void src(CsInsn *in, uint8_t r) { add_reg(in->src, 4, r); }
static uint8_t gpr(unsigned n) { return (uint8_t)(REG_GPR + n); }
static uint8_t fpr(unsigned n) { return (uint8_t)(REG_FPR + n); }

/* RA as a base: 0 means the value 0, no register. */
static void src_base(CsInsn *in, unsigned ra)
{
    if (ra) {
        src(in, gpr(ra));
    }
}

static void branch_regs(CsInsn *in, uint32_t w)
{
    unsigned op = ppc_flow_opcd(w), xo = ppc_flow_xo(w);
    bool lk = ppc_flow_lk(w);
    bool cond = op != 18 && !ppc_flow_bo_always(w);
    if (op == 19 && xo == 16 && !lk) {          /* return: reads LR */
        src(in, REG_SP);
        if (cond) {
            src(in, REG_FLAGS);
        }
        dst(in, REG_IP);
        dst(in, REG_SP);
        return;
    }
    dst(in, REG_IP);
    if (lk) {                                   /* a call writes LR */
        dst(in, REG_SP);
        src(in, REG_SP);
    }
    if (op == 16 || op == 18) {                 /* relative: reads IP */
        src(in, REG_IP);
    } else if (lk) {
        src(in, REG_IP);
    }
    if (cond) {
        src(in, REG_FLAGS);
    }
    if (op == 19) {                             /* the target register */
        src(in, xo == 16 ? REG_SP : xo == 528 ? REG_CTR : REG_TAR);
    }
}

static uint8_t spr_reg(uint32_t w)
{
    unsigned spr = ((w >> 16) & 0x1f) | ((w >> 6) & 0x3e0);
    return spr == 8 ? REG_SP : spr == 9 ? REG_CTR : spr == 1 ? REG_XER
         : spr == 815 ? REG_TAR : REG_SPR;
}

/* Opcode 31 (X and XO forms); store is from the instruction class. */
static void x_regs(CsInsn *in, uint32_t w, bool loadstore, bool store)
{
    unsigned rt = (w >> 21) & 31, ra = (w >> 16) & 31, rb = (w >> 11) & 31;
    unsigned xo = ppc_flow_xo(w), xo9 = xo & 0x1ff;
    bool rc = w & 1;
    if (loadstore) {
        src_base(in, ra);
        src(in, gpr(rb));
        if (store) {
            src(in, gpr(rt));
        } else {
            dst(in, gpr(rt));
        }
        return;
    }
    switch (xo9) {   /* XO form: RT = f(RA, RB) */
    case 266: case 10: case 138: case 40: case 8: case 136: case 235:
    case 233: case 491: case 489: case 459: case 457: case 75: case 73:
    case 11: case 9: case 104:
        dst(in, gpr(rt));
        src(in, gpr(ra));
        if (xo9 != 104) {
            src(in, gpr(rb));
        }
        if (rc) {
            dst(in, REG_FLAGS);
        }
        return;
    default:
        break;
    }
    switch (xo) {
    case 28: case 444: case 316: case 124: case 60: case 412: case 476:
    case 284: case 24: case 536: case 792: case 27: case 539: case 794:
        dst(in, gpr(ra));       /* RA = f(RS, RB) */
        src(in, gpr(rt));
        src(in, gpr(rb));
        break;
    case 26: case 58: case 954: case 922: case 986: case 824: case 413:
        dst(in, gpr(ra));       /* RA = f(RS) */
        src(in, gpr(rt));
        break;
    case 0: case 32:            /* cmp, cmpl */
        dst(in, REG_FLAGS);
        src(in, gpr(ra));
        src(in, gpr(rb));
        return;
    case 339:                   /* mfspr */
        dst(in, gpr(rt));
        src(in, spr_reg(w));
        return;
    case 467:                   /* mtspr */
        dst(in, spr_reg(w));
        src(in, gpr(rt));
        return;
    default:
        return;
    }
    if (rc) {
        dst(in, REG_FLAGS);
    }
}

static void insn_regs(CsInsn *in, uint32_t w, enum farad_plugin_insn_class c)
{
    unsigned op = ppc_flow_opcd(w);
    unsigned rt = (w >> 21) & 31, ra = (w >> 16) & 31;
    if (ppc_flow_of(w) == PPC_FLOW_BRANCH) {
        branch_regs(in, w);
        return;
    }
    switch (op) {
    case 32: case 33: case 34: case 35: case 40: case 41: case 42: case 43:
    case 58:                                    /* integer loads */
        dst(in, gpr(rt));
        src_base(in, ra);
        if (op & 1 && op != 58) {
            dst(in, gpr(ra));                   /* update form */
        }
        break;
    case 48: case 49: case 50: case 51:         /* FP loads */
        dst(in, fpr(rt));
        src_base(in, ra);
        break;
    case 36: case 37: case 38: case 39: case 44: case 45: case 62:
        src(in, gpr(rt));                       /* integer stores */
        src_base(in, ra);
        if (op & 1) {
            dst(in, gpr(ra));
        }
        break;
    case 52: case 53: case 54: case 55:         /* FP stores */
        src(in, fpr(rt));
        src_base(in, ra);
        break;
    case 14: case 15:                           /* addi, addis */
        dst(in, gpr(rt));
        src_base(in, ra);
        break;
    case 7: case 8: case 12: case 13:           /* mulli subfic addic[.] */
        dst(in, gpr(rt));
        src(in, gpr(ra));
        if (op == 13) {
            dst(in, REG_FLAGS);
        }
        break;
    case 10: case 11:                           /* cmpli, cmpi */
        dst(in, REG_FLAGS);
        src(in, gpr(ra));
        break;
    case 24: case 25: case 26: case 27: case 28: case 29:
        dst(in, gpr(ra));                       /* ori ... andis. */
        src(in, gpr(rt));
        if (op >= 28) {
            dst(in, REG_FLAGS);
        }
        break;
    case 31:
        x_regs(in, w, c == FARAD_PLUGIN_CLASS_LOADSTORE,
               ((w >> 1) & 0x3ff) & 0x80);
        break;
    default:
        break;
    }
}

/* ---- the trace ---- */

static void le64(uint8_t *p, uint64_t x)
{
    for (int i = 0; i < 8; i++) {
        p[i] = (uint8_t)(x >> (8 * i));
    }
}

/* Write the pending instruction's record; next_pc is where execution
 * went on. */
static void flush_record(CsState *s, uint64_t next_pc)
{
    const CsInsn *in = s->pending;
    uint8_t r[64] = { 0 };
    s->pending = NULL;
    le64(r, in->vaddr);
    r[8] = in->branch;
    r[9] = in->branch && next_pc != in->vaddr + 4;
    memcpy(r + 10, in->dst, 2);
    memcpy(r + 12, in->src, 4);
    for (unsigned i = 0; i < s->n_dmem; i++) {
        le64(r + 16 + 8 * i, s->dmem[i]);
    }
    for (unsigned i = 0; i < s->n_smem; i++) {
        le64(r + 32 + 8 * i, s->smem[i]);
    }
    fwrite(r, 1, sizeof(r), s->out);
    s->written++;
}

/* The pending instruction retired if the vCPU's count moved past it. */
static void settle(CsState *s, struct farad_plugin_vcpu *vcpu, uint64_t pc)
{
    if (s->pending) {
        if (farad_plugin_vcpu_icount(vcpu) > s->pending_icount) {
            flush_record(s, pc);
        } else {
            s->pending = NULL;  /* it trapped: not retired */
        }
    }
}

static void exec_insn(struct farad_plugin_vcpu *vcpu, void *udata)
{
    CsInsn *in = udata;
    CsState *s = in->s;
    if (farad_plugin_vcpu_index(vcpu) != s->vcpu) {
        return;
    }
    settle(s, vcpu, in->vaddr);
    uint64_t now = farad_plugin_vcpu_icount(vcpu);
    if (now < s->start || (s->count && s->written >= s->count)) {
        return;
    }
    s->pending = in;
    s->pending_icount = now;
    s->n_dmem = s->n_smem = 0;
}

static void mem_cb(struct farad_plugin_vcpu *vcpu,
                   const struct farad_plugin_mem_info *m, void *udata)
{
    CsState *s = udata;
    if (!s->pending || farad_plugin_vcpu_index(vcpu) != s->vcpu) {
        return;
    }
    if (m->store && s->n_dmem < 2) {
        s->dmem[s->n_dmem++] = m->vaddr;
    } else if (!m->store && s->n_smem < 4) {
        s->smem[s->n_smem++] = m->vaddr;
    }
}

static void block_trans(farad_plugin_id id, struct farad_plugin_block *b,
                        void *udata)
{
    CsState *s = udata;
    (void)id;
    for (size_t i = 0; i < farad_plugin_block_n_insns(b); i++) {
        struct farad_plugin_insn *insn = farad_plugin_block_get_insn(b, i);
        uint32_t w = farad_plugin_insn_word(insn);
        CsInsn *in = calloc(1, sizeof(*in));
        in->s = s;
        in->vaddr = farad_plugin_insn_vaddr(insn);
        in->branch = ppc_flow_of(w) == PPC_FLOW_BRANCH;
        insn_regs(in, w, farad_plugin_insn_class(insn));
        in->next = s->all;
        s->all = in;
        farad_plugin_register_insn_exec_cb(insn, exec_insn, in);
    }
}

static void vcpu_exit(farad_plugin_id id, struct farad_plugin_vcpu *vcpu,
                      void *udata)
{
    CsState *s = udata;
    uint64_t pc = 0;
    (void)id;
    if (farad_plugin_vcpu_index(vcpu) == s->vcpu) {
        farad_plugin_read_register(vcpu, s->pc_reg, &pc);
        settle(s, vcpu, pc);
    }
}

static void at_exit(farad_plugin_id id, const FaradPluginExitInfo *info,
                    void *udata)
{
    CsState *s = udata;
    (void)id;
    (void)info;
    fclose(s->out);
    while (s->all) {
        CsInsn *in = s->all;
        s->all = in->next;
        free(in);
    }
    free(s);
}

FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
                                             const FaradPluginInfo *info,
                                             int argc, char **argv)
{
    CsState *s = calloc(1, sizeof(*s));
    const char *path = NULL;
    s->id = id;
    for (int i = 0; i < argc; i++) {
        const char *v;
        uint64_t n;
        bool ok = true;
        if ((v = opt_value(argv[i], "outfile")) && *v) {
            path = v;
        } else if ((v = opt_value(argv[i], "start"))) {
            ok = opt_u64(v, &s->start);
        } else if ((v = opt_value(argv[i], "count"))) {
            ok = opt_u64(v, &s->count);
        } else if ((v = opt_value(argv[i], "vcpu"))) {
            ok = opt_u64(v, &n) && n < (uint64_t)info->n_vcpus;
            s->vcpu = (unsigned)n;
        } else {
            free(s);
            return opt_error(id, "unknown option", argv[i]);
        }
        if (!ok) {
            free(s);
            return opt_error(id, "bad value in", argv[i]);
        }
    }
    if (!path) {
        free(s);
        farad_plugin_set_error(id, "needs outfile=PATH (the trace file)");
        return -1;
    }
    s->out = fopen(path, "wb");
    if (!s->out) {
        free(s);
        return opt_error(id, "cannot write outfile", path);
    }
    s->pc_reg = farad_plugin_find_register("pc");
    farad_plugin_register_block_trans_cb(id, block_trans, s);
    farad_plugin_register_mem_cb(id, mem_cb, FARAD_PLUGIN_MEM_RW, s);
    farad_plugin_register_vcpu_exit_cb(id, vcpu_exit, s);
    farad_plugin_register_atexit_cb(id, at_exit, s);
    return 0;
}
