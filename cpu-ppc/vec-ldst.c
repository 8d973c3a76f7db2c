/* SPDX-License-Identifier: MIT */
/*
 * VMX and VSX loads and stores (Power ISA 3.0 Book I 6.7.2-6.7.3 and
 * 7.6.1): the VMX element and quadword forms, the VSX scalar, vector,
 * splat, length-controlled and DS/DQ forms.
 *
 * Registers use the ISA's element numbering in both byte orders; only
 * the memory image differs. A quadword access is read as its big-endian
 * byte image (vec.h vec_load16) and, in little-endian mode, each element
 * of the instruction's element size is byte-reversed: lxvb16x has
 * 1-byte elements (same image in both orders), lxvh8x 2, lxvw4x 4,
 * lxvd2x 8, and lvx/lxvx/lxv one 16-byte element (the whole quadword
 * reversed). All accesses go through ppc_load/ppc_store (translation,
 * DSI, code invalidation); POWER9 takes no alignment interrupt for
 * these, lvx/stvx ignore the low 4 EA bits and the element forms the
 * low bits below the element size.
 *
 * Scalar loads write doubleword 0 of the VSR and leave doubleword 1 as
 * it was (ISA 3.0: undefined; QEMU 7.2 leaves it), except the ones QEMU
 * 7.2 zeroes: the DS-form lxsd and lxssp (ISA 3.1 zeroes it everywhere).
 */
#include "fp-internal.h"
#include "vec.h"

/* ---- VMX (VR operands, MSR[VEC] checked by the dispatcher) ---- */

/* Element number, in ISA numbering, of the esz-byte element that EA
 * (already aligned down) addresses in a VR: byte offset eb in a
 * big-endian quadword, mirrored in little-endian mode. */
static inline unsigned vmx_elem(const PpcCpu *cpu, uint64_t ea, unsigned esz)
{
    unsigned eb = ea & 0xf;
    return (cpu->le ? 16 - esz - eb : eb) / esz;
}

static void vec_set_elem(PpcVec *v, unsigned i, unsigned esz, uint64_t x)
{
    switch (esz) {
    case 1: vec_set_b(v, i, (uint8_t)x); break;
    case 2: vec_set_h(v, i, (uint16_t)x); break;
    default: vec_set_w(v, i, (uint32_t)x); break;
    }
}

static uint64_t vec_elem(PpcVec v, unsigned i, unsigned esz)
{
    switch (esz) {
    case 1: return vec_b(v, i);
    case 2: return vec_h(v, i);
    default: return vec_w(v, i);
    }
}

/* lvebx/lvehx/lvewx: one element; the other elements are undefined in
 * the ISA and left unchanged (as QEMU 7.2 does). */
static const PpcInsn *vmx_load_elem(PpcCpu *cpu, const PpcInsn *d,
                                    unsigned esz)
{
    uint64_t ea = ppc_ea_x(cpu, d) & ~(uint64_t)(esz - 1), x;
    if (!ppc_load(cpu, d, ea, esz, &x)) {
        return NULL;
    }
    vec_set_elem(&VR(d->rt), vmx_elem(cpu, ea, esz), esz, x);
    return d + 1;
}

static const PpcInsn *vmx_store_elem(PpcCpu *cpu, const PpcInsn *d,
                                     unsigned esz)
{
    uint64_t ea = ppc_ea_x(cpu, d) & ~(uint64_t)(esz - 1);
    uint64_t x = vec_elem(VR(d->rt), vmx_elem(cpu, ea, esz), esz);
    return ppc_store(cpu, d, ea, esz, x) ? d + 1 : NULL;
}

/* The quadword forms of every kind: the 16 bytes at ea to/from VSR t
 * with esz-byte elements (see the file comment). */
static const PpcInsn *vec_load_quad(PpcCpu *cpu, const PpcInsn *d,
                                    uint64_t ea, unsigned t, unsigned esz)
{
    PpcVec img;
    if (!vec_load16(cpu, d, ea, &img)) {
        return NULL;
    }
    ppc_vsr_set(cpu, t, cpu->le ? vec_bswap_elems(img, esz) : img);
    return d + 1;
}

static const PpcInsn *vec_store_quad(PpcCpu *cpu, const PpcInsn *d,
                                     uint64_t ea, unsigned s, unsigned esz)
{
    PpcVec v = ppc_vsr_get(cpu, s);
    return vec_store16(cpu, d, ea, cpu->le ? vec_bswap_elems(v, esz) : v)
           ? d + 1 : NULL;
}

static inline uint64_t vmx_quad_ea(const PpcCpu *cpu, const PpcInsn *d)
{
    return ppc_ea_x(cpu, d) & ~0xfULL;
}

