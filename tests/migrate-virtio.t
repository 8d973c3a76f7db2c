#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# A Linux guest with virtio-pci devices moves QEMU 7.2 -> farad -> QEMU
# 7.2 (issue 17), run live against qemu-system-ppc64:
#  - QEMU boots Debian's kernel with a busybox initramfs holding the
#    modules virtio_pci virtio_blk virtio-rng virtio_net virtio_console,
#    on pseries-7.2 with ic-mode=xics and VOF (x-vof=on), with a
#    virtio-blk disk (a 1 MiB image made here, "before-move" in its first
#    sector), virtio-net on the user network, virtio-rng and
#    virtio-serial-pci with a virtserialport on a file chardev (each
#    emulator run its own file). At the shell (the page cache dropped
#    first, so reads reach the device): the disk's first sector reads
#    back, "qemu-wrote" goes to sector 1 (with fsync), 8 bytes from
#    /dev/hwrng, a ping of the slirp gateway 10.0.2.2, a line to the
#    serial port. `stop` with the shell idle, `migrate "exec:cat > F"`.
#  - farad (release build) -incoming file:F: after `cont` sectors 0 and
#    1 read back (a `migrate` right after the load writes the virtio
#    sections as QEMU sent them), "farad-wrote" goes to sector 2,
#    /dev/hwrng gives bytes, the ping is answered, the port's line
#    reaches farad's chardev. Then
#    `stop`, `migrate`: the stream has every section, version and
#    subsection QEMU's had, the virtio-pci ones
#    (pci@800000020000000:SS.0/virtio-blk, -net, -rng, -console) among
#    them; Linux took QEMU's default features in them (RING_RESET, and
#    virtio-net's mergeable buffers and control commands).
#  - QEMU -incoming takes farad's stream; its own `migrate` of the
#    reloaded guest equals farad's stream section by section (RAM, HPT,
#    every device section: the four virtio ones byte for byte); after
#    `cont` the same checks (sector 2 now reads "farad-wrote"), and the
#    image on the host holds all three sectors.
#  - refusals, farad against QEMU 7.2 on the same bytes: QEMU's stream cut
#    inside the virtio-blk section (in its subsections, and in its MSI-X
#    table) gives QEMU's lines; QEMU's stream with a feature neither
#    virtio-net offers (MQ set in virtio/64bit_features) gives QEMU's
#    "Features 0x... unsupported. Allowed features: 0x..." line with
#    farad's own features; a virtio-blk request in flight in the stream
#    gives one line naming it.
# Why pseries-7.2 with ic-mode=xics: Debian's 6.1 kernel assigns the
# virtio functions' BARs through VOF there (on pseries-2.8 it leaves the
# legacy I/O BAR unassigned and the probe fails), and XICS keeps this test
# about virtio (a Linux guest in XIVE mode is migrate-xive's business).
# QEMU's devices have their default features (issue 16), which farad's
# devices offer too: RING_RESET on all four, virtio-blk's DISCARD and
# WRITE_ZEROES (a 57-byte config in both), virtio-net's mergeable receive
# buffers, VLAN filter, announce, MAC-set and guest offloads commands
# (Linux takes mergeable buffers, so the pings under farad go through
# them).
# Fields that legitimately differ between QEMU's first stream and farad's
# right after the load: virtio/device_endian, which QEMU's loader sets to
# its default (big-endian) when the stream has none and then sends
# (farad does as QEMU), and a serial port's host side (each emulator
# sends its own chardev's state; farad's file chardev shows connected
# from its first poll). virtio-net's receive filter farad keeps (not
# applies), so it moves unchanged. Between farad's stream and QEMU's
# re-migration only the host-clock ones (timer, spapr/rtc, spapr's
# timebase) and cpu_common's interrupt_request (QEMU's EXITTB).
# Skips (one line) when qemu-system-ppc64 is not installed or the guest
# software is missing. Env: FARAD_SRC, FARAD_LINUX_BIN (a farad to use).
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import Tap, release_farad, SRC
from qemustream import Emu, Stream, compare_streams, linux_guest_or_skip, loaded

