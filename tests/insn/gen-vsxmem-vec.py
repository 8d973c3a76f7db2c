#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes tests/insn/vsxmem.vec (offline developer tool; then
`tests/insn/regen.sh vsxmem` records QEMU 7.2's results in
expected/vsxmem.h): hand-chosen vectors for every row of
cpu-ppc/insn-vsx-mem.def (edges, both byte orders, 32-bit mode, each
facility class and register half), then random differential vectors
(fixed seed): for every row random register fields (6-bit VSR numbers,
both halves), random immediates, VSR inputs drawn from edge patterns,
random scratch memory and addresses inside it, 64/32-bit mode, BE/LE.
    tests/insn/gen-vsxmem-vec.py > tests/insn/vsxmem.vec
"""
import random
RAMP = "".join("%02x" % ((i * 0x1d + 0x31) & 0xff) for i in range(256))
lines = []
def v(name, insn, mode="64", inputs=""):
    lines.append("%s | %s | %s%s" % (name, insn, mode, (" | " + inputs) if inputs else ""))
def both(name, insn, inputs=""):
    m = "mem=" + RAMP
    v(name, insn, "64", (inputs + " " + m).strip())
    v(name + "_le", insn, "64le", (inputs + " " + m).strip())
def hdr(t):
    lines.append("")
    lines.append("# " + t)

Q1 = "0x0011223344556677_8899aabbccddeeff".replace("_", "")
Q2 = "0x8090a0b0c0d0e0f0_0f1e2d3c4b5a6978".replace("_", "")
Q3 = "0xfedcba9876543210_0123456789abcdef".replace("_", "")

lines.append("""# Instruction vectors: VMX/VSX loads and stores, VSR<->GPR moves, VSX
# logical and permute (cpu-ppc/insn-vsx-mem.def). Format: see
# tests/insn/README.md. Memory rows run in both byte orders: the LE
# copy is the <name>_le line (mode 64le). Scratch memory is a
# pseudo-random ramp (byte i = i*0x1d + 0x31), so each byte is distinct.""".strip())

hdr("VMX quadword: lvx/stvx ignore the low 4 EA bits")
for n in ("lvx", "lvxl"):
    both(n + "_al", n + " 3,4,5", "r4=@0 r5=32")
    both(n + "_unal", n + " 3,4,5", "r4=@0 r5=39")
    both(n + "_ra0", n + " 31,0,5", "r5=@64")
    both(n + "_hi", n + " 0,4,5", "r4=@240 r5=15")
for n in ("stvx", "stvxl"):
    both(n + "_al", n + " 3,4,5", "r4=@0 r5=32 v3=" + Q1)
    both(n + "_unal", n + " 3,4,5", "r4=@0 r5=45 v3=" + Q2)
    both(n + "_ra0", n + " 31,0,5", "r5=@128 v31=" + Q3)
hdr("VMX elements: EA aligned down to the element; others left unchanged")
for n, offs in (("lvebx", (0, 5, 15)), ("lvehx", (0, 7, 14)), ("lvewx", (0, 6, 12, 15))):
    for o in offs:
        both("%s_%d" % (n, o), n + " 3,4,5", "r4=@32 r5=%d" % o)
for n, offs in (("stvebx", (0, 5, 15)), ("stvehx", (0, 7, 14)), ("stvewx", (0, 6, 12, 15))):
    for o in offs:
        both("%s_%d" % (n, o), n + " 3,4,5", "r4=@32 r5=%d v3=%s" % (o, Q1))
v("lvx_novec", "lvx 3,4,5", "64", "r4=@0 r5=16 msr_clear=vec")
v("stvx_novec", "stvx 3,4,5", "64", "r4=@0 r5=16 msr_clear=vec")
v("lvebx_novec", "lvebx 3,4,5", "64le", "r4=@0 r5=16 msr_clear=vec")
v("lvx_novsx", "lvx 3,4,5", "64", "r4=@0 r5=16 msr_clear=vsx+fp")
v("lvx_32hi", "lvx 3,4,5", "32", "r4=0xffffffff00012000 r5=16 mem=" + RAMP)

