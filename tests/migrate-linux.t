#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# A running Linux guest moves QEMU 7.2 -> farad -> QEMU 7.2 (issue 17),
# on pseries-2.7 and pseries-2.8,cap-htm=off, run live against
# qemu-system-ppc64:
#  - QEMU boots Debian's kernel with the busybox initramfs
#    (tests/linux/make-initramfs.sh) through VOF (x-vof=on, faster than
#    SLOF; both machine types take it) to the shell on hvc0, which
#    answers; `stop`, `migrate "exec:cat > F"`.
#  - farad (release build) -incoming file:F: the shell answers (echo of
#    a computation, /proc/uptime, ls /); the uptime continues from
#    QEMU's (no jump back, none of more than 120 s). Then `stop`,
#    `migrate`: the stream has every section, version and subsection
#    QEMU's had.
#  - the same stream with spapr/cap/htm set to 1, and without that
#    subsection (pseries-2.x's default for POWER8 is on): farad refuses
#    both with QEMU 7.2's lines and exit status (QEMU on the same bytes).
#  - QEMU -incoming takes farad's stream: its `info registers` are
#    farad's, QEMU's own `migrate` of the reloaded guest equals farad's
#    stream section by section (RAM, HPT, every device section), and
#    after `cont` the shell answers again with the uptime continued.
# Fields that legitimately differ between farad's stream and QEMU's
# re-migration: the host-clock ones (the timer section's offsets, the
# spapr/rtc offset from the host's time, spapr's timebase struct: host
# ticks and host time of day), and cpu_common's interrupt_request, where
# QEMU sets CPU_INTERRUPT_EXITTB (4) itself when it loads a CPU. In
# `info registers` QEMU's HF (TCG's hflags) has no farad counterpart and
# QEMU 7.2's DECR after a TCG load is its own reset timer (7.2 neither
# saves nor loads the DEC under TCG; farad saves it in spr[DECR] as QEMU
# 8.1 does), so both are left out.
# pseries-2.7's default CPU is POWER7, and Debian's busybox needs POWER8
# (its init dies of SIGILL there), so that machine runs -cpu POWER8 in
# both emulators (with cap-htm=off, as TCG has no HTM).
# QEMU 7.2 drops the DEC on load (and keeps no pending interrupt), so
# its guest finds its timer again only through the kernel writing the
# DEC: in its timer interrupt, or leaving NOHZ idle on an interrupt. So
# QEMU is stopped with the shell idle at its prompt where `info
# registers` shows a DEC beyond one tick (the tick stopped; retried in
# steps of 0.1 s), and farad with the shell idle: its idle CPU stops in
# H_CEDE at its decrementer deadline, and farad's `migrate` has it take
# that interrupt first (docs/snapshots.md), so QEMU starts in the
# kernel's timer interrupt.
# Last, Linux booted under farad (pseries-2.8 with XICS, pseries-7.2 with
# XIVE and radix) moves to QEMU 7.2 and its shell answers there.
# Skips (one line) when qemu-system-ppc64 is not installed or the guest
# software is missing. Env: FARAD_SRC, FARAD_LINUX_BIN (a farad to use).
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import Tap, release_farad
from qemustream import Emu, Stream, linux_guest_or_skip, loaded

FARAD = release_farad("FARAD_LINUX_BIN")
QEMU, KERNEL, INITRD = linux_guest_or_skip()

tap = Tap()
ok = tap.ok
tmp = tempfile.mkdtemp(prefix="migrate-linux-")
MACHINES = [("p27", ["-M", "pseries-2.7,cap-htm=off,x-vof=on", "-cpu", "POWER8"]),
            ("p28", ["-M", "pseries-2.8,cap-htm=off,x-vof=on"])]
COMMON = ["-m", "256M", "-nodefaults", "-display", "none"]
PROMPT = b"/ # "
LS = "bin   dev   init  proc  root  sys"
# host-clock sections (see above); spapr's timebase is its first 16 bytes
CLOCKS = {"timer", "spapr/rtc"}


