/* SPDX-License-Identifier: MIT */
/*
 * The SPR table and mfspr / mtspr / mftb (Book I 3.3.17, Book III-S).
 *
 * One row per SPR a POWER9 partition has under QEMU 7.2 (measured with
 * qemu-system-ppc64 -M pseries by tests/guest/excp-spr.c): name, access
 * in supervisor and problem state, optional facility check, accessors or
 * a slot of arch.spr_misc for plain storage (spr.h lists those SPRs).
 *
 * Rows with no supervisor access are the hypervisor's SPRs (LPCR, HDEC,
 * HSRR0, CIABR, DAWR0, ...): a partition touching them gets a privileged
 * program interrupt. SPR numbers with no row behave as QEMU's
 * gen_op_mfspr/gen_mtspr make them: in problem state a privileged
 * program interrupt; in supervisor state a no-op (the target register
 * unchanged), except reads of SPR 0, 4, 5, 6 and writes of SPR 0, which
 * raise the privileged program interrupt (QEMU's hypervisor emulation
 * assist turned into a program interrupt for a PAPR guest). SPRs
 * 808-811 are no-ops in every state (ISA 2.07).
 *
 * The mfspr/mtspr rows of insn.def carry no F_PRIV: their privilege
 * depends on the SPR number (an operand), which a row flag cannot
 * express, so it is checked here (ppc_spr_check) rather than by the
 * dispatcher's row checks (decode.c).
 */
#include <inttypes.h>

#include "internal.h"
#include "spr.h"
#include "timer.h"
#include "vec.h"

/* Access bits, per privilege state. */
enum { R = 1, W = 2, RW = 3 };

/* Facility checks. */
enum { FAC_NONE, FAC_TAR, FAC_EBB, FAC_TM };

typedef uint64_t (*SprRead)(PpcCpu *cpu, unsigned n);
typedef bool (*SprWrite)(PpcCpu *cpu, unsigned n, uint64_t v);

typedef struct SprDef {
    const char *name;
    uint8_t sv, pr;   /* access in supervisor / problem state (R|W) */
    uint8_t fac;      /* FAC_*: checked before access */
    uint8_t slot;     /* spr_misc slot for plain storage (spr.h's
                         PPC_SPR_MISC_LIST), or PPC_SPR_SLOT_NONE */
    uint8_t bits32;   /* plain storage keeps only the low 32 bits */
    SprRead read;     /* NULL: the slot */
    SprWrite write;   /* NULL: the slot */
} SprDef;

/* ---- accessors ---- */

#define FIELD_ACCESSORS(fname, field) \
    static uint64_t rd_##fname(PpcCpu *cpu, unsigned n) \
    { (void)n; return cpu->arch.field; } \
    static bool wr_##fname(PpcCpu *cpu, unsigned n, uint64_t v) \
    { (void)n; cpu->arch.field = v; return false; }

FIELD_ACCESSORS(lr, lr)
FIELD_ACCESSORS(ctr, ctr)
FIELD_ACCESSORS(dscr, dscr)
FIELD_ACCESSORS(dar, dar)
FIELD_ACCESSORS(srr0, srr0)
FIELD_ACCESSORS(srr1, srr1)
/* CFAR may still be a noted branch record (ppc_cfar_sync) */
static uint64_t rd_cfar(PpcCpu *cpu, unsigned n)
{
    (void)n;
    ppc_cfar_sync(cpu);
    return cpu->arch.cfar;
}

static bool wr_cfar(PpcCpu *cpu, unsigned n, uint64_t v)
{
    (void)n;
    ppc_set_cfar(cpu, v);
    return false;
}
FIELD_ACCESSORS(uamor, uamor)
FIELD_ACCESSORS(fscr, fscr)
FIELD_ACCESSORS(vrsave, vrsave)
FIELD_ACCESSORS(tar, tar)
FIELD_ACCESSORS(ppr, ppr)
FIELD_ACCESSORS(ctrl, ctrl)

