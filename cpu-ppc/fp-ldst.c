/* SPDX-License-Identifier: MIT */
/*
 * Floating-point loads and stores (Power ISA 3.0 Book I 4.6.2-4.6.3):
 * single (with the DOUBLE/SINGLE format conversions, no rounding),
 * double, integer word (lfiwax, lfiwzx, stfiwx) and the double pairs
 * lfdp/stfdp. Update forms with RA = 0 are invalid forms and raise an
 * illegal-instruction program interrupt as QEMU does.
 */
#include "fp-internal.h"

enum { K_SINGLE, K_DOUBLE, K_IWA, K_IWZ };

static inline uint64_t load_conv(uint64_t v, int kind)
{
    switch (kind) {
    case K_SINGLE: return fp_single_to_double((uint32_t)v);
    case K_IWA: return (uint64_t)(int64_t)(int32_t)v;
    default: return v;
    }
}

static inline const PpcInsn *fload(PpcCpu *cpu, const PpcInsn *d,
                                   uint64_t ea, int kind, bool update)
{
    uint64_t v;
    if (update && d->ra == 0) {
        return insn_illegal(cpu, d);
    }
    if (!ppc_load(cpu, d, ea, kind == K_DOUBLE ? 8 : 4, &v)) {
        return NULL;
    }
    ppc_set_fpr(cpu, d->rt, load_conv(v, kind));
    if (update) {
        GPR(d->ra) = ea;
    }
    return d + 1;
}

static inline const PpcInsn *fstore(PpcCpu *cpu, const PpcInsn *d,
                                    uint64_t ea, int kind, bool update)
{
    if (update && d->ra == 0) {
        return insn_illegal(cpu, d);
    }
    uint64_t v = FPR(d->rt);
    unsigned size = 8;
    if (kind == K_SINGLE) {
        v = fp_double_to_single(v);
        size = 4;
    } else if (kind == K_IWZ) {
        v = (uint32_t)v;
        size = 4;
    }
    return ppc_store_next(cpu, d, ea, size, v, update ? d->ra : 0);
}

static inline uint64_t ea_du(const PpcCpu *cpu, const PpcInsn *d)
{
    return ppc_ea(cpu, GPR(d->ra) + (uint64_t)d->imm);
}

static inline uint64_t ea_xu(const PpcCpu *cpu, const PpcInsn *d)
{
    return ppc_ea(cpu, GPR(d->ra) + GPR(d->rb));
}

