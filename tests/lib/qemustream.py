# SPDX-License-Identifier: MIT
"""QEMU 7.2 migration streams for the TAP tests (tests/migrate-linux.t,
migrate-linux-xive.t, migrate-virtio.t,
migrate-qemu-out.t, migrate-xive.t):
an emulator (farad or qemu-system-ppc64) driven through -serial mon:stdio
as a person uses it, and a QEMU stream walked with its own vmdesc (as the
fixture tool tools/walk_qemu_mig.py does) into RAM pages, HPT entries and
each device section's payload, so two streams compare section by section."""
import gzip
import json
import os
import re
import select
import subprocess
import time

ANSI = re.compile(rb"\x1b\[[0-9;]*[A-Za-z]|\x1b[78]")


def linux_guest_or_skip(initrd=True):
    """For a test that moves a Linux guest between QEMU 7.2 and farad:
    (qemu-system-ppc64's path, the kernel, the demo initramfs or None
    without initrd). Prints TAP's skip plan and exits when QEMU is not
    installed or the guest files cannot be fetched."""
    import shutil
    import sys
    from faradtest import SRC
    qemu = shutil.which("qemu-system-ppc64")
    if not qemu:
        print("1..0 # SKIP needs qemu-system-ppc64 (QEMU 7.2) as the other side")
        sys.exit(0)
    cache = os.environ.get("FARAD_GUEST_CACHE") or os.path.join(SRC, "guest-cache")
    got = subprocess.run([os.path.join(SRC, "tests/linux/fetch-guest.sh"), "kernel"],
                         stdout=subprocess.DEVNULL).returncode == 0
    if got and initrd:
        got = subprocess.run([os.path.join(SRC, "tests/linux/make-initramfs.sh")]
                             ).returncode == 0
    if not got:
        print("1..0 # SKIP the Debian kernel and busybox could not be fetched (offline)")
        sys.exit(0)
    return (qemu, os.path.join(cache, "vmlinux"),
            os.path.join(cache, "initrd.cpio.gz") if initrd else None)


class Emu:
    """An emulator with -serial mon:stdio: the console, and the monitor
    behind Ctrl-A c (serial=False: no console, -monitor stdio)."""

    def __init__(self, argv, serial=True):
        self.p = subprocess.Popen(argv + (["-serial", "mon:stdio"] if serial else
                                          ["-monitor", "stdio"]),
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE)
        self.buf = b""
        self.in_monitor = not serial
        if not serial:
            self.read_until(b"(qemu) ")

    def read_until(self, pat, limit=60):
        """Wait until the output since the last command holds pat (bytes)."""
        end = time.time() + limit
        while pat not in ANSI.sub(b"", self.buf):
            r, _, _ = select.select([self.p.stdout], [], [], max(0, end - time.time()))
            if not r:
                return False
            c = os.read(self.p.stdout.fileno(), 65536)
            if not c:
                return False
            self.buf += c
        return True

    def send(self, b):
        self.p.stdin.write(b)
        self.p.stdin.flush()

    def monitor(self, cmd):
        """Run a monitor command, return its output."""
        if not self.in_monitor:
            self.send(b"\x01c")
            self.in_monitor = True
            self.read_until(b"(qemu) ")
        self.buf = b""
        self.send(cmd.encode() + b"\n")
        self.read_until(b"\n(qemu) ")
        out = ANSI.sub(b"", self.buf).decode(errors="replace").replace("\r", "")
        lines = out.split("\n")[1:]
        return "\n".join(l for l in lines if not l.startswith("(qemu)")).strip("\n")

    def console(self, text, pat, limit=60):
        """Type text at the guest's console, wait for pat (bytes)."""
        if self.in_monitor:
            self.send(b"\x01c")
            self.in_monitor = False
            time.sleep(0.2)
        self.buf = b""
        self.send(text)
        return self.read_until(pat, limit)

    def text(self):
        return ANSI.sub(b"", self.buf).decode(errors="replace").replace("\r", "")

    def quit(self):
        """Quit through the monitor (killed after 20 s); returns stderr."""
        try:
            self.monitor("quit")
        except (BrokenPipeError, OSError):
            pass
        try:
            self.p.wait(20)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()
        return self.p.stderr.read().decode(errors="replace")


