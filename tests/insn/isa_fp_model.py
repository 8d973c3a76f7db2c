# SPDX-License-Identifier: MIT
"""The exact rational model of the Power ISA's binary FP rounding (3.0B
Book I 4.3.6) and result classes shared by the generators of ISA-derived
FP expectations (gen-isa-fp-model.py, gen-isa-fnm.py)."""
import struct
from fractions import Fraction as Fr


def bits(f): return struct.unpack('<Q', struct.pack('<d', f))[0]


def val(u):
    s = -1 if u >> 63 else 1
    e = (u >> 52) & 0x7ff; m = u & ((1 << 52) - 1)
    if e == 0: return s * Fr(m, 1 << 1074)
    return s * (Fr((1 << 52) | m) * Fr(2) ** (e - 1075))

def rnd(x, p, rn):
    """Round nonzero x to p significant bits with an unbounded exponent
    in mode rn (4.3.6); returns (value, inexact = FI, incremented = FR)."""
    s = -1 if x < 0 else 1; a = abs(x)
    e = 0
    while a >= 2: a /= 2; e += 1
    while a < 1: a *= 2; e -= 1
    sc = a * (1 << (p - 1))
    t = sc.numerator // sc.denominator
    rem = sc - t
    inc = False
    if rem:
        if rn == 0: inc = rem > Fr(1, 2) or (rem == Fr(1, 2) and t & 1)
        elif rn == 2: inc = s > 0
        elif rn == 3: inc = s < 0
    r = s * Fr(t + inc) / (1 << (p - 1)) * Fr(2) ** e
    return r, rem != 0, inc

def tofloatbits(v):
    if v == 0: return 0
    f = float(v)
    assert Fr(f) == v, v
    return bits(f)

def fprf(v):
    if v > 0: return 0x4000
    return 0x8000


def fprf_of(v, single):
    """FPRF of a finite nonzero result or an infinity (None)."""
    tiny = Fr(2) ** (-126 if single else -1022)
    if v is None:
        raise ValueError
    if abs(v) < tiny:
        return 0x18000 if v < 0 else 0x14000
    return 0x8000 if v < 0 else 0x4000


def isa_result(x, rn, single):
    """Round x != 0 (unbounded-exponent exact value) to double or single
    format in mode rn with overflow and denormal handling (OE = UE = 0);
    returns (value or +-inf as str, inexact, incremented)."""
    p, emin, emax = (24, -126, 127) if single else (53, -1022, 1023)
    big = (2 - Fr(2) ** (1 - p)) * Fr(2) ** emax
    if abs(x) < Fr(2) ** emin:   # denormal: fixed quantum 2^(emin-p+1)
        q = Fr(2) ** (emin - p + 1)
        t = abs(x) / q
        n = t.numerator // t.denominator
        rem = t - n
        s = -1 if x < 0 else 1
        inc = False
        if rem:
            if rn == 0:
                inc = rem > Fr(1, 2) or (rem == Fr(1, 2) and n & 1)
            elif rn == 2:
                inc = s > 0
            elif rn == 3:
                inc = s < 0
        return s * (n + inc) * q, rem != 0, inc
    r, inexact, inc = rnd(x, p, rn)
    if abs(r) > big:
        to_inf = rn == 0 or (rn == 2 and x > 0) or (rn == 3 and x < 0)
        # 4.4.3 (OE=0): infinity or the largest number by mode; no
        # rounded fraction, so FR stays 0
        return ("inf" if x > 0 else "-inf") if to_inf else (big if x > 0 else -big), True, False
    return r, inexact, inc


def encode(v):
    if v == "inf":
        return 0x7ff0000000000000
    if v == "-inf":
        return 0xfff0000000000000
    return bits(float(v)) if v != 0 else 0


def round_then_negate(x, rn, single, fprf_single=True):
    """The negative multiply-adds' result (ISA 3.0B 4.6.5.2): the exact
    nonzero unnegated value x rounded in mode rn (OE = UE = 0), then
    negated. FPRF classes denormals by single precision when fprf_single
    (the FP rows), by the double format otherwise (xs*sp, as QEMU 7.2 and
    farad class them). Returns (bits, FPRF, FI, FR, overflow)."""
    r, inexact, inc = isa_result(x, rn, single)
    p, emax = (24, 127) if single else (53, 1023)
    over = abs(rnd(x, p, rn)[0]) > (2 - Fr(2) ** (1 - p)) * Fr(2) ** emax
    if r == 0:   # rounded to a zero of x's sign, then negated
        return (0x8000000000000000 if x > 0 else 0), (0x12000 if x > 0 else 0x2000), inexact, inc, over
    r = {"inf": "-inf", "-inf": "inf"}.get(r, r) if isinstance(r, str) else -r
    cls = 0x5000 if r == "inf" else 0x9000 if r == "-inf" else fprf_of(r, single and fprf_single)
    return encode(r), cls, inexact, inc, over


def fnm_isa(op, a, b, c, rn, single):
    """fnmadd/fnmsub (op) of the doubles with bit patterns a, b, c (FRA,
    FRB, FRC) in mode rn, OE = UE = 0, finite inputs and a nonzero exact
    sum: ISA 3.0B 4.6.5.2 rounds A*C+-B, then negates. Returns (FRT bits,
    FPRF, FI, FR)."""
    x = val(a) * val(c) + (val(b) if op == "fnmadd" else -val(b))
    return round_then_negate(x, rn, single)[:4]
