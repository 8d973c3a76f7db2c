/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the instruction handlers: CR and XER updates, guest
 * memory access with the RAM fast path, and raising interrupts. Only the
 * files of cpu-ppc/ include this.
 */
#ifndef FARAD_CPU_PPC_INTERNAL_H
#define FARAD_CPU_PPC_INTERNAL_H

#include <string.h>

#include "base/compiler.h"
#include "hostmem.h"
#include "insn.h"
#include "mmu.h"


/* ---- condition register ---- */

/* CR field bits within a 4-bit field. */
enum { CR_LT = 8, CR_GT = 4, CR_EQ = 2, CR_SO = 1 };

static inline void ppc_set_crf(PpcCpu *cpu, unsigned bf, uint32_t v)
{
    unsigned sh = 28 - 4 * bf;
    cpu->arch.cr = (cpu->arch.cr & ~(0xfu << sh)) | ((v & 0xf) << sh);
}

static inline uint32_t ppc_get_crf(const PpcCpu *cpu, unsigned bf)
{
    return (cpu->arch.cr >> (28 - 4 * bf)) & 0xf;
}

/* CR bit bi (0 = MSB, the ISA's numbering). */
static inline unsigned ppc_get_crbit(const PpcCpu *cpu, unsigned bi)
{
    return (cpu->arch.cr >> (31 - bi)) & 1;
}

static inline void ppc_set_crbit(PpcCpu *cpu, unsigned bi, unsigned v)
{
    uint32_t m = 1u << (31 - bi);
    cpu->arch.cr = v ? (cpu->arch.cr | m) : (cpu->arch.cr & ~m);
}

/* LT/GT/EQ of a signed comparison of a and b, plus XER[SO]. */
static inline uint32_t ppc_cmp_signed(const PpcCpu *cpu, int64_t a, int64_t b)
{
    return (a < b ? CR_LT : a > b ? CR_GT : CR_EQ) | cpu->arch.so;
}

static inline uint32_t ppc_cmp_unsigned(const PpcCpu *cpu, uint64_t a,
                                        uint64_t b)
{
    return (a < b ? CR_LT : a > b ? CR_GT : CR_EQ) | cpu->arch.so;
}

/* CR0 for a record form: result compared with 0 in the current mode
 * (in 32-bit mode only the low word counts). */
static inline void ppc_set_cr0(PpcCpu *cpu, uint64_t result)
{
    int64_t v = cpu->sf ? (int64_t)result : (int64_t)(int32_t)result;
    ppc_set_crf(cpu, 0, ppc_cmp_signed(cpu, v, 0));
}

/* ---- XER ---- */

static inline void ppc_set_ov(PpcCpu *cpu, unsigned ov, unsigned ov32)
{
    cpu->arch.ov = ov;
    cpu->arch.ov32 = ov32;
    cpu->arch.so |= ov;
}

/* ---- interrupts (excp.c) ---- */

/* Take interrupt `vector` for the instruction of record d: SRR0 = its
 * address (+4 when srr0_next), SRR1 = MSR bits | srr1_bits, new MSR per
 * Book III-S 6.5. Returns NULL so a handler can `return ppc_raise(...)`. */
const PpcInsn *ppc_raise(PpcCpu *cpu, const PpcInsn *d, unsigned vector,
                         uint64_t srr1_bits, bool srr0_next);

/* The same, with SRR0 = nip given explicitly (used outside handlers). */
void ppc_raise_at(PpcCpu *cpu, uint64_t nip, unsigned vector,
                  uint64_t srr1_bits);

/* System call vectored (scv LEV, ISA 3.0 Book III, System Call Vectored interrupt): no SRR0/SRR1;
 * LR = nip (the next instruction), CTR = the MSR (interrupt bits 33:36
 * and 42:47 cleared, as QEMU 7.2 saves it); the handler keeps MSR[EE]
 * and MSR[RI]; vector 0x17000 + LEV * 0x20, or 0xc000000000003000 +
 * LEV * 0x20 with LPCR[AIL] = 3 (AIL = 2 only turns IR/DR on). */
