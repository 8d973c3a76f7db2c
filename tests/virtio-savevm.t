#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""TAP: savevm while a Linux guest writes to an ext4 disk, loadvm, and
the file system consistent (issue 16), in one boot (Debian's ppc64el
kernel through VOF, tests/linux/savevm-test.sh as /test.sh) on the
release build.

The disk is a 16 MiB ext4 image made with mke2fs -d, on
virtio-blk-pci (snapshot=on: writes go to farad's overlay). The guest
mounts it and runs a writer: 60 files w/fK of 12 KiB of known content,
a sync after every 4th and K appended to w/log (then synced). The
timeline:

  S      -savevm-at ICOUNT:S, an instruction count some 25 files into
         the writer (deterministic: nothing enters the machine before)
  1      the writer finishes; the test types "stop": files t1-N
         ("written after the snapshot, before loadvm")
  loadvm the monitor's loadvm S: machine and disk back at S, mid-write;
         the writer goes on from there to its end again
  2      the test types "finish": files t2-N, umount; the monitor's
         savevm end, quit

The console input is typed while the guest waits idle in `read`. (An
open issue: "stop" typed while a busy guest spewed console errors on a
full disk reached the vty's buffer and its interrupt (0x1100, XIVE) was
pulsed, but Linux never called H_GET_TERM_CHAR for it.)
farad-snap export-disk gives the disks of S and end as raw images
(docs/block.md). The oracle is e2fsprogs (exit status 0 of e2fsck -fn:
no errors, as e2fsck(8) documents) and debugfs's rdump of the files:

  S      what a power cut at S would leave: after the journal replay
         (e2fsck -E journal_only) fsck clean; every file the log lists
         whole, a file after them absent or a prefix of its content
  end    fsck clean with no journal to replay (clean umount); files
         1..60 whole, the log S's and then on to 60, t2-N there, t1-N
         absent and their bytes in no block (the guest's page cache
         alone would hide a disk that loadvm failed to take back), the
         mke2fs file unchanged
  base   the image's SHA-256 unchanged

and S2, a savevm right after the loadvm (machine stopped), has S's
state hash.

Also export-disk's refusals (no such snapshot, no such drive, the base
image as OUT). Skips (one line each) when the guest software cannot be
fetched or e2fsprogs is missing.
Env: FARAD_SRC, FARAD_LINUX_BIN, FARAD_SNAP_BIN, FARAD_GUEST_CACHE.
"""
import hashlib
import os
import re
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SRC, Tap, release_farad
from linuxboot import KERNEL, PIN_RTC, fetch

BIN = release_farad("FARAD_LINUX_BIN")
SNAP = os.environ.get("FARAD_SNAP_BIN") or os.path.join(os.path.dirname(BIN), "farad-snap")
MODULES = "virtio_pci virtio_blk ext4 crc32c_generic"
# the writer starts near instruction 1.39e9 (Debian 6.1 through VOF,
# pseries-7.2, RTC pinned) and writes a file in about 4e6 instructions,
# so its 60 files end near 1.64e9; S lies about 25 files in, with some
# 1e8 instructions to spare either way should the boot change. (To
# re-measure: `savevm probe` in the monitor when "WRITER started" shows,
# then `info snapshots`.)
SAVE_AT = 1500000000
FILE_SIZE = 12288
FILES = 60
CHECKS = 13
TIMEOUT = 300


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def writer_file(k):
    """The bytes of the writer's file k (yes "file K of the writer" | head -c)."""
    line = b"file %d of the writer\n" % k
    return (line * (FILE_SIZE // len(line) + 1))[:FILE_SIZE]


class Guest:
    """farad with the console on stdin/stdout and the monitor on a unix
    socket."""

    def __init__(self, argv, mon_path):
        env = dict(os.environ, FARAD_STATS="1")
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=env)
        self.start = time.time()
        self.out = b""
        self.mon = None
        self.mon_buf = b""
        while self.mon is None and self.p.poll() is None and self.left() > 0:
            try:
                s = socket.socket(socket.AF_UNIX)
                s.connect(mon_path)
                self.mon = s
            except OSError:
                time.sleep(0.1)
        if self.mon:
            self.monitor(None)   # the banner and first prompt

    def left(self):
        return self.start + TIMEOUT - time.time()

    def wait_for(self, pat, start=0):
        """Read the console until the regex pat (bytes) matches at or after
        start; the match, or None (farad ended, time up)."""
        rx = re.compile(pat)
        while True:
            m = rx.search(self.out, start)
            if m:
                return m
            r, _, _ = select.select([self.p.stdout], [], [], max(0, self.left()))
            if not r:
                return None
            chunk = os.read(self.p.stdout.fileno(), 65536)
            if not chunk:
                return None
            self.out += chunk

    def type(self, text):
        try:
            self.p.stdin.write(text)
            self.p.stdin.flush()
        except BrokenPipeError:
            pass

    def monitor(self, cmd):
        """Send an HMP command (None: nothing) and return what the monitor
        printed up to its next prompt ("" when it closed)."""
        if not self.mon:
            return ""
        if cmd is not None:
            self.mon.sendall(cmd.encode() + b"\n")
        while b"(qemu) " not in self.mon_buf:
            r, _, _ = select.select([self.mon], [], [], max(0, self.left()))
            chunk = self.mon.recv(65536) if r else b""
            if not chunk:
                break
            self.mon_buf += chunk
        text, _, self.mon_buf = self.mon_buf.partition(b"(qemu) ")
        return text.decode(errors="replace")

    def finish(self):
        try:
            out, err = self.p.communicate(timeout=max(1, self.left()))
        except subprocess.TimeoutExpired:
            self.p.kill()
            out, err = self.p.communicate()
        self.out += out
        self.err = err.decode(errors="replace")
        return self.p.returncode

    def tail(self):
        return "console ends %r" % self.out[-800:].decode(errors="replace")


def run(argv):
    return subprocess.run(argv, capture_output=True, text=True)


def export(db, name, out, *extra):
    return run([SNAP, db, "export-disk", name, "d0", out] + list(extra))


def dump_fs(img, dest):
    """The files of ext4 image img under dest (debugfs rdump; the image is
    only read)."""
    os.makedirs(dest)
    r = run(["debugfs", "-R", "rdump / %s" % dest, img])
    return r.returncode == 0


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def log_entries(root):
    text = read(os.path.join(root, "w", "log")) or b""
    return [int(x) for x in text.split()]


def check_writer_files(root, whole):
    """Problems with the writer's files under root: 1..whole must be
    whole, any other one absent or a prefix of its content (a file
    being written at a power cut)."""
    bad = []
    names = os.listdir(os.path.join(root, "w")) if os.path.isdir(os.path.join(root, "w")) else []
    nums = {int(n[1:]) for n in names if re.fullmatch(r"f\d+", n)}
    for k in range(1, whole + 1):
        if read(os.path.join(root, "w", "f%d" % k)) != writer_file(k):
            bad.append("f%d not whole" % k)
    for k in sorted(nums):
        data = read(os.path.join(root, "w", "f%d" % k))
        if k > whole and not writer_file(k).startswith(data or b""):
            bad.append("f%d (%d bytes) is not a prefix of its content" % (k, len(data or b"")))
    return bad


def main():
    tap = Tap()
    print("1..%d" % CHECKS)
    why = None
    if not fetch("kernel"):
        why = "guest software not available (tests/linux/fetch-guest.sh)"
    else:
        missing = [t for t in ("mke2fs", "e2fsck", "debugfs") if not shutil.which(t)]
        if missing:
            why = "%s missing (package e2fsprogs)" % " ".join(missing)
    if why:
        for i in range(CHECKS):
            tap.skip("savevm/loadvm/fsck check %d" % (i + 1), why)
        return tap.exit()
    work = tempfile.mkdtemp(prefix="farad-savevm-")
    try:
        run_checks(tap, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    tap.exit()


def run_checks(tap, work):
    initrd = os.path.join(work, "initrd.gz")
    subprocess.run([os.path.join(SRC, "tests", "linux", "make-initramfs.sh"), "-o", initrd,
                    "-m", MODULES, "-f",
                    os.path.join(SRC, "tests", "linux", "savevm-test.sh") + ":/test.sh"],
                   check=True, stdout=subprocess.DEVNULL)
    files = os.path.join(work, "files")
    os.mkdir(files)
    hello = b"made by mke2fs -d\n"
    with open(os.path.join(files, "hello.txt"), "wb") as f:
        f.write(hello)
    img = os.path.join(work, "a.img")
    with open(img, "wb") as f:
        f.truncate(16 << 20)
    subprocess.run(["mke2fs", "-q", "-t", "ext4", "-E", "root_owner=0:0", "-d", files, img],
                   check=True)
    base_sha = sha(img)
    db = os.path.join(work, "s.db")
    mon = os.path.join(work, "mon.sock")
    argv = [BIN, "-M", "pseries-7.2,x-vof=on", "-m", "1G", "-nodefaults", "-nographic",
            "-serial", "stdio", "-kernel", KERNEL, "-initrd", initrd,
            "-append", "console=hvc0 farad.test quiet"] + PIN_RTC + [
            "-drive", "file=%s,if=none,id=d0,format=raw" % img,
            "-device", "virtio-blk-pci,drive=d0",
            "-snapshot-db", db, "-savevm-at", "%d:S" % SAVE_AT,
            "-monitor", "unix:%s,server,nowait" % mon]
    g = Guest(argv, mon)

    # S: taken by -savevm-at while the writer runs
    started = g.wait_for(rb"WRITER started")
    listing = ""
    while started and g.left() > 0 and g.p.poll() is None:
        listing = g.monitor("info snapshots")
        if re.search(r"^\d+\s+S\s", listing, re.M):
            break
        time.sleep(0.2)
    s_row = re.search(r"^\d+\s+S\s+\S+\s+(\d+)", listing, re.M)
    tap.ok(started and s_row and int(s_row.group(1)) == SAVE_AT and
           b"MOUNT ok" in g.out[:started.start()],
           "the guest mounts the ext4 disk and starts the writer; -savevm-at takes S at "
           "icount %d" % SAVE_AT, "%s\nmonitor: %r" % (g.tail(), listing))

    # timeline 1: the writer finishes after S; "stop", files t1-N
    done1 = g.wait_for(rb"WRITTEN %d\r?\n" % FILES, started.end() if started else 0)
    g.type(b"stop\n")
    t1 = g.wait_for(rb"T1 done", done1.end() if done1 else 0)
    tap.ok(done1 and t1, "timeline 1: the writer goes on after S to file %d; 'stop': "
           "files t1-1..3 written and synced" % FILES, g.tail())

    # loadvm S: the writer again from S; "finish": files t2-N, umount
    mark = len(g.out)
    # stopped across loadvm: a savevm right after it must be S again
    answer = "".join(g.monitor(c) for c in ("stop", "loadvm S", "savevm S2", "cont"))
    done2 = g.wait_for(rb"WRITTEN %d\r?\n" % FILES, mark)
    g.type(b"finish\n")
    t2 = g.wait_for(rb"QUIET", done2.end() if done2 else mark)
    after = g.out[mark:t2.end()] if t2 else b""
    resumed = [int(x) for x in re.findall(rb"^W (\d+)\r?$", after, re.M)]
    dmesg = re.findall(rb"^DMESG .*$", after, re.M)
    tap.ok(t2 and "Error" not in answer and b"UMOUNTED" in after and not dmesg and
           b"T1 done" not in after and b"WRITER started" not in after and
           resumed and resumed[0] > 4,
           "loadvm S: the writer goes on from S (its first line W %s), to file %d again; "
           "'finish': files t2-1..3, umount; no ext4/I/O error in dmesg" % (
               resumed[0] if resumed else "-", FILES),
           "loadvm answered %r; dmesg %r; %s" % (answer, dmesg, g.tail()))

    answer = g.monitor("savevm end") + g.monitor("quit")
    rc = g.finish()
    tap.ok(rc == 0 and "Error" not in answer,
           "savevm end after the umount, quit: farad exits 0",
           "exit %s, monitor %r, stderr %r" % (rc, answer, g.err[-500:]))

    snap_img, end_img = os.path.join(work, "S.img"), os.path.join(work, "end.img")
    ex = [export(db, "S", snap_img), export(db, "end", end_img)]
    sizes = [os.path.getsize(p) if os.path.exists(p) else -1 for p in (snap_img, end_img)]
    lst = run([SNAP, db, "list"]).stdout
    hashes = dict(re.findall(r"^\d+\s+(\S+)\s.*\s([0-9a-f]{16})$", lst, re.M))
    tap.ok(hashes.get("S") and hashes.get("S") == hashes.get("S2"),
           "loadvm S brings the whole machine back: a savevm right after it has S's "
           "state hash (RAM, devices and the disk's overlay)", lst)

    tap.ok(all(r.returncode == 0 for r in ex) and sizes == [16 << 20] * 2,
           "farad-snap export-disk: the disks of S and end as 16 MiB raw images",
           "exits %s, stderr %r, sizes %s" % ([r.returncode for r in ex],
                                              [r.stderr for r in ex], sizes))

    # S: what a power cut at S leaves; the journal replayed as a mount would
    feats = run(["dumpe2fs", "-h", snap_img]).stdout
    replay = run(["e2fsck", "-E", "journal_only", "-y", snap_img])
    fsck = run(["e2fsck", "-fn", snap_img])
    tap.ok("needs_recovery" in feats and replay.returncode in (0, 1) and fsck.returncode == 0,
           "S's disk (mounted, mid-write): journal replayed, then e2fsck -fn finds no "
           "errors (exit 0)", "journal replay exit %d %r; e2fsck exit %d:\n%s" % (
               replay.returncode, replay.stdout + replay.stderr, fsck.returncode,
               fsck.stdout[-1500:]))

    s_root = os.path.join(work, "s-files")
    dumped = dump_fs(snap_img, s_root)
    s_log = log_entries(s_root)
    last = s_log[-1] if s_log else 0
    bad = check_writer_files(s_root, last)
    extra = [n for n in ("t1-1", "t2-1") if read(os.path.join(s_root, n)) is not None]
    tap.ok(dumped and 4 <= last < FILES and not bad and not extra and
           read(os.path.join(s_root, "hello.txt")) == hello and
           resumed and resumed[0] in (last, last + 4, last + 8),
           "S's disk: the log lists files 1..%d, all whole; a file after them absent or a "
           "prefix; no t1/t2 files; hello.txt as mke2fs wrote it" % last,
           "log %r, problems %r, extra %r, W lines after loadvm %r (a log of less than "
           "4 or all %d files: SAVE_AT %d no longer lies inside the writer)" % (
               s_log, bad[:10], extra, resumed[:3], FILES, SAVE_AT))

    fsck = run(["e2fsck", "-fn", end_img])
    feats = run(["dumpe2fs", "-h", end_img]).stdout
    tap.ok(fsck.returncode == 0 and "has_journal" in feats and "needs_recovery" not in feats,
           "the final disk (after loadvm, writes, umount): e2fsck -fn finds no errors "
           "(exit 0), no journal to replay", "e2fsck exit %d:\n%s" % (
               fsck.returncode, fsck.stdout[-1500:]))

    e_root = os.path.join(work, "end-files")
    dumped = dump_fs(end_img, e_root)
    e_log = log_entries(e_root)
    bad = check_writer_files(e_root, FILES)
    t1_there = [n for n in ("t1-1", "t1-2", "t1-3") if read(os.path.join(e_root, n)) is not None]
    t2_ok = all(read(os.path.join(e_root, "t2-%d" % i)) == b"timeline 2 file %d\n" % i
                for i in (1, 2, 3))
    with open(end_img, "rb") as f:
        t1_bytes = f.read().count(b"timeline 1 file")   # any block, free ones too
    tap.ok(dumped and e_log and e_log[-1] == FILES and e_log[:len(s_log)] == s_log and
           t1_bytes == 0 and
           not bad and not t1_there and t2_ok and
           read(os.path.join(e_root, "hello.txt")) == hello,
           "the final disk: files 1..%d whole, the log as S's (to %d) then on to %d; "
           "t2-1..3 there; t1-1..3 (written after S, before loadvm) absent, not a byte of "
           "them in any block; hello.txt" % (FILES, last, FILES),
           "log %r, problems %r, t1 files %r, t2 ok %s, 'timeline 1 file' %d times in "
           "the image" % (e_log, bad[:10], t1_there, t2_ok, t1_bytes))

    tap.ok(sha(img) == base_sha, "the base image's bytes are unchanged (SHA-256)")

    # export-disk's refusals, each one line with exit status 1
    copy = os.path.join(work, "copy.img")
    shutil.copy(img, copy)
    cases = [(export(db, "nope", os.path.join(work, "x.img")),
              "farad-snap: %s: no snapshot named 'nope'" % db),
             (run([SNAP, db, "export-disk", "S", "d9", os.path.join(work, "x.img")]),
              "farad-snap: snapshot 'S' has no disk 'd9' (it has 'd0')"),
             (export(db, "S", copy, copy),
              "farad-snap: %s: is the base image itself; export to another file" % copy)]
    got = [(r.returncode, r.stderr.strip()) for r, _ in cases]
    want = [(1, line) for _, line in cases]
    tap.ok(got == want and sha(copy) == base_sha and not os.path.exists(
               os.path.join(work, "x.img")),
           "export-disk refuses an unknown snapshot or drive and the base image as OUT "
           "(one line, exit 1, the image untouched)", "got %r\nwant %r" % (got, want))

    tap.ok("virtqueue" not in g.err and "needs a reset" not in g.err,
           "no virtqueue error on farad's stderr", g.err[-500:])


if __name__ == "__main__":
    main()
