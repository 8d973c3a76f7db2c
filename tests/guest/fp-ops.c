/* SPDX-License-Identifier: MIT */
/*
 * Scalar floating-point guest test: runs every Book I binary FP
 * instruction on special and ordinary operands in all four rounding
 * modes and prints the result bits, the FPSCR and CR1 after each, so the
 * output can be compared line by line with QEMU's.
 */
#include "rt/rt.h"

typedef uint64_t u64;
typedef uint32_t u32;

static inline double D(u64 x) { double d; memcpy(&d, &x, 8); return d; }
static inline u64 U(double d) { u64 x; memcpy(&x, &d, 8); return x; }

static u64 get_fpscr(void)
{
    double f;
    __asm__ volatile("mffs %0" : "=d"(f));
    return U(f);
}

static void set_fpscr(u64 v)
{
    __asm__ volatile("mtfsf 0xff,%0,1,0" : : "d"(D(v)));
}

#define SENT 0x5555aaaa5555aaaaULL

/* r = op(a, b) with Rc=1, cr = whole CR after it */
#define DEF2(fn, mn) \
    static u64 fn(u64 a, u64 b, u32 *cr) \
    { \
        double r = D(SENT); u32 c; \
        __asm__ volatile(mn ". %0,%2,%3\n\tmfcr %1" \
                         : "+d"(r), "=r"(c) : "d"(D(a)), "d"(D(b))); \
        *cr = c; return U(r); \
    }
#define DEF3(fn, mn) \
    static u64 fn(u64 a, u64 b, u64 cc, u32 *cr) \
    { \
        double r = D(SENT); u32 c; \
        __asm__ volatile(mn ". %0,%2,%3,%4\n\tmfcr %1" \
                         : "+d"(r), "=r"(c) \
                         : "d"(D(a)), "d"(D(cc)), "d"(D(b))); \
        *cr = c; return U(r); \
    }
#define DEF1(fn, mn) \
    static u64 fn(u64 a, u64 b, u32 *cr) \
    { \
        double r = D(SENT); u32 c; (void)b; \
        __asm__ volatile(mn ". %0,%2\n\tmfcr %1" \
                         : "+d"(r), "=r"(c) : "d"(D(a))); \
        *cr = c; return U(r); \
    }

DEF2(op_fadd, "fadd") DEF2(op_fsub, "fsub") DEF2(op_fmul, "fmul")
DEF2(op_fdiv, "fdiv") DEF2(op_fadds, "fadds") DEF2(op_fsubs, "fsubs")
DEF2(op_fmuls, "fmuls") DEF2(op_fdivs, "fdivs") DEF2(op_fcpsgn, "fcpsgn")
DEF3(op_fmadd, "fmadd") DEF3(op_fmsub, "fmsub") DEF3(op_fnmadd, "fnmadd")
DEF3(op_fnmsub, "fnmsub") DEF3(op_fmadds, "fmadds") DEF3(op_fmsubs, "fmsubs")
DEF3(op_fnmadds, "fnmadds") DEF3(op_fnmsubs, "fnmsubs") DEF3(op_fsel, "fsel")
DEF1(op_fsqrt, "fsqrt") DEF1(op_fsqrts, "fsqrts") DEF1(op_fre, "fre")
DEF1(op_fres, "fres") DEF1(op_frsqrte, "frsqrte") DEF1(op_frsqrtes, "frsqrtes")
DEF1(op_fabs, "fabs") DEF1(op_fnabs, "fnabs") DEF1(op_fneg, "fneg")
DEF1(op_fmr, "fmr") DEF1(op_frsp, "frsp") DEF1(op_fctiw, "fctiw")
DEF1(op_fctiwz, "fctiwz") DEF1(op_fctiwu, "fctiwu") DEF1(op_fctiwuz, "fctiwuz")
DEF1(op_fctid, "fctid") DEF1(op_fctidz, "fctidz") DEF1(op_fctidu, "fctidu")
DEF1(op_fctiduz, "fctiduz") DEF1(op_fcfid, "fcfid") DEF1(op_fcfids, "fcfids")
DEF1(op_fcfidu, "fcfidu") DEF1(op_fcfidus, "fcfidus") DEF1(op_frin, "frin")
DEF1(op_friz, "friz") DEF1(op_frip, "frip") DEF1(op_frim, "frim")

