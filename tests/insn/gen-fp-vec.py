#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the body of tests/insn/fp.vec: every scalar binary FP
# instruction on special operands (+-0, +-inf, QNaN, SNaN, denormals,
# extremes), in all rounding modes, with enables set in FPSCR, Rc forms,
# FPSCR instructions and FP loads/stores. Usage:
#   tests/insn/gen-fp-vec.py > /tmp/body && (header; body) > fp.vec
# then tests/insn/regen.sh fp (QEMU computes the expected results).
import random

rng = random.Random(1234)
out = []

def vec(name, insn, inputs, mode="64"):
    out.append(f"{name} | {insn} | {mode} | {inputs}")

SPECIAL = {
    "pz": 0x0000000000000000, "nz": 0x8000000000000000,
    "one": 0x3ff0000000000000, "m1p5": 0xbff8000000000000,
    "pinf": 0x7ff0000000000000, "ninf": 0xfff0000000000000,
    "qnan": 0x7ff8000000000123, "snan": 0xfff0000000000456,
    "dmin": 0x0000000000000001, "dmax": 0x7fefffffffffffff,
    "nmin": 0x0010000000000000, "third": 0x3fd5555555555555,
    "m0p1": 0xbfb999999999999a, "fmax": 0x47efffffe0000000,
    "fovf": 0x47effffff0000000, "ftiny": 0x3690000000000000,
    "fmin": 0x380fffffe0000000, "big": 0x43e0000000000000,
}
SMALL = ["pz", "nz", "one", "m1p5", "pinf", "ninf", "qnan", "snan",
         "dmin", "dmax", "nmin", "third"]

def rnd_double(r):
    m = rng.getrandbits(64)
    e = rng.randint(-r, r)
    return (m & 0x800fffffffffffff) | ((1023 + e) << 52)

def drn_reset(tag):
    # The oracle keeps FPSCR[DRN] (high word) from one vector to the next
    # while farad starts each vector from 0: clear it after every vector
    # that sets it.
    vec(f"drn_reset_{tag}", "mtfsf 0xff,3,0,1", "f3=0")

def h(x):
    return f"0x{x:016x}"

# two-operand arithmetic: all special pairs in RN with Rc, random in all modes
for op, second in [("fadd", "b"), ("fsub", "b"), ("fmul", "c"), ("fdiv", "b"),
                   ("fadds", "b"), ("fsubs", "b"), ("fmuls", "c"),
                   ("fdivs", "b")]:
    names = SMALL if not op.endswith("s") else SMALL[:4] + SMALL[6:10]
    for an in names:
        for bn in names:
            a, b = SPECIAL[an], SPECIAL[bn]
            if second == "b":
                vec(f"{op}_{an}_{bn}", f"{op}. 1,2,3", f"f2={h(a)} f3={h(b)}")
            else:
                vec(f"{op}_{an}_{bn}", f"{op}. 1,2,4", f"f2={h(a)} f4={h(b)}")
    for rn in range(4):
        for i in range(8):
            a, b = rnd_double(40 if i < 6 else 1000), rnd_double(40 if i < 6 else 1000)
            reg = "3" if second == "b" else "4"
            vec(f"{op}_rn{rn}_r{i}", f"{op} 1,2,{reg}",
                f"f2={h(a)} f{reg}={h(b)} fpscr={rn}")
    # single-precision edges in every mode
    for rn in range(4):
        for an, bn in [("fmax", "fmax"), ("fovf", "pz"), ("ftiny", "pz"),
                       ("fmin", "ftiny"), ("nmin", "one"), ("third", "one")]:
            reg = "3" if second == "b" else "4"
            vec(f"{op}_e_rn{rn}_{an}_{bn}", f"{op}. 1,2,{reg}",
                f"f2={h(SPECIAL[an])} f{reg}={h(SPECIAL[bn])} fpscr={rn}")

# enabled exceptions (MSR[FE] = 0: no interrupt, FEX and result rules)
ENABLES = {"ve": 0x80, "oe": 0x40, "ue": 0x20, "ze": 0x10, "xe": 0x08}
CASES = [("isi", "fadd", 0x7ff0000000000000, 0xfff0000000000000),
         ("snan", "fadd", 0x7ff0000000000001, 0x3ff0000000000000),
         ("zdiv", "fdiv", 0x3ff0000000000000, 0x0000000000000000),
         ("zdz", "fdiv", 0, 0),
         ("ovf", "fmul", 0x7fefffffffffffff, 0x7fefffffffffffff),
         ("ovfa", "fadd", 0x7fefffffffffffff, 0x7fefffffffffffff),
         ("unf", "fmul", 0x0010000000000000, 0x3fe0000000000001),
         ("unfx", "fadd", 0x0010000000000000, 0x8008000000000000),
         ("inx", "fadd", 0x3ff0000000000000, 0x3c90000000000000),
         ("sovf", "fmuls", 0x47efffffe0000000, 0x4000000000000000),
         ("sunf", "fmuls", 0x3810000000000000, 0x3fe0000000000001)]
