#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Random differential vectors for the fixed-point, FP and vector instructions
(offline developer tool; writes tests/insn/rand.vec, then
`tests/insn/regen.sh rand` records QEMU 7.2's results in expected/rand.h).

For every row of cpu-ppc/insn-int.def it draws instruction words with
random operand fields (the row's primary and extended opcode kept), keeps
only the words GNU objdump (-M raw,power9) disassembles to that row's
instruction — an independent check that the encoding is a valid form, so
reserved bits stay clear — and gives each kept word random inputs drawn
from edge values (0, 1, -1, the 32- and 64-bit signed limits, values
around the 32-bit boundary, single bits, random words) for the registers
its fields name, with random XER[SO,OV,CA,OV32,CA32] and CR, in 64- and
32-bit mode and both byte orders.

The seed is fixed, so the file is reproducible:
    tests/insn/gen-rand-vec.py [--per-row N] [--seed S]
"""
import argparse
import importlib.util
import os
import random
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
DEFS = {"int": os.path.join(ROOT, "cpu-ppc", "insn-int.def"),
        "ldst": os.path.join(ROOT, "cpu-ppc", "insn-ldst.def"),
        "fp": os.path.join(ROOT, "cpu-ppc", "insn-fp.def"),
        "dfp": os.path.join(ROOT, "cpu-ppc", "insn-dfp.def")}
SCRATCH_SIZE = 256   # the oracle's scratch buffer (README.md), @0..@255
OUT = os.path.join(HERE, "rand.vec")

EDGE = [0, 1, 2, 0xffffffffffffffff, 0xfffffffffffffffe,
        0x7fffffffffffffff, 0x8000000000000000, 0x7fffffff, 0x80000000,
        0xffffffff, 0x100000000, 0xffffffff80000000, 0x00000000ffff0000,
        0x8000, 0xffff, 0xffffffffffff8000, 0x5555555555555555,
        0xaaaaaaaaaaaaaaaa]


def rows(path):
    """(name, primary, xo, mask, form, flags) of every row of a .def."""
    out = []
    pat = re.compile(r"^INSN\((\w+),\s*(\d+),\s*(\w+),\s*(\w+),\s*(\w+),\s*(.*)\)")
    with open(path) as fh:
        for line in fh:
            m = pat.match(line.strip())
            if m:
                out.append((m.group(1), int(m.group(2)), int(m.group(3), 0),
                            int(m.group(4), 0), m.group(5), m.group(6)))
    return out


def draw_word(rng, primary, xo, mask):
    """A word with the row's opcode bits and random operand bits."""
    # each operand field random or zero, so forms with reserved fields
    # (which must be zero) are drawn too
    w = primary << 26
    for shift, width in ((21, 5), (16, 5), (11, 5), (6, 5), (1, 5), (0, 1)):
        if rng.random() < 0.6:
            w |= rng.getrandbits(width) << shift
    if primary in (19, 31, 59, 63):               # X/XO/XS/A/DX: bits 1-10
        field = (w >> 1) & 0x3ff
        field = (field & ~mask) | (xo & mask)
        w = (w & ~(0x3ff << 1)) | (field << 1)
    elif primary in (4, 60):                      # VMX / VSX: bits 0-10
        w = (w & ~0x7ff) | (xo & mask) | (w & 0x7ff & ~mask)
    elif primary == 30:                           # MD/MDS: bits 1-4
        field = (((w >> 1) & 0xf) & ~mask) | (xo & mask)
        w = (w & ~(0xf << 1)) | (field << 1)
    return w & 0xffffffff


def expected_mnemonics(name, flags):
    """The raw mnemonics objdump may print for the row."""
    base = "addic." if name == "addic_rc" else name.replace("_rc", ".")
    names = {base}
    if "F_RC" in flags and not base.endswith("."):
        names.add(base + ".")
    if "F_OE" in flags:
        names |= {n.replace(base, base + "o", 1) for n in list(names)}
    return names


def disassemble(words):
    """objdump's raw mnemonic and operands for each word (big-endian)."""
    with tempfile.NamedTemporaryFile(suffix=".bin", delete=False) as fh:
        for w in words:
            fh.write(w.to_bytes(4, "big"))
        path = fh.name
    try:
        out = subprocess.run(
            ["powerpc64-linux-gnu-objdump", "-D", "-b", "binary", "-m",
             "powerpc:common64", "-EB", "-M", "raw,power9", path],
            capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    res = {}
    for line in out.splitlines():
        m = re.match(r"\s*([0-9a-f]+):\s+(?:[0-9a-f]{2} ){4}\s*(\S+)\s*(.*)$",
                     line)
        if m:
            res[int(m.group(1), 16) // 4] = (m.group(2), m.group(3))
    return [res.get(i, (".long", "")) for i in range(len(words))]


def fields(w):
    """The register numbers in the RT/RS, RA, RB and RC field positions."""
    return {(w >> 21) & 31, (w >> 16) & 31, (w >> 11) & 31, (w >> 6) & 31}


def value(rng):
    if rng.random() < 0.6:
        v = rng.choice(EDGE)
        if rng.random() < 0.3:   # near the edge
            v = (v + rng.choice([-1, 1])) & 0xffffffffffffffff
        return v
    if rng.random() < 0.5:
        return 1 << rng.randrange(64)
    return rng.getrandbits(64)


def valid_words(rng, name, primary, xo, mask, flags, per_row):
    """Up to per_row distinct random words of the row that objdump
    decodes to it (at least one, or the generator stops)."""
    want = expected_mnemonics(name, flags)
    cands = [draw_word(rng, primary, xo, mask) for _ in range(400)]
    kept = [w for w, (mn, _) in zip(cands, disassemble(cands)) if mn in want]
    seen = []
    for w in kept:
        if w not in seen:
            seen.append(w)
        if len(seen) == per_row:
            break
    if not seen:
        raise SystemExit("gen-rand-vec: no valid word for row " + name)
    return seen


def xer_value(rng):
    return rng.choice([0, 0x80000000, 0x40000000, 0x20000000, 0xe0000000,
                       0xc0080000, 0x20040000])


def int_vectors(rng, per_row):
    """Vector lines for every insn-int.def row."""
    lines = []
    for name, primary, xo, mask, form, flags in rows(DEFS["int"]):
        seen = valid_words(rng, name, primary, xo, mask, flags, per_row)
        for i, w in enumerate(seen):
            mode = rng.choice(["64", "64", "32"]) + rng.choice(["", "le"])
            ins = ["r%d=0x%x" % (r, value(rng)) for r in sorted(fields(w))]
            ins.append("xer=0x%x" % xer_value(rng))
            ins.append("cr=0x%x" % rng.getrandbits(32))
            lines.append("%s_%d | .long 0x%08x | %s | %s"
                         % (name, i, w, mode, " ".join(ins)))
    return lines


# ---- loads and stores: every address inside the oracle's scratch ----

SIZES = {"b": 1, "h": 2, "w": 4, "d": 8, "q": 16}


def access_size(name):
    """Bytes one access of row `name` touches (string/multiple: None)."""
    if name in ("lmw", "stmw", "lswi", "lswx", "stswi", "stswx"):
        return None
    if name == "dcbz":
        return 128
    if name.startswith(("dcb", "icb", "eieio")):
        return 0
    core = name.rstrip("x").rstrip("u").replace("br", "").replace("cx", "")
    core = core.replace("ar", "").replace("st", "").replace("l", "", 1)
    return SIZES.get(core[0], 8) if core else 8


def regs_loaded(rt, nbytes):
    """GPRs a string load of nbytes starting at rt writes (wrapping)."""
    n = max(1, (nbytes + 3) // 4)
    return {(rt + i) % 32 for i in range(n)}


def ldst_word(rng, name, primary, xo, form, flags):
    """(word, inputs) for one random instance of a load/store row, or None
    when the draw is an invalid form (the caller draws again)."""
    rt, ra, rb = rng.randrange(32), rng.randrange(1, 32), rng.randrange(32)
    if name.startswith(("dcb", "icb")):
        rt = 0                                    # reserved (TH: 0)
    ins = {}
    xer = xer_value(rng)
    span = access_size(name)
    if name in ("lmw", "stmw"):
        rt = rng.randrange(8, 32)
        span = 4 * (32 - rt)
        if name == "lmw" and ra >= rt:
            return None
    elif name in ("lswi", "stswi"):
        rb = rng.randrange(32)                    # NB (0 = 32)
        span = rb or 32
        if name == "lswi" and ra in regs_loaded(rt, span):
            return None
    elif name in ("lswx", "stswx"):
        count = rng.randrange(0, 48)
        xer = (xer & ~0x7f) | count
        span = count
        if name == "lswx" and (ra in regs_loaded(rt, count) or
                               rb in regs_loaded(rt, count)):
            return None
    if name in ("lq", "lqarx", "stq", "stqcx") and rt % 2:
        return None
    if name.startswith("l") and (name.endswith("u") or name.endswith("ux") or
                                 name in ("lq", "lqarx")) and \
            ra in (rt, rt + 1 if name.startswith("lq") else rt):
        return None
    base = rng.randrange(0, 24)
    room = SCRATCH_SIZE - base - max(span, 1)
    if room < 0:
        return None
    w = (primary << 26) | (rt << 21) | (ra << 16)
    if form in ("FORM_D", "FORM_DS", "FORM_DQ"):
        align = {"FORM_D": 1, "FORM_DS": 4, "FORM_DQ": 16}[form]
        d = rng.randrange(0, min(room, 200) + 1) // align * align
        if form == "FORM_DQ":
            w |= d                                   # DQ << 4 in place
        elif form == "FORM_DS":
            w |= d | xo
        else:
            w |= d
        ins["r%d" % ra] = "@%d" % base
    else:
        if rb == ra:
            return None
        if name not in ("lswi", "stswi"):
            ins["r%d" % rb] = str(rng.randrange(0, min(room, 200) + 1))
        w |= (rb << 11) | (xo << 1) | (1 if "F_RC_ALWAYS" in flags else 0)
        ins["r%d" % ra] = "@%d" % base
    for r in sorted({rt, (rt + 1) % 32}):
        ins.setdefault("r%d" % r, "0x%x" % value(rng))
    ins["xer"] = "0x%x" % xer
    ins["cr"] = "0x%x" % rng.getrandbits(32)
    ins["mem"] = "".join("%02x" % rng.getrandbits(8)
                         for _ in range(SCRATCH_SIZE))
    return w & 0xffffffff, ins


def ldst_vectors(rng, per_row):
    """Vector lines for every insn-ldst.def row (privileged ones and the
    barriers excepted: one instruction shows nothing of them)."""
    lines = []
    for name, primary, xo, mask, form, flags in rows(DEFS["ldst"]):
        if "F_PRIV" in flags or "F_SYNC" in flags:
            continue
        want = expected_mnemonics(name, flags)
        made = []
        for _ in range(200):
            if len(made) == per_row:
                break
            got = ldst_word(rng, name, primary, xo, form, flags)
            if got and got[0] not in [m[0] for m in made]:
                made.append(got)
        words = [m[0] for m in made]
        made = [m for m, (mn, _) in zip(made, disassemble(words))
                if mn in want]
        if not made:
            raise SystemExit("gen-rand-vec: no valid word for row " + name)
        for i, (w, ins) in enumerate(made):
            mode = rng.choice(["64", "64", "32"]) + rng.choice(["", "le"])
            lines.append("%s_%d | .long 0x%08x | %s | %s"
                         % (name, i, w, mode,
                            " ".join("%s=%s" % kv for kv in ins.items())))
    return lines


# ---- floating point: the arithmetic rows (primaries 59 and 63) ----

FP_EDGE = [0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000,
           0xbff0000000000000, 0x0000000000000001, 0x800fffffffffffff,
           0x0010000000000000, 0x7fefffffffffffff, 0xffefffffffffffff,
           0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000,
           0x7ff4000000000000, 0xfff0000000000001, 0x3ff8000000000000,
           0x4330000000000000, 0x41dfffffffc00000, 0xc1e0000000000000,
           0x43e0000000000000, 0x3fefffffffffffff, 0x47efffffe0000000,
           0x36a0000000000000, 0x380fffffe0000000, 0x3ff0000000000001]
# FPSCR exception bits that may be set on input (sticky summaries and
# the exception bits; never an enable, VE..XE, nor FR/FI)
FP_STICKY = [0x80000000, 0x10000000, 0x08000000, 0x04000000, 0x02000000,
             0x01000000, 0x00800000, 0x00400000, 0x00100000, 0x00000400]
# rows that change the enables or read the FPSCR into a CR field are
# left to fp.vec's hand-written vectors
FP_SKIP = {"mtfsf", "mtfsfi", "mtfsb0", "mtfsb1"}


def fp_value(rng):
    if rng.random() < 0.65:
        v = rng.choice(FP_EDGE)
        if rng.random() < 0.25:
            v ^= 1 << rng.randrange(52)
        return v
    exp = rng.choice([rng.randrange(2048), rng.randrange(0x380, 0x480)])
    return rng.getrandbits(1) << 63 | exp << 52 | rng.getrandbits(52)


def fp_vectors(rng, per_row):
    """Vector lines for the arithmetic rows of insn-fp.def (random
    rounding mode and exception bits, no exception enabled)."""
    lines = []
    for name, primary, xo, mask, form, flags in rows(DEFS["fp"]):
        if primary not in (59, 63) or name in FP_SKIP:
            continue
        seen = valid_words(rng, name, primary, xo, mask, flags, per_row)
        for i, w in enumerate(seen):
            ins = ["f%d=0x%x" % (r, fp_value(rng)) for r in sorted(fields(w))]
            fpscr = rng.randrange(4)
            for bit in FP_STICKY:
                if rng.random() < 0.15:
                    fpscr |= bit
            ins.append("fpscr=0x%x" % fpscr)
            ins.append("cr=0x%x" % rng.getrandbits(32))
            mode = "64" + rng.choice(["", "le"])
            lines.append("%s_%d | .long 0x%08x | %s | %s"
                         % (name, i, w, mode, " ".join(ins)))
    return lines


# ---- decimal floating point and the BCD assists (insn-dfp.def) ----

def dfp_codec():
    """gen-dfp-vec.py's DPD encoder (the formats and encode/special)."""
    spec = importlib.util.spec_from_file_location(
        "gen_dfp_vec", os.path.join(HERE, "gen-dfp-vec.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dfp_value(rng, dfp, fmt):
    """A decimal64/128 bit pattern: random bits (any class, non-preferred
    declets), a valid DPD number from edge coefficients and exponents, or
    an infinity / NaN with a random payload."""
    width, digits, _, bias, qmax = fmt
    r = rng.random()
    if r < 0.3:
        return rng.getrandbits(width)
    if r < 0.45:
        kind = rng.choice(["inf", "nan", "snan"])
        return dfp.special(fmt, rng.getrandbits(1), kind,
                           rng.choice([0, 1, rng.randrange(10 ** (digits - 1))]))
    coef = rng.choice([0, 1, 5, 10 ** digits - 1, 10 ** (digits - 1),
                       rng.randrange(10 ** digits), rng.randrange(1000),
                       10 ** rng.randrange(digits)])
    exp = rng.choice([-bias, -bias + 1, 0, -1, qmax, qmax - 1,
                      -bias + digits - 1, rng.randrange(-bias, qmax + 1),
                      rng.randrange(-20, 21)])
    return dfp.encode(fmt, rng.getrandbits(1), coef, exp)


def bcd_word(rng):
    """A doubleword of valid BCD digits (cbcdtd: others are undefined)."""
    return int("".join(str(rng.randrange(10)) for _ in range(16)), 16)


def dfp_vectors(rng, per_row):
    """Vector lines for every insn-dfp.def row: GPR edge values for the
    BCD assists (valid BCD for cbcdtd), DFP operands for the rest, with a
    random DRN and RN and random exception bits, never an enable. Quad
    rows keep even register fields (an odd FRTp/FRAp/FRBp is an invalid
    form)."""
    dfp = dfp_codec()
    lines = []
    for name, primary, xo, mask, form, flags in rows(DEFS["dfp"]):
        # three times the rows' share: many operand classes per row
        seen = valid_words(rng, name, primary, xo, mask, flags, per_row * 6)
        if primary == 63:
            seen = [w for w in seen
                    if not any((w >> sh) & 1 for sh in (21, 16, 11))] or seen[:0]
        if not seen:
            raise SystemExit("gen-rand-vec: no valid word for row " + name)
        for i, w in enumerate(seen[:per_row * 3]):
            if primary == 31:
                ins = ["r%d=0x%x" % (r, bcd_word(rng) if name == "cbcdtd" else value(rng))
                       for r in sorted(fields(w))]
                mode = rng.choice(["64", "32"]) + rng.choice(["", "le"])
            else:
                fmt = dfp.EXT if primary == 63 else dfp.LONG
                ins = []
                regs = sorted({(w >> 16) & 31, (w >> 11) & 31})
                for r in regs:
                    v = dfp_value(rng, dfp, fmt)
                    if name.startswith("denbcd"):
                        # valid BCD (dfp.vec has the invalid cases,
                        # where QEMU 7.2 departs from the ISA)
                        v = bcd_word(rng) << 64 | bcd_word(rng)
                        if (w >> 20) & 1:
                            v = v & ~0xf | rng.randrange(0xa, 0x10)
                        if primary == 59:
                            v &= 2 ** 64 - 1
                    if primary == 63:
                        ins.append("f%d=0x%x f%d=0x%x" % (r, v >> 64, r + 1, v & (2 ** 64 - 1)))
                    elif name == "dctdp":
                        ins.append("f%d=0x%x" % (r, dfp_value(rng, dfp, dfp.SHORT)))
                    else:
                        ins.append("f%d=0x%x" % (r, v))
                fpscr = rng.randrange(8) << 32 | rng.randrange(4)
                for bit in FP_STICKY:
                    if rng.random() < 0.15:
                        fpscr |= bit
                ins.append("fpscr=0x%x" % fpscr)
                mode = "64" + rng.choice(["", "le"])
            ins.append("cr=0x%x" % rng.getrandbits(32))
            lines.append("%s_%d | .long 0x%08x | %s | %s"
                         % (name, i, w, mode, " ".join(ins)))
    return lines


# ---- VMX and VSX: the register rows of every insn-v*.def ----

VEC_DEFS = "insn-v"   # cpu-ppc/insn-v*.def: insn-vmx-*.def, insn-vsx-*.def, insn-vec-fp.def
FP32_EDGE = [0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x00000001,
             0x807fffff, 0x00800000, 0x7f7fffff, 0xff7fffff, 0x7f800000,
             0xff800000, 0x7fc00000, 0x7fa00000, 0x4f000000, 0xcf000000,
             0x3fffffff, 0x4b800000]


def vec_lane_pattern(rng, bits):
    """One element of `bits` bits: an integer or FP edge value or random."""
    top = 1 << (bits - 1)
    m = (1 << bits) - 1
    pick = rng.random()
    if pick < 0.35:
        return rng.choice([0, 1, m, m - 1, top, top - 1, top + 1, 0x55 * (m // 0xff),
                           0xaa * (m // 0xff)]) & m
    if pick < 0.55 and bits == 32:
        return rng.choice(FP32_EDGE)
    if pick < 0.55 and bits == 64:
        return fp_value(rng)
    return rng.getrandbits(bits)


def vec_value(rng):
    """A 128-bit register value made of lanes of one random width."""
    bits = rng.choice([8, 16, 32, 32, 64, 64, 128])
    if bits == 128:
        return rng.getrandbits(128)
    v = 0
    for _ in range(128 // bits):
        v = v << bits | vec_lane_pattern(rng, bits)
    return v


def vec_regs(w, form):
    """The VSR numbers (0..63) the word's register fields name, as the
    decoder extends them: VMX forms name VRs (VSR 32 + n)."""
    t, a, b, c = (w >> 21) & 31, (w >> 16) & 31, (w >> 11) & 31, (w >> 6) & 31
    if form.startswith("FORM_XX"):
        return {t | (w & 1) << 5, a | (w >> 2 & 1) << 5, b | (w >> 1 & 1) << 5,
                c | (w >> 3 & 1) << 5}
    return {32 + t, 32 + a, 32 + b, 32 + c}


# Rows whose QEMU 7.2 results are wrong by the ISA in ways only a model
# of the instruction can derive (vrldmi's missing insert, vexptefp out of
# bound, the decimal instructions' CR6 and sign rules): their random
# vectors are drawn by their own category's generator (gen-vmxint-vec.py,
# gen-vecfp-vec.py, gen-vmxperm-vec.py), whose gen-isa-*.py lists the
# deviations with ISA values.
VEC_MODELLED = re.compile(r"^(vrldmi|vexptefp|bcd\w*)$")


def vec_vectors(rng, per_row):
    """Vector lines for every register-only row of the VMX/VSX .def files
    (memory rows have directed vectors of their own): random VSR inputs
    of edge lanes, random GPRs for the moves, random CR, FPSCR (rounding
    mode and sticky bits, no enables) and VSCR."""
    lines = []
    d = os.path.join(ROOT, "cpu-ppc")
    for f in sorted(os.listdir(d)):
        if not (f.startswith(VEC_DEFS) and f.endswith(".def")):
            continue
        for name, primary, xo, mask, form, flags in rows(os.path.join(d, f)):
            if "F_LOAD" in flags or "F_STORE" in flags or "F_PRIV" in flags:
                continue
            if VEC_MODELLED.match(name):
                continue
            cands = [draw_word(rng, primary, xo, mask) for _ in range(300)]
            # group rows (sub-op in a register field) print other names:
            # any word objdump decodes is a valid encoding
            seen = []
            for w2, (mn, _) in zip(cands, disassemble(cands)):
                if mn != ".long" and w2 not in seen:
                    seen.append(w2)
                if len(seen) == per_row:
                    break
            if not seen:
                raise SystemExit("gen-rand-vec: no valid word for row " + name)
            for i, w in enumerate(seen):
                ins = ["vs%d=0x%x" % (r, vec_value(rng)) for r in sorted(vec_regs(w, form))]
                ins += ["r%d=0x%x" % (r, value(rng)) for r in sorted(fields(w))]
                fpscr = rng.randrange(4)
                for bit in FP_STICKY:
                    if rng.random() < 0.15:
                        fpscr |= bit
                ins.append("fpscr=0x%x" % fpscr)
                ins.append("vscr=0x%x" % rng.choice([0, 0x10000, 1, 0x10001]))
                ins.append("cr=0x%x" % rng.getrandbits(32))
                mode = "64" + rng.choice(["", "le"])
                lines.append("%s_%d | .long 0x%08x | %s | %s"
                             % (name, i, w, mode, " ".join(ins)))
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-row", type=int, default=8)
    ap.add_argument("--seed", type=int, default=20261206)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    head = ["# GENERATED by tests/insn/gen-rand-vec.py --seed %d --per-row %d:"
            % (args.seed, args.per_row),
            "# random operand fields and edge-value inputs for every",
            "# insn-int.def and (addresses inside the scratch buffer, random",
            "# memory) insn-ldst.def row, and the arithmetic rows of",
            "# insn-fp.def (random rounding mode and exception bits, no",
            "# enables), every insn-dfp.def row (random DFP operands: valid",
            "# DPD and random bit patterns, random DRN), and the register rows",
            "# of the VMX/VSX insn-v*.def (random edge-lane VSRs, VSCR,",
            "# FPSCR); results recorded from QEMU 7.2 (regen.sh rand).",
            "# Known QEMU 7.2 deviations from the ISA for these rows: FPSCR[FR],",
            "# which QEMU never writes (test-insn's printed FR rule covers it),",
            "# and the atomic-memory-operation bound value (lwat_0); every such",
            "# vector is listed in isa-deviations.h with the ISA reason."]
    body = (int_vectors(rng, args.per_row) + ldst_vectors(rng, args.per_row)
            + fp_vectors(rng, args.per_row) + dfp_vectors(rng, args.per_row)
            + vec_vectors(rng, args.per_row))
    with open(OUT, "w") as fh:
        fh.write("\n".join(head + body) + "\n")
    print("gen-rand-vec: %d vectors in %s" % (len(body), OUT))


if __name__ == "__main__":
    main()
