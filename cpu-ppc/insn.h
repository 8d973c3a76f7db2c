/* SPDX-License-Identifier: MIT */
/*
 * Decoded instruction records and the instruction list.
 *
 * insn.def (and the per-category insn-*.def files it includes) is the one
 * declarative list of instructions. Each row
 *     INSN(name, primary, xo, xo_mask, form, flags)
 * expands here into the PpcOp enum, the handler prototypes
 * (insn_<name>), and in decode.c into the name table and decode tables.
 *
 * Extended-opcode fields, per primary opcode (see decode.c):
 *   19, 31, 59, 63: xo = bits 21..30 (10 bits, (raw >> 1) & 0x3ff);
 *                   XO-form rows use mask 0x1ff (OE is 0x200),
 *                   A-form rows mask 0x1f.
 *   30:             xo = (raw >> 1) & 0xf (MD rows mask 0xe, MDS 0xf)
 *   58, 62, 57, 61: xo = raw & 0x3 (DS-form)
 *   4 (VMX):        xo = raw & 0x7ff: VA-form rows mask 0x3f, VX-form
 *                   0x7ff, VC-form 0x3ff (Rc is 0x400)
 *   60 (VSX):       xo = raw & 0x7ff: use the XO_XX* macros below
 *                   (the XO field shifted into place) with their masks
 *   others:         xo = 0, mask = 0.
 * Primary 31 VMX/VSX loads, stores and moves are X/XX1-form rows like
 * any other primary-31 row (TX in bit 0 is outside the xo field).
 */
#ifndef FARAD_CPU_PPC_INSN_H
#define FARAD_CPU_PPC_INSN_H

#include "cpu.h"

/*
 * A handler executes one decoded instruction and returns the next record
 * to run: d + 1 for straight-line code, a record of the same page for an
 * in-page branch, or NULL after setting cpu->arch.nip (branch off the
 * page, interrupt, anything that must go back to the run loop).
 */
typedef const PpcInsn *(*PpcExecFn)(PpcCpu *cpu, const PpcInsn *d);

/* Instruction forms: they decide what decode.c pre-extracts into imm. */
typedef enum PpcForm {
    FORM_D,    /* imm = sign-extended 16-bit SI/D */
    FORM_DS,   /* imm = sign-extended DS << 2 */
    FORM_DQ,   /* imm = sign-extended DQ << 4 */
    FORM_DX,   /* imm = d0||d1||d2 << 16, sign-extended (addpcis) */
    FORM_I,    /* imm = sign-extended LI << 2 */
    FORM_B,    /* imm = sign-extended BD << 2 */
    FORM_SC,
    FORM_X,
    FORM_XO,
    FORM_XL,
    FORM_XFX,
    FORM_XFL,
    FORM_XS,   /* sradi/extswsli: sh = rb | bit 1 << 5 in aux */
    FORM_A,
    FORM_M,    /* rlwinm & co: mask (64-bit, replicated) in imm, sh in aux */
    FORM_MD,   /* rldic* : mask in imm, sh in aux */
    FORM_MDS,  /* rldcl/rldcr: mask in imm */
    FORM_VA,
    FORM_Z,
    FORM_VC,   /* VMX compare: Rc is bit 21 (raw & 0x400) */
    /* VSX: rt/ra/rb/rc hold 6-bit VSR numbers (the T/A/B/C field with
     * its TX/AX/BX/CX bit on top); VMX forms keep 5-bit VR numbers */
    FORM_XX1,  /* T = TX(raw bit 0) || rt; also S for stores/moves */
    FORM_XX2,  /* T = TX || rt, B = BX(raw bit 1) || rb */
    FORM_XX3,  /* T, A = AX(raw bit 2) || ra, B */
    FORM_XX3R, /* XX3 with Rc in bit 21 (raw & 0x400): vector compares */
    FORM_XX4,  /* XX3 and C = CX(raw bit 3) || rc (xxsel) */
    FORM_DQX,  /* lxv/stxv: T = TX(raw bit 3) || rt, imm = DQ << 4 */
} PpcForm;

