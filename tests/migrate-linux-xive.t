#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# A running Linux guest in XIVE mode moves QEMU 7.2 -> farad -> QEMU 7.2
# (issue 17), on pseries-7.2 (ic-mode=dual, its default: Linux 6.1's CAS
# picks XIVE and radix) with one CPU and with two, run live against
# qemu-system-ppc64 (the two boots run side by side):
#  - QEMU boots Debian's kernel with the busybox initramfs through VOF
#    (x-vof=on) to the shell on hvc0; /proc/interrupts names XIVE. With
#    two CPUs the console's interrupt is moved to CPU 1
#    (/proc/irq/N/smp_affinity: Linux's H_INT_SET_SOURCE_CONFIG, the EAS
#    now names CPU 1's END), so both CPUs take device interrupts and
#    IPIs. QEMU is stopped with every CPU in NOHZ idle (see below);
#    `migrate "exec:cat > F"`.
#  - farad (release build) -incoming file:F: the shell answers (echo of
#    a computation, /proc/uptime, /proc/interrupts; with two CPUs a
#    `taskset 2` run), its input by interrupt: the console's count on its
#    CPU went up (the hvc driver does not poll once it has its
#    interrupt), and with two CPUs both CPUs' IPI counts went up. What
#    carries that: spapr-xive's EAS and END table (event queues in guest
#    RAM, their index and generation bit), each CPU's TIMA OS ring (CPPR,
#    CAM line), xive-source's PQ bits; a halted CPU whose LPCR has the
#    wake-up bits is ceded, not stopped (farad once kept CPU 1 asleep for
#    good). The uptime goes on from QEMU's and stays below farad's clock
#    at its stop. Then `stop`, `migrate`: the stream has every section,
#    version and subsection QEMU's had; radix (no HPT, the partition
#    table entry and LPCR as QEMU's); the console's END ((vCPU id << 3) |
#    priority 6) moved on in its queue.
#  - QEMU -incoming takes farad's stream: its `info registers` are
#    farad's, its own `migrate` of the reloaded guest equals farad's stream
#    section by section (RAM, HPT, every device section; spapr's
#    subsections too: option vector 5, the partition table entry, the
#    capabilities, the device tree), and after `cont` the shell answers
#    again by interrupt, its uptime continued from farad's timebase.
#  - A stopped secondary stays stopped: farad -smp 2 at SLOF's prompt
#    (CPU 1 never started; -icount shift=10 so that its reset DEC has
#    long expired): farad's stream has CPU 1 halted at 0x100 without
#    LPCR's wake-up bits, as QEMU's own stream of that machine, and QEMU
#    runs it so (SLOF answers; QEMU's stream after it still has CPU 1
#    there). farad once dispatched it before the save.
# Fields that legitimately differ between farad's stream and QEMU's
# re-migration: the host-clock ones (the timer section's offsets, the
# spapr/rtc offset from the host's time of day, spapr's timebase struct
# in host ticks and host time of day) and cpu_common's interrupt_request,
# where QEMU sets CPU_INTERRUPT_EXITTB itself when it loads a CPU. In
# `info registers` QEMU's HF (TCG's hflags) has no farad counterpart and
# QEMU 7.2's DECR after a TCG load is its own reset timer (7.2 neither
# saves nor loads the DEC under TCG), so both are left out.
# QEMU 7.2 drops the DEC on load, so its guest finds its timer again only
# when the kernel writes the DEC (its timer interrupt, or an interrupt
# taking it out of NOHZ idle): QEMU is stopped where every CPU's DEC is
# beyond one tick (retried in steps of 0.1 s), and farad where every CPU
# is ceded with its next timer 0.1 s away or more, or its DEC expired:
# farad's `migrate` has a ceded CPU whose decrementer expired take that
# interrupt first (docs/snapshots.md). With two CPUs farad's `stop` often
# lands with one CPU at work, its tick running, or ceded with a timer a
# few ticks away; QEMU 7.2 then never gives that CPU a timer interrupt
# again (Linux reports a hard lockup of it and the shell stops
# answering), as for a QEMU 7.2 -> QEMU 7.2 move of such a guest.
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
from qemustream import Emu, Stream, loaded, compare_streams, linux_guest_or_skip, walk

FARAD = release_farad("FARAD_LINUX_BIN")
QEMU, KERNEL, INITRD = linux_guest_or_skip()