def loaded(argv, uri, serial=True):
    """An emulator started with -incoming uri, once the load has ended."""
    e = Emu(argv + ["-incoming", uri], serial)
    for _ in range(400):   # QEMU loads in the background
        if "inmigrate" not in e.monitor("info status"):
            break
        time.sleep(0.05)
    return e


def vmdesc(data):
    """The JSON description QEMU appends to a stream."""
    j = data.rfind(b'{"page_size"')
    return json.loads(data[j:j + int.from_bytes(data[j - 4:j], "big")])


def struct_size(sd):
    n = 0
    for f in sd.get("fields", []):
        each = struct_size(f["struct"]) if f.get("type") == "struct" else f.get("size", 0)
        n += each * f.get("array_len", 1)
    for s in sd.get("subsections", []):
        n += 2 + len(s["vmsd_name"]) + 4 + struct_size(s)
    return n


def unpack(fixture, tmp):
    """The gzipped stream at path fixture, inflated into directory tmp
    under its name without .gz; returns the new file's path."""
    path = os.path.join(tmp, os.path.basename(fixture).replace(".gz", ""))
    with gzip.open(fixture) as f, open(path, "wb") as o:
        o.write(f.read())
    return path


def descriptions(path):
    """The vmdesc of the stream at path: {(idstr, instance): description}."""
    desc = vmdesc(open(path, "rb").read())
    return {(x["name"], x["instance_id"]): x for x in desc["devices"]}


class Stream:
    """A walked stream: machine, pages {addr: bytes}, hpt {index: bytes},
    htab_shift, secs {(idstr, instance): payload}, subs {(idstr,
    instance): [subsection names]}, versions {(idstr, instance): version}."""

    def __init__(self, path):
        d = open(path, "rb").read()
        desc = vmdesc(d)
        devs = {(x["name"], x["instance_id"]): x for x in desc["devices"]}
        self.subs = {k: [s["vmsd_name"] for s in v.get("subsections", [])]
                     for k, v in devs.items()}
        self.pages, self.hpt, self.secs, self.versions = {}, {}, {}, {}
        self.shift = None
        names = {}
        p = 8
        assert d[p] == 7
        n = int.from_bytes(d[p + 1:p + 5], "big")
        self.machine = d[p + 5:p + 5 + n].decode()
        p += 5 + n

        def be(w):
            nonlocal p
            v = int.from_bytes(d[p:p + w], "big")
            p += w
            return v

        def ram():
            nonlocal p
            while True:
                a = be(8)
                fl, addr = a & 0xfff, a & ~0xfff
                if fl & 0x4:
                    tot = addr
                    while tot:
                        skip = be(1)   # the block's name
                        p += skip
                        tot -= be(8)
                    continue
                if fl & 0x10:
                    return
                if not fl & 0x20:
                    p += 1 + d[p]
                if fl & 0x2:
                    self.pages[addr] = bytes([d[p]]) * 4096
                    p += 1
                else:
                    self.pages[addr] = d[p:p + 4096]
                    p += 4096

        def htab():
            nonlocal p
            h = be(4)
            if h == 0xffffffff:
                self.shift = -1
                return
            if h:
                self.shift = h
                return
            while True:
                i, nv, ni = be(4), be(2), be(2)
                if not (i or nv or ni):
                    return
                for k in range(nv):
                    self.hpt[i + k] = d[p:p + 16]
                    p += 16
                for k in range(ni):
                    self.hpt[i + nv + k] = bytes(16)

        while True:
            t = be(1)
            if t == 0:
                break
            sid = be(4)
            if t in (1, 4):
                idstr = d[p + 1:p + 1 + d[p]].decode()
                p += 1 + d[p]
                inst, ver = be(4), be(4)
                names[sid] = idstr
                if idstr == "ram":
                    ram()
                elif idstr == "spapr/htab":
                    htab()
                else:
                    size = struct_size(devs[(idstr, inst)])
                    self.secs[(idstr, inst)] = d[p:p + size]
                    self.versions[(idstr, inst)] = ver
                    p += size
            else:
                ram() if names[sid] == "ram" else htab()
            assert d[p] == 0x7e, "footer at %d" % p
            p += 5

    def valid_hpt(self):
        return {i: e for i, e in self.hpt.items() if e[7] & 1}


