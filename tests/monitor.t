#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# The monitor (core/front/monitor*.c) driven through stdin, TAP output:
# -S with -monitor stdio (info registers at reset, x/i against cstool,
# xp against the image file, info mtree against QEMU 7.2's fixture,
# info qtree, bad commands), cont runs the program to QEMU's output;
# -serial mon:stdio with Ctrl-A c / h / x; stop/cont and system_reset
# around the running tests/guest/mon-loop program (output and
# instruction count unchanged by stop/cont); savevm at a stop, loadvm in
# a fresh machine finishes with the same output and instruction count;
# x through a radix translation and xp (tests/guest/mon-radix).
import os, re, select, subprocess, sys, tempfile, time

SRC = os.environ.get("FARAD_SRC", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FARAD = os.environ.get("FARAD_BIN", os.path.join(SRC, "build/farad"))
G = os.path.join(SRC, "tests/guest")
FIX = "/work/shared/fixtures/qemu-7.2/qtree"
FIX = os.environ.get("FARAD_FIXTURES", os.path.join(SRC, "../shared/fixtures/qemu-7.2/qtree")) \
    if not os.path.isdir(FIX) else FIX
TIMEOUT = 120
BASE = ["-M", "pseries-2.8", "-m", "512M", "-nodefaults"]

HELLO = os.path.join(G, "out/hello-be.bin")
LOOP = os.path.join(G, "out/mon-loop-be.bin")
if not os.path.exists(FARAD) or not os.path.exists(HELLO) or not os.path.exists(LOOP):
    print("1..0 # SKIP farad or the guest programs (hello, mon-loop) are not built")
    sys.exit(0)

tests = []
def ok(cond, name, diag=""):
    tests.append(bool(cond))
    print("%s %d - %s" % ("ok" if cond else "not ok", len(tests), name))
    if not cond and diag:
        for line in str(diag).splitlines()[-40:]:
            print("# " + line)
    sys.stdout.flush()

def expected(name):
    with open(os.path.join(G, "expected", name + ".txt"), "rb") as f:
        return f.read().decode()

class Session:
    """farad with stdin/stdout on pipes."""
    def __init__(self, args):
        env = dict(os.environ, FARAD_STATS="1")
        self.p = subprocess.Popen([FARAD] + args, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        self.out = ""
        self.start = time.time()

    def wait_for(self, pat, after=0):
        end = self.start + TIMEOUT
        while pat not in self.out[after:]:
            r, _, _ = select.select([self.p.stdout], [], [], max(0, end - time.time()))
            if not r:
                return False
            chunk = os.read(self.p.stdout.fileno(), 65536)
            if not chunk:
                return False
            self.out += chunk.decode("latin-1")
        return True

    def cmd(self, text):
        """Send one monitor line; wait until it ran (the next prompt).
        The line is echoed after the prompt, or at the start of a line
        when the guest printed since the prompt."""
        mark = max(0, len(self.out) - 8)   # the prompt may be there already
        self.type(text + "\n")
        pat = re.compile(r"(?:\(qemu\) |\n)" + re.escape(text) + "\n")
        end = self.start + TIMEOUT
        while not pat.search(self.out, mark) and time.time() < end:
            if not self.read_some(end):
                break
        m = pat.search(self.out, mark)
        if not m:
            return ""
        pos = m.end()
        self.wait_for("(qemu) ", pos)
        e = self.out.find("(qemu) ", pos)
        return self.out[pos:e] if e >= 0 else self.out[pos:]

    def read_some(self, end):
        r, _, _ = select.select([self.p.stdout], [], [], max(0, end - time.time()))
        if not r:
            return False
        chunk = os.read(self.p.stdout.fileno(), 65536)
        self.out += chunk.decode("latin-1")
        return bool(chunk)

    def type(self, text):
        self.p.stdin.write(text.encode("latin-1"))
        self.p.stdin.flush()

    def finish(self):
        try:   # (communicate closes stdin: the monitor sees its end)
            out, err = self.p.communicate(timeout=max(1, self.start + TIMEOUT - time.time()))
        except subprocess.TimeoutExpired:
            self.p.kill()
            out, err = self.p.communicate()
        self.out += out.decode("latin-1")
        self.err = err.decode("latin-1")
        m = re.search(r"icount (\d+)", self.err)
        self.icount = int(m.group(1)) if m else None
        return self.p.returncode

def guest_text(out):
    """The guest's lines: everything that is not monitor traffic."""
    lines = []
    for l in out.split("\n"):
        l = l.replace("(qemu) ", "")   # a prompt left before guest output
        if l.startswith("mon-loop:") or l.startswith("hello") or l.startswith("exit"):
            lines.append(l)
    return "\n".join(lines) + "\n"

# --- -S with a dedicated monitor ---
s = Session(BASE + ["-serial", "stdio", "-monitor", "stdio", "-S", "-bios", HELLO])
s.wait_for("(qemu) ")
r = s.cmd("info registers")
# MSR[ME] is 1 from reset: a partition cannot change it (ISA 3.0B rfid and
# mtmsrd change ME only in hypervisor state; PAPR runs partitions with
# ME=1). QEMU 7.2 shows MSR 0 here and lets the firmware's rfid set ME.
ok(re.search(r"^NIP 0000000000000100 ", r, re.M) and re.search(r"^MSR 0000000000001000 ", r, re.M)
   and "GPR00" in r and "CPU#0" in r, "-S: info registers shows NIP 0x100, MSR ME (0x1000)", r)
ok(re.search(r"^GPR00 0000000000000000 0000000000000000 0000000000000000 000000001fe00000$", r, re.M),
   "info registers: r3 = the device tree address (QEMU's 0x1fe00000 for 512M)", r)

with open(HELLO, "rb") as f:
    image = f.read()
words = image[0x100:0x110]
cs = subprocess.run(["cstool", "ppc64be", words.hex(), "0x100"], capture_output=True, text=True).stdout
want = []
for line in cs.strip().split("\n"):
    m = re.match(r"\s*([0-9a-f]+)\s+((?:[0-9a-f]{2} ){4})\s*(\S+)\s*(.*)", line)
    if m:
        want.append("0x%08x:  %s  %-8s %s" % (int(m.group(1), 16), m.group(2).replace(" ", ""),
                                             m.group(3), m.group(4).strip()))
r = s.cmd("x/4i 0x100")
ok(len(want) == 4 and r.strip().split("\n") == want, "x/4i 0x100 = Capstone (cstool) in QEMU's layout",
   "got:\n" + r + "want:\n" + "\n".join(want))
od = subprocess.run(["powerpc64-linux-gnu-objdump", "-d", "--start-address=0x100",
                     "--stop-address=0x110", os.path.join(G, "out/hello-be.elf")],
                    capture_output=True, text=True).stdout
odw = re.findall(r"^\s+1[0-9a-f]{2}:\s+((?:[0-9a-f]{2} ){4})", od, re.M)
ok([w.replace(" ", "") for w in odw] == [l.split()[1] for l in r.strip().split("\n")],
   "x/4i words = objdump's bytes", od)

r = s.cmd("xp /2wx 0x100")
ok(r.strip() == "0000000000000100: 0x%s 0x%s" % (words[0:4].hex(), words[4:8].hex()),
   "xp /2wx 0x100 = the image's words", r)
r = s.cmd("x /3xb 0x100")
ok(r.strip() == "0000000000000100: " + " ".join("0x%02x" % b for b in words[:3]), "x /3xb", r)
r = s.cmd("x /2ug 0x100")
ok(r.strip() == "0000000000000100: %20d %20d" % (int.from_bytes(words[:8], "big"),
                                                 int.from_bytes(words[8:16], "big")), "x /2ug", r)
r = s.cmd("x /2x 0x7fffffff0")
ok(r.strip() == "00000007fffffff0: Cannot access memory", "x outside RAM: Cannot access memory", r)
r = s.cmd("info status")
ok(r.strip() == "VM status: paused (prelaunch)", "info status: paused (prelaunch)", r)
r = s.cmd("p/x $r3+4")
ok(r.strip() == "0x1fe00004", "print /x $r3+4", r)

r = s.cmd("info mtree")
fix = open(os.path.join(FIX, "p28-mtree.txt")).read().replace("\r", "")
sysblk = re.search(r"address-space: memory\n((?:  .*\n)+)", fix).group(1)
ok(sysblk in r, "info mtree: the system address space is QEMU's (RAM, PHB windows)",
   "got:\n" + r + "\nwant:\n" + sysblk)
iommu = re.search(r"address-space: pci@800000020000000\n((?:  .*\n)+)", fix).group(1)
ok(iommu in r, "info mtree: the PHB's IOMMU address space is QEMU's", r)

r = s.cmd("info qtree")
fixq = open(os.path.join(FIX, "p28-phb-qtree.txt")).read().replace("\r", "")
fixprops = set(l.strip() for l in fixq.split("\n") if " = " in l)
ours = re.search(r"  dev: spapr-pci-host-bridge, id \"\"\n((?:    .*\n)+)", r)
props = [l.strip() for l in ours.group(1).split("\n") if " = " in l] if ours else []
ok(ours and len(props) >= 10 and all(p in fixprops for p in props) and "bus: pci.0" in ours.group(1),
   "info qtree: PHB properties as in QEMU's qtree", r)
ok('dev: spapr-vty, id "vty@71000000"' in r and "reg = 1895825408 (0x71000000)" in r and
   'chardev = "serial0"' in r, "info qtree: the vty", r)

r = s.cmd("foo bar")
ok(r.strip() == "unknown command: 'foo'", "unknown command: one error line", r)
r = s.cmd("x /s 0x100")
ok(len(r.strip().split("\n")) == 1 and "invalid char in format" in r, "bad format: one error line", r)
r = s.cmd("info nothing")
ok(r.strip() == "unknown command: 'info nothing'", "unknown info: one error line", r)
r = s.cmd("savevm x")
ok(len(r.strip().split("\n")) == 1 and "-snapshot-db" in r, "savevm without a store: one error line", r)
s.type("cont\n")
rc = s.finish()
ok(rc == 0 and guest_text(s.out) == expected("hello-be"), "cont: the program runs to QEMU's output, exit 0",
   s.out[-400:] + s.err)

# --- mon:stdio and its escapes ---
s = Session(BASE + ["-serial", "mon:stdio", "-S", "-bios", HELLO])
s.type("\x01h")
ok(s.wait_for("C-a c    switch between console and monitor"), "Ctrl-A h: help")
s.type("\x01c")
ok(s.wait_for("(qemu) "), "Ctrl-A c: the monitor's prompt")
r = s.cmd("info status")
ok(r.strip() == "VM status: paused (prelaunch)", "mon:stdio: info status", r)
s.type("\x01c\x01x")
rc = s.finish()
ok(rc == 0 and "QEMU: Terminated" in s.out, "Ctrl-A x quits (status 0)", s.out + s.err)

s = Session(BASE + ["-serial", "mon:stdio", "-S", "-bios", HELLO])
s.type("\x01ccont\n\x01c")
rc = s.finish()
ok(rc == 0 and guest_text(s.out) == expected("hello-be"), "mon:stdio: cont, the program runs, exit 0",
   s.out + s.err)

# --- reference run of mon-loop: output and instruction count ---
s = Session(BASE + ["-serial", "stdio", "-monitor", "none", "-bios", LOOP])
rc = s.finish()
ref_icount = s.icount
ok(rc == 0 and s.out == expected("mon-loop-be"), "-monitor none: mon-loop as QEMU", s.out + s.err)

# stop / cont while it runs
s = Session(BASE + ["-serial", "stdio", "-monitor", "stdio", "-bios", LOOP])
s.wait_for("mon-loop: step 1 ")
r = s.cmd("stop")
r = s.cmd("info status")
ok(r.strip() == "VM status: paused", "stop: paused", r)
r = s.cmd("info registers")
s.cmd("cont")
rc = s.finish()
ok(rc == 0 and guest_text(s.out) == expected("mon-loop-be"), "stop/cont: output unchanged", s.out + s.err)
ok(s.icount == ref_icount and ref_icount, "stop/cont: same instruction count (%s)" % s.icount,
   "%s vs %s" % (s.icount, ref_icount))

# system_reset while it runs
s = Session(BASE + ["-serial", "stdio", "-monitor", "stdio", "-bios", LOOP])
s.wait_for("mon-loop: step 1 ")
s.cmd("stop")
s.cmd("system_reset")
s.cmd("cont")
rc = s.finish()
g = guest_text(s.out)
ok(rc == 0 and g.count("mon-loop: start") == 2 and g.endswith(expected("mon-loop-be")),
   "system_reset: the program starts again and completes", s.out + s.err)

# savevm at a stop, loadvm into a fresh -S machine
with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "snap.db")
    s = Session(BASE + ["-serial", "stdio", "-monitor", "stdio", "-snapshot-db", db, "-bios", LOOP])
    s.wait_for("mon-loop: step 1 ")
    s.cmd("stop")
    r = s.cmd("savevm mid")
    ok(r.strip() == "", "savevm mid: no error", r)
    r = s.cmd("info snapshots")
    ok(re.search(r"^\S+\s+mid\s", r, re.M), "info snapshots lists it", r)
    before = guest_text(s.out)
    s.type("quit\n")
    rc = s.finish()
    ok(rc == 0, "quit: exit status 0", s.err)
    s = Session(BASE + ["-serial", "stdio", "-monitor", "stdio", "-snapshot-db", db, "-S", "-bios", LOOP])
    s.wait_for("(qemu) ")
    r = s.cmd("loadvm mid")
    ok(r.strip() == "", "loadvm mid: no error", r)
    r = s.cmd("loadvm nosuch")
    ok(len(r.strip().split("\n")) == 1 and r.startswith("Error"), "loadvm of a missing tag: one error line", r)
    s.type("cont\n")
    rc = s.finish()
    after = guest_text(s.out)
    ok(rc == 0 and before + after == expected("mon-loop-be").replace("\n\n", "\n"),
       "loadvm + cont: the rest of the output", before + "----\n" + after + s.err)
    ok(s.icount == ref_icount, "loadvm + cont: same final instruction count (%s)" % s.icount)

# --- x translates as the CPU does, xp is physical (POWER9 radix) ---
# tests/guest/mon-radix maps EA 0x40000000 to its page `marker` (RA
# printed) and polls a console it does not have; the lines are QEMU
# 7.2's HMP output for the same commands on the same image.
# A snapshot saved there and loaded into a fresh machine translates the
# same (the partition-table entry is saved with the platform).
RADIX = os.path.join(G, "out/mon-radix-be.bin")
RADIX_ARGS = ["-M", "pseries-7.2", "-cpu", "POWER9", "-m", "512M", "-nodefaults",
              "-monitor", "stdio"]
radix_tmp = tempfile.TemporaryDirectory()
radix_db = os.path.join(radix_tmp.name, "snap.db")
if os.path.exists(RADIX):
    s = Session(RADIX_ARGS + ["-snapshot-db", radix_db, "-bios", RADIX])
    s.wait_for("(qemu) ")
    for i in range(50):   # until the program has turned relocation on
        s.cmd("stop")
        if re.search(r"^MSR \S*[37]\S ", s.cmd("info registers"), re.M):
            break
        s.cmd("cont")
        time.sleep(0.1)
    m = re.search(r"marker at RA ([0-9a-f]+)", expected("mon-radix-be"))
    ra = int(m.group(1), 16)
    for c, want in [
            ("x/2gx 0x40000000", "0000000040000000: 0x1122334455667788 0x99aabbccddeeff00"),
            ("xp/2gx %#x" % ra, "%016x: 0x1122334455667788 0x99aabbccddeeff00" % ra),
            ("x/2gx 0xc000000040000000", "c000000040000000: 0x1122334455667788 0x99aabbccddeeff00"),
            ("x/2gx 0x40001000", "0000000040001000: Cannot access memory"),
            ("xp/2gx 0x40000000", "0000000040000000: Cannot access memory"),
            ("x/2gx 0x4000000040000000", "4000000040000000: Cannot access memory"),
            ("x/2gx 0x40000ff8", "0000000040000ff8: Cannot access memory")]:
        r = s.cmd(c)
        ok(r.strip() == want, "radix: " + c, r)
    r = s.cmd("savevm radix")
    s.type("quit\n")
    s.finish()
    s = Session(RADIX_ARGS + ["-snapshot-db", radix_db, "-S", "-bios", RADIX])
    s.wait_for("(qemu) ")
    r = s.cmd("loadvm radix") + s.cmd("x/2gx 0x40000000")
    ok(r.strip() == "0000000040000000: 0x1122334455667788 0x99aabbccddeeff00",
       "radix: after loadvm, x/2gx 0x40000000 translates the same", r)
    s.type("quit\n")
    s.finish()
else:
    ok(False, "radix: tests/guest/out/mon-radix-be.bin is not built")

print("1..%d" % len(tests))
sys.exit(0 if all(tests) else 1)