typedef u64 (*Op2)(u64, u64, u32 *);
typedef u64 (*Op3)(u64, u64, u64, u32 *);

static const u64 vals[] = {
    0x0000000000000000ULL, 0x8000000000000000ULL, 0x3ff0000000000000ULL,
    0xbff8000000000000ULL, 0x7ff0000000000000ULL, 0xfff0000000000000ULL,
    0x7ff8000000000123ULL, 0xfff0000000000456ULL, 0x0000000000000001ULL,
    0x7fefffffffffffffULL, 0x0010000000000000ULL, 0x3fd5555555555555ULL,
    0x4008000000000000ULL, 0xbfb999999999999aULL, 0x47efffffe0000000ULL,
    0x47effffff0000000ULL, 0x3690000000000000ULL, 0x380fffffe0000000ULL,
    0xc1e0000000200000ULL, 0x43e0000000000000ULL, 0x41dfffffffc00000ULL,
    0x7ff4000000000000ULL,
};
#define NVALS (sizeof(vals) / sizeof(vals[0]))

/* a smaller set for three-operand ops */
static const u64 vals3[] = {
    0x0000000000000000ULL, 0x8000000000000000ULL, 0x3ff0000000000000ULL,
    0xbff8000000000000ULL, 0x7ff0000000000000ULL, 0xfff0000000000000ULL,
    0x7ff8000000000123ULL, 0xfff0000000000456ULL, 0x0010000000000000ULL,
    0x3fd5555555555555ULL, 0x7fefffffffffffffULL,
};
#define NVALS3 (sizeof(vals3) / sizeof(vals3[0]))

static void show(const char *name, unsigned rn, u64 a, u64 b, u64 r, u32 cr)
{
    rt_printf("%s %u %016lx %016lx -> %016lx %08lx %x\n", name, rn, a, b, r,
              get_fpscr(), (cr >> 24) & 0xf);
}

static void run2(const char *name, Op2 f, unsigned modes)
{
    for (unsigned rn = 0; rn < 4; rn++) {
        if (!(modes & (1u << rn))) {
            continue;
        }
        for (unsigned i = 0; i < NVALS; i++) {
            for (unsigned j = 0; j < NVALS; j++) {
                u32 cr;
                set_fpscr(rn);
                u64 r = f(vals[i], vals[j], &cr);
                show(name, rn, vals[i], vals[j], r, cr);
            }
        }
    }
}

static void run1(const char *name, Op2 f, const u64 *v, unsigned n)
{
    for (unsigned rn = 0; rn < 4; rn++) {
        for (unsigned i = 0; i < n; i++) {
            u32 cr;
            set_fpscr(rn);
            u64 r = f(v[i], 0, &cr);
            show(name, rn, v[i], 0, r, cr);
        }
    }
}

static u64 rng_state = 0x123456789abcdefULL;

static u64 rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* A random double with exponent near 0 (e in [-range, range]). */
static u64 rnd_double(unsigned range)
{
    u64 m = rnd();
    int e = (int)(rnd() % (2 * range + 1)) - (int)range;
    /* sometimes only a few mantissa bits: exercises exact cases */
    if ((m & 7) == 0) {
        m &= 0xffffff0000000000ULL;
    }
    return (m & 0x800fffffffffffffULL) | ((u64)(1023 + e) << 52);
}

