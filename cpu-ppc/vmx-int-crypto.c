/* SPDX-License-Identifier: MIT */
/*
 * VMX crypto (Power ISA 3.0B Book I chapter 6): one AES round
 * (vcipher, vncipher and their last-round forms, vsbox) and the SHA-256
 * / SHA-512 sigma functions (vshasigmaw, vshasigmad). The AES state is
 * VRA with byte k (ISA numbering) at row k % 4, column k / 4, as FIPS
 * 197 maps its input bytes; the S-box is computed from its definition
 * (multiplicative inverse in GF(2^8), then the affine transform).
 */
#include "vmx-int.h"

/* ---- GF(2^8) modulo x^8 + x^4 + x^3 + x + 1 ---- */

static uint8_t gf_mul(uint8_t a, uint8_t b)
{
    uint8_t r = 0;
    while (b) {
        if (b & 1) {
            r ^= a;
        }
        a = (uint8_t)((a << 1) ^ ((a & 0x80) ? 0x1b : 0));
        b >>= 1;
    }
    return r;
}

/* Multiplicative inverse (0 maps to 0): a^254. */
static uint8_t gf_inv(uint8_t a)
{
    uint8_t r = 1, p = a;
    for (unsigned e = 254; e; e >>= 1) {
        if (e & 1) {
            r = gf_mul(r, p);
        }
        p = gf_mul(p, p);
    }
    return r;
}

static inline uint8_t rotl8(uint8_t x, unsigned n)
{
    return (uint8_t)((x << n) | (x >> (8 - n)));
}

static uint8_t sbox(uint8_t x)
{
    uint8_t b = gf_inv(x);
    return b ^ rotl8(b, 1) ^ rotl8(b, 2) ^ rotl8(b, 3) ^ rotl8(b, 4) ^ 0x63;
}

static uint8_t inv_sbox(uint8_t y)
{
    return gf_inv(rotl8(y, 1) ^ rotl8(y, 3) ^ rotl8(y, 6) ^ 0x05);
}

/* ---- the round steps on a 16-byte state ---- */

typedef struct AesState {
    uint8_t s[16];  /* s[4 * column + row] */
} AesState;

static AesState state_of(PpcVec v)
{
    AesState st;
    vec_to_be_bytes(v, st.s);
    return st;
}

static PpcVec vec_of(const AesState *st)
{
    return vec_from_be_bytes(st->s);
}

static void sub_bytes(AesState *st, bool inverse)
{
    for (unsigned k = 0; k < 16; k++) {
        st->s[k] = inverse ? inv_sbox(st->s[k]) : sbox(st->s[k]);
    }
}

/* Row r rotates left by r columns (right for the inverse). */
static void shift_rows(AesState *st, bool inverse)
{
    AesState o = *st;
    for (unsigned c = 0; c < 4; c++) {
        for (unsigned r = 0; r < 4; r++) {
            unsigned from = inverse ? (c + 4 - r) % 4 : (c + r) % 4;
            st->s[4 * c + r] = o.s[4 * from + r];
        }
    }
}

/* Each column times the circulant matrix (2 3 1 1), or (14 11 13 9). */
static void mix_columns(AesState *st, bool inverse)
{
    static const uint8_t fwd[4] = { 2, 3, 1, 1 }, inv[4] = { 14, 11, 13, 9 };
    const uint8_t *m = inverse ? inv : fwd;
    for (unsigned c = 0; c < 4; c++) {
        uint8_t *col = &st->s[4 * c], o[4] = { col[0], col[1], col[2], col[3] };
        for (unsigned r = 0; r < 4; r++) {
            uint8_t x = 0;
            for (unsigned k = 0; k < 4; k++) {
                x ^= gf_mul(m[(k + 4 - r) % 4], o[k]);
            }
            col[r] = x;
        }
    }
}

static PpcVec add_round_key(const AesState *st, PpcVec key)
{
    PpcVec v = vec_of(st);
    return (PpcVec){ { v.dw[0] ^ key.dw[0], v.dw[1] ^ key.dw[1] } };
}

/* vcipher: SubBytes, ShiftRows, MixColumns (not for the last round),
 * then the round key VRB. */
