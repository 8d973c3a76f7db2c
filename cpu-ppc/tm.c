/* SPDX-License-Identifier: MIT */
/*
 * Transactional memory instructions (Power ISA 3.0B Book II chapter 5)
 * on a partition without TM, which is what a pseries machine under TCG
 * is (QEMU 7.2 refuses cap-htm=on there): no transaction ever starts.
 *  - With MSR[TM] = 0 every one raises the facility unavailable
 *    interrupt with FSCR[IC] = TM.
 *  - tbegin. fails at once: TEXASR says why (persistent nesting
 *    overflow, failure summary, TFIAR exact, the privilege), TFIAR holds
 *    its address, TFHAR the next one (the failure handler), CR0 = 0b1010.
 *  - The others see "no transaction" (MSR[TS] = 0): CR0 (tcheck: CR[BF])
 *    reports it and nothing else changes.
 * tests/guest/excp-tm.c checks this against QEMU 7.2 (and lists where
 * QEMU's tbegin. is wrong by the ISA).
 */
#include "internal.h"
#include "spr.h"

/* TEXASR bits, numbered as the ISA numbers them (bit 0 = MSB). */
#define TEXASR_BIT(n)           (1ULL << (63 - (n)))
#define TEXASR_PERSISTENT       TEXASR_BIT(7)
#define TEXASR_NESTING_OVERFLOW TEXASR_BIT(9)
#define TEXASR_PRIV_HV          TEXASR_BIT(34)
#define TEXASR_PRIV_PR          TEXASR_BIT(35)
#define TEXASR_FAILURE_SUMMARY  TEXASR_BIT(36)
#define TEXASR_TFIAR_EXACT      TEXASR_BIT(37)

#define CR_TBEGIN_FAILED 0xa   /* 0b1010 */

static inline bool tm_off(const PpcCpu *cpu)
{
    return !(cpu->arch.msr & MSR_TM);
}

/* No transaction: CR field f = 0 || MSR[TS] || 0 = 0. */
static const PpcInsn *tm_no_transaction(PpcCpu *cpu, const PpcInsn *d,
                                        unsigned f)
{
    if (tm_off(cpu)) {
        return ppc_facility_unavailable(cpu, d, FSCR_IC_TM);
    }
    ppc_set_crf(cpu, f, 0);
    return d + 1;
}

const PpcInsn *insn_tbegin(PpcCpu *cpu, const PpcInsn *d)
{
    if (tm_off(cpu)) {
        return ppc_facility_unavailable(cpu, d, FSCR_IC_TM);
    }
    uint64_t *spr = cpu->arch.spr_misc;
    uint64_t at = ppc_insn_addr(cpu, d);
    bool pr = cpu->arch.msr & MSR_PR;
    spr[PPC_SPR_SLOT_texasr] = TEXASR_PERSISTENT | TEXASR_NESTING_OVERFLOW |
                               (pr ? TEXASR_PRIV_PR : 0) |
                               TEXASR_FAILURE_SUMMARY | TEXASR_TFIAR_EXACT;
    spr[PPC_SPR_SLOT_tfiar] = at | (pr ? 1 : 0);   /* HV is 0: a guest */
    spr[PPC_SPR_SLOT_tfhar] = at + 4;
    ppc_set_crf(cpu, 0, CR_TBEGIN_FAILED);
    return d + 1;
}

const PpcInsn *insn_tcheck(PpcCpu *cpu, const PpcInsn *d)
{
    if (tm_off(cpu)) {
        return ppc_facility_unavailable(cpu, d, FSCR_IC_TM);
    }
    /* CR[BF] = TDOOMED || MSR[TS] || 0 = 0b1000: no transaction, and any
     * would be doomed (tbegin. always fails) */
    ppc_set_crf(cpu, d->rt >> 2, 0x8);
    return d + 1;
}

#define TM_NOTHING(nm) \
    const PpcInsn *insn_##nm(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return tm_no_transaction(cpu, d, 0); \
    }
TM_NOTHING(tend)
TM_NOTHING(tsr)
TM_NOTHING(tabortwc)
TM_NOTHING(tabortdc)
TM_NOTHING(tabortwci)
TM_NOTHING(tabortdci)
TM_NOTHING(tabort)
TM_NOTHING(treclaim)
TM_NOTHING(trechkpt)
