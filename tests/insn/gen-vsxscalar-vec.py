#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes tests/insn/vsxscalar.vec: vectors for every row of
cpu-ppc/insn-vsx-scalar.def (VSX scalar floating point, primary 60, and
the quad-precision rows of primary 63). Each row gets edge-value operands
(zeros, ones, denormals, limits, infinities, QNaN/SNaN, single- and
integer-range edges) in both halves of the register file (VSRs 0..31 and
32..63, doubleword 1 left at its default so what the instruction does to
it is recorded), the four rounding modes and some exception enables. The
selection is deterministic (fixed seed). Run it, then
`tests/insn/regen.sh vsxscalar` records QEMU 7.2's results."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(0x75cafe)

D = [0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000,
     0xbff0000000000000, 0x3ff8000000000000, 0x4008000000000000,
     0xc004000000000000, 0x0000000000000001, 0x800fffffffffffff,
     0x0010000000000000, 0x7fefffffffffffff, 0xffefffffffffffff,
     0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000001,
     0x7ff0000000000001, 0xfff4000000000000, 0x3ff0000000000001,
     0x3fb999999999999a, 0x47efffffe0000000, 0x36a0000000000000,
     0x3810000000000000, 0x7e37e43c8800759c, 0x01a56e1fc2f8f359,
     0x43e0000000000000, 0xc1e0000000200000, 0x41efffffffe00000,
     0x4330000000000001, 0xbfe0000000000000, 0x400921fb54442d18]
# 32-bit single patterns (word 0 of doubleword 0)
S = [0x00000000, 0x80000000, 0x3f800000, 0xbfc00000, 0x00000001,
     0x807fffff, 0x00800000, 0x7f7fffff, 0x7f800000, 0xff800000,
     0x7fc00001, 0x7f800001, 0xffa00000,
     0x3eaaaaab, 0x477fe000, 0x33800000]
# integers for the int-to-fp conversions
I = [0, 1, 0xffffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000,
     0x0020000000000001, 0xfffffffffffffffe, 0x00000000ffffffff,
     0x7ffffffffffffe00, 0x123456789abcdef1, 0x8000000000000401,
     0x0000000000ffffff, 0x0000000001000001]
# half-precision patterns (low 16 bits of word... see xscvhpdp)
H = [0x0000, 0x8000, 0x3c00, 0xbc00, 0x0001, 0x03ff, 0x0400, 0x7bff,
     0x7c00, 0xfc00, 0x7e01, 0x7c01, 0xfd00, 0x3555]

DW1 = 0x0123456789abcdef

lines = []


def vs(n, v, dw1=DW1):
    return "vs%d=0x%016x%016x" % (n, v, dw1)


def regs(i):
    """Registers for vector i: alternate FPR-half and VR-half VSRs."""
    if i % 2:
        return 33 + i % 5, 40 + i % 7, 50 + i % 6, 58 + i % 3
    return 1 + i % 5, 8 + i % 7, 18 + i % 6, 26 + i % 3


def fpscr(i, extra=0):
    return "fpscr=0x%x" % ((i % 4) | extra)


def add(name, text, inputs, mode="64"):
    lines.append("%s | %s | %s | %s" % (name, text, mode, " ".join(inputs)))


