#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""TAP: the Debian 12 installer (debian-installer-12-netboot-ppc64el, its
vmlinux and initrd.gz; tests/linux/fetch-guest.sh installer) boots on
farad with QEMU's command line, through SLOF, to its first screen,
"[!!] Select a language", on hvc0. The installer runs under GNU screen on
the console, so the screen is drawn with terminal escapes; the checks
look at the text without them: the kernel starts /init, the installer's
first dialog is "Select a language" with its explanation line, no Oops;
then Ctrl-A x (-serial mon:stdio) ends farad with status 0. farad's
instruction count at that exit is the count to the prompt.

qemu-system-ppc64 7.2 (when installed; FARAD_LINUX_NO_QEMU=1 leaves it
out) boots the same command line to the same screen first: it is the
oracle for what the screen says, and its seconds to the prompt are
printed beside farad's instructions and seconds.

Skips (one line saying why) when the installer cannot be fetched
(offline) or SLOF (Debian's qemu-system-data) is missing.
Env: FARAD_SRC, FARAD_LINUX_BIN, FARAD_GUEST_CACHE, FARAD_LINUX_NO_QEMU.
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faradtest import SLOF, Tap, release_farad
from linuxboot import (CACHE, PIN_RTC, boot, check_boot, check_count, fetch, in_order,
                       pseries_args)

BIN = release_farad("FARAD_LINUX_BIN")
DIR = os.path.join(CACHE, "installer")
TIMEOUT = 600
# the installer's first screen is about 1e10 instructions
MAX = ["-max-insns", "20000000000"]
# QEMU's command line for the installer (XICS: today's working line)
ARGS = pseries_args("pseries", os.path.join(DIR, "vmlinux"), "console=hvc0",
                    os.path.join(DIR, "initrd.gz"), serial="mon:stdio")
# the screen is complete once its explanation line is out
PROMPT = b"Choose the language to be used for the installation process"
# in order, as qemu-system-ppc64 7.2 prints them for this command line
MILESTONES = [
    r"Run /init as init process",
    r"Starting system log daemon: syslogd, klogd",
    r"\[!!\] Select a language",
    r"Choose the language to be used for the installation process",
]


def main():
    if not fetch("installer"):
        print("1..0 # SKIP the Debian installer could not be fetched "
              "(tests/linux/fetch-guest.sh installer: offline?)")
        return 0
    if not os.path.exists(SLOF):
        print("1..0 # SKIP %s missing (Debian package qemu-system-data)" % SLOF)
        return 0
    qemu = shutil.which("qemu-system-ppc64")
    if os.environ.get("FARAD_LINUX_NO_QEMU") == "1":
        qemu = None
    print("1..%d" % (check_count(MILESTONES) + 1 + (1 if qemu else 0)))
    tap = Tap()
    # the screen's clock shows the RTC: pinned, the console output is the
    # same in every run
    r = boot([BIN] + ARGS + PIN_RTC + MAX, [(PROMPT, b"\x01x")], TIMEOUT)
    tap.ok(len(r.seen_at) == 1, "farad: the installer reaches \"Select a language\"", r.tail(),
           info="farad: Debian installer (%s) to \"Select a language\": %.1f s; "
           "%s instructions at Ctrl-A x" % (open(os.path.join(DIR, "VERSION")).read().strip(),
                                            r.seen_at[0] if r.seen_at else -1, r.icount))
    check_boot(tap, "farad", r, MILESTONES)
    if qemu:
        q = boot([qemu] + ARGS, [(PROMPT, b"")], TIMEOUT, then_kill=True)
        seen = len(q.seen_at) == 1 and None not in in_order(q.lines(), MILESTONES)
        tap.ok(seen, "qemu-system-ppc64 7.2: the same command line reaches the same screen",
               q.tail(), info="qemu-system-ppc64 7.2 to \"Select a language\": %.1f s" %
               (q.seen_at[0] if q.seen_at else -1))
    return 0 if all(tap.results) else 1


if __name__ == "__main__":
    sys.exit(main())
