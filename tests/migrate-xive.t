#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# QEMU 7.2 migration streams of pseries-7.2's default machine, ic-mode=dual
# (issue 17): the XIVE sections xive-source, spapr-xive and xive-tctx next
# to XICS's, checked against QEMU 7.2 run live.
#  - SLOF at its prompt, before CAS (fixture slof-p72.mig.gz, made by
#    QEMU): QEMU -> farad -> QEMU; the prompt answers under farad and under
#    QEMU again, QEMU's registers are farad's, and QEMU's own migrate of
#    the reloaded guest equals farad's stream section by section.
#  - A guest in XIVE mode (fixture xive-vty-p72.mig.gz: tests/guest/
#    xive-vty.c under QEMU, CAS chose XIVE, its vty source routed to an
#    event queue at priority 5, ceding for input): under farad typed input
#    reaches it by interrupt; farad's stream loaded by QEMU gives the same
#    routing (sections equal) and the next input comes by interrupt there
#    (TIMA ack 8005: exception at priority 5).
#  - ic-mode=xive with two CPUs (QEMU has no ics/icp then; 16 ENDs, two
#    xive-tctx) through farad and back.
#  - farad-snap import-qemu / export-qemu --machine of the XIVE guest.
#  - Refusals: nr_irqs EQUAL, a truncated spapr-xive, a dual stream into
#    ic-mode=xics or ic-mode=xive: QEMU's lines and status; ESB status
#    bits and END blocks farad's XIVE cannot hold: one line naming them.
# Env: FARAD_BIN, FARAD_SRC.
import os, re, shutil, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import Tap
import qemustream
from qemustream import Emu, loaded, norm_regs, walk, descriptions, compare_streams

