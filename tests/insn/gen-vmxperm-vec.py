#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Vectors for the VMX permute/pack/extract/insert, permute-control,
data-stream and decimal rows of cpu-ppc/insn-vmx-perm.def (offline
developer tool; writes tests/insn/vmxperm.vec, then
`tests/insn/regen.sh vmxperm` records QEMU 7.2's results in
expected/vmxperm.h).

Hand-picked edge cases per row (element boundaries, every UIM / index,
out-of-range immediates, reserved fields, saturating values and VSCR,
BCD sign codes, invalid digits, overflow, shift and length limits,
MSR[VEC]=0), then random operands for every row (fixed seed). Lines with
mode 64 are also emitted as a 64le copy (<name>_le): registers use the
ISA element numbering in both byte orders, so the results must agree.
    tests/insn/gen-vmxperm-vec.py > tests/insn/vmxperm.vec
"""
import random

out = []
def L(name, insn, mode="64", inputs="", both=True):
    out.append(f"{name:<22} | {insn:<26} | {mode} | {inputs}".rstrip())
    if both and mode == "64":
        out.append(f"{name+'_le':<22} | {insn:<26} | 64le | {inputs}".rstrip())
def C(s): out.append("# " + s)
def enc(xo, rt, ra, rb, extra=0, prim=4):
    return ".long 0x%08x" % (prim << 26 | rt << 21 | ra << 16 | rb << 11 | xo | extra)

SEQA = "v2=0x000102030405060708090a0b0c0d0e0f"
SEQB = "v3=0x101112131415161718191a1b1c1d1e1f"
EH = "0x80007fffffff0000010000ff0080ff7f"   # halfword edges
EH2 = "0x7ffe8001fffe0001000000020f0ff0f0"
EW = "0x800000007fffffffffffffff00010000"
EW2 = "0x0000ffffffff800000007fff00000100"
ED = "0x80000000000000007fffffffffffffff"
ED2 = "0x00000000ffffffffffffffff7fffffff"
ED3 = "0x00000001000000000000000080000000"
ED4 = "0xffffffff80000000ffffffff7fffffff"
PIX = "0x01f8f8f8007f7f7fff0408100180c0e0"
PIX2 = "0xdeadbeef1234567800ffffff01000000"


def random_lines(L, C, enc, per_row=6, seed=0x7e37be20):
    """Random 128-bit operands (and immediates) for every row."""
    rng = random.Random(seed)
    def r128():
        kind = rng.randrange(4)
        if kind == 0:  # bytes from an edge set
            return "0x" + "".join(rng.choice(["00", "ff", "80", "7f", "01", "fe"]) for _ in range(16))
        return "0x%032x" % rng.getrandbits(128)
    def rbcd(unsigned=False):
        nd = rng.choice([0, 1, 3, 7, 15, 16, 17, 30, 31 + unsigned])
        v = rng.randrange(10 ** nd) if nd else 0
        if unsigned:
            return ubcd(v)
        return bcd(v, rng.choice([0xa, 0xb, 0xc, 0xd, 0xe, 0xf]))
    C("---- random operands (fixed seed) ----")
    three = ["vperm", "vpermr", "vpermxor", "vsel"]
    two = ["vmrghb", "vmrghh", "vmrghw", "vmrglb", "vmrglh", "vmrglw", "vmrgew", "vmrgow",
           "vpkuhum", "vpkuwum", "vpkudum", "vpkuhus", "vpkuwus", "vpkudus", "vpkshus",
           "vpkswus", "vpksdus", "vpkshss", "vpkswss", "vpksdss", "vpkpx"]
    one = ["vupkhsb", "vupkhsh", "vupkhsw", "vupklsb", "vupklsh", "vupklsw", "vupkhpx", "vupklpx"]
    imm = {"vspltb": 15, "vsplth": 7, "vspltw": 3, "vextractub": 15, "vextractuh": 14,
           "vextractuw": 12, "vextractd": 8, "vinsertb": 15, "vinserth": 14, "vinsertw": 12,
           "vinsertd": 8}
    gpr = ["vextublx", "vextuhlx", "vextuwlx", "vextubrx", "vextuhrx", "vextuwrx"]
    for k in range(per_row):
        mode = "64le" if k % 2 else "64"
        vs = lambda: f"v2={r128()} v3={r128()} v4={r128()} vscr={rng.choice([0, 1, 0x10000])}"
        for n in three:
            L(f"rnd_{n}_{k}", f"{n} 1,2,3,4", mode=mode, inputs=vs(), both=False)
        L(f"rnd_vsldoi_{k}", f"vsldoi 1,2,3,{rng.randrange(16)}", mode=mode, inputs=vs(), both=False)
        for n in two:
            L(f"rnd_{n}_{k}", f"{n} 1,2,3", mode=mode, inputs=vs(), both=False)
        for n in one:
            L(f"rnd_{n}_{k}", f"{n} 1,3", mode=mode, inputs=vs(), both=False)
        for n, top in imm.items():
            L(f"rnd_{n}_{k}", f"{n} 1,3,{rng.randrange(top + 1)}", mode=mode,
              inputs=vs() + f" v1={r128()}", both=False)
        for n in ("vspltisb", "vspltish", "vspltisw"):
            L(f"rnd_{n}_{k}", f"{n} 1,{rng.randrange(-16, 16)}", mode=mode, both=False)
        for n in gpr:
            L(f"rnd_{n}_{k}", f"{n} 5,6,3", mode=rng.choice(["64", "64le", "32"]),
              inputs=f"v3={r128()} r6=0x{rng.getrandbits(64):x}", both=False)
        for n in ("lvsl", "lvsr"):
            L(f"rnd_{n}_{k}", f"{n} 1,4,5", mode=rng.choice(["64", "64le", "32"]),
              inputs=f"r4=0x{rng.getrandbits(64):x} r5=0x{rng.getrandbits(64):x}", both=False)
        for op in ("bcdadd.", "bcdsub."):
            L(f"rnd_{op[:-1]}_{k}", f"{op} 1,2,3,{k & 1}", mode=mode,
              inputs=f"v2={rbcd()} v3={rbcd()}", both=False)
        L(f"rnd_bcdcpsgn_{k}", "bcdcpsgn. 1,2,3", mode=mode, inputs=f"v2={rbcd()} v3={rbcd()}", both=False)
        L(f"rnd_bcdctsq_{k}", "bcdctsq. 1,3", mode=mode, inputs=f"v3={rbcd()}", both=False)
        sq = rng.choice([rng.getrandbits(rng.choice([8, 64, 100, 103, 104, 127])), -rng.getrandbits(100)])
        L(f"rnd_bcdcfsq_{k}", f"bcdcfsq. 1,3,{k & 1}", mode=mode, inputs=f"v3={hx(sq)}", both=False)
        for n in ("bcdctz.", "bcdsetsgn."):
            L(f"rnd_{n[:-1]}_{k}", f"{n} 1,3,{k & 1}", mode=mode, inputs=f"v3={rbcd()}", both=False)
        L(f"rnd_bcdctn_{k}", "bcdctn. 1,3", mode=mode, inputs=f"v3={rbcd()}", both=False)
        zd = "".join(str(rng.randrange(10)) for _ in range(16))
        z = "0x" + "".join(("f" if k & 1 else "3") + c for c in zd[:-1]) + rng.choice("3fcdab7") + zd[-1]
        L(f"rnd_bcdcfz_{k}", f"bcdcfz. 1,3,{k & 1}", mode=mode, inputs=f"v3={z}", both=False)
        nat = "0x" + "".join("003" + str(rng.randrange(10)) for _ in range(7)) + rng.choice(["002b", "002d"])
        L(f"rnd_bcdcfn_{k}", f"bcdcfn. 1,3,{k & 1}", mode=mode, inputs=f"v3={nat}", both=False)
        cnt = "0x%016x%016x" % (rng.getrandbits(56) << 8 | rng.randrange(-40, 41) & 0xff, rng.getrandbits(64))
        for n in ("bcds.", "bcdsr."):
            L(f"rnd_{n[:-1]}_{k}", f"{n} 1,2,3,{k & 1}", mode=mode, inputs=f"v2={cnt} v3={rbcd()}", both=False)
        L(f"rnd_bcdus_{k}", "bcdus. 1,2,3", mode=mode, inputs=f"v2={cnt} v3={rbcd(True)}", both=False)
        ln = "0x%016x%016x" % (rng.getrandbits(48) << 16 | rng.randrange(0, 34), rng.getrandbits(64))
        L(f"rnd_bcdtrunc_{k}", f"bcdtrunc. 1,2,3,{k & 1}", mode=mode, inputs=f"v2={ln} v3={rbcd()}", both=False)
        L(f"rnd_bcdutrunc_{k}", "bcdutrunc. 1,2,3", mode=mode, inputs=f"v2={ln} v3={rbcd(True)}", both=False)
def bcd(n, sign=0xc, digits=31):
    s = "%d" % abs(n)
    assert len(s) <= digits
    v = 0
    for ch in s:
        v = v << 4 | int(ch)
    v = v << 4 | sign
    return "0x%032x" % v
def ubcd(n):
    v = 0
    for ch in "%d" % n:
        v = v << 4 | int(ch)
    return "0x%032x" % v
def hx(v): return "0x%032x" % (v & ((1 << 128) - 1))
MAX = 10**31 - 1

def bcdlines(L, C, enc):
    C("---- decimal add / subtract (CR6: LT GT EQ, SO = overflow or invalid) ----")
    cases = [
        ("pp", bcd(123), bcd(456)), ("mm", bcd(123, 0xd), bcd(456, 0xd)),
        ("pm", bcd(123), bcd(456, 0xd)), ("mp", bcd(123, 0xd), bcd(456)),
        ("pm_big", bcd(456), bcd(123, 0xd)), ("eq_mag", bcd(5, 0xd), bcd(5)),
        ("zero_pp", bcd(0), bcd(0)), ("zero_mm", bcd(0, 0xd), bcd(0, 0xd)),
        ("zero_pm", bcd(0), bcd(0, 0xb)), ("zero_x", bcd(0, 0xb), bcd(7)),
        ("ovf_zero", bcd(MAX), bcd(1)), ("ovf", bcd(MAX), bcd(MAX)),
        ("ovf_neg", bcd(MAX, 0xd), bcd(2, 0xb)), ("half_ovf", bcd(5 * 10**30), bcd(5 * 10**30)),
        ("alt_signs", bcd(19, 0xa), bcd(81, 0xe)), ("alt_signs2", bcd(19, 0xf), bcd(20, 0xb)),
        ("carry", bcd(99999999999999999), bcd(1)), ("borrow", bcd(10**20), bcd(1, 0xd)),
        ("inv_sign_a", bcd(1, 0x9), bcd(2)), ("inv_sign_b", bcd(1), bcd(2, 0x0)),
        ("inv_digit_same", "0x000000000000000000000000000a001c", bcd(2)),
        ("inv_digit_diff", "0x000000000000000000000000000a001c", bcd(2, 0xd)),
        ("inv_digit_diff2", "0x900000000000000000000000000a001c", bcd(2, 0xd)),
    ]
    for op in ("bcdadd.", "bcdsub."):
        nm = op[:-1]
        for tag, a, b in cases:
            for ps in (0, 1):
                if ps and tag.startswith("inv"):
                    continue
                L(f"{nm}_{tag}_ps{ps}", f"{op} 1,2,3,{ps}", inputs=f"v2={a} v3={b}")
        L(f"{nm}_overlap", f"{op} 2,2,2,0", inputs=f"v2={bcd(77, 0xd)}")
    C("---- conversions (one xo, VRA selects) ----")
    sq = [("zero", bcd(0)), ("mzero", bcd(0, 0xd)), ("pos", bcd(123)), ("neg", bcd(123, 0xd)),
          ("max", bcd(MAX)), ("mmax", bcd(MAX, 0xb)), ("alt", bcd(42, 0xa)),
          ("inv_sign", bcd(123, 0x3)), ("inv_d31", "0xa000000000000000000000000000012c"),
          ("inv_d5", "0x0000000000000000000000000b12345d"), ("inv_d1", "0x000000000000000000000000001234fc")]
    for tag, b in sq:
        L(f"bcdctsq_{tag}", "bcdctsq. 1,3", inputs=f"v3={b}")
    L("bcdctsq_psbit", enc(1409 | 0x200, 1, 0, 3), inputs=f"v3={bcd(5, 0xd)}")
    for tag, v in [("zero", 0), ("one", 1), ("mone", -1), ("max", MAX), ("over", MAX + 1),
                   ("mmax", -MAX), ("mover", -MAX - 1), ("min", -(1 << 127)), ("imax", (1 << 127) - 1),
                   ("mid", 12345678901234567890123)]:
        for ps in (0, 1):
            L(f"bcdcfsq_{tag}_ps{ps}", f"bcdcfsq. 1,3,{ps}", inputs=f"v3={hx(v)} v1=0x11111111111111112222222222222222")
    for tag, b in [("pos", bcd(1234)), ("neg", bcd(1234, 0xb)), ("zero", bcd(0, 0xd)),
                   ("d16", bcd(9876543210987654)), ("ox", bcd(12345678901234567)),
                   ("inv_sign", bcd(12, 0x1)), ("inv_d3", "0x0000000000000000000000000000c12c"),
                   ("inv_d20", "0x00000000000e0000000000000000012c")]:
        for ps in (0, 1):
            L(f"bcdctz_{tag}_ps{ps}", f"bcdctz. 1,3,{ps}", inputs=f"v3={b}")
    for tag, b in [("pos", bcd(1234567)), ("neg", bcd(1, 0xd)), ("zero", bcd(0, 0xd)),
                   ("ox", bcd(12345678)), ("inv_sign", bcd(12, 0x1)),
                   ("inv_d2", "0x0000000000000000000000000000f12c"),
                   ("inv_d10", "0x0000000000000000000000f00000012c")]:
        L(f"bcdctn_{tag}", "bcdctn. 1,3", inputs=f"v3={b}")
    L("bcdctn_psbit", enc(1409 | 0x200, 1, 5, 3), inputs=f"v3={bcd(5, 0xd)}")
    Z0 = "0x30303030303030303030303031323335"
    Z1 = "0xf0f0f0f0f0f0f0f0f0f0f9f8f7f6f5c4"
    for tag, b, ps in [("p0", Z0, 0), ("m0", "0x303030303030303030303030313233" + "75", 0),
                       ("s8_0", "0x303030303030303030303030313233" + "85", 0),
                       ("zero0", "0x30303030303030303030303030303030", 0),
                       ("zone0", "0x303030303030303031303030313233" + "35", 0),
                       ("p1", Z1, 1), ("m1", Z1[:-2] + "d4", 1), ("b1", Z1[:-2] + "b4", 1),
                       ("a1", Z1[:-2] + "a4", 1), ("f1", Z1[:-2] + "f4", 1),
                       ("inv_sign1", Z1[:-2] + "54", 1), ("inv_zone1", "0xf0f0f0f0f0f0f0f030f0f9f8f7f6f5c4", 1),
                       ("inv_digit1", "0xf0f0f0f0f0f0f0f0f0f0f9fbf7f6f5c4", 1),
                       ("z1_as0", Z1, 0), ("z0_as1", Z0, 1)]:
        L(f"bcdcfz_{tag}", f"bcdcfz. 1,3,{ps}", inputs=f"v3={b}")
    N = "0x00310032003300340035003600370" + "02b"
    for tag, b, ps in [("pos0", N, 0), ("pos1", N, 1), ("neg", N[:-3] + "02d", 0),
                       ("zero", "0x003000300030003000300030003000" + "2d", 1),
                       ("inv_sign", N[:-3] + "020", 0), ("inv_char", "0x00310032003a00340035003600370" + "02b", 0),
                       ("inv_hi", "0x01310032003300340035003600370" + "02b", 0)]:
        L(f"bcdcfn_{tag}", f"bcdcfn. 1,3,{ps}", inputs=f"v3={b}")
    for tag, b in [("a", bcd(5, 0xa)), ("b", bcd(5, 0xb)), ("e", bcd(0, 0xe)), ("f", bcd(9, 0xf)),
                   ("d", bcd(0, 0xd)), ("inv_sign", bcd(3, 0x7)), ("inv_digit", "0x000000000000000000000000000c003a")]:
        for ps in (0, 1):
            L(f"bcdsetsgn_{tag}_ps{ps}", f"bcdsetsgn. 1,3,{ps}", inputs=f"v3={b}")
    for va in (1, 3, 8, 30):
        L(f"bcdcvt_va{va}", enc(1409, 1, va, 3), inputs=f"v3={bcd(5)}")
    C("---- copy sign ----")
    for tag, a, b in [("pm", bcd(123), bcd(4, 0xb)), ("mp", bcd(123, 0xd), bcd(4, 0xf)),
                      ("zero", bcd(0, 0xc), bcd(0, 0xd)),
                      ("inv_sign_a", bcd(1, 0x5), bcd(2)), ("inv_sign_b", bcd(1), bcd(2, 0x5)),
                      ("inv_digit_a", "0x0000000000000000000000000000f01c", bcd(2, 0xd)),
                      ("inv_digit_b", bcd(9), "0xf000000000000000000000000000001d")]:
        L(f"bcdcpsgn_{tag}", f"bcdcpsgn. 1,2,3", inputs=f"v2={a} v3={b} v1=0x11111111111111112222222222222222")
    C("---- shifts (count: VRA byte 7, signed) ----")
    def cnt(n): return "0x%016x%016x" % ((n & 0xff) | 0x1234567890abcd00, 0xfedcba9876543210)
    B = bcd(1234567890123456789, 0xd)
    for n in (0, 1, 5, -3, 12, 31, -31, 40, -40, 127, -128):
        for ps in (0, 1):
            if ps and n not in (1, -3): continue
            L(f"bcds_{'m' if n < 0 else ''}{abs(n)}_ps{ps}", f"bcds. 1,2,3,{ps}", inputs=f"v2={cnt(n)} v3={B} v1=0x11111111111111112222222222222222")
    L("bcds_ox", "bcds. 1,2,3,0", inputs=f"v2={cnt(20)} v3={bcd(123456789012, 0xc)}")
    L("bcds_zero_res", "bcds. 1,2,3,0", inputs=f"v2={cnt(-5)} v3={bcd(1234, 0xd)}")
    L("bcds_inv", "bcds. 1,2,3,0", inputs=f"v2={cnt(1)} v3={bcd(12, 0x4)} v1=0x11111111111111112222222222222222")
    for n, b, tag in [(-1, bcd(1235), "r5"), (-1, bcd(1234), "r4"), (-3, bcd(98765, 0xd), "m3"),
                      (2, bcd(98765, 0xb), "l2"), (-1, bcd(999995), "carry"), (-1, bcd(MAX), "max"),
                      (-31, bcd(MAX), "all"), (-40, bcd(5 * 10**30), "clamp"), (0, bcd(15), "zero"),
                      (30, bcd(15), "ox"), (-2, bcd(12, 0x2), "inv")]:
        for ps in (0, 1):
            if ps and tag not in ("r5", "m3"): continue
            L(f"bcdsr_{tag}_ps{ps}", f"bcdsr. 1,2,3,{ps}", inputs=f"v2={cnt(n)} v3={b} v1=0x11111111111111112222222222222222")
    U = ubcd(12345678901234567890)
    for n in (0, 1, 5, -3, 12, 31, 32, -31, -32, 100, -100):
        L(f"bcdus_{'m' if n < 0 else ''}{abs(n)}", f"bcdus. 1,2,3", inputs=f"v2={cnt(n)} v3={U}")
    L("bcdus_ox", "bcdus. 1,2,3", inputs=f"v2={cnt(15)} v3={U}")
    L("bcdus_zero40", "bcdus. 1,2,3", inputs=f"v2={cnt(40)} v3=0x0")
    L("bcdus_low5", "bcdus. 1,2,3", inputs=f"v2={cnt(0)} v3=0x5")
    L("bcdus_to5", "bcdus. 1,2,3", inputs=f"v2={cnt(-1)} v3=0x51")
    L("bcdus_inv", "bcdus. 1,2,3", inputs=f"v2={cnt(1)} v3=0x0000000000000000000000000000012c v1=0x11111111111111112222222222222222")
    C("---- truncation (length: VRA halfword 3, signed) ----")
    def ln(n): return "0x%016x%016x" % ((n & 0xffff) | 0x1234567800000000, 0xfedcba9876543210)
    T = bcd(1234567890123456789012345678901, 0xb)
    for n in (0, 1, 5, 14, 15, 16, 17, 29, 30, 31, 32, -1, -2, 1000, -1000):
        L(f"bcdtrunc_{'m' if n < 0 else ''}{abs(n)}", "bcdtrunc. 1,2,3,0", inputs=f"v2={ln(n)} v3={T}")
    L("bcdtrunc_ps1", "bcdtrunc. 1,2,3,1", inputs=f"v2={ln(3)} v3={bcd(1234, 0xa)}")
    L("bcdtrunc_nox", "bcdtrunc. 1,2,3,0", inputs=f"v2={ln(3)} v3={bcd(123, 0xd)}")
    L("bcdtrunc_zero", "bcdtrunc. 1,2,3,0", inputs=f"v2={ln(2)} v3={bcd(500, 0xd)}")
    L("bcdtrunc_m1_small", "bcdtrunc. 1,2,3,0", inputs=f"v2={ln(-1)} v3={bcd(12345)}")
    L("bcdtrunc_inv", "bcdtrunc. 1,2,3,0", inputs=f"v2={ln(3)} v3={bcd(123, 0x8)} v1=0x11111111111111112222222222222222")
    UT = ubcd(12345678901234567890123456789012)
    for n in (0, 1, 5, 15, 16, 17, 31, 32, 33, -1, -1000):
        L(f"bcdutrunc_{'m' if n < 0 else ''}{abs(n)}", "bcdutrunc. 1,2,3", inputs=f"v2={ln(n)} v3={UT}")
    L("bcdutrunc_nox", "bcdutrunc. 1,2,3", inputs=f"v2={ln(4)} v3=0x1234")
    L("bcdutrunc_zero", "bcdutrunc. 1,2,3", inputs=f"v2={ln(0)} v3=0x0")
    L("bcdutrunc_inv", "bcdutrunc. 1,2,3", inputs=f"v2={ln(4)} v3=0x0000000000000000000000000000123d v1=0x11111111111111112222222222222222")
    C("---- facility ----")
    L("bcdadd_novec", "bcdadd. 1,2,3,0", inputs=f"v2={bcd(1)} v3={bcd(2)} msr_clear=vec", both=False)
    L("bcdctsq_novec", "bcdctsq. 1,3", inputs=f"v3={bcd(1)} msr_clear=vec", both=False)
    L("bcdtrunc_novec", "bcdtrunc. 1,2,3,0", inputs=f"v3={bcd(1)} msr_clear=vec", both=False)


C("vmxperm: VMX permute/select/merge/splat/extract/insert, pack/unpack,")
C("lvsl/lvsr, data-stream hints and BCD. Format: see fp.vec and README.md.")
C("Every vector runs in 64 (BE) and 64le (the _le copy); registers use the")
C("ISA element numbering in both, so the results must be equal.")
C("---- permute and select ----")
L("vperm_seq", "vperm 1,2,3,4", inputs=SEQA+" "+SEQB+" v4=0x1f000e11020d1c030b0a19180908f0e7")
L("vperm_hi_bits", "vperm 1,2,3,4", inputs=SEQA+" "+SEQB+" v4=0xffe0c1a2836445261708f9eadbccbdae")
L("vperm_overlap", "vperm 2,2,3,2", inputs=SEQA+" "+SEQB)
L("vpermr_seq", "vpermr 1,2,3,4", inputs=SEQA+" "+SEQB+" v4=0x1f000e11020d1c030b0a19180908f0e7")
L("vpermr_overlap", "vpermr 4,2,3,4", inputs=SEQA+" "+SEQB+" v4=0xffe0c1a2836445261708f9eadbccbdae")
L("vpermxor_seq", "vpermxor 1,2,3,4", inputs=SEQA+" v3=0xf0e1d2c3b4a5968778695a4b3c2d1e0f v4=0x0f1e2d3c4b5a69788796a5b4c3d2e1f0")
L("vpermxor_ff", "vpermxor 1,2,3,4", inputs="v2=0xffffffffffffffffffffffffffffffff v3=0x00000000000000000000000000000001 v4=0xffff00f00f0000000000000000000000")
L("vsel_mix", "vsel 1,2,3,4", inputs="v2=0x0123456789abcdef0123456789abcdef v3=0xfedcba9876543210fedcba9876543210 v4=0xff00f00f0ff0aa5500000000ffffffff")
L("vsel_overlap", "vsel 4,2,3,4", inputs="v2=0x0 v3=0xffffffffffffffffffffffffffffffff v4=0x8000000000000001c3c3c3c3c3c3c3c3")
for shb in (0, 1, 7, 8, 15):
    L(f"vsldoi_{shb}", f"vsldoi 1,2,3,{shb}", inputs=SEQA+" "+SEQB)
L("vsldoi_same", "vsldoi 2,2,2,5", inputs=SEQA)
# bit 21 (raw 0x400) is reserved in vsldoi
L("vsldoi_resv21", enc(44, 1, 2, 3, 0x400 | 3 << 6), inputs=SEQA+" "+SEQB)
C("---- merge ----")
for n in ("vmrghb", "vmrghh", "vmrghw", "vmrglb", "vmrglh", "vmrglw", "vmrgew", "vmrgow"):
    L(n + "_seq", f"{n} 1,2,3", inputs=SEQA+" "+SEQB)
    L(n + "_overlap", f"{n} 3,3,2", inputs=SEQA+" "+SEQB)
C("---- splat ----")
for n, top in (("vspltb", 15), ("vsplth", 7), ("vspltw", 3)):
    for u in (0, 1, top):
        L(f"{n}_{u}", f"{n} 1,3,{u}", inputs=SEQB)
    L(f"{n}_overlap", f"{n} 3,3,{top}", inputs="v3=0x8081828384858687f8f9fafbfcfdfeff")
vx = {"vspltb": 524, "vsplth": 588, "vspltw": 652}
for n, xo in vx.items():
    for u in (16, 31, 9, 5):
        L(f"{n}_uim{u}", enc(xo, 1, u, 3), inputs=SEQB)
for n, xo in (("vspltisb", 780), ("vspltish", 844), ("vspltisw", 908)):
    for s in (0, 1, 15, -16, -1, -7):
        L(f"{n}_{'m' if s < 0 else ''}{abs(s)}", f"{n} 1,{s}")
    L(f"{n}_rbfield", enc(xo, 1, 3, 5), inputs="")
C("---- extract / insert by immediate ----")
VB = "v3=0x8192a3b4c5d6e7f8091a2b3c4d5e6f70"
for n, xo, size in (("vextractub", 525, 1), ("vextractuh", 589, 2), ("vextractuw", 653, 4), ("vextractd", 717, 8)):
    for u in range(16):
        L(f"{n}_{u}", enc(xo, 1, u, 3), inputs=VB + " v1=0xffffffffffffffffffffffffffffffff")
    L(f"{n}_bit11", enc(xo, 1, 16 | 2, 3), inputs=VB)
    L(f"{n}_overlap", enc(xo, 3, 3, 3), inputs=VB)
VT = "v1=0x00112233445566778899aabbccddeeff"
for n, xo, size in (("vinsertb", 781, 1), ("vinserth", 845, 2), ("vinsertw", 909, 4), ("vinsertd", 973, 8)):
    for u in sorted({0, 1, 3, 16 - size, 16 - size + 1, 15}):
        if u > 15: continue
        L(f"{n}_{u}", enc(xo, 1, u, 3), inputs=VB + " " + VT)
    L(f"{n}_bit11", enc(xo, 1, 16 | 2, 3), inputs=VB + " " + VT)
    L(f"{n}_overlap", enc(xo, 3, 3, 3), inputs=VB)
C("---- extract to a GPR by a GPR index ----")
for n, size in (("vextublx", 1), ("vextuhlx", 2), ("vextuwlx", 4), ("vextubrx", 1), ("vextuhrx", 2), ("vextuwrx", 4)):
    for idx in range(16):
        L(f"{n}_{idx}", f"{n} 5,6,3", inputs=VB + f" r6={idx}")
    for idx in (13, 14, 15):
        L(f"{n}_{idx}_pos", f"{n} 5,6,3", inputs=f"r6={idx} v3=0x7192a3b4c5d6e7f8091a2b3c4d5e6f70")
    L(f"{n}_highbits", f"{n} 5,6,3", inputs=VB + " r6=0xfffffffffffffff2")
    L(f"{n}_32", f"{n} 5,6,3", mode="32", inputs=VB + " r6=0x100000006", both=False)
    L(f"{n}_same", f"{n} 6,6,3", inputs=VB + " r6=2")
C("---- pack (saturation sets VSCR[SAT]; it is sticky) ----")
packs = [("vpkuhum", EH, EH2), ("vpkuwum", EW, EW2), ("vpkudum", ED, ED2),
         ("vpkuhus", EH, EH2), ("vpkuwus", EW, EW2), ("vpkudus", ED, ED2),
         ("vpkshus", EH, EH2), ("vpkswus", EW, EW2), ("vpksdus", ED, ED2),
         ("vpkshss", EH, EH2), ("vpkswss", EW, EW2), ("vpksdss", ED, ED2)]
for n, a, b in packs:
    L(n + "_edges", f"{n} 1,2,3", inputs=f"v2={a} v3={b}")
    L(n + "_swap", f"{n} 1,3,2", inputs=f"v2={a} v3={b} vscr=0x10000")
    L(n + "_nosat", f"{n} 1,2,3", inputs="v2=0x00010002000300040005000600070008 v3=0x0000007f0000000000000040000000ff vscr=0x1")
    L(n + "_fit", f"{n} 1,2,3", inputs="v2=0x000000000000007f0000000000000001 v3=0x00000000000000000000000000000000")
    L(n + "_more", f"{n} 2,2,3", inputs=f"v2={ED3} v3={ED4}")
L("vpkpx_edges", "vpkpx 1,2,3", inputs=f"v2={PIX} v3={PIX2}")
L("vpkpx_overlap", "vpkpx 3,2,3", inputs=f"v2={PIX2} v3={PIX}")
C("---- unpack ----")
for n in ("vupkhsb", "vupklsb", "vupkhsh", "vupklsh", "vupkhsw", "vupklsw", "vupkhpx", "vupklpx"):
    L(n + "_edges", f"{n} 1,3", inputs="v3=0x807f01ff00fe8001fffe7fff80000001")
    L(n + "_edges2", f"{n} 3,3", inputs="v3=0x7fffffff800000000001ff807fe08421")
vupk = {"vupkhsb": 526, "vupkhsh": 590, "vupklsb": 654, "vupklsh": 718, "vupkhpx": 846,
        "vupklpx": 974, "vupkhsw": 1614, "vupklsw": 1742}
for n, xo in vupk.items():
    L(n + "_rafield", enc(xo, 1, 4, 3), inputs="v3=0x807f01ff00fe8001fffe7fff80000001")
C("---- permute control (no storage access: r4 may be anything) ----")
for n in ("lvsl", "lvsr"):
    for sh in (0, 1, 7, 8, 15):
        L(f"{n}_{sh}", f"{n} 1,4,5", inputs=f"r4=0x1230 r5={sh}")
    L(f"{n}_ra0", f"{n} 1,0,5", inputs="r0=0xf r5=0x123456789abcdef3")
    L(f"{n}_wild", f"{n} 1,4,5", inputs="r4=0xfffffffffffffffe r5=0x8000000000000009")
    L(f"{n}_32", f"{n} 1,4,5", mode="32", inputs="r4=0xfffffffffffffff0 r5=0x1000000000000000d", both=False)
    L(f"{n}_bit31", enc(6 << 1 if n == "lvsl" else 38 << 1, 1, 4, 5, 1, prim=31), inputs="r4=0x1230 r5=3")
C("---- data-stream hints: no-ops ----")
L("dst_0", "dst 4,5,0", inputs="r4=@0 r5=0x00200010")
L("dstt_3", "dstt 4,5,3", inputs="r4=@0 r5=0x00200010")
L("dstst_1", "dstst 4,5,1", inputs="r4=@0 r5=0x00200010")
L("dststt_2", "dststt 4,5,2", inputs="r4=@0 r5=0x00200010")
L("dss_1", "dss 1")
L("dssall", "dssall")
L("dst_resv78", enc(342 << 1, 0x18 >> 3 << 3 | 1, 4, 5, 0, prim=31).replace("0x", "0x"), inputs="r4=@0")
L("dst_bit31", enc(342 << 1, 1, 4, 5, 1, prim=31), inputs="r4=@0")
L("dstst_resv78", enc(374 << 1, 0x0c, 4, 5, 0, prim=31), inputs="r4=@0")
L("dss_resv_ra", enc(822 << 1, 1, 4, 0, 0, prim=31))
for n, xo in (("dst", 342), ("dstst", 374), ("dss", 822)):
    for bit, rt in (("b7", 0x08), ("b8", 0x04), ("t", 0x10)):
        L(f"{n}_{bit}", enc(xo << 1, rt | 1, 4 if n != "dss" else 0, 5 if n != "dss" else 0, 0, prim=31), inputs="r4=@0")
L("dss_resv_rb", enc(822 << 1, 1, 0, 5, 0, prim=31))
L("dss_bit31", enc(822 << 1, 1, 0, 0, 1, prim=31))
C("---- facility unavailable: MSR[VEC] = 0 raises 0xf20 ----")
L("vperm_novec", "vperm 1,2,3,4", inputs=SEQA+" "+SEQB+" msr_clear=vec", both=False)
L("vmrghb_novec", "vmrghb 1,2,3", inputs=SEQA+" msr_clear=vec", both=False)
L("vpkshss_novec", "vpkshss 1,2,3", inputs=f"v2={EH} msr_clear=vec", both=False)
L("vextublx_novec", "vextublx 5,6,3", inputs="r6=1 msr_clear=vec", both=False)
L("lvsl_novec", "lvsl 1,4,5", inputs="r4=0 r5=3 msr_clear=vec", both=False)
L("dst_novec", "dst 4,5,0", inputs="r4=@0 r5=0x00200010 msr_clear=vec", both=False)
L("dss_novec", "dssall", inputs="msr_clear=vec", both=False)
L("vperm_novsx", "vperm 1,2,3,4", inputs=SEQA+" "+SEQB+" msr_clear=vsx+fp", both=False)
bcdlines(L, C, enc)
random_lines(L, C, enc)
print("\n".join(out))
