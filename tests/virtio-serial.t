#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""TAP: virtio-serial-pci under Linux, modern then legacy, in one boot
(Debian's ppc64el kernel through VOF on pseries-7.2, an initramfs with
virtio_pci, virtio_console, virtio-rng and virtio_blk, tests/linux/vserial-test.sh
as /test.sh):

  -device virtio-serial-pci,id=vs0
  -chardev socket,id=c0,path=S0,server=on,wait=off -device virtconsole,chardev=c0
  -chardev socket,id=c1,path=S1,server=on,wait=off
  -device virtserialport,chardev=c1,name=org.farad.test
  -device virtio-rng-pci,vectors=0     (INTx: the legacy header without
                                        MSI-X, device config at 0x14)
  -drive file=d.img,if=none,id=d0,format=raw,readonly=on
  -device virtio-blk-pci,drive=d0      (a 1 MiB disk: size, RO flag and
                                        its first bytes, 64-bit config)

This script connects to both sockets and answers the guest: a line the
guest writes to /dev/hvc1 (the virtconsole) or to /dev/vport*p1 (the
named port) reaches the host, and the host's answer reaches the guest's
read. Round 1 uses the modern interface (VERSION_1 negotiated); then
the guest reloads virtio_pci with force_legacy=1 and round 2 repeats
everything through the legacy register block in BAR0 (PCI I/O through
the PHB's I/O window; VERSION_1 not negotiated).
Expected lines are QEMU 7.2's (qemu-system-ppc64 with the same command
line and this script as its host side; QEMU_LINES below): PCI ids,
class, MSI vectors and BARs, the virtio devices, /dev/hvc*, the ports'
names in /sys/class/virtio-ports, /dev/vport*, what each side got.
The boot is recorded (-icount rr=record) and farad-snap replay --verify
replays it: the ports' input (journal kind chr) comes from the journal,
with no socket, and the run matches.
Runs on the release build (a kernel boot); skips (one line) when the
guest software cannot be fetched.
Env: FARAD_SRC, FARAD_LINUX_BIN, FARAD_GUEST_CACHE, VSERIAL_EMULATOR
(another emulator binary to run instead, e.g. qemu-system-ppc64, to
print its lines).
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SRC, Tap, release_farad
from linuxboot import KERNEL, boot, fetch

BIN = release_farad("FARAD_LINUX_BIN")
MODULES = "virtio_pci virtio_console virtio-rng virtio_blk"
KEYS = ("PCI", "RES", "R1", "R2")

# qemu-system-ppc64 7.2 with the same command line (plus -vga none) and
# this script's host side (VSERIAL_EMULATOR=qemu-system-ppc64): the
# lines of vserial-test.sh's output in order
QEMU_LINES = """\
PCI 0000:00:00.0 0x1af4 0x1003 0x078000 msi=2
RES 0000:00:00.0 0x0000000000001080 0x00000000000010bf 0x0000000000040101
RES 0000:00:00.0 0x0000200080000000 0x0000200080000fff 0x0000000000040200
RES 0000:00:00.0 0x0000210000000000 0x0000210000003fff 0x0000000000140204
PCI 0000:00:01.0 0x1af4 0x1005 0x00ff00 msi=0
RES 0000:00:01.0 0x00000000000010c0 0x00000000000010df 0x0000000000040101
RES 0000:00:01.0 0x0000000000000000 0x0000000000000000 0x0000000000000000
RES 0000:00:01.0 0x0000210000004000 0x0000210000007fff 0x0000000000140204
PCI 0000:00:02.0 0x1af4 0x1001 0x010000 msi=2
RES 0000:00:02.0 0x0000000000001000 0x000000000000107f 0x0000000000040101
RES 0000:00:02.0 0x0000200080001000 0x0000200080001fff 0x0000000000040200
RES 0000:00:02.0 0x0000210000008000 0x000021000000bfff 0x0000000000140204
R1 VIRTIO 0x0003 version1=1
R1 VIRTIO 0x0004 version1=1
R1 VIRTIO 0x0002 version1=1
R1 HVC /dev/hvc0 /dev/hvc1 /dev/hvc2 /dev/hvc3 /dev/hvc4 /dev/hvc5 /dev/hvc6 /dev/hvc7 
R1 PORT vport0p0 name=
R1 PORT vport0p1 name=org.farad.test
R1 DEV /dev/vport0p0 /dev/vport0p1 
R1 HVCGOT R1 host-to-console
R1 PORTGOT R1 host-to-port
R1 HWRNG 16
R1 BLK size=2048 ro=1 legacy blk data!
R2 VIRTIO 0x0003 version1=0
R2 VIRTIO 0x0004 version1=0
R2 VIRTIO 0x0002 version1=0
R2 HVC /dev/hvc0 /dev/hvc1 /dev/hvc2 /dev/hvc3 /dev/hvc4 /dev/hvc5 /dev/hvc6 /dev/hvc7 
R2 PORT vport0p0 name=
R2 PORT vport0p1 name=org.farad.test
R2 DEV /dev/vport0p0 /dev/vport0p1 
R2 HVCGOT R2 host-to-console
R2 PORTGOT R2 host-to-port
R2 HWRNG 16
R2 BLK size=2048 ro=1 legacy blk data!
""".splitlines()