tap = Tap()
ok = tap.ok
tmp = tempfile.mkdtemp(prefix="migrate-linux-xive-")
PROMPT = b"/ # "
TICK = 512000000 // 250   # the kernel's tick (HZ=250) in 512 MHz timebase ticks
TB_HZ = 512e6
FAR = 512000000 // 10   # 0.1 s: farad is stopped where no CPU's timer is nearer
LPCR = 8 + 256 + 32 + 8 + 318 * 8   # cpu: unused, gpr, crf, nip, spr[318]


def machine(ncpu):
    return ["-M", "pseries-7.2,x-vof=on", "-smp", str(ncpu), "-m", "256M", "-nodefaults",
            "-display", "none"]


def counts(text, what, ncpu):
    """The per-CPU counts of the /proc/interrupts row whose text holds
    what: (virq, [count per CPU]), or (None, None)."""
    m = re.search(r"\n *(\d+):%s +XIVE-[A-Z]+ +.*%s" % (r" +(\d+)" * ncpu, what), text)
    return (int(m.group(1)), [int(m.group(2 + i)) for i in range(ncpu)]) if m else (None, None)


def shell(e, who, ncpu):
    """At the guest's shell: a computation, /proc/uptime (with two CPUs a
    task on CPU 1), then /proc/interrupts. Returns (all answered, uptime,
    hvc counts, IPI counts, text)."""
    good = e.console(b"echo %s $((6*7))\n" % who.encode(), b"%s 42" % who.encode(), 60)
    good = good and e.read_until(PROMPT, 30)
    good = good and e.console(b"cat /proc/uptime%s\n" % (b"; taskset 2 echo on-cpu1"
                                                         if ncpu == 2 else b""), PROMPT, 60)
    text = e.text()
    m = re.search(r"\n(\d+\.\d+) \d+\.\d+\n", text)
    up = float(m.group(1)) if m else None
    good = good and (ncpu == 1 or "\non-cpu1" in text)
    good = good and e.console(b"cat /proc/interrupts\n", PROMPT, 60)
    text += e.text()
    hvc, ipi = counts(text, "hvc_console", ncpu)[1], counts(text, "IPI-0", ncpu)[1]
    return bool(good and up is not None and hvc and ipi), up, hvc, ipi, text


def tb_of(regs):
    m = re.search(r"\nTB [0-9]+ ([0-9]+)", regs)
    return int(m.group(1)) if m else None


def dec_of(regs):
    m = re.search(r"DECR ([0-9]+)", regs)
    return int(m.group(1)) if m else None


def norm_regs(s):
    return re.sub(r"DECR [0-9]+", "", re.sub(r"HF [0-9a-f]+ ", "", s))


def idle(decs):
    return all(d is not None and TICK < d < 1 << 55 for d in decs)


def stop_idle(e, ncpu):
    """`stop` QEMU where every CPU's kernel tick is stopped (NOHZ idle:
    DEC beyond one tick). Returns (attempts, the DECs)."""
    for n in range(1, 41):
        e.monitor("stop")
        decs = []
        for i in reversed(range(ncpu)):   # CPU 0 the monitor's CPU again
            e.monitor("cpu %d" % i)
            decs.insert(0, dec_of(e.monitor("info registers")))
        if idle(decs):
            break
        e.monitor("cont")
        time.sleep(0.1)
    return n, decs


def farad_stop_idle(e, ncpu):
    """`stop` farad where every CPU is ceded (halted in H_CEDE) with its
    next timer at least FAR away or its DEC expired (then it takes that
    interrupt before the save). QEMU 7.2 drops the DEC: a CPU stopped in
    the middle of work with its tick running waits there for a timer
    interrupt that never comes (Linux's hard lockup detector reports
    it), and so, seen in 4 moves of 4, does a ceded CPU whose next timer
    was 16 ms away (none of 11 at 32 ms and beyond failed). Returns
    (attempts, the DECs)."""
    for n in range(1, 41):
        e.monitor("stop")
        halted = e.monitor("info cpus").count("(halted)") == ncpu
        decs = []
        for i in reversed(range(ncpu)):   # CPU 0 the monitor's CPU again
            e.monitor("cpu %d" % i)
            decs.insert(0, dec_of(e.monitor("info registers")))
        if halted and all(d is not None and d > FAR for d in decs):
            break
        e.monitor("cont")
        time.sleep(0.1)
    return n, decs


def end_word(secs, end, w):
    """Word w of END end in spapr-xive's endt (after nr_irqs and the
    8-byte EAS table), as the guest sees it (QEMU's x86 host byte order
    in the stream)."""
    off = 4 + 8 * 0x2000 + 32 * end + 4 * w
    return int.from_bytes(secs[("spapr-xive", 0)][off:off + 4], "little")


