#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Hostile snapshot databases and recordings (issue 13), TAP output. Each
# case is a crafted file; the answer must be one clear line naming the
# file and what is wrong, and nothing is written to a file a read-only
# command looks at:
#  - farad-snap on a path that does not exist (and -snapshot-db with
#    -loadvm) refuses and creates nothing; list/show/verify on an older
#    schema refuse with the upgrade command and leave the file unchanged;
#    farad-snap upgrade converts it;
#  - a writer killed inside a transaction (a hot journal): read-only
#    commands finish SQLite's rollback and read the last committed state;
#  - a negative PRAGMA user_version, a snapshot row with a NULL name, a
#    damaged SQLite page under diff, a database locked by another
#    process (named with its pid);
#  - snapshots whose event log length or count is out of range, RTC
#    offsets near the int64 limits (refused at load);
#  - recordings: an empty console entry replays; a stored command line
#    with -D, -plugin, -object, -device loader or unknown options is
#    refused by farad-snap replay (one line naming the option) and runs
#    nothing; given on the replay's own command line it is used.
# Uses FARAD_BIN (the sanitizer build under ./build.sh test).
import hashlib, os, shutil, sqlite3, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import Tap

SRC = os.environ.get("FARAD_SRC", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FARAD = os.environ.get("FARAD_BIN", os.path.join(SRC, "build/farad"))
SNAP = os.path.join(os.path.dirname(FARAD), "farad-snap")
GUEST = os.path.join(SRC, "tests/guest/out")
FIXTURES = os.path.join(SRC, "tests/snap/fixtures")
TIMEOUT = 120

tap = Tap()
ok = tap.ok

def run(args, stdin=b""):
    p = subprocess.run(args, input=stdin, capture_output=True, timeout=TIMEOUT)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")

def snap(*args):
    return run([SNAP] + list(args))

def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()

def one_line(err):
    return len(err.strip().splitlines()) == 1

def sanitizer_clean(err):
    return "Sanitizer" not in err and "runtime error" not in err

def sql(db, *stmts):
    c = sqlite3.connect(db)
    for s in stmts:
        c.execute(s)
    c.commit()
    c.close()

if not os.path.exists(FARAD) or not os.path.exists(SNAP):
    print("1..0 # SKIP %s or farad-snap not built" % FARAD)
    sys.exit(0)
if not os.path.exists(os.path.join(GUEST, "intmath-be.bin")):
    print("1..0 # SKIP guest programs not built (tests/guest/build-guests.sh)")
    sys.exit(0)

tmp = tempfile.mkdtemp(prefix="farad-hostile-snap-")
IMG = os.path.join(GUEST, "intmath-be.bin")
BASE = [FARAD, "-M", "pseries-2.8", "-nographic", "-bios", IMG, "-rtc", "base=2000-01-01"]

# a database with two snapshots of intmath
good = os.path.join(tmp, "good.db")
rc, out, err = run(BASE + ["-snapshot-db", good, "-savevm-at", "20000:a",
                           "-savevm-at", "40000:b", "-max-insns", "50000"])
ok(os.path.exists(good) and sanitizer_clean(err), "a database with snapshots a and b", err)

# ---- read-only commands never write ----

def missing_path_cases():
    nope = os.path.join(tmp, "nope.db")
    for cmd in (["verify"], ["list"], ["gc"], ["info", "a"]):
        rc, out, err = snap(nope, *cmd)
        ok(rc != 0 and "nope.db: no such file" in err and one_line(err) and
           "ok" not in out and not os.path.exists(nope),
           "farad-snap %s on a missing path: 'no such file', nothing created" % cmd[0],
           out + err)
    rc, out, err = run(BASE + ["-snapshot-db", nope, "-loadvm", "a", "-max-insns", "1000"])
    ok(rc != 0 and "nope.db: no such file" in err and not os.path.exists(nope),
       "-snapshot-db MISSING -loadvm NAME: 'no such file', nothing created", err)

def old_schema_cases():
    old = os.path.join(tmp, "schema1.db")
    shutil.copy(os.path.join(FIXTURES, "schema1.db"), old)
    before = sha(old)
    for cmd in (["list"], ["verify"], ["show", "s1"]):
        rc, out, err = snap(old, *cmd)
        ok(rc != 0 and "schema version 1 is older" in err and "upgrade" in err and
           one_line(err) and sha(old) == before,
           "farad-snap %s on a schema-1 file: refused with the upgrade command, "
           "file unchanged" % cmd[0], out + err)
    rc, out, err = snap(old, "upgrade")
    ok(rc == 0 and sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == 3,
       "farad-snap upgrade converts a schema-1 file to schema 3", out + err)
    rc, out, err = snap(old, "list")
    ok(rc == 0, "farad-snap list reads the upgraded file", out + err)
    ro = os.path.join(tmp, "readonly.db")
    shutil.copy(good, ro)
    os.chmod(ro, 0o444)
    before = sha(ro)
    rc, out, err = snap(ro, "verify")
    ok(rc == 0 and "verify: ok" in out and sha(ro) == before,
       "farad-snap verify on a read-only file", out + err)

def hostile_db_cases():
    neg = os.path.join(tmp, "negver.db")
    shutil.copy(good, neg)
    sql(neg, "PRAGMA user_version = -5")
    for cmd in (["list"], ["gc"]):
        rc, out, err = snap(neg, *cmd)
        ok(rc == 1 and "negver.db: PRAGMA user_version -5 is not a farad snapshot "
           "schema version" in err and one_line(err) and sanitizer_clean(err),
           "negative user_version (%s): one line, no out-of-range migration" % cmd[0], err)

    nul = os.path.join(tmp, "nullname.db")
    shutil.copy(good, nul)
    c = sqlite3.connect(nul)
    ver = c.execute("PRAGMA schema_version").fetchone()[0]
    c.execute("PRAGMA writable_schema = ON")
    c.execute("UPDATE sqlite_master SET sql = replace(sql, 'name TEXT NOT NULL UNIQUE', "
              "'name TEXT UNIQUE') WHERE name = 'snapshot'")
    c.execute("PRAGMA schema_version = %d" % (ver + 1))
    c.commit()
    c.close()
    sql(nul, "UPDATE snapshot SET name = NULL WHERE name = 'b'")
    for cmd in (["info", "a"], ["list"]):
        rc, out, err = snap(nul, *cmd)
        ok(rc == 1 and "nullname.db: snapshot row id 2 has no name" in err and
           one_line(err) and sanitizer_clean(err),
           "a snapshot row with a NULL name (%s): one line" % cmd[0], out + err)

    # one damaged SQLite page: the field table's root page
    dmg = os.path.join(tmp, "damaged.db")
    shutil.copy(good, dmg)
    c = sqlite3.connect(dmg)
    root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'field'").fetchone()[0]
    psize = c.execute("PRAGMA page_size").fetchone()[0]
    c.close()
    with open(dmg, "r+b") as f:
        f.seek((root - 1) * psize)
        f.write(b"\xa5" * psize)
    rc, out, err = snap(dmg, "diff", "a", "b")
    ok(rc == 1 and "damaged.db: snapshot database is corrupt" in err and one_line(err)
       and sanitizer_clean(err), "diff on a damaged page: one line, no double free", err)

    lck = os.path.join(tmp, "locked.db")
    shutil.copy(good, lck)
    holder = subprocess.Popen([sys.executable, "-c",
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n", lck], stdout=subprocess.PIPE)
    holder.stdout.readline()
    rc, out, err = snap(lck, "gc")
    holder.kill()
    holder.wait()
    ok(rc == 1 and "locked.db: snapshot database is busy: process %d holds it" % holder.pid
       in err and one_line(err), "a database locked by another process: busy, its pid named", err)

# ---- snapshot values bounded where they enter (the load) ----

MONCFG = [FARAD, "-M", "pseries-2.8", "-display", "none", "-serial", "none",
          "-bios", IMG, "-rtc", "base=2000-01-01"]

def rehash(db):
    """Make the stored state hash match the edited rows, as an attacker
    can (farad-snap verify prints the hash the rows give)."""
    rc, out, err = snap(db, "verify")
    for line in out.splitlines():
        if "rows give " in line:
            h = line.split("rows give ")[1].rstrip(")")
            sql(db, "UPDATE snapshot SET state_hash = '%s'" % h)

def field_bound_cases():
    mon = os.path.join(tmp, "mon.db")
    run(MONCFG + ["-snapshot-db", mon, "-savevm-at", "20000:a", "-max-insns", "30000"])
    cases = [("nevents", 40, "field nevents is 40, out of range (0..16)",
              "event count beyond the 16-entry queue"),
             ("events[0].ext_len", 4294967295,
              "field events[0].ext_len is 4294967295, out of range (0..",
              "event log length beyond the log buffer"),
             ("rtc_offset", 9223372036854775807,
              "field rtc_offset is 9223372036854775807, out of range",
              "RTC offset at the int64 limit"),
             ("rtc_base", -9223372036854775808,
              "field rtc_base is -9223372036854775808, out of range",
              "RTC base at the int64 limit")]
    for field, value, msg, what in cases:
        db = os.path.join(tmp, "bound.db")
        shutil.copy(mon, db)
        sql(db, "UPDATE field SET value = %d WHERE name = '%s' AND section IN "
                "(SELECT id FROM section WHERE name = 'spapr')" % (value, field))
        rehash(db)
        # system_powerdown queues an event: with 40 queued it wrote past
        # the queue; the RTC offsets overflowed reading the clock
        rc, out, err = run(MONCFG + ["-monitor", "stdio", "-snapshot-db", db, "-loadvm",
                                     "a", "-max-insns", "100000"],
                           b"system_powerdown\ninfo registers\nquit\n")
        ok(rc != 0 and "spapr: " + msg in err and sanitizer_clean(err) and
           len([l for l in err.splitlines() if "farad:" in l]) == 1,
           "snapshot with %s: refused at load, one line" % what, err)

# ---- recordings are data: farad-snap replay's trust model ----

def set_argv(db, extra, replace=None):
    c = sqlite3.connect(db)
    v = c.execute("SELECT value FROM meta WHERE key = 'rr.argv'").fetchone()[0]
    if replace:
        v = v.replace(*replace)
    c.execute("UPDATE meta SET value = ? WHERE key = 'rr.argv'", (v + extra,))
    c.commit()
    c.close()

def replay_cases():
    rr = os.path.join(tmp, "rec.rr")
    rc, out, err = run([FARAD, "-M", "pseries-2.8", "-nographic", "-bios", IMG,
                        "-icount", "shift=0,rr=record,rrfile=" + rr])
    ok(rc == 0 and os.path.exists(rr), "a recording of intmath", err)
    rc, out, err = snap("replay", rr, "--verify")
    ok(rc == 0 and out.startswith("pass"), "its replay passes (the image recorded, "
       "same SHA-256)", out + err)
    victim = os.path.join(tmp, "victim")
    plugin = os.path.join(tmp, "evil.so")
    open(plugin, "wb").write(b"\x7fELF not really")
    hostile = [
        ("\n-D\n%s\n-d\nin_asm" % victim, "-D %s, which writes a host file" % victim),
        ("\n-pidfile\n%s" % victim, "-pidfile %s, which writes a host file" % victim),
        ("\n-plugin\n%s" % plugin, "-plugin %s, which loads host code" % plugin),
        ("\n-object\nmemory-backend-file,id=m,size=1M,mem-path=%s" % victim,
         "-object memory-backend-file,id=m,size=1M,mem-path=%s, which creates "
         "host-backed memory" % victim),
        ("\n-device\nloader,file=%s,addr=0x1000000" % "/etc/hostname",
         "-device loader,file=/etc/hostname,addr=0x1000000, which names a host "
         "resource (file=)"),
        ("\n-global\nivshmem-plain.memdev=m", "-global ivshmem-plain.memdev=m, "
         "which names a host resource (memdev=)"),
        ("\n-L\n%s" % tmp, "-L %s, which chooses host firmware files" % tmp),
        ("\n--no-such-option", "'--no-such-option', not an option a replay takes"),
    ]
    for extra, msg in hostile:
        db = os.path.join(tmp, "hostile.rr")
        shutil.copy(rr, db)
        set_argv(db, extra)
        rc, out, err = snap("replay", db, "--verify")
        ok(rc == 2 and ("hostile.rr: the recorded command line has " + msg) in err and
           one_line(err) and not os.path.exists(victim) and "pass" not in out,
           "a recording whose command line has %s: refused, one line, nothing run"
           % extra.split("\n")[1], out + err)
    # -M with dumpdtb= writes a host file
    db = os.path.join(tmp, "hostile.rr")
    shutil.copy(rr, db)
    set_argv(db, "", ("pseries-2.8", "pseries-2.8,dumpdtb=" + victim))
    rc, out, err = snap("replay", db, "--verify")
    ok(rc == 2 and "names a host resource (dumpdtb=)" in err and not os.path.exists(victim),
       "a recording whose -M has dumpdtb=: refused", out + err)
    # an image that is not the one recorded, or a FIFO, is not read
    changed = os.path.join(tmp, "changed.bin")
    shutil.copy(IMG, changed)
    with open(changed, "ab") as f:
        f.write(b"\0")
    shutil.copy(rr, db)
    set_argv(db, "", (IMG, changed))
    sql(db, "UPDATE meta SET value = replace(value, '%s', '%s') WHERE key = 'rr.images'"
        % (IMG, changed))
    rc, out, err = snap("replay", db, "--verify")
    ok(rc == 2 and "-bios %s, which reads a host file not recorded with this content"
       % changed in err, "a recorded image whose content changed: refused", out + err)
    fifo = os.path.join(tmp, "fifo")
    os.mkfifo(fifo)
    shutil.copy(rr, db)
    set_argv(db, "", (IMG, fifo))
    rc, out, err = snap("replay", db, "--verify")
    ok(rc == 2 and "-bios %s, which reads a host file" % fifo in err,
       "a recorded -bios naming a FIFO: refused without blocking", out + err)
    # given on the replay's own command line, the option is used
    rc, out, err = snap("replay", db, "--verify", "--", "-bios", IMG)
    ok(rc == 0 and out.startswith("pass"), "the same with -bios on the replay's own "
       "command line: passes", out + err)
    shutil.copy(rr, db)
    set_argv(db, "\n-D\n" + victim)
    own_log = os.path.join(tmp, "own.log")
    rc, out, err = snap("replay", db, "--verify", "--", "-D", own_log)
    ok(rc == 0 and out.startswith("pass") and not os.path.exists(victim),
       "a recorded -D replaced by the replay's own -D: the recorded path is not written",
       out + err)
    # a console entry with no bytes (never written by farad) is refused
    shutil.copy(rr, db)
    # (the end of input, an input row, turned into console input of no bytes)
    sql(db, "UPDATE journal SET kind = 'console', data = X'' WHERE kind = 'eof'")
    rc, out, err = run([FARAD, "-M", "pseries-2.8", "-nographic", "-bios", IMG,
                        "-icount", "shift=0,rr=replay,rrfile=" + db])
    ok(rc != 0 and sanitizer_clean(err) and "holds 0 bytes" in err,
       "a console entry with no bytes: refused at load", err)
    # a network frame entry without its netdev id's NUL (docs/net.md)
    shutil.copy(rr, db)
    sql(db, "UPDATE journal SET kind = 'net', data = X'00000000414243' WHERE kind = 'eof'")
    rc, out, err = run([FARAD, "-M", "pseries-2.8", "-nographic", "-bios", IMG,
                        "-icount", "shift=0,rr=replay,rrfile=" + db])
    ok(rc != 0 and sanitizer_clean(err) and "(net) holds 7 bytes" in err and one_line(err),
       "a net entry with no NUL after its netdev id: refused at load", err)

def interrupted_write_cases():
    """A writer killed inside a transaction leaves a hot rollback journal;
    a read-only command finishes SQLite's recovery (the last committed
    state, what every reader sees) and reads the file."""
    hot = os.path.join(tmp, "hot.db")
    shutil.copy(good, hot)
    rc, out0, _ = snap(hot, "list")
    child = os.fork()
    if child == 0:   # a writer that dies with its transaction open
        c = sqlite3.connect(hot, isolation_level=None)
        c.execute("BEGIN IMMEDIATE")
        c.execute("DELETE FROM snapshot")
        c.execute("PRAGMA cache_size = 1")
        c.execute("CREATE TABLE filler(x)")
        c.executemany("INSERT INTO filler VALUES (?)", ((b"x" * 4000,) for _ in range(200)))
        os.kill(os.getpid(), 9)
    os.waitpid(child, 0)
    hot_journal = os.path.exists(hot + "-journal")
    rc, out, err = snap(hot, "verify")
    rc2, out2, err2 = snap(hot, "list")
    ok(hot_journal and rc == 0 and "verify: ok" in out and rc2 == 0 and out2 == out0 and
       sanitizer_clean(err + err2),
       "farad-snap verify and list after a writer died mid-transaction (hot journal): "
       "the last committed snapshots, listed as before", "%s\n%s%s%s" % (hot_journal, out, err, err2))

missing_path_cases()
old_schema_cases()
interrupted_write_cases()
hostile_db_cases()
field_bound_cases()
replay_cases()

shutil.rmtree(tmp, ignore_errors=True)
print("1..%d" % len(tap.results))
tap.exit()
