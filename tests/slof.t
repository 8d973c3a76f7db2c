#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SLOF, the pseries firmware Debian's QEMU ships (/usr/share/qemu/slof.bin),
# boots on farad to its "0 >" prompt and answers the keyboard, for each
# machine type (pseries = pseries-7.2 with no -bios: QEMU's slof.bin is the
# default firmware); and SLOF boots a -kernel ELF from 0x400000 as on QEMU,
# given with -bios and as the default firmware.
# With pci-testdev, ivshmem-plain and a second PHB, SLOF's PCI scan lists
# the devices exactly as on QEMU (tests/slof/pci-scan-p2N.txt, recorded
# from qemu-system-ppc64 with the same options).
# TAP output. Uses the release build (build/farad) when present: SLOF runs
# about 3.3 billion instructions to its prompt.
import os, re, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SLOF, SRC, Session as FaradSession, Tap, release_farad

FARAD = release_farad("FARAD_SLOF_BIN")
TIMEOUT = 300

if not os.path.exists(SLOF):
    print("1..0 # SKIP %s not installed (package qemu-system-data)" % SLOF)
    sys.exit(0)

tap = Tap()
ok = tap.ok

def Session(args):
    """farad ARGS at the console (tests/lib/faradtest.py)."""
    return FaradSession(FARAD, args, TIMEOUT)

def firmware_args(default):
    """-bios SLOF, or nothing: QEMU's slof.bin is then the default firmware."""
    return [] if default else ["-bios", SLOF]

def boot_to_prompt(machine, default_fw=False):
    s = Session(["-M", machine, "-m", "1G", "-nodefaults", "-nographic",
                 "-serial", "mon:stdio"] + firmware_args(default_fw) +
                ["-max-insns", "20000000000"])
    if default_fw:
        machine += " (no -bios: the default firmware)"
    ready = s.wait_for(b"Ready!") and s.wait_for(b"0 > ")
    t_ready = time.time() - s.start
    ok(ready and b"Welcome to Open Firmware" in s.out,
       "%s: SLOF prints its banner and reaches Ready! and the 0 > prompt" % machine,
       "" if ready else s.tail())
    if not ready:
        s.p.kill()
        s.finish()
        ok(False, "%s: 1 2 + . prints 3" % machine)
        ok(False, "%s: power-off ends the run with status 0" % machine)
        return
    s.type(b"1 2 + .\r")
    ok(s.wait_for(b"3  ok"), "%s: 1 2 + . prints 3" % machine, s.tail())
    s.type(b"power-off\r")
    rc = s.finish()
    ok(rc == 0, "%s: power-off ends the run with status 0" % machine, s.tail(),
       info="SLOF reached its prompt after %.1f s; %s" % (t_ready, s.err.strip()))

def kernel_boot(machine, default_fw):
    with tempfile.TemporaryDirectory() as tmp:
        elf = os.path.join(tmp, "kernel-hello.elf")
        cc = subprocess.run(["powerpc64-linux-gnu-gcc", "-nostdlib", "-static",
                             "-Wl,-Ttext=0", "-Wl,--build-id=none", "-o", elf,
                             os.path.join(SRC, "tests/slof/kernel-hello.S")],
                            capture_output=True, text=True)
        if cc.returncode != 0:
            ok(False, "build tests/slof/kernel-hello.S", cc.stderr)
            return
        s = Session(["-M", machine, "-m", "1G", "-nodefaults", "-nographic",
                     "-serial", "mon:stdio"] + firmware_args(default_fw) +
                    ["-kernel", elf, "-max-insns", "20000000000"])
        rc = s.finish()
        ok(rc == 0 and b"Booting from memory" in s.out and
           b"hello from a kernel booted by SLOF" in s.out,
           "%s: SLOF%s boots a -kernel ELF loaded at 0x400000 and the kernel powers off"
           % (machine, " (no -bios: the default firmware)" if default_fw else ""),
           s.tail())

# QEMU's SLOF PCI scan with these options is in tests/slof/pci-scan-*.txt
PCI_DEVICES = ["-device", "pci-testdev",
               "-object", "memory-backend-ram,id=m,size=1M",
               "-device", "ivshmem-plain,memdev=m",
               "-device", "spapr-pci-host-bridge,index=1",
               "-device", "pci-testdev,bus=pci.1,addr=3"]

def pci_listing(out):
    """SLOF's PCI scan lines: each "Populating /pci@..." and the device
    lines after it ("  BB DDDD (D) : VVVV DDDD  class")."""
    lines = []
    for line in out.decode(errors="replace").split("\n"):
        line = line.replace("\r", "").rstrip()
        if "Populating /pci" in line:
            lines.append(line[line.index("Populating /pci"):])
        elif re.match(r"^\s+[0-9a-f]{2} [0-9a-f]{4} \(.\) : ", line):
            lines.append(line)
    return lines

def pci_scan(machine, expected):
    with open(os.path.join(SRC, "tests/slof", expected)) as f:
        want = f.read().splitlines()
    s = Session(["-M", machine, "-m", "1G", "-nodefaults", "-nographic",
                 "-serial", "mon:stdio", "-bios", SLOF] + PCI_DEVICES +
                ["-max-insns", "20000000000"])
    ready = s.wait_for(b"Ready!") and s.wait_for(b"0 > ")
    got = pci_listing(s.out)
    if ready:
        s.type(b"power-off\r")
    else:
        s.p.kill()
    s.finish()
    ok(ready and got == want,
       "%s: SLOF's PCI scan lists pci-testdev and ivshmem-plain on two PHBs as on QEMU, "
       "then Ready!" % machine,
       "expected (QEMU):\n  %s\nfarad:\n  %s\n%s" % ("\n  ".join(want), "\n  ".join(got),
                                                     "" if ready else s.tail()))

print("1..13")
boot_to_prompt("pseries", default_fw=True)   # = pseries-7.2, as in QEMU 7.2
for machine in ("pseries-2.8", "pseries-2.7"):
    boot_to_prompt(machine)
kernel_boot("pseries-2.8", False)
kernel_boot("pseries-7.2", True)
pci_scan("pseries-2.8,cap-htm=off", "pci-scan-p28.txt")
pci_scan("pseries-2.7", "pci-scan-p27.txt")
tap.exit()