void ppc_raise_scv(PpcCpu *cpu, uint64_t nip, unsigned lev);

static inline const PpcInsn *ppc_raise_program(PpcCpu *cpu, const PpcInsn *d,
                                               uint64_t why)
{
    return ppc_raise(cpu, d, EXCP_PROGRAM, why, false);
}

/* Facility unavailable interrupt (0xf60) for record d: FSCR[IC] = ic
 * (spr.h's FSCR_IC_*) tells the handler which facility was used. */
const PpcInsn *ppc_facility_unavailable(PpcCpu *cpu, const PpcInsn *d,
                                        unsigned ic);

/* Alignment interrupt for the access at ea (sets DAR and DSISR). */
const PpcInsn *ppc_raise_alignment(PpcCpu *cpu, const PpcInsn *d,
                                   uint64_t ea);

/* FP unavailable interrupt for record d. Rows with F_FP get it from
 * the dispatcher (decode.c) when MSR[FP] is 0; handlers do not test. */
static inline const PpcInsn *ppc_fp_unavailable(PpcCpu *cpu, const PpcInsn *d)
{
    return ppc_raise(cpu, d, EXCP_FPU_UNAVAIL, 0, false);
}

/* ---- guest memory (mem.c for the slow paths) ---- */

/* Is the size-byte access (1, 2, 4 or 8) at real address pa, a raw EA
 * under cpu->fast_mask, on the real-mode RAM fast path (fast_mem and
 * inside RAM)? One compare with a per-size bound (cpu->fast_end). */
static inline bool ppc_fast_ram(const PpcCpu *cpu, uint64_t pa, unsigned size)
{
    return pa < cpu->fast_end[size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3];
}

/* Effective address in the current mode (32-bit mode truncates). */
static inline uint64_t ppc_ea(const PpcCpu *cpu, uint64_t ea)
{
    return cpu->sf ? ea : (uint32_t)ea;
}

/* The same before ppc_ea: what ppc_load and ppc_store_next take. */
static inline uint64_t ppc_ea_d_raw(const PpcCpu *cpu, const PpcInsn *d)
{
    return (d->ra ? cpu->arch.gpr[d->ra] : 0) + (uint64_t)d->imm;
}

static inline uint64_t ppc_ea_x_raw(const PpcCpu *cpu, const PpcInsn *d)
{
    return (d->ra ? cpu->arch.gpr[d->ra] : 0) + cpu->arch.gpr[d->rb];
}

/* EA of a D/DS-form access: (ra|0) + imm. */
static inline uint64_t ppc_ea_d(const PpcCpu *cpu, const PpcInsn *d)
{
    return ppc_ea(cpu, (d->ra ? cpu->arch.gpr[d->ra] : 0) + (uint64_t)d->imm);
}

/* EA of an X-form access: (ra|0) + rb. */
static inline uint64_t ppc_ea_x(const PpcCpu *cpu, const PpcInsn *d)
{
    return ppc_ea(cpu, (d->ra ? cpu->arch.gpr[d->ra] : 0) + cpu->arch.gpr[d->rb]);
}

/* The slow paths of ppc_load/ppc_store (mem.c). Marked cold so that the
 * handlers that inline the fast path keep cpu and d in scratch registers
 * and spill them only on the slow path, instead of saving callee-saved
 * registers on every load (measured: 4-6 host instructions per lfd). */
__attribute__((cold))
bool ppc_load_slow(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, unsigned size,
                   uint64_t *val);
__attribute__((cold))
bool ppc_store_slow(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, unsigned size,
                    uint64_t val);

/* The bits of cpu->code_bits[pn] (set by the decoder, never cleared):
 * page pn has decoded code; page pn + 1 has, which a store crossing
 * the end of page pn reaches. */
enum { PPC_CODE_HERE = 1, PPC_CODE_NEXT = 2 };

