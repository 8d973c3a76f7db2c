#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP: narrowing a replay divergence to one instruction
# (snapshot/replay-narrow.c). A recording of tests/guest/gdb-target
# (BE/LE, a seek snapshot every 10 instructions, recorded to 100
# instructions past the variable's first read) gets one seek snapshot
# replaced by a consistent copy whose guest RAM differs in one variable
# (counter = 100, written with gdb into the loaded snapshot and saved
# with -savevm-at). farad-snap replay --verify must find that the replay
# differs from the recorded snapshot there and narrow it down to the
# first instruction that reads the variable: the `lwz r9` of bump (its
# address and disassembly from objdump), at the instruction count where
# the exec trace (-d exec) first shows it after the snapshot, with
# cpu0.gpr[9] named as differing (0 in the replay, 0x64 in the snapshot's
# run).
set -u
ROOT=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
FARAD=${FARAD_BIN:-$ROOT/build/farad}
SNAP=$(dirname "$FARAD")/farad-snap
G=$ROOT/tests/guest/out
GDB=gdb-multiarch
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if [ ! -x "$FARAD" ] || [ ! -x "$SNAP" ] || ! command -v $GDB >/dev/null ||
   ! command -v sqlite3 >/dev/null || [ ! -f "$G/gdb-target-be.elf" ]; then
    echo "1..0 # SKIP needs $FARAD, farad-snap, $GDB, sqlite3 and tests/guest/out/gdb-target-*"
    exit 0
fi
n=0
check() {
    n=$((n + 1))
    if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}

echo "1..10"
for e in be le; do
    elf=$G/gdb-target-$e.elf bin=$G/gdb-target-$e.bin rr=$TMP/$e.rr
    # the lwz that loads counter in bump, from objdump
    read -r addr insn < <(powerpc64-linux-gnu-objdump -d "$elf" | awk '/<\.?bump>:/,/blr/' |
        awk '$6 == "lwz" && $7 ~ /^r9,/ { sub(":", "", $1); print $1, $6 " " $7; exit }')
    # its first execution (0-based icount) in the exec trace
    "$FARAD" -M pseries-2.8 -nographic -bios "$bin" -d exec -D "$TMP/$e.trace" >/dev/null 2>&1
    first=$(awk -v a="$addr" '{ x = $2; sub(":", "", x); sub(/^0x0*/, "", x) }
                               x == a { print NR - 1; exit }' "$TMP/$e.trace")
    snap=$(( (first - 5) / 10 * 10 ))
    # recorded to 100 instructions past that lwz: the replay stops at the
    # divergence, and each seek snapshot of the rest of the program (~3500
    # more instructions, a snapshot per 10) cost time and was never read
    "$FARAD" -M pseries-2.8 -nographic -bios "$bin" \
        -icount shift=0,rr=record,rrfile=$rr,rrsnap=10,rrcheck=1000000 \
        -max-insns $((first + 100)) </dev/null >/dev/null 2>&1
    "$FARAD" -M pseries-2.8 -nographic -bios "$bin" -snapshot-db "$rr" -loadvm rr-$snap \
        -savevm-at $snap:bad -gdb tcp::0 -S >"$TMP/$e.o" 2>"$TMP/$e.e" &
    fp=$!
    port=
    for _ in $(seq 100); do
        port=$(sed -n 's/.*tcp::\([0-9]*\).*/\1/p' "$TMP/$e.e")
        [ -n "$port" ] && break
        sleep 0.05
    done
    timeout 30 $GDB -batch -nx -ex "set architecture powerpc:common64" -ex "file $elf" \
        -ex "target remote :$port" -ex "set var counter = 100" -ex detach >/dev/null 2>&1
    wait $fp
    sqlite3 "$rr" "UPDATE snapshot SET name = 'rr-$snap-orig' WHERE name = 'rr-$snap';
                   UPDATE snapshot SET name = 'rr-$snap' WHERE name = 'bad';"
    timeout 120 "$SNAP" replay "$rr" --verify >"$TMP/$e.out" 2>&1
    rc=$?
    out=$TMP/$e.out
    check "$([ $rc = 1 ] && grep -q "DIVERGED at seek snapshot rr-$snap " "$out" && echo 0)" \
        "$e: the replay differs from seek snapshot rr-$snap (exit 1)"
    check "$(grep -q "first instruction that differs: icount $first," "$out" && echo 0)" \
        "$e: narrowed to icount $first (the first lwz of counter after the snapshot)"
    check "$(grep "first instruction that differs" "$out" | grep -qi "0x0*$addr:" && echo 0)" \
        "$e: its address is bump's lwz (0x$addr)"
    check "$(grep "first instruction that differs" "$out" | tr -d ' ' | grep -q "lwzr9,-0x" && echo 0)" \
        "$e: its disassembly is $insn"
    check "$(grep -q "cpu0.gpr\[9\]: 0x0 != 0x64" "$out" && echo 0)" \
        "$e: the differing field is gpr[9] (0 replayed, 0x64 from the snapshot)"
    [ "$rc" = 1 ] || cat "$out" | sed 's/^/# /'
done
