# SPDX-License-Identifier: MIT
"""Linux boots for the TAP tests (tests/linux*.t): where the guest software
is (tests/linux/fetch-guest.sh), an initramfs with a test's modules and
files (make-initramfs.sh), the pseries command line a boot uses, a
boot run with console input typed when the guest has printed what it waits
for, and the checks every boot shares (milestones in order, no Oops)."""
import os
import re
import select
import subprocess
import time

from faradtest import SRC

CACHE = os.environ.get("FARAD_GUEST_CACHE") or os.path.join(SRC, "guest-cache")
KERNEL = os.path.join(CACHE, "vmlinux")
INITRD = os.path.join(CACHE, "initrd.cpio.gz")
# the RTC pinned, for runs that must be bit-identical
PIN_RTC = ["-rtc", "base=2000-01-01T00:00:00"]
# terminal escapes: those that move the cursor to another row (a drawn
# screen's rows), and the rest
ROW_MOVE = re.compile(r"\x1b\[[0-9;]*[BEHdf]")
ANSI = re.compile(r"\x1b(\[[0-9;?]*[A-Za-z@]|[()][0-9A-Za-z]|[=>])")


def fetch(what="kernel"):
    """tests/linux/fetch-guest.sh WHAT: True when the guest software is there."""
    return subprocess.run([os.path.join(SRC, "tests", "linux", "fetch-guest.sh"), what],
                          stdout=subprocess.DEVNULL).returncode == 0


def make_initrd(out, modules=(), files=()):
    """tests/linux/make-initramfs.sh -o OUT with the kernel modules
    (names) and the host files (SRC:DEST specs) given: None when it
    worked, else its error output."""
    argv = [os.path.join(SRC, "tests", "linux", "make-initramfs.sh"), "-o", out]
    for m in modules:
        argv += ["-m", m]
    for f in files:
        argv += ["-f", f]
    r = subprocess.run(argv, capture_output=True, text=True)
    if r.returncode == 0:
        return None
    return r.stderr or "exit %d" % r.returncode


def pseries_args(machine, kernel, append, initrd=None, serial="stdio"):
    """QEMU's command line for a kernel booted through the machine's
    default firmware (SLOF, or vof.bin with x-vof=on; without the program
    name): 1 GiB, no default devices, the console on stdio."""
    args = ["-M", machine, "-m", "1G", "-nodefaults", "-nographic",
            "-serial", serial, "-kernel", kernel]
    if initrd:
        args += ["-initrd", initrd]
    return args + ["-append", append]


class Run:
    """How one boot went: console output (str, as printed), stderr, exit
    status, seconds, the retired-instruction count (FARAD_STATS; None for
    another emulator or a killed run) and the seconds at which each console
    step's pattern appeared."""

    def __init__(self):
        self.raw = b""
        self.err = ""
        self.rc = None
        self.secs = 0.0
        self.icount = None
        self.seen_at = []

    @property
    def out(self):
        return self.raw.decode("utf-8", "replace")

    def lines(self):
        """The output's lines without kernel timestamps and terminal escapes
        (a cursor move to another row starts a line)."""
        text = ANSI.sub("", ROW_MOVE.sub("\n", self.out)).replace("\r", "").replace("\0", "")
        return [re.sub(r"^\[\s*\d+\.\d+\] ", "", l) for l in text.split("\n")]

    def tail(self, n=600):
        return "exit %s; stderr ends %r; console ends %r" % (self.rc, self.err[-300:],
                                                             self.out[-n:])


def boot(argv, console=(), timeout=600, then_kill=False):
    """Runs argv (an emulator and its options). console: steps (pattern,
    bytes): wait until the output after the previous step's match holds
    pattern (bytes), then type the bytes (b"" types nothing). With
    then_kill the emulator is killed after the last step; otherwise it
    must end by itself (killed at the time limit). Returns a Run."""
    r = Run()
    env = dict(os.environ, FARAD_STATS="1")
    start = time.time()
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env)
    err = b""
    pos = 0
    steps = list(console)
    open_fds = {p.stdout.fileno(): "out", p.stderr.fileno(): "err"}
    while open_fds:
        left = start + timeout - time.time()
        if left <= 0:
            p.kill()
            break
        ready, _, _ = select.select(list(open_fds), [], [], left)
        for fd in ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                del open_fds[fd]
            elif open_fds[fd] == "out":
                r.raw += chunk
            else:
                err += chunk
        while steps:
            hit = r.raw.find(steps[0][0], pos)
            if hit < 0:
                break
            pos = hit + len(steps[0][0])
            r.seen_at.append(time.time() - start)
            typed = steps.pop(0)[1]
            try:
                if typed:
                    p.stdin.write(typed)
                    p.stdin.flush()
            except BrokenPipeError:
                pass
            if not steps and then_kill:
                p.kill()
    try:
        p.stdin.close()
    except BrokenPipeError:
        pass
    r.rc = p.wait()
    r.secs = time.time() - start
    r.err = err.decode("utf-8", "replace")
    m = re.search(r"farad: icount (\d+)", r.err)
    r.icount = int(m.group(1)) if m else None
    return r


def in_order(lines, patterns):
    """For each regex in turn, the index of the first line at or after the
    previous hit that matches it (None when missing; later ones then search
    from the last hit)."""
    hits = []
    pos = 0
    for pat in patterns:
        hit = next((i for i in range(pos, len(lines)) if re.search(pat, lines[i])), None)
        hits.append(hit)
        if hit is not None:
            pos = hit + 1
    return hits


def check_boot(tap, name, run, milestones, stop_line=None):
    """The checks every boot shares, one TAP line each: the milestones
    (regexes) in order, each before any Oops; no Oops; exit status 0 and,
    if given, stop_line on stderr (how farad says the guest ended)."""
    lines = run.lines()
    oops = next((i for i, l in enumerate(lines) if l.startswith("Oops")), None)
    for pat, hit in zip(milestones, in_order(lines, milestones)):
        good = hit is not None and (oops is None or hit < oops)
        shown = "/%s/" % pat
        if good:  # the line, or what matched in a long one (a drawn screen)
            shown = lines[hit].strip()
            shown = shown if len(shown) <= 120 else re.search(pat, shown).group(0)
        tap.ok(good, "%s: %s" % (name, shown),
               "not found in order%s\n%s" % (
                   "" if oops is None else " before the Oops at line %d: %s" %
                   (oops, " | ".join(lines[oops:oops + 12])), run.tail()))
    tap.ok(oops is None, "%s: no Oops" % name,
           "" if oops is None else " | ".join(lines[oops:oops + 20]))
    ok = run.rc == 0 and (stop_line is None or stop_line in run.err)
    tap.ok(ok, "%s: farad exits 0%s" % (name, ", " + stop_line if stop_line else ""),
           run.tail())


def check_count(milestones):
    """The number of TAP lines check_boot prints for these milestones."""
    return len(milestones) + 2