def eas(secs, lisn):
    off = 4 + 8 * lisn
    return int.from_bytes(secs[("spapr-xive", 0)][off:off + 8], "little")


def patb(s):
    """spapr's spapr_patb_entry subsection's payload (0x05, its name,
    version, the 8-byte entry), or None."""
    sp = s.secs.get(("spapr", 0), b"")
    at = sp.find(b"\x05\x10spapr_patb_entry")
    return sp[at + 22:at + 30] if at >= 0 else None


def boot(tag, ncpu, out):
    """QEMU 7.2 boots Linux to the shell (with two CPUs the console's
    interrupt moved to CPU 1), which answers; then its stream."""
    e = Emu([QEMU] + machine(ncpu) + ["-kernel", KERNEL, "-initrd", INITRD,
                                      "-append", "quiet console=hvc0"])
    res = {"good": False, "text": "", "err": ""}
    try:
        up = e.read_until(b"busybox shell", 300) and e.read_until(PROMPT, 30)
        virq = None
        if up and e.console(b"cat /proc/interrupts\n", PROMPT, 60):
            virq = counts(e.text(), "hvc_console", ncpu)[0]
        res["text"] = e.text()
        res["xive"] = "XIVE-IRQ" in res["text"] and "XIVE-IPI" in res["text"]
        if res["xive"] and virq is not None:
            if ncpu == 2:
                e.console(b"echo 2 > /proc/irq/%d/smp_affinity\n" % virq, PROMPT, 30)
            good, up, hvc, ipi, text = shell(e, "q", ncpu)
            res.update(good=good, up=up, hvc=hvc, ipi=ipi, text=text)
        time.sleep(0.5)   # the shell idle at its prompt
        res["tries"], res["decs"] = stop_idle(e, ncpu)
        e.monitor('migrate "exec:cat > %s"' % out)
    except OSError as x:
        res["text"] = "%s\n%s" % (e.text(), x)
    res["err"] = e.quit()
    results[tag] = res


SLOF_MACHINE = ["-M", "pseries-7.2", "-smp", "2", "-m", "256M", "-nodefaults", "-display",
                "none"]


def slof_stopped(out):
    """farad -smp 2 at SLOF's prompt, CPU 1 never started, at 2^10 ns per
    instruction so that CPU 1's reset DEC (0xffffffff, 8.4 s) expired long
    ago; then its stream."""
    e = Emu([FARAD, "-icount", "shift=10"] + SLOF_MACHINE)
    res = {"prompt": e.read_until(b"0 > ", 120)}
    e.monitor("stop")
    e.monitor("cpu 1")
    res["dec1"] = dec_of(e.monitor("info registers"))
    e.monitor("cpu 0")
    e.monitor('migrate "exec:cat > %s"' % out)
    res["err"] = e.quit()
    results["slof"] = res


t0 = time.time()
CONFIGS = [("smp1", 1), ("smp2", 2)]
results = {}
threads = [threading.Thread(target=boot, args=(tag, n, os.path.join(tmp, tag + "-qemu.mig")))
           for tag, n in CONFIGS]
for t in threads:
    t.start()
for t in threads:
    t.join()
boot_secs = time.time() - t0
# farad at SLOF's prompt with a stopped CPU 1 (checked at the end) runs
# while the Linux guests move
slof_thread = threading.Thread(target=slof_stopped, args=(os.path.join(tmp, "slof.mig"),))
slof_thread.start()

