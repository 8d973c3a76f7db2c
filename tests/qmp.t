#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# QMP (core/front/qmp*.c, docs/qmp.md) driven by a plain JSON client
# (python's json and socket modules only), TAP output. A running
# bench integer loop (tests/bench/intloop.c): greeting, capabilities negotiation
# (commands before it refused with CommandNotFound), query-status through
# prelaunch -> running -> stop (STOP event) -> paused -> cont (RESUME),
# query-version, query-commands, human-monitor-command "info registers",
# pmemsave/memsave against the image file loaded at 0 and the monitor's
# xp, snapshot-save as a job (JOB_STATUS_CHANGE to concluded,
# query-jobs, job-dismiss) and snapshot-load restoring the registers and
# the instruction count, dump-guest-memory read back with readelf -l,
# QEMU's error shapes with the id echoed, system_powerdown (POWERDOWN),
# the guest's own power-off (SHUTDOWN guest-shutdown); -chardev socket
# + -mon mode=control with quit (SHUTDOWN host-qmp-quit); a replay:
# query-replay, replay-break and replay-seek on a recorded echo run whose
# console input came over a -serial unix socket (farad-snap replay
# --verify passes); and the same commands against live qemu-system-ppc64
# 7.2, comparing reply shapes, where QEMU is installed.
import atexit, json, os, shutil, socket, subprocess, sys, tempfile, time

