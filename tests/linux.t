#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""TAP: Debian's ppc64el Linux kernel (tests/linux/fetch-guest.sh) boots on
farad's pseries-7.2 through SLOF, with no root file system, on both MMUs:

  POWER8, hash MMU          -cpu POWER8
  POWER9, radix MMU         (the default CPU), ic-mode=xics
  POWER9, hash MMU          -append disable_radix, ic-mode=xics

(On POWER9 the kernel would pick XIVE, which farad's pseries does not
have yet: ic-mode=xics offers XICS alone. The MMU milestones do not
depend on the interrupt controller.)

Each boot must print, in order, the milestones qemu-system-ppc64 7.2
prints for the same kernel and command line (recorded from QEMU's console;
the lines are kernel messages without their timestamps): the MMU
initialisation of that MMU, the per-CPU areas and memory layout after
it, the console switching to hvc0, and the end of a full kernel start,
"VFS: Unable to mount root fs" (there is no disk), with no Oops before
it. farad must then stop on the guest's panic as QEMU does (exit status
0, "OS terminated: OS panic: ...").

A fourth boot adds the busybox initramfs (tests/linux/make-initramfs.sh,
the demo of ./build.sh run) in its scripted mode: the kernel must start
/init, which runs uname and ls and powers the machine off (QEMU 7.2 prints
the same lines for it), and farad must exit 0.

A fifth boot runs the same demo with -smp 4 (pseries-7.2 with XICS): the
kernel must bring every CPU online ("smp: Brought up 1 node, 4 CPUs" and
four processors in /proc/cpuinfo, as QEMU 7.2 prints) and power off.

