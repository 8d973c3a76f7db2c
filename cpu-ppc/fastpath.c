/* SPDX-License-Identifier: MIT */
/*
 * Decode-time specialisation: after a record is decoded, the commonest
 * operand patterns get a handler with the generic checks removed
 * (branches whose target lies on the same page become "add a record
 * offset", bdnz skips the BO decoding, register moves and Rc/OE-free
 * arithmetic skip their flag tests). Each specialised handler must be
 * exactly equivalent to the generic one for the patterns it is chosen
 * for; tests/insn runs every vector through both paths.
 */
#include "internal.h"
#include "fastpath.h"

/* In-page relative branches: d->imm holds the record offset. A taken
 * branch sets CFAR to its own address, as the generic handlers do. */

static inline const PpcInsn *taken_inpage(PpcCpu *cpu, const PpcInsn *d)
{
    cpu->arch.cfar = ppc_insn_addr(cpu, d);
    return d + d->imm;
}

static const PpcInsn *fast_b_inpage(PpcCpu *cpu, const PpcInsn *d)
{
    return taken_inpage(cpu, d);
}

static inline bool ctr_dec_nonzero(PpcCpu *cpu)
{
    uint64_t ctr = --cpu->arch.ctr;
    return cpu->sf ? ctr != 0 : (uint32_t)ctr != 0;
}

static const PpcInsn *fast_bdnz_inpage(PpcCpu *cpu, const PpcInsn *d)
{
    return ctr_dec_nonzero(cpu) ? taken_inpage(cpu, d) : d + 1;
}

static const PpcInsn *fast_bdz_inpage(PpcCpu *cpu, const PpcInsn *d)
{
    return ctr_dec_nonzero(cpu) ? d + 1 : taken_inpage(cpu, d);
}

/* bc 12,bi (branch if CR bit set) and bc 4,bi (if clear); d->aux holds
 * the CR mask of bit BI. */
static const PpcInsn *fast_bt_inpage(PpcCpu *cpu, const PpcInsn *d)
{
    return (cpu->arch.cr >> d->aux) & 1 ? taken_inpage(cpu, d) : d + 1;
}

static const PpcInsn *fast_bf_inpage(PpcCpu *cpu, const PpcInsn *d)
{
    return (cpu->arch.cr >> d->aux) & 1 ? d + 1 : taken_inpage(cpu, d);
}

/* Arithmetic and logical forms without Rc and OE. */

static const PpcInsn *fast_add(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = GPR(d->ra) + GPR(d->rb);
    return d + 1;
}

static const PpcInsn *fast_subf(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = GPR(d->rb) - GPR(d->ra);
    return d + 1;
}

static const PpcInsn *fast_mr(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt);
    return d + 1;
}

static const PpcInsn *fast_or(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt) | GPR(d->rb);
    return d + 1;
}

static const PpcInsn *fast_and(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt) & GPR(d->rb);
    return d + 1;
}

static const PpcInsn *fast_li(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = (uint64_t)d->imm;
    return d + 1;
}

static const PpcInsn *fast_addi(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = GPR(d->ra) + (uint64_t)d->imm;
    return d + 1;
}

/* Moves to and from CTR and LR (mtctr, mtlr, mfctr, mflr), which the
 * generic mtspr/mfspr reach through the SPR table. */

static const PpcInsn *fast_mtctr(PpcCpu *cpu, const PpcInsn *d)
{
    cpu->arch.ctr = GPR(d->rt);
    return d + 1;
}

static const PpcInsn *fast_mtlr(PpcCpu *cpu, const PpcInsn *d)
{
    cpu->arch.lr = GPR(d->rt);
    return d + 1;
}

static const PpcInsn *fast_mfctr(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = cpu->arch.ctr;
    return d + 1;
}

static const PpcInsn *fast_mflr(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = cpu->arch.lr;
    return d + 1;
}

