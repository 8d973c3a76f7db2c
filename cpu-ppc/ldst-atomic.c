/* SPDX-License-Identifier: MIT */
/*
 * Load-and-reserve and store-conditional (Power ISA 3.0 Book II 4.4.2):
 * lbarx/lharx/lwarx/ldarx/lqarx and stbcx./sthcx./stwcx./stdcx./stqcx.
 *
 * The reservation is (reserve_addr, reserve_size, reserve_val[2]) in
 * PpcArch. As in QEMU, a store-conditional succeeds when a reservation
 * exists for the same effective address (and, here, the same size) and
 * memory still holds the value the larx loaded; ordinary stores do not
 * clear the reservation, the value check stands in for it. Every stcx.
 * and every interrupt clears the reservation. larx/stcx. of a
 * misaligned address take an alignment interrupt (QEMU: MO_ALIGN).
 */
#include "ldst.h"

static const PpcInsn *larx(PpcCpu *cpu, const PpcInsn *d, unsigned size)
{
    uint64_t ea = ppc_ea_x(cpu, d);
    uint64_t v;
    if (unlikely(ea & (size - 1))) {
        return ldst_align_fault(cpu, d, ea);
    }
    if (unlikely(!ppc_load(cpu, d, ea, size, &v))) {
        return NULL;
    }
    GPR(d->rt) = v;
    cpu->arch.reserve_addr = ea;
    cpu->arch.reserve_size = (uint8_t)size;
    cpu->arch.reserve_val = v;
    return d + 1;
}

const PpcInsn *insn_lbarx(PpcCpu *cpu, const PpcInsn *d) { return larx(cpu, d, 1); }
const PpcInsn *insn_lharx(PpcCpu *cpu, const PpcInsn *d) { return larx(cpu, d, 2); }
const PpcInsn *insn_lwarx(PpcCpu *cpu, const PpcInsn *d) { return larx(cpu, d, 4); }
const PpcInsn *insn_ldarx(PpcCpu *cpu, const PpcInsn *d) { return larx(cpu, d, 8); }

static const PpcInsn *stcx(PpcCpu *cpu, const PpcInsn *d, unsigned size)
{
    uint64_t ea = ppc_ea_x(cpu, d);
    unsigned ok = 0;
    if (ea == cpu->arch.reserve_addr) {
        if (unlikely(ea & (size - 1))) {
            return ldst_align_fault(cpu, d, ea);
        }
        uint64_t cur;
        if (cpu->arch.reserve_size == size) {
            if (unlikely(!ppc_load(cpu, d, ea, size, &cur))) {
                return NULL;
            }
            if (cur == cpu->arch.reserve_val) {
                if (unlikely(!ppc_store(cpu, d, ea, size, GPR(d->rt)))) {
                    return NULL;
                }
                ok = 1;
            }
        }
    }
    cpu->arch.reserve_addr = RESERVE_NONE;
    ppc_set_crf(cpu, 0, (ok ? CR_EQ : 0) | cpu->arch.so);
    return d + 1;
}

const PpcInsn *insn_stbcx(PpcCpu *cpu, const PpcInsn *d) { return stcx(cpu, d, 1); }
const PpcInsn *insn_sthcx(PpcCpu *cpu, const PpcInsn *d) { return stcx(cpu, d, 2); }
const PpcInsn *insn_stwcx(PpcCpu *cpu, const PpcInsn *d) { return stcx(cpu, d, 4); }
const PpcInsn *insn_stdcx(PpcCpu *cpu, const PpcInsn *d) { return stcx(cpu, d, 8); }

/* lqarx: RTp even, and neither RA nor RB may be RT (else illegal, as
 * QEMU). Quadword-aligned. Register order by byte order as lq. */
const PpcInsn *insn_lqarx(PpcCpu *cpu, const PpcInsn *d)
{
    if (unlikely((d->rt & 1) || d->rt == d->ra || d->rt == d->rb)) {
        return insn_illegal(cpu, d);
    }
    uint64_t ea = ppc_ea_x(cpu, d);
    uint64_t first, second;
    if (unlikely(ea & 15)) {
        return ldst_align_fault(cpu, d, ea);
    }
    if (unlikely(!ldst_load_pair(cpu, d, ea, &first, &second))) {
        return NULL;
    }
    cpu->arch.reserve_addr = ea;
    cpu->arch.reserve_size = 16;
    cpu->arch.reserve_val = first;
    cpu->arch.reserve_val2 = second;
    return d + 1;
}

/* stqcx.: RSp even (else illegal). */
const PpcInsn *insn_stqcx(PpcCpu *cpu, const PpcInsn *d)
{
    if (unlikely(d->rt & 1)) {
        return insn_illegal(cpu, d);
    }
    uint64_t ea = ppc_ea_x(cpu, d);
    unsigned ok = 0;
    if (ea == cpu->arch.reserve_addr && cpu->arch.reserve_size == 16) {
        uint64_t ea2 = ppc_ea(cpu, ea + 8);
        uint64_t c1, c2;
        if (unlikely(!ppc_load(cpu, d, ea, 8, &c1) ||
                     !ppc_load(cpu, d, ea2, 8, &c2))) {
            return NULL;
        }
        if (c1 == cpu->arch.reserve_val && c2 == cpu->arch.reserve_val2) {
            if (unlikely(!ldst_store_pair(cpu, d, ea))) {
                return NULL;
            }
            ok = 1;
        }
    }
    cpu->arch.reserve_addr = RESERVE_NONE;
    ppc_set_crf(cpu, 0, (ok ? CR_EQ : 0) | cpu->arch.so);
    return d + 1;
}
