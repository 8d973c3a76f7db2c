#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""TAP: virtio-pci devices under Linux, in one boot (Debian's ppc64el
kernel through VOF on pseries-7.2, tests/linux/make-initramfs.sh with the
modules virtio_pci virtio_blk virtio-rng ext4 crc32c_generic virtio_net and
tests/linux/virtio-test.sh as /test.sh):

  vda  -device virtio-blk-pci,iommu_platform=on,disable-legacy=on,serial=
       on a 16 MiB ext4 image made with mke2fs -d (all DMA through the
       PHB's TCE table; modern-only device 1af4:1042): the disk's size
       and serial, the file mke2fs put there read back, a file written,
       synced, read back after a remount, fstrim (DISCARD) accepted; the
       image's bytes unchanged afterwards (the block layer's overlay,
       snapshot=on by default)
  vdb  -drive if=virtio,snapshot=off (a device the machine makes for the
       drive): bytes dd wrote reach the image at the offset written
  vdc  -drive if=virtio,readonly=on: VIRTIO_BLK_F_RO, its bytes read,
       a write refused, the image unchanged
  rng  -device virtio-rng-pci,vectors=0 (no MSI-X: INTx and the ISR):
       the kernel picks virtio_rng.0 and /dev/hwrng gives 32 bytes
  net  -netdev user -device virtio-net-pci: the default MAC, a DHCP
       lease from libslirp, and a file from an HTTP server this script
       runs on the host (wget to 10.0.2.2, the port on the kernel
       command line)

Also the PHB's device-tree node with four virtio functions (dumpdtb,
against a live qemu-system-ppc64 when installed).
Expectations are QEMU 7.2's (qemu-system-ppc64 on the same command line,
with its -drive images; recorded in QEMU_LINES below): the PCI functions
(ids, class, MSI vectors), every BAR as /sys/.../resource shows it (the
I/O, 32-bit and 64-bit windows Linux assigned them in), the disks'
sizes, read-only flags and serial, and the virtio_blk kernel lines.
farad's entropy comes from its seeded stream, so only the hwrng's
length is compared. The boot runs on the release build (as tests/linux.t:
a kernel start is billions of instructions); skips (one line) when the
guest software cannot be fetched or mke2fs is missing.
Env: FARAD_SRC, FARAD_LINUX_BIN, FARAD_GUEST_CACHE.
"""
import hashlib
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SRC, Tap, release_farad
from linuxboot import CACHE, KERNEL, boot, fetch

BIN = release_farad("FARAD_LINUX_BIN")
MODULES = "virtio_pci virtio_blk virtio-rng ext4 crc32c_generic virtio_net"

# qemu-system-ppc64 7.2, the same options (images a.img b.img c.img as
# made below; -vga none; its virtio-net-pci needs romfile= here, which
# farad accepts too), lines of virtio-test.sh's output in order
QEMU_LINES = """\
PCI 0000:00:00.0 0x1af4 0x1042 0x010000 msi=2
RES 0000:00:00.0 0x0000000000000000 0x0000000000000000 0x0000000000000000
RES 0000:00:00.0 0x0000200080000000 0x0000200080000fff 0x0000000000040200
RES 0000:00:00.0 0x0000210000000000 0x0000210000003fff 0x0000000000140204
PCI 0000:00:01.0 0x1af4 0x1005 0x00ff00 msi=0
RES 0000:00:01.0 0x0000000000001400 0x000000000000141f 0x0000000000040101
RES 0000:00:01.0 0x0000000000000000 0x0000000000000000 0x0000000000000000
RES 0000:00:01.0 0x0000210000004000 0x0000210000007fff 0x0000000000140204
PCI 0000:00:02.0 0x1af4 0x1000 0x020000 msi=3
RES 0000:00:02.0 0x0000000000001420 0x000000000000143f 0x0000000000040101
RES 0000:00:02.0 0x0000200080001000 0x0000200080001fff 0x0000000000040200
RES 0000:00:02.0 0x0000210000008000 0x000021000000bfff 0x0000000000140204
PCI 0000:00:03.0 0x1af4 0x1001 0x010000 msi=2
RES 0000:00:03.0 0x0000000000001000 0x000000000000107f 0x0000000000040101
RES 0000:00:03.0 0x0000200080002000 0x0000200080002fff 0x0000000000040200
RES 0000:00:03.0 0x000021000000c000 0x000021000000ffff 0x0000000000140204
PCI 0000:00:04.0 0x1af4 0x1001 0x010000 msi=2
RES 0000:00:04.0 0x0000000000001080 0x00000000000010ff 0x0000000000040101
RES 0000:00:04.0 0x0000200080003000 0x0000200080003fff 0x0000000000040200
RES 0000:00:04.0 0x0000210000010000 0x0000210000013fff 0x0000000000140204
DISK vda size=32768 ro=0 serial=farad-disk0
DISK vdb size=2048 ro=0 serial=
DISK vdc size=4096 ro=1 serial=
MOUNT ok
READ hello from ext4
FSTRIM 0
REREAD written by the guest
VDB farad-virtio-write
VDC read-only disk!!
VDC-WRITE refused
RNG virtio_rng.0
DMESG virtio_blk virtio0: 1/0/0 default/read/poll queues
DMESG virtio_blk virtio0: [vda] 32768 512-byte logical blocks (16.8 MB/16.0 MiB)
DMESG virtio_blk virtio3: 1/0/0 default/read/poll queues
DMESG virtio_blk virtio3: [vdb] 2048 512-byte logical blocks (1.05 MB/1.00 MiB)
DMESG virtio_blk virtio4: 1/0/0 default/read/poll queues
DMESG virtio_blk virtio4: [vdc] 4096 512-byte logical blocks (2.10 MB/2.00 MiB)
MAC 52:54:00:12:34:56
DHCP lease of 10.0.2.15 obtained from 10.0.2.2, lease time 86400
WGET hello over virtio-net
""".splitlines()


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def lines_with(out, prefixes):
    return [l.rstrip("\r") for l in out.splitlines()
            if l.rstrip("\r").split(" ")[0] in prefixes]


def main():
    tap = Tap()
    print("1..10")
    why = None
    if not fetch("kernel"):
        why = "guest software not available (tests/linux/fetch-guest.sh)"
    elif not shutil.which("mke2fs"):
        why = "mke2fs missing (package e2fsprogs)"
    if why:
        for i in range(10):
            tap.skip("virtio boot check %d" % (i + 1), why)
        return tap.exit()
    work = tempfile.mkdtemp(prefix="farad-virtio-")
    try:
        run_checks(tap, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    tap.exit()


def phb_node(dts):
    """The text of the first PHB's node in a dtc -O dts listing."""
    m = re.search(r"^\tpci@800000020000000 \{\n.*?^\t\};", dts, re.M | re.S)
    return m.group(0) if m else ""