SRC = os.environ.get("FARAD_SRC", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FARAD = os.environ.get("FARAD_BIN", os.path.join(SRC, "build/farad"))
SNAP = os.path.join(os.path.dirname(FARAD), "farad-snap")
G = os.path.join(SRC, "tests/guest/out")
LOOP = os.path.join(G, "mon-loop-be.bin")
ECHO = os.path.join(G, "echo-be.bin")
# session 1 stops and resumes a running guest after wall-clock pauses, so
# it runs the bench's integer loop (476 M instructions, seconds on any
# build) rather than mon-loop (60 M), which a fast build finishes first
LONG = os.path.join(SRC, "tests/bench/out/intloop-be.bin")
QEMU = shutil.which("qemu-system-ppc64")
READELF = shutil.which("readelf")
TIMEOUT = 120
BASE = ["-M", "pseries-2.8", "-m", "512M", "-nodefaults"]

if not all(os.path.exists(f) for f in (FARAD, LOOP, ECHO, LONG)):
    print("1..0 # SKIP farad or the guest programs (mon-loop, echo, bench intloop) are not built")
    sys.exit(0)

tests = []
def ok(cond, name, diag=""):
    tests.append(bool(cond))
    print("%s %d - %s" % ("ok" if cond else "not ok", len(tests), name))
    if not cond and diag:
        for line in str(diag).splitlines()[-30:]:
            print("# " + line)
    sys.stdout.flush()

tmp = tempfile.mkdtemp(prefix="farad-qmp-")

class Qmp:
    """A QMP client: replies and events, events kept in order."""
    def __init__(self, addr, family=socket.AF_UNIX):
        end = time.time() + 30
        while True:
            try:
                self.s = socket.socket(family)
                self.s.settimeout(TIMEOUT)
                self.s.connect(addr)
                break
            except OSError:
                self.s.close()
                if time.time() > end:
                    raise
                time.sleep(0.05)
        self.f = self.s.makefile("rb")
        self.events = []
        self.greeting = self.read()

    def read(self):
        line = self.f.readline()
        if not line:
            raise EOFError("QMP connection closed")
        return json.loads(line)

    def send(self, raw):
        self.s.sendall(raw if isinstance(raw, bytes) else raw.encode())

    def cmd(self, name, args=None, id=None):
        m = {"execute": name}
        if args is not None:
            m["arguments"] = args
        if id is not None:
            m["id"] = id
        self.send(json.dumps(m) + "\n")
        return self.reply()

    def reply(self):
        while True:
            r = self.read()
            if "event" in r:
                self.events.append(r)
            else:
                return r

    def event(self, name, pred=lambda e: True):
        """The first event `name` (waiting for it), removed from the list."""
        while True:
            for i, e in enumerate(self.events):
                if e["event"] == name and pred(e):
                    return self.events.pop(i)
            r = self.read()
            if "event" in r:
                self.events.append(r)

    def close(self):
        self.s.close()

started = []
def start(args):
    p = subprocess.Popen([FARAD] + args, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=dict(os.environ, FARAD_STATS="1"))
    started.append(p)
    return p

@atexit.register
def reap():
    """A failed step leaves no paused farad (or QEMU) behind."""
    for p in started:
        if p.poll() is None:
            p.kill()
            p.wait()

def finish(p):
    try:
        out, err = p.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
    return p.returncode, out.decode("latin-1"), err.decode("latin-1")

def xp_bytes(q, addr, n):
    """The monitor's xp /Nxb as bytes (QEMU's layout: ADDR: 0x.. 0x..)."""
    r = q.cmd("human-monitor-command", {"command-line": "xp /%dxb %#x" % (n, addr)})
    out = bytearray()
    for line in r["return"].splitlines():
        if ":" in line:
            out += bytes(int(v, 16) for v in line.split(":", 1)[1].split())
    return bytes(out)

def shape(v):
    """The JSON shape: key sets and types, not values."""
    if isinstance(v, dict):
        return {k: shape(x) for k, x in v.items() if k != "timestamp"}
    if isinstance(v, list):
        return [shape(v[0])] if v else []
    return type(v).__name__

image = open(LONG, "rb").read()

# ---------------------------------------------------------------- session 1
sock = os.path.join(tmp, "q.sock")
db = os.path.join(tmp, "snap.db")
p = start(BASE + ["-serial", "stdio", "-bios", LONG, "-S", "-snapshot-db", db,
                  "-qmp", "unix:%s,server,wait=off" % sock])
q = Qmp(sock)
g = q.greeting
ok(g.get("QMP", {}).get("version", {}).get("qemu") == {"major": 7, "minor": 2, "micro": 0}
   and g["QMP"]["capabilities"] == [] and g["QMP"]["version"]["package"].startswith("farad"),
   "greeting: QEMU 7.2 version, farad package, no capabilities", g)
r = q.cmd("query-status", id="early")
ok(r.get("id") == "early" and r.get("error", {}).get("class") == "CommandNotFound"
   and "qmp_capabilities" in r["error"]["desc"],
   "a command before qmp_capabilities: CommandNotFound, id echoed", r)
r = q.cmd("qmp_capabilities", id=1)
ok(r == {"return": {}, "id": 1}, "qmp_capabilities returns {}", r)
r = q.cmd("qmp_capabilities")
ok(r.get("error", {}).get("class") == "CommandNotFound", "a second qmp_capabilities is refused", r)
r = q.cmd("query-status")
ok(r.get("return") == {"status": "prelaunch", "singlestep": False, "running": False},
   "query-status under -S: prelaunch", r)
r = q.cmd("query-version")
ok(r.get("return", {}).get("qemu") == {"major": 7, "minor": 2, "micro": 0}, "query-version", r)
names = {c["name"] for c in q.cmd("query-commands")["return"]}
want = {"qmp_capabilities", "query-status", "query-version", "query-commands", "stop",
        "cont", "quit", "system_reset", "system_powerdown", "query-cpus-fast",
        "human-monitor-command", "snapshot-save", "snapshot-load", "snapshot-delete",
        "query-jobs", "job-dismiss", "query-replay", "replay-break", "replay-seek",
        "dump-guest-memory", "memsave", "pmemsave"}
ok(want <= names, "query-commands lists every command", sorted(want - names))
r = q.cmd("query-cpus-fast")
c0 = r.get("return", [{}])[0]
ok(c0.get("cpu-index") == 0 and c0.get("target") == "ppc64" and "qom-path" in c0,
   "query-cpus-fast: CPU 0, ppc64", r)

# memory: the image is loaded at 0 (-bios), so the file is the oracle
r = q.cmd("pmemsave", {"val": 0, "size": 4096, "filename": os.path.join(tmp, "pm")})
pm = open(os.path.join(tmp, "pm"), "rb").read() if r == {"return": {}} else b""
ok(pm == image[:4096], "pmemsave 0..4096 equals the image file", r)
ok(xp_bytes(q, 0x100, 64) == pm[0x100:0x140], "pmemsave bytes equal the monitor's xp")
r = q.cmd("memsave", {"val": 0x200, "size": 256, "filename": os.path.join(tmp, "m"), "cpu-index": 0})
ok(r == {"return": {}} and open(os.path.join(tmp, "m"), "rb").read() == image[0x200:0x300],
   "memsave (real mode) equals the image file", r)
r = q.cmd("pmemsave", {"val": 1 << 40, "size": 16, "filename": os.path.join(tmp, "bad")})
ok(r.get("error", {}).get("class") == "GenericError", "pmemsave outside RAM: GenericError", r)

# run state and events
r = q.cmd("cont")
e = q.event("RESUME")
ok(r == {"return": {}} and set(e["timestamp"]) == {"seconds", "microseconds"},
   "cont: RESUME event with a timestamp", (r, e))
ok(q.cmd("query-status")["return"]["status"] == "running", "query-status: running")
time.sleep(0.3)
r = q.cmd("stop")
q.event("STOP")
ok(r == {"return": {}}, "stop: STOP event")
st = q.cmd("query-status")["return"]
ok(st == {"status": "paused", "singlestep": False, "running": False}, "query-status: paused", st)
regs = q.cmd("human-monitor-command", {"command-line": "info registers"}, id="hmp")
ok(regs.get("id") == "hmp" and "NIP " in regs.get("return", "") and "GPR00" in regs["return"],
   "human-monitor-command info registers", regs)
r = q.cmd("human-monitor-command", {"command-line": "info status"})
ok(r.get("return") == "VM status: paused\r\n", "human-monitor-command info status: paused", r)

# snapshot-save as a job
r = q.cmd("snapshot-save", {"job-id": "save0", "tag": "t1", "vmstate": "vm", "devices": []})
seen = []
while True:
    e = q.event("JOB_STATUS_CHANGE")
    seen.append(e["data"]["status"])
    if e["data"]["status"] == "concluded":
        break
ok(r == {"return": {}} and seen == ["created", "running", "waiting", "pending", "concluded"],
   "snapshot-save: JOB_STATUS_CHANGE created .. concluded", (r, seen))
jobs = q.cmd("query-jobs")["return"]
ok(jobs == [{"current-progress": 1, "status": "concluded", "total-progress": 1,
             "type": "snapshot-save", "id": "save0"}], "query-jobs: the concluded job", jobs)
r = q.cmd("job-dismiss", {"id": "save0"})
e = q.event("JOB_STATUS_CHANGE")
ok(r == {"return": {}} and e["data"] == {"status": "null", "id": "save0"}
   and q.cmd("query-jobs")["return"] == [], "job-dismiss removes it (status null)", (r, e))
saved_regs = regs["return"]
q.cmd("pmemsave", {"val": 0, "size": 1 << 20, "filename": os.path.join(tmp, "before")})
q.cmd("cont")
time.sleep(0.3)
q.cmd("stop")
moved = q.cmd("human-monitor-command", {"command-line": "info registers"})["return"]
ok(moved != saved_regs, "the guest ran on after the save")
r = q.cmd("snapshot-load", {"job-id": "load0", "tag": "t1", "vmstate": "vm", "devices": []})
q.event("JOB_STATUS_CHANGE", lambda e: e["data"]["status"] == "concluded")
jobs = q.cmd("query-jobs")["return"]
after = q.cmd("human-monitor-command", {"command-line": "info registers"})["return"]
q.cmd("pmemsave", {"val": 0, "size": 1 << 20, "filename": os.path.join(tmp, "after")})
ok(jobs and "error" not in jobs[0] and after == saved_regs,
   "snapshot-load: the registers are the saved ones", (jobs, saved_regs, after))
ok(open(os.path.join(tmp, "before"), "rb").read() == open(os.path.join(tmp, "after"), "rb").read(),
   "snapshot-load: the first MiB of RAM is the saved one")
r = q.cmd("snapshot-load", {"job-id": "load1", "tag": "nosuch", "vmstate": "vm", "devices": []})
q.event("JOB_STATUS_CHANGE", lambda e: e["data"] == {"status": "concluded", "id": "load1"})
j = [x for x in q.cmd("query-jobs")["return"] if x["id"] == "load1"]
ok(j and "error" in j[0] and "nosuch" in j[0]["error"], "a failed job reports its error", j)
r = q.cmd("snapshot-save", {"job-id": "load0", "tag": "t2", "vmstate": "vm", "devices": []})
ok(r.get("error", {}).get("desc") == "Job ID 'load0' already in use", "a job id in use is refused", r)
r = q.cmd("snapshot-delete", {"job-id": "del0", "tag": "t1", "devices": []})
q.event("JOB_STATUS_CHANGE", lambda e: e["data"] == {"status": "concluded", "id": "del0"})
j = [x for x in q.cmd("query-jobs")["return"] if x["id"] == "del0"]
ok(j and "error" not in j[0], "snapshot-delete job", j)

# dump-guest-memory
core = os.path.join(tmp, "core")
r = q.cmd("dump-guest-memory", {"paging": False, "protocol": "file:" + core})
e = q.event("DUMP_COMPLETED")
ok(r == {"return": {}} and e["data"]["result"]["status"] == "completed",
   "dump-guest-memory: DUMP_COMPLETED", (r, e))
if READELF:
    rl = subprocess.run([READELF, "-lh", core], capture_output=True, text=True)
    ok(rl.returncode == 0 and "CORE (Core file)" in rl.stdout and "PowerPC64" in rl.stdout
       and "NOTE" in rl.stdout and "0x0000000020000000 0x0000000020000000" in rl.stdout,
       "readelf -l: a ppc64 core with a NOTE and a 512 MiB LOAD", rl.stdout + rl.stderr)
    off = [l.split() for l in rl.stdout.splitlines() if l.strip().startswith("LOAD")]
    loff = int(off[0][1], 16) if off else 0
    with open(core, "rb") as f:
        f.seek(loff)
        ok(f.read(4096) == pm, "the LOAD segment holds RAM (the image at 0)")
else:
    ok(True, "# SKIP readelf is not installed")
    ok(True, "# SKIP readelf is not installed")

# errors in QEMU's shapes
r = q.cmd("no-such-command", id="x1")
ok(r == {"id": "x1", "error": {"class": "CommandNotFound",
                               "desc": "The command no-such-command has not been found"}},
   "unknown command: CommandNotFound", r)
r = q.cmd("stop", {"x": 1}, id=7)
ok(r == {"id": 7, "error": {"class": "GenericError", "desc": "Parameter 'x' is unexpected"}},
   "unexpected argument", r)
r = q.cmd("pmemsave", {"val": 0}, id=[1, "a"])
ok(r == {"id": [1, "a"], "error": {"class": "GenericError", "desc": "Parameter 'size' is missing"}},
   "missing argument, a structured id echoed", r)
q.send(b'{"execute": "query-status", "id": "bad" ,]}\n')
r = q.reply()
ok(r.get("error", {}).get("class") == "GenericError", "a JSON syntax error is answered", r)
q.send(b'[1, 2]\n')
r = q.reply()
ok(r.get("error", {}).get("desc") == "QMP input must be a JSON object", "not an object", r)
ok(q.cmd("query-status")["return"]["status"] == "paused", "the server goes on after bad input")
r = q.cmd("query-replay")
ok(r.get("return", {}).get("mode") == "none", "query-replay without a recording: none", r)
r = q.cmd("replay-break", {"icount": 5})
ok(r.get("error", {}).get("desc") == "setting the breakpoint is allowed only in play mode",
   "replay-break without a replay: QEMU's error", r)

# powerdown, then the guest's own end
r = q.cmd("system_powerdown")
e = q.event("POWERDOWN")
ok(r == {"return": {}}, "system_powerdown: POWERDOWN event", e)
q.cmd("cont")
e = q.event("SHUTDOWN")
ok(e.get("data") == {"guest": True, "reason": "guest-shutdown"},
   "the guest powers off: SHUTDOWN guest-shutdown", e)
q.close()
rc, out, err = finish(p)
ok(rc == 0 and "intloop checksum" in out, "farad exits 0 after the guest's power-off", out + err)

# ---------------------------------------------------------------- session 2: -chardev + -mon
sock2 = os.path.join(tmp, "c.sock")
p = start(BASE + ["-nographic", "-bios", LOOP, "-S",
                  "-chardev", "socket,id=qmp0,path=%s,server=on,wait=off" % sock2,
                  "-mon", "chardev=qmp0,mode=control,pretty=off"])
q = Qmp(sock2)
q.cmd("qmp_capabilities")
r = q.cmd("system_reset")
e = q.event("RESET")
ok(r == {"return": {}} and e["data"] == {"guest": False, "reason": "host-qmp-system-reset"},
   "-chardev socket -mon mode=control: system_reset, RESET event", (r, e))
r = q.cmd("quit", id="q")
e = q.event("SHUTDOWN")
ok(r == {"return": {}, "id": "q"} and e["data"] == {"guest": False, "reason": "host-qmp-quit"},
   "quit: SHUTDOWN host-qmp-quit", (r, e))
q.close()
rc, out, err = finish(p)
ok(rc == 0, "farad exits 0 after quit", err)

# bad command lines: one line each
for args, what in [(["-qmp", "stdio"], "-qmp stdio"),
                   (["-chardev", "spice,id=x"], "-chardev spice"),
                   (["-mon", "chardev=nope,mode=control"], "-mon with an unknown chardev"),
                   (["-serial", "vc"], "-serial vc")]:
    r = subprocess.run([FARAD] + BASE + ["-bios", LOOP] + args, capture_output=True, text=True,
                       stdin=subprocess.DEVNULL, timeout=30)
    ok(r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1,
       "%s is refused with one line" % what, r.stderr)

# the HMP monitor on a socket: -monitor unix:... and -mon mode=readline
def hmp_session(args, path, name):
    p = start(BASE + ["-bios", LONG, "-S", "-serial", "stdio"] + args)
    s = None
    end = time.time() + 30
    while s is None:
        try:
            s = socket.socket(socket.AF_UNIX)
            s.connect(path)
        except OSError:
            s.close()
            s = None
            if time.time() > end:
                break
            time.sleep(0.05)
    text = b""
    def until(pat):
        nonlocal text
        while pat not in text:
            d = s.recv(4096)
            if not d:
                break
            text += d
        return pat in text
    s.settimeout(TIMEOUT)
    okb = until(b"(qemu) ")
    s.sendall(b"info status\n")
    oks = until(b"VM status: paused")
    s.sendall(b"cont\n")
    time.sleep(0.2)
    s.sendall(b"quit\n")
    rc, out, err = finish(p)
    s.close()
    ok(okb and oks and rc == 0, "%s: banner, info status, cont, quit" % name,
       text.decode("latin-1") + err)

hmp_session(["-monitor", "unix:%s,server,nowait" % os.path.join(tmp, "h1.sock")],
            os.path.join(tmp, "h1.sock"), "-monitor unix:P,server,nowait")
hmp_session(["-chardev", "socket,id=h0,path=%s,server=on,wait=off" % os.path.join(tmp, "h2.sock"),
             "-mon", "chardev=h0,mode=readline"],
            os.path.join(tmp, "h2.sock"), "-chardev socket -mon mode=readline")

# the console on a file and on a pipe (QEMU's PATH.in / PATH.out)
HELLO = os.path.join(G, "hello-be.bin")
want = open(os.path.join(SRC, "tests/guest/expected/hello-be.txt"), "rb").read()
fo = os.path.join(tmp, "console.txt")
r = subprocess.run([FARAD] + BASE + ["-bios", HELLO, "-serial", "file:" + fo],
                   capture_output=True, stdin=subprocess.DEVNULL, timeout=60)
ok(r.returncode == 0 and r.stdout == b"" and open(fo, "rb").read() == want,
   "-serial file:P holds the guest's output", r.stderr)
pp = os.path.join(tmp, "pp")
os.mkfifo(pp + ".in")
os.mkfifo(pp + ".out")
rd = os.open(pp + ".out", os.O_RDONLY | os.O_NONBLOCK)
r = subprocess.run([FARAD] + BASE + ["-bios", HELLO, "-chardev", "pipe,id=p0,path=" + pp,
                    "-serial", "chardev:p0"], capture_output=True, stdin=subprocess.DEVNULL,
                   timeout=60)
got = b""
while True:
    try:
        d = os.read(rd, 65536)
    except BlockingIOError:
        break
    if not d:
        break
    got += d
os.close(rd)
ok(r.returncode == 0 and got == want, "-chardev pipe: the output in PATH.out", (got, r.stderr))

# ---------------------------------------------------------------- replay
# a recording whose console input comes over a -serial unix socket and
# which QMP resets and powers down: both commands are journal entries
rr = os.path.join(tmp, "echo.rr")
ser = os.path.join(tmp, "ser.sock")
qrec = os.path.join(tmp, "rec.sock")
p = start(["-M", "pseries-2.8", "-nodefaults", "-bios", ECHO, "-max-insns", "400000000",
           "-serial", "unix:%s,server,nowait" % ser,
           "-qmp", "unix:%s,server,wait=off" % qrec,
           "-icount", "shift=0,rr=record,rrfile=%s,rrcheck=500000" % rr])
s = None
end = time.time() + 30
while s is None:
    try:
        s = socket.socket(socket.AF_UNIX)
        s.connect(ser)
    except OSError:
        s.close()
        s = None
        if time.time() > end:
            break
        time.sleep(0.05)
qr = Qmp(qrec)
qr.cmd("qmp_capabilities")
seen = b""
def serial_until(pat):
    global seen
    try:
        while pat not in seen:
            d = s.recv(4096)
            if not d:
                break
            seen += d
    except OSError:
        pass
    return pat in seen
if s:
    s.settimeout(TIMEOUT)
    s.sendall(b"ab")
    serial_until(b"'b'")
    r1 = qr.cmd("system_powerdown")
    r2 = qr.cmd("system_reset")
    qr.event("RESET")
    time.sleep(0.3)
    for chunk in [b"c", b"xyz\r", b"q"]:
        time.sleep(0.2)
        s.sendall(chunk)
    serial_until(b"got 'q'")
    ok(r1 == {"return": {}} and r2 == {"return": {}},
       "record: system_powerdown and system_reset accepted while recording", (r1, r2))
rc, out, err = finish(p)
qr.close()
if s:
    s.close()
ok(rc == 0 and b"got 'q'" in seen, "record: console input over a -serial unix socket",
   seen + err.encode())
import sqlite3
con = sqlite3.connect(rr)
cmds = con.execute("SELECT data FROM journal WHERE kind = 'cmd' ORDER BY seq").fetchall()
END = con.execute("SELECT icount FROM journal WHERE kind = 'end'").fetchone()[0]
con.close()
ok([bytes(c[0]) for c in cmds] == [b"system_powerdown", b"system_reset"],
   "the journal holds the two commands", cmds)
vr = subprocess.run([SNAP, "replay", rr, "--verify"], capture_output=True, text=True, timeout=TIMEOUT)
ok(vr.returncode == 0 and vr.stdout.startswith("pass"),
   "farad-snap replay --verify passes (input from the socket, the reset replayed)",
   vr.stdout + vr.stderr)
bad = os.path.join(tmp, "badcmd.rr")
shutil.copy(rr, bad)
con = sqlite3.connect(bad)
con.execute("UPDATE journal SET data = CAST('quit' AS BLOB) WHERE kind = 'cmd'")
con.commit()
con.close()
vb = subprocess.run([SNAP, "replay", bad, "--verify"], capture_output=True, text=True,
                    timeout=TIMEOUT)
ok(vb.returncode == 2 and "names no command farad journals" in vb.stderr
   and len(vb.stderr.strip().splitlines()) == 1,
   "a journal naming another command is refused in one line", vb.stdout + vb.stderr)
vr = subprocess.run([SNAP, "replay", rr, "--verify", "--show-output"], capture_output=True,
                    timeout=TIMEOUT)
ok(vr.stdout.count(b"got 'q'") == 1 and seen[-200:] in vr.stdout,
   "the replay prints what the socket client saw", vr.stdout[-400:])

B1, B2 = END // 3, 2 * END // 3
sock3 = os.path.join(tmp, "r.sock")
p = start(["-M", "pseries-2.8", "-nodefaults", "-bios", ECHO, "-max-insns", "400000000",
           "-serial", "stdio", "-S", "-qmp", "unix:%s,server,wait=off" % sock3,
           "-icount", "shift=0,rr=replay,rrfile=%s,rrcheck=500000" % rr])
q = Qmp(sock3)
q.cmd("qmp_capabilities")
r = q.cmd("query-replay")["return"]
ok(r.get("mode") == "play" and r.get("filename") == rr and r.get("icount") == 0,
   "query-replay: play, the file, icount 0", r)
r = q.cmd("replay-break", {"icount": B1})
q.cmd("cont")
q.event("STOP")
r2 = q.cmd("query-replay")["return"]
ok(r == {"return": {}} and r2.get("icount") == B1, "replay-break stops at that icount", (r, r2, B1))
regs_at = q.cmd("human-monitor-command", {"command-line": "info registers"})["return"]
r = q.cmd("replay-break", {"icount": 10})
ok(r.get("error", {}).get("desc") == "cannot set breakpoint at the instruction in the past",
   "replay-break in the past is refused", r)
q.cmd("replay-break", {"icount": B2})
q.cmd("cont")
q.event("STOP")
r2 = q.cmd("query-replay")["return"]
ok(r2.get("icount") == B2, "a second replay-break further on", (r2, B2))
r = q.cmd("replay-seek", {"icount": B1})
r2 = q.cmd("query-replay")["return"]
again = q.cmd("human-monitor-command", {"command-line": "info registers"})["return"]
ok(r == {"return": {}} and r2.get("icount") == B1 and again == regs_at,
   "replay-seek back: same icount and registers", (r, r2, B1))
r = q.cmd("system_reset")
ok("error" in r and "journal" in r["error"]["desc"], "system_reset is refused in a replay", r)
r = q.cmd("human-monitor-command", {"command-line": "system_reset"})
ok("journal" in r.get("return", ""), "... and through human-monitor-command", r)
r = q.cmd("quit")
q.close()
rc, out, err = finish(p)
# (a replay quit before the recording's end reports that end as a
# difference and exits 1: the replay engine's rule, docs/replay.md)
ok(r == {"return": {}} and rc in (0, 1) and "AddressSanitizer" not in err,
   "quit ends the replay session", err)

# ---------------------------------------------------------------- QEMU 7.2 shapes
if QEMU:
    qs = os.path.join(tmp, "qemu.sock")
    qp = subprocess.Popen([QEMU, "-M", "pseries-2.8,cap-htm=off", "-m", "512M", "-nodefaults",
                           "-nographic", "-serial", "null", "-bios", LOOP, "-S",
                           "-qmp", "unix:%s,server,wait=off" % qs],
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    started.append(qp)
    fs = os.path.join(tmp, "f2.sock")
    fp = start(BASE + ["-nographic", "-bios", LOOP, "-S", "-qmp", "unix:%s,server,wait=off" % fs])
    a, b = Qmp(qs), Qmp(fs)
    ok(shape(a.greeting)["QMP"]["version"] == shape(b.greeting)["QMP"]["version"],
       "greeting shape as QEMU's", (a.greeting, b.greeting))
    script = [("query-status", None), ("qmp_capabilities", None), ("query-status", None),
              ("query-version", None), ("query-cpus-fast", None), ("cont", None),
              ("stop", None), ("query-status", None), ("bogus", None), ("stop", {"x": 1}),
              ("pmemsave", {"val": 0}), ("query-jobs", None), ("query-replay", None),
              ("replay-break", {"icount": 5}),
              ("human-monitor-command", {"command-line": "info status"}),
              ("system_reset", None), ("system_powerdown", None), ("quit", None)]
    for name, args in script:
        ra = a.cmd(name, args, id="i")
        rb = b.cmd(name, args, id="i")
        if name in ("query-version", "query-cpus-fast"):
            same = shape(ra) == shape(rb)
        elif name == "query-status" or "error" in ra or name == "human-monitor-command":
            same = ra == rb or (name == "bogus" and shape(ra) == shape(rb))
        else:
            same = shape(ra) == shape(rb)
        ok(same, "%s: reply as QEMU 7.2's" % name, "qemu:  %s\nfarad: %s" % (ra, rb))
    for ev in ("RESUME", "STOP", "RESET", "POWERDOWN", "SHUTDOWN"):
        ea, eb = a.event(ev), b.event(ev)
        ok(shape(ea) == shape(eb) and ea.get("data") == eb.get("data"),
           "event %s as QEMU 7.2's" % ev, "qemu:  %s\nfarad: %s" % (ea, eb))
    a.close()
    b.close()
    qp.wait(timeout=30)
    rc, out, err = finish(fp)
    ok(rc == 0 and qp.returncode == 0, "both exit 0 after quit", err)
else:
    ok(True, "# SKIP qemu-system-ppc64 is not installed: no live comparison")

shutil.rmtree(tmp, ignore_errors=True)
print("1..%d" % len(tests))
sys.exit(0 if all(tests) else 1)
