#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write tests/insn/isa-fp-model.h: random FP vectors whose expected
results come from an exact rational model of the Power ISA rules (3.0B
Book I 4.3.6 rounding, 4.2.2 FR/FI, 4.4.3/4.4.4 enabled overflow and
underflow: exponent adjusted by 1536 / 192, rounded to 53 / 24 bits),
not from QEMU (which never sets FR). Cases: OE=1 overflow, UE=1 tiny
results, and inexact normal results (FR), for fadd..fnmsub in double and
single and frsp, in every rounding mode (fnmadd/fnmsub round, then
negate). The model itself is isa_fp_model.py. Usage: tests/insn/gen-isa-fp-model.py [SEED [COUNT]]
"""
import random, struct
from fractions import Fraction as Fr
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 400

from isa_fp_model import Fr, bits, val, rnd, tofloatbits, fprf

OPS = {  # name: (prim, xo, nargs, single)
 'fadd': (63, 21, 2), 'fsub': (63, 20, 2), 'fmul': (63, 25, 2), 'fdiv': (63, 18, 2),
 'fmadd': (63, 29, 3), 'fmsub': (63, 28, 3), 'fnmadd': (63, 31, 3), 'fnmsub': (63, 30, 3),
}
def word(op, single):
    prim, xo, n = OPS[op]
    prim = 59 if single else 63
    w = prim << 26 | 1 << 21 | 2 << 16 | xo << 1
    if op == 'fmul': w |= 3 << 6
    elif n == 2: w |= 3 << 11
    else: w |= 3 << 6 | 4 << 11
    return w

def rand_double(emin, emax, allow_den=False):
    e = random.randint(emin, emax)
    m = random.getrandbits(52)
    if random.random() < 0.2: m = random.choice([0, (1 << 52) - 1, 1, 1 << 51])
    s = random.getrandbits(1)
    if allow_den and random.random() < 0.3:
        return (s << 63) | random.getrandbits(random.randint(1, 52))
    return (s << 63) | (e + 1023) << 52 | m

def rand_single(emin, emax):
    e = random.randint(emin, emax); m = random.getrandbits(23)
    if random.random() < 0.2: m = random.choice([0, (1 << 23) - 1, 1])
    f = struct.unpack('<f', struct.pack('<I', random.getrandbits(1) << 31 | (e + 127) << 23 | m))[0]
    return bits(f)

out = []
n = 0
tries = 0
while n < COUNT and tries < 200000:
    tries += 1
    op = random.choice(list(OPS) + ['frsp'] * 3); single = random.random() < 0.3
    if op == 'frsp':
        single = True
        rn = random.choice([0, 1, 2, 3]); mode = random.choice(['oe', 'ue', 'fr'])
        A = rand_double({'oe': (100, 1023), 'ue': (-1074, -100), 'fr': (-120, 120)}[mode][0], {'oe': (100, 1023), 'ue': (-1022, -100), 'fr': (-120, 120)}[mode][1], mode == 'ue')
        x = val(A)
        if x == 0: continue
        p = 24
        emaxv = (2 - Fr(2) ** (-23)) * Fr(2) ** 127; tinyv = Fr(2) ** -126
        r, inexact, inc = rnd(x, p, rn); over = abs(r) > emaxv; tiny = abs(x) < tinyv
        fpscr_in = rn
        if mode == 'oe':
            if not over: continue
            fpscr_in |= 0x40; r, inexact, inc = rnd(x * Fr(2) ** -192, p, rn); f = 0xd0000000
        elif mode == 'ue':
            if not tiny: continue
            fpscr_in |= 0x20; r, inexact, inc = rnd(x * Fr(2) ** 192, p, rn); f = 0xc8000000
        else:
            if over or tiny or not inexact: continue
            f = 0
        if inexact: f |= 0x82020000
        if inc: f |= 0x40000
        f |= fprf(r) | fpscr_in
        fmt = lambda l: ', '.join('{%d, 0x%xull}' % t for t in l)
        out.append('    { "m%d_frsp_%s_rn%d", "frsp", 0xfc201018, 64, 0, (const InsnReg[]){ %s, INSN_REG_LIST_END }, NULL, (const InsnReg[]){ %s, INSN_REG_LIST_END }, NULL },'
                   % (n, mode, rn, fmt([(34, A), (68, fpscr_in), (70, 0x8000000000003000)]), fmt([(33, tofloatbits(r)), (68, f), (70, 0x8000000000003000), (71, 0xa004), (72, 0)])))
        n += 1
        continue
    negop = op.startswith('fn')
    rn = random.choice([0, 1, 2, 3])
    mode = random.choice(['oe', 'ue', 'fr'])
    p = 24 if single else 53
    if single:
        lo, hi = (-126, 127)
        A = rand_single(lo, hi); C = rand_single(lo, hi); B = rand_single(lo, hi)
    else:
        if mode == 'oe': A = rand_double(200, 1023); C = rand_double(200, 1023); B = rand_double(-1074 + 60, 1023)
        elif mode == 'ue': A = rand_double(-1022, -300, True); C = rand_double(-1022, 200, True); B = rand_double(-1022, -900, True)
        else: A = rand_double(-300, 300); C = rand_double(-300, 300); B = rand_double(-300, 300)
        if random.random() < 0.3: B = A ^ (1 << 63) ^ random.getrandbits(3)  # cancellation
        if mode == 'oe' and op in ('fadd', 'fsub'):
            A = rand_double(1020, 1023); B = rand_double(-1074, 1023, True)
            if random.random() < 0.5: B = rand_double(1015, 1023)
            if random.random() < 0.5: B = (B & ~(1 << 63)) | (A & (1 << 63)) ^ ((1 << 63) if op == 'fsub' else 0)
    a, b, c = val(A), val(B), val(C)
    if op == 'fadd': x = a + b
    if op == 'fsub': x = a - b
    if op == 'fmul': x = a * c; B = None
    if op == 'fdiv':
        if b == 0: continue
        x = a / b
    if op in ('fmadd', 'fnmadd'): x = a * c + b
    if op in ('fmsub', 'fnmsub'): x = a * c - b
    if op in ('fadd', 'fsub', 'fdiv'): C = None
    if x == 0: continue
    emaxv = (2 - Fr(2) ** (1 - p)) * Fr(2) ** (127 if single else 1023)
    tinyv = Fr(2) ** (-126 if single else -1022)
    r, inexact, inc = rnd(x, p, rn)
    over = abs(r) > emaxv
    tiny = abs(x) < tinyv
    fpscr_in = rn
    if mode == 'oe':
        if not over: continue
        fpscr_in |= 0x40
        r, inexact, inc = rnd(x * Fr(2) ** (-192 if single else -1536), p, rn)
        f = 0x80000000 | 0x40000000 | 0x10000000
    elif mode == 'ue':
        if not tiny: continue
        fpscr_in |= 0x20
        r, inexact, inc = rnd(x * Fr(2) ** (192 if single else 1536), p, rn)
        f = 0x80000000 | 0x40000000 | 0x08000000
    else:
        if over or tiny or not inexact: continue
        f = 0
    if inexact: f |= 0x80000000 | 0x02000000 | 0x20000
    if inc: f |= 0x40000
    if negop: r = -r
    f |= fprf(r) | fpscr_in
    ins = [(34, A), (68, fpscr_in), (70, 0x8000000000003000)]
    if op == 'fmul': ins.append((35, C))
    elif op in ('fadd', 'fsub', 'fdiv'): ins.append((35, B))
    else: ins += [(35, C), (36, B)]
    outr = [(33, tofloatbits(r)), (68, f), (70, 0x8000000000003000), (71, 0xa004), (72, 0)]
    fmt = lambda l: ', '.join('{%d, 0x%xull}' % t for t in l)
    out.append('    { "m%d_%s%s_%s_rn%d", "%s", 0x%08x, 64, 0, (const InsnReg[]){ %s, INSN_REG_LIST_END }, NULL, (const InsnReg[]){ %s, INSN_REG_LIST_END }, NULL },'
               % (n, op, 's' if single else '', mode, rn, op, word(op, single), fmt(ins), fmt(outr)))
    n += 1
print('/* SPDX-License-Identifier: MIT */\n/* GENERATED by tests/insn/gen-isa-fp-model.py %s %d: expected values from\n * an exact model of the ISA rules, see there. */\n' % (sys.argv[1] if len(sys.argv) > 1 else '1', COUNT))
print('static const InsnVector isa_fp_model_vectors[] = {')
print('\n'.join(out))
print('    { NULL, NULL, 0, 0, 0, NULL, NULL, NULL, NULL },\n};')
import sys; print(n, tries, file=sys.stderr)
