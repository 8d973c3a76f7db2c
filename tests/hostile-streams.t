#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Hostile QEMU migration streams (issue 13) given to farad-snap
# import-qemu (snapshot/snap-qemu.c): each is QEMU 7.2's p27.mig.gz or
# p28.mig.gz fixture with one thing changed. Every refusal is one line
# on stderr naming the file, exit status 1, within seconds, with no
# sanitizer report:
#  - a spapr_pci section of instance 0xffffffff (and 31 on pseries-2.8,
#    which has room for PHBs 0..30): QEMU's unknown-instance refusal,
#    no PHB built for it;
#  - gzip that inflates beyond what the stream's RAM size allows (a
#    stream declaring 4 MiB of RAM followed by 200 MiB of zeros), gzip
#    of something that is not a stream, and a damaged gzip;
#  - a msi_devs_num count of 0x80000000 (negative) and 0x7fffffff;
#  - vmdesc JSON with a huge array_len and a negative size.
# The unchanged fixtures are still accepted.
# Env: FARAD_BIN (farad-snap is next to it), FARAD_SRC.
import gzip, json, os, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import Tap

SRC = os.environ.get("FARAD_SRC", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FARAD = os.environ.get("FARAD_BIN", os.path.join(SRC, "build/farad"))
SNAP = os.path.join(os.path.dirname(FARAD), "farad-snap")
MIG = "/work/shared/fixtures/qemu-7.2/mig"
if not os.path.isdir(MIG):
    MIG = os.path.join(SRC, "tests/snap/fixtures")   # the same files, committed

tap = Tap()
ok = tap.ok

if not os.path.exists(SNAP) or not os.path.exists(os.path.join(MIG, "p27.mig.gz")):
    print("1..0 # SKIP needs %s and the QEMU stream fixtures" % SNAP)
    sys.exit(0)

tmp = tempfile.mkdtemp(prefix="hostile-streams-")


def load(name):
    with gzip.open(os.path.join(MIG, name)) as f:
        return bytearray(f.read())


def split_vmdesc(d):
    """stream -> (bytes before the 0x06 + be32 length, vmdesc as a dict)"""
    j = bytes(d).rfind(b'{"page_size"')
    n = int.from_bytes(d[j - 4:j], "big")
    return d[:j - 5], json.loads(bytes(d[j:j + n]))


def join_vmdesc(body, desc):
    js = json.dumps(desc).encode()
    return bytes(body) + b"\x06" + len(js).to_bytes(4, "big") + js


def pci_section(d):
    """offset of the spapr_pci SECTION_FULL record"""
    return bytes(d).find(b"\x04\x00\x00\x02\x15\x09spapr_pci")


def write(name, data, compress=True):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(gzip.compress(bytes(data), 1) if compress else data)
    return path


def import_qemu(path, limit=60):
    """farad-snap import-qemu PATH -> (status, stdout, stderr, seconds)"""
    t = time.time()
    try:
        p = subprocess.run([SNAP, "import-qemu", path], capture_output=True,
                           timeout=limit)
    except subprocess.TimeoutExpired:
        return None, "", "timed out after %ds" % limit, limit
    return (p.returncode, p.stdout.decode(errors="replace"),
            p.stderr.decode(errors="replace"), time.time() - t)


def refused(path, want, name, limit=60):
    rc, out, err, secs = import_qemu(path, limit)
    lines = err.splitlines()
    good = (rc == 1 and len(lines) == 1 and lines[0].startswith("farad-snap: ") and
            path in lines[0] and want in lines[0] and "runtime error" not in err)
    ok(good, name, "status %s after %.1fs\nstdout: %s\nstderr: %s" % (rc, secs, out, err))


def accepted(path, mtype, name):
    rc, out, err, secs = import_qemu(path)
    ok(rc == 0 and ("accepted by a farad %s machine" % mtype) in out and not err.strip(),
       name, "status %s\n%s%s" % (rc, out, err))


p27, p28 = load("p27.mig.gz"), load("p28.mig.gz")

# the fixtures themselves
accepted(os.path.join(MIG, "p27.mig.gz"), "pseries-2.7", "p27.mig.gz is accepted")
accepted(os.path.join(MIG, "p28.mig.gz"), "pseries-2.8", "p28.mig.gz is accepted")

# ---- PHB instance ids: the machine has a fixed number of PHBs ----
def with_instance(d, inst):
    body, desc = split_vmdesc(d)
    o = pci_section(body) + 1 + 4 + 1 + 9
    body[o:o + 4] = inst.to_bytes(4, "big")
    for dev in desc["devices"]:
        if dev["name"] == "spapr_pci":
            dev["instance_id"] = inst
    return join_vmdesc(body, desc)

refused(write("inst-ffffffff.mig.gz", with_instance(p27, 0xffffffff)),
        "Unknown savevm section or instance 'spapr_pci' 4294967295",
        "spapr_pci instance 0xffffffff: QEMU's unknown-instance refusal, no PHBs built",
        limit=30)
refused(write("inst-31.mig.gz", with_instance(p28, 31)),
        "Unknown savevm section or instance 'spapr_pci' 31 (a pseries-2.8 machine has at most 31 PHBs)",
        "spapr_pci instance 31 on pseries-2.8 (PHBs 0..30): refused")

# ---- gzip ----
def with_ram(d, ram):
    d = bytearray(d)
    o = bytes(d).find(b"\x03ram") + 4 + 8   # START's idstr, instance, version
    flags = int.from_bytes(d[o:o + 8], "big") & 0xfff
    d[o:o + 8] = (ram | flags).to_bytes(8, "big")
    return d

bomb = write("bomb.mig.gz", bytes(with_ram(p27, 4 << 20)) + bytes(200 << 20))
ram = 4 << 20
cap = 2 * (ram + ram // 4096 * 16) + ram // 64 + (64 << 20)
refused(bomb, "inflates beyond %d bytes, more than a QEMU stream of 4 MiB of RAM holds" % cap,
        "gzip bound: a stream of 4 MiB RAM with 200 MiB after it is refused at "
        "2 x (RAM + page headers) + RAM/64 + 64 MiB")
refused(write("zeros.mig.gz", bytes(16 << 20)), "not a QEMU migration stream",
        "gzip of 16 MiB of zeros: refused as not a stream after its first bytes")
raw = gzip.compress(bytes(p27), 1)
refused(write("damaged.mig.gz", raw[:len(raw) // 2] + bytes(64) + raw[len(raw) // 2 + 64:],
              compress=False),
        ": gzip: ", "a damaged gzip stream: the error names the file")

# ---- spapr_pci msi_devs count ----
def with_msi_count(d, cnt):
    body, desc = split_vmdesc(d)
    o = pci_section(body) + 1 + 4 + 1 + 9 + 4 + 4 + 64 - 4
    body[o:o + 4] = cnt.to_bytes(4, "big")
    return join_vmdesc(body, desc)

refused(write("msi-neg.mig.gz", with_msi_count(p27, 0x80000000)),
        "spapr_pci instance 0 msi_devs_num -2147483648 is negative",
        "msi_devs_num 0x80000000: refused as negative (no UBSan shift report)")
refused(write("msi-big.mig.gz", with_msi_count(p27, 0x7fffffff)),
        "malformed QEMU migration stream: it ends early",
        "msi_devs_num 0x7fffffff: the stream ends early")

# ---- vmdesc sizes ----
def with_pci_field(d, field, key, value):
    body, desc = split_vmdesc(d)
    for dev in desc["devices"]:
        if dev["name"] == "spapr_pci":
            for f in dev["fields"]:
                if f["name"] == field:
                    f[key] = value
    return join_vmdesc(body, desc)

why = "vmdesc sizes of section 'spapr_pci' instance 0 negative or beyond the stream"
refused(write("vmdesc-huge.mig.gz", with_pci_field(p27, "lsi_table", "array_len", 1 << 62)),
        why, "vmdesc array_len 2^62 (times 4 bytes overflows): refused")
refused(write("vmdesc-max.mig.gz",
              with_pci_field(p27, "buid", "size", 9223372036854775807)),
        why, "vmdesc size INT64_MAX: refused")
refused(write("vmdesc-neg.mig.gz", with_pci_field(p27, "buid", "size", -8)),
        why, "vmdesc size -8: refused")

print("1..%d" % len(tap.results))
subprocess.run(["rm", "-rf", tmp])
tap.exit()
