#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/bench/run-bench.sh keeps working: its quick mode (BENCH_QUICK=1:
# the fp workload and SLOF to its first banner line) prints a table whose
# rows carry the instruction count, times, guest MIPS and, beside
# qemu-system-ppc64 (when installed), its time, the ratio and the same
# checksum as QEMU; BENCH_RUNS medians; the Linux row's stated skip
# without a kernel; one error line for a bad BENCH_RUNS. TAP output.
# Uses the release build (build/farad) when present, like tests/slof.t
# (FARAD_BENCH_BIN overrides), else $FARAD_BIN.
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
FARAD=${FARAD_BENCH_BIN:-}
[ -z "$FARAD" ] && [ -x "$SRC/build/farad" ] && FARAD=$SRC/build/farad
FARAD=${FARAD:-${FARAD_BIN:?FARAD_BIN not set}}
BENCH=$SRC/tests/bench/run-bench.sh
have_qemu=0
command -v qemu-system-ppc64 >/dev/null && have_qemu=1
n=0
ok() {  # condition-status description [diagnostic]
    n=$((n + 1))
    if [ "$1" = 0 ]; then
        echo "ok $n - $2"
    else
        echo "not ok $n - $2"
        [ -n "${3:-}" ] && printf '%s\n' "$3" | sed 's/^/# /'
    fi
}
# row NAME: the table line of NAME in $out
row() { grep -E "^$1 " <<<"$out" | head -n 1; }
# fields F...: that the row's columns 2-10 are numbers (insns, farad s,
# cpu s, MIPS, cpu MIPS, qemu s, cpu s, ratio, cpu r), qemu's when installed
numeric_row() {
    local r=$1 last=6
    [ $have_qemu = 1 ] && last=10
    awk -v last=$last '{ for (i = 2; i <= last; i++) if ($i !~ /^[0-9]+(\.[0-9]+)?$/) exit 1 }' <<<"$r"
}

echo "1..8"
out=$(BENCH_QUICK=1 "$BENCH" "$FARAD" 2>&1)
rc=$?
ok $rc "BENCH_QUICK=1 run-bench.sh exits 0" "$out"
grep -qE '^workload +insns +farad s +cpu s +MIPS +cpu MIPS +qemu s +cpu s +ratio +cpu r' <<<"$out"
ok $? "the header names insns, farad s, MIPS, qemu s and ratio columns" "$out"
fp=$(row fp)
numeric_row "$fp"
ok $? "the fp row has instruction count, times, MIPS$([ $have_qemu = 1 ] && echo ", QEMU's time and the ratios") as numbers" "$fp"
if [ $have_qemu = 1 ]; then
    grep -qE "checksum [0-9a-f]{16} \(= qemu\)$" <<<"$fp"
    ok $? "fp's checksum on farad equals QEMU's" "$fp"
else
    ok 0 "# SKIP qemu-system-ppc64 not installed"
fi
slof=$(row slof-quick)
if [ -f /usr/share/qemu/slof.bin ]; then
    numeric_row "$slof"
    ok $? "the SLOF row (quick: to its first banner line) has numbers in every column" "$slof"
else
    grep -q "skipped: /usr/share/qemu/slof.bin not installed" <<<"$slof"
    ok $? "the SLOF row states why it is skipped" "$slof"
fi
# the median of two runs, and a stated skip without the guest kernel
empty=$(mktemp -d)
out=$(BENCH_QUICK=1 BENCH_RUNS=2 FARAD_GUEST_CACHE=$empty "$BENCH" "$FARAD" slof linux 2>&1)
rmdir "$empty"
grep -qE '^host: .*2 run\(s\) each, medians' <<<"$out" && [ -n "$(row slof-quick)" ]
ok $? "BENCH_RUNS=2 runs each row twice and reports the medians" "$out"
grep -qE "^linux +- .* skipped: no $empty/vmlinux \(tests/linux/fetch-guest.sh fetches it\)$" <<<"$out"
ok $? "without a kernel in the guest cache the linux row says why it is skipped" "$out"
out=$(BENCH_RUNS=x "$BENCH" "$FARAD" fp 2>&1)
rc=$?
[ $rc = 2 ] && [ "$out" = "run-bench: BENCH_RUNS=x is not a positive count" ]
ok $? "a bad BENCH_RUNS is one error line and exit status 2" "$out"
