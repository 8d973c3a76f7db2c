#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP driver: every guest program with a recorded expected output
# (tests/guest/expected/NAME-E.txt, QEMU's console output) runs on farad
#   $FARAD_BIN -M pseries-7.2 -m 512M -nodefaults -nographic -serial stdio -bios out/NAME-E.bin -max-insns N
# and must print exactly the same bytes and power off (exit status 0).
# A program a firmware boots as a kernel (NAME.kernel) runs as
# -kernel out/NAME-E.elf instead (args.sh's guest_image).
# A program that needs more options (e.g. -smp 2) lists them in
# tests/guest/NAME.args (one line, words split by the shell); they are
# added on both farad's and QEMU's (record-expected.sh) command lines.
# A .args file may instead hold several cases, lines "CASE: OPTIONS",
# each its own test NAME-CASE-E of the image out/NAME-E.bin with
# expected/NAME-CASE-E.txt (tests/guest/args.sh; e.g. pci-enum.args).
# A program that reads console input gets tests/guest/NAME.stdin as its
# stdin (else /dev/null), here, in qemu-diff.t and in record-expected.sh
# (e.g. vty-irq.stdin); its expected output must not depend on when the
# input arrives.
# Where QEMU 7.2 is wrong by the Power ISA, tests/guest/NAME.isa (the
# case's label, else its program's name) lists
# the deviations and the expected output is first turned into the ISA's
# by tests/guest/isa-deviations.pl (a comment line says how many lines).
# Also boots the hello ELFs with -bios none -kernel (entered directly). Programs run in parallel; the
# results are reported in order.
# Env: FARAD_BIN, FARAD_SRC (set by build.sh test), FARAD_GUEST_MAX_INSNS
# (default 250000000), FARAD_GUEST_TIMEOUT seconds (default 100),
# FARAD_GUEST_JOBS (default: number of CPUs), FARAD_GUEST_ONLY (a regex
# on NAME-E to run a subset).
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
BIN=${FARAD_BIN:-$SRC/build/farad}
G=$SRC/tests/guest
. "$G/args.sh"
. "$G/run.sh"
MAX=${FARAD_GUEST_MAX_INSNS:-250000000}
TMO=${FARAD_GUEST_TIMEOUT:-100}
JOBS=${FARAD_GUEST_JOBS:-$(nproc 2>/dev/null || echo 2)}
ONLY=${FARAD_GUEST_ONLY:-.}

if [ ! -x "$BIN" ]; then
    echo "1..0 # SKIP farad binary $BIN not built"
    exit 0
fi

# cases: "label|how|image|expected"
cases=()
for exp in "$G"/expected/*.txt; do
    [ -f "$exp" ] || continue
    ne=$(basename "$exp" .txt)
    [[ $ne =~ $ONLY ]] || continue
    IFS=$'\t' read -r prog _ < <(guest_label "$G" "${ne%-[bl]e}")
    IFS=$'\t' read -r how image < <(guest_image "$G" "$prog" "${ne##*-}")
    cases+=("$ne|$how|$image|$exp")
done
for e in be le; do
    [[ kernel-hello-$e =~ $ONLY ]] || continue
    [ -f "$G/expected/hello-$e.txt" ] &&
        cases+=("kernel-hello-$e|-kernel|$G/out/hello-$e.elf|$G/expected/hello-$e.txt")
done

echo "1..${#cases[@]}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run_case() {  # index
    local IFS='|'
    # shellcheck disable=SC2086
    set -- ${cases[$1]}
    local dir=$work/$1
    mkdir -p "$dir"
    if [ ! -f "$3" ]; then
        echo missing >"$dir/rc"
        return
    fi
    local start=$SECONDS rc=0 name=${1%-be} extra=() prog opts
    name=${name%-le}
    name=${name#kernel-}
    IFS=$'\t' read -r prog opts < <(guest_label "$G" "$name")
    IFS=" " read -r -a extra <<<"$opts"
    # the kernel-hello cases: the hello ELF entered directly, without
    # firmware (programs with NAME.kernel are booted by their firmware)
    [[ $1 == kernel-* ]] && extra+=(-bios none)
    timeout "$TMO" "$BIN" -M pseries-7.2 -m 512M -nodefaults -nographic -serial stdio "${extra[@]}" "$2" "$3" \
        -max-insns "$MAX" <"$(guest_stdin "$G" "$prog")" >"$dir/out" 2>"$dir/err" || rc=$?
    echo $((SECONDS - start)) >"$dir/secs"
    echo "$rc" >"$dir/rc"
}

guest_parallel "$JOBS" run_case "${!cases[@]}"

n=0
for i in "${!cases[@]}"; do
    n=$((n + 1))
    IFS='|' read -r label how image exp <<<"${cases[$i]}"
    dir=$work/$label
    rc=$(cat "$dir/rc" 2>/dev/null || echo "?")
    if [ "$rc" = missing ]; then
        echo "not ok $n - $label: $image not built (run tests/guest/build-guests.sh)"
        continue
    fi
    secs=$(cat "$dir/secs" 2>/dev/null || echo "?")
    isa=$G/${label%-[bl]e}.isa
    if [ ! -f "$isa" ]; then   # a case's deviations: its program's file
        IFS=$'\t' read -r prog _ < <(guest_label "$G" "${label%-[bl]e}")
        isa=$G/$prog.isa
    fi
    note=
    if [ -f "$isa" ] && [ -f "$dir/out" ] &&
        perl "$G/isa-deviations.pl" "$isa" "$exp" "$dir/out" >"$dir/isa-exp" 2>"$dir/isa-note"; then
        exp=$dir/isa-exp
        note="# $(cat "$dir/isa-note")"
    fi
    if [ "$rc" = 0 ] && cmp -s "$dir/out" "$exp"; then
        echo "ok $n - $label ($how, ${secs}s)"
        [ -n "$note" ] && echo "$note"
        continue
    fi
    why="output differs"
    [ "$rc" != 0 ] && why="exit status $rc"
    [ "$rc" = 124 ] && why="timed out after ${TMO}s"
    [ "$rc" = 3 ] && why="did not finish within $MAX instructions"
    echo "not ok $n - $label ($how): $why"
    if guest_first_diff expected "$exp" farad "$dir/out"; then
        echo "#   farad's last line: $(tail -n 1 "$dir/out" | cut -c1-150)"
    fi
    if [ -s "$dir/err" ]; then
        echo "#   stderr:"
        tail -n 5 "$dir/err" | cut -c1-200 | sed 's/^/#     /'
    fi
done
exit 0