const PpcInsn *insn_lvebx(PpcCpu *cpu, const PpcInsn *d) { return vmx_load_elem(cpu, d, 1); }
const PpcInsn *insn_lvehx(PpcCpu *cpu, const PpcInsn *d) { return vmx_load_elem(cpu, d, 2); }
const PpcInsn *insn_lvewx(PpcCpu *cpu, const PpcInsn *d) { return vmx_load_elem(cpu, d, 4); }
const PpcInsn *insn_stvebx(PpcCpu *cpu, const PpcInsn *d) { return vmx_store_elem(cpu, d, 1); }
const PpcInsn *insn_stvehx(PpcCpu *cpu, const PpcInsn *d) { return vmx_store_elem(cpu, d, 2); }
const PpcInsn *insn_stvewx(PpcCpu *cpu, const PpcInsn *d) { return vmx_store_elem(cpu, d, 4); }
/* lvxl/stvxl: the "least recently used" hint has no effect here */
const PpcInsn *insn_lvx(PpcCpu *cpu, const PpcInsn *d) { return vec_load_quad(cpu, d, vmx_quad_ea(cpu, d), 32 + d->rt, 16); }
const PpcInsn *insn_lvxl(PpcCpu *cpu, const PpcInsn *d) { return vec_load_quad(cpu, d, vmx_quad_ea(cpu, d), 32 + d->rt, 16); }
const PpcInsn *insn_stvx(PpcCpu *cpu, const PpcInsn *d) { return vec_store_quad(cpu, d, vmx_quad_ea(cpu, d), 32 + d->rt, 16); }
const PpcInsn *insn_stvxl(PpcCpu *cpu, const PpcInsn *d) { return vec_store_quad(cpu, d, vmx_quad_ea(cpu, d), 32 + d->rt, 16); }

/* ---- VSX scalar ---- */

enum { S_DOUBLE, S_SINGLE, S_WORD_SIGNED, S_ZERO };
/* kind flag: doubleword 1 of the target becomes 0 (the DS-form lxsd and
 * lxssp in QEMU 7.2, and ISA 3.1; ISA 3.0 leaves it undefined) */
enum { S_CLEAR_DW1 = 0x10 };

/* Doubleword 0 of VSR t from the size-byte value at ea: S_DOUBLE as
 * is, S_SINGLE converted to double (ConvertSPtoDP_NS, like lfs),
 * S_WORD_SIGNED sign-extended, S_ZERO zero-extended; doubleword 1 is
 * kept unless kind has S_CLEAR_DW1. */
static const PpcInsn *vsx_load_scalar(PpcCpu *cpu, const PpcInsn *d,
                                      uint64_t ea, unsigned t,
                                      unsigned size, int kind)
{
    uint64_t x;
    if (!ppc_load(cpu, d, ea, size, &x)) {
        return NULL;
    }
    if ((kind & ~S_CLEAR_DW1) == S_SINGLE) {
        x = fp_single_to_double((uint32_t)x);
    } else if (kind == S_WORD_SIGNED) {
        x = (uint64_t)(int64_t)(int32_t)x;
    }
    PpcVec v = ppc_vsr_get(cpu, t);
    v.dw[0] = x;
    if (kind & S_CLEAR_DW1) {
        v.dw[1] = 0;
    }
    ppc_vsr_set(cpu, t, v);
    return d + 1;
}

/* Doubleword 0 of VSR s to size bytes at ea: S_SINGLE converted to
 * single (ConvertDPtoSP_NS, like stfs), else its low size bytes. */
static const PpcInsn *vsx_store_scalar(PpcCpu *cpu, const PpcInsn *d,
                                       uint64_t ea, unsigned s,
                                       unsigned size, int kind)
{
    uint64_t x = ppc_vsr_get(cpu, s).dw[0];
    if (kind == S_SINGLE) {
        x = fp_double_to_single(x);
    }
    return ppc_store(cpu, d, ea, size, x) ? d + 1 : NULL;
}