static uint64_t rd_xer(PpcCpu *cpu, unsigned n)
{
    (void)n;
    return ppc_get_xer(cpu);
}

/* QEMU keeps the low 32 bits of a written XER, reserved bits included. */
static bool wr_xer(PpcCpu *cpu, unsigned n, uint64_t v)
{
    (void)n;
    ppc_set_xer(cpu, v);
    cpu->arch.xer_rest = (uint32_t)v & ~(uint64_t)(XER_SO | XER_OV | XER_CA |
                                                   XER_OV32 | XER_CA32 | 0x7f);
    return false;
}

/* DSISR is 32 bits wide, but QEMU keeps all 64 bits of a written
 * value: the high half lives in a spr_misc slot. */
static uint64_t rd_dsisr(PpcCpu *cpu, unsigned n)
{
    (void)n;
    return cpu->arch.spr_misc[PPC_SPR_SLOT_dsisr_hi] << 32 | cpu->arch.dsisr;
}

static bool wr_dsisr(PpcCpu *cpu, unsigned n, uint64_t v)
{
    (void)n;
    cpu->arch.dsisr = (uint32_t)v;
    cpu->arch.spr_misc[PPC_SPR_SLOT_dsisr_hi] = v >> 32;
    return false;
}

static uint64_t rd_dec(PpcCpu *cpu, unsigned n)
{
    (void)n;
    return ppc_dec_read(cpu);
}

static bool wr_dec(PpcCpu *cpu, unsigned n, uint64_t v)
{
    (void)n;
    ppc_dec_write(cpu, v);
    return true;  /* new deadline, maybe a pending exception */
}

static uint64_t rd_amr(PpcCpu *cpu, unsigned n)
{
    (void)n;
    return cpu->arch.amr;
}

/* AMR (29): a partition's AMOR is all ones, so every bit is written.
 * AMR and IAMR take part in translation: cached ones are dropped. */
static bool wr_amr(PpcCpu *cpu, unsigned n, uint64_t v)
{
    (void)n;
    cpu->arch.amr = v;
    ppc_mmu_flush(cpu);
    return false;
}

static uint64_t rd_iamr(PpcCpu *cpu, unsigned n)
{
    (void)n;
    return cpu->arch.iamr;
}

static bool wr_iamr(PpcCpu *cpu, unsigned n, uint64_t v)
{
    (void)n;
    cpu->arch.iamr = v;
    ppc_mmu_flush(cpu);
    return false;
}

/* UAMR (13): only the bits UAMOR allows, in either state (QEMU). */
static bool wr_uamr(PpcCpu *cpu, unsigned n, uint64_t v)
{
    (void)n;
    uint64_t m = cpu->arch.uamor;
    cpu->arch.amr = (cpu->arch.amr & ~m) | (v & m);
    ppc_mmu_flush(cpu);
    return false;
}

static uint64_t rd_pidr(PpcCpu *cpu, unsigned n)
{
    (void)n;
    return cpu->arch.pidr;
}

static bool wr_pidr(PpcCpu *cpu, unsigned n, uint64_t v)
{
    (void)n;
    cpu->arch.pidr = v;
    ppc_mmu_flush(cpu);  /* radix translations depend on the PID */
    return true;  /* translation context changed */
}

static uint64_t rd_sprg(PpcCpu *cpu, unsigned n)
{
    return cpu->arch.sprg[(n - 256) & 3];
}

static bool wr_sprg(PpcCpu *cpu, unsigned n, uint64_t v)
{
    cpu->arch.sprg[n & 3] = v;
    return false;
}

static uint64_t rd_tb(PpcCpu *cpu, unsigned n)
{
    uint64_t tb = ppc_timebase(cpu);
    return (n & 1) ? tb >> 32 : tb;  /* 268/284 TBL, 269/285 TBU */
}

static bool wr_tbl(PpcCpu *cpu, unsigned n, uint64_t v)
{
    (void)n;
    ppc_tb_write_lo(cpu, v);
    return true;
}

