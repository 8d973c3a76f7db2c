/* SPDX-License-Identifier: MIT */
/*
 * VSX scalar quad-precision floating point (Power ISA 3.0B Book I 7.6,
 * primary 63 with VRs): arithmetic xsaddqp .. xssqrtqp with round to
 * odd (RO, bit 31), compares, data class, sign operations, exponent and
 * significand access, conversions and round to integral.
 *
 * Arithmetic uses the host's IEEE binary128 (__float128): on x86-64 its
 * libgcc soft-fp reads the rounding mode from MXCSR and raises the IEEE
 * flags there, so fp_host_enter/leave give exact results and flags in
 * every mode. Round to odd is the toward-zero result with the inexact
 * sticky in the last bit; FR compares the result with the toward-zero
 * one; tininess is detected before rounding (the toward-zero magnitude
 * below 2^-16382). Square root is computed here bit by bit (the host
 * library's is not correctly rounded). The fused multiply-add is
 * libquadmath's fmaq (correctly rounded, <fenv.h> modes and flags).
 *
 * Enabled overflow/underflow (OE=1, UE=1) deliver the exponent-adjusted
 * result (q_adjusted, q_fma_adjusted).
 */
#include <fenv.h>
#include <quadmath.h>

#include "fp-internal.h"
#include "vsx-scalar.h"

typedef unsigned __int128 u128;

#define Q_SIGN ((u128)1 << 127)
#define Q_EXP ((u128)0x7fff << 112)
#define Q_FRAC (((u128)1 << 112) - 1)
#define Q_HIDDEN ((u128)1 << 112)
#define Q_QBIT ((u128)1 << 111)
#define Q_MINNORM ((u128)1 << 112)
#define Q_DNAN (Q_EXP | Q_QBIT)

static inline bool q_is_nan(u128 x) { return (x & ~Q_SIGN) > Q_EXP; }
static inline bool q_is_snan(u128 x) { return q_is_nan(x) && !(x & Q_QBIT); }
static inline bool q_is_inf(u128 x) { return (x & ~Q_SIGN) == Q_EXP; }
static inline bool q_is_zero(u128 x) { return (x & ~Q_SIGN) == 0; }
static inline unsigned q_exp(u128 x) { return (unsigned)(x >> 112) & 0x7fff; }

static inline u128 vrq(const PpcCpu *cpu, unsigned n)
{
    return vec_u128(cpu->arch.vr[n]);
}

static inline void set_vrq(PpcCpu *cpu, unsigned n, u128 v)
{
    cpu->arch.vr[n] = vec_from_u128(v);
}

static inline __float128 q_f(u128 x) { __float128 f; memcpy(&f, &x, 16); return f; }
static inline u128 q_u(__float128 f) { u128 x; memcpy(&x, &f, 16); return x; }

#define Q_BARRIER(x) __asm__ volatile("" : "+m"(x))

/* libgcc's soft-fp (x86) raises overflow and underflow in the x87
 * status word, the other flags in MXCSR: both are read (the same bit
 * layout, HF_*). */
#if defined(__x86_64__) || defined(__i386__)
static inline void q_x87_clear(void)
{
    __asm__ volatile("fnclex");
}

static inline unsigned q_x87_flags(void)
{
    uint16_t sw;
    __asm__ volatile("fnstsw %0" : "=am"(sw));
    return sw & 0x3d;
}
#else
static inline void q_x87_clear(void) {}
static inline unsigned q_x87_flags(void) { return 0; }
#endif

/* FPRF of quad x. */
static uint32_t q_fprf(u128 x)
{
    bool neg = x >> 127;
    u128 m = x & ~Q_SIGN;
    uint32_t v = m > Q_EXP ? 0x11 : m == Q_EXP ? (neg ? 0x09 : 0x05)
               : m == 0 ? (neg ? 0x12 : 0x02)
               : m < Q_MINNORM ? (neg ? 0x18 : 0x14) : (neg ? 0x08 : 0x04);
    return v << FP_FPRF_SHIFT;
}

/* ---- arithmetic core ---- */

typedef enum QOp {
    Q_ADD, Q_SUB, Q_MUL, Q_DIV, Q_SQRT, Q_CVTDP,
} QOp;