static void run3(const char *name, Op3 f)
{
    for (unsigned i = 0; i < NVALS3; i++) {
        for (unsigned j = 0; j < NVALS3; j++) {
            for (unsigned k = 0; k < NVALS3; k++) {
                u32 cr;
                set_fpscr(0);
                u64 r = f(vals3[i], vals3[j], vals3[k], &cr);
                rt_printf("%s 0 %016lx %016lx %016lx -> %016lx %08lx %x\n",
                          name, vals3[i], vals3[j], vals3[k], r, get_fpscr(),
                          (cr >> 24) & 0xf);
            }
        }
    }
    for (unsigned rn = 0; rn < 4; rn++) {
        for (unsigned n = 0; n < 150; n++) {
            u64 a = rnd_double(8), b = rnd_double(8), c = rnd_double(8);
            if (n % 3 == 0) {
                /* cancellation: b close to -a*c */
                b = U(-(D(a) * D(c))) ^ (rnd() & 0x3f);
            }
            if (n % 7 == 0) {
                a = rnd_double(600), c = rnd_double(600);
            }
            u32 cr;
            set_fpscr(rn);
            u64 r = f(a, b, c, &cr);
            rt_printf("%s %u %016lx %016lx %016lx -> %016lx %08lx %x\n",
                      name, rn, a, b, c, r, get_fpscr(), (cr >> 24) & 0xf);
        }
    }
}

static void run2_random(const char *name, Op2 f)
{
    for (unsigned rn = 0; rn < 4; rn++) {
        for (unsigned n = 0; n < 100; n++) {
            u64 a = rnd_double(n < 80 ? 30 : 1020);
            u64 b = rnd_double(n < 80 ? 30 : 1020);
            u32 cr;
            set_fpscr(rn);
            u64 r = f(a, b, &cr);
            show(name, rn, a, b, r, cr);
        }
    }
}

/* ---- comparisons and tests ---- */

static void run_cmp(void)
{
    for (unsigned i = 0; i < NVALS; i++) {
        for (unsigned j = 0; j < NVALS; j++) {
            u32 c1, c2;
            set_fpscr(0);
            __asm__ volatile("fcmpu 3,%1,%2\n\tmfcr %0"
                             : "=r"(c1) : "d"(D(vals[i])), "d"(D(vals[j])));
            u64 f1 = get_fpscr();
            set_fpscr(0);
            __asm__ volatile("fcmpo 5,%1,%2\n\tmfcr %0"
                             : "=r"(c2) : "d"(D(vals[i])), "d"(D(vals[j])));
            u64 f2 = get_fpscr();
            u32 c3, c4;
            __asm__ volatile("ftdiv 2,%1,%2\n\tmfcr %0"
                             : "=r"(c3) : "d"(D(vals[i])), "d"(D(vals[j])));
            __asm__ volatile("ftsqrt 6,%1\n\tmfcr %0"
                             : "=r"(c4) : "d"(D(vals[i])));
            rt_printf("cmp %016lx %016lx -> %x %08lx %x %08lx tdiv %x tsqrt %x\n",
                      vals[i], vals[j], (c1 >> 16) & 0xf, f1,
                      (c2 >> 8) & 0xf, f2, (c3 >> 20) & 0xf, (c4 >> 4) & 0xf);
        }
    }
    /* ftdiv special exponent cases */
    static const u64 tv[] = {
        0x7fe0000000000000ULL, 0x0030000000000000ULL, 0x0360000000000000ULL,
        0x3ff0000000000000ULL, 0x0000000000000010ULL, 0x7fd0000000000000ULL,
        0x0020000000000000ULL, 0x4340000000000000ULL,
    };
    for (unsigned i = 0; i < 8; i++) {
        for (unsigned j = 0; j < 8; j++) {
            u32 c3;
            __asm__ volatile("ftdiv 7,%1,%2\n\tmfcr %0"
                             : "=r"(c3) : "d"(D(tv[i])), "d"(D(tv[j])));
            rt_printf("tdiv %016lx %016lx -> %x\n", tv[i], tv[j], c3 & 0xf);
        }
    }
}

/* ---- loads and stores ---- */

