/* SPDX-License-Identifier: MIT */
/*
 * Decode-time specialisation: after a record is decoded, the commonest
 * operand patterns get a handler with the generic checks removed
 * (branches whose target lies on the same page become "add a record
 * offset", bdnz skips the BO decoding, register moves and Rc/OE-free
 * arithmetic skip their flag tests). Each specialised handler must be
 * exactly equivalent to the generic one for the patterns it is chosen
 * for; tests/insn runs every vector through both paths. The commonest
 * are micro-ops (fastpath.h) that the run loop also executes inline.
 */
#include "internal.h"
#include "fastpath.h"

/* The micro-op handlers (fastpath.h): the same bodies the run loop
 * has inline; outside run_slice CFAR is never left lazy, so they put a
 * branch's address into it at once. */
#define X(name) \
    static const PpcInsn *fast_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        const PpcInsn *next = uop_##name(cpu, d); \
        ppc_cfar_sync(cpu); \
        return next; \
    }
PPC_UOPS(X)
PPC_UOPS_LEAVE(X)
#undef X

static const PpcExecFn uop_exec[PPC_U_COUNT] = {
#define X(name) [PPC_U_##name] = fast_##name,
    PPC_UOPS(X)
    PPC_UOPS_LEAVE(X)
#undef X
};

PpcExecFn ppc_uop_exec(unsigned u)
{
    return u < PPC_U_SINGLE_COUNT ? uop_exec[u] : NULL;
}

/* The first record's own micro-op of each fused pair; identity for the
 * others. */
#define SELF(name) [PPC_U_##name] = PPC_U_##name,
#define FIRST(a, b) [PPC_U_##a##__##b] = PPC_U_##a,
#define FIRST4(a, b, ka, kb) FIRST(a, b)
const uint8_t ppc_uop_first[PPC_U_COUNT] = {
    PPC_UOPS(SELF)
    PPC_UOPS_LEAVE(SELF)
    PPC_UOPS_MEM(SELF)
    PPC_FUSED(FIRST)
    PPC_FUSED_LEAVE(FIRST)
    PPC_FUSED_MEM(FIRST4)
};
#undef SELF
#undef FIRST
#undef FIRST4

/* The fused micro-op of the pair (first, second), or PPC_U_CALL. */
static unsigned fused_uop(unsigned first, unsigned second)
{
#define PAIR(a, b) \
    if (first == PPC_U_##a && second == PPC_U_##b) { \
        return PPC_U_##a##__##b; \
    }
#define PAIR4(a, b, ka, kb) PAIR(a, b)
    PPC_FUSED(PAIR)
    PPC_FUSED_LEAVE(PAIR)
    PPC_FUSED_MEM(PAIR4)
#undef PAIR
#undef PAIR4
    return PPC_U_CALL;
}

static void fuse_pair(PpcInsn *a, const PpcInsn *b)
{
    unsigned u = fused_uop(a->uop, b->uop);
    if (u != PPC_U_CALL) {
        a->uop = (uint8_t)u;
    }
}