class HostSide(threading.Thread):
    """Connects to the unix socket at path (retrying while the emulator
    starts) and answers each line that ends with `trigger` with the
    line's round and `answer`; keeps every line it received."""

    def __init__(self, path, trigger, answer):
        super().__init__(daemon=True)
        self.path, self.trigger, self.answer = path, trigger, answer
        self.lines = []
        self.sock = None
        self.stop = False

    def run(self):
        while not self.stop:
            try:
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.connect(self.path)
                self.sock = s
                break
            except OSError:
                time.sleep(0.1)
        if not self.sock:
            return
        buf = b""
        while not self.stop:
            try:
                chunk = self.sock.recv(4096)
            except OSError:
                return
            if not chunk:
                return
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                text = line.decode("utf-8", "replace").strip("\r")
                self.lines.append(text)
                if text.endswith(" " + self.trigger):
                    r = text.split(" ")[0]
                    self.sock.sendall(("%s %s\n" % (r, self.answer)).encode())

    def close(self):
        self.stop = True
        if self.sock:
            try:
                self.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self.sock.close()


def run(emulator, work, initrd, record=None):
    s0, s1 = os.path.join(work, "c0.sock"), os.path.join(work, "c1.sock")
    disk = os.path.join(work, "d.img")
    with open(disk, "wb") as f:
        f.write(b"legacy blk data!")
        f.truncate(1 << 20)
    hosts = [HostSide(s0, "console-out", "host-to-console"),
             HostSide(s1, "port-ready", "host-to-port")]
    for h in hosts:
        h.start()
    argv = [emulator, "-M", "pseries,x-vof=on", "-m", "1G", "-nodefaults", "-nographic",
            "-serial", "stdio", "-kernel", KERNEL, "-initrd", initrd,
            "-append", "console=hvc0 farad.test quiet",
            "-device", "virtio-serial-pci,id=vs0",
            "-chardev", "socket,id=c0,path=%s,server=on,wait=off" % s0,
            "-device", "virtconsole,chardev=c0",
            "-chardev", "socket,id=c1,path=%s,server=on,wait=off" % s1,
            "-device", "virtserialport,chardev=c1,name=org.farad.test",
            "-device", "virtio-rng-pci,vectors=0",
            "-drive", "file=%s,if=none,id=d0,format=raw,readonly=on" % disk,
            "-device", "virtio-blk-pci,drive=d0"]
    if "qemu" in os.path.basename(emulator):
        argv += ["-vga", "none"]
    if record:
        argv += ["-icount", "shift=0,rr=record,rrfile=" + record]
    r = boot(argv, timeout=300)
    for h in hosts:
        h.close()
    return r, hosts


