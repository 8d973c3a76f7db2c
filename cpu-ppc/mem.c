/* SPDX-License-Identifier: MIT */
/*
 * Guest memory access slow paths: accesses that cross the end of RAM,
 * MMIO through the machine's bus (PpcEnv), and translated accesses
 * (the hash and radix MMUs, mmu-hash.c and mmu-radix.c). The RAM fast path is inline in internal.h.
 *
 * MMIO values cross PpcEnv in big-endian byte-image order (the first
 * byte in memory is the most significant); an LE guest access is
 * byte-swapped here.
 */
#include <inttypes.h>

#include "debug.h"
#include "internal.h"
#include "instrument.h"
#include "mmu.h"

/*
 * A data access to a real address where nothing is (no RAM, no device):
 * the machine check interrupt (0x200), as POWER hardware raises it and
 * kvm-unit-tests' interrupts test expects (QEMU 7.2 reads 0 and drops
 * stores instead): SRR0 = the instruction, DAR = the EA, SRR1[42] = 1
 * (a load/store-side error, POWER9). Returns false.
 */
static bool data_machine_check(PpcCpu *cpu, const PpcInsn *d, uint64_t ea)
{
    cpu->arch.dar = ea;
    if (d) {
        ppc_raise(cpu, d, EXCP_MACHINE_CHECK, SRR1_MCE_DSIDE, false);
    } else {
        ppc_raise_at(cpu, cpu->arch.nip, EXCP_MACHINE_CHECK, SRR1_MCE_DSIDE);
    }
    return false;
}

/* Translate a data effective address to a physical one: real mode
 * (MSR[DR] = 0) drops the top 4 bits, otherwise the radix or hash MMU
 * (mmu-radix.c, mmu-hash.c). Without either (no HPT, LPCR[HR] = 0) a
 * relocated access is treated as real. Returns false after raising the
 * interrupt. */
static bool translate_data(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                           bool is_store, uint64_t *pa)
{
    if (!(cpu->arch.msr & MSR_DR) || !cpu->mmu_on) {
        *pa = ea & REAL_ADDR_MASK;
        return true;
    }
    PpcFault f;
    if (ppc_xlate(cpu, ea, is_store ? PPC_ACC_STORE : PPC_ACC_LOAD, pa, &f)) {
        return true;
    }
    if (d) {
        ppc_raise(cpu, d, f.vector, f.srr1, false);
    } else {
        ppc_raise_at(cpu, cpu->arch.nip, f.vector, f.srr1);
    }
    return false;
}

bool ppc_translate_data(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                        bool is_store, uint64_t *pa)
{
    return translate_data(cpu, d, ea, is_store, pa);
}

/* A translated access that crosses a 4K page: both pages are translated
 * first (the first fault is raised, nothing accessed; a fault on the
 * second page reports that page's first byte in DAR, as QEMU 7.2 does),
 * then the bytes go one by one in the current byte order. */
static bool crosses_page(const PpcCpu *cpu, uint64_t ea, unsigned size)
{
    return (cpu->arch.msr & MSR_DR) && cpu->mmu_on &&
           (ea & 0xfff) + size > 0x1000;
}

static bool split_access(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                         unsigned size, bool is_store, uint64_t *val)
{
    uint64_t pa;
    uint64_t next = ppc_ea(cpu, (ea | 0xfff) + 1);
    if (!translate_data(cpu, d, ea, is_store, &pa) ||
        !translate_data(cpu, d, next, is_store, &pa)) {
        return false;
    }
    uint64_t v = is_store ? *val : 0;
    for (unsigned i = 0; i < size; i++) {
        /* byte i of the access in memory order */
        unsigned sh = cpu->le ? 8 * i : 8 * (size - 1 - i);
        uint64_t b = (v >> sh) & 0xff;
        uint64_t a = ppc_ea(cpu, ea + i);
        bool ok = is_store ? ppc_store_slow(cpu, d, a, 1, b)
                           : ppc_load_slow(cpu, d, a, 1, &b);
        if (!ok) {
            return false;
        }
        if (!is_store) {
            v |= b << sh;
        }
    }
    if (!is_store) {
        *val = v;
    }
    return true;
}

bool ppc_load_slow(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, unsigned size,
                   uint64_t *val)
{
    uint64_t pa;
    if (unlikely(cpu->debug) &&
        ppc_debug_hook_access(cpu, d, ea, size, false)) {
        return false;  /* watchpoint: stopped before the instruction */
    }
    if (unlikely(size > 1 && crosses_page(cpu, ea, size))) {
        return split_access(cpu, d, ea, size, false, val);
    }
    if (!translate_data(cpu, d, ea, false, &pa)) {
        return false;
    }
    if (pa < cpu->ram_size && cpu->ram_size - pa >= size) {
        *val = ppc_host_read(cpu->ram + pa, size, cpu->le);
        if (unlikely(cpu->plugins)) {
            cpu->hooks->mem(cpu, d, ea, pa, size, false, *val, false);
        }
        return true;
    }
    uint64_t v = 0;
    if (!cpu->env.mmio_read ||
        !cpu->env.mmio_read(cpu->env.opaque, pa, size, &v)) {
        ppc_log_guest(cpu, PPC_TRACE_GUEST_ERRORS,
                      "load of %u bytes from unassigned address 0x%" PRIx64
                      " at 0x%" PRIx64 "\n", size, pa,
                      d ? ppc_insn_addr(cpu, d) : cpu->arch.nip);
        return data_machine_check(cpu, d, ea);
    }
    *val = cpu->le ? ppc_bswap(v, size) : v;
    if (unlikely(cpu->plugins)) {
        cpu->hooks->mem(cpu, d, ea, pa, size, false, *val, true);
    }
    return true;
}

