#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP driver: farad's command line against qemu-system-ppc64 7.2's, run
# side by side as the oracle: the version line tools parse (-version,
# -h's first line: kvm-unit-tests reads MAJOR.MINOR.MICRO from it,
# libvirt matches "QEMU emulator version X.Y.Z"), --help mentioning QEMU,
# the help listings (-machine help/?, -cpu help, -device help, -accel
# help, -d help) in QEMU's layout with farad's own entries, -smp's
# topology messages (threads > 1 refused as QEMU's TCG refuses it on
# pseries), -name/-uuid and -serial null/none in the device tree as QEMU's
# pseries writes them (dumpdtb, rng-seed aside), cap-hpt-max-page-size's
# rule and messages, -pidfile and -daemonize, and one line for
# what farad refuses. Without qemu-system-ppc64 the comparisons skip.
# Env: FARAD_BIN, FARAD_SRC.
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
BIN=${FARAD_BIN:-$SRC/build/farad}
QEMU=${QEMU:-qemu-system-ppc64}
G=$SRC/tests/guest/out
if [ ! -x "$BIN" ]; then
    echo "1..0 # SKIP farad binary $BIN not built"
    exit 0
fi
HAVE_QEMU=1
command -v "$QEMU" >/dev/null 2>&1 || HAVE_QEMU=
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
ok() {    # status, description [, file shown on failure]
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then
        echo "ok $n - $2"
    else
        echo "not ok $n - $2"
        [ -n "${3:-}" ] && [ -f "$3" ] && head -n 8 "$3" | cut -c1-200 | sed 's/^/#   /'
    fi
}
skip() { n=$((n + 1)); echo "ok $n # SKIP $1"; }
q() { "$QEMU" -display none "$@"; }
echo "1..36"

# ---- version and help ----
RE='^QEMU emulator version ([0-9]+)\.([0-9]+)\.([0-9]+)'
"$BIN" -version >"$work/v" 2>&1
[[ $(head -n 1 "$work/v") =~ $RE ]] && grep -q "farad" "$work/v"
ok $? "-version: first line matches QEMU's 'QEMU emulator version X.Y.Z', says farad" "$work/v"
if [ -n "$HAVE_QEMU" ]; then
    # kvm-unit-tests: IFS='[ .]' read -r _ _ _ MAJOR MINOR MICRO
    IFS='[ .]' read -r _ _ _ fmaj fmin _ <<<"$("$BIN" -h | head -n 1)"
    IFS='[ .]' read -r _ _ _ qmaj qmin _ <<<"$(q -h | head -n 1)"
    [ "$fmaj.$fmin" = "$qmaj.$qmin" ]
    ok $? "-h's first line gives kvm-unit-tests' parse the same MAJOR.MINOR as QEMU's ($fmaj.$fmin, QEMU $qmaj.$qmin)"
else
    skip "no $QEMU"
fi
for h in --help -help -h; do
    "$BIN" $h >"$work/h" 2>&1
    rc=$?
    [ $rc -eq 0 ] && [[ $(head -n 1 "$work/h") =~ $RE ]] &&
        grep -q '^usage: farad \[options\]' "$work/h" && grep -q QEMU "$work/h" &&
        grep -q '^-machine ' "$work/h" && grep -q '^-smp ' "$work/h"
    ok $? "$h: exit 0, QEMU's version line first, usage, the option list, mentions QEMU" "$work/h"
done

# ---- listings ----
for m in help '?'; do
    "$BIN" -machine "$m" >"$work/fm" 2>&1
    rc=$?
    names=$(tail -n +2 "$work/fm" | awk '{print $1}' | sort | tr '\n' ' ')
    [ $rc -eq 0 ] && [ "$(head -n 1 "$work/fm")" = "Supported machines are:" ] &&
        [ "$names" = "pseries pseries-2.7 pseries-2.8 pseries-7.2 " ]
    ok $? "-machine '$m': QEMU's header, exactly farad's types ($names)" "$work/fm"
