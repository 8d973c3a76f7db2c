#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Whole-machine migration to QEMU 7.2 (issue 17): farad's monitor
# `migrate` stream, loaded by QEMU 7.2 itself (run live).
#  - p27.mig.gz / p28.mig.gz loaded by farad and migrated on: QEMU's
#    -incoming accepts the stream, its `info registers` equals farad's,
#    and QEMU's own `migrate` of the reloaded guest equals farad's
#    stream section by section (RAM pages, HPT, every device section;
#    only QEMU's host-clock fields - timer, spapr/rtc, spapr's tb - are
#    left out, see docs/snapshots.md).
#  - A guest QEMU 7.2 started (SLOF at its prompt, fixtures
#    slof-p27/p28.mig.gz) moves QEMU -> farad -> QEMU on pseries-2.7
#    and pseries-2.8: after each move the console answers at the prompt,
#    and QEMU's registers after the second move are farad's.
# Env: FARAD_BIN, FARAD_SRC.
import os, re, shutil, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import Tap
import qemustream
from qemustream import Emu, loaded, norm_regs, compare_streams

SRC = os.environ.get("FARAD_SRC", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FARAD = os.environ.get("FARAD_BIN", os.path.join(SRC, "build/farad"))
QEMU = shutil.which("qemu-system-ppc64")
FIX = os.path.join(SRC, "tests/snap/fixtures")

if not QEMU:
    print("1..0 # SKIP needs qemu-system-ppc64 (QEMU 7.2) as the oracle")
    sys.exit(0)

tap = Tap()
ok = tap.ok
tmp = tempfile.mkdtemp(prefix="migrate-qemu-out-")
M27 = ["-M", "pseries-2.7"]
M28 = ["-M", "pseries-2.8,cap-htm=off"]
COMMON = ["-nodefaults", "-display", "none"]


def unpack(name):
    return qemustream.unpack(os.path.join(FIX, name), tmp)


t0 = time.time()
for tag, machine, fix in [("p27", M27, "p27.mig.gz"), ("p28", M28, "p28.mig.gz")]:
    src = unpack(fix)
    out = os.path.join(tmp, tag + "-farad.mig")
    back = os.path.join(tmp, tag + "-qemu.mig")
    f = loaded([FARAD] + machine + COMMON, "exec:cat " + src, False)
    fregs = f.monitor("info registers")
    f.monitor('migrate "exec:cat > %s"' % out)
    f.quit()
    q = loaded([QEMU] + machine + COMMON, "exec:cat " + out, False)
    qregs = q.monitor("info registers")
    status = q.monitor("info status")
    q.monitor('migrate "exec:cat > %s"' % back)
    qerr = q.quit()
    ok("paused" in status and "inmigrate" not in status and
       norm_regs(qregs) == norm_regs(fregs) and "NIP" in fregs,
       "%s: QEMU 7.2 loads farad's stream; its info registers equal farad's" % tag,
       "status %s\nQEMU:\n%s\nfarad:\n%s\n%s" % (status, qregs, fregs, qerr))
    compare_streams(ok, tag, out, back, spapr_subs=True)

# migrate tcp:HOST:PORT to a QEMU listening with -incoming tcp:
import socket
with socket.socket() as so:
    so.bind(("127.0.0.1", 0))
    port = so.getsockname()[1]
q = Emu([QEMU] + M28 + COMMON + ["-incoming", "tcp:127.0.0.1:%d" % port], False)
f = loaded([FARAD] + M28 + COMMON, "exec:cat " + unpack("p28.mig.gz"), False)
fregs = f.monitor("info registers")
f.monitor("migrate tcp:127.0.0.1:%d" % port)
f.quit()
for _ in range(200):
    if "inmigrate" not in q.monitor("info status"):
        break
    time.sleep(0.05)
qregs = q.monitor("info registers")
q.quit()
ok(norm_regs(qregs) == norm_regs(fregs) and "PVR 00000000004d0200" in qregs,
   "migrate tcp: to QEMU 7.2's -incoming tcp: gives it farad's registers",
   "QEMU:\n%s\nfarad:\n%s" % (qregs, fregs))

# QEMU -> farad -> QEMU with SLOF at its prompt
for tag, machine, fix in [("p27", M27, "slof-p27.mig.gz"), ("p28", M28, "slof-p28.mig.gz")]:
    src = unpack(fix)
    out = os.path.join(tmp, tag + "-slof-farad.mig")
    f = loaded([FARAD] + machine + COMMON, "exec:cat " + src)
    f.monitor("cont")
    answered = f.console(b"\r", b"ok\r\n0 > ", 60)
    f.monitor("stop")
    fregs = f.monitor("info registers")
    f.monitor('migrate "exec:cat > %s"' % out)
    f.quit()
    ok(answered, "%s: SLOF at its prompt, from QEMU 7.2's stream, answers under farad" % tag,
       f.buf[-300:].decode(errors="replace"))
    back = os.path.join(tmp, tag + "-slof-qemu.mig")
    q = loaded([QEMU] + machine + COMMON, "exec:cat " + out)
    qregs = q.monitor("info registers")
    q.monitor('migrate "exec:cat > %s"' % back)
    compare_streams(ok, tag + " SLOF", out, back, spapr_subs=True)
    q.monitor("cont")   # QEMU resumes a source after its migration
    answered = q.console(b"\r", b"ok\r\n0 > ", 30)
    qerr = q.quit()
    ok(norm_regs(qregs) == norm_regs(fregs),
       "%s: QEMU 7.2 loads farad's stream of the SLOF guest; its registers are farad's" % tag,
       "QEMU:\n%s\nfarad:\n%s\n%s" % (qregs, fregs, qerr))
    ok(answered, "%s: and SLOF answers at its prompt under QEMU again" % tag,
       q.buf[-300:].decode(errors="replace") + qerr)

# farad-snap: a QEMU stream as a stored snapshot, and that snapshot as a
# QEMU stream again
SNAP = os.path.join(os.path.dirname(FARAD), "farad-snap")
db = os.path.join(tmp, "imp.db")
exp = os.path.join(tmp, "exported.mig")
src = os.path.join(FIX, "slof-p28.mig.gz")
imp = subprocess.run([SNAP, db, "import-qemu", "slof", src, "--", "-serial", "stdio"],
                     stdin=subprocess.DEVNULL, capture_output=True)
show = subprocess.run([SNAP, db, "show", "slof", "cpu"], capture_output=True).stdout.decode()
with open(exp, "wb") as o:
    ex = subprocess.run([SNAP, db, "export-qemu", "slof", "--machine", "--", "-serial", "stdio"],
                        stdin=subprocess.DEVNULL, stdout=o, stderr=subprocess.PIPE)
q = loaded([QEMU] + M28 + COMMON, "exec:gzip -dc " + src)
want = q.monitor("info registers")
q.quit()
q = loaded([QEMU] + M28 + COMMON, "exec:cat " + exp)
got = q.monitor("info registers")
q.quit()
ok(imp.returncode == 0 and re.search(r"nip +u64 +0x1d", show),
   "farad-snap DB import-qemu NAME slof-p28.mig.gz: a stored snapshot (SLOF's NIP in it)",
   imp.stderr.decode() + show[:500])
ok(ex.returncode == 0 and "NIP" in got and norm_regs(got) == norm_regs(want),
   "farad-snap DB export-qemu NAME --machine: QEMU 7.2 loads it with the registers of the "
   "original stream", "%s\nQEMU original:\n%s\nexported:\n%s" % (ex.stderr.decode(), want, got))

print("1..%d" % len(tap.results))
print("# %.1f s" % (time.time() - t0))
shutil.rmtree(tmp, ignore_errors=True)
tap.exit()