for en, bit in ENABLES.items():
    for cn, op, a, b in CASES:
        reg = "4" if op.startswith("fmul") else "3"
        for rn in (0, 2):
            vec(f"en_{en}_{cn}_rn{rn}", f"{op}. 1,2,{reg}",
                f"f2={h(a)} f{reg}={h(b)} fpscr={bit | rn}")

# fused multiply-add
THREE = ["pz", "nz", "one", "m1p5", "pinf", "ninf", "qnan", "snan", "nmin"]
for op in ["fmadd", "fmsub", "fnmadd", "fnmsub", "fmadds", "fmsubs",
           "fnmadds", "fnmsubs"]:
    for an in THREE:
        for cn in THREE:
            bn = THREE[(THREE.index(an) * 3 + THREE.index(cn)) % len(THREE)]
            vec(f"{op}_{an}_{cn}_{bn}", f"{op}. 1,2,4,3",
                f"f2={h(SPECIAL[an])} f4={h(SPECIAL[cn])} f3={h(SPECIAL[bn])}")
    for rn in range(4):
        for i in range(6):
            a, c = rnd_double(10), rnd_double(10)
            if i % 2:
                # near cancellation: b ~ -a*c
                import struct
                p = struct.unpack("<d", struct.pack("<Q", a))[0] * \
                    struct.unpack("<d", struct.pack("<Q", c))[0]
                b = struct.unpack("<Q", struct.pack("<d", -p))[0] ^ rng.getrandbits(4)
            else:
                b = rnd_double(10)
            vec(f"{op}_rn{rn}_r{i}", f"{op} 1,2,4,3",
                f"f2={h(a)} f4={h(c)} f3={h(b)} fpscr={rn}")

# one-operand
ONE = list(SPECIAL.keys())
EXTRA = {"p1p5": 0x3ff8000000000000, "p2p5": 0x4004000000000000,
         "m2p5": 0xc004000000000000, "half": 0x3fe0000000000000,
         "mhalf": 0xbfe0000000000000, "i31": 0x41e0000000000000,
         "mi31": 0xc1e0000000000000, "u32m": 0x41efffffffe00000,
         "i32": 0x41f0000000000000, "i64": 0x43f0000000000000,
         "mi63": 0xc3e0000000000000, "int1": 0x0000000000001234,
         "allones": 0xffffffffffffffff, "i63m": 0x7fffffffffffffff,
         "oddint": 0x4330000000000001}
VALS1 = dict(SPECIAL)
VALS1.update(EXTRA)
for op in ["fsqrt", "fsqrts", "fre", "fres", "frsqrte", "frsqrtes", "frsp",
           "fctiw", "fctiwz", "fctiwu", "fctiwuz", "fctid", "fctidz",
           "fctidu", "fctiduz", "fcfid", "fcfids", "fcfidu", "fcfidus",
           "frin", "friz", "frip", "frim"]:
    conv = op.startswith("fct") or op.startswith("fri") or op.startswith("fcf")
    for vn, v in (VALS1 if conv else SPECIAL).items():
        vec(f"{op}_{vn}", f"{op}. 1,3", f"f3={h(v)}")
    modes = range(1, 4)
    for rn in modes:
        for vn in (["third", "m0p1", "p2p5", "m2p5", "mhalf", "u32m",
                    "allones", "oddint"] if conv else
                   ["third", "m0p1", "fmin", "fovf", "dmin"]):
            vec(f"{op}_rn{rn}_{vn}", f"{op} 1,3", f"f3={h(VALS1[vn])} fpscr={rn}")
    # VE set: invalid results
    for vn in ["snan", "qnan", "ninf", "m1p5", "pz", "big"]:
        vec(f"{op}_ve_{vn}", f"{op}. 1,3", f"f3={h(VALS1[vn])} fpscr=0x80")

# moves (no FPSCR change; Rc copies FPSCR[0:3] to CR1)
for op in ["fmr", "fneg", "fabs", "fnabs"]:
    for vn in ["pz", "nz", "m1p5", "snan", "ninf"]:
        vec(f"{op}_{vn}", f"{op}. 1,3", f"f3={h(SPECIAL[vn])} fpscr=0x92004000")
for an in ["one", "nz", "snan"]:
    for bn in ["m1p5", "pz", "qnan"]:
        vec(f"fcpsgn_{an}_{bn}", f"fcpsgn. 1,2,3",
            f"f2={h(SPECIAL[an])} f3={h(SPECIAL[bn])}")
