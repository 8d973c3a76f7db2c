/* SPDX-License-Identifier: MIT */
/*
 * Shared pieces of the scalar floating-point implementation (fp*.c):
 * FPSCR bit names, access to the host's IEEE environment (rounding mode
 * and exception flags of SSE on x86-64, <fenv.h> elsewhere), and the
 * result-commit helpers that apply the Power ISA's FPSCR rules.
 *
 * MSR[FP]: every FP row has F_FP in insn-fp.def, so the dispatcher
 * (decode.c) raises the FP unavailable interrupt before a handler runs;
 * the handlers never test MSR[FP] (the run loop's FP load/store
 * micro-ops do, and call the row's checking exec while it is 0).
 *
 * Host arithmetic gives the correctly rounded IEEE result in the guest's
 * rounding mode; the flags it raises decide whether the cheap path
 * (normal result, at most inexact) suffices or fp.c's exact slow path
 * must classify the operation. Operands and results pass through
 * FP_BARRIER so the compiler cannot move the arithmetic across the
 * mode switches.
 */
#ifndef FARAD_CPU_PPC_FP_INTERNAL_H
#define FARAD_CPU_PPC_FP_INTERNAL_H

#include "internal.h"

/* FPSCR bits of the low word, by value. */
#define FP_FX      0x80000000u
#define FP_FEX     0x40000000u
#define FP_VX      0x20000000u
#define FP_OX      0x10000000u
#define FP_UX      0x08000000u
#define FP_ZX      0x04000000u
#define FP_XX      0x02000000u
#define FP_VXSNAN  0x01000000u
#define FP_VXISI   0x00800000u
#define FP_VXIDI   0x00400000u
#define FP_VXZDZ   0x00200000u
#define FP_VXIMZ   0x00100000u
#define FP_VXVC    0x00080000u
#define FP_FR      0x00040000u
#define FP_FI      0x00020000u
#define FP_FPRF    0x0001f000u
#define FP_FPCC    0x0000f000u
#define FP_FPRF_SHIFT 12
#define FP_RSVD52  0x00000800u
#define FP_VXSOFT  0x00000400u
#define FP_VXSQRT  0x00000200u
#define FP_VXCVI   0x00000100u
#define FP_VE      0x00000080u
#define FP_OE      0x00000040u
#define FP_UE      0x00000020u
#define FP_ZE      0x00000010u
#define FP_XE      0x00000008u
#define FP_NI      0x00000004u
#define FP_RN      0x00000003u

/* All VX* cause bits. */
#define FP_VX_ALL (FP_VXSNAN | FP_VXISI | FP_VXIDI | FP_VXZDZ | FP_VXIMZ | \
                   FP_VXVC | FP_VXSOFT | FP_VXSQRT | FP_VXCVI)
#define FP_ENABLES (FP_VE | FP_OE | FP_UE | FP_ZE | FP_XE)

/* FPRF values (already shifted). */
#define FPRF_QNAN   (0x11u << FP_FPRF_SHIFT)

/* Double bit-pattern constants. */
#define F64_SIGN   0x8000000000000000ULL
#define F64_EXP    0x7ff0000000000000ULL
#define F64_FRAC   0x000fffffffffffffULL
#define F64_QBIT   0x0008000000000000ULL
#define F64_DNAN   0x7ff8000000000000ULL
#define F64_MINNORM 0x0010000000000000ULL

/* Host exception flags, as fp code sees them (the SSE MXCSR layout). */
enum {
    HF_INVALID = 0x01,
    HF_DIVZERO = 0x04,
    HF_OVERFLOW = 0x08,
    HF_UNDERFLOW = 0x10,
    HF_INEXACT = 0x20,
    /* Not a host flag: the rounding incremented the magnitude (the
     * rounded fraction was incremented: FPSCR[FR], ISA 3.0B 4.2.2).
     * Only ever set together with HF_INEXACT. */
    HF_FR = 0x100,
};

/* FR of an inexact result x rounded in a directed mode rn (1 = toward 0,
 * 2 = toward +inf, 3 = toward -inf): toward +inf increments the
 * magnitude of a positive result, toward -inf that of a negative one. */
static inline unsigned fp_dir_fr(unsigned rn, uint64_t x)
{
    bool neg = x >> 63;
    return (rn == 2 && !neg) || (rn == 3 && neg) ? HF_FR : 0;
}

