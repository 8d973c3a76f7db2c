#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Snapshots from the command line (docs/snapshots.md), issue 5's acceptance:
#  - SLOF saved in the middle of its boot (-savevm-at) and resumed in a
#    fresh process (-loadvm) continues to its prompt and answers the
#    keyboard: the output before the save plus the resumed output equals an
#    uninterrupted run's, and the state hashes at a fixed count after the
#    prompt are equal; the same for the two-CPU guest smp-ipi, compared at
#    its power-off; a two-CPU fixture from before the machine had one
#    clock ("machine" section version 1) resumes smp-ipi to its output.
#  - hpt-resize saved every 6000 instructions (HPTs of three sizes, a
#    prepared resize pending, a resized table before any H_ENTER) resumes each time to the uninterrupted
#    output and final state hash.
#  - the xive guest (XIVE after CAS on ic-mode=dual) saved at 16 points
#    resumes each time to the uninterrupted output and final state hash;
#    the saves hold its routing (sections xive, xive/tctx).
#  - vof-client (x-vof=on) saved every 7000 instructions, in the middle of
#    its client-interface calls, resumes each time to the uninterrupted
#    output and final state hash (section spapr/vof).
#  - the committed fixture databases of every schema version load into
#    this farad and run to the end with the uninterrupted output; a
#    pseries-2.7 snapshot refused by a pseries-2.8 machine (and the
#    reverse) with QEMU's machine-type message.
#  - SPRs saved by name: show NAME cpu lists them by name; the committed
#    version-1 fixture (SPRs by slot number) resumes spr-keep to the
#    recorded output and to the state of its own final snapshot.
#  - farad-snap: list, info, show (QEMU's reset NIP, the PHB's buid), diff
#    (a code page patched by mem-ops' self-modifying test, disassembled as
#    cstool does), verify (a corrupted page blob: one line naming it), gc
#    after delete, export-qemu byte-identical to QEMU 7.2's pseries-2.8 PHB
#    section, import-qemu of QEMU's p27.mig.gz.
#  (SIGKILL in the middle of a save, a delete or a gc: snapshot-crash.t.)
# TAP output. Uses the release build (build/farad) when present, as
# slof.t does; FARAD_SNAPSHOT_BIN overrides.
import os, re, shutil, sqlite3, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import Session as FaradSession, Tap

SRC = os.environ.get("FARAD_SRC", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FARAD = os.environ.get("FARAD_SNAPSHOT_BIN") or (
    os.path.join(SRC, "build/farad") if os.path.exists(os.path.join(SRC, "build/farad"))
    else os.environ.get("FARAD_BIN", os.path.join(SRC, "build/farad")))
SNAP = os.path.join(os.path.dirname(FARAD), "farad-snap")
GUEST = os.path.join(SRC, "tests/guest/out")
EXPECTED = os.path.join(SRC, "tests/guest/expected")
QEMU_MIG = "/work/shared/fixtures/qemu-7.2/mig"
if not os.path.isdir(QEMU_MIG):
    QEMU_MIG = os.path.join(SRC, "tests/snap/fixtures")   # the same files, committed
SLOF = "/usr/share/qemu/slof.bin"
TIMEOUT = 300

tap = Tap()
ok, skip = tap.ok, tap.skip

# The RTC base is the host's UTC time at start unless pinned: it is
# machine state, so runs whose state hashes are compared pin it.
PIN_RTC = ["-rtc", "base=2000-01-01"]

def run(args, stdin=b""):
    """farad ARGS -> (status, stdout bytes, stderr text, seconds)."""
    t = time.time()
    p = subprocess.run([FARAD] + args + PIN_RTC, input=stdin, capture_output=True,
                       timeout=TIMEOUT, env=dict(os.environ, FARAD_STATS="1"))
    return p.returncode, p.stdout, p.stderr.decode(errors="replace"), time.time() - t

def snap(*args):
    """farad-snap ARGS -> (status, stdout text, stderr text)."""
    p = subprocess.run([SNAP] + list(args), capture_output=True, timeout=TIMEOUT)
    return (p.returncode, p.stdout.decode(errors="replace"),
            p.stderr.decode(errors="replace"))

def hashes(db):
    """{name: (icount, state hash)} read with SQL (docs/snapshots.md)."""
    c = sqlite3.connect(db)
    try:
        return {n: (i, h) for n, i, h in
                c.execute("SELECT name, icount, state_hash FROM snapshot")}
    finally:
        c.close()

def has_snapshot(db, name):
    try:
        c = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=5)
        try:
            return c.execute("SELECT 1 FROM snapshot WHERE name = ?", (name,)).fetchone() is not None
        finally:
            c.close()
    except sqlite3.Error:
        return False

