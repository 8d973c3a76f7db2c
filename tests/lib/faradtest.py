# SPDX-License-Identifier: MIT
"""Shared pieces of farad's Python TAP test scripts (tests/*.t): where the
farad binary is, TAP result lines, and a farad process driven through its
console like a person would."""
import os
import re
import select
import subprocess
import sys
import time

SRC = os.environ.get("FARAD_SRC",
                     os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SLOF = "/usr/share/qemu/slof.bin"


def release_farad(override=None):
    """The farad to run long guests with: $override if set, else the release
    build (build/farad) when it exists, else $FARAD_BIN."""
    if override and os.environ.get(override):
        return os.environ[override]
    rel = os.path.join(SRC, "build/farad")
    if os.path.exists(rel):
        return rel
    return os.environ.get("FARAD_BIN", rel)


class Tap:
    """TAP result lines, numbered in order."""

    def __init__(self):
        self.results = []

    def ok(self, cond, name, diag="", info=""):
        """One TAP line; diag is shown when the test fails, info always."""
        self.results.append(bool(cond))
        print("%s %d - %s" % ("ok" if cond else "not ok", len(self.results), name))
        text = (diag if not cond else "") + info
        for line in text.splitlines():
            print("# " + line)
        sys.stdout.flush()

    def skip(self, name, why):
        self.results.append(True)
        print("ok %d - %s # SKIP %s" % (len(self.results), name, why))
        sys.stdout.flush()

    def exit(self):
        sys.exit(0 if all(self.results) else 1)


class Session:
    """farad under a pipe, driven like a person at the console. Output is
    collected in .out (bytes); FARAD_STATS=1 makes farad report its
    instruction count on stderr at exit."""

    def __init__(self, farad, args, timeout=300):
        env = dict(os.environ, FARAD_STATS="1")
        self.p = subprocess.Popen([farad] + args, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        self.out = b""
        self.err = ""
        self.start = time.time()
        self.timeout = timeout

    def wait_for(self, pat):
        """Read output until pat appears (True) or the time is up (False)."""
        end = self.start + self.timeout
        while pat not in self.out:
            r, _, _ = select.select([self.p.stdout], [], [], max(0, end - time.time()))
            if not r:
                return False
            chunk = os.read(self.p.stdout.fileno(), 65536)
            if not chunk:
                return False
            self.out += chunk
        return True

    def type(self, text):
        """Send bytes to the console (ignored once farad has ended)."""
        try:
            self.p.stdin.write(text)
            self.p.stdin.flush()
        except BrokenPipeError:
            pass

    def finish(self):
        """Wait for the end (killing farad at the time limit); its status."""
        try:
            out, err = self.p.communicate(timeout=max(1, self.start + self.timeout - time.time()))
        except subprocess.TimeoutExpired:
            self.p.kill()
            out, err = self.p.communicate()
        self.out += out
        self.err = err.decode(errors="replace")
        return self.p.returncode

    def tail(self):
        return "stdout ends: %r\nstderr: %s" % (self.out[-300:], self.err)


def gdb_port(proc, timeout=20):
    """The port of a farad started with -gdb tcp::0 (it prints "gdb stub
    listening on tcp::N" on stderr), or None."""
    err = b""
    end = time.time() + timeout
    while time.time() < end:
        r, _, _ = select.select([proc.stderr], [], [], 1)
        if r:
            chunk = os.read(proc.stderr.fileno(), 4096)
            if not chunk:
                return None
            err += chunk
            m = re.search(rb"tcp::(\d+)", err)
            if m:
                return int(m.group(1))
    return None