hdr("VSX scalar loads: doubleword 0 (FPR half and VR half)")
for n, offs in (("lxsdx", (16, 3)), ("lxsiwax", (16, 0x82)), ("lxsiwzx", (16, 0x82)),
                ("lxsspx", (16, 0x82)), ("lxsibzx", (16, 0x85)), ("lxsihzx", (16, 0x83))):
    for o in offs:
        both("%s_%d" % (n, o), n + " 3,4,5", "r4=@0 r5=%d" % o)
    both(n + "_vr", n + " 35,4,5", "r4=@0 r5=%d" % offs[1])
# special single values
for nm, word in (("snan", "7f800001"), ("inf", "ff800000"), ("denorm", "00000001"),
                 ("zero_neg", "80000000"), ("qnan", "7fc00000"), ("max", "7f7fffff")):
    v("lxsspx_" + nm, "lxsspx 3,4,5", "64", "r4=@0 r5=0 mem=" + word)
    v("lxssp_" + nm, "lxssp 3,0(4)", "64", "r4=@0 mem=" + word)
for n in ("lxsdx", "lxsiwax", "lxsiwzx", "lxsspx"):
    v(n + "_novsx", n + " 35,4,5", "64", "r4=@0 r5=16 msr_clear=vsx")
    v(n + "_novec", n + " 35,4,5", "64", "r4=@0 r5=16 msr_clear=vec+fp mem=" + RAMP)
for n in ("lxsibzx", "lxsihzx"):
    v(n + "_novsx_fpr", n + " 3,4,5", "64", "r4=@0 r5=16 msr_clear=vsx")
    v(n + "_novsx_vr", n + " 35,4,5", "64", "r4=@0 r5=16 msr_clear=vsx mem=" + RAMP)
    v(n + "_novec_vr", n + " 35,4,5", "64", "r4=@0 r5=16 msr_clear=vec")
    v(n + "_novec_fpr", n + " 3,4,5", "64", "r4=@0 r5=16 msr_clear=vec mem=" + RAMP)
hdr("VSX scalar stores")
DBL = {"one5": "0x3ff8000000000000", "snan": "0x7ff0000000000001", "denorm": "0x3690000000000001",
       "big": "0x47f0000000000000", "negz": "0x8000000000000000", "qnan": "0x7ff8000000000000",
       "pat": "0x8123456789abcdef"}
for n in ("stxsdx", "stxsiwx", "stxsspx", "stxsibx", "stxsihx"):
    both(n, n + " 3,4,5", "r4=@0 r5=19 vs3=" + Q2)
    both(n + "_vr", n + " 35,4,5", "r4=@0 r5=19 vs35=" + Q3)
    v(n + "_novsx", n + " 35,4,5", "64", "r4=@0 r5=16 msr_clear=vsx")
for nm, x in DBL.items():
    v("stxsspx_" + nm, "stxsspx 3,4,5", "64", "r4=@0 r5=8 vs3=%s0000000000000000" % x)
    v("stxssp_" + nm, "stxssp 3,8(4)", "64", "r4=@0 v3=%s0000000000000000" % x)
for n in ("stxsibx", "stxsihx"):
    v(n + "_novec_vr", n + " 35,4,5", "64", "r4=@0 r5=16 msr_clear=vec")
    v(n + "_novec_fpr", n + " 3,4,5", "64", "r4=@0 r5=16 msr_clear=vec")