static PpcVec cipher_round(PpcVec a, PpcVec key, bool last)
{
    AesState st = state_of(a);
    sub_bytes(&st, false);
    shift_rows(&st, false);
    if (!last) {
        mix_columns(&st, false);
    }
    return add_round_key(&st, key);
}

/* vncipher: InvShiftRows, InvSubBytes, the round key VRB, then
 * InvMixColumns (not for the last round). */
static PpcVec ncipher_round(PpcVec a, PpcVec key, bool last)
{
    AesState st = state_of(a);
    shift_rows(&st, true);
    sub_bytes(&st, true);
    PpcVec v = add_round_key(&st, key);
    if (last) {
        return v;
    }
    st = state_of(v);
    mix_columns(&st, true);
    return vec_of(&st);
}

#define AES_ROUND(name, fn, last)                                         \
    const PpcInsn *insn_##name(PpcCpu *cpu, const PpcInsn *d)             \
    {                                                                     \
        VR(d->rt) = fn(VR(d->ra), VR(d->rb), last);                       \
        return d + 1;                                                     \
    }

AES_ROUND(vcipher, cipher_round, false)
AES_ROUND(vcipherlast, cipher_round, true)
AES_ROUND(vncipher, ncipher_round, false)
AES_ROUND(vncipherlast, ncipher_round, true)

/* vsbox VRT,VRA: SubBytes alone. */
const PpcInsn *insn_vsbox(PpcCpu *cpu, const PpcInsn *d)
{
    AesState st = state_of(VR(d->ra));
    sub_bytes(&st, false);
    VR(d->rt) = vec_of(&st);
    return d + 1;
}

/* ---- SHA-2 sigma functions: VRT,VRA,ST,SIX with ST = bit 16 and SIX
 * = bits 17:20 (the VRB field); SIX bit k selects sigma1 / Sigma1 for
 * element k (words) or 2k (doublewords) ---- */

static inline uint64_t rotr_elem(uint64_t x, unsigned n, unsigned bits)
{
    return ((x >> n) | (x << (bits - n))) & vec_ones(bits);
}

/* The sigma (st = 0: lower-case, with a shift) or Sigma (st = 1)
 * function number `one` (0 or 1) of SHA-256 (bits 32) / SHA-512 (64). */
static uint64_t sha_sigma(uint64_t x, unsigned bits, bool st, bool one)
{
    static const uint8_t w[2][2][3] = {
        { { 7, 18, 3 }, { 17, 19, 10 } },   /* sigma0, sigma1 */
        { { 2, 13, 22 }, { 6, 11, 25 } },   /* Sigma0, Sigma1 */
    };
    static const uint8_t dw[2][2][3] = {
        { { 1, 8, 7 }, { 19, 61, 6 } },
        { { 28, 34, 39 }, { 14, 18, 41 } },
    };
    const uint8_t *k = bits == 32 ? w[st][one] : dw[st][one];
    uint64_t third = st ? rotr_elem(x, k[2], bits) : x >> k[2];
    return rotr_elem(x, k[0], bits) ^ rotr_elem(x, k[1], bits) ^ third;
}

static PpcVec sha_sigma_vec(PpcVec a, unsigned bits, unsigned field)
{
    bool st = (field >> 4) & 1;
    unsigned six = field & 0xf;
    PpcVec t = { { 0, 0 } };
    for (unsigned i = 0; i < VEC_N(bits); i++) {
        unsigned sel = bits == 32 ? i : 2 * i;
        bool one = (six >> (3 - sel)) & 1;
        vec_set_elem(&t, bits, i,
                     sha_sigma(vec_elem(a, bits, i), bits, st, one));
    }
    return t;
}

const PpcInsn *insn_vshasigmaw(PpcCpu *cpu, const PpcInsn *d)
{
    VR(d->rt) = sha_sigma_vec(VR(d->ra), 32, d->rb);
    return d + 1;
}

const PpcInsn *insn_vshasigmad(PpcCpu *cpu, const PpcInsn *d)
{
    VR(d->rt) = sha_sigma_vec(VR(d->ra), 64, d->rb);
    return d + 1;
}