def enables(i):
    """Every 7th vector runs with an exception enabled (no interrupt:
    MSR[FE0,FE1] = 0): XE, UE, OE, ZE by turn; VE in its own vectors."""
    return [0, 0x08, 0x20, 0x40, 0x10][(i // 7) % 5] if i % 7 == 6 else 0


BIN = ["xsadddp", "xssubdp", "xsmuldp", "xsdivdp", "xsaddsp", "xssubsp",
       "xsmulsp", "xsdivsp"]
BIN_NOROUND = ["xsmaxdp", "xsmindp", "xscpsgndp", "xsmaxcdp", "xsmincdp",
               "xsmaxjdp", "xsminjdp", "xscmpeqdp", "xscmpgtdp",
               "xscmpgedp"]
FMA = ["xsmaddadp", "xsmaddmdp", "xsmsubadp", "xsmsubmdp", "xsnmaddadp",
       "xsnmaddmdp", "xsnmsubadp", "xsnmsubmdp", "xsmaddasp", "xsmaddmsp",
       "xsmsubasp", "xsmsubmsp", "xsnmaddasp", "xsnmaddmsp", "xsnmsubasp",
       "xsnmsubmsp"]
UN = ["xssqrtdp", "xssqrtsp", "xsredp", "xsresp", "xsrsqrtedp",
      "xsrsqrtesp", "xsrdpi", "xsrdpic", "xsrdpim", "xsrdpip", "xsrdpiz",
      "xsrsp", "xscvdpsp", "xscvdpsxds", "xscvdpsxws", "xscvdpuxds",
      "xscvdpuxws", "xscvdphp"]
UN_NOROUND = ["xsabsdp", "xsnabsdp", "xsnegdp", "xscvdpspn"]
UN_SP = ["xscvspdp", "xscvspdpn"]
UN_INT = ["xscvsxddp", "xscvuxddp", "xscvsxdsp", "xscvuxdsp"]
# Enabled overflow/underflow results of estimates (value undefined
# beyond the estimate's precision) and of xscvdphp (ISA 3.0B gives no
# exponent adjustment for half precision) are not tested.
NO_OE_UE = ["xsredp", "xsresp", "xsrsqrtedp", "xsrsqrtesp", "xscvdphp"]
CMP = ["xscmpudp", "xscmpodp", "xscmpexpdp", "xstdivdp"]


def binary_vectors():
    for op in BIN + BIN_NOROUND:
        k = 0
        for a in D:
            for b in D:
                if rng.random() > 0.15:
                    continue
                t, ra, rb, _ = regs(k)
                add("%s_%d" % (op, k), "%s %d,%d,%d" % (op, t, ra, rb),
                    [vs(ra, a), vs(rb, b), fpscr(k, enables(k))])
                k += 1
        # one VE=1 vector (invalid operation enabled) and one each mode
        t, ra, rb, _ = regs(k)
        add("%s_ve" % op, "%s %d,%d,%d" % (op, t, ra, rb),
            [vs(ra, D[15]), vs(rb, D[2]), "fpscr=0x80"])
        add("%s_ve_inf" % op, "%s %d,%d,%d" % (op, t + 1, ra, rb),
            [vs(ra, D[12]), vs(rb, D[13]), "fpscr=0x80"])
        add("%s_same" % op, "%s %d,%d,%d" % (op, ra, ra, ra),
            [vs(ra, D[5])])


def fma_vectors():
    for op in FMA:
        for k in range(70):
            t, ra, rb, _ = regs(k)
            a, b, c = (rng.choice(D) for _ in range(3))
            if k % 3 == 0:   # a finite, ordinary case most of the time
                a, b, c = (rng.choice(D[2:7] + D[17:19] + D[29:]) for _ in range(3))
            add("%s_%d" % (op, k), "%s %d,%d,%d" % (op, t, ra, rb),
                [vs(ra, a), vs(rb, b), vs(t, c), fpscr(k, enables(k))])
        t, ra, rb, _ = regs(1)
        add("%s_ve" % op, "%s %d,%d,%d" % (op, t, ra, rb),
            [vs(ra, D[12]), vs(rb, D[0]), vs(t, D[2]), "fpscr=0x80"])


def unary_vectors():
    for op in UN + UN_NOROUND:
        for k, b in enumerate(D):
            for rn in ((0, 1, 2, 3) if op in UN else (k % 4,)):
                i = 4 * k + rn
                t, _, rb, _ = regs(i)
                en = enables(i)
                if op in NO_OE_UE:
                    en &= ~0x60
                add("%s_%d" % (op, i), "%s %d,%d" % (op, t, rb),
                    [vs(rb, b), "fpscr=0x%x" % (rn | en)])
        t, _, rb, _ = regs(3)
        add("%s_ve" % op, "%s %d,%d" % (op, t, rb),
            [vs(rb, D[15]), "fpscr=0x80"])
        add("%s_ve_neg" % op, "%s %d,%d" % (op, t, rb),
            [vs(rb, D[3]), "fpscr=0x80"])
    for op in UN_SP:
        for k, s in enumerate(S):
            t, _, rb, _ = regs(k)
            add("%s_%d" % (op, k), "%s %d,%d" % (op, t, rb),
                [vs(rb, s << 32 | 0x89abcdef), fpscr(k, enables(k))])
        add("%s_ve" % op, "%s %d,%d" % (op, 3, 4),
            [vs(4, 0x7f800001 << 32), "fpscr=0x80"])
    for op in UN_INT:
        for k, v in enumerate(I):
            for rn in range(4):
                i = 4 * k + rn
                t, _, rb, _ = regs(i)
                add("%s_%d" % (op, i), "%s %d,%d" % (op, t, rb),
                    [vs(rb, v), "fpscr=0x%x" % (rn | enables(i))])
    for k, h in enumerate(H):
        t, _, rb, _ = regs(k)
        add("xscvhpdp_%d" % k, "xscvhpdp %d,%d" % (t, rb),
            [vs(rb, 0xabcd000000000000 | h), fpscr(k, enables(k))])
    add("xscvhpdp_ve", "xscvhpdp 3,4", [vs(4, 0x7c01), "fpscr=0x80"])


def cmp_vectors():
    for op in CMP:
        k = 0
        for a in D:
            for b in D:
                if rng.random() > 0.15:
                    continue
                _, ra, rb, _ = regs(k)
                add("%s_%d" % (op, k), "%s %d,%d,%d" % (op, k % 8, ra, rb),
                    [vs(ra, a), vs(rb, b), "cr=0x12345678",
                     fpscr(k, enables(k))])
                k += 1
        add("%s_ve" % op, "%s 1,2,3" % op,
            [vs(2, D[15]), vs(3, D[2]), "fpscr=0x80"])
    for k, b in enumerate(D):
        _, _, rb, _ = regs(k)
        add("xstsqrtdp_%d" % k, "xstsqrtdp %d,%d" % (k % 8, rb),
            [vs(rb, b), "cr=0x87654321"])
    for op, vals in (("xststdcdp", D), ("xststdcsp", D)):
        for k, b in enumerate(vals):
            extra = rng.randrange(128)
            for dcmx in sorted({0x7f, 0x40, 0x20, 0x10, 0x08, 0x04, 0x02,
                                0x01, extra}):
                i = 9 * k + (dcmx & 7)
                _, _, rb, _ = regs(k)
                add("%s_%d_%x" % (op, k, dcmx),
                    "%s %d,%d,%d" % (op, i % 8, rb, dcmx),
                    [vs(rb, b), "cr=0x87654321", "fpscr=0x%x" % (k % 4)])


def bits_vectors():
    for op in ("xsxexpdp", "xsxsigdp"):
        for k, b in enumerate(D):
            _, _, rb, _ = regs(k)
            add("%s_%d" % (op, k), "%s %d,%d" % (op, 3 + k % 20, rb),
                [vs(rb, b)])
    for k in range(40):
        a = rng.choice(D + I)
        b = rng.choice([0, 1, 0x3ff, 0x7ff, 0x7fe, 0x800, 0xffffffffffffffff,
                        0x400, 0x123456789])
        t = regs(k)[0]
        add("xsiexpdp_%d" % k, "xsiexpdp %d,4,5" % t,
            ["r4=0x%x" % a, "r5=0x%x" % b])


def facility_vectors():
    add("xsadddp_novsx", "xsadddp 1,2,3", ["msr_clear=vsx"])
    add("xsadddp_nofp", "xsadddp 1,2,3", ["msr_clear=fp"])
    add("xsadddp_vr_novec", "xsadddp 33,34,35", ["msr_clear=vec"])


# ---- quad precision (primary 63, VRs) ----
Q = [0, 1 << 127, 0x3fff << 112, 0xbfff << 112, 0x3fff8 << 108,
     0x40008 << 108, 0xc0004 << 108, 1, (1 << 112) - 1 | 1 << 127,
     1 << 112, (0x7ffe << 112) | ((1 << 112) - 1),
     (0xfffe << 112) | ((1 << 112) - 1), 0x7fff << 112, 0xffff << 112,
     0x7fff8 << 108 | 1, 0x7fff << 112 | 1, 0xffff4 << 108,
     0x3fff << 112 | 1, 0x3ffd5555555555555555555555555555,
     0x4000921fb54442d18469898cc51701b8, 0x403f << 112,
     0xc03e << 112, 0x401e << 112, 0x4031ffffffffffff0000000000000000,
     0x3ffe << 112, 0x3ffe8 << 108, 0x4034123456789abcdef0123456789abc,
     0x3c00 << 112 | 0x8000000000001, 0x0001ffffffffffffffffffffffffffff]


def vq(n, q):
    return "v%d=0x%032x" % (n, q)


def qregs(i):
    return 1 + i % 9, 10 + i % 7, 20 + i % 6


QBIN = ["xsaddqp", "xssubqp", "xsmulqp", "xsdivqp"]
QFMA = ["xsmaddqp", "xsmsubqp", "xsnmaddqp", "xsnmsubqp"]
QCMP = ["xscmpuqp", "xscmpoqp", "xscmpexpqp"]
QUN = ["xssqrtqp", "xscvqpdp"]
QUN_PLAIN = ["xsabsqp", "xsnabsqp", "xsnegqp", "xscvqpswz", "xscvqpuwz",
             "xscvqpsdz", "xscvqpudz"]


def quad_vectors():
    global rng
    main_rng = rng
    for op in QBIN + ["xscpsgnqp"]:
        k = 0
        for a in Q:
            for b in Q:
                if rng.random() > 0.12:
                    continue
                t, ra, rb = qregs(k)
                odd = op != "xscpsgnqp" and k % 3 == 2
                add("%s_%d" % (op, k), "%s%s %d,%d,%d" % (op, "o" if odd else "", t, ra, rb),
                    [vq(ra, a), vq(rb, b), "fpscr=0x%x" % (k % 4 | (0x08 if k % 11 == 5 else 0))])
                k += 1
        add("%s_ve" % op, "%s 1,2,3" % op, [vq(2, Q[15]), vq(3, Q[2]), "fpscr=0x80"])
    for op in QFMA:
        for k in range(60):
            t, ra, rb = qregs(k)
            a, b, c = (rng.choice(Q) for _ in range(3))
            if k % 3 == 0:
                a, b, c = (rng.choice(Q[2:7] + Q[17:20] + Q[24:27]) for _ in range(3))
            odd = k % 4 == 3
            add("%s_%d" % (op, k), "%s%s %d,%d,%d" % (op, "o" if odd else "", t, ra, rb),
                [vq(ra, a), vq(rb, b), vq(t, c), "fpscr=0x%x" % (k % 4)])
        add("%s_ve" % op, "%s 1,2,3" % op, [vq(2, Q[12]), vq(3, Q[0]), vq(1, Q[2]), "fpscr=0x80"])
    for op in QCMP:
        k = 0
        for a in Q:
            for b in Q:
                if rng.random() > 0.12:
                    continue
                _, ra, rb = qregs(k)
                add("%s_%d" % (op, k), "%s %d,%d,%d" % (op, k % 8, ra, rb),
                    [vq(ra, a), vq(rb, b), "cr=0x12345678", "fpscr=0x%x" % (k % 4)])
                k += 1
        add("%s_ve" % op, "%s 1,2,3" % op, [vq(2, Q[15]), vq(3, Q[2]), "fpscr=0x80"])
    for op in QUN + QUN_PLAIN:
        rns = (0, 1, 2, 3) if op in QUN else (0,)
        for k, b in enumerate(Q):
            for rn in rns:
                i = 4 * k + rn
                t, _, rb = qregs(i)
                odd = op in QUN and i % 3 == 2
                add("%s_%d" % (op, i), "%s%s %d,%d" % (op, "o" if odd else "", t, rb),
                    [vq(rb, b), "fpscr=0x%x" % rn])
        add("%s_ve" % op, "%s 1,2" % op, [vq(2, Q[15]), "fpscr=0x80"])
    for k, b in enumerate(Q):
        t, _, rb = qregs(k)
        for op in ("xsxexpqp", "xsxsigqp"):
            add("%s_%d" % (op, k), "%s %d,%d" % (op, t, rb), [vq(rb, b)])
        add("xststdcqp_%d" % k, "xststdcqp %d,%d,%d" % (k % 8, rb, rng.randrange(128)),
            [vq(rb, b), "cr=0x87654321"])
        add("xststdcqp_all_%d" % k, "xststdcqp %d,%d,0x7f" % (k % 8, rb),
            [vq(rb, b), "cr=0x87654321"])
        for r, rmc in ((0, 0), (0, 1), (0, 2), (0, 3), (1, 0), (1, 1), (1, 2), (1, 3)):
            for ex in ("", "x"):
                if rng.random() > 0.3:
                    continue
                add("xsrqpi%s_%d_%d%d" % (ex, k, r, rmc), "xsrqpi%s %d,%d,%d,%d" % (ex, r, t, rb, rmc),
                    [vq(rb, b), "fpscr=0x%x" % (k % 4)])
            if rng.random() < 0.25:
                add("xsrqpxp_%d_%d%d" % (k, r, rmc), "xsrqpxp %d,%d,%d,%d" % (r, t, rb, rmc),
                    [vq(rb, b), "fpscr=0x%x" % (k % 4)])
    for k, b in enumerate(D):
        t, _, rb = qregs(k)
        add("xscvdpqp_%d" % k, "xscvdpqp %d,%d" % (t, rb), [vq(rb, b << 64 | DW1)])
    add("xscvdpqp_ve", "xscvdpqp 1,2", [vq(2, D[15] << 64), "fpscr=0x80"])
    for k, v in enumerate(I):
        t, _, rb = qregs(k)
        for op in ("xscvsdqp", "xscvudqp"):
            add("%s_%d" % (op, k), "%s %d,%d" % (op, t, rb), [vq(rb, v << 64 | DW1)])
    for k in range(30):
        t = qregs(k)[0]
        a = rng.choice(Q)
        e = rng.choice([0, 1, 0x3fff, 0x7fff, 0x7ffe, 0x8000, 0x12345, (1 << 64) - 1])
        add("xsiexpqp_%d" % k, "xsiexpqp %d,%d,%d" % (t, 10 + k % 5, 20 + k % 5),
            [vq(10 + k % 5, a), vq(20 + k % 5, e << 64 | DW1)])
    # enabled overflow/underflow (OE=1 UE=1): exponent-adjusted results
    # (their own random stream, so adding vectors here leaves the
    # others unchanged)
    rng = random.Random(0x0e0e)
    def big():
        return rng.getrandbits(1) << 127 | rng.randrange(0x7f00, 0x7fff) << 112 | rng.getrandbits(112)

    def small():
        e = rng.choice([0, rng.randrange(1, 0x80)])
        return rng.getrandbits(1) << 127 | e << 112 | rng.getrandbits(112)

    def mid(lo, hi):
        return rng.getrandbits(1) << 127 | rng.randrange(lo, hi) << 112 | rng.getrandbits(112)
    pairs = {"xsaddqp": lambda: rng.choice([(big(), big()), (small(), small()), (big(), mid(0x3f00, 0x4100))]),
             "xssubqp": lambda: rng.choice([(big(), big()), (small(), small())]),
             "xsmulqp": lambda: rng.choice([(mid(0x5f00, 0x7ffe), mid(0x5f00, 0x7ffe)),
                                            (mid(1, 0x2000), mid(1, 0x2000)), (small(), mid(0x3f00, 0x4010))]),
             "xsdivqp": lambda: rng.choice([(mid(0x5f00, 0x7ffe), mid(1, 0x2000)),
                                            (mid(1, 0x2000), mid(0x5f00, 0x7ffe)), (small(), mid(0x3ff0, 0x4100))])}
    for op, draw in pairs.items():
        for k in range(24):
            t, ra, rb = qregs(k)
            x, y = draw()
            odd = "o" if k % 5 == 4 else ""
            add("%s_en_%d" % (op, k), "%s%s %d,%d,%d" % (op, odd, t, ra, rb),
                [vq(ra, x), vq(rb, y), "fpscr=0x%x" % (0x60 | k % 4)])
    for op in QFMA:
        for k in range(16):
            t, ra, rb = qregs(k)
            x, y, z = rng.choice([(mid(0x5f00, 0x7ffe), mid(0x5f00, 0x7ffe), mid(0x3f00, 0x4100)),
                                  (mid(1, 0x2000), mid(1, 0x2000), small()),
                                  (big(), mid(0x3ff0, 0x4008), big()),
                                  (mid(0x5f00, 0x7ffe), mid(0x5f00, 0x7ffe), big())])
            odd = "o" if k % 5 == 4 else ""
            add("%s_en_%d" % (op, k), "%s%s %d,%d,%d" % (op, odd, t, ra, rb),
                [vq(ra, x), vq(rb, y), vq(t, z), "fpscr=0x%x" % (0x60 | k % 4)])
    for k in range(24):
        t, _, rb = qregs(k)
        # overflowing / tiny doubles whose adjusted value (2^-+1536) is
        # a normal double
        e = rng.choice([rng.randrange(0x43ff, 0x49fe), rng.randrange(0x3601, 0x3c01),
                        rng.randrange(0x3bcd, 0x3c01)])
        x = rng.getrandbits(1) << 127 | e << 112 | rng.getrandbits(112)
        odd = "o" if k % 5 == 4 else ""
        add("xscvqpdp_en_%d" % k, "xscvqpdp%s %d,%d" % (odd, t, rb),
            [vq(rb, x), "fpscr=0x%x" % (0x60 | k % 4)])
    rng = main_rng
    add("xsaddqp_novsx", "xsaddqp 1,2,3", ["msr_clear=vsx"])
    add("xsaddqp_nofp", "xsaddqp 1,2,3", ["msr_clear=fp"])
    add("xsaddqp_novec", "xsaddqp 1,2,3", ["msr_clear=vec"])


# ---- random differential vectors: random operands over the whole
# range (and near 1, near the limits), random rounding mode, XE or ZE
# sometimes; both byte orders (register-only rows: the same results) ----
def rand_double():
    kind = rng.random()
    if kind < 0.4:
        e = rng.randrange(1, 2047)
    elif kind < 0.7:
        e = 1023 + rng.randrange(-30, 30)
    elif kind < 0.85:
        e = rng.choice([rng.randrange(0, 40), rng.randrange(850, 930),
                        rng.randrange(1140, 1170), rng.randrange(2000, 2047)])
    else:
        return rng.choice(D)
    m = rng.getrandbits(52)
    if rng.random() < 0.2:
        m = rng.choice([0, 1, (1 << 52) - 1, 1 << 51, rng.getrandbits(52) & ~0x1fffffff])
    return rng.getrandbits(1) << 63 | e << 52 | m


def rand_quad():
    kind = rng.random()
    if kind < 0.4:
        e = rng.randrange(1, 32767)
    elif kind < 0.7:
        e = 16383 + rng.randrange(-70, 70)
    elif kind < 0.85:
        e = rng.choice([rng.randrange(0, 120), rng.randrange(32650, 32767)])
    else:
        return rng.choice(Q)
    m = rng.getrandbits(112)
    if rng.random() < 0.2:
        m = rng.choice([0, 1, (1 << 112) - 1, 1 << 111])
    return rng.getrandbits(1) << 127 | e << 112 | m


def rand_vectors():
    n = 0
    for op in BIN + FMA + UN + ["xsmaxdp", "xsmindp", "xscmpudp", "xscmpodp"]:
        for k in range(30):
            t, ra, rb, _ = regs(k)
            fs = rng.randrange(4) | rng.choice([0, 0, 0, 0x08, 0x10])
            mode = "64le" if k % 4 == 1 else ("32" if k % 4 == 2 else "64")
            if op in UN:
                if op in NO_OE_UE:
                    fs &= ~0x60
                text = "%s %d,%d" % (op, t, rb)
                ins = [vs(rb, rand_double())]
            elif op in ("xscmpudp", "xscmpodp"):
                text = "%s %d,%d,%d" % (op, k % 8, ra, rb)
                ins = [vs(ra, rand_double()), vs(rb, rand_double())]
            else:
                text = "%s %d,%d,%d" % (op, t, ra, rb)
                ins = [vs(ra, rand_double()), vs(rb, rand_double())]
                if op in FMA:
                    ins.append(vs(t, rand_double()))
            lines.append("rand_%s_%d | %s | %s | %s" % (op, k, text, mode,
                         " ".join(ins + ["fpscr=0x%x" % fs])))
            n += 1
    for op in QBIN + QFMA + ["xssqrtqp", "xscvqpdp", "xscmpuqp"]:
        for k in range(30):
            t, ra, rb = qregs(k)
            odd = "o" if k % 3 == 2 and op != "xscmpuqp" else ""
            fs = rng.randrange(4) | rng.choice([0, 0, 0, 0x08, 0x10])
            mode = "64le" if k % 4 == 1 else "64"
            if op in ("xssqrtqp", "xscvqpdp"):
                text = "%s%s %d,%d" % (op, odd, t, rb)
                ins = [vq(rb, rand_quad())]
            elif op == "xscmpuqp":
                text = "%s %d,%d,%d" % (op, k % 8, ra, rb)
                ins = [vq(ra, rand_quad()), vq(rb, rand_quad())]
            else:
                text = "%s%s %d,%d,%d" % (op, odd, t, ra, rb)
                ins = [vq(ra, rand_quad()), vq(rb, rand_quad())]
                if op in QFMA:
                    ins.append(vq(t, rand_quad()))
            lines.append("rand_%s_%d | %s | %s | %s" % (op, k, text, mode,
                         " ".join(ins + ["fpscr=0x%x" % fs])))


binary_vectors()
fma_vectors()
unary_vectors()
cmp_vectors()
bits_vectors()
facility_vectors()
quad_vectors()
rand_vectors()

with open(os.path.join(HERE, "vsxscalar.vec"), "w") as f:
    f.write("# Instruction vectors: vsxscalar category (VSX scalar and quad\n"
            "# precision floating point). GENERATED by gen-vsxscalar-vec.py\n"
            "# (format: README.md); regenerate, then "
            "`tests/insn/regen.sh vsxscalar`.\n")
    for ln in lines:
        f.write(ln + "\n")
print("%d vectors" % len(lines))