def guest(name):
    return os.path.join(GUEST, name + ".bin")

def guest_or_skip(name, names):
    """The guest program's image, or None after skipping the tests names
    when the guest programs are not built."""
    img = guest(name)
    if not os.path.exists(img):
        for n in names:
            skip(n, "guest programs not built")
        return None
    return img

def expected(name):
    with open(os.path.join(EXPECTED, name + ".txt"), "rb") as f:
        return f.read()

class Session(FaradSession):
    """farad ARGS at the console (tests/lib/faradtest.py), plus waiting for
    a snapshot to be committed while the machine runs on."""
    def __init__(self, args):
        super().__init__(FARAD, args + PIN_RTC, TIMEOUT)

    def wait_db(self, db, name):
        """Until snapshot NAME is committed to db (the machine runs on)."""
        end = self.start + TIMEOUT
        while not has_snapshot(db, name):
            if time.time() > end or self.p.poll() is not None:
                return False
            time.sleep(0.05)
        return True

# ---- SLOF saved mid-boot, resumed in a fresh process ----

SLOF_ARGS = ["-M", "pseries-2.8", "-m", "1G", "-nodefaults", "-nographic",
             "-serial", "mon:stdio", "-bios", SLOF]
SLOF_MID = 1500000000    # SLOF is at its prompt after about 3.26e9
SLOF_END = 3500000000    # a fixed count at the prompt, before any key

def slof_interact(s, db):
    """Prompt, state saved at SLOF_END, then 1 2 + . and power-off."""
    good = s.wait_for(b"0 > ") and s.wait_db(db, "end")
    if good:
        s.type(b"1 2 + .\r")
        good = s.wait_for(b"3  ok")
    if good:
        s.type(b"power-off\r")
    else:
        s.p.kill()
    return s.finish() == 0 and good

def slof_resume(tmp):
    names = ["SLOF: uninterrupted run to the prompt, 1 2 + . and power-off",
             "SLOF: -savevm-at mid-boot stops there",
             "SLOF: -loadvm in a fresh process continues to the prompt and answers",
             "SLOF: output before the save + resumed output == uninterrupted output",
             "SLOF: state hash at the save point and at the prompt (before any key) "
             "== the uninterrupted run's",
             "SLOF: a corrupted page blob fails verify with one line naming it, "
             "and -loadvm refuses it leaving the file unchanged"]
    if not os.path.exists(SLOF):
        for n in names:
            skip(n, "%s not installed (package qemu-system-data)" % SLOF)
        return None
    ref_db, db = os.path.join(tmp, "slof-ref.db"), os.path.join(tmp, "slof.db")
    ref = Session(SLOF_ARGS + ["-snapshot-db", ref_db, "-savevm-at", "%d:mid" % SLOF_MID,
                               "-savevm-at", "%d:end" % SLOF_END])
    ok(slof_interact(ref, ref_db), names[0], ref.tail())

    rc, pre, err, t_first = run(SLOF_ARGS + ["-snapshot-db", db, "-savevm-at",
                                             "%d:mid" % SLOF_MID, "-max-insns", str(SLOF_MID)])
    ok(rc == 3 and has_snapshot(db, "mid"), names[1], "status %d\n%s" % (rc, err))

    res = Session(SLOF_ARGS + ["-snapshot-db", db, "-loadvm", "mid",
                               "-savevm-at", "%d:end" % SLOF_END])
    ok(slof_interact(res, db), names[2], res.tail())
    ok(pre + res.out == ref.out, names[3],
       "uninterrupted ends: %r\npre + resumed ends: %r" % (ref.out[-200:], (pre + res.out)[-200:]))
    hr, hs = hashes(ref_db), hashes(db)
    ok(hr.get("mid") and hr.get("mid") == hs.get("mid") and
       hr.get("end") and hr.get("end") == hs.get("end"), names[4],
       "uninterrupted %r\nsaved/resumed %r" % (hr, hs))

    # numbers: load alone, and load + save of the same state
    size = os.path.getsize(db)
    _, _, _, t_load = run(SLOF_ARGS + ["-snapshot-db", db, "-loadvm", "mid",
                                       "-max-insns", str(SLOF_MID)])
    cp = os.path.join(tmp, "slof-copy.db")
    shutil.copy(db, cp)
    _, _, _, t_boot = run(SLOF_ARGS + ["-max-insns", "1"])
    # the same state saved again under a new name (pages shared)
    _, _, _, t_ls = run(SLOF_ARGS + ["-snapshot-db", cp, "-loadvm", "mid",
                                     "-savevm-at", "%d:again" % SLOF_MID,
                                     "-max-insns", str(SLOF_MID)])
    info = snap(db, "info", "mid")[1]
    npages = re.search(r"RAM pages\s+(\d+)", info)
    print("# SLOF numbers: file with mid+end %.1f MiB (mid: %s non-zero pages); "
          "process start %.2f s; start + load %.2f s; start + load + save under a new "
          "name (pages shared) %.2f s; first run to 1.5e9 + save %.1f s"
          % (size / 1048576.0, npages.group(1) if npages else "?", t_boot, t_load,
             t_ls, t_first))
    return db

