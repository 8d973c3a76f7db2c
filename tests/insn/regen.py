#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Instruction-vector generator (offline developer tool, run through
tests/insn/regen.sh; not part of the build).

Reads tests/insn/<cat>.vec, assembles every instruction with
powerpc64-linux-gnu-as, builds the oracle guest (tests/insn/oracle/ +
tests/guest/rt/) big- and little-endian with the vectors compiled in,
runs both under qemu-system-ppc64 and writes QEMU's complete output state
for every vector to tests/insn/expected/<cat>.h, which test-insn.c
compares farad against. The .vec format is described in README.md.
"""
import os
import re
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GUEST = os.path.join(HERE, "..", "guest")
# one line per vector category, so each is added without touching the others
CATEGORIES = ["int", "branch", "ldst", "fp", "sys", "rand"]
CATEGORIES += ["vmxperm"]
CATEGORIES += ["vsxmem"]
CATEGORIES += ["vmxint"]
CATEGORIES += ["vecfp"]
CATEGORIES += ["dfp"]
CATEGORIES += ["vsxscalar"]

# Keep in sync with oracle/oracle.h and vector.h.
SLOT = 0xA000
SCRATCH = 0x12000
SCRATCH_SIZE = 256
M64 = (1 << 64) - 1
# FPSCR bits recorded: the low word and DRN (bits 29-31, 0x7 << 32).
FPSCR_MASK = 0x7ffffffff

# Register ids of vector.h (InsnRegId).
GPR0, FPR0 = 0, 32
R_CR, R_XER, R_LR, R_CTR, R_FPSCR, R_TAR, R_MSR = 64, 65, 66, 67, 68, 69, 70
R_NIP, R_VEC, R_SRR0, R_SRR1, R_DAR, R_DSISR = 71, 72, 73, 74, 75, 76
R_VSCR, R_VRSAVE = 77, 78
FPR_DW1_0 = 80   # doubleword 1 of VSR n (n < 32): FPR_DW1_0 + n
VR0 = 112        # VSR 32 + n, doubleword i: VR0 + 2 * n + i
SPECIAL = {"cr": R_CR, "xer": R_XER, "lr": R_LR, "ctr": R_CTR,
           "fpscr": R_FPSCR, "tar": R_TAR, "vscr": R_VSCR, "vrsave": R_VRSAVE}
# MSR bits a vector may run without (msr_clear=fp+vec+vsx).
MSR_BITS = {"fp": 1 << 13, "vec": 1 << 25, "vsx": 1 << 23}
REG_NAMES = {R_CR: "cr", R_XER: "xer", R_LR: "lr", R_CTR: "ctr",
             R_FPSCR: "fpscr", R_TAR: "tar", R_MSR: "msr", R_NIP: "nip",
             R_VEC: "vec", R_SRR0: "srr0", R_SRR1: "srr1", R_DAR: "dar",
             R_DSISR: "dsisr", R_VSCR: "vscr", R_VRSAVE: "vrsave"}
# MSR bits compared (SF EE PR FP ME FE0 FE1 IR DR LE), as vector.h.
MSR_CMP_MASK = (1 << 63) | 0xf931
SRR1_ILLEGAL = 0x80000


def default_gpr(n):
    return 0x5a5a5a5a00000000 | (n * 0x01010101)


def default_fpr(n):
    return struct.unpack(">Q", struct.pack(">d", (n + 1) * 1.5))[0]


def default_fpr_dw1(n):
    return 0x3c3c3c3c00000000 | (n * 0x01010101)


def default_vr(n, i):
    return (0x1e1e1e1e00000000 if i else 0x7e7e7e7e00000000) | (n * 0x01010101)


def vsr_ids(n):
    """Register ids of VSR n's doublewords 0 and 1."""
    if n < 32:
        return FPR0 + n, FPR_DW1_0 + n
    return VR0 + 2 * (n - 32), VR0 + 2 * (n - 32) + 1


def die(msg):
    sys.stderr.write("regen: " + msg + "\n")
    sys.exit(1)