/* May a RAM store of up to 16 bytes at physical pa touch decoded code?
 * One byte to test, its first page's (a compare with memory): when
 * that page or the next has code, ppc_invalidate_code decides. */
static inline bool ppc_store_hits_code(const PpcCpu *cpu, uint64_t pa)
{
    return unlikely(cpu->code_bits[pa >> 12] != 0);
}

/* After a RAM store of `size` bytes at physical pa: put decoded
 * records of the touched bytes back to the decode stub when there are
 * any (ppc_store_hits_code). A reservation is left to stcx.'s value
 * check, as QEMU does. */
static inline void ppc_stored_ram(PpcCpu *cpu, uint64_t pa, unsigned size)
{
    if (ppc_store_hits_code(cpu, pa)) {
        ppc_invalidate_code(cpu, pa, size);
    }
}

/*
 * Load `size` bytes (1, 2, 4, 8) at effective address ea (already in
 * mode, see ppc_ea) in the current byte order, zero-extended into *val.
 * Returns false after raising the architected interrupt; the handler
 * must then return NULL.
 * Real mode: the RAM fast path. Translated: the translation cache's
 * host pointer when it has one (ppc_tlb_host: cached with RAM behind
 * it, naturally aligned), a few host instructions more than real mode.
 * Everything else: ppc_load_slow.
 */
static inline bool ppc_load(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                            unsigned size, uint64_t *val)
{
    uint64_t pa = ea & cpu->fast_mask;
    if (likely(ppc_fast_ram(cpu, pa, size))) {  /* pa < 2^60 */
        *val = ppc_host_read(cpu->ram + pa, size, cpu->le);
        return true;
    }
    ea = ppc_ea(cpu, ea);
    if (!cpu->fast_mem) {
        uint8_t *h;
        if (likely(ppc_tlb_host(cpu, ea, size, PPC_ACC_LOAD, &h))) {
            *val = ppc_host_read(h, size, cpu->le);
            return true;
        }
    }
    return ppc_load_slow(cpu, d, ea, size, val);
}

/* The translated store of ppc_store, one function per size (mem.c):
 * through the translation cache's host pointer when it has one, else
 * ppc_store_slow. Out of line and declared cold, unlike the load's:
 * otherwise the compiler laid out the real-mode store worse (measured
 * on the vm and sort benches: the big-endian byte swap moved behind a
 * jump, +1 M Ir on vm; with both paths sharing one write the folded
 * address was lost, +17 M Ir on sort). Each is a tail call to a hot
 * function for its size (a single cold function taking the size cost
 * 5% more host instructions on the translated bench). */
#define PPC_STORE_TRANSLATED(n) \
    __attribute__((cold)) \
    bool ppc_store_translated_##n(PpcCpu *cpu, const PpcInsn *d, \
                                  uint64_t ea, uint64_t val);
PPC_STORE_TRANSLATED(1)
PPC_STORE_TRANSLATED(2)
PPC_STORE_TRANSLATED(4)
PPC_STORE_TRANSLATED(8)
#undef PPC_STORE_TRANSLATED

static inline bool ppc_store_translated(PpcCpu *cpu, const PpcInsn *d,
                                        uint64_t ea, unsigned size,
                                        uint64_t val)
{
    switch (size) {
    case 1: return ppc_store_translated_1(cpu, d, ea, val);
    case 2: return ppc_store_translated_2(cpu, d, ea, val);
    case 4: return ppc_store_translated_4(cpu, d, ea, val);
    default: return ppc_store_translated_8(cpu, d, ea, val);
    }
}

/* Store the low `size` bytes of val at ea. Same contract and paths as
 * ppc_load. Invalidates decoded code on the page when there is any. */
static inline bool ppc_store(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                             unsigned size, uint64_t val)
{
    if (likely(cpu->fast_mem)) {
        uint64_t pa = ea & REAL_ADDR_MASK;
        if (likely(pa + size <= cpu->ram_size)) {  /* pa < 2^60 */
            ppc_host_write(cpu->ram + pa, size, val, cpu->le);
            ppc_stored_ram(cpu, pa, size);
            return true;
        }
        return ppc_store_slow(cpu, d, ea, size, val);
    }
    return ppc_store_translated(cpu, d, ea, size, val);
}