vec("fmrgew", "fmrgew 1,2,3", "f2=0x0123456789abcdef f3=0xfedcba9876543210")
vec("fmrgow", "fmrgow 1,2,3", "f2=0x0123456789abcdef f3=0xfedcba9876543210")
for an in ["pz", "nz", "one", "m1p5", "qnan", "snan", "ninf", "dmin"]:
    vec(f"fsel_{an}", "fsel. 1,2,4,3", f"f2={h(SPECIAL[an])} f3=0x1 f4=0x2")

# compares and tests
CMP = ["pz", "nz", "one", "m1p5", "pinf", "qnan", "snan", "dmin"]
for an in CMP:
    for bn in CMP:
        a, b = SPECIAL[an], SPECIAL[bn]
        vec(f"fcmpu_{an}_{bn}", "fcmpu 3,2,3", f"f2={h(a)} f3={h(b)}")
        vec(f"fcmpo_{an}_{bn}", "fcmpo 6,2,3", f"f2={h(a)} f3={h(b)}")
        vec(f"ftdiv_{an}_{bn}", "ftdiv 1,2,3", f"f2={h(a)} f3={h(b)}")
    vec(f"ftsqrt_{an}", "ftsqrt 7,3", f"f3={h(SPECIAL[an])}")
for an in CMP[:4]:
    vec(f"fcmpo_ve_{an}_snan", "fcmpo 6,2,3", f"f2={h(SPECIAL[an])} f3={h(SPECIAL['snan'])} fpscr=0x80")
    vec(f"fcmpo_ve_{an}_qnan", "fcmpo 6,2,3", f"f2={h(SPECIAL[an])} f3={h(SPECIAL['qnan'])} fpscr=0x80")
TDIV = [0x7fe0000000000000, 0x0030000000000000, 0x0360000000000000,
        0x3ff0000000000000, 0x0000000000000010, 0x7fd0000000000000,
        0x0020000000000000, 0x4340000000000000]
for i, a in enumerate(TDIV):
    for j, b in enumerate(TDIV):
        vec(f"ftdiv_e{i}_{j}", "ftdiv 5,2,3", f"f2={h(a)} f3={h(b)}")
    vec(f"ftsqrt_e{i}", "ftsqrt 0,3", f"f3={h(a)}")

# FPSCR instructions
FPSCRS = [0x00000000, 0xfff80f03, 0x82024001, 0x0000f8fb, 0x6ff9f700]
for i, f in enumerate(FPSCRS):
    vec(f"mffs_{i}", "mffs. 1", f"fpscr={h(f)}")
    vec(f"mffsce_{i}", ".long 0xfc21048e", f"fpscr={h(f)}")
    vec(f"mffscdrn_{i}", ".long 0xfc34148e", f"fpscr={h(f)} f2=0x0000000500000002")
    drn_reset(f"a{i}")
    vec(f"mffscdrni_{i}", ".long 0xfc351c8e", f"fpscr={h(f)}")
    drn_reset(f"b{i}")
    vec(f"mffscrn_{i}", ".long 0xfc36148e", f"fpscr={h(f)} f2=0x0000000500000002")
    vec(f"mffscrni_{i}", ".long 0xfc37088e", f"fpscr={h(f)}")
    vec(f"mffsl_{i}", ".long 0xfc38048e", f"fpscr={h(f)}")
    for bfa in range(8):
        vec(f"mcrfs_{i}_{bfa}", f"mcrfs 4,{bfa}", f"fpscr={h(f)}")
for i, f in enumerate(FPSCRS):
    for flm in [0xff, 0x01, 0x80, 0x5a, 0x0f]:
        vec(f"mtfsf_{i}_{flm:02x}", f"mtfsf. {flm},3",
            f"fpscr={h(f)} f3=0xffffffff{rng.getrandbits(32):08x}")
    vec(f"mtfsf_l_{i}", "mtfsf 0,3,1,0", f"fpscr={h(f)} f3=0x00000007{rng.getrandbits(32):08x}")
    drn_reset(f"c{i}")
    vec(f"mtfsf_w_{i}", "mtfsf 0xff,3,0,1", f"fpscr={h(f)} f3=0x00000003{rng.getrandbits(32):08x}")
    drn_reset(f"d{i}")
    for bf in range(8):
        u = rng.randint(0, 15)
        vec(f"mtfsfi_{i}_{bf}", f"mtfsfi. {bf},{u}", f"fpscr={h(f)}")
    vec(f"mtfsfi_w_{i}", "mtfsfi 7,5,1", f"fpscr={h(f)}")
    drn_reset(f"e{i}")
    for bt in range(32):
        if i not in (1, 3):
            continue
        vec(f"mtfsb0_{i}_{bt}", f"mtfsb0. {bt}", f"fpscr={h(f)}")
        vec(f"mtfsb1_{i}_{bt}", f"mtfsb1. {bt}", f"fpscr={h(f)}")

