#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# QEMU 7.2's DEFAULT pseries machine (no -nodefaults) moved QEMU -> farad
# -> QEMU (issue 17) on pseries-2.7, 2.8 and 7.2: besides the vty and
# nvram it has the user network ("slirp"), an spapr-vlan (l-lan@71000002)
# and an spapr-vscsi (v-scsi@71000003) with an empty scsi-cd, and their
# DMA windows (snapshot/qemu-vio.c). Fixtures default-p27/p28/p72.mig.gz
# (tests/snap/fixtures/default-mig.txt): SLOF at its prompt after it
# tried the network (a DHCP lease from slirp) and the CD-ROM.
#  - farad loads each, SLOF answers; farad's migrate of the still paused
#    machine carries QEMU's device sections unchanged, but for the
#    scsi-cd's stored sense data (farad keeps none: VSCSI returns sense
#    with each response);
#  - QEMU 7.2 loads farad's stream of the guest that answered, SLOF
#    answers again, and QEMU's own migrate of it equals farad's stream
#    section by section (host-clock sections aside);
#  - refusals: QEMU's lines for a wrong l-lan interrupt (EQUAL); one line
#    for state farad's devices cannot hold.
# Env: FARAD_BIN, FARAD_SRC.
import os, re, shutil, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import Tap
import qemustream
from qemustream import loaded, norm_regs, walk, compare_streams

