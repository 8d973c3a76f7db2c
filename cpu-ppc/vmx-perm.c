/* SPDX-License-Identifier: MIT */
/*
 * VMX permute, select, shift-by-octet, merge, splat, extract and insert
 * instructions, the permute-control loads lvsl/lvsr and the data-stream
 * hints (Power ISA 3.0B Book I chapter 6, Vector Permute and Formatting
 * Instructions; Book II, data stream hints).
 * Registers are read whole before VRT is written, so VRT may name a
 * source. Elements use the ISA numbering (vec.h) in both byte orders.
 * Where the ISA leaves a result undefined (an out-of-range UIM), farad
 * gives what QEMU 7.2 gives (tests/insn/vmxperm.vec records it).
 */
#include "insn.h"
#include "vec.h"

/* The 32 bytes VRA || VRB as one array, byte 0 = VRA byte 0. */
static void concat_bytes(PpcVec a, PpcVec b, uint8_t out[32])
{
    vec_to_be_bytes(a, out);
    vec_to_be_bytes(b, out + 16);
}

/* ---- permute and select (VA-form) ---- */

/* VRT byte i = (VRA || VRB) byte index_of(VRC byte i). */
static const PpcInsn *permute(PpcCpu *cpu, const PpcInsn *d, bool reverse)
{
    uint8_t src[32], out[16];
    concat_bytes(VR(d->ra), VR(d->rb), src);
    PpcVec c = VR(d->rc);
    for (unsigned i = 0; i < 16; i++) {
        unsigned idx = vec_b(c, i) & 0x1f;
        out[i] = src[reverse ? 31 - idx : idx];
    }
    VR(d->rt) = vec_from_be_bytes(out);
    return d + 1;
}

const PpcInsn *insn_vperm(PpcCpu *cpu, const PpcInsn *d)
{
    return permute(cpu, d, false);
}

const PpcInsn *insn_vpermr(PpcCpu *cpu, const PpcInsn *d)
{
    return permute(cpu, d, true);
}

/* VRT byte i = VRA byte (high nibble of VRC byte i) xor VRB byte (low). */
const PpcInsn *insn_vpermxor(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec a = VR(d->ra), b = VR(d->rb), c = VR(d->rc), t = { { 0, 0 } };
    for (unsigned i = 0; i < 16; i++) {
        uint8_t sel = vec_b(c, i);
        vec_set_b(&t, i, vec_b(a, sel >> 4) ^ vec_b(b, sel & 0xf));
    }
    VR(d->rt) = t;
    return d + 1;
}

const PpcInsn *insn_vsel(PpcCpu *cpu, const PpcInsn *d)
{
    PpcVec a = VR(d->ra), b = VR(d->rb), c = VR(d->rc), t;
    for (unsigned i = 0; i < 2; i++) {
        t.dw[i] = (a.dw[i] & ~c.dw[i]) | (b.dw[i] & c.dw[i]);
    }
    VR(d->rt) = t;
    return d + 1;
}

/* Bytes SHB..SHB+15 of VRA || VRB; SHB is bits 22-25 (the VRC field's
 * low 4 bits; bit 21 is reserved and ignored, as QEMU 7.2 does). */
const PpcInsn *insn_vsldoi(PpcCpu *cpu, const PpcInsn *d)
{
    uint8_t src[32];
    concat_bytes(VR(d->ra), VR(d->rb), src);
    VR(d->rt) = vec_from_be_bytes(src + (d->rc & 0xf));
    return d + 1;
}

/* ---- merge ---- */

/* Interleave elements of `size` bytes: VRT element 2k = VRA element
 * first + k, 2k+1 = VRB element first + k (first = 0 for high, 16/size/2
 * for low). */
static const PpcInsn *merge(PpcCpu *cpu, const PpcInsn *d, unsigned size,
                            bool low)
{
    uint8_t a[16], b[16], out[16];
    vec_to_be_bytes(VR(d->ra), a);
    vec_to_be_bytes(VR(d->rb), b);
    unsigned base = low ? 8 : 0;
    for (unsigned k = 0; k < 8 / size; k++) {
        for (unsigned j = 0; j < size; j++) {
            out[2 * k * size + j] = a[base + k * size + j];
            out[(2 * k + 1) * size + j] = b[base + k * size + j];
        }
    }
    VR(d->rt) = vec_from_be_bytes(out);
    return d + 1;
}

#define MERGE(name, size, low) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return merge(cpu, d, size, low); \
    }

MERGE(vmrghb, 1, false)
MERGE(vmrghh, 2, false)
MERGE(vmrghw, 4, false)
MERGE(vmrglb, 1, true)
MERGE(vmrglh, 2, true)
MERGE(vmrglw, 4, true)

