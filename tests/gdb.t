#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP: the gdb stub (core/front/gdbstub.c) driven by gdb-multiarch against
# tests/guest/gdb-target.c, big- and little-endian: a breakpoint on a
# function, registers and variables there, stepi/next, a write
# watchpoint with old/new values, continuing to the guest's power-off
# (gdb sees the exit), detach; the instruction count with a debugging
# session equals the one without (stopping takes no guest time). Then
# raw protocol checks (tests/gdb/raw-client.py): malformed/oversized
# packets, errors, threads, Ctrl-C, kill. Expected values come from the
# guest source (counter: 0, 1, 3, 6, 10, 15; total 35). Last, memory
# through a radix translation (tests/guest/mon-radix on POWER9): reads
# and writes at effective addresses, an unmapped page refused, as QEMU
# 7.2's gdbstub answers the same session.
set -u
ROOT=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
. "$ROOT/tests/gdb/lib.sh"

echo "1..$((2 * 14 + 2 * 4 + 17 + 4))"
for e in be le; do
    elf=$G/gdb-target-$e.elf bin=$G/gdb-target-$e.bin
    # the reference: no debugger
    FARAD_STATS=1 "$FARAD" -M pseries-2.8 -nographic -bios "$bin" >"$TMP/ref-$e.out" 2>"$TMP/ref-$e.err"
    ref=$(icount "$TMP/ref-$e.err")

    start sess-$e -bios "$bin"
    timeout 30 $GDB -batch -nx -ex "set architecture powerpc:common64" \
        -ex "file $elf" -ex "target remote :$PORT" \
        -ex "break bump" -ex "continue" \
        -ex 'printf "counter=%d\n", counter' \
        -ex 'printf "r3=%d\n", $r3' \
        -ex 'printf "atbump=%d\n", $pc >= (long)&bump && $pc < (long)&bump + 16' \
        -ex 'set $before = $pc' -ex "stepi" \
        -ex 'printf "stepped=%d\n", $pc - $before' \
        -ex "delete" -ex "watch counter" -ex "continue" -ex "continue" \
        -ex "delete" -ex "next" \
        -ex 'printf "total=%d\n", total' \
        -ex "continue" >"$TMP/sess-$e.gdb" 2>&1
    finish
    s=$TMP/sess-$e.gdb
    check "$(has "$s" "Breakpoint 1, bump (x=x@entry=1)" && echo 0)" "$e: breakpoint on bump hit with x=1"
    check "$(has "$s" "counter=0" && echo 0)" "$e: print a global at the breakpoint (0)"
    check "$(has "$s" "r3=1" && echo 0)" "$e: r3 holds the argument (1)"
    check "$(has "$s" "atbump=1" && echo 0)" "$e: pc is at bump"
    check "$(has "$s" "stepped=4" && echo 0)" "$e: stepi advances pc by 4"
    check "$(grep -A2 "Hardware watchpoint 2: counter" "$s" | grep -q "Old value = 0" &&
             grep -A3 "Hardware watchpoint 2: counter" "$s" | grep -q "New value = 1" && echo 0)" \
        "$e: write watchpoint fires with old 0, new 1"
    check "$(grep -q "Old value = 1" "$s" && grep -q "New value = 3" "$s" && echo 0)" \
        "$e: watchpoint fires again (1 -> 3)"
    check "$(has "$s" "[Inferior 1 (Remote target) exited normally]" && echo 0)" \
        "$e: continue runs to the power-off, gdb sees the exit"
    check "$(has "$TMP/sess-$e.out" "gdb-target: counter=15 total=35" && echo 0)" \
        "$e: the guest's output is unchanged"
    check "$RC" "$e: farad exits 0 after the session"
    got=$(icount "$TMP/sess-$e.err")
    check "$([ -n "$ref" ] && [ "$ref" = "$got" ] && echo 0)" \
        "$e: instruction count with gdb ($got) = without ($ref)"

    # detach: the machine goes on by itself
    start det-$e -bios "$bin"
    timeout 30 $GDB -batch -nx -ex "set architecture powerpc:common64" \
        -ex "file $elf" -ex "target remote :$PORT" -ex "break bump" \
        -ex "continue" -ex "continue" -ex 'printf "counter=%d\n", counter' \
        -ex "detach" >"$TMP/det-$e.gdb" 2>&1
    finish
    check "$(has "$TMP/det-$e.gdb" "counter=1" && has "$TMP/det-$e.gdb" "(Remote target) detached]" && echo 0)" \
        "$e: second breakpoint hit (counter 1), detach"
    check "$(has "$TMP/det-$e.out" "gdb-target: counter=15 total=35" && echo 0)" \
        "$e: after detach the guest runs to its end"
    check "$RC" "$e: farad exits 0 after detach"