/* sqrt of positive finite nonzero x, rounded in rn (4 = to odd). */
static u128 q_sqrt(u128 x, unsigned rn, unsigned *hf)
{
    int e = (int)q_exp(x);
    u128 m = x & Q_FRAC;
    if (e == 0) {                       /* denormal: normalise */
        int sh = 0;
        while (!(m & Q_HIDDEN)) {
            m <<= 1;
            sh++;
        }
        e = 1 - sh;
    } else {
        m |= Q_HIDDEN;
    }
    int ue = e - 16383;                 /* x = m / 2^112 * 2^ue */
    if (ue & 1) {
        m <<= 1;
        ue -= 1;
    }
    /* root of R = m * 2^114 (m in [2^112, 2^114)): 114 bits, the last
     * a guard bit; the remainder is the sticky */
    u128 root = 0, rem = 0;
    for (int i = 113; i >= 0; i--) {
        int hi = 2 * i + 1 - 114, lo = 2 * i - 114;
        unsigned two = (hi >= 0 ? (unsigned)(m >> hi) & 1 : 0) << 1 |
                       (lo >= 0 ? (unsigned)(m >> lo) & 1 : 0);
        rem = (rem << 2) | two;
        u128 trial = (root << 2) | 1;
        if (rem >= trial) {
            rem -= trial;
            root = (root << 1) | 1;
        } else {
            root <<= 1;
        }
    }
    bool guard = root & 1, sticky = rem != 0;
    root >>= 1;                         /* [2^112, 2^113) */
    bool inc = false;
    *hf = 0;
    if (guard || sticky) {
        switch (rn) {
        case 0: inc = guard && (sticky || (root & 1)); break;
        case 2: inc = true; break;
        case 4: root |= 1; break;
        default: break;
        }
        *hf = HF_INEXACT | (inc ? HF_FR : 0);
    }
    int re = ue / 2 + 16383;
    root += inc;
    if (root >> 113) {
        root >>= 1;
        re++;
    }
    return ((u128)re << 112) | (root & Q_FRAC);
}

/* op on finite/infinite non-NaN operands in mode rn (0..3, 4 = odd),
 * host flags into *hf (HF_FR included); *tiny: nonzero exact result
 * below 2^-16382 before rounding (the format's minimum normal: 2^-16382
 * for quad results, 2^-1022 for Q_CVTDP). Q_CVTDP returns the double
 * in the low 64 bits. */
static u128 q_compute(QOp op, u128 a, u128 b, unsigned rn, unsigned *hf,
                      bool *tiny)
{
    if (op == Q_SQRT) {
        *tiny = false;
        if (q_is_zero(a) || q_is_inf(a)) {
            *hf = 0;
            return a;
        }
        return q_sqrt(a, rn, hf);
    }
    u128 res[2];
    unsigned flags[2];
    /* [0] the result in rn (toward zero for odd), [1] toward zero */
    for (int k = 0; k < 2; k++) {
        unsigned mode = k ? 1 : (rn == 4 ? 1 : rn);
        __float128 x = q_f(a), y = q_f(b), r;
        uint32_t sv = fp_host_enter(mode);
        q_x87_clear();
        Q_BARRIER(x);
        Q_BARRIER(y);
        switch (op) {
        case Q_ADD: r = x + y; break;
        case Q_SUB: r = x - y; break;
        case Q_MUL: r = x * y; break;
        case Q_DIV: r = x / y; break;
        default: {
            double dv = (double)x;
            Q_BARRIER(dv);
            uint64_t u = fp_u(dv);
            r = 0;
            res[k] = u;
            flags[k] = fp_host_leave(sv) | q_x87_flags();
            continue;
        }
        }
        Q_BARRIER(r);
        flags[k] = fp_host_leave(sv) | q_x87_flags();
        res[k] = q_u(r);
    }
    unsigned h = flags[0] & ~HF_UNDERFLOW;
    u128 r = res[0], rz = res[1];
    bool is_dp = op == Q_CVTDP;
    if (rn == 4 && (h & HF_INEXACT) && !(h & HF_OVERFLOW)) {
        r |= 1;
    }
    u128 mag = is_dp ? (uint64_t)r & ~F64_SIGN : r & ~Q_SIGN;
    u128 zmag = is_dp ? (uint64_t)rz & ~F64_SIGN : rz & ~Q_SIGN;
    if ((h & HF_INEXACT) && mag > zmag && rn != 4) {
        h |= HF_FR;
    }
    u128 minnorm = is_dp ? F64_MINNORM : Q_MINNORM;
    *tiny = (h & HF_INEXACT) ? zmag < minnorm : (mag != 0 && mag < minnorm);
    if (h & HF_DIVZERO) {
        *tiny = false;
    }
    *hf = h;
    return r;
}

/* Commit quad result r to VRT (doubleword 1 as given) with the FPSCR
 * rules of fp.c's finish: FPRF, FR/FI/XX, OX/UX, enabled exceptions. */
static const PpcInsn *q_finish(PpcCpu *cpu, const PpcInsn *d, u128 r,
                               uint32_t fprf, unsigned hf, bool tiny)
{
    uint32_t f = cpu->arch.fpscr & ~(FP_FR | FP_FI | FP_FPRF);
    f |= fprf;
    if (hf & HF_OVERFLOW) {
        f |= FP_OX | FP_FX;
    } else if (tiny && ((hf & HF_INEXACT) || (f & FP_UE))) {
        f |= FP_UX | FP_FX;
    }
    if (hf & HF_INEXACT) {
        f |= FP_FI | FP_XX | FP_FX;
        if ((hf & HF_FR) && !(hf & HF_OVERFLOW)) {
            f |= FP_FR;
        }
    }
    cpu->arch.fpscr = f;
    fp_update_summary(cpu);
    set_vrq(cpu, d->rt, r);
    if ((cpu->arch.fpscr & FP_FEX) && fp_exc_mode(cpu) &&
        (hf & (HF_INEXACT | HF_OVERFLOW) || tiny)) {
        return fp_raise(cpu, d);
    }
    return d + 1;
}

