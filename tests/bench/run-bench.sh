#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# farad's benchmark, farad beside qemu-system-ppc64 (TCG, when installed)
# in one run. For each bare-metal workload of tests/bench it checks that
# both print the same checksum and prints guest instructions, wall and
# CPU seconds, farad's guest MIPS (instructions per wall and per CPU second) and the
# time ratios farad / qemu; then two boot rows timed to a console marker
# (tests/bench/until-marker.py): "slof", SLOF (the pseries default
# firmware) to its "0 > " prompt, and "linux", Debian's kernel and the
# demo initramfs (build.sh run's command, farad.demo=auto) to the demo's
# last line, skipped with the reason when guest-cache/ lacks the kernel.
# When both sort (real mode) and sorthash (the same work with the hash
# MMU translating every access) ran, the translated-vs-real line:
# sorthash's MIPS per CPU second as a share of sort's. Then (by default when no workload
# is named) the overhead of the bundled plugins: the sort workload once
# without a plugin and once with each FARAD_BIN-dir/plugins/lib*.so.
#   tests/bench/run-bench.sh FARAD_BIN [WORKLOAD...]   (slof, linux too)
# Issue 14's names: integer loop = intloop, memory = sort, branchy = vm,
# floating point = fp.
# Env: BENCH_RUNS (runs per program and row, the median reported;
# default 1), BENCH_QUICK=1 (a format check: fp and a SLOF row timed
# only to SLOF's first banner line, no plugins), BENCH_ENDIAN (be or le,
# default be), QEMU (default qemu-system-ppc64), BENCH_TIMEOUT seconds
# per run (default 300), BENCH_PLUGINS (1: plugin section always, 0:
# never), FARAD_GUEST_CACHE (default <repo>/guest-cache).
set -uo pipefail
cd "$(dirname "$0")"
FARAD=${1:?usage: run-bench.sh FARAD_BIN [WORKLOAD...]}
case $FARAD in /*) ;; *) FARAD=$OLDPWD/$FARAD ;; esac
shift
E=${BENCH_ENDIAN:-be}
QEMU=${QEMU:-qemu-system-ppc64}
TMO=${BENCH_TIMEOUT:-300}
RUNS=${BENCH_RUNS:-1}
QUICK=${BENCH_QUICK:-0}
CACHE=${FARAD_GUEST_CACHE:-$(cd ../.. && pwd)/guest-cache}
case $RUNS in ''|*[!0-9]*|0) echo "run-bench: BENCH_RUNS=$RUNS is not a positive count" >&2; exit 2 ;; esac
workloads=("$@")
plugins=${BENCH_PLUGINS:-$([ ${#workloads[@]} -eq 0 ] && [ "$QUICK" != 1 ] && echo 1 || echo 0)}
if [ ${#workloads[@]} -eq 0 ]; then
    workloads=(intloop sort sorthash sortradix vm fp slof linux)
    [ "$QUICK" = 1 ] && workloads=(fp slof)
fi
../guest/build-guests.sh || exit 1
have_qemu=1
command -v "$QEMU" >/dev/null 2>&1 || have_qemu=0

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.${1}f\", $2 }"; }  # decimals, expression
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# timed OUT ERR COMMAND...: runs COMMAND (stdin /dev/null) under the
# timeout; sets rc, wall and cpu (user + system seconds)
timed() {
    local out=$1 err=$2; shift 2
    local TIMEFORMAT='%R %U %S' t
    t=$( { time timeout "$TMO" "$@" </dev/null >"$out" 2>"$err"; } 2>&1 )
    rc=$?
    read -r wall u s <<<"$t"
    cpu=$(calc 3 "$u + $s")
}

# row NAME INSNS FWALL FCPU QWALL QCPU NOTE: one line of the table
row() {
    local mips=- cmips=- ratio=- cratio=-
    [ "$2" != - ] && mips=$(calc 1 "$2 / ($3 + 1e-9) / 1000000") &&
        cmips=$(calc 1 "$2 / ($4 + 1e-9) / 1000000")
    [ "$5" != - ] && ratio=$(calc 2 "$3 / ($5 + 1e-9)") && cratio=$(calc 2 "$4 / ($6 + 1e-9)")
    printf '%-10s %11s %8s %8s %7s %7s %8s %8s %6s %6s  %s\n' "$1" "$2" "$3" "$4" "$mips" "$cmips" \
        "$5" "$6" "$ratio" "$cratio" "$7"
    [ "$1" != - ] && [ "$cmips" != - ] && mips_of[$1]=$cmips
}

# bare NAME: a bare-metal workload, farad and qemu RUNS times each
bare() {
    local w=$1 bin=out/$1-$E.bin r fw=() fc=() qw=() qc=() insns="" i fsum qsum="" note
    if [ ! -f "$bin" ]; then
        row "$w" - - - - - "FAILED: $bin not built"
        status=1
        return
    fi
    for ((r = 0; r < RUNS; r++)); do
        FARAD_STATS=1 timed "$work/f.out" "$work/f.err" \
            "$FARAD" -M pseries-7.2 -m 512M -nodefaults -nographic -serial stdio -bios "$bin"
        fw+=("$wall") fc+=("$cpu")
        i=$(sed -n 's/^farad: icount \([0-9]*\)$/\1/p' "$work/f.err" | tail -n 1)
        fsum=$(grep -m1 checksum "$work/f.out" | awk '{print $3}')
        if [ $rc -ne 0 ] || [ -z "$fsum" ] || [ -z "$i" ]; then
            row "$w" - "$wall" "$cpu" - - "FARAD FAILED (exit $rc): $(grep -v icount "$work/f.err" | head -n 1; head -n 1 "$work/f.out")"
            status=1
            return
        fi
        if [ -n "$insns" ] && [ "$i" != "$insns" ]; then
            row "$w" - - - - - "FAILED: instruction count varies between runs ($insns, $i)"
            status=1
            return
        fi
        insns=$i
        [ $have_qemu = 1 ] || continue
        timed "$work/q.out" "$work/q.err" "$QEMU" -M pseries-7.2 -m 512M -nodefaults \
            -nographic -serial stdio -monitor none -display none -bios "$bin"
        qw+=("$wall") qc+=("$cpu")
        qsum=$(grep -m1 checksum "$work/q.out" | awk '{print $3}')
    done
    note="checksum $fsum"
    if [ $have_qemu = 1 ] && [ "$fsum" != "$qsum" ]; then
        note="checksum $fsum MISMATCH (qemu ${qsum:-none})"
        status=1
    elif [ $have_qemu = 1 ]; then
        note="checksum $fsum (= qemu)"
    fi
    if [ $have_qemu = 1 ]; then
        row "$w" "$insns" "$(median "${fw[@]}")" "$(median "${fc[@]}")" \
            "$(median "${qw[@]}")" "$(median "${qc[@]}")" "$note"
    else
        row "$w" "$insns" "$(median "${fw[@]}")" "$(median "${fc[@]}")" - - "$note"
    fi
}

# boot NAME MARKER FARAD_ACTION WHAT -- ARGS...: a boot timed to MARKER
# on farad (FARAD_ACTION after it: type power-off or wait for the guest's
# own power-off, for the icount; farad_extra: its further arguments) and
# on qemu (stopped at the marker)
boot() {
    local w=$1 marker=$2 action=$3 what=$4 r fw=() fc=() qw=() qc=() res insns=-
    shift 5
    for ((r = 0; r < RUNS; r++)); do
        if ! res=$(FARAD_STATS=1 ./until-marker.py "$TMO" "$marker" "$action" -- \
                "$FARAD" -max-insns 100000000000 "$@" "${farad_extra[@]}"); then
            row "$w" - - - - - "FARAD $res"
            status=1
            return
        fi
        read -r wall cpu insns <<<"$res"
        fw+=("$wall") fc+=("$cpu")
        [ $have_qemu = 1 ] || continue
        if ! res=$(./until-marker.py "$TMO" "$marker" kill -- "$QEMU" "$@"); then
            row "$w" "$insns" "$(median "${fw[@]}")" "$(median "${fc[@]}")" - - "QEMU $res"
            status=1
            return
        fi
        read -r wall cpu _ <<<"$res"
        qw+=("$wall") qc+=("$cpu")
    done
    if [ $have_qemu = 1 ]; then
        row "$w" "$insns" "$(median "${fw[@]}")" "$(median "${fc[@]}")" \
            "$(median "${qw[@]}")" "$(median "${qc[@]}")" "$what"
    else
        row "$w" "$insns" "$(median "${fw[@]}")" "$(median "${fc[@]}")" - - "$what"
    fi
}

slof_row() {
    local slof=/usr/share/qemu/slof.bin
    if [ ! -f "$slof" ]; then
        row slof - - - - - "skipped: $slof not installed (package qemu-system-data)"
        return
    fi
    local args=(-M pseries -m 1G -nodefaults -nographic -serial mon:stdio)
    if [ "$QUICK" = 1 ]; then
        # farad stops itself soon after the marker, for its icount
        farad_extra=(-max-insns 30000000)
        boot slof-quick 'Build Date' wait "SLOF to its first banner line (quick mode)" -- "${args[@]}"
        farad_extra=()
    else
        boot slof '0 > ' 'type:power-off\r' "SLOF to its \"0 > \" prompt" -- "${args[@]}"
    fi
}

linux_row() {
    if [ ! -e "$CACHE/vmlinux" ]; then
        row linux - - - - - "skipped: no $CACHE/vmlinux (tests/linux/fetch-guest.sh fetches it)"
        return
    fi
    if ! ../linux/make-initramfs.sh >"$work/i.err" 2>&1; then
        row linux - - - - - "skipped: no initramfs: $(head -n 1 "$work/i.err")"
        return
    fi
    # the RTC pinned (both emulators): with QEMU's default, the host's date,
    # the guest's work near the power-off differs by a few thousand
    # instructions from run to run
    boot linux 'farad-demo: done, powering off' wait "Linux to the demo shell's last line" -- \
        -M pseries -m 1G -nodefaults -nographic -serial stdio -rtc base=2000-01-01T00:00:00 \
        -kernel "$CACHE/vmlinux" \
        -initrd "$CACHE/initrd.cpio.gz" -append "console=hvc0 quiet farad.demo=auto"
}

echo "host: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $RUNS run(s) each, medians"
echo "(issue 14's names: integer loop = intloop, memory = sort, branchy = vm, floating point = fp)"
printf '%-10s %11s %8s %8s %7s %7s %8s %8s %6s %6s  %s\n' workload insns "farad s" "cpu s" MIPS \
    "cpu MIPS" "qemu s" "cpu s" ratio "cpu r" "checksum / what"
status=0
farad_extra=()
declare -A mips_of
for w in "${workloads[@]}"; do
    case $w in
        slof) slof_row ;;
        linux) linux_row ;;
        *) bare "$w" ;;
    esac
done
[ $have_qemu = 0 ] && echo "(qemu-system-ppc64 not installed: no comparison)"
echo "(MIPS: guest instructions per farad wall second, cpu MIPS per CPU second;"
echo " ratio: farad / qemu wall time, cpu r: the same for user + system CPU time)"
if [ -n "${mips_of[sort]:-}" ] && [ -n "${mips_of[sorthash]:-}" ]; then
    printf 'translated vs real: sorthash %s / sort %s CPU MIPS = %s%% (target >= 85%%)\n' \
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
    timeout "$TMO" "$FARAD" -M pseries-7.2 -m 512M -nodefaults -nographic -serial stdio -bios "out/sort-$E.bin" "$@" \
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
