/* SPDX-License-Identifier: MIT */
/*
 * Load/store multiple and string instructions (Power ISA 3.0 Book I
 * 3.3.7, 3.3.8): lmw, stmw, lswi, lswx, stswi, stswx.
 *
 * As in QEMU 7.2: all of them take an alignment interrupt in LE mode
 * (DAR unchanged); lmw/stmw do not check alignment in BE mode nor an RA
 * inside the loaded range; lswi/lswx with RA (lswx: RA != 0) or RB in
 * the range of registers to load are illegal. Accesses are words
 * followed by a halfword and/or byte for the tail, like QEMU's, which
 * matters only for MMIO. Loads gather everything before writing any
 * register, so an interrupt part-way leaves the registers untouched.
 */
#include "ldst.h"

const PpcInsn *insn_lmw(PpcCpu *cpu, const PpcInsn *d)
{
    if (unlikely(cpu->le)) {
        return ldst_align_le(cpu, d);
    }
    uint64_t ea = ppc_ea_d(cpu, d);
    uint64_t vals[32];
    for (unsigned r = d->rt; r < 32; r++) {
        if (unlikely(!ppc_load(cpu, d, ea, 4, &vals[r]))) {
            return NULL;
        }
        ea = ppc_ea(cpu, ea + 4);
    }
    for (unsigned r = d->rt; r < 32; r++) {
        GPR(r) = vals[r];
    }
    return d + 1;
}

const PpcInsn *insn_stmw(PpcCpu *cpu, const PpcInsn *d)
{
    if (unlikely(cpu->le)) {
        return ldst_align_le(cpu, d);
    }
    uint64_t ea = ppc_ea_d(cpu, d);
    for (unsigned r = d->rt; r < 32; r++) {
        if (unlikely(!ppc_store(cpu, d, ea, 4, GPR(r)))) {
            return NULL;
        }
        ea = ppc_ea(cpu, ea + 4);
    }
    return d + 1;
}

/* Is register rx among the nregs registers starting at start (mod 32)? */
static bool reg_in_range(unsigned start, unsigned nregs, unsigned rx)
{
    unsigned end = start + nregs;
    if (end <= 32) {
        return rx >= start && rx < end;
    }
    return rx >= start || rx < end - 32;
}

/* Load nb (1..128) bytes at ea into registers rt, rt+1, ... (mod 32). */
static const PpcInsn *load_string(PpcCpu *cpu, const PpcInsn *d,
                                  uint64_t ea, unsigned nb)
{
    uint64_t vals[32];
    unsigned n = 0, left = nb;
    for (; left > 3; left -= 4, n++) {
        if (unlikely(!ppc_load(cpu, d, ea, 4, &vals[n]))) {
            return NULL;
        }
        ea = ppc_ea(cpu, ea + 4);
    }
    if (left) {
        uint64_t h = 0, b = 0;
        if (left >= 2) {
            if (unlikely(!ppc_load(cpu, d, ea, 2, &h))) {
                return NULL;
            }
            ea = ppc_ea(cpu, ea + 2);
        }
        if (left & 1) {
            if (unlikely(!ppc_load(cpu, d, ea, 1, &b))) {
                return NULL;
            }
        }
        vals[n++] = left == 1 ? b << 24 : (h << 16) | (b << 8);
    }
    for (unsigned i = 0; i < n; i++) {
        GPR((d->rt + i) & 31) = vals[i];
    }
    return d + 1;
}

static const PpcInsn *store_string(PpcCpu *cpu, const PpcInsn *d,
                                   uint64_t ea, unsigned nb)
{
    unsigned r = d->rt, left = nb;
    for (; left > 3; left -= 4, r = (r + 1) & 31) {
        if (unlikely(!ppc_store(cpu, d, ea, 4, GPR(r)))) {
            return NULL;
        }
        ea = ppc_ea(cpu, ea + 4);
    }
    uint32_t v = (uint32_t)GPR(r);
    if (left >= 2) {
        if (unlikely(!ppc_store(cpu, d, ea, 2, v >> 16))) {
            return NULL;
        }
        ea = ppc_ea(cpu, ea + 2);
    }
    if (left & 1) {
        if (unlikely(!ppc_store(cpu, d, ea, 1,
                                left == 1 ? v >> 24 : v >> 8))) {
            return NULL;
        }
    }
    return d + 1;
}

/* NB field (bits 16-20, the rb slot); 0 means 32. */
static unsigned nb_field(const PpcInsn *d)
{
    return d->rb ? d->rb : 32;
}

const PpcInsn *insn_lswi(PpcCpu *cpu, const PpcInsn *d)
{
    if (unlikely(cpu->le)) {
        return ldst_align_le(cpu, d);
    }
    unsigned nb = nb_field(d);
    if (unlikely(reg_in_range(d->rt, (nb + 3) / 4, d->ra))) {
        return insn_illegal(cpu, d);
    }
    uint64_t ea = ppc_ea(cpu, d->ra ? GPR(d->ra) : 0);
    return load_string(cpu, d, ea, nb);
}

const PpcInsn *insn_lswx(PpcCpu *cpu, const PpcInsn *d)
{
    if (unlikely(cpu->le)) {
        return ldst_align_le(cpu, d);
    }
    unsigned nb = cpu->arch.xer_bc;
    if (nb == 0) {
        return d + 1;
    }
    unsigned nregs = (nb + 3) / 4;
    if (unlikely((d->ra != 0 && reg_in_range(d->rt, nregs, d->ra)) ||
                 reg_in_range(d->rt, nregs, d->rb))) {
        return insn_illegal(cpu, d);
    }
    return load_string(cpu, d, ppc_ea_x(cpu, d), nb);
}

const PpcInsn *insn_stswi(PpcCpu *cpu, const PpcInsn *d)
{
    if (unlikely(cpu->le)) {
        return ldst_align_le(cpu, d);
    }
    uint64_t ea = ppc_ea(cpu, d->ra ? GPR(d->ra) : 0);
    return store_string(cpu, d, ea, nb_field(d));
}

const PpcInsn *insn_stswx(PpcCpu *cpu, const PpcInsn *d)
{
    if (unlikely(cpu->le)) {
        return ldst_align_le(cpu, d);
    }
    unsigned nb = cpu->arch.xer_bc;
    if (nb == 0) {
        return d + 1;
    }
    return store_string(cpu, d, ppc_ea_x(cpu, d), nb);
}