def shell(e, who):
    """Three commands at the guest's shell; (all answered, uptime, text)."""
    good = e.console(b"echo %s $((6*7))\n" % who.encode(), b"%s 42" % who.encode(), 60)
    good = good and e.read_until(PROMPT, 30)
    good = good and e.console(b"cat /proc/uptime\n", PROMPT, 60)
    m = re.search(r"\n(\d+\.\d+) \d+\.\d+\n", e.text())
    up = float(m.group(1)) if m else None
    good = good and e.console(b"ls /\n", PROMPT, 60) and LS in e.text()
    return bool(good and up is not None), up, e.text()


def tb_of(regs):
    """The timebase in `info registers` (QEMU prints TBU, then all of TB)."""
    m = re.search(r"\nTB [0-9]+ ([0-9]+)", regs)
    return int(m.group(1)) if m else None


def dec_of(regs):
    m = re.search(r"DECR ([0-9]+)", regs)
    return int(m.group(1)) if m else None


TICK = 512000000 // 250   # the kernel's tick (HZ=250) in 512 MHz timebase ticks


def stop_idle(e):
    """`stop` the guest where its kernel's tick is stopped (NOHZ idle: DEC
    programmed beyond one tick), as QEMU 7.2 drops the DEC on load and only
    a kernel leaving NOHZ idle writes it again. Returns (info registers,
    attempts)."""
    for n in range(1, 31):
        e.monitor("stop")
        regs = e.monitor("info registers")
        dec = dec_of(regs)
        if dec is not None and TICK < dec < 1 << 31:
            return regs, n
        e.monitor("cont")
        time.sleep(0.1)
    e.monitor("stop")
    return e.monitor("info registers"), n


def norm_regs(s):
    return re.sub(r"DECR [0-9]+", "", re.sub(r"HF [0-9a-f]+ ", "", s))


def boot(tag, machine, out):
    """QEMU 7.2 boots Linux to the shell, which answers; then the stream."""
    e = Emu([QEMU] + machine + COMMON + ["-kernel", KERNEL, "-initrd", INITRD,
                                         "-append", "quiet console=hvc0"])
    res = (False, None, "", "")
    try:
        up = e.read_until(b"busybox shell", 300) and e.read_until(PROMPT, 30)
        res = shell(e, "q") if up else (False, None, e.text())
        time.sleep(0.5)   # the shell idle at its prompt
        regs, tries = stop_idle(e)
        e.monitor('migrate "exec:cat > %s"' % out)
        res = res + ("QEMU stopped in NOHZ idle at attempt %d (DECR %s)" % (tries, dec_of(regs)),)
    except OSError as x:
        res = (False, None, "%s\n%s" % (e.text(), x), "")
    out_of[tag] = (res, e.quit())


t0 = time.time()
out_of = {}
threads = [threading.Thread(target=boot, args=(tag, m, os.path.join(tmp, tag + "-qemu.mig")))
           for tag, m in MACHINES]
for t in threads:
    t.start()
for t in threads:
    t.join()
boot_secs = time.time() - t0