FARAD = release_farad("FARAD_LINUX_BIN")
MODULES = "virtio_pci virtio_blk virtio-rng virtio_net virtio_console"
QEMU, KERNEL, _ = linux_guest_or_skip(initrd=False)

tap = Tap()
ok = tap.ok
tmp = tempfile.mkdtemp(prefix="migrate-virtio-")
INITRD = os.path.join(tmp, "initrd.gz")
subprocess.run([os.path.join(SRC, "tests/linux/make-initramfs.sh"), "-o", INITRD,
                "-m", MODULES], check=True, stdout=subprocess.DEVNULL)
IMG = os.path.join(tmp, "disk.img")
with open(IMG, "wb") as f:
    f.write(b"before-move".ljust(512, b"\0"))
    f.truncate(1 << 20)

MACHINE = ["-M", "pseries-7.2,ic-mode=xics,x-vof=on", "-m", "256M", "-nodefaults",
           "-display", "none"]
def port(out):
    """virtio-serial-pci with one virtserialport writing to file out."""
    return ["-chardev", "file,id=c1,path=%s" % out,
            "-device", "virtserialport,chardev=c1,name=org.farad.mig"]


OUT = {who: os.path.join(tmp, who + ".port") for who in ("q", "f", "b")}
QEMU_DEVS = ["-drive", "file=%s,if=none,id=d0,format=raw" % IMG,
             "-device", "virtio-blk-pci,drive=d0",
             "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,romfile=",
             "-device", "virtio-rng-pci", "-device", "virtio-serial-pci"]
FARAD_DEVS = ["-drive", "file=%s,if=none,id=d0,format=raw,snapshot=off" % IMG,
              "-device", "virtio-blk-pci,drive=d0",
              "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,romfile=",
              "-device", "virtio-rng-pci", "-device", "virtio-serial-pci"]
QARGS = [QEMU] + MACHINE + QEMU_DEVS + port(OUT["q"])
FARGS = [FARAD] + MACHINE + FARAD_DEVS + port(OUT["f"])
QBACK = [QEMU] + MACHINE + QEMU_DEVS + port(OUT["b"])
PROMPT = b"/ # "
VIRTIO = ["pci@800000020000000:00.0/virtio-blk", "pci@800000020000000:01.0/virtio-net",
          "pci@800000020000000:02.0/virtio-rng", "pci@800000020000000:03.0/virtio-console"]


def sector(n):
    return "dd if=/dev/vda bs=512 skip=%d count=1 2>/dev/null | tr -d '\\000'; echo" % n


def checks(e, who, write=None, first=""):
    """At the shell: (first,) sectors 0..2, (a write to a sector),
    /dev/hwrng, a ping of the gateway. Returns (answered, {what: text},
    the console's text)."""
    # the page cache dropped first: the reads reach the device
    # (each key split by quotes: the typed line's echo does not match)
    cmd = first + "echo 3 > /proc/sys/vm/drop_caches; echo S\"\"0=$(%s); " \
        "echo S\"\"1=$(%s); echo S\"\"2=$(%s); " \
        % (sector(0), sector(1), sector(2))
    if write:
        n, text = write
        cmd += "echo -n %s | dd of=/dev/vda bs=512 seek=%d conv=sync,fsync " \
               "2>/dev/null; " % (text, n)
    cmd += "echo R\"\"NG=$(dd if=/dev/hwrng bs=8 count=1 2>/dev/null | od -An -tx1 | tr -d ' '); " \
           "ping -c1 -W3 10.0.2.2 | grep -o '[0-9] packets received'; " \
           "echo port-%s > $(ls /dev/vport*p1); echo END\"\"-%s\n" % (who, who)
    good = e.console(cmd.encode(), b"END-%s" % who.encode(), 90) and e.read_until(PROMPT, 30)
    text = e.text()
    got = {k: (re.search(r"\n%s=([^\n]*)\n" % k, text) or [None, None])[1]
           for k in ("S0", "S1", "S2", "RNG")}
    got["PING"] = "1 packets received" in text
    return bool(good), got, text


