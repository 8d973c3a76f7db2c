#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP driver: QEMU 7.2's boot semantics on farad's pseries.
#   * the firmware: no -bios loads slof.bin from QEMU's data directory
#     (FARAD_DATADIR stands in for /usr/share/qemu here), -L DIR is
#     searched first, -bios NAME is searched the same way; -bios none
#     enters a -kernel ELF directly (tests/guest.t's kernel-hello too)
#   * -kernel/-initrd/-append: /chosen as qemu-system-ppc64 dumps it for
#     the same command line (live, when QEMU is installed)
#   * -machine help: pseries = pseries-7.2, the default (QEMU's listing)
#   * -nodefaults creates no VTY in either order with -nographic, and
#     -serial stdio still does: the vdevice nodes and the PHB's LSI
#     numbers equal QEMU 7.2's (fixtures, and live QEMU)
#   * -vga none is accepted
#   * QEMU's Linux command line without -bios boots through SLOF
#   * -device loader: what it writes and the PC, against QEMU's monitor;
#     with -bios none its cpu-num=0 PC is where CPU 0 starts
#   * the RTC (tests/guest/rtc.c): the host's UTC time at start by
#     default (base=localtime: local), -rtc base=DATE pins it and two
#     runs are then bit-identical; a replay and a loadvm see the base
#     that was recorded or saved
# Env: FARAD_BIN, FARAD_SRC.
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
BIN=${FARAD_BIN:-$SRC/build/farad}
G=$SRC/tests/guest
FX=/work/shared/fixtures/qemu-7.2
QEMU=$(command -v qemu-system-ppc64 || true)
if [ ! -x "$BIN" ] || [ ! -f "$G/out/hello-be.bin" ] || ! command -v dtc >/dev/null; then
    echo "1..0 # SKIP needs $BIN, dtc and tests/guest/out (build-guests.sh)"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
fails=0
ok() {  # COND-STATUS NAME [DIAG-FILE]
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then
        echo "ok $n - $2"
    else
        echo "not ok $n - $2"
        fails=$((fails + 1))
        [ -n "${3:-}" ] && [ -f "$3" ] && head -n 20 "$3" | sed 's/^/#   /'
    fi
}
skip() {  # NAME WHY
    n=$((n + 1))
    echo "ok $n - $1 # SKIP $2"
}
# run_hello LABEL EXPECTED ARGS...: farad ARGS prints EXPECTED and powers off
run_hello() {
    local label=$1 exp=$2 rc=0
    shift 2
    timeout 60 "$@" -max-insns 50000000 </dev/null >"$work/out" 2>"$work/err" || rc=$?
    { echo "exit status $rc"; cat "$work/err"; diff "$exp" "$work/out"; } >"$work/diag"
    [ "$rc" -eq 0 ] && cmp -s "$exp" "$work/out"
    ok $? "$label" "$work/diag"
}
dts() {  # DTB: the tree as text
    dtc -I dtb -O dts "$1" 2>/dev/null
}

echo "1..26"

# ---- the firmware ----
HELLO_BE=$G/expected/hello-be.txt
mkdir -p "$work/fw" "$work/datadir" "$work/empty"
cp "$G/out/hello-be.bin" "$work/fw/slof.bin"
cp "$G/out/hello-be.bin" "$work/datadir/slof.bin"
cp "$G/out/hello-le.bin" "$work/fw/other.bin"
run_hello "no -bios: slof.bin from -L DIR (searched before QEMU's directory)" "$HELLO_BE" \
    "$BIN" -M pseries-7.2 -nographic -L "$work/fw"
run_hello "no -bios: slof.bin from QEMU's data directory (FARAD_DATADIR)" "$HELLO_BE" \
    env FARAD_DATADIR="$work/datadir" "$BIN" -M pseries-7.2 -nographic
run_hello "-L DIRs in order: the first holding slof.bin wins" "$HELLO_BE" \
    env FARAD_DATADIR="$work/empty" "$BIN" -M pseries-7.2 -nographic -L "$work/empty" -L "$work/fw"