done
if [ -n "$HAVE_QEMU" ]; then
    q -machine help >"$work/qm" 2>&1
    fail=0
    while IFS= read -r line; do
        grep -qxF -- "$line" "$work/qm" || { fail=1; echo "#   not in QEMU's list: $line"; }
    done < <(tail -n +2 "$work/fm")
    ok $fail "-machine help: each line (name, description, alias and default marks) as QEMU 7.2 prints it"
    q -cpu help >"$work/qc" 2>&1
    "$BIN" -cpu help >"$work/fc" 2>&1
    fail=0
    while IFS= read -r line; do
        grep -qxF -- "$line" "$work/qc" || { fail=1; echo "#   not in QEMU's list: $line"; }
    done <"$work/fc"
    [ -s "$work/fc" ]
    ok $((fail | $?)) "-cpu help: each line as in QEMU 7.2's list ($(wc -l <"$work/fc") models and aliases)"
    q -device help >"$work/qd" 2>&1
    "$BIN" -device help >"$work/fd" 2>&1
    fail=0
    section=
    while IFS= read -r line; do
        case $line in
        '') ;;
        *:) section=$line
            grep -qxF -- "$line" "$work/qd" || { fail=1; echo "#   not a QEMU section: $line"; } ;;
        *)  # the same line in the same section of QEMU's list
            awk -v s="$section" -v l="$line" '/:$/ { cur = $0 } $0 == l && cur == s { f = 1 }
                END { exit !f }' "$work/qd" || { fail=1; echo "#   not in QEMU's $section: $line"; } ;;
        esac
    done <"$work/fd"
    grep -q '^name "spapr-vty", bus spapr-vio-bus$' "$work/fd"
    ok $((fail | $?)) "-device help: each line (name, bus, desc) in the same section as QEMU 7.2's list" "$work/fd"
    q -accel help >"$work/qa" 2>&1
    "$BIN" -accel help >"$work/fa" 2>&1
    cmp -s "$work/qa" "$work/fa"
    ok $? "-accel help: as QEMU 7.2 prints it (tcg)" "$work/fa"
    q -d help >"$work/ql" 2>&1
    "$BIN" -d help >"$work/fl" 2>&1
    fail=0
    [ "$(head -n 1 "$work/fl")" = "$(head -n 1 "$work/ql")" ] || fail=1
    while read -r item _; do
        grep -qE "^$item +" "$work/ql" || { fail=1; echo "#   not a QEMU log item: $item"; }
    done < <(tail -n +2 "$work/fl")
    grep -qxF "$(grep '^plugin ' "$work/ql")" "$work/fl" || fail=1
    ok $fail "-d help: QEMU's header and items (plugin's line as QEMU's)" "$work/fl"
else
    for i in 1 2 3 4 5; do skip "no $QEMU"; done
fi
if [ -f "$G/hello-be.bin" ]; then
    timeout 30 "$BIN" -nodefaults -serial stdio -d plugin -max-insns 100000 \
        -bios "$G/hello-be.bin" >"$work/o" 2>&1
    rc=$?
    [ $rc -eq 0 ] || [ $rc -eq 3 ] || [ $rc -eq 4 ]
    ok $? "-d plugin: accepted as a log item (exit $rc)" "$work/o"
else
    skip "guest programs not built"
fi