def parse_value(key, text, where):
    t = text.strip()
    if t.startswith("@"):
        return (SCRATCH + int(t[1:], 0)) & M64
    if key.startswith("f") and key[1:].isdigit() and not t.lower().startswith(("0x", "-0x")):
        try:
            return struct.unpack(">Q", struct.pack(">d", float(t)))[0]
        except ValueError:
            die("%s: bad float %r" % (where, text))
    try:
        return int(t, 0) & M64
    except ValueError:
        die("%s: bad value %r for %s" % (where, text, key))


def parse_vec_file(cat):
    path = os.path.join(HERE, cat + ".vec")
    vecs = []
    if not os.path.exists(path):
        return vecs
    seen = set()
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            where = "%s.vec:%d" % (cat, lineno)
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split("|")]
            if len(fields) < 3 or len(fields) > 4:
                die("%s: expected 'name | insn | mode [| inputs]'" % where)
            name, text, mode = fields[0], fields[1], fields[2]
            if not re.fullmatch(r"[A-Za-z0-9_]+", name):
                die("%s: bad vector name %r" % (where, name))
            m = re.fullmatch(r"(64|32)(le|be)?", mode)
            if not m:
                die("%s: mode must be 64, 32, 64le, 32le, 64be or 32be" % where)
            regs, mem = {}, bytearray(SCRATCH_SIZE)
            for tok in (fields[3].split() if len(fields) == 4 else []):
                if "=" not in tok:
                    die("%s: bad input %r (key=value)" % (where, tok))
                key, val = tok.split("=", 1)
                key = key.lower()
                mm = re.fullmatch(r"mem(?:@(\w+))?", key)
                if mm:
                    off = int(mm.group(1), 0) if mm.group(1) else 0
                    data = bytes.fromhex(val)
                    if off + len(data) > SCRATCH_SIZE:
                        die("%s: memory beyond the %d-byte scratch" % (where, SCRATCH_SIZE))
                    mem[off:off + len(data)] = data
                elif re.fullmatch(r"r([0-9]|[12][0-9]|3[01])", key):
                    regs[GPR0 + int(key[1:])] = parse_value(key, val, where)
                elif re.fullmatch(r"f([0-9]|[12][0-9]|3[01])", key):
                    regs[FPR0 + int(key[1:])] = parse_value(key, val, where)
                elif re.fullmatch(r"(vs([0-9]|[1-5][0-9]|6[0-3])|v([0-9]|[12][0-9]|3[01]))", key):
                    n = int(key[2:]) if key.startswith("vs") else 32 + int(key[1:])
                    try:
                        q = int(val, 0) & ((1 << 128) - 1)
                    except ValueError:
                        die("%s: bad 128-bit value %r for %s" % (where, val, key))
                    hi, lo = vsr_ids(n)
                    regs[hi], regs[lo] = q >> 64, q & M64
                elif key == "msr_clear":
                    bits = 0
                    for nm in val.split("+"):
                        if nm not in MSR_BITS:
                            die("%s: msr_clear takes %s" % (where, "+".join(MSR_BITS)))
                        bits |= MSR_BITS[nm]
                    regs["msr_clear"] = bits
                elif key in SPECIAL:
                    regs[SPECIAL[key]] = parse_value(key, val, where)
                else:
                    die("%s: unknown input %r" % (where, key))
            sf = mode.startswith("64")
            if m.group(2):
                endians = [m.group(2) == "le"]
            elif cat == "ldst":
                endians = [False, True]   # ldst vectors run in both orders
            else:
                endians = [False]
            for le in endians:
                vname = name + ("_le" if le and not m.group(2) else "")
                if vname in seen:
                    die("%s: duplicate vector name %s" % (where, vname))
                seen.add(vname)
                vecs.append(dict(cat=cat, name=vname, text=text, sf=sf, le=le,
                                 regs=dict(regs), mem=bytes(mem), where=where))
    return vecs


