#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write tests/insn/isa-bcd-shift.h: the QEMU-recorded vmxperm vectors of
bcds., bcdsr., bcdus., bcdtrunc. and bcdutrunc. whose CR6 or VRT differ
from the Power ISA 3.0B RTL of these instructions. The ISA's values are
computed here from each vector's *inputs* by an independent model of
that RTL (CR6 LT/GT/EQ describe the source VRB; SO is an invalid
operand or nonzero digits shifted/truncated away; the truncation length
is unsigned), never from farad's output. QEMU 7.2 instead compares the
result with zero, reads bcdus. results' last digit as a sign code, sets
SO for any bcdus. shift of 32 or more, and reads the length as signed
(0xffff keeps 15 digits).

  tests/insn/gen-isa-bcd.py > tests/insn/isa-bcd-shift.h
"""
import re
import sys

HERE = __file__.rsplit('/', 1)[0]
src = open(HERE + '/expected/vmxperm.h').read()
ent = re.compile(r'\{ "(\w+)", "([^"]*)", (0x[0-9a-f]+), \d+, \d+,.*?\n'
                 r'\s*\(const InsnReg\[\]\)\{ (.*?)INSN_REG_LIST_END \},\n'
                 r'\s*\S+,\n'
                 r'\s*\(const InsnReg\[\]\)\{ (.*?)INSN_REG_LIST_END \}')
CR, VR0 = 64, 112        # vector.h INSN_REG_CR, INSN_REG_VR0
M64 = (1 << 64) - 1


def regs(text):
    return {int(a): int(b, 16) for a, b in
            re.findall(r'\{(\d+), (0x[0-9a-f]+)ull\}', text)}


def default_vr(n, i):
    return (0x7e7e7e7e00000000 if i == 0 else 0x1e1e1e1e00000000) | n * 0x01010101


def vr(inputs, n):
    return (inputs.get(VR0 + 2 * n, default_vr(n, 0)) << 64 |
            inputs.get(VR0 + 2 * n + 1, default_vr(n, 1)))


def nib(v, i):
    return (v >> (4 * i)) & 0xf


def sign(v):
    s = nib(v, 0)
    return 1 if s in (0xa, 0xc, 0xe, 0xf) else -1 if s in (0xb, 0xd) else 0


def signed_valid(v):
    return sign(v) != 0 and all(nib(v, i) <= 9 for i in range(1, 32))


def unsigned_valid(v):
    return all(nib(v, i) <= 9 for i in range(32))


def digits(v):
    return int(''.join('%x' % nib(v, i) for i in range(31, 0, -1)))


def encode(m, code):
    return int('%031d' % m, 16) << 4 | code


def signed_flags(v):
    return 2 if (v >> 4) == 0 else 8 if sign(v) < 0 else 4


def model(op, a, b, ps):
    """(CR6, VRT or None for 'unchanged') by the ISA RTL."""
    code = lambda: 0xd if sign(b) < 0 else 0xf if ps else 0xc
    count = (a >> 64) & 0xff
    count -= 256 if count > 127 else 0
    length = (a >> 64) & 0xffff
    if op in ('bcds', 'bcdsr'):
        if not signed_valid(b):
            return 1, None
        n, mag = max(-31, min(31, count)), digits(b)
        ox = 0
        if n >= 0:
            r = mag * 10 ** n
            ox, r = int(r >= 10 ** 31), r % 10 ** 31
        else:
            r = mag // 10 ** -n
            if op == 'bcdsr' and (mag // 10 ** (-n - 1)) % 10 >= 5:
                r = (r + 1) % 10 ** 31
        return signed_flags(b) | ox, encode(r, code())
    if op == 'bcdus':
        if not unsigned_valid(b):
            return 1, None
        n = max(-32, min(32, count))
        if n >= 0:
            full = b << (4 * n)
            ox, r = int((full >> 128) != 0), full & ((1 << 128) - 1)
        else:
            ox, r = 0, b >> (4 * -n)
        return (4 if b else 2) | ox, r
    if op == 'bcdtrunc':
        if not signed_valid(b):
            return 1, None
        mag, ox = digits(b), 0
        if length < 31:
            ox, mag = int(mag >= 10 ** length), mag % 10 ** length
        return signed_flags(b) | ox, encode(mag, code())
    if op == 'bcdutrunc':
        if not unsigned_valid(b):
            return 1, None
        r, ox = b, 0
        if length < 32:
            r = b & ((1 << (4 * length)) - 1)
            ox = int(r != b)
        return (4 if b else 2) | ox, r
    raise ValueError(op)


out, checked = [], 0
for m in ent.finditer(src):
    name, insn = m.group(1), m.group(2)
    im = re.match(r'(bcds|bcdsr|bcdus|bcdtrunc|bcdutrunc)\. 1,2,3(?:,(\d))?$',
                  insn)
    inputs, expect = regs(m.group(4)), regs(m.group(5))
    if not im or expect.get(72, 0):      # INSN_REG_VEC: interrupted
        continue
    checked += 1
    cr6, vrt = model(im.group(1), vr(inputs, 2), vr(inputs, 3),
                     int(im.group(2) or 0))
    old_vrt = vr(inputs, 1)
    vrt = old_vrt if vrt is None else vrt
    qcr = expect.get(CR, inputs.get(CR, 0))
    want_cr = (qcr & ~0xf0) | cr6 << 4
    if qcr != want_cr:
        out.append('{ "%s", INSN_REG_CR, 0x%xULL, 0x%xULL, ISA_BCD_SHIFT_CR, '
                   '0, 0 },' % (name, qcr, want_cr))
    for i in (0, 1):
        q = expect.get(VR0 + 2 + i, old_vrt >> (64 * (1 - i)) & M64)
        w = vrt >> (64 * (1 - i)) & M64
        if q != w:
            out.append('{ "%s", INSN_REG_VR0 + %d, 0x%xULL, 0x%xULL, '
                       'ISA_BCD_TRUNC_LEN, 0, 0 },' % (name, 2 + i, q, w))

print('/* SPDX-License-Identifier: MIT */')
print('/* Included by isa-deviations.h inside isa_deviations[]: the vmxperm')
print(' * decimal shift/truncate vectors where QEMU 7.2 records another CR6')
print(' * or VRT than the ISA. GENERATED by tests/insn/gen-isa-bcd.py from')
print(' * each vector\'s inputs (%d vectors checked); do not edit. */' % checked)
for line in out:
    print('    ' + line)
print('checked %d vectors, %d deviations' % (checked, len(out)), file=sys.stderr)