bool ppc_store_slow(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, unsigned size,
                    uint64_t val)
{
    uint64_t pa;
    if (unlikely(cpu->debug) &&
        ppc_debug_hook_access(cpu, d, ea, size, true)) {
        return false;
    }
    if (unlikely(size > 1 && crosses_page(cpu, ea, size))) {
        return split_access(cpu, d, ea, size, true, &val);
    }
    if (!translate_data(cpu, d, ea, true, &pa)) {
        return false;
    }
    if (pa < cpu->ram_size && cpu->ram_size - pa >= size) {
        ppc_host_write(cpu->ram + pa, size, val, cpu->le);
        ppc_stored_ram(cpu, pa, size);
        if (unlikely(cpu->plugins)) {
            cpu->hooks->mem(cpu, d, ea, pa, size, true, val, false);
        }
        return true;
    }
    uint64_t v = cpu->le ? ppc_bswap(val, size) : val;
    if (!cpu->env.mmio_write ||
        !cpu->env.mmio_write(cpu->env.opaque, pa, size, v)) {
        ppc_log_guest(cpu, PPC_TRACE_GUEST_ERRORS,
                      "store of %u bytes to unassigned address 0x%" PRIx64
                      " at 0x%" PRIx64 "\n", size, pa,
                      d ? ppc_insn_addr(cpu, d) : cpu->arch.nip);
        return data_machine_check(cpu, d, ea);
    }
    if (unlikely(cpu->plugins)) {
        cpu->hooks->mem(cpu, d, ea, pa, size, true, val, true);
    }
    return true;
}

static inline __attribute__((always_inline))
bool store_translated(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                      unsigned size, uint64_t val)
{
    uint8_t *h;
    if (likely(ppc_tlb_host(cpu, ea, size, PPC_ACC_STORE, &h))) {
        ppc_host_write(h, size, val, cpu->le);
        ppc_stored_ram(cpu, (uint64_t)(h - cpu->ram), size);
        return true;
    }
    return ppc_store_slow(cpu, d, ea, size, val);
}

#define STORE_TRANSLATED(n) \
    __attribute__((hot, noinline)) \
    static bool store_translated_##n(PpcCpu *cpu, const PpcInsn *d, \
                                     uint64_t ea, uint64_t val) \
    { \
        return store_translated(cpu, d, ea, n, val); \
    } \
    bool ppc_store_translated_##n(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, \
                                  uint64_t val) \
    { \
        return store_translated_##n(cpu, d, ea, val); \
    }
STORE_TRANSLATED(1)
STORE_TRANSLATED(2)
STORE_TRANSLATED(4)
STORE_TRANSLATED(8)

const PpcInsn *ppc_store_code_next(PpcCpu *cpu, const PpcInsn *d,
                                   uint64_t pa, unsigned size)
{
    ppc_invalidate_code(cpu, pa, size);
    return d + 1;
}

/* ppc_store_next's slow side: ppc_store_slow, then RA for an update
 * form. Out of line so that its calls cost the hot paths nothing. */
__attribute__((cold, noinline))
static const PpcInsn *store_next_slow(PpcCpu *cpu, const PpcInsn *d,
                                      uint64_t ea, unsigned size,
                                      uint64_t val, unsigned upd)
{
    if (!ppc_store_slow(cpu, d, ea, size, val)) {
        return NULL;
    }
    if (upd) {
        cpu->arch.gpr[upd] = ea;
    }
    return d + 1;
}

/* ppc_store_next off its inline path. Translated: through the cache's
 * host pointer when it has the page (as store_translated), with only
 * tail calls, so that nothing is saved on the way (measured: with the
 * slow call inline this path pushed three registers and took 20% more
 * host instructions per translated store on sorthash). Real mode
 * beyond RAM (MMIO, the end of RAM, watched memory), cache misses and
 * misaligned translated accesses: the slow side. */
#define STORE_NEXT(n) \
    const PpcInsn *ppc_store_next_##n(PpcCpu *cpu, const PpcInsn *d, \
                                      uint64_t ea, uint64_t val, \
                                      unsigned upd) \
    { \
        uint8_t *h; \
        if (likely(!cpu->fast_mem) && \
            likely(ppc_tlb_host(cpu, ea, n, PPC_ACC_STORE, &h))) { \
            ppc_host_write(h, n, val, cpu->le); \
            if (upd) { \
                cpu->arch.gpr[upd] = ea; \
            } \
            uint64_t pa = (uint64_t)(h - cpu->ram); \
            if (ppc_store_hits_code(cpu, pa)) { \
                return ppc_store_code_next(cpu, d, pa, n); \
            } \
            return d + 1; \
        } \
        return store_next_slow(cpu, d, ea, n, val, upd); \
    }
STORE_NEXT(1)
STORE_NEXT(2)
STORE_NEXT(4)
STORE_NEXT(8)

uint8_t *ppc_ram_ptr(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, unsigned size,
                     bool is_store, bool *is_mmio)
{
    uint64_t pa;
    *is_mmio = false;
    if (unlikely(cpu->debug) &&
        ppc_debug_hook_access(cpu, d, ea, size, is_store)) {
        return NULL;
    }
    if (!translate_data(cpu, d, ea, is_store, &pa)) {
        return NULL;
    }
    if (pa < cpu->ram_size && cpu->ram_size - pa >= size) {
        if (is_store) {
            ppc_invalidate_code(cpu, pa, size);
        }
        if (unlikely(cpu->plugins)) {
            cpu->hooks->mem(cpu, d, ea, pa, size, is_store, 0, false);
        }
        return cpu->ram + pa;
    }
    *is_mmio = true;
    return NULL;
}