def assemble(vecs, tmp):
    texts = sorted(set(v["text"] for v in vecs))
    src = [".machine power9", ".text"]
    for i, t in enumerate(texts):
        src.append("L%d:" % i)
        src.append("    " + t)
        src.append(".if (. - L%d) - 4" % i)
        src.append('.error "not exactly one 4-byte instruction: %s"' % t.replace('"', "'"))
        src.append(".endif")
    s_path = os.path.join(tmp, "insns.s")
    o_path = os.path.join(tmp, "insns.o")
    with open(s_path, "w") as f:
        f.write("\n".join(src) + "\n")
    r = subprocess.run(["powerpc64-linux-gnu-as", "-a64", "-mbig", "-mpower9",
                        "-o", o_path, s_path], capture_output=True, text=True)
    if r.returncode != 0:
        msg = []
        for line in r.stderr.splitlines():
            m = re.search(r"insns\.s:(\d+):", line)
            if m:
                line += "   <- " + src[int(m.group(1)) - 1].strip()
            msg.append(line)
        die("assembler failed:\n" + "\n".join(msg))
    rel = subprocess.run(["powerpc64-linux-gnu-readelf", "-r", o_path],
                         capture_output=True, text=True).stdout
    if "R_PPC" in rel:
        die("instructions need relocations (use .+N for relative targets):\n" + rel)
    b_path = os.path.join(tmp, "insns.bin")
    subprocess.run(["powerpc64-linux-gnu-objcopy", "-O", "binary", "-j", ".text",
                    o_path, b_path], check=True)
    data = open(b_path, "rb").read()
    words = {}
    for i, t in enumerate(texts):
        words[t] = struct.unpack(">I", data[4 * i:4 * i + 4])[0]
    for v in vecs:
        v["word"] = words[v["text"]]


# every register's input where a vector sets none (full_input copies it)
DEFAULT_STATE = {GPR0 + n: default_gpr(n) for n in range(32)}
DEFAULT_STATE.update({FPR0 + n: default_fpr(n) for n in range(32)})
DEFAULT_STATE.update({FPR_DW1_0 + n: default_fpr_dw1(n) for n in range(32)})
DEFAULT_STATE.update({VR0 + 2 * n + i: default_vr(n, i) for n in range(32) for i in (0, 1)})
for _r in SPECIAL.values():
    DEFAULT_STATE[_r] = 0


def full_input(v):
    st = dict(DEFAULT_STATE)
    st.update({r: x for r, x in v["regs"].items() if r != "msr_clear"})
    return st


def write_guest_table(vecs, path):
    out = ['#include "oracle.h"', "const OracleVec oracle_vecs[] = {"]
    for v in vecs:
        st = full_input(v)
        out.append("  { 0x%08xu, %d," % (v["word"], 1 if v["sf"] else 0))
        out.append("    { " + ", ".join("0x%xull" % st[GPR0 + n] for n in range(32)) + " },")
        out.append("    { " + ", ".join("0x%xull" % st[FPR0 + n] for n in range(32)) + " },")
        out.append("    0x%xull, 0x%xull, 0x%xull, 0x%xull, 0x%xull, 0x%xull," %
                   (st[R_CR], st[R_XER], st[R_LR], st[R_CTR], st[R_FPSCR], st[R_TAR]))
        out.append("    { " + ", ".join("0x%xull" % st[FPR_DW1_0 + n] for n in range(32)) + " },")
        out.append("    { " + ", ".join("{ 0x%xull, 0x%xull }" % (st[VR0 + 2 * n], st[VR0 + 2 * n + 1])
                                      for n in range(32)) + " },")
        out.append("    0x%xull, 0x%xull, 0x%xull," %
                   (st[R_VSCR], st[R_VRSAVE], v["regs"].get("msr_clear", 0)))
        out.append("    { " + ", ".join(map(str, v["mem"])) + " } },")
    if not vecs:
        out.append("  { 0 }")
    out.append("};")
    out.append("const unsigned oracle_nvecs = %d;" % len(vecs))
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


# Vectors per oracle image: QEMU loads a -bios image of at most 4 MiB.
BATCH = 1500


def build_and_run(vecs, le, tmp):
    for start in range(0, len(vecs), BATCH):
        run_batch(vecs[start:start + BATCH], le, tmp)


ORACLE_CFLAGS = ["-O2", "-ffreestanding", "-fno-builtin", "-nostdlib", "-static",
                 "-fno-stack-protector", "-mno-altivec", "-mno-vsx", "-mcpu=power8",
                 "-Wall", "-Werror", "-I", os.path.join(HERE, "oracle")]
# the oracle's fixed objects per byte order ({tag: [paths]}), compiled
# once (runtime_objects), linked into every batch's image
RUNTIME_OBJECTS = {}