for tag, ncpu in CONFIGS:
    M = machine(ncpu)
    qsrc, fout, back = (os.path.join(tmp, tag + n) for n in ("-qemu.mig", "-farad.mig",
                                                              "-again.mig"))
    r = results[tag]
    # the CPU that takes the console's interrupt, and its END
    con = ncpu - 1
    good = r["good"] and r["hvc"][con] > 0
    ok(good, "%s: QEMU 7.2 boots Linux (pseries-7.2, -smp %d) to the busybox shell in XIVE "
       "mode (/proc/interrupts: XIVE-IPI, XIVE-IRQ)%s; the shell answers"
       % (tag, ncpu, "; the console's interrupt moved to CPU 1" if ncpu == 2 else ""),
       r["text"][-1500:] + r["err"],
       "uptime %s, hvc %s, IPIs %s" % (r.get("up"), r.get("hvc"), r.get("ipi")))
    ok(idle(r.get("decs", [None])) and os.path.exists(qsrc) and os.path.getsize(qsrc) > 0,
       "%s: QEMU's stream, stopped with every CPU in NOHZ idle at attempt %s (DECs %s)"
       % (tag, r.get("tries"), r.get("decs")), r["err"])
    if not good or not os.path.exists(qsrc):
        continue
    up_q, hvc_q, ipi_q = r["up"], r["hvc"], r["ipi"]

    # ---- QEMU -> farad ----
    f = loaded([FARAD] + M, "file:" + qsrc)
    status = f.monitor("info status")
    tb_load = tb_of(f.monitor("info registers"))
    f.monitor("cont")
    good, up_f, hvc_f, ipi_f, text = shell(f, "f", ncpu)
    ok("paused" in status and good,
       "%s: farad loads QEMU's stream; the shell answers (echo, /proc/uptime%s, "
       "/proc/interrupts)" % (tag, ", taskset 2" if ncpu == 2 else ""),
       "status %r\n%s" % (status, text[-1500:]))
    ok(good and hvc_f[con] > hvc_q[con] and sum(hvc_f) - hvc_f[con] == sum(hvc_q) - hvc_q[con],
       "%s: under farad the console's input comes by XIVE interrupt to CPU %d (hvc_console "
       "%s, then %s)" % (tag, con, hvc_q, hvc_f))
    if ncpu == 2:
        ok(good and all(ipi_f[i] > ipi_q[i] for i in (0, 1)),
           "%s: under farad both CPUs take IPIs (%s, then %s)" % (tag, ipi_q, ipi_f))
    time.sleep(0.5)
    fregs, ftries, fdecs = "", 0, [None]
    try:
        ftries, fdecs = farad_stop_idle(f, ncpu)
        f.monitor('migrate "exec:cat > %s"' % fout)
        # after the migrate: a ceded CPU whose DEC expired took it then
        fregs = f.monitor("info registers")
    except OSError:   # farad is gone
        pass
    ferr = f.quit()
    at_stop = None
    if tb_load is not None and tb_of(fregs) is not None and up_q is not None:
        at_stop = up_q + (tb_of(fregs) - tb_load) / TB_HZ
    ok(up_q is not None and up_f is not None and at_stop is not None and
       up_q <= up_f <= at_stop,
       "%s: the guest's uptime continues under farad (%s s under QEMU, then %s s, farad's "
       "clock at its stop %s s)" % (tag, up_q, up_f, at_stop and round(at_stop, 2)))

    ok(os.path.exists(fout) and os.path.getsize(fout) > 0 and
       all(d is not None and d > FAR for d in fdecs),
       "%s: farad's stream, stopped with every CPU ceded, its next timer 0.1 s away or more or "
       "its DEC expired, at attempt %d (DECs %s)" % (tag, ftries, fdecs), ferr)
    if not os.path.exists(fout) or not os.path.getsize(fout):
        continue
    qs, fs = Stream(qsrc), Stream(fout)
    shape = lambda s: sorted((k, s.versions.get(k), tuple(s.subs.get(k, []))) for k in s.secs)
    ok(shape(qs) == shape(fs) and qs.machine == fs.machine and len(fs.pages) == len(qs.pages),
       "%s: farad's stream has the sections, versions and subsections of QEMU's (%d "
       "sections, %d pages)" % (tag, len(qs.secs), len(qs.pages)),
       "QEMU: %s\nfarad: %s\n%s" % (shape(qs), shape(fs), ferr))
    lpcr = lambda s, i: s.secs.get(("cpu", i), b"")[LPCR:LPCR + 8]
    ok(qs.shift == fs.shift == -1 and patb(qs) and patb(fs) == patb(qs) and
       all(lpcr(fs, i) == lpcr(qs, i) for i in range(ncpu)),
       "%s: radix: no HPT, spapr's partition table entry (%s) and every CPU's LPCR (%s) as "
       "QEMU's" % (tag, patb(fs) and patb(fs).hex(), lpcr(fs, 0).hex()),
       "shift %s/%s patb %s/%s lpcr %s %s" % (qs.shift, fs.shift, patb(qs), patb(fs),
                                            [lpcr(qs, i).hex() for i in range(ncpu)],
                                            [lpcr(fs, i).hex() for i in range(ncpu)]))
    # the console's source (0x1100) routed to END (vCPU id << 3) | 6 of
    # its CPU, valid and unmasked; that END's queue moved on: its index
    # (w1 bits 10-31, with the generation bit) is not QEMU's any more
    end = con << 3 | 6
    route = eas(fs.secs, 0x1100)
    ok(route == eas(qs.secs, 0x1100) and route >> 63 and (route >> 32) & 0xffffff == end and
       not route & 0x80000000 and end_word(fs.secs, end, 0) & 0xc0000000 == 0xc0000000 and
       end_word(fs.secs, end, 1) != end_word(qs.secs, end, 1),
       "%s: XIVE: EAS 0x1100 routes to END %d (CPU %d, priority 6), valid and enqueuing; its "
       "queue index moved on under farad (w1 %08x, then %08x)"
       % (tag, end, con, end_word(qs.secs, end, 1), end_word(fs.secs, end, 1)),
       "EAS %016x" % route)

    # ---- farad -> QEMU ----
    q = loaded([QEMU] + M, "exec:cat " + fout)
    status = q.monitor("info status")
    qregs = q.monitor("info registers")
    q.monitor('migrate "exec:cat > %s"' % back)
    took = "paused" in status and os.path.exists(back)
    ok(took and "NIP" in fregs and norm_regs(qregs) == norm_regs(fregs),
       "%s: QEMU 7.2 -incoming takes farad's stream; its info registers are farad's" % tag,
       "status %r\nQEMU:\n%s\nfarad:\n%s" % (status, qregs, fregs))
    if took:
        qsec = compare_streams(ok, "%s: Linux in XIVE mode" % tag, fout, back)
        strip = lambda s: s.get(("spapr", 0), b"")[16:]
        ok(strip(fs.secs) == strip(qsec) and strip(qsec),
           "%s: spapr's subsections (option vector 5, partition table entry, capabilities, "
           "device tree) equal" % tag)
        q.monitor("cont")
        good, up_b, hvc_b, ipi_b, text = shell(q, "b", ncpu)
        ok(good and hvc_f is not None and hvc_b[con] > hvc_f[con],
           "%s: after the move back the shell answers under QEMU 7.2, its input by interrupt "
           "to CPU %d (hvc_console %s, then %s)" % (tag, con, hvc_f, hvc_b), text[-1500:])
        ok(up_b is not None and at_stop is not None and at_stop <= up_b <= at_stop + 10,
           "%s: and its uptime continues from farad's timebase (%s s at farad's stop, then "
           "%s s)" % (tag, at_stop and round(at_stop, 2), up_b))
    q.quit()
    print("# %s done at %.1f s" % (tag, time.time() - t0))