def walk(path):
    """-> (pages, hpt, htab_shift, secs, machine) of the stream at path."""
    s = Stream(path)
    return s.pages, s.hpt, s.shift, s.secs, s.machine


def norm_regs(s):
    """info registers without QEMU's TCG-internal hflags."""
    return re.sub(r"HF [0-9a-f]+ ", "", s)


# sections whose bytes follow the host's clocks (QEMU's virtual-clock
# offsets, the RTC's offset from the host's time, the TB in host ticks)
CLOCKS = {"timer", "spapr/rtc", "spapr"}


def exittb_off(secs):
    """QEMU raises CPU_INTERRUPT_EXITTB (4) in cpu_common's
    interrupt_request when it loads a CPU (TCG's own bookkeeping)."""
    for k, v in list(secs.items()):
        if k[0] == "cpu_common" and len(v) >= 8:
            secs[k] = v[:7] + bytes([v[7] & ~4]) + v[8:]


def compare_streams(ok, tag, farad_path, qemu_path, spapr_subs=False):
    """TAP checks (ok = Tap.ok): the two streams hold the same RAM, HPT and
    device sections (host-clock ones aside), and with spapr_subs spapr's
    subsections after its tb struct are equal (not for pseries-7.2: farad
    sends no spapr_dtb and no hpt_maxpagesize cap). Returns the sections
    of QEMU's stream."""
    fp, fh, fs, fsec, fm = walk(farad_path)
    qp, qh, qs, qsec, qm = walk(qemu_path)
    exittb_off(qsec)
    zero = bytes(4096)
    diff = [hex(a) for a in sorted(set(fp) | set(qp)) if fp.get(a, zero) != qp.get(a, zero)]
    ok(fm == qm and not diff and len(fp) == len(qp),
       "%s: farad's stream and QEMU's migrate of the reloaded guest: the same RAM "
       "(%d pages)" % (tag, len(qp)), "machine %s/%s, pages differ at %s" % (fm, qm, diff[:10]))
    valid = lambda h: {i: e for i, e in h.items() if e[7] & 1}
    ok(fs == qs and valid(fh) == valid(qh),
       "%s: the same HPT (shift %s, %d valid entries)" % (tag, qs, len(valid(qh))),
       "shift %s/%s" % (fs, qs))
    bad = [k for k in sorted(set(fsec) | set(qsec))
           if k[0] not in CLOCKS and fsec.get(k) != qsec.get(k)]
    xive = sorted(k[0] + ("/%d" % k[1] if k[1] else "") for k in qsec if "xive" in k[0])
    ok(not bad and set(fsec) == set(qsec),
       "%s: every device section equal (%d sections, host-clock ones aside%s)" %
       (tag, len(qsec), "; " + " ".join(xive) if xive else ""),
       "differ: %s\nonly farad: %s\nonly QEMU: %s" % (bad, set(fsec) - set(qsec),
                                                      set(qsec) - set(fsec)))
    if spapr_subs:
        ok(fsec.get(("spapr", 0), b"")[16:] == qsec.get(("spapr", 0), b"")[16:],
           "%s: spapr's subsections (option vector 5, capabilities) equal" % tag)
    return qsec