Skips (one line saying why) only when the guest packages cannot be
fetched (offline) or SLOF (Debian's qemu-system-data) is missing.
The boots run on the release build (FARAD_SRC/build/farad, or
FARAD_LINUX_BIN): a kernel start is some 10^10 instructions, too many for
the sanitizer build the other tests use within the suite's time budget.
Env: FARAD_SRC (set by build.sh test), FARAD_LINUX_BIN, FARAD_GUEST_CACHE,
FARAD_LINUX_MAX_INSNS (default 12e9).
"""
import os
import re
import subprocess
import sys

SRC = os.environ.get("FARAD_SRC") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("FARAD_LINUX_BIN") or os.path.join(SRC, "build", "farad")
CACHE = os.environ.get("FARAD_GUEST_CACHE") or os.path.join(SRC, "guest-cache")
SLOF = "/usr/share/qemu/slof.bin"
MAX = os.environ.get("FARAD_LINUX_MAX_INSNS", "12000000000")

# (name, machine, extra farad options, kernel arguments, MMU milestones as
# QEMU 7.2 prints them for this kernel)
BOOTS = [
    ("POWER8 hash", "pseries-7.2", ["-cpu", "POWER8"], "",
     ["hash-mmu: Initializing hash mmu with SLB"]),
    ("POWER9 radix", "pseries-7.2,ic-mode=xics", [], "",
     ["radix-mmu: Page sizes from device-tree:",
      "lpar: Using radix MMU under hypervisor"]),
    ("POWER9 hash", "pseries-7.2,ic-mode=xics", [], " disable_radix",
     ["hash-mmu: Initializing hash mmu with SLB"]),
]
# after the MMU, in order, for every boot
COMMON = [
    r"percpu: Embedded \d+ pages/cpu",
    r"Memory: \d+K/1048576K available",
    r"printk: console \[hvc0\] enabled",
    r"Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block\(0,0\)",
]


# the scripted busybox session's lines, as qemu-system-ppc64 7.2 prints
# them for the same boot (POWER9, radix)
SHELL = [
    r"farad-demo: Linux 6\.\S+ up; cpu : POWER9 \(architected\), altivec supported",
    r"^Linux \(none\) 6\.\S+ #1 SMP Debian .* ppc64le GNU/Linux$",
    r"^bin +dev +init +proc +root +sys$",
    r"^farad-demo: done, powering off",
    r"reboot: Power down",
]

# -smp 4 (pseries-7.2, XICS): every CPU online, as qemu-system-ppc64 7.2
# prints it for the same boot
SMP4 = [
    r"smp: Brought up 1 node, 4 CPUs",
    r"^farad-demo: \$ grep -c processor /proc/cpuinfo$",
    r"^4$",
    r"reboot: Power down",
]


def main():
    subprocess.run([os.path.join(SRC, "tests", "linux", "fetch-guest.sh")],
                   stdout=subprocess.DEVNULL)
    kernel = os.path.join(CACHE, "vmlinux")
    if not os.path.exists(kernel):
        print("1..0 # SKIP Debian's ppc64el kernel could not be fetched "
              "(tests/linux/fetch-guest.sh: offline?)")
        return 0
    if not os.path.exists(SLOF):
        print("1..0 # SKIP %s missing (Debian package qemu-system-data)" % SLOF)
        return 0
    initrd_ok = subprocess.run([os.path.join(SRC, "tests", "linux", "make-initramfs.sh")]).returncode == 0
    checks = (sum(len(m) + len(COMMON) + 2 for _, _, _, _, m in BOOTS) +
              len(SHELL) + 1 + len(SMP4) + 1)
    print("1..%d" % checks)
    n = 0
    failed = 0
    for name, machine, opts, args, mmu in BOOTS:
        cmd = [BIN, "-M", machine, "-m", "1G", "-nodefaults", "-nographic",
               "-serial", "stdio", "-bios", SLOF, "-kernel", kernel,
               "-append", "console=hvc0" + args, "-max-insns", MAX] + opts
        try:
            r = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True,
                               timeout=600)
            out = r.stdout.decode("utf-8", "replace")
            err = r.stderr.decode("utf-8", "replace")
            rc = r.returncode
        except subprocess.TimeoutExpired:
            out, err, rc = "", "timeout", -1
        lines = [re.sub(r"^\[\s*\d+\.\d+\] ", "", l) for l in out.splitlines()]
        pos = 0
        oops = next((i for i, l in enumerate(lines) if l.startswith("Oops")), None)
        for pat in [re.escape(m) for m in mmu] + COMMON:
            n += 1
            hit = next((i for i in range(pos, len(lines)) if re.search(pat, lines[i])), None)
            good = hit is not None and (oops is None or hit < oops)
            if good:
                pos = hit + 1
                print("ok %d - %s: %s" % (n, name, lines[hit]))
            else:
                failed += 1
                print("not ok %d - %s: /%s/ after line %d%s" %
                      (n, name, pat, pos, "" if oops is None else
                       " (Oops at line %d: %s)" % (oops, " | ".join(lines[oops:oops + 12]))))
        n += 1
        if oops is None:
            print("ok %d - %s: no Oops" % (n, name))
        else:
            failed += 1
            print("not ok %d - %s: Oops" % (n, name))
        n += 1
        stop = "OS terminated: OS panic: VFS: Unable to mount root fs"
        if rc == 0 and stop in err:
            print("ok %d - %s: farad stops on the guest's panic (exit 0)" % (n, name))
        else:
            failed += 1
            print("not ok %d - %s: exit %d, stderr ends %r, console ends %r" %
                  (n, name, rc, err[-300:], out[-600:]))
    cmd = [BIN, "-M", "pseries-7.2,ic-mode=xics", "-m", "1G", "-nodefaults",
           "-nographic", "-serial", "stdio", "-bios", SLOF, "-kernel", kernel,
           "-initrd", os.path.join(CACHE, "initrd.cpio.gz"),
           "-append", "console=hvc0 quiet farad.demo=auto", "-max-insns", MAX]
    out, rc = "", -1
    if initrd_ok:
        try:
            r = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=600)
            out, rc = r.stdout.decode("utf-8", "replace"), r.returncode
        except subprocess.TimeoutExpired:
            out = "timeout"
    lines = out.splitlines()
    pos = 0
    for pat in SHELL:
        n += 1
        hit = next((i for i in range(pos, len(lines)) if re.search(pat, lines[i])), None)
        if hit is None:
            failed += 1
            print("not ok %d - busybox initramfs: /%s/ after line %d (initramfs built: %s)"
                  % (n, pat, pos, initrd_ok))
        else:
            pos = hit + 1
            print("ok %d - busybox initramfs: %s" % (n, lines[hit].strip()))
    n += 1
    if rc == 0:
        print("ok %d - busybox initramfs: /init powered the machine off, farad exits 0" % n)
    else:
        failed += 1
        print("not ok %d - busybox initramfs: exit %d, console ends %r" % (n, rc, out[-400:]))
    failed += smp4_boot(n + 1, initrd_ok, kernel)
    return 1 if failed else 0


def smp4_boot(n, initrd_ok, kernel):
    """The demo with -smp 4: TAP lines from number n; returns the failures."""
    cmd = [BIN, "-M", "pseries-7.2,ic-mode=xics", "-m", "1G", "-smp", "4",
           "-nodefaults", "-nographic", "-serial", "stdio", "-bios", SLOF,
           "-kernel", kernel, "-initrd", os.path.join(CACHE, "initrd.cpio.gz"),
           "-append", "console=hvc0 farad.demo=auto", "-max-insns", MAX]
    out, rc = "", -1
    if initrd_ok:
        try:
            r = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=600)
            out, rc = r.stdout.decode("utf-8", "replace"), r.returncode
        except subprocess.TimeoutExpired:
            out = "timeout"
    lines = [re.sub(r"^\[\s*\d+\.\d+\] ", "", l) for l in out.splitlines()]
    pos, failed = 0, 0
    for pat in SMP4:
        hit = next((i for i in range(pos, len(lines)) if re.search(pat, lines[i])), None)
        if hit is None:
            failed += 1
            print("not ok %d - -smp 4: /%s/ after line %d" % (n, pat, pos))
        else:
            pos = hit + 1
            print("ok %d - -smp 4: %s" % (n, lines[hit].strip()))
        n += 1
    if rc == 0:
        print("ok %d - -smp 4: /init powered the machine off, farad exits 0" % n)
    else:
        failed += 1
        print("not ok %d - -smp 4: exit %d, console ends %r" % (n, rc, out[-400:]))
    return failed


if __name__ == "__main__":
    sys.exit(main())