static void run_ldst(void)
{
    static const u32 sv[] = {
        0x00000000, 0x80000000, 0x3f800000, 0x00000001, 0x807fffff,
        0x00400000, 0x7f800000, 0xff800000, 0x7fc00001, 0x7f800001,
        0x7f7fffff, 0x00800000,
    };
    volatile u32 w;
    volatile u64 dw;
    for (unsigned i = 0; i < sizeof(sv) / 4; i++) {
        double f;
        w = sv[i];
        set_fpscr(0);
        __asm__ volatile("lfs %0,0(%1)" : "=d"(f) : "b"(&w) : "memory");
        u64 fs = get_fpscr();
        u32 back;
        __asm__ volatile("stfs %1,0(%2)\n\tlwz %0,0(%2)"
                         : "=&r"(back) : "d"(f), "b"(&w) : "memory");
        w = sv[i];
        double g;
        __asm__ volatile("lfiwax %0,0,%1" : "=d"(g) : "r"(&w) : "memory");
        double h;
        __asm__ volatile("lfiwzx %0,0,%1" : "=d"(h) : "r"(&w) : "memory");
        rt_printf("lfs %08x -> %016lx fpscr %lx stfs %08x lfiwax %016lx "
                  "lfiwzx %016lx\n", sv[i], U(f), fs, back, U(g), U(h));
    }
    for (unsigned i = 0; i < NVALS; i++) {
        u32 back;
        __asm__ volatile("stfs %1,0(%2)\n\tlwz %0,0(%2)"
                         : "=&r"(back) : "d"(D(vals[i])), "b"(&w) : "memory");
        u32 iw;
        __asm__ volatile("stfiwx %1,0,%2\n\tlwz %0,0(%2)"
                         : "=&r"(iw) : "d"(D(vals[i])), "r"(&w) : "memory");
        u64 d2;
        __asm__ volatile("stfd %1,0(%2)\n\tld %0,0(%2)"
                         : "=&r"(d2) : "d"(D(vals[i])), "b"(&dw) : "memory");
        rt_printf("stfs %016lx -> %08x stfiwx %08x stfd %016lx\n", vals[i],
                  back, iw, d2);
    }
    /* update forms and pairs */
    static u64 buf[8] __attribute__((aligned(16)));
    for (unsigned i = 0; i < 8; i++) {
        buf[i] = 0x1111111111111111ULL * (i + 1);
    }
    u64 *p = buf;
    double a, b;
    __asm__ volatile("lfdu %0,8(%1)" : "=d"(a), "+b"(p) : : "memory");
    rt_printf("lfdu %016lx off %ld\n", U(a), (long)(p - buf));
    long off = 8;
    __asm__ volatile("lfdux %0,%1,%2" : "=d"(a), "+b"(p) : "r"(off) : "memory");
    rt_printf("lfdux %016lx off %ld\n", U(a), (long)(p - buf));
    __asm__ volatile("stfdu %1,8(%0)" : "+b"(p) : "d"(D(0x123456789abcdef0ULL)) : "memory");
    rt_printf("stfdu %016lx off %ld\n", buf[3], (long)(p - buf));
    __asm__ volatile("stfdux %1,%0,%2" : "+b"(p) : "d"(D(0x3ff0000000000000ULL)), "r"(off) : "memory");
    rt_printf("stfdux %016lx off %ld\n", buf[4], (long)(p - buf));
    float *q = (float *)buf;
    double s;
    __asm__ volatile("lfsu %0,4(%1)" : "=d"(s), "+b"(q) : : "memory");
    rt_printf("lfsu %016lx off %ld\n", U(s), (long)(q - (float *)buf));
    __asm__ volatile("lfsux %0,%1,%2" : "=d"(s), "+b"(q) : "r"(off) : "memory");
    rt_printf("lfsux %016lx off %ld\n", U(s), (long)(q - (float *)buf));
    __asm__ volatile("stfsu %1,4(%0)" : "+b"(q) : "d"(D(0x3ff0000000000000ULL)) : "memory");
    __asm__ volatile("stfsux %1,%0,%2" : "+b"(q) : "d"(D(0xc000000000000000ULL)), "r"(off) : "memory");
    rt_printf("stfsu/x %016lx %016lx off %ld\n", buf[2], buf[5], (long)(q - (float *)buf));
    __asm__ volatile("lfsx %0,%1,%2" : "=d"(s) : "b"(buf), "r"(off) : "memory");
    __asm__ volatile("lfdx %0,%1,%2" : "=d"(a) : "b"(buf), "r"(off) : "memory");
    rt_printf("lfsx %016lx lfdx %016lx\n", U(s), U(a));
    __asm__ volatile("stfsx %0,%1,%2" : : "d"(D(0x4000000000000000ULL)), "b"(buf), "r"(off) : "memory");
    __asm__ volatile("stfdx %0,%1,%2" : : "d"(D(0x4010000000000000ULL)), "b"(buf), "r"(16L) : "memory");
    rt_printf("stfsx/stfdx %016lx %016lx\n", buf[1], buf[2]);
    /* lfdp/stfdp: even/odd pair f10/f11 */
    __asm__ volatile("lfdp 10,16(%2)\n\tfmr %0,10\n\tfmr %1,11"
                     : "=d"(a), "=d"(b) : "b"(buf) : "fr10", "fr11", "memory");
    rt_printf("lfdp %016lx %016lx\n", U(a), U(b));
    __asm__ volatile("lfdpx 10,%2,%3\n\tfmr %0,10\n\tfmr %1,11"
                     : "=d"(a), "=d"(b) : "b"(buf), "r"(32L) : "fr10", "fr11", "memory");
    rt_printf("lfdpx %016lx %016lx\n", U(a), U(b));
    __asm__ volatile("fmr 10,%0\n\tfmr 11,%1\n\tstfdp 10,48(%2)"
                     : : "d"(D(0xaaULL)), "d"(D(0xbbULL)), "b"(buf) : "fr10", "fr11", "memory");
    __asm__ volatile("fmr 10,%0\n\tfmr 11,%1\n\tstfdpx 10,%2,%3"
                     : : "d"(D(0xccULL)), "d"(D(0xddULL)), "b"(buf), "r"(0L) : "fr10", "fr11", "memory");
    for (unsigned i = 0; i < 8; i++) {
        rt_printf("buf[%u] %016lx\n", i, buf[i]);
    }
}

