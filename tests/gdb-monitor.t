#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# The monitor stays usable while gdb holds the machine: with -S it answers
# before gdb connects, and at a gdb breakpoint `info registers` shows the
# breakpoint's address and `x/i` disassembles there (Capstone). TAP output.
import os, re, select, shutil, subprocess, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SRC, Tap, gdb_port

FARAD = os.environ.get("FARAD_BIN", os.path.join(SRC, "build/farad"))
PROG = os.path.join(SRC, "tests/guest/out/hello-be.bin")
GDB = shutil.which("gdb-multiarch")

if not GDB:
    print("1..0 # SKIP gdb-multiarch not installed")
    sys.exit(0)

tap = Tap()
ok = tap.ok

print("1..4")
p = subprocess.Popen([FARAD, "-M", "pseries-7.2", "-nographic", "-monitor", "stdio",
                      "-bios", PROG, "-gdb", "tcp::0", "-S"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
port = gdb_port(p)
err = b""

out = b""
def read_until(pat, timeout=10):
    global out
    end = time.time() + timeout
    while pat not in out and time.time() < end:
        r, _, _ = select.select([p.stdout], [], [], 0.2)
        if r:
            chunk = os.read(p.stdout.fileno(), 65536)
            if not chunk:
                break
            out += chunk
    return pat in out

def command(line):
    try:
        p.stdin.write(line.encode() + b"\n")
        p.stdin.flush()
    except BrokenPipeError:
        pass  # farad already ended (the guest powered off after detach)

command("info registers")
ok(port is not None and read_until(b"NIP 0000000000000100"),
   "-S -gdb: the monitor answers before gdb connects (NIP 0x100)", repr(out[-300:]) + repr(err))

script = ["set pagination off", "set confirm off", "set architecture powerpc:common64",
          "set endian big", "target remote :%d" % (port or 1), "break *0x180", "continue",
          "shell sleep 4", "detach"]
args = [GDB, "-batch", "-nx"]
for s in script:
    args += ["-ex", s]
g = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
time.sleep(2)
out = b""
command("info registers")
ok(read_until(b"NIP 0000000000000180"),
   "at a gdb breakpoint the monitor's info registers shows NIP 0x180", repr(out[-300:]))
command("x/1i 0x100")
# the first instruction of the -bios image: objdump says lis r11,-32768
read_until(b"0x8000")
ok(re.search(rb"0x0*100:\s+3d608000\s+lis\s+r11, 0x8000", out) is not None,
   "x/i at a gdb stop disassembles with Capstone", repr(out[-300:]))
gout = g.communicate(timeout=30)[0].decode(errors="replace")
ok("Breakpoint 1, 0x0000000000000180" in gout and "detached" in gout,
   "gdb stopped at the breakpoint and detached while the monitor was used", gout[-400:])
command("quit")
try:
    p.communicate(timeout=20)
except subprocess.TimeoutExpired:
    p.kill()
tap.exit()