hdr("DS-form scalar: VRT/VRS = VSR 32+RT, MSR[VEC]")
both("lxsd", "lxsd 3,16(4)", "r4=@0")
both("lxsd_neg", "lxsd 31,-8(4)", "r4=@64")
both("lxssp", "lxssp 3,16(4)", "r4=@0")
both("stxsd", "stxsd 3,16(4)", "r4=@0 v3=" + Q1)
both("stxsd_neg", "stxsd 0,-4(4)", "r4=@64 v0=" + Q3)
both("stxssp", "stxssp 3,16(4)", "r4=@0 v3=0xc0080000000000000000000012345678")
for n in ("lxsd 3,16(4)", "lxssp 3,16(4)", "stxsd 3,16(4)", "stxssp 3,16(4)"):
    nm = n.split()[0]
    v(nm + "_novec", n, "64", "r4=@0 msr_clear=vec")
    v(nm + "_novsx", n, "64", "r4=@0 msr_clear=vsx+fp mem=" + RAMP)

hdr("VSX vector loads and stores: element order per byte order")
for n in ("lxvd2x", "lxvw4x", "lxvh8x", "lxvb16x", "lxvx"):
    both(n, n + " 3,4,5", "r4=@0 r5=16")
    both(n + "_unal", n + " 35,4,5", "r4=@0 r5=37")
    both(n + "_ra0", n + " 63,0,5", "r5=@200")
for n in ("stxvd2x", "stxvw4x", "stxvh8x", "stxvb16x", "stxvx"):
    both(n, n + " 3,4,5", "r4=@0 r5=16 vs3=" + Q1)
    both(n + "_unal", n + " 35,4,5", "r4=@0 r5=37 vs35=" + Q2)
for n in ("lxvd2x", "lxvw4x", "lxvh8x", "lxvb16x", "stxvd2x", "stxvw4x", "stxvh8x", "stxvb16x"):
    v(n + "_novsx", n + " 35,4,5", "64", "r4=@0 r5=16 msr_clear=vsx")
    v(n + "_novec", n + " 35,4,5", "64", "r4=@0 r5=16 msr_clear=vec mem=" + RAMP)
for n in ("lxvx", "stxvx", "lxvwsx"):
    v(n + "_novsx_fpr", n + " 3,4,5", "64", "r4=@0 r5=16 msr_clear=vsx")
    v(n + "_novsx_vr", n + " 35,4,5", "64", "r4=@0 r5=16 msr_clear=vsx mem=" + RAMP)
    v(n + "_novec_vr", n + " 35,4,5", "64", "r4=@0 r5=16 msr_clear=vec")
    v(n + "_novec_fpr", n + " 3,4,5", "64", "r4=@0 r5=16 msr_clear=vec mem=" + RAMP)
hdr("DQ-form lxv/stxv")
both("lxv", "lxv 3,16(4)", "r4=@0")
both("lxv_vr", "lxv 35,-16(4)", "r4=@64")
both("lxv_ra0", "lxv 63,0(0)", "")
both("stxv", "stxv 3,16(4)", "r4=@0 vs3=" + Q1)
both("stxv_vr", "stxv 35,32(4)", "r4=@3 vs35=" + Q2)
for n in ("lxv", "stxv"):
    for t, tn in ((3, "fpr"), (35, "vr")):
        v("%s_novsx_%s" % (n, tn), "%s %d,16(4)" % (n, t), "64", "r4=@0 msr_clear=vsx")
        v("%s_novec_%s" % (n, tn), "%s %d,16(4)" % (n, t), "64", "r4=@0 msr_clear=vec mem=" + RAMP)
hdr("splats")
for n in ("lxvdsx", "lxvwsx"):
    both(n, n + " 3,4,5", "r4=@0 r5=16")
    both(n + "_vr", n + " 35,4,5", "r4=@0 r5=0x83")
v("lxvdsx_novsx", "lxvdsx 35,4,5", "64", "r4=@0 r5=16 msr_clear=vsx")
hdr("length-controlled: count in GPR[RB] bits 0:7 (capped at 16), EA = (RA|0)")
for n in ("lxvl", "lxvll"):
    for nb in (0, 1, 5, 8, 15, 16, 17, 255):
        both("%s_%d" % (n, nb), n + " 3,4,5", "r4=@7 r5=0x%02x00000000000005" % nb)
    both(n + "_vr", n + " 35,4,5", "r4=@7 r5=0x0a00000000000000")
