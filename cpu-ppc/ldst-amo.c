/* SPDX-License-Identifier: MIT */
/*
 * Atomic memory operations, Power ISA 3.0 Book II 4.5 (POWER9; the rows
 * are F_V300, illegal on POWER8): lwat/ldat (load atomic) and
 * stwat/stdat (store atomic). EA = (RA|0); the function code FC is the
 * RB field. lwat/ldat use RT+1 and RT+2 (mod 32) as operands and put
 * the old memory value (zero-extended) in RT.
 *
 * The function codes are the ones QEMU 7.2 implements (all the ISA
 * lists): loads 0-8 (fetch and add, xor, or, and, max/min unsigned and
 * signed, swap), 16 (compare and swap not equal), 24/25/28 (fetch and
 * increment bounded / equal, decrement bounded, the bound being the
 * value at EA + s); stores 0-7 (store add ... min signed) and 24 (store
 * twin). Any other FC raises a data storage interrupt with DAR and
 * DSISR unchanged, as QEMU does ("the system data storage error
 * handler"). An EA not aligned to the operand size takes the alignment
 * interrupt (QEMU: MO_ALIGN).
 *
 * Where QEMU 7.2 departs from the ISA, farad follows the ISA (see
 * tests/insn/ldst.vec, amo_*_isa): the signed max/min of lwat/stwat
 * compare the words as signed (QEMU compares them unsigned), and the
 * "bound reached" RT of FC 24/25/28 is 2^(8s-1) zero-extended
 * (0x80000000 for words, 0x8000000000000000 for doublewords; QEMU
 * writes 0xffffffff80000000 for both).
 */
#include "ldst.h"

enum {
    FC_ADD = 0, FC_XOR = 1, FC_OR = 2, FC_AND = 3, FC_MAXU = 4, FC_MAXS = 5,
    FC_MINU = 6, FC_MINS = 7, FC_SWAP = 8, FC_CSNE = 16, FC_INC_BOUNDED = 24,
    FC_INC_EQUAL = 25, FC_DEC_BOUNDED = 28,
};

/* v as a signed number of size bytes (4 or 8). */
static inline int64_t amo_signed(uint64_t v, unsigned size)
{
    return size == 4 ? (int64_t)(int32_t)v : (int64_t)v;
}

/* The arithmetic/logical FCs 0-7 shared by loads and stores: the new
 * memory value from the old one t and the operand v (both size bytes,
 * zero-extended). */
static uint64_t amo_apply(unsigned fc, uint64_t t, uint64_t v, unsigned size)
{
    switch (fc) {
    case FC_ADD: return t + v;
    case FC_XOR: return t ^ v;
    case FC_OR: return t | v;
    case FC_AND: return t & v;
    case FC_MAXU: return t > v ? t : v;
    case FC_MAXS: return amo_signed(t, size) > amo_signed(v, size) ? t : v;
    case FC_MINU: return t < v ? t : v;
    default: /* FC_MINS */
        return amo_signed(t, size) < amo_signed(v, size) ? t : v;
    }
}

static inline uint64_t amo_trunc(uint64_t v, unsigned size)
{
    return size == 4 ? (uint32_t)v : v;
}

/* Does FC name an operation of a load (is_load) or store atomic? */
static bool amo_fc_valid(unsigned fc, bool is_load)
{
    if (fc <= FC_MINS) {
        return true;
    }
    if (!is_load) {
        return fc == FC_INC_BOUNDED;  /* store twin */
    }
    return fc == FC_SWAP || fc == FC_CSNE || fc == FC_INC_BOUNDED ||
           fc == FC_INC_EQUAL || fc == FC_DEC_BOUNDED;
}

/* EA of an atomic: (RA|0), checked for FC and alignment. Returns false
 * after raising the interrupt. */
