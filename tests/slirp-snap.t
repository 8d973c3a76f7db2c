#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""TAP: libslirp's state (the user netdev's DHCP leases and IP id) in
farad's snapshots (section "slirp", docs/net.md), in one Linux boot.

The initramfs runs tests/linux/slirp-snap-test.sh: a DHCP lease from slirp
(10.0.2.15 for 52:54:00:12:34:56), "ready", then it waits for a console
line; after it, eth0 takes another MAC address and asks for a lease, then
takes its own back and asks again. libslirp hands out the first free
address of its 16: a second MAC gets 10.0.2.16 only while libslirp still
knows the first lease, 10.0.2.15 from a libslirp that forgot it.

1. The boot, recorded (-icount rr=record), savevm on the monitor at
   "ready" (s1, and a copy 'bad'); then the line: the new MAC gets .16, the
   old one .15 again (libslirp in the same process).
2. A new farad with -loadvm s1: first `loadvm bad` on the monitor, whose
   slirp section is damaged (a MAC of 5 bytes): one error line, and the
   machine carries on from s1 as it was; then the line: .16, then .15, as
   in the recording (the lease came back with the snapshot), and a line
   through hostfwd= (the new libslirp bound the port again).
3. The same with s1's slirp section deleted from a copy of the file: the
   snapshot loads (its state hash does not cover libslirp's host-side
   state) and the new MAC gets .15: the test fails if the lease is not
   restored.
4. The replay of the recording passes, its journal has 'slirp' rows, and
   a -savevm-at in the replay at the count of the recording's first seek
   snapshot after the lease writes the same rows, field for field, as that
   seek snapshot (the slirp section included).
5. farad-snap: `verify` accepts the replay's file, `show s1 slirp` names
   the lease; `export-qemu s1 --machine`
   writes QEMU's "slirp" section with it, and `import-qemu` of that stream
   keeps it.
