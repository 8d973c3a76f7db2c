#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Whole-machine migration from QEMU 7.2 (issue 17): farad's -incoming
# against QEMU 7.2 itself, run live as the oracle on the same streams.
#  - p27.mig.gz into -M pseries-2.7 -nodefaults and p28.mig.gz into
#    -M pseries-2.8,cap-htm=off -nodefaults: `info registers`, `info pci`
#    and RAM ranges (xp) equal what QEMU shows after loading the stream;
#    file:, exec: and tcp: give the same machine.
#  - Every case of the fixtures' incoming-tests.txt (streams patched
#    byte by byte as their names say) and further refusals (unknown
#    section, instance, subsection, section type, too new a version,
#    RAM size, truncated streams): farad prints QEMU's lines and exits
#    with QEMU's status.
# Env: FARAD_BIN, FARAD_SRC.
import gzip, json, os, re, select, shutil, socket, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import Tap

SRC = os.environ.get("FARAD_SRC", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FARAD = os.environ.get("FARAD_BIN", os.path.join(SRC, "build/farad"))
QEMU = shutil.which("qemu-system-ppc64")
MIG = "/work/shared/fixtures/qemu-7.2/mig"
if not os.path.isdir(MIG):
    MIG = os.path.join(SRC, "tests/snap/fixtures")   # the same files, committed

if not QEMU:
    print("1..0 # SKIP needs qemu-system-ppc64 (QEMU 7.2) as the oracle")
    sys.exit(0)

tap = Tap()
ok = tap.ok
tmp = tempfile.mkdtemp(prefix="migrate-qemu-")
M27 = ["-M", "pseries-2.7"]
M28 = ["-M", "pseries-2.8,cap-htm=off"]
COMMON = ["-nodefaults", "-display", "none"]


def load(name):
    with gzip.open(os.path.join(MIG, name)) as f:
        return bytearray(f.read())


def write(name, data):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(bytes(data))
    return path


P27, P28 = load("p27.mig.gz"), load("p28.mig.gz")
F27, F28 = write("p27.mig", P27), write("p28.mig", P28)

ANSI = re.compile(rb"\x1b\[[0-9;]*[A-Za-z]")


class Mon:
    """An emulator with its HMP monitor on stdio, driven command by
    command (each answer read up to the next prompt)."""

    def __init__(self, argv):
        self.p = subprocess.Popen(argv + ["-monitor", "stdio"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        Mon.last = self.p
        self.buf = b""
        self.read_prompt()

    def read_prompt(self, limit=60):
        end = time.time() + limit
        while not ANSI.sub(b"", self.buf).endswith(b"(qemu) "):
            r, _, _ = select.select([self.p.stdout], [], [], max(0, end - time.time()))
            if not r:
                raise RuntimeError("no monitor prompt: %r" % self.buf[-300:])
            c = os.read(self.p.stdout.fileno(), 65536)
            if not c:
                raise RuntimeError("monitor closed: %r" % self.buf[-300:])
            self.buf += c
        out = ANSI.sub(b"", self.buf).decode(errors="replace")
        self.buf = b""
        return out

    def cmd(self, c):
        try:
            self.p.stdin.write(c.encode() + b"\n")
            self.p.stdin.flush()
        except BrokenPipeError:
            raise RuntimeError("monitor closed")
        out = self.read_prompt()
        # drop the echoed command line and the prompt
        lines = out.replace("\r", "").split("\n")[1:]
        return "\n".join(l for l in lines if not l.startswith("(qemu)")).strip("\n")

    def quit(self):
        try:
            self.p.stdin.write(b"quit\n")
            self.p.stdin.flush()
        except BrokenPipeError:
            pass
        try:
            self.p.wait(20)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()


def qemu_loaded(machine, uri):
    m = Mon([QEMU] + machine + COMMON + ["-incoming", uri])
    for _ in range(200):   # QEMU loads in the background: wait for the end
        if "inmigrate" not in m.cmd("info status"):
            break
        time.sleep(0.05)
    return m


def norm_regs(s):
    # QEMU's TCG-internal hflags have no farad counterpart
    return re.sub(r"HF [0-9a-f]+ ", "", s)


XP = ["xp /4gx 0", "xp /8gx 0x100", "xp /8gx 0x4000", "xp /8gx 0x1fe00000",
      "xp /4gx 0x1fe01000", "xp /4gx 0xe000000", "xp /2gx 0x1ffffff0"]


def compare_machine(tag, machine, path):
    q = qemu_loaded(machine, "exec:cat " + path)
    want = {c: q.cmd(c) for c in ["info registers", "info pci"] + XP}
    q.quit()
    for uri in ["exec:cat " + path, "file:" + path]:
        f = Mon([FARAD] + machine + COMMON + ["-incoming", uri])
        got = {c: f.cmd(c) for c in want}
        f.quit()
        for c in want:
            w, g = want[c], got[c]
            if c == "info registers":
                w, g = norm_regs(w), norm_regs(g)
            ok(w == g and (c != "info registers" or "NIP" in g),
               "%s -incoming %s: `%s` as QEMU 7.2 shows it" % (tag, uri.split(":")[0], c),
               "QEMU:\n%s\nfarad:\n%s" % (w, g))
            if uri.startswith("file:"):
                break   # one command is enough to show file: gives the same


t0 = time.time()
compare_machine("p27", M27, F27)
compare_machine("p28", M28, F28)
# pseries-7.2 with XICS: a stream QEMU 7.2 writes here and now (-S)
M72X = ["-M", "pseries-7.2,ic-mode=xics"]
F72X = os.path.join(tmp, "x72.mig")
q = Mon([QEMU] + M72X + COMMON + ["-S"])
q.cmd('migrate "exec:cat > %s"' % F72X)
q.quit()
compare_machine("pseries-7.2,ic-mode=xics", M72X, F72X)

# `info pci` with functions on the bus (the streams' machines have none)
PCIDEV = ["-S", "-device", "pci-testdev", "-device", "pci-testdev,id=t2,addr=5"]
q = Mon([QEMU] + M28 + COMMON + PCIDEV)
want = q.cmd("info pci")
q.quit()
f = Mon([FARAD] + M28 + COMMON + PCIDEV)
got = f.cmd("info pci")
f.quit()
ok(want == got and "id \"t2\"" in got, "info pci with two pci-testdev functions as QEMU 7.2 shows it",
   "QEMU:\n%s\nfarad:\n%s" % (want, got))

# tcp: farad listens, a client sends the stream
port = None
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
f = subprocess.Popen([FARAD] + M28 + COMMON + ["-incoming", "tcp:127.0.0.1:%d" % port,
                                               "-monitor", "stdio"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
sent = False
for _ in range(200):
    try:
        with socket.create_connection(("127.0.0.1", port)) as c:
            c.sendall(bytes(P28))
        sent = True
        break
    except OSError:
        time.sleep(0.05)
out, err = f.communicate(b"info registers\nquit\n", timeout=60)
ok(sent and f.returncode == 0 and b"PVR 00000000004d0200" in out and
   b"LPCR 000000000001f008" in out,
   "p28 -incoming tcp: loads the stream sent to farad's port (POWER8 PVR, QEMU's LPCR)",
   "rc %s\n%s\n%s" % (f.returncode, out.decode(errors="replace")[-800:], err.decode()))

# -incoming defer with QMP's migrate-incoming, then QMP's migrate and
# query-migrate; QEMU 7.2 loads what farad wrote
sock = os.path.join(tmp, "qmp.sock")
out = os.path.join(tmp, "qmp-out.mig")
f = subprocess.Popen([FARAD] + M28 + COMMON + ["-incoming", "defer", "-monitor", "none",
                                               "-qmp", "unix:%s,server=on,wait=off" % sock],
                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
for _ in range(400):
    if os.path.exists(sock):
        break
    time.sleep(0.05)
qs = socket.socket(socket.AF_UNIX)
qs.settimeout(60)
qs.connect(sock)
qf = qs.makefile("rb")


def qmp(name, args=None):
    m = {"execute": name}
    if args is not None:
        m["arguments"] = args
    qs.sendall((json.dumps(m) + "\n").encode())
    while True:
        r = json.loads(qf.readline())
        if "event" not in r:
            return r


json.loads(qf.readline())   # greeting
qmp("qmp_capabilities")
r1 = qmp("migrate-incoming", {"uri": "exec:cat " + F28})
r2 = qmp("migrate-incoming", {"uri": "exec:cat " + F28})
regs = qmp("human-monitor-command", {"command-line": "info registers"}).get("return", "")
st = qmp("query-status").get("return", {})
qm0 = qmp("query-migrate").get("return")
r3 = qmp("migrate", {"uri": "exec:cat > " + out})
qm1 = qmp("query-migrate").get("return", {})
qmp("quit")
f.wait(30)
ok(r1.get("return") == {} and "PVR 00000000004d0200" in regs and "LPCR 000000000001f008" in regs
   and not st.get("running"),
   "-incoming defer: QMP migrate-incoming loads p28, which stays paused",
   "%s\n%s\n%s" % (r1, st, regs))
ok(r2.get("error", {}).get("desc") == "The incoming migration has already been started",
   "a second migrate-incoming: QEMU's refusal", str(r2))
ok(qm0 == {} and r3.get("return") == {} and qm1.get("status") == "completed",
   "QMP migrate; query-migrate before ({}) and after (completed)", "%s %s %s" % (qm0, r3, qm1))
# the HMP word for the same: migrate_incoming
m = Mon([FARAD] + M28 + COMMON + ["-incoming", "defer"])
m.cmd("migrate_incoming exec:cat " + F28)
regs = m.cmd("info registers")
again = m.cmd("migrate_incoming exec:cat " + F28)
m.quit()
ok("LPCR 000000000001f008" in regs and again == "Error: The incoming migration has already been started",
   "-incoming defer with the monitor's migrate_incoming, once", regs[-300:] + again)


# ---- refusals: QEMU's lines and status ----

PCI27 = bytes(P27).find(b"\x04\x00\x00\x02\x15\x09spapr_pci")
PAY27 = PCI27 + 1 + 4 + 1 + 9 + 4 + 4   # the spapr_pci payload


def patched(base, at, data):
    d = bytearray(base)
    d[at:at + len(data)] = data
    return d


def section(d, name):
    """offset of the first SECTION_FULL/START record named name"""
    n = name.encode()
    i = bytes(d).find(bytes([len(n)]) + n)
    return i - 5


def run(argv):
    """-> ("loaded" or the exit status, stderr lines without the program
    name). A load that succeeds leaves the emulator at its monitor."""
    rc = "loaded"
    try:
        m = Mon(argv)
        for _ in range(200):
            if "inmigrate" not in m.cmd("info status"):
                break
            time.sleep(0.05)
        m.quit()
    except RuntimeError:   # it exited: the load failed
        rc = None
    p = Mon.last
    if rc is None:
        p.wait(30)
        rc = p.returncode
    e = p.stderr.read()
    lines = [re.sub(r"^(qemu-system-ppc64|farad): ", "", l)
             for l in e.decode(errors="replace").splitlines()]
    return rc, lines


cases = [
    ("p27-buid", M27, patched(P27, PAY27 + 7, b"\x01"), []),
    ("p27-lsi", M27, patched(P27, PAY27 + 47, b"\x03"), []),
    ("p27-memsize2G", M27, patched(P27, PAY27 + 20, (0x80000000).to_bytes(8, "big")), []),
    ("p27-liobn-junk", M27, patched(P27, PAY27 + 8, b"\xde\xad\xbe\xef"), []),
    ("p27 into pre-2.8-migration=off", M27, P27,
     ["-global", "spapr-pci-host-bridge.pre-2.8-migration=off"]),
    ("p28 into pre-2.8-migration=on", M28, P28,
     ["-global", "spapr-pci-host-bridge.pre-2.8-migration=on"]),
    ("p27 into pseries-2.8", M28, P27, []),
    ("p28 into -m 1G", M28, P28, ["-m", "1G"]),
    ("unknown section", M28, patched(P28, section(P28, "spapr/rtc") + 6, b"spapr/rtx"), []),
    ("unknown instance", M28, patched(P28, section(P28, "spapr/rtc") + 6 + 9,
                                      (7).to_bytes(4, "big")), []),
    ("too new a version", M28, patched(P28, section(P28, "spapr/rtc") + 6 + 9 + 4,
                                       (2).to_bytes(4, "big")), []),
    ("unknown subsection", M28, patched(P28, bytes(P28).find(b"\x05\x07cpu/vsx") + 2,
                                        b"cpu/vsy"), []),
    ("unknown section type", M28, patched(P28, section(P28, "spapr/rtc"), b"\x09"), []),
    ("bad footer", M28, patched(P28, section(P28, "spapr/rtc") + 6 + 9 + 8 + 8, b"\x7f"), []),
    ("not a stream", M28, b"QEVX" + bytes(P28[4:]), []),
    ("PVR of another family", M28,
     patched(P28, section(P28, "cpu") + 1 + 4 + 1 + 3 + 8 + 8 + 256 + 32 + 8 + 287 * 8,
             (0x004e1200).to_bytes(8, "big")), []),
]
cases.append(("the QMP migrate stream", M28, open(out, "rb").read(), []))
for cut in [30, 1000, 2180000, 4344700]:
    cases.append(("p28 cut at %d" % cut, M28, P28[:cut], []))

for name, machine, data, extra in cases:
    path = write(name.replace(" ", "_") + ".mig", data)
    argv = machine + COMMON + extra + ["-incoming", "exec:cat " + path]
    qrc, qerr = run([QEMU] + argv)
    frc, ferr = run([FARAD] + argv)
    ok(qrc == frc and qerr == ferr,
       "%s: QEMU's %s%s" % (name, "exit status %s" % qrc if qrc != "loaded" else "load",
                            " and its %d lines" % len(qerr) if qerr else ""),
       "QEMU: %s %s\nfarad: %s %s" % (qrc, qerr, frc, ferr))

tap.results and print("1..%d" % len(tap.results))
print("# %.1f s" % (time.time() - t0))
shutil.rmtree(tmp, ignore_errors=True)
tap.exit()
