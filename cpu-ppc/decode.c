/* SPDX-License-Identifier: MIT */
/*
 * The decoder: builds the decode tables from insn.def once, by mask
 * filling (every sub-table slot a row's xo/mask admits points at that
 * row; two rows claiming one slot is a fatal error naming both), and
 * turns an instruction word into a PpcInsn record with its operands
 * pre-extracted. Used by exec.c (decode on first execution) and by the
 * tracing, plugin and test code.
 */
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"
#include "int-common.h"
#include "vec.h"

/*
 * The row-flag checks (F_CHECKED = F_PRIV | F_FP). Whether they pass
 * depends on the MSR when the instruction runs, and decoded records
 * outlive MSR changes (mtmsrd, rfid, interrupts, a kernel turning
 * MSR[FP] on lazily), so the MSR is tested at dispatch. What decode
 * time settles is whether a row needs a test at all: the exec of a
 * flagged row is checked_<name>, which raises the interrupt or
 * tail-calls insn_<name>; every other row runs its handler directly and
 * pays nothing. Checks that depend on an operand or on the CPU model
 * (mtspr/mfspr by SPR number, lq/stq before ISA 2.07, sc's hypercall
 * from problem state) stay in their handlers.
 */

/* Does the MSR forbid a row with these flags now? */
static inline bool row_denied(const PpcCpu *cpu, unsigned flags)
{
    uint64_t msr = cpu->arch.msr;
    return ((flags & F_PRIV) && (msr & MSR_PR)) ||
           ((flags & F_FP) && !(msr & MSR_FP)) ||
           ((flags & F_VEC) && !(msr & MSR_VEC)) ||
           ((flags & F_VSX) && !(msr & MSR_VSX));
}

/* The interrupt for a denied row: privileged-instruction program
 * interrupt in problem state, else the unavailable interrupt of the
 * facility that is off. Returns NULL. */
static const PpcInsn *__attribute__((noinline, cold))
row_raise(PpcCpu *cpu, const PpcInsn *d, unsigned flags)
{
    uint64_t msr = cpu->arch.msr;
    if ((flags & F_PRIV) && (msr & MSR_PR)) {
        return ppc_raise_program(cpu, d, SRR1_PROG_PRIV);
    }
    if ((flags & F_FP) && !(msr & MSR_FP)) {
        return ppc_fp_unavailable(cpu, d);
    }
    if ((flags & F_VEC) && !(msr & MSR_VEC)) {
        return ppc_vec_unavailable(cpu, d);
    }
    return ppc_vsx_unavailable(cpu, d);
}

/* checked_<name> for every row; only rows with F_CHECKED flags use
 * theirs (ppc_op_info below), the others are discarded by the compiler. */
#define INSN(nm, prim, xo, mask, form, flags) \
    static const PpcInsn *checked_##nm(PpcCpu *cpu, const PpcInsn *d) \
    { \
        if (unlikely(row_denied(cpu, (flags)))) { \
            return row_raise(cpu, d, (flags)); \
        } \
        return insn_##nm(cpu, d); \
    }
#include "insn.def"
#undef INSN