static bool amo_ea(PpcCpu *cpu, const PpcInsn *d, unsigned size, bool is_load,
                   uint64_t *ea)
{
    if (!amo_fc_valid(d->rb, is_load)) {
        ppc_raise(cpu, d, EXCP_DSI, 0, false);
        return false;
    }
    *ea = ppc_ea(cpu, d->ra ? GPR(d->ra) : 0);
    if (unlikely(*ea & (size - 1))) {
        ldst_align_fault(cpu, d, *ea);
        return false;
    }
    return true;
}

/* FC 24/25/28 of a load: t at EA, the bound at EA + s. */
static const PpcInsn *amo_bounded(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                                  unsigned size, uint64_t t)
{
    uint64_t bound;
    if (unlikely(!ppc_load(cpu, d, ppc_ea(cpu, ea + size), size, &bound))) {
        return NULL;
    }
    bool equal = t == bound;
    bool go = d->rb == FC_INC_EQUAL ? equal : !equal;
    if (!go) {
        GPR(d->rt) = 1ULL << (size * 8 - 1);
        return d + 1;
    }
    uint64_t n = d->rb == FC_DEC_BOUNDED ? t - 1 : t + 1;
    if (unlikely(!ppc_store(cpu, d, ea, size, amo_trunc(n, size)))) {
        return NULL;
    }
    GPR(d->rt) = t;
    return d + 1;
}

static const PpcInsn *load_atomic(PpcCpu *cpu, const PpcInsn *d, unsigned size)
{
    uint64_t ea, t;
    if (unlikely(!amo_ea(cpu, d, size, true, &ea) ||
                 !ppc_load(cpu, d, ea, size, &t))) {
        return NULL;
    }
    unsigned fc = d->rb;
    if (fc >= FC_INC_BOUNDED) {
        return amo_bounded(cpu, d, ea, size, t);
    }
    uint64_t v = amo_trunc(GPR((d->rt + 1) & 31), size);
    uint64_t n;
    if (fc == FC_SWAP) {
        n = v;
    } else if (fc == FC_CSNE) {
        n = t != v ? amo_trunc(GPR((d->rt + 2) & 31), size) : t;
    } else {
        n = amo_apply(fc, t, v, size);
    }
    if (unlikely(!ppc_store(cpu, d, ea, size, n))) {
        return NULL;
    }
    GPR(d->rt) = t;
    return d + 1;
}

static const PpcInsn *store_atomic(PpcCpu *cpu, const PpcInsn *d,
                                   unsigned size)
{
    uint64_t ea, t;
    if (unlikely(!amo_ea(cpu, d, size, false, &ea) ||
                 !ppc_load(cpu, d, ea, size, &t))) {
        return NULL;
    }
    uint64_t v = amo_trunc(GPR(d->rt), size);
    if (d->rb == FC_INC_BOUNDED) {
        /* store twin: RS to EA and EA + s when both hold the same */
        uint64_t ea2 = ppc_ea(cpu, ea + size), t2;
        if (unlikely(!ppc_load(cpu, d, ea2, size, &t2))) {
            return NULL;
        }
        if (t == t2 && unlikely(!ppc_store(cpu, d, ea, size, v) ||
                                !ppc_store(cpu, d, ea2, size, v))) {
            return NULL;
        }
        return d + 1;
    }
    if (unlikely(!ppc_store(cpu, d, ea, size, amo_apply(d->rb, t, v, size)))) {
        return NULL;
    }
    return d + 1;
}

const PpcInsn *insn_lwat(PpcCpu *cpu, const PpcInsn *d) { return load_atomic(cpu, d, 4); }
const PpcInsn *insn_ldat(PpcCpu *cpu, const PpcInsn *d) { return load_atomic(cpu, d, 8); }
const PpcInsn *insn_stwat(PpcCpu *cpu, const PpcInsn *d) { return store_atomic(cpu, d, 4); }
const PpcInsn *insn_stdat(PpcCpu *cpu, const PpcInsn *d) { return store_atomic(cpu, d, 8); }
