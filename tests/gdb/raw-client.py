#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Raw gdb remote-protocol checks for tests/gdb.t: malformed and oversized
# packets, errors for unmapped addresses, qSupported, reverse commands
# at the start of the history (replaylog:begin), Ctrl-C interrupting a running guest, kill.
# Usage: raw-client.py PORT SPIN_ADDR   (prints TAP-ish "ok/not ok" lines
# without numbers; gdb.t numbers them)
import socket
import sys
import time

port, spin_addr = int(sys.argv[1]), int(sys.argv[2], 0)
s = socket.create_connection(("127.0.0.1", port), timeout=10)
buf = b""


def getc():
    global buf
    while not buf:
        d = s.recv(65536)
        if not d:
            raise EOFError
        buf += d
    c, buf = buf[:1], buf[1:]
    return c


def send_raw(data):
    s.sendall(data)


def pkt(body):
    if isinstance(body, str):
        body = body.encode()
    return b"$" + body + b"#%02x" % (sum(body) & 0xff)


def recv_pkt():
    while getc() != b"$":
        pass
    body = b""
    while True:
        c = getc()
        if c == b"#":
            break
        body += c
    getc(); getc()
    send_raw(b"+")
    return body.decode("latin1")


def cmd(body):
    send_raw(pkt(body))
    c = getc()
    while c != b"+":
        c = getc()
    return recv_pkt()


def check(cond, what):
    print(("ok - " if cond else "not ok - ") + what)


r = cmd("qSupported:swbreak+;hwbreak+")
check("PacketSize=" in r and "qXfer:features:read+" in r and "swbreak+" in r
      and "hwbreak+" in r, "qSupported: " + r)
check(cmd("?").startswith("T05"), "? answers a stop reply")
# bad checksum: nack, then the stub still works
send_raw(b"$g#00")
check(getc() == b"-", "bad checksum is nacked")
check(cmd("m0,4") != "" and len(cmd("m100,4")) == 8, "m reads RAM")
check(cmd("mzz,4").startswith("E"), "malformed m: error")
check(cmd("m7fffffffffffff00,10").startswith("E"), "m outside RAM: error")
check(cmd("Z0,7fffffff00,4").startswith("E"), "breakpoint outside RAM: error")
check(cmd("Z0,zz").startswith("E"), "malformed Z0: error")
check(cmd("Hg99").startswith("E"), "H with a bad thread: error")
check("replaylog:begin" in cmd("bs") and "replaylog:begin" in cmd("bc"),
      "bs/bc at the start of the history: replaylog:begin")
check(cmd("qNoSuchThing") == "", "unknown packet: empty reply")
# oversized packet: E01, and the stub survives
send_raw(pkt("M0,1:" + "0" * 40000))
c = getc()
while c != b"+":
    c = getc()
check(recv_pkt() == "E01", "oversized packet: E01")
check(cmd("qfThreadInfo") == "m1,2" and cmd("qsThreadInfo") == "l",
      "two CPUs are threads 1 and 2")
check(cmd("T2") == "OK" and cmd("T3").startswith("E"), "T: thread alive")
x = cmd("qXfer:features:read:target.xml:0,3fff")
check(x[0] in "ml" and "org.gnu.gdb.power.core" in x, "target.xml")
# make the guest spin, run, interrupt it
check(cmd("M%x,8:0000000100000000" % spin_addr) == "OK", "M writes memory")
send_raw(pkt("c"))
while getc() != b"+":
    pass
time.sleep(0.3)
send_raw(b"\x03")
r = recv_pkt()
check(r.startswith("T02"), "Ctrl-C stops the running machine: " + r)
send_raw(pkt("k"))
s.settimeout(5)
try:
    while s.recv(100):
        pass
except OSError:
    pass
