/* SPDX-License-Identifier: MIT */
/*
 * Load and store instructions (Power ISA 3.0 Book I 3.3.2-3.3.7): every
 * size and form, in the current byte order, through ppc_load/ppc_store.
 */
#include "internal.h"

static inline const PpcInsn *load_d(PpcCpu *cpu, const PpcInsn *d,
                                    unsigned size)
{
    uint64_t v;
    if (!ppc_load(cpu, d, ppc_ea_d(cpu, d), size, &v)) {
        return NULL;
    }
    GPR(d->rt) = v;
    return d + 1;
}

static inline const PpcInsn *store_d(PpcCpu *cpu, const PpcInsn *d,
                                     unsigned size)
{
    if (!ppc_store(cpu, d, ppc_ea_d(cpu, d), size, GPR(d->rt))) {
        return NULL;
    }
    return d + 1;
}

const PpcInsn *insn_lbz(PpcCpu *cpu, const PpcInsn *d) { return load_d(cpu, d, 1); }
const PpcInsn *insn_lhz(PpcCpu *cpu, const PpcInsn *d) { return load_d(cpu, d, 2); }
const PpcInsn *insn_lwz(PpcCpu *cpu, const PpcInsn *d) { return load_d(cpu, d, 4); }
const PpcInsn *insn_ld(PpcCpu *cpu, const PpcInsn *d) { return load_d(cpu, d, 8); }
const PpcInsn *insn_stb(PpcCpu *cpu, const PpcInsn *d) { return store_d(cpu, d, 1); }
const PpcInsn *insn_sth(PpcCpu *cpu, const PpcInsn *d) { return store_d(cpu, d, 2); }
const PpcInsn *insn_stw(PpcCpu *cpu, const PpcInsn *d) { return store_d(cpu, d, 4); }
const PpcInsn *insn_std(PpcCpu *cpu, const PpcInsn *d) { return store_d(cpu, d, 8); }

const PpcInsn *insn_stdu(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t ea = ppc_ea(cpu, GPR(d->ra) + (uint64_t)d->imm);
    if (!ppc_store(cpu, d, ea, 8, GPR(d->rt))) {
        return NULL;
    }
    GPR(d->ra) = ea;
    return d + 1;
}