/* ---- FPSCR instructions ---- */

static void run_fpscr(void)
{
    u32 cr;
    set_fpscr(0);
    __asm__ volatile("mtfsb1 31\n\tmtfsb1 30\n\tmtfsb1 3\n\tmtfsb1. 25\n\tmfcr %0" : "=r"(cr));
    rt_printf("mtfsb1 %08lx %x\n", get_fpscr(), (cr >> 24) & 0xf);
    __asm__ volatile("mtfsb0 3\n\tmtfsb0. 31\n\tmfcr %0" : "=r"(cr));
    rt_printf("mtfsb0 %08lx %x\n", get_fpscr(), (cr >> 24) & 0xf);
    set_fpscr(0);
    __asm__ volatile("mtfsb1 7\n\tmtfsb1 6\n\tmfcr %0" : "=r"(cr));
    rt_printf("mtfsb1 vxsnan %08lx\n", get_fpscr());
    __asm__ volatile("mtfsb0 7\n\tmfcr %0" : "=r"(cr));
    rt_printf("mtfsb0 vxsnan %08lx\n", get_fpscr());
    set_fpscr(0);
    __asm__ volatile("mtfsfi 7,3\n\tmtfsfi 0,15\n\tmtfsfi. 6,8\n\tmfcr %0" : "=r"(cr));
    rt_printf("mtfsfi %08lx %x\n", get_fpscr(), (cr >> 24) & 0xf);
    __asm__ volatile("mtfsfi 7,1,1\n\tmtfsfi 6,3,1");
    rt_printf("mtfsfi W=1 %016lx\n", get_fpscr());
    set_fpscr(0xffffffffffffffffULL);
    rt_printf("all ones %016lx\n", get_fpscr());
    set_fpscr(0x0000000700000000ULL);
    rt_printf("drn %016lx\n", get_fpscr());
    __asm__ volatile("mtfsf 0x0f,%0,0,1" : : "d"(D(0x0000000012345678ULL)));
    rt_printf("mtfsf W=1 %016lx\n", get_fpscr());
    set_fpscr(0);
    for (unsigned m = 1; m < 256; m = m * 3 + 1) {
        set_fpscr(0x0000000012340000ULL);
        __asm__ volatile("mtfsf %1,%2\n\tmfcr %0" : "=r"(cr) : "i"(0x5a), "d"(D(0xffffffffffffffffULL)));
        (void)m;
    }
    rt_printf("mtfsf 5a %016lx\n", get_fpscr());
    set_fpscr(0);
    __asm__ volatile("mtfsf. 0xff,%1\n\tmfcr %0" : "=r"(cr) : "d"(D(0x00000000f0f0f0f3ULL)));
    rt_printf("mtfsf. %016lx %x\n", get_fpscr(), (cr >> 24) & 0xf);
    /* mcrfs */
    set_fpscr(0x00000000fff80f00ULL);
    for (unsigned bf = 0; bf < 8; bf++) {
        u32 c;
        set_fpscr(0x00000000fff80f00ULL);
        switch (bf) {
        case 0: __asm__ volatile("mcrfs 2,0\n\tmfcr %0" : "=r"(c)); break;
        case 1: __asm__ volatile("mcrfs 2,1\n\tmfcr %0" : "=r"(c)); break;
        case 2: __asm__ volatile("mcrfs 2,2\n\tmfcr %0" : "=r"(c)); break;
        case 3: __asm__ volatile("mcrfs 2,3\n\tmfcr %0" : "=r"(c)); break;
        case 4: __asm__ volatile("mcrfs 2,4\n\tmfcr %0" : "=r"(c)); break;
        case 5: __asm__ volatile("mcrfs 2,5\n\tmfcr %0" : "=r"(c)); break;
        case 6: __asm__ volatile("mcrfs 2,6\n\tmfcr %0" : "=r"(c)); break;
        default: __asm__ volatile("mcrfs 2,7\n\tmfcr %0" : "=r"(c)); break;
        }
        rt_printf("mcrfs %u -> %x %016lx\n", bf, (c >> 20) & 0xf, get_fpscr());
    }
    /* ISA 3.0 mffs variants (raw encodings: binutils may lack them) */
    double f, g = D(0x0000000500000002ULL);
    set_fpscr(0x00000007f2f800fbULL);
    __asm__ volatile(".long 0xfc010c8e | (1 << 21)\n\tfmr %0,1" : "=d"(f) : : "fr1");
    rt_printf("mffsce %016lx %016lx\n", U(f), get_fpscr());
    set_fpscr(0x00000007f2f800fbULL);
    __asm__ volatile("fmr 2,%1\n\t.long 0xfc14148e | (1 << 21)\n\tfmr %0,1" : "=d"(f) : "d"(g) : "fr1", "fr2");
    rt_printf("mffscdrn %016lx %016lx\n", U(f), get_fpscr());
    set_fpscr(0x00000007f2f800fbULL);
    __asm__ volatile(".long 0xfc15148e | (1 << 21) | (3 << 11)\n\tfmr %0,1" : "=d"(f) : : "fr1");
    rt_printf("mffscdrni %016lx %016lx\n", U(f), get_fpscr());
    set_fpscr(0x00000007f2f800fbULL);
    __asm__ volatile("fmr 2,%1\n\t.long 0xfc16148e | (1 << 21)\n\tfmr %0,1" : "=d"(f) : "d"(g) : "fr1", "fr2");
    rt_printf("mffscrn %016lx %016lx\n", U(f), get_fpscr());
    set_fpscr(0x00000007f2f800fbULL);
    __asm__ volatile(".long 0xfc17148e | (1 << 21) | (1 << 11)\n\tfmr %0,1" : "=d"(f) : : "fr1");
    rt_printf("mffscrni %016lx %016lx\n", U(f), get_fpscr());
    set_fpscr(0x00000007f2f800fbULL);
    __asm__ volatile(".long 0xfc18048e | (1 << 21)\n\tfmr %0,1" : "=d"(f) : : "fr1");
    rt_printf("mffsl %016lx %016lx\n", U(f), get_fpscr());
    set_fpscr(0x00000007f2f800fbULL);
    __asm__ volatile("mffs. %0\n\tmfcr %1" : "=d"(f), "=r"(cr));
    rt_printf("mffs. %016lx %x\n", U(f), (cr >> 24) & 0xf);
}