const PpcInsn *insn_lfs(PpcCpu *cpu, const PpcInsn *d) { return fload(cpu, d, ppc_ea_d(cpu, d), K_SINGLE, false); }
const PpcInsn *insn_lfsu(PpcCpu *cpu, const PpcInsn *d) { return fload(cpu, d, ea_du(cpu, d), K_SINGLE, true); }
const PpcInsn *insn_lfsx(PpcCpu *cpu, const PpcInsn *d) { return fload(cpu, d, ppc_ea_x(cpu, d), K_SINGLE, false); }
const PpcInsn *insn_lfsux(PpcCpu *cpu, const PpcInsn *d) { return fload(cpu, d, ea_xu(cpu, d), K_SINGLE, true); }
const PpcInsn *insn_lfd(PpcCpu *cpu, const PpcInsn *d) { return fload(cpu, d, ppc_ea_d(cpu, d), K_DOUBLE, false); }
const PpcInsn *insn_lfdu(PpcCpu *cpu, const PpcInsn *d) { return fload(cpu, d, ea_du(cpu, d), K_DOUBLE, true); }
const PpcInsn *insn_lfdx(PpcCpu *cpu, const PpcInsn *d) { return fload(cpu, d, ppc_ea_x(cpu, d), K_DOUBLE, false); }
const PpcInsn *insn_lfdux(PpcCpu *cpu, const PpcInsn *d) { return fload(cpu, d, ea_xu(cpu, d), K_DOUBLE, true); }
const PpcInsn *insn_lfiwax(PpcCpu *cpu, const PpcInsn *d) { return fload(cpu, d, ppc_ea_x(cpu, d), K_IWA, false); }
const PpcInsn *insn_lfiwzx(PpcCpu *cpu, const PpcInsn *d) { return fload(cpu, d, ppc_ea_x(cpu, d), K_IWZ, false); }
const PpcInsn *insn_stfs(PpcCpu *cpu, const PpcInsn *d) { return fstore(cpu, d, ppc_ea_d(cpu, d), K_SINGLE, false); }
const PpcInsn *insn_stfsu(PpcCpu *cpu, const PpcInsn *d) { return fstore(cpu, d, ea_du(cpu, d), K_SINGLE, true); }
const PpcInsn *insn_stfsx(PpcCpu *cpu, const PpcInsn *d) { return fstore(cpu, d, ppc_ea_x(cpu, d), K_SINGLE, false); }
const PpcInsn *insn_stfsux(PpcCpu *cpu, const PpcInsn *d) { return fstore(cpu, d, ea_xu(cpu, d), K_SINGLE, true); }
const PpcInsn *insn_stfd(PpcCpu *cpu, const PpcInsn *d) { return fstore(cpu, d, ppc_ea_d(cpu, d), K_DOUBLE, false); }
const PpcInsn *insn_stfdu(PpcCpu *cpu, const PpcInsn *d) { return fstore(cpu, d, ea_du(cpu, d), K_DOUBLE, true); }
const PpcInsn *insn_stfdx(PpcCpu *cpu, const PpcInsn *d) { return fstore(cpu, d, ppc_ea_x(cpu, d), K_DOUBLE, false); }
const PpcInsn *insn_stfdux(PpcCpu *cpu, const PpcInsn *d) { return fstore(cpu, d, ea_xu(cpu, d), K_DOUBLE, true); }
const PpcInsn *insn_stfiwx(PpcCpu *cpu, const PpcInsn *d) { return fstore(cpu, d, ppc_ea_x(cpu, d), K_IWZ, false); }

/* Pairs: FRTp even; in little-endian mode the doublewords swap, as the
 * pair is one 16-byte quantity. */
static const PpcInsn *fload_pair(PpcCpu *cpu, const PpcInsn *d, uint64_t ea)
{
    uint64_t hi, lo;
    if (d->rt & 1) {
        return insn_illegal(cpu, d);
    }
    if (!ppc_load(cpu, d, ea, 8, &hi) ||
        !ppc_load(cpu, d, ppc_ea(cpu, ea + 8), 8, &lo)) {
        return NULL;
    }
    ppc_set_fpr(cpu, d->rt, cpu->le ? lo : hi);
    ppc_set_fpr(cpu, d->rt + 1, cpu->le ? hi : lo);
    return d + 1;
}

static const PpcInsn *fstore_pair(PpcCpu *cpu, const PpcInsn *d, uint64_t ea)
{
    if (d->rt & 1) {
        return insn_illegal(cpu, d);
    }
    uint64_t first = cpu->le ? FPR(d->rt + 1) : FPR(d->rt);
    uint64_t second = cpu->le ? FPR(d->rt) : FPR(d->rt + 1);
    if (!ppc_store(cpu, d, ea, 8, first) ||
        !ppc_store(cpu, d, ppc_ea(cpu, ea + 8), 8, second)) {
        return NULL;
    }
    return d + 1;
}

const PpcInsn *insn_lfdp(PpcCpu *cpu, const PpcInsn *d) { return fload_pair(cpu, d, ppc_ea_d(cpu, d)); }
const PpcInsn *insn_lfdpx(PpcCpu *cpu, const PpcInsn *d) { return fload_pair(cpu, d, ppc_ea_x(cpu, d)); }
const PpcInsn *insn_stfdp(PpcCpu *cpu, const PpcInsn *d) { return fstore_pair(cpu, d, ppc_ea_d(cpu, d)); }
const PpcInsn *insn_stfdpx(PpcCpu *cpu, const PpcInsn *d) { return fstore_pair(cpu, d, ppc_ea_x(cpu, d)); }
