#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write tests/insn/isa-dfp.h: the QEMU-recorded dfp vectors where QEMU
7.2 departs from the Power ISA, with the ISA's values derived here from
each vector's *inputs* (never from farad's output):

  *_ve, *_ze  an enabled invalid operation (VE=1) or zero divide (ZE=1):
              ISA 3.0B 5.5.10.1 / 5.5.10.2 (as 4.4.1 / 4.4.2 for binary
              FP): FRT(p) and FPRF unchanged, FR FI cleared; QEMU 7.2
              writes the result and FPRF.
  *_vecmp    dcmpo(q) of an SNaN with VE=1: ISA 3.0B 5.6.2 (as fcmpo,
              4.6.8) sets VXSNAN, and VXVC only when VE=0; QEMU 7.2 sets
              VXVC too.
  dctfixq_min_*  a value that rounds to (or is) -2^63: ISA 3.0B 5.6.5
              dctfix(q) raises VXCVI only when the rounded integer is out
              of range, and -2^63 is in range: FRT = -2^63, inexact sets
              XX FI (FR for _min_up*, where the magnitude grew); QEMU 7.2
              raises VXCVI.
  denbcd*_inv  an invalid BCD digit or sign: ISA 3.0B 5.6.6 denbcd raises
              VXCVI whatever S is, the result is the default QNaN with
              FPRF QNaN (FRT, FPRF kept with VE=1, which also sets FEX);
              QEMU 7.2 leaves FPRF 0, sets FEX the other way round (with
              VE=0, not with VE=1), and with S=0 takes digits above 9 as
              values.
  *_oe_ovf*, *_ue_unf*  an enabled overflow (OE=1) or underflow (UE=1,
              tiny even when exact): ISA 3.0B 5.5.10.3 / 5.5.10.4 (as 4.4.3 /
              4.4.4): the exact result scaled by 10^-alpha / 10^alpha
              (alpha 576 for decimal64, 9216 for decimal128), rounded to
              the precision in DRN, written with OX / UX, FX, FEX, XX FI FR
              of that rounding and FPRF; computed here exactly with
              Python's decimal module. QEMU 7.2 writes the disabled result.
  drdpq_snan_bigpay*  an SNaN whose payload does not fit decimal64:
              ISA 3.0B 5.6.5 drdpq raises VXSNAN for any SNaN operand;
              QEMU 7.2 drops the exception when it drops the payload
              (with Rc=1 CR1 shows FX VX too).
  *_exact_stale_fi  an exact operation (1 op 1) entered with FR FI set:
              FPSCR[FR FI] describe the last rounding (ISA 3.0B 4.2.2),
              so an exact result clears them; QEMU 7.2's DFP leaves them.

The DFP rows of rand.vec (expected/rand.h) get the rules that follow
from a vector's inputs and the ISA's definitions alone:

  FEX         FPSCR[FEX] is the OR of the exception bits ANDed with their
              enables (ISA 3.0B 4.2.2); QEMU 7.2's drrnd and denbcd set it
              when FPSCR[RN] is nonzero. CR1 follows for Rc=1.
  drdpq       of an SNaN with a payload of more than 15 digits: VXSNAN
              as above.

