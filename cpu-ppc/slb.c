/* SPDX-License-Identifier: MIT */
/*
 * The segment lookaside buffer (Power ISA 3.0 Book III 5.7.6-5.7.8,
 * 5.9.3.1): its lookup for translation and the SLB management
 * instructions slbmte, slbie, slbia, slbmfee, slbmfev, slbfee., with
 * QEMU 7.2's checks (invalid slot, reserved bits or page-size encoding:
 * illegal-instruction program interrupt). Every change drops the CPU's translation cache.
 */
#include "internal.h"
#include "mmu.h"

/* The segment page-size encodings (L || LP) ibm,segment-page-sizes
 * advertises: 4K, 64K, 16M, 16G, up to the machine's largest. */
static bool llp_valid(const PpcCpu *cpu, uint64_t vsid)
{
    int shift = ppc_slb_base_shift(vsid);
    return shift && shift <= cpu->hpt_max_shift;
}

int ppc_slb_find(const PpcCpu *cpu, uint64_t ea)
{
    uint64_t e256 = (ea & SLB_ESID_ESID) | SLB_ESID_V;
    uint64_t e1t = (ea & 0xffffff0000000000ULL) | SLB_ESID_V;
    for (int i = 0; i < PPC_SLB_ENTRIES; i++) {
        uint64_t esid = cpu->arch.slb_esid[i];
        uint64_t b = cpu->arch.slb_vsid[i] & SLB_VSID_B;
        if ((esid == e256 && b == 0) || (esid == e1t && b == SLB_VSID_B_1T)) {
            return i;
        }
    }
    return -1;
}

static const PpcInsn *invalid(PpcCpu *cpu, const PpcInsn *d)
{
    return ppc_raise_program(cpu, d, SRR1_PROG_ILLEGAL);
}

const PpcInsn *insn_slbmte(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t rb = GPR(d->rb), rs = GPR(d->rt);
    unsigned slot = rb & 0xfff;
    uint64_t esid = rb & ~0xfffULL;
    if (slot >= PPC_SLB_ENTRIES || (esid & ~(SLB_ESID_ESID | SLB_ESID_V)) ||
        (rs & SLB_VSID_B & ~SLB_VSID_B_1T) || !llp_valid(cpu, rs)) {
        return invalid(cpu, d);
    }
    cpu->arch.slb_esid[slot] = esid;
    cpu->arch.slb_vsid[slot] = rs;
    ppc_mmu_flush(cpu);
    return d + 1;
}

const PpcInsn *insn_slbmfee(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned slot = GPR(d->rb) & 0xfff;
    if (slot >= PPC_SLB_ENTRIES) {
        return invalid(cpu, d);
    }
    GPR(d->rt) = cpu->arch.slb_esid[slot];
    return d + 1;
}

const PpcInsn *insn_slbmfev(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned slot = GPR(d->rb) & 0xfff;
    if (slot >= PPC_SLB_ENTRIES) {
        return invalid(cpu, d);
    }
    GPR(d->rt) = cpu->arch.slb_vsid[slot];
    return d + 1;
}

const PpcInsn *insn_slbfee(PpcCpu *cpu, const PpcInsn *d)
{
    int i = ppc_slb_find(cpu, GPR(d->rb));
    /* a miss: RT = 0 and CR0 = SO (ISA, and QEMU 7.2: sys_slbfee_miss) */
    GPR(d->rt) = i < 0 ? 0 : cpu->arch.slb_vsid[i];
    ppc_set_crf(cpu, 0, (i < 0 ? 0 : CR_EQ) | cpu->arch.so);
    return d + 1;
}

const PpcInsn *insn_slbie(PpcCpu *cpu, const PpcInsn *d)
{
    int i = ppc_slb_find(cpu, GPR(d->rb));
    if (i >= 0) {
        cpu->arch.slb_esid[i] &= ~SLB_ESID_V;
    }
    ppc_mmu_flush(cpu);
    return d + 1;
}

/* IH (bits 8:10): 0, 1, 2 all entries but 0; 3 entries with Class 1
 * (POWER9), entry 0 included; 4 all entries, entry 0 included; 7 none
 * (the translation cache only). As QEMU 7.2 does. */
const PpcInsn *insn_slbia(PpcCpu *cpu, const PpcInsn *d)
{
    unsigned ih = (d->raw >> 21) & 7;
    ppc_mmu_flush(cpu);
    if (ih == 7) {
        return d + 1;
    }
    int first = (ih == 3 || ih == 4) ? 0 : 1;
    for (int i = first; i < PPC_SLB_ENTRIES; i++) {
        if (cpu->isa >= PPC_ISA_300 && ih == 3 &&
            !(cpu->arch.slb_vsid[i] & SLB_VSID_C)) {
            continue;
        }
        cpu->arch.slb_esid[i] &= ~SLB_ESID_V;
    }
    return d + 1;
}
