#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP: reverse execution in the gdb stub (core/front/gdb-reverse.c) driven by
# gdb-multiarch against tests/guest/gdb-target.c, big- and
# little-endian, in three setups: a plain run (farad keeps a silent
# in-memory history from gdb's attach), a recording (rr=record with a
# seek snapshot every 500 instructions, so reverse-continue crosses
# snapshot intervals) and a replay of that recording. In each:
# reverse-stepi returns to the previous instruction with the previous
# register and memory values, reverse-continue goes back to the previous
# breakpoint hit and to the previous write of a watched variable, a
# reverse-continue past the start reports "No more reverse-execution
# history", and continue then runs to the end with the guest's output
# exactly once and the same instruction count as without gdb. Expected
# values come from the guest source (bump(x) adds x to counter: 0, 1, 3,
# 6; the stw stores counter, the lwa loads the return value into r3).
set -u
ROOT=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
. "$ROOT/tests/gdb/lib.sh"
SNAP=$(dirname "$FARAD")/farad-snap

# session NAME ELF: the reverse-debugging session; gdb's output in NAME.gdb
session() {
    local name=$1 elf=$2 stw
    stw=$(powerpc64-linux-gnu-objdump -d "$elf" | awk '/<\.?bump>:/,/blr/' |
          awk '$NF ~ /^r9,/ && $(NF-1) == "stw" { sub(":", "", $1); print $1 }')
    timeout 120 $GDB -batch -nx -ex "set architecture powerpc:common64" \
        -ex "file $elf" -ex "target remote :$PORT" \
        -ex "break *0x$stw" -ex "continue" -ex "continue" -ex "continue" \
        -ex 'printf "at3 counter=%d r9=%d\n", counter, $r9' \
        -ex 'set $stw = $pc' -ex "stepi" -ex 'set $lwa = $pc' -ex "stepi" \
        -ex 'printf "fwd counter=%d r3=%d moved=%d\n", counter, $r3, $pc == $lwa + 4' \
        -ex "reverse-stepi" \
        -ex 'printf "rs1 atlwa=%d r3=%d counter=%d\n", $pc == $lwa, $r3, counter' \
        -ex "reverse-stepi" \
        -ex 'printf "rs2 atstw=%d counter=%d r9=%d\n", $pc == $stw, counter, $r9' \
        -ex "reverse-continue" \
        -ex 'printf "rc1 atstw=%d counter=%d r9=%d\n", $pc == $stw, counter, $r9' \
        -ex "delete" -ex "watch counter" -ex "continue" \
        -ex 'printf "fw counter=%d\n", counter' \
        -ex "reverse-continue" \
        -ex 'printf "rw counter=%d\n", counter' \
        -ex "delete" -ex "break *0x$stw" -ex "reverse-continue" \
        -ex 'printf "rc2 atstw=%d counter=%d\n", $pc == $stw, counter' \
        -ex "reverse-continue" \
        -ex 'printf "rc3 counter=%d\n", counter' \
        -ex "delete" -ex "continue" >"$TMP/$name.gdb" 2>&1
}

# checks NAME E: the assertions on a session's outputs
checks() {
    local name=$1 e=$2 s=$TMP/$1.gdb
    check "$(has "$s" "at3 counter=3 r9=6" && echo 0)" \
        "$e $name: third hit of the stw in bump(3): counter 3, r9 6"
    check "$(has "$s" "fwd counter=6 r3=6 moved=1" && echo 0)" \
        "$e $name: two stepi: stw stored 6, lwa loaded r3 = 6"
    check "$(has "$s" "rs1 atlwa=1 r3=3 counter=6" && echo 0)" \
        "$e $name: reverse-stepi: back at the lwa, r3 = 3 (x) again"
    check "$(has "$s" "rs2 atstw=1 counter=3 r9=6" && echo 0)" \
        "$e $name: reverse-stepi again: back at the stw, counter 3 in memory again"
    check "$(has "$s" "rc1 atstw=1 counter=1 r9=3" && echo 0)" \
        "$e $name: reverse-continue: the previous hit (bump(2): counter 1, r9 3)"
    check "$(has "$s" "fw counter=3" && has "$s" "rw counter=1" &&
             grep -A3 "Hardware watchpoint" "$s" | grep -q "Old value = 3" && echo 0)" \
        "$e $name: reverse-continue with a watchpoint stops at the previous write (3 -> 1)"
    check "$(has "$s" "rc2 atstw=1 counter=0" && echo 0)" \
        "$e $name: reverse-continue to the first hit (counter 0)"
    check "$(has "$s" "No more reverse-execution history." && has "$s" "rc3 counter=0" && echo 0)" \
        "$e $name: reverse-continue past the start: no more history"
    check "$(has "$s" "[Inferior 1 (Remote target) exited normally]" && echo 0)" \
        "$e $name: continue runs to the power-off"
    check "$([ "$(grep -c "gdb-target: counter=15 total=35" "$TMP/$name.out")" = 1 ] && echo 0)" \
        "$e $name: the guest's output appears exactly once"
    check "$RC" "$e $name: farad exits 0"
}

echo "1..$((2 * 3 * 12))"
for e in be le; do
    elf=$G/gdb-target-$e.elf bin=$G/gdb-target-$e.bin
    FARAD_STATS=1 "$FARAD" -M pseries-2.8 -nographic -bios "$bin" >"$TMP/ref-$e.out" 2>"$TMP/ref-$e.err"
    ref=$(icount "$TMP/ref-$e.err")

    start plain-$e -bios "$bin"
    session plain-$e "$elf"
    finish 400
    checks plain-$e $e
    got=$(icount "$TMP/plain-$e.err")
    check "$([ -n "$ref" ] && [ "$ref" = "$got" ] && echo 0)" \
        "$e plain-$e: instruction count ($got) = without gdb ($ref)"

    rr=$TMP/rec-$e.rr
    start rec-$e -bios "$bin" -icount shift=0,rr=record,rrfile=$rr,rrsnap=500,rrcheck=700
    session rec-$e "$elf"
    finish 400
    checks rec-$e $e
    timeout 60 "$SNAP" replay "$rr" --verify >"$TMP/verify-$e.txt" 2>&1
    check "$(has "$TMP/verify-$e.txt" "pass:" && echo 0)" \
        "$e rec-$e: the recording made with reverse steps verifies (farad-snap replay --verify)"

    start play-$e -bios "$bin" -icount shift=0,rr=replay,rrfile=$rr
    session play-$e "$elf"
    finish 400
    checks play-$e $e
    check "$(has "$TMP/play-$e.err" "replay: pass" && echo 0)" \
        "$e play-$e: the replay with reverse steps passes"
done
