#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP: the gdb stub (core/front/gdb-conn.c) against a hostile client on a
# raw socket (tests/gdb/hostile-client.py, issue 13): a packet sent while
# the machine runs does not hide a later Ctrl-C or the connection's
# close, and a client gone while replies are in flight does not kill
# farad with SIGPIPE. farad then ends by kill, with no sanitizer report.
set -u
ROOT=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
. "$ROOT/tests/gdb/lib.sh"

echo "1..$((6 + 2 + 3 + 2))"
spin=0x$(powerpc64-linux-gnu-nm "$G/gdb-target-be.elf" | awk '$3 == "spin" { print $1 }')
for c in running:6 flood:3; do
    case=${c%:*} want=${c#*:}
    start $case -bios "$G/gdb-target-be.bin"
    timeout 60 python3 "$ROOT/tests/gdb/hostile-client.py" "$PORT" "$spin" $case \
        >"$TMP/$case.txt" 2>&1
    finish
    lines=0
    while read -r status rest; do
        case $status in
            ok) check 0 "$case: ${rest#- }"; lines=$((lines + 1)) ;;
            not) check 1 "$case: ${rest#ok - }"; lines=$((lines + 1)) ;;
        esac
    done <"$TMP/$case.txt"
    while [ $lines -lt $want ]; do
        check 1 "$case: check did not run ($(tail -1 "$TMP/$case.txt"))"
        lines=$((lines + 1))
    done
    check "$([ "$RC" = 0 ] && echo 0)" \
        "$case: farad ends by the last client's kill (status $RC; 141 is SIGPIPE)"
    check "$(grep -qE "runtime error|AddressSanitizer|LeakSanitizer" "$TMP/$case.err" || echo 0)" \
        "$case: no sanitizer report"
done
