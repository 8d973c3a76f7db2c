/* SPDX-License-Identifier: MIT */
/*
 * Decode-time specialisation of hot instruction patterns (fastpath.c)
 * and the micro-ops the run loop executes inline (exec.c).
 *
 * A micro-op is a specialised handler whose body the run loop also has
 * inline: ppc_specialise sets both d->exec = fast_<name> and d->uop =
 * PPC_U_<name>, and the two are the same inline function below, so a
 * record means the same thing whether the loop jumps to its micro-op
 * or calls its exec (the traced, stepping and plugin/debugger paths
 * always call exec). Micro-ops never raise and never read the
 * instruction count, so the loop only counts them; those of PPC_UOPS
 * stay on the page's records (d + 1 or an in-page target), those of
 * PPC_UOPS_LEAVE may return NULL with NIP set, as ppc_branch does.
 * The loads and stores of PPC_UOPS_MEM are the exception: their records
 * keep the row's handler as exec, and the micro-op is only its RAM fast
 * path, which hands anything else to that handler unchanged. The FP
 * loads and stores among them also hand over while MSR[FP] is 0, so
 * that the row's check (decode.c) raises FP unavailable.
 */
#ifndef FARAD_CPU_PPC_FASTPATH_H
#define FARAD_CPU_PPC_FASTPATH_H

#include "fp-internal.h"
#include "int-common.h"

/* Replace d->exec (and re-purpose d->imm/aux, set d->uop) with a
 * specialised handler when d, decoded at record index idx of its page,
 * matches a hot pattern. Semantics are unchanged. Rows with F_CHECKED
 * flags keep the checking exec ppc_decode gave them (the FP loads and
 * stores get a micro-op that tests MSR[FP] before its fast path). */
void ppc_specialise(PpcInsn *d, unsigned idx);

/* The micro-ops, X(name): body uop_<name>, handler fast_<name>. */
#define PPC_UOPS(X) \
    X(add) X(subf) X(mr) X(or) X(and) X(xor) X(li) X(addi) X(lis) \
    X(addis) X(ori) X(oris) X(xori) X(andi_rc) X(rlwinm) X(rld) \
    X(mulld) X(extsw) X(cmpwi) X(cmpdi) X(cmplwi) X(cmpldi) X(cmpw) \
    X(cmpd) X(cmplw) X(cmpld) \
    X(mtctr) X(mtlr) X(mfctr) X(mflr) \
    X(b_inpage) X(bdnz_inpage) X(bdz_inpage) X(bt_inpage) X(bf_inpage)

/* Micro-ops that may leave the page's records (return NULL with NIP
 * set, like ppc_branch): relative branches whose target is off the
 * page, bl, bctr and blr. */
#define PPC_UOPS_LEAVE(X) \
    X(b_far) X(bl) X(bt_far) X(bf_far) X(bctr) X(blr)

/* Fixed-point loads and stores with RA != 0 (D/DS-form, X-form, their
 * update forms; valid update forms only): the loop does the RAM access
 * inline when the real-mode one-compare fast path or the translation
 * cache has the address (ppc_load/ppc_store_next's fast paths), and
 * otherwise calls the record's exec, which stays the row's generic
 * handler: an access that misses (MMIO, the end of RAM, a TLB miss, a
 * fault) runs exactly as before, with the count stored. Their bodies
 * return NULL when the fast path does not apply, having changed
 * nothing. */
#define PPC_UOPS_MEM(X) \
    X(lbz) X(lhz) X(lha) X(lwz) X(lwa) X(ld) \
    X(lbzu) X(lhzu) X(lwzu) X(ldu) \
    X(lbzx) X(lhzx) X(lhax) X(lwzx) X(lwax) X(ldx) \
    X(lbzux) X(lhzux) X(lwzux) X(ldux) \
    X(stb) X(sth) X(stw) X(std) X(stbu) X(sthu) X(stwu) X(stdu) \
    X(stbx) X(sthx) X(stwx) X(stdx) X(stbux) X(sthux) X(stwux) X(stdux) \
    PPC_UOPS_FPMEM(X)

/* The floating-point loads and stores of PPC_UOPS_MEM (RA != 0; update
 * forms: RA != 0 is their only validity rule): single (the ISA's
 * format conversions, fp_single_to_double/fp_double_to_single) and
 * double, D-form, X-form and update forms. */