The boots run on the release build. Skips only when the guest packages
cannot be fetched (offline).
Env: FARAD_SRC, FARAD_NET_BIN, FARAD_GUEST_CACHE.
"""
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SRC, Session, Tap, release_farad
from linuxboot import KERNEL, PIN_RTC, fetch, make_initrd, pseries_args
from qemustream import Stream

BIN = release_farad("FARAD_NET_BIN")
SNAP = os.path.join(os.path.dirname(BIN), "farad-snap")
MON = b"\x01c"
MAC0 = "52:54:00:12:34:56"
RRSNAP = 100000000   # seek snapshots: one lands after the lease
LEASE = "udhcpc: lease of %s obtained from 10.0.2.2, lease time 86400"


def leases(out):
    """The addresses udhcpc obtained, in order."""
    return [l.split()[3] for l in out.replace("\r", "").split("\n")
            if l.startswith("udhcpc: lease of ")]


def rows(db, snap):
    """Every (section, instance, version, field, type, value) of snapshot
    snap, in saved order."""
    con = sqlite3.connect(db)
    r = con.execute("SELECT s.name, s.instance, s.version, f.name, f.type, f.value "
                    "FROM snapshot n JOIN section s ON s.snapshot = n.id "
                    "JOIN field f ON f.section = s.id WHERE n.name = ? "
                    "ORDER BY s.seq, f.seq", (snap,)).fetchall()
    con.close()
    return r


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def send_line(session, port):
    """Once the guest listens, one line through hostfwd= to its nc."""
    if not session.wait_for(b"slirp-snap: listening"):
        return
    for _ in range(50):   # the guest's nc may not listen yet
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
                c.sendall(b"hi through hostfwd\n")
                time.sleep(0.3)
            return
        except OSError:
            time.sleep(0.1)


def got_line(out):
    return "slirp-snap: got hi through hostfwd" in out


def loaded_run(args, db, typed, port):
    """A new farad with -loadvm s1 of db, typing `typed` once it runs, then
    a line through hostfwd= to port (None: killed once the guest listens);
    -> (exit status, console output, stderr)."""
    s = Session(BIN, args + ["-snapshot-db", db, "-loadvm", "s1"], timeout=120)
    time.sleep(0.5)
    s.type(typed)
    if port:
        send_line(s, port)
        s.wait_for(b"slirp-snap: done")
    elif s.wait_for(b"slirp-snap: listening"):
        s.p.kill()
    rc = s.finish()
    return rc, s.out.decode("utf-8", "replace"), s.err


def main():
    tap = Tap()
    if not fetch("kernel"):
        print("1..0 # SKIP the Debian guest packages cannot be fetched (offline?)")
        return 0
    work = tempfile.mkdtemp(prefix="farad-slirpsnap-")
    initrd = os.path.join(work, "initrd.gz")
    lx = os.path.join(SRC, "tests", "linux")
    err = make_initrd(initrd, ["ibmveth"], [os.path.join(lx, "slirp-snap-test.sh") + ":/test.sh",
                                            os.path.join(lx, "udhcpc.sh") + ":/udhcpc.sh"])
    if err:
        tap.ok(False, "make-initramfs.sh -m ibmveth", err)
        return tap.exit()
    print("1..12")
    hport = free_port()
    nic = ["-nic", "user,model=spapr-vlan,hostfwd=tcp:127.0.0.1:%d-:8080" % hport]
    args = pseries_args("pseries,x-vof=on", KERNEL, "console=hvc0 farad.test quiet",
                        initrd, serial="mon:stdio") + nic + PIN_RTC
    db = os.path.join(work, "a.db")
    rr = os.path.join(work, "rec.rr")

    # ---- 1. the recorded boot, savevm at "ready" ----
    t0 = time.time()
    rec = Session(BIN, args + ["-snapshot-db", db,
                               "-icount", "shift=0,rr=record,rrsnap=%d,rrfile=%s"
                               % (RRSNAP, rr)], timeout=240)
    ready = rec.wait_for(b"slirp-snap: ready")
    rec.type(MON + b"savevm s1\rsavevm bad\r" + MON)
    time.sleep(1)
    rec.type(b"go\n")
    send_line(rec, hport)
    rec.wait_for(b"slirp-snap: done")
    rc = rec.finish()
    out = rec.out.decode("utf-8", "replace")
    tap.ok(ready and rc == 0 and leases(out) == ["10.0.2.15", "10.0.2.16", "10.0.2.15"]
           and got_line(out),
           "recorded boot: lease 10.0.2.15, savevm; then another MAC gets 10.0.2.16, "
           "the first MAC 10.0.2.15 again, a line comes through hostfwd=",
           "exit %s, leases %s\n%s\n%s" % (rc, leases(out), out[-1200:], rec.err[-600:]),
           "%.1f s" % (time.time() - t0))
    st = rows(db, "s1")
    slirp = {(f, v) for (s, i, _, f, _, v) in st if s == "slirp" and i == 0}
    tap.ok(("leases[0].allocated", 1) in slirp and
           ("leases[0].mac", bytes.fromhex(MAC0.replace(":", ""))) in slirp and
           ("leases[1].allocated", 0) in slirp,
           "snapshot s1 has section slirp instance 0: lease 0 allocated to " + MAC0,
           repr(sorted(slirp)[:6]))

    # a damaged copy: 'bad' with a MAC of 5 bytes
    con = sqlite3.connect(db)
    con.execute("UPDATE field SET value = x'5254001234' WHERE name = 'leases[0].mac' AND "
                "section IN (SELECT s.id FROM section s JOIN snapshot n ON "
                "s.snapshot = n.id WHERE n.name = 'bad' AND s.name = 'slirp')")
    con.commit()
    con.close()
    # a copy without the slirp section (a snapshot from before it existed)
    nodb = os.path.join(work, "noslirp.db")
    shutil.copy(db, nodb)
    con = sqlite3.connect(nodb)
    con.execute("DELETE FROM field WHERE section IN (SELECT id FROM section WHERE "
                "name = 'slirp')")
    con.execute("DELETE FROM section WHERE name = 'slirp'")
    con.commit()
    con.close()

    # ---- 2. -loadvm s1 in a new farad; a damaged loadvm first ----
    t0 = time.time()
    rc, lout, lerr = loaded_run(args, db, MON + b"loadvm bad\r" + MON + b"go\n", hport)
    errs = [l for l in lout.replace("\r", "").split("\n") if "Error:" in l]
    tap.ok(len(errs) == 1 and "leases[0].mac" in errs[0] and "slirp" in errs[0],
           "loadvm of a snapshot with a damaged slirp section: one error line naming it",
           repr(errs) + "\n" + lout[-600:])
    tap.ok(rc == 0 and leases(lout) == ["10.0.2.16", "10.0.2.15"] and got_line(lout),
           "-loadvm s1 (after the refused loadvm): libslirp has the guest's lease, another "
           "MAC gets 10.0.2.16, the first MAC 10.0.2.15; hostfwd= is bound again",
           "exit %s, leases %s\n%s\n%s" % (rc, leases(lout), lout[-1000:], lerr[-600:]),
           "%.1f s" % (time.time() - t0))

    # ---- 3. without the section: a fresh libslirp ----
    # (the guest ends on 10.0.2.16, not hostfwd's 10.0.2.15: no line)
    rc, nout, nerr = loaded_run(args, nodb, b"go\n", None)
    tap.ok(leases(nout) == ["10.0.2.15", "10.0.2.16"],
           "-loadvm of s1 without its slirp section loads, libslirp starts fresh: "
           "the other MAC gets 10.0.2.15, the first one then 10.0.2.16 (the check "
           "above catches a lost lease)",
           "exit %s, leases %s\n%s\n%s" % (rc, leases(nout), nout[-1000:], nerr[-600:]))

    # ---- 4. the replay ----
    con = sqlite3.connect(rr)
    taken = [r[0] for r in con.execute("SELECT icount FROM journal WHERE kind = 'slirp' "
                                       "ORDER BY seq")]
    # the first seek snapshot whose libslirp has the lease
    seek = con.execute("SELECT n.name, n.icount FROM snapshot n JOIN section s ON "
                       "s.snapshot = n.id JOIN field f ON f.section = s.id WHERE "
                       "s.name = 'slirp' AND f.name = 'leases[0].allocated' AND f.value = 1 "
                       "ORDER BY n.icount LIMIT 1").fetchone()
    con.close()
    tap.ok(taken and seek, "the recording journals libslirp's state changes ('slirp' rows), "
           "and a seek snapshot has the lease", "%r, seek %r" % (taken, seek))
    seek_name, seek_icount = seek if seek else ("rr-0", 0)
    rdb = os.path.join(work, "replay.db")
    t0 = time.time()
    rep = subprocess.run([BIN] + args + ["-snapshot-db", rdb, "-savevm-at",
                                         "%d:r1" % seek_icount,
                                         "-icount", "shift=0,rr=replay,rrfile=" + rr],
                         stdin=subprocess.DEVNULL, capture_output=True, timeout=240)
    rerr = rep.stderr.decode("utf-8", "replace")
    tap.ok(rep.returncode == 0 and "replay: pass" in rerr,
           "the replay passes", "exit %s; %s" % (rep.returncode, rerr[-800:]),
           "%.1f s" % (time.time() - t0))
    want = rows(rr, seek_name)
    got = rows(rdb, "r1") if os.path.exists(rdb) else []
    diff = [a for a, b in zip(want, got) if a != b]
    tap.ok(got and len(got) == len(want) and not diff and
           any(r[0] == "slirp" and r[3] == "leases[0].allocated" and r[5] == 1 for r in got),
           "a snapshot taken in the replay (libslirp not running) at the recording's seek "
           "snapshot %s equals it field for field, libslirp's lease included" % seek_name,
           "%d vs %d rows; first differences %r" % (len(want), len(got), diff[:4]))

    # ---- 5. farad-snap ----
    ver = subprocess.run([SNAP, rdb, "verify"], capture_output=True, text=True)
    tap.ok(ver.returncode == 0 and ver.stdout.strip() == "verify: ok",
           "farad-snap verify: the stored state hash of a snapshot with a slirp section "
           "(left out of the hash) checks", ver.stdout + ver.stderr)
    show = subprocess.run([SNAP, db, "show", "s1", "slirp"], capture_output=True, text=True)
    tap.ok(show.returncode == 0 and "slirp" in show.stdout and "leases[0].mac" in show.stdout
           and "525400123456" in show.stdout.replace(":", "").replace(" ", ""),
           "farad-snap show s1 slirp names the section and the lease's MAC",
           show.stdout[-800:] + show.stderr)
    mig = os.path.join(work, "s1.mig")
    with open(mig, "wb") as f:
        ex = subprocess.run([SNAP, db, "export-qemu", "s1", "--machine", "--", "-m", "1G", "-serial", "null"] + nic,
                            stdout=f, stderr=subprocess.PIPE)
    payload = b""
    try:
        payload = Stream(mig).secs.get(("slirp", 0), b"")
    except Exception as e:   # a stream the walker cannot read fails below
        print("# %s" % e)
    mac = bytes.fromhex(MAC0.replace(":", ""))
    # libslirp's bytes: no guestfwd socket, ip_id, then lease 0 (allocated, MAC)
    tap.ok(ex.returncode == 0 and len(payload) == 131 and payload[0] == 0 and
           payload[3:11] == b"\x00\x01" + mac,
           "export-qemu s1 --machine writes QEMU's slirp section with the lease",
           "exit %s %s; payload %r" % (ex.returncode, ex.stderr[-300:], payload[:16]))
    imp = subprocess.run([SNAP, db, "import-qemu", "back", mig, "--", "-m", "1G", "-serial", "null"] + nic,
                         capture_output=True, text=True)
    back = {(f, v) for (s, i, _, f, _, v) in rows(db, "back") if s == "slirp"}
    tap.ok(imp.returncode == 0 and back == slirp,
           "import-qemu of that stream keeps the slirp section (ip_id and leases)",
           "%s %s; %r" % (imp.stdout, imp.stderr, sorted(back ^ slirp)[:6]))
    shutil.rmtree(work)
    return tap.exit()


if __name__ == "__main__":
    sys.exit(main())