/* Unconditional bcctr/bclr (BO = 1z1zz) without link: bctr, blr. */

static const PpcInsn *fast_bctr(PpcCpu *cpu, const PpcInsn *d)
{
    cpu->arch.cfar = ppc_insn_addr(cpu, d);
    return ppc_branch(cpu, cpu->arch.ctr & ~3ULL);
}

static const PpcInsn *fast_blr(PpcCpu *cpu, const PpcInsn *d)
{
    cpu->arch.cfar = ppc_insn_addr(cpu, d);
    return ppc_branch(cpu, cpu->arch.lr & ~3ULL);
}

/* SPR number of an mtspr/mfspr record (the two halves are swapped). */
static unsigned spr_of(const PpcInsn *d)
{
    return d->ra | (unsigned)d->rb << 5;
}

/* Offset in records from the instruction at index idx to the relative
 * target of d, when it stays on the page. */
static bool inpage_offset(const PpcInsn *d, unsigned idx, int64_t *off)
{
    if (d->flags & (D_AA | D_LK)) {
        return false;
    }
    int64_t target = (int64_t)idx + d->imm / 4;
    if (target < 0 || target >= PPC_PAGE_INSNS) {
        return false;
    }
    *off = d->imm / 4;
    return true;
}

void ppc_specialise(PpcInsn *d, unsigned idx)
{
    int64_t off;
    bool plain = !(d->flags & (D_RC | D_OE));

    if (ppc_op_info[d->op].flags & F_CHECKED) {
        return;  /* a fast path would skip the row's MSR check (decode.c) */
    }
    switch (d->op) {
    case PPC_OP_b:
        if (inpage_offset(d, idx, &off)) {
            d->imm = off;
            d->exec = fast_b_inpage;
        }
        break;
    case PPC_OP_bc:
        if (!inpage_offset(d, idx, &off)) {
            break;
        }
        /* BO with the branch-prediction hint bits (0x01, and 0x08 for
         * CTR forms... see ISA Table 2-5) ignored where they are hints */
        switch (d->rt & 0x1e) {
        case 0x10: /* bdnz */
            d->exec = fast_bdnz_inpage;
            break;
        case 0x12: /* bdz */
            d->exec = fast_bdz_inpage;
            break;
        case 0x0c: /* bt */
            d->aux = 31 - d->ra;
            d->exec = fast_bt_inpage;
            break;
        case 0x04: /* bf */
            d->aux = 31 - d->ra;
            d->exec = fast_bf_inpage;
            break;
        default:
            return;
        }
        d->imm = off;
        break;
    case PPC_OP_add:
        if (plain) {
            d->exec = fast_add;
        }
        break;
    case PPC_OP_subf:
        if (plain) {
            d->exec = fast_subf;
        }
        break;
    case PPC_OP_or:
        if (plain) {
            d->exec = d->rt == d->rb ? fast_mr : fast_or;
        }
        break;
    case PPC_OP_and:
        if (plain) {
            d->exec = fast_and;
        }
        break;
    case PPC_OP_addi:
        d->exec = d->ra ? fast_addi : fast_li;
        break;
    case PPC_OP_mtspr:
        if (spr_of(d) == 9) {
            d->exec = fast_mtctr;
        } else if (spr_of(d) == 8) {
            d->exec = fast_mtlr;
        }
        break;
    case PPC_OP_mfspr:
        if (spr_of(d) == 9) {
            d->exec = fast_mfctr;
        } else if (spr_of(d) == 8) {
            d->exec = fast_mflr;
        }
        break;
    case PPC_OP_bcctr:
    case PPC_OP_bclr:
        /* BO = 1z1zz: branch always, no CTR decrement; BH hints ignored */
        if ((d->rt & 0x14) == 0x14 && !(d->flags & D_LK)) {
            d->exec = d->op == PPC_OP_bcctr ? fast_bctr : fast_blr;
        }
        break;
    default:
        break;
    }
}