#define PPC_UOPS_FPMEM(X) \
    X(lfs) X(lfsu) X(lfsx) X(lfsux) X(lfd) X(lfdu) X(lfdx) X(lfdux) \
    X(stfs) X(stfsu) X(stfsx) X(stfsux) X(stfd) X(stfdu) X(stfdx) X(stfdux)

/* Fused pairs, X2(first, second): a compare and the in-page conditional
 * branch in the next record. The pair's micro-op sits on the first
 * record (whose exec stays the compare's); the loop runs both and counts
 * two, or only the compare when one instruction is left in the slice.
 * ppc_fuse makes pairs as records are decoded, ppc_unfuse undoes one
 * when its second record is reset to the decode stub. */
#define PPC_FUSED(X2) \
    X2(cmpwi, bt_inpage) X2(cmpwi, bf_inpage) X2(cmpdi, bt_inpage) \
    X2(cmpdi, bf_inpage) X2(cmplwi, bt_inpage) X2(cmplwi, bf_inpage) \
    X2(cmpldi, bt_inpage) X2(cmpldi, bf_inpage) X2(cmpw, bt_inpage) \
    X2(cmpw, bf_inpage) X2(cmpd, bt_inpage) X2(cmpd, bf_inpage) \
    X2(cmplw, bt_inpage) X2(cmplw, bf_inpage) X2(cmpld, bt_inpage) \
    X2(cmpld, bf_inpage)

/* Fused pairs whose second may leave the page's records (NULL with NIP
 * set): mtctr + bctr, the indirect jump of threaded code (SLOF's Forth
 * engine runs one per primitive). Made and undone as PPC_FUSED. */
#define PPC_FUSED_LEAVE(X2) \
    X2(mtctr, bctr)

/* Fused pairs of SLOF's Forth engine (its stack and return-stack
 * traffic: the commonest pairs of its first 300 M instructions; the
 * sieve's stb+stb was tried and cost sort 2.6% more host instructions),
 * X4(first, second, first_kind, second_kind); a kind is 0 for a
 * micro-op that cannot fail, PPC_PAIR_LOAD or PPC_PAIR_STORE for a
 * PPC_UOPS_MEM one, whose fast path may hand over to its handler. The
 * loop runs the first; off its fast path the first goes to its
 * handler as alone. Then the second, if its record still is the
 * micro-op it was fused with (a store may have rewritten it), else
 * the loop dispatches it; off its fast path it goes to its handler
 * with the first already counted. Made and undone as PPC_FUSED. */
enum { PPC_PAIR_LOAD = 1, PPC_PAIR_STORE = 2 };
#define PPC_FUSED_MEM(X4) \
    X4(ld, ld, 1, 1) X4(addi, std, 0, 2) X4(ld, addi, 1, 0) \
    X4(std, ld, 2, 1) X4(addi, addi, 0, 0) X4(ld, std, 1, 2) \
    X4(std, std, 2, 2) X4(std, addi, 2, 0) X4(addi, ld, 0, 1)

enum {
    PPC_U_CALL = 0,   /* not a micro-op: the loop calls d->exec */
#define X(name) PPC_U_##name,
#define X2(a, b) PPC_U_##a##__##b,
    PPC_UOPS(X)
    PPC_UOPS_LEAVE(X)
    PPC_UOPS_MEM(X)
    PPC_U_SINGLE_COUNT,  /* the micro-ops above are single records */
    PPC_U_FUSED_FIRST = PPC_U_SINGLE_COUNT - 1,
#define X4(a, b, ka, kb) PPC_U_##a##__##b,
    PPC_FUSED(X2)
    PPC_FUSED_LEAVE(X2)
    PPC_FUSED_MEM(X4)
#undef X
#undef X2
#undef X4
    PPC_U_COUNT
};

/* Record i of recs (a page's records, i < PPC_PAGE_INSNS) was just
 * decoded: fuse it with record i - 1 or i + 1 when they form a pair. */
void ppc_fuse(PpcInsn *recs, unsigned i);

/* Record d's successor is being reset: d runs alone from now on. */
static inline void ppc_unfuse(PpcInsn *d)
{
    extern const uint8_t ppc_uop_first[PPC_U_COUNT];
    if (d->uop >= PPC_U_SINGLE_COUNT) {
        d->uop = ppc_uop_first[d->uop];
    }
}