def slof_corrupt(tmp, db):
    name = "SLOF: a corrupted page blob fails verify with one line naming it, " \
           "and -loadvm refuses it leaving the file unchanged"
    if not db:
        return
    bad = os.path.join(tmp, "slof-bad.db")
    shutil.copy(db, bad)
    rc, out, err = snap(bad, "verify")
    good_ok = rc == 0 and out.strip().endswith("ok")
    c = sqlite3.connect(bad)
    pid = c.execute("SELECT p.id FROM page p JOIN ram_page r ON r.page = p.id JOIN "
                    "ram_block b ON r.block = b.id JOIN snapshot n ON b.snapshot = n.id "
                    "WHERE n.name = 'mid' ORDER BY r.idx LIMIT 1").fetchone()[0]
    data = bytearray(c.execute("SELECT data FROM page WHERE id = ?", (pid,)).fetchone()[0])
    data[100] ^= 0x40
    c.execute("UPDATE page SET data = ? WHERE id = ?", (bytes(data), pid))
    c.commit()
    c.close()
    rc2, out2, err2 = snap(bad, "verify")
    problems = [l for l in out2.splitlines() if l.startswith("page %d: " % pid) and
                "'mid' at 0x" in l]
    with open(bad, "rb") as f:
        before = f.read()
    rc3, _, err3, _ = run(SLOF_ARGS + ["-snapshot-db", bad, "-loadvm", "mid",
                                       "-max-insns", str(SLOF_MID + 1000)])
    with open(bad, "rb") as f:
        after = f.read()
    ok(good_ok and rc2 == 1 and len(problems) == 1 and len(out2.splitlines()) == 1 and
       rc3 == 1 and
       len(err3.strip().splitlines()) == 1 and "hash" in err3 and before == after, name,
       "verify of the good copy: %d %s\nverify of the corrupted one: %d\n%s%s\n"
       "-loadvm: %d %s" % (rc, out, rc2, out2, err2, rc3, err3))

# ---- two CPUs ----

SMP_ARGS = ["-M", "pseries-7.2", "-m", "512M", "-nographic", "-smp", "2"]

def run_final(args):
    """One uninterrupted run of args: status, output, error text and the
    final instruction count it reports (0 when none)."""
    rc, out, err, _ = run(args)
    m = re.search(r"icount (\d+)", err)
    return rc, out, err, int(m.group(1)) if m else 0

def smp_resume(tmp):
    names = ["smp-ipi -smp 2: saved mid-run, resumed: identical output",
             "smp-ipi -smp 2: final state hash (-savevm-at at the power-off count) "
             "== the uninterrupted run's"]
    img = guest_or_skip("smp-ipi-be", names)
    if not img:
        return None
    ref_db, db = os.path.join(tmp, "smp-ref.db"), os.path.join(tmp, "smp.db")
    rc, out, err, final = run_final(SMP_ARGS + ["-bios", img])
    mid = final // 2 + 1     # odd: lands inside an SMP round
    run(SMP_ARGS + ["-bios", img, "-snapshot-db", ref_db, "-savevm-at", "%d:end" % final])
    rc1, pre, err1, _ = run(SMP_ARGS + ["-bios", img, "-snapshot-db", db,
                                        "-savevm-at", "%d:mid" % mid, "-max-insns", str(mid)])
    rc2, post, err2, _ = run(SMP_ARGS + ["-bios", img, "-snapshot-db", db, "-loadvm", "mid",
                                         "-savevm-at", "%d:end" % final])
    ok(rc == 0 and out == expected("smp-ipi-be") and rc1 == 3 and rc2 == 0 and
       pre + post == out and 0 < len(pre) < len(out), names[0],
       "final icount %d, mid %d; statuses %d %d %d\n%s%s%s" % (final, mid, rc, rc1, rc2,
                                                               err, err1, err2))
    hr, hs = hashes(ref_db), hashes(db)
    ok(hr.get("end") and hr.get("end") == hs.get("end") and hr["end"][0] == final,
       names[1], "uninterrupted %r\nresumed %r" % (hr, hs))
    return db

SMP_V1_PRE = 5   # tests/snap/fixtures/machine1-smp2.txt: lines printed before 'mid'