/* Commit an exponent-adjusted result r (its own rounding flags hf):
 * OX (UX when up), FX and FEX, XX/FI/FR for the rounding, FPRF; then the
 * program interrupt if MSR[FE0,FE1] ask for one. */
static const PpcInsn *q_commit_adjusted(PpcCpu *cpu, const PpcInsn *d,
                                        u128 r, uint32_t fprf, unsigned hf,
                                        bool up)
{
    uint32_t f = cpu->arch.fpscr & ~(FP_FR | FP_FI | FP_FPRF);
    f |= fprf | FP_FX | FP_FEX | (up ? FP_UX : FP_OX);
    if (hf & HF_INEXACT) {
        f |= FP_FI | FP_XX | ((hf & HF_FR) ? FP_FR : 0);
    }
    cpu->arch.fpscr = f;
    fp_update_summary(cpu);
    set_vrq(cpu, d->rt, r);
    if (fp_exc_mode(cpu)) {
        return fp_raise(cpu, d);
    }
    return d + 1;
}

/* Invalid operation (causes vx) with default result dflt: VE=1 leaves
 * VRT and FPRF alone (7.4.1). */
static const PpcInsn *q_invalid(PpcCpu *cpu, const PpcInsn *d, uint32_t vx,
                                u128 dflt, uint32_t fprf)
{
    if (fp_invalid(cpu, vx)) {
        return fp_enabled_stop(cpu, d);
    }
    return q_finish(cpu, d, dflt, fprf, 0, false);
}

static inline unsigned q_mode(const PpcCpu *cpu, const PpcInsn *d)
{
    return (d->raw & 1) ? 4 : fp_rn(cpu);
}

/* ---- enabled overflow/underflow: the exponent-adjusted result ----
 *
 * ISA 3.0B 7.4.3/7.4.4 (as 4.4.3/4.4.4 for double): with OE=1 (UE=1)
 * the exponent of the intermediate result is decreased (increased) by
 * 24576 for quad precision (1536 for xscvqpdp's double) and the result
 * rounded to 113 (53) bits goes to VRT. Computed on operands scaled
 * exactly by powers of two so that the adjusted result is in range:
 * products and quotients split the adjustment over both operands (each
 * stays normal: an operand that would not cannot give an overflowing or
 * tiny result), sums scale both (a tiny sum is exact; an addend far
 * below an overflowing one only acts as a sticky bit). */

static inline unsigned q_exp_of(u128 x) { return q_exp(x); }

/* x * 2^k, x finite, the result normal or zero (exact). */
static u128 q_scale(u128 x, int k)
{
    if (q_is_zero(x)) {
        return x;
    }
    return q_u(scalbnq(q_f(x), k));
}

static const PpcInsn *q_adjusted(PpcCpu *cpu, const PpcInsn *d, QOp op,
                                 u128 a, u128 b, bool up)
{
    const int adj = up ? 24576 : -24576, half = adj / 2;
    u128 sa = a, sb = b;
    switch (op) {
    case Q_MUL:
        sa = q_scale(a, half);
        sb = q_scale(b, half);
        break;
    case Q_DIV:
        sa = q_scale(a, half);
        sb = q_scale(b, -half);
        break;
    case Q_ADD: case Q_SUB: {
        int ea = (int)q_exp_of(a), eb = (int)q_exp_of(b);
        int big = ea > eb ? ea : eb;
        /* a term more than 120 binades below the other: a sticky bit
         * of its sign just below the other's last bit */
        u128 stick = (u128)(big > 125 ? big - 125 : 1) << 112;
        sa = !up && ea < big - 120 ? (a & Q_SIGN) | stick : a;
        sb = !up && eb < big - 120 ? (b & Q_SIGN) | stick : b;
        sa = q_scale(sa, adj);
        sb = q_scale(sb, adj);
        break;
    }
    default:
        break;
    }
    unsigned hf;
    bool tiny;
    u128 r = q_compute(op, sa, sb, q_mode(cpu, d), &hf, &tiny);
    return q_commit_adjusted(cpu, d, r, q_fprf(r), hf, up);
}