/* fast_<name> of micro-op u (PPC_U_CALL and the PPC_UOPS_MEM ones,
 * whose records keep the row's handler: NULL), for tests and checks. */
PpcExecFn ppc_uop_exec(unsigned u);

/* ---- micro-op bodies: each returns the next record ---- */

/* Bodies are always inlined: the run loop has one case per micro-op
 * and gcc's size limits would otherwise leave some of them calls. */
#define UOP_INLINE static inline __attribute__((always_inline))

/* Arithmetic and logical forms without Rc and OE. */

UOP_INLINE const PpcInsn *uop_add(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = GPR(d->ra) + GPR(d->rb);
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_subf(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = GPR(d->rb) - GPR(d->ra);
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_mr(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt);
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_or(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt) | GPR(d->rb);
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_and(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt) & GPR(d->rb);
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_xor(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt) ^ GPR(d->rb);
    return d + 1;
}

/* addi with RA = 0 (li) and addis with RA = 0 (lis): d->imm holds the
 * final value (ppc_specialise shifts lis's). */
UOP_INLINE const PpcInsn *uop_li(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = (uint64_t)d->imm;
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_lis(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = (uint64_t)d->imm;
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_addi(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = GPR(d->ra) + (uint64_t)d->imm;
    return d + 1;
}

/* addis with RA != 0: d->imm holds SI << 16. */
UOP_INLINE const PpcInsn *uop_addis(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = GPR(d->ra) + (uint64_t)d->imm;
    return d + 1;
}

/* ori, oris, xori: d->imm holds the zero-extended (shifted) UI. */
UOP_INLINE const PpcInsn *uop_ori(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt) | (uint64_t)d->imm;
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_oris(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt) | (uint64_t)d->imm;
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_xori(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = GPR(d->rt) ^ (uint64_t)d->imm;
    return d + 1;
}

/* CR0 of a record form: LT/GT/EQ of the result (low word in 32-bit
 * mode) and SO. */
UOP_INLINE void uop_cr0(PpcCpu *cpu, uint64_t r)
{
    int64_t x = cpu->sf ? (int64_t)r : (int64_t)(int32_t)r;
    cpu->arch.cr = (cpu->arch.cr & 0x0fffffffu) | (int_cmp_s(cpu, x, 0) << 28);
}

/* andi. (always records): d->imm holds UI. */
UOP_INLINE const PpcInsn *uop_andi_rc(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t r = GPR(d->rt) & (uint64_t)d->imm;
    GPR(d->ra) = r;
    uop_cr0(cpu, r);
    return d + 1;
}

/* rlwinm and rldicl/rldicr/rldic without Rc: d->imm the mask, d->aux
 * the shift, as decode.c left them. */
UOP_INLINE const PpcInsn *uop_rlwinm(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = rotl32(GPR(d->rt), d->aux) & (uint64_t)d->imm;
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_rld(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = rotl64(GPR(d->rt), d->aux) & (uint64_t)d->imm;
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_mulld(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = GPR(d->ra) * GPR(d->rb);
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_extsw(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->ra) = (uint64_t)(int64_t)(int32_t)GPR(d->rt);
    return d + 1;
}

/* Compares, one micro-op per L (w: L = 0 compares the low words,
 * sign- or zero-extended; d: L = 1, the doublewords): d->aux holds the
 * shift of field BF in the CR word (28 - 4 * BF), d->imm SI (cmpi) or
 * UI (cmpli). */
UOP_INLINE void uop_set_crf(PpcCpu *cpu, const PpcInsn *d, uint32_t c)
{
    cpu->arch.cr = (cpu->arch.cr & ~(0xfu << d->aux)) | (c << d->aux);
}

UOP_INLINE const PpcInsn *uop_cmpwi(PpcCpu *cpu, const PpcInsn *d)
{
    int64_t a = (int32_t)GPR(d->ra);
    uop_set_crf(cpu, d, int_cmp_s(cpu, a, d->imm));
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_cmpdi(PpcCpu *cpu, const PpcInsn *d)
{
    uop_set_crf(cpu, d, int_cmp_s(cpu, (int64_t)GPR(d->ra), d->imm));
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_cmplwi(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = (uint32_t)GPR(d->ra);
    uop_set_crf(cpu, d, int_cmp_u(cpu, a, (uint64_t)d->imm));
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_cmpldi(PpcCpu *cpu, const PpcInsn *d)
{
    uop_set_crf(cpu, d, int_cmp_u(cpu, GPR(d->ra), (uint64_t)d->imm));
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_cmpw(PpcCpu *cpu, const PpcInsn *d)
{
    int64_t a = (int32_t)GPR(d->ra), b = (int32_t)GPR(d->rb);
    uop_set_crf(cpu, d, int_cmp_s(cpu, a, b));
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_cmpd(PpcCpu *cpu, const PpcInsn *d)
{
    uop_set_crf(cpu, d, int_cmp_s(cpu, (int64_t)GPR(d->ra),
                                  (int64_t)GPR(d->rb)));
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_cmplw(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = (uint32_t)GPR(d->ra), b = (uint32_t)GPR(d->rb);
    uop_set_crf(cpu, d, int_cmp_u(cpu, a, b));
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_cmpld(PpcCpu *cpu, const PpcInsn *d)
{
    uop_set_crf(cpu, d, int_cmp_u(cpu, GPR(d->ra), GPR(d->rb)));
    return d + 1;
}

/* Moves to and from CTR and LR (mtctr, mtlr, mfctr, mflr), which the
 * generic mtspr/mfspr reach through the SPR table. */

UOP_INLINE const PpcInsn *uop_mtctr(PpcCpu *cpu, const PpcInsn *d)
{
    cpu->arch.ctr = GPR(d->rt);
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_mtlr(PpcCpu *cpu, const PpcInsn *d)
{
    cpu->arch.lr = GPR(d->rt);
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_mfctr(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = cpu->arch.ctr;
    return d + 1;
}

UOP_INLINE const PpcInsn *uop_mflr(PpcCpu *cpu, const PpcInsn *d)
{
    GPR(d->rt) = cpu->arch.lr;
    return d + 1;
}

/* A taken branch sets CFAR to its own address, as the generic handlers
 * do; the micro-ops note the record (ppc_cfar_sync in insn.h), and
 * their fast_ handlers sync it at once (fastpath.c). */
UOP_INLINE void uop_cfar(PpcCpu *cpu, const PpcInsn *d)
{
    cpu->cfar_rec = d;
}

/* In-page relative branches: d->imm holds the record offset. */

UOP_INLINE const PpcInsn *taken_inpage(PpcCpu *cpu, const PpcInsn *d)
{
    uop_cfar(cpu, d);
    return d + d->imm;
}

UOP_INLINE const PpcInsn *uop_b_inpage(PpcCpu *cpu, const PpcInsn *d)
{
    return taken_inpage(cpu, d);
}

UOP_INLINE bool ctr_dec_nonzero(PpcCpu *cpu)
{
    uint64_t ctr = --cpu->arch.ctr;
    uint64_t mask = cpu->sf ? ~0ULL : 0xffffffffULL;
    return (ctr & mask) != 0;
}

UOP_INLINE const PpcInsn *uop_bdnz_inpage(PpcCpu *cpu, const PpcInsn *d)
{
    return ctr_dec_nonzero(cpu) ? taken_inpage(cpu, d) : d + 1;
}

UOP_INLINE const PpcInsn *uop_bdz_inpage(PpcCpu *cpu, const PpcInsn *d)
{
    return ctr_dec_nonzero(cpu) ? d + 1 : taken_inpage(cpu, d);
}

/* bc 12,bi (branch if CR bit set) and bc 4,bi (if clear); d->aux holds
 * the shift of bit BI in the CR word. */
UOP_INLINE const PpcInsn *uop_bt_inpage(PpcCpu *cpu, const PpcInsn *d)
{
    return (cpu->arch.cr >> d->aux) & 1 ? taken_inpage(cpu, d) : d + 1;
}

UOP_INLINE const PpcInsn *uop_bf_inpage(PpcCpu *cpu, const PpcInsn *d)
{
    return (cpu->arch.cr >> d->aux) & 1 ? d + 1 : taken_inpage(cpu, d);
}

/* Relative branches anywhere (no AA): d->imm holds the displacement in
 * bytes, as decode.c left it; the target is reached through ppc_branch
 * (in-page records, else NULL with NIP set). */

UOP_INLINE const PpcInsn *taken_rel(PpcCpu *cpu, const PpcInsn *d)
{
    uop_cfar(cpu, d);
    return ppc_branch(cpu, ppc_insn_addr(cpu, d) + (uint64_t)d->imm);
}

UOP_INLINE const PpcInsn *uop_b_far(PpcCpu *cpu, const PpcInsn *d)
{
    return taken_rel(cpu, d);
}

/* bl: LR = the next instruction's address (low word in 32-bit mode). */
UOP_INLINE const PpcInsn *uop_bl(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t next = ppc_insn_addr(cpu, d) + 4;
    cpu->arch.lr = cpu->sf ? next : (uint32_t)next;
    return taken_rel(cpu, d);
}

UOP_INLINE const PpcInsn *uop_bt_far(PpcCpu *cpu, const PpcInsn *d)
{
    return (cpu->arch.cr >> d->aux) & 1 ? taken_rel(cpu, d) : d + 1;
}

UOP_INLINE const PpcInsn *uop_bf_far(PpcCpu *cpu, const PpcInsn *d)
{
    return (cpu->arch.cr >> d->aux) & 1 ? d + 1 : taken_rel(cpu, d);
}

/* Unconditional bcctr/bclr (BO = 1z1zz) without link: bctr, blr. */

UOP_INLINE const PpcInsn *uop_bctr(PpcCpu *cpu, const PpcInsn *d)
{
    uop_cfar(cpu, d);
    return ppc_branch(cpu, cpu->arch.ctr & ~3ULL);
}

UOP_INLINE const PpcInsn *uop_blr(PpcCpu *cpu, const PpcInsn *d)
{
    uop_cfar(cpu, d);
    return ppc_branch(cpu, cpu->arch.lr & ~3ULL);
}

/* ---- loads and stores (PPC_UOPS_MEM) ---- */

/* Host address of a size-byte access at raw EA ea (ppc_ea not yet
 * applied) of kind acc, when RAM is behind it and no slow path is
 * needed: real mode's one compare, else the translation cache, as
 * ppc_load does (no test of fast_mem first: in real mode the cache
 * never hits, cpu->tlb_want); *pa is its physical address.
 * NULL otherwise. Used as the condition of an if, so that the compiler
 * jumps from each path straight to the access (no test of the result,
 * no recomputation of pa). */
#define UOP_MEM_HOST(cpu, ea, size, acc, h, pa) \
    UOP_MEM_HOST_IN(cpu, ea, size, acc, h, pa, \
                    ppc_fast_ram((cpu), (pa), (size)), (cpu)->tlb_want)

/* UOP_MEM_HOST with the real-mode test of pa (in_ram) and the tag's flag
 * bits (want) given: the FP micro-ops' bounds fail with MSR[FP] = 0. */
#define UOP_MEM_HOST_IN(cpu, ea, size, acc, h, pa, in_ram, want) \
    (likely(((pa) = (ea) & (cpu)->fast_mask, (in_ram))) \
         ? ((h) = (cpu)->ram + (pa), true) \
         : ppc_tlb_host_want((cpu), (ea) & (cpu)->ea_mask, (size), (acc), \
                             (want), &(h)) && \
           ((pa) = (uint64_t)((h) - (cpu)->ram), true))

/* The FP loads' and stores' UOP_MEM_HOST (size 4 or 8): false, with no
 * test of its own, while MSR[FP] is 0 (cpu->fp_fast_end, fp_tlb_want). */
#define UOP_FPMEM_HOST(cpu, ea, size, acc, h, pa) \
    UOP_MEM_HOST_IN(cpu, ea, size, acc, h, pa, \
                    (pa) < (cpu)->fp_fast_end[(size) == 8], (cpu)->fp_tlb_want)

/* Load size bytes at ea into RT (sign-extended when sext); for an
 * update form (upd) ea is in mode and goes to RA. le: the byte order,
 * which is cpu->le (a constant of the run loop's case, see run_slice). */
UOP_INLINE const PpcInsn *uop_load(PpcCpu *cpu, const PpcInsn *d,
                                   uint64_t ea, unsigned size, bool upd,
                                   bool sext, bool le)
{
    uint8_t *h;
    uint64_t pa;
    if (unlikely(!UOP_MEM_HOST(cpu, ea, size, PPC_ACC_LOAD, h, pa))) {
        return NULL;
    }
    uint64_t v = ppc_host_read(h, size, le);
    if (sext) {
        v = size == 2 ? (uint64_t)(int16_t)v : (uint64_t)(int32_t)v;
    }
    GPR(d->rt) = v;
    if (upd) {
        GPR(d->ra) = ea;
    }
    return d + 1;
}

/* Store the low size bytes of RS at ea in byte order le (cpu->le);
 * for an update form ea is in mode and goes to RA. Decoded code in the
 * bytes written goes back to the decode stub (ppc_store_code_next), as
 * in ppc_store_next. */
UOP_INLINE const PpcInsn *uop_store(PpcCpu *cpu, const PpcInsn *d,
                                    uint64_t ea, unsigned size, bool upd,
                                    bool le)
{
    uint8_t *h;
    uint64_t pa;
    if (unlikely(!UOP_MEM_HOST(cpu, ea, size, PPC_ACC_STORE, h, pa))) {
        return NULL;
    }
    ppc_host_write(h, size, GPR(d->rt), le);
    if (upd) {
        GPR(d->ra) = ea;
    }
    if (ppc_store_hits_code(cpu, pa)) {
        return ppc_store_code_next(cpu, d, pa, size);
    }
    return d + 1;
}

/* lfs/lfd: FRT = the word (converted to double format) or doubleword
 * at ea, doubleword 1 of its VSR zeroed (ppc_set_fpr); for an update
 * form ea is in mode and goes to RA. NULL, nothing changed, while
 * MSR[FP] is 0 or off the fast path. */
UOP_INLINE const PpcInsn *uop_fload(PpcCpu *cpu, const PpcInsn *d,
                                    uint64_t ea, bool single, bool upd,
                                    bool le)
{
    uint8_t *h;
    uint64_t pa;
    unsigned size = single ? 4 : 8;
    if (unlikely(!UOP_FPMEM_HOST(cpu, ea, size, PPC_ACC_LOAD, h, pa))) {
        return NULL;
    }
    uint64_t v = ppc_host_read(h, size, le);
    ppc_set_fpr(cpu, d->rt, single ? fp_single_to_double((uint32_t)v) : v);
    if (upd) {
        GPR(d->ra) = ea;
    }
    return d + 1;
}

/* stfs/stfd: FRS (converted to single format) or its doubleword at ea,
 * as uop_store; NULL while MSR[FP] is 0 or off the fast path. */
UOP_INLINE const PpcInsn *uop_fstore(PpcCpu *cpu, const PpcInsn *d,
                                     uint64_t ea, bool single, bool upd,
                                     bool le)
{
    uint8_t *h;
    uint64_t pa;
    unsigned size = single ? 4 : 8;
    if (unlikely(!UOP_FPMEM_HOST(cpu, ea, size, PPC_ACC_STORE, h, pa))) {
        return NULL;
    }
    uint64_t v = FPR(d->rt);
    ppc_host_write(h, size, single ? fp_double_to_single(v) : v, le);
    if (upd) {
        GPR(d->ra) = ea;
    }
    if (ppc_store_hits_code(cpu, pa)) {
        return ppc_store_code_next(cpu, d, pa, size);
    }
    return d + 1;
}

/* EAs: D/DS-form RA + imm, X-form RA + RB (RA != 0 for every micro-op);
 * update forms in mode (ppc_ea), since RA gets the EA. The bodies take
 * the byte order (le, cpu->le) as their third argument. */
#define UOP_EA_D (GPR(d->ra) + (uint64_t)d->imm)
#define UOP_EA_X (GPR(d->ra) + GPR(d->rb))
#define UOP_LOAD(name, ea, size, upd, sext) \
    UOP_INLINE const PpcInsn *uop_##name(PpcCpu *cpu, const PpcInsn *d, \
                                         bool le) \
    { \
        return uop_load(cpu, d, upd ? ppc_ea(cpu, ea) : ea, size, upd, sext, \
                        le); \
    }
#define UOP_STORE(name, ea, size, upd) \
    UOP_INLINE const PpcInsn *uop_##name(PpcCpu *cpu, const PpcInsn *d, \
                                         bool le) \
    { \
        return uop_store(cpu, d, upd ? ppc_ea(cpu, ea) : ea, size, upd, le); \
    }
UOP_LOAD(lbz, UOP_EA_D, 1, false, false)
UOP_LOAD(lhz, UOP_EA_D, 2, false, false)
UOP_LOAD(lha, UOP_EA_D, 2, false, true)
UOP_LOAD(lwz, UOP_EA_D, 4, false, false)
UOP_LOAD(lwa, UOP_EA_D, 4, false, true)
UOP_LOAD(ld, UOP_EA_D, 8, false, false)
UOP_LOAD(lbzu, UOP_EA_D, 1, true, false)
UOP_LOAD(lhzu, UOP_EA_D, 2, true, false)
UOP_LOAD(lwzu, UOP_EA_D, 4, true, false)
UOP_LOAD(ldu, UOP_EA_D, 8, true, false)
UOP_LOAD(lbzx, UOP_EA_X, 1, false, false)
UOP_LOAD(lhzx, UOP_EA_X, 2, false, false)
UOP_LOAD(lhax, UOP_EA_X, 2, false, true)
UOP_LOAD(lwzx, UOP_EA_X, 4, false, false)
UOP_LOAD(lwax, UOP_EA_X, 4, false, true)
UOP_LOAD(ldx, UOP_EA_X, 8, false, false)
UOP_LOAD(lbzux, UOP_EA_X, 1, true, false)
UOP_LOAD(lhzux, UOP_EA_X, 2, true, false)
UOP_LOAD(lwzux, UOP_EA_X, 4, true, false)
UOP_LOAD(ldux, UOP_EA_X, 8, true, false)
UOP_STORE(stb, UOP_EA_D, 1, false)
UOP_STORE(sth, UOP_EA_D, 2, false)
UOP_STORE(stw, UOP_EA_D, 4, false)
UOP_STORE(std, UOP_EA_D, 8, false)
UOP_STORE(stbu, UOP_EA_D, 1, true)
UOP_STORE(sthu, UOP_EA_D, 2, true)
UOP_STORE(stwu, UOP_EA_D, 4, true)
UOP_STORE(stdu, UOP_EA_D, 8, true)
UOP_STORE(stbx, UOP_EA_X, 1, false)
UOP_STORE(sthx, UOP_EA_X, 2, false)
UOP_STORE(stwx, UOP_EA_X, 4, false)
UOP_STORE(stdx, UOP_EA_X, 8, false)
UOP_STORE(stbux, UOP_EA_X, 1, true)
UOP_STORE(sthux, UOP_EA_X, 2, true)
UOP_STORE(stwux, UOP_EA_X, 4, true)
UOP_STORE(stdux, UOP_EA_X, 8, true)
#define UOP_FLOAD(name, ea, single, upd) \
    UOP_INLINE const PpcInsn *uop_##name(PpcCpu *cpu, const PpcInsn *d, \
                                         bool le) \
    { \
        return uop_fload(cpu, d, upd ? ppc_ea(cpu, ea) : ea, single, upd, \
                         le); \
    }
#define UOP_FSTORE(name, ea, single, upd) \
    UOP_INLINE const PpcInsn *uop_##name(PpcCpu *cpu, const PpcInsn *d, \
                                         bool le) \
    { \
        return uop_fstore(cpu, d, upd ? ppc_ea(cpu, ea) : ea, single, upd, \
                          le); \
    }
UOP_FLOAD(lfs, UOP_EA_D, true, false)
UOP_FLOAD(lfsu, UOP_EA_D, true, true)
UOP_FLOAD(lfsx, UOP_EA_X, true, false)
UOP_FLOAD(lfsux, UOP_EA_X, true, true)
UOP_FLOAD(lfd, UOP_EA_D, false, false)
UOP_FLOAD(lfdu, UOP_EA_D, false, true)
UOP_FLOAD(lfdx, UOP_EA_X, false, false)
UOP_FLOAD(lfdux, UOP_EA_X, false, true)
UOP_FSTORE(stfs, UOP_EA_D, true, false)
UOP_FSTORE(stfsu, UOP_EA_D, true, true)
UOP_FSTORE(stfsx, UOP_EA_X, true, false)
UOP_FSTORE(stfsux, UOP_EA_X, true, true)
UOP_FSTORE(stfd, UOP_EA_D, false, false)
UOP_FSTORE(stfdu, UOP_EA_D, false, true)
UOP_FSTORE(stfdx, UOP_EA_X, false, false)
UOP_FSTORE(stfdux, UOP_EA_X, false, true)
#undef UOP_FLOAD
#undef UOP_FSTORE
#undef UOP_LOAD
#undef UOP_STORE
#undef UOP_EA_D
#undef UOP_EA_X

#endif