static inline double fp_d(uint64_t x) { double d; memcpy(&d, &x, 8); return d; }
static inline uint64_t fp_u(double d) { uint64_t x; memcpy(&x, &d, 8); return x; }
static inline float fp_f(uint32_t x) { float f; memcpy(&f, &x, 4); return f; }
static inline uint32_t fp_uf(float f) { uint32_t x; memcpy(&x, &f, 4); return x; }

static inline bool f64_is_nan(uint64_t x) { return (x & ~F64_SIGN) > F64_EXP; }
static inline bool f64_is_snan(uint64_t x)
{
    return f64_is_nan(x) && !(x & F64_QBIT);
}
static inline bool f64_is_inf(uint64_t x) { return (x & ~F64_SIGN) == F64_EXP; }
static inline bool f64_is_zero(uint64_t x) { return (x & ~F64_SIGN) == 0; }

#if defined(__x86_64__) || defined(__i386__)
#include <xmmintrin.h>
#define FP_BARRIER(x) __asm__ volatile("" : "+x"(x))

/* MXCSR rounding field for each FPSCR[RN]: nearest, zero, +inf, -inf. */
static const uint32_t fp_mxcsr_rc[4] = { 0x0000, 0x6000, 0x4000, 0x2000 };

/* Enter guest rounding mode rn with clear flags; returns the state that
 * fp_host_leave needs. */
static inline uint32_t fp_host_enter(unsigned rn)
{
    uint32_t csr = _mm_getcsr();
    _mm_setcsr((csr & ~0x603fu) | fp_mxcsr_rc[rn]);
    return csr;
}

/* Leave the guest mode: returns the HF_* flags raised since enter. */
static inline unsigned fp_host_leave(uint32_t saved)
{
    uint32_t csr = _mm_getcsr();
    _mm_setcsr(saved);
    return csr & 0x3d;
}

/* Round-to-nearest variant that leaves the host in round-to-nearest with
 * the flags set: one MXCSR load (only when a flag is up) instead of two. */
static inline uint32_t fp_host_enter_rn(void)
{
    uint32_t csr = _mm_getcsr();
    if (csr & 0x603fu) {
        _mm_setcsr(csr & ~0x603fu);
    }
    return 0;
}

static inline unsigned fp_host_leave_rn(uint32_t saved)
{
    (void)saved;
    return _mm_getcsr() & 0x3d;
}
#else
#include <fenv.h>
#define FP_BARRIER(x) __asm__ volatile("" : "+m"(x))
#define fp_host_enter_rn() fp_host_enter(0)
#define fp_host_leave_rn(s) fp_host_leave(s)

static inline uint32_t fp_host_enter(unsigned rn)
{
    static const int modes[4] = { FE_TONEAREST, FE_TOWARDZERO, FE_UPWARD,
                                  FE_DOWNWARD };
    uint32_t saved = (uint32_t)fegetround();
    fesetround(modes[rn]);
    feclearexcept(FE_ALL_EXCEPT);
    return saved;
}

static inline unsigned fp_host_leave(uint32_t saved)
{
    int e = fetestexcept(FE_ALL_EXCEPT);
    fesetround((int)saved);
    return (e & FE_INVALID ? HF_INVALID : 0) |
           (e & FE_DIVBYZERO ? HF_DIVZERO : 0) |
           (e & FE_OVERFLOW ? HF_OVERFLOW : 0) |
           (e & FE_UNDERFLOW ? HF_UNDERFLOW : 0) |
           (e & FE_INEXACT ? HF_INEXACT : 0);
}
#endif

static inline unsigned fp_rn(const PpcCpu *cpu)
{
    return cpu->arch.fpscr & FP_RN;
}

/* CR1 <- FPSCR[FX, FEX, VX, OX] for record forms. */
static inline void fp_set_cr1(PpcCpu *cpu)
{
    ppc_set_crf(cpu, 1, cpu->arch.fpscr >> 28);
}

/* ---- result target: an FPR, or a VSR for the VSX scalar rows ----
 *
 * The shared helpers below (fp_arith, fp_commit, fp_round_integral,
 * fp_to_int, fp_from_int) write their result through fp_set_target: the
 * FPR d->rt for the FP rows (primaries 59 and 63), and for the VSX
 * scalar rows (primary 60, d->rt a 6-bit VSR number) the VSR in the
 * format of the row (vsx_scalar_set_result, vsx-scalar.c). */
