#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Times a console boot to a marker, for tests/bench/run-bench.sh.

    until-marker.py TIMEOUT MARKER ACTION -- COMMAND ARGS...

Runs COMMAND with its console on pipes and measures the wall seconds from
the start until MARKER (bytes, Python escapes allowed) first appears on
its standard output. Then ACTION: "kill" stops the program (SIGTERM, then
SIGKILL); "wait" gives it 60 s to exit by itself (a guest that powers
off: farad's FARAD_STATS icount line is then printed); "type:TEXT" types
TEXT (escapes allowed, e.g. SLOF's "power-off\\r") first, then waits the
same way. Prints one line on stdout:

    SECONDS CPU ICOUNT

(CPU: the program's user + system seconds over the whole run; ICOUNT from
a "farad: icount N" stderr line, or -)

or "FAILED reason" (exit status 1) when the marker does not appear within
TIMEOUT seconds or the program exits first, with the console's last line.
"""
import os
import re
import resource
import select
import subprocess
import sys
import tempfile
import time


def unescape(s):
    return s.encode().decode("unicode_escape").encode("latin-1")


def stop(p):
    if p.poll() is None:
        p.terminate()
        try:
            p.wait(5)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def main():
    action = sys.argv[3] if len(sys.argv) > 3 else ""
    if len(sys.argv) < 6 or sys.argv[4] != "--" or \
            not (action in ("kill", "wait") or action.startswith("type:")):
        sys.stderr.write("usage: until-marker.py TIMEOUT MARKER kill|wait|type:TEXT"
                         " -- COMMAND ARGS...\n")
        return 2
    timeout = float(sys.argv[1])
    marker, cmd = unescape(sys.argv[2]), sys.argv[5:]
    with tempfile.TemporaryFile() as err:
        start = time.time()
        p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=err)
        out = b""
        seen = None
        while seen is None and time.time() - start < timeout:
            r, _, _ = select.select([p.stdout], [], [], 0.05)
            if r:
                chunk = os.read(p.stdout.fileno(), 65536)
                if not chunk:
                    break
                out += chunk
                if marker in out[-len(chunk) - len(marker):]:
                    seen = time.time() - start
        if seen is None:
            stop(p)
            last = out.decode("utf-8", "replace").replace("\r", "").strip().split("\n")[-1:]
            why = "no %r within %g s" % (marker.decode(), timeout) if p.returncode in (None, -15, -9) \
                else "exited (status %d) before %r" % (p.returncode, marker.decode())
            print("FAILED %s; last console line: %s" % (why, last[0][:100] if last else ""))
            return 1
        if action != "kill":
            if action.startswith("type:"):
                p.stdin.write(unescape(action[5:]))
                p.stdin.flush()
            try:  # drain the console so the program never blocks on it
                end = time.time() + 60
                while p.poll() is None and time.time() < end:
                    r, _, _ = select.select([p.stdout], [], [], 0.1)
                    if r and not os.read(p.stdout.fileno(), 65536):
                        break
                p.wait(max(0.1, end - time.time()))
            except subprocess.TimeoutExpired:
                pass
        stop(p)
        err.seek(0)
        m = re.findall(rb"^farad: icount (\d+)$", err.read(), re.M)
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)  # the one child, reaped
    print("%.3f %.3f %s" % (seen, ru.ru_utime + ru.ru_stime, m[-1].decode() if m else "-"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