for n in ("stxvl", "stxvll"):
    for nb in (0, 1, 5, 8, 15, 16, 17, 255):
        both("%s_%d" % (n, nb), n + " 3,4,5", "r4=@7 r5=0x%02x00000000000005 vs3=%s" % (nb, Q1))
    both(n + "_vr", n + " 35,4,5", "r4=@7 r5=0x0a00000000000000 vs35=" + Q2)
for n in ("lxvl", "lxvll", "stxvl", "stxvll"):
    v(n + "_novsx_fpr", n + " 3,4,5", "64", "r4=@0 r5=0x1000000000000000 msr_clear=vsx")
    v(n + "_novec_vr", n + " 35,4,5", "64", "r4=@0 r5=0x1000000000000000 msr_clear=vec")
    v(n + "_novsx_vr", n + " 35,4,5", "64", "r4=@0 r5=0x1000000000000000 msr_clear=vsx mem=" + RAMP)

hdr("moves between VSRs and GPRs")
G = "r4=0x8123456789abcdef"
for t, tn in ((3, "fpr"), (35, "vr")):
    for n in ("mtvsrd", "mtvsrwa", "mtvsrwz", "mtvsrws"):
        v("%s_%s" % (n, tn), "%s %d,4" % (n, t), "64", G)
        v("%s_%s_pos" % (n, tn), "%s %d,4" % (n, t), "64", "r4=0x7fffffff12345678")
    v("mtvsrdd_" + tn, "mtvsrdd %d,4,5" % t, "64", G + " r5=0x0123456789abcdef")
    v("mtvsrdd_ra0_" + tn, "mtvsrdd %d,0,5" % t, "64", "r5=-1")
    for n in ("mfvsrd", "mfvsrwz", "mfvsrld"):
        v("%s_%s" % (n, tn), "%s 4,%d" % (n, t), "64", "vs%d=%s" % (t, Q2))
v("mtvsrd_le", "mtvsrd 35,4", "64le", G)
v("mfvsrld_le", "mfvsrld 4,35", "64le", "vs35=" + Q2)
for n, args in (("mtvsrd", "%d,4"), ("mtvsrwa", "%d,4"), ("mtvsrwz", "%d,4"),
                ("mfvsrd", "4,%d"), ("mfvsrwz", "4,%d"),
                ("mtvsrdd", "%d,4,5"), ("mtvsrws", "%d,4"), ("mfvsrld", "4,%d")):
    for t, tn in ((3, "fpr"), (35, "vr")):
        for off in ("fp", "vec", "vsx"):
            v("%s_no%s_%s" % (n, off, tn), n + " " + args % t, "64", "msr_clear=" + off)

hdr("VSX logical")
AB = "vs4=%s vs5=%s" % (Q1, Q2)
for n in ("xxland", "xxlandc", "xxlor", "xxlxor", "xxlnor", "xxlorc", "xxlnand", "xxleqv"):
    v(n, n + " 3,4,5", "64", AB)
    v(n + "_vr", n + " 35,36,37", "64", "vs36=%s vs37=%s" % (Q1, Q3))
    v(n + "_mix", n + " 63,4,37", "64", "vs4=%s vs37=%s" % (Q2, Q3))
    v(n + "_novsx", n + " 3,4,5", "64", AB + " msr_clear=vsx")
v("xxlor_same", "xxlor 3,3,3", "64", "vs3=" + Q1)
v("xxlxor_zero", "xxlxor 40,40,40", "64")
v("xxlnor_not", "xxlnor 3,4,4", "64", "vs4=" + Q1)
v("xxsel", "xxsel 3,4,5,6", "64", AB + " vs6=0xff00f0f00f0f00ffaaaaaaaa55555555")
v("xxsel_vr", "xxsel 35,36,37,38", "64", "vs36=%s vs37=%s vs38=0xffffffff000000000123456789abcdef" % (Q1, Q3))
v("xxsel_novsx", "xxsel 3,4,5,6", "64", "msr_clear=vsx")

