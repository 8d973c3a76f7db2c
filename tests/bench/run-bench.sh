#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# farad's benchmark: runs the bare-metal workloads of tests/bench on
# farad and (when installed) on qemu-system-ppc64 (TCG), checks that both
# print the same checksum, and prints a table of guest instructions,
# wall times, farad's guest MIPS (instructions / wall second) and the
# time ratio farad / qemu.
#   tests/bench/run-bench.sh FARAD_BIN [WORKLOAD...]
# Env: BENCH_ENDIAN (be or le, default be), QEMU (default
# qemu-system-ppc64), BENCH_TIMEOUT seconds (default 300).
set -uo pipefail
cd "$(dirname "$0")"
FARAD=${1:?usage: run-bench.sh FARAD_BIN [WORKLOAD...]}
shift
E=${BENCH_ENDIAN:-be}
QEMU=${QEMU:-qemu-system-ppc64}
TMO=${BENCH_TIMEOUT:-300}
workloads=("$@")
[ ${#workloads[@]} -eq 0 ] && workloads=(intloop sort vm fp)
../guest/build-guests.sh || exit 1
have_qemu=1
command -v "$QEMU" >/dev/null 2>&1 || have_qemu=0

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.${1}f\", $2 }"; }  # decimals, expression
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%-8s %12s %9s %10s %9s %7s  %s\n' workload insns "farad s" "farad MIPS" "qemu s" ratio checksum
status=0
for w in "${workloads[@]}"; do
    bin=out/$w-$E.bin
    if [ ! -f "$bin" ]; then
        echo "run-bench: $bin not built" >&2
        status=1
        continue
    fi
    t0=$(now)
    FARAD_STATS=1 timeout "$TMO" "$FARAD" -M pseries-7.2 -m 512M -nographic -bios "$bin" \
        </dev/null >"$work/f.out" 2>"$work/f.err"
    frc=$?
    t1=$(now)
    fsec=$(calc 3 "$t1 - $t0")
    insns=$(sed -n 's/^farad: icount \([0-9]*\)$/\1/p' "$work/f.err" | tail -n 1)
    fsum=$(grep -m1 checksum "$work/f.out" | awk '{print $3}')
    mips="?"
    if [ -n "$insns" ]; then
        mips=$(calc 1 "$insns / ($fsec + 1e-9) / 1000000")
    fi
    qsec="-" ratio="-" qsum=""
    if [ $have_qemu = 1 ]; then
        t0=$(now)
        timeout "$TMO" "$QEMU" -M pseries-7.2 -m 512M -nodefaults -nographic -serial stdio \
            -monitor none -display none -bios "$bin" </dev/null >"$work/q.out" 2>/dev/null
        t1=$(now)
        qsec=$(calc 2 "$t1 - $t0")
        ratio=$(calc 2 "$fsec / ($t1 - $t0)")
        qsum=$(grep -m1 checksum "$work/q.out" | awk '{print $3}')
    fi
    note=$fsum
    if [ $frc -ne 0 ] || [ -z "$fsum" ]; then
        note="FARAD FAILED (exit $frc): $(grep -v icount "$work/f.err" | head -n 1; head -n 1 "$work/f.out")"
        status=1
    elif [ $have_qemu = 1 ] && [ "$fsum" != "$qsum" ]; then
        note="$fsum MISMATCH (qemu ${qsum:-none})"
        status=1
    elif [ $have_qemu = 1 ]; then
        note="$fsum (= qemu)"
    fi
    printf '%-8s %12s %9.2f %10s %9s %7s  %s\n' "$w" "${insns:-?}" "$fsec" "$mips" "$qsec" "$ratio" "$note"
done
[ $have_qemu = 0 ] && echo "(qemu-system-ppc64 not installed: no comparison)"
exit $status
