#!/usr/bin/env bash
# Runs one libFuzzer target (docs/fuzzing.md) and prints one summary line.
#   fuzz/run-target.sh BIN TARGET SECONDS CORPUS FINDINGS
# BIN: the directory of the fuzz-* binaries (build-fuzz/fuzz); TARGET: a
# name in fuzz/corpus (loader, cli, ...); SECONDS: fuzzing time after the
# seeds ran (0: the seeds only); CORPUS: where new inputs go (the
# committed seeds in fuzz/corpus/TARGET are read, never written);
# FINDINGS: where a crash, leak or timeout input is written.
# Exit status: 0 no finding, 1 a finding (its file is named), 2 usage.
set -uo pipefail
[ $# -eq 5 ] || { echo "usage: $0 BIN TARGET SECONDS CORPUS FINDINGS" >&2; exit 2; }
bin=$(realpath "$1") target=$2 seconds=$3
src=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$4" "$5"
corpus=$(realpath "$4") findings=$(realpath "$5")
exe=$bin/fuzz-$target
[ -x "$exe" ] || { echo "$target: $exe not built" >&2; exit 2; }
args=(-timeout=20 -rss_limit_mb=2560 -print_final_stats=1
      -artifact_prefix="$findings/$target-")
[ -f "$src/dict/$target.dict" ] && args+=(-dict="$src/dict/$target.dict")
if [ "$seconds" -gt 0 ]; then
    args+=(-max_total_time="$seconds")
else
    args+=(-runs=0)
fi
log=$(mktemp)
scratch=$(mktemp -d)   # cwd and TMPDIR: savevm and the database inputs go here
start=$(date +%s)
(cd "$scratch" && TMPDIR=$scratch ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$exe" "${args[@]}" "$corpus" "$src/corpus/$target" </dev/null >"$log" 2>&1)
rc=$?
end=$(date +%s)
rm -rf "$scratch"
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
units=$(find "$corpus" -type f | wc -l)
summary="$target: ${execs:-0} executions in $((end - start)) s, coverage ${cov:-0} edges (${ft:-0} features), $units inputs in the work corpus"
if [ $rc -ne 0 ]; then
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    echo "$summary; FINDING (exit $rc): ${artifact:-no input written}"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -3 | sed 's/^/    /'
    cp "$log" "$findings/$target.log"
    rm -f "$log"
    exit 1
fi
rm -f "$log"
echo "$summary; no finding"
