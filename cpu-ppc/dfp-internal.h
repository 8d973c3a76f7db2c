/* SPDX-License-Identifier: MIT */
/*
 * Shared pieces of the decimal floating-point implementation (dfp-*.c)
 * and the BCD assists (Power ISA 3.0 Book I chapter 5): the DPD declet
 * codec, the decimal64/decimal128 formats, an unpacked number with a
 * decimal digit array as coefficient, rounding to a format in any of the
 * eight DFP rounding modes, and committing a result with its FPSCR
 * effects.
 *
 * MSR[FP]: every DFP row has F_FP, so the dispatcher raises the FP
 * unavailable interrupt before a handler runs. Registers are read and
 * written only through FPR(n); a decimal128 operand is the pair
 * FPR(n) (high doubleword) : FPR(n + 1), n even.
 */
#ifndef FARAD_CPU_PPC_DFP_INTERNAL_H
#define FARAD_CPU_PPC_DFP_INTERNAL_H

#include "fp-internal.h"

/* Value 0..999 of a 10-bit declet (any of the 1024, ISA Appendix B). */
unsigned dpd_declet_to_bin(unsigned dec);
/* The preferred declet of n (0..999). */
unsigned dpd_bin_to_declet(unsigned n);
/* Three BCD digits (12 bits) <-> declet; digits above 9 are taken mod
 * their weight (the ISA leaves such input undefined). */
unsigned dpd_bcd3_to_declet(unsigned bcd);
unsigned dpd_declet_to_bcd3(unsigned dec);


typedef unsigned __int128 dfp_u128;

/* Rounding modes: FPSCR[DRN] values (ISA 5.5.2 table). */
enum {
    DRN_NEAREST_EVEN = 0,
    DRN_TOWARD_ZERO = 1,
    DRN_TOWARD_PINF = 2,
    DRN_TOWARD_NINF = 3,
    DRN_NEAREST_AWAY = 4,
    DRN_NEAREST_TOWARD_ZERO = 5,
    DRN_AWAY = 6,
    DRN_PREPARE_SHORTER = 7,
};

/* A DFP storage format. */
typedef struct DfpFormat {
    unsigned width;     /* 64 or 128 bits */
    unsigned digits;    /* precision p: 16 or 34 */
    unsigned ebits;     /* exponent continuation bits: 8 or 12 */
    int bias;           /* 398 or 6176; also -Etiny (lowest exponent) */
    int qmax;           /* highest exponent: 369 or 6111 */
    int emin;           /* lowest normal adjusted exponent: -383, -6143 */
} DfpFormat;

extern const DfpFormat dfp_short;     /* decimal32 (drsp, dctdp only) */
extern const DfpFormat dfp_long;      /* decimal64 */
extern const DfpFormat dfp_extended;  /* decimal128 */

/* Number classes. */
typedef enum DecClass {
    DEC_FINITE, DEC_INF, DEC_QNAN, DEC_SNAN,
} DecClass;

/* Enough digits for a sum of two aligned quads plus guard digits and
 * for a product of two quads. */
#define DEC_MAXDIG 112

/*
 * An unpacked decimal number: (-1)^neg * coefficient * 10^exp. dig[0] is
 * the least significant digit; n is the count of significant digits
 * (0 for a zero coefficient), dig[n..] are 0. Infinities and NaNs have
 * their trailing significand field's digits in dig (the payload); NaNs
 * also keep their whole encoding in raw for propagation.
 */
typedef struct DecNum {
    DecClass cls;
    bool neg;
    int exp;
    unsigned n;
    dfp_u128 raw;
    uint8_t dig[DEC_MAXDIG];
} DecNum;

static inline bool dec_is_nan(const DecNum *x)
{
    return x->cls == DEC_QNAN || x->cls == DEC_SNAN;
}

/* ---- dfp-format.c ---- */

/* Decode a decimal64/128 bit pattern into *x. */
void dfp_unpack(const DfpFormat *f, dfp_u128 raw, DecNum *x);
/* Encode *x, which must fit f (n <= digits, exponent in range; rounded
 * by dec_round), as a bit pattern with preferred declets. */
dfp_u128 dfp_pack(const DfpFormat *f, const DecNum *x);
/* The trailing significand field of format f (the low bits). */
dfp_u128 dfp_trailing_mask(const DfpFormat *f);
/* An infinity or NaN of class x->cls, sign x->neg, with the trailing
 * field from x's low digits (as many as the format holds). */
dfp_u128 dfp_pack_special(const DfpFormat *f, const DecNum *x);
/* The operand of register r in format f (FPR(r), its low word for
 * decimal32, or the pair r:r+1). */
