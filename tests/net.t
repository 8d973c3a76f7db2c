#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""TAP: user networking (-nic user / libslirp, core/net/) and spapr-vlan
(Linux's ibmveth) in one Linux boot, recorded and replayed.

The initramfs (tests/linux/make-initramfs.sh -m ibmveth) runs
tests/linux/net-test.sh: eth0 up, a DHCP lease from slirp (busybox udhcpc
with tests/linux/udhcpc.sh), the routes, a file fetched with wget from an
HTTP server of this script on the host (10.0.2.2:PORT through slirp), then
one line the script sends through hostfwd=tcp:127.0.0.1:HPORT-:8080 into
the guest's `nc -l -p 8080`. The expected console lines are those
qemu-system-ppc64 7.2 prints for the same command line and initramfs
(-nic user,model=spapr-vlan,hostfwd=...).

The boot is recorded (-icount rr=record): the journal holds the frames the
guest received ('net' rows; the first is slirp's DHCP offer, UDP 67 to
68). Then the HTTP server is shut down and the recording replayed with no
network at all: the same console output byte for byte and "replay: pass".
The boots run on the release build (FARAD_SRC/build/farad or
FARAD_NET_BIN), as tests/linux.t's do. Skips only when the guest packages
cannot be fetched (offline).
Env: FARAD_SRC, FARAD_NET_BIN, FARAD_GUEST_CACHE.
"""
import http.server
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SRC, Session, Tap, release_farad
from linuxboot import KERNEL, fetch, make_initrd, pseries_args

BIN = release_farad("FARAD_NET_BIN")
HELLO = b"hello from the host\n"
SENT = b"hi from the host\n"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Handler(http.server.BaseHTTPRequestHandler):
    paths = []

    def do_GET(self):
        Handler.paths.append(self.path)
        body = HELLO if self.path == "/hello.txt" else b""
        self.send_response(200 if body else 404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main():
    tap = Tap()
    if not fetch("kernel"):
        print("1..0 # SKIP the Debian guest packages cannot be fetched (offline?)")
        return 0
    work = tempfile.mkdtemp(prefix="farad-net-")
    initrd = os.path.join(work, "initrd.gz")
    lx = os.path.join(SRC, "tests", "linux")
    err = make_initrd(initrd, ["ibmveth"], [os.path.join(lx, "net-test.sh") + ":/test.sh",
                                            os.path.join(lx, "udhcpc.sh") + ":/udhcpc.sh"])
    if err:
        tap.ok(False, "make-initramfs.sh -m ibmveth", err)
        return tap.exit()
    print("1..5")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    hport = free_port()
    db = os.path.join(work, "rr.db")
    args = pseries_args("pseries,x-vof=on", KERNEL,
                        "console=hvc0 farad.test quiet farad.port=%d" % port, initrd)
    args += ["-nic", "user,model=spapr-vlan,hostfwd=tcp:127.0.0.1:%d-:8080" % hport]

    # ---- the recorded boot ----
    t0 = time.time()
    rec = Session(BIN, args + ["-icount", "shift=0,rr=record,rrfile=" + db], timeout=240)
    sent = False
    if rec.wait_for(b"net-test: listening"):
        for _ in range(50):   # the guest's nc may not listen yet
            try:
                with socket.create_connection(("127.0.0.1", hport), timeout=5) as s:
                    s.sendall(SENT)
                    time.sleep(0.3)
                sent = True
                break
            except OSError:
                time.sleep(0.1)
    rc = rec.finish()
    secs = time.time() - t0
    out = rec.out.decode("utf-8", "replace").replace("\r", "")
    lines = out.split("\n")
    # qemu-system-ppc64 7.2's lines for the same boot
    want = ["net-test: 52:54:00:12:34:56 driver ibmveth",
            "udhcpc: lease of 10.0.2.15 obtained from 10.0.2.2, lease time 86400",
            "net-test: lease 10.0.2.15/24 router 10.0.2.2 dns 10.0.2.3",
            "net-test: route default via 10.0.2.2 dev eth0 ",
            "net-test: route 10.0.2.0/24 dev eth0 scope link  src 10.0.2.15 ",
            "net-test: fetch " + HELLO.decode().strip(),
            "net-test: listening",
            "net-test: got " + SENT.decode().strip(),
            "net-test: done",
            "farad-test: exit 0, powering off"]
    tap.ok(rc == 0 and sent and all_in_order(lines, want),
           "ibmveth on spapr-vlan: slirp's DHCP lease, routes, a wget from the host "
           "(10.0.2.2) and a line through hostfwd= into nc -l, as QEMU 7.2 prints them",
           "exit %s, sent %s\n%s" % (rc, sent, out[-1500:]),
           "%.1f s, host paths %s" % (secs, Handler.paths))
    tap.ok(Handler.paths == ["/hello.txt"],
           "the host's server saw the guest's one request", str(Handler.paths))

    # ---- the journal ----
    frames = []
    try:
        con = sqlite3.connect(db)
        frames = [bytes(r[0]) for r in
                  con.execute("SELECT data FROM journal WHERE kind = 'net' ORDER BY seq")]
        con.close()
    except sqlite3.Error as e:
        frames = []
        print("# %s" % e)
    first = frames[0] if frames else b""
    nul = first.find(b"\0", 4)
    eth = first[nul + 1:] if nul > 0 else b""
    ihl = (eth[14] & 15) * 4 if len(eth) > 14 else 0
    udp = eth[14 + ihl:14 + ihl + 4] if ihl else b""
    tap.ok(len(frames) >= 4 and first[4:nul] == b"__nic0" and eth[12:14] == b"\x08\x00"
           and eth[23:24] == b"\x11" and udp == b"\x00\x43\x00\x44",
           "the journal holds the guest's frames ('net' rows: netdev __nic0; the "
           "first is the DHCP offer, UDP 67 -> 68)",
           "%d frames; first %r" % (len(frames), first[:60]))

    # ---- the replay, with no network ----
    server.shutdown()
    server.server_close()
    t0 = time.time()
    rep = subprocess.run([BIN] + args + ["-icount", "shift=0,rr=replay,rrfile=" + db],
                         stdin=subprocess.DEVNULL, capture_output=True, timeout=240)
    rsecs = time.time() - t0
    rout = rep.stdout.decode("utf-8", "replace").replace("\r", "")
    rerr = rep.stderr.decode("utf-8", "replace")
    tap.ok(rep.returncode == 0 and "replay: pass" in rerr,
           "the replay passes (no host server, no slirp: frames from the journal)",
           "exit %s; stderr %s" % (rep.returncode, rerr[-800:]), "%.1f s" % rsecs)
    tap.ok(rout == out, "the replay prints the recording's console output byte for byte",
           "recorded ends %r\nreplayed ends %r" % (out[-400:], rout[-400:]))
    subprocess.run(["rm", "-rf", work])
    return tap.exit()


def all_in_order(lines, want):
    """Each line of want is a whole line of lines, in that order."""
    i = 0
    for l in lines:
        if i < len(want) and l == want[i]:
            i += 1
    return i == len(want)


if __name__ == "__main__":
    sys.exit(main())