Run after tests/insn/regen.sh dfp / rand: tests/insn/gen-isa-dfp.py
"""
import decimal
import importlib.util
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("gen_dfp_vec", os.path.join(HERE, "gen-dfp-vec.py"))
dfp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dfp)
DECLET_VALUE = {dfp.declet(n): n for n in range(1000)}


def dfp_decode(fmt, raw):
    """A finite decimal64/128 bit pattern (preferred declets) as Decimal."""
    width, digits, ebits, bias, _ = fmt
    tbits = width - 6 - ebits
    comb = (raw >> (width - 6)) & 0x1f
    if comb >> 3 == 3:
        emsb, lmd = (comb >> 1) & 3, 8 + (comb & 1)
    else:
        emsb, lmd = comb >> 3, comb & 7
    exp = (emsb << ebits | (raw >> tbits) & ((1 << ebits) - 1)) - bias
    coef = lmd
    for i in reversed(range(tbits // 10)):
        coef = coef * 1000 + DECLET_VALUE[(raw >> (10 * i)) & 0x3ff]
    return decimal.Decimal((raw >> (width - 1), tuple(int(c) for c in str(coef)), exp))


ROUNDING = [decimal.ROUND_HALF_EVEN, decimal.ROUND_DOWN, decimal.ROUND_CEILING,
            decimal.ROUND_FLOOR, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN,
            decimal.ROUND_UP, decimal.ROUND_05UP]


def enabled_result(text, quad, rin, fin):
    """(FRT value, FPSCR) by the ISA for an enabled overflow/underflow."""
    fmt = dfp.EXT if quad else dfp.LONG
    width, digits, ebits, bias, qmax = fmt

    def operand(r):
        if quad:
            return dfp_decode(fmt, rin[32 + r] << 64 | rin[32 + r + 1])
        return dfp_decode(fmt, rin[32 + r])
    a, b = operand(4), operand(6)
    wide = decimal.Context(prec=1000, Emax=10 ** 8, Emin=-10 ** 8, traps=[])
    op = text.split()[0].rstrip("q")
    exact = {"dadd": wide.add, "dsub": wide.subtract, "dmul": wide.multiply,
             "ddiv": wide.divide}[op](a, b)
    alpha = (3 << ebits) * 3 // 4
    emax = qmax + digits - 1
    emin = -bias + digits - 1
    tiny = exact != 0 and exact.adjusted() < emin
    narrow = decimal.Context(prec=digits, rounding=ROUNDING[fin >> 32 & 7],
                             Emax=10 ** 8, Emin=-10 ** 8, traps=[])
    if tiny and fin & 0x20:
        scaled, flag = exact.scaleb(alpha, wide), 0x08000000
    else:
        assert fin & 0x40 and narrow.plus(exact).adjusted() > emax
        scaled, flag = exact.scaleb(-alpha, wide), 0x10000000
    res = narrow.plus(scaled)
    fpscr = (fin & ~(FPRF | FR | FI)) | FX | 0x40000000 | flag
    if res != scaled:
        fpscr |= XX | FI | (FR if abs(res) > abs(scaled) else 0)
    fpscr |= (0x08 if res < 0 else 0x04) << 12
    sign, digs, exp = res.as_tuple()
    value = dfp.encode(fmt, sign, int("".join(map(str, digs))), exp)
    return value, fpscr


FPRF, FR, FI, VXVC = 0x1f000, 0x40000, 0x20000, 0x80000
FX, VX, XX, VXCVI = 0x80000000, 0x20000000, 0x02000000, 0x100
R_FPSCR = 68

ent = re.compile(r'\{ "(\w+)", "([^"]*)", (0x[0-9a-f]+), \d+, \d+,.*?\n'
                 r'\s*\(const InsnReg\[\]\)\{ (.*?)INSN_REG_LIST_END \},\n'
                 r'\s*\S+,\n'
                 r'\s*\(const InsnReg\[\]\)\{ (.*?)INSN_REG_LIST_END \}')


def regs(t):
    return {int(a): int(b, 16) for a, b in re.findall(r'\{(\d+), (0x[0-9a-f]+)ull\}', t)}


FPR_DW1_0 = 80   # vector.h INSN_REG_FPR_DW1_0


def default_fpr_dw1(n):
    return 0x3c3c3c3c00000000 | (n * 0x01010101)


def default_fpr(n):
    import struct
    return struct.unpack('<Q', struct.pack('<d', (n + 1) * 1.5))[0]


def declet_any(dec):
    """Value of any of the 1024 declets (ISA Appendix B decoding)."""
    b = [(dec >> (9 - k)) & 1 for k in range(10)]
    p, q, r, s_, t, u, v, w, x, y = b
    pqr, stu = p * 4 + q * 2 + r, s_ * 4 + t * 2 + u
    if not v:
        d = (pqr, stu, w * 4 + x * 2 + y)
    elif (w, x) == (0, 0):
        d = (pqr, stu, 8 + y)
    elif (w, x) == (0, 1):
        d = (pqr, 8 + u, s_ * 4 + t * 2 + y)
    elif (w, x) == (1, 0):
        d = (8 + r, stu, p * 4 + q * 2 + y)
    elif (s_, t) == (0, 0):
        d = (8 + r, 8 + u, p * 4 + q * 2 + y)
    elif (s_, t) == (0, 1):
        d = (8 + r, p * 4 + q * 2 + u, 8 + y)
    elif (s_, t) == (1, 0):
        d = (pqr, 8 + u, 8 + y)
    else:
        d = (8 + r, 8 + u, 8 + y)
    return d[0] * 100 + d[1] * 10 + d[2]


def isa_fex(f):
    """FEX by its definition from the FPSCR's own bits."""
    enabled = ((f & 0x20000000) and (f & 0x80)) or ((f >> 22) & f & 0x78)
    return 0x40000000 if enabled else 0