run_hello "-bios NAME (a bare name) is searched in -L DIR" "$G/expected/hello-le.txt" \
    "$BIN" -M pseries-7.2 -nographic -L "$work/fw" -bios other.bin
run_hello "-bios NAME readable in the working directory is used as it is" "$HELLO_BE" \
    env -C "$G/out" "$BIN" -M pseries-7.2 -nographic -L "$work/fw" -bios hello-be.bin
run_hello "-bios none -vga none -kernel ELF: entered directly at its entry point" "$HELLO_BE" \
    "$BIN" -M pseries-7.2 -nographic -vga none -bios none -kernel "$G/out/hello-be.elf"
"$BIN" -L "$work/fw" -L help >"$work/out" 2>&1
printf '%s\n' "$work/fw" /usr/share/qemu | cmp -s - "$work/out"
ok $? "-L help lists -L DIRs, then QEMU's data directory" "$work/out"

# ---- -machine help ----
"$BIN" -machine help >"$work/out" 2>&1
grep -E '^pseries(-7.2)? ' "$work/out" >"$work/got"
grep -E '^pseries(-7.2)? ' "$FX/machine-help-pseries.txt" | cmp -s - "$work/got"
ok $? "-machine help: pseries is the alias of pseries-7.2, the default (QEMU 7.2's lines)" "$work/got"
"$BIN" -machine '?' | cmp -s - "$work/out"
ok $? "-machine ? prints the same list"

# a recording made when the default and "pseries" were pseries-2.8 (its
# command line without -M, then with -M pseries and rr.machine the alias)
# replays on the machine it ran
SNAP=$(dirname "$BIN")/farad-snap
"$BIN" -M pseries-2.8 -nographic -bios "$G/out/hello-be.bin" \
    -icount "shift=0,rr=record,rrfile=$work/old.rr" </dev/null >/dev/null 2>&1
sqlite3 "$work/old.rr" "UPDATE meta SET value = replace(value, '-M'||char(10)||'pseries-2.8'||char(10), '') WHERE key = 'rr.argv'"
"$SNAP" replay "$work/old.rr" --verify >"$work/diag" 2>&1
good=$?
sqlite3 "$work/old.rr" "UPDATE meta SET value = '-M'||char(10)||'pseries'||char(10)||value WHERE key = 'rr.argv'; UPDATE meta SET value = 'pseries' WHERE key = 'rr.machine'"
"$SNAP" replay "$work/old.rr" --verify >>"$work/diag" 2>&1 && [ $good -eq 0 ] && [ "$(grep -c '^pass' "$work/diag")" -eq 2 ]
ok $? "farad-snap replay: a pseries-2.8 recording without -M, or with -M pseries, replays on pseries-2.8" "$work/diag"

# ---- /chosen for -kernel/-initrd/-append, against QEMU ----
head -c 70000 /dev/urandom >"$work/initrd"
# chosen DTB: /chosen's properties, sorted, without QEMU's random rng-seed
chosen() {
    dts "$1" | awk '/^\tchosen \{/,/^\t\};/' | grep -v rng-seed | sort
}
for e in be le; do
    args=(-m 1G -nodefaults -kernel "$G/out/hello-$e.elf" -initrd "$work/initrd"
          -append "console=hvc0 farad=$e")
    "$BIN" -M pseries-7.2,dumpdtb="$work/f.dtb" "${args[@]}" >/dev/null 2>&1
    if [ -z "$QEMU" ]; then
        skip "$e: /chosen for -kernel/-initrd/-append equals QEMU's" "qemu-system-ppc64 not installed"
        continue
    fi
    "$QEMU" -M pseries-7.2,dumpdtb="$work/q.dtb" -display none "${args[@]}" >/dev/null 2>&1
    chosen "$work/q.dtb" >"$work/q.chosen"
    chosen "$work/f.dtb" >"$work/f.chosen"
    diff "$work/q.chosen" "$work/f.chosen" >"$work/diag"
    [ $? -eq 0 ] && grep -q 'qemu,boot-kernel = <0x00 0x400000' "$work/f.chosen"
    ok $? "$e: /chosen for -kernel (at 0x400000), -initrd, -append equals qemu-system-ppc64's" "$work/diag"