static bool wr_tbu(PpcCpu *cpu, unsigned n, uint64_t v)
{
    (void)n;
    ppc_tb_write_hi(cpu, v);
    return true;
}

static uint64_t rd_pvr(PpcCpu *cpu, unsigned n)
{
    (void)n;
    return cpu->pvr;
}

static uint64_t rd_pir(PpcCpu *cpu, unsigned n)
{
    (void)n;
    return cpu->arch.pir;
}

static uint64_t rd_purr(PpcCpu *cpu, unsigned n)
{
    (void)n;
    return ppc_purr(cpu);
}

static uint64_t rd_vtb(PpcCpu *cpu, unsigned n)
{
    (void)n;
    return ppc_tb_raw(cpu);
}

/* ---- the table ---- */

#define ROW(num, nm, s, p, ...) [num] = { .name = nm, .sv = s, .pr = p, __VA_ARGS__ }
#define FN(f) .read = rd_##f, .write = wr_##f
#define SLOT(nm) .slot = PPC_SPR_SLOT_##nm

static const SprDef spr_table[1024] = {
    ROW(1, "XER", RW, RW, FN(xer)),
    ROW(8, "LR", RW, RW, FN(lr)),
    ROW(9, "CTR", RW, RW, FN(ctr)),
    ROW(13, "UAMR", RW, RW, .read = rd_amr, .write = wr_uamr),
    ROW(17, "DSCR", RW, 0, FN(dscr)),
    ROW(18, "DSISR", RW, 0, FN(dsisr)),
    ROW(19, "DAR", RW, 0, FN(dar)),
    ROW(22, "DEC", RW, 0, FN(dec)),
    ROW(26, "SRR0", RW, 0, FN(srr0)),
    ROW(27, "SRR1", RW, 0, FN(srr1)),
    ROW(28, "CFAR", RW, 0, FN(cfar)),
    ROW(29, "AMR", RW, 0, FN(amr)),
    ROW(31, "ACOP", RW, 0, SLOT(acop)),
    ROW(48, "PIDR", RW, 0, FN(pidr)),
    ROW(61, "IAMR", RW, 0, FN(iamr)),
    ROW(128, "TFHAR", RW, RW, .fac = FAC_TM, SLOT(tfhar)),
    ROW(129, "TFIAR", RW, RW, .fac = FAC_TM, SLOT(tfiar)),
    ROW(130, "TEXASR", RW, RW, .fac = FAC_TM, SLOT(texasr)),
    ROW(131, "TEXASRU", RW, RW, .fac = FAC_TM, SLOT(texasr)),
    ROW(136, "CTRL", R, R, .read = rd_ctrl),
    ROW(144, "TIDR", RW, 0, SLOT(tidr)),
    ROW(152, "CTRL", W, 0, .write = wr_ctrl),
    ROW(153, "FSCR", RW, 0, FN(fscr)),
    ROW(157, "UAMOR", RW, 0, FN(uamor)),
    ROW(159, "PSPB", RW, 0, SLOT(pspb), .bits32 = 1),
    ROW(176, "DPDES", R, 0, SLOT(dpdes)),
    ROW(180, "DAWR0", 0, 0),
    ROW(186, "RPR", 0, 0),
    ROW(187, "CIABR", 0, 0),
    ROW(188, "DAWRX0", 0, 0),
    ROW(190, "HFSCR", 0, 0),
    ROW(256, "VRSAVE", RW, RW, FN(vrsave)),
    ROW(259, "SPRG3", R, R, .read = rd_sprg),
    ROW(268, "TBL", R, R, .read = rd_tb),
    ROW(269, "TBU", R, R, .read = rd_tb),
    ROW(272, "SPRG0", RW, 0, .read = rd_sprg, .write = wr_sprg),
    ROW(273, "SPRG1", RW, 0, .read = rd_sprg, .write = wr_sprg),
    ROW(274, "SPRG2", RW, 0, .read = rd_sprg, .write = wr_sprg),
    ROW(275, "SPRG3", RW, 0, .read = rd_sprg, .write = wr_sprg),
    ROW(282, "EAR", RW, 0, SLOT(ear)),
    ROW(284, "TBL", RW, R, .read = rd_tb, .write = wr_tbl),
    ROW(285, "TBU", RW, R, .read = rd_tb, .write = wr_tbu),
    ROW(286, "TBU40", 0, 0),
    ROW(287, "PVR", R, 0, .read = rd_pvr),
    ROW(304, "HSPRG0", 0, 0),
    ROW(305, "HSPRG1", 0, 0),
    ROW(306, "HDSISR", 0, 0),
    ROW(307, "HDAR", 0, 0),
    ROW(308, "SPURR", R, R, .read = rd_purr),
    ROW(309, "PURR", R, R, .read = rd_purr),
    ROW(310, "HDEC", 0, 0),
    ROW(313, "HRMOR", 0, 0),
    ROW(314, "HSRR0", 0, 0),
    ROW(315, "HSRR1", 0, 0),
    ROW(316, "MMCRH", 0, 0),
    ROW(317, "TFMR", 0, 0),
    ROW(318, "LPCR", 0, 0),
    ROW(319, "LPIDR", 0, 0),
    ROW(336, "HMER", 0, 0),
    ROW(337, "HMEER", 0, 0),
    ROW(338, "PCR", 0, 0),
    ROW(349, "AMOR", 0, 0),
    ROW(446, "TIR", R, 0, SLOT(tir)),
    ROW(464, "PTCR", 0, 0),
    /* problem-state views of the PMU registers (784 + i) */
    ROW(768, "USIER", RW, R, SLOT(sier)),
    ROW(769, "UMMCR2", RW, R, SLOT(mmcr2)),
    ROW(770, "UMMCRA", RW, R, SLOT(mmcra)),
    ROW(771, "UPMC1", RW, R, SLOT(pmc1)),
    ROW(772, "UPMC2", RW, R, SLOT(pmc2)),
    ROW(773, "UPMC3", RW, R, SLOT(pmc3)),
    ROW(774, "UPMC4", RW, R, SLOT(pmc4)),
    ROW(775, "UPMC5", RW, R, SLOT(pmc5)),
    ROW(776, "UPMC6", RW, R, SLOT(pmc6)),
    ROW(779, "UMMCR0", RW, R, SLOT(mmcr0)),
    ROW(780, "USIAR", RW, R, SLOT(siar)),
    ROW(781, "USDAR", RW, R, SLOT(sdar)),
    ROW(782, "UMMCR1", RW, R, SLOT(mmcr1)),
    ROW(784, "SIER", RW, 0, SLOT(sier)),
    ROW(785, "MMCR2", RW, 0, SLOT(mmcr2)),
    ROW(786, "MMCRA", RW, 0, SLOT(mmcra)),
    ROW(787, "PMC1", RW, 0, SLOT(pmc1)),
    ROW(788, "PMC2", RW, 0, SLOT(pmc2)),
    ROW(789, "PMC3", RW, 0, SLOT(pmc3)),
    ROW(790, "PMC4", RW, 0, SLOT(pmc4)),
    ROW(791, "PMC5", RW, 0, SLOT(pmc5)),
    ROW(792, "PMC6", RW, 0, SLOT(pmc6)),
    ROW(795, "MMCR0", RW, 0, SLOT(mmcr0)),
    ROW(796, "SIAR", RW, 0, SLOT(siar)),
    ROW(797, "SDAR", RW, 0, SLOT(sdar)),
    ROW(798, "MMCR1", RW, 0, SLOT(mmcr1)),
    ROW(800, "BESCRS", RW, RW, .fac = FAC_EBB, SLOT(bescrs)),
    ROW(801, "BESCRSU", RW, RW, .fac = FAC_EBB, SLOT(bescrs)),
    ROW(802, "BESCRR", RW, RW, .fac = FAC_EBB, SLOT(bescrr)),
    ROW(803, "BESCRRU", RW, RW, .fac = FAC_EBB, SLOT(bescrr)),
    ROW(804, "EBBHR", RW, RW, .fac = FAC_EBB, SLOT(ebbhr)),
    ROW(805, "EBBRR", RW, RW, .fac = FAC_EBB, SLOT(ebbrr)),
    ROW(806, "BESCR", RW, RW, .fac = FAC_EBB, SLOT(bescr)),
    ROW(815, "TAR", RW, RW, .fac = FAC_TAR, FN(tar)),
    ROW(816, "ASDR", 0, 0),
    ROW(848, "IC", R, 0, SLOT(ic)),
    ROW(849, "VTB", R, 0, .read = rd_vtb),
    ROW(851, "MMCRC", 0, 0),
    ROW(888, "TACR", RW, 0, SLOT(tacr)),
    ROW(889, "TCSCR", RW, 0, SLOT(tcscr)),
    ROW(890, "CSIGR", RW, 0, SLOT(csigr)),
    ROW(892, "SPMC1", RW, 0, SLOT(spmc1)),
    ROW(893, "SPMC2", RW, 0, SLOT(spmc2)),
    ROW(894, "MMCRS", RW, 0, SLOT(mmcrs)),
    ROW(895, "WORT", RW, 0, SLOT(wort)),
    ROW(896, "PPR", RW, RW, FN(ppr)),
    ROW(921, "TSCR", 0, 0),
    ROW(1008, "HID0", 0, 0),
    ROW(1023, "PIR", R, 0, .read = rd_pir),
};