def with_cr1(name, word, rin, rout, fq, isa, rule, out):
    """The CR entry when an Rc=1 word's CR1 changes with the FPSCR."""
    if word & 1 and ((isa >> 28) & 0xf) != ((fq >> 28) & 0xf):
        cr = rout.get(64, rin.get(64, 0))
        cr_isa = (cr & ~0x0f000000) | ((isa >> 28) & 0xf) << 24
        out.append('    { "%s", INSN_REG_CR, %#xull, %#xull, %s, 0, 0 },' % (name, cr, cr_isa, rule))


def dfp_rows():
    rows = set()
    for line in open(os.path.join(HERE, '..', '..', 'cpu-ppc', 'insn-dfp.def')):
        m = re.match(r'INSN\((\w+),', line)
        if m:
            rows.add(m.group(1))
    return rows


def rand_rules(out):
    """Input-derived rules for the DFP rows of rand.vec."""
    rows = dfp_rows()
    src = open('tests/insn/expected/rand.h').read()
    for m in ent.finditer(src):
        name, text, word = m.group(1), m.group(2), int(m.group(3), 16)
        if name.rsplit('_', 1)[0] not in rows or word >> 26 not in (59, 63):
            continue
        rin, rout = regs(m.group(4)), regs(m.group(5))
        fin, fq = rin.get(R_FPSCR, 0), rout.get(R_FPSCR, rin.get(R_FPSCR, 0))
        isa, rule = fq, None
        if name.startswith('drdpq_'):
            rb = (word >> 11) & 31
            raw = rin.get(32 + rb, default_fpr(rb)) << 64 | rin.get(33 + rb, default_fpr(rb + 1))
            payload = 0
            for i in reversed(range(11)):
                payload = payload * 1000 + declet_any((raw >> (10 * i)) & 0x3ff)
            if ((raw >> 121) & 0x3f) == 0x3f and payload >= 10 ** 15:
                isa |= FX | VX | 0x01000000
                rule = 'ISA_DFP_RDPQ_SNAN_RULE'
        if (isa & 0x40000000) != isa_fex(isa):
            isa = (isa & ~0x40000000) | isa_fex(isa)
            rule = rule or 'ISA_DFP_FEX_RULE'
        if isa != fq:
            out.append('    /* %s: %s (rand.vec) */' % (name, text))
            with_cr1(name, word, rin, rout, fq, isa, rule, out)
            out.append('    { "%s", INSN_REG_FPSCR, %#xull, %#xull, %s, 0, 0 },' % (name, fq, isa, rule))