static const PpcInsn *q_arith(PpcCpu *cpu, const PpcInsn *d, QOp op)
{
    u128 a = vrq(cpu, d->ra), b = vrq(cpu, d->rb);
    if (op == Q_SQRT) {
        a = b;
    }
    bool two = op != Q_SQRT;
    if (q_is_nan(a) || (two && q_is_nan(b))) {
        u128 n = (q_is_nan(a) ? a : b) | Q_QBIT;
        if (q_is_snan(a) || (two && q_is_snan(b))) {
            return q_invalid(cpu, d, FP_VXSNAN, n, FPRF_QNAN);
        }
        return q_finish(cpu, d, n, FPRF_QNAN, 0, false);
    }
    uint32_t vx = 0;
    switch (op) {
    case Q_ADD: case Q_SUB:
        if (q_is_inf(a) && q_is_inf(b) &&
            (((a ^ b) >> 127) ^ (op == Q_SUB))) {
            vx = FP_VXISI;
        }
        break;
    case Q_MUL:
        if ((q_is_inf(a) && q_is_zero(b)) || (q_is_zero(a) && q_is_inf(b))) {
            vx = FP_VXIMZ;
        }
        break;
    case Q_DIV:
        if (q_is_inf(a) && q_is_inf(b)) {
            vx = FP_VXIDI;
        } else if (q_is_zero(a) && q_is_zero(b)) {
            vx = FP_VXZDZ;
        }
        break;
    case Q_SQRT:
        if ((a >> 127) && !q_is_zero(a)) {
            vx = FP_VXSQRT;
        }
        break;
    default:
        break;
    }
    if (vx) {
        return q_invalid(cpu, d, vx, Q_DNAN, FPRF_QNAN);
    }
    unsigned hf;
    bool tiny;
    u128 r = q_compute(op, a, b, q_mode(cpu, d), &hf, &tiny);
    if (hf & HF_DIVZERO) {
        uint32_t f = (cpu->arch.fpscr | FP_ZX | FP_FX) & ~(FP_FR | FP_FI);
        cpu->arch.fpscr = f;
        if (f & FP_ZE) {
            cpu->arch.fpscr = f | FP_FEX;
            return fp_enabled_stop(cpu, d);
        }
        return q_finish(cpu, d, r, q_fprf(r), 0, false);
    }
    uint32_t fs = cpu->arch.fpscr;
    if (((hf & HF_OVERFLOW) && (fs & FP_OE)) || (tiny && (fs & FP_UE))) {
        return q_adjusted(cpu, d, op, a, b, !(hf & HF_OVERFLOW));
    }
    return q_finish(cpu, d, r, q_fprf(r), hf, tiny);
}

const PpcInsn *insn_xsaddqp(PpcCpu *cpu, const PpcInsn *d) { return q_arith(cpu, d, Q_ADD); }
const PpcInsn *insn_xssubqp(PpcCpu *cpu, const PpcInsn *d) { return q_arith(cpu, d, Q_SUB); }
const PpcInsn *insn_xsmulqp(PpcCpu *cpu, const PpcInsn *d) { return q_arith(cpu, d, Q_MUL); }
const PpcInsn *insn_xsdivqp(PpcCpu *cpu, const PpcInsn *d) { return q_arith(cpu, d, Q_DIV); }

/* a * c + b (sub: - b) in mode rn (0..3; 4 = to odd) through
 * libquadmath's fmaq, which follows <fenv.h>'s rounding mode (x87 and
 * SSE) and raises its flags there. *hf, *tiny as q_compute. */
static u128 q_fma(u128 a, u128 b, u128 c, bool sub, unsigned rn,
                  unsigned *hf, bool *tiny)
{
    static const int modes[4] = { FE_TONEAREST, FE_TOWARDZERO, FE_UPWARD,
                                  FE_DOWNWARD };
    u128 res[2];
    int ex[2];
    int saved = fegetround();
    for (int k = 0; k < 2; k++) {
        unsigned mode = k || rn == 4 ? 1 : rn;
        __float128 x = q_f(a), y = q_f(c), z = q_f(sub ? b ^ Q_SIGN : b);
        fesetround(modes[mode]);
        feclearexcept(FE_ALL_EXCEPT);
        Q_BARRIER(x);
        Q_BARRIER(y);
        Q_BARRIER(z);
        __float128 r = fmaq(x, y, z);
        Q_BARRIER(r);
        ex[k] = fetestexcept(FE_ALL_EXCEPT);
        res[k] = q_u(r);
    }
    fesetround(saved);
    feclearexcept(FE_ALL_EXCEPT);
    unsigned h = (ex[0] & FE_INEXACT ? HF_INEXACT : 0) |
                 (ex[0] & FE_OVERFLOW ? HF_OVERFLOW : 0);
    u128 r = res[0], rz = res[1];
    if (rn == 4 && (h & HF_INEXACT) && !(h & HF_OVERFLOW)) {
        r |= 1;
    }
    u128 mag = r & ~Q_SIGN, zmag = rz & ~Q_SIGN;
    if ((h & HF_INEXACT) && mag > zmag && rn != 4) {
        h |= HF_FR;
    }
    *tiny = (h & HF_INEXACT) ? zmag < Q_MINNORM : (mag != 0 && mag < Q_MINNORM);
    *hf = h;
    return r;
}

/* Binary exponent of finite nonzero x: x = m * 2^e, m in [1, 2). */
static int q_ilogb(u128 x)
{
    unsigned e = q_exp(x);
    if (e) {
        return (int)e - 16383;
    }
    u128 m = x & Q_FRAC;
    int top = (uint64_t)(m >> 64) ? 64 + 63 - __builtin_clzll((uint64_t)(m >> 64))
                                  : 63 - __builtin_clzll((uint64_t)m);
    return top - 16494;
}

/* a * c + b (sub: - b) rounded to 113 bits in mode rn with adj added
 * to its exponent (the enabled overflow/underflow result). Each factor
 * is scaled exactly near 1; the terms are placed relative to the larger
 * one, a term too far below it only acting as a sticky bit (as fp.c's
 * adjusted_double). */
