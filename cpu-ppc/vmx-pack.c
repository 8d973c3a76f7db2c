/* SPDX-License-Identifier: MIT */
/*
 * VMX pack and unpack instructions (Power ISA 3.0B Book I chapter 6,
 * Vector Pack and Unpack Instructions):
 * modulo and saturating packs (a saturated element sets VSCR[SAT]), the
 * pixel pack/unpack, and the sign-extending unpacks. Elements use the
 * ISA numbering (vec.h); sources are read before VRT is written.
 */
#include "insn.h"
#include "vec.h"

/* Element i of `size` bytes (1, 2, 4, 8), zero-extended. */
static uint64_t elem_get(PpcVec v, unsigned i, unsigned size)
{
    switch (size) {
    case 1: return vec_b(v, i);
    case 2: return vec_h(v, i);
    case 4: return vec_w(v, i);
    default: return vec_dw(v, i);
    }
}

static void elem_set(PpcVec *v, unsigned i, unsigned size, uint64_t x)
{
    switch (size) {
    case 1: vec_set_b(v, i, (uint8_t)x); break;
    case 2: vec_set_h(v, i, (uint16_t)x); break;
    case 4: vec_set_w(v, i, (uint32_t)x); break;
    default: v->dw[i] = x; break;
    }
}

/* Sign-extend the low 8*size bits of x. */
static int64_t sext_bytes(uint64_t x, unsigned size)
{
    unsigned sh = 64 - 8 * size;
    return (int64_t)(x << sh) >> sh;
}

/* ---- pack ---- */

typedef enum PackKind {
    PACK_MODULO,    /* keep the low half */
    PACK_UU,        /* unsigned source, unsigned saturate */
    PACK_SU,        /* signed source, unsigned saturate */
    PACK_SS,        /* signed source, signed saturate */
} PackKind;

/* VRT = the 2n elements of VRA || VRB (each `size` bytes) narrowed to
 * size/2 bytes. Saturating kinds clamp to the target range and set
 * VSCR[SAT] when any element was clamped. */
static const PpcInsn *pack(PpcCpu *cpu, const PpcInsn *d, unsigned size,
                           PackKind kind)
{
    PpcVec a = VR(d->ra), b = VR(d->rb), t = { { 0, 0 } };
    unsigned n = 16 / size, half = size / 2, bits = 8 * half;
    uint64_t umax = (bits == 32 ? 0xffffffffULL : (1ULL << bits) - 1);
    int64_t smax = (int64_t)(umax >> 1), smin = -smax - 1;
    bool sat = false;
    for (unsigned i = 0; i < 2 * n; i++) {
        uint64_t x = elem_get(i < n ? a : b, i % n, size);
        int64_t s = sext_bytes(x, size);
        uint64_t r = x;
        switch (kind) {
        case PACK_MODULO:
            break;
        case PACK_UU:
            if (x > umax) {
                r = umax, sat = true;
            }
            break;
        case PACK_SU:
            if (s < 0) {
                r = 0, sat = true;
            } else if ((uint64_t)s > umax) {
                r = umax, sat = true;
            }
            break;
        case PACK_SS:
            if (s < smin) {
                r = (uint64_t)smin, sat = true;
            } else if (s > smax) {
                r = (uint64_t)smax, sat = true;
            }
            break;
        }
        elem_set(&t, i, half, r & umax);
    }
    VR(d->rt) = t;
    if (sat) {
        cpu->arch.vscr |= VSCR_SAT;
    }
    return d + 1;
}

#define PACK(name, size, kind) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return pack(cpu, d, size, kind); \
    }

PACK(vpkuhum, 2, PACK_MODULO)
PACK(vpkuwum, 4, PACK_MODULO)
PACK(vpkudum, 8, PACK_MODULO)
PACK(vpkuhus, 2, PACK_UU)
PACK(vpkuwus, 4, PACK_UU)
PACK(vpkudus, 8, PACK_UU)
PACK(vpkshus, 2, PACK_SU)
PACK(vpkswus, 4, PACK_SU)
PACK(vpksdus, 8, PACK_SU)
PACK(vpkshss, 2, PACK_SS)
PACK(vpkswss, 4, PACK_SS)
PACK(vpksdss, 8, PACK_SS)

/* Each word of VRA || VRB, as a 1:8:8:8 pixel, packs to a 1:5:5:5
 * halfword: bit 7 || bits 8:12 || bits 16:20 || bits 24:28. */
const PpcInsn *insn_vpkpx(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec a = VR(d->ra), b = VR(d->rb), t = { { 0, 0 } };
    for (unsigned i = 0; i < 8; i++) {
        uint32_t w = vec_w(i < 4 ? a : b, i % 4);
        uint16_t px = (uint16_t)(((w >> 24) & 1) << 15 |
                                 ((w >> 19) & 0x1f) << 10 |
                                 ((w >> 11) & 0x1f) << 5 |
                                 ((w >> 3) & 0x1f));
        vec_set_h(&t, i, px);
    }
    VR(d->rt) = t;
    return d + 1;
}

/* ---- unpack ---- */

/* VRT element i (2*size bytes) = VRB element first + i (size bytes)
 * sign-extended; first = 0 (high half) or 8/size (low half). */
static const PpcInsn *unpack(PpcCpu *cpu, const PpcInsn *d, unsigned size,
                             bool low)
{
    PpcVec b = VR(d->rb), t = { { 0, 0 } };
    unsigned n = 8 / size;
    for (unsigned i = 0; i < n; i++) {
        uint64_t x = elem_get(b, (low ? n : 0) + i, size);
        elem_set(&t, i, 2 * size, (uint64_t)sext_bytes(x, size));
    }
    VR(d->rt) = t;
    return d + 1;
}

#define UNPACK(name, size, low) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return unpack(cpu, d, size, low); \
    }

UNPACK(vupkhsb, 1, false)
UNPACK(vupkhsh, 2, false)
UNPACK(vupkhsw, 4, false)
UNPACK(vupklsb, 1, true)
UNPACK(vupklsh, 2, true)
UNPACK(vupklsw, 4, true)

/* Each 1:5:5:5 halfword of one half of VRB unpacks to a word: the
 * 1-bit field sign-extended to a byte, each 5-bit field zero-extended
 * to a byte. */
static const PpcInsn *unpack_pixel(PpcCpu *cpu, const PpcInsn *d, bool low)
{
    PpcVec b = VR(d->rb), t = { { 0, 0 } };
    for (unsigned i = 0; i < 4; i++) {
        uint16_t px = vec_h(b, (low ? 4 : 0) + i);
        uint32_t w = (px & 0x8000 ? 0xffu << 24 : 0) |
                     (uint32_t)((px >> 10) & 0x1f) << 16 |
                     (uint32_t)((px >> 5) & 0x1f) << 8 |
                     (uint32_t)(px & 0x1f);
        vec_set_w(&t, i, w);
    }
    VR(d->rt) = t;
    return d + 1;
}

const PpcInsn *insn_vupkhpx(PpcCpu *cpu, const PpcInsn *d)
{
    return unpack_pixel(cpu, d, false);
}

const PpcInsn *insn_vupklpx(PpcCpu *cpu, const PpcInsn *d)
{
    return unpack_pixel(cpu, d, true);
}
