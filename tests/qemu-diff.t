#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP driver: differential test against the reference. Every guest
# program (tests/guest/*.c, *.S, both byte orders) runs live on
# qemu-system-ppc64 -M pseries-7.2 and on farad with the same -bios image
# (or -kernel ELF, args.sh's guest_image);
# console output and exit status must be identical. Skips when QEMU is
# not installed, and skips a program QEMU itself does not finish.
# Options from tests/guest/NAME.args go on both command lines; a program
# with several cases there runs once per case, as NAME-CASE-E (args.sh).
# stdin is tests/guest/NAME.stdin when it exists, else /dev/null.
# Where QEMU 7.2 is wrong by the Power ISA, tests/guest/NAME.isa (the
# case's label, else its program's name) lists
# the deviations and QEMU's output is first turned into the ISA's by
# tests/guest/isa-deviations.pl (a comment line says how many lines).
# Env: FARAD_DIFF_BIN, FARAD_BIN, FARAD_SRC, QEMU (default qemu-system-ppc64),
# FARAD_GUEST_MAX_INSNS, FARAD_GUEST_TIMEOUT, FARAD_GUEST_JOBS,
# FARAD_GUEST_ONLY (regex on NAME-E).
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
# The sanitizer build (FARAD_BIN under build.sh test) already runs every
# program in guest.t; this test prefers the release build next to it so
# that the two together stay fast. FARAD_DIFF_BIN overrides.
BIN=${FARAD_BIN:-$SRC/build/farad}
[ -x "$SRC/build/farad" ] && BIN=$SRC/build/farad
BIN=${FARAD_DIFF_BIN:-$BIN}
QEMU=${QEMU:-qemu-system-ppc64}
G=$SRC/tests/guest
. "$G/args.sh"
. "$G/run.sh"
MAX=${FARAD_GUEST_MAX_INSNS:-250000000}
TMO=${FARAD_GUEST_TIMEOUT:-100}
JOBS=${FARAD_GUEST_JOBS:-$(nproc 2>/dev/null || echo 2)}
ONLY=${FARAD_GUEST_ONLY:-.}

if ! command -v "$QEMU" >/dev/null 2>&1; then
    echo "1..0 # SKIP $QEMU is not installed"
    exit 0
fi
if [ ! -x "$BIN" ]; then
    echo "1..0 # SKIP farad binary $BIN not built"
    exit 0
fi

names=()
for src in "$G"/*.c "$G"/*.S; do
    [ -f "$src" ] || continue
    b=$(basename "$src")
    while IFS=$'\t' read -r lab _; do
        for e in be le; do
            [[ $lab-$e =~ $ONLY ]] && names+=("$lab-$e")
        done
    done < <(guest_cases "$G" "${b%.*}")
done
echo "1..${#names[@]}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run_one() {  # LABEL-E
    local d=$work/$1 prog opts extra=() rc
    IFS=$'\t' read -r prog opts < <(guest_label "$G" "${1%-[bl]e}")
    read -r -a extra <<<"$opts"
    local how bin
    IFS=$'\t' read -r how bin < <(guest_image "$G" "$prog" "${1##*-}")
    mkdir -p "$d"
    if [ ! -f "$bin" ]; then
        echo missing >"$d/qrc"
        return
    fi
    rc=0
    # -icount shift=0,sleep=off: QEMU's guest time then comes from its
    # instruction count, as farad's always does, so timing-dependent lines
    # (decrementer reads) cannot flake when the host is busy
    timeout "$TMO" "$QEMU" -M pseries-7.2 -m 512M -nodefaults -nographic -serial stdio \
        -monitor none -display none -icount shift=0,align=off,sleep=off \
        "${extra[@]}" "$how" "$bin" <"$(guest_stdin "$G" "$prog")" \
        >"$d/qout" 2>/dev/null || rc=$?
    echo $rc >"$d/qrc"
    rc=0
    timeout "$TMO" "$BIN" -M pseries-7.2 -m 512M -nodefaults -nographic -serial stdio "${extra[@]}" "$how" "$bin" -max-insns "$MAX" \
        <"$(guest_stdin "$G" "$prog")" >"$d/fout" 2>"$d/ferr" || rc=$?
    echo $rc >"$d/frc"
}

guest_parallel "$JOBS" run_one "${names[@]}"

n=0
for ne in "${names[@]}"; do
    n=$((n + 1))
    d=$work/$ne
    qrc=$(cat "$d/qrc" 2>/dev/null || echo "?")
    if [ "$qrc" = missing ]; then
        echo "not ok $n - $ne: its tests/guest/out image is not built"
        continue
    fi
    if [ "$qrc" != 0 ]; then
        echo "ok $n - $ne # SKIP qemu did not finish it (status $qrc)"
        continue
    fi
    frc=$(cat "$d/frc" 2>/dev/null || echo "?")
    isa=$G/${ne%-[bl]e}.isa
    if [ ! -f "$isa" ]; then   # a case's deviations: its program's file
        IFS=$'\t' read -r prog _ < <(guest_label "$G" "${ne%-[bl]e}")
        isa=$G/$prog.isa
    fi
    note=
    if [ -f "$isa" ] && [ -f "$d/fout" ] &&
        perl "$G/isa-deviations.pl" "$isa" "$d/qout" "$d/fout" >"$d/qisa" 2>"$d/isa-note"; then
        mv "$d/qisa" "$d/qout"
        note="# $(cat "$d/isa-note")"
    fi
    if [ "$frc" = 0 ] && cmp -s "$d/qout" "$d/fout"; then
        echo "ok $n - $ne: same output as qemu ($(wc -l <"$d/qout") lines)"
        [ -n "$note" ] && echo "$note"
        continue
    fi
    echo "not ok $n - $ne: farad exit status $frc, output $(cmp -s "$d/qout" "$d/fout" && echo same || echo differs)"
    guest_first_diff qemu "$d/qout" farad "$d/fout"
    [ -s "$d/ferr" ] && tail -n 3 "$d/ferr" | cut -c1-200 | sed 's/^/#   stderr: /'
done
exit 0