void vsx_scalar_set_result(PpcCpu *cpu, const PpcInsn *d, uint64_t r);

static inline void fp_set_target(PpcCpu *cpu, const PpcInsn *d, uint64_t r)
{
    if (likely((d->raw >> 26) != 60)) {
        ppc_set_fpr(cpu, d->rt, r);
        return;
    }
    vsx_scalar_set_result(cpu, d, r);
}

/* FPRF (shifted into place) describing the double x. */
uint32_t fp_fprf(uint64_t x);

/* MSR[FE0|FE1] != 0: enabled exceptions interrupt. */
static inline bool fp_exc_mode(const PpcCpu *cpu)
{
    return (cpu->arch.msr & (MSR_FE0 | MSR_FE1)) != 0;
}

/* Recompute the summary bits VX and FEX from the FPSCR's other bits. */
void fp_update_summary(PpcCpu *cpu);

/* Operation kinds for the exact slow path. */
typedef enum FpOpKind {
    FPK_ADD, FPK_SUB, FPK_MUL, FPK_DIV, FPK_SQRT,
    FPK_MADD, FPK_MSUB, FPK_NMADD, FPK_NMSUB,
    FPK_RE, FPK_RSQRTE, FPK_FRSP,
} FpOpKind;

/* The host's IEEE value of op (a, b for two-operand ops; a*c+b for the
 * fused forms, a*c-b for the subtracting ones; fnmadd/fnmsub unnegated;
 * estimates as 1/a and 1/sqrt(a)) in the host's current rounding mode. */
static inline double fp_host_op(FpOpKind op, double a, double b, double c)
{
    switch (op) {
    case FPK_ADD: return a + b;
    case FPK_SUB: return a - b;
    case FPK_MUL: return a * b;
    case FPK_DIV: return a / b;
    case FPK_RE: return 1.0 / a;
    case FPK_SQRT: return __builtin_sqrt(a);
    case FPK_MADD: case FPK_NMADD: return __builtin_fma(a, c, b);
    case FPK_MSUB: case FPK_NMSUB: return __builtin_fma(a, c, -b);
    case FPK_FRSP: return a;
    case FPK_RSQRTE: return 1.0 / __builtin_sqrt(a);
    }
    return 0;
}

/* Invalid-operation cause bits (FP_VXISI, VXIDI, VXZDZ, VXIMZ, VXSQRT)
 * of op on non-NaN-checked operands a, b, c (as fp_host_op). */
uint32_t fp_invalid_cause(FpOpKind op, uint64_t a, uint64_t b, uint64_t c);

/* Operands that make op's result special: a NaN operand (the result is
 * the first NaN in order a, b, c, quieted, and for single rounded to
 * single's fraction) or an invalid operation (the default QNaN). Then
 * returns true with *result and *vx the invalid-operation cause bits (0
 * for QNaN operands of a valid operation). The scalar and the VSX
 * vector arithmetic share it. */
bool fp_special_result(FpOpKind op, uint64_t a, uint64_t b, uint64_t c,
                       bool single, uint64_t *result, uint32_t *vx);

/* Round the unbounded-range value of op (finite, nonzero operands) in
 * mode rn to 53 bits and add adj to its exponent: the ISA's
 * exponent-adjusted result of an enabled overflow (adj -1536) or
 * underflow (+1536). *hf gets HF_INEXACT and HF_FR. For fnmadd and
 * fnmsub the value is the unnegated one. */
uint64_t fp_adjusted_double(FpOpKind op, double a, double b, double c,
                            unsigned rn, int adj, unsigned *hf);

/*
 * Compute op (a, b for two-operand ops; a*c+b for the fused forms) in
 * the current rounding mode, rounded to double or (single) to single
 * precision, and commit it to FRT d->rt with every FPSCR effect, CR1 for
 * Rc=1 and the enabled-exception program interrupt. Returns the next
 * record or NULL after an interrupt.
 */
const PpcInsn *fp_arith(PpcCpu *cpu, const PpcInsn *d, FpOpKind op,
                        uint64_t a, uint64_t b, uint64_t c, bool single);

/* xscvdpsp (vsx-scalar.c; its result is a single in words 0 and 1):
 * frsp's rounding of b, written through fp_set_target. */
const PpcInsn *fp_round_single_vsx(PpcCpu *cpu, const PpcInsn *d, uint64_t b);