def lines_of(out):
    return [l.rstrip("\r") for l in out.splitlines()
            if l.rstrip("\r").split(" ")[0] in KEYS]


def main():
    tap = Tap()
    n = 8
    if os.environ.get("VSERIAL_EMULATOR"):
        n = 0
    print("1..%d" % n)
    if not fetch("kernel"):
        for i in range(n):
            tap.skip("virtio-serial check %d" % (i + 1),
                     "guest software not available (tests/linux/fetch-guest.sh)")
        return tap.exit()
    work = tempfile.mkdtemp(prefix="farad-vserial-")
    try:
        initrd = os.path.join(work, "initrd.gz")
        subprocess.run([os.path.join(SRC, "tests", "linux", "make-initramfs.sh"), "-o", initrd,
                        "-m", MODULES, "-f",
                        os.path.join(SRC, "tests", "linux", "vserial-test.sh") + ":/test.sh"],
                       check=True, stdout=subprocess.DEVNULL)
        emu = os.environ.get("VSERIAL_EMULATOR")
        if emu:
            r, hosts = run(emu, work, initrd)
            print("\n".join(lines_of(r.out)))
            print("# host c0: %r\n# host c1: %r" % (hosts[0].lines, hosts[1].lines))
            return
        rr = os.path.join(work, "run.rr")
        checks(tap, *run(BIN, work, initrd, rr))
        replay_check(tap, rr, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    tap.exit()


def replay_check(tap, rr, work):
    """farad-snap replay of the recorded boot: the ports' input comes from
    the journal (no chardev is opened), and the run must match (the disk
    and its device are given again, last as recorded: a replay takes host
    images only from its own command line)."""
    snap = os.path.join(os.path.dirname(BIN), "farad-snap")
    p = subprocess.run([snap, "replay", rr, "--verify", "--", "-drive",
                        "file=%s,if=none,id=d0,format=raw,readonly=on" %
                        os.path.join(work, "d.img"), "-device", "virtio-blk-pci,drive=d0"],
                       capture_output=True, text=True, timeout=600)
    text = p.stdout + p.stderr
    tap.ok(p.returncode == 0 and "pass:" in text and "chardev polls" in text,
           "farad-snap replay --verify of the recording: the guest gets the ports' input "
           "from the journal (no sockets) and the run matches", text[-600:], text.strip())


def checks(tap, r, hosts):
    out = r.out
    tap.ok(r.rc == 0 and "farad-test: exit 0, powering off" in out,
           "Linux boots with virtio-serial-pci (virtconsole, virtserialport) and "
           "virtio-rng-pci, runs both rounds, powers off",
           r.tail(), "%.1f s, %s instructions" % (r.secs, r.icount))
    got = lines_of(out)
    for what, keys in (("PCI functions and BARs as under QEMU 7.2", ("PCI", "RES")),
                       ("modern round: devices, /dev/hvc1, port names, /dev/vport*, "
                        "data both ways on both ports as under QEMU 7.2", ("R1",)),
                       ("legacy round (force_legacy=1): the same through BAR0's "
                        "legacy registers, as under QEMU 7.2", ("R2",))):
        g = [l for l in got if l.split(" ")[0] in keys]
        w = [l for l in QEMU_LINES if l.split(" ")[0] in keys]
        tap.ok(g == w and g, what, "got:\n%s\nwant:\n%s" % ("\n".join(g), "\n".join(w)))
    want_host = [["R1 console-out", "R2 console-out"], ["R1 port-ready", "R2 port-ready"]]
    for h, w, name in zip(hosts, want_host, ("c0 (virtconsole)", "c1 (virtserialport)")):
        got_h = [l for l in h.lines if l in w]
        tap.ok(got_h == w, "host side %s received the guest's lines of both rounds" % name,
               "got %r" % h.lines)
    tap.ok("virtqueue" not in r.err and "needs a reset" not in r.err and
           "Unexpected port id" not in r.err,
           "no virtqueue or control-message error on farad's stderr", r.err[-500:])


if __name__ == "__main__":
    main()