# ---- a stopped secondary stays stopped ----
# QEMU's own stream of the same machine before it runs (CPU 1 likewise
# never started) is the reference for CPU 1's halted flag and LPCR's
# wake-up bits (QEMU's lpcr_pm, 0x1f000 on POWER9)
slof_thread.join()
r = results["slof"]
slof, ref = os.path.join(tmp, "slof.mig"), os.path.join(tmp, "slof-ref.mig")
q = Emu([QEMU] + SLOF_MACHINE + ["-S"])
q.monitor('migrate "exec:cat > %s"' % ref)
q.quit()
PECE = 0x1f000
cpu1 = lambda secs: (secs[("cpu_common", 1)][:4], secs[("cpu", 1)][8 + 256 + 32:8 + 256 + 40],
                     int.from_bytes(secs[("cpu", 1)][LPCR:LPCR + 8], "big") & PECE)
fsec = walk(slof)[3] if os.path.exists(slof) else None
want = cpu1(walk(ref)[3])
ok(r["prompt"] and r["dec1"] is not None and r["dec1"] >> 63 and fsec and cpu1(fsec) == want,
   "farad -smp 2 at SLOF's prompt, CPU 1 never started and its DEC expired (%s): farad's "
   "stream has it halted at 0x100 without LPCR's wake-up bits, as QEMU's (%s)"
   % (r["dec1"], want), "%s\n%s" % (fsec and cpu1(fsec), r["err"]))
if fsec:
    # QEMU runs it: SLOF answers, and QEMU's own stream afterwards still
    # has CPU 1 where farad's had it
    again = os.path.join(tmp, "slof-again.mig")
    q = loaded([QEMU] + SLOF_MACHINE, "exec:cat " + slof)
    q.monitor("cont")
    answered = q.console(b"\r", b"ok\r\n0 > ", 30)
    text = q.text()
    q.monitor("stop")
    q.monitor('migrate "exec:cat > %s"' % again)
    q.quit()
    qsec = walk(again)[3] if os.path.exists(again) else None
    ok(answered and qsec and cpu1(qsec) == want,
       "QEMU 7.2 runs farad's stream: SLOF answers at its prompt, and QEMU's own stream after "
       "it still has CPU 1 halted at 0x100", "%s\n%s" % (text[-300:], qsec and cpu1(qsec)))

print("1..%d" % len(tap.results))
print("# %.1f s (QEMU boots %.1f s)" % (time.time() - t0, boot_secs))
shutil.rmtree(tmp, ignore_errors=True)
tap.exit()