for tag, machine in MACHINES:
    qsrc = os.path.join(tmp, tag + "-qemu.mig")
    (good, up_q, text, how), err = out_of[tag]
    ok(good and os.path.exists(qsrc) and os.path.getsize(qsrc) > 0,
       "%s: QEMU 7.2 boots Linux to the busybox shell, which answers; its stream" % tag,
       text[-800:] + err, "uptime %s under QEMU (boots: %.1f s); %s" % (up_q, boot_secs, how))

    # streams that say HTM is on (the byte set, or the subsection left
    # out where the machine type's default is on): refused alike
    orig = open(qsrc, "rb").read()
    at = orig.find(b"\x05\x0dspapr/cap/htm")
    on = bytearray(orig)
    on[at + 1 + 14 + 4] = 1
    variants = [("cap-htm on", on), ("no spapr/cap/htm", orig[:at] + orig[at + 20:])]
    for what, data in variants:
        htm = os.path.join(tmp, tag + "-htm.mig")
        open(htm, "wb").write(data)
        said = {}
        for who, argv in [("QEMU", [QEMU, "-incoming", "exec:cat " + htm]),
                          ("farad", [FARAD, "-incoming", "file:" + htm])]:
            r = subprocess.run(argv + machine + COMMON + ["-serial", "mon:stdio"],
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
            said[who] = (r.returncode, re.sub(r"(?m)^(qemu-system-ppc64|farad): ", "",
                                              r.stderr.decode(errors="replace")).strip())
        ok(at > 0 and said["QEMU"] == said["farad"] and said["farad"][0] == 1 and
           "cap-htm higher level (1)" in said["farad"][1],
           "%s: a stream with %s is refused with QEMU's lines and exit status" % (tag, what),
           "%r" % said)

    # QEMU -> farad
    fout = os.path.join(tmp, tag + "-farad.mig")
    f = loaded([FARAD] + machine + COMMON, "file:" + qsrc)
    status = f.monitor("info status")
    tb_load = tb_of(f.monitor("info registers"))
    f.monitor("cont")
    good, up_f, text = shell(f, "f")
    ok("paused" in status and good,
       "%s: farad loads QEMU's stream; the shell answers (echo, /proc/uptime, ls /)" % tag,
       "status %r\n%s" % (status, text[-800:]))
    ok(up_q is not None and up_f is not None and up_q <= up_f <= up_q + 120,
       "%s: the guest's uptime continues under farad (%s s under QEMU, then %s s)"
       % (tag, up_q, up_f))
    time.sleep(0.5)
    f.monitor("stop")
    f.monitor('migrate "exec:cat > %s"' % fout)
    fregs = f.monitor("info registers")
    ferr = f.quit()

    qs, fs = Stream(qsrc), Stream(fout)
    shape = lambda s: sorted((k, s.versions.get(k), tuple(s.subs.get(k, []))) for k in s.secs)
    ok(shape(qs) == shape(fs) and qs.machine == fs.machine and len(fs.pages) == len(qs.pages),
       "%s: farad's stream has the sections, versions and subsections of QEMU's for the "
       "Linux guest (%d sections, %d pages)" % (tag, len(qs.secs), len(qs.pages)),
       "QEMU: %s\nfarad: %s\n%s" % (shape(qs), shape(fs), ferr))

    # farad -> QEMU
    back = os.path.join(tmp, tag + "-again.mig")
    q = loaded([QEMU] + machine + COMMON, "exec:cat " + fout)
    status = q.monitor("info status")
    qregs = q.monitor("info registers")
    q.monitor('migrate "exec:cat > %s"' % back)
    took = "paused" in status and os.path.exists(back)
    qerr = "" if took else q.quit()
    ok(took and "NIP" in fregs and norm_regs(qregs) == norm_regs(fregs),
       "%s: QEMU 7.2 -incoming takes farad's stream; its info registers are farad's" % tag,
       "status %r\nQEMU:\n%s\nfarad:\n%s\n%s" % (status, qregs, fregs, qerr))
    if not took:
        continue

    bs = Stream(back)
    zero = bytes(4096)
    diff = [hex(a) for a in sorted(set(fs.pages) | set(bs.pages))
            if fs.pages.get(a, zero) != bs.pages.get(a, zero)]
    ok(fs.machine == bs.machine and not diff and len(fs.pages) == len(bs.pages),
       "%s: QEMU's migrate of the reloaded guest: the same RAM (%d pages)" % (tag, len(bs.pages)),
       "pages differ at %s" % diff[:10])
    ok(fs.shift == bs.shift and fs.valid_hpt() == bs.valid_hpt() and len(fs.valid_hpt()) > 0,
       "%s: the same HPT (shift %s, %d valid entries)" % (tag, bs.shift, len(bs.valid_hpt())))
    for k, v in list(bs.secs.items()):   # QEMU's own CPU_INTERRUPT_EXITTB
        if k[0] == "cpu_common" and len(v) >= 8:
            bs.secs[k] = v[:7] + bytes([v[7] & ~4]) + v[8:]
    strip = lambda k, v: v[16:] if k[0] == "spapr" else v
    bad = [k for k in sorted(set(fs.secs) | set(bs.secs)) if k[0] not in CLOCKS and
           strip(k, fs.secs.get(k, b"")) != strip(k, bs.secs.get(k, b""))]
    ok(not bad and set(fs.secs) == set(bs.secs),
       "%s: every device section equal to farad's (%d sections; host-clock fields aside)"
       % (tag, len(bs.secs)), "differ: %s" % bad)

    q.monitor("cont")
    good, up_b, text = shell(q, "b")
    qerr = q.quit()
    ok(good, "%s: after the move back the shell answers under QEMU 7.2" % tag,
       text[-800:] + qerr)
    # the guest's time when farad stopped: QEMU's uptime, plus what farad's
    # timebase (512 MHz) advanced from the load to the stop
    at_stop = None
    if None not in (up_q, tb_load, tb_of(fregs)):
        at_stop = up_q + (tb_of(fregs) - tb_load) / 512e6
    ok(up_b is not None and at_stop is not None and at_stop <= up_b <= at_stop + 10,
       "%s: and its uptime continues from farad's timebase (%s s at farad's stop, then %s s)"
       % (tag, at_stop and round(at_stop, 2), up_b))



# A guest farad booted moves to QEMU: farad's stream must carry what
# QEMU's spapr reset puts in every CPU's LPCR and a guest cannot change
# (LPES0: external interrupts to the partition; without it QEMU sends the
# console's interrupts to a hypervisor, and the shell never answers).
def farad_booted(tag, machine, out):
    e = Emu([FARAD] + machine + COMMON + ["-kernel", KERNEL, "-initrd", INITRD,
                                          "-append", "quiet console=hvc0"])
    tb = None
    try:
        up = e.read_until(PROMPT, 300)
        res = shell(e, "f") if up else (False, None, e.text())
        time.sleep(0.5)   # the shell idle at its prompt
        e.monitor("stop")
        tb = tb_of(e.monitor("info registers"))
        e.monitor('migrate "exec:cat > %s"' % out)
    except OSError as x:
        res = (False, None, "%s" % x)
    booted[tag] = (res, tb, e.quit())


FARAD_BOOTED = [("p28", MACHINES[1][1]), ("p72", ["-M", "pseries-7.2,x-vof=on"])]
booted = {}
threads = [threading.Thread(target=farad_booted,
                            args=(tag, m, os.path.join(tmp, tag + "-booted.mig")))
           for tag, m in FARAD_BOOTED]
for t in threads:
    t.start()
for t in threads:
    t.join()
for tag, machine in FARAD_BOOTED:
    (good, up_f, text), tb_f, err = booted[tag]
    fout = os.path.join(tmp, tag + "-booted.mig")
    answered, tb_q = False, None
    if good and os.path.exists(fout):
        q = loaded([QEMU] + machine + COMMON, "exec:cat " + fout)
        tb_q = tb_of(q.monitor("info registers"))
        q.monitor("cont")
        answered, up_q, text = shell(q, "q")
        err = q.quit()
    ok(good and answered and tb_f is not None and tb_f == tb_q,
       "%s: Linux booted under farad moves to QEMU 7.2: the timebase as farad's at its "
       "stop (%s), and the shell answers" % (tag, tb_f), text[-800:] + err)

print("1..%d" % len(tap.results))
print("# %.1f s (QEMU boots %.1f s)" % (time.time() - t0, boot_secs))
shutil.rmtree(tmp, ignore_errors=True)
tap.exit()