done

# dumpdtb=PATH where PATH is not a regular file (a FIFO here; /dev/null
# alike): the tree is written into it, and it stays what it was (an
# atomic rename would have put a regular file in its place)
mkfifo "$work/fifo"
timeout 30 cat "$work/fifo" >"$work/fifo.dtb" &
timeout 30 "$BIN" -M pseries-7.2,dumpdtb="$work/fifo" -nodefaults >"$work/diag" 2>&1
wait
[ -p "$work/fifo" ] && dts "$work/fifo.dtb" | grep -q 'compatible = "qemu,pseries"'
ok $? "dumpdtb= into a FIFO: the tree goes through it and the FIFO stays a FIFO" "$work/diag"

# ---- -nodefaults: no VTY; LSI numbers as QEMU's ----
# devs DTS: the vdevice nodes and every interrupt number in the tree
devs() {
    grep -E '(vty|nvram)@[0-9a-f]+ \{|interrupt-map = |interrupts = ' | sed 's/^[[:space:]]*//' | sort
}
for t in p72:pseries-7.2 p28:pseries-2.8,cap-htm=off p27:pseries-2.7; do
    fx=${t%%:*} m=${t#*:}
    devs <"$FX/dt/$fx-nodefaults.dts" >"$work/q.devs"
    good=0
    for order in "-nodefaults -nographic" "-nographic -nodefaults" "-nodefaults"; do
        # shellcheck disable=SC2086
        "$BIN" -M "$m,dumpdtb=$work/f.dtb" $order >/dev/null 2>&1
        dts "$work/f.dtb" | devs >"$work/f.devs"
        diff "$work/q.devs" "$work/f.devs" >>"$work/diag-$fx" || good=1
    done
    ok $good "$m: -nodefaults (alone, before and after -nographic): no VTY, nvram and PHB LSIs as QEMU 7.2's $fx-nodefaults" "$work/diag-$fx"
done
if [ -n "$QEMU" ]; then
    good=0
    for m in pseries-7.2 pseries-2.8,cap-htm=off pseries-2.7; do
        "$QEMU" -M "$m,dumpdtb=$work/q.dtb" -display none -nodefaults -serial stdio </dev/null >/dev/null 2>&1
        "$BIN" -M "$m,dumpdtb=$work/f.dtb" -nodefaults -nographic -serial stdio </dev/null >/dev/null 2>&1
        dts "$work/q.dtb" | devs >"$work/q.devs"
        dts "$work/f.dtb" | devs >"$work/f.devs"
        grep -q vty@71000000 "$work/f.devs" && diff "$work/q.devs" "$work/f.devs" >>"$work/diag-s" || good=1
    done
    ok $good "-nodefaults -serial stdio: the VTY, nvram and LSIs as qemu-system-ppc64's (7.2, 2.8, 2.7)" "$work/diag-s"
else
    skip "-nodefaults -serial stdio against QEMU" "qemu-system-ppc64 not installed"
fi
# ---- -device loader: memory and PC as QEMU's (the monitor's xp, NIP) ----
OBJCOPY=powerpc64-linux-gnu-objcopy
$OBJCOPY --change-section-lma '*+0x1000000' "$G/out/hello-be.elf" "$work/hb.elf" 2>/dev/null
$OBJCOPY --change-section-lma '*+0x1000000' "$G/out/hello-le.elf" "$work/hl.elf" 2>/dev/null
LOADERS=(-device "loader,file=$work/hb.elf"                       # BE ELF: at its paddr
         -device "loader,file=$work/hl.elf,addr=0x2000000"        # LE ELF: raw at addr
         -device "loader,file=$work/hb.elf,addr=0x3000000,force-raw=on"
         -device loader,data=0x1122334455667788,data-len=4,addr=0x3800000
         -device loader,data=0x1122334455667788,data-len=3,data-be=on,addr=0x3800008
         -device loader,addr=0x2000,cpu-num=0)                   # PC: the firmware's wins
XP='xp /2wx 0x1000100\nxp /2wx 0x2000000\nxp /2wx 0x3000000\nxp /2wx 0x3800000\nxp /2wx 0x3800008\ninfo registers\nquit\n'
loader_view() {  # EMULATOR...: the monitor's answers about LOADERS' effects
    printf "$XP" | timeout 30 "$@" -M pseries-7.2 -m 1G -nodefaults -S -monitor stdio \
        -bios "$G/out/rtc-be.bin" "${LOADERS[@]}" 2>&1 | tr -d '\r' | grep -aoE '^[0-9a-f]{16}: .*|NIP [0-9a-f]+'
}
loader_view "$BIN" >"$work/f.view"
if [ ! -f "$work/hb.elf" ]; then
    skip "-device loader against QEMU" "$OBJCOPY not installed"
elif [ -z "$QEMU" ]; then
    skip "-device loader against QEMU" "qemu-system-ppc64 not installed"
else
    loader_view "$QEMU" -display none >"$work/q.view"
    { echo "QEMU:"; cat "$work/q.view"; echo "farad:"; cat "$work/f.view"; } >"$work/diag"
    [ "$(wc -l <"$work/q.view")" -eq 6 ] && cmp -s "$work/q.view" "$work/f.view"
    ok $? "-device loader (BE ELF, LE ELF raw, force-raw, data LE/BE, a PC under firmware): memory and NIP as qemu-system-ppc64's" "$work/diag"
fi
run_hello "-bios none -device loader,file=ELF,cpu-num=0: CPU 0 enters at the ELF's entry" "$HELLO_BE" \
    "$BIN" -M pseries-7.2 -nographic -bios none -device "loader,file=$G/out/hello-be.elf,cpu-num=0"
run_hello "-bios none, a raw image by loader and the PC by loader,addr=0x100,cpu-num=0" "$HELLO_BE" \
    "$BIN" -M pseries-7.2 -nographic -bios none -device "loader,file=$G/out/hello-be.bin" \
    -device loader,addr=0x100,cpu-num=0

# ---- the RTC: host UTC at start by default, pinned by -rtc base= ----
# rtc-be.elf with -append show-date prints the date (tests/guest/rtc.c)
RTC=(-M pseries-7.2 -nographic -bios none -kernel "$G/out/rtc-be.elf" -append show-date)
rtc_date() {  # OUTPUT-FILE: the "date: ..." line
    grep '^date: ' "$1"
}
"$BIN" "${RTC[@]}" </dev/null >"$work/d1" 2>&1
want=$(date -u '+date: %Y-%m-%d %H:%M')
got=$(rtc_date "$work/d1")
# (a minute boundary between the two readings is allowed for)
[ "$got" = "$want" ] || [ "$got" = "$(date -u -d '-1 min' '+date: %Y-%m-%d %H:%M')" ]
ok $? "default RTC base: the guest reads the host's UTC date and time ($got)" "$work/d1"
"$BIN" "${RTC[@]}" -rtc base=localtime </dev/null >"$work/d2" 2>&1
want=$(date '+date: %Y-%m-%d %H:%M')
got=$(rtc_date "$work/d2")
[ "$got" = "$want" ] || [ "$got" = "$(date -d '-1 min' '+date: %Y-%m-%d %H:%M')" ]
ok $? "-rtc base=localtime: the host's local date and time ($got)" "$work/d2"
"$BIN" "${RTC[@]}" -rtc base=2031-05-06T07:08:09 -snapshot-db "$work/p1.db" \
    -savevm-at 17000:end </dev/null >"$work/p1" 2>&1
sleep 1.1
"$BIN" "${RTC[@]}" -rtc base=2031-05-06T07:08:09 -snapshot-db "$work/p2.db" \
    -savevm-at 17000:end </dev/null >"$work/p2" 2>&1
h1=$(sqlite3 "$work/p1.db" "SELECT state_hash FROM snapshot WHERE name = 'end'" 2>/dev/null)
h2=$(sqlite3 "$work/p2.db" "SELECT state_hash FROM snapshot WHERE name = 'end'" 2>/dev/null)
[ -n "$h1" ] && [ "$h1" = "$h2" ] && cmp -s "$work/p1" "$work/p2" &&
    [ "$(rtc_date "$work/p1")" = "date: 2031-05-06 07:08" ]
ok $? "-rtc base=2031-05-06T07:08:09: that date, and two runs a second apart are bit-identical (state hash $h1)" "$work/p2"
# a recording keeps the default base: its replay, a second later, sees
# the recorded date; so does a snapshot loaded later
"$BIN" "${RTC[@]}" -icount "shift=0,rr=record,rrfile=$work/rr.db" </dev/null >"$work/rec" 2>"$work/rec.err"
"$BIN" "${RTC[@]}" -snapshot-db "$work/s.db" -savevm-at 1000:early </dev/null >"$work/early" 2>&1
sleep 1.1
"$BIN" "${RTC[@]}" -icount "shift=0,rr=replay,rrfile=$work/rr.db" </dev/null >"$work/rep" 2>"$work/rep.err"
{ cat "$work/rec" "$work/rep" "$work/rep.err"; } >"$work/diag"
cmp -s "$work/rec" "$work/rep" && grep -q '^date: 20' "$work/rep" && grep -q 'replay: pass' "$work/rep.err"
ok $? "replay of a default-base recording a second later prints the recorded $(rtc_date "$work/rec")" "$work/diag"
"$BIN" "${RTC[@]}" -snapshot-db "$work/s.db" -loadvm early </dev/null >"$work/late" 2>&1
{ cat "$work/early" "$work/late"; } >"$work/diag"
[ "$(rtc_date "$work/early")" = "$(rtc_date "$work/late")" ] && grep -q '^date: 20' "$work/late"
ok $? "-loadvm of a snapshot taken before the guest read the RTC: the saved base's date" "$work/diag"

# ---- QEMU's Linux command line, no -bios: SLOF boots the kernel ----
# (ic-mode=xics until XIVE exists; the release build: about 5e9
# instructions; the kernel and initramfs of tests/linux/fetch-guest.sh)
CACHE=${FARAD_GUEST_CACHE:-$SRC/guest-cache}
LBIN=${FARAD_LINUX_BIN:-$SRC/build/farad}
[ -x "$LBIN" ] || LBIN=$BIN
if [ ! -f "$CACHE/vmlinux" ] || [ ! -f "$CACHE/initrd.cpio.gz" ]; then
    skip "Linux through the default firmware" "no $CACHE/vmlinux or initrd.cpio.gz (tests/linux/fetch-guest.sh, make-initramfs.sh)"
elif [ ! -f /usr/share/qemu/slof.bin ]; then
    skip "Linux through the default firmware" "/usr/share/qemu/slof.bin missing (package qemu-system-data)"
else
    timeout 600 "$LBIN" -M pseries,ic-mode=xics -m 1G -nographic -kernel "$CACHE/vmlinux" \
        -initrd "$CACHE/initrd.cpio.gz" -append "console=hvc0 quiet farad.demo=auto" \
        -max-insns 20000000000 </dev/null >"$work/linux" 2>&1
    rc=$?
    { echo "exit status $rc"; tail -n 15 "$work/linux"; } >"$work/diag"
    [ $rc -eq 0 ] && grep -aq 'Booting Linux via __start() @ 0x0000000000400000' "$work/linux" &&
        grep -aq 'farad-demo: done, powering off' "$work/linux"
    ok $? "-M pseries -kernel vmlinux -initrd -append (no -bios): SLOF boots Linux from 0x400000 to a shell that powers off" "$work/diag"
fi

[ "$fails" -eq 0 ]