const PpcInsn *insn_lxsdx(PpcCpu *cpu, const PpcInsn *d) { return vsx_load_scalar(cpu, d, ppc_ea_x(cpu, d), d->rt, 8, S_DOUBLE); }
const PpcInsn *insn_lxsspx(PpcCpu *cpu, const PpcInsn *d) { return vsx_load_scalar(cpu, d, ppc_ea_x(cpu, d), d->rt, 4, S_SINGLE); }
const PpcInsn *insn_lxsiwax(PpcCpu *cpu, const PpcInsn *d) { return vsx_load_scalar(cpu, d, ppc_ea_x(cpu, d), d->rt, 4, S_WORD_SIGNED); }
const PpcInsn *insn_lxsiwzx(PpcCpu *cpu, const PpcInsn *d) { return vsx_load_scalar(cpu, d, ppc_ea_x(cpu, d), d->rt, 4, S_ZERO); }
const PpcInsn *insn_stxsdx(PpcCpu *cpu, const PpcInsn *d) { return vsx_store_scalar(cpu, d, ppc_ea_x(cpu, d), d->rt, 8, S_DOUBLE); }
const PpcInsn *insn_stxsspx(PpcCpu *cpu, const PpcInsn *d) { return vsx_store_scalar(cpu, d, ppc_ea_x(cpu, d), d->rt, 4, S_SINGLE); }
const PpcInsn *insn_stxsiwx(PpcCpu *cpu, const PpcInsn *d) { return vsx_store_scalar(cpu, d, ppc_ea_x(cpu, d), d->rt, 4, S_ZERO); }

/* Byte and halfword forms: the facility follows the register half. */
static const PpcInsn *vsx_load_small(PpcCpu *cpu, const PpcInsn *d,
                                     unsigned size)
{
    if (!vec_vsr_facility(cpu, d, d->rt)) {
        return NULL;
    }
    return vsx_load_scalar(cpu, d, ppc_ea_x(cpu, d), d->rt, size, S_ZERO);
}

static const PpcInsn *vsx_store_small(PpcCpu *cpu, const PpcInsn *d,
                                      unsigned size)
{
    if (!vec_vsr_facility(cpu, d, d->rt)) {
        return NULL;
    }
    return vsx_store_scalar(cpu, d, ppc_ea_x(cpu, d), d->rt, size, S_ZERO);
}

const PpcInsn *insn_lxsibzx(PpcCpu *cpu, const PpcInsn *d) { return vsx_load_small(cpu, d, 1); }
const PpcInsn *insn_lxsihzx(PpcCpu *cpu, const PpcInsn *d) { return vsx_load_small(cpu, d, 2); }
const PpcInsn *insn_stxsibx(PpcCpu *cpu, const PpcInsn *d) { return vsx_store_small(cpu, d, 1); }
const PpcInsn *insn_stxsihx(PpcCpu *cpu, const PpcInsn *d) { return vsx_store_small(cpu, d, 2); }

/* DS-form, VR operand (VRT = VSR 32 + RT), MSR[VEC] */
const PpcInsn *insn_lxsd(PpcCpu *cpu, const PpcInsn *d) { return vsx_load_scalar(cpu, d, ppc_ea_d(cpu, d), 32 + d->rt, 8, S_DOUBLE | S_CLEAR_DW1); }
const PpcInsn *insn_lxssp(PpcCpu *cpu, const PpcInsn *d) { return vsx_load_scalar(cpu, d, ppc_ea_d(cpu, d), 32 + d->rt, 4, S_SINGLE | S_CLEAR_DW1); }
const PpcInsn *insn_stxsd(PpcCpu *cpu, const PpcInsn *d) { return vsx_store_scalar(cpu, d, ppc_ea_d(cpu, d), 32 + d->rt, 8, S_DOUBLE); }
const PpcInsn *insn_stxssp(PpcCpu *cpu, const PpcInsn *d) { return vsx_store_scalar(cpu, d, ppc_ea_d(cpu, d), 32 + d->rt, 4, S_SINGLE); }

/* ---- VSX vector ---- */

const PpcInsn *insn_lxvd2x(PpcCpu *cpu, const PpcInsn *d) { return vec_load_quad(cpu, d, ppc_ea_x(cpu, d), d->rt, 8); }
const PpcInsn *insn_lxvw4x(PpcCpu *cpu, const PpcInsn *d) { return vec_load_quad(cpu, d, ppc_ea_x(cpu, d), d->rt, 4); }
const PpcInsn *insn_lxvh8x(PpcCpu *cpu, const PpcInsn *d) { return vec_load_quad(cpu, d, ppc_ea_x(cpu, d), d->rt, 2); }
const PpcInsn *insn_lxvb16x(PpcCpu *cpu, const PpcInsn *d) { return vec_load_quad(cpu, d, ppc_ea_x(cpu, d), d->rt, 1); }
const PpcInsn *insn_stxvd2x(PpcCpu *cpu, const PpcInsn *d) { return vec_store_quad(cpu, d, ppc_ea_x(cpu, d), d->rt, 8); }
const PpcInsn *insn_stxvw4x(PpcCpu *cpu, const PpcInsn *d) { return vec_store_quad(cpu, d, ppc_ea_x(cpu, d), d->rt, 4); }
const PpcInsn *insn_stxvh8x(PpcCpu *cpu, const PpcInsn *d) { return vec_store_quad(cpu, d, ppc_ea_x(cpu, d), d->rt, 2); }
const PpcInsn *insn_stxvb16x(PpcCpu *cpu, const PpcInsn *d) { return vec_store_quad(cpu, d, ppc_ea_x(cpu, d), d->rt, 1); }