hdr("VSX permute")
for n in ("xxmrghw", "xxmrglw"):
    v(n, n + " 3,4,5", "64", AB)
    v(n + "_vr", n + " 35,36,37", "64", "vs36=%s vs37=%s" % (Q3, Q1))
    v(n + "_le", n + " 3,4,5", "64le", AB)
    v(n + "_novsx", n + " 3,4,5", "64", "msr_clear=vsx")
for dm in range(4):
    v("xxpermdi_%d" % dm, "xxpermdi 3,4,5,%d" % dm, "64", AB)
    v("xxsldwi_%d" % dm, "xxsldwi 3,4,5,%d" % dm, "64", AB)
    v("xxspltw_%d" % dm, "xxspltw 3,4,%d" % dm, "64", "vs4=" + Q2)
v("xxpermdi_vr", "xxpermdi 35,36,37,1", "64", "vs36=%s vs37=%s" % (Q1, Q3))
v("xxsldwi_vr", "xxsldwi 35,36,37,3", "64", "vs36=%s vs37=%s" % (Q1, Q3))
v("xxspltw_vr", "xxspltw 35,36,1", "64", "vs36=" + Q3)
v("xxspltw_le", "xxspltw 3,4,1", "64le", "vs4=" + Q3)
for n in ("xxpermdi 3,4,5,2", "xxsldwi 3,4,5,1", "xxspltw 3,4,2"):
    v(n.split()[0] + "_novsx", n, "64", "msr_clear=vsx")
for imm in (0, 0x7f, 0x80, 0xff, 0x5a):
    v("xxspltib_%02x" % imm, "xxspltib 3,%d" % imm, "64")
v("xxspltib_vr", "xxspltib 35,0xa5", "64")
v("xxspltib_novsx_fpr", "xxspltib 3,1", "64", "msr_clear=vsx")
v("xxspltib_novsx_vr", "xxspltib 35,1", "64", "msr_clear=vsx")
v("xxspltib_novec_vr", "xxspltib 35,1", "64", "msr_clear=vec")
v("xxspltib_novec_fpr", "xxspltib 3,1", "64", "msr_clear=vec")
# bits 11-12 set: not xxspltib in ISA 3.0 (ISA 3.1 lxvkq and reserved)
v("xxspltib_bad11", ".long 0xf06102d0", "64")
v("xxspltib_bad12", ".long 0xf06802d0", "64")
PERM = "0x000102030405060708090a0b0c0d0e0f"
IDX = [
    ("ident", "0x000102030405060708090a0b0c0d0e0f"),
    ("hi", "0x101112131415161718191a1b1c1d1e1f"),
    ("mix", "0x1f00e10233f4c5a60718293a4b5c6d7e"),
    ("rev", "0x0f0e0d0c0b0a09080706050403020100"),
]
for n in ("xxperm", "xxpermr"):
    for nm, idx in IDX:
        v("%s_%s" % (n, nm), n + " 3,4,5", "64", "vs3=%s vs4=%s vs5=%s" % (Q3, Q1, idx))
    v(n + "_vr", n + " 35,36,37", "64", "vs35=%s vs36=%s vs37=%s" % (Q2, Q1, IDX[2][1]))
    v(n + "_same", n + " 3,3,3", "64", "vs3=" + IDX[2][1])
    v(n + "_novsx", n + " 3,4,5", "64", "msr_clear=vsx")
for uim in (0, 1, 4, 8, 12, 13, 15):
    v("xxextractuw_%d" % uim, "xxextractuw 3,4,%d" % uim, "64", "vs4=" + Q2)
    v("xxinsertw_%d" % uim, "xxinsertw 3,4,%d" % uim, "64", "vs3=%s vs4=%s" % (Q1, Q3))