/* ---- enabled exceptions ---- */

static volatile int prog_hits;

static void hook(uint64_t vector, RtFrame *fr)
{
    if (vector == 0x700) {
        rt_printf("  program srr1 %lx\n", fr->srr1 & 0x1f0000);
        prog_hits++;
        fr->srr0 += 4;
        return;
    }
    if (vector == 0x800) {
        /* FP unavailable: turn FP on and retry the instruction */
        rt_printf("  fp unavailable srr1 %lx\n", fr->srr1 & 0x1f2000);
        fr->srr1 |= 0x2000;
        return;
    }
    rt_printf("unexpected vector %lx at %lx\n", vector, fr->srr0);
    rt_power_off();
}

static u64 get_msr(void)
{
    u64 m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    return m;
}

static void set_msr(u64 m)
{
    __asm__ volatile("mtmsrd %0" : : "r"(m));
}

static void run_enabled(void)
{
    static const struct { u64 fpscr; u64 a, b; } cases[] = {
        { 0x80, 0x7ff0000000000000ULL, 0xfff0000000000000ULL },  /* VE isi */
        { 0x80, 0x7ff0000000000001ULL, 0x3ff0000000000000ULL },  /* VE snan */
        { 0x10, 0x3ff0000000000000ULL, 0x0000000000000000ULL },  /* ZE */
        { 0x40, 0x7fefffffffffffffULL, 0x7fefffffffffffffULL },  /* OE */
        { 0x20, 0x0010000000000000ULL, 0x8008000000000000ULL },  /* UE */
        { 0x08, 0x3ff0000000000000ULL, 0x3c90000000000000ULL },  /* XE */
        { 0x00, 0x7ff0000000000000ULL, 0xfff0000000000000ULL },  /* none */
    };
    u64 msr = get_msr();
    for (unsigned fe = 0; fe < 2; fe++) {
        if (fe) {
            set_msr(msr | 0x900);  /* FE0 | FE1: precise */
        }
        for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
            u32 cr;
            set_fpscr(cases[i].fpscr);
            u64 r = op_fadd(cases[i].a, cases[i].b, &cr);
            rt_printf("enabled fe%u fadd %u -> %016lx %08lx %x\n", fe, i, r,
                      get_fpscr(), (cr >> 24) & 0xf);
            set_fpscr(cases[i].fpscr);
            r = op_fdiv(cases[i].a, cases[i].b, &cr);
            rt_printf("enabled fe%u fdiv %u -> %016lx %08lx %x\n", fe, i, r,
                      get_fpscr(), (cr >> 24) & 0xf);
            set_fpscr(cases[i].fpscr);
            r = op_fmul(cases[i].a, cases[i].b, &cr);
            rt_printf("enabled fe%u fmul %u -> %016lx %08lx %x\n", fe, i, r,
                      get_fpscr(), (cr >> 24) & 0xf);
        }
        set_fpscr(0x80);
        u32 c;
        __asm__ volatile("fcmpo 1,%1,%2\n\tmfcr %0" : "=r"(c) : "d"(D(0x7ff8000000000000ULL)), "d"(D(0.0)));
        rt_printf("enabled fe%u fcmpo -> %08lx %x\n", fe, get_fpscr(), (c >> 24) & 0xf);
        set_fpscr(0x80);
        double r = D(SENT);
        __asm__ volatile("fctiw %0,%1" : "+d"(r) : "d"(D(0x7ff0000000000000ULL)));
        rt_printf("enabled fe%u fctiw -> %016lx %08lx\n", fe, U(r), get_fpscr());
        set_fpscr(0x10);
        __asm__ volatile("mtfsb1 5");
        rt_printf("enabled fe%u mtfsb1 zx -> %08lx\n", fe, get_fpscr());
        set_fpscr(0x08000000ULL);
        __asm__ volatile("mtfsfi 6,2");
        rt_printf("enabled fe%u mtfsfi ue -> %08lx\n", fe, get_fpscr());
        set_fpscr(0);
    }
    set_msr(msr);
    rt_printf("program interrupts %d\n", prog_hits);
}

