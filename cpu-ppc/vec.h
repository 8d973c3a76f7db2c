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

#include "bswap.h"
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

/* ---- quadword memory access and facility by register half ----
 * (added for the VMX/VSX loads, stores and moves: vec-ldst.c,
 * vsx-move.c, vsx-perm.c) */

/* Reverse the bytes inside every esz-byte element of v (esz 1, 2, 4, 8
 * or 16; 1 returns v). A little-endian access of esz-byte elements is
 * the big-endian byte image with each element reversed. */
static inline PpcVec vec_bswap_elems(PpcVec v, unsigned esz)
{
    if (esz == 16) {
        return (PpcVec){ { ppc_bswap(v.dw[1], 8), ppc_bswap(v.dw[0], 8) } };
    }
    for (unsigned i = 0; esz > 1 && i < 2; i++) {
        uint64_t x = ppc_bswap(v.dw[i], 8);  /* elements reversed too */
        if (esz == 4) {
            x = x << 32 | x >> 32;
        } else if (esz == 2) {
            x = (x & 0x0000ffff0000ffffULL) << 16 | (x >> 16 & 0x0000ffff0000ffffULL);
            x = x << 32 | x >> 32;
        }
        v.dw[i] = x;
    }
    return v;
}

/* The 16 bytes at ea as a big-endian image (byte ea is ISA byte 0), as
 * two doubleword accesses in address order through ppc_load (so the
 * translation, DSI and page-crossing rules are the scalar ones; a fault
 * on the second doubleword reports its address). False after the
 * interrupt (the handler returns NULL). */
static inline bool vec_load16(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                              PpcVec *img)
{
    uint64_t x[2];
    for (unsigned i = 0; i < 2; i++) {
        if (!ppc_load(cpu, d, ppc_ea(cpu, ea + 8 * i), 8, &x[i])) {
            return false;
        }
        img->dw[i] = cpu->le ? ppc_bswap(x[i], 8) : x[i];
    }
    return true;
}

/* Store the big-endian image img at ea (byte 0 at ea), as two
 * doubleword ppc_store accesses in address order (decoded code on the
 * page is invalidated there). A fault on the second doubleword leaves
 * the first stored, as QEMU 7.2's two 8-byte stores do. */
static inline bool vec_store16(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                               PpcVec img)
{
    for (unsigned i = 0; i < 2; i++) {
        uint64_t x = cpu->le ? ppc_bswap(img.dw[i], 8) : img.dw[i];
        if (!ppc_store(cpu, d, ppc_ea(cpu, ea + 8 * i), 8, x)) {
            return false;
        }
    }
    return true;
}

/* The ISA's rule for instructions whose VSR operand decides the
 * facility: "if TX=0 & MSR.VSX=0 then VSX_Unavailable(); if TX=1 &
 * MSR.VEC=0 then Vector_Unavailable()" for 6-bit VSR number t (VSRs
 * 0..31 need MSR[VSX], the VRs MSR[VEC]). True when allowed; else the
 * interrupt is raised and the handler returns NULL. */
static inline bool vec_vsr_facility(PpcCpu *cpu, const PpcInsn *d, unsigned t)
{
    bool vr = t >= 32;
    if (likely(cpu->arch.msr & (vr ? MSR_VEC : MSR_VSX))) {
        return true;
    }
    if (vr) {
        ppc_vec_unavailable(cpu, d);
    } else {
        ppc_vsx_unavailable(cpu, d);
    }
    return false;
}

#endif