/* Even (words 0, 2) or odd (1, 3) words of VRA and VRB, interleaved. */
static const PpcInsn *merge_words(PpcCpu *cpu, const PpcInsn *d,
                                  unsigned odd)
{
    PpcVec a = VR(d->ra), b = VR(d->rb), t = { { 0, 0 } };
    for (unsigned k = 0; k < 2; k++) {
        vec_set_w(&t, 2 * k, vec_w(a, 2 * k + odd));
        vec_set_w(&t, 2 * k + 1, vec_w(b, 2 * k + odd));
    }
    VR(d->rt) = t;
    return d + 1;
}

const PpcInsn *insn_vmrgew(PpcCpu *cpu, const PpcInsn *d)
{
    return merge_words(cpu, d, 0);
}

const PpcInsn *insn_vmrgow(PpcCpu *cpu, const PpcInsn *d)
{
    return merge_words(cpu, d, 1);
}

/* ---- splat ---- */

/* Every element of `size` bytes of VRT = VRB element UIM (the VRA
 * field; its high bits beyond the element count are ignored). */
static const PpcInsn *splat(PpcCpu *cpu, const PpcInsn *d, unsigned size)
{
    uint8_t b[16], out[16];
    vec_to_be_bytes(VR(d->rb), b);
    unsigned first = (d->ra * size) & 15;
    for (unsigned i = 0; i < 16; i++) {
        out[i] = b[first + i % size];
    }
    VR(d->rt) = vec_from_be_bytes(out);
    return d + 1;
}

const PpcInsn *insn_vspltb(PpcCpu *cpu, const PpcInsn *d)
{
    return splat(cpu, d, 1);
}

const PpcInsn *insn_vsplth(PpcCpu *cpu, const PpcInsn *d)
{
    return splat(cpu, d, 2);
}

const PpcInsn *insn_vspltw(PpcCpu *cpu, const PpcInsn *d)
{
    return splat(cpu, d, 4);
}

/* Every element of `size` bytes (1, 2, 4) = SIM (the 5-bit VRA field)
 * sign-extended. */
static PpcVec splat_imm(unsigned field, unsigned size)
{
    uint64_t sim = (uint64_t)(int64_t)((int8_t)(field << 3) >> 3);
    uint64_t mask = (1ULL << (8 * size)) - 1;
    uint64_t dw = 0;
    for (unsigned i = 0; i < 8 / size; i++) {
        dw = dw << (8 * size) | (sim & mask);
    }
    return (PpcVec){ { dw, dw } };
}

const PpcInsn *insn_vspltisb(PpcCpu *cpu, const PpcInsn *d)
{
    VR(d->rt) = splat_imm(d->ra, 1);
    return d + 1;
}

const PpcInsn *insn_vspltish(PpcCpu *cpu, const PpcInsn *d)
{
    VR(d->rt) = splat_imm(d->ra, 2);
    return d + 1;
}

const PpcInsn *insn_vspltisw(PpcCpu *cpu, const PpcInsn *d)
{
    VR(d->rt) = splat_imm(d->ra, 4);
    return d + 1;
}

/* ---- extract / insert ---- */

/* The `size` bytes of v starting at byte `first` (0..16-size, counted
 * from the left), as a number. */
static uint64_t bytes_at(PpcVec v, unsigned first, unsigned size)
{
    unsigned __int128 q = vec_u128(v) << (8 * first);
    return (uint64_t)(q >> (128 - 8 * size));
}

/* VRT = the `size` bytes of VRB at byte UIM (VRA field), zero-extended
 * into doubleword 0; doubleword 1 = 0. UIM > 16 - size is undefined in
 * the ISA; QEMU 7.2 (and farad) then extract at byte 0. */
static const PpcInsn *extract_imm(PpcCpu *cpu, const PpcInsn *d,
                                  unsigned size)
{
    unsigned uim = d->ra & 0xf;
    uint64_t x = bytes_at(VR(d->rb), uim > 16 - size ? 0 : uim, size);
    VR(d->rt) = (PpcVec){ { x, 0 } };
    return d + 1;
}

const PpcInsn *insn_vextractub(PpcCpu *cpu, const PpcInsn *d)
{
    return extract_imm(cpu, d, 1);
}

const PpcInsn *insn_vextractuh(PpcCpu *cpu, const PpcInsn *d)
{
    return extract_imm(cpu, d, 2);
}

const PpcInsn *insn_vextractuw(PpcCpu *cpu, const PpcInsn *d)
{
    return extract_imm(cpu, d, 4);
}

