/* SPDX-License-Identifier: MIT */
/*
 * The vector-scalar register file as the VMX and VSX handlers see it
 * (Power ISA 3.0 Book I chapters 6 and 7): 64 VSRs of 128 bits, where
 * VSRs 0..31 are the FPRs (doubleword 0, PpcArch.fpr) with a second
 * doubleword (PpcArch.fpr_dw1) and VSRs 32..63 are the VRs
 * (PpcArch.vr). Elements are numbered as the ISA numbers them: element
 * 0 is the most significant, whatever the byte order of the guest or
 * the host; memory byte order is the load/store handlers' business.
 * Only cpu-ppc/ includes this.
 */
#ifndef FARAD_CPU_PPC_VEC_H
#define FARAD_CPU_PPC_VEC_H

#include <stdint.h>

#include "internal.h"

/* VSCR bits (by value: bit 63-n). */
#define VSCR_NJ  (1u << 16)  /* non-Java mode: denormals flush to zero */
#define VSCR_SAT (1u << 0)   /* saturation happened (sticky) */

/* ---- VSR access by 6-bit register number ---- */

static inline PpcVec ppc_vsr_get(const PpcCpu *cpu, unsigned n)
{
    if (n < 32) {
        return (PpcVec){ { cpu->arch.fpr[n], cpu->arch.fpr_dw1[n] } };
    }
    return cpu->arch.vr[n - 32];
}

static inline void ppc_vsr_set(PpcCpu *cpu, unsigned n, PpcVec v)
{
    if (n < 32) {
        cpu->arch.fpr[n] = v.dw[0];
        cpu->arch.fpr_dw1[n] = v.dw[1];
    } else {
        cpu->arch.vr[n - 32] = v;
    }
}

/* ---- elements, ISA numbering (element 0 = most significant) ---- */

static inline uint64_t vec_dw(PpcVec v, unsigned i)
{
    return v.dw[i];
}

static inline uint32_t vec_w(PpcVec v, unsigned i)
{
    return (uint32_t)(v.dw[i >> 1] >> ((i & 1) ? 0 : 32));
}

static inline uint16_t vec_h(PpcVec v, unsigned i)
{
    return (uint16_t)(v.dw[i >> 2] >> (48 - 16 * (i & 3)));
}

static inline uint8_t vec_b(PpcVec v, unsigned i)
{
    return (uint8_t)(v.dw[i >> 3] >> (56 - 8 * (i & 7)));
}

static inline void vec_set_w(PpcVec *v, unsigned i, uint32_t x)
{
    unsigned sh = (i & 1) ? 0 : 32;
    v->dw[i >> 1] = (v->dw[i >> 1] & ~(0xffffffffULL << sh)) |
                    (uint64_t)x << sh;
}

static inline void vec_set_h(PpcVec *v, unsigned i, uint16_t x)
{
    unsigned sh = 48 - 16 * (i & 3);
    v->dw[i >> 2] = (v->dw[i >> 2] & ~(0xffffULL << sh)) | (uint64_t)x << sh;
}

static inline void vec_set_b(PpcVec *v, unsigned i, uint8_t x)
{
    unsigned sh = 56 - 8 * (i & 7);
    v->dw[i >> 3] = (v->dw[i >> 3] & ~(0xffULL << sh)) | (uint64_t)x << sh;
}

/* The whole register as one 128-bit number (bit 127 = ISA bit 0). */
static inline unsigned __int128 vec_u128(PpcVec v)
{
    return (unsigned __int128)v.dw[0] << 64 | v.dw[1];
}

static inline PpcVec vec_from_u128(unsigned __int128 q)
{
    return (PpcVec){ { (uint64_t)(q >> 64), (uint64_t)q } };
}

/* ---- saturation (VMX integer and conversion instructions) ---- */

/* x clamped to the range of a signed (vec_sat_s) or unsigned (vec_sat_u)
 * element of bits <= 32 bits, returned as the element's bit pattern;
 * sets VSCR[SAT] (sticky) when x was out of range. */
static inline uint64_t vec_sat_s(PpcCpu *cpu, int64_t x, unsigned bits)
{
    int64_t hi = (int64_t)((1ULL << (bits - 1)) - 1), lo = -hi - 1;
    if (x > hi || x < lo) {
        cpu->arch.vscr |= VSCR_SAT;
        x = x > hi ? hi : lo;
    }
    return (uint64_t)x & ((1ULL << bits) - 1);
}

static inline uint64_t vec_sat_u(PpcCpu *cpu, int64_t x, unsigned bits)
{
    int64_t hi = (int64_t)((1ULL << bits) - 1);
    if (x > hi || x < 0) {
        cpu->arch.vscr |= VSCR_SAT;
        x = x > hi ? hi : 0;
    }
    return (uint64_t)x;
}

/* ---- memory images ---- */

/* The 16 bytes of a quadword access at the ISA's byte numbering: byte 0
 * is the most significant (what a big-endian access puts at EA). */
static inline void vec_to_be_bytes(PpcVec v, uint8_t out[16])
{
    for (unsigned i = 0; i < 16; i++) {
        out[i] = vec_b(v, i);
    }
}

static inline PpcVec vec_from_be_bytes(const uint8_t in[16])
{
    PpcVec v = { { 0, 0 } };
    for (unsigned i = 0; i < 16; i++) {
        v.dw[i >> 3] = v.dw[i >> 3] << 8 | in[i];
    }
    return v;
}

/* ---- facility checks ---- */

/* Vector unavailable (0xf20) / VSX unavailable (0xf40) for record d.
 * Rows flagged F_VEC / F_VSX get these from the dispatcher (decode.c);
 * handlers whose facility depends on an operand (lxv with a VR target
 * needs MSR[VEC], with an FPR-half target MSR[VSX]) call them. */
static inline const PpcInsn *ppc_vec_unavailable(PpcCpu *cpu,
                                                 const PpcInsn *d)
{
    return ppc_raise(cpu, d, EXCP_VEC_UNAVAIL, 0, false);
}

static inline const PpcInsn *ppc_vsx_unavailable(PpcCpu *cpu,
                                                 const PpcInsn *d)
{
    return ppc_raise(cpu, d, EXCP_VSX_UNAVAIL, 0, false);
}

#endif