def runtime_objects(cc, tag, tmp):
    """The oracle's sources besides the vector table, compiled once for a
    byte order: start.S, rt.c, oracle.S, oracle.c (link order)."""
    if tag not in RUNTIME_OBJECTS:
        rt = os.path.join(GUEST, "rt")
        objs = []
        for src in (os.path.join(rt, "start.S"), os.path.join(rt, "rt.c"),
                    os.path.join(HERE, "oracle", "oracle.S"),
                    os.path.join(HERE, "oracle", "oracle.c")):
            obj = os.path.join(tmp, "%s-%s.o" % (os.path.basename(src).replace(".", "-"), tag))
            subprocess.run([cc] + ORACLE_CFLAGS + ["-c", "-o", obj, src], check=True)
            objs.append(obj)
        RUNTIME_OBJECTS[tag] = objs
    return RUNTIME_OBJECTS[tag]


def run_batch(vecs, le, tmp):
    tag = "le" if le else "be"
    table = os.path.join(tmp, "vectors-%s.c" % tag)
    write_guest_table(vecs, table)
    cc = "powerpc64le-linux-gnu-gcc" if le else "powerpc64-linux-gnu-gcc"
    elf = os.path.join(tmp, "oracle-%s.elf" % tag)
    binf = os.path.join(tmp, "oracle-%s.bin" % tag)
    rt = os.path.join(GUEST, "rt")
    cmd = ([cc] + ORACLE_CFLAGS +
           ["-Wl,-T," + os.path.join(rt, "link.ld"), "-Wl,--build-id=none",
            "-Wl,--no-warn-rwx-segments", "-o", elf] +
           runtime_objects(cc, tag, tmp) + [table, "-lgcc"])
    subprocess.run(cmd, check=True)
    subprocess.run(["powerpc64-linux-gnu-objcopy", "-O", "binary", elf, binf], check=True)
    r = subprocess.run(["qemu-system-ppc64", "-M", "pseries", "-m", "512M",
                        "-nodefaults", "-nographic", "-serial", "stdio",
                        "-monitor", "none", "-display", "none", "-bios", binf],
                       capture_output=True, text=True, timeout=300)
    lines = [l for l in r.stdout.splitlines() if l.startswith("V ")]
    if "done" not in r.stdout or len(lines) != len(vecs):
        die("oracle (%s) failed: %d of %d results\n%s" %
            (tag, len(lines), len(vecs), r.stdout[-2000:]))
    for v, line in zip(vecs, lines):
        f = line.split()
        if int(f[1], 16) != vecs.index(v):
            die("oracle output out of order")
        n = [int(x, 16) for x in f[2:2 + 9 + 64 + 6 + 128 + 2]]
        vec, srr0, srr1, hmsr, dar, dsisr, actxer, actfpscr, msrin = n[:9]
        gpr, fpr = n[9:41], n[41:73]
        cr, xer, lr, ctr, fpscr, tar = n[73:79]
        vsr = n[79:207]
        vscr, vrsave = n[207:209]
        mem = bytes.fromhex(f[2 + 209])
        v["msr_in"] = msrin
        v["act_xer"] = actxer
        v["act_fpscr"] = actfpscr & FPSCR_MASK
        out = {GPR0 + i: gpr[i] for i in range(32)}
        out.update({FPR0 + i: fpr[i] for i in range(32)})
        out.update({R_CR: cr, R_XER: xer, R_LR: lr, R_CTR: ctr,
                    R_FPSCR: fpscr & FPSCR_MASK, R_TAR: tar,
                    R_VSCR: vscr, R_VRSAVE: vrsave})
        for i in range(64):
            hi, lo = vsr_ids(i)
            if i >= 32:   # VSRs 0..31's doubleword 0 is the FPR above
                out[hi] = vsr[2 * i]
            out[lo] = vsr[2 * i + 1]
        landed = vec == 0x700 and (srr1 & SRR1_ILLEGAL) and srr0 != SLOT
        if landed:
            out[R_NIP] = srr0
            out[R_MSR] = srr1 & MSR_CMP_MASK
            out[R_VEC] = 0
        else:
            out[R_NIP] = vec
            out[R_MSR] = hmsr & MSR_CMP_MASK
            out[R_VEC] = vec
            out[R_SRR0] = srr0
            out[R_SRR1] = srr1
            if vec in (0x300, 0x600):
                out[R_DAR] = dar
                out[R_DSISR] = dsisr
        v["out"] = out
        v["out_mem"] = mem