TICK = 512000000 // 250   # the kernel's tick (HZ=250) in timebase ticks


def idle_stop(e):
    """`stop` with the shell idle at its prompt. QEMU 7.2 drops the DEC
    on load, so QEMU is stopped where its DEC shows the tick stopped
    (NOHZ idle; retried in steps of 0.1 s, as migrate-linux.t does);
    farad's migrate has an idle CPU take its pending timer itself."""
    time.sleep(0.5)
    for _ in range(30):
        e.monitor("stop")
        m = re.search(r"DECR ([0-9]+)", e.monitor("info registers"))
        if m and TICK < int(m.group(1)) < 1 << 31:
            return
        e.monitor("cont")
        time.sleep(0.1)
    e.monitor("stop")


t0 = time.time()
QSRC = os.path.join(tmp, "qemu.mig")
# ---- QEMU boots the guest
q = Emu(QARGS + ["-kernel", KERNEL, "-initrd", INITRD, "-append", "quiet console=hvc0"])
up = q.read_until(b"busybox shell", 300) and q.read_until(PROMPT, 30)
good, got, text = checks(q, "q", (1, "qemu-wrote"),
                                 "ifconfig eth0 10.0.2.15 up; ") if up else (False, {}, q.text())
if good:
    idle_stop(q)
    q.monitor('migrate "exec:cat > %s"' % QSRC)
qerr = q.quit()
boot_secs = time.time() - t0
ok(good and got["S0"] == "before-move" and got["RNG"] and len(got["RNG"]) == 16 and
   got["PING"] and os.path.exists(QSRC),
   "QEMU 7.2 boots Linux with virtio-blk, -net, -rng, -serial: the disk reads, the hwrng gives "
   "8 bytes, the gateway answers a ping; its stream", text[-1500:] + qerr,
   "%.1f s" % boot_secs)

if not os.path.exists(QSRC):
    print("1..%d" % len(tap.results))
    tap.exit()

# ---- QEMU -> farad
FOUT = os.path.join(tmp, "farad.mig")
F0 = os.path.join(tmp, "farad-at-load.mig")
f = loaded(FARGS, "file:" + QSRC)
status = f.monitor("info status")
f.monitor('migrate "exec:cat > %s"' % F0)   # the state as loaded
f.monitor("cont")
good, got, text = checks(f, "f", (2, "farad-wrote"))
ok("paused" in status and good and got["S0"] == "before-move" and got["S1"] == "qemu-wrote",
   "farad loads QEMU's stream; the disk reads what was written before the move "
   "(sectors 0 and 1)", "status %r %r\n%s" % (status, got, text[-1500:]))
ok(got.get("RNG") and len(got["RNG"]) == 16, "farad: /dev/hwrng gives 8 bytes after the move",
   "%r" % got)
ok(got.get("PING"), "farad: the guest's virtio-net pings the slirp gateway after the move",
   text[-800:])
idle_stop(f)
f.monitor('migrate "exec:cat > %s"' % FOUT)
ferr = f.quit()

qs, fs = Stream(QSRC), Stream(FOUT) if os.path.exists(FOUT) else None
shape = lambda s: sorted((k, s.versions.get(k), tuple(s.subs.get(k, []))) for k in s.secs)
ok(fs and shape(qs) == shape(fs) and all((n, 0) in fs.secs for n in VIRTIO),
   "farad's stream has QEMU's sections, versions and subsections, the four virtio-pci "
   "ones among them (%d sections)" % len(qs.secs),
   "QEMU: %s\nfarad: %s\n%s" % (shape(qs), shape(fs) if fs else None, ferr))