# ---- -smp: QEMU's messages ----
smp_cases=(
    "2,threads=2" "8,threads=4" "2,bar=1" "foo" "2,dies=2"
    "cpus=2,sockets=2,cores=2" "4,maxcpus=2"
)
if [ -n "$HAVE_QEMU" ]; then
    fail=0
    for s in "${smp_cases[@]}"; do
        want=$(q -nodefaults -M pseries,dumpdtb="$work/q.dtb" -smp "$s" 2>&1 |
               grep -v "warning: TCG\|dumped" | head -n 1)
        want=${want#*: }
        "$BIN" -nodefaults -M pseries,dumpdtb="$work/f.dtb" -smp "$s" >"$work/o" 2>&1
        rc=$?
        got=$(cat "$work/o")
        if [ $rc -ne 1 ] || [ "$(wc -l <"$work/o")" -ne 1 ] ||
           [ "$got" != "farad: -smp $s: $want" ]; then
            fail=1
            echo "#   -smp $s: QEMU: $want"
            echo "#            farad: $got (exit $rc)"
        fi
    done
    ok $fail "-smp: ${#smp_cases[@]} bad topologies refused with QEMU 7.2's message (threads > 1 as its TCG)"
else
    skip "no $QEMU"
fi
"$BIN" -nodefaults -M pseries,dumpdtb="$work/f.dtb" -smp 4,maxcpus=8 >"$work/o" 2>&1
[ $? -eq 1 ] && [ "$(wc -l <"$work/o")" -eq 1 ] && grep -q "hotplug" "$work/o"
ok $? "-smp 4,maxcpus=8: refused in one line (no CPU hotplug)" "$work/o"
"$BIN" -nodefaults -M pseries,dumpdtb="$work/f.dtb" -smp 65 >"$work/o" 2>&1
# kvm-unit-tests' probe_maxsmp reads the last word of the 'SMP CPUs' line
smp=$(grep 'SMP CPUs' "$work/o"); smp=${smp##* }
[ "$smp" = 64 ]
ok $? "-smp 65: QEMU's 'Invalid SMP CPUs' line ending in farad's maximum (64)" "$work/o"

# ---- the device tree: -smp topology, -name, -uuid ----
dts() { dtc -I dtb -O dts "$1" 2>/dev/null | grep -v rng-seed; }
tree_same() {   # description, machine, args...
    local d=$1 m=$2
    shift 2
    q -nodefaults -M "$m,dumpdtb=$work/q.dtb" "$@" >/dev/null 2>&1
    "$BIN" -nodefaults -M "$m,dumpdtb=$work/f.dtb" "$@" >"$work/o" 2>&1
    diff <(dts "$work/f.dtb") <(dts "$work/q.dtb") >"$work/diff" 2>&1 &&
        [ -s "$work/f.dtb" ]
    ok $? "$d: the tree as QEMU 7.2's (rng-seed aside)" "$work/diff"
}
if [ -n "$HAVE_QEMU" ] && command -v dtc >/dev/null; then
    tree_same "-smp 4,sockets=2 (ibm,chip-id per socket)" pseries -smp 4,sockets=2
    tree_same "-smp 2 on pseries-2.8 (a socket per CPU)" pseries-2.8,cap-htm=off -smp 2
    tree_same "-smp cpus=4,cores=2 on pseries-2.8" pseries-2.8,cap-htm=off -smp cpus=4,cores=2
    tree_same "-name guest=vm1 -uuid (upper case)" pseries -name guest=vm1,debug-threads=on \
        -uuid 12345678-9ABC-def0-1234-56789abcdef0
    tree_same "-name plain" pseries -name plain
    # -serial null is a port with nothing behind it (a VTY, the console's
    # stdout-path), -serial none no port at all
    tree_same "-serial null (a VTY)" pseries -serial null
    tree_same "-serial none (no VTY)" pseries -serial none
else
    for i in 1 2 3 4 5 6 7; do skip "no $QEMU or dtc"; done
fi
one_line() {   # description, expected message (after "farad: "), args...
    local d=$1 want=$2
    shift 2
    "$BIN" -nodefaults "$@" </dev/null >"$work/o" 2>&1
    local rc=$?
    [ $rc -eq 1 ] && [ "$(cat "$work/o")" = "farad: $want" ]
    ok $? "$d" "$work/o"
}
one_line "-uuid bad: QEMU's message" "-uuid bad: failed to parse UUID string: wrong format" -uuid bad
one_line "-name with an unknown key: QEMU's message" "-name guest=a,foo=b: Invalid parameter 'foo'" -name guest=a,foo=b
one_line "-name debug-threads=maybe: QEMU's message" \
    "-name x,debug-threads=maybe: Parameter 'debug-threads' expects 'on' or 'off'" -name x,debug-threads=maybe

# ---- the process: -pidfile, -daemonize ----
if [ -f "$G/hello-be.bin" ]; then
    # -S without a monitor: paused for good, so the process stays
    rm -f "$work/pid"
    "$BIN" -daemonize -S -nodefaults -pidfile "$work/pid" -bios "$G/hello-be.bin" \
        >"$work/o" 2>&1
    rc=$?
    pid=$(cat "$work/pid" 2>/dev/null)
    [ $rc -eq 0 ] && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
        [ "$(awk '{print $4}' "/proc/$pid/stat")" != "$$" ] && [ ! -s "$work/o" ]
    ok $? "-daemonize -pidfile: the parent exits 0 once the machine is built; the daemon's pid in the file" "$work/o"
    "$BIN" -S -nodefaults -pidfile "$work/pid" -bios "$G/hello-be.bin" >"$work/o" 2>&1
    [ $? -eq 1 ] && grep -q "Cannot lock pid file" "$work/o" && [ "$(cat "$work/pid")" = "$pid" ]
    ok $? "-pidfile held by a running farad: refused in one line, the file kept" "$work/o"
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    for _ in $(seq 50); do [ -e "$work/pid" ] || break; sleep 0.1; done
    [ ! -e "$work/pid" ]
    ok $? "-pidfile: removed when SIGTERM ends farad"
    # the console on a file is not stdio: the daemon runs the guest there
    rm -f "$work/con"
    "$BIN" -daemonize -M pseries-7.2 -serial "file:$work/con" -bios "$G/hello-be.bin" \
        >"$work/o" 2>&1
    rc=$?
    for _ in $(seq 100); do grep -q "exit 0" "$work/con" 2>/dev/null && break; sleep 0.1; done
    [ $rc -eq 0 ] && [ ! -s "$work/o" ] && grep -q "hello from farad guest" "$work/con"
    ok $? "-daemonize -serial file:PATH: accepted, the guest's output in the file" "$work/o"
else
    for i in 1 2 3 4; do skip "guest programs not built"; done
fi
one_line "-daemonize -nographic: QEMU's message" "-nographic cannot be used with -daemonize" \
    -daemonize -nographic -serial stdio
one_line "-daemonize with the monitor on stdio: QEMU's message" \
    "-monitor stdio: cannot use stdio with -daemonize" -daemonize -monitor stdio

# ---- -no-reboot: a reset request (the monitor's system_reset) ends the
# run with status 0, as QEMU's does; without it the machine resets ----
# The sessions below wait seconds of wall-clock time each, so the four
# (and the two of -no-shutdown) run side by side, each with its own fifo.
reset_ends() {   # prints "exited N" or "alive"; args: a name, the emulator and options
    local mf=$work/$1.mf
    shift
    rm -f "$mf"
    mkfifo "$mf"
    (sleep 0.5; echo system_reset; sleep 3; echo quit) >"$mf" &
    local feeder=$!
    "$@" -nodefaults -monitor stdio -S <"$mf" >/dev/null 2>&1 &
    local p=$!
    sleep 2.5
    if kill -0 "$p" 2>/dev/null; then
        echo alive
        wait "$p"
    else
        wait "$p"
        echo "exited $?"
    fi
    wait "$feeder"
}
if [ -f "$G/hello-be.bin" ]; then
    reset_ends with "$BIN" -no-reboot -bios "$G/hello-be.bin" >"$work/with" &
    reset_ends without "$BIN" -bios "$G/hello-be.bin" >"$work/without" &
    if [ -n "$HAVE_QEMU" ]; then
        reset_ends qwith "$QEMU" -display none -no-reboot >"$work/qwith" &
        reset_ends qwithout "$QEMU" -display none >"$work/qwithout" &
    fi
    wait
    with=$(cat "$work/with") without=$(cat "$work/without")
    want="exited 0 alive"
    [ -n "$HAVE_QEMU" ] && want="$(cat "$work/qwith") $(cat "$work/qwithout")"
    [ "$with $without" = "$want" ] && [ "$want" = "exited 0 alive" ]
    ok $? "-no-reboot: system_reset ends the run with status 0 (farad: $with; without: $without; QEMU: $want)"
else
    skip "guest programs not built"
fi

# ---- -no-shutdown: the powered-off machine stays for the monitor; the
# same monitor session gives the same statuses and errors as QEMU's ----
no_shutdown() {   # a name, the emulator and options
    local mf=$work/$1.mf
    shift
    rm -f "$mf"
    mkfifo "$mf"
    (sleep 3; echo "info status"; echo cont; echo "info status"; echo system_reset
     sleep 0.5; echo "info status"; echo cont; sleep 3; echo "info status"; echo quit) >"$mf" &
    timeout 30 "$@" -nodefaults -no-shutdown -monitor stdio -serial null \
        -bios "$G/hello-be.bin" <"$mf" 2>/dev/null |
        sed 's/\x1b\[[0-9;]*[A-Za-z]//g' | tr -d '\r' | grep "VM status\|Error"
    wait
}
if [ -f "$G/hello-be.bin" ] && [ -n "$HAVE_QEMU" ]; then
    no_shutdown fns "$BIN" >"$work/fns" &
    no_shutdown qns "$QEMU" -display none >"$work/qns" &
    wait
    diff "$work/fns" "$work/qns" >"$work/diff" && grep -q "paused (shutdown)" "$work/fns" &&
        grep -q "paused (prelaunch)" "$work/fns"
    ok $? "-no-shutdown: power-off, cont refused, system_reset, cont: the monitor says what QEMU's says" "$work/diff"
else
    skip "no guest programs or no $QEMU"
fi

# ---- cap-hpt-max-page-size: QEMU's rule and words ----
if [ -n "$HAVE_QEMU" ]; then
    fail=0
    # a power of 2, at least 4 KiB; below 64 KiB a warning and on
    for v in 3000 0 1k 4k 16G; do
        m=pseries-7.2,cap-hpt-max-page-size=$v
        "$BIN" -M "$m" -nodefaults -nographic -max-insns 1000 </dev/null \
            >"$work/fc" 2>&1
        frc=$?
        echo quit | q -M "$m,cap-cfpc=broken,cap-sbbc=broken,cap-ibs=broken,cap-ccf-assist=off" \
            -nodefaults -S -monitor stdio -serial none >/dev/null 2>"$work/qc"
        qrc=$?
        qmsg=$(sed -n 's/^qemu-system-ppc64: //p' "$work/qc" | sed 's/^warning: //' | head -n 1)
        # farad runs to -max-insns (not exit 1) exactly where QEMU starts
        if [ $qrc -eq 0 ]; then fok=$([ $frc -ne 1 ] && echo 1); else fok=$([ $frc -eq 1 ] && echo 1); fi
        if [ -z "$fok" ] || { [ -n "$qmsg" ] && ! grep -qF -- "$qmsg" "$work/fc"; }; then
            fail=1
            echo "#   $v: farad exit $frc ($(head -c 160 "$work/fc")), QEMU exit $qrc ($qmsg)"
        fi
    done
    ok $fail "cap-hpt-max-page-size: 3000, 0 and 1k refused, 4k warned, 16G taken, each as QEMU 7.2 does and in its words"
else
    skip "no $QEMU"
fi

# ---- refused in one line ----
fail=0
for a in "-bogus-option" "disk.img" "-accel kvm"; do
    # shellcheck disable=SC2086
    "$BIN" -nodefaults $a </dev/null >"$work/o" 2>&1
    rc=$?
    if [ $rc -ne 1 ] || [ "$(wc -l <"$work/o")" -ne 1 ] ||
       ! grep -q "^farad: ${a%% *}" "$work/o"; then
        fail=1
        echo "#   $a: exit $rc: $(head -c 200 "$work/o")"
    fi
done
ok $fail "an unknown option, a missing disk image, -accel kvm: one line naming it, exit 1"
exit 0