v("xxextractuw_vr", "xxextractuw 35,36,5", "64", "vs36=" + Q3)
v("xxinsertw_vr", "xxinsertw 35,36,6", "64", "vs35=%s vs36=%s" % (Q1, Q2))
v("xxextractuw_novsx", "xxextractuw 3,4,4", "64", "msr_clear=vsx")
v("xxinsertw_novsx", "xxinsertw 3,4,4", "64", "msr_clear=vsx")
for n in ("xxbrh", "xxbrw", "xxbrd", "xxbrq"):
    v(n, n + " 3,4", "64", "vs4=" + Q2)
    v(n + "_vr", n + " 35,36", "64", "vs36=" + Q3)
    v(n + "_le", n + " 3,4", "64le", "vs4=" + Q1)
    v(n + "_novsx", n + " 3,4", "64", "msr_clear=vsx")
# XX2 XO 475 with an unassigned A field (2): illegal
v("xxbr_a2_illegal", ".long 0xf062276c", "64")

hdr("32-bit mode: the EA's high word is dropped")
H = "r4=0xffffffff00012000"
for n, args in (("lxvx", "3,4,5"), ("lxvd2x", "35,4,5"), ("lxvw4x", "3,4,5"), ("lvx", "3,4,5"),
                ("lvewx", "3,4,5"), ("lxsdx", "3,4,5"), ("lxsibzx", "35,4,5"), ("lxvdsx", "3,4,5")):
    v(n + "_32", "%s %s" % (n, args), "32", H + " r5=0x21 mem=" + RAMP)
    v(n + "_32le", "%s %s" % (n, args), "32le", H + " r5=0x21 mem=" + RAMP)
for n, args in (("stxvx", "3,4,5"), ("stxvw4x", "35,4,5"), ("stvx", "3,4,5"), ("stxsiwx", "3,4,5")):
    v(n + "_32", "%s %s" % (n, args), "32", H + " r5=0x21 vs3=%s vs35=%s" % (Q1, Q2))
    v(n + "_32le", "%s %s" % (n, args), "32le", H + " r5=0x21 vs3=%s vs35=%s" % (Q1, Q2))
v("lxv_32", "lxv 3,32(4)", "32", H + " mem=" + RAMP)
v("stxv_32le", "stxv 35,32(4)", "32le", H + " vs35=" + Q2)
v("lxsd_32", "lxsd 3,8(4)", "32", H + " mem=" + RAMP)
v("lxvl_32", "lxvl 3,4,5", "32", H + " r5=0x0900000000000000 mem=" + RAMP)
v("stxvll_32le", "stxvll 3,4,5", "32le", H + " r5=0x0900000000000000 vs3=" + Q1)
for n, args in (("mfvsrd", "4,3"), ("mfvsrwz", "4,35"), ("mfvsrld", "4,35")):
    v(n + "_32", "%s %s" % (n, args), "32", "vs3=%s vs35=%s" % (Q2, Q3))
for n, args in (("mtvsrd", "3,4"), ("mtvsrwa", "35,4"), ("mtvsrdd", "35,4,5"), ("mtvsrws", "3,4")):
    v(n + "_32", "%s %s" % (n, args), "32", "r4=0x8123456789abcdef r5=0x0123456789abcdef")
v("xxpermdi_32le", "xxpermdi 3,4,5,1", "32le", AB)


# ---- random differential vectors ----
rng = random.Random(20261206)
PER_ROW = 8
EDGE64 = [0, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff,
          0x0000000080000000, 0x000000007fffffff, 0x7ff0000000000000,
          0x7ff8000000000001, 0xfff0000000000000, 0x0000000000000001,
          0x3ff0000000000000, 0x8000000000000001, 0x7f80000000000000,
          0x7fc0000180000000]