static void run_fp_unavailable_check(void)
{
    u32 cr;
    set_fpscr(0);
    set_msr(get_msr() & ~0x2000ULL);
    u64 r = op_fadd(0x3ff0000000000000ULL, 0x3ff0000000000000ULL, &cr);
    rt_printf("after fp unavailable: %016lx msr.fp %lu\n", r,
              (unsigned long)((get_msr() >> 13) & 1));
}

int main(void)
{
    rt_exception_hook = hook;
    rt_printf("fp-ops\n");
    run2("fadd", op_fadd, 0xf);
    run2("fsub", op_fsub, 0x1);
    run2("fmul", op_fmul, 0xf);
    run2("fdiv", op_fdiv, 0xf);
    run2("fadds", op_fadds, 0xf);
    run2("fsubs", op_fsubs, 0x1);
    run2("fmuls", op_fmuls, 0xf);
    run2("fdivs", op_fdivs, 0xf);
    run2("fcpsgn", op_fcpsgn, 0x1);
    run2_random("fadd", op_fadd);
    run2_random("fmul", op_fmul);
    run2_random("fdiv", op_fdiv);
    run2_random("fadds", op_fadds);
    run2_random("fmuls", op_fmuls);
    run2_random("fdivs", op_fdivs);
    run3("fmadd", op_fmadd);
    run3("fmsub", op_fmsub);
    run3("fnmadd", op_fnmadd);
    run3("fnmsub", op_fnmsub);
    run3("fmadds", op_fmadds);
    run3("fmsubs", op_fmsubs);
    run3("fnmadds", op_fnmadds);
    run3("fnmsubs", op_fnmsubs);
    run3("fsel", op_fsel);
    static const struct { const char *n; Op2 f; } ones[] = {
        { "fsqrt", op_fsqrt }, { "fsqrts", op_fsqrts }, { "fre", op_fre },
        { "fres", op_fres }, { "frsqrte", op_frsqrte },
        { "frsqrtes", op_frsqrtes }, { "fabs", op_fabs },
        { "fnabs", op_fnabs }, { "fneg", op_fneg }, { "fmr", op_fmr },
        { "frsp", op_frsp }, { "fctiw", op_fctiw }, { "fctiwz", op_fctiwz },
        { "fctiwu", op_fctiwu }, { "fctiwuz", op_fctiwuz },
        { "fctid", op_fctid }, { "fctidz", op_fctidz },
        { "fctidu", op_fctidu }, { "fctiduz", op_fctiduz },
        { "fcfid", op_fcfid }, { "fcfids", op_fcfids },
        { "fcfidu", op_fcfidu }, { "fcfidus", op_fcfidus },
        { "frin", op_frin }, { "friz", op_friz }, { "frip", op_frip },
        { "frim", op_frim },
    };
    static u64 more[NVALS + 40];
    unsigned nm = 0;
    for (unsigned i = 0; i < NVALS; i++) {
        more[nm++] = vals[i];
    }
    static const u64 extra[] = {
        0x3ff8000000000000ULL, 0x4004000000000000ULL, 0xc004000000000000ULL,
        0x400c000000000000ULL, 0x3fe0000000000000ULL, 0xbfe0000000000000ULL,
        0x41e0000000000000ULL, 0xc1e0000000000000ULL, 0x41efffffffe00000ULL,
        0x41f0000000000000ULL, 0x43f0000000000000ULL, 0xc3e0000000000000ULL,
        0x0000000000001234ULL, 0xffffffffffffffffULL, 0x8000000000000001ULL,
        0x00000000ffffffffULL, 0x7fffffffffffffffULL, 0x0020000000000001ULL,
        0x4330000000000001ULL, 0x3ff0000000000001ULL, 0x4000000000000001ULL,
        0x0123456789abcdefULL, 0x001fffffffffffffULL, 0x36a0000000000000ULL,
        0x36a8000000000000ULL, 0x3810000000000000ULL,
    };
    for (unsigned i = 0; i < sizeof(extra) / 8; i++) {
        more[nm++] = extra[i];
    }
    for (unsigned k = 0; k < sizeof(ones) / sizeof(ones[0]); k++) {
        run1(ones[k].n, ones[k].f, more, nm);
    }
    run_cmp();
    run_ldst();
    run_fpscr();
    run_enabled();
    run_fp_unavailable_check();
    return 0;
}