def check_dt(tap, work, a, c):
    """The PHB's device-tree node with the four virtio functions (dumpdtb,
    no guest run) against a live qemu-system-ppc64's."""
    qemu = shutil.which("qemu-system-ppc64")
    name = "device tree: the PHB node with virtio-blk/-rng/-net as QEMU 7.2's"
    if not qemu or not shutil.which("dtc"):
        tap.skip(name, "qemu-system-ppc64 or dtc not installed")
        return
    args = ["-M", "pseries", "-m", "1G", "-nodefaults", "-display", "none",
            "-drive", "file=%s,if=none,id=d0,format=raw" % a,
            "-device", "virtio-blk-pci,drive=d0", "-device", "virtio-rng-pci",
            "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,romfile=",
            "-drive", "file=%s,if=virtio,format=raw,readonly=on" % c]
    nodes = []
    for who, extra in ((qemu, ["-vga", "none"]), (BIN, [])):
        dtb = os.path.join(work, "t.dtb")
        subprocess.run([who] + args + extra + ["-machine", "dumpdtb=" + dtb],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        dts = subprocess.run(["dtc", "-I", "dtb", "-O", "dts", dtb], capture_output=True,
                             text=True).stdout
        nodes.append(phb_node(dts))
    tap.ok(nodes[0] and nodes[0] == nodes[1] and "scsi@3" in nodes[0], name,
           "qemu:\n%s\nfarad:\n%s" % (nodes[0], nodes[1]))


def run_checks(tap, work):
    initrd = os.path.join(work, "initrd.gz")
    subprocess.run([os.path.join(SRC, "tests", "linux", "make-initramfs.sh"), "-o", initrd,
                    "-m", MODULES, "-f",
                    os.path.join(SRC, "tests", "linux", "virtio-test.sh") + ":/test.sh"],
                   check=True, stdout=subprocess.DEVNULL)
    files = os.path.join(work, "files")
    os.mkdir(files)
    with open(os.path.join(files, "hello.txt"), "w") as f:
        f.write("hello from ext4\n")
    a, b, c = (os.path.join(work, n) for n in ("a.img", "b.img", "c.img"))
    with open(a, "wb") as f:
        f.truncate(16 << 20)
    subprocess.run(["mke2fs", "-q", "-t", "ext4", "-E", "root_owner=0:0", "-d", files, a],
                   check=True)
    with open(b, "wb") as f:
        f.truncate(1 << 20)
    with open(c, "wb") as f:
        f.write(b"read-only disk!!")
        f.truncate(2 << 20)
    www = os.path.join(work, "www")
    os.mkdir(www)
    with open(os.path.join(www, "hello.txt"), "w") as f:
        f.write("hello over virtio-net\n")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kw):
            super().__init__(*args, directory=www, **kw)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_address[1]
    before = {p: sha(p) for p in (a, b, c)}
    with open(b, "rb") as f:
        b_before = f.read()
    argv = [BIN, "-M", "pseries,x-vof=on", "-m", "1G", "-nodefaults", "-nographic",
            "-serial", "stdio", "-kernel", KERNEL, "-initrd", initrd,
            "-append", "console=hvc0 farad.test quiet farad.port=%d" % port,
            "-drive", "file=%s,if=none,id=d0,format=raw,discard=unmap" % a,
            "-device", "virtio-blk-pci,drive=d0,iommu_platform=on,disable-legacy=on,"
                       "serial=farad-disk0",
            "-drive", "file=%s,if=virtio,format=raw,snapshot=off" % b,
            "-drive", "file=%s,if=virtio,format=raw,readonly=on" % c,
            "-device", "virtio-rng-pci,vectors=0",
            "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,romfile="]
    r = boot(argv, timeout=600)
    httpd.shutdown()
    out = r.out
    tap.ok(r.rc == 0 and "farad-test: exit 0, powering off" in out,
           "Linux boots with virtio-blk x3, virtio-rng and virtio-net, runs the test, "
           "powers off",
           r.tail(), "%.1f s, %s instructions" % (r.secs, r.icount))

    got = lines_with(out, {"PCI", "RES"})
    want = [l for l in QEMU_LINES if l.split(" ")[0] in ("PCI", "RES")]
    tap.ok(got == want, "PCI functions and BARs (/sys resource) as under QEMU 7.2",
           "got:\n%s\nwant:\n%s" % ("\n".join(got), "\n".join(want)))

    got = lines_with(out, {"DISK", "DMESG"})
    want = [l for l in QEMU_LINES if l.split(" ")[0] in ("DISK", "DMESG")]
    tap.ok(got == want, "disk sizes, read-only flags, serial, virtio_blk lines as QEMU's",
           "got:\n%s\nwant:\n%s" % ("\n".join(got), "\n".join(want)))

    keys = {"MOUNT", "READ", "FSTRIM", "REREAD"}
    got = lines_with(out, keys)
    want = [l for l in QEMU_LINES if l.split(" ")[0] in keys]
    tap.ok(got == want and before[a] == sha(a),
           "vda: ext4 mounted, file read, file written+synced+read after remount, "
           "fstrim; the image unchanged (overlay)",
           "got %r; image %s" % (got, "unchanged" if before[a] == sha(a) else "CHANGED"))

    with open(b, "rb") as f:
        b_after = f.read()
    expect_b = bytearray(b_before)
    expect_b[4096:4608] = b"farad-virtio-write".ljust(512, b"\0")
    tap.ok("VDB farad-virtio-write" in lines_with(out, {"VDB"}) and b_after == bytes(expect_b),
           "vdb (if=virtio, snapshot=off): the guest's write reached the image at 4096",
           "image bytes at 4096: %r" % b_after[4096:4130])

    keys = {"VDC", "VDC-WRITE"}
    got = lines_with(out, keys)
    want = [l for l in QEMU_LINES if l.split(" ")[0] in keys]
    tap.ok(got == want and before[c] == sha(c),
           "vdc (readonly=on): read, write refused, image unchanged", "got %r" % got)

    rng = lines_with(out, {"RNG"})
    hw = re.search(r"^HWRNG ([0-9a-f]*)\r?$", out, re.M)
    tap.ok(rng == ["RNG virtio_rng.0"] and hw and len(hw.group(1)) == 64 and
           hw.group(1) != "0" * 64,
           "virtio-rng (INTx): the kernel's hwrng, 32 bytes from /dev/hwrng",
           "got %r %r" % (rng, hw.group(0) if hw else None))

    keys = {"MAC", "DHCP", "WGET"}
    got = lines_with(out, keys)
    want = [l for l in QEMU_LINES if l.split(" ")[0] in keys]
    tap.ok(got == want, "virtio-net: default MAC, DHCP lease from slirp, a file over HTTP "
           "from the host", "got %r" % got)

    check_dt(tap, work, a, c)

    tap.ok("virtqueue" not in r.err and "needs a reset" not in r.err,
           "no virtqueue error on farad's stderr", r.err[-500:])


if __name__ == "__main__":
    main()
