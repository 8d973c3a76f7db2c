#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""TAP: Debian's ppc64el Linux kernel (tests/linux/fetch-guest.sh) boots on
farad's pseries-7.2 through SLOF. Each boot is a row of BOOTS; every row
gets the same checks (tests/lib/linuxboot.py): its milestones in order,
each before any Oops, no Oops, exit status 0 with how farad saw the end.

Without a root file system, on both MMUs (the kernel's last words are
"VFS: Unable to mount root fs"; farad stops on the guest's panic as QEMU
does, "OS terminated: OS panic: ..."):
  POWER8, hash MMU          -cpu POWER8
  POWER9, radix MMU         (the default CPU), ic-mode=xics
  POWER9, hash MMU          -append disable_radix, ic-mode=xics
(ic-mode=xics: XICS alone; the MMU milestones do not depend on the
interrupt controller.) The milestones are the lines qemu-system-ppc64 7.2
prints for the same kernel and command line, without their timestamps.

With the busybox initramfs (tests/linux/make-initramfs.sh, init.sh):
  busybox demo    farad.demo=auto: /init prints uname, the online CPUs,
                  the MMU and interrupt controller the kernel chose, ls,
                  and powers off; on QEMU's command line (no -bios: SLOF)
                  on pseries-7.2 (POWER9: radix, XIVE chosen at CAS)
  the demo matrix the same demo on SLOF and VOF (x-vof=on) x pseries-7.2
                  and pseries-2.8,cap-htm=off (POWER8: hash, XICS) x -smp 1
                  and -smp 4 (all CPUs online), the values as QEMU 7.2
                  prints them for the same lines
  busybox shell   the interactive shell on hvc0: commands are typed when
                  the prompt is back, their output checked (the values
                  QEMU 7.2 prints for the same session), then poweroff -f