# loads and stores (both byte orders)
SW = [0x00000000, 0x80000000, 0x3f800000, 0x00000001, 0x807fffff,
      0x00400000, 0x7f800000, 0xff800000, 0x7fc00001, 0x7f800001,
      0x7f7fffff, 0x00800000]
for w in SW:
    mem = f"{w:08x}"
    vec(f"lfs_{w:08x}", "lfs 1,8(4)", f"r4=@0 mem@8={mem}")
    vec(f"lfiwax_{w:08x}", "lfiwax 1,4,5", f"r4=@0 r5=8 mem@8={mem}")
    vec(f"lfiwzx_{w:08x}", "lfiwzx 1,4,5", f"r4=@0 r5=8 mem@8={mem}")
for vn, v in VALS1.items():
    vec(f"stfs_{vn}", "stfs 3,16(4)", f"r4=@0 f3={h(v)}")
    vec(f"stfiwx_{vn}", "stfiwx 3,4,5", f"r4=@0 r5=4 f3={h(v)}")
MEM = "0011223344556677" "8899aabbccddeeff" "0123456789abcdef" "fedcba9876543210"
vec("lfd", "lfd 1,8(4)", f"r4=@0 mem={MEM}")
vec("lfdu", "lfdu 1,8(4)", f"r4=@0 mem={MEM}")
vec("lfdx", "lfdx 1,4,5", f"r4=@0 r5=16 mem={MEM}")
vec("lfdux", "lfdux 1,4,5", f"r4=@0 r5=16 mem={MEM}")
vec("lfsu", "lfsu 1,4(4)", f"r4=@0 mem={MEM}")
vec("lfsx", "lfsx 1,4,5", f"r4=@0 r5=12 mem={MEM}")
vec("lfsux", "lfsux 1,4,5", f"r4=@0 r5=12 mem={MEM}")
vec("stfd", "stfd 3,8(4)", "r4=@0 f3=0x0123456789abcdef")
vec("stfdu", "stfdu 3,8(4)", "r4=@0 f3=0x0123456789abcdef")
vec("stfdx", "stfdx 3,4,5", "r4=@0 r5=24 f3=0x0123456789abcdef")
vec("stfdux", "stfdux 3,4,5", "r4=@0 r5=24 f3=0x0123456789abcdef")
vec("stfsu", "stfsu 3,4(4)", "r4=@0 f3=0x3ff0000000000000")
vec("stfsx", "stfsx 3,4,5", "r4=@0 r5=12 f3=0xc000000000000000")
vec("stfsux", "stfsux 3,4,5", "r4=@0 r5=12 f3=0x0000000000000001")
vec("lfdp", ".long 0xe4c40010", f"r4=@0 mem={MEM}")
vec("lfdpx", ".long 0x7cc42e2e", f"r4=@0 r5=8 mem={MEM}")
vec("stfdp", ".long 0xf4c40010", "r4=@0 f6=0x1111111111111111 f7=0x2222222222222222")
vec("stfdpx", ".long 0x7cc42f2e", "r4=@0 r5=8 f6=0x1111111111111111 f7=0x2222222222222222")
vec("lfs_32", "lfs 1,8(4)", f"r4=@0 mem={MEM}", mode="32")
vec("lfdu_32", "lfdu 1,8(4)", f"r4=@0 mem={MEM}", mode="32")
vec("stfsu_32", "stfsu 3,4(4)", "r4=@0 f3=0x3ff0000000000000", mode="32")

# little-endian copies of the pair and single-precision forms
for name, insn, inp in [
        ("lfdp", ".long 0xe4c40010", f"r4=@0 mem={MEM}"),
        ("lfdpx", ".long 0x7cc42e2e", f"r4=@0 r5=8 mem={MEM}"),
        ("stfdp", ".long 0xf4c40010", "r4=@0 f6=0x1111111111111111 f7=0x2222222222222222"),
        ("stfdpx", ".long 0x7cc42f2e", "r4=@0 r5=8 f6=0x1111111111111111 f7=0x2222222222222222"),
        ("lfs", "lfs 1,8(4)", f"r4=@0 mem={MEM}"),
        ("stfs", "stfs 3,4(4)", "r4=@0 f3=0x3ff0000000000001"),
        ("lfiwax", "lfiwax 1,4,5", f"r4=@0 r5=12 mem={MEM}"),
        ("stfiwx", "stfiwx 3,4,5", "r4=@0 r5=12 f3=0x0123456789abcdef"),
        ("fadd", "fadd. 1,2,3", "f2=0x3ff0000000000000 f3=0x3c90000000000000 fpscr=2")]:
    vec(f"{name}_le", insn, inp, mode="64le")

print("\n".join(out))