SRC = os.environ.get("FARAD_SRC", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FARAD = os.environ.get("FARAD_BIN", os.path.join(SRC, "build/farad"))
QEMU = shutil.which("qemu-system-ppc64")
FIX = os.path.join(SRC, "tests/snap/fixtures")

if not QEMU:
    print("1..0 # SKIP needs qemu-system-ppc64 (QEMU 7.2) as the oracle")
    sys.exit(0)

tap = Tap()
ok = tap.ok
tmp = tempfile.mkdtemp(prefix="migrate-devices-")
COMMON = ["-vga", "none", "-display", "none"]   # no -nodefaults
M28 = ["-M", "pseries-2.8,cap-htm=off"]
DEVICES = ["slirp", "l-lan@71000002/spapr_llan", "v-scsi@71000003/spapr_vscsi",
           "v-scsi@71000003/0:2:0/scsi-disk"]
t0 = time.time()


def unpack(name):
    return qemustream.unpack(os.path.join(FIX, name), tmp)


def tmpf(name):
    return os.path.join(tmp, name)


def sense_off(v):
    """a scsi-disk payload without SCSIDevice's sense bytes and length
    (UA 3, sense_is_ua 1, sense 96, sense_len 4)"""
    return v[:4] + v[104:]


for tag, machine, fix in [("p27", ["-M", "pseries-2.7"], "default-p27.mig.gz"),
                          ("p28", M28, "default-p28.mig.gz"),
                          ("p72", ["-M", "pseries"], "default-p72.mig.gz")]:
    src = unpack(fix)
    orig = walk(src)[3]
    same = tmpf(tag + "-same.mig")
    out, back = tmpf(tag + "-farad.mig"), tmpf(tag + "-qemu.mig")
    f = loaded([FARAD] + machine + COMMON, "exec:cat " + src)
    f.monitor('migrate "exec:cat > %s"' % same)
    f.monitor("cont")
    answered = f.console(b"\r", b"ok\r\n0 > ", 60)
    ftext = f.text()
    f.monitor("stop")
    fregs = f.monitor("info registers")
    f.monitor('migrate "exec:cat > %s"' % out)
    ferr = f.quit()
    ok(answered, "%s: SLOF of QEMU's default machine answers under farad" % tag,
       ftext[-300:] + ferr)
    fsame = walk(same)[3]
    keys = [k for k in orig if k[0] in DEVICES or
            (k[0] == "spapr_iommu" and k[1] >> 24 == 0x71)]
    bad = [k for k in keys
           if (sense_off(orig[k]) != sense_off(fsame.get(k, b"")) if "scsi-disk" in k[0]
               else orig[k] != fsame.get(k))]
    ok(len(keys) == 6 and not bad,
       "%s: farad's stream of the loaded machine carries QEMU's %d VIO/net sections "
       "(scsi-disk: all but its stored sense)" % (tag, len(keys)),
       "keys %s differ %s" % (keys, bad))
    disk = orig[("v-scsi@71000003/0:2:0/scsi-disk", 0)]
    ok(disk[4] == 0x70 and disk[6] == 2 and disk[16] == 0x3a,
       "%s: (QEMU's stream has NOT READY / medium not present sense stored)" % tag)
    llan = orig[("l-lan@71000002/spapr_llan", 0)]
    ok(orig[("slirp", 0)][5:11] == bytes.fromhex("525400123456") and len(llan) > 32 + 29,
       "%s: (QEMU's stream: slirp's DHCP lease for 52:54:00:12:34:56, the l-lan's pools)" % tag)
    q = loaded([QEMU] + machine + COMMON, "exec:cat " + out)
    qregs = q.monitor("info registers")
    q.monitor('migrate "exec:cat > %s"' % back)
    compare_streams(ok, tag + " default machine", out, back)
    # spapr's subsections: QEMU's, in its order (pseries-7.2: the device
    # tree too); pseries-7.2's cap-hpt-max-page-size as a shift, 16 (64 KiB)
    fsubs = qemustream.Stream(out).subs[("spapr", 0)]
    qsubs = qemustream.Stream(back).subs[("spapr", 0)]
    mps = lambda path: (lambda v: v[v.find(b"hpt_maxpagesize") + 19:][:1])(
        qemustream.Stream(path).secs[("spapr", 0)])
    ok(fsubs == qsubs and (tag != "p72" or mps(out) == mps(back) == b"\x10"),
       "%s: spapr's subsections as QEMU's re-migration writes them (%s)" %
       (tag, " ".join(fsubs)), "farad %s\nQEMU %s" % (fsubs, qsubs))
    q.monitor("cont")
    answered = q.console(b"\r", b"ok\r\n0 > ", 30)
    qtext = q.text()
    qerr = q.quit()
    ok(norm_regs(qregs) == norm_regs(fregs) and "NIP" in fregs,
       "%s: QEMU 7.2 loads farad's stream of the default machine; its registers are farad's"
       % tag, "QEMU:\n%s\nfarad:\n%s\n%s" % (qregs, fregs, qerr))
    ok(answered, "%s: and SLOF answers at its prompt under QEMU again" % tag, qtext[-300:] + qerr)

# farad-snap: the default machine's stream as a stored snapshot (a
# default farad machine: it has the NIC and VSCSI) and back as a stream
SNAP = os.path.join(os.path.dirname(FARAD), "farad-snap")
db, exp = tmpf("imp.db"), tmpf("exported.mig")
imp = subprocess.run([SNAP, db, "import-qemu", "d", os.path.join(FIX, "default-p28.mig.gz"),
                      "--", "-serial", "stdio"], stdin=subprocess.DEVNULL, capture_output=True)
with open(exp, "wb") as o:
    ex = subprocess.run([SNAP, db, "export-qemu", "d", "--machine", "--", "-serial", "stdio"],
                        stdin=subprocess.DEVNULL, stdout=o, stderr=subprocess.PIPE)
orig = walk(unpack("default-p28.mig.gz"))[3]
esec = walk(exp)[3] if ex.returncode == 0 else {}
keys = [k for k in orig if k[0] in DEVICES[1:3] or (k[0] == "spapr_iommu" and k[1] >> 24 == 0x71)]
ok(imp.returncode == 0 and ex.returncode == 0 and len(keys) == 4 and
   all(orig[k] == esec.get(k) for k in keys) and ("slirp", 0) in esec,
   "farad-snap import-qemu / export-qemu --machine of the default machine: its l-lan, v-scsi "
   "and their windows as QEMU's (slirp's lease is not in farad's snapshots)",
   imp.stderr.decode() + ex.stderr.decode())
q = loaded([QEMU] + M28 + COMMON, "exec:cat " + exp)
q.monitor("cont")
answered = q.console(b"\r", b"ok\r\n0 > ", 30)
qtext = q.text()
qerr = q.quit()
ok(answered, "and QEMU 7.2 runs the exported stream: SLOF answers", qtext[-300:] + qerr)

# ---- refusals ----
data = open(unpack("default-p28.mig.gz"), "rb").read()


def payload(name, inst=0):
    n = name.encode()
    return data.find(bytes([len(n)]) + n + inst.to_bytes(4, "big")) + 1 + len(n) + 8


def patched(off, b):
    return data[:off] + b + data[off + len(b):]


def run(emu, path):
    return subprocess.Popen([emu] + M28 + COMMON + ["-serial", "stdio", "-monitor", "none",
                                                  "-incoming", "exec:cat " + path],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def result(p):
    try:
        p.wait(60)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
        return "loaded", []
    lines = [re.sub(r"^(qemu-system-ppc64|farad): ", "", l)
             for l in p.stderr.read().decode(errors="replace").splitlines()
             if "warning:" not in l]
    return p.returncode, lines


# the l-lan's receive buffer pools (empty in the fixtures: SLOF closed
# the NIC) carried both ways: pool 0 given 2 buffers of 2048 bytes
LLAN0 = payload("l-lan@71000002/spapr_llan")
POOL0 = LLAN0 + 32 + 29 + 1 + 20 + 4   # the subsection's marker, name, version
pool = ((2048).to_bytes(4, "big") + (2).to_bytes(4, "big") +
        bytes.fromhex("8000080000001000") + bytes.fromhex("8000080000002000"))
path, outp = tmpf("pools.mig"), tmpf("pools-farad.mig")
open(path, "wb").write(patched(POOL0, pool))
f = loaded([FARAD] + M28 + COMMON, "exec:cat " + path)
f.monitor('migrate "exec:cat > %s"' % outp)
f.quit()
fl = walk(outp)[3].get(("l-lan@71000002/spapr_llan", 0), b"")
ok(fl[86:86 + len(pool)] == pool and fl == walk(path)[3][("l-lan@71000002/spapr_llan", 0)],
   "an l-lan with 2 buffers in its first pool: farad's stream carries them as QEMU's")

LLAN = payload("l-lan@71000002/spapr_llan")
for name, d in [("the l-lan's irq 0x1009 (EQUAL)", patched(LLAN + 4, b"\0\0\x10\x09")),
                ("the v-scsi's reg (EQUAL)",
                 patched(payload("v-scsi@71000003/spapr_vscsi"), b"\x71\0\0\x04")),
                # truncated: libslirp's failure QEMU drops (the footer
                # fails), a window's table, a scsi-disk's sense
                ("cut inside slirp's leases", data[:payload("slirp") + 50]),
                ("cut inside the l-lan's window",
                 data[:payload("spapr_iommu", 0x71000002) + 1000]),
                ("cut inside the scsi-cd's sense",
                 data[:payload("v-scsi@71000003/0:2:0/scsi-disk") + 50])]:
    path = tmpf("case.mig")
    open(path, "wb").write(d)
    qp, fp = run(QEMU, path), run(FARAD, path)
    (qrc, ql), (frc, fl) = result(qp), result(fp)
    ok(qrc == frc == 1 and ql == fl and ql,
       "%s: QEMU's exit status %s and its %d lines" % (name, qrc, len(ql)),
       "QEMU: %s %s\nfarad: %s %s" % (qrc, ql, frc, fl))

# what QEMU 7.2 takes but farad's devices cannot hold: one line naming it
DISK = payload("v-scsi@71000003/0:2:0/scsi-disk")
POOLS = LLAN + 32 + 29 + 1 + 20 + 4   # the subsection's marker, name, version
for name, d, line in [
        ("a SCSI request in flight", patched(DISK + 104, b"\x01"),
         "v-scsi@71000003/0:2:0/scsi-disk: a SCSI request is in flight, which farad's "
         "VSCSI (it completes each at once) cannot hold"),
        ("a unit attention other than power-on", patched(DISK, b"\x06\x28\x00"),
         "v-scsi@71000003/0:2:0/scsi-disk: unit attention 6/28/00; farad's SCSI devices "
         "keep only the power-on one (6/29/00)"),
        ("an l-lan rx pool of 5000 buffers", patched(POOLS + 4, (5000).to_bytes(4, "big")),
         "l-lan@71000002/spapr_llan: rx_pool[0]: count 5000 or bufsize %d out of range "
         "(0..4096, > 0)" % int.from_bytes(data[POOLS:POOLS + 4], "big", signed=True)),
        ("an open l-lan's use_buf_ptr off its slots",
         patched(LLAN + 32, b"\x01") [:LLAN + 32 + 1 + 8 + 4] + b"\0\0\0\x0c" +
         data[LLAN + 32 + 1 + 8 + 8:],
         "l-lan@71000002/spapr_llan: add_buf_ptr 0x8 or use_buf_ptr 0xc is not a buffer "
         "slot (8..0xff0 in steps of 8)"),
        ("a v-scsi CRQ whose next entry is outside it",
         patched(payload("v-scsi@71000003/spapr_vscsi") + 28, b"\0\0\x10\0"),
         "v-scsi@71000003/spapr_vscsi: CRQ of 0x1000 bytes with the next entry at 0x1000 "
         "is not a queue of 16-byte entries"),
        ("a slirp guestfwd socket", patched(payload("slirp"), b"\x2a"),
         "slirp: the stream carries a guestfwd connection, which farad's user network "
         "cannot take over")]:
    path = tmpf("case.mig")
    open(path, "wb").write(d)
    rc, lines = result(run(FARAD, path))
    ok(rc == 1 and lines[:1] == [line], "%s: refused, one line naming it" % name,
       "%s %s" % (rc, lines))

print("1..%d" % len(tap.results))
print("# %.1f s" % (time.time() - t0))
shutil.rmtree(tmp, ignore_errors=True)
tap.exit()