/* lxvx/stxvx/lxv/stxv: one 16-byte element, facility by register half */
static const PpcInsn *vsx_load_whole(PpcCpu *cpu, const PpcInsn *d,
                                     uint64_t ea)
{
    if (!vec_vsr_facility(cpu, d, d->rt)) {
        return NULL;
    }
    return vec_load_quad(cpu, d, ea, d->rt, 16);
}

static const PpcInsn *vsx_store_whole(PpcCpu *cpu, const PpcInsn *d,
                                      uint64_t ea)
{
    if (!vec_vsr_facility(cpu, d, d->rt)) {
        return NULL;
    }
    return vec_store_quad(cpu, d, ea, d->rt, 16);
}

const PpcInsn *insn_lxvx(PpcCpu *cpu, const PpcInsn *d) { return vsx_load_whole(cpu, d, ppc_ea_x(cpu, d)); }
const PpcInsn *insn_stxvx(PpcCpu *cpu, const PpcInsn *d) { return vsx_store_whole(cpu, d, ppc_ea_x(cpu, d)); }
const PpcInsn *insn_lxv(PpcCpu *cpu, const PpcInsn *d) { return vsx_load_whole(cpu, d, ppc_ea_d(cpu, d)); }
const PpcInsn *insn_stxv(PpcCpu *cpu, const PpcInsn *d) { return vsx_store_whole(cpu, d, ppc_ea_d(cpu, d)); }

/* Splats: one element loaded in the current byte order, copied to
 * every element. */
const PpcInsn *insn_lxvdsx(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t x;
    if (!ppc_load(cpu, d, ppc_ea_x(cpu, d), 8, &x)) {
        return NULL;
    }
    ppc_vsr_set(cpu, d->rt, (PpcVec){ { x, x } });
    return d + 1;
}

const PpcInsn *insn_lxvwsx(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t x;
    if (!vec_vsr_facility(cpu, d, d->rt) ||
        !ppc_load(cpu, d, ppc_ea_x(cpu, d), 4, &x)) {
        return NULL;
    }
    x |= x << 32;
    ppc_vsr_set(cpu, d->rt, (PpcVec){ { x, x } });
    return d + 1;
}

/* Length-controlled: EA = (RA|0), byte count nb = GPR[RB] bits 0:7
 * capped at 16, bytes accessed one by one in address order. Byte i of
 * memory is VSR byte i ("left-justified": lxvll/stxvll in both orders,
 * lxvl/stxvl in big-endian mode) or VSR byte 15 - i (lxvl/stxvl in
 * little-endian mode). The load zeroes the bytes it does not load. */
static const PpcInsn *vsx_length_access(PpcCpu *cpu, const PpcInsn *d,
                                        bool store, bool left)
{
    if (!vec_vsr_facility(cpu, d, d->rt)) {
        return NULL;
    }
    uint64_t ea = d->ra ? GPR(d->ra) : 0;
    unsigned nb = (unsigned)(GPR(d->rb) >> 56);
    nb = nb > 16 ? 16 : nb;
    bool mirror = !left && cpu->le;
    PpcVec v = store ? ppc_vsr_get(cpu, d->rt) : (PpcVec){ { 0, 0 } };
    for (unsigned i = 0; i < nb; i++) {
        unsigned byte = mirror ? 15 - i : i;
        uint64_t a = ppc_ea(cpu, ea + i), x;
        if (store) {
            if (!ppc_store(cpu, d, a, 1, vec_b(v, byte))) {
                return NULL;
            }
        } else {
            if (!ppc_load(cpu, d, a, 1, &x)) {
                return NULL;
            }
            vec_set_b(&v, byte, (uint8_t)x);
        }
    }
    if (!store) {
        ppc_vsr_set(cpu, d->rt, v);
    }
    return d + 1;
}

const PpcInsn *insn_lxvl(PpcCpu *cpu, const PpcInsn *d) { return vsx_length_access(cpu, d, false, false); }
const PpcInsn *insn_lxvll(PpcCpu *cpu, const PpcInsn *d) { return vsx_length_access(cpu, d, false, true); }
const PpcInsn *insn_stxvl(PpcCpu *cpu, const PpcInsn *d) { return vsx_length_access(cpu, d, true, false); }
const PpcInsn *insn_stxvll(PpcCpu *cpu, const PpcInsn *d) { return vsx_length_access(cpu, d, true, true); }