/* xo / mask of primary-60 rows by form: the ISA's XO value shifted to
 * where it sits in the word. */
#define XO_XX2(x)  ((x) << 2)   /* mask 0x7fc */
#define XO_XX3(x)  ((x) << 3)   /* mask 0x7f8 */
#define XO_XX3R(x) ((x) << 3)   /* mask 0x3f8 (7-bit XO, Rc above it) */
#define XO_XX4(x)  ((x) << 4)   /* mask 0x030 */

/* Row flags. */
enum {
    F_RC   = 1 << 0,  /* has a record (Rc=1, '.') variant */
    F_OE   = 1 << 1,  /* has an overflow-enable ('o') variant */
    F_LOAD = 1 << 2,
    F_STORE = 1 << 3,
    F_BRANCH = 1 << 4,
    F_FP   = 1 << 5,  /* needs MSR[FP], else FP unavailable (0x800) */
    F_PRIV = 1 << 6,  /* privileged: program interrupt (0x700, SRR1
                         privileged bit) in problem state */
    F_64   = 1 << 7,  /* 64-bit only instruction */
    F_RC_ALWAYS = 1 << 8,  /* always records (andi., stcx.) */
    F_SYNC = 1 << 9,  /* system / sync class */
    F_VEC  = 1 << 10, /* needs MSR[VEC], else vector unavailable (0xf20) */
    F_V207 = 1 << 11, /* new in ISA 2.07 (POWER8): illegal on POWER7 */
    F_V300 = 1 << 12, /* new in ISA 3.0 (POWER9): illegal before */
    F_VSX  = 1 << 13, /* needs MSR[VSX], else VSX unavailable (0xf40) */
    /* Rows whose flags the dispatcher checks against the MSR before the
     * handler runs (decode.c installs a checking exec for them), so the
     * handlers of these rows do not test MSR[PR] / MSR[FP] / MSR[VEC] /
     * MSR[VSX] themselves. */
    F_CHECKED = F_PRIV | F_FP | F_VEC | F_VSX,
};

/* Decoded record flag bits (PpcInsn.flags). */
enum {
    D_RC = 1 << 0,   /* Rc bit set */
    D_OE = 1 << 1,   /* OE bit set */
    D_AA = 1 << 2,   /* absolute address (branches) */
    D_LK = 1 << 3,   /* link (branches) */
};

/* Records of a decoded page: one per instruction word of a 4 KiB page
 * (exec.c adds a sentinel after them). */
#define PPC_PAGE_INSNS 1024

/* One pre-decoded instruction: 32 bytes, PPC_PAGE_INSNS per 4 KiB page. */
struct PpcInsn {
    PpcExecFn exec;     /* semantic function (or decode stub / wrapper) */
    int64_t imm;        /* form-specific immediate or rotate mask */
    uint32_t raw;       /* the instruction word, for traces and plugins */
    uint16_t op;        /* PpcOp: row of insn.def */
    uint8_t rt, ra, rb, rc; /* bits 6-10, 11-15, 16-20, 21-25 */
    uint8_t aux;        /* form-specific: shift amount, etc. */
    uint8_t flags;      /* D_* */
    uint8_t uop;        /* micro-op the run loop executes inline
                           (fastpath.h, PPC_U_*), 0 = call exec */
};
_Static_assert(sizeof(PpcInsn) == 32, "PpcInsn stays 32 bytes");

typedef enum PpcOp {
    PPC_OP_ILLEGAL = 0,
#define INSN(name, prim, xo, mask, form, flags) PPC_OP_##name,
#include "insn.def"
#undef INSN
    PPC_OP_COUNT
} PpcOp;