static u128 q_fma_adjusted(u128 a, u128 b, u128 c, bool sub, unsigned rn,
                           int adj, unsigned *hf)
{
    if (sub) {
        b ^= Q_SIGN;
    }
    bool pz = q_is_zero(a) || q_is_zero(c), bz = q_is_zero(b);
    int ea = pz ? 0 : q_ilogb(a), ec = pz ? 0 : q_ilogb(c);
    int ep = ea + ec + 1;               /* |a*c| in [2^(ep-1), 2^(ep+1)) */
    int eb = bz ? 0 : q_ilogb(b);
    int s = pz ? eb : bz ? ep : (ep > eb ? ep : eb);
    u128 sa = a, sc = c, sb = b;
    if (!pz) {
        sa = q_scale(a, -ea);
        sc = q_scale(c, -ec);
        if (!bz && ep < s - 240) {
            /* the product only reaches below b's last bit */
            sa = (sa & Q_SIGN) | ((u128)(16383 - 250) << 112);
            sc = (sc & Q_SIGN) | ((u128)16383 << 112);
        } else {
            sa = q_scale(sa, ea + ec - s);
        }
    }
    if (!bz) {
        sb = !pz && eb < s - 240
             ? (b & Q_SIGN) | ((u128)(16383 - 250) << 112)
             : q_scale(b, -s);
    }
    bool tiny;
    u128 r = q_fma(sa, sb, sc, false, rn, hf, &tiny);
    *hf &= HF_INEXACT | HF_FR;
    return q_scale(r, s + adj);
}

/* xs[n]m{add,sub}qp[o]: VRT = [-](VRA * VRB [+-] VRT). NaN order: VRA,
 * VRT (the addend), VRB; the negation applies to non-NaN results after
 * the rounding, as the ISA orders it (fp.c and the VSX double/single
 * forms too; QEMU 7.2 negates first: gen-isa-vsxscalar.py's FNM rule). */
static const PpcInsn *q_fused(PpcCpu *cpu, const PpcInsn *d, bool sub,
                              bool neg)
{
    u128 a = vrq(cpu, d->ra), c = vrq(cpu, d->rb), b = vrq(cpu, d->rt);
    uint32_t vx = 0;
    if (q_is_snan(a) || q_is_snan(b) || q_is_snan(c)) {
        vx |= FP_VXSNAN;
    }
    bool imz = (q_is_inf(a) && q_is_zero(c)) || (q_is_zero(a) && q_is_inf(c));
    if (imz) {
        vx = FP_VXIMZ;   /* QEMU 7.2: 0*inf hides SNaN operands (fp.c too) */
    }
    if (q_is_nan(a) || q_is_nan(b) || q_is_nan(c)) {
        u128 n = (q_is_nan(a) ? a : q_is_nan(b) ? b : c) | Q_QBIT;
        if (vx) {
            return q_invalid(cpu, d, vx, n, FPRF_QNAN);
        }
        return q_finish(cpu, d, n, FPRF_QNAN, 0, false);
    }
    if (!imz && (q_is_inf(a) || q_is_inf(c)) && q_is_inf(b) &&
        ((unsigned)((a ^ c) >> 127) != ((unsigned)(b >> 127) ^ sub))) {
        vx |= FP_VXISI;
    }
    if (vx) {
        return q_invalid(cpu, d, vx, Q_DNAN, FPRF_QNAN);
    }
    unsigned rn = q_mode(cpu, d), hf;
    bool tiny;
    u128 r = q_fma(a, b, c, sub, rn, &hf, &tiny);
    uint32_t fs = cpu->arch.fpscr;
    if (((hf & HF_OVERFLOW) && (fs & FP_OE)) || (tiny && (fs & FP_UE))) {
        bool up = !(hf & HF_OVERFLOW);
        r = q_fma_adjusted(a, b, c, sub, rn,
                           up ? 24576 : -24576, &hf);
        if (neg) {
            r ^= Q_SIGN;
        }
        return q_commit_adjusted(cpu, d, r, q_fprf(r), hf, up);
    }
    if (neg) {
        if (q_is_zero(r) && !(hf & HF_INEXACT)) {
            /* exact zero: its sign from the true mode, then negated */
            unsigned h2;
            bool t2;
            r = q_fma(a, b, c, sub, rn == 4 ? 1 : rn, &h2, &t2);
        }
        r ^= Q_SIGN;
    }
    return q_finish(cpu, d, r, q_fprf(r), hf, tiny);
}

const PpcInsn *insn_xsmaddqp(PpcCpu *cpu, const PpcInsn *d) { return q_fused(cpu, d, false, false); }
const PpcInsn *insn_xsmsubqp(PpcCpu *cpu, const PpcInsn *d) { return q_fused(cpu, d, true, false); }
const PpcInsn *insn_xsnmaddqp(PpcCpu *cpu, const PpcInsn *d) { return q_fused(cpu, d, false, true); }
const PpcInsn *insn_xsnmsubqp(PpcCpu *cpu, const PpcInsn *d) { return q_fused(cpu, d, true, true); }

/* ---- compares and tests ---- */

static const PpcInsn *q_cmp(PpcCpu *cpu, const PpcInsn *d, bool ordered)
{
    u128 a = vrq(cpu, d->ra), b = vrq(cpu, d->rb);
    unsigned c;
    bool snan = q_is_snan(a) || q_is_snan(b);
    if (q_is_nan(a) || q_is_nan(b)) {
        c = 1;
    } else {
        __float128 x = q_f(a), y = q_f(b);
        c = x < y ? 8 : x > y ? 4 : 2;
    }
    return vsx_compare_commit(cpu, d, c, snan, ordered);
}

