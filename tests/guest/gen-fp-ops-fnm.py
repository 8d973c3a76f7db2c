#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Print the fp-ops.isa deviations for fnmadd[s]/fnmsub[s] in the directed
rounding modes: QEMU 7.2 negates A*C+-B before rounding, ISA 3.0B 4.6.5.2
rounds, then negates. For every such line of QEMU's recorded output
(tests/guest/expected/fp-ops-be.txt) whose ISA result differs, prints a
qemu:/isa:/why: triple; the ISA's result, FPRF, FI and FR come from the
exact model of tests/insn/isa_fp_model.py and the line's inputs, never
from farad. tests/guest/fp-ops.isa holds the output between its
"generated" markers:
  tests/guest/gen-fp-ops-fnm.py
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "insn"))
from isa_fp_model import val, fnm_isa

FPRF, FR, FI = 0x1f000, 0x40000, 0x20000
line_re = re.compile(r"^(fnm(?:add|sub)(s?)) ([23]) ([0-9a-f]{16}) ([0-9a-f]{16}) ([0-9a-f]{16}) "
                     r"-> ([0-9a-f]{16}) ([0-9a-f]{8}) ([0-9a-f])$")
for line in open(os.path.join(HERE, "expected", "fp-ops-be.txt")):
    m = line_re.match(line.strip())
    if not m:
        continue
    op, single, rn = m.group(1).rstrip("s"), m.group(2) == "s", int(m.group(3))
    a, b, c, r, fpscr = [int(m.group(i), 16) for i in (4, 5, 6, 7, 8)]
    x = val(a) * val(c) + (val(b) if op == "fnmadd" else -val(b))
    if x == 0 or (a >> 52) & 0x7ff == 0x7ff or (b >> 52) & 0x7ff == 0x7ff or (c >> 52) & 0x7ff == 0x7ff:
        continue
    f, cls, inexact, inc = fnm_isa(op, a, b, c, rn, single)
    isa_fpscr = (fpscr & ~(FPRF | FR | FI)) | cls | (FI if inexact else 0) | (FR if inc else 0)
    if (f, isa_fpscr) == (r, fpscr):
        continue
    isa = "%s %d %016x %016x %016x -> %016x %08x %s" % (m.group(1), rn, a, b, c, f, isa_fpscr, m.group(9))
    print("qemu: " + line.strip())
    print("isa: " + isa)
    print("why: round, then negate (4.6.5.2)")