def smp_machine_v1(tmp):
    name = ("tests/snap/fixtures/machine1-smp2.db (machine section version 1, two "
            "CPUs saved inside a round) -loadvm mid runs smp-ipi to the recorded output")
    if not os.path.exists(guest("hello-be")):
        skip(name, "guest programs not built")
        return
    fx = os.path.join(tmp, "machine1-smp2.db")
    shutil.copy(os.path.join(SRC, "tests/snap/fixtures/machine1-smp2.db"), fx)
    # (-nodefaults -serial stdio: the fixture's machine, made before farad
    # had QEMU's default NIC and VSCSI adapter)
    rc, post, err, _ = run(SMP_ARGS + ["-nodefaults", "-serial", "stdio",
                                       "-bios", guest("hello-be"),
                                       "-snapshot-db", fx, "-loadvm", "mid"])
    want = expected("smp-ipi-be").split(b"\n", SMP_V1_PRE)[SMP_V1_PRE]
    ok(rc == 0 and post == want, name,
       "status %d\n%s\nresumed output %r" % (rc, err, post[-300:]))

# ---- HPT resizing: the table's size and a prepared resize ----

HPT_ARGS = ["-M", "pseries-7.2", "-m", "512M", "-nographic", "-cpu", "POWER8"]
HPT_STEP = 6000   # a save point every HPT_STEP instructions, and
HPT_EARLY = range(40500, 42000, 250)   # densely where the table was
# resized before any H_ENTER (a save there without the table's bytes
# resumed with free slots reading 0x40 instead of 0: caught at 41000-
# 41500). Each save stores the 4 MiB table: more points cost minutes.

def snap_value(db, name, section, field):
    rc, out, _ = snap(db, "show", name, section)
    for line in out.splitlines():
        f = line.split()
        if len(f) >= 6 and f[0] == section and f[3] == field:
            return int(f[-1], 16)
    return None

def resume_each(tmp, tag, args, out, final, points):
    """Saves the run of args at final (TAG-ref.db) and at every point
    (TAG.db), then resumes each point in a fresh process up to final.
    Returns TAG.db and the failures: a point whose output before the save
    plus the resumed output is not out, or whose final state hash is not
    the uninterrupted run's."""
    ref_db, db = os.path.join(tmp, "%s-ref.db" % tag), os.path.join(tmp, "%s.db" % tag)
    run(args + ["-snapshot-db", ref_db, "-savevm-at", "%d:end" % final])
    run(args + ["-snapshot-db", db] +
        sum((["-savevm-at", "%d:s%d" % (p, p)] for p in points), []))
    bad = []
    for p in points:
        _, pre, _, _ = run(args + ["-max-insns", str(p)])
        rc2, post, err2, _ = run(args + ["-snapshot-db", db, "-loadvm", "s%d" % p,
                                         "-savevm-at", "%d:end%d" % (final, p)])
        if rc2 != 0 or pre + post != out:
            bad.append("s%d: status %d, %r + %r\n%s" % (p, rc2, pre[-80:], post[:80], err2))
    hr, hs = hashes(ref_db), hashes(db)
    bad += ["end%d: hash %r, uninterrupted %r" % (p, hs.get("end%d" % p), hr.get("end"))
            for p in points if not hr.get("end") or hs.get("end%d" % p) != hr["end"]]
    return db, bad

def hpt_resize_resume(tmp):
    names = ["hpt-resize: saved every %d instructions (HPT of 2, 4 and 8 MiB, a "
             "prepared resize pending, resized before any H_ENTER), each resumed: "
             "identical output and final state hash" % HPT_STEP,
             "hpt-resize: the save points include a resized HPT and a pending "
             "prepare (spapr hpt_pending_shift, spapr/htab htab_bytes)"]
    img = guest_or_skip("hpt-resize-be", names)
    if not img:
        return
    args = HPT_ARGS + ["-bios", img]
    rc, out, err, final = run_final(args)
    points = sorted(set(range(HPT_STEP, final, HPT_STEP)) |
                    {p for p in HPT_EARLY if p < final})
    db, bad = resume_each(tmp, "hpt", args, out, final, points)
    ok(rc == 0 and out == expected("hpt-resize-on-be") and points and not bad, names[0],
       "status %d, %d points\n%s" % (rc, len(points), "\n".join(bad[:5])))
    pending = [p for p in points if snap_value(db, "s%d" % p, "spapr", "hpt_pending_shift")]
    sizes = {snap_value(db, "s%d" % p, "spapr/htab", "htab_bytes") for p in points}
    ok(pending and {0x200000, 0x400000, 0x800000} <= sizes, names[1],
       "pending at %r, sizes %r" % (pending, sizes))

# ---- XIVE: the xive guest saved all along its run ----