const PpcOpInfo ppc_op_info[PPC_OP_COUNT] = {
    [PPC_OP_ILLEGAL] = { "illegal", 0, 0, 0, FORM_X, 0, insn_illegal },
#define INSN(nm, prim, xo, mask, form, flags) \
    [PPC_OP_##nm] = { #nm, prim, xo, mask, form, flags, \
                      ((flags) & F_CHECKED) ? checked_##nm : insn_##nm },
#include "insn.def"
#undef INSN
};

/* Reserved-field bits that make a row's word illegal (insn-resv.def). */
static const uint32_t op_reserved[PPC_OP_COUNT] = {
#define RESV(nm, mask) [PPC_OP_##nm] = mask,
#include "insn-resv.def"
#undef RESV
};

/* How the extended opcode of each primary is found. */
typedef struct SubDecoder {
    uint8_t shift, bits;
} SubDecoder;

static const SubDecoder sub_decoders[64] = {
    [4] = { 0, 11 },  /* VMX: VA 6 bits, VC 10, VX 11 */
    [17] = { 0, 2 },  /* sc (1x) / scv (0x) */
    [19] = { 1, 10 }, [31] = { 1, 10 }, [59] = { 1, 10 }, [63] = { 1, 10 },
    [30] = { 1, 4 },
    [57] = { 0, 2 }, [58] = { 0, 2 }, [61] = { 0, 3 }, [62] = { 0, 2 },
    [60] = { 0, 11 },  /* VSX: XX2/XX3/XX4 XO fields, see insn.h */
};

static uint16_t primary_table[64];
static uint16_t *sub_tables[64];
static bool tables_built;

static void claim(uint16_t *slot, uint16_t op, unsigned prim, unsigned xo)
{
    if (*slot != PPC_OP_ILLEGAL && *slot != op) {
        fprintf(stderr, "farad: insn.def collision at primary %u xo %u: "
                "%s and %s\n", prim, xo, ppc_op_info[*slot].name,
                ppc_op_info[op].name);
        abort();
    }
    *slot = op;
}

void ppc_decode_init(void)
{
    if (tables_built) {
        return;
    }
    for (unsigned op = 1; op < PPC_OP_COUNT; op++) {
        const PpcOpInfo *in = &ppc_op_info[op];
        const SubDecoder *sd = &sub_decoders[in->prim];
        if (sd->bits == 0) {
            claim(&primary_table[in->prim], op, in->prim, 0);
            continue;
        }
        unsigned n = 1u << sd->bits;
        if (!sub_tables[in->prim]) {
            sub_tables[in->prim] = calloc(n, sizeof(uint16_t));
        }
        if ((in->xo & ~in->mask) != 0 || in->mask >= n) {
            fprintf(stderr, "farad: insn.def row %s: xo %#x not inside "
                    "mask %#x\n", in->name, in->xo, in->mask);
            abort();
        }
        /* every slot the row admits: xo with any value in the bits
         * outside the mask (all submasks of `free`, down to 0) */
        unsigned free = (n - 1) & ~(unsigned)in->mask;
        for (unsigned sub = free;; sub = (sub - 1) & free) {
            unsigned s = in->xo | sub;
            claim(&sub_tables[in->prim][s], op, in->prim, s);
            if (sub == 0) {
                break;
            }
        }
    }
    tables_built = true;
}

static uint16_t lookup_op(uint32_t raw)
{
    unsigned prim = raw >> 26;
    const SubDecoder *sd = &sub_decoders[prim];
    if (sd->bits == 0) {
        return primary_table[prim];
    }
    if (!sub_tables[prim]) {
        return PPC_OP_ILLEGAL;
    }
    return sub_tables[prim][(raw >> sd->shift) & ((1u << sd->bits) - 1)];
}

/* Mask of ones from big-endian bit mb to bit me (wrapping if mb > me). */
static uint64_t mask64(unsigned mb, unsigned me)
{
    uint64_t hi = ~0ULL >> mb;
    uint64_t lo = ~0ULL << (63 - me);
    return mb <= me ? (hi & lo) : (hi | lo);
}

static int64_t sext(uint64_t v, unsigned bits)
{
    return (int64_t)(v << (64 - bits)) >> (64 - bits);
}

void ppc_decode(uint32_t raw, PpcInsn *d)
{
    uint16_t op = lookup_op(raw);
    if (raw & op_reserved[op]) {
        op = PPC_OP_ILLEGAL;
    }
    const PpcOpInfo *in = &ppc_op_info[op];

    d->exec = in->exec;
    d->op = op;
    d->raw = raw;
    d->rt = (raw >> 21) & 0x1f;
    d->ra = (raw >> 16) & 0x1f;
    d->rb = (raw >> 11) & 0x1f;
    d->rc = (raw >> 6) & 0x1f;
    d->imm = 0;
    d->aux = 0;
    d->flags = 0;
    if ((in->flags & F_RC) && (raw & 1)) {
        d->flags |= D_RC;
    }
    if (in->flags & F_RC_ALWAYS) {
        d->flags |= D_RC;
    }
    if ((in->flags & F_OE) && (raw & 0x400)) {
        d->flags |= D_OE;
    }

    switch ((PpcForm)in->form) {
    case FORM_D:
        d->imm = (int16_t)(raw & 0xffff);
        break;
    case FORM_DS:
        d->imm = (int16_t)(raw & 0xfffc);
        break;
    case FORM_DQ:
        d->imm = (int16_t)(raw & 0xfff0);
        break;
    case FORM_DX: {
        uint64_t d0 = (raw >> 6) & 0x3ff, d1 = (raw >> 16) & 0x1f, d2 = raw & 1;
        d->imm = sext((d0 << 6) | (d1 << 1) | d2, 16) * 65536;
        break;
    }
    case FORM_I:
        d->imm = sext(raw & 0x03fffffc, 26);
        d->flags |= (raw & 2 ? D_AA : 0) | (raw & 1 ? D_LK : 0);
        break;
    case FORM_B:
        d->imm = (int16_t)(raw & 0xfffc);
        d->flags |= (raw & 2 ? D_AA : 0) | (raw & 1 ? D_LK : 0);
        break;
    case FORM_XL:
        d->flags |= (raw & 1 ? D_LK : 0);
        break;
    case FORM_M: {
        unsigned mb = (raw >> 6) & 0x1f, me = (raw >> 1) & 0x1f;
        d->imm = (int64_t)mask64(mb + 32, me + 32);
        d->aux = d->rb;  /* SH for rlwinm/rlwimi */
        break;
    }
    case FORM_MD:
    case FORM_MDS: {
        unsigned sh = d->rb | ((raw >> 1) & 1) << 5;
        unsigned mbe = ((raw >> 6) & 0x1f) | ((raw >> 5) & 1) << 5;
        unsigned xo = (raw >> 2) & 7;
        if (in->form == FORM_MDS) {
            xo = (raw >> 1) & 0xf;  /* 8 = rldcl, 9 = rldcr */
            d->imm = (int64_t)(xo == 8 ? mask64(mbe, 63) : mask64(0, mbe));
            break;
        }
        d->aux = sh;
        switch (xo) {
        case 0: d->imm = (int64_t)mask64(mbe, 63); break;       /* rldicl */
        case 1: d->imm = (int64_t)mask64(0, mbe); break;        /* rldicr */
        default: d->imm = (int64_t)mask64(mbe, 63 - sh); break; /* rldic, rldimi */
        }
        break;
    }
    case FORM_XS:
        d->aux = d->rb | ((raw >> 1) & 1) << 5;
        break;
    case FORM_VC:
    case FORM_XX3R:
        if (raw & 0x400) {
            d->flags |= D_RC;
        }
        if (in->form == FORM_VC) {
            break;
        }
        /* fall through - XX3R is XX3 with Rc */
    case FORM_XX4:
    case FORM_XX3:
        if (in->form == FORM_XX4) {
            d->rc |= ((raw >> 3) & 1) << 5;
        }
        d->ra |= ((raw >> 2) & 1) << 5;
        /* fall through */
    case FORM_XX2:
        d->rb |= ((raw >> 1) & 1) << 5;
        /* fall through */
    case FORM_XX1:
        d->rt |= (raw & 1) << 5;
        break;
    case FORM_DQX:
        d->imm = (int16_t)(raw & 0xfff0);
        d->rt |= ((raw >> 3) & 1) << 5;
        break;
    default:
        break;
    }
}

void ppc_decode_isa(uint32_t raw, PpcInsn *d, unsigned isa)
{
    ppc_decode(raw, d);
    unsigned f = ppc_op_info[d->op].flags;
    unsigned need = (f & F_V300) ? PPC_ISA_300
                  : (f & F_V207) ? PPC_ISA_207 : PPC_ISA_206;
    if (d->op == PPC_OP_mffs && d->ra) {
        need = PPC_ISA_300;   /* mffsce, mffsl, mffscrn[i], mffscdrn[i] */
    }
    if (need > isa) {
        d->exec = insn_illegal;
        d->op = PPC_OP_ILLEGAL;
    } else if (isa < PPC_ISA_300 && int_writes_xer32(d)) {
        d->exec = int_xer_pre_v300;   /* no OV32/CA32 before ISA 3.0 */
    }
}

const char *ppc_insn_name(const PpcInsn *d, char *buf)
{
    const PpcOpInfo *in = &ppc_op_info[d->op];
    snprintf(buf, 16, "%s%s%s", in->name, (d->flags & D_OE) ? "o" : "",
             (d->flags & D_RC) ? "." : "");
    return buf;
}