/*
 * Commit a computed result r with host flags hf for the rounding of the
 * value (used by conversions): sets FR/FI/XX/OX/UX and FPRF when
 * set_fprf, writes FRT, raises enabled exceptions, updates CR1.
 */
const PpcInsn *fp_commit(PpcCpu *cpu, const PpcInsn *d, uint64_t r,
                         unsigned hf, bool set_fprf);

/* Record invalid-operation cause bits `vx` (FP_VX*). Returns true when
 * the exception is enabled (VE=1): then, whatever MSR[FE0,FE1] say, the
 * target register and FPRF stay unchanged (ISA 3.0B 4.4.1; FR and FI are
 * cleared) and the caller ends the instruction with fp_enabled_stop. */
bool fp_invalid(PpcCpu *cpu, uint32_t vx);

/* Program interrupt for an enabled FP exception of record d. */
static inline const PpcInsn *fp_raise(PpcCpu *cpu, const PpcInsn *d)
{
    return ppc_raise_program(cpu, d, SRR1_PROG_FPE);
}

/* Finish an instruction that changed only the FPSCR and maybe FRT: CR1
 * for Rc=1 and next record. */
static inline const PpcInsn *fp_done(PpcCpu *cpu, const PpcInsn *d)
{
    if (d->flags & D_RC) {
        fp_set_cr1(cpu);
    }
    return d + 1;
}

/* End an instruction whose enabled invalid-operation or zero-divide
 * exception suppresses the result (FPSCR already updated): the program
 * interrupt when MSR[FE0,FE1] ask for one, else the next instruction
 * with FRT unchanged. */
static inline const PpcInsn *fp_enabled_stop(PpcCpu *cpu, const PpcInsn *d)
{
    if (fp_exc_mode(cpu)) {
        return fp_raise(cpu, d);
    }
    return fp_done(cpu, d);
}

/* The ISA's DOUBLE() and SINGLE() conversions of loads and stores. */
uint64_t fp_single_to_double(uint32_t w);
uint32_t fp_double_to_single(uint64_t x);

/* ---- value-operand forms of FP instructions (the FP rows pass FPRs,
 * the VSX scalar rows doubleword 0 of VSRs); results go through
 * fp_set_target ---- */

/* fcmpu/fcmpo on a and b: CR field bf, FPCC, VXSNAN (and VXVC when
 * ordered). Returns the next record or NULL after an interrupt. */
const PpcInsn *fp_compare(PpcCpu *cpu, const PpcInsn *d, uint64_t a,
                          uint64_t b, bool ordered, unsigned bf);

/* The same with the comparison already made: c is the CR field value
 * (8 less, 4 greater, 2 equal, 1 unordered), snan whether an operand is
 * an SNaN. */
const PpcInsn *fp_compare_class(PpcCpu *cpu, const PpcInsn *d, unsigned c,
                                bool snan, bool ordered, unsigned bf);

/* ftdiv / ftsqrt CR field value (0b1 || fg || fe || 0) for a / b and
 * sqrt(b). */
unsigned fp_tdiv_crf(uint64_t a, uint64_t b);
unsigned fp_tsqrt_crf(uint64_t b);

/* Round b to an integral value: how 0 nearest-away (frin), 1 toward
 * zero, 2 toward +inf, 3 toward -inf, 4 the FPSCR[RN] mode (sets XX and
 * FI when inexact, as xsrdpic does; the others never do). */
const PpcInsn *fp_round_integral(PpcCpu *cpu, const PpcInsn *d, uint64_t b,
                                 int how);

/* Float to integer (fcti* semantics): kind 0 signed word, 1 unsigned
 * word, 2 signed doubleword, 3 unsigned doubleword; truncate or round
 * in FPSCR[RN]. The result is the fcti* doubleword (a signed word
 * sign-extended). */
enum { FP_CVT_W, FP_CVT_WU, FP_CVT_D, FP_CVT_DU };
const PpcInsn *fp_to_int(PpcCpu *cpu, const PpcInsn *d, uint64_t b,
                         int kind, bool truncate);

/* Integer b (signed or not) to double, or single when `single`; FPRF
 * set when set_fprf. */
const PpcInsn *fp_from_int(PpcCpu *cpu, const PpcInsn *d, uint64_t b,
                           bool is_unsigned, bool single, bool set_fprf);

#endif