/* The parts of ppc_store_next (below) off its hot path, in mem.c, each
 * returning what the handler returns (d + 1, or NULL after an
 * interrupt), so that the handler reaches them by a tail jump and its
 * hot path saves no callee-saved register (a call that returns into
 * the handler made gcc push and pop one in every stb/std):
 * ppc_store_code_next puts decoded records of a just-written RAM range
 * back to the decode stub (ppc_stored_ram's call); ppc_store_next_N
 * stores N bytes through the translation cache's host pointer when it
 * has one (translated RAM), else through ppc_store_slow, and then (when
 * upd is not 0) sets GPR upd to ea. */
__attribute__((cold))
const PpcInsn *ppc_store_code_next(PpcCpu *cpu, const PpcInsn *d,
                                   uint64_t pa, unsigned size);
#define PPC_STORE_NEXT(n) \
    const PpcInsn *ppc_store_next_##n(PpcCpu *cpu, const PpcInsn *d, \
                                      uint64_t ea, uint64_t val, \
                                      unsigned upd);
PPC_STORE_NEXT(1)
PPC_STORE_NEXT(2)
PPC_STORE_NEXT(4)
PPC_STORE_NEXT(8)
#undef PPC_STORE_NEXT

/* ppc_store for a handler whose work ends with the store: stores the
 * low `size` bytes of val at ea, then, when upd is not 0 (an update
 * form: RA, never 0), sets GPR upd to ea; returns d + 1, or NULL after
 * raising the architected interrupt (GPR upd unchanged). ea is in mode
 * (ppc_ea). The real-mode RAM store is inline
 * (the same host instructions as ppc_store's, without saving a
 * register); everything else, and the invalidation of decoded code,
 * is a tail jump. */
static inline const PpcInsn *ppc_store_next(PpcCpu *cpu, const PpcInsn *d,
                                            uint64_t ea, unsigned size,
                                            uint64_t val, unsigned upd)
{
    {
        uint64_t pa = ea & cpu->fast_mask;
        if (likely(ppc_fast_ram(cpu, pa, size))) {  /* pa < 2^60 */
            ppc_host_write(cpu->ram + pa, size, val, cpu->le);
            if (upd) {
                cpu->arch.gpr[upd] = ea;
            }
            if (ppc_store_hits_code(cpu, pa)) {
                return ppc_store_code_next(cpu, d, pa, size);
            }
            return d + 1;
        }
    }
    ea = ppc_ea(cpu, ea);
    switch (size) {
    case 1: return ppc_store_next_1(cpu, d, ea, val, upd);
    case 2: return ppc_store_next_2(cpu, d, ea, val, upd);
    case 4: return ppc_store_next_4(cpu, d, ea, val, upd);
    default: return ppc_store_next_8(cpu, d, ea, val, upd);
    }
}

/* Translate ea for a data access of `size` bytes and return a host
 * pointer when it is RAM (for dcbz, string and multiple ops), or NULL
 * after raising an interrupt or when it is MMIO (*is_mmio set). */
uint8_t *ppc_ram_ptr(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, unsigned size,
                     bool is_store, bool *is_mmio);

/* The physical address of a data access at ea: real mode drops the top
 * 4 bits, with MSR[DR] (and an HPT) the hash MMU translates (mmu-hash.c).
 * Returns false after raising the storage interrupt. */
bool ppc_translate_data(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                        bool is_store, uint64_t *pa);

/* Forget every cached off-page branch target (exec.c): with the
 * translation cache (ppc_mmu_flush) and on MSR[LE,SF,IR] changes. */
void ppc_jump_cache_flush(PpcCpu *cpu);

/* Log a guest error or unimplemented feature (-d guest_errors/unimp). */
void ppc_log_guest(PpcCpu *cpu, unsigned kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