const PpcInsn *insn_vextractd(PpcCpu *cpu, const PpcInsn *d)
{
    return extract_imm(cpu, d, 8);
}

/* VRT bytes UIM..UIM+size-1 = the low `size` bytes of VRB doubleword 0
 * (bytes 8-size..7); the other bytes of VRT are kept. UIM > 16 - size
 * is undefined in the ISA; QEMU 7.2 (and farad) then leave VRT as is. */
static const PpcInsn *insert_imm(PpcCpu *cpu, const PpcInsn *d,
                                 unsigned size)
{
    unsigned uim = d->ra & 0xf;
    if (uim > 16 - size) {
        return d + 1;
    }
    uint8_t b[16], t[16];
    vec_to_be_bytes(VR(d->rb), b);
    vec_to_be_bytes(VR(d->rt), t);
    for (unsigned j = 0; j < size; j++) {
        t[uim + j] = b[8 - size + j];
    }
    VR(d->rt) = vec_from_be_bytes(t);
    return d + 1;
}

const PpcInsn *insn_vinsertb(PpcCpu *cpu, const PpcInsn *d)
{
    return insert_imm(cpu, d, 1);
}

const PpcInsn *insn_vinserth(PpcCpu *cpu, const PpcInsn *d)
{
    return insert_imm(cpu, d, 2);
}

const PpcInsn *insn_vinsertw(PpcCpu *cpu, const PpcInsn *d)
{
    return insert_imm(cpu, d, 4);
}

const PpcInsn *insn_vinsertd(PpcCpu *cpu, const PpcInsn *d)
{
    return insert_imm(cpu, d, 8);
}

/* RT = the `size` bytes of VRB at index RA[60:63], counted from the left
 * (..lx) or from the right (..rx), zero-extended. Indexes past the last
 * whole element (left 16 - size, right likewise) are undefined in the
 * ISA; farad gives what QEMU 7.2 does: VRB as a signed 128-bit number
 * shifted right arithmetically by 8 * ((16 - index - size) mod 16) bytes
 * (left) or 8 * index (right), low 8 * size bits. */
static const PpcInsn *extract_gpr(PpcCpu *cpu, const PpcInsn *d,
                                  unsigned size, bool from_right)
{
    unsigned idx = GPR(d->ra) & 0xf;
    unsigned bytes = from_right ? idx : (16 - idx - size) & 0xf;
    __int128 q = (__int128)vec_u128(VR(d->rb));
    uint64_t mask = (1ULL << (8 * size)) - 1;
    GPR(d->rt) = (uint64_t)(q >> (8 * bytes)) & mask;
    return d + 1;
}

#define EXTRACT_GPR(name, size, right) \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d) \
    { \
        return extract_gpr(cpu, d, size, right); \
    }

EXTRACT_GPR(vextublx, 1, false)
EXTRACT_GPR(vextuhlx, 2, false)
EXTRACT_GPR(vextuwlx, 4, false)
EXTRACT_GPR(vextubrx, 1, true)
EXTRACT_GPR(vextuhrx, 2, true)
EXTRACT_GPR(vextuwrx, 4, true)

/* ---- permute control (no storage access) ---- */

/* VRT byte i = first + i, where first derives from EA[60:63] (the same
 * in both byte orders). */
static const PpcInsn *permute_control(PpcCpu *cpu, const PpcInsn *d,
                                      bool right)
{
    unsigned sh = ppc_ea_x(cpu, d) & 0xf;
    unsigned first = right ? 16 - sh : sh;
    uint8_t out[16];
    for (unsigned i = 0; i < 16; i++) {
        out[i] = (uint8_t)(first + i);
    }
    VR(d->rt) = vec_from_be_bytes(out);
    return d + 1;
}

const PpcInsn *insn_lvsl(PpcCpu *cpu, const PpcInsn *d)
{
    return permute_control(cpu, d, false);
}

const PpcInsn *insn_lvsr(PpcCpu *cpu, const PpcInsn *d)
{
    return permute_control(cpu, d, true);
}

/* ---- data-stream hints: no effect ---- */

/* dst/dstst (and their T forms): a no-op hint, but RA = 0 is an invalid
 * form, which QEMU 7.2 turns into the illegal-instruction interrupt. */
const PpcInsn *insn_dst(PpcCpu *cpu, const PpcInsn *d)
{
    return d->ra ? d + 1 : insn_illegal(cpu, d);
}

const PpcInsn *insn_dstst(PpcCpu *cpu, const PpcInsn *d)
{
    return d->ra ? d + 1 : insn_illegal(cpu, d);
}

const PpcInsn *insn_dss(PpcCpu *cpu, const PpcInsn *d)
{
    (void)cpu;
    return d + 1;
}
