#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""TAP: PCI hot-plug (device_add / device_del through the PHB's DR
connectors, docs/pci.md).

One Linux boot (Debian's 6.1 kernel through VOF on pseries-7.2, release
build; tests/linux/make-initramfs.sh with virtio_pci virtio_blk rpaphp,
tests/linux/hotplug-test.sh as /test.sh and tests/linux/hpctl.c, built
here with powerpc64le-linux-gnu-gcc, as /hpctl). Linux 6.1 only logs a
PCI hot-plug event (its kernel handles CPU and memory ones); on a real
system rtas_errd reads the log and runs drmgr. hpctl does their RTAS and
/proc parts (reads /proc/powerpc/rtas/error_log; get-sensor-state,
set-indicator, ibm,configure-connector through the rtas system call;
/proc/powerpc/ofdt add_node / remove_node) and the script uses rpaphp's
/sys/bus/pci/slots/C<n>/power, as drmgr -c pci does. The host types
`device_add virtio-blk-pci,drive=d1,id=hp1` and later `device_del hp1`
on the monitor of -serial mon:stdio. Expected: QEMU 7.2 doing the same
(qemu-system-ppc64, same command line and initramfs; QEMU_LINES): the
event, the node configure-connector hands over, the function's ids and
BARs as Linux assigned them, the disk's size and first bytes, the remove
event and the slot empty again. farad only: savevm after the guest took
the disk, device_del, the guest lets go (GONE), loadvm: the machine has
the function again, a second device_del is answered with the remove
event and the restored device reads the disk past the page cache (READ
twice; the guest script waits at HP-WAIT for a console line, which the
QEMU run of the script got typed).

