/* SPDX-License-Identifier: MIT */
/*
 * Control-flow facts of a Power ISA instruction word, for the bundled
 * plugins that need them (bbv, champsim); header-only because each
 * plugin is its own shared object. Only the primary opcode (bits 0:5),
 * the extended opcode of opcodes 19 and 31 (bits 21:30), BO (bits 6:10)
 * and LK (bit 31) are looked at (Power ISA 3.0B, book I 2.4 and book
 * III 6.5):
 *   16 bc[l][a], 18 b[l][a], 17 sc/scv,
 *   19/16 bclr[l], 19/528 bcctr[l], 19/560 bctar[l],
 *   19/18 rfid, 19/274 hrfid, 19/306 urfid, 19/82 rfscv, 19/146 rfebb,
 *   19/50 rfi (32-bit), 2 tdi, 3 twi, 31/4 tw, 31/68 td.
 */
#ifndef FARAD_PLUGIN_CONTRIB_PPC_FLOW_H
#define FARAD_PLUGIN_CONTRIB_PPC_FLOW_H

#include <stdbool.h>
#include <stdint.h>

enum ppc_flow {
    PPC_FLOW_NONE = 0,    /* falls through to the next word */
    PPC_FLOW_BRANCH,      /* b, bc, bclr, bcctr, bctar */
    PPC_FLOW_SC,          /* sc, scv */
    PPC_FLOW_RFI,         /* rfid, hrfid, urfid, rfscv, rfebb, rfi */
    PPC_FLOW_TRAP,        /* tw, td, twi, tdi */
};

static inline unsigned ppc_flow_opcd(uint32_t w) { return w >> 26; }
static inline unsigned ppc_flow_xo(uint32_t w) { return (w >> 1) & 0x3ff; }
static inline unsigned ppc_flow_bo(uint32_t w) { return (w >> 21) & 0x1f; }
static inline bool ppc_flow_lk(uint32_t w) { return w & 1; }

/* What kind of control transfer the word is, if any. */
static inline enum ppc_flow ppc_flow_of(uint32_t w)
{
    switch (ppc_flow_opcd(w)) {
    case 16: case 18:
        return PPC_FLOW_BRANCH;
    case 17:
        return PPC_FLOW_SC;
    case 2: case 3:
        return PPC_FLOW_TRAP;
    case 19:
        switch (ppc_flow_xo(w)) {
        case 16: case 528: case 560:
            return PPC_FLOW_BRANCH;
        case 18: case 274: case 306: case 82: case 146: case 50:
            return PPC_FLOW_RFI;
        default:
            return PPC_FLOW_NONE;
        }
    case 31:
        return (ppc_flow_xo(w) == 4 || ppc_flow_xo(w) == 68) ? PPC_FLOW_TRAP
                                                              : PPC_FLOW_NONE;
    default:
        return PPC_FLOW_NONE;
    }
}

/* BO "branch always" (BO = 1z1zz): the condition is not tested and CTR
 * not decremented. */
static inline bool ppc_flow_bo_always(uint32_t w)
{
    return (ppc_flow_bo(w) & 0x14) == 0x14;
}

/* BO decrements CTR (BO bit 2, 0x04, is 0). */
static inline bool ppc_flow_bo_uses_ctr(uint32_t w)
{
    return !(ppc_flow_bo(w) & 0x04);
}

/* BO tests a CR bit (BO bit 0, 0x10, is 0). */
static inline bool ppc_flow_bo_uses_cr(uint32_t w)
{
    return !(ppc_flow_bo(w) & 0x10);
}

#endif