out = []
src = open('tests/insn/expected/dfp.h').read()
for m in ent.finditer(src):
    name, text, word = m.group(1), m.group(2), int(m.group(3), 16)
    rin, rout = regs(m.group(4)), regs(m.group(5))
    fin, fq = rin.get(R_FPSCR, 0), rout.get(R_FPSCR, rin.get(R_FPSCR, 0))
    if name.endswith(('_ve', '_ze')):
        rule = 'ISA_DFP_VE_RULE' if name.endswith('_ve') else 'ISA_DFP_ZE_RULE'
        frt = (word >> 21) & 31
        quad = word >> 26 == 63
        targets = [frt & 30, (frt & 30) + 1] if quad else [frt]
        out.append('    /* %s: %s */' % (name, text))
        for t in targets:
            isa = rin.get(32 + t, default_fpr(t))
            if 32 + t in rout and rout[32 + t] != isa:
                out.append('    { "%s", INSN_REG_FPR0 + %d, %#018xull, %#018xull, %s, 0, 0 },'
                           % (name, t, rout[32 + t], isa, rule))
            # QEMU 7.2 also zeroes doubleword 1 of the VSR, as for any FPR
            # write; the ISA leaves the whole register unaltered
            isa = rin.get(FPR_DW1_0 + t, default_fpr_dw1(t))
            if FPR_DW1_0 + t in rout and rout[FPR_DW1_0 + t] != isa:
                out.append('    { "%s", INSN_REG_FPR_DW1_0 + %d, %#018xull, %#018xull, %s, 0, 0 },'
                           % (name, t, rout[FPR_DW1_0 + t], isa, rule))
        isa = (fq & ~(FPRF | FR | FI)) | (fin & FPRF)
    elif name.startswith('dctfixq_min_'):
        rule = 'ISA_DFP_CTFIX_MIN_RULE'
        out.append('    /* %s: %s */' % (name, text))
        isa = fin
        if 'exact' not in name:
            isa |= FX | XX | FI | (FR if '_min_up' in name else 0)
    elif name.startswith('denbcd') and name.endswith('_inv'):
        rule = 'ISA_DFP_ENBCD_RULE'
        out.append('    /* %s: %s */' % (name, text))
        quad = word >> 26 == 63
        frt = (word >> 21) & 31
        ve = fin & 0x80
        isa = (fin & ~(FR | FI)) | FX | VX | VXCVI
        if ve:
            isa |= 0x40000000
        else:
            isa = (isa & ~FPRF) | 0x11000
            qnan = [0x7c00000000000000, 0] if quad else [0x7c00000000000000]
            for k, want in enumerate(qnan):
                t = frt + k
                got = rout.get(32 + t, rin.get(32 + t, default_fpr(t)))
                if got != want:
                    out.append('    { "%s", INSN_REG_FPR0 + %d, %#018xull, %#018xull, %s, 0, 0 },'
                               % (name, t, got, want, rule))
    elif '_oe_ovf' in name or '_ue_unf' in name:
        rule = 'ISA_DFP_OE_UE_RULE'
        out.append('    /* %s: %s */' % (name, text))
        quad = word >> 26 == 63
        value, isa = enabled_result(text, quad, rin, fin)
        parts = [(2, value >> 64), (3, value & (2 ** 64 - 1))] if quad else [(2, value)]
        for t, want in parts:
            got = rout.get(32 + t, rin.get(32 + t, default_fpr(t)))
            if got != want:
                out.append('    { "%s", INSN_REG_FPR0 + %d, %#018xull, %#018xull, %s, 0, 0 },'
                           % (name, t, got, want, rule))
    elif name.startswith('drdpq_snan_bigpay'):
        rule = 'ISA_DFP_RDPQ_SNAN_RULE'
        out.append('    /* %s: %s */' % (name, text))
        isa = fq | FX | VX | 0x01000000
        with_cr1(name, word, rin, rout, fq, isa, rule, out)
    elif name.endswith('_vecmp'):
        rule = 'ISA_DFP_VC_RULE'
        out.append('    /* %s: %s */' % (name, text))
        isa = fq & ~VXVC
    elif name.endswith('_exact_stale_fi'):
        rule = 'ISA_DFP_FI_RULE'
        out.append('    /* %s: %s */' % (name, text))
        isa = fq & ~(FR | FI)
    else:
        continue
    if isa != fq:
        out.append('    { "%s", INSN_REG_FPSCR, %#xull, %#xull, %s, 0, 0 },' % (name, fq, isa, rule))

rand_rules(out)

with open('tests/insn/isa-dfp.h', 'w') as f:
    f.write('/* SPDX-License-Identifier: MIT */\n'
            '/* Included by isa-deviations.h inside isa_deviations[]: the '
            'QEMU-recorded\n * dfp vectors where QEMU 7.2 departs from the '
            'ISA. GENERATED by\n * tests/insn/gen-isa-dfp.py, which derives '
            'the ISA values from each\n * vector\'s inputs (see its rules). */\n')
    f.write('\n'.join(out) + '\n')
print('gen-isa-dfp: %d lines' % len(out))
