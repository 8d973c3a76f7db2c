/* SPDX-License-Identifier: MIT */
/*
 * The fixed-point BCD-assist instructions (Power ISA 3.0 Book I 3.3.15):
 * addg6s (the sixes that correct a binary sum of BCD operands), cdtbcd
 * and cbcdtd (two declets <-> six BCD digits in each word of RS).
 * X-form: RS = d->rt, RA = d->ra.
 */
#include "dfp-internal.h"

/* RT nibble i = 6 when nibble i of RA + RB produced no carry, else 0. */
const PpcInsn *insn_addg6s(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t a = GPR(d->ra), b = GPR(d->rb), sum = a + b;
    /* carry into bit k of the sum is bit k of a ^ b ^ sum */
    uint64_t carry_in = a ^ b ^ sum;
    uint64_t rt = 0;
    for (unsigned i = 0; i < 16; i++) {
        bool carry_out = i == 15 ? sum < a : (carry_in >> (4 * i + 4)) & 1;
        if (!carry_out) {
            rt |= 6ULL << (4 * i);
        }
    }
    GPR(d->rt) = rt;
    return d + 1;
}

/* Apply a 32-bit per-word conversion to both words of RS into RA. */
static const PpcInsn *per_word(PpcCpu *cpu, const PpcInsn *d,
                               uint32_t (*conv)(uint32_t))
{
    uint64_t rs = GPR(d->rt);
    GPR(d->ra) = (uint64_t)conv((uint32_t)(rs >> 32)) << 32 |
                 conv((uint32_t)rs);
    return d + 1;
}

/* Bits 12-31 of a word (two declets) -> six BCD digits in bits 8-31. */
static uint32_t word_declets_to_bcd(uint32_t w)
{
    return dpd_declet_to_bcd3((w >> 10) & 0x3ff) << 12 |
           dpd_declet_to_bcd3(w & 0x3ff);
}

/* Six BCD digits in bits 8-31 of a word -> two declets in bits 12-31
 * (a digit above 9 gives an undefined result by the ISA). */
static uint32_t word_bcd_to_declets(uint32_t w)
{
    return dpd_bcd3_to_declet((w >> 12) & 0xfff) << 10 |
           dpd_bcd3_to_declet(w & 0xfff);
}

const PpcInsn *insn_cdtbcd(PpcCpu *cpu, const PpcInsn *d)
{
    return per_word(cpu, d, word_declets_to_bcd);
}

const PpcInsn *insn_cbcdtd(PpcCpu *cpu, const PpcInsn *d)
{
    return per_word(cpu, d, word_bcd_to_declets);
}