done

# the vector registers (power-altivec / power-vsx features): written
# through gdb's views, read back through the others; ISA element order
# is what the values show (LE: gdb's element 0 is the least significant)
for e in be le; do
    start vec-$e -bios "$G/gdb-target-$e.bin"
    timeout 30 $GDB -batch -nx -ex "set architecture powerpc:common64" \
        -ex "file $G/gdb-target-$e.elf" -ex "target remote :$PORT" \
        -ex "break bump" -ex "continue" \
        -ex 'set $vs3.v4_int32 = {1, 2, 3, 4}' \
        -ex 'echo f3=' -ex 'p/x $f3' \
        -ex 'set $vr3.v4_int32 = {5, 6, 7, 8}' \
        -ex 'printf "vs35=%x,%x,%x,%x\n", $vs35.v4_int32[0], $vs35.v4_int32[1], $vs35.v4_int32[2], $vs35.v4_int32[3]' \
        -ex 'printf "vr3.w0=%x\n", $vr3.v16_int8[0]' \
        -ex 'set $vscr = 0x10001' -ex 'set $vrsave = 0x8000000f' \
        -ex 'printf "vscr=%x vrsave=%x\n", $vscr, $vrsave' \
        -ex "kill" >"$TMP/vec-$e.gdb" 2>&1
    finish 10
    s=$TMP/vec-$e.gdb
    if [ $e = be ]; then f3=100000002 b0=0; else f3=400000003 b0=5; fi
    check "$(grep -q "^f3=.* = 0x$f3\$" "$s" && echo 0)" "$e: \$vs3 written as words 1..4: FPR 3 is doubleword 0 ($f3)"
    check "$(has "$s" "vs35=5,6,7,8" && echo 0)" "$e: \$vr3 is \$vs35"
    check "$(has "$s" "vr3.w0=$b0" && echo 0)" "$e: \$vr3 byte 0 in the $e order ($b0)"
    check "$(has "$s" "vscr=10001 vrsave=8000000f" && echo 0)" "$e: vscr and vrsave"
done

# raw protocol, two CPUs
spin=0x$(powerpc64-linux-gnu-nm "$G/gdb-target-be.elf" | awk '$3 == "spin" { print $1 }')
start raw -smp 2 -bios "$G/gdb-target-be.bin"
timeout 30 python3 "$ROOT/tests/gdb/raw-client.py" "$PORT" "$spin" >"$TMP/raw.txt" 2>&1
finish
lines=0
while read -r status rest; do
    case $status in
        ok) check 0 "raw: ${rest#- }"; lines=$((lines + 1)) ;;
        not) check 1 "raw: ${rest#ok - }"; lines=$((lines + 1)) ;;
    esac
done <"$TMP/raw.txt"
while [ $lines -lt 17 ]; do
    check 1 "raw: check did not run ($(tail -1 "$TMP/raw.txt"))"
    lines=$((lines + 1))
done

# memory at effective addresses, translated by the radix MMU
relf=$G/mon-radix-be.elf
start radix -M pseries-7.2 -cpu POWER9 -bios "$G/mon-radix-be.bin"
timeout 30 $GDB -batch -nx -ex "set architecture powerpc:common64" \
    -ex "file $relf" -ex "target remote :$PORT" -ex "break rt_printf" -ex "continue" \
    -ex 'x/2gx 0x40000000' -ex 'x/2gx 0xc000000040000000' -ex 'x/gx 0x40001000' \
    -ex 'set *(unsigned long *)0x40000008 = 0x5a5a' -ex 'printf "marker1=%lx\n", marker[1]' \
    -ex "kill" >"$TMP/radix.gdb" 2>&1
finish
r=$TMP/radix.gdb
check "$(grep -q "^0x40000000:.0x1122334455667788.0x99aabbccddeeff00" "$r" && echo 0)" \
    "radix: x/2gx 0x40000000 reads the page the tree maps there"
check "$(grep -q "^0xc000000040000000:.0x1122334455667788.0x99aabbccddeeff00" "$r" && echo 0)" \
    "radix: quadrant 3 reads the same page (PID 0)"
check "$(has "$r" "Cannot access memory at address 0x40001000" && echo 0)" \
    "radix: an unmapped page cannot be read"
check "$(has "$r" "marker1=5a5a" && echo 0)" \
    "radix: a write at an effective address lands in the mapped page"
