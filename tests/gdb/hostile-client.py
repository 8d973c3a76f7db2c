#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# A hostile gdb client for tests/gdb-hostile.t (issue 13), on a raw
# socket against tests/guest/gdb-target made to spin:
#  1. a packet sent while the machine runs is acked and queued; a later
#     Ctrl-C still stops the machine (T02), then the queued packet is
#     answered;
#  2. a packet sent while running, then the connection closed: farad sees
#     the close (a new client is served);
#  3. no-ack mode, thousands of requests sent and the socket closed with
#     the replies in flight: farad is not killed by SIGPIPE (a new client
#     is served), then kill.
# Usage: hostile-client.py PORT SPIN_ADDR running|flood (cases 1-2 or
# 3, each against its own farad; prints "ok/not ok - what" lines
# without numbers; the .t numbers them)
import socket
import sys
import time

port, spin_addr, case = int(sys.argv[1]), int(sys.argv[2], 0), sys.argv[3]


class Client:
    def __init__(self):
        self.s = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.buf = b""

    def getc(self):
        while not self.buf:
            d = self.s.recv(65536)
            if not d:
                raise EOFError("connection closed")
            self.buf += d
        c, self.buf = self.buf[:1], self.buf[1:]
        return c

    def send(self, data):
        self.s.sendall(data)

    def send_pkt(self, body):
        body = body.encode()
        self.send(b"$" + body + b"#%02x" % (sum(body) & 0xff))

    def ack(self):
        """the stub's '+' for a packet we sent"""
        while self.getc() != b"+":
            pass

    def recv_pkt(self, ack=True):
        while self.getc() != b"$":
            pass
        body = b""
        while (c := self.getc()) != b"#":
            body += c
        self.getc()
        self.getc()
        if ack:
            self.send(b"+")
        return body.decode("latin1")

    def cmd(self, body):
        self.send_pkt(body)
        self.ack()
        return self.recv_pkt()

    def close(self):
        self.s.close()


def check(cond, what):
    print(("ok - " if cond else "not ok - ") + what)
    sys.stdout.flush()


def attempt(what, fn):
    """fn() -> bool; a timeout or a closed connection is a failure"""
    try:
        check(fn(), what)
    except (OSError, EOFError) as e:
        check(False, "%s (%s)" % (what, e))


def running_packet(c):
    c.send_pkt("c")
    c.ack()
    time.sleep(0.3)
    c.send_pkt("qC")   # all-stop gdb would not, a hostile client does
    c.ack()
    return True


def flood(c):
    if c.cmd("QStartNoAckMode") != "OK":
        return False
    c.send(b"".join(b"$m0,1000#%02x" % (sum(b"m0,1000") & 0xff) for _ in range(3000)))
    c.close()
    return True


def connect():
    try:
        return Client()
    except OSError:
        return None


def kill(c):
    if c:
        try:
            c.send_pkt("k")
            c.ack()
        except (OSError, EOFError):
            pass
        c.close()


if case == "running":
    # 1. a packet while running, then Ctrl-C
    c1 = Client()
    attempt("first client: stopped at start, spin set",
            lambda: c1.cmd("?").startswith("T05") and
            c1.cmd("M%x,8:0000000100000000" % spin_addr) == "OK")
    attempt("a packet sent while the machine runs is acked",
            lambda: running_packet(c1))
    stop = []
    attempt("Ctrl-C after that packet stops the machine (T02)",
            lambda: (c1.send(b"\x03"), stop.append(c1.recv_pkt()))
            and stop[0].startswith("T02"))
    attempt("then the queued packet is answered (QC1)",
            lambda: c1.recv_pkt() == "QC1")
    # 2. a packet while running, then the connection closed
    attempt("running again, a packet sent, the connection closed",
            lambda: running_packet(c1))
    c1.close()
    time.sleep(0.5)
    c2 = connect()
    attempt("the close was seen: a new client is served (?: T05)",
            lambda: c2 is not None and c2.cmd("?").startswith("T05"))
    kill(c2)
else:
    # 3. replies in flight when the client goes away
    c1 = Client()
    attempt("spin set", lambda: c1.cmd("M%x,8:0000000100000000" % spin_addr) == "OK")
    attempt("no-ack mode: 3000 memory reads sent, the socket closed unread",
            lambda: flood(c1))
    time.sleep(1)
    c2 = connect()
    attempt("farad survives (no SIGPIPE): a new client is served (?: T05)",
            lambda: c2 is not None and c2.cmd("?").startswith("T05"))
    kill(c2)
