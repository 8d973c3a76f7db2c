#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""TAP: the Debian 12 installer (debian-installer-12-netboot-ppc64el, its
vmlinux and initrd.gz; tests/linux/fetch-guest.sh installer) boots on
farad with QEMU's command line, through SLOF, to its first screen,
"[!!] Select a language", on hvc0, with a CD-ROM and two disks:
  -cdrom ISO                       genisoimage of .disk/info and hello.txt
                                   (scsi-cd on the spapr-vscsi adapter
                                   the drive makes, target 2)
  -drive file=VD,if=none,id=d0 -device virtio-blk-pci,drive=d0
                                   32 MiB, an MBR with one partition
  -drive file=SD,if=scsi           16 MiB, blank (scsi-hd, target 0)
The installer runs under GNU screen on the console, so the screen is
drawn with terminal escapes; the checks look at the text without them:
the kernel starts /init, the installer's first dialog is "Select a
language" with its explanation line, no Oops.

Then the installer's own view of the devices: Ctrl-A Ctrl-A 2 (a Ctrl-A
for screen through -serial mon:stdio) selects screen's window 2, the
installer's shell, which runs tests/installer/check-devices.sh: depmod and
udev's replay of the adapters' events, which loads their drivers (what
installing the driver udebs and disk-detect's update-dev do), then
list-devices cd, disk and partition (what cdrom-detect, partman and
mountmedia use), sysfs sizes and models, /proc/partitions, blkid, the
CD's .disk/info through isofs, and the kernel's ibmvscsi, sd, sr and
virtio_blk messages. The netboot initrd has no drivers for these devices
(a netboot install downloads them as udebs from the mirror after the
network is up; the archive's mirror here serves no udebs), so the test
appends to it a cpio with the same modules from the installer's own kernel
package (tests/linux/fetch-guest.sh installer) and the check script.
The expected lines are what qemu-system-ppc64 7.2 printed for this command
line. Then Ctrl-A x ends farad with status 0; farad's instruction count
at that exit is printed.

qemu-system-ppc64 7.2 (when installed; FARAD_LINUX_NO_QEMU=1 leaves it
out) boots the same command line and runs the same check: the live
oracle; its lines must be farad's, and its seconds to the prompt are
printed beside farad's instructions and seconds.

Skips (one line saying why) when the installer cannot be fetched
(offline), or SLOF (Debian's qemu-system-data) or genisoimage is
missing.
Env: FARAD_SRC, FARAD_LINUX_BIN, FARAD_GUEST_CACHE, FARAD_LINUX_NO_QEMU.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SLOF, SRC, Tap, release_farad
from linuxboot import (CACHE, PIN_RTC, boot, check_boot, check_count, fetch, in_order,
                       pseries_args)

BIN = release_farad("FARAD_LINUX_BIN")
DIR = os.path.join(CACHE, "installer")
TIMEOUT = 900
# the installer's first screen and the device check are about 1.2e10
# instructions
MAX = ["-max-insns", "30000000000"]
# the screen is complete once its explanation line is out
PROMPT = b"Choose the language to be used for the installation process"
# in order, as qemu-system-ppc64 7.2 prints them for this command line
MILESTONES = [
    r"Run /init as init process",
    r"Starting system log daemon: syslogd, klogd",
    r"\[!!\] Select a language",
    r"Choose the language to be used for the installation process",
]


# the installer's shell (screen's window 2) runs the check; the marker as
# typed ('') is not the marker printed
CHECK = b"sh /farad-check-devices.sh >/dev/hvc0 2>&1; echo FARAD-CHECK''-DONE >/dev/hvc0\r"
DONE = b"FARAD-CHECK-DONE"
CONSOLE = [(PROMPT, b"\x01\x012"), (b"# ", CHECK), (DONE, b"\x01x")]
CD_INFO = 'Debian GNU/Linux 12 "Bookworm" - farad installer test CD'
# the virtio disk's MBR: its signature and one Linux partition from sector 2048
VD_SECTORS = 65536
VD_SIGNATURE = 0xfa4ad16e

# what qemu-system-ppc64 7.2 printed for this command line (I: lines whole)
EXPECT_I = [
    "I: cd /dev/sr0 ",
    "I: disk /dev/sda /dev/vda ",
    "I: partition /dev/vda1 ",
    "I: sda size=32768 ro=0 rm=0 vendor=QEMU     model=QEMU HARDDISK   ",
    "I: sr0 size=740 ro=1 rm=1 vendor=QEMU     model=QEMU CD-ROM     ",
    "I: vda size=65536 ro=0 rm=0 vendor=0x1af4 model=",
    "I: part 254        0      32768 vda",
    "I: part 254        1      31744 vda1",
    "I: part 11        0        370 sr0",
    "I: part 8        0      16384 sda",
    'I: blkid /dev/sr0: BLOCK_SIZE="2048" LABEL="FARAD_CD" TYPE="iso9660"',
    'I: blkid /dev/vda: PTUUID="fa4ad16e" PTTYPE="dos"',
    "I: info " + CD_INFO,
]
# ... and the kernel's messages, in order for each adapter (the two probe
# side by side)
EXPECT_D = {
    "spapr-vscsi": [
        r"ibmvscsi 71000002: SRP_VERSION: 16\.a$",
        r"scsi host0: IBM POWER Virtual SCSI Adapter",
        r"ibmvscsi 71000002: partner initialization complete$",
        r"ibmvscsi 71000002: host srp version: 16\.a, host partition qemu \(0\), "
        r"OS 2, max io 2097152$",
        r"ibmvscsi 71000002: SRP_LOGIN succeeded$",
        r"scsi 0:0:0:0: Direct-Access +QEMU +QEMU HARDDISK +2\.5\+ PQ: 0 ANSI: 5$",
        r"scsi 0:0:2:0: CD-ROM +QEMU +QEMU CD-ROM +2\.5\+ PQ: 0 ANSI: 5$",
    ],
    "scsi-cd": [
        r"sr 0:0:2:0: Power-on or device reset occurred$",
        r"sr 0:0:2:0: \[sr0\] scsi3-mmc drive: 16x/50x cd/rw xa/form2 cdda tray$",
        r"sr 0:0:2:0: Attached scsi CD-ROM sr0$",
    ],
    "scsi-hd": [
        r"sd 0:0:0:0: Power-on or device reset occurred$",
        r"sd 0:0:0:0: \[sda\] 32768 512-byte logical blocks: \(16\.8 MB/16\.0 MiB\)$",
        r"sd 0:0:0:0: \[sda\] Write Protect is off$",
        r"sd 0:0:0:0: \[sda\] Mode Sense: 63 00 00 08$",
        r"sd 0:0:0:0: \[sda\] Write cache: enabled, read cache: enabled, "
        r"doesn't support DPO or FUA$",
        r"sd 0:0:0:0: \[sda\] Attached SCSI disk$",
    ],
    "virtio-blk-pci": [
        r"virtio_blk virtio0: 1/0/0 default/read/poll queues$",
        r"virtio_blk virtio0: \[vda\] 65536 512-byte logical blocks \(33\.6 MB/32\.0 MiB\)$",
        r" vda: vda1$",
    ],
}


def make_media(work):
    """The CD image and the two disk images in work; their paths."""
    cd = os.path.join(work, "cd")
    os.makedirs(os.path.join(cd, ".disk"))
    with open(os.path.join(cd, ".disk", "info"), "w") as f:
        f.write(CD_INFO + "\n")
    with open(os.path.join(cd, "hello.txt"), "w") as f:
        f.write("hello from the farad CD-ROM\n")
    iso = os.path.join(work, "cd.iso")
    subprocess.run(["genisoimage", "-quiet", "-V", "FARAD_CD", "-r", "-J", "-o", iso, cd],
                   check=True)
    vd = os.path.join(work, "vd.img")
    with open(vd, "wb") as f:
        f.truncate(VD_SECTORS * 512)
        mbr = bytearray(512)
        struct.pack_into("<I", mbr, 440, VD_SIGNATURE)
        # status, CHS first (unused), type 0x83, CHS last, first LBA, sectors
        mbr[446:462] = struct.pack("<B3sB3sII", 0, b"\xfe\xff\xff", 0x83, b"\xfe\xff\xff",
                                   2048, VD_SECTORS - 2048)
        mbr[510:512] = b"\x55\xaa"
        f.write(mbr)
    sd = os.path.join(work, "sd.img")
    with open(sd, "wb") as f:
        f.truncate(16 << 20)
    return iso, vd, sd


def make_initrd(work):
    """The installer's initrd.gz with a cpio appended (Linux unpacks one
    after the other): the CD-ROM and disk drivers fetched from its kernel
    package and the check script as /farad-check-devices.sh."""
    extra = os.path.join(work, "extra")
    shutil.copytree(os.path.join(DIR, "modules", "lib"), os.path.join(extra, "lib"))
    shutil.copy(os.path.join(SRC, "tests", "installer", "check-devices.sh"),
                os.path.join(extra, "farad-check-devices.sh"))
    names = subprocess.run(["find", "."], cwd=extra, check=True, capture_output=True).stdout
    cpio = subprocess.run(["cpio", "-o", "-H", "newc", "-R", "0:0", "--quiet"], cwd=extra,
                          input=names, check=True, capture_output=True).stdout
    gz = subprocess.run(["gzip", "-n"], input=cpio, check=True, capture_output=True).stdout
    initrd = os.path.join(work, "initrd.gz")
    with open(initrd, "wb") as f:
        f.write(open(os.path.join(DIR, "initrd.gz"), "rb").read() + gz)
    return initrd


def reported(run, prefix):
    """The check's lines starting with prefix, in order."""
    return [l.rstrip("\r") for l in run.lines() if l.startswith(prefix)]


def check_devices(tap, name, run):
    """The check script ran in the installer's shell and printed what QEMU
    7.2 printed: one TAP line per I: line, one per adapter's messages."""
    got_i = reported(run, "I: ")
    tap.ok(DONE in run.raw, "%s: the installer's shell (screen window 2) runs the device check"
           % name, run.tail())
    for want in EXPECT_I:
        tap.ok(want in got_i, "%s: %s" % (name, want.strip()),
               "the check printed:\n" + "\n".join(got_i))
    got_d = [l[3:] for l in reported(run, "D: ")]
    for dev, pats in EXPECT_D.items():
        hits = in_order(got_d, pats)
        tap.ok(None not in hits, "%s: the kernel's %s messages as QEMU 7.2's (%d in order)"
               % (name, dev, len(pats)),
               "missing: %s\nthe kernel said:\n%s" % (
                   [p for p, h in zip(pats, hits) if h is None], "\n".join(got_d)))
    return got_i


def main():
    if not fetch("installer"):
        print("1..0 # SKIP the Debian installer could not be fetched "
              "(tests/linux/fetch-guest.sh installer: offline?)")
        return 0
    if not os.path.exists(SLOF):
        print("1..0 # SKIP %s missing (Debian package qemu-system-data)" % SLOF)
        return 0
    if not shutil.which("genisoimage"):
        print("1..0 # SKIP genisoimage missing (./build.sh deps installs it)")
        return 0
    qemu = shutil.which("qemu-system-ppc64")
    if os.environ.get("FARAD_LINUX_NO_QEMU") == "1":
        qemu = None
    per_run = 1 + len(EXPECT_I) + len(EXPECT_D)
    print("1..%d" % (check_count(MILESTONES) + 1 + per_run +
                     (2 + per_run if qemu else 0)))
    tap = Tap()
    work = tempfile.mkdtemp(prefix="farad-installer-")
    try:
        iso, vd, sd = make_media(work)
        args = pseries_args("pseries", os.path.join(DIR, "vmlinux"), "console=hvc0",
                            make_initrd(work), serial="mon:stdio")
        args += ["-cdrom", iso,
                 "-drive", "file=%s,format=raw,if=none,id=d0" % vd,
                 "-device", "virtio-blk-pci,drive=d0",
                 "-drive", "file=%s,format=raw,if=scsi" % sd]
        run_both(tap, qemu, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if all(tap.results) else 1


def run_both(tap, qemu, args):
    """farad's boot and check, then qemu-system-ppc64's when there is one."""
    # the screen's clock shows the RTC: pinned, the console output is the
    # same in every run
    r = boot([BIN] + args + PIN_RTC + MAX, CONSOLE, TIMEOUT)
    tap.ok(len(r.seen_at) >= 1, "farad: the installer reaches \"Select a language\"", r.tail(),
           info="farad: Debian installer (%s) to \"Select a language\": %.1f s, the device "
           "check done: %.1f s; %s instructions at Ctrl-A x" % (
               open(os.path.join(DIR, "VERSION")).read().strip(),
               r.seen_at[0] if r.seen_at else -1, r.seen_at[2] if len(r.seen_at) > 2 else -1,
               r.icount))
    check_boot(tap, "farad", r, MILESTONES)
    farad_i = check_devices(tap, "farad", r)
    if qemu:
        q = boot([qemu] + args, CONSOLE[:-1] + [(DONE, b"")], TIMEOUT, then_kill=True)
        seen = len(q.seen_at) >= 1 and None not in in_order(q.lines(), MILESTONES)
        tap.ok(seen, "qemu-system-ppc64 7.2: the same command line reaches the same screen",
               q.tail(), info="qemu-system-ppc64 7.2 to \"Select a language\": %.1f s, the "
               "device check done: %.1f s" % (q.seen_at[0] if q.seen_at else -1,
                                              q.seen_at[2] if len(q.seen_at) > 2 else -1))
        qemu_i = check_devices(tap, "qemu-system-ppc64 7.2", q)
        tap.ok(qemu_i == farad_i, "the installer's view on farad is its view on QEMU 7.2 "
               "(%d lines)" % len(qemu_i),
               "farad:\n%s\nqemu:\n%s" % ("\n".join(farad_i), "\n".join(qemu_i)))


if __name__ == "__main__":
    sys.exit(main())