void ppc_fuse(PpcInsn *recs, unsigned i)
{
    if (i > 0) {
        fuse_pair(&recs[i - 1], &recs[i]);
    }
    fuse_pair(&recs[i], &recs[i + 1]);  /* i + 1 may be the sentinel */
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

/* Make d micro-op u: its handler and its loop case. */
static void set_uop(PpcInsn *d, unsigned u)
{
    d->exec = uop_exec[u];
    d->uop = (uint8_t)u;
}

/* The load/store micro-op of row op, or PPC_U_CALL. */
static unsigned mem_uop(unsigned op)
{
    switch (op) {
#define X(name) case PPC_OP_##name: return PPC_U_##name;
    PPC_UOPS_MEM(X)
#undef X
    default:
        return PPC_U_CALL;
    }
}

/* A load/store record gets its micro-op (its exec stays the row's
 * handler) when RA != 0 and, for an update form, the form is valid
 * (RA != 0, and RA != RT for a fixed-point load: an FP load's RT is an
 * FPR); the others keep calling. */
static bool specialise_mem(PpcInsn *d)
{
    unsigned u = mem_uop(d->op);
    if (u == PPC_U_CALL) {
        return false;
    }
    bool load_update = u == PPC_U_lbzu || u == PPC_U_lhzu ||
                       u == PPC_U_lwzu || u == PPC_U_ldu ||
                       u == PPC_U_lbzux || u == PPC_U_lhzux ||
                       u == PPC_U_lwzux || u == PPC_U_ldux;
    if (d->ra != 0 && !(load_update && d->ra == d->rt)) {
        d->uop = (uint8_t)u;
    }
    return true;
}

void ppc_specialise(PpcInsn *d, unsigned idx)
{
    int64_t off;
    bool plain = !(d->flags & (D_RC | D_OE));

    d->uop = PPC_U_CALL;
    if (d->exec != ppc_op_info[d->op].exec) {
        return;  /* illegal on this model, or wrapped (int_xer_pre_v300) */
    }
    if (specialise_mem(d)) {
        return;  /* FP ones: the micro-op tests MSR[FP] itself */
    }
    if (ppc_op_info[d->op].flags & F_CHECKED) {
        return;  /* a fast path would skip the row's MSR check (decode.c) */
    }
    switch (d->op) {
    case PPC_OP_b:
        if (inpage_offset(d, idx, &off)) {
            d->imm = off;
            set_uop(d, PPC_U_b_inpage);
        } else if (!(d->flags & D_AA)) {
            set_uop(d, (d->flags & D_LK) ? PPC_U_bl : PPC_U_b_far);
        }
        break;
    case PPC_OP_bc:
        if (!inpage_offset(d, idx, &off)) {
            if (d->flags & (D_AA | D_LK)) {
                break;
            }
            if ((d->rt & 0x1e) == 0x0c) {
                d->aux = 31 - d->ra;
                set_uop(d, PPC_U_bt_far);
            } else if ((d->rt & 0x1e) == 0x04) {
                d->aux = 31 - d->ra;
                set_uop(d, PPC_U_bf_far);
            }
            break;
        }
        /* BO with the branch-prediction hint bits (0x01, and 0x08 for
         * CTR forms... see ISA Table 2-5) ignored where they are hints */
        switch (d->rt & 0x1e) {
        case 0x10: /* bdnz */
            set_uop(d, PPC_U_bdnz_inpage);
            break;
        case 0x12: /* bdz */
            set_uop(d, PPC_U_bdz_inpage);
            break;
        case 0x0c: /* bt */
            d->aux = 31 - d->ra;
            set_uop(d, PPC_U_bt_inpage);
            break;
        case 0x04: /* bf */
            d->aux = 31 - d->ra;
            set_uop(d, PPC_U_bf_inpage);
            break;
        default:
            return;
        }
        d->imm = off;
        break;
    case PPC_OP_add:
        if (plain) {
            set_uop(d, PPC_U_add);
        }
        break;
    case PPC_OP_subf:
        if (plain) {
            set_uop(d, PPC_U_subf);
        }
        break;
    case PPC_OP_or:
        if (plain) {
            set_uop(d, d->rt == d->rb ? PPC_U_mr : PPC_U_or);
        }
        break;
    case PPC_OP_and:
        if (plain) {
            set_uop(d, PPC_U_and);
        }
        break;
    case PPC_OP_xor:
        if (plain) {
            set_uop(d, PPC_U_xor);
        }
        break;
    case PPC_OP_addi:
        set_uop(d, d->ra ? PPC_U_addi : PPC_U_li);
        break;
    case PPC_OP_addis:
        d->imm = (int64_t)((uint64_t)d->imm << 16);
        set_uop(d, d->ra ? PPC_U_addis : PPC_U_lis);
        break;
    case PPC_OP_ori:
        d->imm = d->raw & 0xffff;
        set_uop(d, PPC_U_ori);
        break;
    case PPC_OP_oris:
        d->imm = (int64_t)(d->raw & 0xffff) << 16;
        set_uop(d, PPC_U_oris);
        break;
    case PPC_OP_xori:
        d->imm = d->raw & 0xffff;
        set_uop(d, PPC_U_xori);
        break;
    case PPC_OP_andi:
        d->imm = d->raw & 0xffff;
        set_uop(d, PPC_U_andi_rc);
        break;
    case PPC_OP_rlwinm:
        if (plain) {
            set_uop(d, PPC_U_rlwinm);
        }
        break;
    case PPC_OP_rldicl:
    case PPC_OP_rldicr:
    case PPC_OP_rldic:
        if (plain) {
            set_uop(d, PPC_U_rld);
        }
        break;
    case PPC_OP_mulld:
        if (plain) {
            set_uop(d, PPC_U_mulld);
        }
        break;
    case PPC_OP_extsw:
        if (plain) {
            set_uop(d, PPC_U_extsw);
        }
        break;
    case PPC_OP_cmpi:
    case PPC_OP_cmpli:
    case PPC_OP_cmp:
    case PPC_OP_cmpl: {
        /* BF = rt >> 2, L = rt & 1 */
        static const uint8_t uops[4][2] = {
            { PPC_U_cmpwi, PPC_U_cmpdi }, { PPC_U_cmplwi, PPC_U_cmpldi },
            { PPC_U_cmpw, PPC_U_cmpd }, { PPC_U_cmplw, PPC_U_cmpld },
        };
        unsigned k = d->op == PPC_OP_cmpi ? 0 : d->op == PPC_OP_cmpli ? 1
                   : d->op == PPC_OP_cmp ? 2 : 3;
        if (d->op == PPC_OP_cmpli) {
            d->imm = d->raw & 0xffff;
        }
        d->aux = (uint8_t)(28 - 4 * (d->rt >> 2));
        set_uop(d, uops[k][d->rt & 1]);
        break;
    }
    case PPC_OP_mtspr:
        if (spr_of(d) == 9) {
            set_uop(d, PPC_U_mtctr);
        } else if (spr_of(d) == 8) {
            set_uop(d, PPC_U_mtlr);
        }
        break;
    case PPC_OP_mfspr:
        if (spr_of(d) == 9) {
            set_uop(d, PPC_U_mfctr);
        } else if (spr_of(d) == 8) {
            set_uop(d, PPC_U_mflr);
        }
        break;
    case PPC_OP_bcctr:
    case PPC_OP_bclr:
        /* BO = 1z1zz: branch always, no CTR decrement; BH hints ignored */
        if ((d->rt & 0x14) == 0x14 && !(d->flags & D_LK)) {
            set_uop(d, d->op == PPC_OP_bcctr ? PPC_U_bctr : PPC_U_blr);
        }
        break;
    default:
        break;
    }
}
