#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Record/replay (docs/replay.md), TAP output:
#  - tests/guest/echo (BE and LE) recorded with console input typed at
#    host-timed moments, replayed without stdin: same output, farad-snap
#    replay --verify passes;
#  - a deliberately broken journal (one byte of an input, one input's
#    icount) is reported at the right instruction with the field named;
#  - guest programs without input (UP and -smp 2; hpt-resize, whose
#    prepared HPT resizes must complete at the same instruction) record
#    and verify;
#  - bad input: another machine type, a truncated journal, a corrupt
#    file, a missing file: one clear error each, the file left intact;
#  - SLOF to its prompt with "1 2 + ." typed, then power-off: replayed
#    with the same output and hashes.
# Uses the release build (build/farad) when present, as tests/slof.t.
import hashlib, os, select, shutil, sqlite3, subprocess, sys, tempfile, time

SRC = os.environ.get("FARAD_SRC", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FARAD = os.environ.get("FARAD_RR_BIN") or (
    os.path.join(SRC, "build/farad") if os.path.exists(os.path.join(SRC, "build/farad"))
    else os.environ.get("FARAD_BIN", os.path.join(SRC, "build/farad")))
SNAP = os.path.join(os.path.dirname(FARAD), "farad-snap")
G = os.path.join(SRC, "tests/guest/out")
SLOF = "/usr/share/qemu/slof.bin"

tests = []
def ok(cond, name, diag=""):
    tests.append(bool(cond))
    print("%s %d - %s" % ("ok" if cond else "not ok", len(tests), name))
    if diag and not cond:
        for line in str(diag).splitlines()[-25:]:
            print("# " + line)
    sys.stdout.flush()

def run(args, stdin=subprocess.DEVNULL, timeout=300):
    return subprocess.run(args, stdin=stdin, capture_output=True, timeout=timeout)

def typed(args, chunks, timeout=120):
    """Run farad with input typed in chunks: (marker, bytes). Each chunk is
    written once the console output holds its marker (then a short pause),
    so the chunks reach the guest as separate reads however slowly farad
    starts on a loaded machine."""
    p = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    out = bytearray()
    fd = p.stdout.fileno()
    deadline = time.time() + timeout
    for marker, data in chunks:
        while marker not in out and p.poll() is None and time.time() < deadline:
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                out += os.read(fd, 65536)
        time.sleep(0.2)
        try:
            p.stdin.write(data)
            p.stdin.flush()
        except BrokenPipeError:
            break
    rest, err = p.communicate(timeout=max(1, deadline - time.time()))
    return p.returncode, bytes(out) + rest, err

def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()

def verify(db):
    r = run([SNAP, "replay", db, "--verify"])
    return r.returncode, (r.stdout + r.stderr).decode(errors="replace")

if not os.path.exists(FARAD) or not os.path.exists(SNAP):
    print("1..0 # SKIP %s or farad-snap not built" % FARAD)
    sys.exit(0)
if not os.path.exists(os.path.join(G, "echo-be.bin")):
    print("1..0 # SKIP guest programs not built (tests/guest/build-guests.sh)")
    sys.exit(0)

tmp = tempfile.mkdtemp(prefix="farad-rr-")
ICOUNT = "shift=0,rr=%s,rrfile=%s,rrcheck=500000"

def echo_case(endian):
    db = os.path.join(tmp, "echo-%s.db" % endian)
    img = os.path.join(G, "echo-%s.bin" % endian)
    base = [FARAD, "-M", "pseries-2.8", "-nographic", "-bios", img, "-max-insns", "400000000"]
    rc, out, err = typed(base + ["-icount", ICOUNT % ("record", db)],
                         [(b"type characters", b"ab"), (b"got 'b'", b"c"),
                          (b"got 'c'", b"xyz\r"), (b"got 'z'", b"q")])
    ok(rc == 0 and b"checksum" in out and b"got 'q'" in out,
       "echo %s: recording with typed input powers off" % endian, out + err)
    before = sha(db)
    r = run(base + ["-icount", ICOUNT % ("replay", db)])
    ok(r.returncode == 0 and r.stdout == out,
       "echo %s: replay without stdin prints the same bytes" % endian,
       b"record:\n" + out + b"\nreplay:\n" + r.stdout + r.stderr)
    ok(b"replay: pass" in r.stderr, "echo %s: replay reports pass" % endian, r.stderr)
    rc, text = verify(db)
    ok(rc == 0 and text.startswith("pass"), "echo %s: farad-snap replay --verify passes" % endian, text)
    ok(sha(db) == before, "echo %s: replaying leaves the recording unchanged" % endian)
    return db

def tamper_cases(db):
    con = sqlite3.connect(db)
    rows = con.execute("SELECT seq, icount, data FROM journal WHERE kind = 'console' "
                       "ORDER BY seq").fetchall()
    con.close()
    ok(len(rows) >= 3, "echo: the journal holds the typed inputs", rows)
    if len(rows) < 3:
        return
    seq, icount, data = rows[1]
    # one byte of an input changed
    bad = os.path.join(tmp, "byte.db")
    shutil.copy(db, bad)
    con = sqlite3.connect(bad)
    d = bytearray(data)
    d[0] ^= 0x01
    con.execute("UPDATE journal SET data = ? WHERE seq = ?", (bytes(d), seq))
    con.commit()
    con.close()
    rc, text = verify(bad)
    ok(rc == 1 and ("DIVERGED at icount %d:" % icount) in text and
       ("first instruction that differs: icount %d" % icount) in text,
       "changed input byte: divergence found at the consuming instruction (icount %d)" % icount, text)
    ok("cpu0.gpr[5]:" in text, "changed input byte: the differing register is named (cpu0.gpr[5])", text)
    # an input's icount moved later
    bad2 = os.path.join(tmp, "icount.db")
    shutil.copy(db, bad2)
    con = sqlite3.connect(bad2)
    con.execute("UPDATE journal SET icount = icount + 7 WHERE seq = ?", (seq,))
    con.commit()
    con.close()
    rc, text = verify(bad2)
    ok(rc == 1 and ("DIVERGED at icount %d:" % icount) in text and "another icount" in text,
       "changed input icount: divergence found where the guest took the input", text)
    # a checkpoint hash changed: found at that checkpoint, fields listed
    bad3 = os.path.join(tmp, "check.db")
    shutil.copy(db, bad3)
    con = sqlite3.connect(bad3)
    cseq, cic = con.execute("SELECT seq, icount FROM journal WHERE kind = 'check' "
                            "AND icount > 0 ORDER BY seq LIMIT 1").fetchone()
    con.execute("UPDATE rr_check SET hash = 'x' || substr(hash, 2) WHERE seq = ?", (cseq,))
    con.commit()
    con.close()
    rc, text = verify(bad3)
    ok(rc == 1 and ("checkpoint icount %d" % cic) in text,
       "changed checkpoint hash: reported at that checkpoint (icount %d)" % cic, text)

def no_input_cases():
    for name, extra in (("hello-be", []), ("intmath-le", []), ("excp-dec-be", []),
                        ("fpmath-be", []), ("smp-ipi-le", ["-smp", "2"]),
                        ("hpt-resize-be", ["-cpu", "POWER8"])):
        img = os.path.join(G, name + ".bin")
        if not os.path.exists(img):
            ok(False, "%s: image exists" % name)
            continue
        db = os.path.join(tmp, name + ".db")
        base = [FARAD, "-M", "pseries-2.8", "-nographic", "-bios", img, "-max-insns", "300000000"] + extra
        r1 = run(base + ["-icount", "shift=0,rr=record,rrfile=%s,rrcheck=2000000" % db])
        r2 = run(base + ["-icount", "shift=0,rr=replay,rrfile=%s" % db])
        rc, text = verify(db)
        ok(r1.returncode == r2.returncode and r1.stdout == r2.stdout and rc == 0
           and text.startswith("pass"),
           "%s%s: record, replay and verify agree" % (name, "".join(" " + a for a in extra)),
           r1.stderr + r2.stderr + text.encode())

def bad_input_cases(db):
    img = os.path.join(G, "echo-be.bin")
    before = sha(db)
    r = run([FARAD, "-M", "pseries-2.7", "-nographic", "-bios", img,
             "-icount", "shift=0,rr=replay,rrfile=%s" % db])
    err = r.stderr.decode()
    ok(r.returncode == 1 and "machine type 'pseries-2.8'" in err and "'pseries-2.7'" in err
       and err.count("\n") == 1,
       "replay on another machine type: one clear error", err)
    trunc = os.path.join(tmp, "trunc.db")
    shutil.copy(db, trunc)
    con = sqlite3.connect(trunc)
    con.execute("DELETE FROM journal WHERE kind = 'end'")
    con.commit()
    con.close()
    tsha = sha(trunc)
    rc, text = verify(trunc)
    ok(rc == 2 and "truncated" in text and text.count("\n") == 1,
       "truncated journal: one clear error", text)
    ok(sha(trunc) == tsha, "truncated journal: the file is left as it was")
    gap = os.path.join(tmp, "gap.db")
    shutil.copy(db, gap)
    con = sqlite3.connect(gap)
    con.execute("DELETE FROM journal WHERE seq = (SELECT min(seq) FROM journal "
                "WHERE kind = 'console')")
    con.commit()
    con.close()
    rc, text = verify(gap)
    ok(rc == 2 and "truncated or damaged" in text, "journal with a missing entry: one clear error", text)
    corrupt = os.path.join(tmp, "corrupt.db")
    data = bytearray(open(db, "rb").read())
    for i in range(0, len(data), 4096):
        data[i:i + 16] = b"\xde\xad\xbe\xef" * 4
    open(corrupt, "wb").write(bytes(data))
    csha = sha(corrupt)
    rc, text = verify(corrupt)
    ok(rc == 2 and text.startswith("farad-snap: ") and text.count("\n") == 1,
       "corrupt file: one clear error", text)
    ok(sha(corrupt) == csha, "corrupt file: left as it was")
    rc, text = verify(os.path.join(tmp, "missing.db"))
    ok(rc == 2 and "no such file" in text, "missing file: one clear error", text)
    r = run([FARAD, "-M", "pseries-2.8", "-nographic", "-bios", img, "-icount",
             "shift=0,rr=record,rrfile=%s" % db])
    ok(r.returncode == 1 and b"already holds a recording" in r.stderr,
       "recording into a file that holds one is refused", r.stderr)
    ok(sha(db) == before, "the recording is intact after all of the above")

def slof_case():
    if not os.path.exists(SLOF):
        ok(True, "SLOF # SKIP slof.bin not installed")
        return
    db = os.path.join(tmp, "slof.db")
    args = [FARAD, "-M", "pseries-2.8", "-m", "1G", "-nodefaults", "-nographic",
            "-serial", "mon:stdio", "-bios", SLOF, "-max-insns", "20000000000"]
    p = subprocess.Popen(args + ["-icount", "shift=0,rr=record,rrfile=%s" % db],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = b""
    t0 = time.time()
    def wait_for(pat, tmo=200):
        nonlocal out
        end = time.time() + tmo
        while pat not in out:
            r, _, _ = select.select([p.stdout], [], [], max(0, end - time.time()))
            if not r:
                return False
            c = os.read(p.stdout.fileno(), 65536)
            if not c:
                return False
            out += c
        return True
    good = wait_for(b"0 > ")
    t_rec = time.time() - t0
    if good:
        p.stdin.write(b"1 2 + .\r")
        p.stdin.flush()
        good = wait_for(b"3  ok")
        p.stdin.write(b"power-off\r")
        p.stdin.flush()
    o2, e = p.communicate(timeout=200)
    out += o2
    ok(good and p.returncode == 0, "SLOF: recording with 1 2 + . typed reaches 3 ok and powers off",
       out[-400:] + e)
    t0 = time.time()
    r = run(args + ["-icount", "shift=0,rr=replay,rrfile=%s" % db])
    t_rep = time.time() - t0
    ok(r.returncode == 0 and r.stdout == out and b"3  ok" in r.stdout,
       "SLOF: replay prints the same output without stdin", r.stdout[-300:] + r.stderr)
    ok(b"replay: pass" in r.stderr, "SLOF: replay checkpoint hashes and end state match", r.stderr)
    size = os.path.getsize(db) / 1e6
    print("# SLOF: record to prompt %.1f s, replay of the whole run %.1f s, "
          "recording %.1f MB" % (t_rec, t_rep, size))

echo_db = echo_case("be")
echo_case("le")
tamper_cases(echo_db)
no_input_cases()
bad_input_cases(echo_db)
if os.environ.get("FARAD_RR_SKIP_SLOF") != "1":
    slof_case()
print("1..%d" % len(tests))
shutil.rmtree(tmp, ignore_errors=True)
sys.exit(0 if all(tests) else 1)