XIVE_ARGS = ["-M", "pseries-7.2,ic-mode=dual", "-m", "512M", "-nodefaults",
             "-nographic", "-serial", "stdio"]
XIVE_POINTS = 16

def xive_resume(tmp):
    names = ["xive (dual, XIVE after CAS): saved at %d points, each resumed: "
             "identical output and final state hash" % XIVE_POINTS,
             "xive: the save points hold the sections xive (routed EAS, "
             "a queue-writing END) and xive/tctx"]
    img = guest_or_skip("xive-be", names)
    if not img:
        return
    args = XIVE_ARGS + ["-bios", img]
    rc, out, err, final = run_final(args)
    points = [final * i // (XIVE_POINTS + 1) + 1 for i in range(1, XIVE_POINTS + 1)]
    db, bad = resume_each(tmp, "xive", args, out, final, points)
    ok(rc == 0 and out.endswith(b"exit 0\n") and final and not bad, names[0],
       "status %d, final %d\n%s" % (rc, final, "\n".join(bad[:5])))
    routed = [p for p in points
              if (snap_value(db, "s%d" % p, "xive", "eas[0]") or 0) & 0x80000000 == 0
              and snap_value(db, "s%d" % p, "xive", "eas[0]")]
    queued = [p for p in points
              if (snap_value(db, "s%d" % p, "xive", "endt[6].w[0]") or 0) & 0x40000000]
    _, tctx, _ = snap(db, "show", "s%d" % points[-1], "xive/tctx")
    ok(routed and queued and "regs" in tctx, names[1],
       "routed at %r, queue on at %r\n%s" % (routed, queued, tctx))

# ---- x-vof=on: the client interface's state (spapr/vof) ----

# QEMU's command line of the expected output (tests/guest/record-expected.sh)
VOF_ARGS = ["-M", "pseries-7.2", "-m", "512M", "-nodefaults", "-nographic", "-serial", "stdio",
            "-machine", "x-vof=on"]
VOF_STEP = 7000   # some 30 save points over vof-client's run

def vof_client_resume(tmp):
    name = ("vof-client (x-vof=on) saved every %d instructions, in the middle of "
            "its client-interface calls (claims, open instances, setprop, CAS, "
            "quiesce), each resumed: identical output and final state hash" % VOF_STEP)
    img = os.path.join(GUEST, "vof-client-be.elf")
    if not os.path.exists(img) or not os.path.exists("/usr/share/qemu/vof.bin"):
        skip(name, "vof-client or /usr/share/qemu/vof.bin missing")
        return
    args = VOF_ARGS + ["-kernel", img]
    rc, out, err, final = run_final(args)
    points = list(range(VOF_STEP, final, VOF_STEP))
    db, bad = resume_each(tmp, "vof", args, out, final, points)
    ok(rc == 0 and out == expected("vof-client-p72-be") and points and not bad, name,
       "status %d, %d points\n%s" % (rc, len(points), "\n".join(bad[:5])))

# ---- fixtures of every schema version; machine types ----

def fixtures(tmp):
    img = guest("calls-be")
    fx_dir = os.path.join(SRC, "tests/snap/fixtures")
    versions = sorted(int(m.group(1)) for m in
                      (re.match(r"schema(\d+)\.db$", f) for f in os.listdir(fx_dir)) if m)
    if not os.path.exists(img):
        skip("schema fixtures", "guest programs not built")
        return
    want = expected("calls-be")
    _, pre, _, _ = run(["-M", "pseries-2.8", "-nographic", "-bios", img, "-max-insns", "200000"])
    for v in versions:
        db = os.path.join(tmp, "schema%d.db" % v)
        shutil.copy(os.path.join(fx_dir, "schema%d.db" % v), db)
        # -nodefaults -serial stdio: the fixtures' machine, made before
        # farad had QEMU's default NIC and VSCSI adapter (docs/net.md, vio.md)
        rc, post, err, _ = run(["-M", "pseries-2.8", "-nographic", "-nodefaults",
                                "-serial", "stdio", "-bios", img,
                                "-snapshot-db", db, "-loadvm", "mid"])
        c = sqlite3.connect(db)
        uv = c.execute("PRAGMA user_version").fetchone()[0]
        c.close()
        vrc, vout, _ = snap(db, "verify")
        ok(rc == 0 and pre + post == want and vrc == 0 and uv == max(versions),
           "tests/snap/fixtures/schema%d.db (written by schema %d): upgraded in place to "
           "%d, verifies, -loadvm mid runs calls-be to the end with the uninterrupted "
           "output" % (v, v, max(versions)),
           "status %d, user_version %d, verify %d %s\n%s\nresumed output ends %r"
           % (rc, uv, vrc, vout, err, post[-200:]))

# ---- SPRs by name (cpu section version 2; 3 adds the SLB, 4 the VSRs) ----

SPR_ARGS = ["-M", "pseries-7.2", "-m", "256M", "-nodefaults", "-nographic",
            "-serial", "stdio"]
SPR_MID, SPR_END = 400000, 748038   # tests/snap/fixtures/cpu1-spr.txt

def spr_by_name(tmp):
    names = ["show NAME cpu lists the SPRs by name (mmcr0, pmc1, dsisr_hi, ...), "
             "section version 4, no slot numbers",
             "tests/snap/fixtures/cpu1-spr.db (cpu section version 1, SPRs by slot) "
             "-loadvm mid runs spr-keep to the end with the recorded output",
             "cpu1-spr.db: the resumed final state == the fixture's own final "
             "snapshot 'end' (state hashes of both saved by this farad)",
             "show NAME cpu of the version-1 fixture names the SPR each stored slot "
             "loads into (spr_misc[19] -> mmcr0)"]
    img = guest("spr-keep-be")
    if not os.path.exists(img) or not os.path.exists(SNAP):
        for n in names:
            skip(n, "guest programs or farad-snap not built")
        return
    db = os.path.join(tmp, "spr.db")
    run(SPR_ARGS + ["-bios", img, "-snapshot-db", db, "-savevm-at", "%d:mid" % SPR_MID,
                    "-max-insns", str(SPR_MID)])
    rc, out, err = snap(db, "show", "mid", "cpu")
    want = {"mmcr0": 0xabc80000000, "pmc1": 0x0051031300131313,
            "bescr": 0x0051032600132626, "dsisr_hi": 0x510012, "pspb": 0x109f9f}
    got = {m.group(1): int(m.group(2), 16) for m in
           re.finditer(r"^cpu\s+0\s+4\s+(\w+)\s+u64\s+0x([0-9a-f]+)$", out, re.M)}
    ok(rc == 0 and all(got.get(k) == v for k, v in want.items()) and
       "spr_misc" not in out and
       all(l.startswith("cpu ") for l in out.splitlines()[1:]), names[0], out + err)

    fx = os.path.join(tmp, "cpu1-spr.db")
    shutil.copy(os.path.join(SRC, "tests/snap/fixtures/cpu1-spr.db"), fx)
    rc, post, err, _ = run(SPR_ARGS + ["-bios", guest("calls-be"), "-snapshot-db", fx,
                                       "-loadvm", "mid", "-savevm-at", "%d:resumed" % SPR_END])
    tail = expected("spr-keep-be").split(b"\n", 1)[1]
    ok(rc == 0 and post == tail, names[1],
       "status %d\n%s\nresumed output ends %r" % (rc, err, post[-300:]))
    rc2, _, err2, _ = run(SPR_ARGS + ["-bios", guest("calls-be"), "-snapshot-db", fx,
                                      "-loadvm", "end", "-savevm-at", "%d:reend" % SPR_END,
                                      "-max-insns", str(SPR_END)])
    h = hashes(fx)
    ok(h.get("resumed") and h.get("resumed") == h.get("reend") and
       h["resumed"][0] == SPR_END, names[2], "status %d %s\n%r" % (rc2, err2, h))
    rc, out, err = snap(fx, "show", "mid", "cpu")
    ok(rc == 0 and re.search(r"^cpu\s+0\s+1\s+spr_misc\[19\] -> mmcr0\s+u64\s+"
                             r"0xabc80000000$", out, re.M) and
       re.search(r"^cpu\s+0\s+1\s+spr_misc\[36\] -> dsisr_hi\s+u64\s+0x510012$",
                 out, re.M) and
       re.search(r"^cpu\s+0\s+1\s+spr_misc\[0\]\s+u64", out, re.M), names[3],
       out + err)

def machine_types(tmp):
    img = guest("calls-be")
    if not os.path.exists(img):
        skip("machine types", "guest programs not built")
        return
    db = os.path.join(tmp, "types.db")
    for t in ("pseries-2.7", "pseries-2.8"):
        run(["-M", t, "-nographic", "-bios", img, "-snapshot-db", db,
             "-savevm-at", "1000:%s" % t, "-max-insns", "1000"])
    with open(db, "rb") as f:
        before = f.read()
    for saved, local in (("pseries-2.7", "pseries-2.8"), ("pseries-2.8", "pseries-2.7")):
        rc, out, err, _ = run(["-M", local, "-nographic", "-bios", img,
                               "-snapshot-db", db, "-loadvm", saved])
        lines = err.strip().splitlines()
        lines = [l for l in lines if not l.startswith("farad: icount")]
        ok(rc == 1 and len(lines) == 1 and
           "machine type received is '%s' and local is '%s'" % (saved, local) in lines[0]
           and out == b"",
           "a %s snapshot loaded into %s fails with one machine-type line" % (saved, local),
           "status %d\n%s" % (rc, err))
    with open(db, "rb") as f:
        after = f.read()
    rc, out, err, _ = run(["-M", "pseries-2.7", "-nographic", "-bios", img,
                           "-snapshot-db", db, "-loadvm", "pseries-2.7"])
    ok(before == after and rc == 0 and out and expected("calls-be").endswith(out),
       "the refused loads left the file unchanged; the same type loads and runs to the end",
       "status %d %s" % (rc, err))

# ---- farad-snap ----

def cstool(word):
    """Capstone's text for one big-endian instruction word, spaces normalised."""
    p = subprocess.run(["cstool", "ppc64be", "%08x" % word], capture_output=True, text=True)
    m = re.match(r"\s*0\s+(?:[0-9a-f]{2} ){4}\s*(.*)", p.stdout)
    return " ".join(m.group(1).split()) if m else None

def farad_snap(tmp):
    if not os.path.exists(SNAP):
        skip("farad-snap", "%s not built" % SNAP)
        return
    img = guest("mem-ops-be")
    db = os.path.join(tmp, "tool.db")
    # QEMU's pseries-2.8 with -nodefaults, as the fixture streams were made
    run(["-M", "pseries-2.8", "-nodefaults", "-bios", img, "-snapshot-db", db,
         "-savevm-at", "0:p28", "-max-insns", "1"])
    with open(os.path.join(QEMU_MIG, "p28-spapr_pci-inst0.bin"), "rb") as f:
        want = f.read()
    p = subprocess.run([SNAP, db, "export-qemu", "p28"], capture_output=True)
    ok(p.returncode == 0 and p.stdout == want,
       "export-qemu of a pseries-2.8 -nodefaults snapshot is byte-identical to QEMU 7.2's "
       "p28-spapr_pci-inst0.bin", "status %d, %d bytes (want %d)\n%s"
       % (p.returncode, len(p.stdout), len(want), p.stderr.decode(errors="replace")))
    rc, out, err = snap("import-qemu",
                        os.path.join(QEMU_MIG, "p27.mig.gz"))
    ok(rc == 0 and "machine pseries-2.7" in out and
       re.search(r"buid\s+0x800000020000000\b", out) and
       re.search(r"mig_mem_win_size\s+0xf80000000\b", out) and
       "accepted by a farad pseries-2.7 machine" in out,
       "import-qemu p27.mig.gz: QEMU 2.7's PHB section (buid, folded mem_win_size "
       "0xf80000000) accepted by a pseries-2.7 machine", out + err)

    # mem-ops patches `li r3,N; blr` at its `code` array (self-modifying
    # code); snapshots before and after one patch
    nm = subprocess.run(["powerpc64-linux-gnu-nm", os.path.join(GUEST, "mem-ops-be.elf")],
                        capture_output=True, text=True).stdout
    m = re.search(r"^([0-9a-f]+) [bBdD] code$", nm, re.M)
    code = int(m.group(1), 16) if m else None
    points = list(range(100000, 200001, 1000))
    run(["-M", "pseries-7.2", "-nographic", "-bios", img, "-snapshot-db", db] +
        sum((["-savevm-at", "%d:s%d" % (i, i)] for i in points), []))
    c = sqlite3.connect(db)
    def word_at(name, addr):
        r = c.execute("SELECT substr(p.data, ? + 1, 4) FROM snapshot n JOIN ram_block b ON "
                      "b.snapshot = n.id JOIN ram_page r ON r.block = b.id AND r.idx = ? "
                      "JOIN page p ON p.id = r.page WHERE n.name = ?",
                      (addr % 4096, addr // 4096, name)).fetchone()
        return int.from_bytes(r[0], "big") if r else 0
    pair = None
    for a, b in zip(points, points[1:]):
        wa, wb = word_at("s%d" % a, code or 0), word_at("s%d" % b, code or 0)
        if code and wa != wb and wa >> 16 == 0x3860:
            pair = (a, b, wa, wb)
            break
    saved = [i for i in points if has_snapshot(db, "s%d" % i)]   # up to power-off
    pages_before = c.execute("SELECT count(*) FROM page").fetchone()[0]
    nsnap = c.execute("SELECT count(*) FROM snapshot").fetchone()[0]
    c.close()

    rc, out, err = snap(db, "list")
    rows = [l for l in out.splitlines()[1:] if l.strip()]
    ok(rc == 0 and len(rows) == nsnap and re.match(r"1\s+p28\s+-\s+pseries-2.8\s+0\s", rows[0]),
       "list: one row per snapshot (id, name, parent, machine, icount)", out + err)
    rc, out, err = snap(db, "info", "s150000")
    ok(rc == 0 and re.search(r"^icount\s+150000$", out, re.M) and
       re.search(r"^machine type\s+pseries-7.2$", out, re.M) and
       re.search(r"^state hash\s+%s$" % hashes(db)["s150000"][1], out, re.M),
       "info: icount, machine type and state hash", out + err)
    rc, out, err = snap(db, "info", "nosuch")
    ok(rc == 1 and len(err.strip().splitlines()) == 1 and "nosuch" in err,
       "info of a missing name: one error line", err)
    rc, out, err = snap(db, "show", "p28")
    # QEMU: the boot CPU starts at SPAPR_ENTRY_POINT 0x100 (info registers
    # under -S shows NIP 0000000000000100); PHB index 0 has BUID
    # SPAPR_PCI_BASE_BUID 0x800000020000000
    ok(rc == 0 and re.search(r"^cpu\s+0\s+\d+\s+nip\s+u64\s+0x100$", out, re.M) and
       re.search(r"^spapr_pci\s+0\s+2\s+buid\s+u64\s+0x800000020000000$", out, re.M) and
       out.startswith("SECTION"),
       "show: a field table with cpu 0 nip 0x100 and spapr_pci buid 0x800000020000000",
       out[:2000] + err)
    rc, out, err = snap(db, "show", "p28", "spapr_pci")
    ok(rc == 0 and all(l.startswith("spapr_pci ") for l in out.splitlines()[1:]) and
       "mig_" not in out and "lsi_table[0].irq" in out,
       "show NAME SECTION: only that section; pseries-2.8 has no compat fields", out + err)

    if not pair:
        ok(False, "diff: the patched code word is listed with Capstone's disassembly",
           "no snapshot pair around a code patch (code at %r)" % code)
    else:
        a, b, wa, wb = pair
        rc, out, err = snap(db, "diff", "s%d" % a, "s%d" % b)
        line = [l for l in out.splitlines() if l.strip().startswith("0x%08x:" % code)]
        want_a, want_b = cstool(wa), cstool(wb)
        got = " ".join(line[0].split()) if line else ""
        ok(rc == 0 and want_a and want_b and
           "%08x %s -> %08x %s" % (wa, want_a, wb, want_b) in got and
           re.search(r"^  page 0x%x: \d+ words changed$" % (code & ~4095), out, re.M) and
           re.search(r"^  cpu\[0\]\.nip\s+0x[0-9a-f]+ -> 0x[0-9a-f]+$", out, re.M) and
           re.search(r"^\d+ fields and \d+ pages differ$", out, re.M),
           "diff s%d s%d: changed fields (nip) and pages; the patched code word reads "
           "'%s -> %s' as cstool disassembles it" % (a, b, want_a, want_b),
           out[-3000:] + err)

    rc, out, err = snap(db, "verify")
    ok(rc == 0 and out.strip() == "verify: ok", "verify passes on a good file", out + err)
    keep = saved[len(saved) // 2] if saved else 0
    for i in saved:
        if i != keep:
            snap(db, "delete", "s%d" % i)
    rc, out, err = snap(db, "gc")
    c = sqlite3.connect(db)
    pages_after = c.execute("SELECT count(*) FROM page").fetchone()[0]
    c.close()
    m = re.match(r"gc: (\d+) pages dropped$", out.strip())
    ok(rc == 0 and m and int(m.group(1)) > 0 and
       pages_after == pages_before - int(m.group(1)) and snap(db, "verify")[0] == 0,
       "gc after deleting %d snapshots drops their unreferenced pages (%d -> %d)"
       % (len(saved) - 1, pages_before, pages_after), out + err)
    rc, out, err, _ = run(["-M", "pseries-7.2", "-nographic", "-bios", img,
                           "-snapshot-db", db, "-loadvm", "s%d" % keep])
    ok(len(saved) > 2 and rc == 0 and out and expected("mem-ops-be").endswith(out),
       "the remaining snapshot still loads after gc and runs to the end", err)

def main():
    if not os.path.exists(FARAD):
        print("1..0 # SKIP %s not built" % FARAD)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        slof_db = slof_resume(tmp)
        slof_corrupt(tmp, slof_db)
        smp_resume(tmp)
        smp_machine_v1(tmp)
        hpt_resize_resume(tmp)
        xive_resume(tmp)
        vof_client_resume(tmp)
        fixtures(tmp)
        spr_by_name(tmp)
        machine_types(tmp)
        farad_snap(tmp)
    print("1..%d" % len(tap.results))
    return 0 if all(tap.results) else 1

sys.exit(main())