def rand_dw():
    return rng.choice(EDGE64) if rng.random() < 0.5 else rng.getrandbits(64)


def rand_q():
    return "0x%016x%016x" % (rand_dw(), rand_dw())


def rand_mem():
    return "".join("%02x" % rng.getrandbits(8) for _ in range(256))


def rand_mode():
    return rng.choice(["64", "64le", "32", "32le"])


def gprs(n):
    return rng.sample(range(1, 32), n)


def base_reg(mode, off):
    """A GPR value addressing scratch byte off (high word random in 32-bit
    mode, where the EA drops it)."""
    v = 0x12000 + off
    if mode.startswith("32"):
        v |= rng.getrandbits(32) << 32
    return "0x%x" % v


def vsr_inputs(*regs):
    return " ".join("vs%d=%s" % (r, rand_q()) for r in sorted(set(regs)))


def x_mem(name, vr_only, size):
    """X/XX1-form access (RA|0)+RB of up to size bytes in the scratch."""
    t = rng.randrange(32) if vr_only else rng.randrange(64)
    mode = rand_mode()
    ea = rng.randrange(0, 256 - size + 1)
    ra, rb = gprs(2)
    if rng.random() < 0.2:
        ra_txt, ins = "0", "rb"
        inputs = "r%d=%s" % (rb, base_reg(mode, ea))
    else:
        a = rng.randrange(0, ea + 1)
        ra_txt = str(ra)
        inputs = "r%d=%s r%d=%d" % (ra, base_reg(mode, a), rb, ea - a)
    vs = 32 + t if vr_only else t
    return ("%s %d,%s,%d" % (name, t, ra_txt, rb), mode,
            inputs + " " + vsr_inputs(vs) + " mem=" + rand_mem())


def d_mem(name, vr_only, size, scale):
    t = rng.randrange(32) if vr_only else rng.randrange(64)
    mode = rand_mode()
    ea = rng.randrange(0, 256 - size + 1) // scale * scale
    disp = rng.randrange(-ea, 256 - size - ea + 1) // scale * scale
    ra = gprs(1)[0]
    vs = 32 + t if vr_only else t
    return ("%s %d,%d(%d)" % (name, t, disp, ra), mode,
            "r%d=%s %s mem=%s" % (ra, base_reg(mode, ea - disp), vsr_inputs(vs),
                                  rand_mem()))


def length_mem(name):
    t = rng.randrange(64)
    mode = rand_mode()
    ea = rng.randrange(0, 256 - 16 + 1)
    ra, rb = gprs(2)
    nb = rng.choice([0, 1, 7, 8, 9, 15, 16, 17, 0x80, 0xff, rng.randrange(256)])
    rbv = nb << 56 | rng.getrandbits(56)
    return ("%s %d,%d,%d" % (name, t, ra, rb), mode,
            "r%d=%s r%d=0x%x %s mem=%s" % (ra, base_reg(mode, ea), rb, rbv,
                                           vsr_inputs(t), rand_mem()))


MEM_X = {"lvebx": (True, 1), "lvehx": (True, 2), "lvewx": (True, 4),
         "lvx": (True, 16), "lvxl": (True, 16), "stvebx": (True, 1),
         "stvehx": (True, 2), "stvewx": (True, 4), "stvx": (True, 16),
         "stvxl": (True, 16)}
for n, size in (("lxsiwzx", 4), ("lxsiwax", 4), ("lxsspx", 4), ("lxsdx", 8),
                ("lxsibzx", 1), ("lxsihzx", 2), ("stxsiwx", 4), ("stxsspx", 4),
                ("stxsdx", 8), ("stxsibx", 1), ("stxsihx", 2), ("lxvd2x", 16),
                ("lxvdsx", 8), ("lxvw4x", 16), ("lxvwsx", 4), ("lxvh8x", 16),
                ("lxvb16x", 16), ("lxvx", 16), ("stxvd2x", 16), ("stxvw4x", 16),
                ("stxvh8x", 16), ("stxvb16x", 16), ("stxvx", 16)):
    MEM_X[n] = (False, size)