/* SPRs whose odd number is the upper half of the even one below it. */
static bool is_upper32_alias(unsigned n)
{
    return n == 131 || n == 801 || n == 803;
}

const char *ppc_spr_name(unsigned n)
{
    return n < 1024 ? spr_table[n].name : NULL;
}

PpcSprAccess ppc_spr_check(const PpcCpu *cpu, unsigned n, bool is_write,
                           unsigned *ic)
{
    const SprDef *s = &spr_table[n & 1023];
    bool pr = (cpu->arch.msr & MSR_PR) != 0;

    if (!s->name) {
        if (n >= 808 && n <= 811) {
            return SPR_ACC_NOP;
        }
        if (pr) {
            return SPR_ACC_PRIV;
        }
        if (n == 0 || (!is_write && (n & 0x10) == 0 && n >= 4 && n <= 6)) {
            return SPR_ACC_PRIV;
        }
        return SPR_ACC_NOP;
    }
    if (!((pr ? s->pr : s->sv) & (is_write ? W : R))) {
        return SPR_ACC_PRIV;
    }
    switch (s->fac) {
    case FAC_TM:
        if (!(cpu->arch.msr & MSR_TM)) {
            *ic = FSCR_IC_TM;
            return SPR_ACC_FAC;
        }
        break;
    case FAC_TAR:
        if (pr && !(cpu->arch.fscr & FSCR_TAR)) {
            *ic = FSCR_IC_TAR;
            return SPR_ACC_FAC;
        }
        break;
    case FAC_EBB:
        if (pr && !(cpu->arch.fscr & FSCR_EBB)) {
            *ic = FSCR_IC_EBB;
            return SPR_ACC_FAC;
        }
        break;
    default:
        break;
    }
    return SPR_ACC_OK;
}

