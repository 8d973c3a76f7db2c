/* SPDX-License-Identifier: MIT */
/*
 * Cache management and storage ordering (Power ISA 3.0 Book II 4.3,
 * 4.6): dcbz, dcbt, dcbtst, dcbf, dcbst, dcbi, icbi, eieio. (sync and
 * isync live in sys.c; icbt is illegal in QEMU 7.2's POWER9, so here.)
 *
 * farad has no caches: the hints are no-ops. dcbz zeroes the aligned
 * 128-byte block (POWER9's line size) and, like QEMU, drops a
 * reservation on that block; it never takes an alignment interrupt
 * (QEMU raises none for Book III-S). icbi drops the decoded code of
 * its block, though stores already do that (exec.c).
 */
#include "ldst.h"

#define CACHE_LINE 128

const PpcInsn *insn_dcbz(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t ea = ppc_ea_x(cpu, d) & ~(uint64_t)(CACHE_LINE - 1);
    if ((cpu->arch.reserve_addr & ~(uint64_t)(CACHE_LINE - 1)) == ea) {
        cpu->arch.reserve_addr = RESERVE_NONE;
    }
    bool is_mmio;
    uint8_t *p = ppc_ram_ptr(cpu, d, ea, CACHE_LINE, true, &is_mmio);
    if (likely(p)) {
        memset(p, 0, CACHE_LINE);
        return d + 1;
    }
    if (!is_mmio) {
        return NULL;  /* interrupt raised */
    }
    for (unsigned i = 0; i < CACHE_LINE; i += 8) {
        if (unlikely(!ppc_store(cpu, d, ea + i, 8, 0))) {
            return NULL;
        }
    }
    return d + 1;
}

/* With relocation on, icbi, dcbf and dcbst translate their address as
 * a load would (QEMU 7.2 treats them as loads): an unmapped block raises
 * a DSI, with DAR the block's address for icbi and the EA for dcbf and
 * dcbst (as QEMU). In real mode they touch nothing. */
static bool block_translate(PpcCpu *cpu, const PpcInsn *d, bool align,
                            uint64_t *pa)
{
    uint64_t ea = ppc_ea_x(cpu, d);
    if (align) {
        ea &= ~(uint64_t)(CACHE_LINE - 1);
    }
    *pa = ea & REAL_ADDR_MASK;
    if ((cpu->arch.msr & MSR_DR) && cpu->mmu_on) {
        return ppc_translate_data(cpu, d, ea, false, pa);
    }
    return true;
}

const PpcInsn *insn_icbi(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t pa;
    if (!block_translate(cpu, d, true, &pa)) {
        return NULL;
    }
    ppc_invalidate_code(cpu, pa & ~(uint64_t)(CACHE_LINE - 1), CACHE_LINE);
    return d + 1;
}

static const PpcInsn *block_touch(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t pa;
    return block_translate(cpu, d, false, &pa) ? d + 1 : NULL;
}

static inline const PpcInsn *cache_nop(PpcCpu *cpu, const PpcInsn *d)
{
    (void)cpu;
    return d + 1;
}

/* dcbi is privileged (QEMU keeps it for Book III-S CPUs): the row's
 * F_PRIV check refuses problem state; otherwise a no-op. */
const PpcInsn *insn_dcbi(PpcCpu *cpu, const PpcInsn *d) { return cache_nop(cpu, d); }
const PpcInsn *insn_dcbt(PpcCpu *cpu, const PpcInsn *d) { return cache_nop(cpu, d); }
const PpcInsn *insn_dcbtst(PpcCpu *cpu, const PpcInsn *d) { return cache_nop(cpu, d); }
const PpcInsn *insn_dcbf(PpcCpu *cpu, const PpcInsn *d) { return block_touch(cpu, d); }
const PpcInsn *insn_dcbst(PpcCpu *cpu, const PpcInsn *d) { return block_touch(cpu, d); }
const PpcInsn *insn_eieio(PpcCpu *cpu, const PpcInsn *d) { return cache_nop(cpu, d); }