def device_part(sec):
    """Where virtio_save's device part starts: after the PCI function
    (version, 256 config bytes, INTx levels, MSI-X table, PBA, config
    vector), the registers, the config and the queues."""
    cfg = sec[4:260]
    nvec, p = 0, cfg[0x34]
    while p:
        if cfg[p] == 0x11:
            nvec = (int.from_bytes(cfg[p + 2:p + 4], "little") & 0x7ff) + 1
        p = cfg[p + 1]
    at = 4 + 256 + 16 + (16 * nvec + (nvec + 7) // 8 + 2 if nvec else 0) + 8
    at += 4 + int.from_bytes(sec[at:at + 4], "big")
    nq = int.from_bytes(sec[at:at + 4], "big")
    return at + 4 + nq * (14 + (2 if nvec else 0))


def host_side_off(name, sec):
    """virtio-console's ports with their host_connected byte cleared: each
    emulator sends its own chardev's state (QEMU's loader keeps its own
    too), and farad's file chardev shows connected from its first poll."""
    if not name.endswith("virtio-console"):
        return sec
    b = bytearray(sec)
    at = device_part(sec) + 8
    nwords = (int.from_bytes(sec[at - 4:at], "big") + 31) // 32
    at += 4 * nwords
    for i in range(int.from_bytes(sec[at:at + 4], "big")):
        b[at + 4 + 10 * i + 5] = 0
    return bytes(b)


# what farad keeps of each virtio section: all but the device_endian
# subsection QEMU's loader adds (see above) and the host side of a port
ENDIAN_BIG = b"\x05\x14virtio/device_endian\x00\x00\x00\x01\x02"
same = []
f0 = Stream(F0) if os.path.exists(F0) else None
if f0:
    for n in VIRTIO:
        same.append(host_side_off(n, qs.secs[(n, 0)]) ==
                    host_side_off(n, f0.secs[(n, 0)].replace(ENDIAN_BIG, b"", 1)))
net = qs.secs.get((VIRTIO[1], 0), b"")
dp = device_part(net) if net else 0
ok(same and all(same) and net[dp + 16] == 0 and net[dp + 18:dp + 22] != bytes(4),
   "farad's stream right after the load: the virtio sections as QEMU sent them: PCI config, "
   "MSI-X, registers, queues, device parts (virtio-net's receive filter: not promiscuous, "
   "%d MAC table entries), subsections (but device_endian and a port's host side)"
   % (int.from_bytes(net[dp + 18:dp + 22], "big") if net else -1),
   "%r" % same)



def guest_features(sec):
    """The driver's features in a virtio section's 64bit_features."""
    i = sec.find(b"\x05\x15virtio/64bit_features")
    return int.from_bytes(sec[i + 27:i + 35], "big") if i >= 0 else 0


NET_FEATS = 1 << 2 | 1 << 15 | 1 << 19 | 1 << 21 | 1 << 23
feats = {n: guest_features(qs.secs[(n, 0)]) for n in VIRTIO}
ok(all(f & 1 << 40 for f in feats.values()) and feats[VIRTIO[1]] & NET_FEATS == NET_FEATS,
   "Linux took QEMU's default features, which farad's devices offer: RING_RESET on all four, "
   "virtio-net's CTRL_GUEST_OFFLOADS, MRG_RXBUF, CTRL_VLAN, GUEST_ANNOUNCE, CTRL_MAC_ADDR",
   "%r" % {n: hex(f) for n, f in feats.items()})

# ---- farad -> QEMU
BACK = os.path.join(tmp, "again.mig")
q = loaded(QBACK, "exec:cat " + FOUT)
status = q.monitor("info status")
q.monitor('migrate "exec:cat > %s"' % BACK)
took = "paused" in status and os.path.exists(BACK)
ok(took, "QEMU 7.2 -incoming takes farad's stream", "status %r" % status)
if took:
    qsec = compare_streams(ok, "farad -> QEMU", FOUT, BACK)
    bs = Stream(BACK)
    ok(all(bs.secs.get((n, 0)) == fs.secs[(n, 0)] for n in VIRTIO),
       "QEMU's re-migration: the four virtio sections byte for byte farad's")
    q.monitor("cont")
    good, got, text = checks(q, "b")
    ok(good and got["S0"] == "before-move" and got["S1"] == "qemu-wrote" and
       got["S2"] == "farad-wrote" and got["RNG"] and len(got["RNG"]) == 16 and got["PING"],
       "after the move back under QEMU: all three sectors, the hwrng, the ping",
       "%r\n%s" % (got, text[-1500:]))
qerr = q.quit()
with open(IMG, "rb") as img:
    disk = img.read(1536)
ok(disk[:11] == b"before-move" and disk[512:522] == b"qemu-wrote" and
   disk[1024:1035] == b"farad-wrote",
   "the image holds what QEMU wrote before the move and farad after it", "%r" % disk[:1100])
port_out = {w: open(p, "rb").read() if os.path.exists(p) else None for w, p in OUT.items()}
ok(port_out == {"q": b"port-q\n", "f": b"port-f\n", "b": b"port-b\n"},
   "virtio-serial: the guest's port writes reach each emulator's chardev (before the "
   "move, under farad, after the move back)", "%r" % port_out)

# ---- refusals, farad against QEMU on the same bytes
orig = open(QSRC, "rb").read()


def section_at(data, name):
    """Offset of name's FULL section payload in data (after its header)."""
    n = name.encode()
    i = data.find(bytes([len(n)]) + n)
    return i + 1 + len(n) + 8 if i > 0 else -1


def both(data, tag):
    path = os.path.join(tmp, tag + ".mig")
    with open(path, "wb") as out:
        out.write(data)
    said = {}
    for who, argv in (("QEMU", QARGS + ["-incoming", "exec:cat " + path]),
                      ("farad", FARGS + ["-incoming", "file:" + path])):
        r = subprocess.run(argv + ["-serial", "mon:stdio"], stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=120)
        lines = re.sub(r"(?m)^(qemu-system-ppc64|farad): ", "",
                       r.stderr.decode(errors="replace"))
        said[who] = (r.returncode, "\n".join(l for l in lines.splitlines()
                                             if "warning:" not in l))
    return said


blk = section_at(orig, VIRTIO[0])
# (not inside the PCI config: QEMU checks the part it did not read,
# which it leaves uninitialised)
for cut, where in ((blk + 3000, "in its subsections"), (blk + 4 + 256 + 16 + 8, "in its MSI-X table")):
    said = both(orig[:cut], "cut")
    ok(blk > 0 and said["QEMU"] == said["farad"] and said["farad"][0] == 1 and
       "Failed to load virtio-blk:virtio" in said["farad"][1],
       "a stream cut inside the virtio-blk section (%s): QEMU's lines and exit status" % where,
       "%r" % said)

net = section_at(orig, VIRTIO[1])
feat = orig.find(b"\x05\x15virtio/64bit_features", net) + 2 + 21 + 4
bad = bytearray(orig)
bad[feat + 5] |= 0x40            # bit 22, VIRTIO_NET_F_MQ (mq=off in both)
said = both(bytes(bad), "feature")
want = re.search(r"Features (0x[0-9a-f]+) unsupported", said["QEMU"][1])
got = re.search(r"Features (0x[0-9a-f]+) unsupported. Allowed features: (0x[0-9a-f]+)\n"
                r"Failed to load virtio-net:virtio\nerror while loading state for instance 0x0 "
                r"of device '%s'\nload of migration failed: Operation not permitted$"
                % VIRTIO[1], said["farad"][1])
ok(net > 0 and want and got and got.group(1) == want.group(1) and said["farad"][0] == 1 and
   not int(got.group(2), 16) & 1 << 22 and int(got.group(2), 16) & 1 << 40,
   "a virtio-net feature neither offers (MQ): QEMU's line, with farad's features "
   "(RING_RESET among them)",
   "%r" % said)

flight = bytearray(orig)
at = orig.find(b"\x05\x15virtio/64bit_features", blk) - 1   # virtio-blk's request list
flight[at] = 1
said = both(bytes(flight), "flight")
ok(said["farad"][0] == 1 and said["farad"][1].startswith(
   "%s: a request is in flight, which farad's virtio-blk (it completes each at once) "
   "cannot hold\n" % VIRTIO[0]),
   "a virtio-blk request in flight in the stream: refused in one line", "%r" % (said["farad"],))

print("1..%d" % len(tap.results))
print("# %.1f s (QEMU boot %.1f s)" % (time.time() - t0, boot_secs))
shutil.rmtree(tmp, ignore_errors=True)
tap.exit()
