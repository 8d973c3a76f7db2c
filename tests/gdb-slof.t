#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# The gdb stub works with SLOF: gdb-multiarch attaches to a paused SLOF
# (-S -gdb), reads its pc at the reset vector, single-steps, disassembles
# and reads a register, then detaches; SLOF then boots to its prompt.
# TAP output; uses the release build like tests/slof.t.
import os, re, select, shutil, subprocess, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SLOF, Tap, gdb_port, release_farad

FARAD = release_farad()
GDB = shutil.which("gdb-multiarch")
if not GDB or not os.path.exists(SLOF):
    print("1..0 # SKIP needs gdb-multiarch and %s" % SLOF)
    sys.exit(0)

tap = Tap()
ok = tap.ok

print("1..3")
p = subprocess.Popen([FARAD, "-M", "pseries-2.8", "-m", "1G", "-nodefaults", "-nographic",
                      "-serial", "mon:stdio", "-bios", SLOF, "-gdb", "tcp::0", "-S",
                      "-max-insns", "20000000000"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                     env=dict(os.environ, FARAD_STATS="1"))
port = gdb_port(p)
err = b""
script = ["set pagination off", "set confirm off", "set architecture powerpc:common64",
          "set endian big", "target remote :%d" % (port or 1), "p/x $pc", "stepi 3",
          "p/x $pc", "x/2i $pc", "p/x $r3", "detach"]
args = [GDB, "-batch", "-nx"]
for s in script:
    args += ["-ex", s]
g = subprocess.run(args, capture_output=True, text=True, timeout=60)
pcs = re.findall(r"\$\d+ = (0x[0-9a-f]+)", g.stdout)
ok(len(pcs) >= 3 and pcs[0] == "0x100" and pcs[1] != "0x100",
   "gdb attaches to SLOF paused at 0x100 and single-steps it", g.stdout[-500:] + g.stderr[-300:])
ok("detached" in g.stdout, "gdb detaches", g.stdout[-300:])
out = b""
end = time.time() + 240
while b"0 > " not in out and time.time() < end:
    r, _, _ = select.select([p.stdout], [], [], 1)
    if r:
        chunk = os.read(p.stdout.fileno(), 65536)
        if not chunk:
            break
        out += chunk
ok(b"Ready!" in out and b"0 > " in out, "after detach SLOF boots to its prompt", repr(out[-300:]))
p.kill()
p.communicate()
tap.exit()