MEM_D = {"lxsd": (True, 8, 4), "lxssp": (True, 4, 4), "stxsd": (True, 8, 4),
         "stxssp": (True, 4, 4), "lxv": (False, 16, 16), "stxv": (False, 16, 16)}

hdr("random differential vectors (gen-vsxmem-vec.py, seed 20261206)")
for n, (vr, size) in MEM_X.items():
    for i in range(PER_ROW):
        text, mode, inputs = x_mem(n, vr, size)
        v("rand_%s_%d" % (n, i), text, mode, inputs)
for n, (vr, size, scale) in MEM_D.items():
    for i in range(PER_ROW):
        text, mode, inputs = d_mem(n, vr, size, scale)
        v("rand_%s_%d" % (n, i), text, mode, inputs)
for n in ("lxvl", "lxvll", "stxvl", "stxvll"):
    for i in range(PER_ROW):
        text, mode, inputs = length_mem(n)
        v("rand_%s_%d" % (n, i), text, mode, inputs)
for n in ("mfvsrd", "mfvsrwz", "mfvsrld"):
    for i in range(PER_ROW):
        s, ra = rng.randrange(64), rng.randrange(32)
        v("rand_%s_%d" % (n, i), "%s %d,%d" % (n, ra, s), rand_mode(), vsr_inputs(s))
for n in ("mtvsrd", "mtvsrwa", "mtvsrwz", "mtvsrws", "mtvsrdd"):
    for i in range(PER_ROW):
        t, ra, rb = rng.randrange(64), rng.randrange(32), rng.randrange(32)
        args = "%d,%d,%d" % (t, ra, rb) if n == "mtvsrdd" else "%d,%d" % (t, ra)
        v("rand_%s_%d" % (n, i), "%s %s" % (n, args), rand_mode(),
          "r%d=0x%x r%d=0x%x %s" % (ra, rand_dw(), rb, rand_dw(), vsr_inputs(t)))
XX3 = ["xxland", "xxlandc", "xxlor", "xxlxor", "xxlnor", "xxlorc", "xxlnand",
       "xxleqv", "xxmrghw", "xxmrglw", "xxperm", "xxpermr"]
for n in XX3 + ["xxsel", "xxpermdi", "xxsldwi"]:
    for i in range(PER_ROW):
        t, a, b, c = (rng.randrange(64) for _ in range(4))
        args = "%d,%d,%d" % (t, a, b)
        regs = [t, a, b]
        if n == "xxsel":
            args += ",%d" % c
            regs.append(c)
        elif n in ("xxpermdi", "xxsldwi"):
            args += ",%d" % rng.randrange(4)
        v("rand_%s_%d" % (n, i), "%s %s" % (n, args), rand_mode(), vsr_inputs(*regs))
for n, lim in (("xxspltw", 4), ("xxextractuw", 16), ("xxinsertw", 16)):
    for i in range(PER_ROW):
        t, b = rng.randrange(64), rng.randrange(64)
        v("rand_%s_%d" % (n, i), "%s %d,%d,%d" % (n, t, b, rng.randrange(lim)),
          rand_mode(), vsr_inputs(t, b))
for i in range(PER_ROW):
    t = rng.randrange(64)
    v("rand_xxspltib_%d" % i, "xxspltib %d,%d" % (t, rng.randrange(256)), rand_mode(),
      vsr_inputs(t))
for n in ("xxbrh", "xxbrw", "xxbrd", "xxbrq"):
    for i in range(PER_ROW // 2):
        t, b = rng.randrange(64), rng.randrange(64)
        v("rand_%s_%d" % (n, i), "%s %d,%d" % (n, t, b), rand_mode(), vsr_inputs(t, b))
print("\n".join(lines))