The shell boot is recorded (-icount rr=record, docs/replay.md) and
replayed without stdin: same console output, "replay: pass". Then
qemu-system-ppc64 7.2 (when installed; FARAD_LINUX_NO_QEMU=1 leaves it
out) types the same session on the same command line and must print the
same lines; the instructions (the recording's first input) and seconds
to the prompt are printed beside QEMU's seconds.

Determinism (RTC pinned with -rtc base=): the demo boot runs twice, saving
a snapshot mid-boot (-savevm-at) each time: identical console output,
instruction count and snapshot state hash; the second run also saves at
the power-off. Then the mid-boot snapshot is loaded (-loadvm) and runs on:
it prints the rest of the first run's output and powers off at the same
instruction count in the same state (hash) as the uninterrupted run. The
4-CPU VOF boot runs twice, the second time with a larger host
environment: the same output and instruction count.

Skips (one line saying why) only when the guest packages cannot be
fetched (offline) or SLOF (Debian's qemu-system-data) is missing.
(FARAD_LINUX_ROWS=REGEX runs only the rows whose name matches, for
debugging; the suite runs all.)
The boots run on the release build (FARAD_SRC/build/farad, or
FARAD_LINUX_BIN): a kernel start is some 5*10^9 instructions, too many for
the sanitizer build. Each boot's seconds and instructions are printed.
Env: FARAD_SRC (set by build.sh test), FARAD_LINUX_BIN, FARAD_GUEST_CACHE,
FARAD_LINUX_MAX_INSNS (default 12e9).
"""
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SLOF, SRC, Tap, release_farad
from linuxboot import (INITRD, KERNEL, PIN_RTC, boot, check_boot, check_count,
                       fetch, in_order, pseries_args)

BIN = release_farad("FARAD_LINUX_BIN")
MAX = os.environ.get("FARAD_LINUX_MAX_INSNS", "12000000000")
# where the determinism runs save mid-boot: in the kernel's start, after
# SLOF (about 3.4e9 instructions) and before /init
MID = 4000000000

# after the MMU, in order, for every boot without a root file system
COMMON = [
    r"percpu: Embedded \d+ pages/cpu",
    r"Memory: \d+K/1048576K available",
    r"printk: console \[hvc0\] enabled",
    r"Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block\(0,0\)",
]
PANIC = "OS terminated: OS panic: VFS: Unable to mount root fs"
HASH = ["hash-mmu: Initializing hash mmu with SLB"]
RADIX = ["radix-mmu: Page sizes from device-tree:", "lpar: Using radix MMU under hypervisor"]
# the scripted busybox session's lines, as qemu-system-ppc64 7.2 prints
# them for the same boot: cpu names the machine type's CPU, mmu and intc
# what the kernel chose (POWER9 on pseries-7.2: Radix, XIVE at CAS;
# POWER8 on pseries-2.8: Hash, XICS), ncpus the -smp count, all online
def demo(cpu="POWER9", mmu="Radix", intc="XIVE", ncpus=1):
    return [r"farad-demo: Linux 6\.\S+ up; cpu : %s \(architected\), altivec supported" % cpu,
            r"^Linux \(none\) 6\.\S+ #1 SMP Debian .* ppc64le GNU/Linux$",
            r"^farad-demo: \$ grep -c processor /proc/cpuinfo$", r"^%d$" % ncpus,
            r"^MMU\s+: %s$" % mmu, r"^%s$" % intc,
            r"^bin +dev +init +proc +root +sys$",
            r"^farad-demo: done, powering off",
            r"reboot: Power down"]


DEMO = demo()
# the interactive session: (what the guest prints before we type, what we
# type); the shell's prompt is "/ # "
PROMPT = b"/ # "
TYPED = [
    (b"farad-demo: busybox shell", b""),
    (PROMPT, b"echo $((6*7))\r"),
    (PROMPT, b"cat /proc/cpuinfo | grep -c processor\r"),
    (PROMPT, b"uname -m\r"),
    (PROMPT, b"poweroff -f\r"),
]
# and what QEMU 7.2 prints for that session (the typed lines echoed)
SHELL = [
    r"farad-demo: busybox shell; 'poweroff -f' leaves",
    r"^/ # echo \$\(\(6\*7\)\)$", r"^42$",
    r"^/ # cat /proc/cpuinfo \| grep -c processor$", r"^1$",
    r"^/ # uname -m$", r"^ppc64le$",
    r"^/ # poweroff -f$", r"reboot: Power down",
]

XICS = "pseries-7.2,ic-mode=xics"
DEMO_ARGS = "console=hvc0 quiet farad.demo=auto"
# name, machine, extra farad options, kernel arguments, initramfs,
# console steps, milestones, farad's stderr line at the end
BOOTS = [
    ("POWER8 hash", "pseries-7.2", ["-cpu", "POWER8"], "console=hvc0", False, [],
     HASH + COMMON, PANIC),
    ("POWER9 radix", XICS, [], "console=hvc0", False, [], RADIX + COMMON, PANIC),
    ("POWER9 hash", XICS, [], "console=hvc0 disable_radix", False, [], HASH + COMMON, PANIC),
    ("busybox demo", "pseries-7.2", PIN_RTC, DEMO_ARGS, True, [], DEMO, None),
    ("busybox shell", "pseries-7.2", PIN_RTC, "console=hvc0 quiet", True, TYPED, SHELL, None),
]
DEMO_ROW, SHELL_ROW = BOOTS[3], BOOTS[4]
# the demo on every firmware x machine x -smp of issue 12's matrix (SLOF
# on pseries-7.2 with -smp 1 is the demo row above): SLOF (the default
# firmware) or VOF (x-vof=on); pseries-7.2 (POWER9: radix, XIVE chosen at
# CAS) or pseries-2.8 without HTM (POWER8: hash, XICS); 1 or 4 CPUs,
# all online
for fw, fw_prop in (("SLOF", ""), ("VOF", ",x-vof=on")):
    for mach, kind in (("pseries-7.2", ("POWER9", "Radix", "XIVE")),
                       ("pseries-2.8,cap-htm=off", ("POWER8", "Hash", "XICS"))):
        for n in (1, 4):
            if (fw, mach, n) == ("SLOF", "pseries-7.2", 1):
                continue
            BOOTS.append(("%s %s -smp %d" % (fw, mach.split(",")[0], n), mach + fw_prop,
                          PIN_RTC + ["-smp", str(n)], DEMO_ARGS, True, [],
                          demo(*kind, ncpus=n), None))


def argv(row, extra=()):
    name, machine, opts, append, initrd, _, _, _ = row
    return ([BIN] + pseries_args(machine, KERNEL, append, INITRD if initrd else None) +
            opts + ["-max-insns", MAX] + list(extra))


def timing(name, run):
    print("# %s: %s instructions in %.1f s" % (name, run.icount, run.secs))
    sys.stdout.flush()


def snapshots(db):
    """{name: (icount, state hash)} of a snapshot database."""
    try:
        with sqlite3.connect(db) as c:
            return {n: (i, h) for n, i, h in
                    c.execute("SELECT name, icount, state_hash FROM snapshot")}
    except sqlite3.Error:
        return {}


def determinism(tap, tmp, first):
    """The demo boot again, the mid-boot snapshot of both runs, and a run
    from that snapshot to the end (first: the table's run of the demo row,
    saved at MID into tmp/a.db)."""
    a_db, b_db = os.path.join(tmp, "a.db"), os.path.join(tmp, "b.db")
    end = first.icount or 0
    second = boot(argv(DEMO_ROW, ["-snapshot-db", b_db, "-savevm-at", "%d:mid" % MID,
                                  "-savevm-at", "%d:end" % end]))
    timing("busybox demo, second run", second)
    a, b = snapshots(a_db), snapshots(b_db)
    tap.ok(second.rc == 0 and second.raw == first.raw and second.icount == first.icount,
           "determinism: a second run prints the same console output and powers off at "
           "the same instruction count (%s)" % first.icount,
           "first: %s\nsecond: %s" % (first.tail(), second.tail()))
    tap.ok("mid" in a and a.get("mid") == b.get("mid"),
           "determinism: both runs' snapshots at instruction %d have the same state hash" % MID,
           "first %s, second %s" % (a.get("mid"), b.get("mid")))
    tap.ok("end" in b and b["end"][0] == end,
           "determinism: the second run saved its state at the power-off", repr(b))
    resumed = boot(argv(DEMO_ROW, ["-snapshot-db", b_db, "-loadvm", "mid",
                                   "-savevm-at", "%d:resumed-end" % end]))
    timing("busybox demo from the mid-boot snapshot", resumed)
    rest = resumed.raw
    tap.ok(resumed.rc == 0 and b"farad-demo: done" in rest and len(rest) < len(first.raw) and
           first.raw.endswith(rest),
           "snapshot: -loadvm mid continues to the rest of the uninterrupted run's output "
           "(%d of %d bytes) and powers off" % (len(rest), len(first.raw)),
           "uninterrupted: %s\nresumed: %s" % (first.tail(), resumed.tail()))
    b = snapshots(b_db)
    tap.ok("resumed-end" in b and b.get("resumed-end") == b.get("end"),
           "snapshot: the resumed run powers off at the same instruction count in the same "
           "state (hash) as the uninterrupted run",
           "uninterrupted %s, resumed %s" % (b.get("end"), b.get("resumed-end")))


SMP_ROW_NAME = "VOF pseries-7.2 -smp 4"


def smp_determinism(tap, runs):
    """The 4-CPU VOF boot again, with a 4 KiB larger host environment (it
    moves the host's stack and heap): the same console output and
    instruction count, as nothing of the host reaches the guest."""
    first = runs.get(SMP_ROW_NAME)
    row = next(r for r in BOOTS if r[0] == SMP_ROW_NAME)
    if first is None:
        tap.ok(False, "determinism: -smp 4: no first run of %s" % SMP_ROW_NAME)
        return
    os.environ["FARAD_TEST_PAD"] = "x" * 4096
    try:
        again = boot(argv(row))
    finally:
        del os.environ["FARAD_TEST_PAD"]
    timing(SMP_ROW_NAME + ", second run", again)
    tap.ok(again.rc == 0 and again.raw == first.raw and again.icount == first.icount,
           "determinism: %s run again in another host environment prints the same "
           "console output and powers off at the same instruction count (%s)"
           % (SMP_ROW_NAME, first.icount),
           "first: %s\nsecond: %s" % (first.tail(), again.tail()))


def replay(tap, tmp, recorded):
    """The shell boot's recording (tmp/shell.rr) replayed without stdin."""
    rr = os.path.join(tmp, "shell.rr")
    r = boot(argv(SHELL_ROW, ["-icount", "shift=0,rr=replay,rrfile=%s" % rr]))
    timing("busybox shell, replay", r)
    tap.ok(r.rc == 0 and r.raw == recorded.raw and b"42" in r.raw,
           "replay: the shell session replays without stdin to the same console output",
           "recorded: %s\nreplayed: %s" % (recorded.tail(), r.tail()))
    tap.ok("replay: pass" in r.err,
           "replay: checkpoint hashes and the end state match the recording", r.err[-600:])


def first_input_icount(rr):
    """The instruction count at which the guest took the first typed byte
    of a recording (the shell was at its prompt), or None."""
    try:
        with sqlite3.connect(rr) as c:
            return c.execute("SELECT min(icount) FROM journal WHERE kind = 'console'"
                             ).fetchone()[0]
    except sqlite3.Error:
        return None


def qemu_shell(tap, tmp, recorded):
    """qemu-system-ppc64 7.2, the oracle, types the same session on the
    shell row's command line; both emulators' way to the prompt printed."""
    qemu = shutil.which("qemu-system-ppc64")
    if not qemu or os.environ.get("FARAD_LINUX_NO_QEMU") == "1":
        tap.skip("qemu-system-ppc64 7.2 prints the same shell session",
                 "qemu-system-ppc64 not installed or FARAD_LINUX_NO_QEMU=1")
        return
    args = argv(SHELL_ROW)[1:]
    i = args.index("-max-insns")
    q = boot([qemu] + args[:i] + args[i + 2:], TYPED)
    tap.ok(q.rc == 0 and None not in in_order(q.lines(), SHELL),
           "qemu-system-ppc64 7.2 prints the same shell session for the same command line",
           q.tail())
    n = first_input_icount(os.path.join(tmp, "shell.rr"))
    print("# to the busybox shell prompt: farad %s instructions, %.1f s (recording); "
          "qemu-system-ppc64 7.2 %.1f s" % (
              n, recorded.seen_at[1] if len(recorded.seen_at) > 1 else -1,
              q.seen_at[1] if len(q.seen_at) > 1 else -1))


def main():
    if not fetch():
        print("1..0 # SKIP Debian's ppc64el kernel could not be fetched "
              "(tests/linux/fetch-guest.sh: offline?)")
        return 0
    if not os.path.exists(SLOF):
        print("1..0 # SKIP %s missing (Debian package qemu-system-data)" % SLOF)
        return 0
    initrd_ok = subprocess.run([os.path.join(SRC, "tests", "linux",
                                              "make-initramfs.sh")]).returncode == 0
    only = os.environ.get("FARAD_LINUX_ROWS")
    rows = [row for row in BOOTS if not only or re.search(only, row[0])]
    plan = sum(check_count(row[6]) for row in rows) + 1 + 1 + 5 + 1 + 2 + 1
    print("1..%d" % plan)
    tap = Tap()
    tmp = tempfile.mkdtemp(prefix="farad-linux-")
    runs = {}
    extra = {
        DEMO_ROW[0]: ["-snapshot-db", os.path.join(tmp, "a.db"), "-savevm-at", "%d:mid" % MID],
        SHELL_ROW[0]: ["-icount", "shift=0,rr=record,rrfile=%s,rrcheck=1000000000,"
                       "rrsnap=100000000000" % os.path.join(tmp, "shell.rr")],
    }
    for row in rows:
        name, initrd, console, milestones, stop = row[0], row[4], row[5], row[6], row[7]
        if initrd and not initrd_ok:
            for _ in range(check_count(milestones) + (1 if console else 0)):
                tap.ok(False, "%s: the initramfs could not be built" % name)
            continue
        runs[name] = r = boot(argv(row, extra.get(name, [])), console)
        timing(name, r)
        if console:
            tap.ok(len(r.seen_at) == len(console),
                   "%s: the guest was ready for each of %d typed lines" % (name, len(console) - 1),
                   r.tail(), info="%s: prompt after %.1f s" % (name, r.seen_at[1])
                   if len(r.seen_at) > 1 else "")
        check_boot(tap, name, r, milestones, stop)
    shell = runs.get(SHELL_ROW[0])
    tap.ok(shell is not None and "farad: replay" not in shell.err and shell.rc == 0,
           "record: the shell session was recorded", shell.tail() if shell else "")
    demo = runs.get(DEMO_ROW[0])
    if demo:
        determinism(tap, tmp, demo)
    else:
        for _ in range(5):
            tap.ok(False, "determinism: no demo boot")
    smp_determinism(tap, runs)
    if shell:
        replay(tap, tmp, shell)
        qemu_shell(tap, tmp, shell)
    else:
        for _ in range(3):
            tap.ok(False, "replay: no shell boot")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if all(tap.results) else 1


if __name__ == "__main__":
    sys.exit(main())