const PpcInsn *insn_xscmpuqp(PpcCpu *cpu, const PpcInsn *d) { return q_cmp(cpu, d, false); }
const PpcInsn *insn_xscmpoqp(PpcCpu *cpu, const PpcInsn *d) { return q_cmp(cpu, d, true); }

const PpcInsn *insn_xscmpexpqp(PpcCpu *cpu, const PpcInsn *d)
{
    u128 a = vrq(cpu, d->ra), b = vrq(cpu, d->rb);
    unsigned c;
    if (q_is_nan(a) || q_is_nan(b)) {
        c = 1;
    } else {
        unsigned ea = q_exp(a), eb = q_exp(b);
        c = ea < eb ? 8 : ea > eb ? 4 : 2;
    }
    vsx_set_crf_fpcc(cpu, d, c);
    return d + 1;
}

const PpcInsn *insn_xststdcqp(PpcCpu *cpu, const PpcInsn *d)
{
    u128 b = vrq(cpu, d->rb), m = b & ~Q_SIGN;
    bool neg = b >> 127;
    vsx_test_class(cpu, d, neg,
                   vsx_data_class(neg, q_is_nan(b), q_is_inf(b), m == 0,
                                  m != 0 && m < Q_MINNORM), false);
    return d + 1;
}

/* ---- sign, exponent, significand: no FPSCR change ---- */

const PpcInsn *insn_xscpsgnqp(PpcCpu *cpu, const PpcInsn *d)
{
    u128 a = vrq(cpu, d->ra), b = vrq(cpu, d->rb);
    set_vrq(cpu, d->rt, (b & ~Q_SIGN) | (a & Q_SIGN));
    return d + 1;
}

const PpcInsn *insn_xsiexpqp(PpcCpu *cpu, const PpcInsn *d)
{
    u128 a = vrq(cpu, d->ra);
    uint64_t e = cpu->arch.vr[d->rb].dw[0];
    set_vrq(cpu, d->rt, (a & (Q_SIGN | Q_FRAC)) | ((u128)(e & 0x7fff) << 112));
    return d + 1;
}

/* XO 804: the A field selects the instruction. */
const PpcInsn *insn_xsabsqp(PpcCpu *cpu, const PpcInsn *d)
{
    u128 b = vrq(cpu, d->rb), r;
    unsigned e = q_exp(b);
    switch (d->ra) {
    case 0: r = b & ~Q_SIGN; break;
    case 8: r = b | Q_SIGN; break;
    case 16: r = b ^ Q_SIGN; break;
    case 2: r = (u128)e << 64; break;
    case 18:
        r = (b & Q_FRAC) | (e != 0 && e != 0x7fff ? Q_HIDDEN : 0);
        break;
    case 27: return q_arith(cpu, d, Q_SQRT);
    default: return insn_illegal(cpu, d);
    }
    set_vrq(cpu, d->rt, r);
    return d + 1;
}

/* ---- conversions ---- */

/* Quad to integer, truncating: signed/unsigned word/doubleword. */
static const PpcInsn *q_to_int(PpcCpu *cpu, const PpcInsn *d, bool is_signed,
                               bool word)
{
    u128 b = vrq(cpu, d->rb);
    uint64_t r, max = word ? (is_signed ? 0x7fffffffULL : 0xffffffffULL)
                           : (is_signed ? INT64_MAX : UINT64_MAX);
    uint64_t min = is_signed ? (word ? (uint64_t)(int64_t)INT32_MIN
                                     : (uint64_t)INT64_MIN) : 0;
    if (q_is_nan(b)) {
        uint32_t vx = FP_VXCVI | (q_is_snan(b) ? FP_VXSNAN : 0);
        if (fp_invalid(cpu, vx)) {
            return fp_enabled_stop(cpu, d);
        }
        r = min;
        if (!is_signed) {
            r = 0;
        }
        set_vrq(cpu, d->rt, (u128)r << 64);
        return d + 1;
    }
    bool neg = b >> 127;
    int e = (int)q_exp(b) - 16383;
    u128 m = (b & Q_FRAC) | (q_exp(b) ? Q_HIDDEN : 0);
    bool inexact, over;
    u128 mag;
    if (e < 0) {
        mag = 0;
        inexact = m != 0;
    } else if (e <= 112) {
        mag = m >> (112 - e);
        inexact = (m & (((u128)1 << (112 - e)) - 1)) != 0;
    } else {
        mag = e < 127 ? m << (e - 112) : ~(u128)0;
        inexact = false;
    }
    if (q_is_inf(b)) {
        mag = ~(u128)0;
    }
    if (is_signed) {
        /* the most negative value's magnitude is -min (2^31 or 2^63) */
        u128 lim = neg ? (u128)(uint64_t)(0 - min) : max;
        over = mag > lim;
        r = neg ? 0 - (uint64_t)mag : (uint64_t)mag;
    } else {
        over = neg ? mag != 0 : mag > max;
        r = (uint64_t)mag;
    }
    if (over) {
        if (fp_invalid(cpu, FP_VXCVI)) {
            return fp_enabled_stop(cpu, d);
        }
        set_vrq(cpu, d->rt, (u128)(neg ? min : max) << 64);
        return d + 1;
    }
    if (word && is_signed) {
        r = (uint64_t)(int64_t)(int32_t)r;
    }
    uint32_t f = cpu->arch.fpscr & ~(FP_FR | FP_FI);
    if (inexact) {
        f |= FP_FI | FP_XX | FP_FX;
    }
    cpu->arch.fpscr = f;
    fp_update_summary(cpu);
    set_vrq(cpu, d->rt, (u128)r << 64);
    if (inexact && (f & FP_XE) && fp_exc_mode(cpu)) {
        return fp_raise(cpu, d);
    }
    return d + 1;
}

