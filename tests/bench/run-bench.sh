#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# farad's benchmark: runs the bare-metal workloads of tests/bench on
# farad and (when installed) on qemu-system-ppc64 (TCG), checks that both
# print the same checksum, and prints a table of guest instructions,
# wall times, farad's guest MIPS (instructions / wall second) and the
# time ratio farad / qemu, and when both sort (real mode) and sorthash
# (the same work with the hash MMU translating every access) ran, the
# translated-vs-real line: sorthash's MIPS as a share of sort's. Then
# (by default when no workload is named)
# the overhead of the bundled plugins: the sort workload once without a
# plugin and once with each FARAD_BIN-dir/plugins/lib*.so, with its time
# and slowdown against the plain run (one run each, so expect some noise).
#   tests/bench/run-bench.sh FARAD_BIN [WORKLOAD...]
# Env: BENCH_ENDIAN (be or le, default be), QEMU (default
# qemu-system-ppc64), BENCH_TIMEOUT seconds (default 300), BENCH_PLUGINS
# (1: plugin section always, 0: never).
set -uo pipefail
cd "$(dirname "$0")"
FARAD=${1:?usage: run-bench.sh FARAD_BIN [WORKLOAD...]}
shift
E=${BENCH_ENDIAN:-be}
QEMU=${QEMU:-qemu-system-ppc64}
TMO=${BENCH_TIMEOUT:-300}
workloads=("$@")
plugins=${BENCH_PLUGINS:-$([ ${#workloads[@]} -eq 0 ] && echo 1 || echo 0)}
[ ${#workloads[@]} -eq 0 ] && workloads=(intloop sort sorthash sortradix vm fp)
../guest/build-guests.sh || exit 1
have_qemu=1
command -v "$QEMU" >/dev/null 2>&1 || have_qemu=0

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.${1}f\", $2 }"; }  # decimals, expression
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%-8s %12s %9s %10s %9s %7s  %s\n' workload insns "farad s" "farad MIPS" "qemu s" ratio checksum
status=0
declare -A mips_of
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
        mips_of[$w]=$mips
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
if [ -n "${mips_of[sort]:-}" ] && [ -n "${mips_of[sorthash]:-}" ]; then
    printf 'translated vs real: sorthash %s MIPS / sort %s MIPS = %s%% (target >= 85%%)\n' \
        "${mips_of[sorthash]}" "${mips_of[sort]}" \
        "$(calc 0 "100 * ${mips_of[sorthash]} / ${mips_of[sort]}")"
fi

# Plugin overhead: arguments that keep each plugin's output small
# (execlog logs the first lines only but stays instrumented throughout).
plugin_args() {
    case $1 in
        execlog) echo ",count=1000" ;;
        hotblocks | mem) echo ",limit=5" ;;
        bbv) echo ",outfile=$work/bbv.bb" ;;
        champsim) echo ",outfile=$work/trace.champsim,count=1000000" ;;
    esac
}
run_sort() {  # extra farad args...; prints the wall seconds
    local t0 t1
    t0=$(now)
    timeout "$TMO" "$FARAD" -M pseries-7.2 -m 512M -nographic -bios "out/sort-$E.bin" "$@" \
        </dev/null >"$work/p.out" 2>"$work/p.err" || return 1
    t1=$(now)
    grep -q checksum "$work/p.out" || return 1
    calc 3 "$t1 - $t0"
}
pdir=$(dirname "$FARAD")/plugins
if [ "$plugins" = 1 ] && [ -f "out/sort-$E.bin" ]; then
    echo
    printf '%-10s %9s %9s  %s\n' plugin "sort s" slowdown arguments
    if base=$(run_sort); then
        printf '%-10s %9.2f %9s\n' none "$base" 1.00
        found=0
        for so in "$pdir"/lib*.so; do
            [ -f "$so" ] || continue
            found=1
            name=$(basename "$so" .so)
            name=${name#lib}
            arg=$(plugin_args "$name")
            if sec=$(run_sort -plugin "$so$arg"); then
                printf '%-10s %9.2f %9s  %s\n' "$name" "$sec" "$(calc 2 "$sec / $base")" "${arg#,}"
            else
                printf '%-10s %9s %9s  FAILED: %s\n' "$name" - - "$(head -n 1 "$work/p.err")"
                status=1
            fi
        done
        [ $found = 0 ] && echo "(no plugins in $pdir)"
    else
        echo "run-bench: sort without a plugin failed" >&2
        status=1
    fi
fi
exit $status