uint64_t ppc_spr_read(PpcCpu *cpu, unsigned n)
{
    const SprDef *s = &spr_table[n & 1023];
    if (!s->name) {
        return 0;
    }
    if (s->read) {
        return s->read(cpu, n);
    }
    if (s->slot == PPC_SPR_SLOT_NONE) {
        return 0;
    }
    uint64_t v = cpu->arch.spr_misc[s->slot];
    return is_upper32_alias(n) ? v >> 32 : v;
}

bool ppc_spr_write(PpcCpu *cpu, unsigned n, uint64_t v)
{
    const SprDef *s = &spr_table[n & 1023];
    if (!s->name) {
        return false;
    }
    if (s->write) {
        return s->write(cpu, n, v);
    }
    if (s->slot == PPC_SPR_SLOT_NONE) {
        return false;
    }
    uint64_t *p = &cpu->arch.spr_misc[s->slot];
    if (is_upper32_alias(n)) {
        *p = (*p & 0xffffffffULL) | (v << 32);
    } else {
        *p = s->bits32 ? (uint32_t)v : v;
    }
    return false;
}

void ppc_spr_reset(PpcCpu *cpu)
{
    cpu->arch.spr_misc[PPC_SPR_SLOT_mmcr0] = 0x80000000;  /* counters frozen */
    /* VSCR[NJ] = 1: QEMU 7.2's book3s CPUs start with 0x00010000 (not an
     * SPR, but reset here with the other non-zero register values) */
    cpu->arch.vscr = VSCR_NJ;
}