/* Integer (doubleword 0 of VRB) to quad: exact. */
static const PpcInsn *q_from_int(PpcCpu *cpu, const PpcInsn *d,
                                 bool is_signed)
{
    uint64_t v = cpu->arch.vr[d->rb].dw[0];
    bool neg = is_signed && (int64_t)v < 0;
    uint64_t mag = neg ? -v : v;
    u128 r = 0;
    if (mag) {
        int top = 63 - __builtin_clzll(mag);
        u128 m = (u128)mag << (112 - top);
        r = ((u128)(16383 + top) << 112) | (m & Q_FRAC);
    }
    if (neg) {
        r |= Q_SIGN;
    }
    return q_finish(cpu, d, r, q_fprf(r), 0, false);
}

static const PpcInsn *q_cvtdp(PpcCpu *cpu, const PpcInsn *d)
{
    u128 b = vrq(cpu, d->rb);
    if (q_is_nan(b)) {
        uint64_t n = (uint64_t)(b >> 64 & F64_SIGN) | F64_DNAN |
                     (uint64_t)((b & Q_FRAC) >> 60);
        u128 r = (u128)n << 64;
        if (q_is_snan(b)) {
            return q_invalid(cpu, d, FP_VXSNAN, r, FPRF_QNAN);
        }
        return q_finish(cpu, d, r, FPRF_QNAN, 0, false);
    }
    unsigned hf;
    bool tiny;
    uint64_t r = (uint64_t)q_compute(Q_CVTDP, b, 0, q_mode(cpu, d), &hf, &tiny);
    uint32_t fs = cpu->arch.fpscr;
    if (((hf & HF_OVERFLOW) && (fs & FP_OE)) || (tiny && (fs & FP_UE))) {
        /* the double's adjustment, 1536: exact on the quad operand */
        bool up = !(hf & HF_OVERFLOW);
        u128 sb = q_scale(b, up ? 1536 : -1536);
        r = (uint64_t)q_compute(Q_CVTDP, sb, 0, q_mode(cpu, d), &hf, &tiny);
        return q_commit_adjusted(cpu, d, (u128)r << 64, fp_fprf(r), hf, up);
    }
    return q_finish(cpu, d, (u128)r << 64, fp_fprf(r), hf, tiny);
}

static const PpcInsn *q_cvt_from_dp(PpcCpu *cpu, const PpcInsn *d)
{
    uint64_t b = cpu->arch.vr[d->rb].dw[0];
    u128 r;
    if (f64_is_nan(b)) {
        r = ((u128)(b & F64_SIGN) << 64) | Q_EXP | ((u128)(b & F64_FRAC) << 60);
        if (f64_is_snan(b)) {
            return q_invalid(cpu, d, FP_VXSNAN, r | Q_QBIT, FPRF_QNAN);
        }
    } else {
        r = q_u((__float128)fp_d(b));   /* exact */
    }
    return q_finish(cpu, d, r, q_fprf(r), 0, false);
}

/* XO 836: the A field selects the instruction. */
const PpcInsn *insn_xscvqpuwz(PpcCpu *cpu, const PpcInsn *d)
{
    switch (d->ra) {
    case 1: return q_to_int(cpu, d, false, true);
    case 2: return q_from_int(cpu, d, false);
    case 9: return q_to_int(cpu, d, true, true);
    case 10: return q_from_int(cpu, d, true);
    case 17: return q_to_int(cpu, d, false, false);
    case 20: return q_cvtdp(cpu, d);
    case 22: return q_cvt_from_dp(cpu, d);
    case 25: return q_to_int(cpu, d, true, false);
    default: return insn_illegal(cpu, d);
    }
}

/* ---- round to integral (xsrqpi[x]) and to double-extended (xsrqpxp) ---- */

static unsigned z23_mode(const PpcCpu *cpu, const PpcInsn *d);

/* Round |x| (finite) to an integer by mode: 0 nearest even, 1 zero,
 * 2 +inf, 3 -inf, 5 nearest away. */