SRC = os.environ.get("FARAD_SRC", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FARAD = os.environ.get("FARAD_BIN", os.path.join(SRC, "build/farad"))
SNAP = os.path.join(os.path.dirname(FARAD), "farad-snap")
QEMU = shutil.which("qemu-system-ppc64")
FIX = os.path.join(SRC, "tests/snap/fixtures")

if not QEMU:
    print("1..0 # SKIP needs qemu-system-ppc64 (QEMU 7.2) as the oracle")
    sys.exit(0)

tap = Tap()
ok = tap.ok
tmp = tempfile.mkdtemp(prefix="migrate-xive-")
M72 = ["-M", "pseries"]
COMMON = ["-nodefaults", "-display", "none"]
t0 = time.time()


def unpack(name):
    return qemustream.unpack(os.path.join(FIX, name), tmp)


def tmpf(name):
    return os.path.join(tmp, name)


def ov5(secs):
    """spapr's first subsection, the option vector 5 CAS negotiated
    (after its 16-byte tb struct): 0x05, name, version, 256 bytes"""
    return secs[("spapr", 0)][16:16 + 2 + 27 + 4 + 256]


# ---- SLOF at its prompt, ic-mode=dual before CAS ----
src = unpack("slof-p72.mig.gz")
out, back = tmpf("slof-farad.mig"), tmpf("slof-qemu.mig")
f = loaded([FARAD] + M72 + COMMON, "exec:cat " + src)
f.monitor("cont")
answered = f.console(b"\r", b"ok\r\n0 > ", 60)
ftext = f.text()
f.monitor("stop")
fregs = f.monitor("info registers")
f.monitor('migrate "exec:cat > %s"' % out)
ferr = f.quit()
ok(answered, "SLOF at its prompt (pseries-7.2, ic-mode=dual), from QEMU 7.2's stream, "
   "answers under farad", ftext[-300:] + ferr)
q = loaded([QEMU] + M72 + COMMON, "exec:cat " + out)
qregs = q.monitor("info registers")
q.monitor('migrate "exec:cat > %s"' % back)
qsec = compare_streams(ok, "SLOF dual", out, back)
q.monitor("cont")
answered = q.console(b"\r", b"ok\r\n0 > ", 30)
qtext = q.text()
qerr = q.quit()
ok(norm_regs(qregs) == norm_regs(fregs) and "NIP" in fregs,
   "QEMU 7.2 loads farad's stream of SLOF; its registers are farad's",
   "QEMU:\n%s\nfarad:\n%s\n%s" % (qregs, fregs, qerr))
ok(answered, "and SLOF answers at its prompt under QEMU again", qtext[-300:] + qerr)
fsec = walk(out)[3]
ok(ov5(fsec) == ov5(qsec) and not any(ov5(fsec)[33:]),
   "SLOF dual: spapr's option vector 5 equal, nothing negotiated (XICS in use)")

# ---- a guest in XIVE mode ----
src = unpack("xive-vty-p72.mig.gz")
out, back = tmpf("vty-farad.mig"), tmpf("vty-qemu.mig")
orig = walk(src)[3]
f = loaded([FARAD] + M72 + COMMON, "exec:cat " + src)
f.monitor("cont")
got1 = f.console(b"interrupt-driven", b'chunk 1: 16 chars "interrupt-driven"\n', 60)
ftext = f.text()
f.monitor("stop")
fregs = f.monitor("info registers")
f.monitor('migrate "exec:cat > %s"' % out)
ferr = f.quit()
ok(got1, "XIVE guest from QEMU 7.2's stream: typed input reaches it by interrupt under farad "
   "(it cedes; only its handler reads the vty)", ftext[-300:] + ferr)
q = loaded([QEMU] + M72 + COMMON, "exec:cat " + out)
qregs = q.monitor("info registers")
q.monitor('migrate "exec:cat > %s"' % back)
qsec = compare_streams(ok, "XIVE guest", out, back)
fsec = walk(out)[3]
ok(ov5(fsec) == ov5(qsec) and any(ov5(fsec)[33:]) and ov5(fsec) == ov5(orig),
   "XIVE guest: spapr's option vector 5 (XIVE chosen at CAS) as QEMU's",
   "%s\n%s" % (ov5(fsec).hex(), ov5(qsec).hex()))
AMOR = 8 + 256 + 32 + 8 + 349 * 8   # cpu: unused, gpr, crf, nip, spr[349]
ok(fsec[("cpu", 0)][AMOR:AMOR + 8] == orig[("cpu", 0)][AMOR:AMOR + 8] == b"\xff" * 8,
   "XIVE guest: AMOR full in farad's stream, as in QEMU's (it masks the guest's AMR)",
   fsec[("cpu", 0)][AMOR:AMOR + 8].hex())
# the routing moved: EAS 0x1100 valid, unmasked, END 5 of CPU 0, data
# 0x1100 (QEMU's x86 host byte order); END 5's queue index advanced by 1
eas = fsec[("spapr-xive", 0)][4 + 8 * 0x1100:4 + 8 * 0x1101]
ok(int.from_bytes(eas, "little") == 0x8000000500001100,
   "XIVE guest: farad's spapr-xive EAS 0x1100 routes to END 5 with data 0x1100",
   eas.hex())
fd, qd = descriptions(out), descriptions(back)
xd = [k for k in qd if "xive" in k[0]]
ok(len(xd) == 3 and all(fd.get(k) == qd[k] for k in xd),
   "XIVE guest: the vmdesc of xive-source, spapr-xive, xive-tctx as QEMU's",
   "\n".join("%s\n%s" % (fd.get(k), qd[k]) for k in xd))
q.monitor("cont")
got2 = q.console(b"\n", b"pq at the end: 0", 30)
qtext = q.text()
qerr = q.quit()
ok(norm_regs(qregs) == norm_regs(fregs) and "NIP" in fregs,
   "QEMU 7.2 loads farad's stream of the XIVE guest; its registers are farad's",
   "QEMU:\n%s\nfarad:\n%s\n%s" % (qregs, fregs, qerr))
ok(got2 and 'chunk 2: 1 chars "\\n" by interrupt 1: ack 8005, 1 queue entry 80001100'
   in qtext, "and under QEMU the next input comes by XIVE interrupt (ack 8005, one "
   "queue entry 80001100)", qtext[-400:] + qerr)

# ---- ic-mode=xive: no XICS sections ----
MX = ["-M", "pseries,ic-mode=xive", "-smp", "2"]
src, out, back = tmpf("xo.mig"), tmpf("xo-farad.mig"), tmpf("xo-qemu.mig")
q = Emu([QEMU] + MX + COMMON + ["-S"])
q.monitor('migrate "exec:cat > %s"' % src)
q.quit()
f = loaded([FARAD] + MX + COMMON, "exec:cat " + src)
f.monitor('migrate "exec:cat > %s"' % out)
f.quit()
q = loaded([QEMU] + MX + COMMON, "exec:cat " + out)
q.monitor('migrate "exec:cat > %s"' % back)
q.quit()
qsec = compare_streams(ok, "ic-mode=xive", out, back)
ok(("ics", 0) not in qsec and ("xive-tctx", 1) in qsec and
   len(qsec[("spapr-xive", 0)]) == 4 + 8 * 0x2000 + 32 * 16,
   "ic-mode=xive, -smp 2: two xive-tctx, 16 ENDs, no ics and icp/server, as QEMU",
   str(sorted(qsec)))

# ---- farad-snap: the XIVE guest as a stored snapshot and back ----
db, exp = tmpf("x.db"), tmpf("exported.mig")
imp = subprocess.run([SNAP, db, "import-qemu", "vty", os.path.join(FIX, "xive-vty-p72.mig.gz"),
                      "--", "-serial", "stdio"], stdin=subprocess.DEVNULL, capture_output=True)
show = subprocess.run([SNAP, db, "show", "vty", "xive"], capture_output=True).stdout.decode()
with open(exp, "wb") as o:
    ex = subprocess.run([SNAP, db, "export-qemu", "vty", "--machine", "--", "-serial", "stdio"],
                        stdin=subprocess.DEVNULL, stdout=o, stderr=subprocess.PIPE)
ok(imp.returncode == 0 and re.search(r"eas\[4352\] +u64 +0x8000000500001100", show),
   "farad-snap DB import-qemu of the XIVE guest: farad's xive section holds its routing",
   imp.stderr.decode() + show[:800])
xs = walk(exp)[3] if ex.returncode == 0 else {}
same = [k for k in orig if "xive" in k[0] and xs.get(k) == orig[k]]
ok(ex.returncode == 0 and len(same) == 3,
   "farad-snap DB export-qemu --machine: the XIVE sections are QEMU's original ones",
   "%s equal: %s" % (ex.stderr.decode(), same))
q = loaded([QEMU] + M72 + COMMON, "exec:cat " + exp)
st = q.monitor("info status")
qerr = q.quit()
ok("paused" in st and "inmigrate" not in st, "QEMU 7.2 loads the exported stream", st + qerr)

# ---- refusals ----
data = open(unpack("slof-p72.mig.gz"), "rb").read()


def payload(name):
    n = name.encode()
    return data.find(bytes([len(n)]) + n) + 1 + len(n) + 8


def patched(off, b):
    return data[:off] + b + data[off + len(b):]


def run(emu, machine, path):
    p = subprocess.Popen([emu] + machine + COMMON + ["-serial", "null", "-monitor", "none",
                                                    "-incoming", "exec:cat " + path],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    return p


def result(p):
    try:
        p.wait(60)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
        return "loaded", []
    lines = [re.sub(r"^(qemu-system-ppc64|farad): ", "", l)
             for l in p.stderr.read().decode(errors="replace").splitlines()
             if "warning:" not in l]
    return p.returncode, lines


cases = [
    ("xive-source nr_irqs 0x1000", M72, patched(payload("xive-source"), b"\0\0\x10\0")),
    ("cut inside spapr-xive's EAS table", M72, data[:payload("spapr-xive") + 4 + 8 * 100 + 3]),
    ("a dual stream into ic-mode=xics", ["-M", "pseries,ic-mode=xics"], data),
    ("a dual stream into ic-mode=xive", ["-M", "pseries,ic-mode=xive"], data),
]
for name, machine, d in cases:
    path = tmpf("case.mig")
    open(path, "wb").write(d)
    qp, fp = run(QEMU, machine, path), run(FARAD, machine, path)
    (qrc, ql), (frc, fl) = result(qp), result(fp)
    ok(qrc == frc == 1 and ql == fl and ql,
       "%s: QEMU's exit status %s and its %d lines" % (name, qrc, len(ql)),
       "QEMU: %s %s\nfarad: %s %s" % (qrc, ql, frc, fl))

# what QEMU 7.2 takes but farad's XIVE cannot hold
for name, d, line in [
        ("an ESB status byte with bit 3", patched(payload("xive-source") + 4 + 0x1100, b"\x09"),
         "xive-source: status 0x9 of source 0x1100: farad's XIVE has PQ and the asserted "
         "bit only"),
        ("an EAS naming END block 3", patched(payload("spapr-xive") + 4 + 8 * 0x1100 + 7, b"\x03"),
         "spapr-xive: EAS 0x1100 names END block 3: sPAPR has block 0 only")]:
    path = tmpf("case.mig")
    open(path, "wb").write(d)
    rc, lines = result(run(FARAD, M72, path))
    ok(rc == 1 and lines[:1] == [line], "%s: refused, one line naming it" % name,
       "%s %s" % (rc, lines))

print("1..%d" % len(tap.results))
print("# %.1f s" % (time.time() - t0))
shutil.rmtree(tmp, ignore_errors=True)
tap.exit()