Then, without a guest: QMP device_add / device_del on a stopped machine
(the guest never took the function, so it goes at once) with QEMU's
replies and DEVICE_DELETED events (QMP_LINES, QEMU 7.2's with timestamps
dropped). And record/replay: tests/guest/echo recorded with console
input and a device_add typed on the monitor between two characters; the
journal holds the command at its instruction count, a replay prints the
same bytes and farad-snap replay --verify passes; with the journalled
command changed (another slot) the verification fails naming the
function's devfn. The recording takes seek points after the device_add
too (rrsnap=1M; the snapshot holds the device set), and a replay's
QMP replay-seek back before it removes the function, forward past it
brings it back (`info pci`).
Env: FARAD_SRC, FARAD_LINUX_BIN, FARAD_GUEST_CACHE.
"""
import json
import os
import select
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SRC, Tap, release_farad
from linuxboot import KERNEL, boot, fetch

BIN = release_farad("FARAD_LINUX_BIN")
MODULES = "virtio_pci virtio_blk rpaphp"
CC = "powerpc64le-linux-gnu-gcc"

# qemu-system-ppc64 7.2 with the same options and initramfs: the lines of
# hotplug-test.sh's output in order
QEMU_LINES = """\
SLOTS 256
HP-READY
EVENT add pci index 0x40000000
NODE /pci@800000020000000/scsi@0
DT qemu_virtio-blk-pci:0000:00:00.0
POWER C0 on
PCI 0000:00:00.0 0x1af4 0x1001 0x010000
RES 0000:00:00.0 0x0000000000001000 0x000000000000107f 0x0000000000040101
RES 0000:00:00.0 0x0000200080000000 0x0000200080000fff 0x0000000000040200
RES 0000:00:00.0 0x0000210000000000 0x0000210000003fff 0x0000000000140204
DISK 2048 HOTPLUG-DISK-OK!
DMESG rpaphp: RPA HOT Plug PCI Controller Driver version: 0.1
DMESG virtio_blk virtio0: 1/0/0 default/read/poll queues
DMESG virtio_blk virtio0: [vda] 2048 512-byte logical blocks (1.05 MB/1.00 MiB)
HP-DEL
EVENT remove pci index 0x40000000
POWER C0 off
SENSE 0 0
GONE 0 0 0
HP-DONE""".splitlines()
KEYS = {l.split(" ")[0] for l in QEMU_LINES}

# QEMU 7.2 on `-M pseries -nodefaults -S -qmp unix:...` with a drive d0:
# the replies and events of QMP_COMMANDS, in order
QMP_COMMANDS = [
    {"execute": "device_add",
     "arguments": {"driver": "virtio-blk-pci", "drive": "d0", "id": "b"}},
    {"execute": "device_del", "arguments": {"id": "b"}},
    {"execute": "device_add", "arguments": {"driver": "nosuch"}},
    {"execute": "device_add", "arguments": {"driver": "pci-testdev", "id": "t"}},
    {"execute": "device_add", "arguments": {"driver": "pci-testdev", "id": "t"}},
    {"execute": "device_add", "arguments": {"driver": "spapr-vty", "id": "v"}},
    {"execute": "device_del", "arguments": {"id": "zz"}},
]
QMP_LINES = """\
{"return": {}}
{"return": {}}
{"event": "DEVICE_DELETED", "data": {"path": "/machine/peripheral/b/virtio-backend"}}
{"event": "DEVICE_DELETED", "data": {"device": "b", "path": "/machine/peripheral/b"}}
{"error": {"class": "GenericError", "desc": "'nosuch' is not a valid device model name"}}
{"return": {}}
{"error": {"class": "GenericError", "desc": "Duplicate device ID 't'"}}
{"error": {"class": "GenericError", "desc": "Bus 'spapr-vio' does not support hotplugging"}}
{"error": {"class": "DeviceNotFound", "desc": "Device 'zz' not found"}}""".splitlines()



def guest_lines(out):
    """The script's lines; the monitor's output may share a line with a
    marker or a "(qemu) " prompt may precede a line (when the guest's
    newline and the monitor's bytes interleave, in QEMU as in farad)."""
    lines = []
    for l in out.splitlines():
        l = l.rstrip("\r")
        while l.startswith("(qemu) "):
            l = l[len("(qemu) "):]
        for marker in ("HP-READY", "HP-DEL"):
            if l.startswith(marker):
                l = marker
        if l.split(" ")[0] in KEYS:
            lines.append(l)
    return lines


def same(tap, name, got, want, extra=""):
    tap.ok(got == want, name, "want:\n  %s\ngot:\n  %s%s" % (
        "\n  ".join(want), "\n  ".join(got), extra))


def linux_checks(tap, work):
    hpctl = os.path.join(work, "hpctl")
    subprocess.run([CC, "-static", "-nostdlib", "-ffreestanding", "-fno-pie", "-no-pie",
                    "-O2", "-fno-stack-protector", "-o", hpctl,
                    os.path.join(SRC, "tests", "linux", "hpctl.c")], check=True)
    initrd = os.path.join(work, "initrd.gz")
    subprocess.run([os.path.join(SRC, "tests", "linux", "make-initramfs.sh"), "-o", initrd,
                    "-m", MODULES,
                    "-f", os.path.join(SRC, "tests", "linux", "hotplug-test.sh") + ":/test.sh",
                    "-f", hpctl + ":/hpctl"], check=True, stdout=subprocess.DEVNULL)
    img = os.path.join(work, "d1.img")
    with open(img, "wb") as f:
        f.write(b"HOTPLUG-DISK-OK!")
        f.truncate(1 << 20)
    argv = [BIN, "-M", "pseries,x-vof=on", "-m", "1G", "-nodefaults", "-nographic",
            "-serial", "mon:stdio", "-kernel", KERNEL, "-initrd", initrd,
            "-append", "console=hvc0 farad.test quiet",
            "-drive", "file=%s,if=none,id=d1,format=raw" % img,
            "-snapshot-db", os.path.join(work, "snap.db")]
    steps = [(b"HP-READY", b"\x01cdevice_add virtio-blk-pci,drive=d1,id=hp1\r\x01c"),
             (b"HP-DEL", b"\x01csavevm hp\rdevice_del hp1\r\x01c"),
             (b"HP-WAIT", b"\x01cloadvm hp\rdevice_del hp1\r\x01c"),
             (b"HP-WAIT", b"\r")]
    r = boot(argv, console=steps, timeout=300)
    out = r.out
    tap.ok(r.rc == 0 and "HP-DONE" in out and "farad-test: exit 0, powering off" in out,
           "Linux boots, takes the hot-plugged virtio-blk, lets it go, powers off",
           r.tail(), "%.1f s, %s instructions" % (r.secs, r.icount))
    got = guest_lines(out)

    def part(first, last):
        def cut(lines):
            try:
                a = lines.index(first)
                b = lines.index(last, a)
            except ValueError:
                return lines if lines is not QEMU_LINES else []
            return lines[a:b + 1]
        return cut(got), cut(QEMU_LINES)

    g, w = part("SLOTS 256", "HP-READY")
    same(tap, "rpaphp registers the PHB's 256 slots; no PCI function at boot", g, w)
    g = [l for l in got if l.startswith(("EVENT add", "NODE", "DT "))]
    w = [l for l in QEMU_LINES if l.startswith(("EVENT add", "NODE", "DT "))]
    same(tap, "device_add: the hot-plug log by DRC index; configure-connector's node", g, w)
    g = [l for l in got if l.split(" ")[0] in ("POWER", "PCI", "RES") and "off" not in l]
    w = [l for l in QEMU_LINES if l.split(" ")[0] in ("POWER", "PCI", "RES") and "off" not in l]
    same(tap, "the function after the slot is powered: ids, class, BARs as QEMU's", g, w)
    g = [l for l in got if l.split(" ")[0] in ("DISK", "DMESG")]
    w = [l for l in QEMU_LINES if l.split(" ")[0] in ("DISK", "DMESG")]
    same(tap, "virtio_blk drives the disk: its size and first bytes", g, w)

    def removal(lines):
        """From HP-DEL to the first GONE line, and where that ends."""
        if "HP-DEL" not in lines:
            return [], len(lines)
        a = lines.index("HP-DEL")
        b = next((i for i in range(a, len(lines)) if lines[i].startswith("GONE")),
                 len(lines) - 1)
        return lines[a:b + 1], b + 1

    g, end = removal(got)
    w, _ = removal(QEMU_LINES)
    same(tap, "device_del: the remove log; the slot isolated and empty, no function",
         g, w)
    # farad only: the snapshot taken with the hot-plugged disk, loaded
    # after the guest let it go; the removal runs again on the restored one
    first = g[1:]
    again = got[end:end + len(first) + 1]
    reads = [l.rstrip("\r") for l in out.splitlines() if l.startswith("READ ")]
    bad = [l for l in out.splitlines()
           if "savevm:" in l or "loadvm:" in l or "Error:" in l]
    tap.ok(not bad and reads == ["READ HOTPLUG-DISK-OK!"] * 2 and first and
           again == first + ["HP-DONE"],
           "savevm with the hot-plugged disk, device_del, loadvm: the disk is back, "
           "reads, and goes again as the first time",
           "errors %s\nreads %s\nfirst %s\nagain %s" % (bad, reads, first, again))


def qmp_session(farad, work, drive):
    path = os.path.join(work, "qmp.sock")
    p = subprocess.Popen([farad, "-M", "pseries", "-nodefaults", "-nographic", "-S",
                          "-qmp", "unix:%s,server=on,wait=off" % path,
                          "-drive", "file=%s,if=none,id=d0,format=raw" % drive],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    lines = []
    try:
        s = socket.socket(socket.AF_UNIX)
        for _ in range(100):
            try:
                s.connect(path)
                break
            except OSError:
                time.sleep(0.1)
        f = s.makefile("rwb")
        f.readline()   # greeting

        def send(c):
            f.write((json.dumps(c) + "\n").encode())
            f.flush()

        def read_until_return():
            while True:
                d = json.loads(f.readline())
                d.pop("timestamp", None)
                lines.append(json.dumps(d))
                if "return" in d or "error" in d:
                    return

        send({"execute": "qmp_capabilities"})
        read_until_return()
        lines.clear()
        for c in QMP_COMMANDS:
            send(c)
            read_until_return()
            if c["execute"] == "device_del":
                # the events of an immediate release follow the reply
                send({"execute": "query-status"})
                read_until_return()
                lines.pop()
        send({"execute": "quit"})
    finally:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()
    return lines


def qmp_checks(tap, work):
    drive = os.path.join(work, "d0.img")
    with open(drive, "wb") as f:
        f.truncate(1 << 20)
    # the sanitizer build when the suite gives one (no guest runs here)
    got = qmp_session(os.environ.get("FARAD_BIN", BIN), work, drive)
    same(tap, "QMP device_add / device_del: QEMU's replies and DEVICE_DELETED events",
         got, QMP_LINES)


def typed(args, chunks, timeout=120):
    """Run args with chunks (marker, bytes) typed once the output holds
    the marker; (status, output, stderr)."""
    p = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    out = bytearray()
    fd = p.stdout.fileno()
    deadline = time.time() + timeout
    for marker, data in chunks:
        while marker not in out and p.poll() is None and time.time() < deadline:
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                out += os.read(fd, 65536)
        time.sleep(0.2)
        try:
            p.stdin.write(data)
            p.stdin.flush()
        except BrokenPipeError:
            break
    rest, err = p.communicate(timeout=max(1, deadline - time.time()))
    return p.returncode, bytes(out) + rest, err.decode(errors="replace")


def replay_checks(tap, work):
    farad = os.environ.get("FARAD_BIN", BIN)
    snap = os.path.join(os.path.dirname(farad), "farad-snap")
    img = os.path.join(SRC, "tests", "guest", "out", "echo-be.bin")
    names = ["record/replay: the journal holds device_add at an instruction count",
             "record/replay: the replay prints the same bytes; replay --verify passes",
             "record/replay: another slot in the journalled device_add is a divergence",
             "record/replay: seek points after device_add; replay-seek across it "
             "removes and re-creates the function"]
    if not os.path.exists(img) or not os.path.exists(snap):
        for n in names:
            tap.skip(n, "guest programs or farad-snap not built")
        return
    db = os.path.join(work, "rr.db")
    base = [farad, "-M", "pseries-2.8", "-display", "none", "-serial", "mon:stdio",
            "-bios", img, "-max-insns", "400000000"]
    # seek points every 250000 instructions: the seek checks need one
    # after the device_add, and the typed 'b' and 'q' that end the run
    # can reach the guest within a few hundred thousand instructions of
    # it when farad runs slowly (a loaded machine); with 1000000 the run
    # once ended before the next seek point
    rc, out, err = typed(base + ["-icount", "shift=0,rr=record,rrfile=%s,rrsnap=250000" % db],
                         [(b"type characters", b"a"),
                          (b"got 'a'", b"\x01cdevice_add pci-testdev,id=t\r\x01c"),
                          (b"(qemu)", b"b"), (b"got 'b'", b"q")])
    con = sqlite3.connect(db)
    cmds = con.execute("SELECT icount, CAST(data AS TEXT) FROM journal "
                       "WHERE kind = 'cmd'").fetchall()
    con.close()
    tap.ok(rc == 0 and len(cmds) == 1 and cmds[0][1] == "device_add pci-testdev,id=t"
           and cmds[0][0] > 0, names[0], "%r %r\n%s" % (cmds, out[-400:], err[-400:]))
    r = subprocess.run(base + ["-icount", "shift=0,rr=replay,rrfile=%s" % db],
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
    v = subprocess.run([snap, "replay", db, "--verify"], capture_output=True, timeout=120)
    guest = lambda b: [l for l in b.split(b"\n") if l.startswith((b"got", b"echo"))]
    tap.ok(r.returncode == 0 and guest(r.stdout) == guest(out) and len(guest(out)) == 5
           and v.returncode == 0 and v.stdout.startswith(b"pass"), names[1],
           "%r\n%r\n%r" % (r.stdout[-300:], r.stderr[-300:], v.stdout + v.stderr))
    bad = os.path.join(work, "rr-bad.db")
    shutil.copy(db, bad)
    con = sqlite3.connect(bad)
    con.execute("UPDATE journal SET data = CAST('device_add pci-testdev,id=t,addr=5' "
                "AS BLOB) WHERE kind = 'cmd'")
    con.commit()
    con.close()
    v = subprocess.run([snap, "replay", bad, "--verify"], capture_output=True, timeout=120)
    text = (v.stdout + v.stderr).decode(errors="replace")
    tap.ok(v.returncode != 0 and "pci-testdev0.pci[0].devfn" in text, names[2], text)
    seek_checks(tap, work, farad, img, db, names[3])


def seek_checks(tap, work, farad, img, db, name):
    con = sqlite3.connect(db)
    add = con.execute("SELECT icount FROM journal WHERE kind = 'cmd'").fetchone()[0]
    end = con.execute("SELECT icount FROM journal WHERE kind = 'end'").fetchone()[0]
    after = [i for (i,) in con.execute("SELECT icount FROM journal WHERE kind = 'snap' "
                                       "AND icount > ?", (add,))]
    con.close()
    path = os.path.join(work, "seek.sock")
    p = subprocess.Popen([farad, "-M", "pseries-2.8", "-display", "none", "-serial", "stdio",
                          "-bios", img, "-max-insns", "400000000", "-S",
                          "-qmp", "unix:%s,server=on,wait=off" % path,
                          "-icount", "shift=0,rr=replay,rrfile=%s" % db],
                         stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    seen = []
    try:
        s = socket.socket(socket.AF_UNIX)
        for _ in range(100):
            try:
                s.connect(path)
                break
            except OSError:
                time.sleep(0.1)
        f = s.makefile("rwb")
        f.readline()

        def cmd(c, **args):
            f.write((json.dumps({"execute": c, "arguments": args}) + "\n").encode())
            f.flush()
            while True:
                d = json.loads(f.readline())
                if "return" in d or "error" in d:
                    return d

        cmd("qmp_capabilities")
        # past the device_add, back before it, past it again
        for t in ((add + end) // 2, add // 2, add + (end - add) // 4):
            r = cmd("replay-seek", icount=t)
            pci = cmd("human-monitor-command", **{"command-line": "info pci"})
            seen.append((t, r, 'id "t"' in pci.get("return", "")))
        cmd("quit")
    finally:
        try:
            _, err = p.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            p.kill()
            _, err = p.communicate()
    tap.ok(after and [(r, present) for (_, r, present) in seen] ==
           [({"return": {}}, True), ({"return": {}}, False), ({"return": {}}, True)]
           and b"AddressSanitizer" not in err, name,
           "device_add at %d, seek points after it %s, seeks %s\n%s" % (
               add, after, seen, err.decode(errors="replace")[-400:]))


def main():
    tap = Tap()
    print("1..12")
    work = tempfile.mkdtemp(prefix="farad-hotplug-")
    try:
        why = None
        if not fetch("kernel"):
            why = "guest software not available (tests/linux/fetch-guest.sh)"
        elif not shutil.which(CC):
            why = "%s not installed" % CC
        if why:
            for i in range(7):
                tap.skip("hot-plug boot check %d" % (i + 1), why)
        else:
            linux_checks(tap, work)
        qmp_checks(tap, work)
        replay_checks(tap, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    tap.exit()


main()