static u128 q_round_int(u128 x, unsigned mode, bool *inexact)
{
    bool neg = x >> 127;
    int e = (int)q_exp(x) - 16383;
    *inexact = false;
    if (e >= 112 || q_is_zero(x)) {
        return x;
    }
    u128 m = (x & Q_FRAC) | (q_exp(x) ? Q_HIDDEN : 0);
    int sh = 112 - e;                   /* fraction bits, >= 1 */
    u128 ip, rest, half;
    if (sh > 113) {
        /* |x| < 1/2: a sticky remainder below one half */
        ip = 0;
        rest = 1;
        half = 2;
    } else {
        ip = m >> sh;
        rest = m & (((u128)1 << sh) - 1);
        half = (u128)1 << (sh - 1);
    }
    if (!rest) {
        return x;
    }
    *inexact = true;
    bool inc;
    switch (mode) {
    case 0: inc = rest > half || (rest == half && (ip & 1)); break;
    case 5: inc = rest >= half; break;
    case 2: inc = !neg; break;
    case 3: inc = neg; break;
    default: inc = false; break;
    }
    ip += inc;
    u128 r = 0;
    if (ip) {
        /* ip <= 2^112: its leading bit is in the low doubleword or is
         * bit 112 itself */
        int top = (uint64_t)(ip >> 64) ? 64 + 63 - __builtin_clzll((uint64_t)(ip >> 64))
                                       : 63 - __builtin_clzll((uint64_t)ip);
        u128 mm = ip << (112 - top);
        r = ((u128)(16383 + top) << 112) | (mm & Q_FRAC);
    }
    return r | (neg ? Q_SIGN : 0);
}

const PpcInsn *insn_xsrqpi(PpcCpu *cpu, const PpcInsn *d)
{
    bool ex = d->raw & 1;
    u128 b = vrq(cpu, d->rb);
    unsigned mode = z23_mode(cpu, d);
    if (q_is_nan(b)) {
        if (q_is_snan(b)) {
            return q_invalid(cpu, d, FP_VXSNAN, b | Q_QBIT, FPRF_QNAN);
        }
        return q_finish(cpu, d, b, FPRF_QNAN, 0, false);
    }
    bool inexact;
    u128 r = q_is_inf(b) ? b : q_round_int(b, mode, &inexact);
    if (q_is_inf(b)) {
        inexact = false;
    }
    return q_finish(cpu, d, r, q_fprf(r), ex && inexact ? HF_INEXACT : 0,
                    false);
}

/* Rounding mode of xsrqpi[x]/xsrqpxp from R and RMC (Z23-form): R=0:
 * RMC 0 nearest away (5), 3 FPSCR[RN], 1 and 2 (reserved in ISA 3.0B)
 * nearest even as QEMU 7.2 does; R=1: RMC is the mode. */
static unsigned z23_mode(const PpcCpu *cpu, const PpcInsn *d)
{
    unsigned r_bit = (d->raw >> 16) & 1, rmc = (d->raw >> 9) & 3;
    return r_bit ? rmc : rmc == 0 ? 5 : rmc == 3 ? fp_rn(cpu) : 0;
}

/* Round to double-extended precision (64-bit significand, the quad
 * exponent range; denormal quantum 2^-16445): in both the normal and
 * the denormal range the low 49 bits of the quad significand go. */
const PpcInsn *insn_xsrqpxp(PpcCpu *cpu, const PpcInsn *d)
{
    const u128 low = ((u128)1 << 49) - 1, half = (u128)1 << 48;
    u128 b = vrq(cpu, d->rb);
    if (q_is_nan(b)) {
        /* the payload as double-extended holds it (QEMU 7.2; the ISA's
         * bfp_ROUND_TO_BFP80 leaves it open) */
        u128 n = (b | Q_QBIT) & ~low;
        if (q_is_snan(b)) {
            return q_invalid(cpu, d, FP_VXSNAN, n, FPRF_QNAN);
        }
        return q_finish(cpu, d, n, FPRF_QNAN, 0, false);
    }
    if (q_is_inf(b) || q_is_zero(b)) {
        return q_finish(cpu, d, b, q_fprf(b), 0, false);
    }
    unsigned mode = z23_mode(cpu, d), e = q_exp(b);
    bool neg = b >> 127;
    u128 m = (b & Q_FRAC) | (e ? Q_HIDDEN : 0);
    u128 rest = m & low, kept = m & ~low;
    unsigned hf = 0;
    if (rest) {
        bool inc;
        switch (mode) {
        case 0: inc = rest > half || (rest == half && (kept >> 49 & 1)); break;
        case 5: inc = rest >= half; break;
        case 2: inc = !neg; break;
        case 3: inc = neg; break;
        default: inc = false; break;
        }
        hf = HF_INEXACT | (inc ? HF_FR : 0);
        kept += inc ? low + 1 : 0;
    }
    if (!e) {
        e = kept >> 112 ? 1 : 0;        /* rounded up to the minimum normal */
    } else if (kept >> 113) {
        kept >>= 1;
        e++;
    }
    u128 r;
    if (e >= 0x7fff) {
        bool to_inf = mode == 0 || mode == 5 || (mode == 2 && !neg) ||
                      (mode == 3 && neg);
        r = to_inf ? Q_EXP : ((u128)0x7ffe << 112) | (Q_FRAC & ~low);
        hf = HF_INEXACT | HF_OVERFLOW;
    } else {
        r = ((u128)e << 112) | (kept & Q_FRAC);
    }
    r |= neg ? Q_SIGN : 0;
    return q_finish(cpu, d, r, q_fprf(r), hf, q_exp(b) == 0);
}
