#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""TAP: Linux's ibmvscsi driver on farad's spapr-vscsi, one boot.

Debian's kernel (tests/linux/fetch-guest.sh) boots through VOF with an
initramfs holding ibmvscsi, sd_mod, sr_mod and isofs
(tests/linux/make-initramfs.sh) and tests/vscsi/guest-test.sh as
/test.sh, on QEMU's command line with its defaults (no -nodefaults: the
default adapter with the CD-ROM at target 2) plus
  -drive file=DISK,if=scsi,format=raw   an 8 MiB disk whose every
                                         sector starts with its number
  -cdrom ISO                             genisoimage of hello.txt and a
                                         300000-byte big.bin
The guest script prints what Linux sees ("T:" lines) and the driver's
and disks' kernel messages ("D:" lines). The expected lines are what
qemu-system-ppc64 7.2 printed for the same command line (with -vga
none; these images, tests/vscsi/guest-test.sh): the SCSI
devices (0:0:0:0 QEMU HARDDISK, 0:0:2:0 QEMU CD-ROM, SPC-3, 2.5+), the
disk's size and contents (sectors 0 and 2047, an md5 of the first MiB),
a sector Linux writes and reads back with O_DIRECT, the CD's files
through isofs, and the driver's and sd/sr's messages: adapter info
(SRP 16.a, partition qemu, 2 MiB transfers), SRP login, the unit
attention after reset, capacity, mode sense header (63 00 00 08), cache
and the CD's capabilities. Then: the disk image's bytes are unchanged
(farad's drives write to an overlay unless snapshot=off).

The boot runs on the release build (a kernel start is too long for the
sanitizer build; FARAD_LINUX_BIN overrides). Skips (one line) when the
guest packages cannot be fetched or genisoimage is missing.
Env: FARAD_SRC, FARAD_LINUX_BIN, FARAD_GUEST_CACHE.
"""
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SRC, Tap, release_farad
from linuxboot import KERNEL, boot, fetch

BIN = release_farad("FARAD_LINUX_BIN")

# qemu-system-ppc64 7.2, same images and guest script (T: lines whole)
EXPECT_T = [
    "T: blocks sda sr0",
    "T: dev 0:0:0:0 type=0 level=6 vendor=QEMU model=QEMU_HARDDISK___ rev=2.5+",
    "T: dev 0:0:2:0 type=5 level=6 vendor=QEMU model=QEMU_CD-ROM_____ rev=2.5+",
    "T: sda size=16384 ro=0 rm=0",
    "T: sr0 size=1292 ro=1 rm=1",
    "T: sector0 FARAD-VSCSI-SECTOR-00000",
    "T: sector2047 FARAD-VSCSI-SECTOR-02047",
    "T: md5 b3ed73e9068fef110f530a8cdcf37452",
    "T: written FARAD-WRITTEN-BY-LINUX-0001",
    "T: cd hello hello from the farad CD-ROM",
    "T: cd big 0a6ab4f94913045c5dfedd66e6cc8d74",
]
# ... and its kernel messages, in order (the adapter after QEMU's
# default NIC, l-lan@71000002, as QEMU's run with its defaults said)
EXPECT_D = [
    r"ibmvscsi 71000003: SRP_VERSION: 16\.a$",
    r"scsi host0: IBM POWER Virtual SCSI Adapter",
    r"ibmvscsi 71000003: partner initialization complete$",
    r"ibmvscsi 71000003: host srp version: 16\.a, host partition qemu \(0\), "
    r"OS 2, max io 2097152$",
    r"ibmvscsi 71000003: SRP_LOGIN succeeded$",
    r"sd 0:0:0:0: Power-on or device reset occurred$",
    r"sd 0:0:0:0: \[sda\] 16384 512-byte logical blocks: \(8\.39 MB/8\.00 MiB\)$",
    r"sd 0:0:0:0: \[sda\] Write Protect is off$",
    r"sd 0:0:0:0: \[sda\] Mode Sense: 63 00 00 08$",
    r"sd 0:0:0:0: \[sda\] Write cache: enabled, read cache: enabled, "
    r"doesn't support DPO or FUA$",
    r"sd 0:0:0:0: \[sda\] Attached SCSI disk$",
    r"sr 0:0:2:0: Power-on or device reset occurred$",
    r"sr 0:0:2:0: \[sr0\] scsi3-mmc drive: 16x/50x cd/rw xa/form2 cdda tray$",
    r"sr 0:0:2:0: Attached scsi CD-ROM sr0$",
]


def make_images(work):
    """The disk (sector n starts "FARAD-VSCSI-SECTOR-n") and the ISO."""
    disk = bytearray(8 << 20)
    for s in range(len(disk) // 512):
        tag = b"FARAD-VSCSI-SECTOR-%05d" % s
        disk[s * 512:s * 512 + len(tag)] = tag
    with open(os.path.join(work, "disk.img"), "wb") as f:
        f.write(disk)
    iso = os.path.join(work, "iso")
    os.mkdir(iso)
    with open(os.path.join(iso, "hello.txt"), "w") as f:
        f.write("hello from the farad CD-ROM\n")
    r = random.Random(16)
    with open(os.path.join(iso, "big.bin"), "wb") as f:
        f.write(bytes(r.getrandbits(8) for _ in range(300000)))
    subprocess.run(["genisoimage", "-quiet", "-r", "-V", "FARADCD", "-o",
                    os.path.join(work, "cd.iso"), iso], check=True)
    return hashlib.sha256(disk).hexdigest()


def main():
    if not fetch():
        print("1..0 # SKIP the Debian guest packages cannot be fetched")
        return 0
    if not shutil.which("genisoimage"):
        print("1..0 # SKIP genisoimage is not installed (build.sh deps)")
        return 0
    tap = Tap()
    print("1..%d" % (len(EXPECT_T) + len(EXPECT_D) + 2))
    work = tempfile.mkdtemp(prefix="farad-vscsi-")
    try:
        disk_sum = make_images(work)
        initrd = os.path.join(work, "initrd.gz")
        subprocess.run([os.path.join(SRC, "tests/linux/make-initramfs.sh"), "-o", initrd,
                        "-m", "ibmvscsi sd_mod sr_mod isofs", "-f",
                        os.path.join(SRC, "tests/vscsi/guest-test.sh") + ":/test.sh"],
                       check=True)
        disk = os.path.join(work, "disk.img")
        run = boot([BIN, "-M", "pseries,x-vof=on", "-m", "1G", "-nographic",
                    "-serial", "stdio", "-kernel", KERNEL, "-initrd", initrd,
                    "-append", "console=hvc0 farad.test quiet",
                    "-drive", "file=%s,if=scsi,format=raw" % disk,
                    "-cdrom", os.path.join(work, "cd.iso")], timeout=300)
        lines = [l.rstrip() for l in run.lines()]
        tlines = [l for l in lines if l.startswith("T: ")]
        for i, want in enumerate(EXPECT_T):
            got = tlines[i] if i < len(tlines) else None
            tap.ok(got == want, want, "got %r\n%s" % (got, run.tail()))
        dlines = [l[3:] for l in lines if l.startswith("D: ")]
        pos = 0
        for pat in EXPECT_D:
            hit = next((i for i in range(pos, len(dlines)) if re.search(pat, dlines[i])),
                       None)
            tap.ok(hit is not None, "dmesg: /%s/" % pat,
                   "not found in order in:\n" + "\n".join(dlines))
            if hit is not None:
                pos = hit + 1
        tap.ok(run.rc == 0 and "farad-test: exit 0" in run.out,
               "the guest script ends, farad exits 0 (%.1f s, %s instructions)" %
               (run.secs, run.icount), run.tail())
        with open(disk, "rb") as f:
            same = hashlib.sha256(f.read()).hexdigest() == disk_sum
        tap.ok(same, "the disk image is unchanged (the guest's write went to the overlay)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return tap.exit()


sys.exit(main())