/* Handler prototypes, one per row. */
#define INSN(name, prim, xo, mask, form, flags) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d);
#include "insn.def"
#undef INSN
const PpcInsn *insn_illegal(PpcCpu *cpu, const PpcInsn *d);

/* Static information about a row of insn.def. */
typedef struct PpcOpInfo {
    const char *name;
    uint8_t prim;
    uint16_t xo, mask;
    uint8_t form;
    uint16_t flags;
    PpcExecFn exec;   /* what ppc_decode installs: insn_<name>, or for
                         F_CHECKED rows a wrapper that checks the MSR
                         and then runs insn_<name> */
} PpcOpInfo;

extern const PpcOpInfo ppc_op_info[PPC_OP_COUNT];

/* Build the decode tables; aborts with a message naming both rows on a
 * collision (an error in insn.def). Idempotent. */
void ppc_decode_init(void);

/* Decode one instruction word into *d. Unknown encodings decode to the
 * illegal-instruction handler (op PPC_OP_ILLEGAL). Never fails. */
void ppc_decode(uint32_t raw, PpcInsn *d);

/* Like ppc_decode, for a CPU of architecture level isa (PPC_ISA_*): an
 * instruction newer than the CPU (row flag F_V207 / F_V300, or an ISA
 * 3.0 form of a shared row such as mffsl) decodes to the
 * illegal-instruction handler, as QEMU's decoder does for that -cpu. */
void ppc_decode_isa(uint32_t raw, PpcInsn *d, unsigned isa);

/* The mnemonic of a decoded record including 'o' and '.' suffixes,
 * written to buf (at least 16 bytes). Returns buf. */
const char *ppc_insn_name(const PpcInsn *d, char *buf);

/* Address of the instruction that record d stands for. */
static inline uint64_t ppc_insn_addr(const PpcCpu *cpu, const PpcInsn *d)
{
    return cpu->page_ea + (uint64_t)(d - cpu->page_recs) * 4;
}

/* Lazy CFAR. The run loop's branch micro-ops only note their record in
 * cpu->cfar_rec (fastpath.h); the address goes to arch.cfar before the
 * page changes and before run_slice returns, so that everything outside
 * it reads arch.cfar as the ISA has it. Inside, a handler that reads
 * CFAR calls ppc_cfar_sync first, one that writes it ppc_set_cfar. */
static inline void ppc_cfar_sync(PpcCpu *cpu)
{
    if (cpu->cfar_rec) {
        cpu->arch.cfar = ppc_insn_addr(cpu, cpu->cfar_rec);
        cpu->cfar_rec = NULL;
    }
}

/* CFAR = v, overriding a branch noted before. */
static inline void ppc_set_cfar(PpcCpu *cpu, uint64_t v)
{
    cpu->arch.cfar = v;
    cpu->cfar_rec = NULL;
}

/* Next-record helpers for handlers. */
static inline const PpcInsn *ppc_next(const PpcInsn *d) { return d + 1; }

/* Leave the record stream: continue at ea through the run loop. */
static inline const PpcInsn *ppc_goto(PpcCpu *cpu, uint64_t ea)
{
    cpu->arch.nip = ea;
    return NULL;
}

/* Branch to ea; stays on the current page's records when possible. */
static inline const PpcInsn *ppc_branch(PpcCpu *cpu, uint64_t ea)
{
    if (!cpu->sf) {
        ea = (uint32_t)ea;
    }
    if ((ea & ~0xfffULL) == cpu->page_ea) {
        return cpu->page_recs + ((ea & 0xfff) >> 2);
    }
    return ppc_goto(cpu, ea);
}

/* Leave the record stream after this instruction and have the run loop
 * re-evaluate interrupts and timers (after mtmsr, mtdec, hcalls...). */
static inline const PpcInsn *ppc_sync_next(PpcCpu *cpu, const PpcInsn *d)
{
    cpu->recheck = true;
    return ppc_goto(cpu, ppc_insn_addr(cpu, d) + 4);
}

#endif