dfp_u128 dfp_read(PpcCpu *cpu, const DfpFormat *f, unsigned r);
void dfp_write(PpcCpu *cpu, const DfpFormat *f, unsigned r, dfp_u128 v);
/* Load register r of format f unpacked. */
void dfp_load(PpcCpu *cpu, const DfpFormat *f, unsigned r, DecNum *x);
/* FPRF (shifted into place) of a number that fits f. */
uint32_t dfp_fprf(const DfpFormat *f, const DecNum *x);
/* The default QNaN, an infinity, a zero. */
void dec_set_qnan(DecNum *x);
void dec_set_inf(DecNum *x, bool neg);
void dec_set_zero(DecNum *x, bool neg, int exp);
/* Recount n after digits changed. */
void dec_normalize(DecNum *x);
/* Coefficient <-> binary integer (n <= 38 digits). */
void dec_set_u128(DecNum *x, dfp_u128 v);
dfp_u128 dec_get_u128(const DecNum *x);
/* Multiply the coefficient by 10^k (k >= 0, result within DEC_MAXDIG). */
void dec_shift_left(DecNum *x, unsigned k);

/* ---- dfp-round.c ---- */

/* Round a finite *x (plus `sticky`: nonzero digits below dig[0]) to
 * format f in rounding mode `mode`, keeping at most f->digits digits and
 * no exponent below -f->bias; overflow gives infinity or the largest
 * magnitude as the mode says; an exponent above qmax is clamped by
 * padding the coefficient with zeros. Returns the FPSCR bits it raises:
 * FP_XX (inexact), FP_OX, FP_UX (tiny and inexact), and FP_FR when the
 * rounding incremented the coefficient (not after an overflow, where FR
 * is undefined). */
uint32_t dec_round(DecNum *x, const DfpFormat *f, unsigned mode,
                   bool sticky);
/* dec_round for the arithmetic instructions, with the enabled
 * exceptions of `fpscr` (ISA 5.5.10.3, 5.5.10.4, as 4.4.3, 4.4.4 for
 * binary FP): with UE=1 a tiny result, and with OE=1 an overflowing one,
 * is scaled by 10^+-alpha (alpha = 576 for decimal64, 9216 for
 * decimal128) and rounded to the precision, raising UX / OX (XX, FR
 * from that rounding). */
uint32_t dec_round_arith(DecNum *x, const DfpFormat *f, unsigned mode,
                         bool sticky, uint32_t fpscr);
/* Round finite *x to exponent exp when exp > x->exp (drop the digits
 * below 10^exp in `mode`; the coefficient may gain a digit), else leave
 * it. Returns FP_XX when a nonzero digit was dropped, with FP_FR when
 * the coefficient was incremented. No range checks. */
uint32_t dec_round_to_exp(DecNum *x, int exp, unsigned mode);
/* The rounding mode of a Z23-form instruction: RMC (bits 21-22), with
 * R (bit 15) for drintx/drintn (use_r), selects one of the eight;
 * RMC = 3 with R = 0 means DRN. */
unsigned dfp_rmc_mode(const PpcCpu *cpu, const PpcInsn *d, bool use_r);

/* ---- dfp-commit.c ---- */

/*
 * Finish a DFP instruction that produces x in format f to FRT(p) d->rt:
 * `exc` are the FPSCR exception bits the operation raised (VX* causes,
 * ZX, OX, UX, XX) and FP_FR from dec_round. Records them with FX, sets
 * FR, FI (inexact) and FPRF
 * (when set_fprf), writes the target unless an enabled invalid or
 * zero-divide exception suppresses it, CR1 for Rc=1 and the program
 * interrupt for an enabled exception when MSR[FE0,FE1] ask for one.
 */
const PpcInsn *dfp_commit(PpcCpu *cpu, const PpcInsn *d, const DfpFormat *f,
                          const DecNum *x, uint32_t exc, bool set_fprf);
/* dfp_commit to register frt instead of d->rt. */
const PpcInsn *dfp_commit_to(PpcCpu *cpu, const PpcInsn *d, unsigned frt,
                             const DfpFormat *f, const DecNum *x,
                             uint32_t exc, bool set_fprf);
/* dfp_commit of a bit pattern already encoded for f (an integer result
 * is one for &dfp_long), FPRF unchanged. */
const PpcInsn *dfp_commit_raw(PpcCpu *cpu, const PpcInsn *d,
                              const DfpFormat *f, dfp_u128 bits,
                              uint32_t exc);
/* Record exception bits exc without a result (compares, tests):
 * returns true when an enabled exception is pending and MSR[FE0,FE1]
 * ask for the interrupt. */
bool dfp_record(PpcCpu *cpu, uint32_t exc);
/* The result for NaN operands of a two-operand operation: the first
 * SNaN or else the first QNaN of a, b (b may be NULL) as a QNaN with the
 * same sign and payload; adds FP_VXSNAN to *exc for an SNaN. Returns
 * false when neither is a NaN. */
bool dec_nan_result(DecNum *r, const DecNum *a, const DecNum *b,
                    const DfpFormat *f, uint32_t *exc);

/* The format of a row: primary 63 rows are decimal128. */
static inline const DfpFormat *dfp_fmt(const PpcInsn *d)
{
    return (d->raw >> 26) == 63 ? &dfp_extended : &dfp_long;
}

static inline unsigned dfp_drn(const PpcCpu *cpu)
{
    return cpu->arch.fpscr_drn & 7;
}

#endif