/* ---- instructions ---- */

/* Raise what ppc_spr_check decided; NULL when the access may go on. */
static const PpcInsn *spr_deny(PpcCpu *cpu, const PpcInsn *d, unsigned n,
                               bool is_write, PpcSprAccess acc, unsigned ic)
{
    if (acc == SPR_ACC_PRIV) {
        ppc_log_guest(cpu, PPC_TRACE_GUEST_ERRORS,
                      "Trying to %s privileged spr %u (0x%03x) at %016"
                      PRIx64 "\n", is_write ? "write" : "read", n, n,
                      ppc_insn_addr(cpu, d));
        return ppc_raise_program(cpu, d, SRR1_PROG_PRIV);
    }
    return ppc_facility_unavailable(cpu, d, ic);
}

static const PpcInsn *do_mfspr(PpcCpu *cpu, const PpcInsn *d, unsigned n)
{
    unsigned ic = 0;
    PpcSprAccess acc = ppc_spr_check(cpu, n, false, &ic);
    if (likely(acc == SPR_ACC_OK)) {
        GPR(d->rt) = ppc_spr_read(cpu, n);
        return d + 1;
    }
    if (acc == SPR_ACC_NOP) {
        ppc_log_guest(cpu, PPC_TRACE_GUEST_ERRORS,
                      "Trying to read invalid spr %u (0x%03x) at %016"
                      PRIx64 "\n", n, n, ppc_insn_addr(cpu, d));
        return d + 1;
    }
    return spr_deny(cpu, d, n, false, acc, ic);
}

const PpcInsn *insn_mfspr(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned n = ppc_spr_number(d->raw);
    /* the hot ones first */
    switch (n) {
    case 8: GPR(d->rt) = cpu->arch.lr; return d + 1;
    case 9: GPR(d->rt) = cpu->arch.ctr; return d + 1;
    default: return do_mfspr(cpu, d, n);
    }
}

/* mftb: QEMU treats it as mfspr of the TBR number. */
const PpcInsn *insn_mftb(PpcCpu *cpu, const PpcInsn *d)
{
    return do_mfspr(cpu, d, ppc_spr_number(d->raw));
}

const PpcInsn *insn_mtspr(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned n = ppc_spr_number(d->raw);
    uint64_t v = GPR(d->rt);
    switch (n) {
    case 8: cpu->arch.lr = v; return d + 1;
    case 9: cpu->arch.ctr = v; return d + 1;
    default: break;
    }
    unsigned ic = 0;
    PpcSprAccess acc = ppc_spr_check(cpu, n, true, &ic);
    if (likely(acc == SPR_ACC_OK)) {
        if (ppc_spr_write(cpu, n, v)) {
            return ppc_sync_next(cpu, d);
        }
        return d + 1;
    }
    if (acc == SPR_ACC_NOP) {
        ppc_log_guest(cpu, PPC_TRACE_GUEST_ERRORS,
                      "Trying to write invalid spr %u (0x%03x) at %016"
                      PRIx64 "\n", n, n, ppc_insn_addr(cpu, d));
        return d + 1;
    }
    return spr_deny(cpu, d, n, true, acc, ic);
}