def c_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def reg_name(r):
    if r < 32:
        return "r%d" % r
    if r < 64:
        return "f%d" % (r - 32)
    if FPR_DW1_0 <= r < FPR_DW1_0 + 32:
        return "vs%d.dw1" % (r - FPR_DW1_0)
    if VR0 <= r < VR0 + 64:
        return "v%d.dw%d" % ((r - VR0) // 2, (r - VR0) % 2)
    return REG_NAMES[r]


def write_header(cat, vecs, qemu_version, outdir=None):
    path = os.path.join(outdir or os.path.join(HERE, "expected"), cat + ".h")
    out = ["/* SPDX-License-Identifier: MIT */",
           "/*",
           " * Instruction vectors of tests/insn/%s.vec with the results of" % cat,
           " * %s as the oracle." % qemu_version,
           " * GENERATED by tests/insn/regen.sh: do not edit, edit the .vec and rerun.",
           " * Each entry: name, assembler text, word, mode, LE, input registers",
           " * (over the defaults of vector.h), input scratch memory, expected",
           " * registers (over the input state), expected scratch memory.",
           " */",
           "static const InsnVector insn_vectors[] = {"]
    for v in vecs:
        st = full_input(v)
        inp = {r: x for r, x in v["regs"].items() if r != "msr_clear"}
        if v["act_xer"] != st[R_XER]:
            inp[R_XER] = v["act_xer"]
        if v["act_fpscr"] != st[R_FPSCR]:
            inp[R_FPSCR] = v["act_fpscr"]
        st.update(inp)
        inp[R_MSR] = v["msr_in"]
        st[R_MSR] = v["msr_in"] & MSR_CMP_MASK
        outd = {r: val for r, val in sorted(v["out"].items())
                if r not in st or st[r] != val or r in (R_NIP, R_VEC, R_MSR)}
        regs_in = ", ".join("{%d, 0x%xull}" % (r, inp[r]) for r in sorted(inp))
        regs_out = ", ".join("{%d, 0x%xull}" % (r, outd[r]) for r in sorted(outd))
        mem_in = v["mem"].rstrip(b"\0")
        out.append("    { %s, %s, 0x%08x, %d, %d," %
                   (c_str(v["name"]), c_str(v["text"]), v["word"],
                    64 if v["sf"] else 32, 1 if v["le"] else 0))
        out.append("      (const InsnReg[]){ %s, INSN_REG_LIST_END }," % regs_in)
        out.append("      %s," % (c_str(mem_in.hex()) if mem_in else "NULL"))
        out.append("      (const InsnReg[]){ %s, INSN_REG_LIST_END }," % regs_out)
        out.append("      %s }," % ("NULL" if v["out_mem"] == v["mem"] else c_str(v["out_mem"].hex())))
        changed = ", ".join("%s=%x" % (reg_name(r), outd[r]) for r in sorted(outd))
        out[-5] += "  /* %s */" % changed if len(changed) < 200 else ""
    out.append("    { NULL }")
    out.append("};")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def main():
    args = sys.argv[1:]
    outdir = None
    if args[:1] == ["--outdir"]:   # write the headers there (tests/insn-live.t)
        if len(args) < 2:
            die("--outdir needs a directory")
        outdir, args = args[1], args[2:]
    cats = args or CATEGORIES
    for c in cats:
        if c not in CATEGORIES:
            die("unknown category %s" % c)
    allv = []
    for c in cats:
        allv += parse_vec_file(c)
    qemu_version = subprocess.run(["qemu-system-ppc64", "--version"], capture_output=True,
                                  text=True).stdout.splitlines()[0].strip()
    with tempfile.TemporaryDirectory(prefix="farad-insn-") as tmp:
        if allv:
            assemble(allv, tmp)
        for le in (False, True):
            sub = [v for v in allv if v["le"] == le]
            if sub:
                build_and_run(sub, le, tmp)
    for c in cats:
        vs = [v for v in allv if v["cat"] == c]
        write_header(c, vs, qemu_version, outdir)
        print("regen: %-6s %4d vectors -> %s/%s.h" % (c, len(vs), outdir or "expected", c))


if __name__ == "__main__":
    main()
